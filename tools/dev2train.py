#!/usr/bin/env python3
"""dev2train.py: writes the event development set (PLOVER gold standard
records and the PLV split, read in place) as training lines for
train-coder, on standard output:

    MODE <TAB> ROOTS <TAB> TRIGGER <TAB> SOURCE <TAB> TARGET <TAB> DATE <TAB> SENTENCE

MODE "code": SOURCE and TARGET are actor codes ("USA;IRN"), TRIGGER the
event words of the record's markup ("agreed;cooperate"). MODE "span":
SOURCE and TARGET are the marked words. ROOTS are the CAMEO roots the
record's category allows, the first being its usual one.

usage: dev2train.py EVENTS_DEV_DIR > dev.tsv
"""
import csv, json, os, re, sys

GSR = {"AGREE": "03,05", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06,05", "AID": "07", "CONCEDE": "08",
       "RETREAT": "08", "INVESTIGATE": "09", "DEMAND": "10", "DISAPPROVE": "11", "REJECT": "12", "THREATEN": "13",
       "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17", "ASSAULT": "18", "FIGHT": "19,20"}
PLV = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07", "YIELD": "08",
       "ACCUSE": "11,09", "REQUEST": "10,02", "REJECT": "12", "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15",
       "SANCTION": "16", "COERCE": "17", "ASSAULT": "19,18,20"}
FIX = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def clean(s):
    return re.sub(r"[\t\r\n]+", " ", str(s)).strip() or "-"


def main():
    d = sys.argv[1]
    for r in json.load(open(os.path.join(d, "plover-gsr.json"), encoding="utf-8")):
        if r.get("event") not in GSR:
            continue
        codes = lambda v: ";".join(FIX.get(a.get("code", ""), a.get("code", "")) for a in v if isinstance(a, dict)) if isinstance(v, list) else ""
        ti = r.get("textInfo")
        evt = re.findall(r"\(EVT: ([^)]*)\)", ti.get("markup", "") if isinstance(ti, dict) else str(ti or ""))
        print("\t".join(["code", GSR[r["event"]], clean(";".join(evt)), clean(codes(r.get("source"))),
                         clean(codes(r.get("target"))), r.get("date", "2000-01-01"), clean(r["text"])]))
    for r in csv.DictReader(open(os.path.join(d, "plv-test.tsv"), encoding="utf-8"), delimiter="\t"):
        if r["gold_root"] not in PLV:
            continue
        print("\t".join(["span", PLV[r["gold_root"]], "-", clean(r["source"]), clean(r["target"]), "2018-01-01",
                         clean(r["sentence"])]))


if __name__ == "__main__":
    main()

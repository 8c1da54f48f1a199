#!/usr/bin/env python3
"""score-event-places.py: each event's location on the project's own snippets.

usage: tools/score-event-places.py [--dyad build/dyad] [--snippets FILE ...]
                                   [--gold tests/gold/snippet-places.tsv]
                                   [--half dev|held|all] [--show dev|held|all]

The snippets of tests/gold/snippets.tsv and tests/gold/geo-snippets.tsv (the
snippets written to measure places; --snippets, once per file, names others)
are ingested into a temporary store
(`dyad ingest --no-dedup`) and exported as GDELT 2.0 rows (`dyad export
--format gdelt --all`: the location does not depend on modality), whose
ActionGeo columns are each event's location. tests/gold/snippet-places.tsv
(its format is in its header) gives where each snippet's event happened.

A snippet's event is its first event of the gold root (snippets.tsv) when it
has one, else its first event. For the development half (even numbers), the
held-out half (odd numbers) and both, of the snippets with a gold place and
an event:

  city     within 50 km: the event's point is within 50 km of the gold place
           (of one of its alternatives); no location, one with no point, or a
           country (ActionGeo_Type 1, whose point is its centroid) is a miss
  adm1     right division: the event's ADM1 code is the gold ISO 3166-2 code
           (US-TX and USTX are one), or its point is within 50 km of the
           gold centroid
  country  right country: the event's country is one of the gold's, for the
           city and adm1 snippets ("their country") and for the region and
           country ones ("region/country right": a country-level location,
           GDELT's ActionGeo_Type 1, or a place in the country)
  all      the bar's figure: city and adm1 snippets right (within 50 km, or
           the right division) over all of them

and "located": the share of the snippets with a gold place whose event has a
location at all. Every event of those snippets is also judged alone
("events": the same tests over each event, not only the snippet's first).
The number of gold snippets with no event coded is printed: the coder's
misses, not the locator's. With several snippet files each file's halves are
also scored alone ("[geo-snippets dev]"). --show lists the half's misses.
"""
import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
from collections import defaultdict

from goldtsv import tsv_rows

KINDS = ("city", "adm1", "region", "country", "none")
RADIUS_KM = 50.0


def load_snippets(paths):
    """{id: snippet} of every file; a snippet knows its file's name ("geo-snippets")."""
    out = {}
    for path in paths:
        group = os.path.splitext(os.path.basename(path))[0]
        for n, p in tsv_rows(path, 7):
            if p[0] in out:
                sys.exit(f"{path}:{n}: snippet {p[0]} is also in {out[p[0]]['group']}")
            out[p[0]] = dict(id=p[0], set=p[1], root=p[2], date=p[5], text=p[6], group=group)
    return out


def floats(s, path, n):
    if s == "-":
        return []
    try:
        return [float(x) for x in s.split("|")]
    except ValueError:
        sys.exit(f"{path}:{n}: {s!r} is not a number or numbers joined by '|'")


def load_gold(path, snippets):
    gold = {}
    for n, p in tsv_rows(path, 7):
        sid, kind, place, cc, adm1, lat, lon = p
        if kind not in KINDS:
            sys.exit(f"{path}:{n}: unknown kind {kind!r} (expected {'|'.join(KINDS)})")
        if sid not in snippets:
            sys.exit(f"{path}:{n}: no snippet {sid} in the snippets file")
        lats, lons = floats(lat, path, n), floats(lon, path, n)
        if len(lats) != len(lons):
            sys.exit(f"{path}:{n}: {len(lats)} latitudes for {len(lons)} longitudes")
        if kind == "city" and not lats:
            sys.exit(f"{path}:{n}: a city needs its point")
        if kind == "adm1" and adm1 == "-":
            sys.exit(f"{path}:{n}: an adm1 place needs its ISO 3166-2 code")
        gold[sid] = dict(kind=kind, place=place, cc=[] if cc == "-" else cc.split("|"),
                         adm1=adm1, points=list(zip(lats, lons)),
                         half="held" if int(sid[1:]) % 2 else "dev")
    missing = sorted(set(snippets) - set(gold))
    if missing:
        sys.exit(f"{path}: no row for {len(missing)} snippets ({', '.join(missing[:5])} ...)")
    return gold


def locate(dyad, snippets):
    """{snippet id: [event]} from a temporary store, each event with its root and ActionGeo."""
    events = defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp:
        inp = os.path.join(tmp, "snippets.jsonl")
        db = os.path.join(tmp, "snippets.db")
        with open(inp, "w", encoding="utf-8") as o:
            for r in snippets.values():
                o.write(json.dumps({"id": r["id"], "url": "snippet:" + r["id"], "date": r["date"],
                                    "text": r["text"]}) + "\n")
        p = subprocess.run([dyad, "ingest", "--quiet", "--no-dedup", "--db", db, inp],
                           capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"{dyad} ingest failed ({p.returncode}): {p.stderr[-2000:]}")
        p = subprocess.run([dyad, "export", "--format", "gdelt", "--all", "--db", db],
                           capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"{dyad} export failed ({p.returncode}): {p.stderr[-2000:]}")
    for n, line in enumerate(p.stdout.splitlines(), 1):
        c = line.split("\t")
        if len(c) != 61:
            sys.exit(f"export line {n}: expected 61 GDELT columns, got {len(c)}")
        url = c[60]
        if not url.startswith("snippet:"):
            continue
        geo_type = int(c[51] or 0)
        ev = dict(code=c[26], root=c[28], source=c[5], target=c[15], geo_type=geo_type,
                  name=c[52], cc=c[53], adm1=c[54], point=None)
        if geo_type and c[56] and c[57]:
            ev["point"] = (float(c[56]), float(c[57]))
        events[url[len("snippet:"):]].append(ev)
    return events


def km(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(h)))


def nearest(g, ev):
    if not ev["point"] or not g["points"]:
        return None
    return min(km(p, ev["point"]) for p in g["points"])


def adm_eq(a, b):
    return bool(a) and bool(b) and a.replace("-", "") == b.replace("-", "")


def judge(g, ev):
    """(located, place right, country right) of one event against its snippet's gold."""
    if not ev["geo_type"]:
        return False, False, False
    d = nearest(g, ev)
    # a country-level location (type 1) is no place, whatever its centroid: Lebanon's is near Beirut
    near = d is not None and d <= RADIUS_KM and ev["geo_type"] != 1
    if g["kind"] == "city":
        place = near
    elif g["kind"] == "adm1":
        place = adm_eq(ev["adm1"], g["adm1"]) or near
    else:
        place = None
    return True, place, ev["cc"] in g["cc"]


def main_event(s, evs):
    of_root = [e for e in evs if s["root"] not in ("-", "") and e["root"] == s["root"]]
    return (of_root or evs or [None])[0]


def pct(a, b):
    return f"{a}/{b} = {100.0 * a / b:.1f}%" if b else f"{a}/0"


def score(ids, snippets, gold, events, label):
    t = defaultdict(lambda: [0, 0])  # name -> [right, asked]
    no_event = 0
    for sid in ids:
        g = gold[sid]
        if g["kind"] == "none":
            continue
        evs = events.get(sid, [])
        if not evs:
            no_event += 1
            continue
        for scope, judged in (("snippet", [main_event(snippets[sid], evs)]), ("events", evs)):
            for ev in judged:
                located, place, country = judge(g, ev)
                t[scope, "located"][0] += located
                t[scope, "located"][1] += 1
                if g["kind"] in ("city", "adm1"):
                    t[scope, g["kind"]][0] += bool(place)
                    t[scope, g["kind"]][1] += 1
                    t[scope, "all"][0] += bool(place)
                    t[scope, "all"][1] += 1
                if g["cc"]:
                    k = "country" if g["kind"] in ("city", "adm1") else "country-only"
                    t[scope, k][0] += country
                    t[scope, k][1] += 1
    asked = sum(1 for sid in ids if gold[sid]["kind"] != "none")
    for scope in ("snippet", "events"):
        f = lambda k: pct(*t[scope, k])
        print(f"[{label}] {scope}: city within {RADIUS_KM:.0f} km {f('city')}; adm1 right {f('adm1')}; "
              f"city+adm1 {f('all')}; their country {f('country')}; region/country right {f('country-only')}; "
              f"located {f('located')}")
    print(f"[{label}] snippets with a gold place {asked}, of which with no event coded {no_event}")


def show(ids, snippets, gold, events):
    for sid in ids:
        g = gold[sid]
        if g["kind"] == "none":
            continue
        evs = events.get(sid, [])
        if not evs:
            continue
        ev = main_event(snippets[sid], evs)
        located, place, country = judge(g, ev)
        if located and place is not False and country:
            continue
        d = nearest(g, ev)
        got = (f"{ev['name']} [{ev['cc']} {ev['adm1']}]" + (f" {d:.0f} km" if d is not None else "")
               if located else "no location")
        print(f"{sid} {g['kind']} {g['place']} [{'|'.join(g['cc'])} {g['adm1']}] got {got} "
              f"(event {ev['code']})\n    {snippets[sid]['text']}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", default="build/dyad")
    ap.add_argument("--snippets", action="append",
                    help="a snippets file (repeatable; default: snippets.tsv and geo-snippets.tsv)")
    ap.add_argument("--gold", default="tests/gold/snippet-places.tsv")
    ap.add_argument("--half", choices=("dev", "held", "all"))
    ap.add_argument("--show", choices=("dev", "held", "all"))
    a = ap.parse_args()
    paths = a.snippets or [p for p in ("tests/gold/snippets.tsv", "tests/gold/geo-snippets.tsv")
                           if os.path.exists(p)]
    snippets = load_snippets(paths)
    gold = load_gold(a.gold, snippets)
    events = locate(a.dyad, snippets)
    halves = [a.half] if a.half else ["dev", "held", "all"]
    for h in halves:
        score([s for s in snippets if h == "all" or gold[s]["half"] == h], snippets, gold, events, h)
    groups = sorted({s["group"] for s in snippets.values()})
    for g in groups if len(groups) > 1 else []:
        for h in halves:
            score([s for s in snippets if snippets[s]["group"] == g and (h == "all" or gold[s]["half"] == h)],
                  snippets, gold, events, f"{g} {h}")
    if a.show:
        show([s for s in snippets if a.show == "all" or gold[s]["half"] == a.show], snippets, gold, events)


if __name__ == "__main__":
    main()

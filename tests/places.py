#!/usr/bin/env python3
"""places.py: the place stage's spec cases (tests/places/cases.tsv), the
events' locations (tests/places/events.tsv) and the
geoparsing accuracy sample (tests/places/accuracy.tsv: the share of
sentences whose place is resolved within 50 km of its true location; the
bar is 80%). Each line is ingested as one article."""
import json, math, os, subprocess, sys, tempfile

BIN = os.environ.get("DYAD_BIN", "build/dyad")
DATA = os.environ.get("DYAD_DATA", "data")
HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "places")


def rows(name):
    for line in open(os.path.join(HERE, name), encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            yield line.split("\t")


def km(a, b, c, d):
    p = math.pi / 180
    h = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def places_of(sentences, tmp):
    src = os.path.join(tmp, "in.jsonl")
    with open(src, "w", encoding="utf-8") as f:
        for i, s in enumerate(sentences):
            f.write(json.dumps({"id": "s%d" % i, "text": s, "published": "2025-08-06"}) + "\n")
    db = os.path.join(tmp, "p.db")
    subprocess.run([BIN, "ingest", "--db", db, "--no-dedup", src], check=True, capture_output=True)
    out = subprocess.run([BIN, "places", "--db", db, "--format", "json"], check=True, capture_output=True, text=True).stdout
    got = {}
    for line in out.splitlines():
        p = json.loads(line)
        got.setdefault(p["doc_id"], []).append(p)
    return got


def locations_of(sentences, tmp):
    """Each document's events as (ActionGeo_Type, FullName, CountryCode), from the GDELT export."""
    src = os.path.join(tmp, "in.jsonl")
    with open(src, "w", encoding="utf-8") as f:
        for i, s in enumerate(sentences):
            f.write(json.dumps({"id": "s%d" % i, "url": "case:s%d" % i, "text": s, "published": "2025-08-06"}) + "\n")
    db = os.path.join(tmp, "e.db")
    subprocess.run([BIN, "ingest", "--db", db, "--no-dedup", src], check=True, capture_output=True)
    out = subprocess.run([BIN, "export", "--db", db, "--format", "gdelt", "--all"], check=True, capture_output=True,
                         text=True).stdout
    got = {}
    for line in out.splitlines():
        c = line.split("\t")
        got.setdefault(c[60][len("case:"):], []).append((c[51], c[52], c[53]))
    return got


def main():
    if not os.path.exists(os.path.join(DATA, "gazetteer.tsv")):
        print("skipped: no %s/gazetteer.tsv (make builds it)" % DATA)
        print("0 passed, 0 failed")
        return 0
    passed = failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        cases = list(rows("cases.tsv"))
        got = places_of([c[0] for c in cases], tmp)
        for i, c in enumerate(cases):
            sent, name, cc, adm1, lat, lon = c
            ps = got.get("s%d" % i, [])
            if name.startswith("!"):
                bad = [p for p in ps if p["name"] == name[1:]]
                ok = not bad
                why = "taken for a place: %s" % bad[:1]
            else:
                hit = [p for p in ps if p["name"] == name or p["name"].startswith(name + " ")]
                p = hit[0] if hit else None
                ok = bool(p) and (p["country"] or "-") == cc and (adm1 == "-" or p["adm1"] == adm1) and \
                    p["lat"] is not None and km(float(lat), float(lon), p["lat"], p["lon"]) <= 50
                why = "got %s" % (json.dumps({k: p[k] for k in ("place", "country", "adm1", "lat", "lon")}) if p else "no place")
            if ok:
                passed += 1
            else:
                failed += 1
                print("FAIL %s: %s (%s)" % (name, sent, why))
    with tempfile.TemporaryDirectory() as tmp:
        cases = list(rows("events.tsv"))
        got = locations_of([c[0] for c in cases], tmp)
        for i, (sent, typ, cc, name) in enumerate(cases):
            evs = got.get("s%d" % i, [])
            ok = bool(evs) and all(e[0] == typ and (e[2] or "-") == cc and
                                   (name == "-" or e[1].startswith(name)) for e in evs)
            if ok:
                passed += 1
            else:
                failed += 1
                print("FAIL event location %s %s %s: %s (got %s)" % (typ, cc, name, sent, evs or "no event"))
    with tempfile.TemporaryDirectory() as tmp:
        sample = list(rows("accuracy.tsv"))
        got = places_of([s[0] for s in sample], tmp)
        within = 0
        for i, (sent, name, lat, lon) in enumerate(sample):
            ps = got.get("s%d" % i, [])
            hit = [p for p in ps if (p["name"] == name or p["name"].startswith(name + " ")) and p["lat"] is not None]
            if hit and km(float(lat), float(lon), hit[0]["lat"], hit[0]["lon"]) <= 50:
                within += 1
            else:
                print("  miss %s: %s (%s)" % (name, sent, [(p["name"], p["place"], p["country"], p["lat"], p["lon"]) for p in ps]))
        share = within / len(sample)
        print("accuracy: %d of %d sentences (%.0f%%) have their place within 50 km" % (within, len(sample), 100 * share))
        if share >= 0.8:
            passed += 1
        else:
            failed += 1
            print("FAIL accuracy below 80%")
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


sys.exit(main())

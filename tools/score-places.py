#!/usr/bin/env python3
"""score-places.py: dyad's places against the hand-labelled place mentions
of tests/gold/places.tsv (one line per distinct name an article uses for a
place, with the true place's coordinates), on html-dev's article texts
(../shared; skipped when missing).

A gold mention is found when dyad gives a place of that article with the
same name as written (case and accents aside; a mention inside a longer
name, "upstate New York", takes the name). Its resolution is the entry dyad
gave most often for it. It is within 50 km when that entry's point is
within 50 km of the gold coordinates; for a country, when the entry is that
country (feature PCL*); for a state or province, when the entry is that
division (feature ADM*, same country and name) or its point is within
50 km. It is exact within 5 km (a city or site), or as the entry match for
countries and divisions. Precision is over dyad's distinct place names of
the labelled articles: a name no gold line has (a person, a firm, a team)
is a false place. Figures for each half of the articles (by a hash of the
file name) and for all; --errors lists the development half's errors."""
import collections, math, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract_eval as ev


def km(a, b, c, d):
    p = math.pi / 180
    h = math.sin((c - a) * p / 2) ** 2 + math.cos(a * p) * math.cos(c * p) * math.sin((d - b) * p / 2) ** 2
    return 12742 * math.asin(math.sqrt(min(1.0, h)))


def key(s):
    return " ".join(ev.words(s))


def judge(g, p):
    """(within 50 km, exact) for gold row g and dyad place p."""
    kind, cc, lat, lon = g[6], g[3], float(g[4]), float(g[5])
    feat = p.get("feature") or ""
    d = km(lat, lon, p["lat"], p["lon"]) if p.get("lat") is not None else None
    if kind == "country":
        ok = (p.get("country") == cc and feat.startswith("PCL")) or (d is not None and d <= 50 and cc in ("SG", "VA", "HK"))
        return ok, ok
    if kind in ("adm", "region"):
        entry = feat.startswith("ADM") and p.get("country") == cc and key(p.get("place") or "") in (key(g[2]), key(g[1]))
        if entry:
            return True, True
    if d is None:
        return False, False
    return d <= 50, d <= 5


def score(files, gold, got, errors=None):
    t = collections.Counter()
    for f in files:
        gs = [g for g in gold if g[0] == f]
        ps = got.get(f, [])
        names = collections.defaultdict(list)
        for p in ps:
            names[key(p["name"])].append(p)
        gold_keys = {key(g[1]) for g in gs}
        for g in gs:
            t["gold"] += 1
            t["gold_" + g[6]] += 1
            k = key(g[1])
            hit = names.get(k)
            if not hit:  # "upstate New York": the name inside the mention
                hit = next((v for n, v in names.items() if n and (" " + n + " ") in (" " + k + " ")), None)
            if not hit:
                if errors is not None:
                    errors.append("%s\tmissed: %s (%s)" % (f, g[1], g[6]))
                continue
            t["found"] += 1
            best = collections.Counter((p.get("geonameid"), p.get("place")) for p in hit).most_common(1)[0][0]
            p = next(p for p in hit if (p.get("geonameid"), p.get("place")) == best)
            near, exact = judge(g, p)
            t["near"] += near
            t["exact"] += exact
            t["near_" + g[6]] += near
            if not near and errors is not None:
                errors.append("%s\twrong: %s -> %s %s %s %s %s,%s (true %s %s)" % (
                    f, g[1], p.get("place"), p.get("feature"), p.get("country"), p.get("adm1"),
                    p.get("lat"), p.get("lon"), g[2], g[3]))
        for n, v in names.items():
            t["pred"] += 1
            if n in gold_keys or any((" " + n + " ") in (" " + gk + " ") for gk in gold_keys):
                t["pred_ok"] += 1
            elif errors is not None:
                errors.append("%s\tfalse place: %s -> %s %s %s" % (f, v[0]["name"], v[0].get("place"), v[0].get("feature"), v[0].get("country")))
    return t


def main():
    a = ev.args(__doc__, "list the misses, wrong resolutions and false places")
    if not ev.corpus_or_skip():
        return 0
    if not os.path.exists(os.path.join(ev.DATA, "gazetteer.tsv")):
        print("skipped: no %s/gazetteer.tsv (make builds it)" % ev.DATA)
        return 0
    gold = ev.gold("places.tsv")
    files = sorted({g[0] for g in gold})
    got = ev.run(files, "places")
    print("places: %d mentions labelled in %d articles of html-dev (tests/gold/places.tsv)" % (len(gold), len(files)))
    print("%-6s %5s %5s %9s %9s %10s %10s %9s %s" % ("half", "arts", "gold", "recall", "precision", "50km|found", "exact|found", "50km|all", " 50km by kind"))
    for h in ("dev", "test", "all"):
        fs = [f for f in files if h == "all" or ev.half(f) == h]
        errs = [] if a.errors and h == a.half else None
        t = score(fs, gold, got, errs)
        pc = lambda x, n: 100.0 * x / n if n else 0.0
        kinds = " ".join("%s %d/%d" % (k, t["near_" + k], t["gold_" + k]) for k in ("city", "adm", "country", "region", "site") if t["gold_" + k])
        print("%-6s %5d %5d %8.1f%% %8.1f%% %9.1f%% %10.1f%% %8.1f%%  %s" % (
            h, len(fs), t["gold"], pc(t["found"], t["gold"]), pc(t["pred_ok"], t["pred"]),
            pc(t["near"], t["found"]), pc(t["exact"], t["found"]), pc(t["near"], t["gold"]), kinds))
        if errs:
            print("\n".join(errs))
    print("(recall: gold mentions dyad gives as places; precision: dyad's place names that are gold mentions;"
          " 50km|found, exact|found: resolutions of the found mentions; 50km|all: of all gold mentions;"
          " by kind: within 50 km, of all)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""cameo.py: data/cameo.txt against the CAMEO 1.1b3 reference files.

When the shared reference directory is beside the checkout (../shared, or
$DYAD_SHARED), checks that data/cameo.txt holds exactly the codes of
reference/cameo.tsv with their Goldstein scores, QuadClasses and names, that
each code's PLOVER category is the one reference/cameo2plover-2021.txt gives
it, and that every event of a real GDELT 2.0 export
(reference/gdelt2-sample-*.export.CSV) agrees with the table: its EventCode
is in it, its EventBaseCode and EventRootCode are the code's first three and
two digits and are in it too, and its QuadClass and GoldsteinScale are the
table's. Without the reference files it says so and checks nothing.
Prints "ok"/"FAIL" lines and "N passed, N failed".
"""
import glob, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DATA = os.environ.get("DYAD_DATA") or os.path.join(ROOT, "data")
SHARED = os.environ.get("DYAD_SHARED") or os.path.join(ROOT, "..", "shared")
REF = os.path.join(SHARED, "reference")

passed = failed = 0


def check(what, cond, detail=""):
    global passed, failed
    if cond:
        passed += 1
        print(f"ok    {what}")
    else:
        failed += 1
        print(f"FAIL  {what}" + (f"\n      {detail}" if detail else ""))


def some(bad, n=8):
    return "; ".join(bad[:n]) + (f"; ... ({len(bad)} in all)" if len(bad) > n else "")


def load_table():
    """data/cameo.txt: code -> (goldstein, quad, plover, name), and duplicate codes."""
    table, dups = {}, []
    with open(os.path.join(DATA, "cameo.txt"), encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            code, g, q, plover, name = line.split("\t")
            if code in table:
                dups.append(code)
            table[code] = (float(g), int(q), plover, name)
    return table, dups


def gdelt_columns():
    """Column positions (0-based) of the GDELT 2.0 events export, by name."""
    cols = {}
    with open(os.path.join(REF, "gdelt2-events-columns.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            n, name = line.split("\t")[:2]
            cols[name] = int(n) - 1
    return cols


def plover_categories():
    """CAMEO code -> PLOVER category, the first entry of each code in the conversion table."""
    cats = {}
    with open(os.path.join(REF, "cameo2plover-2021.txt"), encoding="utf-8") as f:
        for line in f:
            m = re.match(r"(\d{2,4}):\s*([A-Z_]+)", line)
            if m and m.group(1) not in cats:
                cats[m.group(1)] = m.group(2)
    return cats


def main():
    if not os.path.isfile(os.path.join(REF, "cameo.tsv")):
        print(f"skipped: no CAMEO reference files (looked in {os.path.normpath(REF)}; set DYAD_SHARED)")
        print("0 passed, 0 failed")
        return 0
    table, dups = load_table()
    check("data/cameo.txt lists each code once", not dups, some(dups))

    ref = {}
    with open(os.path.join(REF, "cameo.tsv"), encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        for line in f:
            r = dict(zip(header, line.rstrip("\n").split("\t")))
            ref[r["code"]] = r
    check(f"cameo.tsv has the 311 codes of CAMEO 1.1b3 ({len(ref)})", len(ref) == 311)
    missing = sorted(set(ref) - set(table))
    extra = sorted(set(table) - set(ref))
    check(f"data/cameo.txt has exactly the {len(ref)} codes of cameo.tsv ({len(table)})", not missing and not extra,
          f"missing: {some(missing)}  not in cameo.tsv: {some(extra)}")
    bad = [f"{c}: root {r['root']}" for c, r in ref.items() if r["root"] != c[:2]]
    check("each code's root is its first two digits", not bad, some(bad))
    both = [c for c in ref if c in table]
    bad = [f"{c}: {table[c][0]} vs {ref[c]['goldstein']}" for c in both if abs(table[c][0] - float(ref[c]["goldstein"])) > 1e-6]
    check("Goldstein scores agree with cameo.tsv", not bad, some(bad))
    bad = [f"{c}: {table[c][1]} vs {ref[c]['quad_class']}" for c in both if table[c][1] != int(ref[c]["quad_class"])]
    check("QuadClasses agree with cameo.tsv", not bad, some(bad))
    bad = [f"{c}: {table[c][3]!r} vs {ref[c]['name']!r}" for c in both if table[c][3] != ref[c]["name"]]
    check("names agree with cameo.tsv", not bad, some(bad))

    cats = plover_categories()
    def want(c):
        return next((cats[k] for k in (c, c[:3], c[:2]) if k in cats), "-")
    bad = [f"{c}: {table[c][2]} vs {want(c)}" for c in both if table[c][2] != want(c)]
    check("PLOVER categories are those of cameo2plover-2021.txt (or the parent's; '-' for 01 and 02)", not bad, some(bad))

    cols = gdelt_columns()
    ec, bc, rc, qc, gc = (cols[k] for k in ("EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale"))
    exports = sorted(glob.glob(os.path.join(REF, "gdelt2-sample-*.export.CSV")))
    check("a GDELT 2.0 export is there", bool(exports))
    for path in exports:
        name = os.path.basename(path)
        rows, unknown, base, root, quad, gold = 0, [], [], [], [], []
        with open(path, encoding="utf-8", errors="replace") as f:
            for n, line in enumerate(f, 1):
                v = line.rstrip("\n").split("\t")
                if len(v) <= max(ec, bc, rc, qc, gc):
                    unknown.append(f"line {n}: {len(v)} columns")
                    continue
                rows += 1
                code, at = v[ec], f"line {n} ({v[ec]})"
                if code not in table:
                    unknown.append(at)
                    continue
                if v[bc] != code[:3] or v[bc] not in table:
                    base.append(f"{at}: base {v[bc]}")
                if v[rc] != code[:2] or v[rc] not in table:
                    root.append(f"{at}: root {v[rc]}")
                if int(v[qc]) != table[code][1]:
                    quad.append(f"{at}: QuadClass {v[qc]}, table {table[code][1]}")
                if abs(float(v[gc]) - table[code][0]) > 1e-6:
                    gold.append(f"{at}: Goldstein {v[gc]}, table {table[code][0]}")
        check(f"{name}: all {rows} events have an EventCode in data/cameo.txt", rows > 0 and not unknown, some(unknown))
        check(f"{name}: EventBaseCode is the code's first three digits and in the table", not base, some(base))
        check(f"{name}: EventRootCode is the code's root and in the table", not root, some(root))
        check(f"{name}: QuadClass agrees with data/cameo.txt", not quad, some(quad))
        check(f"{name}: GoldsteinScale agrees with data/cameo.txt", not gold, some(gold))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""seed_events.py: the seed-event scorer (tools/score-seed-events.py) runs and
reads its gold file (tests/gold/seed-events.tsv) without error, and refuses a
bad gold file naming its lines. The recall and precision it prints are
reported, not checked: they are the coder's measurement, not a target.
Needs the seed documents of ../shared/corpus/seeds; skipped without them."""
import os, re, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SCORER = os.path.join(ROOT, "tools", "score-seed-events.py")
GOLD = os.path.join(ROOT, "tests", "gold", "seed-events.tsv")
SEEDS = os.path.join(ROOT, "..", "shared", "corpus", "seeds")
results = []


def check(name, cond, detail=""):
    results.append(bool(cond))
    print(("ok    " if cond else "FAIL  ") + name + ("" if cond or not detail else "\n      " + detail[:2000]))


def scorer(*args):
    return subprocess.run([sys.executable, SCORER, *args], capture_output=True, text=True, cwd=ROOT)


def main():
    if not os.path.isdir(SEEDS):
        print(f"SKIP: the seed documents are missing: {SEEDS} (the shared corpus beside the project) is needed")
        print("0 passed, 0 failed, 1 skipped")
        return 0
    rows = [l for l in open(GOLD, encoding="utf-8") if l.strip() and not l.startswith("#")]
    asserted = sum(l.split("\t")[7] == "asserted" for l in rows if l.count("\t") == 9)

    r = scorer("--check")
    check("the gold file is valid (columns, codes, dates, modalities, sentences found in the seeds)",
          r.returncode == 0 and not r.stderr, r.stderr or r.stdout)
    m = re.search(r"gold: (\d+) events in (\d+) files, (\d+) asserted", r.stdout)
    check("--check counts every gold line", m and int(m.group(1)) == len(rows) and int(m.group(3)) == asserted,
          r.stdout)
    check("the gold events cover the five seed files", m and m.group(2) == "5", r.stdout)

    r = scorer()
    check("the scorer runs dyad on the seeds and exits 0", r.returncode == 0, r.stderr)
    figures = {}
    for kind, how, pct, a, b in re.findall(r"^(recall|precision)\s+(strict|lenient)\s+([\d.]+)%\s+\((\d+)/(\d+)",
                                           r.stdout, re.M):
        figures[(kind, how)] = (float(pct), int(a), int(b))
    check("it prints recall and precision, strict and lenient", len(figures) == 4, r.stdout[:1000])
    rec = [figures.get(("recall", h)) for h in ("strict", "lenient")]
    check("recall is over the asserted gold events", all(f and f[2] == asserted for f in rec), repr(rec))
    check("the figures are consistent (a share of their count; strict never above lenient)",
          len(figures) == 4 and all(0 <= a <= b and abs(p - 100.0 * a / b) < 0.06 for p, a, b in figures.values() if b)
          and figures[("recall", "strict")][1] <= figures[("recall", "lenient")][1]
          and figures[("precision", "strict")][1] <= figures[("precision", "lenient")][1], repr(figures))
    check("it lists the misses and the false events with their sentences",
          "\nMISSES" in r.stdout and "\nFALSE" in r.stdout and "by first guess:" in r.stdout, r.stdout[-1000:])

    # A bad gold file is refused, each bad line named.
    bad = tempfile.NamedTemporaryFile("w", suffix=".tsv", delete=False, encoding="utf-8")
    seed = sorted(os.listdir(SEEDS))[1]
    bad.write("# a comment\n"
              f"{seed}\tIranian President Masoud Pezeshkian traveled to Pakistan\t042\t04\tIRNGOV\tPAK\t2025-08-02\tasserted\tclause\t\n"
              f"{seed}\tonly three columns\n"
              f"{seed}\tIranian President Masoud Pezeshkian traveled\t999\t99\tIRNGOV\tPAK\t\tasserted\tclause\t\n"
              f"{seed}\tIranian President Masoud Pezeshkian traveled\t042\t04\tIRNGOV\tPAK\t\tprobably\tclause\t\n"
              f"{seed}\tIranian President Masoud Pezeshkian traveled\t042\t05\tIRNGOV\tPAK\tAugust\tasserted\tclause\t\n"
              f"{seed}\ta sentence that is in no seed\t042\t04\tIRNGOV\tPAK\t\tasserted\tclause\t\n")
    bad.close()
    r = scorer("--check", "--gold", bad.name)
    os.unlink(bad.name)
    check("a bad gold file exits 2", r.returncode == 2, f"exit {r.returncode}: {r.stdout}{r.stderr}")
    for line, what in ((3, "columns"), (4, "not a CAMEO"), (5, "modality"), (6, "root"), (6, "date"),
                       (7, "sentence not found")):
        check(f"... line {line} is named: {what}", re.search(rf":{line}: [^\n]*{what}", r.stderr), r.stderr)
    check("... the good line is not reported", not re.search(r":2: ", r.stderr), r.stderr)

    print(f"{sum(results)} passed, {len(results) - sum(results)} failed")
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())

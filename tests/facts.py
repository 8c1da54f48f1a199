#!/usr/bin/env python3
"""facts.py: data-driven tests of the quote and figure extractors.

Each file in tests/facts holds cases: the text (one or more lines), "->",
the expectations, "===". Expectations:

    q: SPEAKER | AFFILIATION WORDS | FIRST WORDS OF THE QUOTE   (affiliation may be empty;
                                                                a final "$": the whole quote)
    f: VALUE UNIT MEASURE [target]                              (MEASURE "-" for none; words joined by _)
    no quotes
    no figures

When a case has q: lines (or "no quotes") its quotes must be exactly those;
the same for figures. All cases are ingested as one JSON Lines file."""
import json, os, subprocess, sys, tempfile

dyad = os.environ.get("DYAD_BIN", "build/dyad")

def parse(path):
    cases, text, exp, state = [], [], [], "text"
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.rstrip("\n")
        if line.startswith("#") and state == "text" and not text:
            continue
        if line.strip() == "->":
            state = "exp"; continue
        if line.strip() == "===":
            cases.append({"where": f"{path}:{start}", "text": "\n".join(text), "exp": exp})
            text, exp, state = [], [], "text"; continue
        if state == "text":
            if line.strip() or text:
                if not text: start = n
                text.append(line)
        elif line.strip():
            exp.append(line.strip())
    if text or exp:  # the last case needs no closing "==="
        cases.append({"where": f"{path}:{start}", "text": "\n".join(text), "exp": exp})
    return cases

def main():
    d = sys.argv[1] if len(sys.argv) > 1 else "tests/facts"
    cases = []
    for f in sorted(os.listdir(d)):
        if f.endswith(".txt"):
            cases += parse(os.path.join(d, f))
    tmp = tempfile.mkdtemp()
    src, db = os.path.join(tmp, "cases.jsonl"), os.path.join(tmp, "facts.db")
    with open(src, "w") as out:
        for i, c in enumerate(cases):
            out.write(json.dumps({"id": f"case{i}", "text": c["text"], "published": "2025-08-06"}) + "\n")
    r = subprocess.run([dyad, "ingest", "--quiet", "--no-dedup", "--db", db, src], capture_output=True, text=True)
    if r.returncode:
        print("ingest failed:", r.stderr); print("0 passed, 1 failed"); return 1
    def rows(cmd):
        out = {}
        for l in subprocess.run([dyad, cmd, "--db", db, "--format", "json"], capture_output=True, text=True).stdout.splitlines():
            j = json.loads(l); out.setdefault(j["doc_id"], []).append(j)
        return out
    quotes, figures = rows("quotes"), rows("figures")
    npass = nfail = 0
    for i, c in enumerate(cases):
        qs, fs = quotes.get(f"case{i}", []), figures.get(f"case{i}", [])
        problems = []
        eq = [e[2:].strip() for e in c["exp"] if e.startswith("q:")]
        ef = [e[2:].split() for e in c["exp"] if e.startswith("f:")]
        if eq or "no quotes" in c["exp"]:
            left = list(qs)
            for e in eq:
                sp, af, words = [x.strip() for x in (e.split("|") + ["", ""])[:3]]
                whole = words.endswith("$")
                words = words[:-1].strip() if whole else words
                hit = [q for q in left if q["speaker"] == sp and af.lower() in (q["affiliation"] or "").lower()
                       and (q["quote"] == words if whole else q["quote"].startswith(words))]
                if hit: left.remove(hit[0])
                else: problems.append("missing quote: " + e)
            problems += ["extra quote: %s | %s | %s" % (q["speaker"], q["affiliation"], q["quote"][:50]) for q in left]
        if ef or "no figures" in c["exp"]:
            left = list(fs)
            for e in ef:
                v, unit, measure = float(e[0]), e[1], e[2].replace("_", " ") if e[2] != "-" else ""
                kind = "target" if "target" in e[3:] else "current"
                hit = [f for f in left if abs(f["value"] - v) <= 1e-6 * max(1, abs(v)) and f["unit"] == unit and (f["measure"] or "") == measure and f["kind"] == kind]
                if hit: left.remove(hit[0])
                else: problems.append("missing figure: " + " ".join(e))
            problems += ["extra figure: %g %s %s %s (%s)" % (f["value"], f["unit"], f["measure"], f["kind"], f["text"]) for f in left]
        if problems:
            nfail += 1
            print("FAIL  " + c["where"] + "\n      " + "\n      ".join(problems))
        else:
            npass += 1
    print(f"{npass} passed, {nfail} failed")
    return 1 if nfail else 0

if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""general.py: the coder on a small corpus of general news.

tests/data/general holds short articles in the style of a general news
service (2004-2005): UK politics (pol*), business (bus*), world news
(world*) and sport, entertainment and technology (soft*). Each is coded as
one document dated 2005-01-15. Checked:

- a soft-news article (soft*) gives no asserted event;
- each line of tests/data/general/expected.tsv holds:
      FILE <TAB> SOURCE <TAB> TARGET <TAB> CODE
  an asserted event of FILE with these sides and code ("-" an empty side;
  a CODE ending in "*" matches any code it starts, "A|B" either), or, with
  FILE written "!FILE", an event that must not be asserted.
"""
import glob, json, os, subprocess, sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "general")
BIN = os.environ.get("DYAD_BIN", "build/dyad")

def code_file(path):
    text = " ".join(open(path, encoding="utf-8").read().split())
    out = subprocess.run([BIN, "code", "--date", "2005-01-15"], input=text + "\n", capture_output=True, text=True, check=True).stdout
    evs = [json.loads(l) for l in out.splitlines() if l.strip()]
    return [e for e in evs if e.get("modality", "asserted") == "asserted"]

def code_ok(want, got):
    return any(got.startswith(c[:-1]) if c.endswith("*") else got == c for c in want.split("|"))

def matches(e, src, tgt, code):
    return (e.get("source") or "-") == src and (e.get("target") or "-") == tgt and code_ok(code, e["code"])

def show(e):
    return f'{e.get("source") or "-"} {e.get("target") or "-"} {e["code"]} ("{e["sentence"][:70]}")'

def main():
    events = {os.path.basename(p)[:-4]: code_file(p) for p in sorted(glob.glob(os.path.join(HERE, "*.txt")))}
    passed = failed = 0
    for name, evs in events.items():
        if not name.startswith("soft"):
            continue
        if evs:
            failed += 1
            print(f"FAIL {name}: soft news with asserted events: " + "; ".join(show(e) for e in evs))
        else:
            passed += 1
    with open(os.path.join(HERE, "expected.tsv"), encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip() or line.startswith("#"):
                continue
            name, src, tgt, code = line.rstrip("\n").split("\t")
            neg = name.startswith("!")
            name = name.lstrip("!")
            if name not in events:
                sys.exit(f"expected.tsv:{n}: no article {name}")
            hit = [e for e in events[name] if matches(e, src, tgt, code)]
            if bool(hit) != neg:
                passed += 1
                continue
            failed += 1
            if neg:
                print(f"FAIL expected.tsv:{n}: {name} asserts {show(hit[0])}, which it must not")
            else:
                print(f"FAIL expected.tsv:{n}: {name} lacks {src} {tgt} {code}; it has: " + "; ".join(show(e) for e in events[name]))
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0

if __name__ == "__main__":
    sys.exit(main())

#!/usr/bin/env python3
"""spec.py: data-driven tests of the coder.

Each file in tests/spec holds cases:

    # a comment
    date: 2025-08-06            (the article date of the cases that follow; "none": undated)
    Pakistan condemned the US strikes on Iran.
    ->
    PAK USA 111
    ===

After "->" come the expected events, one per line: SOURCE TARGET CODE
[MODALITY] [date=YYYY-MM[-DD]] [src="WORDS"] [tgt="WORDS"] [verb="WORDS"] [by="NAME"|by=-]
(the words of the sentence the source, target or trigger span must be; by: who the event is
attributed to, its attributed_to, "-" for no one). "-" is an empty side;
a blank line inside a case's text starts a new paragraph (a page of headings); a CODE ending in "*"
matches any code it starts ("04*"), and "A|B" either of two codes where
CAMEO allows both ("18*|19*"); MODALITY defaults to asserted. "none"
expects no event at all. The coder's events (of every modality) must be
exactly the expected ones: a missing event and an extra event both fail.
"""
import json, os, shlex, subprocess, sys

def join(lines):
    """A case's lines as one text: lines joined by spaces, a blank line
    between them a paragraph break."""
    return " ".join(lines).replace(" \n\n ", "\n\n").strip()

def parse(path):
    cases, date, xfail = [], None, None
    text, exp, state, start = [], [], "text", None
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if line.startswith("xfail:") and state == "text" and not text:
                xfail = line[6:].strip() or "known failure"
                continue
            if line.startswith("#") or (not line.strip() and state == "text" and not text):
                continue
            if line.startswith("date:") and state == "text" and not text:
                date = line[5:].strip()
                continue
            if line.strip() == "->":
                state = "exp"
                continue
            if line.strip() == "===":
                if not text:
                    sys.exit(f"{path}:{n}: a case with no sentence")
                cases.append({"where": f"{path}:{start}", "text": join(text), "date": date, "exp": exp, "xfail": xfail})
                text, exp, state, start, xfail = [], [], "text", None, None
                continue
            if state == "text":
                if line.strip():
                    start = start or n
                    text.append(line.strip())
                elif text and text[-1] != "\n\n":
                    text.append("\n\n")  # a blank line: a new paragraph
            elif line.strip():
                exp.append(shlex.split(line))
    if text:
        cases.append({"where": f"{path}:{start}", "text": join(text), "date": date, "exp": exp, "xfail": xfail})
    return cases

def matches(e, ev):
    src, tgt, code = e[0], e[1], e[2]
    mod, date, spans, by = "asserted", None, {}, None
    for x in e[3:]:
        if x.startswith("date="):
            date = x[5:]
        elif x.startswith("by="):
            by = x[3:]
        elif x.split("=", 1)[0] in ("src", "tgt", "verb") and "=" in x:
            k, v = x.split("=", 1)
            spans[k] = v
        else:
            mod = x
    if (ev.get("source") or "-") != src or (ev.get("target") or "-") != tgt:
        return False
    def code_ok(c):
        return ev["code"].startswith(c[:-1]) if c.endswith("*") else ev["code"] == c
    if not any(code_ok(c) for c in code.split("|")):
        return False
    if ev["modality"] != mod:
        return False
    if date and (ev.get("date") or "") != date:
        return False
    if by is not None and (ev.get("attributed_to") or "-") != by:
        return False
    keys = {"src": "source_span", "tgt": "target_span", "verb": "verb_span"}
    for k, want in spans.items():
        sp = ev.get(keys[k])
        b = ev["sentence"].encode("utf-8")
        if not sp or b[sp[0]:sp[1]].decode("utf-8", "replace") != want:
            return False
    return True

def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "tests/spec"
    files = sorted(os.path.join(root, f) for f in os.listdir(root) if f.endswith(".txt"))
    cases = [c for f in files for c in parse(f)]
    lines = []
    for i, c in enumerate(cases):
        d = {"id": str(i), "text": c["text"]}
        if c["date"] and c["date"] != "none":
            d["published"] = c["date"]
        lines.append(json.dumps(d))
    dyad = os.environ.get("DYAD_BIN", "build/dyad")
    r = subprocess.run([dyad, "code", "--format", "jsonl", "--all"], input="\n".join(lines) + "\n",
                       capture_output=True, text=True)
    if r.returncode not in (0, 1):
        print(r.stderr)
        print(f"0 passed, {len(cases)} failed")
        return 1
    got = {}
    for l in r.stdout.splitlines():
        ev = json.loads(l)
        got.setdefault(ev["doc_id"], []).append(ev)
    npass = nfail = nxfail = 0
    for i, c in enumerate(cases):
        evs = got.get(str(i), [])
        exp = [e for e in c["exp"] if e != ["none"]]
        bad = []
        for e in exp:
            if not any(matches(e, ev) for ev in evs):
                bad.append("missing: " + " ".join(e))
        for ev in evs:
            if not any(matches(e, ev) for e in exp):
                bad.append(f"extra: {ev.get('source') or '-'} {ev.get('target') or '-'} {ev['code']} {ev['modality']} date={ev.get('date')}")
        if bad and c["xfail"]:
            nxfail += 1
            print(f"XFAIL {c['where']}: {c['text']} ({c['xfail']})")
            for b in bad:
                print("    " + b)
        elif bad:
            nfail += 1
            print(f"FAIL {c['where']}: {c['text']}")
            for b in bad:
                print("    " + b)
        else:
            if c["xfail"]:
                print(f"XPASS {c['where']}: {c['text']} (marked xfail: {c['xfail']}; remove the mark)")
            npass += 1
    print(f"{npass} passed, {nfail} failed" + (f", {nxfail} known failures (xfail)" if nxfail else ""))
    return 1 if nfail else 0

if __name__ == "__main__":
    sys.exit(main())

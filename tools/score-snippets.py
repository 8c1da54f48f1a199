#!/usr/bin/env python3
"""score-snippets.py: the coder on the project's own wire-style snippets.

usage: tools/score-snippets.py [--dyad build/dyad] [--gold tests/gold/snippets.tsv]
                               [--show dev|held|all] [--half dev|held|all]

Each snippet of tests/gold/snippets.tsv (its format is in its header) is
coded by `dyad code --format jsonl` (asserted events only, as queries show
them) and scored, for the development half (even numbers), the held-out
half (odd numbers) and both:

  conflict  root: the share of snippets with an event of the gold root
            among their events; source and target: of those, the share
            whose event of that root has the gold actor code (exact, and
            its state alone: the first three letters)
  disaster  the share of snippets with an asserted violent event (roots
            18-20), and with any asserted event
  soft      the share of snippets with an asserted event other than their
            gold one, and the share of all asserted events of the three
            sets that come from soft snippets and are not their gold one

--show lists each miss of the half it names (the rules that fired are
printed by DYAD_TRACE=1 on the snippet alone).
"""
import argparse
import json
import os
import subprocess
import sys
from collections import defaultdict

from goldtsv import tsv_rows

VIOLENT = {"18", "19", "20"}


def load_gold(path):
    rows = []
    for n, parts in tsv_rows(path, 7):
        sid, kind, root, src, tgt, date, text = parts
        if kind not in ("conflict", "disaster", "soft"):
            sys.exit(f"{path}:{n}: unknown set {kind!r}")
        rows.append(dict(id=sid, set=kind, root=root, source=src,
                         target=tgt, date=date, text=text,
                         half="held" if int(sid[1:]) % 2 else "dev"))
    return rows


def code(dyad, rows):
    inp = "".join(json.dumps({"id": r["id"], "date": r["date"],
                              "text": r["text"]}) + "\n" for r in rows)
    p = subprocess.run([dyad, "code", "--format", "jsonl"], input=inp,
                       capture_output=True, text=True, env=os.environ)
    if p.returncode != 0:
        sys.exit(f"{dyad} code failed ({p.returncode}): {p.stderr[-2000:]}")
    events = defaultdict(list)
    for line in p.stdout.splitlines():
        if line.strip():
            e = json.loads(line)
            events[e["doc_id"]].append(e)
    return events


def pct(a, b):
    return f"{a}/{b} = {100.0 * a / b:.1f}%" if b else f"{a}/0"


def actor_ok(gold, evs, field):
    exact = any((e.get(field) or "") == gold for e in evs)
    state = any((e.get(field) or "")[:3] == gold[:3] for e in evs)
    return exact, state


def score(rows, events, label):
    c = [r for r in rows if r["set"] == "conflict"]
    d = [r for r in rows if r["set"] == "disaster"]
    s = [r for r in rows if r["set"] == "soft"]
    root_ok = 0
    src = [0, 0, 0]   # exact, state, asked
    tgt = [0, 0, 0]
    by_root = defaultdict(lambda: [0, 0])
    for r in c:
        evs = [e for e in events.get(r["id"], []) if e["root"] == r["root"]]
        by_root[r["root"]][1] += 1
        if not evs:
            continue
        root_ok += 1
        by_root[r["root"]][0] += 1
        for gold, field, acc in ((r["source"], "source", src),
                                 (r["target"], "target", tgt)):
            if gold == "-":
                continue
            exact, state = actor_ok(gold, evs, field)
            acc[0] += exact
            acc[1] += state
            acc[2] += 1
    dis_v = sum(any(e["root"] in VIOLENT for e in events.get(r["id"], []))
                for r in d)
    dis_any = sum(bool(events.get(r["id"])) for r in d)
    soft_false = 0
    soft_snips = 0
    for r in s:
        bad = [e for e in events.get(r["id"], []) if e["root"] != r["root"]]
        soft_false += len(bad)
        soft_snips += bool(bad)
    total = sum(len(events.get(r["id"], [])) for r in rows)
    print(f"[{label}] conflict root {pct(root_ok, len(c))}; "
          f"source {pct(src[0], src[2])} (state {pct(src[1], src[2])}); "
          f"target {pct(tgt[0], tgt[2])} (state {pct(tgt[1], tgt[2])})")
    print(f"[{label}] conflict by root: " + " ".join(
        f"{k}:{v[0]}/{v[1]}" for k, v in sorted(by_root.items())))
    print(f"[{label}] disaster with a violent event {pct(dis_v, len(d))}; "
          f"with any event {pct(dis_any, len(d))}")
    print(f"[{label}] soft with an event {pct(soft_snips, len(s))}; "
          f"soft share of all asserted events {pct(soft_false, total)}")


def show(rows, events, half):
    for r in rows:
        if half != "all" and r["half"] != half:
            continue
        evs = events.get(r["id"], [])
        if r["set"] == "conflict":
            ok = [e for e in evs if e["root"] == r["root"]]
            miss = not ok or (r["source"] != "-" and not any(
                e.get("source") == r["source"] for e in ok)) or (
                r["target"] != "-" and not any(
                    e.get("target") == r["target"] for e in ok))
        elif r["set"] == "disaster":
            miss = bool(evs)
        else:
            miss = any(e["root"] != r["root"] for e in evs)
        if not miss:
            continue
        got = "; ".join(f"{e['code']} {e.get('source')}->{e.get('target')}"
                        f" [{e.get('source_name')}|{e.get('target_name')}]"
                        for e in evs) or "none"
        print(f"{r['id']} gold {r['root']} {r['source']}->{r['target']} "
              f"got {got}\n    {r['text']}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dyad", default="build/dyad")
    ap.add_argument("--gold", default="tests/gold/snippets.tsv")
    ap.add_argument("--show", choices=("dev", "held", "all"))
    ap.add_argument("--half", choices=("dev", "held", "all"))
    a = ap.parse_args()
    rows = load_gold(a.gold)
    events = code(a.dyad, rows)
    halves = [a.half] if a.half else ["dev", "held", "all"]
    for h in halves:
        score([r for r in rows if h == "all" or r["half"] == h], events, h)
    if a.show:
        show(rows, events, a.show)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""score-seed-events.py: dyad's events on the five seed documents against the
events a careful CAMEO coder finds in them (tests/gold/seed-events.tsv; the
seeds are read in place from ../shared/corpus/seeds, skipped when missing).

The seeds are read by `dyad read` (which splits seed 000 into its four
stories) and coded by `dyad code --format jsonl --all`, one document per
line. Matching is by sentence: a dyad event and a gold event are of the same
sentence when they are of the same seed file and the gold event's sentence
text (a substring of its sentence) is inside dyad's sentence, or dyad's
sentence inside it; quotes, apostrophes and white space are compared
normalised. Sides are compared by country: the state of an actor code
(PAKGOV, PAKMIL and PAK are all PAK; an organisation such as IGOUNO is
itself; a bare sector such as REB or MIL has no country), and a gold side "-"
(the text names none) matches any side.

  strict   same sentence, same CAMEO root, same source and same target country
  lenient  same sentence, same root, the source or the target country the same

Recall is over the gold events whose modality is asserted, matched by any
asserted dyad event. Precision is over dyad's asserted events, each right
when it matches an asserted gold event. A gold or dyad event may match
several. The non-asserted gold events (future, hypothetical, negated) are
reported apart: coded with the same modality, coded as asserted, or missed.

Usage: score-seed-events.py [--dyad BIN] [--seeds DIR] [--gold FILE]
                            [--check] [--quiet]
--check validates the gold file (columns, codes, modalities, dates, and that
each sentence is found in its seed file) and exits; --quiet prints the
figures without the lists. Exit status: 0 when scored (or skipped), 2 when
the gold file is bad or dyad fails."""
import argparse, collections, json, os, re, subprocess, sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
MODALITIES = ("asserted", "future", "hypothetical", "negated")
FORMS = ("clause", "nominal")
CODE_RE = re.compile(r"^[A-Z][A-Z0-9]{2,14}$")
DATE_RE = re.compile(r"^(\d{4}(-\d{2}(-\d{2})?)?|\d{3}0s)$")
QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2032": "'",
                        "\u00a0": " ", "\u2013": "-", "\u2014": "-"})

Gold = collections.namedtuple("Gold", "line file sentence code root source target date modality form note")


def norm(s):
    return " ".join((s or "").translate(QUOTES).split())


def first_column(name):
    """The first column of a data/ table (comments and blank lines skipped):
    data/cameo.txt's codes, data/countries.txt's states."""
    keys = set()
    with open(os.path.join(ROOT, "data", name), encoding="utf-8") as f:
        for line in f:
            if line.strip() and not line.startswith("#"):
                keys.add(line.split("\t")[0].strip())
    return keys


def country(code, states):
    """The state an actor code belongs to; an organisation is itself; a bare
    sector (REB, MIL, CVL) has none (empty)."""
    code = (code or "").upper()
    if not code:
        return ""
    if code[:3] in states:
        return code[:3]
    if len(code) <= 3:
        return ""
    return code


def read_gold(path, seeds, problems):
    """The gold events; every problem is appended as 'FILE:LINE: what'."""
    cameo = first_column("cameo.txt")
    texts = {}
    gold = []
    with open(path, encoding="utf-8") as f:
        for n, raw in enumerate(f, 1):
            line = raw.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            where = f"{path}:{n}"
            if len(cols) != 10:
                problems.append(f"{where}: {len(cols)} columns, 10 expected")
                continue
            g = Gold(n, *[c.strip() for c in cols])
            if g.code not in cameo:
                problems.append(f"{where}: {g.code!r} is not a CAMEO 1.1b3 code of data/cameo.txt")
            if g.root != g.code[:2]:
                problems.append(f"{where}: root {g.root!r} is not the root of {g.code}")
            for side in (g.source, g.target):
                if side != "-" and not CODE_RE.match(side):
                    problems.append(f"{where}: actor code {side!r} is not a code (3 to 15 capitals) or -")
            if g.source == "-" and g.target == "-":
                problems.append(f"{where}: neither side is named")
            if g.date and not DATE_RE.match(g.date):
                problems.append(f"{where}: date {g.date!r} is not YYYY, YYYY-MM, YYYY-MM-DD or a decade")
            if g.modality not in MODALITIES:
                problems.append(f"{where}: modality {g.modality!r} is not one of {', '.join(MODALITIES)}")
            if g.form not in FORMS:
                problems.append(f"{where}: form {g.form!r} is not one of {', '.join(FORMS)}")
            if seeds is not None:
                if g.file not in texts:
                    p = os.path.join(seeds, g.file)
                    try:
                        with open(p, encoding="utf-8") as sf:
                            texts[g.file] = norm(sf.read())
                    except OSError as e:
                        texts[g.file] = None
                        problems.append(f"{where}: seed file {g.file}: {e.strerror}")
                if texts[g.file] is not None and norm(g.sentence) not in texts[g.file]:
                    problems.append(f"{where}: sentence not found in {g.file}: {g.sentence[:60]!r}")
            gold.append(g)
    if not gold and not problems:
        problems.append(f"{path}: no events")
    return gold


def run_dyad(dyad, seeds):
    env = dict(os.environ, DYAD_TODAY=os.environ.get("DYAD_TODAY", "2025-12-01"))
    r = subprocess.run([dyad, "read", seeds], capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise RuntimeError(f"dyad read failed ({r.returncode}): {r.stderr.strip()}")
    docs, lines = {}, []
    for i, l in enumerate(r.stdout.splitlines()):
        d = json.loads(l)
        d["id"] = f"seed{i}"
        docs[d["id"]] = (os.path.basename(d.get("doc_path") or ""), d.get("title") or "")
        lines.append(json.dumps(d))
    r = subprocess.run([dyad, "code", "--format", "jsonl", "--all"], input="\n".join(lines) + "\n",
                       capture_output=True, text=True, env=env)
    if r.returncode != 0:
        raise RuntimeError(f"dyad code failed ({r.returncode}): {r.stderr.strip()}")
    events = []
    for l in r.stdout.splitlines():
        e = json.loads(l)
        e["file"], e["story"] = docs.get(e["doc_id"], ("", ""))
        e["nsent"] = norm(e["sentence"])
        events.append(e)
    return docs, events


def same_sentence(g, e):
    if g.file != e["file"]:
        return False
    gs = norm(g.sentence)
    return gs in e["nsent"] or e["nsent"] in gs


def side_ok(gold_side, dyad_side, states):
    return gold_side == "-" or country(gold_side, states) == country(dyad_side, states)


def strict(g, e, states):
    return g.root == e["root"] and side_ok(g.source, e["source"], states) and side_ok(g.target, e["target"], states)


def lenient(g, e, states):
    if g.root != e["root"]:
        return False
    named = [(gs, es) for gs, es in ((g.source, e["source"]), (g.target, e["target"])) if gs != "-"]
    return any(country(gs, states) == country(es, states) for gs, es in named)


def date_agrees(gold_date, dyad_date):
    d = dyad_date or ""
    if gold_date.endswith("0s"):
        return d == gold_date or d.startswith(gold_date[:3])
    return d.startswith(gold_date) or (len(d) >= 4 and gold_date.startswith(d))


def pct(a, b):
    return f"{100.0 * a / b:5.1f}%" if b else "  n/a"


def fmt_event(e):
    return f'{e["code"]} {e["source"] or "-"}>{e["target"] or "-"} {e["modality"]}'


def fmt_gold(g):
    return f"{g.code} {g.source}>{g.target}" + (f" {g.date}" if g.date else "") + f" [{g.form}]"


def why_missed(g, evs, states):
    """A first guess at why a gold event has no strict match, from what dyad
    coded in the same sentence."""
    asserted = [e for e in evs if e["modality"] == "asserted"]
    if not evs:
        return "no event in the sentence"
    if any(strict(g, e, states) for e in evs):
        mods = sorted({e["modality"] for e in evs if strict(g, e, states)})
        return "coded " + "/".join(mods) + ", not asserted"
    if any(lenient(g, e, states) for e in asserted):
        return "one side wrong or missing"
    same_root = [e for e in asserted if e["root"] == g.root]
    if same_root:
        return "right root, both sides wrong"
    sides = [e for e in asserted if side_ok(g.source, e["source"], states) and side_ok(g.target, e["target"], states)]
    if sides:
        return "right sides, other root"
    return "other events only"


def why_false(e, golds, states):
    if not golds:
        return "no gold event in the sentence"
    if any(strict(g, e, states) for g in golds):
        return "the gold event is " + "/".join(sorted({g.modality for g in golds if strict(g, e, states)}))
    asserted = [g for g in golds if g.modality == "asserted"]
    if any(g.root == e["root"] for g in asserted):
        return "right root, wrong sides"
    if any(side_ok(g.source, e["source"], states) and side_ok(g.target, e["target"], states) for g in asserted):
        return "right sides, wrong root"
    return "not a gold event of the sentence"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dyad", default=os.environ.get("DYAD_BIN", os.path.join(ROOT, "build", "dyad")))
    ap.add_argument("--seeds", default=os.path.join(ROOT, "..", "shared", "corpus", "seeds"))
    ap.add_argument("--gold", default=os.path.join(ROOT, "tests", "gold", "seed-events.tsv"))
    ap.add_argument("--check", action="store_true", help="validate the gold file and exit")
    ap.add_argument("--quiet", action="store_true", help="figures only")
    a = ap.parse_args()
    have_seeds = os.path.isdir(a.seeds)
    problems = []
    gold = read_gold(a.gold, a.seeds if have_seeds else None, problems)
    for p in problems:
        print(f"score-seed-events: {p}", file=sys.stderr)
    if problems:
        return 2
    if a.check:
        print(f"gold: {len(gold)} events in {len({g.file for g in gold})} files, "
              f"{sum(g.modality == 'asserted' for g in gold)} asserted"
              + ("" if have_seeds else " (sentences not checked: no seeds)"))
        return 0
    if not have_seeds:
        print(f"SKIP: the seed documents are missing: {a.seeds} (the shared corpus beside the project) is needed")
        return 0
    try:
        docs, events = run_dyad(a.dyad, a.seeds)
    except (OSError, RuntimeError, ValueError) as err:
        print(f"score-seed-events: {err}", file=sys.stderr)
        return 2
    states = first_column("countries.txt")
    by_gold = {g: [e for e in events if same_sentence(g, e)] for g in gold}
    gold_asserted = [g for g in gold if g.modality == "asserted"]
    dyad_asserted = [e for e in events if e["modality"] == "asserted"]

    def recall(gs, match):
        return sum(any(e["modality"] == "asserted" and match(g, e, states) for e in by_gold[g]) for g in gs)

    s_hit = recall(gold_asserted, strict)
    l_hit = recall(gold_asserted, lenient)
    golds_of = {id(e): [g for g in gold if same_sentence(g, e)] for e in events}

    def right(e, match):
        return any(g.modality == "asserted" and match(g, e, states) for g in golds_of[id(e)])

    s_ok = sum(right(e, strict) for e in dyad_asserted)
    l_ok = sum(right(e, lenient) for e in dyad_asserted)
    n_g, n_d = len(gold_asserted), len(dyad_asserted)
    print(f"seed events: {len(gold)} gold events in {len({g.file for g in gold})} files ({n_g} asserted), "
          f"dyad {len(events)} events in {len(docs)} documents ({n_d} asserted)")
    print("matching: same sentence; strict = same root, source and target country; "
          "lenient = same root, source or target country; a gold side '-' matches any")
    print(f"recall    strict  {pct(s_hit, n_g)}  ({s_hit}/{n_g} asserted gold events)")
    print(f"recall    lenient {pct(l_hit, n_g)}  ({l_hit}/{n_g})")
    print(f"precision strict  {pct(s_ok, n_d)}  ({s_ok}/{n_d} asserted dyad events)")
    print(f"precision lenient {pct(l_ok, n_d)}  ({l_ok}/{n_d})")
    for form in FORMS:
        gs = [g for g in gold_asserted if g.form == form]
        print(f"  {form:8} recall strict {pct(recall(gs, strict), len(gs))}  ({recall(gs, strict)}/{len(gs)})")
    for f in sorted({g.file for g in gold}):
        gs = [g for g in gold_asserted if g.file == f]
        ds = [e for e in dyad_asserted if e["file"] == f]
        ok = sum(right(e, strict) for e in ds)
        print(f"  {f[:3]}      recall strict {pct(recall(gs, strict), len(gs))}  ({recall(gs, strict)}/{len(gs)}), "
              f"precision strict {pct(ok, len(ds))}  ({ok}/{len(ds)})")
    exact = sum(any(e["modality"] == "asserted" and strict(g, e, states)
                    and (g.source == "-" or g.source == e["source"]) and (g.target == "-" or g.target == e["target"])
                    for e in by_gold[g]) for g in gold_asserted)
    print(f"  of the strict matches, {exact} with the same actor codes (PAKGOV is not PAK)")
    dated = [g for g in gold_asserted if g.date and any(e["modality"] == "asserted" and strict(g, e, states)
                                                        for e in by_gold[g])]
    dok = sum(any(e["modality"] == "asserted" and strict(g, e, states) and date_agrees(g.date, e["date"])
                  for e in by_gold[g]) for g in dated)
    print(f"  dates: {dok}/{len(dated)} strict matches of a dated gold event carry a date that agrees")
    others = [g for g in gold if g.modality != "asserted"]
    same = sum(any(strict(g, e, states) and e["modality"] == g.modality for e in by_gold[g]) for g in others)
    as_asserted = sum(any(strict(g, e, states) and e["modality"] == "asserted" for e in by_gold[g]) for g in others)
    print(f"non-asserted gold events: {len(others)}; dyad codes {same} with their modality, "
          f"{as_asserted} as asserted (false in precision), "
          f"{sum(not any(strict(g, e, states) for e in by_gold[g]) for g in others)} not at all")
    if a.quiet:
        return 0

    print("\nMISSES (asserted gold events without a strict match): gold | why | what dyad coded in the sentence")
    causes = collections.Counter()
    for g in gold_asserted:
        if any(e["modality"] == "asserted" and strict(g, e, states) for e in by_gold[g]):
            continue
        why = why_missed(g, by_gold[g], states)
        causes[why] += 1
        got = "; ".join(sorted({fmt_event(e) for e in by_gold[g]})) or "-"
        print(f"  {g.file[:3]}:{g.line} {fmt_gold(g)} | {why} | {got}\n      {g.sentence}")
    print("  by first guess: " + ", ".join(f"{k} {v}" for k, v in causes.most_common()))

    print("\nFALSE (asserted dyad events without a strict match): dyad | why | gold of the sentence")
    causes = collections.Counter()
    for e in dyad_asserted:
        if right(e, strict):
            continue
        golds = golds_of[id(e)]
        why = why_false(e, golds, states)
        causes[why] += 1
        sp = e.get("verb_span")
        verb = e["sentence"].encode()[sp[0]:sp[1]].decode("utf-8", "replace") if sp else ""
        want = "; ".join(sorted({f"{g.code} {g.source}>{g.target} {g.modality}" for g in golds})) or "-"
        print(f"  {e['file'][:3]}#{e['sentence_index']} {fmt_event(e)} verb {verb!r} | {why} | {want}\n"
              f"      {e['sentence'][:220]}")
    print("  by first guess: " + ", ".join(f"{k} {v}" for k, v in causes.most_common()))

    print("\nDATES (strict matches of a dated gold event whose dates disagree): gold | dyad")
    for g in dated:
        ms = [e for e in by_gold[g] if e["modality"] == "asserted" and strict(g, e, states)]
        if not any(date_agrees(g.date, e["date"]) for e in ms):
            got = "; ".join(sorted({f'{e["date"]} ({e["date_source"]})' for e in ms}))
            print(f"  {g.file[:3]}:{g.line} {fmt_gold(g)} | {got}\n      {g.sentence}")

    print("\nNON-ASSERTED gold events: gold modality | dyad")
    for g in others:
        got = "; ".join(sorted({fmt_event(e) for e in by_gold[g] if strict(g, e, states)})) or "not coded"
        print(f"  {g.file[:3]}:{g.line} {fmt_gold(g)} {g.modality} | {got}\n      {g.sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

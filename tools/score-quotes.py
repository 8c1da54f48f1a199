#!/usr/bin/env python3
"""score-quotes.py: dyad's direct quotes and their speakers against the
hand-labelled quotes of tests/gold/quotes.tsv, on html-dev's article texts
(../shared; skipped when missing).

A gold quote is found when one of dyad's direct quotes of the same article
holds its first words (a gold quote of one or two words must be the whole
of dyad's quote). It is attributed when that quote's speaker shares a word
with the gold speaker (name or surname; titles and function words do not
count). Precision is over dyad's direct quotes of the labelled articles: a
quote that holds a gold quote's first words with a sharing speaker is right.
Figures are printed for each half of the articles (split by a hash of the
file name: tools/extract_eval.py) and for all; --errors lists the misses of
the development half (--half test for the other). Reported speech (no
quotation marks) is not labelled and not scored."""
import os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import extract_eval as ev

NOT_NAMES = set("a an the of for and in at on to by with from mr mrs ms dr sir lord dame gov sen rep pope "
                "st said says told state former".split())


def name_words(s):
    ws = (w[:-2] if w.endswith("'s") else w for w in ev.words(s or ""))
    return {w for w in ws if w not in NOT_NAMES and len(w) > 1}


def holds(quote, prefix):
    """Does dyad's quote (words) hold the gold quote's first words?"""
    if len(prefix) <= 2:
        return quote == prefix
    n = len(prefix)
    return any(quote[i:i + n] == prefix for i in range(len(quote) - n + 1))


def score(files, gold, got, errors=None):
    n_gold = found = attributed = 0
    n_pred = right = 0
    full = [0, 0]
    for f in files:
        gs = [g for g in gold if g[0] == f]
        qs = [q for q in got.get(f, []) if q.get("kind") == "direct"]
        qw = [ev.words(q["quote"]) for q in qs]
        used = set()
        for g in gs:
            prefix = ev.words(g[2])
            hits = [i for i in range(len(qs)) if holds(qw[i], prefix)]
            n_gold += 1
            ok = [i for i in hits if name_words(qs[i]["speaker"]) & name_words(g[1])]
            if g[3] == "full":
                full[1] += 1
            if hits:
                found += 1
            if ok:
                attributed += 1
                used.update(ok)
                if g[3] == "full":
                    full[0] += 1
            elif errors is not None:
                errors.append("%s\tgold %s: %s | %s" % (f, "missed" if not hits else "wrong speaker",
                              g[1], g[2]) + ("" if not hits else "  [dyad: %s]" % qs[hits[0]]["speaker"]))
        for i, q in enumerate(qs):
            n_pred += 1
            if i in used:
                right += 1
            elif errors is not None and not any(holds(qw[i], ev.words(g[2])) for g in gs):
                errors.append("%s\tdyad extra: %s | %s" % (f, q["speaker"], q["quote"][:70]))
    return n_gold, found, attributed, n_pred, right, full


def main():
    a = ev.args(__doc__, "list the misses and extras")
    if not ev.corpus_or_skip():
        return 0
    gold = ev.gold("quotes.tsv")
    files = sorted({g[0] for g in gold})
    got = ev.run(files, "quotes")
    print("quotes: %d labelled in %d articles of html-dev (tests/gold/quotes.tsv)" % (len(gold), len(files)))
    print("%-6s %5s %5s %9s %9s %7s %9s %12s" % ("half", "arts", "gold", "precision", "recall", "F1", "found", "recall(full)"))
    for h in ("dev", "test", "all"):
        fs = [f for f in files if h == "all" or ev.half(f) == h]
        errs = [] if a.errors and h == a.half else None
        n_gold, found, att, n_pred, right, full = score(fs, gold, got, errs)
        p, r, f1 = ev.prf(right, n_pred, att, n_gold)
        print("%-6s %5d %5d %8.1f%% %8.1f%% %6.1f%% %8.1f%% %11.1f%%" % (
            h, len(fs), n_gold, p, r, f1, 100.0 * found / max(n_gold, 1), 100.0 * full[0] / max(full[1], 1)))
        if errs:
            print("\n".join(errs))
    print("(precision: dyad's direct quotes that hold a gold quote with its speaker; recall: gold quotes so found;"
          " found: gold quotes found whatever the speaker; recall(full): of quotes of a clause or more)")
    return 0


if __name__ == "__main__":
    sys.exit(main())

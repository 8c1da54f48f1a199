#!/bin/sh
# parse-eval.sh: the parse stage measured on the UD English EWT test split:
# `dyad parse --conllu` is run on its tokens and UPOS, lemma, UAS and LAS are
# computed against the gold annotation over every word (punctuation
# included, as in the CoNLL 2018 shared task; multiword tokens and empty
# nodes ignored; LAS compares full labels with subtypes; lemmas compared
# without case, since dyad's lemmas are lower-cased). Then the speed of
# tagging and parsing on one core (the test split ten times over), the model's
# load time and its size.
# Usage: bench/parse-eval.sh BUILD_DIR [TREEBANK_DIR] [SPLIT]
B=${1:-build}
TB=${2:-../shared/corpus/treebank}
SPLIT=${3:-test}
GOLD="$TB/en_ewt-ud-$SPLIT.conllu"
DATA=${DYAD_DATA:-data}
if [ ! -f "$GOLD" ]; then
  echo "parse-eval: no treebank at $GOLD (the shared corpus is missing; set the directory as the second argument)"
  exit 1
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
"$B/dyad" parse --conllu --data "$DATA" <"$GOLD" >"$T/sys.conllu" || { echo "parse-eval: dyad parse failed"; exit 1; }
python3 - "$GOLD" "$T/sys.conllu" <<'PY' || exit 1
import sys
def words(path):
    out = []
    for line in open(path, encoding="utf-8"):
        f = line.rstrip("\n").split("\t")
        if len(f) != 10 or "-" in f[0] or "." in f[0]:
            continue
        out.append((f[1], f[2].lower(), f[3], f[6], f[7]))
    return out
g, s = words(sys.argv[1]), words(sys.argv[2])
if len(g) != len(s) or any(a[0] != b[0] for a, b in zip(g, s)):
    sys.exit("parse-eval: the system's tokens differ from the gold tokens")
n = len(g)
upos = sum(a[2] == b[2] for a, b in zip(g, s))
lem = sum(a[1][:31] == b[1] for a, b in zip(g, s))
uas = sum(a[3] == b[3] for a, b in zip(g, s))
las = sum(a[3] == b[3] and a[4] == b[4] for a, b in zip(g, s))
print("%s words (punctuation included)" % n)
print("UPOS   %.2f%%" % (100.0 * upos / n))
print("lemma  %.2f%%  (case-insensitive)" % (100.0 * lem / n))
print("UAS    %.2f%%" % (100.0 * uas / n))
print("LAS    %.2f%%" % (100.0 * las / n))
PY
for i in 1 2 3 4 5 6 7 8 9 10; do cat "$GOLD"; done >"$T/big.conllu"
nw=$(awk -F'\t' 'NF == 10 && $1 ~ /^[0-9]+$/ {n++} END {print n}' "$T/big.conllu")
now() { date +%s.%N; }
t0=$(now); "$B/dyad" parse --conllu --data "$DATA" <"$T/big.conllu" >/dev/null; t1=$(now)
"$B/dyad" parse --conllu --data "$DATA" </dev/null >/dev/null
l0=$(now); for i in 1 2 3 4 5 6 7 8 9 10; do "$B/dyad" parse --conllu --data "$DATA" </dev/null >/dev/null; done; l1=$(now)
size=$(wc -c <"$DATA/parse/model.bin")
awk -v nw="$nw" -v t0="$t0" -v t1="$t1" -v l0="$l0" -v l1="$l1" -v size="$size" 'BEGIN {
  load = (l1 - l0) / 10
  printf "speed  %.0f words/s (tagging, lemmas and parsing, one core, %d words, model loading included)\n", nw / (t1 - t0), nw
  printf "load   %.1f ms (a whole run on empty input: process start and model load)\n", load * 1000
  printf "model  %.2f MB\n", size / 1e6 }'

#!/bin/sh
# eval-coder.sh: the coder's figures on the development set.
#  1. k-fold cross-validation: the event model is trained k times, each
#     time without one fold of the development sentences (synthetic
#     sentences always in), and each fold is coded by the model that did
#     not see it. These are the figures to report.
#  2. the shipped model as it is (it was trained on all of the set: an
#     in-sample figure, printed for comparison only).
# usage: tools/eval-coder.sh BUILD_DIR [K]
set -eu
B=${1:-build}
K=${2:-5}
DEV=../shared/corpus/events-dev
SCORE=../shared/tools/score-events
if [ ! -d "$DEV" ] || [ ! -x "$SCORE" ]; then
  echo "eval: ../shared/corpus/events-dev or ../shared/tools/score-events missing; skipped"
  exit 0
fi
T=${EVAL_DIR:-$(mktemp -d)}; mkdir -p "$T"; rm -f "$T"/*.out
[ -n "${EVAL_DIR:-}" ] || trap 'rm -rf "$T"' EXIT
python3 tools/dev2train.py "$DEV" > "$T/dev.tsv"
for set in gsr plv; do "$SCORE" --set $set --input "$T/$set.jsonl"; done
python3 - "$T" "$K" <<'PY'
import json, re, sys, zlib
t, k = sys.argv[1], int(sys.argv[2])
clean = lambda s: re.sub(r"[\t\r\n]+", " ", s).strip() or "-"
for st in ("gsr", "plv"):
    outs = [open(f"{t}/{st}.{i}.jsonl", "w") for i in range(k)]
    for line in open(f"{t}/{st}.jsonl"):
        r = json.loads(line)
        outs[zlib.crc32(clean(r["text"]).encode()) % k].write(line)
PY
i=0
while [ $i -lt "$K" ]; do
  "$B/train-coder" ${TRAIN_OPTS:-} --dev "$T/dev.tsv" --folds "$K" --exclude-fold $i -o "$T/m$i.bin" data/train/*.tsv 2>"$T/train$i.log"
  for set in gsr plv; do
    DYAD_EVENT_MODEL="$T/m$i.bin" "$B/dyad" code --format jsonl < "$T/$set.$i.jsonl" >> "$T/$set.out"
  done
  i=$((i + 1))
done
echo "== $K-fold cross-validation (each sentence coded by a model trained without it)"
for set in gsr plv; do "$SCORE" --set $set --events "$T/$set.out" | grep -v '^  miss'; done
echo "== the shipped model (trained on all of these sentences: in-sample, for comparison only)"
"$SCORE" "$B/dyad" | grep -E '\] (sentences|joint)'

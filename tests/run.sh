#!/bin/sh
# run.sh: every test of dyad. Usage: tests/run.sh BUILD_DIR
# Runs the unit tests, the data-driven spec tests, the training data's check
# (tools/check-train.py), the general-news corpus
# test, the CAMEO table check
# (skipped without the shared reference files), the command-line and
# bad-input tests, the acceptance test on the seed documents and the seed-event
# scorer (tools/score-seed-events.py) on its gold file; each part
# prints "N passed, N failed" and the last line sums them up. A part that
# exits non-zero without counting a failure counts as one failure.
B=${1:-build}
export DYAD_DATA="$(pwd)/data"
export DYAD_BIN="$(pwd)/$B/dyad"
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
pass=0; fail=0
tally() { # $1: the part's exit status; its output is in $tmp
  cat "$tmp"
  line=$(grep -E '[0-9]+ passed, [0-9]+ failed' "$tmp" | tail -n 1)
  if [ -z "$line" ]; then fail=$((fail + 1)); echo "  (no result line: counted as a failure)"; return; fi
  p=$(printf '%s' "$line" | grep -oE '[0-9]+ passed' | grep -oE '[0-9]+')
  f=$(printf '%s' "$line" | grep -oE '[0-9]+ failed' | grep -oE '[0-9]+')
  pass=$((pass + p)); fail=$((fail + f))
  if [ "$1" -ne 0 ] && [ "$f" -eq 0 ]; then fail=$((fail + 1)); echo "  (exit status $1: counted as a failure)"; fi
}
for t in "$B"/tests/test_*; do
  [ -x "$t" ] || continue
  echo "== unit: $(basename "$t")"
  "$t" >"$tmp" 2>&1; tally $?
done
echo "== spec: tests/spec"
python3 tests/spec.py tests/spec >"$tmp" 2>&1; tally $?
echo "== training data: tools/check-train.py (data/train)"
python3 tools/check-train.py -q >"$tmp" 2>&1; tally $?
echo "== CAMEO table against the 1.1b3 reference and a GDELT export"
python3 tests/cameo.py >"$tmp" 2>&1; tally $?
echo "== general news: tests/general.py (tests/data/general)"
python3 tests/general.py >"$tmp" 2>&1; tally $?
echo "== facts: tests/facts (quotes and figures)"
python3 tests/facts.py tests/facts >"$tmp" 2>&1; tally $?
echo "== places: tests/places (spec cases, accuracy sample)"
python3 tests/places.py >"$tmp" 2>&1; tally $?
echo "== the gazetteer builder: tests/gazetteer.py (alternate names)"
python3 tests/gazetteer.py >"$tmp" 2>&1; tally $?
echo "== command line and bad input"
sh tests/cli.sh >"$tmp" 2>&1; tally $?
echo "== the HTML brief in headless Chromium"
sh tests/html.sh >"$tmp" 2>&1; tally $?
echo "== acceptance: seed documents"
python3 tests/seeds.py >"$tmp" 2>&1; tally $?
echo "== the seed-event scorer and its gold (figures reported, not checked)"
python3 tests/seed_events.py >"$tmp" 2>&1; tally $?
echo "== total"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]

#!/bin/sh
# The development-set figures of dyad alone and with the field's dictionaries
# (TABARI's and Phoenix's, read in place from ../shared/dictionaries), and
# what loading them costs: `make eval-dict`.
# usage: bench/dict-eval.sh BUILD_DIR
set -u
B=${1:-build}
SH=../shared
D=$SH/dictionaries
SCORE=$SH/tools/score-events
if [ ! -x "$SCORE" ] || [ ! -d "$D/tabari" ] || [ ! -d "$D/phoenix" ]; then
  echo "eval-dict: needs $SCORE and $D/{tabari,phoenix}: skipped"; exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
TABARI="--dict $D/tabari/CountryInfo.120116.actors --dict $D/tabari/Internatnl.120521.actors --dict $D/tabari/Levant.080629.actors
 --dict $D/tabari/CAMEO.RCS.120521.actors --dict $D/tabari/CAMEO.ECS.120522.actors --dict $D/tabari/PSU.120522.agents --dict $D/tabari/CAMEO.080612.verbs"
PHOENIX="--dict $D/phoenix/Phoenix.Countries.actors.txt --dict $D/phoenix/Phoenix.International.actors.txt
 --dict $D/phoenix/Phoenix.MilNonState.actors.txt --dict $D/phoenix/Phoenix.agents.txt --dict $D/phoenix/CAMEO.2.0.txt"
ACTORS_T="--dict $D/tabari/CountryInfo.120116.actors --dict $D/tabari/Internatnl.120521.actors --dict $D/tabari/Levant.080629.actors --dict $D/tabari/PSU.120522.agents"
ACTORS_P="--dict $D/phoenix/Phoenix.Countries.actors.txt --dict $D/phoenix/Phoenix.International.actors.txt --dict $D/phoenix/Phoenix.MilNonState.actors.txt --dict $D/phoenix/Phoenix.agents.txt"
for set in gsr plv; do "$SCORE" --input "$T/$set.jsonl" --set $set >/dev/null; done
run() { # name, dict options
  name=$1; shift
  # load time and peak memory: dyad code started on no input (the dictionaries, parser and event model loaded)
  /usr/bin/time -f "%e %U %M" -o "$T/time" "$B/dyad" code --format jsonl "$@" </dev/null >/dev/null 2>&1
  set -- $(tail -n 1 "$T/time") "$@"
  wall=$1 user=$2 kb=$3; shift 3
  line="$name: load ${user}s CPU, ${kb} KB peak"
  for set in gsr plv; do
    "$B/dyad" code --format jsonl "$@" < "$T/$set.jsonl" > "$T/$set.out" 2>/dev/null
    "$SCORE" --events "$T/$set.out" --set $set --json "$T/$set.json" >/dev/null
    line="$line; $set: $(python3 -c "import json,sys; d=json.load(open(sys.argv[1]))[0]; print('coverage %.1f%%, category %.1f%%, source %.1f%%, joint %.1f%%' % tuple(100 * d[k] for k in ('coverage', 'category', 'source', 'joint')))" "$T/$set.json")"
  done
  echo "$line"
}
run "dyad alone" 
# shellcheck disable=SC2086
run "TABARI actors and agents" $ACTORS_T
# shellcheck disable=SC2086
run "TABARI (actors, agents, verbs)" $TABARI
# shellcheck disable=SC2086
run "Phoenix actors and agents" $ACTORS_P
# shellcheck disable=SC2086
run "Phoenix (actors, agents, CAMEO.2.0 verbs)" $PHOENIX

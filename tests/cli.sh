#!/bin/sh
# cli.sh: the command line end to end, and bad input. Prints one line per
# check and "N passed, N failed". Needs DYAD_BIN and DYAD_DATA (tests/run.sh
# sets them) and python3 and sqlite3 (make deps installs them).
D=${DYAD_BIN:-build/dyad}
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
pass=0; fail=0
ok()  { pass=$((pass + 1)); echo "ok    $1"; }
bad() { fail=$((fail + 1)); echo "FAIL  $1"; [ -n "$2" ] && printf '      %s\n' "$2"; }
check() { # check DESCRIPTION COMMAND...
  desc=$1; shift
  if "$@" >"$T/out" 2>"$T/err"; then ok "$desc"; else bad "$desc" "$(head -c 400 "$T/err")"; fi
}
export DYAD_TODAY=2026-01-01

# ---- help on every command
for c in ingest read code events actors export brief watch dict parse series network baserates; do
  check "dyad $c --help" sh -c "$D $c --help | grep -q usage"
done
check "dyad --help" sh -c "$D --help | grep -q commands"
check "an unknown command fails" sh -c "! $D frobnicate 2>/dev/null"

# ---- ingest the sample corpus
$D ingest --db "$T/a.db" examples/ 2>"$T/ingest.err"; rc=$?
nread=$(sed -n 's/^read \([0-9]*\),.*/\1/p' "$T/ingest.err")
[ $rc -eq 0 ] && ok "ingest examples/ exits 0" || bad "ingest examples/ exits 0 (got $rc)" "$(cat "$T/ingest.err")"
n=$(sqlite3 "$T/a.db" "select count(*) from articles")
[ "$n" -ge 30 ] && ok "at least 30 articles stored ($n)" || bad "at least 30 articles stored ($n)"
ne=$(sqlite3 "$T/a.db" "select count(*) from events")
[ "$ne" -ge 30 ] && ok "events stored ($ne)" || bad "events stored ($ne)"
dups=$(sqlite3 "$T/a.db" "select count(*) from (select hash from articles group by hash having count(*)>1)")
[ "$dups" -eq 0 ] && ok "the exact repost in examples/ is stored once" || bad "repost stored twice"
j=$(sqlite3 "$T/a.db" "pragma journal_mode")
[ "$j" = wal ] && ok "store is in WAL mode" || bad "store is in WAL mode ($j)"

# ---- re-ingest: nothing stored twice
$D ingest --db "$T/a.db" examples/ 2>"$T/re.err"
grep -q "read $nread, stored 0, duplicates $nread, near-duplicates 0," "$T/re.err" && ok "re-ingest stores nothing and counts $nread duplicates" || bad "re-ingest counts" "$(cat "$T/re.err")"
n2=$(sqlite3 "$T/a.db" "select count(*) from articles")
[ "$n2" -eq "$n" ] && ok "article count unchanged after re-ingest" || bad "article count changed ($n -> $n2)"

# ---- queries
$D events --db "$T/a.db" --format json >"$T/ev.json"
python3 - "$T/ev.json" <<'PY' && ok "events --format json: every field present and spans inside the sentence" || bad "events --format json fields"
import json, sys
need = ["doc_id", "doc_path", "doc_title", "date", "date_precision", "source", "target", "code", "root", "quad",
        "goldstein", "modality", "sentence", "source_span", "verb_span", "target_span"]
rows = [json.loads(l) for l in open(sys.argv[1])]
assert rows, "no events"
for r in rows:
    for k in need:
        assert k in r, k
    assert r["modality"] == "asserted"
    assert r["code"].startswith(r["root"])
    s = r["sentence"].encode()
    for k in ("source_span", "verb_span", "target_span"):
        if r[k]:
            a, b = r[k]
            assert 0 <= a < b <= len(s), (k, r)
    v = r["verb_span"]
    assert v, r
PY
$D events --db "$T/a.db" --format json --all | wc -l >"$T/nall"
na=$(cat "$T/nall"); nd=$(wc -l <"$T/ev.json")
[ "$na" -gt "$nd" ] && ok "--all adds non-asserted events ($nd -> $na)" || bad "--all adds events ($nd -> $na)"
$D events --db "$T/a.db" --format tsv --actor PAK | tail -n +2 >"$T/pak.tsv"
[ -s "$T/pak.tsv" ] && awk -F'\t' '$2 !~ /^PAK/ && $3 !~ /^PAK/ {exit 1}' "$T/pak.tsv" && ok "--actor PAK keeps PAK events" || bad "--actor PAK"
$D events --db "$T/a.db" --format tsv --dyad IRN,PAK | tail -n +2 >"$T/dy.tsv"
[ -s "$T/dy.tsv" ] && awk -F'\t' '!(($2 ~ /^IRN/ && $3 ~ /^PAK/) || ($2 ~ /^PAK/ && $3 ~ /^IRN/)) {exit 1}' "$T/dy.tsv" && ok "--dyad IRN,PAK keeps both directions only" || bad "--dyad IRN,PAK"
$D events --db "$T/a.db" --format tsv --since 2025-01-01 --until 2025-06-30 | tail -n +2 >"$T/dt.tsv"
[ -s "$T/dt.tsv" ] && awk -F'\t' 'substr($1 "-01-01",1,10) < "2025-01-01" || substr($1,1,10) > "2025-06-30" {exit 1}' "$T/dt.tsv" && ok "--since/--until bound the dates" || bad "--since/--until"
$D events --db "$T/a.db" --format tsv --root 19 | tail -n +2 >"$T/r.tsv"
[ -s "$T/r.tsv" ] && awk -F'\t' '$5 != "19" {exit 1}' "$T/r.tsv" && ok "--root 19" || bad "--root 19"
$D events --db "$T/a.db" --format tsv --quad 4 | tail -n +2 >"$T/q.tsv"
[ -s "$T/q.tsv" ] && awk -F'\t' '$6 != 4 {exit 1}' "$T/q.tsv" && ok "--quad 4" || bad "--quad 4"
check "events --format table" sh -c "$D events --db $T/a.db | head -1 | grep -q modality"
check "bad --quad is refused" sh -c "! $D events --db $T/a.db --quad 7 2>/dev/null"
check "a malformed --since is refused" sh -c "! $D events --db $T/a.db --since 2025-6 2>/dev/null"
check "a missing store is reported by name" sh -c "! $D events --db $T/none.db 2>$T/none.err && grep -q none.db $T/none.err"

# ---- failed writes exit non-zero and say why
for c in "actors" "events" "export --format gdelt" "brief"; do
  $D $c --db "$T/a.db" >/dev/full 2>"$T/full.err"; rc=$?
  [ $rc -ne 0 ] && grep -q "^dyad: cannot write standard output" "$T/full.err" && ok "dyad $c > /dev/full fails and says so" || bad "dyad $c > /dev/full (rc $rc)" "$(cat "$T/full.err")"
done
$D brief --db "$T/a.db" -o "$T/nowhere/b.md" 2>"$T/o.err"; rc=$?
[ $rc -ne 0 ] && grep -q "^dyad: cannot write .*nowhere/b.md: No such file" "$T/o.err" && ok "brief -o into a missing directory fails by name" || bad "brief -o invalid" "$(cat "$T/o.err")"

# ---- arguments
na=$($D events --db "$T/a.db" --format tsv --actor PAK | wc -l); nb=$($D events --db "$T/a.db" --format tsv --actor pak | wc -l)
[ "$na" -gt 1 ] && [ "$na" = "$nb" ] && ok "--actor pak is --actor PAK" || bad "--actor case ($na vs $nb)"
na=$($D events --db "$T/a.db" --format tsv --dyad IRN,PAK | wc -l); nb=$($D events --db "$T/a.db" --format tsv --dyad irn,Pak | wc -l)
[ "$na" -gt 1 ] && [ "$na" = "$nb" ] && ok "--dyad irn,Pak is --dyad IRN,PAK" || bad "--dyad case ($na vs $nb)"
$D brief --db "$T/a.db" --focus irn,pak >"$T/fl.md"; $D brief --db "$T/a.db" --focus IRN,PAK >"$T/fu.md"
[ "$(sed 1d "$T/fl.md")" = "$(sed 1d "$T/fu.md")" ] && grep -q '\[1\]' "$T/fl.md" && ok "--focus irn,pak is --focus IRN,PAK" || bad "--focus case"
check "--dyad with three codes is refused" sh -c "! $D events --db $T/a.db --dyad IRN,PAK,USA 2>$T/e && grep -q 'two actor codes' $T/e"
check "--since 2025-13-01 is refused" sh -c "! $D events --db $T/a.db --since 2025-13-01 2>$T/e && grep -q month $T/e"
check "--until 2025-02-30 is refused" sh -c "! $D events --db $T/a.db --until 2025-02-30 2>$T/e && grep -q 'does not exist' $T/e"
check "--since 2024-02-29 (a leap day) is taken" "$D" events --db "$T/a.db" --since 2024-02-29
check "export without --format is refused, listing the formats" sh -c "! $D export --db $T/a.db >$T/o 2>$T/e && grep -q 'gdelt' $T/e && grep -q csv $T/e && [ ! -s $T/o ]"
check "an option of another command is refused" sh -c "! $D events --db $T/a.db --focus IRN 2>$T/e && grep -q -- '--focus is not an option' $T/e"
check "ingest refuses --since" sh -c "! $D ingest --db $T/x.db --since 2025 examples/ 2>$T/e && grep -q -- '--since' $T/e && [ ! -e $T/x.db ]"
check "dyad --data DIR COMMAND" sh -c "$D --data ${DYAD_DATA:-data} dict check | grep -q countries"
check "dyad --data=DIR COMMAND" sh -c "DYAD_DATA=/nonexistent $D --data=${DYAD_DATA:-data} events --db $T/a.db --format json | grep -q plover"
$D events --db "$T/a.db" --all --format json >"$T/every.json"
for r in "2025-06-01 -" "- 2024-03" "2024 2024" "2025-06 2025-06-30" "2020 2021-02-15"; do
  set -- $r
  a=""; [ "$1" != - ] && a="--since $1"; b=""; [ "$2" != - ] && b="--until $2"
  $D events --db "$T/a.db" --all --format json $a $b >"$T/iv.json"
  python3 - "$T/every.json" "$T/iv.json" "$1" "$2" <<'PY' && ok "dates compare as intervals ($r)" || bad "interval filter ($r)"
import json, sys, calendar
def span(d):
    if d.endswith("s"): return d[:3] + "0-01-01", d[:3] + "9-12-31"
    p = d.split("-")
    if len(p) == 1: return d + "-01-01", d + "-12-31"
    if len(p) == 2: return d + "-01", d + "-%02d" % calendar.monthrange(int(p[0]), int(p[1]))[1]
    return d, d
every = [json.loads(l) for l in open(sys.argv[1])]
got = {json.loads(l)["event_id"] for l in open(sys.argv[2])}
s, u = sys.argv[3], sys.argv[4]
want = set()
for e in every:
    if not e["date"]: continue
    a, b = span(e["date"])
    if s != "-" and b < span(s)[0]: continue
    if u != "-" and a > span(u)[1]: continue
    want.add(e["event_id"])
assert got == want, (len(got), len(want), sorted(got ^ want)[:5])
assert s != "2024" or any(e["date_precision"] != "day" for e in every if e["event_id"] in want)
PY
done
ny=$($D events --db "$T/a.db" --all --format json --since 2025-06-01 | grep -c '"date":"2025"')
[ "$ny" -ge 1 ] && ok "an event dated only 2025 is kept by --since 2025-06-01 ($ny)" || bad "year-only event and --since"

# ---- the store's file: read-only, full, foreign, versioned
[ "$(sqlite3 "$T/a.db" 'pragma user_version')" = 4 ] && ok "the store records its schema version (4)" || bad "user_version"
[ "$(sqlite3 "$T/a.db" 'select count(*) from events where goldstein != round(goldstein, 1)')" = 0 ] && [ "$(sqlite3 "$T/a.db" "select count(*) from events where goldstein like '%.%' and goldstein not like '%.0'")" -gt 0 ] \
  && ok "Goldstein stored exactly (-9.2, not -9.199999809265137)" || bad "Goldstein stored exactly"
sqlite3 "$T/foreign.db" "create table users(id integer primary key, name text); insert into users(name) values('x')"
cp "$T/foreign.db" "$T/foreign0.db"
$D ingest --db "$T/foreign.db" examples/ 2>"$T/fo.err"; rc=$?
[ $rc -eq 2 ] && grep -q "another program (tables: users)" "$T/fo.err" && cmp -s "$T/foreign.db" "$T/foreign0.db" && [ ! -e "$T/foreign.db-wal" ] \
  && ok "another program's SQLite file is refused and left untouched" || bad "foreign database" "$(cat "$T/fo.err")"
if unshare -m true 2>/dev/null; then
  mkdir "$T/ro"; cp "$T/a.db" "$T/ro/a.db"
  unshare -m sh -c "mount --bind '$T/ro' '$T/ro' && mount -o remount,ro,bind '$T/ro' && $D events --db '$T/ro/a.db' --format tsv --actor PAK" >"$T/ro.out" 2>"$T/ro.err"; rc=$?
  [ $rc -eq 0 ] && [ "$(wc -l <"$T/ro.out")" = "$(wc -l <"$T/pak.tsv" | awk '{print $1 + 1}')" ] && ok "a store on a read-only mount can be queried" || bad "read-only mount" "$(cat "$T/ro.err")"
  mkdir "$T/small"
  python3 -c "
import json
for i in range(4000):
    print(json.dumps({'id': f'f{i}', 'published': '2025-05-01', 'text': f'Report {i}: Iran condemned Israel on Monday. Pakistan and Iran signed {i} agreements. ' * 8}))
" >"$T/full.jsonl"
  unshare -m sh -c "mount -t tmpfs -o size=3m tmpfs '$T/small' && $D ingest --jobs 2 --db '$T/small/s.db' '$T/full.jsonl'" >/dev/null 2>"$T/fullsq.err"; rc=$?
  [ $rc -eq 2 ] && grep -q "the disk is full (SQLITE_FULL" "$T/fullsq.err" && grep -q "articles stored before (kept)" "$T/fullsq.err" && grep -q "^read [0-9]*, stored" "$T/fullsq.err" \
    && ! grep -q "no transaction is active" "$T/fullsq.err" && ok "a full disk is named, with the counts so far" || bad "full disk (rc $rc)" "$(cat "$T/fullsq.err")"
else
  echo "SKIP  read-only mount and full disk: no mount namespace (unshare -m)"
fi

# ---- GDELT export
$D export --db "$T/a.db" --format gdelt >"$T/g.tsv"
python3 - "$T/g.tsv" <<'PY' && ok "export --format gdelt: 61 columns, dates, codes, Goldstein" || bad "gdelt export"
import sys
rows = [l.rstrip("\n").split("\t") for l in open(sys.argv[1])]
assert rows
for r in rows:
    assert len(r) == 61, len(r)
    assert r[1].isdigit() and len(r[1]) == 8, r[1]
    assert r[26].startswith(r[28]) and r[27] == r[26][:3], r
    assert r[29] in "1234"
    float(r[30])
    assert r[60], "SOURCEURL"
    assert len(r[59]) == 14 and r[59].isdigit() and not r[59].endswith("000000"), r[59]  # DATEADDED: when stored
    if r[5].endswith(("INSTTP", "INSTAL")) or r[5].endswith("REBBLA"):
        assert r[8] == r[5][6:] and r[13] == "", r  # armed groups: KnownGroupCode, not Type2Code
PY
# ---- happenings and analysis
$D events --db "$T/a.db" --all --format json >"$T/hap.json"
$D export --db "$T/a.db" --all --format gdelt >"$T/hap.gdelt"
python3 - "$T/hap.json" "$T/hap.gdelt" <<'PY' && ok "happenings: every event has one, GDELT has one row per happening with its NumMentions" || bad "happenings in events and export"
import json, sys
ev = [json.loads(l) for l in open(sys.argv[1])]
g = [l.rstrip("\n").split("\t") for l in open(sys.argv[2])]
haps = {}
for e in ev:
    assert e["num_mentions"] >= e["num_articles"] >= 1 and e["num_articles"] >= e["num_sources"] - 0 or e["num_sources"] <= e["num_articles"], e
    haps.setdefault(e["happening"], []).append(e)
assert len(g) == len(haps) < len(ev), (len(g), len(haps), len(ev))
for r in g:
    h = haps[int(r[0])]
    assert int(r[31]) == len(h) and int(r[33]) == len({e["doc_id"] for e in h}), (r[0], r[31], r[33], len(h))
PY
check "dyad series --help" sh -c "$D series --help | grep -q usage"
check "dyad series: IRN -> PAK with a change class" sh -c "$D series --db $T/a.db --dyad IRN,PAK | grep -E '^IRN -> PAK: .*(increase|decrease|no change|new)\$'"
check "dyad series --by week --format json" sh -c "$D series --db $T/a.db --by week --format json | python3 -c 'import json,sys; r=[json.loads(l) for l in sys.stdin]; assert r and all(\"periods\" in x and x[\"change\"] for x in r)'"
check "dyad series --format tsv has a header" sh -c "$D series --db $T/a.db --format tsv | head -1 | grep -q '^source.target.period'"
check "dyad network: Pakistan and Iran are nodes" sh -c "$D network --db $T/a.db --format json | python3 -c 'import json,sys; g=json.load(sys.stdin); n={x[\"actor\"] for x in g[\"nodes\"]}; assert {\"PAK\",\"IRN\"} <= n and g[\"edges\"]'"
check "dyad network --format graphml is XML" sh -c "$D network --db $T/a.db --format graphml | python3 -c 'import sys, xml.dom.minidom as m; d=m.parse(sys.stdin); assert d.getElementsByTagName(\"node\")'"
check "dyad baserates --dyad IRN,PAK: counts and shares" sh -c "$D baserates --db $T/a.db --dyad IRN,PAK --format json | python3 -c 'import json,sys; r=[json.loads(l) for l in sys.stdin]; assert r and all(x[\"antecedents\"] >= x[\"followed\"] for x in r)'"
check "dyad series refuses --by year" sh -c "! $D series --db $T/a.db --by year 2>/dev/null"
# a version 2 store (before happenings) is migrated and linked when next opened for writing
cp "$T/a.db" "$T/v2.db"; rm -f "$T/v2.db-wal" "$T/v2.db-shm"
sqlite3 "$T/v2.db" "DROP INDEX events_happening; ALTER TABLE events DROP COLUMN happening_id; DROP TABLE happenings; DROP TABLE happening_sources; PRAGMA user_version=2" 2>"$T/v2.err"
check "a version 2 store is read (no happenings)" sh -c "$D events --db $T/v2.db --format json | grep -q '\"num_mentions\":1'"
$D ingest --quiet --db "$T/v2.db" examples/01-pakistan-recalls-envoy-after-iranian-strike.txt 2>/dev/null
check "a version 2 store is migrated to 4 with its events linked" sh -c "[ \"\$(sqlite3 $T/v2.db 'pragma user_version; select count(*) from events where happening_id is null; select count(*) = (select count(*) from happenings) from happenings')\" = \"\$(printf '4\n0\n1')\" ] && [ \"\$(sqlite3 $T/v2.db 'select count(*) from happenings')\" = \"\$(sqlite3 $T/a.db 'select count(*) from happenings')\" ]"

# who reported an event: stored (version 4) and printed
check "events carry who reported them (attributed_to)" sh -c "$D events --db $T/a.db --all --format json | python3 -c 'import json,sys; r=[json.loads(l) for l in sys.stdin]; a=[x for x in r if x[\"attributed_to\"]]; assert a and all(\"attributed_code\" in x and \"attributed_span\" in x for x in r); s=[x for x in a if x[\"attributed_span\"]]; assert s and all(x[\"sentence\"].encode()[x[\"attributed_span\"][0]:x[\"attributed_span\"][1]] for x in s)'"
# a version 3 store (before attributions) is read, then migrated when next opened for writing
cp "$T/a.db" "$T/v3.db"; rm -f "$T/v3.db-wal" "$T/v3.db-shm"
sqlite3 "$T/v3.db" "ALTER TABLE events DROP COLUMN attributed_to; ALTER TABLE events DROP COLUMN attributed_code; ALTER TABLE events DROP COLUMN attr_start; ALTER TABLE events DROP COLUMN attr_end; PRAGMA user_version=3" 2>"$T/v3.err"
check "a version 3 store is read (no attributions)" sh -c "$D events --db $T/v3.db --format json | grep -q '\"attributed_to\":null'"
$D ingest --quiet --db "$T/v3.db" examples/01-pakistan-recalls-envoy-after-iranian-strike.txt 2>/dev/null
check "a version 3 store is migrated to 4" sh -c "[ \"\$(sqlite3 $T/v3.db 'pragma user_version; select count(*) >= 0 from events where attributed_to is null')\" = \"\$(printf '4\n1')\" ]"

$D events --db "$T/a.db" --all --format csv >"$T/ev.csv"
python3 - "$T/ev.csv" "$T/every.json" <<'PY' && ok "events --format csv: RFC 4180, one row per event, sentences intact" || bad "csv"
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], newline="", encoding="utf-8")))
js = [json.loads(l) for l in open(sys.argv[2])]
assert len(rows) == len(js) and rows
for r, j in zip(rows, js):
    assert r["sentence"] == j["sentence"] and r["code"] == j["code"] and r["doc_title"] == (j["doc_title"] or ""), (r, j)
PY
$D events --db "$T/a.db" --format plover | python3 -c "
import json, sys
r = [json.loads(l) for l in sys.stdin]
assert r and all(k in x for x in r for k in ('event_type', 'mode', 'context', 'source', 'target', 'date', 'story_date', 'text', 'cameo'))
" && ok "events --format plover: PLOVER fields" || bad "plover"
[ "$(sqlite3 "$T/a.db" "select count(*) from events_view")" = "$(sqlite3 "$T/a.db" "select count(*) from events")" ] \
  && [ "$(sqlite3 "$T/a.db" "select count(*) from events_view where sentence is null or sentence = ''")" = 0 ] && ok "the events_view view: one row per event with its sentence" || bad "events_view"

# ---- actors and brief
check "actors lists PAK" sh -c "$D actors --db $T/a.db | grep -q '^PAK'"
$D brief --db "$T/a.db" -o "$T/brief.md"
python3 - "$T/brief.md" <<'PY' && ok "brief: sections, and every event line cites [n] and quotes its sentence" || bad "brief"
import re, sys
t = open(sys.argv[1], encoding="utf-8").read()
for h in ("## Situation", "## Relations", "## Timeline", "## References"):
    assert h in t, h
body = t.split("## References")[0]
items = [l for l in body.splitlines() if l.startswith("- ")]
assert len(items) >= 10
for l in items:
    assert re.search(r"\[\d+\]", l) and "\u201c" in l, l
rows = [l for l in body.splitlines() if l.startswith("| ") and "\u2194" in l]
assert rows and all(re.search(r"\[\d+\]", r) for r in rows)
refs = re.findall(r"^\[(\d+)\] ", t.split("## References")[1], re.M)
cited = set(re.findall(r"\[(\d+)\]", body))
assert cited <= set(refs), (cited - set(refs))
PY
check "brief --focus IRN,PAK" sh -c "$D brief --db $T/a.db --focus IRN,PAK | grep -q 'Iran'"

# the timeline keeps the most recent lines and says how many earlier ones are left out
last=$(grep '^- \*\*[0-9]' "$T/brief.md" | tail -n 1 | sed 's/^- \*\*\([^*]*\)\*\*.*/\1/')
maxd=$(sqlite3 "$T/a.db" "select max(e.date) from events e where modality = 'asserted' and source != '' and target != ''")
[ "$last" = "$maxd" ] && grep -q "earlier lines are left out" "$T/brief.md" && ok "brief timeline ends with the latest event ($maxd) and counts the lines left out" || bad "timeline keeps the recent lines (last $last, newest $maxd)"
$D brief --db "$T/a.db" --focus XXX >"$T/bx.md"
grep -q "No asserted events for XXX; the store has [0-9]* asserted events" "$T/bx.md" && ok "brief --focus XXX says the store has events, none for XXX" || bad "brief --focus XXX" "$(cat "$T/bx.md")"
# text from articles is escaped in the brief
printf '%s\n' '{"id":"x1","title":"<script>alert(1)</script> *big* [news](javascript:alert(2))","url":"javascript:alert(3)","published":"2025-08-06","text":"Pakistan condemned Israel on Monday <img src=x onerror=alert(4)> [click](javascript:alert(5)) | cell | **loud**."}' >"$T/xss.jsonl"
$D ingest --quiet --db "$T/xss.db" "$T/xss.jsonl" 2>/dev/null
$D brief --db "$T/xss.db" -o "$T/xss.md"
if grep -q "condemned" "$T/xss.md" && ! grep -qi "<script\|<img\|](javascript:\|\*\*loud\|\*big\*\|| cell |" "$T/xss.md" && grep -q "javascript:alert(3)\|javascript:alert\\\\(3\\\\)" "$T/xss.md"; then
  ok "titles, sentences and URLs from articles are escaped in the brief"
else
  bad "brief escaping" "$(grep -i 'script\|condemned\|javascript' "$T/xss.md" | head -5)"
fi

# ---- code: a filter
echo "Pakistan condemned Israel on Monday." | $D code --date 2025-08-06 >"$T/code.json"
python3 -c "
import json,sys
r=[json.loads(l) for l in open('$T/code.json')]
assert len(r)==1 and r[0]['source']=='PAK' and r[0]['target']=='ISR' and r[0]['code'].startswith('11') and r[0]['date']=='2025-08-04', r
" && ok "code: a line in, an event out, dated by its sentence" || bad "code filter" "$(cat "$T/code.json")"
printf '{"id":"a","text":"Iran condemned Israel.","published":"2025-06-14"}\n{"id":"b","text":"No event here."}\n' | $D code --format jsonl >"$T/c2.json"
grep -q '"doc_id":"a"' "$T/c2.json" && ! grep -q '"doc_id":"b"' "$T/c2.json" && ok "code --format jsonl keeps doc ids" || bad "code jsonl"
# an act addressed to someone after the lead with no other side is one-sided: hidden unless --all
s1="Gunmen attacked a police patrol in Mitrovica, killing an officer. Germany condemned the attack."
echo "$s1" | $D code --date 2025-08-06 >"$T/os.json"
echo "$s1" | $D code --all --date 2025-08-06 >"$T/osall.json"
python3 -c "
import json
d=[json.loads(l) for l in open('$T/os.json')]; a=[json.loads(l) for l in open('$T/osall.json')]
assert not [e for e in d if e['source']=='DEU'], d
assert [e for e in a if e['source']=='DEU' and e['modality']=='one-sided' and e['target'] is None], a
" && ok "code: a one-sided reaction after the lead is shown with --all only" || bad "code one-sided" "$(cat "$T/osall.json")"

# --date is for documents that state no date: a record's own date wins, in any form
printf '{"id":"a","text":"Iran condemned Israel.","published":"June 3, 2025"}\n{"id":"b","text":"Iran condemned Israel."}\n{"id":"c","text":"Iran condemned Israel.","published":"2025-06-04"}\n' \
  | $D code --format jsonl --date 2025-08-06 >"$T/c3.json"
python3 -c "
import json
r={x['doc_id']: x['date'] for x in map(json.loads, open('$T/c3.json'))}
assert r == {'a': '2025-06-03', 'b': '2025-08-06', 'c': '2025-06-04'}, r
" && ok "code --date: a record's stated date (June 3, 2025) wins, --date dates the others" || bad "code --date vs stated dates" "$(cat "$T/c3.json")"
# the same in the forms a date line does not take: a time after the day, a
# month alone, two dates, numbers, seconds since 1970; an ambiguous or
# unreadable date is reported and --date dates the record
{
  for r in 'a "Tuesday 4 March 2025 10.00 GMT"' 'b "March 2025"' 'c "Published: March 3, 2025 | Updated: March 4, 2025"' \
           'd "2025-3-3"' 'e "3/3/2025"' 'f "20250303"' 'g 1740960000' 'h 1740960000000' 'i "25/03/2025"' 'j "03/04/2025"' 'k "soon"'; do
    set -- $r; id=$1; shift
    printf '{"id":"%s","text":"Iran condemned Israel.","published":%s}\n' "$id" "$*"
  done
} | $D code --format jsonl --date 2024-01-01 >"$T/c4.json" 2>"$T/c4.err"
python3 -c "
import json
r={x['doc_id']: (x['published'], x['date']) for x in map(json.loads, open('$T/c4.json'))}
want={'a': '2025-03-04', 'b': '2025-03', 'c': '2025-03-03', 'd': '2025-03-03', 'e': '2025-03-03', 'f': '2025-03-03',
      'g': '2025-03-03', 'h': '2025-03-03', 'i': '2025-03-25', 'j': '2024-01-01', 'k': '2024-01-01'}
assert r == {k: (v, v) for k, v in want.items()}, r
" && grep -q '^dyad: -:10: published "03/04/2025" is not a date, ignored' "$T/c4.err" && grep -q '^dyad: -:11: published "soon" is not a date' "$T/c4.err" \
  && ok "code --date: a record's date in any form wins (a time after it, a month, numbers, seconds since 1970)" \
  || bad "code --date vs a record's non-ISO date" "$(cat "$T/c4.json" "$T/c4.err" | cut -c1-200)"
printf 'Talks in Doha\nJune 3, 2025\n\nIran condemned Israel.\n' >"$T/dl.txt"
# dates that do not exist: reported, and never a wrong day or a bare year
printf '{"id":"f","text":"Iran condemned Israel.","published":"2025-02-30"}\n{"id":"g","text":"Iran condemned Israel.","published":"Feb 30, 2025"}\n{"id":"h","text":"Iran condemned Israel.","published":"2025-13-01"}\n' >"$T/nodate.jsonl"
$D read "$T/nodate.jsonl" >"$T/nd.json" 2>"$T/nd.err"
grep -q 'nodate.jsonl:1: published "2025-02-30" is not a date, ignored' "$T/nd.err" && grep -q 'nodate.jsonl:2: published "Feb 30, 2025" is not a date, ignored' "$T/nd.err" \
  && grep -q 'nodate.jsonl:3: published "2025-13-01" is not a date, ignored' "$T/nd.err" \
  && python3 -c "
import json
assert all(json.loads(l)['published'] is None for l in open('$T/nd.json'))
" && ok "a published date that does not exist is reported by file and line, and left empty" || bad "nonexistent published dates" "$(cat "$T/nd.err")"
# rule url-date: an undated record's address states its date in whole path
# segments; other numbers and impossible days state nothing
i=0
for u in "http://x.org/news/2014/12/30/a 2014-12-30" "http://x.org/2015-01/b 2015-01" "http://x.org/a/201408/c 2014-08" \
  "http://x.org/a/2014-12-30/x 2014-12-30" "http://x.org/story/20141230 None" "http://x.org/2014/12 None" \
  "http://x.org/2014/13/01/a None" "http://x.org/2014/02/30/a None" "http://x.org/spring-2015-show None"; do
  set -- $u; i=$((i + 1))
  printf '{"id":"u%d","text":"Iran condemned Israel.","url":"%s"}\n' $i "$1"
done >"$T/url.jsonl"
$D read "$T/url.jsonl" >"$T/url.json" 2>"$T/url.err" && python3 -c "
import json
got = [str(json.loads(l)['published']) for l in open('$T/url.json')]
assert got == ['2014-12-30', '2015-01', '2014-08', '2014-12-30', 'None', 'None', 'None', 'None', 'None'], got
" && ok "an undated record is dated by the date its address states (rule url-date)" || bad "url-date" "$(cat "$T/url.json" "$T/url.err" | cut -c1-200)"
printf 'Talks in Doha\nFeb 30, 2025\n\nIran condemned Israel.\n' >"$T/nodate.txt"
$D read "$T/nodate.txt" >/dev/null 2>"$T/nd2.err"
grep -q 'nodate.txt:1: date line "Feb 30, 2025" is not a date, ignored' "$T/nd2.err" && ok "a date line that does not exist is reported" || bad "nonexistent date line" "$(cat "$T/nd2.err")"
for s in "on Feb 30, 2025" "on 30 February 2025" "on 2025-02-30" "on 2025-13-01" "on Monday, February 30, 2025"; do
  echo "Pakistan condemned Israel $s." | $D code --date 2025-08-06 >"$T/ns.json"
  grep -q '"date":"2025-08-06"' "$T/ns.json" || { bad "a sentence's date that does not exist ($s) is not taken" "$(cat "$T/ns.json")"; continue; }
  ok "a sentence's date that does not exist ($s) is not taken: the article's date stands"
done

# ---- read
$D read examples/wire.jsonl >"$T/read.json"
python3 -c "
import json
r=[json.loads(l) for l in open('$T/read.json')]
assert r and all(k in x for x in r for k in ('doc_id','doc_path','title','source','url','published','date_inferred','text'))
" && ok "read: JSON Lines with the documented fields" || bad "read fields"
$D read tests/data/html/live.html >"$T/live.json"
python3 -c "
import json
r=[json.loads(l) for l in open('$T/live.json')]
assert [x['title'][:20] for x in r] == ['Iran and Pakistan ag', 'Ministers meet in Vi'], r
assert [x['published'] for x in r] == ['2025-08-03', '2025-08-02'], r
" && ok "read: a page of two stories gives two articles, each with its title and date" || bad "read: stories of one page" "$(head -c 300 "$T/live.json")"

# every page of the HTML development set, one by one: no crash (exit status
# under 128) and no sanitizer report (make asan runs this with its build)
H=../shared/corpus/html-dev/html
if [ -d "$H" ]; then
  nh=0; crashed=""
  for f in "$H"/*; do
    [ -f "$f" ] || continue
    nh=$((nh + 1))
    $D read "$f" >/dev/null 2>"$T/page.err"; rc=$?
    if [ $rc -ge 128 ] || grep -q "runtime error:\|Sanitizer" "$T/page.err"; then crashed="$crashed $(basename "$f")($rc)"; fi
  done
  [ -z "$crashed" ] && ok "read: no crash on any of the $nh pages of $H" || bad "read crashed on:$crashed"
else
  echo "SKIP  read over the HTML development set: skipped: ../shared missing"
fi
$D read tests/data/html/stale_sidebar.html >"$T/stale.json" 2>"$T/stale.err"; rc=$?
[ $rc -eq 0 ] && [ "$(wc -l <"$T/stale.json")" -eq 1 ] && ! grep -q "runtime error:\|Sanitizer" "$T/stale.err" \
  && ok "read: stories in a container the story pass leaves out do not crash it" || bad "read stale_sidebar.html (exit $rc)" "$(head -c 300 "$T/stale.err")"

# ---- one job and two give the same events
$D ingest --quiet --jobs 1 --db "$T/j1.db" examples/ 2>/dev/null
$D ingest --quiet --jobs 2 --db "$T/j2.db" examples/ 2>/dev/null
$D events --db "$T/j1.db" --all --format tsv >"$T/j1"; $D events --db "$T/j2.db" --all --format tsv >"$T/j2"
cmp -s "$T/j1" "$T/j2" && ok "--jobs 1 and --jobs 2 store the same events" || bad "--jobs 1 vs 2 differ"
# HTML pages (one of several stories, pages with nothing to read), feeds, text and JSON Lines
# mixed, all parsed by the workers: the same articles in the same order, the same events and
# the same messages, whatever the number of jobs
for j in 1 2 3; do
  DYAD_TODAY=2025-08-06 $D ingest --jobs $j --db "$T/mix$j.db" tests/data/html examples/ tests/data/html/news.html 2>"$T/mix$j.err"
  sqlite3 "$T/mix$j.db" "select id, doc_id, path, line, url, title, source, published, date_precision, date_inferred, meta, hash, sentences,
    hex(sentence_spans), hex(sig), actors, dup_of, length(text) from articles order by id" >"$T/mix$j.art"
  sqlite3 "$T/mix$j.db" "select * from events order by id; select * from happenings order by id; select * from quotes order by id;
    select * from figures order by id; select * from places order by id" >"$T/mix$j.ev"
  grep -v '^read ' "$T/mix$j.err" | sort >"$T/mix$j.msg"
done
[ "$(sqlite3 "$T/mix1.db" "select count(*) from articles where path like '%.html'")" -ge 5 ] \
  && [ "$(sqlite3 "$T/mix1.db" "select count(*) from articles where path like '%.jsonl'")" -ge 1 ] \
  && [ "$(sqlite3 "$T/mix1.db" "select count(*) from articles where path like '%.txt'")" -ge 5 ] \
  && [ "$(sqlite3 "$T/mix1.db" "select count(*) from events")" -ge 20 ] \
  && cmp -s "$T/mix1.art" "$T/mix2.art" && cmp -s "$T/mix1.art" "$T/mix3.art" \
  && cmp -s "$T/mix1.ev" "$T/mix2.ev" && cmp -s "$T/mix1.ev" "$T/mix3.ev" \
  && cmp -s "$T/mix1.msg" "$T/mix2.msg" && grep -q "no_text.html.*skipped" "$T/mix2.msg" \
  && ok "HTML, feeds, text and JSON Lines mixed: --jobs 1, 2 and 3 store the same articles and events in the same order" \
  || bad "mixed input: --jobs 1 vs 2 vs 3 differ" "$(diff "$T/mix1.art" "$T/mix2.art" | head -5; diff "$T/mix1.msg" "$T/mix2.msg" | head -5)"

# ---- near-duplicates: a repost with another headline, a footer and an edit is linked, not coded twice
mkdir "$T/nd"
cp examples/10-pezeshkian-visits-islamabad.txt "$T/nd/a.txt"
{ echo "Iran's president in Pakistan: what the visit means"; echo "August 4, 2025"; echo "Source: Another Outlet"; echo;
  tail -n +5 examples/10-pezeshkian-visits-islamabad.txt | sed 's/agreed to/pledged to/';
  printf '\nRelated Articles\nSubscribe to our newsletter for more news from the region every morning.\n'; } >"$T/nd/b.txt"
cp examples/02-pakistan-strikes-militant-hideouts-inside-iran.txt examples/03-iran-says-women-children-killed-in-pakistani-strike.txt "$T/nd/"
$D ingest --db "$T/nd.db" "$T/nd" 2>"$T/nd.err"
grep -q "stored 3, duplicates 0, near-duplicates 1," "$T/nd.err" && ok "a reposted story is a near-duplicate; the same event told by two outlets is not" || bad "near-duplicates" "$(cat "$T/nd.err")"
[ "$(sqlite3 "$T/nd.db" "select count(*) from articles d join articles o on d.dup_of = o.id where d.path like '%b.txt' and o.path like '%a.txt'")" = 1 ] \
  && [ "$(sqlite3 "$T/nd.db" "select count(*) from events e join articles a on a.id = e.article_id where a.dup_of is not null")" = 0 ] \
  && ok "the repost is linked to the first copy (dup_of) and has no events of its own" || bad "dup_of link"
$D ingest --db "$T/nd.db" "$T/nd/b.txt" 2>"$T/nd2.err"
grep -q "duplicates 1, near-duplicates 0" "$T/nd2.err" && ok "the near-duplicate index survives reopening the store" || bad "reopen" "$(cat "$T/nd2.err")"
cp "$T/nd/b.txt" "$T/nd/c.txt"; sed -i 's/pledged to/promised to/' "$T/nd/c.txt"
$D ingest --db "$T/nd.db" "$T/nd/c.txt" 2>"$T/nd3.err"
grep -q "near-duplicates 1" "$T/nd3.err" && ok "a reopened store still finds near-duplicates" || bad "near-duplicate after reopen" "$(cat "$T/nd3.err")"
$D read --dedup "$T/nd" | python3 -c "
import sys, json
r = {json.loads(l)['doc_path'].rsplit('/', 1)[1]: json.loads(l) for l in sys.stdin}
assert r['b.txt']['dup_of'] == r['a.txt']['doc_id'] and r['b.txt']['similarity'] >= 0.5
assert 'dup_of' not in r['a.txt'] and not any('dup_of' in r[k] for k in r if k.startswith('0'))
" && ok "read --dedup shows the grouping" || bad "read --dedup"

# two ingests into one store at once: originals in one, their reposts in the other; events counted once.
# The second opens the store before the first commits and stores after it.
python3 - "$T/co.jsonl" "$T/cr.jsonl" examples/*.txt <<'PY'
import json, sys
with open(sys.argv[1], "w") as o, open(sys.argv[2], "w") as r:
    for i, p in enumerate(sys.argv[3:]):
        lines = open(p, encoding="utf-8").read().split("\n")
        text = "\n".join(lines[1:])
        o.write(json.dumps({"id": "o%d" % i, "title": lines[0], "text": text}) + "\n")
        r.write(json.dumps({"id": "r%d" % i, "title": "Repost: " + lines[0],
                            "text": text + "\nRelated Articles\nSubscribe to our newsletter for more news from the region every morning."}) + "\n")
PY
$D ingest --quiet --db "$T/seq.db" "$T/co.jsonl" "$T/cr.jsonl" 2>/dev/null
{ cat "$T/co.jsonl"; sleep 3; } | $D ingest --quiet --db "$T/conc.db" - 2>"$T/c1.err" & p1=$!
sleep 0.3
{ sleep 2; cat "$T/cr.jsonl"; } | $D ingest --quiet --db "$T/conc.db" - 2>"$T/c2.err" & p2=$!
wait $p1; r1=$?; wait $p2; r2=$?
es=$(sqlite3 "$T/seq.db" "select count(*) from events"); ec=$(sqlite3 "$T/conc.db" "select count(*) from events")
ns=$(sqlite3 "$T/seq.db" "select count(*) from articles where dup_of is null"); nc=$(sqlite3 "$T/conc.db" "select count(*) from articles where dup_of is null")
[ $r1 -eq 0 ] && [ $r2 -eq 0 ] && [ "$ec" = "$es" ] && [ "$nc" = "$ns" ] && ok "two ingests at once of originals and their reposts count events once ($ec events, $nc originals)" \
  || bad "concurrent ingests ($r1/$r2; events $ec vs $es, originals $nc vs $ns)" "$(cat "$T/c1.err" "$T/c2.err")"

# ---- compressed input, whole and cut short
gzip -c examples/wire.jsonl >"$T/wire.jsonl.gz"
n1=$($D code --format jsonl <examples/wire.jsonl | wc -l)
n2=$($D code --format jsonl <"$T/wire.jsonl.gz" | wc -l)
[ "$n1" -gt 0 ] && [ "$n1" = "$n2" ] && ok "gzip on standard input is read like the plain text ($n2 events)" || bad "gzip stdin ($n1 vs $n2)"
head -c 600 "$T/wire.jsonl.gz" >"$T/cut.jsonl.gz"
$D ingest --db "$T/cut.db" "$T/cut.jsonl.gz" 2>"$T/cut.err"; rc=$?
[ $rc -eq 1 ] && grep -q "cut.jsonl.gz.*\(read error\|cut short\|unexpected end\)" "$T/cut.err" && ok "a truncated .gz file is reported and the run goes on" || bad "truncated gz" "$(cat "$T/cut.err")"

# ---- standard input
cat examples/wire.jsonl | $D ingest --quiet --db "$T/s.db" - 2>/dev/null
[ "$(sqlite3 "$T/s.db" 'select count(*) from articles')" -ge 1 ] && ok "ingest - reads standard input" || bad "ingest -"

# /dev/stdin, a named pipe and a process substitution are read as streams, like -
cat examples/wire.jsonl | $D read /dev/stdin >"$T/ds.json" 2>"$T/ds.err"
nw=$($D read examples/wire.jsonl | wc -l)
[ "$(wc -l <"$T/ds.json")" = "$nw" ] && ok "read /dev/stdin from a pipe ($nw documents)" || bad "read /dev/stdin" "$(cat "$T/ds.err")"
mkfifo "$T/fifo"
timeout 20 sh -c 'gzip -c examples/wire.jsonl >"$1"' sh "$T/fifo" & # the writer gives up if nobody reads
$D read "$T/fifo" >"$T/ff.json" 2>"$T/ff.err"
wait
[ "$(wc -l <"$T/ff.json")" = "$nw" ] && ok "read a named pipe carrying gzip data" || bad "read a named pipe" "$(cat "$T/ff.err")"
if command -v bash >/dev/null; then
  D="$D" bash -c '$D ingest --quiet --db "$1" <(zcat "$2")' sh "$T/ps.db" "$T/wire.jsonl.gz" 2>"$T/ps.err"
  [ "$(sqlite3 "$T/ps.db" "select count(*) from articles")" = "$nw" ] && ok "ingest <(zcat FILE.gz): a process substitution" || bad "ingest <(zcat ...)" "$(cat "$T/ps.err")"
fi
mkdir "$T/withfifo"; mkfifo "$T/withfifo/p"; cp examples/wire.jsonl "$T/withfifo/"
$D read "$T/withfifo" >"$T/wf.json" 2>"$T/wf.err"
[ "$(wc -l <"$T/wf.json")" = "$nw" ] && grep -q "withfifo/p: not a regular file" "$T/wf.err" \
  && ok "a named pipe inside a directory is skipped, not waited on" || bad "named pipe in a directory" "$(cat "$T/wf.err")"

# ---- bad input: reported with file and line or byte, skipped, the rest goes on
mkdir "$T/bad"
printf 'Good article\nAugust 6, 2025\n\nPakistan condemned Israel on Monday.\n' >"$T/bad/good.txt"
printf 'Broken bytes\n\nIran praised \377\376 Pakistan.\n' >"$T/bad/utf8.txt"
: >"$T/bad/empty.txt"
head -c 3000 /dev/zero >"$T/bad/zeros.bin"
printf '{"id":"1","text":"Iran condemned Israel."}\nnot json at all\n{"id":"3","title":"no text"}\n{"id":"4","text":"Qatar praised Egypt."}\n' >"$T/bad/mixed.jsonl"
ln -s "$T/bad/nowhere" "$T/bad/dangling.txt"
$D ingest --db "$T/b.db" "$T/bad" "$T/missing.txt" 2>"$T/bad.err"; rc=$?
[ $rc -eq 1 ] && ok "ingest with bad input exits 1" || bad "ingest with bad input exits 1 (got $rc)"
grep -q "utf8.txt.*invalid UTF-8 in the article.s text at byte" "$T/bad.err" && ok "invalid UTF-8 named with its byte" || bad "invalid UTF-8 message" "$(cat "$T/bad.err")"
grep -q "empty.txt.*empty file" "$T/bad.err" && ok "empty file reported" || bad "empty file message"
grep -q "zeros.bin.*binary" "$T/bad.err" && ok "binary file reported" || bad "binary file message"
grep -q "mixed.jsonl:2: not JSON" "$T/bad.err" && ok "a line that is not JSON is named by its line" || bad "not-JSON line message"
grep -q "mixed.jsonl:3: no \"text\"" "$T/bad.err" && ok "a JSON line without text is named by its line" || bad "no-text line message"
grep -q "dangling.txt.*cannot" "$T/bad.err" && ok "an unreadable file is reported" || bad "unreadable file message"
grep -q "missing.txt.*No such file" "$T/bad.err" && ok "a missing path is reported" || bad "missing path message"
nb=$(sqlite3 "$T/b.db" "select count(*) from articles")
[ "$nb" -eq 4 ] && ok "the good documents are all stored (4)" || bad "good documents stored ($nb, expected 4)"
grep -q "read 4, stored 4, duplicates 0, near-duplicates 0, skipped 6" "$T/bad.err" && ok "the run ends with counts" || bad "final counts" "$(tail -n 1 "$T/bad.err")"

# a 100 MB line in JSON Lines: reported and skipped, the next line is read
python3 -c "
import sys
w=sys.stdout.write
w('{\"id\":\"big\",\"text\":\"'); w('x'*(100<<20)); w('\"}\n'); w('{\"id\":\"after\",\"text\":\"Iran condemned Israel.\"}\n')
" >"$T/big.jsonl"
$D ingest --quiet --db "$T/big.db" "$T/big.jsonl" 2>"$T/big.err"
grep -q "big.jsonl:1: line longer than" "$T/big.err" && [ "$(sqlite3 "$T/big.db" "select doc_id from articles")" = after ] \
  && ok "a 100 MB line is reported by its line and skipped" || bad "100 MB line" "$(cat "$T/big.err")"
rm -f "$T/big.jsonl"

# JSON Lines is judged per record: a NUL byte in line 3 and a byte-order mark
python3 -c "
import sys
w=sys.stdout.buffer.write
w(b'\xef\xbb\xbf')
for i in range(300):
    r=('{\"id\":\"n%d\",\"text\":\"Iran condemned Israel in report %d.\"}' % (i, i)).encode()
    w(r[:12] + b'\0' + r[12:] if i == 2 else r); w(b'\n')
" >"$T/nul.jsonl"
for fo in auto jsonl; do
  $D ingest --quiet --format $fo --db "$T/nul-$fo.db" "$T/nul.jsonl" 2>"$T/nul.err"
  [ "$(sqlite3 "$T/nul-$fo.db" "select count(*) from articles")" = 299 ] && grep -q "nul.jsonl:3: a NUL byte" "$T/nul.err" \
    && [ "$(sqlite3 "$T/nul-$fo.db" "select count(*) from articles where doc_id = 'n0'")" = 1 ] \
    && ok "JSON Lines (--format $fo): a NUL byte skips its line only, a byte-order mark loses nothing" || bad "NUL in JSON Lines ($fo)" "$(cat "$T/nul.err")"
done
printf '\211PNG\r\n\032\n\0\0\0\rIHDR\0\0\0\020\0\0\0\020\010\006\0\0\0\037' >"$T/x.png"
$D read --format jsonl "$T/x.png" >/dev/null 2>"$T/png.err"
grep -q "x.png: binary data (not text), skipped" "$T/png.err" && ok "a PNG given as JSON Lines is refused as binary data" || bad "PNG as JSON Lines" "$(cat "$T/png.err")"

# ---- killed mid-ingest: committed articles are kept, the next run completes the rest
python3 -c "
import json
for i in range(6000):
    print(json.dumps({'id': f'k{i}', 'published': '2025-05-01', 'text': f'Report {i}: Iran condemned Israel on Monday. Pakistan and Iran signed {i} agreements. ' * 8}))
" >"$T/kill.jsonl"
$D ingest --quiet --jobs 2 --db "$T/k.db" "$T/kill.jsonl" 2>/dev/null &
pid=$!
sleep 0.7
kill -9 $pid 2>/dev/null; wait $pid 2>/dev/null
k1=$(sqlite3 "$T/k.db" "select count(*) from articles" 2>/dev/null || echo 0)
ic=$(sqlite3 "$T/k.db" "pragma integrity_check" 2>/dev/null)
[ "$ic" = ok ] && ok "store intact after kill -9 ($k1 articles committed)" || bad "integrity after kill ($ic)"
$D ingest --db "$T/k.db" "$T/kill.jsonl" 2>"$T/k.err"
k2=$(sqlite3 "$T/k.db" "select count(*) from articles")
[ "$k2" -eq 6000 ] && grep -q "duplicates $k1," "$T/k.err" && ok "the next run completes the rest (6000, $k1 already there)" || bad "resume after kill ($k2)" "$(cat "$T/k.err")"

# ---- dictionaries
check "dict check passes on data/" "$D" dict check
if [ -f /usr/share/iso-codes/json/iso_3166-1.json ]; then
  python3 - "${DYAD_DATA:-data}/countries.txt" <<'PY' && ok "every country of Debian's iso-codes list is in countries.txt" || bad "iso-codes coverage"
import json, sys
have = {l.split("\t")[0] for l in open(sys.argv[1], encoding="utf-8") if l.strip() and not l.startswith("#")}
iso = {c["alpha_3"] for c in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]}
missing = iso - have
assert not missing, sorted(missing)
PY
else
  echo "SKIP  iso-codes is not installed: run make deps"
fi
cp -r "${DYAD_DATA:-data}" "$T/dict"
printf 'ZZ\tNowhere\t-\t-\n' >>"$T/dict/countries.txt"
printf '999\tfrobnicate\n' >>"$T/dict/verbs.txt"
$D dict check --data "$T/dict" >"$T/dc.out" 2>"$T/dc.err"; rc=$?
[ $rc -eq 1 ] && grep -q "countries.txt:[0-9]*: country code" "$T/dc.err" && grep -q "verbs.txt:[0-9]*: CAMEO code 999" "$T/dc.err" \
  && ok "dict check names file, line and reason" || bad "dict check errors" "$(cat "$T/dc.err")"

# ---- the field's dictionaries (TABARI and PETRARCH) with --dict
$D dict check tests/data/dict/small.actors --dict tests/data/dict/small.verbs >"$T/dd.out" 2>"$T/dd.err"; rc=$?
[ $rc -eq 1 ] && grep -q "small.actors:[0-9]*: bad date" "$T/dd.err" && grep -q "actor entries: 13 read" "$T/dd.out" \
  && grep -q "words before the verb" "$T/dd.out" && ok "dict check FILE: read, converted, skipped by reason; bad lines named" \
  || bad "dict check FILE" "$(cat "$T/dd.out" "$T/dd.err")"
out=$(echo "Barnaby Quillfeather met Pakistan's president." | $D code --fast --date 1995-06-01 --dict tests/data/dict/small.actors 2>/dev/null)
echo "$out" | grep -q '"GBRGOV"' && ok "code --dict: a TABARI actor's dated code" || bad "code --dict" "$out"
out=$(echo "Pakistan grumbled about India." | $D code --fast --dict verbs:tests/data/dict/small.verbs 2>/dev/null)
echo "$out" | grep -q '"code":"111"' && ok "code --dict verbs:FILE: a TABARI verb" || bad "code --dict verbs:" "$out"
$D code --dict no/such.actors </dev/null >/dev/null 2>"$T/nd.err"
grep -q "no/such.actors: cannot read" "$T/nd.err" && ok "an unreadable --dict is named, the run goes on" || bad "unreadable --dict" "$(cat "$T/nd.err")"
check "--dict is refused where no lexicon is loaded" sh -c "! $D quotes --dict x.actors 2>/dev/null"

# ---- make install: the installed binary finds its dictionaries from any directory
if [ -n "$DYAD_TEST_INSTALL" ]; then
  make -s install PREFIX="$T/inst" >/dev/null 2>"$T/inst.err" && (cd / && env -u DYAD_DATA "$T/inst/bin/dyad" dict check >"$T/inst.out" 2>&1) \
    && grep -q "$T/inst/share/dyad/data" "$T/inst.out" && ok "make install PREFIX=...: the installed dyad runs from any directory" || bad "make install" "$(cat "$T/inst.err" "$T/inst.out" 2>/dev/null | head -5)"
fi
# ---- parse: text and CoNLL-U
printf 'Pakistan condemned the US strikes on Iran. The ministers met for talks.\n\nIran rejected it.\n' | $D parse >"$T/p.out" 2>"$T/p.err"; rc=$?
[ $rc -eq 0 ] && ok "parse exits 0" || bad "parse exits 0 (got $rc)" "$(cat "$T/p.err")"
[ "$(grep -c '^# text = ' "$T/p.out")" -eq 3 ] && ok "parse: a '# text = ' line per sentence" || bad "parse: sentences" "$(head -c 400 "$T/p.out")"
grep -q "$(printf '^2\tcondemned\tcondemn\tVERB\t_\t_\t0\troot\t')" "$T/p.out" && ok "parse: condemned is the root, lemma condemn" || bad "parse: root" "$(head -c 600 "$T/p.out")"
grep -q "$(printf '^1\tPakistan\tpakistan\tPROPN\t_\t_\t2\tnsubj\t')" "$T/p.out" && ok "parse: Pakistan is the subject" || bad "parse: subject" "$(head -c 600 "$T/p.out")"
grep -q "$(printf '\tmet\tmeet\tVERB\t')" "$T/p.out" && ok "parse: met -> meet" || bad "parse: lemma of met"
awk -F'\t' 'NF && !/^#/ && NF != 10 {exit 1}' "$T/p.out" && ok "parse: ten columns a line" || bad "parse: columns"
printf '# sent_id = a\n# text = I don'"'"'t know.\n1\tI\tx\tX\t_\t_\t0\tdep\t_\t_\n2-3\tdon'"'"'t\t_\t_\t_\t_\t_\t_\t_\t_\n2\tdo\tx\tX\t_\t_\t0\tdep\t_\t_\n3\tn'"'"'t\tx\tX\t_\t_\t0\tdep\t_\t_\n4\tknow\tx\tX\t_\t_\t0\tdep\t_\tSpaceAfter=No\n5\t.\tx\tX\t_\t_\t0\tdep\t_\t_\n\n1\tHello\t_\t_\t_\t_\t_\t_\t_\t_\n4.1\tghost\t_\t_\t_\t_\t_\t_\t_\t_\n' \
  | $D parse --conllu >"$T/c.out" 2>"$T/c.err"; rc=$?
[ $rc -eq 0 ] && ok "parse --conllu exits 0" || bad "parse --conllu exits 0 (got $rc)" "$(cat "$T/c.err")"
grep -q '^# sent_id = a$' "$T/c.out" && grep -q "^# text = I don't know.$" "$T/c.out" && ok "parse --conllu keeps comments" || bad "parse --conllu comments" "$(cat "$T/c.out")"
[ "$(grep -c "$(printf '^[0-9]*\t')" "$T/c.out")" -eq 6 ] && ! grep -q ghost "$T/c.out" && ! grep -q "^2-3" "$T/c.out" \
  && ok "parse --conllu keeps the words, drops multiword and empty-node lines" || bad "parse --conllu tokens" "$(cat "$T/c.out")"
grep -q "$(printf '^4\tknow\tknow\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No$')" "$T/c.out" && grep -q "$(printf '^3\tn.t\tnot\tPART\t')" "$T/c.out" \
  && ok "parse --conllu fills lemma, tag, head and relation, keeps MISC" || bad "parse --conllu fields" "$(cat "$T/c.out")"
check "parse: no model is reported" sh -c "! $D parse --data $T/nomodel </dev/null 2>$T/nm.err && grep -q model.bin $T/nm.err"
# places: the command, the GeoJSON export, the GDELT ActionGeo columns
if [ -f "${DYAD_DATA:-data}/gazetteer.tsv" ]; then
  printf 'Pakistani police said a bomb exploded in Quetta, killing four soldiers.\nIran and Pakistan signed an agreement in Islamabad on trade through Gwadar.\n' > "$T/pl.txt"
  "$D" ingest --db "$T/pl.db" --format lines "$T/pl.txt" >/dev/null 2>&1
  "$D" places --db "$T/pl.db" --format tsv > "$T/pl.tsv" 2>&1
  grep -q "	Quetta	PPLA	PK	PK-BA	30.18" "$T/pl.tsv" && grep -q "	Gwadar	" "$T/pl.tsv" \
    && ok "dyad places lists Quetta (PK-BA) and Gwadar" || bad "dyad places" "$(cat "$T/pl.tsv")"
  "$D" export --db "$T/pl.db" --format geojson --all > "$T/pl.geojson" 2>&1
  python3 - "$T/pl.geojson" <<'PY' && ok "export --format geojson: a FeatureCollection of events and places" || bad "geojson export" "$(head -c 400 "$T/pl.geojson")"
import json, sys
g = json.load(open(sys.argv[1]))
assert g["type"] == "FeatureCollection"
kinds = {f["properties"]["kind"] for f in g["features"]}
assert kinds == {"event", "place"}, kinds
for f in g["features"]:
    lon, lat = f["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
PY
  "$D" export --db "$T/pl.db" --format gdelt --all | awk -F'\t' 'NF != 61 {bad=1} $52 == 4 && $54 == "PK" && $58 != "" {geo=1} END {exit bad || !geo}' \
    && ok "export --format gdelt: ActionGeo columns filled" || bad "gdelt ActionGeo"
else
  echo "skip  places: no gazetteer.tsv (make builds it)"
fi

# ---- watch and the HTML brief
printf '%s\n' '# rules' 'clash: IRN PAK material-conflict >= 1 in 7 days' 'quiet one: IND CHN material-conflict >= 5 in 1 day' >"$T/w.rules"
$D watch --db "$T/a.db" --rules "$T/w.rules" >"$T/w.out"; rc=$?
[ $rc -eq 0 ] && grep -q "^FIRED clash (.*w.rules:2)" "$T/w.out" && grep -q "^quiet quiet one (.*w.rules:3)" "$T/w.out" && grep -q "^  20[0-9-]* IRN.* -> PAK" "$T/w.out" \
  && grep -q "rules fired$" "$T/w.out" && ok "watch: the rule that fired with its events, the quiet one, FILE:LINE" || bad "watch" "$(head -5 "$T/w.out")"
$D watch --db "$T/a.db" --rules "$T/w.rules" --format json | python3 -c "
import json, sys
r = [json.loads(l) for l in sys.stdin]
assert len(r) == 2 and r[0]['fired'] and r[0]['hits'] and r[0]['hits'][0]['text'] and not r[1]['fired']" && ok "watch --format json: one object per rule, hits with their sentences" || bad "watch json"
printf '%s\n' 'ok: IRN' 'bad: IRN PAK material-conflict >= 1 in 7 fortnights' >"$T/bad.rules"
$D watch --db "$T/a.db" --rules "$T/bad.rules" 2>"$T/wb.err"; rc=$?
[ $rc -eq 2 ] && grep -q "^dyad: .*bad.rules:2: 'in 7' needs days, weeks or months" "$T/wb.err" && ok "watch: a bad rule is reported as FILE:LINE, exit 2" || bad "watch bad rule (rc $rc)" "$(cat "$T/wb.err")"
$D watch --db "$T/a.db" >/dev/null 2>&1; [ $? -eq 2 ] && ok "watch without --rules: usage, exit 2" || bad "watch without --rules"
$D watch --db "$T/a.db" --rules data/watch/default.rules --since 2025-01-01 >/dev/null && ok "watch: the default rule file parses and runs with --since" || bad "default.rules"
$D brief --db "$T/a.db" --watch "$T/w.rules" -o "$T/bw.md" && grep -q "Fired: clash" "$T/bw.md" && grep -q "^## Watchlist" "$T/bw.md" && ok "brief --watch FILE: the watchlist lists the rules that fired" || bad "brief --watch"
$D brief --db "$T/a.db" --watch "$T/bad.rules" -o "$T/bw2.md" 2>"$T/bw2.err"; [ $? -eq 2 ] && grep -q "bad.rules:2:" "$T/bw2.err" && ok "brief --watch with a bad rule file fails by FILE:LINE" || bad "brief --watch bad"
$D brief --db "$T/a.db" --format pdf >/dev/null 2>&1; [ $? -eq 2 ] && ok "brief --format pdf is refused" || bad "brief --format pdf"
# a day of the week from an article date inferred from its text (a lower bound) is no precise day
printf '%s\n' "Leaders meet in Islamabad" "" "Pakistani and Iranian leaders shake hands in Islamabad, Pakistan, August 3, 2025." "" \
  "During a tense meeting on Tuesday, Eyal Zamir, the military chief of staff, criticized Prime Minister Benjamin Netanyahu." >"$T/inf.txt"
$D ingest --quiet --db "$T/inf.db" "$T/inf.txt" 2>/dev/null
$D events --db "$T/inf.db" --all | grep -q '^2025-08-03  ISRMIL  *ISRGOV' \
  && ok "an inferred article date dates 'on Tuesday' by the article, not by a guessed day months later" || bad "inferred weekday" "$($D events --db "$T/inf.db" --all)"
# rule yearless-bound: a day written without its year after "March 2024" is of 2024, and the article is of that day or later
printf '%s\n' "Talks resume" "" "Negotiators who last met in March 2024 returned to Geneva after the October 14 clashes on the border." \
  "" "Armenia and Azerbaijan resumed talks in Geneva." >"$T/ylb.txt"
$D ingest --quiet --db "$T/ylb.db" "$T/ylb.txt" 2>/dev/null
[ "$(sqlite3 "$T/ylb.db" 'select published, date_inferred from articles')" = "2024-10-14|1" ] \
  && ok "an article's inferred date is raised by a yearless day of its latest stated year (rule yearless-bound)" || bad "yearless-bound" "$(sqlite3 "$T/ylb.db" 'select published, date_inferred from articles')"
# a bombing no one is named to have done: the brief names its place, not the state, as its doer (rule place-source)
printf '%s\n' "Bombing kills police" "" "ISLAMABAD, March 3, 2025 - Two policemen were killed in a roadside bombing in Bannu on Monday." >"$T/ps.txt"
$D ingest --quiet --db "$T/ps.db" "$T/ps.txt" 2>/dev/null
$D brief --db "$T/ps.db" -o "$T/ps.md" && grep -q "Unnamed actor in Bannu (PAK) → Pakistani policemen (PAKCOP)" "$T/ps.md" \
  && ok "brief: an unattributed bombing's source is an 'Unnamed actor in' the place it was done at, not the dateline or the state" || bad "brief place-source" "$(grep -m2 PAKCOP "$T/ps.md")"
# the Situation: one act of co-agents in one sentence is one item, and a quoted stop is not doubled
printf '%s\n' "Strikes on Iran" "" "TEHRAN, June 22, 2025 - Israel and the United States bombed Iran's nuclear sites on Sunday." >"$T/co.txt"
$D ingest --quiet --db "$T/co.db" "$T/co.txt" 2>/dev/null
$D brief --db "$T/co.db" -o "$T/co.md" && grep -q '^\*\*Israel (ISR) and United States (USA) → Iran (IRN)\*\*: .*on Sunday\.”$' "$T/co.md" \
  && ok "brief: co-agents of one act are one Situation item, its quotation ends with the sentence's stop" || bad "brief co-agents" "$(grep -A2 '^## Situation' "$T/co.md")"
# the Relations: a region's government is a dyad of the region, by its name
printf '%s\n' "Europe rebukes Washington" "" "BRUSSELS, June 22, 2025 - European governments condemned the United States over its new tariffs on Sunday." >"$T/eu.txt"
$D ingest --quiet --db "$T/eu.db" "$T/eu.txt" 2>/dev/null
$D brief --db "$T/eu.db" -o "$T/eu.md" && grep -q '^| Europe ↔ United States | 1 |' "$T/eu.md" \
  && ok "brief: EURGOV is a side of the dyad Europe, written by its name" || bad "brief region dyad" "$(grep '↔' "$T/eu.md")"
# an undated article among dated ones: its recollection of early 2024 is background against the collection's latest date,
# out of the relations and of the brief's watchlist
printf '%s\n' "Border clashes" "" "ISLAMABAD, August 3, 2025 - Pakistan condemned Iran on Sunday." >"$T/ud1.txt"
printf '%s\n' "An analysis" "" "A precedent occurred in early 2024 when Iran and Pakistan exchanged missile strikes." >"$T/ud2.txt"
printf '%s\n' "IRN PAK material-conflict >= 1 in 7 days" >"$T/ud.rules"
$D ingest --quiet --db "$T/ud.db" "$T/ud1.txt" "$T/ud2.txt" 2>/dev/null
$D brief --db "$T/ud.db" --watch "$T/ud.rules" -o "$T/ud.md"
grep -q '^- \*\*2024\*\* \\(background\\) Iran (IRN) → Pakistan (PAK)' "$T/ud.md" && grep -q '^| Iran ↔ Pakistan | 1 |' "$T/ud.md" \
  && grep -q '^0 of 1 rules of the watch file fired' "$T/ud.md" \
  && ok "brief: an undated article's 'early 2024' is background against the latest article's date, and fires no watch rule" || bad "undated background" "$(grep -E '2024|↔|fired' "$T/ud.md")"
# Power dynamics: betweenness measured, and the broker named with the two it stands between
printf '%s\n' "Talks" "" "ISLAMABAD, March 3, 2025 - Pakistan held talks with Iran on Monday. Pakistan also held talks with the United States on Tuesday." >"$T/bt.txt"
$D ingest --quiet --db "$T/bt.db" "$T/bt.txt" 2>/dev/null
$D brief --db "$T/bt.db" -o "$T/bt.md" && grep -q 'Pakistan (PAK) has the highest betweenness, 1.00: it has events with both Iran and United States, which have none with each other' "$T/bt.md" \
  && grep -q '^| Pakistan (PAK) | 2 | 2 | 1.00 |' "$T/bt.md" \
  && ok "brief: Power dynamics measures betweenness and names the broker between two actors with no tie" || bad "brief betweenness" "$(sed -n '/^## Power/,/^## Hist/p' "$T/bt.md")"
# the Outlook: a threat put in the past by the words before its verb (rule retrospective) is no outlook
printf '%s\n' "Coalition strains" "" "JERUSALEM, March 3, 2025 - Hezbollah has in the past threatened to strike Israeli cities." \
  "Israel warned Lebanon on Monday that it would strike Hezbollah positions near the border." >"$T/rt.txt"
$D ingest --quiet --db "$T/rt.db" "$T/rt.txt" 2>/dev/null
$D brief --db "$T/rt.db" | sed -n '/^## Outlook/,/^## Watchlist/p' >"$T/rt.md"
grep -q 'Israel (ISR) → Lebanon (LBN)' "$T/rt.md" && ! grep -q 'in the past threatened' "$T/rt.md" \
  && ok "the Outlook: a threat 'in the past' is left out (rule retrospective), a current one kept" || bad "outlook retrospective" "$(cat "$T/rt.md")"
# claims: a toll counts one incident: tolls of different places are no disagreement, tolls of one place are compared
printf '%s\n' "Strikes" "" "ISLAMABAD, March 3, 2025 - Pakistani Taliban militants attacked a police post in Quetta on Monday, killing four policemen." >"$T/tl1.txt"
printf '%s\n' "Raids" "" "KABUL, March 4, 2025 - Pakistani Taliban militants attacked a checkpoint in Kandahar on Monday, killing seven policemen." >"$T/tl2.txt"
printf '%s\n' "Quetta attack" "" "ISLAMABAD, March 4, 2025 - Pakistani Taliban militants attacked a police post in Quetta on Monday, killing six policemen." >"$T/tl3.txt"
$D ingest --quiet --db "$T/tl.db" "$T/tl1.txt" "$T/tl2.txt" 2>/dev/null
$D claims --db "$T/tl.db" >"$T/tl.out"
$D ingest --quiet --db "$T/tl.db" "$T/tl3.txt" 2>/dev/null
$D claims --db "$T/tl.db" >"$T/tl2.out"
! grep -q 'killed' "$T/tl.out" && grep -q 'killed (PAK.*disagree: 4 policemen .* vs 6 policemen\|killed (PAK.*disagree: 6 policemen .* vs 4 policemen' "$T/tl2.out" \
  && ok "claims: tolls of incidents in Quetta and Kandahar are not compared; two tolls of the Quetta attack disagree" || bad "claims toll" "$(cat "$T/tl.out" "$T/tl2.out")"
# the Outlook: an asserted threat is one; a question and a possibility no one stated are not; who stated one is said
printf '%s\n' "Iran and Pakistan trade threats" "" \
  "ISLAMABAD, March 3, 2025 - Iran warned Pakistan on Monday that it would strike militant bases inside Pakistani territory." \
  "Will Pakistan close the border with Iran?" "Pakistan could seek help from China, the analysis suggests." \
  "Pakistan's foreign ministry said Islamabad might expel Iranian diplomats." \
  "In October 2024, India threatened to cut off water supplies to Pakistan." >"$T/ol.txt"
$D ingest --quiet --db "$T/ol.db" "$T/ol.txt" 2>/dev/null
$D brief --db "$T/ol.db" | sed -n '/^## Outlook/,/^## Watchlist/p' >"$T/ol.md"
grep -q '^- \*\*Threat\*\*, Iran (IRN) → Pakistan (PAK)' "$T/ol.md" && grep -q 'according to Pakistan.s foreign ministry' "$T/ol.md" \
  && ! grep -q 'close the border' "$T/ol.md" && ! grep -q 'help from China' "$T/ol.md" && ! grep -q 'water supplies' "$T/ol.md" \
  && grep -q 'Base rate in this store: 1 day-dated IRN → PAK events of root 13 .*, 0 followed within 30 days' "$T/ol.md" \
  && ok "the Outlook: asserted threats, stated possibilities with who stated them; no questions, no unstated musings, no threat stated months before; the base rates of its dyads" || bad "outlook" "$(cat "$T/ol.md")"
$D brief --db "$T/xss.db" --format html -o "$T/xss.html"
if grep -q "condemned" "$T/xss.html" && ! grep -qi "<script\|<img\|href=\"javascript" "$T/xss.html" && grep -q "&lt;img src=x" "$T/xss.html"; then
  ok "the HTML brief escapes titles, sentences and URLs from articles"
else
  bad "HTML brief escaping" "$(grep -i 'script\|img\|javascript' "$T/xss.html" | head -5)"
fi

# ---- --fast: the dictionary coder alone (no parse, no event model)
printf 'Pakistan condemned Israel on Monday.\nThe minister said Iran and Pakistan held talks.\n' >"$T/fast.txt"
$D code --fast --date 2025-08-06 <"$T/fast.txt" >"$T/fast.out" 2>"$T/fast.err" && grep -q '"source":"PAK".*"target":"ISR".*"root":"11"' "$T/fast.out" \
  && ok "code --fast codes with the dictionary coder" || bad "code --fast" "$(cat "$T/fast.err" "$T/fast.out" | head -5)"
DYAD_TRACE=1 $D code --fast --date 2025-08-06 <"$T/fast.txt" 2>"$T/fast.trace" >/dev/null; ! grep -q "candidate \[" "$T/fast.trace" \
  && ok "code --fast parses nothing" || bad "code --fast parsed" "$(head -3 "$T/fast.trace")"
DYAD_TRACE=1 $D code --date 2025-08-06 <"$T/fast.txt" 2>"$T/full.trace" >/dev/null; grep -q "candidate \[condemn\] src PAK (nsubj) tgt ISR (obj)" "$T/full.trace" \
  && ok "code without --fast parses: the rules that found each side are traced" || bad "code trace" "$(head -5 "$T/full.trace")"
grep -qE '^stages \[[0-9a-f]+\]: text [0-9.]+ ms sentences [0-9.]+ ms lexicon [0-9.]+ ms dates [0-9.]+ ms actors [0-9.]+ ms places [0-9.]+ ms events [0-9.]+ ms attribution [0-9.]+ ms$' "$T/full.trace" \
  && ok "DYAD_TRACE: each document's time per stage, in the stages' order" || bad "stage trace" "$(grep stages "$T/full.trace")"
DYAD_TRACE=1 $D ingest --db "$T/st.db" examples/01-pakistan-recalls-envoy-after-iranian-strike.txt 2>&1 >/dev/null \
  | grep -qE '^stages .* places [0-9.]+ ms events [0-9.]+ ms locations [0-9.]+ ms quotes [0-9.]+ ms figures [0-9.]+ ms attribution [0-9.]+ ms$' \
  && ok "ingest runs the places before the coder, the events' locations, quotes, figures and attributions after it" || bad "ingest stages"
# a sentence whose actors cannot be a side of an event (no state, organisation or political sector) is not parsed
echo "Investors condemned the protesters on Monday." | DYAD_TRACE=1 $D code --date 2025-08-06 2>"$T/nopol.trace" >"$T/nopol.out"; \
  ! grep -q "candidate \[" "$T/nopol.trace" && ! grep -q '"root"' "$T/nopol.out" \
  && echo "Pakistan condemned the protesters on Monday." | DYAD_TRACE=1 $D code --date 2025-08-06 2>&1 >/dev/null | grep -q "candidate \[condemn\]" \
  && ok "only a sentence with an actor that can be a side of an event is parsed" || bad "parse gate" "$(head -3 "$T/nopol.trace")"
! $D events --fast --db "$T/none.db" 2>/dev/null && ok "--fast is refused by commands that code nothing" || bad "events --fast accepted"

mkdir -p "$T/baddata" && cp -r data/. "$T/baddata/" && printf 'one-sided\t01 99\n' >"$T/baddata/coder/policy.txt"
echo "Pakistan condemned Israel." | $D --data "$T/baddata" code --date 2025-08-06 >"$T/bd.out" 2>"$T/bd.err"; grep -q "policy.txt:1: '99' is no CAMEO root; the parse-based coder is off" "$T/bd.err" && grep -q '"root":"11"' "$T/bd.out" \
  && ok "a coder data file that cannot load is named, and the dictionary coder codes alone" || bad "bad coder data" "$(cat "$T/bd.err" | head -3)"

mkdir -p "$T/badmg" && cp -r data/. "$T/badmg/" && printf 'min-margin\tlots\n' >"$T/badmg/coder/policy.txt"
echo "Pakistan condemned Israel." | $D --data "$T/badmg" code --date 2025-08-06 2>&1 >/dev/null | grep -q "policy.txt:1: min-margin needs a number" \
  && ok "a margin that is no number is named with its file and line" || bad "bad min-margin"
# the margin decides: with a margin no event can reach, the parse-based coder asserts nothing
mkdir -p "$T/bigmg" && cp -r data/. "$T/bigmg/" && printf 'min-margin\t100\n' >>"$T/bigmg/coder/policy.txt"
echo "Pakistan condemned Israel." | $D --data "$T/bigmg" code --date 2025-08-06 2>/dev/null | grep -q '"root"' \
  && bad "min-margin 100 still gives events" || ok "an event must beat no event by the policy's margin"
mkdir -p "$T/badwc" && cp -r data/. "$T/badwc/" && printf 'negation\tnot never\nfrobnicate\tx y\n' >"$T/badwc/wordclasses.txt"
echo "Pakistan did not condemn Israel." | $D --data "$T/badwc" code --all --date 2025-08-06 >"$T/wc.out" 2>"$T/wc.err"; grep -q "wordclasses.txt:2: unknown word class 'frobnicate'" "$T/wc.err" \
  && ok "a word class the code does not know is named with its file and line" || bad "bad word class" "$(head -3 "$T/wc.err")"

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]

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
for c in ingest read code events actors export brief dict; do
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
[ -s "$T/dt.tsv" ] && awk -F'\t' '$1 < "2025-01-01" || substr($1,1,10) > "2025-06-30" {exit 1}' "$T/dt.tsv" && ok "--since/--until bound the dates" || bad "--since/--until"
$D events --db "$T/a.db" --format tsv --root 19 | tail -n +2 >"$T/r.tsv"
[ -s "$T/r.tsv" ] && awk -F'\t' '$5 != "19" {exit 1}' "$T/r.tsv" && ok "--root 19" || bad "--root 19"
$D events --db "$T/a.db" --format tsv --quad 4 | tail -n +2 >"$T/q.tsv"
[ -s "$T/q.tsv" ] && awk -F'\t' '$6 != 4 {exit 1}' "$T/q.tsv" && ok "--quad 4" || bad "--quad 4"
check "events --format table" sh -c "$D events --db $T/a.db | head -1 | grep -q modality"
check "bad --quad is refused" sh -c "! $D events --db $T/a.db --quad 7 2>/dev/null"
check "a malformed --since is refused" sh -c "! $D events --db $T/a.db --since 2025-6 2>/dev/null"
check "a missing store is reported by name" sh -c "! $D events --db $T/none.db 2>$T/none.err && grep -q none.db $T/none.err"

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
PY

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

# ---- code: a filter
echo "Pakistan condemned Israel on Monday." | $D code --date 2025-08-06 >"$T/code.json"
python3 -c "
import json,sys
r=[json.loads(l) for l in open('$T/code.json')]
assert len(r)==1 and r[0]['source']=='PAK' and r[0]['target']=='ISR' and r[0]['code'].startswith('11') and r[0]['date']=='2025-08-04', r
" && ok "code: a line in, an event out, dated by its sentence" || bad "code filter" "$(cat "$T/code.json")"
printf '{"id":"a","text":"Iran condemned Israel.","published":"2025-06-14"}\n{"id":"b","text":"No event here."}\n' | $D code --format jsonl >"$T/c2.json"
grep -q '"doc_id":"a"' "$T/c2.json" && ! grep -q '"doc_id":"b"' "$T/c2.json" && ok "code --format jsonl keeps doc ids" || bad "code jsonl"

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

# ---- one job and two give the same events
$D ingest --quiet --jobs 1 --db "$T/j1.db" examples/ 2>/dev/null
$D ingest --quiet --jobs 2 --db "$T/j2.db" examples/ 2>/dev/null
$D events --db "$T/j1.db" --all --format tsv >"$T/j1"; $D events --db "$T/j2.db" --all --format tsv >"$T/j2"
cmp -s "$T/j1" "$T/j2" && ok "--jobs 1 and --jobs 2 store the same events" || bad "--jobs 1 vs 2 differ"

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

echo "$pass passed, $fail failed"
[ $fail -eq 0 ]

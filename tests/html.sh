#!/bin/sh
# html.sh: the HTML brief opened in headless Chromium (Debian's chromium,
# installed by make deps when it can be): it renders, its DOM has every
# section and the inline SVG charts, and a screenshot is written.
# Skipped, saying why, when chromium is not installed.
D=${DYAD_BIN:-build/dyad}
pass=0; fail=0
ok() { pass=$((pass + 1)); echo "ok    $1"; }
bad() { fail=$((fail + 1)); echo "FAIL  $1"; [ -n "$2" ] && printf '      %s\n' "$2"; }
CHROMIUM=$(command -v chromium || command -v chromium-browser)
if [ -z "$CHROMIUM" ]; then
  echo "SKIP: chromium is not installed (make deps installs Debian's chromium when it can); the HTML brief was not rendered"
  echo "0 passed, 0 failed, 1 skipped"
  exit 0
fi
T=$(mktemp -d)
trap 'rm -rf "$T"' EXIT
$D ingest --quiet --db "$T/x.db" examples/ 2>/dev/null
$D brief --db "$T/x.db" --format html -o "$T/brief.html" && ok "brief --format html writes the page" || bad "brief --format html"
chrome() { timeout 90 "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
  --disable-sync --no-first-run --user-data-dir="$T/profile" "$@" 2>"$T/chrome.err"; }
chrome --dump-dom "file://$T/brief.html" >"$T/dom.html"
rc=$?
[ $rc -eq 0 ] && [ -s "$T/dom.html" ] && ok "chromium renders the page (--dump-dom)" || bad "chromium --dump-dom (exit $rc)" "$(tail -n 3 "$T/chrome.err")"
python3 - "$T/dom.html" <<'PY' && ok "the rendered DOM has the sections in order, the Goldstein, network and map SVGs, and nothing external" || bad "DOM check"
import re, sys
dom = open(sys.argv[1], encoding="utf-8").read()
ids = ["situation", "key-figures", "disagreements", "who-said-what", "relations", "power-dynamics", "historical-precedent",
       "outlook", "watchlist", "bottom-line", "timeline", "references"]
pos = [dom.find('<section id="%s">' % i) for i in ids]
assert all(p >= 0 for p in pos), [i for i, p in zip(ids, pos) if p < 0]
assert pos == sorted(pos), "order"
for c in ("chart goldstein", "chart network", "chart map"):
    assert '<svg class="%s"' % c in dom, c
assert len(re.findall(r"<circle", dom)) >= 5
assert "<script" not in dom and not re.search(r'(src|href)="(?!#|https?://[^"]*"[^>]*>[^<]*</a>)', dom.split("<section id=\"references\">")[0])
refs = dom.split('<section id="references">')[1]
cited = set(re.findall(r'href="#ref-(\d+)"', dom))
have = set(re.findall(r'<p id="ref-(\d+)"', refs))
assert cited and cited <= have, sorted(cited - have)
PY
chrome --window-size=1100,4000 --screenshot="$T/brief.png" "file://$T/brief.html" >/dev/null
[ -s "$T/brief.png" ] && [ "$(wc -c <"$T/brief.png")" -gt 20000 ] && ok "a screenshot of the page is written ($(wc -c <"$T/brief.png") bytes)" || bad "screenshot"
[ -n "$BRIEF_SCREENSHOT" ] && cp "$T/brief.png" "$BRIEF_SCREENSHOT"
echo "$pass passed, $fail failed"
[ $fail -eq 0 ]

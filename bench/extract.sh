#!/bin/sh
# extract.sh: measures dyad's HTML main-text extraction on the development set against readability-lxml.
#
# usage: sh bench/extract.sh [BUILD_DIR]   (run from the repository root; default build)
#
# Reads ../shared/corpus/html-dev/html/*.html and the expected texts in
# ../shared/corpus/html-dev/text/NAME.txt (NAME is the page's base name, or
# the base name without an "_article" suffix). Pages whose expected text is
# missing, empty, or a note about the page (upper-case ASCII like "EXTRACTED
# NOTHING") are not scored. Score per page: token precision, recall and F1
# (tokens = whitespace split, multiset overlap); the figures are means over
# the scored pages. Speed is input MB per second of extraction time only.
# When Python's readability (Debian python3-readability) is importable, it
# is run on the same pages and scored the same way.
set -e
B=${1:-build}
DEV=../shared/corpus/html-dev
if [ ! -d "$DEV/html" ]; then
  echo "bench-extract: the dev set at $DEV is missing; nothing to measure"
  exit 0
fi
BIN=$B/dyad-extract
if [ ! -x "$BIN" ]; then
  # libdyad.a may not build yet: compile the driver with the extractor alone
  mkdir -p "$B"
  BIN=$B/dyad-extract-standalone
  ${CC:-cc} -std=c11 -D_GNU_SOURCE -O2 -Isrc -o "$BIN" bench/extract.c src/read/html.c \
    $(pkg-config --cflags --libs libxml-2.0 jansson)
fi
OUT=$B/bench-extract
rm -rf "$OUT"
mkdir -p "$OUT/dyad" "$OUT/readability"
# three runs; the fastest counts (the machine may be busy)
for run in 1 2 3; do
  "$BIN" -q -o "$OUT/dyad" "$DEV"/html/*.html >> "$OUT/dyad.speed"
done

PY=""
for p in python3 /usr/bin/python3; do
  if command -v "$p" >/dev/null 2>&1 && "$p" -c 'import readability, lxml.html' 2>/dev/null; then
    PY=$p
    break
  fi
done
if [ -z "$PY" ]; then
  PY=python3
  for p in python3 /usr/bin/python3; do command -v "$p" >/dev/null 2>&1 && PY=$p && break; done
  echo "bench-extract: readability (python3-readability) not importable; scoring dyad only"
fi

"$PY" - "$DEV" "$OUT" <<'EOF'
import collections, glob, os, re, sys, time

dev, out = sys.argv[1], sys.argv[2]
pages = sorted(glob.glob(os.path.join(dev, "html", "*.html")))

def expected_path(page):
    name = os.path.basename(page)[:-5]
    for cand in (name, re.sub(r"_article(\d*)$", r"\1", name)):
        p = os.path.join(dev, "text", cand + ".txt")
        if os.path.exists(p):
            return p
    return None

def is_note(text):
    letters = [c for c in text if c.isalpha()]
    if not letters or not text.isascii():
        return False
    upper = sum(1 for c in letters if c.isupper())
    return upper >= 0.8 * len(letters)

def score(pred, gold):
    p, g = pred.split(), gold.split()
    if not p or not g:
        return 0.0, 0.0, 0.0
    common = sum((collections.Counter(p) & collections.Counter(g)).values())
    pr, rc = common / len(p), common / len(g)
    f = 2 * pr * rc / (pr + rc) if common else 0.0
    return pr, rc, f

gold, gold_notes = {}, {}
skipped = 0
for page in pages:
    ep = expected_path(page)
    text = open(ep, encoding="utf-8", errors="replace").read() if ep else ""
    if text.split():
        gold_notes[page] = text
    if not text.split() or is_note(text):
        skipped += 1
        continue
    gold[page] = text

def mean_f1(texts, golds):
    fs = [score(texts.get(p, ""), g)[2] for p, g in golds.items()]
    return sum(fs) / len(fs) if fs else 0.0

def readability_run():
    try:
        from readability import Document
        import lxml.html
    except ImportError:
        return None
    block = {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote",
             "pre", "table", "tr", "td", "th", "section", "article", "br", "dd", "dt", "dl",
             "figure", "header", "footer", "main", "aside", "nav"}
    plain, blocks, best = {}, {}, 0.0
    raws = [open(page, "rb").read() for page in pages]
    nbytes = sum(len(r) for r in raws)
    summaries = {}
    for run in range(3):  # three runs; the fastest counts, as for dyad
        secs = 0.0
        for page, raw in zip(pages, raws):
            t0 = time.perf_counter()
            try:
                html = Document(raw).summary()
            except Exception:
                html = ""
            secs += time.perf_counter() - t0
            summaries[page] = html
        if secs > 0:
            best = max(best, nbytes / 1e6 / secs)
    for page in pages:
        html = summaries[page]
        plain[page] = blocks[page] = ""
        if html.strip():
            try:
                # as specified: tags stripped with lxml (text_content)
                plain[page] = lxml.html.fromstring(html).text_content()
                # fairer: a line break at each block element, so words of
                # adjacent paragraphs do not run together
                root = lxml.html.fromstring(html)
                for el in root.iter():
                    if isinstance(el.tag, str) and el.tag.lower() in block:
                        el.tail = "\n" + (el.tail or "")
                        el.text = "\n" + (el.text or "")
                blocks[page] = root.text_content()
            except Exception:
                pass
    return plain, blocks, best

def report(label, texts, mbs):
    ps, rs, fs = [], [], []
    for page, g in gold.items():
        pr, rc, f = score(texts.get(page, ""), g)
        ps.append(pr); rs.append(rc); fs.append(f)
    n = len(fs)
    print("%-18s P %.3f  R %.3f  F1 %.3f  %7.2f MB/s   (%d pages scored)" %
          (label, sum(ps) / n, sum(rs) / n, sum(fs) / n, mbs, n))
    return fs

speed = open(os.path.join(out, "dyad.speed")).read().split()
dyad_mbs = max(float(speed[i + 1]) for i, w in enumerate(speed) if w == "MB/s")
dyad = {}
for page in pages:
    p = os.path.join(out, "dyad", os.path.basename(page)[:-5] + ".txt")
    dyad[page] = open(p, encoding="utf-8", errors="replace").read() if os.path.exists(p) else ""

print("dev set: %d pages, %d scored, %d without a usable expected text" %
      (len(pages), len(gold), skipped))
fd = report("dyad", dyad, dyad_mbs)
rd = readability_run()
if rd:
    plain, blocks, rmbs = rd
    fr = report("readability", plain, rmbs)
    fb = report("readability+blocks", blocks, rmbs)
    mean = lambda xs: sum(xs) / len(xs)
    speedup = dyad_mbs / rmbs if rmbs else 0
    print("dyad - readability:        F1 %+.3f, speed x%.1f" % (mean(fd) - mean(fr), speedup))
    print("dyad - readability+blocks: F1 %+.3f" % (mean(fd) - mean(fb)))
    # the ceiling of the +0.05 target on this set: no mix of the two tools,
    # page by page, scores above the better of the two on every page
    print("best of the two on each page: F1 %.3f (readability + 0.05 = %.3f)" %
          (mean([max(a, b) for a, b in zip(fd, fr)]), mean(fr) + 0.05))
    print("with the notes scored as if they were expected texts (%d pages): "
          "dyad F1 %.3f, readability F1 %.3f, readability+blocks F1 %.3f" %
          (len(gold_notes), mean_f1(dyad, gold_notes), mean_f1(plain, gold_notes),
           mean_f1(blocks, gold_notes)))
    print("targets (F1 >= 0.85, >= readability + 0.05, >= 5x its speed): %s" %
          ("met" if mean(fd) >= 0.85 and mean(fd) >= mean(fr) + 0.05 and speedup >= 5 else "NOT met"))
    for page in gold:
        t = os.path.join(out, "readability", os.path.basename(page)[:-5] + ".txt")
        open(t, "w", encoding="utf-8").write(blocks.get(page, ""))
with open(os.path.join(out, "scores.tsv"), "w") as f:
    for page, g in sorted(gold.items()):
        pr, rc, f1 = score(dyad[page], g)
        f.write("%s\t%.3f\t%.3f\t%.3f\n" % (os.path.basename(page), pr, rc, f1))
EOF

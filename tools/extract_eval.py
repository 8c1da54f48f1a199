"""extract_eval.py: what the extraction scorers (score-quotes.py,
score-places.py) share: the gold files of tests/gold, the corpus they label
(html-dev's expected article texts, in ../shared), the split of the
articles into a development and a held-out half by a hash of the file name,
and one run of `dyad ingest` per article."""
import argparse, hashlib, json, os, subprocess, sys, tempfile, unicodedata

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.environ.get("DYAD_BIN", os.path.join(ROOT, "build", "dyad"))
DATA = os.environ.get("DYAD_DATA", os.path.join(ROOT, "data"))
CORPUS = os.environ.get("DYAD_HTMLDEV", os.path.join(ROOT, "..", "shared", "corpus", "html-dev", "text"))


def half(name):
    """'dev' or 'test': the first byte of the SHA-1 of the file name, even or odd."""
    return "test" if hashlib.sha1(name.encode()).digest()[0] % 2 else "dev"


def gold(name):
    """The rows of tests/gold/NAME (tab-separated, # comments)."""
    rows = []
    for line in open(os.path.join(ROOT, "tests", "gold", name), encoding="utf-8"):
        line = line.rstrip("\n")
        if line and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def corpus_or_skip():
    """The corpus directory, or None after a message when it is missing."""
    if not os.path.isdir(CORPUS):
        print("skipped: %s is missing (the articles the gold labels refer to)" % os.path.normpath(CORPUS))
        return None
    if not os.access(BIN, os.X_OK):
        print("skipped: no %s (make builds it)" % BIN)
        return None
    return CORPUS


def fold(s):
    """Lower case, accents off, curly quotes and dashes straightened."""
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    for a, b in (("\u2019", "'"), ("\u2018", "'"), ("\u201c", '"'), ("\u201d", '"'), ("\u2013", "-"), ("\u2014", "-")):
        s = s.replace(a, b)
    return s.lower()


def words(s):
    """The words of s, folded, punctuation dropped (apostrophes kept inside words)."""
    out, cur = [], []
    for c in fold(s) + " ":
        if c.isalnum() or (c == "'" and cur):
            cur.append(c)
        elif cur:
            out.append("".join(cur).strip("'"))
            cur = []
    return [w for w in out if w]


def run(files, command):
    """{file: [rows of `dyad COMMAND --format json`]} for each article, each
    ingested alone (as a file, the way a user would give it)."""
    got = {}
    with tempfile.TemporaryDirectory() as tmp:
        for i, f in enumerate(files):
            db = os.path.join(tmp, "%d.db" % i)
            r = subprocess.run([BIN, "--data", DATA, "ingest", "--quiet", "--no-dedup", "--db", db,
                                os.path.join(CORPUS, f)], capture_output=True, text=True)
            if r.returncode:
                print("ingest failed on %s: %s" % (f, r.stderr.strip()), file=sys.stderr)
                got[f] = []
                continue
            out = subprocess.run([BIN, command, "--db", db, "--format", "json"], capture_output=True, text=True).stdout
            got[f] = [json.loads(l) for l in out.splitlines() if l.strip()]
    return got


def prf(tp_p, n_p, tp_r, n_r):
    """Precision, recall and F1 as percentages (tp_p of n_p predicted right, tp_r of n_r gold found)."""
    p = 100.0 * tp_p / n_p if n_p else 0.0
    r = 100.0 * tp_r / n_r if n_r else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def args(doc, errors_help):
    """The scorers' options: --errors (list the errors of one half), --half dev|test."""
    ap = argparse.ArgumentParser(description=doc.split("\n\n")[0])
    ap.add_argument("--errors", action="store_true", help=errors_help)
    ap.add_argument("--half", default="dev", choices=["dev", "test"], help="the half whose errors --errors lists")
    return ap.parse_args()

"""goldtsv.py: the reader of the project's gold TAB-separated files
(tests/gold/*.tsv), shared by the scorers in tools/."""
import sys


def tsv_rows(path, nfields):
    """(line number, fields) of each data line of a TAB-separated file with a
    header line "ID ..."; '#' lines and blank lines are skipped; a line with
    another number of fields ends the run with its file and line."""
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#") or line.startswith("ID\t"):
                continue
            p = line.split("\t")
            if len(p) != nfields:
                sys.exit(f"{path}:{n}: expected {nfields} fields, got {len(p)}")
            yield n, p

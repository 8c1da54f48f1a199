/* fuzz_jsonl.c: libFuzzer target for the stream readers: JSON Lines (and
 * one-document-per-line input, and sniffing) read from a file descriptor as
 * standard input is, gzip inflated on the fly, then each record as the
 * pipeline's workers handle it: parsed (now or deferred), dated, normalised
 * and coded. The first byte chooses the format, deferral and the --date. */
#include "annotate.h"
#include "lexicon/lexicon.h"
#include "read/read.h"

#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n);

static dy_lexicon *lx;

typedef struct { dy_date given; long docs; } ctx;

/* What a worker does with a document; traps on an event outside the text. */
static int work(void *u, dy_doc *d) {
  ctx *c = u;
  if (d->raw) {
    dy_read_stats rs = {0};
    return dy_read_deferred(d, work, c, &rs); /* each document it holds comes back here */
  }
  c->docs++;
  dy_annotate_opts o = {.resolve_date = 1, .given = c->given, .today = {2025, 8, 6, DY_PREC_DAY}};
  if (dy_annotate(lx, d, &o) == 0) {
    if (d->text && strlen(d->text) != d->len) abort();
    for (uint32_t i = 0; i < d->nevents; i++)
      if (d->events[i].verb_end > d->len || d->events[i].src_end > d->len || d->events[i].tgt_end > d->len) abort();
  }
  dy_doc_free(d);
  return c->docs > 5000; /* enough of one input */
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  if (n < 1) return 0;
  if (!lx) {
    int nerr;
    char why[256];
    const char *dir = getenv("DYAD_DATA");
    dy_quiet_warnings = 2;
    lx = dy_lexicon_load(dir ? dir : "data", &nerr, why, sizeof why);
    if (!lx) abort();
  }
  static const int fmts[4] = {DY_FMT_JSONL, DY_FMT_AUTO, DY_FMT_LINES, DY_FMT_JSONL};
  int fmt = fmts[data[0] & 3];
  ctx c = {{0, 0, 0, DY_PREC_NONE}, 0};
  if (data[0] & 8) c.given = (dy_date){2025, 6, 1, DY_PREC_DAY};
  int fd = memfd_create("fuzz", MFD_CLOEXEC);
  if (fd < 0) abort();
  size_t off = 1;
  while (off < n) {
    ssize_t k = write(fd, data + off, n - off);
    if (k <= 0) abort();
    off += (size_t)k;
  }
  if (lseek(fd, 0, SEEK_SET) != 0) abort();
  dy_read_stats st = {0};
  st.defer = (data[0] & 4) != 0;
  dy_read_fd(fd, "fuzz", fmt, work, &c, &st);
  close(fd);
  if (st.docs < 0 || st.skipped < 0) abort();
  return 0;
}

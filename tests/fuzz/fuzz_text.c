/* fuzz_text.c: libFuzzer target for the text reader, UTF-8 repair, sentence
 * and token segmentation and the whole coder. The first byte chooses. */
#include "annotate.h"
#include "lexicon/lexicon.h"
#include "read/read.h"
#include "text/text.h"

#include <stdlib.h>
#include <string.h>

static dy_lexicon *lx;

static int drop(void *u, dy_doc *d) {
  (void)u;
  dy_doc_free(d);
  return 0;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n);
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
  const char *s = (const char *)data + 1;
  size_t len = n - 1;
  if (data[0] & 1) {
    dy_read_stats st = {0};
    dy_read_text_buffer(s, len, "fuzz", drop, NULL, &st);
  } else {
    size_t outn, nbad;
    long first;
    char *t = dy_text_normalize(s, len, &outn, &nbad, &first);
    if (!t) return 0;
    dy_doc *d = dy_doc_new();
    dy_doc_set_text(d, t, outn);
    d->published = (dy_date){2025, 8, 6, DY_PREC_DAY};
    dy_annotate(lx, d, NULL);
    for (uint32_t i = 0; i < d->nevents; i++)
      if (d->events[i].verb_end > d->len || d->events[i].src_end > d->len || d->events[i].tgt_end > d->len) abort();
    dy_doc_free(d);
  }
  return 0;
}

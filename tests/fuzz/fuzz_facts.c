/* fuzz_facts.c: libFuzzer target for the quote and figure extractors over
 * a whole annotated document (marks left open, numbers everywhere). */
#include "annotate.h"
#include "lexicon/lexicon.h"

#include <stdlib.h>
#include <string.h>

static dy_lexicon *lx;

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  if (!lx) {
    int nerr;
    char why[256];
    const char *dir = getenv("DYAD_DATA");
    dy_quiet_warnings = 2;
    lx = dy_lexicon_load(dir ? dir : "data", &nerr, why, sizeof why);
    if (!lx) abort();
  }
  dy_doc *d = dy_doc_new();
  char *t = malloc(n + 1);
  if (!d || !t) abort();
  memcpy(t, data, n);
  t[n] = 0;
  dy_doc_set_text(d, t, n);
  d->published.y = 2025; d->published.m = 8; d->published.d = 6; d->published.prec = DY_PREC_DAY;
  dy_annotate_opts o = {.facts = 1};
  if (dy_annotate(lx, d, &o) == 0) {
    for (uint32_t i = 0; i < d->nquotes; i++)
      if (d->quotes[i].start > d->quotes[i].end || d->quotes[i].end > d->len || d->quotes[i].sp_end > d->len) abort();
    for (uint32_t i = 0; i < d->nfigs; i++)
      if (d->figs[i].start > d->figs[i].end || d->figs[i].end > d->len) abort();
  }
  dy_doc_free(d);
  return 0;
}

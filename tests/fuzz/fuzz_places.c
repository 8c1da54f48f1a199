/* fuzz_places.c: libFuzzer target for the place stage over a whole
 * annotated document (names at sentence ends, qualifiers with nothing after
 * the comma, runs of capitals, broken UTF-8 inside names). */
#include "annotate.h"
#include "extract/places.h"
#include "lexicon/lexicon.h"

#include <math.h>
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
    for (uint32_t i = 0; i < d->nplaces; i++) {
      const dy_place *p = &d->places[i];
      if (p->start >= p->end || p->end > d->len || p->sent >= d->nsents || p->tok1 > d->ntoks) abort();
      if (p->has_coord && (fabs(p->lat) > 90 || fabs(p->lon) > 180)) abort();
    }
    for (uint32_t i = 0; i < d->nevents; i++)
      if (d->events[i].geo_type && (d->events[i].place < 0 || (uint32_t)d->events[i].place >= d->nplaces)) abort();
  }
  dy_doc_free(d);
  return 0;
}

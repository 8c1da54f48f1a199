/* fuzz_places.c: libFuzzer target for the place stage over a whole
 * annotated document (names at sentence ends, qualifiers with nothing after
 * the comma, runs of capitals, broken UTF-8 inside names), through the
 * document-level public interface alone (include/dyad.h). */
#include "../include/dyad.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static dyad_lexicon *lx;

static void quiet(void *user, const char *file, long line, const char *msg) {
  (void)user; (void)file; (void)line; (void)msg;
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  char why[256];
  if (!lx) {
    int nerr;
    const char *dir = getenv("DYAD_DATA");
    dyad_set_warning_handler(quiet, NULL);
    lx = dyad_lexicon_load(dir ? dir : "data", &nerr, why, sizeof why);
    if (!lx) abort();
  }
  dyad_doc *d = dyad_doc_new((const char *)data, n, "2025-08-06", NULL, why, sizeof why);
  if (!d) abort();
  if (dyad_doc_annotate(lx, d, 1, why, sizeof why) == 0) {
    size_t len, ns = dyad_doc_nsentences(d), np = dyad_doc_nplaces(d);
    dyad_doc_text(d, &len);
    dyad_place p;
    for (size_t i = 0; i < np; i++) {
      if (dyad_doc_place(d, i, &p) || p.start >= p.end || p.end > len || p.sentence >= ns) abort();
      if (p.has_coord && (fabs(p.lat) > 90 || fabs(p.lon) > 180)) abort();
    }
    dyad_event e;
    for (size_t i = 0; i < dyad_doc_nevents(d); i++)
      if (dyad_doc_event(d, i, &e) || e.place < -1 || (e.place >= 0 && (size_t)e.place >= np)) abort();
  }
  dyad_doc_free(d);
  return 0;
}

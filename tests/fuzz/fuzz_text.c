/* fuzz_text.c: libFuzzer target for the text reader, UTF-8 repair, sentence
 * and token segmentation and the whole coder. The first byte chooses. */
#include "../include/dyad.h"
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
    /* the document-level public interface, as a program embedding dyad uses it */
    char why[256];
    dyad_doc *d = dyad_doc_new(s, len, "2025-08-06", NULL, why, sizeof why);
    if (!d) abort();
    if (dyad_doc_annotate(lx, d, data[0] & 2, why, sizeof why) != 0) abort();
    size_t tlen;
    dyad_doc_text(d, &tlen);
    dyad_event e;
    for (size_t i = 0; i < dyad_doc_nevents(d); i++) {
      if (dyad_doc_event(d, i, &e) != 0) abort();
      if (e.verb_end > tlen || e.source_end > tlen || e.target_end > tlen || e.sentence >= dyad_doc_nsentences(d)) abort();
    }
    dyad_quote q;
    for (size_t i = 0; i < dyad_doc_nquotes(d); i++)
      if (dyad_doc_quote(d, i, &q) != 0 || q.end > tlen || q.start > q.end) abort();
    size_t ns = dyad_doc_nsentences(d);
    char date[11];
    for (size_t i = 0; i < ns; i++)
      if (dyad_doc_sentence_date(d, i, date, NULL) != 0) abort();
    dyad_actor a;
    for (size_t i = 0; i < dyad_doc_nactors(d); i++)
      if (dyad_doc_actor(d, i, &a) != 0 || a.start > a.end || a.end > tlen || a.sentence >= ns || !a.code || !a.kind) abort();
    dyad_date t;
    for (size_t i = 0; i < dyad_doc_ndates(d); i++)
      if (dyad_doc_date(d, i, &t) != 0 || t.start > t.end || t.end > tlen || t.sentence >= ns) abort();
    dyad_doc_free(d);
  }
  return 0;
}

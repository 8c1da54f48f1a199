/* fuzz_facts.c: libFuzzer target for the quote and figure extractors over
 * a whole annotated document (marks left open, numbers everywhere), through
 * the document-level public interface alone (include/dyad.h). */
#include "../include/dyad.h"

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
    size_t len, ns = dyad_doc_nsentences(d);
    dyad_doc_text(d, &len);
    dyad_quote q;
    for (size_t i = 0; i < dyad_doc_nquotes(d); i++)
      if (dyad_doc_quote(d, i, &q) || q.start > q.end || q.end > len || q.speaker_start > q.speaker_end || q.speaker_end > len ||
          q.sentence >= ns)
        abort();
    dyad_figure f;
    for (size_t i = 0; i < dyad_doc_nfigures(d); i++)
      if (dyad_doc_figure(d, i, &f) || f.start > f.end || f.end > len || f.sentence >= ns) abort();
  }
  dyad_doc_free(d);
  return 0;
}

/* test_api.c: the document-level public interface, used as a program that
 * embeds dyad would: include/dyad.h alone. */
#include "../../include/dyad.h"
#include "testlib.h"

#include <stdlib.h>

static char span[256];
static const char *words(const dyad_doc *d, size_t a, size_t b) {
  size_t n;
  const char *t = dyad_doc_text(d, &n);
  if (b > n || a > b || b - a >= sizeof span) return "";
  memcpy(span, t + a, b - a);
  span[b - a] = 0;
  return span;
}

int main(void) {
  int nerr = 0;
  char why[256];
  dyad_lexicon *lx = dyad_lexicon_load("data", &nerr, why, sizeof why);
  CHECK(lx != NULL);
  if (!lx) return TEST_DONE();

  CHECK(dyad_doc_new("x", 1, "2025-13-01", NULL, why, sizeof why) == NULL); /* no such month */
  CHECK(strstr(why, "2025-13-01") != NULL);

  const char *text = "Pakistan condemned the US strikes on Iran. \"We will stand by Iran,\" said Foreign Office spokesperson Shafqat Ali Khan.";
  dyad_doc *d = dyad_doc_new(text, strlen(text), "2025-06-22", "t1", why, sizeof why);
  CHECK(d != NULL);
  if (!d) return TEST_DONE();
  CHECK_INT(dyad_doc_annotate(lx, d, 1, why, sizeof why), 0);
  CHECK_INT(dyad_doc_nsentences(d), 2);
  size_t s0, s1;
  CHECK_INT(dyad_doc_sentence(d, 1, &s0, &s1), 0);
  CHECK_INT(dyad_doc_sentence(d, 2, &s0, &s1), -1);
  int found = 0;
  dyad_event e;
  for (size_t i = 0; i < dyad_doc_nevents(d); i++) {
    CHECK_INT(dyad_doc_event(d, i, &e), 0);
    if (!strcmp(e.source, "PAK") && !strcmp(e.target, "USA") && !strcmp(e.root, "11")) {
      found = 1;
      CHECK_STR(words(d, e.source_start, e.source_end), "Pakistan");
      CHECK_STR(words(d, e.verb_start, e.verb_end), "condemned");
      CHECK_STR(e.modality, "asserted");
      CHECK_STR(e.date, "2025-06-22");
      CHECK_INT(e.quad, 3); /* verbal conflict */
      CHECK(e.goldstein < 0);
      CHECK_INT(e.sentence, 0);
    }
  }
  CHECK(found);
  CHECK_INT(dyad_doc_event(d, dyad_doc_nevents(d), &e), -1);
  CHECK(dyad_doc_nquotes(d) >= 1);
  dyad_quote q;
  if (dyad_doc_nquotes(d) >= 1) {
    CHECK_INT(dyad_doc_quote(d, 0, &q), 0);
    CHECK(strstr(q.speaker, "Shafqat Ali Khan") != NULL);
    CHECK_STR(words(d, q.start, q.end), "We will stand by Iran,");
  }
  dyad_doc_free(d);

  /* invalid UTF-8 is repaired, never a crash */
  d = dyad_doc_new("Iran \xff\xfe attacked Iraq.", 23, NULL, NULL, why, sizeof why);
  CHECK(d != NULL);
  if (d) {
    CHECK_INT(dyad_doc_annotate(lx, d, 0, why, sizeof why), 0);
    dyad_doc_free(d);
  }
  dyad_lexicon_free(lx);
  return TEST_DONE();
}

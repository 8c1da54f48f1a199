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

/* The document's actors, places, figures and dates, on a text whose every
 * fact is known: two sentences, the first dated by "Monday" against the
 * document's date, the second by the date it states. */
static void test_facts(const dyad_lexicon *lx) {
  char why[256];
  const char *text = "Pakistan and Iran signed eight agreements on Monday and agreed to raise bilateral trade to $10 billion by 2028. "
                     "Iranian President Ebrahim Raisi arrived in Islamabad on April 22, 2024, for a three-day visit, said former "
                     "Prime Minister Imran Khan.";
  dyad_doc *d = dyad_doc_new(text, strlen(text), "2024-04-24", "facts", why, sizeof why);
  CHECK(d != NULL);
  if (!d) return;
  CHECK_INT(dyad_doc_nactors(d), 0); /* nothing before the stages run */
  CHECK_INT(dyad_doc_annotate(lx, d, 1, why, sizeof why), 0);

  char date[11];
  int flag = -1;
  dyad_doc_published(d, date, &flag);
  CHECK_STR(date, "2024-04-24");
  CHECK_INT(flag, 0); /* given, not inferred */
  CHECK_INT(dyad_doc_sentence_date(d, 0, date, &flag), 0);
  CHECK_STR(date, "2024-04-22"); /* "on Monday": the Monday before the 24th */
  CHECK_INT(flag, 1);
  CHECK_INT(dyad_doc_sentence_date(d, 1, date, &flag), 0);
  CHECK_STR(date, "2024-04-22");
  CHECK_INT(dyad_doc_sentence_date(d, 2, date, &flag), -1);

  /* actors: countries, a person resolved on the date, a former one */
  int pak = 0, raisi = 0, khan = 0;
  dyad_actor a;
  for (size_t i = 0; i < dyad_doc_nactors(d); i++) {
    CHECK_INT(dyad_doc_actor(d, i, &a), 0);
    if (!strcmp(a.code, "PAK") && a.sentence == 0) {
      pak++;
      CHECK_STR(words(d, a.start, a.end), "Pakistan");
      CHECK_STR(a.kind, "country");
    }
    if (!strcmp(a.name, "Ebrahim Raisi")) {
      raisi++;
      CHECK_STR(a.code, "IRNGOV"); /* president of Iran in April 2024 */
      CHECK_STR(a.kind, "person");
      CHECK_STR(words(d, a.start, a.end), "Iranian President Ebrahim Raisi");
      CHECK_INT(a.sentence, 1);
      CHECK_INT(a.former, 0);
    }
    if (!strcmp(a.name, "Imran Khan")) {
      khan++;
      CHECK_INT(a.former, 1);
      CHECK_STR(a.code, "PAKELI");
    }
  }
  CHECK_INT(pak, 1);
  CHECK_INT(raisi, 1);
  CHECK_INT(khan, 1);
  CHECK_INT(dyad_doc_actor(d, dyad_doc_nactors(d), &a), -1);

  /* places: the capital, with its coordinates */
  CHECK_INT(dyad_doc_nplaces(d), 1);
  dyad_place p;
  CHECK_INT(dyad_doc_place(d, 0, &p), 0);
  CHECK_STR(words(d, p.start, p.end), "Islamabad");
  CHECK_STR(p.name, "Islamabad");
  CHECK_STR(p.country, "PAK");
  CHECK_STR(p.cc, "PK");
  CHECK_STR(p.feature, "PPLC");
  CHECK_INT(p.sentence, 1);
  CHECK(p.has_coord && p.lat > 33.5 && p.lat < 33.9 && p.lon > 72.9 && p.lon < 73.2);
  CHECK_INT(dyad_doc_place(d, 1, &p), -1);
  /* the visit happened in Islamabad; the agreements, in no place named */
  int visit = 0;
  dyad_event e;
  for (size_t i = 0; i < dyad_doc_nevents(d); i++) {
    CHECK_INT(dyad_doc_event(d, i, &e), 0);
    if (!strcmp(e.code, "042")) {
      visit++;
      CHECK_STR(e.source, "IRNGOV");
      CHECK_INT(e.place, 0);
    } else CHECK_INT(e.place, -1);
  }
  CHECK_INT(visit, 1);

  /* figures: a count and a target in dollars */
  int usd = 0, count = 0;
  dyad_figure f;
  for (size_t i = 0; i < dyad_doc_nfigures(d); i++) {
    CHECK_INT(dyad_doc_figure(d, i, &f), 0);
    if (!strcmp(f.unit, "USD")) {
      usd++;
      CHECK_STR(words(d, f.start, f.end), "$10 billion");
      CHECK(f.value == 1e10 && f.usd == 1e10);
      CHECK_STR(f.measure, "trade target");
      CHECK_INT(f.target, 1); /* "to raise ... to $10 billion by 2028" */
      CHECK_STR(f.countries, "IRN,PAK");
      CHECK_STR(f.approx, "");
    }
    if (!strcmp(f.unit, "agreements")) {
      count++;
      CHECK(f.value == 8 && f.usd == -1);
      CHECK_INT(f.target, 0);
    }
  }
  CHECK_INT(usd, 1);
  CHECK_INT(count, 1);
  CHECK_INT(dyad_doc_figure(d, dyad_doc_nfigures(d), &f), -1);

  /* dates: relative, a year, a full date in the second sentence */
  CHECK_INT(dyad_doc_ndates(d), 3);
  dyad_date t;
  CHECK_INT(dyad_doc_date(d, 0, &t), 0);
  CHECK_STR(words(d, t.start, t.end), "Monday");
  CHECK_STR(t.date, "2024-04-22");
  CHECK_STR(t.precision, "day");
  CHECK_INT(t.relative, 1);
  CHECK_INT(dyad_doc_date(d, 1, &t), 0);
  CHECK_STR(words(d, t.start, t.end), "2028");
  CHECK_STR(t.precision, "year");
  CHECK_INT(t.sentence, 0);
  CHECK_INT(dyad_doc_date(d, 2, &t), 0);
  CHECK_STR(words(d, t.start, t.end), "April 22, 2024"); /* bytes of the whole text, not of its sentence */
  CHECK_INT(t.sentence, 1);
  CHECK_INT(t.relative, 0);
  CHECK_INT(dyad_doc_date(d, 3, &t), -1);
  dyad_doc_free(d);

  /* a quote's speaker, named before "said" */
  const char *qt = "\"We will stand by Iran,\" Foreign Office spokesperson Shafqat Ali Khan said on Sunday.";
  d = dyad_doc_new(qt, strlen(qt), "2025-06-23", NULL, why, sizeof why);
  CHECK(d != NULL);
  if (!d) return;
  CHECK_INT(dyad_doc_annotate(lx, d, 1, why, sizeof why), 0);
  CHECK_INT(dyad_doc_nquotes(d), 1);
  dyad_quote q;
  if (dyad_doc_quote(d, 0, &q) == 0) {
    CHECK_STR(words(d, q.speaker_start, q.speaker_end), "Shafqat Ali Khan");
    CHECK_STR(q.speaker, "Shafqat Ali Khan");
    CHECK_STR(q.affiliation, "Foreign Office spokesperson");
    CHECK_STR(q.kind, "direct");
  }
  CHECK_INT(dyad_doc_quote(d, 1, &q), -1);
  CHECK_INT(dyad_doc_sentence_date(d, 0, date, &flag), 0);
  CHECK_STR(date, "2025-06-22"); /* the Sunday before the Monday it is dated */
  dyad_doc_free(d);

  /* no date given nor stated: none, and sentences have none */
  d = dyad_doc_new("Iran and Iraq held talks.", 25, NULL, NULL, why, sizeof why);
  CHECK(d != NULL);
  if (!d) return;
  CHECK_INT(dyad_doc_annotate(lx, d, 0, why, sizeof why), 0);
  dyad_doc_published(d, date, NULL);
  CHECK_STR(date, "");
  CHECK_INT(dyad_doc_sentence_date(d, 0, date, NULL), 0);
  CHECK_STR(date, "");
  CHECK_INT(dyad_doc_ndates(d), 0);
  CHECK_INT(dyad_doc_nplaces(d), 0); /* countries are actors, not places */
  dyad_doc_free(d);
}

/* A weekday alone is read by the tense of its clause (rule weekday-ahead):
 * in an article of Sunday 2025-06-22, "will travel ... on Monday" is the
 * coming Monday, "met ... on Friday" the Friday before; the verb group
 * nearest before the weekday decides, at a clause's start the one after. */
static void test_weekday_tense(const dyad_lexicon *lx) {
  static const struct { const char *text, *date; } C[] = {
    {"Araghchi will travel to Moscow on Monday.", "2025-06-23"},
    {"Araghchi travelled to Moscow on Monday.", "2025-06-16"},
    {"Araghchi met Putin on Friday.", "2025-06-20"},
    {"On Tuesday, Araghchi will meet Lavrov.", "2025-06-24"},
    {"Araghchi is expected to meet Putin on Wednesday.", "2025-06-25"},
    {"Araghchi plans to visit Beijing on Thursday.", "2025-06-26"},
    {"The talks will be held on Monday.", "2025-06-23"},
    {"The talks were held on Monday.", "2025-06-16"},
    {"Araghchi is travelling to Moscow on Monday.", "2025-06-23"},
    {"The minister said on Friday that he would travel to Moscow.", "2025-06-20"},
    {"Araghchi, who met Putin on Friday, will travel to Beijing.", "2025-06-20"},
    {"Araghchi would have travelled to Moscow on Monday.", "2025-06-16"},
    {"Militants set fire to a school on Monday.", "2025-06-16"},
    {"Araghchi will travel to Moscow next Monday.", "2025-06-23"},
    {"Araghchi will travel to Moscow on Sunday.", "2025-06-22"},
  };
  char why[256];
  for (size_t i = 0; i < sizeof C / sizeof C[0]; i++) {
    dyad_doc *d = dyad_doc_new(C[i].text, strlen(C[i].text), "2025-06-22", NULL, why, sizeof why);
    CHECK(d != NULL);
    if (!d) continue;
    CHECK_INT(dyad_doc_annotate(lx, d, 0, why, sizeof why), 0);
    dyad_date t;
    CHECK_INT(dyad_doc_date(d, 0, &t), 0);
    CHECK_STR(t.date, C[i].date);
    dyad_doc_free(d);
  }
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
    CHECK_STR(q.kind, "direct");
    CHECK_INT(q.sentence, 1);
  }
  dyad_doc_free(d);
  test_facts(lx);
  test_weekday_tense(lx);

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

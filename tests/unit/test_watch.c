/* test_watch.c: the watch rule parser, good and bad rules, and the evaluation on a small store. */
#include <stdlib.h>
#include <unistd.h>

#include "annotate.h"
#include "render/render.h"
#include "render/watch.h"
#include "store/store.h"
#include "testlib.h"

static dy_lexicon *LX;

static int parse(const char *text, dy_watchlist *wl, char *why, size_t nwhy) { return dy_watch_parse(text, strlen(text), "r.rules", wl, why, nwhy); }

static void test_good(void)
{
  dy_watchlist wl;
  char why[256];
  const char *t =
    "# a comment\n"
    "\n"
    "border: IRN PAK material-conflict >= 1 in 7 days\n"
    "\"State Department\" statement mentioning \"Pakistan\" cooperation\n"
    "visits: IRN>PAK visit,  >= 2 in 2 weeks\n"
    "strikes: 18,19 at Balochistan > 3 in 1 month\n"
    "threats: threat future hypothetical PAK\n"
    "two words: IRN PAK material conflict >=1\n";
  /* "visit," is not a word: the line with it is refused; without it all parse */
  CHECK_INT(parse(t, &wl, why, sizeof why), -1);
  CHECK(strstr(why, "r.rules:5: unknown word") != NULL);
  const char *t2 =
    "# a comment\n"
    "\n"
    "border: IRN PAK material-conflict >= 1 in 7 days\n"
    "\"State Department\" statement mentioning \"Pakistan\" cooperation\n"
    "visits: IRN>PAK visit >= 2 in 2 weeks\r\n"
    "strikes: 18,19 at Balochistan > 3 in 1 month\n"
    "threats: threat future hypothetical PAK\n"
    "two words: IRN PAK material conflict >=1";
  CHECK_INT(parse(t2, &wl, why, sizeof why), 0);
  CHECK_INT(wl.n, 6);
  if (wl.n != 6) { dy_watch_free(&wl); return; }
  dy_watch_rule *r = &wl.r[0];
  CHECK_STR(r->name, "border");
  CHECK_INT(r->line, 3);
  CHECK_INT(r->nactors, 2);
  CHECK_STR(r->actors[0], "IRN");
  CHECK_INT(r->quads, 1 << 4);
  CHECK_INT(r->threshold, 1);
  CHECK_INT(r->window, 7);
  r = &wl.r[1];
  CHECK_STR(r->name, "\"State Department\" statement mentioning \"Pakistan\" cooperation");
  CHECK_INT(r->nwho, 1);
  CHECK_STR(r->who[0], "State Department");
  CHECK(r->statement);
  CHECK_INT(r->nwords, 2);
  CHECK_STR(r->words[0], "Pakistan");
  CHECK_STR(r->words[1], "cooperation");
  r = &wl.r[2];
  CHECK(r->directed);
  CHECK_INT(r->window, 14);
  CHECK_INT(r->threshold, 2);
  CHECK(r->ncodes >= 1 && !strcmp(r->codes[0], "042"));
  r = &wl.r[3];
  CHECK_INT(r->ncodes, 2);
  CHECK_STR(r->places[0], "Balochistan");
  CHECK(r->strict);
  CHECK_INT(r->threshold, 3);
  CHECK_INT(r->window, 30);
  r = &wl.r[4];
  CHECK(r->ncodes == 1 && !strcmp(r->codes[0], "13"));
  CHECK(r->modalities != 0);
  CHECK_INT(wl.r[5].quads, 1 << 4);
  dy_watch_free(&wl);
}

static void test_bad(void)
{
  static const struct { const char *text, *want; } BAD[] = {
    {"x: IRN PAK material-conflict >= in 7 days\n", "r.rules:1: 'in' is not a count"},
    {"ok: IRN\nx: IRN PAK >= 1 in 7 fortnights\n", "r.rules:2: 'in 7' needs days"},
    {"x: \"State Department statement\n", "r.rules:1: a quote is not closed"},
    {"x: frobnicate\n", "r.rules:1: unknown word 'frobnicate'"},
    {"x: >= 3\n", "r.rules:1: a rule needs something to match"},
    {"x: IRN mentioning\n", "r.rules:1: 'mentioning' needs words"},
    {"x: IRN at\n", "r.rules:1: 'at' needs"},
    {"x: IRN IRN\n", "r.rules:1: a dyad of one actor"},
    {"x: IRN >= -1\n", "r.rules:1: '-1' is not a count"},
    {"x: IRN in 7 days\n", "r.rules:1: 'in N days' comes after a threshold"},
    {": IRN\n", "r.rules:1: an empty rule name"},
    {"x: \"\" IRN\n", "r.rules:1: an empty quoted phrase"},
    {"x: IRN >= 1 in 99999 days\n", "r.rules:1: a window of"},
  };
  for (size_t i = 0; i < sizeof BAD / sizeof BAD[0]; i++) {
    dy_watchlist wl;
    char why[256] = "";
    CHECK_INT(parse(BAD[i].text, &wl, why, sizeof why), -1);
    if (!strstr(why, BAD[i].want)) fprintf(stderr, "  %s: got '%s', want '%s'\n", BAD[i].text, why, BAD[i].want);
    CHECK(strstr(why, BAD[i].want) != NULL);
    CHECK(wl.r == NULL && wl.n == 0);
  }
  /* a NUL byte */
  dy_watchlist wl;
  char why[256];
  CHECK_INT(dy_watch_parse("x: IRN\0PAK\n", 11, "r.rules", &wl, why, sizeof why), -1);
  CHECK(strstr(why, "r.rules:1: a NUL byte") != NULL);
  /* a missing file */
  CHECK_INT(dy_watch_load("/nonexistent/rules", &wl, why, sizeof why), -1);
  CHECK(strstr(why, "cannot read /nonexistent/rules") != NULL);
}

static dy_doc *make(const char *id, const char *text, dy_date pub)
{
  dy_doc *d = dy_doc_new();
  dy_doc_set_text(d, strdup(text), strlen(text));
  dy_doc_set_str(&d->id, id, strlen(id));
  dy_doc_set_str(&d->title, id, strlen(id));
  dy_doc_set_str(&d->path, "mem.txt", 7);
  d->published = pub;
  dy_annotate(LX, d, NULL);
  return d;
}

/* A rule text that ends in the window's number, with no newline and no NUL
 * after it: the number is read within the text (a fuzzer found the
 * parser reading past it). */
static void test_unterminated(void)
{
  const char *t = "x: IRN PAK visit >= 1 in 30";
  size_t n = strlen(t);
  char *buf = malloc(n);
  memcpy(buf, t, n);
  dy_watchlist wl;
  char why[256] = "";
  int rc = dy_watch_parse(buf, n, "r.rules", &wl, why, sizeof why);
  CHECK(rc == -1 && strstr(why, "r.rules:1: 'in 30' needs days") != NULL);
  if (rc == 0) dy_watch_free(&wl);
  free(buf);
}

static void test_run(void)
{
  char dir[256], path[4200], why[256];
  snprintf(dir, sizeof dir, "%s/dyad_watchXXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  snprintf(path, sizeof path, "%s/w.db", dir);
  dy_store *st = dy_store_open(path, 0, why, sizeof why);
  CHECK(st != NULL);
  if (!st) return;
  static const char *TEXTS[] = {
    "Iran attacked Pakistan on January 16, 2024.",
    "Pakistan attacked Iran on January 18, 2024.",
    "Iran and Pakistan signed a trade agreement on August 3, 2025.",
  };
  dy_date pubs[] = {{2024, 1, 16, DY_PREC_DAY}, {2024, 1, 18, DY_PREC_DAY}, {2025, 8, 3, DY_PREC_DAY}};
  dy_store_begin(st);
  for (int i = 0; i < 3; i++) {
    char id[8];
    snprintf(id, sizeof id, "D%d", i);
    dy_doc *d = make(id, TEXTS[i], pubs[i]);
    CHECK_INT(dy_store_put(st, d), 1);
    dy_doc_free(d);
  }
  dy_store_commit(st);
  dy_watchlist wl;
  const char *t = "clash: IRN PAK material-conflict >= 2 in 7 days\n"
                  "clash3: IRN PAK material-conflict >= 3 in 7 days\n"
                  "deal: IRN PAK agreement\n"
                  "words: mentioning trade\n"
                  "none: IND material-conflict\n";
  CHECK_INT(parse(t, &wl, why, sizeof why), 0);
  dy_watch_result res[5];
  int fired = dy_watch_run(st, &wl, NULL, NULL, res, why, sizeof why);
  CHECK_INT(fired, 3);
  CHECK(res[0].fired && res[0].best == 2 && res[0].nhits == 2);
  CHECK(res[0].nhits == 2 && strstr(res[0].hits[1].text, "Pakistan attacked Iran") != NULL);
  CHECK_STR(res[0].d0, "2024-01-16");
  CHECK(!res[1].fired);
  CHECK(res[2].fired);
  CHECK(res[3].fired);
  CHECK(!res[4].fired && res[4].matched == 0);
  dy_watch_results_free(res, 5);
  /* since: the 2024 clash is before the period */
  fired = dy_watch_run(st, &wl, "2025-01-01", NULL, res, why, sizeof why);
  CHECK(fired >= 0 && !res[0].fired && res[2].fired);
  dy_watch_results_free(res, 5);

  /* the brief's watchlist uses the rules, over its period */
  char *out = NULL;
  size_t outn = 0;
  FILE *f = open_memstream(&out, &outn);
  dy_brief_opts o = {0};
  o.watch = &wl;
  o.since = "2024-01-01";
  CHECK_INT(dy_render_brief(st, LX, &o, f), 0);
  fclose(f);
  CHECK(out && strstr(out, "## Watchlist") && strstr(out, "Fired: clash") && strstr(out, "rules not fired\\): clash3"));
  free(out);
  /* without --since, over the current half year: the 2024 clashes, background
   * against the 2025 article, fire nothing; the agreement does */
  out = NULL;
  f = open_memstream(&out, &outn);
  o.since = NULL;
  CHECK_INT(dy_render_brief(st, LX, &o, f), 0);
  fclose(f);
  CHECK(out && strstr(out, "Fired: deal") && !strstr(out, "Fired: clash"));
  free(out);
  dy_watch_free(&wl);
  dy_store_close(st);
  char p2[4300];
  unlink(path);
  snprintf(p2, sizeof p2, "%s-wal", path); unlink(p2);
  snprintf(p2, sizeof p2, "%s-shm", path); unlink(p2);
  rmdir(dir);
}

int main(void)
{
  dy_quiet_warnings = 2;
  int nerr;
  char why[256];
  LX = dy_lexicon_load("data", &nerr, why, sizeof why);
  CHECK(LX != NULL);
  if (!LX) return TEST_DONE();
  test_good();
  test_bad();
  test_unterminated();
  test_run();
  dy_lexicon_free(LX);
  return TEST_DONE();
}

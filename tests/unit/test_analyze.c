/* test_analyze.c: happenings (merge and split cases on a small store built
 * here), Brandes betweenness on known graphs, series and change classes,
 * base rates. */
#pragma GCC diagnostic ignored "-Wmissing-field-initializers" /* the cases leave the place fields out */
#include <sqlite3.h>
#include <stdlib.h>
#include <unistd.h>

#include "analyze/analyze.h"
#include "link/happen.h"
#include "store/store.h"
#include "testlib.h"

static sqlite3 *DB;
static dy_hap_linker *L;
static long long NEXT_ID = 1;

typedef struct {
  long long article;
  const char *outlet, *src, *tgt, *sp, *tp, *code, *date, *prec;
  int stated;
  const char *mod, *geo, *cc, *adm1, *feat;
} ev;

/* Stores one event row (as the writer does) and links it; returns its happening. */
static long long put(ev e) {
  static long long last_article = -1;
  if (e.article != last_article) { dy_hap_begin_doc(L); last_article = e.article; }
  char sql[1024];
  long long id = NEXT_ID++;
  char root[3] = {e.code[0], e.code[1], 0};
  snprintf(sql, sizeof sql, "INSERT INTO events(id, article_id, sentence, sent_start, sent_end, code, root, quad, goldstein, modality,"
                            " source, target, source_name, target_name, date, date_precision, date_source, geo_name, geo_country, geo_adm1, geo_feature)"
                            " VALUES(%lld, %lld, 0, 0, 1, '%s', '%s', 1, 1.0, '%s', nullif('%s',''), nullif('%s',''), '%s', '%s', nullif('%s',''),"
                            " nullif('%s',''), '%s', nullif('%s',''), nullif('%s',''), nullif('%s',''), nullif('%s',''))",
           id, e.article, e.code, root, e.mod ? e.mod : "asserted", e.src, e.tgt, e.sp ? e.sp : "x", e.tp ? e.tp : "x", e.date, e.prec,
           e.stated ? "sentence" : "article", e.geo ? e.geo : "", e.cc ? e.cc : "", e.adm1 ? e.adm1 : "", e.feat ? e.feat : "");
  CHECK_INT(sqlite3_exec(DB, sql, NULL, NULL, NULL), SQLITE_OK);
  dy_hap_event he = {.id = id, .article_id = e.article, .source = e.src, .target = e.tgt, .source_person = e.sp ? e.sp : "",
                     .target_person = e.tp ? e.tp : "", .code = e.code, .root = root, .date = e.date, .date_precision = e.prec,
                     .date_stated = e.stated, .modality = e.mod ? e.mod : "asserted", .geo_name = e.geo ? e.geo : "",
                     .geo_country = e.cc ? e.cc : "", .geo_adm1 = e.adm1 ? e.adm1 : "", .geo_feature = e.feat ? e.feat : "",
                     .outlet = e.outlet};
  return dy_hap_link(L, &he);
}

static long count(const char *sql) {
  sqlite3_stmt *st;
  long v = -1;
  if (sqlite3_prepare_v2(DB, sql, -1, &st, NULL) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) v = (long)sqlite3_column_int64(st, 0);
  sqlite3_finalize(st);
  return v;
}

static void test_happenings(void) {
  char path[4096];
  snprintf(path, sizeof path, "%s/dyad-test-analyze-XXXXXX", getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  int fd = mkstemp(path);
  close(fd);
  unlink(path);
  char why[256];
  dy_store *s = dy_store_open(path, 0, why, sizeof why);
  CHECK(s != NULL);
  if (!s) return;
  DB = dy_store_sqlite(s);
  for (int a = 1; a <= 9; a++) {
    char sql[400];
    snprintf(sql, sizeof sql, "INSERT INTO articles(id, doc_id, hash, text, published, actors) VALUES(%d, 'd%d', 'h%d', 'x', '2025-08-0%d',"
             " '[[\"IRNGOV\",\"Masoud Pezeshkian\",\"person\",1,0,0,1],[\"IRNGOV\",\"Abbas Araghchi\",\"person\",1,0,0,1]]')", a, a, a, a);
    CHECK_INT(sqlite3_exec(DB, sql, NULL, NULL, NULL), SQLITE_OK);
  }
  L = dy_hap_linker_new(DB);
  CHECK(L != NULL);
  /* Pezeshkian's visit: three articles, two outlets, a day apart, one a month-dated report */
  long long p1 = put((ev){1, "dawn", "IRNGOV", "PAK", "Masoud Pezeshkian", NULL, "042", "2025-08-03", "day", 1});
  long long p1b = put((ev){1, "dawn", "IRNGOV", "PAK", "Masoud Pezeshkian", NULL, "042", "2025-08-03", "day", 0});
  long long p2 = put((ev){2, "dw", "IRNGOV", "PAKGOV", "Masoud Pezeshkian", NULL, "042", "2025-08-02", "day", 1});
  long long p3 = put((ev){3, "dawn", "IRNGOV", "PAK", "Masoud Pezeshkian", NULL, "040", "2025-08", "month", 1});
  CHECK(p1 > 0);
  CHECK_INT(p1b, p1);
  CHECK_INT(p2, p1); /* a country and its government; a day apart */
  CHECK_INT(p3, p1); /* the generic 040 and a month overlapping the day */
  /* Araghchi's visit: same codes, another person: another happening */
  long long a1 = put((ev){4, "tribune", "IRNGOV", "PAK", "Abbas Araghchi", NULL, "042", "2025-08-03", "day", 1});
  CHECK(a1 != p1);
  /* different date (a week later), sector (PAKMIL), 3-digit code (043), role (PAK -> IRN), modality */
  CHECK(put((ev){4, "tribune", "IRNGOV", "PAK", "Masoud Pezeshkian", NULL, "042", "2025-08-10", "day", 1}) != p1);
  CHECK(put((ev){4, "tribune", "IRNGOV", "PAKMIL", "Masoud Pezeshkian", NULL, "042", "2025-08-03", "day", 1}) != p1);
  CHECK(put((ev){4, "tribune", "IRNGOV", "PAK", "Masoud Pezeshkian", NULL, "043", "2025-08-03", "day", 1}) != p1);
  CHECK(put((ev){4, "tribune", "PAK", "IRNGOV", NULL, "Masoud Pezeshkian", "042", "2025-08-03", "day", 1}) != p1);
  CHECK(put((ev){4, "tribune", "IRNGOV", "PAK", "Masoud Pezeshkian", NULL, "042", "2025-08-03", "day", 1, "future"}) != p1);
  /* two days apart: only when one of the dates is the article's */
  long long s1 = put((ev){5, "x", "USA", "IRN", NULL, NULL, "190", "2025-06-22", "day", 1});
  CHECK_INT(put((ev){6, "y", "USA", "IRN", NULL, NULL, "195", "2025-06-24", "day", 0}), s1);
  long long i1 = put((ev){5, "x", "ISR", "IRN", NULL, NULL, "190", "2025-06-13", "day", 1});
  CHECK(put((ev){6, "y", "ISR", "IRN", NULL, NULL, "190", "2025-06-15", "day", 1}) != i1); /* both stated: 1 day at most */
  /* no chaining: day 3 days after the first is out even though within 2 of the second */
  CHECK(put((ev){7, "z", "USA", "IRN", NULL, NULL, "190", "2025-06-25", "day", 0}) != s1);
  /* places: different cities split, a division holds its city */
  long long q1 = put((ev){5, "x", "PAK", "IRN", NULL, NULL, "190", "2024-01-18", "day", 1, NULL, "Saravan, Iran", "IR", "IR-11", "PPL"});
  CHECK_INT(put((ev){6, "y", "PAK", "IRN", NULL, NULL, "190", "2024-01-18", "day", 1, NULL, "Sistan and Baluchestan", "IR", "IR-11", "ADM1"}), q1);
  CHECK(put((ev){7, "z", "PAK", "IRN", NULL, NULL, "190", "2024-01-18", "day", 1, NULL, "Tehran", "IR", "IR-23", "PPLC"}) != q1);
  /* an undated event joins nothing */
  long long u1 = put((ev){8, "x", "IRN", "PAK", NULL, NULL, "051", "", "", 0});
  CHECK(put((ev){9, "y", "IRN", "PAK", NULL, NULL, "051", "", "", 0}) != u1);
  /* the counts */
  char sql[200];
  snprintf(sql, sizeof sql, "SELECT num_mentions * 100 + num_sources * 10 + num_articles FROM happenings WHERE id = %lld", p1);
  CHECK_INT(count(sql), 4 * 100 + 2 * 10 + 3); /* 4 mentions, outlets dawn and dw, articles 1, 2, 3 */
  snprintf(sql, sizeof sql, "SELECT date || ' ' || date_precision || ' ' || first_date || ' ' || last_date FROM happenings WHERE id = %lld", p1);
  sqlite3_stmt *st;
  sqlite3_prepare_v2(DB, sql, -1, &st, NULL);
  CHECK(sqlite3_step(st) == SQLITE_ROW);
  CHECK_STR((const char *)sqlite3_column_text(st, 0), "2025-08-03 day 2025-08 2025-08-03");
  sqlite3_finalize(st);
  snprintf(sql, sizeof sql, "SELECT count(*) FROM events WHERE happening_id = %lld", p1);
  CHECK_INT(count(sql), 4);
  CHECK_INT(count("SELECT count(*) FROM events WHERE happening_id IS NULL"), 0);
  /* the same rules on events stored before happenings (a migrated store) */
  CHECK_INT(sqlite3_exec(DB, "UPDATE events SET happening_id = NULL; DELETE FROM happenings; DELETE FROM happening_sources", NULL, NULL, NULL), SQLITE_OK);
  dy_hap_linker_free(L);
  L = NULL;
  CHECK_INT(dy_hap_link_pending(DB), NEXT_ID - 1);
  snprintf(sql, sizeof sql, "SELECT count(*) FROM events WHERE happening_id = %lld", p1);
  CHECK_INT(count(sql), 4); /* the persons come from the articles' actors */
  dy_store_close(s);
  unlink(path);
}

static void test_outlet(void) {
  char o[64];
  dy_hap_outlet("Dawn", "https://www.dawn.com/news/1", 3, o, sizeof o);
  CHECK_STR(o, "dawn");
  dy_hap_outlet("", "https://www.dawn.com/news/1", 3, o, sizeof o);
  CHECK_STR(o, "dawn.com");
  dy_hap_outlet(NULL, NULL, 7, o, sizeof o);
  CHECK_STR(o, "#7");
}

static void test_betweenness(void) {
  /* a path 0-1-2-3-4: 1 lies on 3 pairs' paths, 2 on 4, 3 on 3 */
  int off[] = {0, 1, 3, 5, 7, 8}, adj[] = {1, 0, 2, 1, 3, 2, 4, 3};
  double bc[5];
  CHECK_INT(dy_an_betweenness(5, off, adj, bc), 0);
  CHECK(bc[0] == 0 && bc[1] == 3 && bc[2] == 4 && bc[3] == 3 && bc[4] == 0);
  /* a star around 0 with 4 leaves: 0 is on all 6 leaf pairs' paths */
  int off2[] = {0, 4, 5, 6, 7, 8}, adj2[] = {1, 2, 3, 4, 0, 0, 0, 0};
  CHECK_INT(dy_an_betweenness(5, off2, adj2, bc), 0);
  CHECK(bc[0] == 6 && bc[1] == 0);
  /* a square 0-1-2-3-0: two shortest paths between opposite corners, each node gets 1/2 */
  int off3[] = {0, 2, 4, 6, 8}, adj3[] = {1, 3, 0, 2, 1, 3, 2, 0};
  CHECK_INT(dy_an_betweenness(4, off3, adj3, bc), 0);
  CHECK(bc[0] == 0.5 && bc[1] == 0.5 && bc[2] == 0.5 && bc[3] == 0.5);
}

static dy_an_hap H(const char *s, const char *t, const char *root, int quad, double g, const char *date, int bg) {
  dy_an_hap h;
  memset(&h, 0, sizeof h);
  static long long id = 1;
  h.id = id++;
  snprintf(h.source, 16, "%s", s);
  snprintf(h.target, 16, "%s", t);
  snprintf(h.root, 3, "%s", root);
  h.quad = quad;
  h.goldstein = g;
  dy_hap_interval(date, NULL, &h.lo, &h.hi, &h.prec);
  h.mentions = 1;
  h.background = bg;
  return h;
}

static void test_series_network_baserates(void) {
  dy_an_hap h[] = {
    H("IRN", "PAK", "04", 1, 1.9, "2025-05-03", 0), H("IRN", "PAK", "05", 1, 3.4, "2025-06-10", 0),
    H("PAK", "USA", "04", 1, 1.9, "2025-06-12", 0), H("IRN", "PAK", "04", 1, 1.9, "2025-07-01", 0),
    H("IRN", "PAK", "19", 4, -10, "2025-07-15", 0), H("USA", "IRN", "19", 4, -10, "2025-07-20", 0),
    H("IRN", "PAK", "04", 1, 1.9, "2025-08-02", 0), H("IRN", "PAK", "05", 1, 3.4, "2025-08-03", 0),
    H("IRN", "PAK", "03", 1, 4.0, "2025-08-05", 0), H("IRN", "PAK", "04", 1, 1.9, "2025-08-06", 0),
    H("IRN", "PAK", "05", 1, 3.4, "2025-08-08", 0), H("IRN", "PAK", "19", 4, -10, "2024", 1),
  };
  size_t n = sizeof h / sizeof h[0];
  dy_an_opts o = {.by = DY_BY_MONTH};
  dy_an_series *S;
  size_t ns;
  CHECK_INT(dy_an_series_of(h, n, &o, &S, &ns), 0);
  CHECK_INT(ns, 3);
  CHECK_STR(S[0].source, "IRN");
  CHECK_INT(S[0].happenings, 9);
  CHECK_INT(S[0].background, 1);
  CHECK_INT(S[0].npts, 4); /* May .. August */
  CHECK_STR(S[0].pts[3].period, "2025-08");
  CHECK_INT(S[0].pts[3].happenings, 5);
  CHECK_INT(S[0].pts[2].quad[4], 1);
  /* earlier 1, 1, 2: mean 4/3, sd 0.577; z = (5 - 1.333) / 1.155 = 3.2: increase */
  CHECK_STR(S[0].change, "increase");
  CHECK(S[0].z > 3.1 && S[0].z < 3.3);
  /* PAK -> USA: one in June, none in August: mean 0.5 over June and July, z = -0.5: no change */
  int k = !strcmp(S[1].source, "PAK") ? 1 : 2;
  CHECK_STR(S[k].change, "no change");
  dy_an_series_free(S, ns);
  /* a dyad with nothing before the last period is new */
  /* and one with 3 a month before and none in the last: z = (0 - 3) / sqrt(3) = -1.7, a decrease */
  dy_an_hap h2[] = {H("CHN", "PAK", "04", 1, 1.9, "2025-05-02", 0), H("CHN", "PAK", "04", 1, 1.9, "2025-05-09", 0),
                    H("CHN", "PAK", "04", 1, 1.9, "2025-05-12", 0), H("CHN", "PAK", "04", 1, 1.9, "2025-06-02", 0),
                    H("CHN", "PAK", "04", 1, 1.9, "2025-06-09", 0), H("CHN", "PAK", "04", 1, 1.9, "2025-06-12", 0),
                    H("CHN", "PAK", "04", 1, 1.9, "2025-07-02", 0), H("CHN", "PAK", "04", 1, 1.9, "2025-07-09", 0),
                    H("CHN", "PAK", "04", 1, 1.9, "2025-07-12", 0), H("IRN", "PAK", "04", 1, 1.9, "2025-08-02", 0)};
  CHECK_INT(dy_an_series_of(h2, 10, &o, &S, &ns), 0);
  CHECK_STR(!strcmp(S[0].source, "IRN") ? S[0].change : S[1].change, "new");
  CHECK_STR(!strcmp(S[0].source, "CHN") ? S[0].change : S[1].change, "decrease");
  dy_an_series_free(S, ns);

  dy_an_network g;
  CHECK_INT(dy_an_network_of(h, n, &g), 0);
  CHECK_INT(g.nnodes, 3);
  CHECK_INT(g.nedges, 3); /* a triangle: nobody is between */
  CHECK(g.nodes[0].betweenness == 0);
  CHECK_STR(g.nodes[0].actor, "IRN"); /* then by weighted degree */
  CHECK_INT(g.background, 1);
  dy_an_network_free(&g);
  /* Pakistan between Tehran and Washington: IRN-PAK, PAK-USA, no IRN-USA */
  dy_an_hap h3[] = {H("IRN", "PAK", "04", 1, 1.9, "2025-05-03", 0), H("PAK", "USA", "04", 1, 1.9, "2025-06-12", 0),
                    H("USA", "PAK", "04", 1, 1.9, "2025-06-13", 0)};
  CHECK_INT(dy_an_network_of(h3, 3, &g), 0);
  CHECK_STR(g.nodes[0].actor, "PAK");
  CHECK(g.nodes[0].betweenness == 1.0 && g.nodes[0].strength == 3);
  CHECK_INT(g.nedges, 2);
  dy_an_network_free(&g);

  dy_an_baserate *B;
  size_t nb;
  CHECK_INT(dy_an_baserates_of(h, n, &o, &B, &nb), 0);
  const dy_an_baserate *r = NULL;
  for (size_t i = 0; i < nb; i++) if (!strcmp(B[i].source, "IRN") && !strcmp(B[i].target, "PAK") && !strcmp(B[i].root, "04")) r = &B[i];
  CHECK(r != NULL);
  if (r) {
    /* 04 on May 3 (nothing within 30 days between IRN and PAK), Jul 1 (19 on Jul 15), Aug 2 (05, 03, 04, 05), Aug 6 (05) */
    CHECK_INT(r->antecedents, 4);
    CHECK_INT(r->followed, 3);
    CHECK_INT(r->followers, 6);
    CHECK_STR(r->next[0].root, "05");
    CHECK_INT(r->next[0].count, 3);
    CHECK_INT(r->next[0].antecedents_followed, 2);
  }
  dy_an_baserates_free(B, nb);
}

int main(void) {
  test_outlet();
  test_happenings();
  test_betweenness();
  test_series_network_baserates();
  return TEST_DONE();
}

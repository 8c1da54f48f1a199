/* facts.c: the quotes, figures and claims of a store as a table, TSV or
 * JSON Lines (dyad quotes, dyad figures, dyad claims). */
#include "dyad.h"
#include "store/store.h"
#include "render.h"

#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

static const char *col(sqlite3_stmt *st, int i) {
  const unsigned char *t = sqlite3_column_text(st, i);
  return t ? (const char *)t : "";
}

/* A text for a table cell or TSV field: tabs and new lines as spaces. */
static void flat(FILE *out, const char *s, int max) {
  int n = 0;
  for (; *s && (max <= 0 || n < max); s++, n++) fputc(*s == '\t' || *s == '\n' ? ' ' : *s, out);
  if (max > 0 && *s) fputs("...", out);
}

static void jkv(dy_buf *b, const char *k, const char *v, int first) {
  dy_buf_printf(b, "%s\"%s\":", first ? "" : ",", k);
  if (v && *v) dy_buf_json_str(b, v, strlen(v));
  else dy_buf_puts(b, "null");
}

static sqlite3_stmt *prepare(dy_store *s, const char *sql, char *why, size_t nwhy) {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(dy_store_sqlite(s), sql, -1, &st, NULL) != SQLITE_OK) {
    snprintf(why, nwhy, "%s (a store written before quotes and figures were extracted? ingest again)", sqlite3_errmsg(dy_store_sqlite(s)));
    return NULL;
  }
  return st;
}

int dyad_quotes(const char *db, const char *speaker, int format, FILE *out, char *why, size_t nwhy) {
  dy_store *s = dy_store_open(db, 1, why, nwhy);
  if (!s) return -1;
  sqlite3_stmt *st = prepare(s,
    "SELECT q.id, q.article_id, a.doc_id, a.title, a.published, q.sentence, q.kind, q.speaker, q.via, q.affiliation, q.actor,"
    " CAST(substr(CAST(a.text AS BLOB), q.start + 1, q.end - q.start) AS TEXT), q.start, q.end, q.speaker_start, q.speaker_end"
    " FROM quotes q JOIN articles a ON a.id = q.article_id"
    " WHERE ?1 IS NULL OR q.speaker LIKE '%' || ?1 || '%' OR q.affiliation LIKE '%' || ?1 || '%'"
    " ORDER BY q.article_id, q.start", why, nwhy);
  if (!st) { dy_store_close(s); return -1; }
  if (speaker) sqlite3_bind_text(st, 1, speaker, -1, SQLITE_STATIC);
  if (format == DYAD_OUT_TSV) fputs("id\tarticle_id\tsentence\tkind\tspeaker\tvia\taffiliation\tactor\tquote\n", out);
  else if (format == DYAD_OUT_TABLE) fprintf(out, "%-24s %-9s %-30s %-8s  %s\n", "speaker", "kind", "affiliation", "actor", "quote");
  dy_buf b = {0};
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    if (format == DYAD_OUT_JSON) {
      b.n = 0;
      dy_buf_printf(&b, "{\"id\":%lld,\"article_id\":%lld,", (long long)sqlite3_column_int64(st, 0), (long long)sqlite3_column_int64(st, 1));
      jkv(&b, "doc_id", col(st, 2), 1); jkv(&b, "doc_title", col(st, 3), 0); jkv(&b, "published", col(st, 4), 0);
      dy_buf_printf(&b, ",\"sentence_index\":%d", sqlite3_column_int(st, 5));
      jkv(&b, "kind", col(st, 6), 0); jkv(&b, "speaker", col(st, 7), 0); jkv(&b, "via", col(st, 8), 0);
      jkv(&b, "affiliation", col(st, 9), 0); jkv(&b, "actor", col(st, 10), 0); jkv(&b, "quote", col(st, 11), 0);
      dy_buf_printf(&b, ",\"quote_span\":[%d,%d]", sqlite3_column_int(st, 12), sqlite3_column_int(st, 13));
      if (sqlite3_column_type(st, 14) != SQLITE_NULL) dy_buf_printf(&b, ",\"speaker_span\":[%d,%d]}\n", sqlite3_column_int(st, 14), sqlite3_column_int(st, 15));
      else dy_buf_puts(&b, ",\"speaker_span\":null}\n");
      fwrite(b.p, 1, b.n, out);
    } else if (format == DYAD_OUT_TSV) {
      fprintf(out, "%lld\t%lld\t%d\t%s\t", (long long)sqlite3_column_int64(st, 0), (long long)sqlite3_column_int64(st, 1), sqlite3_column_int(st, 5), col(st, 6));
      for (int k = 7; k <= 11; k++) { flat(out, col(st, k), 0); fputc(k == 11 ? '\n' : '\t', out); }
    } else {
      fprintf(out, "%-24.24s %-9s ", col(st, 7), col(st, 6));
      char af[31];
      snprintf(af, sizeof af, "%s", col(st, 9));
      fprintf(out, "%-30s %-8s  ", af, col(st, 10));
      flat(out, col(st, 11), 100);
      fputc('\n', out);
    }
  }
  dy_buf_free(&b);
  int bad = rc != SQLITE_DONE;
  if (bad) snprintf(why, nwhy, "quotes: %s", sqlite3_errmsg(dy_store_sqlite(s)));
  sqlite3_finalize(st);
  dy_store_close(s);
  return bad ? -1 : 0;
}

void dy_fmt_value(char *buf, size_t n, double v, const char *unit) {
  const char *sc = "";
  double x = v;
  if (fabs(v) >= 1e12) { x = v / 1e12; sc = " trillion"; }
  else if (fabs(v) >= 1e9) { x = v / 1e9; sc = " billion"; }
  else if (fabs(v) >= 1e6) { x = v / 1e6; sc = " million"; }
  if (!strcmp(unit, "USD")) snprintf(buf, n, "$%.4g%s", x, sc);
  else if (!strcmp(unit, "%")) snprintf(buf, n, "%.4g%%", x);
  else snprintf(buf, n, "%.4g%s %s", x, sc, unit);
}

int dyad_figures(const char *db, const char *measure, int format, FILE *out, char *why, size_t nwhy) {
  dy_store *s = dy_store_open(db, 1, why, nwhy);
  if (!s) return -1;
  sqlite3_stmt *st = prepare(s,
    "SELECT f.id, f.article_id, a.doc_id, a.title, a.published, f.sentence, f.value, f.unit, f.usd, f.measure, f.kind, f.approx, f.actors,"
    " CAST(substr(CAST(a.text AS BLOB), f.start + 1, f.end - f.start) AS TEXT), f.start, f.end"
    " FROM figures f JOIN articles a ON a.id = f.article_id"
    " WHERE ?1 IS NULL OR f.measure LIKE '%' || ?1 || '%' ORDER BY f.article_id, f.start", why, nwhy);
  if (!st) { dy_store_close(s); return -1; }
  if (measure) sqlite3_bind_text(st, 1, measure, -1, SQLITE_STATIC);
  if (format == DYAD_OUT_TSV) fputs("id\tarticle_id\tsentence\tvalue\tunit\tusd\tmeasure\tkind\tapprox\tactors\ttext\n", out);
  else if (format == DYAD_OUT_TABLE) fprintf(out, "%-22s %-22s %-8s %-14s %7s  %s\n", "figure", "measure", "kind", "actors", "article", "as written");
  dy_buf b = {0};
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    int has_usd = sqlite3_column_type(st, 8) != SQLITE_NULL;
    if (format == DYAD_OUT_JSON) {
      b.n = 0;
      dy_buf_printf(&b, "{\"id\":%lld,\"article_id\":%lld,", (long long)sqlite3_column_int64(st, 0), (long long)sqlite3_column_int64(st, 1));
      jkv(&b, "doc_id", col(st, 2), 1); jkv(&b, "doc_title", col(st, 3), 0); jkv(&b, "published", col(st, 4), 0);
      dy_buf_printf(&b, ",\"sentence_index\":%d,\"value\":%.17g", sqlite3_column_int(st, 5), sqlite3_column_double(st, 6));
      jkv(&b, "unit", col(st, 7), 0);
      if (has_usd) dy_buf_printf(&b, ",\"usd\":%.17g", sqlite3_column_double(st, 8));
      else dy_buf_puts(&b, ",\"usd\":null");
      jkv(&b, "measure", col(st, 9), 0); jkv(&b, "kind", col(st, 10), 0); jkv(&b, "approx", col(st, 11), 0);
      jkv(&b, "actors", col(st, 12), 0); jkv(&b, "text", col(st, 13), 0);
      dy_buf_printf(&b, ",\"span\":[%d,%d]}\n", sqlite3_column_int(st, 14), sqlite3_column_int(st, 15));
      fwrite(b.p, 1, b.n, out);
    } else if (format == DYAD_OUT_TSV) {
      fprintf(out, "%lld\t%lld\t%d\t%.17g\t%s\t", (long long)sqlite3_column_int64(st, 0), (long long)sqlite3_column_int64(st, 1),
              sqlite3_column_int(st, 5), sqlite3_column_double(st, 6), col(st, 7));
      if (has_usd) fprintf(out, "%.17g", sqlite3_column_double(st, 8));
      fprintf(out, "\t%s\t%s\t%s\t%s\t", col(st, 9), col(st, 10), col(st, 11), col(st, 12));
      flat(out, col(st, 13), 0);
      fputc('\n', out);
    } else {
      char v[64];
      dy_fmt_value(v, sizeof v, sqlite3_column_double(st, 6), col(st, 7));
      fprintf(out, "%-22s %-22.22s %-8s %-14.14s %7lld  ", v, col(st, 9), col(st, 10), col(st, 12), (long long)sqlite3_column_int64(st, 1));
      flat(out, col(st, 13), 60);
      fputc('\n', out);
    }
  }
  dy_buf_free(&b);
  int bad = rc != SQLITE_DONE;
  if (bad) snprintf(why, nwhy, "figures: %s", sqlite3_errmsg(dy_store_sqlite(s)));
  sqlite3_finalize(st);
  dy_store_close(s);
  return bad ? -1 : 0;
}

/* codes_within(a, b): 1 when every code of the comma-separated list a is in b */
static void sql_codes_within(sqlite3_context *cx, int argc, sqlite3_value **argv) {
  const char *a = (const char *)sqlite3_value_text(argv[0]), *b = (const char *)sqlite3_value_text(argv[1]);
  int ok = a && b && *a;
  while (ok && *a) {
    size_t n = strcspn(a, ",");
    int found = 0;
    for (const char *p = b; *p && !found;) {
      size_t m = strcspn(p, ",");
      found = m == n && !memcmp(p, a, n);
      p += m + (p[m] == ',');
    }
    ok = found;
    a += n + (a[n] == ',');
  }
  sqlite3_result_int(cx, ok);
}

int dy_figures_prepare(sqlite3 *db) {
  return sqlite3_create_function(db, "codes_within", 2, SQLITE_UTF8 | SQLITE_DETERMINISTIC, NULL, sql_codes_within, NULL, NULL);
}

const char DY_FIGURES_CTE[] =
  "WITH base AS (SELECT f.* FROM figures f JOIN articles a ON a.id = f.article_id"
  "  WHERE a.dup_of IS NULL AND f.measure IS NOT NULL AND f.measure <> ''),"
  " sets AS (SELECT DISTINCT measure, kind, unit, actors FROM base WHERE actors IS NOT NULL AND actors <> ''),"
  /* the maximal sets: no other set of the same measure, kind and unit holds them */
  " top AS (SELECT * FROM sets t WHERE NOT EXISTS (SELECT 1 FROM sets u WHERE u.measure = t.measure AND u.kind = t.kind"
  "  AND u.unit = t.unit AND u.actors <> t.actors AND codes_within(t.actors, u.actors))),"
  " canon AS (SELECT s.measure, s.kind, s.unit, s.actors, (SELECT CASE WHEN count(*) = 1 THEN min(t.actors) END FROM top t"
  "  WHERE t.measure = s.measure AND t.kind = s.kind AND t.unit = s.unit AND codes_within(s.actors, t.actors)) AS grp FROM sets s),"
  " fg AS (SELECT b.*, coalesce(c.grp, b.actors) AS grp FROM base b LEFT JOIN canon c"
  "  ON c.measure = b.measure AND c.kind = b.kind AND c.unit = b.unit AND c.actors = b.actors)";

int dy_claims_each(sqlite3 *db, void (*fn)(const dy_claim *c, void *u), void *u) {
  sqlite3_stmt *st;
  int rc = dy_figures_prepare(db);
  if (rc != SQLITE_OK) return rc;
  char sql[4096];
  /* a toll (a measure that figures of sentences reporting violence, events
   * of root 18-20, have in the store: "killed", "injured") counts one
   * incident: it is compared only with the tolls of the same first-level
   * division (the sentence's first place), so the two children a strike in
   * Balochistan killed are no other count of the four a strike near
   * Saravan killed; a toll with no place is compared with none. Other
   * figures have the key "" */
  snprintf(sql, sizeof sql, "%s,"
    " tm AS (SELECT DISTINCT f2.measure FROM figures f2 WHERE EXISTS (SELECT 1 FROM events e WHERE e.article_id = f2.article_id"
    "  AND e.sentence = f2.sentence AND e.root IN ('18', '19', '20'))),"
    " fh AS (SELECT x.*, CASE WHEN x.measure IN (SELECT measure FROM tm) THEN coalesce((SELECT p.country || '-' || coalesce(p.adm1, '')"
    "  FROM places p WHERE p.article_id = x.article_id AND p.sentence = x.sentence AND p.actor = 0 AND p.country IS NOT NULL AND p.country <> ''"
    "  AND abs(p.start - x.start) = (SELECT min(abs(q.start - x.start)) FROM places q WHERE q.article_id = x.article_id AND q.sentence = x.sentence"
    "  AND q.actor = 0 AND q.country IS NOT NULL AND q.country <> '') LIMIT 1), '#' || x.id) ELSE '' END AS hap FROM fg AS x),"
    " f AS (SELECT DISTINCT measure, kind, unit, grp AS actors, value, article_id, hap FROM fh WHERE grp IS NOT NULL),"
    " g AS (SELECT measure, kind, unit, actors, hap FROM f GROUP BY 1, 2, 3, 4, 5 HAVING count(DISTINCT article_id) >= 2)"
    " SELECT f.measure, f.kind, f.unit, f.actors, f.value, count(DISTINCT f.article_id), group_concat(DISTINCT f.article_id), f.hap"
    " FROM f JOIN g USING(measure, kind, unit, actors, hap) GROUP BY 1, 2, 3, 4, 8, 5 ORDER BY 1, 2, 3, 4, 8, 6 DESC, 5", DY_FIGURES_CTE);
  rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  if (rc != SQLITE_OK) return rc;
  /* rows come grouped; a group is passed on once it is complete */
  dy_claim_value vals[64];
  int nv = 0, more = 1;
  char key[5][64] = {{0}}, next[5][64];
  while (more) {
    rc = sqlite3_step(st);
    more = rc == SQLITE_ROW;
    if (more) for (int k = 0; k < 5; k++) snprintf(next[k], sizeof next[k], "%s", col(st, k < 4 ? k : 7));
    if (nv && (!more || memcmp(key, next, sizeof key))) {
      int agree = 1;
      for (int i = 1; i < nv; i++) if (fabs(vals[i].v - vals[0].v) > 0.001 * fabs(vals[0].v)) agree = 0;
      dy_claim c = {key[0], key[1], key[2], key[3], vals, nv, agree};
      fn(&c, u);
      nv = 0;
    }
    if (!more) break;
    memcpy(key, next, sizeof key);
    if (nv < 64) {
      vals[nv].v = sqlite3_column_double(st, 4);
      vals[nv].n = sqlite3_column_int(st, 5);
      snprintf(vals[nv].ids, sizeof vals[nv].ids, "%s", col(st, 6));
      nv++;
    }
  }
  sqlite3_finalize(st);
  return rc == SQLITE_DONE ? 0 : rc;
}

typedef struct { FILE *out; int format; } claims_out;

static void print_claim(const dy_claim *c, void *u) {
  const claims_out *o = u;
  FILE *out = o->out;
  if (o->format == DYAD_OUT_JSON) {
    dy_buf b = {0};
    dy_buf_puts(&b, "{");
    jkv(&b, "measure", c->measure, 1); jkv(&b, "kind", c->kind, 0); jkv(&b, "unit", c->unit, 0); jkv(&b, "actors", c->actors, 0);
    dy_buf_printf(&b, ",\"agree\":%s,\"values\":[", c->agree ? "true" : "false");
    for (int i = 0; i < c->nv; i++)
      dy_buf_printf(&b, "%s{\"value\":%.17g,\"articles\":%d,\"article_ids\":[%s]}", i ? "," : "", c->v[i].v, c->v[i].n, c->v[i].ids);
    dy_buf_puts(&b, "]}\n");
    fwrite(b.p, 1, b.n, out);
    dy_buf_free(&b);
  } else if (o->format == DYAD_OUT_TSV) {
    for (int i = 0; i < c->nv; i++)
      fprintf(out, "%s\t%s\t%s\t%s\t%.17g\t%d\t%s\t%s\n", c->measure, c->kind, c->actors, c->unit, c->v[i].v, c->v[i].n, c->v[i].ids,
              c->agree ? "agree" : "disagree");
  } else {
    fprintf(out, "%s%s (%s): %s: ", c->measure, strcmp(c->kind, "target") || strstr(c->measure, "target") ? "" : " (target)", c->actors,
            c->agree ? "the sources agree" : "the sources disagree");
    for (int i = 0; i < c->nv; i++) {
      char v[64];
      dy_fmt_value(v, sizeof v, c->v[i].v, c->unit);
      fprintf(out, "%s%s (%d article%s: %s)", i ? " vs " : "", v, c->v[i].n, c->v[i].n == 1 ? "" : "s", c->v[i].ids);
    }
    fputc('\n', out);
  }
}

/* Claims: figures of the same measure, kind (current or target), unit and
 * actors stated by two or more articles; they agree when every article
 * gives the same value (within 0.1%). */
int dyad_claims(const char *db, int format, FILE *out, char *why, size_t nwhy) {
  dy_store *s = dy_store_open(db, 1, why, nwhy);
  if (!s) return -1;
  if (format == DYAD_OUT_TSV) fputs("measure\tkind\tactors\tunit\tvalue\tarticles\tarticle_ids\tverdict\n", out);
  claims_out o = {out, format};
  int rc = dy_claims_each(dy_store_sqlite(s), print_claim, &o);
  if (rc) snprintf(why, nwhy, "claims: %s", sqlite3_errmsg(dy_store_sqlite(s)));
  dy_store_close(s);
  return rc ? -1 : 0;
}

/* places.c: the places of a store as a table, TSV or JSON Lines (dyad
 * places), and events and places as one GeoJSON FeatureCollection (dyad
 * export --format geojson). */
#include "dyad.h"
#include "store/store.h"

#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

static const char *col(sqlite3_stmt *st, int i) {
  const unsigned char *t = sqlite3_column_text(st, i);
  return t ? (const char *)t : "";
}

static void jkv(dy_buf *b, const char *k, const char *v, int first) {
  dy_buf_printf(b, "%s\"%s\":", first ? "" : ",", k);
  if (v && *v) dy_buf_json_str(b, v, strlen(v));
  else dy_buf_puts(b, "null");
}

static void flat(FILE *out, const char *s) {
  for (; *s; s++) fputc(*s == '\t' || *s == '\n' ? ' ' : *s, out);
}

static const char PLACES_SQL[] =
  "SELECT p.id, p.article_id, a.doc_id, p.sentence, p.start, p.end, p.name, p.place, p.feature, p.country, p.adm1,"
  " p.lat, p.lon, p.geonameid, p.cue, p.actor, a.title, a.published"
  " FROM places p JOIN articles a ON a.id = p.article_id ORDER BY p.article_id, p.start";

static sqlite3_stmt *places_stmt(dy_store *s, char *why, size_t nwhy) {
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(dy_store_sqlite(s), PLACES_SQL, -1, &st, NULL) != SQLITE_OK) {
    snprintf(why, nwhy, "%s (a store written before places were extracted? ingest again)", sqlite3_errmsg(dy_store_sqlite(s)));
    return NULL;
  }
  return st;
}

int dyad_places(const char *db, int format, FILE *out, char *why, size_t nwhy) {
  dy_store *s = dy_store_open(db, 1, why, nwhy);
  if (!s) return -1;
  sqlite3_stmt *st = places_stmt(s, why, nwhy);
  if (!st) { dy_store_close(s); return -1; }
  if (format == DYAD_OUT_TSV) fputs("id\tarticle_id\tsentence\tstart\tend\tname\tplace\tfeature\tcountry\tadm1\tlat\tlon\tgeonameid\n", out);
  else if (format == DYAD_OUT_TABLE) fprintf(out, "%-24s %-24s %-8s %-3s %-8s %9s %10s  %s\n", "name", "place", "feature", "cc", "adm1", "lat", "lon", "article");
  dy_buf b = {0};
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    int coord = sqlite3_column_type(st, 11) != SQLITE_NULL;
    double lat = sqlite3_column_double(st, 11), lon = sqlite3_column_double(st, 12);
    if (format == DYAD_OUT_JSON) {
      b.n = 0;
      dy_buf_printf(&b, "{\"id\":%lld,\"article_id\":%lld,", (long long)sqlite3_column_int64(st, 0), (long long)sqlite3_column_int64(st, 1));
      jkv(&b, "doc_id", col(st, 2), 1);
      dy_buf_printf(&b, ",\"sentence_index\":%d,\"span\":[%d,%d]", sqlite3_column_int(st, 3), sqlite3_column_int(st, 4), sqlite3_column_int(st, 5));
      jkv(&b, "name", col(st, 6), 0); jkv(&b, "place", col(st, 7), 0); jkv(&b, "feature", col(st, 8), 0);
      jkv(&b, "country", col(st, 9), 0); jkv(&b, "adm1", col(st, 10), 0);
      if (coord) dy_buf_printf(&b, ",\"lat\":%.5f,\"lon\":%.5f", lat, lon);
      else dy_buf_puts(&b, ",\"lat\":null,\"lon\":null");
      if (sqlite3_column_type(st, 13) != SQLITE_NULL) dy_buf_printf(&b, ",\"geonameid\":%lld", (long long)sqlite3_column_int64(st, 13));
      else dy_buf_puts(&b, ",\"geonameid\":null");
      jkv(&b, "cue", col(st, 14), 0);
      dy_buf_printf(&b, ",\"actor\":%s}\n", sqlite3_column_int(st, 15) ? "true" : "false");
      fwrite(b.p, 1, b.n, out);
    } else if (format == DYAD_OUT_TSV) {
      fprintf(out, "%lld\t%lld\t%d\t%d\t%d\t", (long long)sqlite3_column_int64(st, 0), (long long)sqlite3_column_int64(st, 1),
              sqlite3_column_int(st, 3), sqlite3_column_int(st, 4), sqlite3_column_int(st, 5));
      for (int k = 6; k <= 10; k++) { flat(out, col(st, k)); fputc('\t', out); }
      if (coord) fprintf(out, "%.5f\t%.5f\t", lat, lon);
      else fputs("\t\t", out);
      fprintf(out, "%s\n", col(st, 13));
    } else {
      char n1[25], n2[25];
      snprintf(n1, sizeof n1, "%s", col(st, 6));
      snprintf(n2, sizeof n2, "%s", col(st, 7));
      fprintf(out, "%-24s %-24s %-8s %-3s %-8s ", n1, n2, col(st, 8), col(st, 9), col(st, 10));
      if (coord) fprintf(out, "%9.4f %10.4f  ", lat, lon);
      else fprintf(out, "%9s %10s  ", "-", "-");
      flat(out, col(st, 2));
      fputc('\n', out);
    }
  }
  dy_buf_free(&b);
  int bad = rc != SQLITE_DONE;
  if (bad) snprintf(why, nwhy, "places: %s", sqlite3_errmsg(dy_store_sqlite(s)));
  sqlite3_finalize(st);
  dy_store_close(s);
  return bad ? -1 : 0;
}

typedef struct { FILE *out; dy_buf b; long n; } gj_t;

static void gj_sep(gj_t *g) {
  fputs(g->n++ ? ",\n" : "\n", g->out);
}

static int gj_event(void *user, const dy_event_row *r) {
  gj_t *g = user;
  if (!r->geo_type || !r->geo_has_coord) return 0;
  g->b.n = 0;
  dy_buf_printf(&g->b, "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]},\"properties\":{",
                r->geo_lon, r->geo_lat);
  dy_buf_printf(&g->b, "\"kind\":\"event\",\"event_id\":%lld,\"article_id\":%lld", r->id, r->article_id);
  jkv(&g->b, "date", r->date, 0);
  jkv(&g->b, "source", r->source, 0); jkv(&g->b, "source_name", r->source_name, 0);
  jkv(&g->b, "target", r->target, 0); jkv(&g->b, "target_name", r->target_name, 0);
  jkv(&g->b, "code", r->code, 0);
  dy_buf_printf(&g->b, ",\"quad\":%d,\"goldstein\":%.1f", r->quad, r->goldstein);
  jkv(&g->b, "modality", r->modality, 0);
  jkv(&g->b, "place", r->geo_name, 0); jkv(&g->b, "country", r->geo_country, 0); jkv(&g->b, "adm1", r->geo_adm1, 0);
  jkv(&g->b, "feature", r->geo_feature, 0);
  dy_buf_printf(&g->b, ",\"geo_type\":%d,\"sentence\":", r->geo_type);
  dy_buf_json_str(&g->b, r->sentence_text, (size_t)r->sentence_len);
  dy_buf_puts(&g->b, "}}");
  gj_sep(g);
  fwrite(g->b.p, 1, g->b.n, g->out);
  return 0;
}

int dyad_geojson(const dyad_lexicon *lx, const char *db, const dyad_query *q, FILE *out, char *why, size_t nwhy) {
  dy_store *s = dy_store_open(db, 1, why, nwhy);
  if (!s) return -1;
  sqlite3_stmt *st = places_stmt(s, why, nwhy);
  if (!st) { dy_store_close(s); return -1; }
  gj_t g = {out, {0}, 0};
  fputs("{\"type\":\"FeatureCollection\",\"features\":[", out);
  dy_query dq = {q->actor, q->dyad_a, q->dyad_b, q->since, q->until, q->root, q->quad, q->all, q->limit};
  int rc = dy_store_events(s, &dq, gj_event, &g);
  if (rc) snprintf(why, nwhy, "%s", dy_store_errmsg(s));
  int step = SQLITE_DONE;
  while (!rc && (step = sqlite3_step(st)) == SQLITE_ROW) {
    if (sqlite3_column_type(st, 11) == SQLITE_NULL) continue;
    g.b.n = 0;
    dy_buf_printf(&g.b, "{\"type\":\"Feature\",\"geometry\":{\"type\":\"Point\",\"coordinates\":[%.5f,%.5f]},\"properties\":{",
                  sqlite3_column_double(st, 12), sqlite3_column_double(st, 11));
    dy_buf_printf(&g.b, "\"kind\":\"place\",\"place_id\":%lld,\"article_id\":%lld", (long long)sqlite3_column_int64(st, 0),
                  (long long)sqlite3_column_int64(st, 1));
    jkv(&g.b, "doc_id", col(st, 2), 0);
    dy_buf_printf(&g.b, ",\"sentence_index\":%d,\"span\":[%d,%d]", sqlite3_column_int(st, 3), sqlite3_column_int(st, 4), sqlite3_column_int(st, 5));
    jkv(&g.b, "name", col(st, 6), 0); jkv(&g.b, "place", col(st, 7), 0); jkv(&g.b, "feature", col(st, 8), 0);
    jkv(&g.b, "country", col(st, 9), 0); jkv(&g.b, "adm1", col(st, 10), 0);
    dy_buf_puts(&g.b, "}}");
    gj_sep(&g);
    fwrite(g.b.p, 1, g.b.n, out);
  }
  if (!rc && step != SQLITE_DONE) { rc = -1; snprintf(why, nwhy, "places: %s", sqlite3_errmsg(dy_store_sqlite(s))); }
  fputs("\n]}\n", out);
  dy_buf_free(&g.b);
  sqlite3_finalize(st);
  dy_store_close(s);
  return rc ? -1 : 0;
}

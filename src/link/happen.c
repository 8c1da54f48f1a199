/* happen.c: one event per happening (the rule is in happen.h). */
#include "happen.h"
#include "../doc.h"

#include <ctype.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

static const char *nz(const char *s) { return s ? s : ""; }

static int prec_of(const char *p) {
  if (!p || !*p) return DY_PREC_NONE;
  if (!strcmp(p, "day")) return DY_PREC_DAY;
  if (!strcmp(p, "month")) return DY_PREC_MONTH;
  if (!strcmp(p, "year")) return DY_PREC_YEAR;
  if (!strcmp(p, "decade")) return DY_PREC_DECADE;
  return DY_PREC_NONE;
}

int dy_hap_interval(const char *date, const char *precname, long *lo, long *hi, int *p) {
  if (!date || strlen(date) < 4) return -1;
  char y4[5];
  memcpy(y4, date, 4);
  y4[4] = 0;
  for (int i = 0; i < 4; i++) if (!isdigit((unsigned char)y4[i])) return -1;
  int prec = prec_of(precname);
  dy_date d = {0, 0, 0, 0};
  if (prec == DY_PREC_DECADE || date[4] == 's') {
    d.y = (int16_t)strtol(y4, NULL, 10);
    d.prec = DY_PREC_DECADE;
  } else if (dy_date_parse_iso(date, &d) != 0) return -1;
  if (prec && prec < d.prec) d.prec = (int8_t)prec; /* the stored precision wins */
  *lo = dy_date_days(d);
  dy_date e = d;
  switch (d.prec) {
  case DY_PREC_DAY: *hi = *lo; break;
  case DY_PREC_MONTH: e.m = (int8_t)(d.m % 12 + 1); e.y = (int16_t)(d.y + (d.m == 12)); e.d = 1; *hi = dy_date_days(e) - 1; break;
  case DY_PREC_YEAR: e.y = (int16_t)(d.y + 1); e.m = 1; e.d = 1; *hi = dy_date_days(e) - 1; break;
  default: e.y = (int16_t)(d.y + 10); e.m = 1; e.d = 1; *hi = dy_date_days(e) - 1; d.prec = DY_PREC_DECADE; break;
  }
  *p = d.prec;
  return 0;
}

static int modclass(const char *m) {
  if (!m || !strcmp(m, "asserted") || !strcmp(m, "reported")) return 0;
  if (!strcmp(m, "negated")) return 1;
  if (!strcmp(m, "hypothetical")) return 2;
  if (!strcmp(m, "future")) return 3;
  if (!strcmp(m, "standing")) return 5;
  if (!strcmp(m, "one-sided")) return 6;
  return 4;
}

#define CP(dst, src) dy_scopy(dst, sizeof dst, nz(src))

int dy_hap_core_of(const dy_hap_event *e, dy_hap_core *c) {
  memset(c, 0, sizeof *c);
  CP(c->source, e->source); CP(c->target, e->target);
  CP(c->source_person, e->source_person); CP(c->target_person, e->target_person);
  CP(c->root, e->root);
  CP(c->code, e->code);
  c->modclass = modclass(e->modality);
  CP(c->geo_name, e->geo_name); CP(c->geo_country, e->geo_country);
  CP(c->geo_adm1, e->geo_adm1); CP(c->geo_feature, e->geo_feature);
  c->stated = e->date_stated;
  if (dy_hap_interval(e->date, e->date_precision, &c->lo, &c->hi, &c->prec) != 0) { c->prec = 0; return -1; }
  return 0;
}

/* Two actor codes agree: equal, or a country and its government (PAK and
 * PAKGOV: "Pakistan" and "Islamabad" name the same actor); an unnamed side
 * only agrees with an unnamed side. */
static int codes_agree(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  if (!strcmp(a, b)) return 1;
  if (na == 3 && nb == 6) return !strncmp(a, b, 3) && !strcmp(b + 3, "GOV");
  if (nb == 3 && na == 6) return !strncmp(a, b, 3) && !strcmp(a + 3, "GOV");
  return 0;
}

/* Two CAMEO codes are the same kind of event: the same root, and the same
 * 3-digit code unless one is the root's generic code (040 "consult" agrees
 * with 042 "make a visit"; 042 and 043 do not agree). */
static int generic(const char *c) { return strlen(c) < 3 || c[2] == '0'; }
static int kinds_agree(const char *a, const char *b) {
  if (strncmp(a, b, 2) != 0) return 0;
  return generic(a) || generic(b) || strncmp(a, b, 3) == 0;
}

static int persons_agree(const char *a, const char *b) { return !*a || !*b || strcasecmp(a, b) == 0; }

static int places_agree(const dy_hap_core *c, const dy_hap_event *e) {
  if (!c->geo_name[0] || !nz(e->geo_name)[0]) return 1;
  if (strcmp(c->geo_country, nz(e->geo_country)) != 0) return 0;
  if (!strcasecmp(c->geo_name, e->geo_name)) return 1;
  /* a country holds its places, a division its cities */
  if (!strncmp(c->geo_feature, "PCL", 3) || !strncmp(nz(e->geo_feature), "PCL", 3)) return 1;
  int cdiv = !strcmp(c->geo_feature, "ADM1"), ediv = !strcmp(nz(e->geo_feature), "ADM1");
  return (cdiv || ediv) && c->geo_adm1[0] && !strcmp(c->geo_adm1, nz(e->geo_adm1));
}

int dy_hap_agrees(const dy_hap_core *c, const dy_hap_event *e) {
  if (!c->prec) return 0;
  long lo, hi;
  int p;
  if (dy_hap_interval(e->date, e->date_precision, &lo, &hi, &p) != 0) return 0;
  if (c->modclass != modclass(e->modality) || strcmp(c->root, nz(e->root)) != 0 || !kinds_agree(c->code, nz(e->code))) return 0;
  if (!codes_agree(c->source, nz(e->source)) || !codes_agree(c->target, nz(e->target))) return 0;
  if (!persons_agree(c->source_person, nz(e->source_person)) || !persons_agree(c->target_person, nz(e->target_person))) return 0;
  if (p == DY_PREC_DAY && c->prec == DY_PREC_DAY) {
    long tol = c->stated && e->date_stated ? 1 : 2;
    if (lo < c->hi - tol || lo > c->lo + tol) return 0; /* within tol of every day of the core */
  } else if (lo > c->hi || hi < c->lo) return 0;
  return places_agree(c, e);
}

void dy_hap_narrow(dy_hap_core *c, const dy_hap_event *e) {
  if (generic(c->code) && !generic(nz(e->code))) CP(c->code, e->code);
  if (strlen(nz(e->source)) > strlen(c->source)) CP(c->source, e->source);
  if (strlen(nz(e->target)) > strlen(c->target)) CP(c->target, e->target);
  if (!c->source_person[0]) CP(c->source_person, e->source_person);
  if (!c->target_person[0]) CP(c->target_person, e->target_person);
  long lo, hi;
  int p;
  if (dy_hap_interval(e->date, e->date_precision, &lo, &hi, &p) == 0) {
    if (p > c->prec) { c->lo = lo; c->hi = hi; c->prec = p; c->stated = e->date_stated; }
    else if (p == DY_PREC_DAY && c->prec == DY_PREC_DAY) {
      if (lo < c->lo) c->lo = lo;
      if (hi > c->hi) c->hi = hi;
      c->stated = c->stated && e->date_stated;
    }
  }
  /* the finer place: a city over its division, either over its country */
  int cfine = !strncmp(c->geo_feature, "PCL", 3) ? 0 : !strcmp(c->geo_feature, "ADM1") ? 1 : 2;
  int efine = !nz(e->geo_name)[0] || !strncmp(nz(e->geo_feature), "PCL", 3) ? 0 : !strcmp(nz(e->geo_feature), "ADM1") ? 1 : 2;
  if (!c->geo_name[0] || efine > cfine) {
    CP(c->geo_name, e->geo_name); CP(c->geo_country, e->geo_country);
    CP(c->geo_adm1, e->geo_adm1); CP(c->geo_feature, e->geo_feature);
  }
}

void dy_hap_outlet(const char *source, const char *url, long long article_id, char *out, size_t n) {
  if (source && *source) {
    size_t k = 0;
    for (const char *p = source; *p && k + 1 < n; p++) out[k++] = (char)tolower((unsigned char)*p);
    out[k] = 0;
    return;
  }
  const char *h = url ? strstr(url, "://") : NULL;
  if (h) {
    h += 3;
    if (!strncasecmp(h, "www.", 4)) h += 4;
    size_t k = 0;
    for (; *h && *h != '/' && *h != ':' && *h != '?' && k + 1 < n; h++) out[k++] = (char)tolower((unsigned char)*h);
    out[k] = 0;
    if (k) return;
  }
  snprintf(out, n, "#%lld", article_id);
}

/* ---- the tables ------------------------------------------------------------ */

struct dy_hap_linker {
  sqlite3 *db;
  sqlite3_stmt *find, *ins, *upd, *ev, *src;
  long long *touched; /* happenings the current document has mentioned */
  size_t ntouched, ctouched;
  struct hap_row { long long id; dy_hap_core k; } *rows; /* FIND's rows */
  size_t crows;
};

static int row_newer(const void *a, const void *b) {
  long long x = ((const struct hap_row *)a)->id, y = ((const struct hap_row *)b)->id;
  return x > y ? -1 : x < y;
}

static const char FIND[] =
  "SELECT id, source, target, source_person, target_person, core_prec, core_lo, core_hi, core_stated,"
  " geo_name, geo_country, geo_adm1, geo_feature, code FROM happenings"
  " WHERE root = ?1 AND src3 = ?2 AND tgt3 = ?3 AND modclass = ?4 AND ("
  "  (core_prec = 4 AND core_lo BETWEEN ?5 - 2 AND ?6 + 2) OR (core_prec = 3 AND core_lo BETWEEN ?5 - 31 AND ?6) OR"
  "  (core_prec = 2 AND core_lo BETWEEN ?5 - 366 AND ?6) OR (core_prec = 1 AND core_lo BETWEEN ?5 - 3653 AND ?6))"
  ;
/* FIND's rows are taken newest first, 64 at most: sorted here rather than
 * by SQLite, whose ORDER BY would build a temporary B-tree on every lookup. */
#define FIND_MAX 64
static const char INS[] =
  "INSERT INTO happenings(id, first_event, root, code, src3, tgt3, modclass, source, target, source_person, target_person,"
  " core_prec, core_lo, core_hi, core_stated, date, date_precision, first_date, last_date, geo_name, geo_country, geo_adm1, geo_feature,"
  " num_mentions, num_sources, num_articles) VALUES(?1, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?15, ?15,"
  " ?17, ?18, ?19, ?20, 1, 1, 1)";
static const char UPD[] =
  "UPDATE happenings SET code = ?19, source = ?2, target = ?3, source_person = ?4, target_person = ?5, core_prec = ?6, core_lo = ?7,"
  " core_hi = ?8, core_stated = ?9, date = CASE WHEN ?10 THEN ?11 ELSE date END,"
  " date_precision = CASE WHEN ?10 THEN ?12 ELSE date_precision END,"
  " first_date = CASE WHEN first_date IS NULL OR ?11 < first_date THEN ?11 ELSE first_date END,"
  " last_date = CASE WHEN last_date IS NULL OR ?11 > last_date THEN ?11 ELSE last_date END,"
  " geo_name = ?13, geo_country = ?14, geo_adm1 = ?15, geo_feature = ?16,"
  " num_mentions = num_mentions + 1, num_sources = num_sources + ?17, num_articles = num_articles + ?18 WHERE id = ?1";

dy_hap_linker *dy_hap_linker_new(sqlite3 *db) {
  dy_hap_linker *l = dy_xcalloc(1, sizeof *l);
  l->db = db;
  if (sqlite3_prepare_v3(db, FIND, -1, SQLITE_PREPARE_PERSISTENT, &l->find, NULL) != SQLITE_OK ||
      sqlite3_prepare_v3(db, INS, -1, SQLITE_PREPARE_PERSISTENT, &l->ins, NULL) != SQLITE_OK ||
      sqlite3_prepare_v3(db, UPD, -1, SQLITE_PREPARE_PERSISTENT, &l->upd, NULL) != SQLITE_OK ||
      sqlite3_prepare_v3(db, "UPDATE events SET happening_id = ?1 WHERE id = ?2", -1, SQLITE_PREPARE_PERSISTENT, &l->ev, NULL) != SQLITE_OK ||
      sqlite3_prepare_v3(db, "INSERT OR IGNORE INTO happening_sources(happening_id, outlet) VALUES(?1, ?2)", -1,
                         SQLITE_PREPARE_PERSISTENT, &l->src, NULL) != SQLITE_OK) {
    dy_hap_linker_free(l);
    return NULL;
  }
  return l;
}

void dy_hap_linker_free(dy_hap_linker *l) {
  if (!l) return;
  sqlite3_finalize(l->find); sqlite3_finalize(l->ins); sqlite3_finalize(l->upd);
  sqlite3_finalize(l->ev); sqlite3_finalize(l->src);
  free(l->touched);
  free(l->rows);
  free(l);
}

void dy_hap_begin_doc(dy_hap_linker *l) { l->ntouched = 0; }

static const char *colt(sqlite3_stmt *st, int i) {
  const unsigned char *t = sqlite3_column_text(st, i);
  return t ? (const char *)t : "";
}

/* Strings are bound SQLITE_STATIC: every one (the event's, the core's,
 * s3 and t3) outlives the step it is bound for, which comes before this
 * file's function returns, and is bound anew before the next. */
static void bind_s(sqlite3_stmt *st, int i, const char *v) {
  if (v && *v) sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
  else sqlite3_bind_null(st, i);
}

/* 1 when the document had not mentioned h yet (and now has). */
static int first_touch(dy_hap_linker *l, long long h) {
  for (size_t i = 0; i < l->ntouched; i++) if (l->touched[i] == h) return 0;
  DY_VEC_GROW(l->touched, l->ctouched, l->ntouched + 1);
  l->touched[l->ntouched++] = h;
  return 1;
}

static int add_source(dy_hap_linker *l, long long h, const char *outlet) {
  sqlite3_reset(l->src);
  sqlite3_bind_int64(l->src, 1, h);
  sqlite3_bind_text(l->src, 2, outlet, -1, SQLITE_STATIC);
  if (sqlite3_step(l->src) != SQLITE_DONE) return -1;
  return sqlite3_changes(l->db) > 0;
}

long long dy_hap_link(dy_hap_linker *l, const dy_hap_event *e) { return dy_hap_link_to(l, e, 1); }

long long dy_hap_link_to(dy_hap_linker *l, const dy_hap_event *e, int set_event) {
  dy_hap_core c;
  int dated = dy_hap_core_of(e, &c) == 0;
  char s3[4], t3[4];
  dy_scat(s3, sizeof s3, nz(e->source), 3, "");
  dy_scat(t3, sizeof t3, nz(e->target), 3, "");
  long long h = -1;
  if (dated) {
    sqlite3_reset(l->find);
    sqlite3_bind_text(l->find, 1, nz(e->root), -1, SQLITE_STATIC);
    sqlite3_bind_text(l->find, 2, s3, -1, SQLITE_STATIC);
    sqlite3_bind_text(l->find, 3, t3, -1, SQLITE_STATIC);
    sqlite3_bind_int(l->find, 4, c.modclass);
    sqlite3_bind_int64(l->find, 5, c.lo);
    sqlite3_bind_int64(l->find, 6, c.hi);
    int rc;
    size_t nrows = 0;
    while ((rc = sqlite3_step(l->find)) == SQLITE_ROW) {
      DY_VEC_GROW(l->rows, l->crows, nrows + 1);
      struct hap_row *r = &l->rows[nrows++];
      dy_hap_core *k = &r->k;
      *k = c;
      r->id = sqlite3_column_int64(l->find, 0);
      CP(k->source, colt(l->find, 1)); CP(k->target, colt(l->find, 2));
      CP(k->source_person, colt(l->find, 3)); CP(k->target_person, colt(l->find, 4));
      k->prec = sqlite3_column_int(l->find, 5);
      k->lo = (long)sqlite3_column_int64(l->find, 6);
      k->hi = (long)sqlite3_column_int64(l->find, 7);
      k->stated = sqlite3_column_int(l->find, 8);
      CP(k->geo_name, colt(l->find, 9)); CP(k->geo_country, colt(l->find, 10));
      CP(k->geo_adm1, colt(l->find, 11)); CP(k->geo_feature, colt(l->find, 12));
      CP(k->code, colt(l->find, 13));
    }
    if (rc != SQLITE_DONE) return -1;
    sqlite3_reset(l->find);
    if (nrows > 1) qsort(l->rows, nrows, sizeof *l->rows, row_newer);
    if (nrows > FIND_MAX) nrows = FIND_MAX;
    long long hfirst = -1;
    size_t first = 0;
    for (size_t i = 0; i < nrows; i++) {
      const dy_hap_core *k = &l->rows[i].k;
      if (!dy_hap_agrees(k, e)) continue;
      /* of the happenings it fits, the one that names the same person
       * ("Pezeshkian's visit", not another IRNGOV visit that month) */
      const char *sp = nz(e->source_person), *tp = nz(e->target_person);
      if ((*sp && !strcasecmp(sp, k->source_person)) || (*tp && !strcasecmp(tp, k->target_person))) {
        h = l->rows[i].id;
        c = *k;
        break;
      }
      if (hfirst < 0) { hfirst = l->rows[i].id; first = i; }
    }
    if (h < 0 && hfirst >= 0) { h = hfirst; c = l->rows[first].k; }
  }
  if (h > 0) {
    int before = c.prec;
    dy_hap_narrow(&c, e);
    int ns = add_source(l, h, e->outlet);
    if (ns < 0) return -1;
    sqlite3_stmt *u = l->upd;
    sqlite3_reset(u);
    sqlite3_bind_int64(u, 1, h);
    bind_s(u, 2, c.source); bind_s(u, 3, c.target); bind_s(u, 4, c.source_person); bind_s(u, 5, c.target_person);
    sqlite3_bind_int(u, 6, c.prec);
    sqlite3_bind_int64(u, 7, c.lo);
    sqlite3_bind_int64(u, 8, c.hi);
    sqlite3_bind_int(u, 9, c.stated);
    sqlite3_bind_int(u, 10, c.prec > before);
    bind_s(u, 11, e->date); bind_s(u, 12, e->date_precision);
    bind_s(u, 13, c.geo_name); bind_s(u, 14, c.geo_country); bind_s(u, 15, c.geo_adm1); bind_s(u, 16, c.geo_feature);
    sqlite3_bind_int(u, 17, ns);
    sqlite3_bind_int(u, 18, first_touch(l, h));
    bind_s(u, 19, c.code);
    if (sqlite3_step(u) != SQLITE_DONE) return -1;
  } else {
    h = e->id;
    sqlite3_stmt *u = l->ins;
    sqlite3_reset(u);
    sqlite3_bind_int64(u, 1, h);
    bind_s(u, 2, e->root); bind_s(u, 3, e->code);
    sqlite3_bind_text(u, 4, s3, -1, SQLITE_STATIC);
    sqlite3_bind_text(u, 5, t3, -1, SQLITE_STATIC);
    sqlite3_bind_int(u, 6, c.modclass);
    bind_s(u, 7, e->source); bind_s(u, 8, e->target); bind_s(u, 9, e->source_person); bind_s(u, 10, e->target_person);
    sqlite3_bind_int(u, 11, dated ? c.prec : 0);
    sqlite3_bind_int64(u, 12, dated ? c.lo : 0);
    sqlite3_bind_int64(u, 13, dated ? c.hi : 0);
    sqlite3_bind_int(u, 14, c.stated);
    bind_s(u, 15, e->date); bind_s(u, 16, e->date_precision);
    bind_s(u, 17, e->geo_name); bind_s(u, 18, e->geo_country); bind_s(u, 19, e->geo_adm1); bind_s(u, 20, e->geo_feature);
    if (sqlite3_step(u) != SQLITE_DONE) return -1;
    if (add_source(l, h, e->outlet) < 0) return -1;
    first_touch(l, h);
  }
  if (!set_event) return h;
  sqlite3_reset(l->ev);
  sqlite3_bind_int64(l->ev, 1, h);
  sqlite3_bind_int64(l->ev, 2, e->id);
  if (sqlite3_step(l->ev) != SQLITE_DONE) return -1;
  return h;
}

/* ---- events stored before happenings ------------------------------------- */

long dy_hap_link_pending(sqlite3 *db) {
  static const char SQL[] =
    "SELECT e.id, e.article_id, coalesce(e.source,''), coalesce(e.target,''), e.code, e.root, coalesce(e.date,''),"
    " coalesce(e.date_precision,''), e.date_source = 'sentence', e.modality,"
    " coalesce(e.geo_name,''), coalesce(e.geo_country,''), coalesce(e.geo_adm1,''), coalesce(e.geo_feature,''), a.source, a.url,"
    " CASE WHEN EXISTS(SELECT 1 FROM json_each(a.actors) j WHERE j.value->>1 = e.source_name AND j.value->>2 = 'person') THEN e.source_name END,"
    " CASE WHEN EXISTS(SELECT 1 FROM json_each(a.actors) j WHERE j.value->>1 = e.target_name AND j.value->>2 = 'person') THEN e.target_name END"
    " FROM events e JOIN articles a ON a.id = e.article_id WHERE e.id > ? AND e.happening_id IS NULL ORDER BY e.id LIMIT 2000";
  dy_hap_linker *l = dy_hap_linker_new(db);
  if (!l) return -1;
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, SQL, -1, &st, NULL) != SQLITE_OK) { dy_hap_linker_free(l); return -1; }
  enum { NS = 15 };
  typedef struct { long long id, aid; int stated; char *s[NS]; } row_t;
  row_t *rows = dy_xcalloc(2000, sizeof *rows);
  long total = 0;
  long long after = 0, last_article = -1;
  int bad = !rows;
  while (!bad) {
    sqlite3_reset(st);
    sqlite3_bind_int64(st, 1, after);
    int n = 0, rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && n < 2000) {
      row_t *r = &rows[n++];
      r->id = sqlite3_column_int64(st, 0);
      r->aid = sqlite3_column_int64(st, 1);
      r->stated = sqlite3_column_int(st, 8);
      static const int C[NS] = {2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15, 16, 17};
      for (int k = 0; k < NS; k++) r->s[k] = dy_xstrdup(colt(st, C[k]));
    }
    if (rc != SQLITE_ROW && rc != SQLITE_DONE) bad = 1;
    sqlite3_reset(st);
    for (int i = 0; i < n; i++) {
      row_t *r = &rows[i];
      if (!bad) {
        if (r->aid != last_article) { dy_hap_begin_doc(l); last_article = r->aid; }
        char outlet[128];
        dy_hap_outlet(r->s[11], r->s[12], r->aid, outlet, sizeof outlet);
        dy_hap_event e = {.id = r->id, .article_id = r->aid, .source = r->s[0], .target = r->s[1], .code = r->s[2], .root = r->s[3],
                          .date = r->s[4], .date_precision = r->s[5], .date_stated = r->stated, .modality = r->s[6],
                          .geo_name = r->s[7], .geo_country = r->s[8], .geo_adm1 = r->s[9], .geo_feature = r->s[10],
                          .source_person = r->s[13], .target_person = r->s[14], .outlet = outlet};
        if (dy_hap_link(l, &e) < 0) bad = 1;
        else total++;
      }
      after = r->id;
      for (int k = 0; k < NS; k++) free(r->s[k]);
    }
    if (n == 0) break;
  }
  free(rows);
  sqlite3_finalize(st);
  dy_hap_linker_free(l);
  return bad ? -1 : total;
}

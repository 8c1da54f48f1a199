/* watch.c: the watch rule format (docs/FORMATS.md) and its evaluation on a
 * store: events of every modality and quotes, counted over a sliding window. */
#include "watch.h"
#include "../base.h"

#include <ctype.h>
#include <errno.h>
#include <sqlite3.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { M_ASSERTED = 1, M_NEGATED = 2, M_HYPOTHETICAL = 4, M_FUTURE = 8, M_REPORTED = 16, M_STANDING = 32, M_ONE_SIDED = 64, M_ALL = 127 };

static const struct { const char *word; int mask; } MODALITIES[] = {
  {"asserted", M_ASSERTED}, {"negated", M_NEGATED}, {"hypothetical", M_HYPOTHETICAL}, {"future", M_FUTURE},
  {"reported", M_REPORTED}, {"standing", M_STANDING}, {"one-sided", M_ONE_SIDED}, {"any-modality", M_ALL}, {NULL, 0}};

/* Kinds of event by name: QuadClass bits or CAMEO prefixes. */
static const struct { const char *word; int quads; const char *codes; } KINDS[] = {
  {"verbal-cooperation", 1 << 1, NULL}, {"material-cooperation", 1 << 2, NULL},
  {"verbal-conflict", 1 << 3, NULL}, {"material-conflict", 1 << 4, NULL},
  {"cooperation", 1 << 1 | 1 << 2, NULL}, {"conflict", 1 << 3 | 1 << 4, NULL},
  {"statement", 0, "01"}, {"appeal", 0, "02"}, {"intent", 0, "03"}, {"consult", 0, "04"}, {"visit", 0, "042,043"},
  {"meeting", 0, "036,04"}, {"diplomacy", 0, "05"}, {"agreement", 0, "057"}, {"aid", 0, "07"},
  {"yield", 0, "08"}, {"investigate", 0, "09"}, {"demand", 0, "10"}, {"disapprove", 0, "11"}, {"condemn", 0, "11"},
  {"reject", 0, "12"}, {"threat", 0, "13"}, {"protest", 0, "14"}, {"force-posture", 0, "15"},
  {"reduce-relations", 0, "16"}, {"sanctions", 0, "163"}, {"coerce", 0, "17"}, {"assault", 0, "18"},
  {"attack", 0, "18,19"}, {"fight", 0, "19"}, {"mass-violence", 0, "20"}, {NULL, 0, NULL}};

static int err(char *why, size_t nwhy, const char *file, int line, const char *fmt, ...) __attribute__((format(printf, 5, 6)));
static int err(char *why, size_t nwhy, const char *file, int line, const char *fmt, ...) {
  int k = snprintf(why, nwhy, "%s:%d: ", file, line);
  if (k < 0) k = 0;
  if ((size_t)k < nwhy) {
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(why + k, nwhy - (size_t)k, fmt, ap);
    va_end(ap);
  }
  return -1;
}

static int is_code(const char *t, size_t n) {
  if (n < 3 || n > 15) return 0;
  for (size_t i = 0; i < n; i++)
    if (!(isupper((unsigned char)t[i]) || (i >= 3 && isdigit((unsigned char)t[i])))) return 0;
  return 1;
}

static int all_digits(const char *t, size_t n) {
  if (n < 2 || n > 4) return 0;
  for (size_t i = 0; i < n; i++) if (!isdigit((unsigned char)t[i])) return 0;
  return 1;
}

static int add_code(dy_watch_rule *r, const char *t, size_t n) {
  if (r->ncodes >= DY_WATCH_MAXTERMS * 2) return -1;
  snprintf(r->codes[r->ncodes++], 5, "%.*s", (int)n, t);
  return 0;
}

static int add_str(char (*arr)[96], int *cnt, const char *t, size_t n) {
  if (*cnt >= DY_WATCH_MAXTERMS || n == 0 || n >= 96) return -1;
  snprintf(arr[(*cnt)++], 96, "%.*s", (int)n, t);
  return 0;
}

/* One line: [NAME:] TERM ... [>= N [in N days|weeks|months]] */
static int parse_line(const char *s, size_t n, const char *file, int line, dy_watch_rule *r, char *why, size_t nwhy) {
  memset(r, 0, sizeof *r);
  r->line = line;
  r->threshold = 1;
  /* the name: the words before the first ':' outside quotes followed by a space or the end */
  size_t body = 0;
  int inq = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"') inq = !inq;
    else if (!inq && s[i] == ':' && (i + 1 == n || s[i + 1] == ' ' || s[i + 1] == '\t')) {
      size_t a = 0, z = i;
      while (a < z && isspace((unsigned char)s[a])) a++;
      while (z > a && isspace((unsigned char)s[z - 1])) z--;
      if (z == a) return err(why, nwhy, file, line, "an empty rule name before ':'");
      snprintf(r->name, sizeof r->name, "%.*s", (int)(z - a), s + a);
      body = i + 1;
      break;
    }
  }
  if (!r->name[0]) {
    size_t a = 0, z = n;
    while (a < z && isspace((unsigned char)s[a])) a++;
    while (z > a && isspace((unsigned char)s[z - 1])) z--;
    snprintf(r->name, sizeof r->name, "%.*s", (int)(z - a), s + a);
  }
  int mentioning = 0, have_threshold = 0;
  const char *p = s + body, *end = s + n;
  enum { T_NONE, T_AT, T_BY } pending = T_NONE;
  while (p < end) {
    while (p < end && isspace((unsigned char)*p)) p++;
    if (p >= end) break;
    const char *t;
    size_t tn;
    int quoted = 0;
    if (*p == '"') {
      t = ++p;
      while (p < end && *p != '"') p++;
      if (p >= end) return err(why, nwhy, file, line, "a quote is not closed");
      tn = (size_t)(p - t);
      p++;
      quoted = 1;
      if (tn == 0) return err(why, nwhy, file, line, "an empty quoted phrase");
      if (tn >= 96) return err(why, nwhy, file, line, "a quoted phrase of more than 95 bytes");
    } else {
      t = p;
      while (p < end && !isspace((unsigned char)*p) && *p != '"') p++;
      tn = (size_t)(p - t);
    }
    if (pending != T_NONE) {
      int rc = pending == T_AT ? add_str(r->places, &r->nplaces, t, tn) : add_str(r->who, &r->nwho, t, tn);
      if (rc) return err(why, nwhy, file, line, "too many or too long places or sources (at most %d, of 95 bytes)", DY_WATCH_MAXTERMS);
      pending = T_NONE;
      continue;
    }
    if (!quoted && (tn >= 1 && t[0] == '>')) {
      /* >= N, > N, >=N */
      r->strict = !(tn >= 2 && t[1] == '=');
      const char *num = t + (r->strict ? 1 : 2);
      size_t nn = tn - (size_t)(num - t);
      if (nn == 0) {
        while (p < end && isspace((unsigned char)*p)) p++;
        num = p;
        while (p < end && !isspace((unsigned char)*p)) p++;
        nn = (size_t)(p - num);
      }
      char buf[24];
      if (nn == 0 || nn >= sizeof buf) return err(why, nwhy, file, line, "'>=' needs a number");
      memcpy(buf, num, nn);
      buf[nn] = 0;
      char *e;
      errno = 0;
      long v = strtol(buf, &e, 10);
      if (*e || errno || v < 0 || v > 1000000) return err(why, nwhy, file, line, "'%s' is not a count (0 to 1000000)", buf);
      r->threshold = v;
      have_threshold = 1;
      mentioning = 0;
      /* in N days */
      const char *q = p;
      while (q < end && isspace((unsigned char)*q)) q++;
      if (end - q >= 3 && (!strncmp(q, "in ", 3) || (end - q >= 7 && !strncmp(q, "within ", 7)))) {
        q += q[0] == 'i' ? 3 : 7;
        while (q < end && isspace((unsigned char)*q)) q++;
        const char *nb = q;
        while (q < end && isdigit((unsigned char)*q)) q++;
        if (q == nb || q - nb > 5) return err(why, nwhy, file, line, "'in' needs a number of days, weeks or months");
        char nbuf[8]; /* the line is not NUL-terminated: the digits alone */
        memcpy(nbuf, nb, (size_t)(q - nb));
        nbuf[q - nb] = 0;
        long w = strtol(nbuf, NULL, 10);
        while (q < end && isspace((unsigned char)*q)) q++;
        const char *ub = q;
        while (q < end && isalpha((unsigned char)*q)) q++;
        size_t un = (size_t)(q - ub);
        int mult = 0;
        if ((un == 3 && !strncmp(ub, "day", 3)) || (un == 4 && !strncmp(ub, "days", 4))) mult = 1;
        else if ((un == 4 && !strncmp(ub, "week", 4)) || (un == 5 && !strncmp(ub, "weeks", 5))) mult = 7;
        else if ((un == 5 && !strncmp(ub, "month", 5)) || (un == 6 && !strncmp(ub, "months", 6))) mult = 30;
        if (!mult) return err(why, nwhy, file, line, "'in %ld' needs days, weeks or months", w);
        if (w < 1 || w * mult > 36600) return err(why, nwhy, file, line, "a window of 1 day to 100 years");
        r->window = (int)(w * mult);
        p = q;
      }
      continue;
    }
    if (mentioning) {
      if (add_str(r->words, &r->nwords, t, tn)) return err(why, nwhy, file, line, "too many or too long words after 'mentioning' (at most %d)", DY_WATCH_MAXTERMS);
      continue;
    }
    if (quoted) {
      if (add_str(r->who, &r->nwho, t, tn)) return err(why, nwhy, file, line, "too many sources (at most %d)", DY_WATCH_MAXTERMS);
      continue;
    }
    /* A>B: directed dyad */
    const char *gt = memchr(t, '>', tn);
    if (gt && is_code(t, (size_t)(gt - t)) && is_code(gt + 1, tn - (size_t)(gt - t) - 1)) {
      if (r->nactors) return err(why, nwhy, file, line, "a directed dyad A>B with other actors");
      snprintf(r->actors[0], 16, "%.*s", (int)(gt - t), t);
      snprintf(r->actors[1], 16, "%.*s", (int)(tn - (size_t)(gt - t) - 1), gt + 1);
      r->nactors = 2;
      r->directed = 1;
      continue;
    }
    if (is_code(t, tn)) {
      if (r->directed || r->nactors >= DY_WATCH_MAXTERMS) return err(why, nwhy, file, line, "too many actors (at most %d)", DY_WATCH_MAXTERMS);
      snprintf(r->actors[r->nactors++], 16, "%.*s", (int)tn, t);
      continue;
    }
    /* CAMEO codes: 19, 042, 18,19 */
    int codes = tn > 0;
    for (size_t i = 0, a = 0; codes && i <= tn; i++)
      if (i == tn || t[i] == ',') {
        if (!all_digits(t + a, i - a)) codes = 0;
        a = i + 1;
      }
    if (codes) {
      for (size_t i = 0, a = 0; i <= tn; i++)
        if (i == tn || t[i] == ',') {
          if (add_code(r, t + a, i - a)) return err(why, nwhy, file, line, "too many CAMEO codes (at most %d)", DY_WATCH_MAXTERMS * 2);
          a = i + 1;
        }
      continue;
    }
    char w[40];
    if (tn >= sizeof w) return err(why, nwhy, file, line, "unknown word '%.30s...' (see the watch rule format in docs/FORMATS.md)", t);
    memcpy(w, t, tn);
    w[tn] = 0;
    for (char *c = w; *c; c++) *c = (char)tolower((unsigned char)*c);
    /* "material conflict" written as two words */
    if (!strcmp(w, "material") || !strcmp(w, "verbal")) {
      const char *q = p;
      while (q < end && isspace((unsigned char)*q)) q++;
      const char *nb = q;
      while (q < end && isalpha((unsigned char)*q)) q++;
      size_t nl = (size_t)(q - nb);
      if ((nl == 8 && !strncasecmp(nb, "conflict", 8)) || (nl == 11 && !strncasecmp(nb, "cooperation", 11))) {
        snprintf(w + strlen(w), sizeof w - strlen(w), "-%.*s", (int)nl, nb);
        for (char *c = w; *c; c++) *c = (char)tolower((unsigned char)*c);
        p = q;
      }
    }
    if (!strcmp(w, "mentioning")) { mentioning = 1; continue; }
    if (!strcmp(w, "at") || !strcmp(w, "near") || !strcmp(w, "place")) { pending = T_AT; continue; }
    if (!strcmp(w, "by") || !strcmp(w, "from")) { pending = T_BY; continue; }
    int found = 0;
    for (int i = 0; !found && MODALITIES[i].word; i++)
      if (!strcmp(w, MODALITIES[i].word)) { r->modalities |= MODALITIES[i].mask; found = 1; }
    if (!strcmp(w, "statement") || !strcmp(w, "statements")) { r->statement = 1; found = 1; }
    for (int i = 0; !found && KINDS[i].word; i++)
      if (!strcmp(w, KINDS[i].word) || (strlen(w) == strlen(KINDS[i].word) + 1 && w[strlen(w) - 1] == 's' && !strncmp(w, KINDS[i].word, strlen(KINDS[i].word)))) {
        r->quads |= KINDS[i].quads;
        if (KINDS[i].codes) {
          const char *c = KINDS[i].codes;
          while (*c) {
            size_t l = strcspn(c, ",");
            if (add_code(r, c, l)) return err(why, nwhy, file, line, "too many CAMEO codes");
            c += l + (c[l] == ',');
          }
        }
        found = 1;
      }
    if (!strcmp(w, "in") || !strcmp(w, "within")) return err(why, nwhy, file, line, "'in N days' comes after a threshold ('>= N in N days')");
    if (!found) return err(why, nwhy, file, line, "unknown word '%s' (see the watch rule format in docs/FORMATS.md)", w);
  }
  if (pending != T_NONE) return err(why, nwhy, file, line, "'%s' needs a place or a name after it", pending == T_AT ? "at" : "by");
  if (mentioning && !r->nwords) return err(why, nwhy, file, line, "'mentioning' needs words after it");
  if (!r->nactors && !r->quads && !r->ncodes && !r->statement && !r->nwho && !r->nwords && !r->nplaces)
    return err(why, nwhy, file, line, "a rule needs something to match (actors, a kind of event, a place, a source or words)");
  if (r->nactors == 2 && !strcmp(r->actors[0], r->actors[1])) return err(why, nwhy, file, line, "a dyad of one actor (%s)", r->actors[0]);
  (void)have_threshold;
  if (!r->modalities) r->modalities = M_ASSERTED | M_REPORTED;
  return 0;
}

int dy_watch_parse(const char *text, size_t n, const char *file, dy_watchlist *wl, char *why, size_t nwhy) {
  memset(wl, 0, sizeof *wl);
  snprintf(wl->file, sizeof wl->file, "%s", file);
  int cap = 0, line = 0;
  size_t i = 0;
  while (i < n) {
    size_t a = i;
    while (i < n && text[i] != '\n') i++;
    size_t z = i;
    i += i < n;
    line++;
    if (z > a && text[z - 1] == '\r') z--;
    if (memchr(text + a, 0, z - a)) { dy_watch_free(wl); return err(why, nwhy, file, line, "a NUL byte"); }
    size_t b = a;
    while (b < z && isspace((unsigned char)text[b])) b++;
    if (b == z || text[b] == '#') continue;
    if (z - a > 4096) { dy_watch_free(wl); return err(why, nwhy, file, line, "a line of more than 4096 bytes"); }
    if (wl->n == cap) {
      if (cap >= 10000) { dy_watch_free(wl); return err(why, nwhy, file, line, "more than 10000 rules"); }
      DY_VEC_GROW(wl->r, cap, wl->n + 1);
    }
    if (parse_line(text + a, z - a, file, line, &wl->r[wl->n], why, nwhy)) { dy_watch_free(wl); return -1; }
    wl->n++;
  }
  return 0;
}

int dy_watch_load(const char *path, dy_watchlist *wl, char *why, size_t nwhy) {
  memset(wl, 0, sizeof *wl);
  FILE *f = fopen(path, "rb");
  if (!f) { snprintf(why, nwhy, "cannot read %s: %s", path, strerror(errno)); return -1; }
  dy_buf b = {0};
  b.max = 4u << 20;
  char chunk[8192];
  size_t k;
  int bad = 0;
  while ((k = fread(chunk, 1, sizeof chunk, f)) > 0)
    if (dy_buf_put(&b, chunk, k)) { bad = 1; break; }
  int rerr = ferror(f);
  fclose(f);
  if (bad || rerr) {
    dy_buf_free(&b);
    snprintf(why, nwhy, "%s: %s", path, bad ? "a rule file of more than 4 MB" : "read error");
    return -1;
  }
  int rc = dy_watch_parse(b.p ? b.p : "", b.n, path, wl, why, nwhy);
  dy_buf_free(&b);
  return rc;
}

void dy_watch_free(dy_watchlist *wl) {
  free(wl->r);
  wl->r = NULL;
  wl->n = 0;
}

/* ---- evaluation ------------------------------------------------------------------- */

typedef struct {
  long long article;
  int sentence, quote, quad, mod;
  long day;
  char date[16], src[16], tgt[16], code[8], modality[16];
  char *text, *who, *place;
} item;

typedef struct { item *v; size_t n, cap; int oom; } items;

static item *push(items *I) {
  if (I->n >= 2000000) { I->oom = 1; return NULL; }
  DY_VEC_GROW(I->v, I->cap, I->n + 1);
  item *it = &I->v[I->n++];
  memset(it, 0, sizeof *it);
  return it;
}

static int mod_bit(const char *m) {
  for (int i = 0; MODALITIES[i].word; i++)
    if (!strcmp(m, MODALITIES[i].word)) return MODALITIES[i].mask;
  return M_ASSERTED;
}

static long day_of(const char *d) {
  dy_date x;
  if (!d || !*d || dy_date_parse_iso(d, &x)) return -1000000;
  return dy_date_days(x);
}

static int ev_cb(void *u, const dy_event_row *r) {
  items *I = u;
  item *it = push(I);
  if (!it) return 1;
  it->article = r->article_id;
  it->sentence = r->sentence;
  it->quad = r->quad;
  it->mod = mod_bit(r->modality);
  snprintf(it->date, sizeof it->date, "%s", r->date && *r->date ? r->date : r->published ? r->published : "");
  snprintf(it->src, sizeof it->src, "%s", r->source);
  snprintf(it->tgt, sizeof it->tgt, "%s", r->target);
  snprintf(it->code, sizeof it->code, "%s", r->code);
  snprintf(it->modality, sizeof it->modality, "%s", r->modality);
  it->day = day_of(it->date);
  it->text = dy_xstrndup(r->sentence_text, (size_t)r->sentence_len);
  /* the source's words as written, else its name */
  if (r->src_start >= 0 && r->src_end > r->src_start && r->src_end <= r->sentence_len)
    it->who = dy_xstrndup(r->sentence_text + r->src_start, (size_t)(r->src_end - r->src_start));
  else it->who = dy_xstrdup(r->source_name ? r->source_name : "");
  it->place = dy_xstrdup(r->geo_name ? r->geo_name : "");
  return 0;
}

static void items_free(items *I) {
  for (size_t i = 0; i < I->n; i++) { free(I->v[i].text); free(I->v[i].who); free(I->v[i].place); }
  free(I->v);
}

static int has(const char *hay, const char *needle) { return hay && strcasestr(hay, needle) != NULL; }

static int actor_ok(const dy_watch_rule *r, const char *src, const char *tgt) {
  if (!r->nactors) return 1;
  if (r->nactors == 1) return !strncmp(src, r->actors[0], strlen(r->actors[0])) || !strncmp(tgt, r->actors[0], strlen(r->actors[0]));
  int s = -1, t = -1;
  for (int i = 0; i < r->nactors; i++) {
    if (s < 0 && *src && !strncmp(src, r->actors[i], strlen(r->actors[i]))) s = i;
    if (t < 0 && *tgt && !strncmp(tgt, r->actors[i], strlen(r->actors[i]))) t = i;
  }
  if (r->directed) return s == 0 && t == 1;
  return s >= 0 && t >= 0 && s != t;
}

static int match(const dy_watch_rule *r, const item *it) {
  if (!it->quote && !(r->modalities & it->mod)) return 0;
  if (it->quote) {
    /* a quote is a statement: only rules about statements, sources or words */
    if (r->quads || r->ncodes || r->nplaces) return 0;
    if (!r->statement && !r->nwho && !r->nwords) return 0;
    if (r->nactors > 1) return 0;
    if (r->nactors == 1 && strncmp(it->src, r->actors[0], strlen(r->actors[0]))) return 0;
  } else {
    if (!actor_ok(r, it->src, it->tgt)) return 0;
    if (r->statement && !(it->quad == 1 || it->quad == 3)) return 0;
    int kind = !r->quads && !r->ncodes;
    if (r->quads && it->quad >= 1 && it->quad <= 4 && (r->quads & (1 << it->quad))) kind = 1;
    for (int i = 0; !kind && i < r->ncodes; i++) kind = !strncmp(it->code, r->codes[i], strlen(r->codes[i]));
    if (!kind) return 0;
    for (int i = 0; i < r->nplaces; i++)
      if (!has(it->place, r->places[i]) && !has(it->text, r->places[i])) return 0;
  }
  for (int i = 0; i < r->nwho; i++)
    if (!has(it->who, r->who[i])) return 0;
  for (int i = 0; i < r->nwords; i++)
    if (!has(it->text, r->words[i])) return 0;
  return 1;
}

static int cmp_item(const void *a, const void *b) {
  const item *x = *(item *const *)a, *y = *(item *const *)b;
  if (x->day != y->day) return x->day < y->day ? -1 : 1;
  if (x->article != y->article) return x->article < y->article ? -1 : 1;
  return x->sentence - y->sentence;
}

int dy_watch_run(dy_store *st, const dy_watchlist *wl, const char *since, const char *until, dy_watch_result *res, char *why,
                 size_t nwhy) {
  memset(res, 0, (size_t)(wl->n > 0 ? wl->n : 0) * sizeof *res);
  items I = {0};
  dy_query q;
  memset(&q, 0, sizeof q);
  q.since = since;
  q.until = until;
  q.all = 1;
  if (dy_store_events(st, &q, ev_cb, &I) || I.oom) {
    snprintf(why, nwhy, "%s", I.oom ? "out of memory" : dy_store_errmsg(st));
    items_free(&I);
    return -1;
  }
  /* quotes, dated by their article */
  sqlite3_stmt *qs = NULL;
  const char *sql =
    "SELECT q.article_id, q.sentence, coalesce(a.published, ''), coalesce(q.actor, ''), coalesce(q.speaker, '') || ' ' || coalesce(q.affiliation, ''),"
    " CAST(substr(CAST(a.text AS BLOB), q.start + 1, q.end - q.start) AS TEXT)"
    " FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.dup_of IS NULL"
    " AND (?1 IS NULL OR substr(coalesce(a.published, ''), 1, length(?1)) >= ?1)"
    " AND (?2 IS NULL OR substr(coalesce(a.published, ''), 1, length(?2)) <= ?2)";
  if (sqlite3_prepare_v2(dy_store_sqlite(st), sql, -1, &qs, NULL) == SQLITE_OK) {
    if (since) sqlite3_bind_text(qs, 1, since, -1, SQLITE_STATIC);
    if (until) sqlite3_bind_text(qs, 2, until, -1, SQLITE_STATIC);
    while (sqlite3_step(qs) == SQLITE_ROW) {
      item *it = push(&I);
      if (!it) break;
      it->article = sqlite3_column_int64(qs, 0);
      it->sentence = sqlite3_column_int(qs, 1);
      it->quote = 1;
      const char *d = (const char *)sqlite3_column_text(qs, 2);
      snprintf(it->date, sizeof it->date, "%.10s", d ? d : "");
      snprintf(it->src, sizeof it->src, "%s", (const char *)sqlite3_column_text(qs, 3));
      snprintf(it->modality, sizeof it->modality, "quote");
      it->day = day_of(it->date);
      const char *w = (const char *)sqlite3_column_text(qs, 4), *t = (const char *)sqlite3_column_text(qs, 5);
      it->who = dy_xstrdup(w ? w : "");
      it->text = dy_xstrdup(t ? t : "");
      it->place = dy_xstrdup("");
    }
  }
  sqlite3_finalize(qs); /* a store without a quotes table: events only */
  if (I.oom) { snprintf(why, nwhy, "out of memory"); items_free(&I); return -1; }
  item **m = dy_xmalloc((I.n + 1) * sizeof *m);
  int fired = 0;
  for (int k = 0; k < wl->n; k++) {
    const dy_watch_rule *r = &wl->r[k];
    dy_watch_result *o = &res[k];
    size_t nm = 0;
    for (size_t i = 0; i < I.n; i++) {
      if (!match(r, &I.v[i])) continue;
      /* the same sentence once (an event and a quote of it, two codings) */
      int dup = 0;
      for (size_t j = nm; j > 0 && nm - j < 16 && !dup; j--)
        dup = m[j - 1]->article == I.v[i].article && m[j - 1]->sentence == I.v[i].sentence;
      if (!dup) m[nm++] = &I.v[i];
    }
    if (nm) qsort(m, nm, sizeof *m, cmp_item);
    o->matched = (long)nm;
    size_t b0 = 0, b1 = nm; /* the best window [b0, b1) */
    if (r->window && nm) {
      size_t i = 0;
      long best = 0;
      for (size_t j = 0; j < nm; j++) {
        while (m[j]->day - m[i]->day >= r->window) i++;
        if ((long)(j - i + 1) >= best) { best = (long)(j - i + 1); b0 = i; b1 = j + 1; }
      }
    }
    o->best = (long)(b1 - b0);
    o->fired = r->strict ? o->best > r->threshold : o->best >= r->threshold;
    if (nm == 0 && r->threshold > 0) o->fired = 0;
    if (o->best) {
      snprintf(o->d0, sizeof o->d0, "%s", m[b0]->date);
      snprintf(o->d1, sizeof o->d1, "%s", m[b1 - 1]->date);
    }
    fired += o->fired;
    size_t from = b1 - b0 > 8 ? b1 - 8 : b0;
    if (b1 > from) {
      o->hits = dy_xcalloc(b1 - from, sizeof *o->hits);
      for (size_t i = from; o->hits && i < b1; i++) {
        dy_watch_hit *h = &o->hits[o->nhits];
        const item *it = m[i];
        h->article = it->article;
        h->sentence = it->sentence;
        h->quote = it->quote;
        memcpy(h->date, it->date, sizeof h->date);
        memcpy(h->src, it->src, sizeof h->src);
        memcpy(h->tgt, it->tgt, sizeof h->tgt);
        memcpy(h->code, it->code, sizeof h->code);
        memcpy(h->modality, it->modality, sizeof h->modality);
        h->text = dy_xstrdup(it->text);
        h->who = dy_xstrdup(it->who);
        o->nhits++;
      }
    }
  }
  free(m);
  items_free(&I);
  return fired;
}

void dy_watch_results_free(dy_watch_result *res, int n) {
  for (int k = 0; k < n; k++) {
    for (int i = 0; i < res[k].nhits; i++) { free(res[k].hits[i].text); free(res[k].hits[i].who); }
    free(res[k].hits);
    res[k].hits = NULL;
    res[k].nhits = 0;
  }
}

/* ---- dyad watch ---------------------------------------------------------------------- */

#include "dyad.h"

static void flat(dy_buf *b, const char *s, size_t max) {
  size_t n = 0;
  for (; *s && n < max; s++, n++) dy_buf_putc(b, *s == '\n' || *s == '\t' || *s == '\r' ? ' ' : *s);
  if (*s) dy_buf_puts(b, "...");
}

int dyad_watch(const char *db, const char *rules, const char *since, const char *until, int format, FILE *out, char *why, size_t nwhy) {
  dy_watchlist wl;
  if (dy_watch_load(rules, &wl, why, nwhy)) return -1;
  dy_store *st = dy_store_open(db, 1, why, nwhy);
  if (!st) { dy_watch_free(&wl); return -1; }
  dy_watch_result *res = dy_xcalloc((size_t)wl.n + 1, sizeof *res);
  int fired = dy_watch_run(st, &wl, since, until, res, why, nwhy);
  dy_buf b = {0};
  for (int k = 0; fired >= 0 && k < wl.n; k++) {
    const dy_watch_rule *r = &wl.r[k];
    const dy_watch_result *o = &res[k];
    b.n = 0;
    if (format == DYAD_OUT_JSON) {
      dy_buf_puts(&b, "{\"rule\":");
      dy_buf_json_str(&b, r->name, strlen(r->name));
      dy_buf_printf(&b, ",\"line\":%d,\"fired\":%s,\"matched\":%ld,\"in_window\":%ld,\"threshold\":%ld,\"strict\":%s,\"window_days\":%d,\"hits\":[",
                    r->line, o->fired ? "true" : "false", o->matched, o->best, r->threshold, r->strict ? "true" : "false", r->window);
      for (int i = 0; i < o->nhits; i++) {
        const dy_watch_hit *h = &o->hits[i];
        dy_article_row a;
        int have = !dy_store_article(st, h->article, &a);
        dy_buf_printf(&b, "%s{\"article_id\":%lld,\"sentence_index\":%d,\"kind\":\"%s\",\"date\":", i ? "," : "", h->article, h->sentence, h->quote ? "quote" : "event");
        dy_buf_json_str(&b, h->date, strlen(h->date));
        dy_buf_puts(&b, ",\"source\":"); dy_buf_json_str(&b, h->src, strlen(h->src));
        dy_buf_puts(&b, ",\"target\":"); dy_buf_json_str(&b, h->tgt, strlen(h->tgt));
        dy_buf_puts(&b, ",\"code\":"); dy_buf_json_str(&b, h->code, strlen(h->code));
        dy_buf_puts(&b, ",\"modality\":"); dy_buf_json_str(&b, h->modality, strlen(h->modality));
        dy_buf_puts(&b, ",\"text\":"); dy_buf_json_str(&b, h->text, strlen(h->text));
        dy_buf_puts(&b, ",\"doc_title\":"); dy_buf_json_str(&b, have ? a.title : "", have ? strlen(a.title) : 0);
        dy_buf_puts(&b, ",\"doc_url\":"); dy_buf_json_str(&b, have ? a.url : "", have ? strlen(a.url) : 0);
        dy_buf_puts(&b, ",\"doc_source\":"); dy_buf_json_str(&b, have ? a.source : "", have ? strlen(a.source) : 0);
        dy_buf_puts(&b, "}");
      }
      dy_buf_puts(&b, "]}\n");
    } else {
      dy_buf_printf(&b, "%s %s (%s:%d): %ld matching", o->fired ? "FIRED" : "quiet", r->name, wl.file, r->line, o->matched);
      if (r->window) dy_buf_printf(&b, ", %ld in %d days", o->best, r->window);
      if (o->best && (o->fired || r->window)) dy_buf_printf(&b, " (%s to %s)", o->d0, o->d1);
      dy_buf_printf(&b, "; fires at %s %ld%s\n", r->strict ? ">" : ">=", r->threshold, r->window ? " in the window" : "");
      for (int i = 0; o->fired && i < o->nhits; i++) {
        const dy_watch_hit *h = &o->hits[i];
        dy_article_row a;
        int have = !dy_store_article(st, h->article, &a);
        if (h->quote) dy_buf_printf(&b, "  %-10s quote of %s", h->date[0] ? h->date : "undated", h->who);
        else dy_buf_printf(&b, "  %-10s %s -> %s %s (%s)", h->date[0] ? h->date : "undated", h->src[0] ? h->src : "-", h->tgt[0] ? h->tgt : "-", h->code, h->modality);
        if (have) {
          dy_buf_puts(&b, " [");
          flat(&b, *a.title ? a.title : "(untitled)", 80);
          if (*a.source) { dy_buf_puts(&b, ", "); flat(&b, a.source, 40); }
          if (*a.published) dy_buf_printf(&b, ", %s", a.published);
          dy_buf_puts(&b, ", ");
          flat(&b, *a.url ? a.url : a.path, 200);
          dy_buf_puts(&b, "]");
        }
        dy_buf_puts(&b, "\n    \"");
        flat(&b, h->text, 300);
        dy_buf_puts(&b, "\"\n");
      }
    }
    fwrite(b.p, 1, b.n, out);
  }
  if (fired >= 0 && format != DYAD_OUT_JSON) fprintf(out, "%d of %d rules fired\n", fired, wl.n);
  dy_buf_free(&b);
  if (res) dy_watch_results_free(res, wl.n);
  free(res);
  dy_store_close(st);
  dy_watch_free(&wl);
  return fired;
}

/* brief.c: the analyst's brief in Markdown: situation, relations per dyad,
 * timeline, references. Every line cites [n] the article behind it and
 * quotes the sentence's words. */
#include "render.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

typedef struct {
  long long article;
  char date[16], src[16], tgt[16], code[8], root[4], date_source[12];
  char *src_name, *tgt_name, *sentence;
  int quad;
  double goldstein;
} ev_t;

typedef struct {
  ev_t *v;
  size_t n, cap;
  const char *focus[16];
  size_t flen[16];
  int nfocus;
  long total; /* events of the query before the focus */
} evlist;

static int focus_match(const evlist *L, const char *code) {
  for (int i = 0; i < L->nfocus; i++)
    if (strncmp(code, L->focus[i], L->flen[i]) == 0) return 1;
  return 0;
}

static int collect(void *u, const dy_event_row *r) {
  evlist *L = u;
  L->total++;
  if (L->nfocus) {
    int a = focus_match(L, r->source), b = focus_match(L, r->target);
    if (L->nfocus >= 2 ? !(a && b) : !(a || b)) return 0;
  }
  if (L->n == L->cap) {
    L->cap = L->cap ? L->cap * 2 : 256;
    ev_t *nv = realloc(L->v, L->cap * sizeof(ev_t));
    if (!nv) return 1;
    L->v = nv;
  }
  if (L->n >= 500000) return 1;
  ev_t *e = &L->v[L->n++];
  memset(e, 0, sizeof *e);
  e->article = r->article_id;
  snprintf(e->date, sizeof e->date, "%s", r->date);
  snprintf(e->src, sizeof e->src, "%s", r->source);
  snprintf(e->tgt, sizeof e->tgt, "%s", r->target);
  snprintf(e->code, sizeof e->code, "%s", r->code);
  snprintf(e->root, sizeof e->root, "%s", r->root);
  snprintf(e->date_source, sizeof e->date_source, "%s", r->date_source);
  e->src_name = strdup(r->source_name);
  e->tgt_name = strdup(r->target_name);
  e->sentence = strndup(r->sentence_text, (size_t)r->sentence_len);
  if (!e->src_name || !e->tgt_name || !e->sentence) {
    free(e->src_name); free(e->tgt_name); free(e->sentence);
    L->n--;
    return 1;
  }
  e->quad = r->quad;
  e->goldstein = r->goldstein;
  return 0;
}

/* ---- references ---------------------------------------------------------------- */

typedef struct { long long *ids; int n, cap; } refs;

static int cite(refs *R, long long article) {
  for (int i = 0; i < R->n; i++)
    if (R->ids[i] == article) return i + 1;
  if (R->n == R->cap) {
    R->cap = R->cap ? R->cap * 2 : 64;
    long long *ni = realloc(R->ids, (size_t)R->cap * sizeof(long long));
    if (!ni) return 0;
    R->ids = ni;
  }
  R->ids[R->n++] = article;
  return R->n;
}

/* ---- text helpers -------------------------------------------------------------------- */

/* Text from articles, escaped for Markdown (and the HTML a renderer lets
 * through): no tag, entity, link, emphasis or table cell comes from it. */
static void md_text(FILE *out, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    switch (c) {
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '&': fputs("&amp;", out); break;
    case '\n': case '\r': case '\t': fputc(' ', out); break;
    case '\\': case '`': case '*': case '_': case '[': case ']': case '(': case ')': case '#': case '|': case '~': case '!':
      fputc('\\', out); fputc(c, out); break;
    default: fputc(c, out);
    }
  }
}

static void md_str(FILE *out, const char *s) { md_text(out, s, strlen(s)); }

/* A URL: an autolink when it is http or https (with the bytes that could end
 * or break it percent-encoded), else plain escaped text (javascript:, data:). */
static void md_url(FILE *out, const char *u) {
  if (strncasecmp(u, "http://", 7) && strncasecmp(u, "https://", 8)) { md_str(out, u); return; }
  fputc('<', out);
  for (const unsigned char *p = (const unsigned char *)u; *p; p++) {
    if (*p <= ' ' || *p == '<' || *p == '>' || *p == '"' || *p == '\\' || *p == '`' || *p >= 0x7f) fprintf(out, "%%%02X", *p);
    else fputc(*p, out);
  }
  fputc('>', out);
}

/* Writes the sentence as a quotation, cut at a word near max bytes; a
 * dateline before it ("ISLAMABAD, Jan. 29 (Reuters) - ") is left out. */
static void quote(FILE *out, const char *s, size_t max) {
  if (s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z') {
    const char *dash = strstr(s, " - ");
    const char *mdash = strstr(s, " \u2014 ");
    if (!dash || (mdash && mdash < dash)) dash = mdash;
    if (dash && dash - s < 80) s = dash + (dash[1] == '-' ? 3 : 5);
  }
  size_t n = strlen(s);
  int cut = 0;
  if (n > max) {
    n = max;
    while (n > max / 2 && s[n] != ' ') n--;
    while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--; /* not inside a UTF-8 sequence */
    cut = 1;
  }
  fputs("\u201C", out);
  md_text(out, s, n);
  fputs(cut ? "\u2026\u201D" : "\u201D", out);
}

/* A display name for an actor: its name and code. */
static void actor(FILE *out, const char *name, const char *code, const dy_lexicon *lx) {
  const char *cn = strlen(code) == 3 && lx ? dy_lex_country_name(lx, code) : NULL;
  const char *nm = cn ? cn : (name && *name ? name : code);
  if (!*code) { fputs("(unnamed)", out); return; }
  md_str(out, nm);
  fprintf(out, " (%s)", code);
}

static const char *cameo_name(const dy_lexicon *lx, const char *code) {
  const dy_cameo *c = lx ? dy_lex_cameo(lx, code) : NULL;
  return c ? c->name : code;
}

/* A readable name for a dyad's side: the country, the organisation, or the sector. */
static const char *code_label(const dy_lexicon *lx, const char *code) {
  static const char *const SECTORS[][2] = {{"REB", "militants"}, {"CVL", "civilians"}, {"MED", "media"}, {"BUS", "business"},
    {"NGO", "aid groups"}, {"HRI", "rights groups"}, {"REF", "refugees"}, {"CRM", "criminals"}, {"EDU", "academics"},
    {"LAB", "labour"}, {"REL", "clergy"}, {"HLH", "health workers"}, {NULL, NULL}};
  const char *n = lx && strlen(code) == 3 ? dy_lex_country_name(lx, code) : NULL;
  if (!n && lx) n = dy_lex_org_name(lx, code);
  for (int i = 0; !n && SECTORS[i][0]; i++)
    if (!strcmp(code, SECTORS[i][0])) n = SECTORS[i][1];
  return n;
}

/* ---- grouping ---------------------------------------------------------------------------- */

typedef struct {
  char src[16], tgt[16], code[4];
  int first;          /* index of the first event (representative) */
  int n, narticles;
  char d0[16], d1[16];
  double score;
} story;

static int cmp_story(const void *a, const void *b) {
  const story *x = a, *y = b;
  if (x->score != y->score) return x->score < y->score ? 1 : -1;
  return strcmp(x->d0, y->d0);
}

typedef struct {
  char a[16], b[16];
  int n, q[5];
  double gsum, g_early, g_late, delta;
  int n_early, n_late, seen, last;
  int ev[6], nev;
} dyad;

static int cmp_dyad(const void *a, const void *b) {
  const dyad *x = a, *y = b;
  return x->n != y->n ? y->n - x->n : strcmp(x->a, y->a);
}

static int cmp_ll(const void *a, const void *b) {
  long long x = *(const long long *)a, y = *(const long long *)b;
  return x < y ? -1 : x > y;
}

/* A state sector with no state ("GOV", "MIL"): not a side of a dyad worth a row. */
static int generic(const dy_lexicon *lx, const char *code) { return lx && dy_lex_generic_code(lx, code); }

static int cmp_date(const void *a, const void *b) {
  const ev_t *x = a, *y = b;
  int c = strcmp(x->date, y->date);
  return c ? c : (x->article < y->article ? -1 : x->article > y->article);
}

/* The country part of an actor code for dyads (PAKGOV -> PAK); organisation codes stay whole. */
static void dyad_code(char *dst, const char *code, const dy_lexicon *lx) {
  if (strlen(code) > 3 && lx && dy_lex_country_name(lx, code) && strncmp(code, "IGO", 3) != 0) snprintf(dst, 16, "%.3s", code);
  else snprintf(dst, 16, "%s", code);
}

int dy_render_brief(dy_store *st, const dy_lexicon *lx, const dy_brief_opts *o, FILE *out) {
  evlist L;
  memset(&L, 0, sizeof L);
  char focusbuf[256] = "";
  if (o->focus) {
    snprintf(focusbuf, sizeof focusbuf, "%s", o->focus);
    char *save = NULL;
    for (char *t = strtok_r(focusbuf, ",", &save); t && L.nfocus < 16; t = strtok_r(NULL, ",", &save)) {
      L.focus[L.nfocus] = t;
      L.flen[L.nfocus++] = strlen(t);
    }
  }
  dy_query q;
  memset(&q, 0, sizeof q);
  q.since = o->since;
  q.until = o->until;
  if (dy_store_events(st, &q, collect, &L)) {
    for (size_t i = 0; i < L.n; i++) { free(L.v[i].src_name); free(L.v[i].tgt_name); free(L.v[i].sentence); }
    free(L.v);
    return -1;
  }
  if (L.n) qsort(L.v, L.n, sizeof(ev_t), cmp_date);
  refs R = {0};
  long narticles = 0;
  {
    long long *seen = malloc((L.n + 1) * sizeof(long long));
    for (size_t i = 0; seen && i < L.n; i++) seen[i] = L.v[i].article;
    if (seen && L.n) qsort(seen, L.n, sizeof(long long), cmp_ll);
    for (size_t i = 0; seen && i < L.n; i++) narticles += i == 0 || seen[i] != seen[i - 1];
    free(seen);
  }
  fprintf(out, "# Brief%s", o->focus ? ": " : "");
  if (o->focus) md_str(out, o->focus);
  fputs("\n\n", out);
  if (L.n == 0 && L.total > 0) {
    fprintf(out, "No asserted events for ");
    md_str(out, o->focus ? o->focus : "");
    fprintf(out, "%s%s%s%s; the store has %ld asserted event%s%s.\n", o->since ? " since " : "", o->since ? o->since : "",
            o->until ? " until " : "", o->until ? o->until : "", L.total, L.total == 1 ? "" : "s",
            o->since || o->until ? " in that period" : "");
    free(L.v);
    return 0;
  }
  if (L.n == 0) {
    fprintf(out, "No asserted events%s%s%s%s in the store.\n", o->since ? " since " : "", o->since ? o->since : "",
            o->until ? " until " : "", o->until ? o->until : "");
    free(L.v);
    return 0;
  }
  const char *first_date = "";
  for (size_t i = 0; i < L.n && !*first_date; i++) first_date = L.v[i].date;
  fprintf(out, "%zu coded events (asserted) from %ld articles, dated %s to %s. Each line cites [n] the article in "
          "References and quotes the sentence it rests on.\n\n", L.n, narticles, *first_date ? first_date : "(undated)",
          *L.v[L.n - 1].date ? L.v[L.n - 1].date : "(undated)");

  /* Situation: the most-reported events with both sides named, grouped by
   * (source, target, three-digit code) with a hash of the key */
  story *S = calloc(L.n + 1, sizeof(story));
  int *sid = malloc((L.n + 1) * sizeof(int));
  size_t hcap = 64;
  while (hcap < L.n * 2) hcap *= 2;
  int *slot = malloc(hcap * sizeof(int));
  int ns = 0;
  if (!S || !sid || !slot) {
    free(S); free(sid); free(slot);
    for (size_t i = 0; i < L.n; i++) { free(L.v[i].src_name); free(L.v[i].tgt_name); free(L.v[i].sentence); }
    free(L.v);
    return -1;
  }
  memset(slot, 0xff, hcap * sizeof(int));
  for (size_t i = 0; S && sid && slot && i < L.n; i++) {
    const ev_t *e = &L.v[i];
    sid[i] = -1;
    if (!e->src[0] || !e->tgt[0] || generic(lx, e->src) || generic(lx, e->tgt)) continue;
    char key[48];
    char a[16], b[16];
    dyad_code(a, e->src, lx);
    dyad_code(b, e->tgt, lx);
    int kn = snprintf(key, sizeof key, "%s|%s|%.3s", a, b, e->code);
    size_t h = (size_t)dy_hash64(key, (size_t)kn) & (hcap - 1);
    int k = -1;
    while (slot[h] >= 0) {
      story *t = &S[slot[h]];
      if (!strcmp(t->src, a) && !strcmp(t->tgt, b) && !strncmp(t->code, e->code, 3)) { k = slot[h]; break; }
      h = (h + 1) & (hcap - 1);
    }
    if (k < 0) {
      k = ns++;
      slot[h] = k;
      memset(&S[k], 0, sizeof S[k]);
      snprintf(S[k].src, 16, "%s", a);
      snprintf(S[k].tgt, 16, "%s", b);
      snprintf(S[k].code, 4, "%.3s", e->code);
      S[k].first = (int)i;
    }
    sid[i] = k;
    story *sto = &S[k];
    sto->n++;
    if (!sto->d0[0] && e->date[0]) snprintf(sto->d0, 16, "%s", e->date);
    if (e->date[0]) snprintf(sto->d1, 16, "%s", e->date);
    /* prefer as the representative a date stated by its own sentence */
    if (strcmp(L.v[sto->first].date_source, "sentence") && !strcmp(e->date_source, "sentence")) sto->first = (int)i;
  }
  /* articles per story: distinct (story, article) pairs */
  {
    long long *pairs = malloc((L.n + 1) * sizeof(long long));
    size_t np = 0;
    for (size_t i = 0; pairs && sid && i < L.n; i++)
      if (sid[i] >= 0) pairs[np++] = (long long)sid[i] * 4294967296LL + L.v[i].article;
    if (pairs) qsort(pairs, np, sizeof(long long), cmp_ll);
    for (size_t i = 0; i < np; i++)
      if (i == 0 || pairs[i] != pairs[i - 1]) S[pairs[i] / 4294967296LL].narticles++;
    free(pairs);
  }
  free(slot);
  free(sid);
  for (int k = 0; k < ns; k++) {
    const ev_t *e = &L.v[S[k].first];
    S[k].score = S[k].narticles * 10.0 + S[k].n + fabs(e->goldstein) * 0.5;
  }
  qsort(S, (size_t)ns, sizeof(story), cmp_story);
  int top = o->top > 0 ? o->top : 10;
  fprintf(out, "## Situation\n\nThe most-reported events, by the number of articles that report them.\n\n");
  int shown = 0;
  for (int k = 0; k < ns && shown < top; k++) {
    const story *s = &S[k];
    if (s->n < 0) continue; /* shown with its mirror */
    const ev_t *e = &L.v[s->first];
    /* "Iran and Pakistan signed": the two directions of one event, shown once */
    int mutual = 0;
    for (int j = k + 1; j < ns; j++) {
      story *m = &S[j];
      if (m->n > 0 && !strcmp(m->src, s->tgt) && !strcmp(m->tgt, s->src) && !strcmp(m->code, s->code) &&
          !strcmp(L.v[m->first].sentence, e->sentence)) {
        m->n = -1;
        mutual = 1;
        break;
      }
    }
    shown++;
    int n = cite(&R, e->article);
    fputs("- **", out);
    actor(out, e->src_name, e->src, lx);
    fputs(mutual ? "** \u2194 **" : "** \u2192 **", out);
    actor(out, e->tgt_name, e->tgt, lx);
    fprintf(out, "**: %s (CAMEO %s, Goldstein %+.1f), %s%s%s; %d report%s in %d article%s [%d]: ", cameo_name(lx, e->code), e->code,
            e->goldstein, s->d0[0] ? s->d0 : "undated", strcmp(s->d0, s->d1) ? " to " : "", strcmp(s->d0, s->d1) ? s->d1 : "",
            s->n, s->n == 1 ? "" : "s", s->narticles, s->narticles == 1 ? "" : "s", n);
    quote(out, e->sentence, 260);
    fputs("\n", out);
  }

  /* Relations: one row per dyad, found through a hash of "a|b" */
  dyad *D = calloc(L.n + 1, sizeof(dyad));
  int *dof = malloc((L.n + 1) * sizeof(int)); /* each event's dyad, or -1 */
  size_t dcap = 64;
  while (dcap < L.n * 2) dcap *= 2;
  int *dslot = malloc(dcap * sizeof(int));
  int nd = 0;
  if (dslot) memset(dslot, 0xff, dcap * sizeof(int));
  for (size_t i = 0; D && dof && dslot && i < L.n; i++) {
    const ev_t *e = &L.v[i];
    dof[i] = -1;
    if (!e->src[0] || !e->tgt[0] || generic(lx, e->src) || generic(lx, e->tgt)) continue;
    char a[16], b[16], key[40];
    dyad_code(a, e->src, lx);
    dyad_code(b, e->tgt, lx);
    if (!strcmp(a, b)) continue;
    if (strcmp(a, b) > 0) { char t[16]; memcpy(t, a, 16); memcpy(a, b, 16); memcpy(b, t, 16); }
    int kn = snprintf(key, sizeof key, "%s|%s", a, b);
    size_t h = (size_t)dy_hash64(key, (size_t)kn) & (dcap - 1);
    int k = -1;
    while (dslot[h] >= 0) {
      if (!strcmp(D[dslot[h]].a, a) && !strcmp(D[dslot[h]].b, b)) { k = dslot[h]; break; }
      h = (h + 1) & (dcap - 1);
    }
    if (k < 0) { k = nd++; dslot[h] = k; memset(&D[k], 0, sizeof D[k]); memcpy(D[k].a, a, 16); memcpy(D[k].b, b, 16); }
    dof[i] = k;
    dyad *d = &D[k];
    d->n++;
    if (e->quad >= 1 && e->quad <= 4) d->q[e->quad]++;
    d->gsum += e->goldstein;
    d->last = (int)i;
    int dup = 0;
    for (int j = 0; j < d->nev; j++) if (L.v[d->ev[j]].article == e->article) dup = 1;
    if (!dup && d->nev < 6) d->ev[d->nev++] = (int)i;
  }
  /* movement: the earlier half of a dyad's events (in date order) against the later half */
  for (size_t i = 0; dof && i < L.n; i++) {
    if (dof[i] < 0) continue;
    dyad *d = &D[dof[i]];
    if (d->seen++ < d->n / 2) { d->g_early += L.v[i].goldstein; d->n_early++; }
    else { d->g_late += L.v[i].goldstein; d->n_late++; }
  }
  free(dslot);
  free(dof);
  for (int k = 0; k < nd; k++) {
    dyad *d = &D[k];
    d->delta = d->n_early && d->n_late ? d->g_late / d->n_late - d->g_early / d->n_early : 0;
  }
  qsort(D, (size_t)nd, sizeof(dyad), cmp_dyad);
  if (nd) {
    fprintf(out, "\n## Relations\n\nEvents per dyad (both directions) by QuadClass: verbal cooperation (VC), material cooperation (MC), "
            "verbal conflict (VK), material conflict (MK); mean Goldstein score; movement compares the mean of the earlier and the "
            "later half of the dyad's dated events.\n\n");
    fprintf(out, "| Dyad | Events | VC | MC | VK | MK | Mean Goldstein | Movement | Sources |\n|---|---:|---:|---:|---:|---:|---:|---|---|\n");
    for (int k = 0; k < nd && k < 15; k++) {
      dyad *d = &D[k];
      char mv[64] = "\u2014";
      if (d->n_early && d->n_late)
        snprintf(mv, sizeof mv, "%s (%+.1f)", d->delta > 1 ? "\u2191 warming" : d->delta < -1 ? "\u2193 cooling" : "\u2192 steady", d->delta);
      const char *na = code_label(lx, d->a), *nb = code_label(lx, d->b);
      fprintf(out, "| %s \u2194 %s | %d | %d | %d | %d | %d | %+.2f | %s | ", na ? na : d->a, nb ? nb : d->b, d->n, d->q[1], d->q[2],
              d->q[3], d->q[4], d->gsum / d->n, mv);
      for (int j = 0; j < d->nev; j++) fprintf(out, "[%d]", cite(&R, L.v[d->ev[j]].article));
      fputs(" |\n", out);
    }
    /* Watch: the dyads of the table that are cooling or whose latest event is material conflict */
    int nw = 0;
    for (int k = 0; k < nd && k < 15; k++) {
      dyad *d = &D[k];
      const ev_t *e = &L.v[d->last];
      int cooling = d->delta < -1 && d->n_early && d->n_late && d->g_late / d->n_late < 0;
      if (!cooling && e->quad != 4) continue;
      if (nw++ == 0)
        fprintf(out, "\n## Watch\n\nDyads of the table turning hostile (cooling into a negative mean), or whose latest event is material conflict.\n\n");
      const char *na = code_label(lx, d->a), *nb = code_label(lx, d->b);
      fprintf(out, "- **%s \u2194 %s**: %s; latest, %s: %s (%s) [%d]: ", na ? na : d->a, nb ? nb : d->b,
              cooling ? "cooling" : "material conflict", e->date[0] ? e->date : "undated",
              cameo_name(lx, e->code), e->code, cite(&R, e->article));
      quote(out, e->sentence, 200);
      fputs("\n", out);
    }
  }

  /* Timeline: dated events, one line per dyad, event and date; the most
   * recent lines when there are more than fit, saying how many are left out */
  fprintf(out, "\n## Timeline\n\n");
  enum { TIMELINE_MAX = 60 };
  size_t *tl = malloc((L.n + 1) * sizeof(size_t));
  size_t ntl = 0;
  for (size_t i = 0; tl && i < L.n; i++) {
    const ev_t *e = &L.v[i];
    if (!e->date[0] || !e->src[0] || !e->tgt[0]) continue;
    int dup = 0;
    /* the events are in date order: the same day's are just before */
    for (size_t j = i; j > 0 && !dup && !strcmp(L.v[j - 1].date, e->date); j--) {
      const ev_t *f = &L.v[j - 1];
      if (!strcmp(f->src, e->src) && !strcmp(f->tgt, e->tgt) && !strncmp(f->code, e->code, 3)) dup = 1;
    }
    if (!dup) tl[ntl++] = i;
  }
  size_t first = ntl > TIMELINE_MAX ? ntl - TIMELINE_MAX : 0;
  if (first) fprintf(out, "The %d most recent of %zu dated lines; %zu earlier line%s left out.\n\n", TIMELINE_MAX, ntl, first,
                     first == 1 ? " is" : "s are");
  for (size_t k = first; k < ntl; k++) {
    const ev_t *e = &L.v[tl[k]];
    int n = cite(&R, e->article);
    fprintf(out, "- **%s**%s ", e->date, strcmp(e->date_source, "sentence") ? " (article date)" : "");
    actor(out, e->src_name, e->src, lx);
    fputs(" \u2192 ", out);
    actor(out, e->tgt_name, e->tgt, lx);
    fprintf(out, ": %s (%s) [%d]: ", cameo_name(lx, e->code), e->code, n);
    quote(out, e->sentence, 200);
    fputs("\n", out);
  }
  free(tl);

  /* References */
  fprintf(out, "\n## References\n\n");
  for (int i = 0; i < R.n; i++) {
    dy_article_row a;
    if (dy_store_article(st, R.ids[i], &a)) continue;
    fprintf(out, "[%d] ", i + 1);
    md_str(out, *a.title ? a.title : "(untitled)");
    if (*a.source) { fputs(". ", out); md_str(out, a.source); }
    if (*a.published) { fputs(", ", out); md_str(out, a.published); fputs(a.date_inferred ? " (date inferred from the text)" : "", out); }
    fputs(". ", out);
    if (*a.url) md_url(out, a.url);
    else md_str(out, a.path);
    fputc('\n', out);
    if (i + 1 < R.n) fputs("\n", out);
  }
  for (size_t i = 0; i < L.n; i++) { free(L.v[i].src_name); free(L.v[i].tgt_name); free(L.v[i].sentence); }
  free(L.v); free(S); free(D); free(R.ids);
  return 0;
}

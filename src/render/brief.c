/* brief.c: the analyst's brief, in Markdown or as one self-contained HTML
 * page: situation, key figures, where the sources disagree, who said what,
 * relations per dyad, power dynamics, historical precedent, outlook,
 * watchlist, bottom line, timeline, references. Every line cites [n] the
 * article behind it and quotes the sentence's words. The writer (w_*)
 * hides the format; the sections are written once. */
#include "render.h"
#include "../base.h"
#include "watch.h"
#include "../analyze/analyze.h"

#include <ctype.h>
#include <math.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

enum { MOD_ASSERTED, MOD_OTHER, MOD_FUTURE, MOD_HYPOTHETICAL };

typedef struct {
  long long article;
  long long happening; /* the happening the event reports (link/happen.c), 0 */
  char date[16], pub[16], src[16], tgt[16], code[8], root[4], date_source[12];
  char *src_name, *tgt_name, *sentence;
  char attr[64];       /* who reported it ("officials"), "" */
  int quad, mod, sent, background;
  int src_place;       /* the source is the state of the place it was done in, no one named (rule place-source) */
  int vstart;          /* the verb's first byte in the sentence, -1 */
  long day;
  double goldstein;
} ev_t;

typedef struct {
  ev_t *v;
  size_t n, cap;
  const char *focus[16];
  size_t flen[16];
  int nfocus;
  long total; /* asserted events of the query before the focus */
  int oom;
} evlist;

static int focus_match(const evlist *L, const char *code) {
  for (int i = 0; i < L->nfocus; i++)
    if (strncmp(code, L->focus[i], L->flen[i]) == 0) return 1;
  return 0;
}

static long day_of(const char *d) {
  dy_date x;
  if (!d || !*d || dy_date_parse_iso(d, &x)) return -1000000;
  return dy_date_days(x);
}

/* The last day a date covers ("2024" ends on 2024-12-31). */
static long last_day_of(const char *d) {
  dy_date x;
  if (!d || !*d || dy_date_parse_iso(d, &x)) return -1000000;
  if (x.prec == DY_PREC_YEAR || x.prec == DY_PREC_DECADE) { x.y = (int16_t)(x.y + (x.prec == DY_PREC_DECADE ? 9 : 0)); x.m = 12; x.d = 31; x.prec = DY_PREC_DAY; }
  else if (x.prec == DY_PREC_MONTH) {
    x.m = (int8_t)(x.m + 1);
    if (x.m > 12) { x.m = 1; x.y++; }
    x.d = 1; x.prec = DY_PREC_DAY;
    return dy_date_days(x) - 1;
  }
  return dy_date_days(x);
}

/* A background event: the sentence recalls something that ended half a
 * year or more before its article ("in early 2024", "in the 1960s"). */
enum { BACKGROUND_DAYS = 180 };

static void ev_free(ev_t *e) { free(e->src_name); free(e->tgt_name); free(e->sentence); }

static int collect(void *u, const dy_event_row *r) {
  evlist *L = u;
  int mod = !strcmp(r->modality, "asserted") ? MOD_ASSERTED : !strcmp(r->modality, "future") ? MOD_FUTURE
          : !strcmp(r->modality, "hypothetical") ? MOD_HYPOTHETICAL : MOD_OTHER;
  if (mod == MOD_OTHER) return 0;
  if (mod == MOD_ASSERTED) L->total++;
  if (L->nfocus) {
    int a = focus_match(L, r->source), b = focus_match(L, r->target);
    if (L->nfocus >= 2 ? !(a && b) : !(a || b)) return 0;
  }
  if (L->n >= 500000) return 1;
  DY_VEC_GROW(L->v, L->cap, L->n + 1);
  ev_t *e = &L->v[L->n++];
  memset(e, 0, sizeof *e);
  e->article = r->article_id;
  e->happening = r->happening_id;
  e->mod = mod;
  e->sent = r->sentence;
  snprintf(e->date, sizeof e->date, "%s", r->date);
  snprintf(e->pub, sizeof e->pub, "%.10s", r->published ? r->published : "");
  snprintf(e->src, sizeof e->src, "%s", r->source);
  snprintf(e->tgt, sizeof e->tgt, "%s", r->target);
  snprintf(e->code, sizeof e->code, "%s", r->code);
  snprintf(e->root, sizeof e->root, "%s", r->root);
  snprintf(e->date_source, sizeof e->date_source, "%s", r->date_source);
  e->src_name = dy_xstrdup(r->source_name);
  e->tgt_name = dy_xstrdup(r->target_name);
  e->sentence = dy_xstrndup(r->sentence_text, (size_t)r->sentence_len);
  snprintf(e->attr, sizeof e->attr, "%s", r->attributed_to ? r->attributed_to : "");
  e->quad = r->quad;
  e->goldstein = r->goldstein;
  e->src_place = r->src_place;
  e->vstart = r->verb_start >= 0 && r->verb_start <= r->sentence_len ? r->verb_start : -1;
  e->day = day_of(e->date);
  long pd = day_of(e->pub);
  e->background = e->date[0] && e->pub[0] && pd > -1000000 && last_day_of(e->date) < pd - BACKGROUND_DAYS;
  return 0;
}

/* rule retrospective: a word of class retrospective among the three words
 * right before the event's verb ("some of his partners have in the past
 * threatened to quit", "had previously pledged") puts the act in the
 * past: a statement made then, not the outlook. "past" counts only as the
 * last of them ("in the past week threatened" is recent). */
static int retrospective(const dy_lexicon *lx, const ev_t *e) {
  if (!lx || !e->sentence || e->vstart <= 0) return 0;
  int end = e->vstart, nw = 0;
  while (end > 0 && nw < 3) {
    while (end > 0 && !isalpha((unsigned char)e->sentence[end - 1])) end--;
    int b = end;
    while (b > 0 && isalpha((unsigned char)e->sentence[b - 1])) b--;
    if (b == end) break;
    char w[24];
    int n = end - b;
    if (n < (int)sizeof w) {
      for (int k = 0; k < n; k++) w[k] = (char)tolower((unsigned char)e->sentence[b + k]);
      int32_t id = dy_lex_tokid(lx, w, (size_t)n);
      if (id >= 0 && (dy_lex_wclass(lx, id) & DY_W_RETRO) && (nw == 0 || n != 4 || memcmp(w, "past", 4))) return 1;
    }
    nw++;
    end = b;
  }
  return 0;
}

/* An article without a date is read as one of the collection's own time:
 * its events are background against the latest date of the brief's
 * articles ("a precedent occurred in early 2024" in an undated analysis
 * among articles of August 2025). */
/* The day of the latest article date of the events, -1000000 when none. */
static long latest_pub_day(const evlist *L) {
  char latest[11] = "";
  for (size_t i = 0; i < L->n; i++)
    if (strcmp(L->v[i].pub, latest) > 0) snprintf(latest, sizeof latest, "%s", L->v[i].pub);
  return latest[0] ? day_of(latest) : -1000000;
}

static void undated_background(evlist *L) {
  long pd = latest_pub_day(L);
  if (pd <= -1000000) return;
  for (size_t i = 0; i < L->n; i++) {
    ev_t *e = &L->v[i];
    if (!e->pub[0] && e->date[0] && last_day_of(e->date) < pd - BACKGROUND_DAYS) e->background = 1;
  }
}

static void evlist_free(evlist *L) {
  for (size_t i = 0; i < L->n; i++) ev_free(&L->v[i]);
  free(L->v);
  L->v = NULL;
  L->n = 0;
}

/* ---- references ---------------------------------------------------------------- */

typedef struct { long long *ids; int n, cap; } refs;

static int cite(refs *R, long long article) {
  for (int i = 0; i < R->n; i++)
    if (R->ids[i] == article) return i + 1;
  DY_VEC_GROW(R->ids, R->cap, R->n + 1);
  R->ids[R->n++] = article;
  return R->n;
}

/* ---- the writer: Markdown or HTML ---------------------------------------------------- */

typedef struct {
  FILE *out;
  int html;
  refs R;
  int ncols, col; /* the open table */
} W;

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

/* Text for HTML content and attribute values. */
static void html_text(FILE *out, const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    switch (c) {
    case '<': fputs("&lt;", out); break;
    case '>': fputs("&gt;", out); break;
    case '&': fputs("&amp;", out); break;
    case '"': fputs("&quot;", out); break;
    case '\'': fputs("&#39;", out); break;
    case '\r': case '\t': case '\n': fputc(' ', out); break;
    case 0: break;
    default:
      if ((unsigned char)c < 0x20) fputc(' ', out);
      else fputc(c, out);
    }
  }
}

static void w_text(W *w, const char *s, size_t n) { (w->html ? html_text : md_text)(w->out, s, n); }
static void w_str(W *w, const char *s) { w_text(w, s, strlen(s)); }
/* Literal markup for each format (never text from articles). */
static void w_raw(W *w, const char *md, const char *html) { fputs(w->html ? html : md, w->out); }
static void w_bold(W *w, const char *s) { w_raw(w, "**", "<b>"); w_str(w, s); w_raw(w, "**", "</b>"); }

static void w_h2(W *w, const char *id, const char *title) {
  if (w->html) fprintf(w->out, "</section>\n<section id=\"%s\">\n<h2>%s</h2>\n", id, title);
  else fprintf(w->out, "\n## %s\n\n", title);
}
static void w_p(W *w) { w_raw(w, "", "<p>"); }
static void w_pend(W *w) { w_raw(w, "\n", "</p>\n"); }
static void w_ul(W *w) { w_raw(w, "", "<ul>\n"); }
static void w_ulend(W *w) { w_raw(w, "", "</ul>\n"); }
static void w_li(W *w) { w_raw(w, "- ", "<li>"); }
static void w_liend(W *w) { w_raw(w, "\n", "</li>\n"); }

static int w_cite(W *w, long long article) {
  int n = cite(&w->R, article);
  if (w->html) fprintf(w->out, "<a class=\"cite\" href=\"#ref-%d\">[%d]</a>", n, n);
  else fprintf(w->out, "[%d]", n);
  return n;
}

/* A table: header cells separated by '|', numeric columns marked with a
 * leading '>' ("Dyad|>Events"). */
static void w_table(W *w, const char *head) {
  char buf[512];
  snprintf(buf, sizeof buf, "%s", head);
  w->ncols = 0;
  if (w->html) fputs("<table>\n<tr>", w->out);
  char *save = NULL;
  dy_buf align = {0};
  for (char *c = strtok_r(buf, "|", &save); c; c = strtok_r(NULL, "|", &save)) {
    int num = *c == '>';
    if (num) c++;
    if (w->html) fprintf(w->out, "<th%s>%s</th>", num ? " class=\"n\"" : "", c);
    else fprintf(w->out, "%s %s", w->ncols ? " |" : "|", c);
    dy_buf_puts(&align, num ? "---:|" : "---|");
    w->ncols++;
  }
  if (w->html) fputs("</tr>\n", w->out);
  else fprintf(w->out, " |\n|%.*s\n", (int)align.n, align.p ? align.p : "");
  dy_buf_free(&align);
}
static void w_tr(W *w) { w->col = 0; w_raw(w, "|", "<tr>"); }
static void w_td(W *w, int num) {
  if (w->html) fputs(w->col ? "</td><td" : "<td", w->out), fputs(num ? " class=\"n\">" : ">", w->out);
  else fputs(" ", w->out);
  w->col++;
}
static void w_tdend(W *w) { w_raw(w, " |", ""); }
static void w_trend(W *w) { w_raw(w, "\n", "</td></tr>\n"); }
static void w_tableend(W *w) { w_raw(w, "", "</table>\n"); }

/* A URL: a link when it is http or https, else plain escaped text (javascript:, data:). */
static void w_url(W *w, const char *u) {
  int ok = !strncasecmp(u, "http://", 7) || !strncasecmp(u, "https://", 8);
  if (!ok) { w_str(w, u); return; }
  if (w->html) {
    fputs("<a href=\"", w->out);
    for (const unsigned char *p = (const unsigned char *)u; *p; p++) {
      if (*p <= ' ' || *p == '<' || *p == '>' || *p == '"' || *p == '\'' || *p == '\\' || *p == '`' || *p >= 0x7f) fprintf(w->out, "%%%02X", *p);
      else if (*p == '&') fputs("&amp;", w->out);
      else fputc(*p, w->out);
    }
    fputs("\">", w->out);
    html_text(w->out, u, strlen(u));
    fputs("</a>", w->out);
    return;
  }
  fputc('<', w->out);
  for (const unsigned char *p = (const unsigned char *)u; *p; p++) {
    if (*p <= ' ' || *p == '<' || *p == '>' || *p == '"' || *p == '\\' || *p == '`' || *p >= 0x7f) fprintf(w->out, "%%%02X", *p);
    else fputc(*p, w->out);
  }
  fputc('>', w->out);
}

/* Writes the sentence as a quotation, cut at a word near max bytes; a
 * dateline before it ("ISLAMABAD, Jan. 29 (Reuters) - ") is left out.
 * Returns 1 when the quotation ends the sentence it quotes with its stop
 * (". ? !"), so that no stop follows it. */
static int w_quote(W *w, const char *s, size_t max) {
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
  w_raw(w, "\u201C", "<q>\u201C");
  w_text(w, s, n);
  w_raw(w, cut ? "\u2026\u201D" : "\u201D", cut ? "\u2026\u201D</q>" : "\u201D</q>");
  size_t e = n;
  while (e > 0 && (s[e - 1] == ' ' || s[e - 1] == '"' || s[e - 1] == '\'' || (unsigned char)s[e - 1] >= 0x80)) {
    /* closing quotes, ASCII or typographic (E2 80 9D, E2 80 99) */
    if ((unsigned char)s[e - 1] >= 0x80) { if (e >= 3 && (unsigned char)s[e - 3] == 0xE2 && (unsigned char)s[e - 2] == 0x80) e -= 3; else break; }
    else e--;
  }
  return !cut && e > 0 && (s[e - 1] == '.' || s[e - 1] == '?' || s[e - 1] == '!');
}

/* A display name for an event's source: "Unnamed actor in Bannu
 * (PAK)" when the coder took the state of the place for it. */
static void w_actor(W *w, const char *name, const char *code, const dy_lexicon *lx);
static void w_source(W *w, const ev_t *e, const dy_lexicon *lx) {
  if (e->src_place) {
    w_str(w, "Unnamed actor in ");
    w_str(w, e->src_name);
    fprintf(w->out, " (%s)", e->src);
    return;
  }
  w_actor(w, e->src_name, e->src, lx);
}

/* A display name for an actor: its name and code; a common noun of a
 * state's sector is written with the state's adjective ("leaders" of
 * IRNGOV: "Iranian leaders"; "the police" of PAKCOP: "Pakistani police"). */
static void w_actor(W *w, const char *name, const char *code, const dy_lexicon *lx) {
  const char *cn = strlen(code) == 3 && lx ? dy_lex_country_name(lx, code) : NULL;
  const char *nm = cn ? cn : (name && *name ? name : code);
  if (!*code) { w_str(w, "(unnamed)"); return; }
  if (!cn && lx && nm == name && name[0] >= 'a' && name[0] <= 'z' && strlen(code) > 3) {
    char c3[4] = {code[0], code[1], code[2], 0};
    const char *adj;
    size_t an = dy_lex_country_adj(lx, c3, &adj);
    if (an && an < 40) {
      if (!strncmp(nm, "the ", 4)) nm += 4;
      char buf[160];
      snprintf(buf, sizeof buf, "%.*s %s", (int)an, adj, nm);
      w_str(w, buf);
      fprintf(w->out, " (%s)", code);
      return;
    }
  }
  w_str(w, nm);
  fprintf(w->out, " (%s)", code); /* codes are [A-Z0-9] */
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
  return n ? n : code;
}

/* ---- grouping ---------------------------------------------------------------------------- */

typedef struct {
  char src[16], tgt[16], code[4];
  long long hap;      /* the happening, when the store linked them (else 0: key by pair, code, month) */
  int first;          /* index of the first event (representative) */
  int n, narticles;
  char d0[16], d1[16];
  long day1;
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
  char r[4];
  snprintf(r, sizeof r, "%.3s", code);
  const char *t = lx && strlen(code) > 3 ? dy_lex_org_type(lx, r) : NULL;
  if (strlen(code) > 3 && lx && dy_lex_country_name(lx, code) && strncmp(code, "IGO", 3) != 0) snprintf(dst, 16, "%.3s", code);
  else if (t && !strcmp(t, "region")) snprintf(dst, 16, "%s", r); /* "EURGOV": Europe */
  else snprintf(dst, 16, "%s", code);
}

/* 1 when the event has two named sides that make a dyad, with its sides in a and b (sorted). */
static int ev_dyad(const ev_t *e, const dy_lexicon *lx, char *a, char *b) {
  if (!e->src[0] || !e->tgt[0] || generic(lx, e->src) || generic(lx, e->tgt)) return 0;
  dyad_code(a, e->src, lx);
  dyad_code(b, e->tgt, lx);
  if (!strcmp(a, b)) return 0;
  if (strcmp(a, b) > 0) { char t[16]; memcpy(t, a, 16); memcpy(a, b, 16); memcpy(b, t, 16); }
  return 1;
}

/* ---- the store's facts: sentences, figures, claims, quotes, places ---------------- */

/* The text of sentence idx of an article (malloc'd), or NULL. */
static char *sentence_text(sqlite3 *db, long long article, int idx) {
  sqlite3_stmt *st = NULL;
  char *out = NULL;
  if (sqlite3_prepare_v2(db, "SELECT text, sentence_spans FROM articles WHERE id = ?", -1, &st, NULL) != SQLITE_OK) return NULL;
  sqlite3_bind_int64(st, 1, article);
  if (sqlite3_step(st) == SQLITE_ROW) {
    const char *t = (const char *)sqlite3_column_text(st, 0);
    int tn = sqlite3_column_bytes(st, 0);
    const unsigned char *sp = sqlite3_column_blob(st, 1);
    int sn = sqlite3_column_bytes(st, 1);
    if (t && sp && idx >= 0 && (idx + 1) * 8 <= sn) {
      const unsigned char *q = sp + idx * 8;
      unsigned a = q[0] | q[1] << 8 | q[2] << 16 | (unsigned)q[3] << 24, z = q[4] | q[5] << 8 | q[6] << 16 | (unsigned)q[7] << 24;
      if (a <= z && z <= (unsigned)tn) out = dy_xstrndup(t + a, z - a);
    }
  }
  sqlite3_finalize(st);
  return out;
}

/* The focus as SQL LIKE patterns over a comma-separated actors column. */
static int figure_in_focus(const evlist *L, const char *actors) {
  if (!L->nfocus) return 1;
  if (!actors || !*actors) return 0;
  for (int i = 0; i < L->nfocus; i++) {
    char c3[4];
    snprintf(c3, sizeof c3, "%.3s", L->focus[i]);
    if (strstr(actors, c3)) return 1;
  }
  return 0;
}

/* The actors column ("IRN,PAK") as names. */
static void w_actor_list(W *w, const char *actors, const dy_lexicon *lx) {
  char buf[128];
  snprintf(buf, sizeof buf, "%s", actors ? actors : "");
  char *save = NULL;
  int k = 0;
  for (char *t = strtok_r(buf, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
    if (k++) w_str(w, ", ");
    w_str(w, code_label(lx, t));
  }
  if (!k) w_str(w, "\u2014");
}

static void sec_figures(W *w, sqlite3 *db, const evlist *L, const dy_lexicon *lx) {
  w_h2(w, "key-figures", "Key figures");
  sqlite3_stmt *st = NULL;
  char sql[4096];
  snprintf(sql, sizeof sql, "%s"
    " SELECT f.measure, f.kind, f.unit, f.value, coalesce(f.grp, ''), CASE WHEN count(DISTINCT coalesce(f.approx, '')) = 1 THEN coalesce(max(f.approx), '') ELSE '' END, group_concat(DISTINCT f.article_id),"
    " min(f.article_id), count(DISTINCT f.article_id)"
    " FROM fg f GROUP BY f.measure, f.kind, f.unit, f.value, f.grp"
    " ORDER BY f.unit IN ('USD', 'EUR', 'km', '%%', 't', 'bpd') DESC, count(DISTINCT f.article_id) DESC, min(f.article_id), min(f.start) LIMIT 400",
    DY_FIGURES_CTE);
  if (dy_figures_prepare(db) != SQLITE_OK || sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
    w_p(w); w_str(w, "The store has no figures (written before figures were extracted: ingest again)."); w_pend(w);
    return;
  }
  int shown = 0;
  while (sqlite3_step(st) == SQLITE_ROW && shown < 14) {
    const char *actors = (const char *)sqlite3_column_text(st, 4);
    if (!figure_in_focus(L, actors)) continue;
    const char *meas = (const char *)sqlite3_column_text(st, 0), *un = (const char *)sqlite3_column_text(st, 2);
    /* a counted noun that measures only itself ("two nuclear-armed neighbours") is no key figure */
    if (meas && un && !strcmp(meas, un) && strcmp(un, "agreements")) continue;
    if (shown++ == 0) {
      w_p(w);
      w_str(w, "Amounts the articles state, with what they measure; a target is a goal, not a current value.");
      w_pend(w);
      w_raw(w, "\n", "");
      w_table(w, "Figure|Measure|Kind|About|Sources|As written");
    }
    char v[64];
    const char *unit = (const char *)sqlite3_column_text(st, 2);
    dy_fmt_value(v, sizeof v, sqlite3_column_double(st, 3), unit ? unit : "");
    const char *approx = (const char *)sqlite3_column_text(st, 5);
    w_tr(w);
    w_td(w, 0);
    if (approx && *approx) { w_str(w, approx); w_str(w, " "); }
    w_bold(w, v);
    w_tdend(w);
    w_td(w, 0); w_str(w, (const char *)sqlite3_column_text(st, 0)); w_tdend(w);
    w_td(w, 0); w_str(w, (const char *)sqlite3_column_text(st, 1)); w_tdend(w);
    w_td(w, 0); w_actor_list(w, actors, lx); w_tdend(w);
    w_td(w, 0);
    char ids[512];
    snprintf(ids, sizeof ids, "%s", (const char *)sqlite3_column_text(st, 6));
    char *save = NULL;
    for (char *t = strtok_r(ids, ",", &save); t; t = strtok_r(NULL, ",", &save)) w_cite(w, atoll(t));
    w_tdend(w);
    /* the first article's sentence */
    w_td(w, 0);
    sqlite3_stmt *s2 = NULL;
    if (sqlite3_prepare_v2(db, "SELECT sentence FROM figures WHERE article_id = ? AND measure = ? AND abs(value - ?) <= 1e-9 * abs(?) ORDER BY start LIMIT 1",
                           -1, &s2, NULL) == SQLITE_OK) {
      sqlite3_bind_int64(s2, 1, sqlite3_column_int64(st, 7));
      sqlite3_bind_text(s2, 2, (const char *)sqlite3_column_text(st, 0), -1, SQLITE_TRANSIENT);
      sqlite3_bind_double(s2, 3, sqlite3_column_double(st, 3));
      sqlite3_bind_double(s2, 4, sqlite3_column_double(st, 3));
      if (sqlite3_step(s2) == SQLITE_ROW) {
        char *s = sentence_text(db, sqlite3_column_int64(st, 7), sqlite3_column_int(s2, 0));
        if (s) { w_quote(w, s, 160); free(s); }
      }
    }
    sqlite3_finalize(s2);
    w_tdend(w);
    w_trend(w);
  }
  sqlite3_finalize(st);
  if (shown) w_tableend(w);
  else { w_p(w); w_str(w, "No figures in the articles of this brief."); w_pend(w); }
}

/* A sentence stating value for measure in article, quoted. */
static void w_claim_sentence(W *w, sqlite3 *db, long long article, const char *measure, double value) {
  sqlite3_stmt *s2 = NULL;
  if (sqlite3_prepare_v2(db, "SELECT sentence FROM figures WHERE article_id = ? AND measure = ? AND abs(value - ?) <= 1e-9 * abs(?) ORDER BY start LIMIT 1",
                         -1, &s2, NULL) != SQLITE_OK) return;
  sqlite3_bind_int64(s2, 1, article);
  sqlite3_bind_text(s2, 2, measure, -1, SQLITE_TRANSIENT);
  sqlite3_bind_double(s2, 3, value);
  sqlite3_bind_double(s2, 4, value);
  if (sqlite3_step(s2) == SQLITE_ROW) {
    char *s = sentence_text(db, article, sqlite3_column_int(s2, 0));
    if (s) { w_quote(w, s, 180); free(s); }
  }
  sqlite3_finalize(s2);
}

typedef struct {
  W *w;
  sqlite3 *db;
  const evlist *L;
  const dy_lexicon *lx;
  int ndis, nagree;
  struct { char measure[64], unit[64], actors[64]; dy_claim_value v; } ag[16]; /* the groups that agree, written after */
} claims_ctx;

/* Writes the articles of ids ("3,7") as citations; returns the first. */
static long long w_cite_ids(W *w, const char *list) {
  char ids[256];
  snprintf(ids, sizeof ids, "%s", list);
  char *save = NULL;
  long long first = 0;
  for (char *t = strtok_r(ids, ",", &save); t; t = strtok_r(NULL, ",", &save)) {
    long long a = strtoll(t, NULL, 10);
    if (!first) first = a;
    w_cite(w, a);
  }
  return first;
}

static void brief_claim(const dy_claim *c, void *u) {
  claims_ctx *x = u;
  W *w = x->w;
  if (!figure_in_focus(x->L, c->actors)) return;
  if (c->agree) {
    if (x->nagree < 16) {
      snprintf(x->ag[x->nagree].measure, 64, "%s", c->measure);
      snprintf(x->ag[x->nagree].unit, 64, "%s", c->unit);
      snprintf(x->ag[x->nagree].actors, 64, "%s", c->actors);
      x->ag[x->nagree++].v = c->v[0];
    }
    return;
  }
  if (x->ndis++ == 0) w_ul(w);
  w_li(w);
  w_bold(w, c->measure);
  w_str(w, " (");
  w_actor_list(w, c->actors, x->lx);
  w_str(w, "): ");
  for (int i = 0; i < c->nv && i < 16; i++) {
    char v[64], num[32];
    dy_fmt_value(v, sizeof v, c->v[i].v, c->unit);
    if (i) w_str(w, " vs ");
    w_bold(w, v);
    snprintf(num, sizeof num, " in %d article%s ", c->v[i].n, c->v[i].n == 1 ? "" : "s");
    w_str(w, num);
    long long first = w_cite_ids(w, c->v[i].ids);
    w_str(w, ": ");
    w_claim_sentence(w, x->db, first, c->measure, c->v[i].v);
  }
  w_liend(w);
}

static void sec_claims(W *w, sqlite3 *db, const evlist *L, const dy_lexicon *lx) {
  w_h2(w, "disagreements", "Where the sources disagree");
  claims_ctx x = {.w = w, .db = db, .L = L, .lx = lx};
  if (dy_claims_each(db, brief_claim, &x) != 0 && !x.ndis && !x.nagree) {
    w_p(w); w_str(w, "The store has no figures (ingest again)."); w_pend(w);
    return;
  }
  if (x.ndis) w_ulend(w);
  else { w_p(w); w_str(w, "No figure is given differently by two articles."); w_pend(w); }
  if (x.nagree) {
    w_raw(w, "\n", "");
    w_p(w);
    w_str(w, "The sources agree on: ");
    for (int i = 0; i < x.nagree; i++) {
      char v[64], num[48];
      dy_fmt_value(v, sizeof v, x.ag[i].v.v, x.ag[i].unit);
      if (i) w_str(w, "; ");
      w_str(w, x.ag[i].measure);
      w_str(w, " (");
      w_actor_list(w, x.ag[i].actors, lx);
      w_str(w, "), ");
      w_bold(w, v);
      snprintf(num, sizeof num, ", %d articles ", x.ag[i].v.n);
      w_str(w, num);
      w_cite_ids(w, x.ag[i].v.ids);
    }
    w_str(w, ".");
    w_pend(w);
  }
}

typedef struct { long long article, id; char *speaker, *aff, *text; char actor[16]; int score; } quote_t;

static int cmp_quote(const void *a, const void *b) {
  const quote_t *x = a, *y = b;
  if (x->score != y->score) return y->score - x->score;
  return x->id < y->id ? -1 : x->id > y->id;
}

static void sec_quotes(W *w, sqlite3 *db, const evlist *L, const dy_lexicon *lx, const long long *arts, size_t narts) {
  w_h2(w, "who-said-what", "Who said what");
  sqlite3_stmt *st = NULL;
  const char *sql =
    "SELECT q.id, q.article_id, q.speaker, coalesce(q.affiliation, ''), coalesce(q.actor, ''), q.via, q.kind,"
    " CAST(substr(CAST(a.text AS BLOB), q.start + 1, q.end - q.start) AS TEXT)"
    " FROM quotes q JOIN articles a ON a.id = q.article_id WHERE a.dup_of IS NULL AND q.speaker IS NOT NULL AND q.speaker <> ''"
    " ORDER BY q.id LIMIT 20000";
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) {
    w_p(w); w_str(w, "The store has no quotes (ingest again)."); w_pend(w);
    return;
  }
  quote_t *Q = NULL;
  size_t nq = 0, cap = 0;
  while (sqlite3_step(st) == SQLITE_ROW) {
    DY_VEC_GROW(Q, cap, nq + 1);
    quote_t *q = &Q[nq];
    memset(q, 0, sizeof *q);
    q->id = sqlite3_column_int64(st, 0);
    q->article = sqlite3_column_int64(st, 1);
    const char *via = (const char *)sqlite3_column_text(st, 5), *kind = (const char *)sqlite3_column_text(st, 6);
    const char *text = (const char *)sqlite3_column_text(st, 7);
    if (!text || strlen(text) < 20) continue;
    long long aid = q->article;
    if (arts && !bsearch(&aid, arts, narts, sizeof *arts, cmp_ll)) continue;
    q->speaker = dy_xstrdup((const char *)sqlite3_column_text(st, 2));
    q->aff = dy_xstrdup((const char *)sqlite3_column_text(st, 3));
    q->text = dy_xstrdup(text);
    snprintf(q->actor, sizeof q->actor, "%s", (const char *)sqlite3_column_text(st, 4));
    /* relevance: a named speaker with an affiliation who speaks of the focus */
    int s = 0;
    if (via && strcmp(via, "description") && strcmp(via, "actor")) s += 3;
    if (*q->aff) s += 3;
    if (kind && !strcmp(kind, "direct")) s += 1;
    for (int i = 0; i < L->nfocus; i++) {
      char c3[4];
      snprintf(c3, sizeof c3, "%.3s", L->focus[i]);
      const char *cn = lx ? dy_lex_country_name(lx, c3) : NULL;
      if (cn && strcasestr(q->text, cn)) s += 3;
      if (!strncmp(q->actor, c3, 3)) s += 2;
    }
    q->score = s;
    if (L->nfocus && s < 8) { free(q->speaker); free(q->aff); free(q->text); continue; } /* says nothing of the focus */
    nq++;
  }
  sqlite3_finalize(st);
  if (nq) qsort(Q, nq, sizeof *Q, cmp_quote);
  int shown = 0;
  for (size_t i = 0; i < nq && shown < 14; i++) {
    /* at most three quotes a speaker */
    int same = 0;
    for (size_t j = 0; j < i; j++) same += Q[j].score >= 0 && !strcmp(Q[j].speaker, Q[i].speaker);
    if (same >= 3) { Q[i].score = -1; continue; }
    if (shown++ == 0) w_ul(w);
    w_li(w);
    w_bold(w, Q[i].speaker);
    if (*Q[i].aff) { w_str(w, ", "); w_str(w, Q[i].aff); }
    if (Q[i].actor[0]) fprintf(w->out, " (%s)", Q[i].actor);
    w_str(w, " ");
    w_cite(w, Q[i].article);
    w_str(w, ": ");
    w_quote(w, Q[i].text, 300);
    w_liend(w);
  }
  if (shown) w_ulend(w);
  else { w_p(w); w_str(w, "No quote with a named speaker."); w_pend(w); }
  for (size_t i = 0; i < nq; i++) { free(Q[i].speaker); free(Q[i].aff); free(Q[i].text); }
  free(Q);
}

/* ---- SVG charts (HTML only) ------------------------------------------------------------ */

static const char *quad_colour(int q) {
  static const char *const C[] = {"#888", "#2b8a3e", "#1864ab", "#e67700", "#c92a2a"};
  return C[q >= 1 && q <= 4 ? q : 0];
}

static void svg_date(FILE *out, long day) {
  char b[16];
  dy_date_str(dy_date_from_days(day), b);
  fputs(b, out);
}

/* Goldstein over time for one dyad: a dot per event (colour: QuadClass),
 * the mean per date as a line. */
static void svg_goldstein(W *w, const evlist *L, const int *idx, int n, long d0, long d1, const char *label) {
  const int Wd = 640, H = 150, ml = 34, mr = 10, mt = 16, mb = 22;
  if (d1 <= d0) { d0 -= 15; d1 += 15; }
  FILE *o = w->out;
  fprintf(o, "<svg class=\"chart goldstein\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Goldstein over time: ", Wd, H, Wd, H);
  html_text(o, label, strlen(label));
  fputs("\">\n", o);
  double pw = Wd - ml - mr, ph = H - mt - mb;
#define X(d) (ml + pw * (double)((d) - d0) / (double)(d1 - d0))
#define Y(g) (mt + ph * (10.0 - (g)) / 20.0)
  fprintf(o, "<rect x=\"%d\" y=\"%d\" width=\"%.0f\" height=\"%.0f\" fill=\"#fafafa\" stroke=\"#ddd\"/>\n", ml, mt, pw, ph);
  for (int g = -10; g <= 10; g += 5)
    fprintf(o, "<line x1=\"%d\" x2=\"%d\" y1=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"/><text x=\"%d\" y=\"%.1f\" class=\"ax\" text-anchor=\"end\">%+d</text>\n",
            ml, Wd - mr, Y(g), Y(g), g ? "#eee" : "#999", ml - 4, Y(g) + 3, g);
  fprintf(o, "<text x=\"%d\" y=\"%d\" class=\"ax\">", ml, H - 6);
  svg_date(o, d0);
  fprintf(o, "</text><text x=\"%d\" y=\"%d\" class=\"ax\" text-anchor=\"end\">", Wd - mr, H - 6);
  svg_date(o, d1);
  fputs("</text>\n", o);
  fprintf(o, "<text x=\"%d\" y=\"11\" class=\"ttl\">", ml);
  html_text(o, label, strlen(label));
  fputs("</text>\n<polyline fill=\"none\" stroke=\"#555\" stroke-width=\"1.5\" points=\"", o);
  for (int i = 0; i < n;) {
    long d = L->v[idx[i]].day;
    double s = 0;
    int k = 0;
    while (i < n && L->v[idx[i]].day == d) { s += L->v[idx[i]].goldstein; k++; i++; }
    fprintf(o, "%.1f,%.1f ", X(d), Y(s / k));
  }
  fputs("\"/>\n", o);
  for (int i = 0; i < n; i++) {
    const ev_t *e = &L->v[idx[i]];
    fprintf(o, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" fill=\"%s\" fill-opacity=\"0.75\"><title>", X(e->day), Y(e->goldstein), quad_colour(e->quad));
    html_text(o, e->date, strlen(e->date));
    fprintf(o, " %s %+.1f</title></circle>\n", e->code, e->goldstein);
  }
#undef X
#undef Y
  fputs("</svg>\n", o);
}

typedef struct { char code[16]; double degree; int partners; double gsum; int n; double between; } node;

static int cmp_node(const void *a, const void *b) {
  const node *x = a, *y = b;
  if (x->degree != y->degree) return x->degree < y->degree ? 1 : -1;
  return strcmp(x->code, y->code);
}

static void svg_network(W *w, const node *N, int nn, const dyad *D, int nd, const dy_lexicon *lx) {
  const int S = 340;
  FILE *o = w->out;
  if (nn > 12) nn = 12;
  if (nn < 2) return;
  double cx = S / 2.0, cy = S / 2.0, rad = S / 2.0 - 60, px[12], py[12];
  for (int i = 0; i < nn; i++) {
    double a = -M_PI / 2 + 2 * M_PI * i / nn;
    px[i] = cx + rad * cos(a);
    py[i] = cy + rad * sin(a);
  }
  fprintf(o, "<svg class=\"chart network\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" role=\"img\" aria-label=\"Actor network\">\n", S, S, S, S);
  int maxn = 1;
  for (int k = 0; k < nd; k++) if (D[k].n > maxn) maxn = D[k].n;
  for (int k = 0; k < nd; k++) {
    int a = -1, b = -1;
    for (int i = 0; i < nn; i++) {
      if (!strcmp(N[i].code, D[k].a)) a = i;
      if (!strcmp(N[i].code, D[k].b)) b = i;
    }
    if (a < 0 || b < 0) continue;
    double mean = D[k].gsum / D[k].n;
    fprintf(o, "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-opacity=\"0.6\" stroke-width=\"%.1f\"><title>%s\u2013%s: %d events, mean Goldstein %+.1f</title></line>\n",
            px[a], py[a], px[b], py[b], mean >= 0 ? "#2b8a3e" : "#c92a2a", 1 + 7.0 * D[k].n / maxn, D[k].a, D[k].b, D[k].n, mean);
  }
  double maxd = N[0].degree > 0 ? N[0].degree : 1;
  for (int i = 0; i < nn; i++) {
    double r = 6 + 14 * sqrt(N[i].degree / maxd);
    fprintf(o, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#4c6ef5\" fill-opacity=\"0.85\"/>\n", px[i], py[i], r);
    const char *lab = code_label(lx, N[i].code);
    double ly = py[i] + (py[i] < cy ? -r - 5 : r + 13);
    fprintf(o, "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"middle\" class=\"lbl\">", px[i], ly);
    html_text(o, lab, strlen(lab));
    fputs("</text>\n", o);
  }
  fputs("</svg>\n", o);
}

/* A small map of the places the brief's articles name: an equirectangular
 * projection of their coordinates, a dot per place (area: mentions). */
static void svg_map(W *w, sqlite3 *db, const long long *arts, size_t narts) {
  typedef struct { char name[64]; double lat, lon; int n; } pl_t;
  pl_t P[200];
  int np = 0;
  sqlite3_stmt *st = NULL;
  if (sqlite3_prepare_v2(db, "SELECT place, lat, lon FROM places WHERE article_id = ? AND lat IS NOT NULL AND lon IS NOT NULL", -1, &st, NULL) != SQLITE_OK) return;
  for (size_t i = 0; i < narts; i++) {
    sqlite3_bind_int64(st, 1, arts[i]);
    while (sqlite3_step(st) == SQLITE_ROW) {
      const char *nm = (const char *)sqlite3_column_text(st, 0);
      double la = sqlite3_column_double(st, 1), lo = sqlite3_column_double(st, 2);
      int k = -1;
      for (int j = 0; j < np; j++) if (!strcmp(P[j].name, nm ? nm : "")) k = j;
      if (k < 0 && np < 200) { k = np++; snprintf(P[k].name, sizeof P[k].name, "%s", nm ? nm : ""); P[k].lat = la; P[k].lon = lo; P[k].n = 0; }
      if (k >= 0) P[k].n++;
    }
    sqlite3_reset(st);
  }
  sqlite3_finalize(st);
  if (!np) { w_p(w); w_str(w, "No place with coordinates in these articles."); w_pend(w); return; }
  double la0 = 90, la1 = -90, lo0 = 180, lo1 = -180;
  for (int i = 0; i < np; i++) {
    if (P[i].lat < la0) la0 = P[i].lat;
    if (P[i].lat > la1) la1 = P[i].lat;
    if (P[i].lon < lo0) lo0 = P[i].lon;
    if (P[i].lon > lo1) lo1 = P[i].lon;
  }
  double pad = 3;
  la0 -= pad; la1 += pad; lo0 -= pad; lo1 += pad;
  if (la1 - la0 < 12) { double m = (la0 + la1) / 2; la0 = m - 6; la1 = m + 6; }
  if (lo1 - lo0 < 16) { double m = (lo0 + lo1) / 2; lo0 = m - 8; lo1 = m + 8; }
  double k = cos((la0 + la1) / 2 * M_PI / 180); /* metres per degree of longitude shrink with latitude */
  if (k < 0.2) k = 0.2;
  const double Wd = 540;
  double H = Wd * (la1 - la0) / ((lo1 - lo0) * k);
  if (H > 420) H = 420;
  if (H < 200) H = 200;
  FILE *o = w->out;
  fprintf(o, "<svg class=\"chart map\" viewBox=\"0 0 %.0f %.0f\" width=\"%.0f\" height=\"%.0f\" role=\"img\" aria-label=\"Places named\">\n", Wd, H, Wd, H);
  fprintf(o, "<rect width=\"%.0f\" height=\"%.0f\" fill=\"#eef4fa\" stroke=\"#cdd\"/>\n", Wd, H);
#define MX(lo) (Wd * ((lo) - lo0) / (lo1 - lo0))
#define MY(la) (H * (la1 - (la)) / (la1 - la0))
  for (int g = (int)ceil(lo0 / 10) * 10; g <= lo1; g += 10)
    fprintf(o, "<line x1=\"%.1f\" x2=\"%.1f\" y1=\"0\" y2=\"%.0f\" stroke=\"#d8e2ec\"/><text x=\"%.1f\" y=\"%.0f\" class=\"ax\">%d\u00B0%s</text>\n", MX(g), MX(g), H, MX(g) + 2, H - 4, abs(g), g < 0 ? "W" : "E");
  for (int g = (int)ceil(la0 / 10) * 10; g <= la1; g += 10)
    fprintf(o, "<line y1=\"%.1f\" y2=\"%.1f\" x1=\"0\" x2=\"%.0f\" stroke=\"#d8e2ec\"/><text y=\"%.1f\" x=\"2\" class=\"ax\">%d\u00B0%s</text>\n", MY(g), MY(g), Wd, MY(g) - 2, abs(g), g < 0 ? "S" : "N");
  /* the most named places get labels */
  int order[200];
  for (int i = 0; i < np; i++) order[i] = i;
  for (int i = 1; i < np; i++) for (int j = i; j > 0 && P[order[j]].n > P[order[j - 1]].n; j--) { int t = order[j]; order[j] = order[j - 1]; order[j - 1] = t; }
  for (int r = np - 1; r >= 0; r--) {
    const pl_t *p = &P[order[r]];
    double x = MX(p->lon), y = MY(p->lat), rad = 3 + 2.5 * sqrt((double)p->n);
    fprintf(o, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#d9480f\" fill-opacity=\"0.6\" stroke=\"#fff\"><title>", x, y, rad);
    html_text(o, p->name, strlen(p->name));
    fprintf(o, ": %d mention%s</title></circle>\n", p->n, p->n == 1 ? "" : "s");
  }
  /* labels, the most named places first, where they overlap no label already placed */
  double bx0[12], bx1[12], by[12];
  int nl = 0;
  for (int r = 0; r < np && nl < 12; r++) {
    const pl_t *p = &P[order[r]];
    double x = MX(p->lon), y = MY(p->lat), rad = 3 + 2.5 * sqrt((double)p->n);
    double tx = x + rad + 2, tw = 6.2 * (double)strlen(p->name);
    if (tx + tw > Wd) tx = x - rad - 2 - tw;
    int clash = 0;
    for (int j = 0; j < nl; j++)
      if (fabs(by[j] - y) < 12 && tx < bx1[j] && tx + tw > bx0[j]) clash = 1;
    if (clash) continue;
    bx0[nl] = tx; bx1[nl] = tx + tw; by[nl++] = y;
    fprintf(o, "<text x=\"%.1f\" y=\"%.1f\" class=\"lbl\">", tx, y + 4);
    html_text(o, p->name, strlen(p->name));
    fputs("</text>\n", o);
  }
#undef MX
#undef MY
  fputs("</svg>\n", o);
}

/* ---- power dynamics ------------------------------------------------------------------- */

/* HOOK: the weighted degree of each actor over the brief's dyads (the sum
 * of its events with every partner). Betweenness is
 * the analysis stage's (dy_an_betweenness). Returns the number of nodes, in
 * N (sorted by degree, most central first). */
static int brief_network_degree(const dyad *D, int nd, node *N, int maxn) {
  int nn = 0;
  for (int k = 0; k < nd; k++) {
    const char *side[2] = {D[k].a, D[k].b};
    for (int s = 0; s < 2; s++) {
      int j = -1;
      for (int i = 0; i < nn; i++) if (!strcmp(N[i].code, side[s])) { j = i; break; }
      if (j < 0) {
        if (nn >= maxn) continue;
        j = nn++;
        memset(&N[j], 0, sizeof N[j]);
        snprintf(N[j].code, sizeof N[j].code, "%s", side[s]);
      }
      N[j].degree += D[k].n;
      N[j].partners++;
      N[j].gsum += D[k].gsum;
      N[j].n += D[k].n;
    }
  }
  qsort(N, (size_t)nn, sizeof *N, cmp_node);
  /* betweenness (src/analyze: Brandes, unweighted hops), normalised by
   * the pairs of the other actors, (n-1)(n-2)/2 */
  if (nn >= 3) {
    int *off = dy_xcalloc((size_t)nn + 1, sizeof *off), *adj = dy_xmalloc(((size_t)nd * 2 + 1) * sizeof *adj), *fill = dy_xcalloc((size_t)nn, sizeof *fill);
    int (*ends)[2] = dy_xmalloc(((size_t)nd + 1) * sizeof *ends);
    double *bc = dy_xcalloc((size_t)nn, sizeof *bc);
    int ne = 0;
    for (int k = 0; k < nd; k++) {
      int a = -1, b = -1;
      for (int i = 0; i < nn; i++) {
        if (!strcmp(N[i].code, D[k].a)) a = i;
        if (!strcmp(N[i].code, D[k].b)) b = i;
      }
      if (a < 0 || b < 0 || a == b || D[k].n <= 0) continue;
      ends[ne][0] = a, ends[ne][1] = b, ne++;
      off[a + 1]++, off[b + 1]++;
    }
    for (int i = 0; i < nn; i++) off[i + 1] += off[i];
    for (int k = 0; k < ne; k++) {
      int a = ends[k][0], b = ends[k][1];
      adj[off[a] + fill[a]++] = b;
      adj[off[b] + fill[b]++] = a;
    }
    if (dy_an_betweenness(nn, off, adj, bc) == 0) {
      double pairs = (nn - 1) * (double)(nn - 2) / 2;
      for (int i = 0; i < nn; i++) N[i].between = bc[i] / pairs;
    }
    free(off); free(adj); free(fill); free(ends); free(bc);
  }
  return nn;
}

/* ---- the brief ----------------------------------------------------------------------------- */

static const char CSS[] =
  "body{font:15px/1.5 Georgia,'Times New Roman',serif;color:#222;max-width:62rem;margin:1.5rem auto;padding:0 1rem;background:#fff}"
  "h1{font:600 1.7rem system-ui,sans-serif;margin:.2rem 0 .4rem}h2{font:600 1.15rem system-ui,sans-serif;border-bottom:2px solid #333;"
  "padding-bottom:.15rem;margin:1.8rem 0 .6rem;text-transform:uppercase;letter-spacing:.04em}"
  ".meta{color:#555;font-size:.9rem}table{border-collapse:collapse;width:100%;font-size:.88rem;margin:.5rem 0}"
  "th,td{border-bottom:1px solid #ddd;padding:.25rem .4rem;text-align:left;vertical-align:top}th{background:#f1f3f5;font-family:system-ui,sans-serif}"
  "td.n,th.n{text-align:right;white-space:nowrap}q{quotes:none;color:#333;font-style:italic}a.cite{text-decoration:none;color:#1864ab;font-size:.8em;vertical-align:super}"
  "li{margin:.3rem 0}svg.chart{display:block;max-width:100%;height:auto;margin:.6rem 0;font-family:system-ui,sans-serif}"
  "svg.goldstein{width:100%}svg .ax{font-size:10px;fill:#666}svg .ttl{font-size:11px;font-weight:600;fill:#333}svg .lbl{font-size:11px;fill:#222}"
  ".charts{display:flex;flex-wrap:wrap;gap:1rem;align-items:flex-start}.legend span{display:inline-block;margin-right:1rem;font:12px system-ui,sans-serif}"
  ".legend i{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:4px}#references p{margin:.2rem 0;font-size:.88rem}"
  ".bottom{font-size:1.05rem;border-left:4px solid #333;padding-left:.8rem}";

/* The Outlook's base rates (analyze.c): what followed events of root
 * from a to b (states) in the store's own history within 30 days. */
typedef struct { dy_an_baserate *B; size_t nb; } baserates;
static void baserates_load(baserates *br, dy_store *st) {
  memset(br, 0, sizeof *br);
  dy_an_opts ao;
  memset(&ao, 0, sizeof ao);
  ao.window = 30;
  dy_an_hap *H = NULL;
  size_t nh = 0;
  if (dy_an_load(dy_store_sqlite(st), &ao, &H, &nh) == 0 && dy_an_baserates_of(H, nh, &ao, &br->B, &br->nb) != 0) br->nb = 0;
  free(H);
}

/* Appends to the item of event e the base rate of its dyad and root, as
 * counts with what they rest on; nothing when the store has none. */
static void baserate_of(W *w, const baserates *br, const dy_lexicon *lx, const ev_t *e) {
  char a[16], b[16], line[512];
  if (!e->src[0] || !e->tgt[0]) return;
  dyad_code(a, e->src, lx);
  dyad_code(b, e->tgt, lx);
  for (size_t k = 0; k < br->nb; k++) {
    const dy_an_baserate *r = &br->B[k];
    if (strcmp(r->source, a) || strcmp(r->target, b) || strcmp(r->root, e->root) || r->antecedents < 1) continue;
    snprintf(line, sizeof line, " Base rate in this store: %ld day-dated %s \u2192 %s events of root %s (%s), %ld followed within %d days by %ld events between them",
             r->antecedents, a, b, r->root, cameo_name(lx, r->root), r->followed, r->window, r->followers);
    w_str(w, line);
    for (size_t j = 0; j < r->nnext && j < 3; j++) {
      snprintf(line, sizeof line, "%s%s (%s) %ld of %ld", j ? ", " : "; most often ", cameo_name(lx, r->next[j].root), r->next[j].root,
               r->next[j].count, r->followers);
      w_str(w, line);
    }
    w_str(w, ".");
    return;
  }
}

/* Does sentence s ask a question (its last word before closing marks a "?")? */
static int is_question(const char *s) {
  size_t n = s ? strlen(s) : 0;
  while (n > 0 && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '"' || s[n - 1] == '\'' || s[n - 1] == ')' ||
                   ((unsigned char)s[n - 1] >= 0x80 && n >= 3 && (unsigned char)s[n - 3] == 0xe2))) {
    /* typographic closing quotes are three bytes (E2 80 9D, E2 80 99) */
    if ((unsigned char)s[n - 1] >= 0x80) n -= 3;
    else n--;
  }
  return n > 0 && s[n - 1] == '?';
}

int dy_render_brief(dy_store *st, const dy_lexicon *lx, const dy_brief_opts *o, FILE *out) {
  sqlite3 *db = dy_store_sqlite(st);
  evlist A; /* every asserted, future and hypothetical event of the query */
  memset(&A, 0, sizeof A);
  char focusbuf[256] = "";
  if (o->focus) {
    snprintf(focusbuf, sizeof focusbuf, "%s", o->focus);
    char *save = NULL;
    for (char *t = strtok_r(focusbuf, ",", &save); t && A.nfocus < 16; t = strtok_r(NULL, ",", &save)) {
      A.focus[A.nfocus] = t;
      A.flen[A.nfocus++] = strlen(t);
    }
  }
  dy_query q;
  memset(&q, 0, sizeof q);
  q.since = o->since;
  q.until = o->until;
  q.all = 1;
  if (dy_store_events(st, &q, collect, &A) || A.oom) { evlist_free(&A); return -1; }
  undated_background(&A);
  /* L: the asserted events; O: future and hypothetical ones (the outlook) */
  evlist L = A, O = A;
  L.v = dy_xmalloc((A.n + 1) * sizeof(ev_t));
  O.v = dy_xmalloc((A.n + 1) * sizeof(ev_t));
  L.n = O.n = 0;
  for (size_t i = 0; i < A.n; i++) {
    if (A.v[i].mod == MOD_ASSERTED) L.v[L.n++] = A.v[i];
    else O.v[O.n++] = A.v[i];
  }
  free(A.v);
  int html = o->format == DY_BRIEF_HTML;
  W w = {out, html, {0}, 0, 0};
  if (html) {
    fputs("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>Brief", out);
    if (o->focus) { fputs(": ", out); html_text(out, o->focus, strlen(o->focus)); }
    fprintf(out, "</title>\n<style>%s</style>\n</head>\n<body>\n<section id=\"top\">\n<h1>Brief", CSS);
    if (o->focus) { fputs(": ", out); html_text(out, o->focus, strlen(o->focus)); }
    fputs("</h1>\n", out);
  } else {
    fprintf(out, "# Brief%s", o->focus ? ": " : "");
    if (o->focus) md_text(out, o->focus, strlen(o->focus));
    fputs("\n\n", out);
  }
  if (L.n) qsort(L.v, L.n, sizeof(ev_t), cmp_date);
  if (O.n) qsort(O.v, O.n, sizeof(ev_t), cmp_date);
  if (L.n == 0) {
    w_p(&w);
    if (L.total > 0) {
      fprintf(out, "No asserted events for ");
      w_str(&w, o->focus ? o->focus : "");
      fprintf(out, "%s%s%s%s; the store has %ld asserted event%s%s.", o->since ? " since " : "", o->since ? o->since : "",
              o->until ? " until " : "", o->until ? o->until : "", L.total, L.total == 1 ? "" : "s",
              o->since || o->until ? " in that period" : "");
    } else {
      fprintf(out, "No asserted events%s%s%s%s in the store.", o->since ? " since " : "", o->since ? o->since : "",
              o->until ? " until " : "", o->until ? o->until : "");
    }
    w_pend(&w);
    if (html) fputs("</section>\n</body>\n</html>\n", out);
    evlist_free(&L); evlist_free(&O);
    return 0;
  }
  long narticles = 0, nbackground = 0;
  long long *arts = dy_xmalloc((L.n + 1) * sizeof(long long));
  size_t narts = 0;
  for (size_t i = 0; arts && i < L.n; i++) arts[i] = L.v[i].article;
  if (arts && L.n) qsort(arts, L.n, sizeof(long long), cmp_ll);
  for (size_t i = 0; arts && i < L.n; i++)
    if (i == 0 || arts[i] != arts[i - 1]) arts[narts++] = arts[i];
  narticles = (long)narts;
  long maxday = -1000000;
  for (size_t i = 0; i < L.n; i++) {
    nbackground += L.v[i].background;
    if (!L.v[i].background && L.v[i].day > maxday) maxday = L.v[i].day;
  }
  const char *first_date = "";
  for (size_t i = 0; i < L.n && !*first_date; i++) first_date = L.v[i].date;
  w_p(&w);
  w_raw(&w, "", "<span class=\"meta\">");
  fprintf(out, "%zu coded events (asserted) from %ld articles, dated %s to %s", L.n, narticles, *first_date ? first_date : "(undated)",
          *L.v[L.n - 1].date ? L.v[L.n - 1].date : "(undated)");
  if (nbackground) fprintf(out, " (%ld of them background: dated half a year or more before their article, kept out of the situation and the relations)", nbackground);
  size_t nout = O.n;
  for (size_t i = 0; i < L.n; i++) nout += !L.v[i].background && (!strcmp(L.v[i].root, "03") || !strcmp(L.v[i].root, "13"));
  fprintf(out, "; %zu stated intentions, threats, conditions or possibilities. Each line cites [n] the article in References and quotes the sentence it rests on.", nout);
  w_raw(&w, "", "</span>");
  w_pend(&w);

  /* stories: the current events with both sides named, one per happening
   * (the reports of one event however the articles word or date it), else
   * grouped by (source, target, three-digit code, month), through a hash of
   * the key */
  story *S = dy_xcalloc(L.n + 1, sizeof(story));
  int *sid = dy_xreallocarray(NULL, L.n + 1, sizeof(int));
  dy_map six = {0}; /* a story key's hash -> the story */
  dy_map_init(&six, L.n);
  int ns = 0;
  for (size_t i = 0; i < L.n; i++) {
    const ev_t *e = &L.v[i];
    sid[i] = -1;
    if (e->background || !e->src[0] || !e->tgt[0] || generic(lx, e->src) || generic(lx, e->tgt)) continue;
    char key[64], a[16], b[16];
    dyad_code(a, e->src, lx);
    dyad_code(b, e->tgt, lx);
    int kn = e->happening > 0 ? snprintf(key, sizeof key, "H%lld", e->happening)
                              : snprintf(key, sizeof key, "%s|%s|%.3s|%.7s", a, b, e->code, e->date);
    uint64_t h = dy_hash64(key, (size_t)kn);
    int k = -1;
    size_t it;
    for (uint32_t v = dy_map_first(&six, h, &it); v != DY_MAP_NONE && k < 0; v = dy_map_next(&six, h, &it)) {
      story *t = &S[v];
      if (e->happening > 0 ? t->hap == e->happening
                           : (!t->hap && !strcmp(t->src, a) && !strcmp(t->tgt, b) && !strncmp(t->code, e->code, 3) &&
                              !strncmp(L.v[t->first].date, e->date, 7))) k = (int)v;
    }
    if (k < 0) {
      k = ns++;
      dy_map_add(&six, h, (uint32_t)k);
      memset(&S[k], 0, sizeof S[k]);
      snprintf(S[k].src, 16, "%s", a);
      snprintf(S[k].tgt, 16, "%s", b);
      snprintf(S[k].code, 4, "%.3s", e->code);
      S[k].hap = e->happening;
      S[k].first = (int)i;
    }
    sid[i] = k;
    story *sto = &S[k];
    sto->n++;
    if (!sto->d0[0] && e->date[0]) snprintf(sto->d0, 16, "%s", e->date);
    if (e->date[0]) { snprintf(sto->d1, 16, "%s", e->date); sto->day1 = e->day; }
    if (strcmp(L.v[sto->first].date_source, "sentence") && !strcmp(e->date_source, "sentence")) sto->first = (int)i;
    /* a happening is named by its most specific report: "Make a visit" (042) over "Consult" (040) */
    const char *fc = L.v[sto->first].code;
    if (sto->hap && strlen(fc) == 3 && fc[2] == '0' && strlen(e->code) >= 3 && e->code[2] != '0') {
      sto->first = (int)i;
      snprintf(sto->code, 4, "%.3s", e->code);
    }
  }
  {
    long long *pairs = dy_xmalloc((L.n + 1) * sizeof(long long));
    size_t np = 0;
    for (size_t i = 0; pairs && i < L.n; i++)
      if (sid[i] >= 0) pairs[np++] = (long long)sid[i] * 4294967296LL + L.v[i].article;
    if (pairs && np) qsort(pairs, np, sizeof(long long), cmp_ll);
    for (size_t i = 0; pairs && i < np; i++)
      if (i == 0 || pairs[i] != pairs[i - 1]) S[pairs[i] / 4294967296LL].narticles++;
    free(pairs);
  }
  dy_map_free(&six);
  free(sid);

  /* dyads of the current events */
  dyad *D = dy_xcalloc(L.n + 1, sizeof(dyad));
  int *dof = dy_xreallocarray(NULL, L.n + 1, sizeof(int));
  dy_map dix = {0}; /* a dyad's hash -> the dyad */
  dy_map_init(&dix, L.n);
  int nd = 0;
  for (size_t i = 0; i < L.n; i++) {
    const ev_t *e = &L.v[i];
    dof[i] = -1;
    char a[16], b[16], key[40];
    if (e->background || !ev_dyad(e, lx, a, b)) continue;
    int kn = snprintf(key, sizeof key, "%s|%s", a, b);
    uint64_t h = dy_hash64(key, (size_t)kn);
    int k = -1;
    size_t it;
    for (uint32_t v = dy_map_first(&dix, h, &it); v != DY_MAP_NONE && k < 0; v = dy_map_next(&dix, h, &it))
      if (!strcmp(D[v].a, a) && !strcmp(D[v].b, b)) k = (int)v;
    if (k < 0) { k = nd++; dy_map_add(&dix, h, (uint32_t)k); memset(&D[k], 0, sizeof D[k]); memcpy(D[k].a, a, 16); memcpy(D[k].b, b, 16); }
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
  for (size_t i = 0; dof && D && i < L.n; i++) {
    if (dof[i] < 0) continue;
    dyad *d = &D[dof[i]];
    if (d->seen++ < d->n / 2) { d->g_early += L.v[i].goldstein; d->n_early++; }
    else { d->g_late += L.v[i].goldstein; d->n_late++; }
  }
  dy_map_free(&dix);
  for (int k = 0; D && k < nd; k++) {
    dyad *d = &D[k];
    d->delta = d->n_early && d->n_late ? d->g_late / d->n_late - d->g_early / d->n_early : 0;
  }
  /* the dyad index of each event is needed for the charts: keep the order of D until charts are drawn */
  int *rank = dy_xmalloc(((size_t)nd + 1) * sizeof(int));
  dyad *Dsorted = dy_xmalloc(((size_t)nd + 1) * sizeof(dyad));
  if (Dsorted && D) { memcpy(Dsorted, D, (size_t)nd * sizeof(dyad)); qsort(Dsorted, (size_t)nd, sizeof(dyad), cmp_dyad); }
  for (int k = 0; rank && Dsorted && k < nd; k++)
    for (int j = 0; j < nd; j++)
      if (!strcmp(D[j].a, Dsorted[k].a) && !strcmp(D[j].b, Dsorted[k].b)) { rank[k] = j; break; }

  node N[64];
  int nn = D ? brief_network_degree(D, nd, N, 64) : 0;
  double maxdeg = nn ? N[0].degree : 1;

  for (int k = 0; k < ns; k++) {
    const ev_t *e = &L.v[S[k].first];
    double recent = maxday > -1000000 && S[k].day1 >= maxday - 30 ? 5 : 0;
    S[k].score = S[k].narticles * 10.0 + S[k].n + fabs(e->goldstein) * 0.5 + recent;
  }
  qsort(S, (size_t)ns, sizeof(story), cmp_story);

  /* ---- Situation: one paragraph of the most-reported recent happenings */
  w_h2(&w, "situation", "Situation");
  w_p(&w);
  int top = o->top > 0 ? o->top : 6;
  if (top > 8) top = 8;
  int shown = 0;
  for (int k = 0; k < ns && shown < top; k++) {
    story *s = &S[k];
    if (s->n < 0) continue;
    const ev_t *e = &L.v[s->first];
    int mutual = 0, nrep = s->n, nart = s->narticles;
    /* the same act of the same sentence: between the two sides ("A and
     * B"), or by co-agents on one side ("Israel and the United States →
     * Iran"), or on co-targets ("Pakistan → Israel and the United
     * States"), is one item */
    const ev_t *cosrc[3], *cotgt[3];
    int ncs = 0, nct = 0;
    for (int j = k + 1; j < ns; j++) {
      story *m = &S[j];
      if (m->n <= 0 || strcmp(m->code, s->code) || strcmp(L.v[m->first].sentence, e->sentence)) continue;
      const ev_t *f = &L.v[m->first];
      int merged = 0;
      if (!mutual && !ncs && !nct && !strcmp(m->src, s->tgt) && !strcmp(m->tgt, s->src)) mutual = merged = 1;
      else if (!mutual && !nct && ncs < 3 && !strcmp(m->tgt, s->tgt) && strcmp(m->src, s->src) && f->src_place == e->src_place) cosrc[ncs++] = f, merged = 1;
      else if (!mutual && !ncs && nct < 3 && !strcmp(m->src, s->src) && strcmp(m->tgt, s->tgt)) cotgt[nct++] = f, merged = 1;
      if (!merged) continue;
      if (m->n > nrep) nrep = m->n;
      if (m->narticles > nart) nart = m->narticles;
      m->n = -1;
    }
    if (shown++) w_str(&w, " ");
    w_raw(&w, "**", "<b>");
    w_source(&w, e, lx);
    for (int u = 0; u < ncs; u++) { w_str(&w, u + 1 == ncs ? " and " : ", "); w_source(&w, cosrc[u], lx); }
    w_str(&w, mutual ? " and " : " \u2192 ");
    w_actor(&w, e->tgt_name, e->tgt, lx);
    for (int u = 0; u < nct; u++) { w_str(&w, u + 1 == nct ? " and " : ", "); w_actor(&w, cotgt[u]->tgt_name, cotgt[u]->tgt, lx); }
    w_raw(&w, "**", "</b>");
    char buf[200];
    snprintf(buf, sizeof buf, ": %s (CAMEO %s), %s%s%s, %d report%s in %d article%s ", cameo_name(lx, e->code), e->code,
             s->d0[0] ? s->d0 : "undated", strcmp(s->d0, s->d1) ? " to " : "", strcmp(s->d0, s->d1) ? s->d1 : "", nrep,
             nrep == 1 ? "" : "s", nart, nart == 1 ? "" : "s");
    w_str(&w, buf);
    w_cite(&w, e->article);
    w_str(&w, ": ");
    if (!w_quote(&w, e->sentence, 220)) w_str(&w, ".");
  }
  if (!shown) w_str(&w, "No current event with both sides named.");
  w_pend(&w);

  sec_figures(&w, db, &L, lx);
  sec_claims(&w, db, &L, lx);
  sec_quotes(&w, db, &L, lx, arts, narts);

  /* ---- Relations */
  w_h2(&w, "relations", "Relations");
  if (nd && Dsorted) {
    w_p(&w);
    w_str(&w, "Current events per dyad (both directions; background events left out) by QuadClass: verbal cooperation (VC), material cooperation (MC), "
              "verbal conflict (VK), material conflict (MK); mean Goldstein score; movement compares the mean of the earlier and the "
              "later half of the dyad's dated events.");
    w_pend(&w);
    w_raw(&w, "\n", "");
    w_table(&w, "Dyad|>Events|>VC|>MC|>VK|>MK|>Mean Goldstein|Movement|Sources");
    for (int k = 0; k < nd && k < 15; k++) {
      dyad *d = &Dsorted[k];
      char mv[64] = "\u2014", num[32];
      if (d->n_early && d->n_late)
        snprintf(mv, sizeof mv, "%s (%+.1f)", d->delta > 1 ? "\u2191 warming" : d->delta < -1 ? "\u2193 cooling" : "\u2192 steady", d->delta);
      w_tr(&w);
      w_td(&w, 0); w_str(&w, code_label(lx, d->a)); w_str(&w, " \u2194 "); w_str(&w, code_label(lx, d->b)); w_tdend(&w);
      int cells[5] = {d->n, d->q[1], d->q[2], d->q[3], d->q[4]};
      for (int c = 0; c < 5; c++) { w_td(&w, 1); snprintf(num, sizeof num, "%d", cells[c]); w_str(&w, num); w_tdend(&w); }
      w_td(&w, 1); snprintf(num, sizeof num, "%+.2f", d->gsum / d->n); w_str(&w, num); w_tdend(&w);
      w_td(&w, 0); w_str(&w, mv); w_tdend(&w);
      w_td(&w, 0);
      for (int j = 0; j < d->nev; j++) w_cite(&w, L.v[d->ev[j]].article);
      w_tdend(&w);
      w_trend(&w);
    }
    w_tableend(&w);
    if (html && rank && dof) {
      fputs("<div class=\"legend\"><span><i style=\"background:#2b8a3e\"></i>verbal cooperation</span><span><i style=\"background:#1864ab\"></i>material cooperation</span>"
            "<span><i style=\"background:#e67700\"></i>verbal conflict</span><span><i style=\"background:#c92a2a\"></i>material conflict</span></div>\n", out);
      int *idx = dy_xmalloc((L.n + 1) * sizeof(int));
      long d0 = 1L << 40, d1 = -(1L << 40);
      /* one time axis for the charted dyads, over their own events */
      for (size_t i = 0; i < L.n; i++) {
        int charted = 0;
        for (int k = 0; k < nd && k < 4 && !charted; k++) charted = dof[i] >= 0 && dof[i] == rank[k];
        if (charted && L.v[i].day > -1000000) { if (L.v[i].day < d0) d0 = L.v[i].day; if (L.v[i].day > d1) d1 = L.v[i].day; }
      }
      if (d0 < d1 - 365) d0 = d1 - 365; /* the last year: older events would squash the chart */
      for (int k = 0; idx && k < nd && k < 4; k++) {
        int n = 0;
        for (size_t i = 0; i < L.n; i++)
          if (dof[i] == rank[k] && L.v[i].day >= d0) idx[n++] = (int)i;
        if (n < 1) continue;
        char label[96];
        snprintf(label, sizeof label, "%s \u2194 %s: Goldstein over time", code_label(lx, Dsorted[k].a), code_label(lx, Dsorted[k].b));
        svg_goldstein(&w, &L, idx, n, d0, d1, label);
      }
      free(idx);
    }
  } else {
    w_p(&w); w_str(&w, "No current dyad."); w_pend(&w);
  }

  /* ---- Power dynamics */
  w_h2(&w, "power-dynamics", "Power dynamics");
  if (nn) {
    w_p(&w);
    w_str(&w, "Central actors of the brief's events: weighted degree (events with every partner, both directions), partners, "
              "betweenness (the share of the shortest paths between two other actors that run through it), "
              "mean Goldstein of their events, and their strongest tie.");
    /* the broker: the actor of the highest betweenness, and the partners it stands between */
    int br = -1;
    for (int i = 0; i < nn && i < 64; i++)
      if (N[i].between > 0 && (br < 0 || N[i].between > N[br].between)) br = i;
    if (br >= 0) {
      char num[64];
      w_str(&w, " ");
      w_str(&w, code_label(lx, N[br].code));
      fprintf(out, " (%s)", N[br].code);
      snprintf(num, sizeof num, " has the highest betweenness, %.2f", N[br].between);
      w_str(&w, num);
      /* two of its partners with no event between them, the most eventful
       * such pair (states, organisations, not generic sectors): what it
       * stands between */
      const char *pa = NULL, *pb = NULL;
      const char *pv[16];
      int pn[16], np = 0, bestsum = 0;
      for (int k = 0; Dsorted && k < nd && np < 16; k++) {
        if (strcmp(Dsorted[k].a, N[br].code) && strcmp(Dsorted[k].b, N[br].code)) continue;
        const char *x = !strcmp(Dsorted[k].a, N[br].code) ? Dsorted[k].b : Dsorted[k].a;
        if (!lx || !(dy_lex_country_name(lx, x) || dy_lex_org_name(lx, x))) continue;
        pv[np] = x, pn[np++] = Dsorted[k].n;
      }
      for (int a = 0; a < np; a++)
        for (int b = a + 1; b < np; b++) {
          int tied = 0;
          for (int r = 0; r < nd && !tied; r++)
            tied = (!strcmp(Dsorted[r].a, pv[a]) && !strcmp(Dsorted[r].b, pv[b])) || (!strcmp(Dsorted[r].a, pv[b]) && !strcmp(Dsorted[r].b, pv[a]));
          if (!tied && pn[a] + pn[b] > bestsum) bestsum = pn[a] + pn[b], pa = pv[a], pb = pv[b];
        }
      if (pa && pb) {
        w_str(&w, ": it has events with both ");
        w_str(&w, code_label(lx, pa));
        w_str(&w, " and ");
        w_str(&w, code_label(lx, pb));
        w_str(&w, ", which have none with each other in these articles");
      }
      w_str(&w, ".");
    }
    w_pend(&w);
    w_raw(&w, "\n", "");
    w_table(&w, "Actor|>Weighted degree|>Partners|>Betweenness|>Mean Goldstein|Strongest tie|Source");
    for (int i = 0; i < nn && i < 10; i++) {
      const dyad *best = NULL;
      for (int k = 0; Dsorted && k < nd; k++)
        if ((!strcmp(Dsorted[k].a, N[i].code) || !strcmp(Dsorted[k].b, N[i].code)) && (!best || Dsorted[k].n > best->n)) best = &Dsorted[k];
      char num[48];
      w_tr(&w);
      w_td(&w, 0); w_str(&w, code_label(lx, N[i].code)); fprintf(out, " (%s)", N[i].code); w_tdend(&w);
      w_td(&w, 1); snprintf(num, sizeof num, "%.0f", N[i].degree); w_str(&w, num); w_tdend(&w);
      w_td(&w, 1); snprintf(num, sizeof num, "%d", N[i].partners); w_str(&w, num); w_tdend(&w);
      w_td(&w, 1); snprintf(num, sizeof num, "%.2f", N[i].between); w_str(&w, num); w_tdend(&w);
      w_td(&w, 1); snprintf(num, sizeof num, "%+.2f", N[i].n ? N[i].gsum / N[i].n : 0); w_str(&w, num); w_tdend(&w);
      w_td(&w, 0);
      if (best) {
        w_str(&w, code_label(lx, !strcmp(best->a, N[i].code) ? best->b : best->a));
        snprintf(num, sizeof num, " (%d events)", best->n);
        w_str(&w, num);
      }
      w_tdend(&w);
      w_td(&w, 0);
      if (best && best->nev) w_cite(&w, L.v[best->ev[0]].article);
      w_tdend(&w);
      w_trend(&w);
    }
    w_tableend(&w);
    if (html) {
      fputs("<div class=\"charts\">\n", out);
      svg_network(&w, N, nn, Dsorted, nd, lx);
      fputs("<div>\n", out);
      svg_map(&w, db, arts, narts);
      fputs("</div>\n</div>\n", out);
    }
  } else {
    w_p(&w); w_str(&w, "No dyad to measure."); w_pend(&w);
  }

  /* ---- Historical precedent: earlier events of a top story's dyad and kind, with what followed */
  w_h2(&w, "historical-precedent", "Historical precedent");
  {
    evlist H;
    memset(&H, 0, sizeof H);
    H.nfocus = A.nfocus;
    memcpy(H.focus, A.focus, sizeof H.focus);
    memcpy(H.flen, A.flen, sizeof H.flen);
    dy_query hq;
    memset(&hq, 0, sizeof hq);
    hq.until = o->until;
    int hp = 0;
    if (!dy_store_events(st, &hq, collect, &H) && !H.oom) {
      undated_background(&H);
      if (H.n) qsort(H.v, H.n, sizeof(ev_t), cmp_date);
      char used[8][40];
      int nused = 0;
      for (int k = 0; k < ns && k < 12 && hp < 5; k++) {
        const story *s = &S[k];
        if (s->n < 0) continue;
        const ev_t *cur = &L.v[s->first];
        char ca[16], cb[16];
        if (!ev_dyad(cur, lx, ca, cb)) continue;
        long start = day_of(s->d0);
        for (size_t i = 0; i < H.n && hp < 5; i++) {
          const ev_t *e = &H.v[i];
          char a[16], b[16], key[40];
          if (!ev_dyad(e, lx, a, b) || strcmp(a, ca) || strcmp(b, cb) || strcmp(e->root, cur->root)) continue;
          if (!(e->day > -1000000 && (e->background || e->day < start - 30))) continue;
          snprintf(key, sizeof key, "%s|%s|%s|%.7s", a, b, e->root, e->date);
          int dup = 0;
          for (int u = 0; u < nused; u++) dup |= !strcmp(used[u], key);
          if (dup) continue;
          if (nused < 8) snprintf(used[nused++], 40, "%s", key);
          if (hp++ == 0) w_ul(&w);
          w_li(&w);
          w_raw(&w, "**", "<b>");
          w_str(&w, e->date);
          w_raw(&w, "**", "</b>");
          w_str(&w, " ");
          w_source(&w, e, lx);
          w_str(&w, " \u2192 ");
          w_actor(&w, e->tgt_name, e->tgt, lx);
          w_str(&w, ": ");
          w_str(&w, cameo_name(lx, e->code));
          w_str(&w, " (like the current ");
          w_str(&w, cameo_name(lx, cur->code));
          w_str(&w, ", ");
          w_str(&w, s->d0);
          w_str(&w, ") ");
          w_cite(&w, e->article);
          w_str(&w, ": ");
          w_quote(&w, e->sentence, 200);
          /* what followed: the dyad's next events within 90 days */
          long end = last_day_of(e->date);
          int nf = 0;
          const ev_t *firstf = NULL;
          char kinds[256] = "";
          for (size_t j = 0; j < H.n; j++) {
            const ev_t *f = &H.v[j];
            char fa[16], fb[16];
            if (f == e || !ev_dyad(f, lx, fa, fb) || strcmp(fa, a) || strcmp(fb, b)) continue;
            if (f->day <= end || f->day > end + 90 || !strcmp(f->date, e->date)) continue;
            if (!firstf) firstf = f;
            nf++;
            const char *nm = cameo_name(lx, f->code);
            size_t kl = strlen(kinds);
            if (!strstr(kinds, nm) && kl + strlen(nm) + 3 < sizeof kinds)
              snprintf(kinds + kl, sizeof kinds - kl, "%s%s", kl ? "; " : "", nm);
          }
          if (firstf) {
            char buf[64];
            snprintf(buf, sizeof buf, ". Followed within 90 days by %d event%s: ", nf, nf == 1 ? "" : "s");
            w_str(&w, buf);
            w_str(&w, kinds);
            w_str(&w, ", first ");
            w_str(&w, firstf->date);
            w_str(&w, " ");
            w_cite(&w, firstf->article);
          } else {
            w_str(&w, ". The store holds no event of the dyad in the 90 days after.");
          }
          w_liend(&w);
        }
      }
      if (hp) w_ulend(&w);
    }
    if (!hp) { w_p(&w); w_str(&w, "No earlier event of the same dyad and kind in the store."); w_pend(&w); }
    evlist_free(&H);
  }

  /* ---- Outlook: future and hypothetical events */
  w_h2(&w, "outlook", "Outlook");
  {
    int no = 0;
    w_p(&w);
    w_str(&w, "Stated intentions, threats, conditions, and possibilities someone is reported to have stated, "
              "the latest first; they are what the sources say may happen, not what happened.");
    w_pend(&w);
    w_raw(&w, "\n", "");
    /* what the outlook is made of: the future and hypothetical events, and
     * the asserted ones that are themselves a stated intention (03) or a
     * threat (13), background left out; in date order */
    const ev_t **P = dy_xmalloc((O.n + L.n + 1) * sizeof *P), *listed[14];
    baserates br;
    baserates_load(&br, st);
    size_t np = 0;
    for (size_t i = 0, j = 0; i < O.n || j < L.n;) {
      if (j < L.n && (strcmp(L.v[j].root, "03") && strcmp(L.v[j].root, "13"))) { j++; continue; }
      if (j < L.n && L.v[j].background) { j++; continue; }
      if (i < O.n && (j >= L.n || cmp_date(&O.v[i], &L.v[j]) <= 0)) P[np++] = &O.v[i++];
      else P[np++] = &L.v[j++];
    }
    /* intentions first, then threats, then conditions; the latest first within each */
    for (int pass = 0, inpass = 0; pass < 3 && no < 14; pass++, inpass = 0) {
      for (size_t ii = np; ii > 0 && no < 14 && inpass < 6; ii--) {
        const ev_t *e = P[ii - 1];
        int threat = !strcmp(e->root, "13");
        int cls = threat ? 1 : e->mod == MOD_FUTURE || (e->mod == MOD_ASSERTED && !strcmp(e->root, "03")) ? 0 : 2;
        if (cls != pass) continue;
        /* a question ("Can Islamabad stay neutral?") states no one's intention, threat or condition */
        if (is_question(e->sentence)) continue;
        /* an intention or threat stated more than a month before its article ("Netanyahu, who in May said
         * that Israel would control all of Gaza") is a past statement, not the outlook */
        long pd = e->pub[0] ? day_of(e->pub) : -1000000;
        if (e->date[0] && pd > -1000000 && last_day_of(e->date) < pd - 30) continue;
        if (retrospective(lx, e)) continue;
        /* a possibility no one is reported to have stated ("could", "may",
         * "seems to") is the writer's analysis, not the sources' outlook */
        int cond = cls == 2 && strcasestr(e->sentence, "if ") != NULL;
        if (cls == 2 && !cond && !e->attr[0]) continue;
        int dup = 0;
        for (size_t j = ii; j < np && !dup; j++) dup = P[j]->article == e->article && P[j]->sent == e->sent;
        if (dup) continue;
        inpass++; /* at most six of a kind, so that threats and conditions are seen */
        listed[no] = e;
        if (no++ == 0) w_ul(&w);
        w_li(&w);
        const char *lab = cls == 1 ? "Threat" : cls == 0 ? "Stated intention" : cond ? "Condition" : "Possibility";
        w_bold(&w, lab);
        w_str(&w, ", ");
        w_source(&w, e, lx);
        if (e->tgt[0]) { w_str(&w, " \u2192 "); w_actor(&w, e->tgt_name, e->tgt, lx); }
        w_str(&w, ": ");
        w_str(&w, cameo_name(lx, e->code));
        if (e->date[0]) { w_str(&w, " ("); w_str(&w, e->date); w_str(&w, ")"); }
        /* who stated it, when not its own source ("Trump said he would impose") */
        if (e->attr[0] && strcmp(e->attr, e->src_name ? e->src_name : "")) {
          w_str(&w, ", according to ");
          /* "A fourth source said" opened its sentence: "according to a fourth source" */
          char at[64];
          snprintf(at, sizeof at, "%s", e->attr);
          if (!strncmp(at, "A ", 2) || !strncmp(at, "An ", 3) || !strncmp(at, "The ", 4)) at[0] = (char)(at[0] - 'A' + 'a');
          w_str(&w, at);
        }
        w_str(&w, " ");
        w_cite(&w, e->article);
        w_str(&w, ": ");
        w_quote(&w, e->sentence, 240);
        /* the base rate once per dyad and root */
        int again = 0;
        char ea[16], eb[16], ka[16], kb[16];
        dyad_code(ea, e->src, lx);
        dyad_code(eb, e->tgt, lx);
        for (int k = 0; k < no - 1 && !again; k++) {
          dyad_code(ka, listed[k]->src, lx);
          dyad_code(kb, listed[k]->tgt, lx);
          again = !strcmp(ka, ea) && !strcmp(kb, eb) && !strcmp(listed[k]->root, e->root);
        }
        if (!again) baserate_of(&w, &br, lx, e);
        w_liend(&w);
      }
    }
    dy_an_baserates_free(br.B, br.nb);
    free(P);
    if (no) w_ulend(&w);
    else { w_p(&w); w_str(&w, "No stated intention, threat or condition in these articles."); w_pend(&w); }
  }

  /* ---- Watchlist: the rules of the watch file that fired; the dyads turning hostile */
  w_h2(&w, "watchlist", "Watchlist");
  {
    int nitems = 0;
    if (o->watch && o->watch->n > 0) {
      dy_watch_result *res = dy_xcalloc((size_t)o->watch->n, sizeof *res);
      char why[256];
      /* without --since the rules are run over the current events: from
       * half a year before the latest article on, as background is told */
      char wsince[16] = "";
      const char *ws = o->since;
      if (!ws) {
        long pd = latest_pub_day(&L);
        if (pd > -1000000) {
          dy_date d0 = dy_date_from_days(pd - BACKGROUND_DAYS);
          snprintf(wsince, sizeof wsince, "%04d-%02d-%02d", d0.y, d0.m, d0.d);
          ws = wsince;
        }
      }
      int fired = res ? dy_watch_run(st, o->watch, ws, o->until, res, why, sizeof why) : -1;
      if (fired < 0) { w_p(&w); w_str(&w, "The watch rules could not be evaluated."); w_pend(&w); }
      else {
        w_p(&w);
        char buf[160];
        snprintf(buf, sizeof buf, "%d of %d rules of the watch file fired.", fired, o->watch->n);
        w_str(&w, buf);
        w_pend(&w);
        w_raw(&w, "\n", "");
        for (int k = 0; k < o->watch->n; k++) {
          if (!res[k].fired || !res[k].nhits) continue;
          if (nitems++ == 0) w_ul(&w);
          const dy_watch_hit *h = &res[k].hits[res[k].nhits - 1];
          w_li(&w);
          w_raw(&w, "**", "<b>");
          w_str(&w, "Fired: ");
          w_str(&w, o->watch->r[k].name);
          w_raw(&w, "**", "</b>");
          if (o->watch->r[k].window)
            snprintf(buf, sizeof buf, " (%ld matching; %ld in %d days, %s to %s), latest ", res[k].matched, res[k].best,
                     o->watch->r[k].window, res[k].d0, res[k].d1);
          else snprintf(buf, sizeof buf, " (%ld matching), latest ", res[k].matched);
          w_str(&w, buf);
          for (int j = res[k].nhits - 1, nc = 0; j >= 0 && nc < 3; j--) {
            int seen = 0;
            for (int u = j + 1; u < res[k].nhits; u++) seen |= res[k].hits[u].article == res[k].hits[j].article;
            if (!seen) { w_cite(&w, res[k].hits[j].article); nc++; }
          }
          w_str(&w, ": ");
          w_quote(&w, h->text, 220);
          w_liend(&w);
        }
        int quiet = 0;
        for (int k = 0; k < o->watch->n; k++) {
          if (res[k].fired && res[k].nhits) continue;
          if (nitems) { w_ulend(&w); nitems = -1000; }
          if (quiet++ == 0) { w_raw(&w, "\n", ""); w_p(&w); w_str(&w, "Indicators to watch (rules not fired): "); }
          else w_str(&w, "; ");
          w_str(&w, o->watch->r[k].name);
        }
        if (quiet) { w_str(&w, "."); w_pend(&w); }
      }
      if (res) dy_watch_results_free(res, o->watch->n);
      free(res);
    }
    if (nitems > 0) { w_ulend(&w); }
    nitems = 0;
    for (int k = 0; Dsorted && k < nd && k < 15; k++) {
      dyad *d = &Dsorted[k];
      const ev_t *e = &L.v[d->last];
      int cooling = d->delta < -1 && d->n_early && d->n_late && d->g_late / d->n_late < 0;
      if (!cooling && e->quad != 4) continue;
      if (nitems++ == 0) {
        w_raw(&w, "\n", "");
        w_p(&w);
        w_str(&w, "Dyads turning hostile (cooling into a negative mean), or whose latest event is material conflict:");
        w_pend(&w);
        w_raw(&w, "\n", "");
        w_ul(&w);
      }
      w_li(&w);
      w_raw(&w, "**", "<b>");
      w_str(&w, code_label(lx, d->a)); w_str(&w, " \u2194 "); w_str(&w, code_label(lx, d->b));
      w_raw(&w, "**", "</b>");
      w_str(&w, cooling ? ": cooling; latest, " : ": material conflict; latest, ");
      w_str(&w, e->date[0] ? e->date : "undated");
      w_str(&w, ": ");
      w_str(&w, cameo_name(lx, e->code));
      fprintf(out, " (%s) ", e->code);
      w_cite(&w, e->article);
      w_str(&w, ": ");
      w_quote(&w, e->sentence, 200);
      w_liend(&w);
    }
    if (nitems) w_ulend(&w);
    if (!nitems && !(o->watch && o->watch->n)) { w_p(&w); w_str(&w, "No watch file, and no dyad turning hostile."); w_pend(&w); }
  }

  /* ---- Bottom line: the most reported sentence about the most central actors */
  w_h2(&w, "bottom-line", "Bottom line");
  {
    int best = -1;
    double bs = -1;
    for (int k = 0; k < ns; k++) {
      if (S[k].n < 0) continue;
      double c = 0;
      for (int i = 0; i < nn; i++)
        if (!strcmp(N[i].code, S[k].src) || !strcmp(N[i].code, S[k].tgt)) c += N[i].degree / maxdeg;
      double sc = S[k].narticles * 10.0 + S[k].n + 5 * c;
      if (sc > bs) { bs = sc; best = k; }
    }
    w_raw(&w, "", "<p class=\"bottom\">");
    if (best >= 0) {
      const ev_t *e = &L.v[S[best].first];
      w_quote(&w, e->sentence, 400);
      w_str(&w, " ");
      w_cite(&w, e->article);
      char buf[160];
      snprintf(buf, sizeof buf, " (%d article%s report it; ", S[best].narticles, S[best].narticles == 1 ? "" : "s");
      w_str(&w, buf);
      w_str(&w, code_label(lx, S[best].src));
      w_str(&w, " and ");
      w_str(&w, code_label(lx, S[best].tgt));
      w_str(&w, " are among the most central actors.)");
    } else w_str(&w, "No current event with both sides named.");
    w_raw(&w, "\n", "</p>\n");
  }

  /* ---- Timeline: dated events, the most recent lines when there are more than fit */
  w_h2(&w, "timeline", "Timeline");
  {
    enum { TIMELINE_MAX = 60 };
    size_t *tl = dy_xmalloc((L.n + 1) * sizeof(size_t));
    size_t ntl = 0;
    for (size_t i = 0; tl && i < L.n; i++) {
      const ev_t *e = &L.v[i];
      if (!e->date[0] || !e->src[0] || !e->tgt[0]) continue;
      int dup = 0;
      for (size_t j = i; j > 0 && !dup && !strcmp(L.v[j - 1].date, e->date); j--) {
        const ev_t *f = &L.v[j - 1];
        if (!strcmp(f->src, e->src) && !strcmp(f->tgt, e->tgt) && !strncmp(f->code, e->code, 3)) dup = 1;
      }
      if (!dup) tl[ntl++] = i;
    }
    size_t first = ntl > TIMELINE_MAX ? ntl - TIMELINE_MAX : 0;
    if (first) {
      char buf[160];
      snprintf(buf, sizeof buf, "The %d most recent of %zu dated lines; %zu earlier line%s left out.", TIMELINE_MAX, ntl, first,
               first == 1 ? " is" : "s are");
      w_p(&w); w_str(&w, buf); w_pend(&w);
      w_raw(&w, "\n", "");
    }
    if (ntl > first) w_ul(&w);
    for (size_t k = first; k < ntl; k++) {
      const ev_t *e = &L.v[tl[k]];
      w_li(&w);
      w_raw(&w, "**", "<b>");
      w_str(&w, e->date);
      w_raw(&w, "**", "</b>");
      if (e->background) w_str(&w, " (background)");
      else if (strcmp(e->date_source, "sentence")) w_str(&w, " (article date)");
      w_str(&w, " ");
      w_source(&w, e, lx);
      w_str(&w, " \u2192 ");
      w_actor(&w, e->tgt_name, e->tgt, lx);
      w_str(&w, ": ");
      w_str(&w, cameo_name(lx, e->code));
      fprintf(out, " (%s) ", e->code);
      w_cite(&w, e->article);
      w_str(&w, ": ");
      w_quote(&w, e->sentence, 200);
      w_liend(&w);
    }
    if (ntl > first) w_ulend(&w);
    free(tl);
  }

  /* ---- References */
  w_h2(&w, "references", "References");
  for (int i = 0; i < w.R.n; i++) {
    dy_article_row a;
    if (dy_store_article(st, w.R.ids[i], &a)) continue;
    if (html) fprintf(out, "<p id=\"ref-%d\">[%d] ", i + 1, i + 1);
    else fprintf(out, "[%d] ", i + 1);
    if (*a.source) { w_str(&w, a.source); w_str(&w, ". "); }
    w_raw(&w, "", "<cite>");
    w_str(&w, *a.title ? a.title : "(untitled)");
    w_raw(&w, "", "</cite>");
    if (*a.published) { w_str(&w, ", "); w_str(&w, a.published); w_str(&w, a.date_inferred ? " (date inferred from the text)" : ""); }
    w_str(&w, ". ");
    if (*a.url) w_url(&w, a.url);
    else w_str(&w, a.path);
    w_raw(&w, "\n", "</p>\n");
    if (!html && i + 1 < w.R.n) fputs("\n", out);
  }
  if (html) fputs("</section>\n</body>\n</html>\n", out);
  free(arts); free(S); free(D); free(dof); free(rank); free(Dsorted); free(w.R.ids);
  evlist_free(&L);
  evlist_free(&O);
  return 0;
}

/* docdate.c: the dates stage. A document's publication date from its stated
 * date line or date field, its page, the date it is given, or the dates in
 * its text (then marked as inferred); each sentence's date expressions and
 * the date of what it reports; an event's date. */
#include "dates.h"
#include "docdate.h"

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

/* The latest month- or day-precision date with an explicit year in the text
 * that is not after today; with years, the latest year any date with an
 * explicit year names ("in 2012"), as a year.
 *
 * rule yearless-bound: news leaves the year off dates of its own year, so a
 * day written without one ("the June 21 US airstrikes") after "April 2025"
 * is June 21 of 2025, and the article is of that day or later: the latest
 * such day in the latest stated year, not after today, raises the bound. A
 * month alone ("in May") is as often a plan as a past, and is left out. */
static int infer_from_text(const dy_doc *d, dy_date today, int years, dy_date *out) {
  dy_date best = {0, 0, 0, DY_PREC_NONE}, none = {0, 0, 0, DY_PREC_NONE};
  size_t lim = d->len < 200000 ? d->len : 200000;
  for (int pass = 0; pass < 2; pass++) {
    /* pass 1 reads the days without a year in the year pass 0 found */
    dy_date yref = {best.y, 0, 0, DY_PREC_YEAR};
    if (pass == 1 && (years || !best.prec)) break;
    size_t i = 0;
    while (i < lim) {
      size_t e = i + 4096 < lim ? i + 4096 : lim;
      while (e < lim && d->text[e] != '\n' && d->text[e] != '.' && e - i < 8192) e++;
      dy_date_span sp[32];
      int n = dy_dates_find(d->text + i, e - i, pass ? yref : none, sp, 32);
      for (int k = 0; k < n; k++) {
        dy_date x = sp[k].date;
        if (pass) {
          if (!sp[k].relative || x.prec != DY_PREC_DAY || x.y != yref.y) continue;
        } else if (sp[k].relative || x.prec < (years ? DY_PREC_YEAR : DY_PREC_MONTH)) continue;
        if (today.prec && (years ? x.y > today.y : dy_date_cmp(x, today) > 0)) continue;
        if (years) {
          if (!best.prec || x.y > best.y) best = (dy_date){x.y, 0, 0, DY_PREC_YEAR};
        } else if (pass ? dy_date_cmp(x, best) > 0 : x.prec > best.prec || (x.prec == best.prec && dy_date_cmp(x, best) > 0)) {
          if (pass && getenv("DYAD_TRACE")) fprintf(stderr, "  document bound %04d-%02d-%02d (rule yearless-bound)\n", x.y, x.m, x.d);
          best = x;
        }
      }
      i = e + 1;
    }
  }
  if (!best.prec) return -1;
  *out = best;
  return 0;
}

/* Does s hold a four-digit number (a stated year)? */
static int has_year(const char *s) {
  int run = 0;
  for (; *s; s++) {
    run = (*s >= '0' && *s <= '9') ? run + 1 : 0;
    if (run == 4 && !(s[1] >= '0' && s[1] <= '9')) return 1;
  }
  return 0;
}

/* Is y-m-d a day that exists? */
static int real_day(int y, int m, int d, dy_date *out) {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
  dy_date x = {(int16_t)y, (int8_t)m, (int8_t)d, DY_PREC_DAY};
  if (dy_date_cmp(dy_date_from_days(dy_date_days(x)), x) != 0) return 0;
  *out = x;
  return 1;
}

/* Digits from *p, at most 4; their value, and how many in *n. */
static int digits(const char **p, int *n) {
  int v = 0;
  for (*n = 0; *n < 4 && **p >= '0' && **p <= '9'; (*n)++, (*p)++) v = v * 10 + (**p - '0');
  return v;
}

/* A day written in numbers the date line does not take: "2025-3-3",
 * "20250303", "3/3/2025" and "25/03/2025" (day and month told apart only
 * when one is over 12, or both are the same), optionally followed by a time.
 * Returns 1 and sets *out, 0 when s is no such day. */
static int numeric_day(const char *s, dy_date *out) {
  while (*s == ' ') s++;
  const char *p = s;
  int n1, n2, n3;
  int a = digits(&p, &n1);
  if (n1 == 4 && p[0] >= '0' && p[0] <= '9') { /* YYYYMMDD */
    int b = digits(&p, &n2);
    if (n2 != 4 || (*p >= '0' && *p <= '9')) return 0;
    if (!real_day(a, b / 100, b % 100, out)) return 0;
  } else {
    char sep = *p;
    if (!n1 || (sep != '-' && sep != '/' && sep != '.')) return 0;
    p++;
    int b = digits(&p, &n2);
    if (!n2 || n2 > 2 || *p != sep) return 0;
    p++;
    int c = digits(&p, &n3);
    if (*p >= '0' && *p <= '9') return 0;
    if (n1 == 4 && n3 >= 1 && n3 <= 2) {
      if (!real_day(a, b, c, out)) return 0;
    } else if (n1 <= 2 && n3 == 4) {
      int day = a > 12 ? a : b > 12 ? b : a == b ? a : 0, mon = a > 12 ? b : b > 12 ? a : a;
      if (!day || !real_day(c, mon, day, out)) return 0;
    } else
      return 0;
  }
  return *p == 0 || *p == 'T' || *p == ' '; /* a time may follow */
}

/* A record's date field in a form no date line has: numbers, or the first
 * date of month or day precision with its year stated anywhere in it ("Tuesday
 * 4 March 2025 10.00 GMT", "March 2025", "Published: March 3, 2025 | Updated:
 * ..."). Returns 0 and sets *out, -1 when it gives none. */
static int field_date(const char *s, dy_date *out) {
  if (numeric_day(s, out)) return 0;
  dy_date_span sp[8];
  dy_date none = {0, 0, 0, DY_PREC_NONE};
  int n = dy_dates_find(s, strlen(s), none, sp, 8);
  for (int k = 0; k < n; k++)
    if (!sp[k].relative && sp[k].date.prec >= DY_PREC_MONTH) {
      *out = sp[k].date;
      return 0;
    }
  return -1;
}

/* Reads n digits at p (all of them digits); -1 when not. */
static int num_at(const char *p, int n) {
  int v = 0;
  for (int i = 0; i < n; i++) {
    if (p[i] < '0' || p[i] > '9') return -1;
    v = v * 10 + (p[i] - '0');
  }
  return v;
}

/* rule url-date: the date a news address states in its path, as a whole
 * segment or segments: /2014/12/30/ (a day), /2014/12/, /2015-01/,
 * /2014-12-30/, /201408/ (a month); a year from 1990 to today's, a real
 * month and day, never after today. The address's other numbers (story
 * ids, "spring-2015-rtw") state nothing. */
static int url_date(const char *url, dy_date today, dy_date *out) {
  const char *p = strstr(url, "://");
  p = p ? strchr(p + 3, '/') : NULL;
  for (; p && *p; p = strchr(p + 1, '/')) {
    const char *q = p + 1;
    int y = num_at(q, 4), m = -1, dd = -1;
    if (y < 1990 || (today.prec && y > today.y)) continue;
    if (q[4] == '/' || q[4] == '-') {
      if ((m = num_at(q + 5, 2)) < 0) continue;
      char sep = q[7];
      if (sep == q[4] && (dd = num_at(q + 8, 2)) >= 0) {
        if (q[10] != '/' && !(q[4] == '-' && q[10] == 0)) continue;
      } else if (sep != '/' && sep != 0) continue;
      else if (q[4] == '/' && sep == 0) continue; /* "/2014/12" ends the address: a page number as likely */
    } else if ((m = num_at(q + 4, 2)) < 0 || (q[6] != '/' && q[6] != 0)) continue;
    if (m < 1 || m > 12) continue;
    dy_date x = {(int16_t)y, (int8_t)m, 0, DY_PREC_MONTH};
    if (dd >= 0 && !real_day(y, m, dd, &x)) continue;
    if (today.prec && dy_date_cmp(x, today) > 0) continue;
    *out = x;
    return 0;
  }
  return -1;
}

void dy_doc_resolve_date(dy_doc *d, const dy_doc *page, dy_date given, dy_date today) {
  if (d->published.prec || d->date_decided) return;
  d->date_decided = 1;
  if (d->age_hours >= 0 && page && page->published.prec == DY_PREC_DAY) {
    d->published = dy_date_from_days(dy_date_days(page->published) - d->age_hours / 24);
    d->date_inferred = page->date_inferred;
    return;
  }
  dy_date inferred;
  int have = infer_from_text(d, today, 0, &inferred) == 0;
  if (d->date_line) {
    dy_date ref = have ? inferred : today, out;
    /* "08 Aug, 22:59" takes its year from the text; a date after the
     * latest one the text gives means the year before */
    int rc = dy_date_parse_line(d->date_line, strlen(d->date_line), ref, &out);
    /* a record's date field is a date in whatever form it has */
    if (rc == -1 && d->date_field && field_date(d->date_line, &out) == 0) rc = 0;
    if (rc == 0) {
      if (have && out.prec == DY_PREC_DAY && dy_date_days(out) > dy_date_days(ref) + 62 && !has_year(d->date_line)) out.y--;
      d->published = out;
      d->date_inferred = 0;
      return;
    }
    /* a record's date field is meant as a date; a date line only looked like one */
    if (rc == -2 || d->date_field)
      dy_warn(d->path, d->line, "%s \"%.80s\" is not a date, ignored", d->date_field ? d->date_field : "date line",
              d->date_line);
  }
  if (d->url && url_date(d->url, today, &d->published) == 0) {
    d->date_inferred = 0;
    return;
  }
  if (given.prec) {
    d->published = given;
    d->date_inferred = 0;
    return;
  }
  if (have) {
    d->published = inferred;
    d->date_inferred = 1;
  }
}

/* ---- the era of an undated document -------------------------------------- */

#define ERA_PEOPLE 48
#define ERA_SPANS 16

typedef struct {
  int32_t p;               /* the person */
  int w;                   /* 2 named with a title of a post held, 1 by name alone */
  int n;
  long span[ERA_SPANS][2]; /* merged posts, days [from, until) */
} era_person;

static int cmp_span(const void *a, const void *b) {
  const long *x = a, *y = b;
  return x[0] < y[0] ? -1 : x[0] > y[0];
}

/* Person entry e at token i, after a title entry that ends at i when
 * title >= 0: its posts (of that title when it held one) into the table. */
static void era_add(const dy_lexicon *lx, era_person *pp, int *np, int32_t e, int32_t title) {
  long sp[ERA_SPANS][2];
  int w = 2, n = title >= 0 ? dy_lex_person_spans(lx, e, title, NULL, sp, ERA_SPANS) : 0;
  if (n == 0) {
    w = 1;
    n = dy_lex_person_spans(lx, e, -1, NULL, sp, ERA_SPANS);
  }
  if (n == 0) return;
  int32_t p = dy_lex_entry(lx, e)->person;
  int k = 0;
  while (k < *np && pp[k].p != p) k++;
  if (k == *np) {
    if (*np == ERA_PEOPLE) return;
    (*np)++;
    pp[k].p = p;
    pp[k].w = 0;
  }
  if (w <= pp[k].w) return;
  /* the union of the posts: overlapping ones count once */
  qsort(sp, (size_t)n, sizeof sp[0], cmp_span);
  pp[k].w = w;
  pp[k].n = 0;
  for (int j = 0; j < n; j++) {
    if (pp[k].n && sp[j][0] <= pp[k].span[pp[k].n - 1][1]) {
      if (sp[j][1] > pp[k].span[pp[k].n - 1][1]) pp[k].span[pp[k].n - 1][1] = sp[j][1];
    } else {
      pp[k].span[pp[k].n][0] = sp[j][0];
      pp[k].span[pp[k].n][1] = sp[j][1];
      pp[k].n++;
    }
  }
}

typedef struct { long day; int w; } era_edge;

static int cmp_edge(const void *a, const void *b) {
  const era_edge *x = a, *y = b;
  return x->day < y->day ? -1 : x->day > y->day;
}

/* rule era-from-people: a document that states no date of its own and is
 * given none is dated by the people it names: each person's posts (only
 * those of the title it is named with, "Prime Minister Tony Blair", when
 * it held that title; else all its posts) vote for the time they cover,
 * two votes for a titled mention, one for a name alone, and the middle of
 * the latest span with the most votes, at least two, is the document's
 * year. "Tory leader Michael Howard ... Chancellor Gordon Brown" is 2004;
 * one bare name dates nothing. The latest year the text states is a lower
 * bound (floor, in days): a story that tells of 2012 is no older. That year
 * alone dates nothing: a story is as likely years after the last year it
 * names as in it ("a precedent occurred in early 2024", written in 2025). */
static int infer_from_people(const dy_lexicon *lx, const dy_doc *d, dy_date today, long floor, dy_date *out) {
  era_person pp[ERA_PEOPLE];
  int np = 0;
  for (uint32_t s = 0; s < d->nsents; s++) {
    const dy_sent *se = &d->sents[s];
    int32_t title = -1;
    uint32_t title_end = 0;
    for (uint32_t i = se->body0; i < se->tok1;) {
      uint32_t len = 0;
      int32_t e = d->tid[i] >= 0 ? dy_lex_match(lx, d, i, se->tok1, &len) : -1;
      if (e < 0) { i++; continue; }
      const dy_entry *en = dy_lex_entry(lx, e);
      if (en->kind == DY_ENT_PERSON) era_add(lx, pp, &np, e, title_end == i ? title : -1);
      if (en->kind == DY_ENT_TITLE) { title = en->title; title_end = i + len; }
      i += len ? len : 1;
    }
  }
  era_edge ed[ERA_PEOPLE * ERA_SPANS * 2];
  int ne = 0;
  long now = today.prec ? dy_date_days(today) + 1 : LONG_MAX;
  for (int k = 0; k < np; k++)
    for (int j = 0; j < pp[k].n; j++) {
      long a = pp[k].span[j][0] > floor ? pp[k].span[j][0] : floor, b = pp[k].span[j][1] < now ? pp[k].span[j][1] : now;
      if (a >= b) continue;
      ed[ne++] = (era_edge){a, pp[k].w};
      ed[ne++] = (era_edge){b, -pp[k].w};
    }
  if (ne == 0) return -1;
  qsort(ed, (size_t)ne, sizeof ed[0], cmp_edge);
  int w = 0, best = 0;
  long from = 0, until = 0;
  for (int k = 0; k < ne;) {
    long day = ed[k].day;
    while (k < ne && ed[k].day == day) w += ed[k++].w;
    long next = k < ne ? ed[k].day : LONG_MAX;
    if (w >= 2 && w >= best && next > day) {
      /* the latest span of the most votes; a span of the same votes right after it continues it */
      if (w == best && day == until) until = next;
      else { best = w; from = day; until = next; }
    }
  }
  if (best < 2) return -1;
  if (until == LONG_MAX) until = now;
  if (from == LONG_MIN) from = until == LONG_MAX ? LONG_MAX : until - 365;
  if (until == LONG_MAX || from == LONG_MAX) return -1;
  dy_date mid = dy_date_from_days(from + (until - from) / 2);
  *out = (dy_date){mid.y, 0, 0, DY_PREC_YEAR};
  return 0;
}

/* ---- sentences ----------------------------------------------------------- */

/* The reference date for resolving the dates a sentence states: the
 * article's date; an inferred one is only a lower bound (the article is at
 * least as late as the latest date it names), so year-less dates are read
 * as if the article were some months later. */
static dy_date ref_date(const dy_doc *d) {
  if (!d->date_inferred || !d->published.prec) return d->published;
  dy_date r = d->published;
  if (r.prec < DY_PREC_MONTH) return r;
  r = dy_date_from_days(dy_date_days(r) + 120);
  /* a day of the week or "yesterday" from a date only known to be a lower
   * bound would be a precise wrong day: the reference is a month at most */
  r.prec = DY_PREC_MONTH;
  r.d = 0;
  return r;
}

/* "In the 1960s Iran supported ...": a date after a preposition and before
 * a capitalised word dates the clause even when the date reader took it for
 * a noun modifier ("the 1960s style"). */
static int adverbial(const char *s, uint32_t start, uint32_t end, uint32_t n) {
  static const char *const P[] = {"in the ", "during the ", "since the ", "by the ", "until the ", "through the ",
                                  "in ", "during ", "since ", "until ", "through ", NULL};
  int prep = 0;
  for (int i = 0; P[i] && !prep; i++) {
    size_t l = strlen(P[i]);
    prep = start >= l && strncasecmp(s + start - l, P[i], l) == 0 && (start == l || s[start - l - 1] == ' ');
  }
  if (!prep) return 0;
  while (end < n && s[end] == ' ') end++;
  return end < n && s[end] >= 'A' && s[end] <= 'Z';
}

/* rule occasion-date: "singled out Pakistan for praise in his April 2025
 * address": a date modifying a noun of class occasion in a phrase of "in",
 * "at" or "during" (a determiner or possessive between) dates the act done
 * at that occasion. */
static int occasion_date(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, const dy_date_span *sp) {
  uint32_t t = se->tok0;
  while (t < se->tok1 && d->toks[t].start < se->start + sp->start) t++;
  uint32_t e = t;
  while (e < se->tok1 && d->toks[e].start < se->start + sp->end) e++;
  if (e >= se->tok1 || !(dy_lex_wclass(lx, d->tid[e]) & DY_W_OCCASION)) return 0;
  uint32_t p = t;
  if (p > se->tok0 && (dy_lex_wclass(lx, d->tid[p - 1]) & (DY_W_DET | DY_W_PRON))) p--;
  if (p == se->tok0) return 0;
  const char *w = dy_tok_norm(d, &d->toks[p - 1]);
  return !strcmp(w, "in") || !strcmp(w, "at") || !strcmp(w, "during");
}

/* Could the sentence state a date at all (a number or a date word)? Most
 * sentences cannot, and the date reader is then not run on them. */
static int may_have_date(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se) {
  for (uint32_t k = se->tok0; k < se->tok1; k++)
    if ((d->toks[k].flags & DY_TOK_DIGIT) || (dy_lex_wclass(lx, d->tid[k]) & DY_W_DATE)) return 1;
  return 0;
}

/* "thanked Pakistan for its support during the war with Israel in June":
 * a date right after an event noun (war, talks, election) dates that, not
 * the clause. start is a byte offset in the sentence. */
static int dates_event_noun(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, uint32_t start) {
  uint32_t t = se->tok0;
  while (t < se->tok1 && d->toks[t].start < se->start + start) t++;
  for (uint32_t k = t, n = 0; k > se->tok0 && n < 5; n++) {
    k--;
    if (!(dy_lex_wclass(lx, d->tid[k]) & DY_W_EVNOUN)) continue;
    /* the event noun is itself in a phrase ("during the war", "after talks") */
    for (uint32_t j = k, m = 0; j > se->tok0 && m < 8; m++) {
      j--;
      uint64_t cls = dy_lex_wclass(lx, d->tid[j]);
      if (cls & DY_W_PREP) return 1;
      if (cls & (DY_W_VERB3 | DY_W_PASTPART | DY_W_BE | DY_W_HAVE | DY_W_CLAUSE)) break;
    }
    return 0;
  }
  return 0;
}

/* "Bolsonaro, who governed from 2019 to 2022": a date inside a clause
 * opened by a comma and a word of class clause (who, which, while) dates
 * that clause, not the sentence: its tokens [*r0, *r1), up to the next
 * comma, semicolon or the sentence's end. start is a byte offset in the
 * sentence. */
static int in_relative(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, uint32_t start, uint32_t *r0, uint32_t *r1) {
  uint32_t t = se->tok0;
  while (t < se->tok1 && d->toks[t].start < se->start + start) t++;
  for (uint32_t k = t; k > se->tok0 + 1; k--) {
    const char *w = dy_tok_norm(d, &d->toks[k - 1]);
    if (!strcmp(w, ",") || !strcmp(w, ";") || !strcmp(w, "(") || !strcmp(w, ")")) return 0;
    if ((dy_lex_wclass(lx, d->tid[k - 1]) & DY_W_CLAUSE) && !strcmp(dy_tok_norm(d, &d->toks[k - 2]), ",")) {
      uint32_t e = t;
      while (e < se->tok1 && strcmp(dy_tok_norm(d, &d->toks[e]), ",") && strcmp(dy_tok_norm(d, &d->toks[e]), ";")) e++;
      *r0 = k - 1;
      *r1 = e;
      return 1;
    }
  }
  return 0;
}

/* Does ", when" (or "when" alone: "came close to war in April when
 * troops occupied the oilfield") follow the date expression ending at byte
 * end of the sentence? Then the clause it opens is tokens [*r0, *r1), to
 * the end. */
static int when_clause(const dy_doc *d, const dy_sent *se, uint32_t end, uint32_t *r0, uint32_t *r1) {
  uint32_t t = se->tok0;
  while (t < se->tok1 && d->toks[t].start < se->start + end) t++;
  if (t + 1 < se->tok1 && !strcmp(dy_tok_norm(d, &d->toks[t]), ",")) t++;
  if (t + 1 >= se->tok1 || strcmp(dy_tok_norm(d, &d->toks[t]), "when")) return 0;
  *r0 = t;
  *r1 = se->tok1;
  return 1;
}

/* rule during-anaphor: "Sudanese warplanes bombed targets inside South
 * Sudan during the clashes." after a sentence that dated the clashes (or
 * what it reports) before the article: "during the" and an event noun that
 * ends its phrase (a comma, the sentence's end), in a sentence that states
 * no date, refers back to the events of the sentence before, and takes
 * their date when it is two weeks or more before the article's. */
static int tok_is(const dy_doc *d, uint32_t k, const char *w);
static int during_anaphor(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, const dy_sent *prev, dy_date *out) {
  if (!prev || !d->published.prec) return 0;
  /* a date of past weeks or before (a war of last April, not Friday's strikes) */
  dy_date pd;
  long lim = dy_date_days(d->published) - 14;
  if (prev->date_stated) {
    if (!prev->date.prec || dy_date_days(prev->date) >= lim) return 0;
    pd = prev->date;
  /* or the date of its "when" clause ("came close to war in April when
   * troops occupied the oilfield"), not of a relative clause of a person
   * ("Putin, who annexed Crimea in 2014, met Erdogan") */
  } else if (prev->rel1 && prev->rdate.prec && dy_date_days(prev->rdate) < lim && tok_is(d, prev->rel0, "when")) pd = prev->rdate;
  else return 0;
  for (uint32_t k = se->tok0; k + 2 < se->tok1; k++) {
    if (!tok_is(d, k, "during") || !tok_is(d, k + 1, "the")) continue;
    uint32_t n = k + 2;
    if (!(dy_lex_wclass(lx, d->tid[n]) & DY_W_EVNOUN)) continue;
    if (n + 1 < se->tok1 && !(d->toks[n + 1].flags & DY_TOK_PUNCT)) continue;
    if (n + 1 < se->tok1 && (tok_is(d, n + 1, "-") || tok_is(d, n + 1, "'s"))) continue;
    *out = pd;
    return 1;
  }
  return 0;
}

/* The tense of the verb group nearest a weekday alone, for reading it
 * forward or back as news does: "Araghchi will travel to Moscow on Monday"
 * in a Sunday's article is the coming Monday, "Araghchi travelled to Moscow
 * on Monday" the one before (rule weekday-ahead). The nearest verb group
 * before the weekday decides; at the clause's start ("On Monday, Araghchi
 * will travel"), the first one after it (not after "Monday's"). A group is ahead when it has a
 * word of class ahead that is a future or modal auxiliary, or has "to" or
 * "for" after it, or a form of "be" before it ("will", "is expected to",
 * "plans to", "is due"), or when it is a present "is"/"are" before an -ing
 * form or "to" ("is travelling", "is to travel"); it is past at a verb of
 * saying, a form of "have", "was"/"were", or a past form not after "be" or
 * "have". A clause word (who, which, because) or ";" ends the search, and
 * so does any of these once found. Returns 1 for ahead, 0 otherwise. t is
 * the weekday's token. */
enum { T_NONE, T_AHEAD, T_PAST, T_STOP };

static int tok_is(const dy_doc *d, uint32_t k, const char *w) { return !strcmp(dy_tok_norm(d, &d->toks[k]), w); }

static int ing_form(const dy_lexicon *lx, const dy_doc *d, uint32_t k) {
  const char *w = dy_tok_norm(d, &d->toks[k]);
  size_t n = strlen(w);
  return (dy_lex_wclass(lx, d->tid[k]) & DY_W_ING) || (n > 4 && !strcmp(w + n - 3, "ing") && !(d->toks[k].flags & DY_TOK_UPPER));
}

static int past_form(const dy_lexicon *lx, const dy_doc *d, uint32_t k) {
  const char *w = dy_tok_norm(d, &d->toks[k]);
  size_t n = strlen(w);
  if (d->toks[k].flags & (DY_TOK_UPPER | DY_TOK_PUNCT | DY_TOK_DIGIT)) return 0;
  return (dy_lex_wclass(lx, d->tid[k]) & DY_W_PASTPART) || (n > 3 && !strcmp(w + n - 2, "ed"));
}

/* What token k says of the tense, in the sentence [k0, k1). */
static int tense_at(const dy_lexicon *lx, const dy_doc *d, uint32_t k0, uint32_t k1, uint32_t k) {
  uint64_t c = dy_lex_wclass(lx, d->tid[k]);
  const dy_tok *t = &d->toks[k];
  uint32_t nx = k + 1, pv = k;
  while (nx < k1 && (dy_lex_wclass(lx, d->tid[nx]) & (DY_W_ADV | DY_W_NEG))) nx++;
  while (pv > k0 && (dy_lex_wclass(lx, d->tid[pv - 1]) & (DY_W_ADV | DY_W_NEG))) pv--;
  int after_be = pv > k0 && (dy_lex_wclass(lx, d->tid[pv - 1]) & (DY_W_BE | DY_W_HAVE));
  if (tok_is(d, k, ";") || ((c & DY_W_CLAUSE) && !(c & DY_W_AHEAD))) return T_STOP;
  if ((c & DY_W_AHEAD) && (!(t->flags & DY_TOK_UPPER) || k == k0)) {
    if (c & (DY_W_FUTURE | DY_W_MODAL)) return nx < k1 && (dy_lex_wclass(lx, d->tid[nx]) & DY_W_HAVE) ? T_PAST : T_AHEAD;
    if ((nx < k1 && (tok_is(d, nx, "to") || tok_is(d, nx, "for"))) || after_be) return T_AHEAD;
  }
  if (c & DY_W_SAY) return T_PAST;
  if (c & DY_W_HAVE) return T_PAST;
  if (c & DY_W_BE) {
    if (tok_is(d, k, "was") || tok_is(d, k, "were")) return T_PAST;
    if (tok_is(d, k, "is") || tok_is(d, k, "are") || tok_is(d, k, "am"))
      return nx < k1 && (ing_form(lx, d, nx) || tok_is(d, nx, "to")) ? T_AHEAD : T_PAST;
    return T_NONE; /* be, been, being: the auxiliary before decides */
  }
  if (past_form(lx, d, k) && !after_be) return T_PAST;
  return T_NONE;
}

static int weekday_ahead(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, uint32_t start) {
  uint32_t t = se->tok0;
  while (t < se->tok1 && d->toks[t].start < se->start + start) t++;
  if (t >= se->tok1) return 0;
  for (uint32_t k = t; k > se->tok0; k--) {
    int r = tense_at(lx, d, se->tok0, se->tok1, k - 1);
    if (r != T_NONE) return r == T_AHEAD;
  }
  /* nothing before it: the clause's start ("On Monday, Araghchi will ..."),
   * unless the weekday is a possessive of what it dates ("Monday's
   * announcement could ...") */
  if (t + 1 < se->tok1 && (d->toks[t + 1].flags & DY_TOK_POSS)) return 0;
  for (uint32_t k = t + 1; k < se->tok1; k++) {
    int r = tense_at(lx, d, se->tok0, se->tok1, k);
    if (r != T_NONE) return r == T_AHEAD;
  }
  return 0;
}

/* rule measured-after: "The recognition comes a month after Iraq massed
 * troops near the Kuwaiti border", "two weeks after British Royal Marines
 * helped detain an Iranian tanker": a span of days, weeks, months or years
 * right before "after" dates the clause "after" opens (to a comma that no
 * participle follows, a ";" or the sentence's end) that much before the
 * sentence's date, at the precision of the unit. Returns 1 and sets the
 * sentence's clause date. */
static int measured_after(const dy_lexicon *lx, const dy_doc *d, dy_sent *se) {
  dy_date base = se->date;
  for (uint32_t k = se->tok0 + 2; k + 1 < se->tok1; k++) {
    if (strcmp(dy_tok_norm(d, &d->toks[k]), "after")) continue;
    const char *u = dy_tok_norm(d, &d->toks[k - 1]), *q = dy_tok_norm(d, &d->toks[k - 2]);
    long n = !strcmp(q, "a") || !strcmp(q, "an") ? 1 : dy_lex_count(lx, q, strlen(q));
    if (n <= 0 || n >= 400) continue;
    /* the singular after one, the plural after more */
    size_t ul = strlen(u);
    char unit[8] = "";
    if (ul > 1 && ul < sizeof unit + 1) snprintf(unit, sizeof unit, "%.*s", (int)(u[ul - 1] == 's' ? ul - 1 : ul), u);
    if ((n == 1) != (u[ul - 1] != 's')) continue;
    dy_date r = base;
    if (!strcmp(unit, "day") || !strcmp(unit, "week")) {
      if (base.prec != DY_PREC_DAY) continue;
      r = dy_date_from_days(dy_date_days(base) - n * (unit[0] == 'w' ? 7 : 1));
      r.prec = DY_PREC_DAY;
    } else if (!strcmp(unit, "month")) {
      if (base.prec < DY_PREC_MONTH) continue;
      int months = base.y * 12 + (base.m - 1) - (int)n;
      r.y = (int16_t)(months / 12); r.m = (int8_t)(months % 12 + 1); r.d = 1;
      r.prec = DY_PREC_MONTH;
    } else if (!strcmp(unit, "year")) {
      if (base.prec < DY_PREC_YEAR) continue;
      r.y = (int16_t)(base.y - n); r.m = 1; r.d = 1;
      r.prec = DY_PREC_YEAR;
    } else continue;
    uint32_t e = k + 1;
    while (e < se->tok1 && !tok_is(d, e, ";") && !(tok_is(d, e, ",") && !(e + 1 < se->tok1 && ing_form(lx, d, e + 1)))) e++;
    se->rdate = r;
    se->rel0 = k;
    se->rel1 = e;
    if (getenv("DYAD_TRACE")) {
      char b[16];
      fprintf(stderr, "  sentence %u: clause after [%s %s after] dated %s (rule measured-after)\n", (unsigned)(se - d->sents), q, u, dy_date_str(r, b));
    }
    return 1;
  }
  return 0;
}

/* The date a sentence gives for what it reports, if any, from its date
 * expressions sp[0, n). */
static int sentence_date(const dy_lexicon *lx, const dy_doc *d, dy_sent *se, const dy_date_span *sp, int n, dy_date *out) {
  /* rule dateline-date: the date of a dateline ("KUALA LUMPUR, Sept 21
   * (Reuters) -") is the story's, not its lead's when the lead states its
   * own day of the week ("arrested Anwar at his home late on Sunday"):
   * that is read first; any other date of the lead after the dateline's
   * ("the deadliest attack since it deployed in 2004") */
  uint32_t body = se->body0 > se->tok0 && se->body0 < se->tok1 ? d->toks[se->body0].start - se->start : 0;
  int order[16], no = 0;
  for (int pass = 0; pass < 3; pass++)
    for (int k = 0; k < n && no < 16; k++) {
      int dl = sp[k].end <= body, wd = !dl && body && sp[k].weekday;
      if ((pass == 0 && wd) || (pass == 1 && dl) || (pass == 2 && !dl && !wd)) order[no++] = k;
    }
  int found = 0;
  for (int q = 0; q < no; q++) {
    int k = order[q];
    if (sp[k].date.prec == DY_PREC_NONE) continue;
    uint32_t r0, r1;
    if (in_relative(lx, d, se, sp[k].start, &r0, &r1)) {
      /* the clause's own date, for the events inside it (dy_event_date) */
      if (!se->rel1 && !(d->published.prec && dy_date_cmp(sp[k].date, d->published) > 0)) {
        se->rdate = sp[k].date;
        se->rel0 = r0;
        se->rel1 = r1;
      }
      continue;
    }
    /* (after the sentence's date, only a relative clause's own date is
     * read: "imposed an embargo on Monday on Iraq ..., which Iraqi troops
     * invaded last Thursday") */
    if (found) continue;
    if (sp[k].modifier && !adverbial(d->text + se->start, sp[k].start, sp[k].end, se->end - se->start) && !occasion_date(lx, d, se, &sp[k]))
      continue;
    /* a date after the article's is a plan, not what happened (an inferred
     * article date is only a lower bound) */
    if (d->published.prec && dy_date_cmp(sp[k].date, d->published) > 0 &&
        (!d->date_inferred || sp[k].date.y > d->published.y || sp[k].relative)) continue;
    if (dates_event_noun(lx, d, se, sp[k].start)) {
      /* rule when-clause: "during the civil war in the 1990s, when Iran and
       * Pakistan backed opposing factions": the event noun's date also
       * dates the clause ", when" opens right after it, to the sentence's
       * end; the sentence keeps its own */
      if (!se->rel1 && when_clause(d, se, sp[k].end, &r0, &r1) && !(d->published.prec && dy_date_cmp(sp[k].date, d->published) > 0)) {
        se->rdate = sp[k].date;
        se->rel0 = r0;
        se->rel1 = r1;
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  sentence %u: clause dated %04d (rule when-clause)\n", (unsigned)(se - d->sents), sp[k].date.y);
      }
      continue;
    }
    *out = sp[k].date;
    found = 1;
  }
  return found;
}

int dy_dates_annotate(const dy_lexicon *lx, dy_doc *d, int resolve, dy_date given, dy_date today) {
  if (resolve) dy_doc_resolve_date(d, NULL, given, today);
  d->ndspans = 0;
  if (!lx) return 0;
  if (resolve && !d->published.prec && !given.prec) {
    dy_date year, era;
    int have = infer_from_text(d, today, 1, &year) == 0;
    const char *rule = NULL;
    if (infer_from_people(lx, d, today, have ? dy_date_days(year) : LONG_MIN, &era) == 0) rule = "era-from-people";
    if (rule) {
      d->published = era;
      d->date_inferred = 1;
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  document dated %d (rule %s)\n", era.y, rule);
    }
  }
  dy_date ref = ref_date(d);
  for (uint32_t s = 0; s < d->nsents; s++) {
    dy_sent *se = &d->sents[s];
    dy_date_span sp[16];
    int n = may_have_date(lx, d, se) ? dy_dates_find(d->text + se->start, se->end - se->start, ref, sp, 16) : 0;
    se->dspan0 = d->ndspans;
    for (int k = 0; k < n; k++) {
      dy_date_span *x = dy_doc_push_dspan(d);
      if (!x) return -1;
      *x = sp[k];
      if (x->weekday && ref.prec == DY_PREC_DAY && dy_date_cmp(x->date, ref) < 0 && weekday_ahead(lx, d, se, x->start)) {
        x->date = dy_date_from_days(dy_date_days(x->date) + 7);
        sp[k].date = x->date;
        if (getenv("DYAD_TRACE")) {
          char b[16];
          fprintf(stderr, "  [%.*s] read ahead: %s (rule weekday-ahead) in: %.*s\n", (int)(x->end - x->start), d->text + se->start + x->start,
                  dy_date_str(x->date, b), (int)(se->end - se->start < 240 ? se->end - se->start : 240), d->text + se->start);
        }
      }
    }
    se->dspan1 = d->ndspans;
    se->date = d->published;
    se->rel0 = se->rel1 = 0;
    se->date_stated = (uint8_t)sentence_date(lx, d, se, sp, n, &se->date);
    if (!se->rel1) measured_after(lx, d, se);
    if (!se->date_stated && !n && during_anaphor(lx, d, se, s ? &d->sents[s - 1] : NULL, &se->date)) {
      se->date_stated = 1;
      if (getenv("DYAD_TRACE")) {
        char b[16];
        fprintf(stderr, "  sentence %u: dated %s from the sentence before (rule during-anaphor)\n", (unsigned)s, dy_date_str(se->date, b));
      }
    }
  }
  return 0;
}

/* ---- events ------------------------------------------------------------- */

dy_date dy_event_date(const dy_doc *d, uint32_t s, int64_t first, int64_t last, int64_t at, int *stated) {
  const dy_sent *se = &d->sents[s];
  /* "the June 21 US airstrikes on Iranian nuclear facilities": a date right
   * before an event noun phrase dates that event */
  for (uint32_t k = se->dspan0; first >= 0 && k < se->dspan1; k++) {
    const dy_date_span *sp = &d->dspans[k];
    uint32_t end = se->start + sp->end;
    if (end > d->toks[first].start || sp->date.prec == DY_PREC_NONE) continue;
    /* only white space between the date and the noun phrase */
    int gap = 0;
    for (uint32_t b = end; b < d->toks[first].start; b++)
      if (d->text[b] != ' ') gap = 1;
    if (gap) continue;
    if (d->published.prec && !d->date_inferred && dy_date_cmp(sp->date, d->published) > 0) continue;
    *stated = 1;
    return sp->date;
  }
  /* "Iran's 12-day war with Israel in June", "the brief war with India
   * last May": a date right after the phrase (or after "in", "on" or
   * "during" there) dates that event (rule noun-date-after) */
  for (uint32_t k = se->dspan0; last >= 0 && k < se->dspan1; k++) {
    const dy_date_span *sp = &d->dspans[k];
    uint32_t b = d->toks[last].end, start = se->start + sp->start;
    if (start < b || sp->date.prec == DY_PREC_NONE) continue;
    while (b < start && d->text[b] == ' ') b++;
    static const char *const glue[] = {"in ", "on ", "during "};
    for (int g = 0; g < 3 && b < start; g++) {
      size_t gl = strlen(glue[g]);
      if (start - b >= gl && !strncmp(d->text + b, glue[g], gl)) b += (uint32_t)gl;
    }
    while (b < start && d->text[b] == ' ') b++;
    if (b != start) continue;
    if (d->published.prec && !d->date_inferred && dy_date_cmp(sp->date, d->published) > 0) continue;
    *stated = 1;
    return sp->date;
  }
  /* an event inside a dated relative clause ("the M23 rebels, who seized Goma earlier this year") */
  if (at >= 0 && se->rel1 && (uint32_t)at >= se->rel0 && (uint32_t)at < se->rel1) {
    *stated = 1;
    return se->rdate;
  }
  *stated = se->date_stated;
  return se->date;
}

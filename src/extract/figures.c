/* figures.c: figures and what they measure (see figures.h). For each
 * number (digits or a number word) in a sentence: the currency before or
 * after it, the scale, the unit or the counted noun; a conversion in
 * parentheses; qualifiers ("at least"); then the measure (a counted noun
 * that is one, a casualty word near it, "% of X", else the nearest measured
 * noun), whether it is a goal, and the countries of the sentence. */
#include "figures.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const dy_lexicon *lx;
  const dy_wordlists *wl;
  dy_doc *d;
  const uint32_t *fc;
} fctx;

static const char *tw(const fctx *c, uint32_t i) { return dy_tok_norm(c->d, &c->d->toks[i]); }
static int is(const fctx *c, uint32_t i, const char *w) { return strcmp(tw(c, i), w) == 0; }
static const dy_fword *fw(const fctx *c, uint32_t i) { return c->fc[i] ? dy_fw_get(c->wl, tw(c, i), c->d->toks[i].nlen) : NULL; }
static int lowerword(const fctx *c, uint32_t i) {
  const dy_tok *t = &c->d->toks[i];
  if (t->flags & (DY_TOK_PUNCT | DY_TOK_DIGIT | DY_TOK_UPPER)) return 0;
  const char *w = tw(c, i);
  for (uint16_t k = 0; k < t->nlen; k++)
    if (!((w[k] >= 'a' && w[k] <= 'z') || (unsigned char)w[k] >= 0x80)) return 0;
  return t->nlen >= 2;
}
static int glued(const fctx *c, uint32_t a, uint32_t b) { return c->d->toks[a].end == c->d->toks[b].start; }

/* A word that can be a counted noun: lower case, not a function word, a verb form of be/have or an adverb. */
static int noun_word(const fctx *c, uint32_t k) {
  if (!lowerword(c, k) || (c->fc[k] & (DY_FW_NOTNAME | DY_FW_SCALE | DY_FW_APPROX | DY_FW_SAY | DY_FW_SAYTHAT | DY_FW_THAT)))
    return 0;
  if (c->d->tid && (dy_lex_wclass(c->lx, c->d->tid[k]) & (DY_W_BE | DY_W_HAVE | DY_W_MODAL | DY_W_NEG | DY_W_PREP | DY_W_CONJ | DY_W_CLAUSE | DY_W_FUTURE | DY_W_DET)))
    return 0;
  const dy_tok *t = &c->d->toks[k];
  if (t->nlen > 3 && !memcmp(tw(c, k) + t->nlen - 2, "ly", 2) && k + 1 < c->d->ntoks && lowerword(c, k + 1)) return 1; /* an adverb before the noun: taken through */
  return 1;
}

/* An adverb or adjective before a noun: "extremely", "emaciated", "bilateral", "nuclear" (by its ending). */
static int modifier_word(const fctx *c, uint32_t k) {
  static const char *const END[] = {"ly", "al", "ic", "ive", "ous", "ful", "ar", "ated", "ese", "ish", "ian", NULL};
  const char *w = tw(c, k);
  size_t n = c->d->toks[k].nlen;
  for (int i = 0; END[i]; i++) {
    size_t e = strlen(END[i]);
    if (n > e + 2 && !memcmp(w + n - e, END[i], e)) return 1;
  }
  return 0;
}

/* A number at token i: its value and the unit written into it ("3bn",
 * "905km"); 0 when there is none. */
static int number_at(const fctx *c, uint32_t i, double *v, const dy_fword **suffix) {
  const dy_tok *t = &c->d->toks[i];
  *suffix = NULL;
  if (t->flags & DY_TOK_DIGIT) {
    char buf[64];
    size_t n = 0;
    const char *s = c->d->text + t->start;
    size_t len = t->end - t->start, k = 0;
    for (; k < len && n + 1 < sizeof buf; k++) {
      if (s[k] == ',') continue;
      if ((s[k] >= '0' && s[k] <= '9') || s[k] == '.') buf[n++] = s[k];
      else break;
    }
    buf[n] = 0;
    if (!n) return 0;
    char *end;
    *v = strtod(buf, &end);
    if (k < len) {
      /* a suffix: "3bn", "905km"; "6th" and "1990s" are no amounts */
      const char *w = tw(c, i) + (k - (size_t)0);
      size_t wl = t->nlen - k;
      if (t->nlen <= k) return 0;
      const dy_fword *f = dy_fw_get(c->wl, w, wl);
      if (!f || !(f->cls & (DY_FW_SCALE | DY_FW_UNIT))) return 0;
      *suffix = f;
    }
    return 1;
  }
  if (c->fc[i] & DY_FW_NUM) {
    const dy_fword *f = fw(c, i);
    *v = f ? f->val : 0;
    /* "hundreds", "one of the" are handled by the caller */
    return *v > 0;
  }
  return 0;
}

static int is_year(const fctx *c, uint32_t i, double v) {
  const dy_tok *t = &c->d->toks[i];
  return t->end - t->start == 4 && v >= 1800 && v <= 2100 && v == floor(v);
}

/* The countries of sentence s's actors, sorted, comma-separated. */
static void sentence_actors(const fctx *c, uint32_t s, uint32_t t0, uint32_t t1, char *out, size_t cap) {
  char codes[16][4];
  int n = 0;
  for (uint32_t m = 0; m < c->d->nments; m++) {
    const dy_mention *mm = &c->d->ments[m];
    if (mm->sent != s || strlen(mm->code) < 3) continue;
    if (t1 && (mm->tok1 + 20 < t0 || mm->tok0 > t1 + 12)) continue; /* the figure's clause, not the whole sentence */
    char k[4] = {mm->code[0], mm->code[1], mm->code[2], 0};
    if (!dy_lex_country_name(c->lx, k)) continue; /* GOV, MIL: no country */
    int dup = 0;
    for (int j = 0; j < n; j++) if (!strcmp(codes[j], k)) dup = 1;
    if (!dup && n < 16) memcpy(codes[n++], k, 4);
  }
  /* insertion sort */
  for (int a = 1; a < n; a++)
    for (int b = a; b > 0 && strcmp(codes[b - 1], codes[b]) > 0; b--) {
      char t[4];
      memcpy(t, codes[b], 4); memcpy(codes[b], codes[b - 1], 4); memcpy(codes[b - 1], t, 4);
    }
  size_t o = 0;
  out[0] = 0;
  for (int j = 0; j < n && o + 5 < cap; j++) o += (size_t)snprintf(out + o, cap - o, "%s%s", j ? "," : "", codes[j]);
}

typedef struct {
  uint32_t t0, t1;    /* tokens of the amount */
  double value;
  const char *cur;    /* ISO code or NULL */
  double rate;        /* USD per unit, 0 unknown */
  const char *unit;   /* unit, or NULL */
  uint32_t noun;      /* counted noun token, or UINT32_MAX */
} amount;

/* Parses an amount whose number is at token i, within [s0, s1). Returns 1. */
static int parse_amount(const fctx *c, uint32_t s0, uint32_t s1, uint32_t i, amount *a) {
  double v;
  const dy_fword *suf;
  if (!number_at(c, i, &v, &suf)) return 0;
  memset(a, 0, sizeof *a);
  a->noun = UINT32_MAX;
  a->t0 = i;
  uint32_t j = i + 1;
  /* currency before: "$3", "€8.6", "Rs 500" */
  if (i > s0 && (c->fc[i - 1] & DY_FW_CURRENCY)) {
    const dy_fword *f = fw(c, i - 1);
    a->cur = f->str;
    a->rate = f->val;
    a->t0 = i - 1;
    if (i - 1 > s0 && is(c, i - 2, "us") && glued(c, i - 2, i - 1)) a->t0 = i - 2;
  }
  /* "twenty-five", "10-15": ranges and compounds are left alone */
  if (j + 1 < s1 && is(c, j, "-") && glued(c, i, j) && (c->d->toks[j + 1].flags & DY_TOK_DIGIT)) return 0;
  if (suf && (suf->cls & DY_FW_SCALE)) v *= suf->val;
  if (suf && (suf->cls & DY_FW_UNIT)) a->unit = suf->str;
  /* scale words: "3 billion", "2.5 million" */
  while (j < s1 && (c->fc[j] & DY_FW_SCALE)) { v *= fw(c, j)->val; j++; }
  /* currency words after: "500 rupees", "10 billion dollars" */
  if (!a->cur && j < s1 && (c->fc[j] & DY_FW_CURRENCY) && lowerword(c, j)) {
    const dy_fword *f = fw(c, j);
    a->cur = f->str;
    a->rate = f->val;
    j++;
  }
  if (!a->cur && !a->unit) {
    uint32_t k = j;
    if (k + 1 < s1 && is(c, k, "-") && glued(c, k - 1, k)) k++; /* "905-kilometer" */
    if (k < s1 && (c->fc[k] & DY_FW_UNIT)) {
      a->unit = fw(c, k)->str;
      j = k + 1;
      /* "square kilometres" */
      if (!strcmp(a->unit, "km2") && j < s1 && (c->fc[j] & DY_FW_UNIT)) j++;
      else if (!strcmp(a->unit, "km2")) return 0;
    } else if (k + 1 < s1 && is(c, k, "per") && is(c, k + 1, "cent")) {
      a->unit = "%";
      j = k + 2;
    } else if (k < s1 && (c->fc[k] & DY_FW_TIME)) {
      return 0; /* a duration or an age */
    } else if (k < s1 && noun_word(c, k)) {
      /* a counted noun: the last of up to three words ("twelve agreements", "two extremely emaciated captives",
         "eight drone attacks"), not a casualty word after it ("people killed") */
      uint32_t n = k;
      while (n + 1 < s1 && n < k + 2 && noun_word(c, n + 1) && modifier_word(c, n) && !(c->fc[n] & (DY_FW_MEASURE | DY_FW_CASUALTY)) &&
             !(c->fc[n + 1] & DY_FW_CASUALTY))
        n++;
      if (c->fc[n] & (DY_FW_TIME | DY_FW_SKIPNOUN)) return 0;
      a->noun = n;
      j = n + 1;
    } else if (j > i + 1 && !suf) {
      /* a bare scaled number: "about 2 million" */
    } else return 0;
  }
  a->value = v;
  a->t1 = j;
  return 1;
}

/* The measure of amount a in sentence [s0, s1); *target set when it is a goal. */
static const char *measure_of(const fctx *c, uint32_t s0, uint32_t s1, const amount *a, char *buf, size_t cap, int *target) {
  *target = 0;
  const dy_fword *m = NULL;
  uint32_t at = UINT32_MAX;
  /* a casualty word near the count: "eight people killed", "killing 135 people" */
  if (!a->cur && (!a->unit || a->noun != UINT32_MAX)) {
    /* the nearest: before it, not across "and" or a comma ("three soldiers
     * lost their lives and three others ... were injured"), or after it */
    uint32_t best = UINT32_MAX, bd = UINT32_MAX;
    for (uint32_t k = a->t0; k > s0 && a->t0 - k < 4; k--) {
      if (is(c, k - 1, "and") || is(c, k - 1, ",") || is(c, k - 1, ";") || is(c, k - 1, "but")) break;
      if (c->fc[k - 1] & DY_FW_CASUALTY) { best = k - 1; bd = a->t0 - (k - 1); break; }
    }
    for (uint32_t k = a->t1; k < s1 && k < a->t1 + 7; k++) {
      if (is(c, k, ";") || is(c, k, "but")) break;
      if (c->fc[k] & DY_FW_CASUALTY) {
        if (k - a->t1 + 1 < bd) best = k;
        break;
      }
    }
    if (best != UINT32_MAX) return fw(c, best)->str;
  }
  if (a->noun != UINT32_MAX) {
    if (c->fc[a->noun] & DY_FW_MEASURE) return fw(c, a->noun)->str;
    if (c->fc[a->noun] & DY_FW_CASUALTY) return fw(c, a->noun)->str;
    snprintf(buf, cap, "%.*s", (int)c->d->toks[a->noun].nlen, tw(c, a->noun));
    return buf;
  }
  /* "30% of Pakistan's fuel consumption" */
  if (a->unit && !strcmp(a->unit, "%") && a->t1 < s1 && is(c, a->t1, "of")) {
    for (uint32_t k = a->t1 + 1; k < s1 && k < a->t1 + 6; k++)
      if (c->fc[k] & DY_FW_MEASURE) { m = fw(c, k); at = k; break; }
    if (!m) {
      /* "5% of their economic output": the noun phrase after "of", its
       * determiners left out, up to three words */
      uint32_t k = a->t1 + 1;
      while (k < s1 && k < a->t1 + 3 && c->d->tid && (dy_lex_wclass(c->lx, c->d->tid[k]) & DY_W_DET)) k++;
      uint32_t j = k;
      while (j < s1 && j < k + 3 && noun_word(c, j)) j++;
      if (j == k && k < s1 && !(c->d->toks[k].flags & DY_TOK_PUNCT)) j = k + 1;
      if (j > k) {
        size_t n = (size_t)snprintf(buf, cap, "share of");
        for (uint32_t q = k; q < j && n < cap; q++) n += (size_t)snprintf(buf + n, cap - n, " %.*s", (int)c->d->toks[q].nlen, tw(c, q));
        return buf;
      }
    }
  }
  if (!m) {
    /* right after: "905-kilometer border", "$10 billion trade target" */
    for (uint32_t k = a->t1; k < s1 && k < a->t1 + 3; k++) {
      if (c->fc[k] & DY_FW_MEASURE) { m = fw(c, k); at = k; break; }
      if (!(lowerword(c, k) || is(c, k, "-"))) break;
    }
  }
  if (!m) {
    /* the nearest before, then after */
    for (uint32_t k = a->t0; k > s0 && k + 14 > a->t0; k--)
      if (c->fc[k - 1] & DY_FW_MEASURE) { m = fw(c, k - 1); at = k - 1; break; }
    for (uint32_t k = a->t1; !m && k < s1 && k < a->t1 + 6; k++)
      if (c->fc[k] & DY_FW_MEASURE) { m = fw(c, k); at = k; break; }
  }
  if (!m) return "";
  if (m->str2) {
    /* a goal: "trade target", "the goal of", "increase ... to $10 billion"; a current value: "current", "from" */
    int cur = 0, tgt = 0;
    for (uint32_t k = a->t1; k < s1 && k < a->t1 + 4; k++) if (c->fc[k] & DY_FW_TARGET) tgt = 1;
    uint32_t b = a->t0;
    while (b > s0 && (c->fc[b - 1] & (DY_FW_APPROX | DY_FW_CURRENT) || is(c, b - 1, "the") || is(c, b - 1, "than") || is(c, b - 1, "at"))) {
      if (c->fc[b - 1] & DY_FW_CURRENT) cur = 1;
      b--;
    }
    if (b > s0 && is(c, b - 1, "from")) cur = 1;
    for (uint32_t k = b; k > s0 && k + 4 > b; k--) if (c->fc[k - 1] & DY_FW_CURRENT) cur = 1;
    if (!cur && !tgt) {
      for (uint32_t k = b; k > s0 && k + 4 > b; k--) if (c->fc[k - 1] & DY_FW_TARGET) tgt = 1;
      if (b > s0 && is(c, b - 1, "to"))
        for (uint32_t k = b - 1; k > s0 && k + 14 > b; k--) if (c->fc[k - 1] & (DY_FW_CHANGE | DY_FW_TARGET)) { tgt = 1; break; }
      if (b > s0 && (is(c, b - 1, "of") && b - 1 > s0 && (c->fc[b - 2] & DY_FW_TARGET))) tgt = 1;
    }
    (void)at;
    if (tgt && !cur) { *target = 1; return m->str2; }
  }
  return m->str;
}

int dy_extract_figures(const dy_lexicon *lx, dy_doc *d, const uint32_t *fc) {
  d->nfigs = 0;
  fctx c = {lx, dy_lex_wordlists(lx), d, fc};
  if (!c.wl) return 0;
  for (uint32_t s = 0; s < d->nsents; s++) {
    const dy_sent *se = &d->sents[s];
    uint32_t s0 = se->tok0, s1 = se->tok1;
    int have_num = 0;
    for (uint32_t i = s0; i < s1 && !have_num; i++) have_num = (d->toks[i].flags & DY_TOK_DIGIT) || (fc[i] & DY_FW_NUM);
    if (!have_num) continue;
    for (uint32_t i = s0; i < s1; i++) {
      if (!((d->toks[i].flags & DY_TOK_DIGIT) || (fc[i] & DY_FW_NUM))) continue;
      /* labels, references, dates and times */
      if (i > s0 && ((fc[i - 1] & (DY_FW_LABEL | DY_FW_MONTH)) || is(&c, i - 1, "[") || is(&c, i - 1, "#") || is(&c, i - 1, ":"))) continue;
      if (i > s0 + 1 && is(&c, i - 1, ".") && (fc[i - 2] & (DY_FW_LABEL | DY_FW_MONTH))) continue; /* "p. 12", "Aug. 6" */
      if (i + 1 < s1 && ((fc[i + 1] & DY_FW_MONTH) || is(&c, i + 1, ":") || is(&c, i + 1, "]"))) continue;
      if (i + 2 < s1 && is(&c, i + 1, "of") && (fc[i + 2] & DY_FW_MONTH)) continue; /* "6 of August" */
      amount a;
      if (!parse_amount(&c, s0, s1, i, &a)) continue;
      if (!a.cur && !a.unit && is_year(&c, i, a.value)) continue;
      if (!a.cur && !a.unit && a.value == 1) { i = a.t1 - 1; continue; } /* "one official" */
      if (!a.cur && !a.unit && a.noun == UINT32_MAX) continue;
      double usd = a.cur && a.rate > 0 ? a.value * a.rate : -1;
      uint32_t end = a.t1;
      /* a conversion in parentheses: "(€8.6 billion)", "(560-mile)" */
      if (end + 2 < s1 && is(&c, end, "(")) {
        uint32_t k = end + 1;
        if (k < s1 && (fc[k] & DY_FW_CURRENCY)) k++;
        amount b;
        if (k < s1 && parse_amount(&c, s0, s1, k, &b) && b.t1 < s1 && is(&c, b.t1, ")")) {
          if (usd < 0 && b.cur && !strcmp(b.cur, "USD")) usd = b.value;
          end = b.t1 + 1;
        }
      }
      dy_figure *f = dy_doc_push_fig(d);
      if (!f) return -1;
      f->sent = s;
      f->start = d->toks[a.t0].start;
      f->end = d->toks[a.t1 - 1].end;
      f->value = a.value;
      f->usd = usd;
      const char *unit = a.cur ? a.cur : a.unit ? a.unit : "";
      if (!a.cur && a.unit && !strcmp(a.unit, "mi")) { f->value = a.value * 1.609344; unit = "km"; }
      if (a.noun != UINT32_MAX && (fc[a.noun] & DY_FW_CASUALTY)) snprintf(f->unit, sizeof f->unit, "people"); /* "20 died" */
      else if (a.noun != UINT32_MAX) snprintf(f->unit, sizeof f->unit, "%.*s", (int)d->toks[a.noun].nlen, tw(&c, a.noun));
      else snprintf(f->unit, sizeof f->unit, "%s", unit);
      /* qualifiers before the amount */
      for (uint32_t k = a.t0; k > s0 && k + 3 > a.t0; k--)
        if (fc[k - 1] & DY_FW_APPROX) { f->approx = (uint8_t)fw(&c, k - 1)->val; break; }
      char buf[40];
      int target;
      amount am = a;
      am.t1 = end; /* past a conversion: "€2.4 billion ($2.6 billion) in aid" */
      const char *m = measure_of(&c, s0, s1, &am, buf, sizeof buf, &target);
      snprintf(f->measure, sizeof f->measure, "%s", m);
      f->target = (uint8_t)target;
      char actors[48];
      sentence_actors(&c, s, a.t0, a.t1, actors, sizeof actors);
      if (!actors[0] && s > 0) sentence_actors(&c, s - 1, 0, 0, actors, sizeof actors); /* "the target", said in a quote */
      snprintf(f->actors, sizeof f->actors, "%s", actors);
      i = end - 1;
    }
  }
  return 0;
}


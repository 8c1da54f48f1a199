/* model.c: the features and transitions the parse runtime and its trainer
 * share (see model.h): word features, the tagger's templates, the arc-eager
 * system with its parser templates (Zhang and Nivre 2011), lemma rules. */
#include "parse/model.h"

#include <string.h>

/* ---- words ------------------------------------------------------------------ */

size_t dy_pm_lower(const char *s, size_t n, char *out) {
  if (n > DY_PM_WLEN) n = DY_PM_WLEN;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    out[i] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  return n;
}

static int cclass(unsigned char c) {
  if (c >= 'A' && c <= 'Z') return 'X';
  if (c >= 'a' && c <= 'z') return 'x';
  if (c >= '0' && c <= '9') return 'd';
  if (c >= 0x80) return 'u';
  return c;
}

void dy_pm_word_init(dy_pm_word *w, const char *s, size_t n) {
  char low[DY_PM_WLEN];
  memset(w, 0, sizeof *w);
  size_t m = dy_pm_lower(s, n, low);
  w->w = dy_pm_str(low, m);
  for (size_t k = 1; k <= 4; k++) {
    if (k <= m) {
      w->pre[k - 1] = dy_pm_str(low, k);
      w->suf[k - 1] = dy_pm_str(low + m - k, k);
    } else {
      w->pre[k - 1] = w->suf[k - 1] = 5; /* shorter than k */
    }
  }
  /* shape: character classes, runs of one class cut to two */
  char sh[16];
  size_t ns = 0;
  int prev = -1, run = 0, upper = 0, lower = 0;
  for (size_t i = 0; i < m && ns < sizeof sh; i++) {
    int c = cclass((unsigned char)low[i] == (unsigned char)s[i] ? (unsigned char)s[i] : (unsigned char)s[i]);
    if (c == 'X') upper++;
    if (c == 'x') lower++;
    if (c == 'd') w->flags |= DY_PM_W_DIGIT;
    if (c == '-') w->flags |= DY_PM_W_HYPHEN;
    if (c == prev) {
      if (++run > 2) continue;
    } else {
      run = 1;
      prev = c;
    }
    sh[ns++] = (char)c;
  }
  if (m && cclass((unsigned char)s[0]) == 'X') w->flags |= DY_PM_W_UPPER;
  if (upper && !lower) w->flags |= DY_PM_W_ALLCAPS;
  w->shape = dy_pm_str(sh, ns) ^ (m > 6 ? 1 : 0);
}

/* ---- the tagger's templates ------------------------------------------------------ */

enum { W_START = 1, W_END = 2, W_UNK = 3, T_START = 20 };

/* A tagger feature key: the template and up to three values, one mix. */
static inline uint64_t tk(unsigned t, uint64_t a, uint64_t b, uint64_t c) {
  return dy_pm_mix(a * 0x9e3779b97f4a7c15ULL + b * 0xff51afd7ed558ccdULL + c * 0xc4ceb9fe1a85ec53ULL + (uint64_t)(t + 1) * 0xd6e8feb86659fd93ULL);
}

int dy_pm_tag_feats(const dy_pm_word *w, uint32_t n, uint32_t i, const uint8_t *tags, uint64_t *out) {
  int k = 0;
  const dy_pm_word *x = &w[i];
  /* words outside the lexicon are all W_UNK: their features are looked up
   * in vain, and each such lookup is a cache miss */
#define TW(j) (w[(j)].lex ? w[(j)].w : W_UNK)
  uint64_t wm1 = i >= 1 ? TW(i - 1) : W_START, wm2 = i >= 2 ? TW(i - 2) : W_START;
  uint64_t wp1 = i + 1 < n ? TW(i + 1) : W_END, wp2 = i + 2 < n ? TW(i + 2) : W_END;
  uint64_t w0 = TW(i);
#undef TW
  uint64_t sm1 = i >= 1 ? w[i - 1].suf[2] : W_START, sp1 = i + 1 < n ? w[i + 1].suf[2] : W_END;
  uint64_t hm1 = i >= 1 ? w[i - 1].shape : W_START, hp1 = i + 1 < n ? w[i + 1].shape : W_END;
  uint64_t am1 = i >= 1 ? DY_PM_LEX_AMB(w[i - 1].lex) : W_START, ap1 = i + 1 < n ? DY_PM_LEX_AMB(w[i + 1].lex) : W_END;
  uint64_t ap2 = i + 2 < n ? DY_PM_LEX_AMB(w[i + 2].lex) : W_END;
  uint64_t t1 = i >= 1 ? tags[i - 1] : T_START, t2 = i >= 2 ? tags[i - 2] : T_START;
  uint64_t a0 = DY_PM_LEX_AMB(x->lex);
  out[k++] = tk(0, 0, 0, 0);
  out[k++] = tk(1, w0, 0, 0);
  for (int j = 0; j < 4; j++) {
    out[k++] = tk(2 + (unsigned)j, x->suf[j], 0, 0);
    out[k++] = tk(6 + (unsigned)j, x->pre[j], 0, 0);
  }
  out[k++] = tk(10, x->shape, 0, 0);
  out[k++] = tk(11, x->shape, i == 0, 0);
  out[k++] = tk(12, x->flags, 0, 0);
  out[k++] = tk(13, a0, 0, 0);
  out[k++] = tk(14, t1, 0, 0);
  out[k++] = tk(15, t1, t2, 0);
  out[k++] = tk(16, t1, w0, 0);
  out[k++] = tk(17, t1, x->suf[2], 0);
  out[k++] = tk(18, wm1, 0, 0);
  out[k++] = tk(19, sm1, 0, 0);
  out[k++] = tk(20, wm2, 0, 0);
  out[k++] = tk(21, wp1, 0, 0);
  out[k++] = tk(22, sp1, 0, 0);
  out[k++] = tk(23, wp2, 0, 0);
  out[k++] = tk(24, hm1, 0, 0);
  out[k++] = tk(25, hp1, 0, 0);
  out[k++] = tk(26, ap1, 0, 0);
  out[k++] = tk(27, ap2, 0, 0);
  out[k++] = tk(28, a0, ap1, 0);
  out[k++] = tk(29, t1, a0, 0);
  out[k++] = tk(30, t1, a0, ap1);
  out[k++] = tk(31, w0, wp1, 0);
  out[k++] = tk(32, wm1, w0, 0);
  out[k++] = tk(33, t1, wp1, 0);
  out[k++] = tk(34, am1, 0, 0);
  out[k++] = tk(35, x->suf[2], ap1, 0);
  out[k++] = tk(36, x->shape, ap1, 0);
  return k;
}

/* ---- the transition system --------------------------------------------------------- */

void dy_pm_state_init(dy_pm_state *s, uint32_t n) {
  s->n = n;
  s->sp = 1;
  s->stack[0] = (uint16_t)n; /* the root */
  s->b = 0;
  s->root_used = 0;
  for (uint32_t i = 0; i <= n; i++) {
    s->head[i] = s->l1[i] = s->l2[i] = s->r1[i] = s->r2[i] = DY_PM_NONE;
    s->lab[i] = 0;
    s->nl[i] = s->nr[i] = 0;
    s->ls[i] = s->rs[i] = 0;
  }
}

int dy_pm_valid(const dy_pm_state *s, uint8_t *ok) {
  memset(ok, 0, DY_PM_NMOVES);
  if (dy_pm_done(s) || !s->sp) return 0;
  uint32_t s0 = s->stack[s->sp - 1];
  int isroot = s0 == s->n, c = 1;
  ok[DY_PM_SHIFT] = 1;
  if (!isroot && s->head[s0] != DY_PM_NONE) ok[DY_PM_REDUCE] = 1, c++;
  if (!isroot && s->head[s0] == DY_PM_NONE) ok[DY_PM_LEFT] = 1, c++;
  if (!isroot || !s->root_used) ok[DY_PM_RIGHT] = 1, c++;
  return c;
}

void dy_pm_arc(const dy_pm_state *s, int move, uint32_t *h, uint32_t *d) {
  uint32_t s0 = s->stack[s->sp - 1];
  if (move == DY_PM_LEFT) *h = s->b, *d = s0;
  else *h = s0, *d = s->b;
}

static void add_arc(dy_pm_state *s, uint32_t h, uint32_t d, int l) {
  s->head[d] = (uint16_t)h;
  s->lab[d] = (uint8_t)l;
  uint64_t bit = 1ULL << (l & 63);
  if (d < h || h == s->n) {
    if (h == s->n) { /* the root's dependent counts as its right one */
      s->r2[h] = s->r1[h], s->r1[h] = (uint16_t)d, s->nr[h]++, s->rs[h] |= bit;
      return;
    }
    s->l2[h] = s->l1[h], s->l1[h] = (uint16_t)d;
    if (s->nl[h] < 255) s->nl[h]++;
    s->ls[h] |= bit;
  } else {
    s->r2[h] = s->r1[h], s->r1[h] = (uint16_t)d;
    if (s->nr[h] < 255) s->nr[h]++;
    s->rs[h] |= bit;
  }
}

void dy_pm_apply(dy_pm_state *s, int move, int label) {
  if (move == DY_PM_SHIFT) {
    s->stack[s->sp++] = (uint16_t)s->b++;
  } else if (move == DY_PM_REDUCE) {
    s->sp--;
  } else if (move == DY_PM_LEFT) {
    add_arc(s, s->b, s->stack[s->sp - 1], label);
    s->sp--;
  } else {
    uint32_t h = s->stack[s->sp - 1];
    if (h == s->n) s->root_used = 1;
    add_arc(s, h, s->b, label);
    s->stack[s->sp++] = (uint16_t)s->b++;
  }
}

/* ---- the parser's templates --------------------------------------------------------- */

enum { P_NONE = 30, P_ROOT = 31, L_NONE = 255 };
#define WN 0x51ULL /* no word */
#define WR 0x52ULL /* the root */
#define WU 0x53ULL /* a word not in the lexicon (seen once in training, or never) */

/* The parser's features see only the lexicon's words (the others are all
 * WU): fewer keys, so fewer lookups that miss the cache. */

/* A parser feature key: the template and up to three values, one mix. */
static inline uint64_t pk(unsigned t, uint64_t a, uint64_t b, uint64_t c) { return dy_pm_pk(t, a, b, c); }

#define W(x) ((x) == DY_PM_NONE ? WN : (x) == n ? WR : w[(x)].lex ? w[(x)].w : WU)
#define P(x) ((uint64_t)((x) == DY_PM_NONE ? P_NONE : (x) == n ? P_ROOT : tags[(x)]))
#define L(x) ((uint64_t)((x) == DY_PM_NONE || (x) == n || s->head[(x)] == DY_PM_NONE ? L_NONE : s->lab[(x)]))
#define WP(x) (W(x) * 31 + P(x))
/* The move features come in five groups: those of the stack's top alone,
 * of its word, head, left children and the word under it (DY_PM_PG_S,
 * the same while it is on the stack) and of its right children
 * (DY_PM_PG_R), those of the buffer's front alone, its left children
 * (DY_PM_PG_B) and its and the next words' words and tags (DY_PM_PG_N),
 * and those that join the top and the front (DY_PM_PG_X), so that the
 * parser can keep the weights of a group while what it depends on stays
 * the same. A template keeps its number whichever group it is in;
 * dy_pm_par_feats gives every key in the order of the numbers. */
#define GK(grp, o, nk, a, b, c) do { if (g & (grp)) (o)[(*(nk))++] = pk(t, (a), (b), (c)); t++; } while (0)
/* a joint template of small values (dy_pm_xd): its values, or its key */
/* The index of a value among those of its kind (model.h). Tags are below
 * DY_UPOS_N, labels below 64, distances below 10 ...: every value the
 * templates are given is one of their kind's. */
#define XI_P(v) ((v) < DY_UPOS_N ? (uint32_t)(v) : (uint32_t)(v) - (P_NONE - DY_UPOS_N))
#define XI_L(v) ((v) < 64 ? (uint32_t)(v) : 64u)
#define XI_D(v) ((uint32_t)(v))
#define XI_B(v) ((uint32_t)(v))
#define XI_W(v) ((uint32_t)(v))
#define XI_0(v) 0u
/* a joint template of small values (dy_pm_xd): with DY_PM_PG_D the index
 * of its values in its table, else its key */
#define GD(ka, a, kb, b, kc, c) do { if (g & DY_PM_PG_X) { \
    if (g & DY_PM_PG_D) ov[(*nov)++] = (XI_##ka(a) * DY_PM_XN_##kb + XI_##kb(b)) * DY_PM_XN_##kc + XI_##kc(c); \
    else ox[(*nx)++] = pk(t, (a), (b), (c)); } t++; } while (0)
#define D2(ka, a, kb, b) GD(ka, (a), kb, (b), 0, 0)
#define D3(ka, a, kb, b, kc, c) GD(ka, (a), kb, (b), kc, (c))
#define X1(a) GK(DY_PM_PG_X, ox, nx, (a), 0, 0)
#define X2(a, b) GK(DY_PM_PG_X, ox, nx, (a), (b), 0)
#define X3(a, b, c) GK(DY_PM_PG_X, ox, nx, (a), (b), (c))
#define S1(a) GK(DY_PM_PG_S, os, ns, (a), 0, 0)
#define S2(a, b) GK(DY_PM_PG_S, os, ns, (a), (b), 0)
#define S3(a, b, c) GK(DY_PM_PG_S, os, ns, (a), (b), (c))
#define Q1(a) GK(DY_PM_PG_R, oq, nq, (a), 0, 0)
#define Q2(a, b) GK(DY_PM_PG_R, oq, nq, (a), (b), 0)
#define Q3(a, b, c) GK(DY_PM_PG_R, oq, nq, (a), (b), (c))
#define B1(a) GK(DY_PM_PG_B, ob, nb, (a), 0, 0)
#define B2(a, b) GK(DY_PM_PG_B, ob, nb, (a), (b), 0)
#define B3(a, b, c) GK(DY_PM_PG_B, ob, nb, (a), (b), (c))
#define N1(a) GK(DY_PM_PG_N, on, nn, (a), 0, 0)
#define N2(a, b) GK(DY_PM_PG_N, on, nn, (a), (b), 0)
#define N3(a, b, c) GK(DY_PM_PG_N, on, nn, (a), (b), (c))

#if defined(__GNUC__)
#define PAR_INLINE static inline __attribute__((always_inline))
#else
#define PAR_INLINE static inline
#endif
PAR_INLINE void par_feats_g(const dy_pm_state *s, const dy_pm_word *w, const uint8_t *tags, unsigned g, uint64_t *ox, int *nx,
                               uint64_t *os, int *ns, uint64_t *ob, int *nb, uint64_t *on, int *nn, uint64_t *oq, int *nq, uint32_t *ov, int *nov) {
  uint32_t n = s->n;
  uint32_t s0 = s->sp ? s->stack[s->sp - 1] : DY_PM_NONE;
  uint32_t s1 = s->sp > 1 ? s->stack[s->sp - 2] : DY_PM_NONE;
  uint32_t n0 = s->b < n ? s->b : DY_PM_NONE;
  uint32_t n1 = s->b + 1 < n ? s->b + 1 : DY_PM_NONE;
  uint32_t n2 = s->b + 2 < n ? s->b + 2 : DY_PM_NONE;
  unsigned t = 0;
  uint32_t s0h = s0 != DY_PM_NONE && s0 != n && s->head[s0] != DY_PM_NONE ? s->head[s0] : DY_PM_NONE;
  uint32_t s0h2 = s0h != DY_PM_NONE && s0h != n && s->head[s0h] != DY_PM_NONE ? s->head[s0h] : DY_PM_NONE;
  uint32_t s0l = s0 != DY_PM_NONE ? s->l1[s0] : DY_PM_NONE, s0l2 = s0 != DY_PM_NONE ? s->l2[s0] : DY_PM_NONE;
  uint32_t s0r = s0 != DY_PM_NONE ? s->r1[s0] : DY_PM_NONE, s0r2 = s0 != DY_PM_NONE ? s->r2[s0] : DY_PM_NONE;
  uint32_t n0l = n0 != DY_PM_NONE ? s->l1[n0] : DY_PM_NONE, n0l2 = n0 != DY_PM_NONE ? s->l2[n0] : DY_PM_NONE;
  uint64_t d = 0;
  if (s0 != DY_PM_NONE && n0 != DY_PM_NONE) {
    uint32_t dist = s0 == n ? 0 : n0 - s0;
    d = dist == 0 ? 9 : dist < 5 ? dist : dist < 7 ? 5 : dist < 10 ? 6 : dist < 15 ? 7 : 8;
  }
  uint64_t s0vl = s0 != DY_PM_NONE ? s->nl[s0] : 99, s0vr = s0 != DY_PM_NONE ? s->nr[s0] : 99;
  uint64_t n0vl = n0 != DY_PM_NONE ? s->nl[n0] : 99;
  uint64_t s0sl = s0 != DY_PM_NONE ? s->ls[s0] : 1, s0sr = s0 != DY_PM_NONE ? s->rs[s0] : 1;
  uint64_t n0sl = n0 != DY_PM_NONE ? s->ls[n0] : 1;
  uint64_t ws0 = W(s0), wn0 = W(n0), wn1 = W(n1), ps0 = P(s0), pn0 = P(n0), pn1 = P(n1), pn2 = P(n2);
  uint64_t wps0 = ws0 * 31 + ps0, wpn0 = wn0 * 31 + pn0;
  uint64_t ps0h = P(s0h), ps0l = P(s0l), ps0r = P(s0r), pn0l = P(n0l);
  uint64_t s0nh = s0h == DY_PM_NONE ? 1 : 0;

  N1(0);
  /* single words */
  S1(wps0); S1(ws0); S1(ps0);
  N1(wpn0); N1(wn0); N1(pn0);
  N1(WP(n1)); N1(wn1); N1(pn1);
  N1(WP(n2)); N1(W(n2)); N1(pn2);
  /* pairs */
  X2(wps0, wpn0); X2(wps0, wn0); X2(ws0, wpn0); X2(wps0, pn0); X2(ps0, wpn0);
  X2(ws0, wn0); D2(P, ps0, P, pn0); N2(pn0, pn1);
  /* three words */
  N3(pn0, pn1, pn2); D3(P, ps0, P, pn0, P, pn1); D3(P, ps0h, P, ps0, P, pn0);
  D3(P, ps0, P, ps0l, P, pn0); D3(P, ps0, P, ps0r, P, pn0); D3(P, ps0, P, pn0, P, pn0l);
  /* distance */
  X2(ws0, d); D2(P, ps0, D, d); X2(wn0, d); D2(P, pn0, D, d); X3(ws0, wn0, d); D3(P, ps0, P, pn0, D, d);
  /* valency */
  Q2(ws0, s0vr); Q2(ps0, s0vr); S2(ws0, s0vl); S2(ps0, s0vl); B2(wn0, n0vl); B2(pn0, n0vl);
  /* second-order unigrams */
  S1(W(s0h)); S1(ps0h); S1(L(s0));
  S1(W(s0l)); S1(ps0l); S1(L(s0l));
  Q1(W(s0r)); Q1(ps0r); Q1(L(s0r));
  B1(W(n0l)); B1(pn0l); B1(L(n0l));
  /* third order */
  S1(W(s0h2)); S1(P(s0h2)); S1(L(s0h));
  S1(W(s0l2)); S1(P(s0l2)); S1(L(s0l2));
  Q1(W(s0r2)); Q1(P(s0r2)); Q1(L(s0r2));
  B1(W(n0l2)); B1(P(n0l2)); B1(L(n0l2));
  S3(ps0, ps0l, P(s0l2)); Q3(ps0, ps0r, P(s0r2)); S3(ps0, ps0h, P(s0h2)); B3(pn0, pn0l, P(n0l2));
  /* label sets */
  Q2(ws0, s0sr); Q2(ps0, s0sr); S2(ws0, s0sl); S2(ps0, s0sl); B2(wn0, n0sl); B2(pn0, n0sl);
  /* the stack's second word */
  S1(WP(s1)); S1(P(s1)); D3(P, P(s1), P, ps0, P, pn0); X3(P(s1), ws0, pn0); D2(L, L(s0), P, pn0);
  D3(P, ps0, L, L(s0), P, pn0); X3(wn0, wn1, ps0); N2(pn0, wn1); D3(P, ps0, P, pn0, B, s0nh);
  /* the labels already given: s0's own with its word, the label sets of s0
   * and n0 with both tags, the labels of the outer children */
  S2(ws0, L(s0)); X3(ps0, pn0, s0sr); X3(ps0, pn0, s0sl); X3(ps0, pn0, n0sl);
  B3(pn0, L(n0l), L(n0l2)); Q3(ps0, L(s0l), L(s0r));
  /* the words between s0 and n0: how many punctuation marks (a comma
   * between them most often parts them) and verbs */
  uint64_t between = 15;
  if ((g & DY_PM_PG_X) && s0 != DY_PM_NONE && s0 != n && n0 != DY_PM_NONE && n0 - s0 <= 24) {
    uint32_t np = 0, nv = 0;
    for (uint32_t i = s0 + 1; i < n0; i++) np += tags[i] == DY_UPOS_PUNCT, nv += tags[i] == DY_UPOS_VERB;
    between = (np < 3 ? np : 3) * 3 + (nv < 2 ? nv : 2);
  }
  D3(P, ps0, P, pn0, W, between);
  /* s0's word and n0's with the tags after them, s1 with s0's label, the
   * tags n1 to n3, s0's rightmost child's label with both tags */
  X3(ws0, pn0, pn1); X3(ps0, wn0, pn1); S3(P(s1), ps0, L(s0));
  N3(pn1, pn2, P(s->b + 3 < n ? s->b + 3 : DY_PM_NONE)); D3(P, ps0, P, pn0, L, L(s0r));
}
#undef GK
#undef GD
#undef XI_P
#undef XI_L
#undef XI_D
#undef XI_B
#undef XI_W
#undef XI_0
#undef D2
#undef D3
#undef X1
#undef X2
#undef X3
#undef S1
#undef S2
#undef S3
#undef Q1
#undef Q2
#undef Q3
#undef B1
#undef B2
#undef B3
#undef N1
#undef N2
#undef N3

/* The joint templates of small values, in the order par_feats_g gives
 * them (D2, D3): the template and the kinds of its three values. */
const dy_pm_xdef dy_pm_xd[DY_PM_NXD] = {
  {19, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_0}},
  {22, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {23, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {24, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {25, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {26, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {28, {DY_PM_XK_P, DY_PM_XK_D, DY_PM_XK_0}},
  {30, {DY_PM_XK_P, DY_PM_XK_D, DY_PM_XK_0}},
  {32, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_D}},
  {75, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {77, {DY_PM_XK_L, DY_PM_XK_P, DY_PM_XK_0}},
  {78, {DY_PM_XK_P, DY_PM_XK_L, DY_PM_XK_P}},
  {81, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_B}},
  {88, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_W}},
  {93, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_L}},
};

int dy_pm_par_feats(const dy_pm_state *s, const dy_pm_word *w, const uint8_t *tags, uint64_t *out) {
  int k = 0;
  par_feats_g(s, w, tags, DY_PM_PG_X | DY_PM_PG_S | DY_PM_PG_R | DY_PM_PG_B | DY_PM_PG_N, out, &k, out, &k, out, &k, out, &k, out, &k, NULL, NULL);
  return k;
}

void dy_pm_par_feats_g(const dy_pm_state *s, const dy_pm_word *w, const uint8_t *tags, unsigned g, uint64_t *ox, int *nx,
                       uint64_t *os, int *ns, uint64_t *ob, int *nb, uint64_t *on, int *nn, uint64_t *oq, int *nq, uint32_t *ov, int *nv) {
  *nx = *ns = *nb = *nn = *nq = 0;
  if (nv) *nv = 0;
  /* one copy of the templates for each group, with what the others need left out */
  if ((g & DY_PM_PG_X) && (g & DY_PM_PG_D)) par_feats_g(s, w, tags, DY_PM_PG_X | DY_PM_PG_D, ox, nx, os, ns, ob, nb, on, nn, oq, nq, ov, nv);
  else if (g & DY_PM_PG_X) par_feats_g(s, w, tags, DY_PM_PG_X, ox, nx, os, ns, ob, nb, on, nn, oq, nq, ov, nv);
  if (g & DY_PM_PG_S) par_feats_g(s, w, tags, DY_PM_PG_S, ox, nx, os, ns, ob, nb, on, nn, oq, nq, ov, nv);
  if (g & DY_PM_PG_B) par_feats_g(s, w, tags, DY_PM_PG_B, ox, nx, os, ns, ob, nb, on, nn, oq, nq, ov, nv);
  if (g & DY_PM_PG_N) par_feats_g(s, w, tags, DY_PM_PG_N, ox, nx, os, ns, ob, nb, on, nn, oq, nq, ov, nv);
  if (g & DY_PM_PG_R) par_feats_g(s, w, tags, DY_PM_PG_R, ox, nx, os, ns, ob, nb, on, nn, oq, nq, ov, nv);
}

#define F1(a) out[k++] = pk(t++, (a), 0, 0)
#define F2(a, b) out[k++] = pk(t++, (a), (b), 0)
#define F3(a, b, c) out[k++] = pk(t++, (a), (b), (c))

/* The labeller's templates whose values are all small (dy_pm_ld), in the
 * order lab_feats_g has them: with ov, the index of their values in their
 * tables instead of their keys. */
const dy_pm_xdef dy_pm_ld[DY_PM_NLD] = {
  {100, {DY_PM_XK_I, DY_PM_XK_0, DY_PM_XK_0}},
  {102, {DY_PM_XK_P, DY_PM_XK_I, DY_PM_XK_0}},
  {104, {DY_PM_XK_P, DY_PM_XK_I, DY_PM_XK_0}},
  {105, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_I}},
  {109, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_S}},
  {114, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_L}},
  {115, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_L}},
  {120, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_L}},
  {121, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_L}},
  {122, {DY_PM_XK_P, DY_PM_XK_L, DY_PM_XK_P}},
  {123, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {125, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {126, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {127, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {128, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {129, {DY_PM_XK_P, DY_PM_XK_P, DY_PM_XK_P}},
  {138, {DY_PM_XK_W, DY_PM_XK_P, DY_PM_XK_S}},
};

#define XI_P(v) ((v) < DY_UPOS_N ? (uint32_t)(v) : (uint32_t)(v) - (P_NONE - DY_UPOS_N))
#define XI_L(v) ((v) < 64 ? (uint32_t)(v) : 64u)
#define XI_I(v) ((uint32_t)(v) - 1u)
#define XI_S(v) ((uint32_t)((v) >> 4) * 9u - 9u + (uint32_t)((v) & 15))
#define XI_W(v) ((uint32_t)(v))
#define XI_0(v) 0u
#define LD(ka, a, kb, b, kc, c) do { \
    if (ov) ov[(*nov)++] = (XI_##ka(a) * DY_PM_XN_##kb + XI_##kb(b)) * DY_PM_XN_##kc + XI_##kc(c); \
    else { out[k++] = pk(t, (a), (b), (c)); } \
    t++; } while (0)

PAR_INLINE int lab_feats_g(const dy_pm_state *s, const dy_pm_word *w, const uint8_t *tags, uint32_t h, uint32_t d, uint64_t *out,
                           uint32_t *ov, int *nov) {
  int k = 0;
  uint32_t n = s->n;
  unsigned t = 100;
  uint64_t dir = d < h ? 1 : 2;
  uint32_t dist = h == n ? 0 : d < h ? h - d : d - h;
  uint64_t ds = dir * 16 + (dist < 5 ? dist : dist < 7 ? 5 : dist < 10 ? 6 : dist < 15 ? 7 : 8);
  uint64_t wh = W(h), wd = W(d), ph = P(h), pd = P(d);
  uint32_t hh = h != n && s->head[h] != DY_PM_NONE ? s->head[h] : DY_PM_NONE;
  uint32_t dl = s->l1[d], dr = s->r1[d], hl = s->l1[h], hr = s->r1[h];
  uint32_t dm1 = d > 0 ? d - 1 : DY_PM_NONE, dp1 = d + 1 < n ? d + 1 : DY_PM_NONE;
  uint32_t hm1 = h > 0 && h != n ? h - 1 : DY_PM_NONE, hp1 = h + 1 < n ? h + 1 : DY_PM_NONE;
  uint64_t sd = w[d].suf[2], sh = h == n ? 5 : w[h].suf[2];
  LD(I, dir, 0, 0, 0, 0);
  F2(wh, dir); LD(P, ph, I, dir, 0, 0); F2(wd, dir); LD(P, pd, I, dir, 0, 0);
  LD(P, ph, P, pd, I, dir); F3(wh, pd, dir); F3(ph, wd, dir); F3(wh, wd, dir);
  LD(P, ph, P, pd, S, ds); F2(wd, ds); F2(wh, ds);
  F3(sd, ph, dir); F3(sh, pd, dir);
  LD(P, pd, P, P(dl), L, L(dl)); LD(P, pd, P, P(dr), L, L(dr)); F3(pd, s->ls[d], dir); F3(pd, s->rs[d], dir);
  F3(ph, s->ls[h], dir); F3(ph, s->rs[h], dir); LD(P, ph, P, pd, L, L(hl)); LD(P, ph, P, pd, L, L(hr));
  LD(P, ph, L, L(h), P, pd); LD(P, P(hh), P, ph, P, pd); F3(L(h), wd, dir);
  LD(P, P(dm1), P, pd, P, ph); LD(P, P(dp1), P, pd, P, ph); LD(P, P(hm1), P, ph, P, pd); LD(P, P(hp1), P, ph, P, pd);
  LD(P, pd, P, ph, P, (uint64_t)(s->sp > 1 ? P(s->stack[s->sp - 2]) : P_NONE));
  F3(wd, ph, (uint64_t)(s->nl[h] + 8 * (s->nr[h] > 0)));
  /* the words around the arc: the dependent's outer left child (often its
   * case marker or determiner), its neighbours, its shape */
  uint64_t wdl = W(dl);
  F3(wdl, pd, ph); F3(wdl, wh, dir); F3(wdl, L(dl), pd);
  F3(W(s->l2[d]), pd, ph); F3(W(dp1), pd, ph); F3(W(dm1), pd, ph);
  F3(w[d].shape, pd, ph); LD(W, (uint64_t)w[d].flags, P, pd, S, ds);
  F3(wd, wh, ds); F3(sd, wh, dir);
  F3(pd, ph, (uint64_t)(s->nl[d] + 8 * (s->nr[d] > 0)));
  return k;
}
#undef XI_P
#undef XI_L
#undef XI_I
#undef XI_S
#undef XI_W
#undef XI_0
#undef LD

int dy_pm_lab_feats(const dy_pm_state *s, const dy_pm_word *w, const uint8_t *tags, uint32_t h, uint32_t d, uint64_t *out) {
  return lab_feats_g(s, w, tags, h, d, out, NULL, NULL);
}
int dy_pm_lab_feats_d(const dy_pm_state *s, const dy_pm_word *w, const uint8_t *tags, uint32_t h, uint32_t d, uint64_t *out,
                      uint32_t *ov, int *nov) {
  *nov = 0;
  return lab_feats_g(s, w, tags, h, d, out, ov, nov);
}
#undef W
#undef P
#undef L
#undef WP
#undef F1
#undef F2
#undef F3

/* ---- lemma rules ------------------------------------------------------------------------ */

static int ends(const char *f, size_t n, const char *suf) {
  size_t m = strlen(suf);
  return n > m && memcmp(f + n - m, suf, m) == 0;
}
static int vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }
static void put(char *out, size_t nout, const char *s, size_t n, const char *add) {
  size_t a = strlen(add);
  if (n > nout - 1) n = nout - 1;
  memcpy(out, s, n);
  if (a > nout - 1 - n) a = nout - 1 - n;
  memcpy(out + n, add, a);
  out[n + a] = 0;
}

/* Candidate stems of an inflected verb or adjective, in order of preference:
 * strip k bytes, then add a string. The first the known() set holds wins;
 * else the first of the default list. */
static int try_cands(const char *f, size_t n, int upos, size_t strip, int (*known)(const void *, int, const char *, size_t),
                     const void *u, char *out, size_t nout) {
  if (n <= strip + 1) return 0;
  size_t m = n - strip;
  char buf[DY_PM_WLEN + 4];
  const char *adds[] = {"", "e", NULL};
  /* doubled final consonant: stopped -> stop */
  int dbl = m >= 3 && f[m - 1] == f[m - 2] && !vowel(f[m - 1]) && f[m - 1] != 's' && f[m - 1] != 'l' && f[m - 1] != 'z';
  if (dbl && known && known(u, upos, f, m - 1)) return put(out, nout, f, m - 1, ""), 1;
  for (int i = 0; adds[i]; i++) {
    if (m + 1 > DY_PM_WLEN) break;
    memcpy(buf, f, m);
    size_t a = strlen(adds[i]);
    memcpy(buf + m, adds[i], a);
    if (known && known(u, upos, buf, m + a)) return put(out, nout, buf, m + a, ""), 1;
  }
  if (f[m - 1] == 'i' && known) { /* tried -> try, happier -> happy */
    memcpy(buf, f, m - 1);
    buf[m - 1] = 'y';
    if (known(u, upos, buf, m)) return put(out, nout, buf, m, ""), 1;
  }
  if (dbl) return put(out, nout, f, m - 1, ""), 1;
  if (f[m - 1] == 'i') return put(out, nout, f, m - 1, "y"), 1;
  /* a short consonant-vowel-consonant stem, or one ending in v, z, c or u, takes an e */
  char c1 = f[m - 1], c2 = m >= 2 ? f[m - 2] : 0, c3 = m >= 3 ? f[m - 3] : 0;
  int adde = c1 == 'v' || (c1 == 'z' && c2 != 'z') || (c1 == 'c' && c2 != 'i') || (c1 == 'u' && c2 != 'o') ||
             (m >= 3 && m <= 4 && !vowel(c1) && c1 != 'w' && c1 != 'x' && c1 != 'y' && vowel(c2) && !vowel(c3));
  return put(out, nout, f, m, adde ? "e" : ""), 1;
}

void dy_pm_lemma_rule(const char *f, size_t n, int upos, int (*known)(const void *u, int upos, const char *s, size_t n),
                      const void *u, char *out, size_t nout) {
  if (n > DY_PM_WLEN) n = DY_PM_WLEN;
  if (upos == DY_UPOS_NOUN) {
    if (ends(f, n, "ies") && n > 4) return put(out, nout, f, n - 3, "y");
    if (ends(f, n, "sses") || ends(f, n, "shes") || ends(f, n, "ches") || ends(f, n, "xes") || ends(f, n, "zzes"))
      return put(out, nout, f, n - 2, "");
    if (ends(f, n, "men") && n > 4) return put(out, nout, f, n - 3, "man");
    if (ends(f, n, "s") && !ends(f, n, "ss") && !ends(f, n, "us") && !ends(f, n, "is") && n > 3)
      return put(out, nout, f, n - 1, "");
  } else if (upos == DY_UPOS_VERB || upos == DY_UPOS_AUX) {
    if (ends(f, n, "ing") && n > 4 && try_cands(f, n, DY_UPOS_VERB, 3, known, u, out, nout)) return;
    if (ends(f, n, "ied") && n > 4) return put(out, nout, f, n - 3, "y");
    if (ends(f, n, "ed") && n > 3) {
      if (known && known(u, DY_UPOS_VERB, f, n - 1)) return put(out, nout, f, n - 1, ""); /* freed, agreed */
      if (try_cands(f, n, DY_UPOS_VERB, 2, known, u, out, nout)) return;
    }
    if (ends(f, n, "ies") && n > 4) return put(out, nout, f, n - 3, "y");
    if (ends(f, n, "es") && n > 3) {
      if (known && known(u, DY_UPOS_VERB, f, n - 1)) return put(out, nout, f, n - 1, "");
      if (known && known(u, DY_UPOS_VERB, f, n - 2)) return put(out, nout, f, n - 2, "");
      if (ends(f, n, "sses") || ends(f, n, "shes") || ends(f, n, "ches") || ends(f, n, "xes") || ends(f, n, "zes"))
        return put(out, nout, f, n - 2, "");
      return put(out, nout, f, n - 1, "");
    }
    if (ends(f, n, "s") && !ends(f, n, "ss") && n > 2) return put(out, nout, f, n - 1, "");
  } else if (upos == DY_UPOS_ADJ) {
    size_t strip = ends(f, n, "est") ? 3 : ends(f, n, "er") ? 2 : 0;
    if (strip && known) {
      char tmp[DY_PM_WLEN + 4];
      if (try_cands(f, n, DY_UPOS_ADJ, strip, known, u, tmp, sizeof tmp) && known(u, DY_UPOS_ADJ, tmp, strlen(tmp)))
        return put(out, nout, tmp, strlen(tmp), "");
    }
  }
  put(out, nout, f, n, "");
}

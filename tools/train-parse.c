/* train-parse.c: trains the parse stage's model from a Universal Dependencies
 * treebank and writes DATA/parse/model.bin, then measures it on the dev and
 * test splits through the run-time library.
 *
 *   dyad-train-parse TREEBANK_DIR DATA_DIR [--wordnet DIR] [--tag-epochs N] [--parse-epochs N]
 *                    [--mb MB] [--tag-mb MB] [--labels-mb MB] [--moves-mb MB] [--gold-labels]
 *                    [--seeds N] [--explore PCT] [--no-lift] [--train-dev] [--no-test]
 *                    [--tags-cache FILE] [--sweep "MOVES_MB:LABELS_MB[:CLIP[:LOAD]] ..."]
 *                    [--fix-share PCT] [--seed-evals] [--epoch-evals "N ..."]
 *
 * The budgets bound the model and its tables. The move classifier is
 * trained on the labeller's own labels (after the first epoch), as it sees
 * them at run time (--gold-labels: on the gold ones). --seeds N averages the
 * parsers of N orders of the sentences; --explore is how often (per cent)
 * training follows the model's own move after the first epoch; --no-lift
 * skips the non-projective training trees instead of lifting them.
 * --train-dev trains on the dev split too (the model `make train-parse`
 * ships: its dev figures are then not held out); --no-test leaves the test
 * split alone (for tuning). --tags-cache keeps the jackknifed tags in FILE
 * between runs. --sweep prints the dev figures of the tables cut to other
 * budgets (and int8 clip and bucket load), to choose them. --fix-share is
 * how much of a kind of arc (head tag, dependent tag, direction) one label
 * must be for the label table to give it without the labeller;
 * --seed-evals and --epoch-evals print the dev figures of the average after
 * each seed and of the first parser after the given epochs.
 *
 * TREEBANK_DIR holds en_ewt-ud-{train,dev,test}.conllu. The tagger is an
 * averaged perceptron (the parser is trained on tags predicted by taggers
 * trained on the other four fifths of the data); the parser is a greedy
 * arc-eager averaged perceptron trained with the dynamic oracle of Goldberg
 * and Nivre (2012); non-projective training trees are lifted (their
 * shortest crossing arcs hung from the head's head until none cross). Lemmas: the
 * train split's forms whose lemma the rules get wrong, WordNet's exception
 * lists, and the verbs and adjectives WordNet knows (to choose among rule
 * candidates). Everything is seeded: the same input gives the same bytes. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parse/model.h"
#include "parse/parse.h"

/* ---- small helpers ------------------------------------------------------------------ */

static void die(const char *msg, const char *arg) {
  fprintf(stderr, "dyad-train-parse: %s%s%s\n", msg, arg ? ": " : "", arg ? arg : "");
  exit(1);
}
static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) die("out of memory", NULL);
  return p;
}
static void *xcalloc(size_t n, size_t m) {
  void *p = calloc(n ? n : 1, m ? m : 1);
  if (!p) die("out of memory", NULL);
  return p;
}
static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) die("out of memory", NULL);
  return p;
}
static char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}
static uint64_t rng = 0x2545f4914f6cdd1dULL;
static uint32_t rnd(void) {
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return (uint32_t)(rng >> 16);
}
static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_MONOTONIC, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

/* ---- the treebank ------------------------------------------------------------------------ */

typedef struct {
  uint32_t n;
  char **form, **lemma;
  uint8_t *upos, *lab;
  int16_t *head; /* -1: root */
  int16_t *thead; /* the heads the parser is trained on (lifted when non-projective) */
  dy_pm_word *w;
  uint8_t *ptag; /* predicted tags (jackknifed) */
  int proj;
} sent_t;

typedef struct {
  sent_t *s;
  uint32_t n, cap;
} bank_t;

static char *labels[64];
static int nlabels;

static int label_of(const char *name, int add) {
  for (int i = 0; i < nlabels; i++)
    if (!strcmp(labels[i], name)) return i;
  if (!add) return -1;
  if (nlabels == 64) die("too many labels", name);
  labels[nlabels] = xstrndup(name, strlen(name));
  return nlabels++;
}

static int projective(const sent_t *s) {
  for (uint32_t i = 0; i < s->n; i++) {
    int h = s->head[i];
    if (h < 0) continue;
    uint32_t a = (uint32_t)(h < (int)i ? h : (int)i), b = (uint32_t)(h < (int)i ? (int)i : h);
    for (uint32_t k = a + 1; k < b; k++) {
      int hk = s->head[k];
      if (hk < 0 || (uint32_t)hk < a || (uint32_t)hk > b) return 0;
    }
  }
  return 1;
}

/* Whether the arc h -> d (h >= 0) is projective: every word between them
 * descends from h. */
static int arc_projective(const int16_t *head, uint32_t n, uint32_t d) {
  int h = head[d];
  uint32_t a = (uint32_t)(h < (int)d ? h : (int)d), b = (uint32_t)(h < (int)d ? (int)d : h);
  for (uint32_t k = a + 1; k < b; k++) {
    int x = (int)k;
    uint32_t steps = 0;
    while (x >= 0 && x != h && steps++ <= n) x = head[x];
    if (x != h) return 0;
  }
  return 1;
}

/* The parser's training tree of a non-projective sentence: the shortest
 * non-projective arc is lifted (its dependent hung from its head's head)
 * until none is left; labels are kept. */
static void lift(sent_t *s) {
  s->thead = xmalloc(sizeof *s->thead * (s->n ? s->n : 1));
  memcpy(s->thead, s->head, sizeof *s->thead * s->n);
  for (uint32_t round = 0; round < 4 * s->n; round++) {
    int best = -1;
    uint32_t blen = 0;
    for (uint32_t i = 0; i < s->n; i++) {
      int h = s->thead[i];
      if (h < 0 || arc_projective(s->thead, s->n, i)) continue;
      uint32_t len = (uint32_t)(h < (int)i ? (int)i - h : h - (int)i);
      if (best < 0 || len < blen) best = (int)i, blen = len;
    }
    if (best < 0) return;
    s->thead[best] = s->thead[s->thead[best]];
  }
}

/* Reads a CoNLL-U file; labels are collected when add is set. */
static void read_bank(const char *path, bank_t *bk, int add) {
  FILE *f = fopen(path, "r");
  if (!f) die("cannot open", path);
  char line[8192];
  uint32_t cap = 0;
  sent_t cur;
  memset(&cur, 0, sizeof cur);
  for (;;) {
    char *ok = fgets(line, sizeof line, f);
    size_t len = ok ? strlen(line) : 0;
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
    if (!ok || len == 0) {
      if (cur.n) {
        if (bk->n == bk->cap) bk->cap = bk->cap ? 2 * bk->cap : 1024, bk->s = xrealloc(bk->s, bk->cap * sizeof *bk->s);
        cur.proj = projective(&cur);
        bk->s[bk->n++] = cur;
        memset(&cur, 0, sizeof cur);
        cap = 0;
      }
      if (!ok) break;
      continue;
    }
    if (line[0] == '#') continue;
    char *fld[10];
    int nf = 0;
    char *p = line;
    while (nf < 10) {
      fld[nf++] = p;
      char *t = strchr(p, '\t');
      if (!t) break;
      *t = 0;
      p = t + 1;
    }
    if (nf < 8) continue;
    if (strchr(fld[0], '-') || strchr(fld[0], '.')) continue;
    if (cur.n == cap) {
      cap = cap ? 2 * cap : 32;
      cur.form = xrealloc(cur.form, cap * sizeof(char *));
      cur.lemma = xrealloc(cur.lemma, cap * sizeof(char *));
      cur.upos = xrealloc(cur.upos, cap);
      cur.lab = xrealloc(cur.lab, cap);
      cur.head = xrealloc(cur.head, cap * sizeof(int16_t));
    }
    uint32_t i = cur.n++;
    cur.form[i] = xstrndup(fld[1], strlen(fld[1]));
    cur.lemma[i] = xstrndup(fld[2], strlen(fld[2]));
    int u = dy_upos_id(fld[3]);
    cur.upos[i] = (uint8_t)(u < 0 ? DY_UPOS_X : u);
    cur.head[i] = (int16_t)(strtol(fld[6], NULL, 10) - 1);
    int l = label_of(fld[7], add);
    cur.lab[i] = (uint8_t)(l < 0 ? 0 : l);
  }
  fclose(f);
}

/* ---- a generic open-addressed map of 64-bit keys --------------------------------------------- */

typedef struct {
  uint64_t *k;
  uint32_t *v; /* index + 1, 0 empty */
  uint32_t mask, n;
} map_t;

static void map_init(map_t *m, uint32_t cap) {
  uint32_t s = 1024;
  while (s < cap * 2) s *= 2;
  m->k = xcalloc(s, sizeof *m->k);
  m->v = xcalloc(s, sizeof *m->v);
  m->mask = s - 1;
  m->n = 0;
}
static uint32_t *map_slot(map_t *m, uint64_t key) {
  uint32_t i = (uint32_t)(key ^ (key >> 32)) & m->mask;
  while (m->v[i] && m->k[i] != key) i = (i + 1) & m->mask;
  return &m->v[i];
}
static uint32_t map_get(map_t *m, uint64_t key) { return *map_slot(m, key); }
static void map_put(map_t *m, uint64_t key, uint32_t v) {
  if (2 * (m->n + 1) > m->mask + 1) {
    map_t o = *m;
    map_init(m, 2 * (o.mask + 1));
    for (uint32_t i = 0; i <= o.mask; i++)
      if (o.v[i]) {
        uint32_t *s = map_slot(m, o.k[i]);
        m->k[s - m->v] = o.k[i];
        *s = o.v[i];
        m->n++;
      }
    free(o.k);
    free(o.v);
  }
  uint32_t *s = map_slot(m, key);
  if (!*s) m->n++;
  m->k[s - m->v] = key;
  *s = v;
}
static void map_free(map_t *m) {
  free(m->k);
  free(m->v);
}

/* ---- the averaged perceptron with sparse rows -------------------------------------------------- */

typedef struct {
  int32_t w;
  uint32_t ts;
  int64_t acc;
  uint32_t c;
} went;

typedef struct {
  uint64_t key;
  went *e;
  uint32_t n, cap;
} pfeat;

typedef struct {
  pfeat *f;
  uint32_t nf, cf;
  map_t ix;
  int ncls;
  uint32_t now;
} ptron;

static void pt_init(ptron *p, int ncls) {
  memset(p, 0, sizeof *p);
  p->ncls = ncls;
  map_init(&p->ix, 1 << 16);
}
static void pt_free(ptron *p) {
  for (uint32_t i = 0; i < p->nf; i++) free(p->f[i].e);
  free(p->f);
  map_free(&p->ix);
}
static void pt_score(ptron *p, const uint64_t *keys, int nk, int64_t *sc) {
  for (int k = 0; k < nk; k++) {
    uint32_t v = map_get(&p->ix, keys[k]);
    if (!v) continue;
    pfeat *f = &p->f[v - 1];
    for (uint32_t j = 0; j < f->n; j++) sc[f->e[j].c] += f->e[j].w;
  }
}
static void pt_update(ptron *p, const uint64_t *keys, int nk, int cls, int delta) {
  for (int k = 0; k < nk; k++) {
    uint32_t v = map_get(&p->ix, keys[k]);
    if (!v) {
      if (p->nf == p->cf) p->cf = p->cf ? 2 * p->cf : 1 << 16, p->f = xrealloc(p->f, p->cf * sizeof *p->f);
      pfeat *nfp = &p->f[p->nf++];
      memset(nfp, 0, sizeof *nfp);
      nfp->key = keys[k];
      map_put(&p->ix, keys[k], p->nf);
      v = p->nf;
    }
    pfeat *f = &p->f[v - 1];
    uint32_t j = 0;
    while (j < f->n && f->e[j].c != (uint32_t)cls) j++;
    if (j == f->n) {
      if (f->n == f->cap) f->cap = f->cap ? 2 * f->cap : 2, f->e = xrealloc(f->e, f->cap * sizeof *f->e);
      f->e[f->n++] = (went){0, p->now, 0, (uint32_t)cls};
    }
    went *e = &f->e[j];
    e->acc += (int64_t)(p->now - e->ts) * e->w;
    e->ts = p->now;
    e->w += delta;
  }
}

/* Adds src's averaged weights, times 2^20, to dst, a sum of averaged
 * models (dst->now is 1 and its weights 0: its values are its sums). */
static void pt_merge(ptron *dst, const ptron *src) {
  dst->now = 1;
  for (uint32_t i = 0; i < src->nf; i++) {
    const pfeat *f = &src->f[i];
    for (uint32_t j = 0; j < f->n; j++) {
      const went *e = &f->e[j];
      double a = (double)(e->acc + (int64_t)(src->now - e->ts) * e->w) / (double)(src->now ? src->now : 1);
      pt_update(dst, &f->key, 1, (int)e->c, 0);
      pfeat *g = &dst->f[map_get(&dst->ix, f->key) - 1];
      for (uint32_t k = 0; k < g->n; k++)
        if (g->e[k].c == e->c) g->e[k].acc += (int64_t)(a * 1048576.0 + (a < 0 ? -0.5 : 0.5));
    }
  }
}

/* ---- byte output ------------------------------------------------------------------------------- */

typedef struct {
  uint8_t *p;
  size_t n, cap;
} bytes_t;

static void bput(bytes_t *b, const void *s, size_t n) {
  if (b->n + n > b->cap) {
    while (b->n + n > b->cap) b->cap = b->cap ? 2 * b->cap : 4096;
    b->p = xrealloc(b->p, b->cap);
  }
  memcpy(b->p + b->n, s, n);
  b->n += n;
}
static void bu32(bytes_t *b, uint32_t v) {
  uint8_t x[4] = {(uint8_t)v, (uint8_t)(v >> 8), (uint8_t)(v >> 16), (uint8_t)(v >> 24)};
  bput(b, x, 4);
}
static void wr32(uint8_t *p, uint32_t v) { p[0] = (uint8_t)v, p[1] = (uint8_t)(v >> 8), p[2] = (uint8_t)(v >> 16), p[3] = (uint8_t)(v >> 24); }

static uint32_t slots_for(uint32_t n) {
  uint32_t s = 16;
  while (s < n + n / 4 + 1) s *= 2; /* load at most 4/5 */
  return s;
}
/* Places key into a slot array of the given stride; returns the slot. */
static uint8_t *slot_place(uint8_t *slots, uint32_t mask, uint32_t stride, uint64_t key, int *dup) {
  uint32_t fp = dy_pm_fp(key), i = (uint32_t)key & mask;
  *dup = 0;
  for (;;) {
    uint8_t *s = slots + stride * i;
    uint32_t f = dy_pm_rd32(s);
    if (!f) { wr32(s, fp); return s; }
    if (f == fp) { *dup = 1; return s; }
    i = (i + 1) & mask;
  }
}
static const uint8_t *slot_find(const uint8_t *slots, uint32_t mask, uint32_t stride, uint64_t key) {
  uint32_t fp = dy_pm_fp(key), i = (uint32_t)key & mask;
  for (;;) {
    const uint8_t *s = slots + stride * i;
    uint32_t f = dy_pm_rd32(s);
    if (f == fp) return s;
    if (!f) return NULL;
    i = (i + 1) & mask;
  }
}

/* ---- a perceptron to a run-time table ------------------------------------------------------------ */

typedef struct {
  double imp;
  uint32_t f, cnt;
} rank_t;
static int rank_cmp(const void *a, const void *b) {
  const rank_t *x = a, *y = b;
  if (x->imp != y->imp) return x->imp > y->imp ? -1 : 1;
  return x->f < y->f ? -1 : x->f > y->f;
}

static long quant(const ptron *p, const went *e, double scale) {
  double a = (double)(e->acc + (int64_t)(p->now - e->ts) * e->w) / (double)(p->now ? p->now : 1) * scale;
  long v = (long)(a < 0 ? a - 0.5 : a + 0.5);
  return v > 32767 ? 32767 : v < -32767 ? -32767 : v;
}
/* Bytes of a row of cnt weights; whether it is stored dense. */
static int dense_row(uint32_t cnt, int ncls) { return 2.0 + 2.0 * DY_PM_PAD(ncls) <= 1.5 * (1.0 + 3.0 * cnt); }
static size_t row_bytes(uint32_t cnt, int ncls) { return dense_row(cnt, ncls) ? 3 + 2 * (size_t)DY_PM_PAD(ncls) : 1 + 3 * (size_t)cnt; }

/* Averages, quantises to int16 and drops the weights smaller than the
 * smallest threshold that lets the table fit in budget bytes. Writes the
 * table (as parse.c's load_table reads it) into out. */
static void pt_export(const ptron *p, size_t budget, bytes_t *out, const char *what) {
  double maxabs = 1e-9;
  for (uint32_t i = 0; i < p->nf; i++)
    for (uint32_t j = 0; j < p->f[i].n; j++) {
      const went *e = &p->f[i].e[j];
      double a = (double)(e->acc + (int64_t)(p->now - e->ts) * e->w) / (double)(p->now ? p->now : 1);
      if (a < 0) a = -a;
      if (a > maxabs) maxabs = a;
    }
  double scale = 32767.0 / maxabs;
  /* the quantised weights, feature by feature */
  size_t ne = 0;
  for (uint32_t i = 0; i < p->nf; i++) ne += p->f[i].n;
  int16_t *q = xmalloc(sizeof *q * (ne ? ne : 1));
  size_t *base = xmalloc(sizeof *base * (p->nf + 1));
  ne = 0;
  for (uint32_t i = 0; i < p->nf; i++) {
    base[i] = ne;
    for (uint32_t j = 0; j < p->f[i].n; j++) q[ne++] = (int16_t)quant(p, &p->f[i].e[j], scale);
  }
  base[p->nf] = ne;
  /* the features by importance (the sum of their weights, the tiny ones
   * dropped), as many as fit */
  const long tau = 8;
  rank_t *rk = xmalloc(sizeof *rk * (p->nf ? p->nf : 1));
  uint32_t nr = 0;
  for (uint32_t i = 0; i < p->nf; i++) {
    double imp = 0;
    uint32_t cnt = 0;
    for (size_t j = base[i]; j < base[i + 1]; j++)
      if (q[j] >= tau || q[j] <= -tau) cnt++, imp += q[j] < 0 ? -q[j] : q[j];
    if (cnt) rk[nr++] = (rank_t){imp, i, cnt};
  }
  qsort(rk, nr, sizeof *rk, rank_cmp);
  size_t used = 0;
  uint32_t keep = 0;
  for (; keep < nr; keep++) {
    size_t cost = row_bytes(rk[keep].cnt, p->ncls) + 1;
    if (12 + used + cost + 8 * (size_t)slots_for(keep + 1) > budget) break;
    used += cost;
  }
  uint8_t *kept = xcalloc(p->nf ? p->nf : 1, 1);
  for (uint32_t r = 0; r < keep; r++) kept[rk[r].f] = 1;
  free(rk);
  uint32_t nslots = slots_for(keep);
  uint8_t *slots = xcalloc(nslots, 8);
  bytes_t rows = {0};
  int padn = DY_PM_PAD(p->ncls);
  int16_t *dq = xmalloc(sizeof *dq * (size_t)padn);
  uint8_t *cls = xmalloc((size_t)padn);
  uint32_t ndense = 0;
  for (uint32_t i = 0; i < p->nf; i++) {
    const pfeat *f = &p->f[i];
    if (!kept[i]) continue;
    memset(dq, 0, sizeof *dq * (size_t)padn);
    uint32_t cnt = 0;
    for (uint32_t j = 0; j < f->n; j++) {
      int16_t v = q[base[i] + j];
      if (v >= tau || v <= -tau) dq[f->e[j].c] = v, cnt++;
    }
    if (!cnt) continue;
    int dup;
    uint8_t *s = slot_place(slots, nslots - 1, 8, f->key, &dup);
    if (dup) continue; /* a fingerprint collision: the first feature stays */
    if (dense_row(cnt, p->ncls)) {
      static const uint8_t zero = 0;
      if (rows.n & 1) bput(&rows, &zero, 1);
      wr32(s + 4, (uint32_t)rows.n);
      uint8_t hd[2] = {DY_PM_DENSE, 0};
      bput(&rows, hd, 2);
      for (int c = 0; c < padn; c++) {
        uint8_t x[2] = {(uint8_t)(uint16_t)dq[c], (uint8_t)((uint16_t)dq[c] >> 8)};
        bput(&rows, x, 2);
      }
      ndense++;
      continue;
    }
    wr32(s + 4, (uint32_t)rows.n);
    uint32_t nz = 0;
    for (int c = 0; c < p->ncls; c++)
      if (dq[c]) cls[nz++] = (uint8_t)c;
    uint8_t c8 = (uint8_t)nz;
    bput(&rows, &c8, 1);
    bput(&rows, cls, nz);
    for (uint32_t j = 0; j < nz; j++) {
      uint8_t x[2] = {(uint8_t)(uint16_t)dq[cls[j]], (uint8_t)((uint16_t)dq[cls[j]] >> 8)};
      bput(&rows, x, 2);
    }
  }
  bu32(out, nslots);
  bu32(out, (uint32_t)p->ncls);
  bu32(out, (uint32_t)rows.n);
  bput(out, slots, 8u * nslots);
  bput(out, rows.p, rows.n);
  fprintf(stderr, "%s: %u features trained, %u kept (%u dense), weights under %ld/32767 dropped, %.2f MB\n", what, p->nf, keep,
          ndense, tau, (double)(12 + 8.0 * nslots + rows.n) / 1e6);
  free(slots);
  free(rows.p);
  free(q);
  free(base);
  free(dq);
  free(cls);
  free(kept);
}

static void table_view(dy_pm_table *t, const uint8_t *p) {
  uint32_t nslots = dy_pm_rd32(p);
  t->ncls = dy_pm_rd32(p + 4);
  t->nrows = dy_pm_rd32(p + 8);
  t->slots = p + 12;
  t->rows = t->slots + 8u * nslots;
  t->mask = nslots - 1;
}

/* ---- the lexicon -------------------------------------------------------------------------------- */

static bytes_t lexsec;
static const uint8_t *lex_slots;
static uint32_t lex_mask;

typedef struct {
  uint64_t w;
  uint32_t cnt[DY_UPOS_N], tot;
} lexw;

static void build_lexicon(bank_t *tr) {
  map_t m;
  map_init(&m, 1 << 15);
  lexw *v = NULL;
  uint32_t nv = 0, cv = 0;
  for (uint32_t s = 0; s < tr->n; s++)
    for (uint32_t i = 0; i < tr->s[s].n; i++) {
      dy_pm_word w;
      dy_pm_word_init(&w, tr->s[s].form[i], strlen(tr->s[s].form[i]));
      uint32_t x = map_get(&m, w.w);
      if (!x) {
        if (nv == cv) cv = cv ? 2 * cv : 4096, v = xrealloc(v, cv * sizeof *v);
        memset(&v[nv], 0, sizeof v[nv]);
        v[nv].w = w.w;
        map_put(&m, w.w, ++nv);
        x = nv;
      }
      v[x - 1].cnt[tr->s[s].upos[i]]++;
      v[x - 1].tot++;
    }
  uint32_t nkeep = 0;
  for (uint32_t i = 0; i < nv; i++) nkeep += v[i].tot >= 2;
  uint32_t nslots = slots_for(nkeep);
  uint8_t *slots = xcalloc(nslots, 8);
  uint32_t ndict = 0;
  for (uint32_t i = 0; i < nv; i++) {
    if (v[i].tot < 2) continue;
    uint32_t amb = 0, best = 0;
    for (int t = 0; t < DY_UPOS_N; t++) {
      if (v[i].cnt[t] * 20 >= v[i].tot && v[i].cnt[t]) amb |= 1u << t;
      if (v[i].cnt[t] > v[i].cnt[best]) best = (uint32_t)t;
    }
    uint32_t info = amb;
    if (v[i].tot >= 20 && v[i].cnt[best] * 1000 >= v[i].tot * 995) info |= (best + 1) << 24, ndict++;
    int dup;
    uint8_t *s = slot_place(slots, nslots - 1, 8, dy_pm_k1(250, v[i].w), &dup);
    if (!dup) wr32(s + 4, info);
  }
  bu32(&lexsec, nslots);
  bput(&lexsec, slots, 8u * nslots);
  lex_slots = lexsec.p + 4;
  lex_mask = nslots - 1;
  fprintf(stderr, "lexicon: %u words, %u with one tag\n", nkeep, ndict);
  free(slots);
  free(v);
  map_free(&m);
}

static void prepare_words(bank_t *bk) {
  for (uint32_t s = 0; s < bk->n; s++) {
    sent_t *x = &bk->s[s];
    x->w = xmalloc(sizeof *x->w * x->n);
    x->ptag = xmalloc(x->n);
    for (uint32_t i = 0; i < x->n; i++) {
      dy_pm_word_init(&x->w[i], x->form[i], strlen(x->form[i]));
      const uint8_t *sl = slot_find(lex_slots, lex_mask, 8, dy_pm_k1(250, x->w[i].w));
      x->w[i].lex = sl ? dy_pm_rd32(sl + 4) : 0;
    }
  }
}

/* ---- the tagger ----------------------------------------------------------------------------------- */

static void shuffle(uint32_t *ord, uint32_t n) {
  for (uint32_t i = n; i > 1; i--) {
    uint32_t j = rnd() % i, t = ord[i - 1];
    ord[i - 1] = ord[j];
    ord[j] = t;
  }
}

/* Trains on the sentences whose index % nfold != fold (all when nfold is 0). */
static void train_tagger(ptron *pt, bank_t *tr, int epochs, uint32_t nfold, uint32_t fold) {
  pt_init(pt, DY_UPOS_N);
  uint32_t *ord = xmalloc(sizeof *ord * tr->n), no = 0;
  for (uint32_t s = 0; s < tr->n; s++)
    if (!nfold || s % nfold != fold) ord[no++] = s;
  uint8_t tags[4096];
  uint64_t keys[DY_PM_TAG_NFEAT];
  for (int ep = 0; ep < epochs; ep++) {
    shuffle(ord, no);
    long err = 0, tot = 0;
    for (uint32_t o = 0; o < no; o++) {
      sent_t *x = &tr->s[ord[o]];
      if (x->n > sizeof tags) continue;
      for (uint32_t i = 0; i < x->n; i++) {
        int t = DY_PM_LEX_TAG(x->w[i].lex);
        if (t < 0) {
          int nk = dy_pm_tag_feats(x->w, x->n, i, tags, keys);
          int64_t sc[DY_UPOS_N] = {0};
          pt_score(pt, keys, nk, sc);
          t = 0;
          for (int c = 1; c < DY_UPOS_N; c++)
            if (sc[c] > sc[t]) t = c;
          if (t != x->upos[i]) {
            pt_update(pt, keys, nk, x->upos[i], 1);
            pt_update(pt, keys, nk, t, -1);
          }
          pt->now++;
        }
        err += t != x->upos[i];
        tot++;
        tags[i] = (uint8_t)t;
      }
    }
    if (!nfold) fprintf(stderr, "tagger epoch %d: train accuracy %.2f%%\n", ep + 1, 100.0 * (double)(tot - err) / (double)tot);
  }
  free(ord);
}

static void tag_with(const dy_pm_table *t, sent_t *x, uint8_t *tags) {
  uint64_t keys[DY_PM_TAG_NFEAT];
  for (uint32_t i = 0; i < x->n; i++) {
    int tg = DY_PM_LEX_TAG(x->w[i].lex);
    if (tg < 0) {
      int32_t sc[DY_PM_PAD(DY_UPOS_N)] = {0};
      int nk = dy_pm_tag_feats(x->w, x->n, i, tags, keys);
      dy_pm_score(t, keys, nk, sc);
      tg = 0;
      for (int c = 1; c < DY_UPOS_N; c++)
        if (sc[c] > sc[tg]) tg = c;
    }
    tags[i] = (uint8_t)tg;
  }
}

/* ---- the parser ------------------------------------------------------------------------------------ */

static int root_label;
static int pred_labels = 1; /* arcs the model chose keep the labeller's label, as at run time */
static int lift_nonproj = 1;
static int explore = 90; /* after the first epoch, the model's own move is followed this often (per cent) */ /* non-projective training trees are lifted, not skipped */

/* The costs of the unlabelled moves (Goldberg and Nivre's arc-eager oracle)
 * given the gold heads gh (n: the root). */
static void move_costs(const dy_pm_state *s, const int *gh, uint32_t groot, int *csh, int *cre, int *cla, int *cra) {
  uint32_t n = s->n, b = s->b, s0 = s->stack[s->sp - 1];
  int sh = 0, re = 0, la = 0, ra = 0;
  for (uint32_t k = 0; k < s->sp; k++) {
    uint32_t x = s->stack[k];
    if (x != n && gh[x] == (int)b && s->head[x] == DY_PM_NONE) sh++, ra++;
    if (gh[b] == (int)x) sh++;
    if (gh[b] == (int)x && x != s0) ra++;
  }
  if (gh[b] > (int)b && gh[b] < (int)n) ra++;
  if (s0 == n && groot != b && groot > b && groot < n) ra++;
  if (s0 != n) {
    for (uint32_t k = b; k < n; k++)
      if (gh[k] == (int)s0) re++, la++;
    if (gh[s0] > (int)b && gh[s0] < (int)n) la++;
  }
  *csh = sh, *cre = re, *cla = la, *cra = ra;
}

/* The labeller's choice for the arc h -> d: the best of the labels its
 * kind of arc may have (never root: the root's dependent is always "root"). */
static int pick_label(const int64_t *sc, uint64_t mask) {
  int best = -1;
  for (uint64_t m = mask; m; m &= m - 1) {
    int l = dy_pm_ctz64(m);
    if (best < 0 || sc[l] > sc[best]) best = l;
  }
  return best < 0 ? 0 : best;
}

/* The arc label table (model.h): for each (head tag, dependent tag,
 * direction) the labels of the training arcs of that kind (on the
 * jackknifed tags and the trees the parser is trained on), and the one label
 * when it is at least fix_share of at least fix_min arcs, or all of them. */
static uint64_t ltab_mask[DY_PM_LTAB_N];
static uint8_t ltab_fix[DY_PM_LTAB_N];
static int ltab_built, fix_min = 20;
static double fix_share = 0.998;
static void build_ltab(const bank_t *tr, const uint32_t *ord, uint32_t no) {
  static uint32_t cnt[DY_PM_LTAB_N][64];
  memset(cnt, 0, sizeof cnt);
  for (uint32_t o = 0; o < no; o++) {
    const sent_t *x = &tr->s[ord[o]];
    const int16_t *hd = x->thead ? x->thead : x->head;
    for (uint32_t i = 0; i < x->n; i++)
      if (hd[i] >= 0) cnt[dy_pm_ltab_ix(x->ptag[hd[i]], x->ptag[i], (int)i < hd[i])][x->lab[i]]++;
  }
  uint64_t all = (nlabels == 64 ? ~0ULL : (1ULL << nlabels) - 1) & ~(1ULL << root_label);
  long arcs = 0, fixed = 0;
  uint32_t nfix = 0;
  for (uint32_t e = 0; e < DY_PM_LTAB_N; e++) {
    uint32_t tot = 0, top = 0;
    int best = 0;
    ltab_mask[e] = 0;
    for (int l = 0; l < nlabels; l++) {
      if (!cnt[e][l]) continue;
      ltab_mask[e] |= 1ULL << l;
      tot += cnt[e][l];
      if (cnt[e][l] > top) top = cnt[e][l], best = l;
    }
    ltab_mask[e] &= all;
    ltab_fix[e] = ((tot >= (uint32_t)fix_min && top >= fix_share * tot) || (tot && top == tot)) && best != root_label ? (uint8_t)(best + 1) : 0;
    arcs += tot;
    if (ltab_fix[e]) fixed += tot, nfix++;
  }
  ltab_built = 1;
  fprintf(stderr, "label table: %u kinds of arc with one label, %.1f%% of the training arcs\n", nfix, 100.0 * (double)fixed / (double)(arcs ? arcs : 1));
}
static uint64_t ltab_allowed(uint32_t e) {
  uint64_t all = (nlabels == 64 ? ~0ULL : (1ULL << nlabels) - 1) & ~(1ULL << root_label);
  return ltab_mask[e] ? ltab_mask[e] : all;
}

/* --epoch-evals: the dev figures of the parser after the given epochs (of
 * the first seed), to choose the number of epochs */
static const char *epoch_evals;
static void eval_now(const ptron *pt, const ptron *lb, const char *name);

/* Trains the move perceptron (four moves, the dynamic oracle's unlabelled
 * costs) and the labeller (at every arc made between a gold head and its
 * dependent, on the state the arc is made in). */
static void train_parser(ptron *pt, ptron *lb, bank_t *tr, int epochs) {
  pt_init(pt, DY_PM_NMOVES);
  pt_init(lb, nlabels);
  uint32_t *ord = xmalloc(sizeof *ord * tr->n), no = 0;
  for (uint32_t s = 0; s < tr->n; s++)
    if ((tr->s[s].proj || lift_nonproj) && tr->s[s].n <= DY_PARSE_MAX) {
      if (!tr->s[s].proj) lift(&tr->s[s]);
      ord[no++] = s;
    }
  fprintf(stderr, "parser: %u of %u training trees used (%s)\n", no, tr->n, lift_nonproj ? "the non-projective ones lifted" : "the projective ones");
  if (!ltab_built) build_ltab(tr, ord, no);
  static dy_pm_state st;
  uint64_t keys[DY_PM_PAR_NFEAT], lkeys[DY_PM_LAB_NFEAT];
  int64_t lsc[64];
  uint8_t ok[DY_PM_NMOVES];
  int gh[DY_PARSE_MAX + 1];
  for (int ep = 0; ep < epochs; ep++) {
    double t0 = now_s();
    shuffle(ord, no);
    long err = 0, moves = 0, lerr = 0, arcs = 0;
    for (uint32_t o = 0; o < no; o++) {
      sent_t *x = &tr->s[ord[o]];
      uint32_t n = x->n, groot = n;
      const int16_t *hd = x->thead ? x->thead : x->head;
      for (uint32_t i = 0; i < n; i++) {
        gh[i] = hd[i] < 0 ? (int)n : hd[i];
        if (hd[i] < 0) groot = i;
      }
      dy_pm_state_init(&st, n);
      while (!dy_pm_done(&st)) {
        int nk = dy_pm_par_feats(&st, x->w, x->ptag, keys);
        if (nk > DY_PM_PAR_NFEAT) die("more parser features than DY_PM_PAR_NFEAT", NULL);
        int64_t sc[DY_PM_NMOVES] = {0};
        pt_score(pt, keys, nk, sc);
        dy_pm_valid(&st, ok);
        int cost[DY_PM_NMOVES];
        move_costs(&st, gh, groot, &cost[DY_PM_SHIFT], &cost[DY_PM_REDUCE], &cost[DY_PM_LEFT], &cost[DY_PM_RIGHT]);
        int best = -1, gold = -1, minc = 1 << 30;
        for (int c = 0; c < DY_PM_NMOVES; c++)
          if (ok[c] && cost[c] < minc) minc = cost[c];
        for (int c = 0; c < DY_PM_NMOVES; c++) {
          if (!ok[c]) continue;
          if (best < 0 || sc[c] > sc[best]) best = c;
          if (cost[c] == minc && (gold < 0 || sc[c] > sc[gold])) gold = c;
        }
        if (cost[best] > minc) {
          pt_update(pt, keys, nk, gold, 1);
          pt_update(pt, keys, nk, best, -1);
          err++;
        }
        pt->now++;
        moves++;
        int next = gold;
        if (ep >= 1 && (int)(rnd() % 100) < explore) next = best;
        int label = 0;
        if (next >= DY_PM_LEFT) {
          uint32_t h, d;
          dy_pm_arc(&st, next, &h, &d);
          uint32_t e = h == n ? 0 : dy_pm_ltab_ix(x->ptag[h], x->ptag[d], d < h);
          if (h == n) {
            label = root_label;
          } else if (ltab_fix[e]) {
            label = ltab_fix[e] - 1;
          } else {
            int nl = dy_pm_lab_feats(&st, x->w, x->ptag, h, d, lkeys);
            memset(lsc, 0, sizeof lsc);
            pt_score(lb, lkeys, nl, lsc);
            label = pick_label(lsc, ltab_allowed(e));
            if (gh[d] == (int)h) {
              if (label != x->lab[d]) {
                pt_update(lb, lkeys, nl, x->lab[d], 1);
                pt_update(lb, lkeys, nl, label, -1);
                lerr++;
              }
              lb->now++;
              arcs++;
              if (!pred_labels || ep < 1) label = x->lab[d];
            }
          }
        }
        dy_pm_apply(&st, next, label);
      }
    }
    fprintf(stderr, "parser epoch %d: %.2f%% of moves wrong, %.2f%% of labels, %.1f s\n", ep + 1, 100.0 * (double)err / (double)moves,
            100.0 * (double)lerr / (double)(arcs ? arcs : 1), now_s() - t0);
    for (const char *e = epoch_evals; e && *e;) {
      char *end;
      long k = strtol(e, &end, 10);
      if (end == e) break;
      if (k == ep + 1) {
        char name[64];
        snprintf(name, sizeof name, "dev epoch %d", ep + 1);
        eval_now(pt, lb, name);
      }
      e = end;
      while (*e == ' ' || *e == ',') e++;
    }
  }
  free(ord);
}

/* The move perceptron to the run-time move table (model.h): the weights of
 * reduce, left-arc and right-arc less shift's, averaged, quantised to int8
 * (the largest clipped: those past move_clip of the largest weight are
 * rare, and a finer step keeps the many small ones); the features with the
 * most weight kept, as many as fit in budget bytes at a load of at most
 * move_load (model.h's buckets). */
static double move_clip = 0.7, move_load = 0.9;
static void moves_export(const ptron *p, size_t budget, bytes_t *out) {
  double *rel = xmalloc(sizeof *rel * 3 * (p->nf ? p->nf : 1));
  double maxabs = 1e-9;
  for (uint32_t i = 0; i < p->nf; i++) {
    double a[DY_PM_NMOVES] = {0};
    for (uint32_t j = 0; j < p->f[i].n; j++) {
      const went *e = &p->f[i].e[j];
      a[e->c] = (double)(e->acc + (int64_t)(p->now - e->ts) * e->w) / (double)(p->now ? p->now : 1);
    }
    for (int c = 0; c < 3; c++) {
      rel[3 * i + c] = a[c + 1] - a[0];
      double v = rel[3 * i + c] < 0 ? -rel[3 * i + c] : rel[3 * i + c];
      if (v > maxabs) maxabs = v;
    }
  }
  double scale = 127.0 / (maxabs * move_clip);
  int8_t *q = xmalloc(sizeof *q * 3 * (p->nf ? p->nf : 1));
  rank_t *rk = xmalloc(sizeof *rk * (p->nf ? p->nf : 1));
  uint32_t nr = 0;
  for (uint32_t i = 0; i < p->nf; i++) {
    double imp = 0;
    long big = 0;
    for (int c = 0; c < 3; c++) {
      double a = rel[3 * i + c] * scale;
      long v = (long)(a < 0 ? a - 0.5 : a + 0.5);
      v = v > 127 ? 127 : v < -127 ? -127 : v;
      q[3 * i + c] = (int8_t)v;
      imp += a < 0 ? -a : a;
      if (v) big = 1;
    }
    if (big) rk[nr++] = (rank_t){imp, i, 3};
  }
  qsort(rk, nr, sizeof *rk, rank_cmp);
  /* buckets for the budget, at most move_load full; the features placed by
   * importance, so a full bucket turns away the least of its own */
  uint32_t nb = (uint32_t)((budget - 4) / DY_PM_BUCKET), keep = nr;
  double cap = (double)nb * DY_PM_BSLOTS * move_load;
  if ((double)keep > cap) keep = (uint32_t)cap;
  else nb = (uint32_t)((double)keep / DY_PM_BSLOTS / move_load) + 1;
  uint8_t *slots = xcalloc(nb, DY_PM_BUCKET);
  uint32_t placed = 0;
  for (uint32_t r = 0; r < keep; r++) {
    uint32_t i = rk[r].f;
    uint64_t key = p->f[i].key;
    uint32_t fp = dy_pm_mfp(key);
    uint8_t *bk = slots + (size_t)DY_PM_BUCKET * dy_pm_mfirst(key, nb);
    int j = 0, dup = 0;
    for (; j < DY_PM_BSLOTS; j++) {
      uint32_t f = (uint32_t)bk[2 * j] | (uint32_t)bk[2 * j + 1] << 8;
      if (f == fp) dup = 1;
      if (!f || f == fp) break;
    }
    if (j == DY_PM_BSLOTS || dup) continue; /* a full bucket, or a fingerprint collision: the first feature stays */
    bk[2 * j] = (uint8_t)fp, bk[2 * j + 1] = (uint8_t)(fp >> 8);
    for (int c = 0; c < 3; c++) bk[DY_PM_BW + DY_PM_BSLOTS * c + j] = (uint8_t)(q[3 * i + (uint32_t)c] + 128);
    placed++;
  }
  bu32(out, nb);
  bput(out, slots, (size_t)DY_PM_BUCKET * nb);
  fprintf(stderr, "moves: %u features trained, %u kept (%u placed), %u buckets, int8 steps of %.3g, %.2f MB\n", p->nf, keep, placed, nb,
          1.0 / scale, (double)out->n / 1e6);
  free(rel);
  free(q);
  free(rk);
  free(slots);
}

/* ---- lemmas ---------------------------------------------------------------------------------------- */

static bytes_t setsec, lemsec;
static const uint8_t *set_slots;
static uint32_t set_mask;

static int known_cb(const void *u, int upos, const char *s, size_t n) {
  (void)u;
  return slot_find(set_slots, set_mask, 4, dy_pm_lemset_key(s, n, upos == DY_UPOS_VERB)) != NULL;
}

typedef struct {
  uint64_t key;
  char *form, *lemma;
  int upos;
  uint32_t cnt;
} lemc;

static lemc *lc;
static uint32_t nlc, clc;
static map_t lcm; /* (form, upos, lemma) -> index */

static void lem_count(const char *form, int upos, const char *lemma, uint32_t add) {
  char f[DY_PM_WLEN], l[64];
  size_t nf = dy_pm_lower(form, strlen(form), f);
  size_t nl = dy_pm_lower(lemma, strlen(lemma) < 63 ? strlen(lemma) : 63, l);
  uint64_t k = dy_pm_k2(7, dy_pm_lemma_key(f, nf, upos), dy_pm_str(l, nl));
  uint32_t x = map_get(&lcm, k);
  if (!x) {
    if (nlc == clc) clc = clc ? 2 * clc : 4096, lc = xrealloc(lc, clc * sizeof *lc);
    lc[nlc] = (lemc){dy_pm_lemma_key(f, nf, upos), xstrndup(f, nf), xstrndup(l, nl), upos, 0};
    map_put(&lcm, k, ++nlc);
    x = nlc;
  }
  lc[x - 1].cnt += add;
}

static int lemc_cmp(const void *a, const void *b) {
  const lemc *x = a, *y = b;
  if (x->key != y->key) return x->key < y->key ? -1 : 1;
  if (x->cnt != y->cnt) return x->cnt > y->cnt ? -1 : 1;
  return strcmp(x->lemma, y->lemma);
}

static int u64_cmp(const void *a, const void *b) {
  uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
  return x < y ? -1 : x > y;
}

static int wn_words(const char *path, int verb, uint64_t *keys, uint32_t *nk, uint32_t cap) {
  FILE *f = fopen(path, "r");
  if (!f) return -1;
  char line[4096];
  while (fgets(line, sizeof line, f)) {
    if (line[0] == ' ') continue;
    size_t n = strcspn(line, " \n");
    if (!n || memchr(line, '_', n) || *nk >= cap) continue;
    keys[(*nk)++] = dy_pm_lemset_key(line, n, verb);
  }
  fclose(f);
  return 0;
}

static void wn_exc(const char *path, const int *uposes) {
  FILE *f = fopen(path, "r");
  if (!f) return;
  char line[4096];
  while (fgets(line, sizeof line, f)) {
    char *sp = strchr(line, ' ');
    if (!sp) continue;
    *sp = 0;
    char *lem = sp + 1;
    lem[strcspn(lem, " \n")] = 0;
    if (!*lem || strchr(line, '_') || strchr(lem, '_')) continue;
    for (int i = 0; uposes[i] >= 0; i++) lem_count(line, uposes[i], lem, 0);
  }
  fclose(f);
}

static void build_lemmas(bank_t *tr, const char *wn) {
  /* the sets of known verbs and adjectives */
  uint32_t cap = 200000, nk = 0;
  uint64_t *keys = xmalloc(sizeof *keys * cap);
  char path[4096];
  int have_wn = 0;
  if (wn) {
    snprintf(path, sizeof path, "%s/index.verb", wn);
    have_wn = wn_words(path, 1, keys, &nk, cap) == 0;
    snprintf(path, sizeof path, "%s/index.adj", wn);
    wn_words(path, 0, keys, &nk, cap);
  }
  for (uint32_t s = 0; s < tr->n; s++)
    for (uint32_t i = 0; i < tr->s[s].n && nk < cap; i++) {
      int u = tr->s[s].upos[i];
      if (u != DY_UPOS_VERB && u != DY_UPOS_ADJ) continue;
      char l[DY_PM_WLEN];
      size_t m = dy_pm_lower(tr->s[s].lemma[i], strlen(tr->s[s].lemma[i]), l);
      keys[nk++] = dy_pm_lemset_key(l, m, u == DY_UPOS_VERB);
    }
  /* each word once (the train split repeats them), so the set is sized for its words */
  qsort(keys, nk, sizeof *keys, u64_cmp);
  uint32_t nu = 0;
  for (uint32_t i = 0; i < nk; i++)
    if (!nu || keys[i] != keys[nu - 1]) keys[nu++] = keys[i];
  nk = nu;
  uint32_t nslots = slots_for(nk);
  uint8_t *slots = xcalloc(nslots, 4);
  for (uint32_t i = 0; i < nk; i++) {
    int dup;
    slot_place(slots, nslots - 1, 4, keys[i], &dup);
  }
  bu32(&setsec, nslots);
  bput(&setsec, slots, 4u * nslots);
  set_slots = setsec.p + 4;
  set_mask = nslots - 1;
  free(slots);
  free(keys);
  fprintf(stderr, "lemmas: %s; %u known verbs and adjectives\n", have_wn ? "WordNet found" : "no WordNet", nk);

  /* counts of (form, tag, lemma) in train, then WordNet's exceptions with count 0 */
  map_init(&lcm, 1 << 16);
  for (uint32_t s = 0; s < tr->n; s++)
    for (uint32_t i = 0; i < tr->s[s].n; i++) lem_count(tr->s[s].form[i], tr->s[s].upos[i], tr->s[s].lemma[i], 1);
  if (wn) {
    static const int V[] = {DY_UPOS_VERB, DY_UPOS_AUX, -1}, N[] = {DY_UPOS_NOUN, -1}, A[] = {DY_UPOS_ADJ, -1}, R[] = {DY_UPOS_ADV, -1};
    snprintf(path, sizeof path, "%s/verb.exc", wn);
    wn_exc(path, V);
    snprintf(path, sizeof path, "%s/noun.exc", wn);
    wn_exc(path, N);
    snprintf(path, sizeof path, "%s/adj.exc", wn);
    wn_exc(path, A);
    snprintf(path, sizeof path, "%s/adv.exc", wn);
    wn_exc(path, R);
  }
  qsort(lc, nlc, sizeof *lc, lemc_cmp);
  /* keep the most frequent lemma of each (form, tag) where the rules differ */
  uint32_t nkeep = 0;
  uint8_t *keep = xcalloc(nlc, 1);
  for (uint32_t i = 0; i < nlc; i++) {
    if (i && lc[i].key == lc[i - 1].key) continue;
    char r[32];
    int u = lc[i].upos;
    size_t fl = strlen(lc[i].form);
    if (u == DY_UPOS_PROPN || u == DY_UPOS_PUNCT || u == DY_UPOS_NUM || u == DY_UPOS_SYM || u == DY_UPOS_X)
      snprintf(r, sizeof r, "%s", lc[i].form);
    else
      dy_pm_lemma_rule(lc[i].form, fl, u, known_cb, NULL, r, sizeof r);
    char g[32];
    snprintf(g, sizeof g, "%s", lc[i].lemma);
    if (strcmp(r, g) != 0) keep[i] = 1, nkeep++;
  }
  nslots = slots_for(nkeep);
  slots = xcalloc(nslots, 8);
  bytes_t pool = {0};
  bput(&pool, "", 1);
  for (uint32_t i = 0; i < nlc; i++) {
    if (!keep[i]) continue;
    int dup;
    uint8_t *s = slot_place(slots, nslots - 1, 8, lc[i].key, &dup);
    if (dup) continue;
    wr32(s + 4, (uint32_t)pool.n);
    bput(&pool, lc[i].lemma, strlen(lc[i].lemma) + 1);
  }
  bu32(&lemsec, nslots);
  bu32(&lemsec, (uint32_t)pool.n);
  bput(&lemsec, slots, 8u * nslots);
  bput(&lemsec, pool.p, pool.n);
  fprintf(stderr, "lemmas: %u exceptions to the rules, %.2f MB\n", nkeep, (double)lemsec.n / 1e6);
  free(slots);
  free(pool.p);
  free(keep);
}

/* ---- the model file ---------------------------------------------------------------------------------- */

static void section(bytes_t *f, uint32_t id, const bytes_t *b) {
  bu32(f, id);
  bu32(f, (uint32_t)b->n);
  bput(f, b->p, b->n);
  static const uint8_t zero[4] = {0};
  if (b->n & 3) bput(f, zero, 4 - (b->n & 3));
}

static void write_model(const char *path, const bytes_t *tagsec, const bytes_t *parsec, const bytes_t *movsec) {
  bytes_t lab = {0}, f = {0};
  bu32(&lab, (uint32_t)nlabels);
  for (int i = 0; i < nlabels; i++) bput(&lab, labels[i], strlen(labels[i]) + 1);
  bput(&f, DY_PM_MAGIC, 8);
  bu32(&f, DY_PM_VERSION);
  bu32(&f, 0);
  bu32(&f, 0);
  bu32(&f, DY_PM_NSEC - 1);
  section(&f, DY_PM_SEC_LABELS, &lab);
  section(&f, DY_PM_SEC_TAGGER, tagsec);
  section(&f, DY_PM_SEC_PARSER, parsec);
  section(&f, DY_PM_SEC_LEXICON, &lexsec);
  section(&f, DY_PM_SEC_LEMMAS, &lemsec);
  section(&f, DY_PM_SEC_LEMSET, &setsec);
  section(&f, DY_PM_SEC_MOVES, movsec);
  bytes_t lt = {0};
  bu32(&lt, DY_UPOS_N);
  for (uint32_t e = 0; e < DY_PM_LTAB_N; e++) bu32(&lt, (uint32_t)ltab_mask[e]), bu32(&lt, (uint32_t)(ltab_mask[e] >> 32));
  bput(&lt, ltab_fix, DY_PM_LTAB_N);
  section(&f, DY_PM_SEC_LTAB, &lt);
  free(lt.p);
  wr32(f.p + 12, (uint32_t)f.n);
  uint32_t h = 2166136261u;
  for (size_t i = DY_PM_HEADER; i < f.n; i++) h = (h ^ f.p[i]) * 16777619u;
  wr32(f.p + 16, h);
  FILE *o = fopen(path, "wb");
  if (!o || fwrite(f.p, 1, f.n, o) != f.n || fclose(o) != 0) die("cannot write", path);
  fprintf(stderr, "wrote %s: %.2f MB\n", path, (double)f.n / 1e6);
  free(lab.p);
  free(f.p);
}

/* ---- evaluation through the library ------------------------------------------------------------------- */

static void evaluate(const dy_parser *p, bank_t *bk, const char *name) {
  long tot = 0, upos = 0, lem = 0, uas = 0, las = 0;
  dy_ptok *tk = NULL;
  dy_pnode *out = NULL;
  uint32_t cap = 0;
  double t0 = now_s();
  for (uint32_t s = 0; s < bk->n; s++) {
    sent_t *x = &bk->s[s];
    if (x->n > cap) cap = x->n, tk = xrealloc(tk, cap * sizeof *tk), out = xrealloc(out, cap * sizeof *out);
    for (uint32_t i = 0; i < x->n; i++) tk[i] = (dy_ptok){x->form[i], (uint32_t)strlen(x->form[i])};
    if (dy_parse_sentence(p, tk, x->n, out)) die("parse failed", name);
    for (uint32_t i = 0; i < x->n; i++) {
      char g[32];
      size_t gl = strlen(x->lemma[i]);
      if (gl > 31) gl = 31;
      dy_pm_lower(x->lemma[i], gl, g);
      g[gl] = 0;
      tot++;
      upos += out[i].upos == x->upos[i];
      lem += !strcmp(out[i].lemma, g);
      if (out[i].head == x->head[i]) {
        uas++;
        las += !strcmp(dy_parser_label_name(p, out[i].label), labels[x->lab[i]]);
      }
    }
  }
  double dt = now_s() - t0;
  printf("%-5s UPOS %.2f%%  lemma %.2f%%  UAS %.2f%%  LAS %.2f%%  (%ld words, punctuation included; %.0f words/s)\n", name,
         100.0 * (double)upos / (double)tot, 100.0 * (double)lem / (double)tot, 100.0 * (double)uas / (double)tot,
         100.0 * (double)las / (double)tot, tot, (double)tot / dt);
  free(tk);
  free(out);
}

static const bytes_t *ev_tagsec;
static const char *ev_data;
static bank_t *ev_dev;
static double ev_moves_mb = 2.4, ev_labels_mb = 1.0;
static void eval_now(const ptron *pt, const ptron *lb, const char *name) {
  bytes_t ps = {0}, ms = {0};
  char path[4096], why[512];
  pt_export(lb, (size_t)(ev_labels_mb * 1e6), &ps, "labeller");
  moves_export(pt, (size_t)(ev_moves_mb * 1e6), &ms);
  snprintf(path, sizeof path, "%s/%s", ev_data, DY_PM_FILE);
  write_model(path, ev_tagsec, &ps, &ms);
  dy_parser *p = dy_parser_load(ev_data, why, sizeof why);
  if (!p) die("cannot load the model just written", why);
  evaluate(p, ev_dev, name);
  fflush(stdout);
  dy_parser_free(p);
  free(ps.p);
  free(ms.p);
}

/* ---- main ----------------------------------------------------------------------------------------------- */

int main(int argc, char **argv) {
  const char *tb = NULL, *data = NULL, *wn = "/usr/share/wordnet", *tags_cache = NULL, *sweep = NULL;
  int tag_epochs = 10, parse_epochs = 25, no_test = 0, train_dev = 0, seeds = 3, seed_evals = 0;
  double mb = 6.0, moves_mb = 2.4, labels_mb = 1.0, tag_mb = 1.6;
  for (int i = 1; i < argc; i++) {
    if (!strcmp(argv[i], "--wordnet") && i + 1 < argc) wn = argv[++i];
    else if (!strcmp(argv[i], "--tag-epochs") && i + 1 < argc) tag_epochs = (int)strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--parse-epochs") && i + 1 < argc) parse_epochs = (int)strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--mb") && i + 1 < argc) mb = strtod(argv[++i], NULL);
    else if (!strcmp(argv[i], "--moves-mb") && i + 1 < argc) moves_mb = strtod(argv[++i], NULL);
    else if (!strcmp(argv[i], "--labels-mb") && i + 1 < argc) labels_mb = strtod(argv[++i], NULL);
    else if (!strcmp(argv[i], "--tag-mb") && i + 1 < argc) tag_mb = strtod(argv[++i], NULL);
    else if (!strcmp(argv[i], "--pred-labels")) pred_labels = 1;
    else if (!strcmp(argv[i], "--gold-labels")) pred_labels = 0;
    else if (!strcmp(argv[i], "--no-lift")) lift_nonproj = 0;
    else if (!strcmp(argv[i], "--no-test")) no_test = 1;
    else if (!strcmp(argv[i], "--explore") && i + 1 < argc) explore = (int)strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--seeds") && i + 1 < argc) seeds = (int)strtol(argv[++i], NULL, 10);
    else if (!strcmp(argv[i], "--seed-evals")) seed_evals = 1;
    else if (!strcmp(argv[i], "--epoch-evals") && i + 1 < argc) epoch_evals = argv[++i];
    else if (!strcmp(argv[i], "--fix-share") && i + 1 < argc) fix_share = strtod(argv[++i], NULL) / 100.0;
    else if (!strcmp(argv[i], "--sweep") && i + 1 < argc) sweep = argv[++i];
    else if (!strcmp(argv[i], "--tags-cache") && i + 1 < argc) tags_cache = argv[++i];
    else if (!strcmp(argv[i], "--train-dev")) train_dev = 1;
    else if (!tb) tb = argv[i];
    else if (!data) data = argv[i];
    else die("usage: dyad-train-parse TREEBANK_DIR DATA_DIR [--wordnet DIR]", NULL);
  }
  if (!tb || !data) die("usage: dyad-train-parse TREEBANK_DIR DATA_DIR [--wordnet DIR]", NULL);
  char path[4096];
  bank_t tr = {0}, dev = {0}, te = {0};
  label_of("dep", 1);
  snprintf(path, sizeof path, "%s/en_ewt-ud-train.conllu", tb);
  read_bank(path, &tr, 1);
  snprintf(path, sizeof path, "%s/en_ewt-ud-dev.conllu", tb);
  read_bank(path, &dev, 0);
  if (train_dev) read_bank(path, &tr, 1); /* the final model: dev is then no longer held out */
  snprintf(path, sizeof path, "%s/en_ewt-ud-test.conllu", tb);
  read_bank(path, &te, 0);
  /* labels in alphabetical order after "dep" (id 0) */
  {
    char *sorted[64];
    int n = nlabels;
    memcpy(sorted, labels, sizeof(char *) * (size_t)n);
    for (int i = 2; i < n; i++)
      for (int j = i; j > 1 && strcmp(sorted[j - 1], sorted[j]) > 0; j--) {
        char *t = sorted[j];
        sorted[j] = sorted[j - 1];
        sorted[j - 1] = t;
      }
    int remap[64];
    for (int i = 0; i < n; i++)
      for (int j = 0; j < n; j++)
        if (sorted[j] == labels[i]) remap[i] = j;
    bank_t *bks[3] = {&tr, &dev, &te};
    for (int b = 0; b < 3; b++)
      for (uint32_t s = 0; s < bks[b]->n; s++)
        for (uint32_t i = 0; i < bks[b]->s[s].n; i++) bks[b]->s[s].lab[i] = (uint8_t)remap[bks[b]->s[s].lab[i]];
    memcpy(labels, sorted, sizeof(char *) * (size_t)n);
  }
  root_label = label_of("root", 0);
  if (root_label < 0) die("no root label in the treebank", NULL);
  fprintf(stderr, "train %u sentences, dev %u, test %u; %d labels\n", tr.n, dev.n, te.n, nlabels);

  build_lexicon(&tr);
  prepare_words(&tr);
  build_lemmas(&tr, wn);

  /* jackknifed tags for the parser's training data */
  const uint32_t folds = 5;
  size_t ntr = 0;
  for (uint32_t s = 0; s < tr.n; s++) ntr += tr.s[s].n;
  FILE *tc = tags_cache ? fopen(tags_cache, "rb") : NULL;
  int cached = 0;
  if (tc) {
    uint8_t *all = xmalloc(ntr + 1);
    if (fread(all, 1, ntr + 1, tc) == ntr) {
      size_t o = 0;
      for (uint32_t s = 0; s < tr.n; s++) memcpy(tr.s[s].ptag, all + o, tr.s[s].n), o += tr.s[s].n;
      cached = 1;
      fprintf(stderr, "jackknifed tags read from %s\n", tags_cache);
    }
    free(all);
    fclose(tc);
  }
  for (uint32_t k = 0; k < folds && !cached; k++) {
    ptron pt;
    train_tagger(&pt, &tr, tag_epochs, folds, k);
    bytes_t tb1 = {0};
    pt_export(&pt, (size_t)-1 / 2, &tb1, "tagger fold");
    dy_pm_table t;
    table_view(&t, tb1.p);
    long ok = 0, tot = 0;
    for (uint32_t s = k; s < tr.n; s += folds) {
      tag_with(&t, &tr.s[s], tr.s[s].ptag);
      for (uint32_t i = 0; i < tr.s[s].n; i++) ok += tr.s[s].ptag[i] == tr.s[s].upos[i], tot++;
    }
    fprintf(stderr, "fold %u: held-out tag accuracy %.2f%%\n", k + 1, 100.0 * (double)ok / (double)tot);
    free(tb1.p);
    pt_free(&pt);
  }
  if (tags_cache && !cached && (tc = fopen(tags_cache, "wb")) != NULL) {
    for (uint32_t s = 0; s < tr.n; s++) fwrite(tr.s[s].ptag, 1, tr.s[s].n, tc);
    fclose(tc);
  }
  ptron tagger, parser, labeller;
  train_tagger(&tagger, &tr, tag_epochs, 0, 0);
  bytes_t tagsec = {0}, parsec = {0}, movsec = {0};
  size_t budget = (size_t)(mb * 1e6);
  pt_export(&tagger, tag_mb > 0 ? (size_t)(tag_mb * 1e6) : budget / 5, &tagsec, "tagger");
  pt_free(&tagger);
  ev_tagsec = &tagsec, ev_data = data, ev_dev = &dev, ev_moves_mb = moves_mb, ev_labels_mb = labels_mb;
  train_parser(&parser, &labeller, &tr, parse_epochs);
  epoch_evals = NULL;
  if (seeds > 1) { /* the average of models trained on other orders of the sentences */
    ptron mp, ml;
    pt_init(&mp, DY_PM_NMOVES);
    pt_init(&ml, nlabels);
    pt_merge(&mp, &parser);
    pt_merge(&ml, &labeller);
    pt_free(&parser);
    pt_free(&labeller);
    for (int k = 1; k < seeds; k++) {
      train_parser(&parser, &labeller, &tr, parse_epochs);
      pt_merge(&mp, &parser);
      pt_merge(&ml, &labeller);
      pt_free(&parser);
      pt_free(&labeller);
      if (seed_evals && k + 1 < seeds) { /* the dev figures of the average so far */
        char name[64];
        snprintf(name, sizeof name, "dev %d seeds", k + 1);
        eval_now(&mp, &ml, name);
      }
    }
    parser = mp, labeller = ml;
  }
  size_t rest = budget - tagsec.n - lexsec.n - lemsec.n - setsec.n - 4096;
  /* the parser's tables are kept small, for the cache's sake */
  size_t lbud = (size_t)(labels_mb * 1e6), mbud = (size_t)(moves_mb * 1e6);
  /* --sweep "M:L ...": the dev figures of the tables cut to each pair of
   * move and label budgets (MB), to choose the budgets */
  for (const char *sw = sweep; sw && *sw;) {
    char *end;
    double m1 = strtod(sw, &end);
    if (end == sw || *end != ':') break;
    double l1 = strtod(end + 1, &end);
    double clip0 = move_clip, load0 = move_load;
    if (*end == ':') move_clip = strtod(end + 1, &end);
    if (*end == ':') move_load = strtod(end + 1, &end);
    sw = end;
    while (*sw == ' ') sw++;
    bytes_t ps = {0}, ms = {0};
    pt_export(&labeller, (size_t)(l1 * 1e6), &ps, "labeller");
    moves_export(&parser, (size_t)(m1 * 1e6), &ms);
    snprintf(path, sizeof path, "%s/%s", data, DY_PM_FILE);
    write_model(path, &tagsec, &ps, &ms);
    char why1[512];
    dy_parser *p1 = dy_parser_load(data, why1, sizeof why1);
    if (!p1) die("cannot load the model just written", why1);
    char name[64];
    snprintf(name, sizeof name, "dev %.2f:%.2f:%.2f:%.2f", m1, l1, move_clip, move_load);
    move_clip = clip0, move_load = load0;
    evaluate(p1, &dev, name);
    dy_parser_free(p1);
    free(ps.p);
    free(ms.p);
  }
  pt_export(&labeller, lbud < rest / 2 ? lbud : rest / 2, &parsec, "labeller");
  pt_free(&labeller);
  moves_export(&parser, mbud < rest - parsec.n ? mbud : rest - parsec.n, &movsec);
  pt_free(&parser);

  snprintf(path, sizeof path, "%s/%s", data, DY_PM_FILE);
  write_model(path, &tagsec, &parsec, &movsec);
  char why[512];
  dy_parser *p = dy_parser_load(data, why, sizeof why);
  if (!p) die("cannot load the model just written", why);
  evaluate(p, &dev, "dev");
  if (!no_test) evaluate(p, &te, "test");
  dy_parser_free(p);
  return 0;
}

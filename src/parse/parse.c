/* parse.c: the parse stage at run time: loads and validates the model file
 * (dir/parse/model.bin, made by `make train`), tags words with the averaged
 * perceptron, lemmatises them (learned table, then rules) and parses each
 * sentence greedily with the arc-eager transition system. The model is
 * read-only after loading; every call works on its own stack memory. */
#include "parse/parse.h"
#include "../base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "parse/model.h"

#define MAX_FILE (64u << 20)
#define MAX_LABELS 64

struct dy_parser {
  uint8_t *buf;
  size_t size;
  int nlabels, root_label, fix_label;
  const char *labels[MAX_LABELS];
  dy_pm_table tag, lab;
  dy_pm_mtab mov;
  uint8_t *movmem;
  int mpacked; /* mov in load_moves' packed layout */
  const uint8_t *lex;
  uint32_t lex_mask;
  const uint8_t *lem, *pool;
  uint32_t lem_mask, pool_size;
  const uint8_t *set;
  uint32_t set_mask;
  int16_t *ldense;  /* the labeller's rows made dense (lab_dense) */
  uint32_t *lslots; /* its slots: (fingerprint, dense row) */
  uint16_t *lrmax;  /* the largest magnitude of a weight of each dense row */
  uint64_t lmask[DY_PM_LTAB_N]; /* the labels an arc of its (head tag, dependent tag, direction) may get */
  uint8_t lfix[DY_PM_LTAB_N];   /* the label such an arc gets without the labeller, plus one; 0: none */
  int8_t *xdmem;                /* the weights of the joint templates of small values (dy_pm_xd) */
  const int8_t *xdw[DY_PM_NXD]; /* each template's: 4 bytes (reduce, left-arc, right-arc, 0) an index */
  uint32_t xdn[DY_PM_NXD][3];   /* the number of values of each of its three */
  uint32_t xdsize[DY_PM_NXD];   /* and of its table's entries */
  uint32_t *ldmem;              /* the labeller's templates of small values (dy_pm_ld): */
  const uint32_t *ldr[DY_PM_NLD]; /* each one's dense row (lab_dense) plus one of an index (0: none) */
  uint32_t ldsize[DY_PM_NLD];
};

static const char *UPOS[DY_UPOS_N] = {"X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN",
                                      "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB"};

const char *dy_upos_name(int upos) { return upos >= 0 && upos < DY_UPOS_N ? UPOS[upos] : "X"; }
int dy_upos_id(const char *name) {
  if (!name) return -1;
  for (int i = 0; i < DY_UPOS_N; i++)
    if (!strcmp(name, UPOS[i])) return i;
  return -1;
}

/* ---- loading ---------------------------------------------------------------------- */

static int fail(char *why, size_t nwhy, const char *path, const char *msg) {
  if (why && nwhy) snprintf(why, nwhy, "%s: %s", path, msg);
  return -1;
}

static int pow2(uint32_t x) { return x && !(x & (x - 1)); }

/* A weight table section: checks every slot and row. */
static int load_table(dy_pm_table *t, const uint8_t *p, uint32_t len, uint32_t ncls) {
  if (len < 12) return -1;
  uint32_t nslots = dy_pm_rd32(p), nc = dy_pm_rd32(p + 4), nrows = dy_pm_rd32(p + 8);
  if (!pow2(nslots) || nc != ncls || nslots > (len - 12) / 8 || nrows > len - 12 - 8 * nslots) return -1;
  if ((uintptr_t)(p + 12 + 8u * nslots) & 1) return -1; /* dense rows are read as int16 */
  t->slots = p + 12;
  t->rows = t->slots + 8u * nslots;
  t->mask = nslots - 1;
  t->ncls = nc;
  t->nrows = nrows;
  uint32_t empty = 0;
  for (uint32_t i = 0; i < nslots; i++) {
    uint32_t fp = dy_pm_rd32(t->slots + 8u * i), off = dy_pm_rd32(t->slots + 8u * i + 4);
    if (!fp) { empty++; continue; }
    if (off >= nrows) return -1;
    uint32_t c = t->rows[off];
    if (c == DY_PM_DENSE) {
      if ((off & 1) || 2 + 2 * (size_t)DY_PM_PAD(nc) > nrows - off) return -1;
      continue;
    }
    if (c > nrows - off - 1 || 3 * c > nrows - off - 1) return -1;
    for (uint32_t j = 0; j < c; j++)
      if (t->rows[off + 1 + j] >= nc) return -1;
  }
  return empty ? 0 : -1;
}

/* The labeller's rows, each made dense at load time: DY_PM_PAD(ncls)
 * int16 weights a row, 64-byte aligned, in *dense; *slots has the table's
 * slots in their places (so that every key finds what it found there),
 * each (fingerprint, row number). The labeller then adds up the weights of
 * only the labels an arc may get (dy_pm_ltab), each in one pass over the
 * rows, instead of every label of every row. */
static int lab_dense(const dy_pm_table *t, int16_t **dense, uint32_t **slots, uint16_t **rmax) {
  uint32_t ns = t->mask + 1, np = DY_PM_PAD(t->ncls), nr = 0;
  for (uint32_t i = 0; i < ns; i++) nr += dy_pm_rd32(t->slots + 8u * i) != 0;
  size_t size = (size_t)nr * np * sizeof(int16_t);
  *slots = malloc((size_t)ns * 8);
  *dense = aligned_alloc(64, size ? (size + 63) & ~(size_t)63 : 64);
  *rmax = malloc(nr ? (size_t)nr * sizeof(uint16_t) : 1);
  if (!*slots || !*dense || !*rmax) return -1;
  memset(*dense, 0, size);
  nr = 0;
  for (uint32_t i = 0; i < ns; i++) {
    uint32_t fp = dy_pm_rd32(t->slots + 8u * i), off = dy_pm_rd32(t->slots + 8u * i + 4);
    (*slots)[2 * i] = fp;
    (*slots)[2 * i + 1] = 0;
    if (!fp) continue;
    int16_t *d = *dense + (size_t)nr * np;
    (*slots)[2 * i + 1] = nr++;
    const uint8_t *r = t->rows + off;
    if (r[0] == DY_PM_DENSE) {
      for (uint32_t j = 0; j < np; j++) d[j] = dy_pm_rd16(r + 2 + 2 * j);
    } else {
      for (uint32_t j = 0; j < r[0]; j++) d[r[1 + j]] = dy_pm_rd16(r + 1 + r[0] + 2 * j);
    }
    uint32_t mx = 0;
    for (uint32_t j = 0; j < np; j++) {
      uint32_t a = d[j] < 0 ? (uint32_t)(-(int32_t)d[j]) : (uint32_t)d[j];
      if (a > mx) mx = a;
    }
    (*rmax)[nr - 1] = (uint16_t)(mx > 65535 ? 65535 : mx);
  }
  return 0;
}

/* The move table: u32 bucket count, then the buckets, copied to a 64-byte
 * aligned buffer (*mem, freed by the caller). Unless two places of a bucket
 * share a fingerprint, the copy is laid out for mscore below: a bucket's
 * twelve fingerprints as in the file, then each place's three weights side
 * by side as int8 (reduce, left-arc, right-arc of place j at 24 + 3j), then
 * four zero bytes, which a key found in no place reads as its weights.
 * *packed says which layout the copy has. */
static int load_moves(dy_pm_mtab *t, uint8_t **mem, int *packed, const uint8_t *p, uint32_t len) {
  if (len < 4) return -1;
  uint32_t n = dy_pm_rd32(p);
  if (!n || n > (len - 4) / DY_PM_BUCKET) return -1;
  *mem = aligned_alloc(DY_PM_BUCKET, (size_t)n * DY_PM_BUCKET);
  if (!*mem) return -1;
  memcpy(*mem, p + 4, (size_t)n * DY_PM_BUCKET);
  t->b = *mem;
  t->n = n;
  *packed = 0;
  for (uint32_t b = 0; b < n; b++) {
    const uint8_t *q = *mem + (size_t)DY_PM_BUCKET * b;
#ifdef DY_PM_SSE2
    __m128i f0 = _mm_load_si128((const __m128i *)(const void *)q), f1 = _mm_loadl_epi64((const __m128i *)(const void *)(q + 16));
#endif
    for (int i = 0; i < DY_PM_BSLOTS; i++) {
      uint32_t f = dy_pm_rd16u(q + 2 * i);
      if (!f) continue;
#ifdef DY_PM_SSE2
      __m128i x = _mm_set1_epi16((short)f);
      int same = __builtin_popcount((unsigned)_mm_movemask_epi8(_mm_packs_epi16(_mm_cmpeq_epi16(f0, x), _mm_cmpeq_epi16(f1, x))));
#else
      int same = 0;
      for (int j = 0; j < DY_PM_BSLOTS; j++) same += dy_pm_rd16u(q + 2 * j) == f;
#endif
      if (same > 1) return 0; /* both places would count: the file's layout stays */
    }
  }
  for (uint32_t b = 0; b < n; b++) {
    uint8_t *q = *mem + (size_t)DY_PM_BUCKET * b, w[DY_PM_BUCKET - DY_PM_BW];
    for (int j = 0; j < DY_PM_BSLOTS; j++)
      for (int c = 0; c < 3; c++) w[3 * j + c] = (uint8_t)(int8_t)((int)q[DY_PM_BW + DY_PM_BSLOTS * c + j] - 128);
    memset(w + 3 * DY_PM_BSLOTS, 0, sizeof w - 3 * DY_PM_BSLOTS);
    memcpy(q + DY_PM_BW, w, sizeof w);
  }
  *packed = 1;
  return 0;
}

/* Adds the weights of the nk keys (at most 128) to sc[1..3] from a table in
 * load_moves' packed layout: the place a key matches (at most one) is found
 * by comparing the twelve fingerprints at once, and its three weights are
 * read where they lie, those of the zero place after the twelve when none
 * matches; no branch. The sums are those of dy_pm_mscore. */
/* In two halves, so that the parser can fetch the lines of all its keys
 * before it reads any: the keys' lines, fetched; their weights added. */
static inline void mlines(const dy_pm_mtab *t, const uint64_t *keys, int nk, const uint8_t **line) {
  for (int k = 0; k < nk; k++) {
    line[k] = t->b + (size_t)DY_PM_BUCKET * dy_pm_mfirst(keys[k], t->n);
    DY_PM_PREFETCH(line[k]);
  }
}
static inline void msum(const uint8_t *const *line, const uint64_t *keys, int nk, int32_t *sc) {
#ifdef DY_PM_SSE2
  /* the three weights (and the next byte, of the next place or the zero
   * place's padding) read as four int8 and added as int16 lanes: 128
   * weights of at most 127 cannot wrap */
  __m128i acc = _mm_setzero_si128();
  for (int k = 0; k < nk; k++) {
    const uint8_t *q = line[k];
    __m128i f = _mm_set1_epi16((short)dy_pm_mfp(keys[k]));
    __m128i m0 = _mm_cmpeq_epi16(_mm_load_si128((const __m128i *)(const void *)q), f);
    __m128i m1 = _mm_cmpeq_epi16(_mm_loadl_epi64((const __m128i *)(const void *)(q + 16)), f);
    uint32_t m = (uint32_t)_mm_movemask_epi8(_mm_packs_epi16(m0, m1)); /* bit j: place j matches */
    int32_t x;
    memcpy(&x, q + DY_PM_BW + 3 * (uint32_t)dy_pm_ctz64(m | 1u << DY_PM_BSLOTS), 4);
    __m128i v = _mm_cvtsi32_si128(x);
    acc = _mm_add_epi16(acc, _mm_srai_epi16(_mm_unpacklo_epi8(v, v), 8));
  }
  int16_t a[8];
  _mm_storeu_si128((__m128i *)(void *)a, acc);
  sc[1] += a[0], sc[2] += a[1], sc[3] += a[2];
#else
  int32_t a0 = 0, a1 = 0, a2 = 0;
  for (int k = 0; k < nk; k++) {
    const uint8_t *q = line[k];
    uint32_t fp = dy_pm_mfp(keys[k]);
    uint32_t m = 0;
    for (int j = 0; j < DY_PM_BSLOTS; j++) m |= (uint32_t)(dy_pm_rd16u(q + 2 * j) == fp) << j;
    const int8_t *w = (const int8_t *)(const void *)(q + DY_PM_BW + 3 * (uint32_t)dy_pm_ctz64(m | 1u << DY_PM_BSLOTS));
    a0 += w[0], a1 += w[1], a2 += w[2];
  }
  sc[1] += a0, sc[2] += a1, sc[3] += a2;
#endif
}
static inline void mscore(const dy_pm_mtab *t, const uint64_t *keys, int nk, int32_t *sc) {
  const uint8_t *line[128];
  if (nk > 128) nk = 128;
  mlines(t, keys, nk, line);
  msum(line, keys, nk, sc);
}

/* A set of fingerprints (stride 4) or of (fingerprint, value) pairs (stride 8). */
static int load_slots(const uint8_t *p, uint32_t len, uint32_t hdr, uint32_t stride, const uint8_t **slots, uint32_t *mask) {
  if (len < hdr) return -1;
  uint32_t nslots = dy_pm_rd32(p);
  if (!pow2(nslots) || nslots > (len - hdr) / stride) return -1;
  *slots = p + hdr;
  *mask = nslots - 1;
  uint32_t empty = 0;
  for (uint32_t i = 0; i < nslots; i++) empty += dy_pm_rd32(*slots + stride * i) == 0;
  return empty ? 0 : -1;
}

static uint32_t fnv32(const uint8_t *p, size_t n) {
  uint32_t h = 2166136261u;
  for (size_t i = 0; i < n; i++) h = (h ^ p[i]) * 16777619u;
  return h;
}

/* ---- the joint templates of small values ------------------------------------------ */

/* The number of values of a kind (model.h) and the value of an index. */
static uint32_t xk_n(int kind) {
  switch (kind) {
  case DY_PM_XK_P: return DY_PM_XN_P;
  case DY_PM_XK_L: return DY_PM_XN_L;
  case DY_PM_XK_D: return DY_PM_XN_D;
  case DY_PM_XK_B: return DY_PM_XN_B;
  case DY_PM_XK_W: return DY_PM_XN_W;
  case DY_PM_XK_I: return DY_PM_XN_I;
  case DY_PM_XK_S: return DY_PM_XN_S;
  default: return DY_PM_XN_0;
  }
}
static uint64_t xk_val(int kind, uint32_t i) {
  if (kind == DY_PM_XK_P) return i < DY_UPOS_N ? i : i == DY_UPOS_N ? 30 : 31;
  if (kind == DY_PM_XK_L) return i < 64 ? i : 255;
  if (kind == DY_PM_XK_I) return i + 1;
  if (kind == DY_PM_XK_S) return (i / 9 + 1) * 16 + i % 9;
  return i;
}

static void mov_score(const dy_parser *p, const uint64_t *keys, int nk, int32_t *sc);

/* The weights of every value of each template of dy_pm_xd, looked up
 * once: the parser then reads a template's three weights at its values'
 * index instead of hashing its key and searching the move table. */
static int xd_tables(dy_parser *p) {
  size_t total = 0;
  for (int i = 0; i < DY_PM_NXD; i++) {
    size_t m = 1;
    for (int j = 0; j < 3; j++) m *= p->xdn[i][j] = xk_n(dy_pm_xd[i].kind[j]);
    p->xdsize[i] = (uint32_t)m;
    total += m;
  }
  p->xdmem = malloc(4 * total);
  if (!p->xdmem) return -1;
  int8_t *q = p->xdmem;
  for (int i = 0; i < DY_PM_NXD; i++) {
    const dy_pm_xdef *x = &dy_pm_xd[i];
    p->xdw[i] = q;
    for (uint32_t a = 0; a < p->xdn[i][0]; a++)
      for (uint32_t b = 0; b < p->xdn[i][1]; b++)
        for (uint32_t c = 0; c < p->xdn[i][2]; c++, q += 4) {
          uint64_t key = dy_pm_pk(x->t, xk_val(x->kind[0], a), xk_val(x->kind[1], b), xk_val(x->kind[2], c));
          int32_t sc[DY_PM_NMOVES] = {0};
          mov_score(p, &key, 1, sc);
          for (int k = 0; k < 3; k++) q[k] = (int8_t)sc[1 + k];
          q[3] = 0;
        }
  }
  /* the labeller's: the dense row of each combination's key */
  total = 0;
  for (int i = 0; i < DY_PM_NLD; i++) {
    size_t m = 1;
    for (int j = 0; j < 3; j++) m *= xk_n(dy_pm_ld[i].kind[j]);
    p->ldsize[i] = (uint32_t)m;
    total += m;
  }
  p->ldmem = malloc(4 * total);
  if (!p->ldmem) return -1;
  uint32_t *r = p->ldmem, mask = p->lab.mask;
  for (int i = 0; i < DY_PM_NLD; i++) {
    const dy_pm_xdef *x = &dy_pm_ld[i];
    uint32_t n0 = xk_n(x->kind[0]), n1 = xk_n(x->kind[1]), n2 = xk_n(x->kind[2]);
    p->ldr[i] = r;
    for (uint32_t a = 0; a < n0; a++)
      for (uint32_t b = 0; b < n1; b++)
        for (uint32_t c = 0; c < n2; c++) {
          uint64_t key = dy_pm_pk(x->t, xk_val(x->kind[0], a), xk_val(x->kind[1], b), xk_val(x->kind[2], c));
          uint32_t fp = dy_pm_fp(key), j = (uint32_t)key & mask, f;
          while ((f = p->lslots[2 * j]) != fp && f) j = (j + 1) & mask;
          *r++ = f ? p->lslots[2 * j + 1] + 1 : 0;
        }
  }
  return 0;
}

static int load_buf(dy_parser *p, const char *path, char *why, size_t nwhy) {
  const uint8_t *b = p->buf;
  size_t size = p->size;
  if (size < DY_PM_HEADER || memcmp(b, DY_PM_MAGIC, 8) != 0) return fail(why, nwhy, path, "not a dyad parser model (bad magic)");
  if (dy_pm_rd32(b + 8) != DY_PM_VERSION) return fail(why, nwhy, path, "unsupported model version");
  if (dy_pm_rd32(b + 12) != size) return fail(why, nwhy, path, "truncated or padded model file (size mismatch)");
  if (dy_pm_rd32(b + 16) != fnv32(b + DY_PM_HEADER, size - DY_PM_HEADER)) return fail(why, nwhy, path, "corrupt model file (checksum)");
  uint32_t nsec = dy_pm_rd32(b + 20);
  const uint8_t *sec[DY_PM_NSEC] = {0};
  uint32_t slen[DY_PM_NSEC] = {0};
  size_t off = DY_PM_HEADER;
  for (uint32_t i = 0; i < nsec; i++) {
    if (size - off < 8) return fail(why, nwhy, path, "truncated section header");
    uint32_t id = dy_pm_rd32(b + off), len = dy_pm_rd32(b + off + 4);
    off += 8;
    if (len > size - off) return fail(why, nwhy, path, "section runs past the end");
    if (id == 0 || id >= DY_PM_NSEC || sec[id]) return fail(why, nwhy, path, "unknown or repeated section");
    sec[id] = b + off;
    slen[id] = len;
    off += (len + 3u) & ~3u;
    if (off > size) off = size;
  }
  for (int i = 1; i < DY_PM_NSEC; i++)
    if (!sec[i]) return fail(why, nwhy, path, "a section is missing");
  /* labels */
  const uint8_t *l = sec[DY_PM_SEC_LABELS];
  uint32_t ll = slen[DY_PM_SEC_LABELS];
  if (ll < 4) return fail(why, nwhy, path, "bad label section");
  uint32_t nl = dy_pm_rd32(l);
  if (nl < 1 || nl > MAX_LABELS) return fail(why, nwhy, path, "bad label count");
  uint32_t pos = 4;
  p->root_label = p->fix_label = -1;
  for (uint32_t i = 0; i < nl; i++) {
    const uint8_t *z = pos < ll ? memchr(l + pos, 0, ll - pos) : NULL;
    if (!z || z == l + pos) return fail(why, nwhy, path, "bad label name");
    p->labels[i] = (const char *)l + pos;
    if (!strcmp(p->labels[i], "root")) p->root_label = (int)i;
    if (!strcmp(p->labels[i], "parataxis")) p->fix_label = (int)i;
    pos = (uint32_t)(z - l) + 1;
  }
  if (p->root_label < 0) return fail(why, nwhy, path, "no root label");
  if (p->fix_label < 0) p->fix_label = p->root_label == 0 ? (nl > 1 ? 1 : 0) : 0;
  p->nlabels = (int)nl;
  if (load_table(&p->tag, sec[DY_PM_SEC_TAGGER], slen[DY_PM_SEC_TAGGER], DY_UPOS_N))
    return fail(why, nwhy, path, "bad tagger weights");
  if (load_table(&p->lab, sec[DY_PM_SEC_PARSER], slen[DY_PM_SEC_PARSER], nl))
    return fail(why, nwhy, path, "bad labeller weights");
  if (lab_dense(&p->lab, &p->ldense, &p->lslots, &p->lrmax)) return fail(why, nwhy, path, "out of memory");
  if (load_moves(&p->mov, &p->movmem, &p->mpacked, sec[DY_PM_SEC_MOVES], slen[DY_PM_SEC_MOVES])) return fail(why, nwhy, path, "bad move table");
  if (load_slots(sec[DY_PM_SEC_LEXICON], slen[DY_PM_SEC_LEXICON], 4, 8, &p->lex, &p->lex_mask))
    return fail(why, nwhy, path, "bad lexicon");
  for (uint32_t i = 0; i <= p->lex_mask; i++)
    if (DY_PM_LEX_TAG(dy_pm_rd32(p->lex + 8u * i + 4)) >= DY_UPOS_N) return fail(why, nwhy, path, "bad lexicon tag");
  const uint8_t *m = sec[DY_PM_SEC_LEMMAS];
  uint32_t ml = slen[DY_PM_SEC_LEMMAS];
  if (load_slots(m, ml, 8, 8, &p->lem, &p->lem_mask)) return fail(why, nwhy, path, "bad lemma table");
  p->pool_size = dy_pm_rd32(m + 4);
  uint32_t used = 8 + 8 * (p->lem_mask + 1);
  if (p->pool_size < 1 || p->pool_size > ml - used) return fail(why, nwhy, path, "bad lemma pool");
  p->pool = m + used;
  if (p->pool[p->pool_size - 1] != 0) return fail(why, nwhy, path, "bad lemma pool");
  for (uint32_t i = 0; i <= p->lem_mask; i++)
    if (dy_pm_rd32(p->lem + 8u * i) && dy_pm_rd32(p->lem + 8u * i + 4) >= p->pool_size) return fail(why, nwhy, path, "bad lemma offset");
  if (load_slots(sec[DY_PM_SEC_LEMSET], slen[DY_PM_SEC_LEMSET], 4, 4, &p->set, &p->set_mask))
    return fail(why, nwhy, path, "bad lemma set");
  const uint8_t *lt = sec[DY_PM_SEC_LTAB];
  if (slen[DY_PM_SEC_LTAB] < 4 + 9u * DY_PM_LTAB_N || dy_pm_rd32(lt) != DY_UPOS_N) return fail(why, nwhy, path, "bad label table");
  uint64_t all = nl == 64 ? ~0ULL : (1ULL << nl) - 1;
  for (uint32_t i = 0; i < DY_PM_LTAB_N; i++) {
    uint64_t lm = (uint64_t)dy_pm_rd32(lt + 4 + 8 * i) | (uint64_t)dy_pm_rd32(lt + 8 + 8 * i) << 32;
    uint32_t f = lt[4 + 8 * DY_PM_LTAB_N + i];
    if ((lm & ~all) || (lm >> p->root_label & 1) || f > nl || (f && (int)f - 1 == p->root_label))
      return fail(why, nwhy, path, "bad label table entry");
    p->lmask[i] = lm ? lm : all & ~(1ULL << p->root_label);
    p->lfix[i] = (uint8_t)f;
  }
  if (xd_tables(p)) return fail(why, nwhy, path, "out of memory");
  return 0;
}

dy_parser *dy_parser_load(const char *dir, char *why, size_t nwhy) {
  if (why && nwhy) why[0] = 0;
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir ? dir : ".", DY_PM_FILE);
  FILE *f = fopen(path, "rb");
  if (!f) {
    fail(why, nwhy, path, "cannot open the parser model (run `make train`)");
    return NULL;
  }
  dy_parser *p = dy_xcalloc(1, sizeof *p);
  long sz = -1;
  if (p && fseek(f, 0, SEEK_END) == 0) sz = ftell(f);
  if (!p || sz < 0 || fseek(f, 0, SEEK_SET) != 0) {
    fail(why, nwhy, path, p ? "cannot read the parser model" : "out of memory");
    fclose(f);
    free(p);
    return NULL;
  }
  if ((unsigned long)sz > MAX_FILE || sz < (long)DY_PM_HEADER) {
    fail(why, nwhy, path, sz < (long)DY_PM_HEADER ? "truncated model file" : "model file too large");
    fclose(f);
    free(p);
    return NULL;
  }
  p->size = (size_t)sz;
  p->buf = dy_xmalloc(p->size);
  if (!p->buf || fread(p->buf, 1, p->size, f) != p->size) {
    fail(why, nwhy, path, p->buf ? "cannot read the parser model" : "out of memory");
    fclose(f);
    dy_parser_free(p);
    return NULL;
  }
  fclose(f);
  if (load_buf(p, path, why, nwhy)) {
    dy_parser_free(p);
    return NULL;
  }
  return p;
}

dy_parser *dy_parser_load_mem(const void *data, size_t n, char *why, size_t nwhy) {
  if (why && nwhy) why[0] = 0;
  if (!data || n > MAX_FILE) {
    fail(why, nwhy, "model", data ? "model too large" : "no model");
    return NULL;
  }
  dy_parser *p = dy_xcalloc(1, sizeof *p);
  if (p) p->buf = dy_xmalloc(n ? n : 1);
  if (!p || !p->buf) {
    fail(why, nwhy, "model", "out of memory");
    dy_parser_free(p);
    return NULL;
  }
  if (n) memcpy(p->buf, data, n);
  p->size = n;
  if (load_buf(p, "model", why, nwhy)) {
    dy_parser_free(p);
    return NULL;
  }
  return p;
}

void dy_parser_free(dy_parser *p) {
  if (!p) return;
  free(p->movmem);
  free(p->ldense);
  free(p->lslots);
  free(p->lrmax);
  free(p->xdmem);
  free(p->ldmem);
  free(p->buf);
  free(p);
}

int dy_parser_nlabels(const dy_parser *p) { return p ? p->nlabels : 0; }
const char *dy_parser_label_name(const dy_parser *p, int label) {
  return p && label >= 0 && label < p->nlabels ? p->labels[label] : "dep";
}
int dy_parser_label_id(const dy_parser *p, const char *name) {
  if (!p || !name) return -1;
  for (int i = 0; i < p->nlabels; i++)
    if (!strcmp(p->labels[i], name)) return i;
  return -1;
}

/* ---- lookups ------------------------------------------------------------------------ */

static const uint8_t *find_slot(const uint8_t *slots, uint32_t mask, uint32_t stride, uint64_t key) {
  uint32_t fp = dy_pm_fp(key), i = (uint32_t)key & mask;
  for (;;) {
    const uint8_t *s = slots + stride * i;
    uint32_t f = dy_pm_rd32(s);
    if (f == fp) return s;
    if (!f) return NULL;
    i = (i + 1) & mask;
  }
}

/* The lexicon info of a word, given its key (dy_pm_k1(250, word)). */
static uint32_t lex_info(const dy_parser *p, uint64_t key) {
  const uint8_t *s = find_slot(p->lex, p->lex_mask, 8, key);
  return s ? dy_pm_rd32(s + 4) : 0;
}

static int known(const void *u, int upos, const char *s, size_t n) {
  const dy_parser *p = u;
  return find_slot(p->set, p->set_mask, 4, dy_pm_lemset_key(s, n, upos == DY_UPOS_VERB)) != NULL;
}

/* The lemma of a word given its lemma table key (dy_pm_lemma_key, which is
 * dy_pm_k1(200 + upos, w) of the word's dy_pm_word w). */
static void lemma_of(const dy_parser *p, const char *s, size_t n, int upos, uint64_t key, char *out, size_t nout) {
  char low[DY_PM_WLEN];
  size_t m = dy_pm_lower(s, n, low);
  const uint8_t *e = find_slot(p->lem, p->lem_mask, 8, key);
  if (e) {
    snprintf(out, nout, "%s", (const char *)p->pool + dy_pm_rd32(e + 4));
    return;
  }
  if (upos == DY_UPOS_PROPN || upos == DY_UPOS_PUNCT || upos == DY_UPOS_NUM || upos == DY_UPOS_SYM || upos == DY_UPOS_X) {
    size_t k = m < nout - 1 ? m : nout - 1;
    memcpy(out, low, k);
    out[k] = 0;
    return;
  }
  dy_pm_lemma_rule(low, m, upos, known, p, out, nout);
}

#ifdef DY_PM_SSE2
#if defined(__GNUC__)
#define LAB_INLINE static inline __attribute__((always_inline))
#else
#define LAB_INLINE static inline
#endif
/* Adds the nr rows of nv vectors of 8 int16 weights into sum, as int16
 * while the bound of the magnitudes stays below 32768 (no sum can wrap),
 * then into the int32 sums. */
LAB_INLINE void lab_acc(const int16_t *const *row, const uint32_t *bnd, int nr, int32_t *sum, const uint32_t nv) {
  __m128i acc[8];
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 8
#endif
  for (uint32_t v = 0; v < nv; v++) acc[v] = _mm_setzero_si128();
  uint32_t b = 0;
  for (int k = 0;; k++) {
    if (k == nr || b + bnd[k] > 32767) {
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 8
#endif
      for (uint32_t v = 0; v < nv; v++) {
        __m128i x = acc[v];
        __m128i lo = _mm_srai_epi32(_mm_unpacklo_epi16(x, x), 16), hi = _mm_srai_epi32(_mm_unpackhi_epi16(x, x), 16);
        __m128i *s0 = (__m128i *)(void *)(sum + 8 * v), *s1 = (__m128i *)(void *)(sum + 8 * v + 4);
        _mm_storeu_si128(s0, _mm_add_epi32(_mm_loadu_si128(s0), lo));
        _mm_storeu_si128(s1, _mm_add_epi32(_mm_loadu_si128(s1), hi));
        acc[v] = _mm_setzero_si128();
      }
      b = 0;
      if (k == nr) break;
    }
    b += bnd[k];
    const __m128i *r = (const __m128i *)(const void *)row[k];
#if defined(__GNUC__) && !defined(__clang__)
#pragma GCC unroll 8
#endif
    for (uint32_t v = 0; v < nv; v++) acc[v] = _mm_add_epi16(acc[v], _mm_load_si128(r + v));
  }
}
#endif

/* The label of the highest score among those of lmask given the
 * labeller's nk keys (at most 128); the first such label on a tie, as a
 * scan of the scores of every label would choose. With SSE2 the rows are
 * added eight labels at a time as int16, exactly: the sums are moved to
 * int32 before the bound of their magnitudes (the sum of the rows' largest
 * weights) could pass 32767. */
static int lab_best(const dy_parser *p, const uint64_t *keys, int nk, const uint32_t *dv, int nd, uint64_t lmask) {
  const int16_t *row[128];
  uint32_t bnd[128];
  uint32_t mask = p->lab.mask, np = DY_PM_PAD(p->lab.ncls);
  const uint32_t *sl = p->lslots;
  int nr = 0;
  if (nk > 128) nk = 128;
  for (int k = 0; k < nk; k++) DY_PM_PREFETCH(sl + 2 * ((uint32_t)keys[k] & mask));
  for (int k = 0; k < nk; k++) {
    uint32_t fp = dy_pm_fp(keys[k]), i = (uint32_t)keys[k] & mask, f;
    while ((f = sl[2 * i]) != fp && f) i = (i + 1) & mask;
    if (!f) continue;
    uint32_t ri = sl[2 * i + 1];
    const int16_t *r = p->ldense + (size_t)ri * np;
    for (uint32_t b = 0; b < np; b += 32) DY_PM_PREFETCH(r + b);
    bnd[nr] = p->lrmax[ri];
    row[nr++] = r;
  }
  /* the rows of the templates of small values, from their tables */
  for (int i = 0; i < nd && i < DY_PM_NLD && nr < 128; i++) {
    uint32_t ri = dv[i] < p->ldsize[i] ? p->ldr[i][dv[i]] : 0;
    if (!ri) continue;
    const int16_t *r = p->ldense + (size_t)(ri - 1) * np;
    for (uint32_t b = 0; b < np; b += 32) DY_PM_PREFETCH(r + b);
    bnd[nr] = p->lrmax[ri - 1];
    row[nr++] = r;
  }
  int best = -1;
  int32_t top = 0;
#ifdef DY_PM_SSE2
  if (np <= 64) {
    int32_t sum[64] = {0};
    switch ((p->lab.ncls + 7) / 8) { /* vectors of 8 labels */
    case 1: lab_acc(row, bnd, nr, sum, 1); break;
    case 2: lab_acc(row, bnd, nr, sum, 2); break;
    case 3: lab_acc(row, bnd, nr, sum, 3); break;
    case 4: lab_acc(row, bnd, nr, sum, 4); break;
    case 5: lab_acc(row, bnd, nr, sum, 5); break;
    case 6: lab_acc(row, bnd, nr, sum, 6); break;
    case 7: lab_acc(row, bnd, nr, sum, 7); break;
    default: lab_acc(row, bnd, nr, sum, 8); break;
    }
    for (uint64_t m = lmask; m; m &= m - 1) {
      int l = dy_pm_ctz64(m);
      if (best < 0 || sum[l] > top) best = l, top = sum[l];
    }
    return best;
  }
#else
  (void)bnd;
#endif
  for (uint64_t m = lmask; m; m &= m - 1) {
    int l = dy_pm_ctz64(m);
    int32_t a = 0, b = 0;
    int k = 0;
    for (; k + 1 < nr; k += 2) a += row[k][l], b += row[k + 1][l];
    if (k < nr) a += row[k][l];
    a += b;
    if (best < 0 || a > top) best = l, top = a;
  }
  return best;
}

/* The tagger's scores: dy_pm_score's sums for a table of at most 24
 * classes, with a dense row's weights added to int32 sums held in
 * registers (each 8 int16 split into their even and odd lanes, which
 * pmaddwd and psrad widen exactly). */
static void tag_score(const dy_pm_table *t, const uint64_t *keys, int nk, int32_t *scores) {
#ifdef DY_PM_SSE2
  if (t->ncls > 24) {
    dy_pm_score(t, keys, nk, scores);
    return;
  }
  const uint8_t *rows[128];
  if (nk > 128) nk = 128;
  for (int k = 0; k < nk; k++) DY_PM_PREFETCH(t->slots + 8u * ((uint32_t)keys[k] & t->mask));
  for (int k = 0; k < nk; k++) {
    rows[k] = dy_pm_find(t, keys[k]);
    if (rows[k]) DY_PM_PREFETCH(rows[k]);
  }
  __m128i e0 = _mm_setzero_si128(), e1 = e0, e2 = e0, o0 = e0, o1 = e0, o2 = e0, one = _mm_set1_epi32(1);
  int32_t sp[32] = {0};
  for (int k = 0; k < nk; k++) {
    const uint8_t *r = rows[k];
    if (!r) continue;
    unsigned c = r[0];
    if (c == DY_PM_DENSE) {
      __m128i x0 = _mm_loadu_si128((const __m128i *)(const void *)(r + 2));
      __m128i x1 = _mm_loadu_si128((const __m128i *)(const void *)(r + 18));
      __m128i x2 = _mm_loadu_si128((const __m128i *)(const void *)(r + 34));
      e0 = _mm_add_epi32(e0, _mm_madd_epi16(x0, one)), o0 = _mm_add_epi32(o0, _mm_srai_epi32(x0, 16));
      e1 = _mm_add_epi32(e1, _mm_madd_epi16(x1, one)), o1 = _mm_add_epi32(o1, _mm_srai_epi32(x1, 16));
      e2 = _mm_add_epi32(e2, _mm_madd_epi16(x2, one)), o2 = _mm_add_epi32(o2, _mm_srai_epi32(x2, 16));
      continue;
    }
    const uint8_t *cl = r + 1, *w = r + 1 + c;
    for (unsigned j = 0; j < c; j++) sp[cl[j]] += dy_pm_rd16(w + 2 * j);
  }
  int32_t ev[12], od[12];
  _mm_storeu_si128((__m128i *)(void *)ev, e0), _mm_storeu_si128((__m128i *)(void *)(ev + 4), e1), _mm_storeu_si128((__m128i *)(void *)(ev + 8), e2);
  _mm_storeu_si128((__m128i *)(void *)od, o0), _mm_storeu_si128((__m128i *)(void *)(od + 4), o1), _mm_storeu_si128((__m128i *)(void *)(od + 8), o2);
  for (uint32_t j = 0; j < t->ncls; j++) scores[j] += sp[j] + ((j & 1) ? od[j >> 1] : ev[j >> 1]);
#else
  dy_pm_score(t, keys, nk, scores);
#endif
}

/* ---- tagging and parsing --------------------------------------------------------------- */

static void tag_piece(const dy_parser *p, const dy_ptok *toks, uint32_t n, const uint8_t *hint, dy_pm_word *w, uint8_t *tags) {
  /* the words' lexicon slots are fetched all at once, then read */
  uint64_t lk[DY_PARSE_MAX];
  for (uint32_t i = 0; i < n; i++) {
    dy_pm_word_init(&w[i], toks[i].s ? toks[i].s : "", toks[i].s ? toks[i].len : 0);
    lk[i] = dy_pm_k1(250, w[i].w);
    DY_PM_PREFETCH(p->lex + 8u * ((uint32_t)lk[i] & p->lex_mask));
  }
  for (uint32_t i = 0; i < n; i++) w[i].lex = lex_info(p, lk[i]);
  uint64_t keys[DY_PM_TAG_NFEAT];
  for (uint32_t i = 0; i < n; i++) {
    int t = hint && hint[i] < DY_UPOS_N ? hint[i] : DY_PM_LEX_TAG(w[i].lex);
    if (t < 0) {
      int32_t sc[DY_PM_PAD(DY_UPOS_N)] = {0};
      int nk = dy_pm_tag_feats(w, n, i, tags, keys);
      tag_score(&p->tag, keys, nk, sc);
      t = 0;
      for (int c = 1; c < DY_UPOS_N; c++)
        if (sc[c] > sc[t]) t = c;
    }
    if (hint && hint[i] == DY_PARSE_NAME && t != DY_UPOS_PROPN && t != DY_UPOS_ADJ) t = DY_UPOS_PROPN;
    /* "according to" is a preposition, as the treebank has it: its "to" is
     * no infinitive marker, and the word after it is read as a noun
     * ("according to reports", "according to details released by") */
    if (i > 0 && toks[i].len == 2 && toks[i - 1].len == 9 && toks[i].s && toks[i - 1].s && !strncasecmp(toks[i].s, "to", 2) &&
        !strncasecmp(toks[i - 1].s, "according", 9))
      t = DY_UPOS_ADP;
    tags[i] = (uint8_t)t;
  }
  /* A clause has a finite verb. The tagger, reading left to right, takes
   * the -s form after a name for a plural noun in a clause that then has
   * none ("Pakistan plans to sign", "If Israel strikes Iran again, ..."):
   * in a stretch between clause boundaries with no finite verb, such a form
   * that can be a verb, after a name or pronoun and not before a
   * preposition ("US strikes on Iran" stays a noun phrase), is the verb. */
  for (uint32_t a = 0; a < n;) {
    uint32_t b = a;
    int finite = 0;
    while (b < n && !(b > a && (tags[b] == DY_UPOS_SCONJ || tags[b] == DY_UPOS_CCONJ || (tags[b] == DY_UPOS_PUNCT && toks[b].len == 1 && (toks[b].s[0] == ',' || toks[b].s[0] == ';' || toks[b].s[0] == ':'))))) {
      if ((tags[b] == DY_UPOS_VERB || tags[b] == DY_UPOS_AUX) && !(b > 0 && tags[b - 1] == DY_UPOS_PART)) finite = 1;
      b++;
    }
    for (uint32_t i = a + 1; !finite && i + 1 < b; i++) {
      if ((hint && hint[i] < DY_UPOS_N) || tags[i] != DY_UPOS_NOUN || (tags[i - 1] != DY_UPOS_PROPN && tags[i - 1] != DY_UPOS_PRON) || tags[i + 1] == DY_UPOS_ADP) continue;
      size_t len = toks[i].len;
      if (len < 3 || !toks[i].s || toks[i].s[len - 1] != 's' || toks[i].s[len - 2] == 's' || toks[i].s[len - 2] == '\'') continue;
      char low[DY_PM_WLEN], lem[64];
      size_t m = dy_pm_lower(toks[i].s, len, low);
      int verb = (DY_PM_LEX_AMB(w[i].lex) >> DY_UPOS_VERB) & 1;
      if (!verb) {
        dy_pm_lemma_rule(low, m, DY_UPOS_VERB, known, p, lem, sizeof lem);
        verb = known(p, DY_UPOS_VERB, lem, strlen(lem));
      }
      if (verb) { tags[i] = DY_UPOS_VERB; finite = 1; }
    }
    a = b > a ? b : a + 1;
  }
  /* After a modal (DY_PARSE_MODAL: "would", "will", "can" ...; "not" or an adverb between)
   * comes a verb's base form: a word tagged as an adjective or a noun there
   * that can be a verb, is its own base form and has a noun phrase after
   * it is the verb ("Iran would not resume talks"). */
  /* (and so after "help", which takes a bare infinitive: "Royal Marines
   * helped detain an Iranian tanker", a lower-case word the tagger took
   * for a name there too) */
  for (uint32_t i = 1; i < n; i++) {
    int lower_name = tags[i] == DY_UPOS_PROPN && toks[i].s && toks[i].len && toks[i].s[0] >= 'a' && toks[i].s[0] <= 'z';
    if ((hint && hint[i] < DY_UPOS_N) || (tags[i] != DY_UPOS_ADJ && tags[i] != DY_UPOS_NOUN && !lower_name) || !toks[i].s || i + 1 >= n) continue;
    /* and it has an object: a noun phrase follows */
    int nx = tags[i + 1];
    if (nx != DY_UPOS_NOUN && nx != DY_UPOS_PROPN && nx != DY_UPOS_DET && nx != DY_UPOS_PRON && nx != DY_UPOS_NUM) continue;
    uint32_t j = i - 1;
    while (j > 0 && (tags[j] == DY_UPOS_PART || tags[j] == DY_UPOS_ADV) && i - j < 3) j--;
    int help = tags[j] == DY_UPOS_VERB && toks[j].s && j + 1 == i &&
               ((toks[j].len == 4 && !strncasecmp(toks[j].s, "help", 4)) || (toks[j].len == 5 && !strncasecmp(toks[j].s, "helps", 5)) ||
                (toks[j].len == 6 && !strncasecmp(toks[j].s, "helped", 6)));
    if (!help && (tags[j] != DY_UPOS_AUX || !hint || hint[j] != DY_PARSE_MODAL)) continue;
    if (lower_name && !help) continue;
    char low[DY_PM_WLEN], lem[64];
    size_t m = dy_pm_lower(toks[i].s, toks[i].len, low);
    int verb = (DY_PM_LEX_AMB(w[i].lex) >> DY_UPOS_VERB) & 1;
    dy_pm_lemma_rule(low, m, DY_UPOS_VERB, known, p, lem, sizeof lem);
    if (!verb) verb = known(p, DY_UPOS_VERB, lem, strlen(lem));
    if (verb && strlen(lem) == m && !memcmp(lem, low, m)) tags[i] = DY_UPOS_VERB;
  }
  /* "Sudan and Chad have long accused each other": a form of "have" with an
   * adverb or two before a verb's -ed form is the perfect's auxiliary, not
   * the verb (the tagger, reading left to right, takes it for "have" with
   * an object when an adverb stands between) */
  for (uint32_t i = 0; i + 2 < n; i++) {
    if (tags[i] != DY_UPOS_VERB || !toks[i].s || (hint && hint[i] < DY_UPOS_N)) continue;
    size_t len = toks[i].len;
    if (!((len == 3 && !strncasecmp(toks[i].s, "has", 3)) || (len == 4 && !strncasecmp(toks[i].s, "have", 4)) || (len == 3 && !strncasecmp(toks[i].s, "had", 3))))
      continue;
    uint32_t j = i + 1;
    while (j < n && j <= i + 2 && tags[j] == DY_UPOS_ADV) j++;
    if (j == i + 1 || j >= n || tags[j] != DY_UPOS_VERB || !toks[j].s || toks[j].len < 4) continue;
    if (strncasecmp(toks[j].s + toks[j].len - 2, "ed", 2)) continue;
    tags[i] = DY_UPOS_AUX;
  }
}

static void mov_score(const dy_parser *p, const uint64_t *keys, int nk, int32_t *sc) {
  if (p->mpacked) mscore(&p->mov, keys, nk, sc);
  else dy_pm_mscore(&p->mov, keys, nk, sc);
}

/* The weights of a feature group kept while what it depends on stays the
 * same, by token: the stack top's (DY_PM_PG_S), which stays the same
 * while the token is on the stack (its head, left children and the word
 * under it do not change there), valid while its head and the word under
 * it are those it was computed with; its right children's (DY_PM_PG_R),
 * valid while the top, its head and the word under it are as they were
 * (ver: a token's arcs' version); the buffer front's (DY_PM_PG_B), valid
 * while it has the same left children; the words from the front on
 * (DY_PM_PG_N), always valid. Sums of integers, so the scores are those of
 * every key added at once. */
typedef struct {
  uint32_t ver, hver;
  uint16_t s1;
  int32_t a[3];
} grp_cache;

static void parse_piece(const dy_parser *p, const dy_pm_word *w, const uint8_t *tags, uint32_t n, dy_pnode *out, uint32_t base) {
  dy_pm_state st;
  dy_pm_state_init(&st, n);
  uint64_t keys[DY_PM_PAR_NFEAT], ks[DY_PM_PAR_NFEAT], kb[DY_PM_PAR_NFEAT], kn[DY_PM_PAR_NFEAT], kq[DY_PM_PAR_NFEAT];
  uint8_t ok[DY_PM_NMOVES];
  uint32_t ver[DY_PARSE_MAX + 1], stamp = 1;
  grp_cache sg[DY_PARSE_MAX + 1], bg[DY_PARSE_MAX + 1], ng[DY_PARSE_MAX + 1], qg[DY_PARSE_MAX + 1];
  for (uint32_t i = 0; i <= n; i++) ver[i] = 1, sg[i].ver = bg[i].ver = ng[i].ver = qg[i].ver = 0;
  while (!dy_pm_done(&st)) {
    uint32_t s0 = st.stack[st.sp - 1], s1 = st.sp > 1 ? st.stack[st.sp - 2] : DY_PM_NONE, b0 = st.b;
    uint32_t s0h = s0 != n ? st.head[s0] : DY_PM_NONE, hv = s0h != DY_PM_NONE ? ver[s0h] : 0;
    grp_cache *cs = &sg[s0], *cb = &bg[b0], *cn = &ng[b0], *cq = &qg[s0];
    unsigned g = DY_PM_PG_X;
    if (!cs->ver || cs->hver != (s0h != DY_PM_NONE ? s0h + 1 : 0) || cs->s1 != (uint16_t)s1) g |= DY_PM_PG_S;
    if (cq->ver != ver[s0] || cq->hver != hv || cq->s1 != (uint16_t)s1) g |= DY_PM_PG_R;
    if (cb->ver != ver[b0]) g |= DY_PM_PG_B;
    if (!cn->ver) g |= DY_PM_PG_N;
    int nk, nks, nkb, nkn, nkq, nxv;
    uint32_t xv[DY_PM_PAR_NFEAT];
    dy_pm_par_feats_g(&st, w, tags, g | DY_PM_PG_D, keys, &nk, ks, &nks, kb, &nkb, kn, &nkn, kq, &nkq, xv, &nxv);
    int32_t sc[DY_PM_NMOVES] = {0};
    /* the joint templates of small values from their tables */
    for (int i = 0; i < nxv && i < DY_PM_NXD; i++)
      if (xv[i] < p->xdsize[i]) {
        const int8_t *q = p->xdw[i] + 4 * (size_t)xv[i];
        sc[1] += q[0], sc[2] += q[1], sc[3] += q[2];
      }
    /* every group's lines fetched before any is read */
    const uint8_t *lx[DY_PM_PAR_NFEAT], *ls[DY_PM_PAR_NFEAT], *lq[DY_PM_PAR_NFEAT], *lb[DY_PM_PAR_NFEAT], *ln[DY_PM_PAR_NFEAT];
    int packed = p->mpacked;
    if (packed) {
      mlines(&p->mov, keys, nk, lx);
      if (g & DY_PM_PG_S) mlines(&p->mov, ks, nks, ls);
      if (g & DY_PM_PG_R) mlines(&p->mov, kq, nkq, lq);
      if (g & DY_PM_PG_B) mlines(&p->mov, kb, nkb, lb);
      if (g & DY_PM_PG_N) mlines(&p->mov, kn, nkn, ln);
    }
#define GROUP_SCORE(K, NK, L, A) do { \
      int32_t a_[DY_PM_NMOVES] = {0}; \
      if (packed) msum((L), (K), (NK), a_); \
      else dy_pm_mscore(&p->mov, (K), (NK), a_); \
      for (int c = 0; c < 3; c++) (A)[c] = a_[1 + c]; \
    } while (0)
    if (g & DY_PM_PG_S) {
      GROUP_SCORE(ks, nks, ls, cs->a);
      cs->ver = 1, cs->hver = s0h != DY_PM_NONE ? s0h + 1 : 0, cs->s1 = (uint16_t)s1;
    }
    if (g & DY_PM_PG_R) {
      GROUP_SCORE(kq, nkq, lq, cq->a);
      cq->ver = ver[s0], cq->hver = hv, cq->s1 = (uint16_t)s1;
    }
    if (g & DY_PM_PG_B) {
      GROUP_SCORE(kb, nkb, lb, cb->a);
      cb->ver = ver[b0];
    }
    if (g & DY_PM_PG_N) {
      GROUP_SCORE(kn, nkn, ln, cn->a);
      cn->ver = 1;
    }
#undef GROUP_SCORE
    if (packed) msum(lx, keys, nk, sc);
    else dy_pm_mscore(&p->mov, keys, nk, sc);
    for (int c = 0; c < 3; c++) sc[1 + c] += cs->a[c] + cq->a[c] + cb->a[c] + cn->a[c];
    dy_pm_valid(&st, ok);
    int best = -1;
    for (int c = 0; c < DY_PM_NMOVES; c++)
      if (ok[c] && (best < 0 || sc[c] > sc[best])) best = c;
    int label = 0;
    if (best >= DY_PM_LEFT) {
      uint32_t h, d;
      dy_pm_arc(&st, best, &h, &d);
      uint32_t e = h == n ? 0 : dy_pm_ltab_ix(tags[h], tags[d], d < h);
      if (h == n) {
        label = p->root_label;
      } else if (p->lfix[e]) {
        label = p->lfix[e] - 1;
      } else {
        uint32_t dv[DY_PM_LAB_NFEAT];
        int nd;
        nk = dy_pm_lab_feats_d(&st, w, tags, h, d, keys, dv, &nd);
        label = lab_best(p, keys, nk, dv, nd, p->lmask[e]);
        if (label < 0) label = 0;
      }
    }
    if (best >= DY_PM_LEFT) {
      uint32_t h, d;
      dy_pm_arc(&st, best, &h, &d);
      stamp++;
      ver[h] = ver[d] = stamp;
    }
    dy_pm_apply(&st, best, label);
  }
  /* one root: the root's dependent, else the first word without a head;
   * other words left without a head hang from it */
  uint32_t root = st.root_used ? st.r1[n] : DY_PM_NONE;
  for (uint32_t i = 0; i < n && root == DY_PM_NONE; i++)
    if (st.head[i] == DY_PM_NONE) root = i;
  for (uint32_t i = 0; i < n; i++) {
    if (i == root) {
      out[i].head = -1;
      out[i].label = (uint8_t)p->root_label;
    } else if (st.head[i] == DY_PM_NONE || st.head[i] == n) {
      out[i].head = (int16_t)(base + root);
      out[i].label = (uint8_t)p->fix_label;
    } else {
      out[i].head = (int16_t)(base + st.head[i]);
      out[i].label = st.lab[i];
    }
  }
}

static int run(const dy_parser *p, const dy_ptok *toks, uint32_t n, const uint8_t *hint, dy_pnode *out, int parse) {
  if (!p || (n && (!toks || !out))) return -1;
  if (n > INT16_MAX) return -1;
  dy_pm_word w[DY_PARSE_MAX];
  uint8_t tags[DY_PARSE_MAX];
  for (uint32_t base = 0; base < n; base += DY_PARSE_MAX) {
    uint32_t m = n - base < DY_PARSE_MAX ? n - base : DY_PARSE_MAX;
    tag_piece(p, toks + base, m, hint ? hint + base : NULL, w, tags);
    /* the lemma table's slots are fetched all at once, then read */
    uint64_t lk[DY_PARSE_MAX];
    for (uint32_t i = 0; i < m; i++) {
      lk[i] = dy_pm_k1(200 + (unsigned)tags[i], w[i].w);
      DY_PM_PREFETCH(p->lem + 8u * ((uint32_t)lk[i] & p->lem_mask));
    }
    for (uint32_t i = 0; i < m; i++) {
      dy_pnode *o = &out[base + i];
      o->upos = tags[i];
      o->head = -1;
      o->label = 0;
      memset(o->lemma, 0, sizeof o->lemma);
      lemma_of(p, toks[base + i].s ? toks[base + i].s : "", toks[base + i].s ? toks[base + i].len : 0, tags[i], lk[i], o->lemma, sizeof o->lemma);
    }
    if (parse) parse_piece(p, w, tags, m, out + base, base);
  }
  return 0;
}

int dy_parse_sentence(const dy_parser *p, const dy_ptok *toks, uint32_t n, dy_pnode *out) { return run(p, toks, n, NULL, out, 1); }
int dy_parse_sentence_hinted(const dy_parser *p, const dy_ptok *toks, uint32_t n, const uint8_t *hint, dy_pnode *out) {
  return run(p, toks, n, hint, out, 1);
}
int dy_tag_sentence(const dy_parser *p, const dy_ptok *toks, uint32_t n, dy_pnode *out) { return run(p, toks, n, NULL, out, 0); }

/* model.h: what the parse runtime (parse.c) and its trainer
 * (tools/train-parse.c) share, so that training and use compute the same
 * features: the model file's layout, feature hashing, the word features of a
 * token, the tagger's and the parser's feature templates, the arc-eager
 * transition system and the lemmatiser's rules. Internal to src/parse and the
 * trainer. */
#ifndef DYAD_PARSE_MODEL_H
#define DYAD_PARSE_MODEL_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "parse.h"

/* ---- the model file -------------------------------------------------------
 *
 * One file, dir/parse/model.bin, little-endian:
 *   header  "DYPARSE\0" (8 bytes), u32 version, u32 file size, u32 checksum
 *           (FNV-1a 32 of every byte after the header), u32 section count
 *   section u32 id, u32 length, then length bytes (padded to 4)
 * Sections: labels (u32 count, then NUL-terminated names), the tagger's
 * weights, the labeller's weights, the word lexicon, the lemma table, the
 * lemma sets, the parser's move table (see dy_pm_mtab below) and the arc
 * label table (below).
 * A weight table is u32 nslots (a power of two), u32 nclasses, u32 rows size,
 * then nslots slots of (u32 fingerprint, u32 row offset) (fingerprint 0: an
 * empty slot), then the rows: u8 count, count class ids, count int16 weights. */
#define DY_PM_MAGIC "DYPARSE"
#define DY_PM_VERSION 4u
#define DY_PM_HEADER 24u
#define DY_PM_FILE "parse/model.bin"
enum {
  DY_PM_SEC_LABELS = 1, /* u32 n, names */
  DY_PM_SEC_TAGGER,     /* weight table */
  DY_PM_SEC_PARSER,     /* weight table: the labeller (classes: labels) */
  DY_PM_SEC_LEXICON,    /* u32 nslots, slots (u32 fp, u32 info): the words' tags seen */
  DY_PM_SEC_LEMMAS,     /* u32 nslots, u32 pool size, slots (u32 fp, u32 offset), pool */
  DY_PM_SEC_LEMSET,     /* u32 nslots, slots (u32 fp): known verb and adjective lemmas */
  DY_PM_SEC_MOVES,      /* the parser's move table: u32 nbuckets, then the buckets */
  DY_PM_SEC_LTAB,       /* the arc label table (below) */
  DY_PM_NSEC
};

/* Lexicon info: bits 0..16 the tags seen for the word (often enough), bits
 * 24..28 the word's only tag plus one (0: none: the tagger decides). */
#define DY_PM_LEX_AMB(x) ((x) & 0x1ffffu)
#define DY_PM_LEX_TAG(x) ((int)(((x) >> 24) & 31u) - 1)

static inline uint32_t dy_pm_rd32(const uint8_t *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}
static inline uint32_t dy_pm_rd16u(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static inline int16_t dy_pm_rd16(const uint8_t *p) { return (int16_t)(uint16_t)((uint32_t)p[0] | (uint32_t)p[1] << 8); }
/* The fingerprint a 64-bit key is stored under (never 0) and its first slot. */
static inline uint32_t dy_pm_fp(uint64_t k) { return (uint32_t)(k >> 32) | 1u; }

/* ---- hashing -------------------------------------------------------------- */

static inline uint64_t dy_pm_mix(uint64_t x) {
  x ^= x >> 30; x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27; x *= 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}
static inline uint64_t dy_pm_str(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211ULL;
  return dy_pm_mix(h ^ n);
}
/* A parser feature key: the template and up to three values, one mix. */
static inline uint64_t dy_pm_pk(unsigned t, uint64_t a, uint64_t b, uint64_t c) {
  return dy_pm_mix(a * 0x9e3779b97f4a7c15ULL + b * 0xff51afd7ed558ccdULL + c * 0xc4ceb9fe1a85ec53ULL + (uint64_t)(t + 1) * 0x2545f4914f6cdd1dULL);
}
/* A feature key from a template number and up to three values. */
static inline uint64_t dy_pm_k1(unsigned t, uint64_t a) { return dy_pm_mix(a + 0x9e3779b97f4a7c15ULL * (t + 1)); }
static inline uint64_t dy_pm_k2(unsigned t, uint64_t a, uint64_t b) { return dy_pm_mix(dy_pm_k1(t, a) ^ (b * 0xff51afd7ed558ccdULL + 1)); }
static inline uint64_t dy_pm_k3(unsigned t, uint64_t a, uint64_t b, uint64_t c) {
  return dy_pm_mix(dy_pm_k2(t, a, b) ^ (c * 0xc4ceb9fe1a85ec53ULL + 7));
}

/* ---- a weight table, read in place ---------------------------------------- */

typedef struct {
  const uint8_t *slots, *rows;
  uint32_t mask, ncls, nrows;
} dy_pm_table;

static inline const uint8_t *dy_pm_find(const dy_pm_table *t, uint64_t key) {
  uint32_t fp = dy_pm_fp(key), i = (uint32_t)key & t->mask;
  for (;;) {
    const uint8_t *s = t->slots + 8u * i;
    uint32_t f = dy_pm_rd32(s);
    if (f == fp) return t->rows + dy_pm_rd32(s + 4);
    if (!f) return NULL;
    i = (i + 1) & t->mask;
  }
}
/* Class counts rounded up to a multiple of 16: the length of a dense row and
 * the size a scores array must have. */
#define DY_PM_PAD(n) (((n) + 15) & ~15)
#define DY_PM_DENSE 255 /* a row's count byte for a dense row */

/* Adds the rows of the nk keys into scores[0..DY_PM_PAD(ncls)). A sparse row
 * is u8 count, count class ids, count int16 weights; a dense row (count byte
 * 255, at an even offset) is a pad byte then DY_PM_PAD(ncls) int16 weights. */
#if defined(__GNUC__)
#define DY_PM_PREFETCH(p) __builtin_prefetch(p)
#else
#define DY_PM_PREFETCH(p) ((void)(p))
#endif
static inline void dy_pm_score(const dy_pm_table *t, const uint64_t *keys, int nk, int32_t *scores) {
  uint32_t np = DY_PM_PAD(t->ncls);
  const uint8_t *rows[128];
  /* four banks of scores, summed at the end: consecutive rows add to
   * different memory, so their additions do not wait on one another */
  int32_t bank[4][DY_PM_PAD(256)];
  if (nk > 128) nk = 128;
  for (int i = 0; i < 4; i++) memset(bank[i], 0, sizeof(int32_t) * np);
  /* the slots, then the rows, are fetched all at once: the lookups' cache
   * misses overlap instead of following one another */
  for (int k = 0; k < nk; k++) DY_PM_PREFETCH(t->slots + 8u * ((uint32_t)keys[k] & t->mask));
  for (int k = 0; k < nk; k++) {
    rows[k] = dy_pm_find(t, keys[k]);
    if (rows[k]) DY_PM_PREFETCH(rows[k]);
  }
  int nb = 0;
  for (int k = 0; k < nk; k++) {
    const uint8_t *r = rows[k];
    if (!r) continue;
    unsigned c = r[0];
    int32_t *sc = bank[nb++ & 3];
    if (c == DY_PM_DENSE) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
      const int16_t *w = (const int16_t *)(const void *)(r + 2);
      for (uint32_t b = 0; b < np / 16; b++)
        for (int j = 0; j < 16; j++) sc[16 * b + (uint32_t)j] += w[16 * b + (uint32_t)j];
#else
      for (uint32_t j = 0; j < np; j++) sc[j] += dy_pm_rd16(r + 2 + 2 * j);
#endif
      continue;
    }
    const uint8_t *cl = r + 1, *w = r + 1 + c;
    for (unsigned j = 0; j < c; j++) sc[cl[j]] += dy_pm_rd16(w + 2 * j);
  }
  for (uint32_t b = 0; b < np / 16; b++)
    for (int j = 0; j < 16; j++) {
      uint32_t x = 16 * b + (uint32_t)j;
      scores[x] += bank[0][x] + bank[1][x] + bank[2][x] + bank[3][x];
    }
}

/* ---- the move table --------------------------------------------------------
 *
 * The parser chooses among four moves (shift, reduce, left-arc, right-arc)
 * with its own weights, in buckets of 64 bytes (a cache line): 12 u16
 * fingerprints (0: an empty place), then 12 weights of reduce, 12 of
 * left-arc and 12 of right-arc (int8 -127..127 stored plus 128, as one
 * byte), each relative to shift's (a feature adds the same amount to every
 * move's score when its weights are shifted together, so shift's is taken
 * as 0), then 4 zero bytes. A key lives in one bucket, its low 32 bits
 * scaled to the bucket count, so a lookup reads one line and compares its
 * fingerprints at once, without a branch. */
#define DY_PM_BUCKET 64
#define DY_PM_BSLOTS 12 /* places in a bucket */
#define DY_PM_BW 24     /* offset of the reduce weights; left-arc's follow at +12, right-arc's at +24 */
typedef struct {
  const uint8_t *b; /* the buckets, 64-byte aligned (a copy made at load time) */
  uint32_t n;
} dy_pm_mtab;
static inline uint32_t dy_pm_mfirst(uint64_t key, uint32_t n) { return (uint32_t)(((uint64_t)(uint32_t)key * n) >> 32); }
static inline uint32_t dy_pm_mfp(uint64_t key) {
  uint32_t f = (uint32_t)(key >> 48);
  return f ? f : 1;
}
#if defined(__SSE2__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#include <emmintrin.h>
#define DY_PM_SSE2 1
#endif
/* Adds the weights of the nk keys (at most 128) to sc[1..3] (sc[0], shift,
 * gets none). */
static inline void dy_pm_mscore(const dy_pm_mtab *t, const uint64_t *keys, int nk, int32_t *sc) {
  const uint8_t *line[128];
  if (nk > 128) nk = 128;
  for (int k = 0; k < nk; k++) {
    line[k] = t->b + (size_t)DY_PM_BUCKET * dy_pm_mfirst(keys[k], t->n);
    DY_PM_PREFETCH(line[k]);
  }
#ifdef DY_PM_SSE2
  /* a key matches at most one place of its bucket: the sum of the masked
   * (biased, unsigned) weight bytes is that weight plus 128, or 0; the
   * matches are counted once for the three moves */
  __m128i ar = _mm_setzero_si128(), al = ar, aa = ar, an = ar, one8 = _mm_set1_epi8(1), zero = ar;
  for (int k = 0; k < nk; k++) {
    const uint8_t *q = line[k];
    __m128i fp = _mm_set1_epi16((short)dy_pm_mfp(keys[k]));
    __m128i m0 = _mm_cmpeq_epi16(_mm_load_si128((const __m128i *)(const void *)q), fp);
    __m128i m1 = _mm_cmpeq_epi16(_mm_loadl_epi64((const __m128i *)(const void *)(q + 16)), fp); /* lanes 4..7 zero: no match */
    __m128i m = _mm_packs_epi16(m0, m1); /* one byte a place, places 12..15 never set */
    ar = _mm_add_epi64(ar, _mm_sad_epu8(_mm_and_si128(m, _mm_loadu_si128((const __m128i *)(const void *)(q + DY_PM_BW))), zero));
    al = _mm_add_epi64(al, _mm_sad_epu8(_mm_and_si128(m, _mm_loadu_si128((const __m128i *)(const void *)(q + DY_PM_BW + 12))), zero));
    aa = _mm_add_epi64(aa, _mm_sad_epu8(_mm_and_si128(m, _mm_loadu_si128((const __m128i *)(const void *)(q + DY_PM_BW + 24))), zero));
    an = _mm_add_epi64(an, _mm_sad_epu8(_mm_and_si128(m, one8), zero));
  }
  int64_t x[4][2];
  _mm_storeu_si128((__m128i *)(void *)x[0], ar);
  _mm_storeu_si128((__m128i *)(void *)x[1], al);
  _mm_storeu_si128((__m128i *)(void *)x[2], aa);
  _mm_storeu_si128((__m128i *)(void *)x[3], an);
  int32_t bias = (int32_t)(128 * (x[3][0] + x[3][1]));
  for (int c = 0; c < 3; c++) sc[1 + c] += (int32_t)(x[c][0] + x[c][1]) - bias;
#else
  int32_t a[3] = {0, 0, 0};
  for (int k = 0; k < nk; k++) {
    const uint8_t *l = line[k];
    uint32_t fp = dy_pm_mfp(keys[k]);
    for (int j = 0; j < DY_PM_BSLOTS; j++) {
      int32_t m = -(int32_t)(((uint32_t)l[2 * j] | (uint32_t)l[2 * j + 1] << 8) == fp);
      for (int c = 0; c < 3; c++) a[c] += m & ((int32_t)l[DY_PM_BW + 12 * c + j] - 128);
    }
  }
  for (int c = 0; c < 3; c++) sc[1 + c] += a[c];
#endif
}

/* ---- the arc label table --------------------------------------------------
 *
 * For each (head tag, dependent tag, direction) of an arc: the labels the
 * training arcs of that kind ever had (a u64 mask; all labels when none was
 * seen), and the label when one label is (nearly) all of them, which the
 * arc then gets without the labeller. Section: u32 tag count (DY_UPOS_N),
 * then DY_PM_LTAB_N masks (u32 low, u32 high), then DY_PM_LTAB_N bytes
 * (the fixed label plus one; 0: the labeller decides). */
#define DY_PM_LTAB_N (DY_UPOS_N * DY_UPOS_N * 2)
/* The lowest set bit of a non-zero mask. */
static inline int dy_pm_ctz64(uint64_t m) {
#if defined(__GNUC__)
  return __builtin_ctzll(m);
#else
  int i = 0;
  while (!(m & 1)) m >>= 1, i++;
  return i;
#endif
}
static inline uint32_t dy_pm_ltab_ix(int head_tag, int dep_tag, int left) {
  return ((uint32_t)head_tag * DY_UPOS_N + (uint32_t)dep_tag) * 2u + (left ? 1u : 0u);
}

/* ---- the words of a sentence ---------------------------------------------- */

#define DY_PM_WLEN 64 /* bytes of a token looked at */

typedef struct {
  uint64_t w;           /* the lower-cased form */
  uint64_t pre[4], suf[4]; /* its prefixes and suffixes of 1..4 bytes */
  uint64_t shape;       /* Xxxx -> "Xx", 1,000 -> "d,d" ... */
  uint32_t lex;         /* lexicon info, 0 for an unknown word */
  uint8_t flags;        /* DY_PM_W_* */
} dy_pm_word;

enum { DY_PM_W_UPPER = 1, DY_PM_W_DIGIT = 2, DY_PM_W_HYPHEN = 4, DY_PM_W_ALLCAPS = 8 };

/* Lower-cases a token (ASCII letters; other bytes kept) into out (at most
 * DY_PM_WLEN bytes); returns the length. */
size_t dy_pm_lower(const char *s, size_t n, char *out);
/* Fills w from a token's text; lex is looked up by the caller. */
void dy_pm_word_init(dy_pm_word *w, const char *s, size_t n);

/* ---- the tagger ------------------------------------------------------------ */

#define DY_PM_TAG_NFEAT 40
/* The feature keys for tagging word i given the tags already chosen for
 * words before it; returns their number. */
int dy_pm_tag_feats(const dy_pm_word *w, uint32_t n, uint32_t i, const uint8_t *tags, uint64_t *out);

/* ---- the parser: arc-eager with the root on the stack ---------------------- */

#define DY_PM_NONE 0xffff
typedef struct {
  uint32_t n;                          /* tokens; index n is the root */
  uint16_t stack[DY_PARSE_MAX + 1];
  uint32_t sp;                         /* stack size (the root at the bottom) */
  uint32_t b;                          /* the buffer's front */
  int root_used;                       /* the root has its one dependent */
  uint16_t head[DY_PARSE_MAX + 1];     /* DY_PM_NONE: none yet */
  uint8_t lab[DY_PARSE_MAX + 1];
  uint16_t l1[DY_PARSE_MAX + 1], l2[DY_PARSE_MAX + 1], r1[DY_PARSE_MAX + 1], r2[DY_PARSE_MAX + 1];
  uint8_t nl[DY_PARSE_MAX + 1], nr[DY_PARSE_MAX + 1];
  uint64_t ls[DY_PARSE_MAX + 1], rs[DY_PARSE_MAX + 1]; /* labels of the left and right dependents */
} dy_pm_state;

/* Moves; an arc's label is chosen by the labeller. */
enum { DY_PM_SHIFT = 0, DY_PM_REDUCE = 1, DY_PM_LEFT = 2, DY_PM_RIGHT = 3, DY_PM_NMOVES = 4 };
#define DY_PM_PAR_NFEAT 96
#define DY_PM_LAB_NFEAT 48

void dy_pm_state_init(dy_pm_state *s, uint32_t n);
static inline int dy_pm_done(const dy_pm_state *s) { return s->b >= s->n; }
/* Marks the moves allowed in this state (ok[0..4)); returns how many. */
int dy_pm_valid(const dy_pm_state *s, uint8_t *ok);
/* The head and the dependent of an arc move in this state. */
void dy_pm_arc(const dy_pm_state *s, int move, uint32_t *h, uint32_t *d);
/* Applies a move; label: the arc's label (arc moves only). */
void dy_pm_apply(dy_pm_state *s, int move, int label);
/* The move features of the state given the words and their tags. */
int dy_pm_par_feats(const dy_pm_state *s, const dy_pm_word *w, const uint8_t *tags, uint64_t *out);
/* The move features by group (model.c): of the stack's top alone (its
 * right children's apart: DY_PM_PG_R), of the buffer's front alone (its
 * left children; the words from it on), of both; g chooses the groups
 * computed. All together are dy_pm_par_feats' keys. */
enum { DY_PM_PG_X = 1, DY_PM_PG_S = 2, DY_PM_PG_B = 4, DY_PM_PG_N = 8, DY_PM_PG_D = 16, DY_PM_PG_R = 32 };
/* The joint templates whose values are all small (tags, labels, a
 * distance ...: dy_pm_xd, DY_PM_NXD of them, in the order the X group has
 * them): with DY_PM_PG_D the X group gives, for each, the index of its
 * values in its table (ov, *nv), for the parser to read their weights from tables made at load time. The
 * values of a kind and their indices: a tag (its number, then none, then
 * the root), a label (its number below 64, then none), a distance (0..9),
 * 0 or 1, 0..15, only 0. */
enum { DY_PM_XK_0, DY_PM_XK_P, DY_PM_XK_L, DY_PM_XK_D, DY_PM_XK_B, DY_PM_XK_W, DY_PM_XK_I, DY_PM_XK_S };
/* and for the labeller (dy_pm_ld): a direction (1, 2), a direction with a distance (16 + 0..8, 32 + 0..8) */
#define DY_PM_XN_P (DY_UPOS_N + 2u)
#define DY_PM_XN_L 65u
#define DY_PM_XN_D 10u
#define DY_PM_XN_B 2u
#define DY_PM_XN_W 16u
#define DY_PM_XN_0 1u
#define DY_PM_XN_I 2u
#define DY_PM_XN_S 18u
#define DY_PM_NXD 15
typedef struct {
  uint32_t t;
  uint8_t kind[3];
} dy_pm_xdef;
extern const dy_pm_xdef dy_pm_xd[DY_PM_NXD];
void dy_pm_par_feats_g(const dy_pm_state *s, const dy_pm_word *w, const uint8_t *tags, unsigned g, uint64_t *ox, int *nx,
                       uint64_t *os, int *ns, uint64_t *ob, int *nb, uint64_t *on, int *nn, uint64_t *oq, int *nq, uint32_t *ov, int *nv);
/* The labeller's features of the arc h -> d about to be made in the state. */
int dy_pm_lab_feats(const dy_pm_state *s, const dy_pm_word *w, const uint8_t *tags, uint32_t h, uint32_t d, uint64_t *out);
/* The same, those of dy_pm_ld (DY_PM_NLD of them, in order) given as the
 * index of their values in their tables (ov, *nov), not among the keys. */
#define DY_PM_NLD 17
extern const dy_pm_xdef dy_pm_ld[DY_PM_NLD];
int dy_pm_lab_feats_d(const dy_pm_state *s, const dy_pm_word *w, const uint8_t *tags, uint32_t h, uint32_t d, uint64_t *out,
                      uint32_t *ov, int *nov);

/* ---- lemmas ---------------------------------------------------------------- */

/* The lemma of a lower-cased form of the given tag by rule: regular plurals,
 * -ed, -ing, -s, -er, -est; known(u, lemma, n) says whether a candidate is a
 * known verb (u's verb set) or adjective, to choose among candidates. Writes
 * at most nout - 1 bytes and a NUL. */
void dy_pm_lemma_rule(const char *f, size_t n, int upos, int (*known)(const void *u, int upos, const char *s, size_t n),
                      const void *u, char *out, size_t nout);
/* Keys of the lemma table and of the lemma sets. */
static inline uint64_t dy_pm_lemma_key(const char *f, size_t n, int upos) { return dy_pm_k1(200 + (unsigned)upos, dy_pm_str(f, n)); }
static inline uint64_t dy_pm_lemset_key(const char *f, size_t n, int verb) { return dy_pm_k1(240 + (unsigned)verb, dy_pm_str(f, n)); }

#endif

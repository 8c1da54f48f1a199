/* dedup.c: near-duplicate detection: one-permutation MinHash of word shingles, an LSH-banded index of b-bit fingerprints. */
#include "link/dedup.h"
#include "../base.h"

#include <stdlib.h>
#include <string.h>

_Static_assert(DY_DEDUP_K == 128, "the bin of a hash is its top 7 bits");
_Static_assert(DY_DEDUP_ROWS >= 1 && DY_DEDUP_ROWS <= 4, "a band key is at most 4 fingerprint bytes");
_Static_assert(DY_DEDUP_ROWS * DY_DEDUP_BANDS <= DY_DEDUP_K, "bands fit in the bins");
_Static_assert(DY_DEDUP_SHINGLE >= 1 && DY_DEDUP_SHINGLE <= 8, "shingle of 1..8 words");

#define EMPTY UINT32_MAX
#define FNV_OFFSET 1469598103934665603ULL
#define FNV_PRIME 1099511628211ULL
#define SHINGLE_MUL 0x9E3779B97F4A7C15ULL
#define MAX_ARTICLES (UINT32_MAX - 2u)
#define MIN_LG 8
#define MAX_LG 31

/* ---- hashing ------------------------------------------------------------ */

/* The MurmurHash3 64-bit finaliser: a bijection that spreads every input bit. */
static inline uint64_t fmix64(uint64_t h) {
  h ^= h >> 33;
  h *= 0xFF51AFD7ED558CCDULL;
  h ^= h >> 33;
  h *= 0xC4CEB9FE1A85EC53ULL;
  h ^= h >> 33;
  return h;
}

/* The MurmurHash3 32-bit finaliser. */
static inline uint32_t fmix32(uint32_t h) {
  h ^= h >> 16;
  h *= 0x85EBCA6Bu;
  h ^= h >> 13;
  h *= 0xC2B2AE35u;
  h ^= h >> 16;
  return h;
}

/* ---- tokens ------------------------------------------------------------- */

/* Byte classes: 0 separates words; otherwise the byte as it enters the word
 * hash (ASCII letters lower-cased, digits and bytes >= 0x80 unchanged). */
#define CL(c) ((unsigned char)((c) >= 'A' && (c) <= 'Z' ? (c) | 0x20 \
  : ((c) >= 'a' && (c) <= 'z') || ((c) >= '0' && (c) <= '9') || (c) >= 0x80 ? (c) : 0))
#define CL8(b) CL(b), CL(b + 1), CL(b + 2), CL(b + 3), CL(b + 4), CL(b + 5), CL(b + 6), CL(b + 7)
#define CL64(b) CL8(b), CL8(b + 8), CL8(b + 16), CL8(b + 24), CL8(b + 32), CL8(b + 40), CL8(b + 48), CL8(b + 56)
static const unsigned char byte_class[256] = {CL64(0), CL64(64), CL64(128), CL64(192)};

/* The length of the UTF-8 space or punctuation character at s[i] (i < n) that
 * separates words: U+00A0..U+00BF (no-break space, guillemets, signs),
 * U+2000..U+207F (spaces, dashes, curly quotes, ellipsis), U+3000..U+3002
 * (ideographic space, comma, full stop) and U+FFFD (a replaced invalid byte);
 * 0 when the byte is part of a word. */
static inline size_t utf8_separator(const unsigned char *s, size_t i, size_t n) {
  unsigned c = s[i];
  if (c == 0xC2) return i + 1 < n && s[i + 1] >= 0xA0 && s[i + 1] <= 0xBF ? 2 : 0;
  if (i + 2 >= n) return 0;
  if (c == 0xE2) return s[i + 1] == 0x80 || s[i + 1] == 0x81 ? 3 : 0;
  if (c == 0xE3) return s[i + 1] == 0x80 && s[i + 2] <= 0x82 ? 3 : 0;
  if (c == 0xEF) return s[i + 1] == 0xBF && s[i + 2] == 0xBD ? 3 : 0;
  return 0;
}

/* ---- signatures ---------------------------------------------------------- */

/* The state of a signature being computed: the last words' hashes and the
 * least value seen in each bin. */
typedef struct {
  uint64_t w[DY_DEDUP_SHINGLE];
  uint64_t nwords;
  uint32_t bin[DY_DEDUP_K];
} sig_state;

/* Enters a word (by its hash) and, once there are enough words, the shingle
 * that ends with it. */
static inline void add_word(sig_state *st, uint64_t wh) {
  for (int j = 0; j + 1 < DY_DEDUP_SHINGLE; j++) st->w[j] = st->w[j + 1];
  st->w[DY_DEDUP_SHINGLE - 1] = wh;
  if (++st->nwords < DY_DEDUP_SHINGLE) return;
  uint64_t h = st->w[0];
  for (int j = 1; j < DY_DEDUP_SHINGLE; j++) h = h * SHINGLE_MUL + st->w[j];
  h = fmix64(h);
  unsigned b = (unsigned)(h >> 57);
  uint32_t v = (uint32_t)h;
  if (v < st->bin[b]) st->bin[b] = v;
}

/* Fills the empty bins of bin[] (optimal densification): empty bin i takes
 * the value of the first non-empty bin in a pseudo-random sequence that
 * depends only on i, so that two texts fill it alike with probability equal
 * to their similarity. At least one bin must be non-empty. */
static void densify(uint32_t *bin) {
  uint32_t orig[DY_DEDUP_K];
  memcpy(orig, bin, sizeof orig);
  for (unsigned i = 0; i < DY_DEDUP_K; i++) {
    if (orig[i] != EMPTY) continue;
    unsigned a;
    for (a = 1; a <= 8 * DY_DEDUP_K; a++) {
      unsigned j = (unsigned)(fmix64(((uint64_t)i << 32) + a) >> 57);
      if (orig[j] != EMPTY) {
        bin[i] = orig[j];
        break;
      }
    }
    if (a > 8 * DY_DEDUP_K) { /* hardly ever: the next non-empty bin */
      for (unsigned k = 1; k < DY_DEDUP_K; k++) {
        unsigned j = (i + k) % DY_DEDUP_K;
        if (orig[j] != EMPTY) {
          bin[i] = orig[j];
          break;
        }
      }
    }
  }
}

int dy_dedup_signature(const char *text, size_t n, dy_dedup_sig *out) {
  sig_state st;
  memset(&st, 0, sizeof st);
  memset(st.bin, 0xFF, sizeof st.bin);
  const unsigned char *s = (const unsigned char *)text;
  if (!s) n = 0;
  uint64_t wh = FNV_OFFSET;
  int inword = 0;
  size_t i = 0;
  while (i < n) {
    unsigned c = s[i];
    unsigned l = byte_class[c];
    size_t sep = 0;
    if (l && (c < 0xC2 || (sep = utf8_separator(s, i, n)) == 0)) {
      wh = (wh ^ l) * FNV_PRIME;
      inword = 1;
      i++;
      continue;
    }
    if (inword) {
      add_word(&st, wh);
      wh = FNV_OFFSET;
      inword = 0;
    }
    i += sep ? sep : 1;
  }
  if (inword) add_word(&st, wh);
  uint64_t nsh = st.nwords >= DY_DEDUP_SHINGLE ? st.nwords - (DY_DEDUP_SHINGLE - 1) : 0;
  out->nshingles = nsh > UINT32_MAX ? UINT32_MAX : (uint32_t)nsh;
  if (nsh < DY_DEDUP_MIN_SHINGLES) {
    memset(out->minhash, 0, sizeof out->minhash);
    return -1;
  }
  densify(st.bin);
  memcpy(out->minhash, st.bin, sizeof out->minhash);
  return 0;
}

double dy_dedup_similarity(const dy_dedup_sig *a, const dy_dedup_sig *b) {
  if (!a || !b || a->nshingles < DY_DEDUP_MIN_SHINGLES || b->nshingles < DY_DEDUP_MIN_SHINGLES) return 0;
  unsigned m = 0;
  for (unsigned i = 0; i < DY_DEDUP_K; i++) m += a->minhash[i] == b->minhash[i];
  return (double)m / DY_DEDUP_K;
}

/* ---- the index ------------------------------------------------------------- */

struct dy_dedup {
  uint32_t n, cap;                  /* articles, and room for them */
  long long *ids;                   /* [cap] */
  uint8_t *fp;                      /* [cap * K] fingerprints */
  uint32_t *tab[DY_DEDUP_BANDS];    /* per band: 2^lg slots, article + 1 or 0 */
  unsigned lg[DY_DEDUP_BANDS];
};

/* The 8-bit fingerprints of a signature's bins. */
static void fingerprints(const dy_dedup_sig *sig, uint8_t *fp) {
  for (unsigned i = 0; i < DY_DEDUP_K; i++) fp[i] = (uint8_t)(fmix32(sig->minhash[i] ^ (i * 0x9E3779B9u)) >> 24);
}

/* The key of band b of fingerprints fp: its ROWS bytes. */
static inline uint32_t band_key(const uint8_t *fp, unsigned b) {
  const uint8_t *p = fp + b * DY_DEDUP_ROWS;
  uint32_t k = 0;
  for (unsigned r = 0; r < DY_DEDUP_ROWS; r++) k |= (uint32_t)p[r] << (8 * r);
  return k;
}

/* The first slot to probe for key in band b. */
static inline size_t band_slot(uint32_t key, unsigned b, unsigned lg) {
  return (size_t)fmix32(key ^ (b * 0x27D4EB2Fu)) & (((size_t)1 << lg) - 1);
}

/* Number of equal fingerprints. */
static inline unsigned fp_matches(const uint8_t *a, const uint8_t *b) {
  unsigned m = 0;
  for (unsigned i = 0; i < DY_DEDUP_K; i++) m += a[i] == b[i];
  return m;
}

/* Jaccard similarity estimated from m equal 8-bit fingerprints of K: two
 * different values agree by chance with probability 1/256. */
static double fp_estimate(unsigned m) {
  double p = (double)m / DY_DEDUP_K, c = 1.0 / 256;
  double j = (p - c) / (1 - c);
  return j < 0 ? 0 : j > 1 ? 1 : j;
}

dy_dedup *dy_dedup_new(void) {
  return dy_xcalloc(1, sizeof(dy_dedup));
}

void dy_dedup_free(dy_dedup *x) {
  if (!x) return;
  for (unsigned b = 0; b < DY_DEDUP_BANDS; b++) free(x->tab[b]);
  free(x->ids);
  free(x->fp);
  free(x);
}

size_t dy_dedup_count(const dy_dedup *x) {
  return x ? x->n : 0;
}

size_t dy_dedup_bytes(const dy_dedup *x) {
  if (!x) return 0;
  size_t s = sizeof *x + (size_t)x->cap * (sizeof(long long) + DY_DEDUP_K);
  for (unsigned b = 0; b < DY_DEDUP_BANDS; b++)
    if (x->tab[b]) s += ((size_t)1 << x->lg[b]) * sizeof(uint32_t);
  return s;
}

/* Enters article a in table t (2^lg slots) of band b; with cap, not when
 * DY_DEDUP_BUCKET_MAX articles already share its key there. */
static void band_insert(const dy_dedup *x, uint32_t *t, unsigned lg, unsigned b, uint32_t a, int cap) {
  size_t mask = ((size_t)1 << lg) - 1;
  uint32_t key = band_key(x->fp + (size_t)a * DY_DEDUP_K, b);
  size_t i = band_slot(key, b, lg);
  unsigned same = 0;
  while (t[i]) {
    if (cap && band_key(x->fp + (size_t)(t[i] - 1) * DY_DEDUP_K, b) == key && ++same >= DY_DEDUP_BUCKET_MAX) return;
    i = (i + 1) & mask;
  }
  t[i] = a + 1;
}

/* Makes room for one more entry in band b's table (at most 3/4 full), moving
 * the entries to a table twice as large when needed. Returns 0 or -1. */
static int band_reserve(dy_dedup *x, unsigned b) {
  unsigned lg = x->lg[b];
  if (x->tab[b] && (size_t)x->n + 1 <= ((size_t)3 << lg) / 4) return 0;
  unsigned nlg = x->tab[b] ? lg + 1 : MIN_LG;
  if (nlg > MAX_LG) return -1;
  uint32_t *t = dy_xcalloc((size_t)1 << nlg, sizeof *t);
  if (x->tab[b]) {
    size_t old = (size_t)1 << lg;
    for (size_t i = 0; i < old; i++)
      if (x->tab[b][i]) band_insert(x, t, nlg, b, x->tab[b][i] - 1, 0);
    free(x->tab[b]);
  }
  x->tab[b] = t;
  x->lg[b] = nlg;
  return 0;
}

int dy_dedup_add(dy_dedup *x, long long id, const dy_dedup_sig *sig) {
  if (!x || !sig) return -1;
  if (sig->nshingles < DY_DEDUP_MIN_SHINGLES) return 0;
  if (x->n >= MAX_ARTICLES) return -1;
  if (x->n == x->cap) {
    uint32_t ncap = x->cap ? (x->cap > MAX_ARTICLES / 2 ? MAX_ARTICLES : x->cap * 2) : 256;
    if ((uint64_t)ncap * DY_DEDUP_K > (uint64_t)SIZE_MAX) return -1; /* 32-bit hosts */
    x->ids = dy_xreallocarray(x->ids, ncap, sizeof *x->ids);
    x->fp = dy_xreallocarray(x->fp, ncap, DY_DEDUP_K);
    x->cap = ncap;
  }
  for (unsigned b = 0; b < DY_DEDUP_BANDS; b++)
    if (band_reserve(x, b) < 0) return -1;
  uint32_t a = x->n;
  x->ids[a] = id;
  fingerprints(sig, x->fp + (size_t)a * DY_DEDUP_K);
  for (unsigned b = 0; b < DY_DEDUP_BANDS; b++) band_insert(x, x->tab[b], x->lg[b], b, a, 1);
  x->n++;
  return 0;
}

long long dy_dedup_find(const dy_dedup *x, const dy_dedup_sig *sig, double *similarity) {
  if (!x || !sig || sig->nshingles < DY_DEDUP_MIN_SHINGLES || x->n == 0) return -1;
  uint8_t q[DY_DEDUP_K];
  fingerprints(sig, q);
  uint32_t best = UINT32_MAX;
  unsigned bestm = 0;
  for (unsigned b = 0; b < DY_DEDUP_BANDS; b++) {
    const uint32_t *t = x->tab[b];
    if (!t) continue;
    size_t mask = ((size_t)1 << x->lg[b]) - 1;
    uint32_t key = band_key(q, b);
    for (size_t i = band_slot(key, b, x->lg[b]); t[i]; i = (i + 1) & mask) {
      uint32_t a = t[i] - 1;
      const uint8_t *f = x->fp + (size_t)a * DY_DEDUP_K;
      if (band_key(f, b) != key || a == best) continue;
      unsigned m = fp_matches(q, f);
      if (best == UINT32_MAX || m > bestm || (m == bestm && a < best)) {
        best = a;
        bestm = m;
      }
    }
  }
  if (best == UINT32_MAX || fp_estimate(bestm) < DY_DEDUP_THRESHOLD) return -1;
  if (similarity) *similarity = fp_estimate(bestm);
  return x->ids[best];
}

/* ---- serialisation ----------------------------------------------------------- */

enum { SIG_HEADER = 8, SIG_VERSION = 1 };

size_t dy_dedup_sig_size(void) {
  return SIG_HEADER + 4 * DY_DEDUP_K;
}

/* Writes v little-endian at p. */
static void put32(unsigned char *p, uint32_t v) {
  p[0] = (unsigned char)v;
  p[1] = (unsigned char)(v >> 8);
  p[2] = (unsigned char)(v >> 16);
  p[3] = (unsigned char)(v >> 24);
}

/* Reads a little-endian 32-bit integer at p. */
static uint32_t get32(const unsigned char *p) {
  return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

void dy_dedup_sig_pack(const dy_dedup_sig *sig, unsigned char *out) {
  out[0] = 'M';
  out[1] = SIG_VERSION;
  out[2] = DY_DEDUP_SHINGLE;
  out[3] = DY_DEDUP_K / 8;
  put32(out + 4, sig->nshingles);
  for (unsigned i = 0; i < DY_DEDUP_K; i++) put32(out + SIG_HEADER + 4 * i, sig->minhash[i]);
}

int dy_dedup_sig_unpack(const unsigned char *in, size_t n, dy_dedup_sig *out) {
  if (!in || !out || n != dy_dedup_sig_size()) return -1;
  if (in[0] != 'M' || in[1] != SIG_VERSION || in[2] != DY_DEDUP_SHINGLE || in[3] != DY_DEDUP_K / 8) return -1;
  out->nshingles = get32(in + 4);
  for (unsigned i = 0; i < DY_DEDUP_K; i++) out->minhash[i] = get32(in + SIG_HEADER + 4 * i);
  return 0;
}

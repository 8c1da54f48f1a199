/* base.h: the layer every part of libdyad builds on: the allocator, the
 * growable arrays and byte buffer, the hash table and the warning channel.
 *
 * Error policy, once for all: running out of memory is fatal. Every
 * allocation goes through dy_xmalloc and its kin, which print "dyad: out
 * of memory" and abort in this one place (as cmark does), so no caller
 * tests for NULL and no result is lost silently on a failed allocation.
 * Every other failure (bad input, a file that cannot be read, a store that
 * refuses) is returned: -1 or NULL with its message in the caller's
 * (why, nwhy) buffer at the public API, or reported through dy_warn for
 * bad input that is skipped while the run goes on. The library itself
 * never prints: warnings go to the handler the application installs with
 * dyad_set_warning_handler (include/dyad.h), standard error by default. */
#ifndef DYAD_BASE_H
#define DYAD_BASE_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

void *dy_xmalloc(size_t n);
void *dy_xcalloc(size_t count, size_t size);
void *dy_xrealloc(void *p, size_t n);
/* realloc of count * size bytes, aborting on overflow as on exhaustion */
void *dy_xreallocarray(void *p, size_t count, size_t size);
char *dy_xstrdup(const char *s);
char *dy_xstrndup(const char *s, size_t n);

/* ---- growable arrays -------------------------------------------------------------
 * An array grown by doubling, whatever the type of its count and capacity:
 *
 *     DY_VEC_GROW(v, cap, n + 1);   v has room for n + 1 elements
 *     v[n++] = x;
 *
 * dy_grow_cap is the capacity that holds need elements (cap doubled, from
 * 16, until it does), for arrays grown side by side with one capacity;
 * dy_vec_grow reallocates p (of elements of elem bytes) to it. Both abort
 * on overflow as on exhaustion. */
size_t dy_grow_cap(size_t cap, size_t need);
void *dy_vec_grow(void *p, size_t *cap, size_t need, size_t elem);
#define DY_VEC_GROW(p, cap, need)                                                                        \
  do {                                                                                                   \
    if ((size_t)(need) > (size_t)(cap)) {                                                                \
      size_t dy_c_ = (size_t)(cap);                                                                      \
      (p) = dy_vec_grow((p), &dy_c_, (size_t)(need), sizeof *(p));                                       \
      (cap) = dy_c_;                                                                                     \
    }                                                                                                    \
  } while (0)

/* ---- growable byte buffer ---------------------------------------------------------
 * Always NUL-terminated once written to. With max (0: none), a write that
 * would take it past max bytes writes nothing, returns -1 and marks it
 * full: every later write is refused too, so a caller may check once, at
 * the end (b.full). A zeroed dy_buf is empty and valid. */
typedef struct {
  char *p;
  size_t n, cap, max;
  int full;
} dy_buf;

static inline int dy_buf_put(dy_buf *b, const void *s, size_t n); /* 0, or -1 (full: nothing written) */
int dy_buf_puts(dy_buf *b, const char *s);
static inline int dy_buf_putc(dy_buf *b, int c);
int dy_buf_printf(dy_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* Room for need more bytes and a NUL at b->p + b->n, for a caller that
 * writes there itself and adds to b->n; 0, or -1 (full). */
static inline int dy_buf_reserve(dy_buf *b, size_t need);
/* The bytes, which become the caller's (NULL when none were written or the
 * buffer is full); b is empty after. */
char *dy_buf_take(dy_buf *b, size_t *len);
void dy_buf_free(dy_buf *b);

int dy_buf_grow_(dy_buf *b, size_t need);
static inline int dy_buf_reserve(dy_buf *b, size_t need) {
  /* room within cap is room within max too: the buffer never grows past max + 1 */
  if (need < b->cap - b->n && !b->full) return 0;
  return dy_buf_grow_(b, need);
}

/* The writes, inline: a byte at a time on the paths of every text. */
static inline int dy_buf_put(dy_buf *b, const void *s, size_t n) {
  if (dy_buf_reserve(b, n)) return -1;
  if (n) memcpy(b->p + b->n, s, n);
  b->n += n;
  b->p[b->n] = 0;
  return 0;
}

static inline int dy_buf_putc(dy_buf *b, int c) {
  char ch = (char)c;
  return dy_buf_put(b, &ch, 1);
}

/* Bounded copies, the same bytes as snprintf(dst, n, "%s", s) and
 * snprintf(dst, n, "%.*s%s", (int)amax, a, b) (n > 0) without a format to
 * read: on the paths of every actor and event. */
static inline void dy_scopy(char *dst, size_t n, const char *s) {
  size_t k = strlen(s);
  if (k >= n) k = n - 1;
  memmove(dst, s, k);
  dst[k] = 0;
}

static inline void dy_scat(char *dst, size_t n, const char *a, size_t amax, const char *b) {
  size_t ka = strnlen(a, amax), kb = strlen(b);
  if (ka >= n) ka = n - 1;
  if (kb > n - 1 - ka) kb = n - 1 - ka;
  memmove(dst, a, ka);
  memmove(dst + ka, b, kb);
  dst[ka + kb] = 0;
}

/* A warning about bad input: "FILE:LINE: message" (file NULL: none, line
 * 0: none), passed to the installed handler. */
void dy_warn(const char *file, long line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

/* FNV-1a, 64 bit: the hash of the tables keyed by a string. */
uint64_t dy_hash64(const void *p, size_t n);

/* Starts fetching the cache line of address p (a hint; nothing else happens). */
#if defined(__GNUC__)
#define DY_PREFETCH(p) __builtin_prefetch(p)
#else
#define DY_PREFETCH(p) ((void)(p))
#endif

/* ---- hash table ------------------------------------------------------------------
 * Open addressing with linear probing from 64-bit keys to 32-bit values. A
 * key may be added more than once (the callers keying by a string's hash
 * walk every value of the hash and compare the strings themselves):
 *
 *     size_t it;
 *     for (uint32_t v = dy_map_first(&m, h, &it); v != DY_MAP_NONE; v = dy_map_next(&m, h, &it))
 *       if (same(v)) return v;
 *
 * The table grows by itself past half full; dy_map_init's expected size
 * only saves the growing. A zeroed dy_map is empty and valid. */
#define DY_MAP_NONE UINT32_MAX

/* A slot holds its key and value side by side, so a probe reads one cache line. */
typedef struct {
  uint64_t key;
  uint32_t val; /* DY_MAP_NONE: an empty slot */
} dy_map_slot;

typedef struct {
  dy_map_slot *slot;
  size_t cap, n;  /* cap a power of two, or 0 */
  unsigned shift; /* 64 - log2(cap) */
} dy_map;

void dy_map_init(dy_map *m, size_t expected);
void dy_map_add(dy_map *m, uint64_t key, uint32_t val);
static inline uint32_t dy_map_first(const dy_map *m, uint64_t key, size_t *it);
static inline uint32_t dy_map_next(const dy_map *m, uint64_t key, size_t *it);
/* The value of key h whose string (key(ctx, value, &len)) is s[0..n), for
 * tables keyed by a string's hash; DY_MAP_NONE when none. *it (when not
 * NULL) is then the iterator dy_map_replace takes. */
typedef const char *(*dy_map_key_fn)(const void *ctx, uint32_t val, size_t *len);
uint32_t dy_map_find_str(const dy_map *m, uint64_t h, const char *s, size_t n, dy_map_key_fn key, const void *ctx, size_t *it);
/* Replaces the value of the entry dy_map_first/next returned last with it. */
void dy_map_replace(dy_map *m, size_t it, uint32_t val);
/* The value of the first entry with key, DY_MAP_NONE when none. */
static inline uint32_t dy_map_get(const dy_map *m, uint64_t key);
/* Empties m, keeping its room. */
void dy_map_clear(dy_map *m);
void dy_map_free(dy_map *m);

/* The lookups, inline: they are on the paths every token takes. */
static inline size_t dy_map_slot_(const dy_map *m, uint64_t key) {
  return (size_t)((key * 0x9E3779B97F4A7C15ULL) >> m->shift); /* Fibonacci hashing: the high bits */
}

static inline uint32_t dy_map_next(const dy_map *m, uint64_t key, size_t *it) {
  if (!m->cap) return DY_MAP_NONE;
  for (size_t i = *it; m->slot[i].val != DY_MAP_NONE; i = (i + 1) & (m->cap - 1))
    if (m->slot[i].key == key) {
      *it = (i + 1) & (m->cap - 1);
      return m->slot[i].val;
    }
  return DY_MAP_NONE;
}

static inline uint32_t dy_map_first(const dy_map *m, uint64_t key, size_t *it) {
  if (!m->cap) return DY_MAP_NONE;
  *it = dy_map_slot_(m, key);
  return dy_map_next(m, key, it);
}

static inline uint32_t dy_map_get(const dy_map *m, uint64_t key) {
  size_t it;
  return dy_map_first(m, key, &it);
}

/* Starts fetching the slot where a lookup of key begins: callers with many
 * keys at hand fetch a few ahead, so that the table's cache misses overlap. */
static inline void dy_map_prefetch(const dy_map *m, uint64_t key) {
  if (m->cap) DY_PREFETCH(&m->slot[dy_map_slot_(m, key)]);
}

#endif

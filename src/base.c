/* base.c: the allocator, growable arrays and buffers, the warning channel and
 * the hash table (base.h). */
#include "base.h"
#include "../include/dyad.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ---- the allocator: the one place where running out of memory ends the run ---------- */

static void *oom(void) {
  fputs("dyad: out of memory\n", stderr);
  abort();
}

void *dy_xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  return p ? p : oom();
}

void *dy_xcalloc(size_t count, size_t size) {
  void *p = calloc(count ? count : 1, size ? size : 1);
  return p ? p : oom();
}

void *dy_xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  return q ? q : oom();
}

void *dy_xreallocarray(void *p, size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) return oom();
  return dy_xrealloc(p, count * size);
}

char *dy_xstrndup(const char *s, size_t n) {
  char *p = dy_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  return p;
}

char *dy_xstrdup(const char *s) { return dy_xstrndup(s, strlen(s)); }

/* ---- growable arrays ----------------------------------------------------------------- */

size_t dy_grow_cap(size_t cap, size_t need) {
  size_t c = cap ? cap : 16;
  while (c < need) {
    if (c > SIZE_MAX / 2) return (size_t)oom();
    c *= 2;
  }
  return c;
}

void *dy_vec_grow(void *p, size_t *cap, size_t need, size_t elem) {
  if (need <= *cap) return p;
  size_t c = dy_grow_cap(*cap, need);
  p = dy_xreallocarray(p, c, elem);
  *cap = c;
  return p;
}

/* ---- the byte buffer ------------------------------------------------------------------ */

int dy_buf_grow_(dy_buf *b, size_t need) {
  if (b->full) return -1;
  if ((b->max && need > b->max - b->n) || need > SIZE_MAX - 1 - b->n) {
    b->full = 1;
    return -1;
  }
  if (b->n + need + 1 > b->cap) {
    size_t c = b->cap ? b->cap : 256;
    while (c < b->n + need + 1) c = c > SIZE_MAX / 2 ? SIZE_MAX : c * 2;
    if (b->max && c > b->max + 1) c = b->max + 1;
    b->p = dy_xrealloc(b->p, c);
    b->cap = c;
  }
  return 0;
}

int dy_buf_puts(dy_buf *b, const char *s) { return dy_buf_put(b, s, strlen(s)); }

int dy_buf_printf(dy_buf *b, const char *fmt, ...) {
  char tmp[512];
  va_list ap;
  va_start(ap, fmt);
  int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
  va_end(ap);
  if (n < 0) return -1;
  if ((size_t)n < sizeof tmp) return dy_buf_put(b, tmp, (size_t)n);
  if (dy_buf_reserve(b, (size_t)n)) return -1;
  va_start(ap, fmt);
  vsnprintf(b->p + b->n, (size_t)n + 1, fmt, ap);
  va_end(ap);
  b->n += (size_t)n;
  return 0;
}

char *dy_buf_take(dy_buf *b, size_t *len) {
  char *p = b->full ? NULL : b->p;
  if (len) *len = p ? b->n : 0;
  if (!p) free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
  b->full = 0;
  return p;
}

void dy_buf_free(dy_buf *b) {
  free(b->p);
  b->p = NULL;
  b->n = b->cap = 0;
  b->full = 0;
}

/* ---- warnings ----------------------------------------------------------------------- */

int dy_quiet_warnings;

static void to_stderr(void *user, const char *file, long line, const char *msg) {
  (void)user;
  if (file && line > 0) fprintf(stderr, "dyad: %s:%ld: %s\n", file, line, msg);
  else if (file) fprintf(stderr, "dyad: %s: %s\n", file, msg);
  else fprintf(stderr, "dyad: %s\n", msg);
}

static pthread_mutex_t warn_lock = PTHREAD_MUTEX_INITIALIZER;
static dyad_warning_fn handler = to_stderr;
static void *handler_user;

void dyad_set_warning_handler(dyad_warning_fn fn, void *user) {
  pthread_mutex_lock(&warn_lock);
  handler = fn ? fn : to_stderr;
  handler_user = fn ? user : NULL;
  pthread_mutex_unlock(&warn_lock);
}

void dy_warn(const char *file, long line, const char *fmt, ...) {
  if (dy_quiet_warnings > 1) return;
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  pthread_mutex_lock(&warn_lock); /* one warning at a time, whatever the handler */
  handler(handler_user, file, line, msg);
  pthread_mutex_unlock(&warn_lock);
}

/* FNV-1a, 64 bit. */
uint64_t dy_hash64(const void *p, size_t n) {
  const unsigned char *s = p;
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 1099511628211ULL;
  }
  return h;
}

/* ---- the hash table ----------------------------------------------------------------- */

static void map_alloc(dy_map *m, size_t cap) {
  m->slot = dy_xreallocarray(NULL, cap, sizeof *m->slot);
  for (size_t i = 0; i < cap; i++) m->slot[i] = (dy_map_slot){0, DY_MAP_NONE};
  m->cap = cap;
  m->n = 0;
  m->shift = 64;
  for (size_t c = cap; c > 1; c >>= 1) m->shift--;
}

void dy_map_init(dy_map *m, size_t expected) {
  size_t cap = 16;
  while (cap < 2 * expected + 2) cap *= 2;
  map_alloc(m, cap);
}

static void put(dy_map *m, uint64_t key, uint32_t val) {
  size_t i = dy_map_slot_(m, key);
  while (m->slot[i].val != DY_MAP_NONE) i = (i + 1) & (m->cap - 1);
  m->slot[i] = (dy_map_slot){key, val};
  m->n++;
}

void dy_map_add(dy_map *m, uint64_t key, uint32_t val) {
  if (!m->cap) dy_map_init(m, 8);
  if (2 * (m->n + 1) > m->cap) {
    dy_map old = *m;
    map_alloc(m, old.cap * 2);
    for (size_t i = 0; i < old.cap; i++)
      if (old.slot[i].val != DY_MAP_NONE) put(m, old.slot[i].key, old.slot[i].val);
    dy_map_free(&old);
  }
  put(m, key, val);
}


uint32_t dy_map_find_str(const dy_map *m, uint64_t h, const char *s, size_t n, dy_map_key_fn key, const void *ctx, size_t *it) {
  size_t i;
  for (uint32_t v = dy_map_first(m, h, &i); v != DY_MAP_NONE; v = dy_map_next(m, h, &i)) {
    size_t kn;
    const char *k = key(ctx, v, &kn);
    if (kn == n && memcmp(k, s, n) == 0) {
      if (it) *it = i;
      return v;
    }
  }
  return DY_MAP_NONE;
}

void dy_map_replace(dy_map *m, size_t it, uint32_t val) { m->slot[(it - 1) & (m->cap - 1)].val = val; }


void dy_map_clear(dy_map *m) {
  for (size_t i = 0; i < m->cap; i++) m->slot[i].val = DY_MAP_NONE;
  m->n = 0;
}

void dy_map_free(dy_map *m) {
  free(m->slot);
  m->slot = NULL;
  m->cap = m->n = 0;
}

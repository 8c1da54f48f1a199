/* base.h: the layer every part of libdyad builds on: the allocator, the
 * hash table and the warning channel.
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

void *dy_xmalloc(size_t n);
void *dy_xcalloc(size_t count, size_t size);
void *dy_xrealloc(void *p, size_t n);
/* realloc of count * size bytes, aborting on overflow as on exhaustion */
void *dy_xreallocarray(void *p, size_t count, size_t size);
char *dy_xstrdup(const char *s);
char *dy_xstrndup(const char *s, size_t n);

/* A warning about bad input: "FILE:LINE: message" (file NULL: none, line
 * 0: none), passed to the installed handler. */
void dy_warn(const char *file, long line, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

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

typedef struct {
  uint64_t *key;
  uint32_t *val; /* DY_MAP_NONE: an empty slot */
  size_t cap, n;  /* cap a power of two, or 0 */
} dy_map;

void dy_map_init(dy_map *m, size_t expected);
void dy_map_add(dy_map *m, uint64_t key, uint32_t val);
uint32_t dy_map_first(const dy_map *m, uint64_t key, size_t *it);
uint32_t dy_map_next(const dy_map *m, uint64_t key, size_t *it);
/* The value of key h whose string (key(ctx, value, &len)) is s[0..n), for
 * tables keyed by a string's hash; DY_MAP_NONE when none. *it (when not
 * NULL) is then the iterator dy_map_replace takes. */
typedef const char *(*dy_map_key_fn)(const void *ctx, uint32_t val, size_t *len);
uint32_t dy_map_find_str(const dy_map *m, uint64_t h, const char *s, size_t n, dy_map_key_fn key, const void *ctx, size_t *it);
/* Replaces the value of the entry dy_map_first/next returned last with it. */
void dy_map_replace(dy_map *m, size_t it, uint32_t val);
/* The value of the first entry with key, DY_MAP_NONE when none. */
uint32_t dy_map_get(const dy_map *m, uint64_t key);
void dy_map_free(dy_map *m);

#endif

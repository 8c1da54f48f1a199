/* test_base.c: the base layer: growable arrays, the byte buffer, the hash
 * table, and warnings reaching the
 * handler an application installs through include/dyad.h. */
#include "../../include/dyad.h"
#include "../../src/base.h"
#include "testlib.h"

#include <stdlib.h>
#include <unistd.h>

typedef struct { int n; char last[512]; long line; } seen_t;

static void collect(void *user, const char *file, long line, const char *msg) {
  seen_t *s = user;
  s->n++;
  s->line = line;
  snprintf(s->last, sizeof s->last, "%s|%s", file ? file : "", msg);
}

static void test_map(void) {
  dy_map m = {0};
  CHECK_INT(dy_map_get(&m, 42), DY_MAP_NONE); /* a zeroed table is empty and valid */
  for (uint32_t i = 0; i < 10000; i++) dy_map_add(&m, (uint64_t)i * 7919, i);
  CHECK_INT(m.n, 10000);
  CHECK(m.cap >= 20000 && (m.cap & (m.cap - 1)) == 0);
  int ok = 1;
  for (uint32_t i = 0; i < 10000; i++) ok &= dy_map_get(&m, (uint64_t)i * 7919) == i;
  CHECK(ok);
  CHECK_INT(dy_map_get(&m, 7919ULL * 10000), DY_MAP_NONE);
  /* one key, several values: each is found once */
  dy_map_add(&m, 0, 500000);
  dy_map_add(&m, 0, 500001);
  size_t it;
  int n = 0;
  long sum = 0;
  for (uint32_t v = dy_map_first(&m, 0, &it); v != DY_MAP_NONE; v = dy_map_next(&m, 0, &it)) n++, sum += v;
  CHECK_INT(n, 3); /* value 0 of key 0, then the two */
  CHECK_INT(sum, 1000001);
  dy_map_free(&m);
  CHECK_INT(m.cap, 0);
}

static const char *const NAMES[] = {"iran", "pakistan", "iraq"};
static const char *name_of(const void *ctx, uint32_t v, size_t *len) {
  (void)ctx;
  *len = strlen(NAMES[v]);
  return NAMES[v];
}

/* strings keyed by one forced-equal hash: the string decides */
static void test_find_str(void) {
  dy_map m = {0};
  for (uint32_t i = 0; i < 3; i++) dy_map_add(&m, 7, i);
  CHECK_INT(dy_map_find_str(&m, 7, "iraq", 4, name_of, NULL, NULL), 2);
  CHECK_INT(dy_map_find_str(&m, 7, "ira", 3, name_of, NULL, NULL), DY_MAP_NONE);
  CHECK_INT(dy_map_find_str(&m, 8, "iran", 4, name_of, NULL, NULL), DY_MAP_NONE);
  dy_map_free(&m);
}

static void test_warnings(void) {
  char path[512];
  snprintf(path, sizeof path, "%s/dyad-test-base-XXXXXX", getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  if (fd < 0) return;
  const char *text = "{\"id\":\"a\",\"text\":\"Iran met Pakistan.\"}\n{\"id\":\"b\",\"text\":\n{\"id\":\"c\",\"text\":\"Iran met Pakistan.\"}\n";
  CHECK_INT(write(fd, text, strlen(text)), (long)strlen(text));
  close(fd);
  seen_t s = {0};
  dyad_set_warning_handler(collect, &s);
  dyad_run_opts o;
  memset(&o, 0, sizeof o);
  o.format = DYAD_FMT_JSONL;
  dyad_run_stats st;
  memset(&st, 0, sizeof st);
  FILE *out = fopen("/dev/null", "w");
  char *paths[] = {path};
  dyad_read_docs(paths, 1, &o, out, &st);
  fclose(out);
  CHECK_INT(s.n, 1);            /* the broken record, through the handler */
  CHECK_INT(s.line, 2);
  CHECK(strncmp(s.last, path, strlen(path)) == 0);
  CHECK_INT(st.read, 2);        /* the records around it are read */
  dyad_set_warning_handler(NULL, NULL);
  unlink(path);
}

/* Arrays grown by doubling, whatever the type of their count. */
static void test_vec(void) {
  int *v = NULL;
  uint32_t n = 0, cap = 0;
  for (int i = 0; i < 1000; i++) {
    DY_VEC_GROW(v, cap, n + 1);
    v[n++] = i * 3;
  }
  CHECK_INT(n, 1000);
  CHECK(cap >= 1000 && cap < 2000);
  long sum = 0;
  for (uint32_t i = 0; i < n; i++) sum += v[i];
  CHECK_INT(sum, 3L * 999 * 1000 / 2);
  free(v);
  CHECK_INT(dy_grow_cap(0, 1), 16);
  CHECK_INT(dy_grow_cap(16, 17), 32);
  CHECK_INT(dy_grow_cap(16, 100), 128);
  CHECK_INT(dy_grow_cap(64, 10), 64); /* never shrinks */
  size_t c = 0;
  char *p = dy_vec_grow(NULL, &c, 5, 1);
  CHECK_INT(c, 16);
  memcpy(p, "hello", 5);
  p = dy_vec_grow(p, &c, 3, 1); /* enough room already: unchanged */
  CHECK_INT(c, 16);
  CHECK(memcmp(p, "hello", 5) == 0);
  free(p);
}

/* The byte buffer: writes, printf beyond its stack buffer, a cap that
 * makes it full for good, take. */
static void test_buf(void) {
  dy_buf b = {0};
  CHECK_INT(dy_buf_puts(&b, "Iran"), 0);
  CHECK_INT(dy_buf_putc(&b, ' '), 0);
  CHECK_INT(dy_buf_printf(&b, "%d-%s", 2025, "06"), 0);
  CHECK_STR(b.p, "Iran 2025-06");
  char big[2000];
  memset(big, 'x', sizeof big - 1);
  big[sizeof big - 1] = 0;
  CHECK_INT(dy_buf_printf(&b, "[%s]", big), 0);
  CHECK_INT(b.n, 12 + 2 + 1999);
  CHECK(b.p[b.n] == 0 && b.p[b.n - 1] == ']' && b.p[13] == 'x');
  CHECK_INT(dy_buf_reserve(&b, 100), 0);
  CHECK(b.cap >= b.n + 101);
  size_t len;
  char *s = dy_buf_take(&b, &len);
  CHECK_INT(len, 2013);
  CHECK(b.p == NULL && b.n == 0);
  free(s);

  dy_buf c = {0};
  c.max = 8;
  CHECK_INT(dy_buf_puts(&c, "Pakistan"), 0); /* exactly the cap */
  CHECK_INT(dy_buf_putc(&c, '!'), -1);       /* one more: refused, nothing written */
  CHECK_STR(c.p, "Pakistan");
  CHECK(c.full);
  CHECK_INT(dy_buf_put(&c, "", 0), -1);      /* and full for good */
  CHECK(dy_buf_take(&c, &len) == NULL);
  CHECK_INT(len, 0);
  CHECK(!c.full && c.p == NULL);
  dy_buf_free(&c);
}

int main(void) {
  test_vec();
  test_buf();
  test_map();
  test_find_str();
  test_warnings();
  return TEST_DONE();
}

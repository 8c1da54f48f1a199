/* fuzz_html.c: libFuzzer target for read/html; the first byte picks extract,
 * feed, sniff or the stories of a page. */
/* Build and run from the repository root:
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -Isrc tests/fuzz/fuzz_html.c \
 *     src/read/html.c $(pkg-config --cflags --libs libxml-2.0 jansson) -o fuzz_html
 *   ./fuzz_html -max_total_time=120 -max_len=65536 CORPUS_DIR tests/data/html
 * Besides crashes it traps on output that is not NUL-terminated UTF-8. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "read/html.h"

/* Checks that s[0..n) is well-formed UTF-8 and NUL-terminated; traps if not. */
static void check_utf8(const char *s, size_t n) {
  if (!s) return;
  if (s[n] != 0 || strlen(s) != n) __builtin_trap();
  const unsigned char *u = (const unsigned char *)s;
  for (size_t i = 0; i < n;) {
    unsigned c = u[i];
    size_t l = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
    if (!l || i + l > n) __builtin_trap();
    for (size_t k = 1; k < l; k++) if ((u[i + k] & 0xC0) != 0x80) __builtin_trap();
    i += l;
  }
}

static void check_article(const dy_html_article *a) {
  check_utf8(a->text, a->text_len);
  const char *f[] = {a->title, a->published, a->authors, a->url, a->site, a->lang};
  for (size_t i = 0; i < sizeof f / sizeof f[0]; i++) if (f[i]) check_utf8(f[i], strlen(f[i]));
}

static int on_item(void *user, dy_html_article *it) {
  check_article(it);
  return ++*(int *)user > 1000;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (size < 1) return 0;
  int mode = data[0] % 4;
  const char *buf = (const char *)data + 1;
  size_t n = size - 1;
  char err[128];
  if (mode == 0) {
    dy_html_article a;
    if (dy_html_extract(buf, n, "fuzz", &a, err, sizeof err) == 0) {
      check_article(&a);
      dy_html_article_free(&a);
    }
  } else if (mode == 1) {
    int items = 0;
    dy_feed_parse(buf, n, "fuzz", on_item, &items, err, sizeof err);
  } else if (mode == 3) {
    int items = 0;
    int k = dy_html_extract_each(buf, n, "fuzz", on_item, &items, err, sizeof err);
    if (k == 0 || k > 1001) __builtin_trap(); /* one article at least, or -1 */
  } else {
    int r = dy_html_sniff(buf, n);
    if (r < 0 || r > 2) __builtin_trap();
  }
  return 0;
}

/* fuzz_parse.c: libFuzzer target for the parser model loader (the input as a
 * model file, its size and checksum fields made to match so the sections are
 * reached) and for parsing arbitrary tokens with the real model. */
#include "parse/parse.h"

#include <stdlib.h>
#include <string.h>

static dy_parser *model;
static int tried;

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n);
int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  if (!n) return 0;
  char why[256];
  if (data[0] & 1) {
    /* a model file: the header's size and checksum fixed up */
    unsigned char *b = malloc(n);
    if (!b) return 0;
    memcpy(b, data + 1, n - 1);
    size_t m = n - 1;
    if (m >= 24) {
      uint32_t sz = (uint32_t)m, h = 2166136261u;
      for (size_t i = 24; i < m; i++) h = (h ^ b[i]) * 16777619u;
      for (int i = 0; i < 4; i++) b[12 + i] = (unsigned char)(sz >> (8 * i)), b[16 + i] = (unsigned char)(h >> (8 * i));
    }
    dy_parser *p = dy_parser_load_mem(b, m, why, sizeof why);
    if (p) {
      dy_ptok t[3] = {{"The", 3}, {"talks", 5}, {"failed", 6}};
      dy_pnode o[3];
      if (dy_parse_sentence(p, t, 3, o) != 0) abort();
      for (int i = 0; i < 3; i++)
        if (o[i].head < -1 || o[i].head >= 3 || o[i].upos >= DY_UPOS_N || o[i].label >= dy_parser_nlabels(p)) abort();
      dy_parser_free(p);
    } else if (!why[0]) {
      abort(); /* a refusal always says why */
    }
    free(b);
    return 0;
  }
  if (!tried) {
    tried = 1;
    const char *dir = getenv("DYAD_DATA");
    model = dy_parser_load(dir ? dir : "data", why, sizeof why);
  }
  if (!model) return 0;
  /* tokens: the input split at spaces and newlines */
  dy_ptok t[1200];
  uint32_t k = 0;
  size_t i = 1;
  while (i < n && k < 1200) {
    while (i < n && (data[i] == ' ' || data[i] == '\n')) i++;
    size_t s = i;
    while (i < n && data[i] != ' ' && data[i] != '\n') i++;
    if (i > s) t[k++] = (dy_ptok){(const char *)data + s, (uint32_t)(i - s)};
  }
  static dy_pnode o[1200];
  /* hints from the token's first byte: a forced tag, a name, or none (any byte value) */
  static uint8_t h[1200];
  for (uint32_t j = 0; j < k; j++) {
    unsigned b = (unsigned char)t[j].s[0];
    h[j] = b % 7 == 0 ? (uint8_t)(b % 40) : b % 7 == 1 ? DY_PARSE_NAME : DY_PARSE_NOHINT;
  }
  if ((data[0] & 1 ? dy_parse_sentence_hinted(model, t, k, h, o) : dy_parse_sentence(model, t, k, o)) != 0) abort();
  for (uint32_t j = 0; j < k; j++) {
    if (o[j].head < -1 || o[j].head >= (int)k || o[j].head == (int)j) abort();
    if (!memchr(o[j].lemma, 0, sizeof o[j].lemma)) abort();
  }
  return 0;
}

/* parse-speed.c: the speed of the parse stage through the library, on one
 * core: the words of a CoNLL-U file (multiword tokens and empty nodes
 * skipped) are tagged and parsed sentence by sentence, several times over,
 * and the tokens per second (of CPU time) of dy_tag_sentence (tags and lemmas) and of
 * dy_parse_sentence (tags, lemmas and the tree) are printed.
 *
 *   dyad-parse-speed DATA_DIR FILE.conllu [ROUNDS [tag|parse]] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "parse/parse.h"

/* the thread's CPU time: other processes on the machine do not count */
static double now_s(void) {
  struct timespec t;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
  return (double)t.tv_sec + (double)t.tv_nsec * 1e-9;
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: dyad-parse-speed DATA_DIR FILE.conllu [ROUNDS]\n");
    return 2;
  }
  int rounds = argc > 3 ? (int)strtol(argv[3], NULL, 10) : 5;
  const char *only = argc > 4 ? argv[4] : "";
  char why[512];
  dy_parser *p = dy_parser_load(argv[1], why, sizeof why);
  if (!p) {
    fprintf(stderr, "dyad-parse-speed: %s\n", why);
    return 1;
  }
  FILE *f = fopen(argv[2], "r");
  if (!f) {
    fprintf(stderr, "dyad-parse-speed: cannot open %s\n", argv[2]);
    return 1;
  }
  /* the sentences: token texts in one pool, sentence starts in an index */
  size_t ntok = 0, ctok = 1 << 16, nsent = 0, csent = 1 << 12;
  dy_ptok *tok = malloc(ctok * sizeof *tok);
  size_t *start = malloc((csent + 1) * sizeof *start);
  char line[8192];
  int in = 0;
  start[0] = 0;
  while (tok && start) {
    char *ok = fgets(line, sizeof line, f);
    if (!ok || line[0] == '\n' || line[0] == '\r') {
      if (in) {
        if (nsent + 1 >= csent) csent *= 2, start = realloc(start, (csent + 1) * sizeof *start);
        start[++nsent] = ntok;
        in = 0;
      }
      if (!ok) break;
      continue;
    }
    if (line[0] == '#') continue;
    char *t1 = strchr(line, '\t');
    if (!t1) continue;
    *t1 = 0;
    if (strchr(line, '-') || strchr(line, '.')) continue;
    char *form = t1 + 1, *t2 = strchr(form, '\t');
    if (!t2) continue;
    *t2 = 0;
    if (ntok == ctok) ctok *= 2, tok = realloc(tok, ctok * sizeof *tok);
    size_t len = strlen(form);
    char *s = malloc(len + 1);
    memcpy(s, form, len + 1);
    tok[ntok++] = (dy_ptok){s, (uint32_t)len};
    in = 1;
  }
  fclose(f);
  if (!tok || !start || !nsent) {
    fprintf(stderr, "dyad-parse-speed: no sentences\n");
    return 1;
  }
  dy_pnode *out = malloc(ntok * sizeof *out);
  unsigned long check = 0;
  for (int pass = 0; pass < 2; pass++) {
    if ((pass == 0 && !strcmp(only, "parse")) || (pass == 1 && !strcmp(only, "tag"))) continue;
    double best = 1e30;
    for (int r = 0; r < rounds; r++) {
      double t0 = now_s();
      for (size_t s = 0; s < nsent; s++) {
        uint32_t n = (uint32_t)(start[s + 1] - start[s]);
        if (pass == 0) dy_tag_sentence(p, tok + start[s], n, out + start[s]);
        else dy_parse_sentence(p, tok + start[s], n, out + start[s]);
      }
      double dt = now_s() - t0;
      if (dt < best) best = dt;
      for (size_t i = 0; i < ntok; i++) check += (unsigned long)(out[i].head + 1) * 31u + out[i].upos + out[i].label;
    }
    printf("%-5s %9.0f tokens/s  (%zu tokens, %zu sentences, best of %d rounds)\n", pass ? "parse" : "tag",
           (double)ntok / best, ntok, nsent, rounds);
  }
  printf("check %lu\n", check);
  dy_parser_free(p);
  return 0;
}

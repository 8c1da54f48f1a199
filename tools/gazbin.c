/* gazbin.c: writes DIR/gazetteer.bin, the compiled form of DIR/gazetteer.tsv
 * that the place stage loads instead of the TSV (make runs it after the TSV).
 * Usage: dyad-gazbin DIR */
#include "lexicon/gazetteer.h"

#include <stdio.h>

int main(int argc, char **argv) {
  if (argc != 2) { fprintf(stderr, "usage: dyad-gazbin DIR\n"); return 2; }
  char why[4200];
  if (dy_gazetteer_compile(argv[1], why, sizeof why) != 0) { fprintf(stderr, "dyad-gazbin: %s\n", why); return 1; }
  return 0;
}

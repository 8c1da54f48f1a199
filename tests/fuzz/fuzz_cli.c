/* fuzz_cli.c: libFuzzer target for the command line: each input is an
 * argument list, run through dyad's main() in a scratch directory.
 * Arguments are drawn from a vocabulary (commands, options, values, paths)
 * or, for a byte of 0xC0 or more, taken literally from the input. Nothing
 * is written outside the scratch directory: literal arguments have no '/'
 * and do not start with '.', and the vocabulary names only files in it. */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define main dyad_main
#include "../../src/cli/main.c"
#undef main

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n);

static const char *const VOCAB[] = {
    "ingest", "read", "code", "events", "export", "actors", "brief", "dict", "check", "help", "--help", "-h",
    "--db", "--data", "--format", "--actor", "--dyad", "--since", "--until", "--root", "--quad", "--all",
    "--focus", "--date", "--limit", "--jobs", "-j", "--quiet", "-q", "--output", "-o", "--progress",
    "--no-dedup", "--dedup", "--", "-", "-qo", "-j2", "--db=s.db", "--format=jsonl", "--jobs=1",
    "s.db", "new.db", "a.jsonl", "b.html", "c.txt", "d.txt.gz", "dir", "data", "out.md", "out.tsv",
    "missing.txt", "jsonl", "json", "text", "html", "feed", "lines", "auto", "gdelt", "tsv", "table",
    "csv", "plover", "IRN", "PAK", "irn,pak", "IRN,PAK", "IRN,PAK,USA", ",", "2025", "2025-06",
    "2025-06-03", "2025-13-01", "2025-02-30", "2025-6", "0", "1", "2", "4", "5", "64", "65", "-1",
    "99999999999999999999", "", "19", "1a", "x",
};
#define NV (sizeof VOCAB / sizeof VOCAB[0])

static void put(const char *name, const char *s) {
  FILE *f = fopen(name, "wb");
  if (!f) abort();
  fputs(s, f);
  fclose(f);
}

static char dir[4096]; /* TMPDIR (or /tmp) / dyad-fuzz-cli-XXXXXX, made at start */

static void cleanup(void) {
  char cmd[4200];
  snprintf(cmd, sizeof cmd, "rm -rf '%s'", dir);
  if (system(cmd) != 0) fprintf(stderr, "fuzz_cli: could not remove %s\n", dir);
}

/* A scratch directory with a few inputs and a store, once. */
static void setup(void) {
  const char *data = getenv("DYAD_DATA");
  char cmd[16384];
  const char *tmp = getenv("TMPDIR");
  snprintf(dir, sizeof dir, "%s/dyad-fuzz-cli-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(dir) || !data) abort();
  snprintf(cmd, sizeof cmd, "cp -r '%s' '%s/data' && mkdir '%s/dir'", data, dir, dir);
  if (system(cmd) != 0) abort();
  atexit(cleanup);
  if (chdir(dir) != 0) abort();
  setenv("DYAD_DATA", "data", 1);
  setenv("DYAD_TODAY", "2025-08-06", 1);
  put("a.jsonl", "{\"id\":\"1\",\"text\":\"Iran condemned Israel on Monday.\",\"published\":\"2025-06-03\"}\n"
                 "{\"id\":\"2\",\"text\":\"Pakistan and Iran signed an agreement.\",\"published\":\"June 3, 2025\"}\n");
  put("b.html", "<html><head><title>Talks</title></head><body><article><h1>Talks</h1><p>Pakistan praised "
                "Iran for its help on Tuesday, officials said, and the two sides agreed to meet again.</p>"
                "</article></body></html>\n");
  put("c.txt", "Talks in Doha\nAugust 6, 2025\n\nQatar hosted envoys from Iran and Pakistan.\n");
  put("dir/e.txt", "Another title\n\nEgypt condemned the attack.\n");
  put("in.txt", "Pakistan condemned Israel.\n{\"id\":\"9\",\"text\":\"Iran praised Qatar.\"}\n");
  if (system("gzip -c c.txt > d.txt.gz") != 0) abort();
  if (!freopen("/dev/null", "w", stdout)) abort();
  char *argv[] = {"dyad", "ingest", "--quiet", "--db", "s.db", "a.jsonl", "c.txt", "dir", NULL};
  dyad_main(8, argv);
}

int LLVMFuzzerTestOneInput(const unsigned char *data, size_t n) {
  static int ready;
  if (!ready) { setup(); ready = 1; }
  char *argv[20];
  char lit[20][64];
  int argc = 0;
  argv[argc++] = "dyad";
  for (size_t i = 0; i < n && argc < 19; i++) {
    unsigned b = data[i];
    if (b < 0xC0) { argv[argc++] = (char *)VOCAB[b % NV]; continue; }
    size_t len = b & 0x3F, k = 0;
    char *s = lit[argc];
    while (k < len && k < sizeof lit[0] - 2 && i + 1 < n) {
      char ch = (char)data[++i];
      s[k++] = ch == '/' || ch == 0 ? '_' : ch;
    }
    s[k] = 0;
    if (s[0] == '.') s[0] = '_';
    argv[argc++] = s;
  }
  argv[argc] = NULL;
  /* standard input for dyad code and "-" */
  if (!freopen("in.txt", "r", stdin)) abort();
  /* a fresh getopt: the previous run's scan state points into its arguments */
  char *reset[] = {"dyad", NULL};
  optind = 0;
  opterr = 0;
  while (getopt(1, reset, "") != -1) {}
  opterr = 1;
  dyad_main(argc, argv);
  return 0;
}

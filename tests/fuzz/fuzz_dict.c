/* fuzz_dict.c: libFuzzer target for the importer of the field's dictionaries
 * (TABARI and PETRARCH .actors, .agents, .verbs): any bytes load as one
 * user dictionary (the first byte says its kind: actors, agents, verbs, or
 * none, to be sniffed) beside a small data directory, and the lexicon that
 * results matches and codes a sentence without fault. */
#include "annotate.h"
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "code/coder.h"
#include "lexicon/import.h"
#include "lexicon/lexicon.h"
#include "text/text.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static char g_dir[256], g_file[300];

/* The scratch directory goes when the fuzzer exits. */
static void cleanup(void) {
  static const char *const FILES[] = {"cameo.txt", "countries.txt", "sectors.txt", "import.txt", "fuzz.dict", NULL};
  for (int i = 0; FILES[i]; i++) {
    char p[400];
    snprintf(p, sizeof p, "%s/%s", g_dir, FILES[i]);
    unlink(p);
  }
  rmdir(g_dir);
}

/* A data directory of the CAMEO table, the countries and the import rules only (fast to load). */
static void setup(void) {
  if (g_dir[0]) return;
  dy_quiet_warnings = 2;
  setenv("DYAD_WORDNET", "/nonexistent/verb.exc", 1); /* stems without WordNet: every ending */
  const char *src = getenv("DYAD_DATA");
  if (!src) src = "data";
  const char *tmp = getenv("TMPDIR");
  snprintf(g_dir, sizeof g_dir, "%s/dyad-fuzz-dict-XXXXXX", tmp && *tmp ? tmp : "/tmp");
  if (!mkdtemp(g_dir)) abort();
  static const char *const FILES[] = {"cameo.txt", "countries.txt", "sectors.txt", "import.txt", NULL};
  for (int i = 0; FILES[i]; i++) {
    char from[4096], to[4096];
    snprintf(from, sizeof from, "%s/%s", src, FILES[i]);
    snprintf(to, sizeof to, "%s/%s", g_dir, FILES[i]);
    if (from[0] != '/') {
      char cwd[2048];
      if (getcwd(cwd, sizeof cwd)) snprintf(from, sizeof from, "%s/%s/%s", cwd, src, FILES[i]);
    }
    unlink(to);
    if (symlink(from, to)) abort();
  }
  snprintf(g_file, sizeof g_file, "%s/fuzz.dict", g_dir);
  atexit(cleanup);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  setup();
  if (size < 1) return 0;
  static const char *const KIND[] = {"actors:", "agents:", "verbs:", ""};
  const char *kind = KIND[data[0] & 3];
  FILE *f = fopen(g_file, "wb");
  if (!f) abort();
  if (size > 1 && fwrite(data + 1, 1, size - 1, f) != size - 1) abort();
  fclose(f);
  char spec[400];
  snprintf(spec, sizeof spec, "%s%s", kind, g_file);
  const char *dicts[] = {spec};
  dy_import_stats st;
  int nerr = 0;
  char why[256];
  dy_lexicon *lx = dy_lexicon_load_with(g_dir, dicts, 1, &st, &nerr, why, sizeof why);
  if (!lx) abort(); /* the countries and CAMEO table always load */
  if (st.files != 1 || st.phrases < 0 || st.patterns < 0) abort();
  for (int k = 0; k < DY_IMP_NKINDS; k++) {
    int sk = 0;
    for (int r = 0; r < DY_SKIP_N; r++) sk += st.skipped[k][r];
    /* each entry read is converted or skipped for one reason */
    if (st.converted[k] < 0 || st.converted[k] + sk != st.read[k]) abort();
  }
  /* the lexicon works: a sentence with the fuzzed words in it is matched and coded */
  static const char text[] = "Pakistan accused India of attacking Afghan border posts; the Zebulon Front rejected the plan.";
  char buf[sizeof text + 201];
  size_t n = size - 1 < 200 ? size - 1 : 200;
  memcpy(buf, text, sizeof text - 1);
  buf[sizeof text - 1] = ' ';
  for (size_t i = 0; i < n; i++) buf[sizeof text + i] = (char)(data[1 + i] >= 32 && data[1 + i] < 127 ? data[1 + i] : ' ');
  buf[sizeof text + n] = 0;
  dy_doc *d = dy_doc_new();
  dy_doc_set_text(d, strdup(buf), strlen(buf));
  d->published = (dy_date){2010, 6, 1, DY_PREC_DAY};
  dy_annotate(lx, d, NULL);
  dy_doc_free(d);
  dy_lexicon_free(lx);
  return 0;
}

/* test_parse.c: the tagger, lemmatiser and parser: the model loads, news
 * sentences get their subjects and objects, lemmas, edge lengths, bad
 * arguments, corrupt and truncated model files, two threads at once. */
#include <pthread.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "parse/parse.h"
#include "testlib.h"

static dy_parser *P;

/* Splits s at spaces into toks (pointing into s); returns the count. */
static uint32_t split(const char *s, dy_ptok *toks, uint32_t max) {
  uint32_t n = 0;
  while (*s && n < max) {
    while (*s == ' ') s++;
    if (!*s) break;
    const char *e = strchr(s, ' ');
    if (!e) e = s + strlen(s);
    toks[n++] = (dy_ptok){s, (uint32_t)(e - s)};
    s = e;
  }
  return n;
}

static int find(const dy_ptok *t, uint32_t n, const char *w) {
  for (uint32_t i = 0; i < n; i++)
    if (t[i].len == strlen(w) && !memcmp(t[i].s, w, t[i].len)) return (int)i;
  return -1;
}

static const char *lab(const dy_pnode *o, int i) { return dy_parser_label_name(P, o[i].label); }

static void test_news(void) {
  dy_ptok t[64];
  dy_pnode o[64];
  uint32_t n = split("Pakistan condemned the US strikes on Iran .", t, 64);
  CHECK_INT(dy_parse_sentence(P, t, n, o), 0);
  int pak = find(t, n, "Pakistan"), con = find(t, n, "condemned"), str = find(t, n, "strikes"), irn = find(t, n, "Iran");
  CHECK_INT(o[con].head, -1);
  CHECK_STR(lab(o, con), "root");
  CHECK_INT(o[pak].head, con);
  CHECK_STR(lab(o, pak), "nsubj");
  CHECK_INT(o[str].head, con);
  CHECK_STR(lab(o, str), "obj");
  CHECK_INT(o[irn].head, str);
  CHECK(!strncmp(lab(o, irn), "nmod", 4) || !strncmp(lab(o, irn), "obl", 3));
  CHECK_STR(o[con].lemma, "condemn");
  CHECK_STR(o[str].lemma, "strike");
  CHECK_INT(o[con].upos, DY_UPOS_VERB);
  CHECK_INT(o[str].upos, DY_UPOS_NOUN);
  CHECK_INT(o[pak].upos, DY_UPOS_PROPN);

  n = split("The foreign ministers met in Islamabad for talks on Tuesday .", t, 64);
  CHECK_INT(dy_parse_sentence(P, t, n, o), 0);
  int met = find(t, n, "met"), tal = find(t, n, "talks"), min = find(t, n, "ministers");
  CHECK_STR(o[met].lemma, "meet");
  CHECK_STR(o[tal].lemma, "talk");
  CHECK_STR(o[min].lemma, "minister");
  CHECK_INT(o[met].head, -1);
  CHECK_INT(o[min].head, met);
  CHECK_STR(lab(o, min), "nsubj");

  n = split("Iran was attacked by Israel .", t, 64);
  CHECK_INT(dy_parse_sentence(P, t, n, o), 0);
  int att = find(t, n, "attacked");
  CHECK_INT(o[0].head, att);
  CHECK_STR(lab(o, 0), "nsubj:pass");
  CHECK_STR(o[att].lemma, "attack");
  CHECK_STR(o[find(t, n, "was")].lemma, "be");

  n = split("The president did n't sign the deal .", t, 64);
  CHECK_INT(dy_parse_sentence(P, t, n, o), 0);
  CHECK_STR(o[find(t, n, "n't")].lemma, "not");
  CHECK_STR(o[find(t, n, "did")].lemma, "do");

  n = split("Pakistan plans to sign a trade deal with Iran .", t, 64);
  CHECK_INT(dy_parse_sentence(P, t, n, o), 0);
  int pln = find(t, n, "plans"), sig = find(t, n, "sign"), dea = find(t, n, "deal");
  CHECK_INT(o[pln].upos, DY_UPOS_VERB);
  CHECK_INT(o[pln].head, -1);
  CHECK_INT(o[0].head, pln);
  CHECK_STR(lab(o, 0), "nsubj");
  CHECK_INT(o[sig].head, pln);
  CHECK_STR(lab(o, sig), "xcomp");
  CHECK_INT(o[dea].head, sig);
  CHECK_STR(lab(o, dea), "obj");

  n = split("Some 800,000 Iraqi Kurds sought refuge in Germany last month .", t, 64);
  CHECK_INT(dy_parse_sentence(P, t, n, o), 0);
  int sou = find(t, n, "sought"), kur = find(t, n, "Kurds"), ref = find(t, n, "refuge");
  CHECK_INT(o[sou].upos, DY_UPOS_VERB);
  CHECK_INT(o[sou].head, -1);
  CHECK_STR(o[sou].lemma, "seek");
  CHECK_INT(o[kur].head, sou);
  CHECK_STR(lab(o, kur), "nsubj");
  CHECK_INT(o[ref].head, sou);
  CHECK_STR(lab(o, ref), "obj");

  /* "according to" is a preposition: the word after it is a noun */
  n = split("Syria agreed , according to details released by the Turkish Foreign Ministry .", t, 64);
  CHECK_INT(dy_parse_sentence(P, t, n, o), 0);
  CHECK_INT(o[find(t, n, "to")].upos, DY_UPOS_ADP);
  CHECK_INT(o[find(t, n, "details")].upos, DY_UPOS_NOUN);
  /* "have" with an adverb before an -ed form is the perfect's auxiliary */
  n = split("Sudan and Chad have long accused each other of supporting rebels .", t, 64);
  CHECK_INT(dy_parse_sentence(P, t, n, o), 0);
  CHECK_INT(o[find(t, n, "have")].upos, DY_UPOS_AUX);
  CHECK_INT(o[find(t, n, "accused")].head, -1);
  n = split("Rebels shelled the town , According to reports .", t, 64);
  CHECK_INT(dy_parse_sentence(P, t, n, o), 0);
  CHECK_INT(o[find(t, n, "reports")].upos, DY_UPOS_NOUN);
}

static void test_edges(void) {
  dy_ptok t[1] = {{"Hello", 5}};
  dy_pnode o[1];
  CHECK_INT(dy_parse_sentence(P, t, 0, o), 0);
  CHECK_INT(dy_parse_sentence(P, NULL, 0, NULL), 0);
  CHECK_INT(dy_parse_sentence(P, t, 1, o), 0);
  CHECK_INT(o[0].head, -1);
  CHECK_STR(lab(o, 0), "root");
  CHECK_INT(dy_parse_sentence(NULL, t, 1, o), -1);
  CHECK_INT(dy_parse_sentence(P, NULL, 1, o), -1);
  CHECK_INT(dy_parse_sentence(P, t, 1, NULL), -1);
  CHECK_INT(dy_tag_sentence(P, t, 1, o), 0);
  CHECK_INT(o[0].head, -1);
  CHECK_INT(o[0].label, 0);
  /* empty tokens and a token of odd bytes */
  dy_ptok odd[3] = {{"", 0}, {NULL, 0}, {"\xff\xfe\x00x", 4}};
  dy_pnode oo[3];
  CHECK_INT(dy_parse_sentence(P, odd, 3, oo), 0);
  /* a long token: the lemma is cut, NUL-terminated */
  char longw[300];
  memset(longw, 'a', sizeof longw);
  dy_ptok lt[1] = {{longw, sizeof longw}};
  CHECK_INT(dy_parse_sentence(P, lt, 1, o), 0);
  CHECK(strlen(o[0].lemma) < sizeof o[0].lemma);

  /* longer than DY_PARSE_MAX: pieces, each a tree with one root */
  enum { N = 3 * DY_PARSE_MAX + 17 };
  static dy_ptok lt2[N];
  static dy_pnode lo[N];
  static const char *words[] = {"The", "army", "said", "it", "killed", "five", "militants", "near", "the", "border", "."};
  for (uint32_t i = 0; i < N; i++) lt2[i] = (dy_ptok){words[i % 11], (uint32_t)strlen(words[i % 11])};
  CHECK_INT(dy_parse_sentence(P, lt2, N, lo), 0);
  int roots = 0, bad = 0;
  for (uint32_t i = 0; i < N; i++) {
    if (lo[i].head < 0) roots++;
    else if (lo[i].head >= N || lo[i].head / DY_PARSE_MAX != (int)(i / DY_PARSE_MAX) || lo[i].head == (int)i) bad++;
  }
  CHECK_INT(roots, (N + DY_PARSE_MAX - 1) / DY_PARSE_MAX);
  CHECK_INT(bad, 0);
  /* no cycles: every word reaches a root */
  int cyc = 0;
  for (uint32_t i = 0; i < N; i++) {
    int h = (int)i, steps = 0;
    while (h >= 0 && steps++ <= N) h = lo[h].head;
    if (h >= 0) cyc++;
  }
  CHECK_INT(cyc, 0);
}

static void test_names(void) {
  CHECK_STR(dy_upos_name(DY_UPOS_NOUN), "NOUN");
  CHECK_STR(dy_upos_name(99), "X");
  CHECK_INT(dy_upos_id("PROPN"), DY_UPOS_PROPN);
  CHECK_INT(dy_upos_id("nope"), -1);
  CHECK(dy_parser_nlabels(P) > 40);
  const char *need[] = {"nsubj", "nsubj:pass", "obl:unmarked", "acl:relcl", "compound:prt", "nmod:poss", "root", "obj", NULL};
  for (int i = 0; need[i]; i++) {
    int id = dy_parser_label_id(P, need[i]);
    CHECK(id >= 0);
    CHECK_STR(dy_parser_label_name(P, id), need[i]);
  }
  CHECK_INT(dy_parser_label_id(P, "nope"), -1);
}

/* Hints: a forced tag is kept, a name is a proper noun whatever the
 * tagger would say (an adjective stays), no hint changes nothing. */
static void test_hints(void) {
  dy_ptok t[64];
  dy_pnode o[64], o2[64];
  uint8_t h[64];
  uint32_t n = split("Albania denounced as an ugly crime the suppression .", t, 64);
  memset(h, DY_PARSE_NOHINT, sizeof h);
  CHECK_INT(dy_parse_sentence_hinted(P, t, n, h, o), 0);
  CHECK_INT(dy_parse_sentence(P, t, n, o2), 0);
  for (uint32_t i = 0; i < n; i++) {
    CHECK_INT(o[i].upos, o2[i].upos);
    CHECK_INT(o[i].head, o2[i].head);
  }
  h[0] = DY_PARSE_NAME;
  CHECK_INT(dy_parse_sentence_hinted(P, t, n, h, o), 0);
  CHECK_INT(o[0].upos, DY_UPOS_PROPN);
  int den = find(t, n, "denounced");
  CHECK_INT(o[den].upos, DY_UPOS_VERB);
  CHECK_INT(o[0].head, den);
  CHECK_STR(lab(o, 0), "nsubj");
  n = split("Albanian troops left .", t, 64);
  memset(h, DY_PARSE_NOHINT, sizeof h);
  h[0] = DY_PARSE_NAME;
  CHECK_INT(dy_parse_sentence_hinted(P, t, n, h, o), 0);
  CHECK_INT(o[0].upos, DY_UPOS_ADJ);
  h[2] = DY_UPOS_NOUN;
  CHECK_INT(dy_parse_sentence_hinted(P, t, n, h, o), 0);
  CHECK_INT(o[2].upos, DY_UPOS_NOUN);
  CHECK_INT(dy_parse_sentence_hinted(P, t, n, NULL, o), 0);
  CHECK_INT(o[2].upos, DY_UPOS_VERB);
}

/* ---- corrupt and truncated models ---------------------------------------------------- */

static unsigned char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  fseek(f, 0, SEEK_END);
  long sz = ftell(f);
  fseek(f, 0, SEEK_SET);
  unsigned char *b = malloc((size_t)sz + 1);
  if (b && fread(b, 1, (size_t)sz, f) != (size_t)sz) { free(b); b = NULL; }
  fclose(f);
  *n = (size_t)sz;
  return b;
}

static uint32_t rd32(const unsigned char *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24; }

static void test_bad_models(const char *dir) {
  char path[4096], why[256];
  snprintf(path, sizeof path, "%s/parse/model.bin", dir);
  size_t n = 0;
  unsigned char *b = slurp(path, &n);
  CHECK(b != NULL);
  if (!b) return;
  dy_parser *q = dy_parser_load_mem(b, n, why, sizeof why);
  CHECK(q != NULL);
  dy_parser_free(q);
  size_t cuts[] = {0, 7, 23, 24, 100, n / 2, n - 1};
  for (size_t i = 0; i < sizeof cuts / sizeof cuts[0]; i++) {
    why[0] = 0;
    q = dy_parser_load_mem(b, cuts[i], why, sizeof why);
    CHECK(q == NULL);
    CHECK(why[0] != 0);
    dy_parser_free(q);
  }
  /* a flipped byte here and there: the checksum catches it */
  size_t flips[] = {0, 9, 30, 1000, n / 3, n - 2};
  for (size_t i = 0; i < sizeof flips / sizeof flips[0]; i++) {
    b[flips[i]] ^= 0x40;
    why[0] = 0;
    q = dy_parser_load_mem(b, n, why, sizeof why);
    CHECK(q == NULL);
    CHECK(why[0] != 0);
    dy_parser_free(q);
    b[flips[i]] ^= 0x40;
  }
  /* a label table that would give an arc the root label, with a good
   * checksum: the entry is refused */
  size_t off = 24, lt = 0;
  while (off + 8 <= n) {
    uint32_t id = rd32(b + off), len = rd32(b + off + 4);
    if (id == 8) lt = off + 8; /* the label table section (model.h) */
    off += 8 + ((len + 3u) & ~3u);
  }
  CHECK(lt != 0);
  if (lt) {
    int root = -1;
    q = dy_parser_load_mem(b, n, why, sizeof why);
    root = dy_parser_label_id(q, "root");
    dy_parser_free(q);
    size_t fix = lt + 4 + 8 * (size_t)DY_UPOS_N * DY_UPOS_N * 2; /* the first fixed label */
    unsigned char was = b[fix];
    b[fix] = (unsigned char)(root + 1);
    uint32_t h = 2166136261u;
    for (size_t i = 24; i < n; i++) h = (h ^ b[i]) * 16777619u;
    unsigned char sum[4];
    memcpy(sum, b + 16, 4);
    b[16] = (unsigned char)h, b[17] = (unsigned char)(h >> 8), b[18] = (unsigned char)(h >> 16), b[19] = (unsigned char)(h >> 24);
    why[0] = 0;
    q = dy_parser_load_mem(b, n, why, sizeof why);
    CHECK(q == NULL);
    CHECK(strstr(why, "label table") != NULL);
    dy_parser_free(q);
    b[fix] = was;
    memcpy(b + 16, sum, 4);
  }
  /* a truncated file on disk, and a missing one */
  char tmpl[4096];
  snprintf(tmpl, sizeof tmpl, "%s/dyad-parse-XXXXXX", getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  char *tdir = mkdtemp(tmpl);
  CHECK(tdir != NULL);
  if (tdir) {
    char sub[4200], file[4300];
    snprintf(sub, sizeof sub, "%s/parse", tdir);
    snprintf(file, sizeof file, "%s/model.bin", sub);
    why[0] = 0;
    CHECK(dy_parser_load(tdir, why, sizeof why) == NULL);
    CHECK(strstr(why, "model.bin") != NULL);
    if (mkdir(sub, 0700) == 0) {
      FILE *f = fopen(file, "wb");
      if (f) {
        fwrite(b, 1, n / 2, f);
        fclose(f);
      }
      why[0] = 0;
      CHECK(dy_parser_load(tdir, why, sizeof why) == NULL);
      CHECK(strstr(why, "truncated") != NULL);
      remove(file);
      rmdir(sub);
    }
    rmdir(tdir);
  }
  free(b);
}

/* ---- threads ----------------------------------------------------------------------------- */

static const char *TS[] = {
    "Pakistan condemned the US strikes on Iran .",
    "Israeli forces killed three Palestinians in the West Bank on Monday , officials said .",
    "China and Russia signed an agreement to expand trade in energy .",
    "The talks were postponed after the delegation failed to arrive .",
};
enum { NT = sizeof TS / sizeof TS[0] };
static dy_pnode ref[NT][64];
static uint32_t refn[NT];

static void *worker(void *arg) {
  int *bad = arg;
  dy_ptok t[64];
  dy_pnode o[64];
  for (int r = 0; r < 300; r++)
    for (int s = 0; s < NT; s++) {
      uint32_t n = split(TS[s], t, 64);
      if (dy_parse_sentence(P, t, n, o)) (*bad)++;
      for (uint32_t i = 0; i < n; i++)
        if (o[i].head != ref[s][i].head || o[i].upos != ref[s][i].upos || o[i].label != ref[s][i].label ||
            strcmp(o[i].lemma, ref[s][i].lemma) != 0)
          (*bad)++;
    }
  return NULL;
}

static void test_threads(void) {
  dy_ptok t[64];
  for (int s = 0; s < NT; s++) {
    refn[s] = split(TS[s], t, 64);
    memset(ref[s], 0, sizeof ref[s]);
    dy_parse_sentence(P, t, refn[s], ref[s]);
  }
  pthread_t th[2];
  int bad[2] = {0, 0};
  for (int i = 0; i < 2; i++) pthread_create(&th[i], NULL, worker, &bad[i]);
  for (int i = 0; i < 2; i++) pthread_join(th[i], NULL);
  CHECK_INT(bad[0], 0);
  CHECK_INT(bad[1], 0);
}

int main(void) {
  const char *dir = getenv("DYAD_DATA");
  if (!dir || !*dir) dir = "data";
  char why[512];
  P = dy_parser_load(dir, why, sizeof why);
  CHECK(P != NULL);
  if (!P) {
    fprintf(stderr, "cannot load the parser model: %s\n", why);
    return TEST_DONE();
  }
  test_news();
  test_edges();
  test_names();
  test_hints();
  test_bad_models(dir);
  test_threads();
  dy_parser_free(P);
  return TEST_DONE();
}

/* wordlists.c: loads data/quotes.txt and data/figures.txt into one hash
 * table of words. Line format (docs/DICTIONARIES.md):
 *
 *     CLASS: word word ...              every word gets the class
 *     CLASS: word word = VALUE [; VALUE2]  with a value (a number or words)
 */
#include "wordlists.h"
#include "../doc.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct { char *key; size_t n; dy_fword f; } word_t;

struct dy_wordlists {
  word_t *w;       /* the words, in the order first read */
  size_t n, cap;
  dy_map ix;       /* a word's hash -> its index in w */
  char **strs;
  size_t nstrs, cstrs;
};

static const struct { const char *name; uint32_t cls; } CLASSES[] = {
  {"say", DY_FW_SAY}, {"pronoun", DY_FW_PRON}, {"role", DY_FW_ROLE}, {"source", DY_FW_SRCNOUN},
  {"number", DY_FW_NUM}, {"scale", DY_FW_SCALE}, {"currency", DY_FW_CURRENCY}, {"unit", DY_FW_UNIT},
  {"time", DY_FW_TIME}, {"skip", DY_FW_SKIPNOUN}, {"casualty", DY_FW_CASUALTY}, {"measure", DY_FW_MEASURE},
  {"target", DY_FW_TARGET}, {"change", DY_FW_CHANGE}, {"current", DY_FW_CURRENT}, {"approx", DY_FW_APPROX},
  {"label", DY_FW_LABEL}, {"month", DY_FW_MONTH}, {"namejoin", DY_FW_NAMEJOIN}, {"notname", DY_FW_NOTNAME},
  {"that", DY_FW_THAT}, {"saythat", DY_FW_SAYTHAT}, {"speaker-gap", DY_FW_SPKGAP}, {"speaker-stop", DY_FW_SPKSTOP},
  {"speech-tail", DY_FW_SPKTAIL}, {"hearer", DY_FW_HEARER}, {"affiliation", DY_FW_AFFIL},
    {"naming", DY_FW_NAMING}, {"epithet", DY_FW_EPITHET}, {"male", DY_FW_MALE}, {"female", DY_FW_FEMALE},
    {"speech-noun", DY_FW_SPEECHNOUN}, {NULL, 0}};

static const char *word_key(const void *ctx, uint32_t v, size_t *len) {
  const word_t *x = &((const dy_wordlists *)ctx)->w[v];
  *len = x->n;
  return x->key;
}

static word_t *find(const dy_wordlists *w, const char *k, size_t n) {
  uint32_t v = dy_map_find_str(&w->ix, dy_hash64(k, n), k, n, word_key, w, NULL);
  return v == DY_MAP_NONE ? NULL : &w->w[v];
}

static const char *keep(dy_wordlists *w, const char *s, size_t n) {
  while (n && (*s == ' ' || *s == '\t')) { s++; n--; }
  while (n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r')) n--;
  if (!n) return NULL;
  DY_VEC_GROW(w->strs, w->cstrs, w->nstrs + 1);
  char *p = dy_xstrndup(s, n);
  return w->strs[w->nstrs++] = p;
}

static int add(dy_wordlists *w, const char *word, size_t n, uint32_t cls, double val, const char *str, const char *str2) {
  word_t *s = find(w, word, n);
  if (!s) {
    DY_VEC_GROW(w->w, w->cap, w->n + 1);
    s = &w->w[w->n];
    memset(s, 0, sizeof *s);
    s->key = dy_xstrndup(word, n);
    s->n = n;
    dy_map_add(&w->ix, dy_hash64(word, n), (uint32_t)w->n++);
  }
  s->f.cls |= cls;
  if (val != 0) s->f.val = val;
  if (str) s->f.str = str;
  if (str2) s->f.str2 = str2;
  return 0;
}

static void load(dy_wordlists *w, const char *dir, const char *name, int *nerr) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "r");
  if (!f) {
    /* optional: a dictionary directory without them extracts no quotes or figures */
    if (errno != ENOENT) { dy_warn(path, 0, "cannot read word list: %s", strerror(errno)); (*nerr)++; }
    return;
  }
  char line[1024];
  long ln = 0;
  while (fgets(line, sizeof line, f)) {
    ln++;
    char *p = line;
    while (*p == ' ' || *p == '\t') p++;
    if (!*p || *p == '#' || *p == '\n' || *p == '\r') continue;
    char *colon = strchr(p, ':');
    uint32_t cls = 0;
    if (colon)
      for (int i = 0; CLASSES[i].name; i++)
        if ((size_t)(colon - p) == strlen(CLASSES[i].name) && !strncmp(p, CLASSES[i].name, (size_t)(colon - p))) cls = CLASSES[i].cls;
    if (!cls) { dy_warn(path, ln, "expected CLASS: words (unknown class)"); (*nerr)++; continue; }
    char *words = colon + 1, *eq = strchr(words, '=');
    double val = 0;
    const char *str = NULL, *str2 = NULL;
    if (eq) {
      *eq = 0;
      char *v = eq + 1, *semi = strchr(v, ';'), *nl = strchr(v, '\n');
      if (nl) *nl = 0;
      if (semi) { *semi = 0; str2 = keep(w, semi + 1, strlen(semi + 1)); }
      char *end;
      double d = strtod(v, &end);
      while (*end == ' ' || *end == '\t' || *end == '\r') end++;
      if (end != v && !*end) val = d;
      else str = keep(w, v, strlen(v));
      if (str2 && !str && val == 0) { dy_warn(path, ln, "a second value needs a first"); (*nerr)++; continue; }
      /* "currency: $ = USD; 1": code and rate */
      if (str2 && cls == DY_FW_CURRENCY) { val = strtod(str2, NULL); str2 = NULL; }
    }
    int nw = 0;
    char *save = NULL;
    for (char *t = strtok_r(words, " \t\r\n", &save); t; t = strtok_r(NULL, " \t\r\n", &save)) {
      for (char *c = t; *c; c++)
        if (*c >= 'A' && *c <= 'Z') *c = (char)(*c - 'A' + 'a');
      if (add(w, t, strlen(t), cls, val, str, str2)) { dy_warn(path, ln, "out of memory"); (*nerr)++; break; }
      nw++;
    }
    if (!nw) { dy_warn(path, ln, "no words"); (*nerr)++; }
  }
  fclose(f);
}

dy_wordlists *dy_wordlists_load(const char *dir, int *nerr) {
  dy_wordlists *w = dy_xcalloc(1, sizeof *w);
  load(w, dir, "quotes.txt", nerr);
  load(w, dir, "figures.txt", nerr);
  return w;
}

void dy_wordlists_free(dy_wordlists *w) {
  if (!w) return;
  for (size_t i = 0; i < w->n; i++) free(w->w[i].key);
  for (size_t i = 0; i < w->nstrs; i++) free(w->strs[i]);
  free(w->w);
  dy_map_free(&w->ix);
  free(w->strs);
  free(w);
}

void dy_wordlists_each(const dy_wordlists *w, void (*fn)(void *u, const char *word, size_t n, uint32_t cls), void *u) {
  for (size_t i = 0; w && i < w->n; i++) fn(u, w->w[i].key, w->w[i].n, w->w[i].f.cls);
}

const dy_fword *dy_fw_get(const dy_wordlists *w, const char *norm, size_t n) {
  if (!w || !n) return NULL;
  word_t *s = find(w, norm, n);
  return s ? &s->f : NULL;
}

/* gazetteer.c: loads data/gazetteer.tsv into one hash of normalised names
 * (see gazetteer.h, tools/gazetteer.py). The file is read whole and its
 * fields are cut in place, so the entries point into one buffer. */
#include "gazetteer.h"
#include "../doc.h"
#include "lexicon.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef struct { const char *key; uint32_t klen; int32_t head; uint8_t flags; } kslot;

struct dy_gazetteer {
  char *buf;             /* the file, fields NUL-terminated in place */
  char *words;           /* the stop and cue words */
  dy_gaz_entry *e; size_t ne;
  int32_t *pnext, *pent; size_t np, cp;  /* (key, entry) pairs chained per key; once loaded, a key's are consecutive */
  dy_gaz_info *pinfo;                    /* the pairs' entries' summaries, in the same order */
  kslot *keys; size_t nkeys, ckeys; /* the names, each once */
  dy_map ix;                        /* a name's hash -> its index in keys */
  int maxw;
};

static const char *name_key(const void *ctx, uint32_t v, size_t *len) {
  const kslot *x = &((const dy_gazetteer *)ctx)->keys[v];
  *len = x->klen;
  return x->key;
}

/* The key of name k[0..n) whose hash is h, NULL when none. */
static kslot *find_h(const dy_gazetteer *g, const char *k, size_t n, uint64_t h) {
  uint32_t v = dy_map_find_str(&g->ix, h, k, n, name_key, g, NULL);
  return v == DY_MAP_NONE ? NULL : &g->keys[v];
}

static kslot *find(const dy_gazetteer *g, const char *k, size_t n) { return find_h(g, k, n, dy_hash64(k, n)); }

/* The key of name k[0..n) (hash h), added when new. */
static kslot *key_slot(dy_gazetteer *g, const char *k, size_t n, uint64_t h) {
  kslot *s = find_h(g, k, n, h);
  if (s) return s;
  DY_VEC_GROW(g->keys, g->ckeys, g->nkeys + 1);
  s = &g->keys[g->nkeys];
  *s = (kslot){k, (uint32_t)n, -1, 0};
  dy_map_add(&g->ix, h, (uint32_t)g->nkeys++);
  int w = 1;
  for (size_t i = 0; i < n; i++) w += k[i] == ' ';
  if (w > g->maxw) g->maxw = w;
  return s;
}

static void add_pair(dy_gazetteer *g, kslot *s, int32_t ent) {
  if (g->np == g->cp) {
    size_t nc = dy_grow_cap(g->cp, g->np + 1);
    g->pnext = dy_xreallocarray(g->pnext, nc, sizeof *g->pnext);
    g->pent = dy_xreallocarray(g->pent, nc, sizeof *g->pent);
    g->cp = nc;
  }
  /* kept in file order: append at the chain's end */
  int32_t p = (int32_t)g->np++;
  g->pent[p] = ent;
  g->pnext[p] = -1;
  if (s->head < 0) s->head = p;
  else {
    int32_t q = s->head;
    while (g->pnext[q] >= 0) q = g->pnext[q];
    g->pnext[q] = p;
  }
}

/* The keys of the file's names are looked up in file order, a batch at a
 * time: each name's hash first, then the lookups, each slot fetched a few
 * lookups ahead, so that the misses of a table of a million slots overlap.
 * A name gets its entry (a pair) when it has one, and its flags. */
typedef struct { const char *k; uint32_t n; int32_t ent; uint8_t flag; uint64_t h; } kop;
#define KOPS 512
#define KAHEAD 12
typedef struct { kop op[KOPS]; size_t n; } kbatch;

static void batch_run(dy_gazetteer *g, kbatch *b) {
  for (size_t i = 0; i < b->n; i++) {
    b->op[i].h = dy_hash64(b->op[i].k, b->op[i].n);
    if (i < KAHEAD) dy_map_prefetch(&g->ix, b->op[i].h);
  }
  for (size_t i = 0; i < b->n; i++) {
    const kop *o = &b->op[i];
    if (i + KAHEAD < b->n) dy_map_prefetch(&g->ix, b->op[i + KAHEAD].h);
    kslot *s = key_slot(g, o->k, o->n, o->h);
    if (o->ent >= 0) add_pair(g, s, o->ent);
    s->flags |= o->flag;
  }
  b->n = 0;
}

static void batch_add(dy_gazetteer *g, kbatch *b, const char *k, size_t n, int32_t ent, uint8_t flag) {
  if (b->n == KOPS) batch_run(g, b);
  b->op[b->n++] = (kop){k, (uint32_t)n, ent, flag, 0};
}

/* strtoul of a field, read by hand when it is digits (nearly every one: 139,000 lines, two numbers each). */
static unsigned long field_num(const char *s) {
  if (*s < '0' || *s > '9') return strtoul(s, NULL, 10);
  unsigned long v = 0;
  for (; *s >= '0' && *s <= '9'; s++) v = v * 10 + (unsigned long)(*s - '0');
  return v;
}

/* Cuts the line at p into at most max TAB-separated fields. */
static int cut(char *p, char **f, int max) {
  int n = 0;
  while (n < max) {
    f[n++] = p;
    char *t = strchr(p, '\t');
    if (!t) break;
    *t = 0;
    p = t + 1;
  }
  return n;
}

int dy_gaz_norm(const char *s, size_t n, char *out, size_t cap) {
  size_t o = 0;
  int sp = 1; /* drops leading space */
  for (size_t i = 0; i < n;) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      i++;
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z')) {
        if (o + 1 >= cap) return -1;
        out[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        sp = 0;
      } else if (!sp) {
        if (o + 1 >= cap) return -1;
        out[o++] = ' ';
        sp = 1;
      }
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k <= 0) { i++; continue; }
    i += (size_t)k;
    /* the letters with no decomposition, folded as tools/gazetteer.py's FOLD: "Diyarbakır" is
     * "diyarbakir", "Łódź" "lodz" */
    static const struct { utf8proc_int32_t cp; const char *to; } fold[] = {
      {0x131, "i"}, {0x141, "l"}, {0x142, "l"}, {0xD8, "o"}, {0xF8, "o"}, {0x110, "d"}, {0x111, "d"},
      {0x126, "h"}, {0x127, "h"}, {0xC6, "ae"}, {0xE6, "ae"}, {0x152, "oe"}, {0x153, "oe"}, {0xDE, "th"},
      {0xFE, "th"}, {0xD0, "d"}, {0xF0, "d"}, {0x13F, "l"}, {0x140, "l"}, {0x166, "t"}, {0x167, "t"}};
    const char *to = NULL;
    for (size_t f = 0; f < sizeof fold / sizeof fold[0] && !to; f++)
      if (fold[f].cp == cp) to = fold[f].to;
    if (to) {
      size_t tn = strlen(to);
      if (o + tn + 1 >= cap) return -1;
      memcpy(out + o, to, tn);
      o += tn;
      sp = 0;
      continue;
    }
    /* decompose, drop marks, fold case */
    utf8proc_int32_t dec[8];
    int lb;
    utf8proc_ssize_t nd = utf8proc_decompose_char(cp, dec, 8, UTF8PROC_DECOMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK, &lb);
    if (nd <= 0 || nd > 8) continue;
    for (utf8proc_ssize_t j = 0; j < nd; j++) {
      utf8proc_category_t cat = utf8proc_category(dec[j]);
      int alnum = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) || cat == UTF8PROC_CATEGORY_ND;
      if (cat >= UTF8PROC_CATEGORY_MN && cat <= UTF8PROC_CATEGORY_ME) continue;
      if (!alnum) {
        if (!sp) { if (o + 1 >= cap) return -1; out[o++] = ' '; sp = 1; }
        continue;
      }
      if (o + 5 >= cap) return -1;
      o += (size_t)utf8proc_encode_char(dec[j], (utf8proc_uint8_t *)out + o);
      sp = 0;
    }
  }
  while (o && out[o - 1] == ' ') o--;
  out[o] = 0;
  return (int)o;
}

/* The stop and cue lines of places.txt: "stop|cue <TAB> word; word". */
static void load_words(dy_gazetteer *g, const char *dir) {
  char path[4096];
  snprintf(path, sizeof path, "%s/places.txt", dir);
  size_t n;
  char *t = dy_lex_slurp(path, &n);
  if (!t) return;
  dy_buf w = {0};
  /* first collect normalised words, NUL-separated, then point keys at them */
  for (char *line = t; line && *line;) {
    char *nl = strchr(line, '\n');
    if (nl) *nl = 0;
    int flag = !strncmp(line, "stop\t", 5) ? DY_GAZ_STOP : !strncmp(line, "cue\t", 4) ? DY_GAZ_CUE
             : !strncmp(line, "site\t", 5) ? DY_GAZ_SITE : !strncmp(line, "clause\t", 7) ? DY_GAZ_CLAUSE : 0;
    if (flag) {
      char *p = strchr(line, '\t');
      while (p && *p) {
        p++;
        char *e = strchr(p, ';');
        size_t len = e ? (size_t)(e - p) : strlen(p);
        char k[128];
        int kn = dy_gaz_norm(p, len, k, sizeof k);
        if (kn > 0) { dy_buf_putc(&w, (char)(' ' + flag)); dy_buf_put(&w, k, (size_t)kn + 1); }
        p = e;
      }
    }
    line = nl ? nl + 1 : NULL;
  }
  free(t);
  g->words = w.p;
  for (size_t i = 0; i < w.n;) {
    int flag = w.p[i] - ' ';
    const char *k = w.p + i + 1;
    size_t kn = strlen(k);
    key_slot(g, k, kn, dy_hash64(k, kn))->flags |= (uint8_t)flag;
    i += kn + 2;
  }
}

/* Renumbers the pairs so that the entries of a name are consecutive, each
 * with its summary beside it: a name's entries are then read from one run
 * of memory, not by a chain through the whole table. */
static void compact(dy_gazetteer *g) {
  int32_t *next = dy_xreallocarray(NULL, g->np + 1, sizeof *next), *ent = dy_xreallocarray(NULL, g->np + 1, sizeof *ent);
  g->pinfo = dy_xcalloc(g->np + 1, sizeof *g->pinfo);
  /* the summaries of each entry, made once (an entry may stand under several names) */
  dy_gaz_info *by_entry = dy_xcalloc(g->ne + 1, sizeof *by_entry);
  for (size_t i = 0; i < g->ne; i++) {
    const dy_gaz_entry *e = &g->e[i];
    dy_gaz_info *in = &by_entry[i];
    const char *t = e->type;
    int ppl = !strncmp(t, "PPL", 3);
    in->pop = e->pop;
    in->lpop = log10((double)e->pop + 100.0);
    int accent = 0;
    for (const char *q = e->name; *q && !accent; q++) accent = (unsigned char)*q >= 0x80;
    in->kind = (uint16_t)((ppl ? DY_GAZ_CITY : 0) | (!strcmp(t, "ADM1") ? DY_GAZ_DIVISION : 0) |
                          (!strncmp(t, "PCL", 3) ? DY_GAZ_COUNTRY : 0) |
                          (ppl && (!strcmp(t + 3, "C") || !strcmp(t + 3, "A")) ? DY_GAZ_CAPITAL : 0) |
                          (e->common ? DY_GAZ_COMMON : 0) | (e->curated ? DY_GAZ_CURATED : 0) |
                          (e->has_coord ? DY_GAZ_COORD : 0) | (accent ? DY_GAZ_ACCENT : 0) |
                          (ppl && (!strcmp(t + 3, "X") || !strcmp(t + 3, "L")) ? DY_GAZ_PPLX : 0) |
                          (ppl && (!strcmp(t + 3, "H") || !strcmp(t + 3, "Q")) ? DY_GAZ_PPLH : 0));
    size_t n3 = strlen(e->cc3), na = strlen(e->adm1);
    memcpy(in->cc3, e->cc3, n3 < sizeof in->cc3 ? n3 : sizeof in->cc3 - 1); /* zeroed: NUL-terminated */
    if (na < sizeof in->adm1) memcpy(in->adm1, e->adm1, na);
    else in->kind |= DY_GAZ_ADM1_LONG;
  }
  int32_t o = 0;
  for (size_t k = 0; k < g->nkeys; k++) {
    int32_t p = g->keys[k].head;
    if (p < 0) continue;
    g->keys[k].head = o;
    for (; p >= 0; p = g->pnext[p]) {
      g->pinfo[o] = by_entry[g->pent[p]];
      ent[o] = g->pent[p];
      next[o] = g->pnext[p] >= 0 ? o + 1 : -1;
      o++;
    }
  }
  free(by_entry);
  free(g->pnext);
  free(g->pent);
  g->pnext = next;
  g->pent = ent;
}

dy_gazetteer *dy_gazetteer_load(const char *dir, int *nerr) {
  dy_gazetteer *g = dy_xcalloc(1, sizeof *g);
  char path[4096];
  snprintf(path, sizeof path, "%s/gazetteer.tsv", dir);
  size_t n = 0;
  g->buf = dy_lex_slurp(path, &n);
  if (g->buf) {
    size_t lines = 0;
    for (const char *p = g->buf, *end = g->buf + n; (p = memchr(p, '\n', (size_t)(end - p))) != NULL; p++) lines++;
    g->e = dy_xcalloc(lines + 1, sizeof *g->e);
    dy_map_init(&g->ix, lines); /* about two names a line: it grows once */
    kbatch *kb = dy_xmalloc(sizeof *kb);
    kb->n = 0;
    long ln = 0;
    for (char *line = g->buf; line && *line;) {
      char *nl = strchr(line, '\n');
      if (nl) *nl = 0;
      ln++;
      if (*line != '#') {
        char *f[11];
        if (cut(line, f, 11) != 11) {
          dy_warn(path, ln, "expected 11 fields");
          (*nerr)++;
        } else {
          dy_gaz_entry *e = &g->e[g->ne];
          e->name = f[1];
          e->cc2 = strcmp(f[2], "-") ? f[2] : "";
          e->cc3 = strcmp(f[3], "-") ? f[3] : "";
          e->adm1 = strcmp(f[4], "-") ? f[4] : "";
          e->type = f[5];
          e->pop = (uint32_t)field_num(f[6]);
          e->has_coord = strcmp(f[7], "-") && strcmp(f[8], "-");
          e->lat = f[7];
          e->lon = f[8];
          e->geonameid = f[9][0] >= '0' && f[9][0] <= '9' ? (int32_t)field_num(f[9]) : (int32_t)strtol(f[9], NULL, 10);
          e->common = strchr(f[10], 'c') != NULL;
          e->curated = strchr(f[10], 'p') != NULL;
          for (char *k = f[0]; k && *k;) {
            char *bar = strchr(k, '|');
            if (bar) *bar = 0;
            /* "~kharkov": an alternate name of small places only, a place only after a cue */
            int cue = *k == '~';
            k += cue;
            size_t kn = strlen(k);
            if (*k) batch_add(g, kb, k, kn, (int32_t)g->ne, cue ? DY_GAZ_CUE : 0);
            for (size_t q = 1; q < kn; q++) /* its first words, so a scan stops where no name goes on */
              if (k[q] == ' ') batch_add(g, kb, k, q, -1, DY_GAZ_PREFIX);
            k = bar ? bar + 1 : NULL;
          }
          /* a division is also found by its code (no name key has capitals or '-') */
          if (!strcmp(e->type, "ADM1") && *e->adm1) batch_add(g, kb, e->adm1, strlen(e->adm1), (int32_t)g->ne, 0);
          g->ne++;
        }
      }
      line = nl ? nl + 1 : NULL;
    }
    batch_run(g, kb);
    free(kb);
  }
  load_words(g, dir);
  compact(g);
  return g;
}

void dy_gazetteer_free(dy_gazetteer *g) {
  if (!g) return;
  free(g->buf); free(g->words); free(g->e); free(g->pnext); free(g->pent); free(g->pinfo); free(g->keys); dy_map_free(&g->ix);
  free(g);
}

size_t dy_gaz_size(const dy_gazetteer *g) { return g ? g->ne : 0; }
int dy_gaz_max_words(const dy_gazetteer *g) { return g ? g->maxw : 0; }

int32_t dy_gaz_first(const dy_gazetteer *g, const char *key, size_t n, int *flags) {
  *flags = 0;
  if (!g || !n) return -1;
  const kslot *s = find(g, key, n);
  if (!s) return -1;
  *flags = s->flags;
  return s->head;
}

void dy_gaz_coord(const dy_gaz_entry *e, double *lat, double *lon) {
  *lat = e->has_coord ? strtod(e->lat, NULL) : 0;
  *lon = e->has_coord ? strtod(e->lon, NULL) : 0;
}

int32_t dy_gaz_next(const dy_gazetteer *g, int32_t it) { return g->pnext[it]; }
const dy_gaz_entry *dy_gaz_entry_at(const dy_gazetteer *g, int32_t it) { return &g->e[g->pent[it]]; }
const dy_gaz_info *dy_gaz_info_at(const dy_gazetteer *g, int32_t it) { return &g->pinfo[it]; }

const dy_gaz_entry *dy_gaz_division(const dy_gazetteer *g, const char *code) {
  int fl;
  if (!code || !*code) return NULL;
  int32_t h = dy_gaz_first(g, code, strlen(code), &fl);
  if (h < 0 && strlen(code) > 2 && strlen(code) < 10 && code[2] != '-') {
    char iso[16];
    snprintf(iso, sizeof iso, "%.2s-%s", code, code + 2); /* USTX: US-TX */
    h = dy_gaz_first(g, iso, strlen(iso), &fl);
  }
  for (; h >= 0; h = dy_gaz_next(g, h))
    if (!strcmp(dy_gaz_entry_at(g, h)->type, "ADM1")) return dy_gaz_entry_at(g, h);
  return NULL;
}

/* gazetteer.c: loads data/gazetteer.tsv into one hash of normalised names
 * (see gazetteer.h, tools/gazetteer.py). The file is read whole and its
 * fields are cut in place, so the entries point into one buffer. */
#include "gazetteer.h"
#include "../doc.h"
#include "lexicon.h"

#include <math.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>
#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

typedef struct { const char *key; uint32_t klen; int32_t head; uint8_t flags; } kslot;

struct dy_gazetteer {
  char *buf;             /* the file, fields NUL-terminated in place */
  size_t nbuf;           /* its bytes, its final NUL included */
  char *words;           /* the stop and cue words */
  size_t nwords;
  char *bin;             /* loaded from gazetteer.bin: every array below lies in it (nothing else is freed) */
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
  g->nwords = w.p ? w.n + 1 : 0;
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

static dy_gazetteer *load_tsv(const char *dir, int *nerr) {
  dy_gazetteer *g = dy_xcalloc(1, sizeof *g);
  char path[4096];
  snprintf(path, sizeof path, "%s/gazetteer.tsv", dir);
  size_t n = 0;
  g->buf = dy_lex_slurp(path, &n);
  if (g->buf) {
    g->nbuf = n + 1;
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

/* ---- the compiled form: gazetteer.bin ------------------------------------------
 * What load_tsv builds, written as it lies in memory (pointers as offsets
 * into the text), made at build time by tools/gazbin.c (make), so that a
 * run reads one file and fixes up its pointers instead of cutting, hashing
 * and chaining 200,000 lines. It stands for the TSV and places.txt whose
 * sizes and modification times it records, and for this code's layout
 * (GZB_VERSION and the sizes of the structs): anything else and the TSV is
 * read as before. */
#define GZB_VERSION 1
#define GZB_EMPTY UINT64_MAX /* a pointer to "" that is no field of the file */
typedef struct {
  char magic[8];
  uint32_t version, sz_entry, sz_info, sz_kslot, sz_slot, sz_ptr;
  int64_t stamp[2][3]; /* gazetteer.tsv, places.txt: size, mtime seconds and nanoseconds (-1: missing) */
  uint64_t nbuf, nwords, ne, np, nkeys, mapcap, mapn, total;
  uint32_t mapshift;
  int32_t maxw;
} gzb_head;

static void stamp_of(const char *dir, const char *name, int64_t st[3]) {
  char path[4096];
  struct stat sb;
  snprintf(path, sizeof path, "%s/%s", dir, name);
  if (stat(path, &sb) != 0) { st[0] = st[1] = st[2] = -1; return; }
  st[0] = (int64_t)sb.st_size;
  st[1] = (int64_t)sb.st_mtim.tv_sec;
  st[2] = (int64_t)sb.st_mtim.tv_nsec;
}

static void head_init(gzb_head *h, const char *dir) {
  memset(h, 0, sizeof *h);
  memcpy(h->magic, "dyadgaz", 8);
  h->version = GZB_VERSION;
  h->sz_entry = sizeof(dy_gaz_entry); h->sz_info = sizeof(dy_gaz_info); h->sz_kslot = sizeof(kslot);
  h->sz_slot = sizeof(dy_map_slot); h->sz_ptr = sizeof(void *);
  stamp_of(dir, "gazetteer.tsv", h->stamp[0]);
  stamp_of(dir, "places.txt", h->stamp[1]);
}

/* The sections' offsets in the file, each 16-aligned: blob (buf, words), e, pnext, pent, pinfo, keys, slots. */
static size_t al16(size_t n) { return (n + 15) & ~(size_t)15; }
static void sections(const gzb_head *h, size_t off[8]) {
  size_t n[7] = {h->nbuf + h->nwords, h->ne * sizeof(dy_gaz_entry), h->np * sizeof(int32_t), h->np * sizeof(int32_t),
                 h->np * sizeof(dy_gaz_info), h->nkeys * sizeof(kslot), h->mapcap * sizeof(dy_map_slot)};
  off[0] = al16(sizeof *h);
  for (int i = 0; i < 7; i++) off[i + 1] = al16(off[i] + n[i]);
}

static uint64_t ptr_off(const dy_gazetteer *g, const char *p) {
  if (g->buf && p >= g->buf && p < g->buf + g->nbuf) return (uint64_t)(p - g->buf);
  if (g->words && p >= g->words && p < g->words + g->nwords) return g->nbuf + (uint64_t)(p - g->words);
  return GZB_EMPTY; /* "" */
}

static const char *off_ptr(const char *blob, uint64_t nblob, uintptr_t o) {
  return o == GZB_EMPTY || o >= nblob ? "" : blob + o;
}

int dy_gazetteer_compile(const char *dir, char *why, size_t nwhy) {
  int nerr = 0;
  dy_gazetteer *g = load_tsv(dir, &nerr);
  if (nerr || !g->buf) {
    snprintf(why, nwhy, "%s/gazetteer.tsv: %s", dir, g->buf ? "has errors, not compiled" : "cannot be read");
    dy_gazetteer_free(g);
    return -1;
  }
  gzb_head h;
  head_init(&h, dir);
  h.nbuf = g->nbuf; h.nwords = g->nwords; h.ne = g->ne; h.np = g->np; h.nkeys = g->nkeys;
  h.mapcap = g->ix.cap; h.mapn = g->ix.n; h.mapshift = g->ix.shift; h.maxw = g->maxw;
  size_t off[8];
  sections(&h, off);
  h.total = off[7];
  char *out = dy_xcalloc(1, off[7]);
  memcpy(out, &h, sizeof h);
  memcpy(out + off[0], g->buf, g->nbuf);
  if (g->nwords) memcpy(out + off[0] + g->nbuf, g->words, g->nwords);
  dy_gaz_entry *e = (dy_gaz_entry *)(out + off[1]);
  for (size_t i = 0; i < g->ne; i++) {
    /* field by field: the padding stays zero, so the file is the same each time */
    const dy_gaz_entry *x = &g->e[i];
    const char *const src[7] = {x->name, x->cc2, x->cc3, x->adm1, x->type, x->lat, x->lon};
    const char **f[7] = {&e[i].name, &e[i].cc2, &e[i].cc3, &e[i].adm1, &e[i].type, &e[i].lat, &e[i].lon};
    for (int k = 0; k < 7; k++) *f[k] = (const char *)(uintptr_t)ptr_off(g, src[k]);
    e[i].pop = x->pop; e[i].geonameid = x->geonameid;
    e[i].has_coord = x->has_coord; e[i].common = x->common; e[i].curated = x->curated;
  }
  if (g->np) {
    memcpy(out + off[2], g->pnext, g->np * sizeof(int32_t));
    memcpy(out + off[3], g->pent, g->np * sizeof(int32_t));
    memcpy(out + off[4], g->pinfo, g->np * sizeof(dy_gaz_info));
  }
  kslot *ks = (kslot *)(out + off[5]);
  for (size_t i = 0; i < g->nkeys; i++) {
    ks[i].key = (const char *)(uintptr_t)ptr_off(g, g->keys[i].key);
    ks[i].klen = g->keys[i].klen; ks[i].head = g->keys[i].head; ks[i].flags = g->keys[i].flags;
  }
  if (g->ix.cap) memcpy(out + off[6], g->ix.slot, g->ix.cap * sizeof(dy_map_slot));
  dy_gazetteer_free(g);
  char path[4096], tmp[4200];
  snprintf(path, sizeof path, "%s/gazetteer.bin", dir);
  snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
  FILE *f = fopen(tmp, "wb");
  int ok = f && fwrite(out, 1, off[7], f) == off[7];
  if (f && fclose(f) != 0) ok = 0;
  free(out);
  if (!ok || rename(tmp, path) != 0) {
    snprintf(why, nwhy, "%s: cannot write", ok ? path : tmp);
    unlink(tmp);
    return -1;
  }
  return 0;
}

/* The compiled form of dir's gazetteer, or NULL when there is none that
 * stands for its files as they are. */
static dy_gazetteer *load_bin(const char *dir) {
  char path[4096];
  snprintf(path, sizeof path, "%s/gazetteer.bin", dir);
  if (access(path, R_OK) != 0) return NULL;
  gzb_head want;
  head_init(&want, dir);
  if (want.stamp[0][0] < 0) return NULL;
  /* the header first: a stale file is not read whole */
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  gzb_head h;
  int ok = fread(&h, sizeof h, 1, f) == 1;
  fclose(f);
  if (!ok || memcmp(h.magic, want.magic, 8) || h.version != want.version || h.sz_entry != want.sz_entry || h.sz_info != want.sz_info ||
      h.sz_kslot != want.sz_kslot || h.sz_slot != want.sz_slot || h.sz_ptr != want.sz_ptr || memcmp(h.stamp, want.stamp, sizeof h.stamp))
    return NULL;
  size_t off[8];
  sections(&h, off);
  if (h.total != off[7] || h.nbuf == 0 || (h.mapcap & (h.mapcap - 1)) || h.mapn > h.mapcap) return NULL;
  size_t n = 0;
  char *bin = dy_lex_slurp(path, &n);
  if (!bin) return NULL;
  if (n != off[7] || memcmp(bin, &h, sizeof h) != 0) { free(bin); return NULL; } /* replaced since the header was read */
  dy_gazetteer *g = dy_xcalloc(1, sizeof *g);
  g->bin = bin;
  uint64_t nblob = h.nbuf + h.nwords;
  g->buf = bin + off[0];
  g->nbuf = h.nbuf;
  g->words = h.nwords ? g->buf + h.nbuf : NULL;
  g->nwords = h.nwords;
  g->e = (dy_gaz_entry *)(bin + off[1]);
  g->ne = h.ne;
  for (size_t i = 0; i < g->ne; i++) {
    dy_gaz_entry *e = &g->e[i];
    const char **fl[7] = {&e->name, &e->cc2, &e->cc3, &e->adm1, &e->type, &e->lat, &e->lon};
    for (int k = 0; k < 7; k++) *fl[k] = off_ptr(g->buf, nblob, (uintptr_t)*fl[k]);
  }
  g->pnext = (int32_t *)(bin + off[2]);
  g->pent = (int32_t *)(bin + off[3]);
  g->pinfo = (dy_gaz_info *)(bin + off[4]);
  g->np = g->cp = h.np;
  g->keys = (kslot *)(bin + off[5]);
  g->nkeys = g->ckeys = h.nkeys;
  for (size_t i = 0; i < g->nkeys; i++) g->keys[i].key = off_ptr(g->buf, nblob, (uintptr_t)g->keys[i].key);
  g->ix.slot = h.mapcap ? (dy_map_slot *)(bin + off[6]) : NULL;
  g->ix.cap = h.mapcap;
  g->ix.n = h.mapn;
  g->ix.shift = h.mapshift;
  g->maxw = h.maxw;
  return g;
}

dy_gazetteer *dy_gazetteer_load(const char *dir, int *nerr) {
  dy_gazetteer *g = load_bin(dir);
  return g ? g : load_tsv(dir, nerr);
}

void dy_gazetteer_free(dy_gazetteer *g) {
  if (!g) return;
  if (g->bin) { free(g->bin); free(g); return; }
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

/* import.c: TABARI and PETRARCH dictionaries (.actors, .agents, .verbs)
 * converted into dyad's lexicon structures while it loads: actors with
 * date-bounded codes become people with dated roles, agents sector words,
 * verb patterns dyad patterns with their codes in CAMEO 1.1b3. The rules of
 * the conversion that are data (the older CAMEO numbering, TABARI's stem
 * endings, organisation types by code) are in data/import.txt. */
#include "import.h"
#include "../base.h"
#include "../text/text.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

#define MAXWARN 20   /* warnings shown per file; the rest are counted */
#define MAXCODES 32  /* codes of one actor entry */
#define MAXPHR 512   /* phrases of one actor entry */
#define MAXALT 128   /* alternatives of one pattern word */
#define CHUNK 16     /* verbs of a block that share one pattern */
#define MAXBLOCK 2048 /* verbs of one block that take its patterns */

/* ---- a set of strings ------------------------------------------------------- */

/* Strings and a hash table of them (base.h); keyed sets hash each string
 * by its key, the part before a tab (stem_words' cache: "stem\tw1 w2"). */
typedef struct { char **s; uint32_t n, cap; dy_map ix; int keyed; } strset;

static size_t key_len(const strset *t, const char *s) {
  const char *tab = t->keyed ? strchr(s, '\t') : NULL;
  return tab ? (size_t)(tab - s) : strlen(s);
}

static const char *set_key(const void *t, uint32_t i, size_t *len) {
  const char *s = ((const strset *)t)->s[i];
  *len = key_len(t, s);
  return s;
}

/* The string whose key is k[0..n), NULL. */
static const char *set_find(const strset *t, const char *k, size_t n) {
  uint32_t i = dy_map_find_str(&t->ix, dy_hash64(k, n), k, n, set_key, t, NULL);
  return i == DY_MAP_NONE ? NULL : t->s[i];
}

static int set_has(const strset *t, const char *s) { return set_find(t, s, strlen(s)) != NULL; }

/* Adds s, unless a string with its key is there. */
static void set_add(strset *t, const char *s) {
  size_t n = key_len(t, s);
  if (set_find(t, s, n)) return;
  DY_VEC_GROW(t->s, t->cap, t->n + 1);
  t->s[t->n] = dy_xstrdup(s);
  dy_map_add(&t->ix, dy_hash64(s, n), t->n++);
}

static void set_free(strset *t) {
  for (uint32_t i = 0; i < t->n; i++) free(t->s[i]);
  free(t->s);
  dy_map_free(&t->ix);
  memset(t, 0, sizeof *t);
}

/* ---- the import ---------------------------------------------------------------- */

typedef struct { char old[8], neu[8]; } remap_t;
typedef struct { char prefix[16], type[16]; } orgtype_t;
typedef struct { char name[64]; char **w; int n, cap; } synset_t;

struct dy_import {
  dy_lexicon *lx;
  dy_import_stats *st;
  int *nerr;
  remap_t remap[64]; int nremap;
  orgtype_t orgtype[64]; int norgtype;
  char suffix[48][12]; int nsuffix;   /* "stem": the endings of a TABARI stem */
  char vsuffix[16][12]; int nvsuffix; /* "verbstem": those of a TABARI verb stem */
  strset words, verbs; int vocab_loaded; /* WordNet's lemmas, to complete TABARI stems */
  strset stems;                          /* stem_words' answers */
  /* the file being read */
  const char *path;
  long line;
  int kind, nwarn;
  synset_t *syn; int nsyn, csyn;
  struct patb *pb; /* the pattern being built */
};

static void warn(dy_import *im, const char *msg) {
  (*im->nerr)++;
  if (++im->nwarn <= MAXWARN) dy_warn(im->path, im->line, "%s", msg);
}

/* The same, with the text at fault. */
static void warn_at(dy_import *im, const char *msg, const char *text) {
  (*im->nerr)++;
  if (++im->nwarn <= MAXWARN) dy_warn(im->path, im->line, "%s: %.80s", msg, text);
}

static void skip(dy_import *im, int reason) { im->st->skipped[im->kind][reason]++; }

static char *trim(char *s) {
  while (*s == ' ' || *s == '\t') s++;
  char *e = s + strlen(s);
  while (e > s && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n')) *--e = 0;
  return s;
}

static void lower(char *s) {
  for (; *s; s++)
    if (*s >= 'A' && *s <= 'Z') *s = (char)(*s + 32);
}


/* data/import.txt: "remap OLD NEW why", "orgtype PREFIX TYPE", "stem ENDINGS...". */
static void load_rules(dy_import *im, const char *dir) {
  char path[4096];
  snprintf(path, sizeof path, "%s/import.txt", dir);
  size_t n;
  char *buf = dy_lex_slurp(path, &n);
  if (!buf) { dy_warn(path, 0, "cannot read the import rules (%s): codes are not remapped, stems not completed", strerror(errno)); return; }
  long ln = 0;
  for (char *line = buf, *nl; line && *line; line = nl ? nl + 1 : NULL) {
    nl = strchr(line, '\n');
    if (nl) *nl = 0;
    ln++;
    char *p = trim(line);
    if (!*p || *p == '#') continue;
    char *f[4] = {0};
    int nf = 0;
    for (char *save = NULL, *t = strtok_r(p, "\t", &save); t && nf < 4; t = strtok_r(NULL, "\t", &save)) f[nf++] = trim(t);
    if (nf >= 3 && !strcmp(f[0], "remap") && im->nremap < 64 && strlen(f[1]) < 8 && strlen(f[2]) < 8) {
      snprintf(im->remap[im->nremap].old, 8, "%s", f[1]);
      snprintf(im->remap[im->nremap++].neu, 8, "%s", f[2]);
    } else if (nf >= 3 && !strcmp(f[0], "orgtype") && im->norgtype < 64) {
      snprintf(im->orgtype[im->norgtype].prefix, 16, "%s", f[1]);
      snprintf(im->orgtype[im->norgtype++].type, 16, "%s", f[2]);
    } else if (nf >= 2 && !strcmp(f[0], "stem")) {
      for (char *save = NULL, *t = strtok_r(f[1], " ", &save); t && im->nsuffix < 48; t = strtok_r(NULL, " ", &save))
        snprintf(im->suffix[im->nsuffix++], 12, "%s", strcmp(t, "-") ? t : "");
    } else if (nf >= 2 && !strcmp(f[0], "verbstem")) {
      for (char *save = NULL, *t = strtok_r(f[1], " ", &save); t && im->nvsuffix < 16; t = strtok_r(NULL, " ", &save))
        snprintf(im->vsuffix[im->nvsuffix++], 12, "%s", strcmp(t, "-") ? t : "");
    } else {
      dy_warn(path, ln, "expected remap OLD NEW WHY, orgtype PREFIX TYPE, stem ENDINGS or verbstem ENDINGS (tab-separated)");
      (*im->nerr)++;
    }
  }
  free(buf);
}

dy_import *dy_import_begin(dy_lexicon *lx, const char *datadir, dy_import_stats *st, int *nerr) {
  dy_import *im = dy_xcalloc(1, sizeof *im);
  im->lx = lx;
  im->st = st;
  im->nerr = nerr;
  im->stems.keyed = 1;
  load_rules(im, datadir);
  return im;
}

static void free_synsets(dy_import *im) {
  for (int i = 0; i < im->nsyn; i++) {
    for (int k = 0; k < im->syn[i].n; k++) free(im->syn[i].w[k]);
    free(im->syn[i].w);
  }
  free(im->syn);
  im->syn = NULL;
  im->nsyn = 0;
}

void dy_import_end(dy_import *im) {
  if (!im) return;
  set_free(&im->words);
  set_free(&im->verbs);
  set_free(&im->stems);
  free_synsets(im);
  free(im->pb);
  free(im);
}

/* ---- WordNet's lemmas, to complete TABARI's stems ("ACCUS" is accuse) ---------- */

static void load_vocab(dy_import *im) {
  if (im->vocab_loaded) return;
  im->vocab_loaded = 1;
  const char *env = getenv("DYAD_WORDNET"); /* verb.exc's path; the index files are beside it */
  char dir[4096];
  snprintf(dir, sizeof dir, "%s", env ? env : "/usr/share/wordnet/verb.exc");
  char *slash = strrchr(dir, '/');
  if (slash) *slash = 0;
  static const char *const POS[] = {"verb", "noun", "adj", "adv"};
  for (int i = 0; i < 4; i++) {
    char path[4200];
    snprintf(path, sizeof path, "%s/index.%s", dir, POS[i]);
    size_t n;
    char *buf = dy_lex_slurp(path, &n);
    if (!buf) continue;
    for (char *line = buf, *nl; line && *line; line = nl ? nl + 1 : NULL) {
      nl = strchr(line, '\n');
      if (nl) *nl = 0;
      if (line[0] == ' ') continue; /* the licence at the head */
      char *sp = strchr(line, ' ');
      if (!sp) continue;
      *sp = 0;
      if (strchr(line, '_')) continue;
      set_add(&im->words, line);
      if (i == 0) set_add(&im->verbs, line);
    }
    free(buf);
  }
}

/* Is w a word: a lemma or a regular inflection of one? */
static int is_word(dy_import *im, const char *w) {
  if (set_has(&im->words, w)) return 1;
  size_t n = strlen(w);
  char b[96];
  if (n < 3 || n > 80) return 0;
  static const struct { const char *end, *repl; } INFL[] = {
    {"ies", "y"}, {"ied", "y"}, {"es", ""}, {"s", ""}, {"ed", ""}, {"ed", "e"}, {"ing", ""}, {"ing", "e"}, {"er", ""}, {"er", "e"}};
  for (size_t k = 0; k < sizeof INFL / sizeof INFL[0]; k++) {
    size_t el = strlen(INFL[k].end);
    if (n <= el + 1 || strcmp(w + n - el, INFL[k].end)) continue;
    snprintf(b, sizeof b, "%.*s%s", (int)(n - el), w, INFL[k].repl);
    if (set_has(&im->words, b)) return 1;
    /* a doubled consonant: banned, committing */
    if (!*INFL[k].repl && n - el >= 3 && w[n - el - 1] == w[n - el - 2]) {
      snprintf(b, sizeof b, "%.*s", (int)(n - el - 1), w);
      if (set_has(&im->words, b)) return 1;
    }
  }
  return 0;
}

static int stem_words_uncached(dy_import *im, const char *stem, char out[][64], int max);

/* The words a TABARI stem stands for (the stem and its endings that make
 * words), at most max, in out (each 64 bytes); returns how many. */
static int stem_words(dy_import *im, const char *stem, char out[][64], int max) {
  load_vocab(im);
  /* the same stems come back thousands of times: their words are kept ("stem\tw1 w2 ...") */
  size_t sl = strlen(stem);
  const char *e = sl < 60 ? set_find(&im->stems, stem, sl) : NULL;
  if (e) {
    int n = 0;
    for (const char *p = e + sl + 1; *p && n < max;) {
      const char *sp = strchr(p, ' ');
      size_t wl = sp ? (size_t)(sp - p) : strlen(p);
      snprintf(out[n++], 64, "%.*s", (int)wl, p);
      p += wl + (sp != NULL);
    }
    if (n > 1 || strcmp(out[0], stem)) im->st->notes[DY_NOTE_STEM]++;
    return n;
  }
  int n = stem_words_uncached(im, stem, out, max);
  if (sl < 60) {
    char line[1200];
    size_t o = (size_t)snprintf(line, sizeof line, "%s\t", stem);
    for (int i = 0; i < n && o + 66 < sizeof line; i++) o += (size_t)snprintf(line + o, sizeof line - o, "%s%s", i ? " " : "", out[i]);
    set_add(&im->stems, line);
  }
  return n;
}

static int stem_words_uncached(dy_import *im, const char *stem, char out[][64], int max) {
  int n = 0;
  for (int i = 0; i < im->nsuffix && n < max; i++) {
    char w[64];
    snprintf(w, sizeof w, "%s%s", stem, im->suffix[i]);
    if (!im->words.n || is_word(im, w)) snprintf(out[n++], 64, "%s", w);
  }
  if (n == 0) snprintf(out[n++], 64, "%s", stem);
  if (n > 1 || strcmp(out[0], stem)) im->st->notes[DY_NOTE_STEM]++;
  return n;
}

/* The verb lemmas a TABARI verb stem stands for ("ACCUS": accuse). */
static int verb_lemmas(dy_import *im, const char *stem, char out[][64], int max) {
  load_vocab(im);
  if (!im->verbs.n || set_has(&im->verbs, stem)) { snprintf(out[0], 64, "%s", stem); return 1; }
  int n = 0;
  for (int i = 0; i < im->nvsuffix && n < max; i++) {
    char w[64];
    snprintf(w, sizeof w, "%s%s", stem, im->vsuffix[i]);
    int dup = 0;
    for (int k = 0; k < n; k++) dup |= !strcmp(out[k], w);
    if (!dup && set_has(&im->verbs, w)) snprintf(out[n++], 64, "%s", w);
  }
  if (n) im->st->notes[DY_NOTE_STEM]++;
  return n;
}

/* ---- lines ----------------------------------------------------------------------- */

static int valid_utf8(const unsigned char *s) {
  while (*s) {
    if (*s < 0x80) { s++; continue; }
    int k = (*s & 0xE0) == 0xC0 ? 1 : (*s & 0xF0) == 0xE0 ? 2 : (*s & 0xF8) == 0xF0 ? 3 : -1;
    if (k < 0) return 0;
    for (int i = 1; i <= k; i++)
      if ((s[i] & 0xC0) != 0x80) return 0;
    s += k + 1;
  }
  return 1;
}

/* A line that is not UTF-8 is read as Latin-1 (the older files are). */
static char *fix_line(dy_import *im, char *line, char *buf, size_t nbuf) {
  if (valid_utf8((const unsigned char *)line)) return line;
  im->st->notes[DY_NOTE_LATIN1]++;
  size_t o = 0;
  for (const unsigned char *p = (const unsigned char *)line; *p && o + 3 < nbuf; p++) {
    if (*p < 0x80) buf[o++] = (char)*p;
    else { buf[o++] = (char)(0xC0 | *p >> 6); buf[o++] = (char)(0x80 | (*p & 0x3F)); }
  }
  buf[o] = 0;
  return buf;
}

/* Splits a dictionary line into its phrase (returned, trimmed) and its
 * bracketed codes (codes[i] point into line); a comment (';', '#' after a
 * blank or a bracket) ends it. */
static char *split_codes(char *line, char **codes, int *ncodes, int max) {
  *ncodes = 0;
  char *phrase_end = NULL;
  for (char *p = line; *p; p++) {
    if (*p == '[') {
      char *e = strchr(p, ']');
      if (!e) e = strchr(p, '}'); /* "[~LEG}" */
      if (!e) { *ncodes = -1; return trim(line); } /* a '[' never closed */
      if (!phrase_end) phrase_end = p;
      *e = 0;
      if (*ncodes < max) codes[(*ncodes)++] = p + 1;
      p = e;
      continue;
    }
    if (*p == ';' || (*p == '#' && (p == line || p[-1] == ' ' || p[-1] == '\t' || p[-1] == 0))) {
      if (!phrase_end) phrase_end = p;
      break;
    }
  }
  if (phrase_end) *phrase_end = 0;
  return trim(line);
}

/* ---- phrases ------------------------------------------------------------------------ */

enum { CASE_NAME, CASE_LOWER };

/* A dictionary phrase ("HAMID_KARZAI_", "THE_UNITED_NATIONS") in dyad's
 * form: words separated by blanks, no final '_'. A name written all in
 * capitals becomes a capitalised first word and the rest in any case
 * ("Hamid karzai": the text must capitalise "Hamid"), so "US" stays clear
 * of "us"; a leading "the" is dropped. A phrase written in mixed case keeps
 * its case; CASE_LOWER (agents, verbs) matches any case. */
static int to_phrase(const char *raw, int mode, char *out, size_t n) {
  size_t o = 0;
  int mixed = 0;
  for (const char *p = raw; *p; p++) mixed |= *p >= 'a' && *p <= 'z';
  const char *p = raw;
  while (*p == ' ' || *p == '_' || *p == '+') p++;
  if (mode == CASE_NAME && !strncasecmp(p, "the", 3) && (p[3] == '_' || p[3] == ' ') && p[4]) p += 4;
  int word = 0, at_start = 1;
  for (; *p && o + 1 < n; p++) {
    char c = *p;
    if (c == '_' || c == ' ' || c == '\t') {
      if (!at_start && o && out[o - 1] != ' ') out[o++] = ' ';
      at_start = 1;
      continue;
    }
    if (at_start) word++;
    if (mode == CASE_LOWER || (!mixed && !(word == 1 && at_start))) { if (c >= 'A' && c <= 'Z') c = (char)(c + 32); }
    else if (!mixed && c >= 'a' && c <= 'z') c = (char)(c - 32);
    out[o++] = c;
    at_start = 0;
  }
  while (o && out[o - 1] == ' ') o--;
  out[o] = 0;
  return o ? 0 : -1;
}

/* A display name: each word capitalised ("Hamid Karzai"). */
static void display_name(const char *phrase, char *out, size_t n) {
  size_t o = 0;
  int start = 1;
  for (const char *p = phrase; *p && o + 1 < n; p++) {
    char c = *p;
    if (start && c >= 'a' && c <= 'z') c = (char)(c - 32);
    start = c == ' ' || c == '-';
    out[o++] = c;
  }
  out[o] = 0;
}

static void count_phrase(dy_import *im, int r) {
  switch (r) {
  case 0: im->st->phrases++; break;
  case 1: im->st->ph_dyad++; break;
  case 2: im->st->ph_earlier++; break;
  case 3: im->st->ph_dup++; break;
  default: im->st->ph_bad++; break;
  }
}

/* ---- codes and dates ------------------------------------------------------------------ */

/* YYMMDD (a two-digit year below 20 is 20YY, else 19YY) or YYYYMMDD. */
static int parse_date(const char *s, dy_date *d) {
  size_t n = strlen(s);
  for (size_t i = 0; i < n; i++)
    if (s[i] < '0' || s[i] > '9') return -1;
  long v = strtol(s, NULL, 10);
  int y, m, dd;
  if (n == 6) { y = (int)(v / 10000); y += y < 20 ? 2000 : 1900; m = (int)(v / 100 % 100); dd = (int)(v % 100); }
  else if (n == 8) { y = (int)(v / 10000); m = (int)(v / 100 % 100); dd = (int)(v % 100); }
  else return -1;
  if (y < 1000 || y > 2200 || m < 1 || m > 12 || dd < 1 || dd > 31) return -1;
  *d = (dy_date){(int16_t)y, (int8_t)m, (int8_t)dd, DY_PREC_DAY};
  return 0;
}

static int valid_code(const char *s) {
  size_t n = strlen(s);
  if (n < 2 || n > 15) return 0;
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
  return 1;
}

enum { C_OK = 0, C_NULL, C_ETHNIC, C_BAD, C_BADDATE };

/* An actor code "CODE", "CODE >DATE", "CODE <DATE", "CODE DATE-DATE". */
static int parse_actor_code(char *s, dy_role *r) {
  memset(r, 0, sizeof *r);
  r->title = -1;
  s = trim(s);
  char *sp = strpbrk(s, " \t");
  char *rest = NULL;
  if (sp) { *sp = 0; rest = trim(sp + 1); }
  if (!strcmp(s, "---") || !strcmp(s, "###") || !*s) return C_NULL;
  /* "DZA/USA": a phrase naming two actors; dyad codes one, the first */
  char *slash = strchr(s, '/');
  if (slash) { *slash = 0; r->title = -2; }
  int lowercase = 0;
  for (char *p = s; *p; p++) lowercase |= *p >= 'a' && *p <= 'z';
  if (lowercase) return C_ETHNIC;
  if (!valid_code(s)) return C_BAD;
  snprintf(r->code, sizeof r->code, "%s", s);
  int two = r->title == -2;
  r->title = -1;
  if (two) r->title = -3; /* reported by the caller, then reset */
  if (rest && *rest) {
    dy_date a, b;
    if (*rest == '>') { if (parse_date(trim(rest + 1), &a)) return C_BADDATE; r->from = a; }
    else if (*rest == '<') { if (parse_date(trim(rest + 1), &b)) return C_BADDATE; r->until = b; }
    else {
      char *dash = strchr(rest, '-');
      if (!dash) return C_BADDATE;
      *dash = 0;
      char *x = trim(rest), *y = trim(dash + 1);
      if (parse_date(x, &a) || parse_date(y, &b)) return C_BADDATE;
      /* "270101-730525": two-digit years are one century when the range says so */
      if (dy_date_cmp(a, b) > 0 && strlen(x) == 6 && a.y >= 2000) a.y = (int16_t)(a.y - 100);
      if (dy_date_cmp(a, b) > 0) return C_BADDATE;
      r->from = a;
      r->until = b;
    }
  }
  return C_OK;
}

/* An event code of a verbs file, mapped to CAMEO 1.1b3 in out (8 bytes):
 * returns -1 and a DY_SKIP_* in *why when it codes nothing dyad can use. */
static int event_code(dy_import *im, const char *raw, char *out, int *why) {
  char s[32];
  snprintf(s, sizeof s, "%s", raw);
  char *c = trim(s);
  if (!strcmp(c, "---") || !strcmp(c, "###")) { *why = DY_SKIP_NULL; return -1; }
  if (!*c) { *why = DY_SKIP_NOCODE; return -1; }
  char *colon = strchr(c, ':');
  if (colon) {
    *colon = 0;
    if (!*trim(c)) { *why = DY_SKIP_REVERSE; return -1; }
    im->st->notes[DY_NOTE_PAIRED]++;
  }
  c = trim(c);
  size_t n = strlen(c);
  if (n && (c[n - 1] == '!' || c[n - 1] == '?')) { c[--n] = 0; im->st->notes[DY_NOTE_MARK]++; }
  if (!strcmp(c, "---") || !strcmp(c, "###")) { *why = DY_SKIP_NULL; return -1; }
  for (size_t i = 0; i < n; i++)
    if (c[i] < '0' || c[i] > '9') { *why = DY_SKIP_BAD; return -1; }
  if (n < 2 || n > 4) { *why = DY_SKIP_BAD; return -1; }
  for (int i = 0; i < im->nremap; i++)
    if (!strcmp(im->remap[i].old, c)) { snprintf(c, 8, "%s", im->remap[i].neu); im->st->notes[DY_NOTE_REMAP]++; break; }
  char code[8];
  snprintf(code, sizeof code, "%s", c);
  while (strlen(code) >= 2 && !dy_lex_cameo(im->lx, code)) {
    code[strlen(code) - 1] = 0;
    if (strlen(code) == 2) break;
  }
  if (!dy_lex_cameo(im->lx, code)) { *why = DY_SKIP_CAMEO; return -1; }
  if (strcmp(code, c)) im->st->notes[DY_NOTE_PARENT]++;
  snprintf(out, 8, "%s", code);
  return 0;
}

/* ---- actors ------------------------------------------------------------------------------ */

typedef struct {
  long line;
  char *phr[MAXPHR]; int nphr;
  dy_role codes[MAXCODES]; int ncodes;
  int nulls, ethnic;
} actor_rec;

static void rec_clear(actor_rec *a) {
  for (int i = 0; i < a->nphr; i++) free(a->phr[i]);
  memset(a, 0, sizeof *a);
}

static void rec_codes(dy_import *im, actor_rec *a, char **codes, int ncodes) {
  for (int i = 0; i < ncodes; i++) {
    dy_role r;
    char text[80];
    snprintf(text, sizeof text, "[%s]", codes[i]);
    int k = parse_actor_code(codes[i], &r);
    if (r.title == -3) { im->st->notes[DY_NOTE_TWO]++; r.title = -1; }
    if (k == C_NULL) a->nulls++;
    else if (k == C_ETHNIC) a->ethnic++;
    else if (k == C_BAD) warn_at(im, "malformed actor code (expected capitals and digits, as [PAKGOV] or [PAKGOV 130605-180531]); this code left out", text);
    else if (k == C_BADDATE) { im->st->notes[DY_NOTE_DATEDROP]++; warn_at(im, "bad date (expected >YYMMDD, <YYMMDD or YYMMDD-YYMMDD, the first before the second; YYYYMMDD too); this code left out", text); }
    else if (a->ncodes < MAXCODES) a->codes[a->ncodes++] = r;
  }
}

static void rec_phrase(actor_rec *a, const char *raw) {
  if (a->nphr < MAXPHR && *raw) {
    a->phr[a->nphr] = dy_xstrdup(raw);
    a->nphr++;
  }
}

static const char *org_type(dy_import *im, const char *code) {
  for (int i = 0; i < im->norgtype; i++)
    if (!strncmp(code, im->orgtype[i].prefix, strlen(im->orgtype[i].prefix))) return im->orgtype[i].type;
  return NULL;
}

/* Converts one actor record: dated codes make a person with roles (the
 * undated code last, TABARI's default); one undated code a country (a known
 * alpha-3 code) or an organisation. */
static void rec_flush(dy_import *im, actor_rec *a) {
  if (!a->nphr) { rec_clear(a); return; }
  long keep = im->line;
  im->line = a->line;
  im->st->read[DY_IMP_ACTORS]++;
  if (!a->ncodes) {
    skip(im, a->ethnic ? DY_SKIP_ETHNIC : a->nulls ? DY_SKIP_NULL : DY_SKIP_NOCODE);
    rec_clear(a);
    im->line = keep;
    return;
  }
  char phrase[512], name[512];
  int dated = 0;
  for (int i = 0; i < a->ncodes; i++) dated |= a->codes[i].from.prec || a->codes[i].until.prec;
  int added = 0;
  if (dated) {
    dy_role roles[MAXCODES];
    int n = 0;
    for (int i = 0; i < a->ncodes; i++)
      if (a->codes[i].from.prec || a->codes[i].until.prec) roles[n++] = a->codes[i];
    for (int i = 0; i < a->ncodes; i++)
      if (!a->codes[i].from.prec && !a->codes[i].until.prec) { roles[n++] = a->codes[i]; break; }
    int32_t p = -1;
    for (int i = 0; i < a->nphr; i++) {
      if (to_phrase(a->phr[i], CASE_NAME, phrase, sizeof phrase)) { count_phrase(im, -1); continue; }
      if (p < 0) {
        display_name(phrase, name, sizeof name);
        p = dy_lex_import_person(im->lx, name, roles, n);
        im->st->people++;
        im->st->roles += n;
      }
      int r = dy_lex_import_person_phrase(im->lx, phrase, p);
      count_phrase(im, r);
      added |= r == 0;
    }
  } else {
    const char *code = a->codes[0].code;
    int country = strlen(code) == 3 && dy_lex_country_name(im->lx, code);
    const char *type = country ? NULL : org_type(im, code);
    name[0] = 0;
    for (int i = 0; i < a->nphr; i++) {
      if (to_phrase(a->phr[i], CASE_NAME, phrase, sizeof phrase)) { count_phrase(im, -1); continue; }
      if (!name[0]) display_name(phrase, name, sizeof name);
      int r = dy_lex_import_phrase(im->lx, phrase, country ? DY_ENT_COUNTRY : DY_ENT_ORG, code, type, name);
      count_phrase(im, r);
      added |= r == 0;
    }
  }
  if (added) im->st->converted[DY_IMP_ACTORS]++;
  else skip(im, DY_SKIP_HELD);
  rec_clear(a);
  im->line = keep;
}

static void read_actors(dy_import *im, char **lines, long nlines) {
  actor_rec *a = dy_xcalloc(1, sizeof *a);
  int parser_list = 0;
  for (long i = 0; i < nlines; i++) {
    im->line = i + 1;
    char *l = lines[i];
    char *t = trim(l);
    if (!*t) continue;
    /* TABARI's word lists for its parser: no actors */
    if (!strncmp(t, "<NOUN>", 6) || !strncmp(t, "<ADJECTIVE>", 11)) { rec_flush(im, a); parser_list = 1; continue; }
    if (!strncmp(t, "</NOUN>", 7) || !strncmp(t, "</ADJECTIVE>", 12)) { parser_list = 0; continue; }
    if (parser_list) { im->st->read[DY_IMP_ACTORS]++; skip(im, DY_SKIP_PARSER); continue; }
    if (*t == '#' || *t == '<' || *t == ';') continue;
    int indented = l[0] == '\t' || l[0] == ' ';
    char *codes[MAXCODES];
    int ncodes;
    char *phrase = split_codes(t, codes, &ncodes, MAXCODES);
    if (ncodes < 0) { im->st->read[DY_IMP_ACTORS]++; skip(im, DY_SKIP_BAD); warn_at(im, "a '[' with no ']'; line skipped", t); continue; }
    if (indented && !*phrase) {
      /* a date restriction of the entry above */
      if (!a->nphr) { warn(im, "a code line with no entry before it"); continue; }
      rec_codes(im, a, codes, ncodes);
      continue;
    }
    if (*phrase == '+') { /* a synonym */
      if (!a->nphr) { warn(im, "a synonym (+) with no entry before it"); continue; }
      rec_phrase(a, phrase + 1);
      rec_codes(im, a, codes, ncodes);
      continue;
    }
    if (!*phrase) { warn(im, "a code with no phrase"); continue; }
    rec_flush(im, a);
    a->line = i + 1;
    rec_phrase(a, phrase);
    rec_codes(im, a, codes, ncodes);
  }
  rec_flush(im, a);
  free(a);
}

/* ---- agents -------------------------------------------------------------------------------- */

typedef struct { char name[64]; char items[32][64]; int n; } subst_t;

static void plural(const char *w, char *out, size_t n) {
  size_t k = strlen(w);
  char last = k ? w[k - 1] : 0, prev = k > 1 ? w[k - 2] : 0;
  int vowel = prev == 'a' || prev == 'e' || prev == 'i' || prev == 'o' || prev == 'u';
  if (last == 'y' && !vowel) snprintf(out, n, "%.*sies", (int)k - 1, w);
  else if (last == 's' || last == 'x' || last == 'z' || (last == 'h' && (prev == 's' || prev == 'c'))) snprintf(out, n, "%ses", w);
  else snprintf(out, n, "%ss", w);
}

static void add_agent(dy_import *im, const char *raw, const char *code, int *added) {
  char phrase[512];
  if (to_phrase(raw, CASE_LOWER, phrase, sizeof phrase)) { count_phrase(im, -1); return; }
  int r = dy_lex_import_phrase(im->lx, phrase, DY_ENT_SECTOR, code, NULL, code);
  count_phrase(im, r);
  *added |= r == 0;
}

static void read_agents(dy_import *im, char **lines, long nlines) {
  subst_t *sub = dy_xcalloc(16, sizeof *sub);
  int nsub = 0;
  for (long i = 0; i < nlines; i++) {
    im->line = i + 1;
    char *t = trim(lines[i]);
    if (!*t || *t == '#' || *t == '<' || *t == ';') continue;
    /* a substitution set: !PERSON! = MAN, MEN, WOMAN */
    if (*t == '!' && strchr(t + 1, '!') && strchr(t, '=')) {
      if (nsub == 16) { warn(im, "more than 16 substitution sets"); continue; }
      char *e = strchr(t + 1, '!');
      subst_t *s = &sub[nsub];
      snprintf(s->name, sizeof s->name, "%.*s", (int)(e - t + 1), t);
      s->n = 0;
      char *list = strchr(e, '=') + 1;
      for (char *save = NULL, *w = strtok_r(list, ",", &save); w && s->n < 32; w = strtok_r(NULL, ",", &save))
        if (*trim(w)) snprintf(s->items[s->n++], 64, "%s", trim(w));
      nsub++;
      continue;
    }
    char *codes[4];
    int ncodes;
    char *phrase = split_codes(t, codes, &ncodes, 4);
    im->st->read[DY_IMP_AGENTS]++;
    if (ncodes < 0) { skip(im, DY_SKIP_BAD); warn_at(im, "a '[' with no ']'; line skipped", t); continue; }
    if (!ncodes) { skip(im, DY_SKIP_NOCODE); continue; }
    char code[32];
    snprintf(code, sizeof code, "%s", trim(codes[0]));
    /* TABARI writes "[~GOV}" now and then */
    char *brace = strchr(code, '}');
    if (brace) *brace = 0;
    char *c = code;
    size_t cl = strlen(c);
    if (cl && c[0] == '~') c++;
    else if (cl && c[cl - 1] == '~') c[cl - 1] = 0; /* "NGO~": the code before the actor's; dyad composes it after */
    if (!strcmp(c, "---") || !strcmp(c, "###")) { skip(im, DY_SKIP_NULL); continue; }
    if (!valid_code(c)) { skip(im, DY_SKIP_BAD); warn(im, "malformed agent code (expected [~GOV] or [NGO~])"); continue; }
    /* the plural: {PLURAL}, {} for none, else the regular one */
    char forms[2][512];
    int nforms = 0, explicit_plural = 0;
    char *ob = strchr(phrase, '{');
    if (ob) {
      char *cb = strchr(ob, '}');
      if (cb) *cb = 0;
      *ob = 0;
      explicit_plural = 1;
      char *pl = trim(ob + 1);
      snprintf(forms[nforms++], 512, "%s", trim(phrase));
      if (*pl) snprintf(forms[nforms++], 512, "%s", pl);
    } else snprintf(forms[nforms++], 512, "%s", trim(phrase));
    if (!forms[0][0]) { skip(im, DY_SKIP_BAD); warn(im, "an agent code with no phrase"); continue; }
    if (!explicit_plural) {
      char base[512], pl[540];
      size_t bl = strlen(forms[0]);
      snprintf(base, sizeof base, "%s", forms[0]);
      while (bl && (base[bl - 1] == '_' || base[bl - 1] == ' ')) base[--bl] = 0;
      lower(base);
      if (bl && !strchr(base, '!')) { plural(base, pl, sizeof pl); snprintf(forms[nforms++], 512, "%s", pl); }
    }
    int added = 0;
    for (int f = 0; f < nforms; f++) {
      char *mark = strchr(forms[f], '!');
      char *mend = mark ? strchr(mark + 1, '!') : NULL;
      if (!mark || !mend) { add_agent(im, forms[f], c, &added); continue; }
      int k;
      for (k = 0; k < nsub; k++)
        if (!strncasecmp(sub[k].name, mark, (size_t)(mend - mark + 1)) && strlen(sub[k].name) == (size_t)(mend - mark + 1)) break;
      if (k == nsub) { warn(im, "an undefined substitution set "); continue; }
      for (int j = 0; j < sub[k].n; j++) {
        char x[600];
        snprintf(x, sizeof x, "%.*s%s%s", (int)(mark - forms[f]), forms[f], sub[k].items[j], mend + 1);
        add_agent(im, x, c, &added);
      }
    }
    if (added) im->st->converted[DY_IMP_AGENTS]++;
    else skip(im, DY_SKIP_HELD);
  }
  free(sub);
}

/* ---- verbs ------------------------------------------------------------------------------------ */

/* The words of a pattern item, split as dyad's tokenizer splits text ("re-trial": re, -, trial). */
typedef struct { char w[8][64]; int n; } toks_t;

static void tok_cb(void *u, const char *norm, size_t nlen, unsigned flags, const char *orig, size_t olen) {
  toks_t *t = u;
  if (t->n < 8) snprintf(t->w[t->n++], 64, "%.*s", (int)nlen, norm);
  else t->n = 9;
}

/* Builds a pattern's elements; strings live in the pool. */
typedef struct patb {
  dy_imp_elem el[32]; int nel;
  const char *alt[32][MAXALT];
  char pool[32][MAXALT][64];
  int bad; /* a DY_SKIP_* + 1 */
} patb;

static dy_imp_elem *pb_push(patb *b, int type) {
  if (b->nel >= 32) { b->bad = DY_SKIP_LONG + 1; return NULL; }
  dy_imp_elem *e = &b->el[b->nel];
  memset(e, 0, sizeof *e);
  e->type = (uint8_t)type;
  e->alt = b->alt[b->nel];
  b->nel++;
  return e;
}

static void pb_gap(patb *b) {
  if (b->nel && b->el[b->nel - 1].type != DY_PE_GAP) pb_push(b, DY_PE_GAP);
}

static void pb_alt(patb *b, dy_imp_elem *e, const char *w) {
  int k = (int)(e - b->el);
  for (int i = 0; i < e->nalt; i++)
    if (!strcmp(e->alt[i], w)) return;
  if (e->nalt >= MAXALT) return;
  snprintf(b->pool[k][e->nalt], 64, "%s", w);
  b->alt[k][e->nalt] = b->pool[k][e->nalt];
  e->nalt++;
}

/* A word of a pattern: exact when written with a final '_' or in PETRARCH's
 * files, else a TABARI stem completed to the words it begins. */
static void pb_word(dy_import *im, patb *b, const char *raw, int stems) {
  char w[128];
  snprintf(w, sizeof w, "%s", raw);
  lower(w);
  size_t n = strlen(w);
  int exact = !stems;
  while (n && w[n - 1] == '_') { w[--n] = 0; exact = 1; }
  if (!n) return;
  toks_t t = {.n = 0};
  dy_text_tokens(w, n, tok_cb, &t);
  if (t.n == 0) return;
  if (t.n > 8) { b->bad = DY_SKIP_LONG + 1; return; }
  for (int i = 0; i < t.n; i++) {
    dy_imp_elem *e = pb_push(b, DY_PE_WORDS);
    if (!e) return;
    if (i == t.n - 1 && !exact && strlen(t.w[i]) >= 3) {
      char forms[16][64];
      int nf = stem_words(im, t.w[i], forms, 16);
      for (int k = 0; k < nf; k++) pb_alt(b, e, forms[k]);
    } else pb_alt(b, e, t.w[i]);
  }
}

static synset_t *find_synset(dy_import *im, const char *name) {
  for (int i = 0; i < im->nsyn; i++)
    if (!strcasecmp(im->syn[i].name, name)) return &im->syn[i];
  return NULL;
}

/* One word position with alternatives: a synset's one-word members, or a
 * TABARI disjunction { A | B }. */
static void pb_synset(dy_import *im, patb *b, const char *name) {
  char nm[64];
  snprintf(nm, sizeof nm, "%s", name);
  size_t n = strlen(nm);
  while (n && nm[n - 1] == '_') nm[--n] = 0;
  synset_t *s = find_synset(im, nm);
  if (!s) { b->bad = DY_SKIP_SYNSET + 1; return; }
  dy_imp_elem *e = pb_push(b, DY_PE_WORDS);
  if (!e) return;
  for (int i = 0; i < s->n; i++) pb_alt(b, e, s->w[i]);
  if (!e->nalt) b->bad = DY_SKIP_MULTI + 1;
}

/* Converts the part of a pattern after the verb ("* OF_ + IN_ $",
 * "* (TO BORDER)", "* { LAW | RULE }", "* &CURRENCY"). A blank between
 * items is a gap, '_' joins words; '+' and '%' are the target's slot, '$'
 * (the source) and '^' (a skipped phrase) gaps, since dyad finds roles from
 * the clause; PETRARCH's (PP) and {NP} groups are their words with gaps. */
static void pb_post(dy_import *im, patb *b, const char *s, int stems) {
  const char *p = s;
  int joined = *p == '_';
  while (*p && !b->bad) {
    if (*p == ' ' || *p == '\t') { joined = 0; p++; continue; }
    if (*p == '_') { joined = 1; p++; continue; }
    if (!joined) pb_gap(b);
    joined = 0;
    if (*p == '+' || *p == '%') { pb_push(b, DY_PE_SLOT); p++; continue; }
    if (*p == '$' || *p == '^') { pb_gap(b); p++; continue; }
    if (*p == '(' || *p == ')' || *p == '}') { p++; continue; }
    if (*p == '{') {
      const char *e = strchr(p, '}');
      if (!e) { b->bad = DY_SKIP_BAD + 1; return; }
      char inner[512];
      snprintf(inner, sizeof inner, "%.*s", (int)(e - p - 1), p + 1);
      if (strchr(inner, '|')) {
        /* TABARI: one word of several */
        dy_imp_elem *el = pb_push(b, DY_PE_WORDS);
        if (!el) return;
        for (char *save = NULL, *w = strtok_r(inner, "|", &save); w; w = strtok_r(NULL, "|", &save)) {
          char *x = trim(w);
          size_t xl = strlen(x);
          int exact = !stems;
          while (xl && x[xl - 1] == '_') { x[--xl] = 0; exact = 1; }
          lower(x);
          if (!xl || strpbrk(x, " _-'")) continue;
          if (!exact && xl >= 3) {
            char forms[16][64];
            int nf = stem_words(im, x, forms, 16);
            for (int k = 0; k < nf; k++) pb_alt(b, el, forms[k]);
          } else pb_alt(b, el, x);
        }
        if (!el->nalt) { b->bad = DY_SKIP_MULTI + 1; return; }
      } else pb_post(im, b, inner, stems);
      p = e + 1;
      continue;
    }
    const char *q = p;
    while (*q && !strchr(" \t_+%$^(){}", *q)) q++;
    while (*q == '_' && q[1] && strchr(" \t", q[1])) q++; /* "OF_ " : an exact word */
    if (q[0] == '_' && !q[1]) q++;
    char w[128];
    snprintf(w, sizeof w, "%.*s", (int)(q - p), p);
    if (w[0] == '&') pb_synset(im, b, w + 1);
    else pb_word(im, b, w, stems);
    p = q;
    if (q > s && q[-1] == '_') joined = 0;
  }
}

/* One verb of a block: its lemmas (inflected) and its own forms. */
typedef struct {
  char lemma[4][64]; int nlemma;
  char forms[8][64]; int nforms;
  char particles[128]; /* "up" of CLEAR_UP */
  char code[8]; int has_code, null_code; long line;
} verb_t;

typedef struct { char *text; char code[16]; long line; } pat_t;

typedef struct {
  verb_t *v; int nv, cv;
  pat_t *p; int np, cp;
  char primary[16];
  int petrarch;
} block_t;

/* A code that codes nothing: counted, and warned about when it is no code at all. */
static void bad_code(dy_import *im, int why, const char *code) {
  if (why == DY_SKIP_BAD) {
    char text[40];
    snprintf(text, sizeof text, "[%s]", code);
    warn_at(im, "an event code is 2 to 4 digits (or ---, ###, A:B); pattern skipped", text);
  }
  skip(im, why);
}

/* Adds the pattern built: 0, or -1 when it is too long for dyad's (the caller counts it). */
static int emit_pattern(dy_import *im, patb *b, const char *code, long line) {
  /* a trailing gap matches nothing more */
  while (b->nel > 1 && b->el[b->nel - 1].type == DY_PE_GAP) b->nel--;
  if (b->nel > 24 || dy_lex_import_pattern(im->lx, code, b->el, b->nel, line)) return -1;
  im->st->patterns++;
  return 0;
}

/* The first element: the verbs' lemmas (inflected) and written forms. */
static void first_elem(patb *b, const verb_t *const *vs, int nv) {
  dy_imp_elem *e = pb_push(b, DY_PE_WORDS);
  for (int i = 0; i < nv; i++)
    for (int k = 0; k < vs[i]->nlemma; k++) pb_alt(b, e, vs[i]->lemma[k]);
  e->ninfl = e->nalt;
  for (int i = 0; i < nv; i++)
    for (int k = 0; k < vs[i]->nforms; k++) pb_alt(b, e, vs[i]->forms[k]);
}

static void flush_block(dy_import *im, block_t *bl) {
  if (!im->pb) im->pb = dy_xmalloc(sizeof *im->pb);
  patb *b = im->pb;
  /* each verb alone, with its own code (or the block's) */
  const verb_t *plain[MAXBLOCK];
  int nplain = 0;
  for (int i = 0; i < bl->nv; i++) {
    verb_t *v = &bl->v[i];
    im->line = v->line;
    const char *raw = v->has_code ? v->code : bl->primary;
    if (!v->particles[0] && nplain < MAXBLOCK) plain[nplain++] = v;
    if (!v->has_code && (!*raw || !strcmp(raw, "---"))) continue; /* counted when read */
    char code[8];
    int why;
    if (event_code(im, raw, code, &why)) { bad_code(im, why, raw); continue; }
    b->nel = 0; b->bad = 0;
    const verb_t *one = v;
    first_elem(b, &one, 1);
    if (v->particles[0]) pb_post(im, b, v->particles, 0);
    if (b->bad) { skip(im, b->bad - 1); continue; }
    if (emit_pattern(im, b, code, v->line)) skip(im, DY_SKIP_LONG);
    else im->st->converted[DY_IMP_VERBS]++;
  }
  /* each pattern, for every one-word verb of the block (CHUNK at a time) and
   * for each verb of several words ("AIR_STRIKE", "CLEAR_UP") */
  const verb_t *multi[MAXBLOCK];
  int nmulti = 0;
  for (int i = 0; i < bl->nv && nmulti < MAXBLOCK; i++)
    if (bl->v[i].particles[0]) multi[nmulti++] = &bl->v[i];
  for (int k = 0; k < bl->np; k++) {
    pat_t *pt = &bl->p[k];
    im->line = pt->line;
    char code[8];
    int why;
    if (!nplain && !nmulti) { skip(im, DY_SKIP_MULTIVERB); continue; }
    if (event_code(im, pt->code, code, &why)) { bad_code(im, why, pt->code); continue; }
    char *star = strchr(pt->text, '*');
    if (!star) { skip(im, DY_SKIP_BAD); warn(im, "a pattern with no '*' (the verb's place)"); continue; }
    /* before the verb only the actors' marks: dyad finds subjects itself */
    int words_before = 0;
    for (char *q = pt->text; q < star; q++)
      if (!strchr(" \t_$+%^-", *q)) words_before = 1;
    if (words_before) { skip(im, DY_SKIP_PREVERB); continue; }
    const char *post = star + 1;
    while (*post == '*') post++;
    int pgroups = (nplain + CHUNK - 1) / CHUNK, emitted = 0, bad = 0;
    for (int g = 0; g < pgroups + nmulti; g++) {
      b->nel = 0; b->bad = 0;
      if (g < pgroups) first_elem(b, plain + g * CHUNK, nplain - g * CHUNK > CHUNK ? CHUNK : nplain - g * CHUNK);
      else {
        first_elem(b, &multi[g - pgroups], 1);
        pb_post(im, b, multi[g - pgroups]->particles, 0);
      }
      pb_post(im, b, post, !bl->petrarch);
      if (b->bad) { bad = b->bad; break; }
      if (emit_pattern(im, b, code, pt->line)) bad = DY_SKIP_LONG + 1;
      else emitted = 1;
    }
    /* one count a line: converted when any of its patterns is */
    if (emitted) im->st->converted[DY_IMP_VERBS]++;
    else skip(im, bad ? bad - 1 : DY_SKIP_LONG);
  }
  for (int k = 0; k < bl->np; k++) free(bl->p[k].text);
  bl->nv = bl->np = 0;
}

/* A verb line: "ABDUCT [181]", "GIVE {GAVE GIVEN}", "CLEAR_UP", "+ASK_FOR {+ASKED_FOR}". */
static int read_verb(dy_import *im, block_t *bl, char *phrase, char **codes, int ncodes, long line) {
  im->st->read[DY_IMP_VERBS]++;
  DY_VEC_GROW(bl->v, bl->cv, bl->nv + 1);
  verb_t *v = &bl->v[bl->nv];
  memset(v, 0, sizeof *v);
  v->line = line;
  char *ob = strchr(phrase, '{');
  char forms[512] = "";
  if (ob) {
    char *cb = strchr(ob, '}');
    if (cb) *cb = 0;
    snprintf(forms, sizeof forms, "%s", ob + 1);
    *ob = 0;
  }
  char *w = trim(phrase);
  lower(w);
  if (*w == '+') w++;
  if (strchr(w, '+')) { skip(im, DY_SKIP_MULTIVERB); return 0; }
  size_t n = strlen(w);
  int exact = bl->petrarch;
  while (n && w[n - 1] == '_') { w[--n] = 0; exact = 1; }
  char *us = strpbrk(w, "_ ");
  if (us) { snprintf(v->particles, sizeof v->particles, "_%s", us + 1); *us = 0; }
  if (!(*w >= 'a' && *w <= 'z') || strlen(w) > 60) { skip(im, DY_SKIP_BAD); warn_at(im, "a verb line that starts with no word", phrase); return 0; }
  /* a lemma is inflected; a TABARI stem becomes the lemmas it begins ("ACCUS": accuse), else stays a word */
  if (exact) { snprintf(v->lemma[0], 64, "%s", w); v->nlemma = 1; }
  else if ((v->nlemma = verb_lemmas(im, w, v->lemma, 4)) == 0) snprintf(v->forms[v->nforms++], 64, "%s", w);
  for (char *save = NULL, *f = strtok_r(forms, " \t", &save); f && v->nforms < 8; f = strtok_r(NULL, " \t", &save)) {
    if (*f == '+') f++;
    lower(f);
    if (!strpbrk(f, "_+") && *f) snprintf(v->forms[v->nforms++], 64, "%s", f);
  }
  if (ncodes) {
    snprintf(v->code, sizeof v->code, "%s", trim(codes[0]));
    v->has_code = 1;
  }
  bl->nv++;
  return 1;
}

static void read_synset(dy_import *im, char **lines, long nlines, long *i, const char *label) {
  char name[64];
  snprintf(name, sizeof name, "%s", label);
  size_t n = strlen(name);
  int noplural = 0;
  while (n && (name[n - 1] == '_' || name[n - 1] == ' ')) { noplural |= name[n - 1] == '_'; name[--n] = 0; }
  synset_t *s = find_synset(im, name);
  if (!s) {
    DY_VEC_GROW(im->syn, im->csyn, im->nsyn + 1);
    s = &im->syn[im->nsyn++];
    memset(s, 0, sizeof *s);
    snprintf(s->name, sizeof s->name, "%s", name);
  }
  while (*i + 1 < nlines) {
    char *t = trim(lines[*i + 1]);
    if (*t == '#') { (*i)++; continue; }
    if (*t != '+') break;
    (*i)++;
    char *codes[2];
    int nc;
    char *wd = split_codes(t + 1, codes, &nc, 2);
    size_t wl = strlen(wd);
    int exact = noplural;
    while (wl && wd[wl - 1] == '_') { wd[--wl] = 0; exact = 1; }
    lower(wd);
    if (!wl || strpbrk(wd, " _")) continue; /* a phrase: no one-word alternative */
    toks_t tk = {.n = 0};
    dy_text_tokens(wd, wl, tok_cb, &tk);
    if (tk.n != 1) continue;
    for (int k = 0; k < 2; k++) {
      char form[80];
      if (k == 1) { if (exact) break; plural(wd, form, sizeof form); }
      else snprintf(form, sizeof form, "%s", wd);
      DY_VEC_GROW(s->w, s->cap, s->n + 1);
      s->w[s->n] = dy_xstrdup(form);
      s->n++;
    }
  }
}

static void read_verbs(dy_import *im, char **lines, long nlines) {
  block_t bl = {0};
  /* PETRARCH's files group verbs in "--- NAME [CODE] ---" blocks; synsets first */
  for (long i = 0; i < nlines; i++) {
    char *t = lines[i];
    while (*t == ' ' || *t == '\t') t++;
    if (!strncmp(t, "---", 3)) bl.petrarch = 1;
    if (*t == '&') {
      char buf[256];
      snprintf(buf, sizeof buf, "%s", t + 1);
      char *codes[2];
      int nc;
      char *label = split_codes(buf, codes, &nc, 2);
      im->line = i + 1;
      read_synset(im, lines, nlines, &i, label);
    }
  }
  for (long i = 0; i < nlines; i++) {
    im->line = i + 1;
    char *t = trim(lines[i]);
    if (!*t || *t == '#' || *t == ';' || *t == '<') continue;
    if (*t == '&') { /* a synset, read above */
      while (i + 1 < nlines && (*trim(lines[i + 1]) == '+' || *trim(lines[i + 1]) == '#')) i++;
      continue;
    }
    char *codes[4];
    int ncodes;
    if (!strncmp(t, "---", 3)) {
      flush_block(im, &bl);
      split_codes(t + 3, codes, &ncodes, 4);
      snprintf(bl.primary, sizeof bl.primary, "%s", ncodes > 0 ? trim(codes[0]) : "---");
      continue;
    }
    char *phrase = split_codes(t, codes, &ncodes, 4);
    if (ncodes < 0) { im->st->read[DY_IMP_VERBS]++; skip(im, DY_SKIP_BAD); warn_at(im, "a '[' with no ']'; line skipped", t); continue; }
    /* PETRARCH2's transformations ("~ a (a b ATTACK) SAY = a b 015"): dyad's coder has its own rules for these */
    if (t[0] == '~' && t[1] == ' ') { im->st->read[DY_IMP_VERBS]++; skip(im, DY_SKIP_TRANSFORM); continue; }
    /* a pattern whose '-' was forgotten (" * TO_ LAY_ SIEGE ON_ THE +") is still a pattern */
    int dashless = *phrase != '-' && strchr(phrase, '*') != NULL;
    if (dashless) warn_at(im, "a pattern line without its '-'; read as a pattern", phrase);
    if (*phrase == '-' || dashless) {
      im->st->read[DY_IMP_VERBS]++;
      if (!bl.nv) { skip(im, DY_SKIP_NOVERB); continue; }
      if (!ncodes) { skip(im, DY_SKIP_NOCODE); continue; }
      DY_VEC_GROW(bl.p, bl.cp, bl.np + 1);
      pat_t *pt = &bl.p[bl.np++];
      pt->text = dy_xstrdup(phrase + !dashless);
      snprintf(pt->code, sizeof pt->code, "%s", codes[0]);
      pt->line = i + 1;
      continue;
    }
    /* a verb: in TABARI's files each starts its own block */
    if (!bl.petrarch && bl.nv) flush_block(im, &bl);
    if (!bl.petrarch) bl.primary[0] = 0;
    /* a verb with no code of its own nor the block's: no event alone */
    if (read_verb(im, &bl, phrase, codes, ncodes, i + 1) && !bl.v[bl.nv - 1].has_code && (!bl.primary[0] || !strcmp(bl.primary, "---"))) skip(im, DY_SKIP_NULL);
  }
  flush_block(im, &bl);
  free(bl.v);
  free(bl.p);
  free_synsets(im);
}

/* ---- files ---------------------------------------------------------------------------------------- */

static int kind_of_name(const char *path) {
  const char *base = strrchr(path, '/');
  base = base ? base + 1 : path;
  char b[256];
  snprintf(b, sizeof b, "%s", base);
  lower(b);
  if (strstr(b, "discard") || strstr(b, "issue") || strstr(b, ".options")) return -2;
  if (strstr(b, "verb")) return DY_IMP_VERBS;
  if (strstr(b, "agent")) return DY_IMP_AGENTS;
  if (strstr(b, "actor")) return DY_IMP_ACTORS;
  return -1;
}

/* The kind from the content: pattern lines are verbs, "[~" agents, other codes actors. */
static int kind_of_content(char **lines, long n) {
  long pats = 0, agents = 0, codes = 0;
  for (long i = 0; i < n && i < 3000; i++) {
    const char *t = lines[i];
    while (*t == ' ' || *t == '\t') t++;
    if (!strncmp(t, "<ISSUE", 6)) return -2;
    if (*t == '#') continue;
    if (t[0] == '-' && strchr(t, '[')) pats++;
    else if (strstr(t, "[~") || strstr(t, "~]")) agents++;
    else if (strchr(t, '[')) codes++;
  }
  if (pats > agents && pats * 4 > codes) return DY_IMP_VERBS;
  if (agents > codes) return DY_IMP_AGENTS;
  return codes ? DY_IMP_ACTORS : -1;
}

uint64_t dy_import_file(dy_import *im, const char *spec) {
  static const char *const KIND[] = {"actors:", "agents:", "verbs:"};
  int kind = -1;
  const char *path = spec;
  for (int k = 0; k < DY_IMP_NKINDS; k++)
    if (!strncmp(spec, KIND[k], strlen(KIND[k]))) { kind = k; path = spec + strlen(KIND[k]); }
  im->path = path;
  im->line = 0;
  im->nwarn = 0;
  size_t n;
  char *buf = dy_lex_slurp(path, &n);
  if (!buf) { dy_warn(path, 0, "cannot read dictionary: %s", strerror(errno)); (*im->nerr)++; return 0; }
  uint64_t h = dy_hash64(buf, n) ^ n;
  im->st->files++;
  /* lines, NULs and XML comments (<!-- ... -->, over several lines) blanked */
  for (size_t i = 0; i < n; i++)
    if (!buf[i]) buf[i] = ' ';
  long nlines = 1;
  for (size_t i = 0; i < n; i++) nlines += buf[i] == '\n';
  char **lines = dy_xmalloc((size_t)nlines * sizeof *lines);
  long k = 0;
  for (char *p = buf, *nl; p; p = nl ? nl + 1 : NULL) {
    nl = strchr(p, '\n');
    if (nl) *nl = 0;
    lines[k++] = p;
  }
  int in_comment = 0;
  char *fixed = NULL;
  for (long i = 0; i < k; i++) {
    char *l = lines[i];
    char *cr = strchr(l, '\r');
    if (cr) *cr = 0;
    if (in_comment) {
      char *e = strstr(l, "-->");
      if (e) { memset(l, ' ', (size_t)(e + 3 - l)); in_comment = 0; }
      else { l[0] = 0; continue; }
    }
    for (char *c = strstr(l, "<!--"); c; c = strstr(c, "<!--")) {
      char *e = strstr(c + 4, "-->");
      if (!e) { *c = 0; in_comment = 1; break; }
      memset(c, ' ', (size_t)(e + 3 - c));
    }
    if (!valid_utf8((const unsigned char *)l)) {
      /* kept for the file's life: a chain of fixed lines */
      size_t need = strlen(l) * 2 + 1;
      char **cell = dy_xmalloc(sizeof(char *) + need);
      *cell = fixed;
      fixed = (char *)cell;
      im->line = i + 1;
      lines[i] = fix_line(im, l, (char *)(cell + 1), need);
    }
  }
  if (kind < 0) kind = kind_of_name(path);
  if (kind == -1) kind = kind_of_content(lines, k);
  if (kind < 0) {
    im->st->notdict++;
    dy_warn(path, 0, "%s", kind == -2 ? "a discard, issues or options file: no dictionary dyad imports; skipped"
                                      : "no actors, agents or verb patterns recognised; skipped (say actors:, agents: or verbs: before the path)");
    (*im->nerr) += kind == -1;
  } else {
    im->kind = kind;
    if (kind == DY_IMP_ACTORS) read_actors(im, lines, k);
    else if (kind == DY_IMP_AGENTS) read_agents(im, lines, k);
    else read_verbs(im, lines, k);
  }
  if (im->nwarn > MAXWARN) {
    dy_warn(path, 0, "%d more problems not shown", im->nwarn - MAXWARN);
  }
  while (fixed) { char *nx = *(char **)fixed; free(fixed); fixed = nx; }
  free(lines);
  free(buf);
  return h ? h : 1;
}

/* ---- the report ------------------------------------------------------------------------------------ */

const char *dy_import_reason(int r) {
  static const char *const R[DY_SKIP_N] = {
    "null code ([---]: no event; [###]: not an actor)",
    "no code",
    "words before the verb (dyad's patterns start at the verb; negation and modality are the coder's)",
    "reverse-only code [:CODE] (the target acts on the source)",
    "code in no CAMEO 1.1b3 table, nor its parents",
    "TABARI's <NOUN> and <ADJECTIVE> parser lists",
    "lower-case (ethnic group) code: dyad has no ethnic codes",
    "synset not defined",
    "multi-word alternatives only (dyad's alternatives are one word)",
    "multi-word verb not led by its verb",
    "too long for a dyad pattern (24 elements, 256 word forms)",
    "pattern before any verb",
    "unreadable (warned above)",
    "every phrase held already (by dyad's own dictionaries or an earlier file: theirs kept)",
    "PETRARCH2 transformation (~): dyad's coder has its own rules for what saying and wanting make",
  };
  return r >= 0 && r < DY_SKIP_N ? R[r] : "?";
}

const char *dy_import_note(int n) {
  static const char *const N[DY_NOTE_N] = {
    "codes of the older CAMEO numbering remapped to 1.1b3 (data/import.txt)",
    "codes unknown to CAMEO 1.1b3 coded as their parent",
    "paired codes [A:B]: A kept",
    "codes marked ! or ?: the mark dropped",
    "TABARI stems completed to the words they begin",
    "lines read as Latin-1",
    "codes with a bad date left out of their entry",
    "codes naming two actors (A/B): the first kept",
  };
  return n >= 0 && n < DY_NOTE_N ? N[n] : "?";
}

void dy_import_print(const dy_import_stats *st, FILE *out) {
  static const char *const KIND[] = {"actor entries", "agent entries", "verbs and patterns"};
  fprintf(out, "imported: %d file%s", st->files, st->files == 1 ? "" : "s");
  if (st->notdict) fprintf(out, " (%d of no kind dyad imports)", st->notdict);
  fprintf(out, "; %d phrases added (%d kept as dyad's own, %d as an earlier file's, %d repeated, %d unusable), "
               "%d people with %d dated roles, %d verb patterns\n",
          st->phrases, st->ph_dyad, st->ph_earlier, st->ph_dup, st->ph_bad, st->people, st->roles, st->patterns);
  for (int k = 0; k < DY_IMP_NKINDS; k++) {
    if (!st->read[k]) continue;
    int sk = 0;
    for (int r = 0; r < DY_SKIP_N; r++) sk += st->skipped[k][r];
    fprintf(out, "  %s: %d read, %d converted, %d skipped\n", KIND[k], st->read[k], st->converted[k], sk);
    for (int r = 0; r < DY_SKIP_N; r++)
      if (st->skipped[k][r]) fprintf(out, "    %7d %s\n", st->skipped[k][r], dy_import_reason(r));
  }
  for (int n = 0; n < DY_NOTE_N; n++)
    if (st->notes[n]) fprintf(out, "  note: %d %s\n", st->notes[n], dy_import_note(n));
}

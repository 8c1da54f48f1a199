/* lexicon.c: loads the dictionaries in data/ and compiles them into one
 * read-only token automaton (interned tokens, a trie of phrases, verb
 * patterns indexed by their first word, word classes). */
#include "lexicon.h"
#include "../base.h"
#include "import.h"
#include "../text/text.h"

#include <ctype.h>
#include <errno.h>
#include <pthread.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

/* ---- small vectors and an arena ------------------------------------------ */

#define VEC(T) struct { T *v; uint32_t n, cap; }
#define VPUSH(vec, x) do { DY_VEC_GROW((vec).v, (vec).cap, (vec).n + 1); (vec).v[(vec).n++] = (x); } while (0)

typedef struct chunk { struct chunk *next; size_t used, size; char data[]; } chunk;

static char *arena_dup(chunk **head, const char *s, size_t n) {
  chunk *c = *head;
  if (!c || c->used + n + 1 > c->size) {
    size_t sz = n + 1 > 65536 ? n + 1 : 65536;
    chunk *nc = dy_xmalloc(sizeof(chunk) + sz);
    nc->next = c; nc->used = 0; nc->size = sz;
    *head = c = nc;
  }
  char *p = c->data + c->used;
  memcpy(p, s, n);
  p[n] = 0;
  c->used += n + 1;
  return p;
}

/* An index of strings kept elsewhere (the arena): open addressing, the
 * string's hash and its value; lookups at load time that would otherwise
 * scan a list for every line. */

typedef struct { char *name; char *variants; VEC(dy_role) roles; } person_t; /* variants: the names field as written ("; "-separated) */
typedef struct { char *key; char sector[8]; } title_t;
typedef struct { char code[4]; char *name; char *names, *adjs; dy_date from; char pred[4]; } country_t;
/* A country's name or adjective that dy_lex_country_misspelt compares a word with. */
typedef struct { const char *v; uint32_t len, country, adj; } misname; /* names, adjs: the fields as written ("; "-separated); from, pred: the day the state began and the state its land was of before (field 5) */

struct dy_lexicon {
  char version[24];   /* dy_lex_dict_version of the directory loaded */
  chunk *arena;
  dy_wordlists *wl; /* the word lists of quotes and figures (wordlists.c) */
  /* places (gazetteer.c): loaded when first asked for (the place stage),
   * since reading it is most of the load time of a run that codes only */
  dy_gazetteer *gz;
  char *gz_dir;
  int gz_done, gz_nerr;
  /* the gazetteer's lookup of each token id that is a name's key as it is (ASCII letters and
   * digits): head + 2 (0: not such a token, 1: no name) and the key's flags */
  int32_t *gz_tok; uint8_t *gz_tokfl;
  pthread_mutex_t gz_mu;
  /* interned tokens */
  char **tok; uint32_t ntok, ctok;
  uint64_t *wclass;
  uint32_t *fwclass; uint32_t nfwclass; /* the classes of quotes.txt and figures.txt per token id */
  char state[16][4];  /* the sector codes that are organs of a state (wordclasses.txt) */
  int nstate;
  char armed[8][4];   /* the sector codes of armed or criminal actors no state runs (wordclasses.txt) */
  int narmed;
  dy_map tok_ix;     /* a token's hash -> its id */
  /* trie */
  dy_map edges;      /* (state, token id) -> child state */
  int32_t *root; uint32_t nroot; /* the root's child by token id (-1: none): the first step of every match, read from an array */
  VEC(int32_t) state_out; /* first entry at state, -1 */
  VEC(int32_t) entry_next;
  VEC(dy_entry) entries;
  VEC(person_t) people;
  VEC(title_t) titles;
  VEC(country_t) countries;
  int16_t cidx[26 * 26 * 26]; /* alpha-3 code -> country index + 1 (0: none) */
  VEC(int32_t) *holders;      /* per title: person, role index pairs */
  /* data/ambiguous.txt: bare names two or more states share ("Congo") */
  struct { char name[32]; char codes[4][4]; int ncodes; } amb[16];
  int namb;
  misname *mis; uint32_t mis_first[257]; /* the countries' one-word names and adjectives of five bytes or more, by first byte (index_misspelt) */
  /* patterns */
  VEC(dy_pattern) pats;
  VEC(dy_pelem) elems;
  VEC(int32_t) alts;
  uint32_t *pat_first; /* per token id: start in pat_list (ntok+1 entries) */
  int32_t *pat_list;
  VEC(dy_cameo) cameo;
  int nphrases;
  uint32_t nown;       /* entries of dyad's own dictionaries; those after are imported */
  uint32_t nown_pats;  /* patterns of verbs.txt; those after are imported */
  dy_map org_ix;      /* an organisation code's hash -> its first org entry */
  /* irregular verb forms: lemma -> forms (from WordNet verb.exc) */
  char **irr_lemma, **irr_form; uint32_t nirr, cirr;
  uint32_t *irr_next; /* the next irregular form of the same lemma, + 1 (0: none) */
  dy_map irr_ix;      /* lemma's hash -> its first irregular form */
  dy_map people_ix;   /* a person's first name's hash -> index in people */
  void *models; void (*models_free)(void *); /* dy_lex_attach */
};

/* ---- token interning ------------------------------------------------------- */

/* A fast hash of a short string: 8 bytes at a time, multiply and fold. */
static uint64_t hstr(const char *s, size_t n) {
  uint64_t h = 0x9E3779B97F4A7C15ULL ^ n;
  while (n >= 8) {
    uint64_t v;
    memcpy(&v, s, 8);
    h = (h ^ v) * 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 29;
    s += 8;
    n -= 8;
  }
  uint64_t v = 0;
  memcpy(&v, s, n);
  h = (h ^ v) * 0x94D049BB133111EBULL;
  h ^= h >> 31;
  return h;
}

/* The index of name s[0..n) in a table of names keyed by their hash
 * (dy_map), each value an index that the key function gives the string
 * of; -1. */
static int64_t name_find(const dy_map *m, const char *s, size_t n, dy_map_key_fn key, const dy_lexicon *lx, size_t *it) {
  uint32_t v = dy_map_find_str(m, dy_hash64(s, n), s, n, key, lx, it);
  return v == DY_MAP_NONE ? -1 : (int64_t)v;
}
static const char *irr_name(const void *lx, uint32_t i, size_t *len) {
  const char *k = ((const dy_lexicon *)lx)->irr_lemma[i];
  *len = strlen(k);
  return k;
}
static const char *person_name(const void *lx, uint32_t i, size_t *len) {
  const char *k = ((const dy_lexicon *)lx)->people.v[i].name;
  *len = strlen(k);
  return k;
}

static int32_t tok_find_h(const dy_lexicon *lx, const char *s, size_t n, uint64_t h) {
  size_t it;
  for (uint32_t id = dy_map_first(&lx->tok_ix, h, &it); id != DY_MAP_NONE; id = dy_map_next(&lx->tok_ix, h, &it))
    if (memcmp(lx->tok[id], s, n) == 0 && lx->tok[id][n] == 0) return (int32_t)id;
  return -1;
}
static int32_t tok_find(const dy_lexicon *lx, const char *s, size_t n) { return tok_find_h(lx, s, n, hstr(s, n)); }

static int32_t tok_intern(dy_lexicon *lx, const char *s, size_t n) {
  int32_t id = tok_find(lx, s, n);
  if (id >= 0) return id;
  if (lx->ntok == lx->ctok) {
    lx->ctok = (uint32_t)dy_grow_cap(lx->ctok, lx->ntok + 1);
    lx->tok = dy_xreallocarray(lx->tok, lx->ctok, sizeof(char *));
    lx->wclass = dy_xreallocarray(lx->wclass, lx->ctok, sizeof(uint64_t));
  }
  id = (int32_t)lx->ntok++;
  lx->tok[id] = arena_dup(&lx->arena, s, n);
  lx->wclass[id] = 0;
  dy_map_add(&lx->tok_ix, hstr(s, n), (uint32_t)id);
  return id;
}

int32_t dy_lex_tokid(const dy_lexicon *lx, const char *norm, size_t n) { return tok_find(lx, norm, n); }
#if defined(__GNUC__)
#define PREFETCH(p) __builtin_prefetch(p)
#else
#define PREFETCH(p) ((void)(p))
#endif
void dy_lex_tokids(const dy_lexicon *lx, const char *const *s, const size_t *len, uint32_t n, int32_t *out) {
  enum { BATCH = 16 };
  const dy_map *m = &lx->tok_ix;
  for (uint32_t b = 0; b < n; b += BATCH) {
    uint32_t k = n - b < BATCH ? n - b : BATCH;
    uint32_t first[BATCH];
    uint64_t h[BATCH];
    /* in stages, each over the batch: the slots, the first candidate's
     * string pointer, its string, then the lookups themselves */
    for (uint32_t i = 0; i < k; i++) {
      h[i] = hstr(s[b + i], len[b + i]);
      if (m->cap) PREFETCH(&m->slot[dy_map_slot_(m, h[i])]);
    }
    for (uint32_t i = 0; i < k; i++) {
      size_t it;
      first[i] = dy_map_first(m, h[i], &it);
      if (first[i] != DY_MAP_NONE) PREFETCH(&lx->tok[first[i]]);
    }
    for (uint32_t i = 0; i < k; i++)
      if (first[i] != DY_MAP_NONE) PREFETCH(lx->tok[first[i]]);
    for (uint32_t i = 0; i < k; i++) out[b + i] = tok_find_h(lx, s[b + i], len[b + i], h[i]);
  }
}
uint64_t dy_lex_wclass(const dy_lexicon *lx, int32_t id) { return id >= 0 ? lx->wclass[id] : 0; }

/* ---- the trie ---------------------------------------------------------------- */

/* The trie's edges: (state, token id) -> the child state. */
static uint64_t edge_key(int32_t state, int32_t tok) { return ((uint64_t)(uint32_t)state << 32) | (uint32_t)tok; }

static int32_t edge_get(const dy_lexicon *lx, int32_t state, int32_t tok) {
  uint32_t v = dy_map_get(&lx->edges, edge_key(state, tok));
  return v == DY_MAP_NONE ? -1 : (int32_t)v;
}

static void edge_put(dy_lexicon *lx, int32_t state, int32_t tok, int32_t child) {
  dy_map_add(&lx->edges, edge_key(state, tok), (uint32_t)child);
}

typedef struct { dy_lexicon *lx; int32_t ids[32]; unsigned flags[32]; uint16_t sig[32]; int n; } phrase_toks;

static void collect_tok(void *u, const char *norm, size_t nlen, unsigned flags, const char *orig, size_t olen) {
  phrase_toks *pt = u;
  if (pt->n < 32) {
    pt->flags[pt->n] = flags;
    pt->sig[pt->n] = dy_text_case_sig(orig, olen);
    pt->ids[pt->n++] = tok_intern(pt->lx, norm, nlen);
  } else pt->n = 33;
}

/* Adds phrase s (as written: its case gives the case rule) for entry e.
 * Imported entries (import != 0) never displace others: a phrase dyad's own
 * dictionaries hold keeps dyad's entry (returns 1), one an earlier imported
 * file holds keeps that one (2; several people may share a name, as in
 * people.txt); the same phrase again for the same code returns 3. */
static int add_phrase_as(dy_lexicon *lx, const char *s, dy_entry e, int import);
static int add_phrase(dy_lexicon *lx, const char *s, dy_entry e) { return add_phrase_as(lx, s, e, 0); }

static int add_phrase_as(dy_lexicon *lx, const char *s, dy_entry e, int import) {
  phrase_toks pt = {.lx = lx};
  dy_text_tokens(s, strlen(s), collect_tok, &pt);
  if (pt.n == 0 || pt.n > 16) return -1;
  e.ntok = (uint8_t)pt.n;
  e.upper_mask = e.caps_mask = 0;
  for (int k = 0; k < 4; k++) e.case_sig[k] = k < pt.n ? pt.sig[k] : 0;
  for (int k = 0; k < pt.n; k++) {
    if (pt.flags[k] & DY_TOK_UPPER) e.upper_mask |= (uint16_t)(1u << k);
    /* all-capital short forms (US, UK, BLA, TTP) only match capitals */
    if ((pt.flags[k] & DY_TOK_ALLCAPS) && strlen(lx->tok[pt.ids[k]]) >= 2) e.caps_mask |= (uint16_t)(1u << k);
  }
  if (lx->state_out.n == 0) { VPUSH(lx->state_out, -1); }
  lx->wclass[pt.ids[0]] |= DY_W_PHRASE;
  int32_t st = 0;
  for (int k = 0; k < pt.n; k++) {
    int32_t nx = edge_get(lx, st, pt.ids[k]);
    if (nx < 0) {
      nx = (int32_t)lx->state_out.n;
      VPUSH(lx->state_out, -1);
      edge_put(lx, st, pt.ids[k], nx);
    }
    st = nx;
  }
  /* same phrase and same case rule for the same code: once is enough */
  for (int32_t x = lx->state_out.v[st]; x >= 0; x = lx->entry_next.v[x]) {
    dy_entry *o = &lx->entries.v[x];
    if (o->upper_mask == e.upper_mask && o->caps_mask == e.caps_mask && !memcmp(o->case_sig, e.case_sig, sizeof e.case_sig) && o->kind == e.kind &&
        strcmp(o->code, e.code) == 0 && o->person == e.person && o->title == e.title)
      return import ? 3 : 0;
    if (import && (uint32_t)x < lx->nown) return 1;
    if (import && !(o->kind == DY_ENT_PERSON && e.kind == DY_ENT_PERSON)) return strcmp(o->code, e.code) == 0 ? 3 : 2;
  }
  int32_t id = (int32_t)lx->entries.n;
  VPUSH(lx->entries, e);
  VPUSH(lx->entry_next, lx->state_out.v[st]);
  lx->state_out.v[st] = id;
  lx->nphrases++;
  return 0;
}

int32_t dy_lex_match(const dy_lexicon *lx, const dy_doc *d, uint32_t i, uint32_t n, uint32_t *len) {
  const int32_t *tid = d->tid;
  const dy_tok *toks = d->toks;
  int32_t st = 0, best = -1;
  if (i >= n || tid[i] < 0 || !(lx->wclass[tid[i]] & DY_W_PHRASE)) return -1;
  if (lx->state_out.n == 0) return -1;
  for (uint32_t k = i; k < n && k - i < 16; k++) {
    if (tid[k] < 0) break;
    st = k == i && (uint32_t)tid[k] < lx->nroot ? lx->root[tid[k]] : edge_get(lx, st, tid[k]);
    if (st < 0) break;
    for (int32_t x = lx->state_out.v[st]; x >= 0; x = lx->entry_next.v[x]) {
      const dy_entry *e = &lx->entries.v[x];
      int ok = 1;
      for (uint32_t j = 0; j < e->ntok && ok; j++) {
        uint16_t f = toks[i + j].flags;
        if ((e->upper_mask >> j & 1) && !(f & DY_TOK_UPPER)) ok = 0;
        if ((e->caps_mask >> j & 1) && !(f & DY_TOK_ALLCAPS)) ok = 0;
        if (j < 4 && e->case_sig[j] && dy_text_case_sig(d->text + toks[i + j].start, toks[i + j].end - toks[i + j].start) != e->case_sig[j]) ok = 0;
      }
      if (ok) { best = x; *len = k - i + 1; break; }
    }
  }
  return best;
}

const dy_entry *dy_lex_entry(const dy_lexicon *lx, int32_t e) { return &lx->entries.v[e]; }

/* ---- people, titles, countries ---------------------------------------------- */

const char *dy_lex_person_name(const dy_lexicon *lx, int32_t p) { return p >= 0 && (uint32_t)p < lx->people.n ? lx->people.v[p].name : ""; }
const char *dy_lex_title_name(const dy_lexicon *lx, int32_t t) { return t >= 0 && (uint32_t)t < lx->titles.n ? lx->titles.v[t].key : ""; }
const char *dy_lex_title_sector(const dy_lexicon *lx, int32_t t) { return t >= 0 && (uint32_t)t < lx->titles.n ? lx->titles.v[t].sector : ""; }

static int code3_index(const char *c) {
  for (int i = 0; i < 3; i++)
    if (c[i] < 'A' || c[i] > 'Z') return -1;
  return ((c[0] - 'A') * 26 + (c[1] - 'A')) * 26 + (c[2] - 'A');
}

const char *dy_lex_country_on(const dy_lexicon *lx, const char *code3, dy_date date) {
  int k = code3_index(code3);
  if (k < 0 || !lx->cidx[k]) return NULL;
  const country_t *c = &lx->countries.v[lx->cidx[k] - 1];
  if (!c->pred[0] || !date.prec || !date.y) return c->code;
  /* a date known to the year or month only is before the state's start
   * when what is known of it is */
  const dy_date b = c->from;
  long ka = date.y * 10000L + (date.prec >= DY_PREC_MONTH ? date.m : b.m) * 100L + (date.prec >= DY_PREC_DAY ? date.d : b.d);
  long kb = b.y * 10000L + b.m * 100L + b.d;
  return ka < kb ? c->pred : c->code;
}

const char *dy_lex_country_name(const dy_lexicon *lx, const char *code3) {
  int k = code3_index(code3);
  if (k < 0 || !lx->cidx[k]) return NULL;
  return lx->countries.v[lx->cidx[k] - 1].name;
}

size_t dy_lex_country_adj(const dy_lexicon *lx, const char *code3, const char **adj) {
  int k = code3_index(code3);
  *adj = NULL;
  if (k < 0 || !lx->cidx[k]) return 0;
  const char *a = lx->countries.v[lx->cidx[k] - 1].adjs;
  if (!a || !*a) return 0;
  size_t n = strcspn(a, ";");
  while (n > 0 && a[n - 1] == ' ') n--;
  *adj = a;
  return n;
}

int dy_lex_armed_code(const dy_lexicon *lx, const char *code) {
  size_t n = strlen(code);
  if (n != 3 && n != 6) return 0;
  for (int i = 0; i < lx->narmed; i++)
    if (!strcmp(code + n - 3, lx->armed[i])) return 1;
  return 0;
}

int dy_lex_generic_code(const dy_lexicon *lx, const char *code) {
  if (strlen(code) != 3 || dy_lex_country_name(lx, code)) return 0;
  for (int i = 0; i < lx->nstate; i++)
    if (!strcmp(code, lx->state[i])) return 1;
  return 0;
}

/* The first organisation entry with this code (the hash built at load), or NULL. */
static const char *org_code(const void *lx, uint32_t i, size_t *len) {
  const char *k = ((const dy_lexicon *)lx)->entries.v[i].code;
  *len = strlen(k);
  return k;
}
static const dy_entry *org_entry(const dy_lexicon *lx, const char *code) {
  int64_t v = name_find(&lx->org_ix, code, strlen(code), org_code, lx, NULL);
  return v < 0 ? NULL : &lx->entries.v[v];
}

/* Indexes the organisation entries by code; the first entry of a code (dyad's before imported ones) is kept. */
static void index_orgs(dy_lexicon *lx) {
  for (uint32_t i = 0; i < lx->entries.n; i++) {
    if (lx->entries.v[i].kind != DY_ENT_ORG || org_entry(lx, lx->entries.v[i].code)) continue;
    dy_map_add(&lx->org_ix, dy_hash64(lx->entries.v[i].code, strlen(lx->entries.v[i].code)), i);
  }
}

const char *dy_lex_org_name(const dy_lexicon *lx, const char *code) {
  const dy_entry *e = org_entry(lx, code);
  return e ? e->name : NULL;
}

const char *dy_lex_org_type(const dy_lexicon *lx, const char *code) {
  const dy_entry *e = org_entry(lx, code);
  return e ? e->type : NULL;
}

/* 1 when role r covers date d (compared at the coarser of the two precisions). */
static int role_covers(const dy_role *r, dy_date d) {
  long day = dy_date_days(d);
  if (r->from.prec && dy_date_days(r->from) > day + (d.prec == DY_PREC_DAY ? 0 : d.prec == DY_PREC_MONTH ? 27 : 364)) return 0;
  if (r->until.prec && dy_date_days(r->until) <= day) return 0;
  return 1;
}

int dy_lex_person_code(const dy_lexicon *lx, int32_t p, dy_date date, char *code, int32_t *title) {
  const person_t *ps = &lx->people.v[p];
  *title = -1;
  code[0] = 0;
  if (ps->roles.n == 0) return 0;
  if (date.prec == DY_PREC_NONE) date = (dy_date){2025, 1, 1, DY_PREC_DAY};
  const dy_role *best = NULL;
  for (uint32_t i = 0; i < ps->roles.n; i++) {
    const dy_role *r = &ps->roles.v[i];
    if (role_covers(r, date) && (!best || (best->title < 0 && r->title >= 0))) best = r;
  }
  /* with no post that day, a named person still holds the one that ends on
   * it: "Home Minister Shivraj Patil resigned" on the day he did */
  for (uint32_t i = 0; i < ps->roles.n && !best && date.prec == DY_PREC_DAY; i++) {
    const dy_role *r = &ps->roles.v[i];
    if (r->until.prec && dy_date_days(r->until) == dy_date_days(date)) best = r;
  }
  if (best) {
    snprintf(code, 16, "%s", best->code);
    *title = best->title;
    return 1;
  }
  /* no post on that date: the country, or ELI for a former holder */
  const dy_role *last = NULL;
  for (uint32_t i = 0; i < ps->roles.n; i++) {
    const dy_role *r = &ps->roles.v[i];
    if (r->until.prec && dy_date_days(r->until) <= dy_date_days(date) && (!last || dy_date_cmp(r->until, last->until) > 0)) last = r;
  }
  if (last) snprintf(code, 16, "%.3sELI", last->code);
  else if (dy_lex_country_name(lx, ps->roles.v[0].code)) /* reads the first three letters */
    snprintf(code, 16, "%.3s", ps->roles.v[0].code);
  else snprintf(code, 16, "%s", ps->roles.v[0].code); /* an organisation's official before the post: the organisation ("IGOUNOOCHA"), not a bare "IGO" */
  return 0;
}

int32_t dy_lex_person_at(const dy_lexicon *lx, int32_t e, dy_date date) {
  const dy_entry *m = &lx->entries.v[e];
  if (m->kind != DY_ENT_PERSON) return -1;
  if (date.prec == DY_PREC_NONE) date = (dy_date){2025, 1, 1, DY_PREC_DAY};
  long day = dy_date_days(date);
  int32_t best = m->person;
  int rank = 0; /* 4 holding a titled post on the date, 3 another role, 2 left one before it, 1 neither */
  long left = 0;
  for (int32_t x = e; x >= 0; x = lx->entry_next.v[x]) {
    const dy_entry *o = &lx->entries.v[x];
    if (o->kind != DY_ENT_PERSON || o->upper_mask != m->upper_mask || o->caps_mask != m->caps_mask || memcmp(o->case_sig, m->case_sig, sizeof o->case_sig))
      continue;
    const person_t *ps = &lx->people.v[o->person];
    int r = 1;
    long l = 0;
    for (uint32_t i = 0; i < ps->roles.n; i++) {
      const dy_role *ro = &ps->roles.v[i];
      if (role_covers(ro, date)) r = r > 3 ? r : ro->title >= 0 ? 4 : 3;
      else if (ro->until.prec && dy_date_days(ro->until) <= day && r < 3) {
        r = 2;
        if (dy_date_days(ro->until) > l) l = dy_date_days(ro->until);
      }
    }
    if (r > rank || (r == 2 && rank == 2 && l > left)) { best = o->person; rank = r; left = l; }
  }
  return best;
}

int dy_lex_person_spans(const dy_lexicon *lx, int32_t e, int32_t title, const char *sector, long (*span)[2], int max) {
  const dy_entry *m = &lx->entries.v[e];
  if (m->kind != DY_ENT_PERSON || m->person < 0) return 0;
  for (int32_t x = e; x >= 0; x = lx->entry_next.v[x]) {
    const dy_entry *o = &lx->entries.v[x];
    if (x != e && o->kind == DY_ENT_PERSON && o->person != m->person && o->upper_mask == m->upper_mask && o->caps_mask == m->caps_mask &&
        !memcmp(o->case_sig, m->case_sig, sizeof o->case_sig))
      return 0;
  }
  const person_t *ps = &lx->people.v[m->person];
  int n = 0;
  for (uint32_t i = 0; i < ps->roles.n && n < max; i++) {
    const dy_role *r = &ps->roles.v[i];
    size_t l = strlen(r->code);
    if (title >= 0 && r->title != title) continue;
    if (sector && (l < 6 || strcmp(r->code + l - 3, sector))) continue;
    span[n][0] = r->from.prec ? dy_date_days(r->from) : LONG_MIN;
    span[n][1] = r->until.prec ? dy_date_days(r->until) : LONG_MAX;
    n++;
  }
  return n;
}

int32_t dy_lex_title_holder(const dy_lexicon *lx, int32_t t, const char *country, dy_date date) {
  if (t < 0 || (uint32_t)t >= lx->titles.n || date.prec == DY_PREC_NONE || !lx->holders) return -1;
  for (uint32_t k = 0; k + 1 < lx->holders[t].n; k += 2) {
    int32_t p = lx->holders[t].v[k];
    const dy_role *r = &lx->people.v[p].roles.v[lx->holders[t].v[k + 1]];
    if (r->code[0] == country[0] && r->code[1] == country[1] && r->code[2] == country[2] && role_covers(r, date)) return p;
  }
  return -1;
}

int dy_lex_person_held(const dy_lexicon *lx, int32_t p, int32_t t, const char *country, dy_date date, int ended, char *code) {
  if (p < 0 || (uint32_t)p >= lx->people.n || t < 0 || date.prec == DY_PREC_NONE) return 0;
  const person_t *ps = &lx->people.v[p];
  long day = dy_date_days(date);
  /* "former": not one who holds the title again on the date */
  for (uint32_t k = 0; ended && k < ps->roles.n; k++)
    if (ps->roles.v[k].title == t && (!country || !strncmp(ps->roles.v[k].code, country, 3)) && role_covers(&ps->roles.v[k], date)) return 0;
  for (uint32_t k = 0; k < ps->roles.n; k++) {
    const dy_role *r = &ps->roles.v[k];
    if (r->title != t || (country && strncmp(r->code, country, 3))) continue;
    if (r->from.prec && dy_date_days(r->from) > day) continue;
    if (ended && !(r->until.prec && dy_date_days(r->until) <= day + (date.prec == DY_PREC_DAY ? 0 : date.prec == DY_PREC_MONTH ? 27 : 364))) continue;
    snprintf(code, 16, "%s", r->code);
    return 1;
  }
  return 0;
}

int32_t dy_lex_title_surname(const dy_lexicon *lx, int32_t t, const char *surname, size_t n, dy_date date) {
  if (t < 0 || (uint32_t)t >= lx->titles.n || date.prec == DY_PREC_NONE || !lx->holders || n == 0) return -1;
  int32_t found = -1;
  for (uint32_t k = 0; k + 1 < lx->holders[t].n; k += 2) {
    int32_t p = lx->holders[t].v[k];
    const dy_role *r = &lx->people.v[p].roles.v[lx->holders[t].v[k + 1]];
    const char *name = lx->people.v[p].name;
    size_t len = strlen(name);
    if (len <= n || name[len - n - 1] != ' ' || memcmp(name + len - n, surname, n) != 0 || !role_covers(r, date)) continue;
    if (found >= 0 && found != p) return -1;
    found = p;
  }
  return found;
}

/* Optimal string alignment distance of a[0..n) and b[0..m), ASCII case
 * folded, or limit + 1 when it is more than limit. */
static int name_distance(const char *a, size_t n, const char *b, size_t m, int limit) {
  if (n > 64 || m > 64 || (n > m ? n - m : m - n) > (size_t)limit) return limit + 1;
  int d[65][65];
  for (size_t i = 0; i <= n; i++) d[i][0] = (int)i;
  for (size_t j = 0; j <= m; j++) d[0][j] = (int)j;
  for (size_t i = 1; i <= n; i++) {
    int best = limit + 1;
    for (size_t j = 1; j <= m; j++) {
      int ca = tolower((unsigned char)a[i - 1]), cb = tolower((unsigned char)b[j - 1]);
      int v = d[i - 1][j - 1] + (ca != cb);
      if (d[i - 1][j] + 1 < v) v = d[i - 1][j] + 1;
      if (d[i][j - 1] + 1 < v) v = d[i][j - 1] + 1;
      if (i > 1 && j > 1 && ca == tolower((unsigned char)b[j - 2]) && tolower((unsigned char)a[i - 2]) == cb && d[i - 2][j - 2] + 1 < v) v = d[i - 2][j - 2] + 1;
      d[i][j] = v;
      if (v < best) best = v;
    }
    if (best > limit) return limit + 1;
  }
  return d[n][m];
}

/* Whether a[0..n) and b[0..m), ASCII case folded, are one edit apart
 * (a substitution, an insertion, a deletion or two neighbours swapped):
 * name_distance(a, n, b, m, 1) == 1 for words of a byte or more, in one
 * pass instead of a table of n by m. */
static int same_fold(const char *a, const char *b, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (tolower((unsigned char)a[i]) != tolower((unsigned char)b[i])) return 0;
  return 1;
}
static int one_edit(const char *a, size_t n, const char *b, size_t m) {
  if (n > 64 || m > 64) return 0;
  size_t i = 0;
  while (i < n && i < m && tolower((unsigned char)a[i]) == tolower((unsigned char)b[i])) i++;
  if (n == m) {
    if (i == n) return 0;
    if (same_fold(a + i + 1, b + i + 1, n - i - 1)) return 1;
    return i + 1 < n && tolower((unsigned char)a[i]) == tolower((unsigned char)b[i + 1]) &&
           tolower((unsigned char)a[i + 1]) == tolower((unsigned char)b[i]) && same_fold(a + i + 2, b + i + 2, n - i - 2);
  }
  if (n == m + 1) return same_fold(a + i + 1, b + i, m - i);
  if (m == n + 1) return same_fold(a + i, b + i + 1, n - i);
  return 0;
}

/* The item of a "; "-separated list (a dictionary field as written) at
 * *rest, its length in *n, *rest moved past it and the spaces after its
 * ';'; NULL at the end of the list. */
static const char *list_item(const char **rest, size_t *n) {
  const char *v = *rest;
  if (!v || !*v) return NULL;
  const char *e = strchr(v, ';');
  *n = e ? (size_t)(e - v) : strlen(v);
  if (e)
    for (e++; *e == ' '; e++) {}
  *rest = e;
  return v;
}

int32_t dy_lex_title_misspelt(const dy_lexicon *lx, int32_t t, const char *name, size_t n, dy_date date) {
  if (t < 0 || (uint32_t)t >= lx->titles.n || !lx->holders || n < 7 || n > 64) return -1;
  int limit = n >= 10 ? 2 : 1, words = memchr(name, ' ', n) != NULL;
  int32_t found = -1, found_now = -1, many = 0, many_now = 0;
  for (uint32_t k = 0; k + 1 < lx->holders[t].n; k += 2) {
    int32_t p = lx->holders[t].v[k];
    if (p == found) continue;
    const char *rest = lx->people.v[p].variants, *v;
    size_t vl;
    int hit = 0;
    while (!hit && (v = list_item(&rest, &vl))) {
      /* a name of several words against the variants of several words, one word against the surnames */
      const char *sp = memchr(v, ' ', vl);
      if (words ? sp != NULL : sp == NULL)
        hit = tolower((unsigned char)v[0]) == tolower((unsigned char)name[0]) && name_distance(name, n, v, vl, limit) <= limit;
    }
    if (!hit) continue;
    const dy_role *r = &lx->people.v[p].roles.v[lx->holders[t].v[k + 1]];
    if (date.prec != DY_PREC_NONE && role_covers(r, date)) {
      if (found_now >= 0 && found_now != p) many_now = 1;
      found_now = p;
    }
    if (found >= 0 && found != p) many = 1;
    found = p;
  }
  if (found_now >= 0 && !many_now) return found_now;
  return many ? -1 : found;
}

/* The items of the countries' names and adjectives a misspelt word is
 * compared with (one word of five bytes or more), grouped by their first
 * byte, in the order of the countries, each country's names before its
 * adjectives: a word is then compared with the few of its first letter,
 * not with every item of every list. */
static void index_misspelt(dy_lexicon *lx) {
  uint32_t cnt[256] = {0}, total = 0;
  for (int pass = 0; pass < 2; pass++) {
    uint32_t at[256];
    if (pass) {
      lx->mis = dy_xreallocarray(NULL, total + 1, sizeof *lx->mis);
      lx->mis_first[0] = 0;
      for (int b = 0; b < 256; b++) lx->mis_first[b + 1] = lx->mis_first[b] + cnt[b];
      for (int b = 0; b < 256; b++) at[b] = lx->mis_first[b];
    }
    for (uint32_t c = 0; c < lx->countries.n; c++)
      for (uint32_t a = 0; a < 2; a++) {
        const char *list = a ? lx->countries.v[c].adjs : lx->countries.v[c].names, *v;
        size_t vl;
        while ((v = list_item(&list, &vl))) {
          if (vl < 5 || vl > 64 || memchr(v, ' ', vl)) continue;
          unsigned char b = (unsigned char)v[0];
          if (!pass) cnt[b]++, total++;
          else lx->mis[at[b]++] = (misname){v, (uint32_t)vl, c, a};
        }
      }
  }
}

/* A word misspelt from a country's name or adjective: within one edit,
 * the same first letter, of five bytes or more; the country's name before
 * its adjective, and none when two countries have one. */
int32_t dy_lex_country_misspelt(const dy_lexicon *lx, const char *w, size_t n) {
  if (n < 6 || n > 64 || !lx->mis) return -1;
  int found = -1, adj = 0, cur = -1, cur_a = -1;
  unsigned char b = (unsigned char)w[0];
  for (uint32_t i = lx->mis_first[b]; i <= lx->mis_first[b + 1]; i++) {
    const misname *m = i < lx->mis_first[b + 1] ? &lx->mis[i] : NULL;
    if (!m || (int)m->country != cur) {
      if (cur_a >= 0) {
        if (found >= 0) return -1;
        found = cur;
        adj = cur_a;
      }
      if (!m) break;
      cur = (int)m->country;
      cur_a = -1;
    }
    if (cur_a == 0 || (m->adj && cur_a >= 0)) continue;
    if (one_edit(w, n, m->v, m->len)) cur_a = (int)m->adj;
  }
  if (found < 0) return -1;
  int kind = adj ? DY_ENT_ADJ : DY_ENT_COUNTRY;
  for (uint32_t i = 0; i < lx->entries.n; i++)
    if (lx->entries.v[i].kind == kind && !strcmp(lx->entries.v[i].code, lx->countries.v[found].code)) return (int32_t)i;
  return -1;
}

int dy_lex_ambiguous_state(const dy_lexicon *lx, const char *w, size_t n, char (*codes)[4], int max) {
  for (int k = 0; k < lx->namb; k++) {
    if (strlen(lx->amb[k].name) != n || memcmp(lx->amb[k].name, w, n)) continue;
    int c = 0;
    for (; c < lx->amb[k].ncodes && c < max; c++) memcpy(codes[c], lx->amb[k].codes[c], 4);
    return c;
  }
  return 0;
}

int32_t dy_lex_country_entry(const dy_lexicon *lx, const char *code) {
  for (uint32_t i = 0; i < lx->entries.n; i++)
    if (lx->entries.v[i].kind == DY_ENT_COUNTRY && !strcmp(lx->entries.v[i].code, code)) return (int32_t)i;
  return -1;
}

/* ---- patterns ------------------------------------------------------------------ */

const int32_t *dy_lex_patterns_at(const dy_lexicon *lx, int32_t tokid, uint32_t *n) {
  if (tokid < 0 || !lx->pat_first) { *n = 0; return NULL; }
  *n = lx->pat_first[tokid + 1] - lx->pat_first[tokid];
  return lx->pat_list + lx->pat_first[tokid];
}
const dy_pattern *dy_lex_pattern(const dy_lexicon *lx, int32_t p) { return &lx->pats.v[p]; }
const dy_pelem *dy_lex_pelem(const dy_lexicon *lx, const dy_pattern *p, int k) { return &lx->elems.v[p->elem + (uint32_t)k]; }
const int32_t *dy_lex_alts(const dy_lexicon *lx, const dy_pelem *e) { return &lx->alts.v[e->alt]; }

const dy_cameo *dy_lex_cameo(const dy_lexicon *lx, const char *code) {
  uint32_t lo = 0, hi = lx->cameo.n;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    int c = strcmp(lx->cameo.v[mid].code, code);
    if (c == 0) return &lx->cameo.v[mid];
    if (c < 0) lo = mid + 1; else hi = mid;
  }
  return NULL;
}

void dy_lex_get_stats(const dy_lexicon *lx, dy_lex_stats *st) {
  memset(st, 0, sizeof *st);
  st->countries = (int)lx->countries.n;
  st->titles = (int)lx->titles.n;
  st->people = (int)lx->people.n;
  for (uint32_t i = 0; i < lx->people.n; i++) st->roles += (int)lx->people.v[i].roles.n;
  for (uint32_t i = 0; i < lx->entries.n; i++) {
    if (lx->entries.v[i].kind == DY_ENT_SECTOR) st->sectors++;
    if (lx->entries.v[i].kind == DY_ENT_ORG) st->orgs++;
  }
  st->patterns = (int)lx->pats.n;
  st->cameo = (int)lx->cameo.n;
  st->phrases = lx->nphrases;
  st->tokens = (int)lx->ntok;
}

/* ---- verb inflection ------------------------------------------------------------- */

static int is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

/* Adds token form w with class bits to the lexicon and to ids (if room). */
static void add_form(dy_lexicon *lx, const char *w, uint64_t cls, int32_t *ids, int *nids, int max) {
  int32_t id = tok_intern(lx, w, strlen(w));
  lx->wclass[id] |= cls;
  for (int i = 0; i < *nids; i++)
    if (ids[i] == id) return;
  if (*nids < max) ids[(*nids)++] = id;
}

/* All inflected forms of verb lemma v: v, v-s, v-ed, v-ing and irregulars. */
static void inflect(dy_lexicon *lx, const char *v, int32_t *ids, int *nids, int max) {
  size_t n = strlen(v);
  char b[96];
  if (n == 0 || n > 60) return;
  add_form(lx, v, 0, ids, nids, max);
  char last = v[n - 1], prev = n > 1 ? v[n - 2] : 0;
  /* -s */
  if (last == 'y' && !is_vowel(prev)) snprintf(b, sizeof b, "%.*sies", (int)n - 1, v);
  else if (last == 's' || last == 'x' || last == 'z' || last == 'o' || (last == 'h' && (prev == 'c' || prev == 's'))) snprintf(b, sizeof b, "%ses", v);
  else snprintf(b, sizeof b, "%ss", v);
  add_form(lx, b, DY_W_VERB3, ids, nids, max);
  /* -ed */
  if (last == 'e') snprintf(b, sizeof b, "%sd", v);
  else if (last == 'y' && !is_vowel(prev)) snprintf(b, sizeof b, "%.*sied", (int)n - 1, v);
  else snprintf(b, sizeof b, "%sed", v);
  add_form(lx, b, DY_W_PASTPART, ids, nids, max);
  /* -ing */
  if (last == 'e' && prev == 'i') snprintf(b, sizeof b, "%.*sying", (int)n - 2, v);
  else if (last == 'e' && prev != 'e' && n > 2) snprintf(b, sizeof b, "%.*sing", (int)n - 1, v);
  else snprintf(b, sizeof b, "%sing", v);
  add_form(lx, b, DY_W_ING, ids, nids, max);
  /* consonant doubling (ban -> banned, commit -> committed): both spellings are harmless */
  if (n >= 3 && !is_vowel(last) && last != 'w' && last != 'x' && last != 'y' && is_vowel(prev) && !is_vowel(v[n - 3])) {
    snprintf(b, sizeof b, "%s%ced", v, last);
    add_form(lx, b, DY_W_PASTPART, ids, nids, max);
    snprintf(b, sizeof b, "%s%cing", v, last);
    add_form(lx, b, DY_W_ING, ids, nids, max);
  }
  size_t it;
  for (int64_t i = name_find(&lx->irr_ix, v, n, irr_name, lx, &it); i >= 0; i = (int64_t)lx->irr_next[i] - 1)
    add_form(lx, lx->irr_form[i], DY_W_PASTPART, ids, nids, max);
}

/* Irregular forms for when WordNet is not installed. */


static void add_irregular(dy_lexicon *lx, const char *form, size_t fn, const char *lemma, size_t ln) {
  if (lx->nirr == lx->cirr) {
    lx->cirr = (uint32_t)dy_grow_cap(lx->cirr, lx->nirr + 1);
    lx->irr_lemma = dy_xreallocarray(lx->irr_lemma, lx->cirr, sizeof(char *));
    lx->irr_form = dy_xreallocarray(lx->irr_form, lx->cirr, sizeof(char *));
  }
  lx->irr_form[lx->nirr] = arena_dup(&lx->arena, form, fn);
  lx->irr_lemma[lx->nirr] = arena_dup(&lx->arena, lemma, ln);
  lx->nirr++;
}


/* Loads irregular verb forms from WordNet's verb.exc when present. */
/* The index of the irregular forms by lemma, each lemma's forms in the
 * order read. */
static void index_irregulars(dy_lexicon *lx) {
  lx->irr_next = dy_xcalloc(lx->nirr + 1, sizeof *lx->irr_next);
  for (uint32_t i = lx->nirr; i-- > 0;) {
    size_t it;
    const char *lem = lx->irr_lemma[i];
    int64_t first = name_find(&lx->irr_ix, lem, strlen(lem), irr_name, lx, &it);
    if (first < 0) dy_map_add(&lx->irr_ix, dy_hash64(lem, strlen(lem)), i);
    else {
      lx->irr_next[i] = (uint32_t)first + 1;
      dy_map_replace(&lx->irr_ix, it, i);
    }
  }
}

/* Irregular verb forms ("FORM LEMMA" lines, '#' comments): WordNet's
 * verb.exc when installed, else data/irregular.txt. */
static void load_irregulars(dy_lexicon *lx, const char *dir) {
  char own[4096];
  snprintf(own, sizeof own, "%s/irregular.txt", dir);
  const char *paths[] = {getenv("DYAD_WORDNET"), "/usr/share/wordnet/verb.exc", own};
  for (int i = 0; i < 3; i++) {
    if (!paths[i]) continue;
    size_t n;
    char *buf = dy_lex_slurp(paths[i], &n);
    if (!buf) continue;
    char *line = buf;
    while (line < buf + n) {
      char *nl = memchr(line, '\n', (size_t)(buf + n - line));
      char *end = nl ? nl : buf + n;
      char *sp = memchr(line, ' ', (size_t)(end - line));
      if (sp && *line != '#') {
        char *lemma = sp + 1, *le = memchr(lemma, ' ', (size_t)(end - lemma));
        if (!le) le = end;
        while (le > lemma && le[-1] == '\r') le--;
        if (!memchr(line, '_', (size_t)(sp - line))) add_irregular(lx, line, (size_t)(sp - line), lemma, (size_t)(le - lemma));
      }
      line = end + 1;
    }
    free(buf);
    return;
  }
}

/* ---- closed word classes ----------------------------------------------------------- */

static const struct { uint64_t cls; const char *name; } WCLASS[] = {
  {DY_W_NEG, "negation"}, {DY_W_MODAL, "modal"}, {DY_W_FUTURE, "future"}, {DY_W_SAY, "say"}, {DY_W_BE, "be"},
  {DY_W_DET, "determiner"}, {DY_W_PREP, "preposition"}, {DY_W_CONJ, "conjunction"}, {DY_W_CLAUSE, "clause"},
  {DY_W_COND, "condition"}, {DY_W_HEDGE, "hedge"}, {DY_W_INTEND, "intend"}, {DY_W_REFUSE, "refuse"},
  {DY_W_PRON, "pronoun"}, {DY_W_SPORT, "sport"}, {DY_W_BIZ, "business"}, {DY_W_FORMER, "former"},
  {DY_W_TITLEMOD, "title-modifier"}, {DY_W_PAIRNOUN, "pair-noun"}, {DY_W_BOTH, "both"}, {DY_W_HAVE, "have"},
  {DY_W_TO, "to"}, {DY_W_ANALYSIS, "analysis"}, {DY_W_ENT, "entertainment"}, {DY_W_EVNOUN, "event-noun"}, {DY_W_OCCASION, "occasion"}, {DY_W_LEADER, "leader-noun"}, {DY_W_RETRO, "retrospective"}, {DY_W_SHADOW, "shadow"},
  {DY_W_LICENSE, "license"}, {DY_W_DATE, "date"}, {DY_W_FACTIVE, "factive"}, {DY_W_QUANT, "quantity"},
  {DY_W_BY, "by"}, {DY_W_ADV, "adverb"}, {DY_W_PLACE_CUE, "place-cue"}, {DY_W_PLACE_DIR, "place-direction"},
  {DY_W_PLACE_DESIG, "place-designator"}, {DY_W_PLACE_DIV, "place-division"}, {DY_W_PLACE_JOIN, "place-join"},
  {DY_W_PLACE_COMPASS, "place-compass"}, {DY_W_PLACE_VERB, "place-verb"}, {DY_W_TIMEADJ, "time-adjunct"}, {DY_W_TIMEMOD, "time-modifier"},
  {DY_W_SCIENCE, "science"}, {DY_W_PERSONNOUN, "person-noun"}, {DY_W_ORGHEAD, "org-head"},
  {DY_W_PAIRREL, "pair-relation"}, {DY_W_LED, "led"}, {DY_W_AFFIL, "affiliated"}, {DY_W_ITPRON, "it-pronoun"}, {DY_W_EXPLETIVE, "expletive"}, {DY_W_HONORIFIC, "honorific"},
  {DY_W_COMMONNAME, "common-name"},
  {DY_W_CAPTION, "caption-position"}, {DY_W_AHEAD, "ahead"}, {DY_W_MISSION, "mission-noun"}, {DY_W_EXAMPLE, "example-cue"}, {DY_W_STATENOUN, "state-noun"},
};

/* ---- file parsing ---------------------------------------------------------------------- */

char *dy_lex_slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) return NULL;
  dy_buf b = {0};
  /* read in place, into room for the whole file (no copies as it grows) */
  long size = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
  if (fseek(f, 0, SEEK_SET) != 0) size = -1;
  size_t k, want = size > 0 ? (size_t)size + 1 : 65536;
  while (dy_buf_reserve(&b, want) == 0) {
    k = fread(b.p + b.n, 1, want, f);
    b.n += k;
    b.p[b.n] = 0;
    if (!k) break;
    want = b.cap - b.n - 1 > 0 ? b.cap - b.n - 1 : 65536; /* the room left first: the end of the file needs none more */
  }
  fclose(f);
  *n = b.n;
  return b.p;
}

typedef struct {
  const char *path;
  long line;
  char *f[8]; /* fields */
  int nf;
  int *nerr;
} rowctx;

/* Splits a line at tabs into fields (in place); trims spaces. */
static int split_tabs(char *line, char **f, int max) {
  int n = 0;
  char *p = line;
  while (n < max) {
    char *t = strchr(p, '\t');
    if (t) *t = 0;
    while (*p == ' ') p++;
    char *e = p + strlen(p);
    while (e > p && (e[-1] == ' ' || e[-1] == '\r')) *--e = 0;
    f[n++] = p;
    if (!t) break;
    p = t + 1;
    while (*p == '\t') p++; /* several tabs are one separator */
  }
  return n;
}

static void row_err(rowctx *r, const char *why) {
  dy_warn(r->path, r->line, "%s", why);
  (*r->nerr)++;
}

/* Calls each item of a "; "-separated list. */
static void each_item(char *list, void (*fn)(dy_lexicon *lx, rowctx *r, const char *item, void *u), dy_lexicon *lx, rowctx *r, void *u) {
  if (!list || strcmp(list, "-") == 0 || !*list) return;
  char *p = list;
  while (*p) {
    char *e = strchr(p, ';');
    if (e) *e = 0;
    while (*p == ' ') p++;
    char *q = p + strlen(p);
    while (q > p && q[-1] == ' ') *--q = 0;
    if (*p) fn(lx, r, p, u);
    if (!e) break;
    p = e + 1;
  }
}

static int valid_code(const char *s, size_t minlen, size_t maxlen) {
  size_t n = strlen(s);
  if (n < minlen || n > maxlen) return 0;
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= 'A' && s[i] <= 'Z') || (s[i] >= '0' && s[i] <= '9'))) return 0;
  return 1;
}

static void add_item(dy_lexicon *lx, rowctx *r, const char *item, void *u) {
  dy_entry e = *(dy_entry *)u;
  if (add_phrase(lx, item, e)) row_err(r, "phrase is empty or longer than 16 tokens");
}

/* data/ambiguous.txt: NAME <TAB> the codes of the states it may name. */
static void row_ambiguous(dy_lexicon *lx, rowctx *r) {
  if (r->nf != 2 || strlen(r->f[0]) >= sizeof lx->amb[0].name) { row_err(r, "expected 2 tab-separated fields: NAME, CODES"); return; }
  if (lx->namb >= (int)(sizeof lx->amb / sizeof lx->amb[0])) { row_err(r, "too many ambiguous names"); return; }
  int k = lx->namb;
  memcpy(lx->amb[k].name, r->f[0], strlen(r->f[0]) + 1);
  lx->amb[k].ncodes = 0;
  char *sv = NULL;
  for (char *c = strtok_r(r->f[1], " ", &sv); c && lx->amb[k].ncodes < 4; c = strtok_r(NULL, " ", &sv)) {
    if (!valid_code(c, 3, 3)) { row_err(r, "a state's code must be 3 capital letters"); return; }
    memcpy(lx->amb[k].codes[lx->amb[k].ncodes++], c, 4);
  }
  if (lx->amb[k].ncodes >= 2) lx->namb++;
}

static void row_country(dy_lexicon *lx, rowctx *r) {
  if (r->nf != 4 && r->nf != 5) { row_err(r, "expected 4 or 5 tab-separated fields: CODE, names, adjectives, capitals[, since]"); return; }
  if (!valid_code(r->f[0], 3, 3)) { row_err(r, "country code must be 3 capital letters (ISO 3166-1 alpha-3)"); return; }
  country_t c;
  memset(&c, 0, sizeof c);
  memcpy(c.code, r->f[0], 4);
  /* field 5, "2011-07-09 SDN": the state began that day; before it its
   * names, adjectives and capitals are the state's it was part of */
  if (r->nf == 5 && strcmp(r->f[4], "-")) {
    char *sp = strchr(r->f[4], ' ');
    if (!sp || !valid_code(sp + 1, 3, 3)) { row_err(r, "field 5 must be '-' or 'YYYY-MM-DD CODE'"); return; }
    *sp = 0;
    if (dy_date_parse_iso(r->f[4], &c.from) != 0 || c.from.prec != DY_PREC_DAY) { *sp = ' '; row_err(r, "field 5: a day YYYY-MM-DD"); return; }
    *sp = ' ';
    memcpy(c.pred, sp + 1, 4);
  }
  char *first = r->f[1], *semi = strchr(first, ';');
  c.name = arena_dup(&lx->arena, first, semi ? (size_t)(semi - first) : strlen(first));
  c.names = arena_dup(&lx->arena, r->f[1], strlen(r->f[1]));
  c.adjs = arena_dup(&lx->arena, r->f[2], strlen(r->f[2]));
  int ci = code3_index(c.code);
  if (lx->cidx[ci]) { row_err(r, "country code already defined"); return; }
  VPUSH(lx->countries, c);
  lx->cidx[ci] = (int16_t)lx->countries.n;
  dy_entry e = {.kind = DY_ENT_COUNTRY, .person = -1, .title = -1, .name = c.name};
  snprintf(e.code, sizeof e.code, "%s", c.code);
  each_item(r->f[1], add_item, lx, r, &e);
  e.kind = DY_ENT_ADJ;
  each_item(r->f[2], add_item, lx, r, &e);
  e.kind = DY_ENT_CAPITAL;
  snprintf(e.code, sizeof e.code, "%sGOV", c.code);
  each_item(r->f[3], add_item, lx, r, &e);
}

static void row_sector(dy_lexicon *lx, rowctx *r) {
  if (r->nf != 2) { row_err(r, "expected 2 tab-separated fields: CODE, phrases"); return; }
  if (!valid_code(r->f[0], 3, 3)) { row_err(r, "sector code must be 3 capital letters"); return; }
  dy_entry e = {.kind = DY_ENT_SECTOR, .person = -1, .title = -1};
  snprintf(e.code, sizeof e.code, "%s", r->f[0]);
  e.name = arena_dup(&lx->arena, r->f[0], strlen(r->f[0]));
  each_item(r->f[1], add_item, lx, r, &e);
}

static int32_t title_index(dy_lexicon *lx, const char *key) {
  for (uint32_t i = 0; i < lx->titles.n; i++)
    if (strcmp(lx->titles.v[i].key, key) == 0) return (int32_t)i;
  return -1;
}

static void row_title(dy_lexicon *lx, rowctx *r) {
  if (r->nf != 3) { row_err(r, "expected 3 tab-separated fields: TITLEKEY, SECTOR, phrases"); return; }
  if (!valid_code(r->f[1], 3, 3)) { row_err(r, "sector must be 3 capital letters"); return; }
  int32_t t = title_index(lx, r->f[0]);
  if (t < 0) {
    title_t tt;
    tt.key = arena_dup(&lx->arena, r->f[0], strlen(r->f[0]));
    snprintf(tt.sector, sizeof tt.sector, "%s", r->f[1]);
    t = (int32_t)lx->titles.n;
    VPUSH(lx->titles, tt);
  }
  dy_entry e = {.kind = DY_ENT_TITLE, .person = -1, .title = t, .name = lx->titles.v[t].key};
  snprintf(e.code, sizeof e.code, "%s", r->f[1]);
  each_item(r->f[2], add_item, lx, r, &e);
}

static int parse_bound(const char *s, dy_date *d) {
  memset(d, 0, sizeof *d);
  if (strcmp(s, "-") == 0 || !*s) return 0;
  return dy_date_parse_iso(s, d);
}

static void row_person(dy_lexicon *lx, rowctx *r) {
  if (r->nf != 5) { row_err(r, "expected 5 tab-separated fields: names, CODE, from, until, TITLEKEY"); return; }
  if (!valid_code(r->f[1], 3, 15)) { row_err(r, "actor code must be 3 to 15 capital letters or digits"); return; }
  dy_role role;
  snprintf(role.code, sizeof role.code, "%s", r->f[1]);
  if (parse_bound(r->f[2], &role.from)) { row_err(r, "'from' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or -)"); return; }
  if (parse_bound(r->f[3], &role.until)) { row_err(r, "'until' is not a date (YYYY, YYYY-MM, YYYY-MM-DD or -)"); return; }
  if (role.from.prec && role.until.prec && dy_date_cmp(role.from, role.until) > 0) { row_err(r, "'from' is after 'until'"); return; }
  role.title = -1;
  if (strcmp(r->f[4], "-") != 0) {
    role.title = title_index(lx, r->f[4]);
    if (role.title < 0) { row_err(r, "unknown title key (not in titles.txt)"); return; }
  }
  char *first = r->f[0], *semi = strchr(first, ';');
  size_t fl = semi ? (size_t)(semi - first) : strlen(first);
  size_t it;
  int32_t p = (int32_t)name_find(&lx->people_ix, first, fl, person_name, lx, &it);
  if (p < 0) {
    person_t ps = {0};
    ps.name = arena_dup(&lx->arena, first, fl);
    ps.variants = arena_dup(&lx->arena, r->f[0], strlen(r->f[0]));
    p = (int32_t)lx->people.n;
    VPUSH(lx->people, ps);
    dy_map_add(&lx->people_ix, dy_hash64(first, fl), (uint32_t)p);
  }
  VPUSH(lx->people.v[p].roles, role);
  dy_entry e = {.kind = DY_ENT_PERSON, .person = p, .title = -1, .name = lx->people.v[p].name};
  each_item(r->f[0], add_item, lx, r, &e);
}

/* An organisation's name; "=NAME" is a local name ("=High Court of
 * Justice": Israel's, and England's too), marked as such. */
static void add_org_item(dy_lexicon *lx, rowctx *r, const char *item, void *u) {
  dy_entry e = *(dy_entry *)u;
  while (*item == ' ') item++;
  if (*item == '=') { e.local = 1; item++; }
  if (add_phrase(lx, item, e)) row_err(r, "phrase is empty or longer than 16 tokens");
}

static void row_org(dy_lexicon *lx, rowctx *r) {
  if (r->nf != 3 && r->nf != 4) { row_err(r, "expected 3 or 4 tab-separated fields: CODE, TYPE, names[, since]"); return; }
  if (!valid_code(r->f[0], 3, 15)) { row_err(r, "organisation code must be 3 to 15 capital letters or digits"); return; }
  static const char *types[] = {"igo", "armed", "ngo", "thinktank", "university", "media", "party", "business", "group", "region", NULL};
  const char *type = NULL;
  for (int i = 0; types[i]; i++)
    if (strcmp(types[i], r->f[1]) == 0) type = types[i];
  if (!type) { row_err(r, "unknown organisation type (igo, armed, ngo, thinktank, university, media, party, business, group, region)"); return; }
  dy_entry e = {.kind = DY_ENT_ORG, .person = -1, .title = -1, .type = type};
  snprintf(e.code, sizeof e.code, "%s", r->f[0]);
  char *first = r->f[2], *semi = strchr(first, ';');
  if (*first == '=') first++;
  e.name = arena_dup(&lx->arena, first, semi ? (size_t)(semi - first) : strlen(first));
  /* since: "YYYY-MM-DD CODE", the day the organisation became another actor
   * ("2021-08-15 AFGGOV": the Taliban, Afghanistan's government) */
  if (r->nf == 4) {
    char *sp = strchr(r->f[3], ' ');
    if (!sp) { row_err(r, "'since' must be \"YYYY-MM-DD CODE\""); return; }
    *sp = 0;
    if (parse_bound(r->f[3], &e.since_from) || !e.since_from.prec) { row_err(r, "'since' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"); return; }
    if (!valid_code(sp + 1, 3, 15)) { row_err(r, "'since' code must be 3 to 15 capital letters or digits"); return; }
    snprintf(e.since_code, sizeof e.since_code, "%s", sp + 1);
  }
  each_item(r->f[2], add_org_item, lx, r, &e);
}

static void row_cameo(dy_lexicon *lx, rowctx *r) {
  if (r->nf != 5) { row_err(r, "expected 5 tab-separated fields: code, goldstein, quad, plover, name"); return; }
  size_t cl = strlen(r->f[0]);
  for (size_t i = 0; i < cl; i++)
    if (r->f[0][i] < '0' || r->f[0][i] > '9') cl = 0;
  if (cl < 2 || cl > 4) { row_err(r, "CAMEO code must be 2 to 4 digits"); return; }
  char *end;
  errno = 0;
  double g = strtod(r->f[1], &end);
  if (*end || errno || g < -10 || g > 10) { row_err(r, "Goldstein score must be a number from -10 to 10"); return; }
  long q = strtol(r->f[2], &end, 10);
  if (*end || q < 1 || q > 4) { row_err(r, "QuadClass must be 1, 2, 3 or 4"); return; }
  dy_cameo c;
  snprintf(c.code, sizeof c.code, "%s", r->f[0]);
  c.goldstein = (float)g;
  c.quad = (int8_t)q;
  snprintf(c.plover, sizeof c.plover, "%s", r->f[3]);
  c.name = arena_dup(&lx->arena, r->f[4], strlen(r->f[4]));
  VPUSH(lx->cameo, c);
}

/* Parses one verb pattern line: CODE<TAB>pattern. */
static void row_verb(dy_lexicon *lx, rowctx *r) {
  if (r->nf != 2) { row_err(r, "expected 2 tab-separated fields: CODE, pattern"); return; }
  int both = r->f[0][0] == '!';
  if (both) r->f[0]++;
  size_t cl = strlen(r->f[0]);
  for (size_t i = 0; i < cl; i++)
    if (r->f[0][i] < '0' || r->f[0][i] > '9') cl = 0;
  if (cl < 2 || cl > 4) { row_err(r, "CAMEO code must be 2 to 4 digits"); return; }
  dy_pattern p = {0};
  p.both = (uint8_t)both;
  snprintf(p.code, sizeof p.code, "%s", r->f[0]);
  p.line = (int32_t)r->line;
  p.elem = lx->elems.n;
  char *s = r->f[1];
  if (s[0] == '@' && (s[1] == ' ' || s[1] == 0)) { p.nominal = 1; s++; }
  int first = 1;
  char *save = NULL;
  for (char *w = strtok_r(s, " ", &save); w; w = strtok_r(NULL, " ", &save)) {
    dy_pelem e = {0};
    if (strcmp(w, "*") == 0) e.type = DY_PE_GAP;
    else if (strcmp(w, "+") == 0) e.type = DY_PE_SLOT;
    else {
      e.type = DY_PE_WORDS;
      e.alt = lx->alts.n;
      int32_t ids[256];
      int nids = 0;
      char *save2 = NULL;
      for (char *a = strtok_r(w, "|", &save2); a; a = strtok_r(NULL, "|", &save2)) {
        for (char *c = a; *c; c++)
          if (*c >= 'A' && *c <= 'Z') *c = (char)(*c + 32);
        if (first && !p.nominal) inflect(lx, a, ids, &nids, 256);
        else if (nids < 256) {
          int32_t id = tok_intern(lx, a, strlen(a));
          if (p.nominal && first) lx->wclass[id] |= DY_W_NOMINAL;
          ids[nids++] = id;
        }
      }
      if (nids == 0) { row_err(r, "empty alternative"); lx->elems.n = p.elem; return; }
      for (int i = 0; i < nids; i++) VPUSH(lx->alts, ids[i]);
      e.nalt = (uint16_t)nids;
      p.nwords++;
      first = 0;
    }
    if (lx->elems.n - p.elem == 0 && e.type != DY_PE_WORDS) { row_err(r, "a pattern must start with a word"); lx->elems.n = p.elem; return; }
    VPUSH(lx->elems, e);
    if (lx->elems.n - p.elem > 24) { row_err(r, "pattern longer than 24 elements"); lx->elems.n = p.elem; return; }
  }
  p.nelem = (uint8_t)(lx->elems.n - p.elem);
  if (p.nelem == 0) { row_err(r, "empty pattern"); return; }
  VPUSH(lx->pats, p);
}

/* ---- building from the field's dictionaries (import.c) ------------------------------ */

int dy_lex_import_phrase(dy_lexicon *lx, const char *phrase, int kind, const char *code, const char *type, const char *name) {
  dy_entry e = {.kind = (uint8_t)kind, .person = -1, .title = -1};
  snprintf(e.code, sizeof e.code, "%s", code);
  e.name = arena_dup(&lx->arena, name, strlen(name));
  e.type = type ? arena_dup(&lx->arena, type, strlen(type)) : NULL;
  return add_phrase_as(lx, phrase, e, 1);
}

int32_t dy_lex_import_person(dy_lexicon *lx, const char *name, const dy_role *roles, int nroles) {
  person_t ps = {0};
  ps.name = arena_dup(&lx->arena, name, strlen(name));
  /* exactly as many as given: tens of thousands of imported people */
  if (nroles > 0) {
    ps.roles.v = dy_xmalloc((size_t)nroles * sizeof(dy_role));
    memcpy(ps.roles.v, roles, (size_t)nroles * sizeof(dy_role));
    ps.roles.n = ps.roles.cap = (uint32_t)nroles;
  }
  VPUSH(lx->people, ps);
  return (int32_t)lx->people.n - 1;
}

int dy_lex_import_person_phrase(dy_lexicon *lx, const char *phrase, int32_t p) {
  dy_entry e = {.kind = DY_ENT_PERSON, .person = p, .title = -1, .name = lx->people.v[p].name};
  return add_phrase_as(lx, phrase, e, 1);
}

int dy_lex_import_pattern(dy_lexicon *lx, const char *code, const dy_imp_elem *el, int nel, long line) {
  if (nel < 1 || nel > 24 || el[0].type != DY_PE_WORDS) return -1;
  dy_pattern p = {0};
  snprintf(p.code, sizeof p.code, "%s", code);
  p.line = (int32_t)line;
  p.elem = lx->elems.n;
  for (int k = 0; k < nel; k++) {
    dy_pelem e = {.type = el[k].type};
    if (e.type == DY_PE_WORDS) {
      int32_t ids[256];
      int nids = 0;
      for (int a = 0; a < el[k].nalt; a++) {
        const char *w = el[k].alt[a];
        if (!*w || strlen(w) > 60) continue;
        size_t wl = strlen(w);
        if (a < el[k].ninfl) inflect(lx, w, ids, &nids, 256);
        else if (k == 0) /* a verb's form written out: its class from its ending */
          add_form(lx, w, wl > 4 && !strcmp(w + wl - 3, "ing") ? DY_W_ING : w[wl - 1] == 's' ? DY_W_VERB3 : DY_W_PASTPART, ids, &nids, 256);
        else {
          int32_t id = tok_intern(lx, w, strlen(w)), dup = 0;
          for (int i = 0; i < nids; i++) dup |= ids[i] == id;
          if (!dup && nids < 256) ids[nids++] = id;
        }
      }
      if (nids == 0) { lx->elems.n = p.elem; return -1; }
      e.alt = lx->alts.n;
      for (int i = 0; i < nids; i++) VPUSH(lx->alts, ids[i]);
      e.nalt = (uint16_t)nids;
      p.nwords++;
    }
    VPUSH(lx->elems, e);
  }
  p.nelem = (uint8_t)nel;
  VPUSH(lx->pats, p);
  return 0;
}

static int load_file(dy_lexicon *lx, const char *dir, const char *name, void (*row)(dy_lexicon *, rowctx *), int *nerr, int required) {
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  size_t n;
  char *buf = dy_lex_slurp(path, &n);
  if (!buf) {
    if (required) { dy_warn(path, 0, "cannot read dictionary: %s", strerror(errno)); (*nerr)++; }
    return -1;
  }
  rowctx r = {.path = path, .nerr = nerr};
  char *line = buf;
  while (line <= buf + n && *line) {
    char *nl = strchr(line, '\n');
    if (nl) *nl = 0;
    r.line++;
    char *p = line;
    while (*p == ' ' || *p == '\t') p++;
    if (*p && *p != '#' && *p != '\r') {
      r.nf = split_tabs(line, r.f, 8);
      row(lx, &r);
    }
    if (!nl) break;
    line = nl + 1;
  }
  free(buf);
  return 0;
}

/* data/wordclasses.txt: NAME <TAB> words; the names are WCLASS's, and
 * "state-sectors" lists the sector codes that are organs of a state. */
static void row_wclass(dy_lexicon *lx, rowctx *r) {
  if (r->nf < 2) { dy_warn(r->path, r->line, "expected NAME<TAB>words"); (*r->nerr)++; return; }
  char *save = NULL;
  if (!strcmp(r->f[0], "armed-sectors")) {
    for (char *w = strtok_r(r->f[1], " ", &save); w; w = strtok_r(NULL, " ", &save)) {
      if (strlen(w) != 3 || lx->narmed == (int)(sizeof lx->armed / sizeof lx->armed[0])) {
        dy_warn(r->path, r->line, "'%s' is no sector code (or too many)", w);
        (*r->nerr)++;
        continue;
      }
      memcpy(lx->armed[lx->narmed++], w, 4);
    }
    return;
  }
  if (!strcmp(r->f[0], "state-sectors")) {
    for (char *w = strtok_r(r->f[1], " ", &save); w; w = strtok_r(NULL, " ", &save)) {
      if (strlen(w) != 3 || lx->nstate == (int)(sizeof lx->state / sizeof lx->state[0])) {
        dy_warn(r->path, r->line, "'%s' is no sector code (or too many)", w);
        (*r->nerr)++;
        continue;
      }
      memcpy(lx->state[lx->nstate++], w, 4);
    }
    return;
  }
  uint64_t cls = 0;
  for (size_t i = 0; i < sizeof WCLASS / sizeof WCLASS[0] && !cls; i++)
    if (!strcmp(WCLASS[i].name, r->f[0])) cls = WCLASS[i].cls;
  if (!cls) { dy_warn(r->path, r->line, "unknown word class '%s'", r->f[0]); (*r->nerr)++; return; }
  for (char *w = strtok_r(r->f[1], " ", &save); w; w = strtok_r(NULL, " ", &save)) {
    int32_t id = tok_intern(lx, w, strlen(w)); /* may move lx->wclass */
    lx->wclass[id] |= cls;
  }
}

static int cmp_cameo(const void *a, const void *b) { return strcmp(((const dy_cameo *)a)->code, ((const dy_cameo *)b)->code); }

static void index_patterns(dy_lexicon *lx) {
  lx->pat_first = dy_xcalloc(lx->ntok + 2, sizeof(uint32_t));
  uint32_t total = 0;
  for (uint32_t p = 0; p < lx->pats.n; p++) {
    const dy_pelem *e = &lx->elems.v[lx->pats.v[p].elem];
    for (uint16_t a = 0; a < e->nalt; a++) lx->pat_first[lx->alts.v[e->alt + a] + 1]++;
    total += e->nalt;
  }
  for (uint32_t i = 0; i < lx->ntok; i++) lx->pat_first[i + 1] += lx->pat_first[i];
  lx->pat_list = dy_xreallocarray(NULL, total + 1, sizeof(int32_t));
  uint32_t *fill = dy_xcalloc(lx->ntok + 1, sizeof(uint32_t));
  for (uint32_t p = 0; p < lx->pats.n; p++) {
    const dy_pelem *e = &lx->elems.v[lx->pats.v[p].elem];
    for (uint16_t a = 0; a < e->nalt; a++) {
      int32_t t = lx->alts.v[e->alt + a];
      lx->pat_list[lx->pat_first[t] + fill[t]++] = (int32_t)p;
    }
  }
  free(fill);
}

static const char *const DICT_FILES[] = {"wordclasses.txt", "cameo.txt", "countries.txt", "sectors.txt", "titles.txt", "people.txt", "orgs.txt", "verbs.txt", NULL};

int dy_lex_dict_version(const char *dir, char *buf, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  int got = 0;
  for (int i = 0; DICT_FILES[i]; i++) {
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", dir, DICT_FILES[i]);
    FILE *f = fopen(path, "rb");
    if (!f) continue;
    got++;
    h = (h ^ dy_hash64(DICT_FILES[i], strlen(DICT_FILES[i]))) * 1099511628211ULL;
    char block[65536];
    size_t k;
    while ((k = fread(block, 1, sizeof block, f)) > 0) h = (h ^ dy_hash64(block, k)) * 1099511628211ULL;
    fclose(f);
  }
  if (!got) return -1;
  snprintf(buf, n, "%016llx", (unsigned long long)h);
  return 0;
}

const char *dy_lex_version(const dy_lexicon *lx) { return lx->version; }

/* The words of the word lists are tokens of the lexicon too, with their classes by id. */
static void fw_intern(void *u, const char *w, size_t n, uint32_t cls) { (void)cls; tok_intern(u, w, n); }
static void fw_class(void *u, const char *w, size_t n, uint32_t cls) {
  dy_lexicon *lx = u;
  lx->fwclass[tok_find(lx, w, n)] = cls;
}
uint32_t dy_lex_fwclass(const dy_lexicon *lx, int32_t id) { return id >= 0 && (uint32_t)id < lx->nfwclass ? lx->fwclass[id] : 0; }

dy_lexicon *dy_lexicon_load(const char *dir, int *nerr, char *why, size_t nwhy) {
  return dy_lexicon_load_with(dir, NULL, 0, NULL, nerr, why, nwhy);
}

dy_lexicon *dy_lexicon_load_with(const char *dir, const char *const *dicts, int ndicts, dy_import_stats *st, int *nerr, char *why, size_t nwhy) {
  *nerr = 0;
  dy_lexicon *lx = dy_xcalloc(1, sizeof *lx);
  load_file(lx, dir, "wordclasses.txt", row_wclass, nerr, 1);
  load_irregulars(lx, dir);
  index_irregulars(lx);
  int got = 0;
  got += !load_file(lx, dir, "cameo.txt", row_cameo, nerr, 1);
  got += !load_file(lx, dir, "countries.txt", row_country, nerr, 1);
  got += !load_file(lx, dir, "sectors.txt", row_sector, nerr, 1);
  got += !load_file(lx, dir, "titles.txt", row_title, nerr, 1);
  got += !load_file(lx, dir, "people.txt", row_person, nerr, 1);
  got += !load_file(lx, dir, "orgs.txt", row_org, nerr, 1);
  got += !load_file(lx, dir, "verbs.txt", row_verb, nerr, 1);
  load_file(lx, dir, "ambiguous.txt", row_ambiguous, nerr, 0);
  if (!got) {
    snprintf(why, nwhy, "no dictionaries found in %s (set DYAD_DATA or --data)", dir);
    dy_lexicon_free(lx);
    return NULL;
  }
  if (dy_lex_dict_version(dir, lx->version, sizeof lx->version)) lx->version[0] = 0;
  qsort(lx->cameo.v, lx->cameo.n, sizeof(dy_cameo), cmp_cameo);
  for (uint32_t p = 0; p < lx->pats.n; p++) {
    if (!dy_lex_cameo(lx, lx->pats.v[p].code)) {
      char path[4096];
      snprintf(path, sizeof path, "%s/verbs.txt", dir);
      dy_warn(path, lx->pats.v[p].line, "CAMEO code %s is not in cameo.txt", lx->pats.v[p].code);
      (*nerr)++;
    }
  }
  /* the user's dictionaries in the field's formats, after dyad's own (whose entries they never displace) */
  lx->nown = lx->entries.n;
  lx->nown_pats = lx->pats.n;
  if (ndicts > 0) {
    dy_import_stats local;
    if (!st) st = &local;
    memset(st, 0, sizeof *st);
    dy_import *im = dy_import_begin(lx, dir, st, nerr);
    uint64_t h = 1469598103934665603ULL;
    for (int i = 0; i < ndicts; i++) h = (h ^ dy_import_file(im, dicts[i])) * 1099511628211ULL;
    dy_import_end(im);
    /* the version says which dictionaries coded: dyad's and the user's */
    char own[24];
    snprintf(own, sizeof own, "%s", lx->version);
    snprintf(lx->version, sizeof lx->version, "%.8s%08llx", own, (unsigned long long)(h >> 32 ^ (h & 0xffffffffULL)));
  }
  lx->wl = dy_wordlists_load(dir, nerr);
  dy_wordlists_each(lx->wl, fw_intern, lx);
  lx->nfwclass = lx->ntok;
  lx->fwclass = dy_xcalloc(lx->ntok + 1, sizeof *lx->fwclass);
  dy_wordlists_each(lx->wl, fw_class, lx);
  index_patterns(lx);
  index_orgs(lx);
  lx->nroot = lx->ntok;
  lx->root = dy_xreallocarray(NULL, lx->ntok + 1, sizeof *lx->root);
  for (uint32_t t = 0; t < lx->ntok; t++) lx->root[t] = edge_get(lx, 0, (int32_t)t);
  lx->gz_dir = dy_xstrdup(dir);
  pthread_mutex_init(&lx->gz_mu, NULL);
  index_misspelt(lx);
  lx->holders = dy_xcalloc(lx->titles.n + 1, sizeof *lx->holders);
  for (uint32_t p = 0; p < lx->people.n; p++)
    for (uint32_t i = 0; i < lx->people.v[p].roles.n; i++) {
      int32_t t = lx->people.v[p].roles.v[i].title;
      if (t < 0) continue;
      VPUSH(lx->holders[t], (int32_t)p);
      VPUSH(lx->holders[t], (int32_t)i);
    }
  return lx;
}

void dy_lex_attach(dy_lexicon *lx, void *models, void (*free_fn)(void *)) {
  if (lx->models && lx->models_free) lx->models_free(lx->models);
  lx->models = models;
  lx->models_free = free_fn;
}

const void *dy_lex_models(const dy_lexicon *lx) { return lx ? lx->models : NULL; }

void dy_lexicon_free(dy_lexicon *lx) {
  if (!lx) return;
  if (lx->models && lx->models_free) lx->models_free(lx->models);
  chunk *c = lx->arena;
  while (c) { chunk *n = c->next; free(c); c = n; }
  free(lx->tok); free(lx->wclass); free(lx->fwclass); dy_map_free(&lx->tok_ix); dy_map_free(&lx->edges); free(lx->root);
  free(lx->state_out.v); free(lx->entry_next.v); free(lx->entries.v);
  for (uint32_t i = 0; i < lx->people.n; i++) free(lx->people.v[i].roles.v);
  free(lx->people.v); free(lx->titles.v); free(lx->countries.v); free(lx->mis);
  free(lx->pats.v); free(lx->elems.v); free(lx->alts.v); free(lx->pat_first); free(lx->pat_list);
  free(lx->cameo.v); free(lx->irr_lemma); free(lx->irr_form);
  free(lx->irr_next); dy_map_free(&lx->irr_ix); dy_map_free(&lx->people_ix); dy_map_free(&lx->org_ix);
  for (uint32_t t = 0; lx->holders && t < lx->titles.n; t++) free(lx->holders[t].v);
  free(lx->holders);
  dy_wordlists_free(lx->wl);
  dy_gazetteer_free(lx->gz); free(lx->gz_tok); free(lx->gz_tokfl);
  free(lx->gz_dir);
  pthread_mutex_destroy(&lx->gz_mu);
  free(lx);
}

const dy_wordlists *dy_lex_wordlists(const dy_lexicon *lx) { return lx->wl; }

long dy_lex_count(const dy_lexicon *lx, const char *norm, size_t n) {
  if (!norm || !n) return 0;
  if (norm[0] >= '0' && norm[0] <= '9') {
    long v = 0;
    for (size_t i = 0; i < n; i++) {
      if (norm[i] < '0' || norm[i] > '9' || v > 100000) return 0;
      v = 10 * v + (norm[i] - '0');
    }
    return v;
  }
  const dy_fword *f = lx ? dy_fw_get(lx->wl, norm, n) : NULL;
  return f && (f->cls & DY_FW_NUM) && f->val >= 1 && f->val < 100000 ? (long)f->val : 0;
}
/* The lexicon is shared read-only by the threads; the gazetteer is its one
 * part filled in later, once, under the lock. */
const dy_gazetteer *dy_lex_gazetteer(const dy_lexicon *clx) {
  dy_lexicon *lx = (dy_lexicon *)clx;
  if (__atomic_load_n(&lx->gz_done, __ATOMIC_ACQUIRE)) return lx->gz;
  pthread_mutex_lock(&lx->gz_mu);
  if (!lx->gz_done) {
    lx->gz = dy_gazetteer_load(lx->gz_dir, &lx->gz_nerr);
    if (lx->gz) {
      lx->gz_tok = dy_xcalloc(lx->ntok + 1, sizeof *lx->gz_tok);
      lx->gz_tokfl = dy_xcalloc(lx->ntok + 1, 1);
      for (uint32_t t = 0; t < lx->ntok; t++) {
        const char *w = lx->tok[t];
        size_t n = 0;
        while (w[n] && ((w[n] >= 'a' && w[n] <= 'z') || (w[n] >= '0' && w[n] <= '9'))) n++;
        if (w[n] || !n || n > 200) continue;
        int fl;
        int32_t h = dy_gaz_first(lx->gz, w, n, &fl);
        lx->gz_tok[t] = h < 0 ? 1 : h + 2;
        lx->gz_tokfl[t] = (uint8_t)fl;
      }
    }
    __atomic_store_n(&lx->gz_done, 1, __ATOMIC_RELEASE);
  }
  pthread_mutex_unlock(&lx->gz_mu);
  return lx->gz;
}

int dy_lex_gaz_token(const dy_lexicon *lx, int32_t id, int32_t *head, int *flags) {
  if (id < 0 || !lx->gz_tok || (uint32_t)id >= lx->ntok || !lx->gz_tok[id]) return 0;
  *head = lx->gz_tok[id] - 2;
  *flags = lx->gz_tokfl[id];
  return 1;
}

int dy_lex_gazetteer_problems(const dy_lexicon *lx) {
  dy_lex_gazetteer(lx);
  return lx->gz_nerr;
}

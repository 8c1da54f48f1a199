/* text.c: UTF-8 repair and NFC (utf8proc), tokens with byte offsets, sentences. */
#include "text.h"
#include "../base.h"

#include <stdlib.h>
#include <string.h>
#include <utf8proc.h>

#define MAX_SENT_TOKENS 300

/* ---- normalisation ------------------------------------------------------- */

/* A code point that NFC leaves as it is wherever it stands: no canonical
 * decomposition, combining class 0, never the second of a composition
 * (Latin-1, the general punctuation past its two singletons). */
static int nfc_inert(utf8proc_int32_t cp) { return (cp >= 0xA0 && cp <= 0xFF) || (cp >= 0x2002 && cp <= 0x206F); }

/* utf8proc_NFC of s[0..n) (valid UTF-8, no NUL), made run by run: NFC
 * never reaches across an ASCII character (a starter that composes with
 * nothing before it, and that no mark is reordered over), so the text is
 * cut before each one; a piece that is ASCII, or ASCII and inert code
 * points, is copied, and only the others (a letter and its marks) go
 * through utf8proc. NULL when utf8proc fails. */
static char *nfc_runs(const char *s, size_t n, size_t *outn) {
  dy_buf out = {0};
  size_t i = 0;
  int bad = 0;
  while (i < n && !bad) {
    size_t j = i;
    while (j < n && (unsigned char)s[j] < 0x80) j++;
    if (j == n) { bad |= dy_buf_put(&out, s + i, n - i); break; }
    size_t a = j > i ? j - 1 : j, b = j; /* the piece: the ASCII character before the run, the run */
    int inert = 1;
    while (b < n && (unsigned char)s[b] >= 0x80) {
      utf8proc_int32_t cp;
      utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + b, (utf8proc_ssize_t)(n - b), &cp);
      if (k <= 0) { bad = 1; break; }
      if (!nfc_inert(cp)) inert = 0;
      b += (size_t)k;
    }
    if (bad) break;
    bad |= dy_buf_put(&out, s + i, (inert ? b : a) - i);
    if (!inert) {
      utf8proc_uint8_t *m = NULL;
      utf8proc_ssize_t mn = utf8proc_map((const utf8proc_uint8_t *)s + a, (utf8proc_ssize_t)(b - a), &m, UTF8PROC_STABLE | UTF8PROC_COMPOSE);
      if (mn < 0 || !m) bad = 1;
      else bad |= dy_buf_put(&out, m, (size_t)mn);
      free(m);
    }
    i = b;
  }
  if (bad) { dy_buf_free(&out); return NULL; }
  if (!out.p) out.p = dy_xcalloc(1, 1);
  *outn = out.n;
  return out.p;
}

char *dy_text_normalize(const char *in, size_t n, size_t *outn, size_t *nbad, long *first_bad) {
  *nbad = 0;
  *first_bad = -1;
  int ascii = 1;
  for (size_t i = 0; i < n; i++)
    if ((unsigned char)in[i] >= 0x80 || in[i] == '\r' || in[i] == 0) { ascii = 0; break; }
  if (ascii) {
    char *p = dy_xmalloc(n + 1);
    memcpy(p, in, n);
    p[n] = 0;
    *outn = n;
    return p;
  }
  /* Repair: copy valid sequences, replace invalid bytes with U+FFFD, drop
   * CR and NUL. Worst case each byte becomes 3. NFC is needed only when a
   * code point could change under it (a combining mark, a Hangul jamo or a
   * character excluded from composition): the quick check. */
  char *fix = dy_xmalloc(n * 3 + 1);
  size_t o = 0, i = 0;
  int need_nfc = 0;
  while (i < n) {
    /* eight bytes at a time while they are ASCII with no CR and no NUL */
    while (i + 8 <= n) {
      uint64_t v;
      memcpy(&v, in + i, 8);
      const uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL, cr = v ^ (ones * '\r');
      if ((v & highs) || ((v - ones) & ~v & highs) || ((cr - ones) & ~cr & highs)) break;
      memcpy(fix + o, &v, 8);
      o += 8;
      i += 8;
    }
    if (i >= n) break;
    unsigned char c = (unsigned char)in[i];
    if (c < 0x80) {
      if (c != '\r' && c != 0) fix[o++] = (char)c;
      else if (c == '\r' && (i + 1 >= n || in[i + 1] != '\n')) fix[o++] = '\n';
      i++;
      continue;
    }
    utf8proc_int32_t cp;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)in + i, (utf8proc_ssize_t)(n - i), &cp);
    if (k < 0) {
      if (*first_bad < 0) *first_bad = (long)i;
      (*nbad)++;
      memcpy(fix + o, "\xEF\xBF\xBD", 3);
      o += 3;
      i++;
    } else {
      if (cp == 0xA0) fix[o++] = ' '; /* no-break space: an ordinary space */
      else { memcpy(fix + o, in + i, (size_t)k); o += (size_t)k; }
      if (!need_nfc && cp >= 0x300) {
        const utf8proc_property_t *pr = utf8proc_get_property(cp);
        need_nfc = pr->combining_class != 0 || pr->comp_exclusion || (cp >= 0x1100 && cp <= 0x11FF);
        /* a character with a canonical decomposition may be a singleton
         * (U+212B ANGSTROM SIGN is U+00C5): let NFC decide */
        if (pr->decomp_type == 0 && pr->decomp_seqindex != UINT16_MAX) need_nfc = 1;
      }
      i += (size_t)k;
    }
  }
  fix[o] = 0;
  if (!need_nfc) { *outn = o; return fix; }
  char *nfc = nfc_runs(fix, o, outn);
  if (!nfc) { *outn = o; return fix; }
  free(fix);
  return nfc;
}

int dy_text_prepare(dy_doc *d) {
  size_t n, nbad;
  long first_bad;
  char *t = dy_text_normalize(d->text ? d->text : "", d->len, &n, &nbad, &first_bad);
  if (!t) return -1;
  if (nbad)
    dy_warn(d->path, d->line, "invalid UTF-8 in the article's text at byte %ld of it (%zu bytes replaced by U+FFFD)", first_bad, nbad);
  dy_doc_set_text(d, t, n);
  /* the metadata the reader took as it was: valid UTF-8 too */
  char **meta[] = {&d->title, &d->source, &d->url, &d->date_line};
  for (int k = 0; k < 4; k++) {
    if (!*meta[k]) continue;
    size_t mn, mbad;
    long mfirst;
    char *m = dy_text_normalize(*meta[k], strlen(*meta[k]), &mn, &mbad, &mfirst);
    if (!m) return -1;
    free(*meta[k]);
    *meta[k] = m;
  }
  uint64_t h = 1469598103934665603ULL;
  int space = 0, any = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == '\n' || c == '\t') { space = any; continue; }
    if (space) { h ^= ' '; h *= 1099511628211ULL; space = 0; }
    if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    h ^= c;
    h *= 1099511628211ULL;
    any = 1;
  }
  d->hash = h;
  if (!d->id) {
    char id[24];
    snprintf(id, sizeof id, "%016llx", (unsigned long long)h);
    if (dy_doc_set_str(&d->id, id, strlen(id))) return -1;
  }
  return 0;
}

/* ---- character classes ----------------------------------------------------- */

enum { C_PUNCT = 0, C_SPACE, C_WORD, C_APOS, C_NL };

/* Classifies the character at s[i]; *clen gets its length, *cp the code point. */
static const unsigned char ASCII_CLASS[128] = {
  ['\n'] = C_NL, [' '] = C_SPACE, ['\t'] = C_SPACE, ['\f'] = C_SPACE, ['\v'] = C_SPACE, ['\r'] = C_SPACE,
  ['a' ... 'z'] = C_WORD, ['A' ... 'Z'] = C_WORD, ['0' ... '9'] = C_WORD, ['_'] = C_WORD, ['\''] = C_APOS,
};

static inline int cclass(const char *s, size_t n, size_t i, size_t *clen, int32_t *cp) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) {
    *clen = 1;
    *cp = c;
    return ASCII_CLASS[c];
  }
  utf8proc_int32_t u;
  utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &u);
  if (k <= 0) { *clen = 1; *cp = 0xFFFD; return C_PUNCT; }
  *clen = (size_t)k;
  *cp = u;
  if (u == 0x2019 || u == 0x2018) return C_APOS;
  switch (utf8proc_category(u)) {
  case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
  case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_MN:
  case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL:
  case UTF8PROC_CATEGORY_NO:
    return C_WORD;
  case UTF8PROC_CATEGORY_ZS: return C_SPACE;
  case UTF8PROC_CATEGORY_ZL: case UTF8PROC_CATEGORY_ZP: return C_NL;
  default: return C_PUNCT;
  }
}

static int is_upper_at(const char *s, size_t n, size_t i) {
  unsigned char c = (unsigned char)s[i];
  if (c < 0x80) return c >= 'A' && c <= 'Z';
  utf8proc_int32_t u;
  if (utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &u) <= 0) return 0;
  return utf8proc_category(u) == UTF8PROC_CATEGORY_LU;
}

/* Abbreviations whose period belongs to the word (lower case, no period). */
static const char *const ABBREV[] = {
  "mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "gov", "sen", "rep",
  "st", "prof", "rev", "jr", "sr", "inc", "co", "corp", "ltd", "vs", "etc", "jan", "feb",
  "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mt", "ft", "brig", "cmdr",
  "cdr", "pres", "hon", "dept", "est", "approx", "fig", "al", "lieut", "gens", "messrs", "vol", "pp",
  "sq", "av", "ave", "blvd", "mln", "bln", NULL};

static int is_abbrev(const char *s, size_t n) {
  if (n == 0 || n > 6) return 0;
  char low[8];
  for (size_t i = 0; i < n; i++) low[i] = (char)((s[i] >= 'A' && s[i] <= 'Z') ? s[i] + 32 : s[i]);
  low[n] = 0;
  for (int i = 0; ABBREV[i]; i++)
    if (ABBREV[i][0] == low[0] && strcmp(ABBREV[i], low) == 0) return 1;
  return 0;
}

static int ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
static int ascii_digit(char c) { return c >= '0' && c <= '9'; }

/* Finds the next token at or after *pos. Sets [*ts, *te), *flags, and *nl
 * to the number of newlines skipped before it. Returns 0 at the end. */
static int next_token(const char *s, size_t n, size_t *pos, size_t *ts, size_t *te, unsigned *flags, int *nl) {
  size_t i = *pos, clen;
  int32_t cp;
  *nl = 0;
  int cls = C_SPACE;
  while (i < n) {
    cls = cclass(s, n, i, &clen, &cp);
    if (cls == C_NL) (*nl)++;
    else if (cls != C_SPACE) break;
    i += clen;
  }
  if (i >= n) { *pos = n; return 0; }
  *ts = i;
  *flags = 0;
  if (cls == C_APOS) {
    /* possessive 's / ’s, or a bare possessive ' after a plural */
    size_t j = i + clen;
    if (j < n && (s[j] == 's' || s[j] == 'S') && (j + 1 >= n || cclass(s, n, j + 1, &clen, &cp) != C_WORD)) {
      *te = j + 1;
      *flags = DY_TOK_POSS;
    } else {
      *te = j;
      *flags = DY_TOK_PUNCT;
      if (i > 0 && (s[i - 1] == 's' || s[i - 1] == 'S') && !(j < n && cclass(s, n, j, &clen, &cp) == C_WORD))
        *flags = DY_TOK_POSS;
    }
    *pos = *te;
    return 1;
  }
  if (cls == C_PUNCT) {
    *te = i + clen;
    *flags = DY_TOK_PUNCT;
    *pos = *te;
    return 1;
  }
  /* a word */
  size_t j = i;
  int dotted = 0;
  while (j < n) {
    int c = cclass(s, n, j, &clen, &cp);
    if (c == C_WORD) { j += clen; continue; }
    if (c == C_APOS) {
      /* split 's and n't; keep inner apostrophes (Shi'a, O'Brien) */
      size_t k = j + clen;
      if (k < n && (s[k] == 's' || s[k] == 'S') && (k + 1 >= n || cclass(s, n, k + 1, &clen, &cp) != C_WORD)) break;
      if (k < n && (s[k] == 't' || s[k] == 'T') && j > i && (s[j - 1] == 'n' || s[j - 1] == 'N') &&
          (k + 1 >= n || cclass(s, n, k + 1, &clen, &cp) != C_WORD)) {
        j--; /* n't is its own token */
        break;
      }
      if (k < n && cclass(s, n, k, &clen, &cp) == C_WORD) { j = k; continue; }
      break;
    }
    if (s[j] == '.' || s[j] == ',') {
      /* decimals and thousands: 3.5, 10,000 */
      if (j > i && ascii_digit(s[j - 1]) && j + 1 < n && ascii_digit(s[j + 1])) { j++; continue; }
      /* dotted acronyms: U.S., U.N., e.g. */
      if (s[j] == '.' && j + 1 < n && ascii_alpha(s[j + 1]) && j - i <= 2 && (j + 2 >= n || !ascii_alpha(s[j + 2]) || s[j + 2] == '.')) {
        dotted = 1;
        j++;
        continue;
      }
      if (s[j] == '.' && dotted) { j++; dotted = 2; break; }
    }
    break;
  }
  if (j == i) j = i + 1; /* cannot happen, but never loop */
  /* n't: the word is exactly "n't" */
  if (j + 3 <= n && (s[j] == 'n' || s[j] == 'N') && j == i) j = i + 1;
  if (dotted == 1 && j < n && s[j] == '.') { j++; dotted = 2; }
  if (dotted == 2) *flags |= DY_TOK_ABBR;
  else if (j < n && s[j] == '.' && (is_abbrev(s + i, j - i) || (j - i == 1 && is_upper_at(s, n, i)))) {
    j++;
    *flags |= DY_TOK_ABBR;
  }
  *te = j;
  *pos = j;
  if (ascii_digit(s[i])) *flags |= DY_TOK_DIGIT;
  if (is_upper_at(s, n, i)) {
    *flags |= DY_TOK_UPPER;
    int allcaps = 1, letters = 0;
    for (size_t k = i; k < j; k += clen) {
      int c = cclass(s, n, k, &clen, &cp);
      if (c != C_WORD) continue;
      if (cp < 0x80 ? ascii_alpha((char)cp) : utf8proc_category(cp) <= UTF8PROC_CATEGORY_LO) {
        letters++;
        if (!(cp < 0x80 ? (cp >= 'A' && cp <= 'Z') : utf8proc_category(cp) == UTF8PROC_CATEGORY_LU)) { allcaps = 0; break; }
      }
    }
    if (allcaps && letters) *flags |= DY_TOK_ALLCAPS;
  }
  return 1;
}

/* Handles the "n't" token the word loop leaves: when the text at i is
 * "n't" / "n’t", returns its end, else 0. */
static size_t nt_token(const char *s, size_t n, size_t i) {
  if (i + 3 <= n && (s[i] == 'n' || s[i] == 'N') && s[i + 1] == '\'' && (s[i + 2] == 't' || s[i + 2] == 'T')) return i + 3;
  if (i + 5 <= n && (s[i] == 'n' || s[i] == 'N') && memcmp(s + i + 1, "\xE2\x80\x99", 3) == 0 && (s[i + 4] == 't' || s[i + 4] == 'T')) return i + 5;
  return 0;
}

/* Appends the lower-cased form of s[0..n) to b: ASCII fast, others through
 * utf8proc; curly quotes become straight ones. */
static int lower_into(dy_buf *b, const char *s, size_t n) {
  if (dy_buf_reserve(b, n * 2 + 8)) return -1;
  size_t i = 0;
  while (i < n) {
    unsigned char c = (unsigned char)s[i];
    if (c < 0x80) {
      /* a run of ASCII, with the buffer's end in a local (a char store may alias b->n) */
      char *p = b->p;
      size_t o = b->n;
      do {
        p[o++] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
        i++;
      } while (i < n && (c = (unsigned char)s[i]) < 0x80);
      b->n = o;
      continue;
    }
    utf8proc_int32_t u;
    utf8proc_ssize_t k = utf8proc_iterate((const utf8proc_uint8_t *)s + i, (utf8proc_ssize_t)(n - i), &u);
    if (k <= 0) { i++; continue; }
    if (u == 0x2019 || u == 0x2018) u = '\'';
    else if (u == 0x201C || u == 0x201D) u = '"';
    else if (u == 0x2013 || u == 0x2014) u = '-';
    else u = utf8proc_tolower(u);
    if (dy_buf_reserve(b, 4)) return -1;
    b->n += (size_t)utf8proc_encode_char(u, (utf8proc_uint8_t *)b->p + b->n);
    i += (size_t)k;
  }
  b->p[b->n] = 0;
  return 0;
}

/* Calls cb for each token of s[0..n) with its lower-cased form. */
static int tokenize(const char *s, size_t n, int (*cb)(void *u, size_t ts, size_t te, const char *norm, size_t nlen, unsigned flags, int nl), void *u) {
  size_t pos = 0, ts, te;
  unsigned flags;
  int nl;
  dy_buf low = {0};
  if (dy_buf_reserve(&low, 64)) return -1;
  while (pos < n) {
    size_t e = nt_token(s, n, pos);
    if (e && pos > 0 && cclass(s, n, pos - 1, &(size_t){0}, &(int32_t){0}) == C_WORD) {
      ts = pos; te = e; flags = 0; nl = 0; pos = e;
    } else if (!next_token(s, n, &pos, &ts, &te, &flags, &nl)) break;
    low.n = 0;
    if (lower_into(&low, s + ts, te - ts)) { dy_buf_free(&low); return -1; }
    if (cb(u, ts, te, low.p, low.n, flags, nl)) { dy_buf_free(&low); return -1; }
  }
  dy_buf_free(&low);
  return 0;
}

/* ---- segmentation into tokens and sentences ---------------------------------- */

typedef struct {
  dy_doc *d;
  dy_buf norm;
  uint32_t sent_tok0;
  uint32_t para;
  int pending_nl;
} seg_state;

static int seg_push_tok(void *u, size_t ts, size_t te, const char *norm, size_t nlen, unsigned flags, int nl) {
  seg_state *st = u;
  /* re-prefix: "agreed to re-establish diplomatic relations": a word with
   * the prefix "re-" is the word itself to the parse and the verb patterns
   * (one token, normalised without the prefix; its span keeps the text) */
  uint32_t nt = st->d->ntoks;
  if (nt >= st->sent_tok0 + 2 && nlen > 1 && norm[0] >= 'a' && norm[0] <= 'z') {
    const dy_tok *h = &st->d->toks[nt - 1], *r = &st->d->toks[nt - 2];
    if (h->end == ts && r->end == h->start && !strcmp(st->norm.p + h->norm, "-") && !strcmp(st->norm.p + r->norm, "re") &&
        (nt < 3 || st->d->toks[nt - 3].end < r->start)) {
      ts = r->start;
      flags = r->flags & 0x7fff;
      nl = (r->flags & 0x8000) != 0;
      st->norm.n = r->norm;
      st->d->ntoks = nt - 2;
    }
  }
  dy_tok *t = dy_doc_push_tok(st->d);
  if (!t) return -1;
  t->start = (uint32_t)ts;
  t->end = (uint32_t)te;
  t->norm = (uint32_t)st->norm.n;
  t->nlen = (uint16_t)(nlen > 65535 ? 65535 : nlen);
  t->flags = (uint16_t)(flags | (nl ? 0x8000 : 0)); /* 0x8000: a newline came before */
  if (dy_buf_reserve(&st->norm, nlen + 1)) return -1;
  memcpy(st->norm.p + st->norm.n, norm, nlen + 1); /* with its NUL */
  st->norm.n += nlen + 1;
  return 0;
}

/* Words that, capitalised after a dotted acronym such as "U.S.", start a new sentence. */
static int sentence_starter(const char *w) {
  static const char *const W[] = {"the", "it", "he", "she", "they", "we", "i", "in", "on", "but", "a", "an", "this",
    "that", "these", "those", "however", "meanwhile", "its", "his", "her", "their", "there", "after", "before",
    "officials", "both", "while", "as", "at", "for", "if", "when", "since", "also", NULL};
  for (int i = 0; W[i]; i++)
    if (strcmp(W[i], w) == 0) return 1;
  return 0;
}

static int is_close(const char *w) {
  return strcmp(w, "\"") == 0 || strcmp(w, "'") == 0 || strcmp(w, ")") == 0 || strcmp(w, "]") == 0;
}

static int is_dash(const dy_doc *d, uint32_t i) {
  const char *w = dy_tok_norm(d, &d->toks[i]);
  return !strcmp(w, "-") || !strcmp(w, "--") || !strcmp(w, "\xE2\x80\x94") || !strcmp(w, "\xE2\x80\x93");
}

/* A dateline ("ISLAMABAD, Jan. 29 (Reuters) -", "BUENOS AIRES -- "): a
 * first word in capitals of three letters or more, then within 14 tokens
 * a dash with a space before it. Returns the first token after it (after
 * the dashes), tok0 when there is none. */
/* Is text [a, b) a time of day, "14.53" or "9:05"? */
static int clock_time(const char *s, size_t n) {
  if (n < 4 || n > 5) return 0;
  size_t h = n - 3;
  if (s[h] != '.' && s[h] != ':') return 0;
  for (size_t i = 0; i < n; i++)
    if (i != h && (s[i] < '0' || s[i] > '9')) return 0;
  int hh = h == 1 ? s[0] - '0' : (s[0] - '0') * 10 + (s[1] - '0'), mm = (s[h + 1] - '0') * 10 + (s[h + 2] - '0');
  return hh < 24 && mm < 60;
}

/* rule dateline-credit: a dateline in title case whose place is followed
 * (after a date, at most) by an agency's credit in parentheses and a dash
 * ("Port-au-Prince, June 25 (AP) -", "Nairobi (AFP) -"): the first token
 * after the dash, else tok0. */
static uint32_t credit_dateline(const dy_doc *d, uint32_t tok0, uint32_t tok1) {
  if (!(d->toks[tok0].flags & DY_TOK_UPPER)) return tok0;
  for (uint32_t i = tok0 + 2; i < tok1 && i < tok0 + 14; i++) {
    if (!is_dash(d, i) || d->toks[i].start <= d->toks[i - 1].end) continue;
    if (strcmp(dy_tok_norm(d, &d->toks[i - 1]), ")")) return tok0;
    uint32_t o = i - 1;
    while (o > tok0 && o + 5 > i && strcmp(dy_tok_norm(d, &d->toks[o]), "(")) o--;
    if (o <= tok0 || strcmp(dy_tok_norm(d, &d->toks[o]), "(") || o + 2 > i - 1 || !(d->toks[o + 1].flags & DY_TOK_UPPER)) return tok0;
    while (i < tok1 && is_dash(d, i)) i++;
    return i < tok1 ? i : tok0;
  }
  return tok0;
}

static uint32_t dateline_end(const dy_doc *d, uint32_t tok0, uint32_t tok1) {
  /* rule timestamp: a live report's entry opens with its time of day
   * ("14.53 These latest images ..."): no part of the sentence */
  if (tok0 + 3 < tok1 && (d->toks[tok0 + 1].flags & DY_TOK_UPPER)) {
    const dy_tok *t = &d->toks[tok0];
    if (clock_time(d->text + t->start, t->end - t->start)) return tok0 + 1;
  }
  /* (the first word with its hyphenated parts: "AL-ULA") */
  uint32_t w1 = tok0;
  while (w1 + 2 < tok1 && is_dash(d, w1 + 1) && d->toks[w1 + 1].start == d->toks[w1].end && d->toks[w1 + 2].start == d->toks[w1 + 1].end &&
         (d->toks[w1 + 2].flags & DY_TOK_ALLCAPS))
    w1 += 2;
  if (!(d->toks[tok0].flags & DY_TOK_ALLCAPS) || d->toks[w1].end - d->toks[tok0].start < 3) return credit_dateline(d, tok0, tok1);
  int word = 1; /* still in the first word: "PORT-AU-PRINCE" */
  int comma = 0; /* past the place's comma */
  for (uint32_t i = tok0 + 1; i < tok1 && i < tok0 + 14; i++) {
    if (d->toks[i].start > d->toks[i - 1].end) word = 0;
    if (!strcmp(dy_tok_norm(d, &d->toks[i]), ",")) comma = 1;
    if (is_dash(d, i)) {
      /* rule dateline-hyphen: a hyphen inside the capitalised first word
       * ("PORT-AU-PRINCE, June 25 (AP) -") is part of the place's name */
      if (word && i + 1 < tok1 && d->toks[i + 1].start == d->toks[i].end && (d->toks[i + 1].flags & DY_TOK_ALLCAPS)) continue;
      /* ... and so is one inside the country's name after the place's comma
       * ("SARAJEVO, Bosnia-Herzegovina (AP) -", "BISSAU, Guinea-Bissau") */
      if (comma && i + 1 < tok1 && d->toks[i].start == d->toks[i - 1].end && d->toks[i + 1].start == d->toks[i].end &&
          (d->toks[i - 1].flags & DY_TOK_UPPER) && (d->toks[i + 1].flags & DY_TOK_UPPER))
        continue;
      if (d->toks[i].start <= d->toks[i - 1].end) return tok0;
      while (i < tok1 && is_dash(d, i)) i++;
      return i < tok1 ? i : tok0;
    }
  }
  return tok0;
}

static int close_sent(dy_doc *d, uint32_t tok0, uint32_t tok1, uint32_t para) {
  if (tok1 <= tok0) return 0;
  dy_sent *s = dy_doc_push_sent(d);
  if (!s) return -1;
  s->tok0 = tok0;
  s->tok1 = tok1;
  s->start = d->toks[tok0].start;
  s->end = d->toks[tok1 - 1].end;
  s->para = para;
  s->body0 = dateline_end(d, tok0, tok1);
  return 0;
}

int dy_text_segment(dy_doc *d) {
  seg_state st = {.d = d};
  d->ntoks = d->nsents = 0;
  if (tokenize(d->text, d->len, seg_push_tok, &st)) { dy_buf_free(&st.norm); return -1; }
  free(d->norm);
  d->norm = st.norm.p ? st.norm.p : dy_xcalloc(1, 1);
  d->norm_len = st.norm.n;
  uint32_t tok0 = 0, para = 0;
  for (uint32_t i = 0; i < d->ntoks; i++) {
    dy_tok *t = &d->toks[i];
    if ((t->flags & 0x8000) && i > tok0) {
      if (close_sent(d, tok0, i, para)) return -1;
      tok0 = i;
    }
    if (t->flags & 0x8000) para++;
    t->flags &= 0x7fff;
    const char *w = dy_tok_norm(d, t);
    int end = 0;
    uint32_t j = i + 1;
    if ((t->flags & DY_TOK_PUNCT) && (strcmp(w, ".") == 0 || strcmp(w, "!") == 0 || strcmp(w, "?") == 0 || strcmp(w, "\xE2\x80\xA6") == 0)) {
      while (j < d->ntoks && is_close(dy_tok_norm(d, &d->toks[j])) && d->toks[j].start == d->toks[j - 1].end) j++;
      if (j >= d->ntoks || (d->toks[j].flags & (DY_TOK_UPPER | DY_TOK_DIGIT | 0x8000)) ||
          (d->toks[j].flags & DY_TOK_PUNCT))
        end = 1;
    } else if ((t->flags & DY_TOK_ABBR) && t->end - t->start > 2 && memchr(w + 1, '.', t->nlen - 2) && j < d->ntoks &&
               (d->toks[j].flags & DY_TOK_UPPER) && sentence_starter(dy_tok_norm(d, &d->toks[j]))) {
      end = 1;
    }
    if (!end && i + 1 - tok0 >= MAX_SENT_TOKENS) { end = 1; j = i + 1; }
    if (end) {
      if (close_sent(d, tok0, j, para)) return -1;
      tok0 = j;
      /* tokens between i+1 and j were closing quotes, already in the sentence */
      for (uint32_t k = i + 1; k < j && k < d->ntoks; k++) d->toks[k].flags &= 0x7fff;
      i = j - 1;
    }
  }
  if (close_sent(d, tok0, d->ntoks, para)) return -1;
  return 0;
}

typedef struct {
  void (*cb)(void *u, const char *norm, size_t nlen, unsigned flags, const char *orig, size_t olen);
  void *u;
  const char *s;
} tok_fwd;

static int fwd_tok(void *u, size_t ts, size_t te, const char *norm, size_t nlen, unsigned flags, int nl) {
  tok_fwd *f = u;
  f->cb(f->u, norm, nlen, flags, f->s + ts, te - ts);
  return 0;
}

int dy_text_tokens(const char *s, size_t n,
                   void (*cb)(void *u, const char *norm, size_t nlen, unsigned flags, const char *orig, size_t olen),
                   void *u) {
  tok_fwd f = {cb, u, s};
  return tokenize(s, n, fwd_tok, &f);
}

uint16_t dy_text_case_sig(const char *w, size_t n) {
  uint16_t sig = 0;
  int lower = 0, inner_upper = 0;
  for (size_t i = 0; i < n && i < 15; i++) {
    if (w[i] >= 'A' && w[i] <= 'Z') {
      sig |= (uint16_t)(1u << i);
      if (i > 0) inner_upper = 1;
    } else if (w[i] >= 'a' && w[i] <= 'z') lower = 1;
  }
  return lower && inner_upper ? (uint16_t)(sig | 0x8000) : 0;
}

/* html.c: main text and metadata of news pages, and items of RSS/Atom feeds, on libxml2. */
#include "html.h"
#include "../base.h"

#include <errno.h>
#include <iconv.h>
#include <limits.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jansson.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

/* ------------------------------------------------------------------------ */
/* Small utilities                                                           */
/* ------------------------------------------------------------------------ */

#define SB_MAX ((size_t)1 << 30) /* hard cap of any buffer we grow */
#define META_MAX 2048            /* longest metadata string kept, bytes */
#define ATTR_SCAN 256            /* bytes of class/id examined */

/* The byte buffer of base.h with a hard cap of SB_MAX: past it the buffer
 * is full and drops further writes, so callers check once at the end. */
typedef dy_buf sbuf;

/* Makes room for add more bytes plus a NUL; 0 on success. */
static int sb_grow(sbuf *b, size_t add) {
  if (!b->max) b->max = SB_MAX - 1;
  return dy_buf_reserve(b, add);
}

static void sb_put(sbuf *b, const char *s, size_t n) {
  if (!b->max) b->max = SB_MAX - 1;
  if (n) dy_buf_put(b, s, n);
}

static void sb_putc(sbuf *b, char c) { sb_put(b, &c, 1); }

/* Appends code point cp as UTF-8. */
static void sb_cp(sbuf *b, unsigned cp) {
  char t[4];
  if (cp < 0x80) { t[0] = (char)cp; sb_put(b, t, 1); }
  else if (cp < 0x800) { t[0] = (char)(0xC0 | cp >> 6); t[1] = (char)(0x80 | (cp & 63)); sb_put(b, t, 2); }
  else if (cp < 0x10000) {
    t[0] = (char)(0xE0 | cp >> 12); t[1] = (char)(0x80 | ((cp >> 6) & 63));
    t[2] = (char)(0x80 | (cp & 63)); sb_put(b, t, 3);
  } else {
    t[0] = (char)(0xF0 | cp >> 18); t[1] = (char)(0x80 | ((cp >> 12) & 63));
    t[2] = (char)(0x80 | ((cp >> 6) & 63)); t[3] = (char)(0x80 | (cp & 63)); sb_put(b, t, 4);
  }
}

/* Returns the buffer's string (never NULL unless OOM) and resets b. */
static char *sb_take(sbuf *b) {
  int full = b->full;
  char *p = dy_buf_take(b, NULL);
  return p || full ? p : dy_xcalloc(1, 1);
}

static void sb_free(sbuf *b) { dy_buf_free(b); }

static void set_err(char *err, size_t errn, const char *fmt, ...) {
  if (!err || errn == 0) return;
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(err, errn, fmt, ap);
  va_end(ap);
}

static int lc(int c) { return c >= 'A' && c <= 'Z' ? c + 32 : c; }

/* Case-insensitive search of needle (lower case) in hay[0..n). */
static const char *find_ci(const char *hay, size_t n, const char *needle) {
  size_t m = strlen(needle);
  if (m == 0 || m > n) return m == 0 ? hay : NULL;
  for (size_t i = 0; i + m <= n; i++) {
    if (lc((unsigned char)hay[i]) != needle[0]) continue;
    size_t k = 1;
    while (k < m && lc((unsigned char)hay[i + k]) == needle[k]) k++;
    if (k == m) return hay + i;
  }
  return NULL;
}

static int eq_ci(const char *a, const char *b) {
  if (!a || !b) return 0;
  while (*a && *b && lc((unsigned char)*a) == lc((unsigned char)*b)) a++, b++;
  return *a == 0 && *b == 0;
}

static int is_ws(int c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

/* ------------------------------------------------------------------------ */
/* Character sets                                                            */
/* ------------------------------------------------------------------------ */

static const unsigned short cp1252_hi[32] = {
    0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD, 0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

/* Length of the well-formed UTF-8 sequence at s[0..n), 0 when ill-formed. */
static size_t u8_len(const unsigned char *s, size_t n) {
  unsigned c = s[0];
  if (c < 0x80) return 1;
  if (c < 0xC2 || c > 0xF4) return 0;
  if (c < 0xE0) return n >= 2 && (s[1] & 0xC0) == 0x80 ? 2 : 0;
  if (c < 0xF0) {
    if (n < 3 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80) return 0;
    if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] >= 0xA0)) return 0;
    return 3;
  }
  if (n < 4 || (s[1] & 0xC0) != 0x80 || (s[2] & 0xC0) != 0x80 || (s[3] & 0xC0) != 0x80) return 0;
  if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] >= 0x90)) return 0;
  return 4;
}

static unsigned u8_decode(const unsigned char *s, size_t len) {
  if (len == 1) return s[0];
  if (len == 2) return (s[0] & 31u) << 6 | (s[1] & 63u);
  if (len == 3) return (s[0] & 15u) << 12 | (s[1] & 63u) << 6 | (s[2] & 63u);
  return (s[0] & 7u) << 18 | (s[1] & 63u) << 12 | (s[2] & 63u) << 6 | (s[3] & 63u);
}

/* 1 if s[0..n) is entirely well-formed UTF-8; *multi counts multibyte chars. */
static int u8_valid(const unsigned char *s, size_t n, size_t *multi) {
  size_t i = 0, m = 0;
  while (i < n) {
    if (s[i] < 0x80) { i++; continue; }
    size_t l = u8_len(s + i, n - i);
    if (!l) { if (multi) *multi = m; return 0; }
    m++;
    i += l;
  }
  if (multi) *multi = m;
  return 1;
}

/* Code point that the parser may safely see for cp: C0 controls other than
 * tab/newline/return become spaces, C1 controls are read as windows-1252
 * (what the bytes meant), non-characters become U+FFFD. */
static unsigned clean_cp(unsigned cp) {
  if (cp < 0x20) return cp == '\t' || cp == '\n' || cp == '\r' ? cp : ' ';
  if (cp >= 0x80 && cp < 0xA0) return cp1252_hi[cp - 0x80];
  if (cp == 0xFFFE || cp == 0xFFFF) return 0xFFFD;
  return cp;
}

/* Re-encodes s[0..n) as clean UTF-8: well-formed UTF-8 sequences are kept
 * (unless all_1252), every other byte is read as windows-1252. */
static void to_clean_utf8(sbuf *o, const unsigned char *s, size_t n, int all_1252) {
  size_t i = 0;
  if (sb_grow(o, n + n / 8 + 16)) return;
  while (i < n && !o->full) {
    size_t run = i;
    while (run < n && s[run] >= 0x20 && s[run] < 0x7F) run++; /* fast path */
    if (run > i) { sb_put(o, (const char *)s + i, run - i); i = run; continue; }
    unsigned c = s[i];
    if (c < 0x80) { sb_cp(o, clean_cp(c)); i++; continue; }
    size_t l = all_1252 ? 0 : u8_len(s + i, n - i);
    if (l) {
      unsigned cp = u8_decode(s + i, l), cc = clean_cp(cp);
      if (cc == cp) sb_put(o, (const char *)s + i, l);
      else sb_cp(o, cc);
      i += l;
    } else {
      sb_cp(o, c < 0xA0 ? cp1252_hi[c - 0x80] : c);
      i++;
    }
  }
}

/* Finds the charset declared in the first bytes of a page or feed (meta
 * charset, http-equiv content type, XML declaration) and copies its name,
 * lower-cased, to out. Returns 1 when found. */
static int find_charset(const char *s, size_t n, char *out, size_t outn) {
  if (n > 32768) n = 32768;
  const char *end = s + n, *p = s;
  /* XML declaration at the very start */
  if (n > 5 && memcmp(s, "<?xml", 5) == 0) {
    const char *q = memchr(s, '>', n);
    const char *e = q ? find_ci(s, (size_t)(q - s), "encoding") : NULL;
    if (e) { p = e + 8; goto value; }
  }
  while (p < end) {
    const char *c = find_ci(p, (size_t)(end - p), "charset");
    if (!c) return 0;
    /* must sit inside a <meta ...> tag */
    const char *lt = c, *stop = c - s > 1024 ? c - 1024 : s;
    while (lt > stop && *lt != '<' && *lt != '>') lt--;
    p = c + 7;
    if (*lt != '<' || (size_t)(end - lt) < 5 || !find_ci(lt, 5, "<meta")) continue;
  value:
    while (p < end && is_ws((unsigned char)*p)) p++;
    if (p >= end || *p != '=') continue;
    p++;
    while (p < end && (is_ws((unsigned char)*p) || *p == '"' || *p == '\'')) p++;
    size_t k = 0;
    while (p < end && k + 1 < outn &&
           ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
            *p == '-' || *p == '_' || *p == '.' || *p == ':'))
      out[k++] = (char)lc((unsigned char)*p++);
    out[k] = 0;
    if (k) return 1;
  }
  return 0;
}

/* Name iconv knows for a declared charset, or NULL for the cases handled
 * here: "utf-8" for UTF-8 and Unicode labels, "1252" for the Latin-1 family. */
static const char *charset_alias(const char *cs) {
  static const char *const utf8[] = {"utf-8", "utf8", "unicode-1-1-utf-8", "utf-16", "utf-16le",
                                     "utf-16be", "unicode", "ucs-2", "x-unicode20utf8", NULL};
  static const char *const latin[] = {"iso-8859-1", "iso8859-1", "iso_8859-1", "latin1", "latin-1",
                                      "l1", "us-ascii", "ascii", "windows-1252", "cp1252",
                                      "x-cp1252", "ansi_x3.4-1968", "iso-ir-100", "cp819",
                                      "ibm819", "csisolatin1", "iso_8859-1:1987", NULL};
  static const char *const map[][2] = {
      {"gb2312", "GB18030"}, {"gbk", "GB18030"}, {"x-gbk", "GB18030"}, {"gb_2312-80", "GB18030"},
      {"chinese", "GB18030"}, {"shift_jis", "CP932"}, {"shift-jis", "CP932"}, {"sjis", "CP932"},
      {"x-sjis", "CP932"}, {"ms_kanji", "CP932"}, {"windows-31j", "CP932"}, {"euc-kr", "CP949"},
      {"ks_c_5601-1987", "CP949"}, {"big5", "BIG5-HKSCS"}, {"iso-8859-9", "WINDOWS-1254"},
      {"tis-620", "WINDOWS-874"}, {"iso-8859-11", "WINDOWS-874"}, {NULL, NULL}};
  for (int i = 0; utf8[i]; i++) if (!strcmp(cs, utf8[i])) return "utf-8";
  for (int i = 0; latin[i]; i++) if (!strcmp(cs, latin[i])) return "1252";
  for (int i = 0; map[i][0]; i++) if (!strcmp(cs, map[i][0])) return map[i][1];
  return cs;
}

/* Converts s[0..n) from charset cs to UTF-8 with iconv into o, strictly:
 * returns -1 when iconv does not know cs or the bytes are invalid for it
 * (an incomplete character at the very end is dropped). */
static int iconv_utf8(sbuf *o, const char *cs, const char *s, size_t n) {
  iconv_t cd = iconv_open("UTF-8", cs);
  if (cd == (iconv_t)-1) return -1;
  size_t cap = n > SB_MAX / 4 ? SB_MAX : n * 4 + 16;
  char *buf = dy_xmalloc(cap);
  char *in = (char *)s, *outp = buf;
  size_t inl = n, outl = cap - 1;
  size_t r = iconv(cd, &in, &inl, &outp, &outl);
  int rc = 0;
  if (r == (size_t)-1 && !(errno == EINVAL && inl < 8)) rc = -1;
  iconv_close(cd);
  if (rc == 0) to_clean_utf8(o, (const unsigned char *)buf, (size_t)(outp - buf), 0);
  free(buf);
  return o->full ? -1 : rc;
}

/* Decodes a page or feed to clean UTF-8 (see the header comment of
 * dy_html_extract for the rules). Returns a malloc'd NUL-terminated string
 * and its length, or NULL on OOM. */
static char *decode_input(const char *buf, size_t n, size_t *outn) {
  sbuf o = {0};
  const unsigned char *u = (const unsigned char *)buf;
  char cs[48];
  if (n >= 3 && u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF) {
    to_clean_utf8(&o, u + 3, n - 3, 0);
  } else if (n >= 2 && ((u[0] == 0xFF && u[1] == 0xFE) || (u[0] == 0xFE && u[1] == 0xFF))) {
    if (iconv_utf8(&o, u[0] == 0xFF ? "UTF-16LE" : "UTF-16BE", buf + 2, n - 2)) {
      o.n = 0; o.full = 0;
      to_clean_utf8(&o, u, n, 1);
    }
  } else {
    size_t multi = 0;
    int valid = u8_valid(u, n, &multi);
    const char *alias = find_charset(buf, n, cs, sizeof cs) ? charset_alias(cs) : "utf-8";
    if (!strcmp(alias, "utf-8") || (valid && multi > 0)) {
      to_clean_utf8(&o, u, n, 0); /* invalid bytes read as windows-1252 */
    } else if (!strcmp(alias, "1252")) {
      to_clean_utf8(&o, u, n, 1);
    } else if (iconv_utf8(&o, alias, buf, n)) {
      o.n = 0; o.full = 0;
      to_clean_utf8(&o, u, n, !valid); /* declared charset was wrong */
    }
  }
  if (o.full) { sb_free(&o); return NULL; }
  *outn = o.n;
  return sb_take(&o);
}

/* ------------------------------------------------------------------------ */
/* Tags                                                                      */
/* ------------------------------------------------------------------------ */

enum {
  TF_SKIP = 1 << 0,    /* never content */
  TF_BLOCK = 1 << 1,   /* breaks paragraphs */
  TF_INLINE = 1 << 2,  /* phrasing content */
  TF_PARA = 1 << 3,    /* scored as a paragraph */
  TF_DIV = 1 << 4,     /* container that acts as a paragraph without block children */
  TF_LIST = 1 << 5,    /* ul, ol */
  TF_HEAD = 1 << 6,    /* h1..h6 */
  TF_BR = 1 << 7,      /* line break */
  TF_COND = 1 << 8,    /* cleaned conditionally inside the article */
  TF_LI = 1 << 9,
  TF_IMG = 1 << 10,
  TF_EMBED = 1 << 11,
  TF_INPUT = 1 << 12,
  TF_P = 1 << 13,
  TF_A = 1 << 14,
  TF_FORM = 1 << 15,
  TF_BODY = 1 << 16,
  TF_SOFT = 1 << 17,   /* unknown element: inline, but words do not run on */
  TF_FURN = 1 << 18,   /* page furniture (aside, footer): dropped unless it holds a body of text */
};

typedef struct {
  const char *name;
  int flags, init;
} tagdef;

/* Sorted by name for bsearch. */
static const tagdef tags[] = {
    {"a", TF_INLINE | TF_A, 0}, {"abbr", TF_INLINE, 0}, {"acronym", TF_INLINE, 0},
    {"address", TF_BLOCK, -3}, {"applet", TF_SKIP | TF_EMBED, 0}, {"area", TF_SKIP, 0},
    {"article", TF_BLOCK | TF_DIV, 0}, {"aside", TF_BLOCK | TF_FURN, -3}, {"audio", TF_SKIP | TF_EMBED, 0},
    {"b", TF_INLINE, 0}, {"base", TF_SKIP, 0}, {"bdi", TF_INLINE, 0}, {"bdo", TF_INLINE, 0},
    {"big", TF_INLINE, 0}, {"blockquote", TF_BLOCK | TF_DIV, 3}, {"body", TF_BLOCK | TF_BODY, 0},
    {"br", TF_BR, 0}, {"button", TF_SKIP, 0}, {"canvas", TF_SKIP, 0}, {"caption", TF_BLOCK, 0},
    {"center", TF_BLOCK | TF_DIV, 0}, {"cite", TF_INLINE, 0}, {"code", TF_INLINE, 0},
    {"col", TF_SKIP, 0}, {"colgroup", TF_SKIP, 0}, {"data", TF_INLINE, 0},
    {"datalist", TF_SKIP, 0}, {"dd", TF_BLOCK, -3}, {"del", TF_INLINE, 0},
    {"details", TF_BLOCK, 0}, {"dfn", TF_INLINE, 0}, {"dialog", TF_SKIP, 0},
    {"dir", TF_BLOCK | TF_LIST, -3}, {"div", TF_BLOCK | TF_DIV | TF_COND, 5},
    {"dl", TF_BLOCK, -3}, {"dt", TF_BLOCK, -3}, {"em", TF_INLINE, 0},
    {"embed", TF_SKIP | TF_EMBED, 0}, {"fieldset", TF_BLOCK | TF_COND, 0},
    {"figcaption", TF_SKIP, 0}, {"figure", TF_BLOCK, 0}, {"font", TF_INLINE, 0},
    {"footer", TF_BLOCK | TF_FURN, -3}, {"form", TF_BLOCK | TF_COND | TF_FORM, -3},
    {"frame", TF_SKIP, 0}, {"frameset", TF_SKIP, 0}, {"h1", TF_BLOCK | TF_HEAD, -5},
    {"h2", TF_BLOCK | TF_HEAD | TF_PARA, -5}, {"h3", TF_BLOCK | TF_HEAD | TF_PARA, -5},
    {"h4", TF_BLOCK | TF_HEAD | TF_PARA, -5}, {"h5", TF_BLOCK | TF_HEAD | TF_PARA, -5},
    {"h6", TF_BLOCK | TF_HEAD | TF_PARA, -5}, {"head", TF_SKIP, 0}, {"header", TF_SKIP, 0},
    {"hgroup", TF_BLOCK, 0}, {"hr", TF_BLOCK, 0}, {"html", TF_BLOCK, 0}, {"i", TF_INLINE, 0},
    {"iframe", TF_SKIP | TF_EMBED, 0}, {"img", TF_INLINE | TF_IMG, 0},
    {"input", TF_SKIP | TF_INPUT, 0}, {"ins", TF_INLINE, 0}, {"kbd", TF_INLINE, 0},
    {"keygen", TF_SKIP, 0}, {"label", TF_INLINE, 0}, {"legend", TF_BLOCK, 0},
    {"li", TF_BLOCK | TF_LI, -3}, {"link", TF_SKIP, 0}, {"main", TF_BLOCK | TF_DIV, 0},
    {"map", TF_SKIP, 0}, {"mark", TF_INLINE, 0}, {"marquee", TF_SKIP, 0}, {"math", TF_SKIP, 0},
    {"menu", TF_SKIP, 0}, {"meta", TF_SKIP, 0}, {"meter", TF_SKIP, 0}, {"nav", TF_SKIP, 0},
    {"nobr", TF_INLINE, 0}, {"noembed", TF_SKIP, 0}, {"noframes", TF_SKIP, 0},
    {"noscript", TF_SKIP, 0}, {"object", TF_SKIP | TF_EMBED, 0},
    {"ol", TF_BLOCK | TF_LIST | TF_COND, -3}, {"optgroup", TF_SKIP, 0}, {"option", TF_SKIP, 0},
    {"output", TF_SKIP, 0}, {"p", TF_BLOCK | TF_PARA | TF_P, 0}, {"param", TF_SKIP, 0},
    {"picture", TF_INLINE, 0}, {"pre", TF_BLOCK | TF_PARA, 3}, {"progress", TF_SKIP, 0},
    {"q", TF_INLINE, 0}, {"rp", TF_SKIP, 0}, {"rt", TF_SKIP, 0}, {"ruby", TF_INLINE, 0},
    {"s", TF_INLINE, 0}, {"samp", TF_INLINE, 0}, {"script", TF_SKIP, 0},
    {"section", TF_BLOCK | TF_DIV | TF_COND, 0}, {"select", TF_SKIP | TF_INPUT, 0},
    {"small", TF_INLINE, 0}, {"source", TF_SKIP, 0}, {"span", TF_INLINE, 0},
    {"strike", TF_INLINE, 0}, {"strong", TF_INLINE, 0}, {"style", TF_SKIP, 0},
    {"sub", TF_INLINE, 0}, {"summary", TF_BLOCK, 0}, {"sup", TF_INLINE, 0},
    {"svg", TF_SKIP, 0}, {"table", TF_BLOCK | TF_COND, 0}, {"tbody", TF_BLOCK, 0},
    {"td", TF_BLOCK | TF_PARA, 3}, {"template", TF_SKIP, 0},
    {"textarea", TF_SKIP | TF_INPUT, 0}, {"tfoot", TF_BLOCK, 0}, {"th", TF_BLOCK, -5},
    {"thead", TF_BLOCK, 0}, {"time", TF_INLINE, 0}, {"title", TF_SKIP, 0},
    {"tr", TF_BLOCK, 0}, {"track", TF_SKIP, 0}, {"tt", TF_INLINE, 0}, {"u", TF_INLINE, 0},
    {"ul", TF_BLOCK | TF_LIST | TF_COND, -3}, {"var", TF_INLINE, 0},
    {"video", TF_SKIP | TF_EMBED, 0}, {"wbr", TF_INLINE, 0}, {"xmp", TF_BLOCK | TF_PARA, 0},
};

static int tag_cmp(const void *k, const void *e) {
  return strcmp((const char *)k, ((const tagdef *)e)->name);
}

/* How element n's tag is treated; unknown and namespaced tags are soft inline. */
static const tagdef *tag_of(const xmlNode *n) {
  static const tagdef unknown = {"", TF_SOFT, 0};
  if (!n->name || n->ns) return &unknown;
  const tagdef *t =
      bsearch(n->name, tags, sizeof tags / sizeof tags[0], sizeof tags[0], tag_cmp);
  return t ? t : &unknown;
}

/* Value of attribute name of n without copying (NULL when absent). */
static const char *attr(const xmlNode *n, const char *name) {
  for (const xmlAttr *a = n->properties; a; a = a->next) {
    if (a->name && !strcmp((const char *)a->name, name)) {
      if (a->children && a->children->type == XML_TEXT_NODE && !a->children->next)
        return a->children->content ? (const char *)a->children->content : "";
      return a->children && a->children->content ? (const char *)a->children->content : "";
    }
  }
  return NULL;
}

static size_t bounded_len(const char *s, size_t max) {
  const char *z = memchr(s, 0, max);
  return z ? (size_t)(z - s) : max;
}

/* 1 if any of pats (lower case) occurs in the first ATTR_SCAN bytes of s. */
static int match_any(const char *s, const char *const *pats) {
  if (!s || !*s) return 0;
  char low[ATTR_SCAN + 1];
  size_t n = 0;
  for (; n < ATTR_SCAN && s[n]; n++) low[n] = (char)lc((unsigned char)s[n]);
  low[n] = 0;
  for (int i = 0; pats[i]; i++)
    if (strstr(low, pats[i])) return 1;
  return 0;
}

static const char *const pos_pats[] = {"article", "body", "content", "entry", "hentry", "h-entry",
                                       "main", "page", "pagination", "post", "text", "blog",
                                       "story", NULL};
static const char *const neg_pats[] = {
    "-ad-", "hidden", "banner", "combx", "comment", "com-", "contact", "foot", "footnote",
    "gdpr", "masthead", "media", "meta", "outbrain", "promo", "related", "scroll", "share",
    "shoutbox", "sidebar", "skyscraper", "sponsor", "shopping", "tags", "tool", "widget",
    "caption", "byline", "subscribe", "newsletter", "social", "advert", "cookie", NULL};
/* readability's "unlikely candidates", and the words that acquit them */
static const char *const unlikely_pats[] = {
    "-ad-", "ai2html", "banner", "breadcrumb", "combx", "comment", "community", "cover-wrap",
    "disqus", "extra", "footer", "gdpr", "header", "legends", "menu", "related", "remark",
    "replies", "rss", "shoutbox", "sidebar", "skyscraper", "social", "sponsor", "supplemental",
    "ad-break", "agegate", "pagination", "pager", "popup", "yom-remote", NULL};
static const char *const maybe_pats[] = {"and", "article", "body", "column", "content", "main",
                                         "shadow", NULL};
/* boilerplate whose removal waits for its size to be known */
static const char *const boiler_pats[] = {
    "share", "sharing", "social", "cookie", "newsletter", "subscribe", "signup", "advert",
    "promo", "related", "comment", "caption", "credit", "byline", "breadcrumb", "disqus",
    "outbrain", "taboola", "popup", "modal", "recommend", "most-popular", "mostpopular",
    "trending", "author-bio", "tags", NULL};
static const char *const bodyish_pats[] = {"article", "body", "content", "main", "story", "post",
                                           "entry", "text", NULL};

/* readability's class weight: +-25 for class, +-25 for id, +25 for
 * itemprop articleBody. */
static int class_weight(const xmlNode *n) {
  int w = 0;
  const char *c = attr(n, "class"), *id = attr(n, "id"), *ip = attr(n, "itemprop");
  if (c && *c) {
    if (match_any(c, neg_pats)) w -= 25;
    if (match_any(c, pos_pats)) w += 25;
  }
  if (id && *id) {
    if (match_any(id, neg_pats)) w -= 25;
    if (match_any(id, pos_pats)) w += 25;
  }
  if (ip && find_ci(ip, bounded_len(ip, ATTR_SCAN), "articlebody")) w += 25;
  return w;
}

/* 1 if n is hidden by its attributes (hidden, display:none, aria-hidden). */
static int is_hidden(const xmlNode *n) {
  const char *s;
  if (attr(n, "hidden")) return 1;
  if ((s = attr(n, "aria-hidden")) && eq_ci(s, "true")) return 1;
  if ((s = attr(n, "style"))) {
    size_t m = bounded_len(s, ATTR_SCAN);
    const char *d = find_ci(s, m, "display");
    if (d) {
      d += 7;
      while (*d && (is_ws((unsigned char)*d) || *d == ':')) d++;
      if (!strncmp(d, "none", 4)) return 1;
    }
    if (find_ci(s, m, "visibility:hidden") || find_ci(s, m, "visibility: hidden")) return 1;
  }
  return 0;
}

/* 1 if n's role names navigation or dialog furniture. */
static int bad_role(const xmlNode *n) {
  static const char *const roles[] = {"menu", "menubar", "complementary", "navigation", "alert",
                                      "alertdialog", "dialog", "banner", "contentinfo", "search",
                                      NULL};
  const char *r = attr(n, "role");
  if (!r) return 0;
  for (int i = 0; roles[i]; i++) if (eq_ci(r, roles[i])) return 1;
  return 0;
}

/* ------------------------------------------------------------------------ */
/* Text                                                                      */
/* ------------------------------------------------------------------------ */

/* Counts characters (whitespace runs as one) and commas of a UTF-8 string. */
static void text_stats(const unsigned char *s, long *chars, long *commas) {
  long c = 0, k = 0;
  int sp = 1;
  for (; *s; s++) {
    unsigned b = *s;
    if (is_ws((int)b)) { if (!sp) { c++; sp = 1; } continue; }
    sp = 0;
    if ((b & 0xC0) == 0x80) continue;
    c++;
    if (b == ',') k++;
    else if (b == 0xEF && s[1] == 0xBC && s[2] == 0x8C) k++; /* fullwidth comma */
    else if (b == 0xE3 && s[1] == 0x80 && s[2] == 0x81) k++; /* ideographic comma */
    else if (b == 0xD8 && s[1] == 0x8C) k++;                 /* arabic comma */
  }
  *chars += c;
  *commas += k;
}

/* Appends s to b with whitespace collapsed: *sp says a space is pending
 * (it is written only before the next visible character). Non-breaking and
 * other Unicode spaces count as whitespace; C1 controls become their
 * windows-1252 characters; zero-width characters are dropped. */
static void put_norm(sbuf *b, const char *s, size_t n, int *sp) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n && !b->full) {
    unsigned c = u[i];
    if (is_ws((int)c)) { *sp = 1; i++; continue; }
    size_t l = 1;
    unsigned cp = c;
    if (c >= 0x80) {
      l = u8_len(u + i, n - i);
      if (!l) { l = 1; cp = 0xFFFD; }
      else cp = u8_decode(u + i, l);
      if (cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200A) || cp == 0x2028 || cp == 0x2029 ||
          cp == 0x202F || cp == 0x205F || cp == 0x3000 || cp == 0x1680 || cp == 0x85) {
        *sp = 1; i += l; continue;
      }
      if (cp == 0x200B || cp == 0xFEFF || cp == 0x200C || cp == 0x200D || cp == 0x00AD ||
          cp == 0x2060) { i += l; continue; }
    }
    if (*sp) { if (b->n) sb_putc(b, ' '); *sp = 0; }
    if (c < 0x20) sb_putc(b, ' ');
    else if (cp >= 0x80 && cp < 0xA0) sb_cp(b, cp1252_hi[cp - 0x80]);
    else if (cp == 0xFFFD && l == 1) sb_cp(b, 0xFFFD);
    else sb_put(b, s + i, l);
    i += l;
  }
}

/* Normalised copy of s (at most META_MAX bytes, cut at a character
 * boundary), or NULL when it has no visible character. */
static char *norm_dup(const char *s) {
  if (!s) return NULL;
  sbuf b = {0};
  int sp = 0;
  size_t n = bounded_len(s, (size_t)META_MAX * 4);
  put_norm(&b, s, n, &sp);
  if (b.full || b.n == 0) { sb_free(&b); return NULL; }
  if (b.n > META_MAX) {
    size_t k = META_MAX;
    while (k > 0 && ((unsigned char)b.p[k] & 0xC0) == 0x80) k--;
    b.n = k;
    b.p[k] = 0;
  }
  return sb_take(&b);
}

/* ------------------------------------------------------------------------ */
/* Main-text extraction                                                      */
/* ------------------------------------------------------------------------ */

enum {
  NF_INLINK = 1,   /* inside <a> */
  NF_HASBLOCK = 2, /* has a live block child */
  NF_CAND = 4,     /* scored candidate */
  NF_DEAD = 8,     /* removed, or inside a removed element */
  NF_BOILER = 16,  /* class/id looks like boilerplate: removal decided by size */
  NF_REMOVED = 32,
};

/* One element of the page kept for scoring, in document order. */
typedef struct {
  xmlNode *node;
  const tagdef *tag;
  int parent, owner, end; /* parent, nearest block ancestor-or-self, last descendant */
  int flags, nchild;
  long text, link, commas; /* whole subtree */
  long itext, icommas;     /* text not inside a nested block */
  int np, nimg, nli, ninput, nembed;
  double score;
} elem;

typedef struct {
  elem *e;
  int n, cap;
  int strip_unlikely, weigh_classes, strip_boiler, clean_cond;
} page;

/* Appends a zeroed element record; returns its index, -1 on OOM. */
static int page_add(page *pg) {
  if (pg->n >= INT_MAX / 2) return -1;
  DY_VEC_GROW(pg->e, pg->cap, (size_t)pg->n + 1);
  memset(&pg->e[pg->n], 0, sizeof(elem));
  return pg->n++;
}

/* Index of n's record in page model pg, -1 when pg left n out. A node's
 * _private holds the index its last model gave it; it is trusted only when
 * pg's record at that index is n's own, so a mark left by another model
 * (another strictness, or a subtree this model skipped) is never followed. */
static int idx_of(const page *pg, const xmlNode *n) {
  if (!n || n->type != XML_ELEMENT_NODE || !n->_private) return -1;
  intptr_t i = (intptr_t)n->_private - 1;
  return i >= 0 && i < pg->n && pg->e[i].node == n ? (int)i : -1;
}

/* Frees page model pg, first clearing the marks it left on the tree. */
static void page_free(page *pg) {
  for (int i = 0; i < pg->n; i++) pg->e[i].node->_private = NULL;
  free(pg->e);
  pg->e = NULL;
  pg->n = pg->cap = 0;
}

/* Decides whether element n is left out of the page model altogether. */
static int skip_elem(const page *pg, const xmlNode *n, const tagdef *t) {
  if (t->flags & TF_SKIP) return 1;
  if (t->flags & TF_BODY) return 0;
  if (!strcmp((const char *)n->name, "html")) return 0;
  if (is_hidden(n) || bad_role(n)) return 1;
  if (pg->strip_unlikely && !(t->flags & TF_A)) {
    const char *c = attr(n, "class"), *id = attr(n, "id");
    if ((match_any(c, unlikely_pats) || match_any(id, unlikely_pats)) &&
        !match_any(c, maybe_pats) && !match_any(id, maybe_pats))
      return 1;
  }
  return 0;
}

/* Builds the page model under root without recursion: records every kept
 * element (n->_private holds its index + 1), counts text per element.
 * Returns -1 on OOM. */
static int page_build(page *pg, xmlNode *root) {
  xmlNode *n = root;
  while (n) {
    int descend = 0;
    if (n->type == XML_ELEMENT_NODE) {
      const tagdef *t = tag_of(n);
      int par = idx_of(pg, n->parent);
      n->_private = NULL;
      if (skip_elem(pg, n, t)) {
        if (par >= 0) {
          if (t->flags & TF_EMBED) pg->e[par].nembed++;
          if (t->flags & TF_INPUT) {
            const char *ty = attr(n, "type");
            if (!ty || !eq_ci(ty, "hidden")) pg->e[par].ninput++;
          }
        }
      } else {
        int i = page_add(pg);
        if (i < 0) return -1;
        elem *e = &pg->e[i];
        e->node = n;
        e->tag = t;
        e->parent = par;
        e->end = i;
        e->owner = (t->flags & (TF_BLOCK | TF_BODY)) || par < 0 ? i : pg->e[par].owner;
        if (par >= 0 && (pg->e[par].flags & NF_INLINK)) e->flags |= NF_INLINK;
        if (t->flags & TF_A) e->flags |= NF_INLINK;
        if (t->flags & TF_P) e->np = 1;
        if (t->flags & TF_IMG) e->nimg = 1;
        if (t->flags & TF_LI) e->nli = 1;
        if (pg->strip_boiler && !(t->flags & (TF_BODY | TF_A | TF_INLINE)) &&
            strcmp((const char *)n->name, "html")) {
          const char *c = attr(n, "class"), *id = attr(n, "id");
          if (match_any(c, boiler_pats) || match_any(id, boiler_pats)) e->flags |= NF_BOILER;
        }
        n->_private = (void *)(intptr_t)(i + 1);
        descend = 1;
      }
    } else if ((n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) && n->content) {
      int par = idx_of(pg, n->parent);
      if (par >= 0) {
        long c = 0, k = 0;
        text_stats(n->content, &c, &k);
        elem *e = &pg->e[par];
        e->text += c;
        e->commas += k;
        if (e->flags & NF_INLINK) e->link += c;
        elem *o = &pg->e[e->owner];
        o->itext += c;
        o->icommas += k;
      }
    }
    if (descend && n->children) { n = n->children; continue; }
    while (n != root && !n->next) n = n->parent;
    if (n == root) break;
    n = n->next;
  }
  return 0;
}

/* 1 if a boilerplate-classed element e should be dropped: kept only when
 * it carries article words in its class and holds a real body of text. */
static int boiler_drop(const elem *e) {
  const char *c = attr(e->node, "class"), *id = attr(e->node, "id");
  if ((match_any(c, bodyish_pats) || match_any(id, bodyish_pats)) && e->np >= 3 &&
      e->text >= 1000 && e->link * 3 < e->text)
    return 0;
  return 1;
}

/* Sums subtree figures bottom-up (reverse document order), deciding on the
 * way which boilerplate-classed elements and small forms to drop; then marks
 * everything inside a dropped element dead. */
static void page_sum(page *pg) {
  for (int i = pg->n - 1; i >= 0; i--) {
    elem *e = &pg->e[i];
    if ((e->flags & NF_BOILER) && boiler_drop(e)) e->flags |= NF_REMOVED;
    if ((e->tag->flags & TF_FURN) && (e->text < 1000 || e->link * 4 > e->text))
      e->flags |= NF_REMOVED;
    if ((e->tag->flags & TF_FORM) && (e->np < 3 || e->text < 500)) e->flags |= NF_REMOVED;
    if (e->parent < 0 || (e->flags & NF_REMOVED)) continue;
    elem *p = &pg->e[e->parent];
    p->text += e->text;
    p->link += e->link;
    p->commas += e->commas;
    p->np += e->np;
    p->nimg += e->nimg;
    p->nli += e->nli;
    p->ninput += e->ninput;
    p->nembed += e->nembed;
    p->nchild++;
    if (e->end > p->end) p->end = e->end;
    if (e->tag->flags & (TF_BLOCK | TF_IMG)) p->flags |= NF_HASBLOCK;
  }
  for (int i = 0; i < pg->n; i++) {
    elem *e = &pg->e[i];
    if ((e->flags & NF_REMOVED) || (e->parent >= 0 && (pg->e[e->parent].flags & NF_DEAD)))
      e->flags |= NF_DEAD;
  }
}

static double link_density(const elem *e) {
  return e->text > 0 ? (double)e->link / (double)e->text : 0.0;
}

/* Gives a candidate its starting score the first time it is touched. */
static void cand_init(page *pg, int i) {
  elem *e = &pg->e[i];
  if (e->flags & NF_CAND) return;
  e->flags |= NF_CAND;
  e->score = e->tag->init + (pg->weigh_classes ? class_weight(e->node) : 0);
}

/* readability's scoring: every paragraph of 25+ characters gives
 * 1 + commas + min(chars/100, 3) to up to five ancestors, diminishing. */
static void page_score(page *pg) {
  for (int i = 0; i < pg->n; i++) {
    elem *e = &pg->e[i];
    if (e->flags & NF_DEAD) continue;
    int f = e->tag->flags, base;
    long len, commas;
    if ((f & TF_PARA) || ((f & TF_DIV) && !(e->flags & NF_HASBLOCK))) {
      base = e->parent;
      len = e->text;
      commas = e->commas;
    } else if ((f & (TF_DIV | TF_BODY)) && e->itext >= 25) {
      base = i; /* its loose text acts as a paragraph child */
      len = e->itext;
      commas = e->icommas;
    } else {
      continue;
    }
    if (len < 25 || base < 0) continue;
    double s = 1.0 + (double)commas + (double)(len / 100 < 3 ? len / 100 : 3);
    for (int lv = 0, a = base; lv < 5 && a >= 0; lv++, a = pg->e[a].parent) {
      if (!strcmp((const char *)pg->e[a].node->name, "html")) break;
      cand_init(pg, a);
      pg->e[a].score += s / (lv == 0 ? 1.0 : lv == 1 ? 2.0 : lv * 3.0);
    }
  }
  for (int i = 0; i < pg->n; i++)
    if (pg->e[i].flags & NF_CAND) pg->e[i].score *= 1.0 - link_density(&pg->e[i]);
}

/* 1 if element b lies inside element a (document-order intervals). */
static int contains(const page *pg, int a, int b) { return b > a && b <= pg->e[a].end; }

/* Picks the top candidate (index), or -1 when nothing scored. */
static int page_top(page *pg, int body) {
  int top[5] = {-1, -1, -1, -1, -1};
  for (int i = 0; i < pg->n; i++) {
    if (!(pg->e[i].flags & NF_CAND) || (pg->e[i].flags & NF_DEAD)) continue;
    for (int k = 0; k < 5; k++) {
      if (top[k] < 0 || pg->e[i].score > pg->e[top[k]].score) {
        memmove(top + k + 1, top + k, (size_t)(4 - k) * sizeof(int));
        top[k] = i;
        break;
      }
    }
  }
  int t = top[0];
  if (t < 0) return body;
  if (t == body) return t;
  /* an ancestor holding three close runners-up is the better choice */
  int alt[4], na = 0;
  for (int k = 1; k < 5; k++)
    if (top[k] >= 0 && pg->e[top[k]].score / pg->e[t].score >= 0.75) alt[na++] = top[k];
  if (na >= 3) {
    int steps = 0;
    for (int a = pg->e[t].parent; a >= 0 && a != body && steps < 1000; a = pg->e[a].parent, steps++) {
      int c = 0;
      for (int k = 0; k < na; k++) c += contains(pg, a, alt[k]) || a == alt[k];
      if (c >= 3) { t = a; break; }
    }
  }
  /* climb while the parent scores comparably */
  double last = pg->e[t].score, thr = last / 3.0;
  for (int a = pg->e[t].parent; a >= 0 && a != body; a = pg->e[a].parent) {
    if (!(pg->e[a].flags & NF_CAND)) continue;
    if (pg->e[a].score < thr) break;
    if (pg->e[a].score > last) { t = a; break; }
    last = pg->e[a].score;
  }
  /* an only child is replaced by its parent */
  while (pg->e[t].parent >= 0 && pg->e[t].parent != body && pg->e[pg->e[t].parent].nchild == 1 &&
         strcmp((const char *)pg->e[pg->e[t].parent].node->name, "html"))
    t = pg->e[t].parent;
  return t;
}

/* Ends with sentence punctuation (". " inside or "." at the end). */
static int has_sentence(const xmlNode *n) {
  xmlChar *s = xmlNodeGetContent(n);
  int r = 0;
  if (s) {
    size_t l = strlen((char *)s);
    while (l && is_ws(s[l - 1])) l--;
    r = (l && s[l - 1] == '.') || strstr((char *)s, ". ");
    xmlFree(s);
  }
  return r;
}

/* The top candidate's siblings worth adding (readability), in document
 * order, written to sel; returns how many. */
static int page_siblings(page *pg, int t, int *sel, int max) {
  int ns = 0, par = pg->e[t].parent;
  if (par < 0) { sel[0] = t; return 1; }
  double top = pg->e[t].score, thr = top * 0.2 > 10 ? top * 0.2 : 10;
  const char *tcls = attr(pg->e[t].node, "class");
  for (xmlNode *c = pg->e[par].node->children; c && ns < max; c = c->next) {
    int i = idx_of(pg, c);
    if (i < 0 || (pg->e[i].flags & NF_DEAD)) continue;
    if (i == t) { sel[ns++] = i; continue; }
    elem *e = &pg->e[i];
    double bonus = 0;
    const char *cls = attr(c, "class");
    if (tcls && cls && *tcls && !strcmp(tcls, cls)) bonus = top * 0.2;
    int add = 0;
    if ((e->flags & NF_CAND) && e->score + bonus >= thr) add = 1;
    else if (e->tag->flags & TF_P) {
      double ld = link_density(e);
      if (e->text > 80 && ld < 0.25) add = 1;
      else if (e->text > 0 && e->text <= 80 && ld == 0 && has_sentence(c)) add = 1;
    } else if ((e->tag->flags & TF_DIV) && e->np >= 1 && e->np <= 2 && e->text > 80 &&
               link_density(e) < 0.25 && !match_any(attr(c, "class"), neg_pats) &&
               !match_any(attr(c, "id"), neg_pats)) {
      add = 1; /* a wrapper around a paragraph or two, as some sites give each */
    }
    if (add) sel[ns++] = i;
  }
  return ns;
}

/* readability's conditional cleaning of lists, tables, forms and divs
 * inside the article: 1 when e looks like furniture. */
static int cond_remove(const page *pg, const elem *e) {
  int w = class_weight(e->node);
  double sc = (e->flags & NF_CAND) ? e->score : 0;
  if (w + sc < 0) return 1;
  if (e->commas >= 10) return 0;
  int is_list = (e->tag->flags & TF_LIST) != 0;
  int p = e->np, img = e->nimg, li = e->nli - 100, in = e->ninput, emb = e->nembed;
  double ld = link_density(e);
  long len = e->text;
  (void)pg;
  if (img > 1 && (double)p / img < 0.5) return 1;
  if (!is_list && li > p) return 1;
  if (in > p / 3) return 1;
  if (!is_list && len < 25 && (img == 0 || img > 2)) return 1;
  if (!is_list && w < 25 && ld > 0.2) return 1;
  if (w >= 25 && ld > 0.5) return 1;
  if (is_list && ld > 0.5 && e->nli > 1) return 1; /* a list of links: related stories */
  if ((emb == 1 && len < 75) || emb > 1) return 1;
  return 0;
}

/* Paragraph being collected during emission. */
typedef struct {
  sbuf out, para;
  int sp, heading; /* heading: 1 in an h1, 2 in h2..h6 */
  long chars, link;
  const char *drop_title; /* headings equal to this are dropped */
  dy_map seen;             /* hashes of the longer paragraphs written */
} emitter;

/* 1 if paragraph s[0..n) was written before; remembers it otherwise. */
static int seen_before(emitter *em, const char *s, size_t n) {
  uint64_t h = dy_hash64(s, n);
  if (dy_map_get(&em->seen, h) != DY_MAP_NONE) return 1;
  dy_map_add(&em->seen, h, 0);
  return 0;
}

static const char *const junk_lines[] = {"advertisement", "advertisment", "advertising",
                                         "story continues below", "continue reading",
                                         "continue reading below", "read more", "click here",
                                         "sponsored", "sponsored content", "related", "share",
                                         "share this", "share this article", "comments",
                                         /* the same in other languages of the news */
                                         "anzeige", "werbung", "publicit\xC3\xA9", "publicidad",
                                         "publicidade", "pubblicit\xC3\xA0", "reclame",
                                         "\xD1\x80\xD0\xB5\xD0\xBA\xD0\xBB\xD0\xB0\xD0\xBC\xD0\xB0",
                                         "\xE5\xB9\xBF\xE5\x91\x8A", "\xE5\xBA\x83\xE5\x91\x8A",
                                         "\xD8\xA5\xD8\xB9\xD9\x84\xD8\xA7\xD9\x86", NULL};

/* 1 if heading h and title t are the same words, ignoring case and
 * punctuation, or one holds the other and is at least half its length. */
static int same_title(const char *h, const char *t) {
  char a[512], b[512];
  size_t na = 0, nb = 0;
  for (; *h && na + 1 < sizeof a; h++)
    if ((unsigned char)*h >= 0x80 || (lc((unsigned char)*h) >= 'a' && lc((unsigned char)*h) <= 'z') ||
        (*h >= '0' && *h <= '9'))
      a[na++] = (char)lc((unsigned char)*h);
  for (; *t && nb + 1 < sizeof b; t++)
    if ((unsigned char)*t >= 0x80 || (lc((unsigned char)*t) >= 'a' && lc((unsigned char)*t) <= 'z') ||
        (*t >= '0' && *t <= '9'))
      b[nb++] = (char)lc((unsigned char)*t);
  a[na] = b[nb] = 0;
  if (na < 8 || nb < 8) return na == nb && !strcmp(a, b);
  if (!strcmp(a, b)) return 1;
  if (na >= nb) return strstr(a, b) && nb * 2 >= na;
  return strstr(b, a) && na * 2 >= nb;
}

/* calls to action that mark a short paragraph as a widget, not prose */
static const char *const junk_words[] = {"newsletter", "subscribe", "sign up", "log in",
                                         "cookie", "all rights reserved", "share on",
                                         "follow us", "javascript", "click here", NULL};

/* openings of link lines that point away from the article */
static const char *const related_cues[] = {"related", "read more", "read also", "also read",
                                           "see also", "more:", "more from", "recommended",
                                           "you may also", "you might also", "most popular",
                                           "most read", "watch:", "click", "previous", "next",
                                           "more on this", "further reading", NULL};

/* 1 if s begins (case-insensitively) with one of pats (lower case). */
static int starts_any(const char *s, const char *const *pats) {
  for (int i = 0; pats[i]; i++) {
    size_t k = 0;
    while (pats[i][k] && s[k] && lc((unsigned char)s[k]) == pats[i][k]) k++;
    if (!pats[i][k]) return 1;
  }
  return 0;
}

/* 1 if the paragraph is a label and a web address ("Facebook
 * https://fb.me/x", "LINE: @name https://..."): five words at most, one
 * of them an address. */
static int link_line(const char *s, size_t n) {
  int words = 0, url = 0, in = 0;
  for (size_t i = 0; i < n; i++) {
    if (is_ws((unsigned char)s[i])) { in = 0; continue; }
    if (in) continue;
    in = 1;
    words++;
    size_t rest = n - i;
    if ((rest > 10 && !strncmp(s + i, "https://", 8)) || (rest > 9 && !strncmp(s + i, "http://", 7)) ||
        (rest > 6 && !strncmp(s + i, "www.", 4)))
      url = 1;
  }
  return url && words <= 5;
}

/* Ends the current paragraph: keeps it unless it is mostly link text, a
 * known filler line or a short call to action, then appends it to the output. */
static void emit_flush(emitter *em) {
  sbuf *p = &em->para;
  if (p->n) {
    int keep = 1;
    if (em->chars > 0 && em->link * 2 > em->chars && !em->heading &&
        (em->chars < 25 || starts_any(p->p, related_cues)))
      keep = 0;
    if (keep && p->n < 40) {
      char low[48];
      size_t k = 0;
      for (size_t i = 0; i < p->n && k + 1 < sizeof low; i++) {
        int c = lc((unsigned char)p->p[i]);
        if (c == ':' || c == '.' || c == '!' || c == '>' || c == '|') continue;
        low[k++] = (char)c;
      }
      while (k && low[k - 1] == ' ') k--;
      low[k] = 0;
      for (int i = 0; junk_lines[i]; i++) if (!strcmp(low, junk_lines[i])) keep = 0;
    }
    if (keep && em->chars < 120 && match_any(p->p, junk_words)) keep = 0;
    if (keep && em->chars < 120 && link_line(p->p, p->n)) keep = 0;
    /* a byline opening the text ("By A. Writer - 19 December 2014") is metadata */
    if (keep && em->out.n == 0 && p->n < 120 && (!strncmp(p->p, "By ", 3) || !strncmp(p->p, "by ", 3)) &&
        p->p[p->n - 1] != '.')
      keep = 0;
    /* the headline is metadata: an h1 opening the text, or a heading that
     * repeats the title, is not part of the body */
    if (keep && em->heading == 1 && em->out.n == 0) keep = 0;
    if (keep && em->heading && em->drop_title && same_title(p->p, em->drop_title)) keep = 0;
    if (keep && p->n >= 40 && seen_before(em, p->p, p->n)) keep = 0; /* repeated block */
    if (keep) {
      if (em->out.n) sb_put(&em->out, "\n\n", 2);
      sb_put(&em->out, p->p, p->n);
    }
  }
  p->n = 0;
  if (p->p) p->p[0] = 0;
  em->sp = 0;
  em->chars = em->link = 0;
  em->heading = 0;
}

/* Appends a text node's text to the current paragraph. */
static void emit_text(emitter *em, const page *pg, const xmlNode *n) {
  int par = idx_of(pg, n->parent);
  if (!n->content || par < 0) return;
  size_t before = em->para.n;
  put_norm(&em->para, (const char *)n->content, strlen((const char *)n->content), &em->sp);
  long c = 0, k = 0;
  if (em->para.n > before) text_stats((const unsigned char *)em->para.p + before, &c, &k);
  em->chars += c;
  if (pg->e[par].flags & NF_INLINK) em->link += c;
}

/* Writes the text of the subtree at root, block by block, skipping what the
 * page model left out or dropped; iterative, so depth does not matter. */
static void emit_tree(emitter *em, const page *pg, xmlNode *root) {
  xmlNode *n = root;
  for (;;) {
    int descend = 0;
    if (n->type == XML_ELEMENT_NODE) {
      int i = idx_of(pg, n);
      if (i < 0 || (pg->e[i].flags & NF_DEAD)) {
        /* left out: still a boundary between words or paragraphs */
        if (tag_of(n)->flags & (TF_BLOCK | TF_BR)) emit_flush(em);
        else em->sp = 1;
      } else {
        const elem *e = &pg->e[i];
        int f = e->tag->flags;
        if (n != root && pg->clean_cond &&
            (((f & TF_COND) && cond_remove(pg, e)) ||
             ((f & TF_BLOCK) && !(f & TF_COND) && e->text < 500 && class_weight(n) < 0))) {
          emit_flush(em);
        } else {
          descend = 1;
          if (f & (TF_BLOCK | TF_BR)) emit_flush(em);
          else if (f & TF_SOFT) em->sp = 1;
          if (f & TF_HEAD) em->heading = n->name[1] == '1' ? 1 : 2;
        }
      }
    } else if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
      emit_text(em, pg, n);
    }
    if (descend && n->children) { n = n->children; continue; }
    for (;;) {
      if (n->type == XML_ELEMENT_NODE && descend) {
        int i = idx_of(pg, n);
        int f = i >= 0 ? pg->e[i].tag->flags : 0;
        if (f & TF_BLOCK) emit_flush(em);
        else if (f & TF_SOFT) em->sp = 1;
      }
      if (n == root) return;
      if (n->next) { n = n->next; break; }
      n = n->parent;
      descend = 1; /* every ancestor we climb through was entered */
    }
  }
}

/* The <body> element, or the root element when there is none. */
static xmlNode *find_body(xmlDoc *doc) {
  xmlNode *r = xmlDocGetRootElement(doc);
  if (!r) return NULL;
  for (xmlNode *c = r->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && c->name && !strcmp((const char *)c->name, "body")) return c;
  return r;
}

/* One extraction pass with the given strictness; returns the text (malloc'd,
 * possibly empty) or NULL on OOM. */
static char *extract_pass(xmlDoc *doc, int level, const char *title, size_t *len) {
  page pg = {0};
  pg.strip_unlikely = level < 1;
  pg.weigh_classes = level < 2;
  pg.strip_boiler = level < 3;
  pg.clean_cond = level < 3;
  xmlNode *root = xmlDocGetRootElement(doc), *bodyn = find_body(doc);
  char *res = NULL;
  int *sel = NULL;
  emitter em = {0};
  if (!root) return dy_xcalloc(1, 1);
  if (page_build(&pg, root)) goto done;
  page_sum(&pg);
  page_score(&pg);
  int body = idx_of(&pg, bodyn);
  if (body < 0) body = 0;
  if (pg.n == 0) { res = dy_xcalloc(1, 1); goto done; }
  int t = page_top(&pg, body);
  if (t < 0) t = 0;
  int maxsel = pg.e[t].parent >= 0 ? pg.e[pg.e[t].parent].nchild + 1 : 1;
  sel = dy_xmalloc(sizeof(int) * (size_t)maxsel);
  int ns = page_siblings(&pg, t, sel, maxsel);
  em.drop_title = title;
  for (int k = 0; k < ns; k++) {
    emit_tree(&em, &pg, pg.e[sel[k]].node);
    emit_flush(&em);
  }
  if (!em.out.full) {
    *len = em.out.n;
    res = sb_take(&em.out);
  }
done:
  sb_free(&em.out);
  sb_free(&em.para);
  dy_map_free(&em.seen);
  free(sel);
  page_free(&pg);
  return res;
}

/* Main text of a parsed page: a strict pass, then (as readability does)
 * passes that keep unlikely-looking blocks, ignore class names, and skip
 * cleaning, while the text found is short; a later pass wins only with
 * twice the text. Returns NULL (with *len 0) if nothing. */
static char *extract_text(xmlDoc *doc, const char *title, size_t *len) {
  size_t l1 = 0;
  char *t1 = NULL;
  for (int level = 0; level < 4; level++) {
    size_t l2 = 0;
    char *t2 = extract_pass(doc, level, title, &l2);
    if (!t1 || (t2 && l2 > l1 * 2)) { free(t1); t1 = t2; l1 = l2; }
    else free(t2);
    if (t1 && l1 >= 500) break;
  }
  if (!t1 || l1 == 0) { free(t1); *len = 0; return NULL; }
  *len = l1;
  return t1;
}

/* ------------------------------------------------------------------------ */
/* Metadata                                                                  */
/* ------------------------------------------------------------------------ */

enum { D_ARTICLE, D_ITEMPROP, D_JSONLD, D_TIMEPUB, D_TIME, D_META, D_N };

typedef struct {
  char *og_title, *h1, *title_tag, *date[D_N], *canon, *og_url, *site, *lang, *meta_lang;
  char *ld_body;     /* JSON-LD articleBody, raw */
  char *desc;        /* og:description, description or twitter:description */
  sbuf authors;      /* "; "-separated */
  int author_rank;   /* rank of the source the authors came from */
} meta;

/* Stores a normalised copy of v in *slot unless the slot is already set. */
static void set_once(char **slot, const char *v) {
  if (*slot || !v) return;
  *slot = norm_dup(v);
}

/* Adds author name a from a source of rank r (lower is better): a better
 * source replaces the names of a worse one; duplicates are skipped. */
static void add_author(meta *m, const char *a, int r) {
  if (!a) return;
  char *s = norm_dup(a);
  if (!s) return;
  char *v = s;
  if (!strncmp(v, "By ", 3) || !strncmp(v, "by ", 3) || !strncmp(v, "BY ", 3)) v += 3;
  if (!strncmp(v, "http://", 7) || !strncmp(v, "https://", 8) || !*v || strlen(v) > 200) {
    free(s);
    return;
  }
  if (m->authors.n && r > m->author_rank) { free(s); return; }
  if (m->authors.n && r < m->author_rank) m->authors.n = 0;
  m->author_rank = r;
  size_t vl = strlen(v);
  const char *h = m->authors.n ? m->authors.p : NULL;
  while (h) {
    const char *e = strstr(h, "; ");
    size_t hl = e ? (size_t)(e - h) : strlen(h);
    if (hl == vl && !memcmp(h, v, vl)) { free(s); return; }
    h = e ? e + 2 : NULL;
  }
  if (m->authors.n > 1000) { free(s); return; }
  if (m->authors.n) sb_put(&m->authors, "; ", 2);
  sb_put(&m->authors, v, vl);
  free(s);
}

/* Collects date and authors from a JSON-LD value (depth-bounded). */
static void ld_walk(meta *m, json_t *j, int depth) {
  if (!j || depth > 16) return;
  if (json_is_array(j)) {
    size_t i;
    json_t *v;
    json_array_foreach(j, i, v) ld_walk(m, v, depth + 1);
    return;
  }
  if (!json_is_object(j)) return;
  json_t *d = json_object_get(j, "datePublished");
  if (json_is_string(d)) set_once(&m->date[D_JSONLD], json_string_value(d));
  json_t *body = json_object_get(j, "articleBody");
  if (json_is_string(body) && !m->ld_body) m->ld_body = dy_xstrdup(json_string_value(body));
  json_t *a = json_object_get(j, "author");
  if (a) {
    json_t *list = json_is_array(a) ? a : NULL;
    size_t cnt = list ? json_array_size(list) : 1;
    for (size_t i = 0; i < cnt && i < 20; i++) {
      json_t *x = list ? json_array_get(list, i) : a;
      if (json_is_string(x)) add_author(m, json_string_value(x), 2);
      else if (json_is_object(x)) {
        json_t *nm = json_object_get(x, "name");
        if (json_is_string(nm)) add_author(m, json_string_value(nm), 2);
      }
    }
  }
  const char *k;
  json_t *v;
  json_object_foreach(j, k, v) {
    if (strcmp(k, "author") && (json_is_object(v) || json_is_array(v))) ld_walk(m, v, depth + 1);
  }
}

/* Parses one JSON-LD script (jansson) and collects what it names. */
static void ld_json(meta *m, const xmlNode *script) {
  xmlChar *s = xmlNodeGetContent(script);
  if (!s) return;
  const char *p = (const char *)s;
  while (*p && *p != '{' && *p != '[') p++;
  size_t l = strlen(p);
  while (l && p[l - 1] != '}' && p[l - 1] != ']') l--;
  json_error_t je;
  json_t *j = l ? json_loadb(p, l, JSON_DECODE_ANY, &je) : NULL;
  if (j) { ld_walk(m, j, 0); json_decref(j); }
  xmlFree(s);
}

/* Text of an element's subtree, normalised (NULL if empty). */
static char *elem_text(const xmlNode *n) {
  xmlChar *s = xmlNodeGetContent(n);
  char *r = norm_dup((const char *)s);
  xmlFree(s);
  return r;
}

/* Reads one <meta>: Open Graph, article:*, itemprop, author and date names. */
static void meta_tag(meta *m, const xmlNode *n) {
  const char *c = attr(n, "content");
  if (!c) return;
  const char *key = attr(n, "property");
  if (!key) key = attr(n, "name");
  if (!key) key = attr(n, "itemprop");
  const char *he = attr(n, "http-equiv");
  if (he && eq_ci(he, "content-language")) set_once(&m->meta_lang, c);
  if (!key) return;
  static const char *const date_names[] = {
      "date", "pubdate", "publishdate", "publish-date", "publish_date", "dc.date",
      "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.created", "dcterms.issued",
      "sailthru.date", "parsely-pub-date", "article.published", "ptime", "og:published_time",
      "article_date_original", "original-publish-date", "displaydate", "timestamp",
      "publication_date", "citation_publication_date", "citation_date", "date.release",
      "og:article:published_time", NULL};
  if (eq_ci(key, "og:title")) set_once(&m->og_title, c);
  else if (eq_ci(key, "og:description") || eq_ci(key, "description") ||
           eq_ci(key, "twitter:description"))
    set_once(&m->desc, c);
  else if (eq_ci(key, "og:url")) set_once(&m->og_url, c);
  else if (eq_ci(key, "og:site_name")) set_once(&m->site, c);
  else if (eq_ci(key, "og:locale")) set_once(&m->meta_lang, c);
  else if (eq_ci(key, "article:published_time")) set_once(&m->date[D_ARTICLE], c);
  else if (eq_ci(key, "datePublished")) set_once(&m->date[D_ITEMPROP], c);
  else if (eq_ci(key, "author") || eq_ci(key, "article:author") || eq_ci(key, "dc.creator") ||
           eq_ci(key, "sailthru.author") || eq_ci(key, "parsely-author") || eq_ci(key, "byl"))
    add_author(m, c, 1);
  else
    for (int i = 0; date_names[i]; i++)
      if (eq_ci(key, date_names[i])) { set_once(&m->date[D_META], c); break; }
}

/* 1 if the space-separated list (rel, itemprop) holds the word w. */
static int has_word(const char *list, const char *w) {
  if (!list) return 0;
  size_t n = bounded_len(list, ATTR_SCAN), wl = strlen(w);
  for (size_t i = 0; i + wl <= n; i++) {
    if ((i == 0 || is_ws((unsigned char)list[i - 1])) && !strncmp(list + i, w, wl) &&
        (i + wl == n || is_ws((unsigned char)list[i + wl])))
      return 1;
  }
  return 0;
}

/* Walks the whole document once (iteratively) for metadata. */
/* An <a rel="author"> link n: its text is an author (rank 3). */
static void rel_author(meta *m, const xmlNode *n) {
  const char *rel = attr(n, "rel");
  if (!rel || !has_word(rel, "author")) return;
  char *t = elem_text(n);
  add_author(m, t, 3);
  free(t);
}

static void meta_collect(meta *m, xmlDoc *doc) {
  xmlNode *root = xmlDocGetRootElement(doc), *n = root;
  if (!root) return;
  set_once(&m->lang, attr(root, "lang"));
  if (!m->lang) set_once(&m->lang, attr(root, "xml:lang"));
  while (n) {
    int descend = 1;
    if (n->type == XML_ELEMENT_NODE && n->name) {
      const char *nm = (const char *)n->name;
      const char *ip = attr(n, "itemprop");
      if (ip && has_word(ip, "datePublished")) {
        const char *v = attr(n, "content");
        if (!v) v = attr(n, "datetime");
        set_once(&m->date[D_ITEMPROP], v);
      }
      if (!strcmp(nm, "meta")) meta_tag(m, n);
      else if (!strcmp(nm, "title")) { if (!m->title_tag) m->title_tag = elem_text(n); descend = 0; }
      else if (!strcmp(nm, "link")) {
        const char *rel = attr(n, "rel");
        if (rel && has_word(rel, "canonical")) set_once(&m->canon, attr(n, "href"));
      } else if (!strcmp(nm, "h1")) {
        if (!m->h1) m->h1 = elem_text(n);
      } else if (!strcmp(nm, "time")) {
        const char *dt = attr(n, "datetime");
        if (dt && attr(n, "pubdate")) set_once(&m->date[D_TIMEPUB], dt);
        set_once(&m->date[D_TIME], dt);
      } else if (!strcmp(nm, "a")) {
        rel_author(m, n);
      } else if (!strcmp(nm, "script")) {
        const char *ty = attr(n, "type");
        if (ty && eq_ci(ty, "application/ld+json")) ld_json(m, n);
        descend = 0;
      } else if (!strcmp(nm, "style")) descend = 0;
    } else descend = 0;
    if (descend && n->children) { n = n->children; continue; }
    while (n != root && !n->next) n = n->parent;
    if (n == root) break;
    n = n->next;
  }
}

/* Strips a trailing " | Site" or " - Site" from a <title> when what is left
 * still reads as a headline. */
static void strip_site_suffix(char *t, const char *site, int only_site) {
  static const char *const seps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ", " :: ",
                                     " \xC2\xBB ", " \xC2\xAB ", " / ", NULL};
  if (!t) return;
  char *best = NULL;
  for (int i = 0; seps[i]; i++) {
    char *p = t, *q;
    while ((q = strstr(p, seps[i]))) { if (!best || q > best) best = q; p = q + 1; }
  }
  if (!best) return;
  size_t words = 1;
  for (char *p = t; p < best; p++) if (*p == ' ') words++;
  if ((!only_site && words >= 3) || (site && *site && strstr(best, site))) *best = 0;
}

static void meta_free(meta *m) {
  free(m->og_title); free(m->h1); free(m->title_tag); free(m->canon); free(m->og_url);
  free(m->site); free(m->lang); free(m->meta_lang); free(m->ld_body);
  free(m->desc);
  for (int i = 0; i < D_N; i++) free(m->date[i]);
  sb_free(&m->authors);
}

/* Moves the collected metadata into out (title, date, authors, url, site, lang). */
static void meta_fill(meta *m, dy_html_article *out) {
  if (m->og_title) {
    strip_site_suffix(m->og_title, m->site, 1);
    out->title = m->og_title; m->og_title = NULL;
  } else if (m->h1) {
    out->title = m->h1; m->h1 = NULL;
  } else if (m->title_tag) {
    strip_site_suffix(m->title_tag, m->site, 0);
    out->title = m->title_tag; m->title_tag = NULL;
  }
  for (int i = 0; i < D_N && !out->published; i++)
    if (m->date[i]) { out->published = m->date[i]; m->date[i] = NULL; }
  if (m->authors.n) out->authors = sb_take(&m->authors);
  if (m->canon) { out->url = m->canon; m->canon = NULL; }
  else if (m->og_url) { out->url = m->og_url; m->og_url = NULL; }
  out->site = m->site; m->site = NULL;
  if (m->lang) { out->lang = m->lang; m->lang = NULL; }
  else if (m->meta_lang) { out->lang = m->meta_lang; m->meta_lang = NULL; }
}

/* ------------------------------------------------------------------------ */
/* Public: pages                                                             */
/* ------------------------------------------------------------------------ */

void dy_html_article_free(dy_html_article *a) {
  if (!a) return;
  free(a->title); free(a->published); free(a->authors); free(a->url); free(a->site);
  free(a->lang); free(a->text);
  memset(a, 0, sizeof *a);
}

/* XML_PARSE_HUGE raises libxml2's tree depth limit from 256 to 2,048:
 * real pages nest deeper than 256 and would lose everything after it.
 * Memory stays proportional to the input, whose size the reader bounds. */
#define HTML_OPTS (HTML_PARSE_RECOVER | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | \
                   HTML_PARSE_NONET | HTML_PARSE_COMPACT | HTML_PARSE_IGNORE_ENC | XML_PARSE_HUGE)

/* Parses clean UTF-8 HTML. */
static xmlDoc *parse_html(const char *u, size_t n) {
  if (n > INT_MAX) return NULL;
  return htmlReadMemory(u, (int)n, NULL, "UTF-8", HTML_OPTS);
}

/* 1 if the document body has block structure (paragraphs, divs, breaks). */
static int has_blocks(xmlDoc *doc) {
  xmlNode *root = xmlDocGetRootElement(doc), *n = root;
  while (n) {
    if (n->type == XML_ELEMENT_NODE && n != root) {
      const tagdef *t = tag_of(n);
      if ((t->flags & (TF_BLOCK | TF_BR)) && !(t->flags & TF_BODY) &&
          strcmp((const char *)n->name, "html"))
        return 1;
    }
    if (n->children) { n = n->children; continue; }
    while (n != root && !n->next) n = n->parent;
    if (n == root) break;
    n = n->next;
  }
  return 0;
}

/* All visible text of a parsed fragment, tags stripped, one paragraph per
 * block (nothing is judged as boilerplate except scripts and the like). */
static char *plain_text(xmlDoc *doc, size_t *len) {
  page pg = {0};
  emitter em = {0};
  char *res = NULL;
  xmlNode *root = xmlDocGetRootElement(doc);
  *len = 0;
  if (!root) return NULL;
  if (!page_build(&pg, root)) {
    page_sum(&pg);
    emit_tree(&em, &pg, root);
    emit_flush(&em);
    if (!em.out.full && em.out.n) { *len = em.out.n; res = sb_take(&em.out); }
  }
  sb_free(&em.out);
  sb_free(&em.para);
  dy_map_free(&em.seen);
  page_free(&pg);
  return res;
}

static char *html_fragment_text(const char *s, size_t *len, int want_main);

/* Paragraphs of a plain-text (or HTML) article body from JSON-LD: one per
 * line, whitespace normalised. NULL when empty. */
static char *body_text(const char *s, size_t *len) {
  *len = 0;
  if (strchr(s, '<')) return html_fragment_text(s, len, 0);
  sbuf o = {0};
  while (*s) {
    const char *e = strchr(s, '\n');
    size_t l = e ? (size_t)(e - s) : strlen(s);
    sbuf p = {0};
    int sp = 0;
    put_norm(&p, s, l, &sp);
    if (p.n) {
      if (o.n) sb_put(&o, "\n\n", 2);
      sb_put(&o, p.p, p.n);
    }
    sb_free(&p);
    s += l + (e ? 1 : 0);
  }
  if (o.full || !o.n) { sb_free(&o); return NULL; }
  *len = o.n;
  return sb_take(&o);
}

/* phrases of site furniture (legal notices) that are not article prose */
static const char *const legal_cues[] = {"constitutes acceptance", "all rights reserved",
                                         "privacy policy", "terms of use", "terms of service",
                                         "may not be reproduced", "cookie", "copyright", NULL};

/* Words of text[0..n) in paragraphs that read as prose: eight words or more,
 * a sentence end, and no legal-notice phrase. */
static long prose_words(const char *text, size_t n) {
  long total = 0;
  const char *p = text, *end = text ? text + n : NULL;
  while (p && p < end) {
    const char *e = memchr(p, '\n', (size_t)(end - p));
    if (!e) e = end;
    long words = 0;
    int in = 0, sentence = 0;
    for (const char *q = p; q < e; q++) {
      if (is_ws((unsigned char)*q)) in = 0;
      else if (!in) { in = 1; words++; }
      if ((*q == '.' || *q == '!' || *q == '?') && (q + 1 == e || is_ws((unsigned char)q[1])))
        sentence = 1;
      if ((unsigned char)*q == 0xE3 && q + 2 < e && (unsigned char)q[1] == 0x80 &&
          (unsigned char)q[2] == 0x82)
        sentence = 1, words += 8; /* an ideographic full stop: CJK has no spaces */
    }
    int legal = 0;
    for (int i = 0; legal_cues[i] && !legal; i++) legal = find_ci(p, (size_t)(e - p), legal_cues[i]) != NULL;
    if (words >= 8 && sentence && !legal) total += words;
    p = e + 1;
  }
  return total;
}

/* Parses a page for extraction; NULL (with err) when it cannot be read. */
static xmlDoc *page_doc(const char *buf, size_t n, const char *name, char *err, size_t errn) {
  if (!buf) { set_err(err, errn, "%s: no input", name); return NULL; }
  if (n == 0) { set_err(err, errn, "%s: empty input", name); return NULL; }
  if (n > INT_MAX / 2) { set_err(err, errn, "%s: page too large (%zu bytes)", name, n); return NULL; }
  xmlInitParser();
  size_t un = 0;
  char *u = decode_input(buf, n, &un);
  if (!u) { set_err(err, errn, "%s: out of memory decoding the page", name); return NULL; }
  xmlDoc *doc = parse_html(u, un);
  free(u);
  if (!doc || !xmlDocGetRootElement(doc)) {
    if (doc) xmlFreeDoc(doc);
    set_err(err, errn, "%s: not parseable as HTML", name);
    return NULL;
  }
  return doc;
}

/* The one article of a parsed page into out (metadata already in it and
 * in m). Returns 0, or -1 when no text was found. */
static int page_article(xmlDoc *doc, meta *m, dy_html_article *out) {
  size_t len = 0;
  char *text = extract_text(doc, out->title, &len);
  if (m->ld_body) {
    /* pages that build their text with scripts often carry it in JSON-LD */
    size_t bl = 0;
    char *bt = body_text(m->ld_body, &bl);
    if (bt && (!text || (len < 500 && bl > len * 2))) { free(text); text = bt; len = bl; }
    else free(bt);
  }
  long tw = prose_words(text, len), dw = m->desc ? prose_words(m->desc, strlen(m->desc)) : 0;
  if (tw < 25 && dw >= 15 && dw > 2 * tw) {
    /* a gallery, video or script-built page: its summary is the article */
    free(text);
    text = m->desc;
    len = strlen(text);
    m->desc = NULL;
  }
  if (!text) return -1;
  out->text = text;
  out->text_len = len;
  return 0;
}

int dy_html_extract(const char *buf, size_t n, const char *name, dy_html_article *out,
                    char *err, size_t errn) {
  if (!name) name = "page";
  if (out) memset(out, 0, sizeof *out);
  if (!out) { set_err(err, errn, "%s: no input", name); return -1; }
  xmlDoc *doc = page_doc(buf, n, name, err, errn);
  if (!doc) return -1;
  meta m = {0};
  meta_collect(&m, doc);
  meta_fill(&m, out);
  int rc = page_article(doc, &m, out);
  meta_free(&m);
  xmlFreeDoc(doc);
  if (rc != 0) {
    dy_html_article_free(out);
    set_err(err, errn, "%s: no article text found", name);
    return -1;
  }
  return 0;
}

/* ---- pages of several stories ------------------------------------------------ */

enum { STORY_MAX = 200, STORY_WORDS = 80 };

/* The outermost visible <article> elements under root, in document order
 * (at most max). Returns how many. */
static int find_stories(xmlNode *root, xmlNode **st, int max) {
  int k = 0;
  xmlNode *n = root;
  while (n && k < max) {
    int descend = 1;
    if (n->type == XML_ELEMENT_NODE && n->name) {
      if (is_hidden(n) || !strcmp((const char *)n->name, "script") || !strcmp((const char *)n->name, "style")) descend = 0;
      else if (!strcmp((const char *)n->name, "article")) { st[k++] = n; descend = 0; }
    } else descend = 0;
    if (descend && n->children) { n = n->children; continue; }
    while (n != root && !n->next) n = n->parent;
    if (n == root) break;
    n = n->next;
  }
  return k;
}

/* First element named one of names (NULL-terminated) under n, in document
 * order; NULL when none. */
static xmlNode *first_elem(xmlNode *root, const char *const *names) {
  xmlNode *n = root->children;
  while (n) {
    if (n->type == XML_ELEMENT_NODE && n->name) {
      for (int i = 0; names[i]; i++)
        if (!strcmp((const char *)n->name, names[i])) return n;
      if (n->children) { n = n->children; continue; }
    }
    while (n != root && !n->next) n = n->parent;
    if (n == root) return NULL;
    n = n->next;
  }
  return NULL;
}

/* The text of story element st, judged as the main text is (filler lines,
 * widgets and link lists left out); NULL when empty or on OOM. */
static char *story_text(const page *pg, xmlNode *st, const char *title, size_t *len) {
  emitter em = {0};
  char *res = NULL;
  *len = 0;
  em.drop_title = title;
  emit_tree(&em, pg, st);
  emit_flush(&em);
  if (!em.out.full && em.out.n) { *len = em.out.n; res = sb_take(&em.out); }
  sb_free(&em.out);
  sb_free(&em.para);
  dy_map_free(&em.seen);
  return res;
}

/* A page that carries several full stories (a live page, a digest, an
 * infinite-scroll page): two or more outermost <article> elements with at
 * least STORY_WORDS words of prose each, which together hold most of the
 * prose of the page's main text. Each is passed to cb with its own title
 * (its first heading), date (its first <time datetime>) and authors (its
 * rel=author links), the page's otherwise. Returns the number of stories
 * passed, 0 when the page is one story, -1 when cb stopped the reading. */
static int page_stories(xmlDoc *doc, const dy_html_article *page_meta, long main_words,
                        int (*cb)(void *user, dy_html_article *a), void *user) {
  xmlNode *root = xmlDocGetRootElement(doc);
  xmlNode **st = dy_xmalloc(sizeof(xmlNode *) * STORY_MAX);
  if (!root) { free(st); return 0; }
  int ns = find_stories(root, st, STORY_MAX), nfull = 0, rc = 0;
  page pg = {0};
  pg.strip_unlikely = pg.weigh_classes = pg.strip_boiler = pg.clean_cond = 1;
  char **titles = NULL, **texts = NULL;
  size_t *lens = NULL;
  if (ns < 2 || page_build(&pg, root)) goto done;
  page_sum(&pg);
  titles = dy_xcalloc((size_t)ns, sizeof *titles);
  texts = dy_xcalloc((size_t)ns, sizeof *texts);
  lens = dy_xcalloc((size_t)ns, sizeof *lens);
  static const char *const heads[] = {"h1", "h2", "h3", NULL};
  long words = 0;
  for (int i = 0; i < ns; i++) {
    xmlNode *h = first_elem(st[i], heads);
    titles[i] = h ? elem_text(h) : NULL;
    texts[i] = story_text(&pg, st[i], titles[i], &lens[i]);
    long w = prose_words(texts[i], lens[i]);
    if (w >= STORY_WORDS) { nfull++; words += w; }
    else { free(texts[i]); texts[i] = NULL; } /* a teaser or a box, not a story */
  }
  if (nfull < 2 || words * 2 < main_words) goto done;
  static const char *const times[] = {"time", NULL};
  for (int i = 0; i < ns && rc >= 0; i++) {
    if (!texts[i]) continue;
    dy_html_article a = {0};
    a.text = texts[i]; a.text_len = lens[i]; texts[i] = NULL;
    a.title = titles[i] ? titles[i] : (page_meta->title ? dy_xstrdup(page_meta->title) : NULL);
    titles[i] = NULL;
    xmlNode *t = first_elem(st[i], times);
    const char *dt = t ? attr(t, "datetime") : NULL;
    a.published = dt ? norm_dup(dt) : page_meta->published ? dy_xstrdup(page_meta->published) : NULL;
    meta sm = {0};
    for (xmlNode *n = st[i]; n;) { /* rel=author links of the story */
      if (n->type == XML_ELEMENT_NODE && n->name && !strcmp((const char *)n->name, "a")) rel_author(&sm, n);
      if (n->type == XML_ELEMENT_NODE && n->children) { n = n->children; continue; }
      while (n != st[i] && !n->next) n = n->parent;
      if (n == st[i]) break;
      n = n->next;
    }
    a.authors = sm.authors.n ? sb_take(&sm.authors) : page_meta->authors ? dy_xstrdup(page_meta->authors) : NULL;
    meta_free(&sm);
    a.url = page_meta->url ? dy_xstrdup(page_meta->url) : NULL;
    a.site = page_meta->site ? dy_xstrdup(page_meta->site) : NULL;
    a.lang = page_meta->lang ? dy_xstrdup(page_meta->lang) : NULL;
    if (cb(user, &a)) rc = -1;
    else rc++;
    dy_html_article_free(&a);
  }
done:
  for (int i = 0; i < ns && titles; i++) free(titles[i]);
  for (int i = 0; i < ns && texts; i++) free(texts[i]);
  free(titles); free(texts); free(lens);
  page_free(&pg);
  free(st);
  return rc;
}

int dy_html_extract_each(const char *buf, size_t n, const char *name,
                         int (*cb)(void *user, dy_html_article *a), void *user,
                         char *err, size_t errn) {
  if (!name) name = "page";
  xmlDoc *doc = page_doc(buf, n, name, err, errn);
  if (!doc) return -1;
  dy_html_article one = {0};
  meta m = {0};
  meta_collect(&m, doc);
  meta_fill(&m, &one);
  int rc = page_article(doc, &m, &one);
  meta_free(&m);
  if (rc != 0) {
    xmlFreeDoc(doc);
    dy_html_article_free(&one);
    set_err(err, errn, "%s: no article text found", name);
    return -1;
  }
  int k = page_stories(doc, &one, prose_words(one.text, one.text_len), cb, user);
  xmlFreeDoc(doc);
  if (k == 0) {
    k = cb(user, &one) ? -1 : 1;
  }
  dy_html_article_free(&one);
  if (k < 0) set_err(err, errn, "%s: reading stopped", name);
  return k;
}

/* ------------------------------------------------------------------------ */
/* Public: feeds                                                             */
/* ------------------------------------------------------------------------ */

static int is_name(const xmlNode *n, const char *local) {
  return n && n->type == XML_ELEMENT_NODE && n->name && !strcmp((const char *)n->name, local);
}

static const char *ns_of(const xmlNode *n) {
  return n->ns && n->ns->href ? (const char *)n->ns->href : "";
}

/* Text of an HTML string: main text when it has block structure and want_main
 * is set, else all text with tags stripped and entities decoded. */
static char *html_fragment_text(const char *s, size_t *len, int want_main) {
  *len = 0;
  if (!s) return NULL;
  size_t n = strlen(s), un = 0;
  if (n == 0) return NULL;
  char *u = decode_input(s, n, &un);
  if (!u) return NULL;
  xmlDoc *doc = parse_html(u, un);
  free(u);
  if (!doc) return NULL;
  char *t = NULL;
  if (want_main && has_blocks(doc)) t = extract_text(doc, NULL, len);
  if (!t) t = plain_text(doc, len);
  xmlFreeDoc(doc);
  return t;
}

/* Plain text of a feed text field that may carry markup or entities. */
static char *field_text(const char *s) {
  if (!s) return NULL;
  if (!strchr(s, '<') && !strchr(s, '&')) return norm_dup(s);
  size_t l;
  char *t = html_fragment_text(s, &l, 0);
  if (!t) return NULL;
  for (char *p = t; *p; p++) if (*p == '\n') *p = ' ';
  char *r = norm_dup(t);
  free(t);
  return r;
}

/* Serialises the children of an Atom xhtml content element as markup. */
static char *xhtml_children(xmlDoc *doc, xmlNode *n) {
  xmlBuffer *b = xmlBufferCreate();
  if (!b) return NULL;
  for (xmlNode *c = n->children; c; c = c->next) xmlNodeDump(b, doc, c, 0, 0);
  char *r = NULL;
  const xmlChar *content = xmlBufferContent(b);
  if (content) r = dy_xstrdup((const char *)content);
  xmlBufferFree(b);
  return r;
}

/* Fills one feed item from an RSS <item> or Atom <entry>. */
static void feed_item(xmlDoc *doc, xmlNode *it, dy_html_article *a) {
  xmlChar *encoded = NULL, *atom_content = NULL, *desc = NULL, *title = NULL, *link = NULL,
          *guid = NULL;
  char *xhtml = NULL;
  int content_is_text = 0, desc_is_text = 0;
  meta m = {0};
  for (xmlNode *c = it->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || !c->name) continue;
    const char *nm = (const char *)c->name, *ns = ns_of(c);
    if (!strcmp(nm, "title") && !title) title = xmlNodeGetContent(c);
    else if (!strcmp(nm, "link")) {
      const char *href = attr(c, "href"), *rel = attr(c, "rel");
      if (href) {
        if ((!rel || !strcmp(rel, "alternate")) && !link) link = xmlStrdup((const xmlChar *)href);
      } else if (!link) link = xmlNodeGetContent(c);
    } else if (!strcmp(nm, "guid") && !guid) {
      const char *pl = attr(c, "isPermaLink");
      if (!pl || strcmp(pl, "false")) guid = xmlNodeGetContent(c);
    } else if (!strcmp(nm, "encoded") && strstr(ns, "content") && !encoded) {
      encoded = xmlNodeGetContent(c);
    } else if (!strcmp(nm, "content") && !atom_content && !xhtml) {
      const char *ty = attr(c, "type");
      if (ty && !strcmp(ty, "xhtml")) xhtml = xhtml_children(doc, c);
      else {
        atom_content = xmlNodeGetContent(c);
        content_is_text = ty && !strcmp(ty, "text");
      }
    } else if ((!strcmp(nm, "description") || !strcmp(nm, "summary")) && !desc) {
      const char *ty = attr(c, "type");
      desc = xmlNodeGetContent(c);
      desc_is_text = ty && !strcmp(ty, "text");
    } else if (!strcmp(nm, "pubDate") || !strcmp(nm, "published")) {
      xmlChar *v = xmlNodeGetContent(c);
      set_once(&m.date[D_ARTICLE], (const char *)v);
      xmlFree(v);
    } else if (!strcmp(nm, "updated") || (!strcmp(nm, "date") && strstr(ns, "purl.org/dc")) ||
               !strcmp(nm, "issued") || !strcmp(nm, "modified")) {
      xmlChar *v = xmlNodeGetContent(c);
      set_once(&m.date[D_META], (const char *)v);
      xmlFree(v);
    } else if (!strcmp(nm, "creator") || !strcmp(nm, "author")) {
      xmlChar *v = NULL;
      for (xmlNode *k = c->children; k; k = k->next)
        if (is_name(k, "name")) { v = xmlNodeGetContent(k); break; }
      if (!v) v = xmlNodeGetContent(c);
      if (v) {
        /* RSS author: "mail@example.com (Name)" */
        char *s = (char *)v, *lp = strchr(s, '('), *rp = lp ? strrchr(lp, ')') : NULL;
        if (lp && rp && strchr(s, '@') && strchr(s, '@') < lp) {
          *rp = 0;
          add_author(&m, lp + 1, 1);
        } else add_author(&m, s, 1);
        xmlFree(v);
      }
    }
  }
  a->title = field_text((const char *)title);
  if (link) a->url = norm_dup((const char *)link);
  else if (guid && strstr((const char *)guid, "://")) a->url = norm_dup((const char *)guid);
  for (int i = 0; i < D_N && !a->published; i++)
    if (m.date[i]) { a->published = m.date[i]; m.date[i] = NULL; }
  if (m.authors.n) a->authors = sb_take(&m.authors);
  size_t len = 0;
  if (encoded) a->text = html_fragment_text((const char *)encoded, &len, 1);
  if (!a->text && xhtml) a->text = html_fragment_text(xhtml, &len, 1);
  if (!a->text && atom_content) {
    if (content_is_text) { a->text = norm_dup((const char *)atom_content); len = a->text ? strlen(a->text) : 0; }
    else a->text = html_fragment_text((const char *)atom_content, &len, 1);
  }
  if (!a->text && desc) {
    if (desc_is_text) { a->text = norm_dup((const char *)desc); len = a->text ? strlen(a->text) : 0; }
    else a->text = html_fragment_text((const char *)desc, &len, 1);
  }
  a->text_len = a->text ? len : 0;
  xmlFree(encoded); xmlFree(atom_content); xmlFree(desc); xmlFree(title); xmlFree(link);
  xmlFree(guid); free(xhtml);
  meta_free(&m);
}

#define XML_OPTS (XML_PARSE_RECOVER | XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
                  XML_PARSE_NOCDATA | XML_PARSE_COMPACT | XML_PARSE_IGNORE_ENC)

int dy_feed_parse(const char *buf, size_t n, const char *name,
                  int (*cb)(void *user, dy_html_article *item), void *user,
                  char *err, size_t errn) {
  if (!name) name = "feed";
  if (!buf || n == 0) { set_err(err, errn, "%s: empty input, not a feed", name); return -1; }
  if (n > INT_MAX / 2) { set_err(err, errn, "%s: feed too large (%zu bytes)", name, n); return -1; }
  xmlInitParser();
  size_t un = 0;
  char *u = decode_input(buf, n, &un);
  if (!u) { set_err(err, errn, "%s: out of memory decoding the feed", name); return -1; }
  if (un > INT_MAX) {
    free(u);
    set_err(err, errn, "%s: feed too large once decoded (%zu bytes)", name, un);
    return -1;
  }
  const char *p = u;
  while (*p && is_ws((unsigned char)*p)) p++;
  if (*p != '<') {
    free(u);
    set_err(err, errn, "%s: not XML (does not start with '<'), so not an RSS or Atom feed", name);
    return -1;
  }
  xmlDoc *doc = xmlReadMemory(p, (int)(un - (size_t)(p - u)), NULL, "UTF-8", XML_OPTS);
  free(u);
  xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;
  if (!root) {
    if (doc) xmlFreeDoc(doc);
    set_err(err, errn, "%s: not well-formed XML, so not an RSS or Atom feed", name);
    return -1;
  }
  xmlNode *container = NULL;
  const char *item = NULL;
  if (is_name(root, "rss")) {
    for (xmlNode *c = root->children; c; c = c->next) if (is_name(c, "channel")) { container = c; break; }
    if (!container) container = root;
    item = "item";
  } else if (is_name(root, "feed")) {
    container = root;
    item = "entry";
  } else if (is_name(root, "RDF")) {
    container = root;
    item = "item";
  } else {
    set_err(err, errn, "%s: XML root element <%s> is not <rss>, <feed> or <rdf:RDF>: not a feed",
            name, root->name ? (const char *)root->name : "?");
    xmlFreeDoc(doc);
    return -1;
  }
  char *site = NULL, *lang = NULL;
  for (xmlNode *c = container->children; c; c = c->next) {
    if (is_name(c, "title") && !site) { xmlChar *v = xmlNodeGetContent(c); site = field_text((const char *)v); xmlFree(v); }
    if (is_name(c, "language") && !lang) { xmlChar *v = xmlNodeGetContent(c); lang = norm_dup((const char *)v); xmlFree(v); }
  }
  if (!lang) {
    xmlChar *l = xmlNodeGetLang(root);
    lang = norm_dup((const char *)l);
    xmlFree(l);
  }
  int count = 0;
  for (int pass = 0; pass < 2; pass++) {
    /* RSS 1.0 and some broken RSS put items beside the channel */
    xmlNode *from = pass == 0 ? container : (container != root ? root : NULL);
    if (!from) break;
    int stop = 0;
    for (xmlNode *c = from->children; c && !stop; c = c->next) {
      if (!is_name(c, item)) continue;
      dy_html_article a = {0};
      feed_item(doc, c, &a);
      if (site) a.site = dy_xstrdup(site);
      if (lang) a.lang = dy_xstrdup(lang);
      count++;
      if (cb && cb(user, &a)) stop = 1;
      dy_html_article_free(&a);
    }
    if (stop) break;
  }
  free(site);
  free(lang);
  xmlFreeDoc(doc);
  return count;
}

/* ------------------------------------------------------------------------ */
/* Public: sniffing                                                          */
/* ------------------------------------------------------------------------ */

static int starts_ci(const char *s, const char *e, const char *w) {
  size_t l = strlen(w);
  if ((size_t)(e - s) < l) return 0;
  for (size_t i = 0; i < l; i++) if (lc((unsigned char)s[i]) != w[i]) return 0;
  return 1;
}

/* 1 if s (within e) starts with tag name w followed by a delimiter. */
static int starts_tag(const char *s, const char *e, const char *w) {
  if (!starts_ci(s, e, w)) return 0;
  const char *q = s + strlen(w);
  return q >= e || is_ws((unsigned char)*q) || *q == '>' || *q == '/';
}

/* 1 if an <rss, <feed or <rdf:RDF start tag occurs in s[0..e). */
static int feed_root_near(const char *s, const char *e) {
  for (const char *p = s; p < e; p++) {
    if (*p != '<') continue;
    if (starts_tag(p, e, "<rss") || starts_tag(p, e, "<feed") || starts_tag(p, e, "<rdf:rdf"))
      return 1;
  }
  return 0;
}

void dy_html_init(void) { xmlInitParser(); }

int dy_html_sniff(const char *buf, size_t n) {
  if (!buf) return 0;
  const char *p = buf, *e = buf + (n > 4096 ? 4096 : n);
  if (e - p >= 3 && !memcmp(p, "\xEF\xBB\xBF", 3)) p += 3;
  for (;;) {
    while (p < e && is_ws((unsigned char)*p)) p++;
    if (starts_ci(p, e, "<!--")) {
      const char *q = NULL;
      for (const char *r = p + 4; r + 3 <= e; r++) if (!memcmp(r, "-->", 3)) { q = r; break; }
      if (!q) return 0;
      p = q + 3;
      continue;
    }
    break;
  }
  if (p >= e || *p != '<') return 0;
  if (starts_ci(p, e, "<?xml")) {
    if (feed_root_near(p, e)) return 2;
    for (const char *q = p; q < e; q++)
      if (*q == '<' && (starts_tag(q, e, "<html") || starts_ci(q, e, "<!doctype html"))) return 1;
    return 0;
  }
  if (starts_tag(p, e, "<rss") || starts_tag(p, e, "<feed") || starts_tag(p, e, "<rdf:rdf")) return 2;
  if (starts_ci(p, e, "<!doctype html")) return 1;
  static const char *const html_tags[] = {"<html", "<head", "<body", "<p", "<div", "<meta",
                                          "<title", "<link", "<script", "<table", "<h1",
                                          "<article", "<section", "<style", NULL};
  for (int i = 0; html_tags[i]; i++) if (starts_tag(p, e, html_tags[i])) return 1;
  if (starts_ci(p, e, "<!doctype")) {
    for (const char *q = p; q < e && *q != '>'; q++) if (starts_ci(q, e, "html")) return 1;
  }
  return 0;
}

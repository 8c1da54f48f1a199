/* read.c: files, directories, .gz and standard input to documents; the
 * plain-text and JSON Lines readers, and dispatch to the HTML and feed reader. */
#include "read.h"
#include "../base.h"
#include "html.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <jansson.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <zlib.h>


dy_date dy_today(void) {
  dy_date d;
  const char *env = getenv("DYAD_TODAY");
  if (env && dy_date_parse_iso(env, &d) == 0 && d.prec == DY_PREC_DAY) return d;
  return dy_date_from_days((long)(time(NULL) / 86400));
}

int dy_read_is_binary(const char *buf, size_t n) {
  size_t lim = n < 8192 ? n : 8192, ctl = 0;
  for (size_t i = 0; i < lim; i++) {
    unsigned char c = (unsigned char)buf[i];
    if (c == 0) return 1;
    if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') ctl++;
  }
  return lim > 0 && ctl * 20 > lim;
}

/* ---- finishing a document ------------------------------------------------- */

int dy_doc_finish(dy_doc *d, const char *path, long line, dy_read_stats *st) {
  int any = 0;
  for (size_t i = 0; i < d->len && !any; i++) {
    unsigned char c = (unsigned char)d->text[i];
    any = !(c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v');
  }
  if (!any) {
    dy_warn(path, line, "no article text, skipped");
    st->skipped++;
    return -1;
  }
  if (path && !d->path) dy_doc_set_str(&d->path, path, strlen(path));
  d->line = line;
  return 0;
}

/* ---- byte sources: files through zlib, streams as their data comes ------- */

/* A file is read through zlib (compressed or not); a stream (standard
 * input) with read(), so a filter sees each line as soon as it arrives,
 * and inflated by hand when it turns out to be gzip. */
typedef struct {
  gzFile gz;
  int fd;
  int inflating, eof, started;
  z_stream zs;
  unsigned char buf[65536];
  size_t have, off; /* plain bytes read ahead of the caller */
  char err[160];
} bsrc;

/* Reads at most n bytes; returns how many, 0 at the end, -1 on error (s->err). */
static int bsrc_read(bsrc *s, char *out, size_t n) {
  if (s->gz) {
    int k = gzread(s->gz, out, (unsigned)(n > 1u << 30 ? 1u << 30 : n));
    int e = Z_OK;
    const char *m = gzerror(s->gz, &e);
    if (k < 0) snprintf(s->err, sizeof s->err, "%s", m);
    else if (k == 0 && e == Z_BUF_ERROR) { /* zlib's word for a stream that stops mid-way */
      snprintf(s->err, sizeof s->err, "the gzip data is cut short");
      return -1;
    }
    return k;
  }
  if (!s->started) {
    s->started = 1;
    while (s->have < 2) {
      ssize_t k = read(s->fd, s->buf + s->have, sizeof s->buf - s->have);
      if (k < 0 && errno == EINTR) continue;
      if (k < 0) { snprintf(s->err, sizeof s->err, "%s", strerror(errno)); return -1; }
      if (k == 0) break;
      s->have += (size_t)k;
    }
    if (s->have >= 2 && s->buf[0] == 0x1f && s->buf[1] == 0x8b) {
      if (inflateInit2(&s->zs, 16 + MAX_WBITS) != Z_OK) { snprintf(s->err, sizeof s->err, "cannot start gzip"); return -1; }
      s->inflating = 1;
      s->zs.next_in = s->buf;
      s->zs.avail_in = (uInt)s->have;
      s->have = 0;
    }
  }
  if (!s->inflating) {
    if (s->off < s->have) {
      size_t k = s->have - s->off < n ? s->have - s->off : n;
      memcpy(out, s->buf + s->off, k);
      s->off += k;
      return (int)k;
    }
    for (;;) {
      ssize_t k = read(s->fd, out, n > 1u << 30 ? 1u << 30 : n);
      if (k < 0 && errno == EINTR) continue;
      if (k < 0) { snprintf(s->err, sizeof s->err, "%s", strerror(errno)); return -1; }
      return (int)k;
    }
  }
  if (s->eof) return 0;
  s->zs.next_out = (Bytef *)out;
  s->zs.avail_out = (uInt)(n > 1u << 30 ? 1u << 30 : n);
  while (s->zs.avail_out == (uInt)(n > 1u << 30 ? 1u << 30 : n)) {
    if (s->zs.avail_in == 0) {
      ssize_t k = read(s->fd, s->buf, sizeof s->buf);
      if (k < 0 && errno == EINTR) continue;
      if (k < 0) { snprintf(s->err, sizeof s->err, "%s", strerror(errno)); return -1; }
      if (k == 0) { snprintf(s->err, sizeof s->err, "the gzip data is cut short"); return -1; }
      s->zs.next_in = s->buf;
      s->zs.avail_in = (uInt)k;
    }
    int rc = inflate(&s->zs, Z_NO_FLUSH);
    if (rc == Z_STREAM_END) { s->eof = 1; break; }
    if (rc != Z_OK && rc != Z_BUF_ERROR) {
      snprintf(s->err, sizeof s->err, "bad gzip data: %s", s->zs.msg ? s->zs.msg : "inflate failed");
      return -1;
    }
  }
  return (int)((Bytef *)s->zs.next_out - (Bytef *)out);
}

static void bsrc_close(bsrc *s) {
  if (s->gz) gzclose(s->gz);
  if (s->fd >= 0) close(s->fd);
  if (s->inflating) inflateEnd(&s->zs);
}

/* ---- plain text ------------------------------------------------------------- */

typedef struct { const char *p; size_t n; } line_t;

static line_t trim(line_t l) {
  while (l.n && (*l.p == ' ' || *l.p == '\t' || *l.p == '\r')) { l.p++; l.n--; }
  while (l.n && (l.p[l.n - 1] == ' ' || l.p[l.n - 1] == '\t' || l.p[l.n - 1] == '\r')) l.n--;
  return l;
}

static int line_ieq(line_t l, const char *s) {
  size_t n = strlen(s);
  return l.n == n && strncasecmp(l.p, s, n) == 0;
}

/* Strips a leading bullet ("•", "-", "*") and spaces. */
static line_t unbullet(line_t l) {
  if (l.n >= 3 && memcmp(l.p, "\xE2\x80\xA2", 3) == 0) { l.p += 3; l.n -= 3; }
  else if (l.n >= 2 && (l.p[0] == '-' || l.p[0] == '*') && l.p[1] == ' ') { l.p += 2; l.n -= 2; }
  return trim(l);
}

static int count_words(line_t l) {
  int w = 0, in = 0;
  for (size_t i = 0; i < l.n; i++) {
    int sp = l.p[i] == ' ' || l.p[i] == '\t';
    if (!sp && !in) w++;
    in = !sp;
  }
  return w;
}

/* Page furniture that is not article text. */
static int furniture(line_t l) {
  static const char *const F[] = {"comments", "comment", "no comments yet", "no comments yet...", "no comments yet.",
    "try our ai features", "hashtags", "related articles", "related stories", "related", "share", "share this article",
    "share this", "advertisement", "advertisements", "read more", "read next", "subscribe", "sign up", "follow us",
    "print", "email", "most read", "most popular", "trending", "recommended", "more from", "leave a comment",
    "show comments", "load comments", "sponsored", "you may also like", "also read", "tags", "topics", NULL};
  l = trim(l);
  for (int i = 0; F[i]; i++)
    if (line_ieq(l, F[i])) return 1;
  if (l.n > 13 && strncasecmp(l.p, "explore what ", 13) == 0 && l.n < 80 && memmem(l.p, l.n, "can do for you", 14)) return 1;
  return 0;
}

/* "5 hours ago", "2 days ago", "1 minute ago", "yesterday": sets *hours. */
static int age_line(line_t l, long *hours) {
  l = trim(l);
  if (line_ieq(l, "yesterday")) { *hours = 24; return 1; }
  char b[40];
  if (l.n == 0 || l.n >= sizeof b) return 0;
  memcpy(b, l.p, l.n);
  b[l.n] = 0;
  char *end;
  long v = strtol(b, &end, 10);
  if (end == b || v < 0 || v > 100000) return 0;
  while (*end == ' ') end++;
  long mult = 0;
  if (strncmp(end, "minute", 6) == 0 || strncmp(end, "min", 3) == 0) mult = 0;
  else if (strncmp(end, "hour", 4) == 0 || strncmp(end, "hr", 2) == 0) mult = 1;
  else if (strncmp(end, "day", 3) == 0) mult = 24;
  else if (strncmp(end, "week", 4) == 0) mult = 24 * 7;
  else return 0;
  if (!strstr(end, " ago")) return 0;
  *hours = v * mult;
  return 1;
}

/* A dateline as a line of its own ("August 6, 2025", "08 Aug, 22:59",
 * "2025-08-06"): short, with a digit and a month name or an ISO date. The
 * extract stage resolves it (it may lack the year). */
static int date_like(line_t l) {
  static const char *const M[] = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", NULL};
  l = unbullet(l);
  if (l.n < 4 || l.n > 48 || count_words(l) > 7) return 0;
  if (l.n >= 10 && l.p[4] == '-' && l.p[7] == '-' && l.p[0] >= '0' && l.p[0] <= '9') return 1;
  int digit = 0, month = 0;
  for (size_t i = 0; i < l.n; i++) {
    if (l.p[i] >= '0' && l.p[i] <= '9') digit = 1;
    int start = i == 0 || !((l.p[i - 1] | 32) >= 'a' && (l.p[i - 1] | 32) <= 'z');
    if (!start || i + 3 > l.n) continue;
    for (int m = 0; M[m]; m++)
      if (strncasecmp(l.p + i, M[m], 3) == 0) {
        size_t j = i + 3;
        while (j < l.n && (l.p[j] | 32) >= 'a' && (l.p[j] | 32) <= 'z') j++;
        if (j - i <= 9) month = 1;
      }
  }
  /* every word must be a number, a month, a weekday or a time: no prose */
  return digit && month && count_words(l) <= 5;
}

static dy_doc *make_doc(const char *path) {
  dy_doc *d = dy_doc_new();
  if (d && path) dy_doc_set_str(&d->path, path, strlen(path));
  return d;
}

static void set_field(char **f, line_t l) { l = trim(l); dy_doc_set_str(f, l.p, l.n); }

/* Joins lines [a, b) with '\n' into the doc's text, dropping furniture. */
static void set_body(dy_doc *d, const line_t *L, size_t a, size_t b, line_t title) {
  dy_buf t = {0};
  for (size_t i = a; i < b; i++) {
    line_t l = trim(L[i]);
    if (furniture(l)) continue;
    if (title.n && l.n == title.n && memcmp(l.p, title.p, l.n) == 0 && t.n == 0) continue;
    if (l.n == 0) { if (t.n && t.p[t.n - 1] != '\n') dy_buf_putc(&t, '\n'); continue; }
    if (t.n && t.p[t.n - 1] != '\n') dy_buf_putc(&t, '\n');
    dy_buf_put(&t, l.p, l.n);
  }
  if (!t.p) dy_buf_put(&t, "", 0);
  dy_doc_set_text(d, t.p, t.n);
}

static int emit(dy_doc *d, const char *path, long line, dy_doc_cb cb, void *user, dy_read_stats *st) {
  if (dy_doc_finish(d, path, line, st)) { dy_doc_free(d); return 0; }
  st->docs++;
  return cb(user, d);
}

int dy_read_text_buffer(const char *buf, size_t n, const char *path, dy_doc_cb cb, void *user, dy_read_stats *st) {
  if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) { buf += 3; n -= 3; } /* a byte-order mark is not text */
  /* lines */
  size_t cap = 0, nl = 0;
  line_t *L = NULL;
  for (size_t i = 0; i <= n;) {
    const char *e = i < n ? memchr(buf + i, '\n', n - i) : NULL;
    size_t end = e ? (size_t)(e - buf) : n;
    DY_VEC_GROW(L, cap, nl + 1);
    L[nl++] = (line_t){buf + i, end - i};
    if (!e) break;
    i = end + 1;
  }
  /* story headers of aggregator pages: SOURCE / "5 hours ago" / "- SOURCE" / TITLE */
  size_t heads[256];
  long ages[256];
  int nh = 0;
  for (size_t i = 1; i + 2 < nl && nh < 256; i++) {
    long h;
    line_t nx = trim(L[i + 1]);
    if (age_line(L[i], &h) && nx.n > 2 && (nx.p[0] == '-' || memcmp(nx.p, "\xE2\x80\x93", nx.n >= 3 ? 3 : nx.n) == 0)) {
      heads[nh] = i - 1;
      ages[nh++] = h;
    }
  }
  size_t main_end = nh ? heads[0] : nl;
  /* the main story: title, then date / source / bullet lines near the top */
  int count = 0, stop = 0;
  size_t i = 0;
  while (i < main_end && trim(L[i]).n == 0) i++;
  dy_doc *d = make_doc(path);
  if (!d) { free(L); return 0; }
  line_t title = {NULL, 0};
  if (i < main_end) {
    line_t t = trim(L[i]);
    int words = count_words(t);
    int sentence_end = t.n && (t.p[t.n - 1] == '.' || t.p[t.n - 1] == '"');
    if (words <= 30 && !sentence_end && !date_like(t)) { title = t; set_field(&d->title, t); i++; }
  }
  for (size_t k = 0; i < main_end && k < 8; k++) {
    line_t l = trim(L[i]);
    if (l.n == 0 || furniture(l)) { i++; continue; }
    if (title.n && l.n == title.n && memcmp(l.p, title.p, l.n) == 0) { i++; continue; }
    if (date_like(l)) { line_t u = unbullet(l); set_field(&d->date_line, u); i++; continue; }
    if (l.n > 7 && strncasecmp(l.p, "source:", 7) == 0) { set_field(&d->source, (line_t){l.p + 7, l.n - 7}); i++; continue; }
    line_t u = unbullet(l);
    if (u.n != l.n && count_words(u) <= 4) { i++; continue; } /* "• Iran": a category tag */
    break;
  }
  set_body(d, L, i, main_end, title);
  if (!d->title) {
    /* no headline: the first words of the text */
    line_t f = trim(L[i < main_end ? i : 0]);
    size_t cut = f.n > 90 ? 90 : f.n;
    while (cut < f.n && cut > 40 && f.p[cut] != ' ') cut--;
    while (cut > 0 && cut < f.n && ((unsigned char)f.p[cut] & 0xC0) == 0x80) cut--; /* not inside a character */
    dy_doc_set_str(&d->title, f.p, cut);
  }
  char *page_date = d->date_line ? dy_xstrdup(d->date_line) : NULL;
  stop = emit(d, path, 1, cb, user, st);
  count++;
  /* the stories the page carries besides */
  for (int h = 0; h < nh && !stop; h++) {
    size_t s0 = heads[h], end = h + 1 < nh ? heads[h + 1] : nl;
    dy_doc *r = make_doc(path);
    if (!r) break;
    set_field(&r->source, L[s0]);
    r->age_hours = ages[h];
    if (page_date) dy_doc_set_str(&r->date_line, page_date, strlen(page_date));
    size_t b = s0 + 3;
    while (b < end && trim(L[b]).n == 0) b++;
    line_t t = b < end ? trim(L[b]) : (line_t){"", 0};
    set_field(&r->title, t);
    set_body(r, L, b + 1, end, t);
    stop = emit(r, path, (long)s0 + 1, cb, user, st);
    count++;
  }
  free(page_date);
  free(L);
  return stop ? -1 : count;
}

/* ---- JSON Lines ---------------------------------------------------------------- */

static const char *jstr(json_t *o, const char *k) {
  json_t *v = json_object_get(o, k);
  return json_is_string(v) ? json_string_value(v) : NULL;
}

/* ---- a JSON Lines record of the usual form, read without jansson ------------- */

/* The usual record is one object whose keys are among the known fields,
 * each once, each a string. flat_record reads that form directly (a tree of
 * jansson values costs more than the rest of reading); anything else (another
 * key or kind of value, an escape it does not decode, bad JSON or UTF-8,
 * \u0000, an empty text) it leaves to jansson, which reads it or says what
 * is wrong, so both give the same document. */
enum { JF_ID, JF_URL, JF_TITLE, JF_SOURCE, JF_PUBLISHED, JF_TEXT, JF_N };
static const char *const JF_NAME[JF_N] = {"id", "url", "title", "source", "published", "text"};

static const char *json_ws(const char *p, const char *e) {
  while (p < e && (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')) p++;
  return p;
}

static int hex4(const char *p, const char *e, uint32_t *out) {
  if (e - p < 4) return -1;
  uint32_t v = 0;
  for (int i = 0; i < 4; i++) {
    char c = p[i];
    v <<= 4;
    if (c >= '0' && c <= '9') v |= (uint32_t)(c - '0');
    else if (c >= 'a' && c <= 'f') v |= (uint32_t)(c - 'a' + 10);
    else if (c >= 'A' && c <= 'F') v |= (uint32_t)(c - 'A' + 10);
    else return -1;
  }
  *out = v;
  return 0;
}

/* The length of the well-formed UTF-8 sequence at p (RFC 3629: no overlong
 * form, no surrogate, nothing past U+10FFFF), or 0. */
static size_t utf8_seq(const unsigned char *p, const unsigned char *e) {
  unsigned c = p[0];
  size_t n = c < 0xC2 ? 0 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
  if (!n || (size_t)(e - p) < n) return 0;
  for (size_t i = 1; i < n; i++)
    if ((p[i] & 0xC0) != 0x80) return 0;
  if (c == 0xE0 && p[1] < 0xA0) return 0;
  if (c == 0xED && p[1] >= 0xA0) return 0;
  if (c == 0xF0 && p[1] < 0x90) return 0;
  if (c == 0xF4 && p[1] >= 0x90) return 0;
  return n;
}

/* Decodes the string whose opening quote is at *pp into out (advanced);
 * *pp is left after the closing quote. -1: not of the usual form. */
static int json_flat_str(const char **pp, const char *e, char **out) {
  const char *p = *pp + 1;
  char *o = *out;
  for (;;) {
    const char *q = p;
    while (q < e && *q != '"' && *q != '\\' && (unsigned char)*q >= 0x20 && (unsigned char)*q < 0x80) q++;
    memcpy(o, p, (size_t)(q - p));
    o += q - p;
    p = q;
    if (p >= e) return -1;
    unsigned char c = (unsigned char)*p;
    if (c == '"') break;
    if (c < 0x20) return -1;
    if (c >= 0x80) {
      size_t k = utf8_seq((const unsigned char *)p, (const unsigned char *)e);
      if (!k) return -1;
      memcpy(o, p, k);
      o += k;
      p += k;
      continue;
    }
    /* an escape */
    if (e - p < 2) return -1;
    char x = p[1];
    p += 2;
    switch (x) {
    case '"': *o++ = '"'; break;
    case '\\': *o++ = '\\'; break;
    case '/': *o++ = '/'; break;
    case 'b': *o++ = '\b'; break;
    case 'f': *o++ = '\f'; break;
    case 'n': *o++ = '\n'; break;
    case 'r': *o++ = '\r'; break;
    case 't': *o++ = '\t'; break;
    case 'u': {
      uint32_t u;
      if (hex4(p, e, &u)) return -1;
      p += 4;
      if (u == 0 || (u >= 0xDC00 && u <= 0xDFFF)) return -1;
      if (u >= 0xD800 && u <= 0xDBFF) {
        uint32_t lo;
        if (e - p < 6 || p[0] != '\\' || p[1] != 'u' || hex4(p + 2, e, &lo) || lo < 0xDC00 || lo > 0xDFFF) return -1;
        p += 6;
        u = 0x10000 + ((u - 0xD800) << 10) + (lo - 0xDC00);
      }
      if (u < 0x80) *o++ = (char)u;
      else if (u < 0x800) { *o++ = (char)(0xC0 | u >> 6); *o++ = (char)(0x80 | (u & 0x3F)); }
      else if (u < 0x10000) { *o++ = (char)(0xE0 | u >> 12); *o++ = (char)(0x80 | ((u >> 6) & 0x3F)); *o++ = (char)(0x80 | (u & 0x3F)); }
      else {
        *o++ = (char)(0xF0 | u >> 18); *o++ = (char)(0x80 | ((u >> 12) & 0x3F));
        *o++ = (char)(0x80 | ((u >> 6) & 0x3F)); *o++ = (char)(0x80 | (u & 0x3F));
      }
      break;
    }
    default: return -1;
    }
  }
  *o++ = 0;
  *out = o;
  *pp = p + 1;
  return 0;
}

/* Reads the record into v[] (pointers into buf, which has room for n + 1
 * bytes; NULL: the field is absent). 0: read; -1: leave it to jansson. */
static int json_flat(const char *p, size_t n, char *buf, const char **v, size_t *vlen) {
  const char *e = p + n;
  char *o = buf;
  for (int i = 0; i < JF_N; i++) v[i] = NULL;
  p = json_ws(p, e);
  if (p >= e || *p != '{') return -1;
  p = json_ws(p + 1, e);
  if (p < e && *p == '}') return -1; /* no text: jansson's path says so */
  for (;;) {
    if (p >= e || *p != '"') return -1;
    /* the key: one of the known names, written plainly */
    const char *k = p + 1, *ke = memchr(k, '"', (size_t)(e - k));
    if (!ke) return -1;
    int f = -1;
    for (int i = 0; i < JF_N && f < 0; i++)
      if (strlen(JF_NAME[i]) == (size_t)(ke - k) && !memcmp(JF_NAME[i], k, (size_t)(ke - k))) f = i;
    if (f < 0 || v[f]) return -1;
    p = json_ws(ke + 1, e);
    if (p >= e || *p != ':') return -1;
    p = json_ws(p + 1, e);
    if (p >= e || *p != '"') return -1;
    v[f] = o;
    if (json_flat_str(&p, e, &o)) return -1;
    vlen[f] = (size_t)(o - 1 - v[f]);
    p = json_ws(p, e);
    if (p < e && *p == ',') { p = json_ws(p + 1, e); continue; }
    if (p < e && *p == '}') break;
    return -1;
  }
  if (json_ws(p + 1, e) != e) return -1;
  return v[JF_TEXT] && vlen[JF_TEXT] ? 0 : -1;
}

/* Fills d from a record json_flat read. */
static int flat_record(dy_doc *d, const char *const *v, const size_t *vlen, const char *path, long line) {
  dy_doc_set_str(&d->text, v[JF_TEXT], vlen[JF_TEXT]);
  d->len = vlen[JF_TEXT];
  if (v[JF_ID]) dy_doc_set_str(&d->id, v[JF_ID], vlen[JF_ID]);
  if (v[JF_URL]) dy_doc_set_str(&d->url, v[JF_URL], vlen[JF_URL]);
  if (v[JF_TITLE]) dy_doc_set_str(&d->title, v[JF_TITLE], vlen[JF_TITLE]);
  if (v[JF_SOURCE]) dy_doc_set_str(&d->source, v[JF_SOURCE], vlen[JF_SOURCE]);
  const char *s = v[JF_PUBLISHED];
  if (s && dy_date_parse_iso(s, &d->published) != 0) {
    dy_doc_set_str(&d->date_line, s, vlen[JF_PUBLISHED]);
    d->date_field = "published";
  }
  dy_read_stats none = {0};
  return dy_doc_finish(d, path, line, &none);
}

/* Fills d from one JSON Lines record p[0..n). Returns 0, or -1 when the
 * record is not usable (reported with path and line). */
static int json_record(dy_doc *d, const char *p, size_t n, const char *path, long line) {
  const char *nul = memchr(p, 0, n);
  if (nul) {
    dy_warn(path, line, "a NUL byte (binary data) at column %zu, skipped", (size_t)(nul - p) + 1);
    return -1;
  }
  char *buf = dy_xmalloc(n + 1);
  if (buf) {
    const char *v[JF_N];
    size_t vlen[JF_N];
    if (json_flat(p, n, buf, v, vlen) == 0) {
      int rc = flat_record(d, v, vlen, path, line);
      free(buf);
      return rc;
    }
    free(buf);
  }
  json_error_t err;
  json_t *o = json_loadb(p, n, JSON_REJECT_DUPLICATES | JSON_ALLOW_NUL, &err);
  if (!o) {
    dy_warn(path, line, "not JSON: %s (column %d), skipped", err.text, err.column);
    return -1;
  }
  if (!json_is_object(o)) {
    dy_warn(path, line, "expected a JSON object, skipped");
    json_decref(o);
    return -1;
  }
  json_t *tv = json_object_get(o, "text");
  if (!json_is_string(tv) || json_string_length(tv) == 0) {
    dy_warn(path, line, "no \"text\" field (a non-empty string), skipped");
    json_decref(o);
    return -1;
  }
  dy_doc_set_str(&d->text, json_string_value(tv), json_string_length(tv));
  d->len = json_string_length(tv);
  const char *s;
  json_t *idv = json_object_get(o, "id");
  if ((s = jstr(o, "id"))) dy_doc_set_str(&d->id, s, strlen(s));
  else if (json_is_integer(idv)) {
    char b[32];
    snprintf(b, sizeof b, "%lld", (long long)json_integer_value(idv));
    dy_doc_set_str(&d->id, b, strlen(b));
  }
  if ((s = jstr(o, "url"))) dy_doc_set_str(&d->url, s, strlen(s));
  if ((s = jstr(o, "title"))) dy_doc_set_str(&d->title, s, strlen(s));
  if ((s = jstr(o, "source"))) dy_doc_set_str(&d->source, s, strlen(s));
  const char *field = "published";
  json_t *dv = json_object_get(o, field);
  if (!json_is_string(dv) && !json_is_number(dv)) dv = json_object_get(o, field = "date");
  if ((s = json_string_value(dv)) && dy_date_parse_iso(s, &d->published) != 0) {
    dy_doc_set_str(&d->date_line, s, strlen(s));
    d->date_field = field; /* resolved, or reported, by the date stage */
  } else if (json_is_number(dv)) {
    /* seconds (or milliseconds) since 1970, or a year */
    double v = json_number_value(dv);
    if (v >= 1e11) v /= 1000;
    if (v >= 1e8 && v < 1e10) d->published = dy_date_from_days((long)(v / 86400));
    else if (v >= 1000 && v < 10000 && v == (int)v) d->published = (dy_date){(int16_t)v, 0, 0, DY_PREC_YEAR};
    else dy_warn(path, line, "%s %.17g is not a date, ignored", field, json_number_value(dv));
  }
  /* "date_inferred": true, as dyad read writes it: the date is only a lower
   * bound the text gave (extract/docdate.c), also when read back */
  if (d->published.prec && json_is_true(json_object_get(o, "date_inferred"))) d->date_inferred = 1;
  static const char *const known[] = {"id", "url", "title", "source", "published", "text", "date_inferred", NULL};
  for (int i = 0; known[i]; i++) json_object_del(o, known[i]);
  if (json_object_size(o)) d->meta = json_dumps(o, JSON_COMPACT | JSON_SORT_KEYS);
  json_decref(o);
  dy_read_stats none = {0};
  return dy_doc_finish(d, path, line, &none);
}

/* One JSON Lines record to a document, parsed now or (st->defer) by
 * whoever calls dy_read_deferred. */
static int jsonl_line(const char *p, size_t n, const char *path, long line, dy_doc_cb cb, void *user, dy_read_stats *st) {
  if (n >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) { p += 3; n -= 3; } /* a byte-order mark (files joined by cat) */
  size_t k = 0;
  while (k < n && (p[k] == ' ' || p[k] == '\t' || p[k] == '\r')) k++;
  if (k == n) return 0;
  dy_doc *d = dy_doc_new();
  if (!d) return 1;
  if (st->defer) {
    d->raw = dy_xmalloc(n);
    memcpy(d->raw, p, n);
    d->rawlen = n;
    d->rawfmt = DY_FMT_JSONL;
    dy_doc_set_str(&d->path, path, strlen(path));
    d->line = line;
  } else if (json_record(d, p, n, path, line)) {
    dy_doc_free(d);
    st->skipped++;
    return 0;
  }
  st->docs++;
  return cb(user, d);
}

/* One line of text as one document (dyad code's default input). */
static int text_line(const char *p, size_t n, const char *path, long line, dy_doc_cb cb, void *user, dy_read_stats *st) {
  while (n && (p[n - 1] == '\r' || p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
  size_t k = 0;
  while (k < n && (p[k] == ' ' || p[k] == '\t')) k++;
  if (k == n) return 0; /* a blank line separates nothing */
  dy_doc *d = dy_doc_new();
  if (!d || dy_doc_set_str(&d->text, p, n)) { dy_doc_free(d); return 1; }
  d->len = n;
  if (dy_doc_finish(d, path, line, st)) { dy_doc_free(d); return 0; }
  st->docs++;
  return cb(user, d);
}

typedef int (*line_fn)(const char *p, size_t n, const char *path, long line, dy_doc_cb cb, void *user, dy_read_stats *st);

/* Streams lines from gz to fn; lines over DY_MAX_DOC are reported and skipped. */
static int read_lines(bsrc *gz, const char *path, const char *pre, size_t npre, line_fn fn, dy_doc_cb cb, void *user, dy_read_stats *st) {
  dy_buf line = {0};
  char chunk[65536];
  long lineno = 1;
  int overlong = 0, stop = 0;
  const char *src = pre;
  size_t nsrc = npre;
  for (;;) {
    if (nsrc == 0) {
      int k = bsrc_read(gz, chunk, sizeof chunk);
      if (k < 0) { dy_warn(path, lineno, "read error: %s", gz->err); st->skipped++; break; }
      if (k == 0) break;
      st->bytes += k;
      src = chunk;
      nsrc = (size_t)k;
    }
    const char *nl = memchr(src, '\n', nsrc);
    size_t take = nl ? (size_t)(nl - src) : nsrc;
    if (!overlong) {
      if (line.n + take > DY_MAX_DOC) {
        dy_warn(path, lineno, "line longer than %u MB, skipped", DY_MAX_DOC >> 20);
        st->skipped++;
        overlong = 1;
        line.n = 0;
      } else dy_buf_put(&line, src, take);
    }
    src += take;
    nsrc -= take;
    if (nl) {
      src++;
      nsrc--;
      if (!overlong && line.n && fn(line.p, line.n, path, lineno, cb, user, st)) { stop = 1; break; }
      line.n = 0;
      overlong = 0;
      lineno++;
    }
  }
  if (!stop && !overlong && line.n) stop = fn(line.p, line.n, path, lineno, cb, user, st);
  dy_buf_free(&line);
  return stop;
}

/* ---- HTML and feeds ---------------------------------------------------------------- */

static dy_doc *doc_from_article(dy_html_article *a, const char *path) {
  dy_doc *d = make_doc(path);
  if (!d) return NULL;
  d->text = a->text; d->len = a->text_len; a->text = NULL;
  d->title = a->title; a->title = NULL;
  d->url = a->url; a->url = NULL;
  d->source = a->site; a->site = NULL;
  if (a->published && dy_date_parse_iso(a->published, &d->published) != 0) { d->date_line = a->published; a->published = NULL; }
  if (a->authors || a->lang) {
    json_t *m = json_object();
    if (a->authors) json_object_set_new(m, "authors", json_string(a->authors));
    if (a->lang) json_object_set_new(m, "lang", json_string(a->lang));
    d->meta = json_dumps(m, JSON_COMPACT | JSON_SORT_KEYS);
    json_decref(m);
  }
  return d;
}

typedef struct { const char *path; dy_doc_cb cb; void *user; dy_read_stats *st; int stop; long item; } feed_ctx;

static int feed_item(void *u, dy_html_article *a) {
  feed_ctx *f = u;
  f->item++;
  if (f->stop) return 1;
  if (!a->text || !a->text_len) {
    dy_warn(f->path, 0, "feed item %ld has no content, skipped", f->item);
    f->st->skipped++;
    return 0;
  }
  dy_doc *d = doc_from_article(a, f->path);
  if (!d) return 1;
  if (dy_doc_finish(d, f->path, 0, f->st)) { dy_doc_free(d); return 0; }
  f->st->docs++;
  f->stop = f->cb(f->user, d);
  return f->stop;
}

/* ---- files ----------------------------------------------------------------------------- */

static int ends_with(const char *s, const char *suf) {
  size_t n = strlen(s), m = strlen(suf);
  return n >= m && strcasecmp(s + n - m, suf) == 0;
}

/* 1 when buf opens (after a byte-order mark and white space) with '{',
 * as a JSON Lines record does. */
static int opens_json(const char *buf, size_t n) {
  size_t i = 0;
  if (n >= 3 && memcmp(buf, "\xEF\xBB\xBF", 3) == 0) i = 3;
  while (i < n && (buf[i] == ' ' || buf[i] == '\n' || buf[i] == '\r' || buf[i] == '\t')) i++;
  return i < n && buf[i] == '{';
}

/* Guesses the format from the first bytes, then the name. */
static int sniff(const char *buf, size_t n, const char *path) {
  int h = dy_html_sniff(buf, n);
  if (h == 2) return DY_FMT_FEED;
  if (h == 1) return DY_FMT_HTML;
  if (opens_json(buf, n)) return DY_FMT_JSONL;
  char base[4096];
  snprintf(base, sizeof base, "%s", path);
  if (ends_with(base, ".gz")) base[strlen(base) - 3] = 0;
  if (ends_with(base, ".jsonl") || ends_with(base, ".ndjson")) return DY_FMT_JSONL;
  if (ends_with(base, ".html") || ends_with(base, ".htm")) return DY_FMT_HTML;
  if (ends_with(base, ".rss") || ends_with(base, ".atom") || ends_with(base, ".xml")) return DY_FMT_FEED;
  return DY_FMT_TEXT;
}

/* Reads the rest of gz after pre[0..npre) into one buffer (at most DY_MAX_DOC). */
static char *slurp_rest(bsrc *gz, const char *pre, size_t npre, size_t *n, const char *path, dy_read_stats *st, int *err) {
  dy_buf b = {0};
  b.max = DY_MAX_DOC;
  *err = 0;
  if (dy_buf_put(&b, pre, npre)) { *err = 1; }
  char chunk[65536];
  int k = 0;
  while (!*err && (k = bsrc_read(gz, chunk, sizeof chunk)) > 0) {
    st->bytes += k;
    if (dy_buf_put(&b, chunk, (size_t)k)) {
      dy_warn(path, 0, "file larger than %u MB, skipped", DY_MAX_DOC >> 20);
      *err = 1;
    }
  }
  if (!*err && k < 0) {
    dy_warn(path, 0, "read error after byte %zu: %s", b.n, gz->err);
    *err = 1;
  }
  if (*err) { dy_buf_free(&b); st->skipped++; return NULL; }
  if (!b.p) dy_buf_put(&b, "", 0);
  *n = b.n;
  return b.p;
}

/* A whole file buf[0..n) of format fmt (text, HTML or a feed) to its
 * documents. Returns 1 when the callback asked to stop. */
static int read_whole(const char *buf, size_t n, const char *path, int fmt, dy_doc_cb cb, void *user, dy_read_stats *st) {
  if (fmt == DY_FMT_TEXT) return dy_read_text_buffer(buf, n, path, cb, user, st) < 0;
  feed_ctx f = {path, cb, user, st, 0, 0};
  char why[256];
  if (fmt == DY_FMT_HTML) {
    /* one article, or each story of a page that carries several */
    if (dy_html_extract_each(buf, n, path, feed_item, &f, why, sizeof why) < 0 && !f.stop) {
      dy_warn(NULL, 0, "%s, skipped", why) /* why names the file */;
      st->skipped++;
    }
  } else if (fmt == DY_FMT_FEED) {
    if (dy_feed_parse(buf, n, path, feed_item, &f, why, sizeof why) < 0) {
      dy_warn(NULL, 0, "%s, skipped", why) /* why names the file */;
      st->skipped++;
    }
  }
  return f.stop;
}

int dy_read_deferred(dy_doc *d, dy_doc_cb cb, void *user, dy_read_stats *st) {
  if (!d->raw) return cb(user, d);
  char *raw = d->raw;
  size_t n = d->rawlen;
  d->raw = NULL;
  d->rawlen = 0;
  int stop = 0;
  if (d->rawfmt == DY_FMT_JSONL) {
    if (json_record(d, raw, n, d->path, d->line)) {
      dy_doc_free(d);
      st->skipped++;
    } else {
      st->docs++;
      stop = cb(user, d);
    }
  } else {
    stop = read_whole(raw, n, d->path ? d->path : "-", d->rawfmt, cb, user, st);
    dy_doc_free(d);
  }
  free(raw);
  return stop;
}

void dy_read_init(void) { dy_html_init(); }

static int read_src(bsrc *gz, const char *path, int fmt, dy_doc_cb cb, void *user, dy_read_stats *st);

static int read_file(const char *path, int fmt, dy_doc_cb cb, void *user, dy_read_stats *st) {
  if (strcmp(path, "-") == 0) return dy_read_fd(0, path, fmt, cb, user, st);
  bsrc *src = dy_xcalloc(1, sizeof *src);
  src->fd = -1;
  src->gz = gzopen(path, "rb");
  if (!src->gz) {
    dy_warn(path, 0, "cannot open: %s", strerror(errno ? errno : EIO));
    st->skipped++;
    free(src);
    return 0;
  }
  gzbuffer(src->gz, 1 << 17);
  int rc = read_src(src, path, fmt, cb, user, st);
  free(src);
  return rc;
}

int dy_read_fd(int fd, const char *name, int fmt, dy_doc_cb cb, void *user, dy_read_stats *st) {
  bsrc *src = dy_xcalloc(1, sizeof *src);
  src->fd = dup(fd);
  if (src->fd < 0) {
    dy_warn(name, 0, "cannot read: %s", strerror(errno));
    st->skipped++;
    free(src);
    return 0;
  }
  int rc = read_src(src, name, fmt, cb, user, st);
  free(src);
  return rc;
}

/* Reads one source: sniffs its format and hands it to its reader; closes it. */
static int read_src(bsrc *gz, const char *path, int fmt, dy_doc_cb cb, void *user, dy_read_stats *st) {
  st->files++;
  char head[8192];
  int k = bsrc_read(gz, head, sizeof head);
  if (k < 0) {
    dy_warn(path, 0, "cannot read: %s", gz->err);
    st->skipped++;
    bsrc_close(gz);
    return 0;
  }
  st->bytes += k;
  size_t nh = (size_t)k;
  if (nh == 0 && strcmp(path, "-") == 0) { bsrc_close(gz); return 0; } /* an empty stream holds nothing to report */
  if (nh == 0) {
    dy_warn(path, 0, "empty file, skipped");
    st->skipped++;
    bsrc_close(gz);
    return 0;
  }
  if (fmt == DY_FMT_AUTO) fmt = sniff(head, nh, path);
  /* JSON Lines is judged record by record (a bad line is reported and
   * skipped, the rest is read), once the data opens as JSON does */
  if (fmt != DY_FMT_HTML && fmt != DY_FMT_FEED && !(fmt == DY_FMT_JSONL && opens_json(head, nh)) &&
      dy_read_is_binary(head, nh)) {
    dy_warn(path, 0, "binary data (not text), skipped");
    st->skipped++;
    bsrc_close(gz);
    return 0;
  }
  int stop = 0;
  if (fmt == DY_FMT_JSONL || fmt == DY_FMT_LINES) {
    stop = read_lines(gz, path, head, nh, fmt == DY_FMT_JSONL ? jsonl_line : text_line, cb, user, st);
    bsrc_close(gz);
    return stop;
  }
  size_t n;
  int err;
  char *buf = slurp_rest(gz, head, nh, &n, path, st, &err);
  bsrc_close(gz);
  if (!buf) return 0;
  if (st->defer) {
    /* parsed by whoever calls dy_read_deferred (the pipeline's workers) */
    dy_doc *d = make_doc(path);
    if (!d) { free(buf); return 1; }
    d->raw = buf;
    d->rawlen = n;
    d->rawfmt = fmt;
    return cb(user, d);
  }
  stop = read_whole(buf, n, path, fmt, cb, user, st);
  free(buf);
  return stop;
}

static int cmp_str(const void *a, const void *b) { return strcmp(*(char *const *)a, *(char *const *)b); }

/* The directories above the one being read, to refuse symbolic-link loops. */
typedef struct ancestor { dev_t dev; ino_t ino; const struct ancestor *up; } ancestor;

static int read_any(const char *path, int fmt, dy_doc_cb cb, void *user, dy_read_stats *st, const ancestor *up, int depth);

static int read_dir(const char *path, const struct stat *sb, int fmt, dy_doc_cb cb, void *user, dy_read_stats *st,
                    const ancestor *up, int depth) {
  if (depth > 64) { dy_warn(path, 0, "directories nested too deep, skipped"); st->skipped++; return 0; }
  for (const ancestor *a = up; a; a = a->up)
    if (a->dev == sb->st_dev && a->ino == sb->st_ino) {
      dy_warn(path, 0, "a link back to a directory above it, skipped");
      st->skipped++;
      return 0;
    }
  ancestor me = {sb->st_dev, sb->st_ino, up};
  DIR *dir = opendir(path);
  if (!dir) { dy_warn(path, 0, "cannot open directory: %s", strerror(errno)); st->skipped++; return 0; }
  char **names = NULL;
  size_t n = 0, cap = 0;
  struct dirent *e;
  while ((e = readdir(dir))) {
    if (e->d_name[0] == '.') continue;
    DY_VEC_GROW(names, cap, n + 1);
    char *nm = dy_xstrdup(e->d_name);
    names[n++] = nm;
  }
  closedir(dir);
  if (n) qsort(names, n, sizeof *names, cmp_str);
  int stop = 0;
  for (size_t i = 0; i < n; i++) {
    if (!stop) {
      char sub[4096];
      int len = snprintf(sub, sizeof sub, "%s%s%s", path, path[strlen(path) - 1] == '/' ? "" : "/", names[i]);
      if (len > 0 && (size_t)len < sizeof sub) stop = read_any(sub, fmt, cb, user, st, &me, depth + 1);
      else { dy_warn(path, 0, "a name in it makes a path longer than %zu bytes, skipped", sizeof sub - 1); st->skipped++; }
    }
    free(names[i]);
  }
  free(names);
  return stop;
}

static int read_any(const char *path, int fmt, dy_doc_cb cb, void *user, dy_read_stats *st, const ancestor *up, int depth) {
  if (strcmp(path, "-") == 0) return read_file(path, fmt, cb, user, st);
  struct stat sb;
  if (stat(path, &sb) != 0) {
    dy_warn(path, 0, "cannot read: %s", strerror(errno));
    st->skipped++;
    return 0;
  }
  if (S_ISDIR(sb.st_mode)) return read_dir(path, &sb, fmt, cb, user, st, up, depth);
  if (depth == 0 && (S_ISFIFO(sb.st_mode) || S_ISCHR(sb.st_mode) || S_ISSOCK(sb.st_mode))) {
    /* named on the command line: /dev/stdin, a process substitution <(zcat ...),
     * a named pipe: read as a stream, like "-" (inside a directory such a file
     * could wait for a writer forever, so it is skipped there) */
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
      dy_warn(path, 0, "cannot open: %s", strerror(errno));
      st->skipped++;
      return 0;
    }
    int rc = dy_read_fd(fd, path, fmt, cb, user, st);
    close(fd);
    return rc;
  }
  if (!S_ISREG(sb.st_mode)) {
    dy_warn(path, 0, "not a regular file, skipped");
    st->skipped++;
    return 0;
  }
  return read_file(path, fmt, cb, user, st);
}

int dy_read_path(const char *path, int fmt, dy_doc_cb cb, void *user, dy_read_stats *st) {
  return read_any(path, fmt, cb, user, st, NULL, 0);
}

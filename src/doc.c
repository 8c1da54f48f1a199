/* doc.c: the annotated document, dates, JSON strings and input warnings. */
#include "doc.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>


/* ---- dates ------------------------------------------------------------ */

const char *dy_date_str(dy_date d, char *buf) {
  switch (d.prec) {
  case DY_PREC_DAY: snprintf(buf, 16, "%04d-%02d-%02d", d.y, d.m & 15, d.d & 31); break;
  case DY_PREC_MONTH: snprintf(buf, 16, "%04d-%02d", d.y, d.m & 15); break;
  case DY_PREC_YEAR: snprintf(buf, 16, "%04d", d.y); break;
  case DY_PREC_DECADE: snprintf(buf, 16, "%04ds", d.y); break;
  default: buf[0] = 0;
  }
  return buf;
}

/* Reads exactly n digits at s into *v; returns 0 on success. */
static int digits(const char *s, int n, int *v) {
  int x = 0;
  for (int i = 0; i < n; i++) {
    if (s[i] < '0' || s[i] > '9') return -1;
    x = x * 10 + (s[i] - '0');
  }
  *v = x;
  return 0;
}

static int days_in_month(int y, int m) {
  static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m == 2 && ((y % 4 == 0 && y % 100 != 0) || y % 400 == 0)) return 29;
  return dm[m - 1];
}

int dy_date_parse_iso(const char *s, dy_date *out) {
  int y, m, d;
  dy_date r = {0, 0, 0, DY_PREC_NONE};
  if (!s || digits(s, 4, &y)) return -1;
  r.y = (int16_t)y;
  r.prec = DY_PREC_YEAR;
  if (s[4] == '-' && !digits(s + 5, 2, &m) && m >= 1 && m <= 12) {
    r.m = (int8_t)m;
    r.prec = DY_PREC_MONTH;
    if (s[7] == '-' && !digits(s + 8, 2, &d) && d >= 1 && d <= days_in_month(y, m)) {
      r.d = (int8_t)d;
      r.prec = DY_PREC_DAY;
      if (s[10] && s[10] != 'T' && s[10] != ' ') return -1;
    } else if (s[7] && s[7] != 'T') return -1;
  } else if (s[4] && s[4] != 'T') return -1;
  *out = r;
  return 0;
}

/* Days from civil, after H. Hinnant's algorithm. */
long dy_date_days(dy_date d) {
  int y = d.y, m = d.m ? d.m : 1, dd = d.d ? d.d : 1;
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = (unsigned)(y - era * 400);
  unsigned doy = (unsigned)((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + dd - 1);
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + (long)doe - 719468;
}

dy_date dy_date_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = (unsigned)(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long y = (long)yoe + era * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  unsigned d = doy - (153 * mp + 2) / 5 + 1;
  unsigned m = mp < 10 ? mp + 3 : mp - 9;
  dy_date r = {(int16_t)(y + (m <= 2)), (int8_t)m, (int8_t)d, DY_PREC_DAY};
  return r;
}

int dy_date_cmp(dy_date a, dy_date b) {
  if (a.y != b.y) return a.y < b.y ? -1 : 1;
  if (a.m != b.m) return a.m < b.m ? -1 : 1;
  if (a.d != b.d) return a.d < b.d ? -1 : 1;
  return 0;
}

int dy_weekday(dy_date d) {
  long z = dy_date_days(d);
  /* 1970-01-01 was a Thursday (3 when Monday is 0). */
  long w = (z + 3) % 7;
  return (int)(w < 0 ? w + 7 : w);
}

const char *dy_date_prec_name(int prec) {
  static const char *const names[] = {"", "decade", "year", "month", "day"};
  return prec >= 0 && prec <= DY_PREC_DAY ? names[prec] : "";
}

const char *dy_modality_name(int m) {
  static const char *names[] = {"asserted", "negated", "hypothetical", "future", "reported", "standing", "one-sided"};
  return m >= 0 && m <= DY_MOD_ONE_SIDED ? names[m] : "asserted";
}

/* ---- JSON strings --------------------------------------------------------- */

int dy_buf_json_str(dy_buf *b, const char *s, size_t n) {
  static const char hex[] = "0123456789abcdef";
  if (dy_buf_putc(b, '"')) return -1;
  size_t run = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c >= 0x20 && c != '"' && c != '\\') continue;
    if (dy_buf_put(b, s + run, i - run)) return -1;
    run = i + 1;
    char esc[7] = {'\\', 0};
    size_t en = 2;
    switch (c) {
    case '"': esc[1] = '"'; break;
    case '\\': esc[1] = '\\'; break;
    case '\n': esc[1] = 'n'; break;
    case '\t': esc[1] = 't'; break;
    case '\r': esc[1] = 'r'; break;
    default:
      esc[1] = 'u'; esc[2] = '0'; esc[3] = '0';
      esc[4] = hex[c >> 4]; esc[5] = hex[c & 15];
      en = 6;
    }
    if (dy_buf_put(b, esc, en)) return -1;
  }
  if (dy_buf_put(b, s + run, n - run)) return -1;
  return dy_buf_putc(b, '"');
}

/* ---- documents ------------------------------------------------------------ */

dy_doc *dy_doc_new(void) {
  dy_doc *d = dy_xcalloc(1, sizeof(dy_doc));
  if (d) d->age_hours = -1;
  return d;
}

void dy_doc_free(dy_doc *d) {
  if (!d) return;
  free(d->id); free(d->path); free(d->url); free(d->title); free(d->source); free(d->meta); free(d->date_line); free(d->raw); free(d->sig);
  free(d->text); free(d->norm);
  free(d->toks); free(d->tid); free(d->sents); free(d->dspans); free(d->ments); free(d->events);
  free(d->quotes); free(d->figs); free(d->places);
  free(d);
}

void dy_doc_set_text(dy_doc *d, char *text, size_t len) {
  free(d->text);
  d->text = text;
  d->len = len;
}

int dy_doc_set_str(char **field, const char *s, size_t n) {
  char *p = dy_xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = 0;
  free(*field);
  *field = p;
  return 0;
}

/* Grows an array of elements of size sz to hold one more; returns the new slot. */
static void *push(void **arr, uint32_t *n, uint32_t *cap, size_t sz) {
  if (*n == *cap) {
    size_t c = *cap;
    *arr = dy_vec_grow(*arr, &c, (size_t)*n + 1, sz);
    *cap = (uint32_t)c;
  }
  void *slot = (char *)*arr + (size_t)(*n)++ * sz;
  memset(slot, 0, sz);
  return slot;
}

dy_tok *dy_doc_push_tok(dy_doc *d) { return push((void **)&d->toks, &d->ntoks, &d->ctoks, sizeof(dy_tok)); }
dy_sent *dy_doc_push_sent(dy_doc *d) { return push((void **)&d->sents, &d->nsents, &d->csents, sizeof(dy_sent)); }
dy_date_span *dy_doc_push_dspan(dy_doc *d) { return push((void **)&d->dspans, &d->ndspans, &d->cdspans, sizeof(dy_date_span)); }
dy_mention *dy_doc_push_ment(dy_doc *d) { return push((void **)&d->ments, &d->nments, &d->cments, sizeof(dy_mention)); }
dy_event *dy_doc_push_event(dy_doc *d) { return push((void **)&d->events, &d->nevents, &d->cevents, sizeof(dy_event)); }
dy_quote *dy_doc_push_quote(dy_doc *d) { return push((void **)&d->quotes, &d->nquotes, &d->cquotes, sizeof(dy_quote)); }
dy_figure *dy_doc_push_fig(dy_doc *d) { return push((void **)&d->figs, &d->nfigs, &d->cfigs, sizeof(dy_figure)); }
dy_place *dy_doc_push_place(dy_doc *d) { return push((void **)&d->places, &d->nplaces, &d->cplaces, sizeof(dy_place)); }

void dy_doc_index_places(dy_doc *d) {
  uint32_t i = 0;
  for (uint32_t s = 0; s < d->nsents; s++) {
    while (i < d->nplaces && d->places[i].sent < s) i++;
    d->sents[s].place0 = i;
    while (i < d->nplaces && d->places[i].sent == s) i++;
    d->sents[s].place1 = i;
  }
}


/* docdate.c: a document's publication date from its stated date line, its
 * page, or the dates in its text (then marked as inferred). */
#include "dates.h"
#include "docdate.h"

#include <string.h>

/* The latest month- or day-precision date with an explicit year in the text
 * that is not after today. */
static int infer_from_text(const dy_doc *d, dy_date today, dy_date *out) {
  dy_date best = {0, 0, 0, DY_PREC_NONE}, none = {0, 0, 0, DY_PREC_NONE};
  size_t i = 0, lim = d->len < 200000 ? d->len : 200000;
  while (i < lim) {
    size_t e = i + 4096 < lim ? i + 4096 : lim;
    while (e < lim && d->text[e] != '\n' && d->text[e] != '.' && e - i < 8192) e++;
    dy_date_span sp[32];
    int n = dy_dates_find(d->text + i, e - i, none, sp, 32);
    for (int k = 0; k < n; k++) {
      dy_date x = sp[k].date;
      if (sp[k].relative || x.prec < DY_PREC_MONTH) continue;
      if (today.prec && dy_date_cmp(x, today) > 0) continue;
      if (x.prec > best.prec || (x.prec == best.prec && dy_date_cmp(x, best) > 0)) best = x;
    }
    i = e + 1;
  }
  if (!best.prec) return -1;
  *out = best;
  return 0;
}

/* Does s hold a four-digit number (a stated year)? */
static int has_year(const char *s) {
  int run = 0;
  for (; *s; s++) {
    run = (*s >= '0' && *s <= '9') ? run + 1 : 0;
    if (run == 4 && !(s[1] >= '0' && s[1] <= '9')) return 1;
  }
  return 0;
}

/* Is y-m-d a day that exists? */
static int real_day(int y, int m, int d, dy_date *out) {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > 31) return 0;
  dy_date x = {(int16_t)y, (int8_t)m, (int8_t)d, DY_PREC_DAY};
  if (dy_date_cmp(dy_date_from_days(dy_date_days(x)), x) != 0) return 0;
  *out = x;
  return 1;
}

/* Digits from *p, at most 4; their value, and how many in *n. */
static int digits(const char **p, int *n) {
  int v = 0;
  for (*n = 0; *n < 4 && **p >= '0' && **p <= '9'; (*n)++, (*p)++) v = v * 10 + (**p - '0');
  return v;
}

/* A day written in numbers the date line does not take: "2025-3-3",
 * "20250303", "3/3/2025" and "25/03/2025" (day and month told apart only
 * when one is over 12, or both are the same), optionally followed by a time.
 * Returns 1 and sets *out, 0 when s is no such day. */
static int numeric_day(const char *s, dy_date *out) {
  while (*s == ' ') s++;
  const char *p = s;
  int n1, n2, n3;
  int a = digits(&p, &n1);
  if (n1 == 4 && p[0] >= '0' && p[0] <= '9') { /* YYYYMMDD */
    int b = digits(&p, &n2);
    if (n2 != 4 || (*p >= '0' && *p <= '9')) return 0;
    if (!real_day(a, b / 100, b % 100, out)) return 0;
  } else {
    char sep = *p;
    if (!n1 || (sep != '-' && sep != '/' && sep != '.')) return 0;
    p++;
    int b = digits(&p, &n2);
    if (!n2 || n2 > 2 || *p != sep) return 0;
    p++;
    int c = digits(&p, &n3);
    if (*p >= '0' && *p <= '9') return 0;
    if (n1 == 4 && n3 >= 1 && n3 <= 2) {
      if (!real_day(a, b, c, out)) return 0;
    } else if (n1 <= 2 && n3 == 4) {
      int day = a > 12 ? a : b > 12 ? b : a == b ? a : 0, mon = a > 12 ? b : b > 12 ? a : a;
      if (!day || !real_day(c, mon, day, out)) return 0;
    } else
      return 0;
  }
  return *p == 0 || *p == 'T' || *p == ' '; /* a time may follow */
}

/* A record's date field in a form no date line has: numbers, or the first
 * date of month or day precision with its year stated anywhere in it ("Tuesday
 * 4 March 2025 10.00 GMT", "March 2025", "Published: March 3, 2025 | Updated:
 * ..."). Returns 0 and sets *out, -1 when it gives none. */
static int field_date(const char *s, dy_date *out) {
  if (numeric_day(s, out)) return 0;
  dy_date_span sp[8];
  dy_date none = {0, 0, 0, DY_PREC_NONE};
  int n = dy_dates_find(s, strlen(s), none, sp, 8);
  for (int k = 0; k < n; k++)
    if (!sp[k].relative && sp[k].date.prec >= DY_PREC_MONTH) {
      *out = sp[k].date;
      return 0;
    }
  return -1;
}

void dy_doc_resolve_date(dy_doc *d, const dy_doc *page, dy_date given, dy_date today) {
  if (d->published.prec) return;
  if (d->age_hours >= 0 && page && page->published.prec == DY_PREC_DAY) {
    d->published = dy_date_from_days(dy_date_days(page->published) - d->age_hours / 24);
    d->date_inferred = page->date_inferred;
    return;
  }
  dy_date inferred;
  int have = infer_from_text(d, today, &inferred) == 0;
  if (d->date_line) {
    dy_date ref = have ? inferred : today, out;
    /* "08 Aug, 22:59" takes its year from the text; a date after the
     * latest one the text gives means the year before */
    int rc = dy_date_parse_line(d->date_line, strlen(d->date_line), ref, &out);
    /* a record's date field is a date in whatever form it has */
    if (rc == -1 && d->date_field && field_date(d->date_line, &out) == 0) rc = 0;
    if (rc == 0) {
      if (have && out.prec == DY_PREC_DAY && dy_date_days(out) > dy_date_days(ref) + 62 && !has_year(d->date_line)) out.y--;
      d->published = out;
      d->date_inferred = 0;
      return;
    }
    /* a record's date field is meant as a date; a date line only looked like one */
    if (rc == -2 || d->date_field)
      dy_warn(d->path, d->line, "%s \"%.80s\" is not a date, ignored", d->date_field ? d->date_field : "date line",
              d->date_line);
  }
  if (given.prec) {
    d->published = given;
    d->date_inferred = 0;
    return;
  }
  if (have) {
    d->published = inferred;
    d->date_inferred = 1;
  }
}

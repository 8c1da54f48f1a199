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

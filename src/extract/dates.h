/* dates.h: date expressions in text, absolute and relative to a reference
 * date, each with its precision. */
#ifndef DYAD_DATES_H
#define DYAD_DATES_H

#include "../doc.h"

/* dy_date_span, a date expression found, is in doc.h. */

/* Finds date expressions in s[0..n) and resolves them against ref (the
 * article's date; ref.prec may be DY_PREC_NONE, then relative forms are not
 * reported). An expression that names a day that does not exist ("Feb 30,
 * 2025", "2025-13-01") is no date: neither it nor its month or year is
 * reported. Writes at most max spans in text order and returns how many it
 * wrote. Never reads outside s[0..n). */
int dy_dates_find(const char *s, size_t n, dy_date ref, dy_date_span *out, int max);

/* Parses a whole publication-date string: "August 6, 2025", "6 August 2025",
 * "Aug 6, 2025", "2025-08-06", "2025-08-06T10:00:00Z", "08 Aug, 22:59" (year
 * taken from ref when missing), RFC 822 ("Wed, 06 Aug 2025 10:00:00 GMT").
 * Returns 0 and sets *out on success, -1 when s is not a date line, -2 when
 * it has the form of one but names a day that does not exist ("February 30,
 * 2025", "2025-02-30", "2025-13-01"). */
int dy_date_parse_line(const char *s, size_t n, dy_date ref, dy_date *out);

#endif

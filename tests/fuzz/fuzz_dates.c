/* fuzz_dates.c: libFuzzer target for the date extractor: both entry points on arbitrary text and reference dates. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "extract/dates.h"
#include "extract/docdate.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* 1 when d is a well-formed date at its stated precision. */
static int valid(dy_date d)
{
  static const int8_t md[12] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d.prec < DY_PREC_DECADE || d.prec > DY_PREC_DAY || d.y < 1 || d.y > 9999) return 0;
  if (d.prec == DY_PREC_DECADE) return d.y % 10 == 0 && d.m == 0 && d.d == 0;
  if (d.prec == DY_PREC_YEAR) return d.m == 0 && d.d == 0;
  if (d.m < 1 || d.m > 12) return 0;
  if (d.prec == DY_PREC_MONTH) return d.d == 0;
  return d.d >= 1 && d.d <= md[d.m - 1];
}

/* The first 5 bytes choose the reference date (a sane one, or raw fields
 * half of the time) and the span limit; the rest is the text. libFuzzer's
 * buffer ends exactly at the text's end, so a read past n is caught. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  if (size < 5) return 0;
  dy_date ref;
  if (data[0] & 0x80) {
    ref.y = (int16_t)(data[1] | data[2] << 8);
    ref.m = (int8_t)data[3];
    ref.d = (int8_t)data[4];
    ref.prec = (int8_t)(data[0] & 7);
  } else {
    ref.prec = (int8_t)(data[0] % 5);
    ref.y = (int16_t)(ref.prec >= DY_PREC_DECADE ? 1900 + data[1] % 200 : 0);
    ref.m = (int8_t)(ref.prec >= DY_PREC_MONTH ? 1 + data[2] % 12 : 0);
    ref.d = (int8_t)(ref.prec >= DY_PREC_DAY ? 1 + data[3] % 28 : 0);
  }
  int max = 1 + (data[4] & 15);
  const char *s = (const char *)data + 5;
  size_t n = size - 5;

  dy_date_span sp[16];
  int k = dy_dates_find(s, n, ref, sp, max);
  if (k < 0 || k > max) abort();
  uint32_t prev = 0;
  for (int i = 0; i < k; i++) {
    char buf[16];
    if (sp[i].start < prev || sp[i].end <= sp[i].start || sp[i].end > n) abort();
    if (!valid(sp[i].date) || sp[i].relative > 1 || sp[i].modifier > 1) abort();
    dy_date_str(sp[i].date, buf);
    prev = sp[i].end;
  }

  dy_date d;
  if (dy_date_parse_line(s, n, ref, &d) == 0 && (!valid(d) || d.prec != DY_PREC_DAY)) abort();

  /* the text as a document's address (rule url-date) and its text: a
   * date found is a real one, never after the reference date */
  char *url = malloc(n + 1);
  if (!url) return 0;
  memcpy(url, s, n);
  url[n] = 0;
  dy_doc doc;
  memset(&doc, 0, sizeof doc);
  doc.url = url;
  doc.text = url;
  doc.len = strlen(url);
  doc.age_hours = -1;
  dy_date none = {0, 0, 0, DY_PREC_NONE};
  dy_doc_resolve_date(&doc, NULL, none, ref);
  if (doc.published.prec && !valid(doc.published)) abort();
  free(url);
  return 0;
}

/* test_dates.c: the date extractor: absolute and relative forms, traps, modifiers, date lines. */
#include <stdlib.h>

#include "extract/dates.h"
#include "extract/docdate.h"
#include "testlib.h"

static dy_date D(int y, int m, int d, int prec)
{
  dy_date r = {(int16_t)y, (int8_t)m, (int8_t)d, (int8_t)prec};
  return r;
}

/* 2025-08-06 is a Wednesday. */
static dy_date W;

/* Every span found in text[0..n) as "span=date", "+r" when relative, "+m"
 * when a modifier, joined with " ; ". The text is copied to a buffer of
 * exactly n bytes so a read past n shows under AddressSanitizer. */
static const char *findn(const char *text, size_t n, dy_date ref)
{
  static char res[1024];
  dy_date_span sp[16];
  char *copy = malloc(n ? n : 1);
  memcpy(copy, text, n);
  int k = dy_dates_find(copy, n, ref, sp, 16);
  size_t o = 0;
  res[0] = 0;
  for (int i = 0; i < k && o < sizeof res; i++) {
    char b[16];
    int w = snprintf(res + o, sizeof res - o, "%s%.*s=%s%s%s", i ? " ; " : "", (int)(sp[i].end - sp[i].start),
                     copy + sp[i].start, dy_date_str(sp[i].date, b), sp[i].relative ? "+r" : "",
                     sp[i].modifier ? "+m" : "");
    if (w < 0) break;
    o += (size_t)w;
  }
  free(copy);
  return res;
}

static const char *find(const char *text, dy_date ref) { return findn(text, strlen(text), ref); }

/* dy_date_parse_line's result as a date string, or "-1". */
static const char *line(const char *text, dy_date ref)
{
  static char res[16];
  dy_date d;
  size_t n = strlen(text);
  char *copy = malloc(n ? n : 1);
  memcpy(copy, text, n);
  int r = dy_date_parse_line(copy, n, ref, &d);
  free(copy);
  if (r == -2) return "not a date";
  if (r) return "-1";
  return dy_date_str(d, res);
}

static void test_absolute(void)
{
  CHECK_STR(find("The deal was signed on August 3, 2025 in Doha.", W), "August 3, 2025=2025-08-03");
  CHECK_STR(find("It was signed on 3 August 2025.", W), "3 August 2025=2025-08-03");
  CHECK_STR(find("On Aug. 3, 2025, talks resumed.", W), "Aug. 3, 2025=2025-08-03");
  CHECK_STR(find("Talks resumed Aug 3.", W), "Aug 3=2025-08-03+r");
  CHECK_STR(find("on June 21 the army", W), "June 21=2025-06-21+r");
  CHECK_STR(find("on 21 June, the army", W), "21 June=2025-06-21+r");
  CHECK_STR(find("the 21st of June", W), "21st of June=2025-06-21+r");
  CHECK_STR(find("June 21st", W), "June 21st=2025-06-21+r");
  CHECK_STR(find("08 Aug", W), "08 Aug=2025-08-08+r");
  CHECK_STR(find("from August 3-5, 2025", W), "August 3-5, 2025=2025-08-03");
  CHECK_STR(find("on 10-12 May", W), "10-12 May=2025-05-10+r");
  CHECK_STR(find("Sept. 11, 2001", W), "Sept. 11, 2001=2001-09-11");
  CHECK_STR(find("in August 2025", W), "August 2025=2025-08");
  CHECK_STR(find("in January 2024.", W), "January 2024=2024-01");
  CHECK_STR(find("in Aug. 2024", W), "Aug. 2024=2024-08");
  CHECK_STR(find("the month of May 2024", W), "May 2024=2024-05");
  CHECK_STR(find("in August", W), "August=2025-08+r");
  CHECK_STR(find("since January, prices", W), "January=2025-01+r");
  CHECK_STR(find("2025-08-03", W), "2025-08-03=2025-08-03");
  CHECK_STR(find("at 2025-08-03T10:00Z", W), "2025-08-03=2025-08-03");
  CHECK_STR(find("in 2024", W), "2024=2024");
  CHECK_STR(find("Born in 1947.", W), "1947=1947");
  /* a year before 1900 only after "in", "since", "until" */
  CHECK_STR(find("the campaign against British invaders in 1880 made her", W), "1880=1880");
  CHECK_STR(find("a republic since 1848.", W), "1848=1848");
  CHECK_STR(find("rallied in 1,500 towns", W), ""); /* news writes counts with a comma */
  CHECK_STR(find("1880 rifles were found", W), "");
  CHECK_STR(find("in early 2024", W), "early 2024=2024");
  CHECK_STR(find("by late 2024", W), "late 2024=2024");
  CHECK_STR(find("since mid-2024", W), "mid-2024=2024");
  CHECK_STR(find("in mid-August", W), "mid-August=2025-08+r");
  CHECK_STR(find("in early September", W), "early September=2024-09+r");
  CHECK_STR(find("in the 1960s", W), "1960s=1960s");
  CHECK_STR(find("1990s", W), "1990s=1990s");
  CHECK_STR(find("in the 1990's", W), "1990's=1990s");
  CHECK_STR(find("in the early 1990s.", W), "early 1990s=1990s");
  CHECK_STR(find("the 2024-25 season", W), "2024-25=2024+m");
  CHECK_STR(find("from 2023-2024", W), "2023-2024=2023");
  CHECK_STR(find("Wednesday, August 6, 2025", W), "Wednesday, August 6, 2025=2025-08-06");
  CHECK_STR(find("He arrived on June 3, 2025 and left on 5 July 2025.", W),
            "June 3, 2025=2025-06-03 ; 5 July 2025=2025-07-05");
  CHECK_STR(find("between May and July", W), "May=2025-05+r ; July=2025-07+r");
  CHECK_STR(find("in June-July", W), "June=2025-06+r ; July=2025-07+r");
  CHECK_STR(find("in June\xe2\x80\x93July", W), "June=2025-06+r ; July=2025-07+r");
  CHECK_STR(find("IN AUGUST 2025", W), "AUGUST 2025=2025-08");
}

static void test_year_rollback(void)
{
  CHECK_STR(find("on October 21", W), "October 21=2024-10-21+r");
  CHECK_STR(find("on September 30", W), "September 30=2025-09-30+r");
  CHECK_STR(find("on December 25", W), "December 25=2024-12-25+r");
  CHECK_STR(find("on 1 January", D(2026, 1, 3, DY_PREC_DAY)), "1 January=2026-01-01+r");
  CHECK_STR(find("on December 30", D(2026, 1, 3, DY_PREC_DAY)), "December 30=2025-12-30+r");
  CHECK_STR(find("in October", W), "October=2024-10+r");
  CHECK_STR(find("next October", W), "next October=2025-10+r");
  CHECK_STR(find("last August", W), "last August=2024-08+r");
  CHECK_STR(find("on February 29", D(2025, 3, 1, DY_PREC_DAY)), "");
  CHECK_STR(find("on February 29", D(2024, 3, 1, DY_PREC_DAY)), "February 29=2024-02-29+r");
  CHECK_STR(find("on June 31", W), "");
}

static void test_traps(void)
{
  CHECK_STR(find("in May", W), "May=2025-05+r");
  CHECK_STR(find("It may rain in the north.", W), "");
  CHECK_STR(find("This may be the end.", W), "");
  CHECK_STR(find("This May Be The End", W), "");
  CHECK_STR(find("the war last May also ended", W), "last May=2025-05+r");
  CHECK_STR(find("May God help us", W), "");
  CHECK_STR(find("Theresa May said", W), "");
  CHECK_STR(find("In May also the talks", W), ""); /* May as a modal */
  CHECK_STR(find("early May also saw", W), "early May=2025-05+r");
  CHECK_STR(find("prices may 10 percent", W), "");
  CHECK_STR(find("some 3 may leave", W), "");
  CHECK_STR(find("on May 5", W), "May 5=2025-05-05+r");
  CHECK_STR(find("The Mayor said", W), "");
  CHECK_STR(find("troops march on the capital", W), "");
  CHECK_STR(find("They march 3 km a day", W), "");
  CHECK_STR(find("Marching bands", W), "");
  CHECK_STR(find("since March", W), "March=2025-03+r");
  CHECK_STR(find("in June 12 people died", W), "June=2025-06+r");
  CHECK_STR(find("August alone", W), "");
  CHECK_STR(find("in august company", W), "");
  CHECK_STR(find("in Jan", W), "");
  CHECK_STR(find("Sundays are quiet", W), "");
  CHECK_STR(find("the Sunday Times", W), "");
  CHECK_STR(find("2,024 people", W), "");
  CHECK_STR(find("a 2024.5 ratio", W), "");
  CHECK_STR(find("cost $2024", W), "");
  CHECK_STR(find("cost \xe2\x82\xac" "2024", W), "");
  CHECK_STR(find("number 12024", W), "");
  CHECK_STR(find("2024 people were hurt", W), "");
  CHECK_STR(find("2024 troops", W), "");
  CHECK_STR(find("up 2024%", W), "");
  CHECK_STR(find("1500 years", W), "");
  CHECK_STR(find("at 2100 GMT", W), "");
  CHECK_STR(find("3/8/2025", W), "");
  CHECK_STR(find("2024/5/3", W), "");
  CHECK_STR(find("1850 soldiers", W), "");
  CHECK_STR(find("under Resolution 1973, Flight 2024 and No. 2024", W), "");
  CHECK_STR(find("and 1990 more were moved", W), "");
  CHECK_STR(find("call 555-2024", W), "");
  CHECK_STR(find("Aug3 A2024 2024x", W), "");
  CHECK_STR(find("the last week of June 2025", W), "June 2025=2025-06");
}

static void test_relative(void)
{
  CHECK_STR(find("today", W), "today=2025-08-06+r");
  CHECK_STR(find("said yesterday.", W), "yesterday=2025-08-05+r");
  CHECK_STR(find("will meet tomorrow", W), "tomorrow=2025-08-07+r");
  CHECK_STR(find("yesterday's vote", W), "yesterday=2025-08-05+r");
  CHECK_STR(find("said on Saturday", W), "Saturday=2025-08-02+r");
  CHECK_STR(find("Saturday's attack", W), "Saturday=2025-08-02+r");
  CHECK_STR(find("on Wednesday", W), "Wednesday=2025-08-06+r");
  CHECK_STR(find("last Saturday", W), "last Saturday=2025-08-02+r");
  CHECK_STR(find("last Wednesday", W), "last Wednesday=2025-07-30+r");
  CHECK_STR(find("next Monday", W), "next Monday=2025-08-11+r");
  CHECK_STR(find("next Wednesday", W), "next Wednesday=2025-08-13+r");
  CHECK_STR(find("this Friday", W), "this Friday=2025-08-08+r");
  CHECK_STR(find("late Monday", W), "late Monday=2025-08-04+r");
  CHECK_STR(find("this week", W), "this week=2025-08+r");
  CHECK_STR(find("last week", W), "last week=2025-07+r");
  CHECK_STR(find("last week", D(2025, 8, 20, DY_PREC_DAY)), "last week=2025-08+r");
  CHECK_STR(find("next week", D(2025, 8, 28, DY_PREC_DAY)), "next week=2025-09+r");
  CHECK_STR(find("last month", W), "last month=2025-07+r");
  CHECK_STR(find("this month", W), "this month=2025-08+r");
  CHECK_STR(find("next month", W), "next month=2025-09+r");
  CHECK_STR(find("last month", D(2025, 1, 5, DY_PREC_DAY)), "last month=2024-12+r");
  CHECK_STR(find("last year", W), "last year=2024+r");
  CHECK_STR(find("this year's", W), "this year=2025+r");
  CHECK_STR(find("next year", W), "next year=2026+r");
  CHECK_STR(find("in recent weeks", W), "recent weeks=2025-08+r");
  CHECK_STR(find("in recent days", W), "recent days=2025-08+r");
  CHECK_STR(find("two days ago", W), "two days ago=2025-08-04+r");
  CHECK_STR(find("three weeks ago", W), "three weeks ago=2025-07+r");
  CHECK_STR(find("5 years ago", W), "5 years ago=2020+r");
  CHECK_STR(find("a year ago", W), "a year ago=2024+r");
  CHECK_STR(find("six months ago", W), "six months ago=2025-02+r");
  CHECK_STR(find("earlier this year", W), "earlier this year=2025+r");
  CHECK_STR(find("later this month", W), "later this month=2025-08+r");
  CHECK_STR(find("late last year", W), "late last year=2024+r");
  CHECK_STR(find("the previous day", W), "the previous day=2025-08-05+r");
  CHECK_STR(find("a day earlier", W), "a day earlier=2025-08-05+r");
  CHECK_STR(find("the day before yesterday", W), "the day before yesterday=2025-08-04+r");
  CHECK_STR(find("last night", W), "last night=2025-08-05+r");
  CHECK_STR(find("in the last year", W), "");
}

static void test_ref_precision(void)
{
  dy_date none = D(0, 0, 0, DY_PREC_NONE), mon = D(2025, 8, 0, DY_PREC_MONTH), yr = D(2025, 0, 0, DY_PREC_YEAR);
  CHECK_STR(find("yesterday", none), "");
  CHECK_STR(find("in August", none), "");
  CHECK_STR(find("on June 21", none), "");
  CHECK_STR(find("on August 3, 2025", none), "August 3, 2025=2025-08-03");
  CHECK_STR(find("in 2024", none), "2024=2024");
  CHECK_STR(find("yesterday", mon), "");
  CHECK_STR(find("on Saturday", mon), "");
  CHECK_STR(find("last month", mon), "last month=2025-07+r");
  CHECK_STR(find("in March", mon), "March=2025-03+r");
  CHECK_STR(find("on October 21", mon), "October 21=2025-10-21+r");
  CHECK_STR(find("on November 21", mon), "November 21=2024-11-21+r");
  CHECK_STR(find("last year", yr), "last year=2024+r");
  CHECK_STR(find("last month", yr), "");
  CHECK_STR(find("in March", yr), "March=2025-03+r");
  /* a reference with fields out of range is used only as far as it is valid */
  CHECK_STR(find("yesterday", D(2025, 8, 40, DY_PREC_DAY)), "");
  CHECK_STR(find("last year", D(2025, 13, 1, DY_PREC_DAY)), "last year=2024+r");
  CHECK_STR(find("last year", D(-5, 1, 1, DY_PREC_DAY)), "");
}

static void test_modifier(void)
{
  CHECK_STR(find("won the 2026 Nobel Peace Prize", W), "2026=2026+m");
  CHECK_STR(find("the June 2025 Iran-Israel conflict", W), "June 2025=2025-06+m");
  CHECK_STR(find("the 2024 election", W), "2024=2024+m");
  CHECK_STR(find("its 2030 target", W), "2030=2030+m");
  CHECK_STR(find("2024's vote", W), "2024=2024+m");
  CHECK_STR(find("the 1960s counterculture", W), "1960s=1960s+m");
  CHECK_STR(find("in 2024, the army", W), "2024=2024");
  CHECK_STR(find("in 2024 when the army", W), "2024=2024");
  CHECK_STR(find("2024 and 2025", W), "2024=2024 ; 2025=2025");
  CHECK_STR(find("It ended in 2024.", W), "2024=2024");
  CHECK_STR(find("In 2024 Russia launched", W), "2024=2024");
  CHECK_STR(find("2024 was a year", W), "2024=2024");
  CHECK_STR(find("2024 marked the end", W), "2024=2024");
  CHECK_STR(find("yesterday attacks", W), "yesterday=2025-08-05+r");
}

static void test_bounds(void)
{
  dy_date_span sp[4];
  const char *t = "in 2024 and 2025 and 2026";
  CHECK_INT(dy_dates_find(t, strlen(t), W, sp, 2), 2);
  CHECK_INT(dy_dates_find(t, strlen(t), W, sp, 0), 0);
  CHECK_INT(dy_dates_find(t, strlen(t), W, NULL, 4), 0);
  CHECK_INT(dy_dates_find(t, strlen(t), W, sp, 4), 3);
  CHECK_INT(sp[1].start, 12);
  CHECK_INT(sp[1].end, 16);
  /* the text ends at n, not at a NUL */
  CHECK_STR(findn("in 2024", 5, W), "");
  CHECK_STR(findn("August 3, 2025", 8, W), "August 3=2025-08-03+r");
  CHECK_STR(findn("Aug. 3", 4, W), "");
  CHECK_STR(findn("1990s", 4, W), "1990=1990");
  CHECK_STR(findn("", 0, W), "");
}

static void test_lines(void)
{
  dy_date none = D(0, 0, 0, DY_PREC_NONE);
  CHECK_STR(line("August 6, 2025", none), "2025-08-06");
  CHECK_STR(line("  6 August 2025  ", none), "2025-08-06");
  CHECK_STR(line("Aug 6, 2025", none), "2025-08-06");
  CHECK_STR(line("08 Aug, 22:59", D(2025, 8, 10, DY_PREC_DAY)), "2025-08-08");
  CHECK_STR(line("08 Aug, 22:59", none), "-1");
  CHECK_STR(line("08 Dec, 22:59", D(2026, 1, 10, DY_PREC_DAY)), "2025-12-08");
  CHECK_STR(line("2025-08-06", none), "2025-08-06");
  CHECK_STR(line("2025-08-06T10:00:00Z", none), "2025-08-06");
  CHECK_STR(line("2025-08-06T10:00:00.000+01:00", none), "2025-08-06");
  CHECK_STR(line("2025-08-06 10:00:00 +0000", none), "2025-08-06");
  CHECK_STR(line("2025/08/06", none), "2025-08-06");
  CHECK_STR(line("Wed, 06 Aug 2025 10:00:00 GMT", none), "2025-08-06");
  CHECK_STR(line("Wednesday, August 6, 2025", none), "2025-08-06");
  CHECK_STR(line("\xe2\x80\xa2 Published: Wednesday, August 6, 2025", none), "2025-08-06");
  CHECK_STR(line("Updated: 6 August 2025, 10:00 GMT", none), "2025-08-06");
  CHECK_STR(line("Last updated on August 6, 2025 at 3:15 p.m. EDT", none), "2025-08-06");
  CHECK_STR(line("6 August 2025 10:00 BST", none), "2025-08-06");
  CHECK_STR(line("August 6th, 2025 | 10:00", none), "2025-08-06");
  CHECK_STR(line("August 6, 2025 was a hot day", none), "-1");
  CHECK_STR(line("August 2025", none), "-1");
  CHECK_STR(line("2025", none), "-1");
  CHECK_STR(line("", none), "-1");
  CHECK_STR(line("Published:", none), "-1");
  CHECK_STR(line("hello world", none), "-1");
  CHECK_STR(line("August 32, 2025", none), "-1");
  CHECK_STR(line("2025-02-30", none), "not a date");
  CHECK_STR(line("6 August 2025, 10:00 today", none), "-1");
}

/* A day that does not exist is no date: in text neither it nor its month or
 * year is reported (no wrong day, no stray year); as a line it is told
 * apart from a line that is not a date, so the reader can say so. */
static void test_no_such_day(void)
{
  dy_date none = D(0, 0, 0, DY_PREC_NONE);
  CHECK_STR(find("Talks resumed on Feb 30, 2025 in Doha.", W), "");
  CHECK_STR(find("Talks resumed on 30 February 2025.", W), "");
  CHECK_STR(find("Talks resumed on 2025-02-30.", W), "");
  CHECK_STR(find("Talks resumed on 2025-13-01.", W), "");
  CHECK_STR(find("Talks resumed on 2025-00-10.", W), "");
  CHECK_STR(find("Talks resumed on Monday, February 30, 2025.", W), "");
  CHECK_STR(find("Talks resumed on April 31.", W), "");
  CHECK_STR(find("Talks resumed on February 29.", D(2025, 8, 6, DY_PREC_DAY)), "");
  CHECK_STR(find("Talks resumed on February 29.", D(2024, 8, 6, DY_PREC_DAY)), "February 29=2024-02-29+r");
  CHECK_STR(find("Talks resumed on Feb 29, 2024 and ended on 2025-02-30, before March 2025.", W),
            "Feb 29, 2024=2024-02-29 ; March 2025=2025-03");
  CHECK_STR(line("Feb 30, 2025", none), "not a date");
  CHECK_STR(line("30 February 2025", none), "not a date");
  CHECK_STR(line("2025-13-01", none), "not a date");
  CHECK_STR(line("2025-02-30T10:00:00Z", none), "not a date");
  CHECK_STR(line("2025/02/30", none), "not a date");
  CHECK_STR(line("Published: Monday, February 30, 2025", none), "not a date");
  CHECK_STR(line("February 29, 2024", none), "2024-02-29");
  CHECK_STR(line("Feb 30, 2025 was a hot day", none), "-1");
}

/* The date a record's date field gives, with given as --date; "" for none. */
static const char *field(const char *value, dy_date given)
{
  static char b[16];
  dy_doc *d = dy_doc_new();
  dy_doc_set_str(&d->date_line, value, strlen(value));
  d->date_field = "published";
  d->text = strdup("Iran condemned Israel.");
  d->len = strlen(d->text);
  dy_quiet_warnings = 2; /* the unreadable ones are reported */
  dy_doc_resolve_date(d, NULL, given, W);
  dy_quiet_warnings = 0;
  dy_date_str(d->published, b);
  dy_doc_free(d);
  return b;
}

/* A record states its date in any form, and that beats the given date. */
static void test_record_field(void)
{
  dy_date g = D(2024, 1, 1, DY_PREC_DAY);
  CHECK_STR(field("March 3, 2025", g), "2025-03-03");
  CHECK_STR(field("Tuesday 4 March 2025 10.00 GMT", g), "2025-03-04");
  CHECK_STR(field("March 2025", g), "2025-03");
  CHECK_STR(field("Published: March 3, 2025 | Updated: March 4, 2025", g), "2025-03-03");
  CHECK_STR(field("2025-3-3", g), "2025-03-03");
  CHECK_STR(field("2025-3-3 10:00", g), "2025-03-03");
  CHECK_STR(field("20250303", g), "2025-03-03");
  CHECK_STR(field("3/3/2025", g), "2025-03-03");
  CHECK_STR(field("25.03.2025", g), "2025-03-25");
  CHECK_STR(field("03/25/2025", g), "2025-03-25");
  /* ambiguous, impossible or unreadable: the given date */
  CHECK_STR(field("03/04/2025", g), "2024-01-01");
  CHECK_STR(field("31/31/2025", g), "2024-01-01");
  CHECK_STR(field("20250230", g), "2024-01-01");
  CHECK_STR(field("Feb 30, 2025", g), "2024-01-01");
  CHECK_STR(field("3 mars 2025", g), "2024-01-01");
  CHECK_STR(field("2025-3-3x", g), "2024-01-01");
  CHECK_STR(field("soon", g), "2024-01-01");
  /* no given date: the text's latest date is inferred, else none */
  CHECK_STR(field("soon", D(0, 0, 0, DY_PREC_NONE)), "");
}

int main(void)
{
  W = D(2025, 8, 6, DY_PREC_DAY);
  test_absolute();
  test_year_rollback();
  test_traps();
  test_relative();
  test_ref_precision();
  test_modifier();
  test_bounds();
  test_lines();
  test_no_such_day();
  test_record_field();
  return TEST_DONE();
}

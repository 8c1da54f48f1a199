/* dates.c: finds date expressions in news text and resolves them against the article's date. */
#include "dates.h"

#include <string.h>

/* ---- bytes ------------------------------------------------------------- */

static inline int is_up(int ch) { return ch >= 'A' && ch <= 'Z'; }
static inline int is_lo(int ch) { return ch >= 'a' && ch <= 'z'; }
static inline int is_al(int ch) { return is_up(ch) || is_lo(ch); }
static inline int is_dg(int ch) { return (unsigned)(ch - '0') < 10; }
static inline int is_an(int ch) { return is_al(ch) || is_dg(ch); }
static inline int to_lo(int ch) { return is_up(ch) ? ch + 32 : ch; }

/* The text being searched and the reference date, cleaned up. */
typedef struct {
  const char *s;
  size_t n;
  dy_date ref;  /* only the fields its precision covers are set */
  int rp;       /* usable precision of ref: NONE, YEAR, MONTH or DAY */
  long rday;    /* days of ref when rp is DAY */
  long rlast;   /* days of the last day ref covers when rp >= MONTH */
  size_t chain; /* end of the last reported span that named a month */
} ctx;

/* One matched expression: where it ends and what it means. */
typedef struct {
  size_t end;
  dy_date d;
  uint8_t rel;    /* resolved against the reference date */
  uint8_t canmod; /* a form that can modify a noun ("the 2024 election") */
  uint8_t month;  /* names a month: a later bare month may chain on to it */
  uint8_t wday;   /* a weekday alone, read backward (dy_date_span.weekday) */
} hit;

/* The byte at i, or 0 at and past the end: all look-ahead goes through it. */
static inline int at(const ctx *c, size_t i) { return i < c->n ? (unsigned char)c->s[i] : 0; }
/* The byte k places before i, or 0 before the start. */
static inline int back(const ctx *c, size_t i, size_t k) { return i >= k && i - k < c->n ? (unsigned char)c->s[i - k] : 0; }

static size_t wend(const ctx *c, size_t i) { while (is_al(at(c, i))) i++; return i; }
static size_t dend(const ctx *c, size_t i) { while (is_dg(at(c, i))) i++; return i; }

/* Skips white space, line breaks included, and U+00A0. */
static size_t skip_ws(const ctx *c, size_t i)
{
  for (;;) {
    int ch = at(c, i);
    if (ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r') i++;
    else if (ch == 0xC2 && at(c, i + 1) == 0xA0) i += 2;
    else return i;
  }
}

/* Skips blanks within a line only. */
static size_t skip_sp(const ctx *c, size_t i)
{
  for (;;) {
    int ch = at(c, i);
    if (ch == ' ' || ch == '\t') i++;
    else if (ch == 0xC2 && at(c, i + 1) == 0xA0) i += 2;
    else return i;
  }
}

/* Value of the decimal digits s[a..b) (at most 9 of them). */
static int numval(const ctx *c, size_t a, size_t b)
{
  int v = 0;
  for (; a < b; a++) v = v * 10 + (at(c, a) - '0');
  return v;
}

/* 1 when s[a..b) is the lower-case word w, ignoring ASCII case. */
static int weq(const ctx *c, size_t a, size_t b, const char *w)
{
  size_t len = strlen(w);
  if (b - a != len) return 0;
  for (size_t k = 0; k < len; k++)
    if (to_lo(at(c, a + k)) != (unsigned char)w[k]) return 0;
  return 1;
}

/* 1 when s[a..b) is one of the NULL-terminated list of lower-case words. */
static int word_in(const ctx *c, size_t a, size_t b, const char *const *list)
{
  if (b <= a || b - a > 12) return 0;
  int first = to_lo(at(c, a));
  for (; *list; list++)
    if ((unsigned char)(*list)[0] == first && weq(c, a, b, *list)) return 1;
  return 0;
}

/* Finds the word just before i, separated from it by blanks only (no
 * punctuation); sets [*a, *b) and returns 1, or 0 when there is none. */
static int prev_word(const ctx *c, size_t i, size_t *a, size_t *b)
{
  size_t k = i;
  while (k > 0 && (back(c, k, 1) == ' ' || back(c, k, 1) == '\t')) k--;
  *b = k;
  while (k > 0 && is_al(back(c, k, 1))) k--;
  *a = k;
  return *b > *a && !is_dg(back(c, k, 1));
}

/* ---- word lists -------------------------------------------------------- */

enum { K_MON = 1, K_WDAY, K_NUM, K_WORD };
enum { F_ABBR = 1, F_WEAK = 2, F_ART = 4 };
enum { W_TODAY = 1, W_YESTERDAY, W_TOMORROW, W_TONIGHT, W_LAST, W_THIS, W_NEXT, W_EARLY,
       W_LATE, W_MID, W_EARLIER, W_LATER, W_RECENT, W_THE };

typedef struct {
  const char *w;
  uint8_t kind, val, flags;
} kw_t;

/* Sorted by strcmp for the binary search in kw_find. Weekdays 0 = Monday. */
static const kw_t KW[] = {
  {"a", K_NUM, 1, F_ART}, {"an", K_NUM, 1, F_ART}, {"apr", K_MON, 4, F_ABBR},
  {"april", K_MON, 4, 0}, {"aug", K_MON, 8, F_ABBR}, {"august", K_MON, 8, 0},
  {"dec", K_MON, 12, F_ABBR}, {"december", K_MON, 12, 0}, {"earlier", K_WORD, W_EARLIER, 0},
  {"early", K_WORD, W_EARLY, 0}, {"eight", K_NUM, 8, 0}, {"eleven", K_NUM, 11, 0},
  {"feb", K_MON, 2, F_ABBR}, {"february", K_MON, 2, 0}, {"five", K_NUM, 5, 0},
  {"four", K_NUM, 4, 0}, {"friday", K_WDAY, 4, 0}, {"jan", K_MON, 1, F_ABBR},
  {"january", K_MON, 1, 0}, {"jul", K_MON, 7, F_ABBR}, {"july", K_MON, 7, 0},
  {"jun", K_MON, 6, F_ABBR}, {"june", K_MON, 6, 0}, {"last", K_WORD, W_LAST, 0},
  {"late", K_WORD, W_LATE, 0}, {"later", K_WORD, W_LATER, 0}, {"mar", K_MON, 3, F_ABBR},
  {"march", K_MON, 3, F_WEAK}, {"may", K_MON, 5, F_WEAK}, {"mid", K_WORD, W_MID, 0},
  {"monday", K_WDAY, 0, 0}, {"next", K_WORD, W_NEXT, 0}, {"nine", K_NUM, 9, 0},
  {"nov", K_MON, 11, F_ABBR}, {"november", K_MON, 11, 0}, {"oct", K_MON, 10, F_ABBR},
  {"october", K_MON, 10, 0}, {"one", K_NUM, 1, 0}, {"recent", K_WORD, W_RECENT, 0},
  {"saturday", K_WDAY, 5, 0}, {"sep", K_MON, 9, F_ABBR}, {"sept", K_MON, 9, F_ABBR},
  {"september", K_MON, 9, 0}, {"seven", K_NUM, 7, 0}, {"six", K_NUM, 6, 0},
  {"sunday", K_WDAY, 6, 0}, {"ten", K_NUM, 10, 0}, {"the", K_WORD, W_THE, 0},
  {"this", K_WORD, W_THIS, 0}, {"three", K_NUM, 3, 0}, {"thursday", K_WDAY, 3, 0},
  {"today", K_WORD, W_TODAY, 0}, {"tomorrow", K_WORD, W_TOMORROW, 0},
  {"tonight", K_WORD, W_TONIGHT, 0}, {"tuesday", K_WDAY, 1, 0}, {"twelve", K_NUM, 12, 0},
  {"two", K_NUM, 2, 0}, {"wednesday", K_WDAY, 2, 0}, {"yesterday", K_WORD, W_YESTERDAY, 0},
};

/* KW_START[l] is the first entry of KW whose first letter is 'a' + l or
 * later; KW_START[26] is the size of KW. Regenerate it when KW changes. */
static const uint8_t KW_START[27] = {0,  6,  6,  6,  8,  12, 17, 17, 17, 17, 23, 23, 26, 31,
                                     35, 38, 38, 38, 39, 46, 57, 57, 57, 58, 58, 59, 59};

/* Looks the word s[a..b) up in KW, ignoring case; NULL when absent. */
static const kw_t *kw_find(const ctx *c, size_t a, size_t b)
{
  size_t len = b - a;
  int l = to_lo(at(c, a)) - 'a';
  if (b <= a || len > 9 || l < 0 || l > 25) return NULL;
  for (unsigned k = KW_START[l]; k < KW_START[l + 1]; k++) {
    const char *w = KW[k].w;
    size_t x = 1;
    while (x < len && w[x] && (unsigned char)w[x] == to_lo(at(c, a + x))) x++;
    if (x == len && !w[x]) return &KW[k];
  }
  return NULL;
}

/* Nouns that make a number a count or a measure, not a date ("2024 people"). */
static const char *const UNITS[] = {
  "people", "persons", "troops", "soldiers", "civilians", "refugees", "migrants", "children",
  "women", "men", "workers", "residents", "prisoners", "hostages", "fighters", "militants",
  "police", "officers", "members", "students", "protesters", "deaths", "dead", "casualties",
  "victims", "cases", "homes", "houses", "buildings", "families", "households", "jobs",
  "vehicles", "cars", "tanks", "rockets", "missiles", "drones", "shells", "bombs", "votes",
  "seats", "km", "kms", "kilometres", "kilometers", "miles", "metres", "meters", "m", "ft",
  "feet", "kg", "tonnes", "tons", "barrels", "dollars", "euros", "pounds", "rupees", "yuan",
  "yen", "percent", "per", "pct", "hectares", "acres", "mw", "gw", "kw", "hours", "hrs",
  "gmt", "utc", "bst", "local", "times", "units", "points", "pages", "words", "years", "days",
  "weeks", "months", "million", "billion", "thousand", "trillion", "mn", "bn", "more",
  "others", NULL};

/* Nouns before a number that make it a label, not a year ("Resolution 1973",
 * "Flight 2024", "No. 2024"). */
static const char *const LABELS[] = {
  "article", "resolution", "resolutions", "flight", "room", "route", "section", "chapter",
  "page", "paragraph", "clause", "item", "model", "number", "no", "nos", "bus", "highway",
  "unit", "rule", "decree", "code", "channel", "gate", "platform", "box", "suite", "exit",
  "version", "level", "grade", "batch", "ticket", "account", "pin", "zip", "ext", "tel",
  "phone", "hotline", "line", "order", "directive", "regulation", NULL};

/* Words after which a year before 1900 is a year ("campaign against
 * British invaders in 1880", "since 1648"); bare it is a number. */
static const char *const OLD_YEAR_PREPS[] = {"in", "since", "until", NULL};

/* Words after which a capitalised month name alone ("in August") is a date. */
static const char *const TRIGGERS[] = {
  "in", "since", "during", "by", "until", "till", "from", "before", "after", "through",
  "throughout", "of", "around", "between", "early", "late", "mid", "last", "this", "next", NULL};

/* Words linking a month to an earlier one ("between May and July"). */
static const char *const CHAINERS[] = {"and", "or", "to", "through", "until", "till", NULL};

/* Words after "May" that show the modal verb ("This May Be ..."). */
static const char *const MODAL_NEXT[] = {
  "be", "have", "not", "also", "well", "never", "still", "only", "soon", "even", "help",
  "need", "seem", "take", "make", "become", "lead", "cause", "face", "get", "go", "come",
  "see", "want", "try", "prove", "already", "now", "just", "do", "find", "i", "we", "you",
  NULL};

/* Words after a date that end its phrase: it does not modify them. */
static const char *const STOP[] = {
  "and", "or", "but", "nor", "so", "yet", "when", "as", "after", "before", "to", "in", "on",
  "at", "with", "without", "the", "a", "an", "was", "were", "is", "are", "be", "been",
  "being", "had", "has", "have", "will", "would", "could", "should", "can", "may", "might",
  "must", "did", "do", "does", "that", "which", "who", "whom", "whose", "while", "until",
  "till", "since", "from", "by", "for", "of", "off", "it", "its", "they", "he", "she", "we",
  "i", "you", "there", "here", "this", "these", "those", "following", "amid", "against",
  "during", "through", "than", "then", "also", "alone", "saw", "sees", "brought", "became",
  "began", "begins", "onwards", "onward", "ago", "earlier", "later", "not", "vs", "versus",
  "where", "why", "how", "what", "if", "about", "over", "under", "into", "up", "down",
  "around", "only", "even", "just", "too", "instead", "according", "compared", "said",
  "says", "say", "got", "gets", "brings", "remains", "becomes", "hit", "led", "left", "took",
  "made", "won", "lost", "came", "went", "put", "set", "cut", "ran", "fell", "rose", "grew",
  "shows", "showed", "s", NULL};

/* Prepositions: after them a capitalised word starts the clause ("In 2024 Russia"). */
static const char *const PREPS[] = {
  "in", "on", "at", "since", "during", "until", "till", "by", "from", "before", "after",
  "through", "throughout", "of", "between", "around", "to", "into", NULL};

/* ---- dates ------------------------------------------------------------- */

static int leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* Days in month m of year y (y 0: unknown, February has 29); 0 for a bad month. */
static int mdays(int y, int m)
{
  static const uint8_t md[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12) return 0;
  return m == 2 && (y == 0 || leap(y)) ? 29 : md[m - 1];
}

static dy_date mk(int y, int m, int d, int prec)
{
  dy_date r;
  r.y = (int16_t)y;
  r.m = (int8_t)m;
  r.d = (int8_t)d;
  r.prec = (int8_t)prec;
  return r;
}

static long days_of(int y, int m, int d) { return dy_date_days(mk(y, m, d, DY_PREC_DAY)); }

/* How much of ref can be used: a field outside its range lowers the level. */
static int ref_level(dy_date r)
{
  if (r.prec < DY_PREC_YEAR || r.y < 1 || r.y > 9999) return DY_PREC_NONE;
  if (r.prec == DY_PREC_YEAR || r.m < 1 || r.m > 12) return DY_PREC_YEAR;
  if (r.prec == DY_PREC_MONTH || r.d < 1 || r.d > mdays(r.y, r.m)) return DY_PREC_MONTH;
  return DY_PREC_DAY;
}

static void ctx_init(ctx *c, const char *s, size_t n, dy_date ref)
{
  c->s = s;
  c->n = n > UINT32_MAX ? UINT32_MAX : n;
  c->rp = ref_level(ref);
  c->ref = mk(c->rp >= DY_PREC_YEAR ? ref.y : 0, c->rp >= DY_PREC_MONTH ? ref.m : 0,
              c->rp >= DY_PREC_DAY ? ref.d : 0, c->rp);
  c->rday = c->rp == DY_PREC_DAY ? days_of(ref.y, ref.m, ref.d) : 0;
  c->rlast = c->rp == DY_PREC_DAY ? c->rday
           : c->rp == DY_PREC_MONTH ? days_of(ref.y, ref.m, mdays(ref.y, ref.m)) : 0;
  c->chain = (size_t)-1;
}

/* The date delta days from ref (rp must be DAY), cut to precision prec.
 * Returns 0 when it falls outside years 1..9999. */
static int shift_days(const ctx *c, long delta, int prec, dy_date *out)
{
  dy_date d = dy_date_from_days(c->rday + delta);
  if (d.y < 1 || d.y > 9999) return 0;
  *out = mk(d.y, prec >= DY_PREC_MONTH ? d.m : 0, prec >= DY_PREC_DAY ? d.d : 0, prec);
  return 1;
}

/* The month delta months from ref's (rp must be at least MONTH). */
static int shift_months(const ctx *c, long delta, dy_date *out)
{
  long idx = (long)c->ref.y * 12 + (c->ref.m - 1) + delta;
  if (idx < 12 || idx >= 10000L * 12) return 0;
  *out = mk((int)(idx / 12), (int)(idx % 12) + 1, 0, DY_PREC_MONTH);
  return 1;
}

/* The year delta years from ref's (rp must be at least YEAR). */
static int shift_years(const ctx *c, long delta, dy_date *out)
{
  long y = c->ref.y + delta;
  if (y < 1 || y > 9999) return 0;
  *out = mk((int)y, 0, 0, DY_PREC_YEAR);
  return 1;
}

/* The year of a day/month given without one: ref's year, or the year before
 * when that would put the date more than about two months after ref. */
static int infer_year(const ctx *c, int m, int d)
{
  int y = c->ref.y;
  if (c->rp >= DY_PREC_MONTH) {
    int dd = d > mdays(y, m) ? mdays(y, m) : d < 1 ? 1 : d;
    if (days_of(y, m, dd) - c->rlast > 62) y--;
  }
  return y;
}

/* ---- numbers ----------------------------------------------------------- */

/* 1 when a number starting at i is not the tail of a larger one ("2,024",
 * "1.2024", "3/8/2025", "555-2024") nor an amount ("$2024", "#2024"). */
static int num_ok_before(const ctx *c, size_t i)
{
  int p = back(c, i, 1), p2 = back(c, i, 2);
  if (p == 0) return 1;
  if ((p == ',' || p == '.' || p == ':' || p == '/' || p == '-') && is_dg(p2)) return 0;
  if (p == '$' || p == '#') return 0;
  if (p2 == 0xC2 && (p == 0xA3 || p == 0xA5)) return 0;                /* pound, yen */
  if (back(c, i, 3) == 0xE2 && p2 == 0x82 && (p == 0xAC || p == 0xB9)) /* euro, rupee */
    return 0;
  return 1;
}

/* 1 when the number ending at e ends there: not "5,000", "1.5", "10:30",
 * "3/8", "50%". A comma before a 4-digit year ("August 3,2025") is fine. */
static int num_end_ok(const ctx *c, size_t e)
{
  int ch = at(c, e), nx = at(c, e + 1);
  if (ch == '%') return 0;
  if (!is_dg(nx)) return 1;
  if (ch == ',') return dend(c, e + 1) - (e + 1) == 4;
  return !(ch == '.' || ch == ':' || ch == '/');
}

/* 1 when the number ending at e counts something ("12 people", "50 %"). */
static int count_follows(const ctx *c, size_t e)
{
  size_t q = skip_sp(c, e);
  if (at(c, q) == '%') return 1;
  if (q == e) return 0;
  return word_in(c, q, wend(c, q), UNITS);
}

/* After an ordinal suffix ("st", "nd", "rd", "th") at e, or e. */
static size_t ordinal(const ctx *c, size_t e)
{
  int a = to_lo(at(c, e)), b = to_lo(at(c, e + 1));
  if (((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') ||
       (a == 't' && b == 'h')) && !is_an(at(c, e + 2)))
    return e + 2;
  return e;
}

/* After a range dash at e ("-", en or em dash), or 0. */
static size_t dash(const ctx *c, size_t e)
{
  if (at(c, e) == '-') return e + 1;
  if (at(c, e) == 0xE2 && at(c, e + 1) == 0x80 && (at(c, e + 2) == 0x93 || at(c, e + 2) == 0x94))
    return e + 3;
  return 0;
}

/* A day of the month at i: 1-2 digits (1..31), an optional ordinal suffix
 * and an optional range ("3-5"). Sets *d and returns the end, 0 when the
 * number is not a day (continues, or counts something: "12 people"). */
static size_t day_at(const ctx *c, size_t i, int *d)
{
  size_t j = dend(c, i);
  if (j == i || j - i > 2) return 0;
  int v = numval(c, i, j);
  if (v < 1 || v > 31) return 0;
  size_t e = ordinal(c, j);
  if (is_an(at(c, e)) || !num_end_ok(c, e)) return 0;
  size_t r = dash(c, e);
  if (r) {
    size_t k = dend(c, r);
    if (k > r && k - r <= 2) {
      int v2 = numval(c, r, k);
      size_t e2 = ordinal(c, k);
      if (v2 > v && v2 <= 31 && !is_an(at(c, e2)) && num_end_ok(c, e2)) e = e2;
    }
  }
  if (count_follows(c, e)) return 0;
  *d = v;
  return e;
}

/* A 4-digit year in [lo, hi] at i that is a whole number. Sets *y and
 * returns its end, or 0. */
static size_t year_at(const ctx *c, size_t i, int lo, int hi, int *y)
{
  size_t j = dend(c, i);
  if (j - i != 4) return 0;
  int v = numval(c, i, j);
  if (v < lo || v > hi || is_an(at(c, j)) || !num_end_ok(c, j)) return 0;
  *y = v;
  return j;
}

/* ---- forms ------------------------------------------------------------- */

/* What came before a month or weekday name and changes its reading. */
enum { P_NONE, P_EDGE, P_LAST, P_THIS, P_NEXT };

/* 1 when the capitalised month name at i may stand alone as a date: a
 * trigger word before it ("in August"), or it continues a month named just
 * before ("between May and July", "June-July"). */
static int bare_ok(const ctx *c, size_t i)
{
  size_t a, b;
  if (c->chain != (size_t)-1 && ((back(c, i, 1) == '-' && c->chain + 1 == i) ||
                                  (back(c, i, 3) == 0xE2 && back(c, i, 2) == 0x80 &&
                                   back(c, i, 1) == 0x93 && c->chain + 3 == i)))
    return 1;
  if (!prev_word(c, i, &a, &b)) return 0;
  if (word_in(c, a, b, TRIGGERS)) return 1;
  if (word_in(c, a, b, CHAINERS)) {
    size_t k = a;
    while (k > 0 && (back(c, k, 1) == ' ' || back(c, k, 1) == ',')) k--;
    return c->chain != (size_t)-1 && k == c->chain;
  }
  return 0;
}

/* A month-first form at i: "August 3, 2025", "Aug. 3", "June 21st",
 * "August 2025", "August of 2025", or the month alone ("in August", with
 * pre telling which one: last/this/next, or the most recent at or before
 * ref). Lower-case "may"/"march" count only with a day or year after them. */
static int m_month(const ctx *c, size_t i, int pre, hit *h)
{
  size_t j = wend(c, i);
  const kw_t *k = kw_find(c, i, j);
  if (!k || k->kind != K_MON || is_dg(at(c, j))) return 0;
  int m = k->val, d = 0, y = 0;
  size_t p = j;
  if ((k->flags & F_ABBR) && at(c, p) == '.') p++;
  size_t q = skip_ws(c, p);
  h->rel = 0;
  h->canmod = 1;
  h->month = 1;
  if (q > p || (p > j && is_dg(at(c, q)))) {
    size_t e = is_dg(at(c, q)) ? day_at(c, q, &d) : 0;
    if (e) {
      size_t r = e;
      if (at(c, r) == ',') r++;
      r = skip_ws(c, r);
      size_t ye = r > e ? year_at(c, r, 1000, 2100, &y) : 0;
      if (ye) {
        h->end = ye;
        if (d > mdays(y, m)) return -1; /* "February 30, 2025" */
        h->d = mk(y, m, d, DY_PREC_DAY);
        return 1;
      }
      h->end = e;
      if (d > mdays(0, m)) return -1; /* "April 31": in no year */
      if (c->rp < DY_PREC_YEAR) return 0;
      y = infer_year(c, m, d);
      if (y < 1) return 0;
      if (d > mdays(y, m)) return -1;
      h->d = mk(y, m, d, DY_PREC_DAY);
      h->rel = 1;
      return 1;
    }
    size_t r = q;
    if (weq(c, q, wend(c, q), "of")) r = skip_ws(c, wend(c, q));
    size_t ye = year_at(c, r, 1000, 2100, &y);
    if (ye) {
      h->d = mk(y, m, 0, DY_PREC_MONTH);
      h->end = ye;
      return 1;
    }
  }
  /* the month alone */
  if (!is_up(at(c, i)) || (k->flags & F_ABBR)) return 0;
  /* "last May also ended": after "last", "next", "early" or "late" the month */
  if (m == 5 && (pre == P_NONE || pre == P_THIS)) {
    size_t w = skip_sp(c, j);
    if (w > j && word_in(c, w, wend(c, w), MODAL_NEXT)) return 0;
  }
  if (pre == P_NONE && !bare_ok(c, i)) return 0;
  if (c->rp >= DY_PREC_MONTH) {
    int rm = c->ref.m, ry = c->ref.y;
    y = pre == P_LAST ? ry - (m >= rm) : pre == P_NEXT ? ry + (m <= rm)
      : pre == P_THIS ? ry : ry - (m > rm);
  } else if (c->rp == DY_PREC_YEAR && (pre == P_NONE || pre == P_EDGE || pre == P_THIS)) {
    y = c->ref.y;
  } else {
    return 0;
  }
  if (y < 1 || y > 9999) return 0;
  h->d = mk(y, m, 0, DY_PREC_MONTH);
  h->end = j;
  h->rel = 1;
  return 1;
}

/* A day-first form at digit i: "3 August 2025", "21st of June", "08 Aug",
 * "10-12 May". Without a year it needs ref's; "3 may" needs a year. */
static int m_dayfirst(const ctx *c, size_t i, hit *h)
{
  int d = 0, y = 0;
  size_t e = day_at(c, i, &d);
  if (!e) return 0;
  size_t q = skip_ws(c, e);
  if (q == e) return 0;
  size_t w = wend(c, q);
  if (weq(c, q, w, "of")) {
    q = skip_ws(c, w);
    w = wend(c, q);
  }
  const kw_t *k = kw_find(c, q, w);
  if (!k || k->kind != K_MON || is_dg(at(c, w))) return 0;
  int m = k->val;
  size_t p = w;
  if ((k->flags & F_ABBR) && at(c, p) == '.') p++;
  size_t r = p;
  if (at(c, r) == ',') r++;
  r = skip_ws(c, r);
  size_t ye = r > w ? year_at(c, r, 1000, 2100, &y) : 0;
  h->canmod = 1;
  h->month = 1;
  if (ye) {
    h->end = ye;
    h->rel = 0;
    if (d > mdays(y, m)) return -1; /* "30 February 2025" */
    h->d = mk(y, m, d, DY_PREC_DAY);
    return 1;
  }
  if ((k->flags & F_WEAK) && !is_up(at(c, q))) return 0;
  h->end = w;
  if (d > mdays(0, m)) return -1; /* "31 April": in no year */
  if (c->rp < DY_PREC_YEAR) return 0;
  y = infer_year(c, m, d);
  if (y < 1) return 0;
  if (d > mdays(y, m)) return -1;
  h->d = mk(y, m, d, DY_PREC_DAY);
  h->rel = 1;
  return 1;
}

/* A 4-digit number at i: ISO "2025-08-03", a decade "1990s"/"1990's", or a
 * year 1900..2100 (1000.. after early/late/mid), with a range "2024-25" or
 * "2023-2024" taken in. Not an amount or count ("2024 people", "2024%"). */
static int m_year(const ctx *c, size_t i, int pre, hit *h)
{
  size_t j = dend(c, i);
  if (j - i != 4) return 0;
  int v = numval(c, i, j);
  h->rel = 0;
  h->canmod = 1;
  h->month = 0;
  if (pre == P_NONE && at(c, j) == '-' && is_dg(at(c, j + 1)) && is_dg(at(c, j + 2)) &&
      at(c, j + 3) == '-' && is_dg(at(c, j + 4)) && is_dg(at(c, j + 5)) && !is_dg(at(c, j + 6))) {
    int m = numval(c, j + 1, j + 3), d = numval(c, j + 4, j + 6);
    int nx = at(c, j + 6);
    if (v >= 1000 && (!is_al(nx) || (nx == 'T' && is_dg(at(c, j + 7))))) {
      h->end = j + 6;
      if (d < 1 || d > mdays(v, m)) return -1; /* "2025-02-30", "2025-13-01" */
      h->d = mk(v, m, d, DY_PREC_DAY);
      return 1;
    }
    return 0;
  }
  if (v % 10 == 0 && v >= 1000 && v <= 2090) {
    size_t e = 0;
    if (to_lo(at(c, j)) == 's' && !is_an(at(c, j + 1))) e = j + 1;
    else if (at(c, j) == '\'' && to_lo(at(c, j + 1)) == 's' && !is_an(at(c, j + 2))) e = j + 2;
    else if (at(c, j) == 0xE2 && at(c, j + 1) == 0x80 && at(c, j + 2) == 0x99 &&
             to_lo(at(c, j + 3)) == 's' && !is_an(at(c, j + 4)))
      e = j + 4;
    if (e) {
      h->d = mk(v, 0, 0, DY_PREC_DECADE);
      h->end = e;
      return 1;
    }
  }
  if (v >= 1000 && v < 1900 && pre == P_NONE) {
    size_t a, b;
    if (!(prev_word(c, i, &a, &b) && b + 1 == i && word_in(c, a, b, OLD_YEAR_PREPS))) return 0;
  } else if (v < (pre == P_EDGE ? 1000 : 1900) || v > 2100 || is_an(at(c, j))) return 0;
  if (is_an(at(c, j))) return 0;
  int slash = at(c, j) == '/';
  if (!slash && !num_end_ok(c, j)) return 0;
  size_t e = j, r = slash ? j + 1 : dash(c, j);
  if (r) {
    size_t k = dend(c, r);
    int v2 = numval(c, r, k < r + 4 ? k : r + 4);
    if (k - r == 2 && !is_an(at(c, k)) && (v2 > v % 100 || (v % 100 == 99 && v2 == 0))) e = k;
    else if (k - r == 4 && !is_an(at(c, k)) && v2 > v && v2 <= 2100) e = k;
  }
  if (slash && e == j && is_dg(at(c, j + 1))) return 0; /* 2024/5/3: a slash form */
  if (count_follows(c, e)) return 0;
  if (pre == P_NONE) {
    size_t a, b, k = i;
    while (k > 0 && (back(c, k, 1) == ' ' || back(c, k, 1) == '\t')) k--;
    if (k < i && back(c, k, 1) == '.') k--; /* "No. 2024" */
    if (prev_word(c, k, &a, &b) && b == k && word_in(c, a, b, LABELS)) return 0;
  }
  h->d = mk(v, 0, 0, DY_PREC_YEAR);
  h->end = e;
  return 1;
}

/* A weekday at i: followed by a date it is that date ("Wednesday, August 6,
 * 2025"); alone it needs a day-precision ref: bare or "on Saturday" is the
 * most recent one at or before ref, "last" strictly before, "next" strictly
 * after, "this" in ref's Monday-Sunday week. */
static int m_wday(const ctx *c, size_t i, int pre, hit *h)
{
  size_t j = wend(c, i);
  const kw_t *k = kw_find(c, i, j);
  if (!k || k->kind != K_WDAY || is_dg(at(c, j))) return 0;
  size_t p = j;
  if (at(c, p) == ',') p++;
  p = skip_ws(c, p);
  if (p > j && pre == P_NONE) {
    hit t;
    memset(&t, 0, sizeof t);
    int ok = is_dg(at(c, p)) ? m_dayfirst(c, p, &t) : is_al(at(c, p)) ? m_month(c, p, P_NONE, &t) : 0;
    if (ok < 0) { *h = t; return -1; } /* "Monday, February 30, 2025" */
    if (ok && t.d.prec == DY_PREC_DAY) {
      *h = t;
      return 1;
    }
  }
  if (c->rp != DY_PREC_DAY) return 0;
  if (pre == P_NONE) {
    static const char *const NOT_BEFORE[] = {"the", "last", "next", "this", "every", "each", NULL};
    size_t a, b;
    if (prev_word(c, i, &a, &b) && word_in(c, a, b, NOT_BEFORE)) return 0;
  }
  int wd = k->val, wr = dy_weekday(c->ref);
  long delta;
  if (pre == P_LAST) delta = -((wr - wd + 7) % 7 ? (wr - wd + 7) % 7 : 7);
  else if (pre == P_NEXT) delta = (wd - wr + 7) % 7 ? (wd - wr + 7) % 7 : 7;
  else if (pre == P_THIS) delta = wd - wr;
  else delta = -((wr - wd + 7) % 7);
  if (!shift_days(c, delta, DY_PREC_DAY, &h->d)) return 0;
  h->end = j;
  h->rel = 1;
  h->canmod = 0;
  h->month = 0;
  h->wday = pre == P_NONE || pre == P_EDGE;
  return 1;
}

/* "<num> days/weeks/months/years/decades ago" with num ending at e and
 * worth v ("two", "5", "a"); also "a day earlier" / "a day later". */
static int m_ago(const ctx *c, long v, size_t e, hit *h)
{
  size_t q = skip_ws(c, e);
  int u = to_lo(at(c, q));
  if (q == e || v < 1 || !(u == 'd' || u == 'w' || u == 'm' || u == 'y')) return 0;
  size_t w = wend(c, q);
  int unit = weq(c, q, w, "day") || weq(c, q, w, "days") ? 1
           : weq(c, q, w, "week") || weq(c, q, w, "weeks") ? 2
           : weq(c, q, w, "month") || weq(c, q, w, "months") ? 3
           : weq(c, q, w, "year") || weq(c, q, w, "years") ? 4
           : weq(c, q, w, "decade") || weq(c, q, w, "decades") ? 5 : 0;
  if (!unit) return 0;
  size_t g = skip_ws(c, w), ge = wend(c, g);
  if (g == w) return 0;
  long sign;
  if (weq(c, g, ge, "ago")) sign = -1;
  else if (unit == 1 && v == 1 && weq(c, g, ge, "earlier")) sign = -1;
  else if (unit == 1 && v == 1 && weq(c, g, ge, "later")) sign = 1;
  else return 0;
  int ok = 0;
  switch (unit) {
  case 1: ok = c->rp == DY_PREC_DAY && shift_days(c, sign * v, DY_PREC_DAY, &h->d); break;
  case 2: ok = c->rp == DY_PREC_DAY && shift_days(c, sign * 7 * v, DY_PREC_MONTH, &h->d); break;
  case 3: ok = c->rp >= DY_PREC_MONTH && shift_months(c, sign * v, &h->d); break;
  case 4: ok = c->rp >= DY_PREC_YEAR && shift_years(c, sign * v, &h->d); break;
  default: ok = c->rp >= DY_PREC_YEAR && shift_years(c, sign * 10 * v, &h->d); break;
  }
  if (!ok) return 0;
  h->end = ge;
  h->rel = 1;
  h->canmod = 0;
  h->month = 0;
  return 1;
}

/* A relative date from ref: sets h->d and the bookkeeping; 0 when ref is
 * not precise enough (need) or the result is out of range. */
static int rel_set(const ctx *c, int need, int ok, size_t end, hit *h)
{
  if (c->rp < need || !ok) return 0;
  h->end = end;
  h->rel = 1;
  h->canmod = 0;
  h->month = 0;
  return 1;
}

/* "last/this/next" at i (kind W_LAST/W_THIS/W_NEXT) ending at j followed by
 * a weekday, a month name, week, month, year, night, morning... */
static int m_lastnext(const ctx *c, size_t i, size_t j, int which, hit *h)
{
  int pre = which == W_LAST ? P_LAST : which == W_NEXT ? P_NEXT : P_THIS;
  size_t a, b;
  if (pre != P_THIS && prev_word(c, i, &a, &b) && weq(c, a, b, "the")) return 0;
  size_t q = skip_ws(c, j);
  if (q == j) return 0;
  size_t w = wend(c, q);
  if (is_dg(at(c, w))) return 0;
  const kw_t *k = kw_find(c, q, w);
  if (k && k->kind == K_WDAY) return m_wday(c, q, pre, h);
  if (k && k->kind == K_MON) return m_month(c, q, pre, h);
  int sign = pre == P_LAST ? -1 : pre == P_NEXT ? 1 : 0;
  if (weq(c, q, w, "week")) {
    if (pre == P_THIS) {
      h->d = mk(c->ref.y, c->ref.m, 0, DY_PREC_MONTH);
      return rel_set(c, DY_PREC_MONTH, 1, w, h);
    }
    return rel_set(c, DY_PREC_DAY, c->rp == DY_PREC_DAY && shift_days(c, 7 * sign, DY_PREC_MONTH, &h->d), w, h);
  }
  if (weq(c, q, w, "month"))
    return rel_set(c, DY_PREC_MONTH, c->rp >= DY_PREC_MONTH && shift_months(c, sign, &h->d), w, h);
  if (weq(c, q, w, "year"))
    return rel_set(c, DY_PREC_YEAR, c->rp >= DY_PREC_YEAR && shift_years(c, sign, &h->d), w, h);
  if ((pre == P_LAST && weq(c, q, w, "night")) ||
      (pre == P_THIS && (weq(c, q, w, "morning") || weq(c, q, w, "afternoon") || weq(c, q, w, "evening"))))
    return rel_set(c, DY_PREC_DAY, c->rp == DY_PREC_DAY && shift_days(c, pre == P_LAST ? -1 : 0, DY_PREC_DAY, &h->d), w, h);
  return 0;
}

/* "the previous day", "the next/following day", "the day before
 * yesterday", "the day after tomorrow", "the day before" (ending the
 * clause): day dates from ref. */
static int m_the(const ctx *c, size_t j, hit *h)
{
  if (c->rp != DY_PREC_DAY) return 0;
  size_t q = skip_ws(c, j), w = wend(c, q);
  if (q == j) return 0;
  long delta;
  size_t end;
  if (weq(c, q, w, "previous") || weq(c, q, w, "next") || weq(c, q, w, "following")) {
    size_t g = skip_ws(c, w), ge = wend(c, g);
    if (g == w || !weq(c, g, ge, "day")) return 0;
    delta = weq(c, q, w, "previous") ? -1 : 1;
    end = ge;
  } else if (weq(c, q, w, "day")) {
    size_t g = skip_ws(c, w), ge = wend(c, g);
    if (g == w) return 0;
    size_t x = skip_ws(c, ge), xe = wend(c, x);
    int before_ = weq(c, g, ge, "before");
    if (!before_ && !weq(c, g, ge, "after")) return 0;
    if (x > ge && weq(c, x, xe, before_ ? "yesterday" : "tomorrow")) {
      delta = before_ ? -2 : 2;
      end = xe;
    } else if (before_ && !is_an(at(c, skip_ws(c, ge))) &&
               (at(c, ge) == 0 || at(c, ge) == '.' || at(c, ge) == ',' || at(c, ge) == ';')) {
      delta = -1;
      end = ge;
    } else {
      return 0;
    }
  } else {
    return 0;
  }
  return shift_days(c, delta, DY_PREC_DAY, &h->d) && rel_set(c, DY_PREC_DAY, 1, end, h);
}

/* The forms that start with a word: s[i..j) is a word of KW (k). depth
 * stops "early last ..." from nesting further. */
static int m_word(const ctx *c, size_t i, size_t j, const kw_t *k, int depth, hit *h)
{
  if (k->kind == K_MON) return m_month(c, i, P_NONE, h);
  if (k->kind == K_WDAY) return m_wday(c, i, P_NONE, h);
  if (k->kind == K_NUM) return m_ago(c, k->val, j, h);
  switch (k->val) {
  case W_TODAY:
  case W_TONIGHT:
    if (c->rp == DY_PREC_MONTH) {
      h->d = mk(c->ref.y, c->ref.m, 0, DY_PREC_MONTH);
      return rel_set(c, DY_PREC_MONTH, 1, j, h);
    }
    return rel_set(c, DY_PREC_DAY, c->rp == DY_PREC_DAY && shift_days(c, 0, DY_PREC_DAY, &h->d), j, h);
  case W_YESTERDAY:
  case W_TOMORROW:
    return rel_set(c, DY_PREC_DAY,
                   c->rp == DY_PREC_DAY && shift_days(c, k->val == W_YESTERDAY ? -1 : 1, DY_PREC_DAY, &h->d), j, h);
  case W_LAST:
  case W_THIS:
  case W_NEXT:
    return m_lastnext(c, i, j, k->val, h);
  case W_EARLY:
  case W_LATE:
  case W_MID: {
    size_t p = at(c, j) == '-' ? j + 1 : skip_ws(c, j);
    if (p == j || depth > 0) return 0;
    if (is_dg(at(c, p))) return m_year(c, p, P_EDGE, h);
    size_t w = wend(c, p);
    const kw_t *k2 = kw_find(c, p, w);
    if (!k2 || is_dg(at(c, w))) return 0;
    if (k2->kind == K_MON) return m_month(c, p, P_EDGE, h);
    if (k2->kind == K_WDAY) return m_wday(c, p, P_EDGE, h);
    if (k2->kind == K_WORD && k2->val >= W_TODAY && k2->val <= W_NEXT && k2->val != W_TONIGHT)
      return m_word(c, p, w, k2, depth + 1, h);
    return 0;
  }
  case W_EARLIER:
  case W_LATER: {
    size_t p = skip_ws(c, j), w = wend(c, p);
    const kw_t *k2 = p > j ? kw_find(c, p, w) : NULL;
    if (!k2 || k2->kind != K_WORD || depth > 0) return 0;
    if (k2->val == W_THIS) {
      size_t q = skip_ws(c, w), qe = wend(c, q);
      if (q == w || !(weq(c, q, qe, "year") || weq(c, q, qe, "month") || weq(c, q, qe, "week")))
        return 0;
      return m_lastnext(c, p, w, W_THIS, h);
    }
    if (k2->val == W_TODAY) return m_word(c, p, w, k2, depth + 1, h);
    return 0;
  }
  case W_RECENT: {
    size_t q = skip_ws(c, j), w = wend(c, q);
    if (q == j) return 0;
    if (weq(c, q, w, "days") || weq(c, q, w, "weeks")) {
      h->d = mk(c->ref.y, c->ref.m, 0, DY_PREC_MONTH);
      return rel_set(c, DY_PREC_MONTH, 1, w, h);
    }
    if (weq(c, q, w, "months")) {
      h->d = mk(c->ref.y, 0, 0, DY_PREC_YEAR);
      return rel_set(c, DY_PREC_YEAR, 1, w, h);
    }
    return 0;
  }
  case W_THE:
    return m_the(c, j, h);
  default:
    return 0;
  }
}

/* 1 when the expression s[a..e) modifies what follows it ("the 2024
 * election", "its 2030 target", "2024's vote", "2024-era"): the next word
 * starts with a letter and is not a function word or a verb-like word, and
 * a capitalised word after a preposition + date starts a clause instead
 * ("In 2024 Russia ..."). */
static int is_mod(const ctx *c, size_t a, size_t e)
{
  int ch = at(c, e);
  if (ch == '\'' && to_lo(at(c, e + 1)) == 's' && !is_an(at(c, e + 2))) return 1;
  if (ch == 0xE2 && at(c, e + 1) == 0x80 && at(c, e + 2) == 0x99 && to_lo(at(c, e + 3)) == 's' &&
      !is_an(at(c, e + 4)))
    return 1;
  if (ch == '-' && is_al(at(c, e + 1))) { /* "2024-era", not "June-July" */
    const kw_t *k = kw_find(c, e + 1, wend(c, e + 1));
    return !k || k->kind != K_MON;
  }
  size_t q = skip_sp(c, e);
  if (q == e || !is_al(at(c, q))) return 0;
  size_t w = wend(c, q);
  if (is_dg(at(c, w)) || word_in(c, q, w, STOP)) return 0;
  if (is_lo(at(c, q)) && w - q > 3) {
    int y = at(c, w - 2), z = at(c, w - 1);
    if ((y == 'e' && z == 'd') || (y == 'l' && z == 'y')) return 0;
  }
  size_t pa, pb;
  if (is_up(at(c, q)) && prev_word(c, a, &pa, &pb) && word_in(c, pa, pb, PREPS)) return 0;
  return 1;
}

int dy_dates_find(const char *s, size_t n, dy_date ref, dy_date_span *out, int max)
{
  if (!s || !out || max <= 0) return 0;
  ctx cx;
  ctx_init(&cx, s, n, ref);
  const ctx *c = &cx;
  int cnt = 0;
  size_t i = 0;
  while (i < c->n && cnt < max) {
    int ch = (unsigned char)s[i];
    if (!is_an(ch)) {
      i++;
      continue;
    }
    /* i starts a word: the loop only stops on alphanumerics after others */
    hit h;
    memset(&h, 0, sizeof h);
    int ok = 0;
    size_t j;
    if (is_dg(ch)) {
      j = dend(c, i);
      if (num_ok_before(c, i)) {
        size_t nd = j - i;
        if (nd == 4) ok = m_year(c, i, P_NONE, &h);
        else if (nd <= 2) ok = m_dayfirst(c, i, &h);
        if (!ok && nd <= 3 && !is_an(at(c, j))) ok = m_ago(c, numval(c, i, j), j, &h);
      }
    } else {
      j = wend(c, i);
      int l = to_lo(ch) - 'a';
      if (j - i <= 9 && KW_START[l] < KW_START[l + 1] && !is_dg(at(c, j))) {
        const kw_t *k = kw_find(c, i, j);
        if (k) ok = m_word(c, i, j, k, 0, &h);
      }
    }
    if (ok < 0 && h.end > i && h.end <= c->n) {
      i = h.end; /* the form of a date, but no such day: not a date, nor its year or month */
    } else if (ok > 0 && h.end > i && h.end <= c->n) {
      dy_date_span *o = &out[cnt++];
      o->start = (uint32_t)i;
      o->end = (uint32_t)h.end;
      o->date = h.d;
      o->relative = h.rel;
      o->modifier = h.canmod ? (uint8_t)is_mod(c, i, h.end) : 0;
      o->weekday = h.wday;
      if (h.month) cx.chain = h.end;
      i = h.end;
    } else {
      i = j;
    }
    while (i < c->n && is_an((unsigned char)s[i])) i++;
  }
  return cnt;
}

/* ---- publication-date lines ------------------------------------------- */

/* A clock time at p: "22:59", "10:00:00", "10:00:00.000", then an optional
 * am/pm and time zone ("GMT", "Z", "+01:00", "EDT-4"). Returns its end or 0. */
static size_t time_at(const ctx *c, size_t p)
{
  size_t j = dend(c, p);
  if (j == p || j - p > 2 || numval(c, p, j) > 24 || at(c, j) != ':') return 0;
  size_t k = dend(c, j + 1);
  if (k - (j + 1) != 2 || numval(c, j + 1, k) > 59) return 0;
  p = k;
  if (at(c, p) == ':' && dend(c, p + 1) - (p + 1) == 2) p += 3;
  if (at(c, p) == '.' && is_dg(at(c, p + 1))) p = dend(c, p + 1);
  size_t q = skip_sp(c, p), w = wend(c, q);
  if (weq(c, q, w, "am") || weq(c, q, w, "pm")) {
    p = w;
  } else if ((to_lo(at(c, q)) == 'a' || to_lo(at(c, q)) == 'p') && at(c, q + 1) == '.' &&
             to_lo(at(c, q + 2)) == 'm' && at(c, q + 3) == '.') {
    p = q + 4;
  }
  q = skip_sp(c, p);
  if (at(c, q) == 'Z' && !is_an(at(c, q + 1))) return q + 1;
  if (at(c, q) == '(') {
    size_t r = q + 1;
    while (is_up(at(c, r))) r++;
    if (r > q + 1 && r - q <= 6 && at(c, r) == ')') return r + 1;
  }
  if (is_up(at(c, q))) {
    size_t r = q;
    while (is_up(at(c, r))) r++;
    if (is_an(at(c, r)) || r - q > 5) return p;
    p = r;
    q = r;
  }
  if (at(c, q) == '+' || at(c, q) == '-') {
    size_t r = dend(c, q + 1);
    if (r - (q + 1) == 4 || r - (q + 1) == 2 || r - (q + 1) == 1) {
      if (at(c, r) == ':' && dend(c, r + 1) - (r + 1) == 2) r += 3;
      if (!is_an(at(c, r))) return r;
    }
  }
  return p;
}

/* 1 when what follows a date line's date from q is only an optional
 * separator and time, and a final period. */
static int line_tail_ok(const ctx *c, size_t q)
{
  if (at(c, q) == 'T' || at(c, q) == 't') {
    size_t t = time_at(c, q + 1);
    if (!t) return 0;
    q = t;
  }
  q = skip_ws(c, q);
  if (q >= c->n || (at(c, q) == '.' && q + 1 == c->n)) return 1;
  for (int k = 0; k < 2; k++) {
    int ch = at(c, q);
    size_t w = wend(c, q);
    if (ch == ',' || ch == '|' || ch == '-' || ch == '@' || ch == '/' || ch == ';') q = skip_ws(c, q + 1);
    else if (ch == 0xC2 && at(c, q + 1) == 0xB7) q = skip_ws(c, q + 2);
    else if (ch == 0xE2 && at(c, q + 1) == 0x80 && (at(c, q + 2) == 0x93 || at(c, q + 2) == 0x94 ||
                                                    at(c, q + 2) == 0xA2))
      q = skip_ws(c, q + 3);
    else if (weq(c, q, w, "at")) q = skip_ws(c, w);
    else break;
  }
  size_t t = time_at(c, q);
  if (!t) return 0;
  t = skip_ws(c, t);
  if (at(c, t) == '.' && t + 1 == c->n) t++;
  return t >= c->n;
}

int dy_date_parse_line(const char *s, size_t n, dy_date ref, dy_date *out)
{
  static const char *const PREFIX[] = {"published", "updated", "posted", "date", "dated", "first",
                                       "last", "modified", "originally", "on", NULL};
  static const char *const WDAYS[] = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                                      "sunday", "mon", "tue", "tues", "wed", "weds", "thu", "thur",
                                      "thurs", "fri", "sat", "sun", NULL};
  if (!s || !out) return -1;
  ctx cx;
  ctx_init(&cx, s, n, ref);
  /* trim the end */
  while (cx.n > 0) {
    int ch = (unsigned char)s[cx.n - 1];
    if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n') cx.n--;
    else if (ch == 0xA0 && cx.n >= 2 && (unsigned char)s[cx.n - 2] == 0xC2) cx.n -= 2;
    else break;
  }
  const ctx *c = &cx;
  /* bullets, then "Published:", "Last updated on" ..., then a weekday */
  size_t p = 0;
  for (;;) {
    p = skip_ws(c, p);
    int ch = at(c, p);
    if (ch == '-' || ch == '*' || ch == '>' || ch == '|' || ch == '+') p++;
    else if (ch == 0xC2 && at(c, p + 1) == 0xB7) p += 2;
    else if (ch == 0xE2 && at(c, p + 1) == 0x80 &&
             (at(c, p + 2) == 0xA2 || at(c, p + 2) == 0x93 || at(c, p + 2) == 0x94))
      p += 3;
    else break;
  }
  for (int k = 0; k < 3; k++) {
    size_t w = wend(c, p);
    if (!word_in(c, p, w, PREFIX) || is_dg(at(c, w))) break;
    p = w;
    if (at(c, p) == ':') p++;
    p = skip_ws(c, p);
  }
  {
    size_t w = wend(c, p);
    if (word_in(c, p, w, WDAYS) && !is_dg(at(c, w))) {
      size_t q = w;
      if (at(c, q) == '.') q++;
      if (at(c, q) == ',') q++;
      q = skip_ws(c, q);
      if (q > w) p = q;
    }
  }
  hit h;
  int ok = 0;
  if (is_dg(at(c, p))) {
    size_t j = dend(c, p);
    if (j - p == 4 && (at(c, j) == '/' || at(c, j) == '.')) {
      /* 2025/08/06, 2025.08.06 */
      int sep = at(c, j), y = numval(c, p, j);
      size_t k = dend(c, j + 1);
      if (k - (j + 1) >= 1 && k - (j + 1) <= 2 && at(c, k) == sep) {
        size_t l = dend(c, k + 1);
        int m = numval(c, j + 1, k), d = l - (k + 1) <= 2 ? numval(c, k + 1, l) : 0;
        if (l > k + 1 && y >= 1000) {
          h.end = l;
          ok = d >= 1 && d <= mdays(y, m) ? 1 : -1;
          if (ok > 0) h.d = mk(y, m, d, DY_PREC_DAY);
        }
      }
    } else if (j - p == 4) {
      ok = m_year(c, p, P_NONE, &h);
    } else {
      ok = m_dayfirst(c, p, &h);
    }
  } else if (is_al(at(c, p))) {
    ok = m_month(c, p, P_EDGE, &h);
  }
  if (ok < 0) return line_tail_ok(c, h.end) ? -2 : -1;
  if (!ok || h.d.prec != DY_PREC_DAY || !line_tail_ok(c, h.end)) return -1;
  *out = h.d;
  return 0;
}

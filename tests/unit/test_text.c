/* test_text.c: the text stage: UTF-8 repair and NFC, binary sniffing, tokens, sentences, the repost hash. */
#include <stdlib.h>
#include <time.h>

#include <utf8proc.h>

#include "text/text.h"
#include "read/read.h"
#include "testlib.h"

/* ---- helpers ---------------------------------------------------------------- */

/* A document over a malloc'd copy of text[0..n), segmented. */
static dy_doc *segn(const char *text, size_t n)
{
  dy_doc *d = dy_doc_new();
  char *copy = malloc(n + 1);
  memcpy(copy, text, n);
  copy[n] = 0;
  dy_doc_set_text(d, copy, n);
  CHECK_INT(dy_text_segment(d), 0);
  return d;
}
static dy_doc *seg(const char *text) { return segn(text, strlen(text)); }

/* The tokens of text as written, joined by "|". Also checks that every
 * token's span lies inside the text, in order, and that its norm form is
 * the lower-cased span (for ASCII tokens). */
static const char *toks(const char *text)
{
  static char res[2048];
  dy_doc *d = seg(text);
  size_t o = 0;
  uint32_t prev_end = 0;
  res[0] = 0;
  for (uint32_t i = 0; i < d->ntoks; i++) {
    const dy_tok *t = &d->toks[i];
    CHECK(t->start < t->end && t->end <= d->len && t->start >= prev_end);
    prev_end = t->end;
    int ascii = 1;
    for (uint32_t k = t->start; k < t->end; k++) ascii &= (unsigned char)d->text[k] < 0x80;
    if (ascii) {
      char low[256];
      size_t n = t->end - t->start < 255 ? t->end - t->start : 255;
      for (size_t k = 0; k < n; k++) {
        char c = d->text[t->start + k];
        low[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
      }
      low[n] = 0;
      CHECK_STR(dy_tok_norm(d, t), low);
    }
    int w = snprintf(res + o, sizeof res - o, "%s%.*s", i ? "|" : "", (int)(t->end - t->start), d->text + t->start);
    if (w < 0 || (size_t)w >= sizeof res - o) break;
    o += (size_t)w;
  }
  dy_doc_free(d);
  return res;
}

/* The sentences of text as written, joined by " || ". Checks each
 * sentence's span against its first and last token. */
static const char *sents(const char *text)
{
  static char res[2048];
  dy_doc *d = seg(text);
  size_t o = 0;
  res[0] = 0;
  for (uint32_t i = 0; i < d->nsents; i++) {
    const dy_sent *s = &d->sents[i];
    CHECK(s->tok0 < s->tok1 && s->tok1 <= d->ntoks);
    CHECK(s->start == d->toks[s->tok0].start && s->end == d->toks[s->tok1 - 1].end);
    if (i) CHECK(s->tok0 == d->sents[i - 1].tok1); /* no token lost or shared */
    int w = snprintf(res + o, sizeof res - o, "%s%.*s", i ? " || " : "", (int)(s->end - s->start), d->text + s->start);
    if (w < 0 || (size_t)w >= sizeof res - o) break;
    o += (size_t)w;
  }
  if (d->nsents) CHECK(d->sents[d->nsents - 1].tok1 == d->ntoks);
  dy_doc_free(d);
  return res;
}

/* Flags of the k-th token of text. */
static unsigned flags_of(const char *text, uint32_t k)
{
  dy_doc *d = seg(text);
  unsigned f = k < d->ntoks ? d->toks[k].flags : 0xFFFF;
  dy_doc_free(d);
  return f;
}

/* Norm form of the k-th token of text. */
static const char *norm_of(const char *text, uint32_t k)
{
  static char res[64];
  dy_doc *d = seg(text);
  snprintf(res, sizeof res, "%s", k < d->ntoks ? dy_tok_norm(d, &d->toks[k]) : "(none)");
  dy_doc_free(d);
  return res;
}

/* dy_text_normalize over a buffer of exactly n bytes (reads past n show under ASan). */
static char *norm(const char *in, size_t n, size_t *outn, size_t *nbad, long *first_bad)
{
  char *copy = malloc(n ? n : 1);
  memcpy(copy, in, n);
  char *r = dy_text_normalize(copy, n, outn, nbad, first_bad);
  free(copy);
  return r;
}

/* ---- normalisation --------------------------------------------------------------- */

static void test_normalize(void)
{
  size_t n, nbad;
  long fb;
  char *r;

  /* ASCII: copied as is */
  r = norm("Iran and Pakistan.", 18, &n, &nbad, &fb);
  CHECK_STR(r, "Iran and Pakistan.");
  CHECK_INT(n, 18);
  CHECK_INT(nbad, 0);
  CHECK_INT(fb, -1);
  free(r);

  /* the length is n, not up to a NUL */
  r = norm("abcdef", 3, &n, &nbad, &fb);
  CHECK_STR(r, "abc");
  CHECK_INT(n, 3);
  free(r);

  /* empty input */
  r = norm("", 0, &n, &nbad, &fb);
  CHECK(r != NULL && n == 0 && r[0] == 0);
  free(r);

  /* NFC: e + combining acute becomes the precomposed letter */
  r = norm("Caf" "e\xCC\x81" " au lait", 14, &n, &nbad, &fb);
  CHECK_STR(r, "Caf\xC3\xA9 au lait");
  CHECK_INT(n, 13);
  CHECK_INT(nbad, 0);
  free(r);

  /* already NFC text is unchanged */
  r = norm("Pezeshkian\xE2\x80\x99s visit to K\xC3\xB6ln", 29, &n, &nbad, &fb);
  CHECK_STR(r, "Pezeshkian\xE2\x80\x99s visit to K\xC3\xB6ln");
  free(r);

  /* NFC reorders combining marks by class: dot below (220) before acute (230) */
  r = norm("a\xCC\x81\xCC\xA3", 5, &n, &nbad, &fb);
  CHECK_STR(r, "\xE1\xBA\xA1\xCC\x81"); /* U+1EA1 U+0301 */
  free(r);

  /* canonical singletons are replaced under NFC: Angstrom sign -> A-ring,
   * Greek question mark U+037E -> ';', Greek ano teleia U+0387 -> U+00B7 */
  r = norm("\xE2\x84\xAB", 3, &n, &nbad, &fb);
  CHECK_STR(r, "\xC3\x85");
  free(r);
  r = norm("Why\xCD\xBE", 5, &n, &nbad, &fb);
  CHECK_STR(r, "Why;");
  free(r);
  r = norm("a\xCE\x87" "b", 4, &n, &nbad, &fb);
  CHECK_STR(r, "a\xC2\xB7" "b");
  free(r);
  r = norm("\xE1\xBD\xB1", 3, &n, &nbad, &fb); /* U+1F71 -> U+03AC */
  CHECK_STR(r, "\xCE\xAC");
  free(r);

  /* invalid bytes: each becomes U+FFFD, counted, the first one's offset kept */
  r = norm("ab\xFF" "cd\xFE", 6, &n, &nbad, &fb);
  CHECK_STR(r, "ab\xEF\xBF\xBD" "cd\xEF\xBF\xBD");
  CHECK_INT(n, 10);
  CHECK_INT(nbad, 2);
  CHECK_INT(fb, 2);
  free(r);

  /* a truncated sequence at the very end (no read past n) */
  r = norm("Iran\xE2\x80", 6, &n, &nbad, &fb);
  CHECK(r && strncmp(r, "Iran\xEF\xBF\xBD", 7) == 0);
  CHECK(nbad >= 1);
  CHECK_INT(fb, 4);
  CHECK_INT(strlen(r), n);
  free(r);

  /* a lone continuation byte first */
  r = norm("\x80x", 2, &n, &nbad, &fb);
  CHECK_STR(r, "\xEF\xBF\xBDx");
  CHECK_INT(nbad, 1);
  CHECK_INT(fb, 0);
  free(r);

  /* CRLF and lone CR become LF */
  r = norm("one\r\ntwo\rthree\r\n", 16, &n, &nbad, &fb);
  CHECK_STR(r, "one\ntwo\nthree\n");
  CHECK_INT(n, 14);
  CHECK_INT(nbad, 0);
  free(r);

  /* no-break space becomes a space */
  r = norm("10\xC2\xA0km", 6, &n, &nbad, &fb);
  CHECK_STR(r, "10 km");
  CHECK_INT(n, 5);
  free(r);

  /* an embedded NUL does not cut the string short: length and strlen agree */
  r = norm("a\0b", 3, &n, &nbad, &fb);
  CHECK(r != NULL);
  if (r) CHECK_INT(strlen(r), n);
  free(r);
}

static void test_binary(void)
{
  CHECK_INT(dy_read_is_binary("Iran and Pakistan signed a deal.\n", 33), 0);
  CHECK_INT(dy_read_is_binary("caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D\r\n\tx", 22), 0);
  CHECK_INT(dy_read_is_binary("hello\0world", 11), 1);
  CHECK_INT(dy_read_is_binary("", 0), 0);
  char ctl[200];
  for (int i = 0; i < 200; i++) ctl[i] = (char)(i % 3 ? 'a' : 0x01);
  CHECK_INT(dy_read_is_binary(ctl, sizeof ctl), 1);
  /* a single stray control character in a long text is still text */
  char txt[1000];
  memset(txt, 'a', sizeof txt);
  txt[500] = 0x1B;
  CHECK_INT(dy_read_is_binary(txt, sizeof txt), 0);
}

/* ---- tokens ------------------------------------------------------------------------ */

static void test_tokens(void)
{
  CHECK_STR(toks("Iran and Pakistan signed."), "Iran|and|Pakistan|signed|.");
  CHECK_STR(toks("  leading and trailing  "), "leading|and|trailing");
  /* possessives, straight and curly */
  CHECK_STR(toks("Iran's foreign minister"), "Iran|'s|foreign|minister");
  CHECK_STR(toks("Iran\xE2\x80\x99s minister"), "Iran|\xE2\x80\x99s|minister");
  CHECK(flags_of("Iran's foreign minister", 1) & DY_TOK_POSS);
  CHECK(flags_of("Iran\xE2\x80\x99s minister", 1) & DY_TOK_POSS);
  CHECK_STR(norm_of("Iran\xE2\x80\x99s minister", 1), "'s");
  CHECK_STR(toks("the generals' meeting"), "the|generals|'|meeting");
  CHECK(flags_of("the generals' meeting", 2) & DY_TOK_POSS);
  /* an apostrophe inside a word stays */
  CHECK_STR(toks("Shi'a and O'Brien"), "Shi'a|and|O'Brien");
  /* n't */
  CHECK_STR(toks("We won't go"), "We|wo|n't|go");
  CHECK_STR(toks("They didn't."), "They|did|n't|.");
  CHECK_STR(toks("He doesn\xE2\x80\x99t"), "He|does|n\xE2\x80\x99t");
  CHECK_STR(norm_of("He doesn\xE2\x80\x99t", 2), "n't");
  /* hyphens */
  CHECK_STR(toks("a cease-fire deal"), "a|cease|-|fire|deal");
  CHECK_STR(toks("Jaish al-Adl's men"), "Jaish|al|-|Adl|'s|men");
  /* dotted abbreviations */
  CHECK_STR(toks("the U.S. army"), "the|U.S.|army");
  CHECK(flags_of("the U.S. army", 1) & DY_TOK_ABBR);
  CHECK(flags_of("the U.S. army", 1) & DY_TOK_ALLCAPS);
  CHECK_STR(norm_of("the U.S. army", 1), "u.s.");
  CHECK_STR(toks("the U.N. said"), "the|U.N.|said");
  CHECK_STR(toks("Dr. Khan"), "Dr.|Khan");
  CHECK(flags_of("Dr. Khan", 0) & DY_TOK_ABBR);
  CHECK_STR(toks("Lt. Gen. Chaudhry"), "Lt.|Gen.|Chaudhry");
  /* numbers */
  CHECK_STR(toks("$3.5 billion"), "$|3.5|billion");
  CHECK_STR(toks("10,000 troops"), "10,000|troops");
  CHECK_STR(toks("\xE2\x82\xAC" "8.6 billion"), "\xE2\x82\xAC|8.6|billion");
  CHECK(flags_of("10,000 troops", 0) & DY_TOK_DIGIT);
  CHECK_STR(toks("in 2024, then"), "in|2024|,|then");
  CHECK_STR(toks("ended in 2024."), "ended|in|2024|.");
  /* flags */
  unsigned f;
  f = flags_of("Iran", 0);
  CHECK((f & DY_TOK_UPPER) && !(f & DY_TOK_ALLCAPS) && !(f & DY_TOK_PUNCT));
  f = flags_of("NATO", 0);
  CHECK((f & DY_TOK_UPPER) && (f & DY_TOK_ALLCAPS));
  f = flags_of("iran", 0);
  CHECK(!(f & (DY_TOK_UPPER | DY_TOK_ALLCAPS | DY_TOK_DIGIT)));
  f = flags_of("2025", 0);
  CHECK((f & DY_TOK_DIGIT) && !(f & DY_TOK_UPPER));
  f = flags_of("F16", 0);
  CHECK((f & DY_TOK_UPPER) && (f & DY_TOK_ALLCAPS) && !(f & DY_TOK_DIGIT));
  f = flags_of(",", 0);
  CHECK(f & DY_TOK_PUNCT);
  /* non-ASCII: upper case and lower-cased norm */
  f = flags_of("\xC3\x89lys\xC3\xA9" "e", 0);
  CHECK((f & DY_TOK_UPPER) && !(f & DY_TOK_ALLCAPS));
  CHECK_STR(norm_of("\xC3\x89LYS\xC3\x89" "E", 0), "\xC3\xA9lys\xC3\xA9" "e");
  CHECK(flags_of("\xC3\x89LYS\xC3\x89" "E", 0) & DY_TOK_ALLCAPS);
  /* curly quotes and dashes are straight in the norm form */
  CHECK_STR(norm_of("\xE2\x80\x9CNo\xE2\x80\x9D", 0), "\"");
  CHECK_STR(norm_of("a \xE2\x80\x94 b", 1), "-");
  /* the internal "newline before" bit does not leak into the flags */
  CHECK(!(flags_of("a\nb", 1) & 0x8000));
}

/* ---- sentences ----------------------------------------------------------------- */

static void test_sentences(void)
{
  CHECK_STR(sents("Iran condemned the strike. Pakistan agreed."), "Iran condemned the strike. || Pakistan agreed.");
  CHECK_STR(sents("Is it over? Yes! It is."), "Is it over? || Yes! || It is.");
  CHECK_STR(sents("Officials in the U.S. said talks would resume. Iran agreed."),
            "Officials in the U.S. said talks would resume. || Iran agreed.");
  CHECK_STR(sents("The U.S. Congress voted."), "The U.S. Congress voted.");
  CHECK_STR(sents("Lt. Gen. Ahmed Sharif Chaudhry spoke on Monday. He said more."),
            "Lt. Gen. Ahmed Sharif Chaudhry spoke on Monday. || He said more.");
  CHECK_STR(sents("Dr. Masoud Pezeshkian arrived. He met officials."), "Dr. Masoud Pezeshkian arrived. || He met officials.");
  CHECK_STR(sents("Maj. Gen. Ali Khan visited St. Petersburg. Talks began."),
            "Maj. Gen. Ali Khan visited St. Petersburg. || Talks began.");
  CHECK_STR(sents("Police held A. Khan on Monday. He was freed."), "Police held A. Khan on Monday. || He was freed.");
  CHECK_STR(sents("The fund is worth $3.5 billion. Aid arrived."), "The fund is worth $3.5 billion. || Aid arrived.");
  CHECK_STR(sents("The EU pledged \xE2\x82\xAC" "8.6 billion. Aid arrived."),
            "The EU pledged \xE2\x82\xAC" "8.6 billion. || Aid arrived.");
  CHECK_STR(sents("\"We won't,\" he said. Talks ended."), "\"We won't,\" he said. || Talks ended.");
  CHECK_STR(sents("\"We will win.\" Then he left."), "\"We will win.\" || Then he left.");
  CHECK_STR(sents("\xE2\x80\x9CWe will win.\xE2\x80\x9D Then he left."),
            "\xE2\x80\x9CWe will win.\xE2\x80\x9D || Then he left.");
  CHECK_STR(sents("He left (for Doha.) Then he returned."), "He left (for Doha.) || Then he returned.");
  CHECK_STR(sents("Talks (in Doha) ended. Iran left."), "Talks (in Doha) ended. || Iran left.");
  CHECK_STR(sents("Iran Pakistan talks\nThe two sides met"), "Iran Pakistan talks || The two sides met");
  CHECK_STR(sents("Aid came from the U.S. The talks ended."), "Aid came from the U.S. || The talks ended.");
  CHECK_STR(sents("Troops left at 3.30 p.m. on Monday."), "Troops left at 3.30 p.m. on Monday.");
  CHECK_STR(sents("it rose 3.5 percent. then fell."), "it rose 3.5 percent. then fell.");
  CHECK_STR(sents(""), "");
  CHECK_STR(sents("   \n\n  "), "");
  CHECK_STR(sents("No final period"), "No final period");

  /* paragraphs: counted at newlines */
  dy_doc *d = seg("One.\n\nTwo.\nThree.");
  CHECK_INT(d->nsents, 3);
  if (d->nsents == 3) {
    CHECK(d->sents[0].para < d->sents[1].para);
    CHECK(d->sents[1].para < d->sents[2].para);
  }
  dy_doc_free(d);

  /* datelines: the body starts after the dash; none without one, nor with a
   * dash glued to a word, nor when the first word is not in capitals */
  const char *dl[][2] = {{"ISLAMABAD, Jan. 29 (Reuters) - Pakistan condemned Israel.", "Pakistan"},
                         {"BUENOS AIRES -- A court convicted two men.", "A"},
                         {"KABUL \xE2\x80\x94 Talks resumed.", "Talks"},
                         {"Kabul - Talks resumed.", NULL},
                         {"NATO-led troops left Kabul.", NULL},
                         {"UN officials met in Doha on Monday.", NULL}};
  for (size_t k = 0; k < sizeof dl / sizeof dl[0]; k++) {
    d = seg(dl[k][0]);
    CHECK_INT(d->nsents, 1);
    if (d->nsents == 1) {
      const dy_sent *se = &d->sents[0];
      if (!dl[k][1]) CHECK_INT(se->body0, se->tok0);
      else {
        CHECK(se->body0 > se->tok0 && se->body0 < se->tok1);
        const dy_tok *t = &d->toks[se->body0];
        CHECK(t->end - t->start == strlen(dl[k][1]) && !memcmp(d->text + t->start, dl[k][1], t->end - t->start));
      }
    }
    dy_doc_free(d);
  }
}

/* ---- prepare and the repost hash -------------------------------------------- */

static dy_doc *prepared(const char *text, const char *id)
{
  dy_doc *d = dy_doc_new();
  dy_doc_set_text(d, strdup(text), strlen(text));
  if (id) dy_doc_set_str(&d->id, id, strlen(id));
  CHECK_INT(dy_text_prepare(d), 0);
  return d;
}

static void test_prepare(void)
{
  dy_doc *a = prepared("Iran and Pakistan signed a deal.", NULL);
  dy_doc *b = prepared("  IRAN   and\npakistan\tsigned a DEAL. \n", NULL);
  dy_doc *c = prepared("Iran and India signed a deal.", NULL);
  dy_doc *e = prepared("Iran andPakistan signed a deal.", NULL);
  dy_doc *f = prepared("Iran and Pakistan signed a deal.", "my-id");
  CHECK(a->hash == b->hash);
  CHECK(a->hash != c->hash);
  CHECK(a->hash != e->hash); /* a space removed is a different text */
  CHECK(a->hash == f->hash);
  char want[24];
  snprintf(want, sizeof want, "%016llx", (unsigned long long)a->hash);
  CHECK_STR(a->id, want);
  CHECK_INT(strlen(a->id), 16);
  CHECK_STR(f->id, "my-id"); /* an id already set is kept */
  CHECK(strcmp(a->id, c->id) != 0);
  dy_doc_free(a); dy_doc_free(b); dy_doc_free(c); dy_doc_free(e); dy_doc_free(f);

  /* prepare normalises the text in place */
  dy_doc *g = prepared("Caf" "e\xCC\x81\r\nbad \xFF byte", NULL);
  CHECK_STR(g->text, "Caf\xC3\xA9\nbad \xEF\xBF\xBD byte");
  CHECK_INT(g->len, strlen("Caf\xC3\xA9\nbad \xEF\xBF\xBD byte"));
  dy_doc *h = prepared("caf\xC3\xA9\n bad   \xEF\xBF\xBD BYTE", NULL);
  CHECK(g->hash == h->hash); /* NFC first, so the two spellings are one text */
  dy_doc_free(g); dy_doc_free(h);
}

/* ---- pathological input ----------------------------------------------------- */

static void test_pathological(void)
{
  size_t n = 1u << 20;
  char *big = malloc(n + 1);
  for (size_t i = 0; i < n; i++) big[i] = (char)('a' + i % 26);
  big[n] = 0;
  clock_t t0 = clock();
  dy_doc *d = segn(big, n);
  double secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  CHECK(secs < 5.0);
  CHECK_INT(d->ntoks, 1);
  CHECK_INT(d->nsents, 1);
  if (d->ntoks) CHECK(d->toks[0].start == 0 && d->toks[0].end == n);
  dy_doc_free(d);

  /* the same through prepare (ASCII fast path) */
  dy_doc *p = dy_doc_new();
  dy_doc_set_text(p, big, n);
  CHECK_INT(dy_text_prepare(p), 0);
  CHECK_INT(p->len, n);
  dy_doc_free(p);

  size_t m = 200000;
  char *par = malloc(m + 1);
  memset(par, '(', m);
  par[m] = 0;
  t0 = clock();
  d = segn(par, m);
  secs = (double)(clock() - t0) / CLOCKS_PER_SEC;
  CHECK(secs < 5.0);
  CHECK_INT(d->ntoks, m);
  CHECK(d->nsents >= m / 300);
  uint32_t maxlen = 0;
  for (uint32_t i = 0; i < d->nsents; i++)
    if (d->sents[i].tok1 - d->sents[i].tok0 > maxlen) maxlen = d->sents[i].tok1 - d->sents[i].tok0;
  CHECK(maxlen <= 300);
  dy_doc_free(d);
  free(par);

  /* many invalid bytes: all replaced, output three times as long */
  size_t k = 100000, on, nbad;
  long fb;
  char *bad = malloc(k);
  memset(bad, 0xFF, k);
  char *r = dy_text_normalize(bad, k, &on, &nbad, &fb);
  CHECK(r != NULL);
  CHECK_INT(nbad, k);
  CHECK_INT(on, 3 * k);
  CHECK_INT(fb, 0);
  free(r);
  free(bad);
}

/* NFC made piece by piece (cut before each ASCII character) is utf8proc's
 * NFC of the whole: random strings of letters, marks in every order,
 * Hangul jamo and syllables, Indic vowel signs that compose without a
 * mark, singletons, exclusions, punctuation. */
static void test_nfc_pieces(void)
{
  static const int32_t pool[] = {'a', 'e', 'o', 'A', ' ', '.', 'x', '1', 0xE9, 0xC5, 0xFC, 0x300, 0x301, 0x302, 0x308, 0x323,
    0x327, 0x345, 0x344, 0x340, 0x1100, 0x1161, 0x11A8, 0xAC00, 0xAC01, 0x09C7, 0x09BE, 0x09D7, 0x09CB, 0x0B47, 0x0B3E, 0x0B56,
    0x0BC6, 0x0BBE, 0x0CC6, 0x0CD5, 0x0D46, 0x0D3E, 0x1025, 0x102E, 0x212B, 0x2126, 0x2000, 0x2001, 0x0958, 0x0F73, 0x0F71,
    0x0F72, 0x1ED1, 0x1F71, 0x2019, 0x201C, 0x2014, 0x2026, 0xF900, 0x0374, 0x037E, 0x0387, 0x1B05, 0x1B35, 0x05B0, 0x0591,
    0x0654, 0x0627, 0x0653, 0x3099, 0x304B, 0x309A, 0x30AB, 0x0DD9, 0x0DCF, 0x0DCA, 0x110BA, 0x11099, 0x1D15E, 0x1D165};
  const size_t np = sizeof pool / sizeof pool[0];
  uint64_t r = 88172645463325252ULL;
  int bad = 0;
  for (int it = 0; it < 20000 && !bad; it++) {
    /* a combining mark first: the text needs NFC, which is then made of
     * every piece (a text with no character the quick check flags is
     * left as it is, pieces or not) */
    char buf[256] = "e\xcc\x81 ";
    size_t o = 4;
    r ^= r << 13; r ^= r >> 7; r ^= r << 17;
    int len = 1 + (int)(r % 24);
    for (int k = 0; k < len; k++) {
      r ^= r << 13; r ^= r >> 7; r ^= r << 17;
      o += (size_t)utf8proc_encode_char(pool[r % np], (utf8proc_uint8_t *)buf + o);
    }
    buf[o] = 0;
    size_t n, nbad;
    long first;
    char *got = dy_text_normalize(buf, o, &n, &nbad, &first);
    utf8proc_uint8_t *want = utf8proc_NFC((const utf8proc_uint8_t *)buf);
    if (!got || !want || n != strlen((char *)want) || memcmp(got, want, n)) bad = 1;
    free(got);
    free(want);
  }
  CHECK_INT(bad, 0);
}

int main(void)
{
  dy_quiet_warnings = 2;
  test_normalize();
  test_nfc_pieces();
  test_binary();
  test_tokens();
  test_sentences();
  test_prepare();
  test_pathological();
  return TEST_DONE();
}

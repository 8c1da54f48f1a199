/* test_html.c: main-text extraction, metadata, charsets, feeds and sniffing of read/html. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "read/html.h"
#include "testlib.h"

#define DATA "tests/data/html/"

/* Reads a test file (relative to the repository root) into a malloc'd,
 * NUL-terminated buffer; NULL when missing. */
static char *slurp(const char *path, size_t *n) {
  FILE *f = fopen(path, "rb");
  if (!f) { fprintf(stderr, "cannot open %s (run from the repository root)\n", path); return NULL; }
  size_t cap = 4096, len = 0;
  char *b = malloc(cap + 1);
  for (;;) {
    if (!b) break;
    if (len == cap) {
      char *q = realloc(b, cap * 2 + 1);
      if (!q) { free(b); b = NULL; break; }
      b = q;
      cap *= 2;
    }
    size_t r = fread(b + len, 1, cap - len, f);
    len += r;
    if (r == 0) break;
  }
  fclose(f);
  if (b) b[len] = 0;
  *n = len;
  return b;
}

/* Extracts a data file; returns rc and fills a (zeroed on failure). */
static int extract_file(const char *name, dy_html_article *a, char *err, size_t errn) {
  char path[256];
  snprintf(path, sizeof path, DATA "%s", name);
  size_t n = 0;
  char *b = slurp(path, &n);
  memset(a, 0, sizeof *a);
  if (!b) { snprintf(err, errn, "missing"); return -2; }
  int rc = dy_html_extract(b, n, name, a, err, errn);
  free(b);
  return rc;
}

static int has(const char *s, const char *sub) { return s && sub && strstr(s, sub) != NULL; }

/* 1 if s[0..n) is well-formed UTF-8. */
static int utf8_ok(const char *s, size_t n) {
  const unsigned char *u = (const unsigned char *)s;
  size_t i = 0;
  while (i < n) {
    unsigned c = u[i];
    size_t l = c < 0x80 ? 1 : c >= 0xC2 && c < 0xE0 ? 2 : c >= 0xE0 && c < 0xF0 ? 3 : c >= 0xF0 && c < 0xF5 ? 4 : 0;
    if (!l || i + l > n) return 0;
    for (size_t k = 1; k < l; k++) if ((u[i + k] & 0xC0) != 0x80) return 0;
    i += l;
  }
  return 1;
}

static void test_news_page(void) {
  dy_html_article a;
  char err[256] = "";
  int rc = extract_file("news.html", &a, err, sizeof err);
  CHECK_INT(rc, 0);
  size_t n = 0;
  char *want = slurp(DATA "news.txt", &n);
  CHECK_STR(a.text, want);
  CHECK_INT(a.text_len, a.text ? strlen(a.text) : 0);
  CHECK(!has(a.text, "cookies"));
  CHECK(!has(a.text, "World"));
  CHECK(!has(a.text, "ADVERTISEMENT"));
  CHECK(!has(a.text, "Share on"));
  CHECK(!has(a.text, "Photo credit"));
  CHECK(!has(a.text, "Border crossing reopens"));
  CHECK(!has(a.text, "reader comment"));
  CHECK(!has(a.text, "newsletter"));
  CHECK(!has(a.text, "Most popular"));
  CHECK(!has(a.text, "All rights reserved"));
  CHECK(!has(a.text, "script text"));
  CHECK(!has(a.text, "JavaScript"));
  CHECK_STR(a.title, "Iran and Pakistan resume border talks");
  CHECK_STR(a.published, "2025-08-06T10:00:00Z");
  CHECK_STR(a.authors, "Jane Doe");
  CHECK_STR(a.url, "https://news.example.com/2025/08/06/border-talks");
  CHECK_STR(a.site, "The Daily Example");
  CHECK_STR(a.lang, "en");
  free(want);
  dy_html_article_free(&a);
  CHECK(a.text == NULL && a.title == NULL);
  dy_html_article_free(NULL);
}

static void test_dates_and_titles(void) {
  dy_html_article a;
  char err[256] = "";
  CHECK_INT(extract_file("date_jsonld.html", &a, err, sizeof err), 0);
  CHECK_STR(a.published, "2025-03-14T08:30:00+05:00");
  CHECK_STR(a.authors, "Ali Khan; Sara Malik");
  CHECK_STR(a.title, "Ceasefire holds in the north"); /* <title> minus " - Site" */
  CHECK(has(a.text, "ceasefire announced last week"));
  CHECK(has(a.text, "\n\nAid groups"));
  dy_html_article_free(&a);

  CHECK_INT(extract_file("date_time.html", &a, err, sizeof err), 0);
  CHECK_STR(a.published, "2024-11-02T14:05:00Z");
  CHECK_STR(a.title, "Parliament passes budget"); /* h1 before <title> */
  CHECK(has(a.text, "national assembly approved"));
  dy_html_article_free(&a);

  CHECK_INT(extract_file("date_meta.html", &a, err, sizeof err), 0);
  CHECK_STR(a.published, "2023-05-01");
  CHECK_STR(a.title, "Harbour strike ends");
  CHECK(has(a.text, "Dock workers returned"));
  dy_html_article_free(&a);

  CHECK_INT(extract_file("title_tag.html", &a, err, sizeof err), 0);
  CHECK_STR(a.title, "Floods displace thousands in the valley");
  CHECK(a.published == NULL);
  CHECK(a.authors == NULL);
  dy_html_article_free(&a);
}

static void test_charsets(void) {
  dy_html_article a;
  char err[256] = "";
  CHECK_INT(extract_file("cp1252.html", &a, err, sizeof err), 0);
  CHECK(has(a.text, "\xE2\x80\x9CWe will not give up,\xE2\x80\x9D the minister said \xE2\x80\x94 and"));
  CHECK(has(a.text, "It\xE2\x80\x99s a long road"));
  CHECK(has(a.text, "5\xE2\x82\xAC a month, the caf\xC3\xA9 owner"));
  CHECK(a.text && utf8_ok(a.text, a.text_len));
  dy_html_article_free(&a);

  CHECK_INT(extract_file("wrong_charset.html", &a, err, sizeof err), 0);
  CHECK(has(a.text, "The caf\xC3\xA9 on the corner"));
  CHECK(has(a.text, "\xE2\x80\x9C" "business is back\xE2\x80\x9D"));
  CHECK(a.text && utf8_ok(a.text, a.text_len));
  dy_html_article_free(&a);

  CHECK_INT(extract_file("latin1.html", &a, err, sizeof err), 0);
  CHECK(has(a.text, "Die Stra\xC3\x9F" "e nach M\xC3\xBCnchen"));
  CHECK(has(a.text, "\xC3\x96l auslief"));
  dy_html_article_free(&a);

  CHECK_INT(extract_file("cp1251.html", &a, err, sizeof err), 0);
  CHECK(has(a.text, "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0")); /* Москва */
  dy_html_article_free(&a);

  /* undeclared, not UTF-8: read as windows-1252 */
  const char *raw = "<p>Na\xEFve \x93quotes\x94 in a paragraph that is long enough to be kept as text.</p>";
  CHECK_INT(dy_html_extract(raw, strlen(raw), "raw", &a, err, sizeof err), 0);
  CHECK(has(a.text, "Na\xC3\xAFve \xE2\x80\x9Cquotes\xE2\x80\x9D"));
  dy_html_article_free(&a);

  /* numeric references to C1 code points mean windows-1252 characters */
  const char *c1 = "<p>He said &#147;yes&#148; and left &#150; quickly, before anyone else could speak.</p>";
  CHECK_INT(dy_html_extract(c1, strlen(c1), "c1", &a, err, sizeof err), 0);
  CHECK(has(a.text, "\xE2\x80\x9Cyes\xE2\x80\x9D and left \xE2\x80\x93 quickly"));
  dy_html_article_free(&a);

  /* declared EUC-JP, but the bytes are not EUC-JP: windows-1252 */
  const char *euc = "<meta charset=euc-jp><p>The caf\xE9 reopened on Monday after a long and difficult winter.</p>";
  CHECK_INT(dy_html_extract(euc, strlen(euc), "euc", &a, err, sizeof err), 0);
  CHECK(has(a.text, "The caf\xC3\xA9 reopened"));
  dy_html_article_free(&a);

  /* declared ISO-8859-1, but the bytes are UTF-8: UTF-8 */
  const char *mis = "<meta charset=iso-8859-1><p>Na\xC3\xAFve caf\xC3\xA9 owners in Z\xC3\xBCrich said prices rose again this year.</p>";
  CHECK_INT(dy_html_extract(mis, strlen(mis), "mis", &a, err, sizeof err), 0);
  CHECK(has(a.text, "Na\xC3\xAFve caf\xC3\xA9 owners in Z\xC3\xBCrich"));
  dy_html_article_free(&a);

  /* UTF-16 with a byte order mark */
  const char u16[] = "\xFF\xFE<\0p\0>\0H\0i\0 \0t\0h\0e\0r\0e\0<\0/\0p\0>\0";
  CHECK_INT(dy_html_extract(u16, sizeof u16 - 1, "u16", &a, err, sizeof err), 0);
  CHECK_STR(a.text, "Hi there");
  dy_html_article_free(&a);
}

static void test_bad_pages(void) {
  dy_html_article a;
  char err[256] = "";
  CHECK_INT(extract_file("no_text.html", &a, err, sizeof err), -1);
  CHECK(has(err, "no article text found"));
  CHECK(a.text == NULL && a.title == NULL);

  CHECK_INT(extract_file("truncated.html", &a, err, sizeof err), 0);
  CHECK(has(a.text, "Officials from Iran and Pakistan"));
  CHECK(a.text && utf8_ok(a.text, a.text_len));
  dy_html_article_free(&a);

  err[0] = 0;
  CHECK_INT(dy_html_extract("", 0, "empty", &a, err, sizeof err), -1);
  CHECK(has(err, "empty"));
  CHECK_INT(dy_html_extract("<html><body></body></html>", 26, "blank", &a, err, sizeof err), -1);
  CHECK(has(err, "no article text found"));
  const char zeros[64] = {0};
  CHECK_INT(dy_html_extract(zeros, sizeof zeros, "zeros", &a, err, sizeof err), -1);
  /* a tiny error buffer is never overrun */
  char small[8];
  CHECK_INT(dy_html_extract("<p></p>", 7, "a-long-name-for-the-page", &a, small, sizeof small), -1);
  CHECK_INT(strlen(small), 7);
}

/* 100,000 nested <div>: must neither crash nor take long. libxml2 stops
 * building the tree at its depth limit (2,048), so the text may be lost. */
static void test_deep_nesting(void) {
  const int depth = 100000;
  size_t cap = (size_t)depth * 11 + 512, n = 0;
  char *b = malloc(cap);
  if (!b) { CHECK(0); return; }
  for (int i = 0; i < depth; i++) { memcpy(b + n, "<div>", 5); n += 5; }
  const char *p = "<p>Text at the bottom of a very deep page, with words, and commas.</p>";
  memcpy(b + n, p, strlen(p));
  n += strlen(p);
  for (int i = 0; i < depth; i++) { memcpy(b + n, "</div>", 6); n += 6; }
  dy_html_article a;
  char err[256] = "";
  int rc = dy_html_extract(b, n, "deep", &a, err, sizeof err);
  CHECK(rc == 0 || has(err, "no article text found"));
  if (rc == 0) dy_html_article_free(&a);
  /* text before the deep part survives */
  const char *pre = "<body><p>A paragraph before the nesting starts, long enough to keep, with commas.</p>";
  size_t pl = strlen(pre);
  memmove(b + pl, b, n - 6 * (size_t)depth);
  memcpy(b, pre, pl);
  n = pl + n - 6 * (size_t)depth;
  rc = dy_html_extract(b, n, "deep2", &a, err, sizeof err);
  CHECK_INT(rc, 0);
  CHECK(has(a.text, "A paragraph before the nesting starts"));
  if (rc == 0) dy_html_article_free(&a);
  /* and as a feed */
  n = 0;
  memcpy(b, "<rss><channel>", 14);
  n = 14;
  for (int i = 0; i < depth; i++) { memcpy(b + n, "<item>", 6); n += 6; }
  rc = dy_feed_parse(b, n, "deepfeed", NULL, NULL, err, sizeof err);
  CHECK(rc >= 0);
  free(b);
}

/* Real pages nest 300 levels deep (layout tables, widgets): the text at
 * the bottom and the paragraph after the nesting are both kept. */
static void test_deep_page(void) {
  const int depth = 400;
  size_t cap = (size_t)depth * 11 + 1024, n = 0;
  char *b = malloc(cap);
  if (!b) { CHECK(0); return; }
  const char *pre = "<html><body><article>";
  memcpy(b, pre, strlen(pre)); n = strlen(pre);
  for (int i = 0; i < depth; i++) { memcpy(b + n, "<div>", 5); n += 5; }
  const char *p = "<p>Text at the bottom of a deep page, with words, and commas, kept.</p>";
  memcpy(b + n, p, strlen(p)); n += strlen(p);
  for (int i = 0; i < depth; i++) { memcpy(b + n, "</div>", 6); n += 6; }
  const char *post = "<p>The paragraph after the deep part, with words, and commas, also kept.</p>"
                     "</article></body></html>";
  memcpy(b + n, post, strlen(post)); n += strlen(post);
  dy_html_article a;
  char err[256] = "";
  int rc = dy_html_extract(b, n, "deep400", &a, err, sizeof err);
  CHECK_INT(rc, 0);
  if (rc == 0) {
    CHECK(has(a.text, "Text at the bottom of a deep page"));
    CHECK(has(a.text, "The paragraph after the deep part"));
    dy_html_article_free(&a);
  }
  free(b);
}

/* A 50 MB attribute: linear time, bounded memory, text still found. */
static void test_huge_attribute(void) {
  size_t big = (size_t)50 << 20;
  const char *head = "<html><head><meta property=\"og:title\" content=\"";
  const char *mid = "\"></head><body><div class=\"";
  const char *tail = "\"><p>Text after two huge attributes, long enough to count as a paragraph.</p></div></body></html>";
  size_t hl = strlen(head), ml = strlen(mid), tl = strlen(tail);
  char *b = malloc(hl + big + ml + big / 4 + tl);
  if (!b) { CHECK(0); return; }
  size_t n = 0;
  memcpy(b, head, hl); n += hl;
  memset(b + n, 'x', big); n += big;
  memcpy(b + n, mid, ml); n += ml;
  memset(b + n, 'c', big / 4); n += big / 4;
  memcpy(b + n, tail, tl); n += tl;
  dy_html_article a;
  char err[256] = "";
  int rc = dy_html_extract(b, n, "bigattr", &a, err, sizeof err);
  CHECK_INT(rc, 0);
  CHECK(has(a.text, "Text after two huge attributes"));
  CHECK(a.title && strlen(a.title) <= 4096); /* metadata is bounded */
  if (rc == 0) dy_html_article_free(&a);
  free(b);
}

typedef struct {
  int n;
  char titles[4][128], links[4][128], dates[4][64], authors[4][128];
  char *texts[4];
  char site[64], lang[16];
} feed_seen;

/* Feed callback: copies what the tests look at and takes the text. */
static int on_item(void *user, dy_html_article *it) {
  feed_seen *s = user;
  if (s->n >= 4) return 1;
  int i = s->n++;
  snprintf(s->titles[i], sizeof s->titles[i], "%s", it->title ? it->title : "");
  snprintf(s->links[i], sizeof s->links[i], "%s", it->url ? it->url : "");
  snprintf(s->dates[i], sizeof s->dates[i], "%s", it->published ? it->published : "");
  snprintf(s->authors[i], sizeof s->authors[i], "%s", it->authors ? it->authors : "");
  snprintf(s->site, sizeof s->site, "%s", it->site ? it->site : "");
  snprintf(s->lang, sizeof s->lang, "%s", it->lang ? it->lang : "");
  s->texts[i] = it->text; /* ownership taken */
  it->text = NULL;
  return 0;
}

static void seen_free(feed_seen *s) {
  for (int i = 0; i < 4; i++) free(s->texts[i]);
}

static int stop_first(void *user, dy_html_article *it) {
  (void)it;
  (*(int *)user)++;
  return 1;
}

static void test_feeds(void) {
  char err[256] = "";
  size_t n = 0;
  char *b = slurp(DATA "rss.xml", &n);
  feed_seen s;
  memset(&s, 0, sizeof s);
  CHECK_INT(dy_feed_parse(b, n, "rss.xml", on_item, &s, err, sizeof err), 2);
  CHECK_INT(s.n, 2);
  CHECK_STR(s.titles[0], "Envoys meet in Geneva");
  CHECK_STR(s.links[0], "https://wire.example.com/2025/envoys-meet");
  CHECK_STR(s.dates[0], "Wed, 06 Aug 2025 10:00:00 GMT");
  CHECK_STR(s.authors[0], "Maria Lopez");
  CHECK_STR(s.site, "Example Wire");
  CHECK_STR(s.lang, "en-gb");
  CHECK(has(s.texts[0], "Envoys from the two governments met in Geneva"));
  CHECK(has(s.texts[0], "prisoner exchanges & humanitarian access"));
  CHECK(!has(s.texts[0], "Short summary"));
  CHECK(!has(s.texts[0], "Share this"));
  CHECK_STR(s.titles[1], "Markets & oil: prices fall");
  CHECK_STR(s.authors[1], "Tom Reed");
  CHECK_STR(s.texts[1], "Oil prices fell 3% on Thursday \xE2\x80\x94 the steepest drop this month.");
  int calls = 0;
  CHECK_INT(dy_feed_parse(b, n, "rss.xml", stop_first, &calls, err, sizeof err), 1);
  CHECK_INT(calls, 1);
  CHECK_INT(dy_feed_parse(b, n, "rss.xml", NULL, NULL, err, sizeof err), 2);
  seen_free(&s);
  free(b);

  b = slurp(DATA "atom.xml", &n);
  memset(&s, 0, sizeof s);
  CHECK_INT(dy_feed_parse(b, n, "atom.xml", on_item, &s, err, sizeof err), 3);
  CHECK_STR(s.titles[0], "Accord sur le nucl\xC3\xA9" "aire");
  CHECK_STR(s.links[0], "https://actu.example.org/2025/accord");
  CHECK_STR(s.dates[0], "2025-08-06T12:00:00Z");
  CHECK_STR(s.authors[0], "Claire Martin");
  CHECK_STR(s.lang, "fr");
  CHECK(has(s.site, "Exemple Actualit"));
  CHECK(has(s.texts[0], "accord pr\xC3\xA9liminaire mardi soir"));
  CHECK(has(s.texts[0], "\n\nLe texte doit encore"));
  CHECK_STR(s.links[1], "https://actu.example.org/2025/sommet");
  CHECK_STR(s.dates[1], "2025-08-07T08:00:00Z");
  CHECK_STR(s.texts[1], "Les dirigeants se r\xC3\xA9uniront la semaine prochaine.");
  CHECK_STR(s.titles[2], "Tr\xC3\xAAve prolong\xC3\xA9" "e");
  CHECK(has(s.texts[2], "La tr\xC3\xAAve a \xC3\xA9t\xC3\xA9 prolong\xC3\xA9" "e"));
  seen_free(&s);
  free(b);

  b = slurp(DATA "not_feed.txt", &n);
  err[0] = 0;
  CHECK_INT(dy_feed_parse(b, n, "not_feed.txt", on_item, &s, err, sizeof err), -1);
  CHECK(has(err, "not XML"));
  free(b);
  b = slurp(DATA "not_feed.html", &n);
  err[0] = 0;
  CHECK_INT(dy_feed_parse(b, n, "not_feed.html", on_item, &s, err, sizeof err), -1);
  CHECK(has(err, "not a feed"));
  free(b);
  CHECK_INT(dy_feed_parse("", 0, "empty", on_item, &s, err, sizeof err), -1);
  /* a Latin-1 feed */
  const char *l1 = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>Caf\xE9 r\xE9ouvert</title>"
                   "<description>Le caf\xE9 a rouvert.</description></item></channel></rss>";
  memset(&s, 0, sizeof s);
  CHECK_INT(dy_feed_parse(l1, strlen(l1), "latin1.xml", on_item, &s, err, sizeof err), 1);
  CHECK_STR(s.titles[0], "Caf\xC3\xA9 r\xC3\xA9ouvert");
  CHECK_STR(s.texts[0], "Le caf\xC3\xA9 a rouvert.");
  seen_free(&s);
  memset(&s, 0, sizeof s);
  CHECK_INT(dy_feed_parse("<rss><channel><item><title>T", 28, "cut", NULL, NULL, err, sizeof err), 1);
}

static void test_sniff(void) {
  size_t n = 0;
  char *b = slurp(DATA "news.html", &n);
  CHECK_INT(dy_html_sniff(b, n), 1);
  free(b);
  b = slurp(DATA "rss.xml", &n);
  CHECK_INT(dy_html_sniff(b, n), 2);
  free(b);
  b = slurp(DATA "atom.xml", &n);
  CHECK_INT(dy_html_sniff(b, n), 2);
  free(b);
  b = slurp(DATA "not_feed.txt", &n);
  CHECK_INT(dy_html_sniff(b, n), 0);
  free(b);
  const char *cases[][2] = {
      {"\xEF\xBB\xBF  <!-- c --> <!DOCTYPE html><html>", "1"},
      {"<html lang=en>", "1"}, {"<HEAD><title>x</title>", "1"}, {"\n<body>", "1"},
      {"<p>hello", "1"}, {"<div class=a>", "1"}, {"<pre>x", "0"},
      {"<?xml version=\"1.0\"?>\n<!-- x -->\n<rdf:RDF xmlns:rdf=\"x\">", "2"},
      {"<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">", "2"},
      {"<?xml version=\"1.0\"?><note>x</note>", "0"}, {"<rss version=\"2.0\">", "2"},
      {"{\"json\": true}", "0"}, {"", "0"}, {"<!-- never closed", "0"},
      {"<?xml version=\"1.0\"?><feedback/>", "0"},
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    CHECK_INT(dy_html_sniff(cases[i][0], strlen(cases[i][0])), cases[i][1][0] - '0');
  CHECK_INT(dy_html_sniff(NULL, 0), 0);
}

/* A page with no article prose (a gallery) gives its summary, not its
 * legal footer or recommendation list; a short real article keeps its own
 * text even when a summary exists. */
static void test_summary_fallback(void) {
  dy_html_article a;
  char err[256] = "";
  int rc = extract_file("gallery.html", &a, err, sizeof err);
  CHECK_INT(rc, 0);
  if (rc == 0) {
    CHECK(has(a.text, "Our editors picked the warmest coats of the season"));
    CHECK(!has(a.text, "constitutes acceptance"));
    CHECK(!has(a.text, "Gift ideas"));
    dy_html_article_free(&a);
  }
  rc = extract_file("short_brief.html", &a, err, sizeof err);
  CHECK_INT(rc, 0);
  if (rc == 0) {
    CHECK(has(a.text, "after a pause of three weeks"));
    CHECK(!has(a.text, "a new round is expected"));
    dy_html_article_free(&a);
  }
}

/* Filler lines such as "Advertisement" are dropped in other languages too. */
static void test_filler_lines(void) {
  const char *page =
      "<html lang=\"de\"><body><article><h1>Gespr\xC3\xA4" "che in Genf</h1>"
      "<p>Die Delegationen trafen sich am Montag erneut in Genf, wie Beamte mitteilten, "
      "nach einer Pause von drei Wochen und langen Vorgespr\xC3\xA4" "chen.</p>"
      "<p>Anzeige</p>"
      "<p>Eine neue Runde wird in der kommenden Woche erwartet, sagten die Diplomaten "
      "beider Seiten am Abend in Genf.</p><p>Publicit\xC3\xA9</p>"
      "<p>Mehr Informationen unter https://example.org/genf-gespraeche finden Sie auf unserer Seite, "
      "mit allen Dokumenten der Verhandlungen.</p>"
      "<p>Facebook https://fb.me/example</p></article></body></html>";
  dy_html_article a;
  char err[256] = "";
  int rc = dy_html_extract(page, strlen(page), "filler", &a, err, sizeof err);
  CHECK_INT(rc, 0);
  if (rc == 0) {
    CHECK(has(a.text, "Eine neue Runde"));
    CHECK(!has(a.text, "Anzeige"));
    CHECK(!has(a.text, "Publicit"));
    CHECK(has(a.text, "Mehr Informationen unter https://example.org"));
    CHECK(!has(a.text, "fb.me"));
    dy_html_article_free(&a);
  }
}

typedef struct { int n; dy_html_article a[4]; } stories;

static int keep_story(void *u, dy_html_article *a) {
  stories *s = u;
  if (s->n < 4) { s->a[s->n] = *a; memset(a, 0, sizeof *a); }
  s->n++;
  return 0;
}

/* A page of several full stories gives each as its own article; a teaser
 * and a promotion box are not stories; a page of one story gives one. */
static void test_stories(void) {
  size_t n = 0;
  char *b = slurp(DATA "live.html", &n);
  CHECK(b != NULL);
  if (!b) return;
  stories s = {0};
  char err[256] = "";
  CHECK_INT(dy_html_extract_each(b, n, "live.html", keep_story, &s, err, sizeof err), 2);
  CHECK_INT(s.n, 2);
  if (s.n == 2) {
    CHECK(has(s.a[0].title, "Iran and Pakistan agree"));
    CHECK(has(s.a[0].text, "Masoud Pezeshkian ended a two-day visit"));
    CHECK(!has(s.a[0].text, "Vienna"));
    CHECK(has(s.a[0].published, "2025-08-03T09:30"));
    CHECK(has(s.a[0].authors, "A. Writer"));
    CHECK(!has(s.a[0].text, "By A. Writer")); /* the byline is metadata */
    CHECK(has(s.a[0].site, "Example Wire"));
    CHECK(has(s.a[1].title, "Ministers meet in Vienna"));
    CHECK(has(s.a[1].text, "inspectors could return"));
    CHECK(!has(s.a[1].text, "Stocks rose"));
    CHECK(has(s.a[1].published, "2025-08-02T15:00"));
    CHECK(has(s.a[1].authors, "B. Reporter"));
  }
  for (int i = 0; i < s.n && i < 4; i++) dy_html_article_free(&s.a[i]);
  free(b);
  /* one story: the page's own article, as dy_html_extract gives it */
  b = slurp(DATA "news.html", &n);
  CHECK(b != NULL);
  if (!b) return;
  memset(&s, 0, sizeof s);
  CHECK_INT(dy_html_extract_each(b, n, "news.html", keep_story, &s, err, sizeof err), 1);
  dy_html_article one;
  if (dy_html_extract(b, n, "news.html", &one, err, sizeof err) == 0) {
    CHECK(s.n == 1 && s.a[0].text && !strcmp(s.a[0].text, one.text));
    dy_html_article_free(&one);
  } else CHECK(0);
  for (int i = 0; i < s.n && i < 4; i++) dy_html_article_free(&s.a[i]);
  free(b);
}

/* Stories inside a container the strict story pass leaves out (a
 * "sidebar"), on a page whose main text a looser pass found: the nodes keep
 * the looser pass's marks, which the story pass must not follow (it read
 * past its own model and crashed). They are not split off as stories; the
 * page gives its one article with both texts. */
static void test_stories_stale_marks(void) {
  size_t n = 0;
  char *b = slurp(DATA "stale_sidebar.html", &n);
  CHECK(b != NULL);
  if (!b) return;
  stories s = {0};
  char err[256] = "";
  CHECK_INT(dy_html_extract_each(b, n, "stale_sidebar.html", keep_story, &s, err, sizeof err), 1);
  CHECK_INT(s.n, 1);
  if (s.n == 1) {
    CHECK(has(s.a[0].text, "First story"));
    CHECK(has(s.a[0].text, "Second story"));
  }
  for (int i = 0; i < s.n && i < 4; i++) dy_html_article_free(&s.a[i]);
  /* the page read twice in a row, and the single-article entry point after
   * the stories one, give the same */
  dy_html_article a;
  if (dy_html_extract(b, n, "stale_sidebar.html", &a, err, sizeof err) == 0) {
    CHECK(has(a.text, "Second story"));
    dy_html_article_free(&a);
  } else CHECK(0);
  free(b);
}

/* Inputs from the fuzzer (tests/fuzz/fuzz_html.c; first byte = mode) run
 * through every entry point, the stories of a page included. A crash the
 * fuzzer finds is added as fuzz-N.bin, or as a page of its own written to
 * show the mechanism (stale_sidebar.html, test_stories_stale_marks). */
static void test_regressions(void) {
  /* the crashes kept beside the project (../shared/crashes), when there */
  static const char *const files[] = {DATA "fuzz-1.bin", DATA "fuzz-2.bin", DATA "fuzz-3.bin", DATA "fuzz-4.bin",
                                      "../shared/crashes/fuzz_html-heap-overflow.bin", NULL};
  for (int i = 0; files[i]; i++) {
    const char *path = files[i];
    size_t n = 0;
    int shared = strncmp(path, "../shared/", 10) == 0;
    if (shared && access(path, R_OK) != 0) {
      printf("skip: %s missing (../shared not beside the project)\n", path);
      continue;
    }
    char *b0 = slurp(path, &n);
    CHECK(b0 != NULL);
    if (!b0) continue;
    /* as a page, and as the fuzzer read it (its first byte picks the mode) */
    for (int skip = 0; skip < 2 && (size_t)skip < n; skip++) {
      char *b = b0 + skip;
      size_t bn = n - (size_t)skip;
      dy_html_article a;
      char err[256];
      if (dy_html_extract(b, bn, files[i], &a, err, sizeof err) == 0) {
        CHECK(utf8_ok(a.text, a.text_len));
        dy_html_article_free(&a);
      }
      stories s = {0};
      dy_html_extract_each(b, bn, files[i], keep_story, &s, err, sizeof err);
      for (int k = 0; k < s.n && k < 4; k++) dy_html_article_free(&s.a[k]);
      dy_feed_parse(b, bn, files[i], NULL, NULL, err, sizeof err);
      dy_html_sniff(b, bn);
      CHECK(1);
    }
    free(b0);
  }
}

int main(void) {
  test_news_page();
  test_dates_and_titles();
  test_charsets();
  test_bad_pages();
  test_deep_nesting();
  test_deep_page();
  test_huge_attribute();
  test_feeds();
  test_sniff();
  test_summary_fallback();
  test_filler_lines();
  test_stories();
  test_stories_stale_marks();
  test_regressions();
  return TEST_DONE();
}

/* test_read.c: the readers: plain-text conventions, aggregator pages, JSON Lines, .gz, directories, sniffing, skipped input. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>
#include <zlib.h>

#include "read/read.h"
#include "testlib.h"

/* ---- collecting documents ------------------------------------------------- */

#define MAXDOCS 32
typedef struct { dy_doc *d[MAXDOCS]; int n, stop_after; } docs;

static int collect(void *u, dy_doc *d)
{
  docs *D = u;
  if (D->n < MAXDOCS) D->d[D->n++] = d;
  else dy_doc_free(d);
  return D->stop_after && D->n >= D->stop_after;
}

static void release(docs *D)
{
  for (int i = 0; i < D->n; i++) dy_doc_free(D->d[i]);
  D->n = 0;
}

static const char *S(const char *s) { return s ? s : "(null)"; }

/* A document's text without its trailing newlines (a file's last line
 * ends with one; whether the text keeps it does not matter here). */
static const char *body(const dy_doc *d)
{
  static char res[1024];
  snprintf(res, sizeof res, "%s", S(d->text));
  size_t n = strlen(res);
  while (n && res[n - 1] == '\n') res[--n] = 0;
  return res;
}

/* Reads buf (copied to exactly its length) as one plain-text file. */
static int read_buf(const char *buf, docs *D, dy_read_stats *st)
{
  size_t n = strlen(buf);
  char *copy = malloc(n ? n : 1);
  memcpy(copy, buf, n);
  memset(st, 0, sizeof *st);
  int k = dy_read_text_buffer(copy, n, "page.txt", collect, D, st);
  free(copy);
  return k;
}

/* ---- the plain-text reader ------------------------------------------------------ */

static void test_article(void)
{
  docs D = {0};
  dy_read_stats st;
  read_buf("Iran and Pakistan sign trade deal\n"
           "August 6, 2025\n"
           "Source: Dawn\n"
           "  \xE2\x80\xA2 Iran\n"
           "Iran and Pakistan sign trade deal\n"
           "Comments\n"
           "Iran and Pakistan signed a trade deal on Tuesday.\n"
           "\n"
           "Related Articles\n"
           "The deal covers energy and border markets.\n"
           "Hashtags\n"
           "Try Our AI Features\n",
           &D, &st);
  CHECK_INT(D.n, 1);
  CHECK_INT(st.docs, 1);
  CHECK_INT(st.skipped, 0);
  if (D.n == 1) {
    dy_doc *d = D.d[0];
    CHECK_STR(d->title, "Iran and Pakistan sign trade deal");
    CHECK_STR(d->date_line, "August 6, 2025");
    CHECK_INT(d->published.prec, DY_PREC_NONE); /* resolved later, not by the reader */
    CHECK_STR(d->source, "Dawn");
    CHECK_STR(body(d), "Iran and Pakistan signed a trade deal on Tuesday.\nThe deal covers energy and border markets.");
    CHECK_INT(d->len, strlen(S(d->text)));
    CHECK_STR(d->path, "page.txt");
    CHECK_INT(d->line, 1);
    CHECK_INT(d->age_hours, -1);
  }
  release(&D);

  /* furniture is dropped wherever it stands, and matched whole-line only */
  read_buf("A headline here\n"
           "First paragraph of the story.\n"
           "Share this article\n"
           "Comments are closed on this story, he said.\n"
           "Advertisement\n"
           "Last paragraph.\n",
           &D, &st);
  CHECK_INT(D.n, 1);
  if (D.n == 1)
    CHECK_STR(body(D.d[0]), "First paragraph of the story.\nComments are closed on this story, he said.\nLast paragraph.");
  release(&D);

  /* dates in other forms, and a source line after the body starts is text */
  read_buf("Talks resume\n08 Aug, 22:59\nThe talks resumed in Doha.\nSource: officials in Doha.\n", &D, &st);
  CHECK_INT(D.n, 1);
  if (D.n == 1) {
    CHECK_STR(D.d[0]->date_line, "08 Aug, 22:59");
    CHECK(D.d[0]->source == NULL);
    CHECK_STR(body(D.d[0]), "The talks resumed in Doha.\nSource: officials in Doha.");
  }
  release(&D);

  read_buf("Talks resume\n2025-08-06\nThe talks resumed in Doha.\n", &D, &st);
  CHECK_INT(D.n, 1);
  if (D.n == 1) CHECK_STR(D.d[0]->date_line, "2025-08-06");
  release(&D);
}

static void test_no_title(void)
{
  docs D = {0};
  dy_read_stats st;
  const char *first = "The army said on Tuesday that it had killed six militants in a raid near the border with Afghanistan, officials said.";
  char buf[512];
  snprintf(buf, sizeof buf, "%s\nA second paragraph follows.\n", first);
  read_buf(buf, &D, &st);
  CHECK_INT(D.n, 1);
  if (D.n == 1) {
    dy_doc *d = D.d[0];
    size_t tl = strlen(S(d->title));
    CHECK(d->title != NULL);
    CHECK(tl >= 40 && tl <= 90);
    CHECK(strncmp(S(d->title), first, tl) == 0); /* the first words */
    CHECK(first[tl] == ' ');                      /* cut at a word boundary */
    CHECK(strncmp(S(d->text), first, strlen(first)) == 0); /* and the sentence stays in the text */
  }
  release(&D);

  /* a short first line that ends with a period is text, not a title */
  read_buf("Iran condemned the strike.\nPakistan agreed.\n", &D, &st);
  CHECK_INT(D.n, 1);
  if (D.n == 1) {
    CHECK_STR(body(D.d[0]), "Iran condemned the strike.\nPakistan agreed.");
    CHECK_STR(D.d[0]->title, "Iran condemned the strike.");
  }
  release(&D);

  /* only a title: no text, the document is skipped */
  read_buf("Just a headline\n\n", &D, &st);
  CHECK_INT(D.n, 0);
  CHECK_INT(st.skipped, 1);
  CHECK_INT(st.docs, 0);
  release(&D);
}

static void test_aggregator(void)
{
  docs D = {0};
  dy_read_stats st;
  int k = read_buf("Main story title\n"
                   "08 Aug, 22:59\n"
                   "Main body sentence one. More text.\n"
                   "Dawn\n"
                   "5 hours ago\n"
                   "- Dawn\n"
                   "Pakistan hosts talks\n"
                   "Body of the Dawn story.\n"
                   "Second paragraph of it.\n"
                   "Reuters\n"
                   "2 days ago\n"
                   "- Reuters\n"
                   "\n"
                   "Iran responds\n"
                   "Body of the Reuters story.\n",
                   &D, &st);
  CHECK_INT(k, 3);
  CHECK_INT(D.n, 3);
  CHECK_INT(st.docs, 3);
  if (D.n == 3) {
    CHECK_STR(D.d[0]->title, "Main story title");
    CHECK_STR(body(D.d[0]), "Main body sentence one. More text.");
    CHECK_STR(D.d[0]->date_line, "08 Aug, 22:59");
    CHECK_INT(D.d[0]->age_hours, -1);

    CHECK_STR(D.d[1]->title, "Pakistan hosts talks");
    CHECK_STR(D.d[1]->source, "Dawn");
    CHECK_INT(D.d[1]->age_hours, 5);
    CHECK_STR(body(D.d[1]), "Body of the Dawn story.\nSecond paragraph of it.");
    CHECK_STR(D.d[1]->date_line, "08 Aug, 22:59"); /* the page's date */
    CHECK_INT(D.d[1]->line, 4);

    CHECK_STR(D.d[2]->title, "Iran responds");
    CHECK_STR(D.d[2]->source, "Reuters");
    CHECK_INT(D.d[2]->age_hours, 48);
    CHECK_STR(body(D.d[2]), "Body of the Reuters story.");
    CHECK_INT(D.d[2]->line, 10);
  }
  release(&D);

  /* "5 hours ago" without the "- SOURCE" line after it is ordinary text */
  read_buf("Title\nBody one.\nDawn\n5 hours ago\nMore body.\nEven more.\n", &D, &st);
  CHECK_INT(D.n, 1);
  release(&D);
}

/* ---- files, directories, formats -------------------------------------------------- */

static void write_file(const char *dir, const char *name, const char *data, size_t n)
{
  char path[4096];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  FILE *f = fopen(path, "wb");
  CHECK(f != NULL);
  if (!f) return;
  fwrite(data, 1, n, f);
  fclose(f);
}
static void write_str(const char *dir, const char *name, const char *s) { write_file(dir, name, s, strlen(s)); }

static void test_dir(void)
{
  char dir[256];
  snprintf(dir, sizeof dir, "%s/dyad_readXXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  write_str(dir, "a.txt", "Plain title\nIran condemned the strike.\n");
  write_str(dir, "b.jsonl",
            "{\"id\":\"j1\",\"text\":\"Iran condemned the strike.\",\"title\":\"T1\",\"url\":\"http://x/1\",\"source\":\"Dawn\","
            "\"published\":\"2025-08-06\",\"tags\":[\"x\"],\"lang\":\"en\"}\n"
            "this is not JSON\n"
            "{\"title\":\"no text here\"}\n"
            "\n"
            "[1,2,3]\n"
            "{\"id\":7,\"text\":\"Second doc.\",\"published\":\"August 6, 2025\"}\n");
  char gzpath[4096];
  snprintf(gzpath, sizeof gzpath, "%s/c.txt.gz", dir);
  gzFile gz = gzopen(gzpath, "wb");
  CHECK(gz != NULL);
  if (gz) {
    const char *t = "Compressed title\nPakistan welcomed the deal.\n";
    CHECK_INT(gzwrite(gz, t, (unsigned)strlen(t)), strlen(t));
    gzclose(gz);
  }
  write_str(dir, "d.txt", "");
  char bin[600];
  for (size_t i = 0; i < sizeof bin; i++) bin[i] = (char)(i * 7);
  write_file(dir, "e.bin", bin, sizeof bin);
  write_str(dir, "f.txt", "{\"id\":\"f1\",\"text\":\"JSON in a .txt file.\"}\n");
  write_str(dir, ".hidden.txt", "Hidden title\nNot to be read.\n");
  char sub[4096];
  snprintf(sub, sizeof sub, "%s/sub", dir);
  CHECK_INT(mkdir(sub, 0700), 0);
  write_str(sub, "g.txt", "Nested title\nA nested article.\n");

  docs D = {0};
  dy_read_stats st;
  memset(&st, 0, sizeof st);
  CHECK_INT(dy_read_path(dir, DY_FMT_AUTO, collect, &D, &st), 0);
  CHECK_INT(D.n, 6);
  CHECK_INT(st.docs, 6);
  CHECK_INT(st.skipped, 5); /* not JSON, no text, not an object, empty file, binary */
  CHECK_INT(st.files, 7);
  if (D.n == 6) {
    char want[4200];
    snprintf(want, sizeof want, "%s/a.txt", dir);
    CHECK_STR(D.d[0]->path, want);
    CHECK_STR(D.d[0]->title, "Plain title");
    CHECK_STR(body(D.d[0]), "Iran condemned the strike.");

    dy_doc *j = D.d[1];
    CHECK_STR(j->id, "j1");
    CHECK_STR(j->title, "T1");
    CHECK_STR(j->url, "http://x/1");
    CHECK_STR(j->source, "Dawn");
    CHECK_STR(j->text, "Iran condemned the strike.");
    char b[16];
    CHECK_STR(dy_date_str(j->published, b), "2025-08-06");
    CHECK_STR(j->meta, "{\"lang\":\"en\",\"tags\":[\"x\"]}");
    CHECK_INT(j->line, 1);

    dy_doc *j2 = D.d[2];
    CHECK_STR(j2->id, "7");
    CHECK_STR(j2->text, "Second doc.");
    CHECK_STR(j2->date_line, "August 6, 2025"); /* not ISO: left for the date stage */
    CHECK(j2->meta == NULL);
    CHECK_INT(j2->line, 6);

    CHECK_STR(D.d[3]->title, "Compressed title");
    CHECK_STR(body(D.d[3]), "Pakistan welcomed the deal.");

    CHECK_STR(D.d[4]->id, "f1"); /* sniffed as JSON Lines despite its name */
    CHECK_STR(body(D.d[4]), "JSON in a .txt file.");

    CHECK_STR(D.d[5]->title, "Nested title");
  }
  release(&D);

  /* forcing a format: one document per line */
  char fpath[4200];
  snprintf(fpath, sizeof fpath, "%s/a.txt", dir);
  memset(&st, 0, sizeof st);
  dy_read_path(fpath, DY_FMT_LINES, collect, &D, &st);
  CHECK_INT(D.n, 2);
  if (D.n == 2) {
    CHECK_STR(D.d[0]->text, "Plain title");
    CHECK_STR(D.d[1]->text, "Iran condemned the strike.");
    CHECK_INT(D.d[1]->line, 2);
  }
  release(&D);

  /* the callback can stop the reading (the first document comes from the
   * plain-text file a.txt) */
  D.stop_after = 1;
  memset(&st, 0, sizeof st);
  CHECK_INT(dy_read_path(dir, DY_FMT_AUTO, collect, &D, &st), 1);
  CHECK_INT(D.n, 1);
  release(&D);
  D.stop_after = 0;

  /* a missing path is reported and skipped */
  char missing[4200];
  snprintf(missing, sizeof missing, "%s/missing.txt", dir);
  memset(&st, 0, sizeof st);
  CHECK_INT(dy_read_path(missing, DY_FMT_AUTO, collect, &D, &st), 0);
  CHECK_INT(D.n, 0);
  CHECK_INT(st.skipped, 1);

  const char *names[] = {"a.txt", "b.jsonl", "c.txt.gz", "d.txt", "e.bin", "f.txt", ".hidden.txt", "sub/g.txt", NULL};
  for (int i = 0; names[i]; i++) {
    snprintf(fpath, sizeof fpath, "%s/%s", dir, names[i]);
    unlink(fpath);
  }
  rmdir(sub);
  rmdir(dir);
}

/* JSON Lines is judged record by record: a NUL byte spoils its own line
 * only (it used to skip the whole file as binary data), a byte-order mark
 * does not spoil the first record; a file that is binary from its first
 * byte (a PNG) is still refused, even with the format forced. */
static void test_jsonl_bytes(void)
{
  char dir[256];
  snprintf(dir, sizeof dir, "%s/dyad_readXXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  char buf[8192];
  size_t n = 0;
  memcpy(buf, "\xEF\xBB\xBF", 3);
  n = 3;
  for (int i = 0; i < 40; i++) {
    int k = snprintf(buf + n, sizeof buf - n, "{\"id\":\"r%d\",\"text\":\"Iran condemned Israel.\"}\n", i);
    if (i == 2) buf[n + 12] = 0; /* a NUL inside record 3's text */
    n += (size_t)k;
  }
  write_file(dir, "nul.jsonl", buf, n);
  write_file(dir, "nul.txt", buf, n); /* sniffed as JSON Lines by its content */
  static const unsigned char png[] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                                      0, 0, 0, 16, 0, 0, 0, 16, 8, 6, 0, 0, 0, 0x1f, 0xf3, 0xff, 0x61};
  write_file(dir, "x.png", (const char *)png, sizeof png);
  static const char *const names[] = {"nul.jsonl", "nul.txt", "x.png", NULL};
  for (int f = 0; f < 2; f++) {
    for (int fmt = 0; fmt < 2; fmt++) {
      char path[4200];
      snprintf(path, sizeof path, "%s/%s", dir, names[f]);
      docs D = {0};
      dy_read_stats st;
      memset(&st, 0, sizeof st);
      dy_read_path(path, fmt ? DY_FMT_JSONL : DY_FMT_AUTO, collect, &D, &st);
      CHECK_INT(st.docs, 39);
      CHECK_INT(st.skipped, 1);
      CHECK(D.n >= 3);
      if (D.n >= 3) {
        CHECK_STR(D.d[0]->id, "r0"); /* the mark is not part of the first record */
        CHECK_STR(D.d[2]->id, "r3");
        CHECK_INT(D.d[2]->line, 4);
      }
      release(&D);
    }
  }
  { /* nor a plain-text article's title */
    docs D = {0};
    dy_read_stats st;
    read_buf("\xEF\xBB\xBFPlain title\nIran condemned the strike.\n", &D, &st);
    CHECK_INT(D.n, 1);
    if (D.n == 1) CHECK_STR(D.d[0]->title, "Plain title");
    release(&D);
  }
  for (int fmt = 0; fmt < 2; fmt++) {
    char path[4200];
    snprintf(path, sizeof path, "%s/x.png", dir);
    docs D = {0};
    dy_read_stats st;
    memset(&st, 0, sizeof st);
    dy_read_path(path, fmt ? DY_FMT_JSONL : DY_FMT_AUTO, collect, &D, &st);
    CHECK_INT(D.n, 0);
    CHECK_INT(st.skipped, 1);
    release(&D);
  }
  for (int i = 0; names[i]; i++) {
    char path[4200];
    snprintf(path, sizeof path, "%s/%s", dir, names[i]);
    unlink(path);
  }
  rmdir(dir);
}

/* A record of the usual form (known keys, string values) is read without
 * jansson; each escape decodes as jansson decodes it (the same record with
 * one more key goes through jansson), and what jansson refuses (a lone
 * surrogate, a repeated key, bad UTF-8, a control byte) is still refused. */
static void test_jsonl_escapes(void)
{
  char dir[256];
  snprintf(dir, sizeof dir, "%s/dyad_readXXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  const char *rec = "{\"id\":\"e\\u0031\", \"text\" : \"Iran \\\"said\\\"\\n\\t\\u00e9\\u20ac\\ud83d\\ude00 \\/\\\\ \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 done.\","
                    "\"title\":\"\",\"published\":\"2025-03-04\"%s}\n";
  const char *want = "Iran \"said\"\n\t\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 /\\ \xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80 done.";
  char buf[2048];
  int n = snprintf(buf, sizeof buf, rec, "");
  n += snprintf(buf + n, sizeof buf - (size_t)n, rec, ",\"lang\":\"en\"");
  n += snprintf(buf + n, sizeof buf - (size_t)n, "%s",
                "{\"id\":\"bad1\",\"text\":\"a lone \\ud83d surrogate\"}\n"
                "{\"id\":\"bad2\",\"text\":\"twice\",\"text\":\"over\"}\n"
                "{\"id\":\"bad3\",\"text\":\"bad \xc3 byte\"}\n"
                "{\"id\":\"bad4\",\"text\":\"a \x01 control byte\"}\n"
                "{\"id\":\"bad5\",\"text\":\"\"}\n"
                "{\"id\":\"bad6\",\"text\":\"trailing\"} x\n"
                "{\"id\":\"ok\",\"text\":\"an overlong-free \xef\xbf\xbd\"}\n");
  write_file(dir, "esc.jsonl", buf, (size_t)n);
  char path[4200];
  snprintf(path, sizeof path, "%s/esc.jsonl", dir);
  docs D = {0};
  dy_read_stats st;
  memset(&st, 0, sizeof st);
  dy_read_path(path, DY_FMT_JSONL, collect, &D, &st);
  CHECK_INT(D.n, 3);
  CHECK_INT(st.skipped, 6);
  for (int i = 0; i < 2 && i < D.n; i++) {
    CHECK_STR(D.d[i]->id, "e1");
    CHECK_STR(D.d[i]->text, want);
    CHECK_INT(D.d[i]->len, strlen(want));
    CHECK_STR(S(D.d[i]->title), "");
    CHECK_INT(D.d[i]->published.y, 2025);
    CHECK_INT(D.d[i]->published.d, 4);
  }
  if (D.n == 3) CHECK_STR(D.d[2]->id, "ok");
  release(&D);
  unlink(path);
  rmdir(dir);
}

/* "date_inferred": true beside "published", as dyad read writes it, keeps
 * the mark (the date is a lower bound); false, or no date, none. */
static void test_jsonl_inferred(void)
{
  char dir[256];
  snprintf(dir, sizeof dir, "%s/dyad_readXXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  write_str(dir, "i.jsonl",
            "{\"id\":\"a\",\"text\":\"Iran condemned it.\",\"published\":\"2025-04\",\"date_inferred\":true}\n"
            "{\"id\":\"b\",\"text\":\"Iran condemned it.\",\"published\":\"2025-04-02\",\"date_inferred\":false}\n"
            "{\"id\":\"c\",\"text\":\"Iran condemned it.\",\"date_inferred\":true}\n");
  char path[4200];
  snprintf(path, sizeof path, "%s/i.jsonl", dir);
  docs D = {0};
  dy_read_stats st;
  memset(&st, 0, sizeof st);
  dy_read_path(path, DY_FMT_JSONL, collect, &D, &st);
  CHECK_INT(D.n, 3);
  if (D.n == 3) {
    CHECK_INT(D.d[0]->date_inferred, 1);
    CHECK_INT(D.d[0]->published.m, 4);
    CHECK(D.d[0]->meta == NULL); /* a field dyad knows, not metadata */
    CHECK_INT(D.d[1]->date_inferred, 0);
    CHECK_INT(D.d[2]->date_inferred, 0);
  }
  release(&D);
  unlink(path);
  rmdir(dir);
}

static void test_finish(void)
{
  dy_read_stats st;
  memset(&st, 0, sizeof st);
  dy_doc *d = dy_doc_new();
  dy_doc_set_text(d, strdup(" \n\t \r\n "), 7);
  CHECK_INT(dy_doc_finish(d, "x.txt", 3, &st), -1);
  CHECK_INT(st.skipped, 1);
  dy_doc_free(d);

  d = dy_doc_new();
  dy_doc_set_text(d, strdup(""), 0);
  CHECK_INT(dy_doc_finish(d, "x.txt", 3, &st), -1);
  CHECK_INT(st.skipped, 2);
  dy_doc_free(d);

  d = dy_doc_new();
  dy_doc_set_text(d, strdup("  x  "), 5);
  CHECK_INT(dy_doc_finish(d, "x.txt", 3, &st), 0);
  CHECK_INT(st.skipped, 2);
  CHECK_STR(d->path, "x.txt");
  CHECK_INT(d->line, 3);
  dy_doc_free(d);
}


/* ---- deferred records: what the pipeline's workers parse ---------------------- */

/* Each document read, as one line of its fields, appended to out. */
typedef struct { dy_buf out; long n; } sig_docs;

static int record_doc(void *u, dy_doc *d)
{
  sig_docs *sd = u;
  char pub[16];
  dy_buf_printf(&sd->out, "%s|%ld|%s|%s|%s|%s|%s|%s|%ld|%s|%s\n", S(d->path), d->line, S(d->id), S(d->title), S(d->source),
                S(d->url), S(d->date_line), dy_date_str(d->published, pub), d->age_hours, S(d->meta), S(d->text));
  sd->n++;
  dy_doc_free(d);
  return 0;
}

/* A deferred record parsed where the reader's callback would be (as a worker does). */
static int parse_deferred(void *u, dy_doc *d)
{
  sig_docs *sd = u;
  CHECK(d->raw != NULL);
  dy_read_stats st = {0};
  int stop = dy_read_deferred(d, record_doc, sd, &st);
  sd->n += 1000 * st.skipped; /* skips counted in the same sum */
  return stop;
}

static void test_deferred(void)
{
  char dir[512];
  snprintf(dir, sizeof dir, "%s/dyad-test-defer-XXXXXX", getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  write_str(dir, "agg.txt", "Main story title\n08 Aug, 22:59\nMain body sentence one.\nDawn\n5 hours ago\n- Dawn\n"
                            "Pakistan hosts talks\nBody of the Dawn story.\n");
  write_str(dir, "b.jsonl", "{\"id\":\"j1\",\"title\":\"T1\",\"published\":\"2025-08-06\",\"text\":\"Iran condemned it.\",\"lang\":\"en\"}\n"
                            "not json\n{\"id\":\"j2\",\"text\":\"Second.\"}\n");
  write_str(dir, "empty.html", "<html><body><nav>Home</nav></body></html>");
  /* the HTML, feed and text pages of the tests beside a directory of the three kinds */
  const char *paths[] = {"tests/data/html", dir, NULL};
  sig_docs direct = {{0}, 0}, deferred = {{0}, 0};
  long skipped_direct = 0, skipped_reader = 0;
  for (int i = 0; paths[i]; i++) {
    dy_read_stats st = {0};
    dy_read_path(paths[i], DY_FMT_AUTO, record_doc, &direct, &st);
    skipped_direct += st.skipped;
    memset(&st, 0, sizeof st);
    st.defer = 1;
    dy_read_path(paths[i], DY_FMT_AUTO, parse_deferred, &deferred, &st);
    skipped_reader += st.skipped;
  }
  direct.n += 1000 * skipped_direct;
  deferred.n += 1000 * skipped_reader;
  CHECK(direct.n % 1000 > 20);       /* the pages gave documents */
  CHECK(direct.n / 1000 >= 3);       /* and some were skipped: bad JSON, no text, binary */
  CHECK_INT(deferred.n, direct.n);   /* as many documents, as many skipped */
  CHECK(direct.out.n > 0 && deferred.out.n == direct.out.n && memcmp(direct.out.p, deferred.out.p, direct.out.n) == 0);
  CHECK(strstr(deferred.out.p ? deferred.out.p : "", "|5|") != NULL); /* the aggregator story keeps its age */
  dy_buf_free(&direct.out);
  dy_buf_free(&deferred.out);
  const char *names[] = {"agg.txt", "b.jsonl", "empty.html", NULL};
  char fpath[4200];
  for (int i = 0; names[i]; i++) {
    snprintf(fpath, sizeof fpath, "%s/%s", dir, names[i]);
    unlink(fpath);
  }
  rmdir(dir);
}

int main(void)
{
  dy_quiet_warnings = 2;
  test_article();
  test_no_title();
  test_aggregator();
  test_dir();
  test_jsonl_bytes();
  test_jsonl_escapes();
  test_jsonl_inferred();
  test_finish();
  test_deferred();
  return TEST_DONE();
}

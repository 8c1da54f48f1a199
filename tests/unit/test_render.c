/* test_render.c: event writers (JSON, TSV, table, GDELT 2.0) on hand-made rows, and the Markdown brief on a small store. */
#include <jansson.h>
#include <stdlib.h>
#include <unistd.h>

#include "annotate.h"
#include "render/render.h"
#include "store/store.h"
#include "testlib.h"

static dy_lexicon *LX;

static const char *TITLE = "Title with \"quotes\"\tand a tab\nand a newline";
static const char *SENT = "He said \"yes\"\tthen\nleft \\ at once.";

static dy_event_row row(void)
{
  dy_event_row r;
  memset(&r, 0, sizeof r);
  r.id = 42; r.article_id = 7; r.sentence = 1;
  r.doc_id = "doc\"1"; r.doc_path = "/x/a.txt"; r.doc_title = TITLE; r.doc_url = ""; r.doc_source = "Dawn";
  r.published = "2025-08-06"; r.date = "2025-08-05"; r.date_precision = "day"; r.date_source = "sentence";
  r.source = "PAKGOV"; r.source_name = "Shehbaz Sharif"; r.target = "IRN"; r.target_name = "Iran";
  r.code = "1121"; r.root = "11"; r.modality = "asserted"; r.plover = "";
  r.quad = 3; r.goldstein = -2.0;
  r.sentence_text = SENT; r.sentence_len = (int)strlen(SENT);
  r.src_start = 0; r.src_end = 2; r.verb_start = 3; r.verb_end = 7; r.tgt_start = -1; r.tgt_end = -1;
  r.ingested_at = "2025-08-07T10:11:12Z";
  return r;
}

static int count_char(const char *s, size_t n, char c)
{
  int k = 0;
  for (size_t i = 0; i < n; i++) k += s[i] == c;
  return k;
}

/* Field k (0-based) of a tab-separated line, into out. */
static const char *field(const char *line, int k, char *out, size_t nout)
{
  const char *p = line;
  for (int i = 0; i < k && p; i++) { p = strchr(p, '\t'); if (p) p++; }
  if (!p) { snprintf(out, nout, "(missing)"); return out; }
  size_t n = strcspn(p, "\t\n");
  snprintf(out, nout, "%.*s", (int)n, p);
  return out;
}

static void test_json(void)
{
  dy_event_row r = row();
  dy_buf b = {0};
  CHECK_INT(dy_render_event(&b, &r, DY_OUT_JSON, LX), 0);
  CHECK(b.n > 0 && b.p[b.n - 1] == '\n');
  CHECK_INT(count_char(b.p, b.n, '\n'), 1); /* one line */
  json_error_t err;
  json_t *o = json_loadb(b.p, b.n, 0, &err);
  CHECK(o != NULL);
  if (!o) { fprintf(stderr, "  invalid JSON: %s: %.*s\n", err.text, (int)b.n, b.p); dy_buf_free(&b); return; }
  CHECK_INT(json_integer_value(json_object_get(o, "event_id")), 42);
  CHECK_STR(json_string_value(json_object_get(o, "doc_id")), "doc\"1");
  CHECK_STR(json_string_value(json_object_get(o, "doc_title")), TITLE);
  CHECK(json_is_null(json_object_get(o, "doc_url"))); /* empty is null */
  CHECK_STR(json_string_value(json_object_get(o, "doc_path")), "/x/a.txt");
  CHECK_STR(json_string_value(json_object_get(o, "doc_source")), "Dawn");
  CHECK_STR(json_string_value(json_object_get(o, "published")), "2025-08-06");
  CHECK_STR(json_string_value(json_object_get(o, "date")), "2025-08-05");
  CHECK_STR(json_string_value(json_object_get(o, "date_precision")), "day");
  CHECK_STR(json_string_value(json_object_get(o, "date_source")), "sentence");
  CHECK_STR(json_string_value(json_object_get(o, "source")), "PAKGOV");
  CHECK_STR(json_string_value(json_object_get(o, "source_name")), "Shehbaz Sharif");
  CHECK_STR(json_string_value(json_object_get(o, "target")), "IRN");
  CHECK_STR(json_string_value(json_object_get(o, "target_name")), "Iran");
  CHECK_STR(json_string_value(json_object_get(o, "code")), "1121");
  CHECK_STR(json_string_value(json_object_get(o, "root")), "11");
  const dy_cameo *c = dy_lex_cameo(LX, "1121");
  CHECK(c != NULL);
  if (c) CHECK_STR(json_string_value(json_object_get(o, "event")), c->name);
  CHECK_INT(json_integer_value(json_object_get(o, "quad")), 3);
  CHECK(json_number_value(json_object_get(o, "goldstein")) == -2.0);
  CHECK_STR(json_string_value(json_object_get(o, "modality")), "asserted");
  CHECK_INT(json_integer_value(json_object_get(o, "sentence_index")), 1);
  CHECK_STR(json_string_value(json_object_get(o, "sentence")), SENT);
  json_t *sp = json_object_get(o, "source_span");
  CHECK(json_is_array(sp) && json_array_size(sp) == 2 && json_integer_value(json_array_get(sp, 0)) == 0 &&
        json_integer_value(json_array_get(sp, 1)) == 2);
  sp = json_object_get(o, "verb_span");
  CHECK(json_is_array(sp) && json_integer_value(json_array_get(sp, 0)) == 3 && json_integer_value(json_array_get(sp, 1)) == 7);
  CHECK(json_is_null(json_object_get(o, "target_span")));
  json_decref(o);

  /* an unnamed target, a code the table does not know, no lexicon */
  r.target = ""; r.target_name = ""; r.code = "999";
  b.n = 0;
  dy_render_event(&b, &r, DY_OUT_JSON, NULL);
  o = json_loadb(b.p, b.n, 0, &err);
  CHECK(o != NULL);
  if (o) {
    CHECK(json_is_null(json_object_get(o, "target")));
    CHECK(json_is_null(json_object_get(o, "event")));
    json_decref(o);
  }
  /* a sentence with a non-ASCII character and a control character */
  r = row();
  const char *s2 = "Pakistan\xE2\x80\x99s army \x01 left.";
  r.sentence_text = s2;
  r.sentence_len = (int)strlen(s2);
  b.n = 0;
  dy_render_event(&b, &r, DY_OUT_JSON, LX);
  o = json_loadb(b.p, b.n, 0, &err);
  CHECK(o != NULL);
  if (o) CHECK_STR(json_string_value(json_object_get(o, "sentence")), s2);
  json_decref(o);
  dy_buf_free(&b);
}

static void test_tsv_table(void)
{
  dy_event_row r = row();
  dy_buf h = {0}, b = {0};
  dy_render_event_header(&h, DY_OUT_TSV);
  CHECK(h.n > 0 && h.p[h.n - 1] == '\n');
  int cols = count_char(h.p, h.n, '\t') + 1;
  CHECK_INT(cols, 17); /* ... sentence, happening, num_mentions, num_sources, num_articles */
  CHECK(strncmp(h.p, "date\tsource\ttarget\tcode", 23) == 0);
  CHECK_INT(dy_render_event(&b, &r, DY_OUT_TSV, LX), 0);
  CHECK(b.n > 0 && b.p[b.n - 1] == '\n');
  CHECK_INT(count_char(b.p, b.n, '\n'), 1);         /* newlines inside fields flattened */
  CHECK_INT(count_char(b.p, b.n, '\t') + 1, cols); /* tabs too: as many fields as the header */
  char f[256];
  dy_buf_putc(&b, 0);
  CHECK_STR(field(b.p, 0, f, sizeof f), "2025-08-05");
  CHECK_STR(field(b.p, 1, f, sizeof f), "PAKGOV");
  CHECK_STR(field(b.p, 2, f, sizeof f), "IRN");
  CHECK_STR(field(b.p, 3, f, sizeof f), "1121");
  CHECK_STR(field(b.p, 5, f, sizeof f), "3");
  CHECK_STR(field(b.p, 7, f, sizeof f), "asserted");
  CHECK_STR(field(b.p, 11, f, sizeof f), "Title with \"quotes\" and a tab and a newline");
  CHECK_STR(field(b.p, 12, f, sizeof f), "He said \"yes\" then left \\ at once.");

  /* the table: one line, a long sentence cut with "..." */
  char longs[400];
  memset(longs, 'x', sizeof longs - 1);
  longs[sizeof longs - 1] = 0;
  r.sentence_text = longs;
  r.sentence_len = (int)strlen(longs);
  dy_buf t = {0};
  dy_render_event_header(&t, DY_OUT_TABLE);
  CHECK(t.n > 0 && count_char(t.p, t.n, '\n') == 1);
  t.n = 0;
  dy_render_event(&t, &r, DY_OUT_TABLE, LX);
  CHECK(t.n > 0 && t.p[t.n - 1] == '\n');
  CHECK(t.n < 250);
  dy_buf_putc(&t, 0);
  CHECK(strstr(t.p, "PAKGOV") && strstr(t.p, "1121") && strstr(t.p, "..."));
  dy_buf h2 = {0};
  dy_render_event_header(&h2, DY_OUT_JSON);
  dy_render_event_header(&h2, DY_OUT_GDELT);
  CHECK_INT(h2.n, 0);
  dy_buf_free(&h); dy_buf_free(&b); dy_buf_free(&t); dy_buf_free(&h2);
}

static void test_gdelt(void)
{
  dy_event_row r = row();
  dy_buf b = {0};
  CHECK_INT(dy_render_event(&b, &r, DY_OUT_GDELT, LX), 0);
  CHECK(b.n > 0 && b.p[b.n - 1] == '\n');
  CHECK_INT(count_char(b.p, b.n, '\n'), 1);
  CHECK_INT(count_char(b.p, b.n, '\t') + 1, 61);
  dy_buf_putc(&b, 0);
  char f[256];
  CHECK_STR(field(b.p, 0, f, sizeof f), "42");            /* GLOBALEVENTID */
  CHECK_STR(field(b.p, 1, f, sizeof f), "20250805");      /* SQLDATE */
  CHECK_STR(field(b.p, 2, f, sizeof f), "202508");        /* MonthYear */
  CHECK_STR(field(b.p, 3, f, sizeof f), "2025");          /* Year */
  CHECK(strncmp(field(b.p, 4, f, sizeof f), "2025.59", 7) == 0); /* FractionDate: day 217 of 365 */
  CHECK_STR(field(b.p, 5, f, sizeof f), "PAKGOV");        /* Actor1Code */
  CHECK_STR(field(b.p, 6, f, sizeof f), "SHEHBAZ SHARIF");/* Actor1Name */
  CHECK_STR(field(b.p, 7, f, sizeof f), "PAK");           /* Actor1CountryCode */
  CHECK_STR(field(b.p, 12, f, sizeof f), "GOV");          /* Actor1Type1Code */
  CHECK_STR(field(b.p, 15, f, sizeof f), "IRN");          /* Actor2Code */
  CHECK_STR(field(b.p, 16, f, sizeof f), "IRAN");
  CHECK_STR(field(b.p, 17, f, sizeof f), "IRN");
  CHECK_STR(field(b.p, 25, f, sizeof f), "1");            /* IsRootEvent: sentence 1 */
  CHECK_STR(field(b.p, 26, f, sizeof f), "1121");         /* EventCode */
  CHECK_STR(field(b.p, 27, f, sizeof f), "112");          /* EventBaseCode */
  CHECK_STR(field(b.p, 28, f, sizeof f), "11");           /* EventRootCode */
  CHECK_STR(field(b.p, 29, f, sizeof f), "3");            /* QuadClass */
  CHECK(atof(field(b.p, 30, f, sizeof f)) == -2.0);      /* GoldsteinScale */
  CHECK_STR(field(b.p, 31, f, sizeof f), "1");            /* NumMentions */
  CHECK_STR(field(b.p, 35, f, sizeof f), "0");            /* Actor1Geo_Type */
  CHECK_STR(field(b.p, 59, f, sizeof f), "20250807101112"); /* DATEADDED: when dyad stored it, not the event's date */
  CHECK_STR(field(b.p, 60, f, sizeof f), "/x/a.txt");     /* SOURCEURL: the path when no URL */

  /* an armed group, a URL with a tab, a sentence far down, a month date */
  r.source = "PAKREBBLA"; r.source_name = "Balochistan\tLiberation Army"; r.doc_url = "http://x/\ta";
  r.sentence = 5; r.date = "2025-08"; r.code = "190"; r.root = "19";
  b.n = 0;
  dy_render_event(&b, &r, DY_OUT_GDELT, LX);
  CHECK_INT(count_char(b.p, b.n, '\t') + 1, 61);
  dy_buf_putc(&b, 0);
  CHECK_STR(field(b.p, 1, f, sizeof f), "20250801");
  CHECK_STR(field(b.p, 7, f, sizeof f), "PAK");
  CHECK_STR(field(b.p, 8, f, sizeof f), "BLA");           /* an armed group: Actor1KnownGroupCode */
  CHECK_STR(field(b.p, 12, f, sizeof f), "REB");
  CHECK_STR(field(b.p, 13, f, sizeof f), "");              /* not Type2Code */
  CHECK_STR(field(b.p, 60, f, sizeof f), "http://x/ a");   /* SOURCEURL: the URL when there is one */
  CHECK_STR(field(b.p, 25, f, sizeof f), "0");
  CHECK_STR(field(b.p, 27, f, sizeof f), "190");
  CHECK_STR(field(b.p, 28, f, sizeof f), "19");

  /* TTP and the Taliban, armed groups of orgs.txt */
  const char *armed[][2] = {{"PAKINSTTP", "TTP"}, {"AFGINSTAL", "TAL"}};
  for (int i = 0; i < 2; i++) {
    r.target = armed[i][0];
    b.n = 0;
    dy_render_event(&b, &r, DY_OUT_GDELT, LX);
    dy_buf_putc(&b, 0);
    CHECK_STR(field(b.p, 17, f, sizeof f), armed[i][0][0] == 'P' ? "PAK" : "AFG");
    CHECK_STR(field(b.p, 18, f, sizeof f), armed[i][1]);  /* Actor2KnownGroupCode */
    CHECK_STR(field(b.p, 22, f, sizeof f), "INS");        /* Actor2Type1Code */
    CHECK_STR(field(b.p, 23, f, sizeof f), "");           /* Actor2Type2Code */
  }
  r.target = "IRN";
  /* Goldstein as its decimal */
  r.goldstein = (float)-9.2;
  b.n = 0;
  dy_render_event(&b, &r, DY_OUT_GDELT, LX);
  dy_buf_putc(&b, 0);
  CHECK_STR(field(b.p, 30, f, sizeof f), "-9.2");
  r.goldstein = -2.0;

  /* an organisation code: no country, a known group */
  r.source = "IGOUNO"; r.source_name = "United Nations";
  b.n = 0;
  dy_render_event(&b, &r, DY_OUT_GDELT, LX);
  CHECK_INT(count_char(b.p, b.n, '\t') + 1, 61);
  dy_buf_putc(&b, 0);
  CHECK_STR(field(b.p, 7, f, sizeof f), "");
  CHECK_STR(field(b.p, 8, f, sizeof f), "UNO");
  CHECK_STR(field(b.p, 12, f, sizeof f), "IGO");

  /* an undated event: SQLDATE is the publication day (GDELT's convention), never empty */
  r.date = "";
  b.n = 0;
  dy_render_event(&b, &r, DY_OUT_GDELT, LX);
  CHECK_INT(count_char(b.p, b.n, '\t') + 1, 61);
  dy_buf_putc(&b, 0);
  CHECK_STR(field(b.p, 1, f, sizeof f), "20250806");
  /* nor an undated article: the day dyad stored it */
  r.published = "";
  b.n = 0;
  dy_render_event(&b, &r, DY_OUT_GDELT, LX);
  CHECK_INT(count_char(b.p, b.n, '\t') + 1, 61);
  dy_buf_putc(&b, 0);
  CHECK_STR(field(b.p, 1, f, sizeof f), "20250807");
  CHECK_STR(field(b.p, 3, f, sizeof f), "2025");
  dy_buf_free(&b);
}

/* CSV (RFC 4180) and PLOVER JSON */
static void test_csv_plover(void)
{
  dy_event_row r = row();
  r.doc_title = "A, \"quoted\" title\nover two lines";
  dy_buf b = {0};
  dy_render_event_header(&b, DY_OUT_CSV);
  CHECK(b.n > 0 && strncmp(b.p, "event_id,date,", 14) == 0 && b.p[b.n - 2] == '\r' && b.p[b.n - 1] == '\n');
  size_t h = b.n;
  CHECK_INT(dy_render_event(&b, &r, DY_OUT_CSV, LX), 0);
  dy_buf_putc(&b, 0);
  const char *line = b.p + h;
  CHECK(strstr(line, ",\"A, \"\"quoted\"\" title\nover two lines\",") != NULL);
  CHECK(strstr(line, ",\"He said \"\"yes\"\"\tthen\nleft \\ at once.\"\r\n") != NULL);
  CHECK(strncmp(line, "42,2025-08-05,day,sentence,PAKGOV,Shehbaz Sharif,IRN,Iran,1121,11,", 66) == 0);
  b.n = 0;
  CHECK_INT(dy_render_event(&b, &r, DY_OUT_PLOVER, LX), 0);
  json_error_t je;
  json_t *j = json_loadb(b.p, b.n, 0, &je);
  CHECK(j != NULL);
  if (j) {
    CHECK_STR(json_string_value(json_object_get(j, "event_type")), "ACCUSE");
    CHECK(json_object_get(j, "mode") != NULL && json_object_get(j, "context") != NULL);
    CHECK_STR(json_string_value(json_object_get(json_object_get(j, "source"), "code")), "PAKGOV");
    CHECK_STR(json_string_value(json_object_get(json_object_get(j, "source"), "country")), "PAK");
    CHECK_STR(json_string_value(json_object_get(json_object_get(j, "target"), "name")), "Iran");
    CHECK_STR(json_string_value(json_object_get(j, "date")), "2025-08-05");
    CHECK_STR(json_string_value(json_object_get(j, "story_date")), "2025-08-06");
    CHECK_STR(json_string_value(json_object_get(j, "cameo")), "1121");
    CHECK_STR(json_string_value(json_object_get(j, "text")), SENT);
    CHECK(json_real_value(json_object_get(j, "goldstein")) == -2.0);
    json_decref(j);
  }
  dy_buf_free(&b);
}

/* ---- the brief ------------------------------------------------------------------------ */

static dy_doc *make(const char *id, const char *title, const char *text, dy_date pub)
{
  dy_doc *d = dy_doc_new();
  dy_doc_set_text(d, strdup(text), strlen(text));
  dy_doc_set_str(&d->id, id, strlen(id));
  dy_doc_set_str(&d->title, title, strlen(title));
  dy_doc_set_str(&d->path, "mem.txt", 7);
  d->published = pub;
  dy_annotate(LX, d, NULL);
  return d;
}

static const char *TEXTS[] = {
  "Iran and Pakistan signed a trade agreement on Tuesday.",
  "Israel attacked Iran on June 13, 2025. The United States did not condemn Israel.",
  "Pakistan\xE2\x80\x99s army killed six militants near the border on Monday. India accused Pakistan of supporting terrorism.",
  "Iran accused Israel of war crimes on Sunday. Pakistan and Iran signed a security pact on Sunday.",
};

/* 1 when quote (between the curly quotes, without a trailing ellipsis) is in one of the texts. */
static int quoted_from_texts(const char *line)
{
  const char *a = strstr(line, "\xE2\x80\x9C"), *z = a ? strstr(a + 3, "\xE2\x80\x9D") : NULL;
  if (!a || !z) return 0;
  a += 3;
  if (z - a >= 3 && memcmp(z - 3, "\xE2\x80\xA6", 3) == 0) z -= 3;
  for (size_t i = 0; i < sizeof TEXTS / sizeof TEXTS[0]; i++) {
    const char *t = TEXTS[i];
    size_t n = (size_t)(z - a);
    for (const char *p = t; *p; p++)
      if (strncmp(p, a, n) == 0) return 1;
  }
  return 0;
}

static void test_brief(void)
{
  char dir[256], path[4200], why[256];
  snprintf(dir, sizeof dir, "%s/dyad_briefXXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  snprintf(path, sizeof path, "%s/b.db", dir);
  dy_store *st = dy_store_open(path, 0, why, sizeof why);
  CHECK(st != NULL);
  if (!st) return;
  dy_date pubs[] = {{2025, 8, 6, DY_PREC_DAY}, {2025, 7, 1, DY_PREC_DAY}, {2025, 8, 6, DY_PREC_DAY}, {2025, 8, 4, DY_PREC_DAY}};
  const char *ids[] = {"A", "B", "C", "D"};
  dy_store_begin(st);
  for (int i = 0; i < 4; i++) {
    dy_doc *d = make(ids[i], ids[i], TEXTS[i], pubs[i]);
    CHECK_INT(dy_store_put(st, d), 1);
    dy_doc_free(d);
  }
  dy_store_commit(st);

  char *out = NULL;
  size_t outn = 0;
  FILE *f = open_memstream(&out, &outn);
  dy_brief_opts o = {0};
  CHECK_INT(dy_render_brief(st, LX, &o, f), 0);
  fclose(f);
  CHECK(out != NULL);
  if (!out) { dy_store_close(st); return; }
  CHECK(strncmp(out, "# Brief", 7) == 0);
  CHECK(strstr(out, "\n## Situation\n") != NULL);
  CHECK(strstr(out, "\n## Relations\n") != NULL);
  CHECK(strstr(out, "\n## Timeline\n") != NULL);
  const char *refs = strstr(out, "\n## References\n");
  CHECK(refs != NULL);

  /* references: [1] .. [R], in order */
  int nrefs = 0;
  if (refs) {
    for (const char *p = refs; (p = strstr(p, "\n[")); p++) {
      int k = (int)strtol(p + 2, NULL, 10);
      CHECK_INT(k, nrefs + 1);
      nrefs = k;
    }
  }
  CHECK(nrefs >= 3);

  /* every bullet line cites [n] with n a reference, and quotes a sentence of the articles */
  int bullets = 0, cited[64] = {0};
  char *save = NULL, *copy = strdup(out);
  for (char *line = strtok_r(copy, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
    if (line[0] == '[' || line[0] == '|') {
      for (char *p = line; (p = strchr(p, '[')); p++) {
        int k = (int)strtol(p + 1, NULL, 10);
        if (line[0] == '|' && k >= 1 && k < 64) cited[k] = 1;
      }
      continue;
    }
    if (strncmp(line, "- ", 2) != 0) continue;
    bullets++;
    char *c = strstr(line, "]: ");
    char *b = c ? c : NULL;
    while (b && b > line && *b != '[') b--;
    int k = b ? (int)strtol(b + 1, NULL, 10) : 0;
    if (!(k >= 1 && k <= nrefs)) fprintf(stderr, "  no citation: %s\n", line);
    CHECK(k >= 1 && k <= nrefs);
    if (k >= 1 && k < 64) cited[k] = 1;
    if (!quoted_from_texts(line)) fprintf(stderr, "  quotation not from the articles: %s\n", line);
    CHECK(quoted_from_texts(line));
  }
  free(copy);
  CHECK(bullets >= 4);
  for (int k = 1; k <= nrefs && k < 64; k++) CHECK(cited[k]); /* no reference without a citation */
  /* the negated statement (asserted only) is not in the brief */
  CHECK(strstr(out, "did not condemn") == NULL);
  /* the sections, in order */
  static const char *const SECTIONS[] = {"## Situation", "## Key figures", "## Where the sources disagree", "## Who said what",
    "## Relations", "## Power dynamics", "## Historical precedent", "## Outlook", "## Watchlist", "## Bottom line", "## References"};
  const char *prev = out;
  for (size_t i = 0; i < sizeof SECTIONS / sizeof SECTIONS[0]; i++) {
    const char *at = strstr(out, SECTIONS[i]);
    if (!at || at < prev) fprintf(stderr, "  section missing or out of order: %s\n", SECTIONS[i]);
    CHECK(at != NULL && at >= prev);
    if (at) prev = at;
  }
  free(out);

  /* HTML: one page, the sections, inline SVG, nothing external */
  out = NULL;
  f = open_memstream(&out, &outn);
  o.format = DY_BRIEF_HTML;
  CHECK_INT(dy_render_brief(st, LX, &o, f), 0);
  fclose(f);
  o.format = DY_BRIEF_MD;
  CHECK(out && strncmp(out, "<!DOCTYPE html>", 15) == 0);
  CHECK(out && strstr(out, "<section id=\"situation\">") && strstr(out, "<section id=\"outlook\">") && strstr(out, "<section id=\"references\">"));
  CHECK(out && strstr(out, "<svg class=\"chart goldstein\"") && strstr(out, "<svg class=\"chart network\""));
  CHECK(out && !strstr(out, "<script") && !strstr(out, "src=\"http") && !strstr(out, "<link"));
  CHECK(out && strstr(out, "</html>\n"));
  free(out);

  /* a focus: only events with that actor */
  out = NULL;
  f = open_memstream(&out, &outn);
  o.focus = "ISR";
  CHECK_INT(dy_render_brief(st, LX, &o, f), 0);
  fclose(f);
  CHECK(out && strncmp(out, "# Brief: ISR", 12) == 0);
  CHECK(out && strstr(out, "trade agreement") == NULL);
  CHECK(out && strstr(out, "Israel") != NULL);
  free(out);

  /* a window with no events */
  out = NULL;
  f = open_memstream(&out, &outn);
  o.focus = NULL;
  o.since = "2030-01-01";
  CHECK_INT(dy_render_brief(st, LX, &o, f), 0);
  fclose(f);
  CHECK(out && strstr(out, "No asserted events") != NULL && strstr(out, "## Situation") == NULL);
  free(out);

  dy_store_close(st);
  char p2[4300];
  unlink(path);
  snprintf(p2, sizeof p2, "%s-wal", path); unlink(p2);
  snprintf(p2, sizeof p2, "%s-shm", path); unlink(p2);
  rmdir(dir);
}

int main(void)
{
  dy_quiet_warnings = 2;
  int nerr;
  char why[256];
  LX = dy_lexicon_load("data", &nerr, why, sizeof why);
  CHECK(LX != NULL);
  if (!LX) return TEST_DONE();
  test_json();
  test_tsv_table();
  test_gdelt();
  test_csv_plover();
  test_brief();
  dy_lexicon_free(LX);
  return TEST_DONE();
}

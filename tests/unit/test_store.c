/* test_store.c: the SQLite store: writes, duplicates, event queries against the annotated documents, actors, articles, spans. */
#include <sqlite3.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "annotate.h"
#include "text/text.h"
#include "store/store.h"
#include "testlib.h"

static dy_lexicon *LX;

static dy_date D(int y, int m, int d) { dy_date r = {(int16_t)y, (int8_t)m, (int8_t)d, DY_PREC_DAY}; return r; }

static dy_doc *make(const char *id, const char *title, const char *text, dy_date pub)
{
  dy_doc *d = dy_doc_new();
  dy_doc_set_text(d, strdup(text), strlen(text));
  dy_doc_set_str(&d->id, id, strlen(id));
  dy_doc_set_str(&d->title, title, strlen(title));
  dy_doc_set_str(&d->path, "mem.txt", 7);
  d->published = pub;
  CHECK_INT(dy_annotate(LX, d, NULL), 0);
  return d;
}

/* The documents stored: A cooperation; B a conflict with a stated date and
 * a negated statement; C an article whose first sentence has a multi-byte
 * character (so byte and character offsets differ after it); E a
 * hypothetical. */
#define NDOCS 4
static dy_doc *DOCS[NDOCS];

/* ---- an independent filter over the in-memory events ------------------------- */

static int prefix(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static int wanted(const dy_event *e, const dy_query *q)
{
  char date[16];
  dy_date_str(e->date, date);
  if (q->actor && !prefix(e->source, q->actor) && !prefix(e->target, q->actor)) return 0;
  if (q->dyad_a && q->dyad_b && !((prefix(e->source, q->dyad_a) && prefix(e->target, q->dyad_b)) ||
                                   (prefix(e->source, q->dyad_b) && prefix(e->target, q->dyad_a)))) return 0;
  /* intervals overlap: the dates compare on the length of the shorter ("2020s": on "202") */
  size_t dl = date[4] == 's' ? 3 : strlen(date);
  if (q->since && strncmp(date, q->since, dl < strlen(q->since) ? dl : strlen(q->since)) < 0) return 0;
  if (q->until && strncmp(date, q->until, dl < strlen(q->until) ? dl : strlen(q->until)) > 0) return 0;
  if (q->root && strcmp(e->root, q->root) != 0) return 0;
  if (q->quad && e->quad != q->quad) return 0;
  if (!q->all && e->modality != DY_MOD_ASSERTED) return 0;
  return 1;
}

static long expected(const dy_query *q)
{
  long n = 0;
  for (int i = 0; i < NDOCS; i++)
    for (uint32_t k = 0; k < DOCS[i]->nevents; k++) n += wanted(&DOCS[i]->events[k], q);
  return n;
}

/* ---- reading events back ------------------------------------------------------------- */

typedef struct { long n, bad_span, bad_sentence, bad_match; char last_date[16]; int order_ok; } seen;

static const dy_doc *doc_by_id(const char *id)
{
  for (int i = 0; i < NDOCS; i++)
    if (strcmp(DOCS[i]->id, id) == 0) return DOCS[i];
  return NULL;
}

static int on_event(void *u, const dy_event_row *r)
{
  seen *S = u;
  S->n++;
  if (strcmp(r->date, S->last_date) < 0) S->order_ok = 0;
  snprintf(S->last_date, sizeof S->last_date, "%s", r->date);
  const dy_doc *d = doc_by_id(r->doc_id);
  if (!d || r->sentence < 0 || (uint32_t)r->sentence >= d->nsents) { S->bad_match++; return 0; }
  const dy_sent *se = &d->sents[r->sentence];
  /* the sentence text is the article's bytes [start, end) */
  if (r->sentence_len != (int)(se->end - se->start) || memcmp(r->sentence_text, d->text + se->start, se->end - se->start) != 0) {
    S->bad_sentence++;
    fprintf(stderr, "  sentence of %s #%d: got \"%.*s\", want \"%.*s\"\n", r->doc_id, r->sentence, r->sentence_len,
            r->sentence_text, (int)(se->end - se->start), d->text + se->start);
  }
  /* spans inside the sentence, or absent */
  const int sp[3][2] = {{r->src_start, r->src_end}, {r->verb_start, r->verb_end}, {r->tgt_start, r->tgt_end}};
  for (int k = 0; k < 3; k++) {
    if (sp[k][0] == -1 && sp[k][1] == -1) continue;
    if (!(sp[k][0] >= 0 && sp[k][0] < sp[k][1] && sp[k][1] <= r->sentence_len)) S->bad_span++;
  }
  if (r->verb_start < 0) S->bad_span++; /* every event has a verb */
  /* the row is one of the document's events, with the same spans */
  int match = 0;
  for (uint32_t k = 0; k < d->nevents && !match; k++) {
    const dy_event *e = &d->events[k];
    char date[16];
    match = e->sent == (uint32_t)r->sentence && !strcmp(e->source, r->source) && !strcmp(e->target, r->target) &&
            !strcmp(e->code, r->code) && !strcmp(e->root, r->root) && e->quad == r->quad &&
            !strcmp(dy_date_str(e->date, date), r->date) && !strcmp(dy_modality_name(e->modality), r->modality) &&
            (int)(e->verb_start - se->start) == r->verb_start && (int)(e->verb_end - se->start) == r->verb_end;
  }
  if (!match) S->bad_match++;
  return 0;
}

static long query(dy_store *st, const dy_query *q)
{
  seen S = {0};
  S.order_ok = 1;
  CHECK_INT(dy_store_events(st, q, on_event, &S), 0);
  CHECK_INT(S.bad_span, 0);
  CHECK_INT(S.bad_sentence, 0);
  CHECK_INT(S.bad_match, 0);
  CHECK(S.order_ok);
  CHECK_INT(S.n, q->limit > 0 && expected(q) > q->limit ? q->limit : expected(q));
  return S.n;
}

static void test_queries(dy_store *st)
{
  dy_query q;
  memset(&q, 0, sizeof q);
  long all_asserted = query(st, &q);
  q.all = 1;
  long all = query(st, &q);
  CHECK(all > all_asserted); /* B's negation and E's hypothetical */
  CHECK(all_asserted >= 5);

  memset(&q, 0, sizeof q);
  q.actor = "PAK";
  CHECK(query(st, &q) >= 3); /* IRN-PAK both ways, PAKMIL, IND-PAK */
  q.actor = "PAKMIL";
  CHECK_INT(query(st, &q), 1);
  q.actor = "ZZZ";
  CHECK_INT(query(st, &q), 0);

  memset(&q, 0, sizeof q);
  q.dyad_a = "IRN"; q.dyad_b = "PAK";
  long d1 = query(st, &q);
  q.dyad_a = "PAK"; q.dyad_b = "IRN";
  CHECK_INT(query(st, &q), d1);
  CHECK_INT(d1, 2);
  q.dyad_a = "ISR"; q.dyad_b = "IRN";
  q.all = 1;
  CHECK_INT(query(st, &q), 2); /* Israel attacked Iran; Iran would retaliate against Israel */

  memset(&q, 0, sizeof q);
  q.since = "2025-08-01";
  query(st, &q);
  q.since = NULL;
  q.until = "2025-07-31";
  CHECK_INT(query(st, &q), 1); /* the attack of 13 June */
  q.all = 1;
  CHECK_INT(query(st, &q), 2); /* and the negated statement of 1 July */
  q.until = "2025-07";           /* a month includes its days */
  CHECK_INT(query(st, &q), 2);
  q.since = "2025-06-13";
  q.until = "2025-06-13";
  CHECK_INT(query(st, &q), 1);

  memset(&q, 0, sizeof q);
  q.root = "19";
  CHECK_INT(query(st, &q), 2);
  q.all = 1;
  CHECK_INT(query(st, &q), 3);
  q.all = 0;
  q.root = NULL;
  q.quad = 1;
  CHECK_INT(query(st, &q), 2);
  q.quad = 3;
  query(st, &q);
  q.quad = 0;
  q.limit = 1;
  CHECK_INT(query(st, &q), 1);

  /* filters together */
  memset(&q, 0, sizeof q);
  q.actor = "IRN";
  q.root = "19";
  q.until = "2025-06-30";
  q.all = 1;
  CHECK_INT(query(st, &q), 1);
}

/* ---- the file behind the store: versions, migrations, foreign databases ------------ */

static long long sql_int(const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  long long v = -1;
  if (sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE, NULL) == SQLITE_OK) {
    sqlite3_stmt *st;
    if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) == SQLITE_OK) {
      if (sqlite3_step(st) == SQLITE_ROW) v = sqlite3_column_int64(st, 0);
      sqlite3_finalize(st);
    }
  }
  sqlite3_close(db);
  return v;
}

/* Runs statements on the file; 0 when they all succeed. */
static int sql_exec(const char *path, const char *sql)
{
  sqlite3 *db = NULL;
  int rc = sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, NULL) == SQLITE_OK &&
           sqlite3_exec(db, sql, NULL, NULL, NULL) == SQLITE_OK ? 0 : -1;
  sqlite3_close(db);
  return rc;
}

static void test_file(const char *path, const char *dir)
{
  char why[512];
  /* the schema version is recorded; the events view has one row per event with its sentence */
  CHECK_INT(sql_int(path, "PRAGMA user_version"), 4);
  CHECK_INT(sql_int(path, "SELECT count(*) FROM events_view"), sql_int(path, "SELECT count(*) FROM events"));
  CHECK_INT(sql_int(path, "SELECT count(*) FROM events_view v JOIN events e ON e.id = v.event_id JOIN articles a ON a.id = e.article_id"
                          " WHERE v.sentence IS NULL OR v.title IS NOT a.title OR instr(a.text, v.sentence) = 0"), 0);
  /* Goldstein is stored as its one decimal, not a single-precision approximation */
  CHECK_INT(sql_int(path, "SELECT count(*) FROM events WHERE goldstein != round(goldstein, 1)"), 0);

  /* a version 1 store (no user_version, float Goldstein scores, no view) is migrated when opened for writing */
  CHECK_INT(sql_exec(path, "PRAGMA user_version=0; DROP VIEW events_view; DROP TABLE ingests;"
                          " UPDATE events SET goldstein = -9.199999809265137 WHERE id = 1"), 0);
  dy_store *st = dy_store_open(path, 1, why, sizeof why); /* read-only: read as it is */
  CHECK(st != NULL);
  dy_store_close(st);
  CHECK_INT(sql_int(path, "PRAGMA user_version"), 0);
  st = dy_store_open(path, 0, why, sizeof why);
  CHECK(st != NULL);
  dy_store_close(st);
  CHECK_INT(sql_int(path, "PRAGMA user_version"), 4);
  CHECK_INT(sql_int(path, "SELECT goldstein * 10 FROM events WHERE id = 1"), -92);
  CHECK_INT(sql_int(path, "SELECT count(*) FROM events WHERE goldstein != round(goldstein, 1)"), 0);
  CHECK(sql_int(path, "SELECT count(*) FROM events_view") > 0);

  /* a store of a newer dyad is refused */
  CHECK_INT(sql_exec(path, "PRAGMA user_version=99"), 0);
  why[0] = 0;
  st = dy_store_open(path, 1, why, sizeof why);
  CHECK(st == NULL && strstr(why, "newer dyad"));
  dy_store_close(st);
  st = dy_store_open(path, 0, why, sizeof why);
  CHECK(st == NULL);
  dy_store_close(st);
  CHECK_INT(sql_exec(path, "PRAGMA user_version=2"), 0);

  /* another program's database: refused before anything is written to it */
  char other[4200];
  snprintf(other, sizeof other, "%s/other.db", dir);
  CHECK_INT(sql_exec(other, "CREATE TABLE users(id INTEGER PRIMARY KEY, name TEXT); INSERT INTO users(name) VALUES('x')"), 0);
  struct stat before, after;
  CHECK_INT(stat(other, &before), 0);
  why[0] = 0;
  st = dy_store_open(other, 0, why, sizeof why);
  CHECK(st == NULL && strstr(why, "another program") && strstr(why, "users"));
  dy_store_close(st);
  st = dy_store_open(other, 1, why, sizeof why);
  CHECK(st == NULL && strstr(why, "another program"));
  dy_store_close(st);
  CHECK_INT(stat(other, &after), 0);
  CHECK_INT(after.st_size, before.st_size);
  CHECK_INT(sql_int(other, "SELECT count(*) FROM sqlite_master"), 1);
  CHECK_INT(sql_int(other, "SELECT count(*) FROM pragma_journal_mode WHERE journal_mode = 'wal'"), 0);
  unlink(other);
}

/* ---- actors and articles ----------------------------------------------------------- */

typedef struct { long rows, bad; int saw_pak; } actors_seen;

static int on_actor(void *u, const dy_actor_row *r)
{
  actors_seen *A = u;
  A->rows++;
  long ments = 0, src = 0, tgt = 0;
  for (int i = 0; i < NDOCS; i++) {
    const dy_doc *d = DOCS[i];
    for (uint32_t k = 0; k < d->nments; k++)
      if (d->ments[k].kind != DY_ACT_PRONOUN && d->ments[k].kind != DY_ACT_PAIR && !strcmp(d->ments[k].code, r->code)) ments++;
    for (uint32_t k = 0; k < d->nevents; k++) {
      if (d->events[k].modality != DY_MOD_ASSERTED) continue;
      src += !strcmp(d->events[k].source, r->code);
      tgt += !strcmp(d->events[k].target, r->code);
    }
  }
  if (ments != r->mentions || src != r->events_as_source || tgt != r->events_as_target) {
    A->bad++;
    fprintf(stderr, "  actor %s: got %ld/%ld/%ld, want %ld/%ld/%ld\n", r->code, r->mentions, r->events_as_source,
            r->events_as_target, ments, src, tgt);
  }
  if (!strcmp(r->code, "PAK")) {
    A->saw_pak = 1;
    CHECK_STR(r->name, "Pakistan");
    CHECK(r->events_as_target >= 2);
  }
  return 0;
}

static int first_article(void *u, const dy_event_row *r)
{
  if (!strcmp(r->doc_id, "C")) *(long long *)u = r->article_id;
  return 0;
}

static void test_actors_articles(dy_store *st)
{
  actors_seen A = {0};
  CHECK_INT(dy_store_actors(st, on_actor, &A), 0);
  CHECK(A.rows >= 5);
  CHECK_INT(A.bad, 0);
  CHECK(A.saw_pak);

  long long aid = -1;
  dy_query q;
  memset(&q, 0, sizeof q);
  q.all = 1;
  dy_store_events(st, &q, first_article, &aid);
  CHECK(aid > 0);
  dy_article_row a;
  CHECK_INT(dy_store_article(st, aid, &a), 0);
  CHECK_INT(a.id, aid);
  CHECK_STR(a.doc_id, "C");
  CHECK_STR(a.title, "Army raid");
  CHECK_STR(a.path, "mem.txt");
  CHECK_STR(a.published, "2025-08-06");
  CHECK_STR(a.url, "");
  CHECK_INT(a.date_inferred, 0);
  CHECK_INT(dy_store_article(st, 999999, &a), -1);
}


/* ---- rows made ahead, and checkpoints off the writer's path -------------------------- */

static long file_size(const char *path)
{
  struct stat sb;
  return stat(path, &sb) == 0 ? (long)sb.st_size : -1;
}

static void test_rows_checkpoints(const char *dir)
{
  char path[4200], wal[4300], shm[4300], why[256];
  snprintf(path, sizeof path, "%s/ck.db", dir);
  snprintf(wal, sizeof wal, "%s-wal", path);
  snprintf(shm, sizeof shm, "%s-shm", path);
  dy_store *st = dy_store_open(path, 0, why, sizeof why);
  CHECK(st != NULL);
  if (!st) return;
  /* a row made apart (as a worker makes it) stores what dy_store_put stores */
  dy_store_row *r = dy_store_row_new(DOCS[1]);
  CHECK(r != NULL);
  CHECK_INT(dy_store_begin(st), 0);
  CHECK_INT(dy_store_put_row(st, DOCS[1], r), 1);
  CHECK_INT(dy_store_put_row(st, DOCS[1], r), 0); /* the same text again */
  dy_store_row_free(r);
  dy_store_row_free(NULL);
  CHECK_INT(dy_store_commit(st), 0);
  CHECK_INT(sql_int(path, "SELECT count(*) FROM events"), DOCS[1]->nevents);
  CHECK_INT(sql_int(path, "SELECT count(*) FROM articles WHERE json_array_length(actors) > 1 AND actors LIKE '%\"ISR%'"), 1);
  /* about 24 MB of articles, committed in batches: past 4,096 pages of WAL
   * the checkpointer copies them into the database while the store is open */
  char *text = malloc(8200);
  long stored = 0;
  for (int b = 0; b < 30 && text; b++) {
    CHECK_INT(dy_store_begin(st), 0);
    for (int i = 0; i < 100; i++) {
      int n = 0;
      while (n < 8000) n += snprintf(text + n, 8200 - (size_t)n, "Article %d of batch %d says word %d. ", i, b, n);
      dy_doc *d = dy_doc_new();
      dy_doc_set_text(d, strdup(text), (size_t)n);
      dy_doc_set_str(&d->id, "ck", 2);
      if (dy_text_prepare(d) == 0 && dy_store_put(st, d) == 1) stored++;
      dy_doc_free(d);
    }
    CHECK_INT(dy_store_commit(st), 0);
  }
  free(text);
  CHECK_INT(stored, 3000);
  long db = 0;
  for (int k = 0; k < 100 && (db = file_size(path)) < (8L << 20); k++) usleep(50000);
  CHECK(db >= (8L << 20)); /* checkpointed before the store closed */
  dy_store_close(st);
  CHECK_INT(sql_int(path, "SELECT count(*) FROM articles"), 3001);
  CHECK_INT(sql_int(path, "SELECT count(*) FROM pragma_integrity_check WHERE integrity_check = 'ok'"), 1);
  unlink(path); unlink(wal); unlink(shm);
}

int main(void)
{
  dy_quiet_warnings = 2;
  int nerr;
  char why[256] = "";
  LX = dy_lexicon_load("data", &nerr, why, sizeof why);
  CHECK(LX != NULL);
  if (!LX) return TEST_DONE();

  DOCS[0] = make("A", "Trade deal", "Iran and Pakistan signed a trade agreement on Tuesday.", D(2025, 8, 6));
  DOCS[1] = make("B", "Strikes", "Israel attacked Iran on June 13, 2025. The United States did not condemn Israel.", D(2025, 7, 1));
  DOCS[2] = make("C", "Army raid",
                 "Pakistan\xE2\x80\x99s army killed six militants near the border on Monday. "
                 "India accused Pakistan of supporting terrorism.", D(2025, 8, 6));
  DOCS[3] = make("E", "Threat", "Iran said it would retaliate against Israel.", D(2025, 8, 6));

  char dir[256];
  snprintf(dir, sizeof dir, "%s/dyad_storeXXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  char path[4200], junk[4200], wal[4300], shm[4300];
  snprintf(path, sizeof path, "%s/events.db", dir);
  snprintf(junk, sizeof junk, "%s/junk.db", dir);

  dy_store *st = dy_store_open(path, 0, why, sizeof why);
  CHECK(st != NULL);
  if (!st) { fprintf(stderr, "%s\n", why); return TEST_DONE(); }
  CHECK_INT(dy_store_begin(st), 0);
  long sents = 0, ments = 0, events = 0;
  for (int i = 0; i < NDOCS; i++) {
    CHECK_INT(dy_store_put(st, DOCS[i]), 1);
    sents += DOCS[i]->nsents;
    events += DOCS[i]->nevents;
    /* one row per actor (code and name) per article */
    for (uint32_t k = 0; k < DOCS[i]->nments; k++) {
      const dy_mention *m = &DOCS[i]->ments[k];
      if (m->kind == DY_ACT_PRONOUN || m->kind == DY_ACT_PAIR) continue;
      int first = 1;
      for (uint32_t j = 0; j < k && first; j++) {
        const dy_mention *o = &DOCS[i]->ments[j];
        first = !(o->kind != DY_ACT_PRONOUN && o->kind != DY_ACT_PAIR && !strcmp(o->code, m->code) && !strcmp(o->name, m->name));
      }
      ments += first;
    }
  }
  /* the same text again, and the same text in other case and spacing: duplicates */
  CHECK_INT(dy_store_put(st, DOCS[0]), 0);
  dy_doc *again = make("A2", "Other title", "IRAN and  pakistan signed a trade agreement\non Tuesday.", D(2025, 8, 7));
  CHECK_INT(dy_store_put(st, again), 0);
  dy_doc_free(again);
  CHECK_INT(dy_store_commit(st), 0);

  CHECK_INT(dy_store_count(st, "articles"), NDOCS);
  (void)sents; /* sentence offsets are kept on each event (sent_start, sent_end), not in a table */
  CHECK_INT(dy_store_count(st, "sentences"), -1);
  CHECK_INT(dy_store_count(st, "mentions"), ments);
  CHECK_INT(dy_store_count(st, "events"), events);
  CHECK_INT(dy_store_count(st, "sqlite_master"), -1);
  CHECK_INT(dy_store_count(st, "events; DROP TABLE events"), -1);

  test_queries(st);
  test_actors_articles(st);
  dy_store_close(st);
  test_rows_checkpoints(dir);
  test_file(path, dir);

  /* reopened read-only: everything is still there */
  st = dy_store_open(path, 1, why, sizeof why);
  CHECK(st != NULL);
  if (st) {
    CHECK_INT(dy_store_count(st, "articles"), NDOCS);
    dy_query q;
    memset(&q, 0, sizeof q);
    q.all = 1;
    query(st, &q);
    dy_store_close(st);
  }

  /* a file that is not a store */
  FILE *f = fopen(junk, "wb");
  if (f) { fputs("this is not a database, just some text\n", f); fclose(f); }
  why[0] = 0;
  st = dy_store_open(junk, 1, why, sizeof why);
  CHECK(st == NULL);
  CHECK(why[0] != 0);
  dy_store_close(st);
  char missing[4300];
  snprintf(missing, sizeof missing, "%s/missing.db", dir);
  why[0] = 0;
  st = dy_store_open(missing, 1, why, sizeof why);
  CHECK(st == NULL);
  CHECK(why[0] != 0);
  dy_store_close(st);

  for (int i = 0; i < NDOCS; i++) dy_doc_free(DOCS[i]);
  dy_lexicon_free(LX);
  snprintf(wal, sizeof wal, "%s-wal", path);
  snprintf(shm, sizeof shm, "%s-shm", path);
  unlink(path); unlink(wal); unlink(shm); unlink(junk);
  rmdir(dir);
  return TEST_DONE();
}

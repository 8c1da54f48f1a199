/* sqlite.c: the embedded store on SQLite (WAL mode, batched transactions). */
#include "store.h"
#include "../base.h"
#include "../link/dedup.h"
#include "../link/happen.h"
#include "../extract/quotes.h"

#include <errno.h>
#include <pthread.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* WAL checkpoints: past CKPT_PAGES pages in the WAL a commit wakes the
 * store's checkpointer thread, which copies them into the database on a
 * connection of its own while the writer goes on; past CKPT_WRITER_PAGES
 * (the WAL restarts only once a checkpoint has copied all of it, and the
 * writer's next transaction may always start first) the writer checkpoints
 * what is left, the newest frames only. */
#define CKPT_PAGES 4096
#define CKPT_WRITER_PAGES 16384

typedef struct {
  char *path;
  pthread_t th;
  int started, want, quit;
  pthread_mutex_t mu;
  pthread_cond_t cv;
} ckpt_t;

/* Mention totals of the open batch, per (code, name): written with the commit. */
typedef struct { char *key; long mentions, articles; } agg_t;

struct dy_store {
  sqlite3 *db;
  long long last_id;
  agg_t *agg;          /* in the order first met, key "code\tname" */
  size_t nagg, cagg;
  dy_map agg_ix;       /* a key's hash -> its index in agg */
  sqlite3_stmt *up;
  sqlite3_stmt *sp, *rel; /* SAVEPOINT doc, RELEASE doc */
  sqlite3_stmt *art, *ev;
  sqlite3_stmt *evh, *maxev; /* an event stored with its id and happening, linked before; SELECT max(id) FROM events */
  sqlite3_stmt *qt, *fg; /* quotes and figures */
  sqlite3_stmt *pl;      /* places */
  int has_geo;           /* events has the location columns (a read-only store may predate them) */
  int has_places;        /* the places table exists (a read-only store may predate it) */
  int has_hap;           /* events has happening_id and the happenings table exists (version 3) */
  int has_attr;          /* events has the attribution columns (version 4) */
  dy_hap_linker *hap;    /* the link stage: one event per happening (link/happen.c) */
  char err[512];
  int fatal;           /* the store cannot take more writes (full disk, I/O error): stop */
  dy_buf sentbuf;
  ckpt_t *ckpt;        /* the checkpointer of a store open for writing, or NULL */
};

/* PRAGMA user_version of the schema this code writes. A dyad store without
 * a version is version 1 (before versions were recorded); dy_store_open
 * migrates older stores and refuses newer ones. */
#define SCHEMA_VERSION 4

/* Happenings: the id is its first event's; core_* is what new reports are
 * matched on (link/happen.h); the counts are GDELT's. */
#define HAPPENINGS \
  "CREATE TABLE IF NOT EXISTS happenings(\n" \
  "  id INTEGER PRIMARY KEY, first_event INTEGER NOT NULL, root TEXT NOT NULL, code TEXT NOT NULL,\n" \
  "  src3 TEXT NOT NULL, tgt3 TEXT NOT NULL, modclass INTEGER NOT NULL,\n" \
  "  source TEXT, target TEXT, source_person TEXT, target_person TEXT,\n" \
  "  core_prec INTEGER NOT NULL, core_lo INTEGER NOT NULL, core_hi INTEGER NOT NULL, core_stated INTEGER NOT NULL,\n" \
  "  date TEXT, date_precision TEXT, first_date TEXT, last_date TEXT,\n" \
  "  geo_name TEXT, geo_country TEXT, geo_adm1 TEXT, geo_feature TEXT,\n" \
  "  num_mentions INTEGER NOT NULL, num_sources INTEGER NOT NULL, num_articles INTEGER NOT NULL);\n" \
  "CREATE INDEX IF NOT EXISTS happenings_key ON happenings(root, src3, tgt3, modclass, core_prec, core_lo);\n" \
  "CREATE TABLE IF NOT EXISTS happening_sources(happening_id INTEGER NOT NULL, outlet TEXT NOT NULL,\n" \
  "  PRIMARY KEY(happening_id, outlet)) WITHOUT ROWID;\n"

static const char SCHEMA[] =
  "CREATE TABLE IF NOT EXISTS articles(\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  doc_id TEXT NOT NULL,\n"
  "  hash TEXT NOT NULL UNIQUE,      -- of the normalised text: a re-ingested article is not stored twice\n"
  "  path TEXT, line INTEGER, url TEXT, title TEXT, source TEXT,\n"
  "  published TEXT, date_precision TEXT, date_inferred INTEGER NOT NULL DEFAULT 0,\n"
  "  meta TEXT, text TEXT NOT NULL,\n"
  "  sentences INTEGER NOT NULL DEFAULT 0, -- how many; sentence_spans holds them\n"
  "  sentence_spans BLOB,                 -- (start, end) byte offsets into text, 32-bit little-endian pairs\n"
  "  sig BLOB,                            -- near-duplicate signature (MinHash), for the index\n"
  "  actors TEXT,                         -- JSON: [code, name, kind, count, sentence, start, end] per actor named\n"
  "  dup_of INTEGER REFERENCES articles(id),\n"
  "  ingested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')));\n"

  "CREATE TABLE IF NOT EXISTS actor_mentions(  -- totals over the store, per actor code and name\n"
  "  code TEXT NOT NULL, name TEXT NOT NULL, mentions INTEGER NOT NULL, articles INTEGER NOT NULL,\n"
  "  PRIMARY KEY(code, name)) WITHOUT ROWID;\n"
  "CREATE VIEW IF NOT EXISTS mentions AS  -- one row per actor (code and name) per article, from articles.actors\n"
  "  SELECT a.id AS article_id, j.value->>0 AS code, j.value->>1 AS name, j.value->>2 AS kind, j.value->>3 AS count,\n"
  "         j.value->>4 AS sentence, j.value->>5 AS start, j.value->>6 AS end\n"
  "  FROM articles a, json_each(a.actors) j WHERE a.actors IS NOT NULL;\n"
  "CREATE TABLE IF NOT EXISTS events(\n"
  "  id INTEGER PRIMARY KEY,\n"
  "  article_id INTEGER NOT NULL REFERENCES articles(id), sentence INTEGER NOT NULL,\n"
  "  sent_start INTEGER NOT NULL, sent_end INTEGER NOT NULL, -- the sentence: bytes of articles.text\n"
  "  date TEXT, date_precision TEXT, date_source TEXT,\n"
  "  source TEXT, source_name TEXT, target TEXT, target_name TEXT,\n"
  "  code TEXT NOT NULL, root TEXT NOT NULL, quad INTEGER NOT NULL, goldstein REAL NOT NULL,\n"
  "  modality TEXT NOT NULL,\n"
  "  src_start INTEGER, src_end INTEGER, verb_start INTEGER, verb_end INTEGER, tgt_start INTEGER, tgt_end INTEGER,\n"
  "  happening_id INTEGER,  -- version 3: the happening it reports (happenings.id)\n"
  "  attributed_to TEXT, attributed_code TEXT, attr_start INTEGER, attr_end INTEGER);  -- version 4: who reported it\n"
  "CREATE INDEX IF NOT EXISTS events_date ON events(date);\n"

  "CREATE INDEX IF NOT EXISTS events_target ON events(target);\n"
  "CREATE INDEX IF NOT EXISTS events_dyad ON events(source, target); -- serves queries by source too\n"
  "CREATE INDEX IF NOT EXISTS events_article ON events(article_id);\n"
  /* quotes and figures (extract/quotes.c, extract/figures.c): byte offsets into articles.text */
  "CREATE TABLE IF NOT EXISTS quotes(\n"
  "  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id), sentence INTEGER NOT NULL,\n"
  "  kind TEXT NOT NULL, start INTEGER NOT NULL, end INTEGER NOT NULL,\n"
  "  speaker TEXT, speaker_start INTEGER, speaker_end INTEGER, via TEXT, affiliation TEXT, actor TEXT);\n"
  "CREATE INDEX IF NOT EXISTS quotes_article ON quotes(article_id);\n"
  "CREATE TABLE IF NOT EXISTS figures(\n"
  "  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id), sentence INTEGER NOT NULL,\n"
  "  start INTEGER NOT NULL, end INTEGER NOT NULL, value REAL NOT NULL, unit TEXT, usd REAL,\n"
  "  measure TEXT, kind TEXT NOT NULL, approx TEXT, actors TEXT);\n"
  "CREATE INDEX IF NOT EXISTS figures_measure ON figures(measure, actors);\n"
  /* places (extract/places.c): byte offsets into articles.text */
  "CREATE TABLE IF NOT EXISTS places(\n"
  "  id INTEGER PRIMARY KEY, article_id INTEGER NOT NULL REFERENCES articles(id), sentence INTEGER NOT NULL,\n"
  "  start INTEGER NOT NULL, end INTEGER NOT NULL, name TEXT NOT NULL, place TEXT NOT NULL, feature TEXT,\n"
  "  country TEXT, adm1 TEXT, lat REAL, lon REAL, geonameid INTEGER, cue TEXT, actor INTEGER NOT NULL DEFAULT 0);\n"
  "CREATE INDEX IF NOT EXISTS places_article ON places(article_id);\n"

  /* version 2 */
  "CREATE VIEW IF NOT EXISTS events_view AS  -- one row per event with its sentence and article, no BLOB slicing\n"
  "  SELECT e.id AS event_id, e.article_id, a.doc_id, a.title, a.url, a.path, a.source AS outlet, a.published,\n"
  "         a.date_precision AS published_precision, e.date, e.date_precision, e.date_source,\n"
  "         e.source, e.source_name, e.target, e.target_name, e.code, e.root, e.quad, e.goldstein, e.modality,\n"
  "         e.sentence AS sentence_index,\n"
  "         CAST(substr(CAST(a.text AS BLOB), e.sent_start + 1, e.sent_end - e.sent_start) AS TEXT) AS sentence,\n"
  "         a.ingested_at\n"
  "  FROM events e JOIN articles a ON a.id = e.article_id;\n"
  "CREATE TABLE IF NOT EXISTS ingests(  -- one row per dyad ingest run: the code and dictionaries that wrote\n"
  "  id INTEGER PRIMARY KEY, started_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ','now')),\n"
  "  dyad_version TEXT, dict_version TEXT);\n"

  /* version 3: one event per happening (link/happen.c) */
  HAPPENINGS
;

/* Run after the migrations: what needs their columns. */
static const char SCHEMA_AFTER[] = "CREATE INDEX IF NOT EXISTS events_happening ON events(happening_id, article_id);\n";

/* Migrations from version v - 1 to v, run in one transaction with the schema. */
static const char *const MIGRATE[SCHEMA_VERSION + 1] = {
  NULL, NULL,
  /* 2: Goldstein scores were stored from single precision (-9.199999809265137): exact one-decimal values */
  "UPDATE events SET goldstein = round(goldstein, 1) WHERE goldstein != round(goldstein, 1);",
  /* 3: happenings (the table is in SCHEMA); the events are linked when the store is opened */
  "ALTER TABLE events ADD COLUMN happening_id INTEGER;",
  /* 4: who reported each event (code/attrib.c); events stored before have none */
  "ALTER TABLE events ADD COLUMN attributed_to TEXT; ALTER TABLE events ADD COLUMN attributed_code TEXT;"
  " ALTER TABLE events ADD COLUMN attr_start INTEGER; ALTER TABLE events ADD COLUMN attr_end INTEGER;",
};


/* The events' location columns (extract/places.c), added to a store written
 * before them. */
static const char GEO_COLUMNS[] =
  "geo_type INTEGER, geo_name TEXT, geo_country TEXT, geo_adm1 TEXT, geo_lat REAL, geo_lon REAL, geo_feature TEXT, geo_id INTEGER";

static int add_geo_columns(dy_store *s) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, "SELECT geo_type FROM events LIMIT 0", -1, &st, NULL) == SQLITE_OK) {
    sqlite3_finalize(st);
    return 0;
  }
  char col[64];
  for (const char *p = GEO_COLUMNS; *p;) {
    const char *e = strchr(p, ',');
    size_t n = e ? (size_t)(e - p) : strlen(p);
    if (n >= sizeof col) return -1;
    memcpy(col, p, n);
    col[n] = 0;
    char sql[128];
    snprintf(sql, sizeof sql, "ALTER TABLE events ADD COLUMN %s", col);
    if (sqlite3_exec(s->db, sql, NULL, NULL, NULL) != SQLITE_OK) return -1;
    p = e ? e + 2 : p + n;
  }
  return 0;
}

static int fail(dy_store *s, const char *what) {
  int code = sqlite3_errcode(s->db) & 0xff, se = sqlite3_system_errno(s->db);
  if (code == SQLITE_IOERR && se == EFBIG) {
    snprintf(s->err, sizeof s->err, "the file has reached its size limit (EFBIG, at %s)", what);
    s->fatal = 1;
  } else if (code == SQLITE_FULL || (code == SQLITE_IOERR && se == ENOSPC)) {
    snprintf(s->err, sizeof s->err, "the disk is full (SQLITE_FULL, at %s)", what);
    s->fatal = 1;
  } else {
    snprintf(s->err, sizeof s->err, "%s: %s", what, sqlite3_errmsg(s->db));
    if (code == SQLITE_IOERR || code == SQLITE_READONLY || code == SQLITE_CORRUPT || code == SQLITE_NOTADB ||
        code == SQLITE_CANTOPEN || code == SQLITE_NOMEM)
      s->fatal = 1;
  }
  return -1;
}

int dy_store_fatal(dy_store *s) { return s->fatal; }
int dy_store_in_tx(dy_store *s) { return !sqlite3_get_autocommit(s->db); }

const char *dy_store_errmsg(dy_store *s) { return s->err; }

static void bind_str_(sqlite3_stmt *st, int i, const char *v) {
  if (v && *v) sqlite3_bind_text(st, i, v, -1, SQLITE_TRANSIENT);
  else sqlite3_bind_null(st, i);
}

/* One integer from a query, or def when it gives none; *rc gets the SQLite result. */
static long long one_int(sqlite3 *db, const char *sql, long long def, int *rc) {
  sqlite3_stmt *st;
  *rc = sqlite3_prepare_v2(db, sql, -1, &st, NULL);
  if (*rc != SQLITE_OK) return def;
  long long v = def;
  *rc = sqlite3_step(st);
  if (*rc == SQLITE_ROW) { v = sqlite3_column_int64(st, 0); *rc = SQLITE_OK; }
  else if (*rc == SQLITE_DONE) *rc = SQLITE_OK;
  sqlite3_finalize(st);
  return v;
}

/* What the file at the other end of db is, read without writing anything:
 * 0 empty (a new store), 1 a dyad store, -1 another program's database or
 * not a database (why says which), -2 it could not be read (rc set). */
static int classify(sqlite3 *db, const char *path, int *rc, char *why, size_t nwhy) {
  long long nobj = one_int(db, "SELECT count(*) FROM sqlite_master WHERE name NOT LIKE 'sqlite_%'", 0, rc);
  if (*rc != SQLITE_OK) {
    if ((*rc & 0xff) == SQLITE_NOTADB) { snprintf(why, nwhy, "%s is not a SQLite database, let alone a dyad store", path); return -1; }
    return -2;
  }
  if (nobj == 0) return 0;
  long long cols = one_int(db, "SELECT (SELECT count(*) FROM pragma_table_info('articles') WHERE name IN ('hash','sentence_spans','text'))"
                               " + (SELECT count(*) FROM pragma_table_info('events') WHERE name IN ('goldstein','sent_start','modality'))", 0, rc);
  if (*rc != SQLITE_OK) return -2;
  if (cols == 6) return 1;
  /* name a few of its tables */
  char names[200] = "";
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%' ORDER BY name LIMIT 4", -1, &st, NULL) == SQLITE_OK) {
    size_t k = 0;
    while (sqlite3_step(st) == SQLITE_ROW && k < sizeof names - 1) {
      int w = snprintf(names + k, sizeof names - k, "%s%s", k ? ", " : "", (const char *)sqlite3_column_text(st, 0));
      if (w < 0) break;
      k += (size_t)w;
      if (k >= sizeof names) k = sizeof names - 1;
    }
    sqlite3_finalize(st);
  }
  snprintf(why, nwhy, "%s is a SQLite database of another program (tables: %s), not a dyad store; left untouched", path, names);
  return -1;
}

/* A file name as a URI path ("file:...?immutable=1"): reserved bytes escaped. */
static void uri_of(const char *path, char *out, size_t n) {
  size_t k = (size_t)snprintf(out, n, "file:");
  for (const unsigned char *p = (const unsigned char *)path; *p && k + 4 < n; p++) {
    if (*p == '%' || *p == '?' || *p == '#' || *p <= ' ' || *p >= 0x7f) k += (size_t)snprintf(out + k, n - k, "%%%02X", *p);
    else out[k++] = (char)*p;
  }
  out[k] = 0;
}

static int open_ro(dy_store *s, const char *path, char *why, size_t nwhy) {
  int rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, NULL);
  int kind = rc == SQLITE_OK ? classify(s->db, path, &rc, why, nwhy) : -2;
  if (kind == -2 && access(path, R_OK) == 0) {
    /* a WAL store on a read-only mount, or in a directory or with a file we
     * cannot write: SQLite cannot make its shared-memory file, so read the
     * file as it is (immutable: nothing may be writing it) */
    sqlite3_close(s->db);
    s->db = NULL;
    char uri[8192];
    uri_of(path, uri, sizeof uri);
    snprintf(uri + strlen(uri), sizeof uri - strlen(uri), "?immutable=1");
    rc = sqlite3_open_v2(uri, &s->db, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI | SQLITE_OPEN_NOMUTEX, NULL);
    kind = rc == SQLITE_OK ? classify(s->db, path, &rc, why, nwhy) : -2;
  }
  if (kind == -2) {
    snprintf(why, nwhy, "cannot open %s: %s", path, s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
    return -1;
  }
  if (kind == 0) { snprintf(why, nwhy, "%s is not a dyad store (run dyad ingest first)", path); return -1; }
  if (kind < 0) return -1;
  int vrc;
  long long v = one_int(s->db, "PRAGMA user_version", 0, &vrc);
  if (v > SCHEMA_VERSION) {
    snprintf(why, nwhy, "%s was written by a newer dyad (schema version %lld; this one reads up to %d)", path, v, SCHEMA_VERSION);
    return -1;
  }
  sqlite3_busy_timeout(s->db, 10000);
  sqlite3_exec(s->db, "PRAGMA query_only=1", NULL, NULL, NULL);
  return 0;
}

/* 1 when table has the column (a store may have it before its version says so). */
static int has_column(sqlite3 *db, const char *table, const char *column) {
  char sql[128];
  snprintf(sql, sizeof sql, "SELECT %s FROM %s LIMIT 0", column, table);
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, sql, -1, &st, NULL) != SQLITE_OK) return 0;
  sqlite3_finalize(st);
  return 1;
}

static int open_rw(dy_store *s, const char *path, char *why, size_t nwhy) {
  int rc = sqlite3_open_v2(path, &s->db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, NULL);
  if (rc != SQLITE_OK) {
    snprintf(why, nwhy, "cannot open %s: %s", path, s->db ? sqlite3_errmsg(s->db) : sqlite3_errstr(rc));
    return -1;
  }
  sqlite3_busy_timeout(s->db, 10000);
  /* look before touching: nothing is written to another program's database */
  int kind = classify(s->db, path, &rc, why, nwhy);
  if (kind == -2) { snprintf(why, nwhy, "cannot read %s: %s", path, sqlite3_errmsg(s->db)); return -1; }
  if (kind < 0) return -1;
  int vrc;
  long long v = kind == 0 ? 0 : one_int(s->db, "PRAGMA user_version", 0, &vrc);
  if (kind == 1 && v == 0) v = 1; /* written before versions were recorded */
  if (v > SCHEMA_VERSION) {
    snprintf(why, nwhy, "%s was written by a newer dyad (schema version %lld; this one writes version %d)", path, v, SCHEMA_VERSION);
    return -1;
  }
  char *err = NULL;
  if (sqlite3_exec(s->db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; "
                          "PRAGMA cache_size=-16000; PRAGMA temp_store=MEMORY; PRAGMA wal_autocheckpoint=16384;",
                   NULL, NULL, &err) != SQLITE_OK)
    goto bad;
  if (v == SCHEMA_VERSION) return 0;
  /* create or migrate in one transaction */
  if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, &err) != SQLITE_OK) goto bad;
  v = one_int(s->db, "PRAGMA user_version", 0, &vrc); /* another process may have migrated meanwhile */
  if (kind == 1 && v == 0) v = 1;
  if (sqlite3_exec(s->db, SCHEMA, NULL, NULL, &err) != SQLITE_OK) goto bad_tx;
  for (long long k = (kind == 0 ? SCHEMA_VERSION : v) + 1; k <= SCHEMA_VERSION; k++)
    if (MIGRATE[k] && !(k == 3 && has_column(s->db, "events", "happening_id")) && !(k == 4 && has_column(s->db, "events", "attributed_to")) && sqlite3_exec(s->db, MIGRATE[k], NULL, NULL, &err) != SQLITE_OK) goto bad_tx;
  if (sqlite3_exec(s->db, SCHEMA_AFTER, NULL, NULL, &err) != SQLITE_OK) goto bad_tx;
  char sql[64];
  snprintf(sql, sizeof sql, "PRAGMA user_version=%d; COMMIT", SCHEMA_VERSION);
  if (sqlite3_exec(s->db, sql, NULL, NULL, &err) != SQLITE_OK) goto bad_tx;
  return 0;
bad_tx:
  sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
bad:
  if ((sqlite3_errcode(s->db) & 0xff) == SQLITE_FULL) snprintf(why, nwhy, "%s: the disk is full (SQLITE_FULL)", path);
  else snprintf(why, nwhy, "%s: %s", path, err ? err : sqlite3_errmsg(s->db));
  sqlite3_free(err);
  return -1;
}

/* The checkpointer thread: a PASSIVE checkpoint each time it is woken. */
static void *ckpt_main(void *arg) {
  ckpt_t *c = arg;
  pthread_setname_np(pthread_self(), "dyad-checkpoint");
  sqlite3 *db = NULL;
  /* a read opens the WAL: before it the connection does not know the store is in WAL mode */
  if (sqlite3_open_v2(c->path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_NOMUTEX, NULL) != SQLITE_OK ||
      sqlite3_exec(db, "SELECT count(*) FROM sqlite_master", NULL, NULL, NULL) != SQLITE_OK) {
    sqlite3_close(db);
    db = NULL; /* the writer's own checkpoints still keep the WAL bounded */
  }
  pthread_mutex_lock(&c->mu);
  for (;;) {
    while (!c->want && !c->quit) pthread_cond_wait(&c->cv, &c->mu);
    if (c->quit) break;
    c->want = 0;
    pthread_mutex_unlock(&c->mu);
    if (db) sqlite3_wal_checkpoint_v2(db, NULL, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    pthread_mutex_lock(&c->mu);
  }
  pthread_mutex_unlock(&c->mu);
  sqlite3_close(db);
  return NULL;
}

/* Called by SQLite after each commit with the pages in the WAL (in place
 * of its automatic checkpoint). */
static int wal_hook(void *u, sqlite3 *db, const char *name, int pages) {
  ckpt_t *c = u;
  if (pages >= CKPT_WRITER_PAGES) {
    sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, NULL, NULL);
    return SQLITE_OK;
  }
  if (pages < CKPT_PAGES) return SQLITE_OK;
  pthread_mutex_lock(&c->mu);
  if (!c->started && !c->quit) c->started = pthread_create(&c->th, NULL, ckpt_main, c) == 0 ? 1 : -1;
  c->want = 1;
  pthread_cond_signal(&c->cv);
  pthread_mutex_unlock(&c->mu);
  return SQLITE_OK;
}

/* Hands the WAL's checkpoints to a thread (started when first needed). */
static void ckpt_start(dy_store *s, const char *path) {
  ckpt_t *c = dy_xcalloc(1, sizeof *c);
  c->path = dy_xstrdup(path);
  pthread_mutex_init(&c->mu, NULL);
  pthread_cond_init(&c->cv, NULL);
  s->ckpt = c;
  sqlite3_wal_hook(s->db, wal_hook, c);
}

static void ckpt_stop(dy_store *s) {
  ckpt_t *c = s->ckpt;
  if (!c) return;
  sqlite3_wal_hook(s->db, NULL, NULL);
  pthread_mutex_lock(&c->mu);
  c->quit = 1;
  int started = c->started;
  pthread_cond_signal(&c->cv);
  pthread_mutex_unlock(&c->mu);
  if (started == 1) pthread_join(c->th, NULL);
  pthread_mutex_destroy(&c->mu);
  pthread_cond_destroy(&c->cv);
  free(c->path);
  free(c);
  s->ckpt = NULL;
}

dy_store *dy_store_open(const char *path, int readonly, char *why, size_t nwhy) {
  dy_store *s = dy_xcalloc(1, sizeof *s);
  if ((readonly ? open_ro : open_rw)(s, path, why, nwhy)) {
    dy_store_close(s);
    return NULL;
  }
  if (!readonly) ckpt_start(s, path);
  if (!readonly && add_geo_columns(s) != 0) {
    snprintf(why, nwhy, "%s: cannot add the location columns: %s", path, sqlite3_errmsg(s->db));
    dy_store_close(s);
    return NULL;
  }
  sqlite3_stmt *gst;
  if (sqlite3_prepare_v2(s->db, "SELECT geo_type FROM events LIMIT 0", -1, &gst, NULL) == SQLITE_OK) {
    s->has_geo = 1;
    sqlite3_finalize(gst);
  }
  if (sqlite3_prepare_v2(s->db, "SELECT e.happening_id, h.num_sources FROM events e, happenings h LIMIT 0", -1, &gst, NULL) == SQLITE_OK) {
    s->has_hap = 1;
    sqlite3_finalize(gst);
  }
  s->has_attr = has_column(s->db, "events", "attributed_to");
  s->has_places = has_column(s->db, "places", "start");
  /* events stored before happenings (a migrated store): link them now */
  int hrc;
  if (!readonly && s->has_hap && one_int(s->db, "SELECT count(*) FROM (SELECT 1 FROM events WHERE happening_id IS NULL LIMIT 1)", 0, &hrc) > 0) {
    if (sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) != SQLITE_OK || dy_hap_link_pending(s->db) < 0 ||
        sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) != SQLITE_OK) {
      snprintf(why, nwhy, "%s: cannot link the stored events into happenings: %s", path, sqlite3_errmsg(s->db));
      if (!sqlite3_get_autocommit(s->db)) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
      dy_store_close(s);
      return NULL;
    }
  }
  return s;
}

int dy_store_record_ingest(dy_store *s, const char *dyad_version, const char *dict_version) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, "INSERT INTO ingests(dyad_version, dict_version) VALUES(?, ?)", -1, &st, NULL) != SQLITE_OK)
    return fail(s, "record the ingest");
  bind_str_(st, 1, dyad_version);
  bind_str_(st, 2, dict_version);
  int rc = sqlite3_step(st) == SQLITE_DONE ? 0 : fail(s, "record the ingest");
  sqlite3_finalize(st);
  return rc;
}

void dy_store_close(dy_store *s) {
  if (!s) return;
  ckpt_stop(s);
  sqlite3_finalize(s->sp); sqlite3_finalize(s->rel); sqlite3_finalize(s->art);
  sqlite3_finalize(s->ev); sqlite3_finalize(s->up); sqlite3_finalize(s->evh); sqlite3_finalize(s->maxev);
  sqlite3_finalize(s->qt); sqlite3_finalize(s->fg); sqlite3_finalize(s->pl);
  dy_hap_linker_free(s->hap);
  for (size_t i = 0; i < s->nagg; i++) free(s->agg[i].key);
  free(s->agg);
  dy_map_free(&s->agg_ix);
  sqlite3_close(s->db);
  dy_buf_free(&s->sentbuf);
  free(s);
}

int dy_store_begin(dy_store *s) {
  return sqlite3_exec(s->db, "BEGIN IMMEDIATE", NULL, NULL, NULL) == SQLITE_OK ? 0 : fail(s, "begin");
}

static int prep(dy_store *s, sqlite3_stmt **st, const char *sql);

static const char *agg_key(const void *s, uint32_t i, size_t *len) {
  const char *k = ((const dy_store *)s)->agg[i].key;
  *len = strlen(k);
  return k;
}

/* Forgets the batch's totals. */
static void agg_clear(dy_store *s) {
  for (size_t i = 0; i < s->nagg; i++) free(s->agg[i].key);
  s->nagg = 0;
  dy_map_clear(&s->agg_ix);
}

/* Adds count mentions of key in one article to the batch's totals. */
static int agg_add(dy_store *s, const char *key, int count) {
  size_t n = strlen(key);
  uint64_t h = dy_hash64(key, n);
  uint32_t i = dy_map_find_str(&s->agg_ix, h, key, n, agg_key, s, NULL);
  if (i == DY_MAP_NONE) {
    DY_VEC_GROW(s->agg, s->cagg, s->nagg + 1);
    i = (uint32_t)s->nagg++;
    s->agg[i] = (agg_t){dy_xstrdup(key), 0, 0};
    dy_map_add(&s->agg_ix, h, i);
  }
  s->agg[i].mentions += count;
  s->agg[i].articles++;
  return 0;
}

/* Writes the batch's mention totals (inside the open transaction). */
static int agg_flush(dy_store *s) {
  if (!s->nagg) return 0;
  if (prep(s, &s->up, "INSERT INTO actor_mentions(code,name,mentions,articles) VALUES(?,?,?,?) ON CONFLICT(code,name) "
                      "DO UPDATE SET mentions = mentions + excluded.mentions, articles = articles + excluded.articles")) return -1;
  int rc = 0;
  for (size_t i = 0; i < s->nagg && !rc; i++) {
    const char *tab = strchr(s->agg[i].key, '\t');
    sqlite3_reset(s->up);
    sqlite3_bind_text(s->up, 1, s->agg[i].key, (int)(tab - s->agg[i].key), SQLITE_STATIC); /* the key lives until the step */
    sqlite3_bind_text(s->up, 2, tab + 1, -1, SQLITE_STATIC);
    sqlite3_bind_int64(s->up, 3, s->agg[i].mentions);
    sqlite3_bind_int64(s->up, 4, s->agg[i].articles);
    if (sqlite3_step(s->up) != SQLITE_DONE) rc = fail(s, "actor totals");
  }
  agg_clear(s);
  return rc;
}

int dy_store_commit(dy_store *s) {
  if (sqlite3_get_autocommit(s->db)) {
    /* SQLite rolled the transaction back after an error (a full disk) */
    if (!s->err[0]) snprintf(s->err, sizeof s->err, "the transaction was rolled back");
    return -1;
  }
  if (agg_flush(s)) { sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL); return -1; }
  if (sqlite3_exec(s->db, "COMMIT", NULL, NULL, NULL) == SQLITE_OK) return 0;
  fail(s, "commit");
  if (!sqlite3_get_autocommit(s->db)) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  return -1;
}

void dy_store_rollback(dy_store *s) {
  if (!sqlite3_get_autocommit(s->db)) sqlite3_exec(s->db, "ROLLBACK", NULL, NULL, NULL);
  agg_clear(s);
}

static int prep(dy_store *s, sqlite3_stmt **st, const char *sql) {
  if (*st) { sqlite3_reset(*st); sqlite3_clear_bindings(*st); return 0; }
  return sqlite3_prepare_v3(s->db, sql, -1, SQLITE_PREPARE_PERSISTENT, st, NULL) == SQLITE_OK ? 0 : fail(s, "prepare");
}

/* Binds a possibly NULL C string. The buffers outlive the statement's
 * step, so SQLITE_STATIC is safe: no copy is made. */
static void bind_str(sqlite3_stmt *st, int i, const char *v) {
  if (v && *v) sqlite3_bind_text(st, i, v, -1, SQLITE_STATIC);
  else sqlite3_bind_null(st, i);
}

static const char *kind_name(int k) {
  static const char *const K[] = {"", "country", "sector", "person", "org", "pronoun", "pair"};
  return k >= 0 && k <= DY_ACT_PAIR ? K[k] : "";
}

static int put(dy_store *s, const dy_doc *d, const dy_store_row *r);
static int put_facts(dy_store *s, const dy_doc *d, sqlite3_int64 aid);

/* ---- rows: what a document becomes, serialised before the writer ------------ */

typedef struct { char key[96]; int count; } actor_total; /* "code\tname" and its mentions in the article */
typedef struct { char date[16]; double goldstein; } event_row;

struct dy_store_row {
  char hash[24], published[16];
  dy_buf actors;        /* JSON: [code, name, kind, count, sentence, start, end] per actor; empty when none */
  actor_total *totals;  /* one per entry of actors, for actor_mentions */
  size_t ntotals;
  dy_buf spans;         /* (start, end) byte offsets per sentence, 32-bit little-endian */
  unsigned char *sig;   /* the packed signature, or NULL */
  event_row *ev;        /* one per event */
};

/* Orders mention indexes by code, name and position. Rows are made on
 * several threads, so the document being sorted is a thread's own. */
static _Thread_local const dy_doc *sort_doc;
static int cmp_ment(const void *x, const void *y) {
  const dy_mention *a = &sort_doc->ments[*(const uint32_t *)x], *b = &sort_doc->ments[*(const uint32_t *)y];
  int c = strcmp(a->code, b->code);
  if (!c) c = strcmp(a->name, b->name);
  if (!c) c = *(const uint32_t *)x < *(const uint32_t *)y ? -1 : 1;
  return c;
}

/* The actors named, one entry per (code, name) with its count and first mention. */
static int row_actors(dy_store_row *r, const dy_doc *d) {
  if (!d->nments) return 0;
  uint32_t *ix = dy_xmalloc((d->nments + 1) * sizeof(uint32_t));
  r->totals = dy_xmalloc(d->nments * sizeof *r->totals);
  uint32_t nix = 0;
  for (uint32_t i = 0; i < d->nments; i++)
    if (d->ments[i].kind != DY_ACT_PRONOUN && d->ments[i].kind != DY_ACT_PAIR) ix[nix++] = i;
  sort_doc = d;
  qsort(ix, nix, sizeof *ix, cmp_ment);
  int rc = dy_buf_putc(&r->actors, '[');
  for (uint32_t a = 0; a < nix && !rc;) {
    uint32_t b = a + 1;
    while (b < nix && !strcmp(d->ments[ix[b]].code, d->ments[ix[a]].code) && !strcmp(d->ments[ix[b]].name, d->ments[ix[a]].name)) b++;
    const dy_mention *m = &d->ments[ix[a]];
    char tail[96];
    snprintf(tail, sizeof tail, ",\"%s\",%u,%u,%u,%u]", kind_name(m->kind), b - a, m->sent, d->toks[m->tok0].start, d->toks[m->tok1 - 1].end);
    rc |= dy_buf_puts(&r->actors, a ? ",[" : "[");
    rc |= dy_buf_json_str(&r->actors, m->code, strlen(m->code));
    rc |= dy_buf_putc(&r->actors, ',');
    rc |= dy_buf_json_str(&r->actors, m->name, strlen(m->name));
    rc |= dy_buf_puts(&r->actors, tail);
    actor_total *t = &r->totals[r->ntotals++];
    /* snprintf's "%s\t%s", cut at the same byte */
    dy_scat(t->key, sizeof t->key, m->code, SIZE_MAX, "\t");
    size_t kl = strlen(t->key);
    dy_scopy(t->key + kl, sizeof t->key - kl, m->name);
    t->count = (int)(b - a);
    a = b;
  }
  if (!rc) rc = dy_buf_putc(&r->actors, ']');
  free(ix);
  return rc ? -1 : 0;
}

dy_store_row *dy_store_row_new(const dy_doc *d) {
  dy_store_row *r = dy_xcalloc(1, sizeof *r);
  for (int k = 0; k < 16; k++) r->hash[k] = "0123456789abcdef"[(d->hash >> (60 - 4 * k)) & 15]; /* "%016llx" */
  r->hash[16] = 0;
  dy_date_str(d->published, r->published);
  int bad = row_actors(r, d);
  /* the spans go in as one blob: rows of sentences would cost more than the rest */
  for (uint32_t i = 0; i < d->nsents && !bad; i++) {
    uint32_t v[2] = {d->sents[i].start, d->sents[i].end};
    unsigned char le[8];
    for (int k = 0; k < 8; k++) le[k] = (unsigned char)(v[k / 4] >> (8 * (k % 4)));
    bad = dy_buf_put(&r->spans, le, 8);
  }
  if (!bad && d->sig) {
    if ((r->sig = dy_xmalloc(dy_dedup_sig_size()))) dy_dedup_sig_pack(d->sig, r->sig);
    else bad = 1;
  }
  if (!bad && d->nevents && !(r->ev = dy_xmalloc(d->nevents * sizeof *r->ev))) bad = 1;
  for (uint32_t i = 0; i < d->nevents && !bad; i++) {
    dy_date_str(d->events[i].date, r->ev[i].date);
    /* the scale has one decimal: store that decimal exactly (the nearest
     * double to -9.2), not the single-precision value (-9.199999809265137) */
    char g[32];
    snprintf(g, sizeof g, "%.1f", (double)d->events[i].goldstein);
    r->ev[i].goldstein = strtod(g, NULL);
  }
  if (bad) { dy_store_row_free(r); return NULL; }
  return r;
}

void dy_store_row_free(dy_store_row *r) {
  if (!r) return;
  dy_buf_free(&r->actors);
  dy_buf_free(&r->spans);
  free(r->totals);
  free(r->sig);
  free(r->ev);
  free(r);
}

/* Runs a prepared statement of no rows (SAVEPOINT, RELEASE). */
static int run_stmt(dy_store *s, sqlite3_stmt **st, const char *sql) {
  if (prep(s, st, sql)) return -1;
  int rc = sqlite3_step(*st);
  sqlite3_reset(*st);
  return rc == SQLITE_DONE ? 0 : fail(s, sql);
}

int dy_store_put(dy_store *s, const dy_doc *d) { return dy_store_put_row(s, d, NULL); }

/* Each document in a savepoint: a failure leaves none of it in the batch. */
int dy_store_put_row(dy_store *s, const dy_doc *d, const dy_store_row *r) {
  dy_store_row *own = NULL;
  if (!r && !(r = own = dy_store_row_new(d))) { snprintf(s->err, sizeof s->err, "out of memory"); return -1; }
  if (run_stmt(s, &s->sp, "SAVEPOINT doc")) { dy_store_row_free(own); return -1; }
  int rc = put(s, d, r);
  if (rc < 0) {
    char keep[512];
    snprintf(keep, sizeof keep, "%s", s->err);
    if (!sqlite3_get_autocommit(s->db)) sqlite3_exec(s->db, "ROLLBACK TO doc; RELEASE doc", NULL, NULL, NULL);
    snprintf(s->err, sizeof s->err, "%s", keep);
  } else if (run_stmt(s, &s->rel, "RELEASE doc")) rc = -1;
  else if (rc == 1 && d->dup_of <= 0)
    for (size_t i = 0; i < r->ntotals; i++)
      if (agg_add(s, r->totals[i].key, r->totals[i].count)) { snprintf(s->err, sizeof s->err, "out of memory"); rc = -1; break; }
  dy_store_row_free(own);
  return rc;
}

/* The name of a person the document names, or "": what tells two visits
 * of IRNGOV officials apart. */
static const char *person_named(const dy_doc *d, const char *name) {
  if (!name || !*name) return "";
  for (uint32_t i = 0; i < d->nments; i++)
    if ((d->ments[i].person >= 0 || d->ments[i].kind == DY_ACT_PERSON) && !strcmp(d->ments[i].name, name)) return name;
  return "";
}

/* The link stage: the event just stored joins its happening (or starts
 * one); with hout, the event about to be stored as eid, and *hout is the
 * happening it is to be stored with. */
static int link_event(dy_store *s, const dy_doc *d, const dy_event *e, sqlite3_int64 eid, sqlite3_int64 aid, const char *date,
                      long long *hout) {
  if (!s->has_hap) return 0;
  if (!s->hap && !(s->hap = dy_hap_linker_new(s->db))) return fail(s, "prepare the happenings");
  if (e == d->events) dy_hap_begin_doc(s->hap);
  char outlet[128];
  dy_hap_outlet(d->source, d->url, aid, outlet, sizeof outlet);
  dy_hap_event he = {.id = eid, .article_id = aid, .source = e->source, .target = e->target,
                     .source_person = person_named(d, e->source_name), .target_person = person_named(d, e->target_name),
                     .code = e->code, .root = e->root, .date = date, .date_precision = dy_date_prec_name(e->date.prec),
                     .date_stated = e->date_from_text, .modality = dy_modality_name(e->modality),
                     .geo_name = e->geo_type ? e->geo_name : "", .geo_country = e->geo_type ? e->geo_cc : "",
                     .geo_adm1 = e->geo_type ? e->geo_adm1 : "", .geo_feature = e->geo_type ? e->geo_feature : "", .outlet = outlet};
  long long h = dy_hap_link_to(s->hap, &he, hout == NULL);
  if (hout) *hout = h;
  return h < 0 ? fail(s, "link the happening") : 0;
}

static int put(dy_store *s, const dy_doc *d, const dy_store_row *r) {
  /* an article with the same text is there already: nothing is written
   * (the unique hash says so, in the same step as the insert) */
  if (prep(s, &s->art, "INSERT INTO articles(doc_id,hash,path,line,url,title,source,published,date_precision,date_inferred,meta,text,"
                       "sentences,sentence_spans,sig,dup_of,actors) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                       " ON CONFLICT(hash) DO NOTHING")) return -1;
  /* the row and the document outlive the step: SQLITE_STATIC throughout */
  if (d->dup_of <= 0 && r->actors.n) sqlite3_bind_text(s->art, 17, r->actors.p, (int)r->actors.n, SQLITE_STATIC);
  bind_str(s->art, 1, d->id);
  sqlite3_bind_text(s->art, 2, r->hash, -1, SQLITE_STATIC);
  bind_str(s->art, 3, d->path);
  if (d->line > 0) sqlite3_bind_int64(s->art, 4, d->line);
  bind_str(s->art, 5, d->url);
  bind_str(s->art, 6, d->title);
  bind_str(s->art, 7, d->source);
  bind_str(s->art, 8, r->published);
  bind_str(s->art, 9, dy_date_prec_name(d->published.prec));
  sqlite3_bind_int(s->art, 10, d->date_inferred);
  bind_str(s->art, 11, d->meta);
  sqlite3_bind_text(s->art, 12, d->text, (int)d->len, SQLITE_STATIC);
  sqlite3_bind_int(s->art, 13, (int)d->nsents);
  sqlite3_bind_blob(s->art, 14, r->spans.p ? r->spans.p : "", (int)r->spans.n, SQLITE_STATIC);
  if (r->sig && d->dup_of <= 0) sqlite3_bind_blob(s->art, 15, r->sig, (int)dy_dedup_sig_size(), SQLITE_STATIC);
  if (d->dup_of > 0) sqlite3_bind_int64(s->art, 16, d->dup_of);
  if (sqlite3_step(s->art) != SQLITE_DONE) return fail(s, "insert article");
  if (sqlite3_changes(s->db) == 0) return 0;
  sqlite3_int64 aid = sqlite3_last_insert_rowid(s->db);
  s->last_id = aid;
  if (d->dup_of > 0) return 1; /* a repost: its events are the original's */
#define EV_COLS "article_id,sentence,date,date_precision,date_source,source,source_name,target,target_name," \
                "code,root,quad,goldstein,modality,src_start,src_end,verb_start,verb_end,tgt_start,tgt_end,sent_start,sent_end," \
                "geo_type,geo_name,geo_country,geo_adm1,geo_lat,geo_lon,geo_feature,geo_id," \
                "attributed_to,attributed_code,attr_start,attr_end"
#define EV_VALS "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?"
  /* With happenings, each event is linked before it is stored, and stored
   * with its happening: no UPDATE of the row just written. Its id is then
   * bound, the one SQLite would give it (max(id) + 1: the table has no
   * AUTOINCREMENT, and the document's savepoint holds the write lock). */
  sqlite3_int64 next_eid = 0;
  int ahead = 0;
  if (s->has_hap && d->nevents) {
    if (prep(s, &s->maxev, "SELECT max(id) FROM events")) return -1;
    if (sqlite3_step(s->maxev) != SQLITE_ROW) return fail(s, "read the last event id");
    sqlite3_int64 mx = sqlite3_column_int64(s->maxev, 0); /* 0 for NULL: an empty table */
    sqlite3_reset(s->maxev);
    if (mx >= 0 && mx < INT64_MAX - (sqlite3_int64)d->nevents) { ahead = 1; next_eid = mx + 1; }
  }
  sqlite3_stmt **evp = ahead ? &s->evh : &s->ev;
  if (prep(s, evp, ahead ? "INSERT INTO events(" EV_COLS ",id,happening_id) VALUES(" EV_VALS ",?,?)"
                         : "INSERT INTO events(" EV_COLS ") VALUES(" EV_VALS ")")) return -1;
  sqlite3_stmt *ev = *evp;
  for (uint32_t i = 0; i < d->nevents; i++) {
    const dy_event *e = &d->events[i];
    const dy_sent *se = &d->sents[e->sent];
    const char *date = r->ev[i].date;
    sqlite3_int64 eid = 0;
    if (ahead) {
      long long h;
      eid = next_eid++;
      if (link_event(s, d, e, eid, aid, date, &h)) return -1;
      sqlite3_reset(ev);
      sqlite3_bind_int64(ev, 35, eid);
      sqlite3_bind_int64(ev, 36, h);
    } else sqlite3_reset(ev);
    sqlite3_bind_int64(ev, 1, aid);
    sqlite3_bind_int(ev, 2, (int)e->sent);
    bind_str(ev, 3, date);
    bind_str(ev, 4, dy_date_prec_name(e->date.prec));
    sqlite3_bind_text(ev, 5, e->date_from_text ? "sentence" : "article", -1, SQLITE_STATIC);
    bind_str(ev, 6, e->source);
    bind_str(ev, 7, e->source_name);
    bind_str(ev, 8, e->target);
    bind_str(ev, 9, e->target_name);
    sqlite3_bind_text(ev, 10, e->code, -1, SQLITE_STATIC);
    sqlite3_bind_text(ev, 11, e->root, -1, SQLITE_STATIC);
    sqlite3_bind_int(ev, 12, e->quad);
    sqlite3_bind_double(ev, 13, r->ev[i].goldstein);
    sqlite3_bind_text(ev, 14, dy_modality_name(e->modality), -1, SQLITE_STATIC);
    /* spans are stored relative to the sentence */
    int spans[6] = {(int)e->src_start, (int)e->src_end, (int)e->verb_start, (int)e->verb_end, (int)e->tgt_start, (int)e->tgt_end};
    for (int k = 0; k < 6; k++) {
      if (spans[k / 2 * 2 + 1] > 0) sqlite3_bind_int(ev, 15 + k, spans[k] - (int)se->start);
      else sqlite3_bind_null(ev, 15 + k);
    }
    sqlite3_bind_int(ev, 21, (int)se->start);
    sqlite3_bind_int(ev, 22, (int)se->end);
    if (e->geo_type) {
      sqlite3_bind_int(ev, 23, e->geo_type);
      bind_str(ev, 24, e->geo_name);
      bind_str(ev, 25, e->geo_cc);
      bind_str(ev, 26, e->geo_adm1);
      if (e->geo_has_coord) { sqlite3_bind_double(ev, 27, e->lat); sqlite3_bind_double(ev, 28, e->lon); }
      else { sqlite3_bind_null(ev, 27); sqlite3_bind_null(ev, 28); }
      bind_str(ev, 29, e->geo_feature);
      if (e->geo_id) sqlite3_bind_int(ev, 30, e->geo_id);
      else sqlite3_bind_null(ev, 30);
    } else
      for (int k = 23; k <= 30; k++) sqlite3_bind_null(ev, k);
    /* the attribution, its span relative to the sentence like the others' */
    if (e->attr_name[0]) {
      bind_str(ev, 31, e->attr_name);
      bind_str(ev, 32, e->attr_code);
      if (e->attr_end > e->attr_start && e->attr_start >= se->start && e->attr_end <= se->end) {
        sqlite3_bind_int(ev, 33, (int)(e->attr_start - se->start));
        sqlite3_bind_int(ev, 34, (int)(e->attr_end - se->start));
      } else { sqlite3_bind_null(ev, 33); sqlite3_bind_null(ev, 34); }
    } else
      for (int k = 31; k <= 34; k++) sqlite3_bind_null(ev, k);
    if (sqlite3_step(ev) != SQLITE_DONE) return fail(s, "insert event");
    if (!ahead && link_event(s, d, e, sqlite3_last_insert_rowid(s->db), aid, date, NULL)) return -1;
  }
  return put_facts(s, d, aid);
}

sqlite3 *dy_store_sqlite(dy_store *s) { return s->db; }

/* The quotes and figures of a stored original. */
static int put_facts(dy_store *s, const dy_doc *d, sqlite3_int64 aid) {
  static const char *const KIND[] = {"", "direct", "reported"};
  static const char *const APPROX[] = {NULL, "about", "at least", "at most"};
  if (d->nquotes && prep(s, &s->qt, "INSERT INTO quotes(article_id,sentence,kind,start,end,speaker,speaker_start,speaker_end,via,affiliation,actor)"
                                    " VALUES(?,?,?,?,?,?,?,?,?,?,?)")) return -1;
  for (uint32_t i = 0; i < d->nquotes; i++) {
    const dy_quote *q = &d->quotes[i];
    sqlite3_reset(s->qt);
    sqlite3_bind_int64(s->qt, 1, aid);
    sqlite3_bind_int(s->qt, 2, (int)q->sent);
    sqlite3_bind_text(s->qt, 3, KIND[q->kind <= 2 ? q->kind : 0], -1, SQLITE_STATIC);
    sqlite3_bind_int(s->qt, 4, (int)q->start);
    sqlite3_bind_int(s->qt, 5, (int)q->end);
    bind_str(s->qt, 6, q->speaker);
    if (q->sp_end > 0) { sqlite3_bind_int(s->qt, 7, (int)q->sp_start); sqlite3_bind_int(s->qt, 8, (int)q->sp_end); }
    else { sqlite3_bind_null(s->qt, 7); sqlite3_bind_null(s->qt, 8); }
    bind_str(s->qt, 9, dy_quote_via_name(q->via));
    bind_str(s->qt, 10, q->affil);
    bind_str(s->qt, 11, q->code);
    if (sqlite3_step(s->qt) != SQLITE_DONE) return fail(s, "insert quote");
  }
  if (d->nfigs && prep(s, &s->fg, "INSERT INTO figures(article_id,sentence,start,end,value,unit,usd,measure,kind,approx,actors)"
                                   " VALUES(?,?,?,?,?,?,?,?,?,?,?)")) return -1;
  for (uint32_t i = 0; i < d->nfigs; i++) {
    const dy_figure *f = &d->figs[i];
    sqlite3_reset(s->fg);
    sqlite3_bind_int64(s->fg, 1, aid);
    sqlite3_bind_int(s->fg, 2, (int)f->sent);
    sqlite3_bind_int(s->fg, 3, (int)f->start);
    sqlite3_bind_int(s->fg, 4, (int)f->end);
    sqlite3_bind_double(s->fg, 5, f->value);
    bind_str(s->fg, 6, f->unit);
    if (f->usd >= 0) sqlite3_bind_double(s->fg, 7, f->usd);
    else sqlite3_bind_null(s->fg, 7);
    bind_str(s->fg, 8, f->measure);
    sqlite3_bind_text(s->fg, 9, f->target ? "target" : "current", -1, SQLITE_STATIC);
    bind_str(s->fg, 10, APPROX[f->approx <= 3 ? f->approx : 0]);
    bind_str(s->fg, 11, f->actors);
    if (sqlite3_step(s->fg) != SQLITE_DONE) return fail(s, "insert figure");
  }
  static const char *const CUE[] = {NULL, "locative", "direction"};
  if (d->nplaces && prep(s, &s->pl, "INSERT INTO places(article_id,sentence,start,end,name,place,feature,country,adm1,lat,lon,geonameid,cue,actor)"
                                    " VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) return -1;
  for (uint32_t i = 0; i < d->nplaces; i++) {
    const dy_place *p = &d->places[i];
    sqlite3_reset(s->pl);
    sqlite3_bind_int64(s->pl, 1, aid);
    sqlite3_bind_int(s->pl, 2, (int)p->sent);
    sqlite3_bind_int(s->pl, 3, (int)p->start);
    sqlite3_bind_int(s->pl, 4, (int)p->end);
    sqlite3_bind_text(s->pl, 5, d->text + p->start, (int)(p->end - p->start), SQLITE_STATIC);
    sqlite3_bind_text(s->pl, 6, p->name, -1, SQLITE_STATIC);
    bind_str(s->pl, 7, p->feature);
    bind_str(s->pl, 8, p->cc);
    bind_str(s->pl, 9, p->adm1);
    if (p->has_coord) { sqlite3_bind_double(s->pl, 10, p->lat); sqlite3_bind_double(s->pl, 11, p->lon); }
    else { sqlite3_bind_null(s->pl, 10); sqlite3_bind_null(s->pl, 11); }
    if (p->geonameid) sqlite3_bind_int(s->pl, 12, p->geonameid);
    else sqlite3_bind_null(s->pl, 12);
    bind_str(s->pl, 13, CUE[p->cue <= 2 ? p->cue : 0]);
    sqlite3_bind_int(s->pl, 14, p->actor);
    if (sqlite3_step(s->pl) != SQLITE_DONE) return fail(s, "insert place");
  }
  return 1;
}

/* ---- queries ---------------------------------------------------------------- */

static const char *col(sqlite3_stmt *st, int i) {
  const unsigned char *t = sqlite3_column_text(st, i);
  return t ? (const char *)t : "";
}

int dy_store_events(dy_store *s, const dy_query *q, dy_event_cb cb, void *user) {
  dy_buf sql = {0};
  dy_buf_puts(&sql,
    "SELECT e.id, e.article_id, e.sentence, a.doc_id, a.path, a.title, a.url, a.source, a.published,"
    " e.date, e.date_precision, e.date_source, e.source, e.source_name, e.target, e.target_name,"
    " e.code, e.root, e.modality, e.quad, e.goldstein,"
    " CAST(substr(CAST(a.text AS BLOB), e.sent_start + 1, e.sent_end - e.sent_start) AS TEXT)," /* byte offsets */
    " e.src_start, e.src_end, e.verb_start, e.verb_end, e.tgt_start, e.tgt_end,");
  dy_buf_puts(&sql, s->has_geo ? " e.geo_type, e.geo_name, e.geo_country, e.geo_adm1, e.geo_lat, e.geo_lon, e.geo_feature, e.geo_id"
                               : " 0, NULL, NULL, NULL, NULL, NULL, NULL, NULL");
  dy_buf_puts(&sql, s->has_attr ? ", e.attributed_to, e.attributed_code, e.attr_start, e.attr_end" : ", NULL, NULL, NULL, NULL");
  dy_buf_puts(&sql, ", a.ingested_at");
  /* the source's words are a place the sentence names (the coder's rule place-source) */
  dy_buf_puts(&sql, s->has_places ? ", EXISTS (SELECT 1 FROM places p WHERE p.article_id = e.article_id AND p.sentence = e.sentence"
                                    " AND p.actor = 0 AND p.start = e.sent_start + e.src_start AND p.end = e.sent_start + e.src_end)"
                                  : ", 0");
  dy_buf_puts(&sql, s->has_hap ? ", e.happening_id, h.num_mentions, h.num_sources, h.num_articles FROM events e JOIN articles a ON a.id = e.article_id"
                                 " LEFT JOIN happenings h ON h.id = e.happening_id WHERE 1"
                               : ", NULL, NULL, NULL, NULL FROM events e JOIN articles a ON a.id = e.article_id WHERE 1");
  int n = 0;
  const char *binds[16];
  /* code prefixes as ranges, so the indexes serve them: codes are capitals
   * and digits, all below '~' */
#define PREFIX(col) " (" col " >= ? AND " col " < ? || '~')"
  if (q->actor) { dy_buf_puts(&sql, " AND (" PREFIX("e.source") " OR " PREFIX("e.target") ")"); for (int k = 0; k < 4; k++) binds[n++] = q->actor; }
  if (q->dyad_a && q->dyad_b) {
    dy_buf_puts(&sql, " AND ((" PREFIX("e.source") " AND " PREFIX("e.target") ") OR (" PREFIX("e.source") " AND " PREFIX("e.target") "))");
    const char *order[4] = {q->dyad_a, q->dyad_b, q->dyad_b, q->dyad_a};
    for (int k = 0; k < 4; k++) { binds[n++] = order[k]; binds[n++] = order[k]; }
  }
#undef PREFIX
  /* dates are intervals: "2024" is the year, "2024-06" the month, "2020s"
   * the decade. An event is kept when its interval overlaps the query's:
   * the two dates compare on the length of the shorter */
#define DLEN "min(CASE WHEN e.date LIKE '%s' THEN 3 ELSE length(e.date) END, length(:since))"
  if (q->since) dy_buf_puts(&sql, " AND substr(e.date, 1, " DLEN ") >= substr(:since, 1, " DLEN ")");
#undef DLEN
#define DLEN "min(CASE WHEN e.date LIKE '%s' THEN 3 ELSE length(e.date) END, length(:until))"
  if (q->until) dy_buf_puts(&sql, " AND substr(e.date, 1, " DLEN ") <= substr(:until, 1, " DLEN ")");
#undef DLEN
  if (q->root) dy_buf_puts(&sql, " AND e.root = :root");
  if (q->quad) dy_buf_printf(&sql, " AND e.quad = %d", q->quad);
  if (!q->all) dy_buf_puts(&sql, " AND e.modality = 'asserted'");
  dy_buf_puts(&sql, " ORDER BY e.date, e.article_id, e.sentence, e.id");
  if (q->limit > 0) dy_buf_printf(&sql, " LIMIT %ld", q->limit);
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, sql.p, -1, &st, NULL) != SQLITE_OK) { dy_buf_free(&sql); return fail(s, "query"); }
  dy_buf_free(&sql);
  int k = 1;
  for (int i = 0; i < n; i++) sqlite3_bind_text(st, k++, binds[i], -1, SQLITE_STATIC);
  if (q->root) sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":root"), q->root, -1, SQLITE_STATIC);
  if (q->since) sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":since"), q->since, -1, SQLITE_STATIC);
  if (q->until) sqlite3_bind_text(st, sqlite3_bind_parameter_index(st, ":until"), q->until, -1, SQLITE_STATIC);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    dy_event_row r;
    memset(&r, 0, sizeof r);
    r.id = sqlite3_column_int64(st, 0);
    r.article_id = sqlite3_column_int64(st, 1);
    r.sentence = sqlite3_column_int(st, 2);
    r.doc_id = col(st, 3); r.doc_path = col(st, 4); r.doc_title = col(st, 5); r.doc_url = col(st, 6);
    r.doc_source = col(st, 7); r.published = col(st, 8);
    r.date = col(st, 9); r.date_precision = col(st, 10); r.date_source = col(st, 11);
    r.source = col(st, 12); r.source_name = col(st, 13); r.target = col(st, 14); r.target_name = col(st, 15);
    r.code = col(st, 16); r.root = col(st, 17); r.modality = col(st, 18);
    r.quad = sqlite3_column_int(st, 19);
    r.goldstein = sqlite3_column_double(st, 20);
    r.sentence_text = col(st, 21);
    r.sentence_len = sqlite3_column_bytes(st, 21);
    int *sp[6] = {&r.src_start, &r.src_end, &r.verb_start, &r.verb_end, &r.tgt_start, &r.tgt_end};
    for (int i = 0; i < 6; i++) *sp[i] = sqlite3_column_type(st, 22 + i) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 22 + i);
    r.geo_type = sqlite3_column_int(st, 28);
    r.geo_name = col(st, 29); r.geo_country = col(st, 30); r.geo_adm1 = col(st, 31);
    r.geo_has_coord = sqlite3_column_type(st, 32) != SQLITE_NULL;
    r.geo_lat = sqlite3_column_double(st, 32);
    r.geo_lon = sqlite3_column_double(st, 33);
    r.geo_feature = col(st, 34);
    r.geo_id = sqlite3_column_int64(st, 35);
    r.attributed_to = col(st, 36);
    r.attributed_code = col(st, 37);
    r.attr_start = sqlite3_column_type(st, 38) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 38);
    r.attr_end = sqlite3_column_type(st, 39) == SQLITE_NULL ? -1 : sqlite3_column_int(st, 39);
    r.ingested_at = col(st, 40);
    r.src_place = sqlite3_column_int(st, 41);
    r.happening_id = sqlite3_column_type(st, 42) == SQLITE_NULL ? r.id : sqlite3_column_int64(st, 42);
    r.num_mentions = sqlite3_column_type(st, 43) == SQLITE_NULL ? 1 : sqlite3_column_int(st, 43);
    r.num_sources = sqlite3_column_type(st, 44) == SQLITE_NULL ? 1 : sqlite3_column_int(st, 44);
    r.num_articles = sqlite3_column_type(st, 45) == SQLITE_NULL ? 1 : sqlite3_column_int(st, 45);
    if (cb(user, &r)) break;
  }
  int bad = rc != SQLITE_ROW && rc != SQLITE_DONE;
  if (bad) fail(s, "query");
  sqlite3_finalize(st);
  return bad ? -1 : 0;
}

int dy_store_actors(dy_store *s, dy_actor_cb cb, void *user) {
  static const char SQL[] =
    "WITH m AS (SELECT code, name, mentions n FROM actor_mentions),"
    " best AS (SELECT code, name, max(n) FROM m GROUP BY code),"
    " mc AS (SELECT code, sum(n) n FROM m GROUP BY code),"
    " src AS (SELECT source code, count(*) n FROM events WHERE modality='asserted' GROUP BY source),"
    " tgt AS (SELECT target code, count(*) n FROM events WHERE modality='asserted' GROUP BY target)"
    " SELECT mc.code, best.name, mc.n, coalesce(src.n,0), coalesce(tgt.n,0) FROM mc JOIN best USING(code)"
    " LEFT JOIN src USING(code) LEFT JOIN tgt USING(code)"
    " ORDER BY coalesce(src.n,0)+coalesce(tgt.n,0) DESC, mc.n DESC, mc.code";
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, SQL, -1, &st, NULL) != SQLITE_OK) return fail(s, "actors");
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    dy_actor_row r = {col(st, 0), col(st, 1), sqlite3_column_int64(st, 2), sqlite3_column_int64(st, 3), sqlite3_column_int64(st, 4)};
    if (cb(user, &r)) { rc = SQLITE_DONE; break; }
  }
  int bad = rc != SQLITE_DONE;
  if (bad) fail(s, "actors");
  sqlite3_finalize(st);
  return bad ? -1 : 0;
}

int dy_store_article(dy_store *s, long long id, dy_article_row *out) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, "SELECT id, doc_id, path, title, source, url, published, date_inferred FROM articles WHERE id=?", -1, &st, NULL) != SQLITE_OK)
    return fail(s, "article");
  sqlite3_bind_int64(st, 1, id);
  int rc = -1;
  dy_buf_free(&s->sentbuf);
  if (sqlite3_step(st) == SQLITE_ROW) {
    /* copy the strings into one buffer owned by the store */
    size_t off[6];
    for (int i = 0; i < 6; i++) {
      off[i] = s->sentbuf.n;
      dy_buf_puts(&s->sentbuf, col(st, 1 + i));
      dy_buf_putc(&s->sentbuf, 0);
    }
    out->id = sqlite3_column_int64(st, 0);
    out->doc_id = s->sentbuf.p + off[0]; out->path = s->sentbuf.p + off[1]; out->title = s->sentbuf.p + off[2];
    out->source = s->sentbuf.p + off[3]; out->url = s->sentbuf.p + off[4]; out->published = s->sentbuf.p + off[5];
    out->date_inferred = sqlite3_column_int(st, 7);
    rc = 0;
  }
  sqlite3_finalize(st);
  return rc;
}

long long dy_store_last_id(dy_store *s) { return s->last_id; }

int dy_store_signatures(dy_store *s, long max, int (*cb)(void *user, long long id, const void *sig, size_t n), void *user) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, "SELECT id, sig FROM articles WHERE sig IS NOT NULL AND dup_of IS NULL ORDER BY id DESC LIMIT ?",
                         -1, &st, NULL) != SQLITE_OK)
    return fail(s, "signatures");
  sqlite3_bind_int64(st, 1, max);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW)
    if (cb(user, sqlite3_column_int64(st, 0), sqlite3_column_blob(st, 1), (size_t)sqlite3_column_bytes(st, 1))) { rc = SQLITE_DONE; break; }
  int bad = rc != SQLITE_DONE;
  if (bad) fail(s, "signatures");
  sqlite3_finalize(st);
  return bad ? -1 : 0;
}

long long dy_store_new_signatures(dy_store *s, long long after, int (*cb)(void *user, long long id, const void *sig, size_t n), void *user) {
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, "SELECT id, sig FROM articles WHERE id > ? AND sig IS NOT NULL AND dup_of IS NULL ORDER BY id",
                         -1, &st, NULL) != SQLITE_OK)
    return fail(s, "signatures");
  sqlite3_bind_int64(st, 1, after);
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) cb(user, sqlite3_column_int64(st, 0), sqlite3_column_blob(st, 1), (size_t)sqlite3_column_bytes(st, 1));
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) return fail(s, "signatures");
  int vrc;
  long long max = one_int(s->db, "SELECT coalesce(max(id), 0) FROM articles", 0, &vrc);
  return vrc == SQLITE_OK ? max : fail(s, "signatures");
}

long dy_store_count(dy_store *s, const char *table) {
  static const char *const OK[] = {"articles", "mentions", "events", "quotes", "figures", "places", NULL};
  int ok = 0;
  for (int i = 0; OK[i]; i++) if (strcmp(OK[i], table) == 0) ok = 1;
  if (!ok) return -1;
  char sql[64];
  snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(s->db, sql, -1, &st, NULL) != SQLITE_OK) return -1;
  long n = sqlite3_step(st) == SQLITE_ROW ? (long)sqlite3_column_int64(st, 0) : -1;
  sqlite3_finalize(st);
  return n;
}

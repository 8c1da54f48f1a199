/* store.h: the event store. SQLite in WAL mode is the embedded default;
 * articles, sentences, actor mentions and events with their spans. */
#ifndef DYAD_STORE_H
#define DYAD_STORE_H

#include "../doc.h"

typedef struct dy_store dy_store;

/* Opens (creating if needed) the store at path. On failure returns NULL
 * and writes the reason to why. */
dy_store *dy_store_open(const char *path, int readonly, char *why, size_t nwhy);
void dy_store_close(dy_store *s);
const char *dy_store_errmsg(dy_store *s);

/* Opening for writing refuses a file that is not a dyad store (another
 * program's tables are left untouched), records the schema version in
 * PRAGMA user_version and migrates older stores. Opening read-only works on
 * read-only files and mounts. */

/* Batched writes: begin, put documents, commit (or roll back). */
int dy_store_begin(dy_store *s);
int dy_store_commit(dy_store *s);
void dy_store_rollback(dy_store *s);
/* 1 when the store can take no more writes (a full disk, an I/O error). */
int dy_store_fatal(dy_store *s);
/* Records an ingest run: the versions of the code and the dictionaries. */
int dy_store_record_ingest(dy_store *s, const char *dyad_version, const char *dict_version);
/* Calls cb with each original article's signature stored after id after
 * (by other writers: call inside the write transaction); returns the
 * highest article id in the store, or -1. */
long long dy_store_new_signatures(dy_store *s, long long after, int (*cb)(void *user, long long id, const void *sig, size_t n), void *user);
/* Stores an annotated document. Returns 1 when stored, 0 when an article
 * with the same text was already stored (nothing written), -1 on error.
 * A document with d->dup_of > 0 (a near-duplicate) is stored as an article
 * row linked to that one, without its mentions and events; d->sig, when
 * set, is kept so the near-duplicate index can be rebuilt. */
int dy_store_put(dy_store *s, const dy_doc *d);

/* What dy_store_put writes for a document, serialised ahead of it: the
 * text hash, the dates, the actors' JSON and their totals, the sentence
 * spans, the packed signature, each event's date and Goldstein score. Made
 * by a worker thread (it reads d only and touches no store), so that the
 * one writer only steps statements. NULL when out of memory. */
typedef struct dy_store_row dy_store_row;
dy_store_row *dy_store_row_new(const dy_doc *d);
void dy_store_row_free(dy_store_row *r); /* NULL is a no-op */
/* dy_store_put with the row made for d (or NULL: made here). */
int dy_store_put_row(dy_store *s, const dy_doc *d, const dy_store_row *r);
/* The id of the article the last dy_store_put stored. */
long long dy_store_last_id(dy_store *s);
/* Calls cb with the packed signature of each stored original article, the
 * newest max first. */
int dy_store_signatures(dy_store *s, long max, int (*cb)(void *user, long long id, const void *sig, size_t n), void *user);

/* An event as read back, with its article and sentence. Strings belong to
 * the store and stay valid until the next row. */
typedef struct {
  long long id, article_id;
  int sentence;
  const char *doc_id, *doc_path, *doc_title, *doc_url, *doc_source, *published;
  const char *date, *date_precision, *date_source;
  const char *source, *source_name, *target, *target_name;
  const char *code, *root, *modality, *plover;
  int quad;
  double goldstein;
  const char *sentence_text;
  int sentence_len;
  int src_start, src_end, verb_start, verb_end, tgt_start, tgt_end; /* bytes in the sentence */
  /* who reported it (code/attrib.c): "" when the sentence names no one;
   * attr_start, attr_end the speaker's bytes in the sentence, -1 when not in it */
  const char *attributed_to, *attributed_code;
  int attr_start, attr_end;
  const char *ingested_at;    /* when the article was stored (YYYY-MM-DDTHH:MM:SSZ), or NULL */
  int src_place;              /* the source's words are a place the sentence names: the coder took its state for the actor of an act no one is named to have done (rule place-source) */
  /* where (extract/places.c): geo_type 0 when the sentence names no place */
  int geo_type, geo_has_coord;
  const char *geo_name, *geo_country, *geo_adm1, *geo_feature;
  double geo_lat, geo_lon;
  long long geo_id;
  /* the happening it reports (link/happen.h): its id (the id of its first
   * event) and GDELT's counts; an event of a store without happenings is its own, 1 1 1 */
  long long happening_id;
  int num_mentions, num_sources, num_articles;
} dy_event_row;

typedef struct {
  const char *actor;          /* prefix match on source or target */
  const char *dyad_a, *dyad_b;/* either direction */
  const char *since, *until;  /* YYYY-MM-DD */
  const char *root;           /* two digits */
  int quad;                   /* 0 any */
  int all;                    /* include non-asserted modalities */
  long limit;                 /* 0 none */
} dy_query;

typedef int (*dy_event_cb)(void *user, const dy_event_row *r);
int dy_store_events(dy_store *s, const dy_query *q, dy_event_cb cb, void *user);

/* Actors by mentions and events. */
typedef struct { const char *code, *name; long mentions, events_as_source, events_as_target; } dy_actor_row;
typedef int (*dy_actor_cb)(void *user, const dy_actor_row *r);
int dy_store_actors(dy_store *s, dy_actor_cb cb, void *user);

/* Article metadata by id (strings valid until the next call). */
typedef struct { long long id; const char *doc_id, *path, *title, *source, *url, *published; int date_inferred; } dy_article_row;
int dy_store_article(dy_store *s, long long id, dy_article_row *out);

long dy_store_count(dy_store *s, const char *table);

/* The SQLite handle, for the queries of quotes, figures and claims (render/facts.c). */
struct sqlite3;
struct sqlite3 *dy_store_sqlite(dy_store *s);

#endif

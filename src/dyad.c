/* dyad.c: the public API: the pipeline (a reader, N annotating workers and
 * one writer, with a bounded number of documents in flight) and the
 * commands built on it. */
#include "dyad.h"
#include "annotate.h"
#include "code/coder.h"
#include "extract/docdate.h"
#include "extract/figures.h"
#include "lexicon/import.h"
#include "lexicon/lexicon.h"
#include "code/clause.h"
#include "link/dedup.h"
#include "read/read.h"
#include "render/render.h"
#include "render/analysis.h"
#include <sqlite3.h>
#include "store/store.h"
#include "text/text.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <ftw.h>

_Static_assert((int)DYAD_FMT_LINES == (int)DY_FMT_LINES && (int)DYAD_FMT_FEED == (int)DY_FMT_FEED, "format numbers agree");
_Static_assert((int)DYAD_OUT_GDELT == (int)DY_OUT_GDELT && (int)DYAD_OUT_JSON == (int)DY_OUT_JSON, "output numbers agree");

static double now_s(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

const char *dyad_data_dir(void) {
  static char dir[PATH_MAX];
  const char *env = getenv("DYAD_DATA");
  if (env && *env) return env;
#ifdef DYAD_DATADIR
  /* set by make install: the installed dictionaries */
  if (access(DYAD_DATADIR "/verbs.txt", R_OK) == 0) return DYAD_DATADIR;
#endif
  char exe[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", exe, sizeof exe - 1);
  if (n > 0) {
    exe[n] = 0;
    char *slash = strrchr(exe, '/');
    if (slash) {
      *slash = 0;
      const char *try[] = {"%s/../data", "%s/../../data", "%s/../share/dyad/data", NULL};
      for (int i = 0; try[i]; i++) {
        char cand[PATH_MAX + 32], probe[PATH_MAX + 64];
        snprintf(cand, sizeof cand, try[i], exe);
        snprintf(probe, sizeof probe, "%s/verbs.txt", cand);
        if (access(probe, R_OK) == 0 && realpath(cand, dir)) return dir;
      }
    }
  }
  return "data";
}

int dyad_dict_version(const char *dir, char *buf, size_t n) { return dy_lex_dict_version(dir, buf, n); }

/* The dictionaries, and beside them the parser and event model of the
 * parse-based coder when the data directory has them (without them the
 * dictionary coder codes alone). */
dyad_lexicon *dyad_lexicon_load(const char *dir, int *nerr, char *why, size_t nwhy) {
  return dyad_lexicon_load_coder(dir, 0, nerr, why, nwhy);
}

dyad_lexicon *dyad_lexicon_load_coder(const char *dir, int dictionary_only, int *nerr, char *why, size_t nwhy) {
  return dyad_lexicon_load_dicts(dir, NULL, 0, dictionary_only, nerr, why, nwhy);
}

/* The coder's models, loaded on a thread of their own while the lexicon
 * loads (neither reads the other, nor any state but its own). */
typedef struct { const char *dir; dy_coder_models *m; char why[512]; } models_job;
static void *load_models(void *arg) {
  models_job *j = arg;
  j->m = dy_coder_models_load(j->dir, 1, j->why, sizeof j->why);
  return NULL;
}

dyad_lexicon *dyad_lexicon_load_dicts(const char *dir, const char *const *dicts, int ndicts, int dictionary_only, int *nerr,
                                      char *why, size_t nwhy) {
  models_job job = {.dir = dir};
  pthread_t th;
  int threaded = !dictionary_only && pthread_create(&th, NULL, load_models, &job) == 0;
  dy_lexicon *lx = dy_lexicon_load_with(dir, dicts, ndicts, NULL, nerr, why, nwhy);
  if (threaded) pthread_join(th, NULL);
  if (!lx || dictionary_only) {
    if (job.m) dy_coder_models_free(job.m);
    return lx;
  }
  if (!threaded) load_models(&job);
  char *mwhy = job.why;
  dy_coder_models *m = job.m;
  if (m) dy_lex_attach(lx, m, dy_coder_models_free);
  else {
    /* a data directory with a coder that cannot load is said so: the
     * dictionary coder alone is another, less accurate coder */
    char cdir[4096];
    struct stat stc;
    snprintf(cdir, sizeof cdir, "%s/coder", dir);
    if (stat(cdir, &stc) == 0) dy_warn(NULL, 0, "%s; the parse-based coder is off, the dictionary coder codes alone", mwhy);
  }
  return lx;
}
void dyad_lexicon_free(dyad_lexicon *lx) { dy_lexicon_free(lx); }

int dyad_dict_check(const char *dir, FILE *out) { return dyad_dict_check_dicts(dir, NULL, 0, out); }

int dyad_dict_check_dicts(const char *dir, const char *const *dicts, int ndicts, FILE *out) {
  int nerr = 0;
  char why[512];
  dy_import_stats ist;
  dy_lexicon *lx = dy_lexicon_load_with(dir, dicts, ndicts, &ist, &nerr, why, sizeof why);
  if (!lx) { fprintf(out, "dyad: %s\n", why); return -1; }
  nerr += dy_lex_gazetteer_problems(lx);
  dy_lex_stats s;
  dy_lex_get_stats(lx, &s);
  fprintf(out, "%s: %d countries, %d sector phrases, %d titles, %d people with %d roles, %d organisation names, "
          "%d verb patterns, %d CAMEO codes; %d phrases over %d distinct tokens; %d problem%s\n",
          dir, s.countries, s.sectors, s.titles, s.people, s.roles, s.orgs, s.patterns, s.cameo, s.phrases, s.tokens,
          nerr, nerr == 1 ? "" : "s");
  if (ndicts > 0) dy_import_print(&ist, out);
  dy_lexicon_free(lx);
  return nerr;
}

/* ---- the pipeline ------------------------------------------------------------ */

/* Where the documents go, in reading order. put runs on the writer thread;
 * row (or NULL) on a worker, right after the document is annotated: it
 * serialises ahead what put will need (freed with row_free once put), so
 * that the single writer does as little as it can; idle (or NULL) when the
 * writer had nothing to do for a second. */
typedef struct {
  int (*put)(void *u, dy_doc *d, void *row);
  void *(*row)(void *u, const dy_doc *d);
  void (*row_free)(void *row);
  void (*idle)(void *u);
  void *u;
} sink_t;

/* What one record became on a worker: its documents (a JSON Lines line
 * gives one, a page or a feed each of its stories or items), annotated, in
 * reading order, and the rows the sink serialised for them. */
typedef struct batch {
  struct batch *next; /* on the list of batches written, to be freed */
  dy_doc *rec;        /* the record as read, until a worker takes it */
  uint64_t seq;       /* the record's place in reading order */
  size_t bytes;       /* the record's bytes, as counted in flight */
  long skipped;       /* what the record held that was reported and skipped */
  size_t n, cap;
  dy_doc **d;
  void **row;
} batch;

/* The input bytes in flight at most (besides the count of records): a
 * record is always let in when nothing else is in flight. */
#define INFLIGHT_BYTES (64u << 20)

typedef struct {
  const dy_lexicon *lx; /* NULL: read only, no annotation */
  int jobs;
  size_t cap;           /* records in flight at most */
  batch **work;         /* ring of cap: records waiting for a worker */
  size_t whead, wcount;
  batch **done;         /* slot seq % cap: annotated, waiting for the writer */
  batch *trash;         /* written, to be freed by the reader */
  uint64_t next_seq, next_out;
  size_t inflight_bytes;
  int reading_done;
  int stop; /* read and written with __atomic: the writer sets it, everyone reads it */
  int idle_workers, reader_waiting; /* who waits, so that nobody is woken for nothing */
  int want_sig;                     /* compute near-duplicate signatures */
  int want_facts;                   /* extract quotes and figures (extract/quotes.c, figures.c) */
  pthread_mutex_t mu;
  pthread_cond_t cv_work, cv_done, cv_space;
  sink_t sink;
  dy_date today, fixed_date;
  dyad_run_stats *st;
  double t0, total_mb;
  int progress;
  double last_progress;
} pipe_t;

static void batch_free(const pipe_t *p, batch *b) {
  for (size_t i = 0; i < b->n; i++) {
    if (b->row[i] && p->sink.row_free) p->sink.row_free(b->row[i]);
    dy_doc_free(b->d[i]);
  }
  free(b->d);
  free(b->row);
  free(b);
}

/* dy_read_deferred's callback: one more document of the record. */
static int batch_add(void *u, dy_doc *d) {
  batch *b = u;
  if (b->n == b->cap) {
    size_t nc = dy_grow_cap(b->cap, b->n + 1);
    b->d = dy_xreallocarray(b->d, nc, sizeof *b->d);
    b->row = dy_xreallocarray(b->row, nc, sizeof *b->row);
    b->cap = nc;
  }
  b->row[b->n] = NULL;
  b->d[b->n++] = d;
  return 0;
}

/* A worker's job on one record: parse it (when the reader deferred that),
 * date, normalise, annotate and sign each of its documents, and let the
 * sink serialise them. The stories of a page are dated from the page. */
static void work_record(pipe_t *p, dy_doc *rec, batch *b) {
  dy_read_stats rs = {0};
  dy_read_deferred(rec, batch_add, b, &rs);
  b->skipped += rs.skipped;
  const dy_doc *page = NULL;
  for (size_t i = 0; i < b->n; i++) {
    dy_doc *d = b->d[i];
    if (d->age_hours >= 0 && page) dy_doc_resolve_date(d, page, p->fixed_date, p->today);
    else {
      dy_doc_resolve_date(d, NULL, p->fixed_date, p->today);
      page = d;
    }
  }
  for (size_t i = 0; i < b->n; i++) {
    dy_doc *d = b->d[i];
    if (__atomic_load_n(&p->stop, __ATOMIC_RELAXED)) return;
    dy_annotate_opts ao = {.resolve_date = 1, .given = p->fixed_date, .today = p->today, .facts = p->want_facts};
    if (dy_annotate(p->lx, d, &ao) != 0) {
      dy_warn(d->path, d->line, "out of memory while coding, skipped");
      d->skip = 1;
      continue;
    }
    if (p->want_sig && (d->sig = dy_xmalloc(sizeof(dy_dedup_sig))) && dy_dedup_signature(d->text, d->len, d->sig) != 0) {
      free(d->sig); /* too short to judge */
      d->sig = NULL;
    }
    if (p->sink.row) b->row[i] = p->sink.row(p->sink.u, d);
  }
}

static void *worker(void *arg) {
  pipe_t *p = arg;
  pthread_setname_np(pthread_self(), "dyad-worker"); /* as top -H and perf show it */
  for (;;) {
    pthread_mutex_lock(&p->mu);
    while (p->wcount == 0 && !p->reading_done) {
      p->idle_workers++;
      pthread_cond_wait(&p->cv_work, &p->mu);
      p->idle_workers--;
    }
    if (p->wcount == 0) { pthread_mutex_unlock(&p->mu); return NULL; }
    batch *b = p->work[p->whead];
    p->whead = (p->whead + 1) % p->cap;
    p->wcount--;
    pthread_mutex_unlock(&p->mu);
    dy_doc *rec = b->rec;
    b->rec = NULL;
    if (__atomic_load_n(&p->stop, __ATOMIC_RELAXED)) dy_doc_free(rec);
    else work_record(p, rec, b);
    pthread_mutex_lock(&p->mu);
    p->done[b->seq % p->cap] = b;
    /* the writer waits for done[next_out]; wake it for a batch at a time,
     * or when the queue ran dry (then nothing more will come soon) */
    if (p->done[p->next_out % p->cap] && (b->seq >= p->next_out + p->cap / 4 || p->reading_done || p->wcount == 0))
      pthread_cond_signal(&p->cv_done);
    pthread_mutex_unlock(&p->mu);
  }
}

static void *writer(void *arg) {
  pipe_t *p = arg;
  pthread_setname_np(pthread_self(), "dyad-writer");
  for (;;) {
    pthread_mutex_lock(&p->mu);
    while (!p->done[p->next_out % p->cap] && !(p->reading_done && p->next_out == p->next_seq)) {
      if (!p->sink.idle) {
        pthread_cond_wait(&p->cv_done, &p->mu);
        continue;
      }
      /* a slow stream: after a second with nothing to write, let the sink
       * finish its batch (commit) so nothing waits uncommitted */
      struct timespec until;
      clock_gettime(CLOCK_REALTIME, &until);
      until.tv_sec += 1;
      if (pthread_cond_timedwait(&p->cv_done, &p->mu, &until) == ETIMEDOUT) {
        pthread_mutex_unlock(&p->mu);
        p->sink.idle(p->sink.u);
        pthread_mutex_lock(&p->mu);
      }
    }
    batch *b = p->done[p->next_out % p->cap];
    if (!b) { pthread_mutex_unlock(&p->mu); return NULL; }
    p->done[p->next_out % p->cap] = NULL;
    pthread_mutex_unlock(&p->mu);
    __atomic_add_fetch(&p->st->skipped, b->skipped, __ATOMIC_RELAXED);
    for (size_t i = 0; i < b->n; i++) {
      dy_doc *d = b->d[i];
      if (d->skip) { __atomic_add_fetch(&p->st->skipped, 1, __ATOMIC_RELAXED); continue; }
      __atomic_add_fetch(&p->st->read, 1, __ATOMIC_RELAXED);
      if (!__atomic_load_n(&p->stop, __ATOMIC_RELAXED) && p->sink.put(p->sink.u, d, b->row[i])) {
        pthread_mutex_lock(&p->mu);
        __atomic_store_n(&p->stop, 1, __ATOMIC_RELAXED);
        pthread_cond_broadcast(&p->cv_space);
        pthread_mutex_unlock(&p->mu);
      }
    }
    /* the reader frees it: freeing is no work for the one serial thread */
    pthread_mutex_lock(&p->mu);
    b->next = p->trash;
    p->trash = b;
    p->next_out++;
    p->inflight_bytes -= b->bytes;
    if (p->reader_waiting && p->next_seq - p->next_out <= p->cap / 2 && p->inflight_bytes <= INFLIGHT_BYTES / 2)
      pthread_cond_signal(&p->cv_space);
    pthread_mutex_unlock(&p->mu);
  }
}

/* Frees the batches written so far (the reader's job). */
static void empty_trash(pipe_t *p) {
  pthread_mutex_lock(&p->mu);
  batch *t = p->trash;
  p->trash = NULL;
  pthread_mutex_unlock(&p->mu);
  while (t) {
    batch *next = t->next;
    batch_free(p, t);
    t = next;
  }
}

static void show_progress(pipe_t *p, int final) {
  double t = now_s();
  if (!p->progress || (!final && t - p->last_progress < 0.25)) return;
  p->last_progress = t;
  double el = t - p->t0, mb = p->st->mbytes;
  fprintf(stderr, "\r  %ld articles  %.1f MB  %.1f MB/s", __atomic_load_n(&p->st->read, __ATOMIC_RELAXED), mb, el > 0 ? mb / el : 0.0);
  if (p->total_mb > 0 && mb > 0 && !final) {
    double left = (p->total_mb - mb) / (mb / el);
    if (left < 0) left = 0;
    fprintf(stderr, "  %.0f%%  %d:%02d left", 100.0 * mb / p->total_mb, (int)left / 60, (int)left % 60);
  }
  fputs(final ? "\n" : "   ", stderr);
}

/* The reader's callback: hands the record (or document) to the workers,
 * waiting while too much is in flight. */
static int pipe_push(void *u, dy_doc *d) {
  pipe_t *p = u;
  size_t bytes = d->raw ? d->rawlen : d->len;
  p->st->mbytes += bytes / 1048576.0;
  empty_trash(p);
  batch *b = dy_xcalloc(1, sizeof *b);
  b->rec = d;
  b->bytes = bytes;
  pthread_mutex_lock(&p->mu);
  while ((p->next_seq - p->next_out >= p->cap || (p->inflight_bytes + bytes > INFLIGHT_BYTES && p->next_seq > p->next_out)) &&
         !p->stop) {
    p->reader_waiting = 1;
    pthread_cond_wait(&p->cv_space, &p->mu);
    p->reader_waiting = 0;
    pthread_mutex_unlock(&p->mu);
    empty_trash(p);
    pthread_mutex_lock(&p->mu);
  }
  int stop = p->stop;
  if (!stop) {
    b->seq = p->next_seq++;
    p->inflight_bytes += bytes;
    p->work[(p->whead + p->wcount) % p->cap] = b;
    p->wcount++;
    if (p->idle_workers) pthread_cond_signal(&p->cv_work);
  }
  pthread_mutex_unlock(&p->mu);
  if (stop) { dy_doc_free(d); free(b); }
  show_progress(p, 0);
  return stop;
}

static int ncores(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

typedef struct { char *const *paths; int npaths; int format; FILE *in; double total_mb; int want_sig; int want_facts; } source_t;

/* Runs the pipeline over the source: the reader (this thread) only splits
 * the input into records, the workers parse and annotate them, and the
 * sink sees the documents in reading order. */
static int run_pipeline(const dy_lexicon *lx, const dyad_run_opts *o, source_t *src, const sink_t *sink, dyad_run_stats *st) {
  pipe_t p;
  memset(&p, 0, sizeof p);
  p.lx = lx;
  p.jobs = o->jobs > 0 ? o->jobs : ncores();
  if (p.jobs > 64) p.jobs = 64;
  p.cap = (size_t)p.jobs * 8 + 8;
  p.work = dy_xcalloc(p.cap, sizeof(batch *));
  p.done = dy_xcalloc(p.cap, sizeof(batch *));
  pthread_mutex_init(&p.mu, NULL);
  pthread_cond_init(&p.cv_work, NULL);
  pthread_cond_init(&p.cv_done, NULL);
  pthread_cond_init(&p.cv_space, NULL);
  p.sink = *sink;
  p.today = dy_today();
  if (o->date && dy_date_parse_iso(o->date, &p.fixed_date) != 0) {
    dy_warn(NULL, 0, "--date %s is not a date (YYYY-MM-DD); ignored", o->date);
    memset(&p.fixed_date, 0, sizeof p.fixed_date);
  }
  p.st = st;
  if (lx && src->want_facts) dy_lex_gazetteer(lx); /* the place stage's, read now rather than in a worker */
  p.t0 = now_s();
  p.progress = o->progress;
  p.total_mb = src->total_mb;
  p.want_sig = src->want_sig;
  p.want_facts = src->want_facts;
  dy_read_init(); /* before any thread parses */
  pthread_t wt, th[64];
  if (pthread_create(&wt, NULL, writer, &p) != 0) {
    dy_warn(NULL, 0, "cannot start the writer thread");
    free(p.work); free(p.done);
    return -1;
  }
  int started = 0;
  for (int i = 0; i < p.jobs; i++)
    if (pthread_create(&th[started], NULL, worker, &p) == 0) started++;
  if (started == 0) {
    dy_warn(NULL, 0, "cannot start any worker thread");
    pthread_mutex_lock(&p.mu);
    p.reading_done = 1;
    pthread_cond_broadcast(&p.cv_done);
    pthread_mutex_unlock(&p.mu);
    pthread_join(wt, NULL);
    free(p.work); free(p.done);
    return -1;
  }
  dy_read_stats rs = {0};
  rs.defer = 1; /* every record is parsed by the workers */
  if (src->paths) {
    for (int i = 0; i < src->npaths; i++)
      if (dy_read_path(src->paths[i], src->format, pipe_push, &p, &rs)) break;
  } else {
    dy_read_fd(src->in ? fileno(src->in) : 0, "-", src->format, pipe_push, &p, &rs);
  }
  pthread_mutex_lock(&p.mu);
  p.reading_done = 1;
  pthread_cond_broadcast(&p.cv_work);
  pthread_cond_broadcast(&p.cv_done);
  pthread_mutex_unlock(&p.mu);
  for (int i = 0; i < started; i++) pthread_join(th[i], NULL);
  pthread_join(wt, NULL);
  empty_trash(&p);
  show_progress(&p, 1);
  st->files += rs.files;
  st->skipped += rs.skipped;
  st->seconds = now_s() - p.t0;
  free(p.work);
  free(p.done);
  pthread_mutex_destroy(&p.mu);
  pthread_cond_destroy(&p.cv_work);
  pthread_cond_destroy(&p.cv_done);
  pthread_cond_destroy(&p.cv_space);
  return __atomic_load_n(&p.stop, __ATOMIC_RELAXED) ? 1 : 0;
}

/* ---- ingest --------------------------------------------------------------------- */

typedef struct {
  dy_store *store;
  dyad_run_stats *st;
  int in_tx, batch;
  double tx_start;
  int failed;
  dy_dedup *idx; /* near-duplicates: the stored originals, or NULL */
  long long seen_id; /* every article up to this id is in idx (or was looked at) */
  dyad_run_stats committed; /* the counts at the last commit */
  char path[512];           /* the document being stored when the store failed */
  long line;
} ingest_ctx;

/* The newest originals the near-duplicate index starts from when a store is
 * reopened, and the most it holds (about 500 bytes each). */
#define DEDUP_RELOAD 200000
#define DEDUP_WINDOW 300000

static int load_sig(void *u, long long id, const void *sig, size_t n) {
  dy_dedup_sig s;
  if (dy_dedup_sig_unpack(sig, n, &s) == 0) dy_dedup_add(u, id, &s);
  return 0;
}

/* Another process may write the same store: BEGIN IMMEDIATE makes the
 * writers take turns, and inside the transaction the index takes in what
 * the others committed since, so an original and its repost ingested at
 * once are still recognised. */
static int ingest_begin(ingest_ctx *c) {
  if (dy_store_begin(c->store)) return -1;
  if (c->idx) {
    long long max = dy_store_new_signatures(c->store, c->seen_id, load_sig, c->idx);
    if (max < 0) return -1;
    c->seen_id = max;
  }
  c->in_tx = 1;
  c->batch = 0;
  c->tx_start = now_s();
  return 0;
}

static int ingest_commit(ingest_ctx *c) {
  c->in_tx = 0;
  if (dy_store_commit(c->store)) { c->failed = 1; return -1; }
  c->committed = *c->st;
  return 0;
}

static int ingest_sink(void *u, dy_doc *d, void *row) {
  ingest_ctx *c = u;
  if (!c->in_tx && ingest_begin(c)) {
    c->failed = 1;
    snprintf(c->path, sizeof c->path, "%s", d->path ? d->path : "-");
    c->line = d->line;
    return 1;
  }
  double sim;
  long long near = c->idx && d->sig ? dy_dedup_find(c->idx, d->sig, &sim) : -1;
  if (near > 0) d->dup_of = near;
  int rc = dy_store_put_row(c->store, d, row);
  if (rc < 0 && dy_store_fatal(c->store)) {
    /* a full disk or an I/O error: the open batch is lost, stop here */
    c->failed = 1;
    c->in_tx = 0;
    snprintf(c->path, sizeof c->path, "%s", d->path ? d->path : "-");
    c->line = d->line;
    dy_store_rollback(c->store);
    return 1;
  }
  if (rc < 0) {
    dy_warn(d->path, d->line, "not stored: %s", dy_store_errmsg(c->store));
    __atomic_add_fetch(&c->st->skipped, 1, __ATOMIC_RELAXED);
  } else if (rc == 0) c->st->duplicates++;
  else if (d->dup_of > 0) c->st->near_duplicates++;
  else {
    c->st->stored++;
    c->st->sentences += d->nsents;
    c->st->parsed += d->nparsed;
    c->st->events += d->nevents;
    /* memory stays bounded: past DEDUP_WINDOW articles the index starts
     * anew (reposts come within days of the first copy) */
    if (c->idx && dy_dedup_count(c->idx) >= DEDUP_WINDOW) {
      dy_dedup_free(c->idx);
      c->idx = dy_dedup_new();
    }
    if (c->idx && d->sig && dy_dedup_add(c->idx, dy_store_last_id(c->store), d->sig) != 0) dy_warn(NULL, 0, "out of memory");
  }
  if (rc != 0 && dy_store_last_id(c->store) > c->seen_id) c->seen_id = dy_store_last_id(c->store);
  if (++c->batch >= 2000 || now_s() - c->tx_start > 1.0) {
    if (ingest_commit(c)) return 1;
  }
  return 0;
}

/* On a worker: the document's rows, serialised for the writer. */
static void *ingest_row(void *u, const dy_doc *d) { (void)u; return dy_store_row_new(d); }
static void ingest_row_free(void *row) { dy_store_row_free(row); }

/* Nothing came for a second: commit what the batch holds. */
static void ingest_idle(void *u) {
  ingest_ctx *c = u;
  if (!c->in_tx || c->failed) return;
  ingest_commit(c);
}

static _Thread_local double total_mb; /* nftw has no user pointer */
static int add_size(const char *path, const struct stat *sb, int flag, struct FTW *f) {
  (void)path; (void)f;
  if (flag == FTW_F) total_mb += sb->st_size / 1048576.0;
  return 0;
}

int dyad_ingest(const dyad_lexicon *lx, const char *db, char *const *paths, int npaths, const dyad_run_opts *o,
                dyad_run_stats *st, char *why, size_t nwhy) {
  memset(st, 0, sizeof *st);
  dy_store *store = dy_store_open(db, 0, why, nwhy);
  if (!store) return -1;
  ingest_ctx c = {.store = store, .st = st};
  source_t src = {paths, npaths, o->format, NULL, 0, !o->no_dedup, 1};
  if (dy_store_record_ingest(store, DYAD_VERSION, dy_lex_version(lx))) {
    snprintf(why, nwhy, "%s: %s", db, dy_store_errmsg(store));
    dy_store_close(store);
    return -1;
  }
  if (!o->no_dedup) {
    c.idx = dy_dedup_new();
    if (c.idx) {
      dy_store_signatures(store, DEDUP_RELOAD, load_sig, c.idx);
      c.seen_id = dy_store_new_signatures(store, 1LL << 62, load_sig, c.idx); /* only the highest id */
      if (c.seen_id < 0) c.seen_id = 0;
    }
  }
  if (o->progress) {
    total_mb = 0;
    for (int i = 0; i < npaths; i++)
      if (strcmp(paths[i], "-") != 0) nftw(paths[i], add_size, 16, FTW_PHYS);
    src.total_mb = total_mb;
  }
  sink_t sink = {ingest_sink, ingest_row, ingest_row_free, ingest_idle, &c};
  run_pipeline(lx, o, &src, &sink, st);
  if (c.in_tx && !c.failed) ingest_commit(&c);
  if (c.failed) {
    /* what is in the store is what was committed: say so, with its counts */
    long lost = st->stored + st->near_duplicates + st->duplicates - c.committed.stored - c.committed.near_duplicates - c.committed.duplicates;
    snprintf(why, nwhy, "%s: %s%s%s%s; stopped: %ld articles stored before (kept), the %ld of the open batch were not; run the same "
             "ingest again once fixed to store the rest", db, dy_store_errmsg(store), c.path[0] ? " while storing " : "", c.path,
             c.path[0] && c.line > 0 ? " (a line of it)" : "", c.committed.stored + c.committed.near_duplicates, lost > 0 ? lost : 0);
    long read = st->read, skipped = st->skipped;
    double mb = st->mbytes, sec = st->seconds;
    *st = c.committed;
    st->read = read; st->skipped = skipped; st->mbytes = mb; st->seconds = sec;
  }
  dy_store_close(store);
  dy_dedup_free(c.idx);
  return c.failed ? -1 : 0;
}

/* ---- code: a filter ---------------------------------------------------------------- */

typedef struct { FILE *out; const dy_lexicon *lx; dyad_run_stats *st; int all; dy_buf b; } code_ctx;


/* Nothing came for a second: let what was written reach the reader of the pipe. */
static void code_idle(void *u) { fflush(((code_ctx *)u)->out); }

static int code_sink(void *u, dy_doc *d, void *row) {
  (void)row;
  code_ctx *c = u;
  c->st->stored++;
  c->st->sentences += d->nsents;
  c->st->parsed += d->nparsed;
  c->b.n = 0;
  char date[16], pub[16];
  for (uint32_t i = 0; i < d->nevents; i++) {
    const dy_event *e = &d->events[i];
    if (!c->all && e->modality != DY_MOD_ASSERTED) continue;
    const dy_sent *se = &d->sents[e->sent];
    dy_event_row r;
    memset(&r, 0, sizeof r);
    r.id = (long long)c->st->events + 1;
    r.sentence = (int)e->sent;
    r.doc_id = d->id; r.doc_path = d->path && strcmp(d->path, "-") ? d->path : NULL; r.doc_title = d->title;
    r.doc_url = d->url; r.doc_source = d->source;
    r.published = dy_date_str(d->published, pub);
    r.date = dy_date_str(e->date, date);
    r.date_precision = dy_date_prec_name(e->date.prec);
    r.date_source = e->date_from_text ? "sentence" : "article";
    r.source = e->source; r.source_name = e->source_name; r.target = e->target; r.target_name = e->target_name;
    r.code = e->code; r.root = e->root; r.modality = dy_modality_name(e->modality);
    r.quad = e->quad; r.goldstein = e->goldstein;
    r.sentence_text = d->text + se->start;
    r.sentence_len = (int)(se->end - se->start);
    int sp[6] = {(int)e->src_start, (int)e->src_end, (int)e->verb_start, (int)e->verb_end, (int)e->tgt_start, (int)e->tgt_end};
    int *dst[6] = {&r.src_start, &r.src_end, &r.verb_start, &r.verb_end, &r.tgt_start, &r.tgt_end};
    for (int k = 0; k < 6; k++) *dst[k] = sp[k / 2 * 2 + 1] > 0 ? sp[k] - (int)se->start : -1;
    r.attributed_to = e->attr_name;
    r.attributed_code = e->attr_code;
    int in = e->attr_end > e->attr_start && e->attr_start >= se->start && e->attr_end <= se->end;
    r.attr_start = in ? (int)(e->attr_start - se->start) : -1;
    r.attr_end = in ? (int)(e->attr_end - se->start) : -1;
    dy_render_event(&c->b, &r, DY_OUT_JSON, c->lx);
    c->st->events++;
  }
  if (c->b.n && fwrite(c->b.p, 1, c->b.n, c->out) != c->b.n) return 1;
  return 0;
}

int dyad_code_stream(const dyad_lexicon *lx, FILE *in, FILE *out, const dyad_run_opts *o, dyad_run_stats *st) {
  memset(st, 0, sizeof *st);
  code_ctx c = {.out = out, .lx = lx, .st = st, .all = o->all};
  source_t src = {NULL, 0, o->format == DYAD_FMT_JSONL ? DY_FMT_JSONL : o->format == DYAD_FMT_AUTO ? DY_FMT_LINES : o->format, in, 0, 0, 0};
  sink_t sink = {code_sink, NULL, NULL, code_idle, &c};
  int rc = run_pipeline(lx, o, &src, &sink, st);
  dy_buf_free(&c.b);
  if (fflush(out) != 0 || ferror(out) || rc != 0) return -1;
  return 0;
}

/* ---- read ------------------------------------------------------------------------- */

typedef struct {
  FILE *out;
  dyad_run_stats *st;
  dy_buf b;
  dy_dedup *idx;      /* --dedup: the documents seen so far */
  char **ids;         /* their ids, by index number */
  long nids, cap;
  dy_map by_hash;     /* text hash -> index, for exact copies too short to sign */
} read_ctx;

static void kv(dy_buf *b, const char *k, const char *v) {
  dy_buf_printf(b, ",\"%s\":", k);
  if (v && *v) dy_buf_json_str(b, v, strlen(v));
  else dy_buf_puts(b, "null");
}

static int read_sink(void *u, dy_doc *d, void *row) {
  (void)row;
  read_ctx *c = u;
  char date[16];
  c->b.n = 0;
  dy_buf_puts(&c->b, "{\"doc_id\":");
  dy_buf_json_str(&c->b, d->id, strlen(d->id));
  kv(&c->b, "doc_path", d->path && strcmp(d->path, "-") ? d->path : NULL);
  if (d->line > 1) dy_buf_printf(&c->b, ",\"doc_line\":%ld", d->line);
  kv(&c->b, "title", d->title);
  kv(&c->b, "source", d->source);
  kv(&c->b, "url", d->url);
  kv(&c->b, "published", dy_date_str(d->published, date));
  dy_buf_printf(&c->b, ",\"date_inferred\":%s", d->date_inferred ? "true" : "false");
  if (c->idx) {
    /* the first copy of this text or story, if any came before */
    double sim = 1.0;
    uint32_t k = dy_map_get(&c->by_hash, d->hash);
    long first = k == DY_MAP_NONE ? -1 : (long)k;
    if (first < 0 && d->sig) {
      long long near = dy_dedup_find(c->idx, d->sig, &sim);
      if (near > 0) first = (long)near - 1;
    }
    if (first >= 0) {
      dy_buf_puts(&c->b, ",\"dup_of\":");
      dy_buf_json_str(&c->b, c->ids[first], strlen(c->ids[first]));
      dy_buf_printf(&c->b, ",\"similarity\":%.2f", sim);
      c->st->duplicates++;
    } else {
      DY_VEC_GROW(c->ids, c->cap, c->nids + 1);
      dy_map_add(&c->by_hash, d->hash, (uint32_t)c->nids);
      c->ids[c->nids] = dy_xstrdup(d->id);
      c->nids++;
      if (d->sig) dy_dedup_add(c->idx, c->nids, d->sig);
    }
  }
  if (d->meta) dy_buf_printf(&c->b, ",\"meta\":%s", d->meta);
  dy_buf_puts(&c->b, ",\"text\":");
  dy_buf_json_str(&c->b, d->text, d->len);
  dy_buf_puts(&c->b, "}\n");
  c->st->stored++;
  return fwrite(c->b.p, 1, c->b.n, c->out) != c->b.n;
}

int dyad_read_docs(char *const *paths, int npaths, const dyad_run_opts *o, FILE *out, dyad_run_stats *st) {
  memset(st, 0, sizeof *st);
  read_ctx c = {.out = out, .st = st};
  source_t src = {paths, npaths, o->format, NULL, 0, o->dedup, 0};
  if (o->dedup) c.idx = dy_dedup_new();
  dyad_run_opts ro = *o;
  ro.jobs = 1;
  sink_t sink = {read_sink, NULL, NULL, NULL, &c};
  int rc = run_pipeline(NULL, &ro, &src, &sink, st);
  if (fflush(out) != 0 || ferror(out)) rc = -1;
  dy_buf_free(&c.b);
  dy_dedup_free(c.idx);
  for (long k = 0; k < c.nids; k++) free(c.ids[k]);
  free(c.ids);
  dy_map_free(&c.by_hash);
  return rc;
}

/* ---- queries ----------------------------------------------------------------------- */

typedef struct { FILE *out; int format; const dy_lexicon *lx; dy_buf b; long n; dy_map seen; } ev_ctx;

/* 1 when happening h was already exported (GDELT has one row per event: a happening, not its mentions). */
static int seen_happening(ev_ctx *c, long long h) {
  if (dy_map_get(&c->seen, (uint64_t)h) != DY_MAP_NONE) return 1;
  dy_map_add(&c->seen, (uint64_t)h, 0);
  return 0;
}

static int ev_sink(void *u, const dy_event_row *r) {
  ev_ctx *c = u;
  if (c->format == DYAD_OUT_GDELT && r->happening_id > 0 && seen_happening(c, r->happening_id)) return 0;
  c->b.n = 0;
  dy_render_event(&c->b, r, c->format, c->lx);
  c->n++;
  return fwrite(c->b.p, 1, c->b.n, c->out) != c->b.n;
}

int dyad_events(const dyad_lexicon *lx, const char *db, const dyad_query *q, int format, FILE *out, char *why, size_t nwhy) {
  dy_store *s = dy_store_open(db, 1, why, nwhy);
  if (!s) return -1;
  dy_query dq = {q->actor, q->dyad_a, q->dyad_b, q->since, q->until, q->root, q->quad, q->all, q->limit};
  ev_ctx c = {.out = out, .format = format, .lx = lx};
  dy_render_event_header(&c.b, format);
  if (c.b.n) fwrite(c.b.p, 1, c.b.n, out);
  int rc = dy_store_events(s, &dq, ev_sink, &c);
  if (rc) snprintf(why, nwhy, "%s", dy_store_errmsg(s));
  dy_buf_free(&c.b);
  dy_map_free(&c.seen);
  dy_store_close(s);
  return rc;
}

typedef struct { FILE *out; int format; } act_ctx;

static int act_sink(void *u, const dy_actor_row *r) {
  act_ctx *c = u;
  if (c->format == DYAD_OUT_JSON) {
    dy_buf b = {0};
    dy_buf_puts(&b, "{\"code\":");
    dy_buf_json_str(&b, r->code, strlen(r->code));
    dy_buf_puts(&b, ",\"name\":");
    dy_buf_json_str(&b, r->name, strlen(r->name));
    dy_buf_printf(&b, ",\"mentions\":%ld,\"events_as_source\":%ld,\"events_as_target\":%ld}\n", r->mentions, r->events_as_source, r->events_as_target);
    fputs(b.p, c->out);
    dy_buf_free(&b);
  } else if (c->format == DYAD_OUT_TSV) {
    fprintf(c->out, "%s\t%s\t%ld\t%ld\t%ld\n", r->code, r->name, r->mentions, r->events_as_source, r->events_as_target);
  } else {
    fprintf(c->out, "%-14s %8ld %8ld %8ld  %s\n", r->code, r->events_as_source + r->events_as_target, r->events_as_source, r->mentions, r->name);
  }
  return 0;
}

int dyad_actors(const char *db, int format, FILE *out, char *why, size_t nwhy) {
  dy_store *s = dy_store_open(db, 1, why, nwhy);
  if (!s) return -1;
  if (format == DYAD_OUT_TSV) fputs("code\tname\tmentions\tevents_as_source\tevents_as_target\n", out);
  else if (format != DYAD_OUT_JSON) fprintf(out, "%-14s %8s %8s %8s  %s\n", "code", "events", "as_src", "mentions", "most frequent name");
  act_ctx c = {out, format};
  int rc = dy_store_actors(s, act_sink, &c);
  if (rc) snprintf(why, nwhy, "%s", dy_store_errmsg(s));
  dy_store_close(s);
  return rc;
}

int dyad_brief(const dyad_lexicon *lx, const char *db, const char *focus, const char *since, const char *until, FILE *out,
               char *why, size_t nwhy) {
  dyad_brief_opts o = {focus, since, until, 0, NULL};
  return dyad_brief_write(lx, db, &o, out, why, nwhy);
}

int dyad_brief_write(const dyad_lexicon *lx, const char *db, const dyad_brief_opts *bo, FILE *out, char *why, size_t nwhy) {
  dy_watchlist wl = {0};
  if (bo->watch && dy_watch_load(bo->watch, &wl, why, nwhy)) return -1;
  dy_store *s = dy_store_open(db, 1, why, nwhy);
  if (!s) { dy_watch_free(&wl); return -1; }
  dy_brief_opts o = {bo->focus, bo->since, bo->until, 6, bo->html ? DY_BRIEF_HTML : DY_BRIEF_MD, bo->watch ? &wl : NULL};
  int rc = dy_render_brief(s, lx, &o, out);
  if (rc) snprintf(why, nwhy, "%s", dy_store_errmsg(s));
  dy_store_close(s);
  dy_watch_free(&wl);
  return rc;
}

/* ---- analysis (src/analyze/) --------------------------------------------------------- */

/* Opens db and loads its happenings for o; the caller frees *h. */
static dy_store *analysis_open(const char *db, const dyad_analysis_opts *o, dy_an_opts *ao, dy_an_hap **h, size_t *n, char *why, size_t nwhy) {
  dy_store *s = dy_store_open(db, 1, why, nwhy);
  if (!s) return NULL;
  memset(ao, 0, sizeof *ao);
  if (o) {
    ao->dyad_a = o->dyad_a; ao->dyad_b = o->dyad_b; ao->full = o->full; ao->by = o->by_week ? DY_BY_WEEK : DY_BY_MONTH;
    ao->since = o->since; ao->until = o->until; ao->window = o->window;
  }
  if (dy_an_load(dy_store_sqlite(s), ao, h, n)) {
    snprintf(why, nwhy, "%s: cannot read the happenings (%s); a store written before them gets them when dyad ingest next opens it", db,
             sqlite3_errmsg(dy_store_sqlite(s)));
    dy_store_close(s);
    return NULL;
  }
  return s;
}

static int analysis_written(FILE *out, char *why, size_t nwhy) {
  if (ferror(out)) { snprintf(why, nwhy, "cannot write the output"); return -1; }
  return 0;
}

int dyad_series(const char *db, const dyad_analysis_opts *o, int format, FILE *out, char *why, size_t nwhy) {
  dy_an_opts ao;
  dy_an_hap *h = NULL;
  size_t n = 0;
  dy_store *s = analysis_open(db, o, &ao, &h, &n, why, nwhy);
  if (!s) return -1;
  dy_an_series *S;
  size_t ns;
  int rc = dy_an_series_of(h, n, &ao, &S, &ns);
  if (rc) snprintf(why, nwhy, "out of memory");
  else { dy_render_series(out, S, ns, format); dy_an_series_free(S, ns); rc = analysis_written(out, why, nwhy); }
  free(h);
  dy_store_close(s);
  return rc;
}

int dyad_network(const char *db, const dyad_analysis_opts *o, int format, FILE *out, char *why, size_t nwhy) {
  dy_an_opts ao;
  dy_an_hap *h = NULL;
  size_t n = 0;
  dy_store *s = analysis_open(db, o, &ao, &h, &n, why, nwhy);
  if (!s) return -1;
  dy_an_network g;
  int rc = dy_an_network_of(h, n, &g);
  if (rc) snprintf(why, nwhy, "out of memory");
  else { dy_render_network(out, &g, format); dy_an_network_free(&g); rc = analysis_written(out, why, nwhy); }
  free(h);
  dy_store_close(s);
  return rc;
}

int dyad_baserates(const char *db, const dyad_analysis_opts *o, int format, FILE *out, char *why, size_t nwhy) {
  dy_an_opts ao;
  dy_an_hap *h = NULL;
  size_t n = 0;
  dy_store *s = analysis_open(db, o, &ao, &h, &n, why, nwhy);
  if (!s) return -1;
  dy_an_baserate *B;
  size_t nb;
  int rc = dy_an_baserates_of(h, n, &ao, &B, &nb);
  if (rc) snprintf(why, nwhy, "out of memory");
  else { dy_render_baserates(out, B, nb, format); dy_an_baserates_free(B, nb); rc = analysis_written(out, why, nwhy); }
  free(h);
  dy_store_close(s);
  return rc;
}

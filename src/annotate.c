/* annotate.c: the stage runner: a table of named stages, each a function
 * over the whole document, run in order. */
#include "annotate.h"
#include "code/coder.h"
#include "extract/actors.h"
#include "code/attrib.h"
#include "extract/docdate.h"
#include "extract/figures.h"
#include "extract/places.h"
#include "extract/quotes.h"
#include "text/text.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

typedef struct {
  const dy_lexicon *lx;
  dy_doc *d;
  const dy_annotate_opts *o;
  uint32_t *fc; /* the word classes of quotes and figures per token (dy_lex_fw_classes), or NULL */
} run_t;

static int st_text(run_t *r) { return dy_text_prepare(r->d); }

static int st_sentences(run_t *r) { return dy_text_segment(r->d); }

static int st_lexicon(run_t *r) { return dy_lexicon_scan(r->lx, r->d); }

static int st_dates(run_t *r) {
  const dy_annotate_opts *o = r->o;
  return dy_dates_annotate(r->lx, r->d, o->resolve_date, o->given, o->today);
}

/* Each sentence's mentions, resolved on its date; "he", "the two
 * countries" from the sentences before. */
static int st_actors(run_t *r) {
  dy_doc *d = r->d;
  dy_actor_ctx ctx;
  memset(&ctx, 0, sizeof ctx);
  d->nments = 0;
  for (uint32_t s = 0; s < d->nsents; s++) {
    d->sents[s].ment0 = dy_extract_actors(r->lx, d, s, d->sents[s].date, &ctx);
    d->sents[s].ment1 = d->nments;
  }
  return 0;
}

static int st_events(run_t *r) { return dy_code_events(r->lx, r->d); }

static int st_places(run_t *r) {
  r->d->nplaces = 0;
  int rc = dy_extract_places(r->lx, r->d);
  dy_doc_index_places(r->d);
  return rc;
}

static int st_locations(run_t *r) { return dy_locate_events(r->lx, r->d); }

static int st_quotes(run_t *r) {
  const dy_wordlists *wl = dy_lex_wordlists(r->lx);
  r->d->nquotes = 0;
  if (!wl || !r->d->ntoks) return 0;
  if (!(r->fc = dy_lex_fw_classes(r->lx, r->d))) return -1;
  return dy_extract_quotes(r->lx, r->d, r->fc);
}

static int st_attribution(run_t *r) { return dy_attribute_events(r->lx, r->d); }

static int st_figures(run_t *r) {
  r->d->nfigs = 0;
  return r->fc ? dy_extract_figures(r->lx, r->d, r->fc) : 0;
}

enum { NEED_LEXICON = 1, FACTS = 2 };

typedef struct {
  const char *name;
  int flags;
  int (*run)(run_t *r);
} stage_t;

static const stage_t STAGES[] = {
    {"text", 0, st_text},
    {"sentences", NEED_LEXICON, st_sentences},
    {"lexicon", NEED_LEXICON, st_lexicon},
    {"dates", 0, st_dates}, /* without a lexicon, the document's date alone */
    {"actors", NEED_LEXICON, st_actors},
    {"places", NEED_LEXICON, st_places}, /* before the events: a place can be an event's target */
    {"events", NEED_LEXICON, st_events},
    {"locations", NEED_LEXICON | FACTS, st_locations},
    {"quotes", NEED_LEXICON | FACTS, st_quotes},
    {"figures", NEED_LEXICON | FACTS, st_figures},
    {"attribution", NEED_LEXICON, st_attribution}, /* after the quotes: a quote's speaker reports the events in it */
};
#define NSTAGES (sizeof STAGES / sizeof STAGES[0])

/* DYAD_TRACE set: each document's time per stage on standard error (read once) */
static int trace;
static pthread_once_t trace_once = PTHREAD_ONCE_INIT;
static void trace_init(void) { trace = getenv("DYAD_TRACE") != NULL; }

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

int dy_annotate(const dy_lexicon *lx, dy_doc *d, const dy_annotate_opts *o) {
  static const dy_annotate_opts none = {0};
  run_t r = {lx, d, o ? o : &none, NULL};
  pthread_once(&trace_once, trace_init);
  double ms[NSTAGES];
  int rc = 0;
  for (size_t i = 0; i < NSTAGES; i++) {
    const stage_t *st = &STAGES[i];
    ms[i] = -1;
    if (rc || ((st->flags & NEED_LEXICON) && !lx) || ((st->flags & FACTS) && !r.o->facts)) continue;
    double t0 = trace ? now_ms() : 0;
    rc = st->run(&r);
    if (trace) ms[i] = now_ms() - t0;
  }
  free(r.fc);
  if (trace) {
    char line[512];
    size_t n = (size_t)snprintf(line, sizeof line, "stages [%s]:", d->id ? d->id : "-");
    for (size_t i = 0; i < NSTAGES && n < sizeof line; i++)
      if (ms[i] >= 0) n += (size_t)snprintf(line + n, sizeof line - n, " %s %.3f ms", STAGES[i].name, ms[i]);
    fprintf(stderr, "%s\n", line);
  }
  return rc ? -1 : 0;
}

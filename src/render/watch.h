/* watch.h: watchlists. A rule file (docs/FORMATS.md, "Watch rules") holds
 * one rule per line: actors or a dyad, kinds of event, places, words, a
 * threshold over a window. dy_watch_run evaluates the rules on a store and
 * says which fired, with the events (or quotes) that made them fire. */
#ifndef DYAD_WATCH_H
#define DYAD_WATCH_H

#include <stddef.h>

#include "../store/store.h"

enum { DY_WATCH_MAXTERMS = 8 };

typedef struct {
  char name[128];
  int line;                                  /* in its file */
  char actors[DY_WATCH_MAXTERMS][16];        /* code prefixes */
  int nactors, directed;                     /* directed: A>B */
  int quads;                                 /* bit q for QuadClass q (1..4); 0 any */
  char codes[DY_WATCH_MAXTERMS * 2][5];      /* CAMEO code prefixes */
  int ncodes;
  int statement;                             /* verbal events and quotes */
  int modalities;                            /* bit per modality (watch.c); 0: asserted and reported */
  char who[DY_WATCH_MAXTERMS][96];           /* "State Department": the source or speaker */
  int nwho;
  char words[DY_WATCH_MAXTERMS][96];         /* mentioning ...: every one in the sentence */
  int nwords;
  char places[DY_WATCH_MAXTERMS][96];        /* at PLACE: the event's place or the sentence */
  int nplaces;
  int strict;                                /* '>' rather than '>=' */
  long threshold;                            /* default 1 */
  int window;                                /* days; 0: the whole period */
} dy_watch_rule;

typedef struct {
  dy_watch_rule *r;
  int n;
  char file[256];
} dy_watchlist;

/* Parses rule text (file names it in messages). Returns 0, or -1 with why
 * as "FILE:LINE: problem" (the first bad line). */
int dy_watch_parse(const char *text, size_t n, const char *file, dy_watchlist *wl, char *why, size_t nwhy);
/* Reads and parses a rule file. */
int dy_watch_load(const char *path, dy_watchlist *wl, char *why, size_t nwhy);
void dy_watch_free(dy_watchlist *wl);

typedef struct {
  long long article;
  int sentence, quote;            /* quote: 1 when from the quotes table */
  char date[16], src[16], tgt[16], code[8], modality[16];
  char *text;                     /* the sentence, or the quote's words */
  char *who;                      /* the source's or speaker's name */
} dy_watch_hit;

typedef struct {
  int fired;
  long matched;                   /* matching events in the period */
  long best;                      /* the most in one window (all of them without a window) */
  char d0[16], d1[16];            /* the best window's first and last date */
  dy_watch_hit *hits;             /* the best window's, latest last; at most 8 */
  int nhits;
} dy_watch_result;

/* Evaluates every rule on the events (every modality) and quotes of the
 * store dated since..until (either may be NULL); res holds wl->n results.
 * Returns the number of rules that fired, or -1 (why). */
int dy_watch_run(dy_store *st, const dy_watchlist *wl, const char *since, const char *until, dy_watch_result *res, char *why,
                 size_t nwhy);
void dy_watch_results_free(dy_watch_result *res, int n);

#endif

/* render.h: writers for events (JSON Lines, TSV, table, GDELT 2.0 export)
 * and the analyst's brief. */
#ifndef DYAD_RENDER_H
#define DYAD_RENDER_H

#include <stdio.h>

#include "../lexicon/lexicon.h"
#include "../store/store.h"
#include "watch.h"

enum { DY_BRIEF_MD = 0, DY_BRIEF_HTML = 1 };

enum { DY_OUT_TABLE = 0, DY_OUT_TSV, DY_OUT_JSON, DY_OUT_GDELT, DY_OUT_CSV, DY_OUT_PLOVER };

/* Appends one event in the given format (with a trailing newline) to b. */
int dy_render_event(dy_buf *b, const dy_event_row *r, int format, const dy_lexicon *lx);
/* The header line of a format ("" for JSON and GDELT, which have none). */
void dy_render_event_header(dy_buf *b, int format);

typedef struct {
  const char *focus;  /* comma-separated actor codes (prefixes), or NULL */
  const char *since, *until;
  int top;            /* events in the situation section */
  int format;         /* DY_BRIEF_MD or DY_BRIEF_HTML */
  const dy_watchlist *watch; /* the rules of the Watchlist section, or NULL */
} dy_brief_opts;

/* A figure's value for people: "$3 billion", "30%", "905 km". */
void dy_fmt_value(char *buf, size_t n, double v, const char *unit);

/* Claims: the figures of one measure, kind (current or target), unit and
 * actors stated by two or more articles, each value with its articles
 * (render/facts.c). They agree when every value is within 0.1% of the first. */
typedef struct { double v; int n; char ids[256]; } dy_claim_value;
typedef struct {
  const char *measure, *kind, *unit, *actors;
  const dy_claim_value *v; /* the values, most articles first */
  int nv, agree;
} dy_claim;
/* Calls fn on each claim of the store's database; returns 0, or the SQLite
 * error code (the message in sqlite3_errmsg). */
struct sqlite3;
int dy_claims_each(struct sqlite3 *db, void (*fn)(const dy_claim *c, void *u), void *u);

/* The figures of the store's articles that are no near-duplicates, with a
 * measure, as the SQL table "fg" of a WITH clause: the figures' columns and
 * grp, the actors the figure is grouped under: a figure of fewer actors goes
 * with the one set of actors of the same measure, kind and unit that holds
 * them all ("$3 billion" trade volume about Iran with the one about Iran and
 * Pakistan), else its own. dy_figures_prepare registers the SQL function it
 * needs on db (0, or the SQLite error code). */
extern const char DY_FIGURES_CTE[];
int dy_figures_prepare(struct sqlite3 *db);

/* Writes the brief (Markdown or one self-contained HTML page) of the store to out. */
int dy_render_brief(dy_store *st, const dy_lexicon *lx, const dy_brief_opts *o, FILE *out);

#endif

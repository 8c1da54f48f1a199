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

/* Writes the brief (Markdown or one self-contained HTML page) of the store to out. */
int dy_render_brief(dy_store *st, const dy_lexicon *lx, const dy_brief_opts *o, FILE *out);

#endif

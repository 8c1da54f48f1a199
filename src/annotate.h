/* annotate.h: the stage runner. One document goes through the per-document
 * stages in order, each over the whole document, each adding its
 * annotations (docs/ARCHITECTURE.md):
 *
 *   text       UTF-8 repair, NFC, the text's hash (text/text.c)
 *   sentences  tokens and sentences (text/text.c)
 *   lexicon    each token's lexicon id (extract/actors.c)
 *   dates      the document's date and each sentence's (extract/docdate.c)
 *   actors     actor mentions, resolved on their sentence's date (extract/actors.c)
 *   places     place mentions (extract/places.c): before the coder, for
 *              an act done in a place has the place's state as its target
 *   events     the coder (code/coder.c)
 *   locations  each event's location (extract/places.c)
 *   quotes     quotes and their speakers (extract/quotes.c)
 *   figures    figures (extract/figures.c)
 *
 * Without a lexicon only text and the document's date run; locations, quotes
 * and figures run when asked for. DYAD_TRACE set prints each document's
 * time per stage to standard error. */
#ifndef DYAD_ANNOTATE_H
#define DYAD_ANNOTATE_H

#include "doc.h"
#include "lexicon/lexicon.h"

typedef struct {
  int resolve_date; /* decide d->published when the reader left it open (else it stands as it is) */
  dy_date given;    /* with resolve_date: the date of documents that state none (dyad code --date), or none */
  dy_date today;    /* with resolve_date: no inferred date is later */
  int facts;        /* run the locations, quotes and figures stages */
} dy_annotate_opts;

/* Runs the stages over d. o NULL: no date resolved, no facts. lx NULL:
 * text and the document's date only. Returns 0, or -1 when out of memory.
 * Thread-safe for distinct docs (lx is read-only). */
int dy_annotate(const dy_lexicon *lx, dy_doc *d, const dy_annotate_opts *o);

#endif

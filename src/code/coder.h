/* coder.h: event coding. Finds verb patterns in each sentence, takes source
 * and target from the clause (subject, object, passive "by", compounds),
 * records modality and date, and appends CAMEO-coded events to the doc. */
#ifndef DYAD_CODER_H
#define DYAD_CODER_H

#include "../doc.h"
#include "../lexicon/lexicon.h"

/* The events stage: codes every sentence that has actor mentions into
 * d->events (replacing any), each dated by dy_event_date. Needs the stages
 * before it (src/annotate.c): sentences, the lexicon scan, dates, actors.
 * Returns 0. Thread-safe for distinct docs (lx is read-only). */
int dy_code_events(const dy_lexicon *lx, dy_doc *d);


#endif

/* attrib.h: who reported each event (the attribution stage). */
#ifndef DYAD_ATTRIB_H
#define DYAD_ATTRIB_H

#include "../doc.h"
#include "../lexicon/lexicon.h"

/* Sets each event's attribution (dy_event.attr_*): the speaker of the
 * quote or the clause of saying that reports it; none when the sentence
 * names none. Uses the quotes stage's quotes when it ran. 0. */
int dy_attribute_events(const dy_lexicon *lx, dy_doc *d);

#endif

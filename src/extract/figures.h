/* figures.h: amounts with their unit and scale ("$3 billion", "€8.6
 * billion", "900-kilometer (560-mile)", "30%", "twelve agreements", "at
 * least eight people killed"), normalised, attached to what they measure
 * ("trade volume", "border length", "killed") and to the sentence's actors;
 * a goal ("aim to raise trade to $10 billion") kept apart from a current
 * value. Dates, years, times, page numbers and durations are not figures. */
#ifndef DYAD_FIGURES_H
#define DYAD_FIGURES_H

#include "../doc.h"
#include "../lexicon/lexicon.h"

/* Appends the figures of d (tokens, sentences and actor mentions done) to
 * d->figs. fc: the word classes of d's tokens. Returns 0, or -1 when out of memory. */
int dy_extract_figures(const dy_lexicon *lx, dy_doc *d, const uint32_t *fc);

#endif

/* quotes.h: quotes and their speakers. Direct quotes (double or single
 * marks, typographic or not, across sentences, broken by "she added") and
 * reported speech ("X said that ...", "according to X"), each with its
 * speaker: a name in the sentence, an apposition ("Fatemeh Aman, senior
 * fellow at ..."), a later surname ("Aman said"), a pronoun resolved to the
 * last speaker, or a describing phrase ("the official"). */
#ifndef DYAD_QUOTES_H
#define DYAD_QUOTES_H

#include "../doc.h"
#include "../lexicon/lexicon.h"

/* How a speaker was found. */
enum { DY_VIA_NAME = 1, DY_VIA_SURNAME, DY_VIA_PRONOUN, DY_VIA_ACTOR, DY_VIA_DESCRIPTION, DY_VIA_CONTINUED };
const char *dy_quote_via_name(int via);

/* Appends the quotes of d (tokens, sentences and actor mentions done) to
 * d->quotes. fc: the word classes of d's tokens (dy_lex_fw_classes). Returns 0,
 * or -1 when out of memory. */
int dy_extract_quotes(const dy_lexicon *lx, dy_doc *d, const uint32_t *fc);

#endif

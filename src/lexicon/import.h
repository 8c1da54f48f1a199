/* import.h: the field's own dictionaries (TABARI and PETRARCH .actors,
 * .agents and .verbs files, date-bounded codes and all) read as they are and
 * converted into the lexicon being loaded (lexicon.c calls this after dyad's
 * own files). What could not be converted is counted by reason. */
#ifndef DYAD_IMPORT_H
#define DYAD_IMPORT_H

#include "lexicon.h"

#include <stdio.h>

/* Kinds of files. */
enum { DY_IMP_ACTORS = 0, DY_IMP_AGENTS, DY_IMP_VERBS, DY_IMP_NKINDS };

/* Why an entry was not converted (dy_import_reason gives the text). */
enum {
  DY_SKIP_NULL = 0,   /* [---] or [###] */
  DY_SKIP_NOCODE,     /* no code at all */
  DY_SKIP_PREVERB,    /* words before the verb */
  DY_SKIP_REVERSE,    /* [:CODE] */
  DY_SKIP_CAMEO,      /* code in no CAMEO 1.1b3 table */
  DY_SKIP_PARSER,     /* TABARI's <NOUN> and <ADJECTIVE> lists */
  DY_SKIP_ETHNIC,     /* lower-case codes */
  DY_SKIP_SYNSET,     /* undefined synset */
  DY_SKIP_MULTI,      /* multi-word alternatives only */
  DY_SKIP_MULTIVERB,  /* multi-word verb not led by its verb */
  DY_SKIP_LONG,       /* too long for a dyad pattern */
  DY_SKIP_NOVERB,     /* a pattern before any verb */
  DY_SKIP_BAD,        /* unreadable line (also warned about) */
  DY_SKIP_HELD,       /* every phrase already held by dyad's entries or an earlier file's */
  DY_SKIP_TRANSFORM,  /* PETRARCH2's "~" transformations */
  DY_SKIP_N
};

/* Conversions worth knowing about. */
enum {
  DY_NOTE_REMAP = 0,  /* older CAMEO numbering remapped (data/import.txt) */
  DY_NOTE_PARENT,     /* a code unknown to 1.1b3 coded as its parent */
  DY_NOTE_PAIRED,     /* [A:B]: A kept */
  DY_NOTE_MARK,       /* [CODE!], [CODE?]: the mark dropped */
  DY_NOTE_STEM,       /* TABARI stems completed to words */
  DY_NOTE_LATIN1,     /* lines read as Latin-1 */
  DY_NOTE_DATEDROP,   /* a code with a bad date left out of its entry */
  DY_NOTE_TWO,        /* [A/B]: A kept */
  DY_NOTE_N
};

struct dy_import_stats {
  int files, notdict;            /* files read; files of no kind dyad reads (discards, issues, options) */
  int read[DY_IMP_NKINDS];       /* entries read: actor records, agent lines, verbs and patterns */
  int converted[DY_IMP_NKINDS];  /* entries that became lexicon entries */
  int people, roles, patterns;   /* what they became */
  int phrases, ph_dyad, ph_earlier, ph_dup, ph_bad; /* phrases: added; kept as dyad's; an earlier file's; again; unusable */
  int skipped[DY_IMP_NKINDS][DY_SKIP_N];
  int notes[DY_NOTE_N];
};

typedef struct dy_import dy_import;

/* Starts importing into lx (being loaded from datadir: data/import.txt holds
 * the CAMEO remapping and TABARI's stem endings). Problems go to dy_warn and
 * *nerr; counts to *st. */
dy_import *dy_import_begin(dy_lexicon *lx, const char *datadir, dy_import_stats *st, int *nerr);
/* Imports one file: "PATH", or "actors:PATH", "agents:PATH", "verbs:PATH"
 * to say its kind (else it is known from its name, then its content).
 * Returns a hash of its contents (0 when unreadable). */
uint64_t dy_import_file(dy_import *im, const char *spec);
void dy_import_end(dy_import *im);

/* The text of a DY_SKIP_* reason and of a DY_NOTE_*. */
const char *dy_import_reason(int r);
const char *dy_import_note(int n);
/* Prints what the import read, converted and skipped (for `dyad dict check`). */
void dy_import_print(const dy_import_stats *st, FILE *out);

#endif

/* wordlists.h: the closed word lists of the quote and figure extractors
 * (data/quotes.txt, data/figures.txt): speech verbs, role nouns, number
 * words, scales, currencies, units, measured nouns. A word looked up by its
 * lower-cased token form gives its classes and values. Read-only after load. */
#ifndef DYAD_WORDLISTS_H
#define DYAD_WORDLISTS_H

#include <stddef.h>
#include <stdint.h>

enum {
  DY_FW_SAY = 1 << 0,       /* said, told, added: a speech verb */
  DY_FW_PRON = 1 << 1,      /* he, she, they: a speaker resolved to the last one */
  DY_FW_ROLE = 1 << 2,      /* expert, fellow, spokesperson: heads of descriptions of people */
  DY_FW_SRCNOUN = 1 << 3,   /* official, sources, police: a speaker with no name */
  DY_FW_NUM = 1 << 4,       /* one .. twelve, twenty, dozen: a number word (value) */
  DY_FW_SCALE = 1 << 5,     /* thousand, million, billion, bn (value) */
  DY_FW_CURRENCY = 1 << 6,  /* $, dollars, euros (str: ISO code; value: USD per unit, 0 unknown) */
  DY_FW_UNIT = 1 << 7,      /* km, miles, %, tonnes (str: unit; value: factor to it) */
  DY_FW_TIME = 1 << 8,      /* years, days, hours: a duration, not a claim */
  DY_FW_SKIPNOUN = 1 << 9,  /* countries, sides, times: a count that is no claim */
  DY_FW_CASUALTY = 1 << 10, /* killed, dead, injured (str: measure) */
  DY_FW_MEASURE = 1 << 11,  /* trade, border, fuel (str: measure; str2: its target) */
  DY_FW_TARGET = 1 << 12,   /* aim, goal, target, projected: what follows is a goal */
  DY_FW_CHANGE = 1 << 13,   /* increase, raise, boost: "... to X" is a goal */
  DY_FW_CURRENT = 1 << 14,  /* current, currently, stands: a current value */
  DY_FW_APPROX = 1 << 15,   /* about, nearly, around (value: 1, or 2 for "least"/"more", 3 "less") */
  DY_FW_LABEL = 1 << 16,    /* page, no., resolution, flight: a number after it is a label */
  DY_FW_MONTH = 1 << 17,    /* january .. december, jan, feb: a number near it is a date */
  DY_FW_NAMEJOIN = 1 << 18, /* al, bin, de, van: lower-case words inside names */
  DY_FW_NOTNAME = 1 << 19,  /* capitalised words that do not start a name (the, but, in) */
  DY_FW_THAT = 1 << 20,     /* that: after a speech verb, the reported clause follows */
  DY_FW_SAYTHAT = 1 << 21,  /* warned, noted, confirmed: speech only with "that", ":" or a quote */
  /* the attribution stage (code/attrib.c) */
  DY_FW_SPKGAP = 1 << 22,   /* on, late, has, was: between a speaker and its verb of saying */
  DY_FW_SPKSTOP = 1 << 23,  /* that, after, if: no speaker's phrase holds one */
  DY_FW_SPKTAIL = 1 << 24,  /* in, at, during: what may follow a trailing verb of saying */
  DY_FW_HEARER = 1 << 25,   /* told, tells: a verb of saying whose hearer follows */
  DY_FW_AFFIL = 1 << 26,    /* of, at, from: a speaker's affiliation follows */
  DY_FW_NAMING = 1 << 27,   /* called, dubbed, titled: a quote after it is a name, not speech */
  DY_FW_EPITHET = 1 << 28,  /* actress, businessman, singer: "the actress said" is the person just named */
  DY_FW_MALE = 1 << 29,     /* mr, sir, spokesman: "Mr Addison" is a man ("she" is not he) */
  DY_FW_FEMALE = 1 << 30,   /* mrs, ms, spokeswoman: "Mrs Thatcher" is a woman */
};
/* states, notes, claims: a speech verb's -s form that is also a plural
 * noun, no attribution at a sentence's end ("... with Arab states.") */
#define DY_FW_SPEECHNOUN (1u << 31)

typedef struct {
  uint32_t cls;
  double val;
  const char *str, *str2;
} dy_fword;

typedef struct dy_wordlists dy_wordlists;

/* Loads quotes.txt and figures.txt from dir; bad lines are reported and
 * counted in *nerr. Returns an empty list set when the files are missing. */
dy_wordlists *dy_wordlists_load(const char *dir, int *nerr);
void dy_wordlists_free(dy_wordlists *w);
/* Calls fn for each word with its classes, in the order first read. The
 * lexicon interns the words, so that a document's token ids give their
 * classes (dy_lex_fwclass) without a lookup of their own. */
void dy_wordlists_each(const dy_wordlists *w, void (*fn)(void *u, const char *word, size_t n, uint32_t cls), void *u);
/* The entry of a lower-cased word, or NULL. */
const dy_fword *dy_fw_get(const dy_wordlists *w, const char *norm, size_t n);
static inline uint32_t dy_fw_cls(const dy_wordlists *w, const char *norm, size_t n) {
  const dy_fword *f = w ? dy_fw_get(w, norm, n) : NULL;
  return f ? f->cls : 0;
}

#endif

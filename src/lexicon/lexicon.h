/* lexicon.h: the project's dictionaries (and TABARI-style actor lists)
 * compiled at load time into one read-only token automaton: actor names,
 * sectors, titles, people with dated roles, organisations, verb patterns and
 * the closed word classes the coder needs. Shared by all threads after load. */
#ifndef DYAD_LEXICON_H
#define DYAD_LEXICON_H

#include "../doc.h"

typedef struct dy_lexicon dy_lexicon;
#include "wordlists.h"
#include "gazetteer.h"

/* The word lists of the quote and figure extractors (loaded with the rest). */
const dy_wordlists *dy_lex_wordlists(const dy_lexicon *lx);
/* The count a lower-cased word of n bytes says: its digits ("12"), or the
 * value of a number word of data/figures.txt ("twelve", "dozen"); 0 when
 * none. */
long dy_lex_count(const dy_lexicon *lx, const char *norm, size_t n);
/* The gazetteer of the place stage (gazetteer.c); empty without
 * data/gazetteer.tsv. Read at the first call (from any thread), so that a
 * run that never looks for places does not pay for it; its file's problems
 * are reported then, and counted by dy_lex_gazetteer_problems (which loads it). */
const dy_gazetteer *dy_lex_gazetteer(const dy_lexicon *lx);
int dy_lex_gazetteer_problems(const dy_lexicon *lx);
/* The gazetteer's lookup (dy_gaz_first) of the token with id, looked up
 * once when the gazetteer loads, for a token that is a key as it is (ASCII
 * letters and digits): 1 with *head and *flags, else 0. */
int dy_lex_gaz_token(const dy_lexicon *lx, int32_t id, int32_t *head, int *flags);

/* Kinds of dictionary entries. */
enum { DY_ENT_COUNTRY = 1, DY_ENT_ADJ, DY_ENT_CAPITAL, DY_ENT_SECTOR, DY_ENT_TITLE, DY_ENT_PERSON, DY_ENT_ORG };

typedef struct {
  uint8_t kind;        /* DY_ENT_* */
  uint8_t ntok;        /* tokens in the phrase */
  uint16_t upper_mask; /* token k must start upper case */
  uint16_t caps_mask;  /* token k must be all capitals */
  uint16_t case_sig[4];/* tokens 0-3 written in mixed case ("LeT") must match it exactly (dy_text_case_sig) */
  char code[16];       /* country, sector, org or (for people) "" */
  int32_t person;      /* person index or -1 */
  int32_t title;       /* title index or -1 */
  const char *name;    /* canonical display name */
  const char *type;    /* org type ("igo", "armed", ...) or NULL */
  uint8_t local;       /* an org name other states' bodies also bear ("=" in orgs.txt): its state's only where the document names that state or none */
  char since_code[16]; /* an org's code from since_from on ("since" field of orgs.txt, rule org-in-time), "" when none */
  dy_date since_from;
} dy_entry;

typedef struct {
  char code[16];
  dy_date from, until; /* prec NONE when open */
  int32_t title;       /* title index or -1 */
} dy_role;

/* Word classes of closed-class words the coder tests (bit flags). */
enum {
  DY_W_NEG = 1 << 0,      /* not, never, n't, no */
  DY_W_MODAL = 1 << 1,    /* may, might, could, would, should, can, must */
  DY_W_FUTURE = 1 << 2,   /* will, shall, 'll */
  DY_W_SAY = 1 << 3,      /* said, says, told, stated, according */
  DY_W_BE = 1 << 4,       /* is, was, were, been ... */
  DY_W_DET = 1 << 5,      /* the, a, its, their ... (a following verb form is a noun) */
  DY_W_PREP = 1 << 6,     /* of, in, at, with, on, for, from, by, to, against ... */
  DY_W_CONJ = 1 << 7,     /* and, or, nor, & */
  DY_W_CLAUSE = 1 << 8,   /* which, who, while, but, because, although, whereas */
  DY_W_COND = 1 << 9,     /* if, unless, whether */
  DY_W_HEDGE = 1 << 10,   /* likely, possibly, perhaps, potentially, reportedly, appears */
  DY_W_INTEND = 1 << 11,  /* plans, aims, intends, expected, scheduled, set, seeks, hopes, wants */
  DY_W_REFUSE = 1 << 12,  /* refuses, declined, failed, refused ... (to + verb is negated) */
  DY_W_PRON = 1 << 13,    /* he, she */
  DY_W_SPORT = 1 << 14,   /* match, wicket, striker, league ... */
  DY_W_BIZ = 1 << 15,     /* shares, earnings, revenue, profit ... */
  DY_W_FORMER = 1 << 16,  /* former, ex, erstwhile, late */
  DY_W_PAIRNOUN = 1 << 17,/* countries, sides, nations, leaders, neighbours (after "two"/"both") */
  DY_W_BOTH = 1 << 18,    /* both, two */
  DY_W_HAVE = 1 << 19,    /* has, have, had */
  DY_W_TO = 1 << 20,      /* to */
  DY_W_BY = 1 << 21,      /* by */
  DY_W_ADV = 1 << 22,     /* also, later, jointly, reportedly ... (skipped between be and verb) */
  DY_W_PASTPART = 1 << 23,/* the form is a past participle of a pattern verb */
  DY_W_ING = 1 << 24,     /* the form is an -ing form of a pattern verb */
  DY_W_VERB3 = 1 << 25,   /* the form is a 3rd-person -s form of a pattern verb */
  DY_W_NOMINAL = 1 << 26, /* the form can be a noun (strikes, attack, visit): a determiner before it makes it one */
  DY_W_QUANT = 1 << 27,   /* thousands, dozens, some, many: a partitive "of" follows */
  DY_W_FACTIVE = 1 << 28, /* quick, first, managed, began: "X to VERB" happened */
  DY_W_DATE = 1 << 29,    /* month and weekday names, today, ago, week ...: a date may be near */
  DY_W_LICENSE = 1 << 30, /* they, we, it, who, do, did: a base verb form may follow */
};
/* the first word of some dictionary phrase (actors, sectors, titles) */
#define DY_W_PHRASE (1u << 31)
/* war, talks, election: a date right after it dates that, not the clause */
#define DY_W_EVNOUN (1ull << 32)
/* film, album, novel, episode: entertainment, counted like sport */
#define DY_W_ENT (1ull << 33)
/* assumption, scenario, indicator, forecast: a label that makes what follows a projection */
#define DY_W_ANALYSIS (1ull << 34)
/* vice, deputy, acting: a word that may stand before a title inside an actor ("Taiwan's Vice Foreign Minister") */
#define DY_W_TITLEMOD (1ull << 35)
/* the place stage's words (extract/places.c): in, at, near (a place is where something happens) */
#define DY_W_PLACE_CUE (1ull << 36)
/* from, to, northern, border: a direction or a region before a place */
#define DY_W_PLACE_DIR (1ull << 37)
/* province, port, crossing: a designator after a place's name */
#define DY_W_PLACE_DESIG (1ull << 38)
/* province, region, state: the designators of a division */
#define DY_W_PLACE_DIV (1ull << 39)
/* and, of, al, de, -: lower-case words inside a place's name */
#define DY_W_PLACE_JOIN (1ull << 40)
/* northern, southern ... west: a compass word between "in" and the place that holds another ("in northern Burkina Faso") */
#define DY_W_PLACE_COMPASS (1ull << 43)
/* place-verb: a verb whose object is the place it is done in ("shelled Nikolayev", "after capturing
 * Srebrenica"; "marched on Islamabad") */
#define DY_W_PLACE_VERB (1ull << 44)
/* minister, governor, ambassador: a sector noun of one person, which a name may follow ("Minister Tran Xuan Gia") */
#define DY_W_PERSONNOUN (1ull << 45)
/* committee, association, court, union: the head noun of an organisation's name ("the Ceasefire Violations Committee") */
#define DY_W_ORGHEAD (1ull << 46)
/* talks, war, dispute: an event noun after "India-Pakistan" that makes both states its sides (extract/actors.c, rule pair-hyphen) */
#define DY_W_PAIRREL (1ull << 47)
/* -led, -backed: after a state and a hyphen, the state leads what follows (rule led-by) */
#define DY_W_LED (1ull << 48)
/* -linked, -allied, -aligned: after a name and a hyphen, what follows is another actor the name is tied to
 * ("al-Qaeda-linked group": not al-Qaeda; extract/actors.c, rule affiliate-modifier) */
#define DY_W_AFFIL (1ull << 59)
/* it: a pronoun of a state, an organisation or a sector (rule it-subject) */
#define DY_W_ITPRON (1ull << 49)
/* seems, appears, remains, takes: after "it" it is expletive ("It appears that") */
#define DY_W_EXPLETIVE (1ull << 51)
/* mr, mrs, ms: an honorific before a surname alone ("Mr Blair"; extract/actors.c, rule honorific-surname) */
#define DY_W_HONORIFIC (1ull << 52)
/* labour, labor: a common word that is also a party's name alone, read as
 * the word at a sentence's start before a noun ("Labour shortages";
 * extract/actors.c, rule common-name) */
#define DY_W_COMMONNAME (1ull << 53)
/* left, right, centre, second, from: a photo caption's place of a person, in parentheses after the name ("Sharif (right) and ..."; code/coder.c, rule caption-position) */
#define DY_W_CAPTION (1ull << 54)
/* address, speech, interview, visit: an occasion an act is done at; its date dates the act ("praised Pakistan in his April 2025 address"; extract/docdate.c, rule occasion-date) */
#define DY_W_OCCASION (1ull << 55)
/* leader, premier: a state's leader named by a common noun, the state's
 * leader the article named before ("The Pakistani leader echoed the
 * sentiment": Shehbaz Sharif; extract/actors.c, rule leader-anaphor) */
#define DY_W_LEADER (1ull << 56)
/* previously, formerly, once, past: a word before a verb that puts its act
 * in the past ("have in the past threatened to quit"): no outlook
 * (render/brief.c, rule retrospective) */
#define DY_W_RETRO (1ull << 57)
/* shadow: before a government title, the opposition's spokesman for that
 * post ("Shadow foreign secretary Liam Fox": OPP; extract/actors.c, rule
 * shadow-title) */
#define DY_W_SHADOW (1ull << 62)
/* internet, satellite, recipe, patients: technology, science, health and living, counted with sport as soft news */
#define DY_W_SCIENCE (1ull << 50)

/* will, would, plans, expected, due: a verb group of what is to come, before a weekday alone ("will travel on Monday"; extract/docdate.c, rule weekday-ahead) */
#define DY_W_AHEAD (1ull << 61)
/* embassy, consulate, legation: a state's mission abroad, not the host's */
#define DY_W_MISSION (1ull << 58)
#define DY_W_EXAMPLE (1ull << 60) /* including, notably: what follows is an example */
/* emirate, kingdom, sultanate: a noun that names a state of a kind */
#define DY_W_STATENOUN (1ull << 63)

/* monday ... sunday, today, yesterday, tonight: a bare time adjunct ("Arafat Wednesday rejected") */
#define DY_W_TIMEADJ (1ull << 41)
/* on, last, this, next, early, late, morning, night: words of such an adjunct around its head */
#define DY_W_TIMEMOD (1ull << 42)

/* Pattern elements. */
enum { DY_PE_WORDS = 0, DY_PE_GAP, DY_PE_SLOT };

typedef struct {
  uint8_t type;
  uint16_t nalt;
  uint32_t alt; /* index into the lexicon's alternative token id list */
} dy_pelem;

typedef struct {
  char code[8];
  uint8_t nominal; /* "@" pattern: event noun phrase */
  uint8_t both;    /* "!" before the code: an ambiguous verb, coded only with both sides named */
  uint8_t nelem;
  uint8_t nwords;  /* word elements (pattern length for longest match) */
  uint32_t elem;   /* index into the element list */
  int32_t line;
} dy_pattern;

/* One row of the CAMEO table. */
typedef struct {
  char code[8];
  int8_t quad;
  float goldstein;
  char plover[24];
  const char *name;
} dy_cameo;

/* Loads every dictionary in dir (countries.txt, sectors.txt, titles.txt,
 * people.txt, orgs.txt, verbs.txt, cameo.txt) and compiles the automaton.
 * Problems are reported as "file:line: reason" through dy_warn and counted
 * in *nerr (a bad line is skipped, the rest loads). Returns NULL only when
 * nothing usable loaded (a missing directory); *why then says what. Out of memory
 * aborts (base.h). */
dy_lexicon *dy_lexicon_load(const char *dir, int *nerr, char *why, size_t nwhy);
typedef struct dy_import_stats dy_import_stats;
/* The same, and the user's dictionaries in the field's formats (TABARI and
 * PETRARCH .actors, .agents, .verbs; import.h) added after dyad's own:
 * what they held is counted in *st (may be NULL). */
dy_lexicon *dy_lexicon_load_with(const char *dir, const char *const *dicts, int ndicts, dy_import_stats *st, int *nerr, char *why, size_t nwhy);
void dy_lexicon_free(dy_lexicon *lx);

/* Token id of a lower-cased token, -1 when no dictionary uses it. */
int32_t dy_lex_tokid(const dy_lexicon *lx, const char *norm, size_t n);
/* dy_lex_tokid of n strings at once (out[i] the id of s[i][0..len[i])): the
 * table's cache misses for one string overlap those of the next ones. */
void dy_lex_tokids(const dy_lexicon *lx, const char *const *s, const size_t *len, uint32_t n, int32_t *out);
/* Word class bits of a token id (0 for -1). */
uint64_t dy_lex_wclass(const dy_lexicon *lx, int32_t id);
/* The classes (DY_FW_*, lexicon/wordlists.h) of token id in data/quotes.txt and data/figures.txt. */
uint32_t dy_lex_fwclass(const dy_lexicon *lx, int32_t id);

/* Longest dictionary match of d's tokens starting at token i, not beyond
 * token n (d->tid filled; case rules checked on d's text); returns the
 * entry index and sets *len, or -1. */
int32_t dy_lex_match(const dy_lexicon *lx, const dy_doc *d, uint32_t i, uint32_t n, uint32_t *len);
const dy_entry *dy_lex_entry(const dy_lexicon *lx, int32_t e);

/* People and titles. */
const char *dy_lex_person_name(const dy_lexicon *lx, int32_t p);
/* The code of person p on date (day or coarser precision); "former" asks
 * for the code of a post held before. Writes code (16 bytes) and the title
 * index held (or -1). Returns 1 when the person held a post on the date,
 * 0 when the code only says the country (or ELI for a former holder). */
int dy_lex_person_code(const dy_lexicon *lx, int32_t p, dy_date date, char *code, int32_t *title);
/* The person that person entry e names on date: when the same phrase (same
 * case rule) names several people ("Bush", "Assad", "Gandhi"), the one in a
 * post on the date (a titled post first), else the one who left a post last
 * before it, else e's. */
int32_t dy_lex_person_at(const dy_lexicon *lx, int32_t e, dy_date date);
/* The spans of time in which the person person entry e names held a post,
 * as days (dy_date_days) from (inclusive) to until (exclusive), LONG_MIN
 * and LONG_MAX for open ends: with title >= 0, the posts of that title;
 * with sector (a sector code, "GOV"), the posts of that sector; else all.
 * Writes up to max spans and returns their number; 0 when the phrase
 * names several people ("Bush") or none of the posts qualifies. */
int dy_lex_person_spans(const dy_lexicon *lx, int32_t e, int32_t title, const char *sector, long (*span)[2], int max);
/* The person holding title t for country (alpha-3) on date, or -1. */
int32_t dy_lex_title_holder(const dy_lexicon *lx, int32_t t, const char *country, dy_date date);
/* Whether person p held title t (for country, alpha-3, unless NULL) in a
 * post begun by date; with ended, one that had also ended by then and
 * none of that title held on the date ("the former prime minister").
 * Writes that post's code (16 bytes). */
int dy_lex_person_held(const dy_lexicon *lx, int32_t p, int32_t t, const char *country, dy_date date, int ended, char *code);
/* The person holding title t on date (any country) whose name ends with
 * the word surname[0..n) ("Prime Minister Sharif"), or -1 when none or
 * more than one does. */
int32_t dy_lex_title_surname(const dy_lexicon *lx, int32_t t, const char *surname, size_t n, dy_date date);
/* The one person who held title t (on date if one did, else at any time)
 * one of whose names is name[0..n) misspelt: a name of seven bytes or more
 * within one edit (two from ten bytes: a letter changed, added, dropped or
 * two swapped), the same first letter, a name of several words against the
 * person's names of several words and a surname against surnames; -1 when
 * none or more than one is. "President Francois Mitterand", "President
 * Juvenal Habyariman". */
int32_t dy_lex_title_misspelt(const dy_lexicon *lx, int32_t t, const char *name, size_t n, dy_date date);
/* The entry of the one state whose one-word name or adjective w[0..n) is
 * misspelt (six bytes or more, within one edit, the same first letter:
 * "Ethopia", "Afganistan", "Quatar"), or -1 when none or several are. */
int32_t dy_lex_country_misspelt(const dy_lexicon *lx, const char *w, size_t n);
/* The states bare name w[0..n) may name (data/ambiguous.txt: "Congo" COD
 * COG), their codes in codes; how many (0: w is no such name). */
int dy_lex_ambiguous_state(const dy_lexicon *lx, const char *w, size_t n, char (*codes)[4], int max);
/* The entry of the state's name of code (alpha-3), -1 when none. */
int32_t dy_lex_country_entry(const dy_lexicon *lx, const char *code);
const char *dy_lex_title_name(const dy_lexicon *lx, int32_t t);
const char *dy_lex_title_sector(const dy_lexicon *lx, int32_t t);
/* The name of the state a code's first three letters name ("IRQ", "IRQGOV"), NULL for none. */
const char *dy_lex_country_name(const dy_lexicon *lx, const char *code3);
/* The first adjective of a state ("Pakistani"): *adj points at it, not
 * terminated; returns its length, 0 (and *adj NULL) when there is none. */
size_t dy_lex_country_adj(const dy_lexicon *lx, const char *code3, const char **adj);
/* The state code3 names on date: the state its land was of before the day
 * it began (countries.txt field 5: "SSD" is "SDN" in 2000), else code3's own
 * code; NULL for no state. An unknown date is today's. */
const char *dy_lex_country_on(const dy_lexicon *lx, const char *code3, dy_date date);
/* 1 for a state sector with no state ("GOV", "MIL", "officials", "the
 * army"): it means nothing as a side of a verbal or cooperative event nor
 * of a dyad. (Civilians, militants, media and aid groups do.) */
int dy_lex_generic_code(const dy_lexicon *lx, const char *code);
/* Is code a sector of armed or criminal actors no state runs
 * (wordclasses.txt armed-sectors: REB, CRM), alone or after a state's
 * code ("REB", "MOZREB")? */
int dy_lex_armed_code(const dy_lexicon *lx, const char *code);
/* The name of the organisation with this code ("IGOUNO": "United Nations"), or NULL. */
const char *dy_lex_org_name(const dy_lexicon *lx, const char *code);
/* The type orgs.txt gives the organisation with this code ("igo", "armed" ...), or NULL. */
const char *dy_lex_org_type(const dy_lexicon *lx, const char *code);
/* A hash of the dictionary files of dir (16 hex digits) in buf; -1 when none is readable. */
int dy_lex_dict_version(const char *dir, char *buf, size_t n);
/* The dictionary version of the loaded lexicon ("" when unknown). */
const char *dy_lex_version(const dy_lexicon *lx);

/* Verb patterns whose first word is token id; sets *n. */
const int32_t *dy_lex_patterns_at(const dy_lexicon *lx, int32_t tokid, uint32_t *n);
const dy_pattern *dy_lex_pattern(const dy_lexicon *lx, int32_t p);
const dy_pelem *dy_lex_pelem(const dy_lexicon *lx, const dy_pattern *p, int k);
const int32_t *dy_lex_alts(const dy_lexicon *lx, const dy_pelem *e);

/* CAMEO table lookup; NULL when unknown. */
const dy_cameo *dy_lex_cameo(const dy_lexicon *lx, const char *code);

/* Counts for `dyad dict check`. */
typedef struct {
  int countries, sectors, titles, people, roles, orgs, patterns, cameo, phrases, tokens;
} dy_lex_stats;
void dy_lex_get_stats(const dy_lexicon *lx, dy_lex_stats *st);

/* ---- building from the field's dictionaries (import.c only, during load) ---- */

/* A whole file, NUL-terminated (the caller frees it), its size in *n; NULL
 * when it cannot be read (errno says why). */
char *dy_lex_slurp(const char *path, size_t *n);

/* One element of an imported verb pattern: a word position with its
 * alternatives (the first ninfl verb lemmas, expanded to their forms), a
 * gap or the target's slot. */
typedef struct {
  uint8_t type;    /* DY_PE_* */
  uint16_t ninfl;
  uint16_t nalt;
  const char *const *alt;
} dy_imp_elem;

/* Adds phrase (written with dyad's case rules) as an entry of kind
 * (DY_ENT_COUNTRY, DY_ENT_SECTOR, DY_ENT_ORG) with code; type (orgs) may be
 * NULL; name is copied. Returns 0 when added, 1 when dyad's own dictionaries
 * have the phrase (theirs is kept), 2 when an earlier imported file has it
 * (the first is kept), 3 for the same phrase and code again, -1 when the
 * phrase is empty or longer than 16 tokens. */
int dy_lex_import_phrase(dy_lexicon *lx, const char *phrase, int kind, const char *code, const char *type, const char *name);
/* A new person with these roles (in order: the first covering a date wins,
 * so an open role last is the default code); returns the person index. */
int32_t dy_lex_import_person(dy_lexicon *lx, const char *name, const dy_role *roles, int nroles);
/* Adds phrase for person p; returns as dy_lex_import_phrase. */
int dy_lex_import_person_phrase(dy_lexicon *lx, const char *phrase, int32_t p);
/* Adds a verb pattern (the first element a word; code in the CAMEO table):
 * 0, or -1 when it is empty, too long (24 elements) or starts with no word. */
int dy_lex_import_pattern(dy_lexicon *lx, const char *code, const dy_imp_elem *el, int nel, long line);

/* Models a later stage loads beside the dictionaries (the parser and the
 * event classifier): the lexicon carries them opaquely, as one read-only
 * bundle for all threads, and frees them with free_fn when it is freed. */
void dy_lex_attach(dy_lexicon *lx, void *models, void (*free_fn)(void *));
const void *dy_lex_models(const dy_lexicon *lx);

#endif

/* doc.h: the document every stage annotates, and the small shared types
 * (dates, spans, growable buffers, errors) the stages pass between them.
 *
 * Ownership: a dy_doc owns everything reachable from it; dy_doc_free()
 * releases it all. Annotations are byte spans into doc->text, which no stage
 * rewrites after the text stage has normalised it. */
#ifndef DYAD_DOC_H
#define DYAD_DOC_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "base.h"

/* ---- dates ------------------------------------------------------------ */

enum { DY_PREC_NONE = 0, DY_PREC_DECADE, DY_PREC_YEAR, DY_PREC_MONTH, DY_PREC_DAY };

typedef struct {
  int16_t y;    /* 0 when unknown */
  int8_t m, d;  /* 0 when unknown at that precision */
  int8_t prec;  /* DY_PREC_* */
} dy_date;

/* A date expression found in text (extract/dates.c). */
typedef struct {
  uint32_t start, end;  /* bytes of the expression in the searched text */
  dy_date date;         /* resolved date; prec tells day/month/year/decade */
  uint8_t relative;     /* 1 when resolved against the reference date */
  uint8_t modifier;     /* 1 when the expression modifies a noun ("the 2026
                           Nobel Peace Prize", "the June 2025 war") rather
                           than dating the clause */
  uint8_t weekday;      /* 1 when a weekday alone ("on Monday", "late
                           Monday") read as the most recent one at or before
                           the reference date; a clause about what is to
                           come means the next one at or after it
                           (extract/docdate.c, rule weekday-ahead) */
} dy_date_span;

/* Writes "YYYY-MM-DD" (day precision), "YYYY-MM", "YYYY" or "YYYYs";
 * "" for no date. buf must hold 11 bytes. Returns buf. */
const char *dy_date_str(dy_date d, char *buf);
/* Parses "YYYY", "YYYY-MM", "YYYY-MM-DD" (optionally followed by "T..."). */
int dy_date_parse_iso(const char *s, dy_date *out);
/* Days since 1970-01-01 of the first day the date covers. */
long dy_date_days(dy_date d);
dy_date dy_date_from_days(long days);
int dy_date_cmp(dy_date a, dy_date b);
int dy_weekday(dy_date d); /* 0 = Monday .. 6 = Sunday; needs day precision */
/* "day", "month", "year", "decade", or "" for no date. */
const char *dy_date_prec_name(int prec);

/* ---- JSON into a byte buffer (dy_buf: base.h) ------------------------ */

/* Appends s as a JSON string literal (with quotes, escaped). */
int dy_buf_json_str(dy_buf *b, const char *s, size_t n);

/* ---- annotations ------------------------------------------------------- */

/* Token flags. */
enum {
  DY_TOK_UPPER = 1,    /* first character upper case */
  DY_TOK_ALLCAPS = 2,  /* every letter upper case, at least one letter */
  DY_TOK_DIGIT = 4,    /* starts with a digit */
  DY_TOK_PUNCT = 8,    /* punctuation */
  DY_TOK_POSS = 16,    /* the possessive 's or ' */
  DY_TOK_ABBR = 32,    /* ends with a period that is part of the token */
};

typedef struct {
  uint32_t start, end; /* bytes in doc->text */
  uint32_t norm;       /* offset of the lower-cased form in doc->norm */
  uint16_t nlen;
  uint16_t flags;
} dy_tok;

typedef struct {
  uint32_t start, end;   /* bytes */
  uint32_t tok0, tok1;   /* tokens [tok0, tok1) */
  uint32_t para;         /* paragraph number */
  uint32_t body0;        /* the first token after a dateline ("ISLAMABAD, Jan. 29 (Reuters) -"), tok0 when none */
  /* the dates stage (extract/docdate.c) */
  uint32_t dspan0, dspan1; /* its date expressions d->dspans[dspan0, dspan1), bytes from the sentence's start */
  dy_date date;          /* the date of what it reports: the one it states, else the document's */
  uint8_t date_stated;   /* 1 when the sentence states date */
  dy_date rdate;         /* the date of a relative clause ("Bolsonaro, who governed from 2019"), */
  uint32_t rel0, rel1;   /* which holds tokens [rel0, rel1); rel1 0 when none */
  /* the actors stage (extract/actors.c) */
  uint32_t ment0, ment1; /* its actor mentions d->ments[ment0, ment1) */
  /* the places stage (extract/places.c, dy_doc_index_places) */
  uint32_t place0, place1; /* its places d->places[place0, place1) */
} dy_sent;

/* An actor mention: a span of tokens the lexicon recognised. */
typedef struct {
  uint32_t sent, tok0, tok1; /* tokens [tok0, tok1) */
  char code[16];             /* CAMEO-style actor code, e.g. PAKGOV */
  int32_t entry;             /* lexicon entry, -1 if composed */
  int32_t person;            /* lexicon person id or -1 */
  uint8_t kind;              /* DY_ACT_* */
  uint8_t former;            /* "former", "ex-" before it */
  uint8_t poss;              /* followed by a possessive 's */
  uint8_t located;           /* its country came from "in"/"of" after it ("the embassy in Kabul") */
  uint8_t surname;           /* a surname alone, standing for the person the article named in full before */
  uint16_t group;            /* mentions joined by and/or/commas share a group */
  char name[64];             /* display name: the person, organisation or the words */
  const char *rule;          /* the named rule of actors.c that composed it beyond the dictionary's phrase, or NULL */
  uint32_t name0;            /* rule titled-name: the first token of the name after the title ("Mayor [Ines Koller]"), else 0 */
  uint8_t title_only;        /* the phrase ends with a title and names no one ("Deputy Prime Minister") */
} dy_mention;

enum { DY_ACT_COUNTRY = 1, DY_ACT_SECTOR, DY_ACT_PERSON, DY_ACT_ORG, DY_ACT_PRONOUN, DY_ACT_PAIR };

enum { DY_MOD_ASSERTED = 0, DY_MOD_NEGATED, DY_MOD_HYPOTHETICAL, DY_MOD_FUTURE, DY_MOD_REPORTED, DY_MOD_STANDING, DY_MOD_ONE_SIDED };
const char *dy_modality_name(int m);

typedef struct {
  uint32_t sent;
  char source[16], target[16];
  char source_name[64], target_name[64];
  char code[8];          /* CAMEO code */
  char root[3];
  int8_t quad;
  float goldstein;
  uint8_t modality;
  dy_date date;
  uint8_t date_from_text; /* 1 when the sentence gave the date */
  uint32_t src_start, src_end, verb_start, verb_end, tgt_start, tgt_end; /* bytes */
  /* who reported it (code/attrib.c): "officials" of "..., officials said";
   * attr_end 0 when the sentence names no one */
  uint32_t attr_start, attr_end; /* bytes of the speaker's words (those of the quote's attribution) */
  char attr_name[64];    /* the speaker's name or words */
  char attr_code[16];    /* its actor code, "" when unknown */
  const char *attr_rule; /* the rule that found it (static), NULL */
  /* where it happened (extract/places.c): the place its sentence names, or none */
  int32_t place;         /* index in doc->places, -1 when none (set by the place stage; check geo_type) */
  uint8_t geo_type;      /* GDELT ActionGeo_Type: 0 none, 1 country, 2 US state, 3 US city, 4 world city, 5 world division */
  char geo_name[64];     /* "Quetta, Balochistan, Pakistan" style full name */
  char geo_cc[3];        /* ISO 3166-1 alpha-2 */
  char geo_adm1[12];     /* ISO 3166-2 ("PK-BA") or country + GeoNames admin1 code ("USTX") */
  char geo_feature[10];  /* feature type: PPLC, PPLA, ADM1, PORT, CROSSING ... */
  int32_t geo_id;        /* GeoNames id, 0 when none */
  double lat, lon;       /* valid when geo_has_coord */
  uint8_t geo_has_coord;
} dy_event;

/* A place mention (extract/places.c) resolved to a gazetteer entry. */
typedef struct {
  uint32_t sent, start, end;   /* the name's bytes in doc->text */
  uint32_t tok0, tok1;         /* its tokens */
  int32_t entry;               /* gazetteer entry (lexicon/gazetteer.h) */
  char name[64];               /* the gazetteer's name ("Sistan and Baluchestan") */
  char cc[3], cc3[4];          /* ISO 3166-1 alpha-2, alpha-3 ("" for a sea) */
  char adm1[12];               /* ISO 3166-2 ("PK-BA"), else country + GeoNames admin1 ("USTX") */
  char feature[10];            /* PPLC, PPLA, PPL, ADM1, PORT, CROSSING, REGION, STRAIT, SEA ... */
  double lat, lon;             /* valid when has_coord */
  uint8_t has_coord;
  uint8_t cue;                 /* 1 after in/at/near/outside ("in Quetta"), 2 after another cue (from, to ...), 0 none */
  uint8_t actor;               /* the words are also an actor mention (a capital: "in Tehran") */
  uint8_t dateline;            /* the story's dateline ("KABUL, May 3 (Wire) -") */
  int32_t geonameid;           /* 0 when none */
  float score;                 /* how sure (the resolution's margin), for debugging */
} dy_place;

/* A quote (extract/quotes.c): direct (inside quotation marks) or reported
 * ("X said that ..."), with its speaker. Spans are bytes of doc->text. */
enum { DY_QUOTE_DIRECT = 1, DY_QUOTE_REPORTED };
typedef struct {
  uint32_t sent;               /* sentence where the quote starts */
  uint32_t start, end;         /* the quoted words (inside the marks) or the reported clause */
  uint32_t sp_start, sp_end;   /* the speaker's words in this sentence or the one resolved from (0, 0: none) */
  uint8_t kind;                /* DY_QUOTE_* */
  uint8_t via;                 /* how the speaker was found: DY_VIA_* (extract/quotes.h) */
  char speaker[64];            /* full name, or the describing words ("the official") */
  char affil[96];              /* affiliation or description ("senior fellow at ... Institute") */
  char code[16];               /* actor code when known */
} dy_quote;

/* A figure (extract/figures.c): an amount with its unit, normalised. */
typedef struct {
  uint32_t sent, start, end;   /* the amount's bytes in doc->text */
  double value;                /* in unit, scale applied (3e9 for "$3 billion") */
  double usd;                  /* currency amounts in US dollars, or -1 when unknown */
  char unit[16];               /* "USD", "EUR", "km", "%", a counted noun ("agreements"), ... */
  char measure[40];            /* what it measures ("trade volume"), "" when not found */
  uint8_t target;              /* a goal or target, not a current value */
  uint8_t approx;              /* 1 about/nearly, 2 at least/more than, 3 at most/less than */
  char actors[48];             /* countries of the sentence's actors, sorted, comma-separated */
} dy_figure;

struct dy_dedup_sig; /* link/dedup.h */

typedef struct dy_doc {
  /* metadata */
  char *id, *path, *url, *title, *source, *meta; /* meta: JSON object text or NULL */
  char *date_line;    /* a stated date the reader could not resolve alone ("08 Aug, 22:59") */
  const char *date_field; /* the record's field date_line came from ("published"), NULL for a date line */
  long age_hours;     /* "5 hours ago" on an aggregator page: hours before the page's date, or -1 */
  char *raw;          /* an unparsed input record (a JSON Lines line, a whole text, HTML or feed file), or NULL */
  size_t rawlen;
  int rawfmt;         /* the record's format (read/read.h DY_FMT_*) */
  int skip;           /* set by a stage that found the document unusable (reported) */
  struct dy_dedup_sig *sig; /* near-duplicate signature (link stage), malloc'd, or NULL */
  long long dup_of;   /* > 0: a near-duplicate of that stored article (set before storing) */
  dy_date published;
  int date_inferred;
  int date_decided;   /* dy_doc_resolve_date has run: published is final (it may be none) */
  long line;          /* line of the input where it started, 0 if none */
  uint64_t seq;       /* order of reading */
  uint64_t hash;      /* of the normalised text */
  int dup;            /* set by the store when already present */

  char *text;  /* NFC UTF-8, NUL-terminated */
  size_t len;
  char *norm;  /* lower-cased token forms, NUL-separated */
  size_t norm_len, norm_cap;

  dy_tok *toks; uint32_t ntoks, ctoks;
  int32_t *tid;       /* lexicon token id of each token (-1: unknown), set by the lexicon scan */
  dy_sent *sents; uint32_t nsents, csents;
  dy_date_span *dspans; uint32_t ndspans, cdspans; /* the sentences' date expressions (extract/docdate.c) */
  dy_mention *ments; uint32_t nments, cments;
  dy_event *events; uint32_t nevents, cevents;
  uint32_t nparsed;   /* sentences the coder parsed (candidates) */
  dy_quote *quotes; uint32_t nquotes, cquotes;   /* extract/quotes.c */
  dy_figure *figs; uint32_t nfigs, cfigs;        /* extract/figures.c */
  dy_place *places; uint32_t nplaces, cplaces;   /* extract/places.c, in sentence order */
} dy_doc;

dy_doc *dy_doc_new(void);
void dy_doc_free(dy_doc *d);
/* Takes ownership of text (malloc'd, NUL-terminated). */
void dy_doc_set_text(dy_doc *d, char *text, size_t len);
int dy_doc_set_str(char **field, const char *s, size_t n);
/* Pushes return a pointer to the new zeroed element or NULL on OOM. */
dy_tok *dy_doc_push_tok(dy_doc *d);
dy_sent *dy_doc_push_sent(dy_doc *d);
dy_date_span *dy_doc_push_dspan(dy_doc *d);
dy_mention *dy_doc_push_ment(dy_doc *d);
dy_event *dy_doc_push_event(dy_doc *d);
dy_quote *dy_doc_push_quote(dy_doc *d);
dy_figure *dy_doc_push_fig(dy_doc *d);
dy_place *dy_doc_push_place(dy_doc *d);
/* Sets each sentence's range of places (place0, place1); the places are in sentence order. */
void dy_doc_index_places(dy_doc *d);
static inline const char *dy_tok_norm(const dy_doc *d, const dy_tok *t) { return d->norm + t->norm; }


/* ---- errors ------------------------------------------------------------ */

/* dy_warn (base.h) reports a problem with the input; 1 quiets the
 * progress line, 2 the warnings too. */
extern int dy_quiet_warnings;

#endif

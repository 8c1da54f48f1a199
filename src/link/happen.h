/* happen.h: one event per happening. Reports of the same event in several
 * articles (or several times in one) are linked to one happening, with
 * GDELT's NumMentions, NumSources and NumArticles.
 *
 * The rule (all must hold for an event to join a happening):
 *  - the same kind of factuality: asserted and reported events join each
 *    other; negated, hypothetical and future events only their own kind;
 *  - the same actors in the same roles: the source codes agree and the
 *    target codes agree, where two codes agree when they are equal or are
 *    a country and its government (PAK and PAKGOV: "Pakistan" and
 *    "Islamabad"; not PAK and PAKMIL, nor PAKGOV and PAKSPY: GDELT keeps
 *    events of different actor codes apart), and an unnamed side only
 *    matches an unnamed side;
 *  - the same people: when both name a person on one side (the name of a
 *    person mention: "Masoud Pezeshkian", "Abbas Araghchi"), the names are
 *    the same, so two IRNGOV visits by different officials stay two;
 *  - the same kind of event: the same CAMEO root and the same 3-digit code,
 *    unless one of them is the root's generic code (040 "consult" joins
 *    042 "make a visit"; 042 and 043, or 042 and 051, do not);
 *  - dates that agree within their precision: two day-precision dates at
 *    most 1 day apart when both are stated in their sentences, 2 days when
 *    either is its article's date (a report a day or two after the event);
 *    otherwise (month, year, decade) the intervals overlap. An undated
 *    event joins nothing;
 *  - the same place when both give one: equal names, or one is a
 *    first-level division holding the other; places of different
 *    countries never agree.
 * A happening remembers the most precise of its codes, dates and places
 * (its "core"): a month-dated report joins a day-dated happening of that
 * month, and a day-dated report narrows a month-dated happening to the day.
 * Day cores never span more than the tolerance (no chaining of day after
 * day). Matching is incremental: each event stored is compared with the
 * existing happenings, the newest first, and joins the first that agrees. */
#ifndef DYAD_HAPPEN_H
#define DYAD_HAPPEN_H

#include <stddef.h>
#include <stdint.h>

struct sqlite3;

/* An event as the link stage sees it. */
typedef struct {
  long long id, article_id;
  const char *source, *target;        /* codes, "" when a side is unnamed */
  const char *source_person, *target_person; /* the person named on each side, or "" */
  const char *code, *root;
  const char *date, *date_precision;  /* as stored: "2025-08-03" / "day"; "" undated */
  int date_stated;                    /* the sentence states the date (date_source = sentence) */
  const char *modality;               /* asserted, reported, negated, hypothetical, future */
  const char *geo_name, *geo_country, *geo_adm1, *geo_feature; /* "" when none */
  const char *outlet;                 /* the article's outlet key (dy_hap_outlet), for NumSources */
} dy_hap_event;

/* The core a happening is matched on (also used by the unit tests). */
typedef struct {
  char source[16], target[16], source_person[64], target_person[64], root[3], code[8];
  int modclass;
  long lo, hi;   /* days since 1970 of the core date interval */
  int prec;      /* DY_PREC_* of the core */
  int stated;    /* the core's day was stated in a sentence */
  char geo_name[64], geo_country[4], geo_adm1[12], geo_feature[10];
} dy_hap_core;

/* The date interval of a stored date ("2025-08", "month"): 0 when dated. */
int dy_hap_interval(const char *date, const char *prec, long *lo, long *hi, int *p);
/* The core of a happening whose first event is e. Returns 0, or -1 when e
 * can join nothing (undated). */
int dy_hap_core_of(const dy_hap_event *e, dy_hap_core *c);
/* 1 when event e may join the happening of core c (the rule above). */
int dy_hap_agrees(const dy_hap_core *c, const dy_hap_event *e);
/* Narrows c with e (after it joined). */
void dy_hap_narrow(dy_hap_core *c, const dy_hap_event *e);

/* The outlet key of an article: its source ("Dawn"), else the host of its
 * URL without "www.", else "#ID" (an unknown outlet counts as its own). */
void dy_hap_outlet(const char *source, const char *url, long long article_id, char *out, size_t n);

/* The link stage on a store: the tables (inside the caller's transaction). */
typedef struct dy_hap_linker dy_hap_linker;
dy_hap_linker *dy_hap_linker_new(struct sqlite3 *db);
void dy_hap_linker_free(dy_hap_linker *l);
/* Starts a document: the counts of NumArticles are per document. */
void dy_hap_begin_doc(dy_hap_linker *l);
/* Links one stored event (events.happening_id set, the happening's counts
 * updated). Returns the happening id (the id of its first event), -1 on a
 * SQLite error. */
long long dy_hap_link(dy_hap_linker *l, const dy_hap_event *e);
/* The same for an event about to be stored as e->id (set_event 0: the
 * caller stores it with the happening id returned), or stored (1). */
long long dy_hap_link_to(dy_hap_linker *l, const dy_hap_event *e, int set_event);
/* Links every stored event without a happening, in id order (a store
 * migrated from an older version). Returns how many, -1 on error. */
long dy_hap_link_pending(struct sqlite3 *db);

#endif

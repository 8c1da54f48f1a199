/* dyad.h: the public interface of libdyad, news to coded political events.
 *
 * Ownership, once for all: a handle returned by dyad_*_load or dyad_*_open
 * belongs to the caller, who releases it with the matching dyad_*_free or
 * dyad_*_close; every free and close accepts NULL and does nothing. Strings
 * passed in are only read during the call. Files (FILE *) stay the caller's.
 * Functions return 0 on success and a negative value on failure, with the
 * reason written to a caller's buffer (why, nwhy), or for bad input, which
 * is skipped while the rest of the run goes on, passed to the warning
 * handler (dyad_set_warning_handler) as "FILE:LINE: problem". A compiled lexicon is read-only and may be shared by
 * any number of threads. */
#ifndef DYAD_H
#define DYAD_H

#include <stdio.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct dy_lexicon dyad_lexicon;

/* Warnings about bad input (a line, a record, a file skipped while the run
 * goes on): the library prints nothing itself, it calls this handler, one
 * call at a time, with the file (or NULL), the line (0: none) and the
 * message. The default writes "dyad: FILE:LINE: message" to standard
 * error; fn NULL restores it. Out of memory is the one fatal error: the
 * library prints "dyad: out of memory" and aborts. */
typedef void (*dyad_warning_fn)(void *user, const char *file, long line, const char *message);
void dyad_set_warning_handler(dyad_warning_fn fn, void *user);

/* The version of the code. */
#ifndef DYAD_VERSION
#define DYAD_VERSION "0.9.0"
#endif

/* The version of the dictionaries in dir: a hash of the names and contents
 * of the dictionary files, 16 hexadecimal digits, written to buf. Returns 0,
 * or -1 when dir cannot be read. Stored in the store at every ingest. */
int dyad_dict_version(const char *dir, char *buf, size_t n);

/* The dictionary directory to use: $DYAD_DATA, else data/ beside the
 * executable's build directory, else the installed share directory, else
 * "data". The returned string is static. */
const char *dyad_data_dir(void);

/* Loads and compiles every dictionary in dir, and the parser and event
 * model of the parse-based coder beside them. *nerr counts bad lines
 * (reported on stderr as "file:line: reason" and skipped). Returns NULL,
 * with the reason in why, when nothing usable could be loaded. */
dyad_lexicon *dyad_lexicon_load(const char *dir, int *nerr, char *why, size_t nwhy);
/* The same; dictionary_only 1 loads no parser nor event model, so the
 * dictionary coder codes alone (`--fast`). */
dyad_lexicon *dyad_lexicon_load_coder(const char *dir, int dictionary_only, int *nerr, char *why, size_t nwhy);
/* The same, with the user's dictionaries in the field's own formats added:
 * TABARI and PETRARCH .actors, .agents and .verbs files read as they are
 * (a path may start with "actors:", "agents:" or "verbs:" to say its kind).
 * dyad's own entries come first: a phrase they hold keeps dyad's code, and
 * of two user files the first given wins. */
dyad_lexicon *dyad_lexicon_load_dicts(const char *dir, const char *const *dicts, int ndicts, int dictionary_only, int *nerr,
                                      char *why, size_t nwhy);
void dyad_lexicon_free(dyad_lexicon *lx);

/* Checks dictionaries and prints a summary of what they hold to out.
 * Returns the number of problems found (0 when all is well), -1 when dir
 * could not be read. */
int dyad_dict_check(const char *dir, FILE *out);
/* The same with the user's dictionaries (as dyad_lexicon_load_dicts): also
 * prints how many of their entries were read, converted and skipped, and why. */
int dyad_dict_check_dicts(const char *dir, const char *const *dicts, int ndicts, FILE *out);

/* ---- one document ------------------------------------------------------------------
 * A document and what dyad finds in it, as objects: for a program that
 * codes text it holds in memory, a second coder compared with dyad's, or a
 * test. The strings and spans of what the accessors return live as long as
 * the document. */
typedef struct dy_doc dyad_doc;

/* A document of n bytes of text (any encoding dyad reads: invalid UTF-8
 * is repaired), dated date ("YYYY-MM-DD", "YYYY-MM", "YYYY" or NULL: the
 * dates its text states, else none) with the identifier id (or NULL).
 * NULL with why when the date is not a date. */
dyad_doc *dyad_doc_new(const char *text, size_t n, const char *date, const char *id, char *why, size_t nwhy);
void dyad_doc_free(dyad_doc *d);

/* Runs every stage over d: sentences, actors, dates, places, events and,
 * with facts, event locations, quotes and figures. Returns 0, -1 with why. */
int dyad_doc_annotate(const dyad_lexicon *lx, dyad_doc *d, int facts, char *why, size_t nwhy);

/* The document's text after repair (NUL-terminated) and its length: the
 * byte spans below index it. */
const char *dyad_doc_text(const dyad_doc *d, size_t *len);
size_t dyad_doc_nsentences(const dyad_doc *d);
/* Sentence i's bytes [start, end); 0, or -1 when i is out of range. */
int dyad_doc_sentence(const dyad_doc *d, size_t i, size_t *start, size_t *end);

typedef struct {
  size_t sentence;                      /* its sentence */
  const char *code, *root;              /* CAMEO 1.1b3 ("111", "11") */
  const char *source, *target;          /* actor codes, "" for none or a side with no code */
  const char *source_name, *target_name;
  const char *modality;                 /* "asserted", "negated", "hypothetical", "future", "reported" */
  int quad;                             /* QuadClass 1..4 */
  double goldstein;
  char date[11];                        /* "YYYY-MM-DD", "YYYY-MM", "YYYY", "" */
  /* byte spans in the text ([start, end); 0, 0 for none) */
  size_t source_start, source_end, verb_start, verb_end, target_start, target_end;
  long place;                           /* where it happened: its place (dyad_doc_place), -1 for none (with facts) */
  /* who reported it ("..., officials said"): the speaker's name or words and
   * actor code, "" for no one; its bytes in the text (0, 0 for none) */
  const char *attributed_to, *attributed_code;
  size_t attributed_start, attributed_end;
} dyad_event;

size_t dyad_doc_nevents(const dyad_doc *d);
/* Event i into *e; 0, or -1 when i is out of range. */
int dyad_doc_event(const dyad_doc *d, size_t i, dyad_event *e);

typedef struct {
  size_t sentence;               /* where it starts */
  size_t start, end;             /* the quoted words */
  size_t speaker_start, speaker_end; /* the speaker's words (0, 0: none) */
  const char *speaker, *affiliation, *code; /* "" when unknown */
  const char *kind;              /* "direct" (in quotation marks) or "reported" */
} dyad_quote;
size_t dyad_doc_nquotes(const dyad_doc *d);
int dyad_doc_quote(const dyad_doc *d, size_t i, dyad_quote *q);

/* The document's date ("YYYY-MM-DD", "YYYY-MM", "YYYY", "YYYYs" for a
 * decade, "" for none) into date (11 bytes), after dyad_doc_annotate: the
 * one given, or the one its text states; *inferred (when not NULL) is 1
 * when it was inferred from the dates the text states. */
void dyad_doc_published(const dyad_doc *d, char *date, int *inferred);
/* Sentence i's date (as above): the one it states, else the document's;
 * *stated (when not NULL) is 1 when the sentence states it. 0, or -1 when
 * i is out of range. */
int dyad_doc_sentence_date(const dyad_doc *d, size_t i, char *date, int *stated);

/* An actor mention: words the dictionaries know, resolved on the date of
 * its sentence. */
typedef struct {
  size_t sentence;
  size_t start, end;       /* its words */
  const char *code;        /* CAMEO-style actor code ("PAKGOV"), "" for none */
  const char *name;        /* the person's, organisation's or country's name, or the words */
  const char *kind;        /* "country", "sector", "person", "organisation", "pronoun", "pair" */
  int former;              /* "former", "ex-" before it */
} dyad_actor;
size_t dyad_doc_nactors(const dyad_doc *d);
int dyad_doc_actor(const dyad_doc *d, size_t i, dyad_actor *a);

/* A place mention resolved in the gazetteer. */
typedef struct {
  size_t sentence;
  size_t start, end;        /* its name as written */
  const char *name;         /* the gazetteer's name ("Sistan and Baluchestan") */
  const char *country;      /* ISO 3166-1 alpha-3 ("PAK"), "" for a sea */
  const char *cc;           /* ISO 3166-1 alpha-2 ("PK") */
  const char *adm1;         /* ISO 3166-2 ("PK-BA"), else country and GeoNames admin1 ("USTX"), or "" */
  const char *feature;      /* PPLC, PPLA, PPL, ADM1, PORT, CROSSING, REGION, SEA ... */
  int has_coord;            /* lat and lon are valid */
  double lat, lon;
  long geonameid;           /* 0 when none */
} dyad_place;
size_t dyad_doc_nplaces(const dyad_doc *d);
int dyad_doc_place(const dyad_doc *d, size_t i, dyad_place *p);

/* A figure: an amount with its unit, normalised (dyad_doc_annotate with facts). */
typedef struct {
  size_t sentence;
  size_t start, end;        /* the amount as written */
  double value;             /* in unit, its scale applied (3e9 for "$3 billion") */
  double usd;               /* a currency amount in US dollars, -1 when unknown or no currency */
  const char *unit;         /* "USD", "EUR", "km", "%", a counted noun ("agreements") */
  const char *measure;      /* what it measures ("trade volume"), "" when not found */
  const char *approx;       /* "", "about", "at least", "at most" */
  int target;               /* a goal or target, not a current value */
  const char *countries;    /* the sentence's countries, sorted, comma-separated */
} dyad_figure;
size_t dyad_doc_nfigures(const dyad_doc *d);
int dyad_doc_figure(const dyad_doc *d, size_t i, dyad_figure *f);

/* A date expression the text states, resolved ("yesterday" against the
 * document's date). */
typedef struct {
  size_t sentence;
  size_t start, end;        /* its words */
  char date[11];            /* as dyad_doc_published writes it */
  const char *precision;    /* "day", "month", "year", "decade" */
  int relative;             /* resolved against the document's date */
  int modifier;             /* it names a noun ("the June 2025 war"), not when the sentence's act happened */
} dyad_date;
size_t dyad_doc_ndates(const dyad_doc *d);
int dyad_doc_date(const dyad_doc *d, size_t i, dyad_date *t);

/* Input formats. */
enum { DYAD_FMT_AUTO = 0, DYAD_FMT_TEXT, DYAD_FMT_JSONL, DYAD_FMT_HTML, DYAD_FMT_FEED, DYAD_FMT_LINES };
/* Output formats of events. */
enum { DYAD_OUT_TABLE = 0, DYAD_OUT_TSV, DYAD_OUT_JSON, DYAD_OUT_GDELT, DYAD_OUT_CSV, DYAD_OUT_PLOVER, DYAD_OUT_GRAPHML };

typedef struct {
  int jobs;            /* annotating threads; 0: the number of cores */
  int format;          /* DYAD_FMT_* */
  int progress;        /* show progress on stderr */
  const char *date;    /* YYYY-MM-DD: the date of documents that state none (dyad code) */
  int all;             /* dyad code: print events of every modality */
  int no_dedup;        /* dyad ingest: do not look for near-duplicates */
  int dedup;           /* dyad read: group duplicates (dup_of, similarity) */
} dyad_run_opts;

typedef struct {
  long files, read, stored, duplicates, near_duplicates, skipped, sentences, events;
  double mbytes, seconds;
  long parsed; /* sentences the parser read: those with an actor and an event word */
} dyad_run_stats;

/* Reads, codes and stores every document under paths into the SQLite store
 * db. An article already stored (same text) is counted as a duplicate and
 * not stored again; a near-duplicate (the same story reposted with a new
 * headline, boilerplate or a few edits) is stored linked to the first copy
 * (dup_of) without events of its own. Returns 0, or -1 when the store could
 * not be used. */
int dyad_ingest(const dyad_lexicon *lx, const char *db, char *const *paths, int npaths, const dyad_run_opts *o,
                dyad_run_stats *st, char *why, size_t nwhy);

/* A Unix filter: documents from in (one per line for DYAD_FMT_LINES, JSON
 * Lines for DYAD_FMT_JSONL), events to out as JSON Lines, nothing stored. */
int dyad_code_stream(const dyad_lexicon *lx, FILE *in, FILE *out, const dyad_run_opts *o, dyad_run_stats *st);

/* Prints the documents under paths as read (JSON Lines), nothing coded. */
int dyad_read_docs(char *const *paths, int npaths, const dyad_run_opts *o, FILE *out, dyad_run_stats *st);

typedef struct {
  const char *actor;            /* code prefix, source or target */
  const char *dyad_a, *dyad_b;  /* code prefixes, either direction */
  const char *since, *until;    /* YYYY-MM-DD (or a prefix: YYYY, YYYY-MM) */
  const char *root;             /* CAMEO root, two digits */
  int quad;                     /* 1..4, 0 any */
  int all;                      /* every modality, not only asserted */
  long limit;
} dyad_query;

/* Prints the events of the store matching q in format (DYAD_OUT_*). */
int dyad_events(const dyad_lexicon *lx, const char *db, const dyad_query *q, int format, FILE *out, char *why, size_t nwhy);
/* Prints the actors of the store by events and mentions. */
int dyad_actors(const char *db, int format, FILE *out, char *why, size_t nwhy);
/* Prints the stored quotes (speaker: a part of the speaker's name or
 * affiliation, or NULL for all) in format (DYAD_OUT_TABLE, TSV or JSON). */
int dyad_quotes(const char *db, const char *speaker, int format, FILE *out, char *why, size_t nwhy);
/* Prints the stored figures (measure: a part of the measure, or NULL). */
int dyad_figures(const char *db, const char *measure, int format, FILE *out, char *why, size_t nwhy);
/* Prints the claims: the same quantity stated by several articles, and whether they agree. */
int dyad_claims(const char *db, int format, FILE *out, char *why, size_t nwhy);
/* Prints the stored places (name as written, gazetteer entry, feature,
 * country, ADM1, coordinates) in format (DYAD_OUT_TABLE, TSV or JSON). */
int dyad_places(const char *db, int format, FILE *out, char *why, size_t nwhy);
/* Writes the events of q that have a location, then the stored places, as
 * one GeoJSON FeatureCollection (docs/FORMATS.md). */
int dyad_geojson(const dyad_lexicon *lx, const char *db, const dyad_query *q, FILE *out, char *why, size_t nwhy);
/* Writes the Markdown brief (focus: comma-separated codes, or NULL). */
int dyad_brief(const dyad_lexicon *lx, const char *db, const char *focus, const char *since, const char *until, FILE *out,
               char *why, size_t nwhy);

/* The brief with its options: html 1 for one self-contained HTML page (inline
 * CSS and SVG charts), else Markdown; watch, a rule file for the Watchlist
 * section (docs/FORMATS.md), or NULL. */
typedef struct {
  const char *focus, *since, *until;
  int html;
  const char *watch;
} dyad_brief_opts;
int dyad_brief_write(const dyad_lexicon *lx, const char *db, const dyad_brief_opts *o, FILE *out, char *why, size_t nwhy);

/* Evaluates the watch rules of the file rules on the store's events dated
 * since..until (either may be NULL) and writes the rules that fired with
 * their events, and those that did not (format DYAD_OUT_TABLE: text, or
 * DYAD_OUT_JSON: one object per rule). Returns the number of rules that
 * fired, or -1 with why (a parse error is "FILE:LINE: problem"). */
int dyad_watch(const char *db, const char *rules, const char *since, const char *until, int format, FILE *out, char *why, size_t nwhy);

/* ---- analysis of the happenings (src/analyze/analyze.h has the C structs) ----
 * Every count is of happenings (one per real-world event, however many
 * articles report it: see dyad events' "happening"), asserted or reported,
 * with background events (dated a year or more before their reports) kept
 * out and counted apart. docs/FORMATS.md describes the outputs. */
typedef struct {
  const char *dyad_a, *dyad_b;  /* code prefixes, either order; NULL: every dyad */
  int full;                     /* dyads and nodes of full codes (PAKGOV), not countries (PAK) */
  int by_week;                  /* series per ISO week (the Monday's date), else per month */
  const char *since, *until;    /* YYYY[-MM[-DD]], as intervals */
  int window;                   /* base rates: days after an event (0: 30) */
} dyad_analysis_opts;

/* Per ordered dyad: happenings by QuadClass and mean Goldstein per period,
 * and the change of the last period against the earlier ones ("increase",
 * "decrease", "no change", "new", "none"). format: DYAD_OUT_TABLE, TSV, JSON. */
int dyad_series(const char *db, const dyad_analysis_opts *o, int format, FILE *out, char *why, size_t nwhy);
/* The actor network: nodes with weighted degree (happenings) and Brandes
 * betweenness, edges with happenings each way. format: TABLE, TSV, JSON, GRAPHML. */
int dyad_network(const char *db, const dyad_analysis_opts *o, int format, FILE *out, char *why, size_t nwhy);
/* Base rates: after a happening of root R from A to B, what happened between
 * A and B within the window (counts, shares and the numbers they rest on). */
int dyad_baserates(const char *db, const dyad_analysis_opts *o, int format, FILE *out, char *why, size_t nwhy);

/* Tags, lemmatises and parses with the model in dir/parse/ (`make train`):
 * text on in (split into sentences and tokens as articles are), or CoNLL-U
 * when conllu is set (its tokens kept; multiword and empty-node lines
 * dropped; comments kept). Writes CoNLL-U: ID FORM LEMMA UPOS _ _ HEAD
 * DEPREL _ MISC. Returns 0, 1 when bad lines were skipped (reported), -1 with
 * why when the model cannot be loaded or the output written. */
int dyad_parse_stream(const char *dir, FILE *in, FILE *out, int conllu, char *why, size_t nwhy);

#ifdef __cplusplus
}
#endif
#endif

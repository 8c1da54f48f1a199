/* main.c: the dyad command line: one function per subcommand, on the public API. */
#include "dyad.h"

#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char USAGE[] =
  "usage: dyad COMMAND [OPTIONS] [ARGS]\n"
  "\n"
  "News to coded political events (CAMEO), stored in SQLite, with briefs.\n"
  "\n"
  "commands:\n"
  "  ingest PATH...   read, code and store articles (files, directories, .gz, - for stdin)\n"
  "  read PATH...     print the documents as read, as JSON Lines (nothing coded)\n"
  "  code             code documents from standard input, events to standard output\n"
  "  events           list stored events (asserted only unless --all)\n"
  "  actors           list actors by events and mentions\n"
  "  export           export events (--format gdelt: GDELT 2.0 events, 61 columns)\n"
  "  quotes           list stored quotes with their speakers\n"
  "  places           list stored places with their coordinates, country and division\n"
  "  figures          list stored figures (amounts, what they measure)\n"
  "  claims           the same quantity stated by several articles: agree or not\n"
  "  brief            write the analyst's brief (Markdown or one HTML page)\n"
  "  watch            evaluate watch rules on the store: which fired, with their events\n"
  "  series           happenings per dyad and week or month, and the change of the last period\n"
  "  network          the actor network: weighted degree and betweenness (also GraphML)\n"
  "  baserates        after an event between two actors, what followed within 30 days\n"
  "  dict check       validate the dictionaries\n"
  "  parse            tag, lemmatise and parse text or CoNLL-U from standard input\n"
  "\n"
  "global options (before COMMAND): --data DIR (the dictionaries), --version\n"
  "Commands that code or name actors take --dict FILE (repeatable): the user's own\n"
  "dictionaries in TABARI's or PETRARCH's format (.actors, .agents, .verbs).\n"
  "\n"
  "Run 'dyad COMMAND --help' for a command's options. Dictionaries come from\n"
  "--data DIR, else $DYAD_DATA, else the data/ directory of the installation.\n";

/* dyad --data DIR COMMAND: the dictionaries for every command. */
static const char *g_data;

typedef struct {
  const char *db, *data, *format, *actor, *dyad, *since, *until, *root, *focus, *out, *date, *speaker, *measure, *watch, *rules;
  int jobs, all, quiet, quad, help, progress_forced, no_dedup, dedup, conllu, full, fast;
  const char *by;
  const char *dicts[64]; /* --dict FILE, in order */
  int ndicts;
  long limit;
  unsigned seen; /* the options given, as opt_bit() bits */
} opts_t;

enum { O_DB = 256, O_DATA, O_FORMAT, O_ACTOR, O_DYAD, O_SINCE, O_UNTIL, O_ROOT, O_QUAD, O_ALL, O_FOCUS, O_DATE, O_LIMIT, O_PROGRESS,
       O_NODEDUP, O_DEDUP, O_SPEAKER, O_MEASURE, O_CONLLU, O_WATCH, O_RULES, O_FULL, O_BY, O_FAST, O_DICT };

static const struct option LONGOPTS[] = {
  {"db", required_argument, NULL, O_DB}, {"data", required_argument, NULL, O_DATA},
  {"format", required_argument, NULL, O_FORMAT}, {"actor", required_argument, NULL, O_ACTOR},
  {"dyad", required_argument, NULL, O_DYAD}, {"since", required_argument, NULL, O_SINCE},
  {"until", required_argument, NULL, O_UNTIL}, {"root", required_argument, NULL, O_ROOT},
  {"quad", required_argument, NULL, O_QUAD}, {"all", no_argument, NULL, O_ALL},
  {"focus", required_argument, NULL, O_FOCUS}, {"date", required_argument, NULL, O_DATE},
  {"limit", required_argument, NULL, O_LIMIT}, {"jobs", required_argument, NULL, 'j'},
  {"quiet", no_argument, NULL, 'q'}, {"output", required_argument, NULL, 'o'},
  {"progress", no_argument, NULL, O_PROGRESS}, {"help", no_argument, NULL, 'h'},
  {"no-dedup", no_argument, NULL, O_NODEDUP}, {"dedup", no_argument, NULL, O_DEDUP},
  {"speaker", required_argument, NULL, O_SPEAKER}, {"measure", required_argument, NULL, O_MEASURE},
  {"conllu", no_argument, NULL, O_CONLLU}, {"watch", required_argument, NULL, O_WATCH},
  {"rules", required_argument, NULL, O_RULES}, {"full", no_argument, NULL, O_FULL},
  {"by", required_argument, NULL, O_BY}, {"fast", no_argument, NULL, O_FAST}, {"dict", required_argument, NULL, O_DICT},
  {NULL, 0, NULL, 0}};

/* One bit per option, so a command can refuse the options of others. */
static unsigned opt_bit(int c) {
  switch (c) {
  case 'j': return 1u << 29;
  case 'q': return 1u << 30;
  case 'o': return 1u << 31;
  case 'h': return 0;
  default: return c >= O_DB && c < O_DB + 29 ? 1u << (c - O_DB) : 0;
  }
}
#define OB(c) opt_bit(c)

static const char *opt_name(unsigned bit) {
  for (const struct option *l = LONGOPTS; l->name; l++)
    if (opt_bit(l->val) == bit) return l->name;
  return "?";
}

/* Refuses the options given that are not among allowed (an OB() mask). */
static int only(const opts_t *o, const char *cmd, unsigned allowed) {
  unsigned extra = o->seen & ~allowed;
  if (!extra) return 0;
  unsigned bit = extra & -extra;
  fprintf(stderr, "dyad: --%s is not an option of 'dyad %s' (see dyad %s --help)\n", opt_name(bit), cmd, cmd);
  return -1;
}

static int parse_long(const char *s, long lo, long hi, long *out) {
  char *end;
  long v = strtol(s, &end, 10);
  if (!*s || *end || v < lo || v > hi) return -1;
  *out = v;
  return 0;
}

/* Parses options after the subcommand; returns the index of the first operand or -1. */
static int parse(int argc, char **argv, opts_t *o) {
  memset(o, 0, sizeof *o);
  o->db = "dyad.db";
  o->data = g_data;
  optind = 1;
  int c;
  long v;
  while ((c = getopt_long(argc, argv, "j:qo:h", LONGOPTS, NULL)) != -1) {
    o->seen |= opt_bit(c);
    switch (c) {
    case O_DB: o->db = optarg; break;
    case O_DATA: o->data = optarg; break;
    case O_FORMAT: o->format = optarg; break;
    case O_ACTOR: o->actor = optarg; break;
    case O_DYAD: o->dyad = optarg; break;
    case O_SINCE: o->since = optarg; break;
    case O_UNTIL: o->until = optarg; break;
    case O_ROOT: o->root = optarg; break;
    case O_FOCUS: o->focus = optarg; break;
    case O_DATE: o->date = optarg; break;
    case O_ALL: o->all = 1; break;
    case O_PROGRESS: o->progress_forced = 1; break;
    case O_NODEDUP: o->no_dedup = 1; break;
    case O_DEDUP: o->dedup = 1; break;
    case O_SPEAKER: o->speaker = optarg; break;
    case O_MEASURE: o->measure = optarg; break;
    case O_CONLLU: o->conllu = 1; break;
    case O_WATCH: o->watch = optarg; break;
    case O_RULES: o->rules = optarg; break;
    case O_FULL: o->full = 1; break;
    case O_BY: o->by = optarg; break;
    case O_FAST: o->fast = 1; break;
    case O_DICT:
      if (o->ndicts == 64) { fprintf(stderr, "dyad: at most 64 --dict files\n"); return -1; }
      o->dicts[o->ndicts++] = optarg;
      break;
    case O_QUAD:
      if (parse_long(optarg, 1, 4, &v)) { fprintf(stderr, "dyad: --quad takes 1, 2, 3 or 4\n"); return -1; }
      o->quad = (int)v;
      break;
    case O_LIMIT:
      if (parse_long(optarg, 1, 1L << 40, &v)) { fprintf(stderr, "dyad: --limit takes a positive number\n"); return -1; }
      o->limit = v;
      break;
    case 'j':
      if (parse_long(optarg, 1, 64, &v)) { fprintf(stderr, "dyad: --jobs takes a number from 1 to 64\n"); return -1; }
      o->jobs = (int)v;
      break;
    case 'q': o->quiet = 1; break;
    case 'o': o->out = optarg; break;
    case 'h': o->help = 1; break;
    default: return -1;
    }
  }
  return optind;
}

/* Prints a command's usage: to stdout for --help (status 0), else to stderr
 * (status 2, a usage error). */
static int usage(const opts_t *o, const char *text) {
  fputs(text, o->help ? stdout : stderr);
  return o->help ? 0 : 2;
}

static dyad_lexicon *load_lexicon(const opts_t *o) {
  const char *dir = o->data ? o->data : dyad_data_dir();
  int nerr = 0;
  char why[512];
  /* --fast: the dictionary coder alone, without the parser and event model */
  dyad_lexicon *lx = dyad_lexicon_load_dicts(dir, o->dicts, o->ndicts, o->fast, &nerr, why, sizeof why);
  if (!lx) fprintf(stderr, "dyad: %s\n", why);
  else if (nerr) fprintf(stderr, "dyad: %d problem%s in the dictionaries in %s (see above); going on without those lines\n", nerr, nerr == 1 ? "" : "s", dir);
  return lx;
}

static int in_format(const char *f, int *out) {
  if (!f || !strcmp(f, "auto")) *out = DYAD_FMT_AUTO;
  else if (!strcmp(f, "text") || !strcmp(f, "txt")) *out = DYAD_FMT_TEXT;
  else if (!strcmp(f, "jsonl") || !strcmp(f, "json")) *out = DYAD_FMT_JSONL;
  else if (!strcmp(f, "html")) *out = DYAD_FMT_HTML;
  else if (!strcmp(f, "feed") || !strcmp(f, "rss") || !strcmp(f, "atom")) *out = DYAD_FMT_FEED;
  else if (!strcmp(f, "lines")) *out = DYAD_FMT_LINES;
  else { fprintf(stderr, "dyad: unknown input format '%s' (auto, text, jsonl, html, feed, lines)\n", f); return -1; }
  return 0;
}

#define EXPORT_FORMATS "gdelt (GDELT 2.0 events, 61 columns), geojson, csv, json, plover, tsv"

static int out_format(const char *f, int dflt, int *out) {
  if (!f) *out = dflt;
  else if (!strcmp(f, "table")) *out = DYAD_OUT_TABLE;
  else if (!strcmp(f, "tsv")) *out = DYAD_OUT_TSV;
  else if (!strcmp(f, "json") || !strcmp(f, "jsonl")) *out = DYAD_OUT_JSON;
  else if (!strcmp(f, "gdelt")) *out = DYAD_OUT_GDELT;
  else if (!strcmp(f, "csv")) *out = DYAD_OUT_CSV;
  else if (!strcmp(f, "plover")) *out = DYAD_OUT_PLOVER;
  else { fprintf(stderr, "dyad: unknown output format '%s' (table, tsv, csv, json, plover, gdelt)\n", f); return -1; }
  return 0;
}

/* dyad --version: the code's version and the dictionaries' version (a hash of their contents). */
static int print_version(void) {
  const char *dir = g_data ? g_data : dyad_data_dir();
  char dv[32];
  printf("dyad %s\n", DYAD_VERSION);
  if (dyad_dict_version(dir, dv, sizeof dv) == 0) printf("dictionaries %s (%s)\n", dv, dir);
  else printf("dictionaries: none readable in %s\n", dir);
  if (fflush(stdout) != 0 || ferror(stdout)) { fprintf(stderr, "dyad: cannot write standard output: %s\n", strerror(errno)); return 2; }
  return 0;
}

static FILE *open_out(const opts_t *o) {
  if (!o->out || !strcmp(o->out, "-")) return stdout;
  FILE *f = fopen(o->out, "w");
  if (!f) fprintf(stderr, "dyad: cannot write %s: %s\n", o->out, strerror(errno));
  return f;
}

/* Flushes and closes the output; a failed write (a full disk, a closed pipe,
 * /dev/full) is reported by name and makes the command fail. */
static int close_out(const opts_t *o, FILE *f) {
  int bad = ferror(f);
  clearerr(f); /* so that the flush tries again and errno says why */
  errno = 0;
  if (f == stdout) bad |= fflush(f) != 0;
  else bad |= fclose(f) != 0;
  if (bad) {
    const char *name = f == stdout ? "standard output" : o->out;
    fprintf(stderr, "dyad: cannot write %s: %s\n", name, errno ? strerror(errno) : "write error");
  }
  return bad ? 1 : 0;
}

/* ---- subcommands ----------------------------------------------------------------- */

static int cmd_ingest(int argc, char **argv) {
  opts_t o;
  int i = parse(argc, argv, &o);
  if (i < 0 || only(&o, "ingest", OB(O_DB) | OB(O_DATA) | OB('j') | OB(O_FORMAT) | OB(O_NODEDUP) | OB('q') | OB(O_PROGRESS) | OB(O_FAST) | OB(O_DICT))) return 2;
  if (o.help || i >= argc) return usage(&o, "usage: dyad ingest [--db FILE] [--jobs N] [--format auto|text|jsonl|html|feed] [--no-dedup] [--fast] [--dict FILE]... [--quiet] PATH...\n"
          "Reads, codes and stores articles. PATH is a file (.gz read transparently), a directory\n"
          "(read recursively, each file's format sniffed) or - for standard input. An article\n"
          "already in the store is not stored twice; a near-duplicate (the same story reposted\n"
          "with another headline or a few edits) is stored linked to the first copy (dup_of),\n"
          "without events of its own (--no-dedup: look for exact copies only). --fast codes with\n"
          "the dictionary coder alone (no parse, no event model: about three times faster, less\n"
          "accurate). --dict FILE adds a dictionary in TABARI's or PETRARCH's format (.actors,\n"
          "  .agents, .verbs; repeatable; see dyad dict check). Ends with counts; exit status 1\n"
          "when anything was skipped.\n");
  dyad_run_opts ro = {.jobs = o.jobs, .no_dedup = o.no_dedup};
  if (in_format(o.format, &ro.format)) return 2;
  ro.progress = !o.quiet && (o.progress_forced || isatty(2));
  dyad_lexicon *lx = load_lexicon(&o);
  if (!lx) return 2;
  dyad_run_stats st;
  char why[512];
  int rc = dyad_ingest(lx, o.db, argv + i, argc - i, &ro, &st, why, sizeof why);
  dyad_lexicon_free(lx);
  if (rc) fprintf(stderr, "dyad: %s\n", why);
  if (!o.quiet || (rc && (st.read || st.skipped)))
    fprintf(stderr, "read %ld, stored %ld, duplicates %ld, near-duplicates %ld, skipped %ld; %ld sentences (%ld parsed), %ld events; %.1f MB in %.2f s\n",
            st.read, st.stored, st.duplicates, st.near_duplicates, st.skipped, st.sentences, st.parsed, st.events, st.mbytes, st.seconds);
  return rc ? 2 : st.skipped ? 1 : 0;
}


static int cmd_read(int argc, char **argv) {
  opts_t o;
  int i = parse(argc, argv, &o);
  if (i < 0 || only(&o, "read", OB(O_FORMAT) | OB(O_DEDUP) | OB('o'))) return 2;
  if (o.help || i >= argc) return usage(&o, "usage: dyad read [--format auto|text|jsonl|html|feed] [--dedup] PATH...\n"
          "Prints the documents as read, one JSON object per line: doc_id, doc_path, title,\n"
          "source, url, published, date_inferred, text. Nothing is coded or stored. --dedup\n"
          "adds dup_of (the id of the first copy) and similarity to each duplicate or repost.\n");
  dyad_run_opts ro = {.dedup = o.dedup};
  if (in_format(o.format, &ro.format)) return 2;
  dyad_run_stats st;
  FILE *out = open_out(&o);
  if (!out) return 2;
  int rc = dyad_read_docs(argv + i, argc - i, &ro, out, &st);
  if (close_out(&o, out)) return 2;
  if (rc < 0) { fputs("dyad: cannot write the documents\n", stderr); return 2; }
  return st.skipped ? 1 : 0;
}

static int cmd_code(int argc, char **argv) {
  opts_t o;
  int i = parse(argc, argv, &o);
  if (i < 0 || only(&o, "code", OB(O_DATA) | OB(O_FORMAT) | OB(O_DATE) | OB('j') | OB(O_ALL) | OB(O_FAST) | OB(O_DICT))) return 2;
  if (o.help || i < argc) return usage(&o, "usage: dyad code [--format text|jsonl] [--date YYYY-MM-DD] [--jobs N] [--all] [--fast] [--dict FILE]... < INPUT\n"
          "A filter: documents on standard input (one per line for text, one JSON object per\n"
          "line for jsonl), events on standard output as JSON Lines. Nothing is stored.\n"
          "--date gives the date of documents that state none; --all prints negated,\n"
          "hypothetical, future, reported, standing and one-sided events too (see their\n"
          "\"modality\"); --fast codes with the dictionary coder alone (no parse, no event\n"
          "model); --dict FILE adds a TABARI or PETRARCH dictionary (repeatable).\n");
  dyad_run_opts ro = {.jobs = o.jobs, .date = o.date, .all = o.all};
  if (!o.format || !strcmp(o.format, "text")) ro.format = DYAD_FMT_LINES;
  else if (!strcmp(o.format, "jsonl")) ro.format = DYAD_FMT_JSONL;
  else { fprintf(stderr, "dyad: code reads --format text or jsonl\n"); return 2; }
  dyad_lexicon *lx = load_lexicon(&o);
  if (!lx) return 2;
  dyad_run_stats st;
  int rc = dyad_code_stream(lx, stdin, stdout, &ro, &st);
  dyad_lexicon_free(lx);
  if (rc < 0) { fputs("dyad: cannot write the events to standard output\n", stderr); return 2; }
  return st.skipped ? 1 : 0;
}

/* YYYY, YYYY-MM or YYYY-MM-DD: what --since and --until take; the month
 * and the day must exist (2025-13-01 and 2025-02-30 are refused). */
static int date_arg(const char *opt, const char *v) {
  if (!v) return 0;
  size_t n = strlen(v);
  int ok = n == 4 || n == 7 || n == 10;
  for (size_t i = 0; ok && i < n; i++) ok = (i == 4 || i == 7) ? v[i] == '-' : (v[i] >= '0' && v[i] <= '9');
  if (!ok) {
    fprintf(stderr, "dyad: %s takes a date: YYYY, YYYY-MM or YYYY-MM-DD (got '%s')\n", opt, v);
    return -1;
  }
  int y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
  int m = n >= 7 ? (v[5] - '0') * 10 + (v[6] - '0') : 1, d = n == 10 ? (v[8] - '0') * 10 + (v[9] - '0') : 1;
  static const int dm[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  int leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  if (m < 1 || m > 12) { fprintf(stderr, "dyad: %s %s: there is no month %d\n", opt, v, m); return -1; }
  if (d < 1 || d > dm[m - 1] + (m == 2 && leap)) { fprintf(stderr, "dyad: %s %s: that day does not exist\n", opt, v); return -1; }
  return 0;
}

/* Actor codes are capitals: --actor pak is PAK. Copies s upper-cased into buf. */
static const char *upper(const char *s, char *buf, size_t n) {
  if (!s) return NULL;
  size_t i = 0;
  for (; s[i] && i + 1 < n; i++) buf[i] = (char)toupper((unsigned char)s[i]);
  buf[i] = 0;
  return buf;
}

static int query_from(const opts_t *o, dyad_query *q, char *dyadbuf, size_t n, char *actorbuf, size_t na) {
  memset(q, 0, sizeof *q);
  if (date_arg("--since", o->since) || date_arg("--until", o->until)) return -1;
  q->actor = upper(o->actor, actorbuf, na); q->since = o->since; q->until = o->until; q->root = o->root;
  q->quad = o->quad; q->all = o->all; q->limit = o->limit;
  if (o->root && (strlen(o->root) != 2 || o->root[0] < '0' || o->root[0] > '2' || o->root[1] < '0' || o->root[1] > '9')) {
    fprintf(stderr, "dyad: --root takes a two-digit CAMEO root (01 to 20)\n");
    return -1;
  }
  if (o->dyad) {
    upper(o->dyad, dyadbuf, n);
    char *comma = strchr(dyadbuf, ',');
    if (!comma || comma == dyadbuf || !comma[1] || strchr(comma + 1, ',')) { fprintf(stderr, "dyad: --dyad takes two actor codes: A,B\n"); return -1; }
    *comma = 0;
    q->dyad_a = dyadbuf;
    q->dyad_b = comma + 1;
  }
  return 0;
}

static int cmd_events(int argc, char **argv, int export) {
  opts_t o;
  int i = parse(argc, argv, &o);
  if (i < 0 || only(&o, export ? "export" : "events", OB(O_DB) | OB(O_DATA) | OB(O_FORMAT) | OB(O_ACTOR) | OB(O_DYAD) | OB(O_SINCE) |
                    OB(O_UNTIL) | OB(O_ROOT) | OB(O_QUAD) | OB(O_ALL) | OB(O_LIMIT) | OB('o') | OB(O_DICT))) return 2;
#define QUERY_HELP                                                                         \
  "query options: --actor CODE  --dyad A,B  --since YYYY-MM-DD  --until YYYY-MM-DD\n"       \
  "               --root NN  --quad 1..4  --all (every modality)  --limit N\n"              \
  "Codes match as prefixes, in any case: --actor pak matches PAK, PAKGOV, PAKMIL.\n"      \
  "Dates compare as intervals: an event dated only 2024 (or 2024-06) overlaps\n"         \
  "--since 2024-06-01 and --until 2024-03 alike, and is kept by both.\n"                \
  "--dict FILE: the TABARI or PETRARCH dictionaries the events were coded with (names).\n"
  if (o.help || i < argc)
    return usage(&o, export ? "usage: dyad export --format gdelt|geojson|json|tsv [--db FILE] [QUERY OPTIONS] [-o FILE]\n" QUERY_HELP
                            : "usage: dyad events [--db FILE] [QUERY OPTIONS] [--format table|tsv|json|gdelt] [-o FILE]\n" QUERY_HELP);
  int fmt = 0, geojson = export && o.format && !strcmp(o.format, "geojson");
  if (export && !o.format) { fprintf(stderr, "dyad: export needs --format: " EXPORT_FORMATS "\n"); return 2; }
  if (!geojson && out_format(o.format, DYAD_OUT_TABLE, &fmt)) return 2;
  dyad_query q;
  char dy[128], act[64];
  if (query_from(&o, &q, dy, sizeof dy, act, sizeof act)) return 2;
  dyad_lexicon *lx = load_lexicon(&o);
  FILE *out = open_out(&o);
  if (!out) { dyad_lexicon_free(lx); return 2; }
  char why[512];
  int rc = geojson ? dyad_geojson(lx, o.db, &q, out, why, sizeof why) : dyad_events(lx, o.db, &q, fmt, out, why, sizeof why);
  dyad_lexicon_free(lx);
  if (close_out(&o, out)) return 2;
  if (rc) { fprintf(stderr, "dyad: %s\n", why); return 2; }
  return 0;
}

static int cmd_actors(int argc, char **argv) {
  opts_t o;
  int i = parse(argc, argv, &o);
  if (i < 0 || only(&o, "actors", OB(O_DB) | OB(O_FORMAT) | OB('o'))) return 2;
  if (o.help || i < argc) return usage(&o, "usage: dyad actors [--db FILE] [--format table|tsv|json] [-o FILE]\n"
          "Lists actor codes by the number of asserted events they take part in, with\n"
          "mentions and the name they are most often given.\n");
  int fmt;
  if (out_format(o.format, DYAD_OUT_TABLE, &fmt)) return 2;
  FILE *out = open_out(&o);
  if (!out) return 2;
  char why[512];
  int rc = dyad_actors(o.db, fmt, out, why, sizeof why);
  if (close_out(&o, out)) return 2;
  if (rc) { fprintf(stderr, "dyad: %s\n", why); return 2; }
  return 0;
}

static int cmd_brief(int argc, char **argv) {
  opts_t o;
  int i = parse(argc, argv, &o);
  if (i < 0 || only(&o, "brief", OB(O_DB) | OB(O_DATA) | OB(O_FOCUS) | OB(O_SINCE) | OB(O_UNTIL) | OB('o') | OB(O_FORMAT) | OB(O_WATCH) | OB(O_DICT))) return 2;
  if (o.help || i < argc) return usage(&o, "usage: dyad brief [--db FILE] [--focus A,B] [--since YYYY-MM-DD] [--until YYYY-MM-DD]\n"
          "                  [--format md|html] [--watch FILE|none] [--dict FILE]... [-o FILE]\n"
          "Writes the analyst's brief: situation (the most-reported recent happenings), key figures,\n"
          "where the sources disagree, who said what, relations per dyad, power dynamics, historical\n"
          "precedent, outlook (stated intentions, threats, conditions), watchlist, bottom line,\n"
          "timeline and references. Every line cites [n] its article and quotes the sentence behind\n"
          "it. --format html writes one self-contained page (inline CSS and SVG charts: Goldstein\n"
          "over time, the actor network, a map of the places). --watch FILE evaluates its rules for\n"
          "the watchlist (default: DATA/watch/default.rules; none for no rules). --focus keeps\n"
          "events between the given actors (two or more codes, in any case) or involving one (a\n"
          "single code). --since and --until keep the events whose date interval overlaps theirs.\n");
  if (date_arg("--since", o.since) || date_arg("--until", o.until)) return 2;
  int html = 0;
  if (o.format && !strcmp(o.format, "html")) html = 1;
  else if (o.format && strcmp(o.format, "md") && strcmp(o.format, "markdown")) { fprintf(stderr, "dyad: --format takes md or html here\n"); return 2; }
  char focus[256], defwatch[4096];
  o.focus = upper(o.focus, focus, sizeof focus);
  const char *watch = o.watch;
  if (watch && !strcmp(watch, "none")) watch = NULL;
  else if (!watch) {
    snprintf(defwatch, sizeof defwatch, "%s/watch/default.rules", o.data ? o.data : dyad_data_dir());
    if (access(defwatch, R_OK) == 0) watch = defwatch;
  }
  dyad_lexicon *lx = load_lexicon(&o);
  FILE *out = open_out(&o);
  if (!out) { dyad_lexicon_free(lx); return 2; }
  char why[512];
  dyad_brief_opts bo = {o.focus, o.since, o.until, html, watch};
  int rc = dyad_brief_write(lx, o.db, &bo, out, why, sizeof why);
  dyad_lexicon_free(lx);
  if (close_out(&o, out)) return 2;
  if (rc) { fprintf(stderr, "dyad: %s\n", why); return 2; }
  return 0;
}

static int cmd_watch(int argc, char **argv) {
  opts_t o;
  int i = parse(argc, argv, &o);
  if (i < 0 || only(&o, "watch", OB(O_DB) | OB(O_RULES) | OB(O_SINCE) | OB(O_UNTIL) | OB(O_FORMAT) | OB('o'))) return 2;
  if (o.help || i < argc || !o.rules) return usage(&o, "usage: dyad watch [--db FILE] --rules FILE [--since YYYY-MM-DD] [--until YYYY-MM-DD]\n"
          "                  [--format text|json] [-o FILE]\n"
          "Evaluates the rules of FILE (one a line; see docs/FORMATS.md, \"Watch rules\") on the\n"
          "stored events of every modality and quotes dated since..until, and prints each rule:\n"
          "FIRED with its events (date, actors, code, article, sentence) or quiet. Example rules:\n"
          "  border clash: IRN PAK material-conflict >= 1 in 7 days\n"
          "  \"State Department\" statement mentioning \"Pakistan\" cooperation\n"
          "A bad rule is reported as FILE:LINE: problem (exit 2).\n");
  if (date_arg("--since", o.since) || date_arg("--until", o.until)) return 2;
  int fmt = DYAD_OUT_TABLE;
  if (o.format && !strcmp(o.format, "json")) fmt = DYAD_OUT_JSON;
  else if (o.format && strcmp(o.format, "text")) { fprintf(stderr, "dyad: --format takes text or json here\n"); return 2; }
  FILE *out = open_out(&o);
  if (!out) return 2;
  char why[512];
  int rc = dyad_watch(o.db, o.rules, o.since, o.until, fmt, out, why, sizeof why);
  if (close_out(&o, out)) return 2;
  if (rc < 0) { fprintf(stderr, "dyad: %s\n", why); return 2; }
  return 0;
}

/* dyad quotes, figures, claims: kind 0, 1, 2. */
static int cmd_facts(int argc, char **argv, int kind) {
  opts_t o;
  int i = parse(argc, argv, &o);
  static const char *const NAME[] = {"quotes", "figures", "claims", "places"};
  int extra = kind == 0 ? OB(O_SPEAKER) : kind == 1 ? OB(O_MEASURE) : 0;
  if (i < 0 || only(&o, NAME[kind], OB(O_DB) | OB(O_FORMAT) | OB('o') | extra)) return 2;
  static const char *const HELP[] = {
    "usage: dyad quotes [--db FILE] [--speaker NAME] [--format table|tsv|json] [-o FILE]\n"
    "Lists the quotes stored by ingest: direct quotes and reported speech, each with its\n"
    "speaker (full name, affiliation, actor code when known), how the speaker was found\n"
    "(name, surname, pronoun, actor, description, continued) and its article and spans.\n"
    "--speaker keeps the quotes whose speaker or affiliation contains NAME.\n",
    "usage: dyad figures [--db FILE] [--measure WORDS] [--format table|tsv|json] [-o FILE]\n"
    "Lists the figures stored by ingest: value (scale applied), unit, value in US dollars\n"
    "when known, what it measures (\"trade volume\", \"border length\", \"killed\"), whether\n"
    "it is a current value or a target, the countries of its clause, and its spans.\n",
    "usage: dyad claims [--db FILE] [--format table|tsv|json] [-o FILE]\n"
    "Groups the figures of the same measure, kind, unit and countries stated by two or\n"
    "more articles and says whether the sources agree (the same value within 0.1%).\n",
    "usage: dyad places [--db FILE] [--format table|tsv|json] [-o FILE]\n"
    "Lists the places stored by ingest: the name as written, the gazetteer entry it was\n"
    "resolved to (feature type, ISO country, first-level division, coordinates, GeoNames id)\n"
    "and its article and span.\n"};
  if (o.help || i < argc) return usage(&o, HELP[kind]);
  int fmt;
  if (out_format(o.format, DYAD_OUT_TABLE, &fmt)) return 2;
  if (fmt == DYAD_OUT_GDELT) { fprintf(stderr, "dyad: --format takes table, tsv or json here\n"); return 2; }
  FILE *out = open_out(&o);
  if (!out) return 2;
  char why[512];
  int rc = kind == 0 ? dyad_quotes(o.db, o.speaker, fmt, out, why, sizeof why)
         : kind == 1 ? dyad_figures(o.db, o.measure, fmt, out, why, sizeof why)
         : kind == 2 ? dyad_claims(o.db, fmt, out, why, sizeof why)
                     : dyad_places(o.db, fmt, out, why, sizeof why);
  if (close_out(&o, out)) return 2;
  if (rc) { fprintf(stderr, "dyad: %s\n", why); return 2; }
  return 0;
}

/* dyad series, network, baserates: kind 0, 1, 2. */
static int cmd_analysis(int argc, char **argv, int kind) {
  opts_t o;
  int i = parse(argc, argv, &o);
  static const char *const NAME[] = {"series", "network", "baserates"};
  unsigned allowed = OB(O_DB) | OB(O_FORMAT) | OB(O_DYAD) | OB(O_FULL) | OB(O_SINCE) | OB(O_UNTIL) | OB('o') | (kind == 0 ? OB(O_BY) : 0);
  if (i < 0 || only(&o, NAME[kind], allowed)) return 2;
  static const char *const HELP[] = {
    "usage: dyad series [--db FILE] [--dyad A,B] [--by week|month] [--full] [--since D] [--until D] [--format table|tsv|json] [-o FILE]\n"
    "Per ordered dyad (source -> target, by country: the first three letters of the codes;\n"
    "--full: the full codes), the happenings (one per real-world event, however many\n"
    "articles report it) per week or month by QuadClass, their mean Goldstein score and\n"
    "mentions, and the change of the last period against the earlier ones: z = (last -\n"
    "mean) / max(sd, sqrt(mean), 1); increase (z >= 1), decrease (z <= -1), no change, new\n"
    "(nothing before), none. Background events (dated a year or more before the articles\n"
    "that report them, or in a year or decade already over) are kept out and counted.\n",
    "usage: dyad network [--db FILE] [--dyad A,B] [--full] [--since D] [--until D] [--format table|tsv|json|graphml] [-o FILE]\n"
    "The actor network (countries, or full codes with --full): for each actor its weighted\n"
    "degree (happenings it takes part in), its degree and its betweenness centrality\n"
    "(Brandes, undirected, normalised by (n-1)(n-2)/2); for each pair the happenings each way\n"
    "and their mean Goldstein score. Background events are left out.\n",
    "usage: dyad baserates [--db FILE] [--dyad A,B] [--full] [--since D] [--until D] [--format table|tsv|json] [-o FILE]\n"
    "Base rates from the store's own history: for each dyad and CAMEO root, the day-dated\n"
    "happenings of that root (antecedents) and what happened between the same two actors\n"
    "(either direction) within 30 days after each: counts and shares by root, with the\n"
    "numbers they rest on.\n"};
  if (o.help || i < argc) return usage(&o, HELP[kind]);
  int fmt = DYAD_OUT_TABLE;
  if (kind == 1 && o.format && !strcmp(o.format, "graphml")) fmt = DYAD_OUT_GRAPHML;
  else if (out_format(o.format, DYAD_OUT_TABLE, &fmt)) return 2;
  if (fmt != DYAD_OUT_TABLE && fmt != DYAD_OUT_TSV && fmt != DYAD_OUT_JSON && fmt != DYAD_OUT_GRAPHML) {
    fprintf(stderr, "dyad: --format takes table, tsv or json%s here\n", kind == 1 ? " or graphml" : "");
    return 2;
  }
  if (date_arg("--since", o.since) || date_arg("--until", o.until)) return 2;
  dyad_analysis_opts ao = {.full = o.full, .since = o.since, .until = o.until};
  if (o.by) {
    if (!strcmp(o.by, "week")) ao.by_week = 1;
    else if (strcmp(o.by, "month")) { fprintf(stderr, "dyad: --by takes week or month\n"); return 2; }
  }
  char dy[128];
  if (o.dyad) {
    upper(o.dyad, dy, sizeof dy);
    char *comma = strchr(dy, ',');
    if (!comma || comma == dy || !comma[1] || strchr(comma + 1, ',')) { fprintf(stderr, "dyad: --dyad takes two actor codes: A,B\n"); return 2; }
    *comma = 0;
    ao.dyad_a = dy;
    ao.dyad_b = comma + 1;
  }
  FILE *out = open_out(&o);
  if (!out) return 2;
  char why[512];
  int rc = kind == 0 ? dyad_series(o.db, &ao, fmt, out, why, sizeof why)
         : kind == 1 ? dyad_network(o.db, &ao, fmt, out, why, sizeof why)
                     : dyad_baserates(o.db, &ao, fmt, out, why, sizeof why);
  if (close_out(&o, out)) return 2;
  if (rc) { fprintf(stderr, "dyad: %s\n", why); return 2; }
  return 0;
}

static int cmd_dict(int argc, char **argv) {
  opts_t o;
  int i = parse(argc, argv, &o);
  if (i < 0 || only(&o, "dict", OB(O_DATA) | OB(O_DICT))) return 2;
  if (o.help || i >= argc || strcmp(argv[i], "check") != 0) return usage(&o, "usage: dyad dict check [--data DIR] [--dict FILE]... [FILE...]\n"
          "Loads every dictionary, reports each bad line as FILE:LINE: reason, and prints what\n"
          "the dictionaries hold. FILEs (and --dict FILEs) are the user's dictionaries in\n"
          "TABARI's or PETRARCH's format (.actors, .agents, .verbs; the kind is known from the\n"
          "name, else the content; actors:FILE, agents:FILE, verbs:FILE say it): for them it\n"
          "prints how many entries were read, converted and skipped, and why. dyad's own\n"
          "entries come first: a phrase they hold keeps dyad's code. Exit status 1 when any\n"
          "line is bad.\n");
  for (int k = i + 1; k < argc; k++) {
    if (o.ndicts == 64) { fprintf(stderr, "dyad: at most 64 dictionaries\n"); return 2; }
    o.dicts[o.ndicts++] = argv[k];
  }
  int n = dyad_dict_check_dicts(o.data ? o.data : dyad_data_dir(), o.dicts, o.ndicts, stdout);
  return n < 0 ? 2 : n > 0 ? 1 : 0;
}

static int cmd_parse(int argc, char **argv) {
  opts_t o;
  int i = parse(argc, argv, &o);
  if (i < 0 || only(&o, "parse", OB(O_DATA) | OB(O_CONLLU))) return 2;
  if (o.help || i < argc) return usage(&o, "usage: dyad parse [--conllu] [--data DIR] < INPUT\n"
          "Tags, lemmatises and parses standard input and writes CoNLL-U (ID FORM LEMMA UPOS\n"
          "_ _ HEAD DEPREL _ MISC), one block per sentence with its '# text = ' line. Text is\n"
          "split into sentences and tokens as articles are. --conllu reads CoNLL-U instead and\n"
          "keeps its tokens and comments (multiword and empty-node lines are dropped), filling\n"
          "LEMMA, UPOS, HEAD and DEPREL. The model is DIR/parse/model.bin (make train).\n");
  char why[512];
  int rc = dyad_parse_stream(o.data ? o.data : dyad_data_dir(), stdin, stdout, o.conllu, why, sizeof why);
  if (close_out(&o, stdout)) return 2;
  if (rc < 0) { fprintf(stderr, "dyad: %s\n", why); return 2; }
  return rc;
}

int main(int argc, char **argv) {
  /* global options before the command */
  while (argc >= 2 && !strncmp(argv[1], "--data", 6) && (argv[1][6] == 0 || argv[1][6] == '=')) {
    if (argv[1][6] == '=') g_data = argv[1] + 7;
    else if (argc >= 3) { g_data = argv[2]; argc--; argv++; }
    else { fputs("dyad: --data takes a directory\n", stderr); return 2; }
    argc--;
    argv++;
  }
  if (argc >= 2 && !strcmp(argv[1], "--version")) return print_version();
  if (argc < 2 || !strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
    fputs(USAGE, argc < 2 ? stderr : stdout);
    return argc < 2 ? 2 : 0;
  }
  const char *cmd = argv[1];
  argc--;
  argv++;
  if (!strcmp(cmd, "ingest")) return cmd_ingest(argc, argv);
  if (!strcmp(cmd, "read")) return cmd_read(argc, argv);
  if (!strcmp(cmd, "code")) return cmd_code(argc, argv);
  if (!strcmp(cmd, "events")) return cmd_events(argc, argv, 0);
  if (!strcmp(cmd, "export")) return cmd_events(argc, argv, 1);
  if (!strcmp(cmd, "actors")) return cmd_actors(argc, argv);
  if (!strcmp(cmd, "brief")) return cmd_brief(argc, argv);
  if (!strcmp(cmd, "watch")) return cmd_watch(argc, argv);
  if (!strcmp(cmd, "quotes")) return cmd_facts(argc, argv, 0);
  if (!strcmp(cmd, "figures")) return cmd_facts(argc, argv, 1);
  if (!strcmp(cmd, "claims")) return cmd_facts(argc, argv, 2);
  if (!strcmp(cmd, "places")) return cmd_facts(argc, argv, 3);
  if (!strcmp(cmd, "dict")) return cmd_dict(argc, argv);
  if (!strcmp(cmd, "series")) return cmd_analysis(argc, argv, 0);
  if (!strcmp(cmd, "network")) return cmd_analysis(argc, argv, 1);
  if (!strcmp(cmd, "baserates")) return cmd_analysis(argc, argv, 2);
  if (!strcmp(cmd, "parse")) return cmd_parse(argc, argv);
  fprintf(stderr, "dyad: unknown command '%s'\n\n%s", cmd, USAGE);
  return 2;
}

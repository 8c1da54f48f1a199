/* analyze.h: analysis of the stored happenings (link/happen.h): time series
 * per dyad with the change of the last period, the actor network with
 * weighted degree and betweenness, and base rates of what followed.
 *
 * Everything counts happenings (one per real-world event, however many
 * articles report it), not sentences. Only happenings of asserted or
 * reported events are counted, with both sides named and two different
 * actors. A dyad is ordered, source -> target, on the first three letters
 * of the codes (the country: IRNGOV -> IRN) or on the full codes (full).
 *
 * Background: a happening is background, kept out of trends, series
 * counts, network weights and base rates (but counted as such), when its
 * date interval ends more than 365 days before the earliest publication
 * date of the articles reporting it, or when it is dated only to a year or
 * a decade that ended before that date ("in the 1960s", "in 2024" in an
 * article of August 2025).
 *
 * Usage: load once with dy_an_load, then call the functions below on the
 * array; free each result with its free function. The results are plain
 * structs of fixed-size strings and numbers, for the brief renderer. */
#ifndef DYAD_ANALYZE_H
#define DYAD_ANALYZE_H

#include <stddef.h>

struct sqlite3;

enum { DY_BY_WEEK = 1, DY_BY_MONTH = 2 };

typedef struct {
  const char *dyad_a, *dyad_b; /* code prefixes (either order), or NULL for every dyad */
  int full;                    /* dyads of full codes, not countries */
  int by;                      /* DY_BY_WEEK or DY_BY_MONTH (default month) */
  const char *since, *until;   /* YYYY[-MM[-DD]]: happenings whose core interval overlaps */
  int window;                  /* base rates: days after an event (default 30) */
} dy_an_opts;

/* One happening as the analysis sees it. */
typedef struct {
  long long id;                /* happenings.id */
  char source[16], target[16]; /* dyad codes (country or full) */
  char root[3], code[8];
  int quad;
  double goldstein;            /* of its first report */
  int prec;                    /* DY_PREC_* of its date */
  long lo, hi;                 /* days since 1970 of its date interval */
  int mentions, sources, articles;
  int background;              /* 1: dated long before its reports (above) */
} dy_an_hap;

/* Loads the happenings of the store matching o, ordered by date. Returns
 * 0 (with *out malloc'd, free() it) or -1 on a SQLite error. */
int dy_an_load(struct sqlite3 *db, const dy_an_opts *o, dy_an_hap **out, size_t *n);

/* ---- series ------------------------------------------------------------- */

typedef struct {
  char period[11];             /* "2025-08" (month) or "2025-08-04" (the Monday of the ISO week) */
  long start;                  /* its first day, days since 1970 */
  long happenings;             /* current happenings dated in it (not background) */
  long quad[5];                /* of them by QuadClass (index 1..4) */
  double goldstein;            /* their mean Goldstein score (0 when none) */
  long mentions;               /* the mentions behind them */
} dy_an_point;

/* The change of the last period (the store's last period with a current
 * happening, over every dyad selected) against the earlier periods of the
 * dyad (from its first current happening; periods with none count as 0):
 * m and sd the mean and standard deviation of the earlier counts, last the
 * last period's count, z = (last - m) / max(sd, sqrt(m), 1).
 *   "new"       no happening in the earlier periods, some in the last;
 *   "increase"  z >= 1;  "decrease"  z <= -1;  "no change" otherwise;
 *   "none"      no current happening at all. */
typedef struct {
  char source[16], target[16];
  dy_an_point *pts; size_t npts; /* every period from the dyad's first to the last, empty ones included */
  long happenings, background;   /* totals: current, and background (kept out) */
  long imprecise;                /* dated too coarsely for the period (a month, for weeks; a year): not in pts */
  double last, mean_before, sd_before, z, goldstein_last, goldstein_before;
  char change[12];
} dy_an_series;

/* One series per dyad, dyads by current happenings, most first. */
int dy_an_series_of(const dy_an_hap *h, size_t n, const dy_an_opts *o, dy_an_series **out, size_t *nout);
void dy_an_series_free(dy_an_series *s, size_t n);

/* ---- network -------------------------------------------------------------- */

typedef struct {
  char actor[16];
  long degree;                 /* neighbours */
  long strength;               /* weighted degree: happenings it takes part in, either role */
  double betweenness;          /* Brandes, undirected, unweighted hops, normalised by (n-1)(n-2)/2 */
  double betweenness_raw;      /* the pairs' shares, not normalised */
} dy_an_node;

typedef struct {
  int a, b;                    /* node indexes, a < b */
  long ab, ba;                 /* happenings a -> b and b -> a */
  double goldstein;            /* mean over both directions */
} dy_an_edge;

typedef struct {
  dy_an_node *nodes; size_t nnodes; /* by betweenness, then strength */
  dy_an_edge *edges; size_t nedges; /* by weight (ab + ba) */
  long background;                  /* happenings left out as background */
} dy_an_network;

int dy_an_network_of(const dy_an_hap *h, size_t n, dy_an_network *out);
void dy_an_network_free(dy_an_network *g);
/* Brandes' betweenness of an undirected unweighted graph of n nodes given
 * as adjacency lists (adj[off[i] .. off[i+1]) are i's neighbours); writes
 * the raw (unnormalised, each unordered pair counted once) value of each
 * node to bc. Returns 0, -1 out of memory. */
int dy_an_betweenness(int n, const int *off, const int *adj, double *bc);

/* ---- base rates -------------------------------------------------------- */

/* After a happening of root `root` from source to target (the antecedent),
 * what happened between the same two actors (either direction) in the
 * window days after it: only day-dated happenings are used. */
typedef struct {
  char root[3];
  long count;                  /* following happenings of this root */
  double share;                /* count / followers */
  long antecedents_followed;   /* antecedents followed by at least one of this root */
} dy_an_follow;

typedef struct {
  char source[16], target[16], root[3];
  long antecedents;            /* day-dated current happenings of root from source to target */
  long followed;               /* of them, followed by anything within the window */
  long followers;              /* following happenings counted (with repeats across antecedents) */
  int window;
  dy_an_follow *next; size_t nnext; /* by count */
} dy_an_baserate;

int dy_an_baserates_of(const dy_an_hap *h, size_t n, const dy_an_opts *o, dy_an_baserate **out, size_t *nout);
void dy_an_baserates_free(dy_an_baserate *b, size_t n);

#endif

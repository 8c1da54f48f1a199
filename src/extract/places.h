/* places.h: place mentions (cities, divisions, ports, border crossings,
 * regions) resolved to gazetteer entries with coordinates, country and
 * first-level division, from the document's context; and each event's
 * location, the place its sentence names. */
#ifndef DYAD_PLACES_H
#define DYAD_PLACES_H

#include "../doc.h"
#include "../lexicon/lexicon.h"

/* Appends the places of d (tokens, sentences and actor mentions done) to
 * d->places. Returns 0, or -1 when out of memory. */
int dy_extract_places(const dy_lexicon *lx, dy_doc *d);

/* Fills the location of d's events (places and events done). Returns 0. */
int dy_locate_events(const dy_lexicon *lx, dy_doc *d);

/* GDELT's Geo_Type of a place: 2 US state, 3 US city, 4 world city, 5 world
 * division (regions, ports and crossings count as cities, seas as divisions). */
int dy_place_geo_type(const dy_place *p);

#endif

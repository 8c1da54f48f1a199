/* analysis.h: writers of the analysis results (analyze/analyze.h). */
#ifndef DYAD_RENDER_ANALYSIS_H
#define DYAD_RENDER_ANALYSIS_H

#include <stdio.h>

#include "../analyze/analyze.h"
#include "../doc.h"

enum { DY_AN_TABLE = 0, DY_AN_TSV = 1, DY_AN_JSON = 2, DY_AN_GRAPHML = 6 }; /* the values of DYAD_OUT_* */

void dy_render_series(FILE *out, const dy_an_series *s, size_t n, int format);
void dy_render_network(FILE *out, const dy_an_network *g, int format);
void dy_render_baserates(FILE *out, const dy_an_baserate *b, size_t n, int format);

#endif

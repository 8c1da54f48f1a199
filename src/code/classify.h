/* classify.h: the learned event layer. A candidate (a trigger word of a
 * parsed clause with the actors the parse gives it) becomes a bag of hashed
 * features; a linear model (averaged perceptron, weights quantised to int16)
 * scores the classes "no event" and the 20 CAMEO roots. */
#ifndef DYAD_CLASSIFY_H
#define DYAD_CLASSIFY_H

#include <stddef.h>
#include <stdint.h>

#define DY_EV_NCLASS 21 /* 0: no event; 1..20: CAMEO roots 01..20 */
#define DY_EV_MAXF 96   /* features of one candidate */

typedef struct dy_evmodel dy_evmodel;

/* Loads a model written by dy_evmodel_write. NULL and why on failure
 * (missing, truncated or corrupt file). */
dy_evmodel *dy_evmodel_load(const char *path, char *why, size_t nwhy);
void dy_evmodel_free(dy_evmodel *m);
/* Scores of every class for the features f[0..nf). */
void dy_evmodel_scores(const dy_evmodel *m, const uint64_t *f, int nf, float *out);
/* The weight of feature f for class cls (0 when unknown). */
float dy_evmodel_weight(const dy_evmodel *m, uint64_t f, int cls);
/* Features the model knows (for `dyad dict check` style reports). */
uint32_t dy_evmodel_nfeatures(const dy_evmodel *m);

/* Writes keys[k] with weights w[k * DY_EV_NCLASS ...] (k < nkeys, keys
 * distinct and nonzero) as a model file. Returns 0, or -1 with why. */
int dy_evmodel_write(const char *path, const uint64_t *keys, const float *w, uint32_t nkeys, char *why, size_t nwhy);

/* The 64-bit key of a feature string (never 0): the FNV-1a hash of its
 * bytes, finished by dy_feature_finish. */
uint64_t dy_feature_key(const char *s, size_t n);
uint64_t dy_feature_finish(uint64_t fnv);

#endif

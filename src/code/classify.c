/* classify.c: the event model's file format, lookup and scoring. */
#include "classify.h"
#include "../base.h"

#include <errno.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAGIC "DYEVMOD1"

struct dy_evmodel {
  uint32_t cap;     /* the file's slots, a power of two (a bound on its features) */
  uint32_t nkeys;
  float scale;      /* weight = w * scale */
  dy_map ix;        /* a feature's key -> its row */
  int16_t *w;       /* nkeys * DY_EV_NCLASS */
};

uint64_t dy_feature_finish(uint64_t h) {
  h ^= h >> 31;
  h *= 0x9E3779B97F4A7C15ULL;
  h ^= h >> 29;
  return h ? h : 1;
}

uint64_t dy_feature_key(const char *s, size_t n) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 0x100000001b3ULL;
  }
  return dy_feature_finish(h);
}

static int64_t slot_of(const dy_evmodel *m, uint64_t k) {
  uint32_t r = dy_map_get(&m->ix, k);
  return r == DY_MAP_NONE ? -1 : (int64_t)r;
}

/* The features' slots are fetched all at once, then their rows, then read. */
void dy_evmodel_scores(const dy_evmodel *m, const uint64_t *f, int nf, float *out) {
  int32_t acc[DY_EV_NCLASS] = {0};
  const int16_t *row[DY_EV_MAXF];
  int nr = 0;
  if (nf > DY_EV_MAXF) nf = DY_EV_MAXF;
  for (int i = 0; i < nf; i++) dy_map_prefetch(&m->ix, f[i]);
  for (int i = 0; i < nf; i++) {
    int64_t s = slot_of(m, f[i]);
    if (s < 0) continue;
    row[nr] = m->w + (size_t)s * DY_EV_NCLASS;
    DY_PREFETCH(row[nr]);
    DY_PREFETCH(row[nr] + DY_EV_NCLASS - 1); /* a row of 42 bytes may cross a cache line */
    nr++;
  }
  for (int k = 0; k < nr; k++)
    for (int c = 0; c < DY_EV_NCLASS; c++) acc[c] += row[k][c];
  for (int c = 0; c < DY_EV_NCLASS; c++) out[c] = (float)acc[c] * m->scale;
}

float dy_evmodel_weight(const dy_evmodel *m, uint64_t f, int cls) {
  int64_t s = slot_of(m, f);
  return s < 0 || cls < 0 || cls >= DY_EV_NCLASS ? 0.0f : (float)m->w[(size_t)s * DY_EV_NCLASS + cls] * m->scale;
}

uint32_t dy_evmodel_nfeatures(const dy_evmodel *m) { return m ? m->nkeys : 0; }

void dy_evmodel_free(dy_evmodel *m) {
  if (!m) return;
  dy_map_free(&m->ix);
  free(m->w);
  free(m);
}

dy_evmodel *dy_evmodel_load(const char *path, char *why, size_t nwhy) {
  FILE *f = fopen(path, "rb");
  if (!f) { snprintf(why, nwhy, "%s: %s", path, strerror(errno)); return NULL; }
  dy_evmodel *m = dy_xcalloc(1, sizeof *m);
  char magic[8];
  uint32_t hdr[3];
  if (fread(magic, 1, 8, f) != 8 || memcmp(magic, MAGIC, 8) != 0 || fread(hdr, sizeof hdr, 1, f) != 1 ||
      fread(&m->scale, sizeof m->scale, 1, f) != 1) {
    snprintf(why, nwhy, "%s: not an event model (bad header)", path);
    goto fail;
  }
  m->cap = hdr[0];
  m->nkeys = hdr[1];
  if (hdr[2] != DY_EV_NCLASS || m->cap == 0 || (m->cap & (m->cap - 1)) || m->cap > (1u << 24) || m->nkeys >= m->cap ||
      !isfinite(m->scale)) {
    snprintf(why, nwhy, "%s: event model header out of range", path);
    goto fail;
  }
  m->w = dy_xcalloc((size_t)m->nkeys * DY_EV_NCLASS, sizeof *m->w);
  dy_map_init(&m->ix, m->nkeys);
  /* the file holds the features: (slot, key, weights), each key once */
  for (uint32_t k = 0; k < m->nkeys; k++) {
    uint32_t slot;
    uint64_t key;
    int16_t w[DY_EV_NCLASS];
    if (fread(&slot, sizeof slot, 1, f) != 1 || fread(&key, sizeof key, 1, f) != 1 || fread(w, sizeof w, 1, f) != 1) {
      snprintf(why, nwhy, "%s: truncated event model (%u of %u features)", path, k, m->nkeys);
      goto fail;
    }
    if (slot >= m->cap || key == 0 || dy_map_get(&m->ix, key) != DY_MAP_NONE) {
      snprintf(why, nwhy, "%s: corrupt event model (feature %u)", path, k);
      goto fail;
    }
    dy_map_add(&m->ix, key, k);
    memcpy(m->w + (size_t)k * DY_EV_NCLASS, w, sizeof w);
  }
  fclose(f);
  return m;
fail:
  fclose(f);
  dy_evmodel_free(m);
  return NULL;
}

int dy_evmodel_write(const char *path, const uint64_t *keys, const float *w, uint32_t nkeys, char *why, size_t nwhy) {
  uint32_t cap = 16;
  while (cap < nkeys * 2u + 16) cap <<= 1;
  float mx = 0;
  for (size_t i = 0; i < (size_t)nkeys * DY_EV_NCLASS; i++)
    if (fabsf(w[i]) > mx) mx = fabsf(w[i]);
  float scale = mx > 0 ? mx / 32767.0f : 1.0f;
  FILE *f = fopen(path, "wb");
  if (!f) { snprintf(why, nwhy, "%s: %s", path, strerror(errno)); return -1; }
  uint32_t hdr[3] = {cap, nkeys, DY_EV_NCLASS};
  fwrite(MAGIC, 1, 8, f);
  fwrite(hdr, sizeof hdr, 1, f);
  fwrite(&scale, sizeof scale, 1, f);
  /* the features in their order; the slot field, which files of the
   * earlier layout used for a table of their own, is the row */
  for (uint32_t k = 0; k < nkeys; k++) {
    int16_t q[DY_EV_NCLASS];
    for (int c = 0; c < DY_EV_NCLASS; c++) q[c] = (int16_t)lrintf(w[(size_t)k * DY_EV_NCLASS + c] / scale);
    fwrite(&k, sizeof k, 1, f);
    fwrite(&keys[k], sizeof keys[k], 1, f);
    fwrite(q, sizeof q, 1, f);
  }
  if (ferror(f) | fclose(f)) { snprintf(why, nwhy, "%s: write failed", path); return -1; }
  return 0;
}

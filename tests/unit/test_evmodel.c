/* test_evmodel.c: the event model's file: written, read back, scored the
 * same; truncated, corrupt and foreign files refused with a reason. */
#include "code/classify.h"
#include "testlib.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void write_bytes(const char *path, const char *src, long n) {
  FILE *in = fopen(src, "rb"), *out = fopen(path, "wb");
  for (long i = 0; in && out && i < n; i++) {
    int ch = fgetc(in);
    if (ch == EOF) break;
    fputc(ch, out);
  }
  if (in) fclose(in);
  if (out) fclose(out);
}

int main(void) {
  char dir[4096];
  snprintf(dir, sizeof dir, "%s/dyad-evmodel-XXXXXX", getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  if (!mkdtemp(dir)) return 1;
  char path[256], bad[256], why[256];
  snprintf(path, sizeof path, "%s/m.bin", dir);
  snprintf(bad, sizeof bad, "%s/bad.bin", dir);

  /* three features; class 19 wins for "attack", class 0 for "beat" */
  uint64_t keys[3] = {dy_feature_key("L|attack", 8), dy_feature_key("L|beat", 6), dy_feature_key("bias", 4)};
  float w[3 * DY_EV_NCLASS] = {0};
  w[0 * DY_EV_NCLASS + 19] = 2.5f;
  w[1 * DY_EV_NCLASS + 0] = 1.0f;
  w[1 * DY_EV_NCLASS + 19] = -0.75f;
  w[2 * DY_EV_NCLASS + 0] = 0.5f;
  CHECK(keys[0] != keys[1] && keys[0] != 0);
  CHECK_INT(dy_evmodel_write(path, keys, w, 3, why, sizeof why), 0);
  dy_evmodel *m = dy_evmodel_load(path, why, sizeof why);
  CHECK(m != NULL);
  if (m) {
    CHECK_INT(dy_evmodel_nfeatures(m), 3);
    float sc[DY_EV_NCLASS];
    uint64_t f[2] = {keys[0], keys[2]};
    dy_evmodel_scores(m, f, 2, sc);
    CHECK(fabsf(sc[19] - 2.5f) < 0.01f);
    CHECK(fabsf(sc[0] - 0.5f) < 0.01f);
    uint64_t g[3] = {keys[1], keys[2], dy_feature_key("unknown", 7)};
    dy_evmodel_scores(m, g, 3, sc);
    CHECK(fabsf(sc[0] - 1.5f) < 0.01f);
    CHECK(fabsf(sc[19] + 0.75f) < 0.01f);
    CHECK(sc[5] == 0.0f);
  }
  dy_evmodel_free(m);
  dy_evmodel_free(NULL);

  /* truncated: every prefix is refused, none crashes */
  FILE *f = fopen(path, "rb");
  fseek(f, 0, SEEK_END);
  long size = ftell(f);
  fclose(f);
  int refused = 0;
  for (long n = 0; n < size; n += 7) {
    write_bytes(bad, path, n);
    dy_evmodel *t = dy_evmodel_load(bad, why, sizeof why);
    refused += t == NULL;
    dy_evmodel_free(t);
  }
  CHECK_INT(refused, (size + 6) / 7);
  CHECK(strstr(why, "bad.bin") != NULL);
  /* a foreign file */
  f = fopen(bad, "wb");
  fputs("PK\3\4 not a model at all, just some bytes", f);
  fclose(f);
  CHECK(dy_evmodel_load(bad, why, sizeof why) == NULL);
  CHECK(strstr(why, "not an event model") != NULL);
  /* a missing file */
  CHECK(dy_evmodel_load("/nonexistent/dyad/m.bin", why, sizeof why) == NULL);
  CHECK(strstr(why, "No such file") != NULL);
  remove(path);
  remove(bad);
  rmdir(dir);
  return TEST_DONE();
}

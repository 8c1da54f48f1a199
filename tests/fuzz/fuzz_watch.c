/* fuzz_watch.c: libFuzzer target for the watch rule parser: arbitrary rule
 * text either parses into well-formed rules or fails with a FILE:LINE reason. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "render/watch.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
  dy_watchlist wl;
  char why[256];
  why[0] = 0;
  if (dy_watch_parse((const char *)data, size, "fuzz.rules", &wl, why, sizeof why) == 0) {
    for (int i = 0; i < wl.n; i++) {
      const dy_watch_rule *r = &wl.r[i];
      if (r->nactors > DY_WATCH_MAXTERMS || r->nwords > DY_WATCH_MAXTERMS || r->nwho > DY_WATCH_MAXTERMS ||
          r->nplaces > DY_WATCH_MAXTERMS || r->ncodes > 2 * DY_WATCH_MAXTERMS || r->threshold < 0 || r->window < 0 ||
          r->line < 1 || !memchr(r->name, 0, sizeof r->name) || r->modalities == 0)
        abort();
    }
    dy_watch_free(&wl);
  } else if (strncmp(why, "fuzz.rules:", 11) != 0) {
    abort();
  }
  return 0;
}

/* analyze.c: series per dyad, the actor network, base rates (analyze.h). */
#include "analyze.h"
#include "../doc.h"
#include "../link/happen.h"

#include <limits.h>
#include <math.h>
#include <sqlite3.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *txt(sqlite3_stmt *st, int i) {
  const unsigned char *t = sqlite3_column_text(st, i);
  return t ? (const char *)t : "";
}

static void key_of(char *dst, const char *code, int full) {
  if (full) snprintf(dst, 16, "%s", code);
  else snprintf(dst, 16, "%.3s", code);
}

static int prefix(const char *s, const char *p) { return strncmp(s, p, strlen(p)) == 0; }

static int cmp_hap(const void *x, const void *y) {
  const dy_an_hap *a = x, *b = y;
  if (a->lo != b->lo) return a->lo < b->lo ? -1 : 1;
  return a->id < b->id ? -1 : a->id > b->id;
}

int dy_an_load(sqlite3 *db, const dy_an_opts *o, dy_an_hap **out, size_t *n) {
  static const char SQL[] =
    "SELECT h.id, h.source, h.target, h.root, h.code, h.core_prec, h.core_lo, h.core_hi, h.num_mentions, h.num_sources,"
    " h.num_articles, e.quad, e.goldstein,"
    " (SELECT min(a.published) FROM events x JOIN articles a ON a.id = x.article_id WHERE x.happening_id = h.id)"
    " FROM happenings h JOIN events e ON e.id = h.first_event"
    " WHERE h.modclass = 0 AND h.core_prec > 0 AND h.source IS NOT NULL AND h.target IS NOT NULL ORDER BY h.core_lo, h.id";
  *out = NULL;
  *n = 0;
  sqlite3_stmt *st;
  if (sqlite3_prepare_v2(db, SQL, -1, &st, NULL) != SQLITE_OK) return -1;
  long qlo = -1000000, qhi = 1000000, d0, d1;
  int p;
  if (o && o->since && dy_hap_interval(o->since, NULL, &d0, &d1, &p) == 0) qlo = d0;
  if (o && o->until && dy_hap_interval(o->until, NULL, &d0, &d1, &p) == 0) qhi = d1;
  /* a happening reported only by undated articles is of the store's own
   * time: background against its latest article date */
  long slo = 0;
  int have_latest = 0;
  sqlite3_stmt *lt;
  if (sqlite3_prepare_v2(db, "SELECT max(published) FROM articles WHERE published IS NOT NULL AND published <> ''", -1, &lt, NULL) == SQLITE_OK) {
    long l1;
    int lp;
    if (sqlite3_step(lt) == SQLITE_ROW && dy_hap_interval(txt(lt, 0), NULL, &slo, &l1, &lp) == 0) have_latest = 1;
    sqlite3_finalize(lt);
  }
  size_t cap = 0;
  dy_an_hap *v = NULL;
  int rc;
  while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
    dy_an_hap h;
    memset(&h, 0, sizeof h);
    h.id = sqlite3_column_int64(st, 0);
    const char *s = txt(st, 1), *t = txt(st, 2);
    if (o && o->dyad_a && o->dyad_b &&
        !((prefix(s, o->dyad_a) && prefix(t, o->dyad_b)) || (prefix(s, o->dyad_b) && prefix(t, o->dyad_a)))) continue;
    key_of(h.source, s, o && o->full);
    key_of(h.target, t, o && o->full);
    if (!strcmp(h.source, h.target)) continue; /* within one actor (IRNGOV -> IRNMIL as countries) */
    snprintf(h.root, sizeof h.root, "%s", txt(st, 3));
    snprintf(h.code, sizeof h.code, "%s", txt(st, 4));
    h.prec = sqlite3_column_int(st, 5);
    h.lo = (long)sqlite3_column_int64(st, 6);
    h.hi = (long)sqlite3_column_int64(st, 7);
    if (h.hi < qlo || h.lo > qhi) continue;
    h.mentions = sqlite3_column_int(st, 8);
    h.sources = sqlite3_column_int(st, 9);
    h.articles = sqlite3_column_int(st, 10);
    h.quad = sqlite3_column_int(st, 11);
    h.goldstein = sqlite3_column_double(st, 12);
    long plo, phi;
    int pp;
    if (dy_hap_interval(txt(st, 13), NULL, &plo, &phi, &pp) == 0)
      h.background = h.hi < plo - 365 || (h.prec <= DY_PREC_YEAR && h.hi < plo);
    else if (have_latest)
      h.background = h.hi < slo - 365 || (h.prec <= DY_PREC_YEAR && h.hi < slo);
    DY_VEC_GROW(v, cap, *n + 1);
    v[(*n)++] = h;
  }
  sqlite3_finalize(st);
  if (rc != SQLITE_DONE) { free(v); *n = 0; return -1; }
  if (*n) qsort(v, *n, sizeof *v, cmp_hap);
  *out = v;
  return 0;
}

/* ---- series -------------------------------------------------------------- */

/* The period holding day z: its first day. */
static long period_start(long z, int by) {
  if (by == DY_BY_WEEK) {
    long w = (z + 3) % 7; /* 0 = Monday */
    if (w < 0) w += 7;
    return z - w;
  }
  dy_date d = dy_date_from_days(z);
  d.d = 1;
  return dy_date_days(d);
}

static long period_next(long start, int by) {
  if (by == DY_BY_WEEK) return start + 7;
  dy_date d = dy_date_from_days(start);
  d.m = (int8_t)(d.m % 12 + 1);
  if (d.m == 1) d.y++;
  return dy_date_days(d);
}

static void period_name(long start, int by, char *out) {
  dy_date d = dy_date_from_days(start);
  if (by == DY_BY_WEEK) snprintf(out, 11, "%04d-%02d-%02d", d.y, d.m, d.d);
  else snprintf(out, 11, "%04d-%02d", d.y, d.m);
}

static int placeable(const dy_an_hap *h, int by) { return by == DY_BY_WEEK ? h->prec == DY_PREC_DAY : h->prec >= DY_PREC_MONTH; }

static int cmp_series(const void *x, const void *y) {
  const dy_an_series *a = x, *b = y;
  if (a->happenings != b->happenings) return a->happenings > b->happenings ? -1 : 1;
  int c = strcmp(a->source, b->source);
  return c ? c : strcmp(a->target, b->target);
}

int dy_an_series_of(const dy_an_hap *h, size_t n, const dy_an_opts *o, dy_an_series **out, size_t *nout) {
  int by = o && o->by ? o->by : DY_BY_MONTH;
  *out = NULL;
  *nout = 0;
  /* the last period: that of the latest current happening */
  long last = LONG_MIN;
  for (size_t i = 0; i < n; i++)
    if (!h[i].background && placeable(&h[i], by) && period_start(h[i].lo, by) > last) last = period_start(h[i].lo, by);
  dy_an_series *S = NULL;
  size_t ns = 0, cs = 0;
  for (size_t i = 0; i < n; i++) {
    size_t k = 0;
    while (k < ns && (strcmp(S[k].source, h[i].source) || strcmp(S[k].target, h[i].target))) k++;
    if (k == ns) {
      DY_VEC_GROW(S, cs, ns + 1);
      memset(&S[ns], 0, sizeof S[ns]);
      snprintf(S[ns].source, 16, "%s", h[i].source);
      snprintf(S[ns].target, 16, "%s", h[i].target);
      ns++;
    }
    dy_an_series *s = &S[k];
    if (h[i].background) { s->background++; continue; }
    if (!placeable(&h[i], by)) { s->imprecise++; continue; }
    long ps = period_start(h[i].lo, by);
    if (!s->npts) {
      /* every period from this first one to the last */
      size_t np = 0;
      for (long p = ps; p <= last; p = period_next(p, by)) np++;
      s->pts = dy_xcalloc(np ? np : 1, sizeof *s->pts);
      long p = ps;
      for (size_t j = 0; j < np; j++, p = period_next(p, by)) {
        s->pts[j].start = p;
        period_name(p, by, s->pts[j].period);
      }
      s->npts = np;
    }
    size_t j = 0;
    while (j < s->npts && s->pts[j].start != ps) j++;
    if (j == s->npts) continue; /* cannot happen: happenings come in date order */
    dy_an_point *pt = &s->pts[j];
    pt->goldstein = (pt->goldstein * (double)pt->happenings + h[i].goldstein) / (double)(pt->happenings + 1);
    pt->happenings++;
    if (h[i].quad >= 1 && h[i].quad <= 4) pt->quad[h[i].quad]++;
    pt->mentions += h[i].mentions;
    s->happenings++;
  }
  for (size_t k = 0; k < ns; k++) {
    dy_an_series *s = &S[k];
    if (!s->npts) { snprintf(s->change, sizeof s->change, "none"); continue; }
    size_t nb = s->npts - 1;
    double sum = 0, sq = 0, gsum = 0, gn = 0;
    for (size_t j = 0; j < nb; j++) {
      sum += (double)s->pts[j].happenings;
      gsum += s->pts[j].goldstein * (double)s->pts[j].happenings;
      gn += (double)s->pts[j].happenings;
    }
    double m = nb ? sum / (double)nb : 0;
    for (size_t j = 0; j < nb; j++) sq += ((double)s->pts[j].happenings - m) * ((double)s->pts[j].happenings - m);
    double sd = nb > 1 ? sqrt(sq / (double)(nb - 1)) : 0;
    s->last = (double)s->pts[s->npts - 1].happenings;
    s->mean_before = m;
    s->sd_before = sd;
    s->goldstein_last = s->pts[s->npts - 1].goldstein;
    s->goldstein_before = gn > 0 ? gsum / gn : 0;
    double den = sd;
    if (sqrt(m) > den) den = sqrt(m);
    if (den < 1) den = 1;
    s->z = (s->last - m) / den;
    if (sum == 0) snprintf(s->change, sizeof s->change, s->last > 0 ? "new" : "none");
    else if (s->z >= 1) snprintf(s->change, sizeof s->change, "increase");
    else if (s->z <= -1) snprintf(s->change, sizeof s->change, "decrease");
    else snprintf(s->change, sizeof s->change, "no change");
  }
  if (ns) qsort(S, ns, sizeof *S, cmp_series);
  *out = S;
  *nout = ns;
  return 0;
}

void dy_an_series_free(dy_an_series *s, size_t n) {
  if (!s) return;
  for (size_t i = 0; i < n; i++) free(s[i].pts);
  free(s);
}

/* ---- network --------------------------------------------------------------- */

int dy_an_betweenness(int n, const int *off, const int *adj, double *bc) {
  for (int i = 0; i < n; i++) bc[i] = 0;
  if (n <= 0) return 0;
  int *stack = dy_xmalloc((size_t)n * sizeof *stack), *queue = dy_xmalloc((size_t)n * sizeof *queue), *dist = dy_xmalloc((size_t)n * sizeof *dist);
  double *sigma = dy_xmalloc((size_t)n * sizeof *sigma), *delta = dy_xmalloc((size_t)n * sizeof *delta);
  for (int s = 0; s < n; s++) {
    for (int i = 0; i < n; i++) { dist[i] = -1; sigma[i] = 0; delta[i] = 0; }
    int sp = 0, qh = 0, qt = 0;
    dist[s] = 0;
    sigma[s] = 1;
    queue[qt++] = s;
    while (qh < qt) {
      int v = queue[qh++];
      stack[sp++] = v;
      for (int k = off[v]; k < off[v + 1]; k++) {
        int w = adj[k];
        if (dist[w] < 0) { dist[w] = dist[v] + 1; queue[qt++] = w; }
        if (dist[w] == dist[v] + 1) sigma[w] += sigma[v];
      }
    }
    while (sp > 0) {
      int w = stack[--sp];
      /* predecessors of w: neighbours one step closer to s */
      for (int k = off[w]; k < off[w + 1]; k++) {
        int v = adj[k];
        if (dist[v] >= 0 && dist[v] == dist[w] - 1) delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
      }
      if (w != s) bc[w] += delta[w];
    }
  }
  for (int i = 0; i < n; i++) bc[i] /= 2; /* each unordered pair was counted from both ends */
  free(stack); free(queue); free(dist); free(sigma); free(delta);
  return 0;
}

static int node_of(dy_an_network *g, size_t *cap, const char *a) {
  for (size_t i = 0; i < g->nnodes; i++) if (!strcmp(g->nodes[i].actor, a)) return (int)i;
  g->nodes = dy_vec_grow(g->nodes, cap, g->nnodes + 1, sizeof *g->nodes);
  memset(&g->nodes[g->nnodes], 0, sizeof g->nodes[0]);
  snprintf(g->nodes[g->nnodes].actor, 16, "%s", a);
  return (int)g->nnodes++;
}

static int cmp_node(const void *x, const void *y) {
  const dy_an_node *a = x, *b = y;
  if (a->betweenness != b->betweenness) return a->betweenness > b->betweenness ? -1 : 1;
  if (a->strength != b->strength) return a->strength > b->strength ? -1 : 1;
  return strcmp(a->actor, b->actor);
}

static int cmp_edge(const void *x, const void *y) {
  const dy_an_edge *a = x, *b = y;
  long wa = a->ab + a->ba, wb = b->ab + b->ba;
  if (wa != wb) return wa > wb ? -1 : 1;
  if (a->a != b->a) return a->a - b->a;
  return a->b - b->b;
}

int dy_an_network_of(const dy_an_hap *h, size_t n, dy_an_network *g) {
  memset(g, 0, sizeof *g);
  size_t ncap = 0, ecap = 0;
  double *gsum = NULL;
  for (size_t i = 0; i < n; i++) {
    if (h[i].background) { g->background++; continue; }
    int a = node_of(g, &ncap, h[i].source), b = node_of(g, &ncap, h[i].target);
    g->nodes[a].strength++;
    g->nodes[b].strength++;
    int lo = a < b ? a : b, hi = a < b ? b : a;
    size_t k = 0;
    while (k < g->nedges && (g->edges[k].a != lo || g->edges[k].b != hi)) k++;
    if (k == g->nedges) {
      if (g->nedges == ecap) {
        ecap = dy_grow_cap(ecap, g->nedges + 1);
        g->edges = dy_xreallocarray(g->edges, ecap, sizeof *g->edges);
        gsum = dy_xreallocarray(gsum, ecap, sizeof *gsum);
      }
      memset(&g->edges[k], 0, sizeof g->edges[k]);
      g->edges[k].a = lo;
      g->edges[k].b = hi;
      gsum[k] = 0;
      g->nedges++;
      g->nodes[a].degree++;
      g->nodes[b].degree++;
    }
    if (a == lo) g->edges[k].ab++;
    else g->edges[k].ba++;
    gsum[k] += h[i].goldstein;
  }
  for (size_t k = 0; k < g->nedges; k++) g->edges[k].goldstein = gsum[k] / (double)(g->edges[k].ab + g->edges[k].ba);
  free(gsum);
  gsum = NULL;
  {
    int nn = (int)g->nnodes;
    int *off = dy_xcalloc((size_t)nn + 1, sizeof *off), *adj = dy_xmalloc((g->nedges * 2 + 1) * sizeof *adj), *fill = dy_xcalloc((size_t)nn + 1, sizeof *fill);
    double *bc = dy_xmalloc(((size_t)nn + 1) * sizeof *bc);
    for (size_t k = 0; k < g->nedges; k++) { off[g->edges[k].a + 1]++; off[g->edges[k].b + 1]++; }
    for (int i = 0; i < nn; i++) off[i + 1] += off[i];
    for (size_t k = 0; k < g->nedges; k++) {
      adj[off[g->edges[k].a] + fill[g->edges[k].a]++] = g->edges[k].b;
      adj[off[g->edges[k].b] + fill[g->edges[k].b]++] = g->edges[k].a;
    }
    int rc = dy_an_betweenness(nn, off, adj, bc);
    double norm = nn > 2 ? (double)(nn - 1) * (nn - 2) / 2.0 : 1;
    for (int i = 0; i < nn && !rc; i++) { g->nodes[i].betweenness_raw = bc[i]; g->nodes[i].betweenness = bc[i] / norm; }
    free(off); free(adj); free(fill); free(bc);
    if (rc) goto oom;
  }
  /* sort nodes, then renumber the edges */
  {
    size_t nn = g->nnodes;
    dy_an_node *old = dy_xmalloc((nn + 1) * sizeof *old);
    int *map = dy_xmalloc((nn + 1) * sizeof *map);
    memcpy(old, g->nodes, nn * sizeof *old);
    qsort(g->nodes, nn, sizeof *g->nodes, cmp_node);
    for (size_t i = 0; i < nn; i++)
      for (size_t j = 0; j < nn; j++)
        if (!strcmp(old[i].actor, g->nodes[j].actor)) { map[i] = (int)j; break; }
    for (size_t k = 0; k < g->nedges; k++) {
      dy_an_edge *e = &g->edges[k];
      int a = map[e->a], b = map[e->b];
      if (a > b) { int t = a; a = b; b = t; long tl = e->ab; e->ab = e->ba; e->ba = tl; }
      e->a = a;
      e->b = b;
    }
    free(old);
    free(map);
    if (g->nedges) qsort(g->edges, g->nedges, sizeof *g->edges, cmp_edge);
  }
  return 0;
oom:
  free(gsum);
  dy_an_network_free(g);
  return -1;
}

void dy_an_network_free(dy_an_network *g) {
  if (!g) return;
  free(g->nodes);
  free(g->edges);
  memset(g, 0, sizeof *g);
}

/* ---- base rates ------------------------------------------------------------ */

static int cmp_follow(const void *x, const void *y) {
  const dy_an_follow *a = x, *b = y;
  if (a->count != b->count) return a->count > b->count ? -1 : 1;
  return strcmp(a->root, b->root);
}

static int cmp_rate(const void *x, const void *y) {
  const dy_an_baserate *a = x, *b = y;
  if (a->antecedents != b->antecedents) return a->antecedents > b->antecedents ? -1 : 1;
  int c = strcmp(a->source, b->source);
  if (!c) c = strcmp(a->target, b->target);
  return c ? c : strcmp(a->root, b->root);
}

int dy_an_baserates_of(const dy_an_hap *h, size_t n, const dy_an_opts *o, dy_an_baserate **out, size_t *nout) {
  int win = o && o->window > 0 ? o->window : 30;
  *out = NULL;
  *nout = 0;
  dy_an_baserate *B = NULL;
  size_t nb = 0, cb = 0;
  for (size_t i = 0; i < n; i++) {
    const dy_an_hap *a = &h[i];
    if (a->background || a->prec != DY_PREC_DAY) continue;
    size_t k = 0;
    while (k < nb && (strcmp(B[k].source, a->source) || strcmp(B[k].target, a->target) || strcmp(B[k].root, a->root))) k++;
    if (k == nb) {
      DY_VEC_GROW(B, cb, nb + 1);
      memset(&B[nb], 0, sizeof B[nb]);
      snprintf(B[nb].source, 16, "%s", a->source);
      snprintf(B[nb].target, 16, "%s", a->target);
      snprintf(B[nb].root, 3, "%s", a->root);
      B[nb].window = win;
      nb++;
    }
    dy_an_baserate *r = &B[k];
    r->antecedents++;
    /* which roots followed this one (for antecedents_followed) */
    char seen[21] = {0};
    int any = 0;
    for (size_t j = i + 1; j < n; j++) { /* h is in date order */
      const dy_an_hap *f = &h[j];
      if (f->lo > a->lo + win) break;
      if (f->background || f->prec != DY_PREC_DAY || f->lo <= a->lo) continue;
      int same = (!strcmp(f->source, a->source) && !strcmp(f->target, a->target)) ||
                 (!strcmp(f->source, a->target) && !strcmp(f->target, a->source));
      if (!same) continue;
      any = 1;
      r->followers++;
      size_t q = 0;
      while (q < r->nnext && strcmp(r->next[q].root, f->root)) q++;
      if (q == r->nnext) {
        r->next = dy_xreallocarray(r->next, r->nnext + 1, sizeof *r->next);
        memset(&r->next[q], 0, sizeof *r->next);
        snprintf(r->next[q].root, 3, "%s", f->root);
        r->nnext++;
      }
      r->next[q].count++;
      int ri = (int)strtol(f->root, NULL, 10);
      if (ri >= 0 && ri <= 20 && !seen[ri]) { seen[ri] = 1; r->next[q].antecedents_followed++; }
    }
    if (any) r->followed++;
  }
  for (size_t k = 0; k < nb; k++) {
    for (size_t q = 0; q < B[k].nnext; q++) B[k].next[q].share = B[k].followers ? (double)B[k].next[q].count / (double)B[k].followers : 0;
    if (B[k].nnext) qsort(B[k].next, B[k].nnext, sizeof *B[k].next, cmp_follow);
  }
  if (nb) qsort(B, nb, sizeof *B, cmp_rate);
  *out = B;
  *nout = nb;
  return 0;
}

void dy_an_baserates_free(dy_an_baserate *b, size_t n) {
  if (!b) return;
  for (size_t i = 0; i < n; i++) free(b[i].next);
  free(b);
}

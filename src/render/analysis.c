/* analysis.c: dyad series, dyad network, dyad baserates as table, TSV, JSON (and GraphML). */
#include "analysis.h"

#include <string.h>

static void jstr(FILE *out, const char *s) {
  dy_buf b = {0};
  dy_buf_json_str(&b, s, strlen(s));
  if (b.p) fwrite(b.p, 1, b.n, out);
  dy_buf_free(&b);
}

void dy_render_series(FILE *out, const dy_an_series *S, size_t n, int format) {
  if (format == DY_AN_TSV)
    fputs("source\ttarget\tperiod\thappenings\tverbal_coop\tmaterial_coop\tverbal_conflict\tmaterial_conflict\tgoldstein\tmentions\n", out);
  for (size_t i = 0; i < n; i++) {
    const dy_an_series *s = &S[i];
    if (format == DY_AN_JSON) {
      fputs("{\"source\":", out); jstr(out, s->source);
      fputs(",\"target\":", out); jstr(out, s->target);
      fprintf(out, ",\"happenings\":%ld,\"background\":%ld,\"imprecise\":%ld,\"change\":\"%s\",\"last\":%g,\"mean_before\":%.3f,"
              "\"sd_before\":%.3f,\"z\":%.3f,\"goldstein_last\":%.2f,\"goldstein_before\":%.2f,\"periods\":[",
              s->happenings, s->background, s->imprecise, s->change, s->last, s->mean_before, s->sd_before, s->z, s->goldstein_last,
              s->goldstein_before);
      for (size_t j = 0; j < s->npts; j++) {
        const dy_an_point *p = &s->pts[j];
        fprintf(out, "%s{\"period\":\"%s\",\"happenings\":%ld,\"quad\":[%ld,%ld,%ld,%ld],\"goldstein\":%.2f,\"mentions\":%ld}", j ? "," : "",
                p->period, p->happenings, p->quad[1], p->quad[2], p->quad[3], p->quad[4], p->goldstein, p->mentions);
      }
      fputs("]}\n", out);
    } else if (format == DY_AN_TSV) {
      for (size_t j = 0; j < s->npts; j++) {
        const dy_an_point *p = &s->pts[j];
        fprintf(out, "%s\t%s\t%s\t%ld\t%ld\t%ld\t%ld\t%ld\t%.2f\t%ld\n", s->source, s->target, p->period, p->happenings, p->quad[1], p->quad[2],
                p->quad[3], p->quad[4], p->goldstein, p->mentions);
      }
    } else {
      fprintf(out, "%s -> %s: %ld happenings (%ld background kept out, %ld dated too coarsely); last period %s: %g against a mean of %.2f "
              "(sd %.2f, z %.2f): %s\n", s->source, s->target, s->happenings, s->background, s->imprecise,
              s->npts ? s->pts[s->npts - 1].period : "-", s->last, s->mean_before, s->sd_before, s->z, s->change);
      fprintf(out, "  %-10s %5s %5s %5s %5s %5s %7s %8s\n", "period", "n", "q1", "q2", "q3", "q4", "gold", "mentions");
      for (size_t j = 0; j < s->npts; j++) {
        const dy_an_point *p = &s->pts[j];
        if (p->happenings) fprintf(out, "  %-10s %5ld %5ld %5ld %5ld %5ld %7.2f %8ld\n", p->period, p->happenings, p->quad[1], p->quad[2], p->quad[3], p->quad[4], p->goldstein, p->mentions);
        else fprintf(out, "  %-10s %5d\n", p->period, 0);
      }
    }
  }
}

static void xml(FILE *out, const char *s) {
  for (; *s; s++) {
    if (*s == '<') fputs("&lt;", out);
    else if (*s == '>') fputs("&gt;", out);
    else if (*s == '&') fputs("&amp;", out);
    else if (*s == '"') fputs("&quot;", out);
    else fputc(*s, out);
  }
}

void dy_render_network(FILE *out, const dy_an_network *g, int format) {
  if (format == DY_AN_GRAPHML) {
    fputs("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
          "  <key id=\"strength\" for=\"node\" attr.name=\"strength\" attr.type=\"long\"/>\n"
          "  <key id=\"degree\" for=\"node\" attr.name=\"degree\" attr.type=\"long\"/>\n"
          "  <key id=\"betweenness\" for=\"node\" attr.name=\"betweenness\" attr.type=\"double\"/>\n"
          "  <key id=\"weight\" for=\"edge\" attr.name=\"weight\" attr.type=\"long\"/>\n"
          "  <key id=\"goldstein\" for=\"edge\" attr.name=\"goldstein\" attr.type=\"double\"/>\n"
          "  <graph id=\"dyad\" edgedefault=\"directed\">\n", out);
    for (size_t i = 0; i < g->nnodes; i++) {
      fputs("    <node id=\"", out); xml(out, g->nodes[i].actor);
      fprintf(out, "\"><data key=\"strength\">%ld</data><data key=\"degree\">%ld</data><data key=\"betweenness\">%.6f</data></node>\n",
              g->nodes[i].strength, g->nodes[i].degree, g->nodes[i].betweenness);
    }
    for (size_t k = 0; k < g->nedges; k++) {
      const dy_an_edge *e = &g->edges[k];
      for (int dir = 0; dir < 2; dir++) {
        long w = dir ? e->ba : e->ab;
        if (!w) continue;
        const char *s = g->nodes[dir ? e->b : e->a].actor, *t = g->nodes[dir ? e->a : e->b].actor;
        fputs("    <edge source=\"", out); xml(out, s); fputs("\" target=\"", out); xml(out, t);
        fprintf(out, "\"><data key=\"weight\">%ld</data><data key=\"goldstein\">%.2f</data></edge>\n", w, e->goldstein);
      }
    }
    fputs("  </graph>\n</graphml>\n", out);
    return;
  }
  if (format == DY_AN_JSON) {
    fputs("{\"nodes\":[", out);
    for (size_t i = 0; i < g->nnodes; i++) {
      fputs(i ? ",{\"actor\":" : "{\"actor\":", out); jstr(out, g->nodes[i].actor);
      fprintf(out, ",\"strength\":%ld,\"degree\":%ld,\"betweenness\":%.6f,\"betweenness_raw\":%.3f}", g->nodes[i].strength, g->nodes[i].degree,
              g->nodes[i].betweenness, g->nodes[i].betweenness_raw);
    }
    fputs("],\"edges\":[", out);
    for (size_t k = 0; k < g->nedges; k++) {
      const dy_an_edge *e = &g->edges[k];
      fputs(k ? ",{\"a\":" : "{\"a\":", out); jstr(out, g->nodes[e->a].actor);
      fputs(",\"b\":", out); jstr(out, g->nodes[e->b].actor);
      fprintf(out, ",\"a_to_b\":%ld,\"b_to_a\":%ld,\"goldstein\":%.2f}", e->ab, e->ba, e->goldstein);
    }
    fprintf(out, "],\"background\":%ld}\n", g->background);
    return;
  }
  if (format == DY_AN_TSV) {
    fputs("kind\tactor\tother\tstrength_or_a_to_b\tdegree_or_b_to_a\tbetweenness_or_goldstein\n", out);
    for (size_t i = 0; i < g->nnodes; i++)
      fprintf(out, "node\t%s\t\t%ld\t%ld\t%.6f\n", g->nodes[i].actor, g->nodes[i].strength, g->nodes[i].degree, g->nodes[i].betweenness);
    for (size_t k = 0; k < g->nedges; k++)
      fprintf(out, "edge\t%s\t%s\t%ld\t%ld\t%.2f\n", g->nodes[g->edges[k].a].actor, g->nodes[g->edges[k].b].actor, g->edges[k].ab, g->edges[k].ba,
              g->edges[k].goldstein);
    return;
  }
  fprintf(out, "%-16s %8s %6s %11s\n", "actor", "strength", "degree", "betweenness");
  for (size_t i = 0; i < g->nnodes; i++)
    fprintf(out, "%-16s %8ld %6ld %11.4f\n", g->nodes[i].actor, g->nodes[i].strength, g->nodes[i].degree, g->nodes[i].betweenness);
  fprintf(out, "\n%-16s %-16s %6s %6s %7s\n", "a", "b", "a->b", "b->a", "gold");
  for (size_t k = 0; k < g->nedges; k++)
    fprintf(out, "%-16s %-16s %6ld %6ld %7.2f\n", g->nodes[g->edges[k].a].actor, g->nodes[g->edges[k].b].actor, g->edges[k].ab, g->edges[k].ba,
            g->edges[k].goldstein);
  if (g->background) fprintf(out, "(%ld background happenings left out)\n", g->background);
}

void dy_render_baserates(FILE *out, const dy_an_baserate *B, size_t n, int format) {
  if (format == DY_AN_TSV) fputs("source\ttarget\troot\tantecedents\tfollowed\tfollowers\twindow\tnext_root\tcount\tshare\tantecedents_followed\n", out);
  for (size_t i = 0; i < n; i++) {
    const dy_an_baserate *b = &B[i];
    if (format == DY_AN_JSON) {
      fputs("{\"source\":", out); jstr(out, b->source);
      fputs(",\"target\":", out); jstr(out, b->target);
      fprintf(out, ",\"root\":\"%s\",\"antecedents\":%ld,\"followed\":%ld,\"followers\":%ld,\"window\":%d,\"next\":[", b->root, b->antecedents,
              b->followed, b->followers, b->window);
      for (size_t q = 0; q < b->nnext; q++)
        fprintf(out, "%s{\"root\":\"%s\",\"count\":%ld,\"share\":%.3f,\"antecedents_followed\":%ld}", q ? "," : "", b->next[q].root, b->next[q].count,
                b->next[q].share, b->next[q].antecedents_followed);
      fputs("]}\n", out);
    } else if (format == DY_AN_TSV) {
      if (!b->nnext) fprintf(out, "%s\t%s\t%s\t%ld\t%ld\t%ld\t%d\t\t0\t0\t0\n", b->source, b->target, b->root, b->antecedents, b->followed, b->followers, b->window);
      for (size_t q = 0; q < b->nnext; q++)
        fprintf(out, "%s\t%s\t%s\t%ld\t%ld\t%ld\t%d\t%s\t%ld\t%.3f\t%ld\n", b->source, b->target, b->root, b->antecedents, b->followed, b->followers,
                b->window, b->next[q].root, b->next[q].count, b->next[q].share, b->next[q].antecedents_followed);
    } else {
      fprintf(out, "%s -> %s root %s: %ld happening%s; %ld followed within %d days by %ld happening%s between them", b->source, b->target, b->root,
              b->antecedents, b->antecedents == 1 ? "" : "s", b->followed, b->window, b->followers, b->followers == 1 ? "" : "s");
      fputs(b->nnext ? ":\n" : "\n", out);
      for (size_t q = 0; q < b->nnext; q++)
        fprintf(out, "  root %s: %ld of %ld (%.0f%%), after %ld of the %ld\n", b->next[q].root, b->next[q].count, b->followers, 100 * b->next[q].share,
                b->next[q].antecedents_followed, b->antecedents);
    }
  }
}

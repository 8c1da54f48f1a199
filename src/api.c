/* api.c: the document-level public interface (include/dyad.h, "one
 * document"): a dy_doc behind dyad_doc, read through accessors that copy
 * nothing but small values. */
#include "../include/dyad.h"
#include "annotate.h"
#include "doc.h"
#include "lexicon/lexicon.h"
#include "text/text.h"

#include <stdio.h>
#include <string.h>

dyad_doc *dyad_doc_new(const char *text, size_t n, const char *date, const char *id, char *why, size_t nwhy) {
  dy_date dt = {0};
  if (date && *date && dy_date_parse_iso(date, &dt) != 0) {
    snprintf(why, nwhy, "'%s' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)", date);
    return NULL;
  }
  dy_doc *d = dy_doc_new();
  if (!d) { snprintf(why, nwhy, "out of memory"); return NULL; }
  char *t = dy_xmalloc(n + 1);
  if (n) memcpy(t, text, n);
  t[n] = 0;
  dy_doc_set_text(d, t, n);
  d->published = dt;
  if (id) dy_doc_set_str(&d->id, id, strlen(id));
  return d;
}

void dyad_doc_free(dyad_doc *d) { dy_doc_free(d); }

int dyad_doc_annotate(const dyad_lexicon *lx, dyad_doc *d, int facts, char *why, size_t nwhy) {
  dy_annotate_opts o;
  memset(&o, 0, sizeof o);
  o.facts = facts;
  if (dy_annotate(lx, d, &o) != 0) {
    snprintf(why, nwhy, "the document could not be annotated");
    return -1;
  }
  return 0;
}

const char *dyad_doc_text(const dyad_doc *d, size_t *len) {
  if (len) *len = d->len;
  return d->text ? d->text : "";
}

size_t dyad_doc_nsentences(const dyad_doc *d) { return d->nsents; }

int dyad_doc_sentence(const dyad_doc *d, size_t i, size_t *start, size_t *end) {
  if (i >= d->nsents) return -1;
  *start = d->sents[i].start;
  *end = d->sents[i].end;
  return 0;
}

size_t dyad_doc_nevents(const dyad_doc *d) { return d->nevents; }

int dyad_doc_event(const dyad_doc *d, size_t i, dyad_event *e) {
  if (i >= d->nevents) return -1;
  const dy_event *x = &d->events[i];
  memset(e, 0, sizeof *e);
  e->sentence = x->sent;
  e->code = x->code;
  e->root = x->root;
  e->source = x->source;
  e->target = x->target;
  e->source_name = x->source_name;
  e->target_name = x->target_name;
  e->modality = dy_modality_name(x->modality);
  e->quad = x->quad;
  e->goldstein = x->goldstein;
  if (x->date.prec) {
    char b[32];
    snprintf(e->date, sizeof e->date, "%s", dy_date_str(x->date, b));
  }
  e->source_start = x->src_start; e->source_end = x->src_end;
  e->verb_start = x->verb_start; e->verb_end = x->verb_end;
  e->target_start = x->tgt_start; e->target_end = x->tgt_end;
  e->attributed_to = x->attr_name;
  e->attributed_code = x->attr_code;
  e->attributed_start = x->attr_start; e->attributed_end = x->attr_end;
  e->place = x->geo_type && x->place >= 0 && (uint32_t)x->place < d->nplaces ? x->place : -1;
  return 0;
}

size_t dyad_doc_nquotes(const dyad_doc *d) { return d->nquotes; }

int dyad_doc_quote(const dyad_doc *d, size_t i, dyad_quote *q) {
  if (i >= d->nquotes) return -1;
  const dy_quote *x = &d->quotes[i];
  memset(q, 0, sizeof *q);
  q->sentence = x->sent;
  q->start = x->start;
  q->end = x->end;
  q->speaker_start = x->sp_start;
  q->speaker_end = x->sp_end;
  q->kind = x->kind == DY_QUOTE_DIRECT ? "direct" : "reported";
  q->speaker = x->speaker;
  q->affiliation = x->affil;
  q->code = x->code;
  return 0;
}

void dyad_doc_published(const dyad_doc *d, char *date, int *inferred) {
  char b[32];
  snprintf(date, 11, "%s", dy_date_str(d->published, b));
  if (inferred) *inferred = d->date_inferred;
}

int dyad_doc_sentence_date(const dyad_doc *d, size_t i, char *date, int *stated) {
  if (i >= d->nsents) return -1;
  char b[32];
  snprintf(date, 11, "%s", dy_date_str(d->sents[i].date, b));
  if (stated) *stated = d->sents[i].date_stated;
  return 0;
}

size_t dyad_doc_nactors(const dyad_doc *d) { return d->nments; }

int dyad_doc_actor(const dyad_doc *d, size_t i, dyad_actor *a) {
  static const char *kinds[] = {"", "country", "sector", "person", "organisation", "pronoun", "pair"};
  if (i >= d->nments) return -1;
  const dy_mention *m = &d->ments[i];
  memset(a, 0, sizeof *a);
  a->sentence = m->sent;
  if (m->tok1 > m->tok0 && m->tok1 <= d->ntoks) {
    a->start = d->toks[m->tok0].start;
    a->end = d->toks[m->tok1 - 1].end;
  }
  a->code = m->code;
  a->name = m->name;
  a->kind = m->kind < sizeof kinds / sizeof *kinds ? kinds[m->kind] : "";
  a->former = m->former;
  return 0;
}

size_t dyad_doc_nplaces(const dyad_doc *d) { return d->nplaces; }

int dyad_doc_place(const dyad_doc *d, size_t i, dyad_place *p) {
  if (i >= d->nplaces) return -1;
  const dy_place *x = &d->places[i];
  memset(p, 0, sizeof *p);
  p->sentence = x->sent;
  p->start = x->start;
  p->end = x->end;
  p->name = x->name;
  p->country = x->cc3;
  p->cc = x->cc;
  p->adm1 = x->adm1;
  p->feature = x->feature;
  p->has_coord = x->has_coord;
  p->lat = x->lat;
  p->lon = x->lon;
  p->geonameid = x->geonameid;
  return 0;
}

size_t dyad_doc_nfigures(const dyad_doc *d) { return d->nfigs; }

int dyad_doc_figure(const dyad_doc *d, size_t i, dyad_figure *f) {
  static const char *approx[] = {"", "about", "at least", "at most"};
  if (i >= d->nfigs) return -1;
  const dy_figure *x = &d->figs[i];
  memset(f, 0, sizeof *f);
  f->sentence = x->sent;
  f->start = x->start;
  f->end = x->end;
  f->value = x->value;
  f->usd = x->usd;
  f->unit = x->unit;
  f->measure = x->measure;
  f->approx = x->approx < 4 ? approx[x->approx] : "";
  f->target = x->target;
  f->countries = x->actors;
  return 0;
}

/* The sentence whose date expressions include d->dspans[i]. */
static size_t dspan_sentence(const dy_doc *d, size_t i) {
  size_t lo = 0, hi = d->nsents;
  while (lo < hi) { /* the first sentence whose range ends after i */
    size_t mid = lo + (hi - lo) / 2;
    if (d->sents[mid].dspan1 <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

size_t dyad_doc_ndates(const dyad_doc *d) { return d->ndspans; }

int dyad_doc_date(const dyad_doc *d, size_t i, dyad_date *t) {
  if (i >= d->ndspans) return -1;
  const dy_date_span *x = &d->dspans[i];
  size_t s = dspan_sentence(d, i);
  size_t base = s < d->nsents && d->sents[s].dspan0 <= i ? d->sents[s].start : 0;
  memset(t, 0, sizeof *t);
  t->sentence = s < d->nsents ? s : 0;
  t->start = base + x->start;
  t->end = base + x->end;
  char b[32];
  snprintf(t->date, sizeof t->date, "%s", dy_date_str(x->date, b));
  t->precision = dy_date_prec_name(x->date.prec);
  t->relative = x->relative;
  t->modifier = x->modifier;
  return 0;
}

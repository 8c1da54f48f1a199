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
  return 0;
}

size_t dyad_doc_nquotes(const dyad_doc *d) { return d->nquotes; }

int dyad_doc_quote(const dyad_doc *d, size_t i, dyad_quote *q) {
  if (i >= d->nquotes) return -1;
  const dy_quote *x = &d->quotes[i];
  q->start = x->start;
  q->end = x->end;
  q->speaker = x->speaker;
  q->affiliation = x->affil;
  q->code = x->code;
  return 0;
}

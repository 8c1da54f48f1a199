/* stream.c: `dyad parse`: text (split into sentences and tokens by the text
 * stage) or CoNLL-U in, CoNLL-U out with lemmas, tags, heads and relations
 * from the parse stage. Text is read a paragraph (a blank-line separated
 * block) at a time, CoNLL-U a sentence at a time, so input of any size streams. */
#include "dyad.h"
#include "../base.h"

#include <stdlib.h>
#include <string.h>

#include "doc.h"
#include "parse/parse.h"
#include "text/text.h"

#define CHUNK_MAX (1u << 20) /* a paragraph longer than this is cut */

typedef struct {
  dy_ptok *tk;
  dy_pnode *nd;
  uint32_t cap;
} work_t;

static int grow(work_t *w, uint32_t n) {
  if (n <= w->cap) return 0;
  size_t c = dy_grow_cap(w->cap, n);
  w->tk = dy_xreallocarray(w->tk, c, sizeof *w->tk);
  w->nd = dy_xreallocarray(w->nd, c, sizeof *w->nd);
  w->cap = (uint32_t)c;
  return 0;
}

/* Parses n tokens (any number: pieces of 8192 tokens, each its own tree). */
static int parse_all(const dy_parser *p, work_t *w, uint32_t n) {
  for (uint32_t b = 0; b < n; b += 8192) {
    uint32_t m = n - b < 8192 ? n - b : 8192;
    if (dy_parse_sentence(p, w->tk + b, m, w->nd + b)) return -1; /* heads relative to the piece */
  }
  return 0;
}

/* The head column of token i (1-based, 0 for a root), pieces accounted for. */
static long head_col(const work_t *w, uint32_t i) {
  const dy_pnode *d = &w->nd[i];
  return d->head < 0 ? 0 : (long)(i / 8192) * 8192 + d->head + 1;
}

static void put_field(FILE *out, const char *s, size_t n) {
  if (!n) { fputc('_', out); return; }
  for (size_t i = 0; i < n; i++) fputc(s[i] == '\t' || s[i] == '\n' || s[i] == '\r' ? ' ' : s[i], out);
}

static void put_node(FILE *out, const dy_parser *p, const work_t *w, uint32_t i, const char *misc, size_t nmisc) {
  fprintf(out, "%u\t", i + 1);
  put_field(out, w->tk[i].s, w->tk[i].len);
  fputc('\t', out);
  put_field(out, w->nd[i].lemma, strlen(w->nd[i].lemma));
  fprintf(out, "\t%s\t_\t_\t%ld\t%s\t_\t", dy_upos_name(w->nd[i].upos), head_col(w, i),
          w->nd[i].head < 0 ? "root" : dy_parser_label_name(p, w->nd[i].label));
  put_field(out, misc, nmisc);
  fputc('\n', out);
}

/* ---- text in ------------------------------------------------------------------------ */

static int text_chunk(const dy_parser *p, const char *s, size_t n, work_t *w, FILE *out, long *nsent) {
  char *t = dy_xmalloc(n + 1);
  dy_doc *d = dy_doc_new();
  memcpy(t, s, n);
  t[n] = 0;
  dy_doc_set_text(d, t, n);
  if (dy_text_prepare(d) || dy_text_segment(d)) { dy_doc_free(d); return -1; }
  int rc = 0;
  for (uint32_t k = 0; k < d->nsents && !rc; k++) {
    const dy_sent *se = &d->sents[k];
    uint32_t m = se->tok1 - se->tok0;
    if (!m) continue;
    if (grow(w, m)) { rc = -1; break; }
    for (uint32_t i = 0; i < m; i++) {
      const dy_tok *tk = &d->toks[se->tok0 + i];
      w->tk[i] = (dy_ptok){d->text + tk->start, tk->end - tk->start};
    }
    if (parse_all(p, w, m)) { rc = -1; break; }
    fprintf(out, "# sent_id = %ld\n# text = ", ++*nsent);
    for (uint32_t b = se->start; b < se->end; b++) {
      char c = d->text[b];
      fputc(c == '\n' || c == '\t' || c == '\r' ? ' ' : c, out);
    }
    fputc('\n', out);
    for (uint32_t i = 0; i < m; i++) {
      const dy_tok *tk = &d->toks[se->tok0 + i];
      int space = i + 1 < m && d->toks[se->tok0 + i + 1].start == tk->end;
      put_node(out, p, w, i, space ? "SpaceAfter=No" : "", space ? 13 : 0);
    }
    fputc('\n', out);
  }
  dy_doc_free(d);
  return rc;
}

static int blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r' && s[i] != '\n') return 0;
  return 1;
}

static int parse_text(const dy_parser *p, FILE *in, FILE *out, work_t *w) {
  dy_buf para = {0};
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  long nsent = 0;
  int rc = 0;
  while (!rc && (len = getline(&line, &cap, in)) >= 0) {
    if (blank(line, (size_t)len) || para.n + (size_t)len > CHUNK_MAX) {
      if (para.n) rc = text_chunk(p, para.p, para.n, w, out, &nsent);
      para.n = 0;
      if (blank(line, (size_t)len)) continue;
    }
    if (dy_buf_put(&para, line, (size_t)len)) rc = -1;
  }
  if (!rc && para.n) rc = text_chunk(p, para.p, para.n, w, out, &nsent);
  free(line);
  dy_buf_free(&para);
  return rc;
}

/* ---- CoNLL-U in ------------------------------------------------------------------------ */

typedef struct {
  char **forms, **misc;
  uint32_t n, cap;
} csent_t;

static void csent_clear(csent_t *c) {
  for (uint32_t i = 0; i < c->n; i++) free(c->forms[i]), free(c->misc[i]);
  c->n = 0;
}

static int csent_flush(const dy_parser *p, csent_t *c, work_t *w, FILE *out) {
  if (!c->n) return 0;
  if (grow(w, c->n)) return -1;
  for (uint32_t i = 0; i < c->n; i++) w->tk[i] = (dy_ptok){c->forms[i], (uint32_t)strlen(c->forms[i])};
  if (parse_all(p, w, c->n)) return -1;
  for (uint32_t i = 0; i < c->n; i++) put_node(out, p, w, i, c->misc[i], strlen(c->misc[i]));
  csent_clear(c);
  return 0;
}

/* Field k (0-based) of a tab-separated line: its start and length. */
static const char *field(const char *s, int k, size_t *n) {
  for (int i = 0; i < k; i++) {
    s = strchr(s, '\t');
    if (!s) return NULL;
    s++;
  }
  *n = strcspn(s, "\t\r\n");
  return s;
}

static int parse_conllu(const dy_parser *p, FILE *in, FILE *out, work_t *w, long *nbad) {
  csent_t c = {0};
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  long ln = 0;
  int rc = 0, body = 0;
  while (!rc && (len = getline(&line, &cap, in)) >= 0) {
    ln++;
    while (len && (line[len - 1] == '\n' || line[len - 1] == '\r')) line[--len] = 0;
    if (len == 0) {
      if (body || c.n) {
        rc = csent_flush(p, &c, w, out);
        fputc('\n', out);
      }
      body = 0;
      continue;
    }
    if (line[0] == '#') {
      if (c.n) { rc = csent_flush(p, &c, w, out); fputc('\n', out); } /* a comment inside a sentence starts a new one */
      fprintf(out, "%s\n", line);
      body = 1;
      continue;
    }
    size_t nid, nf, nm = 0;
    const char *id = field(line, 0, &nid), *form = field(line, 1, &nf), *misc = field(line, 9, &nm);
    if (!form || !nid) {
      dy_warn("<stdin>", ln, "not a CoNLL-U token line (skipped)");
      ++*nbad;
      continue;
    }
    if (memchr(id, '-', nid) || memchr(id, '.', nid)) continue; /* multiword tokens and empty nodes */
    if (c.n == c.cap) {
      size_t nc = dy_grow_cap(c.cap, c.n + 1);
      c.forms = dy_xreallocarray(c.forms, nc, sizeof *c.forms);
      c.misc = dy_xreallocarray(c.misc, nc, sizeof *c.misc);
      c.cap = (uint32_t)nc;
    }
    c.forms[c.n] = dy_xstrndup(form, nf);
    c.misc[c.n] = dy_xstrndup(misc && !(nm == 1 && misc[0] == '_') ? misc : "", misc ? nm : 0);
    if (!c.forms[c.n] || !c.misc[c.n]) { free(c.forms[c.n]); free(c.misc[c.n]); rc = -1; break; }
    c.n++;
    body = 1;
  }
  if (!rc && c.n) {
    rc = csent_flush(p, &c, w, out);
    fputc('\n', out);
  }
  csent_clear(&c);
  free(c.forms);
  free(c.misc);
  free(line);
  return rc;
}

int dyad_parse_stream(const char *dir, FILE *in, FILE *out, int conllu, char *why, size_t nwhy) {
  dy_parser *p = dy_parser_load(dir, why, nwhy);
  if (!p) return -1;
  work_t w = {0};
  long nbad = 0;
  int rc = conllu ? parse_conllu(p, in, out, &w, &nbad) : parse_text(p, in, out, &w);
  if (rc) snprintf(why, nwhy, "out of memory");
  else if (fflush(out) || ferror(out)) rc = -1, snprintf(why, nwhy, "cannot write the output");
  free(w.tk);
  free(w.nd);
  dy_parser_free(p);
  return rc ? -1 : nbad ? 1 : 0;
}

/* features.c: what the event model sees of a candidate: the trigger's lemma
 * and part of speech, its particle, object, complement and prepositions,
 * the verb it depends on, the dictionary's reading of the word, how its
 * source and target were found and what kind of actors they are, its
 * modality, and topic cues of the sentence. */
#include "clause.h"

#include <stdio.h>
#include <string.h>

typedef struct {
  uint64_t *f;
  int n;
  char (*names)[DY_FNAME]; /* the feature strings, when tracing */
} fbuf;

/* Hashes the feature "fmt|x|y|z" without building it (the string is made
 * only when tracing); the same key as dy_feature_key of that string. */
static void add(fbuf *b, const char *fmt, const char *x, const char *y, const char *z) {
  if (b->n >= DY_EV_MAXF) return;
  const char *part[4] = {fmt, x ? x : "", y ? y : "", z ? z : ""};
  uint64_t h = 0xcbf29ce484222325ULL;
  size_t len = 0;
  for (int i = 0; i < 4; i++) {
    if (i) { h ^= '|'; h *= 0x100000001b3ULL; len++; }
    for (const char *p = part[i]; *p && len < 159; p++, len++) {
      h ^= (unsigned char)*p;
      h *= 0x100000001b3ULL;
    }
  }
  if (b->names) snprintf(b->names[b->n], DY_FNAME, "%s|%s|%s|%s", part[0], part[1], part[2], part[3]);
  b->f[b->n++] = dy_feature_finish(h);
}

/* The kind of actor m: its role code ("GOV", "MIL", "REB", "IGO" ...) when
 * the code has one, else the kind of mention. */
static const char *actor_kind(const dy_clause *c, int m, int between, char *buf) {
  if (m == DY_UNRESOLVED) return "unknown";
  if (m < 0) return "none";
  const dy_mention *x = &c->d->ments[m];
  size_t l = strlen(x->code);
  if (l >= 6) return memcpy(buf, x->code + l - 3, 4);
  /* "it has offered the US concessions" (rule it-subject): a pronoun that
   * stands for a state is that state, not a person; so is each of "the
   * two countries" in "talks between the two countries" (a pair named
   * by "between", as "between Iran and Pakistan" names two states) */
  if (l == 3 && (x->kind == DY_ACT_PRONOUN || (x->kind == DY_ACT_PAIR && between)) && x->person < 0 && dy_lex_country_name(c->lx, x->code))
    return "state";
  if (l == 3 && x->kind != DY_ACT_ORG) return x->kind == DY_ACT_COUNTRY ? "state" : "person3";
  if (l >= 3) { memcpy(buf, x->code, 3); buf[3] = 0; return buf; }
  return "other";
}

/* The semantic classes of the noun at q (data/coder/classes.txt), as
 * features "fmt|x|y|CLASS"; none for a mention (its actor kind says more). */
static void add_classes(fbuf *b, const dy_clause *c, int q, const char *fmt, const char *x, const char *y) {
  if (q < 0 || c->ment[q] >= 0) return;
  uint32_t mask = dy_coder_nclass(c->m, c->nd[q].lemma);
  if (!mask) mask = dy_coder_nclass(c->m, dy_cl_word(c, q));
  for (int i = 0; mask && i < c->m->nclass; i++)
    if (mask & (1u << i)) {
      if (y) add(b, fmt, x, y, c->m->class_name[i]);
      else add(b, fmt, x, c->m->class_name[i], NULL);
      mask &= ~(1u << i);
    }
}

int dy_trigger_ok(const dy_clause *c, int t) {
  int u = c->nd[t].upos;
  if (c->ment[t] >= 0) return 0;
  /* "improved their skill in hitting their targets", "after attacking": a
   * gerund after a preposition names an act, not an event of the clause */
  if (dy_cl_wclass(c, t) & DY_W_ING)
    for (int k = c->fc[t]; k >= 0; k = c->nx[k])
      if ((c->nd[k].label == c->m->L.mark || c->nd[k].label == c->m->L.case_) && k < t &&
          (dy_cl_wclass(c, k) & DY_W_PREP) && strcmp(dy_cl_word(c, k), "of"))
        return 0;
  /* "when it comes to Syria", "it comes as talks resume": "come" with an
   * "it" that stands for no one is a frame, not an act */
  if (!strcmp(c->nd[t].lemma, "come"))
    for (int k = c->fc[t]; k >= 0; k = c->nx[k])
      if (c->nd[k].label == c->m->L.nsubj && c->ment[k] < 0 && (dy_cl_wclass(c, k) & DY_W_ITPRON)) return 0;
  /* rule patient-noun: "strikes against Houthi military targets": a noun
   * that names what an act is aimed at (word set patient-noun) is no event
   * of its own, though a verb pattern begins with its word */
  if (u == DY_UPOS_NOUN && dy_coder_word(c->m, DY_WS_PATIENT_NOUN, c->nd[t].lemma) >= 0) return 0;
  /* rule aux-trigger: an auxiliary or copula ("was concerned", "be
   * transparent") is a trigger only where a verb pattern begins with it,
   * and then not when its head word is matched by the same pattern: the
   * act is the head's ("concerned"), not the copula's */
  if (u == DY_UPOS_AUX && (c->dict[t] < 0 || (c->nd[t].head >= 0 && c->dict[c->nd[t].head] == c->dict[t]))) return 0;
  if (c->dict[t] >= 0) return 1;
  uint32_t np = 0;
  int32_t tid = c->d->tid[c->t0 + t];
  if (tid >= 0 && u != DY_UPOS_ADP && u != DY_UPOS_DET && u != DY_UPOS_PRON) dy_lex_patterns_at(c->lx, tid, &np);
  if (np) return 1;
  return u == DY_UPOS_VERB || (u == DY_UPOS_NOUN && (dy_cl_wclass(c, t) & DY_W_NOMINAL));
}

int dy_features(const dy_clause *c, const dy_cand *k, uint64_t *f, char (*names)[DY_FNAME]) {
  const dy_labels *L = &c->m->L;
  fbuf b = {f, 0, names};
  int t = k->trig;
  const char *lem = c->nd[t].lemma;
  char num[16];
  char sb[4], tb[4];
  const char *sk = actor_kind(c, k->src, k->src_via == DY_VIA_BETWEEN, sb), *tk = actor_kind(c, k->tgt, k->tgt_via == DY_VIA_BETWEEN, tb);
  add(&b, "bias", NULL, NULL, NULL);
  add(&b, "L", lem, NULL, NULL);
  add(&b, "U", dy_upos_name(c->nd[t].upos), NULL, NULL);
  add(&b, "LU", lem, dy_upos_name(c->nd[t].upos), NULL);
  add(&b, "W", dy_cl_word(c, t), NULL, NULL);
  if (c->dict[t] >= 0) {
    const dy_pattern *p = dy_lex_pattern(c->lx, c->dict[t]);
    char root[3] = {p->code[0], p->code[1], 0};
    add(&b, "D", root, NULL, NULL);
    add(&b, "DC", p->code, NULL, NULL);
    add(&b, "DL", root, lem, NULL);
    add(&b, "DN", root, k->nominal ? "n" : "v", NULL);
  } else add(&b, "D0", NULL, NULL, NULL);
  /* the roots of the verb patterns this word begins, matched or not */
  uint32_t np = 0;
  int32_t tid = c->d->tid[c->t0 + t];
  const int32_t *pats = tid >= 0 ? dy_lex_patterns_at(c->lx, tid, &np) : NULL;
  uint32_t seen = 0;
  for (uint32_t q = 0; q < np; q++) {
    const char *code = dy_lex_pattern(c->lx, pats[q])->code;
    int r = (code[0] - '0') * 10 + (code[1] - '0');
    if (r < 0 || r > 20 || (seen & (1u << r))) continue;
    seen |= 1u << r;
    char root[3] = {code[0], code[1], 0};
    add(&b, "DW", root, NULL, NULL);
    add(&b, "DWL", root, lem, NULL);
    add(&b, "DWK", root, sk, tk);
  }
  int h = c->nd[t].head;
  const char *lab = dy_parser_label_name(c->m->ps, c->nd[t].label);
  add(&b, "LAB", lab, NULL, NULL);
  /* an event noun's own class ("gave a warning", "stepped up pressure") */
  if (c->nd[t].upos == DY_UPOS_NOUN) add_classes(&b, c, t, "TC", h >= 0 ? c->nd[h].lemma : "-", NULL);
  if (h >= 0) {
    add(&b, "H", c->nd[h].lemma, lab, NULL);
    add(&b, "HL", c->nd[h].lemma, lab, lem);
    if (c->dict[h] >= 0) {
      const dy_pattern *p = dy_lex_pattern(c->lx, c->dict[h]);
      char root[3] = {p->code[0], p->code[1], 0};
      add(&b, "HD", root, lab, NULL);
    }
  } else add(&b, "ROOT", NULL, NULL, NULL);
  int nn = 0;
  for (int q = c->fc[t]; q >= 0; q = c->nx[q]) {
    int l = c->nd[q].label;
    const char *ql = c->nd[q].lemma;
    if (l == L->compound_prt) add(&b, "LP", lem, ql, NULL);
    else if (l == L->obj || l == L->iobj) {
      add(&b, "LO", lem, ql, NULL);
      add(&b, "O", ql, NULL, NULL);
      add_classes(&b, c, q, "LOC", lem, NULL);
      add_classes(&b, c, q, "OC", NULL, NULL);
      if (c->ment[q] >= 0) add(&b, "OA", lem, NULL, NULL);
    } else if (l == L->xcomp) {
      add(&b, "LX", lem, ql, NULL);
      add(&b, "X", ql, NULL, NULL);
      int o = dy_cl_child(c, q, L->obj);
      if (o >= 0) add(&b, "LXO", lem, ql, c->nd[o].lemma);
      add_classes(&b, c, o, "XOC", ql, NULL);
      if (c->dict[q] >= 0) {
        const dy_pattern *p = dy_lex_pattern(c->lx, c->dict[q]);
        char root[3] = {p->code[0], p->code[1], 0};
        add(&b, "XD", root, lem, NULL);
        add(&b, "XD0", root, NULL, NULL);
      }
    } else if (l == L->ccomp) {
      add(&b, "LCC", lem, ql, NULL);
      /* "said Libya must hand over": the complement's modal makes a demand of a statement */
      int modal = 0;
      for (int a = c->fc[q]; a >= 0; a = c->nx[a])
        if (c->nd[a].label == L->aux) {
          add(&b, "CCAUX", lem, c->nd[a].lemma, NULL);
          add(&b, "CCA", c->nd[a].lemma, NULL, NULL);
          modal = 1;
        }
      if (!modal) add(&b, "CCNOAUX", lem, NULL, NULL);
    } else if (l == L->obl || l == L->nmod || l == L->obl_agent) {
      int p = dy_cl_child(c, q, L->case_);
      const char *pw = p >= 0 ? dy_cl_word(c, p) : "-";
      add(&b, "LC", lem, pw, NULL);
      add(&b, "LCN", lem, pw, ql);
      add_classes(&b, c, q, "LCNC", lem, pw);
    } else if (l == L->advmod || l == L->aux) {
      add(&b, "AV", lem, ql, NULL);
    } else if (l == L->amod || l == L->compound) {
      add(&b, "M", lem, ql, NULL);
    } else if (l == L->nsubj || l == L->nsubj_pass) {
      add(&b, "S", ql, NULL, NULL);
      /* "sanctions were lifted": the subject of a passive is its object */
      if (l == L->nsubj_pass) add_classes(&b, c, q, "LOC", lem, NULL);
    }
    if (++nn > 12) break;
  }
  add(&b, "SV", dy_via_name(k->src_via), NULL, NULL);
  add(&b, "TV", dy_via_name(k->tgt_via), NULL, NULL);
  add(&b, "SK", sk, NULL, NULL);
  add(&b, "TK", tk, NULL, NULL);
  add(&b, "SKT", sk, tk, NULL);
  add(&b, "LSK", lem, sk, NULL);
  add(&b, "LTK", lem, tk, NULL);
  add(&b, "LK", lem, sk, tk);
  if (k->prep >= 0) {
    add(&b, "TP", dy_cl_word(c, k->prep), NULL, NULL);
    add(&b, "LTP", lem, dy_cl_word(c, k->prep), NULL);
  }
  if (k->passive) add(&b, "PAS", lem, NULL, NULL);

  if (t > 0) add(&b, "W-1", dy_cl_word(c, t - 1), NULL, NULL);
  if (t + 1 < (int)c->n) add(&b, "W+1", dy_cl_word(c, t + 1), lem, NULL);
  /* topic cues: sport, business and entertainment words in the sentence */
  int sport = 0, biz = 0, ent = 0, nouns = 0;
  for (uint32_t i = 0; i < c->n; i++) {
    uint64_t w = dy_cl_wclass(c, i);
    sport += (w & DY_W_SPORT) != 0;
    biz += (w & DY_W_BIZ) != 0;
    ent += (w & DY_W_ENT) != 0;
    if (c->nd[i].upos == DY_UPOS_NOUN && (int)i != t && nouns < 10 && c->ment[i] < 0) {
      add(&b, "SN", c->nd[i].lemma, NULL, NULL);
      nouns++;
    }
  }
  snprintf(num, sizeof num, "%d", sport > 2 ? 2 : sport);
  add(&b, "SPORT", num, NULL, NULL);
  snprintf(num, sizeof num, "%d", biz > 2 ? 2 : biz);
  add(&b, "BIZ", num, NULL, NULL);
  if (ent) add(&b, "ENT", NULL, NULL, NULL);
  return b.n;
}

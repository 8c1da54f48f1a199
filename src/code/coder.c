/* coder.c: sentences to CAMEO events with source, target, modality and date. */
#include "coder.h"
#include "clause.h"
#include "../extract/docdate.h"
#include "../lexicon/gazetteer.h"

#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <ctype.h>
#include <string.h>

#define MAXM 80   /* verb matches per sentence */
#define MAXG 80   /* actor groups per sentence */

typedef struct {
  int32_t pat;
  int32_t pat0;         /* the pattern as matched (pat may be dropped later) */
  uint32_t i, end;      /* tokens of the matched pattern */
  int slot;             /* group bound by "+" or -1 */
  int subj, obj;        /* groups, -1 when none */
  int also;             /* "during which both agreed": a second group acting with subj, or -1 */
  int passive, nominal;
  int modality;
} vmatch;

typedef struct {
  uint32_t tok0, tok1;
  uint32_t m0, m1;      /* mentions [m0, m1) in d->ments */
} group_t;

typedef struct {
  const dy_lexicon *lx;
  dy_doc *d;
  const dy_sent *se;
  uint32_t s;
  group_t g[MAXG];
  int ng;
  int16_t *gat;         /* per token of the sentence: group covering it, -1 */
  int16_t *vat;         /* per token: verb match covering it, -1 */
  vmatch v[MAXM];
  int nv;
  int direct_tgt;       /* the candidate's target is its own argument (object, oblique), not a complement's */
  int head_tgt;         /* the candidate's target heads the verb's own argument ("accused ministers", not "attacked the chancellor's budget") */
  int place_tgt;        /* the candidate's target is where its act is done (a place, "in Baghdad") */
  int soft;             /* the document is soft news (soft_news) */
  char venue_cc[4];     /* the state of an actor the candidate's verb is done "at" (rule venue-sector), "" */
} sctx;

static uint64_t wc(const sctx *c, uint32_t i) { return dy_lex_wclass(c->lx, c->d->tid[i]); }
static const char *w(const sctx *c, uint32_t i) { return dy_tok_norm(c->d, &c->d->toks[i]); }
static int is_w(const sctx *c, uint32_t i, const char *s) { return strcmp(w(c, i), s) == 0; }
static int gat(const sctx *c, uint32_t i) { return c->gat[i - c->se->tok0]; }

static int tracing(void);
static int gap_named; /* a gap of the last match stepped over the words of an actor mention (rule gap-name) */

/* ---- pattern matching ----------------------------------------------------- */

static int has_alt(const dy_lexicon *lx, const dy_pelem *e, int32_t id) {
  if (id < 0) return 0;
  const int32_t *a = dy_lex_alts(lx, e);
  for (uint16_t k = 0; k < e->nalt; k++)
    if (a[k] == id) return 1;
  return 0;
}

/* Matches elements [k, n) of pattern p from token j; sets *end and *slot. */
static int match_from(const sctx *c, const dy_pattern *p, int k, uint32_t j, uint32_t *end, int *slot) {
  if (k == p->nelem) { *end = j; return 1; }
  const dy_pelem *e = dy_lex_pelem(c->lx, p, k);
  uint32_t lim = c->se->tok1;
  switch (e->type) {
  case DY_PE_WORDS:
    if (j < lim && has_alt(c->lx, e, c->d->tid[j])) return match_from(c, p, k + 1, j + 1, end, slot);
    return 0;
  case DY_PE_GAP:
    /* a gap of 0 to 4 words; the parts of a hyphenated word are one
     * ("conducts off-the-books trade with"), and so are the words of one
     * actor mention (rule gap-name: "called Pakistan's army head, Field
     * Marshal Asim Munir, to thank") */
    for (uint32_t g = 0, words = 0, names = 0; g <= 12 && j + g <= lim; g++) {
      if (g > 0) {
        uint32_t x = j + g - 1;
        const char *t = w(c, x);
        if (strcmp(t, ".") == 0 || strcmp(t, ";") == 0 || (wc(c, x) & DY_W_CLAUSE)) break;
        /* rule gap-participle: nor over a participle with an object of its
         * own ("signed a document supporting the ceasefire" is no "sign *
         * ceasefire") */
        if (x > j && (wc(c, x) & DY_W_ING) && x + 1 < lim && (wc(c, x + 1) & DY_W_DET)) break;
        int glued = x > c->se->tok0 && c->d->toks[x].start == c->d->toks[x - 1].end && (strcmp(t, "-") == 0 || strcmp(w(c, x - 1), "-") == 0);
        int named = x > j && gat(c, x) >= 0 && gat(c, x) == gat(c, x - 1);
        if (!glued && !named && ++words > 4) break;
        if (named && !glued && g > 0) names++;
      }
      if (match_from(c, p, k + 1, j + g, end, slot)) {
        if (names && words + names > 4) gap_named = 1;
        return 1;
      }
    }
    return 0;
  case DY_PE_SLOT:
    if (j < lim && gat(c, j) >= 0 && c->g[gat(c, j)].tok0 == j) {
      int g = gat(c, j);
      if (match_from(c, p, k + 1, c->g[g].tok1, end, slot)) { *slot = g; return 1; }
    }
    return 0;
  }
  return 0;
}

/* An adverb no word class lists: a lower-case word of no class in "-ly"
 * ("Turkey quietly conducts"), not a noun's "-bly", "-oly", "-ply", "-aly",
 * "-ily" ("assembly", "monopoly", "supply", "anomaly", "family"). */
static int ly_adverb(const sctx *c, uint32_t q) {
  const dy_tok *t = &c->d->toks[q];
  const char *s = w(c, q);
  size_t n = strlen(s);
  if (wc(c, q) || (t->flags & (DY_TOK_UPPER | DY_TOK_PUNCT | DY_TOK_DIGIT)) || n < 6 || strcmp(s + n - 2, "ly")) return 0;
  return strchr("bopai", s[n - 3]) == NULL;
}

/* Is the pattern word at token i used as a noun here ("the attacks", "US strikes on")? */
static int noun_use(const sctx *c, uint32_t i) {
  const dy_sent *se = c->se;
  uint64_t cls = wc(c, i);
  if (i == se->tok0) return 0;
  uint32_t j = i - 1;
  if (c->d->toks[j].flags & DY_TOK_POSS) return 1;
  if (wc(c, j) & DY_W_DET) return !(cls & DY_W_PASTPART) || is_w(c, j, "that");
  /* "his April 2025 address": back over numbers and capitalised words to a determiner */
  for (uint32_t k = j, n = 0; k > se->tok0 && n < 3 && gat(c, k) < 0 &&
                              (c->d->toks[k].flags & (DY_TOK_DIGIT | DY_TOK_UPPER)) && !(c->d->toks[k].flags & DY_TOK_PUNCT); n++) {
    k--;
    if ((wc(c, k) & DY_W_DET) && !(cls & DY_W_PASTPART)) return 1;
  }
  /* back over actor adjectives and conjunctions to a determiner: "the Israeli and U.S. attacks" */
  uint32_t k = j;
  int saw_actor = 0;
  while (k > se->tok0 && (gat(c, k) >= 0 || (wc(c, k) & DY_W_CONJ) || is_w(c, k, ","))) {
    saw_actor |= gat(c, k) >= 0;
    k--;
  }
  if (saw_actor && (wc(c, k) & DY_W_DET) && !(cls & DY_W_PASTPART)) return 1;
  /* "military targets were attacked": an -s form before "were" is its subject */
  if ((cls & DY_W_VERB3) && i + 1 < se->tok1 && (wc(c, i + 1) & DY_W_BE)) return 1;
  /* "US strikes on Iran": an -s form right after an actor and before a preposition */
  if (gat(c, j) >= 0 && (cls & DY_W_VERB3) && (cls & DY_W_NOMINAL) && i + 1 < se->tok1 && (wc(c, i + 1) & DY_W_PREP)) return 1;
  if (gat(c, j) >= 0 && !(cls & (DY_W_VERB3 | DY_W_PASTPART | DY_W_ING))) {
    const dy_mention *m = &c->d->ments[c->g[gat(c, j)].m1 - 1];
    if (m->entry >= 0 && dy_lex_entry(c->lx, m->entry)->kind == DY_ENT_ADJ) return 1;
  }
  /* a base or -s form is a verb only after what makes it one: a subject
   * ("Iran attacks", "they attack"), a modal, "to", "do", a conjunction;
   * else a noun ("missile strikes", "in clashes", "the trade target") */
  if (!(cls & (DY_W_PASTPART | DY_W_ING))) {
    uint32_t q = j;
    while (q > se->tok0 && ((wc(c, q) & (DY_W_ADV | DY_W_NEG)) || ly_adverb(c, q))) q--;
    uint64_t pc = wc(c, q);
    if (gat(c, q) >= 0 || (pc & (DY_W_MODAL | DY_W_FUTURE | DY_W_TO | DY_W_LICENSE | DY_W_CONJ | DY_W_CLAUSE))) return 0;
    if (is_w(c, q, "\"") || is_w(c, q, ":") || is_w(c, q, ",") || is_w(c, q, "-")) return 0;
    return 1;
  }
  return 0;
}

static void find_matches(sctx *c) {
  const dy_sent *se = c->se;
  for (uint32_t i = se->tok0; i < se->tok1 && c->nv < MAXM; i++) {
    if (c->d->tid[i] < 0 || gat(c, i) >= 0) continue;
    uint32_t n;
    const int32_t *cand = dy_lex_patterns_at(c->lx, c->d->tid[i], &n);
    if (!n) continue;
    int noun = noun_use(c, i);
    int best = -1, bslot = -1, bnamed = 0;
    uint32_t bend = 0, bwords = 0;
    /* the reading the context suggests first; a noun-only word ("airstrikes") as a noun after that */
    for (int pass = 0; pass < 2 && best < 0; pass++) {
      int want = pass == 0 ? noun : 1;
      if (pass == 1 && noun) break;
      for (uint32_t k = 0; k < n; k++) {
        const dy_pattern *p = dy_lex_pattern(c->lx, cand[k]);
        if (p->nominal != want) continue;
        uint32_t end;
        int slot = -1;
        gap_named = 0;
        if (!match_from(c, p, 1, i + 1, &end, &slot)) continue;
        if (best < 0 || p->nwords > bwords || (p->nwords == bwords && end > bend)) {
          best = cand[k]; bend = end; bwords = p->nwords; bslot = slot; bnamed = gap_named;
        }
      }
      if (best >= 0) noun = want;
    }
    if (best < 0) continue;
    if (bnamed && tracing()) fprintf(stderr, "  rule gap-name [%s]: a name in the gap counted as one word\n", w(c, i));
    /* "which has mediated talks between": a verb right before a participle
     * that is an event word of its own is that one's auxiliary, not the
     * head of a pattern ("have * talks"); the participle matches itself */
    if (!noun && i + 1 < se->tok1 && c->d->tid[i + 1] >= 0 && (wc(c, i + 1) & DY_W_PASTPART) && gat(c, i + 1) < 0) {
      uint32_t n1;
      (void)dy_lex_patterns_at(c->lx, c->d->tid[i + 1], &n1);
      if (n1) continue;
    }
    /* "missile strikes targeting militant bases": a participle after a noun
     * describes that noun; the event is the noun's (after a comma it is the
     * subject's: "sided with Iran, condemning ...") */
    if (!noun && (wc(c, i) & DY_W_ING) && i > se->tok0 && gat(c, i - 1) < 0 && !(c->d->toks[i - 1].flags & (DY_TOK_PUNCT | DY_TOK_UPPER)) &&
        (wc(c, i - 1) == 0 || (wc(c, i - 1) & DY_W_NOMINAL))) continue;
    /* "in hitting their targets", "after attacking": a gerund, not an event */
    if (!noun && (wc(c, i) & DY_W_ING) && i > se->tok0 && (wc(c, i - 1) & DY_W_PREP) && !is_w(c, i - 1, "of")) continue;
    /* "to thank Pakistan for taking a stance and supporting Iran": a gerund joined to one */
    if (!noun && (wc(c, i) & DY_W_ING) && i > se->tok0 && (wc(c, i - 1) & DY_W_CONJ)) {
      int chained = 0;
      for (uint32_t q = i - 1; q > se->tok0 + 1 && q + 10 > i && !chained; q--)
        chained = (wc(c, q - 1) & DY_W_PREP) && !is_w(c, q - 1, "of") && c->d->toks[q].nlen > 4 &&
                  !strcmp(w(c, q) + c->d->toks[q].nlen - 3, "ing");
      if (chained) continue;
    }
    /* "return deported children", "the detained men": a participle used as an adjective */
    if (!noun && (wc(c, i) & DY_W_PASTPART) && !(wc(c, i) & DY_W_VERB3) && i > se->tok0 &&
        ((wc(c, i - 1) & DY_W_DET) || c->vat[i - 1 - se->tok0] >= 0)) continue;
    vmatch *v = &c->v[c->nv++];
    memset(v, 0, sizeof *v);
    v->pat = v->pat0 = best; v->i = i; v->end = bend; v->slot = bslot; v->nominal = noun; v->subj = v->obj = v->also = -1;
    for (uint32_t t = i; t < bend; t++)
      if (c->vat[t - se->tok0] < 0) c->vat[t - se->tok0] = (int16_t)(c->nv - 1);
    i = bend - 1;
  }
}

/* ---- source and target -------------------------------------------------------- */

/* Is group g the object of a preposition ("in Islamabad", "with Iran")?
 * A partitive "of" ("thousands of protesters") does not count. */
static int pp_object(const sctx *c, int g) {
  uint32_t t0 = c->g[g].tok0;
  if (t0 == c->se->tok0) return 0;
  uint32_t j = t0 - 1;
  while (j > c->se->tok0 && (wc(c, j) & DY_W_DET)) j--;
  if (!(wc(c, j) & DY_W_PREP)) return 0;
  if (is_w(c, j, "of") && j > c->se->tok0 && ((c->d->toks[j - 1].flags & DY_TOK_DIGIT) || (wc(c, j - 1) & DY_W_QUANT))) return 0;
  return 1;
}

/* The subject group of match v (or the subject of a verb it is coordinated with). */
static int find_subject(sctx *c, int vi) {
  const vmatch *v = &c->v[vi];
  uint32_t i = v->i;
  /* "condemned Israel's campaign and praised Pakistan": a coordinated verb
   * shares the subject of the verb before it */
  uint32_t b = i;
  while (b > c->se->tok0 && (wc(c, b - 1) & DY_W_ADV)) b--;
  if (b > c->se->tok0 && (is_w(c, b - 1, "and") || is_w(c, b - 1, "but"))) {
    for (int k = vi - 1; k >= 0; k--) {
      const vmatch *o = &c->v[k];
      if (o->nominal || o->pat < 0) continue;
      return o->passive ? o->obj : o->subj;
    }
    /* the first verb was none the dictionary codes ("justified ... and
     * offered support"): the sentence's subject, its first group that is
     * neither in a phrase nor a possessive */
    for (int g = 0; g < c->ng && c->g[g].tok1 <= b - 1; g++)
      if (!pp_object(c, g) && !c->d->ments[c->g[g].m1 - 1].poss) return g;
  }
  int adjacent = 1; /* only adverbs and auxiliaries between i and the verb */
  while (i > c->se->tok0) {
    i--;
    int vj = c->vat[i - c->se->tok0];
    if (vj >= 0 && vj != vi) {
      const vmatch *o = &c->v[vj];
      if (!o->nominal) return o->passive ? o->obj : o->subj;
      i = o->i;
      continue;
    }
    if (is_w(c, i, ";") || is_w(c, i, ":")) return -1;
    /* "the Foreign Office said the strikes targeted fighters": the verb is in
     * what was said; its subject stands after "said" or nowhere */
    if ((wc(c, i) & DY_W_SAY) && c->vat[i - c->se->tok0] < 0 && gat(c, i) < 0 && !is_w(c, i, "according")) {
      /* "Iran said it would retaliate": the pronoun is the speaker */
      uint32_t k = i + 1;
      if (k < v->i && is_w(c, k, "that")) k++;
      if (k < v->i && (is_w(c, k, "it") || is_w(c, k, "they") || is_w(c, k, "he") || is_w(c, k, "she") || is_w(c, k, "we"))) {
        /* "Jaish al-Adl, which Iran and the United States list as ..., says it":
         * the speaker stands before the relative clause */
        if (i > c->se->tok0 && is_w(c, i - 1, ","))
          for (uint32_t q = i - 1; q > c->se->tok0 + 1; q--)
            if ((is_w(c, q, "which") || is_w(c, q, "who")) && is_w(c, q - 1, ",")) { i = q - 1; break; }
        while (i > c->se->tok0) {
          i--;
          int g = gat(c, i);
          if (g >= 0) {
            i = c->g[g].tok0;
            if (!pp_object(c, g)) return g;
          }
        }
      }
      return -1;
    }
    /* "Nayib Bukele, whose country is receiving": the relative pronoun
     * stands for the group before it */
    if (is_w(c, i, "who") || is_w(c, i, "whose")) {
      uint32_t q = i;
      if (q > c->se->tok0 && is_w(c, q - 1, ",")) q--;
      return q > c->se->tok0 ? gat(c, q - 1) : -1;
    }
    int g = gat(c, i);
    /* "Prior to joining MEI, Ali worked with": a name the lexicon does not
     * know, right before the verb, is its subject; no known actor is */
    if (g < 0 && i > c->se->tok0 && adjacent && (c->d->toks[i].flags & DY_TOK_UPPER) && (wc(c, i) & 0x7fffffffu) == 0 &&
        !is_w(c, i - 1, ".") && c->d->toks[i].nlen > 1 && !(wc(c, i - 1) & DY_W_PREP))
      return -1;
    if (g < 0 && !(wc(c, i) & (DY_W_ADV | DY_W_NEG | DY_W_MODAL | DY_W_FUTURE | DY_W_HAVE | DY_W_BE))) adjacent = 0;
    if (g >= 0) {
      i = c->g[g].tok0;
      if (!pp_object(c, g)) return g;
      /* "a day after Iranian missiles and drones struck": "after" opens a clause */
      uint32_t q = c->g[g].tok0 - 1;
      while (q > c->se->tok0 && (wc(c, q) & DY_W_DET)) q--;
      if ((is_w(c, q, "after") || is_w(c, q, "before") || is_w(c, q, "since") || is_w(c, q, "because") || is_w(c, q, "until")) &&
          v->i - c->g[g].tok1 <= 3) return g;
    }
  }
  return -1;
}

/* The object group of match vi: the first group after its verb that is
 * still in the clause (a group the pattern's gap spans counts). */
static int find_object(const sctx *c, int vi) {
  const vmatch *v = &c->v[vi];
  uint32_t lim = c->se->tok1, j = v->i + 1;
  for (uint32_t k = j; k < lim && k < v->end + 15; k++) {
    int vk = c->vat[k - c->se->tok0];
    if (vk >= 0 && vk != vi) {
      /* "pledged to cooperate with Pakistan": look through the infinitive */
      const vmatch *o = &c->v[vk];
      if (k == v->end + 1 && k == o->i && (wc(c, v->end) & DY_W_TO)) { k = o->end - 1; continue; }
      return -1;
    }
    uint64_t cls = wc(c, k);
    if (is_w(c, k, ";") || is_w(c, k, ":") || (cls & DY_W_CLAUSE) || ((cls & DY_W_SAY) && gat(c, k) < 0)) return -1;
    if (is_w(c, k, ",") && k + 1 < lim && (wc(c, k + 1) & (DY_W_CLAUSE | DY_W_ING))) return -1;
    /* "executed a man convicted of spying for Israel": a participle after a
     * plain noun starts a relative clause about that noun */
    if (k >= v->end && k > c->se->tok0 && gat(c, k) < 0 && c->d->toks[k].nlen > 4 && !strcmp(w(c, k) + c->d->toks[k].nlen - 2, "ed") &&
        gat(c, k - 1) < 0 && !(c->d->toks[k - 1].flags & (DY_TOK_PUNCT | DY_TOK_UPPER)) && !(wc(c, k - 1) & (DY_W_DET | DY_W_BE | DY_W_HAVE | DY_W_ADV)))
      return -1;
    /* "a ceasefire brokered by the United States": a reduced relative clause */
    if (k >= v->end && k + 1 < lim && is_w(c, k + 1, "by") && gat(c, k) < 0 && c->d->toks[k].nlen > 3 &&
        !strcmp(w(c, k) + c->d->toks[k].nlen - 2, "ed")) return -1;
    /* a participle opens a clause of its own: "exchanged strikes targeting militant bases" */
    if (k >= v->end && (cls & DY_W_ING) && gat(c, k) < 0) return -1;
    /* "condemned the strikes on Iran": Iran is the target of the strikes, not of the condemnation */
    if ((cls & DY_W_NOMINAL) && gat(c, k) < 0 && vk < 0) return -1;
    /* "expelled each other's diplomats", "accused one another" */
    if (k + 1 < lim && ((is_w(c, k, "each") && is_w(c, k + 1, "other")) || (is_w(c, k, "one") && is_w(c, k + 1, "another")))) return -2;
    int g = gat(c, k);
    /* "discussed border security in Tehran", "signed the deal at the State
     * Department": after in/at, the place of a meeting or a deal, not its
     * other side (for a strike, the place is what was struck) */
    if (g >= 0 && k == c->g[g].tok0 && k > c->se->tok0 && k > v->end && c->g[g].m1 - c->g[g].m0 == 1) {
      uint32_t q = k - 1;
      while (q > c->se->tok0 && (wc(c, q) & DY_W_DET)) q--;
      const dy_mention *m = &c->d->ments[c->g[g].m0];
      int kind = m->entry >= 0 ? dy_lex_entry(c->lx, m->entry)->kind : 0;
      const char *code = dy_lex_pattern(c->lx, v->pat)->code;
      int violent = (code[0] - '0') * 10 + (code[1] - '0') >= 14;
      /* (rule adjective-place-venue: and "in the Nigerian capital", "in a
       * Malian town": a state's adjective before a place's designator names
       * a place of it) */
      int adj_place = kind == DY_ENT_ADJ && c->g[g].tok1 < lim && (wc(c, c->g[g].tok1) & (DY_W_PLACE_DESIG | DY_W_PLACE_DIR)) &&
                      !(c->d->toks[c->g[g].tok1].flags & DY_TOK_UPPER);
      if (!violent && (is_w(c, q, "at") || (is_w(c, q, "in") && (kind == DY_ENT_CAPITAL || kind == DY_ENT_COUNTRY || adj_place) && !m->located))) {
        k = c->g[g].tok1 - 1;
        continue;
      }
    }
    /* "pledged 500 million euros in military aid to Ukraine": a sector word the pattern itself reads */
    if (g >= 0 && c->g[g].tok1 <= v->end && c->g[g].m1 - c->g[g].m0 == 1 && dy_lex_generic_code(c->lx, c->d->ments[c->g[g].m0].code)) {
      k = c->g[g].tok1 - 1;
      continue;
    }
    /* "closed its embassy after the Taliban takeover": a time or
     * circumstance, not the object */
    if (g >= 0 && k == c->g[g].tok0 && k > c->se->tok0) {
      uint32_t q = k - 1;
      while (q > c->se->tok0 && (wc(c, q) & DY_W_DET)) q--;
      if (is_w(c, q, "after") || is_w(c, q, "before") || is_w(c, q, "since") || is_w(c, q, "during") ||
          is_w(c, q, "amid") || is_w(c, q, "despite") || is_w(c, q, "following") || is_w(c, q, "until") || is_w(c, q, "like") ||
          is_w(c, q, "between")) {
        k = c->g[g].tok1 - 1;
        continue;
      }
    }
    /* "..., South Korea's military said": the speaker, not the object */
    if (g >= 0 && c->g[g].tok1 < lim && (wc(c, c->g[g].tok1) & DY_W_SAY) && gat(c, c->g[g].tok1) < 0) return -1;
    /* "recalled its ambassador from Iran", "closed its embassy in Kabul": the source's own */
    /* (but "closed its embassy in Kabul" is about the country it is in) */
    if (g >= 0 && k == c->g[g].tok0 && k > c->se->tok0 && !c->d->ments[c->g[g].m0].located &&
        (is_w(c, k - 1, "its") || is_w(c, k - 1, "their") || is_w(c, k - 1, "his") || is_w(c, k - 1, "her") || is_w(c, k - 1, "our"))) {
      k = c->g[g].tok1 - 1;
      continue;
    }
    /* "mobilized troops along its border with Afghanistan": the troops are the source's own */
    if (g >= 0 && dy_lex_pattern(c->lx, v->pat)->code[0] == '1' && dy_lex_pattern(c->lx, v->pat)->code[1] == '5' &&
        c->g[g].m1 - c->g[g].m0 == 1 && dy_lex_generic_code(c->lx, c->d->ments[c->g[g].m0].code)) { k = c->g[g].tok1 - 1; continue; }
    if (g >= 0) return g;
  }
  return -1;
}

/* 1 when the verb at i is a passive with its auxiliary ("was attacked"),
 * 2 for a reduced relative with an agent ("rifles seized by ..."), else 0. */
static int is_passive(const sctx *c, uint32_t i, uint32_t end) {
  if (!(wc(c, i) & DY_W_PASTPART)) return 0;
  for (uint32_t k = i, n = 0; k > c->se->tok0 && n < 4; n++) {
    k--;
    uint64_t cls = wc(c, k);
    if (cls & DY_W_BE) return 1;
    if (!(cls & DY_W_ADV)) break;
  }
  if (end < c->se->tok1 && is_w(c, end, "by") && !(i > c->se->tok0 && gat(c, i - 1) >= 0)) return 2;
  return 0;
}

/* ---- modality -------------------------------------------------------------------- */

static int modality(const sctx *c, const vmatch *v) {
  const dy_sent *se = c->se;
  uint32_t from = v->subj >= 0 && c->g[v->subj].tok1 <= v->i ? c->g[v->subj].tok1 : (v->i > se->tok0 + 6 ? v->i - 6 : se->tok0);
  int neg = 0, hyp = 0, fut = 0, rep = 0;
  for (uint32_t k = from; k < v->i; k++) {
    uint64_t cls = wc(c, k);
    if (cls & DY_W_NEG) neg = 1;
    if (cls & (DY_W_MODAL | DY_W_HEDGE)) hyp = 1;
    if (cls & DY_W_FUTURE) fut = 1;
  }
  /* refused to / failed to + verb: negated; any other infinitive (plans
   * to, agreed to, a visit to boost trade) is intended, not done, unless
   * the word before says it happened ("was quick to condemn") */
  if (v->i >= se->tok0 + 2 && (wc(c, v->i - 1) & DY_W_TO) && !v->nominal) {
    uint32_t k = v->i - 2;
    while (k > se->tok0 && (wc(c, k) & DY_W_ADV)) k--;
    uint64_t cls = wc(c, k);
    if (cls & DY_W_REFUSE) neg = 1;
    else if (!(cls & DY_W_FACTIVE)) fut = 1;
  }
  int quote = 0;
  for (uint32_t k = se->tok0; k < se->tok1; k++) {
    uint64_t cls = wc(c, k);
    if (k < v->i && (cls & DY_W_COND)) hyp = 1;
    if (k < v->i && (cls & DY_W_HEDGE) && k < from) hyp = 1;
    if (k < v->i && is_w(c, k, "\"")) quote ^= 1;
    if ((cls & DY_W_SAY) && gat(c, k) < 0) {
      int before_subject = v->subj >= 0 ? k < c->g[v->subj].tok0 : k < v->i;
      int at_end = k > v->end && k + 5 >= se->tok1;
      if (before_subject || at_end || is_w(c, k, "according")) rep = 1;
    }
  }
  if (is_w(c, se->tok1 - 1, "?")) hyp = 1;
  /* "Key Assumption: ...", "12-Month Indicator: ...": a projection, not a report */
  for (uint32_t k = se->tok0; k < se->tok1 && k < se->tok0 + 6; k++) {
    if (is_w(c, k, ":")) {
      for (uint32_t q = se->tok0; q < k; q++)
        if (wc(c, q) & DY_W_ANALYSIS) hyp = 1;
      break;
    }
  }
  /* "Iran has denied supplying drones": a denial */
  if (v->i > se->tok0 && (wc(c, v->i) & DY_W_ING) && (wc(c, v->i - 1) & DY_W_REFUSE)) neg = 1;
  /* "accused India of violating the truce": the charge, not a fact */
  if (v->i > se->tok0 && is_w(c, v->i - 1, "of") && (wc(c, v->i) & DY_W_ING)) rep = 1;
  if (quote) rep = 1;
  if (neg) return DY_MOD_NEGATED;
  if (hyp) return DY_MOD_HYPOTHETICAL;
  if (fut) return DY_MOD_FUTURE;
  if (rep) return DY_MOD_REPORTED;
  return DY_MOD_ASSERTED;
}

/* ---- events ------------------------------------------------------------------------- */

/* light-verb-modality: "blamed Pakistan for using the Taliban to wage war
 * on Afghanistan": an event noun done by its light verb (coded before it)
 * is as real as that verb: a charge, a plan, a denial */
static void light_modality(const dy_clause *cl, dy_cand *cand, const int8_t *cls, int t, int trace) {
  dy_cand *k = &cand[t];
  int h = cl->nd[t].head;
  if (!k->nominal || k->src_via != DY_VIA_LIGHT || h < 0 || h >= t || cls[h] < 0 || cand[h].nominal) return;
  if (k->modality != DY_MOD_ASSERTED || cand[h].modality == DY_MOD_ASSERTED) return;
  k->modality = cand[h].modality;
  if (trace) fprintf(stderr, "    rule light-verb-modality [%s]: %s\n", cl->nd[t].lemma, dy_modality_name(k->modality));
}

/* purpose-modality: "Araghchi will travel to Moscow for talks with Putin":
 * an event noun that is the "for" purpose of a verb coded before it (and
 * done by that verb's subject) is as real as that verb: future there */
static void purpose_modality(const dy_clause *cl, dy_cand *cand, const int8_t *cls, int t, int trace) {
  dy_cand *k = &cand[t];
  int h = cl->nd[t].head;
  if (!k->nominal || k->src_via != DY_VIA_INHERIT || h < 0 || h >= t || cls[h] < 0 || cand[h].nominal) return;
  if (cl->nd[t].label != cl->m->L.obl || cl->nd[h].upos != DY_UPOS_VERB) return;
  int p = dy_cl_child(cl, t, cl->m->L.case_);
  if (p < 0 || strcmp(dy_cl_word(cl, p), "for")) return;
  if (k->modality != DY_MOD_ASSERTED || cand[h].modality == DY_MOD_ASSERTED) return;
  k->modality = cand[h].modality;
  if (trace) fprintf(stderr, "    rule purpose-modality [%s]: %s\n", cl->nd[t].lemma, dy_modality_name(k->modality));
}

/* proposed-noun: "Ukraine proposed a meeting between Zelenskiy and
 * Putin": an event noun that is the object of a verb of proposing (word set
 * propose) has not happened; the proposal is the event */
static void proposed_modality(const dy_clause *cl, dy_cand *cand, int t, int trace) {
  dy_cand *k = &cand[t];
  int h = cl->nd[t].head;
  if (!k->nominal || h < 0 || cl->nd[t].label != cl->m->L.obj || cl->nd[h].upos != DY_UPOS_VERB) return;
  if (k->modality != DY_MOD_ASSERTED || dy_coder_word(cl->m, DY_WS_PROPOSE, cl->nd[h].lemma) < 0) return;
  k->modality = DY_MOD_HYPOTHETICAL;
  if (trace) fprintf(stderr, "    rule proposed-noun [%s]\n", cl->nd[t].lemma);
}

/* An armed actor: a military, police, intelligence or armed group code. */
static int armed_group(const char *code);
static int armed(const char *code) {
  return strstr(code, "MIL") || strstr(code, "REB") || strstr(code, "INS") || strstr(code, "COP") || strstr(code, "SPY");
}

static int same_side(const char *a, const char *b) {
  if (strcmp(a, b) == 0) return 1;
  size_t la = strlen(a), lb = strlen(b);
  /* IRNGOV against IRN: an actor against itself */
  if ((la == 3 && lb > 3 && strncmp(a, b, 3) == 0) || (lb == 3 && la > 3 && strncmp(a, b, 3) == 0)) return 1;
  return 0;
}

/* Appends the event code between src and tgt (either may be NULL) with the
 * verb at tokens [vi, vend), unless the emission policy refuses it. both < 0:
 * the parse-based coder's policy (below). Else the dictionary coder's: a
 * non-violent event needs both sides named and not generic; an ambiguous
 * verb ("both" 1) needs both sides or an armed one; no actor acts on
 * itself. The same event of a sentence is stored once. */
/* Does the code name a political actor: a state (its first three letters a
 * country), an international or non-governmental organisation, or a
 * political sector of data/coder/policy.txt ("police", "militants")? */
static int anchored(const dy_lexicon *lx, const char *code) {
  if (strlen(code) < 3) return 0;
  if (!strncmp(code, "IGO", 3) || !strncmp(code, "NGO", 3) || !strncmp(code, "IMG", 3)) return 1;
  char c3[4] = {code[0], code[1], code[2], 0};
  if (dy_lex_country_name(lx, c3)) return 1;
  /* a region of states ("WAF" West Africa, "MEAGOV" Gulf governments) */
  const char *ty = dy_lex_org_type(lx, c3);
  if (ty && !strcmp(ty, "region")) return 1;
  const dy_coder_models *m = dy_lex_models(lx);
  for (int i = 0; m && i < m->npolitical; i++)
    if (!strcmp(c3, m->political[i])) return 1;
  return 0;
}


/* rule relative-not-subject: the group a verb pattern takes for its
 * subject lies inside a relative clause set off by commas between the
 * head and the verb ("Sarkozy, whose country holds the rotating EU
 * presidency, met Medvedev"): the relative clause's words are not the
 * head's identity; the subject is the group that ends at the comma before
 * the relative pronoun, or none (-1). Returns g otherwise. */
static int relative_head(const sctx *c, int g, uint32_t verb) {
  const dy_doc *d = c->d;
  uint32_t a = c->g[g].tok0, b = c->g[g].tok1;
  if (b > verb) return g;
  int closed = 0;
  for (uint32_t q = b; q < verb; q++) closed |= !strcmp(dy_tok_norm(d, &d->toks[q]), ",");
  if (!closed) return g;
  for (uint32_t q = a, n = 0; q > c->se->tok0 + 1 && n < 12; q--, n++) {
    const char *wq = dy_tok_norm(d, &d->toks[q - 1]);
    if (!strcmp(wq, ",")) return g;
    if (strcmp(wq, "whose") && strcmp(wq, "who") && strcmp(wq, "which")) continue;
    if (strcmp(dy_tok_norm(d, &d->toks[q - 2]), ",")) return g;
    uint32_t comma = q - 2;
    for (int h = 0; h < c->ng; h++)
      if (c->g[h].tok1 == comma) {
        if (tracing()) fprintf(stderr, "    rule relative-not-subject: group at %u, not the relative clause's\n", c->g[h].tok0);
        return h;
      }
    if (tracing()) fprintf(stderr, "    rule relative-not-subject: no subject\n");
    return -1;
  }
  return g;
}

static int trace; /* DYAD_TRACE: 1 candidates and rules, 2 also features, 3 also the tree */
static int tracing(void) { return trace; }

/* An event the policy leaves out, by the rule's name (DYAD_TRACE prints it). */
/* Candidate k keeps no target (rules between-not-side, noun-venue, sent-forces). */
static void no_target(dy_cand *k) {
  k->tgt = -1;
  k->tgt_arg = -1;
  k->tgt_via = DY_VIA_NONE;
  k->prep = -1;
}

static void drop(const sctx *c, uint32_t vi, const char *rule) {
  if (trace) {
    const dy_tok *t = &c->d->toks[vi];
    fprintf(stderr, "    dropped [%.*s]: %s\n", (int)(t->end - t->start), c->d->text + t->start, rule);
  }
}

/* Is code a sector alone ("REB", "CVL", "COP"): three letters naming no
 * state and no region ("WAF", "EUR": orgs.txt type region)? */
static int bare_sector(const dy_lexicon *lx, const char *code) {
  const char *ty = strlen(code) == 3 ? dy_lex_org_type(lx, code) : NULL;
  return strlen(code) == 3 && !dy_lex_country_name(lx, code) && !(ty && !strcmp(ty, "region"));
}

/* Do the words "each other's" open the phrase of the noun at a (within
 * the four words before it)? */
static int each_other_poss(const dy_clause *cl, int a) {
  for (int i = a - 1; i >= 2 && i >= a - 4; i--) {
    const char *p = dy_cl_word(cl, i);
    if ((!strcmp(p, "'s") || !strcmp(p, "\u2019s") || !strcmp(p, "'")) && !strcmp(dy_cl_word(cl, i - 1), "other") &&
        !strcmp(dy_cl_word(cl, i - 2), "each"))
      return 1;
  }
  return 0;
}

/* The one state the sentence names, in its actors (a state or a state's
 * sector: "Syrian", "Turkish police", "Kabul") and its places ("in Homs"),
 * written to cc; 0 when it names none or several. Organisations and armed
 * groups are no state's here: "Islamic State" names no country of a
 * sentence. */
/* rule example-state: is the name at token t an example, after "including"
 * (word class example-cue) in its phrase ("bowing to foreign pressure,
 * including from the United States")? Its state is not the sentence's. */
static int example_at(const sctx *c, uint32_t t) {
  for (uint32_t q = t; q > c->se->tok0 && q + 5 > t; q--) {
    if (c->d->toks[q - 1].flags & DY_TOK_PUNCT) return 0;
    if (wc(c, q - 1) & DY_W_EXAMPLE) return 1;
  }
  return 0;
}

static int sentence_state(const sctx *c, char cc[4], int *placed) {
  const dy_doc *d = c->d;
  cc[0] = 0;
  *placed = 0;
  for (uint32_t m = c->se->ment0; m < c->se->ment1; m++) {
    const char *k = d->ments[m].code;
    size_t n = strlen(k);
    char c3[4] = {0};
    if (n < 3) continue;
    /* a pronoun names no state of its own sentence ("He said RSF fighters
     * killed civilians"), nor does a company its home state ("Militants
     * kidnapped four Chevron workers in the Niger Delta": NGAREB) */
    if (d->ments[m].kind == DY_ACT_PRONOUN) continue;
    if (n >= 6 && !strncmp(k + 3, "BUS", 3)) continue;
    if (example_at(c, d->ments[m].tok0)) continue;
    memcpy(c3, k, 3);
    if (!dy_lex_country_name(c->lx, c3)) continue;
    if (n != 3 && !(n == 6 && bare_sector(c->lx, k + 3))) continue;
    if (cc[0] && strcmp(cc, c3)) return 0;
    memcpy(cc, c3, 4);
  }
  for (uint32_t i = c->se->place0; i < c->se->place1; i++) {
    const dy_place *p = &d->places[i];
    if (!p->cc3[0] || example_at(c, p->tok0)) continue;
    if (cc[0] && strcmp(cc, p->cc3)) return 0;
    memcpy(cc, p->cc3, 4);
    *placed = 1;
  }
  return cc[0] != 0;
}

/* place-sector: the one state of the sentence's places (the dateline
 * aside), written to cc; 0 when it names none or places of two states. */
static int place_state(const sctx *c, char cc[4]) {
  const dy_doc *d = c->d;
  cc[0] = 0;
  /* (a state's adjective before a place's designator after "in", "across"
   * is a place of it too: "in several Indian cities", rule
   * adjective-place-venue) */
  for (uint32_t m = c->se->ment0; m < c->se->ment1; m++) {
    const dy_mention *x = &d->ments[m];
    if (x->entry < 0 || dy_lex_entry(c->lx, x->entry)->kind != DY_ENT_ADJ || strlen(x->code) != 3 || x->tok1 >= c->se->tok1 ||
        !(wc(c, x->tok1) & DY_W_PLACE_DESIG) || (d->toks[x->tok1].flags & DY_TOK_UPPER) || x->tok0 <= c->se->tok0)
      continue;
    uint32_t q = x->tok0 - 1;
    while (q > c->se->tok0 && (wc(c, q) & (DY_W_DET | DY_W_QUANT))) q--;
    if (!(wc(c, q) & DY_W_PLACE_CUE) || !dy_lex_country_name(c->lx, x->code)) continue;
    if (cc[0] && strcmp(cc, x->code)) { cc[0] = 0; return 0; }
    memcpy(cc, x->code, 4);
  }
  for (uint32_t i = c->se->place0; i < c->se->place1; i++) {
    const dy_place *p = &d->places[i];
    if (!p->cc3[0] || p->dateline) continue;
    if (cc[0] && strcmp(cc, p->cc3)) { cc[0] = 0; return 0; }
    memcpy(cc, p->cc3, 4);
  }
  return cc[0] != 0 && dy_lex_country_name(c->lx, cc) != NULL;
}

/* context-state: the state the document is about, written to cc: of the
 * states its actor mentions (a state, or a state's sector) and places name,
 * the one named at least three times and in at least two thirds of all
 * such namings; 0 when none is. */
static int doc_state_of(const sctx *c, char cc[4], int strict);
static int doc_state(const sctx *c, char cc[4]) { return doc_state_of(c, cc, 1); }
/* (not strict: the state the story names most, however few times) */
static int doc_state_of(const sctx *c, char cc[4], int strict) {
  const dy_doc *d = c->d;
  char st[32][4];
  int cnt[32], ns = 0, total = 0;
  for (uint32_t pass = 0; pass < 2; pass++)
    for (uint32_t i = 0; i < (pass ? d->nplaces : d->nments); i++) {
      char c3[4] = {0};
      if (pass) {
        if (!d->places[i].cc3[0] || d->places[i].actor) continue;
        memcpy(c3, d->places[i].cc3, 3);
      } else {
        const char *k = d->ments[i].code;
        size_t n = strlen(k);
        if (n < 3) continue;
        memcpy(c3, k, 3);
        if (!dy_lex_country_name(c->lx, c3) || (n != 3 && !(n == 6 && bare_sector(c->lx, k + 3)))) continue;
      }
      int j = 0;
      while (j < ns && strcmp(st[j], c3)) j++;
      if (j == ns) {
        if (ns == 32) continue;
        memcpy(st[ns], c3, 4);
        cnt[ns++] = 0;
      }
      cnt[j]++;
      total++;
    }
  int best = -1;
  for (int j = 0; j < ns; j++)
    if (best < 0 || cnt[j] > cnt[best]) best = j;
  if (best < 0 || (strict && (cnt[best] < 3 || 3 * cnt[best] < 2 * total))) return 0;
  memcpy(cc, st[best], 4);
  return 1;
}

/* Does a mention of the sentence name state cc (a place alone does not)? */
static int state_named(const sctx *c, const char cc[4]) {
  for (uint32_t m = c->se->ment0; m < c->se->ment1; m++)
    if (!strncmp(c->d->ments[m].code, cc, 3)) return 1;
  return 0;
}

/* Is the sector of code (its last three letters: "CVL", "THACVL") one whose
 * fighting is a riot (policy.txt riot-sectors)? */
/* Is code one of policy.txt organ-sectors (a government, court,
 * legislature or opposition named without its state)? */
static int organ_sector(const dy_lexicon *lx, const char *code) {
  const dy_coder_models *m = dy_lex_models(lx);
  for (int i = 0; m && i < m->norgan; i++)
    if (!strcmp(code, m->organ[i])) return 1;
  return 0;
}

/* Is code (a bare sector) one of policy.txt mobile-sectors (troops,
 * fighters, migrants: often not of the state they act in)? */
static int mobile_sector(const dy_lexicon *lx, const char *code) {
  const dy_coder_models *m = dy_lex_models(lx);
  for (int i = 0; m && i < m->nmobile; i++)
    if (!strcmp(code, m->mobile[i])) return 1;
  return 0;
}

static int riot_sector(const dy_lexicon *lx, const char *code) {
  const dy_coder_models *m = dy_lex_models(lx);
  size_t n = strlen(code);
  if (!m || (n != 3 && n != 6)) return 0;
  for (int i = 0; i < m->nriot; i++)
    if (!strcmp(code + n - 3, m->riot[i])) return 1;
  return 0;
}

/* Is place p inside the noun phrase of argument head a ("a New Hampshire
 * man": its name, not where the act was done)? */
static int place_in_phrase(const dy_clause *cl, int a, const dy_place *p) {
  int x0, x1;
  dy_phrase_span(cl, a, &x0, &x1);
  return p->tok0 < cl->t0 + (uint32_t)x1 && p->tok1 > cl->t0 + (uint32_t)x0;
}

/* The to-infinitive that is trigger t's purpose: an adverbial or open
 * clause of t, or a clause on its object ("mobilising funds to support"),
 * marked by "to"; -1 when none. */
static int purpose_clause(const dy_clause *c, int t) {
  const dy_labels *L = &c->m->L;
  int o = dy_cl_child(c, t, L->obj);
  for (int pass = 0; pass < 2; pass++) {
    int h = pass ? o : t;
    if (h < 0) continue;
    for (int k = c->fc[h]; k >= 0; k = c->nx[k]) {
      int l = c->nd[k].label;
      if (pass ? l != L->acl : (l != L->advcl && l != L->xcomp)) continue;
      int mk = dy_cl_child(c, k, L->mark);
      if (mk >= 0 && (dy_cl_wclass(c, mk) & DY_W_TO)) return k;
    }
  }
  return -1;
}

/* protest-purpose: the clause that says what a protest is for, a
 * to-infinitive or a present participle with no subject of its own on the
 * protest's verb, on its object ("staged demonstrations to demand reforms
 * by Suharto's government"), on an event noun of its obliques ("rioted
 * after a march calling for the removal of the president") or on the light
 * verb of a protest noun ("began a hunger strike to demand ..."); -1 when
 * none. */
static int protest_clause(const dy_clause *c, int t) {
  const dy_labels *L = &c->m->L;
  int hs[8], nh = 0;
  hs[nh++] = t;
  int h = c->nd[t].head;
  if (c->nd[t].upos == DY_UPOS_NOUN && c->nd[t].label == L->obj && h >= 0 && c->nd[h].upos == DY_UPOS_VERB) hs[nh++] = h;
  for (int i = 0, n0 = nh; i < n0; i++)
    for (int k = c->fc[hs[i]]; k >= 0 && nh < 8; k = c->nx[k])
      if ((c->nd[k].label == L->obj || c->nd[k].label == L->obl) && c->nd[k].upos == DY_UPOS_NOUN && k != t) hs[nh++] = k;
  for (int i = 0; i < nh; i++)
    for (int k = c->fc[hs[i]]; k >= 0; k = c->nx[k]) {
      int l = c->nd[k].label;
      if (k < t || c->nd[k].upos != DY_UPOS_VERB || (l != L->advcl && l != L->xcomp && l != L->acl)) continue;
      if (dy_cl_child(c, k, L->nsubj) >= 0 || dy_cl_child(c, k, L->nsubj_pass) >= 0) continue;
      int mk = dy_cl_child(c, k, L->mark);
      if ((mk >= 0 && (dy_cl_wclass(c, mk) & DY_W_TO)) || (mk < 0 && (dy_cl_wclass(c, k) & DY_W_ING))) return k;
    }
  return -1;
}

/* Is code one of the n codes (prefixes) of a policy.txt list? */
static int code_listed(const char (*list)[5], int n, const char *code) {
  for (int i = 0; i < n; i++)
    if (!strncmp(code, list[i], strlen(list[i]))) return 1;
  return 0;
}

/* Is node x inside the subtree of node top? */
static int under(const dy_clause *c, int x, int top) {
  for (int d = 0; x >= 0 && d < 12; x = c->nd[x].head, d++)
    if (x == top) return 1;
  return 0;
}

/* rule relative-pattern-target: a relative clause's verb ("the gunmen who
 * attacked hotels in Mumbai were trained in Pakistan") takes no pattern
 * target from outside its clause: the actor after it that the parse puts
 * under another verb is that verb's */
static int outside_relative(const dy_clause *c, int t, int m) {
  if (c->nd[t].label != c->m->L.acl_relcl || c->d->ments[m].tok0 <= c->t0 + (uint32_t)t) return 0;
  for (int x = 0; x < (int)c->n; x++)
    if (c->ment[x] == m && !under(c, x, t)) {
      if (trace) fprintf(stderr, "    rule relative-pattern-target: %s outside [%s]\n", c->d->ments[m].code, c->nd[t].lemma);
      return 1;
    }
  return 0;
}

/* Rule claim-content-target: is mention m named only inside a clause that
 * says what a claim is (the clause of a noun of word set claim-noun: "any
 * suggestion that Russia was involved", "the allegation that Iran armed
 * the group") under trigger t? The claim's subject is not the side of
 * an act on the claim: the denial or rejection answers whoever made it. */
static int claim_content(const dy_clause *c, int t, int m) {
  const dy_labels *L = &c->m->L;
  int named = 0;
  for (int x = 0; x < (int)c->n; x++) {
    if (c->ment[x] != m) continue;
    named = 1;
    int in = 0;
    for (int y = x, d = 0; y >= 0 && y != t && d < (int)c->n && !in; y = c->nd[y].head, d++) {
      int h = c->nd[y].head;
      in = h >= 0 && (c->nd[y].label == L->acl || c->nd[y].label == L->ccomp) && c->nd[h].upos == DY_UPOS_NOUN &&
           dy_coder_word(c->m, DY_WS_CLAIM_NOUN, c->nd[h].lemma) >= 0 && under(c, h, t);
      /* the parser may hang the claim's clause on the verb: "rejected any
       * suggestion that China had armed": a complement of t after t's
       * object, a claim noun */
      int ob = h == t && (c->nd[y].label == L->ccomp || c->nd[y].label == L->advcl) ? dy_cl_child(c, t, L->obj) : -1;
      if (ob >= 0 && ob < y && c->nd[ob].upos == DY_UPOS_NOUN && dy_coder_word(c->m, DY_WS_CLAIM_NOUN, c->nd[ob].lemma) >= 0) in = 1;
    }
    if (!in) return 0;
  }
  if (named && trace) fprintf(stderr, "    rule claim-content-target: %s inside a claim under [%s]\n", c->d->ments[m].code, c->nd[t].lemma);
  return named;
}

/* own-place, sector-own-place: target tgt as the state of code tc (its
 * first three letters), written to *own. */
static const dy_mention *state_of(dy_mention *own, const dy_mention *tgt, const char *tc) {
  *own = *tgt;
  dy_scat(own->code, sizeof own->code, tc, 3, "");
  return own;
}

static void emit_code(sctx *c, const char *code, int both, int modality, uint32_t vi, uint32_t vend, const dy_mention *src,
                      const dy_mention *tgt, dy_date date, int from_text) {
  /* riot: "protesters clashed with troops" is a violent protest (145), not
   * military force; civilians have none */
  if (both < 0 && code[0] == '1' && code[1] == '9' && src && riot_sector(c->lx, src->code)) {
    if (trace) fprintf(stderr, "    rule riot: %s 145 for %s\n", src->code, code);
    code = "145";
  }
  const dy_cameo *cm = dy_lex_cameo(c->lx, code);
  if (!cm) return;
  int root = (code[0] - '0') * 10 + (code[1] - '0');
  int violent = root >= 14;
  const char *sc = src ? src->code : "", *tc = tgt ? tgt->code : "";
  if (!sc[0] && !tc[0]) return;
  dy_mention gen, own;
  char ssc[16], stc[16];
  if (both < 0) {
    /* the parse-based coder's policy (the model has judged the action):
     * a source that names someone; a target naming only a sector with no
     * state is left out of a non-violent event; one-sided events and
     * events between two sectors of one state stand, an actor acting on
     * itself does not; violence needs an agent */
    /* one side at least must be a state, a state's organ, an organisation
     * or an armed group: "people", "staff" or "investors" alone make no
     * event between political actors */
    if (!anchored(c->lx, sc) && !anchored(c->lx, tc)) { drop(c, vi, "no-political-actor"); return; }
    /* rule unarmed-one-sided: force (18-20) with no target by a person or
     * body that bears no arms, a politician, a party, a court, a company
     * ("Mr Howard hit back"), is a figure of speech */
    if (root >= 18 && root <= 20 && !tc[0] && src && strlen(sc) >= 6 && !armed(sc) && !armed_group(sc) &&
        (strncmp(sc + 3, "GOV", 3) || src->kind == DY_ACT_PERSON)) {
      drop(c, vi, "unarmed-one-sided");
      return;
    }
    int tgt_known = tc[0] && !dy_lex_generic_code(c->lx, tc);
    /* an uncoded source: a name the dictionaries do not know acting on a known target */
    if (!sc[0] && !(src && tgt_known)) { drop(c, vi, "unknown-source"); return; }
    /* rule organ-source: a state's organ named by its sector alone ("the
     * Supreme Court demanded an explanation from the prime minister's
     * office", "opposition leaders agreed to call off the march in Baku")
     * acts on a known target however it is reached, or on another organ
     * that is its own argument */
    if (sc[0] && dy_lex_generic_code(c->lx, sc) && (!violent || !armed(sc)) && !(tgt_known && c->direct_tgt)) {
      int organ = organ_sector(c->lx, sc) && tc[0] && strcmp(sc, tc) &&
                  (tgt_known || (c->direct_tgt && organ_sector(c->lx, tc)));
      if (!organ) { drop(c, vi, "sector-source"); return; }
      if (trace) fprintf(stderr, "    rule organ-source: %s on %s\n", sc, tc);
    }
    /* rule mission-host: a state acting on its own embassy or consulate
     * (word class mission-noun) "in" another state acts on that state
     * ("India closed its embassy in Kabul": AFGGOV) */
    if (src && tgt && tgt != &gen && strlen(sc) >= 3 && strlen(tc) >= 3 && !strncmp(sc, tc, 3) && tgt->tok1 < c->se->tok1 &&
        (wc(c, tgt->tok1 - 1) & DY_W_MISSION) && is_w(c, tgt->tok1, "in")) {
      uint32_t q = tgt->tok1 + 1;
      if (q < c->se->tok1 && is_w(c, q, "the")) q++;
      for (uint32_t mm = c->se->ment0; mm < c->se->ment1; mm++) {
        const dy_mention *h = &c->d->ments[mm];
        char h3[4] = {0};
        if (h->tok0 != q || strlen(h->code) < 3) continue;
        memcpy(h3, h->code, 3);
        if (!dy_lex_country_name(c->lx, h3) || !strncmp(h3, sc, 3)) break;
        if (trace) fprintf(stderr, "    rule mission-host: %s on %s\n", sc, h->code);
        tgt = h;
        tc = h->code;
        break;
      }
    }
    /* "sent its troops": a sector with no state keeps its words, not its
     * code; but another organ of the source's state, the one state its
     * sentence names, is that state's (rule organ-target: "Home Secretary
     * Charles Clarke will meet rebel MPs": GBRLEG, by sector-state) */
    char oc[4];
    int oplaced = 0;
    int organ_tgt = strlen(sc) == 6 && organ_sector(c->lx, sc + 3) && organ_sector(c->lx, tc) && strcmp(sc + 3, tc) &&
                    sentence_state(c, oc, &oplaced) && !strncmp(sc, oc, 3);
    if (organ_tgt && trace) fprintf(stderr, "    rule organ-target: %s on %s of %s\n", sc, tc, oc);
    /* ... and the government an organ of a state's own politics (its
     * opposition, legislature, courts) acts on is that state's, whatever
     * else the sentence names ("Shadow foreign secretary Liam Fox
     * criticised the government over Iraq": GBRGOV) */
    if (!organ_tgt && strlen(sc) == 6 && !strcmp(tc, "GOV") && dy_lex_country_name(c->lx, (char[4]){sc[0], sc[1], sc[2], 0}) &&
        (!strcmp(sc + 3, "OPP") || !strcmp(sc + 3, "LEG") || !strcmp(sc + 3, "JUD"))) {
      dy_scat(stc, sizeof stc, sc, 3, tc);
      tc = stc;
      if (trace) fprintf(stderr, "    rule organ-target (own government): %s on %s\n", sc, tc);
    }
    /* rule party-organ-target: a state's party on an organ of no state, in
     * a sentence that names no other state, acts on its own state's organ
     * when that organ is the verb's own argument ("the Conservatives
     * accused ministers of misleading workers": GBRGOV; not "attacked the
     * chancellor's budget") */
    char c3s[4] = {0};
    if (strlen(sc) > 6) memcpy(c3s, sc, 3);
    if (!organ_tgt && c3s[0] && !strncmp(sc + 3, "PTY", 3) && dy_lex_country_name(c->lx, c3s) && organ_sector(c->lx, tc) &&
        !violent && c->head_tgt && (!sentence_state(c, oc, &oplaced) ? !oc[0] : !strcmp(oc, c3s))) {
      dy_scat(stc, sizeof stc, c3s, SIZE_MAX, tc);
      if (trace) fprintf(stderr, "    rule party-organ-target: %s on %s\n", sc, stc);
      tc = stc;
    }
    if (tc[0] && !violent && dy_lex_generic_code(c->lx, tc) && !organ_tgt) {
      gen = *tgt;
      gen.code[0] = 0;
      tgt = &gen;
      tc = "";
    }
    /* an actor on itself is one-sided; a government and its country ("Bashir eased the
     * curfew in Sudan") or two sectors of one state are two sides */
    /* ... but an act done in the source's own country has that country as
     * its target ("the Iraqi government lifted the curfew in Baghdad": IRQ;
     * "Iraqi Kurds demonstrated in Kirkuk": IRQ; rule own-place) */
    int owned = 0;
    if (tc[0] && strcmp(sc, tc) == 0 && c->place_tgt) {
      if ((owned = dy_lex_country_name(c->lx, tc) != NULL)) {
        tgt = state_of(&own, tgt, tc);
        tc = tgt->code;
        if (trace) fprintf(stderr, "    rule own-place: %s -> %s\n", sc, tc);
      }
    }
    if (tc[0] && strcmp(sc, tc) == 0 && !owned) {
      /* self-target: "the Iranian ambassador, who was visiting Tehran": an
       * act of a root that needs another side (policy.txt one-sided) done
       * only to the source's own state is none */
      const dy_coder_models *mm = dy_lex_models(c->lx);
      if (mm && root <= 20 && !mm->one_sided[root]) { drop(c, vi, "self-target"); return; }
      tgt = NULL; tc = "";
    }
    /* rule own-state-partner: an act done with a partner (policy.txt
     * partner-codes) of a state's organ (a sector of word class
     * state-sectors; not its rebels) with its own state named bare ("the
     * foreign ministers of the two German states signed a treaty ending the
     * victors' rights over Germany") has no such partner */
    char sec3[4] = "";
    if (strlen(sc) >= 6) memcpy(sec3, sc + 3, 3);
    if (tc[0] && strlen(tc) == 3 && sec3[0] && dy_lex_generic_code(c->lx, sec3) && !strncmp(sc, tc, 3) && !owned && dy_lex_country_name(c->lx, tc)) {
      const dy_coder_models *mm = dy_lex_models(c->lx);
      if (mm && code_listed(mm->partner, mm->npartner, code)) {
        if (trace) fprintf(stderr, "    rule own-state-partner: %s with %s\n", sc, tc);
        drop(c, vi, "own-state-partner");
        return;
      }
    }
    /* sector-state: a side named by its sector alone belongs to the one
     * state the sentence names ("Syrian troops clashed with rebels near
     * Homs": SYRREB; "gunmen abducted pupils in Zamfara State": NGAREB) */
    char cc[4] = "";
    int placed = 0;
    /* rule venue-sector: a source of no state acting at a state's organ
     * ("greeted at the Pentagon by top brass") is of that state */
    if (c->venue_cc[0] && bare_sector(c->lx, sc) && (!tc[0] || strncmp(tc, c->venue_cc, 3))) {
      dy_scat(ssc, sizeof ssc, c->venue_cc, SIZE_MAX, sc);
      sc = ssc;
      if (trace) fprintf(stderr, "    rule venue-sector: %s\n", sc);
    }
    /* a state's armed forces often act abroad: the other side of "US troops
     * killed 12 militants" is not American unless a place of the sentence
     * says where it happened */
    const char *other = bare_sector(c->lx, sc) ? tc : sc;
    int abroad = strlen(other) == 3 || (strlen(other) == 6 && !strcmp(other + 3, "MIL"));
    /* rule ethnic-group: a people named with no state ("ethnic Albanians")
     * lives in the one state its sentence names, though that state is the
     * other side ("Ethnic Albanians vowed to fight Macedonia": MKD) */
    const dy_mention *bare = bare_sector(c->lx, sc) ? src : tgt;
    int people = bare && bare->rule && !strcmp(bare->rule, "ethnic-group");
    if ((bare_sector(c->lx, sc) || bare_sector(c->lx, tc)) && sentence_state(c, cc, &placed) && (placed || !abroad || people)) {
      /* rule troops-abroad: troops whose state only a place of the
       * sentence gives are not that state's ("Troops carried out raids in
       * Kandahar": MIL, not AFGMIL) */
      if (bare_sector(c->lx, sc) && !strcmp(sc, "MIL") && placed && !state_named(c, cc)) {
        if (trace) fprintf(stderr, "    rule troops-abroad: %s keeps no state\n", sc);
      } else if (bare_sector(c->lx, sc)) { dy_scat(ssc, sizeof ssc, cc, SIZE_MAX, sc); sc = ssc; }
      if (bare_sector(c->lx, tc)) { dy_scat(stc, sizeof stc, cc, SIZE_MAX, tc); tc = stc; }
      if (trace) fprintf(stderr, "    rule sector-state%s: %s -> %s\n", people ? " (ethnic-group)" : "", sc, tc);
      /* "President Bouteflicka threatened to institute a curfew in
       * Algiers": the state the sector took from a place its act is done in
       * is the target's, as in own-place (rule sector-own-place) */
      if (tc[0] && strcmp(sc, tc) == 0 && c->place_tgt && !bare_sector(c->lx, tgt->code) && dy_lex_country_name(c->lx, tc)) {
        tgt = state_of(&own, tgt, tc);
        tc = tgt->code;
        if (trace) fprintf(stderr, "    rule sector-own-place: %s -> %s\n", sc, tc);
      }
      if (tc[0] && strcmp(sc, tc) == 0) { tgt = NULL; tc = ""; }
    } else if (!cc[0] && !strcmp(tc, "CVL") && strlen(sc) >= 6 && armed_group(sc) && doc_state_of(c, cc, 0) && !strncmp(cc, sc, 3)) {
      /* rule armed-group-civilians: "Boko Haram's leader threatened to
       * sell the girls": civilians of no state, the other side of an armed
       * group of a state's own (NGAINSBKH) in a sentence that names no
       * state, are that state's when the story names it most */
      dy_scat(stc, sizeof stc, cc, SIZE_MAX, tc);
      tc = stc;
      if (trace) fprintf(stderr, "    rule armed-group-civilians: %s -> %s\n", sc, tc);
    } else if (cc[0] && (bare_sector(c->lx, sc) || bare_sector(c->lx, tc)) && place_state(c, cc)) {
      /* rule place-sector: a sector of no state, in a sentence whose
       * actors name states the places disagree with, is of the one state
       * its places are in ("Hundreds of protesters gathered outside a
       * Turkish visa centre in Baghdad": IRQCVL; "civilians killed in
       * Israeli air strikes across southern Lebanon": LBNCVL); troops,
       * fighters and migrants (policy.txt mobile-sectors) keep none */
      /* ... unless the places are of the story's dateline state ("ALMATY
       * ... security forces killed dozens of rioters in the country's
       * largest city, Almaty": KAZMIL; rule place-sector-home) */
      int home = 0;
      for (uint32_t i = 0; i < c->d->nplaces && !home; i++) home = c->d->places[i].dateline && !strcmp(c->d->places[i].cc3, cc);
      if (bare_sector(c->lx, sc) && (home || !mobile_sector(c->lx, sc))) { dy_scat(ssc, sizeof ssc, cc, SIZE_MAX, sc); sc = ssc; }
      if (bare_sector(c->lx, tc) && (home || !mobile_sector(c->lx, tc))) { dy_scat(stc, sizeof stc, cc, SIZE_MAX, tc); tc = stc; }
      if (home && trace) fprintf(stderr, "    rule place-sector-home: %s\n", cc);
      if (trace) fprintf(stderr, "    rule place-sector: %s -> %s\n", sc, tc);
      if (tc[0] && strcmp(sc, tc) == 0) { tgt = NULL; tc = ""; }
    } else if (!cc[0] && (bare_sector(c->lx, sc) || !sc[0]) && (bare_sector(c->lx, tc) || !tc[0]) && (sc[0] || tc[0]) &&
               doc_state(c, cc)) {
      /* rule context-state: "militants engaged troops" in a sentence that
       * names no state at all, of a story about one state, are that
       * state's militants and troops */
      if (bare_sector(c->lx, sc)) { dy_scat(ssc, sizeof ssc, cc, SIZE_MAX, sc); sc = ssc; }
      if (bare_sector(c->lx, tc)) { dy_scat(stc, sizeof stc, cc, SIZE_MAX, tc); tc = stc; }
      if (trace) fprintf(stderr, "    rule context-state: %s -> %s\n", sc, tc);
    }
  } else {
    if (both && (!sc[0] || !tc[0] || dy_lex_generic_code(c->lx, sc) || dy_lex_generic_code(c->lx, tc)) && !armed(sc[0] ? sc : tc)) return;
    if (!violent) {
      if (!sc[0] || !tc[0] || dy_lex_generic_code(c->lx, sc) || dy_lex_generic_code(c->lx, tc)) return;
    }
    if (sc[0] && tc[0] && same_side(sc, tc)) return;
  }
  if (src && tgt && src->person >= 0 && src->person == tgt->person) return;
  /* rule own-command: an order (word set command-verb) of a state's organ
   * to a body or company of the same state (word set own-body: "Maduro
   * ordered the state oil company to issue licences") is the running of
   * that state, no coercion of another side */
  if (root == 17 && strlen(sc) == 6 && strlen(tc) == 6 && !strncmp(sc, tc, 3) && organ_sector(c->lx, sc + 3)) {
    const dy_coder_models *mm = dy_lex_models(c->lx);
    const dy_tok *vt = &c->d->toks[vi];
    char form[32];
    size_t fl = vt->end - vt->start < sizeof form - 1 ? vt->end - vt->start : sizeof form - 1;
    for (size_t i = 0; i < fl; i++) form[i] = (char)tolower((unsigned char)c->d->text[vt->start + i]);
    form[fl] = 0;
    char body[4] = {(char)tolower((unsigned char)tc[3]), (char)tolower((unsigned char)tc[4]), (char)tolower((unsigned char)tc[5]), 0};
    if (mm && dy_coder_word(mm, DY_WS_COMMAND_VERB, form) >= 0 && dy_coder_word(mm, DY_WS_OWN_BODY, body) >= 0) {
      drop(c, vi, "own-command");
      return;
    }
  }
  dy_doc *d = c->d;
  for (uint32_t k = 0; k < d->nevents; k++) {
    dy_event *o = &d->events[k];
    if (o->sent == c->s && strcmp(o->source, sc) == 0 && strcmp(o->target, tc) == 0 && strncmp(o->code, code, 2) == 0) {
      /* stored once, with the more specific code ("shook hands during the
       * latter's visit": the meeting, 040, is the visit, 042) */
      if (strlen(o->code) == 3 && o->code[2] == '0' && strcmp(o->code, code) && o->modality == (uint8_t)modality) {
        dy_scopy(o->code, sizeof o->code, code);
        o->quad = cm->quad;
        o->goldstein = cm->goldstein;
        o->verb_start = d->toks[vi].start;
        o->verb_end = d->toks[vend - 1].end;
        if (src) { o->src_start = d->toks[src->tok0].start; o->src_end = d->toks[src->tok1 - 1].end; }
        if (tgt) { o->tgt_start = d->toks[tgt->tok0].start; o->tgt_end = d->toks[tgt->tok1 - 1].end; }
        dy_scopy(o->source_name, sizeof o->source_name, src ? src->name : "");
        dy_scopy(o->target_name, sizeof o->target_name, tgt ? tgt->name : "");
      }
      return;
    }
  }
  dy_event *e = dy_doc_push_event(d);
  if (!e) return;
  e->sent = c->s;
  dy_scopy(e->source, sizeof e->source, sc);
  dy_scopy(e->target, sizeof e->target, tc);
  dy_scopy(e->source_name, sizeof e->source_name, src ? src->name : "");
  dy_scopy(e->target_name, sizeof e->target_name, tgt ? tgt->name : "");
  dy_scopy(e->code, sizeof e->code, code);
  memcpy(e->root, code, 2);
  e->root[2] = 0;
  e->quad = cm->quad;
  e->goldstein = cm->goldstein;
  e->modality = (uint8_t)modality;
  e->date = date;
  e->date_from_text = (uint8_t)from_text;
  e->verb_start = d->toks[vi].start;
  e->verb_end = d->toks[vend - 1].end;
  if (src) { e->src_start = d->toks[src->tok0].start; e->src_end = d->toks[src->tok1 - 1].end; }
  if (tgt) { e->tgt_start = d->toks[tgt->tok0].start; e->tgt_end = d->toks[tgt->tok1 - 1].end; }
}

static void emit(sctx *c, const vmatch *v, const dy_mention *src, const dy_mention *tgt, dy_date date, int from_text) {
  const dy_pattern *p = dy_lex_pattern(c->lx, v->pat);
  emit_code(c, p->code, p->both, v->modality, v->i, v->end, src, tgt, date, from_text);
}

/* Distinct codes of a group's mentions (at most 5); returns how many. */
static int members(const sctx *c, int g, const dy_mention **out) {
  if (g < 0) return 0;
  int n = 0;
  for (uint32_t m = c->g[g].m0; m < c->g[g].m1; m++) {
    const dy_mention *x = &c->d->ments[m];
    int dup = 0;
    for (int k = 0; k < n; k++)
      if (strcmp(out[k]->code, x->code) == 0) dup = 1;
    if (dup) continue;
    if (n == 5) return 6;
    out[n++] = x;
  }
  return n;
}

/* Verbs whose compound subject acts on itself pairwise: "Iran and Pakistan
 * signed / met / agreed / clashed / exchanged strikes". "Iran and Pakistan
 * supported opposing factions" is not reciprocal. */
static int reciprocal(const sctx *c, const vmatch *v, const char *code) {
  if (v->passive) return 0;
  if (!strncmp(code, "03", 2) || !strncmp(code, "04", 2) || !strncmp(code, "057", 3) || !strncmp(code, "06", 2) || !strncmp(code, "087", 3) ||
      !strncmp(code, "193", 3))
    return 1;
  return !strncmp(w(c, v->i), "exchang", 7);
}

static void emit_match(sctx *c, const vmatch *v, dy_date date, int from_text) {
  const dy_mention *S[6], *T[6];
  int src = v->passive ? v->obj : v->subj, tgt = v->passive ? v->subj : v->obj;
  int each_other = tgt == -2;
  if (each_other) tgt = -1;
  int ns = members(c, src, S), nt = members(c, tgt, T);
  if (v->also >= 0 && !v->passive && ns > 0 && ns < 4) {
    /* the two sides of an earlier verb acting together: each with the other */
    const dy_mention *A[6];
    int na = members(c, v->also, A);
    for (int k = 0; k < na && ns < 5; k++) S[ns++] = A[k];
    if (nt == 0 && ns == 2) each_other = 1;
  }
  if (ns > 4 || nt > 4 || ns * nt > 6) return; /* a long list is not a set of dyads */
  const dy_pattern *p = dy_lex_pattern(c->lx, v->pat);
  if (nt == 0 && ns == 2 && (each_other || reciprocal(c, v, p->code))) {
    emit(c, v, S[0], S[1], date, from_text);
    emit(c, v, S[1], S[0], date, from_text);
    return;
  }
  if ((ns == 0 && nt == 0) || each_other) return;
  for (int a = 0; a < (ns ? ns : 1); a++)
    for (int b = 0; b < (nt ? nt : 1); b++) emit(c, v, ns ? S[a] : NULL, nt ? T[b] : NULL, date, from_text);
}

/* Source and target of each dictionary match by the surface rules (subject
 * before the verb, object after it, passive "by", the actor before an event
 * noun); the dictionary coder's roles, and the parse-based coder's fallback
 * where the parse names no side. */
static void pattern_roles(sctx *c) {
  for (int k = 0; k < c->nv; k++) {
    vmatch *v = &c->v[k];
    if (v->nominal) {
      /* source: the actor just before the noun ("Israeli strikes", "Pezeshkian's visit") */
      uint32_t j = v->i;
      int skipped = 0;
      while (j > c->se->tok0 && skipped < 3) {
        uint32_t t = j - 1;
        if (gat(c, t) >= 0) { v->subj = gat(c, t); break; }
        if ((c->d->toks[t].flags & (DY_TOK_POSS | DY_TOK_DIGIT)) || ((c->d->toks[t].flags & DY_TOK_UPPER) == 0 && !(c->d->toks[t].flags & DY_TOK_PUNCT) && wc(c, t) == 0 && c->vat[t - c->se->tok0] < 0)) { j--; skipped++; continue; }
        if (dy_lex_wclass(c->lx, c->d->tid[t]) == 0 && (c->d->toks[t].flags & DY_TOK_UPPER) && !(c->d->toks[t].flags & DY_TOK_PUNCT)) { j--; skipped++; continue; }
        break;
      }
      v->obj = v->slot >= 0 ? v->slot : -1;
      if (v->obj < 0)
        for (uint32_t t = v->end; t < c->se->tok1 && t < v->end + 3; t++)
          if (gat(c, t) >= 0) { v->obj = gat(c, t); break; }
      if (v->subj < 0 || v->obj < 0) { v->pat = -1; continue; }
      v->modality = modality(c, v);
      continue;
    }
    v->passive = is_passive(c, v->i, v->end);
    v->subj = find_subject(c, k);
    /* "held a call with Sharif, during which both agreed": both sides of the earlier verb */
    if (v->i > c->se->tok0 && !v->passive) {
      uint32_t q = v->i - 1;
      while (q > c->se->tok0 && (wc(c, q) & DY_W_ADV)) q--;
      if (is_w(c, q, "both") || is_w(c, q, "they"))
        for (int o = k - 1; o >= 0; o--)
          if (c->v[o].pat >= 0 && !c->v[o].nominal && c->v[o].subj >= 0 && c->v[o].obj >= 0) {
            v->subj = c->v[o].subj;
            v->also = c->v[o].obj;
            break;
          }
    }
    /* a reduced relative names its own head ("rifles seized by ..."), which is no actor here */
    if (v->passive == 2 && !(v->subj >= 0 && c->g[v->subj].tok1 == v->i)) v->subj = -1;
    if (v->passive) {
      v->obj = -1;
      for (uint32_t t = v->end; t < c->se->tok1 && t < v->end + 6; t++)
        if (is_w(c, t, "by") && t + 1 < c->se->tok1) {
          for (uint32_t u = t + 1; u < c->se->tok1 && u < t + 4; u++)
            if (gat(c, u) >= 0) { v->obj = gat(c, u); break; }
          break;
        }
    } else v->obj = v->slot >= 0 ? v->slot : find_object(c, k);
    if (v->obj == v->subj && v->obj >= 0) v->obj = -1;
    v->modality = modality(c, v);
  }
}

/* ---- the parse-based coder ------------------------------------------------------ */

/* The group of sentence context c that holds mention m, or -1. */
static int group_of(const sctx *c, int m) {
  for (int g = 0; g < c->ng; g++)
    if ((uint32_t)m >= c->g[g].m0 && (uint32_t)m < c->g[g].m1) return g;
  return -1;
}

/* rule mediator-between: a meeting or an intention (03, 04) with no target
 * whose phrase names the two sides it is between ("hosted talks between
 * Iran and the United States") is to the first; rule between-second: to the
 * side after "and" too ("bridging the gap between Tehran's objectives and
 * Washington's requirements": the side the first's own phrase kept out of
 * its list), in *between2 */
static void mediator_target(const sctx *c, const dy_clause *cl, dy_cand *k, int t, int *between2) {
  int arg = -1, b = dy_mediator_between(cl, t, &arg);
  if (b < 0 || b == k->src || (k->src >= 0 && group_of(c, b) == group_of(c, k->src))) return;
  k->tgt = b; k->tgt_arg = arg; k->tgt_via = DY_VIA_BETWEEN; k->prep = -1;
  if (trace) fprintf(stderr, "    rule mediator-between: target %s\n", c->d->ments[b].code);
  int b2 = dy_between_second(cl, arg);
  if (b2 >= 0 && b2 != k->src && group_of(c, b2) != group_of(c, b) && (k->src < 0 || group_of(c, b2) != group_of(c, k->src))) {
    *between2 = b2;
    if (trace) fprintf(stderr, "    rule between-second: target %s\n", c->d->ments[b2].code);
  }
}


/* The CAMEO code of root r for candidate k: the dictionary's code for the
 * trigger (or its complement) when it has that root, else the root's
 * general code ("190"). */
static void code_of_root(const dy_clause *cl, const dy_cand *k, int r, char *code) {
  int toks[2] = {k->trig, dy_cl_child(cl, k->trig, cl->m->L.xcomp)};
  for (int i = 0; i < 2; i++) {
    if (toks[i] < 0 || cl->dict[toks[i]] < 0) continue;
    const dy_pattern *p = dy_lex_pattern(cl->lx, cl->dict[toks[i]]);
    if ((p->code[0] - '0') * 10 + (p->code[1] - '0') == r) { dy_scopy(code, 8, p->code); return; }
  }
  snprintf(code, 8, "%02d0", r);
}


/* The node of token i of sentence se as no parse made it: its lower-cased
 * form as lemma, the tag and the head and label given. */
static void token_node(const dy_doc *d, const dy_sent *se, uint32_t i, int upos, int head, int label, dy_pnode *o) {
  const dy_tok *t = &d->toks[se->tok0 + i];
  memset(o, 0, sizeof *o);
  o->upos = (uint8_t)upos;
  o->head = (int16_t)head;
  o->label = (uint8_t)label;
  snprintf(o->lemma, sizeof o->lemma, "%.*s", (int)t->nlen, dy_tok_norm(d, t));
}

/* Does token t end a mention that is a name (a state, a person, an
 * organisation, written with a capital)? The parser is told, so that a
 * name the treebank never had ("Albania on Friday denounced ...") is not
 * tagged a common noun. */
static int name_end(const dy_doc *d, int32_t mi, uint32_t t) {
  if (mi < 0) return 0;
  const dy_mention *mn = &d->ments[mi];
  if (mn->tok1 != t + 1 || !(d->toks[t].flags & DY_TOK_UPPER)) return 0;
  return mn->kind == DY_ACT_COUNTRY || mn->kind == DY_ACT_PERSON || mn->kind == DY_ACT_ORG;
}

/* Time phrases the parser reads the sentence without: "Arafat Wednesday
 * rejected", "Albania on Friday denounced" (the treebank it learned from
 * has few, and a name before a weekday becomes the root). A phrase is a
 * word of class time-adjunct outside any mention and not before a
 * possessive, with up to two time-modifier words before it ("late on
 * Friday") and one after ("Friday night"); alone after a preposition or a
 * determiner ("since Friday", "every Friday") it is left in. Marks
 * hide[i] and returns, for each hidden token, its phrase's head (-1 for
 * others), or NULL when there is none. */
static int32_t *time_phrases(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, const int32_t *ment, uint8_t *hide) {
  uint32_t n = se->tok1 - se->tok0;
  int32_t *ph = NULL;
  memset(hide, 0, n);
  if (n < 4) return NULL;
#define WC(i) dy_lex_wclass(lx, d->tid[se->tok0 + (i)])
  for (uint32_t i = 0; i < n; i++) {
    if (ment[i] >= 0 || !(WC(i) & DY_W_TIMEADJ)) continue;
    if (i + 1 < n && (d->toks[se->tok0 + i + 1].flags & DY_TOK_POSS)) continue;
    uint32_t a = i, b = i + 1;
    while (a > 0 && i - a < 2 && ment[a - 1] < 0 && (WC(a - 1) & DY_W_TIMEMOD) && !hide[a - 1]) a--;
    if (a == i && i > 0 && (WC(i - 1) & (DY_W_PREP | DY_W_DET))) continue;
    if (b < n && ment[b] < 0 && (WC(b) & DY_W_TIMEMOD) && !(WC(b) & (DY_W_PREP | DY_W_DET))) b++;
    if (b - a + 2 > n) continue;
    if (!ph) {
      ph = dy_xreallocarray(NULL, n, sizeof *ph);
      for (uint32_t k = 0; k < n; k++) ph[k] = -1;
    }
    for (uint32_t k = a; k < b; k++) { hide[k] = 1; ph[k] = (int32_t)i; }
    i = b - 1;
  }
#undef WC
  return ph;
}

/* Rule main-verb: a sentence (with its final stop: no headline) whose
 * root is a noun phrase and whose first verb after it hangs from it as a
 * modifier or a conjunct with no subject of its own ("Archbishop Desmond Tutu called
 * for sanctions", "Thousands of Iraqi Kurds demonstrated in Kirkuk", read
 * as a title and a clause after it) has that verb as its main verb, the
 * noun phrase as its subject. A passive participle ("troops sent by
 * Iran", "aircraft using missiles killed"), a clause with its own marker
 * or subject, and a noun phrase with a copula are left. */
static void main_verb(const dy_coder_models *m, const dy_doc *d, const dy_sent *se, dy_clause *cl, const uint8_t *hide) {
  const dy_labels *L = &m->L;
  int n = (int)cl->n, root = -1;
  if (n < 3 || cl->nd[n - 1].upos != DY_UPOS_PUNCT) return;
  const dy_tok *lt = &d->toks[se->tok0 + (uint32_t)n - 1];
  if (lt->end - lt->start != 1 || d->text[lt->start] != '.') return;
  for (int i = 0; i < n; i++)
    if (!hide[i] && cl->nd[i].head < 0) { root = i; break; }
  if (root < 0 || (cl->nd[root].upos != DY_UPOS_NOUN && cl->nd[root].upos != DY_UPOS_PROPN)) return;
  int v = -1;
  for (int i = root + 1; i < n && v < 0; i++)
    if (!hide[i] && cl->nd[i].upos == DY_UPOS_VERB) v = i;
  if (v < 0 || cl->nd[v].head != root) return;
  /* "British aircraft using missiles killed": a participle in -ing is no main verb */
  const dy_tok *vt = &d->toks[se->tok0 + (uint32_t)v];
  if (vt->nlen > 4 && !memcmp(dy_tok_norm(d, vt) + vt->nlen - 3, "ing", 3)) return;
  int l = cl->nd[v].label;
  /* a conjunct too: "Colombia's government and the ELN rebel group signed
   * an agreement", read as three coordinated nouns and a verb */
  if (l != L->acl && l != L->parataxis && l != L->dep && l != L->appos && l != L->conj) return;
  for (int k = 0; k < n; k++) {
    if (hide[k]) continue;
    int h = cl->nd[k].head, lk = cl->nd[k].label;
    if (h == root && (lk == L->cop || lk == L->nsubj)) return;
    if (h != v) continue;
    if (lk == L->nsubj || lk == L->nsubj_pass || lk == L->aux_pass || lk == L->mark || lk == L->obl_agent || lk == L->expl) return;
    if (lk == L->obl || lk == L->nmod) {
      int c0 = -1;
      for (int q = 0; q < n && c0 < 0; q++)
        if (cl->nd[q].head == k && cl->nd[q].label == L->case_) c0 = q;
      if (c0 >= 0 && !strcmp(cl->nd[c0].lemma, "by")) return;
    }
    if (k < v) return; /* something before the verb is its own: not a plain subject-verb order */
  }
  /* everything before the verb belongs to the noun phrase */
  for (int k = 0; k < v; k++) {
    if (hide[k]) continue;
    int x = k, depth = 0;
    while (x >= 0 && x != root && x != v && depth++ < n) x = cl->nd[x].head;
    if (x != root) return;
  }
  for (int k = v + 1; k < n; k++)
    if (!hide[k] && cl->nd[k].head == root) {
      cl->nd[k].head = (int16_t)v;
      if (cl->nd[k].label == L->acl) cl->nd[k].label = (uint8_t)L->advcl;
    }
  /* "JUBA, Aug. 9 (Xinhua) -- President Salva Kiir granted", "Hours
   * before the announcement, Taliban militants stormed": after a dateline
   * or a fronted phrase, the noun phrase after its last stop is the subject */
  int subj = root;
  for (int k = root + 1; k < v; k++) {
    if (hide[k] || cl->nd[k].head != root || cl->nd[k].label == L->appos || (cl->nd[k].upos != DY_UPOS_NOUN && cl->nd[k].upos != DY_UPOS_PROPN)) continue;
    for (int p = root + 1; p < k; p++)
      if (cl->nd[p].upos == DY_UPOS_PUNCT && (cl->nd[p].head == root || cl->nd[p].head == k)) { subj = k; break; }
  }
  cl->nd[v].head = -1;
  cl->nd[v].label = (uint8_t)L->root;
  cl->nd[subj].head = (int16_t)v;
  cl->nd[subj].label = (uint8_t)L->nsubj;
  if (trace) fprintf(stderr, "    rule main-verb: '%s' heads the sentence, '%s' its subject\n", cl->nd[v].lemma, cl->nd[subj].lemma);
  if (subj != root) {
    cl->nd[root].head = (int16_t)v;
    cl->nd[root].label = (uint8_t)L->dep;
  }
}

/* Rule appeal-addressee: "called on the junta to release him", "appealed
 * to Ethiopia to resume talks": the parser hung the to-infinitive after the
 * one a verb of word set appeal-verb appeals to (after a preposition of
 * appeal-prep) as a clause of that noun, or made that noun the
 * infinitive's subject and the preposition its mark; the noun is the
 * verb's oblique, the infinitive its complement (what the noun is asked to
 * do: rules wished-act, part-of-governor). */
/* Does node k have an object (before the children lists are built)? */
static int has_object(const dy_clause *cl, int k) {
  for (uint32_t q = 0; q < cl->n; q++)
    if (cl->nd[q].head == k && cl->nd[q].label == cl->m->L.obj) return 1;
  return 0;
}

static void appeal_addressee(const dy_coder_models *m, dy_clause *cl, const uint8_t *hide) {
  const dy_labels *L = &m->L;
  int n = (int)cl->n;
  for (int h = 0; h + 3 < n; h++) {
    if (hide[h] || cl->nd[h].upos != DY_UPOS_VERB || dy_coder_word(m, DY_WS_APPEAL_VERB, cl->nd[h].lemma) < 0) continue;
    int p = h + 1;
    if (hide[p] || dy_coder_word(m, DY_WS_APPEAL_PREP, dy_cl_word(cl, p)) < 0) continue;
    /* the infinitive: the first verb after "to" past the preposition */
    int v = -1;
    for (int k = p + 2; k < n && k < p + 12 && v < 0; k++) {
      if (!(dy_cl_wclass(cl, k - 1) & DY_W_TO) || cl->nd[k - 1].head != k || hide[k]) continue;
      if (cl->nd[k].upos == DY_UPOS_VERB) v = k;
      /* "to free the detained journalists" read as an adjective in a
       * phrase of "to": the word begins a verb pattern, the infinitive */
      else if (cl->nd[k].head == h && cl->nd[k].label == L->obl &&
               ((cl->dict[k] >= 0 && cl->dict[k - 1] != cl->dict[k] && !dy_lex_pattern(cl->lx, cl->dict[k])->nominal) || has_object(cl, k))) {
        cl->nd[k].upos = DY_UPOS_VERB;
        cl->nd[k].label = (uint8_t)L->advcl;
        if (L->mark >= 0) cl->nd[k - 1].label = (uint8_t)L->mark;
        cl->nd[k - 1].upos = DY_UPOS_PART;
        /* its object: the noun phrase the parser hung on the appeal after it */
        for (int q = k + 1; q < n; q++)
          if (cl->nd[q].head == h && cl->nd[q].label == L->obl && dy_cl_child(cl, q, L->case_) < 0) {
            cl->nd[q].head = (int16_t)k;
            cl->nd[q].label = (uint8_t)L->obj;
            break;
          }
        v = k;
      }
    }
    if (v < 0) continue;
    int x = -1;
    if (cl->nd[v].head >= 0 && cl->nd[v].label == L->acl && cl->nd[cl->nd[v].head].head == h && cl->nd[cl->nd[v].head].label == L->obl) {
      x = cl->nd[v].head; /* "on the junta" obl, "to release" its clause */
    } else if (cl->nd[v].head == h && (cl->nd[v].label == L->advcl || cl->nd[v].label == L->xcomp) && cl->nd[p].head != v) {
      /* "on the junta" the verb's oblique, "to release" its adverbial clause */
      if (cl->nd[p].head <= p || cl->nd[p].head >= v || cl->nd[cl->nd[p].head].head != h || cl->nd[cl->nd[p].head].label != L->obl) continue;
      x = cl->nd[p].head;
    } else if (cl->nd[v].head == h && (cl->nd[v].label == L->advcl || cl->nd[v].label == L->xcomp) && cl->nd[p].head == v) {
      for (int k = p + 1; k < v - 1 && x < 0; k++)
        if (cl->nd[k].head == v && cl->nd[k].label == L->nsubj) x = k; /* "on" a mark, the noun the subject */
      if (x < 0) continue;
      cl->nd[x].head = (int16_t)h;
      cl->nd[x].label = (uint8_t)L->obl;
      cl->nd[p].head = (int16_t)x;
      cl->nd[p].label = (uint8_t)L->case_;
    } else continue;
    if (trace) fprintf(stderr, "    rule appeal-addressee: '%s' asked of '%s' by '%s'\n", cl->nd[v].lemma, cl->nd[x].lemma, cl->nd[h].lemma);
    cl->nd[v].head = (int16_t)h;
    cl->nd[v].label = (uint8_t)L->xcomp;
  }
}

/* Rule charge-gerund: "accused the paramilitary of looting homes and
 * killing civilians": the parser read the gerund after the "of" of a verb
 * of word set charge as a modifier of the noun after it; the gerund is
 * the verb's clause of the charge ("of" its mark, the noun its object),
 * and a gerund joined to the verb after it is the charge's conjunct. */
static void charge_gerund(const dy_coder_models *m, dy_clause *cl, const uint8_t *hide) {
  const dy_labels *L = &m->L;
  int n = (int)cl->n;
  for (int i = 2; i + 2 < n; i++) {
    int g = i + 1, nn = cl->nd[g].head;
    if (hide[i] || hide[g] || strcmp(dy_cl_word(cl, i), "of") || !(dy_cl_wclass(cl, g) & DY_W_ING) || cl->ment[g] >= 0) continue;
    /* (the noun may be an actor, "of backing M23 rebels", and the "of" the
     * gerund's own mark) */
    if (nn <= g || nn >= n || (cl->nd[i].head != nn && cl->nd[i].head != g)) continue;
    if (cl->nd[g].label != L->amod && cl->nd[g].label != L->compound) continue;
    /* the noun hangs on the verb or on the verb's object */
    int v = cl->nd[nn].head;
    if (v >= 0 && v < i && cl->nd[v].upos != DY_UPOS_VERB && cl->nd[v].label == L->obj) v = cl->nd[v].head;
    if (v < 0 || v >= i || cl->nd[v].upos != DY_UPOS_VERB || dy_coder_word(m, DY_WS_CHARGE, cl->nd[v].lemma) < 0) continue;
    int has_obj = 0; /* (the children lists are not built yet) */
    for (int q = 0; q < n; q++) has_obj |= cl->nd[q].head == v && cl->nd[q].label == L->obj;
    if (!has_obj) continue;
    if (trace) fprintf(stderr, "    rule charge-gerund: '%s' the charge of '%s'\n", cl->nd[g].lemma, cl->nd[v].lemma);
    cl->nd[g].upos = DY_UPOS_VERB;
    cl->nd[g].head = (int16_t)v;
    cl->nd[g].label = (uint8_t)L->advcl;
    cl->nd[i].head = (int16_t)g;
    cl->nd[i].label = (uint8_t)(L->mark >= 0 ? L->mark : L->case_);
    cl->nd[nn].head = (int16_t)g;
    cl->nd[nn].label = (uint8_t)L->obj;
    for (int q = nn + 1; q < n; q++)
      if (cl->nd[q].head == v && cl->nd[q].label == L->conj && (dy_cl_wclass(cl, q) & DY_W_ING)) {
        int own_subj = 0;
        for (int r = 0; r < n; r++) own_subj |= cl->nd[r].head == q && cl->nd[r].label == L->nsubj;
        if (!own_subj) cl->nd[q].head = (int16_t)g;
      }
  }
}

/* Rule contact-object: "will visit Mauritania and Senegal to mediate",
 * "met Kagame to discuss": the parser made the object of a verb of getting
 * in touch (word set contact) the subject of the to-infinitive after it;
 * an infinitive with "to" has no subject of its own there ("for Iran to
 * act" has), so the noun is the verb's object and the infinitive the
 * subject's purpose (rule contact-purpose). */
static void contact_object(const dy_coder_models *m, dy_clause *cl, const uint8_t *hide) {
  const dy_labels *L = &m->L;
  int n = (int)cl->n;
  for (int s = 1; s + 2 < n; s++) {
    int v = cl->nd[s].head;
    if (hide[s] || cl->nd[s].label != L->nsubj || v <= s + 1 || v >= n || cl->nd[v].upos != DY_UPOS_VERB) continue;
    if (!(dy_cl_wclass(cl, v - 1) & DY_W_TO) || cl->nd[v - 1].head != v) continue;
    int h = cl->nd[v].head;
    if (h < 0 || h >= s || cl->nd[h].upos != DY_UPOS_VERB || (cl->nd[v].label != L->advcl && cl->nd[v].label != L->xcomp)) continue;
    if (dy_coder_word(m, DY_WS_CONTACT, cl->nd[h].lemma) < 0) continue;
    int ok = 1;
    for (int k = 0; k < n && ok; k++)
      if ((cl->nd[k].head == h && (cl->nd[k].label == L->obj || cl->nd[k].label == L->iobj)) ||
          (cl->nd[k].head == v && k != s && k < v && cl->nd[k].label != L->mark && cl->nd[k].label != L->punct) ||
          (cl->nd[k].head == v && !strcmp(cl->nd[k].lemma, "for")))
        ok = 0;
    if (!ok) continue;
    if (trace) fprintf(stderr, "    rule contact-object: '%s' is the object of '%s'\n", cl->nd[s].lemma, cl->nd[h].lemma);
    cl->nd[s].head = (int16_t)h;
    cl->nd[s].label = (uint8_t)L->obj;
  }
}

/* Rule number-phrase: a number the parser made an argument of its own
 * beside the noun it counts ("protested over three Turkish incursions":
 * "over three" and "incursions" two obliques of the verb) counts that
 * noun: it hangs on it as its number, and its preposition is the noun's. */
static void number_phrases(const dy_coder_models *m, dy_clause *cl, const uint8_t *hide) {
  const dy_labels *L = &m->L;
  int n = (int)cl->n;
  for (int i = 0; i + 1 < n; i++) {
    int h = cl->nd[i].head, l = cl->nd[i].label;
    if (hide[i] || cl->nd[i].upos != DY_UPOS_NUM || h < 0 || (l != L->obl && l != L->obj && l != L->nsubj && l != L->nmod)) continue;
    int j = i + 1;
    while (j < n && !hide[j] && cl->nd[j].upos != DY_UPOS_NOUN && cl->nd[j].upos != DY_UPOS_PROPN) j++;
    while (j + 1 < n && cl->nd[j + 1].upos == DY_UPOS_NOUN && cl->nd[j].head == j + 1) j++; /* "air raids" */
    if (j >= n || hide[j] || cl->nd[j].upos != DY_UPOS_NOUN || cl->nd[j].head != h || cl->nd[j].label != l) continue;
    /* a year ("in 2017 in an operation") counts nothing */
    const char *w = cl->nd[i].lemma;
    if (strlen(w) == 4 && (w[0] == '1' || w[0] == '2') && isdigit((unsigned char)w[1]) && isdigit((unsigned char)w[2]) && isdigit((unsigned char)w[3])) continue;
    int ok = 1;
    for (int k = i + 1; k < j && ok; k++)
      ok = cl->nd[k].upos != DY_UPOS_ADP && (cl->nd[k].head == j || (cl->nd[k].head >= i + 1 && cl->nd[k].head < j));
    if (!ok) continue;
    if (trace) fprintf(stderr, "    rule number-phrase: '%s' counts '%s'\n", cl->nd[i].lemma, cl->nd[j].lemma);
    for (int k = 0; k < n; k++)
      if (cl->nd[k].head == i && cl->nd[k].label == L->case_) cl->nd[k].head = (int16_t)j;
    cl->nd[i].head = (int16_t)j;
    cl->nd[i].label = (uint8_t)L->nummod;
  }
}

/* Hangs the hidden time phrases on the verb right before ("said on
 * Friday it had"), else on the verb the next word (else the one before)
 * depends on: the head as "obl" with its preposition as "case",
 * or as a bare noun-phrase modifier; its other words on the head. */
static void attach_time_phrases(const dy_coder_models *m, const dy_doc *d, const dy_sent *se, dy_clause *cl, const uint8_t *hide,
                                const int32_t *ph) {
  if (!ph) return;
  int n = (int)cl->n;
  const dy_labels *L = &m->L;
  for (int i = 0; i < n; i++) {
    if (!hide[i] || ph[i] != i) continue;
    int a = i, b = i + 1;
    while (a > 0 && hide[a - 1] && ph[a - 1] == i) a--;
    while (b < n && hide[b] && ph[b] == i) b++;
    int j = a > 0 && cl->nd[a - 1].upos == DY_UPOS_VERB ? a - 1 : b;
    while (j < n && (hide[j] || cl->nd[j].upos == DY_UPOS_PUNCT)) j++;
    if (j >= n) {
      j = a - 1;
      while (j >= 0 && (hide[j] || cl->nd[j].upos == DY_UPOS_PUNCT)) j--;
    }
    int v = j;
    for (int depth = 0; v >= 0 && cl->nd[v].upos != DY_UPOS_VERB && cl->nd[v].head >= 0 && depth < n; depth++) v = cl->nd[v].head;
    int prep = -1;
    for (int k = a; k < b; k++) {
      if (k == i) continue;
      if (k < i && (dy_lex_wclass(cl->lx, d->tid[se->tok0 + (uint32_t)k]) & DY_W_PREP)) {
        token_node(d, se, (uint32_t)k, DY_UPOS_ADP, i, L->case_, &cl->nd[k]);
        prep = k;
      } else {
        token_node(d, se, (uint32_t)k, DY_UPOS_ADJ, i, L->amod >= 0 ? L->amod : L->dep, &cl->nd[k]);
      }
    }
    int upos = (d->toks[se->tok0 + (uint32_t)i].flags & DY_TOK_UPPER) ? DY_UPOS_PROPN : DY_UPOS_NOUN;
    token_node(d, se, (uint32_t)i, upos, v, prep >= 0 || L->obl_tmod < 0 ? L->obl : L->obl_tmod, &cl->nd[i]);
  }
}

/* Builds the parsed clause view of sentence s: the actor mention and
 * dictionary pattern of each token, the parse, the children lists. An actor
 * mention of several words ("Palestinian leader Yasser Arafat") is parsed
 * as its last word alone, so that names and titles the treebank rarely has
 * do not break the tree; its other words hang on that one as "flat". *mem
 * is to be freed. */
static int clause_build(const dy_coder_models *m, const dy_lexicon *lx, const dy_doc *d, uint32_t s, uint32_t m0,
                        const int32_t *dict, dy_clause *cl, void **mem) {
  const dy_sent *se = &d->sents[s];
  uint32_t n = se->tok1 - se->tok0;
  memset(cl, 0, sizeof *cl);
  *mem = NULL;
  if (n == 0) return -1;
  size_t sz = n * (sizeof(dy_ptok) + 2 * sizeof(dy_pnode) + 6 * sizeof(int32_t) + 2);
  char *p = dy_xmalloc(sz);
  *mem = p;
  dy_ptok *pt = (dy_ptok *)p;
  dy_pnode *rn = (dy_pnode *)(pt + n);
  cl->nd = rn + n;
  cl->fc = (int32_t *)(cl->nd + n);
  cl->nx = cl->fc + n;
  cl->ment = cl->nx + n;
  cl->dict = cl->ment + n;
  int32_t *red = cl->dict + n, *last = red + n; /* reduced index -> token; token -> its mention's last token */
  uint8_t *hint = (uint8_t *)(last + n), *hide = hint + n;
  cl->lx = lx; cl->m = m; cl->d = d; cl->s = s; cl->t0 = se->tok0; cl->n = n; cl->m0 = m0; cl->m1 = se->ment1;
  for (uint32_t i = 0; i < n; i++) {
    cl->fc[i] = cl->nx[i] = cl->ment[i] = last[i] = -1;
    cl->dict[i] = dict ? dict[i] : -1;
  }
  for (uint32_t k = m0; k < cl->m1; k++)
    for (uint32_t t = d->ments[k].tok0; t < d->ments[k].tok1; t++)
      if (t >= se->tok0 && t < se->tok1) {
        cl->ment[t - se->tok0] = (int32_t)k;
        last[t - se->tok0] = (int32_t)(d->ments[k].tok1 - 1 - se->tok0);
      }
  int32_t *tph = time_phrases(lx, d, se, cl->ment, hide);
  /* a dateline ("ISLAMABAD, Jan. 29 (Reuters) -") is no part of the clause */
  uint32_t body = se->body0 > se->tok0 && se->body0 + 2 < se->tok1 ? se->body0 - se->tok0 : 0;
  /* dateline-colon: "Canberra: Australian Prime Minister Scott Morrison
   * rejected ...", "New Delhi: ...": a place alone before a colon that
   * opens the sentence is where the story was filed, no part of the clause */
  if (!body && n > 4 && cl->ment[0] >= 0) {
    const dy_mention *dm = &d->ments[cl->ment[0]];
    uint32_t e = dm->tok1 - se->tok0;
    /* the colon and the capital first, then the gazetteer */
    if (dm->person < 0 && dm->tok0 == se->tok0 && e + 2 < n && !strcmp(dy_tok_norm(d, &d->toks[se->tok0 + e]), ":") &&
        (d->toks[se->tok0 + e + 1].flags & DY_TOK_UPPER)) {
      int placed = 0, fl = 0;
      char key[128] = "";
      const dy_gazetteer *gz = dy_lex_gazetteer(lx);
      int kn = gz ? dy_gaz_norm(d->text + d->toks[dm->tok0].start, d->toks[dm->tok1 - 1].end - d->toks[dm->tok0].start, key, sizeof key) : -1;
      for (int32_t it = kn > 0 ? dy_gaz_first(gz, key, (size_t)kn, &fl) : -1; it >= 0 && !placed; it = dy_gaz_next(gz, it))
        placed = (dy_gaz_info_at(gz, it)->kind & (DY_GAZ_COUNTRY | DY_GAZ_CAPITAL | DY_GAZ_CITY)) != 0;
      if (placed) {
        body = e + 1;
        if (trace) fprintf(stderr, "  rule dateline-colon [%.*s]\n", (int)(d->toks[dm->tok1 - 1].end - d->toks[dm->tok0].start), d->text + d->toks[dm->tok0].start);
      }
    }
  }
  for (uint32_t i = 0; i < body; i++) hide[i] = 2;
  /* caption-position: "Shehbaz Sharif (right) and Masoud Pezeshkian shake
   * hands": a parenthesis after a name that holds only words of the class
   * caption-position says where the person stands in a photo; the parser
   * reads it as a break in the coordination, so it is parsed without it
   * and hangs on the name */
  for (uint32_t i = body + 1; i + 2 < n; i++) {
    if (hide[i] || last[i - 1] != (int32_t)(i - 1) || strcmp(dy_tok_norm(d, &d->toks[se->tok0 + i]), "(")) continue;
    uint32_t e = i + 1;
    while (e < n && e < i + 5 && !hide[e] && cl->ment[e] < 0 && (dy_lex_wclass(lx, d->tid[se->tok0 + e]) & DY_W_CAPTION)) e++;
    if (e == i + 1 || e >= n || strcmp(dy_tok_norm(d, &d->toks[se->tok0 + e]), ")")) continue;
    for (uint32_t k = i; k <= e; k++) hide[k] = 3;
    if (trace) fprintf(stderr, "  rule caption-position [%.*s]\n", (int)(d->toks[se->tok0 + e].end - d->toks[se->tok0 + i].start), d->text + d->toks[se->tok0 + i].start);
    i = e;
  }
  /* belief-phrase: "Gunmen suspected to be from Boko Haram killed at least
   * 125 people", "militants believed to be linked to al-Shabaab attacked":
   * a participle of word set belief-verb right after an actor, then "to
   * be" and, within five words, another actor, says who the first one is;
   * the parser reads the participle as the main verb, so the sentence is
   * parsed without the phrase, which hangs on the first actor with the
   * actor it names as a modifier (bel[] holds the noun it hangs on) */
  int32_t bel_noun = -1, bel_ment = -1;
  for (uint32_t i = body + 1; i + 3 < n && bel_noun < 0; i++) {
    if (hide[i] || cl->ment[i] >= 0 || cl->ment[i - 1] < 0 || last[i - 1] != (int32_t)(i - 1)) continue;
    if (dy_coder_word(m, DY_WS_BELIEF_VERB, dy_tok_norm(d, &d->toks[se->tok0 + i])) < 0) continue;
    if (strcmp(dy_tok_norm(d, &d->toks[se->tok0 + i + 1]), "to") || strcmp(dy_tok_norm(d, &d->toks[se->tok0 + i + 2]), "be")) continue;
    uint32_t e = i + 3;
    while (e < n && e < i + 8 && cl->ment[e] < 0 && !(d->toks[se->tok0 + e].flags & DY_TOK_PUNCT)) e++;
    if (e >= n || e >= i + 8 || cl->ment[e] < 0 || last[e] < 0 || (uint32_t)last[e] + 2 >= n) continue;
    uint32_t end = (uint32_t)last[e];
    for (uint32_t k = i; k <= end; k++) hide[k] = 4;
    bel_noun = (int32_t)(i - 1);
    bel_ment = (int32_t)end;
    if (trace) fprintf(stderr, "  rule belief-phrase [%.*s]\n", (int)(d->toks[se->tok0 + end].end - d->toks[se->tok0 + i].start), d->text + d->toks[se->tok0 + i].start);
  }
  uint32_t nr = 0;
  for (uint32_t i = 0; i < n; i++) {
    if (hide[i]) continue;
    if (last[i] >= 0 && last[i] != (int32_t)i && last[i] < (int32_t)n) continue;
    const dy_tok *t = &d->toks[se->tok0 + i];
    pt[nr].s = d->text + t->start;
    pt[nr].len = t->end - t->start;
    hint[nr] = name_end(d, cl->ment[i], se->tok0 + i) ? DY_PARSE_NAME
               : (dy_cl_wclass(cl, (int)i) & (DY_W_MODAL | DY_W_FUTURE)) ? DY_PARSE_MODAL : DY_PARSE_NOHINT;
    red[nr++] = (int32_t)i;
  }
  /* actor-intends-to: "The Trump administration plans to scale back
   * criticism", "the military wants to expand": an -s form of a verb of
   * word set intention or conative right after an actor mention and right
   * before "to" is the actor's verb, "to" its infinitive's marker (the
   * tagger reads "administration plans" as a compound noun) */
  for (uint32_t j = 1; j + 2 < nr; j++) {
    uint32_t i = (uint32_t)red[j], ip = (uint32_t)red[j - 1];
    if (cl->ment[i] >= 0 || cl->ment[ip] < 0 || last[ip] != (int32_t)ip || hint[j] != DY_PARSE_NOHINT) continue;
    size_t len = pt[j].len;
    if (len < 4 || len > 30 || pt[j].s[len - 1] != 's' || pt[j].s[len - 2] == 's' || pt[j].len == 0) continue;
    if (pt[j + 1].len != 2 || strncasecmp(pt[j + 1].s, "to", 2)) continue;
    char lem[32];
    for (size_t q = 0; q + 1 < len; q++) lem[q] = (char)tolower((unsigned char)pt[j].s[q]);
    lem[len - 1] = 0;
    if (dy_coder_word(m, DY_WS_INTENTION, lem) < 0 && dy_coder_word(m, DY_WS_CONATIVE, lem) < 0) continue;
    hint[j] = DY_UPOS_VERB;
    hint[j + 1] = DY_UPOS_PART;
    if (trace) fprintf(stderr, "  rule actor-intends-to [%.*s]\n", (int)len, pt[j].s);
  }
  if (nr == 0 || dy_parse_sentence_hinted(m->ps, pt, nr, hint, rn) != 0) { free(tph); return -1; }
  for (uint32_t j = 0; j < nr; j++) {
    dy_pnode *o = &cl->nd[red[j]];
    *o = rn[j];
    o->head = rn[j].head >= 0 && rn[j].head < (int)nr ? (int16_t)red[rn[j].head] : -1;
  }
  for (uint32_t i = 0; i < n; i++) {
    if (last[i] < 0 || last[i] == (int32_t)i || last[i] >= (int32_t)n) continue;
    uint16_t fl = d->toks[se->tok0 + i].flags;
    token_node(d, se, i, (fl & DY_TOK_PUNCT) ? DY_UPOS_PUNCT : (fl & DY_TOK_UPPER) ? DY_UPOS_PROPN : DY_UPOS_NOUN, last[i],
               m->L.flat >= 0 ? m->L.flat : m->L.compound, &cl->nd[i]);
  }
  for (uint32_t i = body; i < n; i++) {
    if (hide[i] != 3) continue;
    uint32_t a = i;
    while (a > 0 && hide[a - 1] == 3) a--;
    int word = (d->toks[se->tok0 + i].flags & DY_TOK_PUNCT) == 0;
    token_node(d, se, i, word ? DY_UPOS_NOUN : DY_UPOS_PUNCT, word ? (int)a - 1 : (int)a + 1,
               word ? (m->L.dep >= 0 ? m->L.dep : m->L.appos) : m->L.punct, &cl->nd[i]);
  }
  /* the actor named by the phrase is who the first one is when that one
   * is a sector of no state ("gunmen", "militants") */
  if (bel_noun >= 0 && strlen(d->ments[cl->ment[bel_noun]].code) == 3 && !dy_lex_country_name(lx, d->ments[cl->ment[bel_noun]].code)) {
    int32_t from = cl->ment[bel_noun], to = cl->ment[bel_ment];
    for (uint32_t i = 0; i < n; i++)
      if (cl->ment[i] == from) cl->ment[i] = to;
  }
  for (uint32_t i = 0; bel_noun >= 0 && i < n; i++) {
    if (hide[i] != 4 || (last[i] >= 0 && last[i] != (int32_t)i)) continue;
    if ((int32_t)i == bel_ment) {
      token_node(d, se, i, DY_UPOS_PROPN, bel_noun, m->L.nmod, &cl->nd[i]);
    } else {
      int prep = (dy_lex_wclass(lx, d->tid[se->tok0 + i]) & DY_W_PREP) != 0;
      token_node(d, se, i, prep ? DY_UPOS_ADP : DY_UPOS_VERB, bel_ment, prep ? m->L.case_ : (m->L.dep >= 0 ? m->L.dep : m->L.appos), &cl->nd[i]);
    }
  }
  main_verb(m, d, se, cl, hide);
  number_phrases(m, cl, hide);
  appeal_addressee(m, cl, hide);
  charge_gerund(m, cl, hide);
  contact_object(m, cl, hide);
  attach_time_phrases(m, d, se, cl, hide, tph);
  free(tph);
  /* to-verb: "is attempting to position itself as a mediator": a word the
   * tagger read as a noun after "to" that begins a verb pattern, the object
   * of a verb, is that verb's infinitive complement */
  for (uint32_t i = 2; dict && i < n; i++) {
    dy_pnode *o = &cl->nd[i], *to = &cl->nd[i - 1];
    int h = o->head;
    if (hide[i] || o->upos != DY_UPOS_NOUN || dict[i] < 0 || dict[i - 1] == dict[i] || dy_lex_pattern(lx, dict[i])->nominal) continue;
    if (strcmp(dy_tok_norm(d, &d->toks[se->tok0 + i - 1]), "to") || to->head != (int)i || h < 0 || h >= (int)i - 1) continue;
    if (cl->nd[h].upos != DY_UPOS_VERB || (o->label != m->L.obl && o->label != m->L.obj && o->label != m->L.nmod)) continue;
    o->upos = DY_UPOS_VERB;
    o->label = (uint8_t)m->L.xcomp;
    if (m->L.mark >= 0) to->label = (uint8_t)m->L.mark;
    to->upos = DY_UPOS_PART;
  }
  /* rule to-verb-subject: "carried out by the PKK to undermine Ankara's
   * ties": a word after "to" that begins a verb pattern, which the parser
   * made the subject of the noun after it ("to" that noun's mark), is the
   * infinitive, a clause of the noun's governor, and the noun its object */
  for (uint32_t i = 2; dict && i + 1 < n; i++) {
    dy_pnode *v = &cl->nd[i], *to = &cl->nd[i - 1];
    int h = v->head;
    if (hide[i] || dict[i] < 0 || dict[i - 1] == dict[i] || dy_lex_pattern(lx, dict[i])->nominal || v->label != m->L.nsubj || cl->ment[i] >= 0) continue;
    if (strcmp(dy_tok_norm(d, &d->toks[se->tok0 + i - 1]), "to") || h <= (int)i || to->head != h || cl->nd[h].upos != DY_UPOS_NOUN) continue;
    int g = cl->nd[h].head;
    if (g < 0 || g >= (int)i || cl->nd[g].upos != DY_UPOS_VERB || (cl->nd[h].label != m->L.obl && cl->nd[h].label != m->L.obj)) continue;
    if (trace) fprintf(stderr, "    rule to-verb-subject: '%s' a clause of '%s', '%s' its object\n", v->lemma, cl->nd[g].lemma, cl->nd[h].lemma);
    v->upos = DY_UPOS_VERB;
    v->head = (int16_t)g;
    v->label = (uint8_t)m->L.advcl;
    to->head = (int16_t)i;
    if (m->L.mark >= 0) to->label = (uint8_t)m->L.mark;
    to->upos = DY_UPOS_PART;
    cl->nd[h].head = (int16_t)i;
    cl->nd[h].label = (uint8_t)m->L.obj;
  }
  /* participle-object: "Iran supported Pakistan, supplying weapons and
   * fuel": the parser read a participle after a comma, the first word of
   * a verb pattern, as a modifier of the bare noun after it, the noun as
   * the verb's oblique; the participle is a clause of that verb, the noun
   * its object */
  for (uint32_t i = 2; dict && i + 1 < n; i++) {
    dy_pnode *v = &cl->nd[i];
    int o = v->head;
    if (hide[i] || dict[i] < 0 || dy_lex_pattern(lx, dict[i])->nominal || v->label != m->L.amod || o != (int)i + 1) continue;
    if (!(dy_cl_wclass(cl, (int)i) & DY_W_ING) || strcmp(dy_tok_norm(d, &d->toks[se->tok0 + i - 1]), ",") || cl->ment[o] >= 0) continue;
    int g = cl->nd[o].head;
    if (g < 0 || g >= (int)i || cl->nd[g].upos != DY_UPOS_VERB || cl->nd[o].upos != DY_UPOS_NOUN ||
        (cl->nd[o].label != m->L.obl && cl->nd[o].label != m->L.obj)) continue;
    int det = 0;
    for (uint32_t k = 0; k < n; k++)
      if (cl->nd[k].head == o && (int)k < o && (cl->nd[k].label == m->L.det || cl->nd[k].label == m->L.case_)) det = 1;
    if (det) continue;
    if (trace) fprintf(stderr, "    rule participle-object: '%s' is a clause of '%s', '%s' its object\n", v->lemma, cl->nd[g].lemma, cl->nd[o].lemma);
    v->head = (int16_t)g;
    v->label = (uint8_t)m->L.advcl;
    v->upos = DY_UPOS_VERB;
    cl->nd[o].head = (int16_t)i;
    cl->nd[o].label = (uint8_t)m->L.obj;
    if (cl->nd[i - 1].head == o) cl->nd[i - 1].head = (int16_t)i;
  }
  /* rule trailing-speaker: "... against the group on Wednesday, the
   * Pentagon said.": a verb of saying closing the sentence after a comma
   * and an actor, with no subject of its own, has that actor as its
   * subject (the parser hung it on a noun of the clause before, which then
   * took the speaker for its target) */
  for (uint32_t i = 2; i < n; i++) {
    dy_pnode *v = &cl->nd[i];
    if (hide[i] || v->upos != DY_UPOS_VERB || !(dy_cl_wclass(cl, (int)i) & DY_W_SAY)) continue;
    uint32_t e = i + 1;
    while (e < n && cl->nd[e].upos == DY_UPOS_PUNCT) e++;
    if (e != n) continue;
    int subj = 0;
    for (uint32_t k = 0; k < n && !subj; k++) subj = cl->nd[k].head == (int)i && (cl->nd[k].label == m->L.nsubj || cl->nd[k].label == m->L.nsubj_pass);
    if (subj) continue;
    int h = (int)i - 1, mm = cl->ment[h];
    if (mm < 0 || d->ments[mm].tok1 - 1 != se->tok0 + (uint32_t)h) continue;
    uint32_t s0 = d->ments[mm].tok0 - se->tok0;
    if (s0 > 0 && !strcmp(cl->nd[s0 - 1].lemma, "the")) s0--;
    if (s0 == 0 || strcmp(dy_tok_norm(d, &d->toks[se->tok0 + s0 - 1]), ",")) continue;
    if (cl->nd[h].head == (int)i) continue;
    if (trace) fprintf(stderr, "    rule trailing-speaker: '%s' is the subject of '%s'\n", cl->nd[h].lemma, v->lemma);
    cl->nd[h].head = (int16_t)i;
    cl->nd[h].label = (uint8_t)m->L.nsubj;
  }
  /* rule perfect-aux: "Labour had lost control": the parser made "had"
   * the head and the participle its complement (xcomp, with no "to"); the
   * participle is the verb, "had" its auxiliary */
  for (uint32_t i = 0; i + 1 < n; i++) {
    dy_pnode *a = &cl->nd[i];
    if (hide[i] || a->upos != DY_UPOS_AUX || strcmp(a->lemma, "have")) continue;
    int x = -1;
    for (int k = 0; k < (int)n && x < 0; k++)
      if (cl->nd[k].head == (int)i && cl->nd[k].label == m->L.xcomp && k > (int)i && k <= (int)i + 3 && cl->nd[k].upos == DY_UPOS_VERB) x = k;
    if (x < 0) continue;
    int to = 0;
    for (int k = 0; k < (int)n; k++)
      if (cl->nd[k].head == x && cl->nd[k].label == m->L.mark && !strcmp(cl->nd[k].lemma, "to")) to = 1;
    if (to) continue;
    if (trace) fprintf(stderr, "    rule perfect-aux: '%s' is the verb, '%s' its auxiliary\n", cl->nd[x].lemma, a->lemma);
    cl->nd[x].head = a->head;
    cl->nd[x].label = a->label;
    for (int k = 0; k < (int)n; k++)
      if (cl->nd[k].head == (int)i && k != x) cl->nd[k].head = (int16_t)x;
    a->head = (int16_t)x;
    a->label = (uint8_t)m->L.aux;
  }
  /* adverb-conjunct: "has reacted calmly and obligingly offered the US
   * concessions": the parser made the adverb after "and" the conjunct and
   * the verb after it a clause of its own; the verb is the conjunct, the
   * adverb its manner */
  for (uint32_t i = 1; i + 1 < n; i++) {
    dy_pnode *a = &cl->nd[i], *v = &cl->nd[i + 1];
    if (hide[i] || hide[i + 1] || a->upos != DY_UPOS_ADV || a->label != m->L.conj || v->upos != DY_UPOS_VERB) continue;
    if (cl->nd[i - 1].upos != DY_UPOS_CCONJ || cl->nd[i - 1].head != (int)i || v->head == (int)i) continue;
    if (v->label != m->L.advcl && v->label != m->L.parataxis && v->label != m->L.dep) continue;
    int g = v->head;
    if (g < 0 || g >= (int)i || (cl->nd[g].upos != DY_UPOS_VERB && cl->nd[g].upos != DY_UPOS_AUX)) continue;
    int ok = 1; /* a clause with its own subject or marker is no conjunct */
    for (uint32_t k = 0; k < n && ok; k++)
      if (cl->nd[k].head == (int)i + 1 && (cl->nd[k].label == m->L.nsubj || cl->nd[k].label == m->L.mark || cl->nd[k].label == m->L.nsubj_pass)) ok = 0;
    if (!ok) continue;
    if (trace) fprintf(stderr, "    rule adverb-conjunct: '%s' is the conjunct of '%s', '%s' its manner\n", v->lemma, cl->nd[g].lemma, a->lemma);
    v->label = (uint8_t)m->L.conj;
    for (uint32_t k = 0; k < n; k++)
      if (cl->nd[k].head == (int)i) cl->nd[k].head = (int16_t)(i + 1);
    a->head = (int16_t)(i + 1);
    a->label = (uint8_t)m->L.advmod;
  }
  /* fronted-conjunct: "During the president's visit, discussions between
   * the two sides may have included ...": the parser joined the noun after
   * the comma that closes a fronted phrase to that phrase's noun as its
   * conjunct, and the main verb after it has no subject; the noun is the
   * verb's subject, and the phrases the parser hung on the fronted noun
   * after it are the subject's */
  for (uint32_t i = 2; i < n; i++) {
    dy_pnode *nn = &cl->nd[i];
    if (hide[i] || nn->label != m->L.conj || (nn->upos != DY_UPOS_NOUN && nn->upos != DY_UPOS_PROPN)) continue;
    int f = nn->head, v = f >= 0 && f < (int)i ? cl->nd[f].head : -1;
    if (f < 0 || f >= (int)i) continue;
    if (strcmp(dy_tok_norm(d, &d->toks[se->tok0 + i - 1]), ",") || cl->nd[f].label != m->L.obl || v <= (int)i || cl->nd[v].upos != DY_UPOS_VERB) continue;
    /* the fronted phrase opens the sentence with its preposition */
    int first = -1;
    for (uint32_t k = body; k < n && first < 0; k++) if (!hide[k]) first = (int)k;
    if (first < 0 || cl->nd[first].label != m->L.case_ || cl->nd[first].head != f) continue;
    int ok = 1;
    for (uint32_t k = 0; k < n && ok; k++) {
      int hk = cl->nd[k].head;
      if (hk == v && (cl->nd[k].label == m->L.nsubj || cl->nd[k].label == m->L.nsubj_pass || cl->nd[k].label == m->L.expl)) ok = 0;
      if (hk == (int)i && cl->nd[k].label == m->L.cc) ok = 0; /* "X, Y and Z": a list */
      if (hk == f && (int)k > (int)i && cl->nd[k].label == m->L.conj) ok = 0;
    }
    if (!ok) continue;
    if (trace) fprintf(stderr, "    rule fronted-conjunct: '%s' is the subject of '%s'\n", nn->lemma, cl->nd[v].lemma);
    nn->head = (int16_t)v;
    nn->label = (uint8_t)m->L.nsubj;
    for (uint32_t k = i + 1; k < (uint32_t)v; k++)
      if (cl->nd[k].head == f && cl->nd[k].label == m->L.nmod) cl->nd[k].head = (int16_t)i;
  }
  /* perfect-conjunct: "The United States determined that members of the
   * RSF had committed genocide, and imposed sanctions on its commander":
   * a verb after ", and" with no subject or auxiliary of its own that the
   * parser joined to a perfect ("had committed") in a "that" clause is the
   * conjunct of the verb that governs the clause */
  for (uint32_t i = 2; i < n; i++) {
    dy_pnode *v = &cl->nd[i];
    int h = v->head;
    if (hide[i] || v->upos != DY_UPOS_VERB || v->label != m->L.conj || h < 0 || h >= (int)i || cl->nd[h].label != m->L.ccomp) continue;
    if (strcmp(dy_tok_norm(d, &d->toks[se->tok0 + i - 1]), "and") || strcmp(dy_tok_norm(d, &d->toks[se->tok0 + i - 2]), ",")) continue;
    int g = cl->nd[h].head, perfect = 0, mark = 0, own = 0;
    if (g < 0 || g >= h || cl->nd[g].upos != DY_UPOS_VERB) continue;
    for (uint32_t k = 0; k < n; k++) {
      const dy_pnode *x = &cl->nd[k];
      if (x->head == h && x->label == m->L.aux && !strcmp(dy_tok_norm(d, &d->toks[se->tok0 + k]), "had")) perfect = 1;
      if (x->head == h && x->label == m->L.mark && !strcmp(dy_tok_norm(d, &d->toks[se->tok0 + k]), "that")) mark = 1;
      if (x->head == (int)i && (x->label == m->L.nsubj || x->label == m->L.nsubj_pass || x->label == m->L.aux || x->label == m->L.aux_pass || x->label == m->L.mark)) own = 1;
    }
    if (!perfect || !mark || own) continue;
    if (trace) fprintf(stderr, "    rule perfect-conjunct: '%s' is the conjunct of '%s', not of '%s'\n", v->lemma, cl->nd[g].lemma, cl->nd[h].lemma);
    v->head = (int16_t)g;
  }
  /* noun-conjunct-subject: "The Taliban's ambassador condemned the
   * attacks, and bin Laden, in a videotape broadcast by Al Jazeera, vowed
   * that ...": a name after ", and" that the parser joined to a verb as its
   * conjunct, before a later conjunct verb of it with no subject, is that
   * verb's subject, and the phrases after the name are that verb's */
  for (uint32_t i = 2; i < n; i++) {
    dy_pnode *nn = &cl->nd[i];
    int h = nn->head;
    /* (as its conjunct, or an oblique or object with no preposition) */
    if (hide[i] || (nn->label != m->L.conj && nn->label != m->L.obl && nn->label != m->L.obj) || (nn->upos != DY_UPOS_NOUN && nn->upos != DY_UPOS_PROPN) ||
        cl->ment[i] < 0)
      continue;
    if (h < 0 || h >= (int)i || cl->nd[h].upos != DY_UPOS_VERB) continue;
    int prep = 0;
    for (uint32_t k = 0; k < n && !prep; k++) prep = cl->nd[k].head == (int)i && cl->nd[k].label == m->L.case_;
    if (prep) continue;
    uint32_t a = i;
    while (a > 0 && cl->ment[a - 1] == cl->ment[i]) a--;
    if (a < 2 || strcmp(dy_tok_norm(d, &d->toks[se->tok0 + a - 1]), "and") || strcmp(dy_tok_norm(d, &d->toks[se->tok0 + a - 2]), ",")) continue;
    int v = -1;
    for (uint32_t k = i + 1; k < n && v < 0; k++)
      if (!hide[k] && cl->nd[k].head == h && cl->nd[k].label == m->L.conj && cl->nd[k].upos == DY_UPOS_VERB) v = (int)k;
    if (v < 0) continue;
    int own = 0;
    for (uint32_t k = 0; k < n && !own; k++)
      own = cl->nd[k].head == v && (cl->nd[k].label == m->L.nsubj || cl->nd[k].label == m->L.nsubj_pass);
    if (own) continue;
    if (trace) fprintf(stderr, "    rule noun-conjunct-subject: '%s' is the subject of '%s'\n", nn->lemma, cl->nd[v].lemma);
    for (uint32_t k = i + 1; k < n; k++)
      if (k != (uint32_t)v && cl->nd[k].head == h && cl->nd[k].label != m->L.cc && cl->nd[k].label != m->L.punct && cl->nd[k].label != m->L.conj)
        cl->nd[k].head = (int16_t)v;
    for (uint32_t k = 0; k < i; k++)
      if (cl->nd[k].head == (int)i && cl->nd[k].label == m->L.cc) cl->nd[k].head = (int16_t)v;
    nn->head = (int16_t)v;
    nn->label = (uint8_t)m->L.nsubj;
  }
  int root = -1;
  for (uint32_t i = body; i < n && root < 0; i++)
    if (!hide[i] && cl->nd[i].head < 0) root = (int)i;
  for (uint32_t i = 0; i < body; i++) {
    uint16_t fl = d->toks[se->tok0 + i].flags;
    token_node(d, se, i, (fl & DY_TOK_PUNCT) ? DY_UPOS_PUNCT : (fl & DY_TOK_DIGIT) ? DY_UPOS_NUM : DY_UPOS_PROPN, root,
               m->L.dep >= 0 ? m->L.dep : m->L.root, &cl->nd[i]);
  }
  for (int i = (int)n - 1; i >= 0; i--) {
    int h = cl->nd[i].head;
    if (h < 0 || h >= (int)n || h == i) { cl->nd[i].head = -1; continue; }
    cl->nx[i] = cl->fc[h];
    cl->fc[h] = i;
  }
  return 0;
}

/* A mention with no code for the phrase headed by token a of cl. */
static void unresolved(const dy_clause *cl, int a, dy_mention *m) {
  int t0, t1;
  dy_phrase_span(cl, a, &t0, &t1);
  memset(m, 0, sizeof *m);
  m->sent = cl->s;
  m->tok0 = cl->t0 + (uint32_t)t0;
  m->tok1 = cl->t0 + (uint32_t)t1;
  m->entry = m->person = -1;
  const dy_tok *a0 = &cl->d->toks[m->tok0], *a1 = &cl->d->toks[m->tok1 - 1];
  size_t n = a1->end - a0->start < sizeof m->name - 1 ? a1->end - a0->start : sizeof m->name - 1;
  memcpy(m->name, cl->d->text + a0->start, n);
  m->name[n] = 0;
}

/* The root of the dictionary verb pattern matched at token t of cl, -1. */
static int pattern_root(const dy_clause *cl, int t) {
  if (cl->dict[t] < 0) return -1;
  const dy_pattern *p = dy_lex_pattern(cl->lx, cl->dict[t]);
  return (p->code[0] - '0') * 10 + (p->code[1] - '0');
}


/* The roots a clause's modality gives an act whatever its verb: a stated
 * intention (03), a demand (10), a refusal (12), a threat (13). The model
 * reads them from the frame, not from the verb's pattern. */
static int modal_root(int r) { return r == 3 || r == 10 || r == 12 || r == 13; }

/* CAMEO's QuadClass of a root: 1 verbal and 2 material cooperation, 3
 * verbal and 4 material conflict. */
static int quad_of_root(int r) { return r <= 5 ? 1 : r <= 8 ? 2 : r <= 13 ? 3 : 4; }

/* Rule specific-pattern: the root of the verb pattern matched at t when
 * that pattern names what the verb acts on ("stop * vessels", "send *
 * troops into +": a verb, a gap and a word of its object), 0 when the
 * pattern is the verb alone or a fixed phrase. Such a pattern tells the
 * verb's sense, which the model may read from the verb's other uses: a
 * material act it names (QuadClass 2 or 4) overrules a class of another
 * QuadClass ("stopped two Philippine vessels" is no concession, "sent
 * troops into Somalia" no aid), and material cooperation (06) it names
 * overrules aid (07: "sent prisoners to Spain" is judicial cooperation,
 * what is sent is no aid), and coercion (17) overrules force (19: "fired
 * a water cannon" is 175, no artillery); modal roots (03, 10, 12, 13) stay, and so
 * does aid the pattern would read as a show of force (15: "sent troops to
 * Niger" at its side). */
static int specific_pattern_root(const dy_clause *cl, int t) {
  if (cl->dict[t] < 0) return 0;
  const dy_pattern *p = dy_lex_pattern(cl->lx, cl->dict[t]);
  if (p->nominal || p->nelem < 3) return 0;
  int gap = 0;
  for (uint32_t i = 1; i < p->nelem; i++) {
    const dy_pelem *e = dy_lex_pelem(cl->lx, p, i);
    if (e->type == DY_PE_GAP) gap = 1;
    else if (gap && e->type == DY_PE_WORDS) return (p->code[0] - '0') * 10 + (p->code[1] - '0');
  }
  return 0;
}

/* agentless-attack: the root (18-20) of the verb pattern at t when t's
 * "in" or "during" phrase is a noun of word set attack-noun ("were
 * injured in a quadcopter attack"); 0 when not. */
static int attack_noun(const dy_clause *cl, int t) {
  for (int q = cl->fc[t]; q >= 0; q = cl->nx[q]) {
    if (cl->nd[q].label != cl->m->L.obl ||
        (dy_coder_word(cl->m, DY_WS_ATTACK_NOUN, cl->nd[q].lemma) < 0 && dy_coder_word(cl->m, DY_WS_MUTUAL_NOUN, cl->nd[q].lemma) < 0)) continue;
    int cs = dy_cl_child(cl, q, cl->m->L.case_);
    if (cs >= 0 && (!strcmp(dy_cl_word(cl, cs), "in") || !strcmp(dy_cl_word(cl, cs), "during"))) return q;
  }
  return -1;
}

static int agentless_attack(const dy_clause *cl, int t) {
  int r = pattern_root(cl, t);
  if (r < 18 || r > 20) return 0;
  return attack_noun(cl, t) >= 0 ? r : 0;
}

/* attack-agent: the actor that made attack noun q, its modifier or
 * possessive ("a Hamas attack", "an Israeli strike", "Russia's attack") or
 * its "by" phrase ("an attack by militants"); -1 when none. */
static int attack_agent(const dy_clause *cl, int q) {
  const dy_labels *L = &cl->m->L;
  for (int g = cl->fc[q]; g >= 0; g = cl->nx[g]) {
    int l = cl->nd[g].label, mi = cl->ment[g];
    if (mi < 0) continue;
    if ((l == L->compound || l == L->amod || l == L->nmod_poss) && g < q) return mi;
    if (l == L->nmod && g > q) {
      int cs = dy_cl_child(cl, g, L->case_);
      if (cs >= 0 && !strcmp(dy_cl_word(cl, cs), "by")) return mi;
      /* "killed in a clash with Chinese troops": the other side of a
       * noun of mutual fighting (word set mutual-noun) */
      if (cs >= 0 && !strcmp(dy_cl_word(cl, cs), "with") && dy_coder_word(cl->m, DY_WS_MUTUAL_NOUN, cl->nd[q].lemma) >= 0) return mi;
    }
  }
  return -1;
}

/* Rule object-pattern: is there a verb pattern "VERB * NOUN" of root r
 * whose verb governs the noun at t as its object or a conjunct of it, and
 * whose noun is t's word, the gap too short for the words between
 * ("providing aerial photographs and other military intelligence to":
 * "provide * intelligence", 064)? A second witness of the root, as a
 * pattern matched at the trigger is (rule pattern-margin). */
static int object_pattern_root(const dy_clause *cl, int t, int r) {
  const dy_labels *L = &cl->m->L;
  if (cl->nd[t].upos != DY_UPOS_NOUN || cl->nd[t].head < 0) return 0;
  int v = cl->nd[t].head;
  if (cl->nd[t].label == L->conj && cl->nd[v].label == L->obj && cl->nd[v].head >= 0) v = cl->nd[v].head;
  else if (cl->nd[t].label != L->obj) return 0;
  if (v >= t || cl->nd[v].upos != DY_UPOS_VERB) return 0;
  int32_t vid = cl->d->tid[cl->t0 + (uint32_t)v], nid = cl->d->tid[cl->t0 + (uint32_t)t];
  uint32_t np = 0;
  const int32_t *pats = vid >= 0 && nid >= 0 ? dy_lex_patterns_at(cl->lx, vid, &np) : NULL;
  for (uint32_t q = 0; q < np; q++) {
    const dy_pattern *p = dy_lex_pattern(cl->lx, pats[q]);
    if (p->nominal || p->nelem < 3 || (p->code[0] - '0') * 10 + (p->code[1] - '0') != r) continue;
    const dy_pelem *e0 = dy_lex_pelem(cl->lx, p, 0), *e1 = dy_lex_pelem(cl->lx, p, 1), *e2 = dy_lex_pelem(cl->lx, p, 2);
    if (e0->type == DY_PE_WORDS && e1->type == DY_PE_GAP && e2->type == DY_PE_WORDS && has_alt(cl->lx, e2, nid)) return 1;
  }
  return 0;
}

/* rule comitative-joint: is node x a "with" phrase on a noun a word of
 * word set joint modifies ("a joint statement with Brazil")? */
static int joint_with(const dy_coder_models *m, const dy_clause *cl, int x) {
  if (x < 0) return 0;
  int cs = dy_cl_child(cl, x, m->L.case_), h = cl->nd[x].head;
  if (cs < 0 || strcmp(dy_cl_word(cl, cs), "with") || h < 0 || cl->nd[h].upos != DY_UPOS_NOUN) return 0;
  for (int k = cl->fc[h]; k >= 0; k = cl->nx[k])
    if (k < h && dy_coder_word(m, DY_WS_JOINT, cl->nd[k].lemma) >= 0) return 1;
  return 0;
}

/* Is the trigger t, or does it govern within three steps down, an act
 * partners do with each other (word set mutual-act), a verb pattern of a root of policy.txt mutual-roots, a
 * reciprocal verb, a noun of a meeting or of mutual fighting, an adverb
 * of acting jointly ("failed to reach agreement", "by continuing to
 * battle", "agreed to hold talks", "agreed to act more closely")?
 * (rule co-agents-together) */
static int mutual_under(const dy_coder_models *m, const dy_clause *cl, int t) {
  int q[48], depth[48], nq = 0;
  if (dy_coder_word(m, DY_WS_MUTUAL_ACT, cl->nd[t].lemma) >= 0) return 1;
  for (int k = cl->fc[t]; k >= 0 && nq < 48; k = cl->nx[k]) { q[nq] = k; depth[nq++] = 1; }
  for (int h = 0; h < nq; h++) {
    /* a clause with a subject of its own is others' act ("..., while
     * hundreds more gathered on the other side"), and so is a passive
     * ("called for the elected government to be restored") */
    if (dy_cl_child(cl, q[h], m->L.nsubj) >= 0 || dy_cl_child(cl, q[h], m->L.nsubj_pass) >= 0 || dy_cl_child(cl, q[h], m->L.aux_pass) >= 0) continue;
    int v = q[h], r = pattern_root(cl, v);
    const char *lm = cl->nd[v].lemma;
    /* a noun the trigger itself governs is what the act is about, not an
     * act of the partners ("praised the deal") */
    int noun = cl->nd[v].upos == DY_UPOS_NOUN || cl->nd[v].upos == DY_UPOS_PROPN;
    if ((r > 0 && r <= 20 && m->mutual[r]) || dy_coder_word(m, DY_WS_RECIPROCAL, lm) >= 0 ||
        ((depth[h] > 1 || !noun) && (dy_coder_word(m, DY_WS_MEETING_NOUN, lm) >= 0 || dy_coder_word(m, DY_WS_MUTUAL_ACT, lm) >= 0 ||
                                     dy_coder_word(m, DY_WS_MUTUAL_NOUN, lm) >= 0)) ||
        dy_coder_word(m, DY_WS_JOINTLY, lm) >= 0 || dy_coder_word(m, DY_WS_MUTUAL_TIE, lm) >= 0)
      return 1;
    if (depth[h] >= 3) continue;
    /* nor is a verb that modifies a noun ("groups trying to reach the
     * beach": what the groups do) */
    for (int k = cl->fc[v]; k >= 0 && nq < 48; k = cl->nx[k])
      if (!noun || cl->nd[k].upos != DY_UPOS_VERB) { q[nq] = k; depth[nq++] = depth[h] + 1; }
  }
  return 0;
}

/* The root of the act an intention at t is to do: the root of the verb's
 * own pattern ("send troops": 07), or, for a pattern of an intention
 * ("willing to withdraw": 0356), the root whose intention code it has
 * (intent.txt: 08 -> 035). 3 when neither says. */
static int intended_root(const dy_coder_models *m, const dy_clause *cl, int t) {
  int r = pattern_root(cl, t);
  if (r < 0) return 3;
  if (r != 3) return r;
  const char *code = dy_lex_pattern(cl->lx, cl->dict[t])->code;
  for (int q = 0; q <= 20; q++)
    if (q != 3 && !strncmp(m->intent[q], "03", 2) && strlen(m->intent[q]) == 3 && !strncmp(code, m->intent[q], 3)) return q;
  return 3;
}

/* The act a stated intention or refusal at candidate k is of, into act:
 * its code, or, when the model's root r is the intention or the refusal
 * itself (03, 12), the code of the verb pattern at the trigger or its
 * complement (or that one's: "is willing to withdraw") that is of another root ("will withdraw": 0874, "will not
 * lift the ban": 081). */
/* negated-force-intent: is a "to" complement of verb t force (18-20, as
 * the model or the dictionary reads it, itself or its complement) that a
 * negation of its own before its "to" negates ("agreed not to attack",
 * "vowed never to use force")? */
/* Is q a "to" complement with a negation of its own before its "to"
 * ("not to attack")? */
static int negated_infinitive(const dy_clause *cl, int q) {
  const dy_labels *L = &cl->m->L;
  if (cl->nd[q].label != L->xcomp && cl->nd[q].label != L->ccomp) return 0;
  int to = -1, neg = -1;
  for (int k = cl->fc[q]; k >= 0; k = cl->nx[k]) {
    if (cl->nd[k].label == L->mark && (dy_cl_wclass(cl, k) & DY_W_TO)) to = k;
    if ((cl->nd[k].label == L->advmod || cl->nd[k].label == L->aux) && (dy_cl_wclass(cl, k) & DY_W_NEG)) neg = k;
  }
  return to >= 0 && neg >= 0 && neg < to;
}

static int negated_force_complement(const dy_clause *cl, int t, const int8_t *cls) {
  const dy_labels *L = &cl->m->L;
  for (int q = cl->fc[t]; q >= 0; q = cl->nx[q]) {
    if (!negated_infinitive(cl, q)) continue;
    int x = dy_cl_child(cl, q, L->xcomp), pr = pattern_root(cl, q), px = x >= 0 ? pattern_root(cl, x) : -1;
    if ((cls[q] >= 18 && cls[q] <= 20) || (pr >= 18 && pr <= 20) || (x >= 0 && ((cls[x] >= 18 && cls[x] <= 20) || (px >= 18 && px <= 20)))) return 1;
  }
  return 0;
}

static void stated_act(const dy_clause *cl, const dy_cand *k, int r, const char *code, char *act) {
  dy_scopy(act, 8, code);
  if (r != 3 && r != 12) return;
  /* a copula's predicate has the complement ("is willing to withdraw": the trigger "is") */
  int v = cl->nd[k->trig].label == cl->m->L.cop && cl->nd[k->trig].head >= 0 ? cl->nd[k->trig].head : k->trig;
  int x = dy_cl_child(cl, v, cl->m->L.xcomp);
  int toks[3] = {k->trig, x, x >= 0 ? dy_cl_child(cl, x, cl->m->L.xcomp) : -1}; /* "is willing to withdraw" */
  for (int i = 0; i < 3; i++) {
    int q = toks[i] >= 0 ? pattern_root(cl, toks[i]) : -1;
    if (q > 1 && q != 3 && q != 12 && q != 13) { dy_scopy(act, 8, dy_lex_pattern(cl->lx, cl->dict[toks[i]])->code); return; }
  }
}

/* The words of mention *m as a side's span: with the modifiers before it
 * that name no actor of their own ("a group of Yoruba leaders": "Yoruba
 * leaders", "Kosovo Municipality Association officials"; rule
 * phrase-span). *m itself when there are none; else a copy in *o. */
static const dy_mention *side_span(const dy_clause *cl, const dy_mention *m, dy_mention *o) {
  int mi = (int)(m - cl->d->ments), lo = -1;
  if (mi < (int)cl->m0 || mi >= (int)cl->m1 || m->tok0 < cl->t0) return m;
  int first = (int)(m->tok0 - cl->t0);
  for (uint32_t x = 0; x < cl->n; x++) {
    if (cl->ment[x] != mi || (cl->nd[x].head >= 0 && cl->ment[cl->nd[x].head] == mi)) continue;
    for (int k = cl->fc[x]; k >= 0; k = cl->nx[k]) {
      int l = cl->nd[k].label;
      if (k >= first || cl->ment[k] >= 0) continue;
      if (l != cl->m->L.compound && l != cl->m->L.amod && l != cl->m->L.flat) continue;
      int a, b;
      dy_phrase_span(cl, k, &a, &b);
      if (lo < 0 || a < lo) lo = a;
    }
    break;
  }
  if (lo < 0 || first - lo > 4) return m;
  for (int q = lo; q < first; q++)
    if (cl->ment[q] >= 0 || cl->nd[q].upos == DY_UPOS_PUNCT) return m;
  *o = *m;
  o->tok0 = cl->t0 + (uint32_t)lo;
  return o;
}

/* A mention for place p of sentence s, coded by its state. */
static void place_mention(const dy_doc *d, int p, uint32_t s, dy_mention *m) {
  const dy_place *pl = &d->places[p];
  memset(m, 0, sizeof *m);
  m->sent = s;
  m->tok0 = pl->tok0;
  m->tok1 = pl->tok1;
  m->entry = m->person = -1;
  m->kind = DY_ACT_COUNTRY;
  dy_scopy(m->code, sizeof m->code, pl->cc3);
  size_t n = pl->end - pl->start < sizeof m->name - 1 ? pl->end - pl->start : sizeof m->name - 1;
  memcpy(m->name, d->text + pl->start, n);
  m->name[n] = 0;
}

/* Is node a, under noun t, in a phrase of a preposition of word set
 * topic-prep on the way up to t ("talks about the conflicts in Ukraine")? */
static int topic_phrase(const dy_clause *cl, int a, int t) {
  int topic = 0, x = a;
  for (int depth = 0; x >= 0 && x != t && depth < (int)cl->n; x = cl->nd[x].head, depth++)
    for (int q = cl->fc[x]; q >= 0; q = cl->nx[q])
      if (cl->nd[q].label == cl->m->L.case_ && dy_coder_word(cl->m, DY_WS_TOPIC_PREP, cl->nd[q].lemma) >= 0) topic = 1;
  return topic && x == t;
}

/* Codes sentence c with the parse and the event model: every trigger
 * word's roles, modality and features; the model's class decides whether
 * it is an event and its root. A verb whose governing verb is an event of
 * its own ("agreed to expand", "refused to lift") is part of that event. */
/* An event of the sentence with no coded target is the same event as one
 * with the same source, kind and modality that names its target ("is
 * willing to withdraw its troops from Kherson": the copula's event and the
 * verb's); the named one stays. */
static void drop_subsumed(const sctx *c, uint32_t e0) {
  dy_doc *d = c->d;
  uint32_t w = e0;
  for (uint32_t i = e0; i < d->nevents; i++) {
    const dy_event *e = &d->events[i];
    int sub = 0;
    for (uint32_t j = e0; j < d->nevents && !sub && !e->target[0] && e->source[0]; j++)
      sub = j != i && d->events[j].target[0] && !strcmp(d->events[j].source, e->source) && !strncmp(d->events[j].root, e->root, 2) &&
            d->events[j].modality == e->modality;
    if (sub) {
      if (trace) fprintf(stderr, "    dropped [%.*s]: subsumed\n", (int)(e->verb_end - e->verb_start), d->text + e->verb_start);
      continue;
    }
    if (w != i) d->events[w] = *e;
    w++;
  }
  d->nevents = w;
}

/* Is the code that of an armed group with no state's arms: rebels,
 * insurgents, or one of their organisations (PAKINSTTP, PSEREBHMS)? */
static int armed_group(const char *code) {
  size_t l = strlen(code);
  if (l == 3) return !strcmp(code, "REB") || !strcmp(code, "INS");
  return l >= 6 && (!strncmp(code + 3, "REB", 3) || !strncmp(code + 3, "INS", 3));
}

/* Does the clause of trigger t (its own words, or those of the noun it
 * describes: "drone attacks ..., which targeted") name an explosive device
 * (word set explosive)? */
static int explosive_in(const dy_coder_models *m, const dy_clause *cl, int t) {
  int r = t;
  for (int up = 0; up < 3 && cl->nd[r].head >= 0 &&
                   (cl->nd[r].label == m->L.conj || cl->nd[r].label == m->L.acl_relcl || cl->nd[r].label == m->L.acl);
       up++)
    r = cl->nd[r].head;
  for (uint32_t q = 0; q < cl->n; q++) {
    if (dy_coder_word(m, DY_WS_EXPLOSIVE, cl->nd[q].lemma) < 0) continue;
    int a = (int)q;
    for (int up = 0; a >= 0 && a != r && up < 64; up++) a = cl->nd[a].head;
    if (a == r) return 1;
  }
  return 0;
}


/* bomb-clause: is every explosive (word set explosive) of trigger t's
 * clause in a clause of its own below t, an adverbial clause or conjunct
 * headed by a verb ("militants engaged troops through an exchange of fire,
 * even as they dropped a mortar shell from a drone")? That bombing is an
 * act beside t's, not the way t was done. */
static int bomb_clause(const dy_coder_models *m, const dy_clause *cl, int t) {
  int any = 0;
  for (uint32_t q = 0; q < cl->n; q++) {
    if (dy_coder_word(m, DY_WS_EXPLOSIVE, cl->nd[q].lemma) < 0) continue;
    int a = (int)q, sub = 0;
    for (int up = 0; a >= 0 && a != t && up < 64; up++) {
      int h = cl->nd[a].head;
      if (h == t && cl->nd[a].upos == DY_UPOS_VERB && (cl->nd[a].label == m->L.advcl || cl->nd[a].label == m->L.conj)) sub = 1;
      a = h;
    }
    if (a != t) continue;
    if (!sub) return 0;
    any = 1;
  }
  return any;
}

/* weapon-branch: the sub-branch of force (194 artillery, 195 aerial
 * weapons; 0 none) that the weapons named by trigger t's own subject,
 * object or instrument give it (word sets arms-aerial, arms-artillery):
 * a nominal dependent of t, or a modifier or conjunct of one ("Iranian
 * missiles and drones struck", "exchanged heavy artillery fire"), not a
 * word of a clause below t. */
static int weapon_branch(const dy_coder_models *m, const dy_clause *cl, int t) {
  const dy_labels *L = &m->L;
  int arg[] = {L->nsubj, L->nsubj_pass, L->obj, L->obl, L->compound, L->amod, L->nmod};
  int mod[] = {L->compound, L->amod, L->conj, L->nmod};
  for (int a = cl->fc[t]; a >= 0; a = cl->nx[a]) {
    int ok = 0;
    for (size_t i = 0; i < sizeof arg / sizeof *arg; i++) ok |= cl->nd[a].label == arg[i];
    if (!ok) continue;
    for (int pass = 0; pass < 2; pass++) {
      for (int q = pass ? cl->fc[a] : a; q >= 0; q = pass ? cl->nx[q] : -1) {
        int okq = !pass;
        for (size_t i = 0; pass && i < sizeof mod / sizeof *mod; i++) okq |= cl->nd[q].label == mod[i];
        if (!okq) continue;
        if (dy_coder_word(m, DY_WS_ARMS_AERIAL, cl->nd[q].lemma) >= 0) return 195;
        if (dy_coder_word(m, DY_WS_ARMS_ARTILLERY, cl->nd[q].lemma) >= 0) return 194;
      }
    }
  }
  return 0;
}

/* passive-state-act: is code one of the acts (policy.txt
 * place-source-passive: arrests, expulsions, sanctions) that, passive with
 * no agent ("was arrested in Lebanon"), are the act of the state they are
 * done in? Not those anyone does ("homes were looted in Khartoum"). */
static int passive_state_act(const dy_coder_models *m, const char *code) { return code_listed(m->passive_src, m->npassive_src, code); }

/* place-source: is candidate k force done with a bomb (word set explosive)
 * to someone named (the head of its object or passive subject is an
 * actor: not "police targets were attacked"), by no one named (no armed
 * actor but its target in its clause, outside a clause of saying: not
 * "drone attacks by militants targeting police")? */
static int place_source_force(const dy_coder_models *m, const dy_clause *cl, const dy_cand *k) {
  int t = k->trig;
  if (!explosive_in(m, cl, t)) return 0;
  int pat = -1;
  for (int q = cl->fc[t]; q >= 0; q = cl->nx[q])
    if (cl->nd[q].label == (k->passive ? m->L.nsubj_pass : m->L.obj) && (pat < 0 || cl->ment[pat] < 0)) pat = q;
  /* a passive read from a copula and an adjective (adjective-passive): its subject */
  if (pat < 0 && k->passive && k->tgt_via == DY_VIA_PATIENT) pat = k->tgt_arg;
  if (pat < 0 || cl->ment[pat] < 0) return 0;
  for (uint32_t x = 0; x < cl->n; x++) {
    int mi = cl->ment[x];
    if (mi < 0 || mi == cl->ment[pat] || !armed(cl->d->ments[mi].code)) continue;
    int a = (int)x, said = 0, in_pat = 0;
    for (int up = 0; a >= 0 && a != t && up < 64; up++) {
      if (cl->nd[a].label == m->L.parataxis) said = 1;
      if (a == pat) in_pat = 1;
      a = cl->nd[a].head;
    }
    /* a conjunct of what it was done to ("targeting police and security forces") is no agent */
    if (in_pat) continue;
    if (a == t && !said) return 0;
    /* an actor the trigger's clause hangs on ("militants carried out ...") */
    if (a != t) {
      int h = t;
      for (int up = 0; h >= 0 && up < 8; up++) {
        if (cl->nd[h].label == m->L.parataxis || cl->nd[h].label == m->L.ccomp) break;
        h = cl->nd[h].head;
        if (h < 0 || cl->nd[x].head != h) continue;
        int by = dy_cl_child(cl, (int)x, m->L.case_);
        if (cl->nd[x].label == m->L.nsubj || cl->nd[x].label == m->L.obl_agent || (by >= 0 && !strcmp(dy_cl_word(cl, by), "by"))) return 0;
      }
    }
  }
  return 1;
}

/* ---- sides that are no agents, senses that are no events ------------------------- */

/* The node of mention mi's last word (the word its other words hang on),
 * -1 when outside the clause. */
static int ment_node(const dy_clause *cl, int mi) {
  if (mi < 0) return -1;
  const dy_mention *x = &cl->d->ments[mi];
  if (x->tok1 <= cl->t0 || x->tok1 - 1 - cl->t0 >= cl->n) return -1;
  return (int)(x->tok1 - 1 - cl->t0);
}

/* A candidate's target that keeps its words, not its code (rules
 * press-target, own-state-target, meeting-topic). */
/* press-statement: does verb t introduce what is said: a clause of it
 * ("told reporters that ...", "..., he told reporters") or a quotation in
 * its sentence? ("talks to the BBC" alone is the interview, an event) */
static int introduces_speech(const dy_clause *cl, int t) {
  const dy_labels *L = &cl->m->L;
  for (int q = cl->fc[t]; q >= 0; q = cl->nx[q])
    if (cl->nd[q].label == L->ccomp || cl->nd[q].label == L->parataxis) return 1;
  /* a clause with a subject of its own the parser hung on the verb's
   * object ("told reporters in New Delhi that India wanted peace") */
  for (uint32_t q = (uint32_t)t + 1; q < cl->n; q++) {
    if (cl->nd[q].upos != DY_UPOS_VERB || dy_cl_child(cl, (int)q, L->nsubj) < 0) continue;
    int a = cl->nd[q].head;
    for (int up = 0; up < 3 && a >= 0 && a != t; up++) a = cl->nd[a].head;
    if (a == t) return 1;
  }
  for (uint32_t i = 0; i < cl->n; i++) {
    const char *w = dy_cl_word(cl, (int)i);
    if (!strcmp(w, "\"") || !strcmp(w, "\xe2\x80\x9c") || !strcmp(w, "\xe2\x80\x9d") || !strcmp(w, "''") || !strcmp(w, "``")) return 1;
  }
  return 0;
}

/* press-statement: is an object or oblique of verb t a noun of word set
 * press-event that names no actor ("told a news conference", "said at a
 * briefing")? */
static int press_event_arg(const dy_clause *cl, int t) {
  const dy_labels *L = &cl->m->L;
  for (int q = cl->fc[t]; q >= 0; q = cl->nx[q]) {
    int l = cl->nd[q].label;
    if ((l == L->obj || l == L->iobj || l == L->obl) && cl->ment[q] < 0 && dy_coder_word(cl->m, DY_WS_PRESS_EVENT, cl->nd[q].lemma) >= 0) return 1;
  }
  return 0;
}

static void uncoded_target(const dy_clause *cl, dy_cand *k) {
  int a = ment_node(cl, k->tgt);
  k->tgt = a >= 0 ? DY_UNRESOLVED : -1;
  k->tgt_arg = a;
}

/* The node of mention mi when it is a state named as a place ("Gaza",
 * "Egypt"; not a person or an organisation: "a director in the Yangon
 * government", "killed by Pakistani forces"), else -1. */
static int state_node(const dy_clause *cl, int mi) {
  int v = ment_node(cl, mi);
  return v >= 0 && strlen(cl->d->ments[mi].code) == 3 && dy_lex_country_name(cl->lx, cl->d->ments[mi].code) ? v : -1;
}

/* thing-source: is mention mi, the side found in argument arg of trigger t
 * (-1: none), only the owner or the name of a thing of word set thing, the
 * argument's head or a noun between it and the argument ("Much of Syria's
 * chemical weapons stockpile", "Malaysia Airlines Flight 370"; with no
 * argument the noun it modifies: "this Pakistani ambivalence")? */
static int owns_thing(const dy_clause *cl, int mi, int arg, int t) {
  int v = ment_node(cl, mi);
  if (v < 0 || v == arg) return 0;
  /* a side of no argument (the dictionary's surface roles): the noun the actor modifies */
  for (int depth = 0; depth < (arg < 0 ? 1 : 8); depth++) {
    v = cl->nd[v].head;
    if (v < 0 || v == t) return 0;
    if ((cl->nd[v].upos == DY_UPOS_NOUN || cl->nd[v].upos == DY_UPOS_PROPN) && cl->ment[v] < 0 &&
        dy_coder_word(cl->m, DY_WS_THING, cl->nd[v].lemma) >= 0 && dy_coder_word(cl->m, DY_WS_INSTRUMENT, cl->nd[v].lemma) < 0)
      return 1;
    if (v == arg) return 0;
  }
  return 0;
}

/* place-modifier: is mention mi named where a noun that is no actor is,
 * in a phrase of a preposition of where-prep hung on that noun ("CNN crew
 * turned back by gunfire in Gaza", "an entrepreneur in Perth, Australia,
 * to collaborate with a programmer in Bangalore, India")? The names of a
 * place it is a part of ("Perth, Australia") are stepped over; an event
 * noun (the trigger) is no such noun: "the attack in Kabul" is done there. */
static int place_modifier(const dy_clause *cl, int mi, int t) {
  const dy_labels *L = &cl->m->L;
  int v = state_node(cl, mi);
  if (v < 0) return 0;
  for (int depth = 0; v >= 0 && depth < 4; depth++) {
    int l = cl->nd[v].label, h = cl->nd[v].head;
    if (h < 0) return 0;
    if ((l == L->appos || l == L->conj || l == L->flat || l == L->compound) && cl->nd[h].upos == DY_UPOS_PROPN) { v = h; continue; }
    if (l != L->nmod) return 0;
    int cs = dy_cl_child(cl, v, L->case_);
    if (cs < 0 || dy_coder_word(cl->m, DY_WS_WHERE_PREP, dy_cl_word(cl, cs)) < 0) return 0;
    /* a common noun: "Ethnic Albanians in south Serbia" are Serbia's people */
    if (h == t || cl->ment[h] >= 0 || cl->nd[h].upos != DY_UPOS_NOUN) return 0;
    /* a weapon's place tells whose it is ("killed by a device outside
     * the Iraqi city of Basra"); so does that of people an actor of the
     * noun's own names ("tens of thousands of students throughout
     * Indonesia") */
    if (dy_coder_word(cl->m, DY_WS_INSTRUMENT, cl->nd[h].lemma) >= 0) return 0;
    for (int q = cl->fc[h]; q >= 0; q = cl->nx[q])
      if (q != v && dy_actor_in(cl, q) >= 0) return 0;
    return 1;
  }
  return 0;
}

/* Is conative verb t an attempt made: in the past ("tried", "sought",
 * "attempted"), unless it is factive ("moved to expel" did expel)? */
/* The mention of the state whose "in" phrase alone gave target mention mi
 * its state ("peacekeepers in Iraq": Iraq), when mi is a noun of word set
 * abroad and the source src is of another state; -1 otherwise. */
static int located_abroad(const dy_clause *cl, int mi, int src) {
  const dy_doc *d = cl->d;
  const dy_mention *a = &d->ments[mi];
  if (!a->located || strlen(a->code) != 6 || a->tok1 >= d->sents[cl->s].tok1 || (uint32_t)mi + 1 >= cl->m1) return -1;
  if (strcmp(dy_tok_norm(d, &d->toks[a->tok1]), "in")) return -1;
  int h = (int)(a->tok1 - 1 - cl->t0);
  if (h < 0 || h >= (int)cl->n || dy_coder_word(cl->m, DY_WS_ABROAD, cl->nd[h].lemma) < 0) return -1;
  const dy_mention *b = &d->ments[mi + 1];
  if (b->tok0 != a->tok1 + 1 && b->tok0 != a->tok1 + 2) return -1;
  if (strlen(b->code) < 3 || strncmp(b->code, a->code, 3)) return -1;
  if (src >= 0 && !strncmp(d->ments[src].code, a->code, 3)) return -1;
  return mi + 1;
}

static int past_attempt(const dy_clause *cl, int t) {
  uint64_t w = dy_lex_wclass(cl->lx, cl->d->tid[cl->t0 + t]);
  if (w & (DY_W_FACTIVE | DY_W_ING | DY_W_VERB3)) return 0;
  const char *form = dy_cl_word(cl, t);
  size_t n = strlen(form);
  if (!strcmp(form, cl->nd[t].lemma) || (n > 1 && form[n - 1] == 's')) return 0;
  for (int a = cl->fc[t]; a >= 0; a = cl->nx[a])
    if (cl->nd[a].label == cl->m->L.aux && (dy_lex_wclass(cl->lx, cl->d->tid[cl->t0 + a]) & (DY_W_FUTURE | DY_W_MODAL))) return 0;
  return 1;
}

/* Is mention mi a state named as a place, in a phrase of the verb's with
 * a preposition of place or direction: its word, or the place name it is
 * a part of ("Alexandria, Egypt"), has one ("From Alexandria, Egypt, it
 * hits ...")? preps: the word classes of the prepositions; noun_ok: a
 * phrase of a noun counts too. */
static int in_prep_phrase(const dy_clause *cl, int mi, uint64_t preps, int noun_ok) {
  const dy_labels *L = &cl->m->L;
  int v = state_node(cl, mi);
  if (v < 0) return 0;
  for (int depth = 0; v >= 0 && depth < 4; depth++) {
    int cs = dy_cl_child(cl, v, L->case_);
    /* a phrase of the verb's (not of a noun: "Ethnic Albanians in south
     * Serbia are demanding") with a preposition of place or direction
     * (place-cue, place-direction of data/wordclasses.txt), not a
     * partitive (word set partitive): "thousands of Lebanese protesters" */
    if (cs >= 0) return (cl->nd[v].label == L->obl || (noun_ok && cl->nd[v].label == L->nmod)) && (dy_lex_wclass(cl->lx, cl->d->tid[cl->t0 + cs]) & preps) &&
                       dy_coder_word(cl->m, DY_WS_PARTITIVE, dy_cl_word(cl, cs)) < 0;
    int l = cl->nd[v].label, h = cl->nd[v].head;
    if (h < 0 || !((l == L->appos || l == L->conj || l == L->flat) && cl->nd[h].upos == DY_UPOS_PROPN)) return 0;
    v = h;
  }
  return 0;
}

/* locative-venue: is mention mi named in a phrase of where (dy_locative:
 * "in", "at", "near" ...) of trigger t's clause: the phrase its head, or
 * the noun it modifies or stands in apposition or conjunction with, opens
 * ("in Brazil", "in the Nigerian capital", "at the Iranian embassy"), t
 * being a meeting (word set venue-act)? A phrase of another preposition on
 * the way ("between Iran and the US") ends the search. */
static int phrase_node(const dy_clause *cl, int v, int t, int *ph);
static int venue_phrase(const dy_clause *cl, int mi, int t) {
  const dy_labels *L = &cl->m->L;
  /* the act is a meeting (word set venue-act): the trigger, its object
   * ("held a summit") or its complement ("agreed to meet") */
  int act = dy_coder_word(cl->m, DY_WS_VENUE_ACT, cl->nd[t].lemma) >= 0;
  for (int q = cl->fc[t]; q >= 0 && !act; q = cl->nx[q])
    act = (cl->nd[q].label == L->obj || cl->nd[q].label == L->xcomp) && dy_coder_word(cl->m, DY_WS_VENUE_ACT, cl->nd[q].lemma) >= 0;
  /* (or a statement, a phrase of where on its verb: "the WFP spokesman
   * said in Bangkok", not "announced plans to expand settlements in the
   * West Bank") */
  int say = !act && cl->nd[t].upos == DY_UPOS_VERB && (dy_cl_wclass(cl, t) & DY_W_SAY);
  if (!act && !say) return 0;
  int ph = -1;
  return phrase_node(cl, ment_node(cl, mi), t, &ph) >= 0 && dy_locative(cl, ph) && (!say || cl->nd[ph].head == t);
}

/* The node whose preposition (case) marks the phrase node v is in: v, or
 * the noun it modifies or stands in apposition or conjunction with (up to
 * four steps, not t); -1 when none; *ph gets that node. */
static int phrase_node(const dy_clause *cl, int v, int t, int *ph) {
  const dy_labels *L = &cl->m->L;
  for (int depth = 0; v >= 0 && v != t && depth < 4; depth++) {
    int l = cl->nd[v].label;
    int cs = l == L->nmod_poss ? -1 : dy_cl_child(cl, v, L->case_); /* (a possessive's "'s" is no preposition) */
    if (cs >= 0) { *ph = v; return cs; }
    if (l != L->amod && l != L->compound && l != L->nmod_poss && l != L->flat && l != L->appos && l != L->conj) return -1;
    v = cl->nd[v].head;
  }
  return -1;
}

/* locative-venue: the side of meeting t once its venue is set aside: an
 * actor (not the source's, not the venue's mention) in a phrase of t's of
 * a target preposition or "between" that is no phrase of where ("held
 * talks in Beijing with Chinese President Xi", which the parser may hang
 * on the venue); its node, else -1. */
static int venue_other_side(const dy_clause *cl, int t, int src, int venue) {
  for (int x = 0; x < (int)cl->n; x++) {
    int mi = cl->ment[x];
    if (mi < 0 || mi == src || mi == venue || (x > 0 && cl->ment[x - 1] == mi && cl->nd[x].head == x - 1)) continue;
    int up = x, d = 0;
    while (up >= 0 && up != t && d < 8) { up = cl->nd[up].head; d++; }
    if (up != t) continue;
    int ph = -1, cs = phrase_node(cl, x, t, &ph);
    if (cs < 0 || dy_locative(cl, ph)) continue;
    const char *w = dy_cl_word(cl, cs);
    if (strcmp(w, "between") && (dy_coder_word(cl->m, DY_WS_TARGET_PREP, w) < 0 || !strcmp(w, "of"))) continue;
    return x;
  }
  return -1;
}

/* Is mention ti a state named bare (GBR) whose body mention si is
 * (GBRGOV, GBRPTYLAB)? */
static int own_state_target(const sctx *c, int si, int ti) {
  const char *sc = c->d->ments[si].code, *tc = c->d->ments[ti].code;
  return strlen(tc) == 3 && strlen(sc) > 3 && !strncmp(sc, tc, 3) && dy_lex_country_name(c->lx, tc);
}

/* Is mention mi in clause cl only the owner or a modifier of a common
 * noun that is neither an actor nor trigger t ("Britain's lead", "the
 * Northern Ireland peace process")? */
static int modifies_thing(const dy_clause *cl, int mi, int t) {
  const dy_labels *L = &cl->m->L;
  int v = ment_node(cl, mi);
  if (v < 0) return 0;
  int l = cl->nd[v].label, h = cl->nd[v].head;
  if (h < 0 || h == t || (l != L->nmod_poss && l != L->compound)) return 0;
  return cl->nd[h].upos == DY_UPOS_NOUN && cl->ment[h] < 0;
}

/* Is mention mi a capital's name ("Madrid": ESPGOV)? */
static int soft_capital(const sctx *c, int mi) {
  if (mi < 0) return 0;
  const dy_mention *x = &c->d->ments[mi];
  return x->entry >= 0 && x->person < 0 && dy_lex_entry(c->lx, x->entry)->kind == DY_ENT_CAPITAL;
}

/* Is mention mi a news medium (policy.txt press-sectors)? */
static int press_side(const dy_coder_models *m, const dy_doc *d, int mi) {
  if (mi < 0) return 0;
  const char *code = d->ments[mi].code;
  size_t n = strlen(code);
  for (int i = 0; n >= 3 && i < m->npress; i++)
    if (!strcmp(code + n - 3, m->press[i])) return 1;
  return 0;
}

/* Does node o, what trigger t acts on, give its verb a sense of no event
 * (data/coder/senses.txt): its lemma, or "@" and the sector of the actor
 * it names? */
static int sense_object(const dy_clause *cl, int t, int o) {
  if (o < 0) return 0;
  char buf[8];
  if (cl->ment[o] >= 0) {
    const char *code = cl->d->ments[cl->ment[o]].code;
    size_t n = strlen(code);
    if (n < 3) return 0;
    snprintf(buf, sizeof buf, "@%s", code + n - 3);
    if (dy_coder_sense(cl->m, cl->nd[t].lemma, buf)) return 1;
    /* a sector of no state named by its word ("allowing border guards to
     * use force": the state's own guards) is what its word lists */
    if (n == 3 && !dy_lex_country_name(cl->lx, code) && dy_coder_sense(cl->m, cl->nd[t].lemma, cl->nd[o].lemma)) return 1;
    return 0;
  }
  if (dy_coder_sense(cl->m, cl->nd[t].lemma, cl->nd[o].lemma)) return 1;
  /* "deployed a bunch of sensors": the noun of a partitive "of" phrase */
  for (int k = cl->fc[o]; k >= 0; k = cl->nx[k]) {
    int cs = cl->nd[k].label == cl->m->L.nmod && k > o ? dy_cl_child(cl, k, cl->m->L.case_) : -1;
    if (cs >= 0 && !strcmp(dy_cl_word(cl, cs), "of") && cl->ment[k] < 0) return dy_coder_sense(cl->m, cl->nd[t].lemma, cl->nd[k].lemma);
  }
  return 0;
}

/* sense: does trigger t act on something that gives it a sense of no event:
 * its object, its passive subject, or the noun its participle modifies
 * ("images released by the navy", "a seminar conducted by Malaysians")? */
static int no_event_sense(const dy_clause *cl, int t) {
  const dy_labels *L = &cl->m->L;
  if (sense_object(cl, t, dy_cl_child(cl, t, L->obj)) || sense_object(cl, t, dy_cl_child(cl, t, L->nsubj_pass))) return 1;
  /* a noun the parse hangs on the verb as its predicate ("called a
   * referendum" read as "called him a liar") is what it acts on too */
  int x = dy_cl_child(cl, t, L->xcomp);
  if (x >= 0 && cl->nd[x].upos == DY_UPOS_NOUN && sense_object(cl, t, x)) return 1;
  /* a subject of the idiom: "when it comes to Iran" (an entry "subject:it") */
  int s = dy_cl_child(cl, t, L->nsubj);
  if (s >= 0 && cl->ment[s] < 0) {
    char buf[48];
    snprintf(buf, sizeof buf, "subject:%s", cl->nd[s].lemma);
    if (dy_coder_sense(cl->m, cl->nd[t].lemma, buf)) return 1;
  }
  int l = cl->nd[t].label;
  /* (a participle the parse hangs as an adjective on what it acts on:
   * "defying insurgent attacks" read as "attacks" modified) */
  return (l == L->acl || l == L->acl_relcl || (l == L->amod && cl->nd[t].upos == DY_UPOS_VERB)) && sense_object(cl, t, cl->nd[t].head);
}

/* verbal-attack: does force verb t act on a plan, a policy or words (word
 * set criticism-object: "have attacked Labour's plans for identity cards",
 * "savaged the budget"), its object or its passive subject? Such an attack
 * is a criticism (111), not force. */
static int verbal_attack(const dy_clause *cl, int t) {
  const dy_labels *L = &cl->m->L;
  int o = dy_cl_child(cl, t, L->obj);
  if (o < 0) o = dy_cl_child(cl, t, L->nsubj_pass);
  return o >= 0 && cl->ment[o] < 0 && cl->nd[o].upos == DY_UPOS_NOUN && dy_coder_word(cl->m, DY_WS_CRITICISM_OBJ, cl->nd[o].lemma) >= 0;
}

/* Is t a verb of word set naming with no dictionary pattern at it, an
 * object and a second noun or adjective that names it ("called Russia a
 * threat", "called the reports deeply alarming")? */
static int naming_verb(const dy_clause *cl, int t) {
  const dy_labels *L = &cl->m->L;
  if (cl->dict[t] >= 0 || dy_coder_word(cl->m, DY_WS_NAMING, cl->nd[t].lemma) < 0) return 0;
  int ob = dy_cl_child(cl, t, L->obj);
  if (ob < 0) {
    /* the object swallowed as the modifier of what it is named ("called
     * the move provocative" parsed as a compound "move provocative") */
    int x = dy_cl_child(cl, t, L->xcomp);
    return x > t && (cl->nd[x].upos == DY_UPOS_NOUN || cl->nd[x].upos == DY_UPOS_ADJ) && dy_cl_child(cl, x, L->compound) >= 0 &&
           dy_cl_child(cl, x, L->mark) < 0;
  }
  /* a quote right after the object is its name, however the parser hung
   * it ("called Russia's move \"nothing more than a land grab\"") */
  int end = ob;
  while (end + 1 < (int)cl->n && under(cl, end + 1, ob)) end++;
  if (end + 1 < (int)cl->n && end + 1 > t && !strcmp(dy_cl_word(cl, end + 1), "\"")) return 1;
  /* ... and so is an adjective right after it that the tagger read as an
   * adverb ("called the move provocative"; not "-ly") */
  if (end + 1 < (int)cl->n && end + 1 > t && cl->nd[end + 1].head == t && (cl->nd[end + 1].upos == DY_UPOS_ADJ || cl->nd[end + 1].upos == DY_UPOS_ADV)) {
    const char *w = dy_cl_word(cl, end + 1);
    size_t n = strlen(w);
    if (n > 4 && strcmp(w + n - 2, "ly")) return 1;
  }
  for (int k = cl->fc[t]; k >= 0; k = cl->nx[k]) {
    if (cl->nd[k].label == L->xcomp && dy_cl_child(cl, k, L->mark) < 0 &&
        (cl->nd[k].upos == DY_UPOS_NOUN || cl->nd[k].upos == DY_UPOS_ADJ)) return 1;
    /* "alarming" read as a clause of its own */
    if (cl->nd[k].label == L->advcl && k > t && dy_cl_child(cl, k, L->mark) < 0 && dy_cl_child(cl, k, L->nsubj) < 0 &&
        dy_cl_child(cl, k, L->obj) < 0 && dy_cl_child(cl, k, L->xcomp) < 0 && dy_cl_child(cl, k, L->advmod) >= 0) return 1;
  }
  return 0;
}

/* Are a and b the same noun: equal, one the other's plural in -s, or a
 * compound ending in it ("airstrikes", "strikes")? */
static int same_noun(const char *a, const char *b) {
  size_t na = strlen(a), nb = strlen(b);
  if (na == nb) return !strcmp(a, b);
  if (na + 1 == nb && b[na] == 's' && !strncmp(a, b, na)) return 1;
  if (nb + 1 == na && a[nb] == 's' && !strncmp(a, b, nb)) return 1;
  return nb > 3 && na > nb && !strcmp(a + na - nb, b);
}

/* event-anaphor: "the Pakistani government condemned the strikes, calling
 * them deeply disturbing": a definite event noun that is the object of
 * trigger t and names no actor of its own is the act one of the two
 * sentences before reported with its agent right before the same noun ("the
 * June 21 US strikes on Iranian nuclear facilities"); returns that agent's
 * mention (a state or an organisation), -1 when none. */
/* rule granted-meeting: "Munir was greeted warmly at the Pentagon by top
 * brass and rewarded with a private lunch meeting with the US president": a
 * meeting noun (word set meeting-noun) with no side found that is the "with"
 * phrase of a passive verb (or of a conjunct of one that has no subject of
 * its own) was attended by that verb's subject, with the actor its own
 * "with" phrase names. Sets the two mentions and the preposition; 1 when
 * found. */
static int granted_meeting(const dy_coder_models *m, const dy_clause *cl, int t, int *ps, int *pt, int *pp) {
  int h = cl->nd[t].head;
  if (cl->nd[t].upos != DY_UPOS_NOUN || h < 0 || cl->nd[t].label != m->L.obl || cl->nd[h].upos != DY_UPOS_VERB ||
      dy_coder_word(m, DY_WS_MEETING_NOUN, cl->nd[t].lemma) < 0)
    return 0;
  int p = dy_cl_child(cl, t, m->L.case_);
  if (p < 0 || strcmp(dy_cl_word(cl, p), "with")) return 0;
  int sp = dy_cl_child(cl, h, m->L.nsubj_pass);
  if (sp < 0 && dy_cl_child(cl, h, m->L.nsubj) < 0 && cl->nd[h].label == m->L.conj && cl->nd[h].head >= 0 &&
      cl->nd[cl->nd[h].head].upos == DY_UPOS_VERB)
    sp = dy_cl_child(cl, cl->nd[h].head, m->L.nsubj_pass);
  if (sp < 0 || cl->ment[sp] < 0 || !cl->d->ments[cl->ment[sp]].code[0]) return 0;
  for (int k = cl->fc[t]; k >= 0; k = cl->nx[k]) {
    int q = cl->nd[k].label == m->L.nmod ? dy_cl_child(cl, k, m->L.case_) : -1;
    if (q < 0 || strcmp(dy_cl_word(cl, q), "with") || cl->ment[k] < 0 || cl->ment[k] == cl->ment[sp] || !cl->d->ments[cl->ment[k]].code[0]) continue;
    *ps = cl->ment[sp]; *pt = cl->ment[k]; *pp = q;
    return 1;
  }
  return 0;
}

/* rule reciprocal-noun: "Iran and Pakistan have a strategic alliance ...,
 * which resulted in clashes and tit-for-tat missile strikes": an event noun
 * that a modifier of word set reciprocity ("tit-for-tat", hyphenated words
 * joined) makes an act each side does to the other, with no side of its own,
 * is done by each state of the first pair of states the sentence joins by a
 * conjunct before it ("Iran and Pakistan", "between India and Pakistan") to
 * the other. Sets the two mentions; 1 when found. */
static int reciprocal_pair(const dy_coder_models *m, const dy_clause *cl, int t, int *pa, int *pb) {
  if (cl->nd[t].upos != DY_UPOS_NOUN || cl->ment[t] >= 0 || cl->nd[t].label == cl->m->L.compound) return 0;
  int hit = 0;
  for (int j = t - 1; j >= 0 && j >= t - 8 && !hit; j--) {
    if (cl->ment[j] >= 0) break;
    const char *w = dy_cl_word(cl, j);
    if (!strcmp(w, "-")) continue;
    char buf[64];
    size_t bl = 0;
    int i = j;
    while (i >= 2 && !strcmp(dy_cl_word(cl, i - 1), "-") && cl->ment[i - 2] < 0) i -= 2;
    for (int q = i; q <= j && bl < sizeof buf - 1; q++) {
      const char *x = dy_cl_word(cl, q);
      for (; *x && bl < sizeof buf - 1; x++) buf[bl++] = (char)(*x >= 'A' && *x <= 'Z' ? *x + 32 : *x);
    }
    buf[bl] = 0;
    if (dy_coder_word(m, DY_WS_RECIPROCITY, buf) >= 0) { hit = 1; break; }
    int u = cl->nd[j].upos;
    if (u != DY_UPOS_NOUN && u != DY_UPOS_ADJ && u != DY_UPOS_ADP) break;
    j = i;
  }
  if (!hit) return 0;
  for (int x = 0; x < t; x++) {
    int a = cl->ment[x];
    if (a < 0 || (x + 1 < (int)cl->n && cl->ment[x + 1] == a) || strlen(cl->d->ments[a].code) != 3 || !dy_lex_country_name(cl->lx, cl->d->ments[a].code)) continue;
    for (int y = x + 1; y < t; y++) {
      int b = cl->ment[y];
      if (b < 0 || b == a || cl->nd[y].label != cl->m->L.conj || cl->nd[y].head != x) continue;
      if (strlen(cl->d->ments[b].code) != 3 || !dy_lex_country_name(cl->lx, cl->d->ments[b].code) || !strcmp(cl->d->ments[a].code, cl->d->ments[b].code)) continue;
      *pa = a; *pb = b;
      return 1;
    }
  }
  return 0;
}

/* role-anaphor: "Pakistan's role in facilitating dialogue ... Washington
 * has acknowledged this role": the object of t, "this" or "that" and a noun
 * of word set credit-noun that names no actor, is the one the same noun
 * was of ("Pakistan's role") in its sentence or the three before; the
 * mention, -1 when none */
static int role_anaphor(const dy_coder_models *m, const dy_clause *cl, int t) {
  const dy_doc *d = cl->d;
  int o = dy_cl_child(cl, t, m->L.obj);
  if (o < 0 || cl->ment[o] >= 0 || dy_coder_word(m, DY_WS_CREDIT_NOUN, cl->nd[o].lemma) < 0) return -1;
  int det = dy_cl_child(cl, o, m->L.det);
  if (det < 0 || (strcmp(dy_cl_word(cl, det), "this") && strcmp(dy_cl_word(cl, det), "that"))) return -1;
  for (int k = cl->fc[o]; k >= 0; k = cl->nx[k])
    if (dy_actor_in(cl, k) >= 0) return -1;
  const char *w = dy_cl_word(cl, o);
  for (uint32_t s = cl->s + 1; s-- > 0 && s + 3 >= cl->s;) {
    const dy_sent *se = &d->sents[s];
    int best = -1;
    for (uint32_t mi = se->ment0; mi < se->ment1; mi++) {
      const dy_mention *x = &d->ments[mi];
      uint32_t a = x->tok1;
      if (a + 1 >= se->tok1 || !(d->toks[a].flags & DY_TOK_POSS) || strcmp(dy_tok_norm(d, &d->toks[a + 1]), w)) continue;
      if (s == cl->s && a + 1 >= cl->t0 + (uint32_t)o) continue;
      if (strlen(x->code) < 3 || dy_lex_generic_code(cl->lx, x->code)) continue;
      best = (int)mi;
    }
    if (best >= 0) return best;
  }
  return -1;
}

/* claim-anaphor: "Amnesty International said the military had been warned
 * ... The defence ministry rejected the allegation": the object of t, a
 * noun of word set claim-noun determined by "the", "this", "that", "these"
 * or "those" that names no actor, is the claim of the latest side the
 * sentence or the two before name right before a verb of claiming (word
 * set claim-verb, an auxiliary or an adverb between) or after "according
 * to"; the mention, -1 when none */
static int claim_anaphor(const dy_coder_models *m, const dy_clause *cl, int t) {
  const dy_doc *d = cl->d;
  int o = dy_cl_child(cl, t, m->L.obj);
  if (o < 0 || cl->ment[o] >= 0 || cl->nd[o].upos != DY_UPOS_NOUN || dy_coder_word(m, DY_WS_CLAIM_NOUN, cl->nd[o].lemma) < 0) return -1;
  int det = dy_cl_child(cl, o, m->L.det);
  const char *dw = det >= 0 ? dy_cl_word(cl, det) : "";
  if (strcmp(dw, "the") && strcmp(dw, "this") && strcmp(dw, "that") && strcmp(dw, "these") && strcmp(dw, "those")) return -1;
  for (int k = cl->fc[o]; k >= 0; k = cl->nx[k])
    if (dy_actor_in(cl, k) >= 0) return -1;
  for (uint32_t s = cl->s + 1; s-- > 0 && s + 2 >= cl->s;) {
    const dy_sent *se = &d->sents[s];
    int best = -1;
    for (uint32_t mi = se->ment0; mi < se->ment1; mi++) {
      const dy_mention *x = &d->ments[mi];
      if (!x->code[0]) continue;
      if (s == cl->s && x->tok0 >= cl->t0 + (uint32_t)t) break;
      int hit = 0;
      for (uint32_t i = x->tok1; i < se->tok1 && i <= x->tok1 + 2 && !hit; i++) {
        const char *w = dy_tok_norm(d, &d->toks[i]);
        if (dy_coder_word(m, DY_WS_CLAIM_VERB, w) >= 0) hit = 1;
        else if (!(dy_lex_wclass(cl->lx, d->tid[i]) & DY_W_ADV) && strcmp(w, "has") && strcmp(w, "have") && strcmp(w, "had")) break;
      }
      uint32_t b = x->tok0;
      if (b > se->tok0 && !strcmp(dy_tok_norm(d, &d->toks[b - 1]), "the")) b--;
      if (!hit && b >= se->tok0 + 2 && !strcmp(dy_tok_norm(d, &d->toks[b - 1]), "to") && !strcmp(dy_tok_norm(d, &d->toks[b - 2]), "according"))
        hit = 1;
      if (hit) best = (int)mi;
    }
    if (best >= 0) return best;
  }
  return -1;
}

/* holder-anaphor: "Hezbollah guerrillas captured two Israeli soldiers ...
 * Olmert demanded their unconditional release": the object of t, a noun of
 * word set release-noun with no actor of its own phrase but its patient
 * (its possessive or "of" phrase), asks it of the side that holds that
 * patient: the source of the latest asserted act of coercion or force
 * (roots 17-20) of its sentence or the three before done to the patient
 * (the same code, or the same state), to the source's own state when the
 * patient is a pronoun no actor stands for; the mention, -1 when none */
static int holder_anaphor_of(const dy_coder_models *m, const dy_clause *cl, int t, int src, int ws, int *ppat);
/* Is the object of t a noun of word set authority-event (an act a state
 * does to its own: "arrest", "removal")? */
static int authority_event(const dy_coder_models *m, const dy_clause *cl, int t) {
  int o = dy_cl_child(cl, t, m->L.obj);
  return o >= 0 && dy_coder_word(m, DY_WS_AUTHORITY_EVENT, cl->nd[o].lemma) >= 0;
}
static int holder_anaphor(const dy_coder_models *m, const dy_clause *cl, int t, int src) {
  int pat;
  return holder_anaphor_of(m, cl, t, src, DY_WS_RELEASE_NOUN, &pat);
}
/* (of a noun of word set ws; *ppat the patient's mention, -1) */
static int holder_anaphor_of(const dy_coder_models *m, const dy_clause *cl, int t, int src, int ws, int *ppat) {
  const dy_doc *d = cl->d;
  int o = dy_cl_child(cl, t, m->L.obj);
  /* ("called for his release") */
  for (int k = cl->fc[t]; k >= 0 && o < 0; k = cl->nx[k]) {
    int cs = cl->nd[k].label == m->L.obl ? dy_cl_child(cl, k, m->L.case_) : -1;
    if (cs >= 0 && !strcmp(dy_cl_word(cl, cs), "for")) o = k;
  }
  *ppat = -1;
  if (o < 0 || cl->ment[o] >= 0 || cl->nd[o].upos != DY_UPOS_NOUN || dy_coder_word(m, ws, cl->nd[o].lemma) < 0) return -1;
  int pat = dy_cl_child(cl, o, m->L.nmod_poss);
  if (pat < 0)
    for (int k = cl->fc[o]; k >= 0 && pat < 0; k = cl->nx[k]) {
      int cs = cl->nd[k].label == m->L.nmod ? dy_cl_child(cl, k, m->L.case_) : -1;
      if (cs >= 0 && !strcmp(dy_cl_word(cl, cs), "of")) pat = k;
    }
  if (pat < 0) return -1;
  *ppat = cl->ment[pat];
  const char *pc = cl->ment[pat] >= 0 ? d->ments[cl->ment[pat]].code : "";
  if (!pc[0] && cl->nd[pat].upos != DY_UPOS_PRON) return -1;
  /* ("the release of the sailors": a sector of no state is the source's own people) */
  if (pc[0] && dy_lex_generic_code(cl->lx, pc)) pc = "";
  if (!pc[0] && src >= 0) pc = d->ments[src].code;
  if (strlen(pc) < 3) return -1;
  char p3[4] = {0};
  memcpy(p3, pc, 3);
  int state = dy_lex_country_name(cl->lx, p3) != NULL;
  for (uint32_t e = d->nevents; e-- > 0;) {
    const dy_event *ev = &d->events[e];
    if (ev->sent >= cl->s) continue;
    if (ev->sent + 3 < cl->s) break;
    int er = (ev->root[0] - '0') * 10 + (ev->root[1] - '0');
    if (ev->modality != DY_MOD_ASSERTED || er < 17 || !ev->source[0] || !ev->target[0] || dy_lex_generic_code(cl->lx, ev->source)) continue;
    if (strcmp(ev->target, pc) && !(state && !strncmp(ev->target, p3, 3))) continue;
    /* (a sector of no state holds no one the story can name) */
    if (strlen(ev->source) == 3 && !dy_lex_country_name(cl->lx, ev->source)) continue;
    if (src >= 0 && !strncmp(ev->source, d->ments[src].code, 3)) continue;
    const dy_sent *se = &d->sents[ev->sent];
    for (uint32_t mi = se->ment0; mi < se->ment1; mi++)
      if (d->toks[d->ments[mi].tok0].start == ev->src_start && !strcmp(d->ments[mi].code, ev->source)) return (int)mi;
  }
  return -1;
}

/* condition-target: "threatening to blow up the building unless President
 * Vladimir Putin withdrew Russian troops", "warned of further actions if
 * Tokyo refused": a threat or a refusal with no other side named is to
 * the subject of its condition (an "unless" or "if" clause of the trigger
 * or of its complement), an actor of another side than the source; the
 * mention and its node, -1 when none */
static int condition_target(const sctx *c, const dy_clause *cl, int t, int src, int *node) {
  const dy_labels *L = &cl->m->L;
  int heads[2] = {t, dy_cl_child(cl, t, L->xcomp)};
  for (int h = 0; h < 2; h++) {
    if (heads[h] < 0) continue;
    for (int a = cl->fc[heads[h]]; a >= 0; a = cl->nx[a]) {
      if (cl->nd[a].label != L->advcl) continue;
      int mk = dy_cl_child(cl, a, L->mark);
      if (mk < 0 || (strcmp(dy_cl_word(cl, mk), "unless") && strcmp(dy_cl_word(cl, mk), "if"))) continue;
      int sb = dy_cl_child(cl, a, L->nsubj);
      int mi = sb >= 0 ? dy_actor_in(cl, sb) : -1;
      if (mi < 0 || mi == src || dy_lex_generic_code(cl->lx, c->d->ments[mi].code) || (src >= 0 && group_of(c, mi) == group_of(c, src))) continue;
      *node = sb;
      return mi;
    }
  }
  return -1;
}

/* Is code one of policy.txt counterpart-codes (an act addressed to someone)? */
static int counterpart_code(const dy_coder_models *m, const char *code) { return code_listed(m->counterpart, m->ncounterpart, code); }

/* story-counterpart: "Bashir said Chad's government was responsible for the
 * attack ... Chad denied any involvement": an act addressed to someone
 * (policy.txt counterpart-codes: a denial, an appeal, a demand, a
 * rejection ...) that names no other side, in a sentence after the first,
 * by a state's actor, is to the state the story pairs with the source's
 * state: the one its events so far had as the other side (two points
 * each) and its sentences named with it (a point each), when one state
 * scores most, at least two, and was named in the three sentences before
 * but not in this one (which then names why it is no target); the
 * latest mention of it, -1 when none */
static int story_counterpart(const dy_coder_models *m, const dy_clause *cl, int src, const char *code) {
  const dy_doc *d = cl->d;
  if (cl->s == 0 || src < 0) return -1;
  const char *sc = d->ments[src].code;
  if (!counterpart_code(m, code) || strlen(sc) < 3 || dy_lex_generic_code(cl->lx, sc)) return -1;
  char a[4] = {sc[0], sc[1], sc[2], 0};
  if (!dy_lex_country_name(cl->lx, a)) return -1;
  struct { char c[4]; int score; } st[32];
  int ns = 0;
#define CP_ADD(CODE, PTS) do { \
    int q_ = 0; \
    while (q_ < ns && strncmp(st[q_].c, (CODE), 3)) q_++; \
    if (q_ == ns && ns < 32) { memcpy(st[ns].c, (CODE), 3); st[ns].c[3] = 0; st[ns].score = 0; ns++; } \
    if (q_ < ns) st[q_].score += (PTS); \
  } while (0)
  for (uint32_t e = 0; e < d->nevents; e++) {
    const dy_event *ev = &d->events[e];
    if (ev->sent >= cl->s || strlen(ev->source) < 3 || strlen(ev->target) < 3 || !strncmp(ev->source, ev->target, 3)) continue;
    char es[4] = {ev->source[0], ev->source[1], ev->source[2], 0}, et[4] = {ev->target[0], ev->target[1], ev->target[2], 0};
    if (!dy_lex_country_name(cl->lx, es) || !dy_lex_country_name(cl->lx, et)) continue;
    if (!strcmp(es, a)) CP_ADD(et, 2);
    else if (!strcmp(et, a)) CP_ADD(es, 2);
  }
  for (uint32_t s = 0; s < cl->s; s++) {
    const dy_sent *se = &d->sents[s];
    int has_a = 0;
    for (uint32_t mi = se->ment0; mi < se->ment1 && !has_a; mi++) has_a = !strncmp(d->ments[mi].code, a, 3);
    if (!has_a) continue;
    char seen[16][4];
    int nseen = 0;
    for (uint32_t mi = se->ment0; mi < se->ment1; mi++) {
      const char *mc = d->ments[mi].code;
      if (strlen(mc) < 3 || !strncmp(mc, a, 3) || dy_lex_generic_code(cl->lx, mc)) continue;
      char b[4] = {mc[0], mc[1], mc[2], 0};
      int dup = 0;
      for (int q = 0; q < nseen && !dup; q++) dup = !strcmp(seen[q], b);
      if (dup || !dy_lex_country_name(cl->lx, b) || nseen == 16) continue;
      memcpy(seen[nseen++], b, 4);
      CP_ADD(b, 1);
    }
  }
#undef CP_ADD
  int best = -1, tie = 0;
  for (int i = 0; i < ns; i++) {
    if (best < 0 || st[i].score > st[best].score) { best = i; tie = 0; }
    else if (st[i].score == st[best].score) tie = 1;
  }
  if (best < 0 || tie || st[best].score < 2) return -1;
  const dy_sent *cur = &d->sents[cl->s];
  for (uint32_t mi = cur->ment0; mi < cur->ment1; mi++)
    if (!strncmp(d->ments[mi].code, st[best].c, 3)) return -1;
  int last = -1;
  for (uint32_t s = cl->s >= 3 ? cl->s - 3 : 0; s < cl->s; s++)
    for (uint32_t mi = d->sents[s].ment0; mi < d->sents[s].ment1; mi++)
      if (!strncmp(d->ments[mi].code, st[best].c, 3)) last = (int)mi;
  return last;
}

static int event_anaphor(const dy_clause *cl, int t, const int8_t *cls) {
  const dy_doc *d = cl->d;
  int o = dy_cl_child(cl, t, cl->m->L.obj);
  /* ("the invasion was condemned by the OAS") */
  if (o < 0) o = dy_cl_child(cl, t, cl->m->L.nsubj_pass);
  if (o < 0 || cl->ment[o] >= 0 || cl->nd[o].upos != DY_UPOS_NOUN) return -1;
  int det = dy_cl_child(cl, o, cl->m->L.det);
  if (det < 0 || strcmp(dy_cl_word(cl, det), "the")) return -1;
  /* (an actor of the noun's phrase is its side, found by the roles; not
   * one of a relative clause on it: "the operation, which was launched
   * without a mandate from the U.N. Security Council") */
  for (int k = cl->fc[o]; k >= 0; k = cl->nx[k])
    if (cl->nd[k].label != cl->m->L.acl_relcl && dy_actor_in(cl, k) >= 0) return -1;
  const char *w = dy_cl_word(cl, o);
  int trig = dy_trigger_ok(cl, o), act = dy_coder_word(cl->m, DY_WS_ACT_NOUN, cl->nd[o].lemma) >= 0;
  for (uint32_t s = cl->s; trig && s-- > 0 && s + 2 >= cl->s;) {
    const dy_sent *se = &d->sents[s];
    int best = -1;
    for (uint32_t mi = se->ment0; mi < se->ment1; mi++) {
      const dy_mention *mm = &d->ments[mi];
      if (!mm->code[0] || dy_lex_generic_code(cl->lx, mm->code)) continue;
      for (uint32_t i = mm->tok1; i < se->tok1 && i <= mm->tok1 + 1; i++)
        if (same_noun(dy_tok_norm(d, &d->toks[i]), w)) best = (int)mi;
    }
    if (best >= 0) return best;
  }
  /* event-anaphor-verb: "Iranian missiles and drones struck a village ...
   * Pakistan condemned the strike": else, for a verbal reaction (10-13)
   * to a noun of force (18-20), the source of the first act of force that
   * the eight sentences before reported as done, a state or an
   * organisation (the story's event, not a later aside) */
  if (cls[t] < 10 || cls[t] > 13) return -1;
  /* event-anaphor-trigger: "China held live-fire drills around Taiwan ...
   * Taiwan condemned the drills": the source of the latest asserted act of
   * the two sentences before whose trigger is the same noun */
  for (uint32_t e = d->nevents; e-- > 0;) {
    const dy_event *ev = &d->events[e];
    if (ev->sent >= cl->s) continue;
    if (ev->sent + 2 < cl->s) break;
    if (ev->modality != DY_MOD_ASSERTED || !ev->source[0] || dy_lex_generic_code(cl->lx, ev->source)) continue;
    const dy_sent *se = &d->sents[ev->sent];
    /* the trigger, or the noun of a light verb a few words after it ("held
     * live-fire drills") */
    int same = 0;
    for (uint32_t i = se->tok0, from = 0; i < se->tok1 && !same; i++) {
      if (!from && d->toks[i].start == ev->verb_start) from = i + 1;
      if (from && i + 1 == from && same_noun(dy_tok_norm(d, &d->toks[i]), w)) same = 1;
      same = same || (from && i < from + 4 && same_noun(dy_tok_norm(d, &d->toks[i]), w));
    }
    if (!same) continue;
    for (uint32_t mi = se->ment0; mi < se->ment1; mi++)
      if (d->toks[d->ments[mi].tok0].start == ev->src_start && !strcmp(d->ments[mi].code, ev->source)) {
        if (trace) fprintf(stderr, "    rule event-anaphor-trigger: the %s of sentence %u\n", ev->code, ev->sent);
        return (int)mi;
      }
  }
  if (!trig && !act) return -1;
  /* so is a show of force (15) for a noun of one: "condemned the launch"
   * after a missile test */
  int r = (cls[o] >= 18 && cls[o] <= 20) || cls[o] == 15 ? cls[o] : -1;
  if (r < 0 && cls[o] < 0) {
    /* a noun the model did not read: force when most of the patterns its
     * word opens are ("strikes", "attack") */
    uint32_t np = 0, nr[21] = {0};
    int32_t tid = d->tid[cl->t0 + o];
    const int32_t *ps = tid >= 0 ? dy_lex_patterns_at(cl->lx, tid, &np) : NULL;
    for (uint32_t i = 0; i < np; i++) {
      const dy_pattern *p = dy_lex_pattern(cl->lx, ps[i]);
      int pr = (p->code[0] - '0') * 10 + (p->code[1] - '0');
      if (pr >= 1 && pr <= 20) nr[pr]++;
    }
    if (2 * (nr[18] + nr[19] + nr[20]) > np) r = 19;
    else if (2 * nr[15] > np) r = 15;
  }
  /* rule act-anaphor: "China also condemned the operation", "denounced the
   * takeover": a noun of word set act-noun stands for the story's act of
   * force posture, coercion or force (15-20), whichever it was */
  if (r < 0 && act) r = 17;
  if (r < 0) return -1;
  for (uint32_t e = 0; e < d->nevents; e++) {
    const dy_event *ev = &d->events[e];
    if (ev->sent >= cl->s) break;
    /* ... or of the lead's, the story's event however far back (rule
     * event-anaphor-lead: "Saudi Arabia and the UAE also condemned the
     * attack" in the eleventh sentence) */
    if (ev->sent + 8 < cl->s && ev->sent > 0) continue;
    int er = (ev->root[0] - '0') * 10 + (ev->root[1] - '0');
    if (ev->modality != DY_MOD_ASSERTED || (r == 15 ? er != 15 : r == 17 ? er < 15 : er < 18) || !ev->source[0] || dy_lex_generic_code(cl->lx, ev->source)) continue;
    /* rule anaphor-not-victim: "gunmen killed a Kosovo police officer ...
     * Kosovo police said they had killed three of the attackers ...
     * Borrell condemned the attack": the side an earlier act of force was
     * done to answers it; its force is not the attack condemned */
    int victim = 0;
    for (uint32_t q = 0; q < e && !victim; q++) {
      const dy_event *pe = &d->events[q];
      int orr = (pe->root[0] - '0') * 10 + (pe->root[1] - '0');
      if (pe->modality != DY_MOD_ASSERTED || orr < 18 || !pe->target[0] || pe->sent + 8 < cl->s) continue;
      char p3[4] = {0};
      memcpy(p3, pe->target, 3);
      victim = !strcmp(pe->target, ev->source) ||
               (strlen(pe->target) >= 3 && strlen(ev->source) >= 3 && !strncmp(pe->target, ev->source, 3) && dy_lex_country_name(cl->lx, p3));
    }
    if (victim) {
      if (trace) fprintf(stderr, "    rule anaphor-not-victim: not the %s of sentence %u by %s\n", ev->code, ev->sent, ev->source);
      continue;
    }
    const dy_sent *se = &d->sents[ev->sent];
    for (uint32_t mi = se->ment0; mi < se->ment1; mi++)
      if (d->toks[d->ments[mi].tok0].start == ev->src_start && !strcmp(d->ments[mi].code, ev->source)) {
        if (trace) fprintf(stderr, "    rule %s: the %s of sentence %u\n", r == 17 ? "act-anaphor" : "event-anaphor-verb", ev->code, ev->sent);
        return (int)mi;
      }
  }
  return -1;
}

/* Is node t a verb of word set joint-help with no object of its own ("helped
 * detain a tanker"; not "helped Syria fight")? (rule help-joint) */
static int help_joint_at(const dy_coder_models *m, const dy_clause *cl, int t) {
  return dy_coder_word(m, DY_WS_JOINT_HELP, cl->nd[t].lemma) >= 0 && dy_cl_child(cl, t, m->L.obj) < 0 && dy_cl_child(cl, t, m->L.iobj) < 0 &&
         dy_cl_child(cl, t, m->L.xcomp) >= 0;
}

static void code_parsed(sctx *c, const dy_coder_models *m, uint32_t m0) {
  const dy_sent *se = c->se;
  uint32_t e0 = c->d->nevents;
  uint32_t n = se->tok1 - se->tok0;
  int32_t dbuf[512], *dict = n <= 512 ? dbuf : dy_xreallocarray(NULL, n, sizeof *dict);
  int8_t cbuf[512], *cls = n <= 512 ? cbuf : dy_xmalloc(n);
  /* candidates left out for want of a side: their complements stand alone */
  uint8_t gbuf[512], *gone = n <= 512 ? gbuf : dy_xmalloc(n);
  memset(gone, 0, n);
  dy_cand kbuf[64], *cand = n <= 64 ? kbuf : dy_xreallocarray(NULL, n, sizeof *cand);
  for (uint32_t i = 0; i < n; i++) dict[i] = c->vat[i] >= 0 ? c->v[c->vat[i]].pat0 : -1;
  c->d->nparsed++;
  dy_clause cl;
  void *mem = NULL;
  if (clause_build(m, c->lx, c->d, c->s, m0, dict, &cl, &mem) == 0) {
    int weap[8], nweap = 0;
    /* rule weapon-modifier: "artillery attacks", "tank fire": a weapon
     * (word sets arms-aerial, arms-artillery) of no state, the modifier of
     * a common noun, is the kind of the act, not its agent (nor a pattern's
     * source) */
    for (uint32_t t = 0; t < cl.n; t++) {
      int h = cl.nd[t].head, mi = cl.ment[t];
      if (mi < 0 || h <= (int)t || cl.nd[t].label != m->L.compound || cl.nd[h].upos != DY_UPOS_NOUN || cl.ment[h] >= 0) continue;
      const dy_mention *x = &c->d->ments[mi];
      if (x->tok1 - x->tok0 != 1 || !dy_lex_generic_code(c->lx, x->code)) continue;
      if (dy_coder_word(m, DY_WS_ARMS_AERIAL, cl.nd[t].lemma) < 0 && dy_coder_word(m, DY_WS_ARMS_ARTILLERY, cl.nd[t].lemma) < 0) continue;
      if (trace) fprintf(stderr, "    rule weapon-modifier: [%s] of [%s] no actor\n", dy_cl_word(&cl, (int)t), dy_cl_word(&cl, h));
      cl.ment[t] = -1;
      if (nweap < 8) weap[nweap++] = mi;
    }
    /* rule symbol-modifier: "waving South Korean and U.S. flags": a state
     * named right before a symbol of it (word set symbol), or before "and"
     * and another such state, names no side */
    for (uint32_t t = 0; t < cl.n; t++) {
      int mi = cl.ment[t];
      if (mi < 0 || (t + 1 < cl.n && cl.ment[t + 1] == mi)) continue;
      int nx = (int)t + 1, sym = nx < (int)cl.n && dy_coder_word(m, DY_WS_SYMBOL, cl.nd[nx].lemma) >= 0;
      for (int q = nx + 1; !sym && nx < (int)cl.n && (!strcmp(dy_cl_word(&cl, nx), "and") || !strcmp(dy_cl_word(&cl, nx), ",")) && q < (int)cl.n && cl.ment[q] >= 0; q++)
        if (q + 1 < (int)cl.n && cl.ment[q + 1] != cl.ment[q]) { sym = dy_coder_word(m, DY_WS_SYMBOL, cl.nd[q + 1].lemma) >= 0; break; }
      if (!sym) continue;
      if (trace) fprintf(stderr, "    rule symbol-modifier: [%s] no actor\n", c->d->ments[mi].code);
      for (uint32_t q = 0; q < cl.n; q++) if (cl.ment[q] == mi) cl.ment[q] = -1;
      if (nweap < 8) weap[nweap++] = mi;
    }
    if (trace > 2)
      for (uint32_t t = 0; t < cl.n; t++)
        fprintf(stderr, "  node %u %s %s head %d %s ment %d dict %d\n", t, dy_cl_word(&cl, (int)t), dy_upos_name(cl.nd[t].upos),
                cl.nd[t].head, dy_parser_label_name(m->ps, cl.nd[t].label), cl.ment[t], cl.dict[t]);
    /* classify every candidate */
    for (uint32_t t = 0; t < n; t++) {
      cls[t] = -1;
      int gs = -1, gt = -1, gp = -1;
      /* a meeting noun no verb pattern begins is a trigger only by rule granted-meeting */
      if (!dy_trigger_ok(&cl, (int)t) && (m->observe || cl.ment[t] >= 0 || !granted_meeting(m, &cl, (int)t, &gs, &gt, &gp))) continue;
      dy_cand *k = &cand[t];
      int found = dy_roles(&cl, (int)t, k);
      if (k->tgt >= 0 && k->tgt_via == DY_VIA_CCOMP && claim_content(&cl, (int)t, k->tgt)) { k->tgt = -1; k->tgt_arg = -1; k->tgt_via = DY_VIA_NONE; }
      /* where the parse names no side, the dictionary pattern's surface roles */
      const vmatch *v = c->vat[t] >= 0 ? &c->v[c->vat[t]] : NULL;
      if (v && v->i == se->tok0 + t && v->pat >= 0 && k->src_via != DY_VIA_BOTH) {
        int vs = v->passive ? v->obj : v->subj, vt = v->passive ? v->subj : v->obj;
        int weapon = 0;
        for (int q = 0; q < nweap && vs >= 0; q++) weapon |= weap[q] == (int)c->g[vs].m0;
        if (vs >= 0 && !v->passive) vs = relative_head(c, vs, v->i);
        if (k->src < 0 && k->src != DY_UNRESOLVED && vs >= 0 && !k->passive && !k->no_src && !weapon) { k->src = (int)c->g[vs].m0; k->src_via = DY_VIA_PATTERN; found = 1; }
        if ((k->tgt < 0 || k->tgt == DY_UNRESOLVED) && !k->no_tgt && vt >= 0 && (int)c->g[vt].m0 != k->src && !dy_border_neighbour(&cl, (int)c->g[vt].m0) &&
            !dy_locative_agent(&cl, (int)t, (int)c->g[vt].m0) && !outside_relative(&cl, (int)t, (int)c->g[vt].m0) &&
            !claim_content(&cl, (int)t, (int)c->g[vt].m0)) {
          k->tgt = (int)c->g[vt].m0; k->tgt_via = DY_VIA_PATTERN; k->tgt_arg = -1; found = 1;
        }
      }
      /* pattern-other-subject: "declared a state of emergency, and the
       * military called up reservists": the first actor after a pattern
       * that the parse makes the subject of a conjoined clause is that
       * clause's side, not this one's target; so is the subject of a
       * complement of the source's own state ("Netanyahu warned that Israel
       * would strike if Hezbollah violated the deal"), where the other side
       * is the first actor of another state the complement names (a
       * condition's subject may well be the target: "would not resume
       * talks unless the United States lifted sanctions") */
      if (k->tgt_via == DY_VIA_PATTERN && k->tgt >= 0 && k->src >= 0) {
        int x = ment_node(&cl, k->tgt);
        int xh = x >= 0 ? cl.nd[x].head : -1;
        if (xh >= 0 && xh != (int)t && (cl.nd[x].label == m->L.nsubj || cl.nd[x].label == m->L.nsubj_pass)) {
          int conj = cl.nd[xh].label == m->L.conj;
          int own = cl.nd[xh].label == m->L.ccomp && cl.nd[xh].head == (int)t && !strncmp(c->d->ments[k->tgt].code, c->d->ments[k->src].code, 3);
          if (conj || own) {
            if (trace) fprintf(stderr, "    rule pattern-other-subject [%s]: %s is the subject of [%s]\n", cl.nd[t].lemma, c->d->ments[k->tgt].code, cl.nd[xh].lemma);
            int other = -1;
            for (int q = x + 1; own && other < 0 && q < (int)cl.n; q++) {
              int mq = cl.ment[q];
              if (mq < 0 || mq == k->tgt || !c->d->ments[mq].code[0] || !strncmp(c->d->ments[mq].code, c->d->ments[k->src].code, 3)) continue;
              int up = q, depth = 0;
              while (up >= 0 && up != xh && depth++ < 12) up = cl.nd[up].head;
              if (up == xh) other = mq;
            }
            no_target(k);
            if (other >= 0) {
              k->tgt = other; k->tgt_via = DY_VIA_PATTERN; k->tgt_arg = -1;
              if (trace) fprintf(stderr, "    rule pattern-other-subject [%s]: target %s\n", cl.nd[t].lemma, c->d->ments[other].code);
            }
            found = k->src >= 0;
          }
        }
      }
      int recip = 0, ra = -1, rb = -1;
      if (!found && !m->observe && k->src == -1 && k->tgt == -1 && (cl.dict[t] >= 0 || (dy_cl_wclass(&cl, (int)t) & DY_W_NOMINAL)) &&
          reciprocal_pair(m, &cl, (int)t, &ra, &rb)) {
        k->src = ra; k->src_arg = ment_node(&cl, ra); k->src_via = DY_VIA_COAGENT;
        k->tgt = rb; k->tgt_arg = ment_node(&cl, rb); k->tgt_via = DY_VIA_COAGENT;
        k->nominal = 1;
        found = recip = 1;
        if (trace) fprintf(stderr, "    rule reciprocal-noun [%s]: %s and %s\n", cl.nd[t].lemma, c->d->ments[ra].code, c->d->ments[rb].code);
      }
      if (!m->observe && k->src == -1 && granted_meeting(m, &cl, (int)t, &gs, &gt, &gp) && (k->tgt == -1 || k->tgt == gt)) {
        k->src = gs; k->src_arg = ment_node(&cl, gs); k->src_via = DY_VIA_INHERIT;
        k->tgt = gt; k->tgt_arg = ment_node(&cl, gt); k->tgt_via = DY_VIA_NMOD; k->prep = gp;
        k->nominal = 1;
        found = 1;
        if (trace) fprintf(stderr, "    rule granted-meeting [%s]: %s with %s\n", cl.nd[t].lemma, c->d->ments[gs].code, c->d->ments[gt].code);
      }
      if (!found) continue;
      if (k->src_via == DY_VIA_PATTERN || k->tgt_via == DY_VIA_PATTERN) dy_coagent(&cl, k);
      /* "Pete Wilson signed an agreement ... with Israel": a target the
       * pattern names lets an unknown subject be the source */
      if (k->tgt_via == DY_VIA_PATTERN) dy_unknown_source(&cl, k);
      /* "both"/"they": the two sides of the latest two-sided candidate before it */
      if (k->src_via == DY_VIA_BOTH) {
        int prev = -1;
        for (int q = (int)t - 1; q >= 0 && prev < 0; q--)
          if (cls[q] > 0 && cand[q].src >= 0 && cand[q].tgt >= 0) prev = q;
        if (prev < 0) continue;
        /* rule they-agent: of an act one side did to the other ("Police
         * shot dead an activist when they fired on people"), "they" is the
         * side that acted; of a joint one or one of cooperation (03-06:
         * "Iran and Pakistan met; they agreed"), and "both", both */
        int joint = cand[prev].tgt_via == DY_VIA_COAGENT || cand[prev].tgt_via == DY_VIA_BETWEEN || (cls[prev] >= 3 && cls[prev] <= 6) ||
                    (k->src_arg >= 0 && strcmp(dy_cl_word(&cl, k->src_arg), "they"));
        k->src = cand[prev].src;
        if (!joint) {
          if (trace) fprintf(stderr, "    rule they-agent [%s]: %s\n", cl.nd[t].lemma, c->d->ments[k->src].code);
          k->src_via = DY_VIA_INHERIT;
          if (k->tgt == k->src) k->tgt = -1;
        } else {
          k->tgt = cand[prev].tgt;
          k->src_via = DY_VIA_BOTH;
          k->tgt_via = DY_VIA_COAGENT;
        }
      }
      /* attack-agent: "two soldiers were wounded in a Hamas attack": a
       * passive of force with no agent, done in an attack (word set
       * attack-noun) that names who made it, was done by that one */
      if (!k->nominal && k->passive && k->src == -1 && k->tgt >= 0) {
        int r = pattern_root(&cl, (int)t), q = r >= 18 && r <= 20 ? attack_noun(&cl, (int)t) : -1;
        int ag = q >= 0 ? attack_agent(&cl, q) : -1;
        if (ag >= 0 && ag != k->tgt && strncmp(c->d->ments[ag].code, c->d->ments[k->tgt].code, 3)) {
          k->src = ag; k->src_arg = q; k->src_via = DY_VIA_AGENT;
          if (trace) fprintf(stderr, "    rule attack-agent [%s]: %s\n", cl.nd[t].lemma, c->d->ments[ag].code);
        }
      }
      k->modality = dy_modality(&cl, k, 0);
      light_modality(&cl, cand, cls, (int)t, 0);
      proposed_modality(&cl, cand, (int)t, 0);
      uint64_t f[DY_EV_MAXF];
      static __thread char names[DY_EV_MAXF][DY_FNAME];
      int nf = dy_features(&cl, k, f, trace > 1 ? names : NULL);
      if (m->observe) m->observe(m->observe_u, &cl, k, f, nf);
      /* emission reads the frames of analysis too (the trainer picks its
       * negatives by the clause's own modality) */
      k->modality = dy_modality(&cl, k, 1);
      light_modality(&cl, cand, cls, (int)t, trace);
      proposed_modality(&cl, cand, (int)t, trace);
      purpose_modality(&cl, cand, cls, (int)t, trace);
      if (!m->em) continue;
      float sc[DY_EV_NCLASS];
      dy_evmodel_scores(m->em, f, nf, sc);
      int best = 0;
      for (int r = 1; r < DY_EV_NCLASS; r++)
        if (sc[r] > sc[best]) best = r;
      /* an event must beat "no event" by the policy's margin (policy.txt
       * min-margin), by soft-margin in soft news */
      float need = c->soft && m->soft_margin > m->min_margin ? m->soft_margin : m->min_margin;
      /* pattern-margin: a class that a verb pattern of data/ names at the
       * trigger has two witnesses, and needs that share of the margin (not
       * in soft news) */
      const char *margin_rule = need > m->min_margin ? "soft-margin" : "min-margin";
      if (best && !c->soft && m->pattern_margin < 1 && sc[best] - sc[0] < need &&
          (pattern_root(&cl, (int)t) == best || object_pattern_root(&cl, (int)t, best))) {
        need *= m->pattern_margin;
        margin_rule = "pattern-margin";
      }
      if (best && sc[best] - sc[0] < need) {
        if (trace) fprintf(stderr, "    rule %s: class %d by %.2f only\n", margin_rule, best, sc[best] - sc[0]);
        best = 0;
      }
      /* agentless-attack: "six Pakistani security personnel were injured in
       * a quadcopter attack": a passive verb of force (its verb pattern's
       * root, 18-20) with no agent, done to an actor, whose "in" or
       * "during" phrase is an attack someone made (word set attack-noun)
       * reports that attack, whatever the model reads in the verb */
      int aa = !best && !k->nominal && k->passive && k->src == -1 && k->tgt >= 0 ? agentless_attack(&cl, (int)t) : 0;
      if (aa) {
        if (trace) fprintf(stderr, "    rule agentless-attack [%s]: class %d\n", cl.nd[t].lemma, aa);
        best = aa;
        sc[best] = sc[0] + need;
      }
      /* specific-pattern: the model names an event of another root than
       * a pattern of verb and object at the trigger does */
      int sp = best && !k->nominal && k->modality == DY_MOD_ASSERTED ? specific_pattern_root(&cl, (int)t) : 0;
      if (sp > 0 && sp < DY_EV_NCLASS && !modal_root(best) && (quad_of_root(sp) == 2 || quad_of_root(sp) == 4) &&
          (quad_of_root(sp) != quad_of_root(best) || (sp == 6 && best == 7) || (sp == 17 && best == 19)) && !(sp == 15 && quad_of_root(best) == 2)) {
        if (trace) fprintf(stderr, "    rule specific-pattern [%s]: class %d over %d\n", cl.nd[t].lemma, sp, best);
        sc[sp] = sc[best];
        best = sp;
      }
      /* rule pattern-polarity: a pattern of cooperation (03 to 08: not a
       * statement, "issued a statement condemning") that names what the
       * verb acts on ("reach * agreement", 057) against the model's
       * conflict (a rejection, a threat: "the EU and Mercosur reached a
       * free trade agreement" read as 120), in a clause no refusal or
       * failure governs ("failed to reach agreement" is 12), is the
       * pattern's act */
      if (sp > 2 && sp < DY_EV_NCLASS && best && quad_of_root(sp) <= 2 && quad_of_root(best) >= 3) {
        int h = cl.nd[t].head, refused = 0;
        for (int up = h, depth = 0; up >= 0 && depth < 3 && !refused; up = cl.nd[up].head, depth++)
          refused = (dy_cl_wclass(&cl, up) & DY_W_REFUSE) != 0 || cl.nd[up].upos == DY_UPOS_NOUN;
        if (!refused) {
          if (trace) fprintf(stderr, "    rule pattern-polarity [%s]: class %d over %d\n", cl.nd[t].lemma, sp, best);
          sc[sp] = sc[best];
          best = sp;
        }
      }
      cls[t] = (int8_t)best;
      k->margin = sc[best] - sc[0];
      /* the runner-up root, for the trace (a near tie between two roots) */
      int next = 0;
      for (int r = 1; r < DY_EV_NCLASS; r++)
        if (r != best && (!next || sc[r] > sc[next])) next = r;
      if (trace)
        fprintf(stderr, "  candidate [%s] src %s (%s) tgt %s (%s) modality %s -> class %d (%.2f; none %.2f; next %d %.2f)%s%s\n", cl.nd[t].lemma,
                k->src >= 0 ? c->d->ments[k->src].code : k->src == DY_UNRESOLVED ? "?" : "-", dy_via_name(k->src_via),
                k->tgt >= 0 ? c->d->ments[k->tgt].code : k->tgt == DY_UNRESOLVED ? "?" : "-", dy_via_name(k->tgt_via),
                dy_modality_name(k->modality), best, sc[best], sc[0], next, sc[next], k->rule ? " rule " : "", k->rule ? k->rule : "");
      /* DYAD_TRACE=2: each feature's weight for the class chosen and for no event */
      int alt = best ? 0 : 1; /* the runner-up: no event, or the best root */
      for (int r = 1; r < DY_EV_NCLASS && !best; r++)
        if (sc[r] > sc[alt]) alt = r;
      if (trace > 1) fprintf(stderr, "      feature                                  class %d  class %d (%.2f)\n", best, alt, sc[alt]);
      for (int q = 0; trace > 1 && q < nf; q++) {
        float wb = dy_evmodel_weight(m->em, f[q], best), w0 = dy_evmodel_weight(m->em, f[q], alt);
        if (wb != 0 || w0 != 0) fprintf(stderr, "      %-40s %+7.2f %+7.2f\n", names[q], wb, w0);
      }
    }
    /* pattern-complement: a verb pattern that takes in a complement it
     * negates ("declined to comment": 011, "refused to meet": 125) is one
     * event, the governor's, asserted; the complement is no event of its own */
    for (uint32_t t = 0; t < n; t++) {
      const vmatch *v = c->vat[t] >= 0 ? &c->v[c->vat[t]] : NULL;
      if (cls[t] <= 0 || !v || v->pat < 0 || v->nominal || v->i != se->tok0 + t) continue;
      for (int q = cl.fc[t]; q >= 0; q = cl.nx[q])
        if ((cl.nd[q].label == m->L.xcomp || cl.nd[q].label == m->L.ccomp) && cls[q] > 0 && cand[q].modality == DY_MOD_NEGATED &&
            se->tok0 + (uint32_t)q < v->end) {
          if (trace) fprintf(stderr, "    rule pattern-complement [%s]: [%s] is part of it\n", cl.nd[t].lemma, cl.nd[q].lemma);
          cls[q] = 0;
        }
    }
    /* nominal-complement: "Pyongyang's refusal to hold talks with Seoul": the
     * words an event noun's pattern takes in after the noun are part of its
     * event, no events of their own */
    for (uint32_t t = 0; t < n; t++) {
      const vmatch *v = c->vat[t] >= 0 ? &c->v[c->vat[t]] : NULL;
      if (cls[t] <= 0 || !v || v->pat < 0 || !v->nominal || v->i != se->tok0 + t) continue;
      for (uint32_t q = t + 1; se->tok0 + q < v->end && q < n; q++)
        if (cls[q] > 0 && (v->slot < 0 || c->gat[q] != v->slot)) {
          if (trace) fprintf(stderr, "    rule nominal-complement [%s]: [%s] is part of it\n", cl.nd[t].lemma, cl.nd[q].lemma);
          cls[q] = 0;
        }
    }
    /* pattern-object: "would halt its military exercises with South
     * Korea": the object noun a yielding verb's own pattern takes in (087
     * "halt * exercises"), the source's own act, is what it gives up, no
     * event of its own; a light verb ("launched strikes", "held talks")
     * leaves its noun the event */
    for (uint32_t t = 0; t < n; t++) {
      const vmatch *v = c->vat[t] >= 0 ? &c->v[c->vat[t]] : NULL;
      if (cls[t] <= 0 || !v || v->pat < 0 || v->nominal || v->i != se->tok0 + t || dy_coder_word(m, DY_WS_LIGHT, cl.nd[t].lemma) >= 0) continue;
      int q = dy_cl_child(&cl, (int)t, m->L.obj);
      if ((cls[t] == 8 || cls[t] == 3) && pattern_root(&cl, (int)t) == 8 && q > (int)t && se->tok0 + (uint32_t)q < v->end && cls[q] > 0 && cand[q].nominal && cand[q].src == cand[t].src &&
          (v->slot < 0 || c->gat[q] != v->slot)) {
        if (trace) fprintf(stderr, "    rule pattern-object [%s]: [%s] is part of it\n", cl.nd[t].lemma, cl.nd[q].lemma);
        cls[q] = 0;
      }
    }
    /* intention-not-demand: "Netanyahu wants to expand military
     * operations": a verb of the word set intention with an infinitive
     * complement of no subject of its own and no object (not "wants Turkey
     * to release", a wish of another's act) states the subject's own
     * intention, no demand or appeal */
    for (uint32_t t = 0; t < n; t++) {
      if ((cls[t] != 10 && cls[t] != 2) || cand[t].nominal || dy_coder_word(m, DY_WS_INTENTION, cl.nd[t].lemma) < 0) continue;
      int q = dy_cl_child(&cl, (int)t, m->L.xcomp);
      if (q < 0 || dy_cl_child(&cl, (int)t, m->L.obj) >= 0 || dy_cl_child(&cl, (int)t, m->L.iobj) >= 0) continue;
      if (dy_cl_child(&cl, q, m->L.nsubj) >= 0 || dy_cl_child(&cl, q, m->L.nsubj_pass) >= 0) continue;
      int mk = dy_cl_child(&cl, q, m->L.mark);
      if (mk < 0 || !(dy_cl_wclass(&cl, mk) & DY_W_TO)) continue;
      if (trace) fprintf(stderr, "    rule intention-not-demand [%s]: 03, not %02d\n", cl.nd[t].lemma, cls[t]);
      cls[t] = 3;
    }
    /* intention: "Tehran plans to improve its ties with Pakistan": a
     * verb of the word set intention with no verb pattern of its own states
     * the intention of its complement's act, which is the event (03x, from
     * data/coder/intent.txt), not a demand or an act of its own */
    for (uint32_t t = 0; t < n; t++) {
      const vmatch *v = c->vat[t] >= 0 ? &c->v[c->vat[t]] : NULL;
      if (cls[t] <= 0 || dy_coder_word(m, DY_WS_INTENTION, cl.nd[t].lemma) < 0) continue;
      if (v && v->pat >= 0 && v->i == se->tok0 + t && v->end > v->i + 1) continue;
      int q = dy_cl_child(&cl, (int)t, m->L.xcomp);
      if (q < 0 || cls[q] <= 0 || cand[q].modality != DY_MOD_FUTURE) continue;
      if (trace) fprintf(stderr, "    rule intention [%s]: the intention of [%s]\n", cl.nd[t].lemma, cl.nd[q].lemma);
      cls[t] = 0;
    }
    /* plan-content: "pushed back against Benjamin Netanyahu's plans to
     * seize areas of Gaza": a plan noun an actor owns (the model's
     * intention, 03) whose content is an event states that event's
     * intention, which is the event (03x or a threat, 13x), as a verb of
     * intention does; not a plan that is the object of another event
     * ("signed a deal to expand trade": its purpose) */
    for (uint32_t t = 0; t < n; t++) {
      if (cls[t] != 3 || !cand[t].nominal || cand[t].src < 0 || dy_coder_word(m, DY_WS_PLAN_NOUN, cl.nd[t].lemma) < 0) continue;
      int hh = cl.nd[t].head;
      if (hh >= 0 && cl.nd[t].label == m->L.obj && cls[hh] > 0) continue;
      int q = -1;
      for (uint32_t x = t + 2; x < n && x < t + 4 && q < 0; x++)
        if (dy_plan_noun(&cl, (int)x) == (int)t) q = (int)x;
      if (q < 0 || cls[q] <= 0 || cand[q].modality != DY_MOD_FUTURE) continue;
      if (trace) fprintf(stderr, "    rule plan-content [%s]: the intention of [%s]\n", cl.nd[t].lemma, cl.nd[q].lemma);
      cls[t] = 0;
    }
    /* deontic-demand: "declared that China must drop barriers", "reiterated
     * that Libya must hand over": a statement whose complement demands an
     * act of an actor is a demand (10) made of that actor; the act is its
     * content (a part of the governor's event below) */
    for (uint32_t t = 0; t < n; t++) {
      dy_cand *k = &cand[t];
      if (cls[t] < 0 || dy_coder_word(m, DY_WS_STATE, cl.nd[t].lemma) < 0) continue;
      int q = dy_cl_child(&cl, (int)t, m->L.ccomp);
      if (q < 0) continue;
      /* rule deontic-object: "said Pakistan had every right to respond":
       * "have" with an object of its own demands nothing (roles.c) */
      if (trace && dy_coder_word(m, DY_WS_DEONTIC_VERB, cl.nd[q].lemma) >= 0 && dy_cl_child(&cl, q, m->L.xcomp) >= 0 &&
          dy_cl_child(&cl, q, m->L.obj) >= 0)
        fprintf(stderr, "    rule deontic-object [%s]: no demand\n", cl.nd[q].lemma);
      if (k->tgt_via != DY_VIA_CCOMP || k->tgt < 0 || k->src < 0 || !dy_deontic(&cl, q)) continue;
      /* hedged-deontic: "warned that he may have to raise taxes": a
       * necessity that only may be (word set hedge-modal) is a forecast, a
       * statement: neither a demand nor a threat */
      int hedged = 0;
      for (int a = cl.fc[q]; a >= 0 && !hedged; a = cl.nx[a])
        hedged = cl.nd[a].label == m->L.aux && dy_coder_word(m, DY_WS_HEDGE_MODAL, cl.nd[a].lemma) >= 0;
      if (hedged) {
        if (trace) fprintf(stderr, "    rule hedged-deontic [%s]: no demand%s\n", cl.nd[q].lemma, cls[t] == 13 ? ", no threat" : "");
        if (cls[t] == 13) cls[t] = 1; /* a forecast of what the other must do threatens nothing */
        continue;
      }
      if (trace && cls[t] != 10) fprintf(stderr, "    rule deontic-demand [%s]\n", cl.nd[t].lemma);
      cls[t] = 10;
      /* the act demanded is the demand's content: "must drop", "has to withdraw" */
      int x = dy_cl_child(&cl, q, m->L.xcomp);
      if (cls[q] > 0) cls[q] = 0;
      if (x >= 0 && cls[x] > 0) cls[x] = 0;
    }
    /* message-participle: "the PKK issued a declaration demanding that
     * the Turkish government provide": a participle on a message (word set
     * message) the parser hung on the issuing verb is the message's act,
     * done by the issuer; the issuing is no event of its own. Signing
     * one (word set mutual-act: "signed a declaration ending two decades
     * of hostility") is an agreement, an event of its own */
    for (uint32_t t = 0; t < n; t++) {
      int h = cl.nd[t].head, o = h >= 0 ? dy_cl_child(&cl, h, m->L.obj) : -1;
      if (cls[t] <= 0 || cl.nd[t].label != m->L.xcomp || o < 0 || cls[h] <= 0 || cand[t].src < 0) continue;
      if (dy_coder_word(m, DY_WS_MUTUAL_ACT, cl.nd[h].lemma) >= 0) continue;
      if (dy_coder_word(m, DY_WS_MESSAGE, cl.nd[o].lemma) < 0 || !(wc(c, se->tok0 + t) & DY_W_ING)) continue;
      if (trace) fprintf(stderr, "    rule message-participle [%s]: [%s] speaks for it\n", cl.nd[h].lemma, cl.nd[t].lemma);
      cls[h] = 0;
      if (o != (int)t && cls[o] > 0) cls[o] = 0;
    }
    /* reported-refusal: "has announced that it will not lift the ban on
     * the Tamil Tigers": a statement with no other side of its own whose
     * complement is a stated refusal with one reports the refusal, which
     * is the event; a warning stays a threat ("warned it would not
     * tolerate", word set statement-threat) */
    for (uint32_t t = 0; t < n; t++) {
      int h = cl.nd[t].head;
      if (cls[t] <= 0 || h < 0 || cls[h] <= 1 || cand[h].tgt != -1 || cl.nd[t].label != m->L.ccomp) continue;
      if (dy_coder_word(m, DY_WS_STATE, cl.nd[h].lemma) < 0 || dy_coder_word(m, DY_WS_STATE_THREAT, cl.nd[h].lemma) >= 0) continue;
      if (cand[t].tgt < 0 || cand[t].tgt == cand[h].src || !dy_refused(&cl, &cand[t])) continue;
      if (trace) fprintf(stderr, "    rule reported-refusal [%s]: reports [%s]\n", cl.nd[h].lemma, cl.nd[t].lemma);
      cls[h] = 0;
    }
    /* reported-intention: "said they would boycott all official contact
     * with the United States": a statement with no other side of its own
     * whose complement is a stated intention with one reports the
     * intention, which is the event (its 03x or 13x code from intent.txt),
     * not the saying; a warning stays a threat (word set statement-threat) */
    for (uint32_t t = 0; t < n; t++) {
      int h = cl.nd[t].head;
      if (cls[t] <= 1 || h < 0 || cls[h] <= 1 || cand[h].tgt != -1 || cl.nd[t].label != m->L.ccomp) continue;
      if (cand[t].modality != DY_MOD_FUTURE || cand[t].tgt < 0 || cand[t].tgt == cand[h].src) continue;
      if (dy_coder_word(m, DY_WS_STATE, cl.nd[h].lemma) < 0 || dy_coder_word(m, DY_WS_STATE_THREAT, cl.nd[h].lemma) >= 0) continue;
      if (trace) fprintf(stderr, "    rule reported-intention [%s]: reports [%s]\n", cl.nd[h].lemma, cl.nd[t].lemma);
      cls[h] = 0;
    }
    /* threat-content-target: "Netanyahu warned that Israel would strike if
     * Hezbollah violated the deal": a threat with no other side whose
     * complement acts on someone not of the threatener's state is a threat
     * to that one (the complement is part of it: rule part-of-governor) */
    for (uint32_t t = 0; t < n; t++) {
      int h = cl.nd[t].head;
      if (cls[t] <= 0 || h < 0 || cl.nd[t].label != m->L.ccomp || cls[h] != 13 || cand[h].tgt != -1 || cand[h].src < 0) continue;
      int tg = cand[t].tgt;
      if (tg < 0 || tg == cand[h].src || !strncmp(c->d->ments[tg].code, c->d->ments[cand[h].src].code, 3)) continue;
      if (trace) fprintf(stderr, "    rule threat-content-target [%s]: target %s from [%s]\n", cl.nd[h].lemma, c->d->ments[tg].code, cl.nd[t].lemma);
      cand[h].tgt = tg; cand[h].tgt_arg = cand[t].tgt_arg; cand[h].tgt_via = cand[t].tgt_via; cand[h].prep = cand[t].prep;
    }
    /* warning-no-threat: "Hammond warned Israel that Western public opinion
     * was turning against it": a warning whose complement, with a subject
     * of its own, says what is or was (no auxiliary of the future or of a
     * modal, no condition) threatens nothing; it is a statement (01) */
    for (uint32_t h = 0; h < n; h++) {
      if (cls[h] != 13 || cand[h].nominal || dy_coder_word(m, DY_WS_STATE_THREAT, cl.nd[h].lemma) < 0) continue;
      /* every complement (a parse may split one in two: "warned that
       * anyone doing business with Iran could face sanctions") */
      int ncomp = 0, modal = 0;
      for (int comp = cl.fc[h]; comp >= 0 && !modal; comp = cl.nx[comp]) {
        if (cl.nd[comp].label != m->L.ccomp) continue;
        ncomp++;
        if (dy_cl_child(&cl, comp, m->L.nsubj) < 0 && dy_cl_child(&cl, comp, m->L.nsubj_pass) < 0) modal = 1;
        for (int a = cl.fc[comp]; a >= 0 && !modal; a = cl.nx[a]) {
          if ((cl.nd[a].label == m->L.aux) && (dy_lex_wclass(c->lx, c->d->tid[cl.t0 + a]) & (DY_W_FUTURE | DY_W_MODAL))) modal = 1;
          if (cl.nd[a].label == m->L.advcl) modal = 1; /* "if ...", "unless ..." */
          if (cl.nd[a].label == m->L.xcomp && dy_cl_child(&cl, a, m->L.mark) >= 0) modal = 1; /* "is going to", "has to" */
        }
      }
      if (!ncomp) continue;
      if (modal) continue;
      if (trace) fprintf(stderr, "    rule warning-no-threat [%s]: class 13 -> 1\n", cl.nd[h].lemma);
      cls[h] = 1;
    }
    /* content-of-object: "rejected loud appeals to release Aya Hijazi",
     * "rejected an invitation to attend a meeting of Palestinian factions":
     * a governor with no other side whose object is a demand or plan noun
     * takes the other side of the act the noun's infinitive names; that
     * act is the noun's content, not an event of its own, whether or not
     * the model read one in it */
    for (uint32_t t = 0; t < n; t++) {
      int h = cl.nd[t].head, o = h >= 0 ? cl.nd[h].head : -1;
      if (cls[t] < 0 || h < 0 || o < 0 || cl.nd[t].label != m->L.acl || cl.nd[h].label != m->L.obj) continue;
      if (cls[o] <= 1 || cls[o] > 13 || cand[o].tgt != -1 || cand[o].src < 0 || cl.ment[h] >= 0) continue;
      /* (a governor of no event by its object, "made the decision to
       * withdraw", leaves the content the event, its owner's intention) */
      if (!cand[o].nominal && no_event_sense(&cl, o)) continue;
      if (dy_coder_word(m, DY_WS_DEMAND_NOUN, cl.nd[h].lemma) < 0 && dy_coder_word(m, DY_WS_PLAN_NOUN, cl.nd[h].lemma) < 0) continue;
      int mk = dy_cl_child(&cl, (int)t, m->L.mark);
      if (mk < 0 || strcmp(dy_cl_word(&cl, mk), "to")) continue;
      dy_cand *k = &cand[t];
      int tg = k->tgt >= 0 && k->tgt != cand[o].src ? k->tgt : -1;
      if (tg < 0) continue;
      if (trace) fprintf(stderr, "    rule content-of-object [%s]: target %s from [%s]\n", cl.nd[o].lemma, c->d->ments[tg].code, cl.nd[t].lemma);
      cand[o].tgt = tg; cand[o].tgt_arg = h; cand[o].tgt_via = DY_VIA_OBJ; cand[o].prep = -1;
      cls[t] = 0;
    }
    /* reported-act: "announced that it has earmarked 1.5 million euros in
     * aid to help Haiti": a verb of saying (word set statement) whose
     * "that" clause is an act done (asserted, of another kind than a
     * statement) reports it; the act is the event, not the saying
     * ("announced that he will extend the curfew" is an intention, kept) */
    for (uint32_t t = 0; t < n; t++) {
      int h = cl.nd[t].head;
      if (cls[t] <= 1 || h < 0 || cls[h] <= 1 || cl.nd[t].label != m->L.ccomp) continue;
      if (dy_coder_word(m, DY_WS_STATE, cl.nd[h].lemma) < 0 || cand[t].modality != DY_MOD_ASSERTED) continue;
      if (trace) fprintf(stderr, "    rule reported-act [%s]: [%s] is the event\n", cl.nd[h].lemma, cl.nd[t].lemma);
      cls[h] = 0;
    }
    /* "announced that he will extend the curfew in Abidjan": a governor
     * with no other side takes its complement's, the complement being part
     * of its event */
    for (uint32_t t = 0; t < n; t++) {
      int h = cl.nd[t].head;
      if (cls[t] <= 0 || h < 0 || cls[h] <= 1 || cls[h] > 13) continue; /* a statement (01) reports, it takes nothing */
      if (cl.nd[t].label != m->L.xcomp && cl.nd[t].label != m->L.ccomp) continue;
      dy_cand *g = &cand[h], *k = &cand[t];
      if (g->tgt != -1 || k->tgt == -1 || k->tgt == g->src || k->src_via == DY_VIA_BOTH) continue;
      g->tgt = k->tgt; g->tgt_arg = k->tgt_arg; g->prep = k->prep;
      g->tgt_via = cl.nd[t].label == m->L.xcomp ? DY_VIA_XCOMP : DY_VIA_CCOMP;
    }
    for (uint32_t t = 0; t < n; t++) {
      if (cls[t] <= 0) continue;
      dy_cand *k = &cand[t];
      int h = cl.nd[t].head;
      /* risk-subject: "an onslaught that threatened to overwhelm": a thing
       * that threatens makes no threat */
      if (!k->nominal && dy_risk_subject(&cl, (int)t)) { drop(c, se->tok0 + t, "risk-subject"); continue; }
      /* sense: "released images", "launched a satellite", "conducted a
       * seminar": a verb whose object gives it a sense of no event */
      if (!k->nominal && no_event_sense(&cl, (int)t)) { drop(c, se->tok0 + t, "sense"); continue; }
      /* verbal-attack: "the Liberal Democrats have attacked Labour's plans":
       * force done to a plan or to words is a criticism (111) */
      /* (the model may read it as a disapproval already: the verb's own
       * pattern is then force) */
      if (!k->nominal && (cls[t] >= 18 || (cls[t] == 11 && pattern_root(&cl, (int)t) >= 18)) && verbal_attack(&cl, (int)t)) {
        if (trace) fprintf(stderr, "    rule verbal-attack [%s]: class %d -> 11\n", cl.nd[t].lemma, cls[t]);
        cls[t] = 11;
        k->verbal = 1;
      }
      /* armed-fight: "Commandos killed the last of the attackers": a verb
       * of conventional force (its own pattern's root 19) done by an armed
       * side to an armed side is fighting (19), not coercion (17) */
      if (!k->nominal && cls[t] == 17 && pattern_root(&cl, (int)t) == 19 && k->src >= 0 && k->tgt >= 0 &&
          armed(c->d->ments[k->src].code) && armed(c->d->ments[k->tgt].code)) {
        if (trace) fprintf(stderr, "    rule armed-fight [%s]: class 17 -> 19\n", cl.nd[t].lemma);
        cls[t] = 19;
      }
      /* series-noun: "began a campaign of strikes against the Houthis": a
       * noun of word set series whose "of" phrase is an event noun is that
       * event, which takes its sides; the series is none of its own */
      if (k->nominal && dy_coder_word(m, DY_WS_SERIES, cl.nd[t].lemma) >= 0) {
        int ev = -1;
        for (int q = cl.fc[t]; q >= 0 && ev < 0; q = cl.nx[q]) {
          int p = dy_cl_child(&cl, q, m->L.case_);
          if (q > (int)t && cl.nd[q].label == m->L.nmod && p >= 0 && !strcmp(dy_cl_word(&cl, p), "of") && cls[q] > 0 && cand[q].nominal) ev = q;
        }
        if (ev >= 0) {
          dy_cand *o = &cand[ev];
          if (o->src < 0 && k->src >= 0 && k->src != o->tgt) { o->src = k->src; o->src_arg = k->src_arg; o->src_via = k->src_via; }
          if (o->tgt < 0 && k->tgt >= 0 && k->tgt != o->src) { o->tgt = k->tgt; o->tgt_arg = k->tgt_arg; o->tgt_via = k->tgt_via; o->prep = k->prep; }
          o->modality = k->modality;
          drop(c, se->tok0 + t, "series-noun");
          continue;
        }
      }
      /* naming-verb: "called Russia a long-term threat": an object and what
       * it is named; no appeal, only a disapproval or a rejection */
      /* rule cancelled-meeting: "Netanyahu called off a meeting with
       * Obama": a verb that calls off its object event, read as that
       * event, is the calling off: its own pattern's act (125: refusing to
       * meet), else none */
      if (!k->nominal && dy_cancels(&cl, (int)t)) {
        int ob = dy_cl_child(&cl, (int)t, m->L.obj);
        if (ob >= 0 && cls[ob] > 0 && cls[ob] == cls[t]) {
          int pr = pattern_root(&cl, (int)t);
          if (pr > 0 && pr != cls[t]) {
            if (trace) fprintf(stderr, "    rule cancelled-meeting [%s]: class %d\n", cl.nd[t].lemma, pr);
            cls[t] = pr;
          } else {
            drop(c, se->tok0 + t, "cancelled-meeting");
            continue;
          }
        }
      }
      if (!k->nominal && cls[t] != 11 && cls[t] != 12 && naming_verb(&cl, (int)t)) {
        /* (what it names is no act of the namer's: "Washington called the
         * missile tests provocative") */
        int ob = dy_cl_child(&cl, (int)t, m->L.obj);
        if (ob > (int)t && cand[ob].nominal && cand[ob].src_via == DY_VIA_LIGHT) { cand[ob].src = -1; cand[ob].src_via = DY_VIA_NONE; }
        drop(c, se->tok0 + t, "naming-verb");
        continue;
      }
      /* light-verb-charge: "blamed Pakistan for using the Taliban to wage
       * war on Afghanistan": an event noun its light verb does inside a
       * charge is part of the charge, not an event */
      if (k->nominal && k->src_via == DY_VIA_LIGHT && h >= 0 && !cand[h].nominal && dy_charged(&cl, h)) { drop(c, se->tok0 + t, "light-verb-charge"); continue; }
      /* undone-noun: "lifted the ban on fuel deliveries", "ended the
       * blockade": an event noun a yielding (08) undoes is what was
       * undone, part of the yielding, not an event of its own */
      if (k->nominal && h >= 0 && cls[h] == 8 && !gone[h] && dy_coder_word(m, DY_WS_UNDO, cl.nd[h].lemma) >= 0 &&
          (cl.nd[t].label == m->L.obj || cl.nd[t].label == m->L.nsubj_pass)) { drop(c, se->tok0 + t, "undone-noun"); continue; }
      /* curtailed-noun: "to get it to cut its oil trade with Russia": a
       * cooperative event noun (03-08) a verb of word set curtail has as its
       * object is what is cut back, no cooperation of its own */
      if (k->nominal && h >= 0 && cls[t] >= 3 && cls[t] <= 8 && dy_coder_word(m, DY_WS_CURTAIL, cl.nd[h].lemma) >= 0 &&
          (cl.nd[t].label == m->L.obj || cl.nd[t].label == m->L.nsubj_pass)) { drop(c, se->tok0 + t, "curtailed-noun"); continue; }
      /* ended-force: "a peace agreement aimed at ending fighting", "to halt
       * the attacks": force (18-20), a noun or a gerund, that a verb of word
       * set curtail has as its object is what is to end, not force done
       * (nor, under the purpose's future, a threat of it) */
      if (h >= 0 && cls[t] >= 18 && cls[t] <= 20 && (cl.nd[t].label == m->L.obj || cl.nd[t].label == m->L.xcomp) && dy_coder_word(m, DY_WS_CURTAIL, cl.nd[h].lemma) >= 0) {
        drop(c, se->tok0 + t, "ended-force");
        continue;
      }
      /* noun-venue: "signed the deal at the State Department": where a
       * light verb's event noun is done, "at" a place or a seat of
       * government, is no side of it */
      /* between-not-side: "agreed to achieve a durable peace between Iran
       * and Israel": the two a thing acted on is between are not the other
       * side of the act (a mediation's, 04, are: rule mediator-between) */
      if (k->tgt >= 0 && k->tgt_via == DY_VIA_OBJ && cls[t] != 4 && !k->nominal && k->tgt_arg >= 0) {
        int between = 0;
        for (int x = 0; x < (int)cl.n && !between; x++) {
          if (cl.ment[x] != k->tgt) continue;
          /* the target's word, or one it hangs from up to the object, has "between" */
          for (int tn = x, up = 0; up < 4 && tn >= 0 && tn != (int)t && !between; up++) {
            int cs = dy_cl_child(&cl, tn, m->L.case_);
            if (cs >= 0 && !strcmp(dy_cl_word(&cl, cs), "between")) between = 1;
            if (tn == k->tgt_arg) break;
            tn = cl.nd[tn].head;
          }
        }
        if (between) {
          if (trace) fprintf(stderr, "    rule between-not-side [%s]: no target\n", cl.nd[t].lemma);
          no_target(k);
        }
      }
      /* so is where a meeting, an agreement, an arrest, a pledge or aid is
       * done ("was arrested at the hospital", "pledged $500 million at a
       * conference in Tokyo") */
      int venue_root = cls[t] == 3 || cls[t] == 4 || cls[t] == 5 || cls[t] == 6 || cls[t] == 7 || cls[t] == 17;
      /* but the venue says whose a side of no state is ("meetings with
       * officials at the State Department": the department's officials) */
      int on_side = 0;
      for (int q = cl.fc[t]; q >= 0 && !on_side && k->prep >= 0; q = cl.nx[q]) {
        int cs = dy_cl_child(&cl, q, m->L.case_);
        on_side = cs >= 0 && !strcmp(dy_cl_word(&cl, cs), "with") && cl.ment[q] >= 0 && cl.ment[q] != k->tgt &&
                  dy_lex_generic_code(c->lx, c->d->ments[cl.ment[q]].code) && dy_lex_country_name(c->lx, c->d->ments[k->tgt].code);
      }
      if (on_side && trace) fprintf(stderr, "    rule venue-side [%s]: %s\n", cl.nd[t].lemma, c->d->ments[k->tgt].code);
      /* rule at-people: people named by their sector, no organ of a state
       * ("fired tear gas at protesters", "shot at rebels"), are no venue
       * but what the act is aimed at */
      int at_people = 0;
      if (k->tgt >= 0 && c->d->ments[k->tgt].kind == DY_ACT_SECTOR) {
        const dy_mention *pm = &c->d->ments[k->tgt];
        size_t pn = strlen(pm->code);
        const dy_tok *lt = &c->d->toks[pm->tok1 - 1];
        /* (named in the plural, of a sector of people: policy.txt riot-sectors
         * or political-sectors, not an organ of a state: not "at the hospital") */
        int pol = 0;
        for (int i = 0; pn >= 3 && i < m->npolitical; i++) pol |= !strcmp(pm->code + pn - 3, m->political[i]);
        at_people = pn >= 3 && (riot_sector(c->lx, pm->code) || pol) && !organ_sector(c->lx, pm->code + pn - 3) &&
                    lt->end > lt->start && c->d->text[lt->end - 1] == 's';
        /* force aimed "at" armed men or their base ("launched an attack at a
         * US military base") is done to them */
        if (cls[t] >= 18 && cls[t] <= 20 && armed(pm->code)) at_people = 1;
      }
      /* rule at-craft: coercion or force aimed "at" a state's ship, boat or
       * aircraft (word set craft-noun: "fired a water cannon at a
       * Philippine vessel") is done to that state, no venue */
      if (!at_people && k->tgt >= 0 && k->prep >= 0 && cls[t] >= 17 && cls[t] <= 20 && !strcmp(dy_cl_word(&cl, k->prep), "at")) {
        int hn = cl.nd[k->prep].head;
        if (hn >= 0 && dy_coder_word(m, DY_WS_CRAFT_NOUN, cl.nd[hn].lemma) >= 0) {
          at_people = 1;
          if (trace) fprintf(stderr, "    rule at-craft [%s]: %s\n", cl.nd[t].lemma, c->d->ments[k->tgt].code);
        }
      }
      if (at_people && k->prep >= 0 && !strcmp(dy_cl_word(&cl, k->prep), "at") && trace) fprintf(stderr, "    rule at-people [%s]: %s\n", cl.nd[t].lemma, c->d->ments[k->tgt].code);
      if (((k->nominal && k->src_via == DY_VIA_LIGHT) || venue_root) && k->tgt >= 0 && k->prep >= 0 && !on_side && !at_people && !strcmp(dy_cl_word(&cl, k->prep), "at")) {
        if (trace) fprintf(stderr, "    rule noun-venue [%s]: no target\n", cl.nd[t].lemma);
        no_target(k);
        /* the object, when it is an actor, is the side instead ("arrested the opposition leader at the hospital") */
        int ob = k->nominal ? -1 : dy_cl_child(&cl, (int)t, m->L.obj);
        if (ob >= 0 && cl.ment[ob] >= 0 && cl.ment[ob] != k->src) { k->tgt = cl.ment[ob]; k->tgt_arg = ob; k->tgt_via = DY_VIA_OBJ; }
      }
      /* locative-venue: "held an emergency summit in the Nigerian capital",
       * "agreed to meet again in Brazil": an actor in a phrase of where of
       * an act of a root of policy.txt venue-roots (intentions, meetings,
       * talks, visits) names where it is done, not its other side ("a visit
       * to Brazil", "visited Brazil" keep it; so does a side of no state
       * the venue's state owns: venue-side) */
      if (k->tgt >= 0 && !on_side && k->tgt_via != DY_VIA_COAGENT && k->tgt_via != DY_VIA_BETWEEN && cls[t] > 0 && cls[t] <= 20 &&
          m->venue_roots[cls[t]] && venue_phrase(&cl, k->tgt, (int)t)) {
        if (trace) fprintf(stderr, "    rule locative-venue: target %s dropped\n", c->d->ments[k->tgt].code);
        int venue = k->tgt, os = venue_other_side(&cl, (int)t, k->src, venue);
        k->tgt = -1;
        k->tgt_via = DY_VIA_NONE;
        if (os >= 0) {
          k->tgt = cl.ment[os]; k->tgt_arg = os; k->tgt_via = DY_VIA_OBL; k->prep = -1;
          if (trace) fprintf(stderr, "    rule locative-venue: target %s instead\n", c->d->ments[k->tgt].code);
        }
        /* a light verb's event noun takes the light verb's other side, a
         * partner named with the source ("Iran and the United States held
         * talks in Oman") */
        if (k->tgt < 0 && k->nominal && k->src_via == DY_VIA_LIGHT && h >= 0 && cand[h].tgt >= 0 && cand[h].tgt != k->src && cand[h].tgt_via == DY_VIA_COAGENT) {
          k->tgt = cand[h].tgt; k->tgt_arg = cand[h].tgt_arg; k->tgt_via = cand[h].tgt_via; k->prep = cand[h].prep;
          if (trace) fprintf(stderr, "    rule locative-venue: target %s of [%s]\n", c->d->ments[k->tgt].code, cl.nd[h].lemma);
        }
      }
      /* part of its governor's event: "agreed to expand", "demanded that
       * Russia return" */
      int asp_h = h >= 0 && (dy_coder_word(m, DY_WS_ASPECTUAL, cl.nd[h].lemma) >= 0 || help_joint_at(m, &cl, h));
      int con_h = h >= 0 && dy_coder_word(m, DY_WS_CONATIVE, cl.nd[h].lemma) >= 0 && !past_attempt(&cl, h);
      /* (the purpose of a call or a visit is an event of its own: "phoned
       * Boric to congratulate him", rule contact-purpose) */
      int contact_h = h >= 0 && cl.nd[t].label == m->L.xcomp && dy_coder_word(m, DY_WS_CONTACT, cl.nd[h].lemma) >= 0 && dy_appeal_obl(&cl, h) < 0;
      if (contact_h && trace) fprintf(stderr, "    rule contact-purpose [%s]: the purpose of [%s]\n", cl.nd[t].lemma, cl.nd[h].lemma);
      /* colon-clause: "Iran and Pakistan supported opposing factions: Iran
       * backed the Northern Alliance": a clause with its own subject after a
       * colon says what its governor was, an event of its own */
      int colon_h = 0;
      if (h >= 0 && cl.nd[t].label == m->L.ccomp && dy_cl_child(&cl, (int)t, m->L.nsubj) >= 0)
        for (int q = cl.fc[t]; q >= 0 && q < (int)t && !colon_h; q = cl.nx[q])
          colon_h = cl.nd[q].label == m->L.punct && !strcmp(dy_cl_word(&cl, q), ":");
      if (colon_h && trace) fprintf(stderr, "    rule colon-clause [%s]: an event of its own, not part of [%s]\n", cl.nd[t].lemma, cl.nd[h].lemma);
      if (h >= 0 && !asp_h && !con_h && !contact_h && !colon_h && (cl.nd[t].label == m->L.xcomp || cl.nd[t].label == m->L.ccomp) && cls[h] > 1 && cls[h] <= 13 && !gone[h]) { drop(c, se->tok0 + t, "part-of-governor"); continue; }
      /* rule copula-governor: "was ready to respond if needed": the
       * complement of an adjective whose copula carries the stated
       * readiness (a verbal event, 02-13) is part of that event, no threat
       * of its own, when it names no other side ("is willing to withdraw
       * its troops from Kashmir" keeps its own) */
      if (h >= 0 && k->tgt < 0 && cls[h] <= 0 && cl.nd[h].upos == DY_UPOS_ADJ && cl.nd[t].label == m->L.xcomp) {
        int cp = dy_cl_child(&cl, h, m->L.cop);
        if (cp >= 0 && cls[cp] > 1 && cls[cp] <= 13 && !gone[cp]) {
          if (trace) fprintf(stderr, "    rule copula-governor [%s]: part of [%s %s]\n", cl.nd[t].lemma, cl.nd[cp].lemma, cl.nd[h].lemma);
          drop(c, se->tok0 + t, "part-of-governor");
          continue;
        }
      }
      /* rule withdraw-to-fight: "was pulling its troops back from Iraq to
       * help fight the Russians": a withdrawal (a yielding verb pattern, 08)
       * made to fight elsewhere, its purpose a verb of fighting (word set
       * force-purpose, or the verb it helps to do), is a redeployment,
       * no de-escalation toward anyone */
      if ((cls[t] == 3 || cls[t] == 8) && pattern_root(&cl, (int)t) == 8) {
        int fight = -1;
        for (int q = cl.fc[t]; q >= 0 && fight < 0; q = cl.nx[q]) {
          if (cl.nd[q].label != m->L.advcl && cl.nd[q].label != m->L.xcomp) continue;
          int mk = dy_cl_child(&cl, q, m->L.mark);
          if (mk < 0 || strcmp(dy_cl_word(&cl, mk), "to")) continue;
          int f = dy_coder_word(m, DY_WS_FORCE_PURPOSE, cl.nd[q].lemma) >= 0;
          /* (or the verb it helps to do: "to help fight") */
          for (int x = cl.fc[q]; x >= 0 && !f; x = cl.nx[x])
            f = cl.nd[x].upos == DY_UPOS_VERB && x > q && dy_coder_word(m, DY_WS_FORCE_PURPOSE, cl.nd[x].lemma) >= 0;
          if (f) fight = q;
        }
        if (fight >= 0) {
          if (trace) fprintf(stderr, "    rule withdraw-to-fight [%s]: to [%s]\n", cl.nd[t].lemma, cl.nd[fight].lemma);
          drop(c, se->tok0 + t, "withdraw-to-fight");
          continue;
        }
      }
      /* rule help-fight: "to help fight the Russians": the side a verb of
       * fighting (word set force-purpose) under an act of aid is fought, not
       * helped: no target of the aid */
      if (cls[t] == 7 && k->tgt >= 0 && k->tgt_via == DY_VIA_XCOMP) {
        int x = dy_cl_child(&cl, (int)t, m->L.xcomp);
        if (x >= 0 && dy_coder_word(m, DY_WS_FORCE_PURPOSE, cl.nd[x].lemma) >= 0) {
          if (trace) fprintf(stderr, "    rule help-fight [%s]: %s is fought\n", cl.nd[t].lemma, c->d->ments[k->tgt].code);
          no_target(k);
        }
      }
      /* purpose-same-root: "met Chirac in Paris to discuss the EU budget":
       * a to-infinitive of purpose of the same root and source as the verb
       * it depends on is that event's purpose, not another event (nor is
       * the owner of what is discussed its other side); so is the purpose
       * of an agreement or a cooperation (05, 06: "signed agreements to
       * boost trade" is the signing). A call's, an appeal's or a show of
       * force's purpose is an event of its own (contact-purpose,
       * appeal-content, purpose-target). */
      if (h >= 0 && !k->nominal && !gone[h] && (cls[h] == cls[t] || cls[h] == 5 || cls[h] == 6) && cl.nd[t].label == m->L.advcl &&
          cand[h].src == k->src && cand[h].tgt >= 0) {
        int mk = dy_cl_child(&cl, (int)t, m->L.mark);
        if (mk >= 0 && !strcmp(dy_cl_word(&cl, mk), "to")) { drop(c, se->tok0 + t, "purpose-same-root"); continue; }
      }
      /* appeal-content: "called on Tony Blair to apologise for the war": a
       * to-infinitive the parser hung on an appeal or a demand (02, 10) as
       * an adverbial clause is what is asked, part of its event (one that
       * acts on an object of its own, "urged the EU to support the PLO",
       * stays an event of its own) */
      if (h >= 0 && !k->nominal && cl.nd[t].label == m->L.advcl && (cls[h] == 2 || cls[h] == 10) && !gone[h] && k->tgt_via != DY_VIA_OBJ) {
        int mk = dy_cl_child(&cl, (int)t, m->L.mark);
        if (mk >= 0 && !strcmp(dy_cl_word(&cl, mk), "to") && dy_cl_child(&cl, (int)t, m->L.nsubj) < 0) { drop(c, se->tok0 + t, "appeal-content"); continue; }
      }
      /* "began airlifting food", "resumed shelling": an aspectual verb is
       * its complement's event, not one of its own (rule aspectual) */
      /* rule agreed-measure: "foreign ministers have agreed to exclude
       * Myanmar's junta leader from a summit": what a side agreed (word set
       * decision-verb) to do to another, a measure a pattern of its
       * complement codes as reduced relations (16), is decided, done as the
       * agreement is: the measure, not an intention (03) */
      if (k->modality == DY_MOD_ASSERTED && dy_coder_word(m, DY_WS_DECISION_VERB, cl.nd[t].lemma) >= 0) {
        int x = dy_cl_child(&cl, (int)t, m->L.xcomp);
        if (x >= 0 && pattern_root(&cl, x) == 16 && cand[x].tgt >= 0 && cand[x].tgt != k->src && cls[x] >= 0) {
          if (trace) fprintf(stderr, "    rule agreed-measure [%s]: [%s] 16 asserted\n", cl.nd[t].lemma, cl.nd[x].lemma);
          cand[x].modality = DY_MOD_ASSERTED;
          cls[x] = 16;
          gone[t] = 1;
          drop(c, se->tok0 + t, "agreed-measure");
          continue;
        }
      }
      /* rule celebration: "Crowds took to the streets of Libreville to
       * celebrate": a gathering (14) whose purpose or manner is a
       * celebration (word set celebrate, a complement or a modifier of the
       * trigger) is no protest */
      if (cls[t] == 14) {
        int cel = dy_coder_word(m, DY_WS_CELEBRATE, cl.nd[t].lemma) >= 0;
        for (int q = cl.fc[t]; q >= 0 && !cel; q = cl.nx[q])
          if (cl.nd[q].label == m->L.xcomp || cl.nd[q].label == m->L.advcl || cl.nd[q].label == m->L.obl || cl.nd[q].label == m->L.conj)
            cel = dy_coder_word(m, DY_WS_CELEBRATE, cl.nd[q].lemma) >= 0;
        if (cel) { drop(c, se->tok0 + t, "celebration"); continue; }
      }
      /* rule help-joint: "British Royal Marines helped detain an Iranian
       * tanker": a verb of word set joint-help with no object of its own
       * (not "helped Syria fight the rebels", aid to Syria) is the act its
       * complement names, done by its subject with others: the complement
       * is the event, as of an aspect */
      int help_joint = help_joint_at(m, &cl, (int)t);
      if (help_joint && trace) fprintf(stderr, "    rule help-joint [%s]\n", cl.nd[t].lemma);
      if (help_joint || dy_coder_word(m, DY_WS_ASPECTUAL, cl.nd[t].lemma) >= 0) {
        int comp = -1;
        for (int q = cl.fc[t]; q >= 0 && comp < 0; q = cl.nx[q])
          if ((cl.nd[q].label == m->L.xcomp || cl.nd[q].label == m->L.ccomp) && cls[q] > 0) comp = q;
        if (comp >= 0) {
          /* "will continue to provide": the complement is what the aspect's
           * modality says; "said India would continue to support": the
           * aspect's reported "would" is a stated intention, and so is its
           * complement, which saw the "would" without the verb of saying */
          if (cand[comp].modality == DY_MOD_ASSERTED || (k->modality == DY_MOD_FUTURE && cand[comp].modality == DY_MOD_HYPOTHETICAL)) {
            /* and the event nouns the complement does as a light verb ("provide aid") */
            for (uint32_t q = 0; q < n && k->modality == DY_MOD_FUTURE; q++)
              if (cand[q].nominal && cand[q].src_via == DY_VIA_LIGHT && cl.nd[q].head == comp && cand[q].modality == DY_MOD_HYPOTHETICAL)
                cand[q].modality = DY_MOD_FUTURE;
            cand[comp].modality = k->modality;
          }
          drop(c, se->tok0 + t, "aspectual");
          continue;
        }
        /* "will continue to muddle through": an aspect of no event that
         * acts on no one is none */
        int x = dy_cl_child(&cl, (int)t, m->L.xcomp);
        if (x >= 0 && cls[x] >= 0 && cand[x].tgt == -1) { drop(c, se->tok0 + t, "aspectual-empty"); continue; }
      }
      /* conative: "is seeking to improve ties with Pakistan", "are trying
       * to reach": an attempt is its complement's event, an intention (the
       * complement is future), and with no event in it is none; an attempt
       * made ("tried to hack", "attempted to assassinate") is coded as the
       * model reads it */
      if (!k->nominal && dy_coder_word(m, DY_WS_CONATIVE, cl.nd[t].lemma) >= 0 && dy_cl_child(&cl, (int)t, m->L.xcomp) >= 0 &&
          !past_attempt(&cl, (int)t)) {
        drop(c, se->tok0 + t, "conative");
        continue;
      }
      /* pattern-oblique: the dictionary's surface subject is no source
       * where the parse reads it in a phrase of a preposition ("From
       * Alexandria, Egypt, it hits ...") */
      if (k->src >= 0 && k->src_via == DY_VIA_PATTERN && in_prep_phrase(&cl, k->src, DY_W_PLACE_CUE | DY_W_PLACE_DIR, 0)) { drop(c, se->tok0 + t, "pattern-oblique"); continue; }
      /* pattern-locative-target: "police collect records to help identify
       * the victims at Juanda Airport, in Surabaya, Indonesia": the
       * dictionary's surface object is no target where the parse reads it
       * in a phrase of where (in, at, near ...) of a non-violent act (force
       * done in a place is done to it: place-target) */
      if (k->tgt >= 0 && k->tgt_via == DY_VIA_PATTERN && cls[t] > 0 && cls[t] < 18 && in_prep_phrase(&cl, k->tgt, DY_W_PLACE_CUE, 1)) {
        if (trace) fprintf(stderr, "    rule pattern-locative-target: target %s dropped\n", c->d->ments[k->tgt].code);
        k->tgt = -1;
        k->tgt_via = DY_VIA_NONE;
      }
      /* thing-source: "Syria's chemical weapons stockpile has made its way
       * to Finland": an actor that only owns or names a thing is no agent */
      if (k->src >= 0 && owns_thing(&cl, k->src, k->src_via == DY_VIA_PATTERN ? -1 : k->src_arg, (int)t)) { drop(c, se->tok0 + t, "thing-source"); continue; }
      /* plan-subject: "The deal with Brazil, Argentina, Paraguay and
       * Uruguay will remove tariffs", "the agreement calls for a
       * withdrawal": a verb whose subject is a plan, a deal or a text (word
       * sets plan-noun, message) says what that provides, the terms of an
       * act told elsewhere, no act of the parties it names */
      {
        int sb = k->nominal ? -1 : dy_cl_child(&cl, (int)t, m->L.nsubj);
        /* (a plan with its owner, "the stated goal of both governments",
         * "Iran's plan", is the owner's intention) */
        int owner = 0;
        for (int q = sb >= 0 ? cl.fc[sb] : -1; q >= 0 && !owner; q = cl.nx[q]) {
          int cs = cl.nd[q].label == m->L.nmod ? dy_cl_child(&cl, q, m->L.case_) : -1;
          owner = (cl.nd[q].label == m->L.nmod_poss || (cs >= 0 && !strcmp(dy_cl_word(&cl, cs), "of"))) && dy_actor_in(&cl, q) >= 0;
        }
        if (sb >= 0 && !owner && cl.nd[sb].upos == DY_UPOS_NOUN && cl.ment[sb] < 0 &&
            (dy_coder_word(m, DY_WS_PLAN_NOUN, cl.nd[sb].lemma) >= 0 || dy_coder_word(m, DY_WS_MESSAGE, cl.nd[sb].lemma) >= 0)) {
          drop(c, se->tok0 + t, "plan-subject");
          continue;
        }
      }
      /* rule forecast-verb: "Both Tehran and Washington expected Islamabad
       * to side with their positions": a verb of word set forecast with a
       * complement states an expectation, no demand nor act of its own */
      if (!k->nominal && cl.dict[t] < 0 && dy_coder_word(m, DY_WS_FORECAST, cl.nd[t].lemma) >= 0 && dy_cl_child(&cl, (int)t, m->L.xcomp) >= 0 &&
          dy_cl_child(&cl, (int)t, m->L.aux_pass) < 0) {
        drop(c, se->tok0 + t, "forecast-verb");
        continue;
      }
      /* rule manner-noun: "killed Osama bin Laden in a raid on a compound
       * in Abbottabad": a noun of force in an "in" phrase of a verb of
       * force is how that act was done, the same act, no second one */
      if (k->nominal && cls[t] >= 18 && cls[t] <= 20 && cl.nd[t].label == m->L.obl && cl.nd[t].head >= 0) {
        int hv = cl.nd[t].head, cs = dy_cl_child(&cl, (int)t, m->L.case_);
        if (cs >= 0 && !strcmp(dy_cl_word(&cl, cs), "in") && cls[hv] >= 18 && cls[hv] <= 20 && !cand[hv].nominal && !gone[hv] && cand[hv].src >= 0) {
          drop(c, se->tok0 + t, "manner-noun");
          continue;
        }
      }
      /* rule coordinated-modifier: "a sweeping trade and financial
       * embargo", "arms and economic aid": a noun joined by "and" or "or"
       * to an adjective before another noun modifies that noun with it, no
       * event of its own */
      if (k->nominal && t + 3 < cl.n && (!strcmp(dy_cl_word(&cl, (int)t + 1), "and") || !strcmp(dy_cl_word(&cl, (int)t + 1), "or")) &&
          cl.nd[t + 2].upos == DY_UPOS_ADJ && cl.nd[t + 3].upos == DY_UPOS_NOUN) {
        drop(c, se->tok0 + t, "coordinated-modifier");
        continue;
      }
      /* participle-agent: "an African Union force fighting al-Shabab": a
       * noun that a present participle modifies is who does it, no event
       * of its own */
      if (k->nominal && !dy_cl_event_noun(&cl, (int)t)) {
        int pa = 0;
        for (int q = cl.fc[t]; q >= 0 && !pa; q = cl.nx[q]) pa = dy_cl_participle(&cl, q);
        if (pa) { drop(c, se->tok0 + t, "participle-agent"); continue; }
      }
      /* soft-capital: "Real Madrid had also offered a deal for the forward":
       * in soft news a capital's name is a club's or a venue's, no government */
      if (c->soft && (soft_capital(c, k->src) || soft_capital(c, k->tgt))) { drop(c, se->tok0 + t, "soft-capital"); continue; }
      /* place-modifier: "turned back by gunfire in Gaza": a place where a
       * noun is, no agent (as a target it may well be what is acted on:
       * "an investigation into war crimes in Sri Lanka") */
      if (k->src >= 0 && place_modifier(&cl, k->src, (int)t)) { drop(c, se->tok0 + t, "place-modifier"); continue; }
      /* press-target: "Israel's President talks to CNN", "warned ..., in an
       * interview with CNN": a news medium only heard it (policy.txt
       * press-target); it keeps its words, not its code */
      int heard = 0;
      if (k->tgt >= 0 && m->press_target[cls[t]] && press_side(m, c->d, k->tgt)) {
        if (trace) fprintf(stderr, "    rule press-target: target %s uncoded\n", c->d->ments[k->tgt].code);
        uncoded_target(&cl, k);
        heard = 1;
      }
      /* rule press-statement: "'Our soldiers fought gallantly,' the army
       * spokesman told reporters", "told a news conference": a statement
       * (01) made to the press, or at a gathering of it (word set
       * press-event), with no other side is the attribution of what is
       * said, no event */
      int tloc = k->tgt >= 0 && ment_node(&cl, k->tgt) >= 0 && dy_locative(&cl, ment_node(&cl, k->tgt)); /* "told a news conference in Cairo" */
      if (cls[t] == 1 && !k->nominal && (heard || ((k->tgt == -1 || k->tgt == DY_UNRESOLVED || tloc) && press_event_arg(&cl, (int)t))) &&
          introduces_speech(&cl, (int)t)) {
        drop(c, se->tok0 + t, "press-statement");
        gone[t] = 1;
        continue;
      }
      /* own-state-target: "urged other rich nations to follow Britain's lead", "met Ahern to
       * discuss the Northern Ireland peace process": a state named bare as
       * the other side of an appeal or a consultation (02, 04) of one of its
       * own bodies, where it only owns or modifies a common noun that is no
       * event, is a topic, not the side addressed or met; it keeps its
       * words, not its code (an act done to what the state owns keeps it:
       * "defended Russia's involvement") */
      if ((cls[t] == 2 || cls[t] == 4) && k->src >= 0 && k->tgt >= 0 && own_state_target(c, k->src, k->tgt) && modifies_thing(&cl, k->tgt, (int)t)) {
        if (trace) fprintf(stderr, "    rule own-state-target: target %s uncoded\n", c->d->ments[k->tgt].code);
        uncoded_target(&cl, k);
      }
      /* meeting-topic: "will meet Merkel for talks about the conflicts in
       * Ukraine": a state reached from a meeting noun (word set
       * meeting-noun) through a preposition of its topic (word set
       * topic-prep) is what the talks are about, not a side of them; it
       * keeps its words, not its code */
      if (k->nominal && k->tgt >= 0 && dy_coder_word(m, DY_WS_MEETING_NOUN, cl.nd[t].lemma) >= 0 && topic_phrase(&cl, ment_node(&cl, k->tgt), (int)t)) {
        if (trace) fprintf(stderr, "    rule meeting-topic: target %s uncoded\n", c->d->ments[k->tgt].code);
        uncoded_target(&cl, k);
      }
      /* "launched a general strike", "staged a walkout": a light verb the
       * model reads as force while its object noun is an event of another
       * kind is that event (the noun has the verb's subject and obliques),
       * not an attack */
      /* ... and so is a statement ("announced 'very substantial' tariffs on
       * New Delhi": 163, not a threat or a concession besides; word set
       * statement, not statement-threat) or an aspect ("began a campaign
       * against Hamas": word set aspectual) */
      /* ... and so is a bare light verb ("ordered strikes on Tehran": 190,
       * no 090 besides; word set bare-light), whose only event is its
       * object noun's; a statement of a noun with its own source too
       * ("Clinton announced a US pledge of $1.15 billion": the pledge's) */
      int say_light = !k->nominal && ((dy_coder_word(m, DY_WS_STATE, cl.nd[t].lemma) >= 0 && dy_coder_word(m, DY_WS_STATE_THREAT, cl.nd[t].lemma) < 0) ||
                                      dy_coder_word(m, DY_WS_ASPECTUAL, cl.nd[t].lemma) >= 0 || dy_coder_word(m, DY_WS_BARE_LIGHT, cl.nd[t].lemma) >= 0);
      if (!k->nominal && (cls[t] >= 18 || say_light)) {
        int ev = -1;
        for (int q = cl.fc[t]; q >= 0 && ev < 0; q = cl.nx[q])
          if (cl.nd[q].label == m->L.obj && cls[q] > 0 && (cls[t] >= 18 ? cls[q] < 18 : cls[q] != cls[t]) && cand[q].nominal &&
              (cand[q].src_via == DY_VIA_LIGHT || (say_light && cand[q].src >= 0 && dy_coder_word(m, DY_WS_STATE, cl.nd[t].lemma) >= 0))) ev = q;
        if (ev >= 0) {
          dy_cand *o = &cand[ev];
          if (o->tgt == -1 && k->tgt != -1 && k->tgt != o->src) {
            o->tgt = k->tgt; o->tgt_arg = k->tgt_arg; o->tgt_via = k->tgt_via; o->prep = k->prep;
          }
          drop(c, se->tok0 + t, "light-verb-noun");
          continue;
        }
      }
      /* "Iran said it would retaliate": a statement whose complement is an
       * event reports that event and is none of its own; a denial ("denied
       * that it had supplied drones", word set denial) is one (016) */
      if (cls[t] == 1 && dy_coder_word(m, DY_WS_DENIAL, cl.nd[t].lemma) < 0) {
        int rep = 0;
        for (int q = cl.fc[t]; q >= 0 && !rep; q = cl.nx[q])
          rep = (cl.nd[q].label == m->L.ccomp || cl.nd[q].label == m->L.xcomp) && cls[q] > 0 && !cand[q].no_src;
        if (rep) { drop(c, se->tok0 + t, "reports-event"); continue; }
      }
      /* the purpose of an event is no event of its own: "deposited $3 billion
       * ... to support its reserves", "launched the operation, aiming to stop
       * militants" (through a governor that is no event of its own) */
      int gov = h;
      /* (not through a verb of agreeing: "signed a declaration, agreeing to
       * restore ties" agreed to the restoring, its own intention) */
      if (gov >= 0 && cls[gov] <= 0 && (cl.nd[gov].label == m->L.advcl || cl.nd[gov].label == m->L.xcomp) && cl.nd[gov].head >= 0 &&
          (cl.nd[t].label == m->L.xcomp || cl.nd[t].label == m->L.advcl) && dy_coder_word(m, DY_WS_MUTUAL_ACT, cl.nd[gov].lemma) < 0)
        gov = cl.nd[gov].head;
      /* "signed a deal to expand trade": the content of a plan noun that
       * is the object of an event is that event's purpose (rule plan-noun) */
      int pn = dy_plan_noun(&cl, (int)t);
      if (pn >= 0 && cl.nd[pn].label == m->L.obj && cl.nd[pn].head >= 0 && cls[cl.nd[pn].head] > 0 && !no_event_sense(&cl, cl.nd[pn].head)) gov = cl.nd[pn].head;
      /* (a plan's content is the plan's, not the purpose of the verb the
       * parser hung it on: "pushed back against Netanyahu's plans to seize"; rule plan-content) */
      else if (pn >= 0 && cl.nd[pn].label != m->L.obj) gov = pn;
      if (gov >= 0 && !asp_h && !(con_h && gov == h) && k->modality == DY_MOD_FUTURE && cls[gov] > 0 && !gone[gov] &&
          (cl.nd[t].label == m->L.advcl || cl.nd[t].label == m->L.xcomp || cl.nd[t].label == m->L.acl)) {
        drop(c, se->tok0 + t, "purpose");
        continue;
      }
      /* "is trying to position itself as a mediator between the United
       * States and Iran": an intention or a consultation with no target
       * mediates between the sides its mediator word's "between" names
       * (rule mediator-between) */
      /* rule comitative: "mediated between Israel and Hamas alongside
       * Egypt", "fought together with the army": a partner acting with the
       * source (word set comitative) is no target, unless the verb's
       * pattern takes it in ("fight alongside") */
      if (k->tgt >= 0 && c->d->ments[k->tgt].tok0 > cl.t0 + 1) {
        /* the word before the target's words, past a "the" (the parser
         * may take "alongside" for a name) */
        int cs = (int)(c->d->ments[k->tgt].tok0 - cl.t0) - 1;
        if (cs > 0 && !strcmp(dy_cl_word(&cl, cs), "the")) cs--;
        const vmatch *pv = c->vat[t] >= 0 ? &c->v[c->vat[t]] : NULL;
        int co = cs > 0 && cs != (int)t && (dy_coder_word(m, DY_WS_COMITATIVE, dy_cl_word(&cl, cs)) >= 0 ||
                                            (!strcmp(dy_cl_word(&cl, cs), "with") && dy_coder_word(m, DY_WS_COMITATIVE, dy_cl_word(&cl, cs - 1)) >= 0));
        /* rule comitative-help: "with the help of", "with the support of"
         * a side (word set help-noun), an adjective or two between */
        int help = 0;
        if (!co && cs > 2 && !strcmp(dy_cl_word(&cl, cs), "of") && dy_coder_word(m, DY_WS_HELP_NOUN, cl.nd[cs - 1].lemma) >= 0)
          for (int q = cs - 2; q >= 0 && q >= cs - 5 && !help; q--) {
            if (!strcmp(dy_cl_word(&cl, q), "with")) help = 1;
            else if (strcmp(dy_cl_word(&cl, q), "the") && cl.nd[q].upos != DY_UPOS_ADJ) break;
          }
        if (help && trace) fprintf(stderr, "    rule comitative-help [%s]: %s\n", cl.nd[t].lemma, c->d->ments[k->tgt].code);
        co |= help;
        if (co && pv && se->tok0 + (uint32_t)cs >= pv->i && se->tok0 + (uint32_t)cs <= pv->end) co = 0;
        if (co) {
          if (trace) fprintf(stderr, "    rule comitative [%s]: %s no target\n", cl.nd[t].lemma, c->d->ments[k->tgt].code);
          no_target(k);
        } else if (k->tgt_via != DY_VIA_COAGENT && (cls[t] == 2 || (cls[t] >= 10 && cls[t] <= 13)) && joint_with(m, &cl, ment_node(&cl, k->tgt))) {
          if (trace) fprintf(stderr, "    rule comitative-joint [%s]: %s no target\n", cl.nd[t].lemma, c->d->ments[k->tgt].code);
          no_target(k);
        }
      }
      int between2 = -1;
      if (k->tgt == -1 && (cls[t] == 3 || cls[t] == 4)) mediator_target(c, &cl, k, (int)t, &between2);
      /* "a mediator between Russia and Ukraine" is no act of either on the
       * other (rule mediator-not-party) */
      if (k->src_via == DY_VIA_BETWEEN && cl.nd[t].upos == DY_UPOS_NOUN && dy_coder_word(m, DY_WS_MEDIATOR, cl.nd[t].lemma) >= 0) {
        drop(c, se->tok0 + t, "mediator-not-party");
        continue;
      }
      /* an event noun names both sides, or is done by a light verb's subject ("launched strikes") */
      /* (force-noun-place: "six drone attacks by militants were reported
       * in different areas of North Waziristan": force a named actor did,
       * in a sentence whose places are of one state, is done there) */
      int fplace = 0;
      if (k->nominal && k->tgt == -1 && k->src >= 0 && cls[t] >= 18 && cls[t] <= 20 && k->src_via != DY_VIA_LIGHT) {
        int one = -1, many = 0;
        for (uint32_t i = c->d->sents[cl.s].place0; i < c->d->sents[cl.s].place1; i++) {
          const dy_place *p = &c->d->places[i];
          if (!p->cc3[0] || p->actor) continue;
          if (one < 0) one = (int)i;
          else if (strcmp(c->d->places[one].cc3, p->cc3)) many = 1;
        }
        /* (an armed group of the place's own state attacks it there too) */
        if (one >= 0 && !many && (strncmp(c->d->places[one].cc3, c->d->ments[k->src].code, 3) || dy_lex_armed_code(c->lx, c->d->ments[k->src].code))) {
          fplace = 1;
          k->tgt = DY_PLACE; k->tgt_arg = one; k->tgt_via = DY_VIA_PLACE;
          if (trace) fprintf(stderr, "    rule force-noun-place [%s]: %s\n", cl.nd[t].lemma, c->d->places[one].cc3);
        }
      }
      if (k->nominal && k->tgt < 0 && k->src_via != DY_VIA_LIGHT && !fplace) { drop(c, se->tok0 + t, "noun-one-side"); gone[t] = 1; continue; }
      /* "U.S. and British warplanes struck Houthi targets": partners in an
       * act of violence done to an object act together, not on each other;
       * the actor the object names is the target (rule co-agents-object), unless
       * the verb is reciprocal ("exchanged fire", "fought battles") */
      if (k->tgt_via == DY_VIA_COAGENT && cls[t] >= 18 && !k->nominal && dy_coder_word(m, DY_WS_RECIPROCAL, cl.nd[t].lemma) < 0) {
        int o = dy_cl_child(&cl, (int)t, m->L.obj);
        int a = o >= 0 ? dy_actor_in(&cl, o) : -1;
        if (a >= 0 && group_of(c, a) != group_of(c, k->src)) {
          k->tgt = a; k->tgt_arg = o; k->tgt_via = DY_VIA_OBJ; k->prep = -1;
          if (trace) fprintf(stderr, "    rule co-agents-object: target %s\n", c->d->ments[a].code);
        }
      }
      /* "each other" or "one another" as an argument of the trigger puts partners on each other */
      int each_other = 0;
      /* (an argument of the trigger: not "resigned within minutes of each other") */
      for (uint32_t q = 1; q < cl.n && !each_other; q++)
        each_other = ((!strcmp(dy_cl_word(&cl, (int)q), "other") && !strcmp(dy_cl_word(&cl, (int)q - 1), "each")) ||
                      (!strcmp(dy_cl_word(&cl, (int)q), "another") && !strcmp(dy_cl_word(&cl, (int)q - 1), "one"))) &&
                     (cl.nd[q].head == (int)t || cl.nd[q - 1].head == (int)t || (cl.nd[q].head == (int)q - 1 && cl.nd[q - 1].head == (int)t) ||
                      (cl.nd[q].head >= 0 && cl.nd[cl.nd[q].head].head == (int)t && cl.nd[cl.nd[q].head].label == m->L.obl));
      /* "Netherlands and Switzerland suspended aid to Pakistan", "the US and
       * South Korea reduced aid to Pyongyang": partners who act on a third
       * side their verb names act together on it; only acts done with each
       * other (CAMEO 03 to 06, by the act intended), reciprocal verbs and
       * "each other" keep them on each other (rule co-agents-third: "both
       * sides accused each other of killing civilians"); so too an appeal ("called
       * on Peru"); a side "with" whom they make it jointly is one of them
       * (rule comitative-joint) */
      if (k->tgt_via == DY_VIA_COAGENT && k->alt_tgt >= 0 && !k->nominal && !each_other && dy_coder_word(m, DY_WS_RECIPROCAL, cl.nd[t].lemma) < 0) {
        int r = cls[t] == 3 ? intended_root(m, &cl, t) : cls[t];
        int joint = (cls[t] == 2 || (cls[t] >= 10 && cls[t] <= 13)) && joint_with(m, &cl, ment_node(&cl, k->alt_tgt));
        if (joint && trace) fprintf(stderr, "    rule comitative-joint [%s]: %s no target\n", cl.nd[t].lemma, c->d->ments[k->alt_tgt].code);
        if ((r > 6 || r == 2) && !joint && !dy_lex_generic_code(c->lx, c->d->ments[k->alt_tgt].code) && group_of(c, k->alt_tgt) != group_of(c, k->src)) {
          k->tgt = k->alt_tgt; k->tgt_arg = k->alt_arg; k->tgt_via = k->alt_via; k->prep = k->alt_prep;
          if (trace) fprintf(stderr, "    rule co-agents-third: target %s\n", c->d->ments[k->tgt].code);
        }
      }
      /* co-agents-reaction: "Saudi Arabia and the United Arab Emirates also
       * condemned the attack": partners in a disapproval or a threat (11,
       * 13) make it together, not to each other (a joint rejection, 12,
       * may well be of each other's offer)
       * ("each other" is an object: rule each-other-object); the other
       * side is what the clause names, or none */
      /* rule co-agents-together: partners in an act of any root but those
       * done with each other (policy.txt mutual-roots, by the act intended)
       * make it together too */
      int mroot = k->tgt_via != DY_VIA_COAGENT ? 0 : cls[t] == 3 ? intended_root(m, &cl, t) : cls[t];
      /* rule co-agents-host: co-hosts of a meeting (word set host-verb)
       * hold it together ("Egypt and Jordan hosted the talks") */
      int host = dy_coder_word(m, DY_WS_HOST_VERB, cl.nd[t].lemma) >= 0;
      /* rule co-agents-speech: partners in a demand, a disapproval or a
       * threat (10, 11, 13) make it together whatever its content names
       * ("Mali and Burkina Faso warned that an intervention would be a
       * declaration of war": the war is what they warn of, not an act of
       * theirs with each other); only "each other", a reciprocal verb or
       * an act they would do themselves puts them on each other
       * ("Armenia and Azerbaijan threatened to resume the war") */
      int speech = (cls[t] == 10 || cls[t] == 11 || cls[t] == 13) && dy_cl_child(&cl, (int)t, m->L.xcomp) < 0;
      /* rule co-agents-solo: the code of the pattern at the trigger is one
       * partners never do to each other (policy.txt solo-codes) */
      int solo = 0;
      if (cl.dict[t] >= 0) {
        const char *pc = dy_lex_pattern(cl.lx, cl.dict[t])->code;
        solo = code_listed(m->solo, m->nsolo, pc) && pattern_root(&cl, (int)t) == cls[t];
      }
      if (k->tgt_via == DY_VIA_COAGENT && !k->nominal && cls[t] > 0 && ((!m->mutual[cls[t]] && !m->mutual[mroot]) || host || solo) && !each_other &&
          dy_coder_word(m, DY_WS_RECIPROCAL, cl.nd[t].lemma) < 0 && (host || speech || solo || !mutual_under(m, &cl, (int)t))) {
        if (trace) fprintf(stderr, "    rule %s [%s]: no target %s\n", host ? "co-agents-host" : solo ? "co-agents-solo" : cls[t] == 11 || cls[t] == 13 ? "co-agents-reaction" : "co-agents-together", cl.nd[t].lemma, c->d->ments[k->tgt].code);
        no_target(k);
        /* co-hosts of talks between two sides mediate between them */
        if (cls[t] == 3 || cls[t] == 4) mediator_target(c, &cl, k, (int)t, &between2);
        /* ... on the third side their complement names, if it names one
         * ("Egypt and Jordan announced they would return their ambassadors
         * to Israel": on Israel) */
        for (uint32_t q = 0; q < cl.n && k->tgt < 0; q++) {
          const dy_cand *x = &cand[q];
          int co = x->tgt_via == DY_VIA_COAGENT;
          int xt = co ? x->alt_tgt : x->tgt;
          if (cl.nd[q].head != (int)t || (cl.nd[q].label != m->L.ccomp && cl.nd[q].label != m->L.xcomp) || xt < 0 || x->src != k->src) continue;
          if (group_of(c, xt) == group_of(c, k->src) || dy_lex_generic_code(c->lx, c->d->ments[xt].code)) continue;
          k->tgt = xt; k->tgt_arg = co ? x->alt_arg : x->tgt_arg; k->prep = co ? x->alt_prep : x->prep;
          k->tgt_via = cl.nd[q].label == m->L.xcomp ? DY_VIA_XCOMP : DY_VIA_CCOMP;
          if (trace) fprintf(stderr, "    rule co-agents-complement [%s]: target %s\n", cl.nd[t].lemma, c->d->ments[k->tgt].code);
        }
      }
      /* protest-purpose: "students staged demonstrations to demand reforms
       * by Suharto's government", "Kurds demonstrated in Kirkuk calling for
       * independence from Iraq": a protest with no actor as its target (or
       * only one met in a phrase of where: "a hunger strike outside
       * Parliament") is against whom the clause of its purpose names, the
       * first actor in it that is not the source, its own state's organs
       * included; not a bare sector */
      /* rule armed-march: "Rebel fighters marched through the lakeside
       * city": troops, rebels or militants of no named group (an armed
       * sector) marching or parading (word set march-verb) make no protest
       * (named groups do stage rallies, and rebels blocking a road do
       * protest: 144) */
      if (cls[t] == 14 && k->src >= 0 && dy_lex_armed_code(c->lx, c->d->ments[k->src].code) && dy_coder_word(m, DY_WS_MARCH, cl.nd[t].lemma) >= 0) {
        drop(c, se->tok0 + t, "armed-march");
        continue;
      }
      if (cls[t] == 14 && k->src >= 0) {
        int loc = 0;
        if (k->tgt >= 0)
          for (int v = ment_node(&cl, k->tgt), dd = 0; v >= 0 && v != (int)t && dd < 8; v = cl.nd[v].head, dd++) loc |= dy_locative(&cl, v);
        int pc = k->tgt < 0 || loc ? protest_clause(&cl, (int)t) : -1;
        for (int x = pc >= 0 ? pc : (int)cl.n; x < (int)cl.n; x++) {
          int mm = cl.ment[x];
          if (mm < 0 || mm == k->src || !under(&cl, x, pc)) continue;
          const char *mc = c->d->ments[mm].code;
          if (!mc[0] || bare_sector(c->lx, mc) || !strcmp(mc, c->d->ments[k->src].code)) continue;
          if (trace) fprintf(stderr, "    rule protest-purpose: [%s] target %s\n", cl.nd[pc].lemma, mc);
          k->tgt = mm; k->tgt_arg = x; k->tgt_via = DY_VIA_PURPOSE; k->prep = -1;
          break;
        }
      }
      /* most kinds of event need the other side named (data/coder/policy.txt) */
      /* "shelled Juba", "imposed a curfew in the town of Cizre": a place it
       * is done in or to names the target's state */
      /* so too for an intention to do such an act ("willing to withdraw
       * its troops from Abyei": the verb's own pattern names the act), and
       * when the target found names only a sector with no state */
      int act = cls[t] == 3 ? intended_root(m, &cl, t) : cls[t];
      /* "refused to send peacekeepers to Darfur", "threatened to impose a
       * curfew in Algiers": a refusal or a threat of such an act has the
       * place it would be done in as its target (rule complement-place) */
      dy_cand comp = *k;
      int xc = (cls[t] == 12 || cls[t] == 13) && k->tgt == -1 ? dy_cl_child(&cl, (int)t, m->L.xcomp) : -1;
      if (xc >= 0) {
        int r = cl.dict[xc] >= 0 ? pattern_root(&cl, xc) : cls[xc];
        if (r > 0 && m->place_target[r]) { comp.trig = xc; act = r; }
      }
      /* located-target: "deployed peacekeepers in Iraq", "opened an embassy
       * in Tehran": people or posts that stand in a place without being of
       * its state (word set abroad), with their state only from the "in"
       * phrase after them, are that state's side only for an act of force;
       * for any other the place's state is the target, when the source is
       * of another state */
      if (k->tgt >= 0 && !m->place_qualifies[act]) {
        int b = located_abroad(&cl, k->tgt, k->src);
        if (b >= 0) {
          if (trace) fprintf(stderr, "    rule located-target: %s -> %s\n", c->d->ments[k->tgt].code, c->d->ments[b].code);
          k->tgt = b; k->tgt_arg = ment_node(&cl, b); k->prep = -1;
        }
      }
      const char *tcode = k->tgt >= 0 ? c->d->ments[k->tgt].code : "";
      int stateless = k->tgt >= 0 && dy_lex_generic_code(c->lx, tcode), qualify = -1;
      int sector = k->tgt >= 0 && bare_sector(c->lx, tcode);
      /* person-owned: "raided his compound in Kandahar": an object owned by
       * one person (word set person-poss) whom the actors do not know is
       * done to that person, not to the place the thing is in */
      if (k->tgt == -1 && m->place_target[act]) {
        int ob = dy_cl_child(&cl, comp.trig, m->L.obj), ps = ob >= 0 && cl.ment[ob] < 0 ? dy_cl_child(&cl, ob, m->L.nmod_poss) : -1;
        if (ps >= 0 && cl.ment[ps] < 0 && dy_coder_word(m, DY_WS_PERSON_POSS, dy_cl_word(&cl, ps)) >= 0) {
          if (trace) fprintf(stderr, "    rule person-owned: [%s %s] not the place\n", cl.nd[ps].lemma, cl.nd[ob].lemma);
          k->tgt = DY_UNRESOLVED; k->tgt_arg = ob; k->tgt_via = DY_VIA_OBJ; k->prep = -1;
        }
      }
      /* place-in-state: "imposed a curfew in the town of Cizre in
       * southeastern Turkey": a state a phrase of where (in the object or
       * on the verb: "imposed a curfew in Jos in central Nigeria") names
       * only as where a place of it lies; the place is what is acted on
       * (same state, its words) */
      if (k->tgt >= 0 && (k->tgt_via == DY_VIA_OBJ || k->tgt_via == DY_VIA_OBL) && k->tgt_arg >= 0 && m->place_target[act] &&
          strlen(c->d->ments[k->tgt].code) == 3 && dy_lex_country_name(c->lx, c->d->ments[k->tgt].code)) {
        int x = -1, loc = 0;
        for (int y = 0; y < (int)cl.n && x < 0; y++) if (cl.ment[y] == k->tgt) x = y;
        for (int v = x, dd = 0; v >= 0 && v != (int)t && dd < 8; v = cl.nd[v].head, dd++) loc |= dy_locative(&cl, v);
        int pl = x >= 0 && loc ? dy_place_target(&cl, &comp) : -1;
        if (pl >= 0 && !strcmp(c->d->places[pl].cc3, c->d->ments[k->tgt].code) && c->d->places[pl].tok1 - 1 - cl.t0 != (uint32_t)x) {
          if (trace) fprintf(stderr, "    rule place-in-state: %s\n", c->d->places[pl].cc3);
          k->tgt = DY_PLACE; k->tgt_arg = pl; k->tgt_via = DY_VIA_PLACE;
        }
      }
      if ((k->tgt == -1 || k->tgt == DY_UNRESOLVED || sector) && m->place_target[act]) {
        int pl = dy_place_target(&cl, &comp);
        if (pl >= 0 && comp.trig != k->trig && trace) fprintf(stderr, "    rule complement-place [%s]\n", cl.nd[t].lemma);
        if (pl >= 0 && sector && m->place_qualifies[act]) qualify = pl;
        /* unknown-object: "killed four Kurds in a Kirkuk province
         * village": a name the dictionaries do not know as the verb's
         * object is its target, not the place it was done in */
        else if (pl >= 0 && k->tgt == DY_UNRESOLVED && k->tgt_arg >= 0 && cl.nd[k->tgt_arg].label == m->L.obj &&
                 cl.nd[k->tgt_arg].head == (int)t && !place_in_phrase(&cl, k->tgt_arg, &c->d->places[pl])) {
          if (trace) fprintf(stderr, "    rule unknown-object: not the place\n");
        }
        else if (k->tgt == DY_UNRESOLVED && k->tgt_arg >= 0 && cl.nd[k->tgt_arg].label == m->L.obj && dy_cl_child(&cl, k->tgt_arg, m->L.nmod_poss) >= 0 &&
                 dy_coder_word(m, DY_WS_PERSON_POSS, dy_cl_word(&cl, dy_cl_child(&cl, k->tgt_arg, m->L.nmod_poss))) >= 0) {
          /* person-owned (above): the owner stays the target */
        }
        else if (pl >= 0 && (!sector || stateless)) {
          if (trace) fprintf(stderr, "    rule place-target [%s]: %s\n", cl.nd[t].lemma, c->d->places[pl].cc3);
          k->tgt = DY_PLACE; k->tgt_arg = pl; k->tgt_via = DY_VIA_PLACE;
        }
      }
      /* purpose-target: "provided 6.3 million euros to support projects
       * which benefit Palestinian refugees", "is mobilising funds to support
       * peace building in Colombia": an act of a root of policy.txt's
       * purpose-target (aid) that names no target is done to what its
       * purpose (a to-infinitive on the verb or on its object) is done to:
       * the first actor that clause names (not the source's own, not a
       * bare sector), else the place it is done in */
      /* sent-forces: "sent troops to the border to pressure Ukraine": forces
       * with no state of their own that a state moves (a root of
       * purpose-target other than aid) are its own, no target; the purpose
       * then names whom it is done to */
      if (k->tgt >= 0 && act != 7 && act > 0 && act <= 20 && m->purpose_target[act] && k->tgt_via == DY_VIA_OBJ && k->src >= 0 &&
          dy_lex_country_name(c->lx, c->d->ments[k->src].code) && !strcmp(c->d->ments[k->tgt].code, "MIL")) {
        if (trace) fprintf(stderr, "    rule sent-forces: [%s] the source's own\n", c->d->ments[k->tgt].name);
        no_target(k);
      }
      if (k->tgt == -1 && act > 0 && act <= 20 && m->purpose_target[act]) {
        int pc = purpose_clause(&cl, (int)t);
        if (pc >= 0) {
          int found_m = -1, node = -1;
          for (int x = 0; x < (int)cl.n && found_m < 0; x++) {
            int mm = cl.ment[x];
            if (mm < 0 || mm == k->src || !under(&cl, x, pc)) continue;
            const char *mc = c->d->ments[mm].code;
            if (!mc[0] || dy_lex_generic_code(c->lx, mc)) continue;
            if (k->src >= 0 && !strncmp(mc, c->d->ments[k->src].code, 3)) continue;
            found_m = mm; node = x;
          }
          if (found_m >= 0) {
            k->tgt = found_m; k->tgt_arg = node; k->tgt_via = DY_VIA_PURPOSE; k->prep = -1;
            if (trace) fprintf(stderr, "    rule purpose-target: %s\n", c->d->ments[found_m].code);
          } else {
            dy_cand pcand = *k;
            pcand.trig = pc; pcand.src_arg = -1;
            int pl = dy_place_target(&cl, &pcand);
            if (pl >= 0) {
              k->tgt = DY_PLACE; k->tgt_arg = pl; k->tgt_via = DY_VIA_PLACE;
              if (trace) fprintf(stderr, "    rule purpose-target: a place\n");
            }
          }
        }
      }
      /* rule role-anaphor: "has acknowledged this role" after "Pakistan's
       * role": acknowledging another's role is praise of it (051) */
      int role_ana = k->tgt == -1 && !k->nominal && dy_coder_word(m, DY_WS_CREDIT, cl.nd[t].lemma) >= 0 ? role_anaphor(m, &cl, (int)t) : -1;
      if (role_ana >= 0 && k->src >= 0 && strncmp(c->d->ments[role_ana].code, c->d->ments[k->src].code, 3)) {
        if (trace) fprintf(stderr, "    rule role-anaphor: target %s\n", c->d->ments[role_ana].code);
        k->tgt = DY_ANAPHOR; k->tgt_arg = dy_cl_child(&cl, (int)t, m->L.obj); k->anaphor = role_ana; k->tgt_via = DY_VIA_OBJ;
        cls[t] = 5;
      } else role_ana = -1;
      /* rule claim-anaphor: "rejected the allegation" after "Amnesty
       * International said ...": a reaction to a claim is to the one who
       * made it */
      int claim_ana = k->tgt == -1 && !k->nominal ? claim_anaphor(m, &cl, (int)t) : -1;
      if (claim_ana >= 0 && claim_ana != k->src && (k->src < 0 || strcmp(c->d->ments[claim_ana].code, c->d->ments[k->src].code))) {
        if (trace) fprintf(stderr, "    rule claim-anaphor: target %s\n", c->d->ments[claim_ana].code);
        k->tgt = DY_ANAPHOR; k->tgt_arg = dy_cl_child(&cl, (int)t, m->L.obj); k->anaphor = claim_ana; k->tgt_via = DY_VIA_OBJ;
      }
      /* rule holder-anaphor: "demanded their release" after "Hezbollah
       * captured two Israeli soldiers": asked of the captors */
      /* (or of the source's own people: "demanded the release of the sailors") */
      int own_tgt = k->tgt >= 0 && k->src >= 0 && !strncmp(c->d->ments[k->tgt].code, c->d->ments[k->src].code, 3);
      int hold_ana = (k->tgt == -1 || own_tgt) && !k->nominal ? holder_anaphor(m, &cl, (int)t, k->src) : -1;
      if (hold_ana >= 0 && hold_ana != k->src) {
        if (trace) fprintf(stderr, "    rule holder-anaphor: target %s\n", c->d->ments[hold_ana].code);
        k->tgt = DY_ANAPHOR; k->tgt_arg = dy_cl_child(&cl, (int)t, m->L.obj); k->anaphor = hold_ana; k->tgt_via = DY_VIA_OBJ;
      }
      /* rule patient-state: "condemned Navalny's arrest", "called
       * Castillo's removal a coup": a disapproval or a rejection (11-12;
       * "demanded the removal of" the president asks it of him) of an act done to
       * someone (word set patient-event) is to the side the sentences
       * before say did it, else, for an act of a state's authority (word
       * set authority-event), to the patient's state, when that is another
       * than the source's; never to the patient */
      if (cls[t] >= 11 && cls[t] <= 12 && !k->nominal && k->tgt != DY_ANAPHOR) {
        int pm = -1, own = k->tgt >= 0 && k->tgt != DY_PLACE && k->tgt != DY_UNRESOLVED;
        int ag = holder_anaphor_of(m, &cl, (int)t, k->src, DY_WS_PATIENT_EVENT, &pm);
        if (pm >= 0 && (k->tgt < 0 || (own && k->tgt == pm))) {
          char p3[4] = {0};
          memcpy(p3, c->d->ments[pm].code, 3);
          if (ag >= 0 && ag != k->src) {
            if (trace) fprintf(stderr, "    rule patient-state: target %s, who did it\n", c->d->ments[ag].code);
            k->tgt = DY_ANAPHOR; k->tgt_arg = k->tgt_arg >= 0 ? k->tgt_arg : dy_cl_child(&cl, (int)t, m->L.obj); k->anaphor = ag; k->tgt_via = DY_VIA_OBJ;
          } else if (strlen(c->d->ments[pm].code) >= 3 && dy_lex_country_name(c->lx, p3) && (k->src < 0 || strncmp(c->d->ments[k->src].code, p3, 3)) &&
                     authority_event(m, &cl, (int)t)) {
            if (trace) fprintf(stderr, "    rule patient-state: target %s, the state of %s\n", p3, c->d->ments[pm].code);
            k->tgt = DY_ANAPHOR; k->tgt_arg = k->tgt_arg >= 0 ? k->tgt_arg : dy_cl_child(&cl, (int)t, m->L.obj); k->anaphor = pm; k->anaphor_state = 1; k->tgt_via = DY_VIA_OBJ;
          } else if (own && k->tgt == pm) {
            k->tgt = -1; k->tgt_arg = -1; k->tgt_via = DY_VIA_NONE;
          }
        }
      }
      /* event-anaphor: "condemned the strikes" after "the US strikes on Iran" */
      int ana = k->tgt == -1 && !k->nominal ? event_anaphor(&cl, (int)t, cls) : -1;
      /* (of another state, or an armed group of the source's own: "Somalia's
       * president condemned the attack" by al-Shabaab) */
      /* (or another sector of the source's state: "Qarase denounced the
       * takeover" by the army) */
      if (ana >= 0 && ana != k->src &&
          (k->src < 0 || strncmp(c->d->ments[ana].code, c->d->ments[k->src].code, 3) ||
           (armed_group(c->d->ments[ana].code) && !armed_group(c->d->ments[k->src].code)) ||
           (strlen(c->d->ments[ana].code) > 3 && strlen(c->d->ments[k->src].code) > 3 && strcmp(c->d->ments[ana].code, c->d->ments[k->src].code)))) {
        if (trace) fprintf(stderr, "    rule event-anaphor: target %s\n", c->d->ments[ana].code);
        k->tgt = DY_ANAPHOR; k->tgt_arg = dy_cl_child(&cl, (int)t, m->L.obj); k->anaphor = ana; k->tgt_via = DY_VIA_OBJ;
      }
      /* rule condition-target: "threatening to blow up the building unless Putin withdrew" */
      if (k->tgt == -1 && (cls[t] == 12 || cls[t] == 13)) {
        int node = -1, ct = condition_target(c, &cl, (int)t, k->src, &node);
        if (ct >= 0) {
          if (trace) fprintf(stderr, "    rule condition-target: target %s\n", c->d->ments[ct].code);
          k->tgt = ct; k->tgt_arg = node; k->tgt_via = DY_VIA_CCOMP; k->prep = -1;
        }
      }
      /* rule story-counterpart: "Chad denied any involvement" after Sudan's charge */
      /* (an event as sure as one with no other side must be: the rule
       * names whom it is to, it does not make it an event) */
      /* (nor a disapproval of an act, which is of whoever did it: "Chad
       * condemned the killings"; a remark, a claim is of its author) */
      int cp_obj = dy_cl_child(&cl, (int)t, m->L.obj);
      int cp_act = cp_obj >= 0 && (dy_cl_event_noun(&cl, cp_obj) || dy_trigger_ok(&cl, cp_obj)) &&
                   dy_coder_word(m, DY_WS_MESSAGE, cl.nd[cp_obj].lemma) < 0 && dy_coder_word(m, DY_WS_CLAIM_NOUN, cl.nd[cp_obj].lemma) < 0;
      char pcode[8] = "";
      if (cls[t] > 0) code_of_root(&cl, k, cls[t], pcode);
      if (k->tgt == -1 && cls[t] > 0 && k->margin >= m->one_sided_margin && !(cls[t] == 11 && cp_act)) {
        int cp = story_counterpart(m, &cl, k->src, pcode);
        if (cp >= 0) {
          if (trace) fprintf(stderr, "    rule story-counterpart: target %.3s\n", c->d->ments[cp].code);
          k->tgt = DY_ANAPHOR; k->tgt_arg = -1; k->anaphor = cp; k->anaphor_state = 1; k->tgt_via = DY_VIA_OBJ;
        }
      }
      /* rule one-sided-body: after a story's first sentence, an act
       * addressed to someone (counterpart-codes) that neither its clause
       * nor the story (story-counterpart, the anaphor rules) gives another
       * side is one-sided, hidden like the modalities: as a rule its other
       * side is one the story left implicit, and the reading that names
       * none is not one a coder would stand by ("Germany condemned the
       * attack" by unknown gunmen, "Iran denied any role" when no one is
       * named to have charged it); the lead's acts keep theirs */
      int one_sided_body = k->tgt == -1 && cl.s > 0 && cls[t] > 0 && counterpart_code(m, pcode);
      if (k->tgt < 0 && k->tgt != DY_PLACE && k->tgt != DY_ANAPHOR && !m->one_sided[cls[t]] && !(m->one_sided_pattern[cls[t]] && pattern_root(&cl, t) == cls[t])) {
        drop(c, se->tok0 + t, "needs-target");
        gone[t] = 1; /* its complement is then an event of its own ("announces that he is resigning") */
        continue;
      }
      /* an asserted event with no coded other side must be surer than one
       * with it (policy.txt one-sided-margin); what is said of the future
       * or of a condition stays for the outlook */
      /* so must a stated intention, which is asserted as one (03x: "will
       * offer assistance", "will receive $18 billion"); a threat (13x) is
       * not held to it */
      int intention = k->modality == DY_MOD_FUTURE && (cls[t] == 3 || m->intent[cls[t]][0] == '0');
      if ((k->tgt == -1 || k->tgt == DY_UNRESOLVED) && k->src_via != DY_VIA_BOTH && (k->modality == DY_MOD_ASSERTED || intention) &&
          !heard && k->margin < m->one_sided_margin) {
        if (trace) fprintf(stderr, "    rule one-sided-margin: class %d by %.2f only\n", cls[t], k->margin);
        drop(c, se->tok0 + t, "one-sided-margin");
        gone[t] = 1;
        continue;
      }
      /* a one-sided event keeps the words of what it acts on, uncoded */
      if (k->tgt == -1) {
        const char *prule = NULL;
        int prep = -1, a = dy_patient(&cl, k, &prep, &prule);
        if (a >= 0 && a != k->src_arg) {
          /* "issued an arrest warrant against X": the name in the object's phrase */
          int in_obj = (cl.nd[a].label == m->L.nmod || cl.nd[a].label == m->L.obl) && cl.nd[a].head >= 0 && cl.nd[a].head != (int)t &&
                       (cl.nd[cl.nd[a].head].label == m->L.obj || cl.nd[cl.nd[a].head].label == m->L.acl);
          if (trace && (in_obj || prule)) fprintf(stderr, "    rule %s: uncoded target [%s]\n", prule ? prule : "object-prep", cl.nd[a].lemma);
          k->tgt = DY_UNRESOLVED; k->tgt_arg = a; k->tgt_via = in_obj ? DY_VIA_OBJ_PREP : DY_VIA_UNKNOWN; k->prep = prep;
          /* sector-phrase: "to Darfur" names a place of a state: that state */
          for (uint32_t i = c->d->sents[cl.s].place0; prule && !strcmp(prule, "sector-phrase") && i < c->d->sents[cl.s].place1; i++) {
            const dy_place *pl = &c->d->places[i];
            if (pl->actor || !pl->cc3[0] || !place_in_phrase(&cl, a, pl)) continue;
            k->tgt = DY_PLACE; k->tgt_arg = (int)i; k->tgt_via = DY_VIA_PLACE;
            break;
          }
        }
      }
      int best = cls[t];
      char code[8];
      code_of_root(&cl, k, best, code);
      /* rule between-parties: the two sides of talks "between" them do
       * with each other none of what partners never do to each other
       * (policy.txt solo-codes: "hosted talks between Iran and the United
       * States" is no mediation by either): the root's general code */
      if (k->src_via == DY_VIA_BETWEEN && k->tgt_via == DY_VIA_BETWEEN && code_listed(m->solo, m->nsolo, code)) {
        if (trace) fprintf(stderr, "    rule between-parties [%s]: %02d0, not %s\n", cl.nd[t].lemma, best, code);
        snprintf(code, sizeof code, "%02d0", best);
      }
      /* rule negated-pattern: "vowed not to develop nuclear weapons": a
       * verb pattern of the intention (03) whose words run into a
       * complement it negates names no act intended ("vow * weapons",
       * 0332): the root's general code */
      if (best == 3 && !k->nominal && c->vat[t] >= 0 && c->v[c->vat[t]].pat >= 0 && c->v[c->vat[t]].i == se->tok0 + t && strcmp(code, "030")) {
        const vmatch *pv = &c->v[c->vat[t]];
        for (int q = cl.fc[t]; q >= 0; q = cl.nx[q])
          if (negated_infinitive(&cl, q) && se->tok0 + (uint32_t)q < pv->end) {
            if (trace) fprintf(stderr, "    rule negated-pattern [%s]: 030 for %s\n", cl.nd[t].lemma, code);
            snprintf(code, sizeof code, "030");
            break;
          }
      }
      if (role_ana >= 0) snprintf(code, sizeof code, "051");
      if (best == 11 && k->verbal && !strcmp(code, "110")) snprintf(code, sizeof code, "111");
      /* rule operations-cooperation: "its governments facilitated US
       * military operations in Afghanistan": a verb of word set facilitate
       * whose object is a noun of word set operation-noun that is military
       * (a "military" modifier, or a target that is a state's military),
       * read as cooperation or aid (roots 4 to 8), is military cooperation */
      if (best >= 4 && best <= 8 && !k->nominal && k->tgt >= 0 && dy_coder_word(m, DY_WS_FACILITATE, cl.nd[t].lemma) >= 0) {
        int ob = dy_cl_child(&cl, (int)t, m->L.obj), mil = 0;
        if (ob >= 0 && cl.ment[ob] < 0 && dy_coder_word(m, DY_WS_OPERATION_NOUN, cl.nd[ob].lemma) >= 0) {
          const char *tc = c->d->ments[k->tgt].code;
          size_t tl = strlen(tc);
          mil = tl >= 6 && !strcmp(tc + tl - 3, "MIL");
          for (int q = cl.fc[ob]; q >= 0 && !mil; q = cl.nx[q]) mil = !strcmp(cl.nd[q].lemma, "military");
        }
        if (mil) {
          if (trace) fprintf(stderr, "    rule operations-cooperation [%s]: 062 for %s\n", cl.nd[t].lemma, code);
          snprintf(code, sizeof code, "062");
          best = 6;
        }
      }
      /* threat-force: "warned that Israel would strike", "threatened to
       * bomb the ports": a threat whose complement is force (18-20, as the
       * model or the dictionary reads it) is a threat of military force, 138 */
      /* rule negated-force-intent: "vowed not to attack Azerbaijan",
       * "pledged never to use force": a promise whose complement is force
       * it negates is no threat but an intention to cooperate (030) */
      if (best == 13 && !k->nominal && (!strcmp(code, "130") || !strcmp(code, "138")) && negated_force_complement(&cl, (int)t, cls)) {
        if (trace) fprintf(stderr, "    rule negated-force-intent [%s]: 030 for %s\n", cl.nd[t].lemma, code);
        snprintf(code, sizeof code, "030");
        best = 3;
      }
      if (best == 13 && !strcmp(code, "130") && !k->nominal)
        for (int q = cl.fc[t]; q >= 0; q = cl.nx[q])
          if ((cl.nd[q].label == m->L.ccomp || cl.nd[q].label == m->L.xcomp) &&
              ((cls[q] >= 18 && cls[q] <= 20) || (pattern_root(&cl, q) >= 18 && pattern_root(&cl, q) <= 20))) {
            if (trace) fprintf(stderr, "    rule threat-force [%s]: 138 from [%s]\n", cl.nd[t].lemma, cl.nd[q].lemma);
            snprintf(code, sizeof code, "138");
            break;
          }
      /* "the TTP carried out an attack using a quadcopter laden with
       * explosives": force by an armed group with no state's arms, done with
       * a bomb, is a non-military bombing (183), not a military attack */
      int also_bombing = 0;
      if ((best == 18 || best == 19) && strncmp(code, "183", 3) && k->src >= 0 && armed_group(c->d->ments[k->src].code) &&
          explosive_in(m, &cl, (int)t)) {
        /* rule bombing-beside: force its own verb pattern names (193 "an
         * exchange of fire"), with the bomb only in a clause of its own below
         * it, is that force, and the bombing an act of the same sides beside it */
        if (strcmp(code, "180") && strcmp(code, "190") && bomb_clause(m, &cl, (int)t)) {
          if (trace) fprintf(stderr, "    rule bombing-beside [%s]: %s and 183\n", cl.nd[t].lemma, code);
          also_bombing = 1;
        } else {
          if (trace) fprintf(stderr, "    rule non-military-bombing [%s]: 183\n", cl.nd[t].lemma);
          snprintf(code, sizeof code, "183");
          best = 18;
        }
      }
      /* rule weapon-branch: force coded by its verb alone (190, or 193 of
       * "fight", "exchange fire") done with the weapons its own arguments
       * name: "Iranian missiles and drones struck a village" (195) */
      if (best == 19 && (!strcmp(code, "190") || !strcmp(code, "193"))) {
        int wb = weapon_branch(m, &cl, (int)t);
        if (wb) {
          if (trace) fprintf(stderr, "    rule weapon-branch [%s]: %d\n", cl.nd[t].lemma, wb);
          snprintf(code, sizeof code, "%d", wb);
        }
      }
      /* a stated intention is itself the event (CAMEO 03x): "will visit",
       * "is willing to withdraw", "plans to send aid" */
      int mod = k->modality;
      /* the act intended or refused (rule stated-act): the event's code, or,
       * where the model read the intention or the refusal itself (03, 12),
       * the trigger's own verb pattern ("will withdraw its troops": 087,
       * "will not lift the ban": 081) */
      char sact[8];
      stated_act(&cl, k, best, code, sact);
      /* intended-force: "vowed to keep firing missiles at Israel": an
       * intention of force is a threat, which its complement (future force,
       * 13x) already is; no intention to cooperate besides */
      int fx = dy_cl_child(&cl, (int)t, m->L.xcomp), fx2 = fx >= 0 ? dy_cl_child(&cl, fx, m->L.xcomp) : -1;
      int force_act = !strncmp(sact, "18", 2) || !strncmp(sact, "19", 2) || !strncmp(sact, "20", 2) ||
                      (fx >= 0 && cls[fx] >= 18) || (fx >= 0 && (cls[fx] <= 0 || dy_coder_word(m, DY_WS_ASPECTUAL, cl.nd[fx].lemma) >= 0) && fx2 >= 0 && cls[fx2] >= 18);
      /* intended-force-pattern: force that only the complement's verb
       * pattern names, the complement itself no event ("wants to expand
       * military operations in Gaza"), is the threat the intention states
       * (138, intent.txt) */
      int force_ev = (fx >= 0 && cls[fx] >= 18) || (fx2 >= 0 && cls[fx2] >= 18);
      if (best == 3 && k->modality == DY_MOD_ASSERTED && force_act && !force_ev && fx >= 0 && cls[fx] <= 0 &&
          !strncmp(dy_coder_stated(m, sact, 0), "13", 2)) {
        dy_scopy(code, sizeof code, dy_coder_stated(m, sact, 0));
        if (trace) fprintf(stderr, "    rule intended-force-pattern [%s]: %s of %s\n", cl.nd[t].lemma, code, sact);
        best = 13;
        dy_scopy(sact, sizeof sact, code);
      } else if (best == 3 && k->modality == DY_MOD_ASSERTED && force_act && !negated_force_complement(&cl, (int)t, cls)) {
        drop(c, se->tok0 + t, "intended-force");
        continue;
      }
      /* its stated refusal's and intention's codes (intent.txt, refusal.txt), "" */
      const char *s_ref = dy_coder_stated(m, sact, 1), *s_int = dy_coder_stated(m, sact, 0);
      /* a stated refusal is itself the event (CAMEO 12x): "will not accept
       * more refugees", "cannot allow", "will not release the soldiers"
       * (1243, from the act refused); the model's own refusal (12) of a
       * negated act is asserted as one */
      int refused = 0;
      if (mod == DY_MOD_NEGATED && (best == 12 || s_ref[0]) && dy_refused(&cl, k)) {
        if (s_ref[0]) dy_scopy(code, sizeof code, s_ref);
        mod = DY_MOD_ASSERTED;
        refused = 1;
      }
      /* rule refused-act: the model's refusal (12) read at its own general
       * verb ("refused to allow inspectors": 120) is the refusal of the act
       * its complement names (1245), as a negated act's is */
      if (best == 12 && !refused && !strcmp(code, "120") && strncmp(sact, "12", 2) != 0 && !strncmp(s_ref, "12", 2) && strcmp(s_ref, code) != 0) {
        if (trace) fprintf(stderr, "    rule refused-act [%s]: %s of %s\n", cl.nd[t].lemma, s_ref, sact);
        dy_scopy(code, sizeof code, s_ref);
      }
      /* rule appeal-act: the model's appeal (02) coded by its general verb
       * ("urged Russia to withdraw its troops": 025) is an appeal for the
       * act its complement names (0874: 0256, appeal.txt) */
      if (best == 2 && (!strcmp(code, "020") || !strcmp(code, "025"))) {
        int ax = dy_cl_child(&cl, (int)t, m->L.xcomp), atoks[2] = {ax, ax >= 0 ? dy_cl_child(&cl, ax, m->L.xcomp) : -1};
        for (int i = 0; i < 2; i++) {
          int q = atoks[i] >= 0 ? pattern_root(&cl, atoks[i]) : -1;
          if (q < 0 || q == 2 || q == 3 || q == 12) continue;
          const char *aa = dy_lex_pattern(cl.lx, cl.dict[atoks[i]])->code, *ap = dy_coder_stated(m, aa, 2);
          if (!strncmp(ap, "02", 2) && strlen(ap) >= strlen(code) && strcmp(ap, code) != 0) {
            if (trace) fprintf(stderr, "    rule appeal-act [%s]: %s of %s\n", cl.nd[t].lemma, ap, aa);
            dy_scopy(code, sizeof code, ap);
          }
          break;
        }
      }
      /* "is willing to withdraw its troops": the model's intention (03) of
       * an act of another root is that act's intention, said or not of the future */
      /* (not of an act its complement negates: "vowed not to develop
       * nuclear weapons" is no intention to develop them; rule
       * negated-intent) */
      int neg_comp = 0;
      for (int q = cl.fc[t]; q >= 0 && !neg_comp; q = cl.nx[q]) neg_comp = negated_infinitive(&cl, q);
      if (neg_comp && best == 3 && trace && strncmp(sact, "03", 2) != 0 && s_int[0] == '0') fprintf(stderr, "    rule negated-intent [%s]: not %s\n", cl.nd[t].lemma, s_int);
      if (best == 3 && !refused && !neg_comp && strncmp(sact, "03", 2) != 0 && s_int[0] == '0') dy_scopy(code, sizeof code, s_int);
      /* mediator-between: an intention whose sides
       * are the two it stands between is the intention to mediate */
      if (best == 3 && k->tgt_via == DY_VIA_BETWEEN && strcmp(code, "039")) dy_scopy(code, sizeof code, "039");
      if (mod == DY_MOD_FUTURE && (best == 3 || m->intent[best][0])) {
        /* an intention of the same root keeps its own code ("would boycott": 1312) */
        if (best != 3 && strncmp(code, m->intent[best], 2) != 0 && s_int[0]) dy_scopy(code, sizeof code, s_int);
        mod = DY_MOD_ASSERTED;
      }
      if (one_sided_body && mod == DY_MOD_ASSERTED) {
        if (trace) fprintf(stderr, "    rule one-sided-body [%s]: one-sided\n", cl.nd[t].lemma);
        mod = DY_MOD_ONE_SIDED;
      }
      /* rule assigned-responsibility: "Zhu said that Washington bore full
       * responsibility": a responsibility borne (word set
       * assigned-responsibility) that a speaker of another state says
       * another bears is the speaker's accusation (112), no admission */
      if (!strncmp(code, "015", 3) && k->src >= 0 && dy_coder_word(m, DY_WS_ASSIGNED, cl.nd[t].lemma) >= 0) {
        int sp = -1, sa = -1;
        for (int up = cl.nd[t].head, d = 0; up >= 0 && d < 4; up = cl.nd[up].head, d++)
          if (dy_cl_wclass(&cl, up) & DY_W_SAY) {
            sa = dy_cl_child(&cl, up, m->L.nsubj);
            sp = sa >= 0 ? dy_actor_in(&cl, sa) : -1;
            break;
          }
        /* ("..., Chinese officials said": the saying hung on it) */
        for (int q = cl.fc[t]; q >= 0 && sp < 0; q = cl.nx[q])
          if (q > (int)t && (dy_cl_wclass(&cl, q) & DY_W_SAY) && cl.nd[q].upos == DY_UPOS_VERB) {
            sa = dy_cl_child(&cl, q, m->L.nsubj);
            sp = sa >= 0 ? dy_actor_in(&cl, sa) : -1;
          }
        if (sp >= 0 && sp != k->src && strncmp(c->d->ments[sp].code, c->d->ments[k->src].code, 3)) {
          if (trace) fprintf(stderr, "    rule assigned-responsibility [%s]: %s accuses %s\n", cl.nd[t].lemma, c->d->ments[sp].code, c->d->ments[k->src].code);
          k->tgt = k->src; k->tgt_arg = k->src_arg; k->tgt_via = k->src_via;
          k->src = sp; k->src_arg = sa; k->src_via = DY_VIA_NSUBJ;
          dy_scopy(code, sizeof code, "112");
        }
      }
      /* rule leave-organisation: "announced that they were withdrawing
       * from the Economic Community of West African States": a retreat
       * (087x) from an international organisation is leaving it, a cut in
       * relations (160) */
      if (!strncmp(code, "087", 3) && k->tgt >= 0 && k->prep >= 0 && !strcmp(dy_cl_word(&cl, k->prep), "from") &&
          !strncmp(c->d->ments[k->tgt].code, "IGO", 3)) {
        if (trace) fprintf(stderr, "    rule leave-organisation [%s]: 160 of %s\n", cl.nd[t].lemma, code);
        dy_scopy(code, sizeof code, "160");
      }
      /* an event noun phrase starts at its source ("the June 21 US airstrikes") */
      int64_t first = -1;
      if (k->nominal) {
        first = se->tok0 + t;
        if (k->src >= 0 && c->d->ments[k->src].tok0 < first) first = c->d->ments[k->src].tok0;
      }
      int stated;
      int64_t last = k->nominal && k->tgt >= 0 && c->d->ments[k->tgt].tok0 > se->tok0 + t ? (int64_t)c->d->ments[k->tgt].tok1 - 1 : -1;
      /* a target that modifies its phrase's noun ends at that noun: "the
       * campaign against British invaders in 1880" */
      if (last >= 0) {
        int v = ment_node(&cl, k->tgt), hn = v >= 0 ? cl.nd[v].head : -1;
        if (hn > v && hn < (int)cl.n && (cl.nd[v].label == m->L.amod || cl.nd[v].label == m->L.compound) &&
            (cl.nd[hn].upos == DY_UPOS_NOUN || cl.nd[hn].upos == DY_UPOS_PROPN))
          last = (int64_t)se->tok0 + hn;
      }
      dy_date when = dy_event_date(c->d, c->s, first, last, (int64_t)se->tok0 + t, &stated);
      if (!stated && dy_span_start(&cl, k, c->d->published, &when)) stated = 1;
      /* coordinated actors: each member of the group */
      const dy_mention *S[6], *T[6];
      int ns = k->src >= 0 ? members(c, group_of(c, k->src), S) : 0;
      int nt = k->tgt >= 0 ? members(c, group_of(c, k->tgt), T) : 0;
      /* "the latter's visit", "its war": the one actor a possessive
       * pronoun stands for, not the list it was named in */
      if (k->src >= 0 && k->rule && !strcmp(k->rule, "noun-poss-pronoun")) ns = 0;
      if (k->src >= 0 && ns == 0) { S[0] = &c->d->ments[k->src]; ns = 1; }
      /* rule example-list: "groups such as Jaish al-Adl in Iran and the
       * Pakistan-based Balochistan Liberation Army have carried out
       * attacks": a source named as an example ("such as") stands with the
       * armed groups its phrase joins to it, however the parser hung them
       * (here on the place) */
      if (k->src >= 0 && ns == 1 && armed_group(c->d->ments[k->src].code) && strlen(c->d->ments[k->src].code) > 6) {
        int sn = ment_node(&cl, k->src), ex = 0;
        for (int q = sn >= 0 ? cl.fc[sn] : -1; q >= 0 && !ex; q = cl.nx[q])
          if (cl.nd[q].label == m->L.case_ && (!strcmp(dy_cl_word(&cl, q), "such") || !strcmp(dy_cl_word(&cl, q), "like"))) ex = 1;
        for (uint32_t q = 0; ex && q < cl.n && ns < 4; q++) {
          int mq = cl.ment[q];
          if (mq < 0 || cl.nd[q].label != m->L.conj || !armed_group(c->d->ments[mq].code) || strlen(c->d->ments[mq].code) <= 6 ||
              !strcmp(c->d->ments[mq].code, S[0]->code) || ment_node(&cl, mq) != (int)q || !under(&cl, (int)q, sn))
            continue;
          int dup = 0;
          for (int i = 0; i < ns; i++) dup |= !strcmp(S[i]->code, c->d->ments[mq].code);
          if (dup) continue;
          S[ns++] = &c->d->ments[mq];
          if (trace) fprintf(stderr, "    rule example-list [%s]: %s beside %s\n", cl.nd[t].lemma, c->d->ments[mq].code, S[0]->code);
        }
      }
      if (k->tgt >= 0 && nt == 0) { T[0] = &c->d->ments[k->tgt]; nt = 1; }
      if (between2 >= 0 && nt >= 1 && nt < 6 && k->tgt_via == DY_VIA_BETWEEN) T[nt++] = &c->d->ments[between2];
      dy_mention sx[6], tx[6]; /* the sides' words with their modifiers */
      for (int i = 0; i < ns && i < 6 && k->src >= 0; i++) S[i] = side_span(&cl, S[i], &sx[i]);
      for (int i = 0; i < nt && i < 6 && k->tgt >= 0; i++) T[i] = side_span(&cl, T[i], &tx[i]);
      dy_mention us, ut; /* sides the dictionaries do not know: their words, no code */
      if (k->src == DY_UNRESOLVED) { unresolved(&cl, k->src_arg, &us); S[0] = &us; ns = 1; }
      if (k->tgt == DY_UNRESOLVED) { unresolved(&cl, k->tgt_arg, &ut); T[0] = &ut; nt = 1; }
      if (k->tgt == DY_PLACE) { place_mention(c->d, k->tgt_arg, cl.s, &ut); T[0] = &ut; nt = 1; }
      if (k->tgt == DY_ANAPHOR) {
        const dy_mention *a = &c->d->ments[k->anaphor];
        unresolved(&cl, k->tgt_arg, &ut);
        ut.kind = a->kind; ut.entry = a->entry; ut.person = a->person;
        memcpy(ut.code, a->code, sizeof ut.code);
        dy_scopy(ut.name, sizeof ut.name, a->name);
        if (k->anaphor_state) {
          ut.code[3] = 0;
          ut.kind = DY_ACT_COUNTRY; ut.entry = -1; ut.person = -1;
          const char *cn = dy_lex_country_name(c->lx, ut.code);
          if (cn) dy_scopy(ut.name, sizeof ut.name, cn);
        }
        T[0] = &ut; nt = 1;
      }
      /* "arrested 40 opposition activists in Lahore": PAKOPP */
      dy_mention qt[6];
      for (int i = 0; qualify >= 0 && i < nt && i < 6; i++)
        if (bare_sector(c->lx, T[i]->code)) {
          qt[i] = *T[i];
          dy_scat(qt[i].code, sizeof qt[i].code, c->d->places[qualify].cc3, SIZE_MAX, T[i]->code);
          T[i] = &qt[i];
        }
      /* place-source: force done with a bomb that no one is named to have
       * set ("killed in a car bomb explosion in Beirut", "a roadside bombing
       * near Samarra killed"), or a passive arrest by no one named ("was
       * arrested in Lebanon"), is the act of the state it was done in
       * (policy.txt place-source; word set explosive); the target is then
       * the one it was done to */
      dy_mention psrc;
      if (k->src == -1 && !k->nominal && m->place_source[cls[t]] && (cls[t] < 18 ? k->passive && passive_state_act(m, code) : place_source_force(m, &cl, k))) {
        int got = 0;
        if (k->tgt == DY_PLACE) { place_mention(c->d, k->tgt_arg, cl.s, &psrc); got = 1; }
        else if (k->tgt >= 0) {
          for (uint32_t x = 0; x < cl.n && !got; x++)
            if (cl.ment[x] == k->tgt && !(cl.nd[x].head >= 0 && cl.ment[cl.nd[x].head] == k->tgt) && dy_locative(&cl, (int)x) &&
                strlen(c->d->ments[k->tgt].code) >= 3 && dy_lex_country_name(c->lx, c->d->ments[k->tgt].code)) {
              psrc = c->d->ments[k->tgt];
              got = 1;
            }
        }
        if (!got) {
          /* the one state the sentence's places are in */
          int one = -1, many = 0;
          for (uint32_t i = c->d->sents[cl.s].place0; i < c->d->sents[cl.s].place1; i++) {
            const dy_place *p = &c->d->places[i];
            if (!p->cc3[0] || !strncmp(p->feature, "PCL", 3)) continue;
            /* named by the place the act was done at ("in Bannu"), not by the dateline */
            if (one < 0 || (c->d->places[one].dateline && !p->dateline) || (c->d->places[one].cue != 1 && p->cue == 1 && !p->dateline)) {
              if (one >= 0 && strcmp(c->d->places[one].cc3, p->cc3)) many = 1;
              one = (int)i;
            } else if (strcmp(c->d->places[one].cc3, p->cc3)) many = 1;
          }
          if (one >= 0 && !many) { place_mention(c->d, one, cl.s, &psrc); got = 1; }
        }
        if (got) {
          psrc.code[3] = 0;
          S[0] = &psrc; ns = 1;
          /* the passive's subject is what it was done to */
          int pat = -1;
          for (int q = cl.fc[t]; k->passive && q >= 0; q = cl.nx[q])
            if (cl.nd[q].label == m->L.nsubj_pass && (pat < 0 || cl.ment[pat] < 0)) pat = q;
          if (pat < 0 && k->passive && k->tgt_via == DY_VIA_PATIENT) pat = k->tgt_arg;
          if (pat >= 0 && cl.ment[pat] >= 0 && (k->tgt < 0 || !strncmp(psrc.code, T[0]->code, 3))) {
            T[0] = side_span(&cl, &c->d->ments[cl.ment[pat]], &tx[0]); nt = 1;
          } else if (pat >= 0 && (k->tgt < 0 || !strncmp(psrc.code, T[0]->code, 3))) {
            unresolved(&cl, pat, &ut); T[0] = &ut; nt = 1;
          }
          if (nt > 0 && !strcmp(T[0]->code, psrc.code)) nt = 0;
          /* a sector with no state it was done to is of that state ("a journalist killed in Beirut": LBNMED) */
          if (nt == 1 && bare_sector(c->lx, T[0]->code)) {
            qt[0] = *T[0];
            dy_scat(qt[0].code, sizeof qt[0].code, psrc.code, SIZE_MAX, T[0]->code);
            T[0] = &qt[0];
          }
          /* a bomb set by no one named is a bombing, not a military attack (183) */
          if (cls[t] >= 18 && best != 20 && strncmp(code, "183", 3)) { snprintf(code, sizeof code, "183"); best = 18; }
          if (trace) fprintf(stderr, "    rule place-source [%s]: %s\n", cl.nd[t].lemma, psrc.code);
        }
      }
      uint32_t vi = se->tok0 + t;
      /* a sector with no state may act on a known side the event itself
       * names ("diplomats held a meeting with President Parvanov"), not on
       * one found in a complement clause ("ministers agreed to achieve peace
       * between Iran and Israel") */
      c->direct_tgt = k->tgt_via != DY_VIA_XCOMP && k->tgt_via != DY_VIA_CCOMP;
      c->place_tgt = k->tgt == DY_PLACE;
      c->head_tgt = c->direct_tgt && k->tgt >= 0 && k->tgt_arg >= 0 && k->tgt_arg < (int)cl.n && cl.ment[k->tgt_arg] == k->tgt;
      /* venue-sector: "Munir was greeted at the Pentagon by top brass":
       * the state of an actor the verb is done at */
      c->venue_cc[0] = 0;
      for (int q = cl.fc[t]; q >= 0 && !k->nominal; q = cl.nx[q]) {
        int cs = cl.nd[q].label == m->L.obl ? dy_cl_child(&cl, q, m->L.case_) : -1;
        if (cs < 0 || strcmp(dy_cl_word(&cl, cs), "at") || cl.ment[q] < 0) continue;
        const char *vc = c->d->ments[cl.ment[q]].code;
        char v3[4] = {0};
        if (strlen(vc) < 3) continue;
        memcpy(v3, vc, 3);
        if (dy_lex_country_name(c->lx, v3)) memcpy(c->venue_cc, v3, 4);
        break;
      }
      for (uint32_t x = 0; k->tgt >= 0 && x < cl.n && !c->place_tgt; x++)
        if (cl.ment[x] == k->tgt && !(cl.nd[x].head >= 0 && cl.ment[cl.nd[x].head] == k->tgt)) c->place_tgt = dy_locative(&cl, (int)x);
      /* a candidate emit_code leaves out for want of a side is gone: its
       * complement stands alone ("prepared to lift the ban" with no known
       * source of "prepared") */
      uint32_t ev0 = c->d->nevents;
      /* rule each-other-object: "India and Pakistan expelled each other's
       * diplomats": a sector with no state that belongs to "each other" is
       * each side's act on the other's (its state the other side's) */
      if (ns >= 2 && ns <= 4 && nt == 1 && k->tgt >= 0 && k->tgt_arg >= 2 && bare_sector(c->lx, T[0]->code) &&
          each_other_poss(&cl, k->tgt_arg)) {
        int done = 0;
        for (int i = 0; i < ns; i++)
          for (int j = 0; j < ns; j++) {
            char cc[4];
            dy_scat(cc, sizeof cc, S[j]->code, 3, "");
            if (i == j || !strncmp(S[i]->code, cc, 3) || !dy_lex_country_name(c->lx, cc)) continue;
            dy_mention q = *T[0];
            dy_scat(q.code, sizeof q.code, cc, SIZE_MAX, T[0]->code);
            emit_code(c, code, -1, mod, vi, vi + 1, S[i], &q, when, stated);
            done = 1;
          }
        if (done) {
          if (trace) fprintf(stderr, "    rule each-other-object [%s]\n", cl.nd[t].lemma);
          gone[t] = c->d->nevents == ev0;
          continue;
        }
      }
      if (k->tgt_via == DY_VIA_COAGENT) {
        /* "Iran and Pakistan agreed": each with each other */
        const dy_mention *A[12];
        int na = 0;
        for (int i = 0; i < ns && na < 12; i++) A[na++] = S[i];
        for (int i = 0; i < nt && na < 12; i++) {
          int dup = 0;
          for (int j = 0; j < na; j++) dup |= !strcmp(A[j]->code, T[i]->code);
          if (!dup) A[na++] = T[i];
        }
        if (na > 4) continue;
        for (int i = 0; i < na; i++)
          for (int j = 0; j < na; j++)
            if (i != j) emit_code(c, code, -1, mod, vi, vi + 1, A[i], A[j], when, stated);
        gone[t] = c->d->nevents == ev0;
        continue;
      }
      if (ns > 4 || nt > 4 || ns * nt > 6) continue;
      /* mutual: "the US had agreed with Pakistan to develop its oil
       * reserves": an agreement with a side to do something is that side's
       * too (word set mutual, a "with" target and a complement) */
      int mutual = k->tgt >= 0 && k->tgt_via == DY_VIA_OBL && k->prep >= 0 && !strcmp(dy_cl_word(&cl, k->prep), "with") &&
                   dy_coder_word(m, DY_WS_MUTUAL, cl.nd[t].lemma) >= 0 &&
                   (dy_cl_child(&cl, (int)t, m->L.xcomp) >= 0 || dy_cl_child(&cl, (int)t, m->L.advcl) >= 0);
      if (mutual && trace) fprintf(stderr, "    rule mutual [%s]\n", cl.nd[t].lemma);
      /* noun-mutual: "Pakistan's war with India": a fight named by its
       * noun with the other side after "with" or "between" is waged by
       * each side on the other (word set mutual-noun) */
      if (!mutual && k->nominal && k->tgt >= 0 && dy_coder_word(m, DY_WS_MUTUAL_NOUN, cl.nd[t].lemma) >= 0 &&
          (k->tgt_via == DY_VIA_BETWEEN || (k->tgt_via == DY_VIA_NMOD && k->prep >= 0 && !strcmp(dy_cl_word(&cl, k->prep), "with")))) {
        mutual = 1;
        if (trace) fprintf(stderr, "    rule noun-mutual [%s]\n", cl.nd[t].lemma);
      }
      for (int a = 0; a < (ns ? ns : 1); a++)
        for (int b = 0; b < (nt ? nt : 1); b++) {
          emit_code(c, code, -1, mod, vi, vi + 1, ns ? S[a] : NULL, nt ? T[b] : NULL, when, stated);
          if (mutual && ns) emit_code(c, code, -1, mod, vi, vi + 1, T[b], S[a], when, stated);
          if (also_bombing) emit_code(c, "183", -1, mod, vi, vi + 1, ns ? S[a] : NULL, nt ? T[b] : NULL, when, stated);
        }
      gone[t] = c->d->nevents == ev0;
    }
  }
  drop_subsumed(c, e0);
  free(mem);
  if (dict != dbuf) free(dict);
  if (cls != cbuf) free(cls);
  if (gone != gbuf) free(gone);
  if (cand != kbuf) free(cand);
}

static int off_topic(const sctx *c) {
  int sport = 0, biz = 0;
  for (uint32_t k = c->se->tok0; k < c->se->tok1; k++) {
    uint64_t cls = wc(c, k);
    sport += (cls & (DY_W_SPORT | DY_W_ENT)) != 0;
    biz += (cls & DY_W_BIZ) != 0;
  }
  return sport >= 2 || biz >= 3;
}

/* DYAD_TRACE set: print groups, matches and candidates to stderr (read once) */
static pthread_once_t trace_once = PTHREAD_ONCE_INIT;
static void trace_init(void) {
  const char *t = getenv("DYAD_TRACE");
  trace = t ? (t[0] >= '1' && t[0] <= '3' ? t[0] - '0' : 1) : 0;
}

static void code_sentence(const dy_lexicon *lx, dy_doc *d, uint32_t s, int soft) {
  sctx c;
  memset(&c, 0, sizeof c);
  c.lx = lx; c.d = d; c.s = s; c.se = &d->sents[s];
  c.soft = soft;
  uint32_t m0 = c.se->ment0, m1 = c.se->ment1;
  uint32_t nt = c.se->tok1 - c.se->tok0;
  int16_t gbuf[512], vbuf[512];
  c.gat = nt <= 512 ? gbuf : dy_xreallocarray(NULL, nt, sizeof(int16_t));
  c.vat = nt <= 512 ? vbuf : dy_xreallocarray(NULL, nt, sizeof(int16_t));
  memset(c.gat, 0xff, nt * sizeof(int16_t));
  memset(c.vat, 0xff, nt * sizeof(int16_t));
  if (!dy_lex_models(lx) && off_topic(&c)) goto out;
  for (uint32_t m = m0; m < m1;) {
    uint32_t e = m + 1;
    while (e < m1 && d->ments[e].group == d->ments[m].group) e++;
    if (c.ng == MAXG) break;
    group_t *g = &c.g[c.ng];
    g->m0 = m; g->m1 = e;
    g->tok0 = d->ments[m].tok0; g->tok1 = d->ments[m].tok1;
    for (uint32_t k = m; k < e; k++) if (d->ments[k].tok1 > g->tok1) g->tok1 = d->ments[k].tok1;
    for (uint32_t t = g->tok0; t < g->tok1; t++) c.gat[t - c.se->tok0] = (int16_t)c.ng;
    c.ng++;
    m = e;
  }
  if (c.ng == 0) goto out;
  find_matches(&c);
  pattern_roles(&c);
  const dy_coder_models *models = dy_lex_models(lx);
  if (models) {
    /* a candidate sentence: an actor and an event word (the first word of
     * a verb pattern) */
    int event_word = c.nv > 0;
    for (uint32_t i = c.se->tok0; i < c.se->tok1 && !event_word; i++) {
      uint32_t np = 0;
      if (d->tid[i] >= 0 && c.gat[i - c.se->tok0] < 0) dy_lex_patterns_at(lx, d->tid[i], &np);
      event_word = np > 0;
    }
    /* and an actor that can stand on one side of an event (emit_code's
     * policy: one side at least is anchored), else no event can come of the
     * parse; the trainer (observe) sees every candidate sentence */
    int can_emit = models->observe != NULL;
    for (uint32_t k = m0; k < m1 && !can_emit; k++) can_emit = anchored(lx, d->ments[k].code);
    /* or a place, whose state can be a target ("protesters marched in Lahore") */
    for (uint32_t i = c.se->place0; i < c.se->place1 && !can_emit; i++) can_emit = d->places[i].cc3[0] != 0;
    if (trace) {
      const dy_tok *t0 = &d->toks[c.se->tok0], *t1 = &d->toks[c.se->tok1 - 1];
      fprintf(stderr, "sentence %u%s: %.*s\n", s, !event_word ? " (not parsed: no event word)" : !can_emit ? " (not parsed: no side)" : "",
              (int)(t1->end - t0->start), d->text + t0->start);
      for (uint32_t k = m0; k < m1; k++)
        fprintf(stderr, "  actor %s [%.*s]%s%s\n", d->ments[k].code, (int)(d->toks[d->ments[k].tok1 - 1].end - d->toks[d->ments[k].tok0].start),
                d->text + d->toks[d->ments[k].tok0].start, d->ments[k].rule ? " rule " : "", d->ments[k].rule ? d->ments[k].rule : "");
    }
    if (event_word && can_emit) code_parsed(&c, models, m0);
    goto out;
  }
  if (trace) {
    for (int g = 0; g < c.ng; g++)
      for (uint32_t m = c.g[g].m0; m < c.g[g].m1; m++)
        fprintf(stderr, "  group %d: %s [%.*s]\n", g, d->ments[m].code, (int)(d->toks[d->ments[m].tok1 - 1].end - d->toks[d->ments[m].tok0].start), d->text + d->toks[d->ments[m].tok0].start);
    for (int k = 0; k < c.nv; k++) {
      const vmatch *v = &c.v[k];
      if (v->pat < 0) { fprintf(stderr, "  match %d dropped\n", k); continue; }
      const dy_pattern *p = dy_lex_pattern(lx, v->pat);
      fprintf(stderr, "  match [%.*s] code %s line %d nominal %d passive %d subj %d obj %d modality %d\n", (int)(d->toks[v->end - 1].end - d->toks[v->i].start), d->text + d->toks[v->i].start, p->code, p->line, v->nominal, v->passive, v->subj, v->obj, v->modality);
    }
  }
  /* "refused to acknowledge": the refusal is the negation of the inner verb */
  for (int k = 0; k + 1 < c.nv; k++) {
    vmatch *a = &c.v[k], *b = &c.v[k + 1];
    if (a->pat >= 0 && b->pat >= 0 && !a->nominal && (wc(&c, a->i) & DY_W_REFUSE) && a->end + 1 == b->i && (wc(&c, a->end) & DY_W_TO)) a->pat = -1;
  }
  for (int k = 0; k < c.nv; k++) {
    const vmatch *v = &c.v[k];
    if (v->pat < 0) continue;
    int stated;
    dy_date when = dy_event_date(d, s, v->nominal ? (int64_t)(v->subj >= 0 ? c.g[v->subj].tok0 : v->i) : -1, -1, (int64_t)v->i, &stated);
    emit_match(&c, v, when, stated);
  }
out:
  if (c.gat != gbuf) free(c.gat);
  if (c.vat != vbuf) free(c.vat);
}

/* ---- headings and link lists ------------------------------------------------ */

/* Is sentence s a heading: alone in its paragraph, of at most 20 words,
 * with no stop at its end ("Israel's President talks to CNN", "Fighters
 * escort jet to UK landing")? */
static int heading(const dy_doc *d, uint32_t s) {
  const dy_sent *se = &d->sents[s];
  if ((s > 0 && d->sents[s - 1].para == se->para) || (s + 1 < d->nsents && d->sents[s + 1].para == se->para)) return 0;
  if (se->tok1 <= se->tok0 || se->tok1 - se->tok0 > 20) return 0;
  for (uint32_t k = se->tok1; k > se->tok0; k--) {
    const dy_tok *t = &d->toks[k - 1];
    const char *w = d->text + t->start;
    size_t n = t->end - t->start;
    /* a closing quote or parenthesis after the stop */
    if (n == 1 && (*w == '"' || *w == '\'' || *w == ')')) continue;
    if (n == 3 && (!memcmp(w, "\xe2\x80\x9d", 3) || !memcmp(w, "\xe2\x80\x99", 3))) continue;
    if (n == 3 && !memcmp(w, "\xe2\x80\xa6", 3)) return 0; /* "..." of a teaser cut short */
    return !(n >= 1 && (w[n - 1] == '.' || w[n - 1] == '!' || w[n - 1] == '?' || w[n - 1] == ':' || w[n - 1] == ';'));
  }
  return 0;
}

/* Is sentence s in Title Case: four words or more of content (not
 * determiners, prepositions or conjunctions), every one capitalised, and
 * some letter in lower case ("An SEC Investor Advocate Will Push For
 * Spending More On RIA Exams")? */
static int title_case(const dy_lexicon *lx, const dy_doc *d, uint32_t s) {
  const dy_sent *se = &d->sents[s];
  int words = 0, lower = 0;
  for (uint32_t k = se->tok0; k < se->tok1; k++) {
    const dy_tok *t = &d->toks[k];
    unsigned char c0 = (unsigned char)d->text[t->start];
    if (!isalpha(c0)) continue;
    if (!(t->flags & DY_TOK_ALLCAPS)) lower = 1;
    if (dy_lex_wclass(lx, d->tid[k]) & (DY_W_DET | DY_W_PREP | DY_W_CONJ)) continue;
    if (!(t->flags & DY_TOK_UPPER)) return 0;
    words++;
  }
  return words >= 4 && lower;
}

/* soft-news: is the document sport, business, entertainment, technology,
 * science or living rather than politics? Its words of those topics (the
 * word classes sport, business, entertainment and science) against its
 * sentences that name a state or an international organisation
 * (policy.txt soft-words and soft-ratio). */
static int soft_news(const dy_lexicon *lx, const dy_coder_models *m, const dy_doc *d) {
  if (!m || m->soft_words <= 0) return 0;
  uint32_t soft = 0, hard = 0;
  for (uint32_t k = 0; k < d->ntoks; k++)
    soft += (dy_lex_wclass(lx, d->tid[k]) & (DY_W_SPORT | DY_W_BIZ | DY_W_ENT | DY_W_SCIENCE)) != 0;
  for (uint32_t s = 0; s < d->nsents; s++) {
    int state = 0;
    for (uint32_t k = d->sents[s].ment0; k < d->sents[s].ment1 && !state; k++) {
      const char *code = d->ments[k].code;
      state = strlen(code) >= 3 && !bare_sector(lx, code) && anchored(lx, code);
    }
    hard += (uint32_t)state;
  }
  int is = soft >= (uint32_t)m->soft_words && soft >= m->soft_ratio * hard;
  if (trace) fprintf(stderr, "  document: %u soft-news words, %u sentences naming a state: %s\n", soft, hard, is ? "soft news" : "news");
  return is;
}

int dy_code_events(const dy_lexicon *lx, dy_doc *d) {
  pthread_once(&trace_once, trace_init);
  d->nevents = d->nparsed = 0;
  const dy_coder_models *models = dy_lex_models(lx);
  int soft = soft_news(lx, models, d);
  /* link-list: a page most of whose paragraphs are headings (a front page,
   * a list of links) has its headings left out: they are teasers of
   * stories told on their own pages, in headline words the coder misreads
   * ("Israel's President talks to CNN"). title-heading: so is a heading in
   * Title Case anywhere ("An SEC Investor Advocate Will Push For Spending
   * More On RIA Exams (Financial Advisor Magazine)"). */
  uint32_t paras = 0, heads = 0;
  uint8_t hbuf[256], *head = d->nsents <= 256 ? hbuf : dy_xmalloc(d->nsents);
  for (uint32_t s = 0; s < d->nsents; s++) {
    if (s == 0 || d->sents[s].para != d->sents[s - 1].para) paras++;
    head[s] = (uint8_t)heading(d, s);
    heads += head[s];
  }
  int link_list = heads >= 8 && heads * 10 >= paras * 4;
  for (uint32_t s = 0; s < d->nsents; s++) {
    if (d->sents[s].ment1 <= d->sents[s].ment0) continue;
    if (head[s] && !(models && models->observe) && (link_list || title_case(lx, d, s))) {
      if (trace) fprintf(stderr, "  sentence %u left out: %s\n", s, link_list ? "link-list" : "title-heading");
      continue;
    }
    code_sentence(lx, d, s, soft);
  }
  if (head != hbuf) free(head);
  return 0;
}

/* modality.c: whether a candidate happened, from its clause in the parse:
 * negation, modal and future auxiliaries, conditions, control verbs
 * ("refused to", "plans to"), contested claims, questions and forecasts. */
#include "clause.h"

#include <stdio.h>
#include <ctype.h>
#include <stdlib.h>
#include <string.h>


/* The modality node v's own dependents give it. */
static int own(const dy_clause *c, int v) {
  const dy_labels *L = &c->m->L;
  int neg = 0, hyp = 0, fut = 0;
  for (int k = c->fc[v]; k >= 0; k = c->nx[k]) {
    int l = c->nd[k].label;
    uint64_t w = dy_cl_wclass(c, k);
    if ((l == L->advmod || l == L->det || l == L->aux) && (w & DY_W_NEG)) neg = 1;
    /* "no longer wanted", "not any more": a negation on the adverb negates the verb */
    if (l == L->advmod && !(w & DY_W_NEG))
      for (int a = c->fc[k]; a >= 0; a = c->nx[a])
        if (c->nd[a].label == L->advmod && (dy_cl_wclass(c, a) & DY_W_NEG) && a < k) neg = 1;
    if (l == L->aux || l == L->aux_pass) {
      if (w & DY_W_FUTURE) fut = 1;
      if (w & DY_W_MODAL) hyp = 1;
    }
    if ((l == L->advmod || l == L->amod) && (w & DY_W_HEDGE)) hyp = 1;
    if (l == L->mark && (w & DY_W_COND)) hyp = 1;
    /* "If Israel strikes Iran again, Iran will retaliate": the consequence of a condition */
    if (l == L->advcl) {
      int mk = dy_cl_child(c, k, L->mark);
      if (mk >= 0 && (dy_cl_wclass(c, mk) & DY_W_COND) && mk < v) hyp = 1;
    }
  }
  return neg ? DY_MOD_NEGATED : hyp ? DY_MOD_HYPOTHETICAL : fut ? DY_MOD_FUTURE : DY_MOD_ASSERTED;
}

/* Is "would" v's only mark of the unreal: an auxiliary "would" and no
 * condition, hedge or other modal? */
static int only_would(const dy_clause *c, int v) {
  const dy_labels *L = &c->m->L;
  int would = 0;
  for (int k = c->fc[v]; k >= 0; k = c->nx[k]) {
    int l = c->nd[k].label;
    uint64_t w = dy_cl_wclass(c, k);
    if ((l == L->aux || l == L->aux_pass) && (w & DY_W_MODAL)) {
      if (strcmp(c->nd[k].lemma, "would") && strcmp(dy_cl_word(c, k), "would") && strcmp(dy_cl_word(c, k), "'d")) return 0;
      would = 1;
    }
    if ((l == L->mark && (w & DY_W_COND)) || ((l == L->advmod || l == L->amod) && (w & DY_W_HEDGE))) return 0;
    if (l == L->advcl && dy_cl_child(c, k, L->mark) >= 0 && (dy_cl_wclass(c, dy_cl_child(c, k, L->mark)) & DY_W_COND)) return 0;
  }
  return would;
}

/* own(v), where "Japan said it would provide aid" is future: reported
 * speech puts "will" in the past; what a side said it would do is a
 * stated intention */
static int own_said(const dy_clause *c, int v) {
  const dy_labels *L = &c->m->L;
  int m = own(c, v);
  if (m == DY_MOD_HYPOTHETICAL && c->nd[v].label == L->ccomp && c->nd[v].head >= 0 && only_would(c, v)) {
    int h = c->nd[v].head;
    if (dy_cl_wclass(c, h) & DY_W_SAY) m = DY_MOD_FUTURE;
    /* rule affirmed-would: "NATO confirmed it would tighten the blockade"
     * (word set affirm) */
    else if (dy_coder_word(c->m, DY_WS_AFFIRM, c->nd[h].lemma) >= 0) {
      m = DY_MOD_FUTURE;
      if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule affirmed-would: '%s'\n", c->nd[h].lemma);
    }
  }
  return m;
}

/* Is v in the past perfect ("had planned")? */
static int past_perfect(const dy_clause *c, int v) {
  for (int k = c->fc[v]; k >= 0; k = c->nx[k])
    if (c->nd[k].label == c->m->L.aux && !strcmp(dy_cl_word(c, k), "had")) return 1;
  return 0;
}

/* unrealised-plan: "NASA had planned to mothball the observatory": an
 * intention of word set unrealised in the past perfect, with its
 * complement, is a plan that did not come to pass */
static int unrealised_plan(const dy_clause *c, int v) {
  return dy_coder_word(c->m, DY_WS_UNREALISED, c->nd[v].lemma) >= 0 && dy_cl_child(c, v, c->m->L.xcomp) >= 0 && past_perfect(c, v);
}

/* opinion-frame: is v a verb or copula whose subject is a noun of word set
 * opinion ("My best guess is that ...", "The dominant narrative suggests
 * that ...")? What it says is analysis. */
static int opinion_subject(const dy_clause *c, int s) {
  return s >= 0 && c->ment[s] < 0 && dy_coder_word(c->m, DY_WS_OPINION, c->nd[s].lemma) >= 0;
}
static int opinion_frame(const dy_clause *c, int v) {
  const dy_labels *L = &c->m->L;
  return opinion_subject(c, dy_cl_child(c, v, L->nsubj)) || opinion_subject(c, dy_cl_child(c, v, L->csubj)) ||
         (L->nsubj_outer >= 0 && opinion_subject(c, dy_cl_child(c, v, L->nsubj_outer)));
}

/* opinion-frame: is trigger t, or a clause it is in, what a guess or a
 * narrative is or suggests ("My best guess is that Germany will impose
 * new sanctions", "The dominant narrative suggests that ...")? */
static int opinion_framed(const dy_clause *c, int t) {
  const dy_labels *L = &c->m->L;
  int v = t;
  /* "My best guess is that Germany will impose": the guess is the clause's outer subject */
  if (L->nsubj_outer >= 0 && opinion_subject(c, dy_cl_child(c, v, L->nsubj_outer))) return 1;
  for (int depth = 0; depth < 10; depth++) {
    int h = c->nd[v].head, l = c->nd[v].label;
    if (h < 0) break;
    if ((l == L->ccomp || l == L->csubj) && opinion_frame(c, h)) return 1;
    if (L->nsubj_outer >= 0 && opinion_subject(c, dy_cl_child(c, h, L->nsubj_outer))) return 1;
    v = h;
  }
  return 0;
}

static int modality_of(const dy_clause *c, const dy_cand *k, int frames);

/* perceived-as: is v an "as" clause of a passive verb of perception (word
 * set perceived: "the administration is seen as offering a fresh start",
 * "Iran is widely viewed as backing the Houthis")? How a side is seen is
 * analysis, not an act. */
static int perceived_as(const dy_clause *c, int v, int h) {
  const dy_labels *L = &c->m->L;
  if (c->nd[v].label != L->advcl || dy_coder_word(c->m, DY_WS_PERCEIVED, c->nd[h].lemma) < 0) return 0;
  int mk = dy_cl_child(c, v, L->mark);
  return mk >= 0 && !strcmp(dy_cl_word(c, mk), "as") && dy_cl_child(c, h, L->aux_pass) >= 0;
}

/* charge-frame: is verb v, or a clause it is in, the charge of a verb: an
 * "of" clause ("accused India of violating") or the "for" clause of a verb
 * of word set charge ("blamed Pakistan for using the Taliban to wage war")? */
static int charged(const dy_clause *c, int v) {
  const dy_labels *L = &c->m->L;
  for (int depth = 0; depth < 6 && c->nd[v].head >= 0; depth++) {
    int l = c->nd[v].label, h = c->nd[v].head;
    /* "accused the European Union of subsidising Airbus": the parser hung
     * the gerund as a modifier of the noun after "of" */
    /* (or as a compound: "accused the paramilitary of looting homes") */
    if (depth == 0 && (l == L->amod || l == L->compound) && (dy_cl_wclass(c, v) & DY_W_ING)) {
      int cs = dy_cl_child(c, h, L->case_);
      if (cs >= 0 && cs < v && !strcmp(dy_cl_word(c, cs), "of")) return 1;
    }
    if (l == L->advcl || l == L->acl) {
      int mk = dy_cl_child(c, v, L->mark);
      const char *w = mk >= 0 ? dy_cl_word(c, mk) : "";
      /* the verb of blame, through the object the clause hangs on ("blamed
       * Pakistan and its secret service for using") */
      int g = h;
      for (int up = 0; up < 3 && c->nd[g].upos != DY_UPOS_VERB && c->nd[g].head >= 0 &&
                       (c->nd[g].label == L->obj || c->nd[g].label == L->conj || c->nd[g].label == L->iobj); up++)
        g = c->nd[g].head;
      if (!strcmp(w, "of") || ((!strcmp(w, "for") || !strcmp(w, "with")) && dy_coder_word(c->m, DY_WS_CHARGE, c->nd[g].lemma) >= 0)) return 1;
    }
    if (l != L->advcl && l != L->acl && l != L->xcomp && l != L->conj && l != L->ccomp) return 0;
    /* "accused Obama of supporting ... and urged him to": a finite verb
     * joined to the gerund is its governor's conjunct (finite-conjunct) */
    if (l == L->conj && !(dy_cl_wclass(c, v) & DY_W_ING) && (dy_cl_wclass(c, v) & DY_W_PASTPART) && (dy_cl_wclass(c, h) & DY_W_ING)) return 0;
    v = h;
  }
  return 0;
}

int dy_charged(const dy_clause *c, int v) { return charged(c, v); }

/* charge-noun: is noun t the "for" phrase of a verb of word set charge
 * with an object ("blamed Kenya for the attack")? */
static int charge_noun(const dy_clause *c, int t) {
  const dy_labels *L = &c->m->L;
  int h = c->nd[t].head;
  if (h < 0 || c->nd[t].label != L->obl || dy_coder_word(c->m, DY_WS_CHARGE, c->nd[h].lemma) < 0) return 0;
  int p = dy_cl_child(c, t, L->case_), ob = dy_verb_object(c, h);
  return p >= 0 && !strcmp(dy_cl_word(c, p), "for") && ob >= 0 && ob < t;
}

/* disputed-claim: does verb v, or the verb of saying whose complement it
 * is, carry a claim noun (word set claim-noun) that a denial (word set
 * denial) qualifies ("said they had been tortured by US guards, a claim
 * the Pentagon has denied")? */
static int disputed(const dy_clause *c, int v) {
  const dy_labels *L = &c->m->L;
  for (int depth = 0; depth < 2 && v >= 0; depth++) {
    for (int q = c->fc[v]; q >= 0; q = c->nx[q]) {
      if (c->nd[q].upos != DY_UPOS_NOUN || dy_coder_word(c->m, DY_WS_CLAIM_NOUN, c->nd[q].lemma) < 0) continue;
      for (int r = c->fc[q]; r >= 0; r = c->nx[r])
        if ((c->nd[r].label == L->acl || c->nd[r].label == L->acl_relcl) && dy_coder_word(c->m, DY_WS_DENIAL, c->nd[r].lemma) >= 0) return 1;
    }
    if (c->nd[v].label != L->ccomp) break;
    v = c->nd[v].head;
  }
  return 0;
}

/* Has v an auxiliary of lemma "have" (a perfect: "has been mediating",
 * "had fought")? */
static int perfect(const dy_clause *c, int v) {
  for (int k = c->fc[v]; k >= 0; k = c->nx[k])
    if (c->nd[k].label == c->m->L.aux && !strcmp(c->nd[k].lemma, "have")) return 1;
  return 0;
}

/* The number a span noun's nummod gives ("three decades", "20 years"),
 * 1 for a singular ("a decade"), 2 for a bare plural ("for years"). */
static int span_count(const dy_clause *c, int o) {
  int nm = dy_cl_child(c, o, c->m->L.nummod);
  const char *w = dy_cl_word(c, o);
  if (nm >= 0) {
    const char *x = dy_cl_word(c, nm);
    long n = dy_lex_count(c->lx, x, strlen(x));
    if (n > 0 && n < 200) return (int)n;
  }
  return w[strlen(w) - 1] == 's' ? 2 : 1;
}

/* rule standing-span: "The EU has been mediating talks between the two
 * sides for more than a decade": a perfect whose "for" phrase measures a
 * span of years (word set span-noun; or an "over", "in" phrase of the
 * past ones: "over the past two years", "in recent years") states what has gone on since the
 * span's start, and the event is dated then (the year that many years,
 * decades, generations or centuries before the article's), as background;
 * "since 1984" dates its sentence already. Returns 1 and *out when
 * candidate k is such. */
int dy_span_start(const dy_clause *c, const dy_cand *k, dy_date published, dy_date *out) {
  const dy_labels *L = &c->m->L;
  int v = k->trig;
  /* "has been mediating talks between ... for a decade": the talks too */
  if (k->nominal && c->nd[v].label == L->obj && c->nd[v].head >= 0) v = c->nd[v].head;
  else if (k->nominal) return 0;
  if (!published.prec || !perfect(c, v)) return 0;
  for (int o = 0; o < (int)c->n; o++) {
    /* the verb's "for" phrase, or one the parser hung on a noun of its
     * arguments ("talks between Colombia and the rebels for years") */
    int h = c->nd[o].head, ok = h == v && (c->nd[o].label == L->obl || c->nd[o].label == L->obl_tmod);
    for (int depth = 0; !ok && h >= 0 && depth < 8 && c->nd[o].label == L->nmod; depth++) {
      if (c->nd[h].upos != DY_UPOS_NOUN && c->nd[h].upos != DY_UPOS_PROPN) break;
      if (c->nd[h].head == v) ok = 1;
      h = c->nd[h].head;
    }
    if (!ok) continue;
    int cs = dy_cl_child(c, o, L->case_);
    if (cs < 0) continue;
    /* "over the past two years", "in recent years": another preposition
     * of word set span-prep with a modifier of word set span-recent */
    if (strcmp(dy_cl_word(c, cs), "for")) {
      if (dy_coder_word(c->m, DY_WS_SPAN_PREP, dy_cl_word(c, cs)) < 0) continue;
      int recent = 0;
      for (int a = c->fc[o]; a >= 0; a = c->nx[a])
        if ((c->nd[a].label == L->amod || c->nd[a].label == L->det) && dy_coder_word(c->m, DY_WS_SPAN_RECENT, dy_cl_word(c, a)) >= 0) recent = 1;
      if (!recent) continue;
    }
    const char *l = c->nd[o].lemma, *w = dy_cl_word(c, o);
    int unit = 0;
    if (!strcmp(w, "decade") || !strcmp(w, "decades") || !strcmp(l, "decade")) unit = 10;
    else if (!strcmp(w, "generations") || !strcmp(l, "generation")) unit = 25;
    else if (!strcmp(w, "centuries") || !strcmp(l, "century")) unit = 100;
    else if (!strcmp(w, "years")) unit = 1;
    if (!unit || (dy_coder_word(c->m, DY_WS_SPAN_NOUN, l) < 0 && dy_coder_word(c->m, DY_WS_SPAN_NOUN, w) < 0)) continue;
    int n = span_count(c, o) * unit;
    if (n < 2) n = 2;
    dy_date d = {0};
    d.y = (int16_t)(published.y - n);
    d.m = 1; d.d = 1;
    d.prec = DY_PREC_YEAR;
    *out = d;
    if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule standing-span [%s]: dated %d\n", c->nd[v].lemma, d.y);
    return 1;
  }
  return 0;
}

/* Is word w of lemma l a simple present ("rejects", "oppose")? */
static int simple_present(const dy_clause *c, int v) {
  const char *w = dy_cl_word(c, v), *l = c->nd[v].lemma;
  size_t n = strlen(w), m = strlen(l);
  if (!strcmp(w, l)) return 1;
  /* "carries": "carry" less its "y", and "ies" */
  if (m > 1 && l[m - 1] == 'y' && n == m + 2 && !strncmp(w, l, m - 1) && !strcmp(w + m - 1, "ies")) return 1;
  return n > m && !strncmp(w, l, m) && (!strcmp(w + m, "s") || !strcmp(w + m, "es"));
}

/* rules standing-passive, standing-position: is candidate k a standing
 * state, not an act of a day? "is designated a terrorist group by Turkey"
 * (a present passive of word set standing-passive with its agent);
 * "Taiwan's government rejects China's sovereignty claims" (a verb of word
 * set position-verb in the simple present as the sentence's main verb,
 * after the document's first sentence, in a sentence that states no date
 * and names no saying nor quotes).
 * Returns the rule's name, or NULL. */
static const char *standing(const dy_clause *c, const dy_cand *k) {
  const dy_labels *L = &c->m->L;
  int v = k->trig;
  if (k->nominal) return NULL;
  int aux = 0, pres_pass = 0, agent = 0, tmod = 0;
  for (int a = c->fc[v]; a >= 0; a = c->nx[a]) {
    int l = c->nd[a].label;
    if (l == L->aux || l == L->aux_pass) aux = 1;
    if (l == L->aux_pass && (!strcmp(dy_cl_word(c, a), "is") || !strcmp(dy_cl_word(c, a), "are"))) pres_pass = 1;
    if (l == L->obl_agent || (l == L->obl && dy_cl_child(c, a, L->case_) >= 0 && !strcmp(dy_cl_word(c, dy_cl_child(c, a, L->case_)), "by"))) agent = 1;
    if (l == L->obl_tmod || l == L->nmod_tmod || (dy_cl_wclass(c, a) & DY_W_DATE)) tmod = 1;
  }
  if (pres_pass && agent && dy_coder_word(c->m, DY_WS_STANDING_PASSIVE, c->nd[v].lemma) >= 0) return "standing-passive";
  /* standing-modifier: a present participle modifying a noun says what
   * its referent does, no act of a day ("the Saudi-led coalition fighting
   * Huthi rebels said ...", "an African Union force fighting al-Shabab");
   * not of a text or a plan, whose content it is ("a resolution
   * criticizing the government", "a bill lifting the emergency law"), nor
   * of an event, which it is ("drone attacks targeting police"), nor of
   * the object of an act, at which it happens ("hosted activists
   * condemning India") */
  if (!aux && !tmod && dy_cl_participle(c, v)) {
    int h = c->nd[v].head;
    if (c->nd[h].label != L->obj && dy_coder_word(c->m, DY_WS_MESSAGE, c->nd[h].lemma) < 0 && dy_coder_word(c->m, DY_WS_PLAN_NOUN, c->nd[h].lemma) < 0 &&
        !dy_cl_event_noun(c, h))
      return "standing-modifier";
  }
  const dy_sent *se = &c->d->sents[c->s];
  /* background-perfect: a past perfect after the document's first
   * sentence, in a sentence that states no date, with no verb of saying above it
   * ("Australia and the United States, which had urged Honiara to
   * reconsider"; "Canberra had urged Honiara to drop the inquiry"), is what
   * came before the story's news, recalled: background,
   * no act of the story's day; what someone says had happened ("police
   * said gunmen had fired on the convoy") is the news */
  if (c->s > 0 && !tmod && !se->date_stated && past_perfect(c, v)) {
    int said = 0;
    for (int up = c->nd[v].head; up >= 0 && !said; up = c->nd[up].head) said = (dy_cl_wclass(c, up) & DY_W_SAY) != 0;
    if (!said) return "background-perfect";
  }
  /* what someone says now ("Hamas rejects the claims, a spokesman said") */
  for (int q = 0; q < (int)c->n; q++)
    if ((q != v && (dy_cl_wclass(c, q) & DY_W_SAY) && c->nd[q].upos == DY_UPOS_VERB) || !strcmp(dy_cl_word(c, q), "\"")) return NULL;
  if (!aux && !tmod && c->s > 0 && c->nd[v].label == L->root && !se->date_stated && se->dspan0 == se->dspan1 &&
      dy_coder_word(c->m, DY_WS_POSITION_VERB, c->nd[v].lemma) >= 0 && simple_present(c, v) && dy_cl_child(c, v, L->nsubj) >= 0)
    return "standing-position";
  /* standing-span-body: a perfect over a span of years (rule
   * standing-span: "has been fighting the government for more than a
   * decade", "has fought the Houthis since 2015" is dated by its
   * sentence) after the document's first sentence is what has gone on,
   * background the story recalls, no act of a day */
  if (c->s > 0 && !k->nominal) {
    dy_date any = {2000, 1, 1, DY_PREC_DAY}, out;
    int since = 0;
    for (int a = c->fc[v]; a >= 0 && !since; a = c->nx[a]) {
      int cs = c->nd[a].label == L->obl ? dy_cl_child(c, a, L->case_) : -1;
      const char *yw = dy_cl_word(c, a);
      int year = strlen(yw) == 4 && yw[0] >= '1' && yw[0] <= '2' && isdigit((unsigned char)yw[1]) && isdigit((unsigned char)yw[2]) && isdigit((unsigned char)yw[3]);
      since = cs >= 0 && !strcmp(dy_cl_word(c, cs), "since") && (year || (dy_cl_wclass(c, a) & DY_W_DATE));
    }
    if ((since && perfect(c, v)) || dy_span_start(c, k, any, &out)) return "standing-span-body";
  }
  /* standing-long: a perfect with "long" ("Damascus, which has long
   * denied sheltering Ocalan", "Sudan and Chad have long accused each
   * other"), after the document's first sentence, states a stance held
   * for long, no act of a day */
  if (c->s > 0 && !tmod && !se->date_stated && perfect(c, v))
    for (int a = c->fc[v]; a >= 0; a = c->nx[a])
      if (c->nd[a].label == L->advmod && !strcmp(dy_cl_word(c, a), "long") && a < v) return "standing-long";
  /* habitual-practice: the same, with an adverb of word set habitual and
   * any verb ("Turkey regularly carries out operations against the PKK") */
  int hab = 0;
  for (int a = c->fc[v]; a >= 0; a = c->nx[a])
    if (c->nd[a].label == L->advmod && dy_coder_word(c->m, DY_WS_HABITUAL, c->nd[a].lemma) >= 0) hab = 1;
  if (hab && !aux && !tmod && c->s > 0 && (c->nd[v].label == L->root || c->nd[v].label == L->acl_relcl) && !se->date_stated && se->dspan0 == se->dspan1 &&
      simple_present(c, v) && (dy_cl_child(c, v, L->nsubj) >= 0 || c->nd[v].label == L->acl_relcl))
    return "habitual-practice";
  return NULL;
}

/* rule characterisation: "This represents an unlawful use of force by the
 * Russian state", "This is an act of aggression by Russia": an event noun
 * (or the noun whose phrase holds it, up to three steps up) that is the
 * predicate of a copula, or the object of a verb of word set
 * characterise, whose subject is a pronoun ("this", "that", "it",
 * "which") is the speaker's judgement of an act named before, a charge:
 * reported, not a new act. Returns 1 when candidate k is such. */
static int characterised(const dy_clause *c, const dy_cand *k) {
  const dy_labels *L = &c->m->L;
  if (!k->nominal) return 0;
  int x = k->trig;
  for (int depth = 0; x >= 0 && depth < 4; depth++) {
    int head = c->nd[x].head, subj = -1;
    if (dy_cl_child(c, x, L->cop) >= 0) subj = dy_cl_child(c, x, L->nsubj);
    else if (c->nd[x].label == L->obj && head >= 0 && dy_coder_word(c->m, DY_WS_CHARACTERISE, c->nd[head].lemma) >= 0) subj = dy_cl_child(c, head, L->nsubj);
    if (subj >= 0) {
      const char *w = dy_cl_word(c, subj);
      return c->nd[subj].upos == DY_UPOS_PRON && (!strcmp(w, "this") || !strcmp(w, "that") || !strcmp(w, "it") || !strcmp(w, "which"));
    }
    if (head < 0 || (c->nd[x].label != L->nmod && x != k->trig)) return 0;
    x = head;
  }
  return 0;
}

int dy_modality(const dy_clause *c, const dy_cand *k, int frames) {
  int m = modality_of(c, k, frames);
  if (frames && m == DY_MOD_ASSERTED && characterised(c, k)) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule characterisation [%s]: reported\n", c->nd[k->trig].lemma);
    return DY_MOD_REPORTED;
  }
  if (frames && m == DY_MOD_ASSERTED) {
    const char *r = standing(c, k);
    if (r) {
      if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule %s [%s]: standing\n", r, c->nd[k->trig].lemma);
      return DY_MOD_STANDING;
    }
  }
  if (frames && (m == DY_MOD_ASSERTED || m == DY_MOD_FUTURE) && opinion_framed(c, k->trig)) return DY_MOD_HYPOTHETICAL;
  return m;
}

/* Is the object of h a message with no actor ("issued a declaration")? */
static int message_object(const dy_clause *c, int h) {
  int o = dy_cl_child(c, h, c->m->L.obj);
  return o >= 0 && c->ment[o] < 0 && dy_coder_word(c->m, DY_WS_MESSAGE, c->nd[o].lemma) >= 0;
}

/* The subject of threat verb v when it is a thing, no actor: its nsubj,
 * or the noun a relative clause of v modifies ("an onslaught that
 * threatened to overwhelm the towns", "floods threaten to cut off the
 * valley"): the threat is a risk. */
int dy_risk_subject(const dy_clause *c, int v) {
  const dy_labels *L = &c->m->L;
  if (dy_coder_word(c->m, DY_WS_STATE_THREAT, c->nd[v].lemma) < 0) return 0;
  int s = dy_cl_child(c, v, L->nsubj);
  if (s >= 0 && c->nd[s].upos == DY_UPOS_PRON && c->nd[v].label == L->acl_relcl) s = c->nd[v].head;
  if (s < 0 && c->nd[v].label == L->acl_relcl) s = c->nd[v].head;
  /* a common noun no actor stands for, an event or a thing ("the move",
   * "the dispute", "floods"; word set risk-noun, event nouns, hazards) */
  if (s < 0 || c->nd[s].upos != DY_UPOS_NOUN || c->ment[s] >= 0) return 0;
  return (dy_cl_wclass(c, s) & DY_W_NOMINAL) != 0 || dy_coder_word(c->m, DY_WS_HAZARD, c->nd[s].lemma) >= 0 ||
         dy_coder_word(c->m, DY_WS_RISK_NOUN, c->nd[s].lemma) >= 0;
}

/* negated-conjunct: does the negation of verb h reach its conjunct v? v
 * has no subject, auxiliary or "to" of its own, is joined by no "but",
 * and either "or"/"nor" joins it or h is a to-infinitive with its
 * negation before the "to". */
static int negation_shared(const dy_clause *c, int h, int v) {
  const dy_labels *L = &c->m->L;
  int cc = -1;
  for (int k = c->fc[v]; k >= 0; k = c->nx[k]) {
    int l = c->nd[k].label;
    if (l == L->nsubj || l == L->nsubj_pass || l == L->aux || l == L->aux_pass || l == L->mark) return 0;
    if (l == L->cc && cc < 0) cc = k;
  }
  const char *w = cc >= 0 ? dy_cl_word(c, cc) : "";
  if (!strcmp(w, "but") || !strcmp(w, "yet")) return 0;
  if (!strcmp(w, "or") || !strcmp(w, "nor")) return 1;
  int to = -1, neg = -1;
  for (int k = c->fc[h]; k >= 0; k = c->nx[k]) {
    if (c->nd[k].label == L->mark && (dy_cl_wclass(c, k) & DY_W_TO)) to = k;
    if ((c->nd[k].label == L->advmod || c->nd[k].label == L->aux) && (dy_cl_wclass(c, k) & DY_W_NEG)) neg = k;
  }
  return to >= 0 && neg >= 0 && neg < to;
}

/* claimed-purpose: is trigger v a to-infinitive of purpose (an adverbial
 * clause with no subject of its own) of a verb inside the complement of a
 * verb of saying whose subject is another side than the purpose's source
 * ("the ministry said the attack had been carried out by the PKK to
 * undermine Ankara's ties with Baghdad")? The motive one side gives
 * another's act is no act of that one. */
static int claimed_purpose(const dy_clause *c, const dy_cand *k) {
  const dy_labels *L = &c->m->L;
  int v = k->trig;
  if (k->nominal || k->src < 0 || c->nd[v].label != L->advcl || c->nd[v].head < 0) return 0;
  int mk = dy_cl_child(c, v, L->mark);
  if (mk < 0 || !(dy_cl_wclass(c, mk) & DY_W_TO) || dy_cl_child(c, v, L->nsubj) >= 0) return 0;
  int h = c->nd[v].head;
  for (int depth = 0; depth < 4 && h >= 0; depth++) {
    if (c->nd[h].label == L->ccomp && c->nd[h].head >= 0 && (dy_cl_wclass(c, c->nd[h].head) & DY_W_SAY)) {
      int s = c->nd[h].head, sub = dy_cl_child(c, s, L->nsubj);
      if (sub < 0 && c->nd[s].label == L->conj && c->nd[s].head >= 0) sub = dy_cl_child(c, c->nd[s].head, L->nsubj);
      if (sub < 0 || c->ment[sub] < 0) return 0;
      const char *a = c->d->ments[c->ment[sub]].code, *b = c->d->ments[k->src].code;
      if (!a[0] || !b[0] || !strcmp(a, b)) return 0;
      /* (a side of no state may be the speaker's own: "Israel said its jets struck ...") */
      char a3[4] = {0}, b3[4] = {0};
      memcpy(a3, a, 3);
      memcpy(b3, b, 3);
      if (strlen(a) < 3 || strlen(b) < 3 || !dy_lex_country_name(c->lx, a3) || !dy_lex_country_name(c->lx, b3)) return 0;
      /* (a state and its organs are one side; its rebels another) */
      int ra = strlen(a) >= 6 && (!strncmp(a + 3, "REB", 3) || !strncmp(a + 3, "INS", 3));
      int rb = strlen(b) >= 6 && (!strncmp(b + 3, "REB", 3) || !strncmp(b + 3, "INS", 3));
      return strncmp(a, b, 3) != 0 || ra != rb;
    }
    if (c->nd[h].label != L->conj && c->nd[h].label != L->advcl && c->nd[h].label != L->xcomp) return 0;
    h = c->nd[h].head;
  }
  return 0;
}

/* Does verb h call something off (word set cancel: "postponed", or a verb
 * and its particle there as VERB_PARTICLE: "called off", "put off")? */
int dy_cancels(const dy_clause *c, int h) {
  if (dy_coder_word(c->m, DY_WS_CANCEL, c->nd[h].lemma) >= 0) return 1;
  int p = dy_cl_child(c, h, c->m->L.compound_prt);
  if (p < 0) return 0;
  char b[64];
  snprintf(b, sizeof b, "%s_%s", c->nd[h].lemma, dy_cl_word(c, p));
  return dy_coder_word(c->m, DY_WS_CANCEL, b) >= 0;
}

static int modality_of(const dy_clause *c, const dy_cand *k, int frames) {
  const dy_labels *L = &c->m->L;
  if (frames && claimed_purpose(c, k)) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule claimed-purpose [%s]: hypothetical\n", c->nd[k->trig].lemma);
    return DY_MOD_HYPOTHETICAL;
  }
  int m = own_said(c, k->trig);
  /* copula-negation: "We are not involved in strikes against Iran": a
   * copula's negation hangs on its predicate */
  if (m == DY_MOD_ASSERTED && c->nd[k->trig].label == L->cop && c->nd[k->trig].head >= 0 && own(c, c->nd[k->trig].head) == DY_MOD_NEGATED) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule copula-negation [%s]: negated\n", c->nd[k->trig].lemma);
    return DY_MOD_NEGATED;
  }
  if (frames && m == DY_MOD_ASSERTED && !k->nominal && unrealised_plan(c, k->trig)) return DY_MOD_HYPOTHETICAL;
  /* plan-noun: "Netanyahu's plans to seize areas of Gaza": the plan's content is intended */
  if (m == DY_MOD_ASSERTED && !k->nominal && dy_plan_noun(c, k->trig) >= 0) return DY_MOD_FUTURE;
  /* up the tree: a verb this one depends on can make it unreal */
  int v = k->trig;
  /* "Iran has denied supplying drones", "refused signing": the gerund a
   * refusal governs, however the parser labelled it */
  if (c->nd[v].head >= 0 && (dy_cl_wclass(c, v) & DY_W_ING) && (dy_cl_wclass(c, c->nd[v].head) & DY_W_REFUSE)) return DY_MOD_NEGATED;
  /* ... or the word right before it, however the parser hung them ("Rwanda
   * denies arming the group" parsed with "arming" as the root; rule
   * refusal-gerund) */
  if (v > 0 && !k->nominal && (dy_cl_wclass(c, v) & DY_W_ING) && (dy_cl_wclass(c, v - 1) & DY_W_REFUSE)) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule refusal-gerund [%s]: negated\n", c->nd[v].lemma);
    return DY_MOD_NEGATED;
  }
  /* a question is hypothetical whatever its tense: "Will Iran attack?" */
  if (strcmp(dy_cl_word(c, (int)c->n - 1), "?") == 0 && m != DY_MOD_NEGATED) return DY_MOD_HYPOTHETICAL;
  for (int depth = 0; (m == DY_MOD_ASSERTED || m == DY_MOD_FUTURE) && depth < 6; depth++) {
    int h = c->nd[v].head, l = c->nd[v].label;
    if (h < 0) break;
    uint64_t hw = dy_cl_wclass(c, h);
    /* a complement with a subject of its own is no control complement:
     * the parser's misreading of "Newly appointed X has refused" */
    if (l == L->xcomp && dy_cl_child(c, v, L->nsubj) >= 0 && dy_cl_child(c, v, L->mark) < 0) break;
    if (l == L->xcomp && !strcmp(c->nd[h].lemma, "have") && dy_cl_child(c, v, L->mark) < 0) {
      /* "has once again rejected" read as "has" governing "rejected": a
       * perfect, not a plan; the modality is "has"'s own */
      m = own(c, h);
      if (m != DY_MOD_ASSERTED && m != DY_MOD_FUTURE) return m;
    } else if (l == L->xcomp && (dy_cl_wclass(c, v) & DY_W_ING) && message_object(c, h)) {
      /* "issued a declaration demanding": the message's act, as done as
       * the issuing (rule message-participle) */
      m = own(c, h);
      if (m != DY_MOD_ASSERTED && m != DY_MOD_FUTURE) return m;
    } else if (l == L->xcomp && !strcmp(c->nd[h].lemma, "have") && !strcmp(dy_cl_word(c, h), "had") && dy_cl_child(c, v, L->mark) >= 0 &&
               !strcmp(dy_cl_word(c, dy_cl_child(c, v, L->mark)), "to")) {
      /* "Israel has had to mobilize reservists", "the pilot had to land":
       * an obligation in the past was met; "has to", "will have to" stay
       * future (rule past-obligation) */
      m = own(c, h);
      if (m != DY_MOD_ASSERTED && m != DY_MOD_FUTURE) return m;
    } else if (l == L->xcomp && dy_cl_child(c, h, L->obj) >= 0 && dy_cl_child(c, h, L->obl) < 0 &&
               dy_coder_word(c->m, DY_WS_CONTACT, c->nd[h].lemma) >= 0) {
      /* "phoned Boric to congratulate him": the purpose of a call or a
       * visit is as done as the call (rule contact-purpose) */
      m = own(c, h);
      if (m != DY_MOD_ASSERTED && m != DY_MOD_FUTURE) return m;
    } else if (frames && dy_relied_on(c, v) >= 0) {
      /* reliance: what a side counts on another to do is an expectation */
      return DY_MOD_HYPOTHETICAL;
    } else if (l == L->xcomp) {
      int hm = own(c, h);
      if (frames && unrealised_plan(c, h)) return DY_MOD_HYPOTHETICAL;
      /* "seems to have offered", "appears to back": a hedge */
      if (frames && (hw & DY_W_HEDGE)) return DY_MOD_HYPOTHETICAL;
      if (hm == DY_MOD_NEGATED || (hw & DY_W_REFUSE)) return DY_MOD_NEGATED;
      if (hm == DY_MOD_HYPOTHETICAL) return DY_MOD_HYPOTHETICAL;
      /* "It appears that Pakistan is trying to position itself": a plan or
       * an attempt its own frame makes unreal is no stated intention (rule
       * framed-intention) */
      if (!(hw & DY_W_FACTIVE) && frames && depth < 3) {
        dy_cand g = *k;
        g.trig = h;
        g.nominal = 0;
        if (modality_of(c, &g, frames) == DY_MOD_HYPOTHETICAL) return DY_MOD_HYPOTHETICAL;
      }
      /* rule wished-act: "wants Turkey to release the journalists": a
       * complement whose subject is its governor's object (a verb of word
       * set wish) is what the governor's subject would have another do, not
       * that one's intention */
      if (frames && !(hw & DY_W_FACTIVE) && dy_appeal_addressee(c, h) >= 0) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule wished-act [%s]: [%s] hypothetical\n", c->nd[h].lemma, c->nd[k->trig].lemma);
        return DY_MOD_HYPOTHETICAL;
      }
      /* rule risk-subject: "an onslaught that threatened to overwhelm the
       * towns": what a thing threatens to do is a risk, hypothetical */
      if (frames && dy_risk_subject(c, h)) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule risk-subject [%s]: [%s] hypothetical\n", c->nd[h].lemma, c->nd[k->trig].lemma);
        return DY_MOD_HYPOTHETICAL;
      }
      /* rule forecast-passive: "China is expected to announce sanctions":
       * others' expectation (word set forecast, passive), not a stated intention */
      if (frames && dy_cl_child(c, h, L->aux_pass) >= 0 && dy_coder_word(c->m, DY_WS_FORECAST, c->nd[h].lemma) >= 0) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule forecast-passive [%s]: [%s] hypothetical\n", c->nd[h].lemma, c->nd[k->trig].lemma);
        return DY_MOD_HYPOTHETICAL;
      }
      if (!(hw & DY_W_FACTIVE)) return DY_MOD_FUTURE; /* plans to, agreed to, threatened to */
      if (m == DY_MOD_FUTURE) return m;
    } else if (l == L->obj || l == L->nsubj_pass) {
      /* "did not launch strikes": the noun of a light verb */
      if (!k->nominal || depth > 0) break;
      /* presupposed-noun: "to soften the IMF's strict demands on
       * Pakistan", "denied Israel's charges": an event noun a named source
       * owns, the object of a verb that neither does it (a light verb) nor
       * calls it off (word set cancel), happened whatever becomes of that
       * verb */
      int pq = dy_cl_child(c, k->trig, L->nmod_poss);
      if (frames && k->src_via == DY_VIA_POSS && pq >= 0 && c->ment[pq] >= 0 && c->nd[pq].upos != DY_UPOS_PRON &&
          dy_coder_word(c->m, DY_WS_LIGHT, c->nd[h].lemma) < 0 && !dy_cancels(c, h)) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule presupposed-noun [%s]: [%s] as it is\n", c->nd[h].lemma, c->nd[k->trig].lemma);
        break;
      }
      m = own_said(c, h);
      if ((hw & DY_W_REFUSE) && m == DY_MOD_ASSERTED) m = DY_MOD_NEGATED;
      /* cancelled-noun: "postponed the arrival of its new ambassador" */
      if (frames && m == DY_MOD_ASSERTED && dy_cancels(c, h)) m = DY_MOD_NEGATED;
      /* wished-noun: "Islamabad will want some easing of US sanctions on
       * Iran": an event noun another than the subject would do, the
       * object of a verb of wanting (word set intention), is a wish */
      if (frames && (m == DY_MOD_ASSERTED || m == DY_MOD_FUTURE) && dy_coder_word(c->m, DY_WS_INTENTION, c->nd[h].lemma) >= 0 && k->src >= 0) {
        int sb = dy_cl_child(c, h, L->nsubj), sm = sb >= 0 ? dy_actor_in(c, sb) : -1;
        if (sm >= 0 && sm != k->src && strncmp(c->d->ments[sm].code, c->d->ments[k->src].code, 3)) {
          if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule wished-noun [%s]: [%s] hypothetical\n", c->nd[h].lemma, c->nd[k->trig].lemma);
          return DY_MOD_HYPOTHETICAL;
        }
      }
      if (m != DY_MOD_ASSERTED) return m;
    } else if (l == L->advcl || l == L->ccomp || l == L->csubj || l == L->conj || l == L->acl || l == L->acl_relcl) {
      int hm = own(c, h);
      if (l == L->advcl && dy_cl_child(c, v, L->mark) >= 0 && (dy_cl_wclass(c, dy_cl_child(c, v, L->mark)) & DY_W_COND))
        return DY_MOD_HYPOTHETICAL;
      /* without-clause: "left without signing the accord": what a clause
       * under "without" names was not done */
      if (l == L->advcl) {
        int mk = dy_cl_child(c, v, L->mark);
        if (mk < 0) mk = dy_cl_child(c, v, L->case_);
        if (mk >= 0 && !strcmp(dy_cl_word(c, mk), "without")) return DY_MOD_NEGATED;
      }
      if (frames && perceived_as(c, v, h)) return DY_MOD_HYPOTHETICAL;
      if (l == L->ccomp && (hw & DY_W_REFUSE)) return DY_MOD_NEGATED; /* "denied that it attacked" */
      /* free-choice-noun: "welcomed any effort to help end the war": a
       * to-infinitive on a noun determined by "any" (word set
       * free-choice) names no act anyone did */
      if (frames && l == L->acl && c->nd[h].upos == DY_UPOS_NOUN) {
        int mk = dy_cl_child(c, v, L->mark), dt = dy_cl_child(c, h, L->det);
        if (mk >= 0 && (dy_cl_wclass(c, mk) & DY_W_TO) && dt >= 0 && dy_coder_word(c->m, DY_WS_FREE_CHOICE, c->nd[dt].lemma) >= 0) {
          if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule free-choice-noun [%s]: [%s] hypothetical\n", c->nd[h].lemma, c->nd[v].lemma);
          return DY_MOD_HYPOTHETICAL;
        }
      }
      /* "Pakistan could have much to offer the US": a clause of an object
       * or subject noun is as real as that noun's verb */
      if (frames && l == L->acl && (c->nd[h].label == L->obj || c->nd[h].label == L->nsubj) && c->nd[h].head >= 0) {
        int gm = own(c, c->nd[h].head);
        if (gm == DY_MOD_HYPOTHETICAL || gm == DY_MOD_NEGATED) return gm;
      }
      /* "..., while the Taliban continue to fight": a clause of time,
       * contrast or cause (word set own-clause) is said of its own,
       * whatever its governor's modality */
      if (frames && l == L->advcl) {
        int mk = dy_cl_child(c, v, L->mark);
        if (mk >= 0 && dy_coder_word(c->m, DY_WS_OWN_CLAUSE, c->nd[mk].lemma) >= 0) break;
      }
      /* rule said-relative-claim: "militants who it said were using Afghan soil
       * to attack ...": what a relative clause's verb of saying says of
       * the noun it modifies is the speaker's claim, reported */
      if (frames && l == L->ccomp && (hw & DY_W_SAY) && c->nd[h].label == L->acl_relcl && hm == DY_MOD_ASSERTED) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule said-relative-claim [%s]: [%s] reported\n", c->nd[h].lemma, c->nd[k->trig].lemma);
        return DY_MOD_REPORTED;
      }
      if (hm == DY_MOD_HYPOTHETICAL) return hm;
      /* "It is likely that China will support": the governor is a hedge */
      if ((l == L->ccomp || l == L->csubj) && (hw & (DY_W_HEDGE | DY_W_MODAL))) return DY_MOD_HYPOTHETICAL;
      if (l == L->ccomp && (hw & DY_W_INTEND)) return DY_MOD_FUTURE;
      /* scheduled-to: "The prime minister is scheduled to discuss ...":
       * a to-infinitive the parser hung as an adverbial clause on a
       * passive or predicative word of intention ("is scheduled", "is
       * set", "is due") is what is planned, future (a forecast's, "is
       * expected to", is the coder's forecast-passive) */
      if (l == L->advcl && (hw & DY_W_INTEND) && dy_coder_word(c->m, DY_WS_FORECAST, c->nd[h].lemma) < 0 &&
          (dy_cl_child(c, h, L->aux_pass) >= 0 || dy_cl_child(c, h, L->cop) >= 0)) {
        int mk = dy_cl_child(c, v, L->mark);
        if (mk >= 0 && (dy_cl_wclass(c, mk) & DY_W_TO)) {
          if (frames && getenv("DYAD_TRACE")) fprintf(stderr, "    rule scheduled-to [%s]: [%s] future\n", c->nd[h].lemma, c->nd[v].lemma);
          return DY_MOD_FUTURE;
        }
      }
      /* a conjunct takes its first conjunct's modality ("will visit A and
       * meet B"), not that one's plain past over its own future ("attacked
       * the decision and said the airline would appeal": the appeal stays
       * to come; rule conjunct-future) */
      if (l == L->conj) {
        int cm = own(c, h);
        /* rule negated-conjunct: "agreed not to threaten or use force",
         * "vowed never to attack and occupy": a negation scopes over the
         * bare conjuncts of a to-infinitive it precedes, and over those
         * "or" and "nor" join; elsewhere a conjunct has its own ("did not
         * attend but sent an envoy") */
        if (cm == DY_MOD_NEGATED && frames && negation_shared(c, h, v)) {
          if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule negated-conjunct [%s]: negated as [%s]\n", c->nd[v].lemma, c->nd[h].lemma);
          return DY_MOD_NEGATED;
        }
        if (cm == DY_MOD_NEGATED) cm = DY_MOD_ASSERTED;
        if (cm != DY_MOD_ASSERTED || m != DY_MOD_FUTURE) m = cm;
      }
    } else break;
    v = h;
  }
  if (m != DY_MOD_ASSERTED && m != DY_MOD_FUTURE) return m;
  /* a forecast's label ("Key Assumption: ...") */
  for (uint32_t i = 0; i < c->n && i < 6; i++)
    if (strcmp(dy_cl_word(c, (int)i), ":") == 0) {
      for (uint32_t q = 0; q < i; q++)
        if (dy_cl_wclass(c, (int)q) & DY_W_ANALYSIS) return DY_MOD_HYPOTHETICAL;
      break;
    }
  /* charge-frame: "accused India of violating", "blamed Pakistan for using
   * the Taliban to wage war": the charge and every act inside it, not facts */
  if (m == DY_MOD_ASSERTED && !k->nominal && charged(c, k->trig)) return DY_MOD_REPORTED;
  /* charge-noun: "blamed Kenya for the attack on its soldiers": the event
   * noun of a verb of blame's "for" phrase is the charge too */
  if (frames && m == DY_MOD_ASSERTED && k->nominal && charge_noun(c, k->trig)) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule charge-noun [%s]: reported\n", c->nd[k->trig].lemma);
    return DY_MOD_REPORTED;
  }
  if (frames && m == DY_MOD_ASSERTED && !k->nominal && disputed(c, k->trig)) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule disputed-claim [%s]: reported\n", c->nd[k->trig].lemma);
    return DY_MOD_REPORTED;
  }
  return m;
}

int dy_refused(const dy_clause *c, const dy_cand *k) {
  const dy_labels *L = &c->m->L;
  int neg = 0, aux = 0, v = k->trig;
  if (k->nominal) return 0;
  for (int a = c->fc[v]; a >= 0; a = c->nx[a]) {
    int l = c->nd[a].label;
    if ((l == L->advmod || l == L->aux) && (dy_cl_wclass(c, a) & DY_W_NEG)) neg = 1;
    if (l == L->aux && dy_coder_word(c->m, DY_WS_REFUSAL_AUX, c->nd[a].lemma) >= 0) aux = 1;
  }
  return neg && aux;
}

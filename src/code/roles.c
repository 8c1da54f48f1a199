/* roles.c: source and target of a trigger from the dependency parse:
 * subject, passive agent, object, oblique arguments with their preposition,
 * complement clauses, control and coordination, relative clauses, and the
 * arguments of event nouns ("Israeli air raids on Gaza"). Each rule has a
 * name (dy_via_name) that DYAD_TRACE prints. */
#include "clause.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const VIA[DY_VIA_N] = {"none", "nsubj", "agent", "inherit", "control", "relcl", "obj", "iobj",
                                          "obl", "ccomp", "xcomp", "poss", "modifier", "nmod", "light-verb", "patient",
                                          "between", "co-agent", "unknown-actor", "prep-after-noun", "pattern", "both", "place", "object-participle",
                                          "recipient", "object-prep", "demand-clause", "own-modifier", "purpose"};
const char *dy_via_name(int via) { return via >= 0 && via < DY_VIA_N ? VIA[via] : "?"; }

int dy_cl_participle(const dy_clause *c, int v) {
  const char *w = dy_cl_word(c, v);
  size_t wl = strlen(w);
  int h = c->nd[v].head;
  return c->nd[v].label == c->m->L.acl && c->nd[v].upos == DY_UPOS_VERB && wl > 4 && !strcmp(w + wl - 3, "ing") && h >= 0 &&
         (c->nd[h].upos == DY_UPOS_NOUN || c->nd[h].upos == DY_UPOS_PROPN);
}

int dy_cl_event_noun(const dy_clause *c, int n) {
  return (dy_cl_wclass(c, n) & DY_W_EVNOUN) || dy_coder_word(c->m, DY_WS_ATTACK_NOUN, c->nd[n].lemma) >= 0;
}

int dy_cl_child(const dy_clause *c, int i, int l) {
  if (l < 0) return -1;
  for (int k = c->fc[i]; k >= 0; k = c->nx[k])
    if (c->nd[k].label == l) return k;
  return -1;
}

const char *dy_cl_word(const dy_clause *c, int i) { return dy_tok_norm(c->d, &c->d->toks[c->t0 + i]); }

static int is_word(const dy_clause *c, int i, int set) { return dy_coder_word(c->m, set, dy_cl_word(c, i)) >= 0; }

static int border_neighbour(const dy_clause *c, int k);

/* A clause boundary the search for an argument's actor does not cross. */
static int clausal(const dy_clause *c, int l) {
  const dy_labels *L = &c->m->L;
  return l == L->acl_relcl || l == L->ccomp || l == L->advcl || l == L->parataxis || l == L->xcomp || l == L->csubj ||
         l == L->conj || l == L->punct || l == L->cc || l == L->acl || l == L->appos || l == L->obl_tmod ||
         l == L->nmod_tmod;
}

/* Is phrase k one of where: its preposition one of place (clause.h)? */
int dy_locative(const dy_clause *c, int k) {
  int p = dy_cl_child(c, k, c->m->L.case_);
  if (p < 0) return 0;
  const char *w = dy_cl_word(c, p);
  return !strcmp(w, "in") || !strcmp(w, "at") || !strcmp(w, "near") || !strcmp(w, "outside") || !strcmp(w, "inside") ||
         !strcmp(w, "around");
}

static int generic(const dy_clause *c, int m) { return dy_lex_generic_code(c->lx, c->d->ments[m].code); }
/* A sector with no state: a bare three-letter code that names no country
 * and no region ("MIL" troops, "REF" refugees; not "WAF" West Africa) */
static int sector(const dy_clause *c, int m) {
  const char *k = c->d->ments[m].code;
  const char *ty = strlen(k) == 3 ? dy_lex_org_type(c->lx, k) : NULL;
  return strlen(k) == 3 && !dy_lex_country_name(c->lx, k) && !(ty && !strcmp(ty, "region"));
}

/* Is k a "by" phrase, a passive's agent ("obl:agent", or an oblique or
 * nominal modifier whose preposition is "by")? */
static int by_phrase(const dy_clause *c, int k) {
  const dy_labels *L = &c->m->L;
  int l = c->nd[k].label;
  if (l == L->obl_agent && L->obl_agent >= 0) return 1;
  if (l != L->obl && l != L->nmod) return 0;
  int p = dy_cl_child(c, k, L->case_);
  return p >= 0 && strcmp(dy_cl_word(c, p), "by") == 0;
}

/* The actor mention nearest to argument head a in its phrase: a itself,
 * then its dependents breadth first (three levels, not into clauses but
 * to the agent of a participle: "crimes committed by Croat forces"),
 * nearer tokens first at each level. A mention that names a state sector
 * and no state ("the troops", "officials") counts only when the phrase
 * names nothing better. -1 when the phrase names no actor. source: 1 for
 * a subject, 2 for the antecedent of a relative clause's subject, 0 else. */
static int actor_in(const dy_clause *c, int a, int source) {
  if (a < 0) return -1;
  int fallback = -1;
  if (c->ment[a] >= 0) {
    if (!generic(c, c->ment[a])) return c->ment[a];
    fallback = c->ment[a];
  }
  int q[64], nq = 0, depth[64];
  q[nq] = a; depth[nq++] = 0;
  for (int h = 0; h < nq; h++) {
    int best = -1, bd = 1 << 30;
    if (depth[h] >= 3) continue;
    for (int k = c->fc[q[h]]; k >= 0; k = c->nx[k]) {
      /* "crimes committed by Croat forces": through a participle to its agent */
      if (c->nd[k].label == c->m->L.acl)
        for (int g = c->fc[k]; g >= 0 && nq < 64; g = c->nx[g])
          if (c->nd[g].label != c->m->L.nmod && by_phrase(c, g)) { q[nq] = g; depth[nq++] = depth[h] + 1; }
      /* appos-names: "a ban on veteran leader Silvio Berlusconi" read as
       * "leader" with "Berlusconi" in apposition: an apposition names what
       * a word that is no actor itself, or only a sector of no state, names
       * ("sanctions on the group's commander, Mohamed Hamdan Dagalo") */
      int ap = source != 1 && c->nd[k].label == c->m->L.appos && (c->ment[q[h]] < 0 || generic(c, c->ment[q[h]])) && c->ment[k] >= 0 &&
               !generic(c, c->ment[k]) && c->nd[q[h]].upos == DY_UPOS_NOUN;
      /* list-unknown-head: "break off relations with Congo and Costa Rica":
       * a list whose first name the dictionaries do not know names its
       * side by a later conjunct */
      int lh = source != 1 && c->nd[k].label == c->m->L.conj && c->ment[q[h]] < 0 && c->nd[q[h]].upos == DY_UPOS_PROPN &&
               c->nd[k].upos == DY_UPOS_PROPN;
      if (clausal(c, c->nd[k].label) && !ap && !lh) continue;
      /* rule locative-agent: the "by" phrase inside a phrase of where, or
       * what in, that names no actor ("vowed, in a videotape broadcast by Al
       * Jazeera, that ...") is who did what that phrase names, no side of
       * the act */
      if (source == 0 && q[h] == a && c->ment[a] < 0 && dy_locative(c, a) && by_phrase(c, k)) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule locative-agent: %s\n", dy_cl_word(c, k));
        continue;
      }
      /* "Stansted Airport in London": a place inside a subject is not its actor */
      if (source == 1 && c->nd[k].label == c->m->L.nmod && dy_locative(c, k)) continue;
      /* rule mission-no-agent: the agent of a relative clause (source 2) is
       * no embassy or consulate inside its head's phrase ("retaliation for
       * an Israeli strike on its consulate ... that killed commanders": the
       * strike's side, not the consulate's) */
      int mission = source == 2 && (dy_cl_wclass(c, k) & DY_W_MISSION);
      if (mission && getenv("DYAD_TRACE")) fprintf(stderr, "    rule mission-no-agent: %s\n", dy_cl_word(c, k));
      if (border_neighbour(c, k)) continue;
      if (c->ment[k] >= 0 && c->ment[k] != c->ment[a] && !mission) {
        int dist = k > q[h] ? k - q[h] : q[h] - k;
        /* rule organ-head-keeps: a state's organ named with no state is
         * not given up for a bare sector of no state deeper in its phrase
         * ("accused ministers of misleading workers": the ministers, not
         * the workers); a state or an organisation there still names it */
        int keep = c->ment[a] >= 0 && generic(c, c->ment[a]) && sector(c, c->ment[k]) && !generic(c, c->ment[k]);
        if (keep && getenv("DYAD_TRACE")) fprintf(stderr, "    rule organ-head-keeps: %s over %s\n", c->d->ments[c->ment[a]].code, c->d->ments[c->ment[k]].code);
        if (keep) {
        } else if (generic(c, c->ment[k])) {
          if (fallback < 0) fallback = c->ment[k];
        } else if (dist < bd) { bd = dist; best = k; }
      }
      if (nq < 64) { q[nq] = k; depth[nq++] = depth[h] + 1; }
    }
    if (best >= 0) return c->ment[best];
  }
  return fallback;
}

/* The preposition (case dependent) of an oblique or nominal modifier. */
static int prep_rank(const dy_clause *c, int p);
static int nounish(const dy_clause *c, int a);
static int sector_phrase(const dy_clause *c, int v, int o, int *prep);
static int unknown_actor(const dy_clause *c, int a);
static int case_of(const dy_clause *c, int k) {
  const dy_labels *L = &c->m->L;
  int p = dy_cl_child(c, k, L->case_);
  if (p >= 0 || (c->nd[k].label != L->obl && c->nd[k].label != L->nmod)) return p;
  /* "complained to the UN over two Israeli air raids": the tagger reads
   * "over two" as "more than two"; a phrase with no preposition that opens
   * with such a word before its number has it as its preposition */
  int n = dy_cl_child(c, k, L->nummod);
  int a = n >= 0 ? dy_cl_child(c, n, L->advmod) : -1;
  if (a < 0 || a != n - 1 || prep_rank(c, a) < 0) return -1;
  for (int q = 0; q < a; q++)
    for (int x = q, d = 0; x >= 0 && d < (int)c->n; x = c->nd[x].head, d++)
      if (x == k) return -1; /* a word of the phrase before it: not its opening */
  return a;
}

/* The rank of a preposition that introduces the other side of an event
 * (the order of the word list), -1 for others ("in", "during"). */
static int prep_rank(const dy_clause *c, int p) { return dy_coder_word(c->m, DY_WS_TARGET_PREP, dy_cl_word(c, p)); }

/* border-neighbour: is phrase k the "with" phrase of a border noun (word
 * set border-noun) that is itself in a phrase of where ("besieged the town
 * at the border with Turkey", "clashed near the frontier with Iran")? Its
 * state is a neighbour of the place, not the side acted on; the parser may
 * hang the "with" phrase on the verb, so the border noun is the word
 * before the preposition. As the object ("closed its border with Syria")
 * the phrase names whom the border is shared with, and counts. */
static int border_neighbour(const dy_clause *c, int k) {
  int p = dy_cl_child(c, k, c->m->L.case_);
  if (p < 1 || strcmp(dy_cl_word(c, p), "with")) return 0;
  int b = p - 1;
  if (!is_word(c, b, DY_WS_BORDER_NOUN)) return 0;
  int bp = dy_cl_child(c, b, c->m->L.case_);
  if (bp >= 0 && is_word(c, bp, DY_WS_WHERE_PREP)) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule border-neighbour: [%s] not the side acted on\n", c->nd[k].lemma);
    return 1;
  }
  return 0;
}

/* The best oblique or nominal modifier of i with an actor and a target
 * preposition; sets *prep. labels: obl or nmod. */
static int oblique(const dy_clause *c, int i, int lab1, int lab2, int *prep, int *arg, int skip_of) {
  int best = -1, brank = 1 << 30;
  for (int k0 = c->fc[i]; k0 >= 0; k0 = c->nx[k0]) {
    int l = c->nd[k0].label, k = k0, p;
    /* prep-participle: "withdraw its troops from neighboring Lebanon" read
     * as a clause "neighboring Lebanon" marked by "from": its object is the
     * preposition's noun */
    if (lab1 == c->m->L.obl && l == c->m->L.advcl && c->nd[k0].upos == DY_UPOS_VERB && k0 > i &&
        dy_coder_word(c->m, DY_WS_PART_ADJ, dy_cl_word(c, k0)) >= 0 &&
        (p = dy_cl_child(c, k0, c->m->L.mark)) >= 0 && p == k0 - 1 && prep_rank(c, p) >= 0 &&
        dy_cl_child(c, k0, c->m->L.nsubj) < 0 && (k = dy_cl_child(c, k0, c->m->L.obj)) == k0 + 1)
      l = lab1;
    else k = k0;
    if (l != lab1 && l != lab2) continue;
    p = case_of(c, k);
    if (k != k0) p = dy_cl_child(c, k0, c->m->L.mark);
    if (p < 0) continue;
    int r = prep_rank(c, p);
    if (r < 0 || (skip_of && strcmp(dy_cl_word(c, p), "of") == 0)) continue;
    if (border_neighbour(c, k)) continue;
    /* rule fronted-place: "In Washington, the State Department condemned
     * the raid": a phrase of where before the verb sets the scene, no side */
    if (k < i && is_word(c, p, DY_WS_WHERE_PREP)) continue;
    int m = actor_in(c, k, 0);
    if (m < 0) continue;
    /* of two phrases of one preposition, the one naming more than a sector
     * with no state ("contribute up to 4,000 troops to a force in
     * Yugoslavia") */
    if (r < brank || (r == brank && best >= 0 && generic(c, best) && !generic(c, m))) { brank = r; best = m; *prep = p; *arg = k; }
  }
  return best;
}

/* recipient: the "to" phrase of a verb of handing over (word set
 * recipient), on the verb or in its object's phrase ("extradited a militant
 * to Britain", "sent supplies and doctors to Nepal"); its actor, -1. */
static int recipient(const dy_clause *c, int t, int src, int *prep, int *arg, int *conj, int *unk, int *unk_prep) {
  const dy_labels *L = &c->m->L;
  *unk = -1;
  if (dy_coder_word(c->m, DY_WS_RECIPIENT, c->nd[t].lemma) < 0) return -1;
  int q[16], depth[16], cj[16], nq = 0, best = -1;
  q[nq] = t; cj[nq] = 0; depth[nq++] = 0;
  for (int h = 0; h < nq && best < 0; h++)
    for (int k = c->fc[q[h]]; k >= 0 && best < 0; k = c->nx[k]) {
      int l = c->nd[k].label;
      int want = depth[h] == 0 ? l == L->obl : l == L->nmod;
      /* "giving the FBI access to a transcript": an actor that modifies a
       * thing as the object is the one handed to, its "to" phrase says to
       * what; an actor that is the object is handed over ("extradited a
       * smuggler to Tanzania") */
      if (depth[h] == 0 && (l == L->obj || l == L->iobj)) {
        int om = actor_in(c, k, 0), modifier = 0;
        /* (an actor in a phrase of the thing's own, "assistance through
         * the Australian Embassy", modifies it as no recipient does) */
        for (int g = c->fc[k]; g >= 0 && om >= 0 && !modifier; g = c->nx[g])
          modifier = c->ment[g] == om && g < k && (c->nd[g].label == L->compound || c->nd[g].label == L->amod ||
                                                   c->nd[g].label == L->nmod_poss || c->nd[g].label == L->flat);
        if ((om < 0 || generic(c, om) || c->ment[k] == om || !modifier) && nq < 16) { q[nq] = k; cj[nq] = 0; depth[nq++] = 1; }
        continue;
      }
      /* "offered to send troops to Somalia", and a participle the parser
       * took for a complement ("extradited suspected militant X to Britain") */
      if (q[h] == t && l == L->xcomp && nq < 16) { q[nq] = k; cj[nq] = 0; depth[nq++] = 0; continue; }
      /* "sent 100 armoured vehicles and a team of paratroopers to Lebanon",
       * "providing photographs and other intelligence to Macedonia": a
       * conjunct of what is handed over carries the "to" phrase of them all
       * (rule recipient-conjunct) */
      if (depth[h] > 0 && l == L->conj) {
        if (nq < 16) { q[nq] = k; cj[nq] = 1; depth[nq++] = depth[h]; }
        continue;
      }
      if (!want) continue;
      int p = case_of(c, k);
      if (p >= 0 && !strcmp(dy_cl_word(c, p), "to")) {
        int m = actor_in(c, k, 0);
        if (m >= 0 && m != src && c->d->ments[m].group != (src >= 0 ? c->d->ments[src].group : 0xffff)) { best = m; *prep = p; *arg = k; *conj = cj[h]; }
        else if (m < 0 && *unk < 0 && nounish(c, k)) { *unk = k; *unk_prep = p; }
      } else if (depth[h] > 0 && depth[h] < 3 && nq < 16) { q[nq] = k; cj[nq] = cj[h]; depth[nq++] = depth[h] + 1; }
    }
  return best;
}

static int agent_of(const dy_clause *c, int i, int *arg) {
  for (int k = c->fc[i]; k >= 0; k = c->nx[k])
    if (by_phrase(c, k)) { *arg = k; return actor_in(c, k, 0); }
  return -1;
}

static int passive_verb(const dy_clause *c, int t) {
  const dy_labels *L = &c->m->L;
  return dy_cl_child(c, t, L->nsubj_pass) >= 0 || dy_cl_child(c, t, L->aux_pass) >= 0;
}

/* Is node k the word "on" or "upon"? */
static int on_word(const dy_clause *c, int k) { return !strcmp(dy_cl_word(c, k), "on") || !strcmp(dy_cl_word(c, k), "upon"); }

/* reliance: the "on" phrase of verb h, of word set reliance ("Iran counted
 * on Pakistan to stand with it", "is relying on Qatar to press Hamas"), the
 * one its "to" complement is expected of; -1 when none. */
static int reliance_obl(const dy_clause *c, int h) {
  const dy_labels *L = &c->m->L;
  for (int k = c->fc[h]; k >= 0; k = c->nx[k]) {
    if (c->nd[k].label != L->obl) continue;
    int p = dy_cl_child(c, k, L->case_);
    if (p < 0) p = dy_cl_child(c, k, L->mark);
    if (p >= 0 && on_word(c, p)) return k;
  }
  return -1;
}

/* control-unknown: may noun a, no actor the dictionaries know, be one
 * who acts: a name, a person noun, or a noun that is no event, no plan
 * and nothing a side owns ("the junta", not "their effort", "the talks")? */
static int may_act(const dy_clause *c, int a) {
  const dy_labels *L = &c->m->L;
  if (c->nd[a].upos == DY_UPOS_PROPN) return 1;
  if (c->nd[a].upos != DY_UPOS_NOUN) return 0;
  uint64_t w = dy_cl_wclass(c, a);
  if (w & DY_W_PERSONNOUN) return 1;
  if (w & (DY_W_NOMINAL | DY_W_EVNOUN)) return 0;
  if (dy_cl_child(c, a, L->nmod_poss) >= 0 || dy_coder_word(c->m, DY_WS_PLAN_NOUN, c->nd[a].lemma) >= 0) return 0;
  return 1;
}

/* appeal-addressee: the phrase of appeal-verb h whose preposition is of
 * word set appeal-prep ("called on the junta", "appealed to Ethiopia"). */
int dy_appeal_obl(const dy_clause *c, int h) {
  const dy_labels *L = &c->m->L;
  if (h < 0 || dy_coder_word(c->m, DY_WS_APPEAL_VERB, c->nd[h].lemma) < 0) return -1;
  for (int k = c->fc[h]; k >= 0; k = c->nx[k]) {
    if (c->nd[k].label != L->obl) continue;
    int p = dy_cl_child(c, k, L->case_);
    if (p >= 0 && p == h + 1 && dy_coder_word(c->m, DY_WS_APPEAL_PREP, dy_cl_word(c, p)) >= 0) return k;
  }
  return -1;
}

int dy_appeal_addressee(const dy_clause *c, int h) {
  const dy_labels *L = &c->m->L;
  if (h < 0) return -1;
  if (dy_coder_word(c->m, DY_WS_WISH, c->nd[h].lemma) >= 0) {
    int o = dy_cl_child(c, h, L->obj);
    if (o < 0) o = dy_cl_child(c, h, L->iobj);
    if (o >= 0) return o;
  }
  return dy_appeal_obl(c, h);
}

/* Is t the "to" complement of a verb of reliance with its "on" phrase?
 * That phrase's node, else -1. The parser also reads "counted on Pakistan
 * to stand" with "on" a mark of the complement and the name its phrase. */
int dy_relied_on(const dy_clause *c, int t) {
  const dy_labels *L = &c->m->L;
  int h = c->nd[t].head, l = c->nd[t].label, to = 0, on = 0, pre = -1;
  if (h < 0 || (l != L->xcomp && l != L->advcl) || dy_coder_word(c->m, DY_WS_RELIANCE, c->nd[h].lemma) < 0) return -1;
  for (int k = c->fc[t]; k >= 0; k = c->nx[k]) {
    if (c->nd[k].label == L->mark && !strcmp(dy_cl_word(c, k), "to")) to = 1;
    if (c->nd[k].label == L->mark && on_word(c, k)) on = 1;
    if (c->nd[k].label == L->obl && k < t && pre < 0) pre = k;
  }
  if (!to) return -1;
  if (on && pre >= 0) return pre;
  return reliance_obl(c, h);
}

/* The subject of verb t, climbing through control, coordination and
 * relative clauses. Sets *via and *arg. */
static int subject(const dy_clause *c, int t, int depth, uint8_t *via, int *arg) {
  const dy_labels *L = &c->m->L;
  int s = dy_cl_child(c, t, L->nsubj);
  int h = c->nd[t].head, l = c->nd[t].label;
  if (s >= 0) {
    if (is_word(c, s, DY_WS_RELPRON) && l == L->acl_relcl && h >= 0) { *via = DY_VIA_RELCL; *arg = h; return actor_in(c, h, 2); }
    /* comma-relative: "the policies of President Joe Biden's administration,
     * which had marginalized Pakistan": a relative pronoun after a comma
     * that the parser hung elsewhere than on its antecedent stands for the
     * actor that ends right before the comma */
    if (is_word(c, s, DY_WS_RELPRON) && l != L->acl_relcl && s >= 2 && s < t && !strcmp(dy_cl_word(c, s - 1), ",") &&
        c->ment[s - 2] >= 0 && strcmp(dy_cl_word(c, s), "that")) {
      *via = DY_VIA_RELCL; *arg = s - 2;
      return c->ment[s - 2];
    }
    *via = DY_VIA_NSUBJ; *arg = s;
    /* rule place-subject: "President George W. Bush, also in Beijing,
     * said": the parser may make the place of an inserted "in" phrase
     * the subject, with the actor before it its dependent; a subject
     * marked by a preposition of where is that phrase, and the actor
     * named before it the subject */
    int cs = dy_cl_child(c, s, L->case_);
    if (cs >= 0 && cs < s && is_word(c, cs, DY_WS_WHERE_PREP))
      for (int k = c->fc[s]; k >= 0 && k < cs; k = c->nx[k])
        if (c->ment[k] >= 0 && !generic(c, c->ment[k])) {
          if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule place-subject: %s, not the place %s\n", c->d->ments[c->ment[k]].code, dy_cl_word(c, s));
          *arg = k;
          return c->ment[k];
        }
    int m = actor_in(c, s, 1);
    /* "a roadside bomb planted by Taliban insurgents killed ...": a weapon
     * that acts was set off by the agent of its participle (word set
     * instrument) */
    if (m < 0 && dy_coder_word(c->m, DY_WS_INSTRUMENT, c->nd[s].lemma) >= 0)
      for (int k = c->fc[s]; k >= 0; k = c->nx[k]) {
        int a2 = -1, r = c->nd[k].label == L->acl ? agent_of(c, k, &a2) : -1;
        if (r >= 0) { *via = DY_VIA_AGENT; *arg = a2; return r; }
      }
    /* "Hungary has said it will support": a pronoun the actors left
     * unresolved stands for the subject of the clause it is said in */
    if (m < 0 && c->nd[s].upos == DY_UPOS_PRON && h >= 0 && depth < 4 && (l == L->ccomp || l == L->advcl || l == L->conj)) {
      int r = subject(c, h, depth + 1, via, arg);
      if (r >= 0) *via = DY_VIA_INHERIT;
      return r;
    }
    return m;
  }
  if (dy_cl_child(c, t, L->nsubj_pass) >= 0 || h < 0 || depth > 4) return -1;
  /* rule clause-subject: "..., and Canada and Ukraine also announced
   * expulsions" with the names hung elsewhere: a past-tense verb with no
   * subject, right after actors (and adverbs) that "and" or "but" opens,
   * has them as its subject */
  if (depth == 0 && c->nd[t].upos == DY_UPOS_VERB && (dy_cl_wclass(c, t) & DY_W_PASTPART) && dy_cl_child(c, t, L->aux) < 0) {
    int q = t - 1;
    while (q > 0 && c->nd[q].upos == DY_UPOS_ADV) q--;
    int first = -1;
    while (q > 0 && c->ment[q] >= 0) {
      int mq = c->ment[q];
      while (q > 0 && c->ment[q - 1] == mq) q--;
      first = q;
      if (q >= 2 && (!strcmp(dy_cl_word(c, q - 1), "and") || !strcmp(dy_cl_word(c, q - 1), ",")) && c->ment[q - 2] >= 0) q -= 2;
      else break;
    }
    if (first > 0 && c->nd[first].head != t && (!strcmp(dy_cl_word(c, first - 1), "and") || !strcmp(dy_cl_word(c, first - 1), "but")) &&
        !generic(c, c->ment[first])) {
      if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule clause-subject [%s]: %s\n", c->nd[t].lemma, c->d->ments[c->ment[first]].code);
      *via = DY_VIA_NSUBJ; *arg = first;
      return c->ment[first];
    }
  }
  /* reliance: "Iran counted on Pakistan to stand with it": the one relied on does it */
  int ro = dy_relied_on(c, t);
  if (ro >= 0) { *via = DY_VIA_CONTROL; *arg = ro; return actor_in(c, ro, 0); }
  /* rule said-relative: "air strikes that local officials said killed
   * dozens": a verb right after a verb of saying, with no subject or
   * marker of its own, is a relative clause's, done by its antecedent
   * (none where the parser missed the relative), never by the speaker */
  if ((l == L->ccomp || l == L->xcomp) && (dy_cl_wclass(c, h) & DY_W_SAY) && dy_cl_child(c, t, L->mark) < 0 && t == h + 1) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule said-relative [%s]: not the speaker's\n", c->nd[t].lemma);
    if (c->nd[h].label != L->acl_relcl || c->nd[h].head < 0) return -1; /* the parser missed the relative */
    *via = DY_VIA_RELCL; *arg = c->nd[h].head;
    return actor_in(c, c->nd[h].head, 2);
  }
  if (l == L->xcomp) {
    int o = dy_cl_child(c, h, L->obj);
    if (o < 0) o = dy_cl_child(c, h, L->iobj);
    /* "issued a declaration demanding that ...": a participle on a message
     * the parser took for a complement speaks for the issuer, as below
     * (rule message-participle) */
    int msg = o >= 0 && c->ment[o] < 0 && dy_coder_word(c->m, DY_WS_MESSAGE, c->nd[o].lemma) >= 0 &&
              (dy_cl_wclass(c, t) & DY_W_ING);
    /* contact-purpose: "phoned Pezeshkian to affirm Pakistan's support":
     * after a verb of getting in touch (word set contact) the subject's
     * purpose, not the object's act */
    int contact = o >= 0 && dy_coder_word(c->m, DY_WS_CONTACT, c->nd[h].lemma) >= 0 && dy_cl_child(c, h, L->obl) < 0;
    if (o >= 0 && !msg && !contact) { *via = DY_VIA_CONTROL; *arg = o; return actor_in(c, o, 0); }
    /* appeal-addressee: "called on the junta to release him": the one
     * appealed to would do it */
    int ao = o < 0 ? dy_appeal_obl(c, h) : -1;
    if (ao >= 0) { *via = DY_VIA_CONTROL; *arg = ao; return actor_in(c, ao, 0); }
    int r = subject(c, h, depth + 1, via, arg);
    if (r >= 0 && *via == DY_VIA_NSUBJ) *via = DY_VIA_INHERIT;
    return r;
  }
  if (l == L->advcl) {
    /* "thanked Pakistan for supporting Iran": the governor's object does it */
    int mk = dy_cl_child(c, t, L->mark);
    int o = dy_cl_child(c, h, L->obj);
    /* rule advcl-control: "prompting Petro to accuse the group", parsed
     * with the "to" clause as one of purpose: after a verb of word set
     * object-control the object does it */
    if (mk >= 0 && o >= 0 && o < t && !strcmp(dy_cl_word(c, mk), "to") && dy_coder_word(c->m, DY_WS_OBJ_CONTROL, c->nd[h].lemma) >= 0) {
      *via = DY_VIA_CONTROL; *arg = o;
      return actor_in(c, o, 0);
    }
    /* "charged the general with ordering": the charge of a verb of blame */
    if (mk >= 0 && o >= 0 && (!strcmp(dy_cl_word(c, mk), "for") || !strcmp(dy_cl_word(c, mk), "of") ||
                              (!strcmp(dy_cl_word(c, mk), "with") && dy_coder_word(c->m, DY_WS_CHARGE, c->nd[h].lemma) >= 0))) {
      *via = DY_VIA_CONTROL; *arg = o;
      return actor_in(c, o, 0);
    }
  }
  if (l == L->conj && h >= 0 && c->nd[h].label == L->advcl && c->nd[h].head >= 0) {
    /* "... for taking a stance and supporting Iran": the conjunct shares the first one's subject */
    uint8_t v2;
    int a2, r = subject(c, h, depth + 1, &v2, &a2);
    if (r >= 0 || v2 == DY_VIA_CONTROL) { *via = v2 == DY_VIA_CONTROL ? DY_VIA_CONTROL : DY_VIA_INHERIT; *arg = a2; return r; }
  }
  if (l == L->conj || l == L->advcl || l == L->ccomp) {
    if (l != L->conj && dy_cl_child(c, t, L->mark) >= 0 && l == L->ccomp) return -1; /* "said that ... " has its own */
    if (c->nd[h].upos != DY_UPOS_VERB && c->nd[h].upos != DY_UPOS_AUX) return -1;
    if (passive_verb(c, h)) return -1;
    int r = subject(c, h, depth + 1, via, arg);
    if (r >= 0) *via = DY_VIA_INHERIT;
    return r;
  }
  if (l == L->acl_relcl) { *via = DY_VIA_RELCL; *arg = h; return actor_in(c, h, 0); }
  /* "Pakistan issued a statement condemning the strikes", "a resolution
   * criticizing the government, approved by parliament": the present
   * participle on a message (word set message) speaks for the one who
   * issued it, the subject of the verb it is the object of or its "by" */
  if (l == L->acl && dy_coder_word(c->m, DY_WS_MESSAGE, c->nd[h].lemma) >= 0 &&
      (dy_cl_wclass(c, t) & DY_W_ING)) {
    int a2 = -1, r = agent_of(c, h, &a2);
    if (r >= 0) { *via = DY_VIA_AGENT; *arg = a2; return r; }
    if (c->nd[h].label != L->obj || c->nd[h].head < 0) return -1;
    r = subject(c, c->nd[h].head, depth + 1, via, arg);
    if (r >= 0) *via = DY_VIA_INHERIT;
    return r;
  }
  return -1;
}

/* Does clause k carry a "must", "should", "need to"? */
int dy_deontic(const dy_clause *c, int k) {
  const dy_labels *L = &c->m->L;
  for (int a = c->fc[k]; a >= 0; a = c->nx[a])
    if (c->nd[a].label == L->aux && dy_coder_word(c->m, DY_WS_DEONTIC, c->nd[a].lemma) >= 0) return 1;
  if (dy_coder_word(c->m, DY_WS_DEONTIC, c->nd[k].lemma) >= 0) return 1;
  /* "has to hand over", "needs to withdraw"; not with an object of its own
   * ("had every right to respond", "has the means to strike": rule
   * deontic-object) */
  /* nor a past participle the parser hung under "had" ("Labour had lost
   * control"): the complement has its "to" */
  int x = dy_cl_child(c, k, L->xcomp);
  if (dy_coder_word(c->m, DY_WS_DEONTIC_VERB, c->nd[k].lemma) < 0 || x < 0 || dy_cl_child(c, k, L->obj) >= 0) return 0;
  for (int a = c->fc[x]; a >= 0; a = c->nx[a])
    if (c->nd[a].label == L->mark && !strcmp(c->nd[a].lemma, "to")) return 1;
  return 0;
}

/* Light verbs whose object noun carries the event ("launched strikes on",
 * "held talks with"): the noun takes the verb's subject. */
static int light(const dy_clause *c, int v) { return dy_coder_word(c->m, DY_WS_LIGHT, c->nd[v].lemma) >= 0; }

/* rule patient-owner: "police officers were killed when their patrol was
 * attacked": the patient noun of a passive, of no actor, whose possessive
 * pronoun the actors left unresolved is its owner's, the nearest actor
 * named before the pronoun, not of the source's state (an active verb's
 * object is mostly its own subject's: "closed its airspace") */
static int pronoun_owner(const dy_clause *c, int n, int not) {
  const dy_labels *L = &c->m->L;
  if (n < 0 || c->nd[n].upos != DY_UPOS_NOUN || c->ment[n] >= 0) return -1;
  for (int k = c->fc[n]; k >= 0; k = c->nx[k]) {
    if (k > n || c->ment[k] >= 0 || c->nd[k].label != L->nmod_poss || c->nd[k].upos != DY_UPOS_PRON) continue;
    for (int q = k - 1; q >= 0; q--) {
      int m = c->ment[q];
      if (m < 0 || generic(c, m)) continue;
      if (not >= 0 && !strncmp(c->d->ments[m].code, c->d->ments[not].code, 3)) return -1;
      return m;
    }
  }
  return -1;
}

/* rule whom-object: "Osama bin Laden, whom it blames for the bombings",
 * "Kuwait, which Iraqi troops invaded": "whom" right before verb v's own
 * words (or "which" before a subject of v's own), however the parser
 * labelled it, is v's object and stands for the actor that ends right
 * before it (or before its comma).
 * That actor's token, or -1. */
static int whom_antecedent(const dy_clause *c, int v) {
  /* the word before the verb's own words before it (its subject): the
   * parser may hang "whom" on another verb */
  int q = v - 1;
  for (; q >= 0; q--) {
    int u = q, d = 0;
    if (!strcmp(dy_cl_word(c, q), "whom") || !strcmp(dy_cl_word(c, q), "which")) break;
    while (u >= 0 && u != v && d < 6) u = c->nd[u].head, d++;
    if (u != v) break;
  }
  if (q < 1) return -1;
  /* "which" is the object only before a subject of the verb's own
   * ("Kuwait, which Iraqi troops invaded") */
  if (!strcmp(dy_cl_word(c, q), "which")) {
    int sb = dy_cl_child(c, v, c->m->L.nsubj);
    if (sb <= q || dy_cl_child(c, v, c->m->L.obj) >= 0) return -1;
  } else if (strcmp(dy_cl_word(c, q), "whom")) return -1;
  int a = q - 1;
  if (a >= 1 && !strcmp(dy_cl_word(c, a), ",")) a--;
  /* the last word of a name is its head's ("Osama bin Laden") */
  for (int d = 0; d < 4 && c->ment[a] < 0 && c->nd[a].label == c->m->L.flat && c->nd[a].head >= 0; d++) a = c->nd[a].head;
  return c->ment[a] >= 0 ? a : -1;
}

/* Is the dictionary's verb pattern at t one of force (roots 18-20: "wounded",
 * "injured", "killed")? */
static int violent_pattern(const dy_clause *c, int t) {
  if (c->dict[t] < 0) return 0;
  const char *pc = dy_lex_pattern(c->lx, c->dict[t])->code;
  int r = (pc[0] - '0') * 10 + (pc[1] - '0');
  return r >= 18 && r <= 20;
}

static void roles_noun(const dy_clause *c, int t, dy_cand *o) {
  const dy_labels *L = &c->m->L;
  int arg = -1;
  /* "Iran's attack", "Israeli air raids", "the US strikes" */
  for (int k = c->fc[t]; k >= 0 && o->src < 0; k = c->nx[k]) {
    int l = c->nd[k].label;
    if (k > t) continue;
    if ((l == L->nmod_poss || l == L->amod || l == L->compound) && c->ment[k] >= 0) {
      o->src = c->ment[k]; o->src_arg = k; o->src_via = l == L->nmod_poss ? DY_VIA_POSS : DY_VIA_MOD;
    }
  }
  if (o->src < 0 && (o->src = agent_of(c, t, &arg)) >= 0) { o->src_arg = arg; o->src_via = DY_VIA_AGENT; }
  /* noun-poss-pronoun: "supporting Iran during its 12-day war with Israel":
   * a possessive pronoun the actors left unresolved ("its", "their", or
   * word set poss-anaphor: "the latter's visit") stands for the nearest
   * actor named before it in the sentence (not the noun's other side) */
  for (int k = c->fc[t]; k >= 0 && o->src < 0; k = c->nx[k]) {
    if (k > t || c->ment[k] >= 0) continue;
    int pron = c->nd[k].label == L->nmod_poss && c->nd[k].upos == DY_UPOS_PRON;
    /* "the latter's": the parser may read it as a modifier with its case */
    int ana = (c->nd[k].label == L->nmod_poss || c->nd[k].label == L->amod) && is_word(c, k, DY_WS_POSS_ANAPHOR);
    if (!pron && !ana) continue;
    for (int q = k - 1; q >= 0; q--) {
      int m = c->ment[q];
      if (m < 0 || generic(c, m)) continue;
      /* (not an actor that only names a text or a plan, word sets
       * message and plan-noun: "accepted UN Security Council Resolution 598
       * calling for a ceasefire in its war") */
      int hq = c->nd[q].head, lq = c->nd[q].label;
      if (hq >= 0 && c->ment[hq] != m && c->ment[hq] < 0 && (lq == L->compound || lq == L->amod || lq == L->nmod_poss) &&
          (c->nd[hq].upos == DY_UPOS_NOUN || c->nd[hq].upos == DY_UPOS_PROPN) &&
          (dy_coder_word(c->m, DY_WS_MESSAGE, c->nd[hq].lemma) >= 0 || dy_coder_word(c->m, DY_WS_PLAN_NOUN, c->nd[hq].lemma) >= 0)) {
        while (q > 0 && c->ment[q - 1] == m) q--;
        continue;
      }
      o->src = m; o->src_arg = q; o->src_via = DY_VIA_POSS; o->rule = "noun-poss-pronoun";
      break;
    }
  }
  /* "talks between Iran and Pakistan", "the signing of agreements between
   * Iran and Pakistan": on the noun or on its "of" phrase */
  for (int pass = 0; pass < 2 && o->src < 0; pass++)
    for (int k0 = pass ? c->fc[t] : t; k0 >= 0 && o->src < 0; k0 = pass ? c->nx[k0] : -1) {
      if (pass && (c->nd[k0].label != L->nmod || case_of(c, k0) < 0 || strcmp(dy_cl_word(c, case_of(c, k0)), "of") != 0)) continue;
      for (int k = c->fc[k0]; k >= 0 && o->src < 0; k = c->nx[k]) {
        if (c->nd[k].label != L->nmod) continue;
        int p = case_of(c, k);
        if (p < 0 || strcmp(dy_cl_word(c, p), "between") != 0) continue;
        int a = actor_in(c, k, 0), b = -1;
        int cj = dy_cl_child(c, k, L->conj);
        if (cj >= 0) b = actor_in(c, cj, 0);
        /* the other of its list ("between Iran and Pakistan") however the parser joined it */
        for (uint32_t mm = c->m0; a >= 0 && (b < 0 || b == a) && mm < c->m1; mm++)
          if ((int)mm != a && c->d->ments[mm].group == c->d->ments[a].group && c->d->ments[mm].sent == c->s &&
              strcmp(c->d->ments[mm].code, c->d->ments[a].code))
            b = (int)mm;
        if (a >= 0) { o->src = a; o->src_arg = k; o->src_via = DY_VIA_BETWEEN; }
        if (b >= 0 && b != a) { o->tgt = b; o->tgt_arg = cj; o->tgt_via = DY_VIA_BETWEEN; }
      }
    }
  int prep = -1;
  if (o->tgt < 0) {
    /* an "of" phrase is the target only when no other phrase names one
     * ("the release of prisoners"; "the arrival of Iran's minister in
     * Islamabad": "in Islamabad", and "of" names the agent below) */
    int m = oblique(c, t, L->nmod, -1, &prep, &arg, 1);
    if (m < 0 || m == o->src) m = oblique(c, t, L->nmod, -1, &prep, &arg, 0);
    if (m >= 0 && m != o->src) { o->tgt = m; o->tgt_arg = arg; o->tgt_via = DY_VIA_NMOD; o->prep = prep; }
  }
  /* rule violent-noun-of: the "of" phrase of a noun of force (its verb
   * pattern of roots 18-20, word set attack-noun) or of an act done to
   * someone (word set patient-event) is its patient, whatever other phrase
   * names a place ("the bombings of two US embassies in East Africa", "the
   * arrest of an Iranian diplomat in Germany"), never its agent */
  int patient_of = violent_pattern(c, t) || dy_coder_word(c->m, DY_WS_ATTACK_NOUN, c->nd[t].lemma) >= 0 ||
                   dy_coder_word(c->m, DY_WS_PATIENT_EVENT, c->nd[t].lemma) >= 0;
  if (patient_of && (o->tgt < 0 || (o->prep >= 0 && strcmp(dy_cl_word(c, o->prep), "of"))))
    for (int k = c->fc[t]; k >= 0; k = c->nx[k]) {
      int p = c->nd[k].label == L->nmod ? case_of(c, k) : -1;
      int m = p >= 0 && !strcmp(dy_cl_word(c, p), "of") ? actor_in(c, k, 0) : -1;
      if (m < 0 || m == o->src) continue;
      if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule violent-noun-of [%s]: target %s\n", c->nd[t].lemma, c->d->ments[m].code);
      o->tgt = m; o->tgt_arg = k; o->tgt_via = DY_VIA_NMOD; o->prep = p;
      break;
    }
  /* "the visit of Iranian President Pezeshkian to Islamabad": with another
   * side named, "of" names the agent ("the release of prisoners" names
   * none: there "of" is the patient, and the noun has no other side) */
  if (o->src < 0 && o->tgt >= 0 && !patient_of) {
    for (int k = c->fc[t]; k >= 0 && o->src < 0; k = c->nx[k]) {
      if (c->nd[k].label != L->nmod) continue;
      int p = case_of(c, k);
      int m = p >= 0 && !strcmp(dy_cl_word(c, p), "of") ? actor_in(c, k, 0) : -1;
      if (m >= 0 && m != o->tgt) { o->src = m; o->src_arg = k; o->src_via = DY_VIA_NMOD; }
    }
  }
  /* "the visit of Pezeshkian to Islamabad" with "to Islamabad" hung on the
   * name: the "of" phrase is the agent, its own "to" phrase the target */
  if (o->src < 0 && o->tgt >= 0 && !patient_of && o->prep >= 0 && !strcmp(dy_cl_word(c, o->prep), "of") && o->tgt_arg >= 0) {
    int a = o->tgt_arg, p2 = -1, a2 = -1;
    int m = oblique(c, a, L->nmod, -1, &p2, &a2, 1);
    if (m >= 0 && m != o->tgt) {
      o->src = o->tgt; o->src_arg = a; o->src_via = DY_VIA_NMOD;
      o->tgt = m; o->tgt_arg = a2; o->tgt_via = DY_VIA_NMOD; o->prep = p2;
    }
  }
  /* "drone attacks targeting police", "sanctions hitting Russian banks":
   * a participle on the noun names its target by its object */
  for (int k = c->fc[t]; k >= 0 && o->tgt < 0; k = c->nx[k]) {
    if (c->nd[k].label != L->acl || c->nd[k].upos != DY_UPOS_VERB || k < t) continue;
    int ob = dy_cl_child(c, k, L->obj), m = ob >= 0 ? actor_in(c, ob, 0) : -1;
    if (m >= 0 && m != o->src) { o->tgt = m; o->tgt_arg = ob; o->tgt_via = DY_VIA_OBJ; }
  }
  /* noun-agent-after-target: "the visit to Washington by Field Marshal
   * Munir": an agent phrase the parser hung on the target */
  if (o->src < 0 && o->tgt >= 0 && o->tgt_arg >= 0 && o->tgt_via == DY_VIA_NMOD) {
    for (int k = c->fc[o->tgt_arg]; k >= 0 && o->src < 0; k = c->nx[k]) {
      int p = c->nd[k].label == L->nmod ? case_of(c, k) : -1;
      int m = p >= 0 && !strcmp(dy_cl_word(c, p), "by") ? actor_in(c, k, 0) : -1;
      if (m >= 0 && m != o->tgt) { o->src = m; o->src_arg = k; o->src_via = DY_VIA_AGENT; o->rule = "noun-agent-after-target"; }
    }
  }
  /* "attacks by militants on police": a target phrase the parser hung on
   * the agent */
  if (o->tgt < 0 && o->src_via == DY_VIA_AGENT && o->src_arg >= 0) {
    int m = oblique(c, o->src_arg, L->nmod, -1, &prep, &arg, 1);
    if (m >= 0 && m != o->src && strcmp(dy_cl_word(c, prep), "in") && strcmp(dy_cl_word(c, prep), "from")) {
      o->tgt = m; o->tgt_arg = arg; o->tgt_via = DY_VIA_NMOD; o->prep = prep;
    }
  }
  /* "Pezeshkian's visit to Pakistan" however the parser attached it: a
   * target preposition right after the noun and an actor after it */
  if (o->tgt < 0 && t + 2 < (int)c->n && prep_rank(c, t + 1) >= 0) {
    int q = t + 2;
    while (q < (int)c->n && q < t + 5 && c->ment[q] < 0 && (c->nd[q].upos == DY_UPOS_DET || c->nd[q].upos == DY_UPOS_ADJ)) q++;
    if (q < (int)c->n && c->ment[q] >= 0 && c->ment[q] != o->src) {
      o->tgt = c->ment[q]; o->tgt_arg = q; o->tgt_via = DY_VIA_NEXT; o->prep = t + 1;
    }
  }
  /* "arrived in Beijing for talks with Xi": an event noun that is the
   * purpose of a verb is done by the verb's subject */
  int h = c->nd[t].head;
  if (o->src < 0 && h >= 0 && c->nd[t].label == L->obl && c->nd[h].upos == DY_UPOS_VERB) {
    int p = case_of(c, t);
    uint8_t via;
    /* rule charge-noun: "blamed Kenya for the attack on its soldiers",
     * "condemned Russia for the strike": the noun of a verb of blame's
     * "for" phrase is charged to the verb's object, not done by its subject */
    int ob = dy_verb_object(c, h);
    if (p >= 0 && !strcmp(dy_cl_word(c, p), "for") && ob >= 0 && ob < t && dy_coder_word(c->m, DY_WS_CHARGE, c->nd[h].lemma) >= 0) {
      int a = actor_in(c, ob, 0);
      if (a >= 0 && a != o->tgt) { o->src = a; o->src_arg = ob; o->src_via = DY_VIA_CONTROL; o->rule = "charge-noun"; }
      else o->rule = "charge-noun";
      p = -1;
    }
    int s = p >= 0 && !strcmp(dy_cl_word(c, p), "for") ? subject(c, h, 0, &via, &arg) : -1;
    if (s >= 0 && s != o->tgt) { o->src = s; o->src_arg = arg; o->src_via = DY_VIA_INHERIT; }
  }
  /* means-noun: "joined by the U.S. through strikes on Iranian nuclear
   * sites", "responded with missile strikes on Israel": an event noun that
   * is the means of a verb ("through", "with", "via") is done by the
   * verb's agent, else by its active subject */
  if (o->src < 0 && h >= 0 && c->nd[t].label == L->obl && c->nd[h].upos == DY_UPOS_VERB) {
    int p = case_of(c, t);
    const char *pw = p >= 0 ? dy_cl_word(c, p) : "";
    /* not a noun that names its own agent ("with help from Bukele") */
    int own = 0;
    for (int k = c->fc[t]; k >= 0; k = c->nx[k]) {
      int pk = c->nd[k].label == L->nmod ? case_of(c, k) : -1;
      if (pk >= 0 && (!strcmp(dy_cl_word(c, pk), "from") || !strcmp(dy_cl_word(c, pk), "of") || !strcmp(dy_cl_word(c, pk), "by"))) own = 1;
      if (c->nd[k].label == L->nmod_poss || (c->ment[k] >= 0 && k < t && (c->nd[k].label == L->amod || c->nd[k].label == L->compound))) own = 1;
    }
    if (!own && (!strcmp(pw, "through") || !strcmp(pw, "with") || !strcmp(pw, "via"))) {
      uint8_t via;
      int s = agent_of(c, h, &arg);
      if (s < 0 && dy_cl_child(c, h, L->nsubj_pass) < 0 && dy_cl_child(c, h, L->aux_pass) < 0) s = subject(c, h, 0, &via, &arg);
      if (s >= 0 && s != o->tgt) { o->src = s; o->src_arg = arg; o->src_via = DY_VIA_INHERIT; o->rule = "means-noun"; }
    }
  }
  /* fronted-meeting: "After talks with Putin, Erdogan said", "Following a
   * meeting with the prime minister, Lapid told reporters": a meeting noun
   * (word set meeting-noun) in a phrase of time before its verb was
   * attended by the verb's subject */
  if (o->src < 0 && h >= 0 && h > t && c->nd[t].label == L->obl && c->nd[h].upos == DY_UPOS_VERB &&
      dy_coder_word(c->m, DY_WS_MEETING_NOUN, c->nd[t].lemma) >= 0) {
    int p = case_of(c, t);
    const char *pw = p >= 0 ? dy_cl_word(c, p) : "";
    uint8_t via;
    int s = !strcmp(pw, "after") || !strcmp(pw, "following") || !strcmp(pw, "during") || !strcmp(pw, "at") || !strcmp(pw, "before") || !strcmp(pw, "in")
                ? subject(c, h, 0, &via, &arg) : -1;
    if (s >= 0 && s != o->tgt) { o->src = s; o->src_arg = arg; o->src_via = DY_VIA_INHERIT; o->rule = "fronted-meeting"; }
  }
  /* meeting-party: "The Kremlin confirmed the meeting with Trump": a
   * meeting noun (word set meeting-noun) with its other side after "with",
   * the object of a verb of word set meeting-party, was attended by the
   * verb's subject */
  if (o->src < 0 && o->tgt >= 0 && o->prep >= 0 && !strcmp(dy_cl_word(c, o->prep), "with") && h >= 0 && c->nd[t].label == L->obj &&
      c->nd[h].upos == DY_UPOS_VERB && dy_coder_word(c->m, DY_WS_MEETING_NOUN, c->nd[t].lemma) >= 0 &&
      dy_coder_word(c->m, DY_WS_MEETING_PARTY, c->nd[h].lemma) >= 0) {
    uint8_t via;
    int s = subject(c, h, 0, &via, &arg);
    if (s >= 0 && s != o->tgt) { o->src = s; o->src_arg = arg; o->src_via = DY_VIA_INHERIT; o->rule = "meeting-party"; }
  }
  /* "launched strikes on X": the light verb's subject and obliques */
  /* light-conjunct: "launched artillery, mortar and rocket fire against
   * guerrilla camps": a conjunct of the light verb's object is its object */
  /* (the parser may join the noun to the verb itself, after its object) */
  int lv = -1;
  if (h >= 0 && c->nd[t].label == L->conj && c->nd[h].label == L->obj && c->nd[h].head >= 0) lv = c->nd[h].head;
  else if (h >= 0 && h < t && c->nd[t].label == L->conj && dy_cl_child(c, h, L->obj) >= 0 && dy_cl_child(c, h, L->obj) < t) lv = h;
  if (lv >= 0 && c->nd[lv].upos == DY_UPOS_VERB && light(c, lv) && o->src < 0) {
    uint8_t v2;
    int s = subject(c, lv, 0, &v2, &arg);
    if (s >= 0 && s != o->tgt) { o->src = s; o->src_arg = arg; o->src_via = DY_VIA_LIGHT; o->rule = "light-conjunct"; }
  }
  if (h >= 0 && (c->nd[t].label == L->obj || c->nd[t].label == L->nsubj_pass) && c->nd[h].upos == DY_UPOS_VERB && light(c, h)) {
    uint8_t via;
    if (o->src < 0) {
      int s = c->nd[t].label == L->obj ? subject(c, h, 0, &via, &arg) : agent_of(c, h, &arg);
      if (s >= 0) { o->src = s; o->src_arg = arg; o->src_via = DY_VIA_LIGHT; }
    }
    if (o->tgt < 0) {
      int m = oblique(c, h, L->obl, -1, &prep, &arg, 1);
      if (m >= 0 && m != o->src) { o->tgt = m; o->tgt_arg = arg; o->tgt_via = DY_VIA_LIGHT; o->prep = prep; }
    }
  }
}

/* Do mentions a and b name the same state (their codes' first three
 * letters, a country)? */
static int same_state(const dy_clause *c, int a, int b) {
  if (a < 0 || b < 0) return 0;
  const char *x = c->d->ments[a].code, *y = c->d->ments[b].code;
  char cc[4] = {0};
  if (strlen(x) < 3 || strlen(y) < 3 || strncmp(x, y, 3)) return 0;
  memcpy(cc, x, 3);
  return dy_lex_country_name(c->lx, cc) != NULL;
}


/* The actor a demand noun's "that" clause has as its subject: the clause
 * on the noun, else (the parser reads "that" often as a pronoun) the words
 * right after it: "that", then the actor before any verb. -1 when none. */
static int demand_clause(const dy_clause *c, int a) {
  const dy_labels *L = &c->m->L;
  for (int k = c->fc[a]; k >= 0; k = c->nx[k]) {
    int l = c->nd[k].label;
    if (l != L->acl && l != L->ccomp && l != L->acl_relcl) continue;
    int mk = dy_cl_child(c, k, L->mark), s = dy_cl_child(c, k, L->nsubj);
    if (mk < 0 || strcmp(dy_cl_word(c, mk), "that") || s < 0) continue;
    int m = actor_in(c, s, 1);
    if (m >= 0) return m;
  }
  int q = a + 1, n = (int)c->n;
  while (q < n && q < a + 3 && (dy_cl_wclass(c, q) & (DY_W_TIMEADJ | DY_W_DATE | DY_W_ADV))) q++;
  if (q >= n || strcmp(dy_cl_word(c, q), "that")) return -1;
  for (q++; q < n && q < a + 8 && c->ment[q] < 0; q++)
    if (c->nd[q].upos != DY_UPOS_DET && c->nd[q].upos != DY_UPOS_ADJ) return -1;
  return q < n ? c->ment[q] : -1;
}

/* The actor of a target phrase right after object noun k ("a blockade on
 * Palestinian lorries", "restrictions between it and Israel"), not one of
 * where (word set where-prep: "held talks in Islamabad"); -1 when none. */
static int object_prep(const dy_clause *c, int k, int *prep) {
  int n = (int)c->n, p = k + 1;
  if (p + 1 >= n) return -1;
  int between = !strcmp(dy_cl_word(c, p), "between"), q = p + 1;
  if ((prep_rank(c, p) < 0 && !between) || is_word(c, p, DY_WS_WHERE_PREP)) return -1;
  while (q < n && q < p + 5 && c->ment[q] < 0 &&
         (c->nd[q].upos == DY_UPOS_DET || c->nd[q].upos == DY_UPOS_ADJ || c->nd[q].upos == DY_UPOS_NUM ||
          (between && (c->nd[q].upos == DY_UPOS_PRON || c->nd[q].upos == DY_UPOS_CCONJ))))
    q++;
  if (q >= n || c->ment[q] < 0) return -1;
  *prep = p;
  return c->ment[q];
}

static void roles_verb(const dy_clause *c, int t, dy_cand *o) {
  const dy_labels *L = &c->m->L;
  int arg = -1, prep = -1;
  int sp = dy_cl_child(c, t, L->nsubj_pass);
  /* "troops sent by Iran": a participle modifying its patient */
  int reduced = c->nd[t].label == L->acl && c->nd[t].head >= 0 && dy_cl_child(c, t, L->nsubj) < 0 &&
                dy_cl_child(c, t, L->obj) < 0 && agent_of(c, t, &arg) >= 0;
  /* "targets were attacked" with the passive unlabelled: a form of "be"
   * before a past participle with no object */
  int be_pass = 0;
  /* rule adjective-passive: "two soldiers were wounded in an attack": the
   * tagger's adjective after a copula "be", a verb of force by its verb
   * pattern, is a past participle there, the passive's subject its patient
   * (not "is committed to", "is opposed to") */
  if (sp < 0 && (dy_cl_wclass(c, t) & DY_W_PASTPART) && dy_cl_child(c, t, L->obj) < 0)
    for (int q = c->fc[t]; q >= 0 && !be_pass; q = c->nx[q])
      be_pass = (c->nd[q].label == L->aux || (c->nd[q].label == L->cop && c->nd[t].upos == DY_UPOS_ADJ && violent_pattern(c, t))) && q < t &&
                (dy_cl_wclass(c, q) & DY_W_BE) && !(dy_cl_wclass(c, q) & DY_W_HAVE);
  /* "Two jets shot down in east Ukraine": a headline (no final stop)
   * drops the passive's "were"; a past participle with a subject, no object
   * and no auxiliary is a passive there */
  int head_pass = 0;
  if (sp < 0 && !be_pass && (dy_cl_wclass(c, t) & DY_W_PASTPART) && dy_cl_child(c, t, L->obj) < 0 &&
      dy_cl_child(c, t, L->aux) < 0 && dy_cl_child(c, t, L->nsubj) >= 0 && c->nd[t].head < 0 && c->n > 0) {
    const char *last = dy_cl_word(c, (int)c->n - 1);
    head_pass = strcmp(last, ".") && strcmp(last, "!") && strcmp(last, "?") && strcmp(last, "\"") && strcmp(last, "'");
  }
  if (head_pass) be_pass = 1;
  /* participle-agent: "The cease-fire between Iran and Israel brokered by
   * Trump seems to have offered ...": a past participle with a "by" agent
   * that names an actor ("shortened by one hour the curfew" names none), a
   * subject, no object and no auxiliary is the parser's active reading of
   * a participle on its subject; the subject is what was done, the agent
   * did it */
  if (sp < 0 && !be_pass && L->obl_agent >= 0 && (dy_cl_wclass(c, t) & DY_W_PASTPART) &&
      dy_cl_child(c, t, L->obj) < 0 && dy_cl_child(c, t, L->aux) < 0 && dy_cl_child(c, t, L->nsubj) >= 0 &&
      dy_cl_child(c, t, L->obl_agent) >= 0 && agent_of(c, t, &arg) >= 0) {
    be_pass = 1;
    o->rule = "participle-agent";
  }
  if (sp >= 0 || dy_cl_child(c, t, L->aux_pass) >= 0 || reduced || be_pass) {
    o->passive = 1;
    int pt = sp >= 0 ? sp : reduced ? c->nd[t].head : be_pass ? dy_cl_child(c, t, L->nsubj) : -1;
    if (pt >= 0 && (o->tgt = actor_in(c, pt, 0)) >= 0) { o->tgt_arg = pt; o->tgt_via = DY_VIA_PATIENT; }
    if ((o->src = agent_of(c, t, &arg)) >= 0) { o->src_arg = arg; o->src_via = DY_VIA_AGENT; }
    if (o->tgt < 0 && pt >= 0 && (o->tgt = pronoun_owner(c, pt, o->src)) >= 0) { o->tgt_arg = pt; o->tgt_via = DY_VIA_PATIENT; o->rule = "patient-owner"; }
    if (o->tgt < 0) {
      int m = oblique(c, t, L->obl, -1, &prep, &arg, 1);
      if (m >= 0 && m != o->src) { o->tgt = m; o->tgt_arg = arg; o->tgt_via = DY_VIA_OBL; o->prep = prep; }
    }
    return;
  }
  o->src = subject(c, t, 0, &o->src_via, &arg);
  if (o->src >= 0) o->src_arg = arg;
  /* rule control-unknown: "accused Congo of collaborating with the FDLR",
   * "called on the junta to release him": the one a charge or an appeal
   * names does it even when it is no actor the dictionaries know; no
   * pattern makes the accuser or the caller its source */
  else if (o->src_via == DY_VIA_CONTROL && arg >= 0 && arg != t && may_act(c, arg)) {
    o->src_via = DY_VIA_NONE; o->no_src = 1; o->rule = "control-unknown";
  }
  int k;
  if ((k = dy_cl_child(c, t, L->obj)) >= 0 && (o->tgt = actor_in(c, k, 0)) >= 0 && o->tgt != o->src) { o->tgt_arg = k; o->tgt_via = DY_VIA_OBJ; }
  else if ((k = dy_cl_child(c, t, L->iobj)) >= 0 && (o->tgt = actor_in(c, k, 0)) >= 0 && o->tgt != o->src) { o->tgt_arg = k; o->tgt_via = DY_VIA_IOBJ; }
  else o->tgt = -1;
  /* rule whom-object: "Osama bin Laden, whom it blames for the bombings" */
  if (o->tgt < 0 && (k = whom_antecedent(c, t)) >= 0 && c->ment[k] != o->src) {
    o->tgt = c->ment[k]; o->tgt_arg = k; o->tgt_via = DY_VIA_RELCL; o->rule = "whom-object";
  }
  /* object-pronoun: "convicted a Norwegian man of spying and sentenced him
   * to 14 years", "arrested two men and charged them": an object pronoun
   * the actors left unresolved (word set object-pronoun) stands for the
   * object of a verb before it that its clause hangs from */
  if (o->tgt < 0 && (k = dy_cl_child(c, t, L->obj)) >= 0 && c->ment[k] < 0 && c->nd[k].upos == DY_UPOS_PRON &&
      is_word(c, k, DY_WS_OBJ_PRONOUN)) {
    for (int v = c->nd[t].head, d = 0, done = 0; v >= 0 && d < 3 && !done; v = c->nd[v].head, d++) {
      int o2 = dy_cl_child(c, v, L->obj);
      if (o2 >= 0 && o2 < k && o2 != k) {
        int m = actor_in(c, o2, 0);
        /* "him" or "her" stands for a person: not for a thing an actor
         * owns ("accused Obama of supporting Pakistan's agency and urged
         * him") */
        const char *pl = c->nd[k].lemma;
        if (m >= 0 && (!strcmp(pl, "he") || !strcmp(pl, "she")) && c->d->ments[m].poss &&
            (c->ment[o2] < 0 || c->ment[o2] != m)) break;
        if (m >= 0 && m != o->src) { o->tgt = m; o->tgt_arg = o2; o->tgt_via = DY_VIA_OBJ; o->rule = "object-pronoun"; }
        else if (m < 0 && nounish(c, o2) && c->nd[o2].upos != DY_UPOS_PRON) {
          o->tgt = DY_UNRESOLVED; o->tgt_arg = o2; o->tgt_via = DY_VIA_UNKNOWN; o->rule = "object-pronoun";
          return;
        }
        done = 1;
      }
      int lv = c->nd[v].label;
      if (lv != L->conj && lv != L->advcl && lv != L->xcomp) break;
    }
  }
  /* what-object: "condemned what it called Israel's aggression", "denounced
   * what they see as suppression of right-wing leaders, including in
   * Romania": an object "what" whose relative clause names the thing (its
   * object, complement or "as" phrase) is done to the actor that thing's
   * phrase names */
  /* (the parser may hang "what" elsewhere: the word right after the verb) */
  if (o->tgt < 0 && ((k = dy_cl_child(c, t, L->obj)) < 0 || strcmp(dy_cl_word(c, k), "what")) && t + 1 < (int)c->n &&
      !strcmp(dy_cl_word(c, t + 1), "what") && c->nd[t].upos == DY_UPOS_VERB)
    k = t + 1;
  if (o->tgt < 0 && k >= 0 && c->ment[k] < 0 && !strcmp(dy_cl_word(c, k), "what"))
    for (int r = c->fc[k]; r >= 0 && o->tgt < 0; r = c->nx[r]) {
      if (c->nd[r].label != L->acl_relcl || c->nd[r].upos != DY_UPOS_VERB) continue;
      int x = dy_cl_child(c, r, L->obj);
      if (x >= 0 && c->nd[x].upos == DY_UPOS_PRON) x = -1;
      if (x < 0) x = dy_cl_child(c, r, L->xcomp);
      for (int g = c->fc[r]; g >= 0 && x < 0; g = c->nx[g])
        if (c->nd[g].label == L->obl && case_of(c, g) >= 0 && !strcmp(dy_cl_word(c, case_of(c, g)), "as")) x = g;
      int m = x >= 0 ? actor_in(c, x, 0) : -1;
      if (m >= 0 && m != o->src && !generic(c, m)) { o->tgt = m; o->tgt_arg = x; o->tgt_via = DY_VIA_OBJ; o->rule = "what-object"; }
    }
  /* oblique-pronoun: "justified Iran's retaliation ... and offered support
   * to it at international forums like the United Nations": "it" (or a
   * pronoun of word set object-pronoun) after a preposition of the other
   * side ("to", "with", "against", "on", "for"), which the actors left
   * unresolved, stands for the actor the object of a verb before it names,
   * a verb its clause hangs from */
  if (o->tgt < 0)
    for (k = c->fc[t]; k >= 0 && o->tgt < 0; k = c->nx[k]) {
      if (c->nd[k].label != L->obl || c->ment[k] >= 0 || c->nd[k].upos != DY_UPOS_PRON || k < t) continue;
      if (strcmp(c->nd[k].lemma, "it") && !is_word(c, k, DY_WS_OBJ_PRONOUN)) continue;
      int p = case_of(c, k);
      const char *pw = p >= 0 ? dy_cl_word(c, p) : "";
      if (strcmp(pw, "to") && strcmp(pw, "with") && strcmp(pw, "against") && strcmp(pw, "on") && strcmp(pw, "for")) continue;
      int lt = c->nd[t].label;
      for (int v = c->nd[t].head, d = 0; v >= 0 && d < 3 && (lt == L->conj || lt == L->advcl || lt == L->xcomp); v = c->nd[v].head, d++) {
        int o2 = dy_cl_child(c, v, L->obj);
        if (o2 >= 0 && o2 < k) {
          int m = actor_in(c, o2, 0);
          if (m >= 0 && m != o->src && !same_state(c, m, o->src)) {
            o->tgt = m; o->tgt_arg = o2; o->tgt_via = DY_VIA_OBJ; o->prep = p; o->rule = "oblique-pronoun";
          }
          break;
        }
        int lv = c->nd[v].label;
        if (lv != L->conj && lv != L->advcl && lv != L->xcomp) break;
      }
      /* the pronoun is the other side, known or not: no later phrase of
       * where stands in for it */
      if (o->tgt < 0) { o->tgt = DY_UNRESOLVED; o->tgt_arg = k; o->tgt_via = DY_VIA_UNKNOWN; o->prep = p; o->rule = "oblique-pronoun"; }
    }
  /* object-conjunct: "suspended military aid and weapons deals with
   * Pakistan": an object that names no actor shares the phrase of its
   * conjunct */
  if (o->tgt < 0 && (k = dy_cl_child(c, t, L->obj)) >= 0 && actor_in(c, k, 0) < 0)
    for (int g = c->fc[k]; g >= 0 && o->tgt < 0; g = c->nx[g]) {
      /* (a conjunct naming a sector with no state shares it too: "withdraw
       * inspectors and aid workers from Iraq") */
      if (c->nd[g].label != L->conj || c->nd[g].upos != DY_UPOS_NOUN || (c->ment[g] >= 0 && !sector(c, c->ment[g]))) continue;
      int m = oblique(c, g, L->nmod, -1, &prep, &arg, 1);
      if (m >= 0 && m != o->src && !is_word(c, prep, DY_WS_WHERE_PREP)) {
        o->tgt = m; o->tgt_arg = arg; o->tgt_via = DY_VIA_OBJ; o->prep = prep; o->rule = "object-conjunct";
      }
    }
  /* "Obama lifted the US embargo on arms sales to Vietnam": an actor of the
   * source's own state that only modifies a thing as its object is whose
   * the thing is; the side it is done to is named beyond it, by a
   * preposition not of where (rule own-modifier) */
  if (o->tgt >= 0 && o->tgt_via == DY_VIA_OBJ && c->ment[o->tgt_arg] != o->tgt && same_state(c, o->tgt, o->src)) {
    int m = oblique(c, o->tgt_arg, L->nmod, -1, &prep, &arg, 1);
    if (m < 0 || same_state(c, m, o->src)) m = oblique(c, t, L->obl, -1, &prep, &arg, 1);
    if (m < 0 || same_state(c, m, o->src)) { m = object_prep(c, o->tgt_arg, &prep); arg = o->tgt_arg; }
    /* not a phrase of where: "defended US strategy in Afghanistan" is
     * said of the US */
    /* (own-modifier-sector: where the modifier is the source's own code,
     * which would leave the act done to itself, a side named by its sector
     * alone is still the side: "Trump ordered an FBI investigation into
     * allegations against his Supreme Court pick" is done to the court's
     * pick, not to the US government) */
    if (m >= 0 && !same_state(c, m, o->src) && prep >= 0 && !is_word(c, prep, DY_WS_WHERE_PREP) &&
        (!generic(c, m) || !strcmp(c->d->ments[o->tgt].code, c->d->ments[o->src].code))) {
      if (generic(c, m)) o->rule = "own-modifier-sector";
      o->tgt = m; o->tgt_arg = arg; o->tgt_via = DY_VIA_OWN_MOD; o->prep = prep;
    }
  }
  /* "lifted sanctions imposed on Eritrea", "a ban imposed on Chadian
   * citizens": what the object was done to, named by a participle on it
   * (rule object-participle) */
  /* object-relative: a participle on a conjunct of the object ("return
   * weapons and equipment seized from peacekeepers"), one right after the
   * object that the parser hung on the verb, or a relative clause on the
   * object whose subject is the source again or a pronoun no actor stands
   * for ("returned the weapons they seized from the army", "lifted the
   * curfew it had imposed on the towns") names it likewise */
  if (o->tgt < 0 && (k = dy_cl_child(c, t, L->obj)) >= 0 && actor_in(c, k, 0) < 0) {
    int hs[8], nh = 0;
    hs[nh++] = k;
    for (int g = c->fc[k]; g >= 0 && nh < 7; g = c->nx[g])
      if (c->nd[g].label == L->conj && c->nd[g].upos == DY_UPOS_NOUN) hs[nh++] = g;
    hs[nh++] = t;
    /* the last word of the object's phrase (its conjuncts') */
    int last = k;
    for (int j = 0; j < nh - 1; j++) { int a0, a1; dy_phrase_span(c, hs[j], &a0, &a1); if (a1 - 1 > last) last = a1 - 1; }
    for (int i = 0; i < nh && o->tgt < 0; i++)
      for (int g = c->fc[hs[i]]; g >= 0 && o->tgt < 0; g = c->nx[g]) {
        int l = c->nd[g].label, rel = 0;
        if (c->nd[g].upos != DY_UPOS_VERB || g < k) continue;
        if (hs[i] == t) {
          /* the participle right after the object's phrase */
          if (l != L->advcl || g != last + 1 || dy_cl_child(c, g, L->aux) >= 0 || dy_cl_child(c, g, L->mark) >= 0 || dy_cl_child(c, g, L->obj) >= 0) continue;
        } else if (l == L->acl_relcl) {
          int s2 = dy_cl_child(c, g, L->nsubj);
          if (s2 < 0 || dy_cl_child(c, g, L->obj) >= 0 || is_word(c, s2, DY_WS_RELPRON)) continue;
          if (!(c->ment[s2] < 0 ? c->nd[s2].upos == DY_UPOS_PRON : c->ment[s2] == o->src)) continue;
          rel = 1;
        } else if (l != L->acl || (hs[i] == k && i > 0)) continue;
        if (!rel && (!(dy_cl_wclass(c, g) & DY_W_PASTPART) || dy_cl_child(c, g, L->nsubj) >= 0)) continue;
        int m = oblique(c, g, L->obl, -1, &prep, &arg, 1);
        /* ("the closure it had imposed on the towns" read with "had" as the
         * clause's verb and the participle its complement) */
        int x2 = rel && m < 0 ? dy_cl_child(c, g, L->xcomp) : -1;
        if (x2 >= 0 && dy_cl_child(c, x2, L->obj) < 0) m = oblique(c, x2, L->obl, -1, &prep, &arg, 1);
        /* (the new readings not by a phrase of where: "freed the journalists
         * it detained in Lebanon" names where, not whom) */
        if (m >= 0 && m != o->src && !by_phrase(c, arg) && (!(i > 0 || rel) || !is_word(c, prep, DY_WS_WHERE_PREP))) {
          o->tgt = m; o->tgt_arg = arg; o->tgt_via = DY_VIA_OBJ_PART; o->prep = prep;
          if (i > 0 || rel) o->rule = "object-relative";
        }
      }
  }
  /* "extradited a militant to Britain", "deported migrants to Honduras":
   * a verb of handing over is done to whom it hands over to (rule
   * recipient) */
  {
    /* participle-recipient: "Iran supported Pakistan in its conflicts,
     * supplying weapons and fuel": a participle of handing over after a
     * comma, with a thing or people of no state as its object ("sending
     * doctors") and no "to" phrase, hands it to the object of the verb it
     * elaborates */
    int h = c->nd[t].head;
    if ((o->tgt < 0 || (o->tgt_via == DY_VIA_OBJ && sector(c, o->tgt) && strcmp(c->d->ments[o->tgt].code, "MIL"))) && h >= 0 && h < t && c->nd[t].label == L->advcl && (dy_cl_wclass(c, t) & DY_W_ING) && t > 0 &&
        !strcmp(dy_cl_word(c, t - 1), ",") && dy_coder_word(c->m, DY_WS_RECIPIENT, c->nd[t].lemma) >= 0 &&
        dy_cl_child(c, t, L->mark) < 0 && dy_cl_child(c, t, L->nsubj) < 0) {
      int to = dy_cl_child(c, t, L->obj), ho = dy_cl_child(c, h, L->obj);
      int hm = ho >= 0 ? actor_in(c, ho, 0) : -1;
      int tm = to > t ? actor_in(c, to, 0) : -1;
      if (to > t && (tm < 0 || (sector(c, tm) && strcmp(c->d->ments[tm].code, "MIL"))) && c->nd[to].upos == DY_UPOS_NOUN && hm >= 0 && hm != o->src &&
          !generic(c, hm) && (o->src < 0 || c->d->ments[hm].group != c->d->ments[o->src].group)) {
        o->tgt = hm; o->tgt_arg = ho; o->tgt_via = DY_VIA_RECIPIENT; o->prep = -1; o->rule = "participle-recipient";
      }
    }
  }
  {
    int cjn = 0, unk = -1, up = -1, m = recipient(c, t, o->src, &prep, &arg, &cjn, &unk, &up);
    if (m >= 0 && (o->tgt < 0 || generic(c, o->tgt) || !generic(c, m))) {
      o->tgt = m; o->tgt_arg = arg; o->tgt_via = DY_VIA_RECIPIENT; o->prep = prep;
      if (cjn) o->rule = "recipient-conjunct";
    }
    /* recipient-unknown: "providing consular assistance to the man's family
     * through the Australian Embassy": a "to" phrase that names no actor
     * is still whom the thing is handed to; an actor met elsewhere in the
     * object's phrase is not */
    else if (m < 0 && unk >= 0 && (o->tgt < 0 || (o->tgt_via == DY_VIA_OBJ && c->ment[o->tgt_arg] != o->tgt))) {
      o->tgt = DY_UNRESOLVED; o->tgt_arg = unk; o->tgt_via = DY_VIA_UNKNOWN; o->prep = up; o->rule = "recipient-unknown";
      return;
    }
  }
  /* "withdraw its troops from Lebanon": a state named by a preposition
   * rather than a sector with no state as the object */
  if (o->tgt < 0 || generic(c, o->tgt)) {
    int m = oblique(c, t, L->obl, -1, &prep, &arg, 1);
    /* rule protect-from: "to protect civilians from Gaddafi's forces": the
     * "from" phrase of a verb of word set protect-verb is the threat, not
     * the side protected */
    if (m >= 0 && !strcmp(dy_cl_word(c, prep), "from") && dy_coder_word(c->m, DY_WS_PROTECT, c->nd[t].lemma) >= 0) {
      if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule protect-from [%s]: not %s\n", c->nd[t].lemma, c->d->ments[m].code);
      m = -1;
    }
    if (m >= 0 && m != o->src && (o->tgt < 0 || !generic(c, m))) { o->tgt = m; o->tgt_arg = arg; o->tgt_via = DY_VIA_OBL; o->prep = prep; }
  }
  /* (rule sector-phrase) "will not accept refugees from Afghanistan": a
   * state named after a sector with no state as the object, where they
   * come from; where people are sent to leaves them the target ("deported
   * migrants to Peru") */
  if (o->tgt >= 0 && sector(c, o->tgt) && o->tgt_via == DY_VIA_OBJ && c->ment[o->tgt_arg] == o->tgt) {
    int a = sector_phrase(c, t, o->tgt_arg, &prep), m = a >= 0 ? actor_in(c, a, 0) : -1;
    if (m >= 0 && (strcmp(dy_cl_word(c, prep), "from") || dy_coder_word(c->m, DY_WS_PROTECT, c->nd[t].lemma) >= 0)) m = -1;
    if (m >= 0 && m != o->src && !generic(c, m)) { o->tgt = m; o->tgt_arg = a; o->tgt_via = DY_VIA_OBL; o->prep = prep; o->rule = "sector-phrase"; }
  }
  if (o->tgt >= 0 && !generic(c, o->tgt)) return;
  int gen = o->tgt, garg = o->tgt_arg;
  uint8_t gvia = o->tgt_via;
  o->tgt = -1;
  /* "reiterated its demand that Israel ease restrictions", "insisted on
   * its demands that the government grant ...": a demand noun's "that"
   * clause names who is to act (rule demand-clause) */
  for (int a = c->fc[t]; a >= 0; a = c->nx[a]) {
    if ((c->nd[a].label != L->obj && c->nd[a].label != L->obl) || dy_coder_word(c->m, DY_WS_DEMAND_NOUN, c->nd[a].lemma) < 0) continue;
    int m = demand_clause(c, a);
    if (m >= 0 && m != o->src && !generic(c, m)) { o->tgt = m; o->tgt_arg = a; o->tgt_via = DY_VIA_DEMAND; return; }
  }
  /* "lifted a blockade on Palestinian lorries", "lifted restrictions
   * between it and Israel": an object that names no actor in its own
   * phrase, however the parser hung the phrase after it (rule object-prep) */
  if ((k = dy_cl_child(c, t, L->obj)) >= 0 && actor_in(c, k, 0) < 0) {
    int m = object_prep(c, k, &prep);
    if (m >= 0 && m != o->src && !generic(c, m)) { o->tgt = m; o->tgt_arg = k; o->tgt_via = DY_VIA_OBJ_PREP; o->prep = prep; return; }
  }
  /* "demanded that Israel withdraw", "said Libya must hand over"; but "said
   * Israel had acted" reports Israel's act, it is nothing done to Israel */
  if ((k = dy_cl_child(c, t, L->ccomp)) >= 0 && (!(dy_cl_wclass(c, t) & DY_W_SAY) || dy_deontic(c, k))) {
    int s = dy_cl_child(c, k, L->nsubj);
    if (s < 0) s = dy_cl_child(c, k, L->nsubj_pass);
    int m = s >= 0 ? actor_in(c, s, 0) : -1;
    /* rule own-state-complement: "Kenyatta vowed that Kenya would not
     * withdraw": the source's own state (or the source itself) as the
     * complement's subject is no target of its statement */
    if (m >= 0 && o->src >= 0 && m != o->src) {
      const char *sc = c->d->ments[o->src].code, *mc = c->d->ments[m].code;
      if (!strcmp(sc, mc) || (strlen(mc) == 3 && strlen(sc) >= 3 && !strncmp(sc, mc, 3))) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule own-state-complement: %s, not a target of %s\n", mc, sc);
        m = -1;
        s = -1;
      }
    }
    if (m >= 0 && m != o->src && !generic(c, m)) { o->tgt = m; o->tgt_arg = s; o->tgt_via = DY_VIA_CCOMP; return; }
    /* control-unknown: "demanded that the junta release President
     * Bazoum": the one a demand is made of, though no actor the
     * dictionaries know, not the one it is for */
    if (m < 0 && s >= 0 && s > t && may_act(c, s) && !(dy_cl_wclass(c, t) & DY_W_SAY)) {
      o->tgt = DY_UNRESOLVED; o->tgt_arg = s; o->tgt_via = DY_VIA_UNKNOWN; o->no_tgt = 1; o->rule = "control-unknown";
      return;
    }
  }
  /* "agreed to lift embargoes on sales to Iran": the inner verb's object;
   * not that of what an appeal asks of one it names, a side the
   * dictionaries do not know ("called on the junta to release him": the
   * junta, not the one released, is appealed to; rule appeal-addressee) */
  int ad = dy_appeal_addressee(c, t);
  if ((k = dy_cl_child(c, t, L->xcomp)) >= 0 && ad >= 0 && c->nd[ad].upos != DY_UPOS_PRON && actor_in(c, ad, 0) < 0) {
    o->rule = "appeal-addressee";
    o->no_tgt = 1;
    o->tgt = DY_UNRESOLVED; o->tgt_arg = ad; o->tgt_via = DY_VIA_UNKNOWN;
    return;
  }
  if ((k = dy_cl_child(c, t, L->xcomp)) >= 0) {
    int j = dy_cl_child(c, k, L->obj);
    int m = j >= 0 ? actor_in(c, j, 0) : -1;
    if (m < 0 || m == o->src || generic(c, m)) {
      int pj = -1, mm = oblique(c, k, L->obl, -1, &prep, &pj, 1);
      if (mm >= 0 && mm != o->src && (m < 0 || m == o->src || !generic(c, mm))) { m = mm; j = pj; o->prep = prep; }
    }
    if (m >= 0 && m != o->src && !generic(c, m)) { o->tgt = m; o->tgt_arg = j; o->tgt_via = DY_VIA_XCOMP; return; }
  }
  /* own-forces: "withdraw its troops from Abyei": a sector with no state
   * that a possessive pronoun makes the source's own is no target; a name
   * the dictionaries do not know in a target phrase of the verb is */
  if (gen >= 0 && garg >= 0 && gvia == DY_VIA_OBJ && c->ment[garg] == gen) {
    int pp = dy_cl_child(c, garg, L->nmod_poss);
    if (pp >= 0 && c->nd[pp].upos == DY_UPOS_PRON && c->ment[pp] < 0)
      for (int a = c->fc[t]; a >= 0; a = c->nx[a]) {
        int p = c->nd[a].label == L->obl ? case_of(c, a) : -1;
        if (p < 0 || prep_rank(c, p) < 0 || is_word(c, p, DY_WS_WHERE_PREP) || !unknown_actor(c, a)) continue;
        o->tgt = DY_UNRESOLVED; o->tgt_arg = a; o->tgt_via = DY_VIA_UNKNOWN; o->prep = p; o->rule = "own-forces";
        return;
      }
  }
  /* as-role-of: "resigned as president of Indonesia", "stepped down as
   * head of the football federation": an "as" phrase names an office, and
   * the side whose office it is is what the act is done to; with an
   * object, the "as" phrase says what the object is taken for
   * ("condemned the strikes as a violation of Yemen's sovereignty"), no
   * office */
  if (gen < 0 && dy_cl_child(c, t, L->obj) < 0)
    for (int a = c->fc[t]; a >= 0; a = c->nx[a]) {
      int p = c->nd[a].label == L->obl && a > t ? case_of(c, a) : -1;
      if (p < 0 || strcmp(dy_cl_word(c, p), "as")) continue;
      for (int b = c->fc[a]; b >= 0; b = c->nx[b]) {
        int q = c->nd[b].label == L->nmod && b > a ? case_of(c, b) : -1;
        if (q < 0 || strcmp(dy_cl_word(c, q), "of")) continue;
        int m = actor_in(c, b, 0);
        if (m >= 0 && m != o->src) { o->tgt = m; o->tgt_arg = b; o->tgt_via = DY_VIA_NMOD; o->prep = q; o->rule = "as-role-of"; return; }
      }
      break;
    }
  /* nothing better than a sector with no state */
  if (gen >= 0) { o->tgt = gen; o->tgt_arg = garg; o->tgt_via = gvia; }
}

void dy_phrase_span(const dy_clause *c, int a, int *t0, int *t1) {
  const dy_labels *L = &c->m->L;
  int lo = a, hi = a;
  for (int k = c->fc[a]; k >= 0; k = c->nx[k]) {
    int l = c->nd[k].label;
    if (l != L->compound && l != L->flat && l != L->amod && l != L->nmod_poss && l != L->det && l != L->nummod) continue;
    int x0, x1;
    dy_phrase_span(c, k, &x0, &x1);
    if (x0 < lo) lo = x0;
    if (x1 - 1 > hi) hi = x1 - 1;
  }
  *t0 = lo;
  *t1 = hi + 1;
}

/* May argument head a stand for an actor the dictionaries do not know? A
 * proper noun, or a noun with a proper-noun modifier ("the union executive
 * committee" no; "the Kenya Anti-Corruption Commission" yes). */
static int unknown_actor(const dy_clause *c, int a) {
  if (a < 0 || c->ment[a] >= 0) return 0;
  const dy_labels *L = &c->m->L;
  int l = c->nd[a].label;
  /* "on Tuesday", "last month": a time, not a side */
  if (l == L->obl_tmod || l == L->nmod_tmod || l == L->obl_npmod || l == L->nmod_npmod ||
      (dy_cl_wclass(c, a) & DY_W_DATE))
    return 0;
  /* "Hurricane Dorian pounded the Bahamas", "Cyclone Idai battered Beira":
   * a natural force or an accident acts, but is no side (word set hazard) */
  if (dy_coder_word(c->m, DY_WS_HAZARD, c->nd[a].lemma) >= 0) return 0;
  for (int k = c->fc[a]; k >= 0; k = c->nx[k])
    if (k < a && dy_coder_word(c->m, DY_WS_HAZARD, c->nd[k].lemma) >= 0) return 0;
  if (c->nd[a].upos == DY_UPOS_PROPN) return 1;
  if (c->nd[a].upos != DY_UPOS_NOUN) return 0;
  /* "diamond merchant Nirav Modi" read as "merchant" with the name in apposition */
  for (int k = c->fc[a]; k >= 0; k = c->nx[k])
    if (k == a + 1 && c->nd[k].label == L->appos && c->nd[k].upos == DY_UPOS_PROPN && c->ment[k] < 0) return 1;
  /* a noun with a capitalised modifier: "an Arab country", "the Kenya Anti-Corruption Commission" */
  for (int k = c->fc[a]; k >= 0; k = c->nx[k])
    if (k < a && (c->nd[k].upos == DY_UPOS_PROPN || c->nd[k].label == L->compound || c->nd[k].label == L->amod) &&
        c->ment[k] < 0 && (c->d->toks[c->t0 + k].flags & DY_TOK_UPPER) && k > 0)
      return 1;
  return 0;
}

/* The argument head of the other side when no known actor was found: the
 * object, else an oblique with a target preposition. */
static int unknown_target(const dy_clause *c, int t, int *prep) {
  const dy_labels *L = &c->m->L;
  int k = dy_cl_child(c, t, L->obj);
  if (k >= 0) return unknown_actor(c, k) ? k : -1;
  int best = -1, brank = 1 << 30;
  for (k = c->fc[t]; k >= 0; k = c->nx[k]) {
    int l = c->nd[k].label;
    if (l != L->obl && l != L->nmod) continue;
    int p = case_of(c, k);
    int r = p >= 0 ? prep_rank(c, p) : -1;
    if (r < 0 || !unknown_actor(c, k)) continue;
    if (r < brank) { brank = r; best = k; *prep = p; }
  }
  return best;
}

/* A noun phrase that can name an uncoded side: no pronoun, no time. */
static int nounish(const dy_clause *c, int a) {
  const dy_labels *L = &c->m->L;
  int l = c->nd[a].label, u = c->nd[a].upos;
  if (u != DY_UPOS_NOUN && u != DY_UPOS_PROPN) return 0;
  if (l == L->obl_tmod || l == L->nmod_tmod || l == L->obl_npmod || l == L->nmod_npmod) return 0;
  return !(dy_cl_wclass(c, a) & DY_W_DATE);
}

/* A nominal "against" phrase after the thing o, on o or on the verb t; an
 * inquiry noun's "into" phrase, or the "against" phrase inside it. -1 when
 * none. (A verb with a case marker is the parser's reading of a noun:
 * "allegations against his Supreme Court pick".) */
static int against_phrase(const dy_clause *c, int o, int t) {
  const dy_labels *L = &c->m->L;
  int inq = dy_coder_word(c->m, DY_WS_INQUIRY, c->nd[o].lemma) >= 0, into = -1;
  for (int pass = 0; pass < 2; pass++)
    for (int a = c->fc[pass ? t : o]; a >= 0; a = c->nx[a]) {
      if (a <= o) continue;
      int l = c->nd[a].label;
      if (pass ? l != L->obl : (l != L->nmod && l != L->acl)) continue;
      int p = case_of(c, a);
      if (p < 0 || p < o) continue;
      if (!nounish(c, a) && !(c->nd[a].upos == DY_UPOS_VERB && l == L->acl)) continue;
      if (!strcmp(dy_cl_word(c, p), "against")) return a;
      if (inq && into < 0 && !strcmp(dy_cl_word(c, p), "into")) into = a;
    }
  if (into < 0) return -1;
  for (int a = c->fc[into]; a >= 0; a = c->nx[a]) {
    int p = (c->nd[a].label == L->nmod || c->nd[a].label == L->acl) && a > into ? case_of(c, a) : -1;
    if (p >= 0 && !strcmp(dy_cl_word(c, p), "against") && (nounish(c, a) || c->nd[a].upos == DY_UPOS_VERB)) return a;
  }
  return into;
}

/* sector-phrase: "refused to send peacekeepers to Darfur", "is willing to
 * withdraw its troops from Abyei", "will not accept refugees from
 * Afghanistan": forces or people with no state (a sector with none, or the
 * source's own by a possessive pronoun) as the object o of verb v are not
 * what the act is done to; a phrase after them of where they are sent,
 * kept or taken from (word set sector-prep), on the verb or on the object,
 * is. -1 when none; sets *prep. */
static int sector_phrase(const dy_clause *c, int v, int o, int *prep) {
  const dy_labels *L = &c->m->L;
  if (o < 0) return -1;
  int pp = dy_cl_child(c, o, L->nmod_poss);
  int own = pp >= 0 && c->nd[pp].upos == DY_UPOS_PRON && c->ment[pp] < 0;
  if (!(c->ment[o] >= 0 && sector(c, c->ment[o]) && (own || c->nd[o].upos == DY_UPOS_NOUN))) return -1;
  for (int pass = 0; pass < 2; pass++)
    for (int a = c->fc[pass ? o : v]; a >= 0; a = c->nx[a]) {
      if (a <= o || c->nd[a].label != (pass ? L->nmod : L->obl) || !nounish(c, a)) continue;
      int p = case_of(c, a);
      if (p < 0 || !is_word(c, p, DY_WS_SECTOR_PREP)) continue;
      if (c->ment[a] >= 0 && sector(c, c->ment[a])) continue;
      *prep = p;
      return a;
    }
  return -1;
}

int dy_patient(const dy_clause *c, const dy_cand *k, int *prep, const char **rule) {
  const dy_labels *L = &c->m->L;
  if (k->nominal || k->passive) return -1;
  int t = k->trig;
  if (c->nd[t].label == L->cop && c->nd[t].head >= 0) t = c->nd[t].head;
  int o = dy_cl_child(c, t, L->obj);
  if (o >= 0 && !nounish(c, o)) return -1;
  int x = dy_cl_child(c, t, L->xcomp), sp = sector_phrase(c, t, o, prep);
  if (sp < 0 && o < 0 && x >= 0) sp = sector_phrase(c, x, dy_cl_child(c, x, L->obj), prep);
  if (sp >= 0) { *rule = "sector-phrase"; return sp; }
  /* "issued an arrest warrant against Nirav Modi", "imposed sanctions on
   * Rusal": a thing as the object, a name the dictionaries do not know in
   * its target phrase, is what the act is done to (rule object-prep) */
  /* (the parser reads the second noun of "an arrest warrant" as a verb on
   * the first: its phrases are the object's) */
  int w = o >= 0 && o + 1 < (int)c->n && c->nd[o + 1].head == o && c->nd[o + 1].label == L->acl ? o + 1 : -1;
  for (int pass = 0; pass < 2 && o >= 0 && c->ment[o] < 0; pass++)
    for (int a = pass ? (w >= 0 ? c->fc[w] : -1) : c->fc[o]; a >= 0; a = c->nx[a]) {
      int p = c->nd[a].label == (pass ? L->obl : L->nmod) && a > o ? case_of(c, a) : -1;
      if (p < 0 || prep_rank(c, p) < 0 || !strcmp(dy_cl_word(c, p), "of") || is_word(c, p, DY_WS_WHERE_PREP)) continue;
      if (unknown_actor(c, a)) { *prep = p; return a; }
    }
  /* against-phrase: "opened fraud investigations against 15 executives",
   * "launched an operation against militants": a thing as the object, its
   * "against" phrase (on the object or on the verb) is whom the act is
   * done to; an inquiry noun's "into" phrase is what it looks into
   * ("ordered an investigation into the sinking of the ferry"), and an
   * "against" phrase inside that is whom ("an investigation into the
   * allegations against his nominee") */
  if (o >= 0 && c->ment[o] < 0) {
    int a = against_phrase(c, o, t);
    if (a >= 0) { *prep = case_of(c, a); *rule = "against-phrase"; return a; }
  }
  if (o >= 0) return o;
  if (x >= 0 && (o = dy_cl_child(c, x, L->obj)) >= 0) return nounish(c, o) ? o : -1;
  int best = -1, brank = 1 << 30;
  for (int a = c->fc[t]; a >= 0; a = c->nx[a]) {
    if (c->nd[a].label != L->obl || !nounish(c, a)) continue;
    int p = case_of(c, a), r = p >= 0 ? prep_rank(c, p) : -1;
    if (r >= 0 && r < brank) { brank = r; best = a; *prep = p; }
  }
  return best;
}

int dy_actor_in(const dy_clause *c, int a) { return actor_in(c, a, 0); }

int dy_verb_object(const dy_clause *c, int v) {
  int ob = dy_cl_child(c, v, c->m->L.obj);
  return ob >= 0 ? ob : whom_antecedent(c, v);
}

/* rule locative-agent: is mention m reached from trigger t through the
 * "by" phrase of a phrase of where or what in that names no actor ("vowed
 * revenge in a videotape broadcast by Al Jazeera")? */
int dy_locative_agent(const dy_clause *c, int t, int m) {
  for (int x = 0; x < (int)c->n; x++) {
    if (c->ment[x] != m || (c->nd[x].head >= 0 && c->ment[c->nd[x].head] == m)) continue;
    int by = 0;
    for (int v = x, d = 0; v >= 0 && v != t && d < 8; v = c->nd[v].head, d++) {
      if (by_phrase(c, v)) by = 1;
      else if (by && c->nd[v].head == t && c->ment[v] < 0 && dy_locative(c, v)) return 1;
    }
  }
  return 0;
}

int dy_border_neighbour(const dy_clause *c, int m) {
  for (int x = 0; x < (int)c->n; x++)
    if (c->ment[x] == m && border_neighbour(c, x)) return 1;
  return 0;
}

int dy_place_target(const dy_clause *c, const dy_cand *k) {
  const dy_labels *L = &c->m->L;
  const dy_doc *d = c->d;
  int best = -1, bdepth = 99;
  for (uint32_t i = d->sents[c->s].place0; i < d->sents[c->s].place1; i++) {
    const dy_place *p = &d->places[i];
    if (p->actor || !p->cc3[0] || !strncmp(p->feature, "PCL", 3)) continue;
    if (p->tok1 <= c->t0 || p->tok1 - 1 - c->t0 >= c->n) continue;
    int v = (int)(p->tok1 - 1 - c->t0), prev = -1, depth = 0;
    if (c->ment[v] >= 0) continue;
    while (v >= 0 && v != k->trig && depth < 6) { prev = v; v = c->nd[v].head; depth++; }
    if (v != k->trig || prev < 0 || prev == k->src_arg) continue;
    /* border-neighbour: "at the border with Turkey" does not put the act in Turkey */
    int nb = 0;
    for (int x = (int)(p->tok1 - 1 - c->t0), dd = 0; x >= 0 && x != k->trig && dd < 6 && !nb; x = c->nd[x].head, dd++) nb = border_neighbour(c, x);
    if (nb) continue;
    int l = c->nd[prev].label;
    if (l != L->obj && l != L->obl && l != L->nmod && l != L->iobj) continue;
    if (l != L->obj && l != L->iobj) {
      int cs = case_of(c, prev);
      if (cs >= 0 && prep_rank(c, cs) < 0) continue;
    }
    if (depth < bdepth) { bdepth = depth; best = (int)i; }
  }
  return best;
}

/* Is the subject of t "both" or "they" with no actor of its own? "they"
 * only when no governing clause names who they are ("the rebels said
 * they will release": the rebels), found is whether one did. */
static int pair_subject(const dy_clause *c, int t, int found) {
  int s = dy_cl_child(c, t, c->m->L.nsubj);
  /* "during which both agreed": the relative pronoun as subject, "both" beside it */
  if (s >= 0 && !is_word(c, s, DY_WS_RELPRON)) {
    const char *w = dy_cl_word(c, s);
    /* (not "they" in a relative clause on a thing: "returned the weapons
     * they seized" names no pair) */
    return c->ment[s] < 0 && (!strcmp(w, "both") || (!strcmp(w, "they") && !found && c->nd[t].label != c->m->L.acl_relcl));
  }
  /* "during which both agreed": "both" as a modifier of the verb */
  for (int k = c->fc[t]; k >= 0; k = c->nx[k])
    if (k < t && !strcmp(dy_cl_word(c, k), "both")) return 1;
  return 0;
}

/* Is mention m reached from trigger t only through a participle or its
 * "by" phrase ("a ceasefire brokered by the United States")? Such a side
 * did something else; it is not what the trigger's act is done to. */
static int through_agent(const dy_clause *c, int t, int m) {
  for (int x = 0; x < (int)c->n; x++) {
    if (c->ment[x] != m) continue;
    for (int v = x, d = 0; v >= 0 && v != t && d < 8; v = c->nd[v].head, d++)
      if (c->nd[v].label == c->m->L.acl || c->nd[v].label == c->m->L.acl_relcl || by_phrase(c, v)) return 1;
  }
  return 0;
}

/* rule co-agents-beneficiary: "China, Saudi Arabia and the United Arab
 * Emirates, which agreed to roll over loans to help Pakistan": partners
 * whose complement has them help a third side (word set beneficiary: the
 * object of its verb, within four clauses down) act together on that side,
 * not on each other; the third side's mention, or -1 */
static int complement_beneficiary(const dy_clause *c, int t, int src, int co) {
  const dy_labels *L = &c->m->L;
  int q[32], nq = 0, depth[32];
  for (int k = c->fc[t]; k >= 0 && nq < 32; k = c->nx[k])
    if (c->nd[k].label == L->xcomp) { q[nq] = k; depth[nq++] = 0; }
  for (int h = 0; h < nq; h++) {
    int v = q[h];
    /* "agreed to act more closely to help African states": acting with
     * each other (word set jointly) is on each other */
    for (int k = c->fc[v]; k >= 0; k = c->nx[k])
      if (c->nd[k].label == L->advmod && dy_coder_word(c->m, DY_WS_JOINTLY, c->nd[k].lemma) >= 0) return -1;
    if (dy_coder_word(c->m, DY_WS_BENEFICIARY, c->nd[v].lemma) >= 0) {
      int ob = dy_cl_child(c, v, L->obj);
      int m = ob >= 0 ? actor_in(c, ob, 0) : -1;
      if (m >= 0 && m != src && m != co && !generic(c, m) && strncmp(c->d->ments[m].code, c->d->ments[src].code, 3) &&
          strncmp(c->d->ments[m].code, c->d->ments[co].code, 3) && c->d->ments[m].group != c->d->ments[src].group)
        return m;
    }
    if (depth[h] >= 4) continue;
    for (int k = c->fc[v]; k >= 0 && nq < 32; k = c->nx[k])
      if (c->nd[k].label == L->xcomp || c->nd[k].label == L->advcl || c->nd[k].label == L->conj) { q[nq] = k; depth[nq++] = depth[h] + 1; }
  }
  return -1;
}

void dy_coagent(const dy_clause *c, dy_cand *o) {
  /* a target named by the object itself stays; one found through a
   * preposition or deeper in the object yields to the co-agent ("Israel and
   * Lebanon renewed negotiations on an Israeli pullback"); an event noun
   * has none ("the Israeli and U.S. attacks on Iran": "between" names its
   * two sides) */
  if (o->src < 0 || o->passive || o->nominal) return;
  if ((o->tgt_via == DY_VIA_OBJ || o->tgt_via == DY_VIA_IOBJ) && o->tgt_arg >= 0 && c->ment[o->tgt_arg] == o->tgt) return;
  int co = -1, coarg = -1, a = o->src_arg;
  /* "Jeremy Hunt, the Foreign Secretary, dismissed": a conjunct with no
   * "and" or "or" in its list is the parser's reading of an apposition,
   * the same side (rule appos-not-coagent) */
  int listed = 0;
  for (int k = a >= 0 ? c->fc[a] : -1; k >= 0 && !listed; k = c->nx[k])
    if (c->nd[k].label == c->m->L.conj) listed = dy_cl_child(c, k, c->m->L.cc) >= 0;
  for (int k = a >= 0 && listed ? c->fc[a] : -1; k >= 0 && co < 0; k = c->nx[k])
    if (c->nd[k].label == c->m->L.conj) {
      int mm = actor_in(c, k, 0);
      if (mm >= 0 && mm != o->src) { co = mm; coarg = k; }
    }
  /* the two joined in one mention group ("Iran and Pakistan") */
  for (uint32_t mm = c->m0; mm < c->m1 && co < 0; mm++)
    if ((int)mm != o->src && c->d->ments[mm].group == c->d->ments[o->src].group && c->d->ments[mm].sent == c->s &&
        strcmp(c->d->ments[mm].code, c->d->ments[o->src].code))
      co = (int)mm;
  if (co < 0) return;
  if (getenv("DYAD_TRACE")) fprintf(stderr, "    co-agent [%s]: src %s co %s (arg %d)\n", c->nd[o->trig].lemma, c->d->ments[o->src].code, c->d->ments[co].code, coarg);
  int th = o->tgt < 0 ? complement_beneficiary(c, o->trig, o->src, co) : -1;
  if (th >= 0) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule co-agents-beneficiary [%s]: %s\n", c->nd[o->trig].lemma, c->d->ments[th].code);
    o->tgt = th; o->tgt_arg = -1; o->tgt_via = DY_VIA_XCOMP; o->prep = -1; o->rule = "co-agents-beneficiary";
    return;
  }
  if (o->tgt >= 0 && o->tgt_via != DY_VIA_COAGENT && !through_agent(c, o->trig, o->tgt)) { o->alt_tgt = o->tgt; o->alt_arg = o->tgt_arg; o->alt_via = o->tgt_via; o->alt_prep = o->prep; }
  o->tgt = co; o->tgt_arg = coarg; o->tgt_via = DY_VIA_COAGENT; o->prep = -1;
}

void dy_unknown_source(const dy_clause *c, dy_cand *o) {
  if (o->src != -1 || o->tgt < 0 || o->passive || o->nominal) return;
  int s = dy_cl_child(c, o->trig, c->m->L.nsubj);
  /* rule prep-subject: a subject with a preposition of its own ("Police
   * in Los Angeles have launched" parsed with "Los Angeles" the subject) is
   * a phrase of where the parser misread, no unknown actor */
  if (s >= 0 && dy_cl_child(c, s, c->m->L.case_) >= 0) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "    rule prep-subject: %s\n", dy_cl_word(c, s));
    return;
  }
  if (s >= 0 && unknown_actor(c, s)) { o->src = DY_UNRESOLVED; o->src_arg = s; o->src_via = DY_VIA_UNKNOWN; }
}

int dy_plan_noun(const dy_clause *c, int t) {
  if (t < 2 || c->nd[t].upos != DY_UPOS_VERB || strcmp(dy_cl_word(c, t - 1), "to") || c->nd[t - 1].head != t) return -1;
  const dy_labels *L = &c->m->L;
  int nn = t - 2;
  /* "the stated goal of both governments to increase trade": the noun
   * before "to" is the owner's, in an "of" or "by" phrase on the plan noun */
  if (c->nd[nn].label == L->nmod && c->nd[nn].head >= 0 && c->nd[nn].head < nn && case_of(c, nn) >= 0) {
    const char *p = dy_cl_word(c, case_of(c, nn));
    if (!strcmp(p, "of") || !strcmp(p, "by")) nn = c->nd[nn].head;
  }
  if (c->nd[nn].upos != DY_UPOS_NOUN || dy_coder_word(c->m, DY_WS_PLAN_NOUN, c->nd[nn].lemma) < 0) return -1;
  /* the verb hangs from the noun or from a word the noun hangs from (the
   * parser's "pushed back against plans, to seize"), or the noun from the
   * verb ("the goal ... to increase" read as its subject) */
  for (int v = nn, d = 0; v >= 0 && d < 6; v = c->nd[v].head, d++)
    if (v == c->nd[t].head || v == t) return nn;
  return -1;
}

/* plan-noun: the owner of plan noun nn, the actor that modifies it ("Netanyahu's
 * plans", "Israeli plans") or the subject of a verb of word set plan-owner
 * it is the object of ("announced plans to"); -1 when none is named. */
static int plan_owner(const dy_clause *c, int nn, uint8_t *via, int *arg) {
  const dy_labels *L = &c->m->L;
  for (int k = c->fc[nn]; k >= 0; k = c->nx[k]) {
    int l = c->nd[k].label;
    if (k < nn && (l == L->nmod_poss || l == L->amod || l == L->compound) && c->ment[k] >= 0) {
      *via = l == L->nmod_poss ? DY_VIA_POSS : DY_VIA_MOD; *arg = k;
      return c->ment[k];
    }
  }
  /* "the goal of both governments", "a plan by Israel" */
  for (int k = c->fc[nn]; k >= 0; k = c->nx[k]) {
    int p = c->nd[k].label == L->nmod && k > nn ? case_of(c, k) : -1;
    if (p < 0 || (strcmp(dy_cl_word(c, p), "of") && strcmp(dy_cl_word(c, p), "by"))) continue;
    int m = actor_in(c, k, 0);
    if (m >= 0) { *via = DY_VIA_NMOD; *arg = k; return m; }
  }
  int h = c->nd[nn].head;
  if (h >= 0 && c->nd[nn].label == L->obj && dy_coder_word(c->m, DY_WS_PLAN_OWNER, c->nd[h].lemma) >= 0) return subject(c, h, 0, via, arg);
  return -1;
}

/* Is mention m, with the trigger t after it, inside the sentence's fronted
 * phrase (from an opening preposition to the first comma: "After a meeting
 * with Pakistani Foreign Minister Ishaq Dar, US Secretary of State Marco
 * Rubio praised ...")? Returns the comma's token, else -1. */
static int in_fronted(const dy_clause *c, int m, int t) {
  const dy_sent *se = &c->d->sents[c->s];
  if (se->body0 < c->t0 || se->body0 - c->t0 >= c->n) return -1;
  int b = (int)(se->body0 - c->t0), comma = -1;
  if (!(dy_cl_wclass(c, b) & DY_W_PREP)) return -1;
  for (int q = b + 1; q < t && comma < 0; q++)
    if (!strcmp(dy_cl_word(c, q), ",")) comma = q;
  if (comma < 0) return -1;
  /* "At a summit between Russia, Iran and Turkey on Friday, President
   * Vladimir Putin rejected": a comma of a list inside the phrase does not
   * end it; the phrase ends at the last comma before the trigger that an
   * actor follows before it (rule fronted-list) */
  for (int q = t - 1, seen = 0; q > comma; q--) { /* seen: an actor after q, before the trigger */
    if (seen && !strcmp(dy_cl_word(c, q), ",")) { comma = q; break; }
    if (c->ment[q] >= 0 && c->ment[q] != m && !generic(c, c->ment[q])) seen = 1;
  }
  const dy_mention *mm = &c->d->ments[m];
  return mm->tok0 >= c->t0 + (uint32_t)b && mm->tok1 <= c->t0 + (uint32_t)comma ? comma : -1;
}

/* Clause, pronoun and embedding rules over the roles a verb's parse gave
 * (each sets o->rule): plan-noun, fronted-subject, with-absolute,
 * finite-conjunct, control-pronoun, object-clause, reduced-participle. */
static void roles_clause(const dy_clause *c, int t, dy_cand *o) {
  const dy_labels *L = &c->m->L;
  int h = c->nd[t].head, l = c->nd[t].label, arg = -1;
  uint8_t via = DY_VIA_NONE;
  /* plan-noun: "Israel's military chief has pushed back against Benjamin
   * Netanyahu's plans to seize areas of Gaza": the plan's owner intends
   * the act; the clause's subject does not do it */
  int nn = dy_plan_noun(c, t);
  if (nn >= 0) {
    int s = plan_owner(c, nn, &via, &arg);
    o->rule = "plan-noun";
    if (s >= 0 && s != o->tgt) { o->src = s; o->src_arg = arg; o->src_via = via; }
    else { o->src = -1; o->src_arg = -1; o->src_via = DY_VIA_NONE; o->no_src = 1; }
    return;
  }
  /* fronted-subject: a subject the parser found inside a fronted phrase
   * yields to the actor named after its comma, before the verb */
  int comma;
  if (o->src >= 0 && o->src_via == DY_VIA_NSUBJ && (comma = in_fronted(c, o->src, t)) >= 0) {
    for (int q = comma + 1; q < t; q++)
      if (c->ment[q] >= 0 && c->ment[q] != o->src && !generic(c, c->ment[q])) {
        o->src = c->ment[q]; o->src_arg = q; o->rule = "fronted-subject";
        if (o->tgt == o->src) o->tgt = -1;
        break;
      }
    return;
  }
  if (h < 0 || dy_cl_child(c, t, L->nsubj) >= 0 || dy_cl_child(c, t, L->nsubj_pass) >= 0) return;
  /* with-absolute: "relations are warming, with Washington openly calling
   * Pakistan a partner": the actor of a "with" phrase right before a
   * participle the parser hung beside it on the main verb does the act */
  if (l == L->advcl && (dy_cl_wclass(c, t) & DY_W_ING)) {
    for (int k = c->fc[h]; k >= 0; k = c->nx[k]) {
      if (c->nd[k].label != L->obl || k >= t || c->ment[k] < 0) continue;
      int p = dy_cl_child(c, k, L->case_);
      if (p < 0 || strcmp(dy_cl_word(c, p), "with")) continue;
      int ok = 1;
      for (int q = k + 1; q < t && ok; q++) ok = c->nd[q].head == t && c->nd[q].label == L->advmod;
      if (!ok || c->ment[k] == o->tgt) continue;
      o->src = c->ment[k]; o->src_arg = k; o->src_via = DY_VIA_NSUBJ; o->rule = "with-absolute";
      return;
    }
  }
  /* reduced-participle: "will receive $18 billion under the terms of a
   * spending bill released late on Tuesday": a past participle right after
   * a noun, with no object, auxiliary or mark, that the parser hung on the
   * main verb modifies that noun; the main verb's subject does not do it */
  if (l == L->advcl && t > 0 && c->nd[t - 1].upos == DY_UPOS_NOUN && c->ment[t - 1] < 0 &&
      (dy_cl_wclass(c, t) & DY_W_PASTPART) && dy_cl_child(c, t, L->obj) < 0 &&
      dy_cl_child(c, t, L->aux) < 0 && dy_cl_child(c, t, L->mark) < 0 && o->src_via == DY_VIA_INHERIT) {
    o->src = -1; o->src_arg = -1; o->src_via = DY_VIA_NONE; o->no_src = 1; o->rule = "reduced-participle";
    return;
  }
  /* finite-conjunct: "he accused Obama of supporting Pakistan's agency and
   * urged him to cut off funding": a finite verb joined to a gerund is the
   * gerund's governor's conjunct, with its subject (not the charge's) */
  uint64_t wt = dy_cl_wclass(c, t), wh = dy_cl_wclass(c, h);
  if (l == L->conj && !(wt & DY_W_ING) && (wt & DY_W_PASTPART) && (wh & DY_W_ING) && dy_cl_child(c, t, L->aux) < 0 &&
      (c->nd[h].label == L->advcl || c->nd[h].label == L->acl || c->nd[h].label == L->xcomp) && c->nd[h].head >= 0) {
    int g = c->nd[h].head;
    int s = subject(c, g, 1, &via, &arg);
    o->rule = "finite-conjunct";
    if (s >= 0 && s != o->tgt) { o->src = s; o->src_arg = arg; o->src_via = DY_VIA_INHERIT; }
    else if (dy_cl_child(c, g, L->nsubj) >= 0) { o->src = -1; o->src_arg = -1; o->src_via = DY_VIA_NONE; o->no_src = 1; }
    return;
  }
  /* control-pronoun: "urged him to cut off U.S. funding": a controller
   * named by a pronoun the actors left unresolved is someone the sentence
   * does not name; no other of its actors does the act */
  int ctl = l == L->xcomp && o->src < 0 ? dy_cl_child(c, h, L->obj) : -1;
  if (ctl >= 0 && c->ment[ctl] < 0 && c->nd[ctl].upos == DY_UPOS_PRON) {
    o->no_src = 1; o->rule = "control-pronoun";
    return;
  }
  /* object-clause: "warns Israel Western opinion is turning against it": a
   * complement clause with no subject after its governor's object has that
   * object's words as its subject (the parser joined them); the governor's
   * subject does not act in it. The object is the subject when it is an
   * actor itself ("assured Pakistan would help"), else none is named */
  int ob = dy_cl_child(c, h, L->obj);
  if (l == L->ccomp && o->src_via == DY_VIA_INHERIT && ob > h && ob < t && dy_cl_child(c, t, L->expl) < 0) {
    o->rule = "object-clause";
    if (c->ment[ob] >= 0 && c->ment[ob] != o->tgt) { o->src = c->ment[ob]; o->src_arg = ob; o->src_via = DY_VIA_NSUBJ; }
    else { o->src = -1; o->src_arg = -1; o->src_via = DY_VIA_NONE; o->no_src = 1; }
  }
}

int dy_roles(const dy_clause *c, int t, dy_cand *o) {
  memset(o, 0, sizeof *o);
  o->trig = t;
  o->src = o->tgt = o->src_arg = o->tgt_arg = o->prep = -1;
  o->alt_tgt = o->alt_arg = o->alt_prep = o->anaphor = -1;
  int u = c->nd[t].upos;
  /* "is willing to withdraw", "was ready to host": a copula's roles are its predicate's */
  int v = t;
  if (c->nd[t].label == c->m->L.cop && c->nd[t].head >= 0 && c->nd[c->nd[t].head].upos == DY_UPOS_ADJ) v = c->nd[t].head;
  if (u == DY_UPOS_NOUN || u == DY_UPOS_PROPN) { o->nominal = 1; roles_noun(c, t, o); }
  else { roles_verb(c, v, o); if (v == t) roles_clause(c, t, o); }
  if (o->src >= 0 && o->src == o->tgt) o->tgt = -1;
  /* contact-purpose-target: "phoned Pezeshkian to affirm Pakistan's
   * support", "visited Moscow to express solidarity": the purpose of a
   * call or a visit (rule contact-purpose) that names no other side, or
   * only the source's own state as whose its thing is, is done to the one
   * called or visited */
  /* (an event noun that is that purpose's object too: "support") */
  int pv = o->nominal && c->nd[t].label == c->m->L.obj && c->nd[t].head >= 0 ? c->nd[t].head : t;
  if (pv != t && o->tgt >= 0) pv = -1;
  if (pv >= 0 && o->src >= 0 && c->nd[pv].label == c->m->L.xcomp && c->nd[pv].head >= 0 && (pv != t || !o->nominal) &&
      (o->tgt < 0 || (o->tgt_via == DY_VIA_OBJ && c->ment[o->tgt_arg] != o->tgt && same_state(c, o->tgt, o->src)))) {
    int h = c->nd[pv].head, ob = dy_cl_child(c, h, c->m->L.obj);
    if (ob >= 0 && dy_coder_word(c->m, DY_WS_CONTACT, c->nd[h].lemma) >= 0 && dy_cl_child(c, h, c->m->L.obl) < 0) {
      int m = actor_in(c, ob, 0);
      if (m >= 0 && !generic(c, m) && !same_state(c, m, o->src)) {
        o->tgt = m; o->tgt_arg = ob; o->tgt_via = DY_VIA_OBJ; o->prep = -1; o->rule = "contact-purpose-target";
      }
    }
  }
  /* (the name of rule prep-participle, which oblique applies) */
  if (o->tgt >= 0 && o->tgt_arg >= 0 && !o->rule && c->nd[o->tgt_arg].head >= 0 &&
      c->nd[c->nd[o->tgt_arg].head].label == c->m->L.advcl && o->prep >= 0 && c->nd[o->prep].label == c->m->L.mark)
    o->rule = "prep-participle";
  /* "held a call with Sharif, during which both agreed": the two sides of an
   * earlier event of the sentence act together (the coder fills them in) */
  if (!o->nominal && !o->passive && pair_subject(c, t, o->src >= 0 && o->src_via == DY_VIA_INHERIT)) { o->src = o->tgt = -1; o->src_via = DY_VIA_BOTH; return 1; }
  /* "Jordan and Britain have agreed to ...": with no other target, the
   * subject's other conjunct */
  dy_coagent(c, o);
  /* pressure-target: "declined to resign despite the pressure by the US
   * Congress", "stepped down under pressure from the army": an act with no
   * other side done under pressure (word set pressure-noun, an oblique of
   * the verb, of its complement or of the verb it completes) answers the
   * one who put it, named by the pressure's "from" or "by" phrase (which
   * the parser may hang right after it on the verb) */
  if (!o->nominal && o->src >= 0 && o->tgt < 0 && !o->passive) {
    int vs[3] = {t, dy_cl_child(c, t, c->m->L.xcomp), c->nd[t].label == c->m->L.xcomp ? c->nd[t].head : -1};
    for (int i = 0; i < 3 && o->tgt < 0; i++)
      for (int q = vs[i] >= 0 ? c->fc[vs[i]] : -1; q >= 0 && o->tgt < 0; q = c->nx[q]) {
        if (c->nd[q].label != c->m->L.obl || !is_word(c, q, DY_WS_PRESSURE_NOUN)) continue;
        int ph[2] = {-1, -1};
        for (int g = c->fc[q]; g >= 0 && ph[0] < 0; g = c->nx[g])
          if (c->nd[g].label == c->m->L.nmod && g > q) ph[0] = g;
        for (int g = c->fc[vs[i]]; g >= 0 && ph[1] < 0; g = c->nx[g])
          if (c->nd[g].label == c->m->L.obl && g > q && case_of(c, g) == q + 1) ph[1] = g;
        for (int j = 0; j < 2 && o->tgt < 0; j++) {
          int g = ph[j], p = g >= 0 ? case_of(c, g) : -1;
          if (p < 0 || (strcmp(dy_cl_word(c, p), "from") && strcmp(dy_cl_word(c, p), "by"))) continue;
          int m = actor_in(c, g, 0);
          if (m >= 0 && m != o->src) { o->tgt = m; o->tgt_arg = g; o->tgt_via = DY_VIA_OBL; o->prep = p; o->rule = "pressure-target"; }
          else if (m < 0 && nounish(c, g)) { o->tgt = DY_UNRESOLVED; o->tgt_arg = g; o->tgt_via = DY_VIA_UNKNOWN; o->prep = p; o->rule = "pressure-target"; }
        }
      }
  }
  /* a side the dictionaries do not know: its words, no code */
  if (o->src >= 0 && o->tgt < 0 && !o->passive) {
    int p = -1, a = unknown_target(c, t, &p);
    if (a >= 0) { o->tgt = DY_UNRESOLVED; o->tgt_arg = a; o->tgt_via = DY_VIA_UNKNOWN; o->prep = p; }
  }
  dy_unknown_source(c, o);
  return o->src >= 0 || o->tgt >= 0;
}

int dy_between_second(const dy_clause *c, int a) {
  if (a < 0 || c->ment[a] < 0) return -1;
  const char *ac = c->d->ments[c->ment[a]].code;
  int saw_and = 0;
  for (int r = a + 1; r < (int)c->n && r < a + 10; r++) {
    const char *wd = dy_cl_word(c, r);
    if (!strcmp(wd, ".") || !strcmp(wd, ";") || !strcmp(wd, ":") || !strcmp(wd, ",") || c->nd[r].upos == DY_UPOS_VERB) return -1;
    if (c->ment[r] == c->ment[a]) continue;
    if (!strcmp(wd, "and")) { saw_and = 1; continue; }
    if (!saw_and) {
      /* the first side's own phrase ("Tehran's regional objectives") */
      if (c->ment[r] >= 0) return -1;
      continue;
    }
    if (c->ment[r] >= 0) return !generic(c, c->ment[r]) && strncmp(c->d->ments[c->ment[r]].code, ac, 3) ? c->ment[r] : -1;
    if (c->nd[r].upos != DY_UPOS_DET && c->nd[r].upos != DY_UPOS_ADJ) return -1;
  }
  return -1;
}

int dy_mediator_between(const dy_clause *c, int t, int *arg) {
  int saw = 0;
  for (int q = t; q < (int)c->n && q < t + 16; q++) {
    const char *wd = dy_cl_word(c, q);
    if (q > t && (!strcmp(wd, ".") || !strcmp(wd, ";") || !strcmp(wd, ":"))) return -1;
    if (dy_coder_word(c->m, DY_WS_MEDIATOR, c->nd[q].lemma) >= 0 || dy_coder_word(c->m, DY_WS_MEDIATOR, wd) >= 0) saw = 1;
    /* (the host of talks between two sides: "hosted talks between") */
    if (q == t && dy_coder_word(c->m, DY_WS_HOST_VERB, c->nd[q].lemma) >= 0) saw = 1;
    /* "go-between": one word of three tokens */
    if (q >= 2 && !strcmp(wd, "between") && !strcmp(dy_cl_word(c, q - 1), "-") && !strcmp(dy_cl_word(c, q - 2), "go")) { saw = 1; continue; }
    if (!saw || strcmp(wd, "between")) continue;
    for (int r = q + 1; r < (int)c->n && r < q + 4; r++) {
      if (c->ment[r] >= 0 && !generic(c, c->ment[r])) { *arg = r; return c->ment[r]; }
      if (c->nd[r].upos != DY_UPOS_DET && c->nd[r].upos != DY_UPOS_ADJ) break;
    }
    return -1;
  }
  return -1;
}

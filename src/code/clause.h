/* clause.h: one parsed sentence as the coder's later stages see it (the
 * dependency tree, which tokens are actors, which carry a dictionary verb
 * pattern), and the candidate events read off it: a trigger word with the
 * source and target its clause gives it. Stages: candidates (coder.c) ->
 * parse -> roles (roles.c) -> classify (features.c, classify.c) -> modality
 * (modality.c) -> emit (coder.c). */
#ifndef DYAD_CLAUSE_H
#define DYAD_CLAUSE_H

#include "../doc.h"
#include "../lexicon/lexicon.h"
#include "../parse/parse.h"
#include "classify.h"

/* The label ids the stages test, looked up in the parser's label set once. */
typedef struct {
  int nsubj, nsubj_pass, nsubj_outer, csubj, obj, iobj, obl, obl_agent, obl_tmod, obl_npmod, nmod, nmod_poss, nmod_tmod, nmod_npmod,
      case_, xcomp, ccomp, conj, amod, compound, compound_prt, acl, acl_relcl, advcl, appos, aux, aux_pass, mark, advmod,
      parataxis, flat, cop, det, nummod, root, punct, expl, dep, cc;
} dy_labels;

struct dy_clause_s;

/* The word sets of data/coder/words.txt. */
enum { DY_WS_LIGHT = 0, DY_WS_TARGET_PREP, DY_WS_RELPRON, DY_WS_DEONTIC, DY_WS_DEONTIC_VERB, DY_WS_REFUSAL_AUX, DY_WS_STATE, DY_WS_HAZARD, DY_WS_INSTRUMENT, DY_WS_RECIPROCAL, DY_WS_ASPECTUAL, DY_WS_DENIAL,
       DY_WS_THING, DY_WS_WHERE_PREP, DY_WS_CONATIVE, DY_WS_OPINION, DY_WS_UNREALISED, DY_WS_PARTITIVE, DY_WS_OWN_CLAUSE,
       DY_WS_EXPLOSIVE, DY_WS_INTENTION, DY_WS_MUTUAL, DY_WS_MESSAGE, DY_WS_PLAN_NOUN, DY_WS_PLAN_OWNER, DY_WS_CHARGE, DY_WS_RECIPIENT, DY_WS_DEMAND_NOUN, DY_WS_ABROAD, DY_WS_STATE_THREAT, DY_WS_MUTUAL_NOUN, DY_WS_POSS_ANAPHOR, DY_WS_OBJ_PRONOUN, DY_WS_PERCEIVED, DY_WS_RELIANCE, DY_WS_CANCEL, DY_WS_NAMING, DY_WS_SERIES, DY_WS_INQUIRY, DY_WS_PART_ADJ, DY_WS_MEDIATOR, DY_WS_PROPOSE, DY_WS_WISH, DY_WS_FORECAST, DY_WS_MEETING_NOUN, DY_WS_CONTACT, DY_WS_AFFIRM, DY_WS_SECTOR_PREP, DY_WS_CRITICISM_OBJ, DY_WS_UNDO, DY_WS_ARMS_AERIAL, DY_WS_ARMS_ARTILLERY, DY_WS_RISK_NOUN, DY_WS_BORDER_NOUN, DY_WS_PERSON_POSS, DY_WS_TOPIC_PREP, DY_WS_BARE_LIGHT, DY_WS_ATTACK_NOUN, DY_WS_COMITATIVE, DY_WS_BENEFICIARY, DY_WS_JOINTLY, DY_WS_SYMBOL, DY_WS_PRESSURE_NOUN, DY_WS_CURTAIL, DY_WS_MEETING_PARTY, DY_WS_CREDIT, DY_WS_CREDIT_NOUN, DY_WS_RECIPROCITY, DY_WS_FACILITATE, DY_WS_OPERATION_NOUN, DY_WS_MUTUAL_ACT, DY_WS_MUTUAL_TIE, DY_WS_FREE_CHOICE, DY_WS_HEDGE_MODAL, DY_WS_CLAIM_NOUN, DY_WS_HELP_NOUN, DY_WS_HOST_VERB, DY_WS_PATIENT_NOUN, DY_WS_BELIEF_VERB, DY_WS_VENUE_ACT, DY_WS_JOINT, DY_WS_OBJ_CONTROL, DY_WS_APPEAL_VERB, DY_WS_APPEAL_PREP, DY_WS_PRESS_EVENT, DY_WS_CLAIM_VERB, DY_WS_RELEASE_NOUN, DY_WS_PATIENT_EVENT, DY_WS_AUTHORITY_EVENT, DY_WS_SPAN_NOUN, DY_WS_STANDING_PASSIVE, DY_WS_POSITION_VERB, DY_WS_SPAN_PREP, DY_WS_SPAN_RECENT, DY_WS_HABITUAL, DY_WS_CRAFT_NOUN, DY_WS_COMMAND_VERB, DY_WS_OWN_BODY, DY_WS_FORCE_PURPOSE, DY_WS_DECISION_VERB, DY_WS_ACT_NOUN, DY_WS_CHARACTERISE, DY_WS_JOINT_HELP, DY_WS_CELEBRATE, DY_WS_ASSIGNED, DY_WS_PROTECT, DY_WS_MARCH, DY_WS_N};

/* The parser, the event model, the label ids and the word sets: loaded
 * with the lexicon, read-only, shared by all threads. */
typedef struct dy_coder_models {
  dy_parser *ps;
  dy_evmodel *em;
  dy_labels L;
  struct { char **w; int n, cap; } ws[DY_WS_N];
  dy_map ws_index; /* hash of (set, word) -> set << 16 | rank of its first listing: dy_coder_word without a scan */
  char intent[21][8]; /* per root: the code of its stated intention (data/coder/intent.txt), "" */
  char refusal[21][8]; /* per root: the code of its stated refusal (data/coder/refusal.txt), "" */
  char appeal[21][8]; /* per root: the code of an appeal for it (data/coder/appeal.txt), "" */
  /* per code of an act (its leading digits, longer than a root): the code
   * of its stated intention, refusal or appeal ("087 0356", "084 1243") */
  struct dy_code_map { char act[8], code[8]; } intent_sub[48], refusal_sub[48], appeal_sub[48];
  int nintent_sub, nrefusal_sub, nappeal_sub;
  uint8_t one_sided[21]; /* per root: may have no other side (data/coder/policy.txt) */
  uint8_t one_sided_pattern[21]; /* per root: one-sided when a verb pattern of the root begins at the trigger */
  uint8_t mutual[21]; /* per root: partners in it act on each other (policy.txt mutual-roots) */
  float min_margin; /* the score an event must have over "no event" (policy.txt) */
  float pattern_margin; /* the share of min_margin an event needs when a verb pattern of its root begins at the trigger */
  float one_sided_margin; /* the same for an event with no coded target */
  float soft_margin;      /* the same for any event of a soft-news document */
  int soft_words;         /* soft news: at least this many words of its topics (0: not tested) */
  float soft_ratio;       /* and this many times its sentences naming a state */
  uint8_t place_qualifies[21]; /* per root: a target sector with no state takes the place's (policy.txt) */
  uint8_t purpose_target[21]; /* per root: with no target, what its purpose clause is done to (policy.txt) */
  uint8_t place_source[21]; /* per root: with no agent named, the state it was done in is its source (policy.txt) */
  uint8_t place_target[21]; /* per root: a place it is done in or to is its target's state (policy.txt) */
  char political[16][4];  /* sector codes that are political actors without a state */
  uint8_t venue_roots[21];  /* per root: a place it is done in or at is where, not whom (policy.txt venue-roots) */
  uint8_t press_target[21]; /* per root: a news medium as its target only heard it (policy.txt) */
  char counterpart[16][5]; /* the CAMEO codes (prefixes) that, with no other side named in a later sentence of a story, are to the story's counterpart of the source (policy.txt counterpart-codes) */
  int ncounterpart;
  char press[8][4];       /* the sectors of news media (policy.txt press-sectors) */
  int npress;
  char passive_src[16][5]; /* the CAMEO codes (prefixes) whose passive with no agent is the act of the state it is done in (policy.txt place-source-passive) */
  int npassive_src;
  char solo[16][5]; /* the CAMEO codes (prefixes) partners never do to each other (policy.txt solo-codes) */
  int nsolo;
  char partner[16][5]; /* the CAMEO codes (prefixes) of acts done with a partner, none of a state's organ with its own state (policy.txt partner-codes) */
  int npartner;
  /* data/coder/senses.txt: per verb lemma, the objects that give it a sense of no event */
  struct dy_sense { char *lemma; char **obj; int nobj; } *senses;
  int nsenses, senses_cap;
  /* data/coder/classes.txt: semantic classes of nouns (sorted by lemma) */
  char class_name[32][24];
  int nclass;
  struct dy_nclass { char *lemma; uint32_t mask; } *nclasses;
  int nnclasses, nclasses_cap;
  char riot[16][4];       /* sectors whose fighting is a riot (145), not military force */
  int nriot;
  char organ[8][4];       /* sectors that are a state's organs, a source even with no state named (policy.txt organ-sectors) */
  int norgan;
  char mobile[8][4];      /* sectors whose members are often not of the state they act in (policy.txt mobile-sectors) */
  int nmobile;
  int npolitical;
  /* training: called with every candidate and its features (em may then
   * be NULL: nothing is scored or emitted). Not for threaded use. */
  void (*observe)(void *u, const struct dy_clause_s *cl, const void *cand, const uint64_t *f, int nf);
  void *observe_u;
} dy_coder_models;

/* The position of word w in word set ws (its rank), -1 when absent. */
int dy_coder_word(const dy_coder_models *m, int ws, const char *w);
/* The code of a stated intention (refusal 0), a stated refusal (1) or an
 * appeal (2) of the act coded act: the longest code line of intent.txt,
 * refusal.txt or appeal.txt that begins it, else its root's line; "" when
 * none. */
const char *dy_coder_stated(const dy_coder_models *m, const char *act, int refusal);
/* Is obj (a lemma, or "@" and a sector code) an object that gives the verb
 * lemma a sense of no event (data/coder/senses.txt)? */
int dy_coder_sense(const dy_coder_models *m, const char *lemma, const char *obj);
/* The semantic classes of noun lemma (data/coder/classes.txt): a mask of
 * class indices (class_name), 0 when it has none. */
uint32_t dy_coder_nclass(const dy_coder_models *m, const char *lemma);

/* Loads dir/parse/ and dir/coder/events.bin (or the file DYAD_EVENT_MODEL
 * names); NULL and why when either is missing or bad. with_events 0 loads
 * all but the event model (for training it). */
dy_coder_models *dy_coder_models_load(const char *dir, int with_events, char *why, size_t nwhy);
void dy_coder_models_free(void *m);

typedef struct dy_clause_s {
  const dy_lexicon *lx;
  const dy_coder_models *m;
  const dy_doc *d;
  uint32_t s, t0, n;   /* sentence, its first token, token count */
  dy_pnode *nd;        /* n nodes; head is sentence-relative */
  int32_t *fc, *nx;    /* first child and next sibling of each node (-1) */
  int32_t *ment;       /* per token: index in d->ments of the actor mention covering it, -1 */
  int32_t *dict;       /* per token: dictionary verb pattern covering it, -1 */
  uint32_t m0, m1;     /* the sentence's mentions d->ments[m0, m1) */
} dy_clause;

/* How a role was found: each is a named rule DYAD_TRACE prints. */
enum {
  DY_VIA_NONE = 0, DY_VIA_NSUBJ, DY_VIA_AGENT, DY_VIA_INHERIT, DY_VIA_CONTROL, DY_VIA_RELCL, DY_VIA_OBJ, DY_VIA_IOBJ,
  DY_VIA_OBL, DY_VIA_CCOMP, DY_VIA_XCOMP, DY_VIA_POSS, DY_VIA_MOD, DY_VIA_NMOD, DY_VIA_LIGHT, DY_VIA_PATIENT,
  DY_VIA_BETWEEN, DY_VIA_COAGENT, DY_VIA_UNKNOWN, DY_VIA_NEXT, DY_VIA_PATTERN, DY_VIA_BOTH, DY_VIA_PLACE, DY_VIA_OBJ_PART,
  DY_VIA_RECIPIENT, DY_VIA_OBJ_PREP, DY_VIA_DEMAND, DY_VIA_OWN_MOD, DY_VIA_PURPOSE, DY_VIA_N
};
const char *dy_via_name(int via);

/* A side named by a phrase the dictionaries do not know ("the Islamic
 * Salvation Front", "Chechen President Aslan Maskhadov"): no code, its
 * words kept as the side's span. */
#define DY_UNRESOLVED (-2)
/* A side named by a place (d->places[*_arg]): coded by its state. */
#define DY_PLACE (-3)
/* A target named by an event noun the sentences before reported with its
 * agent ("condemned the strikes": the US of "the US strikes"): *_arg is the
 * noun, dy_cand.anaphor the agent's mention. */
#define DY_ANAPHOR (-4)

typedef struct {
  int trig;            /* trigger token, sentence-relative */
  int src, tgt;        /* mention indices in d->ments, -1, or DY_UNRESOLVED (then *_arg is its head) */
  int src_arg, tgt_arg;/* argument head tokens, -1 */
  uint8_t src_via, tgt_via;
  uint8_t passive, nominal;
  int prep;            /* the preposition token of an oblique target, -1 */
  int modality;        /* DY_MOD_* */
  float margin;        /* the event model's score over "no event" */
  /* the target the verb's own arguments named before the subject's other
   * conjunct took its place (rule co-agent), -1 */
  int alt_tgt, alt_arg, alt_prep;
  uint8_t alt_via;
  /* the role rule of clauses, pronouns or embedding that chose or left out a
   * side (plan-noun, fronted-subject, participle-agent, finite-conjunct,
   * object-clause), NULL; DYAD_TRACE prints it */
  const char *rule;
  uint8_t no_src;      /* the source is known to be none: no pattern supplies one */
  uint8_t no_tgt;      /* the target is known to be no actor the dictionaries know: no pattern supplies one */
  uint8_t verbal;      /* force read as a criticism (rule verbal-attack): 111 */
  int anaphor;         /* with tgt DY_ANAPHOR: the mention (d->ments) of the event noun's agent */
  uint8_t anaphor_state; /* with tgt DY_ANAPHOR: that mention's state, not the mention (rule patient-state) */
} dy_cand;

/* plan-noun: the noun of word set plan-noun whose to-infinitive verb t is
 * ("Netanyahu's plans to seize areas of Gaza"), however the parser attached
 * t; -1 when t is none. */
int dy_plan_noun(const dy_clause *c, int t);
/* rule standing-span: a perfect with a "for" phrase of years ("has been
 * mediating talks for more than a decade") is dated at the span's start
 * (*out, a year before published); returns 1 then, else 0. */
int dy_span_start(const dy_clause *c, const dy_cand *k, dy_date published, dy_date *out);
/* mediator-between: the first actor of the "between" phrase that follows a
 * word of set mediator after trigger t ("positioned itself as a mediator
 * between Iran and the US"), its token in *arg; -1 when none. */
int dy_mediator_between(const dy_clause *c, int t, int *arg);
/* the second side "between" names after the first at node a ("between
 * Tehran's objectives and Washington's requirements": Washington), of
 * another code, before the clause's next stop; -1 when none */
int dy_between_second(const dy_clause *c, int a);
/* The first child of i with label l, or -1. */
int dy_cl_child(const dy_clause *c, int i, int l);
/* Is node v a present participle modifying a noun ("a force fighting
 * al-Shabab": an acl whose word ends in -ing; rules standing-modifier,
 * participle-agent)? */
int dy_cl_participle(const dy_clause *c, int v);
/* Is node n a noun of an event (word class event-noun, word set
 * attack-noun: "attacks", "raid")? */
int dy_cl_event_noun(const dy_clause *c, int n);
/* The lower-cased word of token i. */
const char *dy_cl_word(const dy_clause *c, int i);
/* The lexicon's word classes of token i (DY_W_*). */
static inline uint64_t dy_cl_wclass(const dy_clause *c, int i) { return dy_lex_wclass(c->lx, c->d->tid[c->t0 + i]); }

/* roles.c: the source and target the parse gives trigger t; 0 when the
 * clause names no actor for either. */
int dy_roles(const dy_clause *c, int t, dy_cand *out);
/* The tokens [*t0, *t1) of the phrase headed by token a (its compounds,
 * names, modifiers and determiners), sentence-relative. */
void dy_phrase_span(const dy_clause *c, int a, int *t0, int *t1);
/* The phrase head of what a one-sided candidate k acts on when no actor
 * names it ("arrested a man in Christchurch", "fired shells at targets"):
 * its object, its complement's object, else an oblique with a target
 * preposition (*prep set); -1 when none. */
int dy_patient(const dy_clause *c, const dy_cand *k, int *prep, const char **rule);
/* The place (index in d->places, not a country) that candidate k is done
 * in, at or to: in the phrase of its object or of an oblique with a target
 * preposition ("fired shells at targets in Jericho", "shelled Juba",
 * "imposed a curfew in the town of Cizre"); -1 when none. */
int dy_place_target(const dy_clause *c, const dy_cand *k);
/* Is mention m named only as the state a border in a phrase of where is
 * shared with ("at the border with Turkey"; rule border-neighbour)? */
int dy_border_neighbour(const dy_clause *c, int m);
int dy_locative_agent(const dy_clause *c, int t, int m);
/* Does clause k carry a "must", "should", "has to"? */
int dy_deontic(const dy_clause *c, int k);
/* Is verb v, or a clause it is in, the charge of a verb of blame or an "of"
 * clause ("accused India of violating"; rule charge-frame)? */
int dy_charged(const dy_clause *c, int v);
/* reliance: the "on" phrase of a verb of reliance (word set reliance)
 * when t is its "to" complement, else -1 (roles.c) */
int dy_relied_on(const dy_clause *c, int t);
/* appeal-addressee: the one verb h appeals to, when h is a verb of word set
 * wish with an object ("urged Iran"), or of word set appeal-verb with a
 * phrase of a preposition of word set appeal-prep ("called on Iran",
 * "appealed to the junta"); -1 when none (roles.c). */
int dy_appeal_addressee(const dy_clause *c, int h);
/* the same phrase of an appeal-verb alone ("called on Iran"), -1 when none */
int dy_appeal_obl(const dy_clause *c, int h);
/* The other member of the source's coordination as the target, where the
 * target is not the object itself ("Jordan and Britain agreed to ..."). */
/* Is phrase k one of where ("in Baghdad", "at the border", "near Homs"):
 * its preposition one of place? */
int dy_locative(const dy_clause *c, int k);
/* The actor argument a names, itself or in its modifiers ("Houthi targets"), or -1. */
int dy_actor_in(const dy_clause *c, int a);
/* The object of verb v: its "obj" child, else the actor a "whom" before
 * it stands for (rule whom-object: "bin Laden, whom it blames"); -1. */
int dy_verb_object(const dy_clause *c, int v);
/* Does verb h call off its object event (word set cancel, or a verb and its
 * particle there as VERB_PARTICLE: "called off")? (rules cancelled-noun,
 * cancelled-meeting) */
int dy_cancels(const dy_clause *c, int h);
void dy_coagent(const dy_clause *c, dy_cand *k);
/* With a target and no source: the subject as a side the dictionaries do
 * not know, when it can name one (a proper noun, a capitalised name). */
void dy_unknown_source(const dy_clause *c, dy_cand *k);
/* modality.c: the modality of candidate k. frames 0: the clause's own
 * (negation, modals, conditions, control verbs, questions, forecasts'
 * labels), what the event model's trainer picks its negatives by; 1: and
 * the frames of analysis and report emission reads as well (what a guess
 * or a narrative says, a plan in the past perfect, a hedge verb, a clause
 * of an object noun, a clause of time or contrast said of its own). */
int dy_modality(const dy_clause *c, const dy_cand *k, int frames);
/* Is negated candidate k a stated refusal ("will not accept", "cannot
 * allow", "won't release"): its negation comes with an auxiliary of the
 * word set refusal-aux? */
int dy_refused(const dy_clause *c, const dy_cand *k);
/* features.c: the features of candidate k; returns how many (<= DY_EV_MAXF).
 * names, when not NULL, receives each feature's string (for DYAD_TRACE). */
#define DY_FNAME 64
int dy_features(const dy_clause *c, const dy_cand *k, uint64_t *f, char (*names)[DY_FNAME]);
/* Is token t a possible trigger (a verb, an event noun, a dictionary word)? */
/* modality.c: 1 when threat verb v's subject is a thing, no actor (rule risk-subject). */
int dy_risk_subject(const dy_clause *c, int v);
int dy_trigger_ok(const dy_clause *c, int t);

#endif

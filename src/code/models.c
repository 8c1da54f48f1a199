/* models.c: loads what the parse-based coder needs beside the dictionaries:
 * the tagger and parser, the event model, the label ids it tests and the
 * word sets of data/coder/words.txt. */
#include "clause.h"
#include "../base.h"

#include <errno.h>
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const WS_NAME[DY_WS_N] = {"light", "target-prep", "relative-pronoun", "deontic", "deontic-verb", "refusal-aux", "statement", "hazard", "instrument", "reciprocal", "aspectual", "denial",
                                               "thing", "where-prep", "conative", "opinion", "unrealised", "partitive", "own-clause",
                                               "explosive", "intention", "mutual", "message", "plan-noun", "plan-owner", "charge", "recipient", "demand-noun", "abroad", "statement-threat", "mutual-noun", "poss-anaphor", "object-pronoun", "perceived", "reliance", "cancel", "naming", "series", "inquiry", "participle-adjective", "mediator", "propose", "wish", "forecast", "meeting-noun", "contact", "affirm", "sector-prep", "criticism-object", "undo", "arms-aerial", "arms-artillery", "risk-noun", "border-noun", "person-poss", "topic-prep", "bare-light", "attack-noun", "comitative", "beneficiary", "jointly", "symbol", "pressure-noun", "curtail", "meeting-party", "credit", "credit-noun", "reciprocity", "facilitate", "operation-noun", "mutual-act", "mutual-tie", "free-choice", "hedge-modal", "claim-noun", "help-noun", "host-verb", "patient-noun", "belief-verb", "venue-act", "joint", "object-control", "appeal-verb", "appeal-prep", "press-event", "claim-verb", "release-noun", "patient-event", "authority-event", "span-noun", "standing-passive", "position-verb", "span-prep", "span-recent", "habitual", "craft-noun", "command-verb", "own-body", "force-purpose", "decision-verb", "act-noun", "characterise", "joint-help", "celebrate", "assigned-responsibility", "protect-verb", "march-verb"};

/* The key of word w of set ws in ws_index. */
static uint64_t ws_key(int ws, const char *w) { return dy_hash64(w, strlen(w)) ^ ((uint64_t)(ws + 1) * 0x9E3779B97F4A7C15ULL); }

int dy_coder_word(const dy_coder_models *m, int ws, const char *w) {
  uint64_t h = ws_key(ws, w);
  size_t it;
  for (uint32_t v = dy_map_first(&m->ws_index, h, &it); v != DY_MAP_NONE; v = dy_map_next(&m->ws_index, h, &it))
    if ((int)(v >> 16) == ws && strcmp(m->ws[ws].w[v & 0xffff], w) == 0) return (int)(v & 0xffff);
  return -1;
}

/* ws_index over the word sets as loaded: each word at its first listing. */
static int index_words(dy_coder_models *m, char *why, size_t nwhy) {
  for (int s = 0; s < DY_WS_N; s++) {
    if (m->ws[s].n > 0xffff) { snprintf(why, nwhy, "coder/words.txt: word set %s has more than 65535 words", WS_NAME[s]); return -1; }
    for (int k = 0; k < m->ws[s].n; k++)
      if (dy_coder_word(m, s, m->ws[s].w[k]) < 0) dy_map_add(&m->ws_index, ws_key(s, m->ws[s].w[k]), (uint32_t)s << 16 | (uint32_t)k);
  }
  return 0;
}

int dy_coder_sense(const dy_coder_models *m, const char *lemma, const char *obj) {
  for (int i = 0; i < m->nsenses; i++)
    if (strcmp(m->senses[i].lemma, lemma) == 0) {
      for (int k = 0; k < m->senses[i].nobj; k++)
        if (strcmp(m->senses[i].obj[k], obj) == 0) return 1;
      return 0;
    }
  return 0;
}

static int nclass_cmp(const void *a, const void *b) {
  return strcmp(((const struct dy_nclass *)a)->lemma, ((const struct dy_nclass *)b)->lemma);
}

uint32_t dy_coder_nclass(const dy_coder_models *m, const char *lemma) {
  if (!m->nnclasses || !lemma) return 0;
  struct dy_nclass key = {(char *)lemma, 0};
  const struct dy_nclass *e = bsearch(&key, m->nclasses, (size_t)m->nnclasses, sizeof key, nclass_cmp);
  return e ? e->mask : 0;
}

void dy_coder_models_free(void *p) {
  dy_coder_models *m = p;
  if (!m) return;
  for (int i = 0; i < m->nnclasses; i++) free(m->nclasses[i].lemma);
  free(m->nclasses);
  for (int i = 0; i < m->nsenses; i++) {
    for (int k = 0; k < m->senses[i].nobj; k++) free(m->senses[i].obj[k]);
    free(m->senses[i].obj);
    free(m->senses[i].lemma);
  }
  free(m->senses);
  dy_parser_free(m->ps);
  dy_evmodel_free(m->em);
  for (int s = 0; s < DY_WS_N; s++) {
    for (int k = 0; k < m->ws[s].n; k++) free(m->ws[s].w[k]);
    free(m->ws[s].w);
  }
  dy_map_free(&m->ws_index);
  free(m);
}

/* One data line: returns 0, or -1 with why ("FILE:LINE: problem"). */
typedef int (*line_fn)(dy_coder_models *m, char *line, const char *where, char *why, size_t nwhy);

/* Calls fn on each line of dir/name that is neither blank nor a comment. */
static int read_lines(dy_coder_models *m, const char *dir, const char *name, line_fn fn, char *why, size_t nwhy) {
  char path[4096];
  snprintf(path, sizeof path, "%s/coder/%s", dir, name);
  FILE *f = fopen(path, "r");
  if (!f) { snprintf(why, nwhy, "%s: %s", path, strerror(errno)); return -1; }
  char line[4096], where[4200];
  long ln = 0;
  int rc = 0;
  while (rc == 0 && fgets(line, sizeof line, f)) {
    ln++;
    if (line[0] == '#' || line[0] == '\n') continue;
    snprintf(where, sizeof where, "%s:%ld", path, ln);
    rc = fn(m, line, where, why, nwhy);
  }
  fclose(f);
  return rc;
}

/* words.txt: NAME <TAB> words; a line naming an unknown set is an error. */
static int words_line(dy_coder_models *m, char *line, const char *where, char *why, size_t nwhy) {
  char *tab = strchr(line, '\t');
  if (!tab) { snprintf(why, nwhy, "%s: expected NAME<TAB>words", where); return -1; }
  *tab = 0;
  int s = -1;
  for (int k = 0; k < DY_WS_N; k++)
    if (strcmp(line, WS_NAME[k]) == 0) s = k;
  if (s < 0) { snprintf(why, nwhy, "%s: unknown word set '%s'", where, line); return -1; }
  char *save = NULL;
  for (char *w = strtok_r(tab + 1, " \t\r\n", &save); w; w = strtok_r(NULL, " \t\r\n", &save)) {
    DY_VEC_GROW(m->ws[s].w, m->ws[s].cap, m->ws[s].n + 1);
    m->ws[s].w[m->ws[s].n++] = dy_xstrdup(w);
  }
  return 0;
}

/* senses.txt: LEMMA <TAB> objects; a lemma named twice is an error. */
static int senses_line(dy_coder_models *m, char *line, const char *where, char *why, size_t nwhy) {
  char *save = NULL, *lemma = strtok_r(line, " \t\r\n", &save);
  char *w = strtok_r(NULL, " \t\r\n", &save);
  if (!lemma || !w) { snprintf(why, nwhy, "%s: expected LEMMA<TAB>objects", where); return -1; }
  for (int i = 0; i < m->nsenses; i++)
    if (!strcmp(m->senses[i].lemma, lemma)) { snprintf(why, nwhy, "%s: '%s' is listed twice", where, lemma); return -1; }
  DY_VEC_GROW(m->senses, m->senses_cap, m->nsenses + 1);
  struct dy_sense *se = &m->senses[m->nsenses++];
  memset(se, 0, sizeof *se);
  se->lemma = dy_xstrdup(lemma);
  int ocap = 0;
  for (; w; w = strtok_r(NULL, " \t\r\n", &save)) {
    DY_VEC_GROW(se->obj, ocap, se->nobj + 1);
    se->obj[se->nobj++] = dy_xstrdup(w);
  }
  return 0;
}

/* classes.txt: NAME <TAB> lemmas; at most 32 classes. Entries are merged
 * and sorted after loading (sort_classes). */
static int classes_line(dy_coder_models *m, char *line, const char *where, char *why, size_t nwhy) {
  char *save = NULL, *name = strtok_r(line, " \t\r\n", &save);
  char *w = strtok_r(NULL, " \t\r\n", &save);
  if (!name || !w || strlen(name) >= sizeof m->class_name[0]) { snprintf(why, nwhy, "%s: expected NAME<TAB>lemmas", where); return -1; }
  int c = -1;
  for (int i = 0; i < m->nclass; i++)
    if (!strcmp(m->class_name[i], name)) c = i;
  if (c < 0) {
    if (m->nclass == 32) { snprintf(why, nwhy, "%s: too many classes (32 at most)", where); return -1; }
    c = m->nclass++;
    snprintf(m->class_name[c], sizeof m->class_name[c], "%s", name);
  }
  for (; w; w = strtok_r(NULL, " \t\r\n", &save)) {
    DY_VEC_GROW(m->nclasses, m->nclasses_cap, m->nnclasses + 1);
    m->nclasses[m->nnclasses].lemma = dy_xstrdup(w);
    m->nclasses[m->nnclasses++].mask = 1u << c;
  }
  return 0;
}

static void sort_classes(dy_coder_models *m) {
  if (!m->nnclasses) return;
  qsort(m->nclasses, (size_t)m->nnclasses, sizeof m->nclasses[0], nclass_cmp);
  int o = 0;
  for (int i = 0; i < m->nnclasses; i++) {
    if (o && !strcmp(m->nclasses[o - 1].lemma, m->nclasses[i].lemma)) {
      m->nclasses[o - 1].mask |= m->nclasses[i].mask;
      free(m->nclasses[i].lemma);
    } else m->nclasses[o++] = m->nclasses[i];
  }
  m->nnclasses = o;
}

/* intent.txt and refusal.txt: ACT <TAB> CODE, the code of a stated
 * intention (03x) or of a stated refusal (12x) of an act: ACT is a root,
 * or the leading digits of the act's code (a line more specific than its
 * root's: "087 0356"). */
static int act_code_line(char (*dst)[8], struct dy_code_map *sub, int *nsub, const char *want, char *line, const char *where,
                         char *why, size_t nwhy) {
  char act[8], code[8];
  size_t n = 0;
  int ok = sscanf(line, "%7s %7s", act, code) == 2 && strncmp(code, want, 2) == 0;
  for (n = 0; ok && act[n]; n++) ok = act[n] >= '0' && act[n] <= '9';
  ok = ok && n >= 2 && n <= 4 && (act[0] - '0') * 10 + (act[1] - '0') <= 20;
  if (!ok) {
    snprintf(why, nwhy, "%s: expected ACT<TAB>%sx code (ACT a CAMEO root or code)", where, want);
    return -1;
  }
  if (n == 2) {
    snprintf(dst[(act[0] - '0') * 10 + (act[1] - '0')], 8, "%s", code);
    return 0;
  }
  if (*nsub == 48) { snprintf(why, nwhy, "%s: too many code lines (48 at most)", where); return -1; }
  snprintf(sub[*nsub].act, 8, "%s", act);
  snprintf(sub[*nsub].code, 8, "%s", code);
  (*nsub)++;
  return 0;
}
static int intent_line(dy_coder_models *m, char *line, const char *where, char *why, size_t nwhy) {
  /* a stated intention to use force is a threat (13x) */
  char act[8], code[8];
  const char *want = sscanf(line, "%7s %7s", act, code) == 2 && !strncmp(code, "13", 2) ? "13" : "03";
  return act_code_line(m->intent, m->intent_sub, &m->nintent_sub, want, line, where, why, nwhy);
}
static int refusal_line(dy_coder_models *m, char *line, const char *where, char *why, size_t nwhy) {
  return act_code_line(m->refusal, m->refusal_sub, &m->nrefusal_sub, "12", line, where, why, nwhy);
}

static int appeal_line(dy_coder_models *m, char *line, const char *where, char *why, size_t nwhy) {
  return act_code_line(m->appeal, m->appeal_sub, &m->nappeal_sub, "02", line, where, why, nwhy);
}

const char *dy_coder_stated(const dy_coder_models *m, const char *act, int refusal) {
  const struct dy_code_map *sub = refusal == 2 ? m->appeal_sub : refusal ? m->refusal_sub : m->intent_sub;
  int n = refusal == 2 ? m->nappeal_sub : refusal ? m->nrefusal_sub : m->nintent_sub, best = -1;
  size_t bl = 0;
  for (int i = 0; i < n; i++) {
    size_t l = strlen(sub[i].act);
    if (l > bl && !strncmp(act, sub[i].act, l)) { best = i; bl = l; }
  }
  if (best >= 0) return sub[best].code;
  if (!isdigit((unsigned char)act[0]) || !isdigit((unsigned char)act[1])) return "";
  int r = (act[0] - '0') * 10 + (act[1] - '0');
  return r <= 20 ? (refusal == 2 ? m->appeal[r] : refusal ? m->refusal[r] : m->intent[r]) : "";
}

/* policy.txt: "one-sided <TAB> ROOT ...", "place-target <TAB> ROOT ...",
 * "political-sectors <TAB> CODE ...", "riot-sectors <TAB> CODE ..." and
 * "organ-sectors <TAB> CODE ..." and "mobile-sectors <TAB> CODE ...". */
static int policy_line(dy_coder_models *m, char *line, const char *where, char *why, size_t nwhy) {
  char *save = NULL, *key = strtok_r(line, " \t\r\n", &save);
  if (key && (!strcmp(key, "min-margin") || !strcmp(key, "pattern-margin") || !strcmp(key, "one-sided-margin") || !strcmp(key, "soft-margin") ||
              !strcmp(key, "soft-words") || !strcmp(key, "soft-ratio"))) {
    char *v = strtok_r(NULL, " \t\r\n", &save), *end = NULL;
    double x = v ? strtod(v, &end) : -1;
    if (!v || *end || x < 0 || x > 100) { snprintf(why, nwhy, "%s: %s needs a number from 0 to 100", where, key); return -1; }
    if (!strcmp(key, "min-margin")) m->min_margin = (float)x;
    else if (!strcmp(key, "pattern-margin")) m->pattern_margin = (float)x;
    else if (!strcmp(key, "one-sided-margin")) m->one_sided_margin = (float)x;
    else if (!strcmp(key, "soft-margin")) m->soft_margin = (float)x;
    else if (!strcmp(key, "soft-words")) m->soft_words = (int)x;
    else m->soft_ratio = (float)x;
    return 0;
  }
  int sectors = key && !strcmp(key, "political-sectors"), riot = key && !strcmp(key, "riot-sectors");
  int press = key && !strcmp(key, "press-sectors"), organ = key && !strcmp(key, "organ-sectors");
  int psrc = key && !strcmp(key, "place-source-passive"), mobile = key && !strcmp(key, "mobile-sectors");
  int solo = key && !strcmp(key, "solo-codes"), cpart = key && !strcmp(key, "counterpart-codes"), partner = key && !strcmp(key, "partner-codes");
  uint8_t *roots = key && !strcmp(key, "one-sided") ? m->one_sided
                 : key && !strcmp(key, "one-sided-pattern") ? m->one_sided_pattern
                 : key && !strcmp(key, "mutual-roots") ? m->mutual
                 : key && !strcmp(key, "place-target") ? m->place_target
                 : key && !strcmp(key, "place-source") ? m->place_source
                 : key && !strcmp(key, "purpose-target") ? m->purpose_target
                 : key && !strcmp(key, "place-qualifies") ? m->place_qualifies
                 : key && !strcmp(key, "venue-roots") ? m->venue_roots
                 : key && !strcmp(key, "press-target") ? m->press_target : NULL;
  if (!sectors && !riot && !press && !organ && !psrc && !mobile && !solo && !cpart && !partner && !roots) { snprintf(why, nwhy, "%s: unknown policy '%s'", where, key ? key : ""); return -1; }
  for (char *v = strtok_r(NULL, " \t\r\n", &save); v; v = strtok_r(NULL, " \t\r\n", &save)) {
    if (riot) {
      if (strlen(v) != 3 || m->nriot == 16) { snprintf(why, nwhy, "%s: '%s' is no sector code (or too many)", where, v); return -1; }
      memcpy(m->riot[m->nriot++], v, 4);
      continue;
    }
    if (organ) {
      if (strlen(v) != 3 || m->norgan == 8) { snprintf(why, nwhy, "%s: '%s' is no sector code (or too many)", where, v); return -1; }
      memcpy(m->organ[m->norgan++], v, 4);
      continue;
    }
    if (mobile) {
      if (strlen(v) != 3 || m->nmobile == 8) { snprintf(why, nwhy, "%s: '%s' is no sector code (or too many)", where, v); return -1; }
      memcpy(m->mobile[m->nmobile++], v, 4);
      continue;
    }
    if (psrc || solo || cpart || partner) {
      size_t n = strlen(v);
      int digits = n >= 2 && n <= 4;
      for (size_t i = 0; i < n && digits; i++) digits = isdigit((unsigned char)v[i]) != 0;
      if (!digits || (psrc ? m->npassive_src : solo ? m->nsolo : partner ? m->npartner : m->ncounterpart) == 16) { snprintf(why, nwhy, "%s: '%s' is no CAMEO code (or too many)", where, v); return -1; }
      if (psrc) memcpy(m->passive_src[m->npassive_src++], v, n + 1);
      else if (solo) memcpy(m->solo[m->nsolo++], v, n + 1);
      else if (partner) memcpy(m->partner[m->npartner++], v, n + 1);
      else memcpy(m->counterpart[m->ncounterpart++], v, n + 1);
      continue;
    }
    if (press) {
      if (strlen(v) != 3 || m->npress == 8) { snprintf(why, nwhy, "%s: '%s' is no sector code (or too many)", where, v); return -1; }
      memcpy(m->press[m->npress++], v, 4);
      continue;
    }
    if (sectors) {
      if (strlen(v) != 3 || m->npolitical == 16) { snprintf(why, nwhy, "%s: '%s' is no sector code (or too many)", where, v); return -1; }
      memcpy(m->political[m->npolitical++], v, 4);
      continue;
    }
    char *end;
    long r = strtol(v, &end, 10);
    if (*end || r < 1 || r > 20) { snprintf(why, nwhy, "%s: '%s' is no CAMEO root", where, v); return -1; }
    roots[r] = 1;
  }
  return 0;
}

dy_coder_models *dy_coder_models_load(const char *dir, int with_events, char *why, size_t nwhy) {
  dy_coder_models *m = dy_xcalloc(1, sizeof *m);
  m->pattern_margin = 1; /* all of it unless policy.txt says less */
  char path[4096];
  if (!(m->ps = dy_parser_load(dir, why, nwhy))) goto fail;
  const char *ev = getenv("DYAD_EVENT_MODEL");
  if (ev && *ev) snprintf(path, sizeof path, "%s", ev);
  else snprintf(path, sizeof path, "%s/coder/events.bin", dir);
  if (with_events && !(m->em = dy_evmodel_load(path, why, nwhy))) goto fail;
  if (read_lines(m, dir, "words.txt", words_line, why, nwhy) || read_lines(m, dir, "intent.txt", intent_line, why, nwhy) ||
      read_lines(m, dir, "refusal.txt", refusal_line, why, nwhy) || read_lines(m, dir, "appeal.txt", appeal_line, why, nwhy) ||
      read_lines(m, dir, "policy.txt", policy_line, why, nwhy) || read_lines(m, dir, "senses.txt", senses_line, why, nwhy) ||
      read_lines(m, dir, "classes.txt", classes_line, why, nwhy))
    goto fail;
  if (index_words(m, why, nwhy)) goto fail;
  sort_classes(m);
  dy_labels *L = &m->L;
  struct { int *id; const char *name; } T[] = {
      {&L->nsubj, "nsubj"}, {&L->nsubj_pass, "nsubj:pass"}, {&L->nsubj_outer, "nsubj:outer"}, {&L->csubj, "csubj"}, {&L->obj, "obj"}, {&L->iobj, "iobj"},
      {&L->obl, "obl"}, {&L->obl_agent, "obl:agent"}, {&L->obl_tmod, "obl:tmod"}, {&L->obl_npmod, "obl:npmod"},
      {&L->nmod, "nmod"}, {&L->nmod_poss, "nmod:poss"}, {&L->nmod_tmod, "nmod:tmod"}, {&L->nmod_npmod, "nmod:npmod"},
      {&L->case_, "case"}, {&L->xcomp, "xcomp"}, {&L->ccomp, "ccomp"}, {&L->conj, "conj"}, {&L->amod, "amod"},
      {&L->compound, "compound"}, {&L->compound_prt, "compound:prt"}, {&L->acl, "acl"}, {&L->acl_relcl, "acl:relcl"},
      {&L->advcl, "advcl"}, {&L->appos, "appos"}, {&L->aux, "aux"}, {&L->aux_pass, "aux:pass"}, {&L->mark, "mark"},
      {&L->advmod, "advmod"}, {&L->parataxis, "parataxis"}, {&L->flat, "flat"}, {&L->cop, "cop"}, {&L->det, "det"},
      {&L->nummod, "nummod"}, {&L->root, "root"}, {&L->punct, "punct"}, {&L->expl, "expl"}, {&L->dep, "dep"},
      {&L->cc, "cc"}};
  for (size_t k = 0; k < sizeof T / sizeof T[0]; k++) *T[k].id = dy_parser_label_id(m->ps, T[k].name);
  /* UD 2.15 names the bare noun-phrase modifiers ("on Friday" aside:
   * "Friday", "this week", "two miles") "unmarked" */
  int *um[] = {&L->obl_tmod, &L->obl_npmod, &L->nmod_tmod, &L->nmod_npmod};
  for (size_t k = 0; k < 4; k++)
    if (*um[k] < 0) *um[k] = dy_parser_label_id(m->ps, k < 2 ? "obl:unmarked" : "nmod:unmarked");
  if (L->nsubj < 0 || L->obj < 0 || L->case_ < 0) { snprintf(why, nwhy, "the parser model has no nsubj/obj/case labels"); goto fail; }
  return m;
fail:
  dy_coder_models_free(m);
  return NULL;
}

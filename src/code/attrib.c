/* attrib.c: the attribution stage, after the coder and the quotes (whose
 * speakers it reads). Wire news reports events on someone's
 * word ("..., officials said Thursday", "according to police", "Iran said
 * Pakistan had violated its airspace"); the event stays asserted (the
 * field's practice) and keeps who reported it: dy_event.attr_*.
 *
 * Rules, each named (DYAD_TRACE prints them):
 *   attr-quote      the event's trigger is inside a quote of the quotes
 *                   stage (direct or reported speech): its speaker
 *   attr-according  "according to X" anywhere in the sentence
 *   attr-trailing   ", X said (on Thursday)." or ", said X." after the trigger
 *   attr-leading    "X said (that) ..." before the trigger (X may be the
 *                   event's own source: "Iran said it would retaliate")
 * A verb of saying is a word of the class `say` (data/wordclasses.txt)
 * that is not the event's own trigger; the speaker is the actor mention of
 * the phrase, else its words. */
#include "attrib.h"
#include "../lexicon/wordlists.h"
#include "../extract/quotes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const dy_lexicon *lx;
  dy_doc *d;
  int trace;
} actx;

static const char *tw(const actx *c, uint32_t i) { return dy_tok_norm(c->d, &c->d->toks[i]); }
static int is(const actx *c, uint32_t i, const char *w) { return strcmp(tw(c, i), w) == 0; }
static uint64_t wcls(const actx *c, uint32_t i) { return dy_lex_wclass(c->lx, c->d->tid[i]); }
static uint32_t fwc(const actx *c, uint32_t i) { return dy_lex_fwclass(c->lx, c->d->tid[i]); }
/* a verb of saying of attribution (data/quotes.txt, class say: "said",
 * "told", "added"); "saying" opens a clause of the subject's own */
static int say(const actx *c, uint32_t i) { return (fwc(c, i) & DY_FW_SAY) && !is(c, i, "saying") && !is(c, i, "according"); }
static int comma(const actx *c, uint32_t i) { return is(c, i, ",") || is(c, i, ";") || is(c, i, ":") || is(c, i, "--"); }
/* the end of a sentence: its closing punctuation and quotation marks */
static int closing(const actx *c, uint32_t i) {
  const char *w = tw(c, i);
  return !strcmp(w, ".") || !strcmp(w, "!") || !strcmp(w, "\"") || !strcmp(w, "\xe2\x80\x9d") || !strcmp(w, "'") ||
         !strcmp(w, "\xe2\x80\x99") || !strcmp(w, ")");
}
/* a word that may stand beside a speaker: dates and times ("Thursday"),
 * adverbs ("also", "separately"), numbers */
static int timeword(const actx *c, uint32_t i) {
  return (wcls(c, i) & (DY_W_DATE | DY_W_ADV | DY_W_TIMEADJ | DY_W_TIMEMOD)) || (c->d->toks[i].flags & DY_TOK_DIGIT);
}
/* and between a speaker and its verb: those and the words of class
 * speaker-gap (data/quotes.txt: "Iran on Tuesday said", "the ministry has said") */
static int filler(const actx *c, uint32_t i) { return timeword(c, i) || (fwc(c, i) & DY_FW_SPKGAP); }

/* Can tokens [a, b) name a speaker: no clause word ("which he said"), no
 * conjunction opening it ("and hours later Trump announced"), no participle
 * ("drawing condemnation from ...")? */
static int speaker_phrase(const actx *c, uint32_t a, uint32_t b) {
  if (wcls(c, a) & DY_W_CONJ) return 0;
  for (uint32_t i = a; i < b; i++)
    if ((wcls(c, i) & (DY_W_CLAUSE | DY_W_ING)) || (fwc(c, i) & DY_FW_SPKSTOP)) return 0;
  return 1;
}

/* The attribution of e to tokens [a, b) (the speaker's phrase): its actor
 * mention if it has one, else its words. 0 when the phrase is empty. */
static int set_speaker(actx *c, dy_event *e, const dy_sent *se, uint32_t a, uint32_t b, const char *rule) {
  while (a < b && (timeword(c, a) || comma(c, a) || closing(c, a))) a++;
  while (b > a && (filler(c, b - 1) || comma(c, b - 1) || closing(c, b - 1))) b--;
  if (a >= b) return 0;
  const dy_doc *d = c->d;
  if (b - a > 10) return 0;
  /* the phrase's actor: its first mention with a state or an organisation's
   * code, else its first ("a spokesman for Afghanistan's Taliban administration") */
  int m = -1;
  for (uint32_t x = se->ment0; x < se->ment1; x++) {
    const dy_mention *y = &d->ments[x];
    if (y->tok0 < a || y->tok1 > b) continue;
    if (m < 0 || (dy_lex_generic_code(c->lx, d->ments[m].code) && !dy_lex_generic_code(c->lx, y->code))) m = (int)x;
  }
  const dy_mention *x = m >= 0 ? &d->ments[m] : NULL;
  if (x && (x->kind == DY_ACT_PERSON || x->kind == DY_ACT_PRONOUN || x->person >= 0)) {
    /* a person: the name ("he" is the person it stands for, "Sharif" Shehbaz Sharif) */
    snprintf(e->attr_name, sizeof e->attr_name, "%s", x->name);
  } else {
    size_t n = d->toks[b - 1].end - d->toks[a].start;
    if (n >= sizeof e->attr_name) n = sizeof e->attr_name - 1;
    memcpy(e->attr_name, d->text + d->toks[a].start, n);
    e->attr_name[n] = 0;
  }
  snprintf(e->attr_code, sizeof e->attr_code, "%s", x ? x->code : "");
  e->attr_start = d->toks[a].start;
  e->attr_end = d->toks[b - 1].end;
  e->attr_rule = rule;
  if (c->trace) fprintf(stderr, "    rule %s: %s %s -> '%s'\n", rule, e->code, e->source, e->attr_name);
  return 1;
}

/* attr-quote: a quote containing the trigger */
static int from_quote(actx *c, dy_event *e, int kind) {
  const dy_doc *d = c->d;
  for (uint32_t q = 0; q < d->nquotes; q++) {
    const dy_quote *x = &d->quotes[q];
    if (!x->speaker[0] || e->verb_start < x->start || e->verb_end > x->end || (kind && x->kind != kind)) continue;
    /* a speaker only described ("Legal experts") is no one the stage named */
    if (x->via == DY_VIA_DESCRIPTION) return 0;
    snprintf(e->attr_code, sizeof e->attr_code, "%s", x->code);
    snprintf(e->attr_name, sizeof e->attr_name, "%s", x->speaker);
    e->attr_start = x->sp_start;
    e->attr_end = x->sp_end;
    e->attr_rule = "attr-quote";
    if (c->trace) fprintf(stderr, "    rule attr-quote: %s %s -> '%s'\n", e->code, e->source, e->attr_name);
    return 1;
  }
  return 0;
}

/* The rules of the sentence, in order; 1 when one found the speaker. */
static int in_sentence(actx *c, dy_event *e, int unknown) {
  const dy_doc *d = c->d;
  const dy_sent *se = &d->sents[e->sent];
  uint32_t v0 = se->tok1, v1 = se->tok0;
  for (uint32_t i = se->tok0; i < se->tok1; i++) {
    const dy_tok *t = &d->toks[i];
    if (t->start >= e->verb_start && t->end <= e->verb_end) {
      if (i < v0) v0 = i;
      v1 = i + 1;
    }
  }
  if (v0 >= v1) return 0;
  /* attr-according: "according to X" */
  for (uint32_t i = se->tok0; i + 2 < se->tok1; i++) {
    if (!is(c, i, "according") || !is(c, i + 1, "to") || (i >= v0 && i < v1)) continue;
    uint32_t b = i + 2;
    while (b < se->tok1 && !comma(c, b) && !closing(c, b) && b < i + 12) b++;
    if (set_speaker(c, e, se, i + 2, b, "attr-according")) return 1;
  }
  for (uint32_t k = v1; k < se->tok1; k++) {
    if (!say(c, k)) continue;
    /* attr-trailing: ", X said (on Thursday)." */
    uint32_t a = k;
    while (a > v1 && !comma(c, a - 1)) a--;
    if (a <= v1 || k - a > 10) continue;
    if (a < k && !speaker_phrase(c, a, k)) continue;
    /* what may follow the verb: a date, "in a statement"; after "told" its hearer */
    uint32_t z = k + 1;
    int told = (fwc(c, k) & DY_FW_HEARER) != 0;
    if (z < se->tok1 && !told && !filler(c, z) && !closing(c, z) && !comma(c, z) && !(fwc(c, z) & DY_FW_SPKTAIL) && a < k) continue;
    while (z < se->tok1 && z < k + 9 && !comma(c, z) && !say(c, z)) z++;
    while (z < se->tok1 && closing(c, z)) z++;
    /* the end of the sentence, or a comma: "..., the ministry said, with the toll now at ..." */
    if ((z == se->tok1 || comma(c, z)) && a < k && set_speaker(c, e, se, a, k, "attr-trailing")) return 1;
    /* ", said X." and ", said X of Y.": X an actor mention right after the
     * verb, then the end, a comma or its affiliation ("of", "at", "from") */
    if (a == k && k + 1 < se->tok1) {
      for (uint32_t x = se->ment0; x < se->ment1; x++) {
        const dy_mention *y = &d->ments[x];
        if (y->tok0 != k + 1) continue;
        uint32_t b = y->tok1;
        if (b < se->tok1 && !comma(c, b) && !closing(c, b) && !(fwc(c, b) & DY_FW_AFFIL)) break;
        if (set_speaker(c, e, se, k + 1, b, "attr-trailing")) return 1;
        break;
      }
    }
  }
  /* attr-leading: "X said (that) ..." with the event's source after the verb of saying */
  for (uint32_t k = v0; k-- > se->tok0;) {
    if (!say(c, k) && !((fwc(c, k) & DY_FW_SAYTHAT) && k + 1 < se->tok1 && (fwc(c, k + 1) & DY_FW_THAT))) continue;
    uint32_t b = k;
    while (b > se->tok0 && filler(c, b - 1)) b--;
    /* "Iran's foreign ministry spokesman, Nasser Kanaani, said": the apposition's name */
    if (b > se->tok0 + 1 && is(c, b - 1, ",")) {
      b--;
      /* "The three governments, which have formed their own alliance, said":
       * the subject before the relative clause */
      for (uint32_t q = b; q-- > se->tok0 + 1 && b - q < 14;) {
        if (is(c, q, ",")) break;
        if ((is(c, q, "which") || is(c, q, "who")) && is(c, q - 1, ",")) { b = q - 1; break; }
      }
    }
    for (uint32_t x = se->ment0; x < se->ment1; x++)
      if (d->ments[x].tok1 == b) return set_speaker(c, e, se, d->ments[x].tok0, b, "attr-leading");
    /* "Turkey's foreign ministry spokesman, Oncu Keceli, said": a name the
     * dictionaries do not know, in apposition to a mention: the name, the
     * mention's code */
    if (b < k) {
      uint32_t a = b;
      while (a > se->tok0 && b - a < 4 && (d->toks[a - 1].flags & DY_TOK_UPPER) && !(d->toks[a - 1].flags & DY_TOK_PUNCT)) a--;
      if (a < b && a > se->tok0 + 1 && is(c, a - 1, ","))
        for (uint32_t x = se->ment0; x < se->ment1; x++)
          if (d->ments[x].tok1 == a - 1 && set_speaker(c, e, se, a, b, "attr-leading")) {
            snprintf(e->attr_code, sizeof e->attr_code, "%s", d->ments[x].code);
            return 1;
          }
    }
    /* a subject the dictionaries do not know, opening the sentence ("Legal experts said", "A fourth source said") */
    uint32_t a = se->body0 > se->tok0 && se->body0 < b ? se->body0 : se->tok0;
    if (unknown && say(c, k) && b > a && b - a <= 4 && speaker_phrase(c, a, b)) {
      for (uint32_t i = a; i < b; i++)
        if (d->toks[i].flags & DY_TOK_PUNCT) return 0;
      return set_speaker(c, e, se, a, b, "attr-leading");
    }
    return 0;
  }
  return 0;
}

/* A direct quote the trigger is in first; then the sentence's own words;
 * else a reported quote the trigger is in (its speaker may be named in
 * another sentence, or be "she" of the one before); else a subject the
 * dictionaries do not know. */
static void attribute(actx *c, dy_event *e) {
  /* inside quotation marks, what the sentence says of who said it ("...,
   * according to some estimates, ...") is the speaker's own words */
  if (from_quote(c, e, DY_QUOTE_DIRECT)) return;
  if (!in_sentence(c, e, 0) && !from_quote(c, e, 0)) in_sentence(c, e, 1);
}

int dy_attribute_events(const dy_lexicon *lx, dy_doc *d) {
  actx c = {lx, d, getenv("DYAD_TRACE") != NULL};
  for (uint32_t i = 0; i < d->nevents; i++) {
    dy_event *e = &d->events[i];
    e->attr_name[0] = e->attr_code[0] = 0;
    e->attr_start = e->attr_end = 0;
    e->attr_rule = NULL;
    if (e->sent < d->nsents) attribute(&c, e);
  }
  return 0;
}

/* quotes.c: quotes and their speakers (see quotes.h). Works on tokens: the
 * quotation marks are paired over the whole document (a quote may span
 * sentences), then each quote looks for its attribution after the closing
 * mark ("...," she added / Fatemeh Aman, senior fellow at ..., told DW /
 * said Aman of ...) and else before the opening one (Aman said that "...").
 * A quote with no attribution that opens a sentence of the last speaker's
 * paragraph is that speaker's; a quote running over paragraphs keeps its
 * speaker. Sentences with a speech verb and no quote give reported speech. Names
 * introduced with an apposition anywhere in the document are remembered, so
 * a later surname is resolved to the full name and its affiliation. */
#include "quotes.h"
#include "actors.h"
#include "../base.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

const char *dy_quote_via_name(int via) {
  static const char *const V[] = {"", "name", "surname", "pronoun", "actor", "description", "continued"};
  return via > 0 && via <= DY_VIA_CONTINUED ? V[via] : "";
}

enum { Q_NONE = 0, Q_OPEN = 1, Q_CLOSE = 2, Q_AMB = 3 };

typedef struct {
  const dy_lexicon *lx;
  dy_doc *d;
  const uint32_t *fc;
  uint8_t *used;      /* speech verbs already used as an attribution */
  uint8_t *inq;       /* token inside a direct quote */
  int32_t *sent_of;   /* token -> sentence */
  int32_t *ment_of;   /* token -> the first actor mention covering it (no pronoun or pair), or -1 */
  /* people introduced in the document: name tokens and affiliation */
  struct { uint32_t t0, t1; char name[64], affil[96], code[16]; } reg[64];
  int nreg;
  /* the last named speaker */
  int desc_person;    /* the last resolve found a person by a description ("the then prime minister", "the actress") */
  int have_last;
  uint32_t last_sent;
  dy_quote last;
} qctx;

static const char *tw(const qctx *c, uint32_t i) { return dy_tok_norm(c->d, &c->d->toks[i]); }
static int is(const qctx *c, uint32_t i, const char *w) { return strcmp(tw(c, i), w) == 0; }
static int punct(const qctx *c, uint32_t i) { return (c->d->toks[i].flags & DY_TOK_PUNCT) != 0; }
static int upper(const qctx *c, uint32_t i) { return (c->d->toks[i].flags & DY_TOK_UPPER) != 0; }

/* The kind of quotation mark token i is (0 none), and whether double. */
static int qmark(const qctx *c, uint32_t i, int *dbl) {
  const dy_tok *t = &c->d->toks[i];
  const unsigned char *s = (const unsigned char *)c->d->text + t->start;
  size_t n = t->end - t->start;
  if (!(t->flags & DY_TOK_PUNCT) || (t->flags & DY_TOK_POSS)) return Q_NONE;
  *dbl = 1;
  if (n == 1 && s[0] == '"') return Q_AMB;
  if (n == 3 && s[0] == 0xE2 && s[1] == 0x80) {
    if (s[2] == 0x9C) return Q_OPEN;
    if (s[2] == 0x9D) return Q_CLOSE;
    *dbl = 0;
    if (s[2] == 0x98) return Q_OPEN;
    if (s[2] == 0x99) return Q_CLOSE;
  }
  if (n == 2 && s[0] == 0xC2 && s[1] == 0xAB) return Q_OPEN;
  if (n == 2 && s[0] == 0xC2 && s[1] == 0xBB) return Q_CLOSE;
  *dbl = 0;
  if (n == 1 && s[0] == '\'') return Q_AMB;
  return Q_NONE;
}

/* Whether the mark at token i can open (space or start before, a word after)
 * or close (no space before). */
static int can_open(const qctx *c, uint32_t i) {
  const dy_tok *t = &c->d->toks[i];
  int space_before = t->start == 0 || strchr(" \n\t([—-", c->d->text[t->start - 1]) != NULL;
  int word_after = t->end < c->d->len && !strchr(" \n\t", c->d->text[t->end]);
  return space_before && word_after;
}
static int can_close(const qctx *c, uint32_t i) {
  const dy_tok *t = &c->d->toks[i];
  return t->start > 0 && !strchr(" \n\t", c->d->text[t->start - 1]);
}

/* Copies bytes [s, e) of the text into out (cap bytes), on a UTF-8 boundary, white space folded. */
static void copy_span(const qctx *c, uint32_t s, uint32_t e, char *out, size_t cap) {
  size_t o = 0;
  for (uint32_t i = s; i < e && o + 1 < cap; i++) {
    char ch = c->d->text[i];
    if (ch == '\n' || ch == '\t') ch = ' ';
    if (ch == ' ' && (o == 0 || out[o - 1] == ' ')) continue;
    out[o++] = ch;
  }
  while (o > 0 && ((unsigned char)out[o - 1] & 0xC0) == 0x80) o--; /* a cut character */
  if (o > 0 && (unsigned char)out[o - 1] >= 0xC0) o--;
  while (o > 0 && (out[o - 1] == ' ' || out[o - 1] == ',')) o--;
  out[o] = 0;
}
static void copy_toks(const qctx *c, uint32_t t0, uint32_t t1, char *out, size_t cap) {
  if (t1 <= t0) { out[0] = 0; return; }
  copy_span(c, c->d->toks[t0].start, c->d->toks[t1 - 1].end, out, cap);
}

/* A word of a name: capitalised, not a function word. */
static int name_word(const qctx *c, uint32_t i) {
  return upper(c, i) && !punct(c, i) && !(c->fc[i] & DY_FW_NOTNAME) && !(c->d->toks[i].flags & DY_TOK_DIGIT);
}

/* The run of name words that starts at i (hyphens and "al", "bin" inside), within [i, lim): its end. */
static uint32_t name_run(const qctx *c, uint32_t i, uint32_t lim) {
  uint32_t j = i;
  const dy_tok *t = c->d->toks;
  while (j < lim) {
    if (name_word(c, j)) { j++; continue; }
    if (j > i && j + 1 < lim && name_word(c, j + 1) &&
        ((c->fc[j] & DY_FW_NAMEJOIN) || (is(c, j, "-") && t[j].start == t[j - 1].end))) { j += 2; continue; }
    /* a lower-case piece between hyphens ("Zia-ul-Haq"), a joining word before one ("al-Qasimi") */
    if (j > i && j + 3 < lim && is(c, j, "-") && t[j].start == t[j - 1].end && t[j + 1].start == t[j].end && !punct(c, j + 1) &&
        is(c, j + 2, "-") && t[j + 2].start == t[j + 1].end && t[j + 3].start == t[j + 2].end && name_word(c, j + 3)) { j += 4; continue; }
    if (j > i && j + 2 < lim && (c->fc[j] & DY_FW_NAMEJOIN) && is(c, j + 1, "-") && t[j + 1].start == t[j].end && t[j + 2].start == t[j + 1].end &&
        name_word(c, j + 2)) { j += 3; continue; }
    break;
  }
  return j;
}

/* The actor mention covering token t in sentence s, or -1. */
static int mention_at(const qctx *c, uint32_t t) { return t < c->d->ntoks ? c->ment_of[t] : -1; }

/* The first actor code of a mention inside tokens [t0, t1), or "". */
static void code_in(const qctx *c, uint32_t t0, uint32_t t1, char *code) {
  code[0] = 0;
  for (uint32_t m = 0; m < c->d->nments; m++) {
    const dy_mention *mm = &c->d->ments[m];
    if (mm->kind == DY_ACT_PRONOUN || mm->kind == DY_ACT_PAIR || mm->surname) continue;
    if (mm->tok0 >= t0 && mm->tok1 <= t1 && mm->code[0]) { snprintf(code, 16, "%s", mm->code); return; }
  }
}

/* A name word folded to ASCII for comparing spellings of one name: the
 * Latin-1 letters with diacritics as their base letter ("Müller" as
 * "muller"), or with german, the umlauts as two letters ("mueller"). Writes
 * at most cap - 1 bytes; returns the length, or 0 when it does not fit. */
static size_t fold_name(const char *w, size_t n, int german, char *out, size_t cap) {
  static const char BASE[] = "aaaaaaaceeeeiiiidnooooo/ouuuuyty"; /* U+00E0 .. U+00FF */
  size_t o = 0;
  for (size_t i = 0; i < n; i++) {
    unsigned char ch = (unsigned char)w[i];
    const char *rep = NULL;
    char one[2] = {0, 0};
    if (ch == 0xC3 && i + 1 < n && (unsigned char)w[i + 1] >= 0x80 && (unsigned char)w[i + 1] <= 0xBF) {
      unsigned v = 0xC0 + ((unsigned char)w[i + 1] & 0x3F); /* U+00C0 .. U+00FF */
      i++;
      if (v != 0xDF && v < 0xE0) v += 0x20; /* lower case */
      if (german && (v == 0xE4 || v == 0xF6 || v == 0xFC)) rep = v == 0xE4 ? "ae" : v == 0xF6 ? "oe" : "ue";
      else if (v == 0xDF) rep = "ss";
      else { one[0] = BASE[v - 0xE0]; rep = one; }
    } else {
      one[0] = (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
      rep = one;
    }
    for (; *rep; rep++) {
      if (o + 1 >= cap) return 0;
      out[o++] = *rep;
    }
  }
  out[o] = 0;
  return o;
}

/* Whether two name words are one name spelt with and without diacritics
 * ("Muller", "Mueller", "Müller"). */
static int same_name_word(const qctx *c, const dy_tok *a, const dy_tok *b) {
  const char *x = dy_tok_norm(c->d, a), *y = dy_tok_norm(c->d, b);
  if (a->nlen == b->nlen && memcmp(x, y, a->nlen) == 0) return 1;
  char fx[64], fy[64];
  for (int g = 0; g < 2; g++) {
    size_t nx = fold_name(x, a->nlen, g, fx, sizeof fx), ny = fold_name(y, b->nlen, g, fy, sizeof fy);
    if (nx && nx == ny && !memcmp(fx, fy, nx)) return 1;
  }
  return 0;
}

static int reg_find_surname(const qctx *c, uint32_t t0, uint32_t t1) {
  /* the name's last word against each registered name's last word, or the
   * whole name, spelt with or without diacritics (rule name-spelling) */
  const dy_tok *a = &c->d->toks[t1 - 1];
  for (int r = c->nreg - 1; r >= 0; r--) {
    const dy_tok *b = &c->d->toks[c->reg[r].t1 - 1];
    if (same_name_word(c, a, b) && c->reg[r].t1 - c->reg[r].t0 >= t1 - t0) return r;
  }
  return -1;
}

/* rule short-org: "the Post" after "the Washington Post": the last
 * organisation mention before token t of two words or more whose last word
 * is token t's, or -1. */
static int org_short(const qctx *c, uint32_t t) {
  const dy_tok *a = &c->d->toks[t];
  for (int m = (int)c->d->nments - 1; m >= 0; m--) {
    const dy_mention *mm = &c->d->ments[m];
    if (mm->kind != DY_ACT_ORG || mm->tok1 > t || mm->tok1 - mm->tok0 < 2 || !mm->code[0]) continue;
    const dy_tok *b = &c->d->toks[mm->tok1 - 1];
    if (a->nlen == b->nlen && memcmp(dy_tok_norm(c->d, a), dy_tok_norm(c->d, b), a->nlen) == 0) return m;
  }
  return -1;
}

/* Where the person's own name starts in person mention m, from token
 * from on ("Secretary of State [Marco] Rubio": the token that is the first
 * word of the person's name), before token lim; lim when none is. */
static uint32_t person_name_start(const qctx *c, const dy_mention *m, uint32_t from, uint32_t lim) {
  size_t fl = strcspn(m->name, " ");
  for (uint32_t k = from; k < lim; k++) {
    const dy_tok *t = &c->d->toks[k];
    if (t->end - t->start == fl && !memcmp(c->d->text + t->start, m->name, fl)) return k;
  }
  return lim;
}

static int reg_add(qctx *c, uint32_t t0, uint32_t t1, uint32_t a0, uint32_t a1) {
  int r = -1;
  for (int k = 0; k < c->nreg; k++)
    if (c->reg[k].t1 - c->reg[k].t0 == t1 - t0 && !memcmp(c->d->text + c->d->toks[c->reg[k].t0].start, c->d->text + c->d->toks[t0].start,
                                                           c->d->toks[t1 - 1].end - c->d->toks[t0].start)) r = k;
  if (r < 0) {
    if (c->nreg == 64) return -1;
    r = c->nreg++;
    memset(&c->reg[r], 0, sizeof c->reg[r]);
  }
  c->reg[r].t0 = t0;
  c->reg[r].t1 = t1;
  copy_toks(c, t0, t1, c->reg[r].name, sizeof c->reg[r].name);
  int m = mention_at(c, t0);
  if (m >= 0 && c->d->ments[m].kind == DY_ACT_PERSON) {
    snprintf(c->reg[r].name, sizeof c->reg[r].name, "%s", c->d->ments[m].name);
    snprintf(c->reg[r].code, sizeof c->reg[r].code, "%s", c->d->ments[m].code);
  }
  if (a1 > a0) {
    uint32_t s = a0;
    if (s < a1 && (is(c, s, "a") || is(c, s, "an") || is(c, s, "the"))) s++;
    copy_toks(c, s, a1, c->reg[r].affil, sizeof c->reg[r].affil);
    if (!c->reg[r].code[0]) code_in(c, a0, a1, c->reg[r].code);
  }
  return r;
}

/* Pre-pass: "Name Name, <description with a role word>," anywhere; and
 * "role Name" ("trade lawyer Osama Malik"). */
static void find_people(qctx *c) {
  dy_doc *d = c->d;
  for (uint32_t s = 0; s < d->nsents; s++) {
    const dy_sent *se = &d->sents[s];
    for (uint32_t i = se->tok0; i < se->tok1; i++) {
      if (!name_word(c, i)) continue;
      uint32_t e = name_run(c, i, se->tok1);
      int m = mention_at(c, i);
      int person = m >= 0 && d->ments[m].kind == DY_ACT_PERSON;
      if (m >= 0 && !person) {
        /* "Interior Minister Pavel Dorn" (actors' rule titled-name): the name after the title, the title its description */
        uint32_t n0 = d->ments[m].name0;
        int r = n0 > i && n0 + 1 < e && d->ments[m].tok1 >= e ? reg_add(c, n0, e, i, n0) : -1;
        if (r >= 0 && !c->reg[r].code[0]) snprintf(c->reg[r].code, sizeof c->reg[r].code, "%s", d->ments[m].code);
        i = e - 1;
        continue;
      }
      if (person && d->ments[m].tok1 > e) {
        /* "Secretary of State Marco Rubio": the person's own name, from where it starts in the mention */
        uint32_t n = person_name_start(c, &d->ments[m], i, d->ments[m].tok1);
        if (n < d->ments[m].tok1) i = n;
        e = d->ments[m].tok1;
      }
      if (e - i >= 2 || person) {
        uint32_t a0 = 0, a1 = 0;
        if (e < se->tok1 && is(c, e, ",")) {
          int role = 0;
          uint32_t j = e + 1;
          for (; j < se->tok1 && j < e + 24 && !is(c, j, ",") && !is(c, j, ".") && !is(c, j, ";"); j++)
            if (c->fc[j] & DY_FW_ROLE) role = 1;
          if (role && j < se->tok1 && (is(c, j, ",") || is(c, j, "."))) { a0 = e + 1; a1 = j; }
        }
        if (!a1) {
          /* a description before the name: lower-case words ending with a role word */
          uint32_t j = i;
          while (j > se->tok0 && j > i - 5 && !punct(c, j - 1) && !(c->fc[j - 1] & DY_FW_NOTNAME)) j--;
          int role = 0;
          for (uint32_t k = j; k < i; k++) if (c->fc[k] & DY_FW_ROLE) role = 1;
          if (role) { a0 = j; a1 = i; }
        }
        if (e - i >= 2 || a1) reg_add(c, i, e, a0, a1);
      }
      i = e - 1;
    }
  }
}

/* An affiliation of the words before a name ends before the speaker's own
 * name ("Secretary of State [Marco Rubio]", "Prime Minister [Anwaar-ul-]Haq
 * Kakar") and not on a word that joins ("Deputy Prime Minister and"). */
static void trim_affil(dy_quote *q) {
  char first[64];
  size_t n = strcspn(q->speaker, " -");
  if (n < 2 || n >= sizeof first) return;
  memcpy(first, q->speaker, n);
  first[n] = 0;
  for (char *p = strstr(q->affil, first); p; p = strstr(p + 1, first))
    if (p == q->affil || p[-1] == ' ') { *p = 0; break; }
  size_t len = strlen(q->affil);
  for (;;) {
    while (len > 0 && (q->affil[len - 1] == ' ' || q->affil[len - 1] == ',' || q->affil[len - 1] == '-')) len--;
    q->affil[len] = 0;
    const char *const J[] = {" and", " of", " &", NULL};
    int cut = 0;
    for (int k = 0; J[k]; k++) {
      size_t jl = strlen(J[k]);
      if (len >= jl && !strcmp(q->affil + len - jl, J[k])) { len -= jl; cut = 1; break; }
    }
    if (!cut) break;
  }
  q->affil[len] = 0;
}

/* When the clause at p0 follows "Name, description,", where the name starts; else p0. */
static uint32_t appos_start(const qctx *c, uint32_t s0, uint32_t p0) {
  if (p0 <= s0 || !is(c, p0 - 1, ",")) return p0;
  uint32_t k = p0 - 1;
  while (k > s0 && !is(c, k - 1, ",") && p0 - k < 24) k--;
  if (k > s0 && is(c, k - 1, ",")) {
    uint32_t n = k - 1;
    while (n > s0 && name_word(c, n - 1)) n--;
    if (n < k - 1 && (n == s0 || !name_word(c, n - 1))) {
      int role = 0;
      for (uint32_t j = k; j < p0; j++) if (c->fc[j] & DY_FW_ROLE) role = 1;
      if (role) return n;
    }
  }
  return p0;
}

/* The one registered person whose description has the noun at token j
 * ("architect Marwan Al-Sayed", later "the architect"), or -1 (none, or
 * several). */
static int reg_described(const qctx *c, uint32_t j) {
  const char *w = tw(c, j);
  size_t n = strlen(w);
  int found = -1;
  for (int r = 0; r < c->nreg; r++) {
    const char *a = c->reg[r].affil;
    for (const char *p = a; *p; p++) {
      if ((p == a || p[-1] == ' ') && !strncasecmp(p, w, n) && (p[n] == 0 || p[n] == ' ' || p[n] == ',')) {
        if (found >= 0 && strcmp(c->reg[found].name, c->reg[r].name)) return -1;
        found = r;
        break;
      }
    }
  }
  return found;
}

/* A verb form at token i: a past or -s form of a pattern verb, a verb of
 * saying, an auxiliary, or a lower-case word in -ed. */
static int verb_form(const qctx *c, uint32_t i) {
  uint64_t w = dy_lex_wclass(c->lx, c->d->tid[i]);
  const dy_tok *t = &c->d->toks[i];
  if (w & (DY_W_PASTPART | DY_W_VERB3 | DY_W_SAY | DY_W_FUTURE | DY_W_MODAL | DY_W_HAVE | DY_W_BE)) return 1;
  return t->nlen > 4 && !memcmp(dy_tok_norm(c->d, t) + t->nlen - 2, "ed", 2);
}

/* Whether the name run [k, e) of sentence se stands as a subject: a
 * lower-case word after it ("Paltrow opened up"), or an apposition
 * ("Sister Sharon Holland, the head of ..."); no acronym inside ("NASA
 * Goddard Institute for ..."). */
static int subject_run(const qctx *c, const dy_sent *se, uint32_t k, uint32_t e) {
  if (e - k > 4 || e >= se->tok1) return 0;
  for (uint32_t i = k; i < e; i++)
    if ((c->d->toks[i].flags & DY_TOK_ALLCAPS) && c->d->toks[i].end - c->d->toks[i].start > 1) return 0;
  for (uint32_t p = 0; p < c->d->nplaces; p++) /* "New Jersey has lost ...": a place */
    if (c->d->places[p].tok0 < e && c->d->places[p].tok1 > k) return 0;
  /* a word before another name is a title ("Space Studies climatologist
   * Gavin Schmidt"), unless it is a verb ("Sharif met Pezeshkian", rule
   * subject-verb-name) */
  if (!upper(c, e) && !punct(c, e) && !(c->fc[e] & DY_FW_NOTNAME)) return !(e + 1 < se->tok1 && name_word(c, e + 1)) || verb_form(c, e);
  /* "Sharif then met ...", "Dar also said": an adverb, then a verb */
  if (dy_lex_wclass(c->lx, c->d->tid[e]) & DY_W_ADV) {
    uint32_t a = e;
    while (a < se->tok1 && a < e + 3 && (dy_lex_wclass(c->lx, c->d->tid[a]) & DY_W_ADV)) a++;
    if (a < se->tok1 && !upper(c, a) && verb_form(c, a)) return 1;
  }
  /* "Sister Sharon Holland, the head of ...", "Matie, then in his late 20s," */
  return is(c, e, ",") && e + 1 < se->tok1 && !upper(c, e + 1) && !punct(c, e + 1) && !is(c, e + 1, "and") &&
         !is(c, e + 1, "or") && !is(c, e + 1, "but");
}

/* rule pronoun-sex: a person's sex as the article tells it, 'm', 'f' or 0:
 * an honorific of word class male or female right before the person's
 * surname anywhere in the text ("Mr Addison", "Mrs Thatcher"), else such a
 * noun in the person's description ("spokeswoman"). */
static int sex_of(const qctx *c, const char *name, const char *affil) {
  int x = dy_honorific_sex(c->lx, c->d, name);
  if (x) return x;
  const dy_wordlists *wl = dy_lex_wordlists(c->lx);
  for (const char *p = affil; wl && *p;) {
    while (*p == ' ' || *p == ',') p++;
    size_t n = 0;
    char w[32];
    while (p[n] && p[n] != ' ' && p[n] != ',') n++;
    if (n && n < sizeof w) {
      for (size_t k = 0; k < n; k++) w[k] = (char)(p[k] >= 'A' && p[k] <= 'Z' ? p[k] + 32 : p[k]);
      const dy_fword *f = dy_fw_get(wl, w, n);
      if (f && (f->cls & DY_FW_MALE)) return 'm';
      if (f && (f->cls & DY_FW_FEMALE)) return 'f';
    }
    p += n;
  }
  return 0;
}

/* The sex a pronoun at token i says ('m' he, 'f' she), or 0. */
static int pron_sex(const qctx *c, uint32_t i) { return is(c, i, "he") ? 'm' : is(c, i, "she") ? 'f' : 0; }

/* Whether a person of that name and description is of the other sex than g. */
static int other_sex(const qctx *c, const char *name, const char *affil, int g) {
  int x = g ? sex_of(c, name, affil) : 0;
  return x && x != g;
}

/* The person "he" or "she" at token t of sentence sent stands for when a
 * person was named after the last speaker: the first full name the
 * register knows (or its surname) standing as a subject among the first 12
 * words of a sentence since then, the nearest sentence first, at most
 * three back ("Paltrow opened up about Brad Pitt ... 'I fell in love with
 * him,' she said"). A sentence whose subject is itself "he" or "she" is
 * passed over ("Although she refused to confirm that she dumped Pitt"), and
 * so is a heading (no lower-case word). The register's index; else
 * -2 - m for a person mention m the dictionaries name in full ("Sharif
 * met Pezeshkian"); else -1. */
static int recent_subject(const qctx *c, uint32_t sent, uint32_t t, int sex) {
  int64_t lo = c->have_last ? (int64_t)c->last_sent + 1 : 0;
  if (lo < (int64_t)sent - 3) lo = (int64_t)sent - 3;
  for (int64_t s = sent; s >= lo; s--) {
    const dy_sent *se = &c->d->sents[s];
    int heading = 1;
    for (uint32_t k = se->tok0; k < se->tok1; k++)
      if (!upper(c, k) && !punct(c, k) && !(c->d->toks[k].flags & DY_TOK_DIGIT)) heading = 0;
    if (heading) continue;
    uint32_t end = se->tok1 < t ? se->tok1 : t;
    if (end > se->tok0 + 12) end = se->tok0 + 12;
    for (uint32_t k = se->tok0; k < end; k++) {
      if (c->inq[k]) continue;
      if (is(c, k, "he") || is(c, k, "she")) break;
      if (!name_word(c, k)) continue;
      uint32_t e = name_run(c, k, se->tok1);
      /* "on the subject of Johnny Depp, with whom she ...": a name after a preposition is no subject */
      if (k > se->tok0 && (dy_lex_wclass(c->lx, c->d->tid[k - 1]) & DY_W_PREP)) { k = e - 1; continue; }
      int m = mention_at(c, k);
      int titled = m >= 0 && c->d->ments[m].name0 > k && c->d->ments[m].name0 + 1 < e && c->d->ments[m].tok1 >= e;
      int person = m >= 0 && c->d->ments[m].kind == DY_ACT_PERSON;
      /* "Foreign ministry spokesman Majed al-Ansari condemned": the whole mention */
      if (person && c->d->ments[m].tok1 > e) e = c->d->ments[m].tok1;
      /* "Prime Minister Shehbaz Sharif met ...": the person's own name */
      uint32_t n = titled ? c->d->ments[m].name0 : person ? person_name_start(c, &c->d->ments[m], k, e) : k;
      if (n >= e) n = k;
      if ((m < 0 || person || titled) && subject_run(c, se, n, e)) {
        int r = reg_find_surname(c, n, e);
        if (r >= 0 && c->reg[r].t1 - c->reg[r].t0 >= 2 && !other_sex(c, c->reg[r].name, c->reg[r].affil, sex)) return r;
        /* a person the dictionaries know by that name ("Sharif met ..."), in full */
        for (uint32_t x = se->ment0; r < 0 && x < se->ment1; x++) {
          const dy_mention *mm = &c->d->ments[x];
          if (mm->kind == DY_ACT_PERSON && mm->tok0 <= k && mm->tok1 >= e && strchr(mm->name, ' ') && !other_sex(c, mm->name, "", sex))
            return -2 - (int)x;
        }
      }
      k = e - 1;
    }
  }
  return -1;
}

/* Resolves the speaker phrase [p0, p1) (first: the speaker comes first in
 * it, as after "said"); fills q. Returns 1 when a speaker was found. */
static int resolve(qctx *c, uint32_t p0, uint32_t p1, uint32_t sent, int first, dy_quote *q) {
  dy_doc *d = c->d;
  c->desc_person = 0;
  while (p0 < p1 && (is(c, p0, ",") || is(c, p0, "to"))) p0++;
  while (p1 > p0 && (is(c, p1 - 1, ",") || is(c, p1 - 1, "."))) p1--;
  if (p1 <= p0 || p1 - p0 > 30) return 0;
  /* a participle clause after a comma is what the speaker went on to do, no description ("said Mr.
   * Oyelaran, adding that ..."): the phrase ends before it */
  for (uint32_t k = p0 + 1; k + 1 < p1; k++) {
    const dy_tok *w = &d->toks[k + 1];
    if (is(c, k, ",") && !upper(c, k + 1) && !punct(c, k + 1) && w->nlen > 4 && !memcmp(dy_tok_norm(d, w) + w->nlen - 3, "ing", 3)) {
      p1 = k;
      break;
    }
  }
  if (p1 - p0 == 1 && (c->fc[p0] & DY_FW_PRON)) {
    int g = pron_sex(c, p0);
    int r = g ? recent_subject(c, sent, p0, g) : -1;
    if (r >= 0 || r <= -2) {
      if (r >= 0) {
        snprintf(q->speaker, sizeof q->speaker, "%s", c->reg[r].name);
        snprintf(q->affil, sizeof q->affil, "%s", c->reg[r].affil);
        snprintf(q->code, sizeof q->code, "%s", c->reg[r].code);
      } else {
        const dy_mention *mm = &d->ments[-2 - r];
        snprintf(q->speaker, sizeof q->speaker, "%s", mm->name);
        q->affil[0] = 0;
        snprintf(q->code, sizeof q->code, "%s", mm->code);
      }
      q->sp_start = d->toks[p0].start;
      q->sp_end = d->toks[p0].end;
      q->via = DY_VIA_PRONOUN;
      return 1;
    }
    if (!c->have_last || sent > c->last_sent + 6) return 0;
    const dy_quote *last = &c->last;
    if (other_sex(c, last->speaker, last->affil, g)) {
      /* "she" after Mr Addison spoke: the last speaker of her sex, of the ten sentences before */
      last = NULL;
      for (uint32_t k = d->nquotes; k-- > 0 && d->quotes[k].sent + 10 >= sent;)
        if (d->quotes[k].speaker[0] && (d->quotes[k].via == DY_VIA_NAME || d->quotes[k].via == DY_VIA_SURNAME || d->quotes[k].via == DY_VIA_PRONOUN ||
                                         d->quotes[k].via == DY_VIA_CONTINUED || d->quotes[k].via == DY_VIA_DESCRIPTION) &&
            sex_of(c, d->quotes[k].speaker, d->quotes[k].affil) == g) {
          last = &d->quotes[k];
          break;
        }
      /* else the person of her sex named last before it, of the ten sentences before */
      int best = -1;
      for (int r2 = 0; !last && r2 < c->nreg; r2++)
        if (c->reg[r2].t1 <= p0 && (uint32_t)c->sent_of[c->reg[r2].t0] + 10 >= sent && (best < 0 || c->reg[r2].t0 > c->reg[best].t0) &&
            sex_of(c, c->reg[r2].name, c->reg[r2].affil) == g)
          best = r2;
      if (!last && best >= 0) {
        snprintf(q->speaker, sizeof q->speaker, "%s", c->reg[best].name);
        snprintf(q->affil, sizeof q->affil, "%s", c->reg[best].affil);
        snprintf(q->code, sizeof q->code, "%s", c->reg[best].code);
        q->sp_start = d->toks[p0].start;
        q->sp_end = d->toks[p0].end;
        q->via = DY_VIA_PRONOUN;
        return 1;
      }
      if (!last) return 0;
    }
    snprintf(q->speaker, sizeof q->speaker, "%s", last->speaker);
    snprintf(q->affil, sizeof q->affil, "%s", last->affil);
    snprintf(q->code, sizeof q->code, "%s", last->code);
    q->sp_start = d->toks[p0].start;
    q->sp_end = d->toks[p0].end;
    q->via = DY_VIA_PRONOUN;
    return 1;
  }
  /* the apposition: "Name, description," */
  uint32_t comma = p1;
  for (uint32_t k = p0; k < p1; k++) if (is(c, k, ",")) { comma = k; break; }
  /* the name: the first run (speaker first) or the last run before the apposition */
  uint32_t n0 = 0, n1 = 0, lim = first ? p1 : comma;
  uint32_t body0 = 0, body1 = 0; /* a body named before a description and the name */
  int paren = 0;
  for (uint32_t k = p0; k < lim; k++) {
    /* a parenthesis is no name: "State Sen. Michael Doherty (R-Warren) said" */
    if (is(c, k, "(")) paren++;
    else if (is(c, k, ")") && paren) paren--;
    if (paren || !name_word(c, k)) continue;
    uint32_t e = name_run(c, k, lim);
    int m = mention_at(c, k);
    /* a title and a name ("Deputy Prime Minister and Foreign Minister Haroun Taleqani", actors' rules
     * titled-name and title-conjunct): the run is the whole mention */
    if (m >= 0 && (d->ments[m].name0 > k || d->ments[m].kind == DY_ACT_PERSON) && d->ments[m].tok1 > e) e = d->ments[m].tok1 < lim ? d->ments[m].tok1 : lim;
    /* a country or organisation before a description ("Pakistan's Foreign Ministry spokesperson X") is no name */
    int actor = m >= 0 && d->ments[m].kind != DY_ACT_PERSON;
    if (!actor || !n1) { n0 = k; n1 = e; }
    /* "Wray Grimaldi of the University of Otago in Dunedin, ..., said": the rest is the affiliation */
    if (!first && !actor && e < lim && (is(c, e, "of") || is(c, e, "at") || is(c, e, "from"))) break;
    if (first && !actor) {
      /* "said Foreign Office spokesperson Shafqat Ali Khan": the body before the description is the
       * affiliation, the name after it the speaker */
      uint32_t t = e;
      while (t < lim && !upper(c, t) && (c->fc[t] & (DY_FW_ROLE | DY_FW_SRCNOUN))) t++;
      if (t == e || t >= lim || !name_word(c, t)) break;
      body0 = k;
      body1 = e;
      k = t - 1;
      continue;
    }
    /* "said Foreign Office spokesperson Shafqat Ali Khan": past the body, to the name */
    k = e - 1;
    if (!actor) continue;
  }
  if (!n1 && comma < p1) {
    /* "the spokeswoman, Anna Kowalski,": the name is the apposition */
    for (uint32_t k = comma + 1; k < p1; k++)
      if (name_word(c, k)) {
        uint32_t e = name_run(c, k, p1);
        if (mention_at(c, k) < 0 || d->ments[mention_at(c, k)].kind == DY_ACT_PERSON) {
          copy_toks(c, p0 + (is(c, p0, "the") || is(c, p0, "a") || is(c, p0, "an")), comma, q->affil, sizeof q->affil);
          copy_toks(c, k, e, q->speaker, sizeof q->speaker);
          q->sp_start = d->toks[k].start;
          q->sp_end = d->toks[e - 1].end;
          q->via = DY_VIA_NAME;
          int r = reg_find_surname(c, k, e);
          if (r >= 0) snprintf(q->speaker, sizeof q->speaker, "%s", c->reg[r].name);
          return 1;
        }
        break;
      }
  }
  /* a title before the name: "Minister Daniel Okafor" */
  uint32_t title0 = n0;
  while (n1 > n0 + 1 && (c->fc[n0] & DY_FW_ROLE)) n0++;
  /* the mention of a title and a name: the name is the speaker, the title its affiliation, the mention's code its actor */
  int tm = n1 ? mention_at(c, n0) : -1;
  if (tm >= 0 && d->ments[tm].name0 > n0 && d->ments[tm].name0 < d->ments[tm].tok1 && d->ments[tm].tok1 <= n1) {
    n0 = d->ments[tm].name0;
    n1 = d->ments[tm].tok1;
    snprintf(q->code, sizeof q->code, "%s", d->ments[tm].code);
  }
  if (!n1) {
    /* "the then prime minister", "the country's foreign minister", "the
     * Iranian president": a description the actors stage resolved to a
     * person of the dictionaries (rules past-holder, the-country) */
    for (uint32_t k = p0; k < p1 && k < p0 + 8; k++) {
      int m = mention_at(c, k);
      if (m < 0 || d->ments[m].person < 0 || d->ments[m].tok1 > p1 || d->ments[m].name0) continue;
      snprintf(q->speaker, sizeof q->speaker, "%s", d->ments[m].name);
      snprintf(q->code, sizeof q->code, "%s", d->ments[m].code);
      copy_toks(c, p0 + (is(c, p0, "the") || is(c, p0, "a") || is(c, p0, "an")), d->ments[m].tok1, q->affil, sizeof q->affil);
      q->sp_start = d->toks[p0].start;
      q->sp_end = d->toks[p1 - 1].end;
      q->via = DY_VIA_DESCRIPTION;
      c->desc_person = 1;
      return 1;
    }
    /* no name: "the official", "officials", "a spokesman for the ministry" */
    uint32_t k = p0;
    int det = k < p1 && (is(c, k, "the") || is(c, k, "a") || is(c, k, "an"));
    for (uint32_t j = p0; j < p1 && j < p0 + 8; j++)
      if (c->fc[j] & (DY_FW_SRCNOUN | DY_FW_EPITHET)) {
        if (!det && j != p0 && !(c->fc[p0] & DY_FW_SRCNOUN) && !upper(c, p0)) {
          /* "three Israeli officials": a number or an adjective before */
        }
        uint32_t e = j + 1;
        /* "the architect says" after "architect Marwan Al-Sayed": that person */
        if (e == p1 && (det || j == p0)) {
          int r = reg_described(c, j);
          /* rule epithet: "the actress said", "the round, bearded
           * businessman laughs", no one so described: the person the
           * sentences since the last speaker have as subject, else the last
           * speaker named within three sentences */
          if (r < 0 && det && is(c, p0, "the") && (c->fc[j] & DY_FW_EPITHET)) {
            r = recent_subject(c, sent, p0, 0);
            if (r <= -2) r = -1;
            if (r < 0 && c->have_last && sent <= c->last_sent + 3 && c->last.speaker[0] &&
                (c->last.via == DY_VIA_NAME || c->last.via == DY_VIA_SURNAME || c->last.via == DY_VIA_PRONOUN || c->last.via == DY_VIA_CONTINUED)) {
              snprintf(q->speaker, sizeof q->speaker, "%s", c->last.speaker);
              snprintf(q->affil, sizeof q->affil, "%s", c->last.affil);
              snprintf(q->code, sizeof q->code, "%s", c->last.code);
              q->sp_start = d->toks[p0].start;
              q->sp_end = d->toks[p1 - 1].end;
              q->via = DY_VIA_DESCRIPTION;
              c->desc_person = 1;
              return 1;
            }
          }
          if (r >= 0) {
            snprintf(q->speaker, sizeof q->speaker, "%s", c->reg[r].name);
            snprintf(q->affil, sizeof q->affil, "%s", c->reg[r].affil);
            snprintf(q->code, sizeof q->code, "%s", c->reg[r].code);
            q->sp_start = d->toks[p0].start;
            q->sp_end = d->toks[p1 - 1].end;
            q->via = DY_VIA_DESCRIPTION;
            c->desc_person = 1;
            return 1;
          }
        }
        /* "for the ministry", "of the Gaza health ministry" */
        if (e + 1 < p1 && (is(c, e, "for") || is(c, e, "of") || is(c, e, "at"))) e = p1;
        copy_toks(c, p0, e < p1 ? e : p1, q->speaker, sizeof q->speaker);
        q->sp_start = d->toks[p0].start;
        q->sp_end = d->toks[(e < p1 ? e : p1) - 1].end;
        code_in(c, p0, p1, q->code);
        q->via = DY_VIA_DESCRIPTION;
        return 1;
      }
    return 0;
  }
  q->sp_start = d->toks[n0].start;
  q->sp_end = d->toks[n1 - 1].end;
  int m = mention_at(c, n0);
  if (m >= 0 && d->ments[m].kind != DY_ACT_PERSON && d->ments[m].person < 0) {
    /* "three Israeli officials", "Gaza's health ministry", "the State Department official": a description */
    for (uint32_t j = n1; j < p1 && j < n1 + 4; j++)
      if (c->fc[j] & DY_FW_SRCNOUN) {
        copy_toks(c, p0, j + 1, q->speaker, sizeof q->speaker);
        q->sp_start = d->toks[p0].start;
        q->sp_end = d->toks[j].end;
        snprintf(q->code, sizeof q->code, "%s", d->ments[m].code);
        q->via = DY_VIA_DESCRIPTION;
        return 1;
      }
  }
  if (m >= 0 && d->ments[m].kind != DY_ACT_PERSON && d->ments[m].person >= 0) {
    /* "the Pakistani leader": the holder of the post */
    snprintf(q->speaker, sizeof q->speaker, "%s", d->ments[m].name);
    snprintf(q->code, sizeof q->code, "%s", d->ments[m].code);
    q->via = DY_VIA_ACTOR;
    return 1;
  }
  if (m >= 0 && d->ments[m].kind != DY_ACT_PERSON) {
    /* an actor as speaker: "the Foreign Office said" */
    copy_toks(c, n0, n1, q->speaker, sizeof q->speaker);
    snprintf(q->code, sizeof q->code, "%s", d->ments[m].code);
    q->via = DY_VIA_ACTOR;
    return 1;
  }
  if (m < 0 && n1 == n0 + 1 && n0 > p0 && is(c, n0 - 1, "the")) {
    int o = org_short(c, n0);
    if (o >= 0) {
      snprintf(q->speaker, sizeof q->speaker, "%s", d->ments[o].name);
      snprintf(q->code, sizeof q->code, "%s", d->ments[o].code);
      q->via = DY_VIA_ACTOR;
      return 1;
    }
  }
  /* a capitalised first word of the sentence before a role or source noun is no name ("Legal experts
   * said", "Senior officials at the ministry said"): a description */
  if (m < 0 && n1 == n0 + 1 && n0 == d->sents[c->sent_of[n0]].tok0 && n1 < p1 && !upper(c, n1) && (c->fc[n1] & (DY_FW_ROLE | DY_FW_SRCNOUN))) {
    uint32_t e = n1 + 1;
    if (e + 1 < p1 && (is(c, e, "for") || is(c, e, "of") || is(c, e, "at"))) e = p1;
    copy_toks(c, n0, e, q->speaker, sizeof q->speaker);
    q->sp_start = d->toks[n0].start;
    q->sp_end = d->toks[e - 1].end;
    code_in(c, n0, e, q->code);
    q->via = DY_VIA_DESCRIPTION;
    return 1;
  }
  copy_toks(c, n0, n1, q->speaker, sizeof q->speaker);
  q->via = DY_VIA_NAME;
  if (m >= 0) {
    snprintf(q->speaker, sizeof q->speaker, "%s", d->ments[m].name);
    snprintf(q->code, sizeof q->code, "%s", d->ments[m].code);
  }
  /* a person mention of a title and a name ("U.S. Secretary of State Marco
   * Rubio"): the name starts where the person's does, the title is the
   * mention's words before it */
  if (m >= 0 && d->ments[m].kind == DY_ACT_PERSON) {
    uint32_t k = person_name_start(c, &d->ments[m], n0 + 1, n1);
    if (k < n1) {
      title0 = d->ments[m].tok0 < n0 ? d->ments[m].tok0 : n0;
      n0 = k;
      q->sp_start = d->toks[n0].start;
    }
  }
  /* affiliation: the apposition, "of ORG" after the name, the words before it, the register */
  if (comma < p1 && comma + 1 < p1) {
    copy_toks(c, comma + 1 + (is(c, comma + 1, "a") || is(c, comma + 1, "an") || is(c, comma + 1, "the")), p1, q->affil, sizeof q->affil);
    if (!q->code[0]) code_in(c, comma + 1, p1, q->code);
  } else if (n1 + 1 < p1 && (is(c, n1, "of") || is(c, n1, "at") || is(c, n1, "from"))) {
    copy_toks(c, n1 + 1 + is(c, n1 + 1, "the"), p1, q->affil, sizeof q->affil);
    if (!q->code[0]) code_in(c, n1 + 1, p1, q->code);
  } else if (title0 < n0) {
    copy_toks(c, title0, n0, q->affil, sizeof q->affil);
  } else if (body1 && body1 <= n0) {
    copy_toks(c, body0, body1, q->affil, sizeof q->affil);
    if (!q->code[0]) code_in(c, body0, body1, q->code);
  } else if (n0 > p0 && !first) {
    uint32_t a0 = p0;
    while (a0 < n0 && (is(c, a0, "the") || is(c, a0, "a") || is(c, a0, "an"))) a0++;
    if (a0 < n0) {
      copy_toks(c, a0, n0, q->affil, sizeof q->affil);
      if (!q->code[0]) code_in(c, a0, n0, q->code);
    }
  }
  trim_affil(q);
  int r = reg_find_surname(c, n0, n1);
  if (r >= 0) {
    if (c->reg[r].t1 - c->reg[r].t0 > n1 - n0) q->via = DY_VIA_SURNAME;
    snprintf(q->speaker, sizeof q->speaker, "%s", c->reg[r].name);
    if (c->reg[r].affil[0] && (!q->affil[0] || q->via == DY_VIA_SURNAME)) {
      /* the apposition is the fuller description; "of the Middle East Institute" is in it */
      if (!q->affil[0] || strlen(c->reg[r].affil) > strlen(q->affil)) snprintf(q->affil, sizeof q->affil, "%s", c->reg[r].affil);
    }
    if (!q->code[0]) snprintf(q->code, sizeof q->code, "%s", c->reg[r].code);
  }
  return 1;
}

static void remember(qctx *c, const dy_quote *q) {
  /* "she" is a person: a description only when it named one ("the actress", "the then prime minister") */
  if ((q->via == DY_VIA_DESCRIPTION || q->via == DY_VIA_ACTOR) && !c->desc_person) return;
  c->last = *q;
  c->have_last = 1;
  c->last_sent = q->sent;
}

static int is_say(const qctx *c, uint32_t i) {
  if (!(c->fc[i] & (DY_FW_SAY | DY_FW_SAYTHAT))) return 0;
  if (upper(c, i) && !(i == c->d->sents[c->sent_of[i]].tok0)) return 0; /* "the United States" */
  return 1;
}

/* The attribution after a closing mark at token b (exclusive bound lim). */
static int after(qctx *c, uint32_t j, uint32_t lim, uint32_t sent, dy_quote *q, uint32_t *verb) {
  uint32_t k = j;
  for (; k < lim && k < j + 22; k++) {
    if (is(c, k, ".") || is(c, k, ";") || is(c, k, "?") || is(c, k, "!")) return 0;
    int dbl;
    if (qmark(c, k, &dbl)) return 0;
    if (is_say(c, k) && !c->used[k]) break;
  }
  if (k >= lim || k >= j + 22) return 0;
  /* the words between the mark and the verb name no one: "'...' in new
   * manufacturing, said Joseph Seneca, a Rutgers University economist" */
  int inverted = k > j + 1 && k + 1 < lim && name_word(c, k + 1);
  int ok = 0;
  /* rule quote-adjunct: the rest of the quoted clause before the speaker
   * ("'...' in 2024, the Post said": a lower-case word that is no pronoun
   * nor article first) names no one: the speaker follows its comma */
  uint32_t j2 = j;
  if (j < k && !upper(c, j) && !punct(c, j) && !(c->fc[j] & DY_FW_PRON) && !is(c, j, "the") && !is(c, j, "a") && !is(c, j, "an"))
    for (uint32_t t = j + 1; t + 1 < k; t++)
      if (is(c, t, ",")) { j2 = t + 1; break; }
  if (!(k == j || (k == j + 1 && is(c, j, ",")) || is(c, k, "according"))) ok = resolve(c, j2, k, sent, 0, q);
  if (!ok && (k == j || (k == j + 1 && is(c, j, ",")) || is(c, k, "according") || inverted)) {
    /* said Aman of the Middle East Institute / according to X */
    uint32_t e = k + 1;
    while (e < lim && !is(c, e, ".") && !is(c, e, ";") && e < k + 28) {
      int dbl;
      if (qmark(c, e, &dbl)) break;
      e++;
    }
    ok = resolve(c, k + 1, e, sent, 1, q);
  }
  if (ok) *verb = k;
  return ok;
}

/* The attribution before an opening mark at token a: "X said (that)", "X said:" */
static int before(qctx *c, uint32_t s0, uint32_t a, uint32_t sent, dy_quote *q, uint32_t *verb) {
  for (uint32_t k = a; k > s0 && k + 14 > a; k--) {
    uint32_t v = k - 1;
    if (c->inq[v]) return 0;
    if (!is_say(c, v) || c->used[v]) continue;
    /* the subject: from the clause's start to the verb, with an apposition before it */
    uint32_t p0 = v;
    while (p0 > s0 && !is(c, p0 - 1, ";") && !is(c, p0 - 1, ",") && !(c->inq[p0 - 1]) && v - p0 < 12) p0--;
    p0 = appos_start(c, s0, p0);
    if (is(c, v, "according")) return resolve(c, v + 1, a, sent, 1, q) ? (*verb = v, 1) : 0;
    /* "Karenga denounced the idea, saying, '...'": the subject of the clause before */
    if (p0 == v && v > s0 && is(c, v - 1, ",") && (is(c, v, "saying") || is(c, v, "adding"))) {
      /* "..., Lord Baker added, saying ...": the speaker of the verb of saying before it */
      for (uint32_t u = v - 1; u > s0 && u + 8 > v; u--)
        if (is_say(c, u - 1) && !c->inq[u - 1]) {
          uint32_t w = u - 1, b0 = w;
          while (b0 > s0 && !is(c, b0 - 1, ",") && !is(c, b0 - 1, ";") && !c->inq[b0 - 1] && w - b0 < 8) b0--;
          if (b0 < w && resolve(c, b0, w, sent, 0, q)) return *verb = v, 1;
          break;
        }
      return resolve(c, s0, v - 1, sent, 1, q) ? (*verb = v, 1) : 0;
    }
    if (resolve(c, p0, v, sent, 0, q)) { *verb = v; return 1; }
    return 0;
  }
  return 0;
}

static int push_quote(qctx *c, const dy_quote *q) {
  dy_quote *o = dy_doc_push_quote(c->d);
  if (!o) return -1;
  *o = *q;
  return 0;
}

/* Reported speech in sentence s: "X said (that) ...", "..., X said.", "according to X, ...". */
static int reported(qctx *c, uint32_t s) {
  dy_doc *d = c->d;
  const dy_sent *se = &d->sents[s];
  for (uint32_t v = se->tok0; v < se->tok1; v++) {
    if (c->inq[v] || c->used[v] || !is_say(c, v)) continue;
    /* "That said," */
    if (v == se->tok0 + 1 && is(c, se->tok0, "that")) continue;
    /* a noun: "the claims", "his remarks"; "said to be", "asked to" */
    if (v > se->tok0 && (is(c, v - 1, "the") || is(c, v - 1, "a") || is(c, v - 1, "his") || is(c, v - 1, "her") || is(c, v - 1, "its"))) continue;
    if (v + 1 < se->tok1 && is(c, v + 1, "to") && !is(c, v, "according")) continue;
    dy_quote q;
    memset(&q, 0, sizeof q);
    q.kind = DY_QUOTE_REPORTED;
    q.sent = s;
    uint32_t c0 = 0, c1 = 0;
    /* what was said starts after a dateline ("WASHINGTON, Aug. 13 -") */
    uint32_t body0 = se->body0 > se->tok0 && se->body0 < v ? se->body0 : se->tok0;
    int ok = 0;
    if (is(c, v, "according")) {
      if (v + 1 >= se->tok1 || !is(c, v + 1, "to")) continue;
      uint32_t e = v + 2;
      while (e < se->tok1 && !is(c, e, ",") && !is(c, e, ".")) e++;
      ok = resolve(c, v + 2, e, s, 1, &q);
      /* the claim: the rest of the sentence */
      if (v > se->tok0 + 3) { c0 = body0; c1 = v; }
      else if (e + 1 < se->tok1) { c0 = e + 1; c1 = se->tok1; }
    } else {
      int end_form = v + 1 >= se->tok1 || is(c, v + 1, ".") || is(c, v + 1, ",");
      uint32_t p0 = v;
      while (p0 > body0 && !is(c, p0 - 1, ",") && !is(c, p0 - 1, ";") && v - p0 < 10) p0--;
      /* rule tail-end-form: "..., the Washington Post reported on
       * Wednesday, citing drafts": a speaker after a comma whose verb has
       * only a date or a short phrase of a preposition of class
       * speech-tail after it, up to a comma or the end, reports what came
       * before the comma */
      if (!end_form && p0 > se->tok0 + 3 && is(c, p0 - 1, ",") && p0 < v) {
        uint32_t k = v + 1;
        int tail = (c->fc[k] & DY_FW_SPKTAIL) || (dy_lex_wclass(c->lx, d->tid[k]) & DY_W_DATE);
        while (tail && k < se->tok1 && k < v + 7 && !punct(c, k) && !(c->fc[k] & DY_FW_THAT) && !is_say(c, k)) k++;
        if (tail && k < v + 7 && (k >= se->tok1 || is(c, k, ",") || is(c, k, "."))) end_form = 1;
      }
      /* the end form's subject follows a comma: "..., the ministry said.";
       * "... with often antagonistic Arab states." names no speaker */
      /* "..., drawing condemnation from Qatar and other Gulf states.": at
       * the end, a verb of saying only with "that" in the present is a plural
       * noun ("states", "notes", "claims") */
      if (end_form && (c->fc[v] & DY_FW_SPEECHNOUN)) continue;
      uint32_t inverted_end = 0;
      if (!end_form && p0 == v && v > se->tok0 + 3 && is(c, v - 1, ",") && (c->fc[v] & DY_FW_SAY) && name_word(c, v + 1) &&
          !is(c, v, "told") && !is(c, v, "tells") && appos_start(c, se->tok0, v) == v) {
        /* the speaker's phrase runs to the sentence's end, with no verb: not "said Iran respected ...",
         * nor "said Christie 'has ...'" */
        uint32_t e = v + 1;
        int clause = 0, dbl;
        for (; e < se->tok1 && !is(c, e, ".") && !is(c, e, ";") && e < v + 28; e++)
          if (c->inq[e] || qmark(c, e, &dbl) || (!upper(c, e) && verb_form(c, e))) clause = 1;
        if (!clause && e - v <= 27) inverted_end = e;
      }
      if (end_form && p0 > se->tok0 + 3 && is(c, p0 - 1, ",")) {
        /* "..., the ministry said." */
        ok = resolve(c, p0, v, s, 0, &q);
        c0 = body0;
        c1 = p0 - 1;
      } else if (inverted_end) {
        /* rule inverted-reported: "Job creation has been hurt by ..., said
         * Ahmad Ijaz, an economist at the University of Alabama." (not
         * after an apposition: "Norman Ratcliffe, an ecologist, told X") */
        ok = resolve(c, v + 1, inverted_end, s, 1, &q);
        c0 = body0;
        c1 = v - 1;
      } else if (!end_form) {
        uint32_t b = v + 1;
        if (is(c, v, "told") || is(c, v, "tells") || is(c, v, "tell")) {
          uint32_t k = b;
          while (k < se->tok1 && k < b + 5 && !(c->fc[k] & DY_FW_THAT)) k++;
          b = k < se->tok1 && k < b + 5 ? k : b + 1;
        }
        /* "said on Wednesday that", "reported late on Monday that", "wrote on X Wednesday that", "said in a
         * statement that": a date or a short phrase of a preposition (class speech-tail) before "that" */
        /* "said during a joint media conference with Prime Minister
         * Shehbaz Sharif that": a phrase of a preposition of class
         * speech-tail, with no comma or verb of saying in it, before "that" */
        if (b < se->tok1 && (c->fc[b] & DY_FW_SPKTAIL)) {
          uint32_t k = b + 1;
          while (k < se->tok1 && k < b + 14 && !punct(c, k) && !(c->fc[k] & DY_FW_THAT) && !is_say(c, k) && !c->inq[k]) k++;
          if (k < se->tok1 && k < b + 14 && (c->fc[k] & DY_FW_THAT)) b = k;
        }
        if (!(b < se->tok1 && (c->fc[b] & DY_FW_THAT))) {
          uint32_t k = b;
          int open = 0; /* after a preposition or an article: its noun may follow */
          while (k < se->tok1 && k < b + 6 && !punct(c, k) && !(c->fc[k] & DY_FW_THAT) && !is_say(c, k)) {
            int prep = (c->fc[k] & DY_FW_SPKTAIL) != 0, det = is(c, k, "a") || is(c, k, "an") || is(c, k, "the");
            int date = (dy_lex_wclass(c->lx, d->tid[k]) & DY_W_DATE) != 0 || is(c, k, "late") || is(c, k, "early") || is(c, k, "last");
            if ((k == b && !prep && !date) || (!prep && !det && !date && !open && !upper(c, k))) break;
            open = prep || det;
            k++;
          }
          if (k > b && k < se->tok1 && (c->fc[k] & DY_FW_THAT)) b = k;
        }
        int that = b < se->tok1 && ((c->fc[b] & DY_FW_THAT) || is(c, b, ":"));
        if ((c->fc[v] & DY_FW_SAYTHAT) && !that) continue;
        if (that) b++;
        /* the subject may carry an apposition: "Muhammad Shoaib, an ... expert, said" */
        uint32_t s0 = appos_start(c, se->tok0, p0);
        /* rule description-apposition: "The ministry's spokeswoman, Ida Falk,
         * said": a name between commas after a description with a role word */
        if (s0 == v && v > se->tok0 + 2 && is(c, v - 1, ",") && name_word(c, v - 2)) {
          uint32_t pc = v - 2;
          while (pc > se->tok0 && pc + 6 > v && !is(c, pc, ",")) pc--;
          uint32_t b0 = pc;
          while (b0 > se->tok0 && !is(c, b0 - 1, ",") && !is(c, b0 - 1, ";") && pc - b0 < 10) b0--;
          int role = 0;
          for (uint32_t j = b0; j < pc; j++) if (c->fc[j] & (DY_FW_ROLE | DY_FW_SRCNOUN)) role = 1;
          if (is(c, pc, ",") && pc > b0 && role && name_run(c, pc + 1, v - 1) == v - 1 && resolve(c, pc + 1, v - 1, s, 1, &q)) {
            /* the name is the speaker, the description its affiliation */
            uint32_t a0 = b0 + (is(c, b0, "the") || is(c, b0, "a") || is(c, b0, "an"));
            if (!q.affil[0]) copy_toks(c, a0, pc, q.affil, sizeof q.affil);
            if (!q.code[0]) code_in(c, b0, pc, q.code);
            ok = 1;
          }
        }
        if (!ok) ok = resolve(c, s0, v, s, 0, &q);
        c0 = b;
        c1 = se->tok1;
        /* rule trailing-attribution: "..., the Post said." at the end is who
         * reported the report, not part of what was said */
        for (uint32_t t = c1; t-- > b + 3;) {
          if (punct(c, t) && !is(c, t, ",")) continue;
          if (!is_say(c, t) || c->inq[t] || t + 2 < se->tok1) break;
          uint32_t k = t;
          while (k > b + 3 && !is(c, k - 1, ",") && t - k < 6) k--;
          if (k > b + 3 && is(c, k - 1, ",")) c1 = k - 1;
          break;
        }
      }
    }
    while (c1 > c0 && punct(c, c1 - 1)) c1--;
    if (!ok || c1 <= c0 + 3) continue;
    /* rule second-report: "said the chief has the right to voice his
     * opinion, but said that the military would carry out ...": a second
     * verb of saying of the same speaker after ", but" or ", and" splits
     * what was said in two reports, without the words between */
    uint32_t m0 = c1, m1 = c1;
    for (uint32_t t = c0 + 3; t + 3 < c1 && m0 == c1; t++) {
      if (!is(c, t, ",") || c->inq[t] || !(is(c, t + 1, "but") || is(c, t + 1, "and"))) continue;
      uint32_t k = t + 2;
      if (k < c1 && (dy_lex_wclass(c->lx, d->tid[k]) & DY_W_ADV)) k++; /* "but also said" */
      if (k >= c1 || !is_say(c, k) || c->inq[k]) continue;
      k++;
      if (k < c1 && (c->fc[k] & DY_FW_THAT)) k++;
      if (c1 > k + 3) m0 = t, m1 = k;
    }
    c->used[v] = 1;
    for (int part = 0; part < (m0 < c1 ? 2 : 1); part++) {
      uint32_t a = part ? m1 : c0, z = m0 < c1 && !part ? m0 : c1;
      q.start = d->toks[a].start;
      q.end = d->toks[z - 1].end;
      if (push_quote(c, &q)) return -1;
      remember(c, &q);
    }
    break; /* one report per sentence */
  }
  return 0;
}

int dy_extract_quotes(const dy_lexicon *lx, dy_doc *d, const uint32_t *fc) {
  d->nquotes = 0;
  if (!d->ntoks) return 0;
  qctx *c = dy_xcalloc(1, sizeof *c);
  c->lx = lx;
  c->d = d;
  c->fc = fc;
  c->used = dy_xcalloc(d->ntoks, 1);
  c->inq = dy_xcalloc(d->ntoks, 1);
  c->sent_of = dy_xmalloc(d->ntoks * sizeof(int32_t));
  int rc = -1;
  for (uint32_t s = 0; s < d->nsents; s++)
    for (uint32_t t = d->sents[s].tok0; t < d->sents[s].tok1; t++) c->sent_of[t] = (int32_t)s;
  c->ment_of = dy_xmalloc(d->ntoks * sizeof(int32_t));
  for (uint32_t t = 0; t < d->ntoks; t++) c->ment_of[t] = -1;
  for (uint32_t m = d->nments; m-- > 0;) { /* the first mention wins: filled from the last */
    const dy_mention *mm = &d->ments[m];
    /* pronouns and lone surnames are references this stage resolves itself */
    if (mm->kind == DY_ACT_PRONOUN || mm->kind == DY_ACT_PAIR || mm->surname) continue;
    /* a title and a name the dictionaries do not know ("Mayor Ines
     * Koller", actors' rule titled-name): the title is the actor, the name
     * a name this stage reads with its description */
    uint32_t end = mm->name0 > mm->tok0 && mm->name0 < mm->tok1 ? mm->name0 : mm->tok1;
    for (uint32_t t = mm->tok0; t < end && t < d->ntoks; t++) c->ment_of[t] = (int32_t)m;
  }
  find_people(c);
  /* pair the marks; a paragraph's end closes nothing (the quote is dropped),
   * except a quote that goes on in the next paragraph, which opens with a
   * mark again (the third field is 1: closed by the paragraph's end) */
  uint32_t qs[512][3];
  int nq = 0;
  int32_t open_d = -1, open_s = -1;
  uint32_t para = 0;
  for (uint32_t i = 0; i < d->ntoks; i++) {
    uint32_t p = d->sents[c->sent_of[i]].para;
    int dbl = 0, k = qmark(c, i, &dbl);
    if (p != para) {
      if (open_d >= 0 && dbl && (k == Q_OPEN || (k == Q_AMB && can_open(c, i))) && i > (uint32_t)open_d + 1 && nq < 512) {
        qs[nq][0] = (uint32_t)open_d + 1; qs[nq][1] = i; qs[nq][2] = 1; nq++;
      }
      open_d = open_s = -1;
      para = p;
    }
    if (!k) continue;
    if (dbl) {
      if (open_d < 0 && (k == Q_OPEN || (k == Q_AMB && can_open(c, i)))) { open_d = (int32_t)i; open_s = -1; }
      else if (open_d >= 0 && (k == Q_CLOSE || (k == Q_AMB && can_close(c, i)))) {
        if (nq < 512) { qs[nq][0] = (uint32_t)open_d + 1; qs[nq][1] = i; qs[nq][2] = 0; nq++; }
        open_d = -1;
      }
    } else if (open_d < 0) {
      if (open_s < 0 && (k == Q_OPEN || (k == Q_AMB && can_open(c, i)))) open_s = (int32_t)i;
      else if (open_s >= 0 && (k == Q_CLOSE || k == Q_AMB) && can_close(c, i) &&
               (i + 1 >= d->ntoks || d->toks[i + 1].start > d->toks[i].end || punct(c, i + 1))) {
        if (nq < 512) { qs[nq][0] = (uint32_t)open_s + 1; qs[nq][1] = i; qs[nq][2] = 0; nq++; }
        open_s = -1;
      }
    }
  }
  for (int k = 0; k < nq; k++)
    for (uint32_t t = qs[k][0]; t < qs[k][1]; t++) c->inq[t] = 1;
  int prev_direct = -1; /* the quote before, when the attribution came right after it */
  uint32_t prev_end_tok = 0, done_s = 0;
  int carried = 0;      /* the last direct quote ran on into this paragraph */
  for (int k = 0; k < nq; k++) {
    uint32_t a = qs[k][0], b = qs[k][1];
    int unclosed = (int)qs[k][2];
    /* reported speech of the sentences before, in order, so "she" is the last speaker */
    while (done_s < (uint32_t)c->sent_of[a])
      if (reported(c, done_s++)) goto out;
    int words = 0;
    for (uint32_t t = a; t < b; t++) if (!punct(c, t)) words++;
    if (!words) continue;
    uint32_t sa = (uint32_t)c->sent_of[a], sb = (uint32_t)c->sent_of[unclosed ? b - 1 : b];
    dy_quote q;
    memset(&q, 0, sizeof q);
    q.kind = DY_QUOTE_DIRECT;
    q.sent = sa;
    q.start = d->toks[a].start;
    q.end = d->toks[b - 1].end;
    uint32_t verb = 0;
    uint32_t lim = d->sents[sb].tok1;
    int ok = !unclosed && b + 1 < lim && after(c, b + 1, lim, sb, &q, &verb);
    /* "...?" Matie asks: the attribution in the sentence after a question or exclamation */
    if (!ok && !unclosed && b + 1 >= lim && b >= 1 && (is(c, b - 1, "?") || is(c, b - 1, "!")) && sb + 1 < d->nsents &&
        d->sents[sb + 1].para == d->sents[sb].para && d->sents[sb + 1].tok0 == b + 1)
      ok = after(c, b + 1, d->sents[sb + 1].tok1, sb + 1, &q, &verb);
    /* a short quote is speech beside its verb of saying, or when a comma after it opens its attribution
     * ("initially 'high', Lord Baker added") */
    int adjacent = ok && (verb <= b + 2 || (b + 1 < lim && is(c, b + 1, ",")) || (b > a && is(c, b - 1, ",") && verb < b + 8));
    /* a few words quoted inside what a speaker is reported to have said
     * ("Thatcher said the plan was 'biased'") are that speaker's */
    if (!ok && (ok = before(c, d->sents[sa].tok0, a - 1, sa, &q, &verb)) && (c->fc[verb] & DY_FW_SAY) && !is(c, verb, "according")) adjacent = 1;
    /* a quote with no attribution that opens a sentence of the paragraph of
     * the last quote (or its next paragraph, when that quote ran on) is the
     * same speaker's: "...," Yearout said. "The economy went very south." */
    int opens = a >= 1 && (d->sents[c->sent_of[a - 1]].tok0 == a - 1 || d->sents[sa].tok0 == a - 1);
    int run_on = 0;
    if (!ok && d->nquotes && opens) {
      /* the last speaker, direct or reported, of this paragraph */
      const dy_quote *p = &d->quotes[d->nquotes - 1];
      uint32_t pp = p->kind == DY_QUOTE_DIRECT && prev_direct == (int)d->nquotes - 1
                        ? d->sents[c->sent_of[prev_end_tok < d->ntoks ? prev_end_tok : d->ntoks - 1]].para
                        : d->sents[p->sent].para;
      if (pp == d->sents[sa].para || (carried && prev_direct == (int)d->nquotes - 1 && pp + 1 == d->sents[sa].para))
        run_on = 1;
    }
    if (!ok && ((prev_direct >= 0 && a >= 2 && a - 1 <= prev_end_tok + 2 && is(c, a - 2, ",")) || run_on)) {
      /* "...," she added, "...": the broken quote goes on */
      const dy_quote *p = &d->quotes[run_on ? (int)d->nquotes - 1 : prev_direct];
      snprintf(q.speaker, sizeof q.speaker, "%s", p->speaker);
      snprintf(q.affil, sizeof q.affil, "%s", p->affil);
      snprintf(q.code, sizeof q.code, "%s", p->code);
      q.sp_start = p->sp_start;
      q.sp_end = p->sp_end;
      q.via = DY_VIA_CONTINUED;
      ok = 2;
    }
    /* a name in quotes ("a film called 'White Zombie'") is no speech unless a speech verb is right beside it */
    if (ok && a >= 2 && (c->fc[a - 2] & DY_FW_NAMING) && words < 6 && !(adjacent && verb > b)) { prev_direct = -1; carried = 0; continue; }
    /* scare quotes: a few words with no speech verb beside them */
    if (!ok || (words < 4 && !adjacent && ok != 2)) { prev_direct = -1; carried = 0; continue; }
    carried = unclosed;
    if (ok == 1) c->used[verb] = 1;
    if (push_quote(c, &q)) goto out;
    remember(c, &q);
    prev_direct = (int)d->nquotes - 1;
    /* where the attribution ends: a following quote that starts right there goes on */
    prev_end_tok = b;
    if (verb > b) {
      uint32_t e = verb + 1;
      while (e < lim && !is(c, e, ",") && !is(c, e, ".")) e++;
      prev_end_tok = e;
    }
  }
  while (done_s < d->nsents)
    if (reported(c, done_s++)) goto out;
  rc = 0;
out:
  free(c->used);
  free(c->inq);
  free(c->sent_of);
  free(c->ment_of);
  free(c);
  return rc;
}

/* places.c: the place stage (see places.h and docs/ARCHITECTURE.md).
 *
 * Candidates are capitalised word runs (with "and", "of", "al", hyphens
 * inside) whose normalised form is a gazetteer name, the longest first. A
 * candidate is kept when the text says it is a place (a cue before it: in,
 * at, near, from, to, across ...; a designator after it: province, port,
 * border crossing; "X-based"; a qualifier after it: "Paris, Texas"), or when
 * the name alone is a safe one (a division, a project-written place, a city
 * of 50,000 or more that is no common English word). A run beside other
 * capitalised words ("Paris Hilton", "Islamabad High Court") is a name, not
 * a place. Actor mentions (countries, people, organisations) are no places,
 * but a capital the lexicon takes for its government is a place after
 * in/at/near ("in Tehran"), and so is a country's name after a cue or in a
 * list of places ("from Sierra Leone"). A dateline ("TRENTON —") is a place;
 * a qualifier ("Calif." of "Cupertino, Calif.") is a place of its own; a
 * surname of the article standing alone is the person.
 *
 * Each candidate's entries are scored: population (the prior), the
 * document's countries (its actor mentions, most often named first), the
 * countries of its unambiguous places, the sentence's countries, the
 * divisions the article names, the qualifier, the designator. */
#include "places.h"
#include "../base.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define MAXW 6

typedef struct { char cc3[4]; int n; } ccount;

typedef struct {
  uint32_t sent, tok0, tok1;
  int32_t head;        /* gazetteer iterator of the name */
  uint8_t cue, desig, based, actor, strong, qual_country_only;
  uint8_t qualifier;   /* the qualifier of the place before ("Texas" of "Paris, Texas") */
  char qual_cc2[3], qual_cc3[4], qual_adm1[12];
  int32_t qual_tok1;   /* tokens of the qualifier end here (consumed) */
  /* the place a following "in" puts it in ("Solhan in northern Burkina Faso", "the Pearl
   * roundabout in Manama"): that place's countries, and its division */
  char in_cc3[4][4], in_adm1[12];
  uint8_t nin;
  uint8_t dateline;    /* the paragraph's dateline */
  uint8_t div_before;  /* a division word and "of" before it: "the state of Guerrero" */
} cand;

static const char *tnorm(const dy_doc *d, uint32_t i) { return dy_tok_norm(d, &d->toks[i]); }
static int tis(const dy_doc *d, uint32_t i, const char *w) { return strcmp(tnorm(d, i), w) == 0; }

/* The word classes of data/wordclasses.txt a token has (its lexicon id, looked up once per document). */
static uint64_t wc(const dy_lexicon *lx, const dy_doc *d, uint32_t i) { return dy_lex_wclass(lx, d->tid[i]); }

static int is_word(const dy_doc *d, uint32_t i) {
  return !(d->toks[i].flags & (DY_TOK_PUNCT | DY_TOK_DIGIT));
}
static int is_cap(const dy_doc *d, uint32_t i) {
  return is_word(d, i) && (d->toks[i].flags & DY_TOK_UPPER);
}

/* The normalised key of tokens [a, b). */
static int key_of(const dy_doc *d, uint32_t a, uint32_t b, char *out, size_t cap) {
  return dy_gaz_norm(d->text + d->toks[a].start, d->toks[b - 1].end - d->toks[a].start, out, cap);
}

/* dy_gaz_first of the key of token i alone; *kn gets the key's length (<= 0: none, and -1 is
 * returned). A token of ASCII letters and digits that is a lexicon token was looked up when the
 * gazetteer loaded. */
static int32_t gaz_tok(const dy_lexicon *lx, const dy_gazetteer *g, const dy_doc *d, uint32_t i, char *key, size_t cap, int *kn, int *fl) {
  int32_t h;
  const dy_tok *t = &d->toks[i];
  int ascii = 1;
  for (uint32_t b = t->start; b < t->end && ascii; b++) ascii = (unsigned char)d->text[b] < 0x80;
  if (ascii && dy_lex_gaz_token(lx, d->tid[i], &h, fl)) {
    *kn = t->nlen;
    return h;
  }
  *fl = 0;
  *kn = key_of(d, i, i + 1, key, cap);
  return *kn > 0 ? dy_gaz_first(g, key, (size_t)*kn, fl) : -1;
}

static int country_count(const ccount *c, int n, const char *cc3) {
  for (int i = 0; i < n; i++) if (!strcmp(c[i].cc3, cc3)) return c[i].n;
  return 0;
}
static void country_add(ccount *c, int *n, int max, const char *cc3, int k) {
  for (int i = 0; i < *n; i++) if (!strcmp(c[i].cc3, cc3)) { c[i].n += k; return; }
  if (*n < max) { memcpy(c[*n].cc3, cc3, 4); c[*n].n = k; (*n)++; }
}

/* The country (alpha-3) of an actor mention, or "". */
static void ment_country(const dy_lexicon *lx, const dy_mention *m, char *cc3) {
  cc3[0] = 0;
  if (m->kind == DY_ACT_PAIR || strlen(m->code) < 3) return;
  char c[4] = {m->code[0], m->code[1], m->code[2], 0};
  if (dy_lex_country_name(lx, c)) memcpy(cc3, c, 4);
}

static int is_division(const dy_gaz_entry *e) { return !strcmp(e->type, "ADM1"); }
static int is_country(const dy_gaz_entry *e) { return !strncmp(e->type, "PCL", 3); }

/* Whether two first-level division codes are the same: ISO 3166-2 "US-TX" against GeoNames' "USTX". */
static int adm_eq(const char *a, const char *b) {
  if (!*a || !*b) return 0;
  if (!strcmp(a, b)) return 1;
  if (strncmp(a, b, 2)) return 0;
  const char *x = a[2] == '-' ? a + 3 : a + 2, *y = b[2] == '-' ? b + 3 : b + 2;
  return *x && !strcmp(x, y);
}

/* A dateline: the paragraph's first words, in capitals, before a comma, a
 * dash, a parenthesis or a colon ("TRENTON —", "MUMBAI (Reuters) -",
 * "GREEN BAY, Wis. --"). */
static int dateline(const dy_doc *d, uint32_t s, uint32_t i, uint32_t j) {
  const dy_sent *se = &d->sents[s];
  if (i != se->tok0 || (s > 0 && d->sents[s - 1].para == se->para) || j >= se->tok1) return 0;
  for (uint32_t t = i; t < j; t++)
    if (is_word(d, t) && !(d->toks[t].flags & DY_TOK_ALLCAPS)) return 0;
  const char *n = tnorm(d, j);
  return !strcmp(n, ",") || !strcmp(n, "(") || !strcmp(n, ":") || !strcmp(n, "-") || !strcmp(n, "--") ||
         !strcmp(n, "\xe2\x80\x94") || !strcmp(n, "\xe2\x80\x93");
}

/* Surnames: the later words of a run of two or three capitalised words
 * that is no place and does not start with a city's name ("Jim Caldwell",
 * "Rachel de Leon"): alone and with no cue, such a word is the person
 * ("Caldwell said"), not the town. Returns their normalised forms, sorted
 * (*nn of them; is_surname tests a token). */
static int cmp_str(const void *a, const void *b) { return strcmp(*(const char *const *)a, *(const char *const *)b); }

static const char **find_surnames(const dy_lexicon *lx, const dy_doc *d, const int32_t *ment, size_t *nnames) {
  const dy_gazetteer *g = dy_lex_gazetteer(lx);
  char key[256];
  const char **names = NULL; /* the surnames' normalised forms, then sorted */
  size_t nn = 0, cap = 0;
  for (uint32_t s = 0; s < d->nsents; s++) {
    const dy_sent *se = &d->sents[s];
    for (uint32_t i = se->tok0; i < se->tok1; i++) {
      if (!is_cap(d, i) || (d->toks[i].flags & DY_TOK_ALLCAPS) || (ment[i] >= 0 && d->ments[ment[i]].kind != DY_ACT_PERSON)) continue;
      uint32_t j = i + 1, words = 1;
      while (j < se->tok1 && words < 4) {
        if (is_cap(d, j) && !(d->toks[j].flags & DY_TOK_ALLCAPS)) { j++; words++; continue; }
        if (j + 1 < se->tok1 && is_cap(d, j + 1) && (tis(d, j, "de") || tis(d, j, "van") || tis(d, j, "von") || tis(d, j, "da")))
          { j += 2; words++; continue; }
        break;
      }
      if (words < 2 || words > 3 || (j < se->tok1 && (tis(d, j, "-") || tis(d, j, "'s")))) { i = j - 1; continue; }
      int fl, kn = key_of(d, i, j, key, sizeof key);
      int place = kn > 0 && dy_gaz_first(g, key, (size_t)kn, &fl) >= 0;
      for (int32_t h = gaz_tok(lx, g, d, i, key, sizeof key, &kn, &fl); h >= 0 && !place; h = dy_gaz_next(g, h))
        if (dy_gaz_info_at(g, h)->pop >= 50000 || (dy_gaz_info_at(g, h)->kind & DY_GAZ_CURATED)) place = 1;
      for (uint32_t t = i + 1; t < j && !place; t++) {
        if (!is_cap(d, t)) continue;
        DY_VEC_GROW(names, cap, nn + 1);
        names[nn++] = tnorm(d, t);
      }
      i = j - 1;
    }
  }
  if (nn) qsort(names, nn, sizeof *names, cmp_str);
  *nnames = nn;
  return names;
}

/* Whether token u is capitalised and has the form of a surname of find_surnames. */
static int is_surname(const dy_doc *d, uint32_t u, const char **names, size_t nn) {
  const char *w = tnorm(d, u);
  return nn && is_cap(d, u) && bsearch(&w, names, nn, sizeof *names, cmp_str);
}

int dy_place_geo_type(const dy_place *p) {
  int us = !strcmp(p->cc, "US");
  if (!strncmp(p->feature, "PCL", 3)) return 1;
  if (!strcmp(p->feature, "ADM1") || !strcmp(p->feature, "SEA")) return us ? 2 : 5;
  return us ? 3 : 4;
}

static void copy(char *dst, size_t cap, const char *s) {
  size_t n = strlen(s);
  if (n >= cap) {
    n = cap - 1;
    while (n && ((unsigned char)s[n] & 0xC0) == 0x80) n--; /* a whole character */
  }
  memcpy(dst, s, n);
  dst[n] = 0;
}

/* Whether entry e lies in the place that holds candidate c ("X in Y"). */
static int in_container(const cand *c, const dy_gaz_entry *e) {
  for (int k = 0; k < c->nin; k++)
    if (!strcmp(c->in_cc3[k], e->cc3)) return 1;
  return 0;
}

/* The place that holds the candidate ending at token j: "X in [the] [northern] Y", with
 * words of a site between ("the Pearl roundabout in Manama", "the Westgate shopping mall in
 * Nairobi"). Y's countries are those of its country mention or of its entries that are a
 * country, a division or a city of 100,000 or more; its division when it names one. */
static void container(const dy_lexicon *lx, const dy_doc *d, uint32_t s, uint32_t j, const int32_t *ment, int maxw,
                      cand *c) {
  const dy_gazetteer *g = dy_lex_gazetteer(lx);
  const dy_sent *se = &d->sents[s];
  char key[512];
  uint32_t t = j;
  for (int n = 0; t < se->tok1 && n < 3 && is_word(d, t) && !is_cap(d, t) && !tis(d, t, "in"); t++, n++) {
    int fl, kn = key_of(d, t, t + 1, key, sizeof key);
    if (kn <= 0) return;
    dy_gaz_first(g, key, (size_t)kn, &fl);
    if (!(fl & DY_GAZ_SITE) && !(wc(lx, d, t) & DY_W_PLACE_DESIG)) return;
  }
  if (t + 1 >= se->tok1 || !tis(d, t, "in")) return;
  t++;
  if (t < se->tok1 && tis(d, t, "the")) t++;
  if (t < se->tok1 && (wc(lx, d, t) & DY_W_PLACE_COMPASS)) t++;
  if (t >= se->tok1 || !is_cap(d, t)) return;
  if (ment[t] >= 0 && d->ments[ment[t]].kind == DY_ACT_COUNTRY) {
    char cc3[4];
    ment_country(lx, &d->ments[ment[t]], cc3);
    if (*cc3) memcpy(c->in_cc3[c->nin++], cc3, 4);
  }
  int32_t head = -1;
  for (uint32_t u = t + 1; u <= se->tok1 && u <= t + (uint32_t)maxw; u++) { /* the longest name from t */
    int fl, kn = key_of(d, t, u, key, sizeof key);
    if (kn <= 0) break;
    int32_t h = dy_gaz_first(g, key, (size_t)kn, &fl);
    if (h >= 0 && !(fl & DY_GAZ_STOP)) head = h;
    if (!(fl & DY_GAZ_PREFIX)) break;
  }
  for (int32_t h = head; h >= 0; h = dy_gaz_next(g, h)) {
    const dy_gaz_entry *e = dy_gaz_entry_at(g, h);
    if (!*e->cc3 || !(is_country(e) || is_division(e) || e->pop >= 100000)) continue;
    if (is_division(e) && !*c->in_adm1) copy(c->in_adm1, sizeof c->in_adm1, e->adm1);
    int seen = 0;
    for (int k = 0; k < c->nin; k++) seen |= !strcmp(c->in_cc3[k], e->cc3);
    if (!seen && c->nin < 4) memcpy(c->in_cc3[c->nin++], e->cc3, 4);
  }
}

int dy_extract_places(const dy_lexicon *lx, dy_doc *d) {
  const dy_gazetteer *g = dy_lex_gazetteer(lx);
  if (!g || !dy_gaz_size(g) || !d->ntoks) return 0;
  int maxw = dy_gaz_max_words(g);
  if (maxw > MAXW) maxw = MAXW;
  int32_t *ment = dy_xmalloc(d->ntoks * sizeof *ment);
  for (uint32_t i = 0; i < d->ntoks; i++) ment[i] = -1;
  for (uint32_t m = 0; m < d->nments; m++)
    for (uint32_t t = d->ments[m].tok0; t < d->ments[m].tok1 && t < d->ntoks; t++) ment[t] = (int32_t)m;
  size_t nsurnames = 0;
  const char **surnames = find_surnames(lx, d, ment, &nsurnames);

  /* pass 1: candidates */
  cand *cs = NULL;
  size_t nc = 0, cc = 0;
  char key[512];
  for (uint32_t s = 0; s < d->nsents; s++) {
    const dy_sent *se = &d->sents[s];
    for (uint32_t i = se->tok0; i < se->tok1; i++) {
      if (!is_cap(d, i)) continue;
      /* the longest name from i */
      uint32_t best = 0;
      int32_t head = -1;
      int flags = 0, lower = 0;
      for (uint32_t j = i + 1, w = 0; j <= se->tok1 && w < (uint32_t)maxw + 3; j++) {
        uint32_t last = j - 1;
        if (last > i && !is_cap(d, last)) {
          if ((wc(lx, d, last) & DY_W_PLACE_JOIN) || (d->toks[last].flags & DY_TOK_PUNCT && tis(d, last, "-")))
            continue; /* a name does not end on a connector */
          /* lower-case words only as a name's tail: "Kursk region", "Zaporizhzhia nuclear power plant" */
          if (!is_word(d, last) || ++lower > 3) break;
        }
        if (is_word(d, last)) w++;
        if (w > (uint32_t)maxw) break;
        int kn, fl;
        int32_t h;
        if (j == i + 1) h = gaz_tok(lx, g, d, i, key, sizeof key, &kn, &fl);
        else {
          kn = key_of(d, i, j, key, sizeof key);
          h = kn > 0 ? dy_gaz_first(g, key, (size_t)kn, &fl) : -1;
        }
        if (kn <= 0) break;
        if (h >= 0 || (fl & DY_GAZ_STOP)) { best = j; head = h; flags = fl; }
        if (!(fl & DY_GAZ_PREFIX)) break; /* no longer name starts so */
      }
      if (!best) continue;
      uint32_t j = best;
      if (head < 0 || (flags & DY_GAZ_STOP)) { i = j - 1; continue; }
      /* an actor mention: only a capital after in/at/near */
      int actor = 0, inment = 0;
      for (uint32_t t = i; t < j; t++)
        if (ment[t] >= 0) {
          /* a mention inside a longer name ("South China Sea", "Gulf of Oman") is part of the name */
          const dy_mention *mm = &d->ments[ment[t]];
          if (!(mm->tok0 >= i && mm->tok1 <= j && mm->tok1 - mm->tok0 < j - i)) inment = 1;
        }
      /* cue before (skipping "the" and a direction word) */
      int cue = 0;
      uint32_t k = i;
      while (k > se->tok0 && (tis(d, k - 1, "the") || (wc(lx, d, k - 1) & DY_W_PLACE_DIR)) && !cue) {
        if ((wc(lx, d, k - 1) & DY_W_PLACE_DIR) && !tis(d, k - 1, "the")) cue = 2;
        k--;
        if (k > se->tok0 && (wc(lx, d, k - 1) & DY_W_PLACE_CUE)) { cue = 1; break; }
      }
      if (!cue && i > se->tok0 && (wc(lx, d, i - 1) & DY_W_PLACE_CUE)) cue = 1;
      if (cue == 1) {
        /* "of" only after a lower-case word: "the city of Quetta", not "University of Karachi" */
        uint32_t c = i - 1;
        while (c > se->tok0 && !(wc(lx, d, c) & DY_W_PLACE_CUE)) c--;
        if (tis(d, c, "of") && (c == se->tok0 || is_cap(d, c - 1) || (d->toks[c - 1].flags & DY_TOK_PUNCT))) cue = 0;
      }
      /* the object of a verb of taking or striking a place ("after capturing Srebrenica", "shelled
       * Nikolayev"): a cue for a name that is no actor; "marched on Islamabad": for a capital too */
      int vcue = 0;
      if (!cue && i > se->tok0) {
        uint32_t v = i - 1;
        if (tis(d, v, "on") && v > se->tok0 && (wc(lx, d, v - 1) & DY_W_PLACE_VERB)) vcue = 2;
        else if (wc(lx, d, v) & DY_W_PLACE_VERB) vcue = 1;
      }
      int desig = j < se->tok1 && (wc(lx, d, j) & DY_W_PLACE_DESIG);
      int based = j + 1 < se->tok1 && tis(d, j, "-") && tis(d, j + 1, "based");
      int dl = dateline(d, s, i, j);
      if (dl && !cue) cue = 2;
      /* coordinated with a place: "through Gwadar and Chabahar", "in Thailand, the Philippines and India" */
      uint32_t i0 = i > se->tok0 + 1 && tis(d, i - 1, "the") ? i - 1 : i;
      int coord = nc && cs[nc - 1].sent == s && cs[nc - 1].strong && i0 >= 2 && cs[nc - 1].tok1 + 1 == i0 &&
                  (tis(d, i0 - 1, "and") || tis(d, i0 - 1, "or") || tis(d, i0 - 1, ","));
      /* a name after "University of", "Bank at": part of the name */
      if (!desig && i >= se->tok0 + 2 && (tis(d, i - 1, "of") || tis(d, i - 1, "at")) && is_cap(d, i - 2)) {
        int fl2, kn2;
        gaz_tok(lx, g, d, i - 2, key, sizeof key, &kn2, &fl2);
        if (kn2 > 0 && (fl2 & DY_GAZ_STOP)) { i = j - 1; continue; }
      }
      if (inment) {
        const dy_mention *mm = &d->ments[ment[i] >= 0 ? ment[i] : ment[j - 1]];
        int capital = 0, country = 0;
        for (int32_t h = head; h >= 0; h = dy_gaz_next(g, h)) {
          const dy_gaz_info *e = dy_gaz_info_at(g, h);
          if (e->kind & DY_GAZ_CAPITAL) capital = 1;
          /* a country's name after a cue: "in Indonesia", "from Sierra Leone", "eastern Ukraine";
           * not "a supporter of U.S. Rep. Ron Paul", "over China's actions" */
          /* so is a project-written region a country's mention names ("across the West Bank") */
          if (((e->kind & DY_GAZ_COUNTRY) || ((e->kind & DY_GAZ_CURATED) && !(e->kind & DY_GAZ_CITY))) && mm->kind == DY_ACT_COUNTRY &&
              mm->tok0 == i && mm->tok1 == j &&
              !(i0 > se->tok0 && tis(d, i0 - 1, "of")) &&
              !(j < se->tok1 && (is_cap(d, j) || tis(d, j, "'s") || tis(d, j, "'"))))
            country = 1;
        }
        if (!((capital && (cue || based || desig || vcue == 2)) || (country && (cue || based || desig || coord))) ||
            mm->kind == DY_ACT_PERSON || mm->kind == DY_ACT_PRONOUN) {
          while (j < se->tok1 && ment[j] >= 0 && ment[j] == ment[j - 1]) j++;
          i = j - 1;
          continue;
        }
        actor = 1;
      }
      if (vcue && (!actor || vcue == 2)) cue = 1;
      /* beside other capitalised words: a name ("Paris Hilton", "Islamabad High Court") */
      int before_cap = i > se->tok0 && is_cap(d, i - 1) && ment[i - 1] < 0 &&
                       !(wc(lx, d, i - 1) & (DY_W_PLACE_CUE | DY_W_PLACE_DIR)) && !tis(d, i - 1, "the") && i - 1 != se->tok0;
      /* a sentence-initial capital before it is fine ("In", "The", "Residents") unless it is a first name */
      if (i > se->tok0 && i - 1 == se->tok0 && is_cap(d, i - 1) && ment[i - 1] < 0 && !(wc(lx, d, i - 1) & DY_W_PLACE_CUE) &&
          !tis(d, i - 1, "the"))
        before_cap = 1;
      int after_cap = j < se->tok1 && is_cap(d, j) && ment[j] < 0 && !desig;
      if ((before_cap || after_cap) && !actor) { i = j - 1; continue; }
      /* alone and with no cue, a surname of the document is the person: "Caldwell said" */
      if (j == i + 1 && !cue && !desig && !based && !actor && is_surname(d, i, surnames, nsurnames)) continue;
      /* a qualifier: "Paris, Texas", "Tripoli, Lebanon" */
      cand c = {s, i, j, head, (uint8_t)cue, (uint8_t)desig, (uint8_t)based, (uint8_t)actor, 0, 0, 0, "", "", "", -1,
                {""}, "", 0, 0, 0};
      int32_t qual_head = -1;
      uint32_t qual_tok0 = 0;
      if (j + 1 < se->tok1 && tis(d, j, ",") && d->toks[j + 1].flags & DY_TOK_UPPER) {
        uint32_t q0 = j + 1, q1 = q0;
        while (q1 < se->tok1 && q1 < q0 + 4 && (is_cap(d, q1) || (q1 > q0 && tis(d, q1, "and")))) q1++;
        char cc3[4] = "";
        if (ment[q0] >= 0) {
          ment_country(lx, &d->ments[ment[q0]], cc3);
          if (*cc3 && d->ments[ment[q0]].kind == DY_ACT_COUNTRY) {
            memcpy(c.qual_cc3, cc3, 4);
            c.qual_country_only = 1;
          }
        }
        int kn = 0, fl;
        qual_head = -1;
        /* the longest name from q0: "Glasgow, Scotland December 29" */
        for (; q1 > q0 && qual_head < 0; q1--) {
          kn = key_of(d, q0, q1, key, sizeof key);
          qual_head = kn > 0 ? dy_gaz_first(g, key, (size_t)kn, &fl) : -1;
          if (qual_head >= 0) break;
        }
        if (qual_head < 0) q1 = q0;
        qual_tok0 = q0;
        for (int32_t h = qual_head; h >= 0; h = dy_gaz_next(g, h)) {
          if (!(dy_gaz_info_at(g, h)->kind & DY_GAZ_DIVISION)) continue;
          const dy_gaz_entry *e = dy_gaz_entry_at(g, h);
          /* a division that shares a name with the country (Georgia): both kept */
          copy(c.qual_cc2, sizeof c.qual_cc2, e->cc2);
          copy(c.qual_adm1, sizeof c.qual_adm1, e->adm1);
          c.qual_country_only = 0;
          break;
        }
        if (*c.qual_cc3 || *c.qual_cc2) c.qual_tok1 = (int32_t)q1;
      }
      c.dateline = (uint8_t)dl;
      /* "the southern Mexican state of Guerrero", "the province of Idlib": the division, as
       * "Guerrero state" is */
      c.div_before = i >= se->tok0 + 2 && tis(d, i - 1, "of") && (wc(lx, d, i - 2) & DY_W_PLACE_DIV);
      if (c.qual_tok1 < 0) container(lx, d, s, j, ment, maxw, &c);
      /* safe without a cue? */
      int safe = 0, all_common = 1, cue_only = (flags & DY_GAZ_CUE) != 0;
      uint32_t maxpop = 0;
      for (int32_t h = head; h >= 0; h = dy_gaz_next(g, h)) {
        const dy_gaz_info *e = dy_gaz_info_at(g, h);
        if (!(e->kind & DY_GAZ_COMMON)) all_common = 0;
        if (e->kind & (DY_GAZ_CURATED | DY_GAZ_DIVISION)) safe = 1;
        if (e->pop > maxpop) maxpop = e->pop;
      }
      if (maxpop >= 50000) safe = 1;
      if (all_common || cue_only) safe = 0;
      if (i == se->tok0 && maxpop < 200000 && !desig) safe = 0;
      /* capitals in upper case ("KP", "AJK") only when the project wrote them, in a dateline, or a
       * city after in/at ("Jane Wardell in SYDNEY") */
      if ((d->toks[i].flags & DY_TOK_ALLCAPS) && j == i + 1 && !dl && !(cue == 1 && maxpop >= 100000)) {
        int cur = 0;
        for (int32_t h = head; h >= 0; h = dy_gaz_next(g, h)) if (dy_gaz_info_at(g, h)->kind & DY_GAZ_CURATED) cur = 1;
        if (!cur) { i = j - 1; continue; }
      }
      c.strong = cue || desig || based || c.qual_tok1 > 0;
      if (!c.strong && coord) {
        c.strong = 1;
        c.cue = cs[nc - 1].cue;
      }
      if (!c.strong && !safe) { i = j - 1; continue; }
      DY_VEC_GROW(cs, cc, nc + 2);
      cs[nc++] = c;
      if (c.qual_tok1 > 0 && qual_head >= 0) {
        /* the qualifier is a place too, resolved to its division or country */
        cand q = {s, qual_tok0, (uint32_t)c.qual_tok1, qual_head, 0, 0, 0, (uint8_t)(ment[qual_tok0] >= 0), 1, 0, 1, "", "", "", -1,
                  {""}, "", 0, 0, 0};
        cs[nc++] = q;
      }
      i = (c.qual_tok1 > 0 ? (uint32_t)c.qual_tok1 : j) - 1;
    }
  }
  /* the document's countries, from its actor mentions (a capital taken for a place is none) */
  ccount dc[64];
  int ndc = 0, maxc = 1;
  /* the tokens of the candidates that are also actor mentions */
  uint8_t *actor_tok = dy_xcalloc(d->ntoks, 1);
  for (size_t k = 0; k < nc; k++)
    if (cs[k].actor) memset(actor_tok + cs[k].tok0, 1, cs[k].tok1 - cs[k].tok0);
  for (uint32_t m = 0; m < d->nments; m++) {
    const dy_mention *mm = &d->ments[m];
    int place = 0;
    for (uint32_t t = mm->tok0; t < mm->tok1 && t < d->ntoks && !place; t++) place = actor_tok[t];
    char cc3[4];
    ment_country(lx, mm, cc3);
    if (*cc3 && !place) country_add(dc, &ndc, 64, cc3, 1);
    else if (place) for (uint32_t t = mm->tok0; t < mm->tok1 && t < d->ntoks; t++) ment[t] = -1;
  }
  free(actor_tok);
  for (int i = 0; i < ndc; i++) if (dc[i].n > maxc) maxc = dc[i].n;
  /* the countries of the unambiguous places, in the document and per sentence */
  ccount pc[64];
  int npc = 0;
  char (*one_cc)[4] = nc ? dy_xcalloc(nc, 4) : NULL;
  if (nc && !one_cc) { free(cs); free(ment); free(surnames); return -1; }
  for (size_t k = 0; k < nc; k++) {
    const char *one = NULL;
    int many = 0;
    for (int32_t h = cs[k].head; h >= 0; h = dy_gaz_next(g, h)) {
      const dy_gaz_info *e = dy_gaz_info_at(g, h);
      if (e->pop < 5000 && !(e->kind & (DY_GAZ_CURATED | DY_GAZ_DIVISION))) continue;
      if (!one) one = e->cc3;
      else if (strcmp(one, e->cc3)) many = 1;
    }
    if (one && *one && !many) {
      country_add(pc, &npc, 64, one, 1);
      memcpy(one_cc[k], one, 4);
    }
  }
  /* the document's divisions: a name whose largest entry is a first-level division ("Oregon",
   * the qualifier "Texas"); a city in one of them is likelier ("Albany" in an article on Oregon) */
  struct { char adm1[12]; uint32_t sent; } divs[32];
  int ndv = 0;
  for (size_t k = 0; k < nc && ndv < 32; k++) {
    int32_t big = -1;
    for (int32_t h = cs[k].head; h >= 0; h = dy_gaz_next(g, h))
      if (big < 0 || dy_gaz_info_at(g, h)->pop > dy_gaz_info_at(g, big)->pop) big = h;
    if (big >= 0 && (dy_gaz_info_at(g, big)->kind & DY_GAZ_DIVISION) && dy_gaz_info_at(g, big)->pop >= 500000) {
      copy(divs[ndv].adm1, sizeof divs[ndv].adm1, dy_gaz_entry_at(g, big)->adm1);
      divs[ndv++].sent = cs[k].sent;
    }
  }
  /* pass 2: resolve */
  int rc = 0;
  size_t s0 = 0, s1 = 0; /* the candidates of c's sentence (they are in sentence order) */
  ccount sc[16];         /* the sentence's countries, counted once for its candidates */
  int nsc = 0;
  for (size_t k = 0; k < nc; k++) {
    const cand *c = &cs[k];
    if (k == s1 || cs[s0].sent != c->sent) {
      for (s0 = k; s0 > 0 && cs[s0 - 1].sent == c->sent; s0--) {}
      for (s1 = k; s1 < nc && cs[s1].sent == c->sent; s1++) {}
      nsc = 0;
      for (uint32_t t = d->sents[c->sent].tok0; t < d->sents[c->sent].tok1; t++)
        if (ment[t] >= 0 && (t == d->sents[c->sent].tok0 || ment[t - 1] != ment[t])) {
          char cc3[4];
          ment_country(lx, &d->ments[ment[t]], cc3);
          if (*cc3) country_add(sc, &nsc, 16, cc3, 1);
        }
    }
    int province = (c->desig && (wc(lx, d, c->tok1) & DY_W_PLACE_DIV)) || c->div_before;
    int cityword = c->desig && !province;
    double best = -1e9, second = -1e9;
    const dy_gaz_entry *be = NULL;
    int32_t bh = -1;
    uint32_t toppop = 0; /* the largest place of the name */
    int inside = 0; /* an entry in the place that holds it */
    for (int32_t h = c->head; h >= 0; h = dy_gaz_next(g, h)) {
      if (dy_gaz_info_at(g, h)->pop > toppop) toppop = dy_gaz_info_at(g, h)->pop;
      if (c->nin) inside |= in_container(c, dy_gaz_entry_at(g, h));
    }
    /* "Solhan in northern Burkina Faso" with no Solhan there: a local name the gazetteer lacks,
     * not the Turkish town; the place that holds it stands for it */
    if (c->nin && !inside) continue;
    int text_ascii = -1; /* the text of the name is ASCII (tested when needed) */
    /* the summaries (dy_gaz_info) of the name's entries, side by side, are read; an entry itself only
     * for a qualifier's, a container's or a division's code */
    for (int32_t h = c->head; h >= 0; h = dy_gaz_next(g, h)) {
      const dy_gaz_info *e = dy_gaz_info_at(g, h);
      int common = (e->kind & DY_GAZ_COMMON) != 0, curated = (e->kind & DY_GAZ_CURATED) != 0;
      int division = (e->kind & DY_GAZ_DIVISION) != 0, country = (e->kind & DY_GAZ_COUNTRY) != 0;
      if ((common || d->toks[c->tok1 - 1].end - d->toks[c->tok0].start <= 3) && !curated && (e->kind & DY_GAZ_ACCENT)) {
        /* accent_only: "God" is no "Göd" */
        if (text_ascii < 0) {
          text_ascii = 1;
          for (uint32_t b = d->toks[c->tok0].start; b < d->toks[c->tok1 - 1].end && text_ascii; b++)
            text_ascii = (unsigned char)d->text[b] < 0x80;
        }
        if (text_ascii) continue;
      }
      double sc_ = e->lpop;
      if (!e->pop && (division || curated)) sc_ = 5.5; /* a division of unknown size */
      if (*e->cc3) {
        double ctx = 0;
        int n = country_count(dc, ndc, e->cc3);
        if (n) ctx += 1.5 + 1.5 * n / maxc;
        if (country_count(sc, nsc, e->cc3)) ctx += 1.0;
        int np = country_count(pc, npc, e->cc3), placed = np > 0;
        if (np) ctx += np > 1 ? 1.5 : 1.0;
        for (size_t o = s0; o < s1; o++) /* an unambiguous place of the same sentence */
          if (o != k && !strcmp(one_cc[o], e->cc3)) { ctx += 2.5; placed = 1; break; }
        /* the country named does not make a town of a thirtieth the size the place meant: "Paris"
         * in an American story is the French capital unless Texas is named; the actors' country
         * alone, with no place of it named, not one of a fifth: "Biden and Putin held talks in
         * Geneva" is in Switzerland, not Illinois */
        if (toppop >= 100000 && !curated && ctx > 1.0 &&
            ((double)e->pop * 30 < toppop || (!placed && (double)e->pop * 5 < toppop)))
          ctx = 1.0;
        sc_ += ctx;
      }
      for (int v = 0; v < ndv; v++)
        if (!division && adm_eq(divs[v].adm1, e->kind & DY_GAZ_ADM1_LONG ? dy_gaz_entry_at(g, h)->adm1 : e->adm1)) {
          sc_ += divs[v].sent == c->sent ? 2.5 : 1.5;
          break;
        }
      if (*c->qual_cc3 && !strcmp(c->qual_cc3, e->cc3)) sc_ += 6;
      if (c->nin && in_container(c, dy_gaz_entry_at(g, h))) sc_ += 6;
      if (*c->qual_cc2 && !strcmp(c->qual_cc2, dy_gaz_entry_at(g, h)->cc2)) {
        sc_ += 3;
        /* the qualifier's division: ISO 3166-2 "US-TX" against "USTX" or "US-TX" */
        const char *qa = c->qual_adm1, *ea = dy_gaz_entry_at(g, h)->adm1;
        if (!strcmp(qa, ea) || (strlen(qa) > 3 && strlen(ea) > 2 && !strcmp(qa + 3, ea + 2))) sc_ += 4;
      }
      if (province && division) sc_ += 3;
      if (c->qualifier && (division || country)) sc_ += 6;
      if (country) sc_ += 2; /* "Mexico" is the country before the Missouri town */
      if (!province && division) sc_ -= 1.2; /* "in Tehran": the city before the province */
      if (cityword && !division) sc_ += 1;
      if (curated && !division) sc_ += 0.5;
      if (e->kind & DY_GAZ_PPLX) sc_ -= 1;
      if (e->kind & DY_GAZ_PPLH) sc_ -= 3;
      if (!(e->kind & DY_GAZ_COORD)) sc_ -= 0.5;
      if ((e->kind & DY_GAZ_CITY) && common) sc_ -= 0.5;
      if (sc_ > best) { second = best; best = sc_; be = dy_gaz_entry_at(g, h); bh = h; }
      else if (sc_ > second) second = sc_;
    }
    if (!be) continue;
    /* rule foreign-town: "militants attacked the nearby town of Palma" in an
     * article on Mozambique: a town's name that is also a town's in other
     * states, resolved to one of a state the article names nowhere (no
     * actor, no place of its own) while it names places of other states
     * (Cabo Delgado), with nothing beside it to place it (a qualifier, a
     * place that holds it, a dateline), is a local town the gazetteer
     * lacks: no place, so its guessed state is no side of an act. Not a
     * national capital, a project-written place or a city of a million, nor
     * where the article names no place of another state ("a roadside
     * bomb near the town of Kidal killed two French soldiers": the actors'
     * states are not where it happened) */
    if (!c->actor && !c->dateline && !c->nin && c->qual_tok1 <= 0 && !c->qualifier && npc > (*one_cc[k] ? 1 : 0) && !strncmp(be->type, "PPL", 3) &&
        strcmp(be->type, "PPLC") && !be->curated && be->pop < 1000000 && *be->cc3 && !country_count(dc, ndc, be->cc3) &&
        country_count(pc, npc, be->cc3) <= (!strcmp(one_cc[k], be->cc3) ? 1 : 0)) {
      int other = 0;
      for (int32_t h = c->head; h >= 0 && !other; h = dy_gaz_next(g, h)) {
        const dy_gaz_info *e = dy_gaz_info_at(g, h);
        other = (e->kind & DY_GAZ_CITY) && *e->cc3 && strcmp(e->cc3, be->cc3);
      }
      if (other) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  place [%s] of %s: a town of a state the article does not name rule foreign-town\n", be->name, be->cc3);
        continue;
      }
    }
    /* a city-state ("in Singapore", "Hong Kong police"): its capital, which holds half its people */
    if (is_country(be))
      for (int32_t h = c->head; h >= 0; h = dy_gaz_next(g, h)) {
        const dy_gaz_entry *e = dy_gaz_entry_at(g, h);
        if (!strcmp(e->type, "PPLC") && !strcmp(e->cc2, be->cc2) && e->has_coord && (uint64_t)e->pop * 2 >= be->pop) {
          be = e;
          bh = h;
          break;
        }
      }
    dy_place *p = dy_doc_push_place(d);
    if (!p) { rc = -1; break; }
    p->sent = c->sent;
    p->tok0 = c->tok0;
    p->tok1 = c->tok1;
    p->start = d->toks[c->tok0].start;
    p->end = d->toks[c->tok1 - 1].end;
    p->entry = bh;
    copy(p->name, sizeof p->name, be->name);
    copy(p->cc, sizeof p->cc, be->cc2);
    copy(p->cc3, sizeof p->cc3, be->cc3);
    copy(p->adm1, sizeof p->adm1, be->adm1);
    copy(p->feature, sizeof p->feature, be->type);
    dy_gaz_coord(be, &p->lat, &p->lon);
    p->has_coord = be->has_coord;
    p->cue = c->cue ? c->cue : c->based ? 1 : 0;
    p->actor = c->actor;
    p->dateline = c->dateline;
    p->geonameid = be->geonameid;
    p->score = (float)(second > -1e8 ? best - second : best);
  }
  free(one_cc);
  free(cs);
  free(ment);
  free(surnames);
  return rc;
}

/* Whether tokens [a, b) hold a word that opens another clause ("after", "amid", "in response
 * to": data/places.txt's clause words) or a semicolon. */
static int clause_break(const dy_gazetteer *g, const dy_doc *d, uint32_t a, uint32_t b) {
  char key[64];
  for (uint32_t t = a; t < b; t++) {
    if (tis(d, t, ";")) return 1;
    int fl, kn = is_word(d, t) ? key_of(d, t, t + 1, key, sizeof key) : -1;
    if (kn > 0 && (dy_gaz_first(g, key, (size_t)kn, &fl), fl & DY_GAZ_CLAUSE)) return 1;
  }
  return 0;
}

/* Whether event e names the country (alpha-3) on a side: its source or target code. */
static int event_of_country(const dy_event *e, const char *cc3) {
  return *cc3 && (!strncmp(e->source, cc3, 3) || !strncmp(e->target, cc3, 3));
}

/* The in/at place with a point, no country, of sentence s among the places before index pe, the
 * first of the sentence; -1 for none. */
static int32_t sentence_place(const dy_doc *d, uint32_t s, uint32_t pe) {
  int32_t got = -1;
  for (uint32_t k = pe; k-- > 0 && d->places[k].sent >= s;)
    if (d->places[k].sent == s && d->places[k].cue == 1 && d->places[k].has_coord && !d->places[k].dateline &&
        strncmp(d->places[k].feature, "PCL", 3))
      got = (int32_t)k;
  return got;
}

/* The place of an earlier sentence for event e, whose sentence names none (dy_locate_events); pe:
 * the index of the first place of e's sentence or after it. */
static int32_t earlier_place(const dy_lexicon *lx, const dy_doc *d, const dy_event *e, uint32_t pe) {
  int nocountry = !dy_lex_country_name(lx, e->source) && !dy_lex_country_name(lx, e->target);
  uint32_t para = d->sents[e->sent].para;
  int32_t got = -1;
  for (uint32_t k = pe; k-- > 0 && got < 0;) {
    uint32_t s = d->places[k].sent;
    if (d->sents[s].para != para) break;
    got = sentence_place(d, s, k + 1);
    while (k > 0 && d->places[k - 1].sent == s) k--;
  }
  if (got < 0) got = sentence_place(d, 0, pe);
  if (got >= 0 && !nocountry && !event_of_country(e, d->places[got].cc3)) got = -1;
  return got;
}

int dy_locate_events(const dy_lexicon *lx, dy_doc *d) {
  const dy_gazetteer *g = dy_lex_gazetteer(lx);
  for (uint32_t i = 0; i < d->nevents; i++) d->events[i].place = -1;
  if (!g) return 0;
  /* each event's location: the place of its sentence, of its own clause first, "in/at" first, the
   * nearest to the verb; a country only after in/at/across and when the clause names no other
   * place; with none, the story's dateline when the event is done by or to its country */
  uint32_t pi = 0;
  for (uint32_t i = 0; i < d->nevents; i++) {
    dy_event *e = &d->events[i];
    while (pi > 0 && d->places[pi - 1].sent >= e->sent) pi--;
    while (pi < d->nplaces && d->places[pi].sent < e->sent) pi++;
    /* the verb's first token */
    uint32_t vt = d->sents[e->sent].tok0;
    while (vt + 1 < d->sents[e->sent].tok1 && d->toks[vt].end <= e->verb_start) vt++;
    int32_t bestp = -1;
    long bestd = 0;
    uint32_t pe = pi; /* past the sentence's places */
    for (uint32_t k = pi; k < d->nplaces && d->places[k].sent == e->sent; k++, pe++) {
      const dy_place *p = &d->places[k];
      if (p->dateline) continue; /* where the reporter was: below */
      long dist = labs((long)p->start - (long)e->verb_start);
      if (p->cue != 1) dist += 100000; /* from, to, or no cue: after the in/at places */
      if (!p->has_coord) dist += 200000;
      /* a country with no cue, or after from/to, is where the event is only as the actors' country:
       * no location (the happenings of a visit "to Pakistan" and of one "to Islamabad" are one);
       * "strikes across Yemen", "examining the wreckage in eastern Ukraine": the country, last */
      if (!strncmp(p->feature, "PCL", 3)) {
        if (p->cue != 1) continue;
        dist += 400000;
      }
      /* past a word that opens another clause: "in response to attacks on shipping in the Red Sea" */
      if (p->tok0 > vt ? clause_break(g, d, vt + 1, p->tok0) : clause_break(g, d, p->tok1, vt)) dist += 800000;
      if (bestp < 0 || dist < bestd) { bestp = (int32_t)k; bestd = dist; }
    }
    /* the story's dateline, for an event of its country: "KABUL, May 3 (Wire) - Afghan troops
     * attacked ...", not "WASHINGTON - Russian forces shelled ..." */
    if (bestp < 0)
      for (uint32_t k = pe; k-- > 0;)
        if (d->places[k].dateline) {
          if (event_of_country(e, d->places[k].cc3) && d->places[k].has_coord) bestp = (int32_t)k;
          break;
        }
    /* the report's place, for an event whose sentence names none: "Protesters gathered in Tbilisi
     * ... Riot police fired water cannon": an in/at place (no country) of the nearest earlier
     * sentence of its paragraph that names one, else of the report's first sentence, when the event
     * is done by or to that place's country or names no country */
    if (bestp < 0 && pi > 0) bestp = earlier_place(lx, d, e, pi);
    if (bestp < 0) continue;
    const dy_place *p = &d->places[bestp];
    e->place = bestp;
    e->geo_type = (uint8_t)dy_place_geo_type(p);
    const dy_gaz_entry *ge = dy_gaz_entry_at(g, p->entry);
    /* "Quetta, Balochistan, Pakistan", the country's name from the lexicon */
    const char *cn = *p->cc3 ? dy_lex_country_name(lx, p->cc3) : NULL;
    if (is_country(ge)) cn = NULL; /* "Yemen", not "Yemen, Yemen" */
    const dy_gaz_entry *dv = is_division(ge) ? NULL : dy_gaz_division(g, p->adm1);
    snprintf(e->geo_name, sizeof e->geo_name, "%s%s%s%s%s", ge->name, dv ? ", " : "", dv ? dv->name : "",
             cn ? ", " : "", cn ? cn : "");
    copy(e->geo_cc, sizeof e->geo_cc, p->cc);
    copy(e->geo_adm1, sizeof e->geo_adm1, p->adm1);
    copy(e->geo_feature, sizeof e->geo_feature, p->feature);
    e->geo_id = p->geonameid;
    e->lat = p->lat;
    e->lon = p->lon;
    e->geo_has_coord = p->has_coord;
  }
  return 0;
}

/* actors.c: actor mentions composed from dictionary matches and resolved in time. */
#include "actors.h"
#include "../lexicon/gazetteer.h"
#include "../base.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

int dy_lexicon_scan(const dy_lexicon *lx, dy_doc *d) {
  free(d->tid);
  d->tid = dy_xmalloc((d->ntoks + 1) * sizeof(int32_t));
  enum { BATCH = 64 };
  for (uint32_t b = 0; b < d->ntoks; b += BATCH) {
    const char *s[BATCH];
    size_t len[BATCH];
    uint32_t k = d->ntoks - b < BATCH ? d->ntoks - b : BATCH;
    for (uint32_t i = 0; i < k; i++) s[i] = dy_tok_norm(d, &d->toks[b + i]), len[i] = d->toks[b + i].nlen;
    dy_lex_tokids(lx, s, len, k, d->tid + b);
  }
  return 0;
}

uint32_t *dy_lex_fw_classes(const dy_lexicon *lx, const dy_doc *d) {
  uint32_t *c = dy_xcalloc(d->ntoks + 1, sizeof *c);
  for (uint32_t i = 0; i < d->ntoks; i++) c[i] = dy_lex_fwclass(lx, d->tid[i]);
  return c;
}

typedef struct { int32_t e; uint32_t i, n; } raw_t;

static int is_countryish(int k) { return k == DY_ENT_COUNTRY || k == DY_ENT_ADJ || k == DY_ENT_CAPITAL; }

/* May entry kind b follow kind a inside one actor phrase? */
static int joins(int a, int b, int after_poss) {
  if (is_countryish(a)) return b == DY_ENT_SECTOR || b == DY_ENT_TITLE || b == DY_ENT_PERSON || b == DY_ENT_ORG;
  /* "militant group Hamas", "the rebel group M23": the organisation */
  if (a == DY_ENT_SECTOR && b == DY_ENT_ORG) return !after_poss;
  if (a == DY_ENT_SECTOR || a == DY_ENT_TITLE) return !after_poss && (b == DY_ENT_SECTOR || b == DY_ENT_TITLE || b == DY_ENT_PERSON);
  if (a == DY_ENT_ORG) return b == DY_ENT_TITLE || b == DY_ENT_SECTOR || b == DY_ENT_PERSON;
  /* "the Trump administration", "President Joe Biden's administration" */
  if (a == DY_ENT_PERSON) return b == DY_ENT_SECTOR;
  return 0;
}

/* A rank or honorific that may stand inside a name phrase: "Gen.", "Lt.", "Dr.". */
static int is_rank(const dy_doc *d, uint32_t i) {
  const dy_tok *t = &d->toks[i];
  return (t->flags & DY_TOK_ABBR) && (t->flags & DY_TOK_UPPER) && t->end - t->start <= 6 && !memchr(d->text + t->start, '.', t->end - t->start - 1);
}

/* A word that may stand between a nationality and its sector noun: a word
 * of no closed class that starts no verb pattern, lower case (capitalised
 * after a possessive or before a capitalised sector noun: "Bahrain's High
 * Criminal Court", "German State Prosecutors"). */
/* A model designation at token i before token at ("B-2", "F-16", "MQ-9",
 * "Su-35"): a capitalised word of at most three letters, a hyphen, a
 * number; its length in tokens, else 0 (rule designation-inside). */
static uint32_t designation(const dy_doc *d, uint32_t i, uint32_t at) {
  if (i + 3 > at || !(d->toks[i].flags & DY_TOK_UPPER) || d->toks[i].nlen > 3 || strcmp(dy_tok_norm(d, &d->toks[i + 1]), "-") || !(d->toks[i + 2].flags & DY_TOK_DIGIT)) return 0;
  if (d->toks[i + 1].start != d->toks[i].end || d->toks[i + 2].start != d->toks[i + 1].end) return 0;
  return 3;
}

static int inner_modifier(const dy_lexicon *lx, const dy_doc *d, uint32_t i, int caps) {
  const dy_tok *t = &d->toks[i];
  if (t->flags & (DY_TOK_PUNCT | DY_TOK_DIGIT | DY_TOK_POSS | DY_TOK_ALLCAPS | DY_TOK_ABBR)) return 0;
  if ((t->flags & DY_TOK_UPPER) && !caps) return 0;
  for (uint32_t q = t->start; q < t->end; q++)
    if (!((d->text[q] >= 'a' && d->text[q] <= 'z') || (d->text[q] >= 'A' && d->text[q] <= 'Z'))) return 0;
  if (d->tid[i] < 0) return 1;
  /* a capitalised word before a capitalised sector noun is part of its name
   * even when a verb pattern starts with it ("German State Prosecutors") */
  uint64_t verbal = caps && (t->flags & DY_TOK_UPPER) ? DY_W_NOMINAL | DY_W_VERB3 | DY_W_PASTPART | DY_W_ING : 0;
  if (dy_lex_wclass(lx, d->tid[i]) & ~(uint64_t)(DY_W_PHRASE | DY_W_PLACE_DESIG | DY_W_PLACE_DIV | DY_W_PLACE_DIR | DY_W_PLACE_COMPASS | verbal)) return 0;
  if (verbal) return 1;
  uint32_t np = 0;
  dy_lex_patterns_at(lx, d->tid[i], &np);
  return np == 0;
}

/* DYAD_TRACE: a phrase a rule read as no actor ("on social media", rule medium) */
static void trace_dropped(const dy_doc *d, const dy_mention *m, const char *rule) {
  if (!getenv("DYAD_TRACE")) return;
  fprintf(stderr, "  no actor [%.*s] rule %s\n", (int)(d->toks[m->tok1 - 1].end - d->toks[m->tok0].start), d->text + d->toks[m->tok0].start, rule);
}

static void copy_name(char *dst, const char *src, size_t n) {
  if (n > 63) n = 63;
  memcpy(dst, src, n);
  dst[n] = 0;
}

static int cmp_ment(const void *a, const void *b) {
  const dy_mention *x = a, *y = b;
  return x->tok0 != y->tok0 ? (x->tok0 < y->tok0 ? -1 : 1) : 0;
}

/* Can token i be a word of a person's name after a title: capitalised,
 * after a space, no abbreviation in capitals, no date or reporting word? */
static int name_word(const dy_lexicon *lx, const dy_doc *d, uint32_t i) {
  const dy_tok *t = &d->toks[i];
  if (!(t->flags & DY_TOK_UPPER) || (t->flags & (DY_TOK_PUNCT | DY_TOK_ALLCAPS | DY_TOK_DIGIT | DY_TOK_POSS))) return 0;
  if (t->start > 0 && d->text[t->start - 1] != ' ') return 0; /* the text's first word starts a name too */
  return (dy_lex_wclass(lx, d->tid[i]) & (DY_W_DATE | DY_W_SAY | DY_W_PREP | DY_W_CONJ | DY_W_DET | DY_W_CLAUSE)) == 0;
}

/* An initial inside a person's name: one capital letter and a stop ("V." of "Vladimir V. Putin"). */
static int is_initial(const dy_doc *d, uint32_t i) {
  const dy_tok *t = &d->toks[i];
  return t->end - t->start == 2 && d->text[t->start] >= 'A' && d->text[t->start] <= 'Z' && d->text[t->start + 1] == '.';
}

/* m becomes person p (a title's holder named by surname) unless the
 * phrase's country is another's; 1 when it did. */
static int as_person(const dy_lexicon *lx, dy_mention *m, int32_t p, const char *country, dy_date date) {
  char code[16];
  int32_t tt;
  dy_lex_person_code(lx, p, date, code, &tt);
  if (country && strncmp(code, country, 3) != 0) return 0;
  dy_scopy(m->code, sizeof m->code, code);
  m->person = p;
  m->kind = DY_ACT_PERSON;
  copy_name(m->name, dy_lex_person_name(lx, p), strlen(dy_lex_person_name(lx, p)));
  return 1;
}

static int org_word(const dy_lexicon *lx, const dy_doc *d, uint32_t i);
static int is_region(const dy_lexicon *lx, const char *code);

/* Does document d name the state of code3 (a state's name, adjective or
 * capital, or a body of its own)? *any: does it name any state? */
static int doc_names_state(const dy_lexicon *lx, const dy_doc *d, const char *code3, int *any) {
  /* how often the document names each state: the body is code3's where
   * code3 is named at least as often as any other state (a South Korean
   * story that names "the United States" once keeps its "National
   * Security Council" Korean) */
  char st[64][4];
  int cnt[64], ns = 0, own = 0, most = 0;
  *any = 0;
  for (uint32_t i = 0; i < d->ntoks; i++) {
    uint32_t len = 0;
    int32_t ei = d->tid[i] >= 0 ? dy_lex_match(lx, d, i, d->ntoks, &len) : -1;
    if (ei < 0) continue;
    const dy_entry *e = dy_lex_entry(lx, ei);
    char c3[4];
    snprintf(c3, sizeof c3, "%.3s", e->code);
    int state = (e->kind == DY_ENT_COUNTRY || e->kind == DY_ENT_ADJ || e->kind == DY_ENT_CAPITAL ||
                 (e->kind == DY_ENT_ORG && !e->local && strlen(e->code) > 3)) && strlen(c3) == 3 && dy_lex_country_name(lx, c3);
    if (len > 1) i += len - 1;
    if (!state) continue;
    *any = 1;
    if (!strcmp(c3, code3)) { own++; continue; }
    int j = 0;
    while (j < ns && strcmp(st[j], c3)) j++;
    if (j == ns && ns < 64) { memcpy(st[ns], c3, 4); cnt[ns++] = 0; }
    if (j < ns && ++cnt[j] > most) most = cnt[j];
  }
  return own > 0 && own >= most;
}

/* Resolves a chunk of raw matches [r0, r1) to one mention. */
static void resolve(const dy_lexicon *lx, const dy_doc *d, const raw_t *raw, int r0, int r1, dy_date date, dy_mention *m) {
  const char *country = NULL;
  char sector[16] = "";
  int32_t person = -1, title = -1;
  const dy_entry *org = NULL;
  int capital = 0, own_sector = 0;
  for (int k = r0; k < r1; k++) {
    const dy_entry *e = dy_lex_entry(lx, raw[k].e);
    switch (e->kind) {
    case DY_ENT_COUNTRY: case DY_ENT_ADJ: if (!country || !m->rule) country = e->code; break; /* rule ethnic-group: the first names the state */
    case DY_ENT_CAPITAL: country = e->code; capital = 1; break;
    /* rule sector-speaker: a government's noun or title (word class
     * state-sectors' GOV: "spokesman", "official") right after a sector noun
     * of another state organ speaks for that organ ("Army spokesman": MIL,
     * "Police spokesman": COP, "Junta spokesman": MIL) */
    case DY_ENT_SECTOR:
      if (!(k > r0 && own_sector && !strcmp(e->code, "GOV") && raw[k - 1].i + raw[k - 1].n == raw[k].i)) dy_scopy(sector, sizeof sector, e->code);
      own_sector = strcmp(sector, "GOV") && dy_lex_generic_code(lx, sector);
      break;
    case DY_ENT_TITLE:
      if (!(k > r0 && own_sector && !strcmp(e->code, "GOV") && raw[k - 1].i + raw[k - 1].n == raw[k].i)) dy_scopy(sector, sizeof sector, e->code);
      title = e->title;
      own_sector = 0;
      break;
    case DY_ENT_PERSON: person = dy_lex_person_at(lx, raw[k].e, date); break;
    case DY_ENT_ORG: org = e; break;
    }
  }
  /* rule org-in-time: an organisation that became another actor on a day
   * (orgs.txt "since": the Taliban, Afghanistan's government from August
   * 2021) is that actor in a sentence dated on or after that day */
  dy_entry org_now;
  if (org && org->since_code[0] && date.prec && dy_date_days(date) >= dy_date_days(org->since_from)) {
    org_now = *org;
    dy_scopy(org_now.code, sizeof org_now.code, org->since_code);
    org_now.type = "group";
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  organisation %s on its date is %s rule org-in-time\n", org->code, org_now.code);
    org = &org_now;
  }
  m->entry = raw[r1 - 1].e;
  m->person = -1;
  m->title_only = dy_lex_entry(lx, raw[r1 - 1].e)->kind == DY_ENT_TITLE;
  const char *words = d->text + d->toks[raw[r0].i].start;
  size_t wlen = d->toks[raw[r1 - 1].i + raw[r1 - 1].n - 1].end - d->toks[raw[r0].i].start;
  copy_name(m->name, words, wlen);
  /* "the Trump administration", "the Netanyahu government": the person's state and that sector */
  if (person >= 0 && dy_lex_entry(lx, raw[r1 - 1].e)->kind == DY_ENT_SECTOR) {
    int32_t t;
    char code[16];
    dy_lex_person_code(lx, person, date, code, &t);
    dy_scat(m->code, sizeof m->code, code, 3, dy_lex_entry(lx, raw[r1 - 1].e)->code);
    m->kind = DY_ACT_SECTOR;
    return;
  }
  if (person >= 0) {
    int32_t t;
    char code[16];
    int active = dy_lex_person_code(lx, person, date, code, &t);
    int trace = getenv("DYAD_TRACE") != NULL;
    /* rule namesake: "Colombian Defence Minister Pedro Sanchez": a title of
     * another state than the post the dictionaries' person of that name
     * holds names a namesake, coded by the phrase's state and title */
    if (active && country && sector[0] && title >= 0 && strncmp(code, country, 3) && !m->former) {
      snprintf(m->code, sizeof m->code, "%.3s%s", country, sector);
      m->kind = DY_ACT_SECTOR;
      m->rule = "namesake";
      if (trace) fprintf(stderr, "  [%s] is not %s (%s) rule namesake\n", m->name, dy_lex_person_name(lx, person), code);
      return;
    }
    /* rule name-continues: a one-word name followed by a capitalised name
     * word the dictionaries do not know ("said Arafat Jamal, the UNHCR
     * representative", "Trump Tower") is someone or something else; not
     * in a capitalised heading ("Putin Warns West") */
    uint32_t pt = raw[r1 - 1].i + raw[r1 - 1].n, stop = d->sents[m->sent].tok1;
    int one_word = r1 == r0 + 1; /* one word, hyphens inside ("Zia-ul-Haq Mahmood") */
    for (uint32_t k = raw[r0].i + 1; one_word && k < pt; k++) one_word = d->toks[k].start == d->toks[k - 1].end;
    if (one_word && pt < stop && name_word(lx, d, pt) &&
        (pt + 1 >= stop || !(d->toks[pt + 1].flags & DY_TOK_UPPER) || (d->toks[pt + 1].flags & DY_TOK_PUNCT)) &&
        (raw[r0].i == d->sents[m->sent].tok0 || !(d->toks[raw[r0].i - 1].flags & DY_TOK_UPPER) || (d->toks[raw[r0].i - 1].flags & DY_TOK_PUNCT))) {
      if (trace) fprintf(stderr, "  [%s] before the name word '%.*s' rule name-continues\n", m->name, (int)(d->toks[pt].end - d->toks[pt].start), d->text + d->toks[pt].start);
      m->code[0] = 0;
      return;
    }
    if (m->former == 1 && active) {
      /* "former President X": not the post held now ("then President X" is) */
      dy_scat(m->code, sizeof m->code, code, 3, "ELI");
    } else if (!active && country && sector[0] && !m->former) {
      dy_scat(m->code, sizeof m->code, country, 3, sector);
    } else if (!active && org && title >= 0 && !m->former) {
      /* "U.N. Secretary-General Kofi Annan" out of his dates: the phrase
       * names the post, the organisation's */
      dy_scopy(m->code, sizeof m->code, org->code);
    } else dy_scopy(m->code, sizeof m->code, code);
    m->person = person;
    m->kind = DY_ACT_PERSON;
    copy_name(m->name, dy_lex_person_name(lx, person), strlen(dy_lex_person_name(lx, person)));
    return;
  }
  if (org && country && !strncmp(org->code, "IGO", 3) && strncmp(org->code, country, 3)) {
    /* "Sweden's NATO membership": the possessor country is the actor */
    org = NULL;
  }
  /* rule party-of-state: a party's name after another state's name or
   * possessive is that state's party of the name ("Norway's Labour",
   * "Israel's Labour": not the British one) */
  if (org && country && org->type && !strcmp(org->type, "party") && strncmp(org->code, country, 3)) {
    dy_scat(m->code, sizeof m->code, country, 3, "PTY");
    m->kind = DY_ACT_ORG;
    m->rule = "party-of-state";
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  party [%s] of %.3s, not %s rule party-of-state\n", m->name, country, org->code);
    return;
  }
  /* rule local-org: a state body's name that other states' bodies bear
   * too ("=" in orgs.txt: "the High Court of Justice") is that state's
   * only where the phrase, or the document, names that state, or where
   * the document names no state at all; else it is the body's sector,
   * which takes its state from the sentence */
  if (org && org->local && strlen(org->code) > 3) {
    char c3[4];
    snprintf(c3, sizeof c3, "%.3s", org->code);
    int any = 0;
    if (!(country && !strncmp(country, c3, 3)) && dy_lex_country_name(lx, c3) && !doc_names_state(lx, d, c3, &any) && any) {
      if (country) snprintf(m->code, sizeof m->code, "%.3s%s", country, org->code + 3);
      else snprintf(m->code, sizeof m->code, "%s", org->code + 3);
      /* an acronym names no sector elsewhere ("The CBI warned" in a British
       * article is not India's bureau, nor any police): no actor */
      if (!country && r1 == r0 + 1 && (d->toks[raw[r0].i].flags & DY_TOK_ALLCAPS)) m->code[0] = 0;
      m->kind = DY_ACT_SECTOR;
      m->rule = "local-org";
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  local organisation [%s] not %s here: %s rule local-org\n", m->name, org->code, m->code);
      return;
    }
  }
  if (org) {
    dy_scopy(m->code, sizeof m->code, org->code);
    /* "Iraq's al-Qaeda": an international armed group's branch in the possessor's state */
    if (country && !strncmp(org->code, "IMG", 3) && !m->former) dy_scat(m->code, sizeof m->code, country, 3, org->code + 3);
    else if (sector[0] && strlen(org->code) == 3) dy_scat(m->code, sizeof m->code, org->code, SIZE_MAX, sector);
    m->kind = DY_ACT_ORG;
    copy_name(m->name, org->name, strlen(org->name));
    return;
  }
  /* "Prime Minister Sharif": a title and the surname of its holder */
  uint32_t after = raw[r1 - 1].i + raw[r1 - 1].n;
  if (title >= 0 && !m->former && dy_lex_entry(lx, raw[r1 - 1].e)->kind == DY_ENT_TITLE && after < d->sents[m->sent].tok1 &&
      (d->toks[after].flags & DY_TOK_UPPER) && !(d->toks[after].flags & (DY_TOK_PUNCT | DY_TOK_ALLCAPS)) && d->toks[after].start > 0 &&
      d->text[d->toks[after].start - 1] == ' ') {
    const dy_tok *t = &d->toks[after];
    int32_t p = dy_lex_title_surname(lx, title, d->text + t->start, t->end - t->start, date);
    if (p >= 0 && as_person(lx, m, p, country, date)) {
      m->tok1 = after + 1;
      m->title_only = 0;
      return;
    }
  }
  /* "Kyrgyz Prime Minister Nikolai Tanaev": a title and a name the
   * dictionaries do not know. The whole phrase is the mention, coded by its
   * country and title, and the post's holder of the day is not guessed
   * (rule titled-name); so is a capitalised sector noun of one person
   * (word class person-noun: "Planning and Investment Minister Tran Xuan
   * Gia", "New York Governor Andrew Cuomo"). An initial may stand inside
   * the name ("President Vladimir V. Putin"), and a last word that is the
   * surname of the title's holder names that person ("President Omar El
   * Bashir") */
  const dy_entry *last = dy_lex_entry(lx, raw[r1 - 1].e);
  uint32_t lastw = raw[r1 - 1].i + raw[r1 - 1].n - 1;
  /* a lower-case person noun after a capitalised word of its portfolio
   * takes a name too ("Oil minister Oun"), not after "the" ("the minister
   * Tran") */
  int portfolio = lastw > d->sents[m->sent].tok0 && lastw == raw[r0].i && (d->toks[lastw - 1].flags & DY_TOK_UPPER) &&
                  !(d->toks[lastw - 1].flags & (DY_TOK_PUNCT | DY_TOK_ALLCAPS | DY_TOK_POSS)) && org_word(lx, d, lastw - 1);
  int titled = !m->former && (last->kind == DY_ENT_TITLE ||
                              (last->kind == DY_ENT_SECTOR && (portfolio || (d->toks[lastw].flags & DY_TOK_UPPER)) && !(d->toks[lastw].flags & DY_TOK_ALLCAPS) &&
                               (dy_lex_wclass(lx, d->tid[lastw]) & DY_W_PERSONNOUN)));
  uint32_t nend = after, stop = d->sents[m->sent].tok1;
  while (titled && nend < stop && nend < after + 5 &&
         (name_word(lx, d, nend) || (nend > after && is_initial(d, nend) && nend + 1 < stop && name_word(lx, d, nend + 1))))
    nend++;
  if (nend > after) {
    m->tok1 = nend;
    m->title_only = 0;
    m->rule = "titled-name";
    const dy_tok *lt = &d->toks[nend - 1];
    int32_t p = nend > after + 1 && title >= 0 ? dy_lex_title_surname(lx, title, d->text + lt->start, lt->end - lt->start, date) : -1;
    /* or the last word is a person's name alone ("Bashir") who holds a post on the date */
    uint32_t plen = 0;
    int32_t pe = p < 0 && nend > after + 1 && d->tid[nend - 1] >= 0 ? dy_lex_match(lx, d, nend - 1, nend, &plen) : -1;
    if (pe >= 0 && dy_lex_entry(lx, pe)->kind == DY_ENT_PERSON) {
      char pc[16];
      int32_t pt;
      int32_t q = dy_lex_person_at(lx, pe, date);
      if (q >= 0 && dy_lex_person_code(lx, q, date, pc, &pt) && pt >= 0) p = q;
    }
    if (p >= 0 && as_person(lx, m, p, country, date)) return;
    /* rule misspelt-name: the name of a holder of the title misspelt
     * ("President Francois Mitterand", "President Dos Sontas") */
    if (title >= 0 && nend > after) {
      size_t nb = d->toks[nend - 1].end - d->toks[after].start;
      p = dy_lex_title_misspelt(lx, title, d->text + d->toks[after].start, nb, date);
      if (p >= 0 && as_person(lx, m, p, country, date)) {
        m->rule = "misspelt-name";
        return;
      }
    }
    m->name0 = after;
    copy_name(m->name, words, d->toks[nend - 1].end - d->toks[raw[r0].i].start);
    if (country) dy_scat(m->code, sizeof m->code, country, 3, sector);
    else dy_scopy(m->code, sizeof m->code, sector);
    m->kind = DY_ACT_SECTOR;
    return;
  }
  if (country && title >= 0 && !m->former) {
    int32_t p = dy_lex_title_holder(lx, title, country, date);
    if (p >= 0) {
      int32_t t;
      dy_lex_person_code(lx, p, date, m->code, &t);
      m->person = p;
      m->kind = DY_ACT_PERSON;
      copy_name(m->name, dy_lex_person_name(lx, p), strlen(dy_lex_person_name(lx, p)));
      return;
    }
  }
  if (country && m->rule && !sector[0]) snprintf(sector, sizeof sector, "ETH"); /* rule ethnic-group: "Bosnian Serbs" */
  if (country) {
    if (m->former && sector[0]) dy_scat(m->code, sizeof m->code, country, 3, "ELI");
    else if (sector[0]) dy_scat(m->code, sizeof m->code, country, 3, sector);
    else dy_scopy(m->code, sizeof m->code, country);
    m->kind = capital || sector[0] ? DY_ACT_SECTOR : DY_ACT_COUNTRY;
    if (!sector[0] && !capital) {
      const char *cn = dy_lex_country_name(lx, country);
      if (cn) copy_name(m->name, cn, strlen(cn));
    }
    return;
  }
  dy_scopy(m->code, sizeof m->code, sector);
  m->kind = DY_ACT_SECTOR;
}

/* The last word of a person's name in mention m, if it has one: a
 * capitalised word that ends a phrase of two or more words, no title,
 * country or sector word of the dictionaries (m->entry is a lexicon entry). */
static int surname_of(const dy_lexicon *lx, const dy_doc *d, const dy_mention *m, char *out, size_t nout) {
  if (m->tok1 < m->tok0 + 2) return 0;
  if (m->kind != DY_ACT_PERSON && m->kind != DY_ACT_SECTOR) return 0;
  uint32_t i = m->tok1 - 1;
  if (!name_word(lx, d, i) || !name_word(lx, d, i - 1) || d->toks[i].nlen < 2 || d->toks[i].nlen >= nout) return 0;
  /* a titled unknown name: the phrase ran past its last dictionary word */
  if (m->kind == DY_ACT_SECTOR && dy_lex_entry(lx, m->entry)->kind != DY_ENT_TITLE) return 0;
  memcpy(out, dy_tok_norm(d, &d->toks[i]), d->toks[i].nlen);
  out[d->toks[i].nlen] = 0;
  return 1;
}

static void remember_name(const dy_lexicon *lx, const dy_doc *d, dy_actor_ctx *ctx, const dy_mention *m) {
  char sur[32];
  if (m->entry < 0 || !surname_of(lx, d, m, sur, sizeof sur)) return;
  for (int k = 0; k < ctx->nnames; k++) {
    if (strcmp(ctx->names[k].surname, sur)) continue;
    if (strcmp(ctx->names[k].name, m->name) && strcmp(ctx->names[k].code, m->code)) ctx->names[k].ambiguous = 1;
    return;
  }
  if (ctx->nnames >= 32) return;
  dy_known_name *n = &ctx->names[ctx->nnames++];
  memcpy(n->surname, sur, sizeof sur);
  dy_scopy(n->code, sizeof n->code, m->code);
  if (m->kind == DY_ACT_PERSON) dy_scopy(n->name, sizeof n->name, m->name);
  else {
    /* a titled unknown name: the name's words, not its title's */
    uint32_t b = m->tok1 - 1;
    uint32_t len = 0;
    while (b > m->tok0 && name_word(lx, d, b - 1) && (d->tid[b - 1] < 0 || dy_lex_match(lx, d, b - 1, m->tok1, &len) < 0)) b--;
    copy_name(n->name, d->text + d->toks[b].start, d->toks[m->tok1 - 1].end - d->toks[b].start);
  }
  n->person = m->person;
  n->ambiguous = 0;
}

/* A named armed group's code: a state's rebels with a group of their own ("PSEREBHMS") */
static int group_code(const char *code) { return strlen(code) > 6 && (!strncmp(code + 3, "REB", 3) || !strncmp(code + 3, "INS", 3)); }

/* The state (alpha-3) a mention names, its own or its sector's, not of a
 * pair or a pronoun: 0 when none */
static int state_of_mention(const dy_lexicon *lx, const dy_mention *m, char out[4]) {
  if (m->kind == DY_ACT_PAIR || m->kind == DY_ACT_PRONOUN || strlen(m->code) < 3) return 0;
  dy_scat(out, 4, m->code, 3, "");
  return dy_lex_country_name(lx, out) != NULL;
}

/* The key of the pair of states a and b, the lesser code first ("IRNPAK") */
static void pair_key(const char *a, const char *b, char out[8]) {
  snprintf(out, 8, "%.3s%.3s", strcmp(a, b) < 0 ? a : b, strcmp(a, b) < 0 ? b : a);
}

/* The index of the pair of states a and b among those a sentence named
 * together (rule pair-conamed), -1 when none did. */
static int conamed_ix(const dy_actor_ctx *ctx, const char *a, const char *b) {
  char k[8];
  pair_key(a, b, k);
  for (int i = 0; i < ctx->nconamed; i++)
    if (!strcmp(ctx->conamed[i], k)) return i;
  return -1;
}
static int conamed(const dy_actor_ctx *ctx, const char *a, const char *b) { return conamed_ix(ctx, a, b) >= 0; }

/* Is m a person: one the dictionaries know, or a title and a name they do
 * not ("US Ambassador Mike Hammer", rule titled-name) with a state? The
 * latter is an antecedent of "he" and "she" too (rule titled-antecedent). */
static int named_person(const dy_lexicon *lx, const dy_mention *m) {
  if (m->kind == DY_ACT_PERSON) return m->person >= 0;
  return m->kind == DY_ACT_SECTOR && m->name0 > m->tok0 && m->name0 < m->tok1 && strlen(m->code) == 6 && dy_lex_country_name(lx, m->code);
}

static void remember(const dy_lexicon *lx, const dy_doc *d, dy_actor_ctx *ctx, const dy_mention *m, uint32_t s) {
  if (group_code(m->code) && m->kind != DY_ACT_PRONOUN) {
    ctx->have_grp = 1;
    ctx->grp_sent = s;
    dy_scopy(ctx->grp_code, sizeof ctx->grp_code, m->code);
    dy_scopy(ctx->grp_name, sizeof ctx->grp_name, m->name);
  }
  if (named_person(lx, m)) {
    ctx->have_person = 1;
    ctx->person = m->kind == DY_ACT_PERSON ? m->person : -1;
    ctx->person_sent = s;
    dy_scopy(ctx->person_code, sizeof ctx->person_code, m->code);
    dy_scopy(ctx->person_name, sizeof ctx->person_name, m->name);
  }
  if (m->kind == DY_ACT_ORG && m->code[0] && m->tok1 >= m->tok0 + 2) {
    /* the head is the last word of the words the text uses ("the UN war
     * crimes tribunal ... the tribunal"), not of the organisation's name */
    const char *sp = dy_tok_norm(d, &d->toks[m->tok1 - 1]);
    if (sp && sp[0] && strlen(sp) < sizeof ctx->org_head) {
      size_t q = 0;
      for (const char *p = sp; *p; p++) ctx->org_head[q++] = (char)((*p >= 'A' && *p <= 'Z') ? *p - 'A' + 'a' : *p);
      ctx->org_head[q] = 0;
      dy_scopy(ctx->org_code, sizeof ctx->org_code, m->code);
      ctx->org_sent = s;
      ctx->have_org = 1;
    }
  }
  if (strlen(m->code) < 3 || !dy_lex_country_name(lx, m->code)) return;
  /* a capital alone is mostly a place ("had returned from Kabul"): no
   * antecedent of "the authorities" (rule main-state) */
  int capital = m->entry >= 0 && dy_lex_entry(lx, m->entry)->kind == DY_ENT_CAPITAL;
  if (strlen(m->code) == 6 && m->kind != DY_ACT_PAIR && !capital) {
    int k;
    for (k = 0; k < ctx->nsectors; k++)
      if (!strcmp(ctx->sectors[k].sector, m->code + 3)) break;
    if (k == ctx->nsectors && k < 16) ctx->nsectors++;
    if (k < 16) {
      /* the second of a pair in one group ("Rwandan and Mozambican troops") keeps the first */
      int pair = k < ctx->nsectors && ctx->sectors[k].sent == s && ctx->sectors[k].group == m->group && strncmp(ctx->sectors[k].state, m->code, 3);
      if (pair) memcpy(ctx->sectors[k].state2, ctx->sectors[k].state, 4);
      else ctx->sectors[k].state2[0] = 0;
      memcpy(ctx->sectors[k].sector, m->code + 3, 4);
      memcpy(ctx->sectors[k].state, m->code, 3);
      ctx->sectors[k].state[3] = 0;
      ctx->sectors[k].sent = s;
      ctx->sectors[k].group = m->group;
    }
  }
  if (m->kind != DY_ACT_PAIR) {
    int k;
    for (k = 0; k < ctx->nseen; k++)
      if (!strncmp(ctx->seen[k].code, m->code, 3)) break;
    if (k == ctx->nseen && k < 32) { dy_scat(ctx->seen[k].code, 4, m->code, 3, ""); ctx->nseen++; }
    if (k < 32) { ctx->seen[k].n++; ctx->seen[k].last = s; }
  }
}

static int word_is(const dy_doc *d, uint32_t i, const char *w) { return strcmp(dy_tok_norm(d, &d->toks[i]), w) == 0; }

/* "the group of seven" (a group of people or states), not "accuses the
 * group of lacking sincerity" (the act it is accused of): the word "group"
 * at i before "of" and no -ing form */
static int group_of(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, uint32_t i) {
  if (i + 1 >= se->tok1 || !word_is(d, i + 1, "of")) return 0;
  const char *nw = i + 2 < se->tok1 ? dy_tok_norm(d, &d->toks[i + 2]) : "";
  size_t nl = strlen(nw);
  if (nl >= 5 && !strcmp(nw + nl - 3, "ing")) return 0;
  /* rule group-of-members: the members come within three words, a name,
   * a number or a plural ("the group of seven", "of ministers", "of
   * Islamic states"); "accused the group of bad faith" names a charge */
  for (uint32_t q = i + 2; q < se->tok1 && q < i + 5; q++) {
    const dy_tok *t = &d->toks[q];
    if (t->flags & DY_TOK_PUNCT) return 0;
    if (t->flags & (DY_TOK_UPPER | DY_TOK_DIGIT)) return 1;
    const char *w = dy_tok_norm(d, t);
    size_t wl = strlen(w);
    if ((wl > 3 && w[wl - 1] == 's' && w[wl - 2] != 's') || (d->tid[q] >= 0 && (dy_lex_wclass(lx, d->tid[q]) & DY_W_QUANT))) return 1;
  }
  return 0;
}

/* Does no dictionary phrase start with token i (a word of a name the
 * dictionaries do not know: "Harlow", "Shipping")? */
static int unknown_word(const dy_lexicon *lx, const dy_doc *d, uint32_t i, uint32_t stop) {
  uint32_t len = 0;
  return d->tid[i] < 0 || dy_lex_match(lx, d, i, stop, &len) < 0;
}

/* Is token i a past form: a lower-case word of letters of five or more
 * ending in "ed", not in "eed" ("decided", "returned"; not "need", "speed")? */
static int past_form(const dy_doc *d, uint32_t i) {
  const dy_tok *t = &d->toks[i];
  size_t n = t->end - t->start;
  const char *w = d->text + t->start;
  if (n < 5 || (t->flags & (DY_TOK_UPPER | DY_TOK_PUNCT | DY_TOK_DIGIT))) return 0;
  for (size_t q = 0; q < n; q++)
    if (w[q] < 'a' || w[q] > 'z') return 0;
  return w[n - 2] == 'e' && w[n - 1] == 'd' && (w[n - 3] != 'e' || n > 6);
}

/* Is token i a lower-case word that is no verb, a noun a name before it
 * modifies ("exchange" of "the London exchange")? No closed class, no
 * third-person or past form; after an article and a name a word a verb
 * pattern starts with is a noun too ("exchange"). */
static int noun_next(const dy_lexicon *lx, const dy_doc *d, uint32_t i) {
  const dy_tok *t = &d->toks[i];
  if (t->flags & (DY_TOK_UPPER | DY_TOK_PUNCT | DY_TOK_DIGIT | DY_TOK_POSS)) return 0;
  uint64_t verbish = DY_W_PREP | DY_W_CONJ | DY_W_BE | DY_W_HAVE | DY_W_MODAL | DY_W_FUTURE | DY_W_SAY | DY_W_CLAUSE | DY_W_ADV |
                     DY_W_NEG | DY_W_PASTPART | DY_W_VERB3 | DY_W_ING | DY_W_TO | DY_W_DET | DY_W_DATE;
  if (d->tid[i] >= 0 && (dy_lex_wclass(lx, d->tid[i]) & verbish)) return 0;
  return !past_form(d, i);
}

/* Does a verb pattern (not an event noun's) start with token i ("won")? */
static int verb_at(const dy_lexicon *lx, const dy_doc *d, uint32_t i) {
  uint32_t np = 0;
  const int32_t *pats = d->tid[i] >= 0 ? dy_lex_patterns_at(lx, d->tid[i], &np) : NULL;
  for (uint32_t q = 0; q < np; q++)
    if (!dy_lex_pattern(lx, pats[q])->nominal) return 1;
  return 0;
}

/* Does token i follow a prefix and a hyphen ("anti-", "pro-", "counter-")? */
static int after_prefix(const dy_doc *d, const dy_sent *se, uint32_t i) {
  return i >= se->tok0 + 2 && word_is(d, i - 1, "-") &&
         (word_is(d, i - 2, "counter") || word_is(d, i - 2, "anti") || word_is(d, i - 2, "pro") ||
          word_is(d, i - 2, "non") || word_is(d, i - 2, "post") || word_is(d, i - 2, "pre"));
}

/* A nationality adjective that names a currency, not an actor: "5 billion
 * Canadian dollars", "$254-billion Canadian" (data/figures.txt's
 * currencies and scales). */
static int money_adj(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, uint32_t i, uint32_t len, int kind) {
  if (kind != DY_ENT_ADJ || len != 1) return 0;
#define FWC(k) dy_lex_fwclass(lx, d->tid[k])
  if (i + 1 < se->tok1 && (FWC(i + 1) & DY_FW_CURRENCY)) return 1;
  if (i == se->tok0 || !(FWC(i - 1) & (DY_FW_SCALE | DY_FW_NUM) || (d->toks[i - 1].flags & DY_TOK_DIGIT))) return 0;
  for (uint32_t k = i - 1; k > se->tok0 && k + 4 > i; k--)
    if (FWC(k - 1) & DY_FW_CURRENCY) return 1;
#undef FWC
  return 0;
}

/* A capitalised word that may be part of an organisation's name. */
static int org_word(const dy_lexicon *lx, const dy_doc *d, uint32_t i) {
  const dy_tok *t = &d->toks[i];
  if (!(t->flags & DY_TOK_UPPER) || (t->flags & (DY_TOK_PUNCT | DY_TOK_ALLCAPS | DY_TOK_DIGIT | DY_TOK_POSS))) return 0;
  return (dy_lex_wclass(lx, d->tid[i]) & (DY_W_DATE | DY_W_SAY | DY_W_PREP | DY_W_CONJ | DY_W_DET | DY_W_CLAUSE | DY_W_PRON)) == 0;
}

/* The mention whose last token is i, or -1. */
static int ment_ending(const dy_mention *tmp, int nm, uint32_t i) {
  for (int k = 0; k < nm; k++)
    if (tmp[k].code[0] && tmp[k].tok1 == i + 1) return k;
  return -1;
}

/* Rule org-name: a capitalised head noun of an organisation (word class
 * org-head) that the dictionaries know as a sector takes in the capitalised
 * words before it ("the Ceasefire Violations Committee", "Mine Safety and
 * Health Administration", "the Serbian Workers' Union": a country or
 * sector matched inside is part of the name, the country codes it) and an
 * "of" or "for" phrase of capitalised words after it ("the Association of
 * African Jurists"): an organisation the dictionaries do not know, coded
 * by its head's sector (and the country inside). A head that only
 * capitalised text matches ("Committee", "Association") names no actor
 * when no name is around it. Returns the new count of mentions. */
static int org_names(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, uint32_t from, dy_mention *tmp, int nm) {
  for (int k = 0; k < nm; k++) {
    dy_mention *m = &tmp[k];
    if (!m->code[0] || m->entry < 0 || (m->kind != DY_ACT_SECTOR && m->kind != DY_ACT_COUNTRY)) continue;
    const dy_entry *e = dy_lex_entry(lx, m->entry);
    uint32_t h = m->tok1 - 1;
    if (e->kind != DY_ENT_SECTOR || !org_word(lx, d, h) || !(dy_lex_wclass(lx, d->tid[h]) & DY_W_ORGHEAD)) continue;
    uint32_t b = m->tok0, en = m->tok1;
    char country[4] = "";
    if (strlen(m->code) == 6 && dy_lex_country_name(lx, m->code)) memcpy(country, m->code, 3), country[3] = 0;
    /* before it: capitalised words, mentions of a country or a sector, and
     * "and", "of", "-" or a possessive between two of them */
    while (b > from && m->tok1 - b < 10) {
      uint32_t q = b - 1;
      int j = ment_ending(tmp, nm, q);
      if (j >= 0 && j != k && (tmp[j].kind == DY_ACT_COUNTRY || tmp[j].kind == DY_ACT_SECTOR) && tmp[j].entry >= 0 && !tmp[j].rule &&
          (d->toks[tmp[j].tok0].flags & DY_TOK_UPPER)) {
        if (!country[0] && strlen(tmp[j].code) >= 3 && dy_lex_country_name(lx, tmp[j].code)) memcpy(country, tmp[j].code, 3), country[3] = 0;
        b = tmp[j].tok0;
        continue;
      }
      if (j < 0 && org_word(lx, d, q)) {
        b = q;
        continue;
      }
      int joiner = word_is(d, q, "and") || word_is(d, q, "&") || word_is(d, q, "-") || word_is(d, q, "of") || (d->toks[q].flags & DY_TOK_POSS);
      if (joiner && q > from && (org_word(lx, d, q - 1) || ment_ending(tmp, nm, q - 1) >= 0) && (d->toks[b].flags & DY_TOK_UPPER)) {
        b = q;
        continue;
      }
      break;
    }
    while (b < m->tok0 && !org_word(lx, d, b) && ment_ending(tmp, nm, b) < 0) b++;
    /* after it: "of" or "for", perhaps "the", then capitalised words */
    if (en + 1 < se->tok1 && (word_is(d, en, "of") || word_is(d, en, "for"))) {
      uint32_t q = en + 1;
      if (q < se->tok1 && word_is(d, q, "the")) q++;
      uint32_t q0 = q;
      while (q < se->tok1 && q < en + 8 && (org_word(lx, d, q) || ((word_is(d, q, "and") || word_is(d, q, "-")) && q > q0 && q + 1 < se->tok1 && org_word(lx, d, q + 1))))
        q++;
      if (q > q0) {
        /* a country named in it codes it ("Federation of Nigerian Workers") */
        for (int j = 0; j < nm; j++)
          if (j != k && tmp[j].code[0] && tmp[j].tok0 >= en && tmp[j].tok1 <= q) {
            if (!country[0] && strlen(tmp[j].code) >= 3 && dy_lex_country_name(lx, tmp[j].code)) memcpy(country, tmp[j].code, 3), country[3] = 0;
          }
        en = q;
      }
    }
    if (b == m->tok0 && en == m->tok1) {
      if (e->upper_mask) m->code[0] = 0;
      continue;
    }
    for (int j = 0; j < nm; j++)
      if (j != k && tmp[j].code[0] && tmp[j].tok0 >= b && tmp[j].tok1 <= en) {
        /* a person or an organisation inside is not a name of words (a
         * region is: "the Association of African Jurists") */
        if (tmp[j].kind == DY_ACT_PERSON || (tmp[j].kind == DY_ACT_ORG && !is_region(lx, tmp[j].code))) goto next;
      }
    for (int j = 0; j < nm; j++)
      if (j != k && tmp[j].tok0 >= b && tmp[j].tok1 <= en) tmp[j].code[0] = 0;
    const char *sector = m->code + strlen(m->code) - 3;
    char code[16];
    dy_scat(code, sizeof code, country, SIZE_MAX, sector);
    memcpy(m->code, code, sizeof code);
    m->tok0 = b;
    m->tok1 = en;
    m->kind = DY_ACT_ORG;
    m->rule = "org-name";
    copy_name(m->name, d->text + d->toks[b].start, d->toks[en - 1].end - d->toks[b].start);
    m->poss = en < se->tok1 && (d->toks[en].flags & DY_TOK_POSS);
  next:;
  }
  int o = 0;
  for (int k = 0; k < nm; k++)
    if (tmp[k].code[0]) tmp[o++] = tmp[k];
  return o;
}

/* Is code a region's (orgs.txt type region: "WAF", "EUR")? */
static int is_region(const dy_lexicon *lx, const char *code) {
  const char *ty = strlen(code) == 3 ? dy_lex_org_type(lx, code) : NULL;
  return ty && !strcmp(ty, "region");
}

/* A capitalised word of letters only, not all capitals. */
static int cap_word(const dy_doc *d, uint32_t i) {
  const dy_tok *t = &d->toks[i];
  if (!(t->flags & DY_TOK_UPPER) || (t->flags & (DY_TOK_PUNCT | DY_TOK_DIGIT | DY_TOK_ALLCAPS | DY_TOK_ABBR))) return 0;
  for (uint32_t q = t->start; q < t->end; q++)
    if (!((d->text[q] >= 'a' && d->text[q] <= 'z') || (d->text[q] >= 'A' && d->text[q] <= 'Z'))) return 0;
  return 1;
}

/* ... standing alone: not inside a run of capitalised words ("Jordon Smith") */
static int misspelt_word(const dy_doc *d, const dy_sent *se, uint32_t i) {
  if (!cap_word(d, i)) return 0;
  if (i + 1 < se->tok1 && cap_word(d, i + 1)) return 0;
  /* a capitalised word before it, unless the sentence's first, or a rank ("Mr.") */
  if (i > se->body0 && ((cap_word(d, i - 1) && i - 1 > se->body0) || is_rank(d, i - 1))) return 0;
  return 1;
}

/* A sector that names a definite body: after "the" ("the military"), or
 * bare as news names the local one, at the start of the sentence or after
 * a preposition ("Police arrested", "were detained by police"), unless a
 * capitalised word before it makes it part of a name */
/* Is token i a lower-case word of letters alone, of no closed class ("joint"
 * of "the joint forces")? */
static int plain_modifier(const dy_lexicon *lx, const dy_doc *d, uint32_t i) {
  const dy_tok *t = &d->toks[i];
  if (t->flags & (DY_TOK_UPPER | DY_TOK_PUNCT | DY_TOK_DIGIT | DY_TOK_POSS)) return 0;
  for (uint32_t q = t->start; q < t->end; q++)
    if (d->text[q] < 'a' || d->text[q] > 'z') return 0;
  return d->tid[i] < 0 || !(dy_lex_wclass(lx, d->tid[i]) & (DY_W_PREP | DY_W_CONJ | DY_W_BE | DY_W_HAVE | DY_W_MODAL | DY_W_SAY | DY_W_CLAUSE | DY_W_NEG | DY_W_TO | DY_W_QUANT | DY_W_BOTH | DY_W_FORMER | DY_W_PRON));
}

/* Does "the" stand right before the sector, or before one plain modifier
 * of it ("the joint forces", rule the-modifier-sector)? */
static int the_before(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, const dy_mention *a) {
  if (a->tok0 <= se->tok0) return 0;
  if (word_is(d, a->tok0 - 1, "the")) return 1;
  return a->tok0 >= se->tok0 + 2 && word_is(d, a->tok0 - 2, "the") && plain_modifier(lx, d, a->tok0 - 1);
}

static int definite_sector(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, const dy_mention *a) {
  if (a->tok0 == se->body0) return 1;
  if (a->tok0 <= se->tok0) return 0;
  if (the_before(lx, d, se, a)) return 1;
  const dy_tok *pv = &d->toks[a->tok0 - 1];
  return !(pv->flags & (DY_TOK_UPPER | DY_TOK_PUNCT | DY_TOK_DIGIT)) && d->tid[a->tok0 - 1] >= 0 &&
         (dy_lex_wclass(lx, d->tid[a->tok0 - 1]) & DY_W_PREP) && !word_is(d, a->tok0 - 1, "of");
}

/* Does a state's adjective open tokens [i, end) ("Iraqi forces")? */
static int adj_at(const dy_lexicon *lx, const dy_doc *d, uint32_t i, uint32_t end) {
  uint32_t len = 0;
  int32_t e = d->tid[i] >= 0 ? dy_lex_match(lx, d, i, end, &len) : -1;
  return e >= 0 && dy_lex_entry(lx, e)->kind == DY_ENT_ADJ;
}

/* Is mention m inside a longer name of a curated place (data/places.txt)
 * that is no town, division or country and not in m's state (rule
 * state-in-place-name)? Spans of up to three more words on each side. */
/* A name's connector word that is no English one ("da", "de", "del",
 * "do": word class place-join, not a preposition or a conjunction)? */
static int foreign_join(const dy_lexicon *lx, const dy_doc *d, uint32_t i) {
  if (d->tid[i] < 0 || (d->toks[i].flags & (DY_TOK_UPPER | DY_TOK_PUNCT))) return 0;
  uint64_t c = dy_lex_wclass(lx, d->tid[i]);
  return (c & DY_W_PLACE_JOIN) && !(c & (DY_W_PREP | DY_W_CONJ | DY_W_DET));
}

/* Is tokens [a, b) the name of a gazetteer entry that is(in, code) says
 * is of another place than the state of code? */
static int gaz_span_other(const dy_gazetteer *g, const dy_doc *d, uint32_t a, uint32_t b, const char *code,
                          int (*is)(const dy_gaz_info *, const char *)) {
  char key[128];
  int kn = dy_gaz_norm(d->text + d->toks[a].start, d->toks[b - 1].end - d->toks[a].start, key, sizeof key);
  if (kn <= 0) return 0;
  int fl = 0;
  for (int32_t it = dy_gaz_first(g, key, (size_t)kn, &fl); it >= 0; it = dy_gaz_next(g, it))
    if (is(dy_gaz_info_at(g, it), code)) return 1;
  return 0;
}
/* a town of 1,000 or more (no historical or abandoned place) of another state */
static int other_town(const dy_gaz_info *in, const char *code) {
  return (in->kind & DY_GAZ_CITY) && !(in->kind & (DY_GAZ_PPLX | DY_GAZ_PPLH)) && in->pop >= 1000 && in->cc3[0] && strncmp(in->cc3, code, 3);
}
/* a curated place (no town, division or state) of no state or another */
static int other_curated(const dy_gaz_info *in, const char *code) {
  return (in->kind & DY_GAZ_CURATED) && !(in->kind & (DY_GAZ_CITY | DY_GAZ_DIVISION | DY_GAZ_COUNTRY)) && (!in->cc3[0] || strncmp(in->cc3, code, 3));
}

/* rule capital-in-name: is capital mention m the end of a longer place's
 * name, after a capitalised word and a connector that is no English word
 * ("the port town of Mocimboa da Praia": not Cape Verde's capital), or
 * inside a longer name of a town of the gazetteer of another state
 * ("East London" in South Africa)? */
static int capital_in_name(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, const dy_mention *m) {
  if (m->tok0 >= se->tok0 + 2 && m->tok0 - 2 >= se->body0 && foreign_join(lx, d, m->tok0 - 1) && cap_word(d, m->tok0 - 2)) return 1;
  const dy_gazetteer *g = dy_lex_gazetteer(lx);
  if (!g || strlen(m->code) < 3) return 0;
  int beside = (m->tok0 > se->tok0 && cap_word(d, m->tok0 - 1)) || (m->tok1 < se->tok1 && cap_word(d, m->tok1));
  if (!beside) return 0;
  for (uint32_t a = m->tok0 >= se->tok0 + 2 ? m->tok0 - 2 : se->tok0; a <= m->tok0; a++)
    for (uint32_t b = m->tok1; b <= m->tok1 + 2 && b <= se->tok1; b++) {
      if (a == m->tok0 && b == m->tok1) continue;
      int punct = 0;
      for (uint32_t q = a; q < b && !punct; q++) punct = (d->toks[q].flags & DY_TOK_PUNCT) && !(q > a && q + 1 < b && word_is(d, q, "-"));
      if (punct || !cap_word(d, a) || !cap_word(d, b - 1)) continue;
      if (gaz_span_other(g, d, a, b, m->code, other_town)) return 1;
    }
  return 0;
}

static int in_place_name(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, const dy_mention *m) {
  const dy_gazetteer *g = dy_lex_gazetteer(lx);
  if (!g || strlen(m->code) < 3) return 0;
  /* a longer name has a capitalised word or "of" right beside the state's */
  int beside = (m->tok0 > se->tok0 && (cap_word(d, m->tok0 - 1) || word_is(d, m->tok0 - 1, "of"))) ||
               (m->tok1 < se->tok1 && cap_word(d, m->tok1));
  if (!beside) return 0;
  for (uint32_t a = m->tok0 >= se->tok0 + 3 ? m->tok0 - 3 : se->tok0; a <= m->tok0; a++)
    for (uint32_t b = m->tok1; b <= m->tok1 + 3 && b <= se->tok1; b++) {
      if (a == m->tok0 && b == m->tok1) continue;
      if ((d->toks[a].flags & DY_TOK_PUNCT) || (d->toks[b - 1].flags & DY_TOK_PUNCT)) continue;
      if (gaz_span_other(g, d, a, b, m->code, other_curated)) return 1;
    }
  return 0;
}

/* The state whose first-level division (the gazetteer's ADM1 entries) the
 * words [a, b) name ("Sindh", "Punjab"): the one state such divisions of the
 * name are in, else of several the one the article named (one, not two);
 * 0 when none. */
static int division_state(const dy_lexicon *lx, const dy_doc *d, uint32_t a, uint32_t b, const dy_actor_ctx *ctx, char out[4]) {
  const dy_gazetteer *g = dy_lex_gazetteer(lx);
  char key[128] = "";
  if (!g || b <= a) return 0;
  for (uint32_t i = a; i < b; i++) {
    size_t n = strlen(key);
    if (n && n + 1 < sizeof key) { key[n] = ' '; key[n + 1] = 0; }
    if (dy_gaz_norm(d->text + d->toks[i].start, d->toks[i].end - d->toks[i].start, key + strlen(key), sizeof key - strlen(key)) < 0) return 0;
  }
  int fl = 0, nc = 0;
  char cc[4][4];
  for (int32_t it = dy_gaz_first(g, key, strlen(key), &fl); it >= 0; it = dy_gaz_next(g, it)) {
    const dy_gaz_info *in = dy_gaz_info_at(g, it);
    if (!(in->kind & DY_GAZ_DIVISION) || !in->cc3[0]) continue;
    int k = 0;
    while (k < nc && strcmp(cc[k], in->cc3)) k++;
    if (k == nc && nc < 4) memcpy(cc[nc++], in->cc3, 4);
  }
  if (nc == 1) { memcpy(out, cc[0], 4); return 1; }
  int pick = -1;
  for (int k = 0; k < nc; k++)
    for (int j = 0; j < ctx->nseen; j++)
      if (!strcmp(ctx->seen[j].code, cc[k])) { if (pick >= 0 && pick != k) return 0; pick = k; }
  if (pick < 0) return 0;
  memcpy(out, cc[pick], 4);
  return 1;
}

/* rule pronoun-sex: a person's sex as the document tells it, 'm', 'f' or 0:
 * an honorific of word class male or female (data/quotes.txt) right
 * before the last word of the person's name anywhere in the text ("Mrs
 * Thatcher", "Mr Joseph"); "he" then is not the woman, "she" not the man */
int dy_honorific_sex(const dy_lexicon *lx, const dy_doc *d, const char *name) {
  const char *sp = strrchr(name, ' ');
  const char *sur = sp ? sp + 1 : name;
  size_t sl = strlen(sur);
  if (sl < 2) return 0;
  for (uint32_t i = 0; i + 1 < d->ntoks; i++) {
    uint32_t fc = dy_lex_fwclass(lx, d->tid[i]);
    if (!(fc & (DY_FW_MALE | DY_FW_FEMALE)) || !(d->toks[i].flags & DY_TOK_UPPER)) continue;
    const dy_tok *t = &d->toks[i + 1];
    if (t->end - t->start == sl && !strncasecmp(d->text + t->start, sur, sl)) return (fc & DY_FW_MALE) ? 'm' : 'f';
  }
  return 0;
}

/* rule honorific-between: a person the dictionaries do not know, named
 * with an honorific ("Mr Varga wrote to her. He insisted ...") between
 * tokens t0 and i, of the pronoun's sex or of none known, is the
 * antecedent the pronoun more likely stands for than the person named
 * before (name): the pronoun is then left unresolved */
static int honorific_between(const dy_lexicon *lx, const dy_doc *d, uint32_t t0, uint32_t i, const char *name) {
  const char *sp = strrchr(name, ' ');
  const char *sur = sp ? sp + 1 : name;
  size_t sl = strlen(sur);
  int g = word_is(d, i, "he") || word_is(d, i, "him") ? 'm' : word_is(d, i, "she") || word_is(d, i, "her") ? 'f' : 0;
  for (uint32_t k = t0; k + 1 < i && k + 1 < d->ntoks; k++) {
    uint32_t fc = dy_lex_fwclass(lx, d->tid[k]);
    if (!(fc & (DY_FW_MALE | DY_FW_FEMALE)) || !(d->toks[k].flags & DY_TOK_UPPER) || !(d->toks[k + 1].flags & DY_TOK_UPPER)) continue;
    const dy_tok *t = &d->toks[k + 1];
    if (t->end - t->start == sl && !strncasecmp(d->text + t->start, sur, sl)) continue; /* the person named before */
    int x = (fc & DY_FW_MALE) ? 'm' : 'f';
    if (!g || x == g) return 1;
  }
  return 0;
}

/* Whether the person of that name is of the other sex than pronoun i says. */
static int pronoun_other_sex(const dy_lexicon *lx, const dy_doc *d, uint32_t i, const char *name) {
  int g = word_is(d, i, "he") || word_is(d, i, "him") || word_is(d, i, "his") ? 'm'
        : word_is(d, i, "she") || word_is(d, i, "her") || word_is(d, i, "hers") ? 'f' : 0;
  if (!g || !name || !name[0]) return 0;
  int x = dy_honorific_sex(lx, d, name);
  return x && x != g;
}

/* rule past-holder: "the then prime minister", "the former foreign
 * minister", "Pakistan's then prime minister": a title after "then",
 * "former" or "ex" with no name is the person named before in the article
 * (in this sentence or the ones before, the nearest first) who held that
 * title (of the phrase's state, or of a possessive state right before the
 * word) in a post begun by the sentence's date, and for "former" ended by
 * it; "then" codes the post held then (GBRGOV), "former" the state's elite
 * (GBRELI). With no such person, "then" in a sentence that states its
 * date is the title's holder on that date. "A former minister" is no one
 * in particular. w is the token of "then" or "former"; tmp[0, k) the
 * sentence's mentions before m. */
static void past_holder(const dy_lexicon *lx, const dy_doc *d, const dy_mention *tmp, int k, uint32_t w, int32_t t, dy_date date, dy_mention *m) {
  const dy_sent *se = &d->sents[m->sent];
  if (t < 0 || w < se->tok0 || w >= m->tok0) return;
  int then = word_is(d, w, "then");
  char cc[4] = "";
  if (strlen(m->code) == 6) {
    memcpy(cc, m->code, 3);
    if (!dy_lex_country_name(lx, cc)) cc[0] = 0;
  }
  /* the word before: "the", or a state's possessive ("Pakistan's then prime minister") */
  if (w == se->tok0) return;
  if (k > 0 && (tmp[k - 1].tok1 == w || tmp[k - 1].tok1 + 1 == w) && (d->toks[w - 1].flags & DY_TOK_POSS) && strlen(tmp[k - 1].code) == 3 && dy_lex_country_name(lx, tmp[k - 1].code) && !cc[0])
    memcpy(cc, tmp[k - 1].code, 3);
  else if (!word_is(d, w - 1, "the") && !(d->toks[w - 1].flags & DY_TOK_POSS)) return;
  const char *country = cc[0] ? cc : NULL;
  char code[16];
  int32_t p = -1;
  for (int j = k - 1; j >= 0 && p < 0; j--)
    if (tmp[j].kind == DY_ACT_PERSON && tmp[j].person >= 0 && dy_lex_person_held(lx, tmp[j].person, t, country, date, !then, code)) p = tmp[j].person;
  for (uint32_t j = d->nments; j-- > 0 && p < 0;) {
    const dy_mention *x = &d->ments[j];
    if (x->sent + 40 < m->sent) break;
    if (x->kind == DY_ACT_PERSON && x->person >= 0 && dy_lex_person_held(lx, x->person, t, country, date, !then, code)) p = x->person;
  }
  if (p < 0 && then && country && se->date_stated) {
    p = dy_lex_title_holder(lx, t, country, date);
    if (p >= 0 && !dy_lex_person_held(lx, p, t, country, date, 0, code)) p = -1;
  }
  if (p < 0) return;
  if (!then) dy_scat(m->code, sizeof m->code, code, 3, "ELI");
  else dy_scopy(m->code, sizeof m->code, code);
  m->person = p;
  m->kind = DY_ACT_PERSON;
  m->rule = "past-holder";
  copy_name(m->name, dy_lex_person_name(lx, p), strlen(dy_lex_person_name(lx, p)));
  if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] %s rule past-holder\n", m->name, m->code);
}

/* ambiguous-state: the entry of the state that bare name i of sentence se
 * (data/ambiguous.txt) names: the only one of its states whose code the
 * document's other names begin with (its name, adjective or capital, an
 * actor of its own: "Kinshasa", "the FDLR" for COD); -1 when none or
 * several are, or when a capitalised word after it makes it part of a
 * longer name ("Congo River"). */
static int32_t ambiguous_state(const dy_lexicon *lx, const dy_doc *d, const dy_sent *se, uint32_t i) {
  char codes[4][4];
  int nc = dy_lex_ambiguous_state(lx, d->text + d->toks[i].start, d->toks[i].end - d->toks[i].start, codes, 4);
  if (nc < 2) return -1;
  if (i + 1 < se->tok1 && (d->toks[i + 1].flags & DY_TOK_UPPER) && !(d->toks[i + 1].flags & DY_TOK_PUNCT)) return -1;
  if (i > se->tok0 && !strcmp(dy_tok_norm(d, &d->toks[i - 1]), "-")) return -1;
  int named[4] = {0}, which = -1;
  for (uint32_t s2 = 0; s2 < d->nsents; s2++) {
    const dy_sent *t = &d->sents[s2];
    for (uint32_t j = t->tok0; j < t->tok1;) {
      uint32_t len = 0;
      int32_t e = d->tid[j] >= 0 ? dy_lex_match(lx, d, j, t->tok1, &len) : -1;
      if (e >= 0)
        for (int c = 0; c < nc; c++) named[c] |= !strncmp(dy_lex_entry(lx, e)->code, codes[c], 3);
      j += len ? len : 1;
    }
  }
  for (int c = 0; c < nc; c++)
    if (named[c]) {
      if (which >= 0) return -1;
      which = c;
    }
  if (which < 0) return -1;
  int32_t e = dy_lex_country_entry(lx, codes[which]);
  if (e >= 0 && getenv("DYAD_TRACE"))
    fprintf(stderr, "  [%.*s] %s rule ambiguous-state\n", (int)(d->toks[i].end - d->toks[i].start), d->text + d->toks[i].start, codes[which]);
  return e;
}

/* The state of the town named by tokens [t0, t1) when the most populous
 * place of that name the gazetteer knows is a city of 100,000 or more
 * (rules dateline-town, sector-in-town): 1 and its code in cc3, else 0. */
static int town_state(const dy_lexicon *lx, const dy_doc *d, uint32_t t0, uint32_t t1, char cc3[4]) {
  const dy_gazetteer *gz = dy_lex_gazetteer(lx);
  char key[80] = "", best3[4] = "";
  uint32_t bpop = 0;
  int fl = 0;
  if (!gz || t1 <= t0 || dy_gaz_norm(d->text + d->toks[t0].start, d->toks[t1 - 1].end - d->toks[t0].start, key, sizeof key) <= 0) return 0;
  for (int32_t it = dy_gaz_first(gz, key, strlen(key), &fl); it >= 0; it = dy_gaz_next(gz, it)) {
    const dy_gaz_info *in = dy_gaz_info_at(gz, it);
    if (in->pop > bpop) {
      bpop = in->pop;
      if (in->kind & DY_GAZ_CITY) memcpy(best3, in->cc3, 4);
      else best3[0] = 0;
    }
  }
  if (!best3[0] || bpop < 100000 || !dy_lex_country_name(lx, best3)) return 0;
  memcpy(cc3, best3, 4);
  return 1;
}

/* The place (from 1) of token t among the space-separated words of a
 * known person's name (case aside), 0 when none. */
static int name_word_index(const char *name, const dy_doc *d, const dy_tok *t) {
  size_t tl = t->end - t->start;
  int i = 0;
  for (const char *p = name; *p;) {
    while (*p == ' ') p++;
    const char *e = strchr(p, ' ');
    size_t n = e ? (size_t)(e - p) : strlen(p);
    if (!n) break;
    i++;
    if (n == tl && !strncasecmp(p, d->text + t->start, n)) return i;
    p += n;
  }
  return 0;
}

/* Remembers surname w, named in full as text[0, len), as a person of no one
 * the dictionaries know (rules other-forename, other-given-name): it
 * resolves to none there and later in the article. */
static void remember_other(dy_actor_ctx *ctx, const char *w, const char *text, size_t len) {
  if (ctx->nnames >= 32 || strlen(w) >= sizeof ctx->names[0].surname) return;
  dy_known_name *n = &ctx->names[ctx->nnames++];
  memset(n, 0, sizeof *n);
  dy_scopy(n->surname, sizeof n->surname, w);
  copy_name(n->name, text, len);
  n->person = -1;
  n->ambiguous = 1;
}

uint32_t dy_extract_actors(const dy_lexicon *lx, dy_doc *d, uint32_t s, dy_date date, dy_actor_ctx *ctx) {
  const dy_sent *se = &d->sents[s];
  uint32_t first = d->nments;
  raw_t rawbuf[64];
  int nraw = 0;
  /* a dateline ("ISLAMABAD, Jan. 29 (Reuters) -") names where, not who;
   * its state is the article's home (rule dateline-home, for main-state) */
  uint32_t from = se->body0;
  for (uint32_t i = se->tok0; i < from && !ctx->home[0];) {
    uint32_t len = 0;
    int32_t e = d->tid[i] >= 0 ? dy_lex_match(lx, d, i, from, &len) : -1;
    const dy_entry *en = e >= 0 ? dy_lex_entry(lx, e) : NULL;
    if (en && (en->kind == DY_ENT_COUNTRY || en->kind == DY_ENT_CAPITAL) && strlen(en->code) >= 3) {
      dy_scat(ctx->home, sizeof ctx->home, en->code, 3, "");
      if (!dy_lex_country_name(lx, ctx->home)) ctx->home[0] = 0;
    }
    i += len ? len : 1;
  }
  /* rule dateline-town: a dateline's town the gazetteer knows, the most
   * populous of its name a city of 100,000 or more ("ALMATY, Jan 6"), gives
   * the home its state as a capital does */
  if (!ctx->home[0] && from > se->tok0 && dy_lex_gazetteer(lx) && s == 0) {
    uint32_t e = se->tok0;
    while (e < from && e < se->tok0 + 3 && !word_is(d, e, ",") && !(d->toks[e].flags & DY_TOK_PUNCT)) e++;
    char best3[4] = "";
    if (e > se->tok0 && e < from && word_is(d, e, ",") && town_state(lx, d, se->tok0, e, best3)) {
      memcpy(ctx->home, best3, 4);
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  dateline town of %s rule dateline-town\n", best3);
    }
  }
  for (uint32_t i = from; i < se->tok1;) {
    uint32_t len = 0;
    int32_t e = d->tid[i] >= 0 ? dy_lex_match(lx, d, i, se->tok1, &len) : -1;
    if (e >= 0 && money_adj(lx, d, se, i, len, dy_lex_entry(lx, e)->kind)) e = -1, len = 1;
    /* rule article-yields: a name that takes in its article ("the West")
     * yields to a name from the next word that runs further ("the West
     * Bank", "the West Africa bloc") */
    if (e >= 0 && len >= 2 && word_is(d, i, "the") && d->tid[i + 1] >= 0) {
      uint32_t len2 = 0;
      if (dy_lex_match(lx, d, i + 1, se->tok1, &len2) >= 0 && i + 1 + len2 > i + len) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%.*s] rule article-yields\n", (int)(d->toks[i + len - 1].end - d->toks[i].start), d->text + d->toks[i].start);
        i++;
        continue;
      }
    }
    /* rule misspelt-state: a capitalised word the dictionaries do not know
     * that is a state's name or adjective misspelt ("Ethopia", "Afganistan") */
    if (e < 0 && d->tid[i] < 0 && misspelt_word(d, se, i)) {
      e = dy_lex_country_misspelt(lx, d->text + d->toks[i].start, d->toks[i].end - d->toks[i].start);
      len = 1;
      /* not a place's name ("Indiana", "Granada", "Marawi") */
      char key[80] = "";
      int gf = 0;
      if (e >= 0 && dy_gaz_norm(d->text + d->toks[i].start, d->toks[i].end - d->toks[i].start, key, sizeof key) > 0 &&
          dy_gaz_first(dy_lex_gazetteer(lx), key, strlen(key), &gf) >= 0)
        e = -1;
      if (e >= 0 && getenv("DYAD_TRACE"))
        fprintf(stderr, "  misspelt state [%.*s] %s rule misspelt-state\n", (int)(d->toks[i].end - d->toks[i].start), d->text + d->toks[i].start, dy_lex_entry(lx, e)->code);
    }
    /* rule ambiguous-state: a bare name two states share ("Congo") names
     * the one of them the document names otherwise */
    if (e < 0 && (d->toks[i].flags & DY_TOK_UPPER)) {
      e = ambiguous_state(lx, d, se, i);
      if (e >= 0) len = 1;
    }
    if (e >= 0 && nraw < 64) {
      rawbuf[nraw++] = (raw_t){e, i, len};
      i += len;
    } else i++;
  }
  dy_mention tmp[80];
  int nm = 0;
  for (int k = 0; k < nraw && nm < 78;) {
    int r1 = k + 1;
    int kind = dy_lex_entry(lx, rawbuf[k].e)->kind, has_country = is_countryish(kind);
    int modified = 0, ethnic = 0;
    /* "pro-Iranian Hizbollah": the nationality after "pro-", "anti-" ...
     * is a modifier alone (dropped below), and what follows it its own
     * mention */
    int prefixed = has_country && after_prefix(d, se, rawbuf[k].i);
    while (r1 < nraw && !prefixed) {
      uint32_t end = rawbuf[r1 - 1].i + rawbuf[r1 - 1].n, at = rawbuf[r1].i;
      int poss = 0, nmod = 0;
      /* rule modifier-inside: a nationality or a state's possessive, up to
       * two words of no class, then a sector or title ("French maritime
       * authorities", "Austria's immigration authorities", "Bahrain's High
       * Criminal Court") */
      int adj = kind == DY_ENT_ADJ || (is_countryish(kind) && (d->toks[end].flags & DY_TOK_POSS));
      /* rule designation-inside: "U.S. B-2 bombers", "Israeli F-35 jets":
       * a model designation between a state and its sector noun */
      uint32_t dl = is_countryish(kind) || kind == DY_ENT_ADJ ? designation(d, end, at) : 0;
      if (dl) {
        end += dl, nmod++;
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  designation inside a state's sector rule designation-inside\n");
      }
      while (end < at && (is_rank(d, end) || (poss && (dy_lex_wclass(lx, d->tid[end]) & DY_W_TITLEMOD)) ||
                          ((d->toks[end].flags & DY_TOK_POSS) && !poss && (poss = 1)) ||
                          (adj && nmod < 2 && inner_modifier(lx, d, end, poss || (d->toks[at].flags & DY_TOK_UPPER)) && ++nmod)))
        end++;
      /* ... or after its possessive: "Pakistan's JF-17 fighter jets" */
      if (end != at && poss && (dl = designation(d, end, at)) > 0 && end + dl == at) {
        end += dl, nmod++;
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  designation inside a state's sector rule designation-inside\n");
      }
      if (end != at) break;
      int nk = dy_lex_entry(lx, rawbuf[r1].e)->kind;
      if (nmod && nk != DY_ENT_SECTOR && nk != DY_ENT_TITLE) break;
      /* rule ethnic-group: a nationality right before another's demonym
       * ("Bosnian Serbs", "Bosnian Serb forces"): the first is the state,
       * the second an ethnic group in it */
      if (r1 == k + 1 && kind == DY_ENT_ADJ && nk == DY_ENT_ADJ && !poss && rawbuf[r1].i == end && (d->toks[at].flags & DY_TOK_UPPER) &&
          strcmp(dy_lex_entry(lx, rawbuf[k].e)->code, dy_lex_entry(lx, rawbuf[r1].e)->code)) {
        ethnic = 1;
        r1++;
        continue;
      }
      if (!joins(kind, nk, poss) || (has_country && is_countryish(nk))) break;
      modified |= nmod > 0;
      has_country |= is_countryish(nk);
      kind = nk;
      r1++;
    }
    dy_mention *m = &tmp[nm++];
    memset(m, 0, sizeof *m);
    m->sent = s;
    m->tok0 = rawbuf[k].i;
    m->tok1 = rawbuf[r1 - 1].i + rawbuf[r1 - 1].n;
    uint32_t b = m->tok0;
    if (b > se->tok0 && word_is(d, b - 1, "-")) b--;
    /* "then President Clinton" held the post at the time: former 2 */
    if (b > se->tok0 && (dy_lex_wclass(lx, d->tid[b - 1]) & DY_W_FORMER) && !word_is(d, b - 1, "late"))
      m->former = word_is(d, b - 1, "then") ? 2 : 1;
    if (ethnic) m->rule = "ethnic-group";
    resolve(lx, d, rawbuf, k, r1, date, m);
    /* rule shadow-title: "Shadow foreign secretary Liam Fox", "the shadow
     * chancellor": a title after a word of class shadow is the
     * opposition's spokesman for the post (OPP, not GOV), the word part of
     * the mention (the parser, which took "Shadow" for a verb, sees a name) */
    if (b > se->body0 && (dy_lex_wclass(lx, d->tid[b - 1]) & DY_W_SHADOW) && dy_lex_entry(lx, rawbuf[k].e)->kind == DY_ENT_TITLE) {
      m->tok0 = b - 1;
      size_t cl = strlen(m->code);
      if ((cl == 6 || cl == 3) && !strcmp(m->code + cl - 3, "GOV")) {
        memcpy(m->code + cl - 3, "OPP", 4);
        m->person = -1;
        m->kind = DY_ACT_SECTOR;
      }
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] %s rule shadow-title\n", m->name, m->code);
    }
    if (m->former && m->person < 0 && m->title_only) past_holder(lx, d, tmp, nm - 1, b - 1, dy_lex_entry(lx, rawbuf[r1 - 1].e)->title, date, m);
    /* rule business-title: a business title (titles.txt sector BUS: "chief
     * executive", "chairman", "founder") names the head of a company only
     * with the company: capitalised words before it that the dictionaries
     * do not know ("JPMorgan Chase chief executive Jamie Dimon"), or "of"
     * and such words after it ("the chairman of Parmalat"), taken into the
     * mention; a state of the phrase is the company's ("Italian dairy
     * group's chairman"). With another sector in the phrase it is that
     * sector's ("committee chairman"); alone, or before a body the
     * dictionaries know ("chairman of the African Union Commission"), no
     * actor: the body is its own mention */
    if (m->kind == DY_ACT_SECTOR && m->person < 0 && !strcmp(m->code + (strlen(m->code) == 6 ? 3 : 0), "BUS")) {
      int title_bus = 0, other = -1, state = 0;
      for (int r = k; r < r1; r++) {
        const dy_entry *re = dy_lex_entry(lx, rawbuf[r].e);
        if (re->kind == DY_ENT_TITLE && !strcmp(re->code, "BUS")) title_bus = 1;
        else if (re->kind == DY_ENT_SECTOR || re->kind == DY_ENT_TITLE) other = r;
        else if (is_countryish(re->kind)) state = 1;
      }
      if (title_bus && other >= 0) {
        memcpy(m->code + (strlen(m->code) == 6 ? 3 : 0), dy_lex_entry(lx, rawbuf[other].e)->code, 4);
      } else if (title_bus) {
        uint32_t b0 = m->tok0, e1 = m->tok1, stop = se->tok1;
        while (b0 > se->body0 && b0 + 4 > m->tok0 && name_word(lx, d, b0 - 1) && unknown_word(lx, d, b0 - 1, se->tok1)) b0--;
        /* the text's first word alone is no company name ("Chairman ...") */
        if (!state && b0 == m->tok0 && e1 + 1 < stop && word_is(d, e1, "of")) {
          uint32_t q = e1 + 1;
          if (word_is(d, q, "the")) q++;
          uint32_t q0 = q;
          while (q < stop && q < q0 + 4 && name_word(lx, d, q) && unknown_word(lx, d, q, stop)) q++;
          uint32_t ml = 0;
          if (q > q0 && !(q < stop && d->tid[q] >= 0 && dy_lex_match(lx, d, q, stop, &ml) >= 0 && (d->toks[q].flags & DY_TOK_UPPER))) e1 = q;
        }
        if (b0 < m->tok0 || e1 > m->tok1) {
          if (getenv("DYAD_TRACE"))
            fprintf(stderr, "  company [%.*s] rule business-title\n", (int)(d->toks[e1 - 1].end - d->toks[b0].start), d->text + d->toks[b0].start);
          copy_name(m->name, d->text + d->toks[b0].start, d->toks[e1 - 1].end - d->toks[b0].start);
          m->tok0 = b0;
          m->tok1 = e1;
        } else if (!state) {
          trace_dropped(d, m, "business-title");
          m->code[0] = 0;
        }
      }
    }
    /* rule capital-elsewhere: a capital whose name is also a division's
     * seat in another state the article or sentence names, when nothing
     * names the capital's own state, is that city, a place and no actor
     * ("Tripoli" in an article on Lebanon) */
    if (m->entry >= 0 && r1 == k + 1 && dy_lex_entry(lx, m->entry)->kind == DY_ENT_CAPITAL && strlen(m->code) == 6) {
      const dy_gazetteer *g = dy_lex_gazetteer(lx);
      char key[80] = "";
      int fl = 0, other = 0, own = 0;
      for (int j = 0; j < ctx->nseen; j++) own |= !strncmp(ctx->seen[j].code, m->code, 3);
      for (int r = 0; r < nraw; r++) {
        const dy_entry *re = dy_lex_entry(lx, rawbuf[r].e);
        if (r != k && is_countryish(re->kind)) own |= !strncmp(re->code, m->code, 3);
      }
      if (g && !own && dy_gaz_norm(d->text + d->toks[m->tok0].start, d->toks[m->tok1 - 1].end - d->toks[m->tok0].start, key, sizeof key) > 0)
        for (int32_t it = dy_gaz_first(g, key, strlen(key), &fl); it >= 0 && !other; it = dy_gaz_next(g, it)) {
          const dy_gaz_info *in = dy_gaz_info_at(g, it);
          if (!(in->kind & DY_GAZ_CAPITAL) || !in->cc3[0] || !strncmp(in->cc3, m->code, 3)) continue;
          for (int j = 0; j < ctx->nseen && !other; j++) other = !strcmp(ctx->seen[j].code, in->cc3);
          for (int r = 0; r < nraw && !other; r++) {
            const dy_entry *re = dy_lex_entry(lx, rawbuf[r].e);
            other = r != k && is_countryish(re->kind) && !strncmp(re->code, in->cc3, 3);
          }
        }
      if (other) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  capital [%s] of %.3s is a city of another state rule capital-elsewhere\n", m->name, m->code);
        m->code[0] = 0;
      }
    }
    /* rule state-in-time: a state that did not exist yet on the sentence's
     * date is the one its land was of ("Juba" in 2000 is SDNGOV, not SSDGOV) */
    if (strlen(m->code) >= 3) {
      char c3[4];
      dy_scat(c3, sizeof c3, m->code, 3, "");
      const char *now = dy_lex_country_on(lx, c3, date);
      if (now && strcmp(now, c3)) {
        memcpy(m->code, now, 3);
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  state %s on its date is %s rule state-in-time\n", c3, now);
      }
    }
    /* rule capital-place: a capital's possessive before a place of it
     * (word class place-designator, up to three words between, a name's
     * too: "Beirut's international airport", "Kyiv's port", "Dili's Komoro
     * airport") names the state's land, not its government */
    if (strlen(m->code) == 6 && !strcmp(m->code + 3, "GOV") && m->entry >= 0 && dy_lex_entry(lx, m->entry)->kind == DY_ENT_CAPITAL &&
        m->tok1 + 1 < se->tok1 && (!strcmp(dy_tok_norm(d, &d->toks[m->tok1]), "'s") || !strcmp(dy_tok_norm(d, &d->toks[m->tok1]), "\u2019s"))) {
      for (uint32_t q = m->tok1 + 1; q < se->tok1 && q <= m->tok1 + 4; q++) {
        uint64_t w = dy_lex_wclass(lx, d->tid[q]);
        if (w & DY_W_PLACE_DESIG) {
          if (getenv("DYAD_TRACE")) fprintf(stderr, "  capital [%s] before a place of it: %.3s rule capital-place\n", m->name, m->code);
          m->code[3] = 0;
          break;
        }
        if ((d->toks[q].flags & DY_TOK_PUNCT) || (w & (DY_W_PREP | DY_W_CONJ | DY_W_DET))) break;
      }
    }
    while (r1 < nraw && rawbuf[r1].i < m->tok1) r1++; /* matches inside a name the mention took in are part of it */
    /* rule ethnic-group: after "ethnic" a nationality names a people, not
     * its state ("ethnic Albanian guerrillas" REB, "ethnic Albanians" CVL:
     * the coder's sector-state gives them the state they live in) */
    if (m->tok0 > se->tok0 && word_is(d, m->tok0 - 1, "ethnic") && dy_lex_entry(lx, rawbuf[k].e)->kind == DY_ENT_ADJ && m->person < 0 &&
        dy_lex_country_name(lx, m->code)) {
      char code[16];
      dy_scopy(code, sizeof code, strlen(m->code) == 6 ? m->code + 3 : "CVL");
      if (!strcmp(code, "ETH")) code[0] = 0;
      memcpy(m->code, code, sizeof code);
      m->kind = DY_ACT_SECTOR;
      m->rule = "ethnic-group";
      copy_name(m->name, d->text + d->toks[m->tok0].start, d->toks[m->tok1 - 1].end - d->toks[m->tok0].start);
    }
    /* an ethnic group with no state named names no actor (a bare ETH is
     * Ethiopia's code), unless an "in" or "of" phrase after it names the
     * state it lives in (rule group-located below: "Kurds in northern Iraq") */
    if (!strcmp(m->code, "ETH") && dy_lex_entry(lx, rawbuf[r1 - 1].e)->kind == DY_ENT_SECTOR &&
        !(m->tok1 < se->tok1 && (word_is(d, m->tok1, "in") || word_is(d, m->tok1, "of"))))
      m->code[0] = 0;
    /* rule group-located: a people's demonym and "of" a state it is not
     * the state of ("The Albanians of southern Serbia" SRBETH) is an
     * ethnic group of that state; "Americans in Iraq" stay Americans */
    if (m->kind == DY_ACT_COUNTRY && r1 == k + 1 && m->tok1 == m->tok0 + 1 && m->person < 0 &&
        dy_lex_entry(lx, rawbuf[k].e)->kind == DY_ENT_ADJ && strlen(m->code) == 3 && m->tok1 + 1 < se->tok1 &&
        word_is(d, m->tok1, "of") && d->toks[m->tok0].end - d->toks[m->tok0].start > 3 &&
        d->text[d->toks[m->tok0].end - 1] == 's') {
      uint32_t q = m->tok1 + 1;
      if (q < se->tok1 && word_is(d, q, "the")) q++;
      if (q < se->tok1 && (dy_lex_wclass(lx, d->tid[q]) & DY_W_PLACE_COMPASS)) q++;
      for (int r = r1; r < nraw && rawbuf[r].i <= q; r++) {
        const dy_entry *be = dy_lex_entry(lx, rawbuf[r].e);
        if (rawbuf[r].i != q || be->kind != DY_ENT_COUNTRY || strlen(be->code) != 3 || !strcmp(be->code, m->code)) continue;
        dy_scat(m->code, sizeof m->code, be->code, SIZE_MAX, "ETH");
        m->kind = DY_ACT_SECTOR;
        m->located = 1;
        m->rule = "group-located";
        copy_name(m->name, d->text + d->toks[m->tok0].start, d->toks[m->tok0].end - d->toks[m->tok0].start);
        break;
      }
    }
    if (!m->rule && strlen(m->code) == 6 && !strcmp(m->code + 3, "ETH")) m->rule = "ethnic-group";
    if (modified && !m->rule) m->rule = "modifier-inside";
    /* "Therese Kayikwamba Wagner": a one-word name right after an unknown
     * capitalised word is the end of someone else's name */
    if (m->tok1 == m->tok0 + 1 && (m->kind == DY_ACT_ORG || m->kind == DY_ACT_PERSON) && m->tok0 > se->tok0) {
      const dy_tok *pv = &d->toks[m->tok0 - 1];
      if ((pv->flags & DY_TOK_UPPER) && !(pv->flags & (DY_TOK_PUNCT | DY_TOK_ABBR | DY_TOK_ALLCAPS)) &&
          (d->tid[m->tok0 - 1] < 0 || !(dy_lex_wclass(lx, d->tid[m->tok0 - 1]) & DY_W_PHRASE)) && m->tok0 - 1 > se->tok0)
        m->code[0] = 0;
    }
    /* rule name-inside-name: an organisation's name of two words or more
     * right after a capitalised word that is no actor's, no rank and not the
     * sentence's first, is the end of a longer name the dictionaries do not
     * know ("the ruling National Democratic Party" is not the Democratic
     * Party; "the Egyptian Democratic Party" keeps its nationality) */
    if (m->code[0] && m->kind == DY_ACT_ORG && m->tok1 >= m->tok0 + 2 && m->tok0 - 1 > se->tok0 && m->tok0 > se->body0 &&
        cap_word(d, m->tok0 - 1) && cap_word(d, m->tok0) && !is_rank(d, m->tok0 - 1) &&
        !(d->tid[m->tok0 - 1] >= 0 && (dy_lex_wclass(lx, d->tid[m->tok0 - 1]) & (DY_W_HONORIFIC | DY_W_DET | DY_W_PREP | DY_W_CONJ))) &&
        ment_ending(tmp, nm - 1, m->tok0 - 1) < 0) {
      char r3[4] = {m->code[0], m->code[1], m->code[2], 0};
      /* (a region's people, "Latin American Citizens", is no organisation's name) */
      int covered = is_region(lx, r3); /* nor is the word before part of a name the dictionaries know ("Sudan") */
      for (int r = 0; r < nraw && !covered; r++) covered = rawbuf[r].i <= m->tok0 - 1 && rawbuf[r].i + rawbuf[r].n > m->tok0 - 1;
      if (!covered) {
        trace_dropped(d, m, "name-inside-name");
        m->code[0] = 0;
      }
    }
    /* "counter-insurgency", "anti-Pakistan", "pro-Iran": a modifier, not an actor */
    if (after_prefix(d, se, m->tok0)) m->code[0] = 0;
    /* rule medium: media with no state after "on", "via", "through",
     * "across" ("criticised Iran on social media") are the channel, not an
     * actor */
    if (m->code[0] && !strcmp(m->code, "MED") && m->tok0 > se->tok0) {
      uint32_t q = m->tok0 - 1;
      while (q > se->tok0 && q + 3 > m->tok0 && !(d->toks[q].flags & (DY_TOK_UPPER | DY_TOK_PUNCT)) && !(dy_lex_wclass(lx, d->tid[q]) & DY_W_PREP)) q--;
      if (word_is(d, q, "on") || word_is(d, q, "via") || word_is(d, q, "through") || word_is(d, q, "across")) {
        trace_dropped(d, m, "medium");
        m->code[0] = 0;
      }
    }
    if (m->tok1 < se->tok1 && (d->toks[m->tok1].flags & DY_TOK_POSS)) m->poss = 1;
    /* "Rwanda's Olivier Nduhungirehe": a country's person the dictionary does not know */
    if (m->poss && m->kind == DY_ACT_COUNTRY) {
      uint32_t q = m->tok1 + 1;
      while (q < se->tok1 && q < m->tok1 + 6 && (d->toks[q].flags & DY_TOK_UPPER) && !(d->toks[q].flags & (DY_TOK_PUNCT | DY_TOK_ALLCAPS)) &&
             (d->tid[q] < 0 || !(dy_lex_wclass(lx, d->tid[q]) & DY_W_PHRASE)))
        q++;
      /* a known word as the last of the name ("Therese Kayikwamba Wagner") */
      if (q >= m->tok1 + 3 && q < se->tok1 && (d->toks[q].flags & DY_TOK_UPPER) && !(d->toks[q].flags & (DY_TOK_PUNCT | DY_TOK_ALLCAPS)) &&
          (q + 1 >= se->tok1 || !(d->toks[q + 1].flags & DY_TOK_UPPER)))
        q++;
      if (q >= m->tok1 + 3) {
        copy_name(m->name, d->text + d->toks[m->tok1 + 1].start, d->toks[q - 1].end - d->toks[m->tok1 + 1].start);
        m->tok1 = q;
        m->poss = q < se->tok1 && (d->toks[q].flags & DY_TOK_POSS);
        while (r1 < nraw && rawbuf[r1].i < q) r1++; /* matches inside the name are part of it */
      }
    }
    /* "military action", "police station": a lone sector word used as an adjective */
    /* (not the head of an organisation's name, which rule org-name reads: "the Ceasefire Violations Committee completed") */
    int head = (dy_lex_wclass(lx, d->tid[m->tok0]) & DY_W_ORGHEAD) && org_word(lx, d, m->tok0) &&
               (dy_lex_entry(lx, rawbuf[k].e)->upper_mask || (m->tok0 > se->tok0 && org_word(lx, d, m->tok0 - 1)));
    if (m->kind == DY_ACT_SECTOR && r1 == k + 1 && m->tok1 == m->tok0 + 1 && m->tok1 < se->tok1 && strlen(m->code) == 3 &&
        !dy_lex_country_name(lx, m->code) && !head) {
      const dy_tok *nx = &d->toks[m->tok1];
      uint64_t cls = dy_lex_wclass(lx, d->tid[m->tok1]);
      uint64_t verbish = DY_W_PREP | DY_W_CONJ | DY_W_BE | DY_W_HAVE | DY_W_MODAL | DY_W_FUTURE | DY_W_SAY | DY_W_CLAUSE |
                         DY_W_ADV | DY_W_NEG | DY_W_PASTPART | DY_W_VERB3 | DY_W_ING | DY_W_TO | DY_W_DET;
      uint32_t np = 0;
      const int32_t *pats = d->tid[m->tok1] >= 0 ? dy_lex_patterns_at(lx, d->tid[m->tok1], &np) : NULL;
      int is_verb = 0; /* a verb pattern starts with the next word (event nouns do not count) */
      for (uint32_t q = 0; q < np && !is_verb; q++) is_verb = !dy_lex_pattern(lx, pats[q])->nominal;
      /* rule past-verb: a past form after it is its verb, though no
       * pattern starts with it ("The Senate decided to", "the army
       * returned"): the sector word is the subject */
      if (!is_verb && !(cls & verbish) && past_form(d, m->tok1)) {
        is_verb = 1;
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] before a past form rule past-verb\n", m->name);
      }
      if (!(nx->flags & (DY_TOK_UPPER | DY_TOK_PUNCT | DY_TOK_DIGIT | DY_TOK_POSS)) && !(cls & verbish) && !is_verb) m->code[0] = 0;
      /* "strikes on militant targets": after a preposition, before an -s form, an adjective too */
      if (m->tok0 > se->tok0 && (dy_lex_wclass(lx, d->tid[m->tok0 - 1]) & (DY_W_PREP | DY_W_DET)) && (cls & DY_W_VERB3) &&
          !(nx->flags & (DY_TOK_UPPER | DY_TOK_PUNCT)))
        m->code[0] = 0;
    }
    /* rule region-in-name: a region's name before a capitalised word the
     * dictionaries do not know is part of a name ("the Europe Bridge",
     * "the Africa Cup"), no actor */
    if (m->code[0] && m->kind == DY_ACT_ORG && is_region(lx, m->code) && m->tok1 < se->tok1 && name_word(lx, d, m->tok1) &&
        unknown_word(lx, d, m->tok1, se->tok1) && !(d->toks[m->tok1].flags & DY_TOK_ABBR)) {
      trace_dropped(d, m, "region-in-name");
      m->code[0] = 0;
    }
    /* rule state-in-place-name: a state's name inside a longer name of a
     * place of data/places.txt that is not that state's ("the Gulf of
     * Oman", "the Niger Delta", "the South China Sea") is part of the
     * place's name, no actor */
    if (m->code[0] && m->kind == DY_ACT_COUNTRY && in_place_name(lx, d, se, m)) {
      trace_dropped(d, m, "state-in-place-name");
      m->code[0] = 0;
    }
    if (m->code[0] && m->entry >= 0 && r1 == k + 1 && dy_lex_entry(lx, m->entry)->kind == DY_ENT_CAPITAL &&
        capital_in_name(lx, d, se, m)) {
      trace_dropped(d, m, "capital-in-name");
      m->code[0] = 0;
    }
    /* rule other-given-name: a person the dictionaries know by a surname
     * alone right before a capitalised word they do not know that is none
     * of that person's names, the surname first ("spokesman Zhu Bangzao"
     * is not Zhu Rongji), is another person: no actor, and no more is the
     * surname later in the article; a title before it keeps its sector
     * and state, with no person */
    if (m->code[0] && m->kind == DY_ACT_PERSON && m->person >= 0 && m->tok1 < se->tok1 && name_word(lx, d, m->tok1) && cap_word(d, m->tok1) &&
        !is_initial(d, m->tok1) && unknown_word(lx, d, m->tok1, m->tok1 + 1) && ctx->nnames < 32) {
      const dy_tok *lw = &d->toks[m->tok1 - 1], *nw = &d->toks[m->tok1];
      /* (the surname alone matched: the word before it is none of the names) */
      int alone = m->tok1 - 1 == m->tok0 || m->tok1 < 2 || !name_word(lx, d, m->tok1 - 2) || !cap_word(d, m->tok1 - 2);
      const char *w = dy_tok_norm(d, lw);
      if (name_word_index(m->name, d, lw) && strchr(m->name, ' ') && !name_word_index(m->name, d, nw) && alone &&
          strlen(w) < sizeof ctx->names[0].surname) {
        remember_other(ctx, w, d->text + lw->start, nw->end - lw->start);
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] before [%.*s]: another person rule other-given-name\n", w, (int)(nw->end - nw->start), d->text + nw->start);
        if (m->tok1 - 1 == m->tok0) {
          trace_dropped(d, m, "other-given-name");
          m->code[0] = 0;
        } else {
          m->person = -1;
          m->kind = DY_ACT_SECTOR;
          copy_name(m->name, d->text + d->toks[m->tok0].start, nw->end - d->toks[m->tok0].start);
        }
      }
    }
    /* rule other-forename: a person the dictionaries know by a surname
     * alone ("Pistorius" of Boris Pistorius), right after a capitalised
     * word they do not know that is no initial ("Oscar Pistorius", "Melania
     * Trump"), is another person of that surname: no actor; and so is the
     * surname alone later in the article */
    if (m->code[0] && m->kind == DY_ACT_PERSON && m->tok1 == m->tok0 + 1) {
      const char *w = dy_tok_norm(d, &d->toks[m->tok0]);
      int other = 0;
      for (int q = 0; q < ctx->nnames && !other; q++) other = !ctx->names[q].code[0] && !strcmp(ctx->names[q].surname, w);
      /* (not one of the known person's own names: "Mohamed Farmaajo" is
       * Mohamed Abdullahi Mohamed) */
      int own = m->tok0 > se->tok0 && name_word_index(m->name, d, &d->toks[m->tok0 - 1]);
      if (!other && !own && m->tok0 > se->tok0 && name_word(lx, d, m->tok0 - 1) && cap_word(d, m->tok0 - 1) && !is_initial(d, m->tok0 - 1) &&
          unknown_word(lx, d, m->tok0 - 1, m->tok0) && strlen(w) < sizeof ctx->names[0].surname) {
        other = 1;
        remember_other(ctx, w, d->text + d->toks[m->tok0 - 1].start, d->toks[m->tok0].end - d->toks[m->tok0 - 1].start);
      }
      if (other) {
        trace_dropped(d, m, "other-forename");
        m->code[0] = 0;
      }
    }
    /* rule common-name: a party's one-word name that is a common word
     * (word class common-name), as the sentence's first word before a
     * lower-case plural noun, is that word ("Labour shortages hit
     * Germany"; not "Labour won") */
    if (m->code[0] && m->kind == DY_ACT_ORG && m->tok1 == m->tok0 + 1 && m->tok0 == se->body0 && m->tok1 < se->tok1 &&
        (dy_lex_wclass(lx, d->tid[m->tok0]) & DY_W_COMMONNAME) && noun_next(lx, d, m->tok1) && !verb_at(lx, d, m->tok1) &&
        d->text[d->toks[m->tok1].end - 1] == 's' && d->toks[m->tok1].end - d->toks[m->tok1].start > 3) {
      trace_dropped(d, m, "common-name");
      m->code[0] = 0;
    }
    /* rule capital-modifier: a capital after an article and before a
     * lower-case noun names a thing of the city ("the London exchange",
     * "the Paris bourse"), not its government; with a sector noun it is
     * that sector of its state ("a Moscow court" RUSJUD), and before a
     * verb the government ("the Kremlin said") */
    if (m->code[0] && r1 == k + 1 && m->tok1 == m->tok0 + 1 && m->tok0 > se->tok0 && m->tok1 < se->tok1 &&
        dy_lex_entry(lx, rawbuf[k].e)->kind == DY_ENT_CAPITAL && (word_is(d, m->tok0 - 1, "the") || word_is(d, m->tok0 - 1, "a") || word_is(d, m->tok0 - 1, "an")) &&
        noun_next(lx, d, m->tok1)) {
      trace_dropped(d, m, "capital-modifier");
      m->code[0] = 0;
    }
    /* rule town-of: a capital named after a designator of a town and "of"
     * ("the city of Kyiv", "the port of Djibouti", "the capital city of
     * Bamako") is the place, its state (the place is where the act is done
     * or what it is done to), not its government */
    if (m->code[0] && r1 == k + 1 && m->tok1 == m->tok0 + 1 && m->tok0 >= se->tok0 + 2 && strlen(m->code) == 6 &&
        dy_lex_entry(lx, rawbuf[k].e)->kind == DY_ENT_CAPITAL && word_is(d, m->tok0 - 1, "of") && d->tid[m->tok0 - 2] >= 0 &&
        (dy_lex_wclass(lx, d->tid[m->tok0 - 2]) & DY_W_PLACE_DESIG) && !(dy_lex_wclass(lx, d->tid[m->tok0 - 2]) & DY_W_PLACE_DIV) &&
        !(d->toks[m->tok0 - 2].flags & DY_TOK_UPPER)) {
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  capital [%s] after a town's designator rule town-of: %.3s\n", m->name, m->code);
      m->code[3] = 0;
    }
    if (!m->code[0]) nm--;
    k = r1;
  }
  nm = org_names(lx, d, se, from, tmp, nm);
  /* "Ghani has blamed Pakistan": a lone capitalised word that is the
   * surname of a person the article named in full before is that person;
   * so is one after an honorific (rule honorific-surname: "Gordon Brown
   * ... Mr Brown will visit Tanzania") */
  for (uint32_t i = from; i < se->tok1 && nm < 78 && ctx->nnames; i++) {
    int hon = i > se->tok0 && (dy_lex_wclass(lx, d->tid[i - 1]) & DY_W_HONORIFIC);
    if (!name_word(lx, d, i) || (i > se->tok0 && name_word(lx, d, i - 1) && !hon) || (i + 1 < se->tok1 && name_word(lx, d, i + 1)))
      continue;
    const char *w = dy_tok_norm(d, &d->toks[i]);
    const dy_known_name *kn = NULL;
    for (int k = 0; k < ctx->nnames && !kn; k++)
      if (!ctx->names[k].ambiguous && !strcmp(ctx->names[k].surname, w)) kn = &ctx->names[k];
    int covered = 0;
    for (int k = 0; k < nm && kn && !covered; k++) covered = i >= tmp[k].tok0 && i < tmp[k].tok1;
    if (!kn || covered) continue;
    if (hon && getenv("DYAD_TRACE")) fprintf(stderr, "  surname [%s] after an honorific: %s rule honorific-surname\n", w, kn->code);
    dy_mention *m = &tmp[nm++];
    memset(m, 0, sizeof *m);
    m->sent = s; m->tok0 = i; m->tok1 = i + 1; m->entry = -1; m->person = kn->person; m->kind = DY_ACT_PERSON; m->surname = 1;
    m->poss = i + 1 < se->tok1 && (d->toks[i + 1].flags & DY_TOK_POSS);
    dy_scopy(m->code, sizeof m->code, kn->code);
    dy_scopy(m->name, sizeof m->name, kn->name);
  }
  /* "the two countries", "both sides": the two countries the latest
   * sentence naming a country named, when it named two (rule pair-latest:
   * "... violated the ceasefire between Israel and Iran. Trump then
   * criticised both countries"), else the two the article has named most
   * so far (the later named first on a tie) */
  char pair[2][4] = {"", ""};
  uint32_t latest = 0;
  int nlatest = 0;
  for (int k = 0; k < ctx->nseen; k++)
    if (ctx->seen[k].last > latest) latest = ctx->seen[k].last;
  for (int k = 0; k < ctx->nseen; k++)
    if (ctx->seen[k].last == latest && ctx->nseen > 1) {
      if (nlatest < 2) memcpy(pair[nlatest], ctx->seen[k].code, 4);
      nlatest++;
    }
  if (nlatest != 2) pair[0][0] = pair[1][0] = 0;
  int one_sentence = nlatest == 2; /* pair-latest: one sentence named both */
  /* rule pair-recent: when the latest named one state only ("Israel
   * accused Iran of firing missiles ... Iran denied breaching the truce.
   * Trump then criticised both countries"), that state and, of those the
   * two sentences before it named, the one the article names most (a
   * mediator named once in passing is not one of "the two countries"),
   * of those a sentence named with it (rule pair-conamed) */
  if (nlatest == 1) {
    int a = -1, b = -1, tie = 0;
    for (int k = 0; k < ctx->nseen; k++) if (ctx->seen[k].last == latest) a = k;
    for (int k = 0; k < ctx->nseen; k++) {
      if (k == a || ctx->seen[k].last + 2 < latest || !conamed(ctx, ctx->seen[a].code, ctx->seen[k].code)) continue;
      if (b < 0 || ctx->seen[k].n > ctx->seen[b].n || (ctx->seen[k].n == ctx->seen[b].n && ctx->seen[k].last > ctx->seen[b].last)) { b = k; tie = 0; }
      else if (ctx->seen[k].n == ctx->seen[b].n && ctx->seen[k].last == ctx->seen[b].last) tie = 1;
    }
    if (a >= 0 && b >= 0 && !tie) {
      memcpy(pair[0], ctx->seen[a].code, 4);
      memcpy(pair[1], ctx->seen[b].code, 4);
      nlatest = 2;
    }
  }
  /* rule pair-parties: a pair the latest sentences named together (pair-latest,
   * pair-recent) for the first time, in an article that has named another pair together in
   * three sentences or more (two, for a pair of pair-recent, which no one
   * sentence named), is an aside ("Blinken urged Aliyev to halt
   * hostilities ... both sides accused each other": Armenia and
   * Azerbaijan, not the United States and Azerbaijan); the sides are that
   * pair */
  if (nlatest == 2) {
    int li = conamed_ix(ctx, pair[0], pair[1]), top = -1;
    for (int i = 0; i < ctx->nconamed; i++)
      if (top < 0 || ctx->conamed_n[i] > ctx->conamed_n[top]) top = i;
    if (li >= 0 && top >= 0 && top != li && ctx->conamed_n[li] == 1 && ctx->conamed_n[top] >= (one_sentence ? 3 : 2)) {
      memcpy(pair[0], ctx->conamed[top], 3); pair[0][3] = 0;
      memcpy(pair[1], ctx->conamed[top] + 3, 3); pair[1][3] = 0;
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  pair %s %s rule pair-parties\n", pair[0], pair[1]);
    }
  }
  for (int q = 0; q < 2 && nlatest != 2; q++) {
    int best = -1;
    for (int k = 0; k < ctx->nseen; k++) {
      if (q == 1 && !strcmp(ctx->seen[k].code, pair[0])) continue;
      if (best < 0 || ctx->seen[k].n > ctx->seen[best].n || (ctx->seen[k].n == ctx->seen[best].n && ctx->seen[k].last > ctx->seen[best].last)) best = k;
    }
    if (best >= 0) memcpy(pair[q], ctx->seen[best].code, 4);
  }
  /* rule pair-conamed: a pair not taken from one sentence (pair-recent, the
   * article's most named) is two states a sentence named together:
   * "urged both sides to negotiate" after a sentence on Ukraine alone, in
   * an article that named the Palestinians before, is no pair of states */
  if (pair[1][0] && nlatest != 2 && !conamed(ctx, pair[0], pair[1])) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  no pair %s %s rule pair-conamed\n", pair[0], pair[1]);
    pair[0][0] = pair[1][0] = 0;
  }
  for (uint32_t i = se->tok0; i + 1 < se->tok1 && nm < 78; i++) {
    if (!(dy_lex_wclass(lx, d->tid[i]) & DY_W_BOTH)) continue;
    uint32_t j = i + 1;
    if (word_is(d, i, "two") && !(i > se->tok0 && word_is(d, i - 1, "the"))) continue;
    /* "the two nuclear-armed neighbours": up to three words between */
    for (uint32_t k = 0; k < 4 && j + 1 < se->tok1 && !(dy_lex_wclass(lx, d->tid[j]) & DY_W_PAIRNOUN) &&
                         !(d->toks[j].flags & (DY_TOK_UPPER | DY_TOK_DIGIT)) &&
                         !(dy_lex_wclass(lx, d->tid[j]) & (DY_W_PREP | DY_W_CONJ | DY_W_CLAUSE | DY_W_BE | DY_W_HAVE)); k++) j++;
    if (!(dy_lex_wclass(lx, d->tid[j]) & DY_W_PAIRNOUN)) continue;
    /* rule pair-in-sentence: the two states its own sentence names before
     * it, when it names two and no more ("India-Pakistan relations remain
     * tense after the conflict between the two countries"), else the pair
     * of the sentences before */
    char own[2][4] = {"", ""};
    int nown = 0;
    /* an organisation counts among the sides the sentence names before the
     * pair ("China, the United States and the European Union urged both
     * sides": three, so no pair of its own), though it is never one of the
     * pair */
    for (int k = 0; k < nm && nown <= 2; k++) {
      if (tmp[k].tok1 > i || tmp[k].kind == DY_ACT_PAIR) continue;
      if (!strncmp(tmp[k].code, "IGO", 3) && strlen(tmp[k].code) > 3) { nown = 3; break; }
      if (strlen(tmp[k].code) < 3 || !dy_lex_country_name(lx, tmp[k].code)) continue;
      int q = 0;
      while (q < nown && q < 2 && strncmp(own[q], tmp[k].code, 3)) q++;
      if (q < nown) continue;
      if (nown < 2) dy_scat(own[nown], 4, tmp[k].code, 3, "");
      nown++;
    }
    const char (*pr)[4] = pair;
    /* rule pair-not-subject: the two states its sentence names as the
     * coordinated subject of the clause the pair is in, after a
     * preposition of partners ("Iraq and Oman hosted talks between the two
     * sides"), are not the pair (they would be "themselves"): the pair of
     * the sentences before, when another */
    if (nown == 2 && i > se->tok0 + 1 && (word_is(d, i - 1, "the") || (dy_lex_wclass(lx, d->tid[i]) & DY_W_BOTH))) {
      uint32_t pp = word_is(d, i - 1, "the") ? i - 2 : i - 1;
      /* after a preposition of partners, or as the object of the subject's
       * own verb ("China and the United States urged both sides") */
      int partner = word_is(d, pp, "between") || word_is(d, pp, "with") || word_is(d, pp, "among") ||
                    !(dy_lex_wclass(lx, d->tid[pp]) & (DY_W_BE | DY_W_HAVE | DY_W_PREP));
      int subj = 0;
      for (int k = 0; partner && k + 1 < nm && !subj; k++) {
        const dy_mention *x = &tmp[k], *y = &tmp[k + 1];
        if (x->tok1 + 1 != y->tok0 || !word_is(d, x->tok1, "and") || y->tok1 > i || strncmp(x->code, own[0], 3) || strncmp(y->code, own[1], 3)) continue;
        subj = 1;
        for (uint32_t q = y->tok1; q < pp && subj; q++)
          if ((d->toks[q].flags & DY_TOK_PUNCT) || (dy_lex_wclass(lx, d->tid[q]) & (DY_W_CLAUSE | DY_W_SAY | DY_W_CONJ))) subj = 0;
      }
      if (subj) {
        int same = pair[1][0] && ((!strcmp(pair[0], own[0]) && !strcmp(pair[1], own[1])) || (!strcmp(pair[0], own[1]) && !strcmp(pair[1], own[0])));
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  pair %s %s is the subject rule pair-not-subject\n", own[0], own[1]);
        if (!pair[1][0] || same) continue;
        nown = 0;
      }
    }
    if (nown != 2 && !pair[1][0]) continue;
    if (nown == 2) {
      pr = (const char (*)[4])own;
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  pair %s %s rule pair-in-sentence\n", own[0], own[1]);
    }
    /* rule pair-sector: the pair's sector, the lexicon's sector or title that ends with the
     * pair noun ("the two leaders", "the two presidents", "the two foreign
     * ministers": GOV; "the two armies": MIL), none for "countries" */
    const char *sec = "";
    for (uint32_t q = i + 1; q <= j && !sec[0]; q++) {
      uint32_t ml = 0;
      int32_t e = d->tid[q] >= 0 ? dy_lex_match(lx, d, q, j + 1, &ml) : -1;
      if (e < 0 || q + ml != j + 1) continue;
      const dy_entry *en = dy_lex_entry(lx, e);
      if ((en->kind == DY_ENT_SECTOR || en->kind == DY_ENT_TITLE) && strlen(en->code) == 3) sec = en->code;
    }
    for (int q = 0; q < 2; q++) {
      dy_mention *m = &tmp[nm++];
      memset(m, 0, sizeof *m);
      m->sent = s; m->tok0 = i; m->tok1 = j + 1; m->entry = -1; m->person = -1; m->kind = DY_ACT_PAIR;
      dy_scat(m->code, sizeof m->code, pr[q], 3, sec);
      const char *cn = dy_lex_country_name(lx, pr[q]);
      copy_name(m->name, cn ? cn : m->code, strlen(cn ? cn : m->code));
    }
  }
  /* rule state-noun-anaphor: "the gas-rich emirate", "the kingdom" (word
   * class state-noun, after "the" and up to four words, not before "of" and
   * a name: "the kingdom of Saudi Arabia" names it) stands for the state named last
   * before it in its sentence, not the sentence's first (its subject, as a
   * rule: "Saudi Arabia severed relations with Qatar, accusing the emirate
   * of ...": Qatar), else for the state the sentences before named last */
  for (uint32_t i = se->tok0 + 1; i < se->tok1 && nm < 78; i++) {
    if (!(dy_lex_wclass(lx, d->tid[i]) & DY_W_STATENOUN) || (d->toks[i].flags & DY_TOK_UPPER)) continue;
    if (i + 2 < se->tok1 && word_is(d, i + 1, "of") && cap_word(d, i + 2)) continue;
    uint32_t a = i;
    while (a > se->tok0 && i - a < 5 && !word_is(d, a - 1, "the") && (!(d->toks[a - 1].flags & DY_TOK_PUNCT) || word_is(d, a - 1, "-"))) a--;
    if (a == se->tok0 || !word_is(d, a - 1, "the")) continue;
    /* "Saudi Arabia said the kingdom would ...": after a verb of saying or
     * "that" it is, as a rule, the speaker's own state: left alone */
    if (a >= se->tok0 + 2 && ((dy_lex_wclass(lx, d->tid[a - 2]) & DY_W_SAY) || word_is(d, a - 2, "that"))) continue;
    int taken = 0;
    for (int k = 0; k < nm && !taken; k++) taken = tmp[k].tok0 <= i && tmp[k].tok1 > i;
    if (taken) continue;
    char st[4] = "", own[4] = "";
    for (int k = 0; k < nm; k++) {
      char c3[4];
      if (tmp[k].tok1 > a - 1 || !state_of_mention(lx, &tmp[k], c3)) continue;
      if (!own[0]) { memcpy(own, c3, 4); continue; }
      if (strcmp(c3, own)) memcpy(st, c3, 4);
    }
    if (!st[0]) {
      uint32_t last = 0;
      for (int k = 0; k < ctx->nseen; k++)
        if (strcmp(ctx->seen[k].code, own) && ctx->seen[k].last >= last && s > ctx->seen[k].last && s - ctx->seen[k].last <= 2) {
          last = ctx->seen[k].last;
          memcpy(st, ctx->seen[k].code, 4);
        }
    }
    if (!st[0] || !dy_lex_country_name(lx, st)) continue;
    dy_mention *m = &tmp[nm++];
    memset(m, 0, sizeof *m);
    m->sent = s; m->tok0 = a - 1; m->tok1 = i + 1; m->entry = -1; m->person = -1; m->kind = DY_ACT_COUNTRY;
    dy_scopy(m->code, sizeof m->code, st);
    const char *cn = dy_lex_country_name(lx, st);
    copy_name(m->name, cn, strlen(cn));
    m->rule = "state-noun-anaphor";
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] the state named before: %s rule state-noun-anaphor\n", dy_tok_norm(d, &d->toks[i]), st);
  }
  /* he / she: the first person its own sentence names before it (the
   * clause's subject as a rule; rule pronoun-in-sentence: "cited the case of
   * Prime Minister Benjamin Netanyahu, who has been indicted ... all of
   * which he denies", "a visit in which he and Sharif agreed"), not one
   * inside a fronted phrase ("After a meeting with the prime minister,
   * Lapid said he and ..."), and not for the subject of reported speech
   * ("Bouteflika said he is prepared to": the coder's inherit rule gives
   * it the speaker); else the last person named in the two sentences
   * before (rule pronoun-before-name: not one its own sentence names after
   * it) */
  uint32_t fronted = se->body0;
  if (fronted < se->tok1 && (dy_lex_wclass(lx, d->tid[fronted]) & DY_W_PREP))
    while (fronted < se->tok1 && !word_is(d, fronted, ",")) fronted++;
  /* rule fronted-place-country: "From Alexandria, Egypt, it hits ...": a
   * state between commas right after a fronted phrase's name is that
   * place's country, part of the phrase */
  if (fronted > se->body0 && fronted < se->tok1 && (d->toks[fronted - 1].flags & DY_TOK_UPPER))
    for (int k = 0; k < nm; k++)
      if (tmp[k].tok0 == fronted + 1 && tmp[k].kind != DY_ACT_PERSON && strlen(tmp[k].code) == 3 && dy_lex_country_name(lx, tmp[k].code) &&
          tmp[k].tok1 < se->tok1 && word_is(d, tmp[k].tok1, ",")) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  rule fronted-place-country [%s]\n", tmp[k].code);
        fronted = tmp[k].tok1;
        break;
      }
  int nm0 = nm;
  for (uint32_t i = se->tok0; i < se->tok1 && nm < 78; i++) {
    if (!(dy_lex_wclass(lx, d->tid[i]) & DY_W_PRON)) continue;
    int in_quote = 0;
    for (uint32_t q = se->tok0; q < i; q++) if (word_is(d, q, "\"")) in_quote ^= 1;
    if (in_quote) continue;
    const dy_mention *p = NULL;
    /* "Bouteflika said he is prepared to": reported speech, whose subject the
     * coder takes from the verb of saying */
    int reported = i > se->tok0 && ((dy_lex_wclass(lx, d->tid[i - 1]) & DY_W_SAY) || word_is(d, i - 1, "that"));
    int coord = (i + 1 < se->tok1 && word_is(d, i + 1, "and")) || (i > se->tok0 && word_is(d, i - 1, "and"));
    /* rule object-pronoun-before: "The United States doubled its reward for
     * Maduro's arrest. Washington accuses him of ...": "him" is a person of
     * the sentences before when its own names none before it (one it does
     * name may be its subject, not it: the coder's object-pronoun rule) */
    if (word_is(d, i, "him")) {
      int named = 0;
      for (int k = 0; k < nm0 && !named; k++) named = tmp[k].tok1 <= i && (tmp[k].kind == DY_ACT_PERSON || tmp[k].kind == DY_ACT_PRONOUN);
      /* nor when a nationality before it, not the sentence's first actor,
       * names someone new ("Insurgents abducted a Turkish truck driver and
       * threatened to behead him") */
      for (int k = 1; k < nm0 && !named; k++)
        named = tmp[k].tok1 <= i && tmp[k].entry >= 0 && dy_lex_entry(lx, tmp[k].entry)->kind == DY_ENT_ADJ && tmp[k].tok0 > tmp[0].tok1;
      if (named) continue;
      reported = 1, coord = 0;
    }
    for (int k = 0; k < nm0 && !p && (coord || !reported); k++)
      if (named_person(lx, &tmp[k]) && tmp[k].tok1 <= i && (tmp[k].tok0 >= fronted || fronted >= i) &&
          !pronoun_other_sex(lx, d, i, tmp[k].name))
        p = &tmp[k];
    if (!p && (!ctx->have_person || s - ctx->person_sent > 2)) continue;
    /* rule reported-speaker: "Kofi Annan condemned the attack and said he
     * was concerned": the subject of reported speech after a person its own
     * sentence names is left to the coder, which gives it the speaker; it is
     * not the person of the sentences before */
    int speaker = 0;
    for (int k = 0; k < nm0 && !p && reported && !coord && !speaker; k++)
      speaker = tmp[k].kind == DY_ACT_PERSON && tmp[k].person >= 0 && tmp[k].tok1 <= i && (tmp[k].tok0 >= fronted || fronted >= i) &&
                !pronoun_other_sex(lx, d, i, tmp[k].name);
    if (speaker) {
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  pronoun [%s] left to its speaker: rule reported-speaker\n", dy_tok_norm(d, &d->toks[i]));
      continue;
    }
    if (!p && pronoun_other_sex(lx, d, i, ctx->person_name)) {
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  pronoun [%s] not %s: rule pronoun-sex\n", dy_tok_norm(d, &d->toks[i]), ctx->person_name);
      continue;
    }
    if (!p && honorific_between(lx, d, ctx->person_sent < s ? d->sents[ctx->person_sent + 1].tok0 : se->tok0, i, ctx->person_name)) {
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  pronoun [%s] not %s: rule honorific-between\n", dy_tok_norm(d, &d->toks[i]), ctx->person_name);
      continue;
    }
    /* a pronoun before a name in its own sentence is not that person ("He
     * asked Ghani about poverty": not Ghani); the antecedent is then not
     * known */
    int later = 0;
    for (int k = 0; k < nm0 && !p && !later; k++)
      later = tmp[k].tok0 > i && tmp[k].kind == DY_ACT_PERSON && (tmp[k].person >= 0 ? tmp[k].person == ctx->person : !strcmp(tmp[k].name, ctx->person_name));
    if (later) continue;
    dy_mention *m = &tmp[nm++];
    memset(m, 0, sizeof *m);
    m->sent = s; m->tok0 = i; m->tok1 = i + 1; m->entry = -1; m->kind = DY_ACT_PRONOUN;
    m->person = p ? p->person : ctx->person;
    dy_scopy(m->code, sizeof m->code, p ? p->code : ctx->person_code);
    dy_scopy(m->name, sizeof m->name, p ? p->name : ctx->person_name);
  }
  /* rule it-subject: "it" as a subject (at the start of the sentence or
   * of a clause: after a comma, "and", "but", "while"; not before a form
   * of "be", "has been" or a verb of word class expletive: "It is
   * pertinent that", "It appears that") is the first state, organisation
   * or sector of a state its own sentence names before it ("Iran denied
   * the charge, but it has ..."), else the one the sentence before opened
   * with ("Pakistan has been hit with the threat of tariffs. But thus far,
   * it has reacted calmly and offered the US concessions"); not the
   * subject of reported speech ("said it would": the coder's inherit
   * rule gives it the speaker), nor inside a quote */
  for (uint32_t i = se->body0; i + 1 < se->tok1 && nm < 78; i++) {
    if (!(dy_lex_wclass(lx, d->tid[i]) & DY_W_ITPRON)) continue;
    uint64_t nx = dy_lex_wclass(lx, d->tid[i + 1]);
    if (nx & (DY_W_BE | DY_W_EXPLETIVE | DY_W_PREP | DY_W_CONJ | DY_W_TO)) continue;
    if ((nx & DY_W_HAVE) && i + 2 < se->tok1 && (dy_lex_wclass(lx, d->tid[i + 2]) & DY_W_BE)) continue;
    if (d->toks[i + 1].flags & DY_TOK_POSS) continue;
    const char *nw = dy_tok_norm(d, &d->toks[i + 1]);
    if (!strcmp(nw, "'s") || !strcmp(nw, "\u2019s") || !strcmp(nw, ".") || !strcmp(nw, ",")) continue;
    /* "when it comes to Syria": the idiom's "it" stands for no one */
    if (i > se->body0 && word_is(d, i - 1, "when") && (!strcmp(nw, "comes") || !strcmp(nw, "came") || !strcmp(nw, "come"))) continue;
    if (i > se->body0) {
      const char *pw = dy_tok_norm(d, &d->toks[i - 1]);
      uint64_t pc = dy_lex_wclass(lx, d->tid[i - 1]);
      if (!(strcmp(pw, ",") == 0 || strcmp(pw, ";") == 0 || (pc & (DY_W_CONJ | DY_W_CLAUSE))) || strcmp(pw, "which") == 0 || strcmp(pw, "who") == 0 ||
          strcmp(pw, "that") == 0)
        continue;
      /* "..., Pakistan said, it ...": a comma after a verb of saying */
      if (i >= se->body0 + 2 && strcmp(pw, ",") == 0 && (dy_lex_wclass(lx, d->tid[i - 2]) & DY_W_SAY)) continue;
    }
    int in_quote = 0;
    for (uint32_t q = se->tok0; q < i; q++) if (word_is(d, q, "\"")) in_quote ^= 1;
    if (in_quote) continue;
    const dy_mention *p = NULL;
    for (int k = 0; k < nm0 && !p; k++)
      if (tmp[k].kind != DY_ACT_PERSON && tmp[k].kind != DY_ACT_PRONOUN && tmp[k].kind != DY_ACT_PAIR && tmp[k].tok1 <= i &&
          (tmp[k].tok0 >= fronted || fronted >= i) && strlen(tmp[k].code) >= 3)
        p = &tmp[k];
    if (!p && (!ctx->it_next || ctx->it_next != s)) continue;
    dy_mention *m = &tmp[nm++];
    memset(m, 0, sizeof *m);
    m->sent = s; m->tok0 = i; m->tok1 = i + 1; m->entry = -1; m->person = -1; m->kind = DY_ACT_PRONOUN;
    dy_scopy(m->code, sizeof m->code, p ? p->code : ctx->it_code);
    dy_scopy(m->name, sizeof m->name, p ? p->name : ctx->it_name);
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  pronoun [it] %s rule it-subject\n", m->code);
  }
  /* rule group-anaphor: "Hamas handed over four bodies. Israeli officials
   * demanded that the group return the rest": "the group", or an armed
   * group's sector noun after "the" ("the rebels", "the militants"), is the
   * armed group named last in its sentence or the two before, when its own
   * sentence names none before it */
  if (ctx->have_grp && s - ctx->grp_sent <= 2) {
    /* up to where the sentence names an armed group of its own */
    uint32_t named = se->tok1;
    for (int k = 0; k < nm; k++)
      if (group_code(tmp[k].code) && tmp[k].tok1 < named + 1) named = tmp[k].tok1 - 1;
    for (uint32_t i0 = se->body0; i0 + 1 < se->tok1 && i0 < named && nm < 78; i0++) {
      if (!word_is(d, i0, "the")) continue;
      /* "the al Qaeda-linked group": past a name and its hyphenated tie (rule affiliate-modifier) */
      uint32_t i = i0;
      int state = 0; /* (a state so named backs what follows: rule led-by) */
      for (int k = 0; k < nm; k++) state |= tmp[k].tok0 == i0 + 1 && strlen(tmp[k].code) == 3 && dy_lex_country_name(lx, tmp[k].code) != NULL;
      for (uint32_t j = i0 + 2; !state && j + 2 < se->tok1 && j <= i0 + 5; j++) {
        if (!cap_word(d, j - 1) && !word_is(d, j - 1, "al") && !word_is(d, j - 1, "-")) break;
        if (word_is(d, j, "-") && (dy_lex_wclass(lx, d->tid[j + 1]) & (DY_W_AFFIL | DY_W_LED)) && !word_is(d, j + 1, "led")) { i = j + 1; break; }
      }
      int at = -1;
      for (int k = 0; k < nm && at < 0; k++) if (tmp[k].tok0 == i + 1) at = k;
      if (at >= 0 && tmp[at].kind == DY_ACT_SECTOR && (!strcmp(tmp[at].code, "REB") || !strcmp(tmp[at].code, "INS"))) {
        dy_scopy(tmp[at].code, sizeof tmp[at].code, ctx->grp_code);
        dy_scopy(tmp[at].name, sizeof tmp[at].name, ctx->grp_name);
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] is %s rule group-anaphor\n", dy_tok_norm(d, &d->toks[i + 1]), ctx->grp_code);
        break; /* the sentence now names the group */
      }
      if (at >= 0 || !word_is(d, i + 1, "group") || group_of(lx, d, se, i + 1)) continue;
      dy_mention *m = &tmp[nm++];
      memset(m, 0, sizeof *m);
      m->sent = s; m->tok0 = i + 1; m->tok1 = i + 2; m->entry = -1; m->person = -1; m->kind = DY_ACT_PRONOUN;
      dy_scopy(m->code, sizeof m->code, ctx->grp_code);
      dy_scopy(m->name, sizeof m->name, ctx->grp_name);
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  [group] is %s rule group-anaphor\n", ctx->grp_code);
      break;
    }
  }
  /* rule group-anaphor-in-sentence: "Hamas insists on a permanent end to
   * the war, while Israel accuses the group of lacking sincerity": "the
   * group" after the one armed group its own sentence names before it is
   * that group (two different groups named before it: no one; not the
   * speaker of a trailing "..., the group said") */
  for (uint32_t i = se->body0; i + 1 < se->tok1 && nm < 78; i++) {
    if (!word_is(d, i, "the") || !word_is(d, i + 1, "group")) continue;
    if (group_of(lx, d, se, i + 1)) continue;
    /* "..., the group said": a trailing attribution names the subject again, no side */
    if (i + 2 < se->tok1 && (dy_lex_wclass(lx, d->tid[i + 2]) & DY_W_SAY)) continue;
    int at = -1, other = 0, covered = 0;
    for (int k = 0; k < nm; k++) {
      if (tmp[k].tok0 <= i + 1 && tmp[k].tok1 > i + 1) covered = 1;
      if (!group_code(tmp[k].code) || tmp[k].tok1 > i) continue;
      if (at >= 0 && strcmp(tmp[at].code, tmp[k].code)) other = 1;
      at = k;
    }
    if (covered || at < 0 || other) continue;
    dy_mention *m = &tmp[nm++];
    memset(m, 0, sizeof *m);
    m->sent = s; m->tok0 = i + 1; m->tok1 = i + 2; m->entry = -1; m->person = -1; m->kind = DY_ACT_PRONOUN;
    dy_scopy(m->code, sizeof m->code, tmp[at].code);
    dy_scopy(m->name, sizeof m->name, tmp[at].name);
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  [group] is %s rule group-anaphor-in-sentence\n", m->code);
    break;
  }
  qsort(tmp, (size_t)nm, sizeof tmp[0], cmp_ment);
  /* rule title-conjunct: two titles joined by "and" before one name are
   * one person's ("Deputy Prime Minister and Foreign Minister Ishaq Dar",
   * "President and Commander-in-Chief X"): the first title is no actor of
   * its own, the phrase is the named one's, with the first title's state
   * when the second has none */
  for (int k = 0; k + 1 < nm; k++) {
    dy_mention *a = &tmp[k], *b = &tmp[k + 1];
    size_t al = strlen(a->code), bl = strlen(b->code);
    if (!a->title_only || b->title_only || a->former || b->tok0 != a->tok1 + 1 || !word_is(d, a->tok1, "and") || al < 3 || bl < 3 ||
        strcmp(a->code + al - 3, b->code + bl - 3) || (b->kind != DY_ACT_PERSON && !(b->kind == DY_ACT_SECTOR && b->name0 > b->tok0)))
      continue;
    /* the second begins with a title, not with the person's own name ("Prime Minister and Ishaq Dar") */
    const dy_tok *f = &d->toks[b->tok0];
    size_t fl = strcspn(b->name, " ");
    if (b->kind == DY_ACT_PERSON && (b->tok1 - b->tok0 < 2 || (f->end - f->start == fl && !memcmp(d->text + f->start, b->name, fl)))) continue;
    if (bl == 3 && al == 6) {
      char code[16];
      dy_scat(code, sizeof code, a->code, 3, b->code);
      memcpy(b->code, code, sizeof code);
    }
    b->tok0 = a->tok0;
    if (b->kind == DY_ACT_SECTOR) copy_name(b->name, d->text + d->toks[b->tok0].start, d->toks[b->tok1 - 1].end - d->toks[b->tok0].start);
    b->rule = "title-conjunct";
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s]: two titles of one person rule title-conjunct\n", b->name);
    memmove(&tmp[k], &tmp[k + 1], (size_t)(nm - k - 1) * sizeof tmp[0]);
    nm--;
  }
  /* rule led-by: a state, a hyphen and "led" or "backed" leads what
   * follows: a sector with no state right after is the state's ("US-led
   * forces" USAMIL); before another noun the state stays the actor ("the
   * US-led war") */
  for (int k = 0; k < nm; k++) {
    dy_mention *a = &tmp[k];
    uint32_t h = a->tok1;
    if (h + 1 >= se->tok1 || !word_is(d, h, "-") || !(dy_lex_wclass(lx, d->tid[h + 1]) & (DY_W_LED | DY_W_AFFIL)) || strlen(a->code) != 3 ||
        !dy_lex_country_name(lx, a->code))
      continue;
    a->rule = "led-by";
    if (k + 1 < nm && tmp[k + 1].tok0 == h + 2 && tmp[k + 1].kind == DY_ACT_SECTOR && strlen(tmp[k + 1].code) == 3 &&
        !dy_lex_country_name(lx, tmp[k + 1].code)) {
      dy_mention *b = &tmp[k + 1];
      char code[16];
      dy_scat(code, sizeof code, a->code, SIZE_MAX, b->code);
      memcpy(b->code, code, sizeof code);
      b->tok0 = a->tok0;
      b->rule = "led-by";
      copy_name(b->name, d->text + d->toks[b->tok0].start, d->toks[b->tok1 - 1].end - d->toks[b->tok0].start);
      memmove(&tmp[k], &tmp[k + 1], (size_t)(nm - k - 1) * sizeof tmp[0]);
      nm--;
      continue;
    }
    /* before a noun that is no actor and no event the phrase is the
     * state's ("Pakistan-based groups", "the Saudi-led coalition") */
    uint32_t q = h + 2, stop = k + 1 < nm ? tmp[k + 1].tok0 : se->tok1;
    uint64_t closed = DY_W_PREP | DY_W_CONJ | DY_W_DET | DY_W_BE | DY_W_HAVE | DY_W_MODAL | DY_W_FUTURE | DY_W_SAY | DY_W_CLAUSE | DY_W_EVNOUN |
                      DY_W_ADV | DY_W_NEG | DY_W_TO | DY_W_NOMINAL | DY_W_VERB3 | DY_W_PASTPART | DY_W_ING | DY_W_DATE;
    while (q < stop && q < h + 4 && !(d->toks[q].flags & (DY_TOK_UPPER | DY_TOK_PUNCT | DY_TOK_DIGIT | DY_TOK_POSS)) &&
           !(dy_lex_wclass(lx, d->tid[q]) & closed))
      q++;
    if (q > h + 2) a->tok1 = q;
  }
  /* rule people-count: a state's people named by a plural demonym after a
   * count and "of" ("Thousands of Eritreans", "hundreds of Afghans",
   * "a group of Sudanese") are its civilians, not the state; a demonym with
   * no count may stand for the state's side ("the Iranians rejected the
   * offer") */
  for (int k = 0; k < nm; k++) {
    dy_mention *a = &tmp[k];
    if (a->tok1 != a->tok0 + 1 || a->tok0 <= se->tok0 || a->entry < 0 || dy_lex_entry(lx, a->entry)->kind != DY_ENT_ADJ || strlen(a->code) != 3 ||
        !dy_lex_country_name(lx, a->code))
      continue;
    const char *w = dy_tok_norm(d, &d->toks[a->tok0]);
    size_t wl = strlen(w);
    /* a plural ("Eritreans"), or a demonym that is its own plural ("Sudanese") */
    if (wl < 4 || !(w[wl - 1] == 's' || !strcmp(w + wl - 3, "ese"))) continue;
    uint32_t p = a->tok0 - 1;
    int count = word_is(d, p, "of") && p > se->tok0 && d->tid[p - 1] >= 0 && (dy_lex_wclass(lx, d->tid[p - 1]) & DY_W_QUANT);
    if (!count) continue;
    char code[16];
    dy_scat(code, sizeof code, a->code, SIZE_MAX, "CVL");
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s]: counted people, %s rule people-count\n", a->name, code);
    memcpy(a->code, code, sizeof code);
    a->rule = "people-count";
  }
  /* rule affiliate-modifier: an organisation or an armed group, a hyphen
   * and a word of class affiliated ("al Qaeda-linked"), or of class led but
   * "led" and "based" ("NATO-backed"), describes what follows, another
   * actor: no actor itself ("the al Qaeda-linked group said" is not
   * al-Qaeda; "the NATO-backed uprising toppled Gaddafi" no act of NATO's) */
  for (int k = 0; k < nm; k++) {
    dy_mention *a = &tmp[k];
    uint32_t h = a->tok1;
    if (h + 1 >= se->tok1 || !word_is(d, h, "-") || a->kind == DY_ACT_PRONOUN || a->kind == DY_ACT_PAIR || a->kind == DY_ACT_PERSON) continue;
    uint64_t wc = dy_lex_wclass(lx, d->tid[h + 1]);
    if (!(wc & DY_W_AFFIL) && (!(wc & DY_W_LED) || word_is(d, h + 1, "led") || word_is(d, h + 1, "based"))) continue;
    if (strlen(a->code) < 3 || (strlen(a->code) == 3 && dy_lex_country_name(lx, a->code)) || a->kind == DY_ACT_SECTOR) continue;
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s]: a modifier of another actor rule affiliate-modifier\n", a->name);
    memmove(&tmp[k], &tmp[k + 1], (size_t)(nm - k - 1) * sizeof tmp[0]);
    nm--;
    k--;
  }
  /* rule the-country: "the country's" (up to two words between) and a
   * sector with no state: the state this sentence named before it by its
   * name ("Pakistan said the country's top military leadership" PAKMIL),
   * else the one the article named last that no actor before it in the
   * sentence is of ("the Iranian president held meetings with the
   * country's top military leadership" in Pakistan: PAKMIL) */
  for (int k = 0; k < nm; k++) {
    dy_mention *a = &tmp[k];
    if (a->kind != DY_ACT_SECTOR || strlen(a->code) != 3 || dy_lex_country_name(lx, a->code)) continue;
    uint32_t q = a->tok0;
    while (q > se->tok0 && q + 3 > a->tok0 && !(d->toks[q - 1].flags & DY_TOK_POSS)) q--;
    if (q < se->tok0 + 3 || !(d->toks[q - 1].flags & DY_TOK_POSS) || !word_is(d, q - 2, "country") || !word_is(d, q - 3, "the")) continue;
    const char *st = NULL;
    for (int j = k - 1; j >= 0 && !st; j--)
      if (tmp[j].kind == DY_ACT_COUNTRY && strlen(tmp[j].code) == 3 && dy_lex_country_name(lx, tmp[j].code)) st = tmp[j].code;
    int best = -1;
    for (int j = 0; j < ctx->nseen && !st; j++) {
      int own = 0;
      for (int i = 0; i < k && !own; i++) own = !strncmp(tmp[i].code, ctx->seen[j].code, 3);
      if (!own && dy_lex_country_name(lx, ctx->seen[j].code) && (best < 0 || ctx->seen[j].last > ctx->seen[best].last)) best = j;
    }
    if (!st && best >= 0) st = ctx->seen[best].code;
    if (!st) continue;
    char code[16];
    dy_scat(code, sizeof code, st, 3, a->code);
    memcpy(a->code, code, sizeof code);
    a->located = 1;
    a->rule = "the-country";
    /* "the country's foreign minister": a title's holder of the day (as
     * "Pakistan's foreign minister" is) */
    const dy_entry *te = a->entry >= 0 ? dy_lex_entry(lx, a->entry) : NULL;
    int32_t p = a->title_only && !a->former && te && te->kind == DY_ENT_TITLE ? dy_lex_title_holder(lx, te->title, st, date) : -1;
    if (p >= 0) {
      int32_t t;
      dy_lex_person_code(lx, p, date, a->code, &t);
      a->person = p;
      a->kind = DY_ACT_PERSON;
      copy_name(a->name, dy_lex_person_name(lx, p), strlen(dy_lex_person_name(lx, p)));
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] %s rule the-country\n", a->name, a->code);
    }
  }
  /* rule division-sector: a sector after a first-level division's name no
   * actor covers, or before "of" or "in" it, is of that division's state
   * ("Punjab police" PAKCOP, "the government of Sindh province" PAKGOV,
   * "the governor of Balochistan" PAKGOV): the gazetteer's divisions, read
   * from the lexicon, not the place stage's resolution */
  for (int k = 0; k < nm; k++) {
    dy_mention *a = &tmp[k];
    if (a->kind != DY_ACT_SECTOR || strlen(a->code) != 3 || dy_lex_country_name(lx, a->code)) continue;
    uint32_t lo = k > 0 ? tmp[k - 1].tok1 : se->tok0, hi = k + 1 < nm ? tmp[k + 1].tok0 : se->tok1;
    if (lo < se->body0) lo = se->body0;
    char cc[4] = "";
    uint32_t w0 = 0, w1 = 0;
    /* before: up to three capitalised words of no class */
    uint32_t j = a->tok0;
    while (j > lo && a->tok0 - j < 3 && (d->toks[j - 1].flags & DY_TOK_UPPER) && !(d->toks[j - 1].flags & (DY_TOK_PUNCT | DY_TOK_POSS)) &&
           !(dy_lex_wclass(lx, d->tid[j - 1]) & (DY_W_DET | DY_W_PREP | DY_W_CONJ | DY_W_CLAUSE | DY_W_DATE)))
      j--;
    for (uint32_t b0 = j; b0 < a->tok0 && !cc[0]; b0++)
      if (division_state(lx, d, b0, a->tok0, ctx, cc)) w0 = b0, w1 = a->tok0;
    /* after: "of" or "in", "the", up to three capitalised words, a designator */
    /* (troops "in" a division may be abroad: rule troops-abroad of the coder) */
    if (!cc[0] && a->tok1 + 1 < hi && (word_is(d, a->tok1, "of") || (word_is(d, a->tok1, "in") && strcmp(a->code, "MIL")))) {
      uint32_t q = a->tok1 + 1;
      if (q < hi && word_is(d, q, "the")) q++;
      uint32_t e = q;
      while (e < hi && e - q < 3 && (d->toks[e].flags & DY_TOK_UPPER) && !(d->toks[e].flags & (DY_TOK_PUNCT | DY_TOK_POSS)) &&
             !(dy_lex_wclass(lx, d->tid[e]) & (DY_W_DET | DY_W_PREP | DY_W_CONJ | DY_W_CLAUSE | DY_W_DATE)))
        e++;
      for (uint32_t e1 = e; e1 > q && !cc[0]; e1--)
        if ((e1 == e || !(d->toks[e1].flags & DY_TOK_UPPER)) && division_state(lx, d, q, e1, ctx, cc)) w0 = q, w1 = e1;
      /* not a city's or another state's name that goes on ("the governor of New York City") */
      if (cc[0] && w1 < se->tok1 && (d->toks[w1].flags & DY_TOK_UPPER) && !(d->toks[w1].flags & DY_TOK_PUNCT)) cc[0] = 0;
    }
    if (!cc[0] || !dy_lex_country_name(lx, cc)) continue;
    char code[16];
    dy_scat(code, sizeof code, cc, SIZE_MAX, a->code);
    memcpy(a->code, code, sizeof code);
    a->located = 1;
    a->rule = "division-sector";
    if (getenv("DYAD_TRACE"))
      fprintf(stderr, "  division [%.*s] %s rule division-sector\n", (int)(d->toks[w1 - 1].end - d->toks[w0].start), d->text + d->toks[w0].start, cc);
  }
  /* "the government in Islamabad", "the army of Pakistan": the sector takes the country;
   * "militants from Hamas": the organisation */
  for (int k = 0; k + 1 < nm; k++) {
    dy_mention *a = &tmp[k], *b = &tmp[k + 1];
    if (a->kind != DY_ACT_SECTOR || strlen(a->code) != 3 || (dy_lex_country_name(lx, a->code) && strcmp(a->code, "ETH"))) continue;
    if (!(word_is(d, a->tok1, "in") || word_is(d, a->tok1, "of") || word_is(d, a->tok1, "from"))) continue;
    /* rule mission-not-host: "its" embassy or consulate (word class
     * mission-noun) "in" a state or its capital is not that state's but the
     * owner's ("its consulate in Damascus" is no Syrian organ; rule
     * mission-owner); "the embassy in Kabul" stays the host's */
    if (word_is(d, a->tok1, "in") && (dy_lex_wclass(lx, d->tid[a->tok1 - 1]) & DY_W_MISSION) && a->tok0 > se->tok0 &&
        word_is(d, a->tok0 - 1, "its")) {
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] not of its host rule mission-not-host\n", a->name);
      continue;
    }
    /* rule group-located: an ethnic or religious group, "in" or "of" a
     * state or its capital, a compass word between, is of that state
     * ("Kurds in northern Iraq" IRQETH, "ethnic Albanians in Macedonia"
     * MKDCVL, "Sunnis in Baghdad" IRQREL) */
    if ((!strcmp(a->code, "ETH") || !strcmp(a->code, "REL") || (a->rule && !strcmp(a->rule, "ethnic-group"))) && !word_is(d, a->tok1, "from")) {
      uint32_t q = a->tok1 + 1;
      if (q < se->tok1 && word_is(d, q, "the")) q++;
      if (q < se->tok1 && (dy_lex_wclass(lx, d->tid[q]) & DY_W_PLACE_COMPASS)) q++;
      int capital = b->entry >= 0 && dy_lex_entry(lx, b->entry)->kind == DY_ENT_CAPITAL;
      char c3[4];
      dy_scat(c3, sizeof c3, b->code, 3, "");
      if (b->tok0 == q && (strlen(b->code) == 3 || capital) && dy_lex_country_name(lx, c3)) {
        char code[16];
        dy_scat(code, sizeof code, c3, SIZE_MAX, a->code);
        memcpy(a->code, code, sizeof code);
        a->located = 1;
        a->rule = "group-located";
        continue;
      }
    }
    /* rule member-of: people of or from an organisation or a group are of
     * it, over a number or "the" and a name the dictionaries do not know
     * ("Doctors from two American aid groups" USANGO, "Leaders of the
     * Azadliq (Freedom) opposition coalition" OPP) */
    if (b->tok0 >= a->tok1 + 2 && a->tok1 + 1 < se->tok1 && !word_is(d, a->tok1, "in") && (b->kind == DY_ACT_ORG || b->kind == DY_ACT_SECTOR) &&
        !(strlen(b->code) == 3 && dy_lex_country_name(lx, b->code))) {
      uint32_t q = a->tok1 + 1, n = 0;
      if (word_is(d, q, "the") || (d->toks[q].flags & DY_TOK_DIGIT) || (dy_lex_wclass(lx, d->tid[q]) & (DY_W_BOTH | DY_W_QUANT))) q++;
      while (q < b->tok0 && n < 6 && ((d->toks[q].flags & DY_TOK_UPPER) || word_is(d, q, "(") || word_is(d, q, ")"))) q++, n++;
      if (q == b->tok0 && (n > 0 || !word_is(d, a->tok1 + 1, "the")) && b->code[0]) {
        memcpy(a->code, b->code, sizeof a->code);
        a->located = 1;
        a->rule = "member-of";
        continue;
      }
    }
    if (b->tok0 != a->tok1 + 1 && !(b->tok0 == a->tok1 + 2 && word_is(d, a->tok1 + 1, "the"))) continue;
    /* "militants from Hamas", "officials of the United Nations": the organisation itself */
    if (b->kind == DY_ACT_ORG && (word_is(d, a->tok1, "of") || word_is(d, a->tok1, "from")) && b->code[0]) {
      memcpy(a->code, b->code, sizeof a->code);
      a->located = 1;
      continue;
    }
    /* a state after "from" is where they came from ("withdrew troops from Lebanon"), not whose they are */
    if (word_is(d, a->tok1, "from") || strlen(b->code) < 3 || !dy_lex_country_name(lx, b->code)) continue;
    char code[16];
    dy_scat(code, sizeof code, b->code, 3, a->code);
    memcpy(a->code, code, sizeof code);
    a->located = 1;
  }
  /* rule mission-owner: "its embassy" (word class mission-noun; not
   * "their embassies", which may be of several) with no state of its own is
   * of the state the sentence named first ("Tehran said ... an Israeli strike on its consulate in
   * Damascus": IRNGOV; "Riyadh cut ties after protesters stormed its
   * embassy in the Iranian capital": SAUGOV) */
  for (int k = 0; k < nm; k++) {
    dy_mention *a = &tmp[k];
    if (a->kind != DY_ACT_SECTOR || strlen(a->code) != 3 || dy_lex_country_name(lx, a->code) || a->tok0 <= se->tok0) continue;
    if (!(dy_lex_wclass(lx, d->tid[a->tok1 - 1]) & DY_W_MISSION) || !word_is(d, a->tok0 - 1, "its")) continue;
    for (int q = 0; q < k; q++) {
      char c3[4];
      if (!state_of_mention(lx, &tmp[q], c3)) continue;
      char code[16];
      dy_scat(code, sizeof code, c3, SIZE_MAX, a->code);
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] of the sentence's first state: %s rule mission-owner\n", a->name, code);
      memcpy(a->code, code, sizeof code);
      a->located = 1;
      break;
    }
  }
  /* an ethnic group no "in" or "of" phrase placed names no actor */
  int kept = 0;
  for (int k = 0; k < nm; k++)
    if (!(tmp[k].kind == DY_ACT_SECTOR && !strcmp(tmp[k].code, "ETH"))) tmp[kept++] = tmp[k];
  nm = kept;
  /* groups: mentions joined by "and", "or", "&" or commas */
  uint16_t g = 0;
  for (int k = 0; k < nm; k++) {
    if (k > 0) {
      uint32_t a = tmp[k - 1].tok1, b = tmp[k].tok0;
      int joined = tmp[k - 1].tok0 == tmp[k].tok0; /* a pair */
      /* (a pair anaphor, "the two governments", is no item of a list
       * before it: "after talks in Madrid, the two governments said") */
      if (!joined && b > a && b - a <= 2 && tmp[k].kind != DY_ACT_PAIR) {
        joined = 1;
        for (uint32_t q = a; q < b; q++)
          if (!(dy_lex_wclass(lx, d->tid[q]) & DY_W_CONJ) && !word_is(d, q, ",") && !word_is(d, q, "the")) joined = 0;
      }
      /* rule clause-list: ", and Canada and Ukraine also announced": a
       * list after ", and" that a past verb follows (past adverbs) opens a
       * clause of its own, no part of the list before */
      if (joined && b == a + 2 && word_is(d, a, ",") && (word_is(d, a + 1, "and") || word_is(d, a + 1, "but"))) {
        int j = k;
        while (j + 1 < nm && tmp[j + 1].tok0 > tmp[j].tok1 && tmp[j + 1].tok0 - tmp[j].tok1 == 1 &&
               (word_is(d, tmp[j].tok1, "and") || word_is(d, tmp[j].tok1, ",")))
          j++;
        uint32_t e = tmp[j].tok1;
        while (e < se->tok1 && (word_is(d, e, "also") || word_is(d, e, "then") || word_is(d, e, "later") || word_is(d, e, "too"))) e++;
        if (e < se->tok1 && d->tid[e] >= 0 && (dy_lex_wclass(lx, d->tid[e]) & DY_W_PASTPART) && !(d->toks[e].flags & DY_TOK_UPPER)) {
          if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] opens a clause: no list with [%s] rule clause-list\n", tmp[k].name, tmp[k - 1].name);
          joined = 0;
        }
      }
      if (!joined) g++;
    }
    tmp[k].group = g;
  }
  /* "the foreign ministers of Congo and Rwanda": the sector applies to each
   * country of the list, and they act together */
  for (int k = 0; k + 2 < nm; k++) {
    dy_mention *a = &tmp[k], *b = &tmp[k + 1];
    if (!a->located || b->group != tmp[k + 2].group || b->group == a->group || strlen(a->code) != 6) continue;
    /* the list is the phrase's own: right after "of", "in" or "from", and of states
     * ("the government of Sindh province has ordered patrols by police and
     * paramilitary soldiers" joins no one) */
    if (b->tok0 != a->tok1 + 1 && !(b->tok0 == a->tok1 + 2 && word_is(d, a->tok1 + 1, "the"))) continue;
    if (strlen(b->code) != 3 || !dy_lex_country_name(lx, b->code)) continue;
    for (int q = k + 1; q < nm && tmp[q].group == b->group; q++)
      if (strlen(tmp[q].code) == 3 && dy_lex_country_name(lx, tmp[q].code)) memcpy(tmp[q].code + 3, a->code + 3, 4);
    a->group = b->group;
  }
  /* "the Iran-Pakistan border", "China-Pakistan Economic Corridor": two
   * countries joined by a hyphen name a thing between them, not actors */
  for (int k = 0; k + 1 < nm; k++) {
    dy_mention *a = &tmp[k], *b = &tmp[k + 1];
    if (b->tok0 != a->tok1 + 1 || !word_is(d, a->tok1, "-") || d->toks[a->tok1].start != d->toks[a->tok1 - 1].end) continue;
    if (strlen(a->code) != 3 || strlen(b->code) != 3 || !dy_lex_country_name(lx, a->code) || !dy_lex_country_name(lx, b->code)) continue;
    /* rule pair-hyphen: before an event noun (word class pair-relation) the two are its sides,
     * acting together ("India-Pakistan talks", "the Iran-Iraq war") */
    if (b->tok1 < se->tok1 && (dy_lex_wclass(lx, d->tid[b->tok1]) & DY_W_PAIRREL)) {
      if (b->group != a->group)
        for (int q = k + 1; q < nm; q++) tmp[q].group--;
      a->rule = b->rule = "pair-hyphen";
      continue;
    }
    a->code[0] = b->code[0] = 0;
  }
  for (int k = 0; k < nm; k++)
    if (!tmp[k].code[0]) {
      memmove(&tmp[k], &tmp[k + 1], (size_t)(nm - k - 1) * sizeof tmp[0]);
      nm--;
      k--;
    }
  /* "Iranian and Pakistani officials": the adjectives share the head; so
   * does a state's short name used as one ("US and Iraqi forces") */
  for (int k = 0; k + 1 < nm; k++) {
    dy_mention *a = &tmp[k], *b = &tmp[k + 1];
    int adj = a->entry >= 0 && dy_lex_entry(lx, a->entry)->kind == DY_ENT_ADJ;
    int short_name = a->entry >= 0 && dy_lex_entry(lx, a->entry)->kind == DY_ENT_COUNTRY && a->tok1 == a->tok0 + 1 &&
                     (d->toks[a->tok0].flags & (DY_TOK_ALLCAPS | DY_TOK_ABBR)) && adj_at(lx, d, b->tok0, b->tok1);
    if (a->group != b->group || a->tok0 == b->tok0 || a->kind != DY_ACT_COUNTRY || a->entry < 0 || !(adj || short_name) ||
        strlen(a->code) != 3 || strlen(b->code) != 6 || b->kind != DY_ACT_SECTOR)
      continue;
    int conj = 0;
    for (uint32_t q = a->tok1; q < b->tok0; q++) conj |= (dy_lex_wclass(lx, d->tid[q]) & DY_W_CONJ) != 0;
    if (conj) memcpy(a->code + 3, b->code + 3, 4); /* the sector and its NUL */
  }
  /* commas alone do not make a list ("killing three civilians, Ukrainian
   * officials said"): a group joined only by commas, with no "and" or "or"
   * before its last member, is split */
  for (int k = 0; k < nm;) {
    int e = k + 1;
    while (e < nm && tmp[e].group == tmp[k].group) e++;
    if (e - k >= 2 && tmp[e - 1].tok0 != tmp[e - 2].tok0 && !(tmp[e - 1].rule && !strcmp(tmp[e - 1].rule, "pair-hyphen"))) {
      int conj = 0;
      for (uint32_t q = tmp[e - 2].tok1; q < tmp[e - 1].tok0; q++) conj |= (dy_lex_wclass(lx, d->tid[q]) & DY_W_CONJ) != 0;
      if (!conj) {
        uint16_t shift = 0;
        for (int q = k + 1; q < e; q++)
          if (tmp[q].tok0 != tmp[q - 1].tok0) shift++;
        /* renumber: each member its own group, the later groups moved up */
        uint16_t base = tmp[k].group;
        uint16_t g2 = base;
        for (int q = k; q < e; q++) {
          if (q > k && tmp[q].tok0 != tmp[q - 1].tok0) g2++;
          tmp[q].group = g2;
        }
        for (int q = e; q < nm; q++) tmp[q].group = (uint16_t)(tmp[q].group + shift);
      }
    }
    k = e;
  }
  uint32_t bare_tok[80];
  int nbare = 0;
  for (int k = 0; k < nm && nbare < 80; k++)
    if (tmp[k].kind == DY_ACT_SECTOR && strlen(tmp[k].code) == 3 && !dy_lex_country_name(lx, tmp[k].code)) bare_tok[nbare++] = tmp[k].tok0;
  /* "the military", "the government": a definite sector with no state is
   * the one of that sector the article named last, within the three
   * sentences before ("Israel's military chief ... The military continued
   * airstrikes": ISRMIL) */
  for (int k = 0; k < nm; k++) {
    dy_mention *a = &tmp[k];
    if (a->kind != DY_ACT_SECTOR || strlen(a->code) != 3 || dy_lex_country_name(lx, a->code) || !definite_sector(lx, d, se, a))
      continue;
    int found = 0, the = the_before(lx, d, se, a);
    /* rule sector-of-state: "troops and police of an Australian-led
     * force", "soldiers of the Nigerian army": a sector of no state (and
     * the sectors joined to it by "and") right before "of" and a phrase
     * (up to three words on) that opens with a state's mention is of that
     * state */
    {
      uint32_t e = a->tok1;
      for (int j = k + 1; j < nm && tmp[j].group == a->group && tmp[j].kind == DY_ACT_SECTOR && tmp[j].tok0 <= e + 1; j++) e = tmp[j].tok1;
      if (e + 1 < se->tok1 && word_is(d, e, "of")) {
        char c3[4];
        int hit = -1;
        for (int j = k + 1; j < nm && hit < 0; j++)
          if (tmp[j].tok0 > e && tmp[j].tok0 <= e + 4 && state_of_mention(lx, &tmp[j], c3)) hit = j;
          else if (tmp[j].tok0 > e + 4) break;
        if (hit >= 0) {
          for (int j = k; j < hit; j++) {
            dy_mention *b = &tmp[j];
            if (j > k && (b->group != a->group || b->kind != DY_ACT_SECTOR || strlen(b->code) != 3 || dy_lex_country_name(lx, b->code))) continue;
            char code[16];
            dy_scat(code, sizeof code, c3, SIZE_MAX, b->code);
            if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] of the state after 'of': %s rule sector-of-state\n", b->name, code);
            memcpy(b->code, code, sizeof code);
          }
          continue;
        }
      }
    }
    /* rule title-anaphor: "embraced Qatar's Emir Sheikh Tamim ... in the
     * emir's first visit": a definite title is the one its sentence named
     * before with that title word, of its state and sector */
    if (the && a->tok1 == a->tok0 + 1) {
      const char *tw = dy_tok_norm(d, &d->toks[a->tok0]);
      int hit = -1;
      for (int q = k - 1; q >= 0 && hit < 0; q--) {
        if (strlen(tmp[q].code) != 6 || tmp[q].tok1 > a->tok0) continue;
        for (uint32_t x = tmp[q].tok0; x < tmp[q].tok1 && hit < 0; x++)
          if (!strcmp(dy_tok_norm(d, &d->toks[x]), tw)) hit = q;
      }
      if (hit >= 0) {
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] the %s named before: %s rule title-anaphor\n", a->name, tmp[hit].name, tmp[hit].code);
        memcpy(a->code, tmp[hit].code, sizeof a->code);
        continue;
      }
    }
    /* rule sentence-state-sector: a state the sentence itself named before
     * the sector, the only one, is nearer than the last sentences' ("Foreign
     * Secretary Jack Straw welcomed the deal. But Iranian hardliners
     * criticised the government": IRNGOV, not GBRGOV) */
    /* rule org-head-anaphor: "the assembly", "the council" right after an
     * organisation whose name ends in that word, within two sentences, is
     * that organisation ("The U.N. General Assembly voted ... Haley told
     * the assembly": IGOUNOGA, not the American legislature) */
    if (the && a->tok1 == a->tok0 + 1 && ctx->have_org && s - ctx->org_sent <= 2 && word_is(d, a->tok0, ctx->org_head)) {
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] the organisation named before: %s rule org-head-anaphor\n", a->name, ctx->org_code);
      dy_scopy(a->code, sizeof a->code, ctx->org_code);
      a->kind = DY_ACT_ORG;
      continue;
    }
    /* rule sentence-sector: a definite sector opening a clause after "and",
     * "but", "while" or a comma is of the one state whose same sector
     * the sentence named before it by a sector noun (not a title, a person
     * or a capital) ("Israeli warplanes bombed the
     * airport and the navy imposed a blockade on Lebanese ports": ISRMIL) */
    char same[4] = "";
    int many_same = 0;
    int conj_clause = the && a->tok0 >= se->tok0 + 2 &&
                      ((dy_lex_wclass(lx, d->tid[a->tok0 - 2]) & (DY_W_CONJ | DY_W_CLAUSE)) || word_is(d, a->tok0 - 2, ","));
    for (int q = 0; q < k && conj_clause && !a->title_only; q++) {
      char c3[4];
      if (tmp[q].entry >= 0 && dy_lex_entry(lx, tmp[q].entry)->kind == DY_ENT_CAPITAL) continue;
      if (strlen(tmp[q].code) != 6 || strcmp(tmp[q].code + 3, a->code) || tmp[q].tok1 > a->tok0 || tmp[q].kind != DY_ACT_SECTOR || tmp[q].title_only ||
          tmp[q].person >= 0 || (tmp[q].rule && !strcmp(tmp[q].rule, "titled-name")))
        continue;
      dy_scat(c3, sizeof c3, tmp[q].code, 3, "");
      if (!dy_lex_country_name(lx, c3)) continue;
      if (same[0] && strcmp(same, c3)) many_same = 1;
      memcpy(same, c3, 4);
    }
    if (same[0] && !many_same) {
      char code[16];
      dy_scat(code, sizeof code, same, SIZE_MAX, a->code);
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] of the sentence's same sector: %s rule sentence-sector\n", a->name, code);
      memcpy(a->code, code, sizeof code);
      continue;
    }
    char own[4] = "", cand[8][4];
    int many = 0, ncand = 0;
    /* a local body ("the National Security Council" not the code's state's,
     * rule local-org) is of the state of any actor its sentence names before
     * it ("South Korean President Yoon convened the National Security
     * Council": KORGOV) */
    int local = a->rule && !strcmp(a->rule, "local-org");
    for (int q = 0; q < k && (the || local); q++) {
      char c3[4];
      if (tmp[q].tok1 > a->tok0 || !state_of_mention(lx, &tmp[q], c3)) continue;
      int j = 0;
      while (j < ncand && strcmp(cand[j], c3)) j++;
      if (j == ncand && ncand < 8) memcpy(cand[ncand++], c3, 4);
      if (tmp[q].kind != DY_ACT_COUNTRY && !local) continue;
      if (own[0] && strcmp(own, c3)) many = 1;
      memcpy(own, c3, 4);
    }
    /* rule sentence-main-state: before a sector the sentence named states
     * of two sides by name (and perhaps more by their persons and sectors: "ASEAN's envoy
     * to Myanmar, Brunei's foreign minister, asked to meet Suu Kyi, but the
     * military rejected the request"): the sector is of the one of them the
     * article named most, when one leads */
    if (ncand >= 2 && many) {
      int best = -1, tie = 0;
      for (int j = 0; j < ncand; j++) {
        int n = 0;
        for (int q = 0; q < ctx->nseen; q++)
          if (!strcmp(ctx->seen[q].code, cand[j])) n = ctx->seen[q].n;
        if (best < 0 || n > best) { best = n; own[0] = 0; memcpy(own, cand[j], 4); tie = 0; }
        else if (n == best) tie = 1;
      }
      if (!tie && best > 0) {
        char code[16];
        dy_scat(code, sizeof code, own, SIZE_MAX, a->code);
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] of the sentence's state the article named most: %s rule sentence-main-state\n", a->name, code);
        memcpy(a->code, code, sizeof code);
        continue;
      }
    }
    if (ncand >= 2) {
      own[0] = 0;
      many = 1;
    }
    if (own[0] && !many) {
      char code[16];
      dy_scat(code, sizeof code, own, SIZE_MAX, a->code);
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] of the sentence's state: %s rule sentence-state-sector\n", a->name, code);
      memcpy(a->code, code, sizeof code);
      found = 1;
    }
    for (int q = 0; q < ctx->nsectors && !found && (the || dy_lex_armed_code(lx, a->code)); q++)
      /* (an armed sector's state is the one named last of its kind however
       * far back: "Haitian gangs ... the gangs" in a story on Kenya's
       * mission, rule armed-sector-memory) */
      if (!strcmp(ctx->sectors[q].sector, a->code) && (s - ctx->sectors[q].sent <= 3 || dy_lex_armed_code(lx, a->code))) {
        /* rule sector-not-other-side: not of a state its own sentence
         * names after it by name ("Haitian authorities welcomed the offer.
         * the government signed an agreement with Haiti" in a story on
         * Kenya: KENGOV, not HTIGOV), but of the state the article named
         * most of the others */
        const char *st = ctx->sectors[q].state;
        int other = 0;
        for (int j = k + 1; j < nm && !other; j++)
          other = tmp[j].kind == DY_ACT_COUNTRY && tmp[j].tok0 >= a->tok1 && !strcmp(tmp[j].code, st);
        if (other) {
          int best = -1;
          for (int j = 0; j < ctx->nseen; j++)
            if (strcmp(ctx->seen[j].code, st) && dy_lex_country_name(lx, ctx->seen[j].code) && (best < 0 || ctx->seen[j].n > ctx->seen[best].n)) best = j;
          if (best < 0) break;
          st = ctx->seen[best].code;
          if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] not of %s, the other side: %s rule sector-not-other-side\n", a->name, ctx->sectors[q].state, st);
        }
        char code[16];
        /* rule sector-pair-anaphor: "Rwandan and Mozambican troops
         * recaptured the port. The joint forces attacked": both */
        int two = !other && ctx->sectors[q].state2[0] && nm < 78;
        if (two) {
          memmove(&tmp[k + 2], &tmp[k + 1], (size_t)(nm - k - 1) * sizeof tmp[0]);
          nm++;
          tmp[k + 1] = *a;
          dy_scat(code, sizeof code, ctx->sectors[q].state2, 3, a->code);
          memcpy(tmp[k + 1].code, code, sizeof code);
          tmp[k + 1].kind = DY_ACT_PAIR;
          a->kind = DY_ACT_PAIR;
          if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] the pair named before: %s and %s rule sector-pair-anaphor\n", a->name, st, ctx->sectors[q].state2);
        }
        dy_scat(code, sizeof code, st, 3, a->code);
        memcpy(a->code, code, sizeof code);
        found = 1;
      }
    /* rule main-state: else an organ of a state ("the authorities", "the
     * military") in a sentence that names no state is of the state the
     * article has named most (the first named on a tie), not of the last
     * place it named ("... had returned from Kabul. The authorities said"
     * in an article on Pakistan: PAKGOV); a sentence that names a state
     * gives its own (the coder's rule sector-state) */
    if (found || (!dy_lex_generic_code(lx, a->code) && !dy_lex_armed_code(lx, a->code))) continue;
    /* rule sector-in-town: "Prosecutors in Milan", "police in Lyon": a
     * sector "in" a town the gazetteer knows, the most populous of its
     * name a city of 100,000 or more, is of that town's state, not of the
     * article's */
    if (a->tok1 + 1 < se->tok1 && word_is(d, a->tok1, "in") && cap_word(d, a->tok1 + 1) && dy_lex_gazetteer(lx)) {
      uint32_t e = a->tok1 + 2;
      if (e < se->tok1 && cap_word(d, e)) e++;
      char best3[4] = "";
      if (town_state(lx, d, a->tok1 + 1, e, best3)) {
        char code[16];
        dy_scat(code, sizeof code, best3, SIZE_MAX, a->code);
        if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] in a town of %s: %s rule sector-in-town\n", a->name, best3, code);
        memcpy(a->code, code, sizeof code);
        a->located = 1;
        continue;
      }
    }
    if (!ctx->nseen) continue;
    int named = 0, best = 0;
    /* (a pronoun names no state: "Police tried to arrest him") */
    for (int q = 0; q < nm && !named; q++)
      named = tmp[q].kind != DY_ACT_PRONOUN && strlen(tmp[q].code) >= 3 && dy_lex_country_name(lx, tmp[q].code) != NULL;
    if (named) continue;
    for (int q = 1; q < ctx->nseen; q++)
      if (ctx->seen[q].n > ctx->seen[best].n) best = q;
    /* the dateline's state, when the text names it too, before the most named */
    for (int q = 0; q < ctx->nseen && ctx->home[0]; q++)
      if (!strcmp(ctx->seen[q].code, ctx->home)) best = q;
    char code[16];
    dy_scat(code, sizeof code, ctx->seen[best].code, 3, a->code);
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] of the article's state: %s rule main-state\n", a->name, code);
    memcpy(a->code, code, sizeof code);
  }
  /* rule conjunct-state: a sector of no state and none of a state's organs
   * (not of word class state-sectors) joined by "and" or "or" to
   * a sector the story gave its state ("called on the authorities and
   * protesters to show restraint" in a story on Kazakhstan: KAZGOV and
   * KAZCVL) is of that state too; not to one its words name ("Israeli
   * troops and protesters") */
  for (int k = 0; k < nm; k++) {
    dy_mention *a = &tmp[k];
    int was = 0;
    for (int j = 0; j < nbare && !was; j++) was = bare_tok[j] == a->tok0;
    if (!was || a->kind != DY_ACT_SECTOR || strlen(a->code) != 6) continue;
    for (int j = k + 1; j < nm && tmp[j].group == a->group; j++) {
      dy_mention *b = &tmp[j];
      if (b->kind != DY_ACT_SECTOR || strlen(b->code) != 3 || dy_lex_country_name(lx, b->code) || dy_lex_armed_code(lx, b->code) ||
          dy_lex_generic_code(lx, b->code))
        continue;
      int conj = 0;
      for (uint32_t q = a->tok1; q < b->tok0; q++) conj |= (dy_lex_wclass(lx, d->tid[q]) & DY_W_CONJ) != 0;
      if (!conj) continue;
      char code[16];
      dy_scat(code, sizeof code, a->code, 3, b->code);
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] joined to [%s]: %s rule conjunct-state\n", b->name, a->name, code);
      memcpy(b->code, code, sizeof code);
    }
  }
  /* rule adjective-conjunct: a state's adjective before two sector nouns
   * joined by "and" or "or" is of both when the second is an organ of a
   * state (word class state-sectors) with no word of its own before it:
   * "Spanish soldiers and police" are ESPMIL and ESPCOP; "Israeli troops
   * and protesters" stay apart (protesters are no organ) */
  for (int k = 0; k + 1 < nm; k++) {
    dy_mention *a = &tmp[k], *b = &tmp[k + 1];
    if (a->kind != DY_ACT_SECTOR || strlen(a->code) != 6 || b->kind != DY_ACT_SECTOR || !dy_lex_generic_code(lx, b->code) ||
        b->tok0 != a->tok1 + 1 || !(dy_lex_wclass(lx, d->tid[a->tok1]) & DY_W_CONJ) || a->tok1 - a->tok0 < 2)
      continue;
    int was = 0; /* its state from its own words, not from the story */
    for (int j = 0; j < nbare && !was; j++) was = bare_tok[j] == a->tok0;
    if (was || !dy_lex_country_name(lx, a->code)) continue;
    char code[16];
    dy_scat(code, sizeof code, a->code, 3, b->code);
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  [%s] joined to [%s]: %s rule adjective-conjunct\n", b->name, a->name, code);
    memcpy(b->code, code, sizeof code);
  }
  /* "Pezeshkian met Sharif in Islamabad. The leaders signed deals": "the
   * leaders" after a sentence that named two persons of two states are
   * those two, acting together */
  for (int k = 0; k < nm && s > 0 && ctx->leaders_next == s && nm < 78; k++) {
    dy_mention *a = &tmp[k];
    if (a->kind != DY_ACT_SECTOR || strcmp(a->code + (strlen(a->code) == 6 ? 3 : 0), "GOV") || a->tok1 != a->tok0 + 1 || !word_is(d, a->tok0, "leaders") ||
        a->tok0 == se->tok0 || !word_is(d, a->tok0 - 1, "the"))
      continue;
    memmove(&tmp[k + 2], &tmp[k + 1], (size_t)(nm - k - 1) * sizeof tmp[0]);
    nm++;
    for (int q = 0; q < 2; q++) {
      dy_mention *m = &tmp[k + q];
      *m = *a;
      m->kind = DY_ACT_PAIR;
      dy_scopy(m->code, sizeof m->code, ctx->leaders[q]);
    }
    break;
  }
  /* its-sector: "For a period of 20 years, its governments facilitated US
   * military operations": a sector with no state right after "its" that is
   * the first actor of its sentence (its subject as a rule) is the sector
   * of the state one of the two sentences before opened with ("Pakistan is
   * skilled in ..."); after the sentence's own actors ("Pakistan recalled
   * its ambassador from Iran") the coder reads it as the source's own */
  if (nm > 0 && tmp[0].kind == DY_ACT_SECTOR && strlen(tmp[0].code) == 3 && !dy_lex_country_name(lx, tmp[0].code) &&
      tmp[0].tok0 > se->tok0 && word_is(d, tmp[0].tok0 - 1, "its") && ctx->topic[0] && s >= ctx->topic_sent && s - ctx->topic_sent <= 2) {
    char code[16];
    dy_scat(code, sizeof code, ctx->topic, 3, tmp[0].code);
    memcpy(tmp[0].code, code, sizeof code);
    tmp[0].located = 1;
  }
  /* rule its-sector-clause: "Pakistan condemned the U.S. attack ..., a day
   * after its government said": a sector with no state right after "its",
   * in a clause after a comma that names no state before it, is the sector
   * of the state the sentence opens with as its first actor */
  if (nm > 1 && tmp[0].kind != DY_ACT_PERSON && strlen(tmp[0].code) == 3 && dy_lex_country_name(lx, tmp[0].code) && tmp[0].tok0 == se->body0)
    for (int k = 1; k < nm; k++) {
      dy_mention *x = &tmp[k];
      if (x->kind != DY_ACT_SECTOR || strlen(x->code) != 3 || dy_lex_country_name(lx, x->code) || x->tok0 <= se->tok0 || !word_is(d, x->tok0 - 1, "its"))
        continue;
      uint32_t comma = 0;
      for (uint32_t q = x->tok0; q-- > tmp[0].tok1 && !comma;)
        if (word_is(d, q, ",")) comma = q;
      int state_between = 0;
      for (int q = 1; q < k && comma; q++) state_between |= tmp[q].tok0 > comma && strlen(tmp[q].code) >= 3 && dy_lex_country_name(lx, (char[4]){tmp[q].code[0], tmp[q].code[1], tmp[q].code[2], 0});
      if (!comma || state_between) continue;
      char code[16];
      dy_scat(code, sizeof code, tmp[0].code, 3, x->code);
      memcpy(x->code, code, sizeof code);
      x->located = 1;
      x->rule = "its-sector-clause";
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  rule its-sector-clause: %s\n", x->code);
    }
  /* the state this sentence opens with, at its first word after a dateline
   * or a fronted phrase: the topic of "its" in the next two */
  if (nm > 0 && tmp[0].kind != DY_ACT_PERSON && strlen(tmp[0].code) >= 3 && dy_lex_country_name(lx, tmp[0].code) &&
      (tmp[0].tok0 == se->body0 || (fronted < se->tok1 && tmp[0].tok0 == fronted + 1))) {
    dy_scat(ctx->topic, sizeof ctx->topic, tmp[0].code, 3, "");
    ctx->topic_sent = s;
  }
  /* the antecedent of "it" in the next sentence (rule it-subject) */
  ctx->it_next = 0;
  if (nm > 0 && tmp[0].kind != DY_ACT_PERSON && tmp[0].kind != DY_ACT_PAIR && strlen(tmp[0].code) >= 3 &&
      (tmp[0].tok0 == se->body0 || (fronted < se->tok1 && tmp[0].tok0 == fronted + 1) ||
       (tmp[0].tok0 > se->body0 && tmp[0].tok0 - 1 == se->body0 && (dy_lex_wclass(lx, d->tid[se->body0]) & DY_W_DET)))) {
    dy_scopy(ctx->it_code, sizeof ctx->it_code, tmp[0].code);
    dy_scopy(ctx->it_name, sizeof ctx->it_name, tmp[0].name);
    ctx->it_next = s + 1;
  }
  /* this sentence's persons: two of two states are the next one's "leaders" */
  int np = 0, two = 1;
  for (int k = 0; k < nm && two; k++) {
    if (tmp[k].kind != DY_ACT_PERSON || tmp[k].person < 0 || strlen(tmp[k].code) < 3) continue;
    if (np == 1 && !strncmp(tmp[k].code, ctx->leaders[0], 3)) continue;
    if (np == 2) two = 0;
    else dy_scopy(ctx->leaders[np++], sizeof ctx->leaders[0], tmp[k].code);
  }
  ctx->leaders_next = np == 2 && two ? s + 1 : 0;
  /* rule leader-anaphor: "The Pakistani leader echoed the sentiment": a
   * state's government named by a noun of word class leader-noun ("the
   * Pakistani leader", "Iran's premier") is the person of that government
   * the article named last, in the five sentences before */
  for (int k = 0; k < nm; k++) {
    dy_mention *x = &tmp[k];
    if (x->kind == DY_ACT_PERSON || x->kind == DY_ACT_PRONOUN || x->person >= 0 || x->former || x->tok1 <= x->tok0) continue;
    size_t cl = strlen(x->code);
    if (cl != 6 || strcmp(x->code + 3, "GOV") || !(dy_lex_wclass(lx, d->tid[x->tok1 - 1]) & DY_W_LEADER)) continue;
    for (uint32_t q = d->nments; q-- > 0;) {
      const dy_mention *y = &d->ments[q];
      if (y->sent + 5 < s) break;
      if (y->kind != DY_ACT_PERSON || y->person < 0 || strcmp(y->code, x->code)) continue;
      x->person = y->person;
      dy_scopy(x->name, sizeof x->name, y->name);
      x->rule = "leader-anaphor";
      if (getenv("DYAD_TRACE")) fprintf(stderr, "  rule leader-anaphor: %s\n", y->name);
      break;
    }
  }
  for (int k = 0; k < nm; k++) {
    dy_mention *m = dy_doc_push_ment(d);
    if (!m) break;
    *m = tmp[k];
    remember(lx, d, ctx, m, s);
    remember_name(lx, d, ctx, m);
  }
  /* the pairs of states this sentence names together (rule pair-conamed) */
  char states[8][4];
  int nstates = 0;
  for (int k = 0; k < nm && nstates < 8; k++) {
    char c3[4];
    if (!state_of_mention(lx, &tmp[k], c3)) continue;
    int q = 0;
    while (q < nstates && strcmp(states[q], c3)) q++;
    if (q == nstates) memcpy(states[nstates++], c3, 4);
  }
  for (int k = 0; k < nstates; k++)
    for (int j = k + 1; j < nstates; j++) {
      int c = conamed_ix(ctx, states[k], states[j]);
      if (c >= 0) ctx->conamed_n[c]++;
      else if (ctx->nconamed < 32) {
        ctx->conamed_n[ctx->nconamed] = 1;
        pair_key(states[k], states[j], ctx->conamed[ctx->nconamed++]);
      }
    }
  /* rule pronoun-subject-antecedent: the "he" of the next sentences is
   * the person this one is about, its first person (or "he") after a
   * fronted phrase, as a rule the subject ("In a letter to Lula, Trump
   * called the prosecution of Bolsonaro a witch hunt. He also
   * criticised ...": Trump, not Bolsonaro), not the last one named; not
   * one inside a quote */
  uint32_t st = se->body0;
  if (st < se->tok1 && (dy_lex_wclass(lx, d->tid[st]) & DY_W_CONJ)) st++;
  if (st < se->tok1 && (dy_lex_wclass(lx, d->tid[st]) & DY_W_PREP)) {
    while (st < se->tok1 && !word_is(d, st, ",")) st++;
    st++;
  }
  int subj = -1, quote = 0;
  uint32_t qt = se->tok0;
  for (int k = 0; k < nm && subj < 0; k++) {
    for (; qt < tmp[k].tok0; qt++) if (word_is(d, qt, "\"")) quote ^= 1;
    if (quote || tmp[k].tok0 < st) continue;
    if (tmp[k].tok0 >= st + 3) break;
    if (strlen(tmp[k].code) < 3) continue;
    if (!named_person(lx, &tmp[k]) && !(tmp[k].kind == DY_ACT_PRONOUN && tmp[k].person >= 0)) continue;
    subj = k;
  }
  if (subj >= 0 && (tmp[subj].person != ctx->person || strcmp(tmp[subj].code, ctx->person_code))) {
    if (getenv("DYAD_TRACE")) fprintf(stderr, "  antecedent of he/she: %s rule pronoun-subject-antecedent\n", tmp[subj].name);
    ctx->have_person = 1;
    ctx->person = tmp[subj].person;
    ctx->person_sent = s;
    dy_scopy(ctx->person_code, sizeof ctx->person_code, tmp[subj].code);
    dy_scopy(ctx->person_name, sizeof ctx->person_name, tmp[subj].name);
  }
  return first;
}

/* test_lexicon.c: the dictionaries: tokens, actor matching and case rules, people and titles in time, CAMEO, verbs, bad lines. */
#include <stdlib.h>
#include <unistd.h>

#include "annotate.h"
#include "extract/actors.h"
#include "extract/docdate.h"
#include "lexicon/gazetteer.h"
#include "lexicon/lexicon.h"
#include "text/text.h"
#include "testlib.h"

static dy_lexicon *LX;

static dy_date D(int y, int m, int d) { dy_date r = {(int16_t)y, (int8_t)m, (int8_t)d, DY_PREC_DAY}; return r; }

/* A document over text, dated, annotated with lx. */
static dy_doc *annotated(const dy_lexicon *lx, const char *text, dy_date date)
{
  dy_doc *d = dy_doc_new();
  dy_doc_set_text(d, strdup(text), strlen(text));
  d->published = date;
  CHECK_INT(dy_annotate(lx, d, NULL), 0);
  return d;
}

/* The mentions of text as "words=CODE" joined by " ; " (pronouns and pairs left out). */
static const char *ments_lx(const dy_lexicon *lx, const char *text, dy_date date)
{
  static char res[1024];
  dy_doc *d = annotated(lx, text, date);
  size_t o = 0;
  res[0] = 0;
  for (uint32_t i = 0; i < d->nments; i++) {
    const dy_mention *m = &d->ments[i];
    if (m->kind == DY_ACT_PRONOUN || m->kind == DY_ACT_PAIR) continue;
    uint32_t s = d->toks[m->tok0].start, e = d->toks[m->tok1 - 1].end;
    int w = snprintf(res + o, sizeof res - o, "%s%.*s=%s", o ? " ; " : "", (int)(e - s), d->text + s, m->code);
    if (w < 0 || (size_t)w >= sizeof res - o) break;
    o += (size_t)w;
  }
  dy_doc_free(d);
  return res;
}
static const char *ments(const char *text) { return ments_lx(LX, text, D(2025, 8, 6)); }

static int32_t tokid(const char *w) { return dy_lex_tokid(LX, w, strlen(w)); }

/* The person a phrase names (its longest match), or -1. */
static int32_t person(const char *name)
{
  dy_doc *d = dy_doc_new();
  dy_doc_set_text(d, strdup(name), strlen(name));
  dy_text_segment(d);
  dy_lexicon_scan(LX, d);
  uint32_t len = 0;
  int32_t e = dy_lex_match(LX, d, 0, d->ntoks, &len);
  int32_t p = -1;
  if (e >= 0 && len == d->ntoks && dy_lex_entry(LX, e)->kind == DY_ENT_PERSON) p = dy_lex_entry(LX, e)->person;
  dy_doc_free(d);
  return p;
}

static int32_t title(const char *key)
{
  for (int32_t t = 0; *dy_lex_title_name(LX, t); t++)
    if (strcmp(dy_lex_title_name(LX, t), key) == 0) return t;
  return -1;
}

static const char *pcode(int32_t p, dy_date date, int *active, int32_t *tt)
{
  static char code[16];
  *active = dy_lex_person_code(LX, p, date, code, tt);
  return code;
}

static void test_tokens(void)
{
  CHECK(tokid("iran") >= 0);
  CHECK(tokid("pakistan") >= 0);
  CHECK(tokid("condemn") >= 0);
  CHECK(tokid("'s") >= 0);
  CHECK_INT(tokid("Iran"), -1); /* ids are of lower-cased forms */
  CHECK_INT(tokid("xyzzyplugh"), -1);
  CHECK_INT(dy_lex_tokid(LX, "iranian", 4), tokid("iran")); /* the length counts, not the NUL */
  CHECK(dy_lex_wclass(LX, tokid("not")) & DY_W_NEG);
  CHECK(dy_lex_wclass(LX, tokid("said")) & DY_W_SAY);
  CHECK(dy_lex_wclass(LX, tokid("will")) & DY_W_FUTURE);
  CHECK_INT(dy_lex_wclass(LX, -1), 0);
  CHECK_STR(dy_lex_country_name(LX, "PAK"), "Pakistan");
  CHECK(dy_lex_country_name(LX, "QQQ") == NULL);
  CHECK(dy_lex_country_name(LX, "pak") == NULL);
  /* many at once: the ids dy_lex_tokid gives, across batches of 16 */
  static const char *ws[] = {"iran", "xyzzyplugh", "pakistan", "'s", "Iran", "said", "", "condemn", "not", "will", "iranian"};
  enum { NW = 11, NB = 53 };
  const char *s[NB];
  size_t len[NB];
  int32_t got[NB], bad = 0;
  for (int i = 0; i < NB; i++) s[i] = ws[(i * 7) % NW], len[i] = strlen(s[i]) - (i % 13 == 0 && s[i][0] ? 1 : 0);
  dy_lex_tokids(LX, s, len, NB, got);
  for (int i = 0; i < NB; i++) bad += got[i] != dy_lex_tokid(LX, s[i], len[i]);
  CHECK_INT(bad, 0);
  CHECK_INT(got[0], tokid("ira")); /* "iran" cut to three bytes */
  CHECK(got[1] >= 0 && got[1] == tokid("condemn"));
  CHECK(got[49] >= 0 && got[49] == tokid("pakistan")); /* in the last batch */
  CHECK_INT(got[10], -1); /* "Iran": ids are of lower-cased forms */
  CHECK_INT(got[52], -1); /* "xyzzyplug" */
  dy_lex_stats st;
  dy_lex_get_stats(LX, &st);
  CHECK(st.countries > 240);
  CHECK(st.people > 50 && st.roles >= st.people);
  CHECK(st.patterns > 100 && st.cameo > 200);
}

static void test_matching(void)
{
  CHECK_STR(ments("Mali protested."), "Mali=MLI");
  CHECK_STR(ments("Tariq Malik protested."), "");                   /* whole tokens only */
  CHECK(strncmp(ments("Asim Malik met officials."), "Asim Malik=PAK", 14) == 0); /* a person, not Mali */
  CHECK(strstr(ments("Asim Malik met officials."), "MLI") == NULL);
  CHECK_STR(ments("The US warned Iran."), "US=USA ; Iran=IRN");
  CHECK_STR(ments("It let us warn Iran."), "Iran=IRN");             /* "us" is not the US */
  /* "LeT" (Lashkar-e-Taiba) is written in mixed case: the ordinary word
   * "Let" opening a sentence is not the armed group */
  CHECK_STR(ments("Let them talk, Iran said."), "Iran=IRN");
  CHECK_STR(ments("The U.S. warned Iran."), "U.S.=USA ; Iran=IRN");
  CHECK_STR(ments("Chad accused Sudan."), "Chad=TCD ; Sudan=SDN");
  CHECK_STR(ments("A hanging chad was found in Sudan."), "Sudan=SDN");
  CHECK_STR(ments("South Africa criticised Israel."), "South Africa=ZAF ; Israel=ISR");
  CHECK_STR(ments("IRAN AND PAKISTAN"), "IRAN=IRN ; PAKISTAN=PAK"); /* a capitalised rule is met by capitals */
  CHECK_STR(ments("iran and pakistan"), "");                      /* but not by lower case */
  CHECK_STR(ments("Pakistani security forces killed militants."), "Pakistani security forces=PAKMIL ; militants=REB");
  CHECK_STR(ments("Tehran rejected the offer."), "Tehran=IRNGOV");
  CHECK_STR(ments("Jaish al-Adl claimed the attack."), "Jaish al-Adl=IRNREBJAA");
  CHECK_STR(ments("Jaish al-Adl's statement came late."), "Jaish al-Adl=IRNREBJAA");

  /* "Iran's foreign minister": one mention, resolved to the post holder on the date */
  dy_doc *d = annotated(LX, "Iran's foreign minister visited Islamabad.", D(2025, 8, 6));
  int found = 0;
  for (uint32_t i = 0; i < d->nments; i++) {
    const dy_mention *m = &d->ments[i];
    if (m->tok0 != 0) continue;
    found++;
    CHECK_STR(m->code, "IRNGOV");
    CHECK_INT(m->kind, DY_ACT_PERSON);
    CHECK_INT(m->tok1, 4); /* Iran 's foreign minister */
    CHECK_STR(dy_lex_person_name(LX, m->person), "Abbas Araghchi");
  }
  CHECK_INT(found, 1);
  dy_doc_free(d);

  /* a year earlier the post had another holder: not Araghchi */
  d = annotated(LX, "Iran's foreign minister visited Islamabad.", D(2023, 8, 6));
  for (uint32_t i = 0; i < d->nments; i++)
    if (d->ments[i].tok0 == 0) CHECK(strcmp(dy_lex_person_name(LX, d->ments[i].person), "Abbas Araghchi") != 0);
  dy_doc_free(d);

  /* the same person on two dates through the pipeline */
  CHECK_STR(ments_lx(LX, "Imran Khan spoke.", D(2020, 6, 1)), "Imran Khan=PAKGOV");
  CHECK_STR(ments_lx(LX, "Imran Khan spoke.", D(2025, 6, 1)), "Imran Khan=PAKOPP");
  CHECK_STR(ments_lx(LX, "Former President Joe Biden spoke.", D(2023, 6, 1)), "President Joe Biden=USAELI");
}

/* Phrases that name an actor beyond the dictionaries' phrases: the rules
 * modifier-inside, titled-name and org-name of extract/actors.c */
static void test_composed_actors(void)
{
  /* modifier-inside: a nationality or a state's possessive, words of no class, a sector */
  CHECK_STR(ments("French maritime authorities released the ship."), "French maritime authorities=FRAGOV");
  CHECK_STR(ments("Austria's immigration authorities deported them."), "Austria's immigration authorities=AUTGOV");
  CHECK_STR(ments("Bahrain's High Criminal Court convicted him."), "Bahrain's High Criminal Court=BHRJUD");
  /* not over a verb or a capitalised word with no possessive before it */
  CHECK_STR(ments("Iranian strikes killed soldiers."), "Iranian=IRN ; soldiers=MIL");
  CHECK_STR(ments("Israeli Prime Minister met officials."), "Israeli Prime Minister=ISRGOV ; officials=GOV");
  /* titled-name: a title or a person noun, then an unknown name with an initial inside */
  CHECK_STR(ments("Lt. Gen. Pierre Valcourt resigned."), "Lt. Gen. Pierre Valcourt=MIL");
  CHECK_STR(ments("Planning Minister Tran Xuan Gia spoke."), "Minister Tran Xuan Gia=GOV");
  CHECK_STR(ments("the minister Tran spoke."), "minister=GOV"); /* a lower-case noun takes no name */
  CHECK_STR(ments_lx(LX, "President Vladimir V. Putin spoke.", D(2013, 6, 1)), "President Vladimir V. Putin=RUSGOV");
  CHECK_STR(ments("Attorney General William Barr spoke."), "Attorney General William Barr=JUD");
  CHECK_STR(ments("Chinese regulators fined them."), "Chinese regulators=CHNGOV");
  CHECK_STR(ments("The Office of Inspector General fined them."), "Office of Inspector General=GOV");
  /* the holder's surname ends the name: the person, and no second mention of him */
  dy_doc *d = annotated(LX, "President Omar El Bashir shortened the curfew.", D(1990, 6, 1));
  CHECK_INT(d->nments, 1);
  CHECK_INT(d->ments[0].kind, DY_ACT_PERSON);
  CHECK_STR(d->ments[0].code, "SDNGOV");
  CHECK_INT(d->ments[0].tok1, 4);
  CHECK_STR(d->ments[0].rule, "titled-name");
  dy_doc_free(d);
  /* org-name: a capitalised head noun with its name */
  CHECK_STR(ments("The Ceasefire Violations Committee completed its work."), "Ceasefire Violations Committee=GOV");
  CHECK_STR(ments("Members of the Association of African Jurists came."), "Association of African Jurists=NGO");
  /* (workers of the union: the union, rule of "officials of the United Nations") */
  CHECK_STR(ments("Workers of the Serbian Workers' Union struck."), "Workers=SRBLAB ; Serbian Workers' Union=SRBLAB");
  CHECK_STR(ments("Mine Safety and Health Administration sent a team."), "Mine Safety and Health Administration=GOV");
  CHECK_STR(ments("They went to Baghdad University Medical School."), "Baghdad University Medical School=IRQEDU");
  /* a head that only capitalised text matches names no actor alone */
  CHECK_STR(ments("The Council said it would meet Iran."), "Iran=IRN");
  CHECK_STR(ments("the committee met Iran."), "Iran=IRN");
  d = annotated(LX, "The Ceasefire Violations Committee met.", D(2025, 8, 6));
  CHECK_INT(d->nments, 1);
  CHECK_INT(d->ments[0].kind, DY_ACT_ORG);
  CHECK_STR(d->ments[0].rule, "org-name");
  dy_doc_free(d);
  /* ethnic-group: a nationality and another's demonym, or an ethnic noun
   * after a nationality; with no state an ethnic noun names no actor */
  CHECK_STR(ments("Bosnian Serbs demanded a truce."), "Bosnian Serbs=BIHETH");
  CHECK_STR(ments("Iraqi Kurds marched."), "Iraqi Kurds=IRQETH");
  CHECK_STR(ments("Kurds marched to Iraq."), "Iraq=IRQ");
  CHECK_STR(ments("Ethnic Albanians marched with ethnic Serb militants."), "Albanians=CVL ; Serb militants=REB");
  CHECK_STR(ments("Serbs and Croats met."), "Serbs=SRB ; Croats=HRV"); /* (demonyms alone stay their states) */
  d = annotated(LX, "Bosnian Serbs met.", D(2025, 8, 6));
  CHECK_INT(d->nments, 1);
  CHECK_STR(d->ments[0].rule, "ethnic-group");
  dy_doc_free(d);
  /* religious communities are REL; a lone religious adjective before a noun is none */
  CHECK_STR(ments("Sunnis demanded it from Shiite religious parties."), "Sunnis=REL ; Shiite religious parties=REL");
  CHECK_STR(ments("They seized Muslim property in Iran."), "Iran=IRN");
  /* medium: media after "on" are a channel */
  CHECK_STR(ments("Iran said on social media that it met officials."), "Iran=IRN ; officials=GOV");
  CHECK_STR(ments("The media criticised Iran."), "media=MED ; Iran=IRN");
  /* led-by: the state leads the sector after it, else stays the actor */
  CHECK_STR(ments("Iran condemned US-led forces."), "Iran=IRN ; US-led forces=USAMIL");
  CHECK_STR(ments("Iran condemned the US-led war."), "Iran=IRN ; US=USA");
  CHECK_STR(ments("Pakistan-based groups attacked India."), "Pakistan-based groups=PAK ; India=IND");
  CHECK_STR(ments("Pakistan-based militants attacked India."), "Pakistan-based militants=PAKREB ; India=IND");
  /* a lower-case person noun after its capitalised portfolio takes a name, not after "the" */
  CHECK_STR(ments("Oil minister Oun ordered it."), "minister Oun=GOV");
  CHECK_STR(ments("The European commission met."), "European commission=IGOEU");
  /* the-country: the state named before */
  CHECK_STR(ments("Pakistan said the country's top military leadership met."), "Pakistan=PAK ; military leadership=PAKMIL");
  CHECK_STR(ments("He said the country's military leadership met."), "military leadership=MIL");
  CHECK_STR(ments("The Iranian president met the country's military leadership."), "Iranian president=IRNGOV ; military leadership=MIL");
  {
    dy_doc *d2 = annotated(LX, "Pezeshkian arrived in Pakistan. The Iranian president met the country's military leadership.", D(2025, 8, 6));
    CHECK_INT(d2->nments, 4); /* Pezeshkian, Pakistan; the president, the leadership */
    CHECK_STR(d2->ments[3].code, "PAKMIL");
    dy_doc_free(d2);
  }
  /* member-of: people of or from an organisation over a number or a name */
  CHECK_STR(ments("Doctors from two American aid groups came."), "Doctors=USANGO ; American aid groups=USANGO");
  CHECK_STR(ments("Leaders of the Azadliq (Freedom) opposition coalition met."), "Leaders=OPP ; opposition coalition=OPP");
  CHECK_STR(ments("Refugees from Syria came."), "Refugees=REF ; Syria=SYR");
  /* pair-hyphen: before a noun of relations both states stay, one side */
  CHECK_STR(ments("India-Pakistan talks stalled."), "India=IND ; Pakistan=PAK");
  CHECK_STR(ments("India-Pakistan relations worsened."), "");
  CHECK_STR(ments("The Iran-Pakistan border closed."), "");
  d = annotated(LX, "India-Pakistan talks began.", D(2025, 8, 6));
  CHECK_INT(d->nments, 2);
  CHECK_INT(d->ments[0].group, d->ments[1].group);
  CHECK_STR(d->ments[1].rule, "pair-hyphen");
  dy_doc_free(d);
  /* a capitalised word of a verb pattern inside a capitalised name */
  CHECK_STR(ments("German State Prosecutors charged them."), "German State Prosecutors=DEUJUD");
}

static void test_people(void)
{
  int active;
  int32_t tt;
  int32_t imran = person("Imran Khan"), biden = person("Joe Biden"), biden2 = person("Biden");
  CHECK(imran >= 0);
  CHECK(biden >= 0);
  CHECK_INT(biden2, biden); /* another name of the same person */
  CHECK_STR(dy_lex_person_name(LX, imran), "Imran Khan");
  CHECK_STR(dy_lex_person_name(LX, -1), "");

  CHECK_STR(pcode(imran, D(2020, 6, 1), &active, &tt), "PAKGOV");
  CHECK_INT(active, 1);
  CHECK_STR(dy_lex_title_name(LX, tt), "prime minister");
  CHECK_STR(pcode(imran, D(2025, 6, 1), &active, &tt), "PAKOPP");
  CHECK_INT(active, 1);
  CHECK_INT(tt, -1);
  CHECK_STR(pcode(imran, D(2010, 1, 1), &active, &tt), "PAK"); /* before any post */
  CHECK_INT(active, 0);

  CHECK_STR(pcode(biden, D(2025, 6, 1), &active, &tt), "USAELI"); /* former */
  CHECK_INT(active, 0);
  CHECK_STR(pcode(biden, D(2022, 6, 1), &active, &tt), "USAGOV");
  CHECK_STR(dy_lex_title_name(LX, tt), "president");
  CHECK_STR(pcode(biden, D(2012, 6, 1), &active, &tt), "USAGOV");
  CHECK_STR(dy_lex_title_name(LX, tt), "vice president");
  /* 'until' is the first day out of office, but a named person with no
   * other post that day still holds the one ending on it (he resigns or
   * hands over that day) */
  CHECK_STR(pcode(biden, D(2025, 1, 20), &active, &tt), "USAGOV");
  CHECK_STR(pcode(biden, D(2025, 1, 21), &active, &tt), "USAELI");
  CHECK_STR(pcode(biden, D(2025, 1, 19), &active, &tt), "USAGOV");

  int32_t pres = title("president"), pm = title("prime minister"), fm = title("foreign minister");
  CHECK(pres >= 0 && pm >= 0 && fm >= 0);
  CHECK_STR(dy_lex_title_sector(LX, pres), "GOV");
  CHECK_STR(dy_lex_title_sector(LX, title("army chief")), "MIL");
  CHECK_STR(dy_lex_title_name(LX, 1 << 20), "");

  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_holder(LX, pres, "IRN", D(2023, 1, 1))), "Ebrahim Raisi");
  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_holder(LX, pres, "IRN", D(2025, 8, 3))), "Masoud Pezeshkian");
  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_holder(LX, fm, "IRN", D(2025, 8, 6))), "Abbas Araghchi");
  CHECK_INT(dy_lex_title_holder(LX, pres, "IRN", (dy_date){0, 0, 0, DY_PREC_NONE}), -1);
  CHECK_INT(dy_lex_title_holder(LX, pres, "QQQ", D(2025, 8, 3)), -1);
  CHECK_INT(dy_lex_title_holder(LX, -1, "IRN", D(2025, 8, 3)), -1);

  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_surname(LX, pm, "Sharif", 6, D(2025, 7, 1))), "Shehbaz Sharif");
  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_surname(LX, pm, "Sharif", 6, D(2015, 7, 1))), "Nawaz Sharif");
  CHECK_INT(dy_lex_title_surname(LX, pm, "Sharif", 6, D(2023, 12, 1)), -1); /* neither held it then */
  CHECK_INT(dy_lex_title_surname(LX, pm, "Sharifxyz", 6, D(2025, 7, 1)) >= 0, 1); /* n bytes, not the NUL */
  CHECK_INT(dy_lex_title_surname(LX, pm, "harif", 5, D(2025, 7, 1)), -1);   /* a whole word */
  CHECK_INT(dy_lex_title_surname(LX, pres, "Sharif", 6, D(2025, 7, 1)), -1); /* wrong title */
}

/* The entry a phrase matches (its longest match), or -1. */
static int32_t entry(const char *name)
{
  dy_doc *d = dy_doc_new();
  dy_doc_set_text(d, strdup(name), strlen(name));
  dy_text_segment(d);
  dy_lexicon_scan(LX, d);
  uint32_t len = 0;
  int32_t e = dy_lex_match(LX, d, 0, d->ntoks, &len);
  if (len != d->ntoks) e = -1;
  dy_doc_free(d);
  return e;
}

/* A name several people share names the one in a post on the date. */
static const char *named(const char *name, dy_date date)
{
  int32_t e = entry(name);
  return e >= 0 ? dy_lex_person_name(LX, dy_lex_person_at(LX, e, date)) : "";
}

static void test_people_in_time(void)
{
  CHECK_STR(named("Assad", D(1985, 6, 1)), "Hafez al-Assad");
  CHECK_STR(named("Assad", D(2015, 6, 1)), "Bashar al-Assad");
  CHECK_STR(named("Assad", D(2000, 6, 20)), "Hafez al-Assad"); /* neither in post: the one who left last */
  CHECK_STR(named("Bush", D(1990, 6, 1)), "George H. W. Bush");
  CHECK_STR(named("Bush", D(1985, 6, 1)), "George H. W. Bush"); /* vice president */
  CHECK_STR(named("Bush", D(2005, 6, 1)), "George W. Bush");
  CHECK_STR(named("Gandhi", D(1982, 6, 1)), "Indira Gandhi");
  CHECK_STR(named("Gandhi", D(1987, 6, 1)), "Rajiv Gandhi");
  CHECK_STR(named("Zia", D(1985, 6, 1)), "Muhammad Zia-ul-Haq");
  CHECK_STR(named("Zia", D(1992, 6, 1)), "Khaleda Zia");
  CHECK_STR(named("Hariri", D(1995, 6, 1)), "Rafik Hariri");
  CHECK_STR(named("Hariri", D(2017, 6, 1)), "Saad Hariri");
  CHECK_STR(named("Castro", D(1990, 6, 1)), "Fidel Castro"); /* both in post: the head of state */
  CHECK_STR(named("Castro", D(2012, 6, 1)), "Raúl Castro");
  CHECK_STR(named("Yeltsin", D(1995, 6, 1)), "Boris Yeltsin"); /* a name only one person has */
  CHECK_INT(dy_lex_person_at(LX, entry("Pakistan"), D(1995, 6, 1)), -1); /* not a person */

  int active;
  int32_t tt;
  int32_t arafat = person("Arafat"), mubarak = person("Hosni Mubarak"), yeltsin = person("Yeltsin");
  CHECK(arafat >= 0 && mubarak >= 0 && yeltsin >= 0);
  CHECK_STR(pcode(arafat, D(1988, 6, 1), &active, &tt), "PSEGOV"); /* PLO chairman */
  CHECK_STR(pcode(arafat, D(1997, 6, 1), &active, &tt), "PSEGOV");
  CHECK_STR(dy_lex_title_name(LX, tt), "president");
  CHECK_STR(pcode(arafat, D(2006, 6, 1), &active, &tt), "PSEELI");
  CHECK_STR(pcode(mubarak, D(1995, 6, 1), &active, &tt), "EGYGOV");
  CHECK_STR(pcode(mubarak, D(2012, 6, 1), &active, &tt), "EGYELI");
  CHECK_STR(pcode(yeltsin, D(1989, 6, 1), &active, &tt), "RUSOPP");
  CHECK_STR(pcode(yeltsin, D(1995, 6, 1), &active, &tt), "RUSGOV");
  CHECK_STR(pcode(yeltsin, D(2003, 6, 1), &active, &tt), "RUSELI");
  CHECK_INT(active, 0);

  /* titles resolve to the holder across decades */
  int32_t pres = title("president"), fm = title("foreign minister"), pm = title("prime minister");
  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_holder(LX, pres, "USA", D(1986, 6, 1))), "Ronald Reagan");
  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_holder(LX, fm, "RUS", D(1994, 6, 1))), "Andrei Kozyrev");
  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_holder(LX, fm, "CHN", D(1994, 6, 1))), "Qian Qichen");
  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_holder(LX, pm, "GBR", D(1985, 6, 1))), "Margaret Thatcher");
  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_holder(LX, pm, "ISR", D(1993, 6, 1))), "Yitzhak Rabin");
  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_surname(LX, pm, "Major", 5, D(1993, 6, 1))), "John Major");
  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_surname(LX, pm, "Sharif", 6, D(1998, 6, 1))), "Nawaz Sharif");
  CHECK_STR(dy_lex_person_name(LX, dy_lex_title_surname(LX, pm, "Bhutto", 6, D(1995, 6, 1))), "Benazir Bhutto");
  CHECK_INT(entry("Major"), -1); /* a common word, not listed alone */

  /* a past holder ("the then prime minister", "the former prime minister") */
  int32_t thatcher = dy_lex_title_holder(LX, pm, "GBR", D(1985, 6, 1));
  char held[16];
  CHECK_INT(dy_lex_person_held(LX, thatcher, pm, "GBR", D(2014, 1, 1), 1, held), 1);
  CHECK_STR(held, "GBRGOV");
  CHECK_INT(dy_lex_person_held(LX, thatcher, pm, NULL, D(1985, 6, 1), 0, held), 1);
  CHECK_INT(dy_lex_person_held(LX, thatcher, pm, NULL, D(1985, 6, 1), 1, held), 0); /* not former yet */
  CHECK_INT(dy_lex_person_held(LX, thatcher, pm, NULL, D(1975, 6, 1), 0, held), 0); /* not yet */
  CHECK_INT(dy_lex_person_held(LX, thatcher, pm, "FRA", D(2014, 1, 1), 0, held), 0);
  CHECK_INT(dy_lex_person_held(LX, thatcher, fm, NULL, D(2014, 1, 1), 0, held), 0);
  int32_t trump = dy_lex_title_holder(LX, pres, "USA", D(2025, 8, 3));
  CHECK_INT(dy_lex_person_held(LX, trump, pres, "USA", D(2023, 6, 1), 1, held), 1);
  CHECK_INT(dy_lex_person_held(LX, trump, pres, "USA", D(2025, 8, 3), 1, held), 0); /* president again: not "former" */
}

static void test_cameo_verbs(void)
{
  const dy_cameo *c = dy_lex_cameo(LX, "111");
  CHECK(c != NULL);
  if (c) {
    CHECK_INT(c->quad, 3);
    CHECK(c->goldstein < 0);
    CHECK_STR(c->code, "111");
  }
  c = dy_lex_cameo(LX, "042");
  CHECK(c && c->quad == 1 && c->goldstein > 0);
  c = dy_lex_cameo(LX, "190");
  CHECK(c && c->quad == 4 && c->goldstein <= -9);
  CHECK(dy_lex_cameo(LX, "999") == NULL);
  CHECK(dy_lex_cameo(LX, "") == NULL);
  /* CAMEO 1.1b3 numbering and QuadClasses, as GDELT codes them */
  c = dy_lex_cameo(LX, "163");
  CHECK(c && strstr(c->name, "sanctions") && c->quad == 4 && !strcmp(c->plover, "COERCE"));
  c = dy_lex_cameo(LX, "166");
  CHECK(c && strstr(c->name, "Expel or withdraw") && !strcmp(c->plover, "SANCTION"));
  c = dy_lex_cameo(LX, "016");
  CHECK(c && !strcmp(c->name, "Deny responsibility") && c->goldstein < 0);
  c = dy_lex_cameo(LX, "018");
  CHECK(c && strstr(c->name, "empathetic"));
  c = dy_lex_cameo(LX, "129");
  CHECK(c && !strcmp(c->name, "Veto"));
  c = dy_lex_cameo(LX, "091");
  CHECK(c && c->quad == 2); /* INVESTIGATE is material cooperation */
  c = dy_lex_cameo(LX, "141");
  CHECK(c && c->quad == 3); /* PROTEST is verbal conflict */

  const char *forms[] = {"condemn", "condemned", "condemns", "condemning", "held", "holds", "met", NULL};
  for (int i = 0; forms[i]; i++) {
    uint32_t n = 0;
    const int32_t *p = dy_lex_patterns_at(LX, tokid(forms[i]), &n);
    if (n == 0) fprintf(stderr, "  no patterns at \"%s\"\n", forms[i]);
    CHECK(n > 0 && p != NULL);
  }
  /* "condemned" leads to the CAMEO 111 pattern */
  uint32_t n = 0;
  const int32_t *p = dy_lex_patterns_at(LX, tokid("condemned"), &n);
  int has111 = 0;
  for (uint32_t i = 0; i < n; i++) {
    const dy_pattern *pt = dy_lex_pattern(LX, p[i]);
    if (strcmp(pt->code, "111") == 0) has111 = 1;
    CHECK(dy_lex_cameo(LX, pt->code) != NULL);
    CHECK(pt->nelem >= 1 && pt->nwords >= 1);
    const dy_pelem *e = dy_lex_pelem(LX, pt, 0);
    CHECK_INT(e->type, DY_PE_WORDS);
    const int32_t *alts = dy_lex_alts(LX, e);
    int here = 0;
    for (uint16_t a = 0; a < e->nalt; a++) here |= alts[a] == tokid("condemned");
    CHECK(here);
  }
  CHECK(has111);
  CHECK(dy_lex_wclass(LX, tokid("condemned")) & DY_W_PASTPART);
  CHECK(dy_lex_wclass(LX, tokid("condemning")) & DY_W_ING);
  CHECK(dy_lex_wclass(LX, tokid("condemns")) & DY_W_VERB3);
  dy_lex_patterns_at(LX, -1, &n);
  CHECK_INT(n, 0);
  dy_lex_patterns_at(LX, tokid("pakistan"), &n);
  CHECK_INT(n, 0);
}

/* ---- a dictionary directory with bad lines --------------------------------- */

static void copy_file(const char *from, const char *to, const char *extra)
{
  FILE *in = fopen(from, "rb"), *out = fopen(to, "wb");
  CHECK(in && out);
  if (!in || !out) { if (in) fclose(in); if (out) fclose(out); return; }
  char buf[65536];
  size_t k;
  while ((k = fread(buf, 1, sizeof buf, in)) > 0) fwrite(buf, 1, k, out);
  if (extra) fprintf(out, "\n%s", extra);
  fclose(in);
  fclose(out);
}

static void test_bad_dir(void)
{
  char dir[256];
  snprintf(dir, sizeof dir, "%s/dyad_lexXXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  static const char *const names[] = {"countries.txt", "sectors.txt", "titles.txt", "people.txt", "orgs.txt", "verbs.txt", "cameo.txt", "wordclasses.txt", NULL};
  static const char *const extra[] = {
    /* countries: wrong field count; lower-case code; duplicate code; one good new country */
    "XQZ\tFooland\n"
    "xqz\tFooland\tFoolandish\tFootown\n"
    "IRN\tIran Again\t-\t-\n"
    "QQZ\tZembla\tZemblan\tOnhava\n",
    NULL,
    /* titles: sector not three capitals */
    "grand vizier\tgov\tgrand vizier\n",
    /* people: bad date; unknown title key; bad code; 'from' after 'until' */
    "Foo Barista\tIRNGOV\t2025-13-01\t-\t-\n"
    "Baz Quxley\tIRNGOV\t2020\t-\tgrand vizier\n"
    "Bad Codey\tirngov\t2020\t-\t-\n"
    "Late Starter\tIRNGOV\t2024\t2020\t-\n",
    /* orgs: unknown type */
    "QQZORG\tclub\tZembla Club\n",
    /* verbs: unknown CAMEO code; code not digits */
    "999\tfrobnicate\n"
    "1x1\tdefenestrate\n",
    /* cameo: Goldstein out of range */
    "123\t42\t3\t-\tToo much\n",
    /* word classes: a class the code does not know */
    "frobnicate\tfoo bar\n",
  };
  char from[4096], to[4096];
  for (int i = 0; names[i]; i++) {
    snprintf(from, sizeof from, "data/%s", names[i]);
    snprintf(to, sizeof to, "%s/%s", dir, names[i]);
    copy_file(from, to, extra[i]);
  }
  int nerr = -1;
  char why[256] = "";
  dy_lexicon *lx = dy_lexicon_load(dir, &nerr, why, sizeof why);
  CHECK(lx != NULL);
  CHECK_INT(nerr, 13);
  if (lx) {
    CHECK_STR(ments_lx(lx, "Zembla accused Pakistan.", D(2025, 8, 6)), "Zembla=QQZ ; Pakistan=PAK");
    CHECK_STR(ments_lx(lx, "Iran accused Pakistan.", D(2025, 8, 6)), "Iran=IRN ; Pakistan=PAK");
    CHECK_STR(dy_lex_country_name(lx, "IRN"), "Iran"); /* the first definition stays */
    CHECK(dy_lex_country_name(lx, "XQZ") == NULL);
    CHECK(dy_lex_cameo(lx, "111") != NULL);
    CHECK(dy_lex_cameo(lx, "123") == NULL || dy_lex_cameo(lx, "123")->goldstein != 42);
    CHECK_STR(ments_lx(lx, "Imran Khan spoke.", D(2020, 6, 1)), "Imran Khan=PAKGOV");
    dy_lexicon_free(lx);
  }
  for (int i = 0; names[i]; i++) {
    snprintf(to, sizeof to, "%s/%s", dir, names[i]);
    unlink(to);
  }

  /* an empty directory: nothing to load */
  nerr = 0;
  why[0] = 0;
  lx = dy_lexicon_load(dir, &nerr, why, sizeof why);
  CHECK(lx == NULL);
  CHECK(why[0] != 0);
  dy_lexicon_free(lx);
  rmdir(dir);

  lx = dy_lexicon_load("/nonexistent/dyad/data", &nerr, why, sizeof why);
  CHECK(lx == NULL);
  CHECK(strstr(why, "/nonexistent/dyad/data") != NULL);
}

/* The dates stage: each sentence's date annotation, and an event noun's own date. */
static void test_sentence_dates(void)
{
  dy_doc *d = annotated(LX, "Iran condemned Israel on June 3. Pakistan met India. The June 21 US airstrikes on Iran were condemned.",
                        D(2025, 8, 6));
  char b[16];
  CHECK_INT(d->nsents, 3);
  CHECK_STR(dy_date_str(d->sents[0].date, b), "2025-06-03");
  CHECK_INT(d->sents[0].date_stated, 1);
  CHECK_INT(d->sents[0].dspan1 - d->sents[0].dspan0, 1);
  CHECK_STR(dy_date_str(d->sents[1].date, b), "2025-08-06");
  CHECK_INT(d->sents[1].date_stated, 0);
  CHECK_INT(d->sents[1].dspan1, d->sents[1].dspan0);
  /* the actors stage: each sentence's mentions */
  CHECK(d->sents[1].ment1 - d->sents[1].ment0 == 2 && !strcmp(d->ments[d->sents[1].ment0].code, "PAK"));
  /* "the June 21 US airstrikes": the noun phrase's date; the sentence's otherwise */
  int stated = -1;
  uint32_t us = d->sents[2].tok0 + 3; /* "US" */
  CHECK_STR(dy_date_str(dy_event_date(d, 2, us, -1, -1, &stated), b), "2025-06-21");
  CHECK_INT(stated, 1);
  CHECK_STR(dy_date_str(dy_event_date(d, 1, -1, -1, -1, &stated), b), "2025-08-06");
  CHECK_INT(stated, 0);
  dy_doc_free(d);
  /* rule when-clause: ", when" after an event noun's date: the clause is of that date, the sentence is not */
  d = annotated(LX, "Ties frayed during the civil war in the 1990s, when Iran backed the Northern Alliance.", D(2025, 8, 6));
  CHECK_INT(d->nsents, 1);
  uint32_t backed = d->sents[0].tok0 + 12, frayed = d->sents[0].tok0 + 1;
  CHECK_STR(dy_date_str(dy_event_date(d, 0, -1, -1, backed, &stated), b), "1990s");
  CHECK_INT(stated, 1);
  CHECK_STR(dy_date_str(dy_event_date(d, 0, -1, -1, frayed, &stated), b), "2025-08-06");
  dy_doc_free(d);
  /* rule occasion-date: an act done in a dated occasion is of its date; a dated occasion as the object is not */
  d = annotated(LX, "The president praised Pakistan in his April 2025 address. Iran condemned the April 2025 address.", D(2025, 8, 6));
  CHECK_INT(d->nsents, 2);
  CHECK_STR(dy_date_str(d->sents[0].date, b), "2025-04");
  CHECK_STR(dy_date_str(d->sents[1].date, b), "2025-08-06");
  dy_doc_free(d);
}

/* The gazetteer's names: letters with no decomposition folded as tools/gazetteer.py folds them, and a
 * "~" key (an alternate name of small places only) flagged as needing a cue. */
static void test_gazetteer_names(void)
{
  char k[64];
  const char *in[][2] = {{"Diyarbak\xc4\xb1r", "diyarbakir"}, {"\xc5\x81\xc3\xb3""d\xc5\xba", "lodz"},
                         {"Troms\xc3\xb8", "tromso"}, {"Ma'rib", "ma rib"}, {"Deir ez-Zor", "deir ez zor"},
                         {"\xc3\x86r\xc3\xb8", "aero"}};
  for (size_t i = 0; i < sizeof in / sizeof in[0]; i++) {
    CHECK(dy_gaz_norm(in[i][0], strlen(in[i][0]), k, sizeof k) > 0);
    CHECK_STR(k, in[i][1]);
  }
  char dir[256], path[300];
  snprintf(dir, sizeof dir, "%s/dyad_gazXXXXXX", getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  CHECK(mkdtemp(dir) != NULL);
  snprintf(path, sizeof path, "%s/gazetteer.tsv", dir);
  FILE *f = fopen(path, "w");
  CHECK(f != NULL);
  if (!f) return;
  fputs("# test\n"
        "kharkiv|~kharkov\tKharkiv\tUA\tUKR\tUA07\tPPLA\t1433886\t49.98\t36.25\t706483\t-\n"
        "~dese\tDes\xc4\x93\tET\tETH\tET46\tPPL\t60000\t11.13\t39.63\t339219\t-\n"
        "dese\tDese\tIT\tITA\tIT20\tPPL\t1302\t45.53\t12.30\t3219021\t-\n", f);
  fclose(f);
  int nerr = 0, fl = 0;
  char why[4400] = "", bin[320];
  snprintf(bin, sizeof bin, "%s/gazetteer.bin", dir);
  /* the TSV, then its compiled form (gazetteer.bin): the same answers */
  for (int pass = 0; pass < 2; pass++) {
  if (pass == 1) CHECK_INT(dy_gazetteer_compile(dir, why, sizeof why), 0);
  dy_gazetteer *g = dy_gazetteer_load(dir, &nerr);
  CHECK(g != NULL);
  CHECK_INT(nerr, 0);
  if (g) {
    CHECK(dy_gaz_first(g, "kharkiv", 7, &fl) >= 0 && !(fl & DY_GAZ_CUE));
    int32_t h = dy_gaz_first(g, "kharkov", 7, &fl);
    CHECK(h >= 0 && (fl & DY_GAZ_CUE));
    if (h >= 0) CHECK_STR(dy_gaz_entry_at(g, h)->name, "Kharkiv");
    CHECK(dy_gaz_first(g, "~kharkov", 8, &fl) < 0);
    /* a key flagged on one line is flagged for all its entries: the file writes it so only when it is
     * an alternate name on each */
    h = dy_gaz_first(g, "dese", 4, &fl);
    CHECK(h >= 0 && (fl & DY_GAZ_CUE));
    CHECK(h >= 0 && dy_gaz_next(g, h) >= 0);
    if (h >= 0) CHECK_STR(dy_gaz_entry_at(g, h)->cc3, "ETH");
    if (h >= 0) CHECK_INT(dy_gaz_entry_at(g, h)->geonameid, 339219);
    CHECK_INT(dy_gaz_max_words(g), 1);
    CHECK_INT((int)dy_gaz_size(g), 3);
    dy_gazetteer_free(g);
  }
  }
  /* a TSV changed since: the compiled form no longer stands for it */
  f = fopen(path, "a");
  CHECK(f != NULL);
  if (f) { fputs("odesa\tOdesa\tUA\tUKR\tUA51\tPPLA\t1000000\t46.48\t30.72\t698740\t-\n", f); fclose(f); }
  dy_gazetteer *g = dy_gazetteer_load(dir, &nerr);
  CHECK(g != NULL);
  if (g) { CHECK(dy_gaz_first(g, "odesa", 5, &fl) >= 0); CHECK_INT((int)dy_gaz_size(g), 4); dy_gazetteer_free(g); }
  unlink(bin);
  unlink(path);
  rmdir(dir);
}

int main(void)
{
  dy_quiet_warnings = 2;
  int nerr = -1;
  char why[256] = "";
  LX = dy_lexicon_load("data", &nerr, why, sizeof why);
  CHECK(LX != NULL);
  if (!LX) { fprintf(stderr, "cannot load data: %s\n", why); return TEST_DONE(); }
  CHECK_INT(nerr, 0);
  test_tokens();
  test_matching();
  test_composed_actors();
  test_people();
  test_people_in_time();
  test_cameo_verbs();
  test_bad_dir();
  test_sentence_dates();
  test_gazetteer_names();
  dy_lexicon_free(LX);
  return TEST_DONE();
}

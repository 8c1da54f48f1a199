/* test_import.c: the field's dictionaries (TABARI and PETRARCH .actors,
 * .agents, .verbs) imported into the lexicon: date-bounded codes resolve by
 * date, agents compose with countries, verb patterns match and code in CAMEO
 * 1.1b3, dyad's own entries come first, bad lines are reported and skipped;
 * and, when ../shared/dictionaries is there, the full TABARI and Phoenix
 * dictionaries load with the counts and entries expected. */
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "annotate.h"
#include "code/coder.h"
#include "extract/actors.h"
#include "lexicon/import.h"
#include "lexicon/lexicon.h"
#include "text/text.h"
#include "testlib.h"

static dy_date D(int y, int m, int d) { dy_date r = {(int16_t)y, (int8_t)m, (int8_t)d, DY_PREC_DAY}; return r; }

static dy_doc *annotated(const dy_lexicon *lx, const char *text, dy_date date)
{
  dy_doc *d = dy_doc_new();
  dy_doc_set_text(d, strdup(text), strlen(text));
  d->published = date;
  CHECK_INT(dy_text_prepare(d), 0);
  CHECK_INT(dy_annotate(lx, d, NULL), 0);
  return d;
}

/* The code of the first actor mention of text on date ("" when none). */
static const char *code_of(const dy_lexicon *lx, const char *text, dy_date date)
{
  static char res[64];
  dy_doc *d = annotated(lx, text, date);
  res[0] = 0;
  for (uint32_t i = 0; i < d->nments; i++)
    if (d->ments[i].kind != DY_ACT_PRONOUN && d->ments[i].kind != DY_ACT_PAIR) {
      snprintf(res, sizeof res, "%s", d->ments[i].code);
      break;
    }
  dy_doc_free(d);
  return res;
}

/* The events of text as "SOURCE CODE TARGET" joined by " ; ". */
static const char *events_of(const dy_lexicon *lx, const char *text)
{
  static char res[512];
  dy_doc *d = annotated(lx, text, D(2006, 5, 1));
  size_t o = 0;
  res[0] = 0;
  for (uint32_t i = 0; i < d->nevents && o < sizeof res; i++) {
    const dy_event *e = &d->events[i];
    int w = snprintf(res + o, sizeof res - o, "%s%s %s %s", o ? " ; " : "", e->source, e->code, e->target);
    if (w < 0) break;
    o += (size_t)w;
  }
  dy_doc_free(d);
  return res;
}

static int32_t tokid(const dy_lexicon *lx, const char *w) { return dy_lex_tokid(lx, w, strlen(w)); }

/* Every entry read is converted or skipped for one reason. */
static void check_counts(const dy_import_stats *st)
{
  for (int k = 0; k < DY_IMP_NKINDS; k++) {
    int sk = 0;
    for (int r = 0; r < DY_SKIP_N; r++) sk += st->skipped[k][r];
    CHECK_INT(st->converted[k] + sk, st->read[k]);
  }
}

static void test_small(void)
{
  const char *dicts[] = {"tests/data/dict/small.actors", "tests/data/dict/small.agents", "tests/data/dict/small.verbs",
                         "verbs:tests/data/dict/small-petrarch.txt"};
  dy_import_stats st;
  int nerr = -1;
  char why[256] = "";
  dy_lexicon *lx = dy_lexicon_load_with("data", dicts, 4, &st, &nerr, why, sizeof why);
  CHECK(lx != NULL);
  if (!lx) return;
  CHECK_INT(st.files, 4);
  check_counts(&st);
  /* the bad lines: a date of 4 digits, a backward range, an unclosed '[', an agent code with a blank, an event code with a letter */
  CHECK_INT(nerr, 5);
  CHECK_INT(st.skipped[DY_IMP_ACTORS][DY_SKIP_PARSER], 1);
  CHECK_INT(st.skipped[DY_IMP_ACTORS][DY_SKIP_NULL], 1);
  CHECK_INT(st.skipped[DY_IMP_ACTORS][DY_SKIP_ETHNIC], 1);
  CHECK_INT(st.skipped[DY_IMP_ACTORS][DY_SKIP_HELD], 1);  /* Pakistan */
  CHECK_INT(st.skipped[DY_IMP_ACTORS][DY_SKIP_NOCODE], 1); /* Grimsby Town Council: its one code had a bad date */
  CHECK_INT(st.skipped[DY_IMP_ACTORS][DY_SKIP_BAD], 1);    /* the unclosed '[' */
  CHECK_INT(st.notes[DY_NOTE_DATEDROP], 2);
  CHECK_INT(st.notes[DY_NOTE_TWO], 1);
  CHECK(st.ph_dyad >= 1);
  CHECK_INT(st.people, 4); /* Quillfeather, Ventresca, Kettledrum, Morou */

  /* date-bounded codes resolve by date; the undated code is TABARI's default */
  CHECK_STR(code_of(lx, "Barnaby Quillfeather spoke.", D(1995, 6, 1)), "GBRGOV");
  CHECK_STR(code_of(lx, "Barnaby Quillfeather spoke.", D(2003, 6, 1)), "GBRELI");
  CHECK_STR(code_of(lx, "B. Quillfeather spoke.", D(1992, 6, 1)), "GBRGOV");
  CHECK_STR(code_of(lx, "Odalys Ventresca spoke.", D(2003, 6, 1)), "VENOPP");
  CHECK_STR(code_of(lx, "Odalys Ventresca spoke.", D(2010, 6, 1)), "VENGOV");
  CHECK_STR(code_of(lx, "Orsolya Kettledrum spoke.", D(1998, 6, 1)), "HUNMIL");
  /* no default: after the role, dyad's rule for a former holder */
  CHECK_STR(code_of(lx, "Orsolya Kettledrum spoke.", D(2004, 6, 1)), "HUNELI");
  CHECK_STR(code_of(lx, "Tessaline Morou spoke.", D(2005, 6, 1)), "TUN");
  /* names in capitals match capitalised words only */
  CHECK_STR(code_of(lx, "odalys ventresca spoke.", D(2010, 6, 1)), "");
  /* an organisation with its type from data/import.txt */
  CHECK_STR(code_of(lx, "The Zebulon Liberation Front spoke.", D(2010, 6, 1)), "IMGZLF");
  CHECK_STR(code_of(lx, "The ZLF spoke.", D(2010, 6, 1)), "IMGZLF");
  CHECK_STR(dy_lex_org_type(lx, "IMGZLF"), "armed");
  CHECK_STR(code_of(lx, "Grimsby harbour board spoke.", D(2010, 6, 1)), "GBRBUS");
  CHECK_STR(code_of(lx, "McConnell and Feinstein spoke.", D(2010, 6, 1)), "USAGOVPTY");
  /* dyad's own entry comes first */
  CHECK_STR(code_of(lx, "Pakistan spoke.", D(2010, 6, 1)), "PAK");

  /* agents: a sector after a country; substitution sets, plurals */
  /* a substitution set's words as written, no plural made (PETRARCH's rule) */
  CHECK_STR(code_of(lx, "A Pakistani quillwright protested.", D(2010, 6, 1)), "PAKLAB");
  CHECK_STR(code_of(lx, "A Pakistani penwright protested.", D(2010, 6, 1)), "PAKLAB");
  CHECK_STR(code_of(lx, "Indian blotter clerks protested.", D(2010, 6, 1)), "INDGOV");
  CHECK_STR(code_of(lx, "the squiggle council protested.", D(2010, 6, 1)), "NGO");

  /* TABARI verbs: a stem completed to its lemma and inflected */
  uint32_t n = 0;
  dy_lex_patterns_at(lx, tokid(lx, "grumbled"), &n);
  CHECK(n > 0);
  CHECK_STR(events_of(lx, "Pakistan grumbled about India."), "PAK 111 IND");
  /* after the verb: "ABOUT_ SKULLDUGGER" is about, a gap, a stem */
  CHECK_STR(events_of(lx, "Pakistan grumbled about the skulduggery of India."), "PAK 111 IND");
  CHECK_STR(events_of(lx, "Pakistan grumbled about Indian skullduggery."), "PAK 1121 IND");
  /* a disjunction, the target's slot and the older numbering (106: demand meeting is 108 in 1.1b3) */
  CHECK_STR(events_of(lx, "Pakistan grumbled at India over teapots."), "PAK 108 IND");
  CHECK_STR(events_of(lx, "Pakistan grumbled at India over kettle."), "PAK 108 IND");
  CHECK_STR(events_of(lx, "Pakistan grumbled about India over crumpets."), "PAK 111 IND");
  CHECK(st.notes[DY_NOTE_REMAP] >= 1);
  CHECK(st.skipped[DY_IMP_VERBS][DY_SKIP_PREVERB] >= 2);
  CHECK(st.skipped[DY_IMP_VERBS][DY_SKIP_REVERSE] >= 1);
  CHECK(st.skipped[DY_IMP_VERBS][DY_SKIP_SYNSET] >= 1);
  CHECK(st.skipped[DY_IMP_VERBS][DY_SKIP_BAD] >= 1);
  /* a verb whose code is null codes nothing alone (counted once, whatever follows it) */
  CHECK_STR(events_of(lx, "Pakistan befuddled India."), "");

  /* PETRARCH2 verbs: a block's code for its verbs, irregular forms, synsets with plurals, (PP) groups */
  CHECK_STR(events_of(lx, "Pakistan besought India."), "PAK 020 IND");
  CHECK_STR(events_of(lx, "Pakistan implored India."), "PAK 020 IND");
  CHECK_STR(events_of(lx, "Pakistan cajoled India."), "");
  CHECK_STR(events_of(lx, "Pakistan implored India for widgets."), "PAK 0211 IND");
  CHECK_STR(events_of(lx, "Pakistan implored India for some spare parts."), "PAK 0211 IND");
  CHECK_STR(events_of(lx, "Pakistan hobnobbed with India."), "PAK 040 IND");
  dy_lexicon_free(lx);

  /* the same dictionaries load the same way twice (the version says which) */
  dy_lexicon *a = dy_lexicon_load_with("data", dicts, 4, NULL, &nerr, why, sizeof why);
  dy_lexicon *b = dy_lexicon_load("data", &nerr, why, sizeof why);
  CHECK(a && b && strcmp(dy_lex_version(a), dy_lex_version(b)) != 0);
  dy_lexicon_free(a);
  dy_lexicon_free(b);
}

/* A file that cannot be read, one of no kind, and odd bytes: reported, the rest loads. */
static void test_bad_files(void)
{
  /* a verb with no code, a pattern with none, a verb line that is none: each counted once */
  {
    const char *odd[] = {"verbs:tests/data/dict/odd-petrarch.txt"};
    dy_import_stats os;
    int oe = 0;
    char ow[256];
    dy_lexicon *ol = dy_lexicon_load_with("data", odd, 1, &os, &oe, ow, sizeof ow);
    CHECK(ol != NULL);
    CHECK_INT(os.read[DY_IMP_VERBS], 3);
    CHECK_INT(os.skipped[DY_IMP_VERBS][DY_SKIP_NULL], 1);
    CHECK_INT(os.skipped[DY_IMP_VERBS][DY_SKIP_NOCODE], 1);
    CHECK_INT(os.skipped[DY_IMP_VERBS][DY_SKIP_BAD], 1);
    CHECK_INT(oe, 1);
    dy_lexicon_free(ol);
  }
  char path[512];
  snprintf(path, sizeof path, "%s/dyad-import-XXXXXX", getenv("TMPDIR") && *getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp");
  int fd = mkstemp(path);
  CHECK(fd >= 0);
  if (fd < 0) return;
  static const char odd[] = "\xff\xfe\x00[\n\t\t[[[]]]\n+\n+ +\n- * [\nCAF\xe9_ [FRA]\n<!-- a\ncomment -->\nZORBA_THE_GREEK_ [GRC]\n";
  CHECK(write(fd, odd, sizeof odd - 1) == (ssize_t)(sizeof odd - 1));
  close(fd);
  char spec[64];
  snprintf(spec, sizeof spec, "actors:%s", path);
  const char *dicts[] = {"tests/data/dict/no-such-file.actors", spec, "README.md"};
  dy_import_stats st;
  int nerr = 0;
  char why[256];
  dy_lexicon *lx = dy_lexicon_load_with("data", dicts, 3, &st, &nerr, why, sizeof why);
  CHECK(lx != NULL);
  CHECK(nerr >= 2);
  CHECK_INT(st.files, 2);
  CHECK(st.notes[DY_NOTE_LATIN1] >= 1);
  if (lx) {
    CHECK_STR(code_of(lx, "Zorba the Greek spoke.", D(2010, 6, 1)), "GRC");
    CHECK_STR(code_of(lx, "Caf\xc3\xa9 spoke.", D(2010, 6, 1)), "FRA");
  }
  dy_lexicon_free(lx);
  unlink(path);
}

/* The full TABARI and Phoenix dictionaries, when ../shared has them. */
static void test_shared(void)
{
  struct stat sb;
  if (stat("../shared/dictionaries/tabari/CountryInfo.120116.actors", &sb) || stat("../shared/dictionaries/phoenix/CAMEO.2.0.txt", &sb)) {
    printf("test_import: ../shared/dictionaries missing: the full TABARI and Phoenix dictionaries are not tested\n");
    return;
  }
  const char *tabari[] = {"../shared/dictionaries/tabari/CountryInfo.120116.actors", "../shared/dictionaries/tabari/Internatnl.120521.actors",
                          "../shared/dictionaries/tabari/Levant.080629.actors", "../shared/dictionaries/tabari/CAMEO.RCS.120521.actors",
                          "../shared/dictionaries/tabari/CAMEO.ECS.120522.actors", "../shared/dictionaries/tabari/PSU.120522.agents",
                          "../shared/dictionaries/tabari/CAMEO.080612.verbs", "../shared/dictionaries/tabari/CAMEO.09b5.options"};
  dy_import_stats st;
  int nerr = 0;
  char why[256];
  dy_lexicon *lx = dy_lexicon_load_with("data", tabari, 8, &st, &nerr, why, sizeof why);
  CHECK(lx != NULL);
  if (!lx) return;
  CHECK_INT(st.files, 8);
  CHECK_INT(st.notdict, 1);
  check_counts(&st);
  CHECK(st.read[DY_IMP_ACTORS] > 38000 && st.converted[DY_IMP_ACTORS] > 33500 /* fewer as dyad's own organisations grow: they win */);
  CHECK(st.people > 18000 && st.roles > 28000);
  CHECK(st.read[DY_IMP_AGENTS] > 2000 && st.converted[DY_IMP_AGENTS] > 1900);
  CHECK(st.read[DY_IMP_VERBS] > 15000 && st.patterns > 10000);
  CHECK_INT(st.skipped[DY_IMP_ACTORS][DY_SKIP_ETHNIC], 534);
  CHECK(nerr > 0 && nerr < 400); /* the files' oddities: bad dates, codes of letters and slashes */
  /* Mohammad Zahir Shah: AFGGOV 1933-1973, AFGELI before and after */
  CHECK_STR(code_of(lx, "Mohammad Zahir Shah spoke.", D(1960, 6, 1)), "AFGGOV");
  CHECK_STR(code_of(lx, "Mohammad Zahir Shah spoke.", D(1980, 6, 1)), "AFGELI");
  /* Levant: Abdelaziz Belkhadem, DZAGOV after 2000-08-26, else DZAELI */
  CHECK_STR(code_of(lx, "Abdelaziz Belkhadem spoke.", D(2005, 6, 1)), "DZAGOV");
  CHECK_STR(code_of(lx, "Abdelaziz Belkhadem spoke.", D(1998, 6, 1)), "DZAELI");
  uint32_t n = 0;
  dy_lex_patterns_at(lx, tokid(lx, "abducted"), &n);
  CHECK(n >= 5);
  dy_lexicon_free(lx);

  const char *phoenix[] = {"../shared/dictionaries/phoenix/Phoenix.Countries.actors.txt", "../shared/dictionaries/phoenix/Phoenix.International.actors.txt",
                           "../shared/dictionaries/phoenix/Phoenix.MilNonState.actors.txt", "../shared/dictionaries/phoenix/Phoenix.agents.txt",
                           "../shared/dictionaries/phoenix/CAMEO.2.0.txt", "../shared/dictionaries/phoenix/Phoenix.discards.txt",
                           "../shared/dictionaries/phoenix/Phoenix.IssueCoding.txt"};
  nerr = 0;
  lx = dy_lexicon_load_with("data", phoenix, 7, &st, &nerr, why, sizeof why);
  CHECK(lx != NULL);
  if (!lx) return;
  CHECK_INT(st.notdict, 2);
  check_counts(&st);
  CHECK(st.read[DY_IMP_ACTORS] > 27000 && st.converted[DY_IMP_ACTORS] > 24000 /* fewer as dyad's own people grow: they win */);
  CHECK(st.people > 18000);
  CHECK(st.patterns > 5000);
  CHECK(st.skipped[DY_IMP_VERBS][DY_SKIP_REVERSE] > 100);
  CHECK(nerr > 0 && nerr < 50);
  CHECK_STR(code_of(lx, "The Arab Revolutionary Brigades spoke.", D(1985, 6, 1)), "IMGMUSALQ");
  /* a name orgs.txt has keeps dyad's own code: the import never displaces it */
  CHECK_STR(code_of(lx, "The Abu Nidal Organization spoke.", D(1985, 6, 1)), "PSEREBANO");
  /* Ban Ki-moon: IGOUNO from 2007 */
  CHECK_STR(code_of(lx, "Ban Ki-moon spoke.", D(2010, 6, 1)), "IGOUNO");
  /* ENQUIRE has no code of its own in the ASK block: its patterns only */
  n = 0;
  dy_lex_patterns_at(lx, tokid(lx, "enquired"), &n);
  CHECK(n >= 10);
  dy_lexicon_free(lx);
}

int main(void)
{
  dy_quiet_warnings = 2;
  test_small();
  test_bad_files();
  test_shared();
  return TEST_DONE();
}

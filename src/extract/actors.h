/* actors.h: actor mentions in a sentence, composed from dictionary matches
 * ("Iranian" + "President" + "Masoud Pezeshkian") and resolved to codes on
 * the sentence's date; "the two countries", "he" and "the military" resolved
 * from context. */
#ifndef DYAD_ACTORS_H
#define DYAD_ACTORS_H

#include "../doc.h"
#include "../lexicon/lexicon.h"

/* A person named in full, remembered by the last word of the name. */
typedef struct {
  char surname[32], code[16], name[64];
  int32_t person;
  uint8_t ambiguous;
} dy_known_name;

/* Context carried from sentence to sentence of one document. */
typedef struct {
  struct { char code[4]; uint32_t n, last; } seen[32]; /* countries named so far: how often, last sentence */
  int nseen;
  char person_code[16];
  char person_name[64];
  int32_t person;
  uint32_t person_sent;  /* sentence of the last person mention */
  int have_person;
  /* the two persons of two states a sentence named (its sentence + 1, 0
   * when none): "the leaders" of the next sentence are they */
  char leaders[2][16];
  uint32_t leaders_next;
  /* the states of the sectors named so far ("Israel's military"): a sector
   * code, its state, the sentence; "the military" after it is that one;
   * state2 the other state of a pair of one mention group, "Rwandan and
   * Mozambican troops" (rule sector-pair-anaphor) */
  struct { char sector[4], state[4], state2[4]; uint32_t sent; uint16_t group; } sectors[16];
  int nsectors;
  /* the last organisation named by a name of two words or more ("the U.N.
   * General Assembly"): its code, its name's last word lower-cased, the
   * sentence; "the assembly" after it is that one (rule org-head-anaphor) */
  char org_code[16], org_head[24];
  uint32_t org_sent;
  int have_org;
  /* people named in full so far ("Afghan President Ashraf Ghani", "Kyrgyz
   * Prime Minister Nikolai Tanaev"): the last word of the name, what it
   * resolved to; a later "Ghani" alone is the same person. A surname two
   * people of the article share is marked ambiguous and resolves to none. */
  dy_known_name names[32];
  int nnames;
  /* the state a sentence opened with as its first actor ("Pakistan is
   * skilled in ..."), its sentence: "its governments" after it is its own */
  char topic[4];
  uint32_t topic_sent;
  /* the first actor of the last sentence when it opened with a state, an
   * organisation or a sector of a state (its sentence + 1, 0 when none):
   * the antecedent of a subject "it" in the next (rule it-subject) */
  char it_code[16], it_name[64];
  uint32_t it_next;
  /* the last named armed group and its sentence: "the group", "the
   * rebels" in the next two (rule group-anaphor) */
  char grp_code[16], grp_name[64];
  uint32_t grp_sent;
  uint8_t have_grp;
  /* pairs of states one sentence named together ("IRNPAK", the lesser
   * code first): the pairs "both sides" may be (rule pair-conamed) */
  char conamed[32][8];
  int conamed_n[32]; /* how many sentences named the pair together */
  int nconamed;
  /* the state of the article's dateline ("CARACAS, Venezuela (Reuters) -"),
   * "" when none: the state of its bare organs (rule main-state) */
  char home[4];
} dy_actor_ctx;

/* A person's sex as the document tells it by an honorific of word class
 * male or female (data/quotes.txt) right before the last word of the
 * name anywhere in the text ("Mrs Thatcher", "Mr Joseph"): 'm', 'f' or 0
 * (rule pronoun-sex, of the actors and the quotes). */
int dy_honorific_sex(const dy_lexicon *lx, const dy_doc *d, const char *name);

/* Looks up every token of d in the lexicon (fills d->tid). */
int dy_lexicon_scan(const dy_lexicon *lx, dy_doc *d);
/* The classes of quotes.txt and figures.txt of each token of d, from its
 * lexicon id (malloc'd, d->ntoks + 1 entries). */
uint32_t *dy_lex_fw_classes(const dy_lexicon *lx, const dy_doc *d);

/* Appends the actor mentions of sentence s (resolved on date) to d->ments;
 * returns the index of the first one added. */
uint32_t dy_extract_actors(const dy_lexicon *lx, dy_doc *d, uint32_t s, dy_date date, dy_actor_ctx *ctx);

#endif

/* parse.h: the part-of-speech tagger, lemmatiser and dependency parser
 * (averaged perceptron tagger, greedy transition-based parser), trained on a
 * Universal Dependencies treebank by `make train`. The model is loaded once,
 * read-only, and shared by all threads; every call works in caller memory.
 *
 * Ownership: dy_parser_load() returns a model the caller frees with
 * dy_parser_free() (NULL is a no-op). Names returned are the model's and live
 * as long as it. */
#ifndef DYAD_PARSE_H
#define DYAD_PARSE_H

#include <stddef.h>
#include <stdint.h>

/* Universal POS tags, in this order. */
enum {
  DY_UPOS_X = 0, DY_UPOS_ADJ, DY_UPOS_ADP, DY_UPOS_ADV, DY_UPOS_AUX, DY_UPOS_CCONJ,
  DY_UPOS_DET, DY_UPOS_INTJ, DY_UPOS_NOUN, DY_UPOS_NUM, DY_UPOS_PART, DY_UPOS_PRON,
  DY_UPOS_PROPN, DY_UPOS_PUNCT, DY_UPOS_SCONJ, DY_UPOS_SYM, DY_UPOS_VERB, DY_UPOS_N
};
const char *dy_upos_name(int upos); /* "NOUN"; "X" for an unknown value */
int dy_upos_id(const char *name);   /* DY_UPOS_* or -1 */

/* Longest sentence parsed as one unit; a longer one is parsed in pieces of
 * at most this many tokens (each piece its own tree). */
#define DY_PARSE_MAX 256

typedef struct dy_parser dy_parser;

/* One input token: its text as written (not lower-cased). */
typedef struct {
  const char *s;
  uint32_t len;
} dy_ptok;

/* One output node. */
typedef struct {
  int16_t head;    /* index of the head token in the sentence, -1 for the root */
  uint8_t upos;    /* DY_UPOS_* */
  uint8_t label;   /* dependency label id: dy_parser_label_name() */
  char lemma[32];  /* lower-cased lemma, NUL-terminated (truncated if longer) */
} dy_pnode;

/* Loads the model from dir (the data directory: it reads dir/parse/...).
 * Returns NULL and writes the reason into why when it cannot. */
dy_parser *dy_parser_load(const char *dir, char *why, size_t nwhy);
void dy_parser_free(dy_parser *p);
/* Loads a model from the n bytes of a model file in memory (copied). */
dy_parser *dy_parser_load_mem(const void *data, size_t n, char *why, size_t nwhy);

/* Tags, lemmatises and parses the n tokens of one sentence into out[0..n).
 * Thread-safe on a shared model. Returns 0, -1 on bad arguments. */
int dy_parse_sentence(const dy_parser *p, const dy_ptok *toks, uint32_t n, dy_pnode *out);
/* The same with what the caller knows of the words: hint[i] is the UPOS of
 * token i when it is known, DY_PARSE_NAME when the token ends a name its
 * dictionaries recognised (any tag but an adjective's, "Albanian", becomes
 * a proper noun's, as the treebank tags names), DY_PARSE_NOHINT where the tagger decides alone;
 * hint may be NULL. The tags are fixed as the tagger goes, so the words
 * after see them. */
#define DY_PARSE_NOHINT 255
#define DY_PARSE_NAME 254
/* the token is a modal auxiliary ("would", "will", "can"; the caller's word
 * classes say so): the tagger decides its tag, and a base form after it
 * with a noun phrase after that is a verb */
#define DY_PARSE_MODAL 253
int dy_parse_sentence_hinted(const dy_parser *p, const dy_ptok *toks, uint32_t n, const uint8_t *hint, dy_pnode *out);
/* Tags and lemmatises only (head -1, label 0). */
int dy_tag_sentence(const dy_parser *p, const dy_ptok *toks, uint32_t n, dy_pnode *out);

/* Labels: full UD relation names with subtypes ("nsubj", "nsubj:pass",
 * "obl:tmod", "acl:relcl", "compound:prt", ...). */
int dy_parser_nlabels(const dy_parser *p);
const char *dy_parser_label_name(const dy_parser *p, int label);
/* The label id of a name, or -1 when the model has no such label. */
int dy_parser_label_id(const dy_parser *p, const char *name);

#endif

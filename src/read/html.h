/* html.h: main text and metadata of news web pages, and items of RSS/Atom
 * feeds, on libxml2. */
#ifndef DYAD_HTML_H
#define DYAD_HTML_H

#include <stddef.h>

/* One extracted article. Every string is malloc'd UTF-8 or NULL; text holds
 * paragraphs separated by blank lines ("\n\n") and headings as their own
 * paragraphs. */
typedef struct {
  char *title, *published, *authors, *url, *site, *lang;
  char *text;
  size_t text_len;
} dy_html_article;

void dy_html_article_free(dy_html_article *a); /* frees the fields, not a */

/* Extracts the article of an HTML page buf[0..n). name is used in messages.
 * Returns 0 on success; -1 when nothing usable was found, with a reason
 * written to err (size errn) naming what was wrong. */
/* How (src/read/html.c): the bytes are decoded to UTF-8 first: a BOM wins;
 * else the declared charset (meta charset, http-equiv, XML declaration),
 * except that bytes which are entirely valid UTF-8 with some non-ASCII are
 * read as UTF-8 whatever the declaration says; ISO-8859-1 and ASCII labels
 * mean windows-1252; bytes invalid for the declared charset, or for UTF-8
 * when nothing is declared, are read as windows-1252. libxml2 parses the
 * result; the main text is chosen readability-style (paragraph scores given
 * to ancestors, class/id weights, link density, siblings of the best
 * container) after dropping navigation, asides, footers, comments, share and
 * subscribe widgets, related lists, captions and hidden elements; when the
 * page builds its text with scripts, JSON-LD articleBody is used. The title
 * is og:title, else the first h1, else <title> without its " | Site" tail.
 * On -1, out is left zeroed. libxml2 stops building the tree at 2,048
 * levels of nesting, so text deeper than that is lost (never a crash).
 * A page with no article prose (a gallery, a video) gives its description. */
int dy_html_extract(const char *buf, size_t n, const char *name, dy_html_article *out,
                    char *err, size_t errn);

/* Like dy_html_extract, but a page that carries several full stories (two
 * or more outermost <article> elements of 80+ words of prose each, holding
 * most of the page's prose) gives each story as its own article, with its
 * own heading as title, its own <time datetime> and rel=author links (the
 * page's otherwise). cb is called once per article and owns the fields as
 * for dy_feed_parse; a non-zero return stops the reading. Returns the
 * number of articles, or -1 with a reason in err (nothing found, or cb
 * stopped the reading). */
int dy_html_extract_each(const char *buf, size_t n, const char *name,
                         int (*cb)(void *user, dy_html_article *a), void *user,
                         char *err, size_t errn);

/* Parses an RSS 2.0 or Atom feed buf[0..n); calls cb once per item (the
 * callback takes ownership of the fields by copying or zeroing them; the
 * reader frees what is left after the call). Returns the number of items,
 * or -1 with a reason in err when buf is not a feed. */
/* cb may be NULL (items are only counted); a non-zero return from cb stops
 * the reading, and the count then includes that item. Item fields: title,
 * url (link, Atom rel=alternate), published (pubDate, published, updated,
 * dc:date), authors ("; "-separated), site (the feed's title), lang, and text
 * from content:encoded, else Atom content, else description/summary, run
 * through the main-text extraction when it is HTML with block structure.
 * RSS 1.0 (rdf:RDF) is read too. */
int dy_feed_parse(const char *buf, size_t n, const char *name,
                  int (*cb)(void *user, dy_html_article *item), void *user,
                  char *err, size_t errn);

/* libxml2's global initialisation (xmlInitParser): once, on the main
 * thread, before pages are parsed on several threads; each parse then has
 * its own parser context. */
void dy_html_init(void);

/* Content sniffing: 1 if buf looks like HTML, 2 like an RSS/Atom feed, 0 neither. */
int dy_html_sniff(const char *buf, size_t n);

#endif

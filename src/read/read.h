/* read.h: input readers. Each yields documents (title, date, source, text)
 * from plain text, JSON Lines, HTML pages and RSS/Atom feeds, in files,
 * directories (recursive), .gz files or standard input ("-"). */
#ifndef DYAD_READ_H
#define DYAD_READ_H

#include "../doc.h"

enum { DY_FMT_AUTO = 0, DY_FMT_TEXT, DY_FMT_JSONL, DY_FMT_HTML, DY_FMT_FEED, DY_FMT_LINES };

/* Largest document or JSON line accepted; longer input is reported and skipped. */
#define DY_MAX_DOC (64u << 20)

typedef struct {
  long files, docs, skipped, bytes;
  int defer; /* in: hand records over unparsed (d->raw), for dy_read_deferred: each JSON Lines
              * line, and each whole text, HTML or feed file */
} dy_read_stats;

/* Receives each document read; takes ownership of d. Returns 0 to go on,
 * non-zero to stop reading. */
typedef int (*dy_doc_cb)(void *user, dy_doc *d);

/* Reads path (file, directory or "-") in format fmt (DY_FMT_AUTO sniffs
 * each file's content). Problems are reported with the file and line or
 * byte and counted in st->skipped; the rest goes on. Returns 0, or 1 when
 * the callback asked to stop. */
int dy_read_path(const char *path, int fmt, dy_doc_cb cb, void *user, dy_read_stats *st);

/* Reads an open file descriptor (not closed) like a file named name. */
int dy_read_fd(int fd, const char *name, int fmt, dy_doc_cb cb, void *user, dy_read_stats *st);

/* Builds documents from one plain-text article buffer (the text reader's
 * conventions: title line, date line, source line, page furniture, pages
 * carrying several stories). Calls cb for each; returns how many, or -1
 * when the callback asked to stop. */
int dy_read_text_buffer(const char *buf, size_t n, const char *path, dy_doc_cb cb, void *user, dy_read_stats *st);

/* Finishes a document as read: sets its path and line. Returns 0, or -1
 * when it has no text (reported, counted as skipped). Normalising the text
 * is the text stage's job (dy_text_prepare), done by the workers. */
int dy_doc_finish(dy_doc *d, const char *path, long line, dy_read_stats *st);

/* Parses a record the reader handed over unparsed (d->raw), so that
 * parsing (JSON, charsets, HTML, feeds, text pages) runs on the worker
 * threads: calls cb with each document the record holds, in order, as the
 * reader would have (a JSON Lines line: d itself; a file: each story or
 * feed item). Problems are reported with the file and line, as by the
 * reader, and counted in st->skipped. d is consumed (given to cb or
 * freed); a document that was not deferred is given to cb as it is.
 * Returns 0, or 1 when cb asked to stop. */
int dy_read_deferred(dy_doc *d, dy_doc_cb cb, void *user, dy_read_stats *st);

/* Prepares the readers for use from several threads (libxml2's global
 * state): call once on the main thread before the threads read. */
void dy_read_init(void);

/* 1 when buf looks like binary data rather than text (NUL bytes, or many
 * control characters in the first few KB). */
int dy_read_is_binary(const char *buf, size_t n);

/* Today's date (UTC), or DYAD_TODAY=YYYY-MM-DD when set (for reproducible runs). */
dy_date dy_today(void);

#endif

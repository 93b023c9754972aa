"""Entity-mention pre-annotation: catalogue patterns first, simple rules after.

spaCy's blank English pipeline (tokenizer + sentencizer + EntityRuler fed by the
corpus's entity catalogue) finds the names annotators already know; capitalised
sequences and value patterns (dates, times, money, percentages) catch the rest. A
statistical model is used only if one happens to be installed: nothing is downloaded.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from corpus.errors import CorpusError
from corpus.preannotate import lexicon as lx
from corpus.preannotate.limits import chunks
from corpus.preannotate.names import (
    COMPASS,
    Name,
    find_names,
    given_initial_surname,
    is_demonym,
    is_place,
    is_titled,
    looks_like_person,
)

_OPTIONAL_MODEL = "en_core_web_sm"
_PRIORITY = {"catalogue": 0, "model": 1, "pattern": 2, "fallback": 3}


@dataclass
class MentionSpan:
    """One mention; offsets are code points into the exact text."""

    start: int
    end: int
    text: str
    label: str
    entity_id: str | None = None
    source: str = "fallback"  # catalogue, model, pattern, fallback
    score: float = 0.5


def load_catalogue(path: str | Path | None) -> list[dict[str, Any]]:
    """Entity records (entity_id, name, label, aliases); [] when the file is absent.

    Every record is checked (a bad catalogue is named by line and field, never a
    traceback from deep inside spaCy). Read once per file version (cached by path, size
    and mtime): the pre-annotator used to re-read and re-serialise it for every document.
    """
    if path is None or not Path(path).is_file():
        return []
    st = Path(path).stat()
    from corpus.paths import shown

    return list(_catalogue(str(Path(path).resolve()), st.st_size, st.st_mtime_ns,
                           shown(path))[0])


@lru_cache(maxsize=8)
def _catalogue(path: str, size: int, mtime: int, where: str
               ) -> tuple[tuple[dict[str, Any], ...], str]:
    out = _read_catalogue(Path(path), where)
    return tuple(out), json.dumps(out, sort_keys=True)


def _read_catalogue(path: Path, where: str) -> list[dict[str, Any]]:
    from corpus.errors import Problem
    from corpus.jsonl import LINE_KEY, read_jsonl
    from corpus.vocab import ENTITY_LABELS

    out, problems = [], []
    for rec in read_jsonl(path, where):
        line, rid = rec.pop(LINE_KEY), rec.get("entity_id")
        bad = []
        if not isinstance(rid, str) or not rid:
            bad.append(("entity_id", "missing or not a non-empty string"))
        if not isinstance(rec.get("label"), str):
            bad.append(("label", "missing or not a string"))
        elif rec["label"] not in ENTITY_LABELS:
            bad.append(("label", f"{rec['label']!r} is not an OntoNotes label"))
        if rec.get("name") is not None and not isinstance(rec["name"], str):
            bad.append(("name", "must be a string"))
        aliases = rec.get("aliases")
        if aliases is not None and (not isinstance(aliases, list)
                                    or not all(isinstance(a, str) for a in aliases)):
            bad.append(("aliases", "must be a list of strings"))
        problems += [Problem(where, what, line, rid if isinstance(rid, str) else None, f)
                     for f, what in bad]
        out.append(rec)
    if problems:
        raise CorpusError(f"{where}: bad entity catalogue ({len(problems)} problems)", problems)
    return out


def _catalogue_key(catalogue: str | Path | list[dict[str, Any]] | None) -> str:
    """The pipeline cache key: serialised once per catalogue file, not per document."""
    if isinstance(catalogue, list):
        return json.dumps(catalogue, sort_keys=True)
    if catalogue is None or not Path(catalogue).is_file():
        return "[]"
    st = Path(catalogue).stat()
    return _catalogue(str(Path(catalogue).resolve()), st.st_size, st.st_mtime_ns,
                      str(catalogue))[1]


def _patterns(catalogue: list[dict[str, Any]]) -> list[dict[str, Any]]:
    pats = []
    for ent in catalogue:
        forms = {ent.get("name") or ""} | set(ent.get("aliases") or [])
        for form in sorted(f for f in forms if f.strip()):
            pats.append({"label": ent["label"], "pattern": form, "id": ent["entity_id"]})
    return pats


@lru_cache(maxsize=4)
def _pipeline(catalogue_key: str) -> Any:
    try:
        import spacy
    except ImportError:
        raise CorpusError("the entity pre-annotator needs spaCy: "
                          "pip install -e '.[nlp]'") from None

    catalogue = json.loads(catalogue_key)
    if spacy.util.is_package(_OPTIONAL_MODEL):
        nlp = spacy.load(_OPTIONAL_MODEL)
    else:
        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
    pats = _patterns(catalogue)
    if pats:  # an empty ruler only warns
        before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
        ruler = nlp.add_pipe("entity_ruler", config={"overwrite_ents": True}, **before)
        ruler.add_patterns(pats)
    return nlp


_SENTENCIZER = "sentencizer"


def _unused_pipes(nlp: Any) -> list[str]:
    """Components whose work no mention reads: only ``doc.ents`` is read, and the blank
    pipeline's sentencizer (a fifth of spaCy's time) sets sentence starts, which the
    entity ruler's phrase matching does not look at. A statistical model keeps all."""
    return [_SENTENCIZER] if nlp.pipe_names == [_SENTENCIZER, "entity_ruler"] else []


_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|"
          r"November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept\.|Sep\.|Oct\.|"
          r"Nov\.|Dec\.)")
# abbreviations without their full stop only next to a day's number ("30 Nov")
_MONTH_SHORT = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)(?![\w.])"
_WEEKDAY = (r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon\.|Tue\.|Tues\.|"
            r"Wed\.|Thu\.|Thurs\.|Fri\.|Sat\.|Sun\.)")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s?[-–]\s?\d{1,2}(?:st|nd|rd|th)?)?"
_ORDINAL_WORD = (r"(?:(?:twenty|thirty)-)?(?:first|second|third|fourth|fifth|sixth|seventh|"
                 r"eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|"
                 r"sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth)")
_YEAR = r"(?:1[6-9]\d\d|20\d\d)"
_TENS = r"(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_NUMWORD = (rf"(?:\d+|{_TENS}(?:-{_UNITS})?|one|two|three|four|five|six|seven|eight|nine|ten|"
            r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|"
            r"a few|several|many|a couple of)")
_ABOUT = r"(?:(?:nearly|about|almost|more than|less than|well over|at least|some|just)\s+)?"
_UNIT = r"(?:days?|weeks?|months?|years?|decades?|centuries)"
# Each pattern opens with a look-ahead for the characters a match can start with: the same
# matches, but the regex engine skips every other position fast instead of trying the
# pattern's optional openings there (twice as fast on news text).
_VALUE_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("DATE", re.compile(rf"(?=[JFMASONDTW])\b(?:{_WEEKDAY},?\s+)?{_MONTH}\s+{_DAY}"
                        rf"(?:,?\s*{_YEAR})?(?!\w)")),
    ("DATE", re.compile(rf"(?=[JFMASONDTW])\b(?:{_WEEKDAY},?\s+)?{_MONTH_SHORT}\s+{_DAY}"
                        rf"(?:,?\s*{_YEAR})?(?!\w)")),
    ("DATE", re.compile(rf"(?=\d)\b\d{{1,2}}\s+(?:{_MONTH}|{_MONTH_SHORT})(?:,?\s+{_YEAR})?"
                        r"(?!\w)")),
    ("DATE", re.compile(rf"(?=[JFMASOND])\b{_MONTH}\s+{_ORDINAL_WORD}\b")),
    ("DATE", re.compile(rf"(?=[JFMASOND])\b(?:{_MONTH}\s+(?:and|or|to)\s+)?{_MONTH}\s+{_YEAR}\b")),
    ("DATE", re.compile(r"(?<!\d)\d{4}-\d{2}-\d{2}(?!\d)")),
    ("DATE", re.compile(r"(?=[MTWFS])\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
                        r"Sunday)\b")),
    ("DATE", re.compile(rf"(?=[\dnamlwsjtfeo])\b{_ABOUT}{_NUMWORD}\s+{_UNIT}\s+"
                        r"(?:ago|later|earlier)\b", re.I)),
    ("DATE", re.compile(rf"(?=[\dtnplfamwsjeo])\b(?:(?:the )?(?:next|past|last|first) )?"
                        rf"(?:{_ABOUT}{_NUMWORD}"
                        rf"(?:\s+straight)?\s+{_UNIT}|(?:nearly|about|almost|more than|less than|"
                        r"well over|at least|just) an? (?:year|decade|month|week|century))"
                        r"(?!\w|-old| old)", re.I)),
    ("DATE", re.compile(rf"(?=[isubd])\b(?:in|since|until|by|during)\s+({_MONTH})(?!\s+\d)")),
    ("DATE", re.compile(r"(?=[eltn])\b(?:(?:early|late|earlier|later)\s+)?(?:this|last|next|"
                        r"the coming|the past)\s+(?:days|week|weekend|month|year|days|weeks|"
                        r"months)\b", re.I)),
    ("DATE", re.compile(rf"(?=[elmtn])\b(?:early|late|mid-|this|last|next)\s?{_MONTH}"
                        r"(?!\s+\d)", re.I)),
    ("DATE", re.compile(r"(?=[ty])\b(?:today|tomorrow|yesterday)\b", re.I)),
    ("DATE", re.compile(rf"(?=[isbufad])\b(?:in|since|by|until|from|before|after|during)\s+"
                        rf"({_YEAR})(?![\d-])", re.I)),
    ("DATE", re.compile(rf"(?=f)\bfrom {_YEAR} to {_YEAR}\b")),
    ("DATE", re.compile(rf"(?<=\b[Aa] )({_YEAR})(?= [a-z])")),
    ("DATE", re.compile(rf"(?<=\b{_YEAR} and )({_YEAR})\b")),
    ("TIME", re.compile(r"(?=\d)\b\d{1,2}(?::\d{2})?\s?(?:a\.m\.|p\.m\.|am\b|pm\b|AM\b|PM\b|A\.M\.|"
                        r"P\.M\.)(?:\s(?:[A-Z]{2,4}(?![\w:])|Eastern Time))?")),
    ("TIME", re.compile(r"(?=t)\bthis (?:morning|afternoon|evening)\b|\btonight\b", re.I)),
    ("TIME", re.compile(r"(?=\d)\b\d{1,2}:\d{2}(?::\d{2})?\s(?:GMT|UTC|EDT|EST|CET|CEST|BST|PDT|"
                        r"PST|CDT|CST|MDT|MST|IST|JST|ET)\b")),
    ("MONEY", re.compile(r"[$€£¥]\s?\d[\d,.]*(?:\s(?:million|billion|trillion))?")),
    ("MONEY", re.compile(r"(?=\d)\b\d[\d,.]*\s(?:million\s|billion\s|trillion\s)?(?:dollars|euros|"
                         r"pounds|rubles|roubles|hryvnias)\b")),
    ("MONEY", re.compile(r"(?=[htmb])\b(?:hundreds|thousands|millions|billions) of (?:billions of |"
                         r"millions of )?(?:dollars|euros|pounds)\b")),
    ("PERCENT", re.compile(r"(?=\d)\b\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)")),
)


def _value_mentions(text: str) -> list[MentionSpan]:
    out = []
    for label, pat in _VALUE_PATTERNS:
        for m in pat.finditer(text):
            s, e = (m.start(1), m.end(1)) if m.groups() else (m.start(), m.end())
            out.append(MentionSpan(s, e, text[s:e], label, source="pattern", score=0.6))
    return out


_INNER_STOP = re.compile(r"(\w+)\. [A-Z]")


def _inner_sentence(line: str) -> bool:
    """'Protest in Istanbul, May 2011. Photo by Erdem Civelek via ...': a caption of
    several sentences, not a heading (an abbreviation such as "Mrs. " is no sentence end)."""
    return any(len(m.group(1)) >= 3 and (m.group(1).islower() or m.group(1).isdigit())
               and m.group(1).lower() not in lx.ABBREVIATIONS
               for m in _INNER_STOP.finditer(line))


_CREDIT_LINE = re.compile(r"\s*(?:(?:Written|Posted|Reported|Reporting|Translated|Edited|"
                          r"Photos?|Story|Text|Video|Produced|Compiled|Interview|Uploaded)"
                          r"\s+)?by\s+[A-Z]", re.I)


_LONG_LINE_WORDS = 12  # words of four letters or more
_SENTENCE_WORDS = 3  # lower-case words of five letters or more


def title_case_lines(text: str) -> list[tuple[int, int]]:
    """Spans of lines set in Title Case (headings, contents entries).

    There every word is capitalised, so capitalisation says nothing about names: the
    fallback must not guess PERSON from it ("Peace Talks Loom").
    """
    out, pos = [], 0
    for line in text.splitlines(keepends=True):
        if _CREDIT_LINE.match(line):  # "Written by Ellery Roberts Biddle": a byline
            pos += len(line)
            continue
        words = [w for w in re.findall(r"[^\W\d_]+", line) if len(w) >= 4]
        caps = sum(w[0].isupper() for w in words)
        # A sentence full of names ("NASA astronauts Shane Kimbrough, Megan McArthur, and
        # Mark Vande Hei.") ends with a full stop; a Title Case heading does not.
        sentence = line.rstrip().rstrip("\"'”’)").endswith(".")
        # "Special guests included Jane Doe, Ambassador of ..., former Directors ...": a
        # long sentence of names cut before its full stop (the page ends) still has the
        # lower-case words of a sentence, which a Title Case heading capitalises
        sentence = sentence or len(words) >= _LONG_LINE_WORDS and sum(
            w.islower() and len(w) >= 5 for w in words) >= _SENTENCE_WORDS
        if len(words) >= 3 and caps / len(words) >= 0.7 and not sentence \
                and not _inner_sentence(line):
            out.append((pos, pos + len(line)))
        pos += len(line)
    return out


def known_people_in(name: Name, people: set[str]) -> list[MentionSpan]:
    """Surnames of people named in the running text, inside a Title Case run."""
    out = []
    for m in re.finditer(r"[^\W\d_]+", name.text):
        if m.group().lower() in people:
            s, e = name.start + m.start(), name.start + m.end()
            out.append(MentionSpan(s, e, m.group(), "PERSON", source="fallback", score=0.4))
    return out


def _words_only(name: Name, person_last: set[str]) -> bool:
    """'Plain Talk', 'Fitbit Surge', 'Free Expression', 'Red Bull Arena': every word is a
    word of the language and none a given name that says "person" by itself; untitled,
    such a pair names a blog, a product, a heading. A surname the text gives a person
    elsewhere ("Long" after "Jane Long") keeps it."""
    from corpus.preannotate.gazetteer import (
        COMMON_GIVEN,
        big_cities,
        common_words,
        given_counts,
        is_common_word,
        strong_given,
    )

    def wordish(t: str) -> bool:  # a word, or a place ("Jamaica Woman Tongue", "Inter Milan")
        n = given_counts().get(t.lower(), 0)
        if n < VERY_COMMON_GIVEN and t.lower() in big_cities():
            return True
        if n >= COMMON_GIVEN:
            return False
        return is_common_word(t) and not strong_given(t) or is_place(t)

    words = [t for t in name.tokens if t.lower() not in ("of", "the", "and")]
    return (bool(common_words()) and len(words) >= 2
            and not is_titled(name.title)
            and not any(t.lower() in person_last for t in words)
            and all(wordish(t) for t in words))


_PLATFORM_NAMES = frozenset(p for p in lx.PLATFORMS if len(p) > 1 and p != "Threads")


def _is_word(text: str) -> bool:
    from corpus.preannotate.gazetteer import is_common_word

    return is_common_word(text)


def fallback_label(name: Name, person_last: set[str], title_case: bool = False) -> str | None:
    """A label for a capitalised sequence from word lists, or None when unsure.

    In a Title Case line only names the text elsewhere introduces as a person (with a
    title) count as PERSON.
    """
    low = " ".join(name.tokens).lower()
    toks = [t.lower() for t in name.tokens]
    if low in lx.GPE_WORDS or name.text.lower().rstrip(".") in lx.GPE_WORDS:
        return "GPE"
    if name.text.lower() in lx.FIRMS_NAMED_FOR_PEOPLE:
        return "ORG"  # "Morgan Stanley expects": a firm named after people
    if low in lx.LOC_WORDS or len(toks) >= 2 and toks[-1] in lx.LOC_HEADS:
        return "LOC"  # "Guantanamo Bay", "Rocky Mountains", "Persian Gulf"
    if len(toks) == 1 and toks[0] in lx.NORP_WORDS:
        return "NORP"
    if low in lx.WEEKDAYS or low in lx.MONTHS or low.rstrip(".") + "." in lx.MONTHS:
        return None  # values come from the date patterns
    if len(toks) == 2 and toks[0] == toks[1]:
        return None  # "Wagga Wagga", "Bora Bora": a word said twice names a place, no person
    if toks[-1] in lx.FAC_WORDS or toks[0] == "oval":
        return "FAC"
    if toks[-1] in lx.LAW_WORDS or toks[0] == "article":
        return "LAW"
    if toks[-1] in lx.EVENT_WORDS:
        return "EVENT"
    if any(lx.is_org_word(t) for t in name.tokens):
        # a lone head word ("Breaking News": "News") or a tournament group ("Group C") is a
        # common noun in capitals, not an organisation's name
        if len(toks) == 1 and toks[0] in lx.ORG_HEADS or (
                len(toks) == 2 and toks[0] == "group" and len(toks[1]) == 1):
            return None
        return "ORG"
    if len(toks) == 1 and name.text in _PLATFORM_NAMES:
        return "ORG"  # "on Twitter", "its Telegram account"
    if toks[-1] + "." in lx.TITLES and len(toks) >= 2:
        return None  # "Staff Sgt. Robert Bales": the words before a title abbreviation
    from corpus.preannotate.gazetteer import is_common_word

    # "Remarks of President Barack Obama": a title and two words no word of the language
    titled = len(toks) <= 2 and not any(is_common_word(t) for t in toks) and any(
        t in lx.TITLES for t in name.title)
    place = _gazetteer_place(name, person_last)
    if place:
        return place
    if title_case and name.last not in person_last and not _common_given_pair(name) \
            and not titled:
        return None  # in a Title Case line a title says nothing ("Prime Minister Talks")
    if looks_like_person(name, person_last) and not _words_only(name, person_last):
        return "PERSON"
    if name.text.isupper() and 2 <= len(name.text) <= 5 and (
            not name.sentence_initial or not _is_word(name.text)):  # "VOA’s report", "NASA said"
        return "ORG"
    return None


def _gazetteer_place(name: Name, person_last: set[str]) -> str | None:
    """GPE for a country, U.S. state or city of the gazetteer ("Costa Rica", "Yemen",
    "Salt Lake City"), LOC for a continent; a one-word city only when it is no given name
    and no surname the text gives a person ("Houston" after "Sam Houston" is him)."""
    from corpus.preannotate.gazetteer import given_names, is_common_word, places

    low = " ".join(name.tokens).lower()
    if not name.tokens or name.text.isupper() or low in person_last:
        return None
    gpe, loc, city = places()
    if low in gpe:
        return "GPE"
    if low in loc:
        return "LOC"
    if low in city and (len(name.tokens) >= 2 or low not in given_names()
                        and not is_common_word(low)):  # not "Reading", "Say"
        return "GPE"
    return None


def _common_given_pair(name: Name) -> bool:
    """'Bill Vakaafi Motufoou 40' in a results table: a frequent given name, then names."""
    from corpus.preannotate.gazetteer import (
        COMMON_GIVEN,
        WORLD_SOURCES_HEADING,
        given_counts,
        is_common_word,
        world_strong,
    )

    counts = given_counts()
    toks = name.tokens
    if not 2 <= len(toks) <= 4 or any(t.lower() in lx.NON_PERSON_WORDS for t in toks):
        return False
    # "The Case of Fabiola Antiqueo": a given name and a surname, neither a word of the
    # language nor a place, is a name whatever the given name's frequency (or culture:
    # "Olusegun Obasanjo Visits Ghana")
    return counts.get(toks[0].lower(), 0) >= COMMON_GIVEN or (
        len(toks) == 2 and toks[0].lower() in counts
        or world_strong(toks[0], WORLD_SOURCES_HEADING)
    ) and not any(is_common_word(t) or is_place(t) for t in toks) and (
        len(toks) == 2 or toks[1][1:].islower() and toks[-1][1:].islower()
    )  # ("Recep Tayyip Erdoğan Meets ...": three such names, none in capitals)


_NAMED = re.compile(r"\b(?:named|called|identified as|known as)\s+$")
_NAMED_AFTER = re.compile(r"(?:,? (?:Jr|Sr)\.?|(?<=Jr|Sr)\.)? ((?:[A-Z][\w’'.-]* ){0,3}"
                          r"([A-Z][\w’'-]*))")


def _named_after(text: str, n: Name) -> bool:
    """The name opens the name of a building, prize or place ("Kraft Jr. Mission Control
    Center", "Nobel Prize")."""
    m = _NAMED_AFTER.match(text, n.end)
    return m is not None and m.group(2).lower() in lx.NAMED_AFTER_HEADS


_TURN_LABEL = re.compile(r"(?:^|\n)[^\n]{1,60}:\s*$")


def _vocative(text: str, n: Name) -> bool:
    """A frequent given name opening a transcript turn, then a comma: the person addressed
    ("QUESTION: ... ¶ SECRETARY BLINKEN:  Lester, it’s ...")."""
    from corpus.preannotate.gazetteer import COMMON_GIVEN, given_counts

    return (len(n.tokens) == 1 and text[n.end : n.end + 1] == ","
            and given_counts().get(n.tokens[0].lower(), 0) >= COMMON_GIVEN
            and _TURN_LABEL.search(text[max(0, n.start - 80) : n.start]) is not None)


_SUFFIX = re.compile(r",? (?:Jr|Sr)\.?(?!\w)|,? (?:II|III|IV)(?!\w)|(?<=Jr|Sr)\.")


def _with_suffix(text: str, sp: MentionSpan) -> MentionSpan:
    """'Robert Rex, Jr': a generational suffix belongs to the name."""
    m = _SUFFIX.match(text, sp.end)
    if m and sp.label == "PERSON":
        end = m.end() - (1 if text[m.end() - 1] == "." and m.end() == len(text) else 0)
        sp.end, sp.text = end, text[sp.start : end]
    return sp


def extract_mentions(text: str, catalogue: str | Path | list[dict[str, Any]] | None = None
                     ) -> list[MentionSpan]:
    """Entity mentions of the text, non-overlapping, in order."""
    return extract_mentions_batch([text], catalogue)[0]


def extract_mentions_batch(texts: list[str],
                           catalogue: str | Path | list[dict[str, Any]] | None = None,
                           batch_size: int = 64) -> list[list[MentionSpan]]:
    """Mentions of many texts: one pipeline, ``nlp.pipe`` over the batch.

    spaCy sees same-length views of each text (chunks under its length limit, long runs
    without white space broken; see limits), so offsets are code points into the text.
    Without a catalogue or a model the pipeline can find no entity, so it is not run.
    """
    nlp = _pipeline(_catalogue_key(catalogue))
    per_text: list[list[tuple[int, Any]]] = [[] for _ in texts]
    if nlp.pipe_names != [_SENTENCIZER]:  # else spaCy finds no entity: nothing to run
        views = [(k, off, v) for k, text in enumerate(texts) for off, v in chunks(text)]
        for (k, off, _), doc in zip(views, nlp.pipe((v for _, _, v in views),
                                                    batch_size=batch_size,
                                                    disable=_unused_pipes(nlp)), strict=True):
            per_text[k].append((off, doc))
    return [_mentions_of(text, docs) for text, docs in zip(texts, per_text, strict=True)]


_THE_BEFORE = re.compile(r"(?:^|[^\w’'])[Tt]he $")
_HEAD_AFTER = re.compile(r" ([a-z]+)\b")
_OF_BEFORE = re.compile(r"\b(\w+) of $")
# Lower-case words after "the X" that show X is no modifier of a noun ("the Fitbit Surge
# was", "the Papal Mass in Havana").
_NOT_NOUNS = frozenset(
    {"was", "is", "are", "were", "be", "been", "has", "had", "have", "will", "would", "can",
     "could", "should", "may", "might", "must", "did", "does", "do", "in", "of", "for", "and",
     "or", "to", "at", "on", "with", "by", "from", "as", "that", "which", "who", "whose",
     "said", "says", "also", "not", "but", "into", "after", "before", "during",
     "since", "until", "over", "under", "about", "than", "then", "there", "here", "where",
     "when", "while", "if", "so", "a", "an", "the", "its", "their", "his", "her"})


def _thing_context(text: str, n: Name, people: set[str]) -> bool:
    """'the Parti Québécois', 'the Papal Mass', 'Takur Ghar mountain': a capitalised
    name right after "the" or before a place or thing noun names no person (a person's
    name takes no article: "the late John Smith" has a word between). A person the text
    names elsewhere keeps it ("the Obama administration")."""
    if is_titled(n.title):
        return False
    head = _HEAD_AFTER.match(text, n.end)
    if head and head.group(1) in lx.THING_HEADS:
        return True
    org_of = _OF_BEFORE.search(text, max(0, n.start - 30), n.start)
    if org_of and lx.is_org_word(org_of.group(1)) and not given_initial_surname(n.tokens):
        return True  # "Department of Justice Home Page": the office's field or place
    if _THE_BEFORE.search(text, max(0, n.start - 5), n.start):
        # ... unless a noun follows that the person's name modifies ("the Kirby
        # interview", "the Bob Marley movie", "the Obama administration")
        return not (head and head.group(1) not in _NOT_NOUNS and not n.possessive)
    return False


_NICK = re.compile(r"\b([A-Z][a-z]+) [\"“‘']([A-Z][\w’'-]+(?: [A-Z][\w’'-]+)?)[\"”’'] "
                   r"([A-Z][\w’'-]+)")


def _nicknames(text: str) -> list[re.Match[str]]:
    from corpus.preannotate.gazetteer import given_names

    return [m for m in _NICK.finditer(text)
            if m.group(1).lower() in given_names() and m.group(1).lower() not in lx.STOP_CAPS]


def nickname_spans(text: str) -> list[tuple[int, int]]:
    """'Mohammed “Safy” Hassan': the given name, the nickname in its quotation marks and the
    surname each name the person, so each alone later on the page is a mention of them."""
    return [m.span(g) for m in _nicknames(text) for g in (1, 2, 3)]


def nickname_names(text: str) -> list[tuple[int, int]]:
    """'Mohammed “Safy” Hassan' as written, the nickname's marks inside: one mention (the
    gold's reading, as 'Miguel 'Angel' Arellano'), not three."""
    return [(m.start(1), m.end(3)) for m in _nicknames(text)]


_SAINT_PLACE = re.compile(r"\b(?:in|from|at|near|of)\s+(?:St\.?|Saint|Ste\.?|San|Santa|São)\s+$")
_NAMED_PLACE = re.compile(r"\b(?:Fort|FORT|Ft\.|Camp|CAMP)\s+$")


def _titled_owner(text: str, n: Name) -> bool:
    """In a heading, one word right after a title word and owning what follows ("Under
    Secretary Jenkins’ Remarks", "Ambassador Tanaka’s Visit"): a person's surname, since a
    title stands before a name (a heading's capitals say nothing else)."""
    from corpus.preannotate.names import is_titled

    return len(n.tokens) == 1 and n.title[-1:] != ("of",) and is_titled(n.title[-1:]) and \
        (n.possessive or text[n.end : n.end + 2] in ("’ ", "' ")) and \
        n.tokens[0][1:].islower() and not is_place(n.text) and not lx.is_role(n.last)


_TITLE_PAREN = re.compile(r"\b([A-Za-z-]+) \($")


def _editor_parentheses(text: str, names: list[Name], labels: dict[int, str | None],
                        people: set[str]) -> None:
    """'President (Jane K.) Doe', 'Jane (Doe) and I': an editor's parentheses inside a
    person's name split it in two mentions, both PERSON, when the name read whole is a
    person's (a frequent given name first, one surname) and a title stands before it or
    one part is already a person ("Jane Doe (Reuters)" is a person and an agency)."""
    from corpus.preannotate.gazetteer import strong_given

    order = sorted(range(len(names)), key=lambda i: names[i].start)
    for a, b in zip(order, order[1:], strict=False):
        x, y = names[a], names[b]
        gap = text[x.end : y.start]
        if not (gap == ") " and text[x.start - 1 : x.start] == "("
                or gap == " (" and text[y.end : y.end + 1] == ")"):
            continue
        if x.possessive or len(y.tokens) != 1 or not x.tokens or not strong_given(x.tokens[0]) \
                or not x.tokens[0][1:].islower() or not y.tokens[0][1:].islower():
            continue
        opener = x.start - 1 if gap == ") " else x.start
        m = _TITLE_PAREN.search(text, max(0, opener - 30), opener + 1)
        titled = m is not None and m.group(1).lower() in lx.TITLES
        if not (titled or "PERSON" in (labels.get(a), labels.get(b))):
            continue
        whole = Name(x.start, y.end, text[x.start : y.end], x.title, y.possessive,
                     x.sentence_initial, x.tokens + y.tokens)
        if fallback_label(whole, people) == "PERSON":
            labels[a] = labels[b] = "PERSON"


def _titled_surname(n: Name) -> bool:
    """In a heading, one word right after a title word that is no word of the language
    (or a frequent given name), no place and no role ("Assistant Secretary Doemer Very
    Engaged ...", "Ambassador Tanaka Visits"): a surname, since a title stands before a
    name."""
    from corpus.preannotate.gazetteer import is_common_word, strong_given

    w = n.tokens[0] if n.tokens else ""
    return len(n.tokens) == 1 and n.title[-1:] != ("of",) and is_titled(n.title[-1:]) \
        and w[1:].islower() and (not is_common_word(w) or strong_given(w)) \
        and not is_place(n.text) and not lx.is_role(n.last) and not n.is_place_or_group()


_SHIP_BEFORE = re.compile(r"\b([A-Z]{2,5}) $")


def _ship(text: str, n: Name) -> bool:
    """A run right after a ship prefix ("USS Hartford", "HMS Albion"): a ship's name."""
    m = _SHIP_BEFORE.search(text, max(0, n.start - 7), n.start)
    return m is not None and m.group(1) in lx.SHIP_PREFIXES


_CLASS_AFTER = re.compile(r"[ -]class\b|(?: [A-Z][a-z]+)? Strike Group\b")


def _ships_of(text: str, names: list[Name]) -> set[str]:
    """Names the page gives a ship ("USS Carl Vinson (CVN 70)"), with their last word: the
    same words elsewhere on the page ("Carl Vinson Strike Group Departs", "Vinson will
    deploy") are the ship, not the person it is named after."""
    out = set()
    for n in names:
        if len(n.tokens) >= 2 and _ship(text, n):
            out.add(" ".join(n.tokens).lower())
            out.add(n.last)
    return out


def _ship_named(text: str, n: Name, ships: set[str], person_last: set[str]) -> bool:
    """A ship: after a ship prefix (:func:`_ship`), one of :func:`_ships_of` (not a surname
    the page gives a titled person too), or a person's name before "class" or "Strike
    Group" ("the Arleigh Burke class destroyer")."""
    if _ship(text, n) or _CLASS_AFTER.match(text, n.end):
        return True
    whole = " ".join(n.tokens).lower()
    return whole in ships and (len(n.tokens) >= 2 or n.last not in person_last)
_IN_LANGUAGE = re.compile(r" in (?:the )?[A-Z][^\W\d_]*\S* language\b")
_MEDIUM_BEFORE = re.compile(r"\b([a-z]+),? [\"“‘']?$")


def _after_medium_noun(text: str, n: Name) -> bool:
    """A run right after a lower-case noun for a medium or a saying ("the newspaper
    Lianhe Zaobao", "the motto Semper Fidelis", "VOA's show, “Nyota Kaburu”"): the name of
    the paper, the show or the words."""
    m = _MEDIUM_BEFORE.search(text, max(0, n.start - 16), n.start)
    return m is not None and m.group(1) in lx.MEDIUM_NOUNS


_STATE_AFTER = re.compile(r", ([A-Z][a-z]+(?: [A-Z][a-z]+)?)\b")


def _towns_of(text: str, names: list[Name]) -> set[str]:
    """One-word names the page writes as a town ("Sarasota, Florida", "Bendigo,
    Australia"): a word followed by a comma and a U.S. state or a country names a place,
    there and wherever else the page uses it."""
    from corpus.preannotate.gazetteer import places

    gpe = places()[0]
    out = set()
    for n in names:
        m = _STATE_AFTER.match(text, n.end)
        if len(n.tokens) == 1 and m is not None and (m.group(1).lower() in gpe or
                                                     m.group(1).lower() in lx.GPE_WORDS):
            out.add(n.last)
    return out


def _not_person_shape(n: Name) -> bool:
    """Shapes of capitalised runs that name no person: a military operation ("Operation
    New Dawn"), a word of the language with a model number ("Lightning II"), titles only
    ("Crown Prince")."""
    from corpus.preannotate.gazetteer import given_names, is_common_word

    toks = n.tokens
    if len(toks) >= 2 and toks[0].lower() == "operation":
        return True
    if any(t.lower() in lx.SITE_WORDS for t in toks[:-1]):
        return True  # "Combat Outpost Keating", "Forward Operating Base X": a site's name
    if len(toks) == 2 and _ROMAN_NUMBER.fullmatch(toks[1]) and is_common_word(toks[0]) \
            and toks[0].lower() not in given_names():
        return True
    if toks and toks[0].lower() in lx.STORM_WORDS or toks and toks[-1] in lx.FIRM_ENDS:
        return True  # "Tropical Storm Gordon": a storm; "C Co.": a company (a unit or firm)
    if any(lx.is_org_word(p) for t in toks for p in t.split("-")[1:]) or any(
            "-" in t and lx.is_org_word(t.split("-")[0]) for t in toks):
        return True  # "Area Support Group-Kuwait": an organisation's word in a hyphened part
    if len(toks) >= 2 and toks[-1].lower() in lx.OFFICE_TITLES and all(
            is_common_word(t) and t.lower() not in given_names() for t in toks[:-1]):
        return True  # "Zambia's Deputy Commerce Minister": an office, no name
    return all(t.lower() in lx.TITLES or t.lower() in lx.ROYAL_WORDS for t in toks)


_ROMAN_NUMBER = re.compile(r"I{1,3}|IV|VI{0,3}|IX|XI{0,3}")
_ADDRESS_BEFORE = re.compile(r"(?<!\w)(?:(?:thanks|thank you)(?: (?:so|very) much)?|well|yes|"
                             r"yeah|no|sure|okay|ok|go ahead|hi|hello|please|sorry|right|so|"
                             r"again|and you), $", re.I)


def _addressed(text: str, n: Name) -> bool:
    """'Thanks, Ned.', 'Well, Matt, we ...', 'Go ahead, Janne.': a given name addressed
    between a transcript's interjection and a comma or full stop."""
    from corpus.preannotate.gazetteer import given_names, is_common_word

    # ("Go ahead, Doemer.": a reporter called by surname, a word that is no word of the
    # language, no place, people, body or role)
    named = len(n.tokens) == 1 and (n.last in given_names() or n.tokens[0][1:].islower()
                                    and not is_common_word(n.tokens[0]) and not is_place(n.text)
                                    and not n.is_place_or_group() and not n.is_org_like()
                                    and not lx.is_role(n.last))
    return (named and not n.text.isupper()
            and re.match(r"[,.?!]", text[n.end : n.end + 1]) is not None
            and _ADDRESS_BEFORE.search(text, max(0, n.start - 22), n.start) is not None)


_TURN_OPEN = re.compile(r"(?:[A-Z][A-Z.’'-]*\.? ){0,3}[A-Z][A-Z.’'-]+:")


def _in_turn(text: str, pos: int) -> bool:
    """The line of ``pos`` opens with a transcript's speaker label in capitals ("MR. DOE:")."""
    line = text.rfind("\n", 0, pos) + 1
    return _TURN_OPEN.match(text, line, pos) is not None


_PLACE_BEFORE = re.compile(r"\b(?:in|from|near|to|outside|of|into|across|around),? $", re.I)
_ONE_WORD_SENTENCE = re.compile(r"\.(?: |\n|$)")
VERY_COMMON_GIVEN = 200_000  # babies: "Matt", "Amy", "Lori" even though the words exist


def _lone_given(text: str, n: Name) -> bool:
    """'This week, Lori and I', 'about Evan and also about Paul Whelan': a frequent given
    name standing alone in running text, which is no word of the language, no place and
    no sentence opener, is a person called by first name."""
    from corpus.preannotate.gazetteer import COMMON_GIVEN, given_counts, is_common_word, places

    w = n.tokens[0] if len(n.tokens) == 1 else ""
    count = given_counts().get(w.lower(), 0)
    if not w or w.lower() in lx.MONTHS or w.lower() in places()[2] and (
            count < VERY_COMMON_GIVEN or _PLACE_BEFORE.search(text, max(0, n.start - 12), n.start)
            or not _in_turn(text, n.start)):
        # "in Harrison, New Jersey": a town's name is a given name too (but "MR. DOE: I was
        # looking at David.": in a transcript turn one of the most frequent names, after
        # no preposition of place, is someone in the room)
        return False
    # the most frequent names ("Matt", "Amy") are names first, whatever the dictionary says
    # ("Matt, go ahead": a frequent name opening a sentence with a comma is addressed;
    # "MR. DOE: What's that? Matt. Back to you.": in a transcript turn a sentence of that
    # one name calls on someone)
    alone = _ONE_WORD_SENTENCE.match(text, n.end) is not None \
        and re.search(r"[.?!] $", text[max(0, n.start - 2) : n.start]) is not None \
        and _in_turn(text, n.start)
    return ((not n.sentence_initial or text[n.end : n.end + 1] == "," or alone)
            and not n.text.isupper() and count >= COMMON_GIVEN
            and (count >= VERY_COMMON_GIVEN or not is_common_word(w))
            and not n.is_place_or_group()
            and not is_place(w) and w.lower() not in lx.NON_PERSON_WORDS
            and text[n.end : n.end + 1] not in ("-", "’", "'", "@", "/")
            and not re.match(r"\.\w| \d| [IVX]+\b", text[n.end : n.end + 4])  # "Evan.com",
            # "Apollo 11", "Artemis II": a mission or a model, not a person
            and text[max(0, n.start - 1) : n.start] not in ("#", "@", "/", "-", "."))


_LABEL_REST = re.compile(r": +[A-Z][^\n]{20,}")


def _given_turn_label(text: str, n: Name) -> bool:
    """'Susan: Thank you for joining us for today's briefing.': a frequent given name alone
    at the start of a line, then a colon and a sentence, is a transcript's speaker label (a
    field label is no given name: "Location: Unknown")."""
    from corpus.preannotate.gazetteer import COMMON_GIVEN, given_counts

    w = n.tokens[0] if len(n.tokens) == 1 else ""
    return bool(w) and w[1:].islower() and given_counts().get(w.lower(), 0) >= COMMON_GIVEN \
        and text[max(0, n.start - 1) : n.start] in ("", "\n") \
        and _LABEL_REST.match(text, n.end) is not None and not is_place(w) \
        and w.lower() not in lx.NON_PERSON_WORDS and w.lower() not in lx.MONTHS


_INVERTED_CUE = re.compile(r"[,?!][”\"’]\s(?:said|says|asked|added|explained|recalled)\s$")


def _listed_word(n: Name, w: str) -> bool:
    """The one word ``w`` of ``n`` is a word some list says is no person's name: a place, a
    people, a body, an organisation's word, a role or a month (what the one-word speaker
    rules exclude before reading the context)."""
    low = w.lower()
    return n.is_place_or_group() or n.is_org_like() or is_place(w) or lx.is_role(low) \
        or low in lx.NON_PERSON_WORDS or low in lx.MONTHS


def _inverted_speaker(text: str, n: Name) -> bool:
    """'“…,” said Haila.': a lone capitalised word (no place, body, role or nationality)
    right after a closing quotation mark's inverted cue, ending the sentence, is the
    speaker's name, though no list of names has it."""
    w = n.tokens[0] if len(n.tokens) == 1 else ""
    return bool(w) and w[1:].islower() and not n.possessive \
        and _INVERTED_CUE.search(text, max(0, n.start - 12), n.start) is not None \
        and text[n.end : n.end + 1] in (".", ",") and not _listed_word(n, w)


_WHO_AFTER = re.compile(r", who \w")
_QUOTE_BEFORE = re.compile(r"[”\"]\s$")
_CUE_VERB_AFTER = re.compile(r" (?:said|says|added|adds|asked|asks|told|tells|explained|"
                             r"recalled|noted|continued)\b")


def _surname_subject(text: str, n: Name) -> bool:
    """'Davenport, who is retiring', '“...” Davenport said.': one capitalised word of no
    list (no place, body, role or month; a word of the language only if the page never
    writes it in lower case: "davenport" is a sofa too) as the subject of "who" or of a cue
    right after a closing quotation mark is a person called by surname, though the page
    never gives the full name ("Hartwell said its plant ..." alone says nothing)."""
    from corpus.preannotate.gazetteer import is_common_word

    w = n.tokens[0] if len(n.tokens) == 1 else ""
    if not w or not w[1:].islower() or n.possessive or _listed_word(n, w) \
            or is_common_word(w) and re.search(rf"\b{re.escape(w.lower())}\b", text) \
            or w.lower() in lx.NORP_WORDS or w in _PLATFORM_NAMES:
        return False
    return _WHO_AFTER.match(text, n.end) is not None or (
        _QUOTE_BEFORE.search(text, max(0, n.start - 2), n.start) is not None
        and _CUE_VERB_AFTER.match(text, n.end) is not None)


_BLOGGER_VERB = re.compile(r" (?:wonders|muses|ponders|laments|confesses|discovers|remembers|"
                           r"agrees|disagrees|devotes|engages|spares|photoblogs|blogs|writes|"
                           r"rants|reminisces|mourns|worries|rejoices|vents)\b")
_HANDLE_PART = re.compile(r"[A-Z][a-z]+")


def _blogger_subject(text: str, n: Name) -> bool:
    """'Jdid spares a thought', 'Guyana-Gyal engages in ...', 'MediaCritic remembers ...',
    'Billy wonders whether ...': one word, a handle of no list (no word of the language,
    place, people, body or role; a hyphenated or CamelCase pen name whose parts are no
    site's word and not all places) or one of the most frequent given names, as the subject of
    a verb of a person's thinking or blogging (no "says" or "reports": "Xinhua says") is
    a blogger's name (the gold's pen names, d16-adj-3)."""
    from corpus.preannotate.gazetteer import given_counts, is_common_word

    w = n.tokens[0] if len(n.tokens) == 1 else ""
    if not w or n.possessive or w.isupper() or n.is_place_or_group() or n.is_org_like() \
            or is_place(w) or lx.is_role(w.lower()) or w.lower() in lx.NON_PERSON_WORDS \
            or w.lower() in lx.NORP_WORDS or w.lower() in lx.MONTHS or w in _PLATFORM_NAMES \
            or _BLOGGER_VERB.match(text, n.end) is None \
            or text[max(0, n.start - 1) : n.start] in ("#", "@", "/", "-", "."):
        return False
    parts = _HANDLE_PART.findall(w)
    if "-" in w or len(parts) >= 2 and "".join(parts) == w:  # "Guyana-Gyal", "MediaCritic"
        return len(parts) >= 2 and not all(is_place(p) for p in parts) and not any(
            p.lower() in lx.SITE_PARTS or lx.is_org_word(p) for p in parts)
    return w[1:].islower() and (given_counts().get(w.lower(), 0) >= VERY_COMMON_GIVEN
                                or not is_common_word(w))


_AGE = re.compile(r",\s\d{1,3},")
_APPOSITION = re.compile(r",\s(?:a|an|the)\s(?:[a-z-]+\s){0,2}?([a-z]+)[,.]")
_NEXT_WORD = re.compile(r"(?:’s|'s|‘s)? ([a-z]+)\b")
_PRONOUN = re.compile(r"\b(?:(he|she|his|her|him|himself|herself)|it|its|they|their|them)\b")
_OCCUPATION = re.compile(r"[a-z]{3,}(?:man|woman|ist|ian)$")  # fisherman, activist, historian


def _given_in_context(text: str, n: Name) -> bool:
    """'Lutgardo, a fisherman, ...', 'Olusegun, 34, ...', 'Wanjiru said she ...',
    'Lutgardo’s invocation of his ...': a lone given name of any culture (the U.S. or world
    lists) that is no word of the language and no place is a person called by one name when
    an age or a person noun stands in apposition, or when it owns the next noun or reports
    and the sentence then goes on with "he" or "she" (not "it" or "they": the world lists
    also hold "Sony", "Fatah" and "Jenin", and "Sony said its" is a firm)."""
    from corpus.preannotate.gazetteer import world_strong

    w = n.tokens[0] if len(n.tokens) == 1 else ""
    if not w or not w[1:].islower() or not world_strong(w) or lx.is_role(w.lower()) \
            or w.lower() in lx.NON_PERSON_WORDS or n.is_place_or_group() \
            or text[max(0, n.start - 1) : n.start] in ("#", "@", "/", "-", "."):
        return False
    after = text[n.end : n.end + 60]
    if _AGE.match(after):
        return True
    app = _APPOSITION.match(after)
    if app:
        head = app.group(1)
        return lx.is_role(head) or head in lx.PERSON_NOUNS or _OCCUPATION.match(head) is not None
    m = _NEXT_WORD.match(after)
    if not m:
        return False
    verb = m.group(1) in lx.SPEECH_VERBS and not m.group(1).endswith("ing") \
        and m.group(1) not in lx.NOUN_LIKE
    if not (verb or n.possessive):
        return False
    sentence = re.split(r"[.!?\n]", text[n.end : n.end + 200], maxsplit=1)[0]
    pron = _PRONOUN.search(sentence)
    return pron is not None and pron.group(1) is not None


_RULE = re.compile(r"\b([Tt]he |[Aa] )?([A-Z][a-z]+(?:[’'-][A-Za-z]+)?) "
                   r"(administration|regime|presidency|Administration|Regime|Presidency)\b")


def _ruler_mentions(text: str, people: set[str], headings: list[tuple[int, int]]
                    ) -> list[MentionSpan]:
    """'the Bush administration', 'the Assad Regime', 'the Obama presidency': a capitalised
    word before a noun of a leader's rule names the leader (a PERSON mention), unless it is
    a place, a people, an organisation or a kind of rule ("the Communist regime", "the
    Federal Aviation Administration": a capitalised "Administration" after another
    capitalised word is an office's name)."""
    from corpus.preannotate.gazetteer import places

    out = []
    for m in _RULE.finditer(text):
        w = re.sub(r"[’']s$", "", m.group(2))  # "Oklahoma’s administration": the word itself
        low = w.lower()
        if m.group(3)[0].isupper() and not m.group(1):
            continue  # "Aviation Administration": an office's own name
        if low in lx.RULE_MODIFIERS or low in lx.NORP_WORDS or low in lx.GPE_WORDS \
                or lx.is_org_word(w) or lx.is_role(low) or low in lx.STOP_CAPS \
                or low in lx.MONTHS or low in lx.WEEKDAYS or low.endswith(("ese", "ian", "ish")) \
                and low not in people or is_place(w) \
                or low in places()[2] and m.group(3).lower() == "regime" \
                or low.endswith(("ity", "tion", "ment", "ance", "ence", "ing", "ship")):
            continue  # ("the Kabul regime": a capital; "the Security Administration"; a
            # town's name only before "regime": "the Obama administration" is no town's)
        if m.group(3)[0].isupper() and not any(s <= m.start(2) < e for s, e in headings):
            continue  # a capitalised head outside a heading is an office's name
        out.append(MentionSpan(m.start(2), m.start(2) + len(w), w, "PERSON",
                               source="fallback", score=0.3))
    return out


_HASHTAG = re.compile(r"(?<![\w&])#([A-Za-z][A-Za-z0-9]*)")
_CAMEL = re.compile(r"[A-Z][a-z]+|[A-Z]+(?![a-z])|[a-z]+|\d+")


def hashtag_people(text: str, people: set[str]) -> list[MentionSpan]:
    """'#FreeSafy', '#UnfollowAbdullahGul': the person a campaign hashtag names is a mention
    of its own, cut out of the tag (the guidelines annotate a name inside a compound). The
    tag ends in the name: a given name of any culture and a surname, or a name the text
    gives a person elsewhere or a given name after campaign words ("#FreeSafy"), after at
    least one other word ("#KnowYourDictator" names none)."""
    from corpus.preannotate.gazetteer import is_common_word, world_strong

    out = []
    for m in _HASHTAG.finditer(text):
        parts = list(_CAMEL.finditer(m.group(1)))
        if len(parts) < 2 or not all(p.group()[:1].isupper() for p in parts):
            continue
        base = m.start(1)
        for k in range(1, len(parts)):
            tail = [p.group() for p in parts[k:]]
            campaign = all(p.group().lower() in lx.HASHTAG_CAMPAIGN_WORDS for p in parts[:k])
            known = len(tail) == 1 and (tail[0].lower() in people
                                        or campaign and world_strong(tail[0]))
            named = len(tail) == 2 and world_strong(tail[0]) and not is_place(tail[1]) and (
                tail[1].lower() in people or not is_common_word(tail[1]))
            if known or named:
                s, e = base + parts[k].start(), m.end(1)
                out.append(MentionSpan(s, e, text[s:e], "PERSON", source="fallback", score=0.3))
                break
    return out


_ARTICLE = re.compile(r"^(?:al|el|ad|ash|as|an|ar|at|az|ud|ul)-\w{3,}$")


def _without_gerund(text: str, n: Name) -> Name:
    """'Quoting Erdem Civelek, ...', 'Citing Reuters, ...': a sentence's opening -ing word
    is no part of the name after it."""
    from corpus.preannotate.gazetteer import given_names, is_common_word

    first = n.tokens[0] if len(n.tokens) >= 2 else ""
    if n.sentence_initial and first.endswith("ing") and first[1:].islower() \
            and is_common_word(first) and first.lower() not in given_names():
        s = text.index(n.tokens[1], n.start + len(first))
        return Name(s, n.end, text[s : n.end], n.title + (first.lower(),), n.possessive,
                    False, n.tokens[1:], n.shout)
    return n


def _first_words(text: str, n: Name, k: int) -> Name:
    """``n`` cut after its first ``k`` words (what the trimming rules below keep of a run
    that went on past the name): same start and title context, no possessive."""
    toks = n.tokens
    e = text.index(toks[k - 1], n.start) + len(toks[k - 1])
    return Name(n.start, e, text[n.start : e], n.title, False, n.sentence_initial, toks[:k],
                n.shout)


def _without_verb(text: str, n: Name) -> Name:
    """'Jackson Acquitted', 'Ghailani Convicted', 'Uribe Reelected': a short headline's past
    participle after a name is no part of it."""
    from corpus.preannotate.gazetteer import given_names, is_common_word

    last = n.tokens[-1] if len(n.tokens) >= 2 else ""
    # ("Uribe Reelected", "Doe Re-elected": the same participle behind "re")
    low = last.lower()
    bare = low[3:] if low.startswith("re-") else low[2:] if low.startswith("re") else low
    if last.endswith("ed") and last[1:].replace("-", "").islower() \
            and (is_common_word(last) or bare.endswith("ed") and is_common_word(bare)) \
            and low not in given_names():
        e = n.end - len(last) - 1
        return Name(n.start, e, text[n.start : e], n.title, False, n.sentence_initial,
                    n.tokens[:-1], n.shout)
    return n


_LINK = re.compile(r"(?:https?://|www\.)\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_NAME_PARTICLES = ("von", "van", "der", "den", "de", "da", "del", "di", "la", "le", "bin",
                   "ibn", "dos", "das")


def _particle_tails(full: list[Name]) -> dict[str, str]:
    """Surname -> its particles as a full name wrote them ("leyen" -> "von der")."""
    out = {}
    for n in full:
        toks = [t.lower() for t in n.tokens]
        for k in range(1, len(toks) - 1):
            if toks[k] in _NAME_PARTICLES:
                out.setdefault(toks[-1], " ".join(toks[k:-1]))
                break
    return out


def _with_particles(text: str, n: Name, tails: dict[str, str]) -> Name:
    """'later von der Leyen left' after 'Ursula von der Leyen': the particles belong to the
    bare surname too."""
    tail = tails.get(n.last)
    if not tail:
        return n
    target = tail + " " + n.tokens[-1]
    s = n.end - len(target)
    if 0 <= s < n.start and text[s : n.end].lower() == target.lower() and (
            s == 0 or not text[s - 1].isalnum()):
        return Name(s, n.end, text[s : n.end], n.title, n.possessive, n.sentence_initial,
                    text[s : n.end].split(), n.shout)
    return n


def _heading_person(text: str, n: Name, people: set[str]) -> Name | None:
    """The person a Title Case heading names in full, its span cut at the heading's next
    word ("Mark Rowse Wins Top Award": Mark Rowse), or None."""
    from corpus.preannotate.gazetteer import (
        WORLD_SOURCES_HEADING,
        is_common_word,
        strong_given,
        world_strong,
    )

    # "Pakistani Activist Jane Doemer Shot Dead": after a title a given name of any culture
    # that fewer lists know is enough (the title says "person")
    titled = n.title[-1:] != ("of",) and any(t in lx.TITLES for t in n.title) \
        and world_strong(n.tokens[0])
    if not strong_given(n.tokens[0]) and not world_strong(n.tokens[0], WORLD_SOURCES_HEADING) \
            and not titled:
        return None  # ("Zbigniew Brzezinski Dies at 89": a given name of any culture)
    if n.tokens[0].lower() in people and n.tokens[1].lower() not in people \
            and is_common_word(n.tokens[1]):
        return None  # "Gay Pulls Off Double Sprint Title": the story's Tyson Gay, a verb

    cut = _heading_cut(text, n, titled)
    nxt = re.match(r"\s+([\w’'-]+)", text[cut.end : cut.end + 40])
    if fallback_label(cut, people, title_case=True) != "PERSON" or _thing_context(
            text, cut, people) or (nxt and nxt.group(1).lower() in lx.NAMED_AFTER_HEADS) \
            or _named_for(n, cut):
        return None  # (every heading word is capitalised: only the next one can be a head)
    return cut


def _named_for(n: Name, cut: Name) -> bool:
    """'James K. Roe Press Briefing Room': a heading's run that goes on from the person's
    name to the head of a building's or a room's name, through no verb (a headline's verb
    ends in -s or -ed: "Jane Roe Opens New Library", "Mark Doe Wins Top Award"), names
    the place after the person."""
    rest = n.tokens[len(cut.tokens) :]
    if not rest or rest[-1].lower() not in lx.NAMED_AFTER_HEADS or cut.end >= n.end:
        return False
    verb = rest[0].lower()
    return not (verb.endswith(("s", "ed")) and not verb.endswith("ss"))


def _heading_rest(text: str, n: Name, cut: Name | None) -> Name | None:
    """What a heading's run holds after the person it opens with and one word of the
    language (a verb: "Meets", "Thanks"), when a given name follows: the next person's
    candidate ("... Meets Andrzej Duda In Warsaw"), or None."""
    from corpus.preannotate.gazetteer import (
        WORLD_SOURCES_HEADING,
        is_common_word,
        strong_given,
        world_strong,
    )

    if cut is None or cut.end >= n.end:
        return None
    toks = n.tokens[len(cut.tokens) :]
    if len(toks) < 3 or not toks[0][1:].islower() or not is_common_word(toks[0]) \
            or not (strong_given(toks[1]) or world_strong(toks[1], WORLD_SOURCES_HEADING)):
        return None
    s = text.index(toks[1], cut.end + len(toks[0]))
    return Name(s, n.end, text[s : n.end], (), False, False, toks[1:], n.shout)


def _heading_cut(text: str, n: Name, titled_given: bool = False) -> Name:
    """'Jury Finds Michael Jackson Not Guilty': in a Title Case heading a given name and a
    surname end at the next word of the language (``titled_given``: the caller read the
    first word as a given name after a title)."""
    from corpus.preannotate.gazetteer import (
        WORLD_SOURCES_HEADING,
        given_names,
        is_common_word,
        world_strong,
    )

    toks = n.tokens
    if len(toks) < 3 or toks[0].lower() not in given_names() and not titled_given \
            and not world_strong(toks[0], WORLD_SOURCES_HEADING):
        return n
    j = 1  # the surname: the first word after the given name that is no initial
    while j < len(toks) - 1 and (len(toks[j].rstrip(".")) == 1 or toks[j].islower()):
        j += 1
    titled = j == 1 and any(t in lx.TITLES for t in n.title)
    # "Pope Francis Visits Brazil": after a title the given name alone may be the name
    for k in range(j if titled and is_common_word(toks[j]) else j + 1, len(toks)):
        if is_common_word(toks[k]) or toks[k].lower() in lx.STOP_CAPS:
            return _first_words(text, n, k)
    return n


_CUE_BEFORE = re.compile(r"\b(\w+) (?:\S+ )?$")
_CUE_AFTER = re.compile(r"^ (\w+)")


def _compass_speaker(text: str, n: Name, people: set[str]) -> bool:
    """'said West': a compass word the page gave a person as surname ('Justin West') is
    that person next to a speech verb; elsewhere ('went West') it is a direction."""
    if n.last not in COMPASS or n.last not in people or n.possessive:
        return False
    before = _CUE_BEFORE.search(text[max(0, n.start - 30) : n.start])
    after = _CUE_AFTER.match(text[n.end : n.end + 20])
    return bool(before and before.group(1).lower() in lx.SPEECH_VERBS
                or after and after.group(1).lower() in lx.SPEECH_VERBS)


def _given_and(text: str, n: Name, full: list[Name]) -> bool:
    """A given name before "and" and a person's full name: two people of one family."""
    from corpus.preannotate.gazetteer import given_names

    if len(n.tokens) != 1 or n.last not in given_names() or text[n.end : n.end + 5] != " and ":
        return False
    return any(f.start == n.end + 5 and f.tokens[0].lower() in given_names() for f in full)


def _without_of_place(text: str, n: Name) -> Name:
    """'Steve Scalise of Louisiana': a place after 'of' behind a given name and surname is
    where the person is from, not part of the name ('Catherine of Aragon' has one word
    before 'of' and stays)."""
    toks = n.tokens
    if len(toks) < 4 or "of" not in toks[2:-1]:
        return n
    k = toks.index("of", 2)
    if not is_place(" ".join(toks[k + 1 :])):
        return n
    return _first_words(text, n, k)


def _without_tail_words(text: str, n: Name, surnames: set[str]) -> Name:
    """Words run on after a person's name in a line of headlines and teasers: the name of a
    person the page names in full, then words of the language ("Austin Places 8,500
    Troops", "Carter Legacy: ..."), or an office ("Charlene Austin Secretary of Defense
    ..."): the name ends before them."""
    from corpus.preannotate.gazetteer import is_common_word, strong_given

    toks = n.tokens
    keep = len(toks)
    if (len(toks) >= 2 and toks[-1].lower() in lx.OFFICE_TITLES
            and text[n.end : n.end + 4] == " of "):
        keep = len(toks) - 1
    elif len(toks) >= 3 and toks[-1].isupper() and len(toks[-1]) >= 3 and \
            not _ROMAN_NUMBER.fullmatch(toks[-1]) and \
            not any(t.isupper() for t in toks[:-1]):
        keep = len(toks) - 1  # "Kane Farabaugh CAMERON": the next line's shouted word
    elif len(toks) == 2 and toks[0].lower() in surnames and toks[1].lower() not in surnames \
            and toks[1][1:].islower() and is_common_word(toks[1]) \
            and not strong_given(toks[1]):
        keep = 1  # ("Legacy" names a few babies: not a given name that says "person")
    if keep == len(toks):
        return n
    return _first_words(text, n, keep)


def _without_occupation(text: str, n: Name) -> Name:
    """'St. Lucian Poet Vladimir Lucien': words up to a Title Case occupation before a
    frequent given name describe the person ("Lucian" is a given name too, so the people's
    word rule of :func:`_without_lead_word` would not see it); the name starts after them,
    before any heading rule reads the run. The next word is a frequent given name, or a
    given name that is no word of the language ("Vladimir")."""
    from corpus.preannotate.gazetteer import COMMON_GIVEN, given_counts, given_names, is_common_word

    counts, given = given_counts(), given_names()
    for k in range(1, len(n.tokens) - 2):
        nxt = n.tokens[k + 1].lower()
        if n.tokens[k].lower() in lx.PERSON_NOUNS and n.tokens[k][1:].islower() \
                and (counts.get(nxt, 0) >= COMMON_GIVEN or nxt in given
                     and not is_common_word(n.tokens[k + 1])):
            s = text.index(n.tokens[k + 1], n.start)
            return Name(s, n.end, text[s : n.end],
                        n.title + tuple(t.lower() for t in n.tokens[: k + 1]),
                        n.possessive, False, n.tokens[k + 1 :], n.shout)
    return n


def _without_lead_word(text: str, n: Name) -> Name:
    """'Rapper Calvin Broadus', 'Blogger Ali Khan': a word of the language that is no given
    name, before a frequent given name, is an unknown title, not part of the name; so is a
    people's word ('Guadeloupean CaribCreoleOne') that is no given name."""
    from corpus.preannotate.gazetteer import COMMON_GIVEN, given_counts, is_common_word

    counts = given_counts()
    if len(n.tokens) >= 2 and is_demonym(n.tokens[0]) and n.tokens[0].lower() not in counts:
        s = text.index(n.tokens[1], n.start)  # "Guadeloupean CaribCreoleOne": from where
        return Name(s, n.end, text[s : n.end], n.title + (n.tokens[0].lower(),),
                    n.possessive, False, n.tokens[1:], n.shout)
    if len(n.tokens) >= 3 and n.tokens[0][1:].islower() and is_common_word(n.tokens[0]) \
            and n.tokens[0].lower() not in counts \
            and counts.get(n.tokens[1].lower(), 0) >= COMMON_GIVEN:
        s = text.index(n.tokens[1], n.start)
        return Name(s, n.end, text[s : n.end], n.title + (n.tokens[0].lower(),),
                    n.possessive, False, n.tokens[1:], n.shout)
    return n


_CREDIT_HANDLE = re.compile(r"(?m)^[ \t]*(?:Image|Images|Photo|Photos|Photograph|Picture|"
                            r"Video|Audio|Audio recording|Photo credit|Credit|Recorded|"
                            r"Narrated|Read)(?: by)?:[ \t]*"
                            r"([^\W\d_][\w’'-]*[^\W_])\.?[ \t]*$")


_CREDIT_BY = re.compile(r"\b(?:[Dd]irected|[Rr]ecorded|[Nn]arrated|[Pp]ainted|[Cc]omposed|"
                        r"[Ii]llustrated|[Ss]culpted|[Cc]horeographed|[Ss]ung|[Aa]uthored) by $")


def _credited_by(text: str, n: Name) -> bool:
    """'directed by Ana Reyes', 'a saying recorded by Pliny': after a verb of making a film,
    a record, a painting or a song, 'by' names its maker, a person, when the name is no
    organisation, place or people's word and has one or two words."""
    if not 1 <= len(n.tokens) <= 2 or n.is_org_like() or n.is_place_or_group() \
            or is_place(n.text) or n.text.isupper() or n.possessive \
            or any(t.lower() in lx.NON_PERSON_WORDS or t.lower() in lx.NORP_WORDS
                   for t in n.tokens):
        return False
    return _CREDIT_BY.search(text, max(0, n.start - 24), n.start) is not None


def credit_handles(text: str) -> list[tuple[int, int]]:
    """'Image: Bidgee.', 'Audio recording by: acagastya.': a one-word credit line names a
    contributor by user name (PERSON, uncertain in the guidelines' terms) unless the word is
    an organisation, an acronym, a place, a word of the language or a picture agency."""
    from corpus.preannotate.gazetteer import is_common_word

    out = []
    for m in _CREDIT_HANDLE.finditer(text):
        w = m.group(1)
        if w.isupper() or lx.is_org_word(w) or w in _PLATFORM_NAMES or is_place(w) \
                or w.lower() in lx.STOCK_SITES or w.lower().startswith("wiki") \
                or is_common_word(w) or w.lower() in lx.NORP_WORDS:
            continue
        out.append(m.span(1))
    return out


def _mentions_of(text: str, docs: list[tuple[int, Any]]) -> list[MentionSpan]:
    from corpus.preannotate.gazetteer import given_counts, world_strong

    spans: list[MentionSpan] = []
    for offset, doc in docs:
        for ent in doc.ents:
            src = "catalogue" if ent.ent_id_ else "model"
            s, e = offset + ent.start_char, offset + ent.end_char
            spans.append(MentionSpan(s, e, text[s:e], ent.label_, ent.ent_id_ or None, src,
                                     0.9 if src == "catalogue" else 0.7))
    spans.extend(_value_mentions(text))
    links = [m.span() for m in _LINK.finditer(text)]
    names = [n for n in find_names(text)
             if not any(s < n.end and n.start < e for s, e in links)]  # no names in URLs
    headings = title_case_lines(text)
    in_heading = [any(s <= n.start < e for s, e in headings) for n in names]
    person_last = {n.last for i, n in enumerate(names) if not in_heading[i]
                   and is_titled(n.title) and looks_like_person(n, set())}
    nick = set(nickname_spans(text))
    handles = set(credit_handles(text))
    starts = {n.start for n in names}
    spans.extend(MentionSpan(s, e, text[s:e], "PERSON", source="fallback", score=0.3)
                 for s, e in handles if s not in starts)  # "Image: acagastya."
    person_last |= {text[s:e].lower() for s, e in nick}
    labels: dict[int, str | None] = {}
    # Running text first, full names before single words: the full names tell which
    # surnames (and first names) are people, so "Hicks" and "Watanave" later count too.
    names = [_without_of_place(text, _without_verb(text, _without_gerund(
        text, _without_occupation(text, n)))) for n in names]
    for i, n in enumerate(names):
        if not in_heading[i] and len(n.tokens) >= 2:
            labels[i] = fallback_label(n, person_last)
    # A full name that the thing rules below reject ("the Nambour Rugby club") tells
    # nothing about which single words are people.
    ships = _ships_of(text, names)
    full = [names[i] for i, lab in labels.items() if lab == "PERSON"
            and not (_named_after(text, names[i]) or _thing_context(text, names[i],
                                                                    person_last)
                     or _ship_named(text, names[i], ships, set()))]
    people = person_last | {n.last for n in full}
    # "Abu Bakr al-Baghdadi" ... "Baghdadi": the surname without its article refers too
    people |= {w.split("-", 1)[1] for w in people if _ARTICLE.match(w)}
    # "Manuel Acevedo-Hernández" ... "Acevedo’s conviction": each part of a double surname
    people |= {p for w in people if "-" in w and not _ARTICLE.match(w)
               for p in w.split("-") if len(p) >= 3}
    people |= {w.replace("'", "’") for w in people} | {w.replace("’", "'") for w in people}
    tails = _particle_tails(full)
    # "Luiz Inácio Lula da Silva" ... "Lula:": the word before a surname's particles is a
    # family name of its own (Portuguese and Spanish names), used alone like the surname
    people |= {n.tokens[k - 1].lower() for n in full for k in range(2, len(n.tokens) - 1)
               if n.tokens[k].lower() in _NAME_PARTICLES and n.tokens[k][:1].islower()
               and n.tokens[k - 1][1:].islower()}
    firsts = {n.tokens[0].lower() for n in full if not n.text.isupper()}
    named_firsts = {f for f in firsts if world_strong(f)}  # no word of the language
    spans.extend(hashtag_people(text, people))  # "#FreeSafy", "#UnfollowAbdullahGul"
    # A person a headline names in full ("Mark Rowse Wins Award") is "Rowse" in the story.
    in_headline = [_heading_person(text, n, people) if in_heading[i] and len(n.tokens) >= 2
                   else None for i, n in enumerate(names)]
    for i in range(len(names)):  # "Volodymyr Zelensky Meets Andrzej Duda In Warsaw"
        rest = _heading_rest(text, names[i], in_headline[i]) if in_heading[i] else None
        second = _heading_person(text, rest, people) if rest is not None else None
        if second is not None:
            names.append(rest)
            in_heading.append(True)
            in_headline.append(second)
    people |= {h.last for h in in_headline if h is not None}
    # "Activist Jane Doemer Shot Dead" ... "Jane arranged the event": the given name of a
    # person a headline names in full is that person in the story too
    firsts |= {h.tokens[0].lower() for h in in_headline
               if h is not None and len(h.tokens) >= 2 and not h.text.isupper()}
    # "“…,” said Haila.": one word a quote's inverted cue names is a person's name, also
    # where the page uses it before ("Haila did not want her face on camera")
    people |= {n.last for i, n in enumerate(names) if not in_heading[i]
               and _inverted_speaker(text, n)}
    # "Thank you so much, Capricia." ... "as Capricia just said"; "Davenport, who is
    # retiring" ... "Davenport says": one word the page addresses, or makes the subject of
    # "who" or of a cue after a quotation, is that person wherever the page uses it
    people |= {n.last for i, n in enumerate(names) if not in_heading[i] and len(n.tokens) == 1
               and (_addressed(text, n) or _surname_subject(text, n))}
    for i, n in enumerate(names):
        if not in_heading[i] and len(n.tokens) == 1:
            labels[i] = fallback_label(n, people | firsts)
            if labels[i] is None and _NAMED.search(text[max(0, n.start - 20) : n.start]) \
                    and not n.is_place_or_group() and not lx.is_role(n.last) \
                    and not re.match(r" \d", text[n.end : n.end + 2]) \
                    and not _IN_LANGUAGE.match(text, n.end):  # ("known as X in the Y language")
                labels[i] = "PERSON"  # "an Afghan national named Obaidullah"
            elif labels[i] is None and _vocative(text, n):
                labels[i] = "PERSON"  # "SECRETARY BLINKEN:  Lester, it’s no surprise"
            elif labels[i] is None and (_lone_given(text, n) or _addressed(text, n)):
                labels[i] = "PERSON"
            elif labels[i] is None and _given_turn_label(text, n):
                labels[i] = "PERSON"  # "Susan: Thank you for joining us": a speaker label
            elif labels[i] is None and _given_in_context(text, n):
                labels[i] = "PERSON"  # "Wanjiru said", "Lutgardo, a fisherman, ..."
            elif labels[i] is None and _compass_speaker(text, n, people):
                labels[i] = "PERSON"  # "Justin West" ... "said West."
            elif labels[i] is None and _given_and(text, n, full):
                labels[i] = "PERSON"  # "Evelyn and Joseph Djoumessi"
            elif labels[i] is None and _blogger_subject(text, n):
                labels[i] = "PERSON"  # "Jdid spares a thought", "MediaCritic remembers"
            elif labels[i] in (None, "ORG") and n.text.isupper() and n.last in people:
                labels[i] = "PERSON"  # a transcript label: "PATEL:" after "Vedant Patel"
    # "Linga Karolewska ... ¶ LINGA KAROLEWSKA:": a transcript label in capitals repeats a
    # full name of the running text
    full_low = {tuple(t.lower() for t in f.tokens) for f in full}
    for i, n in enumerate(names):
        if not in_heading[i] and len(n.tokens) >= 2 and n.text.isupper() \
                and labels.get(i) in (None, "ORG") \
                and tuple(t.lower() for t in n.tokens) in full_low:
            labels[i] = "PERSON"
    spans.extend(_ruler_mentions(text, people, headings))  # "the Bush administration"
    for i, n in enumerate(names):
        if in_heading[i]:
            if in_headline[i] is not None:
                names[i] = n = in_headline[i]
            # "Bush Talks About War": a known person opening a headline is that person,
            # not the first word of an event's name
            opens = len(n.tokens) >= 3 and n.tokens[0].lower() in people
            labels[i] = None if opens else fallback_label(n, people, title_case=True)
            if labels[i] is None and (_titled_owner(text, n) or _titled_surname(n)):
                labels[i] = "PERSON"  # "Under Secretary Jenkins’ Remarks at ..."
    for i, n in enumerate(names):
        if labels.get(i) is None and _credited_by(text, n):
            labels[i] = "PERSON"  # "directed by Ana Reyes", "recorded by Pliny"
    _editor_parentheses(text, names, labels, people)  # "(George H.W.) Bush"
    towns = _towns_of(text, names)
    for i, n in enumerate(names):
        if labels[i] == "PERSON" and in_headline[i] is None and (
                _named_after(text, n) or _thing_context(text, n, people)):
            labels[i] = None
        if labels[i] == "PERSON" and _ship_named(text, n, ships, person_last):
            labels[i] = None  # "USS Hartford Returns", "Vinson will deploy": a ship
        if labels[i] == "PERSON" and _after_medium_noun(text, n):
            labels[i] = None  # "the newspaper Lianhe Zaobao", "the motto Semper Fidelis"
        if labels[i] == "PERSON" and n.last in towns and n.last not in person_last:
            # "elderly Sarasota, Florida patients" ... "Former Sarasota dermatologist"
            labels[i] = "GPE" if len(n.tokens) == 1 else None
        if labels[i] == "PERSON" and _SAINT_PLACE.search(text, max(0, n.start - 16), n.start):
            labels[i] = None  # "from St. James", "in St. Louis": a place named for a saint
        if labels[i] == "PERSON" and _NAMED_PLACE.search(text, max(0, n.start - 8), n.start):
            labels[i] = None  # "Fort A.P. Hill", "FORT STEWART": a base named for a person
        if labels[i] == "PERSON" and len(n.tokens) == 1 and is_demonym(n.tokens[0]) \
                and n.last not in given_counts():
            labels[i] = "NORP"  # "on Guadeloupean media": a people's word, no name
        if labels[i] == "PERSON" and _not_person_shape(n) and not (
                n.title[-1:] and n.title[-1] in lx.HONORIFICS and n.last in people):
            # "Operation New Dawn", "F-35 Lightning II", "Crown Prince" (but "Amy E. Pope"
            # ... "Ms. Pope": her surname; not "Mr. Secretary", a title addressed)
            labels[i] = None
        if (n.start, n.end) in nick or (n.start, n.end) in handles:
            labels[i] = "PERSON"
        if n.end == len(text) and text[-1:].isalpha() and not (
                len(n.tokens) == 1 and labels[i] == "PERSON" and n.last in people):
            # the page stops on a letter: the name may be cut ("San Fernan"); a surname
            # the page gives a person in full elsewhere is complete as written
            labels[i] = None
    others: dict[str, set[str]] = {}  # name text -> the other full names' later words
    for i, n in enumerate(names):
        if labels[i] == "PERSON" and (len(n.tokens) == 2 or len(n.tokens) > 2
                                      and not in_heading[i]):
            # the other full names' surnames (not this run's own words); in a headline
            # only a pair ("Carter Legacy: ..." after "Ash Carter" in the story)
            if n.text not in others:  # (once per name, not once per mention)
                others[n.text] = {t.lower() for f in full if f.text != n.text
                                  for t in f.tokens[1:]}
            names[i] = n = _without_tail_words(text, n, others[n.text])
        if labels[i] == "PERSON":
            names[i] = n = _without_lead_word(text, n)
        if labels[i] == "PERSON" and n.tokens:
            names[i] = n = _with_particles(text, n, tails)
        if labels[i] is not None:
            spans.append(_with_suffix(text, MentionSpan(n.start, n.end, n.text, labels[i],
                                                        source="fallback", score=0.4)))
        elif in_heading[i] and not _ship_named(text, n, ships, person_last):
            # ("Iraq: Is Saddam Still Alive?" after "Saddam Hussein"; not a ship's name)
            spans.extend(known_people_in(n, people | named_firsts))
    spans.extend(MentionSpan(s, e, text[s:e], "PERSON", source="fallback", score=0.4)
                 for s, e in nickname_names(text))  # longer than its parts: chosen first
    # "Justin West", "said West": the catalogue's "West" (the West, NORP) gives way where the
    # name rules made the compass word a person's surname
    west = [(sp.start, sp.end) for sp in spans if sp.label == "PERSON"
            and sp.source == "fallback" and sp.text.split()[-1].lower() in COMPASS]
    spans = [sp for sp in spans if not (sp.source == "catalogue" and sp.text.lower() in COMPASS
                                        and any(s <= sp.start and sp.end <= e for s, e in west))]
    return _to_full_names(text, _select(text, _longer_names_first(spans)))


def _to_full_names(text: str, spans: list[MentionSpan]) -> list[MentionSpan]:
    """'Sonya' where the text goes on 'Sonya Yan Song' and the page names 'Sonya Yan Song'
    as a person elsewhere: the mention is the full name (one person, one form per place),
    when nothing else claims the words after it. ``spans`` is :func:`_select`'s: sorted and
    non-overlapping, so only the next span can stand in the way."""
    full = {sp.text: sp.entity_id for sp in spans if sp.label == "PERSON" and " " in sp.text}
    if not full:
        return spans
    out = []
    for i, sp in enumerate(spans):
        longer = [f for f in full if f.startswith(sp.text + " ") and text.startswith(f, sp.start)
                  and not text[sp.start + len(f) : sp.start + len(f) + 1].isalnum()
                  ] if sp.label == "PERSON" else []
        if longer:
            f = max(longer, key=len)
            e = sp.start + len(f)
            if i + 1 == len(spans) or spans[i + 1].start >= e:  # the full name's link
                sp = MentionSpan(sp.start, e, text[sp.start : e], sp.label, full[f], sp.source,
                                 sp.score)
        out.append(sp)
    return out


def _longer_names_first(spans: list[MentionSpan]) -> list[MentionSpan]:
    """'Donald J. Trump', 'Ivanka Trump': a catalogue alias that is only the surname of a
    longer name the name rules found ("Trump") gives way to that name, the mention the
    guidelines mark. The longer name is left unlinked (another person may bear the surname)."""
    tails = {(sp.end, sp.start) for sp in spans if sp.source == "fallback"
             and sp.label == "PERSON" and " " in sp.text}
    if not tails:
        return spans
    ends = {e for e, _s in tails}
    from corpus.preannotate.gazetteer import given_names

    names = given_names()
    text_of = {(sp.start, sp.end): sp.text for sp in spans if sp.source == "fallback"}

    def given_before(s: int, sp: MentionSpan) -> bool:
        # only given names and initials before the alias ("Investigation Into Trump" no)
        lead = text_of[(s, sp.end)][: sp.start - s].split()
        return bool(lead) and all(w.lower() in names or re.fullmatch(r"[A-Z]\.", w)
                                  for w in lead)

    drop = {id(sp) for sp in spans if sp.source == "catalogue" and sp.label == "PERSON"
            and sp.end in ends and any(e == sp.end and s < sp.start and given_before(s, sp)
                                       for e, s in tails)}
    return [sp for sp in spans if id(sp) not in drop]


def _select(text: str, spans: list[MentionSpan]) -> list[MentionSpan]:
    """Greedy non-overlapping choice: catalogue > model > patterns > fallback, longer first."""
    taken: list[MentionSpan] = []
    used: set[int] = set()
    for sp in sorted(spans, key=lambda s: (_PRIORITY[s.source], -(s.end - s.start), s.start)):
        sp = _trim(text, sp)
        if sp is None or any(i in used for i in range(sp.start, sp.end)):
            continue
        used.update(range(sp.start, sp.end))
        taken.append(sp)
    return sorted(taken, key=lambda s: (s.start, s.end))


def _trim(text: str, sp: MentionSpan) -> MentionSpan | None:
    s, e = sp.start, sp.end
    for poss in ("’s", "'s", "‘s"):
        if text[s:e].endswith(poss) and e - s > len(poss):
            e -= len(poss)
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    if e <= s:
        return None
    sp.start, sp.end, sp.text = s, e, text[s:e]
    return sp

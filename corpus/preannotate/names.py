"""Capitalised-name finding shared by the quote and mention pre-annotators.

Without a trained model, a name is a run of capitalised words on one line. Titles in
front of it ("Foreign Minister"), sentence-initial function words and a possessive
"’s" are cut off, because the guidelines exclude them from mention spans.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import NamedTuple

from corpus.preannotate import lexicon as lx

TOKEN_RE = re.compile(r"(?:[A-Za-z]\.){2,}|\w+(?:[’'‘\-]\w+)*")
_POSSESSIVE = ("’s", "'s", "‘s")
# Initials before a surname ("J.K. Rowling", "George H.W. Bush") are no acronym.
_INITIALS = re.compile(r"^(?:[A-Z]\.){1,3}$")
# A regnal number ("Benedict XVI", "Louis XIV") is part of a name, not an acronym.
_ROMAN = re.compile(r"^(?=[IVXL]{2,})X{0,3}(?:IX|IV|V?I{0,3})$")


_ARTICLE_NAME = re.compile(r"^(?:al|el|ad|ash|as|an|ar|at|az|ud|ul|bin|ibn|abu)-[A-Z]")
_ARTICLE_FIRST = frozenset("aeubi")  # the letters those articles start with: a cheap test


class Token(NamedTuple):
    """A word with its absolute offsets; a named tuple (immutable, hashable) because
    pages have tens of thousands and a frozen dataclass costs three times as much to make."""

    start: int
    end: int
    text: str

    @property
    def low(self) -> str:
        return self.text.lower()

    @property
    def cap(self) -> bool:
        # "Abdel Fattah el-Sisi", "Ayman al-Zawahiri": an article glued to a capitalised
        # name is part of the name
        first = self.text[:1]
        return first.isupper() or first in _ARTICLE_FIRST and \
            _ARTICLE_NAME.match(self.text) is not None


_FILE_GLUE = re.compile(r"^(?:png|jpe?g|gif|svg|webp|tiff?|pdf)(?=[A-Z][a-z])")
# A speaker label in capitals glued to the word or number before it, where a line break
# was lost ("swimmerJANE DOE:", "2JOHN ROE:"): the label starts at its first capital.
_LABEL_GLUE = re.compile(r"^(?:[A-Za-z]*[a-z]{2,}|\d+)(?=[A-Z]{3,}(?:[’'‘][A-Z]+)?$)")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Word tokens of text[start:end] with absolute offsets. A file name's extension glued
    to the next word ("Left.pngLaura Hale", image alt text) is cut off that word."""
    end = len(text) if end is None else end
    out = []
    for m in TOKEN_RE.finditer(text, start, end):
        g = _FILE_GLUE.match(m.group())
        lab = None if g else _LABEL_GLUE.match(m.group())
        if lab:  # the word before the label stays a word of its own ("Los AngelesJANE")
            out.append(Token(m.start(), m.start() + lab.end(), lab.group()))
            g = lab
        s = m.start() + (g.end() if g else 0)
        out.append(Token(s, m.end(), text[s : m.end()]))
    return out


@dataclass
class Name:
    """A capitalised name with what stood in front of it (its title context)."""

    start: int
    end: int
    text: str
    title: tuple[str, ...] = ()  # lower-cased words of the stripped title context
    possessive: bool = False
    sentence_initial: bool = False
    tokens: list[str] = field(default_factory=list)
    shout: bool = False  # the run was in capitals ("PRESIDENT BUSH:"), not an acronym

    @property
    def last(self) -> str:
        return self.tokens[-1].lower() if self.tokens else ""

    def is_org_like(self) -> bool:
        return any(lx.is_org_word(t) or t.lower() in lx.FAC_WORDS for t in self.tokens)

    def is_place_or_group(self) -> bool:
        low = " ".join(self.tokens).lower()
        return (low in lx.GPE_WORDS or low in lx.LOC_WORDS or low in lx.NORP_WORDS
                or self.tokens[0].lower() in lx.NORP_WORDS and len(self.tokens) == 1)


def _particle_bridge(text: str, toks: list[Token], j: int) -> bool:
    """True when lower-case particles at j lead on to a capitalised word ("von der L")."""
    k = j
    while k + 1 < len(toks) and text[toks[k].end : toks[k + 1].start] == " ":
        k += 1
        if toks[k].cap:
            return k - j <= 2
        if toks[k].low not in lx.LINK_PARTICLES:
            return False
    return False


_POSSESSIVE_CAPS = ("’S", "'S", "‘S")


def _possessive_end(tok: Token) -> str:
    """The possessive ending of a token: "’s", or "’S" on a word in capitals ("KERRY'S")."""
    for p in _POSSESSIVE:
        if tok.text.endswith(p) and len(tok.text) > len(p):
            return p
    for p in _POSSESSIVE_CAPS:
        if tok.text.endswith(p) and len(tok.text) > len(p) + 1 and tok.text.isupper():
            return p
    return ""


def _strip_possessive(tok: Token) -> tuple[Token, bool]:
    p = _possessive_end(tok)
    if p:
        return Token(tok.start, tok.end - len(p), tok.text[: -len(p)]), True
    return tok, False


_GLUED = re.compile(r"^([A-Z][\w’'-]*?[a-z])([A-Z][a-z]*)$")


_GLUED_LOW = re.compile(r"^([A-Z][a-z]{2,})(on|in|at|and|the|of|to|for|with|from|by)$")


def _unglue(tok: Token, inner: bool = False, text: str = "") -> Token:
    """'SmithThe': a credit glued to the next sentence's first word; the name ends before
    it (only when that word is one that opens sentences or a title, so "McArthur" stays).
    Inside a name (``inner``: not its first word) two long capitalised parts are a name glued
    to the next line's word ("Laura HaleWikinews waves"), and a frequent given name glued to
    a function word before a lower-case word is a lost space ("2nd Lt. William Clarkon
    their")."""
    m = _GLUED.match(tok.text)
    if m and len(m.group(1)) >= 3 and (m.group(2).lower() in lx.STOP_CAPS
                                       or m.group(2).lower() in lx.TITLES):
        return Token(tok.start, tok.start + len(m.group(1)), m.group(1))
    if inner and m and len(m.group(1)) >= 4 and len(m.group(2)) >= 4 \
            and not m.group(1).lower().startswith(("mac", "fitz", "van", "von", "de", "la")):
        return Token(tok.start, tok.start + len(m.group(1)), m.group(1))
    low = _GLUED_LOW.match(tok.text)
    if inner and low and re.match(r" [a-z]", text[tok.end : tok.end + 2]):
        from corpus.preannotate.gazetteer import COMMON_GIVEN, given_counts

        counts = given_counts()
        if counts.get(low.group(1).lower(), 0) >= COMMON_GIVEN and tok.low not in counts:
            return Token(tok.start, tok.start + len(low.group(1)), low.group(1))
    return tok


_HONORIFIC_BEFORE = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Messrs)\. $")


def _capitals_after_name(run: list[Token], t: Token) -> bool:
    """A word in capitals after a given name and a surname in mixed case ("Steve Herman
    WHITE HOUSE", "Geoffrey Pyatt LNG Allies Event"): a dateline or an acronym that opens
    the next words, not part of the person's name (a regnal number stays: "John Paul II")."""
    from corpus.preannotate.gazetteer import strong_given

    if len(t.text) < 2 or not t.text.isupper() or not t.text.isalpha() or _ROMAN.match(t.text):
        return False
    tail = run[-2:]
    return len(tail) == 2 and strong_given(tail[0].text) and all(
        x.text[:1].isupper() and x.text[1:].islower() for x in tail)


def _no_name_word(run: list[Token], t: Token, lower_words: set[str]) -> bool:
    """A Title Case word after a name that is no part of it, so the run ends before it:
    an adverb no name has ("Secretary Jane Doe Very Engaged"), an abstract noun of the
    language after a word that is none ("Xiaoru Delegation"), or, after a frequent given
    name and a surname that are no words, a word the page also writes in lower case
    (itself or inflected: "Jane Doemer Interviews the Minister" on a page that says
    "interview"). Words that make the run a thing's or a body's name stay (titles,
    organisation, building, event and law words: "Ann Roe Foundation" is an ORG)."""
    from corpus.preannotate.gazetteer import given_counts, is_common_word, strong_given

    w = t.text
    if len(w) < 4 or not w[:1].isupper() or not w[1:].islower():
        return False
    low = t.low
    if low in given_counts() or low in lx.TITLES or lx.is_org_word(w) \
            or low in lx.LINK_PARTICLES or low in lx.FAC_WORDS or low in lx.EVENT_WORDS \
            or low in lx.LAW_WORDS or low in lx.NAMED_AFTER_HEADS or low in lx.THING_HEADS:
        return False
    if low in lx.NOT_NAME_WORDS:
        return True
    if not is_common_word(w):
        return False
    if low.endswith(lx.ABSTRACT_NOUN_ENDS) and all(  # ("Anti-street": words, no name)
            x.text.isalpha() and x.text[:1].isupper() and x.text[1:].islower()
            and not is_common_word(x.text)
            and not is_place(x.text) for x in run):
        return True
    if len(run) < 2 or not strong_given(run[0].text) or not run[0].text[1:].islower() \
            or any(is_common_word(x.text) or x.text.isupper() and len(x.text) > 1
                   for x in run[1:]):
        return False
    forms = {low} | {low[: -len(end)] for end in ("s", "es", "ed", "d", "ing")
                     if low.endswith(end) and len(low) - len(end) >= 3}
    return not forms.isdisjoint(lower_words)


_WRAP_AFTER = re.compile(r"[.,;:!?]| [a-z]")


def _wrapped_name(text: str, run: list[Token], toks: list[Token], j: int) -> bool:
    """'I'm Steve\nEmber.': in a hard-wrapped paragraph (a long line) a frequent given name
    that ends the line and a capitalised word that opens the next one, followed by
    punctuation or a lower-case word, are one name broken by the wrap."""
    from corpus.preannotate.gazetteer import strong_given

    if not strong_given(run[-1].text) or not run[-1].text[1:].islower() \
            or any(t.low not in lx.STOP_CAPS for t in run[:-1]):  # ("I'm Steve")
        return False
    nxt = toks[j]
    if not nxt.text[:1].isupper() or not nxt.text[1:].islower() or len(nxt.text) < 3 \
            or nxt.low in lx.STOP_CAPS or strong_given(nxt.text):
        return False
    line_start = text.rfind("\n", 0, run[-1].start) + 1
    return run[-1].start - line_start >= 45 and _WRAP_AFTER.match(text, nxt.end) is not None


def _sentence_initial(text: str, pos: int) -> bool:
    """True when only punctuation/whitespace since a sentence or line start."""
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0“”\"‘'«(-–—•*|":
        i -= 1
    return i < 0 or text[i] in ".!?:\n\r"


def find_names(text: str, start: int = 0, end: int | None = None) -> list[Name]:
    """Every capitalised name in text[start:end], titles and possessives cut off."""
    toks = tokenize(text, start, end)
    lower_words = {t.text for t in toks if t.text[:1].islower()}
    cap_inside = {t.low for t in toks if t.cap and not _sentence_initial(text, t.start)}
    names: list[Name] = []
    i = 0
    while i < len(toks):
        if not toks[i].cap or len(toks[i].text) == 1 and text[toks[i].start - 1 : toks[i].start] \
                == "/":  # "A/S Pyatt" (Assistant Secretary): a letter of an abbreviation
            i += 1
            continue
        run = [toks[i]]
        poss = False
        j = i + 1
        while j < len(toks):
            gap = text[run[-1].end : toks[j].start]
            initial = gap == ". " and len(run[-1].text) == 1 and run[-1].text.isupper() \
                and toks[j].cap and len(run) >= 2
            if gap != " " and not initial and not (
                    gap == "\n" and _wrapped_name(text, run, toks, j)):
                break
            if _possessive_end(run[-1]):
                break
            t = toks[j]
            if t.text == "By" and j + 1 < len(toks) and toks[j + 1].cap:
                break  # "Harbor News By Nancy Colbert": a byline starts a name of its own
            if t.cap and _capitals_after_name(run, t):
                break  # "By Steve Herman WHITE HOUSE –": a dateline in capitals ends the name
            if t.cap and _no_name_word(run, t, lower_words):
                break  # "Jane Doe Interviews the Minister": a word of the language ends it
            if t.cap:
                run.append(t)
            elif t.low in lx.LINK_PARTICLES and _particle_bridge(text, toks, j):
                run.append(t)
            else:
                break
            j += 1
        first = i
        i = j
        for g, t in enumerate(run):
            u = _unglue(t, g > 0, text)
            if u is not t:  # "Jane SmithPresident Trump": the name ends in the glue
                run = run[:g] + [u]
                i = first + g + 1
                break
        last, poss = _strip_possessive(run[-1])
        run[-1] = last
        for n in (n for part, part_poss in _split_of(run, poss)
                  for n in _split_run(text, part, part_poss)):
            # A lone capitalised word at a sentence start that the text also writes in
            # lower case ("Analysts say", "Reports suggest") is a common word.
            low = n.tokens[0].lower() if n.tokens else ""
            if n.sentence_initial and len(n.tokens) == 1 and low not in cap_inside and (
                    low in lower_words or lx.is_role(low)) and not _HONORIFIC_BEFORE.search(
                    text, max(0, n.start - 8), n.start):  # ("Ms. Pope’s election")
                continue
            if _abbreviated_title(text, n) or _rating(text, n):
                continue  # "Lt. Col. Rilington", "Sgt. Maj. of the Army X": a rank, no name
            names.append(n)
    return names


_NEXT_CAP = re.compile(r"\. +[A-Z]")
_GRADE_NEXT = re.compile(r" \d(?:st|nd|rd|th) Class\b")


def _abbreviated_title(text: str, n: Name) -> bool:
    """A lone abbreviated title before a capitalised word ("Lt. Col. X", "Sgt. Maj. X"):
    the title of the name after it, not a name of its own."""
    if n.possessive or not n.tokens:
        return False
    if n.tokens[-1].lower() in lx.TITLES and _GRADE_NEXT.match(text, n.end) is not None:
        return True  # "Mass Communication Specialist 2nd Class X": a rating
    if n.tokens == ["Class"] and _ORDINAL_BEFORE.search(text, max(0, n.start - 6), n.start):
        return True
    if len(n.tokens) != 1:
        return False
    low = n.tokens[0].lower()
    return f"{low}." in lx.TITLES and _NEXT_CAP.match(text, n.end) is not None or \
        low in lx.TITLES and _GRADE_NEXT.match(text, n.end) is not None  # "Mate 2nd Class X"


_RATING_TAIL = re.compile(r"[’'‘]s ([A-Z][a-z]+)\b")


def _rating(text: str, n: Name) -> bool:
    """A rating ending in an occupation's possessive before another title word ("Aviation
    Machinist's Mate X", "Electrician's Mate 2nd Class X"): the title of the name after
    it, not a name."""
    if not n.possessive or n.tokens[-1].lower() not in lx.TITLES:
        return False
    m = _RATING_TAIL.match(text, n.end)
    return m is not None and m.group(1).lower() in lx.TITLES


_ORDINAL_BEFORE = re.compile(r"\d(?:st|nd|rd|th) $")


def _ordinal_class(text: str, t: Token) -> bool:
    """'Class' after an ordinal ("Petty Officer 2nd Class X", "Airman 1st Class X"): a
    rank's grade, a title word."""
    return t.low == "class" and _ORDINAL_BEFORE.search(text, max(0, t.start - 6), t.start) \
        is not None


def _split_of(run: list[Token], poss: bool) -> list[tuple[list[Token], bool]]:
    """'David Hicks of Australia' is a person and a place; 'Bank of England' stays whole:
    split at 'of' when the left side starts with a given name or the right is a place."""
    from corpus.preannotate.gazetteer import given_names, places, strong_given

    for i, t in enumerate(run):
        if t.low == "of" and 0 < i < len(run) - 1:
            left, right = run[:i], run[i + 1 :]
            if i == 1 and left[0].low.endswith("s") and left[0].low not in given_names() \
                    and (right[0].low in given_names() or len(right) == 1):
                return _split_of(right, poss)  # "Supporters of Tomasz": a plural noun
            lead = [x for x in left if x.low not in lx.STOP_CAPS]
            # ("The Case of Jane McDoe": a Mc- or Mac- surname is no word in capitals)
            if len(lead) == 1 and len(right) >= 2 and _common_noun(lead[0]) \
                    and strong_given(right[0].text) and not right[1].text.isupper():
                return _split_of(right, poss)  # "The Case of Fabiola Antiqueo"
            if given_initial_surname([x.text for x in right]):
                # "Administration of Mary K. Doe": a given name, an initial and a surname
                # after "of" are a person, whatever the words before (a series, an office)
                return [(left, False), *_split_of(right, poss)]
            right_low = " ".join(x.low for x in right)
            gpe, loc, city = places()
            # "Naureen Shah of Amnesty International": a two-word name of no organisation
            # words before an organisation is a person of that organisation
            person_of_org = len(left) >= 2 and left[-1].cap and any(
                lx.is_org_word(x.text) for x in right) and not any(
                x.low in lx.NON_PERSON_WORDS or lx.is_org_word(x.text) or x.low in lx.TITLES
                for x in left)
            # "Lukman Ahmad of VOA": a pair of words of no list (no word of the language,
            # title or place) before an acronym is a person of that body too, also where
            # the given name is one the U.S. lists lack
            person_of_org = person_of_org or len(left) == 2 and len(right) == 1 \
                and right[0].text.isupper() and 2 <= len(right[0].text) <= 6 \
                and all(x.text[1:].islower() and not _common_noun(x) and x.low not in lx.TITLES
                        and x.low not in lx.NON_PERSON_WORDS and not lx.is_org_word(x.text)
                        and not is_place(x.text) for x in left)
            if person_of_org or (left[0].low in given_names() and len(left) >= 2
                    and not any(x.low in lx.NON_PERSON_WORDS for x in left)) or \
                    _titled_person(left) or (
                    right_low in gpe or right_low in loc or right_low in lx.GPE_WORDS) and \
                    not any(x.low in lx.ORG_WORDS for x in left):
                return [(left, False), *_split_of(right, poss)]
    return [(run, poss)]


def _word_before_of(tokens: list[str]) -> bool:
    """The word before the run's 'of' is a word of the language and no frequent given name
    ("Echo of Basho"; not "Catherine of Aragon", "Joan of Arc")."""
    from corpus.preannotate.gazetteer import is_common_word, strong_given

    k = [t.lower() for t in tokens].index("of")
    w = tokens[k - 1]
    return is_common_word(w) and not strong_given(w)


def given_initial_surname(tokens: list[str]) -> bool:
    """'Mary K. Doe': a frequent given name, an initial and a surname, the shape of a
    person's name whatever stands around it."""
    from corpus.preannotate.gazetteer import strong_given

    return len(tokens) >= 3 and strong_given(tokens[0]) and tokens[0][1:].islower() \
        and _INITIALS.match(tokens[1].rstrip(".") + ".") is not None \
        and tokens[2][:1].isupper() and tokens[2][1:].islower()


def _common_noun(t: Token) -> bool:
    """A word of the language that is no given name, title or organisation word."""
    from corpus.preannotate.gazetteer import is_common_word, strong_given

    return (is_common_word(t.text) and not strong_given(t.text) and t.low not in lx.TITLES
            and not lx.is_org_word(t.text) and t.low not in lx.EVENT_WORDS
            and t.low not in lx.NON_PERSON_WORDS)


def _titled_person(left: list[Token]) -> bool:
    """'Assistant Attorney General Alice S. Fisher' (of the Criminal Division): title words,
    then a given name and at least one more name word; what follows "of" is her office."""
    from corpus.preannotate.gazetteer import given_names

    names = given_names()
    for k in range(1, len(left) - 1):
        if left[k].low in names and any(x.low in lx.TITLES for x in left[:k]) \
                and not any(x.low in names for x in left[:k]) \
                and not any(x.low in lx.NON_PERSON_WORDS for x in left[k:]):
            return True
    return False


def _strong_given(word: str) -> bool:
    from corpus.preannotate.gazetteer import strong_given

    return strong_given(word)


def _verb_after_place(run: list[Token]) -> int:
    """The index of a Title Case verb in the third person ("Surprises", "Beats") that
    follows a place's name and has a capitalised word after it, else 0. The verb must be a
    word of the language whose stem is one too, and the place with it no place
    ("Niagara Falls", "Virgin Islands")."""
    from corpus.preannotate.gazetteer import is_common_word

    for i in range(1, len(run) - 1):
        w = run[i].text
        if not (w.endswith("s") and not w.endswith("ss") and w[:1].isupper()
                and w[1:].islower() and len(w) >= 4):
            continue
        stem = w[:-2] if w.endswith("es") and is_common_word(w[:-2]) else w[:-1]
        if is_common_word(w) and is_common_word(stem) and run[i].low not in _PLACE_PLURALS \
                and is_place(" ".join(t.text for t in run[:i])) \
                and not is_place(" ".join(t.text for t in run[: i + 1])):
            return i
    return 0


_PLACE_PLURALS = frozenset({"islands", "falls", "springs", "heights", "hills", "lakes",
                            "mountains", "plains", "states", "keys", "rapids", "woods"})


def _given_before_initial(text: str, run: list[Token], k: int) -> bool:
    """'Christian S. Dunleavy': the word at k is a given name in Title Case and the next
    word is a middle initial with its stop, so the word opens the person's name."""
    from corpus.preannotate.gazetteer import given_names

    nxt = run[k + 1]
    return run[k].text[1:].islower() and run[k].low in given_names() \
        and len(nxt.text) == 1 and nxt.text.isupper() and text[nxt.end : nxt.end + 1] == "."


def _split_run(text: str, run: list[Token], poss: bool) -> list[Name]:
    from corpus.preannotate.gazetteer import given_names

    initial = _sentence_initial(text, run[0].start)
    shout = len(run) >= 2 and all(t.text.isupper() for t in run)
    # Leading function words ("The", "According") are not part of names ("Al Green" is).
    # ("Two Rohingya children": a count opening the run is no part of a name either)
    while run and (run[0].low in lx.STOP_CAPS or run[0].low in lx.LINK_PARTICLES
                   or run[0].low in lx.NUMBER_WORDS and len(run) >= 2) and not (
            run[0].low in lx.LINK_PARTICLES and run[0].cap and len(run) >= 2
            and run[0].low in given_names()):
        run = run[1:]
    while run and (run[-1].low in lx.LINK_PARTICLES or run[-1].low in lx.STOP_CAPS and len(run) > 1
                   and not (run[-2].low in given_names()
                            and run[-1].text[1:].islower())):  # "John Key" keeps "Key"
        run = run[:-1]  # "Antony J. Blinken At a Press Availability"
        poss = False
    # "defeated Stefanos Tsitsipas Sunday in the final": a weekday after a name is a date
    while len(run) > 1 and run[-1].low in lx.WEEKDAYS:
        run = run[:-1]
        poss = False
    # "interviewed Jane Doe June 4 in Rangoon": a month before a day's number is a date
    while len(run) > 1 and run[-1].low in lx.MONTHS and _DAY_AFTER.match(text, run[-1].end):
        run = run[:-1]
        poss = False
    # "Im Jane Doe", "Im able": "I'm" that lost its apostrophe opens the run, before a
    # lower-case word or a frequent given name ("Im Yun-chan", a Korean surname, stays)
    if run and run[0].text == "Im" and (len(run) == 1 or _strong_given(run[1].text)):
        run = run[1:]
    if not run:
        return []
    # "Saudi Arabia Surprises Argentina": a headline's verb after a place ends the place
    # and opens no name; the words after it are a run of their own
    k = _verb_after_place(run)
    if k:
        return _split_run(text, run[:k], False) + _split_run(text, run[k + 1 :], poss)
    # Cut at the last title word, unless what follows is an organisation name.
    title_at = -1
    for idx, t in enumerate(run[:-1]):
        # "Martin Luther King Jr": a title word with only a suffix after it is a name
        # "Department of Justice Home Page": a title word naming an office's field is none
        office = idx > 0 and run[idx - 1].low == "of" and any(
            lx.is_org_word(x.text) for x in run[:idx])
        if (t.low in lx.TITLES or _ordinal_class(text, t)) and not office \
                and not all(x.low in lx.NAME_SUFFIXES for x in run[idx + 1 :]):
            title_at = idx
    out: list[Name] = []
    title: tuple[str, ...] = ()
    if title_at >= 0:
        rest = run[title_at + 1 :]
        if not any(t.low in lx.ORG_WORDS for t in rest):
            head = run[: title_at + 1]
            title = tuple(t.low for t in head)
            prefix = [t for t in head if t.low not in lx.TITLES and not _ordinal_class(text, t)]
            # A nationality or organisation before the title is a name of its own.
            pre_run: list[Token] = []
            for t in prefix:
                if pre_run and text[pre_run[-1].end : t.start] != " ":
                    break
                pre_run.append(t)
            if pre_run and not all(_common_noun(t) and t.low not in lx.NORP_WORDS for t in pre_run):
                out.append(_mk(text, pre_run, False, initial, ()))  # ("Culinary Specialist X")
            run = rest
            if run[0].low == "of":  # "Mayor of Wagga Wagga", "King of Clay": the title's
                title = title + ("of",)  # domain, a place or a field, is no person
                k = _office_domain(run)
                if k:  # "Secretary of State Kerry": the office's field, then the person
                    title = title + tuple(t.low for t in run[1:k])
                    run = run[k:]
            while len(run) > 1 and run[0].low in lx.LINK_PARTICLES and not (
                    run[0].cap and run[0].low in given_names()):  # "Reverend Al Sharpton"
                run = run[1:]
            initial = False
    # "AGENCY DESK CORRESPONDENT JANE DOE:": a transcript label in capitals names its
    # speaker from the frequent given name behind the office's words
    k = _label_name_start(text, run) if shout else 0
    if k:
        out.append(_mk(text, run[:k], False, initial, ()))
        title = title + tuple(t.low for t in run[:k])
        run = run[k:]
        initial = False
    # "Dutch MEP Bart Groothuis": a nationality or an acronym in front of a two-word
    # name is a title we do not know, not part of the name.
    if len(run) >= 3 and not any(t.low in lx.ORG_WORDS for t in run):
        k = 0
        # (a lone capital is an initial written without its stop: "B Shiva Parvathi")
        # ("Christian S. Dunleavy": a given name before a middle initial is the name's own
        # first word, even where it is a people's or a faith's word too)
        while len(run) - k > 2 and (run[k].low in lx.NORP_WORDS or run[k].text.isupper()
                                    and len(run[k].text) >= 2) \
                and not _given_before_initial(text, run, k):
            k += 1
        if k:
            out.append(_mk(text, run[:1], False, initial, ()))
            title = title + tuple(t.low for t in run[:k])
            run = run[k:]
            initial = False
    # "Secretary of State Antony Blinken", "Minister for the Americas David Rutley",
    # "Coordinator for Strategic Communications John Kirby": the person starts at the
    # given name that follows words which are no given names.
    # "the Minister for Foreign Affairs Penny Wong": the title stands before the office's
    # own words ("for", "of", "to" breaks the run), and still makes the rest titled
    lead = text[max(0, run[0].start - 60) : run[0].start].rsplit("\n", 1)[-1].split()
    office = len(lead) >= 2 and lead[-1].lower() in ("for", "of", "to") and \
        lead[-2].lower().strip(",") in lx.TITLES
    cut = _given_name_start(run, bool(title) or office)
    if cut:
        title = title + tuple(t.low for t in run[:cut])
        run = run[cut:]
        initial = False
    # Title context also looks one lower-case word back: "spokesperson Maria Zakharova".
    # (On the same line only: a heading's last word is no title of the next line's name.)
    before = text[max(0, run[0].start - 40) : run[0].start].rsplit("\n", 1)[-1].split()
    word = before[-1].lower() if before else ""
    if word and (word in lx.TITLES or word in lx.ROLE_NOUNS or word in lx.PERSON_NOUNS):
        title = title + (word,)  # (three look-ups, not a union of the sets per name)
    if not run:
        return out
    name = _mk(text, run, poss, initial, title)
    name.shout = shout
    out.append(name)
    return out


_LABEL_COLON = re.compile(r"[ \t]*:")


def _label_name_start(text: str, run: list[Token]) -> int:
    """In a run in capitals that a colon ends (a transcript label) and that has words
    before a name, the index of the frequent given name that opens the last two or three
    words ("VOA DESK CORRESPONDENT JANE DOE:" -> 3), else 0."""
    from corpus.preannotate.gazetteer import given_names, strong_given

    if len(run) < 3 or not _LABEL_COLON.match(text, run[-1].end):
        return 0
    for k in range(max(1, len(run) - 3), len(run) - 1):
        if strong_given(run[k].text) and run[k - 1].low not in given_names() \
                and run[k].low not in lx.TITLES and run[k - 1].low not in lx.LINK_PARTICLES:
            return k
    return 0


_DAY_AFTER = re.compile(r" \d{1,2}(?!\d)")


def _office_domain(run: list[Token]) -> int:
    """After an office's title and "of" ("Secretary of State Kerry", "Secretary of
    Homeland Security Jane Doe"), the index where the person's name starts behind the
    office's field (a head of the lexicon's office domains and the words that go on with
    it), or 0 when no capitalised word is left after the field or there is no field."""
    if len(run) < 3 or run[0].low != "of" or run[1].low not in lx.OFFICE_DOMAINS:
        return 0
    k = 2
    while k < len(run) - 1 and run[k].low in lx.OFFICE_DOMAIN_TAILS and (
            run[k].low in lx.LINK_PARTICLES or run[k].low == "and"
            or not run[k + 1].text[:1].islower()):
        k += 1
    return k if k < len(run) and run[k].cap and run[k].low not in lx.OFFICE_DOMAINS else 0


_ARABIC_ARTICLES = frozenset({"al", "el"})


def _lead_before_particle(run: list[Token], i: int) -> bool:
    """A given name before a name's particle ("... Ursula von der Leyen") starts the
    name when the words before it are words of the language or acronyms ("Youth"); a
    word that is none is the name's own first part ("Marilson Gomes dos Santos")."""
    from corpus.preannotate.gazetteer import is_common_word

    return run[i + 1].low in lx.LINK_PARTICLES and all(
        is_common_word(t.text) or t.text.isupper() for t in run[:i])


_AGENT_ENDS = ("ian", "ist", "er", "or")


def _occupation_word(t: Token) -> bool:
    """'Politician', 'Novelist', 'Organizer': a word of the language in Title Case with an
    agent noun's ending, which is no given name, place or people's word, names what the
    person after it does, as a title would ("Politician Marielle Franco")."""
    from corpus.preannotate.gazetteer import given_names, is_common_word

    return t.text[1:].islower() and t.low.endswith(_AGENT_ENDS) and len(t.text) >= 5 \
        and is_common_word(t.text) and t.low not in given_names() \
        and t.low not in lx.NORP_WORDS and not is_place(t.text) and not lx.is_org_word(t.text)


def _given_name_start(run: list[Token], titled: bool = False) -> int:
    """Index of a given name that opens a 2+-word name after non-name words, else 0.
    Untitled, the given name must come before a word no word of the language
    ("Djokovic Wins French Open" is a headline, "Emperor Showa Mickey Mouse" titled)."""
    from corpus.preannotate.gazetteer import given_names, is_common_word, world_strong

    names = given_names()
    if len(run) < 3 or not names or run[0].low in names or run[0].low in lx.FOREIGN_PLACE_HEADS \
            or len(run[0].text) == 1:  # "Estadio Olímpico Pascual Guerrero", "B Shiva P."
        return 0
    if world_strong(run[0].text) and run[0].text[1:].islower():
        return 0  # "writer Chimamanda Ngozi Adichie": a given name of another culture leads

    for i in range(1, len(run) - 1):
        if run[i - 1].low in lx.LINK_PARTICLES or run[i].low in _ARABIC_ARTICLES and \
                not is_common_word(run[i - 1].text):
            continue  # "Al-Hussein bin Abdullah", "Rajwa Al Seif": a name's particle, no start
        given = run[i].low in names or world_strong(run[i].text)  # "Youth Tomáš Drucker"
        if given and run[i - 1].low not in names and run[i].text[1:].islower() \
                and (titled or any(t.low in lx.TITLES for t in run[:i])
                     or i == 1 and _occupation_word(run[0])
                     or _lead_before_particle(run, i)
                     or run[i + 1].low not in lx.LINK_PARTICLES
                     and not is_common_word(run[i + 1].text)):

            if is_place(" ".join(t.text for t in run[: i + 1])) or is_place(
                    " ".join(t.text for t in run)):  # "Salt Lake City"
                return 0  # "New York Knicks": the "given name" belongs to a place
            return i
    return 0


def is_titled(title: tuple[str, ...]) -> bool:
    """A title or a person noun stood before the name."""
    return any(t in lx.TITLES or t in lx.PERSON_NOUNS for t in title)


def _mk(text: str, run: list[Token], poss: bool, initial: bool, title: tuple[str, ...]) -> Name:
    s, e = run[0].start, run[-1].end
    return Name(s, e, text[s:e], title, poss, initial, [t.text for t in run])


def _given_around_place(tokens: list[str], i: int, j: int) -> bool:
    """'Aung San Suu Kyi': a place's name inside a run ("Aung San", a town) is the
    person's when a given name of some culture is in the run and every word outside the
    place is no word of the language and no place ("New York Knicks", "San Antonio Spurs"
    end in a word of the language)."""
    from corpus.preannotate.gazetteer import is_common_word, world_given

    rest = tokens[:i] + tokens[j:]
    return bool(rest) and any(t.lower() in world_given() for t in tokens) and all(
        t[:1].isupper() and not is_common_word(t) and not is_place(t) for t in rest)


def is_place(text: str) -> bool:
    """A country, U.S. state, continent or city of the gazetteer, or the lexicon's places."""
    from corpus.preannotate.gazetteer import places

    low = text.lower().rstrip(".")
    gpe, loc, city = places()
    return low in lx.GPE_WORDS or low in lx.LOC_WORDS or low in gpe or low in loc or (
        " " in low and low in city) or _land_name(low)


def _land_name(low: str) -> bool:
    """'Balochistan', 'Waziristan': one word with a land's ending that is no given name
    ("Tristan") names a province or a region the gazetteer's lists lack."""
    from corpus.preannotate.gazetteer import given_counts

    return len(low) >= 7 and low.endswith(lx.LAND_ENDING) and low.isalpha() \
        and low not in given_counts()


COMPASS = frozenset({"north", "south", "east", "west"})


def _compass_surname(name: Name, low: list[str], persons_last: set[str]) -> bool:
    """'Justin West', later 'said West': a compass word after a frequent given name is a
    surname (a place's compass word leads: 'West Virginia', 'North Korea'); alone it is the
    person only next to a speech verb (entities.py), never 'went West'."""
    from corpus.preannotate.gazetteer import strong_given

    if low[-1] not in COMPASS:
        return False
    return len(low) == 2 and strong_given(name.tokens[0]) and not is_place(name.tokens[0]) \
        and name.tokens[0][1:].islower()


_DEMONYM_ENDS = (("ean", ("e",)), ("ian", ("", "a", "ia", "y")), ("an", ("", "a", "e", "o")),
                 ("ese", ("", "a", "e", "on")), ("n", ("",)))


def is_demonym(word: str) -> bool:
    """'Guadeloupean', 'Kenyan', 'Brazilian', 'Togolese': a word made from a place's name
    by a people's ending names where someone is from, not who they are."""
    if not word[:1].isupper() or not word[1:].islower() or len(word) < 5:
        return False
    for end, backs in _DEMONYM_ENDS:
        if word.endswith(end):
            stem = word[: -len(end)]
            if len(stem) >= 3 and any(is_place(stem + b) for b in backs):
                return True
    return False


def _given_before_surname(name: Name) -> bool:
    """'Christian Levesque', 'Christian S. Dunleavy': a people's word that is also a
    frequent given name, before a word that is no word of the language, place or people's
    word (a middle initial between them), is a given name."""
    from corpus.preannotate.gazetteer import COMMON_GIVEN, given_counts, is_common_word

    toks = name.tokens
    if len(toks) == 3 and len(toks[1]) == 1 and toks[1].isupper() \
            and f" {toks[1]}. " in name.text:
        toks = [toks[0], toks[2]]  # (the middle initial says nothing either way)
    if len(toks) != 2 or not all(t[1:].islower() for t in toks):
        return False
    first, last = (t.lower() for t in toks)
    return given_counts().get(first, 0) >= COMMON_GIVEN and not is_common_word(last) \
        and last not in lx.NORP_WORDS and not is_place(toks[1])


def looks_like_person(name: Name, persons_last: set[str]) -> bool:
    """Heuristic: titled, a given name in front, two+ words that are no place, organisation
    or furniture, or a surname the text has already given a person."""
    from corpus.preannotate.gazetteer import big_cities, given_names, places

    if not name.tokens or name.is_org_like() or name.is_place_or_group():
        return False
    low = [t.lower().rstrip(".") for t in name.tokens]
    if any(t in lx.NON_PERSON_WORDS for t in low[:-1]) or is_place(name.text) or \
            low[-1] in lx.NON_PERSON_WORDS and not _compass_surname(name, low, persons_last):
        return False
    if name.text.lower() in lx.FIRMS_NAMED_FOR_PEOPLE:
        return False  # "Goldman Sachs said": a firm named after its founders
    if "of" in low[1:-1] and not is_titled(name.title) and _word_before_of(name.tokens):
        return False  # "Echo of Basho", "Voice of Reason": a title of a work, no person
    names = given_names()
    if not name.shout and any(t.isupper() and 2 <= len(t) <= 5 and t.lower() not in names
                              and not _ROMAN.match(t)
                              and not (_INITIALS.match(t) and k < len(name.tokens) - 1)
                              for k, t in enumerate(name.tokens)):
        return False  # an acronym: "VOA Deewa", "NASA"
    if any(any(c.isdigit() for c in t) for t in low) and len(low) >= 2:
        return False  # "Especially the B1s", "Sixth Amendment3": no name has digits
    if low[0] in lx.FOREIGN_PLACE_HEADS or low[-1] in lx.NON_PERSON_HEADS:
        return False  # "Estadio Olímpico Pascual Guerrero", "Tippu Express"
    if any(t.startswith("wiki") for t in low):
        return False  # "Wiki Actu", "WikiLeaks": a wiki's name, no person
    if any(t in lx.BRANDS or t in lx.TEAM_WORDS for t in low):
        return False  # "Truth Social", "Manchester United": a platform, a team
    if names and len(low) >= 2 and not any(t in names for t in low) and \
            any(t in big_cities() for t in low):
        return False  # "Real Madrid": a city and no given name, a team or a place
    titled = is_titled(name.title)
    if len(low) >= 3 and not titled and any(
            is_place(" ".join(low[i:j])) and not _given_around_place(name.tokens, i, j)
            for i in range(len(low)) if low[i] not in lx.LINK_PARTICLES
            for j in range(i + 2, len(low) + 1) if (i, j) != (0, len(low))):
        return False  # "New York Knicks", "Golden State Warriors": a place inside
    if any(_land_name(t) for t in low):
        return False  # "Unsilencing Balochistan": an event named after a province
    if len(low) == 1 and (lx.is_role(low[0]) or low[0] in lx.STOP_CAPS) and \
            not (name.title[-1:] and name.title[-1] in lx.HONORIFICS
                 and low[0] in persons_last and low[0] not in lx.ADDRESSED_OFFICES):
        # "the Deputy Secretary", "Secretary of State": a title, no name (but "Amy Pope" ...
        # "Ms. Pope": after an honorific, her surname)
        return False
    if any(t in places()[0] and t not in names for t in low):
        return False  # "Louisiana Purchase"
    if name.title[-1:] == ("of",):
        return False  # "the Mayor of Wagga Wagga": what a title is of is no person
    if is_titled(name.title):
        return True
    if any(t in lx.NORP_WORDS or t in lx.GPE_WORDS or t in lx.LOC_WORDS for t in low) and \
            not _given_before_surname(name):
        return False
    if len(name.tokens) >= 2 and all(t[:1].isupper() or t in lx.LINK_PARTICLES
                                     or _ARTICLE_NAME.match(t) for t in name.tokens):
        if any(t in lx.EVENT_WORDS or t in lx.LAW_WORDS or t.isdigit() for t in low):
            return False
        if name.text.isupper():  # "VOICE ONE", "PM ET": a label, unless a given name leads
            return low[0] in names
        if names and low[0] not in names and name.sentence_initial and len(low) == 2 \
                and low[1] not in persons_last and is_place(name.tokens[1]):
            return False  # "Unlike Colombia"
        return True
    return name.last in persons_last

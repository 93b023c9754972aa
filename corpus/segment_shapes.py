"""Line shapes the layout segmenter's modules share: its line and block records, the
punctuation a line ends in, capitalisation, case folding, and the date, dateline, label
and name-and-role patterns that both the headline finder (corpus/segment_title.py) and
the rest of the segmenter (corpus/segment.py) read.

Names without a leading underscore are this module's public API: the other segmenter
modules (segment.py, segment_title.py, segment_boxes.py, segment_features.py,
segment_model.py) import them; names with one are used here only.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

# Closing quotes/brackets (and their common mojibake) ignored when reading final punctuation.
CLOSERS = "\"'”’»)]}›\u201d\u2019\u00e2\u20ac\u0153\u009d\u009c\u2122\ufffd*_"
TERMINAL = ".!?;:,…"  # a heading ends in none of these
SENTENCE_END = ".!?…"  # a hard-wrapped line ending in one of these may end its paragraph
_DASH = r"(?:—|–|--?|â€”|â€“)"

# Invisible characters that never start or end a segment (they join the separator).
BLANK_EXTRA = "\ufeff\u200b\u200c\u200d\u2060\u00ad"

BULLET = re.compile(r"^\s*(?:[-*•·▪●◦‣–—]|\d{1,3}[.)]|[a-z][.)])\s+")


# Month names as a trie of their letters (a failing line is rejected at its first letters
# whatever the number of names): English, and the languages the copies come in (Italian,
# Spanish, French, German, Portuguese) for a host's own date line ("13 Marzo 2023").
_MONTH_NAMES = (
    "jan january feb february mar march apr april may jun june jul july aug august sep sept "
    "september oct october nov november dec december "
    "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre dicembre "
    "enero febrero abril mayo junio julio septiembre octubre noviembre diciembre janvier "
    "février fevrier mars avril juin juillet août aout septembre octobre novembre décembre "
    "decembre januar februar märz marz juni juli oktober dezember janeiro fevereiro março "
    "marco maio junho julho setembro outubro novembro dezembro").split()


def trie(words: list[str]) -> str:
    """A regex alternation matching exactly the given literal words, factored by prefix."""
    tree: dict = {}
    for w in words:
        node = tree
        for c in w:
            node = node.setdefault(c, {})
        node[""] = {}

    def walk(node: dict) -> str:
        alts = [re.escape(c) + walk(sub) for c, sub in sorted(node.items()) if c]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return "(?:" + walk(tree) + ")"


_MONTH = trie(_MONTH_NAMES) + r"\.?"
DATE = (
    r"(?:(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)"
    r"\.?,?\s+)?"
    rf"(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{_MONTH},?\s+\d{{4}}|"
    r"\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})"
)


DATELINE = re.compile(
    r"^(?P<caps>[A-Z][A-Z.'’-]+(?:[ ,]+[A-Z][A-Za-z.'’-]+){0,3}"
    r"|[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?:,\s*[A-Z][A-Za-z.]+(?: [A-Z][a-z]+)?)?)"
    rf"(?:,?\s*(?i:{_MONTH})\s+\d{{1,2}}(?:,\s*\d{{4}})?)?"
    rf"(?:\s*\([\w .]{{1,30}}\))?\s*{_DASH}\s+(?=\S)"
)


# Speaker labels of a transcript ("QUESTION:", "SECRETARY BLINKEN:", "VOICE ONE:").
_LABEL = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}:(?:\s|$)")


def any_in(openings: tuple[str, ...], words: tuple[str, ...]) -> Callable[[str], bool]:
    """A test whether a string opens with one of openings or holds one of words, compiled
    once into one expression (``s.startswith(openings) or 'w1' in s or ...``): the
    interpreter's own containment test per word, where ``any(map(s.__contains__, words))``
    makes a call per word and costs 2-3x as much. Same answer for every string."""
    terms = ([f"s.startswith({tuple(openings)!r})"] if openings else []) + [
        f"{w!r} in s" for w in words]
    return eval(f"lambda s: {' or '.join(terms) or 'False'}", {})  # constants only


def opens_with_label(s: str) -> bool:
    """Whether s opens with a speaker label (_LABEL): a capital, then its colon among the
    next 41 characters, or no match is tried (most paragraphs)."""
    return "A" <= s[:1] <= "Z" and s[1:2] in _LABEL_SECOND and s.find(":", 2, 42) != -1 \
        and _LABEL.match(s) is not None


# What _LABEL's second character can be (its class; an exact pre-filter, one set look-up:
# most paragraphs open with a capital and a lower-case letter).
_LABEL_SECOND = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ.'’ -")


DATELINE_ALONE = re.compile(
    rf"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){{0,2}}(?:,\s*(?:[A-Z][\w.]+|{DATE}))?\s*:$"
)


@dataclass(slots=True)
class Line:
    """One non-blank line: offsets of its content without surrounding blanks."""

    start: int
    end: int
    text: str
    group: int  # lines of one group are separated by single line breaks only
    kind: str | None = None  # what the line shows by itself (_single_kind), set once
    starts: bool = False  # opens something other than a plain paragraph (_starts_block)


@dataclass(slots=True)
class Block:
    """A run of lines that becomes one segment (or several, once split)."""

    start: int
    end: int
    text: str
    kind: str | None  # None: not decided yet (paragraph)
    lines: list[Line] = field(default_factory=list)


def core(s: str) -> str:
    """The line without trailing closers, so that `said.”` ends with a full stop."""
    return s.rstrip(CLOSERS + " ")


def is_terminal(s: str) -> bool:
    c = core(s)
    return bool(c) and c[-1] in TERMINAL


# re.IGNORECASE also matches these non-ASCII letters to ASCII ones (K: Kelvin sign), so
# the substring pre-filters below fold them first; they are then exact necessary
# conditions of the patterns they guard.
_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})


def folded(s: str) -> str:
    low = s.lower()
    # four single-character finds (C loops) cost a quarter of one character-class search
    if not low.isascii() and ("\u0130" in s or "\u0131" in s or "\u017f" in s
                              or "\u212a" in s):
        low = s.translate(_FOLD).lower()
    return low


def _lettered(s: str) -> list[str]:
    """The words of s holding a letter: most are all letters (w.isalpha, one C call), the
    others ('said,', 'U.S.', '2020') are read character by character."""
    return [w for w in s.split() if w.isalpha() or any(map(str.isalpha, w))]


def title_case(s: str) -> bool:
    """Most words capitalised: a headline, which is never hard-wrapped prose."""
    words = _lettered(s)
    caps = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return len(words) >= 3 and caps / len(words) >= 0.6


def caps_share(s: str) -> float:
    words = _lettered(s)
    return sum(1 for w in words if w[:1].isupper()) / len(words) if words else 0.0


NAME_ROLE = re.compile(
    r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]*){1,3}, (?:the )?(?:[A-Z][\w’'-]*|of|for|and|the)"
    r"(?: (?:[A-Z][\w’'-]*|of|for|and|the)){0,6}$")
ROLE_WORD = re.compile(
    r"(?i)\b(?:Secretary|Minister|President|Director|Spokesperson|Spokesman|Spokeswoman|"
    r"Correspondent|Reporter|Editor|Writer|Ambassador|Administrator|Governor|Senator|"
    r"Chair(?:man|woman|person)?|Commissioner|Officer|Chief|Adviser|Advisor|Analyst)\b")

"""Words with offsets, the normal forms used to compare them, and passages.

Comparison never changes the text: every normal form here is computed from a word's
exact span, and every passage is a ``[start, end)`` span of the document.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import pyarrow as pa

from corpus import vocab

WORD = re.compile(r"\w+(?:[’'\-.]\w+)*", re.UNICODE)
# Content segments that carry the article's text (boilerplate and bylines excluded).
PASSAGE_KINDS: tuple[str, ...] = ("title", "standfirst", "heading", "body", "caption")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"', "„": '"', "«": '"',
                         "»": '"', "′": "'", "\u00a0": " "})
_EDGE = " \t\r\n.,;:!?\"'“”‘’«»()[]—–-…"
STOP = frozenset("""a an the and or but if of to in on at by for from with as is are was were be
been being it its it's this that these those he she they them his her their we our you your i
me my not no will would could should can may might must have has had do does did so than then
there here who whom which what when where why how also just about into over after before said
says say told says""".split())


@dataclass(frozen=True)
class Passage:
    doc_id: str
    start: int
    end: int
    text: str
    kind: str
    index: int  # position among the document's passages


def words(text: str) -> list[tuple[int, int, str]]:
    """(start, end, word) of every word; apostrophes and hyphens stay inside words."""
    return [(m.start(), m.end(), m.group()) for m in WORD.finditer(text)]


@lru_cache(maxsize=1 << 18)
def norm_word(w: str) -> str:
    return w.translate(_QUOTES).casefold()


def word_key(text: str) -> tuple[str, ...]:
    """The casefolded words, in order: equal keys = same words up to punctuation and case."""
    return tuple(map(norm_word, WORD.findall(text)))


def exact_key(text: str) -> str:
    """The text up to quotation-mark style, NBSP and a trailing/leading comma or stop."""
    return text.translate(_QUOTES).strip(_EDGE)


_SUFFIXES = ("ments", "ment", "ings", "ing", "ions", "ion", "ies", "ed", "es", "ly", "s")


def stem(w: str) -> str:
    """A crude, deterministic stem: casefold, drop a common suffix, keep 6 characters."""
    return _stem_norm(norm_word(w))


@lru_cache(maxsize=1 << 18)
def _stem_norm(w: str) -> str:
    """:func:`stem` of a word already through :func:`norm_word` (the stem depends on the
    normal form only, so a text's stems are those of its distinct normal forms)."""
    w = w.replace("'", "")
    for suf in _SUFFIXES:
        if len(w) > len(suf) + 3 and w.endswith(suf):
            w = w[: -len(suf)]
            break
    return w[:6]


# Spoken function words that quotes are full of ("I'm going to", "we're", "him"): two
# remarks of one speaker share them whatever they say, so quote linking ignores them too.
SPEECH_STOP = STOP | frozenset("""i'm i'll i've i'd we're we'll we've we'd you're you'll you've
he's he'll he'd she's she'll they're they'll they've it'll that's there's what's let's him
us very much going doing having being get got""".split())


def content_stems(text: str, stop: frozenset[str] = STOP) -> frozenset[str]:
    """Stems of the content words: what two renderings of the same content share."""
    return frozenset(map(_stem_norm, set(map(norm_word, WORD.findall(text))).difference(stop)))


def key_and_stems(text: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """(:func:`word_key`, :func:`content_stems`) of a text from one scan of its words."""
    key = tuple(map(norm_word, WORD.findall(text)))
    # stems of the distinct normal forms, set operations and map in C: no loop per word
    return key, frozenset(map(_stem_norm, set(key).difference(STOP)))


def dice(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return 2 * len(a & b) / (len(a) + len(b))


def containment(a: frozenset[str], b: frozenset[str]) -> float:
    """Share of a's stems that b has."""
    return len(a & b) / len(a) if a else 0.0


def shingles(text: str, n: int = 5) -> set[str]:
    """Word n-grams of the casefolded words (the unit of duplicate detection)."""
    return shingle_strings(word_key(text), n)


def shingle_strings(ws: Sequence[str], n: int = 5) -> set[str]:
    """:func:`shingles` of a word key (what MinHash signatures are made from)."""
    if len(ws) < n:
        return {" ".join(ws)} if ws else set()
    return {" ".join(ws[i:i + n]) for i in range(len(ws) - n + 1)}


@lru_cache(maxsize=1 << 18)
def _word_hash(w: str) -> int:
    return int.from_bytes(hashlib.blake2b(w.encode("utf-8"), digest_size=8).digest(), "little")


_MIX = np.uint64(0x9E3779B97F4A7C15)  # odd: multiplying by it mod 2**64 is a bijection


def shingle_hashes(ws: Sequence[str], n: int = 5) -> np.ndarray:
    """The shingles of a word key as sorted unique uint64 hashes: the same sets as
    :func:`shingle_strings` up to 64-bit collisions (about 1e-11 for a story of 20,000
    shingles), from a stable hash of each word, so every process gets the same values.
    Set arithmetic on them is numpy's, not Python's (duplicate detection's hot spot)."""
    if not ws:
        return np.empty(0, dtype=np.uint64)
    return hashed_shingles(word_hashes(ws), n)


def word_hashes(ws: Sequence[str]) -> np.ndarray:
    """The stable 64-bit hash of every word of a key, in order (what shingles are made of):
    a body's are its passages' joined, so a caller may keep them per passage."""
    return np.fromiter(map(_word_hash, ws), dtype=np.uint64, count=len(ws))


def hashed_shingles(h: np.ndarray, n: int = 5) -> np.ndarray:
    """:func:`shingle_hashes` from the words' hashes (:func:`word_hashes`)."""
    if not h.size:
        return np.empty(0, dtype=np.uint64)
    k = min(n, len(h))
    out = h[: len(h) - k + 1].copy()
    for i in range(1, k):  # polynomial in _MIX, wrapping mod 2**64
        out = out * _MIX + h[i: len(h) - k + 1 + i]
    if k < n:  # a text shorter than a shingle is one shingle of its own length
        out = out * _MIX + np.uint64(k)
    return np.unique(out)


def overlap(a: np.ndarray, b: np.ndarray) -> int:
    """|a & b| of two :func:`shingle_hashes` sets."""
    return int(np.intersect1d(a, b, assume_unique=True).size)


def passages(doc_id: str, text: str, segments: list[tuple[int, int, str]]) -> list[Passage]:
    """The content segments of a document as passages, in text order."""
    out = []
    for s, e, kind in sorted(segments):
        if kind in PASSAGE_KINDS:
            piece = text[s:e]  # sliced once, tested and kept
            if piece.strip():
                out.append(Passage(doc_id, s, e, piece, kind, len(out)))
    return out


def segments_by_doc(segments: pa.Table) -> dict[str, list[tuple[int, int, str]]]:
    out: dict[str, list[tuple[int, int, str]]] = {}
    cols = [segments.column(c).to_pylist() for c in ("doc_id", "start", "end", "kind")]
    for d, s, e, k in zip(*cols, strict=True):
        out.setdefault(d, []).append((s, e, k))
    return out


def boilerplate_share(text: str, segs: list[tuple[int, int, str]]) -> float:
    """Share of the non-blank characters that sit in boilerplate segments."""
    total = bp = 0  # integers: one pass, each segment sliced once
    sep, kinds = vocab.SEGMENT_SEPARATOR, vocab.SEGMENT_BOILERPLATE_KINDS
    for s, e, k in segs:
        if k == sep and k not in kinds:
            continue
        n = len(text[s:e].strip())
        if k != sep:
            total += n
        if k in kinds:
            bp += n
    return bp / total if total else 0.0


_OUTLET_WORDS = ("News", "Times", "Post", "Journal", "Reuters", "Press", "AFP", "AP", "BBC",
                 "CNN", "Agency", "Guardian", "Telegraph", "Herald", "Tribune", "Radio",
                 "Television", "TV", "Wire", "Politico", "Bloomberg", "Axios", "Wikinews",
                 "VOA", "Voice of America")
_OUTLET_SET = frozenset(_OUTLET_WORDS)
# The cue's first letter is matched first (a character set at the start of a pattern is
# what the regex engine skips to in C), the word edge before it checked behind it, then the
# rest of the cue that letter begins: the same matches as
# r"\b(?:[Pp]er|[Aa]ccording to|reported by|[Tt]old)\s+(...)", a quarter faster.
_CITE = re.compile(r"[PpAaTtr](?<=\b[PpAaTtr])(?:(?<=[Pp])er|(?<=[Aa])ccording to|(?<=r)eported by|"
                   r"(?<=[Tt])old)\s+((?:the\s+)?(?:[A-Z][\w&.’'-]*\s?){1,4})")
_CONTRIB = re.compile(r"((?:[A-Z][\w&.-]*\s){0,3}[A-Z][\w&.-]*)[’']s?\s+(?:[A-Z][\w.-]*\s?)+"
                      r"(?:,\s*(?:[A-Z][\w.-]*\s?)+)*(?:and\s+(?:[A-Z][\w.-]*\s?)+)?contributed")


# Every _CITE match starts at one of these (its first letter and the rest of its cue).
_CUES = ("Per", "per", "According to", "according to", "reported by", "Told", "told")


def _cite_matches(text: str):
    """The matches of ``_CITE.finditer(text)``, found from the cues' places (str.find, in
    C) rather than by the regex engine trying every P, A, T and r of the text: every match
    starts where a cue does, and the matches are tried in text order from the end of the
    last one, as finditer does (a match's lookbehind sees the text before ``pos``)."""
    at = []
    find = text.find
    for cue in _CUES:
        i = find(cue)
        while i >= 0:
            # a word character before the cue: no word edge, no match ("paper", "retold");
            # str.isalnum and "_" are the regex's \w
            b = text[i - 1] if i else " "
            if not (b.isalnum() or b == "_"):
                at.append(i)
            i = find(cue, i + 1)
    end = 0
    match = _CITE.match
    for i in sorted(at):
        if i < end:
            continue
        m = match(text, i)
        if m is not None:
            end = m.end()
            yield m


def cited_outlets(text: str) -> list[str]:
    """Outlets the text credits ("per CBS News", "according to ABC News", "X News’ ...
    contributed to this report"), in order of first mention, without repeats."""
    found = []
    for m in _cite_matches(text):
        name = m.group(1).strip().removeprefix("the ").strip()
        # an outlet word as one of the name's words, or the name's end (set and tuple
        # tests in C, not a loop over the outlet words)
        if not _OUTLET_SET.isdisjoint(name.split()) or name.endswith(_OUTLET_WORDS):
            found.append(name)
    # _CONTRIB tries every capital letter; it needs the literal "contributed"
    for m in (_CONTRIB.finditer(text) if "contributed" in text else ()):
        name = m.group(1).strip()
        if name.endswith(_OUTLET_WORDS):
            found.append(name)
    return list(dict.fromkeys(found))

"""Line features of the segmenter's blocks, for its statistical furniture classifier.

Why: the rules name furniture by its shape and wording on the pages they were written
against, and miss it on other hosts. These features read only the block's own text, its
place on the page and its neighbours (as jusText and boilerpipe do): length, word count,
capitals, digits, punctuation, sentence ends, stop words, link-like tokens, a generic
furniture vocabulary, repetition. No string from the seeds or from any evaluation page.
Pure Python on purpose: the classifier runs inside ``segment_text`` on every page, where
numpy's per-call overhead would cost more than the arithmetic.
"""

from __future__ import annotations

import re
from functools import lru_cache
from math import log1p

from corpus.segment_shapes import CLOSERS, SENTENCE_END, Block, core
from corpus.vocab import SEGMENT_BOILERPLATE_KINDS

# Generic English function words (jusText's stop-word idea: prose is dense in them).
STOP_WORDS = frozenset(
    "a about after all also an and any are as at be been but by can could did do does for "
    "from had has have he her his how i if in into is it its more most no not of on one or "
    "our out over she so some such than that the their them then there these they this to "
    "up was we were what when which who will with would you".split())
# Words of page furniture on any site (menus, sharing, accounts, legal lines, players).
FURNITURE_WORDS = frozenset(
    "home menu search login log sign subscribe subscription newsletter share shares follow "
    "facebook twitter linkedin whatsapp instagram youtube telegram rss feed print email "
    "e-mail comment comments reply related links link more read next previous prev back top "
    "skip navigation accessibility main content copyright rights reserved privacy policy "
    "terms cookie cookies advertisement advertising sponsored contact about tags tag topics "
    "categories category archive archives download downloads video videos audio podcast "
    "photo photos gallery listen watch play live breaking click here view sitemap help "
    "faq register account password language english edition section sections page pages "
    "posted updated published".split())
MONTHS = frozenset(
    "jan january feb february mar march apr april may jun june jul july aug august sep "
    "sept september oct october nov november dec december".split())
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# _WORD on text whose only letters and digits are ASCII
_LATIN_WORD = re.compile(r"[A-Za-z]+(?:['’-][A-Za-z]+)*")
_LINKY = re.compile(r"https?://|www\.|\.(?:com|org|net|gov|html?|php)\b|@\w|#\w")
_SENT_BREAK = re.compile(r"[a-z][.!?][\"'”’)]*\s+[A-Z]")
# A field label opening the line: "Categories:", "Credit :", "Posted by:".
_LABEL_PREFIX = re.compile(r"^\W{0,3}[^\W\d_]+(?: [^\W\d_]+){0,2}\s?[:：]\s*\S")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MENU_SIGNS = tuple("|·•»›/>")
_BOILERPLATE = frozenset(SEGMENT_BOILERPLATE_KINDS)
_LONG_PROSE = 200
_CORE_STRIP = CLOSERS + " "  # what core strips

# One name per feature, in the order of the vector (the model file stores them too).
NAMES: tuple[str, ...] = (
    "log_chars", "log_words", "lines", "caps_share", "upper_letters", "digits", "punct",
    "sentence_end", "ends_colon", "no_end_punct", "stop_ratio", "mean_word_len",
    "sentences", "linky", "furniture_words", "furniture_any", "menu_signs", "date_like",
    "starts_lower", "has_quote", "comma_ratio", "label_prefix", "position", "first", "last",
    "before_prose", "after_prose",
    "repeated", "prev_log_chars", "next_log_chars", "prev_sentence_end",
    "next_sentence_end", "prev_rule_furniture", "next_rule_furniture",
    # the rules' own call on the block (a content kind the classifier may overrule when
    # very sure) and the neighbours' shape (a box's items stand among short bare lines)
    "rule_heading", "rule_title", "rule_caption", "rule_standfirst",
    "rule_credit", "prev_short_bare", "next_short_bare", "prev_same_group",
    "next_same_group",
)
# The rules' content kinds with a feature of their own (the others share "rule_credit").
_OWN_KIND = {"heading": 0, "title": 1, "caption": 2, "standfirst": 3}
_CREDIT_KINDS = frozenset(("photo_credit", "byline", "dateline", "contributor_line"))
_SHORT = 40


def _ascii_rejected(keep: object) -> bytes:
    """The ASCII bytes whose character fails the str predicate keep (a delete table)."""
    return bytes(b for b in range(128) if not keep(chr(b)))  # type: ignore[operator]


_ASCII_BYTES = bytes(range(128))
_HIGH_BYTES = bytes(range(128, 256))
_NOT_UPPER = _ascii_rejected(str.isupper)
_NOT_DECIMAL = _ascii_rejected(str.isdecimal)
_ALNUM_OR_SPACE = _ascii_rejected(lambda c: not (c.isalnum() or c.isspace()))


def text_features(s: str) -> list[float]:
    """The features a block's own text shows (see NAMES, up to position)."""
    n = len(s) or 1
    # Counted in C on the UTF-8 bytes: the ASCII characters by deleting every byte a
    # predicate rejects (bytes >= 0x80 too), the others (curly quotes and dashes, on most
    # pages: few) one by one; every count is a sum over characters.
    if s.isascii():
        data, other = s.encode("ascii"), ""
    else:
        raw = s.encode("utf-8", "surrogatepass")
        data = raw.translate(None, _HIGH_BYTES)
        other = raw.translate(None, _ASCII_BYTES).decode("utf-8", "surrogatepass")
    upper = len(data.translate(None, _NOT_UPPER)) + sum(map(str.isupper, other))
    digits = len(data.translate(None, _NOT_DECIMAL)) + sum(map(str.isdecimal, other))
    punct = len(data.translate(None, _ALNUM_OR_SPACE)) + sum(
        1 for c in other if not (c.isalnum() or c.isspace()))
    if not any(map(str.isalnum, other)):
        # Only ASCII letters make words (no other character is a letter or a digit, nor
        # becomes one lower-cased): the same words, found faster, lower-cased one by one.
        words = _LATIN_WORD.findall(s)
        low = [w.lower() for w in words]
    else:
        words = _WORD.findall(s)
        low = _WORD.findall(s.lower())
    nw = len(words)
    letters = sum(map(len, words)) or 1
    caps = sum(1 for w in words if w[0].isupper())
    end = core(s)[-1:]
    furn = sum(map(FURNITURE_WORDS.__contains__, low))
    per_word = 1 / nw if nw else 0.0
    return [
        log1p(len(s)), log1p(nw), float(min(s.count("\n") + 1, 10)), caps * per_word,
        upper / letters, digits / n, punct / n,
        float(end in SENTENCE_END), float(end == ":"), float(end.isalnum()),
        sum(map(STOP_WORDS.__contains__, low)) * per_word, letters * per_word,
        float(min(len(_SENT_BREAK.findall(s)), 5)),
        float(bool(_LINKY.search(s))), furn * per_word, float(furn > 0),
        float(sum(map(s.count, _MENU_SIGNS)) >= 2),
        float(("19" in s or "20" in s) and bool(_YEAR.search(s))
              or any(map(MONTHS.__contains__, low))),
        float(s[:1].islower()), float('"' in s or "“" in s or "”" in s),
        s.count(",") * per_word, float(bool(_LABEL_PREFIX.match(s))),
    ]


@lru_cache(maxsize=1 << 13)
def text_features_memo(s: str) -> tuple[float, ...]:
    """text_features(s), remembered: a site's furniture lines (the classifier's
    candidates, short blocks) recur on its every page. A pure function's memo, not state:
    bounded (least recently used texts dropped), tuples (no caller can change one)."""
    return tuple(text_features(s))


def block_features(text: str, blocks: list[Block],
                   which: list[int] | None = None) -> list[list[float]]:
    """One feature vector (NAMES order) per block of ``which`` (default: every block),
    blocks in text order. Only the blocks asked for pay for their text features (the
    neighbours' features are their length and last character)."""
    n = len(blocks)
    size = len(text) or 1
    which = list(range(n)) if which is None else which
    if not which:
        return []
    lengths = [len(b.text) for b in blocks]
    if 4 * len(which) >= n:  # (many blocks asked for: every block's end, as listed once)
        ends = [b.text.rstrip(_CORE_STRIP)[-1:] in SENTENCE_END for b in blocks]  # (core)
        prose = [i for i in range(n) if lengths[i] >= _LONG_PROSE and ends[i]]
        first_prose = prose[0] if prose else n
        last_prose = prose[-1] if prose else -1
        counts: dict[str, int] = {}
        for b in blocks:
            counts[b.text] = counts.get(b.text, 0) + 1
    else:
        ends, first_prose, last_prose, counts = _sparse_context(blocks, lengths, which)
    out = []
    for i in which:
        b = blocks[i]
        prev_end = ends[i - 1] if i else False
        next_end = ends[i + 1] if i + 1 < n else False
        out.append([*text_features_memo(b.text),
            b.start / size, float(i == 0), float(i == n - 1), float(i < first_prose),
            float(i > last_prose), float(counts[b.text] > 1),
            log1p(lengths[i - 1]) if i else 0.0, log1p(lengths[i + 1]) if i + 1 < n else 0.0,
            float(prev_end) if i else 0.0, float(next_end) if i + 1 < n else 0.0,
            float(i > 0 and blocks[i - 1].kind in _BOILERPLATE),
            float(i + 1 < n and blocks[i + 1].kind in _BOILERPLATE),
            *_kind_features(b.kind),
            float(i > 0 and lengths[i - 1] <= _SHORT and not prev_end),
            float(i + 1 < n and lengths[i + 1] <= _SHORT and not next_end),
            float(i > 0 and _same_group(blocks[i - 1], b)),
            float(i + 1 < n and _same_group(b, blocks[i + 1])),
        ])
    return out


def _sparse_context(blocks: list[Block], lengths: list[int], which: list[int]
                    ) -> tuple[dict[int, bool], int, int, dict[str, int]]:
    """What block_features reads of the page when it is asked about few of its blocks
    (apply_model: ~3 of ~30 a synthetic page): whether a block ends a sentence (core,
    inlined) only for the neighbours of those asked for and the first and last prose
    blocks (long and ending a sentence), found from each end; texts counted only among
    blocks as short as one asked for (no longer block can repeat its text). The same
    values as listing every block."""
    n = len(blocks)
    ends = {j: blocks[j].text.rstrip(_CORE_STRIP)[-1:] in SENTENCE_END
            for i in which for j in (i - 1, i + 1) if 0 <= j < n}
    first_prose = last_prose = -1
    for i in range(n):
        if lengths[i] >= _LONG_PROSE:
            e = ends.get(i)
            if e is None:
                e = ends[i] = blocks[i].text.rstrip(_CORE_STRIP)[-1:] in SENTENCE_END
            if e:
                first_prose = i
                break
    if first_prose == -1:
        first_prose = n
    else:
        for i in range(n - 1, first_prose - 1, -1):
            if lengths[i] >= _LONG_PROSE:
                e = ends.get(i)
                if e is None:
                    e = ends[i] = blocks[i].text.rstrip(_CORE_STRIP)[-1:] in SENTENCE_END
                if e:
                    last_prose = i
                    break
    longest = max(lengths[i] for i in which)
    counts: dict[str, int] = {}
    for b, k in zip(blocks, lengths, strict=True):
        if k <= longest:
            counts[b.text] = counts.get(b.text, 0) + 1
    return ends, first_prose, last_prose, counts


def _kind_features(kind: str | None) -> list[float]:
    """One-hot of the rules' content kind: heading, title, caption, standfirst, credit (not
    their furniture kinds: the rules are fitted to dev, so a block they call furniture is
    furniture there far more surely than on a page they have not seen)."""
    out = [0.0] * 5
    if kind in _OWN_KIND:
        out[_OWN_KIND[kind]] = 1.0
    elif kind in _CREDIT_KINDS:
        out[4] = 1.0
    return out


def _same_group(a: Block, b: Block) -> bool:
    """Whether a's last line and b's first are separated by one line break only (lines
    of one box); blocks without lines (made by hand) are not."""
    return bool(a.lines and b.lines) and a.lines[-1].group == b.lines[0].group

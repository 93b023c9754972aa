"""Rule-based quote extraction: direct, mixed, scare and indirect quotes with speakers.

Why rules: the corpus is small, no trained English model may be installed, and the
pre-annotations only have to save annotators time; every span is reviewed. Each quote
gets its content span (without marks), the speaker mention nearest the cue, the cue,
the speaker's full name as the text gives it, a kind, a group id and a score.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from corpus.preannotate import lexicon as lx
from corpus.preannotate.marks import Pair, find_pairs, masked, paragraphs
from corpus.preannotate.names import Name, Token, is_place, looks_like_person, tokenize
from corpus.preannotate.speakers import (
    Mention,
    Resolver,
    first_np,
    is_cue,
    passive_cue,
    subject_of,
)


@dataclass
class QuoteSpan:
    """One quote record; offsets are code points into the exact text."""

    start: int
    end: int
    text: str
    kind: str  # direct, mixed, scare, indirect
    speaker: str | None = None  # full name as the text gives it
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_text: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    cue_text: str | None = None
    group: int | None = None
    score: float = 0.5
    speaker_reason: str | None = None  # why no speaker is named, when a rule knows


@dataclass
class _Attr:
    cue: tuple[int, int]
    mention: Mention | None
    who: str | None = None  # the speaker when a rule, not the mention, says who it is
    reason: str | None = None  # why nobody is named, when a rule knows


_PLATFORM_RE = re.compile(
    r"\s+(?:in\s+an?\s+(?:[‘'\"“]?(?:{p})[’'\"”]?\s+)?post\s+(?:to|on)\s+(?:{p})"
    r"|in\s+an?\s+[‘'\"“]?(?:{p})[’'\"”]?\s+post|on\s+(?:{p})|via\s+(?:{p}))\b".format(
        p="|".join(re.escape(x) for x in lx.PLATFORMS)
    )
)
_TERMINATOR = ".!?"
_NON_FINITE = frozenset({"to", "will", "would", "could", "can", "should", "must", "may",
                         "might", "did", "not", "never", "let", "me", "you", "him", "her",
                         "them", "us", "cannot"})
_DATELINE = re.compile(r"[A-Z][A-Z .,'-]+\s+[—–-]+\s+")
# Bare verb forms (a cue only as a finite verb after a modal or "to" is no report yet).
_BARE_FORMS = frozenset(lx.SPEECH_VERB_LEMMAS)
# At most this many words after the last comma make a post-posed attribution.
_TAIL_WORDS = 10
_AUX = frozenset({"are", "is", "was", "were", "have", "has", "had", "will", "would", "can",
                  "could", "should", "must", "be", "been", "being", "do", "does", "did"})


class _Doc:
    def __init__(self, text: str):
        self.text = text
        every = find_pairs(text)
        self.pairs = [p for p in every if not p.nested]
        self.nested = [p for p in every if p.nested]  # quotations inside quotations
        self.mask = masked(text, self.pairs)
        self.paras = paragraphs(text)
        self.res = Resolver(text)
        self.res.quoted = sorted((p.start, p.end) for p in every)
        self.by_close = {p.close: p for p in self.pairs if p.close is not None}
        self.opens = {p.open for p in self.pairs}
        self.open_list = sorted(self.opens)

    # -- sentence bounds on the masked text ----------------------------------------
    def _is_boundary(self, i: int) -> bool:
        m = self.mask
        if m[i] not in _TERMINATOR:
            return False
        if i + 1 < len(m) and not m[i + 1].isspace():
            return False
        if m[i] == ".":
            w = re.search(r"(\S+)$", m[max(0, i - 12) : i])
            word = w.group(1).lower() if w else ""
            if word.strip("(“\"‘'") in lx.ABBREVIATIONS or len(word) == 1 and \
                    not word.isdigit() or "." in word:  # ("September 5." ends a sentence)
                return False
        return True

    def sentence_start(self, pos: int, ps: int) -> int:
        i = pos - 1
        while i >= ps:
            if self._is_boundary(i):
                return i + 1
            if i in self.by_close:
                p = self.by_close[i]
                if self.text[p.start : p.end][-1:] in _TERMINATOR and (
                        i + 1 >= len(self.text) or self.text[i + 1].isspace()
                        or i + 1 in self.opens):  # '“… events.”“Next …”'
                    return i + 1
                i = p.open - 1
                continue
            i -= 1
        return ps

    def sentence_end(self, pos: int, pe: int, stop_at_quote: bool = True) -> int:
        for i in range(pos, pe):
            if self._is_boundary(i):
                return i
            if stop_at_quote and i in self.opens:
                return i
        return pe


def _cue_span(text: str, tok: Token) -> tuple[int, int]:
    end = tok.end
    if tok.low in lx.PARTICLE_CUES:  # "shot back": the particle belongs to the cue
        p = re.match(r"\s+(\w+)", text[end : end + 12])
        if p and p.group(1).lower() in lx.PARTICLE_CUES[tok.low]:
            end += p.end()
    m = _PLATFORM_RE.match(text, end)
    return (tok.start, m.end() if m else end)


def _post_attr(d: _Doc, q: Pair, pe: int) -> _Attr | None:
    """Attribution right after the quote: '”, he said', '” said Rutte'."""
    if _NEXT_TURN.match(d.text, q.after):
        return None  # '… “…?” KERRY: Well, …': the next speaker's turn, no attribution
    end = d.sentence_end(q.after, pe)
    seg = d.text[q.after : end]
    lead = len(seg) - len(seg.lstrip(" ,;—–-"))
    toks = tokenize(d.text, q.after + lead, end)
    if not toks:
        return None
    noun = _NOUN_ATTR.match(d.text, q.after, end)
    if noun is not None:  # "“…,” was the reply from X", "came the answer from X"
        rest = tokenize(d.text, noun.end(), end)
        if rest:
            return _Attr((noun.start(1), noun.end(1)), d.res.np_starting(rest, 0))
    cleft = _CLEFT.match(d.text, q.after, end)
    if cleft is not None:  # "“…” This is what X told the generals": X said it
        rest = tokenize(d.text, cleft.end(), end)
        if cleft.group(1) is not None and rest:
            return _Attr(cleft.span(1), d.res.np_starting(rest, 0))
        k = next((k for k in range(1, len(rest)) if is_cue(rest, k)), None)
        if k is not None:
            return _Attr(_cue_span(d.text, rest[k]), d.res.np_starting(rest, 0))
    for k, t in enumerate(toks[:9]):
        if t.low in ("according", "per") and k == 0:
            nxt = k + 2 if t.low == "according" else k + 1
            if nxt < len(toks):
                return _Attr((t.start, toks[nxt - 1].end), _source_np(d, toks, nxt))
            return None
        if not is_cue(toks, k):
            continue
        if k == 0 and t.text[:1].isupper() and len(toks) > 1 and \
                toks[1].low in ("from", "of", "on", "about"):
            continue  # "”: Notes from Port of Spain is": a blog's or column's name, no cue
        cue = _cue_span(d.text, t)
        if k == 0:  # inverted: "said Rutte"
            return _Attr(cue, d.res.np_starting(toks, 1) if len(toks) > 1 else None)
        first = d.res.by_start.get(toks[0].start)
        if first is not None and d.text[first.end : first.end + 1] == "," and \
                looks_like_person(first, d.res.person_last):
            return _Attr(cue, Mention(first.start, first.end, first.text, "name"))
        if _new_sentence_cue(d, q, toks, k):
            return None  # "“… health workers.” SAGE recommends a second booster ...": a
            # full stop closed the quotation, and the verb reports something else
        passive, agent = passive_cue(d.res, toks, k)
        if passive:  # "“…?” he was asked by X": X asks
            return _Attr(cue, agent)
        m = subject_of(d.res, toks, k, toks[0].start)
        if m is not None and m.start >= toks[0].start:
            return _Attr(cue, m)
        if k <= _UNNAMED_SUBJECT and not any(t.cap for t in toks[:k]):
            return _Attr(cue, None)  # "“…,” local media reported": said, by nobody named
        return None
    found = _trailing_attr(d, toks, q.after, end)
    if found is not None:
        return _Attr(found[0], found[1])
    if d.text[q.start : q.end].rstrip()[-1:] in ",?!" or d.text[q.after : q.after + 1] == ",":
        return _shape_attr(d, toks)
    return None


# Words that may follow a post-posed cue that ends the sentence ("” Smith said on Tuesday.")
_CUE_TAIL = frozenset({"on", "in", "at", "during", "after", "before", "yesterday", "today",
                       "tonight", "last", "this", "later", "earlier", "recently", "then",
                       "again", "afterward", "afterwards", "quietly", "softly", "simply",
                       "once", "while", "when", "as", "with", "by", "to", "from", "of",
                       *lx.WEEKDAYS})


def _new_sentence_cue(d: _Doc, q: Pair, toks: list[Token], k: int) -> bool:
    """A cue after a quotation its full stop closed ('… workers.” SAGE recommends a second
    booster be given …') opens a sentence of its own when the verb goes on with what it
    reports: it is no post-posed attribution ('… win.” Smith said.' and '… win.” Smith
    said on Tuesday.' still are)."""
    if d.text[q.start : q.end].rstrip()[-1:] != "." or k + 1 >= len(toks):
        return False
    nxt = toks[k + 1]  # (toks end at the sentence's end: the verb's next word is in it)
    return nxt.text[:1].isalnum() and nxt.low not in _CUE_TAIL


# A transcript's turn label in capitals after a quote ('… villain?" KERRY: Well, …', 'MR.
# TONER: …'): the quote ended the last turn; what follows is the next speaker's.
_NEXT_TURN = re.compile(r"[ \t]*(?:[A-Z][A-Z.’'-]*[ \t]+){0,5}[A-Z][A-Z’'-]+:(?:\s|$)")
# A demonstrative cleft pointing back at the quote: "This is what X told …", "Those were
# the words of X" (the words' owner follows "what" or "of").
_CLEFT = re.compile(r"\s*(?:This|That|These|Those|Such)\s+(?:is|was|are|were)\s+(?:what\s+|"
                    r"(?:the\s+)?(words?|message|warning|verdict|answer|reply)\s+(?:of|from)\s+)")
_UNNAMED_SUBJECT = 4  # lower-case words of a subject no rule names ("local media")
_SHAPE_TAIL = 3  # words a post-posed attribution may have after its verb ("told reporters")


def _verb_like(t: Token) -> bool:
    """A lower-case past or present-tense form ("shrugged", "texted", "recalls")."""
    w = t.text
    return w.isalpha() and w.islower() and w not in _AUX and (
        w.endswith("ed") or w.endswith("s") and not w.endswith("ss"))


def _shape_attr(d: _Doc, toks: list[Token]) -> _Attr | None:
    """'“…,” X <verb>.' and '“…,” <verb> X.': after a quote that ends with a comma, a
    subject and a finite verb (or the inverse) closing the sentence are its attribution,
    whether or not the lexicon knows the verb ("laughed", "shrugged", "texted")."""
    if toks and _verb_like(toks[0]) and len(toks) > 1:
        m = d.res.np_starting(toks, 1)
        if m is not None and m.kind == "name" and \
                sum(t.start >= m.end for t in toks) <= _SHAPE_TAIL:
            return _Attr((toks[0].start, toks[0].end), m)
        return None
    for k in range(1, min(6, len(toks))):
        p = toks[k - 1]
        if not (p.cap or p.low in lx.DETERMINERS or lx.is_role(p.low) or
                (k == 1 and p.low in lx.PRONOUNS)):
            return None
        if not _verb_like(toks[k]):
            continue
        if len(toks) - k - 1 > _SHAPE_TAIL:
            return None
        m = subject_of(d.res, toks, k, toks[0].start)
        if m is not None and m.start == toks[0].start and m.end <= toks[k].start:
            return _Attr((toks[k].start, toks[k].end), m)
        return None
    return None


def _last_cue(d: _Doc, s: int, e: int) -> tuple[list[Token], int] | None:
    toks = [t for t in tokenize(d.text, s, e) if d.mask[t.start] != "x" or d.text[t.start] == "x"]
    for k in range(len(toks) - 1, -1, -1):
        if toks[k].low == "according" and k + 1 < len(toks) and toks[k + 1].low == "to":
            return toks, k
        if toks[k].low == "per" and k + 1 < len(toks) and toks[k + 1].cap:
            return toks, k
        if is_cue(toks, k) and not (k > 0 and toks[k - 1].low in _NON_FINITE
                                    and toks[k].low in _BARE_FORMS):
            return toks, k  # not "the talks would continue", "allow me to say"
    return None


def _last_topic_verb(d: _Doc, s: int, e: int) -> tuple[list[Token], int] | None:
    """The last verb of talking about something ("Garg discussed the challenges."), as
    the lead-in of a quote that opens the next sentence."""
    toks = [t for t in tokenize(d.text, s, e) if d.mask[t.start] != "x"]
    for k in range(len(toks) - 1, 0, -1):
        if toks[k].low in lx.TOPIC_VERBS and not toks[k].cap and \
                toks[k - 1].low not in lx.DETERMINERS:
            return toks, k
    return None


def _source_np(d: _Doc, toks: list[Token], j: int) -> Mention | None:
    """The source after "according to" / "per": past "a statement by" ("according to a
    statement by NASA's X"), the one who made it."""
    k = j + (1 if j < len(toks) and toks[j].low in lx.DETERMINERS else 0)
    if k + 2 < len(toks) and (toks[k].low in lx.WRITTEN_NOUNS or toks[k].low in
                              lx.SPEECH_NOUNS) and toks[k + 1].low in ("by", "from", "of"):
        m = d.res.np_starting(toks, k + 2)
        if m is not None:
            return m
    return d.res.np_starting(toks, j) if j < len(toks) else None


def _attr_from_cue(d: _Doc, toks: list[Token], k: int, clause_start: int) -> _Attr:
    t = toks[k]
    if t.low in ("according", "per"):
        nxt = k + 2 if t.low == "according" else k + 1
        m = _source_np(d, toks, nxt)
        return _Attr((t.start, toks[nxt - 1].end), m)
    passive, agent = passive_cue(d.res, toks, k)
    if passive:  # "X was asked by Y: “…?”": Y asks; "X was asked:": nobody named
        return _Attr(_cue_span(d.text, t), agent)
    quoted = _quoted_as(d, toks, k, clause_start)
    if quoted is not None:
        return _Attr(_cue_span(d.text, t), quoted)
    if 0 < k < len(toks) - 1 and d.text[toks[k - 1].end : t.start] == ", " and \
            toks[k + 1].cap:
        # "It was no drill, said Lt. Col. X, the commander.": the cue inverted after the
        # reported words, its subject after it
        after = d.res.np_starting(toks, k + 1)
        if after is not None and after.kind != "pronoun":
            return _Attr(_cue_span(d.text, t), after)
    return _Attr(_cue_span(d.text, t), subject_of(d.res, toks, k, clause_start))


_QUOTING = frozenset({"quoted", "quotes", "quote", "quoting", "cited", "cites", "citing"})


def _quoted_as(d: _Doc, toks: list[Token], k: int, clause_start: int) -> Mention | None:
    """'The Lima Times quoted X as saying': X speaks, not the paper; 'X was quoted by the
    Lima Times as saying': X again."""
    if toks[k].low != "saying" or k < 3 or toks[k - 1].low != "as":
        return None
    for j in range(k - 2, max(-1, k - 8), -1):
        if toks[j].low in _QUOTING:
            if j + 1 < k and toks[j + 1].low == "by" or j > 0 and toks[j - 1].low in _AUX:
                return subject_of(d.res, toks, j, clause_start)
            m = d.res.np_starting(toks, j + 1)
            return m if m is not None and m.end <= toks[k - 1].start else None
    return None


_NOUN_ATTR = re.compile(r"[\s,]*(?:was|came|is|were)\s+(?:the|his|her|their|a)\s+(reply|answer|"
                        r"response|retort|reaction|message|comment|verdict|warning)\s+"
                        r"(?:from|of|by)\s+")


def _spoken(d: _Doc, q: Pair, pe: int) -> bool:
    """A short capitalised quote that opens its sentence and ends like speech ("“No,”
    said X", "“Never!” she shouted"): speech, not a name in quotation marks."""
    content = d.text[q.start : q.end].rstrip()
    after = d.text[q.after : q.after + 1]
    return (content[-1:] in ",.!?" or after == ",") and _post_attr(d, q, pe) is not None


_CLAUSE_OPENERS = frozenset({"and", "but", "or", "while", "as", "because", "when", "after",
                             "before", "if", "so", "although", "though", "whereas", "since",
                             "until", "where", "which", "who"})


def _post_posed(d: _Doc, q: Pair, attr: _Attr, pe: int) -> bool:
    """The cue after a mid-sentence quote attributes it only as a post-posed clause
    ("… “a disaster”, Macron has said."): after a comma or dash, not opening a clause
    of its own ("…, and X said he …"), and with no reported clause after the verb."""
    between = d.text[q.after : attr.cue[0]]
    if d.text[attr.cue[0] : attr.cue[1]].lower() == "according to" and not between.strip():
        return True  # "… is “dead on arrival” according to X."
    cut = max(between.rfind(","), between.rfind("—"), between.rfind("–"))
    if cut < 0 and d.text[q.start : q.end].rstrip()[-1:] != ",":
        return False  # (a comma inside the closing mark cuts as well: “… finished,” X said)
    clause = tokenize(d.text, q.after + cut + 1, attr.cue[0])
    if clause and clause[0].low in _CLAUSE_OPENERS:
        return False
    rest = tokenize(d.text, attr.cue[1], d.sentence_end(attr.cue[1], pe))
    return not rest or rest[0].low not in lx.PRONOUNS | {"that", "it", "this"}


def _name_like(content: str) -> bool:
    words = content.strip(" .,;:!?").split()
    if not words or len(words) > 5:
        return False
    small = {"of", "the", "and", "for", "in", "on", "a", "to", "de"}
    return all(w[:1].isupper() or w.lower() in small for w in words) and words[0][:1].isupper() \
        and content.rstrip()[-1:] not in "!?" and (len(words) > 1 or len(words[0]) <= 20)


def _quoted_words(content: str) -> bool:
    """Words an editor has cut or filled in ("[address] the problem", "…[T]here is",
    "[sic]") are somebody's words as quoted, never a term in quotation marks."""
    c = content.lstrip()
    return c[:1] in "[…" or c.startswith("...") or _INSERTION.search(c) is not None


_CLAUSE_WORDS = 6


def _clause_words(content: str) -> bool:
    """Six or more words set in lower case ("seeks to “honor outstanding international
    ethical leaders whose actions …”") are someone's words, not a term held at arm's
    length: scare quotes are a word or a short phrase, titles are in Title Case."""
    words = content.split()
    return len(words) >= _CLAUSE_WORDS and content[:1].islower() and \
        sum(w[:1].isupper() for w in words) * 2 < len(words)


_INSERTION = re.compile(r"\[[^\[\]]{1,30}\]")


_SPEECH_NOUN_QUOTE_WORDS = 3  # a shorter quote after a speech noun may be a term still
_SPEECH_NOUN_REACH = 15  # words from the noun to the quote


def _speech_noun_attr(d: _Doc, s: int, q: Pair) -> _Attr | None:
    """A quote in the content of something said: "made the observation that the region is
    “…”", "his call for people to … by “…”": mixed, said by the sentence's subject or
    the noun's possessor (the noun is the cue)."""
    if len(d.text[q.start : q.end].split()) < _SPEECH_NOUN_QUOTE_WORDS:
        return None
    toks = [t for t in tokenize(d.text, s, q.open) if d.mask[t.start] != "x"]
    for k in range(len(toks) - 1, max(-1, len(toks) - 1 - _SPEECH_NOUN_REACH), -1):
        t = toks[k]
        if t.low not in lx.SPEECH_NOUNS or t.cap:
            continue
        prev = toks[k - 1] if k > 0 else None
        if prev is not None and prev.low in lx.POSSESSIVE_PRONOUNS:
            return _Attr((t.start, t.end), Mention(prev.start, prev.end, prev.text, "pronoun"))
        if prev is not None and d.text[prev.end : t.start] in ("’s ", "'s "):
            n = d.res._name_covering(prev)
            if n is not None:
                return _Attr((t.start, t.end), Mention(n.start, n.end, n.text, "name"))
        nxt = toks[k + 1 : k + 4]
        if any(x.low == "that" for x in nxt):
            return _Attr((t.start, t.end), first_np(d.res, toks, k, s))
        return None
    return None


_TERM_WORDS = 4
_TERM_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its",
                               "their"})


def _named_term(pre: str, content: str) -> bool:
    """A short quoted noun phrase right after a determiner ("The “group of death”
    includes …") names a thing; a cue after the whole sentence reports the sentence,
    not those words (scare, not mixed)."""
    words = pre.split()
    return bool(words) and words[-1].lower() in _TERM_DETERMINERS and \
        len(content.split()) <= _TERM_WORDS and not re.search(r"[.!?;:,]", content)


_WORK_TITLE_CUE = re.compile(
    r"\b(?:(?:book|film|movie|documentary|song|album|novel|play|poem|report|study|paper|"
    r"article|series|show|programme|program|exhibition|campaign|podcast|blog|website|essay|"
    r"memoir|project)s?,? (?:called|named)|titled|entitled)\s*$", re.I)
_SMALL_WORDS = frozenset({"a", "an", "the", "of", "and", "or", "for", "in", "on", "at", "to",
                          "from", "by", "with", "de", "la", "del", "y", "vs"})


def _said_colon(d: _Doc, q: Pair, s: int, pre_clean: str, content: str) -> bool:
    """'X said: “No.”', 'she replied, “Never!”': a cue and a colon or comma right before
    a quote that ends like a sentence introduce words, however short, not a name."""
    if pre_clean[-1:] not in ":," or content.rstrip()[-1:] not in ".!?":
        return False
    found = _last_cue(d, s, q.open)
    return found is not None and _ends_with_attr(d, found, q.open)


def _title_case(content: str) -> bool:
    """Most words capitalised: a title or a name, not a sentence."""
    words = [w for w in content.split() if w[:1].isalpha()]
    return len(words) >= 2 and sum(w[:1].isupper() for w in words) * 3 >= len(words) * 2


def _work_title(pre: str, content: str) -> bool:
    """A title in Title Case after "a book called", "a film titled", "entitled" ("He wrote
    a book called “The Boys from Little Mexico: A Season Chasing the American Dream.”"):
    the name of a work, not anybody's words, however long."""
    if not _WORK_TITLE_CUE.search(pre):
        return False
    words = [w.strip(".,:;!?()") for w in content.split()]
    words = [w for w in words if w]
    return bool(words) and words[0][:1].isupper() and all(
        w[:1].isupper() or w.lower() in _SMALL_WORDS or not w[:1].isalpha() for w in words)


def _scare_marked(pre: str) -> bool:
    low = pre.lower().rstrip()
    return any(low.endswith(m) for m in lx.SCARE_MARKERS)


def extract_quotes(text: str) -> list[QuoteSpan]:
    """Quotes of the text in order, with kind, speaker, cue, group and score."""
    d = _Doc(text)
    out: list[QuoteSpan] = []
    group = 0
    prev: tuple[Pair, QuoteSpan, int] | None = None  # last quote and its attribution end
    for q in d.pairs:
        ps, pe = d.paras[q.para]
        end = (_cut_end(d, q) or q.end) if q.close is None else q.end
        content = text[q.start : end]
        sstart = d.sentence_start(q.open, ps)
        pre = text[sstart : q.open]
        pre_clean = pre.strip()
        span = QuoteSpan(q.start, end, content, "scare", score=0.5)
        attr: _Attr | None = None
        same_group = False
        starts_sentence = not pre_clean or (q.continued and prev is not None)
        if q.continued and prev is not None and prev[0].continues:
            span.kind, same_group = prev[1].kind, True
            attr = _post_attr(d, q, pe)
            if attr is None:
                _copy_speaker(span, prev[1])
        elif (said := _heading_cue(d, q, sstart)) is not None:
            span.kind, attr = said  # "Obama Says “America Is Back” at Summit"
        elif (fragment := _headline_fragment(d, q, sstart, content)) is not None:
            span.kind, attr = "mixed", fragment  # "… To The Hague ‘In The Name Of Humanity’"
        elif (thought := _thought_cue(d, q, sstart)) is not None:
            span.kind, attr = "direct", thought  # "I thought to myself, “…”"
        elif q.close is not None and _name_like(content) and _SAID_RIGHT_BEFORE.search(pre) \
                and _CLAUSE_ENDS.match(text, q.after) \
                and (found := _last_cue(d, sstart, q.open)) is not None:
            # "asked her greatest achievement, she said “New Deal”": a name as the whole
            # answer right after "said" is the words said, not a term held at arm's length
            span.kind, attr = "direct", _attr_from_cue(d, found[0], found[1], sstart)
        elif (_place_label_title(d, q) or _title_line(d, q)) and _INSERTION.search(content):
            # 'Chile: “And You Call It A Fair [Election] Result?”': an editor's insertion
            # marks quoted words even in a headline's Title Case; the place labels the
            # story and names no speaker
            span.kind, span.score = "direct", 0.4
            span.speaker_reason = "a headline's quotation: its label names no one"
        elif _scare_marked(pre) or _work_title(pre, content) or _after_scare(d, q, prev) or \
                _title_line(d, q) or _place_label_title(d, q) or (
                _name_like(content) and not q.continued
                and not (_cut_off(d, q) or starts_sentence and _spoken(d, q, pe)
                         or _said_colon(d, q, sstart, pre_clean, content))):
            span.kind = "scare"
        elif starts_sentence:
            attr = _post_attr(d, q, pe)
            if attr is not None:
                span.kind = "direct"
            elif prev is not None and prev[1].kind in ("direct", "mixed") and (
                    q.para - prev[0].para <= 1) and prev[1].speaker_text is not None and \
                    not (q.para != prev[0].para and (_teaser(d, q.para)
                                                     or _heading(d, prev[0].para))) and \
                    not _other_speaker_between(d, prev, q):
                span.kind = "direct"
                _copy_speaker(span, prev[1])
                span.score = 0.7
                between = text[prev[2] : q.open].strip() if prev[2] >= 0 else "x"
                same_group = prev[0].para == q.para and not between
            elif len(content.split()) >= 4 or _cut_off(d, q):  # '“Th' as the page ends
                span.kind, span.score = "direct", 0.4
                lead = _lead_in(d, q) or _interview_head(d, q) or \
                    _subject_before(d, q, ps) or _topic_person(d, q)
                if lead is not None:
                    attr, span.score = lead, 0.7
            else:
                span.kind = "direct" if _quoted_words(content) else "scare"
        elif prev is not None and prev[1].kind == "direct" and prev[0].para == q.para and \
                prev[2] == q.open and pre_clean[-1:] in ",:;—–" and \
                (prev[1].cue_start or -1) >= prev[0].after:
            # “…,” she said, “…”: the second half of a split quote
            span.kind, same_group = "direct", True
            _copy_speaker(span, prev[1])
            span.score = prev[1].score
        elif (words_of := _WORDS_OF.search(d.mask, sstart, q.open)) is not None and \
                (src := d.res.np_starting(tokenize(d.text, words_of.end(), q.open), 0)) \
                is not None and (pre_clean[-1:] in ",:" or not text[src.end : q.open].strip()):
            # "In the words of X, “…”"; "to quote the news agency “that …”" (mixed)
            span.kind = "direct" if pre_clean[-1:] in ",:" or content[:1].isupper() else "mixed"
            attr = _Attr(words_of.span(1), src)
        elif (named := _comma_name(d, q, sstart, content)) is not None:
            span.kind, attr = "direct", named  # "compiled by Jane Roe, “I'd like to …”"
        elif (head := _headline_speaker(d, sstart, q.open)) is not None:
            # Headline style "Nielsen: “We decide our own future”"
            span.kind, attr = "direct", head
        elif pre_clean[-1:] in ",:" and (found := _last_cue(d, sstart, q.open)) is not None \
                and _ends_with_attr(d, found, q.open) and content[:1].isupper():
            toks, k = found
            attr = _attr_from_cue(d, toks, k, sstart)
            span.kind = "direct"
        elif (found := _last_cue(d, sstart, q.open)) is not None:
            toks, k = found
            attr = _attr_from_cue(d, toks, k, sstart)
            span.kind = "mixed"
        elif pre_clean[-1:] == ":" and content[:1].isupper() and \
                (subj := _person_subject(d, sstart, q.open)) is not None:
            span.kind, attr = "direct", _Attr((q.open - 1, q.open - 1), subj)
            if _headline_line(d, q, sstart) and subj.end != sstart + len(pre.rstrip()) - 1:
                # "Anti-Graft Campaign In Lima & Callao: ‘…’": in a Title Case headline a
                # capitalised run is no sign of a name; only a label that is one speaks
                attr = _Attr(attr.cue, None, reason="a headline's quotation: its label "
                             "names no one")
        elif pre_clean[-1:] == ":" and content[:1].isupper() and len(content.split()) >= 3 \
                and not _title_case(content):
            # "an alert sent to her by blogger Amr Gharbeia: “I was summoned …”": a
            # sentence a colon introduces is somebody's words, the name before the colon
            # theirs if a person's
            span.kind, attr = "direct", _colon_name(d, sstart, q.open)
        elif (said := _speech_noun_attr(d, sstart, q)) is not None:
            span.kind, attr = "mixed", said
        elif (view := _view_cue(d, q, sstart)) is not None:
            span.kind, attr = "mixed", view  # "In his view, it is “ripe for abuse.”"
        elif (said := _label_predicate(d, q, sstart, content)) is not None:
            span.kind, attr = "mixed", said  # "Roe: Budget “will not pass the house”"
        else:
            attr = _post_attr(d, q, pe)
            if attr is not None and not _post_posed(d, q, attr, pe):
                attr = None  # a cue of a later clause ("..., and X said he ...")
            if attr is not None and _named_term(pre, content):
                attr = None  # "The “group of death” includes Spain, the coach said"
            # (words the page's end cuts off in their first sentence are somebody's,
            # however few are left; a mark left open over sentences is no cut quote)
            span.kind = "mixed" if attr is not None or _quoted_words(content) or \
                _cut_off(d, q) and not _SENTENCE_END.search(content) or \
                (q.close is not None or _listing_cut(d, q)) and _clause_words(content) \
                else "scare"
        if attr is not None:
            _set_attr(d, span, attr, q.para)
        if span.kind in ("direct", "mixed"):
            if not same_group:
                group += 1
            span.group = group
            d.res.note_speaker(q.para, span.speaker, q.open)
            if span.score == 0.5:
                span.score = 0.9 if span.speaker else 0.6
                if span.kind == "mixed":
                    span.score -= 0.2
        attr_end = d.sentence_end(q.after, pe) if attr is not None or span.kind == "direct" else -1
        if attr_end >= 0 and attr_end < pe and text[attr_end] in _TERMINATOR:
            attr_end += 1
        prev = (q, span, attr_end)
        out.append(span)
    _share_in_groups(out)
    out.extend(_nested_quotes(d, out, group))
    out.extend(_indirect(d))
    out.sort(key=lambda s: (s.start, s.end))
    return out


def _share_in_groups(spans: list[QuoteSpan]) -> None:
    """Parts of one utterance share the attribution found on any part (multi-paragraph)."""
    by_group: dict[int, list[QuoteSpan]] = {}
    for sp in spans:
        if sp.group is not None:
            by_group.setdefault(sp.group, []).append(sp)
    for parts in by_group.values():
        src = next((p for p in reversed(parts) if p.speaker_text is not None), None)
        if src is None:
            continue
        for p in parts:
            if p.speaker_text is None:
                _copy_speaker(p, src)
                p.score = max(p.score, src.score - 0.1)


_FIRST_PERSON = frozenset({"i", "we", "me", "us", "my", "our"})
# A sentence end inside a quotation, also after a nested quote's closing mark (“… ‘Yes.’ ‘…’”).
_INNER_STOP = re.compile(r"[.!?…][’'\"”]?\s+")


def _nested_quotes(d: _Doc, spans: list[QuoteSpan], group: int) -> list[QuoteSpan]:
    """Quotations inside a direct or mixed quote ("“I asked him ‘Why?’ He said ‘No.’”"):
    direct when a cue inside the outer words introduces them, when a colon does ("…,
    astonished: “It is over”"), or when they read as a whole sentence; the speaker is the
    cue's subject as the outer speaker means it (I, we: the outer speaker; he, she: the
    last person of a fitting sex the outer words name or address), else the outer
    speaker. Other inner marks (“they called it ‘a miracle’”) stay part of the outer
    quote, no record of their own."""
    by_span = {(sp.start, sp.end): sp for sp in spans}
    out: list[QuoteSpan] = []
    for n in d.nested:
        outer = next((p for p in d.pairs if p.start <= n.open and n.end <= p.end), None)
        osp = by_span.get((outer.start, outer.end)) if outer is not None else None
        content = d.text[n.start : n.end]
        span = QuoteSpan(n.start, n.end, content, "direct", score=0.6)
        if outer is None or osp is None or osp.kind not in ("direct", "mixed"):
            continue
        stops = [x.end() for x in _INNER_STOP.finditer(d.text, outer.start, n.open)
                 if d.text[x.start()] != "." or _sentence_dot(d.text, x.start())]
        s = stops[-1] if stops else outer.start
        inside = [(p.open, p.after) for p in d.nested if p is not n]
        toks = [t for t in tokenize(d.text, s, n.open)
                if not any(a <= t.start < b for a, b in inside)]
        k = next((k for k in range(len(toks) - 1, -1, -1) if is_cue(toks, k)
                  or toks[k].low in lx.THOUGHT_VERBS and not toks[k].cap), None)
        if not content[:1].isupper() or len(content.split()) < 2 and \
                content.rstrip()[-1:] not in ".?!,":
            # “… crying out for ‘Freedom’”, “they called it ‘a miracle’”: a word, part of
            # the outer quote; but words a reporting verb of the inner clause introduces
            # (“an official says there has been a ‘sharp decline’”) are that subject's
            if k is None or toks[k].low in lx.NAMING_VERBS or toks[k].low in lx.THOUGHT_VERBS \
                    or _scare_marked(d.text[s : n.open]) or _name_like(content):
                continue
            span.kind, span.score = "mixed", 0.5
        m: Mention | None = None
        if k is not None:
            m = subject_of(d.res, toks, k, s)
            span.cue_start, span.cue_end = _cue_span(d.text, toks[k])
        elif d.text[s : n.open].rstrip().endswith(":") and toks:
            m = first_np(d.res, toks, len(toks), s)
        elif not (content.rstrip()[-1:] in ".?!" and len(content.split()) >= 2
                  and not _name_like(content)):
            continue
        out.append(span)
        group += 1
        span.group = group
        if span.cue_start is not None:
            span.cue_text = d.text[span.cue_start : span.cue_end]
        if k is None and (credit := _dash_credit(d, n)) is not None:
            # “My motto is ‘Build well.’ – Marcus Vitruvius, said the engineer”: a name after
            # a dash right behind the inner quotation is its author, not the outer speaker
            span.speaker_start, span.speaker_end, span.speaker_text = \
                credit.start, credit.end, credit.text
            span.speaker = d.res.resolve(credit, outer.para) or credit.text
            continue
        if m is None and k is None and not d.text[s : n.open].rstrip().endswith(":"):
            for f in ("speaker", "speaker_start", "speaker_end", "speaker_text"):
                setattr(span, f, getattr(osp, f))
            continue
        if m is None:
            continue
        span.speaker_start, span.speaker_end, span.speaker_text = m.start, m.end, m.text
        span.speaker = _inner_speaker(d, m, outer, n, osp)
    return out


_DASH_CREDIT = re.compile(r"[ \t]*[–—][ \t]*")


def _dash_credit(d: _Doc, n: Pair) -> Mention | None:
    """The person named right after a dash behind a quotation ('‘…’ – Jane Roe'), or None."""
    m = _DASH_CREDIT.match(d.text, n.after)
    name = d.res.by_start.get(m.end()) if m else None
    if name is None or name not in d.res.persons:
        return None
    return Mention(name.start, name.end, name.text, "name")


def _sentence_dot(text: str, i: int) -> bool:
    """The full stop at i ends a sentence (not "St.", "U.S.", an initial)."""
    w = re.search(r"(\S+)$", text[max(0, i - 12) : i])
    word = w.group(1).lower().strip("(“\"‘'") if w else ""
    return not (word in lx.ABBREVIATIONS or len(word) == 1 or "." in word)


def _inner_speaker(d: _Doc, m: Mention, outer: Pair, n: Pair, osp: QuoteSpan) -> str | None:
    """Who a speaker mention inside a quotation means, as its speaker uses it."""
    low = m.text.lower()
    if m.kind != "pronoun":
        name = d.res.by_start.get(m.start)
        if m.kind == "name" and " " not in m.text.strip() and name not in d.res.persons and \
                re.search(r"\b(?:[Tt]he|[Aa]n?) $", d.text[max(0, m.start - 4) : m.start]):
            return None  # “… [the Soldier is] thinking, ‘…’”: a common noun set in capitals
        who = d.res.resolve(m, outer.para)
        if m.kind == "description" and who is not None and who == osp.speaker:
            return None  # “The minister told me, ‘…’”: a speaker is not their own "minister"
        return who
    if low in _FIRST_PERSON:
        return osp.speaker
    sex = lx.PRONOUN_SEX.get(low)
    # persons the outer words name, and those they address ("‘Kris, do you …’")
    vocative = {p.start for p in d.nested}
    named = [x for x in d.res.names if outer.start <= x.start < m.start
             and (x in d.res.persons or x.start in vocative and d.text[x.end : x.end + 1] == ",")
             and (sex is None or d.res.sex_of(x) in (None, sex))]
    return d.res.full_name(named[-1]) if named else None


def _headline_speaker(d: _Doc, s: int, qopen: int) -> _Attr | None:
    """'NAME: “…”' with nothing else before the colon: the name is the speaker."""
    pre = d.text[s:qopen].rstrip()
    if not pre.endswith(":"):
        return None
    colon = s + len(pre) - 1
    unnamed = _unnamed_turn(d, s, colon)
    if unnamed is not None:
        return unnamed
    toks = tokenize(d.text, s, colon)
    lead = next((t for t in toks if t.low not in lx.TITLES), None)
    first = d.res.by_start.get(lead.start) if lead is not None else None
    if first is not None and not first.possessive and \
            re.match(r" (?:on|about|over|to|at)\b", d.text[first.end : colon]):
        toks = [t for t in toks if t.end <= first.end]  # "Trump on Putin: “…”": Trump
    name = d.res.by_end.get(toks[-1].end) if toks else None
    if name is None or name.possessive or is_place(name.text):
        return None  # "Latin America: “Where do …?”": a place labels a story, says nothing
    before = d.text[s : name.start].strip(" -–—•*|")
    if before and not all(w.lower().strip(".") in lx.TITLES for w in before.split()):
        return None
    label = Mention(name.start, name.end, name.text, "name")
    if _outlet_label(d, name):  # "VOA: “…”" in an interview the intro says X made
        by = d.res.interview()[0]
        if by is not None:
            return _Attr((colon, colon + 1), label, who=d.res.full_name(by))
    return _Attr((colon, colon + 1), label)


def _unnamed_turn(d: _Doc, s: int, colon: int) -> _Attr | None:
    """'Question: “…”', 'Q: “…”', 'REPORTER: “…”': a transcript's turn label that names no
    one. The turn is the interviewer's when the page's intro names one ("X interviewed
    Y"), else nobody named (with the reason)."""
    label = d.text[s:colon].strip(" -–—•*|\t\r\n")
    if not label or " ".join(label.split()).lower().rstrip(".") not in lx.UNNAMED_TURN_LABELS:
        return None
    ls = d.text.index(label, s)  # (the label is all of its sentence before the colon)
    mention = Mention(ls, ls + len(label), label, "description")
    by = d.res.interview()[0]
    if by is not None:
        return _Attr((colon, colon + 1), mention, who=d.res.full_name(by))
    return _Attr((colon, colon + 1), mention,
                 reason=f"a transcript turn label that names no one ({label!r})")


def _outlet_label(d: _Doc, name: Name) -> bool:
    """A turn label opening its line that is an outlet's or a body's name, no person's
    ("VOA:", "BBC:", "Radio Free Asia:"): an acronym or an organisation, and no surname
    of anyone the page names ("TONER:" is Mark Toner's label)."""
    line = d.text[d.text.rfind("\n", 0, name.start) + 1 : name.start]
    if line.strip(" -–—•*|\t") or name in d.res.persons or name.last in d.res.person_last:
        return False
    return name.is_org_like() or name.text.isupper() and 2 <= len(name.text) <= 5


_CLAUSE_ENDS = re.compile(r"[ \t]*(?:[.,;!?|]|\n|$)")
_SAID_RIGHT_BEFORE = re.compile(r"\b(?:said|says|replied|replies|answered|answers)\s*$")
_LABEL_SUBJECT = re.compile(r"[^:\n]{1,40}?(:)[ \t]+[^:\n\"“”‘’']{1,40}?[ \t]$")


def _label_predicate(d: _Doc, q: Pair, s: int, content: str) -> _Attr | None:
    """'Roe: Budget “will not pass the house”': a headline whose label names a person, then
    a subject and a quoted predicate in lower case, quotes that person's words (mixed)."""
    if q.close is None or not content[:1].islower() or len(content.split()) < 2:
        return None
    from corpus.preannotate.gazetteer import is_common_word

    m = _LABEL_SUBJECT.fullmatch(d.text, s, q.open)
    head = _headline_speaker(d, s, m.end(1)) if m is not None else None
    if head is None or head.mention is None or any(
            is_common_word(w) or w.lower() in lx.STOP_CAPS for w in head.mention.text.split()):
        return None  # ("Sports: Team “plays hard ball”": a section label, nobody)
    return head


_WORDS_OF = re.compile(r"\b((?:[Ii]n (?:the )?words of|[Tt]o quote|[Qq]uoting))\s+")
_COLON_TAIL = re.compile(r"(?:\s*\[\d+\])?\s*:\s*$")  # "Amr Gharbeia [3]: "


_THOUGHT = re.compile(lx.THOUGHT_CUE)
_VIEW = re.compile(r"\s*" + lx.VIEW_CUE)


def _view_cue(d: _Doc, q: Pair, s: int) -> _Attr | None:
    """'In his view, it is a plan “ripe for abuse.”', 'In Roe's opinion, …': a point of
    view opening the sentence gives the words quoted in it to the viewer (the cue the
    phrase, the speaker its possessor; mixed, as words quoted inside a sentence are)."""
    m = _VIEW.match(d.text, s)
    if m is None or m.end() > q.open or d.text[q.start : q.start + 1].isupper():
        return None
    who = m.group(2)
    if who.lower() in lx.POSSESSIVE_PRONOUNS:
        return _Attr(m.span(1), Mention(m.start(2), m.end(2), who, "pronoun"))
    name = d.res.by_start.get(m.start(2))
    if name is None or is_place(name.text):  # "In Russia's view": no viewer named
        return None
    return _Attr(m.span(1), Mention(name.start, name.end, name.text, "name"))


def _thought_cue(d: _Doc, q: Pair, s: int) -> _Attr | None:
    """'I thought to myself, “It is good to be here.”': a thought given as words, said by
    the subject of the reflexive cue."""
    m = _THOUGHT.search(d.text, s, q.open)
    if m is None or not d.text[q.start : q.start + 1].isupper():
        return None
    toks = tokenize(d.text, s, m.end())
    k = next((k for k, t in enumerate(toks) if t.start == m.start()), None)
    who = subject_of(d.res, toks, k, s) if k is not None else None
    return _Attr((m.start(), m.start() + len(toks[k].text)) if k is not None else m.span(), who)


def _after_scare(d: _Doc, q: Pair, prev: tuple[Pair, QuoteSpan, int] | None) -> bool:
    """'phrases like “guy” and “you know”': a quote joined by "and", "or" or a comma to a
    scare quote right before it is a mention of words too."""
    if prev is None or prev[1].kind != "scare" or prev[0].para != q.para:
        return False
    return d.text[prev[0].after : q.open].strip(" ,") in ("", "and", "or", "and the", "or the")


def _title_line(d: _Doc, q: Pair) -> bool:
    """A quotation that is a whole line by itself, in Title Case ("“Very Hard to Care about
    the Islands”"): a story's headline set in quotation marks, nobody's words as reported."""
    ls = d.text.rfind("\n", 0, q.open) + 1
    le = d.text.find("\n", q.after)
    line = d.text[ls : le if le >= 0 else len(d.text)].strip()
    content = d.text[q.start : q.end]
    return q.close is not None and len(line) <= len(content) + 3 and _title_case(content) \
        and content.rstrip()[-1:] not in ".!?,"


_PLACE_LABEL = re.compile(r"[ \t]*([A-Z][\w .’'-]{0,40}?)[ \t]*:[ \t]*$")


def _place_label_title(d: _Doc, q: Pair) -> bool:
    """'Latin America: “Where do the Disappeared go?”' as a line of its own: a place
    labelling a story's title (as listing pages do), no speaker's words; a person's
    label ('Sanders: “…”') is kept for the speaker rules."""
    ls = d.text.rfind("\n", 0, q.open) + 1
    le = d.text.find("\n", q.after)
    label = _PLACE_LABEL.fullmatch(d.text, ls, q.open)
    return q.close is not None and label is not None and is_place(label.group(1)) and \
        not d.text[q.after : le if le >= 0 else len(d.text)].strip(" .")


_COMMA_QUOTE_WORDS = 4


def _comma_name(d: _Doc, q: Pair, s: int, content: str) -> _Attr | None:
    """A person named right before the comma that opens a quoted sentence ("The list is
    compiled by Jane Roe, “I'd like to make a list …”"): that person's words."""
    pre = d.text[s : q.open].rstrip()
    if not pre.endswith(",") or not content[:1].isupper() or \
            len(content.split()) < _COMMA_QUOTE_WORDS or _title_case(content):
        return None
    n = d.res.by_end.get(s + len(pre) - 1)
    if n is None or n.possessive or n not in d.res.persons:
        return None
    return _Attr((q.open, q.open), Mention(n.start, n.end, n.text, "name"))


def _colon_name(d: _Doc, s: int, qopen: int) -> _Attr | None:
    """The person named right before the colon that introduces a quote, if any."""
    tail = _COLON_TAIL.search(d.text, s, qopen)
    if tail is None:
        return None
    n = d.res.by_end.get(tail.start())
    if n is None or n.possessive or n not in d.res.persons:
        return None
    colon = d.text.rindex(":", s, qopen)
    return _Attr((colon, colon + 1), Mention(n.start, n.end, n.text, "name"))


def _subject_before(d: _Doc, q: Pair, ps: int) -> _Attr | None:
    """A quote that opens a sentence inside a paragraph, right after a sentence whose
    subject is a person ("Paul Reyes was confident. “We will finish by June.”"), with no
    cue anywhere: that person's words (a pull quote stands in a paragraph of its own)."""
    if not d.text[ps : q.open].strip() or _teaser(d, q.para):
        return None
    s = d.sentence_start(q.open, ps)
    if s != q.open and d.text[s : q.open].strip():
        return None
    prev = d.sentence_start(max(ps, s - 1), ps)
    m = _person_subject(d, prev, s)
    if m is None or m.start >= s:
        return None
    if any(t.low not in lx.TITLES and t.low != "the" for t in tokenize(d.text, prev, m.start)):
        return None  # the person (past a title) must open the sentence
    return _Attr((q.open, q.open), m)


_TOPIC_PARAS = 3  # paragraphs before a cue-less quotation read for the one person they are about
_FIRST_PERSON_WORD = re.compile(r"\b(?:I|me|my|myself|you|your)\b")


def _topic_person(d: _Doc, q: Pair) -> _Attr | None:
    """A quotation in the first or second person ("I", "you") that is a paragraph of its
    own, with no cue, right after a paragraph whose sentence opens with a person's name as
    its subject ("Ana Ruiz is 15. She plays football.¶Ana has asthma.¶“Sometimes I cannot
    run …”"), when the paragraphs before it name that one person and no other, or the
    paragraph right before names her alone: the person they are about speaks. Two people
    named there: nobody is named (no guess between them)."""
    ps, pe = d.paras[q.para]
    if q.para == 0 or d.text[ps : q.open].strip() or d.text[q.after : pe].strip() or \
            not _FIRST_PERSON_WORD.search(d.text, q.start, q.end):
        return None
    bs, be = d.paras[q.para - 1]
    lead = d.res.by_start.get(bs + len(d.text[bs:be]) - len(d.text[bs:be].lstrip()))
    if lead is None or lead.possessive or \
            not re.match(r" [a-z]", d.text[lead.end : lead.end + 2]) or \
            d.text[bs:be].rstrip()[-1:] not in ".!?":
        return None  # (a headline line over a pull quote names no speaker)
    first = d.paras[max(0, q.para - _TOPIC_PARAS)][0]
    named = [n for n in d.res.persons
             if first <= n.start < be and not d.res._in(d.res.quoted, n.start)]
    who = {d.res.full_name(n) for n in named}
    if len(who) != 1:  # the paragraph right before alone, when it names one person only
        named = [n for n in named if bs <= n.start]  # ("Engram said." ... "Dao had not")
        who = {d.res.full_name(n) for n in named}
    if len(who) != 1:
        return None
    full = next(iter(who))
    if lead not in named and not (len(lead.tokens) == 1 and any(
            n.tokens[0] == lead.text and len(n.tokens) >= 2 for n in named)):
        return None  # "Ana has asthma." after "Ana Ruiz is …": her given name alone
    return _Attr((q.open, q.open), Mention(lead.start, lead.end, lead.text, "name"), who=full)


def _person_subject(d: _Doc, s: int, e: int) -> Mention | None:
    """The person a sentence is about, when it starts with one ("X is worried: “…”")."""
    toks = tokenize(d.text, s, e)
    for t in toks[:6]:
        n = d.res.by_start.get(t.start)
        if n is not None:
            return Mention(n.start, n.end, n.text, "name") if n in d.res.persons else None
        if t.low in lx.PRONOUNS:
            return Mention(t.start, t.end, t.text, "pronoun")
    return None


def _ends_with_attr(d: _Doc, found: tuple[list[Token], int], qopen: int) -> bool:
    """The cue's clause runs straight into the quote ("said in a post to X, “")."""
    toks, k = found
    tail = d.text[toks[k].end : qopen]
    return len(tail.split()) <= 8 and not re.search(r"\bthat\b", tail)


_READ_MORE = re.compile(r"(?:\((?:read|see|learn) more\)|\b(?:read|see|learn) more\W{0,3}"
                        r"|continue reading\W{0,3}|full story\W{0,3})\s*$", re.I)


def _cut_off(d: _Doc, q: Pair) -> bool:
    """The page ends inside the quote (a truncated page: no closing mark, nothing after
    but the hard-wrapped lines of the same paragraph)."""
    return q.close is None and _cut_end(d, q) is not None


_SENTENCE_END = re.compile(r"[.!?]\s")
_WRAPPED_REST = re.compile(r"(?:[ \t]*\r?\n[ \t]*[^\s\"“”‘’'«»][^\r\n\"“”«»]*)*\s*")


def _cut_end(d: _Doc, q: Pair) -> int | None:
    """Where a quote the page's end cuts off ends: its last character before the page
    ends, over the line breaks of a hard-wrapped paragraph ('“We are still streaming
    the nightly¶   pr'), as the guidelines' rule 2 says; None unless the page ends there."""
    rest = d.text[q.end :]
    if not rest.strip():
        return q.end
    if _WRAPPED_REST.fullmatch(rest) is None or _listing_cut(d, q):
        return None
    return q.end + len(rest.rstrip())


_ELLIPSIS_END = ("...", "…")


def _listing_cut(d: _Doc, q: Pair) -> bool:
    """A mark left open whose words end with an ellipsis at the end of their line, more
    lines after it ('… is concerned that “the houses are left to rot...¶Next item'): a
    listing cut the teaser there, as the guidelines' teaser rule reads it; the quote ends at
    the ellipsis, not at the page's end, and its words are read as a closed quote's."""
    if q.close is not None or not d.text[q.start : q.end].endswith(_ELLIPSIS_END):
        return False
    nl = re.match(r"[ \t]*\r?\n", d.text[q.end : q.end + 4])
    return nl is not None and bool(d.text[q.end :].strip())


_HEADING_WORDS = 15


def _heading(d: _Doc, para: int) -> bool:
    """A short line without a sentence end or colon: a headline or section head, whose
    cue ("Obama Says ...") is no lead-in for the quote under it (a pull quote)."""
    ps, pe = d.paras[para]
    line = d.text[ps:pe].rstrip().rstrip("\"”’'»")
    if line.lstrip()[:1].islower():
        return False  # "drill, said X, the 2nd": a sentence wrapped at a fixed width
    return len(line.split()) <= _HEADING_WORDS and line[-1:] not in ".!?:;,…)"


def _heading_cue(d: _Doc, q: Pair, s: int) -> tuple[str, _Attr] | None:
    """In a headline, Title Case is no sign of a name: "Obama Says “America Is Back”",
    "Kerry: ‘No Deal Yet’" quote the speaker (the capitalised cue counts there). The
    kind and attribution, or None when the quote's line is no headline or has no cue."""
    if not _heading(d, q.para) or q.close is None:
        return None
    head = _headline_speaker(d, s, q.open)
    if head is not None:
        return "direct", head
    toks = [t for t in tokenize(d.text, s, q.open) if d.mask[t.start] != "x"]
    if len(toks) < 2 or toks[-1].low not in lx.SPEECH_VERBS or toks[-1].low in lx.NOUN_LIKE:
        return None
    k = len(toks) - 1
    run = d.res.by_start.get(toks[0].start)
    if run is not None and run.start < toks[k].start < run.end:  # "Obama Says": one run
        m: Mention | None = Mention(run.start, toks[k - 1].end,
                                    d.text[run.start : toks[k - 1].end], "name")
    else:
        m = subject_of(d.res, toks, k, s)
    if m is None or m.kind != "name":
        return None
    return "mixed", _Attr(_cue_span(d.text, toks[k]), m)


def _headline_line(d: _Doc, q: Pair, s: int) -> bool:
    """The quote ends a line whose words before it are in Title Case: a headline."""
    le = d.text.find("\n", q.after)
    return _title_case(d.text[s : q.open].rstrip(" :")) and \
        not d.text[q.after : le if le >= 0 else len(d.text)].strip(" .")


def _headline_fragment(d: _Doc, q: Pair, s: int, content: str) -> _Attr | None:
    """A phrase in single marks in a Title Case headline that opens with a preposition
    ("Minister Took Myanmar To The Hague ‘In The Name Of Humanity’"): headlines set
    quoted words in single marks, and no name, title or term opens with "In": somebody's
    words (mixed), not a name in quotation marks. The speaker is the headline's subject
    when it is a description ("Gambian Minister") that the lines under the headline name
    with its title, else nobody named."""
    words = content.split()
    if q.close is None or d.text[q.open] not in "‘'" or not _heading(d, q.para) or \
            len(words) < 2 or words[0].lower() not in lx.FRAGMENT_OPENERS or \
            not _title_case(d.text[s : q.open]) or _work_title(d.text[s : q.open], content) \
            or _scare_marked(d.text[s : q.open]):
        return None
    toks = tokenize(d.text, s, q.open)
    role = next((k for k, t in enumerate(toks[:_HEAD_SUBJECT_WORDS])
                 if t.low in lx.TITLES and t.cap), None)
    if role is None or not all(t.cap for t in toks[:role]):
        return _Attr((q.open, q.open), None, reason="a headline's quotation: no speaker "
                     "named in the headline")
    m = Mention(toks[0].start, toks[role].end, d.text[toks[0].start : toks[role].end],
                "description")
    _ps, pe = d.paras[q.para]
    reach = d.paras[min(len(d.paras) - 1, q.para + _HEAD_LINES)][1]
    who = next((n for n in d.res.persons if pe <= n.start < reach and toks[role].low in n.title
                and not n.possessive), None)
    if who is None:
        return _Attr((q.open, q.open), m, reason="a headline's quotation: its subject is "
                     "named by no one under it")
    return _Attr((q.open, q.open), m, who=d.res.full_name(who))


_HEAD_SUBJECT_WORDS = 4  # "Gambian Minister …", "Former U.S. Envoy …": the title word's reach
_HEAD_LINES = 2  # lines under a headline read for the person its subject describes


def _teaser(d: _Doc, para: int) -> bool:
    """A paragraph that ends in a "(Read more)" link: one item of a listing page, whose
    words belong to its own story, not to the item before or after it."""
    ps, pe = d.paras[para]
    return _READ_MORE.search(d.text, max(ps, pe - 40), pe) is not None


_STATEMENT_FROM = re.compile(r"\b(?:statement|remarks|message|letter|post|tweet|comments?)"
                             r"\s+(?:from|by)\s+", re.I)


# "X today made the following statement …:": X speaks the quote after it.
_MADE_STATEMENT = re.compile(r"\b(?:made|issued|released|gave|delivered) (?:the following|"
                             r"this|these) (?:statement|remarks|comments)\b")


def _other_speaker_between(d: _Doc, prev: tuple[Pair, QuoteSpan, int], q: Pair) -> bool:
    """Between the last quote and this one a reporting cue names someone else ("“…,” X
    said. ¶ Y said the event was stressful. “…”"): this quote is Y's lead-in, not the
    continuation of X's words."""
    s = max(prev[2], prev[0].after)
    found = _last_cue(d, s, q.open) if s < q.open else None
    if found is None:
        return False
    toks, k = found
    m = _attr_from_cue(d, toks, k, d.sentence_start(toks[k].start, s)).mention
    return m is not None and m.kind == "name" and \
        d.res.resolve(m, q.para) not in (None, prev[1].speaker)


def _lead_in(d: _Doc, q: Pair) -> _Attr | None:
    """A quote that opens its sentence with no attribution after it takes the speaker the
    text has just introduced: the last reporting cue earlier in its paragraph, else in the
    paragraph before ("Mathew Levitt ... He says ... ¶ “I think ...”", "X said: ¶ “...”",
    "a statement from NASA Administrator Jim Bridenstine: ¶ “...”")."""
    ps, _pe = d.paras[q.para]
    if _teaser(d, q.para):
        return None  # a listing's pull quote: the item before is another story
    regions = [(ps, q.open)] if d.text[ps : q.open].strip() else []
    if q.para > 0 and not _teaser(d, q.para - 1) and not _heading(d, q.para - 1):
        regions.append(d.paras[q.para - 1])
    for s, e in regions:
        found = _last_cue(d, s, e) or _last_topic_verb(d, s, e)
        if found is not None:
            toks, k = found
            attr = _attr_from_cue(d, toks, k, d.sentence_start(toks[k].start, s))
            if attr.mention is not None:
                return attr
        made = list(_MADE_STATEMENT.finditer(d.mask, s, e))
        if made:
            toks = tokenize(d.text, s, e)
            k = next((k for k, t in enumerate(toks) if t.start == made[-1].start()), None)
            ss = d.sentence_start(toks[k].start, s) if k is not None else s
            m = subject_of(d.res, toks, k, ss) if k is not None else None
            if m is not None and m.kind != "pronoun" and \
                    d.res.by_start.get(m.start) not in d.res.persons:  # "X, Chair of …, made"
                who = [n for n in d.res.persons if ss <= n.start < made[-1].start()]
                if who:
                    m = Mention(who[0].start, who[0].end, who[0].text, "name")
            if m is not None:
                return _Attr((made[-1].start(), made[-1].end()), m)
        hits = list(_STATEMENT_FROM.finditer(d.mask, s, e))
        m = hits[-1] if hits else None
        if m is not None:
            toks = tokenize(d.text, m.end(), e)
            mention = d.res.np_starting(toks, 0) if toks else None
            if mention is not None:
                return _Attr((m.start(), m.end() - 1), mention)
    return None


_INTERVIEW_HEAD = re.compile(r"[ \t]*(?:An? |The )?(?:Interview|Q&A|Conversation|In Conversation|"
                             r"Talking|A Talk) [Ww]ith ")


def _interview_head(d: _Doc, q: Pair) -> _Attr | None:
    """A pull quote opening the paragraph right under a headline that names whom an
    interview is with ("Interview With X, A Writer …", "In Conversation With X"): the
    interviewee's words (a listing's teaser quotes the story it heads)."""
    ps, _pe = d.paras[q.para]
    if q.para == 0 or d.text[ps : q.open].strip() or not _heading(d, q.para - 1):
        return None
    hs, he = d.paras[q.para - 1]
    hit = _INTERVIEW_HEAD.match(d.text, hs, he)
    who = d.res._person_from(hit.end(), _HEAD_NAME_REACH) if hit is not None else None
    if who is None or who.end > he:
        return None
    return _Attr((hit.start(), hit.end() - 1), Mention(who.start, who.end, who.text, "name"))


_HEAD_NAME_REACH = 40  # characters from "Interview With" to the name


def _set_attr(d: _Doc, span: QuoteSpan, attr: _Attr, para: int) -> None:
    span.cue_start, span.cue_end = attr.cue
    span.cue_text = d.text[attr.cue[0] : attr.cue[1]]
    m = attr.mention
    if m is not None:
        span.speaker_start, span.speaker_end, span.speaker_text = m.start, m.end, m.text
        span.speaker = attr.who if attr.who is not None or attr.reason is not None else \
            d.res.resolve(m, para)
    elif attr.who is not None:
        span.speaker = attr.who
    span.speaker_reason = attr.reason if span.speaker is None else None


def _copy_speaker(span: QuoteSpan, other: QuoteSpan) -> None:
    for f in ("speaker", "speaker_start", "speaker_end", "speaker_text", "cue_start", "cue_end",
              "cue_text", "speaker_reason"):
        setattr(span, f, getattr(other, f))


def _indirect(d: _Doc) -> list[QuoteSpan]:
    """'X said (that) CLAUSE' and 'according to X, CLAUSE' in sentences without quotes."""
    out: list[QuoteSpan] = []
    for ps, pe in d.paras:
        pos = ps
        while pos < pe:
            end = d.sentence_end(pos, pe, stop_at_quote=False)
            s, e = pos, end
            pos = end + 1
            k = bisect.bisect_left(d.open_list, s)
            if k < len(d.open_list) and d.open_list[k] < e:
                continue
            span = _indirect_in(d, s, e)
            if span is not None:
                out.append(span)
    return out


def _indirect_in(d: _Doc, s: int, e: int) -> QuoteSpan | None:
    text = d.text
    toks = tokenize(text, s, e)
    if len(toks) < 5:
        return None
    if toks[0].low == "according" and toks[1].low == "to":
        comma = text.find(",", toks[1].end, e)
        if comma < 0:
            return None
        m = d.res.np_starting(toks, 2)
        return _mk_indirect(d, comma + 1, e, (toks[0].start, toks[1].end), m)
    tail = _trailing_attr(d, toks, s, e)
    span = _mk_indirect(d, s, tail[2], tail[0], tail[1]) if tail is not None else None
    if span is not None:
        return span
    for k, t in enumerate(toks):
        if t.low not in lx.INDIRECT_VERBS or not is_cue(toks, k):
            continue
        if k > 0 and toks[k - 1].low in _NON_FINITE:
            continue  # "allow me to say", "will warn": not a report of speech
        m = subject_of(d.res, toks, k, s)
        if m is None or m.end > t.start or m.kind == "name" and m.end != _adjacent_end(toks, k):
            continue
        j = k + 1
        if t.low in ("told", "tells") and j < len(toks):  # skip the addressee
            addressee = d.res.by_start.get(toks[j].start)
            if addressee is not None:
                while j < len(toks) and toks[j].start < addressee.end:
                    j += 1
            elif toks[j].low in lx.DETERMINERS and j + 1 < len(toks):
                j += 2
            else:
                j += 1
        if j < len(toks) and toks[j].low in _AUX:
            continue  # "the guarantees Kyiv says are needed": a relative clause
        for jj in range(j, min(j + 5, len(toks))):
            if toks[jj].low == "that":
                j = jj + 1
                break
        if j >= len(toks) or j < len(toks) and toks[j].low in ("to", "the", "a") and \
                text[toks[j - 1].end : toks[j].start] != " ":
            return None
        if j < len(toks) and toks[j - 1].low != "that" and toks[j].low in lx.WEEKDAYS:
            j += 1
        if j >= len(toks):
            return None
        return _mk_indirect(d, toks[j].start, e, _cue_span(text, t), m)
    return None


def _trailing_attr(d: _Doc, toks: list[Token], s: int, e: int
                   ) -> tuple[tuple[int, int], Mention, int] | None:
    """A post-posed attribution closing a sentence, for a quote ("… “…” with Ukraine for
    as long as it takes, Macron has said.") and for indirect speech ("CLAUSE, X said.",
    "CLAUSE, said X.", "CLAUSE, according to X."): the cue, the speaker and the offset of
    the comma before them; None when the words after the last comma are a clause of
    their own ("…, and X said he …", "…, X said it …")."""
    comma = d.mask.rfind(",", s, e)
    if comma < 0:
        return None
    tail = [k for k, t in enumerate(toks) if t.start > comma]
    if not tail:
        return None
    long_tail = len(tail) > _TAIL_WORDS  # only with an adjunct after the attribution
    first = tail[0]
    if toks[first].low == "according" and first + 2 < len(toks) and \
            toks[first + 1].low == "to":
        m = _source_np(d, toks, first + 2)
        return ((toks[first].start, toks[first + 1].end), m, comma) if m is not None else None
    if toks[first].low in _CLAUSE_OPENERS:
        return None
    for k in tail:
        if long_tail and k - tail[0] >= _TAIL_WORDS:
            return None
        if not is_cue(toks, k) or toks[k].low.endswith("ing"):
            continue
        if k == first:  # ", said Macron."
            m = d.res.np_starting(toks, k + 1) if k + 1 < len(toks) else None
        else:
            m = subject_of(d.res, toks, k, comma + 1)
        if m is None or m.start < comma:
            return None
        lead = [t for t in toks[first:k] if t.end <= m.start]
        if any(not (t.cap or t.low in lx.TITLES or t.low in lx.ROLE_NOUNS
                    or t.low in lx.DETERMINERS) for t in lead):
            return None  # not just a title before the speaker: some other clause
        rest = [t for t in toks[k + 1 :] if t.start >= m.end]
        if rest and rest[0].low in lx.PRONOUNS | {"that", "it", "this"}:
            return None
        if long_tail and not (rest and rest[0].low in lx.ADJUNCT_PREPOSITIONS):
            return None  # "…, X said during a news conference at the Pentagon." only
        return _cue_span(d.text, toks[k]), m, comma
    return None


def _adjacent_end(toks: list[Token], k: int) -> int:
    j = k - 1
    while j >= 0 and toks[j].low in ("also", "again", "further", "has", "have", "had",
                                      "repeatedly", "later", "previously", "reportedly"):
        j -= 1
    return toks[j].end if j >= 0 else -1


def _mk_indirect(d: _Doc, s: int, e: int, cue: tuple[int, int], m: Mention | None
                 ) -> QuoteSpan | None:
    text = d.text
    for stop in (", as ", ", while ", ", per ", ", according to "):
        i = text.find(stop, s, e)
        if i >= 0:
            e = i
    dateline = _DATELINE.match(text, s, e)
    if dateline:
        s = dateline.end()
    while s < e and (text[s].isspace() or text[s] in ",:"):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in ".,;:"):
        e -= 1
    if len(text[s:e].split()) < 4:
        return None
    span = QuoteSpan(s, e, text[s:e], "indirect", score=0.4,
                     cue_start=cue[0], cue_end=cue[1], cue_text=text[cue[0] : cue[1]])
    if m is not None:
        span.speaker_start, span.speaker_end, span.speaker_text = m.start, m.end, m.text
        span.speaker = d.res.resolve(m, 10**9)
    return span


__all__ = ["QuoteSpan", "extract_quotes"]

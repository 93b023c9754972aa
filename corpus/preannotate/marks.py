"""Pairing quotation marks into quoted stretches.

Double-type marks (“ ” „ « » and straight ") are paired first, per paragraph; single
marks (‘ ’ and ') only outside them, and never between two letters, so apostrophes
(it's, Russia’s, Russia‘s) are not taken for quotes. A paragraph that ends inside a
quote continues into the next one when that paragraph opens with a mark again. Inside a
double quote, single marks pair again (a quotation the speaker quotes: “I asked him
‘Why?’”), and so does a double mark opened after a colon or comma (“A friend, astonished:
“It is over”), whose closing mark may close both); such pairs are ``nested``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_DOUBLE_OPEN = {"“": "”\"", "„": "“”", "«": "»", "»": "«", '"': '"'}
_SINGLE_OPEN = {"‘": "’'", "'": "'’", "‹": "›"}
_ALL_MARKS = set(_DOUBLE_OPEN) | {"”", "’", "›"} | set(_SINGLE_OPEN)


@dataclass
class Pair:
    """One stretch between an opening mark and its closing mark (or paragraph end)."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when the paragraph ends first
    start: int  # content, without marks and outer white space
    end: int
    para: int
    double: bool
    continues: bool = False  # unclosed, and the next paragraph opens a quote again
    continued: bool = False  # opens the paragraph after an unclosed quote
    nested: bool = False  # a quotation inside another one's words

    @property
    def after(self) -> int:
        """Offset just after the stretch (after the closing mark if there is one)."""
        return self.close + 1 if self.close is not None else self.end


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Line spans (without the line break), keeping empty lines out.

    A hard-wrapped paragraph ("... of choice for\\ngenerations ...") is one span: a line
    that leaves a double quote open runs on into the next line when only one line break
    separates them, the next line opens with no mark of its own, and the quote closes
    there (so a quote is not cut at the wrap). Across a blank line likewise, when the
    next paragraphs hold no quotation mark but the one that closes the quote."""
    out: list[tuple[int, int]] = []
    for m in re.finditer(r"[^\r\n]+", text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    k = 0
    while k + 1 < len(out):
        ps, pe = out[k]
        if _runs_on(text, out[k], out[k + 1]):
            out[k : k + 2] = [(ps, out[k + 1][1])]  # '“…,” he¶   said.': one sentence
            continue
        j = _wrap_end(text, out, k) if _DOUBLE_MARK.search(text, ps, pe) and _double_pairs(
            text, ps, pe, 0)[1] is not None else k
        if j > k:  # the joined line may leave a later quote open in turn
            out[k : j + 1] = [(ps, out[j][1])]
        else:
            k += 1
    return out


_WRAP_TAIL = re.compile(r"[,.!?][\"”’'](?:,? (?:\w+ ){0,2}\w+)?$")
_WRAP_HEAD = re.compile(r"[ \t]*[a-z]")


def _runs_on(text: str, line: tuple[int, int], nxt: tuple[int, int]) -> bool:
    """A hard-wrapped attribution: a line that ends with a quotation's closing mark or a
    word or two after it ('“… a blessing,” he'), with the next line right under it going
    on in lower case ('   said.', '   said Imam X'): the two lines are one sentence."""
    return text[line[1] : nxt[0]].strip(" \t") in ("\n", "\r\n") and \
        _WRAP_TAIL.search(text, line[0], line[1]) is not None and \
        _WRAP_HEAD.match(text, nxt[0]) is not None


_DOUBLE_MARK = re.compile("[\"“„«»]")
_WRAP_LINES = 12  # a quote runs on over at most this many wrapped lines
# A quote left open at a paragraph's end, in a page whose next paragraphs neither open it
# again nor hold other quotes, runs on to the mark that closes it at most this many
# paragraphs later ("According to X: ¶ "We … ¶ It is … gone before."").
_RUN_PARAS = 3
_ANY_DOUBLE = frozenset("\"“”„«»")


def _wrap_end(text: str, out: list[tuple[int, int]], k: int) -> int:
    """Index of the wrapped line where the quote left open on line k closes, else k."""
    ps, pe = out[k]
    blank = False
    for j in range(k + 1, min(len(out), k + 1 + _WRAP_LINES)):
        ns, ne = out[j]
        if text[out[j - 1][1] : ns] not in ("\n", "\r\n"):
            blank = True
        if blank and j - k > _RUN_PARAS:
            return k
        lead = ns
        while lead < ne and text[lead].isspace():
            lead += 1
        if lead >= ne or text[lead] in _DOUBLE_OPEN or text[lead] == "”":
            return k
        if blank:  # a new paragraph that does not open a quote again
            marks = [i for i in range(ns, ne) if text[i] in _ANY_DOUBLE]
            if not marks:
                continue  # the quote may run on through it
            i = marks[0]
            if len(marks) == 1 and text[i] in "\"”" and not text[i - 1].isspace():
                return j  # ... and closes it: one quote over the paragraphs
            return k
        pairs, _ = _double_pairs(text, ps, ne, 0)
        if any(q.open < pe and q.close is not None and q.close >= ns for q in pairs):
            return j
    return k


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


# After a nested quote's closing mark: the outer quote's own closing mark, later in the line.
_CLOSES_LATER = re.compile(r"[^“„«\"”]*[”\"]")


_INNER_PHRASE = 40  # characters a phrase quoted inside a straight-marked quotation may run


def _straight_inner(text: str, outer: int, i: int, pe: int) -> bool:
    """Inside a quotation in straight marks, a straight mark shaped as an opening one
    (after a space or a hyphen, before a letter) whose phrase closes soon, with no sentence
    end inside it, and with the outer quotation's own mark still to come on the line
    ('"No more "red team"-"blue team" games."'): a phrase quoted within the quotation,
    not the quotation's end; without a mark after the phrase's, the mark starts a new
    quotation as before."""
    if i - 1 <= outer or text[i - 1] not in " -–—/(" or i + 1 >= pe or \
            not text[i + 1].isalpha():
        return False
    close = text.find('"', i + 1, min(pe, i + 1 + _INNER_PHRASE))
    if close < 0 or any(ch in ".!?" for ch in text[i + 1 : close]) or \
            not text[close - 1].isalnum():
        return False
    return text.find('"', close + 1, pe) >= 0


def _double_pairs(text: str, ps: int, pe: int, para: int) -> tuple[list[Pair], int | None]:
    pairs: list[Pair] = []
    state: tuple[int, str] | None = None
    inner: tuple[int, str] | None = None  # a nested double quote inside state's
    for i in range(ps, pe):
        c = text[i]
        if c == "»" and i + 1 < pe and text[i + 1] in " \t" and \
                not text[max(ps, text.rfind("\n", 0, i) + 1) : i].strip():
            continue  # "» Listen to the show": a bullet opening the line, no quotation mark
        if state is not None and inner is not None and c in "”\"»":
            s, e = _trim(text, inner[0] + 1, i)
            if e > s:
                pairs.append(Pair(inner[0], i, s, e, para, True, nested=True))
            inner = None
            if not _CLOSES_LATER.match(text, i + 1, pe):  # one mark closes both quotes
                s, e = _trim(text, state[0] + 1, i)
                pairs.append(Pair(state[0], i, s, e, para, True))
                state = None
        elif state is not None and inner is None and state[1] == c == '"' and \
                _straight_inner(text, state[0], i, pe):
            inner = (i, c)  # '"No more "red team"-"blue team" games."': a nested phrase
        elif state is not None:
            if c in _DOUBLE_OPEN[state[1]] or (state[1] == '"' and c == "”"):
                s, e = _trim(text, state[0] + 1, i)
                if e > s:
                    pairs.append(Pair(state[0], i, s, e, para, True))
                state = None
            elif c in "“„«" and i > ps and not text[i - 1].isspace() \
                    and (i + 1 >= pe or not text[i + 1].isalnum()):
                # “We won.“ — an opening-style mark after the words and before a space
                # closes the quote (mixed mark styles), it does not open a new one
                s, e = _trim(text, state[0] + 1, i)
                if e > s:
                    pairs.append(Pair(state[0], i, s, e, para, True))
                state = None
            elif c in "“„«" and inner is None and i - 2 >= ps and text[i - 1] == " " and \
                    text[i - 2] in ":," and i + 1 < pe and text[i + 1].isalnum():
                inner = (i, c)  # “A friend, astonished: “It is over”: a nested quote
            elif c in "“„«":
                state = (i, c)  # the earlier mark was never closed: start again
                inner = None
        elif c == '"':
            if i + 1 < pe and not text[i + 1].isspace():
                state = (i, c)
            elif i + 2 < pe and text[i + 1] == " " and text[i + 2].isalnum() and i - 2 >= ps \
                    and text[i - 1] == " " and (text[i - 2].islower() or text[i - 2] in ":,") \
                    and '"' in text[i + 2 : pe]:
                state = (i, c)  # 'has stated that " if there is ...": a space after the mark
        elif c in "“„«»":
            state = (i, c)
    if state is not None and (cut := _single_close(text, state[0] + 1, pe)) is not None:
        s, e = _trim(text, state[0] + 1, cut)
        if e > s:
            pairs.append(Pair(state[0], None, s, e, para, True))
            return pairs, None
    return pairs, (state[0] if state else None)


_RESUMES = re.compile(r"[,;]? [a-z]")


def _single_close(text: str, s: int, pe: int) -> int | None:
    """Where a double quote the paragraph never closes was closed by a single mark, the
    prose going on after it: the end of the quote, else None. A single mark closing a
    nested ‘…’ stays inside (“[crying] out for ‘Libertad’, he was firm": the double mark
    was left out); one after the quote's own punctuation is its closing mark, of the
    wrong style (“We won,’ she said). A possessive (“the players’ union) is neither."""
    nested = False
    for i in range(s, pe):
        c = text[i]
        if c == "‘" and (i == s or not text[i - 1].isalnum()):
            nested = True
        elif c in "’'" and i > s and _RESUMES.match(text, i + 1, pe):
            if nested and text[i + 1] in ",;":
                return i + 1
            if not nested and text[i - 1] in ",.!?":
                return i
    return None


def _single_pairs(text: str, ps: int, pe: int, para: int, taken: list[Pair]) -> list[Pair]:
    inside = set()
    for p in taken:
        inside.update(range(p.open, p.after))
    pairs: list[Pair] = []
    state: int | None = None
    for i in range(ps, pe):
        c = text[i]
        if c not in "‘’'‹›" or i in inside:
            continue
        prev = text[i - 1] if i > ps else " "
        nxt = text[i + 1] if i + 1 < pe else " "
        if prev.isalnum() and nxt.isalnum():
            continue  # apostrophe inside a word
        if state is not None and c in "’'›" and not prev.isspace() and not nxt.isalnum():
            s, e = _trim(text, state + 1, i)
            if e > s:
                pairs.append(Pair(state, i, s, e, para, False))
            state = None
        elif c in "‘'‹" and state is None and not nxt.isspace() and (
            c != "'" or prev.isspace() or prev in "([{—–-/\"“" or i == ps
        ):
            if c == "'" and prev.isalnum():
                continue
            state = i
    return pairs


def find_pairs(text: str) -> list[Pair]:
    """All quoted stretches of the text, in order."""
    paras = paragraphs(text)
    out: list[Pair] = []
    pending: Pair | None = None
    for k, (ps, pe) in enumerate(paras):
        doubles, open_at = _double_pairs(text, ps, pe, k)
        lead = ps
        while lead < pe and text[lead].isspace():
            lead += 1
        if pending is not None:
            if lead < pe and text[lead] in "“„«»\"" and (doubles and doubles[0].open == lead
                                                       or open_at == lead):
                pending.continues = True
                if doubles and doubles[0].open == lead:
                    doubles[0].continued = True
            out.append(pending)
            pending = None
        if open_at is not None:
            s, e = _trim(text, open_at + 1, pe)
            if e > s:
                pending = Pair(open_at, None, s, e, k, True)
                if open_at == lead and out and out[-1].continues and out[-1].para == k - 1:
                    pending.continued = True
        singles = _single_pairs(text, ps, pe, k, doubles + ([pending] if pending else []))
        for p in doubles + ([pending] if pending else []):
            if not p.nested:  # ‘…’ inside “…”: a quotation within the quotation
                for n in _single_pairs(text, p.start, p.end, k, []):
                    n.nested = True
                    singles.append(n)
        out.extend(sorted(doubles + singles, key=lambda p: p.open))
    if pending is not None:
        out.append(pending)
    out.sort(key=lambda p: p.open)
    return out


def masked(text: str, pairs: list[Pair]) -> str:
    """The text with quote contents blanked, so punctuation inside quotes is ignored."""
    chars = list(text)
    for p in pairs:
        for i in range(p.open + 1, p.close if p.close is not None else p.end):
            if not chars[i].isspace():
                chars[i] = "x"
    return "".join(chars)

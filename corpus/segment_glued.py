"""Page furniture glued inside a line of text, cut out at sub-line positions (issue 9).

Why: when a page's markup is stripped, widgets and labels that stood in their own boxes
often land on the same line as the text next to them: a share bar, a counter or a reading
time before a lede ("Share Tweet Email The council voted ..."), an ad marker between two
sentences ("... he said. Advertisement The mayor ..."), a photo credit before the next
sentence ("Photo: Name/Reuters The minister ..."), a time stamp before a lede or after a
byline ("By Name | March 3, 2021 | 4 min read"), tags or a related link after the last
sentence, a breadcrumb trail or a section label before the headline ("Home › News ›
Headline"), an e-mail newsletter's notices run together ("Having trouble viewing this
email? View it as a Web page. Bookmark and Share You are subscribed to ..."). No
line-level rule or model can separate such a line: the cut has to fall inside it. On the
dev collections' first arrival (8, 9, 11), half of the furniture the segmenter missed was
glued so (evaluation/README.md, "Learned block boundaries").

The finders read general signals only: runs of the generic furniture vocabulary (share
and ad words, counters, reading times) at a line's start or end, a sentence's end and a
capital (or a sentence's opening word, corpus/vocab.py) on either side of the cut, date
and time shapes (corpus/segment_shapes.py), crumb separators, the wording e-mail
newsletters and photo credits use on any site -- never a string from one site or one
page. A lone item never cuts ("Share prices fell", "Facebook said"). A piece that an
earlier pass cut off a line (corpus/segment_links.py's run-on weekday date) is then
classified by the line rules on its own, as if it stood on its own line. Every cut keeps
the pieces tiling the block (blanks at a cut go to the separator; a bar or a dash at a cut
goes with the furniture).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from corpus.segment_shapes import BLANK_EXTRA, DATE, Block, is_terminal, title_case
from corpus.vocab import (
    SEGMENT_AUDIO_LINKS,
    SEGMENT_PHOTO_AGENCIES,
    SEGMENT_PHOTO_AGENCIES_GLUED,
    SEGMENT_SENTENCE_OPENERS,
)

# One item of a share bar, an ad marker, a counter or a reading time. Capitalised (a
# widget's label; "share prices" or "email us" in prose is lower-case after the first
# word, and a lone item never cuts, see _run_kind).
_ITEM = (
    r"(?:ADVERTISEMENT|Advertisement|Sponsored|SPONSORED|"
    r"Share(?: this(?: article| story| page)?| on (?:Facebook|Twitter|X|WhatsApp|LinkedIn))?|"
    r"SHARE|Tweet|TWEET|Email|EMAIL|E-mail|Print|PRINT|Facebook|FACEBOOK|Twitter|TWITTER|"
    r"WhatsApp|Whatsapp|LinkedIn|Linkedin|Pinterest|Reddit|Telegram|Messenger|Flipboard|"
    r"Copy [Ll]ink|Copied|Save|SAVE|Comments?|COMMENTS?|Like|Bookmark(?: and [Ss]hare)?|"
    r"\d{1,3} min(?:ute)?s? (?:read|listen)|\d{1,3}[ -]?min(?:ute)?s?(?: read)?|"
    r"[Rr]eading time:? \d{1,3} min(?:ute)?s?|"
    r"\d[\d,.]*[kKmM]?(?: (?:[Cc]omments?|[Ss]hares?|[Ll]ikes?|[Vv]iews?|[Rr]eads?))?)")
_SEP = r"(?:\s*[|·•/]\s*|\s+)"
_RUN = rf"{_ITEM}(?:{_SEP}{_ITEM})*"
# A run at the line's start, a blank and the text: a capital, a quote or a digit.
_LEAD_RUN = re.compile(rf"(?:[|·•]\s*)?({_RUN})(?:\s*[|·•:]\s*|\s+)(?=[A-Z“\"‘'(\d])")
# A run closing the line after a sentence's end (matched at the blank after one).
_TAIL_RUN = re.compile(rf"\s+((?:[|·•]\s*)?{_RUN})[\s|·•:]{{0,3}}$")
_TAIL_ENDS = ".!?”\"’)"
_STRONG = re.compile(r"^(?:ADVERTISEMENT|Advertisement|SPONSORED|Sponsored|Bookmark and [Ss]hare|"
                     r"Share this(?: article| story| page)|Share on \w+|"
                     r"\d[\d,.]*[kKmM]? (?:[Cc]omments?|[Ss]hares?|[Ll]ikes?|[Vv]iews?|[Rr]eads?)|"
                     r"\d{1,3}[ -]?min(?:ute)?s?(?: read)?|[Rr]eading time:? \d{1,3} min(?:ute)?s?|"
                     r"\d{1,3} min(?:ute)?s? (?:read|listen))$")
_AD_ITEM = re.compile(r"^(?:ADVERTISEMENT|Advertisement|SPONSORED|Sponsored)$")
_META_ITEM = re.compile(r"^(?:\d[\d,.]*[kKmM]? (?:[Cc]omments?|[Ss]hares?|[Ll]ikes?|[Vv]iews?|"
                        r"[Rr]eads?)|\d{1,3}[ -]?min(?:ute)?s?(?: read)?|"
                        r"[Rr]eading time:? \d{1,3} min(?:ute)?s?|\d{1,3} min(?:ute)?s? "
                        r"(?:read|listen))$")
_ITEM_SPLIT = re.compile(rf"{_ITEM}")
_PLATFORM = re.compile(r"^(?:Facebook|FACEBOOK|Twitter|TWITTER|WhatsApp|Whatsapp|LinkedIn|"
                       r"Linkedin|Pinterest|Reddit|Telegram|Messenger|Flipboard)$")
# The first three characters of every run's first item, digits apart (exact pre-filter of
# _LEAD_RUN: most lines open with none).
_RUN_HEADS = frozenset(w[:4] for w in (
    "ADVERTISEMENT Advertisement Sponsored SPONSORED Share SHARE Tweet TWEET Email EMAIL "
    "E-mail Print PRINT Facebook FACEBOOK Twitter TWITTER WhatsApp Whatsapp LinkedIn Linkedin "
    "Pinterest Reddit Telegram Messenger Flipboard Copy Copied Save SAVE Comment COMMENT Like "
    "Bookmark Reading reading").split())
# The last word of every run, digits apart (exact pre-filter of _TAIL_RUN).
_RUN_LAST = frozenset((
    "ADVERTISEMENT Advertisement Sponsored SPONSORED Share SHARE Tweet TWEET Email EMAIL "
    "E-mail Print PRINT Facebook FACEBOOK Twitter TWITTER WhatsApp Whatsapp LinkedIn Linkedin "
    "Pinterest Reddit Telegram Messenger Flipboard X link Link Copied Save SAVE Comment "
    "Comments COMMENT COMMENTS Like Bookmark share article story page comment comments shares "
    "likes views reads read listen min mins minute minutes").split())
_MIN_TEXT = 20  # the text left beside a cut: a sentence's worth, not a word
_MEMO_CHARS = 2000  # longer paragraphs are not remembered

# An ad marker between two sentences ("... he said. Advertisement The mayor ...").
# (matched where one of _MID_AD_WORDS stands, after a sentence's end and a blank)
_MID_AD = re.compile(r"(ADVERTISEMENT|Advertisement|(?:Story|Article) continues below (?:this )?"
                     r"advertisement)\s+(?=[A-Z“\"‘])")
_MID_AD_WORDS = ("ADVERTISEMENT", "Advertisement", "Story continues below",
                 "Article continues below")
_ENDS = ".!?”\"’"
_CREDIT_ENDS = ".”\""  # (a caption's sentence before a bracketed credit: line_cuts' filter)

# An e-mail newsletter's own notices opening the line, each a sentence or two.
_MAIL_LEAD = re.compile(
    r"(?:(?P<widget>(?:having trouble|problems?|trouble) (?:viewing|reading|seeing) this "
    r"(?:e-?mail|message|newsletter)\?\s*(?:(?:click here to )?(?:view|read|open|see) (?:it|this "
    r"(?:e-?mail|message|newsletter))|click here)\b[^.!?]{0,60}[.!]?|"
    r"(?:if )?(?:you are|you're) (?:having trouble|unable to) (?:view|read|see)(?:ing)? this "
    r"(?:e-?mail|message|newsletter)\b[^.!?]{0,80}[.!]|"
    r"view (?:this (?:e-?mail|message|newsletter) )?(?:as a web ?page|in (?:your|a) "
    r"(?:web )?browser|online)\b[^.!?]{0,30}[.!]?|bookmark and share)|"
    r"(?P<metadata>(?:you are|you're) (?:subscribed to|receiving this (?:e-?mail|message|"
    r"newsletter))\b(?:[^.!?]|(?<=\b[A-Z])\.){0,120}[.!](?:\s+(?:this|the) (?:information|"
    r"page|content|newsletter) has (?:recently )?been updated\b[^.!?]{0,60}[.!])?))\s+(?=\S)", re.I)
# Their first four characters, folded (exact pre-filter of _MAIL_LEAD).
_MAIL_HEADS = frozenset(("havi", "prob", "trou", "if y", "you ", "you'", "view", "book"))

# A photo credit opening the line, then the next sentence ("Photo: Name/Reuters The ...",
# "(Photo: Name) The ..."): up to an agency's name or a closing bracket.
# (corpus/vocab.py: the agencies both credit rules share, and this finder's short forms)
_AGENCIES = "|".join(map(re.escape, SEGMENT_PHOTO_AGENCIES + SEGMENT_PHOTO_AGENCIES_GLUED))
_LEAD_CREDIT = re.compile(
    rf"((?:(?:photo|image|picture|photograph)s?(?: credit)?|credit)\s*[:|]\s*"
    rf"[^.!?:()]{{0,50}}?(?:/\s*|\b)(?i:{_AGENCIES})\b(?:\s*/\s*[A-Za-z]+)?|"
    r"\((?:photos?|images?|pictures?|credit)\b[^()]{2,80}\))\s+(?=[A-Z“\"‘])", re.I)
# The first four characters, folded, of every _LEAD_CREDIT and _LEAD_NAMED match (exact).
_CREDIT_HEADS = frozenset(("phot", "imag", "pict", "cred", "(pho", "(ima", "(pic", "(cre",
                           "by "))

# A sentence's capitalised opening word after a name ("By Jane Smith The council ..."):
# where a name glued to the lede ends.
_OPENER = "(?:" + "|".join(SEGMENT_SENTENCE_OPENERS) + r")\b"
_NAME = r"[A-Z][\w.'’-]+(?: (?:[A-Z][\w.'’-]+|de|van|von|al|bin))*"
_LEAD_NAMED = re.compile(
    rf"(?P<byline>By {_NAME}(?:(?:,| and| &) {_NAME})*)\s+(?={_OPENER})|"
    rf"(?P<photo_credit>(?i:photo|image|picture|photograph)s?(?: (?i:credit))?\s*[:|]\s*"
    rf"{_NAME}(?:\s*/\s*[A-Z][\w.-]*(?: [A-Z][\w.-]*)*)*)\s+(?={_OPENER})")
# A time stamp opening the line before a lede: a labelled date or time, or a date with its
# year and a time ("Updated: 10:32 AM ET, March 3, 2021 The council ...").
_CLOCK = r"\d{1,2}[:.]\d{2}\s*(?:[AaPp]\.?[Mm]\.?)?(?:\s*[A-Z]{2,4}\b)?"
_LABEL = r"(?:published|updated|last updated|first published|posted|modified)(?: on| at)?\s*:?"
_LEAD_STAMP = re.compile(
    rf"((?i:{_LABEL})\s*(?:(?i:{DATE})(?:\s*[,|·]?\s*(?:at\s+)?{_CLOCK})?|{_CLOCK}"
    rf"(?:\s*[,|·]?\s*(?i:{DATE}))?)|(?i:{DATE})\s*[,|·]?\s*(?:at\s+)?{_CLOCK}|"
    rf"{_CLOCK}\s*[,|·]?\s*(?i:{DATE}))(?:\s*[|·•]\s*|\s+)(?=[A-Z“\"‘])")
# The first three characters, folded, of a label, an English month or weekday, or a digit
# (the pre-filter of _LEAD_STAMP: a stamp in another language is not cut).
_STAMP_HEADS = frozenset(("pub", "upd", "las", "fir", "pos", "mod", "jan", "feb", "mar", "apr",
                          "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "mon", "tue",
                          "wed", "thu", "fri", "sat", "sun"))
# Tags or a related link closing the line after a sentence's end.
_TAIL_LABEL = re.compile(
    r"(?<=[.!?”\"’])\s+(?:(?P<metadata>(?:tags?|topics?|filed under|categories|category|"
    r"keywords)\s*:\s*[^.!?:]{2,160})|(?P<related_links>(?:related|read more|also read|read "
    r"also|see also|recommended|more)\s*:\s*\S[^:]{4,160}))$", re.I)
# The label before the colon (searched in the few characters before the line's last colon).
_TAIL_LABEL_HEAD = re.compile(r"(?:tags?|topics?|filed under|categories|category|keywords|related|"
                              r"read more|also read|read also|see also|recommended|more)\s*$",
                              re.I)
# A parenthesised photo credit between a caption's sentence and the next ("... capital.
# (AP Photo/Name) The government ...").
# (matched at a "(" after a sentence's end and a blank)
_MID_CREDIT = re.compile(r"(\((?:[A-Z][\w.]*\s+){0,3}(?i:photos?|images?|pictures?)\b[^()]{2,80}"
                         r"\))\s+(?=[A-Z“\"‘])")

# A breadcrumb trail or a section label, its separator, then the headline on the same line
# ("Home › News › Ferry Service Resumes ...", "Politics | Ferry Service Resumes ...").
_CRUMB_SEP = re.compile(r"\s+[›»|>/]\s+")
_CRUMB = re.compile(r"^[^\W\d_][\w&'’.-]*(?: [\w&'’.-]+){0,2}$")

Cut = tuple[int, str | None]  # where a piece starts (relative) and its kind
# Every lead finder's first three characters (the heads above; the case-blind ones in
# lower, Capitalised and upper case, after a bracket too) as one set: a line opening
# otherwise, or with a digit or a bar, is not tried.
_LEAD_HEADS = frozenset(h[:3] for h in _RUN_HEADS) | frozenset(
    v for h in _MAIL_HEADS | _CREDIT_HEADS | _STAMP_HEADS
    for v in (h[:3], h[:3].capitalize(), h[:3].upper(), h[:1] + h[1:3].capitalize()))
# Openings (five characters, folded) that pass _LEAD_HEADS's three but open no finder's
# match: common sentence openings.
_NOT_HEADS = frozenset(("what ", "what'", "what’", "when ", "where", "which", "while", "twelv",
                        "compa", "compl", "compu", "compe", "compr", "commi", "commu"))
# Kinds a line rule gives a whole line by its opening words ("4 min read ...", "You are
# subscribed to ..."): a line of one of them with prose after its furniture is cut too.
_OPENING_KINDS = frozenset(("metadata", "reader_prompt", "widget", "ad"))


def _run_kind(run: str) -> str | None:
    """The kind of a run of items: an ad marker (ad), counters and reading times
    (metadata), a share bar (widget); None for a lone item that names no furniture by
    itself ("Facebook", "Print", a number: the first word of a sentence as often)."""
    items = [m.group() for m in _ITEM_SPLIT.finditer(run)]
    if len(items) < 2 and not (items and _STRONG.match(items[0])):
        return None
    if all(_AD_ITEM.match(x) for x in items):
        return "ad"
    if all(_META_ITEM.match(x) for x in items):
        return "metadata"
    if len(items) < 3 and all(_PLATFORM.match(x) for x in items):
        return None  # "Facebook Twitter Deal ...": two names open a headline as often
    if any(x[:1].isdecimal() and not _META_ITEM.match(x) for x in items) and len(items) < 3:
        return None  # "2 Facebook" / "Print 2020": a bare number reads as text
    return "widget"


def _lead_cuts(s: str) -> list[Cut]:
    """Furniture opening the line: newsletter notices, a credit, a run of items."""
    cuts: list[Cut] = []
    pos = 0
    n = len(s)
    while pos < n - 8:  # (each finder asks for its own length of text after it)
        c = s[pos]
        head = s[pos:pos + 4].lower()
        if head in _MAIL_HEADS:
            m = _MAIL_LEAD.match(s, pos)
            if m is not None:
                cuts.append((pos, m.lastgroup))
                pos = m.end()
                continue
        if s[pos:pos + 4] in _RUN_HEADS or c.isdecimal() or c in "|·•":
            m = _LEAD_RUN.match(s, pos)
            if m is not None:
                kind = _run_kind(m.group(1))
                rest = s[m.end():]
                if kind is not None and (len(rest) >= _MIN_TEXT or (
                        rest.startswith("By ") and len(rest) >= 8)):  # a byline under it
                    cuts.append((pos, kind))
                    pos = m.end()
                    continue
        if head in _CREDIT_HEADS or head[:3] == "by ":
            m = _LEAD_CREDIT.match(s, pos)
            if m is not None and n - m.end() >= _MIN_TEXT:
                cuts.append((pos, "photo_credit"))
                pos = m.end()
                continue
            m = _LEAD_NAMED.match(s, pos)
            if m is not None and n - m.end() >= 2 * _MIN_TEXT:
                cuts.append((pos, m.lastgroup))
                pos = m.end()
                continue
        if head[:3] in _STAMP_HEADS or c.isdecimal():
            m = _LEAD_STAMP.match(s, pos)
            if m is not None and n - m.end() >= 2 * _MIN_TEXT:
                cuts.append((pos, "metadata"))
                pos = m.end()
                continue
        break
    if cuts:
        cuts.append((pos, None))
    return cuts


def _tail_cut(s: str) -> list[Cut]:
    """A run of items closing the line after a sentence's end ("... said. Share Tweet")."""
    if len(s) < _MIN_TEXT + 4:
        return []
    t = s.rstrip(" |·•:")
    word = t[t.rfind(" ") + 1:]
    if word not in _RUN_LAST and not word[:1].isdecimal():
        return []
    # the blanks after a sentence's end among the last 80 characters, leftmost first (the
    # longest run), each tried once instead of a search from every position
    lo = max(_MIN_TEXT, len(s) - 80)
    for k in range(lo, len(t)):
        if s[k] == " " and s[k - 1] in _TAIL_ENDS:
            m = _TAIL_RUN.match(s, k)
            if m is not None:
                kind = _run_kind(m.group(1))
                return [(m.start(1), kind)] if kind is not None else []
    return []


# A time stamp or a run of items closing a byline ("By Jane Smith | March 3, 2021 | 5 min
# read", "By Jane Smith Updated 10:32 AM ET").
_STAMP = (rf"(?:(?i:{_LABEL})\s*)?(?:(?i:{DATE})(?:\s*[,|·]?\s*(?:at\s+)?{_CLOCK})?|"
          rf"{_CLOCK}(?:\s*[,|·]?\s*(?i:{DATE}))?)")
_BYLINE_TAIL = re.compile(rf"(?:\s*[|·•]\s*|,\s+|\s+[–—-]\s+|\s+)((?:{_STAMP}|{_RUN})"
                          rf"(?:\s*[|·•]\s*(?:{_STAMP}|{_RUN}))*)\W?$")


def _byline_tail(s: str) -> list[Cut]:
    """A time stamp, a reading time, counters or a share bar closing a byline."""
    if not (s[-1:].isalnum() or s[-1:] == "."):
        return []
    for m in _BYLINE_TAIL.finditer(s, 5):
        tail = m.group(1)
        kind = _run_kind(tail) if re.fullmatch(_RUN, tail) else (
            "metadata" if any(ch.isdigit() for ch in tail) else None)
        if kind is not None and m.start() >= 5:
            sep = s[m.start():m.start(1)]
            mark = next((i for i, ch in enumerate(sep) if ch in "|·•–—-"), None)
            # (a bar or a dash between goes with the furniture, a comma stays)
            return [(m.start() + mark if mark is not None else m.start(1), kind)]
    return []


def crumb_cut(s: str) -> int | None:
    """Where a headline glued after a breadcrumb trail (two or more separators) or a section
    label (one bar, guillemet or chevron) starts: every crumb one to three words, no digit,
    the headline four words or more in Title Case with no sentence end."""
    seps = list(_CRUMB_SEP.finditer(s, 0, 140))
    if not seps:
        return None
    last = seps[-1]
    head = s[last.end():]
    crumbs = _CRUMB_SEP.split(s[:last.start()])  # (one crumb before each separator)
    if not all(_CRUMB.match(c) for c in crumbs) or len(seps) == 1 and (
            s[last.start():last.end()].strip() in "/>" or len(crumbs[0].split()) > 2):
        return None
    if len(head) > 200 or len(head.split()) < 4 or not title_case(head) or is_terminal(head) \
            or _CRUMB_SEP.search(head):
        return None
    return last.end()


def _label_tail(s: str) -> list[Cut]:
    """Tags or a related link closing the line after a sentence's end."""
    k = s.rfind(":", max(0, len(s) - 170))
    if k < 0 or _TAIL_LABEL_HEAD.search(s, max(0, k - 14), k) is None:
        return []
    m = _TAIL_LABEL.search(s, max(0, k - 16))
    if m is None or m.start() < _MIN_TEXT:
        return []
    a = m.start(m.lastgroup)
    return [(a, m.lastgroup)]


def _mid_words(s: str) -> bool:
    """Whether s holds an ad marker's word or a bracket (exact pre-filter of _mid_cuts:
    every _MID_AD match holds one of the words, every _MID_CREDIT match opens with one)."""
    return "dvertis" in s or "DVERTIS" in s or "(" in s


def _mid_cuts(s: str) -> list[Cut]:
    """An ad marker or a photo's credit between two sentences."""
    out: list[Cut] = []
    n = len(s)
    for w in _MID_AD_WORDS:
        k = s.find(w, _MIN_TEXT)
        while k != -1:
            if s[k - 1] == " " and s[k - 2] in _ENDS:
                m = _MID_AD.match(s, k)
                if m is not None and n - m.end() >= _MIN_TEXT:
                    out += [(k, "ad"), (m.end(), None)]
            k = s.find(w, k + 1)
    k = s.find("(", _MIN_TEXT)
    while k != -1:
        if s[k - 1] == " " and s[k - 2] in _CREDIT_ENDS:
            m = _MID_CREDIT.match(s, k)
            if m is not None and n - m.end() >= _MIN_TEXT:
                out += [(k, "photo_credit"), (m.end(), None)]
        k = s.find("(", k + 1)
    return sorted(out)


_AUDIO_ITEM_SEP = re.compile(r"\s*[,|/·•]\s*")


def _audio_items(inner: str) -> bool:
    """Whether a bracket's content is nothing but audio links ("Download MP3, Mirror")."""
    items = _AUDIO_ITEM_SEP.split(inner.strip().lower())
    return bool(items) and all(x in SEGMENT_AUDIO_LINKS for x in items)


def _audio_cuts(s: str) -> list[Cut]:
    """A bracket of audio links opening the line before its text ("(Download MP3, Mirror)
    From ...") or closing it after a headline ("Headline(Listen) |"), as a widget; the text
    beside it at least a few words (the caller's exact pre-filter: s opens with "(" or
    ends, separators apart, with ")")."""
    if s[0] == "(":
        e = s.find(")", 1, 60)
        if e != -1 and len(s) - e > _MIN_TEXT and _audio_items(s[1:e]):
            return [(0, "widget"), (e + 1, None)]
        return []
    t = s.rstrip(" |·•:")
    a = t.rfind("(", max(0, len(t) - 60))
    # glued to the text before it, or a separator after it: a link, not a writer's aside
    if a >= _MIN_TEXT and (s[a - 1] != " " or len(t) < len(s)) and _audio_items(t[a + 1:-1]):
        return [(a, "widget")]
    return []


def line_cuts(s: str) -> list[Cut]:
    """Where furniture glued inside the one-line paragraph s starts and ends: (offset,
    kind of the piece from there), in order; [] when there is none (most paragraphs, which
    the finders' exact pre-filters, tried here first, turn away without a call)."""
    c = s[:1]
    cuts = _lead_cuts(s) if (s[:3] in _LEAD_HEADS and s[:5].lower() not in _NOT_HEADS) \
        or c.isdecimal() or c in "|·•" else []
    mids = _mid_cuts(s) if _mid_words(s) else []
    t = s.rstrip(" |·•:")
    word = t[t.rfind(" ") + 1:]
    tail = _tail_cut(s) if word in _RUN_LAST or word[:1].isdecimal() else []
    if not tail and s.find(":", len(s) - 170) != -1:
        tail = _label_tail(s)
    if not (cuts or tail) and (c == "(" or t[-1:] == ")"):
        audio = _audio_cuts(s)
        if audio and audio[0][0] == 0:
            cuts = audio
        else:
            tail = audio
    if not (cuts or mids or tail):
        return []
    start = cuts[-1][0] if cuts else 0
    mids = [x for x in mids if x[0] > start]
    last = mids[-1][0] if mids else start
    return cuts + mids + [x for x in tail if x[0] > last]


@lru_cache(maxsize=1 << 14)
def line_cuts_memo(s: str) -> tuple[Cut, ...]:
    """line_cuts(s), remembered: the same paragraphs come back in every copy of a story.
    A pure function's memo, bounded (least recently used texts dropped), keyed by the text
    alone (one hash, cached on the string), tuples (no caller can change one);
    corpus/segment.py's clear_memos clears it. 16,384 texts, as the line-kind memo: with
    4,096, 1,000 synthetic pages (5,717 such texts) filled it and 1,310 were cut again
    after their answer had been dropped; its texts are the paragraphs' own strings."""
    return tuple(line_cuts(s))


def _pieces(text: str, b: Block, cuts: Sequence[Cut]) -> list[Block]:
    """Block b cut at the relative offsets of cuts (blanks at a cut dropped); the text
    before the first cut keeps b's kind."""
    out: list[Block] = []
    bounds = [(0, b.kind)] + [c for c in cuts if c[0] > 0]
    if cuts and cuts[0][0] == 0:
        bounds = list(cuts)
    for (a, kind), (e, _) in zip(bounds, bounds[1:] + [(len(b.text), None)], strict=True):
        s, t = b.start + a, b.start + e
        while s < t and (text[s].isspace() or text[s] in BLANK_EXTRA):
            s += 1
        while t > s and (text[t - 1].isspace() or text[t - 1] in BLANK_EXTRA):
            t -= 1
        if s < t:
            out.append(Block(s, t, text[s:t], kind, b.lines))
    return out


def _crumb_signs(s: str) -> bool:
    """Whether a separator of a trail stands among the first 140 characters (exact
    pre-filter of crumb_cut)."""
    return s.find("›", 0, 140) != -1 or s.find("»", 0, 140) != -1 or \
        s.find("|", 0, 140) != -1 or s.find(">", 0, 140) != -1 or s.find("/", 0, 140) != -1


def glued_furniture(text: str, blocks: list[Block],
                    line_kind: Callable[[str], str | None]) -> list[Block]:
    """Undecided one-line paragraphs with furniture glued inside them, cut; pieces cut off
    a line by an earlier pass, classified by the line rules (``line_kind``: a line's kind
    by itself) as if they stood alone; a byline's run-on stamp, and furniture opening a
    line a rule gave the furniture's kind whole, cut off too."""
    out: list[Block] = []
    append = out.append
    crumbs = "›" in text or "»" in text or "|" in text or ">" in text or "/" in text
    for b in blocks:
        kind, s, lines = b.kind, b.text, b.lines
        if len(lines) != 1:
            append(b)
            continue
        if kind is not None:
            cuts = []
            if kind == "byline" and len(s) >= 12:
                cuts = _byline_tail(s)
            elif kind in _OPENING_KINDS and len(s) > 3 * _MIN_TEXT:
                # a line rule read the furniture opening the line as the whole line's kind
                cuts = _lead_cuts(s)
                rest = s[cuts[-1][0]:] if cuts else ""
                if len(rest) < 2 * _MIN_TEXT or not is_terminal(rest) or " " not in rest.strip():
                    cuts = []
            if cuts:
                out.extend(_pieces(text, b, cuts))
            else:
                append(b)
            continue
        n = len(s)
        if n < 12:
            append(b)
            continue
        # (line_cuts asks s itself for the words a cut between two sentences needs: a
        # needle of the page inside the block is a needle of s)
        cuts = line_cuts_memo(s) if n <= _MEMO_CHARS else line_cuts(s)  # (read, never changed)
        if not cuts and crumbs and n <= 340 and s[-1] not in ".!?…:;,\"”’" and _crumb_signs(s):
            at = crumb_cut(s)
            if at is not None and text.count(s[at:]) == 1:  # (a trail's last crumb printed
                cuts = [(0, "navigation"), (at, None)]  # again is the page's title)
        if not cuts:
            if (b.start != lines[0].start or b.end != lines[0].end) and n <= 400:
                b.kind = line_kind(s)  # a piece an earlier pass cut off its line
            append(b)
            continue
        for p in _pieces(text, b, cuts):  # (a piece of a line: its bounds are not the line's)
            if p.kind is None and (p.start != lines[0].start or p.end != lines[0].end) \
                    and len(p.text) <= 400:
                p.kind = line_kind(p.text)
            append(p)
    return out

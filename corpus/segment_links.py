"""Link lines, labels and credits run into a paragraph, and short link/label lines alone.

Why (issue 9, dev collection 8): copy sites, feed-fed blogs and CMS listings print the
previous item's link glued to the next headline ("more ...Headline"), a link glued to the
end of a lede ("[…]readmore"), a feed's source tail ("... via NASA https://go.nasa.gov/x"),
a parenthesised credit at the end of a caption ("(Photo courtesy of X)", "(DoD graphic by
X)"), a label before a teaser ("News Release: ..."), a byline and dateline before a lede
("VOA News By Name WASHINGTON – ..."), a weekday date before a lede ("Sunday, March 26,
2006 Rev. ..."), and lines that are only a link or a label ("Available in:", "Digg! this
article!", ">>Click here for the story<<", "WATCH: clip", "NASA/Name"). The rules read
line shapes and the words such furniture is made of, never a site's own strings.

One pass over the rules' undecided blocks (kind None), before the page's headline is
picked and headings are decided, so that a caption and its credit above a listing's first
headline do not hide it and a headline freed from its glued link is still judged a
heading. Every cut keeps the pieces tiling the block.
"""

from __future__ import annotations

import re

from corpus.segment_listing import split_headline
from corpus.segment_shapes import Block, is_terminal, title_case

# "more ...", "Read more »", "more…" glued to the next item's headline (no blank between).
_LEAD_LINK = re.compile(r"^((?:read )?more ?(?:\.{3}|…|»|›|>>))(?=[A-Z0-9“\"‘'])|"
                        r"^(read more)(?=(?-i:[A-Z][a-z]))", re.I)  # "Read MoreHeadline"
# "[…]readmore", "… read more", "...Read More»" at a lede's end.
_TAIL_LINK = re.compile(r"(?<=[…\].])\s*((?:read ?more|more)\s*(?:»|›|>>|\.\.\.|…)?)$", re.I)
# A feed's source tail: "via <Source> <url>" closing the paragraph.
_VIA_TAIL = re.compile(r"(?<=[.!?”\"’)])\s+(via [A-Z][\w.&'’ -]{0,40}?\s+https?://\S+)$")
# A parenthesised credit closing a paragraph: a photo, graphic or image credit, "courtesy".
_PAREN_CREDIT = re.compile(  # matched at the last "(", after a sentence's end and a blank
    r"(\((?:[\w.,'’ -]{0,40}\b)?(?:photos?|images?|pictures?|graphics?|"
    r"illustrations?|video)\b(?: (?:by|courtesy(?: of)?|credit:?|:))?(?:\s|/)[^()]{2,80}\)|"
    r"\(courtesy(?: of)?\s[^()]{2,80}\))$", re.I)
# "Photo from the author, used with permission." run on after a caption's last sentence
# (photos only: the pre-filter looks for "hoto" among the paragraph's last characters).
_PHOTO_FROM = re.compile(r"(?<=[.!?])\s+((?:photo)s? (?:from|by|courtesy of|via) "
                         r"[^.!?]{2,60}(?:, used with permission)?\.)$", re.I)
# A weekday date between a notice's last sentence and the lede ("... more details. Monday,
# October 30, 2006 On November 13, ...").
_MID_WEEKDAY = re.compile(
    r"\s+((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (?:January|"
    r"February|March|April|May|June|July|August|September|October|November|December) "
    r"\d{1,2}, \d{4})\s+(?=[A-Z“\"])")  # matched at the blank after a sentence's end
_PHOTO_WORD = re.compile(r"\b(?:photos?|images?|pictures?)\b", re.I)
# A label before a release's teaser: "News Release: ...", "Release: ...".
_LEAD_LABEL = re.compile(r"^((?:news |media )?release:)\s+(?=\S)", re.I)
# "By Name Name" (after an outlet's "X News"), then a capitalised dateline and a dash.
_LEAD_BYLINE = re.compile(
    r"^((?:[A-Z][A-Za-z]{1,10} News )?By (?:[A-Z][\w.'’-]+)(?: [A-Z][\w.'’-]+){0,3}?)"
    r"\s+(?=[A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.]{1,6})?\s+[–—-]\s)")
_LEAD_BY_OUTLET = re.compile(r"^(By [A-Z][A-Za-z]{1,10} News)\s+(?=[A-Z])")
_LEAD_DATELINE = re.compile(r"^([A-Z][A-Z.'’-]+(?: [A-Z][A-Z.'’-]+)*(?:, [A-Z][A-Za-z.]{1,6})?"
                            r"\s+[–—-])\s+(?=\S)")
# A weekday date run into a lede: "Sunday, March 26, 2006 Rev. Mary ..."
_LEAD_WEEKDAY = re.compile(
    r"^((?:monday|tuesday|wednesday|thursday|friday|saturday|sunday), (?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december) \d{1,2}, "
    r"\d{4})\s+(?=[A-Z“\"])", re.I)
_WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
# A listing item's date run into its headline and teaser, no weekday (collection 9's tag
# listings: "April 5, 2022 Austin: Budget Funds ...", "Feb. 23, 2022 Biden Shifts ...").
_LEAD_DATE = re.compile(
    r"^((?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Jan\.|Feb\.|Mar\.|Apr\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.) \d{1,2}, \d{4})"
    r"\s+(?=[A-Z“\"‘])")
_MONTHS3 = frozenset(("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                      "Nov", "Dec"))
# Whole lines: a language-links label, a social bookmark link, a click prompt in chevrons,
# a media label above a clip, an agency/name credit.
_ALONE = (
    ("widget", re.compile(r"^(?:also )?(?:available|read(?: this)?|published) in\s*:$|"
                          r"^languages?\s*:$", re.I)),
    ("widget", re.compile(r"^(?:digg|stumble ?upon|del\.icio\.us|reddit|slashdot)!?"
                          r"(?: (?:this|it))?(?: (?:article|story|post))?!?$", re.I)),
    ("reader_prompt", re.compile(r"^(?:>{1,3}|»)\s*click here\b.{0,120}$", re.I)),
    ("photo_credit", re.compile(r"^[A-Z]{2,10}/(?:[A-Z][a-z][\w'’-]*)(?: [A-Z][\w.'’-]+){1,3}$")),
    # a donation appeal: "Support X as we publish more ...", "Learn more about our donation
    # campaign."
    ("reader_prompt", re.compile(r"^(?:please )?(?:support|donate to|give to) [\w .&'’-]{2,40} "
                                 r"(?:as we|so we can|to help us|today|now)\b.{0,80}$|"
                                 r"^(?:learn more about|read more about|see) our (?:donation|"
                                 r"fundraising|membership|donor) (?:campaign|drive|programme|"
                                 r"program|page)\W*$", re.I)),
)
_MEDIA_LABEL = re.compile(r"^(?:watch|video|listen|audio)\s*:\s+\S.{0,100}$", re.I)


def _cut(text: str, b: Block, at: int, first: str | None, second: str | None) -> list[Block]:
    """Block b cut at the absolute offset at (blanks at the cut dropped from both pieces)."""
    e = at
    while e > b.start and text[e - 1].isspace():
        e -= 1
    a = at
    while a < b.end and text[a].isspace():
        a += 1
    out = []
    if e > b.start:
        out.append(Block(b.start, e, text[b.start:e], first, b.lines))
    if a < b.end:
        out.append(Block(a, b.end, text[a:b.end], second, b.lines))
    return out


def _lead(text: str, b: Block, s: str) -> list[Block] | None:
    """A link, label, byline/dateline or weekday date opening the paragraph, cut off."""
    c = s[:1]
    if c in "mMrR":
        m = _LEAD_LINK.match(s)
        if m:
            return _cut(text, b, b.start + m.end(m.lastindex or 1), "widget", None)
    if c in "nNrRmM" and s.find(":", 0, 20) != -1:
        m = _LEAD_LABEL.match(s)
        rest = s[m.end():] if m else ""
        if m and len(s) > 40 and (len(rest) > 120 or is_terminal(rest) or not title_case(rest)):
            # (a kicker over a headline stays with it)
            return _cut(text, b, b.start + m.end(1), "metadata", None)
    if s.find("By ", 0, 16) != -1:
        m = _LEAD_BYLINE.match(s)
        if m:
            rest = _cut(text, b, b.start + m.end(1), "byline", None)
            if len(rest) == 2:
                d = _LEAD_DATELINE.match(rest[1].text)
                if d:
                    return [rest[0]] + _cut(text, rest[1], rest[1].start + d.end(1),
                                            "dateline", None)
            return rest
        m = _LEAD_BY_OUTLET.match(s)
        if m and len(s) > 80:
            return _cut(text, b, b.start + m.end(1), "byline", None)
    if c in "MTWFSmtwfs" and s[:3].lower() in _WEEKDAYS:
        m = _LEAD_WEEKDAY.match(s)
        if m and len(s) - m.end(1) > 40:
            return _cut(text, b, b.start + m.end(1), "metadata", None)
    if s[:3] in _MONTHS3:
        m = _LEAD_DATE.match(s)
        if m and len(s) - m.end() > 40:
            return _cut(text, b, b.start + m.end(1), "metadata", None)
    k = s.find("day, ", 0, 300)
    while k != -1:  # (news text says "on Tuesday, ..." often: the regex runs only at a
        ws = s.rfind(" ", 0, k)  # blank after a sentence's end before the weekday)
        if ws > 0 and s[ws - 1] in ".!?":
            m = _MID_WEEKDAY.match(s, ws)
            if m and len(s) - m.end(1) > 40:
                a, e = b.start + m.start(1), b.start + m.end(1)
                head = _cut(text, b, a, None, "metadata")
                return head[:-1] + _cut(text, head[-1], e, "metadata", None)
        k = s.find("day, ", k + 5, 300)
    return None


# What a paragraph ends with when a link is run on at its end (exact pre-filter).
_TAIL_ENDS = ("more", "More", "MORE", "»", "›", ">>", "...", "…")


def _link_tail(text: str, b: Block, s: str) -> list[Block] | None:
    """A link or a feed's source tail closing the paragraph. An excerpt's "[…]" before
    the link is the excerpt's own: its paragraph is decided (body), so that the run-on
    "read more" pass, which takes a "[…]" closing a paragraph for a link, leaves it."""
    n = len(s)
    if n > 40 and s.endswith(_TAIL_ENDS):
        m = _TAIL_LINK.search(s, n - 16)
        if m:
            pieces = _cut(text, b, b.start + m.start(1), None, "widget")
            if pieces[0].text.endswith(("[…]", "[...]")):
                pieces[0].kind = "body"
            return pieces
    if s.find("http", n - 80) != -1 and s.find("via ", n - 120) != -1:
        m = _VIA_TAIL.search(s, max(0, n - 120))
        if m:
            return _cut(text, b, b.start + m.start(1), None, "source_footer")
    return None


def _tail(text: str, b: Block, s: str) -> list[Block] | None:
    """A credit closing the paragraph (a caption's)."""
    n = len(s)
    last = s[-1:]
    if last == "." and 60 < n <= 600 and s.find("hoto", n - 70) != -1:
        m = _PHOTO_FROM.search(s, max(0, n - 130))
        if m:
            return _cut(text, b, b.start + m.start(1), "caption", "photo_credit")
    if last == ")" and n > 60:
        lo = s.rfind("(", max(0, n - 130))
        m = _PAREN_CREDIT.match(s, lo) if lo > 1 and s[lo - 1].isspace() and s[
            len(s[:lo].rstrip()) - 1] in ".!?”\"’" else None
        if m:
            credit = m.group(1)
            first = "caption" if n > 400 and _PHOTO_WORD.search(credit) else None
            return _cut(text, b, b.start + m.start(1), first, "photo_credit")
    return None


# First characters of every _ALONE match but the credit's (exact pre-filter).
_ALONE_FIRST = frozenset("arpldsgmARPLDSGM>»")


# The case-blind line patterns as one anchored alternation (a prose line fails in C, at
# its first characters), and the case-sensitive credit apart.
_ALONE_WORDS = [(k, p) for k, p in _ALONE if p.flags & re.I]
_ALONE_ANY = re.compile("|".join(f"(?P<a{i}>{p.pattern})" for i, (_, p) in enumerate(
    _ALONE_WORDS)), re.I)
_ALONE_KIND = {f"a{i}": k for i, (k, _) in enumerate(_ALONE_WORDS)}
_ALONE_CREDIT = next(p for k, p in _ALONE if not p.flags & re.I)


def _alone(s: str) -> str | None:
    """The kind of a short line that is only a link, a label, a prompt or a credit."""
    if s[:1] in _ALONE_FIRST:
        m = _ALONE_ANY.match(s)
        if m is not None:
            return _ALONE_KIND[m.lastgroup]
    if "/" in s and s[:1].isupper() and len(s) <= 60 and _ALONE_CREDIT.match(s):
        return "photo_credit"
    return None


def _clip_follows(blocks: list[Block], i: int) -> bool:
    """A media player follows: its status widget next, or a clip title and then it."""
    nxt = blocks[i + 1:i + 3]
    return bool(nxt) and (nxt[0].kind == "widget" or (
        len(nxt) == 2 and nxt[0].kind is None and len(nxt[0].lines) == 1
        and len(nxt[0].text) <= 120 and nxt[1].kind == "widget"))


def _twice(s: str) -> bool:
    """A headline printed twice on one line (the item's title and its link text): the
    line is one run of three or more words, a space, and the same run again."""
    n = len(s)
    h = n // 2
    return n % 2 == 1 and s[h] == " " and s[:h] == s[h + 1:] and s.count(" ", 0, h) >= 2


_BULLETS = "•·▪●◦‣"


def link_furniture(text: str, blocks: list[Block]) -> list[Block]:
    """Undecided paragraphs with furniture opening them or a credit closing them, cut;
    short link, label and credit lines, kinded (before the headline is picked, so that
    a caption and its credit above a listing's first headline do not hide it)."""
    out: list[Block] = []
    append = out.append
    bullets: list[Block] = []  # short bullet lines: a listing's category tags when repeated
    for i, b in enumerate(blocks):
        if b.kind is not None:
            append(b)
            continue
        s = b.text
        n = len(s)
        if not n:
            append(b)
            continue
        c = s[0]
        if n <= 300:
            nlines = len(b.lines)
            if nlines == 1:
                kind = None
                if n <= 120:
                    if c in _ALONE_FIRST or (c.isupper() and "/" in s):
                        kind = _alone(s)
                    if kind is None and c in _BULLETS and n <= 40:
                        bullets.append(b)  # (appended unchanged below: too short to cut)
                    if kind is None and c in "wWvVlLaA" and _MEDIA_LABEL.match(s) \
                            and not is_terminal(s) and _clip_follows(blocks, i):
                        kind = "widget"
                if kind is None and n % 2 == 1 and s[n // 2] == " " and _twice(s):
                    kind = "widget"
                if kind is not None:
                    b.kind = kind
                    append(b)
                    continue
            elif nlines <= 3 and n <= 240:
                kinds = [_alone(ln.text) for ln in b.lines]
                if all(kinds):  # a prompt and a bookmark link on two lines: one piece each
                    out.extend(Block(ln.start, ln.end, ln.text, k, [ln])
                               for ln, k in zip(b.lines, kinds, strict=True))
                    continue
        # (exact pre-filters of _lead and _tail: most paragraphs open and end with neither)
        pieces = _lead(text, b, s) if (
            (c in "mMrR" and s.startswith(_LEAD_STARTS if c in "mM" else _READ_STARTS))
            or (c in "nNrRmM" and s.find(":", 7, 15) != -1)
            or (c == "B" and s.startswith("By ")) or (n > 60 and (s[:3] in _MONTHS3 or
                s.find(" News By ", 2, 14) != -1 or s.find("day, ", 3, 300) != -1))) else None
        if pieces is None:
            e = s[-1]
            tail = _tails(text, b, s, n) if n > 40 and (e in _TAIL_LAST or (
                e == "." and (s.endswith("...") or (n <= 600 and s.find("hoto", -70) != -1)))
                or (n > 60 and (e.isalnum() or e == "/"))) else None
            if tail is None:
                append(b)
            else:
                out.extend(tail)
            continue
        last = pieces[-1]
        if len(pieces) == 2 and pieces[0].kind == "metadata":  # a dated listing item
            pieces = [pieces[0], *split_headline(text, last)]
            last = pieces[-1]
        tail = _tails(text, last, last.text, len(last.text)) if last.kind is None else None
        out.extend(pieces[:-1] + (tail or [last]))
    if len(bullets) >= 2:  # "• Press Releases" printed under each release: a category tag
        seen = [x.text for x in bullets]
        for x in bullets:
            if seen.count(x.text) >= 2 and not is_terminal(x.text):
                x.kind = "metadata"
    return out


# Last characters of a paragraph with a credit or a link run on at its end, besides "."
# (exact pre-filter of _tails).
_TAIL_LAST = frozenset(")eE»›>…")


def _tails(text: str, b: Block, s: str, n: int) -> list[Block] | None:
    """A credit, a link or a source tail closing the paragraph (exact pre-filters first:
    most paragraphs end with a full stop and hold none)."""
    if n <= 40:  # (no credit, link or source tail is run on to a line this short)
        return None
    e = s[-1]
    if e == ")" or (e == "." and 60 < n <= 600 and s.find("hoto", -70) != -1):
        return _tail(text, b, s)
    if e in "eE»›>…" or (e == "." and s.endswith("...")) or (
            n > 60 and (e.isalnum() or e == "/") and s.find("http", -80) != -1):
        return _link_tail(text, b, s)
    return None


# Openings of every _LEAD_LINK and _LEAD_WEEKDAY match (exact pre-filters).
# (a weekday opening a paragraph holds "day, " in its first 300 characters too)
_LEAD_STARTS = tuple(w + t for w in ("more", "More", "MORE", "read more", "Read more",
                                     "Read More", "READ MORE")
                     for t in (" ", ".", "…", "»", "›", ">"))
# ... and a "Read more" run into the next headline with no sign ("Read MoreWikinews ...")
_READ_STARTS = _LEAD_STARTS + ("read more", "Read more", "Read More", "READ MORE")

"""The headline finder of the layout segmenter: which line at the head of a page is its
headline, and the kinds of the lines standing around it (kicker, site name and tagline,
byline, image description, dateline). Split out of corpus/segment.py, which calls
pick_title once per page. Its names without a leading underscore (pick_title,
headline_shape, line_shape, masthead_like, opens_prose, HEAD_ZONE) are the public API that
segment.py and segment_model.py import.
"""

from __future__ import annotations

import re
from functools import lru_cache

from corpus.segment_shapes import (
    BULLET,
    DATELINE,
    DATELINE_ALONE,
    NAME_ROLE,
    ROLE_WORD,
    SENTENCE_END,
    TERMINAL,
    Block,
    any_in,
    caps_share,
    core,
    folded,
    is_terminal,
    opens_with_label,
    title_case,
)

# Line shapes of the head of a page (before the first paragraph of prose).
_IMAGE_ALT = re.compile(r"\b(?:logo|seal|emblem|icon|crest|coat of arms|displayed against|"
                        r"background image)\b|\.(?:jpe?g|png|svg|gif|webp)\b", re.I)
_PLACE = re.compile(r"^[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,2}, [A-Z][\w.'’-]+"
                    r"(?: [A-Z][\w.'’-]+)?$")
_PERSON = re.compile(r"^[A-Z][a-z'’-]+(?: [A-Z]\.)? [A-Z][a-z'’-]+$")
_OPEN_QUOTES = "\"“‘'«„"
# Furniture and content kinds a headline may stand under or among at the head of a page.
HEAD_ZONE = 20


# Words one of which an _IMAGE_ALT line holds (folded; an exact pre-filter of its search).
_IMAGE_ALT_WORDS = ("logo", "seal", "emblem", "icon", "crest", "coat of arms", "displayed",
                    "background", ".jp", ".png", ".svg", ".gif", ".webp")
_has_image_alt_word = any_in((), _IMAGE_ALT_WORDS)


def _image_alt(s: str) -> bool:
    """An image's description ("... - Great Seal", "Wikipedia-logo-v2.svg ...")."""
    low = folded(s)
    return _has_image_alt_word(low) and bool(_IMAGE_ALT.search(s))


def _has_dash(s: str) -> bool:
    """Whether s holds a dash DATELINE could end on (its exact pre-filter)."""
    return "-" in s or "—" in s or "–" in s or "â€" in s


def opens_prose(b: Block) -> bool:
    """The first paragraph of the article: long, or a full sentence of some length."""
    return b.kind is None and (len(b.text) >= 200 or (
        len(b.text) >= 50 and core(b.text)[-1:] in SENTENCE_END and len(b.text.split()) >= 10
        and caps_share(b.text) < 0.75))


def headline_shape(b: Block) -> str | None:
    """'h' for a headline-shaped line, 'q' for one that asks a question (a kicker when a
    headline follows), None for anything else: one line, up to 25 words, no sentence end
    (a Title Case line may have full stops: "In Iraq, I Raided Insurgents. In Virginia,
    Police Raided Me."), not a date, a place, an image's description or a motto."""
    if b.kind is not None or len(b.lines) != 1 or not 3 <= len(b.text) <= 200:
        return None
    return line_shape(b.text)


@lru_cache(maxsize=1 << 12)
def line_shape(s: str) -> str | None:
    """headline_shape of an undecided one-line block with text s (3-200 characters): a
    function of the text, remembered (the head of a page asks for the same lines several
    times, and a site prints the same ones on every page); bounded, a pure function's."""
    if s[:1] in _OPEN_QUOTES or s[:1].islower() or not any(map(str.isalpha, s)):
        return None
    words = len(s.split())
    if words > 25 or DATELINE_ALONE.match(s) or _PLACE.match(s) or _image_alt(s) \
            or BULLET.match(s) or (_has_dash(s) and DATELINE.match(s) and not title_case(s)) \
            or (NAME_ROLE.match(s) and ROLE_WORD.search(s)):  # a speech's byline
        return None
    end = core(s)[-1:]
    if end == "?":
        return "q"
    if end in ".!" and words >= 3 and caps_share(s) >= 0.75 and not opens_with_label(s):
        return "h"  # (a speaker's turn, "MR KIRBY: Afternoon, everybody.", is no headline)
    return None if end in TERMINAL else "h"


def masthead_like(s: str) -> bool:
    """A short line with no colon and no digit: a site's or a section's name ("Diplomacy in
    Action", "The Office of Public Affairs") more often than a headline."""
    return len(s) <= 30 and ":" not in s and not any(map(str.isdecimal, s))


def headline_later(blocks: list[Block], i: int) -> bool:
    """Some block after i in the page's head (before its first paragraph of prose) could
    be the headline: a site's name needs one under it, or it is the headline itself (a
    radio script's title over its player label and its speakers' turns)."""
    k = i + 1
    while k < len(blocks) and k - i < HEAD_ZONE and not opens_prose(blocks[k]):
        if blocks[k].kind is None and headline_shape(blocks[k]) is not None and \
                not _after_label(blocks, k):
            return True
        k += 1
    return False


def _after_label(blocks: list[Block], k: int) -> bool:
    """The block stands under a speaker's label alone on its line ("VOICE ONE:",
    "AMBASSADOR KIM:"): the speaker's words, never the page's headline (a radio script's
    first turn, issue 9 dev collection 13)."""
    if k == 0:
        return False
    s = blocks[k - 1].text
    head = s[:-1]
    return s.endswith(":") and len(s) <= 40 and len(head.split()) <= 4 and \
        head.upper() == head and any(map(str.isalpha, head)) and blocks[k - 1].kind is None


def pick_title(blocks: list[Block], i: int) -> int | None:
    """Index of the page's headline among the blocks from i to the first paragraph of prose,
    and the kinds of what stands around it: the first headline-shaped line, skipping a
    question with a headline after it (a kicker: heading) and a short name-like line with
    a confirmed headline after it (a site's or section's name: navigation). Before the
    headline, an image's description is a caption, a name right above it a byline, a motto
    or a short line navigation; after it, the headline printed again is a heading and a
    place line above the date or the text a dateline."""
    end = i
    while end < len(blocks) and end - i < HEAD_ZONE and not opens_prose(blocks[end]):
        end += 1
    first = next((k for k in range(i, end) if blocks[k].kind is None
                  and headline_shape(blocks[k]) is not None and not _after_label(blocks, k)),
                 None)
    if first is not None and _plainly_the_headline(blocks, i, first):
        return _around_title(blocks, i, first, end)  # most pages: no line to weigh it against
    shapes = {k: None if _after_label(blocks, k) else headline_shape(blocks[k])
              for k in range(i, end) if blocks[k].kind is None}
    cands = [k for k, v in shapes.items() if v]

    def confirmed(k: int) -> bool:
        """A headline the next different line does not compete with, and no standfirst
        (a long sentence-case line right above the text) under a short headline."""
        nxt = k + 1
        while nxt < end and blocks[nxt].text == blocks[k].text:
            nxt += 1
        if nxt < end and shapes.get(nxt) is not None:
            return False
        t = blocks[k].text
        return not (nxt == end and len(t.split()) >= 8 and caps_share(t) < 0.5)

    def listed(k: int) -> bool:
        """Another headline-shaped line follows (a listing's headlines, one a line)."""
        nxt = k + 1
        while nxt < end and blocks[nxt].text == blocks[k].text:
            nxt += 1
        return nxt < end and shapes.get(nxt) is not None

    at = None
    names: list[int] = []
    for n, k in enumerate(cands):
        later = [c for c in cands[n + 1:] if shapes[c] == "h" and blocks[c].text != blocks[k].text]
        if shapes[k] == "q" and later:
            blocks[k].kind = "heading"
            continue
        if _PERSON.match(blocks[k].text) and shapes.get(k + 1) == "h" and confirmed(k + 1) \
                and blocks[k + 1].lines[0].group == blocks[k].lines[-1].group:
            names.append(k)  # "John Kirby" on the line above "Daily Press Briefing"
            continue
        words = len(blocks[k].text.split())
        if masthead_like(blocks[k].text) and any(  # (a listing's first headline, with
                # more headlines under it, is confirmed by its length and them)
                (confirmed(c) or (len(blocks[c].text.split()) >= max(4, words + 3)
                                  and listed(c)))
                and len(blocks[c].text.split()) >= max(2, words - 1)
                and not _PERSON.match(blocks[c].text) for c in later):
            blocks[k].kind = "navigation"
            continue
        if k > i and (k - 1 in names or blocks[k - 1].kind == "navigation") and blocks[
                k - 1].lines[-1].group == \
                blocks[k].lines[0].group and caps_share(blocks[k].text) < 0.5 and any(
                confirmed(c) and caps_share(blocks[c].text) >= 0.7 for c in later):
            blocks[k].kind = "navigation"  # a site's tagline on the line under its name
            continue
        at = k
        break
    if at is None:
        b = blocks[i]
        if end == i and _after_teaser(blocks, i):
            return _around_title(blocks, i + 1, i + 1, i + 1)
        return i if b.kind is None else None
    for k in names:  # a name right above the headline is its byline, others a site's name
        blocks[k].kind = "byline" if k == at - 1 else "navigation"
    return _around_title(blocks, i, at, end)


def title_here(blocks: list[Block], i: int) -> int:
    """Block i is the headline, decided by its caller (a briefing's head over its
    briefer): the kinds of what stands under it, as pick_title gives them."""
    end = i
    while end < len(blocks) and end - i < HEAD_ZONE and not opens_prose(blocks[end]):
        end += 1
    return _around_title(blocks, i, i, end)


def crumb_echo(blocks: list[Block], i: int, k: int) -> bool:
    """The line right under a navigation line ends that line (a breadcrumb's last crumb,
    "HomeNewsNews Archive" over "News Archive"): the page's own name, its head."""
    if k <= i:
        return False
    prev, t = blocks[k - 1].text, blocks[k].text
    if k + 1 < len(blocks) and blocks[k + 1].kind == "metadata" and \
            ":" in blocks[k + 1].text[:16]:
        return False  # "Tag: X" under it: a tag's listing, the crumb only its section
    return blocks[k - 1].kind == "navigation" and len(blocks[k - 1].lines) == 1 and \
        len(t) >= 6 and len(prev) > len(t) and prev.endswith(t)


def _plainly_the_headline(blocks: list[Block], i: int, k: int) -> bool:
    """The first headline-shaped line is the headline whatever follows it: no question, no
    short name-like line, no name, no tagline under a site's name (what pick_title's loop
    would skip it for)."""
    b = blocks[k]
    s = b.text
    return headline_shape(b) == "h" and not masthead_like(s) and not _PERSON.match(s) and not (
        k > i and caps_share(s) < 0.5 and blocks[k - 1].lines[-1].group == b.lines[0].group
        and (blocks[k - 1].kind == "navigation" or _PERSON.match(blocks[k - 1].text)))


def _around_title(blocks: list[Block], i: int, at: int, end: int) -> int:
    """The kinds of what stands above and below the headline at index at (see pick_title)."""
    for k in range(i, at):
        b = blocks[k]
        if b.kind is not None:
            continue
        if len(b.text) <= 300 and _image_alt(b.text):
            b.kind = "caption"
        elif _PLACE.match(b.text) or DATELINE_ALONE.match(b.text) or (
                NAME_ROLE.match(b.text) and ROLE_WORD.search(b.text)):
            continue  # a place or a name and role above the headline: no site furniture
        elif b.text[:1] in _OPEN_QUOTES or (len(b.text) <= 60 and not is_terminal(b.text)):
            b.kind = "navigation"
    title = blocks[at].text
    for k in range(at + 1, end):
        b = blocks[k]
        if b.kind is not None:
            continue
        if b.text == title:
            b.kind = "heading"
        elif len(b.text) <= 300 and not is_terminal(b.text) and _image_alt(b.text):
            b.kind = "caption"
        elif _PLACE.match(b.text) and len(b.text) <= 40 and k + 1 < len(blocks) and not (
                NAME_ROLE.match(b.text) and ROLE_WORD.search(b.text)) and (
                blocks[k + 1].kind == "metadata" or opens_prose(blocks[k + 1])):
            b.kind = "dateline"
    return at


def _after_teaser(blocks: list[Block], i: int) -> bool:
    """The page opens with a paragraph of prose (a pull quote, a teaser) and the headline
    comes right under it: a Title Case headline-shaped line of four or more words over
    the text or its date, or closing the page (a feed's preview: the quote, then the
    headline it links to)."""
    if i + 1 >= len(blocks):
        return False
    b = blocks[i + 1]
    after = blocks[i + 2] if i + 2 < len(blocks) else None
    return headline_shape(b) == "h" and title_case(b.text) and len(b.text.split()) >= 4 \
        and caps_share(b.text) >= 0.7 and (
            after is None or opens_prose(after) or after.kind == "metadata" or bool(
                DATELINE_ALONE.match(after.text)))


_BANNER_END = re.compile(r"\b(?:web ?site|home ?page|web portal|official site)$", re.I)


def _letters(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalnum())


def site_banner(text: str, blocks: list[Block]) -> list[Block]:
    """A site's name opening the page and, on the next line, the name again ending with
    "Website" or "Homepage" ("Example Agency\nExample Agency Headquarters Website"): the
    site's banner, one navigation block (the second line is no headline)."""
    if len(blocks) < 2:
        return blocks
    a, b = blocks[0], blocks[1]
    if a.kind is not None or b.kind is not None or len(a.lines) != 1 or len(b.lines) != 1 \
            or a.lines[0].group != b.lines[0].group or len(b.text) > 100 or \
            not _BANNER_END.search(b.text) or len(_letters(a.text)) < 4 or \
            not _letters(b.text).startswith(_letters(a.text)):
        return blocks
    return [Block(a.start, b.end, text[a.start:b.end], "navigation", a.lines + b.lines),
            *blocks[2:]]

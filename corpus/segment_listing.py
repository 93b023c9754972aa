"""Listing pages and page heads of the layout segmenter, by line shape (issue 9).

Why: on hosts the rules were not written against, a listing page (a section's or an
archive's list of headlines, each with a teaser and a link) loses its head and its
headlines: the section's label is taken for the site's name and the first item's headline
for the page's title, and a dated item printed on one line ("April 5, 2022 Headline In the
21st century, ...") keeps its headline glued to the teaser. These passes read only the
shape of the lines (Title Case runs, a sentence's opening word, the repeating
headline-teaser-link pattern, a comma list of short keywords), never a site's strings;
the words they read live in corpus/vocab.py. corpus/segment.py calls them from
rule_blocks.
"""

from __future__ import annotations

import re

from corpus.segment_shapes import BULLET, Block, caps_share, is_terminal, title_case
from corpus.segment_title import line_shape, masthead_like
from corpus.vocab import (
    SEGMENT_FORM_CONTROLS,
    SEGMENT_MONTHS,
    SEGMENT_SENTENCE_OPENERS,
    SEGMENT_TITLE_SMALL_WORDS,
)

_WORD = re.compile(r"\S+")
_OPENERS = frozenset(SEGMENT_SENTENCE_OPENERS)
_SMALL = frozenset(SEGMENT_TITLE_SMALL_WORDS)
# A headline cut off its teaser: 4 to 20 words; the teaser a sentence of 8 words or more.
_MIN_HEAD, _MAX_HEAD, _MIN_TEASER = 4, 20, 8
# Furniture a listing item may end with (its "Read more" link) or stand over (its date).
_ITEM_ENDS = frozenset(("widget", "related_links", "heading", "metadata", "title"))
_HEAD_FURNITURE = frozenset(("widget", "ad", "navigation", "metadata", "reader_prompt",
                             "related_links", "comments", "social_post"))


def headline_cut(s: str) -> int | None:
    """Where a Title Case headline run into its teaser ends: the teaser opens with a
    capitalised sentence opener ("In", "The") at most four words before the first
    lower-case word that is not one of Title Case's small words ("Missions In the 21st
    century, ..."). None when s does not read so."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(s)]
    stop = None
    for n, (_, w) in enumerate(words):
        first = next((c for c in w if c.isalpha()), "")
        if not first or first.isupper() or w.lower().strip(",:;") in _SMALL:
            continue
        stop = n
        break
    if stop is None or stop <= _MIN_HEAD:
        return None
    for n in range(stop - 1, max(_MIN_HEAD, stop - 5) - 1, -1):
        w, before = words[n][1], words[n - 1][1]
        if w in _OPENERS and before.lower() not in _SMALL and before[-1:] not in ",:;-–—":
            head, teaser = s[:words[n][0]].rstrip(), s[words[n][0]:]
            if _MIN_HEAD <= len(head.split()) <= _MAX_HEAD and title_case(head) and \
                    caps_share(head) >= 0.7 and not is_terminal(head) and \
                    len(teaser.split()) >= _MIN_TEASER and is_terminal(teaser):
                return words[n][0]
            return None
    return None


def split_headline(text: str, b: Block) -> list[Block]:
    """A listing item printed on one line, its date cut off (corpus/segment_links.py): a
    Title Case headline and its teaser, two blocks (the headline finder and the heading
    rule then decide the first); any other block alone."""
    cut = headline_cut(b.text) if b.kind is None and len(b.lines) == 1 else None
    if cut is None:
        return [b]
    at = b.start + cut
    head_end = b.start + len(b.text[:cut].rstrip())
    return [Block(b.start, head_end, text[b.start:head_end], None, b.lines),
            Block(at, b.end, text[at:b.end], None, b.lines)]


def keyword_line(s: str) -> bool:
    """A comma list of four or more short keywords, no digit, no sentence end ("News,
    commentary, photos, budget"): a page's keywords, not a headline."""
    parts = s.split(", ")
    return len(parts) >= 4 and len(s) <= 120 and not is_terminal(s) and all(
        1 <= len(p.split()) <= 3 and not any(c.isdecimal() for c in p) for p in parts)


def head_keywords(blocks: list[Block]) -> None:
    """The page's first line, a keyword list over the site's furniture, is navigation; a
    month and year alone at the head of the page (an archive's month: "September, 2018",
    "· September, 2012") is metadata, never the headline."""
    if len(blocks) >= 2 and blocks[0].kind is None and len(blocks[0].lines) == 1 and \
            blocks[1].kind in _HEAD_FURNITURE and keyword_line(blocks[0].text):
        blocks[0].kind = "navigation"
    for b in blocks[:_HEAD_LINES]:
        if b.kind is None and b.text[-1:].isdecimal() and len(b.text) <= 30 and \
                _MONTH_YEAR.match(b.text):
            b.kind = "metadata"


_HEAD_LINES = 5
_MONTH_YEAR = re.compile(
    r"^[·•|/\s-]*(?:" + "|".join(SEGMENT_MONTHS) + r")\.?,?\s+(?:19|20)\d\d$", re.I)


def _item(blocks: list[Block], k: int) -> bool:
    """A listing item at k: its headline, one teaser under it, then a link, a date or the
    next headline (or the page's end)."""
    if k + 1 >= len(blocks) or blocks[k + 1].kind is not None:
        return False
    return k + 2 >= len(blocks) or blocks[k + 2].kind in _ITEM_ENDS


def listing_head(blocks: list[Block]) -> None:
    """On a listing page (the title and two or more headings after it each an item of one
    teaser), the short label opening the page above the title ("News & Events") is the
    listing's title and the first item's headline a heading, as the others are."""
    t = next((k for k, b in enumerate(blocks) if b.kind == "title"), None)
    if t is None or t == 0:
        return
    at = t - 1  # the label, above the listing's month line or filter box ("• October")
    while at > 0 and blocks[at].kind in ("metadata", "widget") and len(blocks[at].text) <= 60:
        at -= 1
    label = blocks[at]
    if label.kind != "navigation" or len(label.lines) != 1 or \
            not masthead_like(label.text) or len(label.text.split()) > 4 or \
            caps_share(label.text) < 1.0 or \
            any(b.kind not in _HEAD_FURNITURE for b in blocks[:at]):
        return  # (most pages: no label over the title; the items are not read)
    bulleted = [k for k in range(t + 1, len(blocks)) if _bullet_headline(blocks, k)]
    for k in bulleted:  # (provisionally, so that _item reads them as the items' ends)
        blocks[k].kind = "heading"
    if not _item(blocks, t):
        for k in bulleted:
            blocks[k].kind = None
        return
    items = sum(1 for k in range(t + 1, len(blocks))
                if blocks[k].kind == "heading" and _item(blocks, k))
    if items >= 2:
        label.kind, blocks[t].kind = "title", "heading"
        for k in bulleted:
            if not _item(blocks, k):
                blocks[k].kind = None
    else:
        for k in bulleted:
            blocks[k].kind = None


def _bullet_headline(blocks: list[Block], k: int) -> bool:
    """A listed headline behind a bullet ("• Corps Restores Channels After Storm") with its
    teaser under it: undecided, one line, headline-shaped once the bullet is off."""
    b = blocks[k]
    if b.kind is not None or len(b.lines) != 1 or len(b.text) > 200 or k + 1 >= len(blocks):
        return False
    m = BULLET.match(b.text)
    if m is None or blocks[k + 1].kind is not None or BULLET.match(blocks[k + 1].text):
        return False
    rest = b.text[m.end():]
    return len(rest.split()) >= 3 and line_shape(rest) == "h"


def glued_crumbs(blocks: list[Block], i: int) -> bool:
    """A breadcrumb whose items ran together when the markup was stripped, ending with the
    headline printed on the next line, whole or cut short ("HomeCommentaryThe Head..." over
    "The Headline"): the breadcrumb (navigation)."""
    if i + 1 >= len(blocks):
        return False
    s, t = blocks[i].text, blocks[i + 1].text
    if len(blocks[i].lines) != 1 or len(t) < 15:
        return False
    cut = s.removesuffix("...").removesuffix("…")  # the last crumb cut short: "Headline..."
    at = cut.find(t[:15])
    if at <= 0 or not (t.startswith(cut[at:]) and (cut != s or cut[at:] == t)):
        return False
    crumbs = s[:at]
    return len(crumbs) <= 40 and not is_terminal(crumbs) and (
        crumbs[-1:].isalpha() or crumbs.rstrip()[-1:] in _CRUMB_SIGNS)


_CRUMB_SIGNS = frozenset(">›»/|:-–—")


def archive_head(blocks: list[Block]) -> None:
    """An archive's head opening the page ("Archive for the 'Lessons' Category:", "Archives
    for X") is the listing's title, the first item's headline under it a heading; an
    archive's month alone ("Archives July 2020": a sidebar's) is navigation."""
    for k, b in enumerate(blocks[:_HEAD_LINES]):
        if b.text[:1] not in "AaTt" or b.kind not in (None, "title", "heading") or \
                len(b.lines) != 1 or len(b.text) > 80:
            continue  # (exact pre-filter: both patterns open with "archive" or "the")
        if _ARCHIVE_MONTH.match(b.text):
            if b.kind == "title":
                nxt = next((x for x in blocks[k + 1:k + 4] if x.kind == "heading"), None)
                if nxt is not None:
                    nxt.kind = "title"
            b.kind = "navigation"
            return
        if _ARCHIVE_FOR.match(b.text) and b.kind != "title":
            t = next((x for x in blocks[k + 1:k + 6] if x.kind == "title"), None)
            if t is not None:
                b.kind, t.kind = "title", "heading"
            return


_ARCHIVE_FOR = re.compile(r"^(?:the )?archives? (?:for|of) \S.{0,70}$", re.I)
_ARCHIVE_MONTH = re.compile(
    r"^archives?\s+(?:" + "|".join(SEGMENT_MONTHS) + r")\.?,?\s+(?:19|20)\d\d$", re.I)


# A form's field alone on its line: a label, a colon, at most two words of value
# ("Results:", "Archive: 2020", "Sort by: Date").
_FORM_FIELD = re.compile(r"^[A-Za-z][A-Za-z ]{0,20}:\s*(?:[\w-]+(?: [\w-]+)?)?$")
_CONTROLS = frozenset(SEGMENT_FORM_CONTROLS)
_CONTROL_CHARS = max(map(len, SEGMENT_FORM_CONTROLS)) + 2


def filter_boxes(text: str, blocks: list[Block]) -> list[Block]:
    """A listing's filter form: one to four field lines ("Results:", "Archive: 2020") and
    a button alone on the last line ("Clear": corpus/vocab.py), one line each in one
    group: one ``widget``. Both shapes are needed: a field line alone is a label or a
    dateline, a button word alone may be a heading."""
    for b in blocks:
        if len(b.text) <= _CONTROL_CHARS and b.text.strip(" .»›").lower() in _CONTROLS:
            break
    else:
        return blocks  # (most pages have no form's button)
    out: list[Block] = []
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        j = i
        while j < n and j - i < 4 and ":" in blocks[j].text and len(blocks[j].lines) == 1 and \
                blocks[j].kind in (None, "dateline", "metadata", "heading") and \
                blocks[j].lines[0].group == b.lines[0].group and \
                len(blocks[j].text) <= 40 and _FORM_FIELD.match(blocks[j].text):
            j += 1
        if j > i and j < n and len(blocks[j].lines) == 1 and \
                blocks[j].lines[0].group == b.lines[0].group and \
                blocks[j].text.strip(" .»›").lower() in _CONTROLS:
            a, e = b.start, blocks[j].end
            out.append(Block(a, e, text[a:e], "widget", [x.lines[0] for x in blocks[i:j + 1]]))
            i = j + 1
            continue
        out.append(b)
        i += 1
    return out

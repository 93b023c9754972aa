"""A wiki's section edit links glued to the lines around them, cut off (issue 9, dev 13).

Why: a MediaWiki page whose markup is stripped prints each section's ``[edit]`` link glued
to the end of the section's heading ("Audio file[edit]") or to the start of the section's
first line ("[edit]- Sunday, August 12, 2007"), so the heading is no heading and the
bullet under it is no bullet. The link is the wiki engine's furniture, not a site's
string: cut at the link, each piece becomes a line of its own, classified by the line
rules as if it stood alone, and the link itself is a ``widget``. A link inside a
sentence ("the [edit] button") is not glued to a line's end or start and is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from corpus.segment_shapes import Block, Line, is_terminal
from corpus.vocab import SEGMENT_SECTION_HEADS, SEGMENT_STAGE_CUES

EDIT_LINK = "[edit]"


def edit_lines(lines: list[Line], line_kind: Callable[[str], tuple[str | None, bool]]
               ) -> list[Line]:
    """lines with every ``[edit]`` glued to a line's end or start cut into a line of its
    own (kind widget), the rest of the line classified again by ``line_kind`` (the line
    rules: (kind, starts) of a text). Lines without the link come back unchanged."""
    out: list[Line] = []
    n = len(EDIT_LINK)
    for ln in lines:
        s = ln.text
        if EDIT_LINK not in s or s == EDIT_LINK:
            if s == EDIT_LINK:
                ln.kind, ln.starts = "widget", True
            out.append(ln)
            continue
        cuts: list[tuple[int, int]] = []  # (start, end) of the links cut, relative
        if s.startswith(EDIT_LINK) and not s[n:n + 1].isspace():
            cuts.append((0, n))
        if s.endswith(EDIT_LINK) and not s[-n - 1:-n].isspace() and len(s) > n:
            cuts.append((len(s) - n, len(s)))
        if not cuts:
            out.append(ln)
            continue
        pos = 0
        for a, e in cuts + [(len(s), len(s))]:
            piece = s[pos:a].strip()
            if piece:
                lead = pos + len(s[pos:a]) - len(s[pos:a].lstrip())
                kind, starts = line_kind(piece)
                out.append(Line(ln.start + lead, ln.start + lead + len(piece), piece,
                                ln.group, kind, starts))
            if e > a:
                out.append(Line(ln.start + a, ln.start + e, EDIT_LINK, ln.group, "widget",
                                True))
            pos = e
    return out


_BULLETS = "-*•·▪–"


def _item(b: Block) -> bool:
    """An undecided bullet item of several words (a one-word bullet or one closing on a
    colon is a label opening something else: "- Note")."""
    s = b.text
    return b.kind is None and s[:1] in _BULLETS and len(s) > 2 and s[1] == " " and (
        " " in s[2:].strip()) and not s.rstrip().endswith(":")


def section_lists(text: str, blocks: list[Block]) -> list[Block]:
    """The bullet items under a wiki's closing section head ("Sources", "External links",
    "Related news": corpus/vocab.py) and its edit link, one block of the section's kind
    (corpus/segment_boxes.py would join the link and the items into one widget);
    placeholder items included (a wiki template's "- Optional section"): whatever they
    say, they are the section's list, not the story."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        out.append(b)
        i += 1
        kind = SEGMENT_SECTION_HEADS.get(b.text.strip(" :").lower()) if len(b.text) <= 24 \
            and b.kind in (None, "heading", "related_links", "source_footer") else None
        if kind is None:
            continue
        head = b
        if i == len(blocks) or blocks[i].text != EDIT_LINK:
            continue  # (a list under a head without the link: the box rules' to decide)
        out.append(blocks[i])
        i += 1
        j = i
        while j < len(blocks) and _item(blocks[j]):
            j += 1
        if j > i:
            items = blocks[i:j]
            a, e = items[0].start, items[-1].end
            out.append(Block(a, e, text[a:e], kind, [ln for x in items for ln in x.lines]))
            i = j
            if head.kind is None:
                head.kind = "heading"  # (the head of a list: the classifier is not asked)
    return out


_CUES = frozenset(SEGMENT_STAGE_CUES)


def stage_cues(blocks: list[Block]) -> None:
    """A script's stage cue alone on its line ("(MUSIC)", "[APPLAUSE]": corpus/vocab.py)
    is body, the script's own text: decided here so that the furniture classifier, which
    reads a short capitalised line as a menu item, is not asked."""
    for b in blocks:
        s = b.text
        if b.kind is None and 5 <= len(s) <= 24 and s[0] in "([" and s[-1] in ")]" and \
                s[1:-1].strip().lower() in _CUES:
            b.kind = "body"


# A wiki's media box closes on the engine's help link, the last words of its line
# ("Problems listening to the file? See media help."); the lines above it in its group
# that name the medium are its title and its recorder's field ("Audio ...", "Recorded by: ...").
_MEDIA_HELP = re.compile(r"\bproblems (?:listening to|playing|viewing|hearing) (?:the|this) "
                         r"(?:file|audio|video|recording)s?\s*\?\s*see (?:the )?media help"
                         r"\.?[\s|]*$",
                         re.I)
_MEDIA_WORD = re.compile(r"\b(?:audio|video|recorded|recording|spoken|listen|sound|podcast|"
                         r"file|mp3|ogg)\b", re.I)
_MEDIA_TITLE_LINES = 3


def media_boxes(text: str, blocks: list[Block]) -> list[Block]:
    """A wiki's media box (its title, its recorder, its help link: several lines, or one
    row of a flattened table), one ``widget`` block; the blocks it cuts through keep
    their other lines (the lines after it undecided)."""
    lines = [ln for b in blocks for ln in b.lines]
    boxes: list[tuple[int, int]] = []  # (start, end) offsets of each box
    for k, ln in enumerate(lines):
        if len(ln.text) > 300 or _MEDIA_HELP.search(ln.text) is None:
            continue
        j = k
        while j > 0 and k - j < _MEDIA_TITLE_LINES and lines[j - 1].group == ln.group and \
                len(lines[j - 1].text) <= 80 and not is_terminal(lines[j - 1].text) and \
                _MEDIA_WORD.search(lines[j - 1].text) and not (boxes and lines[j - 1].start
                                                               < boxes[-1][1]):
            j -= 1
        boxes.append((lines[j].start, ln.end))
    if not boxes:
        return blocks
    out: list[Block] = []
    for b in blocks:
        inside = [(a, e) for a, e in boxes if a < b.end and e > b.start]
        if not inside:
            out.append(b)
            continue
        rest = b.lines
        for a, e in inside:
            before = [ln for ln in rest if ln.end <= a]
            if before:
                out.append(Block(before[0].start, before[-1].end,
                                 text[before[0].start:before[-1].end],
                                 b.kind if before is rest else None, before))
            box = [ln for ln in rest if a <= ln.start and ln.end <= e]
            if box and box[0].start == a:  # (the box's first block)
                out.append(Block(a, e, text[a:e], "widget",
                                 [ln for x in blocks for ln in x.lines
                                  if a <= ln.start and ln.end <= e]))
            rest = [ln for ln in rest if ln.start >= e]
        if rest:
            out.append(Block(rest[0].start, rest[-1].end, text[rest[0].start:rest[-1].end],
                             None, rest))
    return out

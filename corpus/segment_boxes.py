"""Box-level decisions of the layout segmenter: lines that make ONE piece of furniture
together (a list of links under its head, a score box of names and bare numbers) become
one segment, as the gold cuts boxes (evaluation/GUIDELINES-evalset.md: "one piece of
furniture even when it runs over several lines").

Why: deciding one block at a time cannot reach a box whose lines the rules cut apart (a
bullet list of links is one related-links box in the gold, not one body segment per
item; a match's score box is one data table). Runs only on line shapes (bullets, length,
sentence ends, bare numbers, the line groups), never on a site's wording.
"""

from __future__ import annotations

from corpus.segment_shapes import BULLET, SENTENCE_END, Block, core, is_terminal
from corpus.vocab import SEGMENT_BOILERPLATE_KINDS

_BOILERPLATE = frozenset(SEGMENT_BOILERPLATE_KINDS)
_ITEM_MAX = 160  # a link's headline; a longer bullet is prose
_HEAD_MAX = 60  # a box's head or a trailing caption line ("Location of Australia")
_CELL_MAX = 60  # a score box's cell


def _one_line(b: Block) -> bool:
    return len(b.lines) == 1 and "\n" not in b.text


def _link_item(b: Block) -> bool:
    """A bullet whose text is a link's headline: short, no sentence end (a headline may
    ask: "- What Is Clubhouse and Why Did It Get So Popular?")."""
    return _one_line(b) and len(b.text) <= _ITEM_MAX and bool(BULLET.match(b.text)) and (
        core(b.text)[-1:] not in SENTENCE_END or core(b.text)[-1:] == "?")


def _bare(b: Block, limit: int) -> bool:
    """A short line that is no sentence (a head may end in '!' or ':'); the length first,
    which most blocks (paragraphs) fail at once."""
    s = b.text
    return len(s) <= limit and _one_line(b) and not BULLET.match(s) and (
        not is_terminal(s) or core(s)[-1:] in "!:") and any(map(str.isalpha, s))


def _group(b: Block) -> int:
    return b.lines[0].group if b.lines else -1


def _merge(text: str, box: list[Block], kind: str) -> Block:
    return Block(box[0].start, box[-1].end, text[box[0].start:box[-1].end], kind,
                  [ln for x in box for ln in x.lines])


def _box_kind(box: list[Block], default: str) -> str:
    return next((b.kind for b in box if b.kind in _BOILERPLATE), default)


def list_boxes(text: str, blocks: list[Block]) -> list[Block]:
    """A head line, two or more link bullets and the short lines closing them (an icon's
    name, a map's caption), all in one line group, become one related-links box; a head
    line directly over bullets opens the next box. A bullet ending in a full stop is a
    list item of the article (body) and keeps the run from being a box."""
    out: list[Block] = []
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        # (the head's length first, inlined: most blocks are paragraphs, spared the call)
        if not (len(b.text) <= _HEAD_MAX and _bare(b, _HEAD_MAX) and i + 2 < n
                and _link_item(blocks[i + 1])
                and _group(blocks[i + 1]) == _group(b)):
            out.append(b)
            i += 1
            continue
        g = _group(b)
        j = i + 1
        while j < n and _group(blocks[j]) == g and _link_item(blocks[j]):
            j += 1
        items = j - i - 1
        # closing lines: short bare lines up to the group's end or the next box's head
        k = j
        while k < n and _group(blocks[k]) == g and _bare(blocks[k], _HEAD_MAX) and not (
                k + 1 < n and _group(blocks[k + 1]) == g and _link_item(blocks[k + 1])):
            k += 1
        if k < n and _group(blocks[k]) == g and not (
                _bare(blocks[k], _HEAD_MAX) and k + 1 < n and _link_item(blocks[k + 1])):
            k = j  # prose goes on in the group: the closing lines are not the box's
        if items < 2 or (j < n and _group(blocks[j]) == g and BULLET.match(blocks[j].text)) \
                or not _box_evidence(blocks[i:k]):
            out.append(b)  # one item, a sentence bullet, or no sign of a box: the article's
            i += 1  # own list ("The measures include:\n• a night curfew\n• ...")
            continue
        # a heading line alone right above the head (a section's name over its box)
        start = i
        if out and _group(out[-1]) == g and _bare(out[-1], _HEAD_MAX) and (
                out[-1].kind is None or out[-1].kind == "heading"):
            start -= 1
            out.pop()
        box = blocks[start:k]
        out.append(_merge(text, box, _box_kind(box, "related_links")))
        i = k
    return out


def _box_evidence(box: list[Block]) -> bool:
    """Something says the list is the site's, not the article's: a line of it the rules
    call furniture ("Related articles"), or a head that appeals ("Collaborate!"); and no
    item reads as the end of a lead-in sentence (lower-case, "• a night curfew")."""
    items = [b for b in box if BULLET.match(b.text)]
    if any(BULLET.sub("", b.text, count=1)[:1].islower() for b in items):
        return False
    return any(b.kind in _BOILERPLATE for b in box) or core(box[0].text)[-1:] == "!"


def _number(s: str) -> bool:
    """A bare number ("12", "1,203", "3.5"). Its first character is a digit or a sign
    removed before the digit test: that look-up spares two copies of every paragraph."""
    c = s[:1]
    return (c.isdecimal() or c in ",.") and s.replace(",", "").replace(".", "").isdecimal()


def score_boxes(text: str, blocks: list[Block]) -> list[Block]:
    """A run of short cells in one line group, two or more of them bare numbers, with a
    name between the numbers ("Nambour\\n12\\nNoosa\\n23"): one data table, from the cell
    above the first number's name to the line after the last number."""
    out: list[Block] = []
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        c = b.text[:1]  # (_number's own first test, inlined: most blocks fail it)
        if not ((c.isdecimal() or c in ",.") and _number(b.text) and _one_line(b)):
            out.append(b)
            i += 1
            continue
        g = _group(b)
        # the numbers with one name cell between each two: name, number, name, number
        j = i
        nums = 0
        while j < n and _group(blocks[j]) == g and _one_line(blocks[j]) and _number(
                blocks[j].text):
            nums += 1
            if j + 2 < n and _group(blocks[j + 2]) == g and _cell(blocks[j + 1]) and \
                    _number(blocks[j + 2].text):
                j += 2
            else:
                j += 1
                break
        start = len(out) - 1  # the name above the first number
        if nums < 2 or start < 0 or _group(out[start]) != g or not _cell(out[start]):
            out.append(b)
            i += 1
            continue
        if start >= 1 and _group(out[start - 1]) == g and (
                _cell(out[start - 1]) or out[start - 1].kind == "metadata") and len(
                out[start - 1].text) <= _CELL_MAX:
            start -= 1  # the box's date or title cell
        if j < n and _group(blocks[j]) == g and _cell(blocks[j]):
            j += 1  # the venue cell closing it
        box = out[start:] + blocks[i:j]
        del out[start:]
        out.append(_merge(text, box, "data_table"))
        i = j
    return out


def _cell(b: Block) -> bool:
    return _one_line(b) and len(b.text) <= _CELL_MAX and not is_terminal(b.text) and (
        b.kind is None or b.kind in ("heading", "metadata", "dateline")) and not BULLET.match(
        b.text)


_ARROWS = ("» ", "› ", "→ ")  # (not ">": the quoted lines of an e-mail reply)
_THROUGH = frozenset((None, "heading", "related_links", "navigation", "reader_prompt"))


def _arrow_link(b: Block) -> bool:
    """A short line opening with a link arrow (the arrow first: most lines open with none)."""
    return b.text.startswith(_ARROWS) and len(b.text) <= _ITEM_MAX and _one_line(b) and \
        b.kind in _THROUGH


def arrow_boxes(text: str, blocks: list[Block]) -> list[Block]:
    """Three or more lines in a row opening with a link arrow ("» Listen to the show",
    "» Read the blog"), blank lines between them or not: one related-links box."""
    out: list[Block] = []
    i, n = 0, len(blocks)
    while i < n:
        j = i
        while j < n and _arrow_link(blocks[j]):
            j += 1
        if j - i >= 3:
            out.append(_merge(text, blocks[i:j], _box_kind(blocks[i:j], "related_links")))
            i = j
        else:
            out.append(blocks[i])
            i += 1
    return out


_ICON_EXT = (".svg", ".png", ".jpg", ".jpeg", ".gif")
_SIDEBAR_MAX = 120


def _icon(b: Block) -> bool:
    """An image's file name ending its short lines ("Flag of Peru.svg", "Sports icon.png",
    or under the line it was run into: "... see the Peru Portal\nFlag of Peru.svg")."""
    last = b.lines[-1].text if b.lines else b.text
    return len(last) <= 80 and last.lower().endswith(_ICON_EXT) and b.kind in _ICON_KINDS \
        and len(b.lines) <= 2 and all(len(ln.text) <= _SIDEBAR_MAX for ln in b.lines)


_ICON_KINDS = _THROUGH | {"caption"}


def _side_line(b: Block) -> bool:
    return _one_line(b) and len(b.text) <= _SIDEBAR_MAX and b.kind in _THROUGH and (
        core(b.text)[-1:] not in SENTENCE_END) and any(map(str.isalpha, b.text))


def icon_boxes(text: str, blocks: list[Block]) -> list[Block]:
    """A sidebar box around an icon's file name: the short lines above it back to the
    page's date or other furniture (its head, its links, a map's caption) and the short
    unpunctuated line under it, three or more in all, are one related-links box."""
    out: list[Block] = []
    i, n = 0, len(blocks)
    while i < n:
        b = blocks[i]
        if not _icon(b):
            out.append(b)
            i += 1
            continue
        start = len(out)
        while start > 0 and _side_line(out[start - 1]):
            start -= 1
        j = i + 1
        if j < n and _side_line(blocks[j]) and not _icon(blocks[j]) and blocks[j].kind in (
                None, "heading", "related_links") and (
                _group(blocks[j]) == b.lines[-1].group or j + 1 >= n
                or _group(blocks[j + 1]) != _group(blocks[j])):
            j += 1  # the box's last link under the icon ("Other sports stories"), in the
            # icon's group or alone in its own (not a photo's caption over its credit)
        box = out[start:] + blocks[i:j]
        if len(box) < 3 or (start > 0 and out[start - 1].kind not in _BOILERPLATE):
            out.append(b)  # no furniture above it: an image inside the article
            i += 1
            continue
        del out[start:]
        out.append(_merge(text, box, "related_links"))
        i = j
    return out

"""Rows and checks for the segmenter's case tables (tests/test_segment_unseen_furniture.py,
tests/test_segment_boxes.py), so that each file is a table of invented pages and its tests
share one body per kind of claim instead of one near-copy function per case.

Segments tile the text (``segment_text``), so a span names exactly one place: a row's span
must occur once in its page, and then "a segment with this text" and "the segment at this
offset" are the same claim.
"""

from __future__ import annotations

import pytest

from corpus.segment import segment_text
from corpus.vocab import SEGMENT_BOILERPLATE_KINDS

# any furniture kind: what a row expects when the gold would accept any of them
FURNITURE: tuple[str, ...] = SEGMENT_BOILERPLATE_KINDS

PROSE = ("The council voted on Tuesday to close the old bridge to lorries after engineers "
         "found cracks in two of its piers, the mayor's office said in a statement.")


def between_paragraphs(block: str) -> str:
    """A page with the block between two paragraphs and before a third, where furniture
    inserted into a page usually stands."""
    return f"{PROSE}\n\n{PROSE}\n\n{block}\n\n{PROSE}"


def one_segment(name: str, text: str, span: str, kind: str | tuple[str, ...] = FURNITURE):
    """A row: the span is one whole segment of the kind (or of any of the kinds)."""
    return pytest.param(text, span, (kind,) if isinstance(kind, str) else kind, id=name)


def stays_text(name: str, text: str, span: str):
    """A row: no furniture segment holds the span's first character."""
    return pytest.param(text, span, id=name)


def no_segment(name: str, text: str, kind: str, containing: str = ""):
    """A row: no segment of the kind whose text contains ``containing`` (anywhere: "")."""
    return pytest.param(text, kind, containing, id=name)


def offset(text: str, span: str) -> int:
    """Where the span stands; a span found twice would make its row ambiguous."""
    assert text.count(span) == 1, f"{span!r} occurs {text.count(span)} times in the page"
    return text.index(span)


def check_one_segment(text: str, span: str, kinds: tuple[str, ...]) -> None:
    """Some segment is exactly the span and has one of the kinds (one at most is exactly the
    span, as segments tile the text)."""
    a = offset(text, span)
    at = [k for s, e, k in segment_text(text) if s == a and e == a + len(span)]
    assert any(k in kinds for k in at), f"segments exactly at the span: {at}"


def check_stays_text(text: str, span: str) -> None:
    """No segment holding the span's first character is furniture."""
    a = offset(text, span)
    holding = [k for s, e, k in segment_text(text) if s <= a < e]
    assert not any(k in FURNITURE for k in holding), f"segments holding it: {holding}"


def check_no_segment(text: str, kind: str, containing: str) -> None:
    """No segment of the kind contains ``containing``."""
    found = [text[s:e] for s, e, k in segment_text(text) if k == kind and containing in text[s:e]]
    assert not found, f"{kind} segments: {found}"


def table_tests(one: list, stays: list):
    """The two tests every case table of invented pages runs, parametrized by its rows:
    ``test_the_span_is_one_segment_of_its_kind`` over ``one`` (rows of :func:`one_segment`)
    and ``test_the_span_stays_text`` over ``stays`` (rows of :func:`stays_text`). A module
    binds them to those names (pytest collects them by the names they are bound to)."""

    @pytest.mark.parametrize("text,span,kinds", one)
    def test_the_span_is_one_segment_of_its_kind(text: str, span: str,
                                                  kinds: tuple[str, ...]) -> None:
        check_one_segment(text, span, kinds)

    @pytest.mark.parametrize("text,span", stays)
    def test_the_span_stays_text(text: str, span: str) -> None:
        check_stays_text(text, span)

    return test_the_span_is_one_segment_of_its_kind, test_the_span_stays_text

"""Shared pieces of the PERSON case tables (tests/test_entities_unseen*.py,
tests/test_preannotate.py): the pre-annotator's PERSON mentions of an invented text, each
checked against the text it claims, and the marks for rows that need the optional word and
given-name lists, so that each file is a table of rows, not another copy of its helpers."""

from __future__ import annotations

import pytest

from corpus.preannotate.entities import extract_mentions
from corpus.preannotate.gazetteer import common_words, world_given

needs_english = pytest.mark.skipif(not common_words(), reason="english-words not installed")
needs_world = pytest.mark.skipif(not world_given(), reason="nomquamgender not installed")


def persons(text: str) -> list[str]:
    """The PERSON mentions' texts, in order; every mention's span must hold its text."""
    out = []
    for m in extract_mentions(text):
        assert text[m.start : m.end] == m.text
        if m.label == "PERSON":
            out.append(m.text)
    return out


def world(name: str, text: str, *expected: object):
    """A row that needs the world given-name lists (nomquamgender)."""
    return pytest.param(text, *expected, id=name, marks=needs_world)

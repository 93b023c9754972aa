"""The only place offsets change unit: code points <-> UTF-16 code units <-> UTF-8 bytes.

The corpus counts Python code points. Label Studio 1.23 does too: its editor builds the
region offsets from ``[...text]`` (code points, see ``RichText/domManager.ts``), counts
``\\r`` and ``\\n`` as one unit each, and the server stores them untouched (measured in
``tests/test_labelstudio_server.py``). Older versions counted UTF-16 units, so the unit is
a parameter here and every conversion goes through this module.
"""

from __future__ import annotations

from typing import Literal

Unit = Literal["codepoint", "utf16", "utf8"]

# What the Label Studio server in .venv-labelstudio uses (measured, see module doc).
LABEL_STUDIO_UNIT: Unit = "codepoint"


def _width(ch: str, unit: Unit) -> int:
    if unit == "codepoint":
        return 1
    if unit == "utf16":
        return 2 if ord(ch) > 0xFFFF else 1
    if unit == "utf8":
        return len(ch.encode("utf-8", "surrogatepass"))
    raise ValueError(f"unknown offset unit {unit!r}")


def to_unit(text: str, offset: int, unit: Unit) -> int:
    """Code-point ``offset`` into ``text`` as an offset in ``unit``."""
    if not 0 <= offset <= len(text):
        raise ValueError(f"offset {offset} outside the text (0..{len(text)})")
    if unit == "codepoint":
        return offset
    return sum(_width(ch, unit) for ch in text[:offset])


def from_unit(text: str, offset: int, unit: Unit) -> int:
    """Offset in ``unit`` as a code-point offset; ValueError if it splits a character."""
    if unit == "codepoint":
        if not 0 <= offset <= len(text):
            raise ValueError(f"offset {offset} outside the text (0..{len(text)})")
        return offset
    if offset < 0:
        raise ValueError(f"offset {offset} is negative")
    pos = 0
    for i, ch in enumerate(text):
        if pos == offset:
            return i
        pos += _width(ch, unit)
        if pos > offset:
            raise ValueError(f"{unit} offset {offset} falls inside character {i} ({ch!r})")
    if pos == offset:
        return len(text)
    raise ValueError(f"{unit} offset {offset} outside the text (0..{pos})")


def span_to_unit(text: str, start: int, end: int, unit: Unit) -> tuple[int, int]:
    return to_unit(text, start, unit), to_unit(text, end, unit)


def span_from_unit(text: str, start: int, end: int, unit: Unit) -> tuple[int, int]:
    return from_unit(text, start, unit), from_unit(text, end, unit)


def slice_units(text: str, start: int, end: int, unit: Unit) -> str:
    """``text[start:end]`` where start and end count ``unit`` (what a JS or C reader sees)."""
    if unit == "codepoint":
        return text[start:end]
    if unit == "utf16":
        return text.encode("utf-16-le", "surrogatepass")[2 * start : 2 * end].decode(
            "utf-16-le", "surrogatepass"
        )
    return text.encode("utf-8", "surrogatepass")[start:end].decode("utf-8", "surrogatepass")

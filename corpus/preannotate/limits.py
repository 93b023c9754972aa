"""Keeping spaCy linear and inside its limits on any input, offsets unchanged.

spaCy refuses texts over ``nlp.max_length`` (E088, 1,000,000 characters) and its
tokenizer's prefix/suffix search is quadratic in the length of a run without white
space (95 KB of ``"`` took minutes). The entity pre-annotator therefore gives spaCy
*views* of the text: chunks cut at line ends, each under ``CHUNK`` characters, in which
every ``RUN``-th character of a long run without white space is replaced by a space.
A view has exactly the length of the text it stands for, so every offset spaCy
reports is an offset into the exact text; span texts are always taken from the text
itself, never from the view.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

CHUNK = 100_000  # characters per spaCy call (well under max_length; bounded memory)
RUN = 64  # no name is longer than this without a space
_LONG_RUN = re.compile(rf"\S{{{RUN + 1},}}")


def _break_runs(text: str) -> str:
    """Same length; runs longer than RUN broken by spaces every RUN characters."""
    def cut(m: re.Match[str]) -> str:
        run = m.group()
        return "".join(run[i:i + RUN - 1] + " " for i in range(0, len(run), RUN))[:len(run)]

    return _LONG_RUN.sub(cut, text)


def chunks(text: str, size: int = CHUNK) -> Iterator[tuple[int, str]]:
    """(offset, view) pairs covering ``text``, cut after a line end where there is one."""
    pos, n = 0, len(text)
    while pos < n:
        end = min(n, pos + size)
        if end < n:
            cut = text.rfind("\n", pos, end)
            end = cut + 1 if cut >= pos + size // 2 else end
        yield pos, _break_runs(text[pos:end])
        pos = end

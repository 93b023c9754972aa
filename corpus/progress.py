"""A status line on stderr for commands that take more than a second."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from rich.console import Console


@contextmanager
def status(first: str) -> Iterator[Callable[[str], None]]:
    """Yield ``step(message)``; the spinner shows the current step and disappears after."""
    console = Console(stderr=True, emoji=False)
    with console.status(first) as st:
        yield st.update

"""Evaluation figures quoted in the card and datasheet, computed at release time.

Each figure is recomputed from the project's files on every release (never pasted
from an earlier run), and its JSON goes into the release's ``stats.json``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyarrow as pa

from corpus.project import Project


@dataclass(frozen=True)
class Figure:
    title: str
    markdown: str
    data: dict = field(default_factory=dict)
    labelling: str | None = None  # one line for the datasheet's "how labels were made"


FigureFn = Callable[[Project, dict[str, pa.Table]], Figure | None]
FIGURES: list[FigureFn] = []


def collect_figures(project: Project, tables: dict[str, pa.Table]) -> list[Figure]:
    return [f for fn in FIGURES if (f := fn(project, tables)) is not None]

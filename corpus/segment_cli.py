"""`corpus segment PATH...`: the segmenter on any UTF-8 text files, as JSON Lines.

One record per segment (`file`, `start`, `end`, `text`, `kind`), the records of each file
tiling its exact text (code points, no newline translation). Every file is read before
anything is printed, so bad input gives an error and no partial output.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer


def segment(paths: Annotated[list[Path], typer.Argument(
        help="UTF-8 text files, in the corpus or not")]) -> None:
    """Run the segmenter and print one JSON record per segment to stdout."""
    from corpus.preannotate.cli import read_exact
    from corpus.segment import segment_text

    texts = [(str(p), read_exact(p)) for p in paths]
    for name, text in texts:
        for s, e, kind in segment_text(text):
            typer.echo(json.dumps({"file": name, "start": s, "end": e, "text": text[s:e],
                                   "kind": kind}, ensure_ascii=False))

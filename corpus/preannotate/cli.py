"""`corpus preannotate PATH...`: pre-annotations of any UTF-8 text files as JSON Lines.

Files are read byte-exact (no newline translation) so that offsets are code points into
the very text a user or the corpus holds; CRLF and astral characters count as they are.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any

import typer

from corpus.errors import CorpusError, Problem

LAYERS = ("quotes", "mentions")


def default_catalogue() -> Path | None:
    """The project's gold catalogue when run inside a project (files may be anywhere)."""
    from corpus.project import load_project

    try:
        path = load_project().catalogue
    except CorpusError:
        return None
    return path if path.is_file() else None


def read_exact(path: Path) -> str:
    """The file's exact text; invalid UTF-8 is a CorpusError naming the byte offset."""
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"{path}: cannot read ({e.strerror})",
                          [Problem(str(path), f"cannot read: {e.strerror}")]) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        what = f"invalid UTF-8 at byte offset {e.start}"
        raise CorpusError(f"{path}: {what}", [Problem(str(path), what)]) from None


def records(file: str, text: str, layers: tuple[str, ...],
            catalogue: Path | None, mentions: list | None = None) -> list[dict[str, Any]]:
    """JSONL records of one file, quotes then mentions, each in text order (``mentions``:
    already found by the batch pre-annotator, else found here)."""
    out: list[dict[str, Any]] = []
    if "quotes" in layers:
        from corpus.preannotate.quotes import extract_quotes

        for q in extract_quotes(text):
            out.append({
                "file": file, "layer": "quotes", "start": q.start, "end": q.end,
                "text": q.text, "kind": q.kind, "speaker": q.speaker,
                "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
                "speaker_text": q.speaker_text, "cue_start": q.cue_start,
                "cue_end": q.cue_end, "cue_text": q.cue_text, "group": q.group,
                "score": q.score,
            })
    if "mentions" in layers:
        from corpus.preannotate.entities import extract_mentions

        for m in (mentions if mentions is not None else extract_mentions(text, catalogue)):
            out.append({
                "file": file, "layer": "mentions", "start": m.start, "end": m.end,
                "text": m.text, "label": m.label, "entity_id": m.entity_id,
                "source": m.source, "score": m.score,
            })
    return out


def preannotate(
    paths: Annotated[list[Path], typer.Argument(help="UTF-8 text files, in the corpus or not")],
    catalogue: Annotated[Path | None, typer.Option(
        help="entity catalogue (JSONL: entity_id, name, label, aliases); default: the "
             "project's annotations/gold/entities.jsonl, when run inside a project")] = None,
    layers: Annotated[str, typer.Option(
        help="comma-separated layers to run: quotes, mentions")] = "quotes,mentions",
) -> None:
    """Run the pre-annotators and print one JSON record per span to stdout."""
    chosen = tuple(x.strip() for x in layers.split(",") if x.strip())
    bad = [x for x in chosen if x not in LAYERS]
    if bad:
        raise typer.BadParameter(f"unknown layer(s) {', '.join(bad)}; choose from {LAYERS}")
    if catalogue is None and "mentions" in chosen:
        catalogue = default_catalogue()
        if catalogue is None:  # said, not silent: mentions then come from rules alone
            typer.echo("note: no entity catalogue (not inside a StoryDrift project); "
                       "mentions come from the rules only; pass --catalogue FILE to use one",
                       err=True)
    if catalogue is not None and not catalogue.is_file():
        raise CorpusError(f"{catalogue}: catalogue not found",
                          [Problem(str(catalogue), "file not found")])
    if catalogue is not None:
        from corpus.preannotate.entities import load_catalogue

        load_catalogue(catalogue)  # a bad catalogue fails before anything is printed
    texts = [(str(p), read_exact(p)) for p in paths]  # fail before printing anything
    found: list = [None] * len(texts)
    if "mentions" in chosen:  # one pipeline, nlp.pipe over every file
        from corpus.preannotate.entities import extract_mentions_batch

        found = extract_mentions_batch([t for _, t in texts], catalogue)
    for (name, text), mentions in zip(texts, found, strict=True):
        for rec in records(name, text, chosen, catalogue, mentions):
            typer.echo(json.dumps(rec, ensure_ascii=False))

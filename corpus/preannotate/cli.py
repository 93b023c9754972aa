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
    from corpus.paths import shown

    where = shown(path)
    try:
        raw = path.read_bytes()
    except OSError as e:
        raise CorpusError(f"{where}: cannot read ({e.strerror})",
                          [Problem(where, f"cannot read: {e.strerror}")]) from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as e:
        what = f"invalid UTF-8 at byte offset {e.start}"
        raise CorpusError(f"{where}: {what}", [Problem(where, what)]) from None


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
    paths: Annotated[list[Path] | None, typer.Argument(
        help="UTF-8 text files, in the corpus or not (with --format layers: the corpus's "
             "documents; none = all of them)")] = None,
    catalogue: Annotated[Path | None, typer.Option(
        help="entity catalogue (JSONL: entity_id, name, label, aliases); default: the "
             "project's annotations/gold/entities.jsonl, when run inside a project")] = None,
    layers: Annotated[str, typer.Option(
        help="comma-separated layers to run: quotes, mentions")] = "quotes,mentions",
    fmt: Annotated[str, typer.Option(
        "--format", help="jsonl: records on stdout (the contract's form); layers: a layer "
        "folder in --out that `corpus validate --layers` accepts and `corpus labelstudio "
        "push --annotations` sends as predictions")] = "jsonl",
    out: Annotated[Path | None, typer.Option(
        help="folder for --format layers (created; its layer files are replaced)")] = None,
) -> None:
    """Run the pre-annotators: JSON records on stdout, or layer files (--format layers)."""
    chosen = tuple(x.strip() for x in layers.split(",") if x.strip())
    bad = [x for x in chosen if x not in LAYERS]
    if bad:
        raise typer.BadParameter(f"unknown layer(s) {', '.join(bad)}; choose from {LAYERS}")
    if fmt not in ("jsonl", "layers"):
        raise typer.BadParameter(f"unknown format {fmt!r}; choose jsonl or layers")
    if catalogue is None and ("mentions" in chosen or fmt == "layers"):
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
    if fmt == "layers":
        _write_layers(paths or [], catalogue, out)
        return
    if not paths:
        raise typer.BadParameter("give one or more files")
    texts = [(str(p), read_exact(p)) for p in paths]  # fail before printing anything
    found: list = [None] * len(texts)
    if "mentions" in chosen:  # one pipeline, nlp.pipe over every file
        from corpus.preannotate.entities import extract_mentions_batch

        found = extract_mentions_batch([t for _, t in texts], catalogue)
    for (name, text), mentions in zip(texts, found, strict=True):
        for rec in records(name, text, chosen, catalogue, mentions):
            typer.echo(json.dumps(rec, ensure_ascii=False))


def _write_layers(paths: list[Path], catalogue: Path | None, out: Path | None) -> None:
    """Layer files for corpus documents: their doc_ids come from the manifests, so the
    folder validates against the corpus (a file outside it has no doc_id)."""
    from corpus.documents import load_text
    from corpus.manifest import read_manifests
    from corpus.preannotate.entities import load_catalogue
    from corpus.preannotate.layers_out import write_layers
    from corpus.project import load_project

    if out is None:
        raise typer.BadParameter("--format layers needs --out DIR")
    project = load_project()
    entries = read_manifests(project.root, project.sources)
    by_path = {(project.root / e.file).resolve(): e for e in entries}
    chosen = entries
    if paths:
        problems = [Problem(str(p), "not a document of this corpus (no manifest lists it); "
                            "--format layers needs corpus documents") for p in paths
                    if Path(p).resolve() not in by_path]
        if problems:
            raise CorpusError("files outside the corpus", problems)
        chosen = [by_path[Path(p).resolve()] for p in paths]
    docs = {e.doc_id: load_text(project.root, e) for e in chosen}
    n = write_layers(out, docs, load_catalogue(catalogue), project.gold)
    typer.echo(f"wrote {out}: {n['quotes']} quotes, {n['mentions']} mentions, "
               f"{n['entities']} entities for {len(docs)} documents")

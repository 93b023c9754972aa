"""Exports of the gold layers to formats other tools read (brat, Citron, CoNLL, claims).

Why a separate package: each format is a pure function of (document texts, layer
records), so exports can be checked byte for byte and never touch the annotations.
The records come from a downloaded release (its Parquet files), from the project
(the same tables the release is built from) or from any folder of layer JSONL files.
All offsets are Python code points into the exact document text, as everywhere in
the corpus.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from corpus.errors import CorpusError, Problem
from corpus.paths import shown
from corpus.registry import REGISTRY

Gold = dict[str, list[dict[str, Any]]]


def export_layer_names() -> tuple[str, ...]:
    """The layers some export reads (declared with ``exports=`` in the layer registry)."""
    return tuple(la.name for la in REGISTRY.export_layers())


def load_gold(folder: str | Path) -> Gold:
    """The layers of a JSONL folder (absent files are empty), through the typed reader.

    Segments live outside the layer folders (``annotations/segments.jsonl``): a folder
    gives none, so brat then writes no Segment spans.
    """
    from corpus.layers import present_layers, read_folder_records

    recs = read_folder_records(Path(folder), only_present=False)
    if not set(export_layer_names()) & set(present_layers(Path(folder))):
        raise CorpusError(f"{shown(folder)}: no layer files to export",  # never empty exports
                          [Problem(shown(folder), "none of " + ", ".join(
                              sorted(f"{n}.jsonl" for n in export_layer_names())) + " is here")])
    return {name: recs.get(name, []) for name in export_layer_names()}


def load_release(folder: str | Path) -> tuple[Gold, dict[str, str]]:
    """Every table of a release directory (``data/<table>.parquet`` or its shards)."""
    import pyarrow.parquet as pq

    folder = Path(folder)
    data = folder / "data"
    if not (data / "documents.parquet").is_file() and not list(data.glob("documents-*.parquet")):
        raise CorpusError(f"{shown(folder)}: not a release directory",
                          [Problem(shown(folder), "no data/documents.parquet (or its shards)")])
    out: Gold = {}
    for layer in export_layer_names():
        files = sorted(data.glob(f"{layer}.parquet")) or sorted(data.glob(f"{layer}-*.parquet"))
        out[layer] = [r for f in files for r in pq.read_table(f).to_pylist()]
    texts = {d["doc_id"]: d["text"] for d in out["documents"]}
    return out, texts


def load_project_layers(root: Path | None) -> tuple[Gold, dict[str, str]]:
    """The project's tables exactly as the release would hold them (gate not run)."""
    from corpus.build import build_frames, release_table
    from corpus.project import load_project

    project = load_project(root)
    frames = build_frames(project)
    out = {layer: release_table(layer, frames[layer]).to_pylist()
           for layer in export_layer_names()}
    return out, {d["doc_id"]: d["text"] for d in out["documents"]}


def by_doc(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Records per doc_id, in (start, end) order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in sorted(records, key=lambda r: (r["doc_id"], r["start"], r["end"])):
        out.setdefault(r["doc_id"], []).append(r)
    return out


def doc_ids(gold: Gold, texts: dict[str, str]) -> list[str]:
    """Documents to export: every text we have that gold knows or annotates."""
    known = {d["doc_id"] for d in gold.get("documents", [])}
    known |= {r["doc_id"] for layer, recs in gold.items() if REGISTRY[layer].is_span
              for r in recs}
    return sorted(d for d in texts if d in known or not known)


class Format(StrEnum):
    brat = "brat"
    citron = "citron"
    conll = "conll"
    claims = "claims"


class ConllColumns(StrEnum):
    conll2003 = "conll2003"
    offsets = "offsets"


def export_cmd(
    fmt: Annotated[Format, typer.Argument(metavar="FORMAT",
                                          help="brat | citron | conll | claims")],
    out: Annotated[Path, typer.Option(help="output folder (created; files overwritten)")],
    release: Annotated[Path | None, typer.Option(
        help="a release directory (e.g. a downloaded dist/storydrift-<version>)")] = None,
    gold: Annotated[Path | None, typer.Option(
        help="a folder of layer JSONL files instead (e.g. annotations/passes/annotator_a)")
    ] = None,
    texts: Annotated[list[Path] | None, typer.Option(
        help="with --gold: source folder(s) of the texts (manifest.jsonl, else <doc_id>.txt)",
        show_default="the project's sources")] = None,
    conll_columns: Annotated[ConllColumns, typer.Option(
        help="conll: conll2003 (token -X- _ tag) or offsets (token start end tag)")
    ] = ConllColumns.conll2003,
    root: Annotated[Path | None, typer.Option(help="project folder (default: found from "
                                              "the current directory)")] = None,
) -> None:
    """Export the gold layers for other tools (from a release, the project, or JSONL files).

    Without --release or --gold, exports the project's own tables (as a release would
    hold them). brat: <doc_id>.txt + .ann with mentions, quotes (speaker, cue), claims,
    evidence and segments, plus annotation.conf, visual.conf, tools.conf and an entity
    normalisation table. citron: <doc_id>.json per document in Citron's format (quotes
    with no cue, e.g. scare quotes, are kept apart under storydrift_uncued_quotes).
    conll: mentions.conll. claims: claims.jsonl, each claim with its evidence. Offsets
    are code points; output bytes are deterministic.
    """
    from corpus.export import brat, citron, claims, conll

    if release is not None and gold is not None:
        raise CorpusError("give --release or --gold, not both",
                          [Problem("--release/--gold", "choose one source of layers")])
    if release is not None:
        g, tx = load_release(release)
    elif gold is not None:
        from corpus.documents import texts_from_paths

        if not texts:
            from corpus.project import load_project

            texts = load_project(root).source_paths
        g, tx = load_gold(gold), texts_from_paths(texts)
    else:
        g, tx = load_project_layers(root)
    if not doc_ids(g, tx):  # never "wrote 5 files" of nothing
        raise CorpusError("nothing to export: no annotated document has a text",
                          [Problem(shown(release or gold) if release or gold else "the project",
                                   f"none of the {len(tx)} texts is annotated")])
    if fmt is Format.conll:
        paths = conll.write(g, tx, out, columns=conll_columns.value)
    else:
        writer = {"brat": brat.write, "citron": citron.write, "claims": claims.write}[fmt.value]
        paths = writer(g, tx, out)
    typer.echo(f"wrote {len(paths)} files to {shown(out)}")

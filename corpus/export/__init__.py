"""Exports of the gold layer to formats other tools read (brat, Citron, CoNLL).

Why a separate package: each format is a pure function of (document text, gold
records), so exports can be checked byte for byte and never touch the annotations.
All offsets are Python code points into the exact document text, as everywhere in
the corpus.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from corpus.errors import CorpusError, Problem
from corpus.registry import REGISTRY

Gold = dict[str, list[dict[str, Any]]]


def load_gold(folder: str | Path) -> Gold:
    """The layers the exports read (absent files are empty), through the typed reader."""
    from corpus.layers import present_layers, read_folder_records

    names = {la.name for la in REGISTRY.export_layers()}
    recs = read_folder_records(Path(folder), only_present=False)
    if not names & set(present_layers(Path(folder))):  # not a gold folder: no empty exports
        raise CorpusError(f"{folder}: no layer files to export",
                          [Problem(str(folder), "none of " + ", ".join(
                              sorted(f"{n}.jsonl" for n in names)) + " is here")])
    return {la.name: recs[la.name] for la in REGISTRY.export_layers()}


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


def export_cmd(
    fmt: Annotated[Format, typer.Argument(metavar="FORMAT", help="brat | citron | conll")],
    out: Annotated[Path, typer.Option(help="output folder (created; files overwritten)")],
    gold: Annotated[Path | None, typer.Option(
        help="gold JSONL folder", show_default="annotations/gold")] = None,
    texts: Annotated[list[Path] | None, typer.Option(
        help="source folder(s) (manifest.jsonl, else <doc_id>.txt: the exact texts)",
        show_default="the project's sources")] = None,
    root: Annotated[Path | None, typer.Option(
        "--root", help="Project folder (default: found from the current directory).")] = None,
) -> None:
    """Export the gold layer from the annotation JSONL files (not a release's Parquet).

    Reads the gold layers the formats use (documents, entities, mentions, quotes, claims)
    and the texts of every source of the project (or of --texts). brat: <doc_id>.txt +
    <doc_id>.ann + annotation.conf, offsets in code points (as brat's Python tools
    count). citron: <doc_id>.json per document.
    conll: mentions.conll (BIO, one token per line: token start end tag). Output bytes
    are deterministic.
    """
    from corpus.documents import texts_from_paths
    from corpus.export import brat, citron, conll

    if gold is None or not texts:
        from corpus.project import load_project

        project = load_project(root)
        gold = gold or project.gold
        texts = texts or project.source_paths
    g = load_gold(gold)
    tx = texts_from_paths(texts)
    if not doc_ids(g, tx):  # never "wrote 5 files" of nothing
        raise CorpusError("nothing to export: no document of the gold layers has a text",
                          [Problem(", ".join(map(str, texts)),
                                   f"none of the {len(tx)} texts is annotated in {gold}")])
    writer = {"brat": brat.write, "citron": citron.write, "conll": conll.write}[fmt.value]
    paths = writer(g, tx, out)
    typer.echo(f"wrote {len(paths)} files to {out}")

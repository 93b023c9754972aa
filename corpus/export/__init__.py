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

from corpus.jsonl import LINE_KEY, read_jsonl

Gold = dict[str, list[dict[str, Any]]]
LAYERS = ("documents", "entities", "mentions", "quotes", "claims")


def load_gold(folder: str | Path) -> Gold:
    """The gold layers (absent files are empty), without read bookkeeping."""
    out: Gold = {}
    for layer in LAYERS:
        p = Path(folder) / f"{layer}.jsonl"
        recs = read_jsonl(p) if p.exists() else []
        out[layer] = [{k: v for k, v in r.items() if k != LINE_KEY} for r in recs]
    return out


def by_doc(records: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Records per doc_id, in (start, end) order."""
    out: dict[str, list[dict[str, Any]]] = {}
    for r in sorted(records, key=lambda r: (r["doc_id"], r["start"], r["end"])):
        out.setdefault(r["doc_id"], []).append(r)
    return out


def doc_ids(gold: Gold, texts: dict[str, str]) -> list[str]:
    """Documents to export: every text we have that gold knows or annotates."""
    known = {d["doc_id"] for d in gold.get("documents", [])}
    known |= {r["doc_id"] for layer in ("mentions", "quotes") for r in gold.get(layer, [])}
    return sorted(d for d in texts if d in known or not known)


class Format(StrEnum):
    brat = "brat"
    citron = "citron"
    conll = "conll"


def export_cmd(
    fmt: Annotated[Format, typer.Argument(metavar="FORMAT", help="brat | citron | conll")],
    out: Annotated[Path, typer.Option(help="output folder (created; files overwritten)")],
    gold: Annotated[Path, typer.Option(help="gold JSONL folder (annotations/gold)")] = Path(
        "annotations/gold"),
    texts: Annotated[Path, typer.Option(help="folder of <doc_id>.txt (the exact texts)")] = Path(
        "seeds"),
) -> None:
    """Export the gold layer from the annotation JSONL files (not a release's Parquet).

    Reads <gold>/{documents,entities,mentions,quotes}.jsonl and the texts from
    <texts>/<doc_id>.txt. brat: <doc_id>.txt + <doc_id>.ann + annotation.conf, offsets in
    code points (as brat's Python tools count). citron: <doc_id>.json per document.
    conll: mentions.conll (BIO, one token per line: token start end tag). Output bytes
    are deterministic.
    """
    from corpus.agreement import load_texts
    from corpus.export import brat, citron, conll

    g = load_gold(gold)
    tx = load_texts(texts)
    writer = {"brat": brat.write, "citron": citron.write, "conll": conll.write}[fmt.value]
    paths = writer(g, tx, out)
    typer.echo(f"wrote {len(paths)} files to {out}")

"""Build every release table from the sources and the gold annotation files.

Documents come from the manifests (exact text), their labels from
``annotations/gold/documents.jsonl``; segments from the hand-checked gold file where a
document has one, else from the segmenter; the other layers from ``annotations/gold``.
Derived columns (segment ids, boilerplate flags, the segment kind each span sits in)
are computed here, never typed by hand. Rows keep ``_file``/``_line`` until release.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl
import pyarrow as pa

from corpus import vocab
from corpus.documents import load_documents
from corpus.errors import CorpusError, Problem
from corpus.layers import load_layer
from corpus.manifest import read_manifests
from corpus.project import Project
from corpus.registry import REGISTRY, Registry, resolve

Frames = dict[str, pl.DataFrame]


def _frame(table: pa.Table) -> pl.DataFrame:
    return pl.from_arrow(table)  # type: ignore[return-value]


def _rel(path: Path, root: Path) -> str:
    path = path.resolve()
    return str(path.relative_to(root)) if path.is_relative_to(root) else str(path)


def attach_labels(docs: pa.Table, labels: pl.DataFrame, where: str) -> pl.DataFrame:
    """Join document labels onto loaded documents; every document needs exactly one."""
    d = _frame(docs)
    problems = []
    for doc_id in d.join(labels, on="doc_id", how="anti")["doc_id"].to_list():
        problems.append(Problem(where, "no label record for this document", record=doc_id,
                                field="doc_id"))
    orphans = labels.join(d.select("doc_id"), on="doc_id", how="anti")
    for row in orphans.select("doc_id", "_line").iter_rows(named=True):
        problems.append(Problem(where, "labels a doc_id that no manifest lists", row["_line"],
                                row["doc_id"], "doc_id"))
    dups = labels.filter(pl.col("doc_id").is_duplicated())
    for row in dups.select("doc_id", "_line").iter_rows(named=True):
        problems.append(Problem(where, "more than one label record", row["_line"],
                                row["doc_id"], "doc_id"))
    if problems:
        raise CorpusError(f"{where}: documents and labels do not match", problems)
    return d.join(labels, on="doc_id", how="inner", suffix="_label").drop("story_id_label")


def build_segments(project: Project, documents: pl.DataFrame,
                   registry: Registry = REGISTRY) -> pl.DataFrame:
    """Gold segments where they exist; the segmenter for every other document."""
    gold = _frame(load_layer(project.gold_segments, registry["segments"].table, project.root))
    missing = documents.join(gold.select("doc_id").unique(), on="doc_id", how="anti")
    parts = [gold]
    if missing.height:
        from corpus.segment import segment_documents

        auto = _frame(segment_documents(missing.select("doc_id", "text").to_arrow()))
        auto = auto.with_columns(pl.lit("<segmenter>").alias("_file"),
                                 pl.lit(None, pl.Int64).alias("_line"))
        parts.append(auto.select(gold.columns))
    return pl.concat(parts, how="vertical_relaxed").sort("doc_id", "start")


def segment_ids(seg: pl.DataFrame, frames: Frames) -> pl.DataFrame:
    """Derived segment columns: segment_id (doc_id:sNNN in text order), boilerplate."""
    seg = seg.sort("doc_id", "start")
    return seg.with_columns(
        pl.format("{}:s{}", pl.col("doc_id"),
                  pl.int_range(pl.len()).over("doc_id").cast(pl.String).str.zfill(3))
        .alias("segment_id"),
        pl.col("kind").is_in(list(vocab.SEGMENT_BOILERPLATE_KINDS)).alias("boilerplate"),
    )


def segment_kind_of_spans(spans: pl.DataFrame, frames: Frames) -> pl.DataFrame:
    """Derived column of span layers: the kind of the segment each span starts in."""
    return with_segment_kind(spans, frames["segments"])


def with_segment_kind(spans: pl.DataFrame, segments: pl.DataFrame) -> pl.DataFrame:
    """The kind of the segment each span starts in (for 'where does it sit' queries)."""
    segs = segments.select("doc_id", pl.col("start").alias("_seg_start"),
                           pl.col("kind").alias("segment_kind")).sort("doc_id", "_seg_start")
    out = spans.with_row_index("_order").sort("doc_id", "start").join_asof(
        segs, left_on="start", right_on="_seg_start", by="doc_id", strategy="backward",
        check_sortedness=False)  # both sides sorted by (doc_id, start) just above
    return out.sort("_order").drop("_order", "_seg_start")


def build_frames(project: Project, progress: Callable[[str], None] | None = None,
                 layers: Path | None = None, registry: Registry = REGISTRY) -> Frames:
    """Every registered table as a polars frame, rows still carrying their origin.

    ``layers`` reads the annotation layers from another folder than ``annotations/gold``
    (an annotator's pass, say), so any set of layer files can be put through the gate.
    """
    from corpus.layers import read_layer_folder

    step = progress or (lambda _msg: None)
    gold = layers or project.gold
    step("reading annotation layers")
    folder = read_layer_folder(gold, project.root, required=registry.names(
        lambda la: la.source == "documents"), registry=registry)
    frames: Frames = {}
    for la in registry:
        if la.source == "documents":
            step("reading manifests and documents")
            entries = read_manifests(project.root, project.sources)
            docs = load_documents(project.root, entries)
            frames[la.name] = attach_labels(docs, _frame(folder[la.name]),
                                            _rel(gold / la.file, project.root))
        elif la.source == "segments":
            step("segmenting")
            frames[la.name] = build_segments(project, frames["documents"], registry)
        else:
            frames[la.name] = _frame(folder[la.name])
    for la in registry:
        if la.derive:
            frames[la.name] = resolve(la.derive)(frames[la.name], frames)
    return frames


def release_table(name: str, frame: pl.DataFrame, registry: Registry = REGISTRY) -> pa.Table:
    """Drop origin columns, order rows by the table key and columns by the schema."""
    table = registry[name].table
    cols = [c.name for c in table.columns]
    df = frame.select(cols).sort(list(table.key), nulls_last=True)
    return df.to_arrow().cast(table.schema)

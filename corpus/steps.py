"""Per-document steps: each takes a shard's batch as Arrow and returns rows of its layer.

Why: per-document work must run the same on one shard, on every core and on Ray Data, so
it is written as pure functions of a batch (datatrove's idea: a step takes documents and
yields documents, and counts what it did). A step has a name and a version (recorded in
the build's stats), does its heavy set-up once per worker (``setup``), and sees nothing
but its batch and the shard's context. Cross-document work (labels that match no
document, foreign keys, the card's figures, the checksum manifest) is not a step: it is a
reduction over the shards' outputs, in :mod:`corpus.build`.

The build's pipeline, in order, is :data:`SHARD_STEPS` (here) then
:data:`corpus.build.REDUCTIONS`. A shard is described by a plan file (see
:func:`run_shard`); its outputs are Arrow IPC files next to it, which the project's own
code (never the engine) reduces and writes as the release's Parquet files.

Adding a step: write ``fn(batch: pa.Table, ctx: ShardContext) -> pa.Table`` and
``register_step(Step("name", "1", fn, doc="why"))``; to run it in the build, add it to
:data:`SHARD_STEPS` where its inputs exist (``ctx.tables`` holds every earlier output).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import polars as pl
import pyarrow as pa
import pyarrow.compute as pc

from corpus import memory
from corpus.errors import CorpusError, Problem

IPC = pa.ipc.IpcWriteOptions(compression="lz4")
# Documents and segments: what a shard writes for the final Parquet files.
SHARD_TABLES = ("documents", "segments")
# Per-document rows for the reductions (no text): ids, labels and provenance; the figures.
LIGHT, STATS = "documents_light", "document_stats"


@dataclass
class ShardContext:
    """What a step may read: the project root, the shard's plan and earlier outputs."""

    root: Path
    shard: int
    plan: dict[str, Any]  # tables and declarations from the plan file
    tables: dict[str, pa.Table] = field(default_factory=dict)  # outputs so far, by name
    counts: dict[str, int] = field(default_factory=dict)  # what the steps did


@dataclass(frozen=True)
class Step:
    """One per-document computation. ``fn(batch, ctx)`` returns the rows it makes."""

    name: str
    version: str
    fn: Callable[[pa.Table, ShardContext], pa.Table]
    setup: Callable[[], Any] | None = None  # heavy set-up, once per worker process
    doc: str = ""

    def ready(self) -> Any:
        """The set-up's result, made once per process (cached)."""
        return _setup(self.name, self.setup) if self.setup else None


@cache
def _setup(name: str, fn: Callable[[], Any]) -> Any:
    return fn()


STEPS: dict[str, Step] = {}


def register_step(step: Step) -> Step:
    if step.name in STEPS:
        raise ValueError(f"step {step.name!r} is already registered")
    STEPS[step.name] = step
    return step


# --- the build's steps ----------------------------------------------------------------


def load_step(entries: pa.Table, ctx: ShardContext) -> pa.Table:
    """Manifest entries -> documents with their exact text, sha256 checked on the bytes."""
    from corpus.documents import iter_document_batches
    from corpus.manifest import Entry

    es = [Entry(**r) for r in entries.to_pylist()]
    batches = list(iter_document_batches(ctx.root, es))
    from corpus.documents import LOADED_SCHEMA

    ctx.counts["documents_loaded"] = len(es)
    return pa.Table.from_batches(batches, schema=LOADED_SCHEMA).sort_by("doc_id")


def labels_step(docs: pa.Table, ctx: ShardContext) -> pa.Table:
    """Documents joined with their label record (exactly one each; else a named error)."""
    from corpus.build import attach_labels

    labels = pl.from_arrow(ctx.plan["labels"])
    out = attach_labels(docs, labels, ctx.plan["labels_where"])
    return out.to_arrow()


def segment_step(docs: pa.Table, ctx: ShardContext) -> pa.Table:
    """Gold segments where a document has them; the segmenter for every other one."""
    from corpus.segment import segment_documents

    gold = pl.from_arrow(ctx.plan["gold_segments"])
    d = pl.from_arrow(docs.select(["doc_id", "text"]))
    missing = d.join(gold.select("doc_id").unique(), on="doc_id", how="anti")
    parts = [gold]
    if missing.height:
        auto = pl.from_arrow(segment_documents(missing.to_arrow()))
        auto = auto.with_columns(pl.lit("<segmenter>").alias("_file"),
                                 pl.lit(None, pl.Int64).alias("_line"))
        parts.append(auto.select(gold.columns))
    ctx.counts["documents_segmented"] = missing.height
    ctx.counts["documents_gold_segments"] = d.height - missing.height
    return pl.concat(parts, how="vertical_relaxed").sort("doc_id", "start").to_arrow()


def derive_step(_batch: pa.Table, ctx: ShardContext) -> pa.Table:
    """Derived columns of every layer in the shard (segment ids, segment kinds of spans)."""
    from corpus.registry import resolve

    frames = {k: pl.from_arrow(v) for k, v in ctx.tables.items() if k in ctx.plan["layers"]}
    for name, la in ctx.plan["layers"].items():
        if la.derive and name in frames:
            frames[name] = resolve(la.derive)(frames[name], frames)
    for name, f in frames.items():
        ctx.tables[name] = f.to_arrow()
    return ctx.tables["segments"]


def gate_step(_batch: pa.Table, ctx: ShardContext) -> pa.Table:
    """The per-document part of the gate: documents and segments models, every span of the
    shard resolves to its text, segments tile each text. Returns the report as rows."""
    from corpus.gate import run_gate
    from corpus.registry import Registry

    reg = Registry(dict(ctx.plan["layers"]))
    frames = {k: pl.from_arrow(v) for k, v in ctx.tables.items() if k in reg}
    report = run_gate(frames, reg, tables=SHARD_TABLES, checks=(
        "spans_resolve", "segments_tile", "documents_hash_their_text"))
    ctx.plan["report"] = report
    return pa.table({"check": list(report.failures), "failures": list(report.failures.values())})


load = register_step(Step("load_documents", "1", load_step,
                          doc="read each file's bytes, check sha256, decode strictly"))
labels = register_step(Step("attach_labels", "1", labels_step,
                            doc="one label record per document"))
segment = register_step(Step("segment", "1", segment_step,
                             doc="gold segments, else the rule-based segmenter"))
derive = register_step(Step("derive", "1", derive_step,
                            doc="segment_id, boilerplate, segment_kind of spans"))
gate = register_step(Step("gate_per_document", "1", gate_step,
                          doc="schemas of documents/segments; spans resolve; segments tile"))

def quotes_step(docs: pa.Table, ctx: ShardContext) -> pa.Table:
    """Rule-based quotes of every document of the batch (pre-annotations, not gold)."""
    from corpus.preannotate.quotes import extract_quotes

    rows = [dict(q.__dict__, doc_id=d) for d, t in zip(
        docs["doc_id"].to_pylist(), docs["text"].to_pylist(), strict=True)
        for q in extract_quotes(t)]
    return pa.Table.from_pylist(rows) if rows else pa.table({"doc_id": pa.array([], pa.string())})


def mentions_step(docs: pa.Table, ctx: ShardContext) -> pa.Table:
    """Entity mentions of the batch: one spaCy pipeline per worker, ``nlp.pipe`` over the
    texts, the catalogue (``ctx.plan["catalogue"]``) read once."""
    from corpus.preannotate.entities import extract_mentions_batch

    found = extract_mentions_batch(docs["text"].to_pylist(), ctx.plan.get("catalogue"))
    rows = [dict(m.__dict__, doc_id=d) for d, ms in zip(docs["doc_id"].to_pylist(), found,
                                                         strict=True) for m in ms]
    return pa.Table.from_pylist(rows) if rows else pa.table({"doc_id": pa.array([], pa.string())})


def _spacy_setup() -> Any:
    from corpus.preannotate.entities import _catalogue_key, _pipeline

    return _pipeline(_catalogue_key(None))


preannotate_quotes = register_step(Step("preannotate_quotes", "1", quotes_step,
                                        doc="rule-based quotes, speakers and cues"))
preannotate_mentions = register_step(Step("preannotate_mentions", "1", mentions_step,
                                          setup=_spacy_setup,
                                          doc="spaCy entity ruler + rules, nlp.pipe"))

def drift_step(_batch: pa.Table, ctx: ShardContext) -> pa.Table:
    """Cross-version drift of every story of the shard (stories are planned whole into
    shards): alignment proposals, version pairs, derivation and quote proposals, each
    story's HTML report where the project asks for one. Returns one row per story."""
    from corpus.drift.corpus_drift import shard_drift

    conf = ctx.plan.get("drift")
    if conf is None:  # a registry without drift layers
        return pa.table({"story_id": pa.array([], pa.string())})
    from corpus.gate import merge_reports
    from corpus.registry import Registry

    docs = pl.from_arrow(ctx.tables["documents"])
    layers = {k: pl.from_arrow(ctx.tables[k]) for k in ("quotes", "mentions", "claims",
                                                        "alignments") if k in ctx.tables}
    frames, report = shard_drift(
        docs, pl.from_arrow(ctx.tables["segments"]), layers,
        Registry(dict(ctx.plan["layers"])), conf["layers"], conf["version"], conf["policy"],
        None if conf["report_dir"] is None else Path(conf["report_dir"]))
    for name, f in frames.items():
        ctx.tables[name] = f.to_arrow()
    ctx.plan["report"] = merge_reports([ctx.plan["report"], report])
    stories = docs["story_id"].unique().sort()
    ctx.counts["stories_drifted"] = stories.len()
    return pa.table({"story_id": stories.to_arrow()})


drift = register_step(Step("drift", "1", drift_step,
                           doc="per story: alignments, version pairs, derivation and quote "
                               "proposals, HTML report"))

# (step, the output it reads, the name of its output), in pipeline order.
SHARD_STEPS: tuple[tuple[Step, str, str], ...] = (
    (load, "entries", "documents"),
    (labels, "documents", "documents"),
    (segment, "documents", "segments"),
    (derive, "segments", "segments"),
    (gate, "segments", "gate"),
    (drift, "documents", "stories"),
)


# --- one shard, as an engine runs it -----------------------------------------------------


def run_shard(plan_path: str) -> int:
    """Run every shard step on one plan file; write the outputs beside it; return the shard.

    The only function an engine calls. It reads nothing but the plan, its batches of the
    routed manifest and label files beside it, and the project's source files the plan
    names, and writes only into its own output folder
    (``plan-NNNNN/``: documents and segments as Arrow IPC, the shard's span layers with
    their derived columns, the documents without text and their figures, and a small
    ``summary.pkl``), so any engine (worker processes, Ray Data, a cluster sharing the
    project folder) gives the same files.
    """
    plan_file = Path(plan_path)
    plan = pickle.loads(plan_file.read_bytes())
    plan_shard = plan["shard"]
    out = plan_file.with_suffix("")
    out.mkdir(exist_ok=True)
    from corpus.plan import read_parts, shard_entries

    # the shard's manifest entries and labels: its batches of the files the plan routed
    # (corpus.plan), beside the plan file
    plan["entries"] = shard_entries(plan_file.parent, plan["entries"])
    plan["labels"] = read_parts(plan_file.parent, plan["labels"], plan["labels_schema"])
    ctx = ShardContext(Path(plan["root"]), plan["shard"], plan)
    ctx.tables.update(plan["annotations"])
    ctx.tables["entries"] = plan["entries"]
    summary: dict[str, Any] = {"shard": plan["shard"], "error": None}
    try:
        for step, source, target in SHARD_STEPS:
            ctx.tables[target] = step.fn(ctx.tables[source], ctx)
    except CorpusError as e:
        summary["error"] = (e.message, [p.as_dict() for p in e.problems])
        (out / "summary.pkl").write_bytes(pickle.dumps(summary, protocol=5))
        return plan["shard"]
    from corpus.drift.corpus_drift import SHARD_OUTPUTS

    written = (*SHARD_TABLES, *plan["annotations"],
               *(k for k in SHARD_OUTPUTS if k in ctx.tables))
    for name in written:
        write_arrow(ctx.tables[name], out / f"{name}.arrow")
    docs = ctx.tables["documents"]
    # per-document rows the reductions read as files (scanned, never held whole): the
    # documents without their text, and the card's per-document figures
    write_arrow(docs.drop_columns(["text"]), out / f"{LIGHT}.arrow")
    write_arrow(shard_stats(ctx.tables), out / f"{STATS}.arrow")
    keep = pc.is_in(docs["doc_id"], value_set=plan["annotated"])
    seg = pl.from_arrow(ctx.tables["segments"].select(["kind"]))
    summary.update(
        report=plan["report"], texts=docs.filter(keep).select(["doc_id", "text"]),
        kinds=seg.group_by("kind").agg(pl.len().cast(pl.Int64).alias("n")).to_arrow(),
        counts=ctx.counts,
        rows={k: ctx.tables[k].num_rows for k in written},
        steps={s.name: s.version for s, _, _ in SHARD_STEPS})
    (out / "summary.pkl").write_bytes(pickle.dumps(summary, protocol=5))
    del ctx, summary, plan
    memory.release()  # a worker runs many shards: the next one starts from a small heap
    return plan_shard


def write_arrow(table: pa.Table, path: Path) -> None:
    """A shard output file: Arrow IPC, lz4 (read back memory-mapped, or scanned)."""
    with pa.OSFile(str(path), "wb") as f, pa.ipc.new_file(f, table.schema, options=IPC) as w:
        w.write_table(table)


def read_arrow(path: Path) -> pa.Table:
    """A shard output file (Arrow IPC, lz4) as a table."""
    with pa.memory_map(str(path)) as src:
        return pa.ipc.open_file(src).read_all()


def shard_stats(tables: dict[str, pa.Table]) -> pa.Table:
    """Per-document figures of a shard (no text): what the card's tables are made of."""
    docs = pl.from_arrow(tables["documents"].select(
        ["doc_id", "derivation", "authorship", "text"]))
    docs = docs.with_columns(pl.col("text").str.len_chars().alias("chars")).drop("text")
    seg = pl.from_arrow(tables["segments"].select(["doc_id", "start", "end", "kind",
                                                   "boilerplate"]))
    seg = seg.with_columns((pl.col("end") - pl.col("start")).alias("len"))
    bp = seg.group_by("doc_id").agg(
        pl.len().alias("segments"),
        pl.col("len").filter(pl.col("boilerplate")).sum().alias("boilerplate_chars"))
    return docs.join(bp, on="doc_id", how="left").sort("doc_id").to_arrow()


def problem_from(d: dict) -> Problem:
    return Problem(**d)

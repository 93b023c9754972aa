"""The streaming, sharded build: plan shards, run the steps on an engine, reduce.

Documents are planned into deterministic shards of whole stories (stories in the order
of their first ``doc_id``, versions by ``doc_id``, cut at story boundaries near
``[tool.storydrift] shard_mb`` of text) from a few key columns, the manifests and the
documents' labels being streamed into files by shard (:mod:`corpus.plan`), so planning
holds neither whole; each shard goes through the steps of
:mod:`corpus.steps` (load and hash, labels, segment, derived columns, the per-document
gate, and the cross-version drift of the shard's stories) on an engine
(:mod:`corpus.engines`), which only runs steps and writes intermediate shard files.
Cross-document work is done here, by the project's own code, as explicit reductions
over the shards' outputs (:data:`REDUCTIONS`). Memory is bounded by the shard size, not
the corpus: no table holding every document's text, nor any drift table whole, is ever
made.

The pipeline, in order:
``corpus.steps.SHARD_STEPS`` (per shard) then :data:`REDUCTIONS` (over all shards).
Rows keep ``_file``/``_line`` until release, so every failure names its record.
"""

from __future__ import annotations

import pickle
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl
import pyarrow as pa

from corpus import memory, vocab
from corpus.errors import CorpusError, Problem
from corpus.gate import GateReport, merge_reports, run_gate
from corpus.layers import load_layer
from corpus.project import Project
from corpus.registry import REGISTRY, Registry, resolve
from corpus.steps import LIGHT, STATS, read_arrow
from corpus.tempdirs import LiveTemp

if TYPE_CHECKING:
    from corpus.engines import Pools

Frames = dict[str, pl.DataFrame]
REDUCTION_CHECKS = ("foreign_keys", "mention_label_matches_entity",
                    "refuted_claims_have_evidence", "clusters_span_documents", "keys_unique")


def _frame(table: pa.Table) -> pl.DataFrame:
    return pl.from_arrow(table)  # type: ignore[return-value]


def _rel(path: Path, root: Path) -> str:
    from corpus.paths import shown

    return shown(path.resolve(), root)


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


def release_table(name: str, frame: pl.DataFrame, registry: Registry = REGISTRY) -> pa.Table:
    """Drop origin columns, order rows by the table key and columns by the schema."""
    table = registry[name].table
    cols = [c.name for c in table.columns]
    df = frame.select(cols).sort(list(table.key), nulls_last=True)
    return df.to_arrow().cast(table.schema)


# --- planning -------------------------------------------------------------------------


def shard_rows(root: Path, entries: pa.Table, shard_bytes: int) -> list[pa.Array]:
    """The plan of :func:`corpus.plan.planned_order` over a manifest table (from
    :func:`corpus.manifest.read_manifests_table`), as each shard's row numbers in it
    (``entries.take(rows)`` is the shard's manifest table), for tools and tests that hold
    the manifests; the build plans from the keys alone (:mod:`corpus.plan`)."""
    from corpus.plan import SHARD, _keys, planned_order

    order = planned_order(_keys(root, entries), shard_bytes)
    return [part["_i"].to_arrow().cast(pa.int64()) for part in
            order.partition_by(SHARD, maintain_order=True)] if order.height else [
                pa.array([], pa.int64())]


def shard_file(name: str, i: int, n: int) -> str:
    """``data/<name>.parquet`` for one shard, else ``data/<name>-NNNNN-of-NNNNN.parquet``."""
    return f"data/{name}.parquet" if n == 1 else f"data/{name}-{i:05d}-of-{n:05d}.parquet"


# --- the build ---------------------------------------------------------------------------


@dataclass
class Built:
    """What the build made: shard outputs on disk, the reduced layers, the gate's report."""

    project: Project
    registry: Registry
    # temporary folder: the routed entries-CCCCC.arrow and labels-CCCCC.arrow (corpus.plan),
    # plan-NNNNN.pkl and the plan-NNNNN/ outputs
    work: Path
    n_shards: int
    layers: Frames  # every layer not written per shard, reduced, with derived columns
    # every document without its text (ids, labels, provenance), and per-document figures
    # (chars, segments, boilerplate chars): lazy scans of the shards' files in ``work``
    documents: pl.LazyFrame
    per_document: pl.LazyFrame
    segment_kinds: pl.DataFrame  # kind -> n over all shards
    texts: dict[str, str]  # exact texts of the documents that have annotations
    report: GateReport
    # reductions' extra outputs live in ``work``: report/<story_id>.html (drift reports)
    steps: dict[str, str] = field(default_factory=dict)  # step name -> version
    temp: LiveTemp | None = None  # holds ``work`` alive (see corpus.tempdirs)

    def shard(self, name: str, i: int) -> pa.Table:
        """One shard's part of a table written per shard (:meth:`sharded`), from its IPC
        file."""
        return read_arrow(self.work / f"plan-{i:05d}" / f"{self.sharded()[name]}.arrow")

    def sharded(self) -> dict[str, str]:
        """Release tables written shard by shard -> the shard output file each comes
        from: documents, segments and the drift step's tables (never held whole)."""
        out = {la.name: la.name for la in self.registry
               if la.source in ("documents", "segments")}
        if any(la.source == "drift" for la in self.registry):
            from corpus.drift.corpus_drift import SHARD_OUTPUTS

            out.update({table: name for name, table in SHARD_OUTPUTS.items()})
        return out

    def cleanup(self) -> None:
        if self.temp is not None:
            self.temp.close()
        shutil.rmtree(self.work, ignore_errors=True)


def _with_shard(df: pl.DataFrame, shard_of: pl.DataFrame) -> pl.DataFrame:
    return df.with_row_index("_grow").join(shard_of, on="doc_id", how="left")


def build(project: Project, progress: Callable[[str], None] | None = None,
          layers: Path | None = None, engine: str = "local", workers: int | None = None,
          address: str | None = None, registry: Registry = REGISTRY,
          reports: str | tuple[str, ...] | None = None,
          pools: Pools | None = None) -> Built:
    """Plan, run the shard steps on ``engine``, reduce; raises CorpusError on bad input
    that stops the build (the gate's findings are in ``Built.report``). ``reports``: which
    stories get an HTML page in work/report/ ("annotated", "all", "none" or story ids;
    default: the project's ``release_reports``). ``pools``: worker processes the caller
    keeps for later phases (the local engine runs the shards on them)."""
    from corpus import engines

    step = progress or (lambda _msg: None)
    gold = layers or project.gold
    step("reading manifests and annotation layers")
    from corpus.layers import incomplete_layers

    missing = incomplete_layers(gold, project.root, project.empty_layers, registry)
    if missing:
        raise CorpusError(f"{len(missing)} layer files missing or empty", missing)
    # work files live in the project, so a cluster sees them; locked while this run lives,
    # so a killed run's folder is removed by the next run and a live one's never is
    temp = LiveTemp(project.dist, ".build.")
    work = temp.path
    try:
        plan = _plan(project, gold, registry, work)
        paths = _write_plans(project, registry, work, plan, reports, step)
        folder, spans = plan.folder, plan.spans
        del plan
        memory.release()
        engines.run(engine, paths, workers=workers, address=address, progress=step,
                    pools=pools)
        step("reducing")
        built = _reduce(project, registry, work, paths, folder, spans,
                        workers or engines.default_workers())
        memory.release()
        built.temp = temp
        return built
    except BaseException:
        temp.close()
        raise


@dataclass
class _Planned:
    """What planning leaves: each shard's parts of the routed manifests and labels, the
    layers the reductions read, the annotations by shard."""

    n_shards: int
    n_docs: int
    entries: list[list[tuple[str, int]]]
    labels: list[list[tuple[str, int]]]
    labels_schema: pa.Schema
    labels_where: str
    folder: dict[str, pa.Table]  # the folder's layers but the documents' labels
    segs: pl.DataFrame  # gold segments, rows tagged with _shard
    spans: Frames  # span layers, rows tagged with _shard (null: document in no shard)


def _plan(project: Project, gold: Path, registry: Registry, work: Path) -> _Planned:
    """Manifests streamed into shard files (:mod:`corpus.plan`), then the layer folder with
    the documents' labels streamed the same way; the problems in the order a reader of
    everything at once would raise them: manifests, labels, the other layers, segments,
    labels of no document."""
    from corpus import plan as shards
    from corpus.layers import _open_folder, layer_chunks

    spill = work / "manifests.arrow"
    keys = shards.spill_manifests(project.root, project.sources, project.allowed_roots, spill)
    memory.release()  # the manifests' chunks and checks are gone; the layers come next
    plan = shards.make_plan(keys, int(project.shard_mb * 1024 * 1024))
    del keys
    shards.route_entries(plan, spill, work)
    doc_layer = next(la for la in registry if la.source == "documents")
    context = context_layers(project, gold, registry)
    labels_path = (project.gold if doc_layer.name in context else gold) / doc_layer.file
    labels_where = _rel(labels_path, project.root)
    _open_folder(gold, project.root, registry, "refuse")  # before any layer, as the reader
    labels, orphans = shards.route_labels(
        plan, layer_chunks(labels_path, doc_layer.table, project.root, required=True),
        work, labels_where)
    memory.release()
    folder = read_layer_folder_checked(project, gold, registry, skip=(doc_layer.name,))
    memory.release()
    gold_segs = load_layer(project.gold_segments, registry["segments"].table, project.root)
    if orphans:
        raise CorpusError(f"{labels_where}: documents and labels do not match", orphans)
    shard_of = plan.shard_of()
    segs = _with_shard(pl.from_arrow(gold_segs), shard_of)
    span_layers = [la for la in registry if la.source == "folder" and la.is_span
                   and "doc_id" in {c.name for c in la.table.columns}]
    spans = {la.name: _with_shard(pl.from_arrow(folder[la.name]), shard_of)
             for la in span_layers}
    from corpus.layers import layer_schema

    return _Planned(plan.n_shards, plan.keys.height, plan.entries, labels,
                    layer_schema(doc_layer.table), labels_where, folder, segs, spans)


def _write_plans(project: Project, registry: Registry, work: Path, plan: _Planned,
                 reports: str | tuple[str, ...] | None,
                 step: Callable[[str], None]) -> list[Path]:
    """One pickled plan per shard: where its manifest entries and labels are (the routed
    files' batches, :mod:`corpus.plan`), its rows of the gold segments and span layers
    (split by shard in one pass, not one filter per shard: O(N x shards)), and what every
    shard shares. The plan files are small: no shard's plan holds another's rows."""
    n, n_docs = plan.n_shards, plan.n_docs
    step(f"planning {n} shard(s) of {n_docs} documents")
    span_layers = list(plan.spans)
    declared = {la.name: la for la in registry
                if la.source in ("documents", "segments") or la.name in span_layers}
    drift_conf = None
    if any(la.source == "drift" for la in registry):
        from corpus.drift.corpus_drift import DRIFT_TABLES

        (work / "report").mkdir()
        drift_conf = {"layers": {k: registry[k] for k in DRIFT_TABLES},
                      "version": project.version,
                      "policy": project.release_reports if reports is None else reports,
                      "report_dir": str(work / "report")}
    frames = {"segs": plan.segs, **plan.spans}
    annotated = pl.concat([f.select("doc_id") for f in frames.values()]
                          ).unique()["doc_id"].to_arrow()
    common = {"root": str(project.root), "labels_where": plan.labels_where,
              "layers": declared, "annotated": annotated, "report": None,
              "drift": drift_conf, "labels_schema": plan.labels_schema}
    by_shard = {name: _by_shard(f) for name, f in frames.items()}
    paths = []
    for i in range(n):

        def part(name: str, i: int = i) -> pa.Table:
            got = by_shard[name].pop(i, None)
            return (frames[name].clear() if got is None else got).drop("_shard").to_arrow()

        payload = {
            **common, "shard": i,
            "entries": plan.entries[i],
            "labels": plan.labels[i],
            "gold_segments": part("segs").drop_columns(["_grow"]),
            "annotations": {k: part(k) for k in frames if k != "segs"},
        }
        path = work / f"plan-{i:05d}.pkl"
        path.write_bytes(pickle.dumps(payload, protocol=5))
        paths.append(path)
    return paths


def _by_shard(df: pl.DataFrame) -> dict[int, pl.DataFrame]:
    """A frame's rows by ``_shard`` (rows keep their order; rows of no shard dropped)."""
    return {k[0]: v for k, v in df.partition_by("_shard", as_dict=True,
                                                 maintain_order=True).items()
            if k[0] is not None}


def context_layers(project: Project, folder: Path, registry: Registry) -> tuple[str, ...]:
    """Layers a folder other than the gold takes from the gold: the documents layer (and
    the sources its derived_from points to) when the folder declares them empty, as a
    pass of one layer (alignments, say) does; the build needs every document's labels."""
    from corpus.layers import declared_empty

    if folder.resolve() == project.gold.resolve():
        return ()
    doc = next(la for la in registry if la.source == "documents")
    own = declared_empty(folder, project.root)
    if doc.name not in own:
        return ()
    refs = {t for fk in doc.foreign_keys for t in fk.target_layers}
    return tuple(n for n in registry.names(lambda la: la.in_folder)
                 if n in own and (n == doc.name or n in refs))


def read_layer_folder_checked(project: Project, gold: Path, registry: Registry,
                              skip: tuple[str, ...] = ()) -> dict[str, pa.Table]:
    """The layer folder, with the layers it takes from the gold (:func:`context_layers`);
    but the layers in ``skip``."""
    from corpus.layers import read_layer_folder

    context = context_layers(project, gold, registry)
    required = registry.names(lambda la: la.source == "documents" and la.name not in context)
    folder = read_layer_folder(gold, project.root, required=required, registry=registry,
                               skip=skip)
    for name in (n for n in context if n not in skip):
        la = registry[name]
        folder[name] = load_layer(project.gold / la.file, la.table, project.root,
                                  required=la.source == "documents")
    return folder


def _read_summary(path: Path) -> dict:
    return pickle.loads((path.with_suffix("") / "summary.pkl").read_bytes())


def _scan_shards(paths: list[Path], name: str) -> pl.LazyFrame:
    """One per-document file of every shard (:data:`corpus.steps.LIGHT`, ``STATS``) as
    one lazy frame, in shard order: scanned where it is read, never held whole."""
    return pl.concat([pl.scan_ipc(p.with_suffix("") / f"{name}.arrow") for p in paths],
                     how="vertical_relaxed")


@dataclass
class _Reduction:
    """What the reductions read (the shards' summaries, the layer folder) and make."""

    project: Project
    registry: Registry
    work: Path
    paths: list[Path]
    folder: dict[str, pa.Table]
    spans: Frames  # span layers, rows tagged with _shard (null: document in no shard)
    workers: int = 1  # local processes the drift reduction may use
    # per shard, the small part of its summary: row counts, segment kinds, annotated texts
    summaries: list[dict] = field(default_factory=list)
    layers: Frames = field(default_factory=dict)
    documents: pl.LazyFrame | None = None
    per_document: pl.LazyFrame | None = None
    segment_kinds: pl.DataFrame | None = None
    texts: dict[str, str] = field(default_factory=dict)
    reports: list[GateReport] = field(default_factory=list)
    report: GateReport | None = None
    drift_rows: dict[str, int] = field(default_factory=dict)  # per-shard drift tables' rows


def shard_errors(r: _Reduction) -> None:
    """Bad input a shard refused (a missing file, a sha256 mismatch, a missing label).
    Summaries are read one at a time and their gate reports merged as they come (the
    merge is the same as of all at once), so no shard's report outlives its turn."""
    errors, shards = [], GateReport(rows={}, failures={})
    for p in r.paths:
        s = _read_summary(p)
        if s["error"]:
            errors.append(s["error"])
            continue
        shards = merge_reports([shards, s.pop("report")])
        r.summaries.append(s)
    if errors:
        problems = [Problem(**d) for _, ps in errors for d in ps]
        raise CorpusError(errors[0][0] if len(errors) == 1 else
                          f"{len(errors)} shards refused their input", problems)
    r.reports = [shards] if r.paths else []


def layers_reassembled(r: _Reduction) -> None:
    """Every layer not written per shard: span layers back from the shards (with their
    derived columns), in the annotation files' order; the others as read, then derived."""
    for la in r.registry:
        if la.source in ("documents", "segments", "drift"):
            continue
        if la.name in r.spans:
            parts = [pl.from_arrow(read_arrow(p.with_suffix("") / f"{la.name}.arrow"))
                     for p in r.paths]
            lost = r.spans[la.name].filter(pl.col("_shard").is_null()).drop("_shard")
            frame = pl.concat([*parts, lost], how="diagonal_relaxed").sort("_grow")
            r.layers[la.name] = frame.drop("_grow")
        else:
            r.layers[la.name] = pl.from_arrow(r.folder[la.name])
        if la.derive and la.name not in r.spans:
            r.layers[la.name] = resolve(la.derive)(r.layers[la.name], r.layers)


def documents_without_text(r: _Reduction) -> None:
    """Every document's ids, labels and provenance, no text (foreign keys, the card): the
    shards' files, scanned lazily (a million documents' metadata is never one frame)."""
    r.documents = _scan_shards(r.paths, LIGHT)


def card_figures(r: _Reduction) -> None:
    """Per-document figures (scanned from the shards' files) and segment-kind counts over
    all shards; annotated texts."""
    r.per_document = _scan_shards(r.paths, STATS)
    kinds = pl.concat([pl.from_arrow(s["kinds"]) for s in r.summaries], how="vertical_relaxed")
    r.segment_kinds = kinds.group_by("kind").agg(pl.col("n").sum()).sort("kind")
    r.texts = {d: t for s in r.summaries for d, t in zip(s["texts"]["doc_id"].to_pylist(),
                                                          s["texts"]["text"].to_pylist(),
                                                          strict=True)}
    for s in r.summaries:  # the texts live in r.texts now
        del s["texts"]


def spans_without_document(r: _Reduction) -> None:
    """The gate's doc_exists for spans whose doc_id is in no shard."""
    lost = {k: v.filter(pl.col("_shard").is_null()).drop("_shard", "_grow")
            for k, v in r.spans.items()}
    lost = {k: v for k, v in lost.items() if v.height}
    if lost:
        empty = pl.DataFrame(schema={"doc_id": pl.String, "text": pl.String})
        r.reports.append(run_gate({"documents": empty, **lost}, r.registry, tables=(),
                                  checks=("spans_resolve",)))


def drift_counts(r: _Reduction) -> None:
    """Cross-version drift was a shard step (stories are planned whole into shards; its
    tables stay in the shards, its HTML reports in work/report/): here the gold
    alignments get their origin, and the drift tables' row counts are summed."""
    if not any(la.source == "drift" for la in r.registry):
        return
    from corpus.drift.corpus_drift import SHARD_OUTPUTS

    if "alignments" in r.layers:
        r.layers["alignments"] = r.layers["alignments"].with_columns(
            pl.lit("gold").alias("origin"))
    for name, table in SHARD_OUTPUTS.items():
        r.drift_rows[table] = sum(s["rows"].get(name, 0) for s in r.summaries)


def layer_gate(r: _Reduction) -> None:
    """The rest of the gate: every layer's model, foreign keys, labels vs entities,
    refuted claims, quote clusters; then one report with every part's failures."""
    # the drift step's own tables were checked in their shards: empty stand-ins here
    absent = {la.name: pl.from_arrow(la.table.schema.empty_table())
              for la in r.registry if la.name not in r.layers and la.source == "drift"}
    documents = r.documents.select(gate_document_columns(
        r.registry, r.documents.collect_schema().names())).collect()
    frames = {**absent, **r.layers, "documents": documents}
    r.reports.append(run_gate(frames, r.registry, tables=tuple(r.layers),
                              checks=REDUCTION_CHECKS))
    n_documents = documents.height
    del frames, documents  # the documents' columns were for these checks only
    rows = {la.name: (n_documents if la.source == "documents" else
                      sum(s["rows"]["segments"] for s in r.summaries)
                      if la.source == "segments" else r.drift_rows[la.name]
                      if la.name in r.drift_rows else r.layers[la.name].height)
            for la in r.registry}
    r.report = merge_reports(r.reports, rows)


def gate_document_columns(registry: Registry, present: list[str]) -> list[str]:
    """The documents' columns :data:`REDUCTION_CHECKS` read (keys, foreign keys either way,
    the origin columns a problem names), of those ``present``: the rest, provenance and
    labels, stays on disk while the gate runs."""
    doc = next(la for la in registry if la.source == "documents")
    want = {*doc.table.key, doc.table.id_column, "_file", "_line",
            *(fk.column for fk in doc.foreign_keys),
            *(c for la in registry for fk in la.foreign_keys for t, c in fk.targets
              if t == doc.name)}
    return [c for c in present if c in want]


# Cross-document work, in order, after the shard steps (labels of no document are found
# while planning, corpus.plan.route_labels). Each reads and fills the _Reduction.
REDUCTIONS: tuple[Callable[[_Reduction], None], ...] = (
    shard_errors, layers_reassembled, documents_without_text, card_figures,
    spans_without_document, drift_counts, layer_gate)


def _reduce(project: Project, registry: Registry, work: Path, paths: list[Path],
            folder: dict[str, pa.Table], spans: Frames, workers: int = 1) -> Built:
    """Run :data:`REDUCTIONS` over the shards' outputs."""
    r = _Reduction(project, registry, work, paths, folder, spans, workers)
    for reduction in REDUCTIONS:
        reduction(r)
        memory.release()  # each reduction's temporaries (a shard's summary, the gate's)
    steps = dict(r.summaries[0]["steps"]) if r.summaries else {}
    return Built(project, registry, work, len(paths), r.layers, r.documents, r.per_document,
                 r.segment_kinds, r.texts, r.report, steps)


def build_frames(project: Project, progress: Callable[[str], None] | None = None,
                 layers: Path | None = None, registry: Registry = REGISTRY) -> Frames:
    """Every table as one frame, texts included: for small corpora and tools that want it
    all in memory (the release itself never builds these)."""
    built = build(project, progress, layers, registry=registry)
    try:
        frames = dict(built.layers)
        for name in built.sharded():
            parts = [pl.from_arrow(built.shard(name, i)) for i in range(built.n_shards)]
            frames[name] = pl.concat(parts, how="vertical_relaxed")
        return frames
    finally:
        built.cleanup()

"""The drift tools on the corpus's own stories: the build's "drift" reduction.

Per story (versions in doc_id order; a dated version never derives from one dated later):
duplicates, alignments, quote clusters and variants, derivation proposals. The
reduction adds four tables and never touches a gold column:

- ``alignments``: the gold rows where a story has any (``origin: gold``), else the
  aligner's proposals (``origin: aligner``);
- ``version_pairs``: every pair of versions compared (duplicate kind, reuse shares);
- ``derivation_proposals``: one proposal per document, with score and reason;
- ``quote_proposals``: the proposed cluster and variant of every quote.

In the sharded build this is a shard step (:func:`shard_drift`, run by
``corpus.steps.drift_step``): the plan keeps every story whole in one shard, so a
shard's drift needs no other shard, runs on the engine's workers, and memory holds one
shard. The tables stay per shard to the release's Parquet files; each story's HTML
report (the ones ``[tool.storydrift] release_reports`` asks for) is written as the story
is finished.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl

from corpus.drift.align import Row
from corpus.drift.entities import Mention
from corpus.drift.quotes import Quote
from corpus.drift.quotes import from_record as quote_from_record
from corpus.drift.story import StoryDrift, Version, analyse
from corpus.drift.text import overlap

Frames = dict[str, pl.DataFrame]
DRIFT_TABLES = ("alignments", "version_pairs", "derivation_proposals", "quote_proposals")


def alignment_id(doc_id: str, start: int, end: int, target: str | None) -> str:
    return f"a:{doc_id}:{start}-{end}:{target or '-'}"


def _story_inputs(order: list[str], docs: dict[str, dict],
                  segs: dict[str, list[tuple[int, int, str]]], layers: Frames
                  ) -> tuple[list[Version], list[Quote], list[Mention], list[tuple]]:
    pos = {d: i for i, d in enumerate(order)}
    versions = [Version(d, docs[d]["text"], segs.get(d, []), docs[d].get("date"))
                for d in order]
    qs, ms, cs = [], [], []
    q = layers.get("quotes")
    if q is not None and q.height:
        for r in q.filter(pl.col("doc_id").is_in(order)).iter_rows(named=True):
            qs.append(quote_from_record(r, pos[r["doc_id"]]))
    m = layers.get("mentions")
    if m is not None and m.height:
        for r in m.filter(pl.col("doc_id").is_in(order)).iter_rows(named=True):
            ms.append(Mention(r["doc_id"], r["start"], r["end"], r["text"], r["label"],
                              r["entity_id"]))
    c = layers.get("claims")
    if c is not None and c.height:
        cs = [(r["claim_id"], r["doc_id"], r["text"]) for r in
              c.filter(pl.col("doc_id").is_in(order)).iter_rows(named=True)]
    return versions, qs, ms, cs


def story_order(documents: pl.DataFrame) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for story, doc in documents.select("story_id", "doc_id").sort("story_id", "doc_id").rows():
        out.setdefault(story, []).append(doc)
    return out


def analyse_corpus(frames: Frames, progress: Callable[[str], None] | None = None
                   ) -> dict[str, StoryDrift]:
    """One StoryDrift per story from whole frames (``corpus.build.build_frames``)."""
    step = progress or (lambda _m: None)
    docs = {r["doc_id"]: r for r in frames["documents"].select(
        "doc_id", "story_id", "text", "date").iter_rows(named=True)}
    segs: dict[str, list[tuple[int, int, str]]] = {}
    for d, s, e, k in frames["segments"].select("doc_id", "start", "end", "kind").rows():
        segs.setdefault(d, []).append((s, e, k))
    out = {}
    for story, order in story_order(frames["documents"]).items():
        step(f"drift: {story} ({len(order)} versions)")
        v, q, m, c = _story_inputs(order, docs, segs, frames)
        out[story] = analyse(v, q, m, c, slug=f"qc:{story}")
    return out


# --- the tables ------------------------------------------------------------------------

_ALIGN_SCHEMA = {"alignment_id": pl.String, "doc_id": pl.String, "start": pl.Int64,
                 "end": pl.Int64, "text": pl.String, "target_doc_id": pl.String,
                 "target_start": pl.Int64, "target_end": pl.Int64, "target_text": pl.String,
                 "label": pl.String, "edit": pl.String, "score": pl.Float64,
                 "uncertain": pl.Boolean, "note": pl.String, "_file": pl.String,
                 "_line": pl.Int64}
_PAIR_SCHEMA = {"story_id": pl.String, "doc_id": pl.String, "target_doc_id": pl.String,
                "jaccard": pl.Float64, "containment": pl.Float64, "duplicate": pl.String,
                "verbatim_share": pl.Float64, "rewritten_share": pl.Float64,
                "new_share": pl.Float64}
_DERIV_SCHEMA = {"doc_id": pl.String, "story_id": pl.String, "derivation": pl.String,
                 "derived_from": pl.List(pl.String), "score": pl.Float64, "reason": pl.String,
                 "boilerplate_share": pl.Float64, "cited_outlets": pl.List(pl.String)}
_QUOTE_SCHEMA = {"quote_id": pl.String, "doc_id": pl.String, "cluster_id": pl.String,
                 "variant": pl.String, "changes": pl.String, "score": pl.Float64}


def story_rows(story: str, res: StoryDrift, proposals: bool) -> dict[str, dict[str, list]]:
    """The rows one story adds to each drift table, as columns (table -> column -> values,
    every column of the table's schema): built column by column from the results, not as
    one dict per row (a story has a thousand alignment rows). Alignment proposals only
    when asked: a story with gold alignments keeps its gold."""
    rows = res.alignments if proposals else []
    n = len(rows)
    # the rows are named tuples (align.Row): one transpose in C gives every column
    c = dict(zip(Row._fields, map(list, zip(*rows, strict=True)), strict=True)) if rows else {
        f: [] for f in Row._fields}
    align = {
        "alignment_id": list(map(alignment_id, c["doc_id"], c["start"], c["end"],
                                 c["target_doc_id"])),
        "doc_id": c["doc_id"], "start": c["start"], "end": c["end"], "text": c["text"],
        "target_doc_id": c["target_doc_id"], "target_start": c["target_start"],
        "target_end": c["target_end"], "target_text": c["target_text"], "label": c["label"],
        "edit": c["edit"], "score": c["score"],
        "uncertain": [False] * n, "note": [None] * n, "_file": ["<aligner>"] * n,
        "_line": [None] * n}
    pairs: dict[tuple[str, str], dict] = {}
    for p in res.pairs:
        pairs[(p.doc_id, p.target_doc_id)] = {
            "story_id": story, "doc_id": p.doc_id, "target_doc_id": p.target_doc_id,
            "jaccard": round(p.jaccard, 4), "containment": round(p.containment, 4),
            "duplicate": p.kind, "verbatim_share": None, "rewritten_share": None,
            "new_share": None}
    sh = res.shingles  # analyse() keeps every body's shingles for exactly this
    for d, cands in res.reuse.items():
        for t, shares in cands.items():
            row = pairs.get((d, t))
            if row is None:
                a, b = sh[d], sh[t]
                inter = overlap(a, b)
                row = {"story_id": story, "doc_id": d, "target_doc_id": t,
                       "jaccard": round(inter / ((len(a) + len(b) - inter) or 1), 4),
                       "containment": round(inter / len(a), 4) if len(a) else 0.0,
                       "duplicate": None}
                pairs[(d, t)] = row
            row.update({"verbatim_share": shares["verbatim"],
                        "rewritten_share": shares["rewritten"], "new_share": shares["new"]})
    prs = list(pairs.values())
    order = res.order
    props = [res.proposals[d] for d in order]
    qs = res.quotes
    return {
        "alignments": align,
        "version_pairs": {c: [r.get(c) for r in prs] for c in _PAIR_SCHEMA},
        "derivation_proposals": {
            "doc_id": list(order), "story_id": [story] * len(order),
            "derivation": [p.derivation for p in props],
            "derived_from": [list(p.derived_from) for p in props],
            "score": [p.score for p in props], "reason": [p.reason for p in props],
            "boilerplate_share": [res.boilerplate[d] for d in order],
            "cited_outlets": [list(res.cited.get(d, ())) for d in order]},
        "quote_proposals": {
            "quote_id": [q.quote_id for q in qs], "doc_id": [q.doc_id for q in qs],
            "cluster_id": [q.cluster for q in qs], "variant": [q.variant for q in qs],
            "changes": [q.note for q in qs], "score": [q.score for q in qs]}}


_SCHEMAS = {"alignments": _ALIGN_SCHEMA, "version_pairs": _PAIR_SCHEMA,
            "derivation_proposals": _DERIV_SCHEMA, "quote_proposals": _QUOTE_SCHEMA}


def story_frames(rows: dict[str, dict[str, list]]) -> Frames:
    """One story's drift columns (:func:`story_rows`) as typed frames: Arrow columns, not
    Python objects, are what the reduction holds and what travels back from a worker (a
    tenth of the memory)."""
    return {k: pl.DataFrame(rows[k], schema=_SCHEMAS[k]) for k in DRIFT_TABLES}


def to_frames(parts: dict[str, list[pl.DataFrame]], gold: pl.DataFrame | None) -> Frames:
    """The drift tables as frames: gold alignments (origin gold) then proposals, from each
    table's stories' frames (:func:`story_frames`), in story order."""
    def frame(k: str) -> pl.DataFrame:
        got = [f for f in parts[k] if f.height]
        return pl.concat(got, how="vertical") if got else pl.DataFrame(schema=_SCHEMAS[k])

    props = frame("alignments")
    gold = gold if gold is not None else pl.DataFrame(schema=_ALIGN_SCHEMA)
    gold = gold.with_columns(pl.lit("gold").alias("origin"))
    props = props.with_columns(pl.lit("aligner").alias("origin"))
    return {"alignments": pl.concat([gold, props.select(gold.columns)], how="vertical_relaxed"),
            "version_pairs": frame("version_pairs"),
            "derivation_proposals": frame("derivation_proposals"),
            "quote_proposals": frame("quote_proposals")}


def add_drift(frames: Frames, results: dict[str, StoryDrift]) -> Frames:
    """Whole frames plus the drift tables (for ``build_frames`` users and tests)."""
    gold = frames.get("alignments")
    stories = dict(frames["documents"].select("doc_id", "story_id").rows())
    with_gold = {stories.get(d) for d in gold["doc_id"].to_list()} if gold is not None else set()
    parts: dict[str, list[pl.DataFrame]] = {k: [] for k in DRIFT_TABLES}
    for story in sorted(results):
        for k, v in story_frames(story_rows(story, results[story],
                                            story not in with_gold)).items():
            parts[k].append(v)
    return {**frames, **to_frames(parts, gold)}


# --- the drift step of the sharded build (one shard's stories) ---------------------------

def _by_story(frame: pl.DataFrame | None, story_of: dict[str, str]) -> dict[str, pl.DataFrame]:
    """A layer's rows split by story once (rows keep their order): not one scan per story."""
    if frame is None or not frame.height:
        return {}
    keyed = frame.with_columns(pl.col("doc_id").replace_strict(story_of, default=None,
                                                               return_dtype=pl.String)
                               .alias("_story_key"))
    return {k[0]: v.drop("_story_key") for k, v in
            keyed.partition_by("_story_key", as_dict=True, maintain_order=True).items()
            if k[0] is not None}


def story_task(task: dict) -> tuple[Frames, object]:
    """One finished story: its drift rows (as frames), the gold alignments' target check,
    its HTML report written to ``report_dir`` (None: no page for this story). A pure
    function of ``task`` (any process; its optional ``memo`` is a cache only)."""
    from corpus.drift.report import render_story
    from corpus.gate import run_gate

    story, order, docs, segs = task["story"], task["order"], task["docs"], task["segs"]
    v, q, m, c = _story_inputs(order, docs, segs, task["layers"])
    res = analyse(v, q, m, c, slug=f"qc:{story}", memo=task.get("memo"))
    rows = story_frames(story_rows(story, res, task["gold"] is None))
    report = None
    if task["gold"] is not None:
        sdocs = pl.DataFrame({"doc_id": order, "story_id": [story] * len(order),
                              "text": [docs[x]["text"] for x in order]})
        report = run_gate({"documents": sdocs, "alignments": task["gold"]}, task["registry"],
                          tables=(), checks=("alignment_targets_resolve",))
    if task["report_dir"] is not None:
        (Path(task["report_dir"]) / f"{story}.html").write_text(
            render_story(story, res, task["documents"], task["layers"].get("claims"),
                         task["version"]), encoding="utf-8", newline="\n")
    return rows, report


# Shard outputs of the drift step, by the release table each becomes: the shard's
# alignments (its gold rows, origin gold, then the aligner's proposals for stories without
# gold), and the three tables only the drift step makes.
# Passage texts whose word keys and stems a shard's drift keeps for later stories (a passage
# syndicated into several stories is tokenised once); past this the cache starts afresh,
# so its memory stays bounded whatever the shard's size.
MEMO_TEXTS = 1 << 15

SHARD_OUTPUTS = {"release_alignments": "alignments", "version_pairs": "version_pairs",
                 "derivation_proposals": "derivation_proposals",
                 "quote_proposals": "quote_proposals"}


def shard_drift(documents: pl.DataFrame, segments: pl.DataFrame, layers: Frames,
                registry, drift_layers: dict, project_version: str,
                policy: str | tuple[str, ...], report_dir: Path | None
                ) -> tuple[Frames, object]:
    """(drift frames by shard output name, gate report): every story of one shard.

    The build plans whole stories into shards (``corpus.build.shard_rows``), so this is a
    per-shard step: it needs no other shard, runs on whatever engine runs the shard, and
    holds one shard's texts. Stories run in ``story_order``; each story's rows are Arrow
    frames at once; the shard's drift tables are checked here (models, foreign keys into
    the shard's documents and quotes, unique keys) because no later step holds them
    whole. ``layers``: the shard's span layers (quotes, mentions, claims, the gold
    ``alignments``) with their derived columns."""
    from corpus.gate import merge_reports, run_gate
    from corpus.registry import Registry

    light = documents.drop("text")
    order = story_order(light)
    story_of = {d: st for st, ds in order.items() for d in ds}
    texts = dict(documents.select("doc_id", "text").rows())
    dates = dict(light.select("doc_id", "date").rows())
    seg_of: dict[str, list] = {}
    for doc, st, e, k in segments.select("doc_id", "start", "end", "kind").rows():
        seg_of.setdefault(doc, []).append((st, e, k))
    gold = layers.get("alignments")
    if gold is not None:
        gold = gold.drop([c for c in ("_grow", "_shard") if c in gold.columns])
    gold_by = _by_story(gold, story_of)
    span = {k: _by_story(layers.get(k), story_of) for k in ("quotes", "mentions", "claims")}
    docs_by = _by_story(light, story_of)
    parts: dict[str, list[pl.DataFrame]] = {k: [] for k in DRIFT_TABLES}
    reports = []
    memo: dict = {}
    for story, members in order.items():
        if len(memo) > MEMO_TEXTS:
            memo.clear()
        own = {k: v[story] for k, v in span.items() if story in v}
        page = report_dir is not None and (
            policy == "all" or (policy == "annotated" and (bool(own) or story in gold_by))
            or (not isinstance(policy, str) and story in policy))
        task = {"story": story, "order": members,
                "docs": {d: {"text": texts[d], "date": dates.get(d)} for d in members},
                "segs": {d: seg_of.get(d, []) for d in members}, "layers": own,
                "gold": gold_by.get(story), "registry": registry,
                "documents": docs_by[story], "version": project_version,
                "report_dir": str(report_dir) if page else None, "memo": memo}
        frames, report = story_task(task)
        for k, v in frames.items():
            if v.height:
                parts[k].append(v)
        if report is not None:
            reports.append(report)
    out = to_frames(parts, gold)
    # the gold rows are checked with the whole gold layer (corpus.build's layer gate);
    # the aligner's rows exist only here
    mine = {**out, "alignments": out["alignments"].filter(pl.col("origin") == "aligner")}
    quotes = layers.get("quotes")
    if quotes is None:
        quotes = pl.DataFrame(schema={"quote_id": pl.String, "doc_id": pl.String})
    sub = Registry({n: drift_layers[n] for n in DRIFT_TABLES})
    reports.append(run_gate({**mine, "documents": light, "quotes": quotes}, sub,
                            tables=DRIFT_TABLES, checks=("foreign_keys", "keys_unique")))
    return ({name: out[table] for name, table in SHARD_OUTPUTS.items()},
            merge_reports(reports))

"""The drift tools on the corpus's own stories: the build's "drift" reduction.

Per story (versions in doc_id order; a dated version never derives from one dated later):
duplicates, alignments, quote clusters and variants, derivation proposals. The
reduction adds four tables and never touches a gold column:

- ``alignments``: the gold rows where a story has any (``origin: gold``), else the
  aligner's proposals (``origin: aligner``);
- ``version_pairs``: every pair of versions compared (duplicate kind, reuse shares);
- ``derivation_proposals``: one proposal per document, with score and reason;
- ``quote_proposals``: the proposed cluster and variant of every quote.

In the sharded build (:func:`drift_reduction`) a story's texts are gathered from the
shards' outputs and dropped once the story is done, so memory holds the open stories
only; each story's HTML report is written as it is finished.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import polars as pl

from corpus.drift.entities import Mention
from corpus.drift.quotes import Quote
from corpus.drift.quotes import from_record as quote_from_record
from corpus.drift.story import StoryDrift, Version, analyse
from corpus.drift.text import shingles

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


def story_rows(story: str, res: StoryDrift, proposals: bool) -> dict[str, list[dict]]:
    """The rows one story adds to each drift table (alignment proposals only when asked:
    a story with gold alignments keeps its gold)."""
    out: dict[str, list[dict]] = {k: [] for k in DRIFT_TABLES}
    if proposals:
        for r in res.alignments:
            out["alignments"].append({
                "alignment_id": alignment_id(r.doc_id, r.start, r.end, r.target_doc_id),
                "doc_id": r.doc_id, "start": r.start, "end": r.end, "text": r.text,
                "target_doc_id": r.target_doc_id, "target_start": r.target_start,
                "target_end": r.target_end, "target_text": r.target_text, "label": r.label,
                "edit": r.edit, "score": r.score, "uncertain": False, "note": None,
                "_file": "<aligner>", "_line": None})
    pairs: dict[tuple[str, str], dict] = {}
    for p in res.pairs:
        pairs[(p.doc_id, p.target_doc_id)] = {
            "story_id": story, "doc_id": p.doc_id, "target_doc_id": p.target_doc_id,
            "jaccard": round(p.jaccard, 4), "containment": round(p.containment, 4),
            "duplicate": p.kind, "verbatim_share": None, "rewritten_share": None,
            "new_share": None}
    sh = None
    for d, cands in res.reuse.items():
        for t, shares in cands.items():
            row = pairs.get((d, t))
            if row is None:
                if sh is None:
                    sh = {x: shingles("\n".join(p.text for p in res.passages[x]))
                          for x in res.order}
                a, b = sh[d], sh[t]
                inter = len(a & b)
                row = {"story_id": story, "doc_id": d, "target_doc_id": t,
                       "jaccard": round(inter / (len(a | b) or 1), 4),
                       "containment": round(inter / len(a), 4) if a else 0.0,
                       "duplicate": None}
                pairs[(d, t)] = row
            row.update({"verbatim_share": shares["verbatim"],
                        "rewritten_share": shares["rewritten"], "new_share": shares["new"]})
    out["version_pairs"] = list(pairs.values())
    for d in res.order:
        p = res.proposals[d]
        out["derivation_proposals"].append({
            "doc_id": d, "story_id": story, "derivation": p.derivation,
            "derived_from": list(p.derived_from), "score": p.score, "reason": p.reason,
            "boilerplate_share": res.boilerplate[d], "cited_outlets": list(res.cited.get(d, ()))})
    for q in res.quotes:
        out["quote_proposals"].append({"quote_id": q.quote_id, "doc_id": q.doc_id,
                                       "cluster_id": q.cluster, "variant": q.variant,
                                       "changes": q.note, "score": q.score})
    return out


def to_frames(rows: dict[str, list[dict]], gold: pl.DataFrame | None) -> Frames:
    """The drift tables as frames: gold alignments (origin gold) then proposals."""
    props = pl.DataFrame(rows["alignments"], schema=_ALIGN_SCHEMA)
    gold = gold if gold is not None else pl.DataFrame(schema=_ALIGN_SCHEMA)
    gold = gold.with_columns(pl.lit("gold").alias("origin"))
    props = props.with_columns(pl.lit("aligner").alias("origin"))
    return {"alignments": pl.concat([gold, props.select(gold.columns)], how="vertical_relaxed"),
            "version_pairs": pl.DataFrame(rows["version_pairs"], schema=_PAIR_SCHEMA),
            "derivation_proposals": pl.DataFrame(rows["derivation_proposals"],
                                                 schema=_DERIV_SCHEMA),
            "quote_proposals": pl.DataFrame(rows["quote_proposals"], schema=_QUOTE_SCHEMA)}


def add_drift(frames: Frames, results: dict[str, StoryDrift]) -> Frames:
    """Whole frames plus the drift tables (for ``build_frames`` users and tests)."""
    gold = frames.get("alignments")
    stories = dict(frames["documents"].select("doc_id", "story_id").rows())
    with_gold = {stories.get(d) for d in gold["doc_id"].to_list()} if gold is not None else set()
    rows: dict[str, list[dict]] = {k: [] for k in DRIFT_TABLES}
    for story in sorted(results):
        for k, v in story_rows(story, results[story], story not in with_gold).items():
            rows[k].extend(v)
    return {**frames, **to_frames(rows, gold)}


# --- the sharded build's reduction -------------------------------------------------------

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


def story_task(task: dict) -> tuple[dict[str, list[dict]], object]:
    """One finished story: its drift rows, the gold alignments' target check, its HTML
    report written to ``report_dir``. A pure function of ``task`` (any process)."""
    from corpus.drift.report import render_story
    from corpus.gate import run_gate

    story, order, docs, segs = task["story"], task["order"], task["docs"], task["segs"]
    v, q, m, c = _story_inputs(order, docs, segs, task["layers"])
    res = analyse(v, q, m, c, slug=f"qc:{story}")
    rows = story_rows(story, res, task["gold"] is None)
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


def drift_reduction(project, shard_dirs: list[Path], layers: Frames, documents: pl.DataFrame,
                    registry, report_dir: Path | None = None, workers: int = 1):
    """(drift frames, gate report): every story's drift, its texts read from the shards'
    outputs and freed once the story is complete; the gold alignments' target spans are
    checked against the target texts here (the one place both texts are at hand).

    Finished stories are analysed and rendered on ``workers`` processes (one story, or one
    worker: in this process); their rows are gathered in the order the stories finished,
    so the tables are the same bytes for every worker count."""
    from corpus.gate import merge_reports
    from corpus.steps import read_arrow

    order = story_order(documents)
    story_of = {d: s for s, ds in order.items() for d in ds}
    gold = layers.get("alignments")
    gold_by = _by_story(gold, story_of)
    span = {k: _by_story(layers.get(k), story_of) for k in ("quotes", "mentions", "claims")}
    docs_by = _by_story(documents, story_of)
    docs_light = dict(documents.select("doc_id", "date").rows())
    pending: dict[str, dict] = {}
    rows: dict[str, list[dict]] = {k: [] for k in DRIFT_TABLES}
    reports = []
    if report_dir is not None:
        report_dir.mkdir(parents=True, exist_ok=True)
    n = max(1, min(workers, len(order)))
    pool = None
    if n > 1:
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        pool = ProcessPoolExecutor(max_workers=n, mp_context=mp.get_context("spawn"))
    futures: list = []  # in the order the stories finished; at most 4n stories in flight

    def collect(result) -> None:
        story_rows_, report = result
        for k, val in story_rows_.items():
            rows[k].extend(val)
        if report is not None:
            reports.append(report)

    try:
        for d in shard_dirs:
            texts = pl.from_arrow(read_arrow(d / "documents.arrow")).select("doc_id", "text")
            segs = pl.from_arrow(read_arrow(d / "segments.arrow")).select("doc_id", "start",
                                                                         "end", "kind")
            seg_of: dict[str, list] = {}
            for doc, s, e, k in segs.rows():
                seg_of.setdefault(doc, []).append((s, e, k))
            for doc, text in texts.rows():
                story = story_of[doc]
                buf = pending.setdefault(story, {"docs": {}, "segs": {}})
                buf["docs"][doc] = {"text": text, "date": docs_light.get(doc)}
                buf["segs"][doc] = seg_of.get(doc, [])
                if len(buf["docs"]) != len(order[story]):
                    continue
                done = pending.pop(story)
                task = {"story": story, "order": order[story], "docs": done["docs"],
                        "segs": done["segs"],
                        "layers": {k: v[story] for k, v in span.items() if story in v},
                        "gold": gold_by.get(story), "registry": registry,
                        "documents": docs_by[story], "version": project.version,
                        "report_dir": None if report_dir is None else str(report_dir)}
                if pool is None:
                    collect(story_task(task))
                    continue
                futures.append(pool.submit(story_task, task))
                while len(futures) > 4 * n:
                    collect(futures.pop(0).result())
        for f in futures:
            collect(f.result())
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    frames = to_frames(rows, gold)
    return frames, (merge_reports(reports) if reports else None)

"""Figures about a release, computed from its tables.

The dataset card and DATASHEET.md quote only these numbers, so no count in the
documentation can disagree with the data it describes.
"""

from __future__ import annotations

import polars as pl
import pyarrow as pa


def _count_by(df: pl.DataFrame | pl.LazyFrame, *cols: str) -> list[dict]:
    if isinstance(df, pl.LazyFrame):
        return _collect(df.group_by(list(cols)).len("n").sort(list(cols))).to_dicts()
    if df.height == 0:
        return []
    return df.group_by(list(cols)).len("n").sort(list(cols)).to_dicts()


# Past this many documents the card and datasheet show summaries, not a row per document.
PER_DOCUMENT_LIMIT = 1000
# Hugging Face size_categories buckets (upper bounds, exclusive).
SIZE_CATEGORIES = ((1_000, "n<1K"), (10_000, "1K<n<10K"), (100_000, "10K<n<100K"),
                   (1_000_000, "100K<n<1M"), (10_000_000, "1M<n<10M"),
                   (100_000_000, "10M<n<100M"), (1_000_000_000, "100M<n<1B"))


def size_category(n: int) -> str:
    return next((label for bound, label in SIZE_CATEGORIES if n < bound), "n>1T")


def per_document(t: dict[str, pl.DataFrame]) -> list[dict]:
    """Per-document figures from whole tables (small corpora, tools)."""
    docs = t["documents"].select(
        "doc_id", "derivation", "authorship",
        pl.col("text").str.len_chars().alias("chars"))
    seg = t["segments"].with_columns((pl.col("end") - pl.col("start")).alias("len"))
    bp = seg.group_by("doc_id").agg(
        pl.len().alias("segments"),
        pl.col("len").filter(pl.col("boilerplate")).sum().alias("boilerplate_chars"))
    return _with_counts(docs.join(bp, on="doc_id", how="left"), t).sort("doc_id").to_dicts()


def _with_counts(out: pl.DataFrame | pl.LazyFrame, t: dict[str, pl.DataFrame]
                 ) -> pl.DataFrame | pl.LazyFrame:
    for name in ("mentions", "quotes", "claims"):
        n = t[name].group_by("doc_id").len(name)
        out = out.join(n.lazy() if isinstance(out, pl.LazyFrame) else n, on="doc_id",
                       how="left")
    return out.fill_null(0)  # callers that show rows sort them by doc_id


def _collect(lf: pl.LazyFrame) -> pl.DataFrame:
    """A lazy query over the shards' files, run by polars' streaming engine (bounded
    memory: aggregates and top-k need no frame of every document)."""
    return lf.collect(engine="streaming")


def _summary(per_doc: pl.LazyFrame) -> dict:
    """What the card shows instead of a row per document at scale: one streaming query
    (medians are exact, and the sums of integer columns exact in float64, so the figures
    are those of the whole frame)."""
    cols = ("chars", "segments", "boilerplate_chars", "mentions", "quotes", "claims")
    aggs = [e for c in cols for e in (
        pl.col(c).min().alias(f"{c}:min"), pl.col(c).median().alias(f"{c}:median"),
        pl.col(c).mean().alias(f"{c}:mean"), pl.col(c).max().alias(f"{c}:max"),
        pl.col(c).sum().alias(f"{c}:total"))]
    got = _collect(per_doc.select(pl.len().alias("documents"), *aggs)).row(0, named=True)

    def dist(col: str) -> dict:
        return {"min": int(got[f"{col}:min"]), "median": float(got[f"{col}:median"]),
                "mean": round(float(got[f"{col}:mean"]), 1), "max": int(got[f"{col}:max"]),
                "total": int(got[f"{col}:total"])}

    return {"documents": got["documents"], **{col: dist(col) for col in cols},
            "by_derivation": _count_by(per_doc, "derivation"),
            "by_authorship": _count_by(per_doc, "authorship")}


def release_stats(tables: dict[str, pa.Table]) -> dict:
    """Every figure the card and datasheet print, from whole tables."""
    t = {k: pl.from_arrow(v) for k, v in tables.items()}
    seg_kinds = t["segments"].group_by("kind").len("n")
    docs = t["documents"].select("doc_id", "story_id", "uncertain")
    per_doc = per_document(t)
    return stats_from(pl.DataFrame(per_doc) if per_doc else None, docs, seg_kinds,
                      {k: v for k, v in t.items() if k not in ("documents", "segments")},
                      {k: v.num_rows for k, v in tables.items()})


def stats_from(per_doc: pl.DataFrame | pl.LazyFrame | None,
               documents: pl.DataFrame | pl.LazyFrame, segment_kinds: pl.DataFrame,
               t: dict[str, pl.DataFrame], rows: dict[str, int]) -> dict:
    """Every figure the card and datasheet print, from the build's reductions: per-document
    figures, the documents without their text, kind counts over all shards, other layers.
    The build's per-document frames are lazy scans of its shard files: only aggregates
    (and, below the per-document limit, the rows themselves) are collected."""
    per_doc = None if per_doc is None else per_doc.lazy()
    documents = documents.lazy()
    n = 0 if per_doc is None else _collect(per_doc.select(pl.len())).item()
    if per_doc is None or n == 0:
        docs_list: list[dict] = []
        summary = None
    else:
        per_doc = _with_counts(per_doc.select("doc_id", "derivation", "authorship", "chars",
                                              "segments", "boilerplate_chars"), t)
        big = n > PER_DOCUMENT_LIMIT
        docs_list = [] if big else _collect(per_doc.sort("doc_id")).to_dicts()
        summary = _summary(per_doc) if big else None
    uncertain = {"documents": documents, **{k: v.lazy() for k, v in t.items()}}
    uncertain = {k: int(_collect(v.select(pl.col("uncertain").sum())).item())
                 for k, v in uncertain.items() if "uncertain" in v.collect_schema().names()}
    out = {
        "rows": dict(sorted(rows.items())),
        "stories": _collect(documents.select(pl.col("story_id").n_unique())).item(),
        "documents": docs_list,
        "segment_kinds": segment_kinds.select("kind", pl.col("n").cast(pl.Int64)).sort(
            "kind").to_dicts() if segment_kinds.height else [],
        "mention_labels": _count_by(t["mentions"], "label"),
        "mentions_by_segment_kind": _count_by(t["mentions"], "segment_kind"),
        "entity_labels": _count_by(t["entities"], "label"),
        "quote_kinds": _count_by(t["quotes"], "kind"),
        "quote_variants": _count_by(t["quotes"].filter(pl.col("variant").is_not_null()),
                                    "variant"),
        "quote_clusters": t["quotes"]["cluster_id"].drop_nulls().n_unique(),
        "claim_status": _count_by(t["claims"], "status"),
        "claim_status_by_document": _count_by(t["claims"], "doc_id", "status"),
        "uncertain": uncertain,
    }
    if summary is not None:
        out["documents_summary"] = summary
    return out

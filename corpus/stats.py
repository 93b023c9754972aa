"""Figures about a release, computed from its tables.

The dataset card and DATASHEET.md quote only these numbers, so no count in the
documentation can disagree with the data it describes.
"""

from __future__ import annotations

import polars as pl
import pyarrow as pa


def _count_by(df: pl.DataFrame, *cols: str) -> list[dict]:
    if df.height == 0:
        return []
    return df.group_by(list(cols)).len("n").sort(list(cols)).to_dicts()


def per_document(t: dict[str, pl.DataFrame]) -> list[dict]:
    docs = t["documents"].select(
        "doc_id", "derivation", "authorship",
        pl.col("text").str.len_chars().alias("chars"))
    seg = t["segments"].with_columns((pl.col("end") - pl.col("start")).alias("len"))
    bp = seg.group_by("doc_id").agg(
        pl.len().alias("segments"),
        pl.col("len").filter(pl.col("boilerplate")).sum().alias("boilerplate_chars"))
    out = docs.join(bp, on="doc_id", how="left")
    for name in ("mentions", "quotes", "claims"):
        n = t[name].group_by("doc_id").len(name)
        out = out.join(n, on="doc_id", how="left")
    return out.fill_null(0).sort("doc_id").to_dicts()


def release_stats(tables: dict[str, pa.Table]) -> dict:
    """Every figure the card and datasheet print, as plain JSON-able data."""
    t = {k: pl.from_arrow(v) for k, v in tables.items()}
    return {
        "rows": {k: v.num_rows for k, v in sorted(tables.items())},
        "stories": t["documents"]["story_id"].n_unique(),
        "documents": per_document(t),
        "segment_kinds": _count_by(t["segments"], "kind"),
        "mention_labels": _count_by(t["mentions"], "label"),
        "mentions_by_segment_kind": _count_by(t["mentions"], "segment_kind"),
        "entity_labels": _count_by(t["entities"], "label"),
        "quote_kinds": _count_by(t["quotes"], "kind"),
        "quote_variants": _count_by(t["quotes"].filter(pl.col("variant").is_not_null()),
                                    "variant"),
        "quote_clusters": t["quotes"]["cluster_id"].drop_nulls().n_unique(),
        "claim_status": _count_by(t["claims"], "status"),
        "claim_status_by_document": _count_by(t["claims"], "doc_id", "status"),
        "uncertain": {k: int(v["uncertain"].sum()) for k, v in t.items()
                      if "uncertain" in v.columns},
    }

"""Span matching, precision, recall and F1: one definition for every evaluation.

Used by inter-annotator agreement, the segmenter and the pre-annotator scores, so that
"overlap F1" means the same thing in every table of the card.
"""

from __future__ import annotations

import polars as pl


def prf(correct: int, predicted: int, gold: int) -> dict[str, float | int]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "correct": correct, "predicted": predicted, "gold": gold}


def match_spans(a: list[dict], b: list[dict]) -> list[tuple[int, int, bool]]:
    """One-to-one greedy matching of overlapping spans: exact first, then larger overlap.

    Returns (index in a, index in b, exact) triples. Candidate pairs come from a polars
    join per document; only the greedy pass is sequential.
    """
    if not a or not b:
        return []
    fa = pl.DataFrame({"ia": range(len(a)), "doc_id": [r["doc_id"] for r in a],
                       "sa": [r["start"] for r in a], "ea": [r["end"] for r in a]})
    fb = pl.DataFrame({"ib": range(len(b)), "doc_id": [r["doc_id"] for r in b],
                       "sb": [r["start"] for r in b], "eb": [r["end"] for r in b]})
    cand = (
        fa.join(fb, on="doc_id")
        .filter(((pl.col("sa") < pl.col("eb")) & (pl.col("sb") < pl.col("ea")))
                | ((pl.col("sa") == pl.col("sb")) & (pl.col("ea") == pl.col("eb"))))
        .with_columns(
            exact=(pl.col("sa") == pl.col("sb")) & (pl.col("ea") == pl.col("eb")),
            ov=pl.min_horizontal("ea", "eb") - pl.max_horizontal("sa", "sb"),
        )
        .sort(["exact", "ov", "doc_id", "sa", "ea", "sb", "eb", "ia", "ib"],
              descending=[True, True, False, False, False, False, False, False, False])
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    out = []
    for ia, ib, exact in cand.select("ia", "ib", "exact").iter_rows():
        if ia in used_a or ib in used_b:
            continue
        used_a.add(ia)
        used_b.add(ib)
        out.append((ia, ib, exact))
    return sorted(out)


def norm_name(s: str | None) -> str:
    """A speaker name as compared: casefolded, curly apostrophe straightened, spaces folded."""
    return " ".join((s or "").replace("\u2019", "'").casefold().split())


def speaker_right(pred: dict, gold: dict, entities: dict[str, dict]) -> bool:
    """A predicted speaker name is right if it is the gold speaker entity's name or an alias
    (or both are absent)."""
    ent = entities.get(gold.get("speaker_entity_id") or "")
    if ent is None:
        return pred.get("speaker") is None
    names = {norm_name(ent.get("name"))} | {norm_name(a) for a in ent.get("aliases") or []}
    return norm_name(pred.get("speaker")) in names

"""Scoring the segmenter against the gold segmentation (written by an AI development session).

A predicted segment is correct when its start, end and kind all equal a gold segment's;
separators are left out (they follow from the others). Used by
``scripts/eval_segments.py`` and by the release, which quotes the figures in the card.
"""

from __future__ import annotations

from collections import Counter

from corpus.scoring import prf
from corpus.segment import segment_text
from corpus.vocab import SEGMENT_KINDS, SEGMENT_SEPARATOR

Key = tuple[str, int, int, str]


def gold_keys(records: list[dict], doc_ids: set[str]) -> set[Key]:
    return {(r["doc_id"], r["start"], r["end"], r["kind"]) for r in records
            if r["kind"] != SEGMENT_SEPARATOR and r["doc_id"] in doc_ids}


def predicted_keys(docs: dict[str, str]) -> set[Key]:
    return {(d, s, e, k) for d, text in docs.items() for s, e, k in segment_text(text)
            if k != SEGMENT_SEPARATOR}


def score(gold: set[Key], pred: set[Key]) -> dict:
    """Per-kind and micro-averaged figures, kinds in vocabulary order."""
    tp = Counter(k[3] for k in gold & pred)
    ng, npred = Counter(k[3] for k in gold), Counter(k[3] for k in pred)
    kinds = [k for k in SEGMENT_KINDS if ng[k] or npred[k]]
    per_kind = {k: prf(tp[k], npred[k], ng[k]) for k in kinds}
    micro = prf(sum(tp.values()), len(pred), len(gold))
    return {"match": "exact start, end and kind; separators excluded",
            "note": "in-sample: the rules were written with these seed documents in view, "
                    "so these figures overstate accuracy on unseen pages",
            "documents": len({k[0] for k in gold}), "per_kind": per_kind, "micro": micro}


def table(figures: dict) -> str:
    rows = [f"{'kind':<18} {'P':>6} {'R':>6} {'F1':>6} {'gold':>5} {'pred':>5} {'ok':>5}"]
    items = list(figures["per_kind"].items()) + [("MICRO", figures["micro"])]
    for name, f in items:
        if name == "MICRO":
            rows.append("-" * len(rows[0]))
        rows.append(f"{name:<18} {f['precision']:>6.3f} {f['recall']:>6.3f} {f['f1']:>6.3f} "
                    f"{f['gold']:>5} {f['predicted']:>5} {f['correct']:>5}")
    return "\n".join(rows)


def evaluate(docs: dict[str, str], gold_records: list[dict]) -> dict:
    """Figures for the documents that have gold segments."""
    gold = gold_keys(gold_records, set(docs))
    covered = {k[0] for k in gold}
    return score(gold, predicted_keys({d: t for d, t in docs.items() if d in covered}))

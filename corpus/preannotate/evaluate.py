"""Scoring the pre-annotators against gold quotes and mentions.

Exact and overlap (one-to-one, largest overlap first) P/R/F1 for quotes (all and per
kind) and mentions (all and per label), and speaker accuracy on matched direct and
mixed quotes. Used by ``scripts/eval_preannotators.py`` and by the release card.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from corpus.jsonl import read_jsonl
from corpus.preannotate.entities import extract_mentions_batch
from corpus.preannotate.quotes import extract_quotes
from corpus.scoring import match_spans, prf, speaker_right


def score_spans(pred: list[dict], gold: list[dict],
                keep: Callable[[dict], bool] = lambda r: True) -> dict[str, Any]:
    """Exact and overlap P/R/F1 of the kept spans (one-to-one, within each document)."""
    p = [r for r in pred if keep(r)]
    g = [r for r in gold if keep(r)]
    pairs = match_spans(p, g)
    return {"exact": prf(sum(1 for *_, exact in pairs if exact), len(p), len(g)),
            "overlap": prf(len(pairs), len(p), len(g))}


def speaker_accuracy(pred: list[dict], gold: list[dict],
                     entities: dict[str, dict]) -> dict[str, Any]:
    """Among overlap-matched gold direct/mixed quotes: predicted name = gold entity's."""
    gold = [r for r in gold if r["kind"] in ("direct", "mixed")]
    ok = 0
    by_kind: dict[str, list[int]] = {}
    errors = []
    pairs = match_spans(pred, gold)
    for i, j, _exact in pairs:
        g, p = gold[j], pred[i]
        good = speaker_right(p, g, entities)
        ok += good
        counts = by_kind.setdefault(g["kind"], [0, 0])
        counts[0] += good
        counts[1] += 1
        if not good:
            errors.append({"doc_id": g["doc_id"], "start": g["start"],
                           "gold": g.get("speaker_entity_id"), "pred": p.get("speaker"),
                           "text": g["text"][:60]})
    n = len(pairs)
    return {"accuracy": round(ok / n, 4) if n else 0.0, "correct": ok, "n": n,
            "by_gold_kind": {k: {"accuracy": round(a / b, 4), "correct": a, "n": b}
                             for k, (a, b) in sorted(by_kind.items())},
            "errors": errors}


def evaluate(gold_dir: Path, texts: dict[str, str], catalogue: Path | None) -> dict[str, Any]:
    """Score both pre-annotators on ``texts`` against the layers in ``gold_dir``."""
    def records(name: str) -> list[dict[str, Any]]:
        path = gold_dir / f"{name}.jsonl"
        return read_jsonl(path) if path.is_file() else []

    res = evaluate_records(records("quotes"), records("mentions"), records("entities"), texts,
                           catalogue)
    return {"gold": gold_dir.name, **res}


def evaluate_records(gold_q: list[dict], gold_m: list[dict], entity_rows: list[dict],
                     texts: dict[str, str], catalogue: Path | None = None) -> dict[str, Any]:
    """Score both pre-annotators on the documents that have gold quotes or mentions."""
    entities = {e["entity_id"]: e for e in entity_rows}
    annotated = {r["doc_id"] for r in gold_q + gold_m}
    texts = {d: t for d, t in sorted(texts.items()) if d in annotated}
    pred_q: list[dict] = []
    pred_m: list[dict] = []
    mentions_of = extract_mentions_batch(list(texts.values()), catalogue)
    for (d, text), found in zip(texts.items(), mentions_of, strict=True):
        pred_q += [dict(q.__dict__, doc_id=d) for q in extract_quotes(text)]
        pred_m += [dict(m.__dict__, doc_id=d) for m in found]
    gold_q = [r for r in gold_q if r["doc_id"] in texts]
    gold_m = [r for r in gold_m if r["doc_id"] in texts]
    kinds = sorted({r["kind"] for r in gold_q} | {r["kind"] for r in pred_q})
    labels = sorted({r["label"] for r in gold_m} | {r["label"] for r in pred_m})
    quotes = {"all": score_spans(pred_q, gold_q)}
    for k in kinds:
        quotes[k] = score_spans(pred_q, gold_q, lambda r, k=k: r["kind"] == k)
    mentions = {"spans": score_spans(pred_m, gold_m)}
    for lab in labels:
        mentions[lab] = score_spans(pred_m, gold_m, lambda r, lab=lab: r["label"] == lab)
    return {"documents": sorted(texts), "quotes": quotes,
            "speaker": speaker_accuracy(pred_q, gold_q, entities), "mentions": mentions,
            "catalogue": catalogue.name if catalogue else None}


def render(res: dict[str, Any]) -> str:
    lines = [f"gold: {res['gold']}  documents: {len(res['documents'])}  "
             f"catalogue: {res['catalogue']}", ""]
    head = f"{'layer':9} {'subset':13} {'gold':>5} {'pred':>5}   " \
           f"{'exact P':>7} {'R':>6} {'F1':>6}   {'overlap P':>9} {'R':>6} {'F1':>6}"
    lines.append(head)
    lines.append("-" * len(head))
    for layer in ("quotes", "mentions"):
        for subset, s in res[layer].items():
            e, o = s["exact"], s["overlap"]
            lines.append(f"{layer:9} {subset:13} {e['gold']:>5} {e['predicted']:>5}   "
                         f"{e['precision']:>7.3f} {e['recall']:>6.3f} {e['f1']:>6.3f}   "
                         f"{o['precision']:>9.3f} {o['recall']:>6.3f} {o['f1']:>6.3f}")
    sp = res["speaker"]
    lines += ["", f"speaker accuracy (matched direct/mixed quotes): {sp['accuracy']:.3f} "
                  f"({sp['correct']}/{sp['n']})"]
    for kind, v in sp["by_gold_kind"].items():
        lines.append(f"  gold {kind}: {v['accuracy']:.3f} ({v['correct']}/{v['n']})")
    for err in sp["errors"]:
        lines.append(f"  {err['doc_id']}:{err['start']} gold={err['gold']} "
                     f"pred={err['pred']!r}  {err['text']!r}")
    return "\n".join(lines)

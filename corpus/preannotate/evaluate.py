"""Scoring the pre-annotators against gold quotes and mentions.

Exact and overlap (one-to-one, largest overlap first) P/R/F1 for quotes (all and per
kind) and mentions (all and per label), and speaker accuracy on matched direct and
mixed quotes. Used by ``scripts/eval_preannotators.py`` and by the release card.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from corpus.jsonl import read_jsonl
from corpus.preannotate.entities import extract_mentions
from corpus.preannotate.quotes import extract_quotes
from corpus.scoring import prf

Span = tuple[int, int]


def match_overlap(pred: list[Span], gold: list[Span]) -> list[tuple[int, int]]:
    """One-to-one matching of overlapping spans, largest overlaps first."""
    pairs = []
    for i, (ps, pe) in enumerate(pred):
        for j, (gs, ge) in enumerate(gold):
            ov = min(pe, ge) - max(ps, gs)
            if ov > 0:
                pairs.append((ov, i, j))
    used_p, used_g, out = set(), set(), []
    for _ov, i, j in sorted(pairs, key=lambda x: (-x[0], x[1], x[2])):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            out.append((i, j))
    return out


def score_spans(pred_by_doc: dict[str, list[dict]], gold_by_doc: dict[str, list[dict]],
                keep: Callable[[dict], bool] = lambda r: True) -> dict[str, Any]:
    tp_exact = tp_ov = n_pred = n_gold = 0
    for doc in sorted(set(pred_by_doc) | set(gold_by_doc)):
        pred = [r for r in pred_by_doc.get(doc, []) if keep(r)]
        gold = [r for r in gold_by_doc.get(doc, []) if keep(r)]
        n_pred += len(pred)
        n_gold += len(gold)
        gs = {(r["start"], r["end"]) for r in gold}
        tp_exact += sum((r["start"], r["end"]) in gs for r in pred)
        tp_ov += len(match_overlap([(r["start"], r["end"]) for r in pred],
                                   [(r["start"], r["end"]) for r in gold]))
    return {"exact": prf(tp_exact, n_pred, n_gold), "overlap": prf(tp_ov, n_pred, n_gold)}


def norm(s: str | None) -> str:
    return " ".join((s or "").replace("’", "'").casefold().split())


def speaker_accuracy(pred_by_doc: dict[str, list[dict]], gold_by_doc: dict[str, list[dict]],
                     entities: dict[str, dict]) -> dict[str, Any]:
    """Among overlap-matched gold direct/mixed quotes: predicted name = gold entity's."""
    n = ok = 0
    by_kind: dict[str, list[int]] = {}
    errors = []
    for doc in sorted(gold_by_doc):
        gold = [r for r in gold_by_doc[doc] if r["kind"] in ("direct", "mixed")]
        pred = pred_by_doc.get(doc, [])
        for i, j in match_overlap([(r["start"], r["end"]) for r in pred],
                                  [(r["start"], r["end"]) for r in gold]):
            g, p = gold[j], pred[i]
            n += 1
            ent = entities.get(g.get("speaker_entity_id") or "")
            if ent is None:
                good = p.get("speaker") is None
            else:
                names = {norm(ent.get("name"))} | {norm(a) for a in ent.get("aliases") or []}
                good = norm(p.get("speaker")) in names
            ok += good
            by_kind.setdefault(g["kind"], [0, 0])
            by_kind[g["kind"]][0] += good
            by_kind[g["kind"]][1] += 1
            if not good:
                errors.append({"doc_id": doc, "start": g["start"], "gold": g.get(
                    "speaker_entity_id"), "pred": p.get("speaker"), "text": g["text"][:60]})
    return {"accuracy": round(ok / n, 4) if n else 0.0, "correct": ok, "n": n,
            "by_gold_kind": {k: {"accuracy": round(a / b, 4), "correct": a, "n": b}
                             for k, (a, b) in sorted(by_kind.items())},
            "errors": errors}


def group(records: Iterable[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = {}
    for r in records:
        out.setdefault(r["doc_id"], []).append(r)
    return out


def _records(path: Path) -> list[dict[str, Any]]:
    return read_jsonl(path) if path.is_file() else []


def evaluate(gold_dir: Path, texts: dict[str, str], catalogue: Path | None) -> dict[str, Any]:
    """Score both pre-annotators on ``texts`` against the layers in ``gold_dir``."""
    gold_q = _records(gold_dir / "quotes.jsonl")
    gold_m = _records(gold_dir / "mentions.jsonl")
    entities = {e["entity_id"]: e for e in _records(gold_dir / "entities.jsonl")}
    annotated = {r["doc_id"] for r in gold_q + gold_m}
    texts = {d: t for d, t in texts.items() if d in annotated}
    pred_q: list[dict] = []
    pred_m: list[dict] = []
    for d, text in texts.items():
        pred_q += [dict(q.__dict__, doc_id=d) for q in extract_quotes(text)]
        pred_m += [dict(m.__dict__, doc_id=d) for m in extract_mentions(text, catalogue)]
    gq = group(r for r in gold_q if r["doc_id"] in texts)
    gm = group(r for r in gold_m if r["doc_id"] in texts)
    pq, pm = group(pred_q), group(pred_m)
    kinds = sorted({r["kind"] for r in gold_q} | {r["kind"] for r in pred_q})
    labels = sorted({r["label"] for r in gold_m} | {r["label"] for r in pred_m})
    quotes = {"all": score_spans(pq, gq)}
    for k in kinds:
        quotes[k] = score_spans(pq, gq, lambda r, k=k: r["kind"] == k)
    mentions = {"spans": score_spans(pm, gm)}
    for lab in labels:
        mentions[lab] = score_spans(pm, gm, lambda r, lab=lab: r["label"] == lab)
    return {"gold": gold_dir.name, "documents": sorted(texts), "quotes": quotes,
            "speaker": speaker_accuracy(pq, gq, entities), "mentions": mentions,
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

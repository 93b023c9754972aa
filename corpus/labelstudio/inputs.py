"""What push sends: the documents' exact texts and the records to offer as predictions.

Documents come from the source folders (their manifest.jsonl, else ``*.txt`` with doc_id =
file stem), records from an annotation folder (gold/ or passes/<annotator>/), and layers
gold does not have yet from the pre-annotators, reached only through
:func:`preannotation_records`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from corpus.documents import texts_from_paths
from corpus.errors import CorpusError, Problem
from corpus.labelstudio import convert
from corpus.project import load_project
from corpus.registry import REGISTRY

Records = dict[str, list[dict[str, Any]]]


def default_doc_paths(root: Path | None = None) -> list[Path]:
    """The source folders named in pyproject.toml ([tool.storydrift] sources)."""
    project = load_project(root)
    return [project.root / n for n in project.sources]


def load_documents(paths: list[Path]) -> dict[str, str]:
    """doc_id -> exact text of the documents under the paths (see corpus.documents)."""
    docs = texts_from_paths(paths)
    if not docs:
        raise CorpusError("no documents found", [Problem(", ".join(map(str, paths)), "no *.txt")])
    return docs


def load_records(ann_dir: Path) -> Records:
    """The bridge's layers present in an annotation folder (gold/ or passes/<annotator>/),
    through the one typed layer reader: unknown fields and wrong types are refused; a pass
    still being annotated may lack required fields; other files are not layers here."""
    from corpus.layers import read_folder_records

    recs = read_folder_records(ann_dir, keep_line=True, complete=False,
                               unknown_files="ignore")
    return {layer: recs[layer] for layer in convert.LAYERS if layer in recs}


def _preannotators():
    """``extract_quotes`` and ``extract_mentions`` from ``corpus.preannotate`` (another module)."""
    import importlib

    found = {}
    for name, modules in (("extract_quotes", ("corpus.preannotate", "corpus.preannotate.quotes")),
                          ("extract_mentions",
                           ("corpus.preannotate", "corpus.preannotate.entities"))):
        for mod in modules:
            try:
                fn = getattr(importlib.import_module(mod), name, None)
            except ImportError:
                fn = None
            if fn is not None:
                found[name] = fn
                break
    if len(found) < 2:
        raise CorpusError("pre-annotators unavailable (corpus.preannotate lacks extract_quotes/"
                          "extract_mentions); push with --annotations DIR instead")
    return found["extract_quotes"], found["extract_mentions"]


def preannotation_records(docs: dict[str, str],
                          catalogue: Path | None = None) -> tuple[Records, float]:
    """The pre-annotators' spans as annotation records, and their mean score.

    The only coupling to ``corpus.preannotate``: it returns dataclasses with start, end,
    kind/label, speaker and cue spans, group and score."""
    extract_quotes, extract_mentions = _preannotators()
    out: Records = {"mentions": [], "quotes": []}
    scores: list[float] = []
    for doc_id, text in docs.items():
        for m in extract_mentions(text, catalogue) if catalogue else extract_mentions(text):
            out["mentions"].append({
                "mention_id": convert.derived_id("mentions", doc_id, m.start, m.end),
                "doc_id": doc_id, "start": m.start, "end": m.end, "text": text[m.start:m.end],
                "label": m.label, "entity_id": getattr(m, "entity_id", None),
                "uncertain": False, "note": None})
            scores.append(float(getattr(m, "score", 0.5)))
        for q in extract_quotes(text):
            speaker = getattr(q, "speaker", None)
            group = getattr(q, "group", None)
            rec = {"quote_id": convert.derived_id("quotes", doc_id, q.start, q.end),
                   "doc_id": doc_id, "start": q.start, "end": q.end, "text": text[q.start:q.end],
                   "kind": q.kind,
                   "group_id": f"qg:{doc_id}:{group}" if group is not None else None,
                   "uncertain": False,
                   "note": f"pre-annotated speaker: {speaker}" if speaker else None}
            for role in ("speaker", "cue"):
                s, e = getattr(q, f"{role}_start", None), getattr(q, f"{role}_end", None)
                if isinstance(s, int) and isinstance(e, int):
                    rec.update({f"{role}_start": s, f"{role}_end": e,
                                f"{role}_text": text[s:e]})
            out["quotes"].append(rec)
            scores.append(float(getattr(q, "score", 0.5)))
    return out, (round(sum(scores) / len(scores), 4) if scores else 0.5)


PREANNOTATED_LAYERS = ("mentions", "quotes")


def gather(docs: dict[str, str], annotations: Path | None = None, gold: Path | None = None,
           preannotate: bool = True) -> tuple[Records, str, float]:
    """What to push as the prediction: (records, model_version, score).

    An explicit folder is pushed as it is. Otherwise the gold layers that exist, with the
    pre-annotators filling the layers gold does not have yet (mentions, quotes)."""
    gold = gold or load_project().gold
    if annotations is not None:
        if not annotations.is_dir():
            from corpus.paths import shown

            raise CorpusError(f"{shown(annotations)}: annotation folder not found",
                              [Problem(shown(annotations), "not a folder")])
        return load_records(annotations), f"storydrift-{annotations.name}", 1.0
    records = load_records(gold) if gold.is_dir() else {}
    missing = [layer for layer in PREANNOTATED_LAYERS if layer not in records]
    if not preannotate or not missing:
        return records, "storydrift-gold", 1.0
    catalogue = gold / "entities.jsonl"
    pre, score = preannotation_records(docs, catalogue if catalogue.is_file() else None)
    records.update({layer: pre[layer] for layer in missing})
    return records, "storydrift-gold+preannotate" if len(records) > len(missing) else \
        "storydrift-preannotate", score


def drift(docs: dict[str, str], records: Records):
    """The drift tools' proposals for the pushed documents and records, as their own
    prediction (:func:`corpus.drift.labelstudio.drift_prediction`); gold stays in the
    other prediction, untouched."""
    from corpus.drift.labelstudio import drift_prediction

    return drift_prediction(docs, records)


def check_records(records: Records, docs: dict[str, str]) -> None:
    """Refuse to push spans that do not fit their document (the gate's job, checked cheaply)."""
    problems = []
    for layer, recs in records.items():
        table = REGISTRY[layer].table
        for rec in recs:
            doc = rec.get("doc_id")
            if layer == "claim_evidence" or doc not in docs:
                continue
            text = docs[doc]
            for prefix in table.spans:
                p = f"{prefix}_" if prefix else ""
                s, e, t = rec.get(f"{p}start"), rec.get(f"{p}end"), rec.get(f"{p}text")
                if s is None and e is None and prefix:
                    continue
                if type(s) is not int or type(e) is not int or not 0 <= s < e <= len(text):
                    problems.append(Problem(f"{layer}.jsonl", f"bad offsets {s}-{e}",
                                            rec.get("_line"), doc, f"{p}start"))
                elif t != text[s:e]:
                    problems.append(Problem(f"{layer}.jsonl", f"{p}text {t!r} is not the "
                                            f"document's text at {s}-{e}", rec.get("_line"),
                                            doc, f"{p}text"))
    if problems:
        raise CorpusError(f"{len(problems)} records do not fit their documents", problems)


def by_doc(records: Records, doc_id: str) -> Records:
    out = {layer: [r for r in recs if r.get("doc_id") == doc_id]
           for layer, recs in records.items() if layer != "claim_evidence"}
    out["claim_evidence"] = records.get("claim_evidence", [])  # keyed by claim, any document
    return out

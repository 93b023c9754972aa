"""Drift proposals as Label Studio predictions, for review like the other layers.

``corpus labelstudio push`` sends, besides the gold-or-pre-annotation prediction, one
prediction per task from the drift tools (``model_version`` ``storydrift-align-<version>``),
on the controls of the layers the proposals are for:

- ``documents``: the proposed ``derivation`` (choice) and ``derived_from`` (TextArea),
  the reason and score in ``derivation_note``; duplicate/containment findings and
  entity-drift candidates (a participant no other version names: a fabricated one?) as
  review hints in the document ``note``; authorship and story as gold has them (the
  drift tools propose no authorship);
- ``quotes``: every quote of the task (gold where gold has the layer, else the
  pre-annotator's) with the proposed ``cluster_id``, ``variant`` and ``variant_note`` (the
  changed words) in place of its own: a cluster's earliest rendering is the reference,
  ``verbatim`` as in gold;
- ``alignments``: the aligner's passage alignments against the proposed parents.

Each region and document choice carries the proposal's own ``score`` (Label Studio shows
it); the prediction's score is the mean over the task's scored proposals. The reviewer
accepts or edits the prediction; ``pull`` writes the annotation into
``passes/<annotator>/`` like any other. Gold is never touched: the proposals are their own
prediction, beside the gold one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.drift.corpus_drift import alignment_id
from corpus.drift.entities import Mention
from corpus.drift.quotes import from_record as quote_from_record
from corpus.drift.story import StoryDrift, Version, analyse

if TYPE_CHECKING:
    from corpus.labelstudio.push import Prediction

Records = dict[str, list[dict[str, Any]]]
TOOL = "storydrift-align"
REFERENCE_NOTE = "reference (earliest rendering)"


def model_version() -> str:
    """The drift tool and its version, as the predictions' ``model_version``."""
    from corpus import __version__

    return f"{TOOL}-{__version__}"


@dataclass
class _Context:
    story_of: dict[str, str] = field(default_factory=dict)
    date_of: dict[str, str | None] = field(default_factory=dict)
    segments: dict[str, list[tuple[int, int, str]]] = field(default_factory=dict)
    texts: dict[str, str] = field(default_factory=dict)  # gold segment texts were checked


def _context(root: Path | None = None) -> _Context:
    """Stories, dates and gold segments from the project, as the build has them; outside a
    project nothing (the given files are one story, segmented by the segmenter)."""
    from corpus.errors import CorpusError

    ctx = _Context()
    try:
        from corpus.jsonl import read_jsonl
        from corpus.manifest import read_manifests
        from corpus.project import load_project

        project = load_project(root)
    except CorpusError:
        return ctx
    for e in read_manifests(project.root, project.sources, project.allowed_roots):
        ctx.story_of[e.doc_id], ctx.date_of[e.doc_id] = e.story_id, e.date
    if project.gold_segments.is_file():
        for r in read_jsonl(project.gold_segments):
            ctx.segments.setdefault(r["doc_id"], []).append((r["start"], r["end"], r["kind"]))
            ctx.texts.setdefault(r["doc_id"], "")
            ctx.texts[r["doc_id"]] += r["text"]
    return ctx


def stories_of(doc_ids: list[str], ctx: _Context | None = None) -> dict[str, list[str]]:
    """story_id -> doc_ids (doc_id order) from the project's manifests; documents no
    manifest lists form one story of their own, in doc_id order."""
    ctx = ctx if ctx is not None else _context()
    out: dict[str, list[str]] = {}
    for d in sorted(doc_ids):
        out.setdefault(ctx.story_of.get(d, "<given files>"), []).append(d)
    return out


def _segments(doc_id: str, text: str, ctx: _Context) -> list[tuple[int, int, str]]:
    from corpus.segment import segment_text

    segs = ctx.segments.get(doc_id)
    if segs and ctx.texts.get(doc_id) == text:  # gold segments of this very text
        return sorted(segs)
    return [(s, e, k) for s, e, k in segment_text(text)]


def analyse_docs(docs: dict[str, str], records: Records | None = None,
                 ctx: _Context | None = None) -> dict[str, StoryDrift]:
    """The drift tools on the pushed documents, story by story, with the quotes and
    mentions being pushed (gold, else the pre-annotators')."""
    ctx = ctx if ctx is not None else _context()
    records = records or {}
    out = {}
    for story, order in sorted(stories_of(list(docs), ctx).items()):
        pos = {d: i for i, d in enumerate(order)}
        versions = [Version(d, docs[d], _segments(d, docs[d], ctx), ctx.date_of.get(d))
                    for d in order]
        quotes = [quote_from_record(q, pos[q["doc_id"]]) for q in records.get("quotes", [])
                  if q.get("doc_id") in pos and q.get("kind") and q.get("quote_id")]
        mentions = [Mention(m["doc_id"], m["start"], m["end"], m["text"], m["label"],
                            m.get("entity_id")) for m in records.get("mentions", [])
                    if m.get("doc_id") in pos and m.get("label")]
        claims = [(c["claim_id"], c["doc_id"], c["text"]) for c in records.get("claims", [])
                  if c.get("doc_id") in pos and c.get("claim_id")]
        out[story] = analyse(versions, quotes, mentions, claims, slug=f"qc:{story}")
    return out


def _hints(doc_id: str, res: StoryDrift) -> str | None:
    """Duplicate/containment findings and entity-drift candidates of one document."""
    lines = []
    for p in res.pairs:
        if p.kind and doc_id in (p.doc_id, p.target_doc_id):
            other = p.target_doc_id if p.doc_id == doc_id else p.doc_id
            if p.kind == "contained":
                what = "contained in" if p.doc_id == doc_id else "contains"
            else:
                what = p.kind.replace("_", "-") + " to"
            lines.append(f"duplicate: body {what} {other} (shingle Jaccard {p.jaccard:.2f}, "
                         f"containment {p.containment:.2f})")
    unsupported = [e for e in res.entity_drift if e.doc_id == doc_id and e.status == "unsupported"]
    for e in unsupported:
        lines.append(f"entity drift: {e.name} ({e.label}, {e.entity}) is named by no other "
                     "version and by no outlet this one credits: a fabricated participant?")
    if not lines:
        return None
    return f"review hints from {model_version()}:\n" + "\n".join(lines)


def _mean(xs: list[float]) -> float:
    return round(sum(xs) / len(xs), 4) if xs else 1.0


def drift_prediction(docs: dict[str, str], records: Records | None = None,
                     root: Path | None = None) -> Prediction:
    """The drift prediction for every pushed document (see the module docstring)."""
    from corpus.labelstudio.push import Prediction
    from corpus.labelstudio.records import region_id

    records = records or {}
    ctx = _context(root)
    results = analyse_docs(docs, records, ctx)
    version = model_version()
    gold_docs = {r.get("doc_id"): r for r in records.get("documents", [])}
    base_quotes = {q.get("quote_id"): q for q in records.get("quotes", [])}
    out: Records = {"documents": [], "quotes": [], "alignments": []}
    pred = Prediction(out, version)
    scores: dict[str, list[float]] = {}
    for res in results.values():
        for d in res.order:
            p = res.proposals[d]
            base = gold_docs.get(d, {})
            out["documents"].append({
                "doc_id": d, "story_id": base.get("story_id", ctx.story_of.get(d)),
                "derivation": p.derivation,
                "derivation_note": f"proposed by {version} (score {p.score:.2f}): {p.reason}",
                "authorship": base.get("authorship"),
                "authorship_note": base.get("authorship_note") or "",
                "derived_from": list(p.derived_from), "uncertain": False,
                "note": _hints(d, res)})
            pred.region_scores.setdefault(d, {})["doc-derivation"] = p.score
            scores.setdefault(d, []).append(p.score)
        for q in res.quotes:
            rec = {k: v for k, v in base_quotes[q.quote_id].items()
                   if k not in ("provenance", "_line")}
            ref = q.cluster is not None and q.variant is None
            rec.update(cluster_id=q.cluster, variant="verbatim" if ref else q.variant,
                       variant_note=REFERENCE_NOTE if ref else q.note)
            out["quotes"].append(rec)
            if q.score is not None:
                pred.region_scores.setdefault(q.doc_id, {})[region_id("q", q.quote_id)] = q.score
                scores.setdefault(q.doc_id, []).append(q.score)
        for r in res.alignments:
            aid = alignment_id(r.doc_id, r.start, r.end, r.target_doc_id)
            out["alignments"].append({
                "alignment_id": aid, "doc_id": r.doc_id, "start": r.start, "end": r.end,
                "text": r.text, "target_doc_id": r.target_doc_id,
                "target_start": r.target_start, "target_end": r.target_end,
                "target_text": r.target_text, "label": r.label, "edit": r.edit,
                "score": r.score, "uncertain": False, "note": None})
    pred.task_scores = {d: _mean(s) for d, s in scores.items()}
    return pred


def alignment_proposals(docs: dict[str, str], skip: set[str]) -> list[dict]:
    """Alignment records for every story of ``docs`` none of whose documents is in
    ``skip`` (the documents that already have gold alignments)."""
    ctx = _context()
    out = []
    for _story, order in sorted(stories_of(list(docs), ctx).items()):
        if len(order) < 2 or skip & set(order):
            continue
        res = analyse([Version(d, docs[d], _segments(d, docs[d], ctx)) for d in order])
        for r in res.alignments:
            out.append({"alignment_id": alignment_id(r.doc_id, r.start, r.end, r.target_doc_id),
                        "doc_id": r.doc_id, "start": r.start, "end": r.end, "text": r.text,
                        "target_doc_id": r.target_doc_id, "target_start": r.target_start,
                        "target_end": r.target_end, "target_text": r.target_text,
                        "label": r.label, "edit": r.edit, "score": r.score,
                        "uncertain": False, "note": None})
    return out

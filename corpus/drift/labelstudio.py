"""Drift proposals as Label Studio predictions: the aligner's alignments for the stories
that have no gold alignments yet (pushed with the other layers, pulled back by
``corpus labelstudio pull`` into ``passes/<annotator>/alignments.jsonl``)."""

from __future__ import annotations

from corpus.drift.corpus_drift import alignment_id
from corpus.drift.story import Version, analyse


def stories_of(doc_ids: list[str]) -> dict[str, list[str]]:
    """story_id -> doc_ids (doc_id order) from the project's manifests; documents no
    manifest lists form one story of their own, in doc_id order."""
    found: dict[str, str] = {}
    try:
        from corpus.manifest import read_manifests
        from corpus.project import load_project

        project = load_project()
        found = {e.doc_id: e.story_id for e in read_manifests(project.root, project.sources)}
    except Exception:  # outside a project: the given files are one story
        found = {}
    out: dict[str, list[str]] = {}
    for d in sorted(doc_ids):
        out.setdefault(found.get(d, "<given files>"), []).append(d)
    return out


def alignment_proposals(docs: dict[str, str], skip: set[str]) -> list[dict]:
    """Alignment records for every story of ``docs`` none of whose documents is in
    ``skip`` (the documents that already have gold alignments)."""
    from corpus.segment import segment_text

    out = []
    for _story, order in sorted(stories_of(list(docs)).items()):
        if len(order) < 2 or skip & set(order):
            continue
        res = analyse([Version(d, docs[d], segment_text(docs[d])) for d in order])
        for r in res.alignments:
            out.append({"alignment_id": alignment_id(r.doc_id, r.start, r.end, r.target_doc_id),
                        "doc_id": r.doc_id, "start": r.start, "end": r.end, "text": r.text,
                        "target_doc_id": r.target_doc_id, "target_start": r.target_start,
                        "target_end": r.target_end, "target_text": r.target_text,
                        "label": r.label, "edit": r.edit, "score": r.score,
                        "uncertain": False, "note": None})
    return out

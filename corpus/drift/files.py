"""The drift tools on any text files given as the versions of one story.

Each file is read byte-exact, segmented by the segmenter, and pre-annotated for quotes
and mentions by the rule-based pre-annotators (the catalogue, when given, links
mentions to entities); then ``story.analyse`` runs as on the corpus.
"""

from __future__ import annotations

from pathlib import Path

from corpus.drift.entities import Mention
from corpus.drift.quotes import Quote
from corpus.drift.story import StoryDrift, Version, analyse


def analyse_files(named: list[tuple[str, str]], catalogue: Path | None = None,
                  with_quotes: bool = True, with_mentions: bool = True) -> StoryDrift:
    """``named``: (name, exact text) in story order; doc ids are the names."""
    from corpus.segment import segment_text

    versions = [Version(name, text, segment_text(text)) for name, text in named]
    quotes: list[Quote] = []
    mentions: list[Mention] = []
    if with_mentions:
        from corpus.preannotate.entities import extract_mentions

        for name, text in named:
            for m in extract_mentions(text, catalogue):
                mentions.append(Mention(name, m.start, m.end, m.text, m.label, m.entity_id))
    if with_quotes:
        from corpus.preannotate.quotes import extract_quotes

        people: dict[str, list[tuple[int, int]]] = {}
        for m in mentions:
            if m.label == "PERSON":
                people.setdefault(m.doc_id, []).append((m.start, m.end))
        for i, (name, text) in enumerate(named):
            for q in extract_quotes(text):
                ss, se = q.speaker_start, q.speaker_end
                person = ss is not None and se is not None and any(
                    s < se and ss < e for s, e in people.get(name, ()))
                quotes.append(Quote(f"q:{name}:{q.start}-{q.end}", name, i, q.start, q.end,
                                    q.text, q.kind, speaker=q.speaker,
                                    speaker_is_person=person))
    return analyse(versions, quotes, mentions, slug="qc")


def records(res: StoryDrift, file_of: dict[str, str]) -> list[dict]:
    """The contract's JSON Lines records of ``corpus align``, in a stable order."""
    out: list[dict] = []
    f = file_of.__getitem__
    for d in res.order:
        p = res.proposals[d]
        out.append({"layer": "documents", "file": f(d), "derivation": p.derivation,
                    "derived_from": [f(x) for x in p.derived_from], "score": p.score,
                    "reason": p.reason, "boilerplate_share": res.boilerplate[d],
                    "cited_outlets": list(res.cited.get(d, ()))})
    for p in res.pairs:
        if p.kind:
            out.append({"layer": "duplicates", "file": f(p.doc_id),
                        "target_file": f(p.target_doc_id), "kind": p.kind,
                        "jaccard": round(p.jaccard, 4), "containment": round(p.containment, 4)})
    for q in res.quotes:
        if q.cluster is None and q.variant is None:
            continue
        out.append({"layer": "quotes", "file": f(q.doc_id), "start": q.start, "end": q.end,
                    "text": q.text, "kind": q.kind, "cluster": q.cluster, "variant": q.variant,
                    "changes": q.note, "score": q.score})
    for r in res.alignments:
        out.append({"layer": "alignments", "file": f(r.doc_id), "start": r.start, "end": r.end,
                    "text": r.text, "target_file": f(r.target_doc_id),
                    "target_start": r.target_start, "target_end": r.target_end,
                    "target_text": r.target_text, "label": r.label, "edit": r.edit,
                    "score": r.score})
    for e in res.entity_drift:
        out.append({"layer": "entities", "file": f(e.doc_id), "entity": e.entity,
                    "name": e.name, "label": e.label, "status": e.status,
                    "against_file": f(e.against) if e.against else None})
    for ev in res.evidence:
        out.append({"layer": "claim_evidence", "claim_id": ev.claim_id, "file": f(ev.doc_id),
                    "start": ev.start, "end": ev.end, "text": ev.text, "stance": ev.stance,
                    "score": ev.score})
    return out

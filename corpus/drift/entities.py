"""Entity and claim drift across the versions of a story.

Entities: which entities each version names (by ``entity_id``, else by the casefolded
name), which it adds or drops against its parent, and the people and organisations that
no other version names and that the version's cited outlets cannot account for
(``unsupported``: the candidates for a fabricated participant, such as a chancellor who
was not in office). Claims: for each claim, the passages of the other versions whose
content words overlap it most, as candidate evidence, with a stance guess (``refutes``
where the two state different numbers, else ``supports``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from corpus.drift.text import Passage, content_stems, dice

PARTICIPANT_LABELS = ("PERSON", "ORG")
EVIDENCE = 0.35
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@dataclass(frozen=True)
class Mention:
    doc_id: str
    start: int
    end: int
    text: str
    label: str
    entity_id: str | None

    @property
    def key(self) -> str:
        return self.entity_id or f"{self.label}:{self.text.casefold()}"


@dataclass(frozen=True)
class EntityDrift:
    doc_id: str
    entity: str
    label: str
    name: str
    status: str  # added, dropped (against parent), unsupported
    against: str | None  # the parent doc for added/dropped


def presence(mentions: list[Mention]) -> dict[str, dict[str, list[Mention]]]:
    """entity key -> doc_id -> its mentions there."""
    out: dict[str, dict[str, list[Mention]]] = {}
    for m in mentions:
        out.setdefault(m.key, {}).setdefault(m.doc_id, []).append(m)
    return out


def entity_drift(order: list[str], parents: dict[str, tuple[str, ...]],
                 mentions: list[Mention], cited: dict[str, tuple[str, ...]],
                 derivative: set[str]) -> list[EntityDrift]:
    """Added/dropped against the first parent; unsupported participants of derivative
    versions (copies and rewrites of others) that credit no outlet."""
    pres = presence(mentions)
    names = {k: max((m for ms in v.values() for m in ms), key=lambda m: (len(m.text), m.text))
             for k, v in pres.items()}
    by_doc: dict[str, set[str]] = {d: set() for d in order}
    for k, v in pres.items():
        for d in v:
            by_doc.setdefault(d, set()).add(k)
    out = []
    for d in order:
        ps = parents.get(d) or ()
        if ps:
            p = ps[0]
            for k in sorted(by_doc[d] - by_doc.get(p, set())):
                m = names[k]
                out.append(EntityDrift(d, k, m.label, m.text, "added", p))
            for k in sorted(by_doc.get(p, set()) - by_doc[d]):
                m = names[k]
                out.append(EntityDrift(d, k, m.label, m.text, "dropped", p))
        if d in derivative and not cited.get(d):
            for k in sorted(by_doc[d]):
                m = names[k]
                if m.label in PARTICIPANT_LABELS and set(pres[k]) == {d}:
                    out.append(EntityDrift(d, k, m.label, m.text, "unsupported", None))
    return out


@dataclass(frozen=True)
class Evidence:
    claim_id: str
    doc_id: str
    start: int
    end: int
    text: str
    stance: str
    score: float


def claim_evidence(claims: list[tuple[str, str, str]], passages: dict[str, list[Passage]],
                   top: int = 1) -> list[Evidence]:
    """Candidate evidence for each (claim_id, doc_id, text): the best passage of every
    other version with content overlap >= EVIDENCE."""
    ix = {d: [(p, content_stems(p.text)) for p in ps] for d, ps in passages.items()}
    out = []
    for cid, doc, text in claims:
        cs = content_stems(text)
        nums = set(_NUMBER.findall(text))
        for d, ps in ix.items():
            if d == doc:
                continue
            scored = sorted(((dice(cs, st), p) for p, st in ps), key=lambda x: (-x[0], x[1].start))
            for score, p in scored[:top]:
                if score < EVIDENCE:
                    continue
                other = set(_NUMBER.findall(p.text))
                stance = "refutes" if nums and other and not nums & other else "supports"
                out.append(Evidence(cid, d, p.start, p.end, p.text, stance, round(score, 4)))
    return out

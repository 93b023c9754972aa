"""Claims with their evidence, one JSON object per line (``claims.jsonl``).

The shape fact-checking tools expect (AVeriTeC-style: a claim, its verdict, the
evidence for it): each claim of the claims layer with its span, ``label`` (the
status), ``rationale``, ``world_knowledge``, ``uncertain``, and ``evidence``: every
claim_evidence span pointing at it (document, span, stance). Claims are ordered by
(doc_id, start, end, claim_id); evidence by (doc_id, start, end).
"""

from __future__ import annotations

import json
from pathlib import Path

from corpus.export import Gold


def records(gold: Gold) -> list[dict]:
    ev: dict[str, list[dict]] = {}
    for e in sorted(gold.get("claim_evidence", []),
                    key=lambda e: (e["doc_id"], e["start"], e["end"])):
        ev.setdefault(e["claim_id"], []).append(
            {"doc_id": e["doc_id"], "start": e["start"], "end": e["end"], "text": e["text"],
             "stance": e["stance"], "note": e.get("note")})
    out = []
    for c in sorted(gold.get("claims", []),
                    key=lambda c: (c["doc_id"], c["start"], c["end"], c["claim_id"])):
        out.append({"claim_id": c["claim_id"], "doc_id": c["doc_id"], "start": c["start"],
                    "end": c["end"], "claim": c["text"], "label": c["status"],
                    "rationale": c.get("rationale"), "world_knowledge": c.get("world_knowledge"),
                    "uncertain": bool(c.get("uncertain")), "evidence": ev.get(c["claim_id"], [])})
    return out


def write(gold: Gold, texts: dict[str, str], out: str | Path) -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    p = out / "claims.jsonl"
    p.write_bytes("".join(json.dumps(r, ensure_ascii=False) + "\n"
                          for r in records(gold)).encode("utf-8"))
    return [p]

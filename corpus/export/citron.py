"""Citron-style quote JSON, one ``<doc_id>.json`` per document.

Citron (BBC R&D) stores per document ``text``, ``quotes`` (each with ``cue``,
``sources`` and ``contents`` span lists, optional ``coreferences``) and
``coreference_groups``; a span is ``{start, end, text}``. Citron's reader
(``citron/data.py``, ``CitronParser.parse``) reads ``quote["cue"]["start"]`` of every
quote and maps every span onto spaCy tokens, so every quote it sees must have a cue
object. Quotes with no cue at all (scare quotes: quotation marks around a term, not
speech) are therefore not Citron quotes: they are kept under the extra top-level key
``storydrift_uncued_quotes`` (same shape, ``cue: null``), which Citron's reader
ignores. Our contents exclude the quotation marks (Citron's own data includes them).
Parts of a split quote (same ``group_id``) become one Citron quote with several
contents. ``coreferences`` are the document's mentions of the speaker entity;
``speaker_entity_id``/``speaker_name`` and the StoryDrift fields (kind, cluster_id,
variant, quote_ids) are added as extra keys.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from corpus.export import Gold, by_doc, doc_ids


def span(text: str, start: int | None, end: int | None) -> dict[str, Any] | None:
    if start is None or end is None:
        return None
    return {"start": start, "end": end, "text": text[start:end]}


def document(doc_id: str, text: str, quotes: list[dict], mentions: list[dict],
             names: dict[str, str]) -> dict[str, Any]:
    """One document in Citron's format."""
    parts: dict[str, list[dict]] = {}
    for q in quotes:
        parts.setdefault(q.get("group_id") or q["quote_id"], []).append(q)
    by_entity: dict[str, list[dict]] = {}
    for m in mentions:
        if m.get("entity_id"):
            by_entity.setdefault(m["entity_id"], []).append(span(text, m["start"], m["end"]))
    out_quotes, uncued = [], []
    for qs in sorted(parts.values(), key=lambda g: (g[0]["start"], g[0]["end"])):
        head = next((q for q in qs if q.get("cue_start") is not None), qs[0])
        src = next((q for q in qs if q.get("speaker_start") is not None), None)
        spk = head.get("speaker_entity_id")
        (out_quotes if head.get("cue_start") is not None else uncued).append({
            "cue": span(text, head.get("cue_start"), head.get("cue_end")),
            "sources": [span(text, src["speaker_start"], src["speaker_end"])] if src else [],
            "contents": [span(text, q["start"], q["end"]) for q in qs],
            "coreferences": by_entity.get(spk, []) if spk else [],
            "speaker_entity_id": spk,
            "speaker_name": names.get(spk) if spk else None,
            "kind": head["kind"],
            "cluster_id": head.get("cluster_id"),
            "variant": head.get("variant"),
            "quote_ids": [q["quote_id"] for q in qs],
        })
    groups = [g for _, g in sorted(by_entity.items(), key=lambda kv: (kv[1][0]["start"], kv[0]))
              if len(g) > 1]
    return {"doc_id": doc_id, "text": text, "quotes": out_quotes, "coreference_groups": groups,
            "storydrift_uncued_quotes": uncued}


def write(gold: Gold, texts: dict[str, str], out: str | Path) -> list[Path]:
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    names = {e["entity_id"]: e["name"] for e in gold.get("entities", [])}
    quotes, mentions = by_doc(gold.get("quotes", [])), by_doc(gold.get("mentions", []))
    paths = []
    for d in doc_ids(gold, texts):
        doc = document(d, texts[d], quotes.get(d, []), mentions.get(d, []), names)
        p = out / f"{d}.json"
        p.write_bytes((json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        paths.append(p)
    return paths

"""Pre-annotations in layer shape: a folder that `corpus validate --layers` accepts and
`corpus labelstudio push --annotations DIR` sends as predictions.

Records carry the corpus's own columns (corpus/tables.py) and ``provenance`` status
``prediction``. Mentions link to the catalogue's entity where the catalogue knows the name;
otherwise they carry an *entity-link proposal*: a new entity (id from the label and the
fullest form of the name in the document) written to ``entities.jsonl`` with a note saying
the pre-annotator proposed it, so a reviewer accepts, merges or corrects it.
"""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path
from typing import Any

MODEL = "storydrift-rules"
VALUE_LABELS = frozenset({"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "ORDINAL",
                          "CARDINAL"})
PREFIX = {"PERSON": "per", "NORP": "norp", "FAC": "fac", "ORG": "org", "GPE": "gpe",
          "LOC": "loc", "PRODUCT": "product", "EVENT": "event", "WORK_OF_ART": "work",
          "LAW": "law", "LANGUAGE": "lang"}


def slug(name: str) -> str:
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower()).strip("-") or "x"


def _norm(s: str) -> str:
    return " ".join(s.replace("’", "'").casefold().split())


def document_layers(doc_id: str, text: str, catalogue: list[dict[str, Any]]
                    ) -> tuple[list[dict], list[dict], dict[str, dict]]:
    """(quotes, mentions, entities used or proposed) for one document."""
    from corpus.preannotate.entities import extract_mentions
    from corpus.preannotate.quotes import extract_quotes

    by_form: dict[tuple[str, str], dict] = {}
    for ent in catalogue:
        for form in {ent.get("name") or ""} | set(ent.get("aliases") or []):
            if form:
                by_form.setdefault((ent["label"], _norm(form)), ent)
    entities: dict[str, dict] = {}
    spans = extract_mentions(text, catalogue)
    # The fullest form of each surname in the document names the proposed entity.
    persons = [m for m in spans if m.label == "PERSON"]

    def fullest(m) -> str:
        last = m.text.split()[-1].lower()
        forms = [p.text for p in persons if p.text.split()[-1].lower() == last]
        return max(forms, key=lambda f: (len(f.split()), len(f)), default=m.text)

    mentions = []
    for m in spans:
        rec = {"mention_id": f"m:{doc_id}:{m.start}-{m.end}", "doc_id": doc_id,
               "start": m.start, "end": m.end, "text": m.text, "label": m.label,
               "entity_id": None, "uncertain": m.score < 0.5, "note": None,
               "provenance": {"status": "prediction", "model": MODEL, "source": m.source,
                              "score": m.score}}
        if m.label not in VALUE_LABELS:
            name = fullest(m) if m.label == "PERSON" else m.text
            ent = by_form.get((m.label, _norm(m.text))) or by_form.get((m.label, _norm(name)))
            if ent is None:
                eid = f"{PREFIX.get(m.label, 'x')}:{slug(name)}"
                ent = entities.get(eid) or {
                    "entity_id": eid, "name": name, "label": m.label, "aliases": [],
                    "role": None, "note": "entity-link proposal by the pre-annotator: "
                    "accept, merge with a catalogue entity, or correct"}
                by_form[(m.label, _norm(name))] = ent
            entities.setdefault(ent["entity_id"], {**ent, "aliases": list(ent.get("aliases")
                                                                           or [])})
            stored = entities[ent["entity_id"]]
            if m.text not in stored["aliases"] and m.text != stored["name"]:
                stored["aliases"].append(m.text)
            rec["entity_id"] = ent["entity_id"]
            if ent.get("note", "") and "proposal" in (ent.get("note") or ""):
                rec["note"] = f"entity-link proposal {ent['entity_id']}"
        mentions.append(rec)
    quotes = []
    for q in extract_quotes(text):
        speaker = None
        if q.speaker:
            speaker = by_form.get(("PERSON", _norm(q.speaker))) or next(
                (e for (lab, f), e in by_form.items() if f == _norm(q.speaker)), None)
        rec = {"quote_id": f"q:{doc_id}:{q.start}-{q.end}", "doc_id": doc_id,
               "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
               "speaker_entity_id": speaker["entity_id"] if speaker else None,
               "speaker_unknown_reason": None, "true_speaker_entity_id": None,
               "speaker_start": q.speaker_start, "speaker_end": q.speaker_end,
               "speaker_text": q.speaker_text, "cue_start": q.cue_start, "cue_end": q.cue_end,
               "cue_text": q.cue_text, "addressee_entity_id": None,
               "group_id": f"qg:{doc_id}-{q.group}" if q.group is not None else None,
               "cluster_id": None, "variant": None, "variant_note": None,
               "uncertain": q.score < 0.6, "note": None,
               "provenance": {"status": "prediction", "model": MODEL, "score": q.score}}
        if speaker is not None:
            entities.setdefault(speaker["entity_id"], {**speaker, "aliases": list(
                speaker.get("aliases") or [])})
        elif q.kind in ("direct", "mixed"):
            rec["speaker_unknown_reason"] = (
                f"pre-annotation: speaker {q.speaker!r} not linked to an entity"
                if q.speaker else f"pre-annotation: no speaker named: {q.speaker_reason}"
                if q.speaker_reason else "pre-annotation: no speaker found")
        quotes.append(rec)
    return quotes, mentions, entities


def write_layers(out: Path, docs: dict[str, str], catalogue: list[dict[str, Any]],
                 gold: Path) -> dict[str, int]:
    """Write the folder (quotes, mentions, entities, plus the documents and sources
    layers copied from the gold folder, which every layer folder needs)."""
    quotes: list[dict] = []
    mentions: list[dict] = []
    entities: dict[str, dict] = {}
    for doc_id, text in sorted(docs.items()):
        q, m, e = document_layers(doc_id, text, catalogue)
        quotes += q
        mentions += m
        for eid, ent in e.items():
            if eid in entities:
                entities[eid]["aliases"] = sorted(set(entities[eid]["aliases"])
                                                  | set(ent["aliases"]))
            else:
                entities[eid] = ent
    for ent in entities.values():
        ent["aliases"] = sorted(set(ent["aliases"]))
    out.mkdir(parents=True, exist_ok=True)
    files = {
        "quotes.jsonl": sorted(quotes, key=lambda r: (r["doc_id"], r["start"], r["end"])),
        "mentions.jsonl": sorted(mentions, key=lambda r: (r["doc_id"], r["start"], r["end"])),
        "entities.jsonl": [entities[k] for k in sorted(entities)],
    }
    for name in ("documents.jsonl", "sources.jsonl"):
        if (gold / name).is_file():
            want = set(docs) if name == "documents.jsonl" else None
            rows = [json.loads(x) for x in (gold / name).read_text(encoding="utf-8")
                    .splitlines() if x.strip()]
            files[name] = [r for r in rows if want is None or r["doc_id"] in want]
    from corpus.layers import FOLDER_EMPTY_LAYERS
    from corpus.registry import REGISTRY

    # Layers this tool does not make are declared empty, never assumed (the gate refuses a
    # missing layer file that nobody declared).
    empty = sorted(la.name for la in REGISTRY.folder_layers() if la.file not in files)
    (out / FOLDER_EMPTY_LAYERS).write_text(json.dumps(empty) + "\n", encoding="utf-8")
    for name, rows in files.items():
        tmp = out / f".{name}.tmp"
        tmp.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                       encoding="utf-8")
        tmp.replace(out / name)
    return {"quotes": len(quotes), "mentions": len(mentions), "entities": len(entities)}

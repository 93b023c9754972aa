"""Annotation records -> Label Studio results (a prediction or an annotation), one document.

Each span record becomes one labels region; its other fields go into per-region controls
sharing the region's id (entity_id, quote_kind, claim_status, rationale, uncertain, note)
and the rest into ``attrs``. Quote speakers and cues are their own regions linked by
relations (one region per distinct span, shared by the parts of a split quote, which are
chained by ``continues``). Result ids are stable hashes, so pushing twice changes nothing.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from corpus import tables
from corpus.labelstudio import config as C
from corpus.labelstudio.offsets import LABEL_STUDIO_UNIT, Unit, span_to_unit
from corpus.labelstudio.records import (
    EVIDENCE_KEY,
    NOT_STORED,
    Record,
    derived_id,
    encode_attrs,
    region_id,
)


class _Builder:
    def __init__(self, text: str, unit: Unit):
        self.text, self.unit = text, unit
        self.results: list[dict] = []
        self.regions: dict[str, tuple[int, int, int, int]] = {}  # unit span, code-point span

    def region(self, rid: str, control: str, label: str, start: int, end: int) -> str:
        if rid in self.regions:
            return rid
        s, e = span_to_unit(self.text, start, end, self.unit)
        self.regions[rid] = (s, e, start, end)
        self.results.append({"id": rid, "from_name": control, "to_name": C.TEXT, "type": "labels",
                             "value": {"start": s, "end": e, "text": self.text[start:end],
                                       "labels": [label]}})
        return rid

    def textarea(self, rid: str | None, control: str, value: str | None) -> None:
        if value is None or value == "":
            return
        val: dict[str, Any] = {"text": [value]}
        self._add(rid, control, "textarea", val)

    def choice(self, rid: str | None, control: str, values: list[str]) -> None:
        if values:
            self._add(rid, control, "choices", {"choices": list(values)})

    def _add(self, rid: str | None, control: str, typ: str, val: dict) -> None:
        if rid is not None:  # per-region: carries the region's span, like the editor does
            s, e, cs, ce = self.regions[rid]
            span: dict[str, Any] = {"start": s, "end": e}
            if typ == "choices":
                span["text"] = self.text[cs:ce]
            val = {**span, **val}
            self.results.append({"id": rid, "from_name": control, "to_name": C.TEXT,
                                 "type": typ, "value": val})
        else:
            self.results.append({"id": f"doc-{control}", "from_name": control,
                                 "to_name": C.TEXT, "type": typ, "value": val})

    def relation(self, from_id: str, to_id: str, label: str) -> None:
        self.results.append({"type": "relation", "from_id": from_id, "to_id": to_id,
                             "direction": "right", "labels": [label]})


def _attrs(rec: Record, table: tables.Table, handled: set[str]) -> list[tuple[str, Any]]:
    """Fields no dedicated control carries: table columns in order, then extra keys."""
    out = []
    cols = {c.name: c for c in table.annotation_columns}
    for name, col in cols.items():
        if name in handled or name not in rec:
            continue
        v = rec[name]
        if v is None and col.nullable:
            continue
        out.append((name, v))
    for k in sorted(rec):
        if k not in cols and k not in handled and k not in NOT_STORED:
            out.append((k, rec[k]))
    return out


def _common(b: _Builder, rid: str, rec: Record, table: tables.Table, handled: set[str],
            extra: list[tuple[str, Any]] = ()) -> None:
    """uncertain, note and attrs of any region; values a control cannot hold go to attrs."""
    handled = handled | {"doc_id", "start", "end", "text", "uncertain", "note"}
    pairs = list(extra)
    unc = rec.get("uncertain", False)
    if unc is True:
        b.choice(rid, C.UNCERTAIN, [C.UNCERTAIN_CHOICE])
    elif unc is not False:
        pairs.append(("uncertain", unc))
    note = rec.get("note")
    if isinstance(note, str) and note:
        b.textarea(rid, C.NOTE, note)
    elif note is not None:
        pairs.append(("note", note))
    pairs += _attrs(rec, table, handled)
    b.textarea(rid, C.ATTRS, encode_attrs(pairs) if pairs else None)


def _str_field(b: _Builder, rid: str | None, control: str, rec: Record, name: str,
               nullable: bool, overflow: list[tuple[str, Any]]) -> None:
    """A string field in its TextArea; what the TextArea would not give back goes to attrs."""
    v = rec.get(name)
    if isinstance(v, str) and v and (control != C.ENTITY_ID or v == v.strip()):
        b.textarea(rid, control, v)
    elif (v is None and not nullable) or (v == "" and nullable) or v not in (None, ""):
        overflow.append((name, v))


def _id_overflow(rec: Record, layer: str, id_col: str) -> list[tuple[str, Any]]:
    if rec.get(id_col) == derived_id(layer, rec["doc_id"], rec["start"], rec["end"]):
        return []
    return [(id_col, rec.get(id_col))]


def records_to_results(doc_id: str, text: str, records: dict[str, list[Record]],
                       unit: Unit = LABEL_STUDIO_UNIT) -> list[dict]:
    """Results for one task (a prediction or an annotation) from the document's records.

    Each registered layer's encoder (``corpus.registry.LabelStudio.encode``) adds its
    records, in the declared order."""
    from corpus.registry import REGISTRY, resolve

    b = _Builder(text, unit)
    codecs = sorted((la.labelstudio.order, la.name, la.labelstudio.encode)
                    for la in REGISTRY.labelstudio_layers() if la.labelstudio.encode)
    for _, _, encode in codecs:
        resolve(encode)(b, doc_id, records)
    return b.results


def encode_mentions(b: _Builder, doc_id: str, records: dict[str, list[Record]]) -> None:
    for rec in _sorted(records.get("mentions", [])):
        rid = b.region(region_id("m", rec.get("mention_id")), C.MENTION, rec["label"],
                       rec["start"], rec["end"])
        over = _id_overflow(rec, "mentions", "mention_id")
        _str_field(b, rid, C.ENTITY_ID, rec, "entity_id", True, over)
        _common(b, rid, rec, tables.MENTIONS, {"mention_id", "label", "entity_id"}, over)


def encode_quotes(b: _Builder, doc_id: str, records: dict[str, list[Record]]) -> None:
    groups: dict[str, list[str]] = defaultdict(list)
    for rec in _sorted(records.get("quotes", [])):
        rid = b.region(region_id("q", rec.get("quote_id")), C.QUOTE, C.QUOTE_CONTENT,
                       rec["start"], rec["end"])
        over = _id_overflow(rec, "quotes", "quote_id")
        _str_field(b, rid, C.ENTITY_ID, rec, "speaker_entity_id", True, over)
        b.choice(rid, C.QUOTE_KIND, [rec["kind"]] if rec.get("kind") else [])
        if rec.get("kind") is None:
            over.append(("kind", None))
        handled = {"quote_id", "kind", "speaker_entity_id"}
        for role, label, rel in (("speaker", C.QUOTE_SOURCE, C.REL_SOURCE),
                                 ("cue", C.QUOTE_CUE, C.REL_CUE)):
            s, e = rec.get(f"{role}_start"), rec.get(f"{role}_end")
            if isinstance(s, int) and isinstance(e, int):
                other = b.region(region_id(role, doc_id, s, e), C.QUOTE, label, s, e)
                b.relation(rid, other, rel)
                handled |= {f"{role}_start", f"{role}_end", f"{role}_text"}
        if rec.get("group_id"):
            groups[rec["group_id"]].append(rid)
        _common(b, rid, rec, tables.QUOTES, handled, over)
    for parts in groups.values():
        for a, z in zip(parts, parts[1:], strict=False):
            b.relation(a, z, C.REL_CONTINUES)


def encode_claims(b: _Builder, doc_id: str, records: dict[str, list[Record]]) -> None:
    """Claims, each carrying its claim_evidence records in its attrs."""
    evidence = defaultdict(list)
    for ev in records.get("claim_evidence", []):
        evidence[ev.get("claim_id")].append(ev)
    for rec in _sorted(records.get("claims", [])):
        rid = b.region(region_id("c", rec.get("claim_id")), C.CLAIM, C.CLAIM_LABEL,
                       rec["start"], rec["end"])
        over = _id_overflow(rec, "claims", "claim_id")
        b.choice(rid, C.CLAIM_STATUS, [rec["status"]] if rec.get("status") else [])
        if rec.get("status") is None:
            over.append(("status", None))
        _str_field(b, rid, C.RATIONALE, rec, "rationale", False, over)
        evs = sorted(evidence.get(rec.get("claim_id"), []),
                     key=lambda r: (r.get("doc_id"), r.get("start"), r.get("end")))
        over += [(EVIDENCE_KEY, {k: v for k, v in ev.items()
                                 if k != "claim_id" and k not in NOT_STORED}) for ev in evs]
        _common(b, rid, rec, tables.CLAIMS, {"claim_id", "status", "rationale"}, over)


def encode_alignments(b: _Builder, doc_id: str, records: dict[str, list[Record]]) -> None:
    """Alignment proposals or gold: one region per passage and target; the target
    document, its span and the edit action travel in attrs (reviewers edit them there)."""
    for rec in sorted(records.get("alignments", []),
                      key=lambda r: (r.get("start", 0), r.get("end", 0),
                                     str(r.get("target_doc_id")), str(r.get("alignment_id")))):
        rid = b.region(region_id("a", rec.get("alignment_id")), C.ALIGNMENT, rec["label"],
                       rec["start"], rec["end"])
        over = [("alignment_id", rec.get("alignment_id"))]
        _common(b, rid, rec, tables.ALIGNMENTS, {"alignment_id", "label"}, over)


def encode_documents(b: _Builder, doc_id: str, records: dict[str, list[Record]]) -> None:
    for rec in records.get("documents", [])[:1]:
        _document(b, rec)


def _document(b: _Builder, rec: Record) -> None:
    over: list[tuple[str, Any]] = []
    for name in (C.DERIVATION, C.AUTHORSHIP):
        v = rec.get(name)
        if isinstance(v, str) and v:
            b.choice(None, name, [v])
        else:
            over.append((name, v))
    _str_field(b, None, C.DERIVATION_NOTE, rec, "derivation_note", False, over)
    _str_field(b, None, C.AUTHORSHIP_NOTE, rec, "authorship_note", False, over)
    df = rec.get("derived_from")
    if isinstance(df, list) and all(isinstance(x, str) and x and x == x.strip() and "\n" not in x
                                    for x in df):
        b.textarea(None, C.DERIVED_FROM, "\n".join(df) if df else None)
    else:
        over.append(("derived_from", df))
    if rec.get("uncertain", False) is True:
        b.choice(None, C.DOC_UNCERTAIN, [C.UNCERTAIN_CHOICE])
    elif rec.get("uncertain", False) is not False:
        over.append(("uncertain", rec.get("uncertain")))
    _str_field(b, None, C.DOC_NOTE, rec, "note", True, over)
    handled = {"doc_id", "derivation", "authorship", "derivation_note", "authorship_note",
               "derived_from", "uncertain", "note"}
    pairs = over + _attrs(rec, tables.DOCUMENTS, handled)
    b.textarea(None, C.DOC_ATTRS, encode_attrs(pairs) if pairs else None)


def _sorted(recs: list[Record]) -> list[Record]:
    return sorted(recs, key=lambda r: (r.get("start", 0), r.get("end", 0)))

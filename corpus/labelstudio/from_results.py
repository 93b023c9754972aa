"""Label Studio results -> annotation records, one annotation of one document, checked.

The server validates nothing, so every result is checked here: against the labeling config
(``LabelInterface`` plus clear messages for the usual mistakes), against the text (offsets
in range, ``value.text`` equal to the slice after unit conversion) and for relations that
point at existing regions. A bad result is refused with its id and the reason; the rest
still become records.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from corpus.labelstudio import config as C
from corpus.labelstudio.offsets import LABEL_STUDIO_UNIT, Unit, span_from_unit
from corpus.labelstudio.records import (
    EVIDENCE_KEY,
    LAYERS,
    Record,
    complete,
    decode_attrs,
    derived_id,
)
from corpus.registry import REGISTRY


@dataclass
class Refusal:
    """One result that could not be taken, and why."""

    result_id: str
    what: str


@dataclass
class Pulled:
    records: dict[str, list[tuple[Record, str]]] = field(
        default_factory=lambda: {layer: [] for layer in LAYERS})  # (record, result id)
    refused: list[Refusal] = field(default_factory=list)


@dataclass
class _Region:
    rid: str
    control: str
    label: str
    start: int
    end: int
    extras: dict[str, dict] = field(default_factory=dict)  # per-region control -> result
    meta: str | None = None  # the editor's region "meta" text, kept in the note


def _meta(res: dict) -> str | None:
    meta = res.get("meta")
    texts = meta.get("text") if isinstance(meta, dict) else None
    if isinstance(texts, list) and any(str(t).strip() for t in texts):
        return "\n".join(str(t) for t in texts)
    return None


def _rid(res: dict, i: int) -> str:
    rid = res.get("id")
    return str(rid) if rid not in (None, "") else f"#{i}"


def _rel_name(res: dict) -> str:
    return f"relation {res.get('from_id')}->{res.get('to_id')}"


def check_result(res: dict, interface, text: str, unit: Unit) -> tuple[str | None, tuple | None]:
    """What is wrong with one non-relation result (None if nothing), and its code-point span."""
    if not isinstance(res, dict):
        return "result is not a JSON object", None
    fn, tn = res.get("from_name"), res.get("to_name")
    names = {c.name for c in interface.controls}
    if not isinstance(fn, str) or fn not in names:  # a list or object is no control name
        return f"unknown from_name {_short(fn)} (not a control of the labeling config)", None
    if tn != C.TEXT:
        return f"unknown to_name {_short(tn)} (the config's object is {C.TEXT!r})", None
    val = res.get("value")
    if not isinstance(val, dict):
        return "value is missing or not an object", None
    control = interface.get_control(fn)
    if res.get("type") != control.tag.lower():
        return f"type {_short(res.get('type'))} does not match control {fn!r} ({control.tag})", None
    for key in ("labels", "choices"):
        if key in val:
            got = val[key]
            if not isinstance(got, list) or not got or not all(isinstance(x, str) for x in got):
                return f"{key} must be a non-empty list of strings, got {_short(got)}", None
            bad = [x for x in got if x not in control.labels]
            if bad:
                return (f"{key} {bad} not in control {fn!r} "
                        f"(allowed: {', '.join(control.labels)})"), None
    if control.tag.lower() == "textarea":
        got = val.get("text")
        if isinstance(got, str):
            got = [got]
        if not isinstance(got, list) or not got or not all(isinstance(x, str) for x in got):
            return (f"{fn} text must be a non-empty list of strings, got {_short(got)} "
                    "(an empty value is no value: delete the result)"), None
    try:
        errors = interface.validate_region(res, return_errors=True)
    except Exception as e:  # the SDK's validator assumes well-formed input
        return f"cannot be checked against the labeling config ({type(e).__name__})", None
    if errors:
        return "; ".join(e.split(": ", 1)[-1][:300] for e in errors), None
    if "start" not in val and "end" not in val:
        return None, None
    s, e = val.get("start"), val.get("end")
    if type(s) is not int or type(e) is not int:
        return f"start/end must be integers, got {s!r}, {e!r}", None
    try:
        cs, ce = span_from_unit(text, s, e, unit)
    except ValueError as err:
        return f"offsets {s}-{e}: {err}", None
    if not 0 <= cs < ce <= len(text):
        return f"offsets {s}-{e} outside the text or empty (text has {len(text)} code points)", None
    span_text = val.get("text")
    if isinstance(span_text, str) and span_text != text[cs:ce]:
        return (f"span text {span_text[:60]!r} differs from the document's text at {s}-{e}: "
                f"{text[cs:ce][:60]!r}"), None
    return None, (cs, ce)


def _short(v: Any, width: int = 80) -> str:
    r = repr(v)
    return r if len(r) <= width else r[:width] + "…"


def _first_text(res: dict | None) -> str | None:
    if res is None:
        return None
    t = res["value"].get("text")
    if isinstance(t, list):
        t = "\n".join(str(x) for x in t)
    return t if isinstance(t, str) and t else None  # an emptied TextArea is no value


def _entity(res: dict | None) -> str | None:
    """An entity id as typed: surrounding white space (a stray newline) is not part of it."""
    t = _first_text(res)
    return t.strip() or None if t is not None else None


def _choice(res: dict | None) -> str | None:
    return res["value"]["choices"][0] if res is not None else None


def results_to_records(doc_id: str, text: str, results: list, interface,
                       unit: Unit = LABEL_STUDIO_UNIT) -> Pulled:
    """Records from one annotation's results; every bad result is refused and named."""
    out = Pulled()
    if not isinstance(results, list):
        out.refused.append(Refusal("-", "result is not a list"))
        return out
    relations, regions, doc_level = [], {}, {}
    pending: list[tuple[str, dict, tuple]] = []
    for i, res in enumerate(results):
        if isinstance(res, dict) and res.get("type") == "relation":
            relations.append(res)
            continue
        rid = _rid(res, i) if isinstance(res, dict) else f"#{i}"
        what, span = check_result(res, interface, text, unit)
        if what:
            out.refused.append(Refusal(rid, what))
            continue
        if span is None:
            if res["from_name"] in C.REGION_CONTROLS:
                out.refused.append(Refusal(rid, f"{res['from_name']} is per-region but has "
                                                "no span"))
            elif res["from_name"] in doc_level:
                out.refused.append(Refusal(rid, f"second {res['from_name']} result"))
            else:
                doc_level[res["from_name"]] = res
            continue
        pending.append((rid, res, span))
    bad_ids = set()
    also: list[_Region] = []  # second labels of a region already in ``regions``
    for rid, res, span in pending:  # regions first, then their per-region controls
        if res["type"] != "labels":
            continue
        labels = res["value"]["labels"]
        prev = regions.get(rid)
        if len(labels) != 1:
            out.refused.append(Refusal(rid, f"a region needs exactly one label, got {labels}"))
            bad_ids.add(rid)
        elif prev is None:
            regions[rid] = _Region(rid, res["from_name"], labels[0], *span, meta=_meta(res))
        elif prev.control == res["from_name"] or (prev.start, prev.end) != span:
            out.refused.append(Refusal(rid, f"two {res['from_name']} results share this id"))
            bad_ids.add(rid)
        else:  # one region labelled in two controls (e.g. a speaker that is also a mention)
            reg = _Region(rid, res["from_name"], labels[0], *span, extras=prev.extras,
                          meta=_meta(res))
            if reg.control == C.QUOTE:  # the quote role is what relations refer to
                regions[rid], reg = reg, prev
            also.append(reg)
    for rid, res, span in pending:
        if res["type"] == "labels":
            continue
        reg = regions.get(rid)
        if reg is None:
            if rid not in bad_ids:
                out.refused.append(Refusal(rid, f"{res['from_name']} has no region with this id"))
        elif (reg.start, reg.end) != span:
            out.refused.append(Refusal(rid, f"{res['from_name']} span {span} differs from its "
                                            f"region's {(reg.start, reg.end)}"))
        elif res["type"] == "choices" and len(res["value"]["choices"]) != 1:
            out.refused.append(Refusal(rid, f"{res['from_name']} needs exactly one choice"))
        elif res["from_name"] in reg.extras:
            out.refused.append(Refusal(rid, f"second {res['from_name']} result for this region"))
        else:
            reg.extras[res["from_name"]] = res
    for rid in bad_ids:
        regions.pop(rid, None)
    also = [r for r in also if r.rid not in bad_ids]
    links = _relations(relations, regions, out)
    _build(doc_id, text, [*regions.values(), *also], regions, links, out)
    if doc_level:
        _build_document(doc_id, doc_level, out)
    return out


def _role(reg: _Region) -> str:
    return reg.label if reg.control == C.QUOTE else reg.control


_EXPECTED = {
    frozenset({C.QUOTE_CONTENT, C.QUOTE_SOURCE}): C.REL_SOURCE,
    frozenset({C.QUOTE_CONTENT, C.QUOTE_CUE}): C.REL_CUE,
    frozenset({C.QUOTE_CONTENT}): C.REL_CONTINUES,
}


def _relations(relations: list[dict], regions: dict[str, _Region], out: Pulled) -> dict:
    """content rid -> {"source": rid, "cue": rid}; plus "continues" pairs under key None."""
    links: dict = defaultdict(dict)
    links[None] = []
    for rel in relations:
        name = _rel_name(rel)
        a, z = rel.get("from_id"), rel.get("to_id")
        if not isinstance(a, str | int) or not isinstance(z, str | int) or isinstance(a, bool) \
                or isinstance(z, bool):
            out.refused.append(Refusal(name[:100], "from_id and to_id must be result ids"))
            continue
        a, z = str(a), str(z)
        missing = [x for x in (a, z) if x not in regions]
        if missing:
            out.refused.append(Refusal(name, f"points at missing or refused result id(s) "
                                             f"{', '.join(map(str, missing))}"))
            continue
        ra, rz = regions[a], regions[z]
        kind = _EXPECTED.get(frozenset({_role(ra), _role(rz)}))
        labels = rel.get("labels") or []
        if not isinstance(labels, list):
            labels = [labels]
        if kind is None:
            out.refused.append(Refusal(name, f"no relation links {_role(ra)} to {_role(rz)}"))
            continue
        if any(lab != kind for lab in labels):
            out.refused.append(Refusal(name, f"labels {labels} do not fit {_role(ra)}->"
                                             f"{_role(rz)} (expected {kind!r})"))
            continue
        if kind == C.REL_CONTINUES:
            links[None].append((a, z))
            continue
        content, other = (a, z) if ra.label == C.QUOTE_CONTENT else (z, a)
        if kind in links[content]:
            out.refused.append(Refusal(name, f"quote {content} already has a {kind}"))
            continue
        links[content][kind] = other
    return links


def _flags(reg: _Region) -> tuple[bool, str | None, list[tuple[str, Any]], list[str]]:
    unc = C.UNCERTAIN in reg.extras
    note = _first_text(reg.extras.get(C.NOTE))
    if reg.meta:  # nothing typed anywhere is dropped
        note = f"{note}\n{reg.meta}" if note else reg.meta
    pairs, errors = decode_attrs(_first_text(reg.extras.get(C.ATTRS)) or "")
    return unc, note, pairs, errors


def _apply(rec: Record, pairs: list[tuple[str, Any]], layer_only: set[str]) -> str | None:
    for k, v in pairs:
        if k in ("doc_id", "start", "end", "text") or k in layer_only:
            return f"attrs may not set {k!r}"
        rec[k] = v
    return None


def _build(doc_id: str, text: str, every: list[_Region], regions: dict[str, _Region],
           links: dict, out: Pulled) -> None:
    used = set()
    for content, ls in links.items():
        if content is not None:
            used |= {content, *ls.values()}
    for a, z in links[None]:
        used |= {a, z}
    groups = _groups(links[None])
    for reg in sorted(every, key=lambda r: (r.start, r.end, r.rid, r.control)):
        rid = reg.rid
        unc, note, pairs, errors = _flags(reg)
        if errors:
            out.refused.append(Refusal(rid, "; ".join(errors)))
            continue
        base = {"doc_id": doc_id, "start": reg.start, "end": reg.end,
                "text": text[reg.start:reg.end]}
        if reg.control == C.MENTION:
            rec = {"mention_id": derived_id("mentions", doc_id, reg.start, reg.end), **base,
                   "label": reg.label, "entity_id": _entity(reg.extras.get(C.ENTITY_ID)),
                   "uncertain": unc, "note": note}
            layer = "mentions"
        elif reg.control == C.CLAIM:
            rec = {"claim_id": derived_id("claims", doc_id, reg.start, reg.end), **base,
                   "status": _choice(reg.extras.get(C.CLAIM_STATUS)),
                   "rationale": _first_text(reg.extras.get(C.RATIONALE)) or "",
                   "world_knowledge": None, "uncertain": unc, "note": note}
            layer = "claims"
        elif reg.control == C.ALIGNMENT:
            rec = {"alignment_id": None, **base, "target_doc_id": None, "target_start": None,
                   "target_end": None, "target_text": None, "label": reg.label, "edit": None,
                   "score": None, "uncertain": unc, "note": note}
            layer = "alignments"
        elif reg.label == C.QUOTE_CONTENT:
            ls = links.get(rid, {})
            rec = {"quote_id": derived_id("quotes", doc_id, reg.start, reg.end), **base,
                   "kind": _choice(reg.extras.get(C.QUOTE_KIND)),
                   "speaker_entity_id": _entity(reg.extras.get(C.ENTITY_ID))}
            for role, kind in (("speaker", C.REL_SOURCE), ("cue", C.REL_CUE)):
                other = regions.get(ls.get(kind, ""))
                rec[f"{role}_start"] = other.start if other else None
                rec[f"{role}_end"] = other.end if other else None
                rec[f"{role}_text"] = text[other.start:other.end] if other else None
            rec["group_id"] = None
            rec.update({"uncertain": unc, "note": note})
            layer = "quotes"
        else:
            if rid not in used:
                out.refused.append(Refusal(rid, f"{reg.label} region is not linked to any "
                                                f"{C.QUOTE_CONTENT} region"))
            continue
        evidence = [v for k, v in pairs if k == EVIDENCE_KEY]
        pairs = [(k, v) for k, v in pairs if k != EVIDENCE_KEY]
        if evidence and layer != "claims":
            out.refused.append(Refusal(rid, "only claims carry evidence"))
            continue
        what = _apply(rec, pairs, set())
        if layer == "alignments" and what is None:
            what = _alignment_problem(rec)
        if what is None:
            what = _missing(rec, layer)
        ev_recs, ev_err = _evidence(rec, evidence) if layer == "claims" else ([], None)
        what = what or ev_err
        if what:
            out.refused.append(Refusal(rid, what))
            continue
        out.records[layer].append((complete(rec, layer), rid))
        out.records["claim_evidence"].extend((complete(ev, "claim_evidence"), rid)
                                             for ev in ev_recs)
    _assign_groups(doc_id, groups, out)


def _alignment_problem(rec: Record) -> str | None:
    """An alignment names its target and, unless new, the target span; its id is derived
    when the reviewer made the region."""
    if rec.get("alignment_id") is None:
        rec["alignment_id"] = (f"a:{rec['doc_id']}:{rec['start']}-{rec['end']}:"
                               f"{rec.get('target_doc_id') or '-'}")
    span = [rec.get(k) for k in ("target_start", "target_end", "target_text")]
    if rec["label"] == "new" and any(v is not None for v in span):
        return "a new passage has no target span (attrs target_start/target_end/target_text)"
    if rec["label"] != "new" and (rec.get("target_doc_id") is None or None in span):
        return (f"a {rec['label']} passage needs target_doc_id, target_start, target_end "
                "and target_text in attrs")
    return None


def _missing(rec: Record, layer: str) -> str | None:
    need = REGISTRY[layer].labelstudio.required
    gone = [k for k in need if rec.get(k) in (None, "")]
    if gone:
        control = {"kind": C.QUOTE_KIND, "status": C.CLAIM_STATUS, "label": C.MENTION}
        return "no " + ", ".join(control[k] for k in gone) + " chosen"
    return None


def _evidence(claim: Record, evidence: list) -> tuple[list[Record], str | None]:
    out = []
    for ev in evidence:
        if not isinstance(ev, dict) or not {"doc_id", "start", "end"} <= ev.keys():
            return [], f"evidence must be a JSON object with doc_id, start, end: {ev!r}"[:200]
        out.append({"claim_id": claim["claim_id"], **ev})
    return out, None


def _groups(pairs: list[tuple[str, str]]) -> dict[str, frozenset[str]]:
    """Connected components of the continues relations (split-quote groups)."""
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            x = parent[x]
        return x

    for a, z in pairs:
        parent[find(a)] = find(z)
    comps: dict[str, set[str]] = defaultdict(set)
    for x in list(parent):
        comps[find(x)].add(x)
    return {x: frozenset(c) for c in comps.values() for x in c}


def _assign_groups(doc_id: str, groups: dict[str, frozenset[str]], out: Pulled) -> None:
    """group_id from attrs wins; otherwise a linked part takes its group's, or a new one."""
    quotes = out.records["quotes"]
    by_rid = {rid: rec for rec, rid in quotes}
    taken = {rec["group_id"] for rec, _ in quotes if rec.get("group_id")}
    n = 0
    for comp in sorted({c for c in groups.values()}, key=lambda c: sorted(c)):
        members = [by_rid[r] for r in comp if r in by_rid]
        members.sort(key=lambda r: r["start"])
        known = [m["group_id"] for m in members if m.get("group_id")]
        gid = known[0] if known else None
        while gid is None:
            n += 1
            cand = f"qg:{doc_id}:{n}"
            gid = cand if cand not in taken else None
        for m in members:
            if not m.get("group_id"):
                m["group_id"] = gid


def _build_document(doc_id: str, res: dict[str, dict], out: Pulled) -> None:
    rid = str((res.get(C.DERIVATION) or next(iter(res.values()))).get("id") or "-")
    for name in (C.DERIVATION, C.AUTHORSHIP):
        if name in res and len(res[name]["value"]["choices"]) != 1:
            out.refused.append(Refusal(str(res[name].get("id")), f"{name} needs one choice"))
            res = {k: v for k, v in res.items() if k != name}
    df = _first_text(res.get(C.DERIVED_FROM))
    rec: Record = {
        "doc_id": doc_id, "story_id": None,
        "derivation": _choice(res.get(C.DERIVATION)),
        "derivation_note": _first_text(res.get(C.DERIVATION_NOTE)) or "",
        "authorship": _choice(res.get(C.AUTHORSHIP)),
        "authorship_note": _first_text(res.get(C.AUTHORSHIP_NOTE)) or "",
        "derived_from": [x.strip() for x in (df or "").split("\n") if x.strip()],
        "uncertain": C.DOC_UNCERTAIN in res,
        "note": _first_text(res.get(C.DOC_NOTE)),
    }
    pairs, errors = decode_attrs(_first_text(res.get(C.DOC_ATTRS)) or "")
    what = "; ".join(errors) or _apply(rec, pairs, {"doc_id"})
    if what:
        out.refused.append(Refusal(str(res.get(C.DOC_ATTRS, {}).get("id", rid)), what))
        return
    out.records["documents"].append((complete(rec, "documents"), rid))

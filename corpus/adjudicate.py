"""Adjudication: build the gold layer from the annotators' passes.

Why this shape: what every annotator agrees on goes to gold untouched (decided_by
``agreement``); everything else becomes one record in a decisions file that a person
edits. The decisions file is the audit trail and the only place a human choice lives,
so re-running never overwrites a filled decision, and gold is a pure function of
(passes, decisions): the same inputs always give the same bytes.

Before comparing, annotator-specific names are mapped to one namespace: entity ids
through the merged catalogue (same canonical name or same id = one entity), quote
cluster and group ids onto the first annotator's ids by shared members.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any

import pyarrow as pa
import typer

from corpus.agreement import Passes, declared_empty_layers, load_passes, norm_name
from corpus.errors import CorpusError, Problem
from corpus.jsonl import LINE_KEY, canonical_record, read_jsonl, write_jsonl
from corpus.registry import REGISTRY, Adjudication
from corpus.tables import Column, Table

S = pa.string()
DECISIONS = Table(
    name="decisions",
    doc="One record per conflict between passes and how it was decided.",
    key=("layer", "doc_id", "start", "end", "decision_id"),
    columns=(
        Column("decision_id", S, "layer:doc_id:start-end (span layers) or layer:key"),
        Column("layer", S, "annotation layer"),
        Column("doc_id", S, "document, where the layer has one", nullable=True),
        Column("start", pa.int64(), "first code point of the conflict's extent", nullable=True),
        Column("end", pa.int64(), "end of the conflict's extent", nullable=True),
        Column("what", S, "what differs, for the reader"),
        Column("options", S, "[{annotator, record}] as the passes had them"),
        Column("decision", S, "annotator name | none | edit", nullable=True),
        Column("chosen_record", S, "with decision edit: the record (or list) in full",
               nullable=True),
        Column("decided_by", S, "who decided", nullable=True),
        Column("reason", S, "why", nullable=True),
    ),
)

def _spec(layer: str) -> Adjudication:
    return REGISTRY[layer].adjudication


def _layers() -> tuple[str, ...]:
    """The layers adjudication builds, in registry order."""
    return tuple(la.name for la in REGISTRY.adjudication_layers())


def _entity_refs() -> dict[str, tuple[str, ...]]:
    """layer -> columns holding entity ids (from the registry's foreign keys)."""
    return {la.name: la.entity_refs() for la in REGISTRY.adjudication_layers()
            if la.entity_refs()}


@dataclass
class Conflict:
    decision_id: str
    layer: str
    doc_id: str | None
    start: int | None
    end: int | None
    what: str
    options: list[dict[str, Any]]

    def as_record(self) -> dict[str, Any]:
        return {"decision_id": self.decision_id, "layer": self.layer, "doc_id": self.doc_id,
                "start": self.start, "end": self.end, "what": self.what,
                "options": self.options, "decision": None, "chosen_record": None,
                "decided_by": None, "reason": None}


@dataclass
class Result:
    gold: dict[str, list[dict[str, Any]]]
    decisions: list[dict[str, Any]]  # the decisions file, as it should now be written
    undecided: list[dict[str, Any]]
    stale: list[str] = field(default_factory=list)  # filled decisions no conflict needs
    changed: list[str] = field(default_factory=list)  # filled, but the passes changed since
    dangling: list[str] = field(default_factory=list)  # entity refs with no gold entity
    agreed: dict[str, int] = field(default_factory=dict)


# --- helpers --------------------------------------------------------------------


def _clean(rec: dict[str, Any], layer: str) -> dict[str, Any]:
    """Annotation columns only, in table order (no _line, no annotator provenance)."""
    return {c.name: rec.get(c.name) for c in REGISTRY[layer].table.annotation_columns}


def _cmp(rec: dict[str, Any], f: str) -> Any:
    v = rec.get(f)
    return sorted(v) if isinstance(v, list) else v


class _UnionFind:
    def __init__(self) -> None:
        self.parent: dict[Any, Any] = {}

    def find(self, x: Any) -> Any:
        while self.parent.setdefault(x, x) != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: Any, b: Any) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def _entity_groups(passes: Passes) -> dict[str, list[tuple[str, dict]]]:
    """Group key (smallest id) -> [(annotator, entity)]: same id or same name = one group."""
    uf = _UnionFind()
    for ann in passes:
        for e in passes[ann].get("entities", []):
            uf.union(("id", e["entity_id"]), ("name", norm_name(e.get("name")) or ""))
    members: dict[Any, list[tuple[str, dict]]] = {}
    for ann in passes:
        for e in passes[ann].get("entities", []):
            members.setdefault(uf.find(("id", e["entity_id"])), []).append((ann, e))
    return {min(e["entity_id"] for _, e in m): m for m in members.values()}


def _namespace_map(ref: dict[str, set], other: dict[str, set], taken: set[str],
                   suffix: str) -> dict[str, str]:
    """Map another annotator's ids onto the reference ids by most shared members."""
    cand = sorted((-len(ref[r] & other[o]), o, r) for o in other for r in ref
                   if ref[r] & other[o])
    out: dict[str, str] = {}
    used: set[str] = set()
    for _, o, r in cand:
        if o not in out and r not in used:
            out[o] = r
            used.add(r)
    for o in sorted(other):
        if o not in out:
            out[o] = o if o not in taken else f"{o}~{suffix}"
    return out


def _map_ids(passes: Passes) -> tuple[Passes, dict[str, list[tuple[str, dict]]]]:
    """Copy of the passes with entity refs -> entity group keys, cluster/group ids ->
    the first annotator's ids."""
    groups = _entity_groups(passes)
    eid = {e["entity_id"]: g for g, m in groups.items() for _, e in m}
    anns = sorted(passes)
    refs = _entity_refs()
    out: Passes = {a: {} for a in anns}
    for ann in anns:
        for layer, recs in passes[ann].items():
            out[ann][layer] = []
            for r in recs:
                r = dict(r)
                for f in refs.get(layer, ()):
                    if r.get(f) is not None:
                        r[f] = eid.get(r[f], r[f])
                out[ann][layer].append(r)
    for layer in _layers():
        ref = next((a for a in anns if layer in out[a]), None)
        for f in _spec(layer).namespaces:
            if ref is None:
                break

            def members(ann: str, f: str = f, layer: str = layer) -> dict[str, set]:
                m: dict[str, set] = {}
                for q in out[ann].get(layer, []):
                    if q.get(f) is not None:
                        m.setdefault(q[f], set()).add((q["doc_id"], q["start"], q["end"]))
                return m

            ref_m = members(ref)
            for ann in anns:
                if ann == ref or layer not in out[ann]:
                    continue
                mp = _namespace_map(ref_m, members(ann), set(ref_m), ann)
                for q in out[ann][layer]:
                    if q.get(f) is not None:
                        q[f] = mp[q[f]]
    return out, groups


def _texts(recs: list[tuple[str, dict]], f: str) -> list[tuple[str, str]]:
    """(annotator, text) of a free-text field, one per distinct non-empty text."""
    out, seen = [], set()
    for a, r in recs:
        v = r.get(f)
        if v not in (None, "") and v not in seen:
            seen.add(v)
            out.append((a, v))
    return out


def _merge(recs: list[tuple[str, dict]], layer: str,
           texts: dict[str, str] | None = None) -> dict[str, Any]:
    """One gold record from agreeing records: first annotator's values, ``uncertain``
    if anyone was, optional spans from the first who gave them. Free text is never
    glued together: a field the annotators filled alike (or only one filled) is taken
    as it is; where their texts differ, ``texts`` holds the decided text (see
    :func:`_text_conflicts`), else the first annotator's text stands, undecided."""
    spec = _spec(layer)
    table = REGISTRY[layer].table
    first = recs[0][1]
    out = _clean(first, layer)
    for f in spec.merge:
        if f in out:
            vals = _texts(recs, f)
            if texts and f in texts:
                out[f] = texts[f]
            else:
                out[f] = vals[0][1] if vals else first.get(f)
    if "uncertain" in out:
        out["uncertain"] = any(bool(r.get("uncertain")) for _, r in recs)
    if "aliases" in out:
        out["aliases"] = sorted({a for _, r in recs for a in (r.get("aliases") or [])})
    for prefix in table.spans:
        if prefix and out.get(f"{prefix}_start") is None:
            donor = next((r for _, r in recs if r.get(f"{prefix}_start") is not None), None)
            if donor is not None:
                for p in ("start", "end", "text"):
                    out[f"{prefix}_{p}"] = donor[f"{prefix}_{p}"]
    spans = {f"{p}_{x}" for p in table.spans if p for x in ("start", "end", "text")}
    for c in table.annotation_columns:
        if out.get(c.name) is None and c.name not in spans and c.name not in spec.merge:
            out[c.name] = next((r[c.name] for _, r in recs if r.get(c.name) is not None), None)
    return out


TEXT_PREFIX = "text:"


def _text_conflicts(did: str, layer: str, doc_id, s, e,
                    unit: list[tuple[str, dict]]) -> list[Conflict]:
    """One conflict per free-text field whose texts differ between the annotators.

    Decided like any conflict (``decision``: an annotator, or ``edit`` with
    ``chosen_record`` = ``{field: text}``), by someone who read both texts.
    """
    out = []
    for f in _spec(layer).merge:
        vals = _texts(unit, f)
        if len(vals) > 1:
            out.append(Conflict(f"{TEXT_PREFIX}{did}:{f}", layer, doc_id, s, e,
                                f"free text {f} differs: decide one text",
                                [{"annotator": a, "record": {f: v}} for a, v in vals]))
    return out


def _decided_text(dec: dict[str, Any], source: str) -> str:
    """The text a filled free-text decision chose."""
    field = dec["decision_id"].rsplit(":", 1)[1]
    if not dec.get("decided_by"):
        raise CorpusError(f"{source}: invalid decision {dec['decision_id']}",
                          [Problem(source, "a filled decision needs decided_by",
                                   dec.get(LINE_KEY), dec["decision_id"], "decided_by")])
    if dec["decision"] == "edit":
        chosen = dec.get("chosen_record")
        if not isinstance(chosen, dict) or not isinstance(chosen.get(field), str) \
                or not chosen[field]:
            raise CorpusError(f"{source}: invalid decision {dec['decision_id']}",
                              [Problem(source, f"decision edit needs chosen_record "
                                       f"{{{field!r}: text}}", dec.get(LINE_KEY),
                                       dec["decision_id"], "chosen_record")])
        return chosen[field]
    for o in dec.get("options", []):
        if o.get("annotator") == dec["decision"]:
            return o["record"][field]
    names = sorted(o.get("annotator") for o in dec.get("options", []))
    raise CorpusError(f"{source}: invalid decision {dec['decision_id']}",
                      [Problem(source, f"decision {dec['decision']!r} is none of: "
                               f"{', '.join(names)}, edit", dec.get(LINE_KEY),
                               dec["decision_id"], "decision")])


def _describe(layer: str, unit: list[tuple[str, dict]], anns: list[str]) -> str:
    spec = _spec(layer)
    have = sorted({a for a, _ in unit})
    parts = []
    missing = [a for a in anns if a not in have]
    if missing:
        parts.append(f"only in {', '.join(have)}")
    if spec.span_group:
        spans = sorted({(r["start"], r["end"]) for _, r in unit})
        if len(spans) > 1:
            parts.append("spans differ: " + "; ".join(
                f"{a} {r['start']}-{r['end']}" for a, r in unit))
    for f in spec.compare:
        vals = {json.dumps(_cmp(r, f)) for _, r in unit}
        if len(vals) > 1:
            parts.append(f"{f}: " + ", ".join(f"{a}={_cmp(r, f)}" for a, r in unit))
    if not parts and len(unit) != len(have):
        parts.append("several records from one annotator")
    return "; ".join(parts) or "differs"


# --- units ----------------------------------------------------------------------


def _units(layer: str, passes: Passes, groups) -> list[tuple[str, Any, Any, Any, list]]:
    """(decision_id, doc_id, start, end, [(annotator, record)]) per comparison unit."""
    spec = _spec(layer)
    recs = [(a, r) for a in sorted(passes) for r in passes[a].get(layer, [])]
    if not spec.key and not spec.span_group:  # the catalogue: same id or same name
        return [(f"{layer}:{g}", None, None, None, list(m)) for g, m in sorted(groups.items())]
    if spec.key:
        by: dict[str, list] = {}
        for a, r in recs:
            by.setdefault(r[spec.key], []).append((a, r))
        return [(f"{layer}:{k}", k if spec.key == "doc_id" else None, None, None, v)
                for k, v in sorted(by.items())]
    by_group: dict[tuple, list] = {}
    for a, r in recs:
        by_group.setdefault(tuple(r[k] for k in spec.span_group), []).append((a, r))
    out = []
    # keys may be null (an alignment without target_doc_id): order None first, no TypeError
    for gk, items in sorted(by_group.items(),
                            key=lambda kv: tuple((v is not None, v or "") for v in kv[0])):
        items.sort(key=lambda x: (x[1]["start"], x[1]["end"], x[0]))
        comp: list = []
        hi = None
        for a, r in items:
            same = comp and (r["start"], r["end"]) == (comp[-1][1]["start"], comp[-1][1]["end"])
            if comp and not same and r["start"] >= hi:
                out.append(_span_unit(layer, spec, gk, comp))
                comp = []
            comp.append((a, r))
            hi = r["end"] if hi is None or not comp[:-1] else max(hi, r["end"])
        if comp:
            out.append(_span_unit(layer, spec, gk, comp))
    return out


def _span_unit(layer: str, spec: Adjudication, gk: tuple, comp: list) -> tuple:
    """decision_id ``layer:doc_id:start-end``, other group keys appended as ``@key``."""
    s = min(r["start"] for _, r in comp)
    e = max(r["end"] for _, r in comp)
    keys = dict(zip(spec.span_group, gk, strict=True))
    doc_id = keys.pop("doc_id")
    tail = "".join(f"@{v}" for v in keys.values())
    return (f"{layer}:{doc_id}:{s}-{e}{tail}", doc_id, s, e, comp)


def _agrees(layer: str, unit: list[tuple[str, dict]], anns: list[str]) -> bool:
    if [a for a, _ in unit] != anns:  # exactly one record per annotator
        return False
    spec = _spec(layer)
    keys = (("start", "end") if spec.span_group else ()) + spec.compare
    first = unit[0][1]
    return all(_cmp(r, k) == _cmp(first, k) for _, r in unit[1:] for k in keys)


# --- decisions ------------------------------------------------------------------


def _apply(dec: dict[str, Any], texts: dict[str, str] | None, source: str) -> list[dict]:
    """Records a filled decision puts into gold (validated)."""
    did, line = dec.get("decision_id"), dec.get(LINE_KEY)

    def bad(what: str, fld: str = "decision") -> CorpusError:
        return CorpusError(f"{source}: invalid decision {did}",
                           [Problem(source, what, line, did, fld)])

    choice = dec["decision"]
    if not dec.get("decided_by"):
        raise bad("a filled decision needs decided_by", "decided_by")
    if choice == "none":
        return []
    if choice == "edit":
        chosen = dec.get("chosen_record")
        recs = chosen if isinstance(chosen, list) else [chosen]
        if chosen is None or not all(isinstance(r, dict) for r in recs):
            raise bad("decision edit needs chosen_record (an object or a list)",
                      "chosen_record")
        layer = dec["layer"]
        table = REGISTRY[layer].table
        need = [c.name for c in table.annotation_columns if not c.nullable]
        for r in recs:
            miss = [c for c in need if c not in r]
            if miss:
                raise bad(f"chosen_record lacks {', '.join(miss)}", "chosen_record")
            if texts is not None and table.spans and r.get("doc_id") in texts:
                got = texts[r["doc_id"]][r["start"]:r["end"]]
                if got != r.get("text"):
                    raise bad(f"chosen_record text {r.get('text')!r} is not the document's "
                              f"text {got!r} at {r['start']}-{r['end']}", "chosen_record")
        return [dict(r, _edit=True) for r in recs]
    picked = [o["record"] for o in dec.get("options", []) if o.get("annotator") == choice]
    if not picked:
        names = sorted({o.get("annotator") for o in dec.get("options", [])})
        raise bad(f"decision {choice!r} is none of: {', '.join(names)}, none, edit")
    return [dict(r) for r in picked]


def _provenance(decided_by: str, decision_id: str | None) -> dict[str, Any]:
    return {"status": "adjudicated", "decided_by": decided_by, "decision_id": decision_id}


def adjudicate(passes: Passes, existing: Iterable[dict[str, Any]] = (),
               texts: dict[str, str] | None = None,
               source: str = "decisions.jsonl",
               abstain: dict[str, tuple[str, ...]] | None = None) -> Result:
    """Gold from passes + decisions. ``existing``: the decisions file's records.

    ``abstain``: annotator -> layers its folder declares it did not make
    (``empty_layers.json``); it takes no part in those layers, so a pass of one layer
    (a second alignment pass, say) does not turn every other layer into conflicts."""
    all_anns = sorted(passes)
    abstain = abstain or {}
    if len(all_anns) < 2:
        raise CorpusError("adjudication needs two or more annotator passes",
                          [Problem(source, f"found {len(all_anns)} annotator folder(s)")])
    mapped, groups = _map_ids(passes)
    old = {d["decision_id"]: d for d in existing}
    gold: dict[str, list] = {layer: [] for layer in _layers()}
    decisions, undecided, changed = [], [], []
    agreed: dict[str, int] = {}
    seen: set[str] = set()
    for layer in _layers():
        agreed[layer] = 0
        anns = [a for a in all_anns if layer not in abstain.get(a, ())]
        for did, doc_id, s, e, unit in _units(layer, mapped, groups):
            if _agrees(layer, unit, anns):
                chosen, by = {}, {}
                for tc in _text_conflicts(did, layer, doc_id, s, e, unit):
                    seen.add(tc.decision_id)
                    field = tc.decision_id.rsplit(":", 1)[1]
                    prev = old.get(tc.decision_id)
                    if prev is not None and prev.get("decision") is not None:
                        if prev.get("options") != tc.options:
                            changed.append(tc.decision_id)
                        chosen[field] = _decided_text(prev, source)
                        by[field] = prev["decided_by"]
                        decisions.append(prev)
                        continue
                    rec = tc.as_record()
                    if prev is not None:
                        for k in ("chosen_record", "decided_by", "reason"):
                            rec[k] = prev.get(k)
                    decisions.append(rec)
                    undecided.append(rec)
                prov = _provenance("agreement", None)
                if by:
                    prov["text_decided_by"] = dict(sorted(by.items()))
                gold[layer].append(dict(_merge(unit, layer, chosen), provenance=prov))
                agreed[layer] += 1
                continue
            options = [{"annotator": a, "record": _clean(r, layer)} for a, r in unit]
            conflict = Conflict(did, layer, doc_id, s, e, _describe(layer, unit, anns), options)
            seen.add(did)
            prev = old.get(did)
            if prev is not None and prev.get("decision") is not None:
                if prev.get("options") != options:
                    changed.append(did)
                decisions.append(prev)
                for r in _apply(prev, texts, source):
                    gold[layer].append(dict(r, provenance=_provenance(prev["decided_by"], did)))
                continue
            rec = conflict.as_record()
            if prev is not None:  # keep what someone started to fill in
                for k in ("chosen_record", "decided_by", "reason"):
                    rec[k] = prev.get(k)
            decisions.append(rec)
            undecided.append(rec)
    stale = sorted(d for d, rec in old.items() if d not in seen and rec.get("decision"))
    decisions += [old[d] for d in stale]
    gold = _final_ids(gold, groups)
    return Result(gold=gold, decisions=decisions, undecided=undecided, stale=stale,
                  changed=sorted(changed), dangling=_dangling(gold), agreed=agreed)


def _final_ids(gold: dict[str, list], groups) -> dict[str, list]:
    """Entity group keys -> the gold entity id chosen for the group."""
    by_id = {x["entity_id"]: g for g, m in groups.items() for _, x in m}
    gold_id: dict[str, str] = {}
    for e in gold["entities"]:
        did = e["provenance"]["decision_id"]
        key = did.removeprefix("entities:") if did else by_id.get(e["entity_id"])
        if key is not None:
            gold_id.setdefault(key, e["entity_id"])
    out: dict[str, list] = {}
    for layer, recs in gold.items():
        out[layer] = []
        for r in recs:
            r = dict(r)
            if not r.pop("_edit", False):
                for f in _entity_refs().get(layer, ()):
                    if r.get(f) is not None:
                        r[f] = gold_id.get(r[f], r[f])
            out[layer].append(r)
    return out


def _dangling(gold: dict[str, list]) -> list[str]:
    ids = {e["entity_id"] for e in gold["entities"]}
    return sorted({f"{layer}.{f}={r[f]}" for layer, fs in _entity_refs().items()
                   for r in gold[layer] for f in fs if r.get(f) and r[f] not in ids})


# --- I/O and CLI ----------------------------------------------------------------


def write_gold(gold: dict[str, list], folder: str | Path) -> None:
    for layer, recs in gold.items():
        write_jsonl(Path(folder) / REGISTRY[layer].file, recs, REGISTRY[layer].table)


def write_decisions(decisions: list[dict], path: str | Path) -> None:
    write_jsonl(path, [canonical_record(d, DECISIONS) for d in decisions], DECISIONS)


def context(text: str | None, start: int | None, end: int | None, width: int = 60) -> str:
    """The span marked ⟦…⟧ with ``width`` code points either side, newlines shown as ⏎."""
    if text is None or start is None:
        return ""
    left = text[max(0, start - width):start]
    right = text[end:end + width]
    return (left + "⟦" + text[start:end] + "⟧" + right).replace("\r\n", "⏎").replace(
        "\n", "⏎").replace("\r", "⏎")


def _summary(rec: dict[str, Any], layer: str) -> str:
    spec = _spec(layer)
    bits = [f"{rec.get('start')}-{rec.get('end')} {rec.get('text')!r}"] if spec.span_group else []
    bits += [f"{f}={rec.get(f)}" for f in spec.compare]
    return " ".join(bits)


def print_conflicts(undecided: list[dict], texts: dict[str, str], limit: int | None) -> None:
    from rich.console import Console
    from rich.table import Table as RichTable

    con = Console(emoji=False)  # ids like "date:2025-09-03" are not emoji codes
    shown = undecided if limit is None else undecided[:limit]
    t = RichTable(title=f"{len(undecided)} undecided conflicts", show_lines=True)
    for c in ("decision_id", "what", "context", "options"):
        t.add_column(c, overflow="fold")
    for d in shown:
        t.add_row(d["decision_id"], d["what"],
                  context(texts.get(d["doc_id"]) if d["doc_id"] else None, d["start"], d["end"]),
                  "\n".join(f"{o['annotator']}: {_summary(o['record'], d['layer'])}"
                            for o in d["options"]))
    con.print(t)
    if len(shown) < len(undecided):
        con.print(f"... and {len(undecided) - len(shown)} more (corpus adjudicate --list)")


def adjudicate_cmd(
    passes: Annotated[Path | None, typer.Option(
        help="one folder per annotator", show_default="annotations/passes")] = None,
    gold: Annotated[Path | None, typer.Option(
        help="where the gold layers are written", show_default="annotations/gold")] = None,
    decisions: Annotated[Path | None, typer.Option(
        help="the conflicts and their decisions (edited by hand)",
        show_default="annotations/adjudication/decisions.jsonl")] = None,
    texts: Annotated[list[Path] | None, typer.Option(
        help="source folder(s) (manifest.jsonl, else <doc_id>.txt): context for --list, "
             "checks of edited spans", show_default="the project's sources")] = None,
    root: Annotated[Path | None, typer.Option(
        "--root", help="Project folder (default: found from the current directory).")] = None,
    allow_undecided: Annotated[bool, typer.Option(
        "--allow-undecided", help="write gold leaving undecided conflicts out (exit 0)")] = False,
    list_: Annotated[bool, typer.Option(
        "--list", help="only print the open conflicts with text context; writes nothing")] = False,
) -> None:
    """Build gold from the passes: agreements go in, conflicts go to the decisions file.

    Fill a conflict's decision with an annotator name, "none" or "edit" (plus
    chosen_record), and decided_by/reason, then re-run. Exits 1 while conflicts are
    undecided (gold is then written only with --allow-undecided, which exits 0).
    """
    from corpus.documents import texts_from_paths
    from corpus.paths import shown
    from corpus.project import load_project

    project_root = None
    if None in (passes, gold, decisions) or not texts:  # defaults come from the project
        project = load_project(root)
        project_root = project.root
        passes = passes or project.passes
        gold = gold or project.gold
        decisions = decisions or project.decisions
        texts = texts or project.source_paths
    doc_texts = texts_from_paths(texts, project_root)
    dec_name = shown(decisions, project_root)
    existing = read_jsonl(decisions, dec_name) if decisions.exists() else []
    loaded = load_passes(passes, project_root=project_root)
    abstain = declared_empty_layers(passes, project_root)
    for ann in sorted(loaded):
        missing = [layer for layer in _layers()
                   if layer not in loaded[ann] and layer not in abstain.get(ann, ())]
        if missing:
            typer.echo(f"warning: {ann} has no {', '.join(missing)} file(s): "
                       "read as empty, so the other passes' records there are conflicts",
                       err=True)
    res = adjudicate(loaded, existing, doc_texts or None, dec_name, abstain)
    if list_:
        print_conflicts(res.undecided, doc_texts, None)
        return
    write_decisions(res.decisions, decisions)
    typer.echo(f"agreed: {sum(res.agreed.values())} "
               f"({', '.join(f'{k} {v}' for k, v in res.agreed.items())}); "
               f"decided: {len(res.decisions) - len(res.undecided) - len(res.stale)}; "
               f"undecided: {len(res.undecided)}; wrote {dec_name}")
    for did in res.changed:
        typer.echo(f"warning: {did}: the passes changed since it was decided "
                   "(the decision's stored options were applied)", err=True)
    for did in res.stale:
        typer.echo(f"warning: {did}: decided, but no longer a conflict (not applied)", err=True)
    if res.undecided:
        print_conflicts(res.undecided, doc_texts, 20)
        if not allow_undecided:
            typer.echo(f"error: {len(res.undecided)} undecided conflicts; fill them in "
                       f"{dec_name} or pass --allow-undecided", err=True)
            raise typer.Exit(1)
        typer.echo(f"warning: {len(res.undecided)} undecided conflicts left out of gold",
                   err=True)
    for ref in res.dangling:
        typer.echo(f"warning: gold refers to an entity not in the gold catalogue: {ref}",
                   err=True)
    write_gold(res.gold, gold)
    counts = ", ".join(f"{k} {len(v)}" for k, v in res.gold.items())
    typer.echo(f"wrote {shown(gold, project_root)}/ ({counts})")

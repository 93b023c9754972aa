"""Inter-annotator agreement between the independent passes.

Why: the dataset card must say how reliable each layer is, in numbers a reader can
recompute. Span agreement is F1 (exact, and overlap with a one-to-one greedy
matching); labels are compared only on matched spans (Cohen's kappa per pair,
Krippendorff's alpha over all annotators); entity ids are compared through the
catalogue names because two annotators may coin different ids for one referent.
A coefficient that is undefined (no pairable items, a single category) is reported
as null with a reason, never as a made-up number.
"""

from __future__ import annotations

import json
import math
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path
from typing import Annotated, Any

import typer

from corpus.errors import CorpusError, Problem
from corpus.registry import REGISTRY, Registry
from corpus.scoring import match_spans

SPEAKER_KINDS = ("direct", "mixed")
DIGITS = 4

Passes = dict[str, dict[str, list[dict[str, Any]]]]  # annotator -> layer -> records


# --- loading ------------------------------------------------------------------


def load_passes(root: str | Path, registry: Registry = REGISTRY,
                project_root: Path | None = None) -> Passes:
    """Every annotator folder under ``root`` (sorted); a layer file may be absent.

    Read through the one typed layer reader (:func:`corpus.layers.read_folder_records`),
    so a field the gate would refuse is refused here too, with file, line and field;
    messages name files relative to ``project_root`` (see :func:`corpus.paths.shown`)."""
    from corpus.layers import read_folder_records
    from corpus.paths import shown

    root = Path(root)
    if not root.is_dir():
        where = shown(root, project_root)
        raise CorpusError(f"{where}: passes folder not found", [Problem(where, "not a folder")])
    return {d.name: read_folder_records(d, project_root, registry=registry)
            for d in sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))}


def declared_empty_layers(root: str | Path, project_root: Path | None = None
                          ) -> dict[str, tuple[str, ...]]:
    """annotator -> layers its folder declares it did not make (``empty_layers.json``)."""
    from corpus.layers import declared_empty

    root = Path(root)
    return {d.name: declared_empty(d, project_root) for d in sorted(root.iterdir())
            if d.is_dir() and not d.name.startswith(".")}


def load_texts(folder: str | Path) -> dict[str, str]:
    """doc_id -> exact text of a source folder (its manifest, sha256 checked, else *.txt)."""
    from corpus.documents import texts_from_paths

    return texts_from_paths([Path(folder)])


def norm_name(name: str | None) -> str | None:
    """Catalogue names compared case- and width-insensitively, spaces collapsed."""
    if name is None:
        return None
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def entity_keys(entities: Iterable[dict[str, Any]]) -> dict[str, str]:
    """entity_id -> comparison key (normalised catalogue name)."""
    return {e["entity_id"]: norm_name(e.get("name")) or e["entity_id"] for e in entities
            if e.get("entity_id")}


# --- span matching --------------------------------------------------------------


def f1(matched: int, n_a: int, n_b: int) -> dict[str, Any]:
    """Symmetric F1 (= Dice); precision/recall take the first annotator as reference."""
    return {
        "matched": matched,
        "precision": _r(matched / n_b) if n_b else None,
        "recall": _r(matched / n_a) if n_a else None,
        "f1": _r(2 * matched / (n_a + n_b)) if n_a + n_b else None,
    }


# --- coefficients ---------------------------------------------------------------


def cohen_kappa(pairs: list[tuple[Any, Any]]) -> dict[str, Any]:
    """kappa = (po - pe) / (1 - pe) over (label_a, label_b) pairs; null pairs skipped."""
    pairs = [(x, y) for x, y in pairs if x is not None and y is not None]
    n = len(pairs)
    if n == 0:
        return {"n": 0, "observed": None, "expected": None, "kappa": None,
                "reason": "no matched items labelled by both annotators"}
    po = sum(x == y for x, y in pairs) / n
    ca, cb = Counter(x for x, _ in pairs), Counter(y for _, y in pairs)
    pe = sum(ca[k] * cb[k] for k in ca) / (n * n)
    if math.isclose(pe, 1.0):
        only = sorted(ca)[0]
        return {"n": n, "observed": _r(po), "expected": _r(pe), "kappa": None,
                "reason": f"undefined: both annotators used only one category ({only})"}
    return {"n": n, "observed": _r(po), "expected": _r(pe), "kappa": _r((po - pe) / (1 - pe)),
            "reason": None}


def krippendorff_alpha(units: list[list[Any]]) -> dict[str, Any]:
    """Nominal alpha via the ``krippendorff`` package; ``units`` are rows of values
    (one per annotator, None = not coded). Undefined cases return null with a reason."""
    try:
        import krippendorff
    except ImportError:
        raise CorpusError("Krippendorff's alpha needs the krippendorff package: "
                          "pip install -e '.[agreement]'") from None
    import numpy as np

    units = [u for u in units if sum(v is not None for v in u) >= 2]  # the rest add nothing
    pairable = [[v for v in u if v is not None] for u in units]
    if not pairable:
        return {"alpha": None, "units": 0, "values": 0,
                "reason": "no unit coded by two or more annotators"}
    cats = sorted({v for u in pairable for v in u}, key=str)
    n_values = sum(len(u) for u in pairable)
    if len(cats) < 2:
        return {"alpha": None, "units": len(pairable), "values": n_values,
                "reason": f"undefined: only one category appears ({cats[0]})"}
    code = {c: i for i, c in enumerate(cats)}
    width = max(len(u) for u in units)
    data = np.full((width, len(units)), np.nan)
    for j, u in enumerate(units):
        for i, v in enumerate(u):
            if v is not None:
                data[i, j] = code[v]
    value = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    return {"alpha": _r(float(value)), "units": len(pairable), "values": n_values,
            "reason": None}


def link_f1(a_groups: list[Any], b_groups: list[Any]) -> dict[str, Any]:
    """Pairwise same-cluster links F1 over matched items (None = in no cluster)."""
    def links(groups: list[Any]) -> set[tuple[int, int]]:
        by: dict[Any, list[int]] = {}
        for i, g in enumerate(groups):
            if g is not None:
                by.setdefault(g, []).append(i)
        return {p for members in by.values() for p in combinations(members, 2)}

    la, lb = links(a_groups), links(b_groups)
    if not la and not lb:
        return {"links_a": 0, "links_b": 0, "matched": 0, "f1": None,
                "reason": "no same-cluster links among matched quotes"}
    both = len(la & lb)
    return {"links_a": len(la), "links_b": len(lb), "matched": both,
            "f1": _r(2 * both / (len(la) + len(lb))), "reason": None}


def _r(x: float) -> float:
    return round(x, DIGITS) + 0.0  # + 0.0: no "-0.0" in the JSON


def _rate(agree: int, n: int, empty: str) -> dict[str, Any]:
    return {"n": n, "agree": agree, "rate": _r(agree / n) if n else None,
            "reason": None if n else empty}


# --- per layer ------------------------------------------------------------------


@dataclass
class _Units:
    """Connected components of pairwise matches: one unit per matched span group."""

    annotators: list[str]
    members: list[dict[str, int]]  # unit -> annotator -> record index


def _units(records: dict[str, list[dict]], matches: dict[tuple[str, str], list]) -> _Units:
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def find(x):
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for ann, recs in records.items():
        for i in range(len(recs)):
            find((ann, i))
    for (a, b), pairs in matches.items():
        for ia, ib, _ in pairs:
            parent[find((a, ia))] = find((b, ib))
    groups: dict[tuple[str, int], dict[str, int]] = {}
    for node in sorted(parent):
        ann, i = node
        groups.setdefault(find(node), {}).setdefault(ann, i)  # first record per annotator
    return _Units(sorted(records), list(groups.values()))


def span_layer(layer: str, passes: Passes, registry: Registry = REGISTRY) -> dict[str, Any]:
    spec = registry[layer].agreement
    anns = [a for a in passes if layer in passes[a]]
    records = {a: passes[a][layer] for a in anns}
    keys = {a: entity_keys(passes[a].get("entities", [])) for a in anns}
    matches = {(a, b): _match(records[a], records[b], spec.match_within)
               for a, b in combinations(anns, 2)}
    out: dict[str, Any] = {"annotators": anns, "counts": {a: len(records[a]) for a in anns},
                           "pairs": {}, "alpha": {}}
    for (a, b), pairs in matches.items():
        ra, rb = records[a], records[b]
        na, nb = len(ra), len(rb)
        pair: dict[str, Any] = {
            "exact": f1(sum(1 for *_, ex in pairs if ex), na, nb),
            "overlap": f1(len(pairs), na, nb),
            "kappa": {f: cohen_kappa([(ra[i].get(f), rb[j].get(f)) for i, j, _ in pairs])
                      for f in spec.labels},
        }
        for measure in spec.measures:
            pair[measure] = MEASURES[measure](ra, rb, pairs, keys[a], keys[b])
        out["pairs"][f"{a}|{b}"] = pair
    units = _units(records, matches)
    for f in spec.labels:
        rows = [[records[a][u[a]].get(f) if a in u else None for a in units.annotators]
                for u in units.members]
        out["alpha"][f] = krippendorff_alpha(rows)
    return out


def _match(a: list[dict], b: list[dict], within: tuple[str, ...]) -> list[tuple[int, int, bool]]:
    """match_spans, with spans that differ in a ``within`` field never matched."""
    if not within:
        return match_spans(a, b)

    def keyed(recs: list[dict]) -> list[dict]:
        return [{"doc_id": json.dumps([r["doc_id"], *(r.get(f) for f in within)]),
                 "start": r["start"], "end": r["end"]} for r in recs]

    return match_spans(keyed(a), keyed(b))


def entity_linking(ra: list[dict], rb: list[dict], pairs: list, ka: dict, kb: dict) -> dict:
    """Matched mentions where at least one side links an entity: same entity?"""
    items = [(_ek(ra[i].get("entity_id"), ka), _ek(rb[j].get("entity_id"), kb))
             for i, j, _ in pairs]
    items = [(x, y) for x, y in items if x is not None or y is not None]
    return _rate(sum(x == y for x, y in items), len(items), "no matched mention links an entity")


def speaker(ra: list[dict], rb: list[dict], pairs: list, ka: dict, kb: dict) -> dict:
    """Matched direct/mixed quotes: same speaker entity (by catalogue name)?"""
    sp = [(_ek(ra[i].get("speaker_entity_id"), ka), _ek(rb[j].get("speaker_entity_id"), kb))
          for i, j, _ in pairs
          if ra[i].get("kind") in SPEAKER_KINDS and rb[j].get("kind") in SPEAKER_KINDS]
    return _rate(sum(x == y for x, y in sp), len(sp), "no matched direct/mixed quotes")


def clusters(ra: list[dict], rb: list[dict], pairs: list, ka: dict, kb: dict) -> dict:
    """Same-cluster links among matched quotes."""
    return link_f1([ra[i].get("cluster_id") for i, _, _ in pairs],
                   [rb[j].get("cluster_id") for _, j, _ in pairs])


def counterpart(ra: list[dict], rb: list[dict], pairs: list, ka: dict, kb: dict) -> dict:
    """Matched passages that both annotators give a counterpart (label not new): the same
    target span (exact), or target spans that overlap?"""
    both = [(ra[i], rb[j]) for i, j, _ in pairs
            if ra[i].get("target_start") is not None and rb[j].get("target_start") is not None]
    exact = sum(x["target_start"] == y["target_start"] and x["target_end"] == y["target_end"]
                for x, y in both)
    over = sum(x["target_start"] < y["target_end"] and y["target_start"] < x["target_end"]
               for x, y in both)
    n = len(both)
    return {"n": n, "exact": exact, "overlap": over,
            "exact_rate": _r(exact / n) if n else None,
            "overlap_rate": _r(over / n) if n else None,
            "reason": None if n else "no matched passage that both annotators align"}


UNCHANGED = "unchanged"


def edit_action(ra: list[dict], rb: list[dict], pairs: list, ka: dict, kb: dict) -> dict:
    """Edit actions on the matched passages of update pairs (version pairs where either
    annotator records an edit action); a null edit there means unchanged, so it is a
    category, not a missing value."""
    update = {(r["doc_id"], r.get("target_doc_id")) for r in (*ra, *rb) if r.get("edit")}
    items = [(ra[i].get("edit") or UNCHANGED, rb[j].get("edit") or UNCHANGED)
             for i, j, _ in pairs if (ra[i]["doc_id"], ra[i].get("target_doc_id")) in update]
    out = cohen_kappa(items)
    agree = sum(x == y for x, y in items)
    out.update(agree=agree, rate=_r(agree / len(items)) if items else None)
    if not items:
        out["reason"] = "no matched passage of an update pair"
    return out


# Measures a layer's declaration may name (corpus.registry.Agreement.measures).
MEASURES = {"entity_linking": entity_linking, "speaker": speaker, "clusters": clusters,
            "counterpart": counterpart, "edit_action": edit_action}


def _ek(entity_id: str | None, keys: dict[str, str]) -> str | None:
    return None if entity_id is None else keys.get(entity_id, entity_id)


def key_layer(layer: str, passes: Passes, registry: Registry = REGISTRY) -> dict[str, Any]:
    """Layers with one unit per id (documents): labels compared on shared ids."""
    la = registry[layer]
    fields, key = la.agreement.labels, la.id_column
    anns = [a for a in passes if layer in passes[a]]
    by = {a: {d[key]: d for d in passes[a][layer]} for a in anns}
    doc_ids = sorted({d for a in anns for d in by[a]})
    out: dict[str, Any] = {"annotators": anns, "counts": {a: len(by[a]) for a in anns},
                           "pairs": {}, "alpha": {}}
    for a, b in combinations(anns, 2):
        common = [d for d in doc_ids if d in by[a] and d in by[b]]
        out["pairs"][f"{a}|{b}"] = {
            "kappa": {f: cohen_kappa([(by[a][d].get(f), by[b][d].get(f)) for d in common])
                      for f in fields}
        }
    for f in fields:
        rows = [[by[a][d].get(f) if d in by[a] else None for a in anns] for d in doc_ids]
        out["alpha"][f] = krippendorff_alpha(rows)
    return out


def agreement(passes: Passes, registry: Registry = REGISTRY) -> dict[str, Any]:
    """The whole report: every registered layer that two or more annotators have."""
    layers: dict[str, Any] = {}
    skipped: dict[str, str] = {}
    for la in registry.agreement_layers():
        layer = la.name
        n = sum(1 for a in passes if layer in passes[a])
        if n < 2:
            skipped[layer] = f"only {n} annotator(s) have this layer"
            continue
        fn = key_layer if la.agreement.unit == "key" else span_layer
        layers[layer] = fn(layer, passes, registry)
    return {
        "annotators": sorted(passes),
        "method": {
            "exact": "same doc_id, start and end; one-to-one",
            "overlap": "any overlap; one-to-one greedy matching, exact matches first, "
                       "then larger overlap",
            "labels": "Cohen's kappa per pair and Krippendorff's alpha (nominal) over all "
                      "annotators, on overlap-matched spans; null labels are not coded",
            "entity_linking": "matched mentions where at least one side links an entity; "
                              "ids compared through the annotator's catalogue name",
            "speaker": "matched quotes that both annotators call direct or mixed; same "
                       "speaker entity by catalogue name (both null counts as agreement)",
            "clusters": "F1 of pairwise same-cluster links among overlap-matched quotes",
            "alignments": "passages matched only against the same target_doc_id; "
                          "counterpart: matched passages both align to a counterpart, same "
                          "target span (exact) or overlapping target spans; edit action: "
                          "Cohen's kappa on matched passages of update pairs, null edit = "
                          "unchanged",
        },
        "layers": layers,
        "skipped": skipped,
    }


def to_json(report: dict[str, Any]) -> str:
    """Deterministic bytes: sorted keys, floats already rounded, LF-terminated."""
    return json.dumps(report, sort_keys=True, indent=2, ensure_ascii=False) + "\n"


# --- presentation ---------------------------------------------------------------


def rows(report: dict[str, Any]) -> list[tuple[str, str, str, str, str, str]]:
    """Flat rows (layer, measure, who, value, n, note) for the table."""
    out = []

    def fmt(v):
        return "null" if v is None else f"{v:.{DIGITS}f}" if isinstance(v, float) else str(v)

    for layer, rep in report["layers"].items():
        for who, pair in rep["pairs"].items():
            for kind in ("exact", "overlap"):
                if kind in pair:
                    p = pair[kind]
                    out.append((layer, f"span F1 ({kind})", who, fmt(p["f1"]),
                                str(p["matched"]), ""))
            for f, k in pair["kappa"].items():
                out.append((layer, f"{f} kappa", who, fmt(k["kappa"]), str(k["n"]),
                            k["reason"] or f"po={fmt(k['observed'])} pe={fmt(k['expected'])}"))
            for m in ("entity_linking", "speaker"):
                if m in pair:
                    out.append((layer, m.replace("_", " "), who, fmt(pair[m]["rate"]),
                                str(pair[m]["n"]), pair[m]["reason"] or ""))
            if "counterpart" in pair:
                c = pair["counterpart"]
                for kind in ("exact", "overlap"):
                    out.append((layer, f"counterpart span ({kind})", who,
                                fmt(c[f"{kind}_rate"]), str(c["n"]), c["reason"] or ""))
            if "edit_action" in pair:
                e = pair["edit_action"]
                out.append((layer, "edit action kappa", who, fmt(e["kappa"]), str(e["n"]),
                            e["reason"] or f"po={fmt(e['observed'])} pe={fmt(e['expected'])}"))
            if "clusters" in pair:
                c = pair["clusters"]
                out.append((layer, "cluster links F1", who, fmt(c["f1"]),
                            f"{c['links_a']}/{c['links_b']}", c["reason"] or ""))
        for f, al in rep["alpha"].items():
            out.append((layer, f"{f} alpha", "all", fmt(al["alpha"]),
                        str(al["units"]), al["reason"] or ""))
    for layer, why in report["skipped"].items():
        out.append((layer, "skipped", "", "", "", why))
    return out


def print_table(report: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    t = Table(title=f"Agreement ({', '.join(report['annotators'])})",
              caption="kappa: Cohen's, per pair; alpha: Krippendorff's nominal, all "
                      "annotators; labels on overlap-matched spans")
    for c in ("layer", "measure", "annotators", "value", "n", "note"):
        t.add_column(c, justify="right" if c in ("value", "n") else "left")
    for r in rows(report):
        t.add_row(*r)
    Console(emoji=False).print(t)


def agreement_cmd(
    passes: Annotated[Path | None, typer.Option(
        help="one folder per annotator", show_default="annotations/passes")] = None,
    json_path: Annotated[Path | None, typer.Option(
        "--json", help="also write the report as JSON (sorted keys, rounded floats)")] = None,
    root: Annotated[Path | None, typer.Option(
        "--root", help="Project folder (default: found from the current directory).")] = None,
) -> None:
    """Inter-annotator agreement of the passes: span F1, kappa/alpha, linking, clusters."""
    from corpus.paths import shown

    project_root = None
    if passes is None:
        from corpus.project import load_project

        project = load_project(root)
        passes, project_root = project.passes, project.root
    report = agreement(load_passes(passes, project_root=project_root))
    print_table(report)
    if json_path is not None:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_bytes(to_json(report).encode("utf-8"))
        typer.echo(f"wrote {shown(json_path, project_root)}")

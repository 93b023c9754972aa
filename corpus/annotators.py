"""Who made the labels: ``annotations/annotators.jsonl``, one record per annotator.

Every document that quotes a label or a figure (card, datasheet, data statement,
Croissant) says who made the labels from this one file, so the statement cannot
drift from the facts: which kind of annotator (``ai`` or ``human``), which model
family, which role (independent pass, adjudicator, single pass), how the passes
were kept apart, and whether a person reviewed the result.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from corpus.errors import CorpusError, Problem
from corpus.jsonl import LINE_KEY, read_jsonl

FILE = "annotators.jsonl"
FIELDS = ("annotator", "kind", "model_family", "role", "layers", "separation", "method",
          "human_review")
KINDS = ("ai", "human")
ROLES = ("independent pass", "adjudicator", "single pass", "text decisions")


@dataclass(frozen=True)
class Annotator:
    annotator: str
    kind: str
    model_family: str | None
    role: str
    layers: tuple[str, ...]
    separation: str
    method: str
    human_review: bool


def load_annotators(annotations: Path) -> list[Annotator]:
    """Read and check the file; a missing or bad record is a named error."""
    path = annotations / FILE
    where = f"annotations/{FILE}"
    if not path.is_file():
        raise CorpusError(f"{where}: not found",
                          [Problem(where, "the release must say who made its labels")])
    out, problems = [], []
    for rec in read_jsonl(path):
        line, rid = rec.get(LINE_KEY), rec.get("annotator")
        for k in rec:
            if k not in FIELDS and k != LINE_KEY:
                problems.append(Problem(where, f"unknown field (allowed: {', '.join(FIELDS)})",
                                        line, rid, k))
        for k in ("annotator", "kind", "role", "separation", "method"):
            if not isinstance(rec.get(k), str) or not rec[k]:
                problems.append(Problem(where, "missing or not a non-empty string", line, rid, k))
        if rec.get("kind") not in KINDS:
            problems.append(Problem(where, f"must be one of {', '.join(KINDS)}", line, rid,
                                    "kind"))
        if rec.get("role") not in ROLES:
            problems.append(Problem(where, f"must be one of {', '.join(ROLES)}", line, rid,
                                    "role"))
        if rec.get("kind") == "ai" and not rec.get("model_family"):
            problems.append(Problem(where, "an AI annotator needs its model family", line, rid,
                                    "model_family"))
        if not isinstance(rec.get("layers"), list) or not rec["layers"]:
            problems.append(Problem(where, "must be a non-empty list of layers", line, rid,
                                    "layers"))
        if not isinstance(rec.get("human_review"), bool):
            problems.append(Problem(where, "must be true or false", line, rid, "human_review"))
        if not problems:
            out.append(Annotator(rec["annotator"], rec["kind"], rec.get("model_family"),
                                 rec["role"], tuple(rec["layers"]), rec["separation"],
                                 rec["method"], rec["human_review"]))
    if problems:
        raise CorpusError(f"{where}: {len(problems)} problems", problems)
    return out


def hf_annotations_creators(annotators: list[Annotator]) -> list[str]:
    """The Hub's ``annotations_creators`` vocabulary, from the kinds of annotator."""
    kinds = {a.kind for a in annotators}
    return sorted({"ai": "machine-generated", "human": "expert-generated"}[k] for k in kinds)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _other_sessions(group: list[Annotator]) -> str:
    n = len({a.annotator for a in group})
    return (" (another session of the same model)" if n == 1
            else " (other sessions of the same model)")


def who_made(annotators: list[Annotator], layers: tuple[str, ...] | None = None) -> str:
    """One paragraph: who made the labels (of ``layers``, or all) and what that implies.

    Printed beside every figure, so it must say what an agreement figure measures.
    """
    sel = [a for a in annotators if layers is None or set(a.layers) & set(layers)]
    if not sel:
        return "No annotator is recorded for these labels."
    ai = [a for a in sel if a.kind == "ai"]
    humans = [a for a in sel if a.kind == "human"]
    passes = [a for a in sel if a.role == "independent pass"]
    adjud = [a for a in sel if a.role == "adjudicator"]
    single = [a for a in sel if a.role == "single pass"]
    parts = []
    families = sorted({a.model_family for a in ai if a.model_family})
    if ai and not humans:
        parts.append("Every label here was made by AI annotator sessions of "
                     + ("one large language model" if len(families) == 1 else
                        "large language models") + f" ({_join(families)}), not by people.")
    elif ai:
        parts.append(f"Labels were made by {len(humans)} human and {len(ai)} AI annotators "
                     f"({_join(families)}).")
    by_layers: dict[tuple[str, ...], list[Annotator]] = {}
    for a in passes:  # passes of different layers were kept apart differently
        by_layers.setdefault(a.layers, []).append(a)
    for layers_of, group in by_layers.items():
        same = len({a.model_family for a in group}) == 1 and all(a.kind == "ai" for a in group)
        seps = list(dict.fromkeys(a.separation for a in group))
        sep = seps[0] if len(seps) == 1 else "; ".join(
            f"{a.annotator}: {a.separation}" for a in group)
        of = "" if len(by_layers) == 1 else f" of {', '.join(layers_of)}"
        parts.append(f"The {len(group)} independent passes{of} "
                     f"({_join([a.annotator for a in group])})"
                     + (" are runs of one and the same model" if same else "")
                     + f": {sep}.")
    if adjud:
        judged = {la for a in adjud for la in a.layers}
        open_ = list(dict.fromkeys(la for a in passes for la in a.layers if la not in judged))
        parts.append(f"Conflicts between the passes were decided by "
                     f"{_join([a.annotator for a in adjud])}"
                     + (_other_sessions(adjud) if all(a.kind == "ai" for a in adjud)
                        else "")
                     + (f"; the passes of {', '.join(open_)} are not adjudicated" if open_
                        else "") + ".")
    texts = [a for a in sel if a.role == "text decisions"]
    if texts:
        parts.append("Where the passes agreed on the labels but wrote different free text, one "
                     f"text was chosen by reading both, by {_join([a.annotator for a in texts])}"
                     + (_other_sessions(texts) if all(a.kind == "ai" for a in texts)
                        else "") + "; texts are never glued.")
    for a in single:
        parts.append(f"{', '.join(a.layers).capitalize()}: one pass by {a.annotator} "
                     f"({a.separation}).")
    if not any(a.human_review for a in sel):
        parts.append("No person has reviewed these labels yet.")
    if len(passes) >= 2 and all(a.kind == "ai" for a in passes):
        parts.append("Agreement between the passes therefore measures how consistently one "
                     "model applies the guidelines, not how reliably different people would "
                     "label the text; scores against the gold measure agreement with that "
                     "model's adjudicated labels, not with human judgement.")
    return " ".join(parts)

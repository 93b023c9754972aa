"""Evaluation figures quoted in the card and datasheet, computed at release time.

Each figure is recomputed from the project's files on every release (never pasted
from an earlier run), and its JSON goes into the release's ``stats.json``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pyarrow as pa

from corpus.errors import CorpusError
from corpus.project import Project


@dataclass(frozen=True)
class Figure:
    title: str
    markdown: str
    data: dict = field(default_factory=dict)
    labelling: str | None = None  # one line for the datasheet's "how labels were made"
    # the layers whose labels the figure uses (None: all), so the card can say who made them
    layers: tuple[str, ...] | None = None


FigureFn = Callable[[Project, dict[str, pa.Table]], Figure | None]
FIGURES: list[FigureFn] = []


def check_inputs(project: Project) -> None:
    """Read and check every file the figures read, so ``validate`` refuses what would
    make ``release`` fail: the passes (the one typed layer reader), the decisions, and the
    evaluation set's gold and passes with their coverage files."""
    from corpus.layers import read_folder_records

    if project.passes.is_dir():  # as agreement.load_passes reads them, named from the root
        for d in sorted(p for p in project.passes.iterdir()
                        if p.is_dir() and not p.name.startswith(".")):
            read_folder_records(d, project.root)
    read_decisions(project)
    from corpus.evalset import MANIFEST
    from corpus.evalset_score import type_references

    if (project.root / MANIFEST).is_file():  # the out-of-sample figure reads these
        type_references(project.root)


def read_decisions(project: Project) -> list[dict] | None:
    """The adjudication decisions, each with the fields the figure counts checked."""
    from corpus.errors import Problem
    from corpus.jsonl import LINE_KEY, read_jsonl

    path = project.decisions
    if not path.is_file():
        return None
    where = path.relative_to(project.root).as_posix()
    recs = read_jsonl(path, where)
    problems = []
    for r in recs:
        rid = r.get("decision_id") if isinstance(r.get("decision_id"), str) else None
        for k, need in (("decision_id", True), ("layer", True), ("decision", False),
                        ("decided_by", False)):
            v = r.get(k)
            if (v is None and need) or (v is not None and not isinstance(v, str)):
                problems.append(Problem(where, "missing or not a string" if need else
                                        "must be a string or null", r[LINE_KEY], rid, k))
    if problems:
        raise CorpusError(f"{where}: {len(problems)} problems", problems)
    return recs


def collect_figures(project: Project, tables: dict[str, pa.Table]) -> list[Figure]:
    return [f for fn in FIGURES if (f := fn(project, tables)) is not None]


def agreement_figure(project: Project, tables: dict[str, pa.Table]) -> Figure | None:
    """Inter-annotator agreement of the independent passes, before adjudication."""
    from corpus import markdown as md
    from corpus.agreement import agreement, load_passes, rows

    folder = project.annotations / "passes"
    if not folder.is_dir():
        return None
    passes = load_passes(folder)
    if len(passes) < 2:
        return None
    report = agreement(passes)
    table = md.table(["layer", "measure", "annotators", "value", "n", "note"], rows(report))
    # a layer whose gold is still one pass as it was made (nothing adjudicated yet)
    as_made = {}
    for layer, rep in report["layers"].items():
        gold = project.gold / f"{layer}.jsonl"
        for a in rep["annotators"]:
            own = folder / a / f"{layer}.jsonl"
            if gold.is_file() and own.is_file() and own.read_bytes() == gold.read_bytes():
                as_made[layer] = a
                break
    report["gold_is_pass"] = as_made
    unadjudicated = "".join(
        f" The `{layer}` gold is not adjudicated: it is {a}'s pass as made, so the figures for "
        f"`{layer}` compare the other pass with the gold." for layer, a in sorted(as_made.items()))
    text = (f"Independent passes by {len(passes)} annotators ({', '.join(report['annotators'])}),"
            " before adjudication (who they are: see above; with AI annotators, this measures "
            "one model's consistency, not human agreement). Span F1: exact = same offsets, "
            "overlap = any overlap (one-to-one). Label agreement (Cohen's kappa per pair, "
            "Krippendorff's alpha nominal) is computed on overlap-matched spans. Alignments: "
            "passages are matched within the same target version; counterpart span = matched "
            "passages both align to a counterpart, same target offsets (exact) or overlapping; "
            "edit action kappa on the update pair's matched passages, null edit = unchanged."
            + unadjudicated + "\n\n" + table)
    return Figure("Inter-annotator agreement", text, report,
                  f"Annotation layers: {len(passes)} independent passes "
                  f"({', '.join(report['annotators'])}) made from `annotations/GUIDELINES.md`; "
                  "agreement before adjudication is in the section below.")


def adjudication_figure(project: Project, tables: dict[str, pa.Table]) -> Figure | None:
    """How many conflicts there were per layer and who decided them."""
    from collections import Counter

    from corpus import markdown as md

    recs = read_decisions(project)
    if recs is None:
        return None
    by = Counter((r["layer"], r.get("decision") or "undecided", r.get("decided_by") or "")
                 for r in recs)
    rows = [(layer, dec, who, n) for (layer, dec, who), n in sorted(by.items())]
    text = (f"{len(recs)} conflicts between the passes went to adjudication "
            "(`annotations/adjudication/decisions.jsonl`: each with the options, the decision, "
            "who decided and why); records on which the passes agreed went to gold directly.\n\n"
            + md.table(["layer", "decision", "decided by", "conflicts"], rows))
    data = {"conflicts": len(recs),
            "by_layer_decision": [dict(zip(("layer", "decision", "decided_by", "n"), r,
                                           strict=True)) for r in rows]}
    decided = sum(1 for r in recs if r.get("decision"))
    deciders = sorted({r["decided_by"] for r in recs if r.get("decided_by")})
    return Figure("Adjudication", text, data,
                  f"Adjudication: {decided} of {len(recs)} conflicts decided one by one with "
                  f"`corpus adjudicate` (by {', '.join(deciders) or 'nobody yet'}); decisions "
                  "and reasons are kept in the repository.")


def segmentation_figure(project: Project, tables: dict[str, pa.Table]) -> Figure | None:
    """The segmenter against the gold segments (per kind; written by an AI session)."""
    from corpus import markdown as md
    from corpus.jsonl import read_jsonl
    from corpus.segment_eval import evaluate

    if not project.gold_segments.is_file():
        return None
    docs = dict(zip(tables["documents"]["doc_id"].to_pylist(),
                    tables["documents"]["text"].to_pylist(), strict=True))
    fig = evaluate(docs, read_jsonl(project.gold_segments))
    rows = [(k, f["precision"], f["recall"], f["f1"], f["gold"], f["predicted"])
            for k, f in [*fig["per_kind"].items(), ("micro", fig["micro"])]]
    text = (f"`corpus/segment.py` against the gold segmentation of "
            f"{fig['documents']} documents ({fig['match']}). **Caveat:** {fig['note']}.\n\n"
            + md.table(["kind", "precision", "recall", "F1", "gold", "predicted"], rows))
    return Figure("Segmenter evaluation", text, fig,
                  f"Segments: gold segmentation of {fig['documents']} documents written by one AI "
                  "development session reading each text (`annotations/segments.jsonl`), one "
                  "pass, no second annotator, no human review; other documents are segmented by "
                  "`corpus/segment.py`.", layers=("segments",))


def preannotator_figure(project: Project, tables: dict[str, pa.Table]) -> Figure | None:
    """The rule-based pre-annotators scored against the gold quotes and mentions."""
    from corpus import markdown as md

    if tables["quotes"].num_rows == 0 and tables["mentions"].num_rows == 0:
        return None
    try:
        from corpus.preannotate.evaluate import evaluate_records
    except ImportError as e:  # the card must not silently lose a section
        raise CorpusError("the release quotes the pre-annotators' scores, which need spaCy: "
                          "pip install -e '.[nlp]'") from e
    docs = dict(zip(tables["documents"]["doc_id"].to_pylist(),
                    tables["documents"]["text"].to_pylist(), strict=True))
    res = evaluate_records(tables["quotes"].to_pylist(), tables["mentions"].to_pylist(),
                           tables["entities"].to_pylist(), docs)
    rows = []
    for layer in ("quotes", "mentions"):
        for subset, sc in res[layer].items():
            e, o = sc["exact"], sc["overlap"]
            rows.append((layer, subset, e["gold"], e["predicted"], e["precision"], e["recall"],
                         e["f1"], o["f1"]))
    sp = res["speaker"]
    text = ("Rule-based quote extractor and entity pre-annotator (`corpus preannotate`, no "
            "entity catalogue) against this release's gold layers. **Caveat:** the rules were "
            "developed with these documents in view (no seed-specific strings, but a few seed "
            "place names are in the gazetteers), so the figures are in-sample.\n\n"
            + md.table(["layer", "subset", "gold", "predicted", "exact P", "exact R",
                        "exact F1", "overlap F1"], rows)
            + f"\n\nSpeaker accuracy on matched direct and mixed quotes: "
              f"{sp['accuracy']:.3f} ({sp['correct']}/{sp['n']}).")
    return Figure("Pre-annotator evaluation", text, res)


def drift_figure(project: Project, tables: dict[str, pa.Table]) -> Figure | None:
    """The drift tools scored on the seeds (in-sample) and on generated drift sets."""
    from corpus.drift.evaluate import drift_figure as fig

    return fig(project, tables)


def claim_evidence_figure(project: Project, tables: dict[str, pa.Table]) -> Figure | None:
    """The drift tools' claim-evidence candidates scored on the seeds (in-sample)."""
    from corpus.drift.evaluate import claim_evidence_figure as fig

    return fig(project, tables)


FIGURES.extend([segmentation_figure, preannotator_figure, agreement_figure,
                adjudication_figure, drift_figure, claim_evidence_figure])


def _outofsample(project: Project, tables: dict[str, pa.Table]) -> Figure | None:
    from corpus.evalset_figure import outofsample_figure

    return outofsample_figure(project, tables)


FIGURES.append(_outofsample)

"""``corpus evalset``: the out-of-sample evaluation set (validate its layers, score on it)."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from corpus.commands import RootOpt
from corpus.progress import status
from corpus.project import load_project

app = typer.Typer(help="The evaluation set in evaluation/: validate layers, score annotators.",
                  no_args_is_help=True)


@app.command("validate")
def validate(root: RootOpt = None,
             layers: Annotated[Path | None, typer.Option(
                 "--layers", help="An annotator's folder (e.g. evaluation/passes/annotator_a) "
                 "with entities/mentions/quotes.jsonl; default evaluation/gold.")] = None) -> None:
    """Run the corpus gate on the evaluation pages and their layer files, writing nothing."""
    from corpus.evalset import build_eval_frames, gated_tables
    from corpus.gate import run_gate

    project = load_project(root)
    with status("reading the evaluation set") as step:
        frames = build_eval_frames(project.root, layers.resolve() if layers else None)
        step("validating")
        report = run_gate(frames, tables=gated_tables())
    report.raise_if_failed()
    rows = ", ".join(f"{k} {v}" for k, v in report.rows.items())
    typer.echo(f"valid: {len(report.failures)} checks passed ({rows})")


class Split(StrEnum):
    dev = "dev"
    test = "test"
    holdout = "holdout"
    all = "all"


@app.command("score")
def score(root: RootOpt = None,
          split: Annotated[Split, typer.Option(
              "--split", help="dev (measure and tune on it), test (report only), holdout "
              "(collections 2, 6, 7, 10, 12, 15, 17 and 20, report only; never guarded; "
              "--collection 6, 7, 10, 12, 15, 17 or 20 for one later held-out collection alone), "
              "all (dev + test; never the holdout).")] = Split.dev,
          gold: Annotated[Path | None, typer.Option(
              "--gold", help="Score against this folder (e.g. an annotator's pass) instead "
              "of evaluation/gold.")] = None,
          collection: Annotated[list[int] | None, typer.Option(
              "--collection", help="Score only the pages of this collection (a `collection` of "
              "evaluation/manifest.jsonl; 1 is the first; repeatable).")] = None,
          show_details: Annotated[bool, typer.Option(
              "--details", help="List the errors behind the figures too.")] = False,
          json_out: Annotated[Path | None, typer.Option(
              "--json", help="Also write every figure, errors included, as JSON here.")] = None,
          ) -> None:
    """Score the automatic layers on one split of the evaluation set, against its gold.

    The scorer of scripts/eval_outofsample.py (its --check guards dev and test only).
    """
    import json

    from corpus.evalset_score import details, evaluate_split, render

    project = load_project(root)
    if split in (Split.test, Split.holdout):
        typer.echo(f"note: the {split.value} split is for reporting only; do not tune on these "
                   "figures", err=True)
    with status(f"scoring the {split.value} split (segmenter, quotes, mentions)"):
        res = evaluate_split(project.root, None if split is Split.all else split.value,
                             gold.resolve() if gold else None,
                             project.gold / "entities.jsonl",
                             set(collection) if collection else None)
    typer.echo(render(res))
    if show_details:
        typer.echo("\n".join(details(res)))
    if json_out:
        _write_atomic(json_out, json.dumps(res, indent=2, ensure_ascii=False) + "\n")


def _write_atomic(path: Path, text: str) -> None:
    """Nothing half-written: a temp file beside ``path``, then a rename."""
    import os
    import tempfile

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

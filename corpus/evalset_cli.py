"""``corpus evalset``: the out-of-sample evaluation set (validate its layers, score on it)."""

from __future__ import annotations

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

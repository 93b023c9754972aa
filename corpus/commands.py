"""The core commands: validate, release, verify."""

from __future__ import annotations

import json
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from corpus.progress import status
from corpus.project import load_project


class Engine(StrEnum):
    local = "local"
    ray = "ray"


EngineOpt = Annotated[Engine, typer.Option(
    "--engine", help="local: worker processes on all cores; ray: Ray Data (pip install -e "
    "'.[ray]'), locally or on the cluster at --address.")]
WorkersOpt = Annotated[int | None, typer.Option(
    "--workers", min=1, help="worker processes / Ray CPUs (default: all cores)")]
AddressOpt = Annotated[str | None, typer.Option(
    "--address", help="Ray cluster address (e.g. ray://head:10001 or auto); default: a "
    "local Ray with --workers CPUs")]
RootOpt = Annotated[Path | None, typer.Option("--root", help="Project folder (default: found "
                                              "from the current directory).")]


def validate(root: RootOpt = None,
             layers: Annotated[Path | None, typer.Option(
                 "--layers", help="Validate the layer files in this folder instead of "
                 "annotations/gold (e.g. annotations/passes/annotator_a).")] = None,
             json_out: Annotated[Path | None, typer.Option("--json", help="Also write the "
                                                           "report as JSON here.")] = None,
             engine: EngineOpt = Engine.local, workers: WorkersOpt = None,
             address: AddressOpt = None) -> None:
    """Run the gate on the sources and gold annotations, writing nothing else."""
    from corpus.build import build

    project = load_project(root)
    with status("reading") as step:
        built = build(project, step, layers.resolve() if layers else None, engine=engine.value,
                      workers=workers, address=address)
        built.cleanup()
        report = built.report
        if layers is None:  # everything release reads: the passes and decisions too
            from corpus.figures import check_inputs

            step("reading passes and decisions")
            check_inputs(project)
    if json_out:
        json_out.write_text(json.dumps(report.as_dict(), indent=2, ensure_ascii=False) + "\n",
                            encoding="utf-8")
    report.raise_if_failed()
    rows = ", ".join(f"{k} {v}" for k, v in report.rows.items())
    typer.echo(f"valid: {len(report.failures)} checks passed ({rows})")


def release(root: RootOpt = None, engine: EngineOpt = Engine.local,
            workers: WorkersOpt = None, address: AddressOpt = None) -> None:
    """Build, validate and write dist/storydrift-<version>/ (never overwriting a release).

    The same commit gives the same bytes with every engine and worker count.
    """
    from corpus.release import release as do_release

    project = load_project(root)
    with status("building") as step:
        result = do_release(project, step, engine.value, workers, address)
    rel = result.path.relative_to(project.root)
    if result.status == "identical":
        typer.echo(f"release {rel} already exists and is identical to this build; nothing written")
    else:
        typer.echo(f"release written: {rel}")
    typer.echo(f"data digest: sha256:{result.digest} (publish it; users check it with "
               f"`corpus verify {rel} --digest sha256:{result.digest}`)", err=True)
    if result.empty:
        typer.echo(f"no rows in {', '.join(result.empty)}: written as schema-only Parquet and "
                   "named in the card, but not datasets configs (datasets cannot load a split "
                   "of zero rows)", err=True)
    typer.echo(str(result.path))


def verify(path: Annotated[Path, typer.Argument(help="A release directory.")],
           digest: Annotated[str | None, typer.Option(
               "--digest", help="The data digest the publisher announced (sha256:<hex>, "
               "printed by `corpus release`, stated in the card and CHANGELOG).")] = None,
           ) -> None:
    """Check a release: checksums, data digest, schemas, every span against its document."""
    from corpus.verify import verify_release

    report = verify_release(path, digest)
    typer.echo(f"verified {path}: checksums and data digest OK, {len(report.failures)} checks "
               "passed")

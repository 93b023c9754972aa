"""The ``corpus`` command line.

Each command lives with the code it drives; this module only wires them up and
turns a ``CorpusError`` into one clear line plus its report and a non-zero exit.
Commands from other modules are registered at the bottom, one line each.
"""

from __future__ import annotations

import sys

import typer

from corpus.errors import CorpusError

app = typer.Typer(
    name="corpus",
    help="StoryDrift: build, validate, release and annotate the corpus.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        from importlib.metadata import PackageNotFoundError, version

        try:
            typer.echo(f"corpus (storydrift) {version('storydrift')}")
        except PackageNotFoundError:  # run from a source tree that was never installed
            typer.echo("corpus (storydrift) unknown version: the package is not installed")
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the installed StoryDrift version and exit.")
          ) -> None:
    """StoryDrift: build, validate, release and annotate the corpus."""


def main() -> None:
    try:
        app()
    except CorpusError as e:
        typer.echo(f"error: {e.report()}", err=True)
        sys.exit(1)


# --- command registrations, in the order of the workflow ---------------------------
# Each module keeps heavy imports (pyarrow, spaCy, label-studio-sdk) inside its commands,
# so `corpus --help` stays fast.
from corpus import adjudicate as _adjudicate  # noqa: E402
from corpus import agreement as _agreement  # noqa: E402
from corpus import commands as _core  # noqa: E402
from corpus import evalset_cli as _evalset  # noqa: E402
from corpus import export as _export  # noqa: E402
from corpus import segment_cli as _segment  # noqa: E402
from corpus.drift import cli as _drift  # noqa: E402
from corpus.labelstudio import cli as _labelstudio  # noqa: E402
from corpus.preannotate import cli as _preannotate  # noqa: E402

app.command("validate")(_core.validate)
app.command("release")(_core.release)
app.command("verify")(_core.verify)
app.command("preannotate")(_preannotate.preannotate)
app.command("segment")(_segment.segment)
app.add_typer(_labelstudio.app, name="labelstudio")
app.command("agreement")(_agreement.agreement_cmd)
app.command("adjudicate")(_adjudicate.adjudicate_cmd)
app.command("export")(_export.export_cmd)
app.command("align")(_drift.align)
app.command("report")(_drift.report)
app.add_typer(_evalset.app, name="evalset")

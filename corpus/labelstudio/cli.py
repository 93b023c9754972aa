"""``corpus labelstudio serve|push|pull``: thin wrappers; the work is in push.py and pull.py."""

from __future__ import annotations

from pathlib import Path

import typer

from corpus.progress import status
from corpus.project import load_project

app = typer.Typer(name="labelstudio", no_args_is_help=True, add_completion=False,
                  help="Annotate in Label Studio: serve it locally, push tasks, pull annotations.")

URL = typer.Option(..., "--url", help="Label Studio base URL, e.g. http://127.0.0.1:8080")
PROJECT = typer.Option(..., "--project", help="project title (created if missing)")
DOCS = typer.Option(None, "--docs", help="folder (its manifest.jsonl, else *.txt with doc_id = "
                    "file stem) or .txt file; default: the sources in pyproject.toml")
PORT = typer.Option(8080, help="port on 127.0.0.1")
DATA_DIR = typer.Option(None, help="server data folder",
                        show_default=".labelstudio/ in the project")
ANNOTATIONS = typer.Option(None, help="annotation folder to push as predictions (as it is); "
                           "default: annotations/gold, pre-annotating the layers it lacks")
PREANNOTATE = typer.Option(True, help="fill the layers annotations/gold lacks (mentions, "
                           "quotes) with the pre-annotators")
MODEL_VERSION = typer.Option(None, help="prediction model_version (default: "
                             "storydrift-<folder> or storydrift-preannotate)")
DRIFT = typer.Option(True, help="also push the drift tools' proposals (quote clusters and "
                     "variants, derivation, alignments, duplicate and entity-drift hints) as "
                     "their own prediction, model_version storydrift-align-<version>")
SCORE = typer.Option(None, help="prediction score (default 1.0; pre-annotations: their mean)")
OUT = typer.Option(None, help="writes <out>/<annotator>/<layer>.jsonl",
                   show_default="annotations/passes")
PREDICTIONS = typer.Option(False, help="also write predictions, under <out>/model-<version>/")


def _docs(paths: list[Path] | None) -> dict[str, str]:
    from corpus.labelstudio.inputs import default_doc_paths, load_documents

    return load_documents(list(paths) if paths else default_doc_paths())


@app.command()
def serve(port: int = PORT, data_dir: Path | None = DATA_DIR) -> None:
    """Start the Label Studio server from .venv-labelstudio on 127.0.0.1, offline and quiet."""
    from corpus.labelstudio.serve import serve as run

    raise typer.Exit(run(port, data_dir))


@app.command()
def push(url: str = URL, project: str = PROJECT, docs: list[Path] = DOCS,
         annotations: Path = ANNOTATIONS, model_version: str = MODEL_VERSION,
         score: float = SCORE, preannotate: bool = PREANNOTATE, drift: bool = DRIFT) -> None:
    """Create or update the project, one task per document, annotations as predictions.

    The drift tools' proposals go as a second prediction per task (gold is never replaced).
    Reads the API key from LABEL_STUDIO_API_KEY."""
    from corpus.labelstudio.inputs import drift as drift_prediction
    from corpus.labelstudio.inputs import gather
    from corpus.labelstudio.push import push as run

    with status("reading documents and annotations") as step:
        documents = _docs(docs)
        records, version, default_score = gather(documents, annotations,
                                                 preannotate=preannotate)
        version = model_version or version
        also = []
        if drift:
            step(f"running the drift tools on {len(documents)} documents")
            also.append(drift_prediction(documents, records))
        step(f"pushing {len(documents)} documents to {url}")
        r = run(url, project, documents, records, version,
                default_score if score is None else score, also=also)
    typer.echo(f"project {project!r} (id {r.project_id}){' created' if r.created_project else ''}"
               f"{', config updated' if r.updated_config else ''}: "
               f"{len(r.created_tasks)} tasks created, {len(r.existing_tasks)} already there")
    for v, c in r.by_version.items():
        typer.echo(f"predictions ({v}): {c['created']} created, {c['unchanged']} unchanged, "
                   f"{c['deleted']} replaced")
    if r.skipped_records:
        typer.echo(f"warning: {r.skipped_records} records belong to documents not pushed",
                   err=True)


@app.command()
def pull(url: str = URL, project: str = PROJECT, docs: list[Path] = DOCS,
         out: Path | None = OUT, predictions: bool = PREDICTIONS) -> None:
    """Export the project, check every result, write the valid ones per annotator.

    Invalid results are listed (task, annotation, result id, what is wrong) and the exit
    code is 1; every valid result is still written. Reads LABEL_STUDIO_API_KEY."""
    from corpus.labelstudio.pull import pull as run
    from corpus.labelstudio.pull import raise_for

    with status(f"exporting {project!r} from {url} and checking every result"):
        proj = load_project()
        out = out or proj.annotations / "passes"
        r = run(url, project, out, _docs(docs), predictions, catalogue=proj.gold)
    for name, layers in r.written.items():
        counts = ", ".join(f"{n} {layer}" for layer, n in layers.items() if n)
        typer.echo(f"{out / name}: {counts or 'nothing'}")
    raise_for(r)

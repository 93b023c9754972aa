"""``corpus align`` and ``corpus report``: drift of any files as one story, or of the corpus."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from corpus.errors import CorpusError, Problem
from corpus.progress import status

RootOpt = Annotated[Path | None, typer.Option("--root", help="Project folder (default: found "
                                              "from the current directory).")]


def align(
    paths: Annotated[list[Path] | None, typer.Argument(
        help="UTF-8 text files: the versions of one story, earliest first. None: the "
             "corpus's own stories.")] = None,
    catalogue: Annotated[Path | None, typer.Option(
        help="entity catalogue for the mention pre-annotator (JSONL); default: "
             "annotations/gold/entities.jsonl")] = None,
    root: RootOpt = None,
) -> None:
    """Duplicates, passage alignments, quote clusters and variants, entity drift and
    derivation proposals, printed as JSON Lines (one record per finding, with `layer`)."""
    from corpus.drift.files import analyse_files, records

    if paths:
        from corpus.preannotate.cli import default_catalogue, read_exact

        names = [str(p) for p in paths]
        if len(set(names)) != len(names):
            dup = next(n for n in names if names.count(n) > 1)
            raise CorpusError(f"{dup}: given twice", [Problem(dup, "file given twice")])
        named = [(str(p), read_exact(p)) for p in paths]  # fail before printing anything
        if catalogue is None:
            catalogue = default_catalogue()
        if catalogue is not None and not catalogue.is_file():
            raise CorpusError(f"{catalogue}: catalogue not found",
                              [Problem(str(catalogue), "file not found")])
        with status(f"aligning {len(named)} versions"):
            res = analyse_files(named, catalogue)
        recs = records(res, {n: n for n, _ in named})
    else:
        from corpus.build import build_frames
        from corpus.drift.corpus_drift import analyse_corpus
        from corpus.project import load_project

        project = load_project(root)
        with status("reading the corpus") as step:
            frames = build_frames(project, step)
            results = analyse_corpus(frames, step)
        file_of = dict(frames["documents"].select("doc_id", "source_file").rows())
        recs = []
        for story in sorted(results):
            for r in records(results[story], file_of):
                recs.append({"story_id": story, **r})
    for r in recs:
        typer.echo(json.dumps(r, ensure_ascii=False))


def report(
    out: Annotated[Path, typer.Option("--out", help="folder for <story_id>.html")],
    story: Annotated[list[str] | None, typer.Option(
        "--story", help="only this story (repeatable; default: every story)")] = None,
    root: RootOpt = None,
) -> None:
    """One self-contained HTML drift report per story of the corpus (nothing loaded from
    outside the page). The release carries only the annotated stories' pages
    ([tool.storydrift] release_reports); this renders any or all."""
    from corpus.build import build
    from corpus.project import load_project

    project = load_project(root)
    with status("reading the corpus") as step:
        # the build's drift step renders the pages asked for, shard by shard
        built = build(project, step, reports=tuple(story) if story else "all")
        if story:
            known = set(built.documents.select("story_id").collect()["story_id"].to_list())
            unknown = [s for s in story if s not in known]
            if unknown:
                built.cleanup()
                raise CorpusError(f"{len(unknown)} unknown story id(s)", [
                    Problem("--story", "no document of the corpus has this story_id",
                            record=s, field="story_id") for s in unknown])
        try:
            step("writing the reports")
            out.mkdir(parents=True, exist_ok=True)
            written = []
            for page in sorted((built.work / "report").glob("*.html")):
                written.append(out / page.name)
                written[-1].write_bytes(page.read_bytes())
        finally:
            built.cleanup()
    for p in written:
        typer.echo(str(p))

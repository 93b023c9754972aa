"""Writing a release: gate first, assemble in a temporary directory, move into place.

Nothing is half-written: if the gate fails nothing is created; the directory appears
under ``dist/`` only complete. A version is never overwritten: an identical rebuild
succeeds and says so; different content under the same version is refused.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from corpus.build import build_frames, release_table
from corpus.card import render_card
from corpus.datasheet import render_datasheet
from corpus.errors import CorpusError, Problem
from corpus.figures import collect_figures
from corpus.gate import run_gate
from corpus.project import Project
from corpus.registry import REGISTRY
from corpus.stats import release_stats

MANIFEST = "MANIFEST.sha256"


@dataclass(frozen=True)
class ReleaseResult:
    path: Path
    status: str  # "written" or "identical"


PARQUET_OPTIONS = dict(compression="zstd", compression_level=9, use_dictionary=True,
                       write_statistics=True, version="2.6", data_page_version="1.0",
                       store_schema=True)


def write_parquet(table: pa.Table, path: Path) -> None:
    """Deterministic Parquet: fixed codec, page and row-group settings, no timestamps.

    An empty table gets no row group at all: readers that size batches from the first
    row group (``datasets`` does) would otherwise ask for batches of 0 rows.
    """
    with pq.ParquetWriter(path, table.schema, **PARQUET_OPTIONS) as writer:
        if table.num_rows:
            writer.write_table(table, row_group_size=64 * 1024)


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def write_manifest(folder: Path) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST)
    lines = [f"{sha256_file(p)}  {p.relative_to(folder).as_posix()}\n" for p in files]
    (folder / MANIFEST).write_text("".join(lines), encoding="utf-8", newline="\n")


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def render_documents(project: Project, tables: dict[str, pa.Table], report: dict,
                     files: dict[str, list[str]]) -> dict[str, str]:
    """Every generated text file of the release, by relative path."""
    stats = release_stats(tables)
    figures = collect_figures(project, tables)
    sections = {f.title: f.markdown for f in figures}
    labelling = "\n".join(f"- {f.labelling}" for f in figures if f.labelling)
    changelog = (project.root / "CHANGELOG.md").read_text(encoding="utf-8")
    terms = resources.files("corpus.templates").joinpath("TERMS.md").read_text(encoding="utf-8")
    stats_json = {"stats": stats, "figures": {f.title: f.data for f in figures}}
    return {
        "README.md": render_card(project.version, tables, files, stats, sections),
        "DATASHEET.md": render_datasheet(project.version, stats, labelling, sections),
        "CHANGELOG.md": changelog,
        "TERMS.md": terms,
        "validation.json": json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
        "stats.json": json.dumps(stats_json, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
    }


def assemble(project: Project, folder: Path,
             progress: Callable[[str], None] | None = None) -> dict[str, pa.Table]:
    """Validate, then write every release file into ``folder`` (which must be empty)."""
    step = progress or (lambda _m: None)
    frames = build_frames(project, step)
    step("validating")
    report = run_gate(frames)
    report.raise_if_failed()
    tables = {la.name: release_table(la.name, frames[la.name]) for la in REGISTRY.release_layers()}
    step("writing Parquet")
    (folder / "data").mkdir(parents=True)
    files = {}
    for name, table in tables.items():
        rel = f"data/{name}.parquet"
        write_parquet(table, folder / rel)
        files[name] = [rel]
    step("writing card, datasheet and manifest")
    for rel, text in render_documents(project, tables, report.as_dict(), files).items():
        _write(folder / rel, text)
    write_manifest(folder)
    return tables


def same_release(a: Path, b: Path) -> bool:
    return (a / MANIFEST).read_bytes() == (b / MANIFEST).read_bytes()


def release(project: Project, progress: Callable[[str], None] | None = None) -> ReleaseResult:
    target = project.dist / project.release_name
    project.dist.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=f".{project.release_name}.", dir=project.dist))
    try:
        assemble(project, tmp / "release", progress)
        if target.exists():
            if (target / MANIFEST).is_file() and same_release(tmp / "release", target):
                return ReleaseResult(target, "identical")
            raise CorpusError(
                f"{target.relative_to(project.root)} already exists with different content",
                [Problem(str(target.relative_to(project.root)),
                         f"release {project.version} exists and differs from this build: "
                         "bump the version in pyproject.toml (and add a CHANGELOG entry)",
                         field="version")])
        (tmp / "release").rename(target)
        return ReleaseResult(target, "written")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)

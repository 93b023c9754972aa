"""Writing a release: gate first, assemble in a temporary directory, move into place.

Nothing is half-written: the directory appears under ``dist/`` only complete (one release
at a time per project, under a lock; temporaries of killed runs are removed by the next
run, see :mod:`corpus.tempdirs`). A version is never overwritten: an identical rebuild
(every file compared) succeeds and says so; different content under the same version is
refused.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from corpus import memory
from corpus.build import Built, build, release_table, shard_file
from corpus.card import render_card
from corpus.croissant import render_croissant
from corpus.datasheet import render_datasheet
from corpus.datastatement import render_data_statement
from corpus.errors import CorpusError, Problem
from corpus.facts import gather
from corpus.figures import check_inputs
from corpus.project import Project
from corpus.registry import REGISTRY
from corpus.stats import stats_from
from corpus.tempdirs import live_temp, project_lock
from corpus.tokens import token_view

if TYPE_CHECKING:
    from corpus.engines import Pools

MANIFEST = "MANIFEST.sha256"
DIGEST_RE = re.compile(r"data digest: `sha256:([0-9a-f]{64})`")
TEMP_PREFIX = ".storydrift-"  # release temporaries: dist/.storydrift-<version>.XXXX/


@dataclass(frozen=True)
class ReleaseResult:
    path: Path
    status: str  # "written" or "identical"
    digest: str = ""  # the data digest (see data_digest)
    empty: tuple[str, ...] = ()  # configs with no rows (schema-only files, no datasets config)


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


def data_digest(entries: list[tuple[str, str]]) -> str:
    """sha256 over the ``<sha256>  <path>`` lines of the data files, sorted by path.

    The card states it and ``corpus release`` prints it: a user who pins it (from the
    CHANGELOG or the announcement) catches a release whose data and manifest were both
    changed, with ``corpus verify DIR --digest <hex>``.
    """
    lines = "".join(f"{d}  {p}\n" for p, d in sorted(entries) if p.startswith("data/"))
    return hashlib.sha256(lines.encode("utf-8")).hexdigest()


def folder_data_digest(folder: Path) -> str:
    return data_digest([(p.relative_to(folder).as_posix(), sha256_file(p))
                        for p in sorted((folder / "data").rglob("*")) if p.is_file()])


def integrity_section(digest: str) -> str:
    return (f"\n## Integrity\n\ndata digest: `sha256:{digest}`\n\nThe sha256 of the "
            "`MANIFEST.sha256` lines of the `data/` files, sorted by path. Compare it with the "
            "digest the publisher announced: `corpus verify <dir> --digest <hex>` checks it, "
            "with every checksum, schema and span.\n")


def empty_tables(folder: Path) -> tuple[str, ...]:
    """Tables and views of a release whose data files hold no rows, sorted (the card names
    them and lists no ``datasets`` config for them: see ``ReleaseFacts.configs``)."""
    rows: dict[str, int] = {}
    for p in sorted((folder / "data").glob("*.parquet")):
        name = re.sub(r"-\d{5}-of-\d{5}$", "", p.stem)
        rows[name] = rows.get(name, 0) + pq.read_metadata(p).num_rows
    return tuple(sorted(n for n, r in rows.items() if not r))


def write_manifest(folder: Path) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST)
    lines = [f"{sha256_file(p)}  {p.relative_to(folder).as_posix()}\n" for p in files]
    (folder / MANIFEST).write_text("".join(lines), encoding="utf-8", newline="\n")


def _write(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8", newline="\n")


def render_documents(project: Project, built: Built, tables: dict[str, pa.Table],
                     files: dict[str, list[str]], folder: Path) -> dict[str, str]:
    """Every generated text file of the release, by relative path.

    ``tables``: the reduced layers as release tables (and views), plus documents and
    segments whole for a one-shard release, else only those of annotated documents (the
    figures need no more). ``folder`` already holds the data files: their sizes, row
    counts and sha256 go into the card and croissant.json.
    """
    layers = {k: pl.from_arrow(v) for k, v in tables.items()
              if k not in ("documents", "segments") and k in REGISTRY}
    stats = stats_from(built.per_document, built.documents, built.segment_kinds, layers,
                       built.report.rows)
    facts = gather(project, tables, folder, files, stats, built.documents)
    changelog = (project.root / "CHANGELOG.md").read_text(encoding="utf-8")
    terms = resources.files("corpus.templates").joinpath("TERMS.md").read_text(encoding="utf-8")
    stats_json = {"stats": stats, "figures": {f.title: f.data for f in facts.figures}}
    report = built.report.as_dict()
    return {
        "README.md": render_card(facts) + integrity_section(folder_data_digest(folder)),
        "croissant.json": render_croissant(facts),
        "DATASHEET.md": render_datasheet(facts),
        "DATA_STATEMENT.md": render_data_statement(facts),
        "CHANGELOG.md": changelog,
        "TERMS.md": terms,
        "BUILD.json": json.dumps({"version": project.version, **facts.build}, indent=2,
                                 sort_keys=True) + "\n",
        "validation.json": json.dumps(report, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
        "stats.json": json.dumps(stats_json, indent=2, ensure_ascii=False, sort_keys=True) + "\n",
    }


def assemble(project: Project, folder: Path, progress: Callable[[str], None] | None = None,
             engine: str = "local", workers: int | None = None,
             address: str | None = None) -> dict[str, pa.Table]:
    """Validate, then write every release file into ``folder`` (which must be empty).

    The engine has run the steps and left shard files; from here on everything is the
    project's own code: the final Parquet files (one shard at a time, so memory stays
    bounded), the card, the datasheet and the checksum manifest.
    """
    from corpus.engines import Pools

    step = progress or (lambda _m: None)
    with Pools() as pools:  # the local engine's shard processes write the Parquet files too
        return _assemble(project, folder, step, engine, workers, address, pools)


def _assemble(project: Project, folder: Path, step: Callable[[str], None], engine: str,
              workers: int | None, address: str | None, pools: Pools) -> dict[str, pa.Table]:
    built = build(project, step, engine=engine, workers=workers, address=address, pools=pools)
    try:
        built.report.raise_if_failed()
        check_inputs(project)  # the figures' inputs, before any file is written
        step("writing Parquet")
        (folder / "data").mkdir(parents=True)
        files: dict[str, list[str]] = {}
        tables: dict[str, pa.Table] = {}
        n = built.n_shards
        sharded = built.sharded()  # release table -> shard output file
        jobs = [(str(built.work / f"plan-{i:05d}" / f"{sharded[la.name]}.arrow"), la.name,
                 str(folder / shard_file(la.name, i, n)))
                for la in REGISTRY.release_layers() if la.name in sharded
                for i in range(n)]
        _write_shards(jobs, workers, step, pools)
        pools.close()  # no worker process is needed past the writes
        annotated = _annotated_ids(built)
        for la in REGISTRY.release_layers():
            if la.name in sharded:
                if n == 1:
                    tables[la.name] = pq.read_table(folder / shard_file(la.name, 0, 1))
                else:  # what the figures read at scale: the annotated documents only
                    tables[la.name] = pa.concat_tables(
                        _annotated_part(folder / shard_file(la.name, i, n), annotated)
                        for i in range(n))
                files[la.name] = [shard_file(la.name, 0, 1) if n == 1 else
                                  f"data/{la.name}-*-of-{n:05d}.parquet"]
            else:
                tables[la.name] = release_table(la.name, built.layers[la.name])
                write_parquet(tables[la.name], folder / shard_file(la.name, 0, 1))
                files[la.name] = [shard_file(la.name, 0, 1)]
        # views derived from the validated tables (corpus/tables.py VIEWS): the token view
        # covers the documents that carry annotations, however many shards (an
        # unannotated page would read as all-O sentences: negatives nobody labelled)
        memory.release()  # every shard file was read once above; the figures come next
        tables["tokens"] = token_view(_annotated(tables["documents"], annotated),
                                      tables["mentions"])
        write_parquet(tables["tokens"], folder / shard_file("tokens", 0, 1))
        files["tokens"] = [shard_file("tokens", 0, 1)]
        reports = built.work / "report"
        if reports.is_dir():  # the drift reduction's per-story HTML reports
            step("copying the drift reports")
            (folder / "report").mkdir()
            for page in sorted(reports.glob("*.html")):
                (folder / "report" / page.name).write_bytes(page.read_bytes())
        step("writing card, datasheet and manifest")
        for rel, text in render_documents(project, built, tables, files, folder).items():
            _write(folder / rel, text)
        write_manifest(folder)
        return tables
    finally:
        built.cleanup()


def write_shard(job: tuple[str, str, str]) -> str:
    """One final Parquet file from one shard's intermediate output (any process)."""
    from corpus.steps import read_arrow

    src, name, out = job
    write_parquet(release_table(name, pl.from_arrow(read_arrow(Path(src)))), Path(out))
    return out


def _write_shards(jobs: list[tuple[str, str, str]], workers: int | None,
                  step: Callable[[str], None], pools: Pools | None = None) -> None:
    """The final writes of the per-shard tables, on the local cores (project code, not the
    engine: the same writer, so the same bytes, whatever engine ran the steps)."""
    from corpus.engines import default_workers

    n = min(workers or default_workers(), len(jobs))
    if n <= 1:
        for i, job in enumerate(jobs, start=1):
            step(f"writing Parquet {i}/{len(jobs)}")
            write_shard(job)
        return
    from corpus.engines import process_pool

    with process_pool(n, pools) as pool:  # the shards' processes where kept (assemble)
        for i, _ in enumerate(pool.map(write_shard, jobs), start=1):
            step(f"writing Parquet {i}/{len(jobs)}")


def _annotated_ids(built: Built) -> pa.Array:
    """The doc_ids of the documents that have annotations, built once for every shard."""
    return pa.array(sorted(built.texts), pa.string())


def _annotated(table: pa.Table, annotated: pa.Array) -> pa.Table:
    """Rows of the documents that have annotations (what the figures read at scale)."""
    import pyarrow.compute as pc

    return table.filter(pc.is_in(table["doc_id"], value_set=annotated))


def _annotated_part(path: Path, annotated: pa.Array) -> pa.Table:
    """:func:`_annotated` of one shard's Parquet file, read whole only if it has an annotated
    document: most shards have none, and their doc_id column says so without decoding
    every text (the same table: no rows, the file's schema, no chunks)."""
    import pyarrow.compute as pc

    ids = pq.read_table(path, columns=["doc_id"])["doc_id"]
    if not pc.any(pc.is_in(ids, value_set=annotated)).as_py():
        return pa.Table.from_batches([], pq.read_schema(path))
    return _annotated(pq.read_table(path), annotated)


def release_files(folder: Path) -> dict[str, bytes]:
    """Every file of a release folder by relative path (read to compare two releases)."""
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def same_release(a: Path, b: Path) -> bool:
    """The same files with the same bytes: every file compared, not only the manifest."""
    return release_files(a) == release_files(b)


def _exists_problem(project: Project, target: Path) -> CorpusError:
    rel = target.relative_to(project.root).as_posix()
    return CorpusError(
        f"{rel} already exists with different content",
        [Problem(rel, f"release {project.version} exists and differs from this build: "
                 "bump the version in pyproject.toml (and add a CHANGELOG entry)",
                 field="version")])


def release(project: Project, progress: Callable[[str], None] | None = None,
            engine: str = "local", workers: int | None = None,
            address: str | None = None) -> ReleaseResult:
    """Build into a temporary folder under ``dist/`` and move it into place, under a lock.

    An existing release is compared file by file; a failed run leaves neither its
    temporary nor an empty ``dist/`` behind, and the next run removes what a killed one
    left (see :mod:`corpus.tempdirs`).
    """
    target = project.dist / project.release_name
    with project_lock(project.root), \
            live_temp(project.dist, f"{TEMP_PREFIX}{project.version}.") as tmp:
        assemble(project, tmp / "release", progress, engine, workers, address)
        if target.exists() or target.is_symlink():
            if target.is_dir() and same_release(tmp / "release", target):
                return ReleaseResult(target, "identical", folder_data_digest(target),
                                     empty_tables(target))
            raise _exists_problem(project, target)
        try:
            (tmp / "release").rename(target)
        except OSError as e:  # cannot happen under the lock, unless dist/ is shared
            if target.is_dir() and same_release(tmp / "release", target):
                return ReleaseResult(target, "identical", folder_data_digest(target),
                                     empty_tables(target))
            raise _exists_problem(project, target) from e
        return ReleaseResult(target, "written", folder_data_digest(target),
                             empty_tables(target))

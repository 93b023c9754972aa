"""Checking a downloaded release: checksums, schemas and every span.

Needs only the release directory: it re-runs the same gate the build ran, on the
Parquet files as shipped, so a corrupted or hand-edited file is caught.
"""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from corpus.errors import CorpusError, Problem
from corpus.gate import GateReport, run_gate
from corpus.registry import REGISTRY
from corpus.release import MANIFEST, sha256_file


def check_manifest(folder: Path) -> list[Problem]:
    path = folder / MANIFEST
    if not path.is_file():
        return [Problem(MANIFEST, "missing: not a StoryDrift release directory?")]
    problems, listed = [], set()
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        digest, sep, rel = line.partition("  ")
        if not sep or len(digest) != 64:
            problems.append(Problem(MANIFEST, "not a sha256sum line", i))
            continue
        listed.add(rel)
        f = folder / rel
        if not f.is_file():
            problems.append(Problem(MANIFEST, f"{rel} is listed but missing", i))
        elif sha256_file(f) != digest:
            problems.append(Problem(rel, "sha256 does not match MANIFEST.sha256", i))
    for f in sorted(folder.rglob("*")):
        rel = f.relative_to(folder).as_posix()
        if f.is_file() and rel != MANIFEST and rel not in listed:
            problems.append(Problem(rel, "file not listed in MANIFEST.sha256"))
    return problems


def read_release(folder: Path) -> dict[str, pl.DataFrame]:
    frames, problems = {}, []
    for la in REGISTRY.release_layers():
        name, table = la.name, la.table
        files = sorted((folder / "data").glob(f"{name}.parquet")) or sorted(
            (folder / "data").glob(f"{name}-*-of-*.parquet"))
        if not files:
            problems.append(Problem(f"data/{name}.parquet", "missing"))
            continue
        t = pa.concat_tables([pq.read_table(f) for f in files])
        missing = [c.name for c in table.columns if c.name not in t.column_names]
        if missing:
            problems.append(Problem(f"data/{name}.parquet",
                                    "missing columns: " + ", ".join(missing)))
            continue
        frames[name] = pl.from_arrow(t)
    if problems:
        raise CorpusError(f"{folder}: release is incomplete", problems)
    return frames


def verify_release(folder: Path) -> GateReport:
    problems = check_manifest(folder)
    if problems:
        raise CorpusError(f"{folder}: checksums do not verify", problems)
    report = run_gate(read_release(folder))
    report.raise_if_failed()
    return report

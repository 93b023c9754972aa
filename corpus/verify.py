"""Checking a downloaded release: checksums, schemas and every span.

Needs only the release directory: it re-runs the same gate the build ran, on the
Parquet files as shipped, so a corrupted or hand-edited file is caught. Every problem
is named (file, manifest line, column); nothing outside the release folder is read,
whatever ``MANIFEST.sha256`` lists. Each document's sha256 is recomputed from its text
(by the gate), and the data digest the card states is recomputed from the data files,
so a release that was edited and consistently re-hashed is caught against the digest
its publisher announced (``--digest``).
"""

from __future__ import annotations

import re
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from corpus.errors import CorpusError, Problem
from corpus.gate import GateReport, run_gate
from corpus.paths import resolve_inside
from corpus.registry import REGISTRY
from corpus.release import DIGEST_RE, MANIFEST, data_digest, sha256_file

_LINE = re.compile(r"^([0-9a-f]{64}) [ *](.+)$")


def read_manifest(folder: Path) -> tuple[list[tuple[str, str, int]], list[Problem]]:
    """(path, digest, line) of every well-formed line, and the problems of the others."""
    path = folder / MANIFEST
    if not path.is_file():
        return [], [Problem(MANIFEST, "missing: not a StoryDrift release directory?")]
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        return [], [Problem(MANIFEST, f"invalid UTF-8 byte at offset {e.start}", line)]
    entries, problems, seen = [], [], {}
    for i, line in enumerate(text.split("\n"), start=1):
        if not line:
            continue
        m = _LINE.match(line)
        if not m:
            problems.append(Problem(MANIFEST, "not a sha256sum line ('<64 hex digits>  <path>')",
                                    i))
            continue
        digest, rel = m.groups()
        _, what = resolve_inside(folder, rel)
        if what:
            what = what.replace("the project", "the release folder")
            problems.append(Problem(MANIFEST, f"entry refused: {what}", i, rel))
        elif rel in seen:
            problems.append(Problem(MANIFEST, f"listed twice (first on line {seen[rel]})", i, rel))
        else:
            seen[rel] = i
            entries.append((rel, digest, i))
    return entries, problems


def check_manifest(folder: Path) -> list[Problem]:
    """Every listed file present and matching; every file listed; nothing outside read."""
    entries, problems = read_manifest(folder)
    for rel, digest, i in entries:
        f = folder / rel
        if f.is_symlink():
            problems.append(Problem(MANIFEST, f"{rel} is a symlink; a release holds files", i,
                                    rel))
        elif not f.is_file():
            problems.append(Problem(MANIFEST, f"{rel} is listed but missing", i, rel))
        elif sha256_file(f) != digest:
            problems.append(Problem(MANIFEST, f"sha256 of {rel} does not match this line", i,
                                    rel))
    listed = {rel for rel, _, _ in entries}
    for f in sorted(folder.rglob("*")):
        rel = f.relative_to(folder).as_posix()
        if (f.is_file() or f.is_symlink()) and rel != MANIFEST and rel not in listed:
            problems.append(Problem(rel, "file not listed in MANIFEST.sha256"))
    return problems


def check_digest(folder: Path, expected: str | None) -> list[Problem]:
    """The card's data digest, and the published one if given, against the data files."""
    entries, _ = read_manifest(folder)
    actual = data_digest([(rel, digest) for rel, digest, _ in entries])
    problems = []
    card = folder / "README.md"
    stated = DIGEST_RE.search(card.read_text(encoding="utf-8", errors="replace")) \
        if card.is_file() else None
    if stated is None:
        problems.append(Problem("README.md", "the card states no data digest"))
    elif stated.group(1) != actual:
        problems.append(Problem("README.md", f"the card's data digest {stated.group(1)} is not "
                                f"the data files' {actual}", field="data digest"))
    if expected is not None and expected.removeprefix("sha256:") != actual:
        problems.append(Problem("data/", f"data digest is {actual}, the published one is "
                                f"{expected}: this is not the release that was published",
                                field="data digest"))
    return problems


def _type_problems(rel: str, t: pa.Table, table) -> list[Problem]:
    """Each expected column present with its type, checked before any conversion."""
    problems = []
    for col in table.columns:
        if col.name not in t.column_names:
            problems.append(Problem(rel, "missing column", field=col.name))
        elif not t.schema.field(col.name).type.equals(col.type):
            problems.append(Problem(rel, f"column has type {t.schema.field(col.name).type}, "
                                    f"expected {col.type}", field=col.name))
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
        parts, bad = [], False
        for f in files:
            rel = f.relative_to(folder).as_posix()
            try:
                t = pq.read_table(f)
            except (pa.ArrowException, OSError) as e:
                problems.append(Problem(rel, f"not a readable Parquet file ({str(e)[:200]})"))
                bad = True
                continue
            found = _type_problems(rel, t, table)
            problems.extend(found)
            bad = bad or bool(found)
            parts.append(t.select([c.name for c in table.columns]) if not found else t)
        if not bad:
            try:
                frames[name] = pl.from_arrow(pa.concat_tables(parts))
            except (pa.ArrowException, pl.exceptions.PolarsError) as e:
                problems.append(Problem(f"data/{name}.parquet", f"cannot be read ({e})"[:300]))
    if problems:
        raise CorpusError(f"{folder}: release cannot be read", problems)
    return frames


def verify_release(folder: Path, digest: str | None = None) -> GateReport:
    if not folder.is_dir():
        raise CorpusError(f"{folder}: not a folder", [Problem(str(folder), "not a folder")])
    problems = check_manifest(folder)
    if problems:
        raise CorpusError(f"{folder}: checksums do not verify", problems)
    problems = check_digest(folder, digest)
    if problems:
        raise CorpusError(f"{folder}: data digest does not verify", problems)
    report = run_gate(read_release(folder))
    report.raise_if_failed()
    return report

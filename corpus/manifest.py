"""Source manifests: one JSONL record per article file.

The manifest pins each file's bytes by sha256, so a silently edited or re-encoded
seed is caught before it reaches a release. Users add articles by adding a folder
of text files with its own manifest (see README, "Adding articles").
"""

from __future__ import annotations

import hashlib
import re
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

import pyarrow as pa

from corpus import memory
from corpus.errors import CorpusError, Problem
from corpus.jsonl import LINE_KEY, iter_jsonl
from corpus.paths import Resolver, relative_path_problem, resolve_inside

if TYPE_CHECKING:
    import polars as pl

MANIFEST_NAME = "manifest.jsonl"
REQUIRED = ("doc_id", "file", "sha256", "story_id", "language")
OPTIONAL = ("outlet", "outlet_evidence", "language_evidence", "date", "notes")
FIELDS = REQUIRED + OPTIONAL
_DOC_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")
_SHA = re.compile(r"^[0-9a-f]{64}$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANG = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$")


@dataclass(frozen=True, slots=True)  # a million of them at scale
class Entry:
    doc_id: str
    file: str  # relative to the project root, POSIX separators
    sha256: str
    story_id: str
    language: str
    outlet: str | None
    date: str | None
    outlet_evidence: str | None
    language_evidence: str | None
    notes: str | None
    manifest: str  # manifest path relative to root, for error messages
    line: int
    # where the bytes are read from (absolute, symlinks resolved, checked to lie inside the
    # project or an allowed root); never released: ``file`` is what the release names
    path: str | None = field(default=None, compare=False)


def sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _check_record(rec: dict, where: str) -> list[Problem]:
    line, rid = rec.get(LINE_KEY), rec.get("doc_id")
    problems = [
        Problem(where, "unknown field (allowed: " + ", ".join(FIELDS) + ")", line, rid, k)
        for k in rec
        if k not in FIELDS and k != LINE_KEY
    ]
    for k in REQUIRED:
        if not isinstance(rec.get(k), str) or not rec.get(k):
            problems.append(Problem(where, "missing or not a non-empty string", line, rid, k))
    for k in OPTIONAL:
        if rec.get(k) is not None and not isinstance(rec[k], str):
            problems.append(Problem(where, "must be a string or null", line, rid, k))
    checks = (("doc_id", _DOC_ID, "letters, digits, _ . - only"),
              ("sha256", _SHA, "64 lower-case hex digits"),
              ("date", _DATE, "ISO date YYYY-MM-DD"),
              ("language", _LANG, "a BCP-47 tag such as en or en-GB"))
    for k, rx, want in checks:
        v = rec.get(k)
        if isinstance(v, str) and v and not rx.match(v):
            problems.append(Problem(where, f"{v!r} is not {want}", line, rid, k))
    if isinstance(rec.get("file"), str) and rec["file"]:
        what = relative_path_problem(rec["file"])
        if what:
            problems.append(Problem(where, what, line, rid, "file"))
    return problems


def _shared(value: str | None) -> str | None:
    """One string object for values many entries repeat (a story id, a language, an
    outlet, a boilerplate note): a million entries held for the plan, not a million
    copies of "en"."""
    return sys.intern(value) if isinstance(value, str) else value


def read_manifest(root: Path, source: str, allowed: Sequence[Path] = ()) -> list[Entry]:
    """Read and check one source folder's manifest (fields and paths; bytes on load).

    Every ``file`` must resolve, symlinks included, inside ``root`` (or ``allowed``).
    """
    return list(iter_manifest(root, source, allowed))


def iter_manifest(root: Path, source: str, allowed: Sequence[Path] = ()) -> Iterator[Entry]:
    """:func:`read_manifest` one entry at a time; its problems are raised together once
    the manifest is read, so a caller must not keep what it built before that error."""
    where = f"{source}/{MANIFEST_NAME}"
    folder, what = resolve_inside(root, source, allowed)
    if what:
        raise CorpusError(f"{source}: not a source folder of the project",
                          [Problem("pyproject.toml", what, field="tool.storydrift.sources")])
    path = folder / MANIFEST_NAME
    if not path.is_file():
        raise CorpusError(f"{where}: manifest not found", [Problem(where, "file not found")])
    problems: list[Problem] = []
    inside = Resolver(root, allowed)
    for r in iter_jsonl(path, where):  # one record at a time: a manifest is never held whole
        mine = _check_record(r, where)
        if mine:
            problems.extend(mine)
            continue
        rel = f"{source}/{r['file']}"
        target, what = inside(rel)
        if what:
            problems.append(Problem(where, what, r[LINE_KEY], r["doc_id"], "file"))
            continue
        yield Entry(
            doc_id=r["doc_id"], file=rel, sha256=r["sha256"],
            story_id=_shared(r["story_id"]), language=_shared(r["language"]),
            outlet=_shared(r.get("outlet")), date=_shared(r.get("date")),
            outlet_evidence=_shared(r.get("outlet_evidence")),
            language_evidence=_shared(r.get("language_evidence")),
            notes=_shared(r.get("notes")), manifest=where, line=r[LINE_KEY],
            path=str(target),
        )
    if problems:
        raise CorpusError(f"{where}: {len(problems)} problems", problems)


def read_manifests(root: Path, sources: tuple[str, ...],
                   allowed: Sequence[Path] = ()) -> list[Entry]:
    """All sources' entries; doc_ids and files must be unique across the whole corpus
    (the checks of :func:`read_manifests_table`, whose rows these are)."""
    table = read_manifests_table(root, sources, allowed)
    return [Entry(**r) for r in table.to_pylist()]


ENTRY_SCHEMA = pa.schema([(f.name, pa.int64() if f.name == "line" else pa.string())
                          for f in fields(Entry)])


def entry_chunks(entries: Iterable[Entry], chunk: int = 50_000) -> Iterator[pa.Table]:
    """Entries as Arrow tables (:data:`ENTRY_SCHEMA`, in their order) of ``chunk`` rows:
    a million entries as columns, never a million objects (nor, for a caller that writes
    each chunk out, a million rows) at once."""
    names = ENTRY_SCHEMA.names
    it = iter(entries)
    while batch := list(islice(it, chunk)):
        part = pa.Table.from_arrays(
            [pa.array([getattr(e, n) for e in batch], ENTRY_SCHEMA.field(n).type)
             for n in names], schema=ENTRY_SCHEMA)
        del batch
        memory.release()  # the chunk's builders' pages (else about 3x the table is kept)
        yield part


def entries_table(entries: Iterable[Entry], chunk: int = 50_000) -> pa.Table:
    """Entries as one Arrow table (:data:`ENTRY_SCHEMA`, in their order), built ``chunk``
    at a time (:func:`entry_chunks`)."""
    parts = list(entry_chunks(entries, chunk))
    if not parts:
        return ENTRY_SCHEMA.empty_table()
    return pa.concat_tables(parts)  # chunked: combining would copy every column once more


def file_key(root: Path) -> pl.Expr:
    """What makes two entries the same file: the resolved path (else root/file)."""
    import polars as pl

    return pl.coalesce("path", pl.lit(str(root) + "/") + pl.col("file"))


def read_manifests_table(root: Path, sources: tuple[str, ...],
                         allowed: Sequence[Path] = ()) -> pa.Table:
    """:func:`read_manifests` as an Arrow table (what the build plans from): the same
    checks and the same problems, in the same order, but no per-document Python object
    outlives its chunk."""
    import polars as pl

    table = pa.concat_tables([entries_table(iter_manifest(root, s, allowed))
                              for s in sources]) if sources else ENTRY_SCHEMA.empty_table()
    df = pl.from_arrow(table.select(["doc_id", "file", "path"]))
    key = file_key(root)
    # the usual case, no duplicate, is told by two distinct counts; the problem listing
    # below copies the columns several times over (about 1 GB at a million entries)
    if df.select(pl.col("doc_id").n_unique() == df.height,
                 key.n_unique() == df.height).row(0) == (True, True):
        return table
    raise_duplicates(root, table)
    return table


def raise_duplicates(root: Path, table: pa.Table) -> None:
    """Every duplicate doc_id and every file listed twice in ``table`` (manifest entries,
    :data:`ENTRY_SCHEMA`), each named where it is and where its first copy is; nothing if
    there is none. Holds the table's key columns several times over: for the error path."""
    import polars as pl

    key = file_key(root)
    df = pl.from_arrow(table.select(["doc_id", "file", "manifest", "line", "path"]))
    df = df.with_row_index("_row").with_columns(key.alias("_key"))
    problems: list[tuple[int, int, Problem]] = []
    for col, order in (("doc_id", 0), ("_key", 1)):
        first = df.group_by(col, maintain_order=True).first().select(
            col, *(pl.col(c).alias(f"_first_{c}") for c in ("doc_id", "manifest", "line")))
        dups = df.filter(pl.col(col).is_duplicated() & ~pl.col(col).is_first_distinct())
        for r in dups.join(first, on=col, how="left").sort("_row").iter_rows(named=True):
            what = (f"duplicate doc_id (first at {r['_first_manifest']}:{r['_first_line']})"
                    if col == "doc_id" else
                    f"{r['file']} is the same file as doc_id {r['_first_doc_id']} "
                    f"({r['_first_manifest']}:{r['_first_line']}): one file is one document")
            problems.append((r["_row"], order, Problem(r["manifest"], what, r["line"],
                                                       r["doc_id"], "doc_id" if col ==
                                                       "doc_id" else "file")))
    if problems:
        ps = [p for _, _, p in sorted(problems, key=lambda t: (t[0], t[1]))]
        raise CorpusError(f"{len(ps)} duplicate documents in the manifests", ps)

"""Annotation files → Arrow tables that remember where each row came from.

Every row keeps ``_file`` and ``_line`` so that any later check (pandera or
cross-table) can name the exact JSONL record and field that is wrong.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import pyarrow as pa

from corpus.errors import CorpusError, Problem
from corpus.jsonl import LINE_KEY, iter_jsonl, read_jsonl
from corpus.tables import Table

EXTRA_FIELDS = ("provenance",)  # allowed beyond the table's columns; not released
ORIGIN = pa.schema([("_file", pa.string()), ("_line", pa.int64())])
# An Arrow string column's offsets are 32-bit: one chunk holds at most 2 GiB of text, so a
# layer file larger than this stays in chunks (issue 7: no column hits the offset limit).
COMBINE_LIMIT = 1 << 30


def layer_schema(table: Table) -> pa.Schema:
    cols = [pa.field(c.name, c.type, nullable=True) for c in table.annotation_columns]
    return pa.schema(cols + list(ORIGIN))


def empty_layer(table: Table) -> pa.Table:
    return layer_schema(table).empty_table()


def _type_problem(value: object, typ: pa.DataType) -> str | None:
    """What is wrong with a JSON value for an Arrow column type, checked before conversion.

    Arrow would convert silently: 217.5 to 217, "abc" to ["a", "b", "c"], 1 to True.
    """
    if value is None:
        return None
    if pa.types.is_integer(typ):
        if type(value) is not int:
            return f"value {_show(value)} is {_kind(value)}, not an integer"
        if not -(2**63) <= value < 2**63:
            return f"value {value} is out of range for a 64-bit integer"
    elif pa.types.is_string(typ) or pa.types.is_large_string(typ):
        if not isinstance(value, str):
            return f"value {_show(value)} is {_kind(value)}, not a string"
    elif pa.types.is_boolean(typ):
        if type(value) is not bool:
            return f"value {_show(value)} is {_kind(value)}, not true or false"
    elif pa.types.is_list(typ) or pa.types.is_large_list(typ):
        if not isinstance(value, list):
            return f"value {_show(value)} is {_kind(value)}, not a list"
        for i, item in enumerate(value):
            what = _type_problem(item, typ.value_type)
            if what or item is None:
                return f"item {i}: {what or 'null is not allowed in the list'}"
    return None


def _kind(value: object) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number with a fraction" if isinstance(value, float) else "a number"
    return {str: "a string", list: "a list", dict: "an object"}.get(type(value), "a value")


def _show(value: object, width: int = 60) -> str:
    r = repr(value)
    return r if len(r) <= width else r[:width] + "…"


def records_to_table(records: Iterable[dict], table: Table, where: str,
                     complete: bool = True, chunk: int = 10_000) -> pa.Table:
    """Check fields and types (never coerced), then build the Arrow table column by column.

    ``complete=False`` lets required fields be missing (a pass still being annotated in
    Label Studio); unknown fields and wrong types are refused either way. ``records`` is
    read ``chunk`` at a time, so a file of a million labels is never a million dicts at
    once; every problem in the whole file is still reported together."""
    parts = list(record_chunks(records, table, where, complete, chunk))
    if not parts:
        return _records_arrow([], table, where)
    return combined(parts)


def combined(parts: list[pa.Table], limit: int = COMBINE_LIMIT) -> pa.Table:
    """``parts`` as one table, in one chunk per column while its bytes stay under ``limit``;
    past it the chunks are kept, since combining would overflow a string column's 32-bit
    offsets ("offset overflow while concatenating arrays")."""
    if len(parts) == 1:
        return parts[0]
    whole = pa.concat_tables(parts)
    return whole.combine_chunks() if whole.nbytes < limit else whole


def record_chunks(records: Iterable[dict], table: Table, where: str, complete: bool = True,
                  chunk: int = 10_000) -> Iterator[pa.Table]:
    """:func:`records_to_table` one checked chunk at a time (for a caller that writes each
    out and keeps none): chunks come while no problem is found; the problems of the whole
    file are raised together at the end, so a caller must not keep what it got before."""
    allowed = {c.name for c in table.annotation_columns} | set(EXTRA_FIELDS) | {LINE_KEY}
    required = {c.name for c in table.annotation_columns if not c.nullable} if complete else set()
    problems: list[Problem] = []
    it = iter(records)
    while batch := list(islice(it, chunk)):
        for rec in batch:
            rid = rec.get(table.id_column) if table.id_column else None
            rid = rid if isinstance(rid, str) else None
            line = rec.get(LINE_KEY)
            for k in rec:
                if k not in allowed:
                    problems.append(Problem(where, "unknown field", line, rid, k))
            for k in sorted(required):
                if rec.get(k) is None:
                    problems.append(Problem(where, "missing required field", line, rid, k))
            for col in table.annotation_columns:
                what = _type_problem(rec.get(col.name), col.type)
                if what:
                    problems.append(Problem(where, what, line, rid, col.name, "type"))
        if not problems:  # once one is found, only problems are collected
            yield _records_arrow(batch, table, where)
    if problems:
        raise CorpusError(f"{where}: {len(problems)} problems", problems)


def _records_arrow(records: list[dict], table: Table, where: str) -> pa.Table:
    arrays = [pa.array([r.get(col.name) for r in records], type=col.type)
              for col in table.annotation_columns]
    arrays.append(pa.array([where] * len(records), pa.string()))
    arrays.append(pa.array([r[LINE_KEY] for r in records], pa.int64()))
    return pa.Table.from_arrays(arrays, schema=layer_schema(table))


def load_layer(path: Path, table: Table, root: Path | None = None,
               required: bool = False) -> pa.Table:
    """One annotation file as a table; a missing optional file is an empty layer."""
    where = _where(path, root)
    if not path.exists():
        if required:
            raise CorpusError(f"{where}: file not found", [Problem(where, "file not found")])
        return empty_layer(table)
    return records_to_table(iter_jsonl(path, where), table, where)


def layer_chunks(path: Path, table: Table, root: Path | None = None, required: bool = False,
                 chunk: int = 10_000) -> Iterator[pa.Table]:
    """:func:`load_layer` one checked chunk at a time (:func:`record_chunks`): the same
    checks and problems, for a layer too large to hold (a million documents' labels)."""
    where = _where(path, root)
    if not path.exists():
        if required:
            raise CorpusError(f"{where}: file not found", [Problem(where, "file not found")])
        return
    yield from record_chunks(iter_jsonl(path, where), table, where, chunk=chunk)


FOLDER_EMPTY_LAYERS = "empty_layers.json"


def _folder_declared_empty(folder: Path, where: str) -> tuple[tuple[str, ...], list[Problem]]:
    """Layers a folder itself declares empty (a JSON list in ``empty_layers.json``), so a
    tool that writes only some layers (``preannotate --format layers``) says so explicitly."""
    path = folder / FOLDER_EMPTY_LAYERS
    if not path.is_file():
        return (), []
    rel = f"{where}/{FOLDER_EMPTY_LAYERS}"
    try:
        names = json.loads(path.read_text(encoding="utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as e:
        return (), [Problem(rel, f"not a JSON list of layer names: {e}", check="layer_files")]
    if not isinstance(names, list) or not all(isinstance(n, str) for n in names):
        return (), [Problem(rel, "must be a JSON list of layer names", check="layer_files")]
    return tuple(names), []


def declared_empty(folder: Path, root: Path | None = None) -> tuple[str, ...]:
    """The layers ``folder`` declares empty in its ``empty_layers.json`` (a bad file is a
    named error)."""
    names, problems = _folder_declared_empty(folder, _where(folder, root))
    if problems:
        raise CorpusError(f"{problems[0].file}: {problems[0].what}", problems)
    return names


def incomplete_layers(folder: Path, root: Path | None, declared_empty: tuple[str, ...],
                      registry=None) -> list[Problem]:
    """Layer files a release needs that are missing or hold no record.

    A deleted, misnamed or truncated-to-nothing file must not become an empty layer
    that ships with exit 0: a layer is empty only when the project says so, in
    ``[tool.storydrift] empty_layers``.
    """
    reg = _registry(registry)
    where = _where(folder, root)
    problems = []
    own, bad = _folder_declared_empty(folder, where)
    problems += bad
    declared_empty = tuple(declared_empty) + own
    for name in declared_empty:
        if name not in {la.name for la in reg.folder_layers()}:
            problems.append(Problem("pyproject.toml", f"{name!r} is not a layer of an annotation"
                                    " folder", field="tool.storydrift.empty_layers"))
    known = {la.file for la in reg.folder_layers()}
    if folder.is_dir():  # a misnamed file is named next to the missing one
        problems += [Problem(f"{where}/{p.name}", "no registered layer has this file (known: "
                             + ", ".join(sorted(known)) + ")", check="layer_files")
                     for p in sorted(folder.glob("*.jsonl")) if p.name not in known]
    else:
        return [Problem(where, "layer folder not found")]
    hint = "(an intentionally empty layer is declared in [tool.storydrift] empty_layers)"
    for la in reg.folder_layers():
        path = folder / la.file
        rel = f"{where}/{la.file}"
        if not path.is_file():
            if la.name not in declared_empty:
                problems.append(Problem(rel, f"missing layer file {hint}", check="layer_files"))
        elif not _has_records(path):
            if la.name not in declared_empty:
                problems.append(Problem(rel, f"empty layer file {hint}", check="layer_files"))
        elif la.name in declared_empty:
            problems.append(Problem(rel, "declared empty in [tool.storydrift] empty_layers but "
                                    "has records", check="layer_files"))
    return problems


def _has_records(path: Path, block: int = 1 << 20) -> bool:
    """Whether a file holds anything but whitespace, read a block at a time (a million
    labels' file is never read whole to tell that it is not empty)."""
    with path.open("rb") as f:
        while data := f.read(block):
            if data.strip():
                return True
    return False


def read_layer_folder(folder: Path, root: Path | None = None,
                      required: tuple[str, ...] = (), registry=None,
                      unknown_files: str = "refuse",
                      skip: tuple[str, ...] = ()) -> dict[str, pa.Table]:
    """Every registered folder layer of ``folder`` (gold, a pass, a pull) as typed tables.

    The one reader for every command: unknown fields, missing required fields and values
    of the wrong type are refused here with file, line, record and field, whichever
    command reads the folder. Absent files are empty layers unless ``required``; a layer
    file the registry does not know is refused too (a typo'd file name is not ignored),
    unless ``unknown_files="ignore"``. Layers in ``skip`` are not read (the build streams
    the documents' labels itself, :mod:`corpus.plan`).
    """
    reg = _registry(registry)
    folder, where = _open_folder(folder, root, reg, unknown_files)
    return {la.name: load_layer(folder / la.file, la.table, root, la.name in required)
            for la in reg.folder_layers() if la.name not in skip}


def _registry(registry):
    from corpus.registry import REGISTRY

    return registry or REGISTRY


def _where(path: Path, root: Path | None) -> str:
    from corpus.paths import shown

    return shown(path, root)


def _open_folder(folder: Path, root: Path | None, reg, unknown_files: str) -> tuple[Path, str]:
    """The folder and its printable name, after the checks both folder readers make."""
    folder = Path(folder)
    where = _where(folder, root)
    if not folder.is_dir():
        raise CorpusError(f"{where}: layer folder not found", [Problem(where, "not a folder")])
    if unknown_files == "refuse":
        _refuse_unknown(folder, where, reg)
    return folder, where


def _refuse_unknown(folder: Path, where: str, reg) -> None:
    known = {la.file for la in reg.folder_layers()}
    unknown = sorted(p.name for p in folder.glob("*.jsonl") if p.name not in known)
    if unknown:
        raise CorpusError(f"{where}: unknown layer files",
                          [Problem(f"{where}/{n}", "no registered layer has this file "
                                   f"(known: {', '.join(sorted(known))})") for n in unknown])


def present_layers(folder: Path, registry=None) -> tuple[str, ...]:
    """Names of the registered folder layers that have a file in ``folder``."""
    reg = _registry(registry)
    return tuple(la.name for la in reg.folder_layers() if (Path(folder) / la.file).exists())


def read_folder_records(folder: Path, root: Path | None = None, only_present: bool = True,
                        keep_line: bool = False, registry=None, complete: bool = True,
                        unknown_files: str = "refuse") -> dict[str, list[dict]]:
    """The records of a layer folder, as written, after the typed reader's checks.

    For the dict-based tools (agreement, adjudication, the Label Studio bridge, the
    exports): every record went through :func:`records_to_table` (fields, types; with
    ``complete`` also required fields), and comes back as read (``provenance`` kept,
    ``_line`` only if asked). By default only the layers with a file are returned.
    """
    reg = _registry(registry)
    folder, where = _open_folder(folder, root, reg, unknown_files)
    out = {}
    for la in reg.folder_layers():
        path = folder / la.file
        if not path.exists():
            if not only_present:
                out[la.name] = []
            continue
        rel = _where(path, root)
        recs = read_jsonl(path, rel)
        records_to_table(recs, la.table, rel, complete)
        out[la.name] = recs if keep_line else [
            {k: v for k, v in r.items() if k != LINE_KEY} for r in recs]
    return out

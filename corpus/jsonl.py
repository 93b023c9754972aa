"""Reading and writing the annotation files (JSON Lines).

Reading keeps each record's line number so every error can name it. Writing is
canonical (fixed key order, sorted records, UTF-8, LF), so the same annotations
always give the same bytes and a change shows as a small diff.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from corpus.errors import CorpusError, Problem
from corpus.tables import Table

LINE_KEY = "_line"  # added to every record read; never written


def read_bytes(path: Path, where: str) -> bytes:
    """A file's bytes, or a CorpusError naming it (missing, a folder, unreadable)."""
    with _open(path, where) as f:
        try:
            return f.read()
        except OSError as e:
            raise CorpusError(f"{where}: cannot read ({e.strerror})",
                              [Problem(where, f"cannot read: {e.strerror}")]) from None


def _open(path: Path, where: str):
    """The file opened for reading, or a CorpusError naming it (missing, a folder,
    unreadable)."""
    try:
        return path.open("rb")
    except FileNotFoundError:
        raise CorpusError(f"{where}: file not found", [Problem(where, "file not found")]) from None
    except IsADirectoryError:
        raise CorpusError(f"{where}: is a folder, not a file",
                          [Problem(where, "is a folder, not a file")]) from None
    except OSError as e:
        raise CorpusError(f"{where}: cannot read ({e.strerror})",
                          [Problem(where, f"cannot read: {e.strerror}")]) from None


def iter_jsonl(path: str | Path, where: str | None = None) -> Iterator[dict[str, Any]]:
    """The records of a JSONL file one at a time, each with its 1-based line number under
    ``_line``: a manifest of a million lines is never held whole. Malformed records are
    collected and raised together (CorpusError) once the file is read, so a caller must
    not keep what it built from the records before that error.

    ``where`` is the name messages use (a project-relative path), default the path as
    :func:`corpus.paths.shown` names it (never absolute inside a project).
    """
    from corpus.paths import shown

    path = Path(path)
    where = where or shown(path)
    problems = []
    offset = 0
    with _open(path, where) as f:
        for i, raw in enumerate(f, start=1):
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as e:
                raise CorpusError(
                    f"{where}: invalid UTF-8",
                    [Problem(where, f"invalid UTF-8 byte at offset {offset + e.start}", i)],
                ) from None
            offset += len(raw)
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except (json.JSONDecodeError, RecursionError) as e:
                what = (f"not valid JSON: {e.msg} (column {e.colno})"
                        if isinstance(e, json.JSONDecodeError) else "JSON nested too deeply")
                problems.append(Problem(where, what, i))
                continue
            if not isinstance(rec, dict):
                problems.append(Problem(where, "a record must be a JSON object", i))
                continue
            if LINE_KEY in rec:
                problems.append(Problem(where, "reserved field name", i, field=LINE_KEY))
                continue
            rec[LINE_KEY] = i
            yield rec
    if problems:
        raise CorpusError(f"{where}: {len(problems)} malformed records", problems)


def read_jsonl(path: str | Path, where: str | None = None) -> list[dict[str, Any]]:
    """Every record of a JSONL file (:func:`iter_jsonl`), in a list."""
    return list(iter_jsonl(path, where))


def canonical_record(rec: dict[str, Any], table: Table) -> dict[str, Any]:
    """Key order of the table's annotation columns, then any extra keys sorted."""
    cols = [c.name for c in table.annotation_columns]
    out = {c: rec.get(c) for c in cols}
    for k in sorted(k for k in rec if k not in out and k != LINE_KEY):
        out[k] = rec[k]
    return out


def sort_key(table: Table):
    def key(rec: dict[str, Any]):
        return tuple((rec.get(k) is None, "" if rec.get(k) is None else rec.get(k))
                     for k in table.key)

    return key


def dumps_jsonl(records: Iterable[dict[str, Any]], table: Table) -> str:
    recs = sorted((canonical_record(r, table) for r in records), key=sort_key(table))
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


def write_jsonl(path: str | Path, records: Iterable[dict[str, Any]], table: Table) -> None:
    """Write canonically and atomically (temp file, then rename)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    data = dumps_jsonl(records, table).encode("utf-8")
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise

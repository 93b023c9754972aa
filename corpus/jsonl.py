"""Reading and writing the annotation files (JSON Lines).

Reading keeps each record's line number so every error can name it. Writing is
canonical (fixed key order, sorted records, UTF-8, LF), so the same annotations
always give the same bytes and a change shows as a small diff.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from corpus.errors import CorpusError, Problem
from corpus.tables import Table

LINE_KEY = "_line"  # added to every record read; never written


def read_bytes(path: Path, where: str) -> bytes:
    """A file's bytes, or a CorpusError naming it (missing, a folder, unreadable)."""
    try:
        return path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"{where}: file not found", [Problem(where, "file not found")]) from None
    except IsADirectoryError:
        raise CorpusError(f"{where}: is a folder, not a file",
                          [Problem(where, "is a folder, not a file")]) from None
    except OSError as e:
        raise CorpusError(f"{where}: cannot read ({e.strerror})",
                          [Problem(where, f"cannot read: {e.strerror}")]) from None


def read_jsonl(path: str | Path, where: str | None = None) -> list[dict[str, Any]]:
    """Read a JSONL file; each record gets its 1-based line number under ``_line``.

    ``where`` is the name messages use (a project-relative path), default the path as
    :func:`corpus.paths.shown` names it (never absolute inside a project).
    """
    from corpus.paths import shown

    path = Path(path)
    where = where or shown(path)
    raw = read_bytes(path, where)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        line = raw[: e.start].count(b"\n") + 1
        raise CorpusError(
            f"{where}: invalid UTF-8",
            [Problem(where, f"invalid UTF-8 byte at offset {e.start}", line)],
        ) from None
    records, problems = [], []
    for i, line in enumerate(text.split("\n"), start=1):
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
        records.append(rec)
    if problems:
        raise CorpusError(f"{where}: {len(problems)} malformed records", problems)
    return records


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

"""Loading documents: the exact text of each source file, pinned by sha256.

Nothing is normalised or stripped: a BOM stays U+FEFF, CRLF stays CRLF, so every
offset in every layer points into exactly the bytes a user downloads.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

import pyarrow as pa

from corpus.errors import CorpusError, Problem
from corpus.manifest import Entry, sha256_bytes
from corpus.paths import resolve_inside

LOADED_COLUMNS = ("doc_id", "story_id", "text", "sha256", "source_file", "language",
                  "language_evidence", "outlet", "outlet_evidence", "date")
LOADED_SCHEMA = pa.schema([(c, pa.string()) for c in LOADED_COLUMNS])


def decode_strict(data: bytes, where: str) -> str:
    """UTF-8 or a clear error naming the file, the byte offset and the line."""
    try:
        return data.decode("utf-8", errors="strict")
    except UnicodeDecodeError as e:
        line = data[: e.start].count(b"\n") + 1
        bad = data[e.start : e.end].hex(" ")
        raise CorpusError(
            f"{where}: invalid UTF-8",
            [Problem(where, f"invalid UTF-8 bytes {bad} at byte offset {e.start}", line)],
        ) from None


def load_text(root: Path, entry: Entry) -> str:
    """Read one manifest entry's file, checking presence, sha256, encoding and emptiness."""
    path = Path(entry.path) if entry.path else None
    if path is None:  # an Entry made by hand: same check as the manifest reader's
        path, what = resolve_inside(root, entry.file)
        if what:
            raise CorpusError(f"{entry.file}: refused",
                              [Problem(entry.manifest, what, entry.line, entry.doc_id, "file")])
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(
            f"{entry.file}: listed in {entry.manifest} but missing",
            [Problem(entry.manifest, f"file {entry.file} not found", entry.line, entry.doc_id,
                     "file")],
        ) from None
    except IsADirectoryError:
        raise CorpusError(
            f"{entry.file}: is a folder, not a text file",
            [Problem(entry.manifest, f"{entry.file} is a folder, not a text file", entry.line,
                     entry.doc_id, "file")],
        ) from None
    except OSError as e:
        raise CorpusError(
            f"{entry.file}: cannot read ({e.strerror})",
            [Problem(entry.manifest, f"cannot read {entry.file}: {e.strerror}", entry.line,
                     entry.doc_id, "file")],
        ) from None
    digest = sha256_bytes(data)
    if digest != entry.sha256:
        raise CorpusError(
            f"{entry.file}: sha256 mismatch; the file changed since it was added to the manifest",
            [Problem(entry.manifest, f"{entry.file} has sha256 {digest}, manifest says "
                     f"{entry.sha256}", entry.line, entry.doc_id, "sha256")],
        )
    if not data:
        raise CorpusError(f"{entry.file}: empty file",
                          [Problem(entry.file, "empty file: a document needs text",
                                   record=entry.doc_id)])
    return decode_strict(data, entry.file)


def iter_document_batches(root: Path, entries: Iterable[Entry],
                          batch_size: int = 1024) -> Iterator[pa.RecordBatch]:
    """Documents as Arrow record batches, so large corpora stream in slices."""
    rows: list[dict] = []
    for e in entries:
        text = load_text(root, e)
        rows.append({"doc_id": e.doc_id, "story_id": e.story_id, "text": text,
                     "sha256": e.sha256, "source_file": e.file, "language": e.language,
                     "language_evidence": e.language_evidence, "outlet": e.outlet,
                     "outlet_evidence": e.outlet_evidence, "date": e.date})
        if len(rows) >= batch_size:
            yield pa.RecordBatch.from_pylist(rows, schema=LOADED_SCHEMA)
            rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=LOADED_SCHEMA)


def load_documents(root: Path, entries: Iterable[Entry]) -> pa.Table:
    batches = list(iter_document_batches(root, entries))
    return pa.Table.from_batches(batches, schema=LOADED_SCHEMA).sort_by("doc_id")


def texts_from_paths(paths: Iterable[Path], root: Path | None = None) -> dict[str, str]:
    """doc_id -> exact text for folders or files, as tools outside the build take them.

    A folder with a ``manifest.jsonl`` is read through its manifest (sha256 checked); a
    folder without one gives its ``*.txt`` files, doc_id = file stem; a file is one
    document. Every text is strictly decoded; a doc_id seen twice is an error. Messages
    name files relative to ``root`` (the project), see :func:`corpus.paths.shown`.
    """
    from corpus.jsonl import read_bytes
    from corpus.manifest import MANIFEST_NAME, read_manifest
    from corpus.paths import shown

    docs: dict[str, str] = {}
    where: dict[str, str] = {}
    problems: list[Problem] = []

    def add(doc_id: str, text: str, origin: str) -> None:
        if doc_id in docs:
            problems.append(Problem(origin, f"doc_id also read from {where[doc_id]}",
                                    record=doc_id, field="doc_id"))
        else:
            docs[doc_id], where[doc_id] = text, origin

    for path in paths:
        path = Path(path)
        if path.is_dir() and (path / MANIFEST_NAME).is_file():
            for e in read_manifest(path.parent, path.name):
                add(e.doc_id, load_text(path.parent, e), e.file)
        elif path.is_dir():
            for f in sorted(path.glob("*.txt")):
                name = shown(f, root)
                add(f.stem, decode_strict(read_bytes(f, name), name), name)
        elif path.is_file():
            name = shown(path, root)
            add(path.stem, decode_strict(read_bytes(path, name), name), name)
        else:
            problems.append(Problem(shown(path, root), "no such file or folder"))
    if problems:
        raise CorpusError(f"{len(problems)} problems reading documents", problems)
    return docs

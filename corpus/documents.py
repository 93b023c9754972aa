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

LOADED_COLUMNS = ("doc_id", "story_id", "text", "sha256", "source_file", "language",
                  "outlet", "date")
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
    path = root / entry.file
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(
            f"{entry.file}: listed in {entry.manifest} but missing",
            [Problem(entry.manifest, f"file {entry.file} not found", entry.line, entry.doc_id,
                     "file")],
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
                     "outlet": e.outlet, "date": e.date})
        if len(rows) >= batch_size:
            yield pa.RecordBatch.from_pylist(rows, schema=LOADED_SCHEMA)
            rows = []
    if rows:
        yield pa.RecordBatch.from_pylist(rows, schema=LOADED_SCHEMA)


def load_documents(root: Path, entries: Iterable[Entry]) -> pa.Table:
    batches = list(iter_document_batches(root, entries))
    return pa.Table.from_batches(batches, schema=LOADED_SCHEMA).sort_by("doc_id")

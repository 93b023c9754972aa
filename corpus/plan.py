"""Planning shards without holding the corpus: manifests and labels streamed to shard files.

Why: the plan needs a global view (doc_ids unique, stories whole, shards cut by size),
but only of a few columns. So the manifests are read one chunk at a time, each chunk
checked, written to a spill file in the work folder and reduced to its keys (doc_id,
story, file size, a hash of the file's path); the shards are planned from the keys alone;
then the spilled entries and the documents' labels (streamed from their layer file the
same way) are written once more, each chunk's rows grouped by shard into one Arrow IPC
file, one record batch per shard. A shard's plan names its batches
(:data:`Parts`), and the worker reads only those (:func:`read_parts`). The main process
holds the keys (about 0.1 KB a document: doc_id, shard, place) and one chunk at a time:
never the manifest table, never the labels.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path

import numpy as np
import polars as pl
import pyarrow as pa

from corpus import memory
from corpus.errors import Problem
from corpus.manifest import ENTRY_SCHEMA, entry_chunks, file_key, iter_manifest, raise_duplicates

# Entries made as Python objects (about 0.7 KB each) at a time, and Arrow rows (about
# 0.3 KB each) routed at a time, while planning: the main process's peak, whatever N.
ENTRY_CHUNK, CHUNK = 10_000, 20_000
POS = "_pos"  # an entry's place in the planned order (stories by first doc_id, by doc_id)
SHARD = "_shard"
Parts = list[tuple[str, int]]  # (file in the work folder, record batch) of one shard
ROUTED_ENTRIES = ENTRY_SCHEMA.append(pa.field(POS, pa.int64()))


@dataclass
class Plan:
    """The keys of every entry (row order: the manifests'), each with its shard and its
    place in the planned order, and per shard the batches of its routed entries."""

    keys: pl.DataFrame  # doc_id, _shard, _pos (no path, no story, no text)
    n_shards: int
    entries: list[Parts] = field(default_factory=list)

    def shard_of(self) -> pl.DataFrame:
        """doc_id -> _shard (to tag the labels and annotations)."""
        return self.keys.select("doc_id", SHARD)


def spill_manifests(root: Path, sources: Sequence[str], allowed: Sequence[Path],
                    spill: Path, chunk: int = ENTRY_CHUNK) -> pl.DataFrame:
    """Read and check every source's manifest (:func:`corpus.manifest.iter_manifest`: the
    same problems, in the same order, as :func:`corpus.manifest.read_manifests_table`),
    writing the entries to ``spill`` chunk by chunk; return their keys: doc_id, story_id,
    _size (bytes of the file, 0 if absent: the load step names it), _key (a hash of the
    resolved path, for the duplicate check). Duplicates are refused as that function does:
    the usual case is told from the keys; only then is the spill read back whole."""
    keys = []
    with pa.OSFile(str(spill), "wb") as f, pa.ipc.new_file(f, ENTRY_SCHEMA) as w:
        for source in sources:
            for part in entry_chunks(iter_manifest(root, source, allowed), chunk):
                w.write_table(part)
                keys.append(_keys(root, part))
                del part
    df = (pl.concat(keys) if keys else _keys(root, ENTRY_SCHEMA.empty_table()))
    del keys
    if df.select(pl.col("doc_id").n_unique() == df.height,
                 pl.col("_key").n_unique() == df.height).row(0) != (True, True):
        raise_duplicates(root, _read_all(spill))  # distinct hashes: distinct files
    return df.drop("_key")


def _keys(root: Path, part: pa.Table) -> pl.DataFrame:
    def size(rel: str) -> int:
        try:
            return os.stat(root / rel).st_size
        except OSError:
            return 0

    df = pl.from_arrow(part.select(["doc_id", "story_id", "file", "path"]))
    return df.select(
        "doc_id", "story_id",
        pl.Series("_size", [size(f) for f in df["file"]], pl.Int64),
        file_key(root).hash().alias("_key"))


def _read_all(path: Path) -> pa.Table:
    with pa.memory_map(str(path)) as src:
        return pa.ipc.open_file(src).read_all()


def planned_order(keys: pl.DataFrame, shard_bytes: int) -> pl.DataFrame:
    """Whole stories, in the order of their first doc_id (a story's versions by doc_id),
    cut into shards of at most ``shard_bytes`` of source bytes at story boundaries (one
    story may exceed it alone): ``_i`` (the entry's row in ``keys``) and ``_shard``, in
    the planned order. A story never spans two shards, so its cross-version drift is a
    per-shard step and no step ever waits for another shard. A pure function of the
    sources: file sizes are pinned by the manifests' sha256, so every machine plans the
    same shards."""
    df = keys.select("doc_id", "story_id", "_size").with_row_index("_i").sort("doc_id")
    stories = df.group_by("story_id", maintain_order=True).agg("_i", pl.col("_size").sum())
    shard, total, out = 0, 0, []
    first = True
    for n in stories["_size"]:
        if not first and total + n > shard_bytes:
            shard += 1
            total = 0
        out.append(shard)
        total += n
        first = False
    return (stories.select("_i", pl.Series(SHARD, out, pl.Int64)).explode("_i")
            .select(pl.col("_i").cast(pl.Int64), SHARD))


def make_plan(keys: pl.DataFrame, shard_bytes: int) -> Plan:
    """Each entry's shard and place in the planned order (:func:`planned_order`)."""
    order = planned_order(keys, shard_bytes).with_row_index(POS).with_columns(
        pl.col(POS).cast(pl.Int64))
    n = int(order[SHARD].max()) + 1 if order.height else 1  # no document: one empty shard
    at = order.sort("_i")
    del order
    return Plan(keys.select("doc_id").with_columns(at[SHARD], at[POS]), n)


def route_entries(p: Plan, spill: Path, work: Path, chunk: int = CHUNK) -> None:
    """The spilled entries, about ``chunk`` rows at a time, into
    ``work/entries-CCCCC.arrow`` (one record batch per shard, with ``_pos``); fills
    ``p.entries``; removes the spill."""
    p.entries = [[] for _ in range(p.n_shards)]
    with pa.OSFile(str(spill)) as src:  # read, not mapped: a mapped file's pages count
        reader = pa.ipc.open_file(src)
        batches = (reader.get_batch(i) for i in range(reader.num_record_batches))
        offset = 0
        for c, table in enumerate(_rechunk((pa.Table.from_batches([b]) for b in batches),
                                           chunk)):
            at = p.keys.slice(offset, table.num_rows)
            offset += table.num_rows
            table = table.append_column(POS, at[POS].to_arrow()).cast(ROUTED_ENTRIES)
            name = f"entries-{c:05d}.arrow"
            _route(table, at[SHARD].to_arrow(), work / name, name, p.entries)
            del table, at
            memory.release()
    spill.unlink()


def _route(table: pa.Table, shards: pa.Array, path: Path, name: str,
           parts: list[Parts]) -> None:
    """``table``'s rows grouped by shard (order kept within each) into one IPC file, one
    record batch per shard; each shard's batch is appended to ``parts[shard]``."""
    import pyarrow.compute as pc

    from corpus.steps import IPC

    order = pc.sort_indices(shards)  # stable: rows keep their order within a shard
    shards = shards.take(order).to_numpy()
    rows = table.take(order).combine_chunks()
    del order
    if not len(shards):
        return
    cuts = [0, *(np.flatnonzero(np.diff(shards)) + 1).tolist(), len(shards)]
    with pa.OSFile(str(path), "wb") as f, pa.ipc.new_file(f, rows.schema, options=IPC) as w:
        for k, (start, end) in enumerate(pairwise(cuts)):
            w.write_table(rows.slice(start, end - start), max_chunksize=end - start)
            parts[int(shards[start])].append((name, k))


def route_labels(p: Plan, chunks: Iterable[pa.Table], work: Path, where: str,
                 chunk: int = CHUNK) -> tuple[list[Parts], list[Problem]]:
    """The documents' labels, as checked chunks come (:func:`corpus.layers.layer_chunks`),
    into ``work/labels-CCCCC.arrow`` by shard; returns each shard's batches and the label
    records whose doc_id no manifest lists (named as the build names them)."""
    parts: list[Parts] = [[] for _ in range(p.n_shards)]
    orphans: list[Problem] = []
    shard_of = p.shard_of()
    for c, table in enumerate(_rechunk(chunks, chunk)):
        tagged = pl.from_arrow(table.select(["doc_id"])).join(
            shard_of, on="doc_id", how="left", maintain_order="left")[SHARD]
        lost = tagged.is_null()
        if lost.any():
            gone = pl.from_arrow(table.select(["doc_id", "_line"])).filter(lost)
            orphans += [Problem(where, "labels a doc_id that no manifest lists", line, doc_id,
                                "doc_id") for doc_id, line in gone.iter_rows()]
            keep = (~lost).to_arrow()
            table, tagged = table.filter(keep), tagged.filter(~lost)
        if table.num_rows:
            name = f"labels-{c:05d}.arrow"
            _route(table, tagged.to_arrow(), work / name, name, parts)
        del table, tagged
        memory.release()
    return parts, orphans


def _rechunk(chunks: Iterable[pa.Table], rows: int) -> Iterator[pa.Table]:
    """Small checked chunks gathered into tables of about ``rows`` rows."""
    held: list[pa.Table] = []
    n = 0
    for t in chunks:
        held.append(t)
        n += t.num_rows
        if n >= rows:
            yield pa.concat_tables(held).combine_chunks()
            held, n = [], 0
    if held:
        yield pa.concat_tables(held).combine_chunks()


def read_parts(work: Path, parts: Parts, schema: pa.Schema) -> pa.Table:
    """One shard's batches of routed files (what a worker reads of the manifests or the
    labels), in routing order: the shard's rows in the order they were streamed."""
    batches = []
    for name, k in parts:
        with pa.memory_map(str(work / name)) as src:
            batches.append(pa.ipc.open_file(src).get_batch(k))
    return pa.Table.from_batches(batches, schema=schema)


def shard_entries(work: Path, parts: Parts) -> pa.Table:
    """One shard's manifest entries in the planned order (:func:`planned_order`)."""
    table = read_parts(work, parts, ROUTED_ENTRIES)
    import pyarrow.compute as pc

    return table.take(pc.sort_indices(table[POS])).drop_columns([POS])

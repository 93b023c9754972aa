"""Checking a downloaded release: checksums, schemas and every span.

Needs only the release directory: it re-runs the same gate the build ran, on the
Parquet files as shipped, so a corrupted or hand-edited file is caught. Every problem
is named (file, manifest line or Parquet row, column); nothing outside the release
folder is read, whatever ``MANIFEST.sha256`` lists. Each document's sha256 is recomputed
from its text, and the data digest the card states is recomputed from the data files,
so a release that was edited and consistently re-hashed is caught against the digest
its publisher announced (``--digest``).

Memory is bounded whatever the number of documents: the big tables (documents and
segments, sharded by the build) are read one file and one batch at a time; a document's
text is held only while its batch (or its segments' file) is checked, and for the
documents the annotation layers cite. Uniqueness and foreign keys over them use 64-bit
hashes of the ids (8 bytes a document), confirmed exactly before anything is reported.
The other tables a sharded build writes per shard (the drift tables, the alignments: tens
of rows a document) are checked one shard index at a time too, with the documents their
rows cite; only their keys' hashes (8 bytes a row) are kept, for uniqueness across files.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import polars as pl
import pyarrow as pa
import pyarrow.parquet as pq

from corpus.errors import CorpusError, Problem
from corpus.gate import MAX_PROBLEMS, GateReport, merge_reports, run_gate
from corpus.paths import resolve_inside, shown
from corpus.registry import REGISTRY, Registry
from corpus.release import DIGEST_RE, MANIFEST, data_digest, sha256_file
from schemas.cross import CHECKS

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


def _type_problems(rel: str, schema: pa.Schema, table) -> list[Problem]:
    """Each expected column present with its type, checked before any conversion."""
    problems = []
    for col in table.columns:
        if col.name not in schema.names:
            problems.append(Problem(rel, "missing column", field=col.name))
        elif not schema.field(col.name).type.equals(col.type):
            problems.append(Problem(rel, f"column has type {schema.field(col.name).type}, "
                                    f"expected {col.type}", field=col.name))
    return problems


BATCH_ROWS = 2048  # rows of a big table checked at once (documents: ~2048 texts)
STREAMED = ("documents", "segments")  # layer sources whose tables are sharded and streamed
ROW = "_prow"  # a frame's column: the row's index in its Parquet file (0-based)


class _Files:
    """The Parquet files of every release table, opened and type-checked, not yet read."""

    def __init__(self, folder: Path, registry=REGISTRY):
        self.folder, self.registry = folder, registry
        self.files: dict[str, list[tuple[str, pq.ParquetFile]]] = {}
        problems = []
        for la in registry.release_layers():
            data = folder / "data"
            found = sorted(data.glob(f"{la.name}.parquet")) or sorted(
                data.glob(f"{la.name}-*-of-*.parquet"))
            if not found:
                problems.append(Problem(f"data/{la.name}.parquet", "missing"))
                continue
            self.files[la.name] = []
            for f in found:
                rel = f.relative_to(folder).as_posix()
                try:
                    pf = pq.ParquetFile(f)
                except (pa.ArrowException, OSError) as e:
                    problems.append(Problem(rel, f"not a readable Parquet file ({str(e)[:200]})"))
                    continue
                problems += _type_problems(rel, pf.schema_arrow, la.table)
                self.files[la.name].append((rel, pf))
        if problems:
            raise CorpusError(f"{shown(folder)}: release cannot be read", problems)

    def batches(self, name: str, columns: list[str] | None = None,
                rows: int = BATCH_ROWS, only: int | None = None
                ) -> Iterator[tuple[int, str, pl.DataFrame]]:
        """(file index, file, frame) one batch at a time, each row with its file and row;
        ``only``: of that file alone (the others are not opened)."""
        cols = columns or [c.name for c in self.registry[name].table.columns]
        for i, (rel, pf) in enumerate(self.files[name]):
            if only is not None and i != only:
                continue
            offset = 0
            try:
                for b in pf.iter_batches(batch_size=rows, columns=cols):
                    df = pl.from_arrow(pa.Table.from_batches([b]))
                    yield i, rel, df.with_columns(
                        pl.lit(rel).alias("_file"),
                        pl.int_range(offset, offset + b.num_rows, dtype=pl.Int64).alias(ROW))
                    offset += b.num_rows
            except (pa.ArrowException, OSError, pl.exceptions.PolarsError) as e:
                raise CorpusError(f"{rel}: cannot be read", [Problem(
                    rel, f"not a readable Parquet file ({str(e)[:200]})")]) from None

    def whole(self, name: str, only: int | None = None) -> pl.DataFrame:
        """Every file of a table (``only``: that file alone) in one frame."""
        parts = [df for _, _, df in self.batches(name, rows=64 * 1024, only=only)]
        if not parts:  # an empty table has no row group, so no batch
            return self.empty(name)
        return pl.concat(parts, how="vertical_relaxed") if len(parts) > 1 else parts[0]

    def empty(self, name: str) -> pl.DataFrame:
        """No rows, the table's columns (and file and row), from its first file's schema."""
        cols = [c.name for c in self.registry[name].table.columns]
        empty = pl.from_arrow(self.files[name][0][1].schema_arrow.empty_table()
                              ) if self.files[name] else pl.DataFrame()
        return empty.select(cols).with_columns(pl.lit(None, pl.String).alias("_file"),
                                               pl.lit(None, pl.Int64).alias(ROW))

    def rows(self, name: str) -> int:
        return sum(pf.metadata.num_rows for _, pf in self.files[name])


def _ids_hash(s: pl.Series) -> pl.Series:
    return s.cast(pl.String).hash()


def _report(check: str, table: str, failing: pl.DataFrame, what: str | pl.Expr,
            field: str, rid: str | None = None) -> GateReport:
    """A gate report part for rows found outside run_gate (file and row in the frame)."""
    id_col = rid or REGISTRY[table].id_column
    problems = []
    for rec in failing.head(MAX_PROBLEMS).with_columns(
            (what if isinstance(what, pl.Expr) else pl.lit(what)).alias("_what")
    ).iter_rows(named=True):
        problems.append(Problem(rec["_file"], rec["_what"], None,
                                _record(rec.get(id_col), rec.get(ROW)), field,
                                f"{table}:{check.split(':')[-1]}"))
    return GateReport(rows={}, failures={f"cross:{check}": failing.height}, problems=problems)


def _record(rid: object, row: int | None) -> str | None:
    if row is None:
        return None if rid is None else str(rid)
    return f"{rid} (row {row})" if rid is not None else f"row {row}"


def _duplicates(files: _Files, table: str, column: str | list[str], hashes: pl.DataFrame
                ) -> GateReport:
    """Rows whose ``column`` (or columns: the key together) repeats an earlier row's, over
    every file of ``table``: found on 64-bit hashes (:func:`_key_hash`), confirmed on the
    values (only the candidates are read)."""
    cols = [column] if isinstance(column, str) else list(column)
    cand = hashes.filter(pl.col("_h").is_duplicated())["_h"].unique()
    if cand.is_empty():
        return GateReport(rows={}, failures={"cross:keys_unique": 0})
    rows = []
    for _, _, df in files.batches(table, columns=cols):
        rows.append(df.filter(_key_hash(df, cols).is_in(cand.implode())))
    found = pl.concat(rows).with_row_index("_order")
    first = found.group_by(cols, maintain_order=True).agg(
        pl.col("_file").first().alias("_ffile"), pl.col(ROW).first().alias("_frow"),
        pl.col("_order").min().alias("_forder"))
    dup = found.join(first, on=cols, nulls_equal=True).filter(
        pl.col("_order") != pl.col("_forder"))
    return _report("keys_unique", table, dup, pl.format(
        "duplicate {}: the same as {} row {}", pl.lit(", ".join(cols)), pl.col("_ffile"),
        pl.col("_frow")), cols[0], cols[0])


def _key_hash(df: pl.DataFrame, cols: list[str]) -> pl.Series:
    """64-bit hashes of a table's key (its id column, or the key's columns together)."""
    if len(cols) == 1:
        return _ids_hash(df[cols[0]])
    return df.select(pl.struct(cols).hash().alias("_h"))["_h"]


def _sharded_tables(files: _Files, registry) -> tuple[str, ...]:
    """Tables other than documents and segments that a sharded build wrote one file per
    shard: checked a shard index at a time (:func:`_check_sharded`), never read whole."""
    return tuple(la.name for la in registry.release_layers()
                 if la.source not in STREAMED and len(files.files[la.name]) > 1)


def _cache_docs(files: _Files, cache: dict[int, pl.DataFrame], doc_index: pl.DataFrame,
                ids: pl.Series, columns: list[str]) -> pl.DataFrame:
    """The documents files that hold ``ids`` (by :func:`_ids_hash` in ``doc_index``) in
    ``cache``, the others let go (one file's texts at a time, normally); their rows."""
    want = set(doc_index.filter(pl.col("_h").is_in(_ids_hash(ids).unique().implode())
                                )["_fi"].unique().to_list())
    for k in [k for k in cache if k not in want]:
        del cache[k]
    for k in sorted(want - set(cache)):
        cache[k] = _texts_of(files, k, columns)
    return (pl.concat(list(cache.values())) if cache
            else files.empty("documents").select(columns))


def _check_sharded(files: _Files, names: tuple[str, ...], small: dict[str, pl.DataFrame],
                   doc_index: pl.DataFrame, registry) -> list[GateReport]:
    """The sharded tables, one shard index at a time (a shard's drift tables come from one
    story-whole shard): their models and cross checks against the documents their rows
    cite (read from the documents files that hold them, one file's texts kept between
    indexes) and the small tables their foreign keys name; their keys unique across every
    file by 64-bit hashes, confirmed on the values (:func:`_duplicates`)."""
    sub = Registry({n: registry[n] for n in names})
    doc_cols = [c.name for c in registry["documents"].table.columns]
    targets = {t for n in names for fk in registry[n].foreign_keys for t, _ in fk.targets
               if t in small}
    keys = {n: [registry[n].table.id_column] if registry[n].table.id_column
            else list(registry[n].table.key) for n in names}
    hashes: dict[str, list[pl.Series]] = {n: [] for n in names}
    reports: list[GateReport] = []
    cache: dict[int, pl.DataFrame] = {}
    for i in range(max(len(files.files[n]) for n in names)):
        frames = {n: files.whole(n, only=i) for n in names if i < len(files.files[n])}
        cited = pl.concat([df[c].cast(pl.String) for df in frames.values()
                           for c in ("doc_id", "target_doc_id") if c in df.columns]
                          ).drop_nulls().unique()
        docs = _cache_docs(files, cache, doc_index, cited, doc_cols).filter(
            pl.col("doc_id").is_in(cited.implode()))
        reports.append(run_gate({**frames, **{t: small[t] for t in targets}, "documents": docs},
                                sub, tables=tuple(frames),
                                checks=("spans_resolve", "keys_unique", "foreign_keys",
                                        "alignment_targets_resolve")))
        for n, df in frames.items():
            hashes[n].append(_key_hash(df, keys[n]))
    cache.clear()
    for n in names:
        reports.append(_duplicates(files, n, keys[n], pl.DataFrame({"_h": pl.concat(
            hashes[n])}) if hashes[n] else pl.DataFrame(schema={"_h": pl.UInt64})))
    return reports


def _needed_doc_ids(small: dict[str, pl.DataFrame]) -> set[str]:
    """Documents the annotation-sized tables cite (their spans need those texts)."""
    out: set[str] = set()
    for df in small.values():
        for col in ("doc_id", "target_doc_id"):
            if col in df.columns and df.schema[col] == pl.String:
                out.update(x for x in df[col].unique().to_list() if x is not None)
    return out


def _doc_fk_targets(files: _Files, small: dict[str, pl.DataFrame], doc_hashes: pl.Series
                    ) -> dict[str, pl.Series]:
    """Hashes of every target of each foreign key declared on the documents table."""
    out = {}
    for fk in files.registry["documents"].foreign_keys:
        parts = [doc_hashes if (t, c) == ("documents", "doc_id") else _ids_hash(small[t][c])
                 for t, c in fk.targets if t == "documents" or t in small]
        out[fk.column] = pl.concat(parts) if parts else pl.Series([], dtype=pl.UInt64)
    return out


def check_release(folder: Path, registry=REGISTRY) -> GateReport:
    """The whole gate over a release's Parquet files, streamed (see the module doc)."""
    files = _Files(folder, registry)
    sharded = _sharded_tables(files, registry)
    big = {la.name for la in registry.release_layers() if la.source in STREAMED} | set(sharded)
    small = {la.name: files.whole(la.name) for la in registry.release_layers()
             if la.name not in big}
    needed = _needed_doc_ids(small)
    reports: list[GateReport] = []

    # documents, pass 1: ids only (8 bytes a document) for uniqueness and foreign keys
    ids = [df.select(_ids_hash(df["doc_id"]).alias("_h"), pl.lit(i, pl.Int32).alias("_fi"))
           for i, _, df in files.batches("documents", columns=["doc_id"], rows=64 * 1024)]
    doc_index = pl.concat(ids) if ids else pl.DataFrame(schema={"_h": pl.UInt64,
                                                                "_fi": pl.Int32})
    reports.append(_duplicates(files, "documents", "doc_id", doc_index))
    fk_targets = _doc_fk_targets(files, small, doc_index["_h"])

    # documents, pass 2: batch by batch, each text hashed and checked, then let go
    cited = []
    for _, _, df in files.batches("documents"):
        reports.append(run_gate({"documents": df}, registry, tables=("documents",),
                                checks=("documents_hash_their_text",)))
        for fk in registry["documents"].foreign_keys:
            col = df.select("doc_id", fk.column, "_file", ROW)
            col = col.explode(fk.column) if fk.explode else col
            col = col.filter(pl.col(fk.column).is_not_null())
            bad = col.filter(~_ids_hash(col[fk.column]).is_in(fk_targets[fk.column].implode()))
            reports.append(_report("foreign_keys", "documents", bad,
                                   pl.format(fk.what, pl.col(fk.column)), fk.column))
            if fk.column == "derived_from":
                own = col.filter(pl.col("derived_from") == pl.col("doc_id"))
                reports.append(_report("foreign_keys", "documents", own,
                                       "a document cannot derive from itself", "derived_from"))
        cited.append(df.filter(pl.col("doc_id").is_in(pl.Series(sorted(needed),
                                                                 dtype=pl.String).implode())))

    # segments: a file at a time, with the texts of the documents file(s) they belong to
    seg_docs, seg_ids = [], []
    doc_cache: dict[int, pl.DataFrame] = {}
    for si, (srel, _) in enumerate(files.files["segments"]):
        compact = []
        for _, _, df in files.batches("segments", only=si):
            docs = _cache_docs(files, doc_cache, doc_index, df["doc_id"], ["doc_id", "text"])
            reports.append(run_gate({"documents": docs, "segments": df}, registry,
                                    tables=("segments",), checks=("spans_resolve",)))
            compact.append(df.select("doc_id", "start", "end", "segment_id", "_file", ROW))
            seg_ids.append(df.select(_ids_hash(df["segment_id"]).alias("_h")))
        if not compact:
            continue
        seg = pl.concat(compact)
        mine = seg["doc_id"].unique()
        seg_docs.append(pl.DataFrame({"_h": _ids_hash(mine), "_sfile": [srel] * mine.len()}))
        lengths = pl.concat(list(doc_cache.values())).filter(
            pl.col("doc_id").is_in(mine.implode())) if doc_cache else pl.DataFrame(
            schema={"doc_id": pl.String, "text": pl.String})
        reports.append(run_gate({"documents": lengths, "segments": seg}, registry,
                                tables=(), checks=("segments_tile",)))
    doc_cache.clear()
    if seg_ids:
        reports.append(_duplicates(files, "segments", "segment_id", pl.concat(seg_ids)))
    reports.append(_every_document_segmented(files, doc_index, seg_docs))

    # the other sharded tables (drift), a shard index at a time
    if sharded:
        reports += _check_sharded(files, sharded, small, doc_index, registry)

    # every other table whole (they are annotation-sized), against the cited documents
    docs = pl.concat(cited, how="vertical_relaxed") if cited else None
    if docs is None:
        docs = files.empty("documents")
    docs = docs.with_columns(pl.col("derived_from").list.head(0))  # checked above
    rest = tuple(n for n in small)
    checks = tuple(c for c in CHECKS if c not in ("documents_hash_their_text", "segments_tile"))
    unsharded = registry
    if sharded:  # checked above: the registry without them
        unsharded = Registry({la.name: la for la in registry if la.name not in sharded})
    reports.append(run_gate({**small, "documents": docs}, unsharded, tables=rest,
                            checks=checks))
    return merge_reports(reports, {la.name: files.rows(la.name)
                                   for la in registry.release_layers()})


def _texts_of(files: _Files, i: int, columns: list[str]) -> pl.DataFrame:
    rel, pf = files.files["documents"][i]
    try:
        return pl.from_arrow(pf.read(columns=columns))
    except (pa.ArrowException, OSError) as e:
        raise CorpusError(f"{rel}: cannot be read", [Problem(
            rel, f"not a readable Parquet file ({str(e)[:200]})")]) from None


def _every_document_segmented(files: _Files, doc_index: pl.DataFrame,
                              seg_docs: list[pl.DataFrame]) -> GateReport:
    """Every document has segments, and a document's segments are in one file."""
    seg = pl.concat(seg_docs) if seg_docs else pl.DataFrame(schema={"_h": pl.UInt64,
                                                                    "_sfile": pl.String})
    problems, n = [], 0
    split = seg.filter(pl.col("_h").is_duplicated())
    missing = doc_index.filter(~pl.col("_h").is_in(seg["_h"].implode()))
    if split.height or missing.height:
        bad_h = pl.concat([split["_h"], missing["_h"]]).implode()
        for _, _, df in files.batches("documents", columns=["doc_id"], rows=64 * 1024):
            hit = df.filter(_ids_hash(df["doc_id"]).is_in(bad_h))
            for rec in hit.iter_rows(named=True):
                h = _ids_hash(pl.Series([rec["doc_id"]]))[0]
                where = split.filter(pl.col("_h") == h)["_sfile"].to_list()
                what = (f"document {rec['doc_id']} has segments in more than one file "
                        f"({', '.join(where)})" if where else
                        f"document {rec['doc_id']} has no segments")
                n += 1
                if len(problems) < MAX_PROBLEMS:
                    problems.append(Problem(rec["_file"], what, None,
                                            _record(rec["doc_id"], rec[ROW]), "doc_id",
                                            "segments:segments_tile"))
    return GateReport(rows={}, failures={"cross:segments_tile": n}, problems=problems)


def verify_release(folder: Path, digest: str | None = None) -> GateReport:
    name = shown(folder)
    if not folder.is_dir():
        raise CorpusError(f"{name}: not a folder", [Problem(name, "not a folder")])
    problems = check_manifest(folder)
    if problems:
        raise CorpusError(f"{name}: checksums do not verify", problems)
    problems = check_digest(folder, digest)
    if problems:
        raise CorpusError(f"{name}: data digest does not verify", problems)
    report = check_release(folder)
    report.raise_if_failed()
    return report

"""Cross-table checks, vectorised with polars.

Each check returns a DataFrame of failing rows with the columns of ``FAILURE_COLUMNS``,
so the gate can name the file, the line, the record and the field of every failure
without a Python loop over spans (slices are computed by polars in code points).
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from corpus.registry import REGISTRY, Registry

FAILURE_COLUMNS = ("table", "check", "field", "row", "what")
Frames = dict[str, pl.DataFrame]


def _fail(df: pl.DataFrame, table: str, check: str, field: str, what: pl.Expr) -> pl.DataFrame:
    return df.select(
        pl.lit(table).alias("table"),
        pl.lit(check).alias("check"),
        pl.lit(field).alias("field"),
        pl.col("_row").cast(pl.Int64).alias("row"),
        what.cast(pl.String).alias("what"),
    )


def _with_row(df: pl.DataFrame) -> pl.DataFrame:
    return df if "_row" in df.columns else df.with_row_index("_row")


def spans_resolve(frames: Frames, registry: Registry = REGISTRY) -> list[pl.DataFrame]:
    """Every span's doc exists, its end is inside the text, and its text is the slice."""
    docs = frames["documents"].select("doc_id", pl.col("text").alias("_doc_text"),
                                      pl.col("text").str.len_chars().alias("_doc_len"))
    out = []
    for la in registry:
        name, table = la.name, la.table
        if not table.spans or name not in frames:
            continue
        df = _with_row(frames[name]).join(docs, on="doc_id", how="left")
        out.append(_fail(df.filter(pl.col("_doc_len").is_null()), name, "doc_exists", "doc_id",
                         pl.format("unknown doc_id {}", pl.col("doc_id"))))
        df = df.filter(pl.col("_doc_len").is_not_null())
        for prefix in table.spans:
            p = f"{prefix}_" if prefix else ""
            s, e, t = pl.col(f"{p}start"), pl.col(f"{p}end"), pl.col(f"{p}text")
            present = df.filter(s.is_not_null() & e.is_not_null())
            if prefix:  # the main span's order is the table model's end_after_start
                disordered = present.filter((s < 0) | (e <= s))
                out.append(_fail(disordered, name, "end_after_start", f"{p}end",
                                 pl.format("{}start {} is not before {}end {}", pl.lit(p), s,
                                           pl.lit(p), e)))
            present = present.filter((s >= 0) & (e > s))  # never slice a reversed span
            past = present.filter(e > pl.col("_doc_len"))
            out.append(_fail(past, name, "span_inside_document", f"{p}end",
                             pl.format("end {} is past the text (length {})", e,
                                       pl.col("_doc_len"))))
            inside = _with_slices(present.filter(e <= pl.col("_doc_len")), s, e, f"{p}start",
                                  f"{p}end")
            bad = inside.filter(pl.col("_slice").ne_missing(t))
            out.append(_fail(bad, name, "text_matches_offsets", f"{p}text",
                             pl.struct(t.alias("a"), pl.col("_slice").alias("b"),
                                       s.alias("s"), e.alias("e"))
                             .map_elements(_mismatch, return_dtype=pl.String)))
    return out


LONG_DOCUMENT = 50_000  # code points; above this, slices are taken in Python


def _with_slices(df: pl.DataFrame, s: pl.Expr, e: pl.Expr, scol: str, ecol: str
                 ) -> pl.DataFrame:
    """``_slice`` = the document's text[start:end] for every row, in linear time.

    polars slices UTF-8 by counting code points from the start of the string for every
    row, so many spans in one long page are quadratic (80,000 spans in an 8 MB page: 199 s).
    Python strings index code points in constant time: long documents are sliced there.
    """
    short = df.filter(pl.col("_doc_len") <= LONG_DOCUMENT).with_columns(
        pl.col("_doc_text").str.slice(s, e - s).alias("_slice"))
    long = df.filter(pl.col("_doc_len") > LONG_DOCUMENT)
    if long.height == 0:
        return short
    texts = dict(long.select("doc_id", "_doc_text").unique("doc_id").iter_rows())
    vals = [texts[d][a:b] for d, a, b in zip(long["doc_id"].to_list(), long[scol].to_list(),
                                              long[ecol].to_list(), strict=True)]
    long = long.with_columns(pl.Series("_slice", vals, pl.String))
    return pl.concat([short, long], how="vertical_relaxed")


def _show(text: str, width: int = 30) -> str:
    """A short quoted rendering for messages (line ends and tabs visible)."""
    short = text[:width].replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t")
    return f"'{short}{'…' if len(text) > width else ''}'"


def _mismatch(row: dict) -> str:
    """Where a span's stored text and the document's slice first differ."""
    a, b, s, e = row["a"], row["b"], row["s"], row["e"]
    if a is None:
        return f"text is missing; document[{s}:{e}] = {_show(b)}"
    i = next((k for k, (x, y) in enumerate(zip(a, b, strict=False)) if x != y),
             min(len(a), len(b)))
    ctx = max(0, i - 10)
    return (f"text differs from document[{s}:{e}] at character {i} (document offset {s + i}): "
            f"text has {_show(a[ctx:])}, the document has {_show(b[ctx:])}"
            + (f" (lengths {len(a)} and {len(b)})" if len(a) != len(b) else ""))


def documents_hash_their_text(frames: Frames, registry: Registry = REGISTRY
                              ) -> list[pl.DataFrame]:
    """``sha256`` is recomputed from ``text`` (a zeroed or stale digest is caught)."""
    import hashlib

    docs = _with_row(frames["documents"])
    actual = [hashlib.sha256(t.encode("utf-8", "surrogatepass")).hexdigest() if t is not None
              else None for t in docs["text"].to_list()]
    docs = docs.with_columns(pl.Series("_actual", actual, pl.String))
    bad = docs.filter(pl.col("_actual").ne_missing(pl.col("sha256")))
    return [_fail(bad, "documents", "sha256_of_text", "sha256",
                  pl.format("sha256 {} is not the sha256 of the text ({})", pl.col("sha256"),
                            pl.col("_actual")))]


def keys_unique(frames: Frames, registry: Registry = REGISTRY) -> list[pl.DataFrame]:
    """Tables without an id column (claim_evidence) must not repeat their key: a row
    listed twice would be counted twice by every user."""
    out = []
    for la in registry.release_layers():
        table = la.table
        if table.id_column or not table.key or la.name not in frames:
            continue
        df = _with_row(frames[la.name])
        key = list(table.key)
        first = df.group_by(key, maintain_order=True).agg(pl.col("_row").min().alias("_first"))
        dup = df.join(first, on=key, how="left", nulls_equal=True).filter(
            pl.col("_row") != pl.col("_first"))
        if "_line" in df.columns:
            lines = df.select(pl.col("_row").alias("_first"), pl.col("_line").alias("_fline"))
            dup = dup.join(lines, on="_first", how="left")
            what = pl.format("duplicate row: the same {} as line {}", pl.lit(", ".join(key)),
                             pl.col("_fline"))
        else:
            what = pl.format("duplicate row: the same {} as row {}", pl.lit(", ".join(key)),
                             pl.col("_first"))
        out.append(_fail(dup, la.name, "key_unique", key[0], what))
    return out


def segments_tile(frames: Frames, registry: Registry = REGISTRY) -> list[pl.DataFrame]:
    """Segments of each document start at 0, follow each other without gap or overlap,
    and end at the end of the text; every document has segments."""
    docs = frames["documents"].select("doc_id", pl.col("text").str.len_chars().alias("_len"))
    seg = _with_row(frames["segments"]).sort("doc_id", "start").with_columns(
        pl.col("end").shift(1).over("doc_id").alias("_prev_end"))
    seg = seg.join(docs, on="doc_id", how="left")
    first = seg.filter(pl.col("_prev_end").is_null() & (pl.col("start") != 0))
    step = seg.filter(pl.col("_prev_end").is_not_null() & (pl.col("start") != pl.col("_prev_end")))
    last = seg.group_by("doc_id").agg(pl.col("_row").last(), pl.col("end").max(),
                                      pl.col("_len").first())
    short = last.filter(pl.col("end") != pl.col("_len"))
    missing = docs.join(seg.select("doc_id").unique(), on="doc_id", how="anti").with_columns(
        pl.lit(None, pl.Int64).alias("_row"))
    return [
        _fail(first, "segments", "segments_tile", "start",
              pl.format("first segment of {} starts at {}, not 0", pl.col("doc_id"),
                        pl.col("start"))),
        _fail(step, "segments", "segments_tile", "start",
              pl.when(pl.col("start") > pl.col("_prev_end"))
              .then(pl.format("gap: previous segment ends at {}, this one starts at {}",
                              pl.col("_prev_end"), pl.col("start")))
              .otherwise(pl.format("overlap: previous segment ends at {}, this one starts at {}",
                                   pl.col("_prev_end"), pl.col("start")))),
        _fail(short, "segments", "segments_tile", "end",
              pl.format("segments of {} end at {}, text length is {}", pl.col("doc_id"),
                        pl.col("end"), pl.col("_len"))),
        _fail(missing, "segments", "segments_tile", "doc_id",
              pl.format("document {} has no segments", pl.col("doc_id"))),
    ]


def foreign_keys(frames: Frames, registry: Registry = REGISTRY) -> list[pl.DataFrame]:
    """Every registered foreign key resolves (list columns: every element); a document is
    not its own parent."""
    out = []
    for la in registry:
        for fk in la.foreign_keys:
            target = pl.concat([frames[t][c] for t, c in fk.targets]).cast(pl.String)
            df = _with_row(frames[la.name])
            if fk.explode:
                df = df.explode(fk.column)
            bad = df.filter(pl.col(fk.column).is_not_null()
                            & ~pl.col(fk.column).is_in(target.implode()))
            table = la.name
            out.append(_fail(bad, table, "foreign_key", fk.column,
                             pl.format(fk.what, pl.col(fk.column))))
    if "documents" in registry:  # a part of the gate may check other tables' keys only
        self_parent = _with_row(frames["documents"]).explode("derived_from").filter(
            pl.col("derived_from") == pl.col("doc_id"))
        out.append(_fail(self_parent, "documents", "not_own_parent", "derived_from",
                         pl.lit("a document cannot derive from itself")))
    return out


def mention_label_matches_entity(frames: Frames, _registry: Registry = REGISTRY
        ) -> list[pl.DataFrame]:
    ents = frames["entities"].select("entity_id", pl.col("label").alias("_elabel"))
    df = _with_row(frames["mentions"]).join(ents, on="entity_id", how="inner")
    bad = df.filter(pl.col("label") != pl.col("_elabel"))
    return [_fail(bad, "mentions", "label_matches_entity", "label",
                  pl.format("label {} but entity {} is {}", pl.col("label"),
                            pl.col("entity_id"), pl.col("_elabel")))]


def refuted_claims_have_evidence(frames: Frames, _registry: Registry = REGISTRY
        ) -> list[pl.DataFrame]:
    ev = frames["claim_evidence"].select("claim_id").unique()
    df = _with_row(frames["claims"]).filter(pl.col("status") == "refuted")
    bad = df.join(ev, on="claim_id", how="anti").filter(pl.col("world_knowledge").is_null())
    return [_fail(bad, "claims", "refuted_has_evidence", "status",
                  pl.lit("refuted but no claim_evidence span and no world_knowledge"))]


def clusters_span_documents(frames: Frames, _registry: Registry = REGISTRY
        ) -> list[pl.DataFrame]:
    """A cluster groups renderings of one utterance in different documents."""
    df = _with_row(frames["quotes"]).filter(pl.col("cluster_id").is_not_null())
    ndocs = df.group_by("cluster_id").agg(pl.col("doc_id").n_unique().alias("_ndocs"))
    bad = df.join(ndocs, on="cluster_id").filter(pl.col("_ndocs") < 2)
    return [_fail(bad, "quotes", "cluster_spans_documents", "cluster_id",
                  pl.format("cluster {} has members in only one document",
                            pl.col("cluster_id")))]


def alignment_targets_resolve(frames: Frames, _registry: Registry = REGISTRY
                              ) -> list[pl.DataFrame]:
    """An alignment's target span lies inside target_doc_id's text and is its slice; the
    target document exists and belongs to the same story; version pairs name documents."""
    if "alignments" not in frames:
        return []
    docs = frames["documents"].select(pl.col("doc_id").alias("target_doc_id"),
                                      pl.col("story_id").alias("_tstory"),
                                      pl.col("text").alias("_ttext"),
                                      pl.col("text").str.len_chars().alias("_tlen"))
    stories = frames["documents"].select("doc_id", pl.col("story_id").alias("_story"))
    df = (_with_row(frames["alignments"]).join(docs, on="target_doc_id", how="left")
          .join(stories, on="doc_id", how="left"))
    named = df.filter(pl.col("target_doc_id").is_not_null())
    out = [_fail(named.filter(pl.col("_tlen").is_null()), "alignments", "doc_exists",
                 "target_doc_id", pl.format("unknown target_doc_id {}", pl.col("target_doc_id")))]
    known = named.filter(pl.col("_tlen").is_not_null())
    out.append(_fail(known.filter(pl.col("_story").is_not_null()
                                  & (pl.col("_story") != pl.col("_tstory"))),
                     "alignments", "same_story", "target_doc_id",
                     pl.format("{} is in story {}, not {}", pl.col("target_doc_id"),
                               pl.col("_tstory"), pl.col("_story"))))
    s, e, t = pl.col("target_start"), pl.col("target_end"), pl.col("target_text")
    present = known.filter(s.is_not_null() & e.is_not_null())
    out.append(_fail(present.filter((s < 0) | (e <= s)), "alignments", "end_after_start",
                     "target_end", pl.format("target_start {} is not before target_end {}", s,
                                             e)))
    present = present.filter((s >= 0) & (e > s))  # never slice a reversed span
    out.append(_fail(present.filter(e > pl.col("_tlen")), "alignments", "span_inside_document",
                     "target_end", pl.format("target_end {} is past the target text (length {})",
                                             e, pl.col("_tlen"))))
    inside = present.filter((e <= pl.col("_tlen")) & (e >= s)).with_columns(
        pl.col("_ttext").str.slice(s, e - s).alias("_slice"))
    out.append(_fail(inside.filter(pl.col("_slice").ne_missing(t)), "alignments",
                     "text_matches_offsets", "target_text",
                     pl.struct(t.alias("a"), pl.col("_slice").alias("b"), s.alias("s"),
                               e.alias("e")).map_elements(_mismatch, return_dtype=pl.String)))
    if "version_pairs" in frames:
        ids = frames["documents"]["doc_id"].implode()
        for col in ("doc_id", "target_doc_id"):
            vp = _with_row(frames["version_pairs"])
            out.append(_fail(vp.filter(~pl.col(col).is_in(ids)), "version_pairs",
                             "foreign_key", col, pl.format("document {} does not exist",
                                                           pl.col(col))))
    return out


CHECKS: dict[str, Callable[[Frames, Registry], list[pl.DataFrame]]] = {
    "spans_resolve": spans_resolve,
    "documents_hash_their_text": documents_hash_their_text,
    "keys_unique": keys_unique,
    "segments_tile": segments_tile,
    "foreign_keys": foreign_keys,
    "mention_label_matches_entity": mention_label_matches_entity,
    "refuted_claims_have_evidence": refuted_claims_have_evidence,
    "clusters_span_documents": clusters_span_documents,
    "alignment_targets_resolve": alignment_targets_resolve,
}


def run_cross_checks(frames: Frames, registry: Registry = REGISTRY,
                     checks: tuple[str, ...] | None = None) -> pl.DataFrame:
    """All failures of the cross-table checks (all, or those named), in a stable order."""
    chosen = {n: c for n, c in CHECKS.items() if checks is None or n in checks}
    parts = [f.with_columns(pl.lit(name).alias("group"))
             for name, check in chosen.items() for f in check(frames, registry)]
    empty = pl.DataFrame(schema={"table": pl.String, "check": pl.String, "field": pl.String,
                                 "row": pl.Int64, "what": pl.String, "group": pl.String})
    return pl.concat([empty, *parts]).sort("table", "check", "row", "field", nulls_last=True)

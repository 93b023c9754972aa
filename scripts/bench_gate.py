"""Benchmark the gate on synthetic data: how fast are the span and tiling checks at scale?

Prints a table of rows/s for each check. Targets (2-core CI machine): the span check
(``text == documents.text[start:end]`` for every span) >= 1M spans/s, the whole gate on
1M mentions well under a minute. Run: ``make bench`` or
``.venv/bin/python scripts/bench_gate.py --docs 20000 --spans-per-doc 50``.
"""

from __future__ import annotations

import argparse
import random
import time

import polars as pl
from rich.console import Console
from rich.table import Table

from schemas.cross import segments_tile, spans_resolve

WORDS = ["Paris", "Kyiv", "said", "the", "coalition", "“quote”", "😀", "e\u0301", "\r\n", "\u00a0"]


def synthetic(n_docs: int, spans_per_doc: int, seed: int = 0) -> dict[str, pl.DataFrame]:
    rng = random.Random(seed)
    texts = [" ".join(rng.choice(WORDS) for _ in range(200)) for _ in range(n_docs)]
    doc_ids = [f"d{i:07d}" for i in range(n_docs)]
    docs = pl.DataFrame({
        "doc_id": doc_ids, "story_id": "s", "text": texts,
        "sha256": "0" * 64, "source_file": "x", "language": "en",
        "outlet": None, "date": None, "derivation": "copy", "derivation_note": "n",
        "authorship": "human", "authorship_note": "n",
        "derived_from": [[] for _ in doc_ids], "uncertain": False, "note": None,
    }, schema_overrides={"outlet": pl.String, "date": pl.String, "note": pl.String,
                         "derived_from": pl.List(pl.String)})
    rows = []
    for d, t in zip(doc_ids, texts, strict=True):
        for _ in range(spans_per_doc):
            s = rng.randrange(0, len(t) - 5)
            e = s + rng.randrange(1, 5)
            rows.append((d, s, e, t[s:e]))
    spans = pl.DataFrame(rows, schema=["doc_id", "start", "end", "text"], orient="row")
    mentions = spans.with_columns(
        pl.format("m{}", pl.int_range(pl.len())).alias("mention_id"), pl.lit("DATE").alias("label"),
        pl.lit(None, pl.String).alias("entity_id"), pl.lit("body").alias("segment_kind"),
        pl.lit(False).alias("uncertain"), pl.lit(None, pl.String).alias("note"))
    segs = docs.select("doc_id", pl.lit(0).cast(pl.Int64).alias("start"),
                       pl.col("text").str.len_chars().cast(pl.Int64).alias("end"), "text",
                       pl.lit("body").alias("kind"), pl.lit(False).alias("boilerplate"),
                       pl.format("{}:s000", "doc_id").alias("segment_id"))
    return {"documents": docs, "segments": segs, "mentions": mentions}


def timed(fn, *args) -> float:
    t0 = time.perf_counter()
    fn(*args)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--docs", type=int, default=20_000)
    ap.add_argument("--spans-per-doc", type=int, default=50)
    args = ap.parse_args()
    frames = synthetic(args.docs, args.spans_per_doc)
    n = frames["mentions"].height
    only = {"documents": frames["documents"], "mentions": frames["mentions"]}
    t_span = timed(spans_resolve, only)
    t_tile = timed(segments_tile, frames)
    from schemas.mentions import MentionsModel

    pdf = frames["mentions"].to_pandas()
    def pandera_mentions() -> None:
        # Random spans may start on white space; we time the checks, failures or not.
        import pandera.errors

        try:
            MentionsModel.validate(pdf, lazy=True)
        except pandera.errors.SchemaErrors:
            pass

    t_pandera = timed(pandera_mentions)
    table = Table(title=f"gate benchmark: {args.docs:,} documents, {n:,} spans")
    for col in ("check", "rows", "seconds", "rows/s"):
        table.add_column(col, justify="right" if col != "check" else "left")
    for name, rows, t in (("span text == document slice (polars)", n, t_span),
                          ("segments tile documents (polars)", args.docs, t_tile),
                          ("pandera MentionsModel (field checks)", n, t_pandera)):
        table.add_row(name, f"{rows:,}", f"{t:.2f}", f"{rows / t:,.0f}")
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    table.caption = f"peak memory (RSS) of the whole run: {peak:,.0f} MiB"
    Console().print(table)


if __name__ == "__main__":
    main()

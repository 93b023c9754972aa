"""Benchmark the per-document steps: segmenter and pre-annotators, in characters per second.

Runs each step over the seed texts repeated ``--copies`` times (as separate documents) and
prints a table. Target on a 2-core CI machine: the segmenter >= 1M chars/s, the quote
extractor and the entity pre-annotator >= 100k chars/s each, so a 100k-article crawl
(~500M chars) pre-annotates in about an hour per core. Run:
``.venv/bin/python scripts/bench_pipeline.py --copies 200``.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus.documents import texts_from_paths  # noqa: E402
from corpus.preannotate import extract_mentions, extract_quotes  # noqa: E402
from corpus.segment import segment_text  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, default=50)
    args = ap.parse_args()
    texts = list(texts_from_paths([ROOT / "seeds"]).values()) * args.copies
    chars = sum(map(len, texts))
    extract_mentions(texts[0])  # build the spaCy pipeline once, outside the timing
    table = Table(title=f"per-document steps: {len(texts):,} documents, {chars:,} characters")
    for col in ("step", "seconds", "chars/s", "docs/s"):
        table.add_column(col, justify="left" if col == "step" else "right")
    for name, fn in (("segment_text", segment_text), ("extract_quotes", extract_quotes),
                     ("extract_mentions", extract_mentions)):
        t0 = time.perf_counter()
        for t in texts:
            fn(t)
        dt = time.perf_counter() - t0
        table.add_row(name, f"{dt:.2f}", f"{chars / dt:,.0f}", f"{len(texts) / dt:,.1f}")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    table.caption = f"peak memory (RSS): {peak:,.0f} MiB"
    Console().print(table)


if __name__ == "__main__":
    main()

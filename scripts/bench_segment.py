"""Benchmark the rule-based segmenter against a plain line-scanning reference, from one run.

Why: issue 7's target is a segmenter of at least 20M characters/s per core, and a 4 MB page
within 5x the time of a 1 MB page (linear in page size). The machine may be shared, so each
row also times a plain reference over the same text in the same run: ``str.splitlines``
plus one compiled regex scan (``re.finditer`` over the whole text for a furniture word).
Its speed says how loaded the machine is; the ratio to it stays meaningful when absolute
figures do not. Figures are CPU time (``time.process_time``) of this process, median of
``--runs``; benchmarks print figures, they are not timed tests. The segmenter's memos
(answers remembered per line or paragraph text) are cleared before each run, so that a
run never reads what the previous run over the same pages left; the pages of one run
share them, as a site's pages and a story's copies do in a release.

Rows: the synthetic pages of ``scripts/bench_scale.py`` (``corpus/synthetic.py``: page
furniture, CRLF, NBSP, emoji), the real pages first seen (the dev evaluation pages only:
``evaluation/manifest.jsonl``'s split ``dev``, read byte-exact, about 2 KB each; the test and
held-out pages are never run here, so that no benchmark reads them; memos cleared before
each of ``--real-runs`` runs: most synthetic lines repeat, so their memos answer them,
while a real page's lines are new and pay the segmenter's fixed per-page passes), the
five seeds repeated, a list of 20,000 short lines, and one long page of 1, 2 and 4 MB.

    .venv/bin/python scripts/bench_segment.py                 # 3000 pages, 3 runs
    .venv/bin/python scripts/bench_segment.py --pages 500 --runs 1 --long 1 4
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus import synthetic  # noqa: E402
from corpus.documents import texts_from_paths  # noqa: E402
from corpus.segment import clear_memos, segment_text  # noqa: E402

_REF = re.compile(r"advertisement|source link|related", re.I)


def reference(text: str) -> int:
    """The plain reference: split into lines, one regex scan over the text."""
    return len(text.splitlines()) + sum(1 for _ in _REF.finditer(text))


def cpu(fn: Callable[[str], object], texts: list[str], runs: int,
        before: Callable[[], object] = lambda: None) -> float:
    """Median CPU seconds of fn over every text (before() untimed, before each run)."""
    times = []
    for _ in range(runs):
        before()
        t0 = time.process_time()
        for t in texts:
            fn(t)
        times.append(time.process_time() - t0)
    return statistics.median(times)


def dev_pages() -> list[str]:
    """The dev evaluation pages (manifest split ``dev``), byte-exact, sha256 checked: the
    evaluation set's own reader, so no split rule is written again here."""
    from corpus.evalset import load_texts, split_pages

    return list(load_texts(ROOT, split_pages(ROOT, "dev")).values())


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3000, help="synthetic pages (2-15 KB each)")
    ap.add_argument("--seed-copies", type=int, default=100, help="times the seeds are repeated")
    ap.add_argument("--long", type=float, nargs="*", default=[1, 2, 4], help="long pages, MB")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--real-runs", type=int, default=5, help="runs of the real-pages row")
    args = ap.parse_args()
    real = dev_pages()
    rows: list[tuple[str, list[str]]] = [
        (f"synthetic pages ({args.pages:,})", [synthetic.page(3, i) for i in range(args.pages)]),
        (f"real dev pages, first seen ({len(real)})", real),
        (f"seeds x {args.seed_copies}",
         list(texts_from_paths([ROOT / "seeds"]).values()) * args.seed_copies),
    ]
    rows.append(("list of 20,000 short lines",  # was a timed test (tests/test_segment.py)
                 ["\n".join(f"line {i} of a long list of short lines" for i in range(20000))]))
    rows += [(f"long page {mb:g} MB", [synthetic.long_page(mb)]) for mb in args.long]
    t = Table(title=f"segmenter vs plain reference (CPU time, median of {args.runs}, "
              f"{args.real_runs} for the real pages; "
              "machine may be shared)")
    for col in ("input", "characters", "segmenter s", "segmenter M chars/s", "reference s",
                "reference M chars/s", "ratio", "vs 1st long page"):
        t.add_column(col, justify="left" if col == "input" else "right")
    first_long = None
    for name, texts in rows:
        chars = sum(map(len, texts))
        runs = args.real_runs if name.startswith("real") else args.runs
        seg = cpu(segment_text, texts, runs, clear_memos)
        ref = cpu(reference, texts, runs)
        growth = ""
        if name.startswith("long"):
            first_long = first_long or seg
            growth = f"{seg / first_long:.1f}x"
        t.add_row(name, f"{chars:,}", f"{seg:.3f}", f"{chars / seg / 1e6:.1f}", f"{ref:.3f}",
                  f"{chars / ref / 1e6:.0f}", f"{seg / ref:.1f}x", growth)
    t.caption = ("targets (issue 7): segmenter >= 20M characters/s per core; a 4 MB page "
                 "within 5x the time of a 1 MB page")
    Console(width=max(Console().width, 140)).print(t)


if __name__ == "__main__":
    main()

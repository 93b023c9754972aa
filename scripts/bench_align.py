"""Benchmark: aligning a story of many versions (target: 1,000 versions of ~5 KB in under
a minute on the project's 2-core machine; cost close to linear in the number of versions).

Synthetic story: a 5 KB base article of 20 paragraphs; each version drops, rewords, moves
or adds a few paragraphs and some are wrapped in furniture, like copies and updates.
Times ``corpus.drift.story.analyse`` (MinHash-blocked duplicates, candidate parents,
passage alignment, derivation proposals, quote clustering of 3 quotes per version) on
precomputed segments; the segmenter's own time is printed apart. Reference measured in
the same run: exact Python all-pairs Jaccard of the shingle sets on the smallest story,
the cost the blocking avoids. One run; the machine may be shared, so read the ratios.

    python scripts/bench_align.py [--sizes 250,500,1000,2000]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from corpus.drift.quotes import Quote  # noqa: E402
from corpus.drift.story import Version, analyse  # noqa: E402
from corpus.drift.text import shingles  # noqa: E402
from corpus.segment import segment_text  # noqa: E402

WORDS = ("minister government council report security talks leaders agreement city river "
         "market prices energy workers union court judge police election campaign voters "
         "hospital school budget tax trade border army ceasefire village storm rescue").split()


def paragraph(rng: random.Random, n: int) -> str:
    ws = [rng.choice(WORDS) for _ in range(n)]
    ws[0] = ws[0].capitalize()
    return " ".join(ws) + "."


def story(n: int, seed: int = 7) -> list[tuple[str, str]]:
    rng = random.Random(seed)
    base = [paragraph(rng, 40) for _ in range(20)]
    base[3] = f"“{paragraph(rng, 14)[:-1]},” the minister said. " + base[3]
    base[9] = base[9] + f" “{paragraph(rng, 12)[:-1]}.”"
    base[15] = f"The mayor said “{paragraph(rng, 10)[:-1]}” on Monday."
    out = []
    for i in range(n):
        ps = list(base)
        for _ in range(rng.randint(0, 3)):
            ps.pop(rng.randrange(len(ps)))
        for _ in range(rng.randint(0, 3)):
            k = rng.randrange(len(ps))
            ws = ps[k].split()
            for _ in range(5):
                ws[rng.randrange(len(ws))] = rng.choice(WORDS)
            ps[k] = " ".join(ws)
        for _ in range(rng.randint(0, 2)):
            ps.insert(rng.randrange(len(ps) + 1), paragraph(rng, 35))
        text = "\n\n".join(ps)
        if rng.random() < 0.3:
            text = "21.5 C\nSpringfield\n\n- Advertisement -\n\n" + text + "\n\nSource link"
        out.append((f"v{i:05d}", text))
    return out


def quotes_of(named: list[tuple[str, str]]) -> list[Quote]:
    qs = []
    for i, (d, t) in enumerate(named):
        for k, (a, b) in enumerate(_spans(t)):
            qs.append(Quote(f"q:{d}:{k}", d, i, a, b, t[a:b], "direct"))
    return qs


def _spans(t: str) -> list[tuple[int, int]]:
    out, s = [], t.find("“")
    while s >= 0:
        e = t.find("”", s)
        if e < 0:
            break
        out.append((s + 1, e))
        s = t.find("“", e)
    return out


def all_pairs_jaccard(named: list[tuple[str, str]]) -> float:
    t0 = time.perf_counter()
    sets = [shingles(t) for _, t in named]
    for i in range(len(sets)):
        for j in range(i):
            len(sets[i] & sets[j]) / (len(sets[i] | sets[j]) or 1)
    return time.perf_counter() - t0


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="250,500,1000,2000")
    sizes = [int(x) for x in ap.parse_args().sizes.split(",")]
    print("| versions | KB/version | segment s | align s | ms/version | vs smallest | "
          "pairs aligned | alignment rows |")
    print("|---|---|---|---|---|---|---|---|")
    first = None
    for n in sizes:
        named = story(n)
        t0 = time.perf_counter()
        versions = [Version(d, t, segment_text(t)) for d, t in named]
        seg = time.perf_counter() - t0
        qs = quotes_of(named)
        t0 = time.perf_counter()
        res = analyse(versions, qs)
        dt = time.perf_counter() - t0
        per = dt / n * 1000
        first = first or per
        kb = sum(len(t.encode()) for _, t in named) / n / 1024
        pairs = sum(len(v) for v in res.reuse.values())
        print(f"| {n} | {kb:.1f} | {seg:.1f} | {dt:.1f} | {per:.1f} | {per / first:.2f}x | "
              f"{pairs} | {len(res.alignments)} |")
    small = story(sizes[0])
    ref = all_pairs_jaccard(small)
    print(f"\nReference (same run): exact all-pairs Jaccard in Python on {sizes[0]} versions "
          f"took {ref:.1f} s ({sizes[0] * (sizes[0] - 1) // 2} pairs); it grows with the "
          "square of the number of versions, which the MinHash blocking avoids.")


if __name__ == "__main__":
    main()

"""Benchmark `corpus release` at scale against a plain-pyarrow reference, from one run.

For each size (default 1k, 10k, 100k documents) a throw-away project is made: the seeds,
their gold layers, and a second source of synthetic news pages (``corpus/synthetic.py``:
2-15 KB each, page furniture, CRLF, NBSP, emoji) with a gold label record per page. Then,
interleaved and ``--runs`` times each (the median is printed):

- ``corpus release`` (a separate process, default engine: worker processes on all cores),
  the whole command: read, hash, segment, validate, write Parquet, card, checksums;
- the reference: one process that reads every file, checks its sha256, builds an Arrow
  table, writes it as zstd Parquet with the release's writer settings and reads it back.

Printed: wall time, ratio to the reference, MB/s of source text, and peak RSS of the whole
process tree (the release's workers included), sampled every 50 ms. Then the segmenter on one
long page of 1, 2 and 4 MB (time should grow linearly) and its speed per core.

Targets (issue 7, on a 2-core machine): the release within 3x the reference at 100k
documents, using both cores; peak RSS at most 2 GB at 100k and flat as N grows; the
segmenter >= 20M characters/s per core; a 4 MB page within 5x the time of a 1 MB page.
Benchmarks print figures; they are not timed tests. The machine may be shared: ratios
against a reference measured in the same run stay meaningful, absolute times less so.

    .venv/bin/python scripts/bench_scale.py                      # 1k, 10k, 100k; 3 runs
    .venv/bin/python scripts/bench_scale.py --sizes 1000000 --runs 1 --keep   # one 1M run
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpus import synthetic  # noqa: E402

REFERENCE = r'''
import hashlib, json, sys
from pathlib import Path
import pyarrow as pa, pyarrow.parquet as pq
sys.path.insert(0, sys.argv[3])
from corpus.release import PARQUET_OPTIONS
src, out = Path(sys.argv[1]), Path(sys.argv[2])
ids, texts, shas = [], [], []
for line in (src / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
    m = json.loads(line)
    data = (src / m["file"]).read_bytes()
    sha = hashlib.sha256(data).hexdigest()
    assert sha == m["sha256"]
    ids.append(m["doc_id"]); texts.append(data.decode("utf-8")); shas.append(sha)
table = pa.table({"doc_id": ids, "text": pa.array(texts, pa.large_string()), "sha256": shas})
with pq.ParquetWriter(out, table.schema, **PARQUET_OPTIONS) as w:
    w.write_table(table, row_group_size=64 * 1024)
back = pq.read_table(out)
assert back.num_rows == len(ids)
'''


def _rss(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    except (FileNotFoundError, ProcessLookupError, PermissionError):
        pass
    return 0


def tree_rss(pid: int) -> tuple[int, int]:
    """(resident memory of a process and all its descendants, of the process alone), in
    bytes (Linux /proc): the second shows whether the main process stays flat while
    worker processes hold one shard each."""
    total, todo, seen = 0, [pid], set()
    while todo:
        p = todo.pop()
        if p in seen:
            continue
        seen.add(p)
        total += _rss(p)
        try:
            for t in Path(f"/proc/{p}/task").iterdir():
                kids = (t / "children").read_text().split()
                todo.extend(int(k) for k in kids)
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total, _rss(pid)


def timed(cmd: list[str], cwd: Path | None = None) -> tuple[float, int, int]:
    """(wall seconds, peak tree RSS bytes, peak RSS of the process itself); raises if it
    fails."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    peak = [0, 0]

    def sample() -> None:
        while proc.poll() is None:
            tree, own = tree_rss(proc.pid)
            peak[0], peak[1] = max(peak[0], tree), max(peak[1], own)
            time.sleep(0.05)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    out, err = proc.communicate()
    th.join()
    dt = time.perf_counter() - t0
    if proc.returncode:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.decode()[-3000:]}")
    return dt, peak[0], peak[1]


def make_project(folder: Path, n: int) -> tuple[Path, int]:
    """A copy of the project's inputs plus n synthetic pages; returns (root, source bytes)."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in ("pyproject.toml", "CHANGELOG.md", "CITATION.cff", "seeds", "annotations"):
        src = ROOT / name
        (shutil.copytree if src.is_dir() else shutil.copy2)(src, folder / name)
    labels = synthetic.write_corpus(folder / "synthetic", n, seed=11)
    with (folder / "annotations" / "gold" / "documents.jsonl").open("a", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in labels)
    pp = folder / "pyproject.toml"
    pp.write_text(pp.read_text(encoding="utf-8").replace(
        'sources = ["seeds"]', 'sources = ["seeds", "synthetic"]'), encoding="utf-8")
    size = sum(p.stat().st_size for p in (folder / "synthetic").glob("*.txt"))
    size += sum(p.stat().st_size for p in (folder / "seeds").glob("*.txt"))
    return folder, size


def bench_size(n: int, runs: int, work: Path, keep: bool, extra: list[str]) -> dict:
    root, size = make_project(work / f"n{n}", n)
    # the interpreter running this script (the project venv via make bench, or a worktree's)
    corpus = [sys.executable, "-m", "corpus", "release", "--root", str(root), *extra]
    ref_script = work / "reference.py"
    ref_script.write_text(REFERENCE, encoding="utf-8")
    rel, ref = [], []
    for i in range(runs):  # interleaved: both see the same machine load
        shutil.rmtree(root / "dist", ignore_errors=True)
        rel.append(timed(corpus))
        out = work / "reference.parquet"
        ref.append(timed([sys.executable, str(ref_script), str(root / "synthetic"), str(out),
                          str(ROOT)]))
        out.unlink(missing_ok=True)
        print(f"  run {i + 1}: release {rel[-1][0]:.1f} s ({rel[-1][1] / 2**20:,.0f} MiB; main "
              f"process {rel[-1][2] / 2**20:,.0f} MiB), "
              f"reference {ref[-1][0]:.1f} s", flush=True)
    files = sorted((root / "dist").glob("storydrift-*/data/*.parquet"))
    res = {"documents": n + 5, "source_mb": size / 1e6,
           "release_s": statistics.median(t for t, _, _ in rel),
           "release_rss": max(m for _, m, _ in rel),
           "release_main_rss": max(m for _, _, m in rel),
           "reference_s": statistics.median(t for t, _, _ in ref),
           "reference_rss": max(m for _, m, _ in ref), "files": len(files),
           "runs": runs}
    if not keep:
        shutil.rmtree(root, ignore_errors=True)
    return res


def bench_long_pages(sizes: list[float]) -> list[tuple[float, int, float, float]]:
    """(MB, segments, segmenter CPU s, reference CPU s) per long page."""
    from bench_segment import reference

    from corpus.segment import segment_text

    out = []
    for mb in sizes:
        page = synthetic.long_page(mb)
        t0 = time.process_time()
        segs = segment_text(page)
        t1 = time.process_time()
        reference(page)
        out.append((mb, len(segs), t1 - t0, time.process_time() - t1))
    return out


def segmenter_speed() -> tuple[float, float]:
    """Characters/s per core of the segmenter and of the same-run reference
    (scripts/bench_segment.py has the full table)."""
    from bench_segment import reference

    from corpus.segment import segment_text

    pages = [synthetic.page(3, i) for i in range(3000)]
    chars = sum(map(len, pages))
    t0 = time.process_time()
    for p in pages:
        segment_text(p)
    t1 = time.process_time()
    for p in pages:
        reference(p)
    return chars / (t1 - t0), chars / (time.process_time() - t1)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[1000, 10_000, 100_000])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--long", type=float, nargs="*", default=[1, 2, 4])
    ap.add_argument("--keep", action="store_true", help="keep the generated projects")
    ap.add_argument("--work", type=Path, help="folder for the generated projects")
    ap.add_argument("--json", type=Path, help="also write the figures as JSON")
    ap.add_argument("release_args", nargs="*", help="extra corpus release arguments "
                    "(after --), e.g. -- --engine ray")
    args = ap.parse_args()
    con = Console()
    work = args.work or Path(tempfile.mkdtemp(prefix="storydrift-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    results = []
    for n in args.sizes:
        con.print(f"[{time.strftime('%H:%M:%S')}] {n:,} documents ...")
        results.append(bench_size(n, args.runs, work, args.keep, args.release_args))
        r = results[-1]
        con.print(f"  release {r['release_s']:.1f} s, reference {r['reference_s']:.1f} s, "
                  f"ratio {r['release_s'] / r['reference_s']:.1f}x, peak RSS "
                  f"{r['release_rss'] / 2**20:,.0f} MiB")
        if args.json:  # after every size, so a long run leaves what it measured
            args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    t = Table(title=f"corpus release vs plain pyarrow (median of {args.runs}; {os.cpu_count()} "
              "cores, machine may be shared)")
    for col in ("documents", "source MB", "corpus release", "pyarrow reference", "ratio",
                "release MB/s", "release peak RSS", "of it main process", "reference peak RSS",
                "Parquet files"):
        t.add_column(col, justify="right")
    for r in results:
        t.add_row(f"{r['documents']:,}", f"{r['source_mb']:,.0f}", f"{r['release_s']:.1f} s",
                  f"{r['reference_s']:.1f} s", f"{r['release_s'] / r['reference_s']:.1f}x",
                  f"{r['source_mb'] / r['release_s']:.1f}",
                  f"{r['release_rss'] / 2**20:,.0f} MiB",
                  f"{r['release_main_rss'] / 2**20:,.0f} MiB",
                  f"{r['reference_rss'] / 2**20:,.0f} MiB",
                  str(r["files"]))
    con.print(t)
    if args.long:
        lt = Table(title="segmenter on one long page (CPU time)")
        for col in ("page", "segments", "seconds", "vs 1st", "reference s", "vs reference"):
            lt.add_column(col, justify="right")
        rows = bench_long_pages(args.long)
        for mb, nseg, s, ref in rows:
            lt.add_row(f"{mb:g} MB", f"{nseg:,}", f"{s:.2f}", f"{s / rows[0][2]:.1f}x",
                       f"{ref:.3f}", f"{s / ref:.1f}x")
        con.print(lt)
        speed, ref_speed = segmenter_speed()
        con.print(f"segmenter: {speed / 1e6:.1f}M characters/s per core (CPU time, synthetic "
                  f"pages); same-run reference (splitlines + one regex scan) "
                  f"{ref_speed / 1e6:.0f}M, ratio {ref_speed / speed:.1f}x")
    if args.json:
        args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    if not args.keep and not args.work:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

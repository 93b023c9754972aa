"""Benchmark `corpus verify`: peak memory must not grow with the number of documents.

A real release of the project (built here, or given with ``--release``) gets N synthetic
documents (``corpus/synthetic.py`` pages, each with one segment covering its text) added
to its documents and segments tables, written as shard files of ``--shard-mb`` MB of text
the way a sharded build writes them, then consistently re-hashed (manifest and card
digest), so `corpus verify` accepts it and must read every byte of it. For each size:

- ``corpus verify`` (a separate process): wall time and peak RSS, sampled every 50 ms;
- the reference, in the same run: one process that reads the documents and segments
  shards whole into one table each (what verify did before it streamed) and hashes
  every text.

Target (issue 10): verify's peak RSS flat in N (within 1.5x from the smaller size to a
size 10x larger), while the whole-table reference grows with the data. Benchmarks print
figures; they are not timed tests. The machine may be shared: absolute times vary.

    .venv/bin/python scripts/bench_verify.py                         # 5k and 50k documents
    .venv/bin/python scripts/bench_verify.py --sizes 2000 20000 --release dist/storydrift-0.1.0
"""

from __future__ import annotations

import argparse
import hashlib
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from bench_scale import timed  # noqa: E402

from corpus import synthetic  # noqa: E402
from corpus.release import folder_data_digest, write_manifest, write_parquet  # noqa: E402

REFERENCE = r'''
import hashlib, sys
from pathlib import Path
import pyarrow as pa, pyarrow.parquet as pq
data = Path(sys.argv[1]) / "data"
docs = pa.concat_tables(pq.read_table(f) for f in sorted(data.glob("documents-*.parquet")))
segs = pa.concat_tables(pq.read_table(f) for f in sorted(data.glob("segments-*.parquet")))
n = sum(hashlib.sha256(t.encode()).hexdigest() == s for t, s in
        zip(docs["text"].to_pylist(), docs["sha256"].to_pylist()))
assert n == docs.num_rows and segs.num_rows
'''


def base_release(work: Path) -> Path:
    """The project's release, built from a copy of its inputs."""
    from tests.conftest import copy_project

    proj = copy_project(work / "proj")
    r = subprocess.run([sys.executable, "-m", "corpus", "release", "--root", str(proj)],
                       cwd=ROOT, capture_output=True, text=True)
    if r.returncode:
        raise SystemExit(r.stderr[-3000:])
    return next((proj / "dist").glob("storydrift-*"))


def grow(base: Path, out: Path, n: int, shard_mb: float) -> tuple[int, int]:
    """``base`` plus n synthetic documents in shard files; returns (files, text bytes)."""
    shutil.copytree(base, out)
    data = out / "data"
    docs = pq.read_table(data / "documents.parquet")
    segs = pq.read_table(data / "segments.parquet")
    template = docs.slice(0, 1).to_pylist()[0]
    shards: list[tuple[list[dict], list[dict]]] = [([], [])]
    size, total = 0, 0
    for d in docs.to_pylist():
        shards[0][0].append(d)
    shards[0][1].extend(segs.to_pylist())
    for i in range(n):
        text = synthetic.page(7, i, 1500, 6000)
        doc_id = f"syn-{i:07d}"
        if size > shard_mb * 1024 * 1024:
            shards.append(([], []))
            size = 0
        shards[-1][0].append({**template, "doc_id": doc_id, "story_id": f"syn-{i // 20}",
                              "text": text, "sha256": hashlib.sha256(text.encode()).hexdigest(),
                              "source_file": f"synthetic/{doc_id}.txt", "derived_from": [],
                              "note": None})
        shards[-1][1].append({"segment_id": f"{doc_id}:s000", "doc_id": doc_id, "start": 0,
                              "end": len(text), "text": text, "kind": "body",
                              "boilerplate": False})
        b = len(text.encode())
        size += b
        total += b
    k = len(shards)
    for name, table in (("documents", docs), ("segments", segs)):
        (data / f"{name}.parquet").unlink()
        for j, sh in enumerate(shards):
            rows = sh[0] if name == "documents" else sh[1]
            write_parquet(pa.Table.from_pylist(rows, schema=table.schema),
                          data / f"{name}-{j:05d}-of-{k:05d}.parquet")
    card = out / "README.md"
    card.write_text(re.sub(r"sha256:[0-9a-f]{64}", f"sha256:{folder_data_digest(out)}",
                           card.read_text(encoding="utf-8")), encoding="utf-8")
    write_manifest(out)
    return k, total


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[5000, 50000])
    ap.add_argument("--shard-mb", type=float, default=8.0)
    ap.add_argument("--release", type=Path, help="a release to grow (default: build one)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-verify-") as tmp:
        work = Path(tmp)
        base = args.release.resolve() if args.release else base_release(work)
        table = Table(title="corpus verify: peak RSS against the documents' size")
        for c in ("documents", "shard files", "text MB", "verify s", "verify peak RSS MiB",
                  "whole-table ref s", "ref peak RSS MiB"):
            table.add_column(c, justify="right")
        rows = []
        for n in args.sizes:
            rel = work / f"rel-{n}"
            files, size = grow(base, rel, n, args.shard_mb)
            vt, vr, _ = timed([sys.executable, "-m", "corpus", "verify", str(rel)], cwd=ROOT)
            rt, rr, _ = timed([sys.executable, "-c", REFERENCE, str(rel)], cwd=ROOT)
            rows.append((n, vr, rr))
            table.add_row(f"{n:,}", str(files), f"{size / 1e6:,.0f}", f"{vt:.1f}",
                          f"{vr / 2**20:,.0f}", f"{rt:.1f}", f"{rr / 2**20:,.0f}")
            shutil.rmtree(rel)
        Console().print(table)
        if len(rows) > 1:
            (n0, v0, r0), (n1, v1, r1) = rows[0], rows[-1]
            print(f"{n1 / n0:.0f}x the documents: verify peak RSS x{v1 / v0:.2f} "
                  f"(target <= 1.5), whole-table reference x{r1 / r0:.2f}")


if __name__ == "__main__":
    main()

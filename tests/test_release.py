"""The release as users get it: layout, checksums, exact text, spans, reproducibility."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus.tables import TABLES
from tests.conftest import ROOT, copy_project, run_corpus


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_layout(built_release):
    names = set(_files(built_release))
    for required in ("README.md", "DATASHEET.md", "CHANGELOG.md", "TERMS.md", "validation.json",
                     "MANIFEST.sha256"):
        assert required in names
    for table in TABLES:
        assert f"data/{table}.parquet" in names
    report = json.loads((built_release / "validation.json").read_text())
    assert report["passed"] is True and report["failures_total"] == 0


def test_sha256sum_verifies(built_release):
    r = subprocess.run(["sha256sum", "-c", "MANIFEST.sha256"], cwd=built_release,
                       capture_output=True, text=True)
    assert r.returncode == 0, r.stdout + r.stderr
    listed = {line.split("  ", 1)[1] for line in
              (built_release / "MANIFEST.sha256").read_text().splitlines()}
    assert listed == set(_files(built_release)) - {"MANIFEST.sha256"}


def test_documents_text_is_byte_exact(built_release):
    docs = pq.read_table(built_release / "data" / "documents.parquet").to_pylist()
    manifest = [json.loads(x) for x in (ROOT / "seeds" / "manifest.jsonl").read_text().splitlines()]
    assert sorted(d["doc_id"] for d in docs) == sorted(m["doc_id"] for m in manifest)
    for d in docs:
        assert d["text"].encode("utf-8") == (ROOT / d["source_file"]).read_bytes()


def test_every_span_matches_its_text(built_release):
    """Checked here with plain Python, independently of the gate's polars code."""
    texts = {d["doc_id"]: d["text"] for d in
             pq.read_table(built_release / "data" / "documents.parquet").to_pylist()}
    checked = 0
    for name, table in TABLES.items():
        for row in pq.read_table(built_release / "data" / f"{name}.parquet").to_pylist():
            for prefix in table.spans:
                p = f"{prefix}_" if prefix else ""
                if row[f"{p}start"] is None:
                    continue
                assert row[f"{p}text"] == texts[row["doc_id"]][row[f"{p}start"]:row[f"{p}end"]]
                checked += 1
    assert checked > 0


def test_segments_tile_every_document(built_release):
    texts = {d["doc_id"]: d["text"] for d in
             pq.read_table(built_release / "data" / "documents.parquet").to_pylist()}
    segs = pq.read_table(built_release / "data" / "segments.parquet").to_pylist()
    for doc_id, text in texts.items():
        mine = [s for s in segs if s["doc_id"] == doc_id]
        assert "".join(s["text"] for s in mine) == text


def test_two_clones_build_identical_releases(tmp_path, built_release):
    other = copy_project(tmp_path / "somewhere" / "else" / "proj")
    r = run_corpus("release", "--root", str(other), cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert _files(other / "dist" / built_release.name) == _files(built_release)


def test_verify_accepts_and_rejects(built_release, tmp_path):
    ok = run_corpus("verify", str(built_release))
    assert ok.returncode == 0, ok.stderr
    bad = tmp_path / "bad"
    shutil.copytree(built_release, bad)
    p = bad / "data" / "quotes.parquet"
    p.write_bytes(p.read_bytes() + b"x")
    r = run_corpus("verify", str(bad))
    assert r.returncode != 0 and "data/quotes.parquet" in r.stderr and "sha256" in r.stderr


def test_load_dataset_every_config(built_release):
    datasets = pytest.importorskip("datasets")
    docs = datasets.load_dataset(str(built_release), "documents", split="train")
    for d in docs:
        assert d["text"].encode("utf-8") == (ROOT / d["source_file"]).read_bytes()
    assert docs.features["derivation"].names[0] == "original"
    for name in TABLES:
        ds = datasets.load_dataset(str(built_release), name, split="train")
        assert ds.num_rows == pq.read_metadata(built_release / "data" / f"{name}.parquet").num_rows


HF_ONLY = ROOT / ".venv-hf-only" / "bin" / "python"
LOAD_ALL = """
import sys, datasets
path = sys.argv[1]
for name in sys.argv[2:]:
    ds = datasets.load_dataset(path, name, split="train")
    print(name, ds.num_rows)
try:
    import corpus
    print("corpus importable")
except ImportError:
    pass
"""


def test_load_dataset_in_an_environment_with_only_datasets(built_release, tmp_path):
    """The card alone must be enough: no StoryDrift code, no network, no loading script."""
    assert HF_ONLY.exists(), "run `make test` (it creates .venv-hf-only with only datasets)"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env.update(HF_HOME=str(tmp_path / "hf"), HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1")
    r = subprocess.run([str(HF_ONLY), "-I", "-c", LOAD_ALL, str(built_release), *TABLES],
                       cwd=tmp_path, env=env, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stderr
    assert "corpus importable" not in r.stdout
    rows = dict(line.split() for line in r.stdout.splitlines())
    for name in TABLES:
        assert int(rows[name]) == pq.read_metadata(
            built_release / "data" / f"{name}.parquet").num_rows

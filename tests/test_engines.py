"""Engines and shards: the same release bytes from every engine and worker count.

A few hundred synthetic pages (page furniture, CRLF, NBSP, emoji) are added to a copy of
the project as a second source, with a small shard size so the build really shards; the
release is assembled with the local engine on one and on two worker processes and with
Ray Data (local, two CPUs), and every file's sha256 is compared.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus.project import load_project
from corpus.synthetic import write_corpus
from tests.conftest import copy_project

N_DOCS = 300


@pytest.fixture(scope="module")
def sharded_project(tmp_path_factory) -> Path:
    root = copy_project(tmp_path_factory.mktemp("engines") / "proj")
    labels = write_corpus(root / "synthetic", N_DOCS, seed=7)
    with (root / "annotations" / "gold" / "documents.jsonl").open("a", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in labels)
    pp = root / "pyproject.toml"
    text = pp.read_text(encoding="utf-8").replace(
        'sources = ["seeds"]', 'sources = ["seeds", "synthetic"]\nshard_mb = 0.4')
    assert "shard_mb = 0.4" in text
    pp.write_text(text, encoding="utf-8")
    return root


def _digests(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _assemble(root: Path, out: Path, engine: str, workers: int) -> dict[str, str]:
    from corpus.release import assemble

    assemble(load_project(root), out, engine=engine, workers=workers)
    return _digests(out)


@pytest.fixture(scope="module")
def local_two(sharded_project, tmp_path_factory) -> tuple[Path, dict[str, str]]:
    out = tmp_path_factory.mktemp("local2") / "release"
    return out, _assemble(sharded_project, out, "local", 2)


def test_release_is_sharded_and_loads(sharded_project, local_two):
    from datasets import load_dataset

    from corpus.verify import verify_release

    out, digests = local_two
    docs = sorted(f for f in digests if f.startswith("data/documents-"))
    assert len(docs) >= 5 and docs[0] == f"data/documents-00000-of-{len(docs):05d}.parquet"
    assert sum(pq.read_metadata(out / f).num_rows for f in docs) == N_DOCS + 5
    segs = [f for f in digests if f.startswith("data/segments-")]
    assert len(segs) == len(docs)
    assert "data/mentions.parquet" in digests  # small layers stay one file
    card = (out / "README.md").read_text(encoding="utf-8")
    assert "size_categories:\n- n<1K" in card
    ds = load_dataset(str(out), "documents", split="train")
    assert ds.num_rows == N_DOCS + 5
    texts = {r["doc_id"]: r["text"] for r in ds}
    for doc_id in ("syn-0000000", "syn-0000042", f"syn-{N_DOCS - 1:07d}"):
        raw = (sharded_project / "synthetic" / f"{doc_id}.txt").read_bytes()
        assert texts[doc_id].encode("utf-8") == raw
    assert any("\r\n" in t for t in texts.values()) and any("\u00a0" in t for t in texts.values())
    verify_release(out)  # checksums, schemas and every span, over the shard files


def test_one_worker_gives_the_same_bytes(sharded_project, local_two, tmp_path):
    assert _assemble(sharded_project, tmp_path / "release", "local", 1) == local_two[1]


def test_ray_gives_the_same_bytes(sharded_project, local_two, tmp_path):
    import ray  # noqa: F401  (a dev dependency: this test must run, not skip)

    assert _assemble(sharded_project, tmp_path / "release", "ray", 2) == local_two[1]


def test_croissant_reads_every_shard(local_two):
    """croissant.json lists each shard with its sha256 and reads them as one record set."""
    mlc = pytest.importorskip("mlcroissant")
    out, digests = local_two
    doc = json.loads((out / "croissant.json").read_text(encoding="utf-8"))
    objs = {f["contentUrl"]: f["sha256"] for f in doc["distribution"]
            if f["@type"] == "cr:FileObject"}
    assert {k: v for k, v in digests.items() if k.startswith("data/")} == objs
    ds = mlc.Dataset(jsonld=out / "croissant.json")
    assert sum(1 for _ in ds.records(record_set="documents")) == N_DOCS + 5


def test_plan_keeps_every_story_in_one_shard(sharded_project):
    """The drift step needs a story's versions together: the plan never splits a story,
    and still cuts the corpus into several shards."""
    from corpus.build import shard_rows
    from corpus.manifest import read_manifests_table

    project = load_project(sharded_project)
    entries = read_manifests_table(project.root, project.sources, project.allowed_roots)
    plan = [entries.take(rows) for rows in
            shard_rows(project.root, entries, int(project.shard_mb * 1024 * 1024))]
    assert len(plan) >= 5
    shard_of: dict[str, set[int]] = {}
    for i, shard in enumerate(plan):
        ids = shard["doc_id"].to_pylist()
        assert ids == sorted(ids)
        for story in shard["story_id"].to_pylist():
            shard_of.setdefault(story, set()).add(i)
    assert all(len(s) == 1 for s in shard_of.values())
    assert sorted(d for sh in plan for d in sh["doc_id"].to_pylist()) == sorted(
        entries["doc_id"].to_pylist())


def test_streamed_plan_routes_what_the_whole_tables_would(sharded_project, tmp_path):
    """Planning streams the manifests and the labels (here a few records at a time, so
    every shard's rows come from several chunks): each shard's routed entries are its rows
    of the whole manifest table, in the planned order, and its labels are its rows of the
    whole label file, in file order."""
    import polars as pl

    from corpus import plan as P
    from corpus.build import shard_rows
    from corpus.layers import layer_chunks, load_layer
    from corpus.manifest import read_manifests_table
    from corpus.registry import REGISTRY

    project = load_project(sharded_project)
    size = int(project.shard_mb * 1024 * 1024)
    entries = read_manifests_table(project.root, project.sources, project.allowed_roots)
    spill = tmp_path / "spill.arrow"
    plan = P.make_plan(P.spill_manifests(project.root, project.sources,
                                         project.allowed_roots, spill, chunk=7), size)
    P.route_entries(plan, spill, tmp_path, chunk=9)  # two spilled chunks of 7 at a time
    rows = shard_rows(project.root, entries, size)
    assert plan.n_shards == len(rows) >= 5
    assert not spill.exists()
    for i, r in enumerate(rows):
        assert len(plan.entries[i]) > 1 or len(r) <= 14
        assert P.shard_entries(tmp_path, plan.entries[i]).equals(entries.take(r))
    docs = REGISTRY["documents"].table
    path = project.gold / "documents.jsonl"
    parts, orphans = P.route_labels(
        plan, layer_chunks(path, docs, project.root, required=True, chunk=5), tmp_path,
        "labels", chunk=11)
    assert orphans == []
    whole = pl.from_arrow(load_layer(path, docs, project.root)).join(
        plan.shard_of(), on="doc_id", how="left", maintain_order="left")
    from corpus.layers import layer_schema

    for i in range(plan.n_shards):
        got = pl.from_arrow(P.read_parts(tmp_path, parts[i], layer_schema(docs)))
        assert got.equals(whole.filter(pl.col("_shard") == i).drop("_shard"))


def test_drift_tables_do_not_depend_on_the_shards(sharded_project, local_two, tmp_path):
    """The drift step runs shard by shard; its tables hold the same rows as one shard's
    build of the same corpus, and are written per shard."""
    import shutil

    import polars as pl

    one = tmp_path / "one"
    shutil.copytree(sharded_project, one, ignore=shutil.ignore_patterns("dist"))
    (one / "pyproject.toml").write_text((sharded_project / "pyproject.toml").read_text(
        encoding="utf-8").replace("shard_mb = 0.4", "shard_mb = 64"), encoding="utf-8")
    single = _assemble(one, tmp_path / "release", "local", 2)
    out, digests = local_two
    for table in ("alignments", "version_pairs", "derivation_proposals", "quote_proposals"):
        assert f"data/{table}.parquet" in single
        parts = sorted(f for f in digests if f.startswith(f"data/{table}-"))
        assert len(parts) >= 5, table
        sharded = pl.concat([pl.read_parquet(out / f) for f in parts])
        whole = pl.read_parquet(tmp_path / "release" / "data" / f"{table}.parquet")
        assert whole.height > 0, table
        assert sharded.sort(sharded.columns).equals(whole.sort(whole.columns)), table


def test_release_reports_are_the_annotated_stories(local_two):
    """[tool.storydrift] release_reports defaults to "annotated": the seeds' story has a
    page; the synthetic stories, with no gold layer, are one `corpus report` away."""
    out, digests = local_two
    pages = sorted(f for f in digests if f.startswith("report/"))
    assert pages == ["report/coalition-of-the-willing-paris-2025-09-04.html"]


def test_report_renders_any_story_on_request(sharded_project, tmp_path):
    """`corpus report --story` renders a story the release leaves out (no gold layer);
    an unknown story id is a named error, not an empty folder."""
    from tests.conftest import run_corpus

    story = "syn-story-000003"
    r = run_corpus("report", "--out", str(tmp_path / "out"), "--story", story,
                   "--root", str(sharded_project))
    assert r.returncode == 0, r.stderr
    pages = sorted(p.name for p in (tmp_path / "out").glob("*.html"))
    assert pages == [f"{story}.html"]
    html = (tmp_path / "out" / pages[0]).read_text(encoding="utf-8")
    assert story in html and "<svg" in html
    bad = run_corpus("report", "--out", str(tmp_path / "bad"), "--story", "no-such-story",
                     "--root", str(sharded_project))
    assert bad.returncode == 1
    assert "no-such-story" in bad.stderr and "Traceback" not in bad.stderr


def _pid(_x: int) -> int:
    import os

    return os.getpid()


def test_engine_pools_are_kept_only_in_a_pools_object():
    """The release runs its shards and then its Parquet writes on one set of processes (a
    ``Pools`` it holds and passes on); without one every phase starts its own, and the kept
    ones are gone once it closes. No module state: two ``Pools`` never share a process."""
    from corpus import engines

    with engines.process_pool(2) as a:
        first = set(a.map(_pid, range(8)))
    with engines.process_pool(2) as b:
        assert b is not a
    with engines.Pools() as pools, engines.Pools() as other:
        with engines.process_pool(2, pools) as a:
            kept = set(a.map(_pid, range(8)))
        with engines.process_pool(2, pools) as b:
            assert b is a
            kept |= set(b.map(_pid, range(8)))
        assert len(kept) <= 2 and not kept & first
        with engines.process_pool(2, other) as o:
            assert o is not a
            assert not set(o.map(_pid, range(8))) & kept
        pools.close()
        with engines.process_pool(2, pools) as c:
            assert c is not a
        with pytest.raises(RuntimeError):
            a.submit(_pid, 0)  # shut down
    with pytest.raises(RuntimeError):
        c.submit(_pid, 0)
    with pytest.raises(RuntimeError):
        o.submit(_pid, 0)


def test_annotated_part_reads_only_shards_with_annotations(local_two):
    """A shard's documents file without an annotated document gives what filtering it
    whole gives (no rows, its schema), from its doc_id column alone."""
    import pyarrow as pa

    from corpus.release import _annotated, _annotated_ids, _annotated_part

    out, digests = local_two

    class _Built:  # what _annotated_ids reads of a Built
        texts = {"syn-0000001": "", "syn-0000002": ""}

    ids = _annotated_ids(_Built)

    for name in ("documents", "segments", "alignments"):
        files = sorted(f for f in digests if f.startswith(f"data/{name}-"))
        hits = 0
        for f in files:
            whole = _annotated(pq.read_table(out / f), ids)
            part = _annotated_part(out / f, ids)
            assert part.equals(whole, check_metadata=True)
            assert [c.num_chunks for c in part.columns] == [c.num_chunks for c in whole.columns]
            hits += part.num_rows > 0
        assert 0 < hits < len(files)
    assert isinstance(part, pa.Table)

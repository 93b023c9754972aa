"""The evaluation set: its split rule, its bytes, its gate, and the regression guard."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))


def _manifest() -> list[dict]:
    lines = (ROOT / "evaluation" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(x) for x in lines if x.strip()]


FIRST_COLLECTION = "2026-12-01"


def test_split_follows_the_written_rule() -> None:
    """Every page's split is the one the README's rule gives: the hash rule for the first
    collection (dev/test), `holdout` for every later collection (split by collection, not
    by hash); versions stay together; one URL, one page."""
    by_story: dict[str, set[str]] = {}
    for rec in _manifest():
        first = rec["retrieved"].startswith(FIRST_COLLECTION)
        if first:
            h = hashlib.sha256(("storydrift-eval-split-v1:" + rec["story_id"]).encode())
            assert rec["split"] == ("test" if int(h.hexdigest()[:8], 16) % 2 else "dev"), \
                rec["doc_id"]
        else:
            assert rec["split"] == "holdout", rec["doc_id"]
        assert rec["doc_id"] == "ev-" + hashlib.sha256(rec["url"].encode()).hexdigest()[:10]
        by_story.setdefault(rec["story_id"], set()).add(rec["split"])
    assert all(len(s) == 1 for s in by_story.values())
    recs = _manifest()
    assert len({r["url"] for r in recs}) == len(recs)
    assert sum(r["split"] != "holdout" for r in recs) >= 40
    assert sum(r["split"] == "holdout" for r in recs) >= 30


def test_the_segmenter_never_runs_on_holdout_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    """Validating the evaluation set must not run an annotator on held-out pages (their
    gold is made by reading first): the segmenter fallback skips them."""
    import corpus.segment
    from corpus.build import _frame
    from corpus.documents import load_documents
    from corpus.evalset import HOLDOUT, eval_segments, read_eval_manifest

    pages = [p for p in read_eval_manifest(ROOT) if p.split == HOLDOUT]
    held = {p.entry.doc_id for p in pages}
    real = corpus.segment.segment_documents

    def spy(batch):  # refuses before the segmenter sees a held-out page
        reached = held & set(batch.column("doc_id").to_pylist())
        assert not reached, f"segmenter ran on held-out pages {sorted(reached)}"
        return real(batch)

    monkeypatch.setattr(corpus.segment, "segment_documents", spy)
    docs = _frame(load_documents(ROOT, [p.entry for p in pages]))
    assert held and eval_segments(ROOT, docs).height >= 0


def test_all_means_the_first_collection_not_the_holdout() -> None:
    """`--split all` (split None) never scores held-out pages; `holdout` scores only them."""
    from corpus.evalset import split_pages

    every = {r["doc_id"]: r["split"] for r in _manifest()}
    first = {p.entry.doc_id for p in split_pages(ROOT, None)}
    held = {p.entry.doc_id for p in split_pages(ROOT, "holdout")}
    assert first == {d for d, s in every.items() if s in ("dev", "test")}
    assert held == {d for d, s in every.items() if s == "holdout"} and held
    assert not first & held


def test_pages_are_pinned_and_licensed() -> None:
    from corpus.evalset import load_texts, read_eval_manifest

    pages = read_eval_manifest(ROOT)
    texts = load_texts(ROOT, pages)  # raises on any sha256 mismatch
    assert len(texts) == len(pages)
    for p in pages:
        assert p.licence and p.url.startswith("http") and p.attribution
        assert any(k in p.licence for k in ("CC BY", "public domain")), p.entry.doc_id


def test_pages_are_not_in_the_release() -> None:
    import tomllib

    sources = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["storydrift"][
        "sources"]
    assert not any(s.startswith("evaluation") for s in sources)


@pytest.mark.parametrize("layers", [None, "evaluation/passes/annotator_a",
                                    "evaluation/passes/annotator_b",
                                    "evaluation/passes/holdout_a",
                                    "evaluation/passes/holdout_b"])
def test_gold_and_passes_pass_the_gate(layers: str | None) -> None:
    cmd = [sys.executable, "-m", "corpus", "evalset", "validate", "--root", str(ROOT)]
    if layers:
        cmd += ["--layers", str(ROOT / layers)]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith("valid:")


def test_no_out_of_sample_figure_fell() -> None:
    """The regression guard of `make test`: no figure below the one recorded in the repo."""
    import eval_outofsample

    fell = eval_outofsample.check(eval_outofsample.current(None))
    assert not fell, "\n".join(fell)


def test_the_guard_can_fail(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import eval_outofsample

    scores = tmp_path / "scores.json"
    scores.write_text(json.dumps({"figures": {"dev": {"PERSON mentions, exact F1": 1.01}}}))
    monkeypatch.setattr(eval_outofsample, "SCORES", scores)
    fell = eval_outofsample.check({"dev": {"PERSON mentions, exact F1": 0.5}})
    assert fell and "fell" in fell[0]


def test_a_broken_pass_is_refused_by_name(tmp_path: Path) -> None:
    """A span with start after end or the wrong text: named, non-zero, no traceback."""
    import shutil

    bad = tmp_path / "bad"
    shutil.copytree(ROOT / "evaluation" / "passes" / "annotator_b", bad)
    lines = (bad / "mentions.jsonl").read_text(encoding="utf-8").splitlines()
    rec = json.loads(lines[0])
    rec["start"] += 100
    lines[0] = json.dumps(rec, ensure_ascii=False)
    (bad / "mentions.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    cmd = [sys.executable, "-m", "corpus", "evalset", "validate", "--root", str(ROOT),
           "--layers", str(bad)]
    out = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    assert "mentions.jsonl:1" in out.stderr and rec["mention_id"] in out.stderr

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
        if rec.get("collection") in (3, 4, 5, 8, 9, 11, 13, 14, 16, 18, 19):  # fresh dev
            assert not first and rec["split"] == "dev", rec["doc_id"]
        elif rec.get("collection") in (6, 7, 10, 12, 15, 17, 20):  # the later held-out collections
            assert not first and rec["split"] == "holdout", rec["doc_id"]
        elif first:
            h = hashlib.sha256(("storydrift-eval-split-v1:" + rec["story_id"]).encode())
            assert rec["split"] == ("test" if int(h.hexdigest()[:8], 16) % 2 else "dev"), \
                rec["doc_id"]
        else:
            assert rec["split"] == "holdout", rec["doc_id"]
        assert rec["doc_id"] == "ev-" + hashlib.sha256(rec["url"].encode()).hexdigest()[:10]
        if rec.get("collection") in (11, 12):  # URL hashes: 11 the even half, 12 the odd
            first_digit = hashlib.sha256(rec["url"].encode()).hexdigest()[0]
            assert int(first_digit, 16) % 2 == (rec["collection"] == 12), rec["doc_id"]
        by_story.setdefault(rec["story_id"], set()).add(rec["split"])
    assert all(len(s) == 1 for s in by_story.values())
    recs = _manifest()
    assert len({r["url"] for r in recs}) == len(recs)
    assert sum(r["split"] != "holdout" for r in recs) >= 40
    assert sum(r["split"] == "holdout" for r in recs) >= 30
    assert sum(r.get("collection") == 3 for r in recs) >= 20
    assert sum(r.get("collection") == 4 for r in recs) >= 15
    assert sum(r.get("collection") == 5 for r in recs) >= 15
    assert sum(r.get("collection") == 6 for r in recs) >= 20
    assert sum(r.get("collection") == 7 for r in recs) >= 13
    assert sum(r.get("collection") == 8 for r in recs) >= 20
    assert sum(r.get("collection") == 9 for r in recs) >= 20
    assert sum(r.get("collection") == 10 for r in recs) >= 15
    assert sum(r.get("collection") == 11 for r in recs) >= 19
    assert sum(r.get("collection") == 12 for r in recs) >= 15
    assert sum(r.get("collection") == 13 for r in recs) >= 12
    assert sum(r.get("collection") == 14 for r in recs) >= 15
    assert sum(r.get("collection") == 15 for r in recs) >= 12
    assert sum(r.get("collection") == 16 for r in recs) >= 10
    assert sum(r.get("collection") == 17 for r in recs) >= 10
    assert sum(r.get("collection") == 18 for r in recs) >= 8
    assert sum(r.get("collection") == 19 for r in recs) >= 8
    assert sum(r.get("collection") == 20 for r in recs) >= 10


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
                                    "evaluation/passes/holdout_b",
                                    "evaluation/passes/holdout7_b",
                                    "evaluation/passes/holdout12_b",
                                    "evaluation/passes/dev13_b",
                                    "evaluation/passes/dev14_b",
                                    "evaluation/passes/dev16_b",
                                    "evaluation/passes/dev18_b",
                                    "evaluation/passes/dev19_b",
                                    "evaluation/passes/holdout15_b",
                                    "evaluation/passes/holdout17_b",
                                    "evaluation/passes/holdout20_b"])
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


def _fake_result(split: str, pages: int) -> dict:
    """A scorer result of the shape evaluate_split returns, with made-up counts (for the
    figure's plumbing only; the real figures come from the release tests)."""
    from corpus.scoring import prf

    f = prf(3, 4, 5)
    ref = {"annotator_a": {"ORG": dict(prf(8, 10, 12), pages=pages),
                           "MONEY": dict(prf(1, 1, 2), pages=pages)}}
    return {"split": split, "pages": pages, "gold": "evaluation/gold",
            "segments": {"boilerplate_segments": f, "segments_exact": f,
                         "title_found": {"found": 1, "pages_with_title": 2, "rate": 0.5}},
            "quotes": {"pages": pages, "spans_exact": f,
                       "speaker_on_matched": {"correct": 1, "n": 2, "accuracy": 0.5},
                       "found_with_speaker": {"correct": 1, "gold": 2, "rate": 0.5}},
            "mentions": {"person_pages": pages, "person_exact": f},
            "entity_types": {"references": ref if split != "holdout" else {},
                             "agreement": {}, "predicted": {"ORG": 10, "MONEY": 1}}}


def _figure(project_dir: Path, monkeypatch: pytest.MonkeyPatch):
    import pyarrow as pa

    import corpus.evalset_figure as fig
    import corpus.evalset_score as score
    from corpus.project import load_project

    seen = []

    def fake(root, split, gold=None, catalogue=None, collections=None):
        seen.append(split)
        return _fake_result(split, 3)

    monkeypatch.setattr(score, "evaluate_split", fake)
    monkeypatch.setattr(fig, "_in_sample", lambda p, t: _fake_result("seeds", 5))
    out = fig.outofsample_figure(load_project(project_dir),
                                 {"quotes": pa.table({"quote_id": ["q"]})})
    return out, seen


def test_the_cards_held_out_columns_score_one_collection_each(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Collections 6 and 7 are held out too, but reported apart: the card's collection-2
    column never scores their pages, and each one's own column scores only its pages."""
    import corpus.evalset_figure as fig
    import corpus.evalset_score as score
    from corpus.project import load_project

    asked = []

    def fake(root, split, gold=None, catalogue=None, collections=None):
        asked.append((split, collections))
        return _fake_result(split, 3)

    monkeypatch.setattr(score, "evaluate_split", fake)
    held, why = fig.holdout_scores(load_project(project), None)
    assert held is not None and not why and asked == [("holdout", {2})]
    held6, why6 = fig.holdout_scores(load_project(project), None, 6)
    assert held6 is not None and not why6 and asked[1:] == [("holdout", {6})]
    held7, why7 = fig.holdout_scores(load_project(project), None, 7)
    assert held7 is not None and not why7 and asked[2:] == [("holdout", {7})]
    held10, why10 = fig.holdout_scores(load_project(project), None, 10)
    assert held10 is not None and not why10 and asked[3:] == [("holdout", {10})]
    held12, why12 = fig.holdout_scores(load_project(project), None, 12)
    assert held12 is not None and not why12 and asked[4:] == [("holdout", {12})]
    held15, why15 = fig.holdout_scores(load_project(project), None, 15)
    assert held15 is not None and not why15 and asked[5:] == [("holdout", {15})]
    held17, why17 = fig.holdout_scores(load_project(project), None, 17)
    assert held17 is not None and not why17 and asked[6:] == [("holdout", {17})]
    held20, why20 = fig.holdout_scores(load_project(project), None, 20)
    assert held20 is not None and not why20 and asked[7:] == [("holdout", {20})]


def test_the_card_shows_the_holdout_column_only_with_its_gold(
        project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With the holdout gold: a held-out column beside dev and test, its caveats, and the
    other types (counts only below 10 reference mentions). Without it: no column, no crash,
    and the holdout is never scored."""
    from corpus.evalset_figure import (
        HOLDOUT6_COLUMN,
        HOLDOUT7_COLUMN,
        HOLDOUT10_COLUMN,
        HOLDOUT12_COLUMN,
        HOLDOUT15_COLUMN,
        HOLDOUT17_COLUMN,
        HOLDOUT20_COLUMN,
        HOLDOUT_COLUMN,
    )

    with_gold, seen = _figure(project, monkeypatch)
    assert seen == ["test", "dev"] + ["holdout"] * 8  # collections 2, 6, 7, 10, 12, 15, 17, 20
    assert HOLDOUT15_COLUMN in with_gold.markdown and "holdout15" in with_gold.data
    assert HOLDOUT17_COLUMN in with_gold.markdown and "holdout17" in with_gold.data
    assert "`holdout17_a`" in with_gold.markdown and "`h17-adj-*`" in with_gold.markdown
    assert HOLDOUT20_COLUMN in with_gold.markdown and "holdout20" in with_gold.data
    assert "`holdout20_a`" in with_gold.markdown and "`h20-adj-*`" in with_gold.markdown
    assert "`holdout15_a`" in with_gold.markdown
    assert HOLDOUT10_COLUMN in with_gold.markdown and "holdout10" in with_gold.data
    assert HOLDOUT12_COLUMN in with_gold.markdown and "holdout12" in with_gold.data
    assert "`holdout12_a`" in with_gold.markdown
    assert "scored **once, only for reporting**" in with_gold.markdown
    assert HOLDOUT_COLUMN in with_gold.markdown and "only for reporting" in with_gold.markdown
    assert "holdout" in with_gold.data["pages"] and "holdout" in with_gold.data
    assert HOLDOUT6_COLUMN in with_gold.markdown and "holdout6" in with_gold.data
    assert HOLDOUT7_COLUMN in with_gold.markdown and "holdout7" in with_gold.data
    # collection 7's caveat counts its adjudication decisions from the file (summary excluded)
    assert "5 recorded decisions, `h7-adj-*`" in with_gold.markdown
    assert "blind second pass" in with_gold.markdown
    assert "| ORG | 0.727 (8/12) |" in with_gold.markdown
    assert "| MONEY | 1/2 |" in with_gold.markdown  # 2 reference mentions: counts only

    cov_path = project / "evaluation" / "gold" / "coverage.json"
    cov = json.loads(cov_path.read_text(encoding="utf-8"))
    held = {r["doc_id"] for r in _manifest() if r["split"] == "holdout"}
    cov["quotes"] = [d for d in cov["quotes"] if d not in held]
    cov_path.write_text(json.dumps(cov), encoding="utf-8")
    without, seen = _figure(project, monkeypatch)
    assert seen == ["test", "dev"]
    assert HOLDOUT_COLUMN not in without.markdown and "holdout" not in without.data
    assert HOLDOUT6_COLUMN not in without.markdown and "holdout6" not in without.data
    assert HOLDOUT7_COLUMN not in without.markdown and "holdout7" not in without.data
    assert HOLDOUT10_COLUMN not in without.markdown and "holdout10" not in without.data
    assert HOLDOUT12_COLUMN not in without.markdown and "holdout12" not in without.data
    assert HOLDOUT15_COLUMN not in without.markdown and "holdout15" not in without.data
    assert HOLDOUT17_COLUMN not in without.markdown and "holdout17" not in without.data
    assert HOLDOUT20_COLUMN not in without.markdown and "holdout20" not in without.data
    assert "No held-out column" in without.markdown


def test_other_types_are_scored_only_on_pages_complete_for_them() -> None:
    """coverage.json semantics: a page counts for a type when listed under it or under
    all_types; a reference covering no page of the split drops out."""
    from corpus.evalset_score import complete_pages, type_scores

    def m(doc, s, e, lab):
        return {"doc_id": doc, "start": s, "end": e, "label": lab}

    texts = {"p1": "x" * 50, "p2": "x" * 50}
    pred = [m("p1", 0, 5, "ORG"), m("p2", 0, 5, "ORG"), m("p2", 10, 15, "GPE")]
    refs = {"a": {"coverage": {"all_types": ["p1"], "GPE": ["p2"]},
                  "mentions": [m("p1", 0, 5, "ORG"), m("p2", 0, 5, "ORG"),
                               m("p2", 10, 15, "GPE"), m("p2", 20, 25, "GPE")]},
            "none": {"coverage": {"PERSON": ["p1", "p2"]}, "mentions": []}}
    assert complete_pages(refs["a"]["coverage"], "GPE") == {"p1", "p2"}
    res = type_scores(texts, pred, refs, ("ORG", "GPE"))
    assert set(res["references"]) == {"a"}
    org, gpe = res["references"]["a"]["ORG"], res["references"]["a"]["GPE"]
    assert (org["correct"], org["predicted"], org["gold"], org["pages"]) == (1, 1, 1, 1)
    assert (gpe["correct"], gpe["predicted"], gpe["gold"], gpe["pages"]) == (1, 1, 2, 2)


def test_evalset_score_command(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """`corpus evalset score` is the scorer behind a CLI: the split it is given, the table,
    the JSON; a split it does not know is refused."""
    from typer.testing import CliRunner

    import corpus.evalset_score as score
    from corpus.cli import app

    seen = []

    def fake(root, split, gold=None, catalogue=None, collections=None):
        seen.append((split, collections))
        return dict(_fake_result(split, 3), segments=dict(
            _fake_result(split, 3)["segments"], boilerplate_chars=score.prf(1, 1, 1)),
            mentions=dict(_fake_result(split, 3)["mentions"], labels_exact={}))

    monkeypatch.setattr(score, "evaluate_split", fake)
    out = tmp_path / "s.json"
    r = CliRunner().invoke(app, ["evalset", "score", "--root", str(ROOT), "--split", "holdout",
                                 "--json", str(out)])
    assert r.exit_code == 0, r.output
    assert seen == [("holdout", None)] and "ORG" not in r.output  # no reference
    assert "direct + mixed quotes, exact span F1" in r.output
    assert json.loads(out.read_text(encoding="utf-8"))["split"] == "holdout"
    r = CliRunner().invoke(app, ["evalset", "score", "--root", str(ROOT), "--split", "all",
                                 "--collection", "1"])
    assert r.exit_code == 0 and seen[-1] == (None, {1}) and "vs annotator_a" in r.output
    assert CliRunner().invoke(app, ["evalset", "score", "--split", "train"]).exit_code != 0


def test_a_bad_coverage_file_is_refused_by_name(project: Path) -> None:
    """coverage.json decides what is scored: one that is not doc_id lists is named, not
    read as covering nothing (nor everything)."""
    from corpus.errors import CorpusError
    from corpus.evalset_score import type_references

    cov = project / "evaluation" / "passes" / "holdout_b" / "coverage.json"
    cov.write_text(json.dumps({"all_types": "ev-x"}), encoding="utf-8")
    with pytest.raises(CorpusError) as e:
        type_references(project)
    assert "evaluation/passes/holdout_b/coverage.json" in str(e.value.problems[0])
    assert "all_types" in str(e.value.problems[0])
    from corpus.figures import check_inputs
    from corpus.project import load_project

    with pytest.raises(CorpusError):  # so `corpus validate` refuses what `release` would
        check_inputs(load_project(project))


def test_a_later_dev_page_outside_dev_and_an_unknown_collection_are_refused(project: Path) -> None:
    """Collections 3, 4 and 5 are dev by collection: a collection-4 page marked `test` is named
    (file, record, field); scoring a collection that does not exist is an error naming it,
    not an empty table."""
    from corpus.errors import CorpusError
    from corpus.evalset import read_eval_manifest, split_pages

    assert {p.split for p in read_eval_manifest(project) if p.collection == 4} == {"dev"}
    path = project / "evaluation" / "manifest.jsonl"
    recs = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    bad = next(r for r in recs if r.get("collection") == 4)
    bad["split"] = "test"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs),
                    encoding="utf-8")
    with pytest.raises(CorpusError) as e:
        read_eval_manifest(project)
    p = e.value.problems[0]
    assert (p.record, p.field) == (bad["doc_id"], "split") and "collection 4" in p.what
    with pytest.raises(CorpusError) as e:
        split_pages(ROOT, "dev", {99})
    assert "collection [99]" in str(e.value)
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 6} == {"holdout"}
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 7} == {"holdout"}
    assert {p.collection for p in split_pages(ROOT, "dev", {4})} == {4}
    assert {p.collection for p in split_pages(ROOT, "dev", {5})} == {5}
    assert {p.collection for p in split_pages(ROOT, "dev", {8})} == {8}
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 8} == {"dev"}
    assert {p.collection for p in split_pages(ROOT, "dev", {9})} == {9}
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 9} == {"dev"}
    assert {p.collection for p in split_pages(ROOT, "dev", {11})} == {11}
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 11} == {"dev"}
    # collection 13: dev too, scored on arrival (its gold made by reading first)
    assert {p.collection for p in split_pages(ROOT, "dev", {13})} == {13}
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 13} == {"dev"}
    # collection 14: dev as well, scored on arrival like 13
    assert {p.collection for p in split_pages(ROOT, "dev", {14})} == {14}
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 14} == {"dev"}
    # collection 16: dev as well, scored on arrival like 13 and 14
    assert {p.collection for p in split_pages(ROOT, "dev", {16})} == {16}
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 16} == {"dev"}
    # collection 10: held out like 6 and 7, selectable on its own, never in the guard's splits
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 10} == {"holdout"}
    assert {p.collection for p in split_pages(ROOT, "holdout", {10})} == {10}
    # collection 12: held out too (made beside dev collection 11), likewise
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 12} == {"holdout"}
    assert {p.collection for p in split_pages(ROOT, "holdout", {12})} == {12}
    # collection 15: held out too (made when 10 and 12 had been scored), likewise
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 15} == {"holdout"}
    assert {p.collection for p in split_pages(ROOT, "holdout", {15})} == {15}
    # collection 17: held out too (made when 15 had been scored and 16 was being tuned on)
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 17} == {"holdout"}
    assert {p.collection for p in split_pages(ROOT, "holdout", {17})} == {17}
    # collection 20: held out too (made while dev collection 19 was being made and tuned on)
    assert {p.split for p in read_eval_manifest(ROOT) if p.collection == 20} == {"holdout"}
    assert {p.collection for p in split_pages(ROOT, "holdout", {20})} == {20}
    assert not {p.collection for p in split_pages(ROOT, None)} & {2, 6, 7, 10, 12, 15, 17, 20}
    import eval_outofsample  # --check and --record measure dev and test only

    guarded = {c for cs in eval_outofsample.present_collections().values() for c in cs}
    assert not guarded & {2, 6, 7, 10, 12, 15, 17, 20}


def test_an_annotator_failing_on_a_page_is_a_named_error() -> None:
    """A bug an unseen page triggers in an annotator stops `corpus evalset score` with the
    page and the annotator named and a non-zero exit, not a traceback."""
    script = (
        "import sys\n"
        "import corpus.segment as s\n"
        "def boom(text):\n"
        "    raise ValueError('index out of range at block 7')\n"
        "s.segment_text = boom\n"
        "from corpus.cli import main\n"
        "sys.argv = ['corpus', 'evalset', 'score', '--split', 'dev', '--collection', '3']\n"
        "main()\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=ROOT)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr, out.stderr
    assert "evaluation/pages/ev-" in out.stderr and "segmenter" in out.stderr, out.stderr
    assert "ValueError: index out of range at block 7" in out.stderr, out.stderr


@pytest.mark.parametrize("script", ["eval_segments", "eval_preannotators"])
def test_seed_scoring_scripts_refuse_the_evaluation_pages(script, capsys) -> None:
    """The seed scorers read every *.txt of a folder with no split: pointed at the evaluation
    set they would run the annotators on test and held-out pages, so they refuse it."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(script, ROOT / "scripts" / f"{script}.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    assert mod.main(["--seeds", str(ROOT / "evaluation" / "pages")]) == 2
    assert "corpus evalset score" in capsys.readouterr().err

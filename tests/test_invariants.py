"""Invariants a researcher relies on, checked on a built release (issue: gold annotations)."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

from corpus.vocab import ANNOTATED_ENTITY_LABELS
from tests.conftest import ROOT


def _rows(release, name: str) -> list[dict]:
    return pq.read_table(release / "data" / f"{name}.parquet").to_pylist()


@pytest.fixture(scope="module")
def rel(built_release):
    return {name: _rows(built_release, name) for name in
            ("documents", "segments", "mentions", "entities", "quotes", "claims",
             "claim_evidence", "sources")}


def test_every_document_has_every_layer(rel):
    for d in rel["documents"]:
        for layer in ("mentions", "quotes", "claims"):
            assert any(r["doc_id"] == d["doc_id"] for r in rel[layer]), (d["doc_id"], layer)


def test_direct_and_mixed_quotes_have_a_speaker_or_a_reason(rel):
    for q in rel["quotes"]:
        if q["kind"] in ("direct", "mixed"):
            assert q["speaker_entity_id"] or q["speaker_unknown_reason"], q["quote_id"]


def test_cluster_members_exist_and_have_one_reference(rel):
    docs = {d["doc_id"] for d in rel["documents"]}
    clusters: dict[str, list[dict]] = {}
    for q in rel["quotes"]:
        if q["cluster_id"]:
            assert q["doc_id"] in docs
            assert q["variant"] is not None, q["quote_id"]
            clusters.setdefault(q["cluster_id"], []).append(q)
    assert clusters, "no quote clusters"
    for cid, members in clusters.items():
        assert len({m["doc_id"] for m in members}) >= 2, cid


def test_claim_evidence_points_at_real_spans(rel):
    text = {d["doc_id"]: d["text"] for d in rel["documents"]}
    claims = {c["claim_id"] for c in rel["claims"]}
    for e in rel["claim_evidence"]:
        assert e["claim_id"] in claims
        assert text[e["doc_id"]][e["start"]:e["end"]] == e["text"]


def test_refuted_claims_have_evidence(rel):
    with_spans = {e["claim_id"] for e in rel["claim_evidence"]}
    refuted = [c for c in rel["claims"] if c["status"] == "refuted"]
    assert refuted, "the machine-written version has fabricated facts: expected refuted claims"
    for c in refuted:
        assert c["claim_id"] in with_spans or c["world_knowledge"], c["claim_id"]


def test_mentions_use_annotated_labels_and_link_names(rel):
    ents = {e["entity_id"]: e for e in rel["entities"]}
    for m in rel["mentions"]:
        assert m["label"] in ANNOTATED_ENTITY_LABELS or m["uncertain"], m["mention_id"]
        if m["entity_id"]:
            assert ents[m["entity_id"]]["label"] == m["label"]


def test_mention_spans_exclude_titles_and_possessives(rel):
    for m in rel["mentions"]:
        assert not m["text"].endswith(("’s", "'s")), m["mention_id"]
        assert not m["text"].startswith(("President ", "Prime Minister ", "Chancellor ")), \
            m["mention_id"]


def test_document_parents_resolve(rel):
    known = {d["doc_id"] for d in rel["documents"]} | {s["source_id"] for s in rel["sources"]}
    for d in rel["documents"]:
        assert set(d["derived_from"]) <= known, d["doc_id"]
        if d["derivation"] in ("update", "copy", "rewrite"):
            assert d["derived_from"], d["doc_id"]


def test_root_datasheet_matches_the_release(built_release):
    """DATASHEET.md at the project root is the release's own, so its figures are true."""
    assert (ROOT / "DATASHEET.md").read_text(encoding="utf-8") == (
        built_release / "DATASHEET.md").read_text(encoding="utf-8"), \
        "DATASHEET.md is stale: run `make release` and copy dist/*/DATASHEET.md to the root"


def test_changelog_counts_match_the_release(built_release):
    """The release notes quote counts by hand; they must be the release's own."""
    import re

    notes = (built_release / "CHANGELOG.md").read_text(encoding="utf-8")
    version = built_release.name.removeprefix("storydrift-")
    section = notes.split(f"## [{version}]", 1)[1].split("\n## [", 1)[0]
    rows = {name: pq.read_metadata(built_release / "data" / f"{name}.parquet").num_rows
            for name in ("mentions", "entities", "quotes", "claims", "claim_evidence",
                         "segments")}
    phrases = {"mentions": r"(\d+) entity mentions", "entities": r"(\d+) canonical entities",
               "quotes": r"(\d+) quotes", "claims": r"(\d+) claims",
               "claim_evidence": r"(\d+) evidence spans", "segments": r"\((\d+) segments"}
    for name, rx in phrases.items():
        m = re.search(rx, section)
        assert m and int(m.group(1)) == rows[name], (name, m and m.group(0), rows[name])

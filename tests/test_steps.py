"""Steps over Arrow batches give the same rows as the per-text functions they wrap."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pyarrow as pa

from corpus.documents import texts_from_paths
from corpus.steps import SHARD_STEPS, STEPS, ShardContext
from tests.conftest import ROOT


def _batch() -> pa.Table:
    texts = texts_from_paths([ROOT / "seeds"])
    return pa.table({"doc_id": list(texts), "text": list(texts.values())})


def test_pipeline_is_a_list_of_named_versioned_steps():
    names = [s.name for s, _, _ in SHARD_STEPS]
    assert names == ["load_documents", "attach_labels", "segment", "derive",
                     "gate_per_document", "drift"]
    assert all(STEPS[n].version for n in names)


def test_reductions_are_a_named_list():
    from corpus.build import REDUCTIONS

    assert [f.__name__ for f in REDUCTIONS] == [
        "shard_errors", "layers_reassembled", "documents_without_text", "card_figures",
        "spans_without_document", "drift_counts", "layer_gate"]
    assert all(f.__doc__ for f in REDUCTIONS)


def test_mentions_step_equals_one_text_at_a_time(tmp_path):
    from corpus.preannotate.entities import extract_mentions

    batch = _batch()
    cat = ROOT / "annotations" / "gold" / "entities.jsonl"
    ctx = ShardContext(ROOT, 0, {"catalogue": cat})
    rows = STEPS["preannotate_mentions"].fn(batch, ctx).to_pylist()
    single = [dict(m.__dict__, doc_id=d) for d, t in zip(batch["doc_id"].to_pylist(),
                                                          batch["text"].to_pylist(), strict=True)
              for m in extract_mentions(t, cat)]
    assert rows == single and len(rows) > 100
    assert any(r["source"] == "catalogue" for r in rows)


def test_catalogue_cache_sees_an_edited_file(tmp_path):
    from corpus.preannotate.entities import extract_mentions, load_catalogue

    cat = tmp_path / "entities.jsonl"
    cat.write_text(json.dumps({"entity_id": "org:acme", "name": "Acme Widgets",
                               "label": "ORG", "aliases": []}) + "\n", encoding="utf-8")
    text = "Officials at Acme Widgets and Zorblax Corp spoke."
    assert [m.entity_id for m in extract_mentions(text, cat)][:1] == ["org:acme"]
    assert load_catalogue(cat) == load_catalogue(cat)
    cat.write_text(json.dumps({"entity_id": "org:zorblax", "name": "Zorblax Corp",
                               "label": "ORG", "aliases": []}) + "\n", encoding="utf-8")
    st = cat.stat()
    os.utime(cat, ns=(st.st_atime_ns, st.st_mtime_ns + 10**9))  # a later version
    ids = {m.entity_id for m in extract_mentions(text, cat)}
    assert "org:zorblax" in ids and "org:acme" not in ids


def test_quotes_step_finds_the_quotes():
    from corpus.preannotate.quotes import extract_quotes

    batch = _batch()
    rows = STEPS["preannotate_quotes"].fn(batch, ShardContext(Path(ROOT), 0, {})).to_pylist()
    assert len(rows) == sum(len(extract_quotes(t)) for t in batch["text"].to_pylist()) > 20

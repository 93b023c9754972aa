"""The layer registry: a layer declared once is validated, released and loaded.

The test-only layer below is declared in this file and nowhere else: no module of
``corpus/`` or ``schemas/`` knows it, so if the build, the gate, the card or verify
still kept their own lists of layers, this test would fail.
"""

from __future__ import annotations

import json

import pandas as pd
import pandera.pandas as pa
import pyarrow as pa_arrow
import pyarrow.parquet as pq
import pytest
from pandera.typing import Series

from corpus.errors import CorpusError
from corpus.project import load_project
from corpus.registry import REGISTRY, ForeignKey, Layer, registered
from corpus.tables import Column, Table, _span
from schemas.base import TrimmedSpanModel
from tests.conftest import copy_project

TONE = Table(
    name="tones",
    doc="Test-only layer: the tone of a sentence.",
    key=("doc_id", "start", "end", "tone_id"),
    spans=("",),
    id_column="tone_id",
    columns=(
        Column("tone_id", pa_arrow.string(), "stable id"),
        Column("doc_id", pa_arrow.string(), "document"),
        *_span(),
        Column("tone", pa_arrow.string(), "neutral or alarmed", vocab=("neutral", "alarmed")),
        Column("about_entity_id", pa_arrow.string(), "entity the tone is about",
               nullable=True),
    ),
)


class TonesModel(TrimmedSpanModel):
    tone_id: Series[str] = pa.Field(unique=True)
    tone: Series[str] = pa.Field(isin=("neutral", "alarmed"))
    about_entity_id: Series[str] = pa.Field(nullable=True)

    @pa.dataframe_check(name="short")
    def short(cls, df: pd.DataFrame) -> Series[bool]:
        return df["text"].str.len() < 500


TONES = Layer(TONE, TonesModel,
              foreign_keys=(ForeignKey("about_entity_id", (("entities", "entity_id"),),
                                       "entity {} does not exist"),))


def _tone_records(project_root, n: int = 2) -> list[dict]:
    docs = {}
    for line in (project_root / "seeds" / "manifest.jsonl").read_text().splitlines():
        m = json.loads(line)
        docs[m["doc_id"]] = (project_root / "seeds" / m["file"]).read_text(encoding="utf-8")
    out = []
    for doc_id, text in sorted(docs.items())[:n]:
        s = text.index("Paris")
        out.append({"tone_id": f"t:{doc_id}:{s}", "doc_id": doc_id, "start": s, "end": s + 5,
                    "text": text[s:s + 5], "tone": "neutral", "about_entity_id": None})
    return out


def _write(path, records):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                    encoding="utf-8")


def test_registered_layer_is_validated_released_and_loaded(tmp_path):
    from datasets import load_dataset

    from corpus.release import release
    from corpus.verify import verify_release

    root = copy_project(tmp_path / "proj")
    _write(root / "annotations" / "gold" / "tones.jsonl", _tone_records(root))
    assert "tones" not in REGISTRY
    with registered(TONES):
        result = release(load_project(root))
        out = result.path
        assert (out / "data" / "tones.parquet").is_file()
        rows = pq.read_table(out / "data" / "tones.parquet").to_pylist()
        assert [r["text"] for r in rows] == ["Paris", "Paris"]
        card = (out / "README.md").read_text(encoding="utf-8")
        assert "config_name: tones" in card and "### `tones`" in card
        report = json.loads((out / "validation.json").read_text())
        assert report["tables"]["tones"]["rows"] == 2
        verify_release(out)  # verify reads the registered table too
        ds = load_dataset(str(out), "tones", split="train")
        assert ds.features["tone"].names == ["neutral", "alarmed"]
        assert ds[0]["text"] == "Paris"
    assert "tones" not in REGISTRY


@pytest.mark.parametrize("field, value, check", [
    ("text", "Pariz", "text_matches_offsets"),        # cross-table span check
    ("tone", "cheerful", "isin"),                      # the layer's own pandera model
    ("about_entity_id", "per:nobody", "foreign_key"),  # its declared foreign key
])
def test_registered_layer_goes_through_the_gate(tmp_path, field, value, check):
    from corpus.build import build_frames
    from corpus.gate import run_gate

    root = copy_project(tmp_path / "proj")
    recs = _tone_records(root)
    recs[1][field] = value
    _write(root / "annotations" / "gold" / "tones.jsonl", recs)
    with registered(TONES):
        report = run_gate(build_frames(load_project(root)))
    assert not report.passed
    bad = [p for p in report.problems if p.file == "annotations/gold/tones.jsonl"]
    assert bad and bad[0].line == 2 and check in (bad[0].check or bad[0].what)


def test_unknown_layer_file_is_refused(tmp_path):
    """Without the declaration the same file is an error, not silently ignored."""
    from corpus.build import build_frames

    root = copy_project(tmp_path / "proj")
    _write(root / "annotations" / "gold" / "tones.jsonl", _tone_records(root))
    with pytest.raises(CorpusError) as e:
        build_frames(load_project(root))
    assert "tones.jsonl" in e.value.report() and "no registered layer" in e.value.report()


def test_layer_tables_stay_chunked_past_the_offset_limit():
    """A layer file whose text would overflow a string column's 32-bit offsets when combined
    is kept in chunks (issue 7), and under the limit it is one chunk, as before."""
    from corpus.jsonl import LINE_KEY
    from corpus.layers import combined, records_to_table
    from corpus.tables import TABLES

    recs = [{"mention_id": f"m:d:{i}-{i + 1}", "doc_id": "d", "start": i, "end": i + 1,
             "text": "x" * 50, "label": "PERSON", "entity_id": None, "uncertain": False,
             LINE_KEY: i + 1} for i in range(30)]
    whole = records_to_table(recs, TABLES["mentions"], "mentions.jsonl", chunk=10)
    assert whole.column("text").num_chunks == 1
    parts = [whole.slice(0, 10), whole.slice(10, 10), whole.slice(20, 10)]
    kept = combined(parts, limit=whole.nbytes // 2)
    assert kept.column("text").num_chunks == 3
    assert kept.equals(whole)

"""A user's first release: two stories of one version each, no annotations beyond the
documents' labels, so most tables have no rows. Built through the real CLI and loaded with
the real ``datasets``: every config the card lists loads, and no config is listed that
cannot (``datasets`` cannot load a split of zero rows)."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from corpus.tables import TABLES, VIEWS
from tests.conftest import ROOT, run_corpus

TEXTS = {
    "a.txt": "LONDON (Wire) - The mayor said on Monday that \"the bridge will reopen in May,\" "
             "officials said.\n\nReporting by Jane Doe.",
    "b.txt": "Floods close roads\n\nHeavy rain closed three roads in Leeds on Tuesday, the "
             "council said.",
}
EMPTY_LAYERS = ["sources", "entities", "mentions", "quotes", "claims", "claim_evidence",
                "alignments"]


def _jsonl(path: Path, records: list[dict]) -> None:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


def _small_project(root: Path) -> Path:
    """As the README's "Adding articles" says, with nothing but the documents labelled."""
    root.mkdir(parents=True)
    for name in ("CHANGELOG.md", "CITATION.cff"):
        shutil.copy2(ROOT / name, root / name)
    pp = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    pp, n = re.subn(r"(?m)^sources = \[.*\]$", 'sources = ["my_articles"]\nempty_layers = '
                    + json.dumps(EMPTY_LAYERS), pp)
    assert n == 1
    (root / "pyproject.toml").write_text(pp, encoding="utf-8")
    src = root / "my_articles"
    src.mkdir()
    manifest, gold = [], []
    for i, (name, text) in enumerate(TEXTS.items(), start=1):
        (src / name).write_bytes(text.encode("utf-8"))
        doc_id = f"my-{i:03d}"
        manifest.append({"doc_id": doc_id, "file": name,
                         "sha256": hashlib.sha256(text.encode("utf-8")).hexdigest(),
                         "story_id": f"story-{i}", "language": "en-GB",
                         "language_evidence": "British place names", "outlet": None,
                         "outlet_evidence": "no outlet named in the text", "date": "2025-09-05"})
        gold.append({"doc_id": doc_id, "story_id": f"story-{i}", "derivation": "original",
                     "derivation_note": "the only version", "authorship": "unknown",
                     "authorship_note": "no byline", "derived_from": [], "uncertain": False,
                     "note": None})
    _jsonl(src / "manifest.jsonl", manifest)
    (root / "annotations" / "gold").mkdir(parents=True)
    _jsonl(root / "annotations" / "gold" / "documents.jsonl", gold)
    _jsonl(root / "annotations" / "annotators.jsonl", [{
        "annotator": "tester", "kind": "human", "model_family": None, "role": "single pass",
        "layers": ["documents"], "separation": "one annotator", "method": "read each text",
        "human_review": True}])
    return root


@pytest.fixture(scope="module")
def small_release(tmp_path_factory) -> tuple[Path, str]:
    root = _small_project(tmp_path_factory.mktemp("zero") / "proj")
    r = run_corpus("release", "--root", str(root))
    assert r.returncode == 0, r.stderr
    return Path(r.stdout.splitlines()[-1]), r.stderr


def _rows(release: Path) -> dict[str, int]:
    return {name: pq.read_metadata(release / "data" / f"{name}.parquet").num_rows
            for name in [*TABLES, *VIEWS]}


def test_zero_row_tables_are_schema_only_parquet(small_release):
    release, stderr = small_release
    rows = _rows(release)
    empty = [n for n, r in rows.items() if r == 0]
    # what the user's corpus lacks: no annotations, one version per story
    assert set(EMPTY_LAYERS) | {"version_pairs", "quote_proposals"} <= set(empty)
    assert rows["documents"] == 2 and rows["segments"] > 0
    for name in empty:
        t = pq.read_table(release / "data" / f"{name}.parquet")
        assert t.num_rows == 0
        schema = (TABLES.get(name) or VIEWS[name])
        assert t.schema.names == [c.name for c in schema.columns]
    assert "no rows in " + ", ".join(sorted(empty)) in stderr


def test_every_listed_config_loads_and_no_other(small_release):
    datasets = pytest.importorskip("datasets")
    release, _ = small_release
    rows = _rows(release)
    meta = yaml.safe_load((release / "README.md").read_text(encoding="utf-8").split("---\n")[1])
    listed = [c["config_name"] for c in meta["configs"]]
    assert listed == [n for n, r in rows.items() if r]  # table order, every table with rows
    assert [i["config_name"] for i in meta["dataset_info"]] == listed
    assert datasets.get_dataset_config_names(str(release)) == listed
    for name in listed:
        ds = datasets.load_dataset(str(release), name, split="train")
        assert ds.num_rows == rows[name] > 0
    docs = datasets.load_dataset(str(release), split="train")  # the default config
    assert sorted(d["text"] for d in docs) == sorted(TEXTS.values())
    with pytest.raises(ValueError, match="BuilderConfig 'claims' not found"):
        datasets.load_dataset(str(release), "claims", split="train")
    body = (release / "README.md").read_text(encoding="utf-8")
    assert "**Tables with no rows.** `sources`, " in body
    assert '"quotes", split="train"' not in body  # the loading example uses configs that exist


def test_datasets_still_cannot_load_a_zero_row_split(small_release, tmp_path):
    """Why the card lists no config for an empty table: if this starts to fail, datasets
    has learnt to load empty splits and the card can list them again."""
    datasets = pytest.importorskip("datasets")
    release, _ = small_release
    (tmp_path / "data").mkdir()
    shutil.copy2(release / "data" / "claims.parquet", tmp_path / "data" / "claims.parquet")
    (tmp_path / "README.md").write_text(
        "---\nconfigs:\n- config_name: claims\n  data_files:\n  - split: train\n"
        "    path: data/claims.parquet\n---\n", encoding="utf-8")
    with pytest.raises(ValueError, match="corresponds to no data"):
        datasets.load_dataset(str(tmp_path), "claims", split="train")


def test_croissant_has_every_table_and_verify_passes(small_release):
    mlc = pytest.importorskip("mlcroissant")
    release, _ = small_release
    doc = json.loads((release / "croissant.json").read_text(encoding="utf-8"))
    assert [r["name"] for r in doc["recordSet"]] == [*TABLES, *VIEWS]
    claims = next(r for r in doc["recordSet"] if r["name"] == "claims")
    assert "0 rows" in claims["description"] and "not a datasets config" in claims["description"]
    ds = mlc.Dataset(jsonld=release / "croissant.json")  # raises if invalid
    assert list(ds.records(record_set="claims")) == []
    assert len(list(ds.records(record_set="documents"))) == 2
    r = run_corpus("verify", str(release))
    assert r.returncode == 0, r.stderr

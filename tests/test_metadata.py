"""What a researcher meets first: the card, croissant.json, the data statement, BUILD.json."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml

from corpus.buildinfo import source_commit
from corpus.tables import TABLES, VIEWS
from tests.conftest import ROOT, copy_project

CONFIGS = [*TABLES, *VIEWS]


def _front(card: Path) -> tuple[dict, str]:
    text = card.read_text(encoding="utf-8")
    _, meta, body = text.split("---\n", 2)
    return yaml.safe_load(meta), body


def _rows(release: Path, config: str) -> int:
    return sum(pq.read_metadata(f).num_rows for f in sorted((release / "data").glob(
        f"{config}*.parquet")) if re.fullmatch(rf"{config}(-\d{{5}}-of-\d{{5}})?\.parquet", f.name))


def test_load_dataset_without_a_config_name_gives_the_documents(built_release):
    datasets = pytest.importorskip("datasets")
    docs = datasets.load_dataset(str(built_release), split="train")
    assert docs.num_rows == _rows(built_release, "documents")
    assert "text" in docs.column_names and "derivation" in docs.column_names


def test_card_metadata_is_computed_from_the_release(built_release):
    meta, _ = _front(built_release / "README.md")
    assert [c["config_name"] for c in meta["configs"]] == CONFIGS
    assert [c["config_name"] for c in meta["configs"] if c.get("default")] == ["documents"]
    docs = pq.read_table(built_release / "data" / "documents.parquet").to_pylist()
    assert meta["language"] == sorted({d["language"].split("-")[0] for d in docs})
    assert meta["language_details"] == ", ".join(sorted({d["language"] for d in docs}))
    assert meta["annotations_creators"] == ["machine-generated"]  # AI annotators only
    assert "machine-generated" in meta["language_creators"]  # doc 004 is machine-written
    for key in ("pretty_name", "license", "multilinguality", "size_categories",
                "source_datasets", "task_categories", "task_ids"):
        assert meta[key], key
    assert "token-classification" in meta["task_categories"]
    infos = {i["config_name"]: i for i in meta["dataset_info"]}
    assert list(infos) == CONFIGS
    for name, info in infos.items():
        (split,) = info["splits"]
        assert split["name"] == "train" and split["num_examples"] == _rows(built_release, name)
        files = [built_release / c["data_files"][0]["path"] for c in meta["configs"]
                 if c["config_name"] == name]
        assert info["download_size"] == sum(f.stat().st_size for f in files)
        assert info["dataset_size"] == split["num_bytes"] > 0
        names = [f["name"] for f in info["features"]]
        schema = (TABLES.get(name) or VIEWS[name]).columns
        assert names == [c.name for c in schema]


def test_card_says_who_made_the_labels_beside_every_figure(built_release):
    _, body = _front(built_release / "README.md")
    stats = json.loads((built_release / "stats.json").read_text())
    for title in stats["figures"]:
        section = body.split(f"\n## {title}\n", 1)[1].split("\n## ", 1)[0]
        assert section.lstrip().startswith("**Who made the labels behind this figure.**"), title
        assert "AI annotator sessions" in section and "No person has reviewed" in section
    agreement = body.split("\n## Inter-annotator agreement\n", 1)[1].split("\n## ", 1)[0]
    assert "one and the same model" in agreement and "by instruction only" in agreement
    assert "not how reliably different people" in agreement
    for heading in ("## Uses", "## Bias, risks and limitations", "## Citation",
                    "## Contact and maintenance", "**Out of scope.**"):
        assert heading in body
    assert "@misc{storydrift_" in body


def test_datasheet_agrees_with_itself(built_release):
    text = (built_release / "DATASHEET.md").read_text(encoding="utf-8")
    assert "by hand" not in text and "hand-checked" not in text
    assert "AI development session" in text  # the gold segmentation, like every label


def test_croissant_validates_and_loads_a_record_set(built_release):
    mlc = pytest.importorskip("mlcroissant")
    doc = json.loads((built_release / "croissant.json").read_text(encoding="utf-8"))
    assert doc["conformsTo"] == "http://mlcommons.org/croissant/1.1"
    for key in ("rai:dataCollection", "rai:dataAnnotationProtocol", "rai:dataAnnotationPlatform",
                "rai:annotatorDemographics", "rai:machineAnnotationTools", "rai:dataBiases",
                "rai:dataLimitations", "rai:personalSensitiveInformation",
                "rai:dataReleaseMaintenancePlan"):
        assert doc[key], key
    assert [r["name"] for r in doc["recordSet"]] == CONFIGS
    for fo in doc["distribution"]:
        if fo["@type"] == "cr:FileObject":
            got = subprocess.run(["sha256sum", fo["contentUrl"]], cwd=built_release,
                                 capture_output=True, text=True).stdout.split()[0]
            assert got == fo["sha256"]
    ds = mlc.Dataset(jsonld=built_release / "croissant.json")  # raises if invalid
    recs = list(ds.records(record_set="documents"))
    want = pq.read_table(built_release / "data" / "documents.parquet").to_pylist()
    assert [r["documents/doc_id"].decode() for r in recs] == [d["doc_id"] for d in want]
    assert [r["documents/text"].decode() for r in recs] == [d["text"] for d in want]
    tok = next(iter(ds.records(record_set="tokens")))
    assert len(tok["tokens/tokens"]) == len(tok["tokens/ner_tags"]) > 0


def test_data_statement(built_release):
    text = (built_release / "DATA_STATEMENT.md").read_text(encoding="utf-8")
    for h in ("A. Curation rationale", "B. Language variety", "C. Speaker demographic",
              "D. Annotator demographic", "E. Speech situation", "F. Text characteristics",
              "I. Provenance appendix"):
        assert f"## {h}" in text
    for d in pq.read_table(built_release / "data" / "documents.parquet").to_pylist():
        assert d["language_evidence"] and d["outlet_evidence"]
        assert f"| {d['doc_id']} | {d['language']} | {d['language_evidence']} |" in text


def test_outlets_and_languages_are_in_the_data(built_release):
    docs = {d["doc_id"]: d for d in
            pq.read_table(built_release / "data" / "documents.parquet").to_pylist()}
    assert docs["000_6c756e0b388ccfc7"]["outlet"] == "ABC News"
    assert "contributed to this report" in docs["000_6c756e0b388ccfc7"]["outlet_evidence"]
    assert docs["003_b3393c7033fbc698"]["language"] == "en-IN"


def test_build_json_without_git(built_release):
    build = json.loads((built_release / "BUILD.json").read_text())
    assert build == {"commit": None, "commit_date": None, "tree_clean": None,
                     "version": build["version"]}  # a copy outside any repository


def test_source_commit_of_a_repository(tmp_path):
    proj = copy_project(tmp_path / "proj")
    git = ["git", "-C", str(proj), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-qm", "x"], check=True)
    head = subprocess.run([*git, "rev-parse", "HEAD"], capture_output=True, text=True).stdout
    got = source_commit(proj)
    assert got["commit"] == head.strip() and got["tree_clean"] is True
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", got["commit_date"])
    (proj / "seeds" / "new.txt").write_text("x")
    assert source_commit(proj)["tree_clean"] is False
    inner = proj / "sub"
    inner.mkdir()
    assert source_commit(inner)["commit"] is None  # not the top of a repository


def test_token_view_matches_the_mentions(built_release):
    texts = {d["doc_id"]: d["text"] for d in
             pq.read_table(built_release / "data" / "documents.parquet").to_pylist()}
    rows = pq.read_table(built_release / "data" / "tokens.parquet").to_pylist()
    starts = {}
    for r in rows:
        assert texts[r["doc_id"]][r["start"]:r["end"]] == r["text"]
        for tok, s, e, tag in zip(r["tokens"], r["token_starts"], r["token_ends"],
                                  r["ner_tags"], strict=True):
            assert texts[r["doc_id"]][s:e] == tok and r["start"] <= s < e <= r["end"]
            starts[(r["doc_id"], s)] = tag
    mentions = pq.read_table(built_release / "data" / "mentions.parquet").to_pylist()
    tagged = 0
    for m in mentions:
        tag = starts.get((m["doc_id"], m["start"]))
        if tag == f"B-{m['label']}":
            tagged += 1
    assert tagged >= 0.95 * len(mentions)  # nested mentions keep the outer tag only


def test_citation_cff_is_valid_yaml_with_the_basics():
    cff = yaml.safe_load((ROOT / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0" and cff["title"] and cff["authors"]

"""A user's own stories get a card, DATASHEET, DATA_STATEMENT and croissant.json that
describe them: their counts, their topic (or a neutral sentence), and nothing of the seeds'
story, which those files may only state of the seed documents themselves."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from corpus.errors import CorpusError
from corpus.facts import SEEDS
from corpus.project import load_project
from tests.conftest import ROOT, run_corpus
from tests.test_zero_rows import _small_project

TOPIC = "local news from London and Leeds (a bridge reopening, floods)"
FILES = ("README.md", "DATASHEET.md", "DATA_STATEMENT.md", "croissant.json")
# The seeds' story, outlets and collection: none of it is true of the user's two stories.
SEED_WORDS = ("Ukraine", "Coalition of the Willing", "Paris", "Prague", "Downing Street",
              "4 September 2025", "ABC News", "content-farm", "five seed", "seed document",
              "seeds/manifest", "political", "No human annotators", "Web Scraping", "doc 003")


@pytest.fixture(scope="module")
def user_release(tmp_path_factory) -> dict[str, str]:
    root = _small_project(tmp_path_factory.mktemp("cardtxt") / "proj")
    pp = (root / "pyproject.toml").read_text(encoding="utf-8")
    pp, n = re.subn(r"(?m)^(description = \"One news story|topic = ).*\n", "", pp)
    assert n == 2, "the repository's pyproject sets description and topic"
    pp = pp.replace("[tool.storydrift]\n", f"[tool.storydrift]\ntopic = {json.dumps(TOPIC)}\n")
    (root / "pyproject.toml").write_text(pp, encoding="utf-8")
    # CITATION.cff is the user's too (croissant.json's description is its abstract)
    cff = yaml.safe_load((root / "CITATION.cff").read_text(encoding="utf-8"))
    cff.update(title="Two local stories", abstract=f"Two news stories: {TOPIC}.")
    (root / "CITATION.cff").write_text(yaml.safe_dump(cff), encoding="utf-8")
    r = run_corpus("release", "--root", str(root))
    assert r.returncode == 0, r.stderr
    out = Path(r.stdout.splitlines()[-1])
    return {f: (out / f).read_text(encoding="utf-8") for f in FILES}


@pytest.mark.parametrize("name", FILES)
def test_no_seed_sentences(user_release, name):
    text = user_release[name]
    found = [w for w in SEED_WORDS if w.lower() in text.lower()]
    assert not found, f"{name} says {found} of a corpus without the seeds"


def test_own_counts_and_topic(user_release):
    card, sheet, stmt = (user_release[f] for f in FILES[:3])
    croissant = json.loads(user_release["croissant.json"])
    assert "2 stories in 2 documents (by derivation: original 2)" in card
    assert "**Size.** 2 documents of 2 stories" in card
    assert "English only (en-GB)" in card
    assert "Local news from London and Leeds" in card and "reflect them" in card
    assert "judging any outlet\nin general from one story each" in card
    assert "- **Instances.** 2 documents (versions of 2 stories)," in sheet
    assert "- With 2 documents of 2 stories, figures" in sheet
    assert "**tester** (human, single pass; documents): read each text" in sheet
    assert "2 documents, 2 stories." in stmt
    assert "`[tool.storydrift] description` is not set" in " ".join(stmt.split())
    assert f"News reports on {TOPIC}: titles" in " ".join(stmt.split())
    assert "published on or after\n5 September 2025" in stmt
    assert croissant["rai:dataCollection"].startswith("2 versions of 2 news stories read as")
    assert croissant["rai:dataBiases"].startswith(f"2 stories, 2 documents, English only "
                                                  f"(en-GB), {TOPIC}")
    assert "tester" in croissant["rai:annotatorDemographics"]


def test_seed_ids_match_the_manifest():
    """SEEDS is how a release recognises the seed documents: it must be seeds/manifest.jsonl."""
    manifest = [json.loads(line) for line in
                (ROOT / "seeds" / "manifest.jsonl").read_text(encoding="utf-8").splitlines()]
    assert SEEDS == {r["doc_id"]: r["sha256"] for r in manifest}


@pytest.mark.parametrize("value", ['3', '""', '"two\\nlines"', '" padded"'])
def test_bad_topic_is_named(tmp_path, value):
    (tmp_path / "pyproject.toml").write_text(
        f'[project]\nname = "storydrift"\nversion = "0.1.0"\n[tool.storydrift]\ntopic = {value}\n',
        encoding="utf-8")
    with pytest.raises(CorpusError) as e:
        load_project(tmp_path)
    assert [p.field for p in e.value.problems] == ["tool.storydrift.topic"]


def _facts(docs: list[dict], **kw):
    import polars as pl

    from corpus.facts import DOC_META, ReleaseFacts

    meta = [{"story_id": "s", "language": "en-GB", "language_evidence": None, "outlet": None,
             "outlet_evidence": None, "date": None, "derivation": "original",
             "authorship": "unknown", **d} for d in docs]
    return ReleaseFacts(name="storydrift", version="0.1.0", tables={}, files={}, patterns={},
                        stats={}, figures=[], annotators=[], build={}, citation={},
                        doc_meta=pl.DataFrame(meta, infer_schema_length=None) if meta
                        else pl.DataFrame(schema={c: pl.String for c in DOC_META}), **kw)


def test_seed_sentences_are_said_of_the_seeds_alone():
    """A corpus with the seeds and a user's document: what is known of the seeds is said of
    them by doc_id; a seed doc_id whose text differs (another sha256) is not a seed."""
    from corpus.datastatement import _rationale

    seeds = [{"doc_id": d, "sha256": h, "story_id": "cotw"} for d, h in SEEDS.items()]
    only = _facts(seeds)
    assert only.only_seeds and only.seeds_said("X.") == "X."
    mixed = _facts([*seeds, {"doc_id": "my-001", "sha256": "0" * 64}], topic=TOPIC)
    assert not mixed.only_seeds and mixed.seed_ids == list(SEEDS)
    said = mixed.seeds_said("collected in September 2025.")
    assert said.startswith("Of the 5 seed documents shipped with StoryDrift (000_")
    text = " ".join(_rationale(mixed).split())
    assert "Coalition of the Willing" in text and "6 documents, 2 stories." in text
    assert text.index("Of the 5 seed documents") < text.index("Coalition of the Willing")
    fake = _facts([{"doc_id": next(iter(SEEDS)), "sha256": "f" * 64}])
    assert fake.seed_ids == [] and fake.seeds_said("X.") == ""
    assert "Coalition" not in _rationale(fake)

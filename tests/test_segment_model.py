"""The segmenter's furniture classifier: its packaged weights are what the training
script makes from the dev split (byte for byte), it is trained on dev pages only, and it
decides only what the rules leave as body."""

from __future__ import annotations

import json
import subprocess
import sys

from corpus.evalset import split_pages
from corpus.segment_features import NAMES, block_features
from corpus.segment_model import MODEL_FILE, apply_model, load_model
from corpus.segment_shapes import Block
from tests.conftest import ROOT

MODEL = ROOT / "corpus" / MODEL_FILE


def test_retraining_gives_the_packaged_file_byte_for_byte():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_segment_model.py"),
                          "--check"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "byte-identical" in out.stdout


def test_trained_on_dev_pages_only():
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    train = model["training"]
    assert train["split"] == "dev"
    dev = split_pages(ROOT, "dev", set(train["collections"]))
    assert train["pages"] == len(dev) > 0
    assert 0 < train["furniture"] < train["blocks"]
    assert model["features"] == list(NAMES) == list(load_model()["features"])
    assert len(model["weights"]) == len(model["mean"]) == len(model["scale"]) == len(NAMES)


def _blocks(text: str, kinds: list[str | None]) -> list[Block]:
    out, pos = [], 0
    for line, kind in zip(text.split("\n"), kinds, strict=True):
        out.append(Block(pos, pos + len(line), line, kind))
        pos += len(line) + 1
    return out


def test_decides_only_body_blocks_and_leaves_list_items_to_the_rules():
    text = "\n".join(["Home", "• Share on Facebook", "A heading",
                      "The minister said the talks would resume next week in Geneva. " * 3])
    feats = block_features(text, _blocks(text, [None, None, "heading", None]))
    assert len(feats) == 4 and all(len(f) == len(NAMES) for f in feats)
    # a model that calls every block furniture: only the body, non-list blocks change
    model = {**load_model(), "threshold": 0.0}
    out = apply_model(text, _blocks(text, [None, None, "heading", None]), model)
    assert [b.kind for b in out][:3] == ["navigation", None, "heading"]
    assert out[3].kind is None  # longer than max_chars: the rules' call stands
    never = {**load_model(), "threshold": 1.1}
    assert [b.kind for b in apply_model(text, _blocks(text, [None] * 4), never)] == [None] * 4


def test_the_packaged_model_calls_plain_furniture_and_keeps_prose():
    text = "\n\n".join([
        "Skip to main content", "Home | News | Sport | Login",
        "Police Chief Resigns After Inquiry",
        "The city's police chief resigned on Tuesday after an inquiry found that officers "
        "had ignored repeated warnings about the unit, the mayor's office said in a "
        "statement. The chief, who had led the force for six years, did not comment.",
        "The inquiry's report, published on Monday, said the failings were systemic and "
        "that the unit's supervisors had not acted on complaints from residents.",
        "The mayor said she would name an interim chief by the end of the week."])
    model = load_model()
    blocks = _blocks(text.replace("\n\n", "\n"), [None] * 6)
    kinds = [b.kind for b in apply_model(text.replace("\n\n", "\n"), blocks, model)]
    assert kinds[0] is not None  # a page-navigation line
    assert kinds[2:] == [None] * 4  # the headline and the article's paragraphs
    assert len(text.split("\n\n")[5]) <= model["max_chars"]  # (a block it decides)


def test_leave_one_collection_out_table_covers_every_dev_collection_once():
    out = subprocess.run([sys.executable, str(ROOT / "scripts" / "train_segment_model.py"),
                          "--loco"], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout + out.stderr
    rows = [line.split() for line in out.stdout.splitlines()]
    cols = [int(r[1]) for r in rows if r[0] == "collection"]
    trained = json.loads(MODEL.read_text(encoding="utf-8"))["training"]["collections"]
    assert cols == trained  # each dev collection held out once, in order
    # "(correct/gold," after the boilerplate recall and precision
    gold = [int(next(t for t in r if t.startswith("("))[1:-1].split("/")[1]) for r in rows]
    assert rows[-1][0] == "pooled" and gold[-1] == sum(gold[:-1]) > 0

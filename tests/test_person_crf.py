"""The PERSON CRF (scripts/train_person_model.py's tagger): spans resolve into the exact text,
training is deterministic, and the JSON model's Viterbi tags as crfsuite's own tagger does.

Three dev pages of the evaluation set (never test or holdout) keep the test fast.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.evalset import load_texts, split_pages
from corpus.evalset_score import read_gold
from corpus.preannotate import person_crf as pc
from corpus.preannotate.entities import extract_mentions_batch, load_catalogue

ROOT = Path(__file__).resolve().parents[1]
CATALOGUE = ROOT / "annotations" / "gold" / "entities.jsonl"


@pytest.fixture(scope="module")
def pages() -> list[dict]:
    dev = split_pages(ROOT, "dev")
    assert dev and all(p.split == "dev" for p in dev)
    texts = load_texts(ROOT, dev)
    gold = read_gold(ROOT / "evaluation" / "gold", ROOT)
    ids = sorted(d for d in texts if d in set(gold["coverage"]["PERSON"]))[:3]
    cat = pc.catalogue_person_words(load_catalogue(CATALOGUE))
    out = []
    for d, rules in zip(ids, extract_mentions_batch([texts[d] for d in ids], CATALOGUE),
                        strict=True):
        text = texts[d]
        toks = pc.tokenize(text)
        spans = sorted((m["start"], m["end"]) for m in gold["mentions"]
                       if m["doc_id"] == d and m["label"] == "PERSON")
        seqs = pc.sequences(text, pc.doc_features(text, toks, rules, cat), toks)
        out.append({"text": text, "toks": toks, "gold": spans, "tags": pc.bio(toks, spans),
                    "seqs": seqs})
    assert sum(len(p["gold"]) for p in out) >= 10
    return out


def _items(pages: list[dict]) -> list[tuple[list[list[str]], list[str]]]:
    return [(xs, [p["tags"][i] for i in idx]) for p in pages for idx, xs in p["seqs"]]


def test_tokens_and_bio_round_trip_to_exact_spans(pages):
    for p in pages:
        text = p["text"]
        assert all(text[t.start : t.end] == t.text for t in p["toks"])
        back = pc.spans_of(p["toks"], p["tags"], text)
        assert all(0 <= s < e <= len(text) for s, e in back)
        # every gold span that starts and ends on token edges comes back exactly
        edges = {t.start for t in p["toks"]}, {t.end for t in p["toks"]}
        aligned = [g for g in p["gold"] if g[0] in edges[0] and g[1] in edges[1]]
        assert set(aligned) <= set(back) and len(aligned) >= len(p["gold"]) - 1


def test_possessive_and_glued_words_are_their_own_tokens():
    text = "Antony J. Blinken’s trip.pngLaura Hale"
    toks = [t.text for t in pc.tokenize(text)]
    assert toks[:4] == ["Antony", "J.", "Blinken", "’s"]
    assert "Laura" in toks and "png" in toks


def test_training_is_deterministic_and_viterbi_matches_crfsuite(pages, tmp_path):
    import pycrfsuite  # the dev extra installs it (crf extra)

    items = _items(pages)
    model = pc.train(items)
    assert pc.dumps(model) == pc.dumps(pc.train(items))
    tr = pycrfsuite.Trainer(verbose=False)
    for xs, ys in items:
        tr.append(xs, ys)
    tr.set_params(pc.PARAMS)
    tr.train(str(tmp_path / "m.crfsuite"))
    tagger = pycrfsuite.Tagger()
    tagger.open(str(tmp_path / "m.crfsuite"))
    for p in pages:
        for _idx, xs in p["seqs"]:
            assert pc.viterbi(model, xs) == tagger.tag(xs)
    # and it learnt something: on its own training pages it finds most gold names exactly
    found = sum(len(set(pc.spans_of(p["toks"], _tag(model, p), p["text"])) & set(p["gold"]))
                for p in pages)
    assert found >= 0.8 * sum(len(p["gold"]) for p in pages)


def _tag(model: dict, page: dict) -> list[str]:
    tags = ["O"] * len(page["toks"])
    for idx, xs in page["seqs"]:
        for i, t in zip(idx, pc.viterbi(model, xs), strict=True):
            tags[i] = t
    return tags

"""Property tests for issue 10: no traceback ever; every input accepted unchanged or refused
by name; every output span equal to its text.

Bounded (a few hundred examples each, no deadline) so `make test` stays well inside CI's
limit; hypothesis keeps failing examples in .hypothesis/ for the next run.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.errors import CorpusError

# JSON values of every shape, as a hostile file would hold them
json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner,
                                                                 max_size=3),
    max_leaves=6)

QUICK = settings(max_examples=150, deadline=None,
                 suppress_health_check=[HealthCheck.function_scoped_fixture,
                                        HealthCheck.too_slow])


# --- manifests -------------------------------------------------------------------------------

path_parts = st.sampled_from(["a.txt", "..", ".", "", "sub", "/", "\\", "x/../y.txt", "C:",
                              "/etc/passwd", "a\x00b", "link", "seeds", "ö.txt"])
paths = st.lists(path_parts, min_size=1, max_size=4).map("/".join) | st.text(max_size=10)


@QUICK
@given(records=st.lists(st.fixed_dictionaries(
    {"doc_id": st.sampled_from(["d1", "d2", "bad id", ""]) | json_values,
     "file": paths | json_values,
     "sha256": st.just("0" * 64) | json_values,
     "story_id": st.just("s") | json_values,
     "language": st.sampled_from(["en", "xx-YY-zz1", "EN"]) | json_values},
    optional={"date": json_values, "outlet": json_values, "zzz": json_values}), max_size=4))
def test_manifest_records_accepted_unchanged_or_refused(tmp_path_factory, records):
    from corpus.manifest import read_manifests

    root = tmp_path_factory.mktemp("m")
    (root / "seeds").mkdir()
    (root / "seeds" / "a.txt").write_text("x", encoding="utf-8")
    (root.parent / "outside.txt").write_text("secret", encoding="utf-8")
    (root / "seeds" / "link").symlink_to(root.parent / "outside.txt")
    (root / "seeds" / "manifest.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    try:
        entries = read_manifests(root, ("seeds",))
    except CorpusError as e:
        assert e.problems and all(p.file for p in e.problems)
        return
    assert len(entries) == len(records)
    for e, r in zip(entries, records, strict=True):
        assert e.doc_id == r["doc_id"] and e.file == f"seeds/{r['file']}"
        assert Path(e.path).is_relative_to(root.resolve())  # never outside the project


# --- layer records -------------------------------------------------------------------------

@QUICK
@given(st.lists(st.fixed_dictionaries(
    {"mention_id": st.text(max_size=5) | json_values, "doc_id": st.just("d") | json_values,
     "start": st.integers(-3, 50) | json_values, "end": st.integers(-3, 50) | json_values,
     "text": st.text(max_size=5) | json_values, "label": st.just("PERSON") | json_values,
     "uncertain": st.booleans() | json_values},
    optional={"entity_id": json_values, "note": json_values, "provenance": json_values,
              "bogus": json_values}), max_size=4))
def test_layer_records_accepted_unchanged_or_refused(records):
    from corpus.jsonl import LINE_KEY
    from corpus.layers import records_to_table
    from corpus.tables import TABLES

    recs = [{**r, LINE_KEY: i + 1} for i, r in enumerate(records)]
    try:
        t = records_to_table(recs, TABLES["mentions"], "mentions.jsonl")
    except CorpusError as e:
        assert e.problems and all(p.file == "mentions.jsonl" and p.line for p in e.problems)
        return
    for row, rec in zip(t.to_pylist(), records, strict=True):
        for col in TABLES["mentions"].annotation_columns:
            got, want = row[col.name], rec.get(col.name)
            assert got == want and type(got) is type(want), (col.name, got, want)


# --- Label Studio results ------------------------------------------------------------------

TEXT = "Zoë 😀 said: “We are ready,” in Kyiv.\r\nMerz agreed."


def _interface():
    pytest.importorskip("label_studio_sdk")
    from corpus.labelstudio.config import interface, load_config

    return interface(load_config())


controls = st.sampled_from(["mention", "quote", "claim", "entity_id", "note", "attrs",
                            "quote_kind", "claim_status", "derivation", "uncertain", "nope"])
results = st.fixed_dictionaries(
    {"id": st.sampled_from(["r1", "r2", "r3"]) | json_values,
     "from_name": controls | json_values, "to_name": st.just("text") | json_values,
     "type": st.sampled_from(["labels", "textarea", "choices", "relation"]) | json_values,
     "value": st.fixed_dictionaries(
         {}, optional={"start": st.integers(-2, 60) | json_values,
                       "end": st.integers(-2, 60) | json_values,
                       "text": st.text(max_size=6) | json_values,
                       "labels": st.lists(st.sampled_from(["PERSON", "GPE", "QuoteContent",
                                                           "Claim"]), max_size=2) | json_values,
                       "choices": st.lists(st.sampled_from(["direct", "refuted", "copy"]),
                                           max_size=2) | json_values}) | json_values},
    optional={"from_id": json_values, "to_id": st.sampled_from(["r1", "r2"]) | json_values,
              "labels": json_values, "meta": json_values})


@settings(max_examples=300, deadline=None)
@given(st.lists(results | json_values, max_size=8))
def test_label_studio_results_never_crash_and_spans_match(res):
    from corpus.labelstudio.from_results import results_to_records

    pulled = results_to_records("d", TEXT, res, _interface())
    for layer, items in pulled.records.items():
        for rec, _rid in items:
            for p in ("", "speaker_", "cue_"):
                if rec.get(f"{p}start") is not None and layer != "claim_evidence":
                    assert TEXT[rec[f"{p}start"]:rec[f"{p}end"]] == rec[f"{p}text"]
    assert all(r.result_id and r.what for r in pulled.refused)


# --- preannotate inputs -------------------------------------------------------------------

MARKS = "\"'“”‘’«»‹›„‚「」『』〝〞＂"
pieces = st.sampled_from([*MARKS, " ", "\n", "\r\n", "\u2028", ".", ",", "said", "Macron",
                          "Emmanuel Macron", "Zoë", "he", "😀", "🇺🇦", "e\u0301", "\t", "—",
                          "according to", "Paris", ":", "\u00a0"])
texts = (st.lists(pieces, max_size=60).map(" ".join)
         | st.tuples(st.sampled_from(list(MARKS)), st.integers(1, 3000)).map(lambda t: t[0] * t[1])
         | st.text(max_size=200))


@settings(max_examples=120, deadline=None)
@given(texts)
def test_preannotate_any_text(text):
    from corpus.preannotate.entities import extract_mentions
    from corpus.preannotate.quotes import extract_quotes

    for q in extract_quotes(text):
        assert text[q.start:q.end] == q.text
        for p in ("speaker", "cue"):
            s, e = getattr(q, f"{p}_start"), getattr(q, f"{p}_end")
            if s is not None:
                assert text[s:e] == getattr(q, f"{p}_text")
    for m in extract_mentions(text, Path("/nonexistent/catalogue.jsonl")):
        assert text[m.start:m.end] == m.text


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=MARKS + " \nab😀", min_size=0, max_size=400), st.integers(10, 200))
def test_spacy_views_keep_offsets(text, size):
    from corpus.preannotate.limits import chunks

    views = list(chunks(text, size))
    assert "".join(v for _, v in views).__len__() == len(text)
    pos = 0
    for off, v in views:
        assert off == pos
        pos += len(v)
        assert all(a == b or b == " " for a, b in zip(text[off:off + len(v)], v, strict=True))


# --- span resolution in long documents (issue 10, 16) --------------------------------------

@settings(max_examples=30, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 70_000), st.integers(1, 40)), min_size=1, max_size=50),
       st.sampled_from(["ab😀 é\n", "x", "«»\r\n"]))
def test_long_and_short_documents_slice_alike(spans, unit):
    """Above LONG_DOCUMENT the gate slices in Python (linear); it must agree with polars."""
    import polars as pl

    from schemas.cross import LONG_DOCUMENT, _with_slices

    long_text = (unit * (LONG_DOCUMENT // len(unit) + 20_000))[:LONG_DOCUMENT + 20_000]
    short_text = long_text[:1000]
    rows = [("L", a, a + n) for a, n in spans] + [("S", a % 900, a % 900 + n) for a, n in spans]
    df = pl.DataFrame(rows, schema=["doc_id", "start", "end"], orient="row").join(
        pl.DataFrame({"doc_id": ["L", "S"], "_doc_text": [long_text, short_text]}).with_columns(
            pl.col("_doc_text").str.len_chars().alias("_doc_len")), on="doc_id")
    out = _with_slices(df, pl.col("start"), pl.col("end"), "start", "end")
    texts = {"L": long_text, "S": short_text}
    got = sorted(out.select("doc_id", "start", "end", "_slice").iter_rows())
    assert got == sorted((d, a, b, texts[d][a:b]) for d, a, b in rows)

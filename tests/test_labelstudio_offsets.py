"""Label Studio bridge, pure parts: offset units, the generated config, the record <-> result
conversion and the export checks. No server; runs in well under a second."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest

from corpus import vocab
from corpus.errors import CorpusError
from corpus.labelstudio import config as C
from corpus.labelstudio import convert, offsets
from corpus.labelstudio.pull import collect, parse_export
from tests.conftest import ROOT

# astral emoji, a ZWJ family, a combining accent, CRLF, NBSP, a BMP CJK character
TRICKY = "A😀 b 👩\u200d👩\u200d👧 e\u0301t\u00e9\r\nX\u00a0Y 中 Z"


# --- offsets -----------------------------------------------------------------------------

def test_units_of_each_character() -> None:
    cases = {"😀": (1, 2, 4), "\u200d": (1, 1, 3), "\u0301": (1, 1, 2), "\r": (1, 1, 1),
             "\u00a0": (1, 1, 2), "中": (1, 1, 3), "A": (1, 1, 1)}
    for ch, (cp, u16, u8) in cases.items():
        assert offsets.to_unit(ch, 1, "codepoint") == cp
        assert offsets.to_unit(ch, 1, "utf16") == u16
        assert offsets.to_unit(ch, 1, "utf8") == u8


@pytest.mark.parametrize("unit", ["codepoint", "utf16", "utf8"])
def test_round_trip_every_boundary(unit: offsets.Unit) -> None:
    for i in range(len(TRICKY) + 1):
        u = offsets.to_unit(TRICKY, i, unit)
        assert offsets.from_unit(TRICKY, u, unit) == i
    for i in range(len(TRICKY)):
        for j in range(i + 1, len(TRICKY) + 1):
            s, e = offsets.span_to_unit(TRICKY, i, j, unit)
            assert offsets.slice_units(TRICKY, s, e, unit) == TRICKY[i:j]


def test_known_positions_after_astral_and_zwj() -> None:
    t = "😀x👩\u200d👧y"
    assert offsets.to_unit(t, t.index("x"), "utf16") == 2
    assert offsets.to_unit(t, t.index("y"), "utf16") == 2 + 1 + 2 + 1 + 2
    assert offsets.from_unit(t, 8, "utf16") == t.index("y")
    assert offsets.to_unit("e\u0301z", 2, "utf16") == 2  # combining mark: one unit, no surprise
    assert offsets.to_unit("a\r\nb", 3, "utf16") == 3  # CRLF counts two, in every unit


def test_split_characters_and_out_of_range_are_refused() -> None:
    with pytest.raises(ValueError, match="inside character"):
        offsets.from_unit("😀x", 1, "utf16")
    with pytest.raises(ValueError, match="inside character"):
        offsets.from_unit("é", 1, "utf8")
    for unit in ("codepoint", "utf16", "utf8"):
        with pytest.raises(ValueError):
            offsets.from_unit("abc", 4, unit)
        with pytest.raises(ValueError):
            offsets.from_unit("abc", -1, unit)
    with pytest.raises(ValueError):
        offsets.to_unit("abc", 5, "utf16")


def test_label_studio_counts_code_points() -> None:
    # Measured (server test) and read in the editor source (domManager.ts: [...text]).
    assert offsets.LABEL_STUDIO_UNIT == "codepoint"


# --- config ------------------------------------------------------------------------------

def _controls(xml: str) -> dict[str, list[str]]:
    root = ET.fromstring(xml)
    return {el.get("name"): [c.get("value") for c in el]
            for el in root.iter() if el.tag in ("Labels", "Choices")}


def test_config_file_is_the_rendered_one() -> None:
    assert C.config_path(ROOT).read_text(encoding="utf-8") == C.render_config()
    assert C.load_config() == C.render_config()


def test_config_labels_equal_vocab_both_ways() -> None:
    got = _controls(C.config_path(ROOT).read_text(encoding="utf-8"))
    assert got == {
        "mention": list(vocab.ENTITY_LABELS), "quote": ["QuoteContent", "QuoteSource", "QuoteCue"],
        "claim": ["Claim"], "alignment": list(vocab.ALIGNMENT_LABELS),
        "quote_kind": list(vocab.QUOTE_KINDS),
        "claim_status": list(vocab.CLAIM_STATUS), "uncertain": ["uncertain"],
        "derivation": list(vocab.DERIVATION), "authorship": list(vocab.AUTHORSHIP),
        "doc_uncertain": ["uncertain"],
    }
    rels = [r.get("value") for r in ET.fromstring(C.render_config()).iter("Relation")]
    assert rels == ["source", "cue", "continues"]


def test_config_is_valid_for_label_interface() -> None:
    li = C.interface()
    assert {c.name for c in li.controls} >= {"mention", "quote", "claim", "entity_id", "attrs"}
    assert [o.name for o in li.objects] == ["text"]


# --- conversion ----------------------------------------------------------------------------

DOC = "d1"
TEXT = ("A😀 “Hello there,” said Maria Zakharova. “Bye.” e\u0301 Kyiv\r\nX\u00a0Y "
        "👩\u200d👩\u200d👧 Merz is chancellor.")


def _span(s: str) -> dict:
    i = TEXT.index(s)
    return {"start": i, "end": i + len(s), "text": s}


def _records() -> dict[str, list[dict]]:
    name, kyiv = _span("Maria Zakharova"), _span("Kyiv")
    spk, cue, claim = _span("Maria Zakharova"), _span("said"), _span("Merz is chancellor.")
    quotes = []
    for part in ("Hello there,", "Bye."):
        q = _span(part)
        quotes.append({
            "quote_id": f"q:{DOC}:{q['start']}-{q['end']}", "doc_id": DOC, **q, "kind": "direct",
            "speaker_entity_id": "per:maria-zakharova", "speaker_unknown_reason": None,
            "true_speaker_entity_id": None, "speaker_start": spk["start"],
            "speaker_end": spk["end"], "speaker_text": spk["text"], "cue_start": cue["start"],
            "cue_end": cue["end"], "cue_text": cue["text"], "addressee_entity_id": None,
            "group_id": "qg:d1:1", "cluster_id": "qc:hello", "variant": "verbatim",
            "variant_note": None, "uncertain": False, "note": None})
    return {
        "documents": [{"doc_id": DOC, "story_id": "s1", "derivation": "copy",
                       "derivation_note": "", "authorship": "human",
                       "authorship_note": "byline", "derived_from": ["d0", "src:x"],
                       "uncertain": False, "note": None}],
        "mentions": [
            {"mention_id": f"m:{DOC}:{name['start']}-{name['end']}", "doc_id": DOC, **name,
             "label": "PERSON", "entity_id": "per:maria-zakharova", "uncertain": False,
             "note": None},
            {"mention_id": "custom-id", "doc_id": DOC, **kyiv, "label": "GPE",
             "entity_id": None, "uncertain": True, "note": "two\nlines"}],
        "quotes": quotes,
        "claims": [{"claim_id": "c:custom", "doc_id": DOC, **claim, "status": "refuted",
                    "rationale": "Merz is chancellor since May 2025", "world_knowledge": "123",
                    "uncertain": False, "note": ""}],
        "claim_evidence": [{"claim_id": "c:custom", "doc_id": DOC, "start": 0, "end": 1,
                            "text": "A", "stance": "refutes", "note": None}],
        "alignments": [],  # cross-document: covered by tests/test_drift.py's codec round trip
    }


@pytest.mark.parametrize("unit", ["codepoint", "utf16"])
def test_records_survive_results_round_trip(unit: offsets.Unit) -> None:
    recs = _records()
    results = convert.records_to_results(DOC, TEXT, recs, unit)
    pulled = convert.results_to_records(DOC, TEXT, results, C.interface(), unit)
    assert pulled.refused == []
    for layer in convert.LAYERS:
        got = sorted((r for r, _ in pulled.records[layer]), key=json.dumps)
        assert got == sorted(recs[layer], key=json.dumps), layer
    # stable: the same records give the same results (a second push changes nothing)
    assert convert.records_to_results(DOC, TEXT, recs, unit) == results


def test_results_look_like_the_editor_makes_them() -> None:
    results = convert.records_to_results(DOC, TEXT, _records())
    li = C.interface()
    for r in results:
        if r["type"] != "relation":
            assert li.validate_region(r, return_errors=True) == [], r
    rels = [r for r in results if r["type"] == "relation"]
    assert sorted(r["labels"][0] for r in rels) == ["continues", "cue", "cue", "source", "source"]
    # two parts of a split quote share ONE speaker and ONE cue region
    assert len({r["to_id"] for r in rels if r["labels"] == ["source"]}) == 1


def test_group_id_from_continues_relation_only() -> None:
    recs = _records()
    for q in recs["quotes"]:
        q["group_id"] = None
    results = convert.records_to_results(DOC, TEXT, recs)
    a, z = [r["id"] for r in results if r.get("from_name") == "quote"
            and r["value"]["labels"] == ["QuoteContent"]]
    results.append({"type": "relation", "from_id": a, "to_id": z, "direction": "right",
                    "labels": []})
    pulled = convert.results_to_records(DOC, TEXT, results, C.interface())
    assert pulled.refused == []
    assert {r["group_id"] for r, _ in pulled.records["quotes"]} == {"qg:d1:1"}


def _bad(results: list[dict]) -> dict[str, str]:
    pulled = convert.results_to_records(DOC, TEXT, results, C.interface())
    return {r.result_id: r.what for r in pulled.refused}


def _mention(rid: str, start: int, end: int, label: str = "PERSON", **kw) -> dict:
    return {"id": rid, "from_name": kw.get("from_name", "mention"), "to_name": "text",
            "type": "labels", "value": {"start": start, "end": end,
                                        "text": kw.get("text", TEXT[start:end]),
                                        "labels": [label]}}


def test_invalid_results_are_named_and_valid_ones_kept() -> None:
    s = TEXT.index("Kyiv")
    results = [
        _mention("ok", s, s + 4, "GPE"),
        _mention("badlabel", s, s + 4, "CITY"),
        _mention("badcontrol", s, s + 4, from_name="entity"),
        _mention("pastend", len(TEXT) - 2, len(TEXT) + 3),
        _mention("wrongtext", s, s + 4, text="Kiev"),
        _mention("empty", s, s),
        {"type": "relation", "from_id": "ok", "to_id": "ghost", "direction": "right",
         "labels": ["source"]},
        {"id": "kindless", "from_name": "quote", "to_name": "text", "type": "labels",
         "value": {"start": s, "end": s + 4, "text": "Kyiv", "labels": ["QuoteContent"]}},
        {"id": "ok", "from_name": "quote_kind", "to_name": "text", "type": "choices",
         "value": {"start": s, "end": s + 4, "text": "Kyiv", "choices": ["rumour"]}},
    ]
    bad = _bad(results)
    assert set(bad) == {"badlabel", "badcontrol", "pastend", "wrongtext", "empty",
                        "relation ok->ghost", "kindless", "ok"}
    assert "CITY" in bad["badlabel"] and "entity" in bad["badcontrol"]
    assert "outside" in bad["pastend"] and "Kiev" in bad["wrongtext"]
    assert "ghost" in bad["relation ok->ghost"] and "rumour" in bad["ok"]
    pulled = convert.results_to_records(DOC, TEXT, results, C.interface())
    assert [r["text"] for r, _ in pulled.records["mentions"]] == ["Kyiv"]


def test_utf16_offsets_are_refused_when_the_unit_is_code_points() -> None:
    s = TEXT.index("Kyiv")
    s16 = offsets.to_unit(TEXT, s, "utf16")
    assert s16 != s
    bad = _bad([_mention("m", s16, s16 + 4, "GPE", text="Kyiv")])
    assert "differs" in bad["m"] or "outside" in bad["m"]


def test_attrs_lines() -> None:
    pairs = [("a", "plain text"), ("b", "123"), ("c", None), ("d", ["x"]), ("e", " pad"),
             ("f", "two\nlines"), ("g", True), ("h", "")]
    text = convert.encode_attrs(pairs)
    assert convert.decode_attrs(text) == (pairs, [])
    assert convert.decode_attrs("no colon here")[1]


# --- export checks -----------------------------------------------------------------------

@pytest.mark.parametrize("data", [b"{not json", b'{"a": 1}', b'[{"id": 1}]',
                                  b'[{"id": 1, "data": {"text": 5, "doc_id": "d"}}]',
                                  b'[{"id": 1, "data": {"text": "t", "doc_id": "d"}, '
                                  b'"annotations": [3]}]'])
def test_malformed_export_is_one_clear_error(data: bytes) -> None:
    with pytest.raises(CorpusError) as e:
        parse_export(data, "export")
    assert "export" in e.value.report()


def test_two_tasks_for_one_document_are_refused() -> None:
    ann = {"id": 9, "completed_by": {"id": 1, "email": "ann@x.org"}, "result": []}
    tasks = [{"id": i, "data": {"text": "abc", "doc_id": "d"}, "annotations": [ann]}
             for i in (1, 2)] + [{"id": 3, "data": {"text": "xyz", "doc_id": "e"},
                                  "annotations": [ann]}]
    out, report = collect(parse_export(json.dumps(tasks)), C.interface())
    assert len(report.problems) == 2
    assert all("2 tasks" in p.what for p in report.problems)
    assert {p.file for p in report.problems} == {"task 1 (doc d)", "task 2 (doc d)"}


def test_one_region_in_two_controls_gives_mention_and_speaker() -> None:
    """The editor may label one span in two controls under one id (speaker = a mention)."""
    sp, qu = TEXT.index("Maria Zakharova"), TEXT.index("Bye.")
    results = [
        _mention("S", sp, sp + 15, "PERSON"),
        {**_mention("S", sp, sp + 15, "QuoteSource"), "from_name": "quote"},
        {"id": "S", "from_name": "entity_id", "to_name": "text", "type": "textarea",
         "value": {"start": sp, "end": sp + 15, "text": ["per:maria-zakharova\n"]}},
        {**_mention("Q", qu, qu + 4, "QuoteContent"), "from_name": "quote"},
        {"id": "Q", "from_name": "quote_kind", "to_name": "text", "type": "choices",
         "value": {"start": qu, "end": qu + 4, "text": "Bye.", "choices": ["direct"]}},
        {"type": "relation", "from_id": "S", "to_id": "Q", "direction": "left", "labels": []},
    ]
    pulled = convert.results_to_records(DOC, TEXT, results, C.interface())
    assert pulled.refused == []
    (m, _), = pulled.records["mentions"]
    (q, _), = pulled.records["quotes"]
    assert m["entity_id"] == "per:maria-zakharova" and m["text"] == "Maria Zakharova"
    assert (q["speaker_start"], q["speaker_text"]) == (sp, "Maria Zakharova")


def test_padded_values_survive_through_attrs() -> None:
    recs = _records()
    recs["mentions"][0]["entity_id"] = " per:odd "
    recs["mentions"][0]["extra_field"] = {"any": ["json", 1]}
    results = convert.records_to_results(DOC, TEXT, recs)
    pulled = convert.results_to_records(DOC, TEXT, results, C.interface())
    got = {r["mention_id"]: r for r, _ in pulled.records["mentions"]}
    assert got[recs["mentions"][0]["mention_id"]] == recs["mentions"][0]


def test_preannotation_adapter(monkeypatch) -> None:
    """push calls the pre-annotators only through preannotation_records."""
    import types
    from dataclasses import dataclass

    from corpus.labelstudio import inputs as push

    @dataclass
    class Q:
        start: int
        end: int
        kind: str
        speaker: str | None = None
        speaker_start: int | None = None
        speaker_end: int | None = None
        cue_start: int | None = None
        cue_end: int | None = None
        group: int | None = None
        score: float = 0.8

    @dataclass
    class M:
        start: int
        end: int
        label: str
        entity_id: str | None = None
        score: float = 0.4

    text = "“Hi,” Ann said."
    fake = types.SimpleNamespace(
        extract_quotes=lambda t: [Q(1, 4, "direct", "Ann", 6, 9, 10, 14, 1)],
        extract_mentions=lambda t, catalogue=None: [M(6, 9, "PERSON")])
    monkeypatch.setattr(push, "_preannotators",
                        lambda: (fake.extract_quotes, fake.extract_mentions))
    recs, score = push.preannotation_records({"d": text})
    assert score == pytest.approx(0.6)
    (q,) = recs["quotes"]
    assert (q["text"], q["speaker_text"], q["cue_text"], q["group_id"]) == (
        "Hi,", "Ann", "said", "qg:d:1")
    results = convert.records_to_results("d", text, recs)
    pulled = convert.results_to_records("d", text, results, C.interface())
    assert pulled.refused == []
    assert [convert.complete(r, "quotes") for r in recs["quotes"]] == [
        r for r, _ in pulled.records["quotes"]]


def test_region_meta_text_is_kept_in_the_note() -> None:
    s = TEXT.index("Kyiv")
    res = {**_mention("K", s, s + 4, "GPE"), "meta": {"text": ["capital, not the government"]}}
    pulled = convert.results_to_records(DOC, TEXT, [res], C.interface())
    assert pulled.records["mentions"][0][0]["note"] == "capital, not the government"


# --- serve and client, without a server ----------------------------------------------------

def test_server_command_and_env(tmp_path, monkeypatch) -> None:
    from corpus.labelstudio import serve

    fake = tmp_path / "label-studio"
    fake.write_text("")
    monkeypatch.setenv(serve.BIN_ENV, str(fake))
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", "client-secret")
    cmd = serve.command(8123)
    assert cmd[0] == str(fake) and cmd[cmd.index("--internal-host") + 1] == "127.0.0.1"
    env = serve.server_env(tmp_path / "data")
    assert env["LABEL_STUDIO_BASE_DATA_DIR"] == str(tmp_path / "data")
    assert env["COLLECT_ANALYTICS"] == "false" and env["SENTRY_DSN"] == ""
    assert "LABEL_STUDIO_API_KEY" not in env
    monkeypatch.setenv(serve.BIN_ENV, str(tmp_path / "missing"))
    with pytest.raises(CorpusError, match="not found") as e:
        serve.label_studio_bin()
    assert "make test" in e.value.report()


def test_missing_sdk_gives_the_install_hint(monkeypatch) -> None:
    import builtins

    from corpus.labelstudio import client

    real = builtins.__import__

    def no_sdk(name, *a, **k):
        if name.startswith("label_studio_sdk"):
            raise ImportError(name)
        return real(name, *a, **k)

    monkeypatch.setattr(builtins, "__import__", no_sdk)
    with pytest.raises(CorpusError, match=r"pip install 'storydrift\[labelstudio\]'"):
        client.require_sdk()


def test_task_whose_text_differs_from_the_corpus_is_refused() -> None:
    ann = {"id": 9, "completed_by": {"id": 1, "email": "ann@x.org"},
           "result": [_mention("m", 0, 1, "PERSON")]}
    tasks = [{"id": 1, "data": {"text": TEXT, "doc_id": DOC}, "annotations": [ann]}]
    out, report = collect(tasks, C.interface(), {DOC: TEXT + " edited"})
    assert out == {} and "differs from the corpus" in report.problems[0].what
    out, report = collect(tasks, C.interface(), {DOC: TEXT})
    assert report.problems == [] and out["ann"]["mentions"][0]["provenance"]["ls_result_id"] == "m"


def test_annotation_status_and_superseded_annotations() -> None:
    user = {"id": 1, "email": "ann@x.org"}
    other = {"id": 2, "email": "ann@y.org"}  # same slug, another person: kept apart
    s = TEXT.index("Kyiv")
    res = [_mention("k", s, s + 4, "GPE")]
    anns = [
        {"id": 1, "completed_by": user, "result": res, "updated_at": "2026-01-01T00:00:00Z"},
        {"id": 2, "completed_by": user, "result": res, "updated_at": "2026-01-02T00:00:00Z",
         "ground_truth": True},
        {"id": 3, "completed_by": other, "result": res, "updated_at": "2026-01-01T00:00:00Z"},
        {"id": 4, "completed_by": other, "result": [], "was_cancelled": True},
    ]
    tasks = [{"id": 7, "data": {"text": TEXT, "doc_id": DOC}, "annotations": anns,
              "predictions": [{"id": 5, "model_version": "v1", "result": res}]}]
    out, report = collect(tasks, C.interface(), with_predictions=True)
    assert sorted(out) == ["ann", "ann-2", "model-v1"]
    assert [p.record for p in report.problems] == ["annotation 1"]
    assert "superseded by annotation 2" in report.problems[0].what
    prov = {k: v["mentions"][0]["provenance"] for k, v in out.items()}
    assert prov["ann"]["status"] == "adjudicated" and prov["ann"]["ls_annotation_id"] == 2
    assert prov["ann-2"]["status"] == "annotation" and prov["model-v1"]["status"] == "prediction"
    assert report.skipped_cancelled == 1

"""Agreement on synthetic two-annotator data with hand-computed coefficients."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus.agreement import (
    agreement,
    cohen_kappa,
    krippendorff_alpha,
    link_f1,
    load_passes,
    match_spans,
    rows,
    to_json,
)
from corpus.cli import app
from corpus.jsonl import write_jsonl
from corpus.tables import TABLES

DOC = "d1"
TEXT = " ".join(f"Word{i:02d}" for i in range(40))  # word i at 7*i, six code points


def w(i: int, cut: int = 0) -> tuple[int, int]:
    return 7 * i, 7 * i + 6 - cut


def mention(i: int, label: str, entity: str | None = None, cut: int = 0) -> dict:
    s, e = w(i, cut)
    return {"mention_id": f"m:{DOC}:{s}-{e}", "doc_id": DOC, "start": s, "end": e,
            "text": TEXT[s:e], "label": label, "entity_id": entity, "uncertain": False,
            "note": None}


def quote(i: int, kind: str, speaker: str | None, cluster: str | None) -> dict:
    s, e = w(i)
    return {"quote_id": f"q:{DOC}:{s}-{e}", "doc_id": DOC, "start": s, "end": e,
            "text": TEXT[s:e], "kind": kind, "speaker_entity_id": speaker,
            "cluster_id": cluster, "uncertain": False}


def doc(i: int, derivation: str) -> dict:
    return {"doc_id": f"d{i}", "story_id": "s", "derivation": derivation,
            "derivation_note": "n", "authorship": "human", "authorship_note": "n",
            "derived_from": [], "uncertain": False}


# Ten matched mentions; labels chosen so that kappa and alpha are known (see test).
LA = ["PERSON"] * 5 + ["ORG"] * 3 + ["GPE"] * 2
LB = ["PERSON"] * 4 + ["ORG"] * 3 + ["GPE"] * 3


def passes() -> dict:
    # a: ten mentions on words 0-9 + word 20; b: same labels LB, words 8 and 9 cut
    # short (overlap, not exact) + word 21.
    ma = [mention(i, LA[i], "per:one-a" if i == 0 else None) for i in range(10)]
    ma.append(mention(20, "DATE"))
    mb = [mention(i, LB[i], "per:one-b" if i == 0 else None, cut=2 if i >= 8 else 0)
          for i in range(10)]
    mb.append(mention(21, "DATE"))
    ea = [{"entity_id": "per:one-a", "name": "One Person", "label": "PERSON", "aliases": []},
          {"entity_id": "per:two", "name": "Two", "label": "PERSON", "aliases": []}]
    eb = [{"entity_id": "per:one-b", "name": "one  person", "label": "PERSON", "aliases": []},
          {"entity_id": "per:two", "name": "Two", "label": "PERSON", "aliases": []}]
    # quotes on words 30-33: a clusters {30,31},{32,33}; b clusters {30,31,32}
    qa = [quote(30, "direct", "per:one-a", "qc:x"), quote(31, "direct", "per:two", "qc:x"),
          quote(32, "mixed", None, "qc:y"), quote(33, "indirect", "per:two", "qc:y")]
    qb = [quote(30, "direct", "per:one-b", "qc:1"), quote(31, "direct", "per:one-b", "qc:1"),
          quote(32, "mixed", None, "qc:1"), quote(33, "direct", "per:two", None)]
    da = [doc(i, "copy" if i < 3 else "original") for i in range(4)]
    db = [doc(i, "copy" if i < 2 else "original") for i in range(4)]
    return {"a": {"mentions": ma, "entities": ea, "quotes": qa, "documents": da},
            "b": {"mentions": mb, "entities": eb, "quotes": qb, "documents": db}}


def test_kappa_and_alpha_by_hand():
    pairs = list(zip(LA, LB, strict=True))
    k = cohen_kappa(pairs)
    # observed: 8 of 10 agree -> po = 0.8
    # expected: a has PERSON 5, ORG 3, GPE 2; b has PERSON 4, ORG 3, GPE 3
    #   pe = (5*4 + 3*3 + 2*3) / 10**2 = 35/100 = 0.35
    # kappa = (0.8 - 0.35) / (1 - 0.35) = 0.45 / 0.65 = 0.692307...
    assert k["observed"] == 0.8 and k["expected"] == 0.35
    assert k["kappa"] == pytest.approx(0.45 / 0.65, abs=1e-4)
    a = krippendorff_alpha([[x, y] for x, y in pairs])
    # alpha (nominal) = 1 - (n - 1) * D_o / D_e with n = 20 pairable values:
    #   disagreeing ordered pairs: 2 units * 2 = 4
    #   n_PERSON = 9, n_ORG = 6, n_GPE = 5; sum_{c != k} n_c n_k = 20**2 - (81+36+25) = 258
    #   alpha = 1 - 19 * 4 / 258 = 0.705426...
    assert a["alpha"] == pytest.approx(1 - 19 * 4 / 258, abs=1e-4)
    assert a["units"] == 10 and a["values"] == 20


def test_undefined_coefficients_are_null_with_reason():
    k = cohen_kappa([("PERSON", "PERSON")] * 3)
    assert k["kappa"] is None and "one category" in k["reason"]
    a = krippendorff_alpha([["copy", "copy"], ["copy", None]])
    assert a["alpha"] is None and "only one category" in a["reason"]
    a = krippendorff_alpha([["copy", None], [None, "update"]])
    assert a["alpha"] is None and "two or more" in a["reason"]
    assert cohen_kappa([])["kappa"] is None
    assert link_f1([None, None], [None, "x"])["f1"] is None


def test_greedy_matching_is_one_to_one():
    a = [{"doc_id": "d", "start": 0, "end": 10}]
    b = [{"doc_id": "d", "start": 0, "end": 4}, {"doc_id": "d", "start": 3, "end": 10}]
    assert match_spans(a, b) == [(0, 1, False)]  # the larger overlap wins, once
    b.append({"doc_id": "d", "start": 0, "end": 10})
    assert match_spans(a, b) == [(0, 2, True)]  # exact first
    assert match_spans(a, [{"doc_id": "e", "start": 0, "end": 10}]) == []


def test_report_on_synthetic_passes():
    rep = agreement(passes())
    m = rep["layers"]["mentions"]["pairs"]["a|b"]
    assert m["exact"]["matched"] == 8 and m["exact"]["f1"] == round(2 * 8 / 22, 4)
    assert m["overlap"]["matched"] == 10 and m["overlap"]["f1"] == round(2 * 10 / 22, 4)
    assert m["kappa"]["label"]["kappa"] == round(0.45 / 0.65, 4)
    assert rep["layers"]["mentions"]["alpha"]["label"]["alpha"] == round(1 - 76 / 258, 4)
    # different ids, same catalogue name (case/space-insensitive) -> agreement
    assert m["entity_linking"] == {"n": 1, "agree": 1, "rate": 1.0, "reason": None}
    q = rep["layers"]["quotes"]["pairs"]["a|b"]
    # direct/mixed on both sides: words 30, 31, 32 -> speakers agree on 30 (by name),
    # 32 (both unknown), disagree on 31 (two vs one)
    assert q["speaker"] == {"n": 3, "agree": 2, "rate": round(2 / 3, 4), "reason": None}
    # links a: (30,31), (32,33); b: (30,31), (30,32), (31,32) -> 1 shared, F1 = 2/5
    assert q["clusters"]["f1"] == 0.4
    d = rep["layers"]["documents"]
    # derivation: 3 of 4 agree; pe = (3*2 + 1*2)/16 = 0.5; kappa = (0.75-0.5)/0.5
    assert d["pairs"]["a|b"]["kappa"]["derivation"]["kappa"] == 0.5
    assert d["alpha"]["authorship"]["alpha"] is None
    assert "claims" in rep["skipped"]


def _write(root: Path, p: dict) -> None:
    for ann, layers in p.items():
        for layer, recs in layers.items():
            write_jsonl(root / ann / f"{layer}.jsonl", recs, TABLES[layer])


def test_cli_json_is_deterministic(tmp_path):
    _write(tmp_path / "passes", passes())
    runner = CliRunner()
    outs = []
    for n in (1, 2):
        out = tmp_path / f"r{n}.json"
        res = runner.invoke(app, ["agreement", "--passes", str(tmp_path / "passes"),
                                  "--json", str(out)])
        assert res.exit_code == 0, res.output
        outs.append(out.read_bytes())
    assert outs[0] == outs[1]
    assert outs[0] == to_json(agreement(load_passes(tmp_path / "passes"))).encode()
    data = json.loads(outs[0])
    assert list(data) == sorted(data)
    assert "label kappa" in res.output


@pytest.mark.parametrize("command", ["agreement", "adjudicate"])
def test_typo_in_a_pass_is_refused_by_name(tmp_path, command):
    """The one typed layer reader: a field the gate refuses is refused by every command."""
    p = passes()
    p["b"]["mentions"][3]["lable"] = p["b"]["mentions"][3].pop("label")
    _write(tmp_path / "passes", p)
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / f"{DOC}.txt").write_text(TEXT, encoding="utf-8")
    extra = (["--gold", str(tmp_path / "gold"), "--decisions", str(tmp_path / "d.jsonl"),
              "--texts", str(tmp_path / "texts")] if command == "adjudicate" else [])
    res = CliRunner().invoke(app, [command, "--passes", str(tmp_path / "passes"), *extra])
    assert res.exit_code == 1
    err = res.exception.report()
    assert "b/mentions.jsonl:4" in err and "field lable: unknown field" in err
    assert "field label: missing required field" in err
    assert not (tmp_path / "gold").exists()


def align(doc_id: str, i: int, target: str, label: str, t: int | None = None, cut: int = 0,
          edit: str | None = None) -> dict:
    s, e = w(i)
    ts, te = w(t, cut) if t is not None else (None, None)
    return {"alignment_id": f"a:{doc_id}:{s}-{e}:{target}", "doc_id": doc_id, "start": s,
            "end": e, "text": TEXT[s:e], "target_doc_id": target, "target_start": ts,
            "target_end": te, "target_text": TEXT[ts:te] if t is not None else None,
            "label": label, "edit": edit, "score": None, "uncertain": False, "note": None}


def test_alignment_agreement_by_hand():
    """d2 updates d1 (edit actions, a deletion row on d1); d3's passage is aligned against
    d1 by a only and against d2 by both: only same-target rows are matched."""
    a = [align("d2", 0, "d1", "verbatim", 10), align("d2", 1, "d1", "rewritten", 11, edit="edit"),
         align("d2", 2, "d1", "new", edit="addition"), align("d2", 3, "d1", "verbatim", 13),
         align("d1", 14, "d2", "new", edit="deletion"),
         align("d3", 5, "d1", "rewritten", 10), align("d3", 5, "d2", "new")]
    b = [align("d2", 0, "d1", "verbatim", 10),
         align("d2", 1, "d1", "rewritten", 11, cut=2, edit="edit"),
         align("d2", 2, "d1", "rewritten", 12, edit="edit"),
         align("d2", 3, "d1", "verbatim", 13, edit="refactor"),
         align("d1", 14, "d2", "new", edit="deletion"),
         align("d3", 5, "d2", "rewritten", 0)]
    rep = agreement({"a": {"alignments": a}, "b": {"alignments": b}})
    p = rep["layers"]["alignments"]["pairs"]["a|b"]
    assert p["exact"]["matched"] == 6 and p["exact"]["f1"] == round(2 * 6 / 13, 4)
    # labels: 4 of 6 agree; a: verbatim 2, rewritten 1, new 3; b: verbatim 2, rewritten 3,
    # new 1 -> pe = (4 + 3 + 3) / 36; kappa = (4/6 - 10/36) / (1 - 10/36) = 14/26
    assert p["kappa"]["label"]["observed"] == round(4 / 6, 4)
    assert p["kappa"]["label"]["kappa"] == round(14 / 26, 4)
    # counterparts on both sides: words 0 (same), 1 (b cut short: overlap only), 3 (same)
    c = p["counterpart"]
    assert (c["n"], c["exact"], c["overlap"]) == (3, 2, 3)
    # edits on the update pairs (d2->d1, d1->d2), null = unchanged:
    # (unchanged, unchanged) (edit, edit) (addition, edit) (unchanged, refactor)
    # (deletion, deletion): po = 3/5; pe = (2*1 + 1*2 + 1*1) / 25 = 0.2; kappa = 0.5
    e = p["edit_action"]
    assert (e["n"], e["agree"], e["observed"], e["expected"], e["kappa"]) == (5, 3, 0.6, 0.2, 0.5)
    names = [r[1] for r in rows(rep) if r[0] == "alignments"]
    assert "counterpart span (exact)" in names and "edit action kappa" in names

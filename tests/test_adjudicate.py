"""Adjudication on synthetic two-annotator passes: agreement, conflicts, decisions."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus.adjudicate import adjudicate
from corpus.cli import app
from corpus.errors import CorpusError
from corpus.jsonl import read_jsonl, write_jsonl
from corpus.tables import TABLES

T1 = "Donald Trump met Emmanuel Macron in Paris on Monday.\n“We will win,” Trump said."
T2 = "A copy of the story."
TEXTS = {"d1": T1, "d2": T2}


def sp(text: str, sub: str, nth: int = 0) -> tuple[int, int]:
    s = -1
    for _ in range(nth + 1):
        s = text.index(sub, s + 1)
    return s, s + len(sub)


def mention(sub: str, label: str, entity: str | None, nth: int = 0) -> dict:
    s, e = sp(T1, sub, nth)
    return {"mention_id": f"m:d1:{s}-{e}", "doc_id": "d1", "start": s, "end": e,
            "text": T1[s:e], "label": label, "entity_id": entity, "uncertain": False,
            "note": None}


def ent(eid: str, name: str, label: str, role: str | None = None) -> dict:
    return {"entity_id": eid, "name": name, "label": label, "aliases": [name], "role": role,
            "note": None}


def doc(doc_id: str, derivation: str) -> dict:
    return {"doc_id": doc_id, "story_id": "s1", "derivation": derivation,
            "derivation_note": "n", "authorship": "human", "authorship_note": "n",
            "derived_from": [], "uncertain": False, "note": None}


def quote(speaker: str, cluster: str) -> dict:
    s, e = sp(T1, "We will win,")
    cs, ce = sp(T1, "said")
    return {"quote_id": f"q:d1:{s}-{e}", "doc_id": "d1", "start": s, "end": e,
            "text": T1[s:e], "kind": "direct", "speaker_entity_id": speaker,
            "cue_start": cs, "cue_end": ce, "cue_text": "said", "cluster_id": cluster,
            "uncertain": False, "note": None}


def claim(rationale: str) -> dict:
    s, e = sp(T1, "Donald Trump met Emmanuel Macron in Paris on Monday")
    return {"claim_id": f"c:d1:{s}-{e}", "doc_id": "d1", "start": s, "end": e,
            "text": T1[s:e], "status": "supported", "rationale": rationale,
            "uncertain": False, "note": None}


def passes() -> dict:
    a = {
        "documents": [doc("d1", "original"), doc("d2", "copy")],
        "entities": [ent("per:donald-trump", "Donald Trump", "PERSON", "President"),
                     ent("per:emmanuel-macron", "Emmanuel Macron", "PERSON"),
                     ent("gpe:paris", "Paris", "GPE")],
        "mentions": [mention("Donald Trump", "PERSON", "per:donald-trump"),
                     mention("Emmanuel Macron", "PERSON", "per:emmanuel-macron"),
                     mention("Paris", "GPE", "gpe:paris"),
                     mention("Monday", "DATE", None),
                     mention("Trump", "PERSON", "per:donald-trump", nth=1)],
        "quotes": [quote("per:donald-trump", "qc:win")],
        "claims": [claim("ABC says so")],
        "sources": [], "claim_evidence": [],
    }
    b = {
        "documents": [doc("d1", "original"), doc("d2", "rewrite")],
        "entities": [ent("per:trump", "Donald Trump", "PERSON", "President"),
                     ent("per:emmanuel-macron", "Emmanuel Macron", "PERSON"),
                     ent("gpe:paris", "Paris", "LOC")],
        "mentions": [mention("Donald Trump", "PERSON", "per:trump"),
                     mention("Emmanuel Macron", "PERSON", "per:emmanuel-macron"),
                     mention("Paris", "LOC", "gpe:paris"),
                     mention("Trump said", "PERSON", "per:trump")],
        "quotes": [quote("per:trump", "qc:we-will-win")],
        "claims": [claim("CBS says so")],
        "sources": [], "claim_evidence": [],
    }
    return {"a": a, "b": b}


EXPECTED = {
    "documents:d2",
    "entities:gpe:paris",
    "entities:per:donald-trump",
    "mentions:d1:{}-{}".format(*sp(T1, "Paris")),
    "mentions:d1:{}-{}".format(*sp(T1, "Monday")),
    "mentions:d1:{}-{}".format(*sp(T1, "Trump said")),
    # the claim agrees, but its free text differs: one text must be decided
    "text:claims:d1:{}-{}:rationale".format(*sp(T1, "Donald Trump met Emmanuel Macron in Paris "
                                                    "on Monday")),
}
RATIONALE = "text:claims:d1:{}-{}:rationale".format(
    *sp(T1, "Donald Trump met Emmanuel Macron in Paris on Monday"))


def test_agreements_go_to_gold_and_conflicts_are_listed():
    res = adjudicate(passes(), texts=TEXTS)
    assert {d["decision_id"] for d in res.undecided} == EXPECTED
    gold = res.gold
    # ids differ (per:donald-trump / per:trump) but the catalogue name agrees: one entity,
    # so the mention and the quote agree; gold keeps the group key until decided.
    names = {m["text"]: m for m in gold["mentions"]}
    assert set(names) == {"Donald Trump", "Emmanuel Macron"}
    assert names["Donald Trump"]["provenance"]["decided_by"] == "agreement"
    # the clusters have different ids but the same members: agreement, a's id kept
    assert [q["cluster_id"] for q in gold["quotes"]] == ["qc:win"]
    # never glued: undecided, the first annotator's text stands
    assert gold["claims"][0]["rationale"] == "ABC says so"
    assert [d["doc_id"] for d in gold["documents"]] == ["d1"]
    what = {d["decision_id"]: d["what"] for d in res.undecided}
    assert what["entities:gpe:paris"] == "label: a=GPE, b=LOC"
    assert what["mentions:d1:{}-{}".format(*sp(T1, "Monday"))] == "only in a"
    assert "spans differ" in what["mentions:d1:{}-{}".format(*sp(T1, "Trump said"))]


def test_entity_decision_renames_references():
    dec = {d["decision_id"]: d for d in adjudicate(passes()).decisions}
    for d in dec.values():
        d.update(decision="b", decided_by="tester")
    dec["mentions:d1:{}-{}".format(*sp(T1, "Monday"))].update(decision="a")
    res = adjudicate(passes(), dec.values())
    assert not res.undecided and not res.dangling
    trump = next(m for m in res.gold["mentions"] if m["text"] == "Donald Trump")
    assert trump["entity_id"] == "per:trump"  # b's id chosen for the group
    assert res.gold["quotes"][0]["speaker_entity_id"] == "per:trump"


def _write(root: Path, p: dict) -> None:
    for ann, layers in p.items():
        for layer, recs in layers.items():
            write_jsonl(root / ann / f"{layer}.jsonl", recs, TABLES[layer])


@pytest.fixture
def project(tmp_path: Path) -> Path:
    _write(tmp_path / "passes", passes())
    (tmp_path / "seeds").mkdir()
    for d, t in TEXTS.items():
        (tmp_path / "seeds" / f"{d}.txt").write_bytes(t.encode())
    return tmp_path


def run(root: Path, *extra: str):
    return CliRunner().invoke(app, [
        "adjudicate", "--passes", str(root / "passes"), "--gold", str(root / "gold"),
        "--decisions", str(root / "decisions.jsonl"), "--texts", str(root / "seeds"), *extra])


def test_cli_cycle_decisions_applied_and_preserved(project: Path):
    res = run(project)
    assert res.exit_code == 1
    assert "7 undecided" in res.output
    assert not (project / "gold").exists()
    decs = read_jsonl(project / "decisions.jsonl")
    assert {d["decision_id"] for d in decs} == EXPECTED
    assert all(d["decision"] is None for d in decs)

    listing = run(project, "--list")
    assert listing.exit_code == 0 and "⟦Paris⟧" in listing.output

    trump_said = "mentions:d1:{}-{}".format(*sp(T1, "Trump said"))
    s, e = sp(T1, "Trump", 1)
    for d in decs:
        d.pop("_line")
        d.update(decision="a", decided_by="adjudicator", reason="guidelines 1")
        if d["decision_id"] == "mentions:d1:{}-{}".format(*sp(T1, "Paris")):
            d["decision"] = "b"
        if d["decision_id"] == "mentions:d1:{}-{}".format(*sp(T1, "Monday")):
            d["decision"] = "none"
        if d["decision_id"] == trump_said:
            rec = copy.deepcopy(d["options"][0]["record"])
            rec.update(note="edited", entity_id="per:donald-trump")
            d.update(decision="edit", chosen_record=rec)
    from corpus.adjudicate import write_decisions
    write_decisions(decs, project / "decisions.jsonl")
    filled = (project / "decisions.jsonl").read_bytes()

    res = run(project)
    assert res.exit_code == 0, res.output
    gold1 = {p.name: p.read_bytes() for p in sorted((project / "gold").iterdir())}
    assert (project / "decisions.jsonl").read_bytes() == filled  # never overwritten
    mentions = read_jsonl(project / "gold" / "mentions.jsonl")
    by_text = {m["text"]: m for m in mentions}
    assert set(by_text) == {"Donald Trump", "Emmanuel Macron", "Paris", "Trump"}
    assert by_text["Paris"]["label"] == "LOC"
    assert by_text["Trump"]["note"] == "edited"
    assert by_text["Trump"]["provenance"] == {
        "decided_by": "adjudicator", "decision_id": trump_said, "status": "adjudicated"}
    assert by_text["Donald Trump"]["entity_id"] == "per:donald-trump"
    assert by_text["Donald Trump"]["provenance"]["decided_by"] == "agreement"
    for m in mentions:
        assert T1[m["start"]:m["end"]] == m["text"]

    # a second run: same bytes everywhere
    assert run(project).exit_code == 0
    assert {p.name: p.read_bytes() for p in sorted((project / "gold").iterdir())} == gold1
    assert (project / "decisions.jsonl").read_bytes() == filled

    # a new conflict: the filled decisions stay, the new one is undecided -> exit 1
    p = passes()
    p["b"]["mentions"].append(mention("Emmanuel Macron", "PERSON", None, 0) | {
        "start": sp(T1, "in")[0], "end": sp(T1, "in")[1], "text": "in", "label": "GPE"})
    _write(project / "passes", p)
    res = run(project)
    assert res.exit_code == 1 and "1 undecided" in res.output
    decs2 = read_jsonl(project / "decisions.jsonl")
    assert sum(d["decision"] is not None for d in decs2) == 7
    assert {d["decision_id"]: d for d in decs2 if d["decision"]}.keys() == EXPECTED
    assert (project / "gold" / "mentions.jsonl").read_bytes() == gold1["mentions.jsonl"]

    res = run(project, "--allow-undecided")
    assert res.exit_code == 0 and "left out of gold" in res.output
    assert (project / "gold" / "mentions.jsonl").read_bytes() == gold1["mentions.jsonl"]


def test_invalid_decisions_are_refused():
    decs = adjudicate(passes()).decisions
    decs[0].update(decision="c", decided_by="x")
    with pytest.raises(CorpusError, match="invalid decision"):
        adjudicate(passes(), decs)
    decs[0].update(decision="a", decided_by=None)
    with pytest.raises(CorpusError):
        adjudicate(passes(), decs)
    target = next(d for d in decs if d["layer"] == "mentions")
    decs[0].update(decision=None)
    bad = dict(target["options"][0]["record"], text="wrong")
    target.update(decision="edit", decided_by="x", chosen_record=bad)
    with pytest.raises(CorpusError) as err:
        adjudicate(passes(), decs, texts=TEXTS)
    assert "not the document's text" in err.value.report()
    assert err.value.problems[0].record == target["decision_id"]


def test_changed_and_stale_decisions_are_kept_and_reported():
    decs = adjudicate(passes()).decisions
    for d in decs:
        d.update(decision="a", decided_by="x")
    p = passes()
    p["a"]["mentions"][2]["note"] = "changed after the decision"  # Paris, a conflict
    p["b"]["documents"][1]["derivation"] = "copy"  # d2 now agrees: its decision is stale
    res = adjudicate(p, copy.deepcopy(decs))
    paris = "mentions:d1:{}-{}".format(*sp(T1, "Paris"))
    assert res.changed == [paris] and res.stale == ["documents:d2"]
    kept = {d["decision_id"]: d for d in res.decisions}
    assert kept["documents:d2"]["decision"] == "a"  # still in the file, not applied twice
    assert [d["provenance"]["decided_by"] for d in res.gold["documents"]] == [
        "agreement", "agreement"]
    # the stored options (what the adjudicator saw) are applied, not the new record
    gold_paris = next(m for m in res.gold["mentions"] if m["text"] == "Paris")
    assert gold_paris["note"] is None


def test_free_text_is_decided_never_glued():
    res = adjudicate(passes(), texts=TEXTS)
    (dec,) = [d for d in res.undecided if d["decision_id"] == RATIONALE]
    assert [o["record"] for o in dec["options"]] == [{"rationale": "ABC says so"},
                                                     {"rationale": "CBS says so"}]
    for choice, chosen, want in (("b", None, "CBS says so"),
                                 ("edit", {"rationale": "ABC and CBS say so"},
                                  "ABC and CBS say so")):
        filled = [dict(d, decision=choice, chosen_record=chosen, decided_by="judge",
                       reason="read both") if d["decision_id"] == RATIONALE else d
                  for d in res.decisions]
        again = adjudicate(passes(), filled, TEXTS)
        (c,) = again.gold["claims"]
        assert c["rationale"] == want
        assert c["provenance"]["text_decided_by"] == {"rationale": "judge"}
        assert RATIONALE not in {d["decision_id"] for d in again.undecided}
    bad = [dict(d, decision="edit", chosen_record={"rationale": ""}, decided_by="judge")
           if d["decision_id"] == RATIONALE else d for d in res.decisions]
    with pytest.raises(CorpusError, match="invalid decision text:claims") as err:
        adjudicate(passes(), bad, TEXTS)
    assert err.value.problems[0].field == "chosen_record"


def test_pass_of_one_layer_takes_no_part_in_the_others(project: Path):
    """A folder that declares the layers it did not make (a second alignment pass) adds
    no conflict to them; the same folder without the declaration is read as empty."""
    import json

    s, e = sp(T2, "A copy")
    c = project / "passes" / "c"
    write_jsonl(c / "alignments.jsonl", [{
        "alignment_id": f"a:d2:{s}-{e}:d1", "doc_id": "d2", "start": s, "end": e,
        "text": T2[s:e], "target_doc_id": "d1", "target_start": None, "target_end": None,
        "target_text": None, "label": "new", "edit": None, "score": None,
        "uncertain": False, "note": None}], TABLES["alignments"])
    for ann in ("a", "b"):  # as in the project: the first passes made no alignments
        (project / "passes" / ann / "empty_layers.json").write_text('["alignments"]',
                                                                     encoding="utf-8")
    res = run(project, "--list")
    assert res.exit_code == 0 and "c has no documents" in res.output
    assert len(adjudicate_cmd_decisions(project)) > len(EXPECTED)
    (c / "empty_layers.json").write_text(json.dumps(
        ["documents", "sources", "entities", "mentions", "quotes", "claims",
         "claim_evidence"]), encoding="utf-8")
    res = run(project)
    assert res.exit_code == 1 and "c has no" not in res.output
    assert {d["decision_id"] for d in read_jsonl(project / "decisions.jsonl")} == EXPECTED


def adjudicate_cmd_decisions(project: Path) -> list[dict]:
    from corpus.agreement import declared_empty_layers, load_passes

    return adjudicate(load_passes(project / "passes"), (), TEXTS, "d.jsonl",
                      declared_empty_layers(project / "passes")).undecided


def _al(doc_id: str, text: str, sub: str, target: str, label: str,
        tspan: tuple[int, int] | None = None, note: str | None = None) -> dict:
    s, e = sp(text, sub)
    ts, te = tspan or (None, None)
    return {"alignment_id": f"a:{doc_id}:{s}-{e}:{target}", "doc_id": doc_id, "start": s,
            "end": e, "text": text[s:e], "target_doc_id": target, "target_start": ts,
            "target_end": te, "target_text": None if ts is None else TEXTS3[target][ts:te],
            "label": label, "edit": None, "score": None, "uncertain": False, "note": note}


D3 = "Trump met Macron on Monday. They spoke of peace."
TEXTS3 = {**TEXTS, "d3": D3}


def test_alignments_are_adjudicated_per_target_and_counterpart():
    """The same passage against two versions is two units; a different counterpart span
    is a conflict (decided like any other), a note only one pass wrote is kept."""
    others = ("documents", "sources", "entities", "mentions", "quotes", "claims",
              "claim_evidence")
    whole, first = sp(T1, T1.split("\n")[0]), sp(T1, "Donald Trump met Emmanuel Macron")
    x = [_al("d3", D3, "Trump met Macron on Monday.", "d1", "rewritten", whole),
         _al("d3", D3, "Trump met Macron on Monday.", "d2", "new")]
    y = [_al("d3", D3, "Trump met Macron on Monday.", "d1", "rewritten", first),
         _al("d3", D3, "Trump met Macron on Monday.", "d2", "new", note="no counterpart")]
    res = adjudicate({"x": {"alignments": x}, "y": {"alignments": y}}, texts=TEXTS3,
                     abstain={"x": others, "y": others})
    s, e = sp(D3, "Trump met Macron on Monday.")
    did = f"alignments:d3:{s}-{e}@d1"
    assert [d["decision_id"] for d in res.undecided] == [did]
    assert "target_end" in res.undecided[0]["what"]
    assert res.agreed["alignments"] == 1
    (agreed,) = res.gold["alignments"]
    assert agreed["target_doc_id"] == "d2" and agreed["note"] == "no counterpart"
    filled = [dict(d, decision="y", decided_by="judge", reason="smallest span")
              for d in res.decisions]
    again = adjudicate({"x": {"alignments": x}, "y": {"alignments": y}}, filled, TEXTS3,
                       abstain={"x": others, "y": others})
    assert not again.undecided
    got = {r["target_doc_id"]: r for r in again.gold["alignments"]}
    assert (got["d1"]["target_start"], got["d1"]["target_end"]) == first
    assert got["d1"]["provenance"] == {"status": "adjudicated", "decided_by": "judge",
                                       "decision_id": did}


def test_project_gold_is_the_adjudication_of_its_passes(tmp_path: Path):
    """Every gold layer the registry adjudicates (alignments included) is what
    `corpus adjudicate` writes from the project's passes and decisions: no hand edits."""
    from corpus.adjudicate import write_gold
    from corpus.agreement import declared_empty_layers, load_passes
    from corpus.documents import texts_from_paths
    from corpus.project import load_project

    root = Path(__file__).resolve().parents[1]
    p = load_project(root)
    res = adjudicate(load_passes(p.passes), read_jsonl(p.decisions),
                     texts_from_paths(p.source_paths), str(p.decisions),
                     declared_empty_layers(p.passes))
    assert not res.undecided and not res.stale and not res.changed
    write_gold(res.gold, tmp_path)
    assert "alignments" in res.gold
    for layer in res.gold:
        name = f"{layer}.jsonl"
        assert (tmp_path / name).read_bytes() == (p.gold / name).read_bytes(), name

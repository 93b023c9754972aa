"""Exports on an emoji + CRLF document: every offset is a code point and slices match."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from corpus.cli import app
from corpus.export import brat, citron, conll
from corpus.jsonl import write_jsonl
from corpus.registry import REGISTRY
from corpus.tables import TABLES

TEXT = ("Peace 🕊️ talks 😀\r\n"
        "“We are 🇺🇦 ready,” said Zoë Ångström.\r\n"
        "“First line\r\nsecond line,” she added. Zoë Ångström left Kyiv.\r\n")


def sp(sub: str, nth: int = 0) -> tuple[int, int]:
    s = -1
    for _ in range(nth + 1):
        s = TEXT.index(sub, s + 1)
    return s, s + len(sub)


def mention(sub: str, label: str, entity: str | None, nth: int = 0) -> dict:
    s, e = sp(sub, nth)
    return {"mention_id": f"m:d:{s}-{e}", "doc_id": "d", "start": s, "end": e,
            "text": TEXT[s:e], "label": label, "entity_id": entity, "uncertain": False,
            "note": None}


def quote(sub: str, group: str | None, cue: str | None, speaker: tuple[str, int] | None) -> dict:
    s, e = sp(sub)
    q = {"quote_id": f"q:d:{s}-{e}", "doc_id": "d", "start": s, "end": e, "text": TEXT[s:e],
         "kind": "direct", "speaker_entity_id": "per:zoe", "group_id": group,
         "cluster_id": "qc:ready", "variant": "verbatim", "uncertain": False}
    if cue:
        q.update(zip(("cue_start", "cue_end"), sp(cue), strict=True), cue_text=cue)
    if speaker:
        ss, se = sp(*speaker)
        q.update(speaker_start=ss, speaker_end=se, speaker_text=TEXT[ss:se])
    return q


def claim(sub: str, status: str) -> dict:
    s, e = sp(sub)
    return {"claim_id": f"c:d:{s}-{e}", "doc_id": "d", "start": s, "end": e, "text": TEXT[s:e],
            "status": status, "rationale": "why", "world_knowledge": None, "uncertain": False,
            "note": None}


GOLD = {
    "documents": [{"doc_id": "d", "story_id": "s", "derivation": "original",
                   "derivation_note": "n", "authorship": "human", "authorship_note": "n",
                   "derived_from": [], "uncertain": False}],
    "entities": [{"entity_id": "per:zoe", "name": "Zoë Ångström", "label": "PERSON",
                  "aliases": []},
                 {"entity_id": "gpe:kyiv", "name": "Kyiv", "label": "GPE", "aliases": []}],
    "mentions": [mention("Zoë Ångström", "PERSON", "per:zoe"),
                 mention("Zoë Ångström", "PERSON", "per:zoe", 1),
                 mention("Kyiv", "GPE", "gpe:kyiv")],
    "quotes": [quote("We are 🇺🇦 ready,", None, "said", ("Zoë Ångström", 0)),
               quote("First line\r\nsecond line,", "qg:d:1", "added", ("she", 0)),
               dict(quote("talks", None, None, None), kind="scare", speaker_entity_id=None,
                    cluster_id=None, variant=None)],
    "claims": [claim("Zoë Ångström left Kyiv.", "supported")],
    "claim_evidence": [dict(zip(("start", "end"), sp("said Zoë Ångström"), strict=True),
                            claim_id=claim("Zoë Ångström left Kyiv.", "x")["claim_id"],
                            doc_id="d", text="said Zoë Ångström", stance="supports",
                            note=None)],
    "segments": [{"doc_id": "d", "start": 0, "end": 16, "text": TEXT[:16], "kind": "title"},
                 {"doc_id": "d", "start": 16, "end": 18, "text": "\r\n", "kind": "separator"},
                 {"doc_id": "d", "start": 18, "end": len(TEXT), "text": TEXT[18:],
                  "kind": "body"}],
}


def test_offsets_are_code_points_not_utf16():
    s, _ = sp("Zoë Ångström")
    utf16 = len(TEXT[:s].encode("utf-16-le")) // 2
    assert s != utf16  # the emoji make the two units differ: the test can tell them apart


def test_brat_fragments_and_slices(tmp_path: Path):
    brat.write(GOLD, {"d": TEXT}, tmp_path)
    assert (tmp_path / "d.txt").read_bytes() == TEXT.encode("utf-8")  # CRLF kept
    spans = brat.read_ann(tmp_path / "d.ann")
    text = (tmp_path / "d.txt").read_bytes().decode("utf-8")
    for t in spans:
        assert t["text"] == " ".join(text[a:b] for a, b in t["fragments"])
    zoe = [t for t in spans if t["type"] == "PERSON"]
    assert [t["fragments"][0] for t in zoe] == [sp("Zoë Ångström"), sp("Zoë Ångström", 1)]
    multi = next(t for t in spans if t["type"] == "Quote" and len(t["fragments"]) > 1)
    assert multi["fragments"] == [sp("First line"), sp("second line,")]  # no CR/LF inside
    ann = (tmp_path / "d.ann").read_text(encoding="utf-8")
    assert "Reference" in ann and "StoryDrift:per:zoe\tZoë Ångström" in ann
    assert "SpokenBy Arg1:" in ann and "Kind " in ann
    assert "Quote\nCue\nSpeaker" in (tmp_path / "annotation.conf").read_text()


def test_citron_groups_and_slices(tmp_path: Path):
    citron.write(GOLD, {"d": TEXT}, tmp_path)
    doc = json.loads((tmp_path / "d.json").read_text(encoding="utf-8"))
    assert doc["text"] == TEXT
    assert len(doc["quotes"]) == 2  # the scare quote has no cue: kept apart
    assert [q["contents"][0]["text"] for q in doc["storydrift_uncued_quotes"]] == ["talks"]
    for q in doc["quotes"]:
        for s in [q["cue"], *q["sources"], *q["contents"], *q["coreferences"]]:
            assert TEXT[s["start"]:s["end"]] == s["text"]
    first = doc["quotes"][0]
    assert first["contents"][0]["text"] == "We are 🇺🇦 ready,"
    assert first["sources"][0]["text"] == "Zoë Ångström" and first["cue"]["text"] == "said"
    assert first["speaker_entity_id"] == "per:zoe" and len(first["coreferences"]) == 2
    assert doc["quotes"][1]["sources"][0]["text"] == "she"
    assert [[m["text"] for m in g] for g in doc["coreference_groups"]] == [
        ["Zoë Ångström", "Zoë Ångström"]]


def test_conll_bio(tmp_path: Path):
    conll.write(GOLD, {"d": TEXT}, tmp_path, columns="offsets")
    lines = (tmp_path / "mentions.conll").read_text(encoding="utf-8").split("\n")
    assert lines[0] == "-DOCSTART- d -X- O"
    rows = [ln.split(" ") for ln in lines if ln and not ln.startswith("-DOCSTART-")]
    for tok, s, e, _ in rows:
        assert TEXT[int(s):int(e)] == tok
    tagged = [(tok, tag) for tok, _, _, tag in rows if tag != "O"]
    assert tagged == [("Zoë", "B-PERSON"), ("Ångström", "I-PERSON"),
                      ("Zoë", "B-PERSON"), ("Ångström", "I-PERSON"), ("Kyiv", "B-GPE")]
    assert "" in lines[2:-2]  # sentence breaks at the line breaks
    toks = [tok for tok, *_ in rows]
    assert "🕊️" in toks and "🇺🇦" in toks and "😀" in toks  # emoji sequences stay whole


def test_cli_export_is_deterministic(tmp_path: Path):
    for layer, recs in GOLD.items():
        if REGISTRY[layer].in_folder:  # segments live outside layer folders
            write_jsonl(tmp_path / "gold" / f"{layer}.jsonl", recs, TABLES[layer])
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_bytes(TEXT.encode("utf-8"))
    runner = CliRunner()
    snaps = []
    for n in (1, 2):
        for fmt in ("brat", "citron", "conll", "claims"):
            out = tmp_path / f"out{n}" / fmt
            res = runner.invoke(app, ["export", fmt, "--gold", str(tmp_path / "gold"),
                                      "--out", str(out), "--texts", str(tmp_path / "seeds")])
            assert res.exit_code == 0, res.output
        snaps.append({p.relative_to(tmp_path / f"out{n}"): p.read_bytes()
                      for p in sorted((tmp_path / f"out{n}").rglob("*")) if p.is_file()})
    assert snaps[0] == snaps[1] and len(snaps[0]) == 9


# --- round trips through independent readers ---------------------------------------


def test_brat_round_trip_through_pybrat(tmp_path: Path):
    """pybrat (an independent brat parser) reads back every span, relation and link."""
    from pybrat.parser import BratParser

    brat.write(GOLD, {"d": TEXT}, tmp_path)
    for name in ("annotation.conf", "visual.conf", "tools.conf", "storydrift_entities.tsv"):
        assert (tmp_path / name).is_file()
    assert "[normalization]\nStoryDrift\tDB:storydrift_entities" in (
        tmp_path / "tools.conf").read_text()
    # error="ignore": pybrat refuses two types on one span, which brat itself allows
    (ex,) = BratParser(error="ignore").parse(tmp_path)
    got = sorted((e.type, tuple((s.start, s.end) for s in e.spans)) for e in ex.entities)
    want = [(m["label"], (m["start"], m["end"])) for m in GOLD["mentions"]]
    for q in GOLD["quotes"]:
        want.append(("Quote", q["start"], q["end"]))
        for p, t in (("cue", "Cue"), ("speaker", "Speaker")):
            if q.get(f"{p}_start") is not None:
                want.append((t, q[f"{p}_start"], q[f"{p}_end"]))
    want += [("Claim", c["start"], c["end"]) for c in GOLD["claims"]]
    want += [("Supports", e["start"], e["end"]) for e in GOLD["claim_evidence"]]
    for g in GOLD["segments"]:  # line breaks are left out of brat fragments
        if g["kind"] != "separator":
            frags = brat.fragments(TEXT, g["start"], g["end"])
            want.append(("Segment", frags[0][0], frags[-1][1]))
    flat = sorted({(t, s[0][0], s[-1][1]) for t, s in got})
    assert flat == sorted(set((w[0], *w[1]) if len(w) == 2 else w for w in want))
    for e in ex.entities:  # fragments slice the exact text
        assert e.mention == " ".join(TEXT[s.start:s.end] for s in e.spans)
    rels = sorted((r.type, r.arg1.type, r.arg2.type) for r in ex.relations)
    assert rels.count(("SpokenBy", "Quote", "Speaker")) == 2
    assert rels.count(("CuedBy", "Quote", "Cue")) == 2
    refs = [(e.mention, r.eid) for e in ex.entities for r in e.references]
    assert ("Zoë Ångström", "per:zoe") in refs and ("Kyiv", "gpe:kyiv") in refs


def _citron_read(path: Path) -> list[dict]:
    """Citron's reader contract (citron/data.py, CitronParser.parse), re-stated.

    It tokenises ``text`` with spaCy, maps every character to its token (a token's
    trailing white space included) and reads, for every quote, ``quote["cue"]``,
    ``quote["sources"]`` and ``quote["contents"]`` as spans, each turned into a token
    slice from ``char_to_token[start]`` to ``char_to_token[end - 1] + 1``; anything
    else fails there.
    """
    import spacy

    nlp = spacy.blank("en")
    data = json.loads(path.read_text(encoding="utf-8"))
    doc = nlp(data["text"])
    index = [None] * len(doc.text)
    for tok in doc:
        for i in range(len(tok) + len(tok.whitespace_)):
            index[tok.idx + i] = tok.i
    out = []

    def token_span(s: dict):
        start, end = index[s["start"]], index[s["end"] - 1] + 1
        assert 0 <= start < end <= len(doc), s
        return doc[start:end]

    for q in data["quotes"]:
        out.append({"cue": token_span(q["cue"]),
                    "sources": [token_span(s) for s in q["sources"]],
                    "contents": [token_span(s) for s in q["contents"]],
                    "coreferences": [token_span(s) for s in q.get("coreferences") or []]})
    for group in data.get("coreference_groups") or []:
        [token_span(s) for s in group]
    return out


def test_citron_round_trip_through_citrons_reader_contract(tmp_path: Path):
    citron.write(GOLD, {"d": TEXT}, tmp_path)
    quotes = _citron_read(tmp_path / "d.json")
    assert [q["cue"].text for q in quotes] == ["said", "added"]
    assert [s.text for q in quotes for s in q["sources"]] == ["Zoë Ångström", "she"]
    assert "ready" in quotes[0]["contents"][0].text


def test_conll2003_round_trip_through_spacys_converter(tmp_path: Path):
    """spaCy's own CoNLL-2003 NER converter reads the four-column file back."""
    from spacy.training.converters import conll_ner_to_docs

    conll.write(GOLD, {"d": TEXT}, tmp_path)
    data = (tmp_path / "mentions.conll").read_text(encoding="utf-8")
    rows = [ln.split(" ") for ln in data.splitlines() if ln]
    assert all(len(r) == 4 for r in rows)  # token, POS, chunk, NER
    ents = [(e.text, e.label_) for d in conll_ner_to_docs(data, no_print=True) for e in d.ents]
    assert ents == [(m["text"], m["label"]) for m in GOLD["mentions"]]


def test_claims_round_trip(tmp_path: Path):
    from corpus.export import claims

    claims.write(GOLD, {"d": TEXT}, tmp_path)
    (rec,) = [json.loads(x) for x in (tmp_path / "claims.jsonl").read_text().splitlines()]
    c = GOLD["claims"][0]
    assert (rec["claim_id"], rec["claim"], rec["label"]) == (c["claim_id"], c["text"],
                                                             c["status"])
    assert TEXT[rec["start"]:rec["end"]] == rec["claim"]
    (ev,) = rec["evidence"]
    assert ev["stance"] == "supports" and TEXT[ev["start"]:ev["end"]] == ev["text"]


def test_export_from_a_release_equals_export_from_the_project(built_release, tmp_path):
    """A downloaded release and the repository give the same bytes, in every format."""
    runner = CliRunner()
    proj = built_release.parents[1]
    for fmt in ("brat", "citron", "conll", "claims"):
        a = runner.invoke(app, ["export", fmt, "--release", str(built_release),
                                "--out", str(tmp_path / "rel" / fmt)])
        b = runner.invoke(app, ["export", fmt, "--root", str(proj),
                                "--out", str(tmp_path / "proj" / fmt)])
        assert a.exit_code == 0 and b.exit_code == 0, a.output + b.output
        files = sorted(p.name for p in (tmp_path / "rel" / fmt).iterdir())
        assert files == sorted(p.name for p in (tmp_path / "proj" / fmt).iterdir())
        for name in files:
            assert (tmp_path / "rel" / fmt / name).read_bytes() == (
                tmp_path / "proj" / fmt / name).read_bytes(), (fmt, name)
    scare = sum(1 for f in (tmp_path / "rel" / "citron").glob("*.json")
                for q in json.loads(f.read_text())["storydrift_uncued_quotes"])
    assert scare == 10  # the scare quotes, kept apart from Citron's quotes
    for f in sorted((tmp_path / "rel" / "citron").glob("*.json")):
        _citron_read(f)  # every real document parses under Citron's contract

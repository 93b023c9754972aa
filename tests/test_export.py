"""Exports on an emoji + CRLF document: every offset is a code point and slices match."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from corpus.cli import app
from corpus.export import brat, citron, conll
from corpus.jsonl import write_jsonl
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
               quote("First line\r\nsecond line,", "qg:d:1", "added", ("she", 0))],
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
    assert len(doc["quotes"]) == 2
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
    conll.write(GOLD, {"d": TEXT}, tmp_path)
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
        write_jsonl(tmp_path / "gold" / f"{layer}.jsonl", recs, TABLES[layer])
    (tmp_path / "seeds").mkdir()
    (tmp_path / "seeds" / "d.txt").write_bytes(TEXT.encode("utf-8"))
    runner = CliRunner()
    snaps = []
    for n in (1, 2):
        for fmt in ("brat", "citron", "conll"):
            out = tmp_path / f"out{n}" / fmt
            res = runner.invoke(app, ["export", fmt, "--gold", str(tmp_path / "gold"),
                                      "--out", str(out), "--texts", str(tmp_path / "seeds")])
            assert res.exit_code == 0, res.output
        snaps.append({p.relative_to(tmp_path / f"out{n}"): p.read_bytes()
                      for p in sorted((tmp_path / f"out{n}").rglob("*")) if p.is_file()})
    assert snaps[0] == snaps[1] and len(snaps[0]) == 5

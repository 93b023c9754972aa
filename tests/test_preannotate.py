"""Pre-annotators: quote marks, attribution, kinds, speakers, offsets and the CLI.

Every sentence here is invented for the tests (none comes from the seed documents).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.errors import CorpusError
from corpus.preannotate.cli import read_exact
from corpus.preannotate.entities import extract_mentions
from corpus.preannotate.quotes import QuoteSpan, extract_quotes
from tests.entity_cases import persons

ROOT = Path(__file__).resolve().parents[1]


def quotes(text: str, kind: str | None = None) -> list[QuoteSpan]:
    out = extract_quotes(text)
    for q in out:
        assert text[q.start : q.end] == q.text
        for a in ("speaker", "cue"):
            s, e, t = getattr(q, f"{a}_start"), getattr(q, f"{a}_end"), getattr(q, f"{a}_text")
            if s is not None:
                assert text[s:e] == t
    return [q for q in out if kind is None or q.kind == kind]


def only(text: str, kind: str = "direct") -> QuoteSpan:
    qs = quotes(text, kind)
    assert len(qs) == 1, qs
    return qs[0]


# -- quotation mark styles -------------------------------------------------------------

@pytest.mark.parametrize("left,right", [("“", "”"), ('"', '"'), ("«", "»"), ("„", "“"),
                                        ("‘", "’"), ("'", "'")])
def test_each_mark_style_direct_with_speaker(left: str, right: str) -> None:
    text = (f"Mayor Linda Okafor opened the new bridge on Monday. {left}This crossing "
            f"will cut the commute in half,{right} Okafor said.")
    q = only(text)
    assert q.text == "This crossing will cut the commute in half,"
    assert q.speaker == "Linda Okafor" and q.speaker_text == "Okafor" and q.cue_text == "said"


def test_apostrophes_are_not_quote_marks() -> None:
    text = ("It's Norway’s turn, and the team's coach, Erik Lund, says it‘s fine. "
            "The players’ union disagreed. Don't expect 'rapid change', Lund's aide wrote.")
    qs = quotes(text)
    assert [q.text for q in qs if q.kind != "indirect"] == ["rapid change"]


def test_single_quotes_nested_in_double_are_content() -> None:
    text = "“They called it ‘a miracle’ back then,” said Omar Haddad."
    qs = quotes(text)
    assert len(qs) == 1 and qs[0].text == "They called it ‘a miracle’ back then,"
    assert qs[0].speaker == "Omar Haddad"


# -- attribution positions ---------------------------------------------------------------

def test_speaker_before_with_colon_and_comma() -> None:
    q = only("Chief engineer Priya Nair said: “The tunnel is safe.”")
    assert (q.speaker, q.text) == ("Priya Nair", "The tunnel is safe.")
    q = only("Later, Senator Tomas Berg told reporters, “We have the votes.”")
    assert q.speaker == "Tomas Berg" and q.cue_text == "told"


def test_inverted_attribution() -> None:
    q = only("“We will not sign this draft,” said Foreign Minister Ana Ruiz on Friday.")
    assert q.speaker == "Ana Ruiz" and q.speaker_text == "Ana Ruiz" and q.cue_text == "said"


def test_split_quote_is_one_group() -> None:
    text = ("“The harvest was poor,” farmer Jonas Weber said, “but the prices held.” "
            "Weber added that rain was coming.")
    qs = quotes(text, "direct")
    assert [q.text for q in qs] == ["The harvest was poor,", "but the prices held."]
    assert qs[0].group == qs[1].group and all(q.speaker == "Jonas Weber" for q in qs)


def test_continuation_after_attribution_sentence_shares_group() -> None:
    text = ("“Prices rose again,” the economist Hana Sato said. “Nobody expected it. "
            "Wages lag behind.”")
    qs = quotes(text, "direct")
    assert len(qs) == 2 and qs[0].group == qs[1].group
    assert qs[1].speaker == "Hana Sato"


def test_multi_paragraph_quote() -> None:
    text = ("Coach Maria Lopes addressed the fans after the final.\n\n"
            "“We trained for this all year. Every morning we ran the hills.\n\n"
            "“Tonight it paid off, and I am proud of every one of them,” Lopes said.")
    qs = quotes(text, "direct")
    assert [q.text for q in qs] == [
        "We trained for this all year. Every morning we ran the hills.",
        "Tonight it paid off, and I am proud of every one of them,",
    ]
    assert qs[0].group == qs[1].group
    assert all(q.speaker == "Maria Lopes" for q in qs)


# -- speakers ----------------------------------------------------------------------------

def test_pronoun_resolves_to_previous_speaker_not_last_name() -> None:
    text = ("“The deal is done,” Prime Minister Ravi Kumar said while standing next to "
            "Helga Strand.\n\n“We signed it an hour ago,” he added.")
    qs = quotes(text, "direct")
    assert [q.speaker for q in qs] == ["Ravi Kumar", "Ravi Kumar"]
    assert qs[1].speaker_text == "he" and qs[1].cue_text == "added"


def test_pronoun_resolves_to_last_person_when_no_recent_quote() -> None:
    text = ("Governor Alice Moreau visited the flooded town on Sunday.\n\n"
            "Rescue teams worked through the night.\n\n"
            "Roads remain closed.\n\n“We will rebuild every home,” she said.")
    q = only(text)
    assert q.speaker == "Alice Moreau" and q.speaker_text == "she"


def test_unnamed_official_has_no_name() -> None:
    text = "“The talks are on hold,” a senior State Department official said on Tuesday."
    q = only(text)
    assert q.speaker is None and q.speaker_text == "a senior State Department official"


def test_definite_description_resolves_to_titled_person() -> None:
    text = ("Finnish President Sauli Niinisto met students in Oulu.\n\n"
            "“Education is our export,” the president said.")
    q = only(text)
    assert q.speaker == "Sauli Niinisto" and q.speaker_text == "the president"


def test_surname_gets_longest_earlier_form() -> None:
    text = ("Central bank governor Ingrid Halvorsen spoke first. Later, Halvorsen said, "
            "“Rates stay where they are.”")
    assert only(text).speaker == "Ingrid Halvorsen"


def test_platform_post_cue() -> None:
    text = ("Opposition leader Marek Nowak said in a post to X, “This budget robs our "
            "pensioners.”")
    q = only(text)
    assert q.speaker == "Marek Nowak" and q.cue_text == "said in a post to X"


def test_according_to_source() -> None:
    text = ("According to the Harbour Authority, the port “will reopen within days,” "
            "despite the storm.")
    q = only(text, "mixed")
    assert q.speaker == "Harbour Authority" and q.cue_text == "According to"


def test_headline_colon_attribution() -> None:
    q = only('Kovacs: "We will not raise taxes"\nBudget vote set for Friday')
    assert (q.speaker, q.text) == ("Kovacs", "We will not raise taxes")


def test_participle_cue_after_dateline() -> None:
    text = ("VIENNA, May 2 (AP) — Austrian central banker Petra Wolf on Friday cut rates, "
            "saying growth was “far too weak.”")
    q = only(text, "mixed")
    assert q.speaker == "Petra Wolf" and q.cue_text == "saying"


def test_unknown_title_before_name() -> None:
    q = only("'That is a loophole,' said Belgian MEP Jonas De Wit after the vote.")
    assert q.speaker == "Jonas De Wit"


def test_plural_description_is_unnamed() -> None:
    q = only("Economists say the housing market will cool this winter.", "indirect")
    assert q.speaker is None and q.speaker_text == "Economists"


# -- kinds -------------------------------------------------------------------------------

def test_scare_quotes() -> None:
    text = ("The so-called “Friends of the Lake” met again. Critics call them "
            "activists, but the group prefers 'stewards'.")
    qs = quotes(text)
    assert [q.kind for q in qs if q.text == "Friends of the Lake"] == ["scare"]


def test_mixed_quote_inside_reported_speech() -> None:
    text = ("Dr. Keiko Tanaka said on Monday that the new vaccine was “remarkably safe” "
            "and that trials would continue.")
    q = only(text, "mixed")
    assert q.text == "remarkably safe" and q.speaker == "Keiko Tanaka"


def test_single_word_attributed_is_mixed() -> None:
    text = "Pilot Sam Ortega said he felt “fine” after the emergency landing."
    q = only(text, "mixed")
    assert q.text == "fine" and q.speaker == "Sam Ortega"


def test_indirect_speech() -> None:
    text = "Economist Lars Olsen said that inflation will fall below two percent next year."
    q = only(text, "indirect")
    assert q.text == "inflation will fall below two percent next year"
    assert q.speaker == "Lars Olsen" and q.cue_text == "said"


def test_relative_clause_is_not_indirect() -> None:
    text = "These are the reforms the council says are needed for growth."
    assert quotes(text, "indirect") == []


# -- offsets -----------------------------------------------------------------------------

def test_offsets_with_emoji_and_crlf() -> None:
    text = ("🎉🎉 Party time in Lyon!\r\n\r\n“We did it 🚀 again,” organiser Chloé Martin "
            "said.\r\n“Next year 🎆 is bigger,” she added.\r\n")
    qs = quotes(text, "direct")
    assert [q.text for q in qs] == ["We did it 🚀 again,", "Next year 🎆 is bigger,"]
    assert qs[0].speaker == "Chloé Martin" and qs[1].speaker == "Chloé Martin"
    for m in extract_mentions(text):
        assert text[m.start : m.end] == m.text


def test_mentions_strip_titles_and_possessives() -> None:
    text = ("French President Emile Laurent’s office said German Chancellor Greta Vogel "
            "will visit Paris on Friday.")
    got = {(m.text, m.label) for m in extract_mentions(text)}
    assert {("Emile Laurent", "PERSON"), ("Greta Vogel", "PERSON"), ("Paris", "GPE"),
            ("French", "NORP"), ("Friday", "DATE")} <= got
    assert not any("President" in t or t.endswith("’s") for t, _ in got)


def test_mentions_use_catalogue(tmp_path: Path) -> None:
    cat = tmp_path / "entities.jsonl"
    cat.write_text(json.dumps({"entity_id": "org:blue-river-trust", "name": "Blue River Trust",
                               "label": "ORG", "aliases": ["the Trust", "BRT"]}) + "\n",
                   encoding="utf-8")
    text = "BRT bought the mill. Blue River Trust will restore it."
    ms = [m for m in extract_mentions(text, cat) if m.entity_id]
    assert [(m.text, m.entity_id) for m in ms] == [("BRT", "org:blue-river-trust"),
                                                   ("Blue River Trust", "org:blue-river-trust")]


# -- CLI ---------------------------------------------------------------------------------

def test_cli_jsonl(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from corpus.cli import app

    f = tmp_path / "story.txt"
    raw = "Intro 🙂\r\n“Ships will sail,” harbour master Ole Dahl said in Bergen on Monday."
    f.write_bytes(raw.encode("utf-8"))
    res = CliRunner().invoke(app, ["preannotate", str(f)])
    assert res.exit_code == 0, res.output
    recs = [json.loads(x) for x in res.stdout.splitlines()]
    assert {r["layer"] for r in recs} == {"quotes", "mentions"}
    for r in recs:
        assert r["file"] == str(f) and raw[r["start"] : r["end"]] == r["text"]
    q = next(r for r in recs if r["layer"] == "quotes")
    assert (q["kind"], q["speaker"], q["text"]) == ("direct", "Ole Dahl", "Ships will sail,")
    assert all("label" in r for r in recs if r["layer"] == "mentions")


def test_cli_invalid_utf8(tmp_path: Path) -> None:
    f = tmp_path / "bad.txt"
    f.write_bytes(b"caf\xc3\xa9 ok \xff bad")
    with pytest.raises(CorpusError) as e:
        read_exact(f)
    assert "byte offset 9" in e.value.report() and str(f) in e.value.report()
    res = subprocess.run([sys.executable, "-m", "corpus", "preannotate", str(f)], cwd=ROOT,
                         capture_output=True, text=True)
    assert res.returncode != 0 and "byte offset 9" in res.stderr and res.stdout == ""


# -- robustness --------------------------------------------------------------------------

_WORDS = ["said", "he", "she", "told", "that", "according", "to", "per", "Anna", "Berg",
          "the", "official", "President", "Oslo", "it's", "Norway’s", "so-called", "X",
          "post", "in", "a", "🚀", "é", "Monday", "5%", "$3"]
_MARKS = ["“", "”", '"', "'", "‘", "’", "«", "»", "„", ",", ".", ":", "?", "\r\n", "\n\n",
          " — "]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + _MARKS), max_size=60))
def test_any_text_gives_exact_offsets(parts: list[str]) -> None:
    text = " ".join(parts)
    quotes(text)
    for m in extract_mentions(text):
        assert text[m.start : m.end] == m.text and m.text == m.text.strip()


def test_title_case_headings_are_not_people():
    from corpus.preannotate import extract_mentions

    text = ("Harbour Workers Strike Over Pension Reform\n"
            "Union leader Ingrid Halvorsen said the strike would last a week.\n"
            "Halvorsen Warns Of Longer Walkout\n")
    found = {(m.text, m.label) for m in extract_mentions(text)}
    assert ("Ingrid Halvorsen", "PERSON") in found
    assert ("Halvorsen", "PERSON") in found  # introduced with a title elsewhere
    assert not any(label == "PERSON" and "Pension" in t or t == "Harbour Workers Strike"
                   for t, label in found), found


# -- issue 9: general rules for pages nobody tuned on (failure classes of the issue) ----

def test_pronoun_takes_the_subject_not_the_nearest_name() -> None:
    text = ("Maria Lopez met Tom Baker on Tuesday.\n\n"
            "“We will not give up,” she said.")
    assert only(text).speaker == "Maria Lopez"


def test_pronoun_skips_a_name_of_the_wrong_sex_and_object_position() -> None:
    text = ("Prime Minister Anna Berg spoke after meeting Paul Smith. She praised the talks."
            "\n\n“This is a good day,” she said.")
    assert only(text).speaker == "Anna Berg"


def test_pronoun_skips_a_photo_caption() -> None:
    text = ("Mayor Anna Berg spoke on Monday.\n\n"
            "Peter Hall, left, and Tom Baker at the meeting. (Photo: AP)\n\n"
            "“We will rebuild,” she said.")
    assert only(text).speaker == "Anna Berg"


def test_particle_cue_shot_back() -> None:
    q = only("“That is absurd,” Mary Jones shot back.")
    assert q.speaker == "Mary Jones" and q.cue_text == "shot back"


def test_short_spoken_quote_with_cue_is_direct_not_scare() -> None:
    q = only("“No,” said John Carter.")
    assert q.speaker == "John Carter"


def test_possessor_is_not_the_speaker_of_people_but_is_of_an_office() -> None:
    q = only("“He is innocent,” Peter Hall's lawyers said.")
    assert q.speaker is None and q.speaker_text == "Peter Hall's lawyers"
    text = "Keir Starmer arrived.\n\n“We are ready,” Starmer’s office said."
    assert only(text).speaker == "Keir Starmer"


def test_cue_of_a_later_clause_does_not_make_a_scare_quote_mixed() -> None:
    text = "The “peace plan” was rejected by the parliament, and Peter Hall said he was sad."
    assert not quotes(text, "mixed")


def test_post_posed_cue_closing_a_long_sentence() -> None:
    text = ("Europe must stand “shoulder to shoulder” with Ukraine for as long as it takes "
            "and beyond, Emmanuel Macron has said.")
    q = only(text, "mixed")
    assert q.text == "shoulder to shoulder" and q.speaker == "Emmanuel Macron"


def test_teams_platforms_and_places_are_not_persons() -> None:
    assert persons("Manchester United beat Real Madrid 2-1 on Sunday.") == []
    assert persons("Users on Truth Social and Google Play complained.") == []
    assert persons("The New York Knicks met the Boca Juniors.") == []


def test_surname_refers_back_to_a_full_name() -> None:
    text = "Striker Tendai Mupfumi scored twice. Mupfumi, 24, has 11 goals."
    assert persons(text) == ["Tendai Mupfumi", "Mupfumi"]


def test_glued_credit_ends_the_name() -> None:
    assert persons("Photo: Jane SmithThe president arrives.") == ["Jane Smith"]


def test_name_of_a_building_is_not_a_person() -> None:
    assert persons("Coverage from the John F. Kennedy Space Center starts at 10.") == []
    assert persons("He met John Smith. Park officials said so.") == ["John Smith"]


def test_transcript_vocative_is_a_person() -> None:
    text = "QUESTION: Is it over?\n\nSECRETARY BLINKEN:  Lester, it is not over."
    assert "Lester" in persons(text)


def test_mixed_mark_styles_close_where_the_words_end() -> None:
    qs = quotes("“We won.“ The crowd cheered.")
    assert [q.text for q in qs if q.kind != "indirect"] == ["We won."]
    q = only("Tom Baker said: „Wir haben gewonnen.“ The crowd cheered.")
    assert q.speaker == "Tom Baker"


def test_quote_after_a_finished_quoted_sentence_is_no_split_half() -> None:
    text = "He said: “We won.\" Then the crowd, “a sea of flags”, cheered."
    assert [q.text for q in quotes(text, "direct")] == ["We won."]


def _persons(text: str) -> set[str]:
    return {m.text for m in extract_mentions(text) if m.label == "PERSON"}


def test_province_is_no_surname() -> None:
    text = ("The premier of Ontario, Marta Kowalczyk, called an election.\n\n"
            "Flag of Ontario\n\nOntario votes in May, and Kowalczyk leads.")
    got = _persons(text)
    assert "Marta Kowalczyk" in got and "Kowalczyk" in got
    assert not {"Ontario", "Flag of Ontario"} & got


def test_regnal_number_is_part_of_the_name() -> None:
    text = "Crowds waited for Pope Gregory XVII on Sunday. Later Gregory spoke briefly."
    got = _persons(text)
    assert "Gregory XVII" in got and "Gregory" in got


def test_titled_person_of_an_office_is_split() -> None:
    text = ("The case was brought by Assistant Attorney General Helen R. Markova of the "
            "Civil Division and others.")
    assert "Helen R. Markova" in _persons(text)


def test_caption_of_sentences_is_no_title_case_heading() -> None:
    text = ("Workers Rally Downtown. Chicago, June 2019. Photo by Tomas Ferreira via "
            "Wikimedia Commons (CC BY 2.0)\n\nThe rally went on.")
    from corpus.preannotate.entities import title_case_lines

    assert title_case_lines(text) == []
    assert title_case_lines("Workers Rally Downtown As Mrs. Ferreira Speaks\n") != []
    got = _persons(text)
    assert "Tomas Ferreira" in got and "Wikimedia Commons" not in got


def test_quote_runs_over_hard_wrapped_lines() -> None:
    from corpus.preannotate.quotes import extract_quotes

    text = ('Visitors came.\n"Rivers have been the summer trip of choice for\ngenerations - they '
            'offer rest and fun for all\nages," said Park Director Lena Ostrova. "There are\n'
            'many ways to enjoy them."\nThe service made a guide.\n\n"Open line\n"Next one"')
    qs = [q for q in extract_quotes(text) if q.kind == "direct"]
    assert [q.text for q in qs][:2] == [
        "Rivers have been the summer trip of choice for\ngenerations - they offer rest and "
        "fun for all\nages,", "There are\nmany ways to enjoy them."]
    assert all(q.speaker == "Lena Ostrova" for q in qs[:2])


def test_round_up_cues_make_mixed_quotes() -> None:
    from corpus.preannotate.quotes import extract_quotes

    for text in ("Island Voice, meanwhile, took issue with the “careless waste of public money” "
                 "that took place.",
                 "Two writers blog about a “farmer who fed his goats gold” in the valley.",
                 "The blogger expressed disgust at “the waste that is rampant here.”"):
        kinds = [q.kind for q in extract_quotes(text) if q.kind != "indirect"]
        assert kinds == ["mixed"], text


def test_pronoun_skips_an_object_of_its_own_sentence() -> None:
    from corpus.preannotate.quotes import extract_quotes

    text = ("Mayor Thomas Reyes called a vote on Monday. After meeting with Governor Paul Ames "
            "in the capital, he made the announcement, stating the bridge is a “road to the "
            "future” for the town.")
    qs = [q for q in extract_quotes(text) if q.kind == "mixed"]
    assert [q.speaker for q in qs] == ["Thomas Reyes"]


def _plain(pat):
    """A value pattern without its leading look-ahead (which is there for speed only)."""
    import re

    return re.compile(re.sub(r"^\(\?=(?:\[[^\]]+\]|\\d|\w)\)", "", pat.pattern), pat.flags)


@settings(max_examples=40, deadline=None)
@given(st.data())
def test_value_pattern_lookaheads_change_no_match(data) -> None:
    """The value patterns open with a look-ahead for the characters a match can start with
    (speed only): a text made of a match of the pattern without it, between random words,
    gives the same spans with and without it."""
    from corpus.preannotate.entities import _VALUE_PATTERNS

    for _, pat in _VALUE_PATTERNS:
        plain = _plain(pat)
        if plain.pattern == pat.pattern or "(?<" in plain.pattern:
            continue
        inner = data.draw(st.from_regex(plain, fullmatch=True))
        text = data.draw(st.sampled_from(["", "x ", "In ", "1 ", "\n"])) + inner + \
            data.draw(st.sampled_from(["", " ago", ".", " 5", "x"]))
        assert [m.span() for m in pat.finditer(text)] == \
            [m.span() for m in plain.finditer(text)], (pat.pattern[:40], text)

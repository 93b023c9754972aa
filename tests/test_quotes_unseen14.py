"""Speaker and quote rules for collection 14's failure classes (issue 9): invented rows.

Every text is made up for the test (none is copied from the evaluation set), in the shape
of a failure the on-arrival scoring of collection 14 listed: a speaker named after an office
with "of", transcript turn labels that name no one, an outlet's label in an interview, a
pull quote under an interview's headline, a headline's label that names no one, and a
phrase in single marks inside a Title Case headline. Each row fails if its rule is taken out.
"""

from __future__ import annotations

import pytest

from corpus.preannotate.names import tokenize
from corpus.preannotate.quotes import QuoteSpan, extract_quotes
from corpus.preannotate.speakers import Resolver, is_cue


def speech(text: str) -> list[QuoteSpan]:
    out = [q for q in extract_quotes(text) if q.kind in ("direct", "mixed")]
    for q in out:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
    return out


def starting(text: str, words: str) -> QuoteSpan:
    return next(q for q in speech(text) if q.text.startswith(words))


# -- 1. an office phrase with "of" before the name ----------------------------------------

@pytest.mark.parametrize("text,who", [
    pytest.param("U.S. Secretary of State Ana Ruiz flew to Lima on Monday.\n\nIn an interview, "
                 "Secretary of State Ruiz said the talks had stalled. “We will stay at the "
                 "table,” Ruiz said.", "Ana Ruiz", id="full-name-named-before"),
    pytest.param("“The border stays open for trade,” Minister of Foreign Affairs Novak said "
                 "on Friday.", "Novak", id="surname-no-word-of-the-language"),
    pytest.param("Director of National Intelligence Dan Hunter testified.\n\nDirector of "
                 "National Intelligence Hunter said: “The threat has grown.”", "Dan Hunter",
                 id="surname-that-is-a-word-known-from-the-full-name"),
])
def test_speaker_after_an_office_with_of_is_the_persons_name(text: str, who: str) -> None:
    assert [q.speaker for q in speech(text)] == [who]


def test_an_office_alone_is_no_name_cut_to_its_last_word() -> None:
    res = Resolver("The report of the Director of National Intelligence came out.")
    assert all(n.text != "Intelligence" for n in res.names)


# -- 2. turn labels that name no one ---------------------------------------------------------

@pytest.mark.parametrize("label", ["Question", "QUESTION", "Q", "Reporter"])
def test_an_unnamed_turn_label_is_no_speaker(label: str) -> None:
    text = (f"Below is a transcript of the interview.\n\n{label}: \"Minister, thank you very "
            "much for your time today.\"\n\nRuiz: \"Thank you for having me here.\"")
    q = starting(text, "Minister, thank you")
    assert q.speaker is None
    assert q.speaker_reason is not None and label in q.speaker_reason


@pytest.mark.parametrize("intro", [
    "Radio Lima reporter Tomas Berg interviewed Foreign Minister Ana Ruiz on Monday.",
    "Transcript of an Interview with Foreign Minister Ana Ruiz by Tomas Berg",
    "Foreign Minister Ana Ruiz was interviewed by Tomas Berg on Monday.",
])
def test_an_unnamed_turn_label_is_the_interviewer_the_intro_names(intro: str) -> None:
    text = (f"{intro}\n\nQuestion: \"Minister, what comes next for the talks with the "
            "neighbours?\"\n\nRUIZ: \"We will keep talking to them.\"")
    assert starting(text, "Minister, what").speaker == "Tomas Berg"
    assert starting(text, "We will").speaker == "Ana Ruiz"


def test_a_quotation_inside_the_interviewers_turn_is_not_the_interviewees() -> None:
    text = ("Transcript of an Interview with Foreign Minister Ana Ruiz by Tomas Berg BERG: "
            "Is the plan, to quote the state news agency \"the worst deal of the decade?\" "
            "RUIZ: Well, nobody reads it. It is a small agency.")
    q = starting(text, "the worst deal")
    assert q.speaker is None and q.cue_text == "to quote"


def test_a_turn_label_after_a_quote_is_no_attribution() -> None:
    text = ("Transcript of an Interview with Mayor Ana Ortega by Tomas Berg BERG: Why do "
            "other towns back him if they hold \"that the mayor is the worst leader of our "
            "age?\" ORTEGA: Yes, the rules the rules. Nobody is above them.")
    q = starting(text, "that the mayor")
    assert (q.speaker_text, q.speaker) == (None, None)


# -- 3. an outlet's label in an interview (the gold's convention: the interviewer) ----------

OUTLET = ("Radio Lima reporter Tomas Berg interviewed Mayor Ana Ruiz in May.\n"
          "RL: “Mayor, thank you for talking to us today about the floods.”\n"
          "RUIZ: “It is a pleasure to be here with you.”")


def test_an_outlet_label_is_the_interviewer_the_intro_names() -> None:
    assert starting(OUTLET, "Mayor, thank").speaker == "Tomas Berg"
    assert starting(OUTLET, "It is a pleasure").speaker == "Ana Ruiz"


def test_an_outlet_label_without_an_interviewer_named_stays_the_outlet() -> None:
    text = OUTLET.split("\n", 1)[1]
    assert starting(text, "Mayor, thank").speaker == "RL"


def test_a_surname_label_in_capitals_is_no_outlet() -> None:
    text = ("Reporter Tomas Berg interviewed spokesman Mark Tonel on Friday.\n"
            "TONEL: “We have nothing to add to the statement today.”")
    assert starting(text, "We have").speaker == "Mark Tonel"


# -- 4. headlines and the quotes under them ------------------------------------------------

def test_a_pull_quote_under_an_interview_headline_is_the_interviewees() -> None:
    text = ("Interview With Ana Ruiz, A Chilean Poet Who Writes In Two Languages\n"
            "\"A poem is a house you build for the words you cannot say aloud.\"\n"
            "Global Voices 4 min read")
    assert starting(text, "A poem").speaker == "Ana Ruiz"


def test_a_pull_quote_under_another_headline_takes_no_speaker() -> None:
    text = ("Chile Votes For A New Constitution After Years Of Protest\n"
            "\"I lost my job during the crisis, and like many others I wait for peace.\"\n"
            "Global Voices 4 min read")
    assert starting(text, "I lost").speaker is None


def test_a_headline_label_that_is_no_persons_name_speaks_no_slogan() -> None:
    text = ("Anti-littering Drive In Marston & Kelby: ‘It's Time We All Cleaned Up After "
            "Ourselves’\nThe drive started in May with posters on buses.")
    q = starting(text, "It's Time")
    assert q.speaker is None and q.speaker_reason is not None


def test_a_headline_label_that_is_a_persons_name_speaks() -> None:
    text = ("Secretary of State Ana Ruiz: “We Will Not Give Up On The Talks”\n"
            "The minister spoke in Lima on Monday.")
    assert starting(text, "We Will").speaker == "Ana Ruiz"


# -- 5. a phrase in single marks inside a Title Case headline -----------------------------

FRAGMENT = ("Chilean Minister Takes The Case To The Court ‘In The Name Of The Victims’\n"
            "\"We will not stop until there is justice,\" said Chile's Justice Minister Ana "
            "Ruiz.")


def test_a_headlines_quoted_fragment_is_mixed_and_its_subjects() -> None:
    q = starting(FRAGMENT, "In The Name")
    assert (q.kind, q.text, q.speaker) == ("mixed", "In The Name Of The Victims", "Ana Ruiz")


@pytest.mark.parametrize("text,phrase", [
    pytest.param("Fairbanks’ Mayor Takes The Fight To The Capital ‘For The Families’\nMore.",
                 "For The Families", id="curly-apostrophe-before"),
    pytest.param("The Peers' Vote Goes ‘Against The Bill’ In The Upper House\nMore.",
                 "Against The Bill", id="straight-apostrophe-before"),
])
def test_a_headlines_fragment_beside_an_apostrophe(text: str, phrase: str) -> None:
    assert [(q.kind, q.text, q.speaker) for q in speech(text)] == [("mixed", phrase, None)]


def test_a_headlines_quoted_name_or_term_stays_scare() -> None:
    text = "Defence Chief Thanks The Nation’s ‘Sentinels And Guardians’\nMore."
    assert speech(text) == []


# -- a reporting noun after a demonstrative -------------------------------------------------

@pytest.mark.parametrize("sentence,k", [("Many say these protests differ from the rest", 3),
                                        ("Some found those claims hard to believe", 3)])
def test_a_reporting_noun_after_a_demonstrative_is_no_cue(sentence: str, k: int) -> None:
    toks = tokenize(sentence, 0, len(sentence))
    assert not is_cue(toks, k), toks[k]


def test_the_reason_a_rule_names_nobody_reaches_the_quote_record() -> None:
    from corpus.preannotate.layers_out import document_layers

    text = ("Below is a transcript of the interview.\n\nQuestion: \"Minister, thank you very "
            "much for your time today.\"")
    quotes, _mentions, _entities = document_layers("doc-x", text, [])
    rec = next(r for r in quotes if r["text"].startswith("Minister, thank you"))
    assert rec["speaker_entity_id"] is None
    assert "names no one" in rec["speaker_unknown_reason"]

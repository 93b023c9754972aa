"""Quote and speaker rules for collection 16's failure classes (issue 9): invented rows.

Every text is made up for the test (none is copied from the evaluation set), in the shape
of a failure the on-arrival scoring of collection 16 listed: mixed fragments after a point
of view or cut by a listing's ellipsis, a headline quotation with an editor's insertion, a
quotation holding phrases in nested straight marks, a blog named by its title as the
source, and a cue-less quotation about the person the paragraphs before are about. The
rows marked "guard" must stay as they are; the others fail on the code before the rule.
"""

from __future__ import annotations

import pytest

from corpus.preannotate.quotes import QuoteSpan, extract_quotes


def quotes(text: str) -> list[QuoteSpan]:
    out = extract_quotes(text)
    for q in out:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
    return out


def speech(text: str) -> list[QuoteSpan]:
    return [q for q in quotes(text) if q.kind in ("direct", "mixed")]


def starting(text: str, words: str) -> QuoteSpan:
    return next(q for q in quotes(text) if q.text.startswith(words))


# -- 1. mixed fragments: a point of view, a teaser cut by the listing -----------------------

@pytest.mark.parametrize("text,who", [
    pytest.param("Tom Reed weighs the new rules. In his view, it is a plan “ripe for abuse.” "
                 "Others disagree.", "Tom Reed", id="in-his-view"),
    pytest.param("The rules came out on Monday. In Maria Lopez’s opinion, it is a plan “ripe "
                 "for abuse.” Others disagree.", "Maria Lopez", id="in-a-persons-opinion"),
])
def test_point_of_view_gives_the_fragment_to_the_viewer(text: str, who: str) -> None:
    q = starting(text, "ripe")
    assert (q.kind, q.speaker) == ("mixed", who)


def test_a_place_point_of_view_is_no_speaker_guard() -> None:
    """guard: "In Russia’s view" names no person; the fragment stays a scare quote."""
    assert starting("In Russia’s view, it is a plan “ripe for abuse.”", "ripe").kind == "scare"


LISTING = ("Chile: Vote Count\nThe Santiago Times says the board “will publish the full count "
           "of the votes in...\nPeru: New Mayor\nLima Notes writes about the new mayor and his "
           "plans for the city.\nBolivia: Rain\nRain fell on La Paz.")


def test_listing_ellipsis_ends_the_teasers_quote() -> None:
    q = starting(LISTING, "will publish")
    assert q.kind == "mixed"
    assert q.text == "will publish the full count of the votes in..."


def test_listing_cut_clause_is_mixed() -> None:
    text = ("Chile: Vote Count\nThe Santiago Times looks back at 1990 to make the point “that "
            "the vote coming up may be just as close as the one...\nPeru: New Mayor\nLima "
            "Notes writes about the “new” mayor.")
    q = starting(text, "that the vote")
    assert q.kind == "mixed"
    assert q.text.endswith("as the one...")


def test_page_cut_quote_still_runs_to_the_page_end_guard() -> None:
    """guard: a quotation the page's end cuts (no ellipsis) keeps its hard-wrapped lines."""
    text = "The mayor said “We are still counting the\nvotes in the north"
    q = starting(text, "We are")
    assert q.text == "We are still counting the\nvotes in the north"


# -- 2. a headline quotation with an editor's insertion -------------------------------------

def test_headline_quotation_with_insertion_is_direct_without_speaker() -> None:
    text = "Chile: “And You Call It A Fair [Election] Result?”\n\nThe vote took place on Sunday."
    q = starting(text, "And You")
    assert (q.kind, q.speaker) == ("direct", None)


def test_headline_title_without_insertion_stays_scare_guard() -> None:
    """guard: 'Latin America: “Where Do They Go?”' is a story's title, no one's words."""
    text = "Chile: “Where Do The Votes Go?”\n\nThe vote took place on Sunday."
    assert starting(text, "Where").kind == "scare"


# -- 3. nested straight marks inside a straight-marked quotation ----------------------------

def test_nested_straight_phrases_stay_inside_one_quotation() -> None:
    text = ('Banners\n"No more "red team"-"blue team" games. People want real answers from '
            'the council."\nNext item here.')
    q = speech(text)
    assert [x.text for x in q] == ['No more "red team"-"blue team" games. People want real '
                                   'answers from the council.']


@pytest.mark.parametrize("text,spans", [
    pytest.param('"It was fine," said Roe. "We go on."', ["It was fine,", "We go on."],
                 id="two-quotations"),
    pytest.param('"It was fine, said Roe. "We go on."', ["It was fine, said Roe."],
                 id="unclosed-then-new-sentence"),
])
def test_straight_marks_still_pair_as_before_guard(text: str, spans: list[str]) -> None:
    """guard: a mark before a sentence, or with no mark after its phrase, is no nesting."""
    assert [q.text for q in quotes(text) if q.kind != "indirect"][: len(spans)] == spans


# -- 4. a blog named by its title as the source: no person speaks ---------------------------

ROUNDUP = "Caribbean: Notes\nThis is a roundup of blog posts.\n"


@pytest.mark.parametrize("text,words", [
    pytest.param(ROUNDUP + "Haiti: The First Month\nJean Baptiste on Haiti reviews the new "
                 "cabinet, noting that “there are some troubling signs...\nJamaica: Rain\nRain "
                 "fell.", "there are", id="name-on-place-title"),
    pytest.param(ROUNDUP + "Bermuda: Rules\nBermuda blog Tom Reed comments on the new rules. In "
                 "his view, it is a plan “ripe for abuse.”\nJamaica: Art\nFrom Jamaica, Open "
                 "Window reviews MAF (Montego Art Fair), an arts fair, where she says “For a "
                 "brief moment we were treated to the best of...\nBarbados: Rain\nRain fell.",
                 "For a brief", id="pronoun-of-a-titled-subject"),
    pytest.param(ROUNDUP + "Bermuda: Rules\nTom Reed suggests a way to cut prices, while a quiet "
                 "view suggests that the best way to deal with litter is to “have [it] removed "
                 "within a day...\nJamaica: Rain\nRain fell.", "have [it]",
                 id="while-clause-own-subject"),
])
def test_blog_title_as_source_names_no_speaker(text: str, words: str) -> None:
    q = starting(text, words)
    assert q.kind in ("direct", "mixed")
    assert q.speaker is None


@pytest.mark.parametrize("text,words,who", [
    pytest.param(ROUNDUP + "Jamaica: Art\nFrom Jamaica, blogger Ann Lee reviews an arts fair, "
                 "where she says “For a brief moment we were treated to the best of...\n"
                 "Barbados: Rain\nRain fell.", "For a brief", "Ann Lee", id="person-subject"),
    pytest.param("The blog covered it. Tom Reed on Friday said “we will win this race.”",
                 "we will", "Tom Reed", id="name-on-a-day"),
    pytest.param("Tom Reed spoke first, while Ana Ruiz said she “will not vote for it.”",
                 "will not", "Ana Ruiz", id="while-clause-person"),
])
def test_person_sources_stay_guard(text: str, words: str, who: str) -> None:
    """guard: a person as the subject keeps the quote."""
    assert starting(text, words).speaker == who


# -- 5. a cue-less quotation about the one person the paragraphs are about ------------------

PROFILE = ("Ana Ruiz is a regular 15-year-old girl. She goes to school. She likes football.\n\n"
           "Ana has asthma.\n\n\"Sometimes I cannot run and my chest hurts; then I have to sit "
           "down and wait.\"\n\nAbout 10 million people have asthma.")


def test_cue_less_quotation_of_the_profiled_person() -> None:
    q = starting(PROFILE, "Sometimes")
    assert (q.kind, q.speaker) == ("direct", "Ana Ruiz")


@pytest.mark.parametrize("text", [
    pytest.param(PROFILE.replace("She goes to school. She likes football.",
                                 "Her doctor, Tom Reed, sees her every month."),
                 id="two-people-named"),
    pytest.param(PROFILE.replace("Sometimes I cannot run and my chest hurts; then I have to "
                                 "sit down and wait.", "Asthma is on the rise in cities."),
                 id="not-in-the-first-person"),
])
def test_cue_less_quotation_without_one_topic_person_guard(text: str) -> None:
    """guard: two people named, or no first person, and nobody is named."""
    q = next(q for q in speech(text))
    assert q.speaker is None

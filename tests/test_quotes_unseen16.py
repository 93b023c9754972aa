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

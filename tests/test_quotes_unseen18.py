"""Speaker rules for collection 18's failure classes (issue 9): invented rows.

Every text is made up for the test (none is copied from the evaluation set), in the shape
of a failure the on-arrival scoring of dev collection 18 listed: a post-posed cue whose
subject starts with a capitalised service or office that is no person ("said Army Staff
Sgt. X", "said Commanding Officer, Cmdr. X"), so the person named right after it speaks.
The rows marked "guard" must stay as they are; the others fail on the code before the rule.
"""

from __future__ import annotations

import pytest

from corpus.preannotate.quotes import extract_quotes


def speaker_of(text: str, words: str) -> str | None:
    out = extract_quotes(text)
    for q in out:
        assert text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert text[q.speaker_start : q.speaker_end] == q.speaker_text
    return next(q for q in out if q.text.startswith(words)).speaker


@pytest.mark.parametrize("text,words,who", [
    pytest.param("The drill ran for three days.\n“We learned a lot out here,” said Army Staff Sgt. "
                 "Maria Delgado, a squad leader with the 101st Company. “It was hard work.”",
                 "We learned", "Maria Delgado", id="service-and-rank"),
    pytest.param("The ship leaves next week.\n\"This is our first cruise,\" said Commanding "
                 "Officer, Cmdr. Paul Hensley. \"The crew is ready.\"", "The crew",
                 "Paul Hensley", id="office-comma-rank"),
    pytest.param("The base hosted the contest.\n“Our airmen did well,” said Air Force Capt. "
                 "Dana Ruiz, the unit's spokesperson.", "Our airmen", "Dana Ruiz",
                 id="guard-force-and-rank"),
    pytest.param("The team won again.\n“We played as one,” said coach Anna Berg.", "We played",
                 "Anna Berg", id="guard-lower-case-role"),
    pytest.param("The vote was close.\n“It is a good day,” said Senator Mark Hale.", "It is",
                 "Mark Hale", id="guard-title"),
])
def test_a_capitalised_service_or_office_gives_way_to_the_name(text: str, words: str,
                                                              who: str) -> None:
    assert speaker_of(text, words) == who



@pytest.mark.parametrize("text,words,who", [
    pytest.param("The unit trained in May.\nIt was no ordinary drill, said Lt. Col. Omar Pleck, "
                 "the 3rd Battalion commander. “When we planned this, we wanted more.”",
                 "When we planned", "Omar Pleck", id="inverted-cue-before-a-cue-less-quote"),
    pytest.param("The unit trained in May.\nIt was no ordinary\ndrill, said Lt. Col. Omar Pleck, "
                 "the 3rd\nBattalion commander. “When we planned this, we\nwanted more.”",
                 "When we planned", "Omar Pleck", id="the-same-wrapped-at-a-fixed-width"),
    pytest.param("Mayor Says Yes To Park\n“We will build it by June and open it in July.”",
                 "We will build", None, id="guard-a-headline-cue-over-a-pull-quote"),
])
def test_an_inverted_cue_introduces_the_next_quote(text: str, words: str,
                                                   who: str | None) -> None:
    assert speaker_of(text, words) == who

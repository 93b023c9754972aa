"""Speaker rules for collection 19's on-arrival failure classes (issue 9): invented rows.

Every text is made up for the test (none is copied from the evaluation set), in the shape
of a failure the on-arrival scoring of dev collection 19 listed: a quotation its full stop
closed, followed by a sentence whose verb reports something else ("… workers.” The panel
recommends a third dose …"), is no post-posed cue: the quotation continues the speaker of
the cue before it; a cue-less quotation in the second person ("If you …") right after a
paragraph about one person, where the paragraphs before name another one too, is that
person's. The rows marked "guard" must stay as they are; the others fail on the code before
the rules.
"""

from __future__ import annotations

import pytest

from tests.test_quotes_unseen18 import speaker_of


@pytest.mark.parametrize("text,words,who", [
    pytest.param("The panel met on Monday.\n\"We advise a second dose,\" Maren Holt said. \"That "
                 "includes nurses and teachers.\" The panel recommends a third dose for the "
                 "elderly.", "That includes", "Maren Holt", id="a-new-sentence-after-the-stop"),
    pytest.param("The panel met on Monday.\n\"We will win.\" Maren Holt said.", "We will",
                 "Maren Holt", id="guard-a-cue-that-ends-the-sentence"),
    pytest.param("The panel met on Monday.\n\"We will win.\" Maren Holt said on Tuesday.",
                 "We will", "Maren Holt", id="guard-a-cue-with-its-time"),
])
def test_a_verb_after_a_closed_quotation_reports_something_else(text: str, words: str,
                                                               who: str) -> None:
    assert speaker_of(text, words) == who


def test_a_second_person_quotation_after_a_paragraph_about_one_person() -> None:
    text = ("“We built it in a week,” said Sgt. Omar Reyes, the team leader.\n"
            "“It was hard at first,” said Spc. Lena Brandt, the winner of the contest.\n"
            "Brandt had not expected to win. She trained every night for a month.\n"
            "“If you keep going, you will get there.”")
    assert speaker_of(text, "If you") == "Lena Brandt"


def test_guard_two_people_in_the_paragraph_before_name_nobody() -> None:
    text = ("“We built it in a week,” said Sgt. Omar Reyes, the team leader.\n"
            "Brandt and Reyes had not expected to win. They trained every night.\n"
            "“If you keep going, you will get there.”")
    assert speaker_of(text, "If you") is None

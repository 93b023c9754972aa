"""PERSON rules for collection 16's on-arrival failure classes (issue 9), one invented case
per row.

Every text here is invented for the tests (no sentence or name comes from the seeds or the
evaluation pages). Each rule has a row that it decides and, where the rule could overreach,
a row it must leave alone. The rules read the pinned name, place and word lists of the
``nlp`` extra.
"""

from __future__ import annotations

import pytest

from tests.entity_cases import needs_english, persons

pytestmark = needs_english


@pytest.mark.parametrize("text,expected", [
    # 1. a middle initial inside a full name keeps the given name before it, also where the
    # given name is a faith's or a people's word too
    pytest.param("– Christian R. Okonkwo wonders who is in charge of the island.",
                 ["Christian R. Okonkwo"], id="a-given-name-before-a-middle-initial-is-kept"),
    pytest.param("The lawyer Christian R. Okonkwo spoke. Christian Lundqvist agreed.",
                 ["Christian R. Okonkwo", "Christian Lundqvist"],
                 id="a-titled-name-with-an-initial-and-a-pair-without-one"),
    pytest.param("Christian Bale and Christian theology were discussed.", [],
                 id="a-people-word-before-a-word-of-the-language-stays-no-person"),
    # 2. a nickname in quotation marks inside a name is one mention, marks and all
    pytest.param("Rodney “Bighead” Okafor was freed. Okafor thanked his lawyers.",
                 ["Rodney “Bighead” Okafor", "Okafor"],
                 id="a-nickname-in-curly-marks-inside-a-name"),
    pytest.param("Fans cheered Tomas 'Flash' Varga after the race.", ["Tomas 'Flash' Varga"],
                 id="a-nickname-in-straight-single-marks-inside-a-name"),
    pytest.param("The word “Bighead” was painted on a wall in Lagos.", [],
                 id="a-quoted-word-with-no-name-around-it-is-no-person"),
    # 3. a headline's past participle or third-person verb ends a name or a place
    pytest.param("Peru: President Ramirez Reelected\nThe count ended on Monday.",
                 ["Ramirez"], id="a-participle-after-re-ends-a-titled-surname"),
    pytest.param("Senator Jane Kowalczyk Re-elected\nShe won easily.", ["Jane Kowalczyk"],
                 id="a-hyphenated-participle-ends-a-name"),
    # (a headline glued to the story's first line, as a print view writes it)
    pytest.param("Saudi Arabia Stuns Argentina in the Final Saudi Arabia beat Argentina. "
                 "Argentina Perez, a fan, wept.", ["Argentina Perez"],
                 id="a-verb-after-a-place-opens-no-name"),
    pytest.param("Niagara Falls Tourists Return in the Spring Niagara Falls welcomed them. "
                 "Jane Okafor sold tickets.", ["Jane Okafor"],
                 id="a-plural-head-of-a-place-is-no-verb"),
    # 4. an occupation word before a name is no part of it, as a title is not
    # (a surname that is a word of the language too: "Franco")
    pytest.param("Politician Alinta Franco was killed in the city. Novelist Sarah Mendes "
                 "wrote to her.", ["Alinta Franco", "Sarah Mendes"],
                 id="an-occupation-word-before-a-given-name-is-left-out"),
    pytest.param("Rumors About Activist and Politician Alinta Franco\nRumors about the "
                 "councillor Alinta Franco spread.", ["Alinta Franco", "Alinta Franco"],
                 id="an-occupation-word-in-a-headline-is-left-out"),
    pytest.param("Porter Alinta Franco and Walter Mendes met.", ["Porter Alinta Franco",
                                                                "Walter Mendes"],
                 id="a-given-name-with-an-agent-ending-stays-in-the-name"),
])
def test_collection16_person_classes(text: str, expected: list[str]) -> None:
    assert persons(text) == expected

"""PERSON rules for collection 18's on-arrival failure classes (issue 9), one invented case
per row.

Every text here is invented for the tests (no sentence or name comes from the seeds or the
evaluation pages): a weapon, a contest or a room named like a person ("the Air-to-Air
Missile", "the Jane R. Doe Best Photo Competition", "the Thomas Paine Room") is no person
(the missile and room rows fail on the code before the rule; the contest row passed already
with this wording, but the page's longer contest name did not); the guard rows keep their
people.
"""

from __future__ import annotations

import pytest

from tests.entity_cases import needs_english, persons

pytestmark = needs_english


@pytest.mark.parametrize("text,expected", [
    pytest.param("The crews loaded an AGM-77\nLong-range Anti-Ship Missile and a rocket.", [],
                 id="a-missile-named-in-title-case"),
    pytest.param("She won the Maria K. Lindqvist Best Combat Photo Competition in May.", [],
                 id="a-contest-named-after-a-person"),
    pytest.param("Secretary of Labor\nThomas Paine Room\nWashington, DC\nGood morning.", [],
                 id="a-room-named-after-a-person"),
    pytest.param("The award went to Maria K. Lindqvist, who thanked her crew.",
                 ["Maria K. Lindqvist"], id="guard-the-person-herself"),
    pytest.param("Thomas Paine wrote pamphlets in Philadelphia.", ["Thomas Paine"],
                 id="guard-the-namesake-alone"),
])
def test_things_named_like_people(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("Interview: Researcher Lina Mei Song on Data\nLina Mei Song is a researcher "
                 "in Toronto.", ["Lina Mei Song", "Lina Mei Song"],
                 id="a-short-form-where-the-text-goes-on-with-the-full-name"),
    pytest.param("Lina Mei Fong spoke first. Lina thanked the hosts.",
                 ["Lina Mei Fong", "Lina"], id="guard-a-given-name-alone-stays-alone"),
])
def test_a_short_form_followed_by_the_rest_of_a_full_name_is_the_full_name(
        text: str, expected: list[str]) -> None:
    assert persons(text) == expected

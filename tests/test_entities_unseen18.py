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


@pytest.mark.parametrize("text,expected", [
    pytest.param("Harold Benning Strike Group Sails\nUSS Harold Benning (CVN 81) left port "
                 "on Monday. Benning will return in May.", [],
                 id="a-ship-named-after-a-person-and-its-short-form"),
    pytest.param("It was the first cruise for the Harold Benning class frigate USS Tolliver.",
                 [], id="a-ship-class-named-after-a-person"),
    pytest.param("Adm. Harold Benning spoke. USS Tolliver left port. Benning waved.",
                 ["Harold Benning", "Benning"], id="guard-a-person-beside-a-ship"),
])
def test_ships_and_ship_classes_named_like_people(text: str, expected: list[str]) -> None:
    assert persons(text) == expected


@pytest.mark.parametrize("text,expected", [
    pytest.param("Thank you so much, Lusanne. (Applause.) As Lusanne just said, we are glad.",
                 ["Lusanne", "Lusanne"], id="an-addressed-name-and-its-later-use"),
    pytest.param("Smoke rose from the hills around Tamachi, Oruvela. The archive in Oruvela "
                 "keeps it.", [], id="guard-a-place-after-a-word-ending-in-hi-is-not-addressed"),
    pytest.param("In a court in Ohio, Ruritania's Deputy Trade Minister won a lawsuit.", [],
                 id="an-office-after-a-possessive-is-no-person"),
    pytest.param("A Talk With St. Lucian Painter Marta Velic\nVelic paints in oil.",
                 ["Marta Velic", "Velic"], id="an-occupation-before-a-name-is-no-part-of-it"),
    pytest.param("For Okafor, the hills were a dream. Okafor, who is retiring, recruits others. "
                 "\u201cWhy not?\u201d Okafor said.", ["Okafor", "Okafor", "Okafor"],
                 id="a-surname-alone-as-the-subject-of-who-and-of-said"),
    pytest.param("For Carver, the hills were home. Carver, who is retiring, recruits others.",
                 ["Carver", "Carver"], id="a-surname-that-is-also-a-word-the-page-never-writes"),
    pytest.param("The carver, who is retiring, sold a Carver chair.", [],
                 id="guard-the-word-the-page-also-writes-in-lower-case"),
    pytest.param("Interview With Lucian Poet Vladimir Orta\nHe read two poems.",
                 ["Vladimir Orta"], id="an-occupation-before-a-less-frequent-given-name"),
    pytest.param("For Hartwell, the move paid off. Hartwell said its new plant would open.",
                 [], id="guard-a-firm-saying-something-without-who"),
])
def test_collection_18_person_failure_classes(text: str, expected: list[str]) -> None:
    assert persons(text) == expected

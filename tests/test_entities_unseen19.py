"""PERSON rules for collection 19's on-arrival failure classes (issue 9), one invented case
per row.

Every text here is invented for the tests (no sentence or name comes from the seeds or the
evaluation pages): a storm named like a person ("Tropical Storm Marla", "Hurricane Odile"),
a unit or firm ending in "Co." or an organisation word behind a hyphen ("Area Support
Group-Ruritania"), a place before a possessive "administration" ("Ohio’s administration of
the program"), and a given name opening a transcript line as its speaker label ("Ruth:
Thank you ..."). The rows marked "guard" keep what they have; the others fail on the code
before the rules.
"""

from __future__ import annotations

import pytest

from tests.entity_cases import needs_english, persons

pytestmark = needs_english


@pytest.mark.parametrize("text,expected", [
    pytest.param("Two storms made landfall: Tropical Storm Marla and Hurricane Odile.", [],
                 id="storms-named-like-people"),
    pytest.param("said Sgt. Dale Hurst, team leader, B Co., 1st Battalion, 9th Regiment.",
                 ["Dale Hurst"], id="a-company-abbreviation"),
    pytest.param("said Spc. Dale Hurst, 15th Engineer Battalion, Area Support Group-Ruritania. "
                 "He won.", ["Dale Hurst"], id="an-organisation-word-behind-a-hyphen"),
    pytest.param("The new rules limit Ohio’s administration of the water program.", [],
                 id="a-place-before-a-possessive-administration"),
    pytest.param("The Lindqvist administration cut taxes.", ["Lindqvist"],
                 id="guard-a-leaders-administration"),
    pytest.param("Press Call\n\nLocation: Unknown\n\nRuth: Thank you for joining us for this "
                 "morning's call.\n", ["Ruth"], id="a-given-name-as-a-speaker-label"),
    pytest.param("Date: May 5\nJune: The month was hot and the crops failed in the valley.", [],
                 id="guard-a-month-label"),
])
def test_collection_19_person_failure_classes(text: str, expected: list[str]) -> None:
    assert persons(text) == expected

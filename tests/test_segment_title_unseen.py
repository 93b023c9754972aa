"""The headline finder on page heads unlike the dev pages' (issue 9): a site's name,
address, one-line menu, appeal or consent notice above the headline must not hide it.
Invented pages; each furniture line is one that real sites print."""

from __future__ import annotations

import pytest

from corpus.segment import segment_text

HEADLINE = "Council Votes to Close Old Bridge to Lorries"
LISTING = "Stories about Transport from March, 2019"
PROSE = ("The council voted on Tuesday to close the old bridge to lorries after engineers "
         "found cracks in two of its piers, the mayor's office said in a statement. The "
         "closure starts next month and will last until repairs are finished.")


def _title(text: str) -> str | None:
    return next((text[s:e] for s, e, k in segment_text(text) if k == "title"), None)


@pytest.mark.parametrize("head", [
    "The Daily Planet\n\n",  # a site's name
    "The Daily Planet\nNews you can trust\n\nHome | World | Sport\n\n",  # name, tagline, menu
    "POLITICS\n\n",  # a section label
    "www.dailyplanet.example\n\n",  # the site's address alone
    "Log in | Register\n\n",  # a menu on one line
    "Skip to main content\nHome\nNews\nSport\nWeather\n\n",  # skip link over the menu
    "We use cookies to improve your experience on our site.\n\n",  # a consent notice
    "Support our journalism. Become a member today.\n\n",  # an appeal
    "Photo: Reuters\n\nThe Daily Planet | World\n\n",  # a credit, a site and section bar
    "By Jane Smith\n\n• Home\n• News\n\n",  # a byline, a bulleted menu
    "What happened?\n\nThe Daily Planet\n\n",  # a kicker that asks
])
def test_furniture_above_the_headline_does_not_hide_it(head: str) -> None:
    assert _title(f"{head}{HEADLINE}\n\n{PROSE}") == HEADLINE


def test_a_listing_page_under_a_section_label_keeps_its_title() -> None:
    page = (f"World News\n\n{LISTING}\n\nA new wave of protests is flooding the capital\n\n"
            f"{PROSE}\n\nRail strike called off after talks in the city\n\n{PROSE}")
    assert _title(page) == LISTING


def test_a_quote_teaser_then_the_headline_closing_the_page() -> None:
    teaser = ("“We ask the council to reconsider this troubling decision,” said the "
              "chair of the drivers' association, adding that lorries had used the bridge "
              "for ninety years without harm to anyone in the town or its river.")
    assert _title(f"{teaser}\n{HEADLINE}") == HEADLINE


def test_a_one_word_kicker_over_a_sentence_case_headline_is_no_site_name() -> None:
    headline = "Council votes to close the old bridge to lorries"
    assert _title(f"Politics\n{headline}\n\nMarch 4, 2014\n\n{PROSE}") == headline

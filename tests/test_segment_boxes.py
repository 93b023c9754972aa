"""Box-level decisions of the segmenter (corpus/segment_boxes.py): a list of links under
its head and a score box of names and bare numbers are ONE furniture segment each, while
an article's own bullet list (sentences) stays body, item by item. Invented pages.

One claim per row, its id naming the failure class; rows of one page share the page's
constant. Rows are checked by the shared checks of tests/segment_cases.py.
"""

from __future__ import annotations

import pytest

from tests.segment_cases import (
    PROSE,
    between_paragraphs,
    check_no_segment,
    check_one_segment,
    check_stays_text,
    no_segment,
    one_segment,
    stays_text,
)

LINKS_BOX = ("Europe\nMore stories\n  • 3 May: Floods close roads in the north\n"
             "  • 1 May: Rail strike called off\nMap of Europe\nEurope map.svg")
NEXT_BOX = "Get involved!\n  • How to write a story\n  • Style guide"
TWO_BOXES = f"{PROSE}\n\n{PROSE}\n\n{LINKS_BOX}\n{NEXT_BOX}\n\n{PROSE}"

BULLET_SENTENCE = "• Two pilots who flew the first leg."
BULLET_SENTENCES = (f"{PROSE}\n\nThe crew included:\n  {BULLET_SENTENCE}\n"
                    f"  • A doctor from the city hospital.\n  • Three engineers.\n\n{PROSE}")

SCORE_BOX = "March 4, 2014\nRiverside\n21\nHill Town\n17\nCounty Ground, Riverside"
ARROW_BOX = "» Listen to the weekly show\n\n» Subscribe to the podcast\n\n» Read the blog"

SIDEBAR = ("Peru\nOther stories from Peru\nLocation of Peru\n\nA map showing Peru\n\n"
           "Flag of Peru.svg")
SIDEBAR_PAGE = (f"Peru's congress votes on new cabinet\n\nTuesday, May 3, 2011\n\n{SIDEBAR}\n\n"
                f"The speaker in 2010\nImage: Jane Doe.\n\n{PROSE}")

COMMENTS = "2 comments\nGreat report, thank you.\nI disagree with the mayor."

DOWNLOAD = "Or download MP3 (Right-click and save link)"
FIELD_LINE = "Episode 12 – Original Airdate: June 2, 2022"
DOWNLOAD_PAGE = f"{PROSE}\n\n{DOWNLOAD}\n\n{FIELD_LINE}\n\n{PROSE}"
DATED_HEADLINE = "Wikinews Shorts: March 31, 2007"

ONE_SEGMENT = [
    one_segment("head-over-link-bullets-is-one-box", TWO_BOXES, LINKS_BOX, "related_links"),
    one_segment("next-head-opens-another-box", TWO_BOXES, NEXT_BOX, "related_links"),
    one_segment("articles-bullet-sentence-is-body", BULLET_SENTENCES, BULLET_SENTENCE, "body"),
    one_segment("score-box-of-names-and-numbers-is-one-table",
                f"Riverside beat Hill Town in the cup\n{SCORE_BOX}\n{PROSE}", SCORE_BOX,
                "data_table"),
    one_segment("link-arrow-lines-are-one-box-across-blank-lines",
                f"{PROSE}\n\n{PROSE}\n\n{ARROW_BOX}", ARROW_BOX, "related_links"),
    one_segment("sidebar-around-an-icon-is-one-box", SIDEBAR_PAGE, SIDEBAR, "related_links"),
    one_segment("comment-count-heads-the-comments-under-it",
                f"{PROSE}\n\n{PROSE}\n\n{COMMENTS}", COMMENTS, "comments"),
    one_segment("download-link-is-a-widget", DOWNLOAD_PAGE, DOWNLOAD, "widget"),
    one_segment("dated-field-line-is-metadata", DOWNLOAD_PAGE, FIELD_LINE, "metadata"),
    # a headline with a date is no field line
    one_segment("headline-with-a-date-is-a-title",
                f"{DATED_HEADLINE}\n\n{PROSE}", DATED_HEADLINE, "title"),
]

NO_SEGMENT = [
    no_segment("articles-bullet-sentences-make-no-link-box", BULLET_SENTENCES,
               "related_links"),
    no_segment("one-number-is-no-table",
               f"{PROSE}\n\nRiverside\n21\nHill Town won.\n\n{PROSE}", "data_table"),
    no_segment("photo-caption-under-a-sidebar-is-no-box", SIDEBAR_PAGE, "related_links",
               containing="The speaker"),
]

# an article's own list of unpunctuated items stays text
STAYS_TEXT = [
    stays_text(name, between_paragraphs(items), items)
    for name, items in [
        ("articles-own-list-of-noun-phrases",
         "The measures include:\n• a night curfew\n• school closures\n• limits on travel"),
        ("articles-own-list-of-dated-items",
         "Key dates\n• 1990: first elections\n• 1994: referendum\n• 2001: new constitution"),
        ("articles-own-numbered-list-of-names",
         "The winners were:\n1. Anna Smith\n2. Li Wei\n3. Omar Haddad"),
    ]
]


@pytest.mark.parametrize("text,span,kinds", ONE_SEGMENT)
def test_the_span_is_one_segment_of_its_kind(text: str, span: str,
                                             kinds: tuple[str, ...]) -> None:
    check_one_segment(text, span, kinds)


@pytest.mark.parametrize("text,kind,containing", NO_SEGMENT)
def test_no_segment_of_the_kind(text: str, kind: str, containing: str) -> None:
    check_no_segment(text, kind, containing)


@pytest.mark.parametrize("text,span", STAYS_TEXT)
def test_the_span_stays_text(text: str, span: str) -> None:
    check_stays_text(text, span)

"""Furniture classes dev collection 19 showed the segmenter missing (issue 9): a feed
item's source line with its date and time, a release's number line over its contact, a
contact block's label, a form's prompt to pick a category. Every row is invented (no page's
text); the negative rows are prose or titles of the same shape that must stay text.
"""

from __future__ import annotations

from tests.segment_cases import (
    PROSE,
    between_paragraphs,
    one_segment,
    stays_text,
    table_tests,
)

FURNITURE = [
    one_segment("a-feed-items-source-line", between_paragraphs(
        "River Town's weather news - March 3, 2023 - 14:05"),
        "River Town's weather news - March 3, 2023 - 14:05", "metadata"),
    one_segment("a-releases-number-line", "NOAA 2003-117\nContact: Ann Lee\n\n" + PROSE,
                "NOAA 2003-117", "metadata"),
    one_segment("a-contact-blocks-label", between_paragraphs("Media Contacts:"),
                "Media Contacts:", "metadata"),
    one_segment("a-forms-category-prompt", between_paragraphs("Now, choose a category"),
                "Now, choose a category", "navigation"),
]

STAYS_TEXT = [
    stays_text("a-title-with-its-date", "Daily Briefing - June 8, 2016\n\n" + PROSE,
               "Daily Briefing - June 8, 2016"),
    stays_text("choose-in-prose", between_paragraphs(
        "Choose a category of grant first, the agency told applicants on Monday."),
        "Choose a category of grant first, the agency told applicants on Monday."),
    stays_text("contacts-in-prose", between_paragraphs(
        "Contacts between the two agencies were rare until the flood of 2003."),
        "Contacts between the two agencies were rare until the flood of 2003."),
]


test_the_span_is_one_segment_of_its_kind, test_the_span_stays_text = table_tests(
    FURNITURE, STAYS_TEXT)

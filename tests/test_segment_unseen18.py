"""Furniture classes dev collection 18 showed the segmenter missing (issue 9): a page's
loading message left in a copy (`Redirecting...`), a date label whose date the copy lost
(`• Published` in a byline list), a related story's link line with its sites' names after
it, a media box's `WATCH:` label; then a content system's error line where an embed stood
(`Unknown tag could not be displayed.`) and a speech's header over its date (speaker,
office, room, place: each line metadata, where it was one widget). Every row is invented
(no page's text); the negative rows are prose or headlines of the same words that must stay
text.
"""

from __future__ import annotations

from tests.segment_cases import (
    PROSE,
    between_paragraphs,
    one_segment,
    stays_text,
    table_tests,
)

BYLINES = ("Base Team Wins Marksmanship Contest\n\n  • Published\n  • By Senior Airman Lee Park\n"
           "  • 9th Wing Public Affairs\n" + PROSE)

SPEECH_HEADER = ("Jane Q. Roe\nUnder Secretary for Trade\nLincoln Room\nBoston, MA\n"
                 "May 3, 2011\n\n" + PROSE)

FURNITURE = [
    one_segment("a-loading-message", "Redirecting...\n\n" + PROSE, "Redirecting...", "widget"),
    one_segment("a-loading-message-with-an-ellipsis-sign", between_paragraphs("Loading…"),
                "Loading…", "widget"),
    one_segment("a-date-label-without-its-date", BYLINES, "• Published", "metadata"),
    one_segment("an-updated-label-alone", between_paragraphs("Updated:"), "Updated:", "metadata"),
    one_segment("a-story-link-with-its-sites-names", between_paragraphs(
        "Council to close old bridge on May 2 | Riverdale.com | DailyPost.com"),
        "Council to close old bridge on May 2 | Riverdale.com | DailyPost.com", "related_links"),
    one_segment("the-same-with-its-bars-lost", between_paragraphs(
        "Council to close old bridge on May 2 Riverdale.com DailyPost.com"),
        "Council to close old bridge on May 2 Riverdale.com DailyPost.com", "related_links"),
    one_segment("a-content-systems-error-line", between_paragraphs(
        "Unknown embed could not be displayed."), "Unknown embed could not be displayed.",
        "widget"),
    *(one_segment(f"a-speech-header-line-{i}", SPEECH_HEADER, line, "metadata")
      for i, line in enumerate(SPEECH_HEADER.split("\n\n")[0].split("\n"))),
    one_segment("a-weather-box-above-the-headline-stays-one-widget",
                "72°F Sunny\nMay 3, 2011\n\n" + PROSE, "72°F Sunny\nMay 3, 2011", "widget"),
    one_segment("a-media-boxs-watch-label", between_paragraphs("WATCH: Mayor opens the new bridge"),
                "WATCH: Mayor opens the new bridge", "widget"),
]

STAYS_TEXT = [
    stays_text("redirecting-in-prose", between_paragraphs(
        "Redirecting the river cost the town more than the council had planned."),
        "Redirecting the river cost the town more than the council had planned."),
    stays_text("published-in-prose", between_paragraphs(
        "Published in 1921, the report was read in every school."),
        "Published in 1921, the report was read in every school."),
    stays_text("one-site-named-at-a-sentences-end", between_paragraphs(
        "The full report is on the council's own site, Riverdale.com."),
        "The full report is on the council's own site, Riverdale.com."),
    stays_text("an-embed-failing-in-prose", between_paragraphs(
        "The video could not be displayed on older phones, the council said."),
        "The video could not be displayed on older phones, the council said."),
    stays_text("a-video-headline-stays-a-headline", "Video: Mayor Opens the New Bridge\n\n" + PROSE,
               "Video: Mayor Opens the New Bridge"),
]


test_the_span_is_one_segment_of_its_kind, test_the_span_stays_text = table_tests(
    FURNITURE, STAYS_TEXT)

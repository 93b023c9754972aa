"""Furniture collection 16 showed the segmenter missing (issue 9): an outlet's call for
stories ("If you have a story ..., email us"). Every row is invented (no page's text); the
negative rows are prose of the same shape that must stay text.
"""

from __future__ import annotations

from tests.segment_cases import (
    between_paragraphs,
    one_segment,
    stays_text,
    table_tests,
)

CALL = ("We love hearing from readers. If you have a news tip or a photo from your town that "
        "you would like us to share, contact us through the form below.")

ONE_SEGMENT = [
    one_segment("call-for-stories", between_paragraphs(CALL), CALL, "reader_prompt"),
    one_segment("call-for-stories-at-the-top",
                "Weekly Roundup\n\n" + CALL + "\n\n" + between_paragraphs("Town notes"),
                CALL, "reader_prompt"),
]

STAYS_TEXT = [
    stays_text("if-you-have-in-a-quote", between_paragraphs(
        "\"If you have a story to tell, tell it,\" the mayor said, and the crowd cheered."),
        "\"If you have"),
    stays_text("if-you-have-no-appeal", between_paragraphs(
        "If you have a garden near the river, the council said, expect flooding next week."),
        "If you have"),
]


test_the_span_is_one_segment_of_its_kind, test_the_span_stays_text = table_tests(
    ONE_SEGMENT, STAYS_TEXT)

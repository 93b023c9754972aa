"""Furniture and title classes dev collection 16 showed the segmenter missing (issue 9), past
the call for stories of tests/test_segment_unseen16.py: a bracket of audio links opening
the first line (`(Download MP3, ...) From ...`) or glued to the headline with a separator
after it (`Headline(Listen) |`), the headline then found without it; the headline printed
again glued before the first paragraph (a print view's one-line copy), cut off as a heading.
Every row is invented (no page's text); the negative rows are prose and brackets of the
same shape that must stay what they are (and, for the call for stories, a sentence of
advice with its words and no `us`).
"""

from __future__ import annotations

from corpus.segment import segment_text
from tests.segment_cases import (
    PROSE,
    between_paragraphs,
    one_segment,
    stays_text,
    table_tests,
)

HEAD = "Council Closes the Old Bridge to Lorries"
LEAD = "From City Radio News, this is the Transport report."
AUDIO_LEAD_PAGE = f"March 3, 2014\n\n{HEAD}\n\n(Listen, Download MP3) {LEAD}\n\n{PROSE}\n\n{PROSE}"
AUDIO_HEAD_PAGE = f"{HEAD}(收听) |\n\n{PROSE}\n\n{PROSE}"
FIRST = "Engineers found cracks in two of the piers last week, and the repairs will take a year."
ECHO_PAGE = f"{HEAD}(Listen) |\n{HEAD} {FIRST}\n\n{PROSE}\n\n{PROSE}"
# the headline's words opening a sentence of its own: no capital after them
NO_ECHO_PAGE = f"{HEAD}\n\n{HEAD} at night, the mayor said. {FIRST}\n\n{PROSE}"

ONE_SEGMENT = [
    one_segment("audio-bracket-opening-the-lede", AUDIO_LEAD_PAGE, "(Listen, Download MP3)",
                "widget"),
    one_segment("the-lede-after-the-audio-bracket", AUDIO_LEAD_PAGE, LEAD, "body"),
    one_segment("audio-bracket-glued-to-the-headline", AUDIO_HEAD_PAGE, "(收听) |", "widget"),
    one_segment("the-headline-before-its-audio-bracket", AUDIO_HEAD_PAGE, HEAD, "title"),
]

ASIDE = ("The choir sang two hymns at the service (listen) and the mayor read a poem about the "
         "bridge.")
SPACED = "The band played its new single on Friday night at the hall (Listen)"
NOT_AUDIO = "(Reuters, Mirror) The council voted on Tuesday to close the old bridge to lorries."
ADVICE = ("If you have a story about the bridge, the inspector said, you should tell the "
          "council before the vote on Tuesday, and the engineers will read it.")
STAYS_TEXT = [
    stays_text("audio-word-inside-prose", between_paragraphs(ASIDE), ASIDE),
    stays_text("spaced-bracket-ending-a-line-no-separator", between_paragraphs(SPACED), SPACED),
    stays_text("bracket-with-a-non-audio-item", between_paragraphs(NOT_AUDIO), NOT_AUDIO),
    stays_text("if-you-have-a-story-without-us", between_paragraphs(ADVICE), ADVICE),
]


test_the_span_is_one_segment_of_its_kind, test_the_span_stays_text = table_tests(
    ONE_SEGMENT, STAYS_TEXT)


def test_the_page_still_tiles() -> None:
    for page in (AUDIO_LEAD_PAGE, AUDIO_HEAD_PAGE):
        spans = segment_text(page)
        assert spans[0][0] == 0 and spans[-1][1] == len(page)
        assert all(a[1] == b[0] for a, b in zip(spans, spans[1:], strict=False))


def test_the_headline_printed_again_before_the_first_paragraph_is_a_heading() -> None:
    spans = [(ECHO_PAGE[s:e], k) for s, e, k in segment_text(ECHO_PAGE)]
    assert (HEAD, "title") in spans
    assert (HEAD, "heading") in spans
    assert (FIRST, "body") in spans


def test_the_headline_s_words_opening_a_sentence_stay_in_it() -> None:
    spans = [(NO_ECHO_PAGE[s:e], k) for s, e, k in segment_text(NO_ECHO_PAGE)]
    assert (HEAD, "title") in spans
    assert (HEAD, "heading") not in spans

"""Furniture and title classes collection 14 showed the segmenter getting wrong (issue 9): a
listing's head under a breadcrumb without separator signs, its result count and `Full
story` links; a briefing's head (the briefer's name and office, the series name under
them, the room between date and time), its index of topics; a section path; a video box's
title with its info and close marks, the video's title printed again after the player; a
charity's donation banner; reading-time labels glued to an outlet's name; an image label
with a stock-image note; a transcript's label alone on its line; a speaker's short turn.
Every row is invented (no page's text); the negative rows are prose or credits of the same
shape that must stay what they are.
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

TEASER = ("Crews began work on the old bridge on Monday after engineers found cracks in two "
          "of its piers, the council said.")
LISTING_PAGE = ("Home Notes Council Blog\n\nCouncil Blog\n\nFound 2,310 posts.\n"
                "Mar 03, 2014 10:00 AM\n\nBridge Repairs Begin on Monday\n\n" + TEASER + "\n\n"
                + PROSE + "\n\nMar 01, 2014 09:00 AM\n\nLibrary Opens New Wing Downtown\n\n"
                + TEASER.replace("bridge", "library") + "\n\n" + PROSE)

BRIEFING_PAGE = ("Weekly Press Briefing\n\nJane Q. Roe\nDeputy Spokesperson\nCouncil Press "
                 "Briefing\nSpringfield, IL\nMarch 3, 2014\n\nIndex for Today's Briefing\n\n"
                 "Bridge Repairs / Budget\nLibrary Hours / New Staff\nFlood Warnings\n\n\n"
                 "1:05 p.m. EST\n\nMS. ROE: Good afternoon, everyone. I have two things at the "
                 "top, and then I will take your questions about the bridge.\n\nQUESTION: Can "
                 "you say when the bridge reopens to lorries, and what the repairs cost?\n\n"
                 + PROSE)
BULLET_INDEX_PAGE = ("Council Briefing by Jane Roe, March 3, 2014\n\nSpringfield\n\n"
                     "Index for Today’s Briefing\n    • Bridge Repairs\n    • Visit of the "
                     "Mayor\n    • Flood Warnings\n1:36 p.m. EST\n\nMS. ROE: Good afternoon. "
                     "Welcome to the council. I have nothing at the top today, so let us go "
                     "to your questions.\n\n" + PROSE)
ROOM_PAGE = ("Press Briefing by the Mayor's Spokesperson\n\nMarch 3, 2014\n\nCity Hall Press "
             "Briefing Room\n\n1:02 P.M. EST\n\nMR. DOE: Good afternoon, everybody. (Laughter.)"
             "\n\nQ: For whom?\n\nMR. DOE: The council, which met this morning and voted on the "
             "repairs to the old bridge.\n\nQ: That is a rather long answer.\n\nMR. DOE: Am I "
             "late?\n\n" + PROSE + "\n\n" + PROSE)

VIDEO_PAGE = ("Accessibility links\n\nMayor Opens the Rebuilt Bridge Over the River\n\nMayor "
              "Opens the Rebuilt Bridge Over the Riveri\nX\nMarch 3, 2014 1:27 PM\n" + PROSE
              + "\n\n" + TEASER)
PLAYER_PAGE = ("Accessibility links\n\nThe Mayor's Interview on the Bridge\n\nMayor Talks to "
               "Radio About Repairs\nplease wait\n\nNo media source currently available\n\n"
               "0:00 0:05:01 0:00\n\nMayor Talks to Radio About Repairs\n\n" + PROSE + "\n\n"
               + PROSE)
SECTION_PAGE = f"News / Europe\n\nCouncil Closes Old Bridge to Lorries\n\n{PROSE}\n\n{PROSE}"
GLUED_LABELS_PAGE = (f"Daily Planet5 min readWorld\nBridge Repairs Begin in the Old Town\n"
                     f"{TEASER}\n\nDaily Planet 3 min de lectura\nLibrary Opens a New Wing\n"
                     f"{PROSE}")


def furniture(name: str, block: str, kind: str | tuple[str, ...] | None = None):
    if kind is None:
        return one_segment(name, between_paragraphs(block), block)
    return one_segment(name, between_paragraphs(block), block, kind)


ONE_SEGMENT = [
    one_segment("signless-breadcrumb-is-navigation", LISTING_PAGE, "Home Notes Council Blog",
                "navigation"),
    one_segment("listing-result-count", LISTING_PAGE, "Found 2,310 posts.", "metadata"),
    furniture("search-result-count", "Showing 1-10 of 245 results", "metadata"),
    furniture("full-story-link", "Full story", "widget"),
    one_segment("briefer-name-and-office-one-byline", BRIEFING_PAGE,
                "Jane Q. Roe\nDeputy Spokesperson", "byline"),
    one_segment("briefing-place-line-is-dateline", BRIEFING_PAGE, "Springfield, IL",
                "dateline"),
    one_segment("briefing-series-line-under-byline", BRIEFING_PAGE, "Council Press Briefing",
                "metadata"),
    one_segment("briefing-index-after-blank-line", BRIEFING_PAGE,
                "Index for Today's Briefing\n\nBridge Repairs / Budget\nLibrary Hours / New "
                "Staff\nFlood Warnings", "table_of_contents"),
    one_segment("briefing-index-bulleted", BULLET_INDEX_PAGE,
                "Index for Today’s Briefing\n    • Bridge Repairs\n    • Visit of the Mayor\n"
                "    • Flood Warnings", "table_of_contents"),
    one_segment("briefing-room-between-date-and-time", ROOM_PAGE,
                "City Hall Press Briefing Room", "metadata"),
    one_segment("speaker-short-question-turn-is-body", ROOM_PAGE, "Q: For whom?", "body"),
    one_segment("speaker-short-label-turn-is-body", ROOM_PAGE, "MR. DOE: Am I late?", "body"),
    one_segment("section-path-is-navigation", SECTION_PAGE, "News / Europe", "navigation"),
    furniture("credit-with-slash-stays-credit", "Jane Doe/Reuters", "photo_credit"),
    furniture("section-word-over-agency-stays-credit", "Video / Reuters", "photo_credit"),
    one_segment("video-title-with-info-and-close-marks", VIDEO_PAGE,
                "Mayor Opens the Rebuilt Bridge Over the Riveri\nX", "widget"),
    furniture("donation-banner", "Relief Fund - Make a charitable donation in support of "
              "flood victims!", "ad"),
    one_segment("reading-time-glued-to-outlet-and-section", GLUED_LABELS_PAGE,
                "Daily Planet5 min readWorld", "metadata"),
    one_segment("reading-time-in-another-language", GLUED_LABELS_PAGE,
                "Daily Planet 3 min de lectura", "metadata"),
    furniture("image-label-with-stock-note", "Man Reading a Map (Stock Image)", "caption"),
    furniture("transcript-label-alone", "Transcript of the radio broadcast:", "metadata"),
]

STAYS_TEXT = [
    stays_text("found-in-a-sentence", between_paragraphs("Found 12 survivors."), "Found 12"),
    stays_text("full-story-in-a-sentence", between_paragraphs(
        "Full story of the flood, she said, is yet to be told."), "Full story"),
    stays_text("donation-in-a-sentence", between_paragraphs(
        "The mayor asked residents to make a charitable donation to the fund, and many did."),
        "The mayor asked"),
    stays_text("minutes-in-a-sentence", between_paragraphs(
        "Crews spent 5 min reading the meters before the storm hit the town."), "Crews spent"),
    stays_text("slash-in-a-sentence", between_paragraphs(
        "News / views from the council were mixed, the paper said on Friday."), "News / views"),
]


test_the_span_is_one_segment_of_its_kind, test_the_span_stays_text = table_tests(
    ONE_SEGMENT, STAYS_TEXT)


def _kind_at(text: str, at: int, span: str) -> list[str]:
    return [k for s, e, k in segment_text(text) if s == at and e == at + len(span)]


def test_the_briefing_head_line_over_the_briefer_is_the_title() -> None:
    assert _kind_at(BRIEFING_PAGE, 0, "Weekly Press Briefing") == ["title"]


def test_a_site_name_over_a_byline_pair_is_no_title() -> None:
    head = "Council Closes the Old Bridge to Lorries After Cracks Found"
    page = f"City Planet\n\nJohn Smith\nStaff Reporter\n\n{head}\n\n{PROSE}\n\n{TEASER}"
    assert _kind_at(page, 0, "City Planet") == ["navigation"]
    assert _kind_at(page, page.index(head), head) == ["title"]


def test_the_video_title_printed_again_after_the_player_is_a_widget() -> None:
    span = "Mayor Talks to Radio About Repairs"
    at = PLAYER_PAGE.rindex(span)
    assert PLAYER_PAGE.index(span) < at  # (the player's first line is the same title)
    assert _kind_at(PLAYER_PAGE, at, span) == ["widget"]


def test_the_listings_first_headline_is_no_title() -> None:
    kinds = [k for s, e, k in segment_text(LISTING_PAGE) if k == "title"]
    assert kinds == ["title"]
    at = LISTING_PAGE.index("\n\nCouncil Blog\n") + 2
    assert _kind_at(LISTING_PAGE, at, "Council Blog") == ["title"]

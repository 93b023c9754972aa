"""Link lines, labels and credits run into a paragraph, and short link/label lines alone
(corpus/segment_links.py; issue 9, the furniture of dev collection 8). Every page here is
invented: the rules must hold for the shapes, not for the collection's strings.

One invented case per row, its id naming the case; rows are checked by the shared checks
of tests/segment_cases.py.
"""

from __future__ import annotations

import pytest

from corpus.segment import segment_text
from tests.segment_cases import (
    PROSE,
    between_paragraphs,
    check_one_segment,
    check_stays_text,
    one_segment,
    stays_text,
)

LEDE = ("Rescue teams reached the flooded villages on Thursday and began moving families "
        "to schools on higher ground, officials said.")
TEASER = ("The ministry said the new rules would take effect next month and apply to every "
          "port in the country")
CAPTION = ("Volunteers load sandbags on to a truck outside the town hall as the river rises "
           "behind them on the second day of the floods.")
LISTING = (f"Ports Tighten Checks on Cargo\n\n{TEASER} [...]readmore\n\n"
           f"Rail Strike Called Off After Talks\n\n{LEDE}")
GLUED_LINK = f"{LEDE}\nmore ...Schools Reopen in the North\n{TEASER}."
BYLINE_LEDE = f"VOA News By Jane Doe GENEVA – {LEDE} {LEDE}"
RELEASE = f"Minister's Trip to Asia\n\nNews Release: {LEDE} {LEDE}"
WEEKDAY_LEDE = f"Floods Hit the Valley\n\nTuesday, March 4, 2008 {LEDE} {LEDE}"
VIA_TAIL = f"{CAPTION} via NASA https://example.gov/x1y2"
PAREN_CREDIT = f"{CAPTION} (Photo courtesy of the County Fire Service)"
PHOTO_FROM = f"{CAPTION} Photo from the author, used with permission."
PLAYER = (f"{PROSE}\n\nWATCH: Minister on the floods\n\nMinister Speaks on Floods\nplease wait\n\n"
          f"No media source currently available\n\n0:00 0:02:11 0:00\n\n{PROSE}")
TWICE = " ".join(["Floods Close Roads in the North as the River Rises Again"] * 2)  # > 80
DATED_LISTING = (f"Council Approves Budget\n\n{LEDE}\n\nMarch 7, 2022 Bridge Closed to Lorries "
                 f"{PROSE}\n\nFeb. 23, 2022 Market Opens in the Square {TEASER}.")
CREDIT_SLASH = f"{CAPTION} (County Fire Service photo/Ann Smith)"
WIRE_DATELINE = (f"Friday, September 17, 2010\n\nU.S. Harbour Base Hosts CPO Pinning\n\n"
                 f"By Mass Communication Specialist 2nd Class Jane Doe, Harbour Forces\n"
                 f"Harbour Region Public Affairs\n\nSANTA RITA, Guam (NNS) -- {LEDE}\n\n{PROSE}")
CRUMB_ECHO = (f"HomeNewsNews Archive\n\nNews Archive\n\nJan. 5, 2018\n\n"
              f"Council Approves Budget for the Bridge\n\n{LEDE}\n\nJan. 4, 2018\n\n"
              f"Market Opens in the Square\n\n{PROSE}")
QUESTION_LISTING = (f"Stories about Floods from March, 2017\n\nRivers Rise Across the Valley\n\n"
                    f"{LEDE}\n\nWho Pays for the Broken Bridge?\n\n{PROSE}\n\n"
                    f"Market Opens in the Square\n\n{LEDE}")
FEED = (f"Floods: Towns Count the Cost\n\nFri, 02/20/2009 - 12:26pm\n\n{LEDE}\n\n"
        f"Categories: World News Feed\n\nValley, Coast: Same rain? Same floods?\n\n"
        f"Fri, 02/20/2009 - 11:03am\n\n{PROSE}\n\nCategories: World News Feed")
READ_MORE_UNDER_TEASER = (f"Lessons from the Floods\n\nRivers Rise Across the Valley\n\n"
                          f"{LEDE} {TEASER}.\nRead More\n\nMarket Opens in the Square\n\n{PROSE}")
ASKING_LINKS = ("- Floods: Rivers Rise Across the Valley\n- Floods: Who Pays for the Broken "
                "Bridge?\n- Floods: Market Opens in the Square")
FOREIGN_HEAD_BOX = f"{LEDE}\n{PROSE}\n相关文章\n{ASKING_LINKS}"
TAGS = (f"Council Approves Budget\n\n{LEDE}\n\n• Council News\n\nBridge Closed to Lorries\n\n"
        f"{PROSE}\n\n• Council News\n\nMarket Opens\n\n{LEDE}")

ONE_SEGMENT = [
    one_segment("read-more-glued-to-an-excerpt", LISTING, "readmore", "widget"),
    one_segment("excerpt-ellipsis-stays-with-its-text", LISTING, f"{TEASER} [...]", "body"),
    one_segment("more-link-glued-to-next-headline", GLUED_LINK, "more ...", "widget"),
    one_segment("headline-freed-from-its-link", GLUED_LINK, "Schools Reopen in the North",
                "heading"),
    one_segment("outlet-byline-before-a-dateline", BYLINE_LEDE, "VOA News By Jane Doe", "byline"),
    one_segment("capitalised-dateline-after-a-byline", BYLINE_LEDE, "GENEVA –", "dateline"),
    one_segment("release-label-before-a-teaser", RELEASE, "News Release:", "metadata"),
    one_segment("weekday-date-run-into-a-lede", WEEKDAY_LEDE, "Tuesday, March 4, 2008",
                "metadata"),
    one_segment("feed-source-tail", between_paragraphs(VIA_TAIL),
                "via NASA https://example.gov/x1y2", "source_footer"),
    one_segment("parenthesised-photo-credit", between_paragraphs(PAREN_CREDIT),
                "(Photo courtesy of the County Fire Service)", "photo_credit"),
    one_segment("photo-from-credit-sentence", between_paragraphs(PHOTO_FROM),
                "Photo from the author, used with permission.", "photo_credit"),
    one_segment("language-links-label", between_paragraphs("Available in:"), "Available in:",
                "widget"),
    one_segment("social-bookmark-link", between_paragraphs("Digg this story!"),
                "Digg this story!", "widget"),
    one_segment("chevron-click-prompt",
                between_paragraphs(">> Click here for the full interview <<"),
                ">> Click here for the full interview <<", "reader_prompt"),
    one_segment("agency-slash-name-credit", between_paragraphs(f"{CAPTION}\nUSDA/Ann Smith"),
                "USDA/Ann Smith", "photo_credit"),
    one_segment("donation-campaign-link",
                between_paragraphs("Learn more about our donation campaign."),
                "Learn more about our donation campaign.", "reader_prompt"),
    one_segment("media-label-over-a-player", PLAYER, "WATCH: Minister on the floods", "widget"),
    one_segment("headline-printed-twice-as-its-link", between_paragraphs(TWICE), TWICE, "widget"),
    one_segment("listing-headline-over-its-byline",
                f"{PROSE}\n\nVolunteers Plant Trees Along the River\n\nBy Jane Doe\n\n{LEDE}",
                "Volunteers Plant Trees Along the River", "heading"),
    one_segment("month-date-run-into-a-listing-item", DATED_LISTING, "March 7, 2022",
                "metadata"),
    one_segment("abbreviated-month-date-run-into-a-listing-item", DATED_LISTING,
                "Feb. 23, 2022", "metadata"),
    one_segment("parenthesised-photo-slash-name-credit", between_paragraphs(CREDIT_SLASH),
                "(County Fire Service photo/Ann Smith)", "photo_credit"),
    one_segment("wire-tagged-dateline-under-a-byline", WIRE_DATELINE,
                "SANTA RITA, Guam (NNS) -- ", "dateline"),  # (blank kept, as "LONDON — ")
    one_segment("title-case-question-headline-in-a-listing", QUESTION_LISTING,
                "Who Pays for the Broken Bridge?", "heading"),
    one_segment("question-headline-over-its-posting-time", FEED,
                "Valley, Coast: Same rain? Same floods?", "heading"),
    one_segment("read-more-line-under-a-teaser-is-its-link", READ_MORE_UNDER_TEASER,
                "Read More", "widget"),
    one_segment("link-list-with-a-headline-that-asks", FOREIGN_HEAD_BOX,
                f"相关文章\n{ASKING_LINKS}"),  # (one furniture piece, of its head's kind)
    one_segment("double-angle-breadcrumb",
                f"News >> World >> Europe\n\nFloods Close Roads\n\n{PROSE}",
                "News >> World >> Europe", "navigation"),
]

STAYS_TEXT = [
    stays_text("more-as-a-word-opening-a-sentence",
               between_paragraphs(f"More than 200 people were moved, {LEDE[0].lower()}{LEDE[1:]}"),
               "More than 200"),
    stays_text("weekday-inside-a-sentence",
               between_paragraphs(f"The talks ended on Tuesday, March 4, 2008 after {TEASER}."),
               "The talks ended"),
    stays_text("parenthesis-that-is-no-credit",
               between_paragraphs(f"{CAPTION} (The river peaked at 5.2 metres.)"),
               "(The river peaked"),
    stays_text("kicker-label-over-a-headline",
               "Press Release: Ambassador on the Vote in the Capital\n\n" + PROSE,
               "Press Release: Ambassador"),
    stays_text("date-opening-a-sentence",
               between_paragraphs(f"March 7, 2022 was the day {TEASER}."), "March 7, 2022"),
    stays_text("words-repeated-but-not-a-printed-twice-line",
               between_paragraphs("Go go"), "Go go"),
]


@pytest.mark.parametrize(("text", "span", "kinds"), ONE_SEGMENT)
def test_the_furniture_is_one_segment_of_its_kind(text: str, span: str,
                                                   kinds: tuple[str, ...]) -> None:
    check_one_segment(text, span, kinds)


@pytest.mark.parametrize(("text", "span"), STAYS_TEXT)
def test_prose_that_looks_like_it_stays_text(text: str, span: str) -> None:
    check_stays_text(text, span)


def test_a_repeated_bullet_tag_is_metadata_and_each_copy_its_own_segment() -> None:
    tags = [TAGS[s:e] for s, e, k in segment_text(TAGS) if k == "metadata"]
    assert tags == ["• Council News", "• Council News"]


def test_a_breadcrumbs_last_crumb_printed_again_is_the_listings_title() -> None:
    """(issue 9, dev collection 9) "HomeNewsNews Archive" over "News Archive": the line
    that ends the breadcrumb is the listing's own head, its first item a heading; under a
    tag's label ("Tag: X") the crumb is only the section's name (not tested here)."""
    kinds = {CRUMB_ECHO[s:e]: k for s, e, k in segment_text(CRUMB_ECHO) if k != "separator"}
    assert kinds["News Archive"] == "title"
    assert kinds["Council Approves Budget for the Bridge"] == "heading"

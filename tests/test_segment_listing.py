"""Page heads and listing pages on hosts the rules were not written against (issue 9):
a government site's banner line under line, a date alone above the headline, a page's
keyword line, a listing's label over its items, a dated listing item's headline run into
its teaser (corpus/segment_listing.py). Invented pages, one failure class a row; the
shared checks of tests/segment_cases.py.
"""

from __future__ import annotations

import pytest

from corpus.segment_listing import headline_cut, keyword_line
from tests.segment_cases import PROSE, check_one_segment, one_segment, stays_text, table_tests

HEADLINE = "Council Closes Old Bridge to Lorries After Cracks Found"
TEASER = ("The council voted on Tuesday to close the old bridge to lorries after engineers "
          "found cracks in two of its piers.")
ARTICLE = f"{HEADLINE}\n\n{PROSE}\n\n{PROSE}"

BANNER = "Official websites use .mil\nSecure .mil websites use HTTPS"
LISTING = ("City News\n\n"
           f"{HEADLINE}\n\n{TEASER}\n\nRead more\n\n"
           "Rail Strike Called Off After Late Talks\n\nUnions and the rail operator agreed "
           "a pay deal late on Sunday, ending a week of strikes across the region.\n\n"
           "Read more\n\n"
           "Floods Close Roads in the North\n\nHeavy rain overnight flooded roads in three "
           "northern towns, and police asked drivers to stay at home.\n\nRead more\n")
GLUED = (f"April 5, 2022 {HEADLINE} {TEASER}\n"
         "March 7, 2022 Rail Strike Called Off After Late Talks The unions and the rail "
         "operator agreed a pay deal late on Sunday, ending a week of strikes.\n")

ONE_SEGMENT = [
    one_segment("mil-banner-lines-are-one-widget", f"{BANNER}\n{ARTICLE}", BANNER, "widget"),
    one_segment("date-alone-above-headline-is-metadata",
                f"Wednesday, May 31, 2017\n\n{ARTICLE}", "Wednesday, May 31, 2017",
                "metadata"),
    one_segment("keyword-line-over-banner-is-navigation",
                f"News, commentary, photos, budget\n{BANNER}\n{ARTICLE}",
                "News, commentary, photos, budget", "navigation"),
    one_segment("headline-after-keyword-line-is-title",
                f"News, commentary, photos, budget\n{BANNER}\n{ARTICLE}", HEADLINE, "title"),
    one_segment("listing-label-is-title", LISTING, "City News", "title"),
    one_segment("listing-first-headline-is-heading", LISTING, HEADLINE, "heading"),
    one_segment("glued-listing-headline-is-title", GLUED, HEADLINE, "title"),
    one_segment("glued-listing-second-headline-is-heading", GLUED,
                "Rail Strike Called Off After Late Talks", "heading"),
    # not a listing: a site's name over an article stays the site's name
    one_segment("site-name-over-article-stays-navigation",
                f"City News\n\n{ARTICLE}\n\nRail Strike Called Off After Late Talks\n\n"
                f"{PROSE}\n\n{PROSE}", "City News", "navigation"),
]

STAYS_TEXT = [
    stays_text("comma-list-sentence-is-text", f"{HEADLINE}\n\nLondon, Paris, Rome, Berlin "
               f"and Madrid all voted for the plan.\n\n{PROSE}", "London, Paris"),
]


test_the_span_is_one_segment_of_its_kind, test_the_span_stays_text = table_tests(
    ONE_SEGMENT, STAYS_TEXT)


def test_headline_cut_finds_the_teaser_opening() -> None:
    s = f"{HEADLINE} {TEASER}"
    assert s[headline_cut(s):] == TEASER


@pytest.mark.parametrize("s", [
    TEASER,  # prose: no Title Case run
    f"Bridge Shut {TEASER}",  # two capitalised words before the opener: no headline
    f"{HEADLINE} The council voted",  # the teaser is no sentence
])
def test_headline_cut_leaves_prose_whole(s: str) -> None:
    assert headline_cut(s) is None


def test_keyword_line_shape() -> None:
    assert keyword_line("News, commentary, photos, budget")
    assert not keyword_line("News, commentary, photos")  # three items: could be a headline
    assert not keyword_line("Paris, Rome, Berlin, Madrid and more all voted.")


# -- datelines the first-paragraph rule missed: no space after the dash, a region of
# several words, a later paragraph (a story under captions, a listing item's teaser)
CAPTION = "Volunteers carry sandbags to the river bank on Monday."
DATELINES = [
    one_segment("dateline-dash-without-space", f"{HEADLINE}\n\nWASHINGTON—{TEASER}",
                "WASHINGTON—", "dateline"),
    one_segment("dateline-place-with-long-region",
                f"{HEADLINE}\n\nWagga Wagga, New South Wales — {TEASER}",
                "Wagga Wagga, New South Wales — ", "dateline"),
    one_segment("dateline-under-captions",
                f"{HEADLINE}\n\n{CAPTION}\n\n{CAPTION.replace('Monday', 'Sunday')}\n\n"
                f"{CAPTION.replace('Monday', 'Friday')}\n\nFORT STEWART Ga. - {TEASER}",
                "FORT STEWART Ga. - ", "dateline"),
]


@pytest.mark.parametrize("text,span,kinds", DATELINES)
def test_the_dateline_is_found(text: str, span: str, kinds: tuple[str, ...]) -> None:
    check_one_segment(text, span, kinds)


def test_a_late_paragraph_opening_with_a_label_has_no_dateline() -> None:
    from corpus.segment import segment_text

    page = f"{HEADLINE}\n\n{PROSE}\n\n{PROSE}\n\n{PROSE}\n\nUPDATE — {TEASER}"
    assert not [k for _, _, k in segment_text(page) if k == "dateline"]


# -- a listing's and a blog's own lines (collection 11's classes, invented pages)
EXCERPT = "The council voted on Tuesday to close the old bridge to lorries after engineers […]"
MORE_PAGE = (f"{HEADLINE}\n\n{EXCERPT}\nRead MoreRail Strike Called Off After Late Talks\n\n"
             f"{PROSE}")
LINES = [
    one_segment("excerpt-ellipsis-stays-in-the-teaser", MORE_PAGE, EXCERPT, "body"),
    one_segment("read-more-run-into-the-next-headline", MORE_PAGE, "Read More", "widget"),
    one_segment("comments-closed-with-trackbacks",
                f"{ARTICLE}\n\nComments are closed, but trackbacks and pingbacks are open.\n\n"
                f"{PROSE}", "Comments are closed, but trackbacks and pingbacks are open."),
    one_segment("continue-reading-this-post-on-a-site",
                f"{ARTICLE}\n\nContinue reading this post on Example Voices\n\n{PROSE}",
                "Continue reading this post on Example Voices"),
    one_segment("originally-posted-by", f"Originally posted by the Example Agency.\n\n{ARTICLE}",
                "Originally posted by the Example Agency.", "source_footer"),
    one_segment("archive-month-at-the-head-is-metadata", f"September, 2018\n\n{ARTICLE}",
                "September, 2018", "metadata"),
    one_segment("headline-under-archive-month-is-title", f"September, 2018\n\n{ARTICLE}",
                HEADLINE, "title"),
]


@pytest.mark.parametrize("text,span,kinds", LINES)
def test_the_line_is_one_segment_of_its_kind(text: str, span: str,
                                             kinds: tuple[str, ...]) -> None:
    check_one_segment(text, span, kinds)


# -- notices about the page, and page heads of archives, weather boxes and glued crumbs
NOTICE = ("Content on this site has been reviewed and updated to align with the agency's new "
          "publishing policy. More details here.")
CORRECTION = ("Correction — May 8, 2018 This headline misplaced the bridge; it stands in the "
              "north of the city, as the story said.")
ARCHIVE = (f"Archive for the ‘City News’ Category:\n\n{HEADLINE}\n\n{TEASER}\n\n"
           "Rail Strike Called Off After Late Talks\n\nUnions and the rail operator agreed a "
           "pay deal late on Sunday, ending a week of strikes.")
HEADS = [
    one_segment("site-content-notice", f"{HEADLINE}\n\n{NOTICE}\n\n{PROSE}", NOTICE, "widget"),
    one_segment("correction-notice", f"{ARTICLE}\n\n{CORRECTION}\n\n{PROSE}", CORRECTION,
                "metadata"),
    one_segment("weather-reading-is-no-headline",
                f"12.5 C\nMonday, May 3, 2021\n\n{ARTICLE}", HEADLINE, "title"),
    one_segment("weather-reading-over-a-long-line-is-a-widget",
                f"12.5 C\nHomeLocal{HEADLINE[:30]}...\n\n{ARTICLE}", "12.5 C", "widget"),
    one_segment("glued-breadcrumb-ending-with-the-headline",
                f"HomeLocal{HEADLINE[:30]}...\n\n{ARTICLE}", f"HomeLocal{HEADLINE[:30]}...",
                "navigation"),
    one_segment("headline-under-a-glued-breadcrumb",
                f"HomeLocal{HEADLINE[:30]}...\n\n{ARTICLE}", HEADLINE, "title"),
    one_segment("archive-for-a-category-is-the-title", ARCHIVE,
                "Archive for the ‘City News’ Category:", "title"),
    one_segment("archive-month-alone-is-navigation",
                f"Archives July 2020\n\n{ARTICLE}", "Archives July 2020", "navigation"),
]


@pytest.mark.parametrize("text,span,kinds", HEADS)
def test_the_head_line_is_one_segment_of_its_kind(text: str, span: str,
                                                  kinds: tuple[str, ...]) -> None:
    check_one_segment(text, span, kinds)

"""Furniture lines common on the web but absent from the dev pages (issue 9: found by
inserting invented furniture between the dev pages' paragraphs), and a blogger's own
lines in another script on a Latin-script page (prose, not the host's menu).

One invented case per row, its id naming the failure class; rows are checked by the
shared checks of tests/segment_cases.py.
"""

from __future__ import annotations

from tests.segment_cases import (
    PROSE,
    between_paragraphs,
    one_segment,
    stays_text,
    table_tests,
)


def furniture(name: str, block: str):
    """A row: the block, between paragraphs, is one furniture segment (of any kind)."""
    return one_segment(name, between_paragraphs(block), block)


ANOTHER_SCRIPT_PROSE = "有不少朋友已经坐不住了,来要合辑了"
HOST_MENU_ITEM = "首页"
HEADLINE = "Venezuelan Students at Forefront of Campaign for Freedom of Expression"
ANOTHER_SCRIPT_PAGE = (f"{ANOTHER_SCRIPT_PROSE}\n\n我想既然是做合辑,那就再等等吧\n\n"
                       f"{HOST_MENU_ITEM}\n\n{HEADLINE}\n\n{PROSE} {PROSE}")

ONE_SEGMENT = [
    # -- site controls, appeals and notices, one line each
    furniture("back-to-top-link", "Top of page"),
    furniture("app-download-appeal", "Download the app"),
    furniture("comments-loading-placeholder", "Loading comments..."),
    furniture("error-report-link", "Report an error"),
    furniture("donation-appeal", "Support independent journalism. Donate now."),
    furniture("membership-appeal", "Become a member"),
    furniture("comment-login-link", "Log in to comment"),
    furniture("read-the-full-report-link", "Read the full report here"),
    furniture("cookie-settings-link", "Cookie settings"),
    furniture("cookie-consent-button", "Accept all cookies"),
    furniture("cookie-notice-sentence", "We use cookies to improve your experience."),
    furniture("login-register-bar", "Log in | Register"),
    furniture("site-map-link", "Site Map"),
    furniture("foia-acronym-link", "FOIA"),
    furniture("caption-toggle", "Hide caption"),
    furniture("media-note-label", "Media Note"),
    furniture("podcast-subscribe-link", "Subscribe on iTunes"),
    furniture("translation-date-line", "Translation posted 5 May 2011"),
    furniture("wiki-retrieved-from-line",
              'Retrieved from "https://en.wikinews.org/w/index.php?title=X"'),
    # -- boxes of several lines, one segment each
    furniture("you-may-also-like-box",
              "You may also like\nFloods close roads in the north\nRail strike called off"),
    furniture("media-contact-block",
              "Media contact:\nJane Smith\n202-555-0100\njane.smith@example.gov"),
    furniture("popular-tags-line", "Popular tags: politics, economy, elections"),
    # -- menus with a longer item, and a share bar
    furniture("region-menu-with-a-longer-item",
              "Home\nAfrica\nAmericas\nAsia Pacific\nMiddle East & North Africa\nEurope"),
    furniture("footer-menu-with-a-longer-item",
              "About Us\nContact\nFreedom of Information Act\nPrivacy Policy"),
    furniture("share-bar", "Share\nFacebook\nTwitter"),
    # -- lines in another script on a Latin-script page
    one_segment("another-script-prose-line-is-body",
                ANOTHER_SCRIPT_PAGE, ANOTHER_SCRIPT_PROSE, "body"),
    one_segment("host-menu-item-in-another-script-is-navigation",
                ANOTHER_SCRIPT_PAGE, HOST_MENU_ITEM, "navigation"),
    one_segment("headline-under-another-script-prose-is-title",
                ANOTHER_SCRIPT_PAGE, HEADLINE, "title"),
]

# a sentence opening with a furniture word stays text
STAYS_TEXT = [
    stays_text(f"sentence-opening-with-{name}", between_paragraphs(line), line)
    for name, line in [
        ("copyright", "Copyright law was the main topic."),
        ("share", "Share prices fell sharply."),
        ("search", "Search teams found the wreckage on Monday."),
        ("top", "Top officials met in Geneva."),
        ("subscribers", "Subscribers will pay more from April."),
    ]
]


test_the_span_is_one_segment_of_its_kind, test_the_span_stays_text = table_tests(
    ONE_SEGMENT, STAYS_TEXT)

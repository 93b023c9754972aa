"""Furniture classes collection 13 showed the segmenter had never seen (issue 9): a wiki's
edit links glued to headings and bullets, the placeholder items under a wiki's closing
sections, bullets before furniture (a listing's month heads, a like box), a slideshow or
document site's notices and fields, a blog's label notice, a transcript head's `FROM:`
line and document-type label. Every row is invented (no page's text); the negative rows
are prose or headings of the same shape that must stay text.
"""

from __future__ import annotations

from corpus.vocab import SEGMENT_CONTENT_KINDS
from tests.segment_cases import (
    PROSE,
    between_paragraphs,
    one_segment,
    stays_text,
    table_tests,
)

HEAD = "Council closes old bridge to lorries"
WIKI_PAGE = (f"{PROSE}\n\n{HEAD}[edit]\n\n{PROSE}\n\nSources\n[edit]- Name a source used "
             f"above, or in the questions\n- Optional section\nExternal links\n[edit]- List "
             f"any relevant links of the guest\n- Optional section\n- Note\n- {PROSE}")
EDIT_PAGE = f"{PROSE}\n\n{HEAD}[edit]\n\n{PROSE}\n\n{PROSE}"
DATE_BULLET_PAGE = f"Mayor speaks on bridge\n[edit]- Monday, March 3, 2014\n{PROSE}\n\n{PROSE}"

SCRIPT_PAGE = (f"Bridge Works Begin\n\n(MUSIC)\n\nVOICE ONE:\n\n{PROSE}\n\n[APPLAUSE]\n\n"
               f"VOICE TWO:\n\n{PROSE}")

MEDIA_BOX = ("Spoken Wikipedia\nSpoken article of March 3, 2014\nRecorded by: someuser\n"
             "Problems playing this file? See media help.")
MEDIA_PAGE = f"{PROSE}\n\nCouncil briefs\n{MEDIA_BOX}\n\n{PROSE}\n\n{PROSE}"
MEDIA_ROW = ("Audio brief for May 1, 2011 | |\nnoicon | Recorded by: anon Problems listening to "
             "the file? See media help. |")
MEDIA_ROW_PAGE = f"Briefs/May 1, 2011\n{MEDIA_ROW}\nIntroduction\n{PROSE}\n\n{PROSE}"

RADIO_PAGE = ("The Bridge Trial\n\nReading audio\n\n(MUSIC)\n\nVOICE ONE:\n\nWelcome to TOWN "
              "TALK, in Plain English. I'm Ann\nLee.\n\nVOICE TWO:\n\n" + PROSE)
SITE_PAGE = ("Daily Planet\n\nReading audio\n\nCouncil Closes Old Bridge to Lorries After "
             "Cracks Found\n\n" + PROSE + "\n\n" + PROSE)

TEASER = "Crews cleared the channel in three days, the district said on Friday."
LISTING_PAGE = ("Press Releases\n\nFilter by:\nYear: 2019\nReset\n  • March\n\n"
                "    Corps Opens New Lock on the River\n\n    " + TEASER + "\n"
                "  • District Hires Dredge for Inlet Work\n\n    " + TEASER + "\n"
                "  • Storm Damage Survey Finished at Dam\n\n    " + TEASER + "\n")
FORM_ALONE_PAGE = f"{PROSE}\n\nYear: 2019\n\n{PROSE}\n\nReset\n\n{PROSE}"

BANNER = "Example Water Agency\nExample Water Agency Official Website"
BANNER_PAGE = f"{BANNER}\n\nDam Inspections Finished Ahead of Storm Season\n\n{PROSE}\n\n{PROSE}"
WEBSITE_HEADLINE_PAGE = (f"Daily Planet\nCity Council Launches New Website\n\n{PROSE}\n\n"
                         f"{PROSE}")


def furniture(name: str, block: str, kind: str | tuple[str, ...] | None = None):
    if kind is None:
        return one_segment(name, between_paragraphs(block), block)
    return one_segment(name, between_paragraphs(block), block, kind)


ONE_SEGMENT = [
    one_segment("edit-link-glued-to-heading", EDIT_PAGE, "[edit]", "widget"),
    # (its own segment, not furniture: whether a heading or a title is the heading rules')
    one_segment("heading-freed-of-its-edit-link", EDIT_PAGE, HEAD, SEGMENT_CONTENT_KINDS),
    one_segment("wiki-sources-placeholder-items", WIKI_PAGE,
                "- Name a source used above, or in the questions\n- Optional section",
                "source_footer"),
    one_segment("wiki-external-links-items", WIKI_PAGE,
                "- List any relevant links of the guest\n- Optional section", "related_links"),
    one_segment("wiki-section-head-over-its-list", WIKI_PAGE, "External links", "heading"),
    one_segment("date-bullet-after-edit-link", DATE_BULLET_PAGE, "- Monday, March 3, 2014",
                "metadata"),
    furniture("month-bullet", "• November", "metadata"),
    furniture("month-year-bullet", "- March 2019", "metadata"),
    furniture("like-box-bullet", "• Be the first to like this", "widget"),
    furniture("slideshow-report-notice", "Successfully reported this presentation.", "widget"),
    furniture("published-in-section", "Published in: Business", "metadata"),
    furniture("published-on-label", "Published on", "metadata"),
    furniture("document-page-count", "Total Pages: 42", "metadata"),
    furniture("document-file-box", "File Type:doc, Size:88Kb", "metadata"),
    furniture("blog-label-notice", "Showing posts with label WEATHER. Show all posts",
              "navigation"),
    furniture("transcript-from-line", "FROM: U.S. DEPARTMENT OF ENERGY", "metadata"),
    furniture("document-type-label", "Remarks", "metadata"),
    one_segment("wiki-media-box-lines", MEDIA_PAGE, MEDIA_BOX, "widget"),
    one_segment("wiki-media-box-flattened-row", MEDIA_ROW_PAGE, MEDIA_ROW, "widget"),
    # a radio script's title over its player label and its speakers' turns: the title (no
    # headline under it, so no site's name); a site's name over a headline stays furniture
    one_segment("radio-script-title-over-player-label", RADIO_PAGE, "The Bridge Trial",
                "title"),
    one_segment("site-name-over-player-label-and-headline", SITE_PAGE, "Daily Planet",
                "navigation"),
    # a listing: its filter form one widget, its head (over the form and a month bullet)
    # the title, its bulleted headlines headings
    one_segment("listing-filter-box", LISTING_PAGE, "Filter by:\nYear: 2019\nReset", "widget"),
    one_segment("listing-head-over-filter-box-is-title", LISTING_PAGE, "Press Releases",
                "title"),
    one_segment("listing-first-headline-is-heading", LISTING_PAGE,
                "Corps Opens New Lock on the River", "heading"),
    one_segment("listing-bulleted-headline-is-heading", LISTING_PAGE,
                "• District Hires Dredge for Inlet Work", "heading"),
    one_segment("site-name-and-website-banner", BANNER_PAGE, BANNER, "navigation"),
    # a script's stage cues are its text: body (not a heading, a title or a menu)
    one_segment("stage-cue-music-in-a-script", SCRIPT_PAGE, "(MUSIC)", "body"),
    one_segment("stage-cue-applause-in-a-script", SCRIPT_PAGE, "[APPLAUSE]", "body"),
]

STAYS_TEXT = [
    stays_text("headline-ending-with-website", WEBSITE_HEADLINE_PAGE,
               "City Council Launches New Website"),
    stays_text("form-button-word-alone-without-fields", FORM_ALONE_PAGE, "Reset"),
    stays_text("media-help-in-a-sentence", between_paragraphs(
        "Readers who had problems playing the file? See media help, the editor wrote."),
        "Readers who had"),
    stays_text("edit-link-inside-a-sentence",
               between_paragraphs("Click the [edit] link to change the page, he said."),
               "Click the [edit] link"),
    stays_text("bullet-item-of-a-story", between_paragraphs("• October saw the first frost."),
               "• October saw"),
    stays_text("from-line-in-prose", between_paragraphs("From: a letter she wrote in 1990."),
               "From: a letter"),
    stays_text("published-in-sentence",
               between_paragraphs("Published in: the spring, the report shocked many."),
               "Published in"),
    stays_text("showing-posts-sentence", between_paragraphs(
        "Showing posts with pictures of the flood. Residents shared them widely online, "
        "and the council later thanked them."), "Showing posts"),
]


test_the_span_is_one_segment_of_its_kind, test_the_span_stays_text = table_tests(
    ONE_SEGMENT, STAYS_TEXT)


"""Furniture lines common on the web but absent from the dev pages (issue 9: found by
inserting invented furniture between the dev pages' paragraphs), and a blogger's own
lines in another script on a Latin-script page (prose, not the host's menu)."""

from __future__ import annotations

import pytest

from corpus.segment import segment_text
from corpus.vocab import SEGMENT_BOILERPLATE_KINDS

PROSE = ("The council voted on Tuesday to close the old bridge to lorries after engineers "
         "found cracks in two of its piers, the mayor's office said in a statement.")


@pytest.mark.parametrize("line", [
    "Top of page", "Download the app", "Loading comments...", "Report an error",
    "Support independent journalism. Donate now.", "Become a member", "Log in to comment",
    "Read the full report here", "Cookie settings", "Accept all cookies",
    "We use cookies to improve your experience.", "Log in | Register",
    "Site Map", "FOIA", "Hide caption", "Media Note", "Subscribe on iTunes",
    "Translation posted 5 May 2011",
    'Retrieved from "https://en.wikinews.org/w/index.php?title=X"',
])
def test_a_furniture_line_between_paragraphs_is_one_furniture_segment(line: str) -> None:
    text = f"{PROSE}\n\n{PROSE}\n\n{line}\n\n{PROSE}"
    a = text.index(line)
    assert any(s == a and e == a + len(line) and k in SEGMENT_BOILERPLATE_KINDS
               for s, e, k in segment_text(text))


def test_prose_lines_in_another_script_are_no_menu_and_no_headline() -> None:
    head = "有不少朋友已经坐不住了,来要合辑了\n\n我想既然是做合辑,那就再等等吧\n\n首页\n\n"
    title = "Venezuelan Students at Forefront of Campaign for Freedom of Expression"
    text = f"{head}{title}\n\n{PROSE} {PROSE}"
    kinds = {text[s:e]: k for s, e, k in segment_text(text)}
    assert kinds["有不少朋友已经坐不住了,来要合辑了"] == "body"
    assert kinds["首页"] == "navigation"  # a menu item of the host
    assert kinds[title] == "title"


@pytest.mark.parametrize("box", [
    "You may also like\nFloods close roads in the north\nRail strike called off",
    "Media contact:\nJane Smith\n202-555-0100\njane.smith@example.gov",
    "Popular tags: politics, economy, elections",
])
def test_a_box_between_paragraphs_is_one_furniture_segment(box: str) -> None:
    text = f"{PROSE}\n\n{PROSE}\n\n{box}\n\n{PROSE}"
    a = text.index(box)
    assert any(s == a and e == a + len(box) and k in SEGMENT_BOILERPLATE_KINDS
               for s, e, k in segment_text(text))


@pytest.mark.parametrize("line", [
    "Copyright law was the main topic.", "Share prices fell sharply.",
    "Search teams found the wreckage on Monday.", "Top officials met in Geneva.",
    "Subscribers will pay more from April.",
])
def test_a_sentence_opening_with_a_furniture_word_stays_text(line: str) -> None:
    text = f"{PROSE}\n\n{PROSE}\n\n{line}\n\n{PROSE}"
    a = text.index(line)
    assert not any(s <= a < e and k in SEGMENT_BOILERPLATE_KINDS
                   for s, e, k in segment_text(text))


@pytest.mark.parametrize("menu", [
    "Home\nAfrica\nAmericas\nAsia Pacific\nMiddle East & North Africa\nEurope",
    "About Us\nContact\nFreedom of Information Act\nPrivacy Policy",
    "Share\nFacebook\nTwitter",
])
def test_a_menu_with_a_longer_item_and_a_share_bar_are_one_segment(menu: str) -> None:
    text = f"{PROSE}\n\n{PROSE}\n\n{menu}\n\n{PROSE}"
    a = text.index(menu)
    assert any(s == a and e == a + len(menu) and k in SEGMENT_BOILERPLATE_KINDS
               for s, e, k in segment_text(text))

"""Box-level decisions of the segmenter (corpus/segment_boxes.py): a list of links under
its head and a score box of names and bare numbers are ONE furniture segment each, while
an article's own bullet list (sentences) stays body, item by item. Invented pages."""

from __future__ import annotations

import pytest

from corpus.segment import segment_text
from corpus.vocab import SEGMENT_BOILERPLATE_KINDS

PROSE = ("The council voted on Tuesday to close the old bridge to lorries after engineers "
         "found cracks in two of its piers, the mayor's office said in a statement.")


def _kinds(text: str) -> list[tuple[str, str]]:
    return [(k, text[s:e]) for s, e, k in segment_text(text) if k != "separator"]


def test_a_head_over_link_bullets_is_one_box_and_the_next_head_opens_another() -> None:
    box1 = ("Europe\nMore stories\n  • 3 May: Floods close roads in the north\n"
            "  • 1 May: Rail strike called off\nMap of Europe\nEurope map.svg")
    box2 = "Get involved!\n  • How to write a story\n  • Style guide"
    text = f"{PROSE}\n\n{PROSE}\n\n{box1}\n{box2}\n\n{PROSE}"
    got = _kinds(text)
    assert ("related_links", box1) in got
    assert ("related_links", box2) in got


def test_an_articles_bullet_sentences_stay_body() -> None:
    items = ("The crew included:\n  • Two pilots who flew the first leg.\n"
             "  • A doctor from the city hospital.\n  • Three engineers.")
    text = f"{PROSE}\n\n{items}\n\n{PROSE}"
    got = _kinds(text)
    assert not any(k == "related_links" for k, _ in got)
    assert ("body", "• Two pilots who flew the first leg.") in got


def test_a_score_box_of_names_and_numbers_is_one_table() -> None:
    box = "March 4, 2014\nRiverside\n21\nHill Town\n17\nCounty Ground, Riverside"
    text = f"Riverside beat Hill Town in the cup\n{box}\n{PROSE}"
    assert ("data_table", box) in _kinds(text)


def test_one_number_is_no_table() -> None:
    text = f"{PROSE}\n\nRiverside\n21\nHill Town won.\n\n{PROSE}"
    assert not any(k == "data_table" for k, _ in _kinds(text))


def test_link_arrow_lines_are_one_box_across_blank_lines() -> None:
    box = "» Listen to the weekly show\n\n» Subscribe to the podcast\n\n» Read the blog"
    text = f"{PROSE}\n\n{PROSE}\n\n{box}"
    assert ("related_links", box) in _kinds(text)


def test_a_sidebar_around_an_icon_is_one_box_and_a_photo_caption_under_it_is_not() -> None:
    box = ("Peru\nOther stories from Peru\nLocation of Peru\n\nA map showing Peru\n\n"
           "Flag of Peru.svg")
    text = (f"Peru's congress votes on new cabinet\n\nTuesday, May 3, 2011\n\n{box}\n\n"
            f"The speaker in 2010\nImage: Jane Doe.\n\n{PROSE}")
    got = _kinds(text)
    assert ("related_links", box) in got
    assert not any(k == "related_links" and "The speaker" in s for k, s in got)


def test_a_comment_count_heads_the_comments_under_it() -> None:
    box = "2 comments\nGreat report, thank you.\nI disagree with the mayor."
    text = f"{PROSE}\n\n{PROSE}\n\n{box}"
    assert ("comments", box) in _kinds(text)


def test_download_links_and_dated_field_lines() -> None:
    text = (f"{PROSE}\n\nOr download MP3 (Right-click and save link)\n\n"
            f"Episode 12 – Original Airdate: June 2, 2022\n\n{PROSE}")
    got = _kinds(text)
    assert ("widget", "Or download MP3 (Right-click and save link)") in got
    assert ("metadata", "Episode 12 – Original Airdate: June 2, 2022") in got
    title = "Wikinews Shorts: March 31, 2007"  # a headline with a date is no field line
    assert ("title", title) in _kinds(f"{title}\n\n{PROSE}")


@pytest.mark.parametrize("items", [
    "The measures include:\n• a night curfew\n• school closures\n• limits on travel",
    "Key dates\n• 1990: first elections\n• 1994: referendum\n• 2001: new constitution",
    "The winners were:\n1. Anna Smith\n2. Li Wei\n3. Omar Haddad",
])
def test_an_articles_own_list_of_unpunctuated_items_stays_text(items: str) -> None:
    text = f"{PROSE}\n\n{PROSE}\n\n{items}\n\n{PROSE}"
    a = text.index(items)
    assert not any(s <= a < e and k in SEGMENT_BOILERPLATE_KINDS
                   for s, e, k in segment_text(text))

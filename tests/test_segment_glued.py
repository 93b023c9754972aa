"""Furniture glued inside a line is cut out at its sub-line boundary (corpus/segment_glued.py),
prose that merely opens or ends with a furniture word is not, and cutting never breaks the
tiling. Every line here is invented for the test (no evaluation page's text)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.segment import segment_text
from corpus.segment_glued import glued_furniture, line_cuts
from corpus.segment_shapes import BLANK_EXTRA, Block, Line
from tests.segment_cases import FURNITURE, PROSE, check_one_segment, check_stays_text

LEDE = "The ferry service to the islands resumed on Monday after a week of storms."
HEAD = "Ferry Service Resumes After Week of Storms"

# (line, the glued furniture, the kinds it may have) -- each row one finder of the module
GLUED = [
    pytest.param(f"Share Tweet Email {LEDE}", "Share Tweet Email", ("widget",),
                 id="share-bar-lead"),
    pytest.param(f"SHARE | TWEET | EMAIL | {LEDE}", "SHARE | TWEET | EMAIL |", ("widget",),
                 id="share-bar-with-bars"),
    pytest.param(f"Advertisement {LEDE}", "Advertisement", ("ad",), id="ad-marker-lead"),
    pytest.param(f"4 min read {LEDE}", "4 min read", ("metadata",), id="reading-time-lead"),
    pytest.param(f"1,204 Comments {LEDE}", "1,204 Comments", ("metadata",), id="counter-lead"),
    pytest.param(f"{LEDE} Share Tweet Email", "Share Tweet Email", ("widget",),
                 id="share-bar-tail"),
    pytest.param(f"{LEDE} ADVERTISEMENT", "ADVERTISEMENT", ("ad",), id="ad-marker-tail"),
    pytest.param(f"{LEDE} Advertisement {PROSE}", "Advertisement", ("ad",),
                 id="ad-marker-between-sentences"),
    pytest.param(f"{LEDE} Story continues below advertisement {PROSE}",
                 "Story continues below advertisement", ("ad",), id="continues-below-ad"),
    pytest.param(f"Photo: Ann Lee/Reuters {LEDE}", "Photo: Ann Lee/Reuters", ("photo_credit",),
                 id="credit-with-agency-lead"),
    pytest.param(f"(Photo: Ann Lee) {LEDE}", "(Photo: Ann Lee)", ("photo_credit",),
                 id="bracketed-credit-lead"),
    pytest.param(f"Photo: Ann Lee {LEDE}", "Photo: Ann Lee", ("photo_credit",),
                 id="credit-name-before-opener"),
    pytest.param(f"Boats wait in the harbour on Sunday. (AP Photo/Ann Lee) {LEDE}",
                 "(AP Photo/Ann Lee)", ("photo_credit",), id="credit-between-sentences"),
    pytest.param(f"By Ann Lee and Tom Roe {LEDE}", "By Ann Lee and Tom Roe", ("byline",),
                 id="byline-before-lede"),
    pytest.param(f"Updated: 9:15 AM ET, March 3, 2021 {LEDE}",
                 "Updated: 9:15 AM ET, March 3, 2021", ("metadata",), id="stamp-lead"),
    pytest.param(f"Published March 3, 2021 {LEDE}", "Published March 3, 2021", ("metadata",),
                 id="labelled-date-lead"),
    pytest.param(f"{LEDE} Tags: ferries, islands, weather", "Tags: ferries, islands, weather",
                 ("metadata",), id="tags-tail"),
    pytest.param(f"{LEDE} Related: Storm closes island harbours for a week",
                 "Related: Storm closes island harbours for a week", ("related_links",),
                 id="related-link-tail"),
    pytest.param("Having trouble viewing this email? View it as a Web page. " + LEDE,
                 "Having trouble viewing this email? View it as a Web page.", ("widget",),
                 id="newsletter-view-notice"),
    pytest.param("You are subscribed to Harbour News for the Port Office. " + LEDE,
                 "You are subscribed to Harbour News for the Port Office.", ("metadata",),
                 id="newsletter-subscribed-notice"),
]

# prose opening or ending with a furniture word, a date, a name or a bracket: no cut
NOT_GLUED = [
    pytest.param("Share prices fell sharply on Tuesday after the bank cut its forecast.",
                 id="share-prices"),
    pytest.param("Facebook Twitter Deal Collapses After Regulators Object", id="two-platforms"),
    pytest.param("Print editions of the paper will end in March, the publisher said.",
                 id="print-editions"),
    pytest.param("Email Scam Hits Thousands of Tenants Across the North", id="email-headline"),
    pytest.param("2020 Was The Year The Ferries Stopped Running To The Islands",
                 id="year-headline"),
    pytest.param("By the end of the year, the ferry service will have two new boats.",
                 id="by-the-end"),
    pytest.param("March 3, 2021 was the day the ferry service stopped for good.",
                 id="date-as-subject"),
    pytest.param("He said the photo (a picture of the harbour) was taken in May. It was.",
                 id="photo-in-brackets"),
    pytest.param("Like many towns, Oban has lost its ferry. The council voted on Tuesday.",
                 id="like-many"),
    pytest.param("Comments made by the mayor on Tuesday angered the islanders, who protested.",
                 id="comments-made"),
    pytest.param("Save The Children Appeals For Help After Floods Hit The North",
                 id="charity-name"),
    pytest.param(f"{LEDE} Related to this, the mayor said: we will add a boat next year",
                 id="related-to-this"),
    pytest.param(f"{LEDE} He said it would take 5 minutes to read the report.",
                 id="minutes-in-prose"),
]


def _page(line: str) -> str:
    return f"{HEAD}\n\n{PROSE}\n\n{line}\n\n{PROSE}"


@pytest.mark.parametrize("line,span,kinds", GLUED)
def test_glued_furniture_is_one_segment_of_its_kind(line: str, span: str,
                                                    kinds: tuple[str, ...]) -> None:
    check_one_segment(_page(line), span, kinds)


@pytest.mark.parametrize("line,span,kinds", GLUED)
def test_the_text_beside_glued_furniture_stays_text(line: str, span: str,
                                                    kinds: tuple[str, ...]) -> None:
    page = _page(line)
    rest = line.replace(span, "", 1).strip()
    lede = LEDE if LEDE in rest else rest.split(". ")[0]
    check_stays_text(page, lede)


@pytest.mark.parametrize("line", NOT_GLUED)
def test_prose_with_a_furniture_word_is_not_cut(line: str) -> None:
    assert line_cuts(line) == []


@pytest.mark.parametrize("line", NOT_GLUED)
def test_prose_with_a_furniture_word_stays_one_segment(line: str) -> None:
    page = _page(line)
    a = page.index(line)
    assert any(s == a and e == a + len(line) for s, e, _ in segment_text(page))


def test_a_share_bar_glued_to_a_byline_leaves_the_byline() -> None:
    page = f"{HEAD}\n\nShare Tweet By Ann Lee\n\n{LEDE}"
    check_one_segment(page, "Share Tweet", ("widget",))
    check_one_segment(page, "By Ann Lee", ("byline",))


@pytest.mark.parametrize("byline,tail,kind", [
    ("By Ann Lee", " | March 3, 2021 | 4 min read", "metadata"),
    ("By Ann Lee", " Updated 9:15 AM ET", "metadata"),
    ("By Ann Lee,", " March 3, 2021", "metadata"),
    ("By Ann Lee", " Share Tweet Email", "widget"),
])
def test_a_byline_keeps_its_name_and_loses_its_stamp(byline: str, tail: str, kind: str) -> None:
    page = f"{HEAD}\n\n{byline}{tail}\n\n{LEDE}"
    check_one_segment(page, byline, ("byline",))
    check_one_segment(page, tail.strip(), (kind,))


@pytest.mark.parametrize("byline", ["By Ann Lee", "By Ann Lee and Tom Roe", "By Ann Lee, Reuters"])
def test_a_plain_byline_is_not_cut(byline: str) -> None:
    check_one_segment(f"{HEAD}\n\n{byline}\n\n{LEDE}", byline, ("byline",))


def test_a_piece_cut_off_a_line_is_classified_by_itself() -> None:
    """A correction notice left before a run-on weekday date (corpus/segment_links.py cuts
    the date off a paragraph too long for the notice rule) is judged by the line rules as
    if it stood alone: metadata."""
    notice = "Correction — March 4, 2021 An earlier version of this story misnamed the ferry."
    page = f"{HEAD}\n\n{notice} Monday, March 1, 2021 {LEDE} {PROSE} {PROSE} {PROSE}\n\n{PROSE}"
    check_one_segment(page, notice, ("metadata",))


def test_a_glued_headline_is_still_the_title() -> None:
    page = f"Share Tweet Email {HEAD}\n\n{LEDE}\n\n{PROSE}"
    check_one_segment(page, "Share Tweet Email", ("widget",))
    check_one_segment(page, HEAD, ("title",))


# -- tiling: the pieces of a block cover exactly its non-blank characters, in order

_WORDS = ["Share", "Tweet", "Email", "Advertisement", "ADVERTISEMENT", "4 min read", "12 Comments",
          "Photo: Ann Lee/Reuters", "(AP Photo/Ann Lee)", "By Ann Lee", "Updated: 9:15 AM ET,",
          "March 3, 2021", "Tags:", "Related:", "|", "·", ".", "The", "ferry", "Having trouble "
          "viewing this email? View it as a Web page.", "You are subscribed to X.", " ", "  ",
          "\u200b", "\u00a0", "é", "“", "”", LEDE, "Story continues below"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(_WORDS), st.text(max_size=6)), min_size=1,
                max_size=30).map(" ".join))
def test_cutting_a_line_keeps_the_pieces_tiling_it(s: str) -> None:
    s = " ".join(s.split())  # one line, as the pass sees it
    if not s:
        return
    text = f"\n{s}\n"
    line = Line(1, 1 + len(s), s, 0)
    for kind in (None, "byline"):
        pieces = glued_furniture(text, [Block(1, 1 + len(s), s, kind, [line])],
                                 lambda x: None)
        pos = 1
        for p in pieces:
            assert p.start >= pos and p.end > p.start and p.text == text[p.start:p.end]
            # (the gap at a cut: blanks, invisible ones included, as _pieces drops them)
            assert set(text[pos:p.start]) <= set(" \u00a0" + BLANK_EXTRA)
            assert not p.text[0].isspace() and not p.text[-1].isspace()
            pos = p.end
        assert pos <= 1 + len(s) and set(text[pos:1 + len(s)]) <= set(" \u00a0" + BLANK_EXTRA)
        cuts = [a for a, _ in line_cuts(s)]
        assert cuts == sorted(set(cuts)) and all(0 <= a <= len(s) for a in cuts)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_WORDS + ["\n", "\n\n", PROSE]), max_size=30).map(" ".join))
def test_pages_with_glued_furniture_tile(text: str) -> None:
    segs = segment_text(text)
    assert "".join(text[s:e] for s, e, _ in segs) == text
    pos = 0
    for s, e, kind in segs:
        assert s == pos and e > s
        assert kind in (*FURNITURE, "separator") or kind
        pos = e
    assert pos == len(text)


@pytest.mark.parametrize("line,crumbs", [
    (f"Home › News › World › {HEAD}", "Home › News › World ›"),
    (f"Home > Local > {HEAD}", "Home > Local >"),
    (f"Politics | {HEAD}", "Politics |"),
])
def test_a_trail_or_section_label_glued_to_the_headline_is_navigation(line: str,
                                                                      crumbs: str) -> None:
    page = f"{line}\n\n{LEDE}\n\n{PROSE}"
    check_one_segment(page, crumbs, ("navigation",))
    check_one_segment(page, HEAD, ("title",))


@pytest.mark.parametrize("line", [
    "Home › News › The ferry service resumed on Monday after storms.",  # a sentence
    f"Ferry Service / {HEAD}",  # one slash: a name with a slash in it
    f"2021 | {HEAD}",  # a number, no crumb
    f"Local News Desk Report | {HEAD}",  # a label of four words
])
def test_no_trail_cut_without_a_trail_and_a_headline(line: str) -> None:
    from corpus.segment_glued import crumb_cut

    assert crumb_cut(line) is None


def test_a_trail_ending_in_the_title_printed_again_is_not_cut() -> None:
    """The trail's last crumb is the page's title when the headline stands again below."""
    page = f"Home › News › World › {HEAD}\n\n{HEAD}\n\n{LEDE}\n\n{PROSE}"
    a = page.index(HEAD)
    assert not any(s == a for s, _, _ in segment_text(page))

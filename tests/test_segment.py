"""The segmenter tiles any text exactly, and reads messy pages sensibly."""

from __future__ import annotations

import polars as pl
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.build import segment_ids
from corpus.segment import segment_documents, segment_text
from corpus.vocab import SEGMENT_KINDS

# Pieces that stress code-point offsets and line handling.
_TRICKY = [
    "\r\n", "\r", "\n", "\n\n\n", "\u2028", "\u2029", "\x85", "\ufeff", "\u00a0", "\t", " ",
    "👩‍👩‍👧", "🏳️‍🌈", "👍🏽", "e\u0301", "\u0301", "\u200d", "\u200b", "—", "– ", "“", "”",
    "â€™", "Ã©", "\ufffd", "- Advertisement -", "Source link", "Related", "KEY POINTS",
    "  • item", "| a | b |", "20", "Comments", "LONDON — ", "Paris:", " date 2025-09-04 ",
    "pic.twitter.com/abc", "— Jane (@jane) September 4, 2025", "Did you know? ", "By Jo Roe",
    "Name/AFP via Getty Images", "Table of Contents", "- 1. Intro", "Frequently Asked Questions",
]
_piece = st.one_of(st.sampled_from(_TRICKY), st.text(max_size=12))
_messy = st.lists(_piece, max_size=40).map("".join)
_LINES = st.lists(
    st.one_of(st.sampled_from(_TRICKY), st.text(min_size=1, max_size=120)), max_size=25
)


_INVISIBLE = "\ufeff\u200b\u200c\u200d\u2060\u00ad"


def _blank(s: str) -> bool:
    return all(c.isspace() or c in _INVISIBLE for c in s)


def _check_tiling(text: str) -> None:
    segs = segment_text(text)
    assert "".join(text[s:e] for s, e, _ in segs) == text
    pos = 0
    for s, e, kind in segs:
        assert s == pos and e > s, (s, e, pos)
        assert kind in SEGMENT_KINDS
        # separators hold only whitespace; every other segment holds some content
        assert _blank(text[s:e]) == (kind == "separator"), (kind, text[s:e])
        pos = e
    assert pos == len(text)


@settings(max_examples=200, deadline=None)
@given(_messy)
def test_tiles_arbitrary_text(text: str) -> None:
    _check_tiling(text)


@settings(max_examples=200, deadline=None)
@given(_LINES, st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\u2028", "\r\n\r\n\r\n"]))
def test_tiles_line_structured_text(lines: list[str], eol: str) -> None:
    _check_tiling(eol.join(lines))


@settings(max_examples=100, deadline=None)
@given(st.text())
def test_tiles_any_unicode(text: str) -> None:
    _check_tiling(text)


@settings(max_examples=50, deadline=None)
@given(st.lists(st.tuples(st.text(max_size=5), _messy), max_size=4))
def test_segment_documents_tiles_every_document(docs: list[tuple[str, str]]) -> None:
    table = pa.table({"doc_id": [d for d, _ in docs], "text": [t for _, t in docs]},
                     schema=pa.schema([("doc_id", pa.string()), ("text", pa.string())]))
    seg = segment_ids(pl.from_arrow(segment_documents(table)), {}).to_arrow()  # as the build
    rows = seg.to_pylist()
    assert [(r["doc_id"], r["start"]) for r in rows] == sorted(
        (r["doc_id"], r["start"]) for r in rows)
    texts = dict(docs)  # with duplicate doc ids the last text wins; keep ids unique
    if len(texts) == len(docs):
        for doc_id, text in texts.items():
            mine = [r for r in rows if r["doc_id"] == doc_id]
            assert "".join(r["text"] for r in mine) == text
            assert all(r["text"] == text[r["start"]:r["end"]] for r in mine)
    assert len(set(seg.column("segment_id").to_pylist())) == seg.num_rows or len(texts) < len(
        docs)


def test_long_pages_tile() -> None:
    """A 4 MB page and a 20,000-line list tile exactly. Not timed: how time grows with page
    size is a row of scripts/bench_segment.py (timed tests are not allowed)."""
    from corpus import synthetic

    _check_tiling(synthetic.long_page(4))
    _check_tiling("\n".join(f"line {i} of a long list of short lines" for i in range(20000)))


def test_empty_and_blank() -> None:
    assert segment_text("") == []
    assert segment_text("\n\n \r\n") == [(0, 5, "separator")]


def _kinds(text: str) -> list[tuple[str, str]]:
    """(kind, text) of the non-separator segments, for readable assertions."""
    return [(k, text[s:e]) for s, e, k in segment_text(text) if k != "separator"]


def test_hard_wrapped_paragraphs_are_joined() -> None:
    page = (
        "Council approves new harbour bridge after long debate\n\n"
        "BRISTOL — The city council on Tuesday approved plans for a new harbour\n"
        "bridge, ending a dispute that has divided residents for almost a decade\n"
        "and delayed two earlier proposals.\n\n"
        "The vote was close. Councillors who opposed the plan said the cost had\n"
        "risen sharply since the first estimate was published in 2019.\n"
    )
    got = _kinds(page)
    assert [k for k, _ in got] == ["title", "dateline", "body", "body"]
    assert got[1][1] == "BRISTOL — "
    assert got[2][1].endswith("earlier proposals.")
    assert "\n" in got[3][1]


def test_blank_line_runs_and_crlf_page() -> None:
    page = (
        "\ufeffFerry service resumes after storm\r\n\r\n\r\n\r\n"
        "By Ana Lima\r\n\r\n"
        "Ferries between the islands sailed again on Monday, operators said.\r\n\r\n\r\n"
        "Passengers queued from early morning to board the first departures.\r\n"
        "\r\n- Advertisement -\r\n"
    )
    got = _kinds(page)
    assert [k for k, _ in got] == ["title", "byline", "body", "body", "ad"]
    assert got[0][1] == "Ferry service resumes after storm"  # BOM and CRLF stay outside
    _check_tiling(page)


def test_lone_cr_lines() -> None:
    page = "Storm warning lifted\rThe weather service lifted its warning on Friday.\r"
    assert [k for k, _ in _kinds(page)] == ["title", "body"]


def test_metadata_prefix_then_title() -> None:
    page = (
        " date 2024-05-01 Town hall reopens after repairs\n\n"
        "The town hall reopened to visitors on Wednesday after two years of repairs.\n"
    )
    got = _kinds(page)
    assert got[0] == ("metadata", " date 2024-05-01")
    assert got[1] == ("title", "Town hall reopens after repairs")
    assert got[2][0] == "body"


def test_mojibake_does_not_break_layout() -> None:
    page = (
        "Minister defends budget plan\n\n"
        "LONDON â€” The finance minister said itâ€™s â€œthe right planâ€\x9d for now.\n\n"
        "Critics disagreed.\n"
    )
    got = _kinds(page)
    assert [k for k, _ in got] == ["title", "dateline", "body", "body"]
    assert got[1][1] == "LONDON â€” "


def test_embedded_tweet_is_social_post() -> None:
    page = (
        "Mayor responds to protest\n\n"
        "The mayor replied on social media within the hour.\n\n"
        "We hear you and we will meet on Monday. pic.twitter.com/AbC123xyz\n"
        "— Mayor Jane Roe (@mayorroe) May 2, 2024\n\n"
        "The meeting is set for 10 a.m. at city hall.\n"
    )
    got = _kinds(page)
    assert [k for k, _ in got] == ["title", "body", "social_post", "social_post", "body"]


def test_duplicated_caption_before_credit() -> None:
    page = (
        "Floods hit river towns\n\n"
        "Water covered the main roads of three towns on Sunday, officials said.\n\n"
        "Residents wade through a flooded street in Riverton on Sunday.\n"
        "Residents wade through a flooded street in Riverton on Sunday.\n"
        "John Smith/REUTERS\n\n"
        "Rescue teams evacuated about 200 people overnight.\n"
    )
    got = _kinds(page)
    assert [k for k, _ in got] == [
        "title", "body", "caption", "caption", "photo_credit", "body",
    ]


def test_furniture_boxes() -> None:
    page = (
        "Rail strike called off\n\n"
        "KEY POINTS\n  • Unions accepted the offer.\n  • Trains run as normal.\n\n"
        "The planned rail strike was called off late on Thursday, the union said.\n\n"
        "Related\nBus drivers vote on new contract\n\n"
        "Talks had lasted three weeks and ended with a revised pay offer.\n\n"
        "Jane Doe contributed to this report.\n\n"
        "Share your thoughts on the deal. Let us know in the comments below!\n\n"
        "12\nComments\n\nSource link\n"
    )
    got = [k for k, _ in _kinds(page)]
    assert got == [
        "title", "key_points", "body", "related_links", "body", "contributor_line",
        "reader_prompt", "comments", "source_footer",
    ]


def test_heading_between_paragraphs() -> None:
    page = (
        "Port expansion approved\n\n"
        "The regional government approved the port expansion on Monday after a review.\n\n"
        "What happens next\n\n"
        "Construction is expected to start in the spring and last about four years.\n"
    )
    assert [k for k, _ in _kinds(page)] == ["title", "body", "heading", "body"]


def test_segment_documents_and_derived_columns() -> None:
    docs = pa.table({"doc_id": ["b", "a"], "text": ["Title here\n\nA body line.", "Only."]})
    seg = segment_documents(docs)
    assert seg.column_names == ["doc_id", "start", "end", "text", "kind"]
    assert seg.column("doc_id").to_pylist()[0] == "a"
    batch = docs.to_batches()[0]
    assert segment_documents(batch).equals(seg)
    full = segment_ids(pl.from_arrow(seg), {}).to_arrow()
    assert full.column("segment_id").to_pylist() == ["a:s000", "b:s000", "b:s001", "b:s002"]
    assert full.column("boilerplate").to_pylist() == [False, False, False, False]


def _single_kind_unfiltered(s: str) -> str | None:
    """The line rules without the speed pre-filters: what they must never change."""
    from corpus import segment as S

    n = len(s)
    rules = [
        (n <= 80 and S._AD.match(s), "ad"),
        (n <= 200 and S._SOURCE_FOOTER.match(s), "source_footer"),
        (n <= 300 and S._CONTRIBUTOR.search(s), "contributor_line"),
        (S._SOCIAL_SIGNATURE.match(s) or (n <= 600 and S._SOCIAL_LINK.search(s)), "social_post"),
        (n <= 120 and not S.is_terminal(s) and (
            S._CREDIT.match(s) or S._CREDIT_VIA.search(s) or S._CREDIT_NAME.match(s)),
         "photo_credit"),
        (n <= 120 and S._BYLINE.match(s) and not s.rstrip().endswith("."), "byline"),
        (n <= 400 and S._READER_PROMPT.search(s), "reader_prompt"),
        (n <= 60 and (S._NAVIGATION.match(s) or S._BREADCRUMB.match(s)), "navigation"),
        (n <= 120 and S._METADATA_LINE.match(s) and not S._prefixes_text(s), "metadata"),
        (n <= 60 and S._DATE_LINE.match(s), "metadata"),
        (n <= 120 and S._meta_parts(s), "metadata"),
        (n <= 80 and S._printed_twice(s), "navigation"),
        (S._FACT_BOX.match(s), "fact_box"),
        (n <= 200 and S._RELATED_INLINE.match(s), "related_links"),
        (n <= 60 and S._COMMENTS.match(s), "comments"),
    ]
    return next((kind for hit, kind in rules if hit), None)


_TRIGGERS = st.sampled_from([
    "Editing by Jane Doe", "contributed to this report", "reporting by", "pic.twitter.com/x1",
    "https://x.com/a/status/12", "Let us know your thoughts", "What do you think?",
    "Photo via Getty Images", "Did you know", "— Jane (@jd) 4 Sept", "1. item", "a) item",
    "Share your views", "have your say", "Key facts", "Source link", "Sources: AP",
    "This story originally appeared in", "Read the full story here", "Copyright 2024 X",
    "© 2024 Harbour", "The article first published on", "2024 Harbour. All rights reserved.",
    "By Jane Doe", "Written by Ann Lee", "Story by Jo Roe", "Jane Doe/AFP", "Jo Lee for Getty",
    "Published: May 3, 2024", "Updated 10:30", "5 min read", "Tags: x", "Keywords: y",
    "Related: ferry", "Read more: port", "See also: pier", "More: x", "12 comments",
    "Join the conversation", "View comments", "Leave a comment", "Be the first to comment",
])
# Letters that re.IGNORECASE folds onto ASCII (İ ı ſ K), and other traps for pre-filters.
_TRAPS = st.sampled_from(["İ", "ı", "ſ", "K", "\u00a0", " ", "—", "•", "٣", "|", "Ⅸ"])


# A trigger with one letter replaced by a trap ("Edıting by", "KEY FACTS").
_MUTATED = st.builds(lambda w, i, t: w[:i % len(w)] + t + w[i % len(w) + 1:],
                     _TRIGGERS, st.integers(0, 40), _TRAPS)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_TRIGGERS, _MUTATED, _TRAPS, st.text(max_size=8)), max_size=6))
def test_line_prefilters_are_exact(parts: list[str]) -> None:
    from corpus import segment as S

    s = "".join(parts)
    assert S._single_kind(s) == _single_kind_unfiltered(s)
    opens = bool(S.BULLET.match(s) or S._TABLE_ROW.match(s) or S._KEY_POINTS_HEAD.match(s)
                 or S._TOC_HEAD.match(s) or S._FAQ_HEAD.match(s) or S._RELATED_HEAD.match(s)
                 or S._COUNT.match(s))
    assert S._opens_box(s) == opens


@pytest.mark.parametrize("line", [
    "Edıting by Jane Doe", "EDİTING BY JANE DOE", "Additional reportıng by Ann Lee",
    "ſhare your views below", "Let uſ know in the comments", "\u212aey facts", "KEY FACTS",
    "Photo vıa Getty Images", "Jane Doe contrıbuted to this report",
    "— Jane Doe (@jd) September 4, 2025", "• first item", "٣) third item",
])
def test_line_prefilters_on_case_folding_traps(line: str) -> None:
    """re.IGNORECASE matches İ ı ſ K to ASCII letters; the pre-filters must too."""
    from corpus import segment as S

    assert S._single_kind(line) == _single_kind_unfiltered(line)
    assert _single_kind_unfiltered(line) is not None or S._opens_box(line)


_FURNITURE_TRIGGERS = st.sampled_from([
    "Click here to subscribe", "Donate now", "follow us on Facebook", "to subscribe, write",
    "Jane Roe wrote this report.", "Jo Lee adapted this story for Learning English.",
    "Researched, written and edited by Ann", "translated from French by Jo", "was the editor",
    "Home > News > World", "Sport › Football › Results", "Accessibility links",
    "Jump to navigation", "skip navigation", "[a] [b] [c]", "From Wikipedia, the free encyclopedia",
    "Release: 24-001", "555-123-4567", "2024/5/1", "12 May", "For immediate release",
    "Location: Geneva", "Press release", "Presenter: Jo", "published ~ 2 h",
    "https://example.org/a b", "Learn more about it at:", "Full report: here",
    "Please visit our site", "For more information on X visit:", "I'm Jane Roe.",
    "Office of the mayor", "For more, visit our page", "2024-05-01T10", "FILE - A photo of a man",
    "Listen to this article", "__________", "Words in this story", "-- END --",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_FURNITURE_TRIGGERS, _TRAPS, _MUTATED, st.text(max_size=8)),
                max_size=5))
def test_furniture_alternation_equals_rule_loop(parts: list[str]) -> None:
    """One alternation per length, with word pre-filters, picks the rule the loop picks."""
    from corpus import segment as S

    s = "".join(parts)
    assert S._furniture_kind(s) == S._furniture_kind_loop(s)
    assert S._furniture_kind(s, S.folded(s)) == S._furniture_kind_loop(s)


@pytest.mark.parametrize("line", [
    "Clıck here to subscrıbe", "To ſubscribe, write to us", "Home › News › World",
    "Learn more about \u212ayiv at:", "İ wrote thiſ report", "٣٣٣-123-4567",
    "ſkip navigation", "Pleaſe visit our site", "Preſs release",
])
def test_furniture_prefilters_on_case_folding_traps(line: str) -> None:
    from corpus import segment as S

    assert S._furniture_kind_loop(line) is not None
    assert S._furniture_kind(line) == S._furniture_kind_loop(line)


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_latin_share_counts_like_the_definition(s: str) -> None:
    """The C-level count equals: Latin letters (ASCII, U+00C0-U+024F) over all letters."""
    from corpus import segment as S

    letters = [c for c in s if c.isalpha()]
    want = sum(c.isascii() or "\u00c0" <= c <= "\u024f" for c in letters) / len(letters) \
        if letters else 1.0
    assert S._latin_share(s) == want


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_mostly_latin_is_the_share_at_least_four_fifths(s: str) -> None:
    """The bound from the UTF-8 length answers as the share itself would."""
    from corpus import segment as S

    assert S._mostly_latin(s) == (S._latin_share(s) >= 0.8)


def test_foreign_script_lines_on_a_latin_page_only() -> None:
    """A short line in another script on a Latin-script page is navigation (with clause
    marks: body); on a page mostly in that script the same lines are left to the rules."""
    from corpus import segment as S
    from corpus.segment_shapes import Block, Line

    prose = "The council met on Tuesday to discuss the budget for roads and schools. " * 3
    def blocks(texts: list[str]) -> list[Block]:
        out, pos = [], 0
        for g, t in enumerate(texts):
            out.append(Block(pos, pos + len(t), t, None, [Line(pos, pos + len(t), t, g)]))
            pos += len(t) + 2
        return out
    texts = [prose, "新闻 首页", "我们今天讨论了预算，也讨论了学校。", prose]
    page = blocks(texts)
    S._foreign_chrome("\n\n".join(texts), page)
    assert [b.kind for b in page] == [None, "navigation", "body", None]
    chinese = ["我们今天讨论了预算和学校的问题。" * 20, "新闻 首页",
               "我们今天讨论了预算，也讨论了学校。"]
    page = blocks(chinese)
    S._foreign_chrome("\n\n".join(chinese), page)
    assert [b.kind for b in page] == [None, None, None]


def test_memos_answer_as_their_functions() -> None:
    """Each memo gives what its function gives, for texts seen the first time and again:
    a page segments the same with the memos warm and cleared."""
    from corpus import segment as S
    from corpus import segment_features as F
    from corpus import segment_title as T
    from corpus import synthetic

    pages = [synthetic.page(5, i) for i in range(20)]
    pages.append(pages[0].replace("\n\n", " "))  # a page pasted as one paragraph
    first = [segment_text(p) for p in pages]
    S.clear_memos()
    assert [segment_text(p) for p in pages] == first
    assert [segment_text(p) for p in pages] == first  # warm
    for p in pages:
        for line in p.splitlines():
            s = line.strip()
            if s:
                assert S._line_kind_memo(s) == S._line_kind(s)
                assert S._tail_free_memo(s) == S._tail_free(s)
                assert S._glued_credit_memo(s) == S._glued_credit_at(s)
                assert F.text_features_memo(s) == tuple(F.text_features(s))
                if 3 <= len(s) <= 200:
                    assert T.line_shape(s) == T.line_shape.__wrapped__(s)


# -- issue 9: furniture and titles from line features (invented pages) --------------------

_PROSE = ("The council met on Tuesday to discuss the new budget, which includes money for "
          "roads, schools and the harbour. Members argued for three hours before a vote. ")


def test_site_name_twice_and_tagline_are_not_the_title() -> None:
    text = ("Harbour Post Harbour Post\n\nLocal news for the whole coast\n\n"
            "Council Approves Budget After Long Debate\n\n" + _PROSE * 2)
    kinds = _kinds(text)
    assert kinds[0] == ("navigation", "Harbour Post Harbour Post")
    assert kinds[1] == ("navigation", "Local news for the whole coast")
    assert kinds[2] == ("title", "Council Approves Budget After Long Debate")


def test_score_line_above_the_headline_is_a_heading() -> None:
    text = "Rovers (2-1) Town\n\nRovers Win the Derby in the Rain\n\n" + _PROSE
    assert _kinds(text)[:2] == [("heading", "Rovers (2-1) Town"),
                                ("title", "Rovers Win the Derby in the Rain")]


def test_abbreviated_weekday_date_line_is_furniture() -> None:
    kinds = _kinds("Sun. May 26th, 2024\n\nCouncil Approves Budget\n\n" + _PROSE)
    assert kinds[0][0] in ("metadata", "widget") and kinds[1][0] == "title"


def test_one_paragraph_page_keeps_its_sign_off_and_appeal_apart() -> None:
    text = (_PROSE * 3 + "I’m Ann Lee. Tom Ray wrote this report for the U.S. service. "
            "Additional information came from the Reuter news service. What should the U.S. "
            "city council do next? We want to hear from you. Write to us in the Comments "
            "Section.")
    kinds = _kinds(text)
    assert [k for k, _ in kinds] == ["body", "contributor_line", "reader_prompt"]
    assert kinds[2][1].startswith("What should the U.S. city council")


def test_interview_questions_and_labels_are_speech() -> None:
    text = ("QUESTION: Thank you for coming. " + _PROSE + "Will you run again? Why now?\n\n"
            "MAYOR SMITH: " + _PROSE + "\n\nVOICE ONE:\n\n" + _PROSE + "\n\nWhy? How?\n")
    kinds = [k for k, _ in _kinds(text)]
    assert "reader_prompt" not in kinds and "dateline" not in kinds


def test_name_and_role_under_the_title_is_a_byline() -> None:
    text = ("Remarks at the Harbour Forum\n\nJane Q. Doe, Secretary of Transport\n\n" + _PROSE)
    assert _kinds(text)[1] == ("byline", "Jane Q. Doe, Secretary of Transport")


_FURNITURE_SAMPLES = [
    ("Advertise with The Coast Herald", "ad"), ("1,234 views", "metadata"),
    ("Views: 1,234", "metadata"), ("Share on Facebook Share on Twitter", "widget"),
    ("Font Size: A- A A+", "widget"), ("Print this article", "widget"),
    ("Subscribe to our newsletter to get the latest news delivered to your inbox.",
     "reader_prompt"), ("Join our WhatsApp channel", "reader_prompt"),
    ("Recent Sports Articles", "related_links"),
    ("Reviewed by John Doe on March 3, 2014 Rating: 5", "metadata"),
    ("No comments:", "comments"), ("Posted by Ann Lee at 10:30 AM", "metadata"),
    ("Labels: sports, news", "metadata"), ("Newer Post Older Post Home", "navigation"),
    ("Please enable JavaScript to view this page.", "widget"), ("00:00 / 03:12", "widget"),
    ("2 hours ago", "metadata"), ("Mar 3, 2014 | 4 min read", "metadata"),
    ("Toggle navigation", "navigation"), ("Previous Article Next Article", "navigation"),
]


@pytest.mark.parametrize("line,kind", _FURNITURE_SAMPLES)
def test_furniture_lines_the_seeds_do_not_show(line: str, kind: str) -> None:
    """Issue 9's furniture classes, as lines between two paragraphs of prose."""
    text = "Council Approves Budget\n\n" + _PROSE + "\n\n" + line + "\n\n" + _PROSE + "\n"
    assert (kind, line) in _kinds(text)


@pytest.mark.parametrize("line", [ln for ln, _ in _FURNITURE_SAMPLES] + [
    "Share the road", "A a", "Posted by a friend", "Most read", "12 angry men", "Get well"])
def test_first_word_gate_equals_the_rule_loop(line: str) -> None:
    from corpus.segment import _furniture_kind, _furniture_kind_loop

    assert _furniture_kind(line) == _furniture_kind_loop(line)


def test_a_prompt_line_first_does_not_hide_the_headline() -> None:
    text = "Sign up for our newsletter\n\nCouncil Approves Budget After Debate\n\n" + _PROSE
    assert _kinds(text)[1] == ("title", "Council Approves Budget After Debate")


def test_section_label_above_the_headline_is_navigation() -> None:
    text = "WORLD\n\nCouncil Approves Budget After Debate\n\n" + _PROSE
    assert _kinds(text)[:2] == [("navigation", "WORLD"),
                                ("title", "Council Approves Budget After Debate")]


@pytest.mark.parametrize(("line", "kind"), [
    ("Latest posts by Ana Lima from March, 2014", "navigation"),
    ("Articles tagged Elections", "navigation"),
    ("Comments are closed.", "widget"),
    ("Jump to: navigation, search", "navigation"),
    ("Link to Ministry of Fisheries Home Page", "navigation"),
    ("Please follow RiverNews on Twitter and Like us on Facebook.", "reader_prompt"),
    ("// end //", "metadata"),
    ("Subject: Message from the Director", "metadata"),
    ("- River News - https://rivernews.example -", "navigation"),
    ("Old HomepageNewsNews Archive", "navigation"),
])
def test_host_chrome_lines(line: str, kind: str) -> None:
    assert _kinds(line + "\n\nCouncil Approves Budget After Debate\n\n" + _PROSE)[0] \
        == (kind, line)


def test_host_chrome_spares_prose() -> None:
    from corpus.segment import _chrome_kind

    for line in ("More stories from the flood were told by the farmers in the valley.",
                 "Details are on the website at: https://example.org/report.",
                 "McDonald said the end was near", "Subject to approval, the plan goes ahead"):
        assert _chrome_kind(line, line.lower()) is None


def test_site_banner_first_does_not_hide_the_headline() -> None:
    text = "- River News - https://rivernews.example -\n\nCouncil Approves Budget\n\n" + _PROSE
    assert _kinds(text)[1] == ("title", "Council Approves Budget")


# -- issue 9: the head of a page, by line shapes (invented pages) -------------------------


def test_site_and_section_names_and_a_kicker_stand_above_the_headline() -> None:
    text = ("Harbour Gazette\n\nCoastal Affairs\n\nWill The Ferry Run Again?\n\n"
            "Ferry Service To Resume After Storm Repairs\n\n" + _PROSE)
    assert [k for k, _ in _kinds(text)] == ["navigation", "navigation", "heading", "title",
                                             "body"]


def test_seal_name_and_place_around_a_briefing_headline() -> None:
    text = ("Ministry of Ports - Official Seal\n\nMinistry of Ports\n\nJane Doe\n"
            "Weekly Press Briefing\nPort Town, Islandia\nMarch 3, 2024\n\n" + _PROSE)
    assert _kinds(text)[:6] == [
        ("caption", "Ministry of Ports - Official Seal"), ("navigation", "Ministry of Ports"),
        ("byline", "Jane Doe"), ("title", "Weekly Press Briefing"),
        ("dateline", "Port Town, Islandia"), ("metadata", "March 3, 2024")]


def test_a_short_headline_alone_is_still_the_title() -> None:
    assert _kinds("Port Budget Vote\n\n" + _PROSE)[0] == ("title", "Port Budget Vote")
    # a headline with full stops in Title Case, printed twice (page title and heading)
    head = "In Port, I Sailed. At Sea, I Slept Badly."
    assert [k for k, _ in _kinds(f"{head}\n\n{head}\n\n" + _PROSE)] == [
        "title", "heading", "body"]


def test_run_on_read_more_link_is_cut_off_its_paragraph() -> None:
    text = ("Port Budget Vote\n\n" + _PROSE + "(Read more)\n\n" + _PROSE)
    got = _kinds(text)
    assert got[1][0] == "body" and got[1][1].endswith("vote.")
    assert got[2] == ("widget", "(Read more)")
    _check_tiling(text)


def test_box_heads_take_the_group_below_them() -> None:
    links = "Sister links\n\n  • Wiki-logo.svg Ferry history\n  • Wiki-logo.svg Port list"
    notice = ("Sources\n\nThis text comes from Harbour Wiki. Permission is granted to copy, "
              "distribute and/or modify this document under the terms of a licence.")
    got = _kinds("Port Budget Vote\n\n" + _PROSE + "\n\n" + links + "\n\n" + notice)
    assert got[-2:] == [("related_links", links), ("source_footer", notice)]


def test_player_title_line_and_contact_header_over_two_lines() -> None:
    text = ("Port Budget Vote\n\nPoint of contact: Jane Doe, Office of Ports,\n"
            "Harbour House, 555-123-4567\n\nPort Budget Vote\nplease wait\n\n"
            "No media source currently available\n\n" + _PROSE)
    assert _kinds(text)[1:4] == [
        ("metadata", "Point of contact: Jane Doe, Office of Ports,\nHarbour House, 555-123-4567"),
        ("widget", "Port Budget Vote\nplease wait"),
        ("widget", "No media source currently available")]


def test_repeated_prompt_cut_off_at_the_end_and_quoted_questions() -> None:
    prompt = "For live coverage of every match, check out the sports page at our site."
    text = ("Port Budget Vote\n\n" + _PROSE + "\n\n" + prompt + "\n\n" + _PROSE
            + "\n\nThe Harbour Blog added:\n\nRemember the old ferry? Remember the pier?\n\n"
            + prompt[:30])
    got = _kinds(text)
    assert got[2] == ("reader_prompt", prompt)
    assert got[-2] == ("body", "Remember the old ferry? Remember the pier?")
    assert got[-1] == ("reader_prompt", prompt[:30])


@pytest.mark.parametrize("line, kind", [
    ("Show more", "widget"), ("Up next", "widget"), ("Embed", "widget"), ("MP3", "widget"),
    ("Download MP3", "widget"), ("Download (12.4 MB)", "widget"), ("Direct link", "widget"),
    ("Add to playlist", "widget"), ("The link has been copied to your clipboard", "widget"),
    ("Mark as read", "widget"), ("Visit website", "widget"), ("View original", "widget"),
    ("Open in new tab", "widget"), ("Reply #3", "widget"),
    ("Logged", "widget"), ("Report to moderator", "widget"), ("Post reply", "widget"),
    ("New topic", "widget"), ("时间:2011-01-26 来源:VOA 编辑:admin", "metadata"),
    ("Duration: 3:45", "metadata"), ("Uploaded by River TV on May 3", "metadata"),
    ("Topic: Ferry resumes (Read 120 times)", "metadata"), ("(Read 120 times)", "metadata"),
    ("« Reply #1 on: May 3, 2024, 10:00 AM »", "metadata"),
    ("From: River News <news@river.example>", "metadata"), ("To: list@river.example", "metadata"),
    ("Pages: [1] 2 3 Go Down", "navigation"), ("END 11:45 A.M. EST", "metadata"),
    ("Listen to the raw interview", "widget"), ("Point of contact: Jane Doe,", "metadata"),
    ("12,345 followers", "metadata"), ("Follow", "widget"), ("Skip to Search", "navigation"),
    ("Photo Gallery", "navigation"), ("« Previous", "navigation"), ("Next Slide", "navigation"),
    ("Read this post in Español, Français", "navigation"), ("width px", "widget"),
    ("The code has been copied to your clipboard.", "widget"),
    ("Have an opinion on this story? Share it!", "reader_prompt"),
    ("Wikinews has related news: Ferry returns", "related_links"),
    ("More status reports and news releases or top stories.", "related_links"),
])
def test_more_host_chrome(line: str, kind: str) -> None:
    """Player, video-page, feed-reader, forum and mail chrome; the first-characters
    pre-filter lets each of these lines through to the pattern."""
    from corpus import segment as S

    low = line.lower()
    assert S._CHROME.match(line) or S._FIELD.search(line)
    assert S._chrome_kind(line, low) == kind


_CHROME_TRIGGERS = st.sampled_from([
    "Authors, please log in", "Start the conversation", "Press contacts: Jo", "From: A <a@b>",
    "Topic: X", "The link has been copied to your clipboard", "Status Report From: HQ",
    "Subject: x", "Release No.: 1", "Media contact: Jo", "Sender: a@b", "Thread: x",
    "Comments are closed", "Jump to: navigation", "Link to Port Home Page", "// end //",
    "Listen to the raw interview", "Point of contact: Jo,", "More stories from Asia",
    "Show more", "Download MP3", "Reply #3", "Duration: 3:45", "Pages: 1 2 3", "12 followers",
    "Skip to Search", "« Previous", "width px", "Have an opinion on this story?",
    "Wikinews has related news: x", "END 10:52 A.M. EST", "Latest posts by Jo",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.one_of(_CHROME_TRIGGERS, _TRAPS, st.text(max_size=6)), max_size=4))
def test_chrome_prefilter_is_exact(parts: list[str]) -> None:
    """Every line the chrome patterns match gets their kind: the first-characters
    pre-filter lets it through."""
    from corpus import segment as S

    s = "".join(parts)
    m = S._CHROME.match(s)
    if m:
        assert S._chrome_kind(s, S.folded(s)) == S._CHROME_KIND_OF[m.lastgroup]


def test_more_host_chrome_spares_prose() -> None:
    from corpus.segment import _chrome_kind

    for line in ("Show me the money, he said", "Reply to the council came on Monday",
                 "Quote of the day goes to the mayor", "Download speeds rose by half",
                 "From the harbour, the ferry left at noon", "Pages of the report were lost",
                 "The link between the two ports is old", "Report finds ferry was late"):
        assert _chrome_kind(line, line.lower()) is None


def test_listing_head_related_box_and_archive_notice() -> None:
    """A site's name with its tagline on the line below and a menu above a listing's own
    headline; a "Related news" head with the bullet under it; an archive notice."""
    text = ("Harbour Voices\nStories from all along the coast\n\nHome\nRegions\nAbout\n\n"
            "Ferry Stories from March, 2013\n\n" + _PROSE + "\n\nRelated news\n\n"
            "  • \"Ferry returns\" — Harbour Wiki, March 3, 2013\n\n"
            "This page is archived, and is no longer publicly editable. Articles presented "
            "here reflect the time at which they were written.")
    got = _kinds(text)
    assert [k for k, _ in got[:6]] == ["navigation"] * 5 + ["title"]
    assert got[-2][0] == "related_links" and got[-2][1].endswith("2013")
    assert got[-1][0] == "source_footer"


def test_feed_name_run_on_before_the_headline() -> None:
    got = _kinds("Harbour Voices » Ferry Service To Resume After Repairs\n\n" + _PROSE)
    assert got[:2] == [("navigation", "Harbour Voices »"),
                       ("title", "Ferry Service To Resume After Repairs")]
    assert _kinds("Ferry Service: Resume After Repairs\n\n" + _PROSE)[0][0] == "title"


def test_short_headline_over_an_unpunctuated_standfirst_stays_the_title() -> None:
    text = ("Port Budget Vote\n\nThe council argued for three hours over roads and the harbour"
            "\n\n" + _PROSE)
    assert _kinds(text)[0] == ("title", "Port Budget Vote")


def test_a_group_of_menu_items_is_one_menu() -> None:
    menu = "Home\nRegions\nTopics\nAbout"
    got = _kinds(menu + "\n\nFerry Service To Resume After Repairs\n\n" + _PROSE)
    assert got[:2] == [("navigation", menu), ("title", "Ferry Service To Resume After Repairs")]
    # names under the line that introduces them are no menu
    names = "The crew:\nJane Roe\nJohn Doe\nAnn Lee\nBob Roe"
    assert _kinds("Port Budget Vote\n\n" + _PROSE + "\n\n" + names)[-1] != ("navigation", names)


_SENTENCE_CHARS = st.sampled_from(list("aZ .!?\"'”’)\n x") + ["U.S.", " a", " B", "...", ".” said"])


@settings(max_examples=600, deadline=None)
@given(st.lists(_SENTENCE_CHARS, min_size=1, max_size=60), st.integers(0, 50))
def test_last_sentence_start_agrees_with_the_sentence_tiling(parts: list[str], cut: int) -> None:
    """The fast look at a paragraph's last sentence finds the start _sentences gives."""
    from corpus import segment as S

    s = "".join(parts)
    end = max(1, len(s) - cut)
    sents = S._sentences(s, end)
    window = S._LAST_SENTENCE_WINDOW
    try:
        for S._LAST_SENTENCE_WINDOW in (window, 9, 3):  # the window cuts sentences too
            got = S._last_sentence_start(s, end)
            if sents and got is not None:
                assert got == sents[-1][0]
    finally:
        S._LAST_SENTENCE_WINDOW = window


def test_title_case_headline_with_a_full_stop_but_not_a_speaker_turn() -> None:
    assert _kinds("Ferry Service Resumes After Repairs.\n\n" + _PROSE)[0] == (
        "title", "Ferry Service Resumes After Repairs.")
    text = "MR LEE: Good Afternoon, Everybody.\n\n" + _PROSE
    assert _kinds(text)[0][0] != "title"


def test_foreign_month_date_line_and_a_footer_menu_with_a_copyright_item() -> None:
    menu = "Contact Us\nPrivacy Policy\nCopyright Information\nFOIA"
    got = _kinds("Port Budget Vote\n\n13 Marzo 2023\n\n" + _PROSE + "\n\n" + menu)
    assert got[1] == ("metadata", "13 Marzo 2023")
    assert got[-1] == ("navigation", menu)


def test_a_one_word_label_under_a_short_headline_does_not_hide_it() -> None:
    text = ("Daily Press Briefing\n\nSpokesperson\n\nPort Town, Islandia\n\nMarch 3, 2024\n\n"
            + _PROSE)
    assert _kinds(text)[0] == ("title", "Daily Press Briefing")


def test_end_marks_long_tag_lists_story_credit_side_box_and_interview_questions() -> None:
    cats = ("Categories: Coast, Harbour Town, Port Isle, St. Vincent & the Grenadines, Bay City,"
            " North Cape, South Cape, Ferry Point, Long Pier, Old Quay, New Quay, Lighthouse")
    box = "Harbour Sports\nSports icon.png\nOther sports stories"
    text = ("Port Budget Vote\n\n" + cats + "\n\n" + _PROSE + "\n\n" + box + "\n\n" + _PROSE
            + "\n\nCredit : Harbour Radio (HR)\nPhoto Credit : Jo Lee/AP\n\n# # #")
    got = _kinds(text)
    assert got[1] == ("metadata", cats)
    assert ("related_links", box) in got
    assert got[-3:] == [("source_footer", "Credit : Harbour Radio (HR)"),
                        ("photo_credit", "Photo Credit : Jo Lee/AP"), ("metadata", "# # #")]
    talk = ("Port Talk\n\n((HR)) So you sail every day.\n\nJo Lee: Yes.\n\n((HR)) What is the"
            " hardest part? The wind or the tide?\n\nJo Lee: The wind.")
    assert ("body", "((HR)) What is the hardest part? The wind or the tide?") in _kinds(talk)

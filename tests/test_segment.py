"""The segmenter tiles any text exactly, and reads messy pages sensibly."""

from __future__ import annotations

import pyarrow as pa
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus.segment import add_derived_columns, segment_documents, segment_text
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
    seg = add_derived_columns(segment_documents(table))
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


def test_linear_time_on_long_pages() -> None:
    import time

    page = "\n".join(f"line {i} of a long list of short lines" for i in range(20000))
    t0 = time.perf_counter()
    _check_tiling(page)
    assert time.perf_counter() - t0 < 5


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
    full = add_derived_columns(seg)
    assert full.column("segment_id").to_pylist() == ["a:s000", "b:s000", "b:s001", "b:s002"]
    assert full.column("boilerplate").to_pylist() == [False, False, False, False]

"""Issue 10 (8, 22) without a server: what Label Studio 1.23 itself will not store.

The 1.23 server answers HTTP 500 when asked to store a result whose ``from_name`` is a
list, but exports from other versions or hand-edited JSON can hold one: the pull's check
(``collect``, the code the real pull runs on the downloaded export) must refuse it by
name and keep every valid result. Paged SDK calls must fail inside the error handling
on any page: checked with the SDK's own pager whose next page is a real request to a
port nothing listens on.
"""

from __future__ import annotations

import pytest

from corpus.errors import CorpusError

pytest.importorskip("label_studio_sdk")

TEXT = "Zoé Dupont said: “We are ready,” in Kyiv. Merz agreed."


def _span(s: str) -> tuple[int, int]:
    i = TEXT.index(s)
    return i, i + len(s)


def _region(rid: str, name, span: tuple[int, int]) -> dict:
    s, e = span
    return {"id": rid, "from_name": name, "to_name": "text", "type": "labels",
            "value": {"start": s, "end": e, "text": TEXT[s:e], "labels": ["PERSON"]}}


def test_08_list_from_name_refused_by_name_valid_results_kept():
    from corpus.labelstudio.config import interface, load_config
    from corpus.labelstudio.pull import collect

    task = {"id": 7, "data": {"doc_id": "d", "text": TEXT}, "annotations": [{
        "id": 70, "completed_by": {"id": 1, "email": "ann@example.org"},
        "result": [_region("Good", "mention", _span("Dupont")),
                   _region("ListFrom", ["mention"], _span("Merz")),
                   {**_region("DictLabels", "mention", _span("Kyiv")),
                    "value": {**_region("x", "m", _span("Kyiv"))["value"],
                              "labels": [{"a": 1}]}}]}]}
    out, report = collect([task], interface(load_config()))
    whats = {p.field: p.what for p in report.problems}
    assert "from_name" in whats["result ListFrom"] and "labels" in whats["result DictLabels"]
    assert [(m["start"], m["end"]) for m in out["ann"]["mentions"]] == [_span("Dupont")]


def test_22_a_later_page_fails_inside_the_error_handling():
    from label_studio_sdk import LabelStudio
    from label_studio_sdk.core.pagination import SyncPager

    from corpus.labelstudio.client import api_call

    dead = LabelStudio(base_url="http://127.0.0.1:9", api_key="x", timeout=2)
    pager = SyncPager(has_next=True, items=[1], response=None,
                      get_next=lambda: dead.tasks.list(project=1, page=2))
    with pytest.raises(CorpusError) as err:
        api_call("http://127.0.0.1:9", "listing tasks", lambda: pager)
    assert "listing tasks failed" in err.value.message


def test_22_token_masked_as_stored_and_as_sent(monkeypatch):
    from corpus.labelstudio.client import _fail

    token = "abc123secret"
    msg = _fail("http://x", f"echo of {token} and Bearer {token}", f"  {token}\n").message
    assert token not in msg and msg.count("***") == 2

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


def test_22_cli_masks_the_token_and_a_failing_later_page_is_named(monkeypatch, tmp_path):
    """Through the real CLI, against a loopback HTTP server that answers the first page of
    projects and fails the second, echoing the Authorization header it was sent: the
    command exits non-zero naming the call, without a traceback, and the token (stored
    with white space around it, sent stripped) appears nowhere."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    from tests.conftest import ROOT, copy_project, run_corpus

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 (http.server's name)
            if self.path.startswith("/api/current-user/whoami"):
                code, body = 200, {"id": 1, "email": "ann@example.org"}
            elif self.path.startswith("/api/projects") and "page=1" in self.path:
                code, body = 200, {"count": 2, "next": None, "previous": None,
                                   "results": [{"id": 1, "title": "another project"}]}
            else:
                code, body = 500, {"detail": "cannot serve this page to "
                                   + self.headers.get("Authorization", "")}
            data = json.dumps(body).encode()
            self.send_response(code)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    token = "abc123secret"
    monkeypatch.setenv("LABEL_STUDIO_API_KEY", f"  {token}\n")
    project = copy_project(tmp_path / "proj")
    before = sorted(p.relative_to(project).as_posix() for p in project.rglob("*"))
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}"
        r = run_corpus("labelstudio", "push", "--url", url, "--project", "hostile",
                       "--docs", str(project / "seeds"),
                       "--annotations", str(project / "annotations" / "gold"), cwd=ROOT)
    finally:
        server.shutdown()
    out = r.stdout + r.stderr
    assert r.returncode != 0, out
    assert "Traceback" not in out, out
    assert "listing projects failed (HTTP 500)" in r.stderr and "***" in r.stderr, r.stderr
    assert token not in out
    assert sorted(p.relative_to(project).as_posix() for p in project.rglob("*")) == before

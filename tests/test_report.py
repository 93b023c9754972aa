"""The drift report in a real headless browser (Debian's chromium, installed by `make test`).

The page must load nothing from outside (any request is refused by its CSP and by a
resolver that resolves nothing), log nothing to the console, and show every chart with
content. A control page that does make a request proves the check can fail.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import run_corpus

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--disable-default-apps",
         "--disable-extensions", "--no-first-run", "--metrics-recording-only",
         "--host-resolver-rules=MAP * ~NOTFOUND", "--enable-logging=stderr", "--v=0"]


def chromium() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.fail("chromium is not installed: run `make chromium` (Debian's package)")
    return exe


def browse(page: Path, tmp: Path, *extra: str) -> tuple[subprocess.CompletedProcess, list[str]]:
    """Run the page; returns the process and every request the page itself made (from
    Chromium's net log; the browser's own background requests have no page initiator and
    resolve nowhere)."""
    n = len(list(tmp.glob("profile-*")))
    netlog = tmp / f"netlog-{n}.json"
    r = subprocess.run([chromium(), *FLAGS, f"--user-data-dir={tmp / f'profile-{n}'}",
                        f"--log-net-log={netlog}", *extra, page.resolve().as_uri()],
                       capture_output=True, text=True, timeout=180,
                       env={**os.environ, "HOME": str(tmp)})
    log = json.loads(netlog.read_text(encoding="utf-8")) if netlog.is_file() else {}
    types = {v: k for k, v in log.get("constants", {}).get("logEventTypes", {}).items()}
    requests = [e["params"]["url"] for e in log.get("events", [])
                if types.get(e.get("type")) == "URL_REQUEST_START_JOB"
                and e.get("params", {}).get("initiator", "not an origin") != "not an origin"]
    return r, requests


def problems(stderr: str) -> list[str]:
    """Console messages (the page has no script, so any is an error), refused or failed
    requests."""
    pat = re.compile(r"CONSOLE|Failed to load resource|net::ERR_|Refused to (load|connect)")
    return [line for line in stderr.splitlines() if pat.search(line)]


@pytest.fixture(scope="module")
def report(tmp_path_factory) -> Path:
    from tests.conftest import copy_project

    proj = copy_project(tmp_path_factory.mktemp("report") / "proj")
    out = proj / "out"
    r = run_corpus("report", "--out", str(out), "--root", str(proj))
    assert r.returncode == 0, r.stderr
    pages = sorted(out.glob("*.html"))
    assert [p.name for p in pages] == ["coalition-of-the-willing-paris-2025-09-04.html"]
    return pages[0]


def test_page_loads_nothing_and_logs_nothing(report, tmp_path):
    html = report.read_text(encoding="utf-8")
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", html)
    r, requests = browse(report, tmp_path, "--dump-dom")
    assert r.returncode == 0, r.stderr[-2000:]
    assert problems(r.stderr) == []
    assert requests == []
    dom = r.stdout
    figures = re.findall(r'<figure class="plot" data-plot="([^"]+)">(.*?)</figure>', dom, re.S)
    names = [n for n, _ in figures]
    assert {"lineage", "reuse", "entities", "claims", "boilerplate"} <= set(names)
    for name, body in figures:
        assert "<svg" in body, name
        drawn = len(re.findall(r"<(path|use|rect|text)\b", body))
        assert drawn >= 10, f"plot {name} looks empty ({drawn} drawn elements)"
    assert "<del>" in dom and "<ins>" in dom  # word-level differences are highlighted


def test_screenshot_shows_the_page(report, tmp_path):
    from PIL import Image

    png = tmp_path / "report.png"
    r, requests = browse(report, tmp_path, f"--screenshot={png}", "--window-size=1280,2400")
    assert r.returncode == 0 and png.is_file(), r.stderr[-2000:]
    assert problems(r.stderr) == [] and requests == []
    img = Image.open(png).convert("L")
    assert img.size == (1280, 2400)
    lo, hi = img.getextrema()
    assert hi - lo > 200  # text and charts, not a blank page
    assert len(img.resize((64, 120)).getcolors(4096) or ()) > 20
    keep = os.environ.get("STORYDRIFT_SCREENSHOT_DIR")
    if keep:
        Path(keep).mkdir(parents=True, exist_ok=True)
        shutil.copy(png, Path(keep) / png.name)


def test_a_page_that_makes_a_request_is_caught(tmp_path):
    page = tmp_path / "bad.html"
    page.write_text('<!DOCTYPE html><html><body><img src="https://example.invalid/x.png">'
                    '<script>console.error("boom")</script></body></html>', encoding="utf-8")
    r, requests = browse(page, tmp_path, "--dump-dom")
    assert requests == ["https://example.invalid/x.png"], "a failed request went unnoticed"
    assert any("boom" in line for line in problems(r.stderr)), "a console error went unnoticed"

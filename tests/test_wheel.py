"""A normal, non-editable install works: the wheel in a fresh venv, outside the source tree.

Why: an editable install hides every file the package reads from the source tree
(templates, the labeling config, the entity catalogue). The wheel is built from the
project, installed with its extras into a new venv (pip reuses its cache; the only
network is the package index), and then driven as a user would.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from tests.conftest import ROOT, copy_project

pytestmark = pytest.mark.wheel

QUIET = ("--disable-pip-version-check", "-q")


def _run(cmd: list[str], cwd: Path, timeout: int = 900) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "VIRTUAL_ENV"))}
    return subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """bin/ of a fresh venv with the built wheel (extras nlp, agreement) installed."""
    tmp = tmp_path_factory.mktemp("wheel")
    src = tmp / "src"  # a clean copy: no stale build/ or egg-info from the source tree
    src.mkdir()
    ignore = shutil.ignore_patterns("__pycache__", "*.egg-info")
    for name in ("pyproject.toml", "README.md", "corpus", "schemas"):
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, src / name, ignore=ignore)
        else:
            shutil.copy2(ROOT / name, src / name)
    r = _run([sys.executable, "-m", "pip", "wheel", *QUIET, "--no-deps", str(src), "-w",
              str(tmp / "dist")], tmp)
    assert r.returncode == 0, r.stderr[-3000:]
    (wheel,) = (tmp / "dist").glob("storydrift-*.whl")
    r = _run([sys.executable, "-m", "venv", str(tmp / "venv")], tmp)
    assert r.returncode == 0, r.stderr
    pip = tmp / "venv" / "bin" / "pip"
    r = _run([str(pip), "install", *QUIET, f"storydrift[nlp,agreement] @ {wheel.as_uri()}"], tmp)
    assert r.returncode == 0, r.stderr[-3000:]
    return tmp / "venv" / "bin"


def test_version(installed, tmp_path):
    want = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    r = _run([str(installed / "corpus"), "--version"], tmp_path)
    assert r.returncode == 0 and r.stdout.strip() == f"corpus (storydrift) {want}", r.stderr


def test_nothing_is_imported_from_the_source_tree(installed, tmp_path):
    r = _run([str(installed / "python"), "-c", "import corpus, schemas; "
              "print(corpus.__file__); print(schemas.__file__)"], tmp_path)
    assert r.returncode == 0, r.stderr
    for line in r.stdout.split():
        assert "site-packages" in line and not line.startswith(str(ROOT)), line


def test_preannotate_uses_the_projects_catalogue(installed, tmp_path):
    proj = copy_project(tmp_path / "proj")
    doc = "seeds/001_df9a64f1ddd218e4.txt"
    r = _run([str(installed / "corpus"), "preannotate", doc], proj)
    assert r.returncode == 0, r.stderr
    recs = [json.loads(x) for x in r.stdout.splitlines()]
    linked = [m for m in recs if m["layer"] == "mentions" and m.get("entity_id")]
    assert linked and "no entity catalogue" not in r.stderr  # the catalogue was read
    text = (proj / doc).read_text(encoding="utf-8")
    assert all(text[m["start"]:m["end"]] == m["text"] for m in recs)


def test_preannotate_outside_a_project_says_it_has_no_catalogue(installed, tmp_path):
    f = tmp_path / "mine.txt"
    f.write_bytes("“We are ready,” said Zoë Ångström in Paris.".encode())
    r = _run([str(installed / "corpus"), "preannotate", str(f)], tmp_path)
    assert r.returncode == 0, r.stderr
    assert "no entity catalogue" in r.stderr
    quotes = [json.loads(x) for x in r.stdout.splitlines() if '"quotes"' in x]
    assert quotes and quotes[0]["text"] == "We are ready,"


LOAD_CONFIG = ("from corpus.labelstudio.config import load_config, render_config; "
               "assert load_config() == render_config(); print('config ok')")


def test_label_studio_config_loads_inside_and_outside_a_project(installed, tmp_path):
    proj = copy_project(tmp_path / "proj")
    for cwd in (proj, tmp_path):
        r = _run([str(installed / "python"), "-c", LOAD_CONFIG], cwd)
        assert r.returncode == 0 and "config ok" in r.stdout, r.stderr
    r = _run([str(installed / "corpus"), "labelstudio", "push", "--help"], tmp_path)
    assert r.returncode == 0, r.stderr


def test_installed_package_builds_the_same_release(installed, tmp_path, built_release):
    proj = copy_project(tmp_path / "proj")
    r = _run([str(installed / "corpus"), "release", "--root", str(proj)], tmp_path)
    assert r.returncode == 0, r.stderr
    mine = proj / "dist" / built_release.name
    assert (mine / "MANIFEST.sha256").read_text() == (
        built_release / "MANIFEST.sha256").read_text()

"""Shared fixtures: a throw-away copy of the project, and the CLI run as a user runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PROJECT_INPUTS = ("pyproject.toml", "CHANGELOG.md", "CITATION.cff", "seeds", "annotations",
                  "drift_eval", "evaluation")


@pytest.fixture(autouse=True, scope="session")
def _hf_home(tmp_path_factory):
    """datasets caches uncompressed Arrow under HF_HOME: keep it out of the home folder."""
    home = tmp_path_factory.mktemp("hf_home")
    old = {k: os.environ.get(k) for k in ("HF_HOME", "HF_HUB_OFFLINE", "HF_DATASETS_OFFLINE")}
    os.environ.update(HF_HOME=str(home), HF_HUB_OFFLINE="1", HF_DATASETS_OFFLINE="1")
    yield
    for k, v in old.items():
        if v is None:
            os.environ.pop(k, None)
        else:
            os.environ[k] = v


def copy_project(dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_INPUTS:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name)
        else:
            shutil.copy2(src, dest / name)
    return dest


@pytest.fixture
def project(tmp_path) -> Path:
    """A copy of the project's inputs that a test may break."""
    return copy_project(tmp_path / "proj")


def run_corpus(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    """The CLI exactly as a user runs it (separate process, real exit code)."""
    return subprocess.run([sys.executable, "-m", "corpus", *args], cwd=cwd or ROOT,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="session")
def built_release(tmp_path_factory) -> Path:
    """One release built from a copy of the project, shared by read-only tests."""
    proj = copy_project(tmp_path_factory.mktemp("release") / "proj")
    r = run_corpus("release", "--root", str(proj))
    assert r.returncode == 0, r.stderr
    out = proj / "dist" / f"storydrift-{_version()}"
    assert out.is_dir()
    return out


def _version() -> str:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]

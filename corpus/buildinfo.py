"""The source commit a release was built from, and whether the tree was clean.

Recorded in the release (``BUILD.json``, the card, Croissant) so a reader can rebuild
it from the same commit. No timestamp and no path: two clones of one commit record
the same thing. Without git, or outside a repository, the commit is ``null``.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path


def _git(root: Path, *args: str) -> str | None:
    if shutil.which("git") is None:
        return None
    r = subprocess.run(["git", "-C", str(root), *args], capture_output=True, text=True,
                       timeout=60)
    return r.stdout if r.returncode == 0 else None


def source_commit(root: Path) -> dict:
    """``{"commit", "commit_date", "tree_clean"}`` for the project at ``root`` (None: unknown).

    Only a repository whose top level is ``root`` counts (a copy of the project inside
    some other repository is not that repository's commit). Untracked files count as
    unclean (a new seed file changes the build); ignored files (``dist/``) do not.
    """
    top = _git(root, "rev-parse", "--show-toplevel")
    if top is None or Path(top.strip()).resolve() != root.resolve():
        return {"commit": None, "commit_date": None, "tree_clean": None}
    sha = _git(root, "rev-parse", "HEAD")
    status = _git(root, "status", "--porcelain")
    date = _git(root, "log", "-1", "--format=%cs", "HEAD")
    if sha is None or status is None:
        return {"commit": None, "commit_date": None, "tree_clean": None}
    return {"commit": sha.strip(), "commit_date": (date or "").strip() or None,
            "tree_clean": status.strip() == ""}

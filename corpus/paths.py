"""The one place a path from an input file becomes a path on disk.

Manifests, ``[tool.storydrift] sources`` and release manifests name files by relative
POSIX paths. Each is checked here before anything is opened: no absolute path, no
``..``, no backslash, and the path with every symlink resolved must stay inside the
project root (or a root the project explicitly allows), so no input can make a command
read, hash or release a file from elsewhere on the machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path, PurePosixPath


def relative_path_problem(rel: object) -> str | None:
    """What is wrong with ``rel`` as a relative POSIX path, or None."""
    if not isinstance(rel, str) or not rel:
        return "must be a non-empty relative path"
    if "\x00" in rel:
        return "contains a NUL character"
    if "\\" in rel:
        return f"{rel!r} contains a backslash: use / as the separator"
    p = PurePosixPath(rel)
    if p.is_absolute() or (len(rel) > 1 and rel[1] == ":"):
        return f"{rel!r} is an absolute path: paths must be relative to the project"
    if ".." in p.parts:
        return f"{rel!r} contains '..': paths may not leave their folder"
    return None


def resolve_inside(base: Path, rel: str, allowed: Sequence[Path] = ()) -> tuple[Path, str | None]:
    """``base / rel`` with symlinks resolved, and what is wrong if it leaves ``base``.

    ``allowed`` are further roots (already resolved) a symlink may point into.
    """
    what = relative_path_problem(rel)
    if what:
        return base / str(rel), what
    root = base.resolve()
    target = (root / rel).resolve()
    if target == root or target.is_relative_to(root):
        return target, None
    for other in allowed:
        if target == other or target.is_relative_to(other):
            return target, None
    return target, (f"{rel!r} resolves outside the project (a symlink?); "
                    "list its root in [tool.storydrift] allowed_roots to allow it")

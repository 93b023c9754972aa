"""Temporary folders under ``dist/`` that a killed run cannot leave behind for good.

A release is assembled in ``dist/.storydrift-<version>.XXXX/`` and the build's shard
files live in ``dist/.build.XXXX/`` (inside the project, so a cluster sees them). A run
killed with SIGKILL cannot clean up; so each live run holds an exclusive ``flock`` on a
``.alive`` file in its temporary, the kernel drops it when the process dies, and every
later run removes the temporaries whose lock it can take: a live run's temporary is never
touched, a dead one's never piles up. ``dist/`` itself is removed again when a run made it
and leaves it empty (a failed release leaves no empty ``dist/``).
"""

from __future__ import annotations

import fcntl
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ALIVE = ".alive"
PREFIXES = (".storydrift-", ".build.")
GRACE_S = 120  # a temporary without its lock file yet may be one being created right now


def _is_stale(folder: Path) -> bool:
    lock = folder / ALIVE
    try:
        fd = os.open(lock, os.O_RDONLY)
    except FileNotFoundError:
        try:
            return time.time() - folder.stat().st_mtime > GRACE_S
        except FileNotFoundError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False  # its run is alive
    finally:
        os.close(fd)  # closing drops the lock we may have taken
    return True


def remove_stale(dist: Path) -> list[str]:
    """Remove the temporaries of runs that died; return their names."""
    gone = []
    if not dist.is_dir():
        return gone
    for p in sorted(dist.iterdir()):
        if p.name.startswith(PREFIXES) and p.is_dir() and not p.is_symlink() and _is_stale(p):
            shutil.rmtree(p, ignore_errors=True)
            gone.append(p.name)
    return gone


@contextmanager
def live_temp(dist: Path, prefix: str) -> Iterator[Path]:
    """A fresh temporary folder under ``dist``, locked while this run lives, removed after.

    Stale temporaries of dead runs are removed first. If this run created ``dist`` and it
    is empty afterwards, ``dist`` goes too.
    """
    made = not dist.exists()
    dist.mkdir(parents=True, exist_ok=True)
    remove_stale(dist)
    tmp = Path(tempfile.mkdtemp(prefix=prefix, dir=dist))
    fd = os.open(tmp / ALIVE, os.O_WRONLY | os.O_CREAT, 0o600)
    fcntl.flock(fd, fcntl.LOCK_EX)
    try:
        yield tmp
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        os.close(fd)
        if made:
            try:
                dist.rmdir()  # only if empty
            except OSError:
                pass


@contextmanager
def project_lock(root: Path) -> Iterator[None]:
    """One release at a time per project: an exclusive lock on the project folder itself
    (nothing to leave behind; the kernel drops it when the process ends, however)."""
    fd = os.open(root, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        yield
    finally:
        os.close(fd)


class LiveTemp:
    """:func:`live_temp` for a temporary that outlives the function making it (the
    build's work folder, read by the release after the build returns): call ``close``."""

    def __init__(self, dist: Path, prefix: str):
        self.dist, self.made = dist, not dist.exists()
        dist.mkdir(parents=True, exist_ok=True)
        remove_stale(dist)
        self.path = Path(tempfile.mkdtemp(prefix=prefix, dir=dist))
        self._fd: int | None = os.open(self.path / ALIVE, os.O_WRONLY | os.O_CREAT, 0o600)
        fcntl.flock(self._fd, fcntl.LOCK_EX)

    def close(self) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
        if self.made:
            try:
                self.dist.rmdir()
            except OSError:
                pass

"""Giving freed memory back between the build's phases.

Arrow's default pool (mimalloc) keeps pages it has freed for reuse. After planning a
million documents the main process held about 850 MiB of such pages while the shards
ran, against 220 MiB once they were handed back: the build calls :func:`release` where
one phase's large tables are gone and the next phase allocates something else.
"""

from __future__ import annotations

import pyarrow as pa


def release() -> None:
    """Hand the Arrow pool's unused pages back to the system (cheap; no effect on data)."""
    pa.default_memory_pool().release_unused()

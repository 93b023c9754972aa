"""Engines: run :func:`corpus.steps.run_shard` on every planned shard, nothing else.

Why this boundary: an engine only runs steps and writes intermediate shard files; the
project's own code does every reduction and every final write. So the release is the same
bytes whatever runs the shards and however many workers it has (output order does not
matter either: shards are named by number, and the reductions read them in that order).

- ``local`` (the default): worker processes on all cores (``spawn``: a clean interpreter
  per worker, no state inherited from the parent); one shard or one worker runs in-process.
- ``ray``: Ray Data, ``map_batches`` over a dataset of plan files with
  ``batch_format="pyarrow"``, locally (``num_cpus`` = workers) or on the cluster at
  ``--address``. Needs the optional extra: ``pip install -e '.[ray]'``.

Adding an engine: a function ``(plans, workers, address, progress, pools) -> None`` that calls
``run_shard(str(plan))`` for every plan (anywhere the project folder is visible), then an
entry in :data:`ENGINES` (``pools``, a :class:`Pools` or None, is for engines that run local
processes and may reuse the caller's).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from corpus.errors import CorpusError, Problem
from corpus.steps import run_shard

Progress = Callable[[str], None]


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (
        os.cpu_count() or 1)


class Pools:
    """Spawned process pools kept for one run, one per worker count, closed with it.

    ``corpus release`` runs the shards and then the final Parquet writes on the same
    spawned processes instead of starting (and importing the project in) a second set; it
    holds one ``Pools`` and hands it to each phase, so which processes are reused is
    explicit in the call, never module state. A cache of processes only: every task is a
    pure function of its arguments.
    """

    def __init__(self) -> None:
        self._by_n: dict[int, object] = {}

    def get(self, n: int):
        """The kept pool of ``n`` spawned workers (a new one if none, or if a worker died)."""
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        pool = self._by_n.get(n)
        if pool is None or getattr(pool, "_broken", False):  # a worker died: start afresh
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
            pool = self._by_n[n] = ProcessPoolExecutor(max_workers=n,
                                                       mp_context=mp.get_context("spawn"))
        return pool

    def close(self) -> None:
        """Shut down every kept pool now (their processes exit); a later :meth:`get`
        starts a new one."""
        pools = list(self._by_n.values())
        self._by_n.clear()
        for pool in pools:
            pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Pools:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@contextmanager
def process_pool(n: int, pools: Pools | None = None) -> Iterator:
    """``n`` spawned worker processes (a clean interpreter each, nothing inherited from the
    parent): the one ``pools`` keeps for ``n``, else a new one shut down after."""
    if pools is not None:
        yield pools.get(n)
        return
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    with ProcessPoolExecutor(max_workers=n, mp_context=mp.get_context("spawn")) as pool:
        yield pool


def run_local(plans: list[Path], workers: int | None = None, address: str | None = None,
              progress: Progress | None = None, pools: Pools | None = None) -> None:
    """Worker processes on all cores (or ``workers``), from ``pools`` if given."""
    step = progress or (lambda _m: None)
    n = min(workers or default_workers(), len(plans))
    if n <= 1:
        for i, p in enumerate(plans):
            step(f"shard {i + 1}/{len(plans)}")
            run_shard(str(p))
        return
    from concurrent.futures import as_completed

    with process_pool(n, pools) as pool:
        futures = [pool.submit(run_shard, str(p)) for p in plans]
        for done, f in enumerate(as_completed(futures), start=1):
            f.result()
            step(f"shards done: {done}/{len(plans)} ({n} worker processes)")


def _ray_batch(batch):  # a pyarrow.Table of plan paths -> one row per shard done
    import pyarrow as pa

    done = [run_shard(p) for p in batch.column("plan").to_pylist()]
    return pa.table({"shard": pa.array(done, pa.int64())})


def run_ray(plans: list[Path], workers: int | None = None, address: str | None = None,
            progress: Progress | None = None, pools: Pools | None = None) -> None:
    """Ray Data: one block per shard, ``map_batches(batch_format="pyarrow")`` (``pools``
    is not used: Ray owns its workers)."""
    step = progress or (lambda _m: None)
    try:
        import ray
    except ImportError:
        raise CorpusError("--engine ray needs Ray Data: pip install -e '.[ray]'",
                          [Problem("ray", "not installed")]) from None
    started = not ray.is_initialized()
    if started:
        step("starting Ray" + (f" (cluster at {address})" if address else " (local)"))
        kwargs = {"address": address} if address else {
            "num_cpus": workers or default_workers(), "include_dashboard": False}
        ray.init(log_to_driver=False, configure_logging=False, **kwargs)
    try:
        ctx = ray.data.DataContext.get_current()
        ctx.enable_progress_bars = False
        ds = ray.data.from_items([{"plan": str(p)} for p in plans])
        # A few small items collapse into one block; one block per shard for parallelism.
        ds = ds.repartition(len(plans), shuffle=False)
        step(f"running {len(plans)} shard(s) on Ray Data")
        out = ds.map_batches(_ray_batch, batch_format="pyarrow", batch_size=1).take_all()
        done = sorted(r["shard"] for r in out)
        if done != list(range(len(plans))):
            raise CorpusError("Ray returned an incomplete set of shards",
                              [Problem("ray", f"shards done: {done}")])
    finally:
        if started:
            ray.shutdown()


ENGINES: dict[str, Callable[..., None]] = {"local": run_local, "ray": run_ray}


def run(engine: str, plans: list[Path], workers: int | None = None, address: str | None = None,
        progress: Progress | None = None, pools: Pools | None = None) -> None:
    if engine not in ENGINES:
        raise CorpusError(f"unknown engine {engine!r}",
                          [Problem("--engine", f"choose one of {', '.join(ENGINES)}")])
    ENGINES[engine](plans, workers=workers, address=address, progress=progress, pools=pools)

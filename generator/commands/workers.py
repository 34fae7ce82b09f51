"""Spreading a run's applications over worker processes: each worker makes whole applications
(see making.py) and stages their files straight into the run's staging folder; results come
back in order as they are done. Below a batch's size where processes pay, one process does it.

A worker never outlives the run that started it nor holds OUT's lock, and leaves stop signals
to the main process, which stops the pool and cleans up.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OutputError
from ..output.transaction import STOPS
from .making import Made, Maker

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from ..checks.identity import NameIndex
    from .prepare import Options, Planned


def make_all(jobs: list[Planned], options: Options, staging: Path,
             planned: list[Planned], lock: int | None = None,
             previous: Mapping[str, Mapping[str, Any]] | None = None) -> Iterator[Made]:
    """Each application's drafts, in order: in this process, or spread over worker processes
    (each stages its files straight into the run's staging folder). Every application of
    the run, made or kept, is one the identity check keeps out of the others' notes. `lock`
    is the handle holding OUT's lock, which a forked worker must let go of; `previous` the
    last run's manifest rows of these applications, by .html path, to find hand edits in."""
    previous = previous or {}
    if not jobs:
        return
    from ..checks.identity import NameIndex

    names = NameIndex([item.application for item in planned])
    workers = _workers(options.jobs, jobs)
    if workers <= 1:
        yield from map(Maker(options, staging, names, previous).make, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = _context()
    inherited = lock if context.get_start_method() == "fork" else None
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                               initargs=(options, staging, names, previous, os.getpid(),
                                         inherited))
    try:
        # Applications in order, a few at a time each, so results stream back as they come.
        chunks = max(1, min(8, len(jobs) // workers // 4))
        yield from pool.map(_make, jobs, chunksize=chunks)
    except BrokenProcessPool as exc:
        raise OutputError(f"a worker process stopped unexpectedly ({exc}); nothing was "
                          "written; try again with -j 1", file=options.out) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# Below this many drafts to make, starting worker processes costs more than they save
# (bench/run.py --pool, 2 CPUs): forked workers paid from about 100 drafts on a quiet machine
# (0.59 s in one process, 0.46 s in two), spawned ones (macOS, Windows) start 0.3 to 0.5 s
# slower and paid from about 300; on a loaded machine neither paid below 400.
PROCESSES_FROM = 200


def _workers(jobs: int, work: list[Planned]) -> int:
    """How many processes: as asked, or with 0, one per CPU for a batch big enough."""
    if jobs:
        return min(jobs, len(work))
    if sum(len(item.specs) for item in work) < PROCESSES_FROM:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on macOS or Windows
        cpus = os.cpu_count() or 1
    return min(cpus, len(work))


def _context() -> BaseContext:
    """fork where it is quick and safe: on Linux, from a process running no other thread
    (forking one that does, as preview --serve does, can leave a child waiting on a lock no
    thread will release). Elsewhere spawn, the safe default of macOS and Windows."""
    import multiprocessing
    import threading

    fork = sys.platform.startswith("linux") and threading.active_count() == 1
    return multiprocessing.get_context("fork" if fork else "spawn")


# A worker process's Maker, made by the pool's initializer: the one thing a worker keeps
# between the applications it is given (concurrent.futures offers no other place).
_maker: Maker | None = None


def _start_worker(options: Options, staging: Path, names: NameIndex,
                  previous: Mapping[str, Mapping[str, Any]], parent: int,
                  inherited: int | None) -> None:
    """A worker never outlives the run that started it, nor holds its lock: a run killed
    with -9 must not leave processes behind that keep OUT locked for good."""
    global _maker
    import signal

    if inherited is not None:  # forked: our copy of the lock's handle would keep OUT locked
        os.close(inherited)
    _die_with(parent)
    # Ctrl-C, SIGTERM and SIGHUP are the main process's to handle: it stops the pool and
    # cleans up (a closed terminal sends them to every process of the group).
    for number in STOPS:
        signal.signal(number, signal.SIG_IGN)
    _maker = Maker(options, staging, names, previous)


def _die_with(parent: int) -> None:
    """End this process when `parent` ends: on Linux the kernel sends SIGKILL when it dies
    (prctl PR_SET_PDEATHSIG); elsewhere a thread looks for it once a second."""
    import signal

    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # 1: PR_SET_PDEATHSIG
            if os.getppid() != parent:  # it died before we asked
                os._exit(1)
            return
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _make(item: Planned) -> Made:
    assert _maker is not None, "run in a pool started with _start_worker"
    return _maker.make(item)

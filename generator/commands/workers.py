"""Spreading a run's applications over worker processes: each worker makes whole applications
(see making.py) and stages their files straight into the run's staging folder; results come
back in order as they are done. Below a batch's size where processes pay, one process does it.

A worker never outlives the run that started it nor holds OUT's lock, and leaves stop signals
to the main process, which stops the pool and cleans up.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OutputError
from ..output.transaction import STOPS
from .batch import Batch, Summary, thaw
from .making import Drafted, Made, Maker

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

    from ..checks.identity import NameIndex
    from ..compose.packs import Pack
    from .prepare import Options


def make_all(jobs: list[Summary], batch: Batch, options: Options, staging: Path,
             lock: int | None = None,
             previous: Callable[[str], list[dict[str, Any]]] | None = None,
             drafted: Drafted | None = None) -> Iterator[Made]:
    """Each application's drafts, in order: in this process, or spread over worker processes
    (each stages its files straight into the run's staging folder). Every application of
    the batch, made or kept, is one the identity check keeps out of the others' notes. `lock`
    is the handle holding OUT's lock, which a forked worker must let go of; `previous(name)`
    the last run's manifest rows of an application, to find hand edits in; `drafted` is
    told of each draft made in this process as soon as it is made (see making.Drafted)."""
    if not jobs:
        return

    def job(summary: Summary) -> tuple[bytes, dict[str, dict[str, Any]]]:
        rows = previous(summary.name) if previous is not None else []
        return batch.frozen(summary), {row["html"]: row for row in rows}

    workers = _workers(options.jobs, jobs)
    if workers <= 1:
        maker = Maker(options, staging, batch.names, drafted)
        for summary in jobs:
            frozen, rows = job(summary)
            yield maker.make(thaw(frozen, batch.packs), rows)
        return
    from collections import deque
    from concurrent.futures import Future, ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = _context()
    inherited = lock if context.get_start_method() == "fork" else None
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                               initargs=(options, staging, batch.names, batch.packs,
                                         os.getpid(), inherited))
    # A few applications to a job, and only a few jobs handed out ahead of the results
    # (Executor.map would hand out a cohort's 20,000 at once, each held until it is done).
    size = max(1, min(8, len(jobs) // workers // 4))
    running: deque[Future[list[Made]]] = deque()
    try:
        for start in range(0, len(jobs), size):
            running.append(pool.submit(_make, [job(summary)
                                               for summary in jobs[start:start + size]]))
            while len(running) > 4 * workers or (running and running[0].done()):
                yield from running.popleft().result()
        while running:
            yield from running.popleft().result()
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


def _workers(jobs: int, work: list[Summary]) -> int:
    """How many processes: as asked, or with 0, one per CPU for a batch big enough."""
    if jobs:
        return min(jobs, len(work))
    if sum(item.drafts for item in work) < PROCESSES_FROM:
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


# A worker process's Maker and packs, made by the pool's initializer: module state on
# purpose, and only ever in a worker process. concurrent.futures hands an initializer's work
# to later tasks in no other way, and sending the Maker (its Jinja environments, spelling
# dictionary and checks) with every task would pickle it once per batch of applications.
# The parent process never sets them: a run in one process passes its Maker explicitly.
_maker: Maker | None = None
_packs: dict[str, Pack] = {}  # the packs the applications it is given name (see batch.py)


def _start_worker(options: Options, staging: Path, names: NameIndex,
                  packs: Mapping[str, Pack], parent: int, inherited: int | None) -> None:
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
    _maker = Maker(options, staging, names)
    _packs.update(packs)


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


def _make(jobs: list[tuple[bytes, dict[str, dict[str, Any]]]]) -> list[Made]:
    assert _maker is not None, "run in a pool started with _start_worker"
    return [_maker.make(thaw(frozen, _packs), previous) for frozen, previous in jobs]

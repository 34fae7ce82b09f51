"""Taking OUT for one run: its lock, stop signals that end the run as Ctrl-C does, and what
runs killed before ours left behind (their staging folders, a commit half-done)."""

from __future__ import annotations

import os
import shutil
import signal
import threading
from pathlib import Path
from typing import Any

from ..errors import Notice, OutputError
from .manifest import STAGING_PREFIX
from .transaction import STOPS, recover

UNRECOVERED_PREFIX = ".followup-unrecovered-"  # a staging folder whose commit was not mended


class Busy(OutputError):
    """OUT's lock is held: another followup run is writing it (`preview --serve` tells its
    page so, and that the next save tries again)."""


def acquire_lock(out: Path) -> int:
    """An exclusive lock on the OUT folder itself, so no lock file is ever left behind."""
    handle = os.open(out, os.O_RDONLY)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory lock, runs are not concurrent
        return handle
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(handle)
        raise Busy("is being written by another followup run; wait for it to finish",
                   file=out) from None
    return handle


def stop_on_signals() -> dict[int, Any]:
    """SIGTERM and SIGHUP (a `kill`, a closed terminal) stop the run as Ctrl-C does: the
    staging folder goes, the lock is let go, OUT stays as it was. The handlers they had, for
    `restore_signals` on the way out (none off the main thread, where Python sets none)."""
    if threading.current_thread() is not threading.main_thread():
        return {}

    def interrupt(number: int, frame: object) -> None:
        raise KeyboardInterrupt

    before = {}
    for number in STOPS:
        # One the process ignores (started under nohup) is left ignored.
        if number != signal.SIGINT and signal.getsignal(number) is not signal.SIG_IGN:
            before[number] = signal.signal(number, interrupt)
    return before


def restore_signals(handlers: dict[int, Any]) -> None:
    for number, handler in handlers.items():
        signal.signal(number, handler)
    handlers.clear()


def take_over(out: Path) -> list[Notice]:
    """Staging folders left in OUT by runs that were killed (we hold the lock, so their
    owners are gone): a commit each was part-way through is finished or rolled back from its
    journal, then the folder is removed. One whose journal could not be followed is kept,
    renamed (it holds the old versions of the files), for the user. A notice for each."""
    notices: list[Notice] = []
    for folder in sorted(out.glob(f"{STAGING_PREFIX}*")):
        if not folder.is_dir() or folder.is_symlink():
            continue
        owner = folder.name.removeprefix(STAGING_PREFIX).partition("-")[0]
        whose = f"a followup run (process {owner})" if owner.isdigit() else "a followup run"
        done = recover(out, folder)
        if done is not None and not done.mended:
            kept = folder.with_name(UNRECOVERED_PREFIX + folder.name.removeprefix(
                STAGING_PREFIX))
            folder.rename(kept)  # an OSError here stops the run: OUT is not ours to touch
            notices.append(Notice.of(
                f"{whose} was stopped before it finished; {done.said}, and its files, with "
                "the old versions of the drafts it was replacing, are kept in ", kept,
                ": look there for any draft that is missing or wrong, then delete it"))
            continue
        shutil.rmtree(folder, ignore_errors=True)
        notices.append(Notice.of(f"{whose} was stopped before it finished; " + (
            f"{done.said}, and its leftover files were removed" if done else
            "it had changed nothing, and its leftover files were removed")))
    return notices

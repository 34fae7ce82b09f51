"""Files moved into OUT as one transaction: afterwards every file is its new version, or, when
anything failed (a full disk, Ctrl-C half-way), every file is as it was before.

A run killed outright (SIGKILL, a power button) cannot put anything back itself. Before the
first move it writes its plan, a journal, into its staging folder; the next run that takes
the lock finds the folder and finishes the commit (when its last move, a manifest as a rule,
is already done) or rolls it back (`recover`). So a file OUT holds is always one the
manifests describe, and a run's own files are never taken for hand edits.

Also the few questions the store asks of a file in OUT: its hash, whether it was edited by
hand, whether it really lies inside OUT.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from ..errors import OutputError, StoppedAfterWriting
from .manifest import JOURNAL

Move = tuple[Path, Path]  # (staged file or folder, where it goes in OUT)


def apply(out: Path, backups: Path, moves: list[Move], deletions: list[Path]) -> None:
    """Replace and delete files in OUT; on any failure put every file back as it was. Old
    versions are kept as hard links in `backups` (inside the staging folder) until the end,
    so putting them back is a rename, not a copy. The last move is the one that commits (the
    store moves each manifest after the files it describes, the index last): a run killed
    before it is rolled back by the next, one killed after it is finished by the next. A
    stop signal that comes meanwhile is held until the journal is gone, then raised: as
    StoppedAfterWriting when every file is in place."""
    _write_journal(out, backups, moves, deletions)
    done = False
    try:
        with _no_interrupts():
            try:
                _apply_all(out, backups, moves, deletions)
            finally:  # committed or rolled back: nothing is left for a next run to mend
                (backups / JOURNAL).unlink(missing_ok=True)
            done = True
            for path in deletions:
                with suppress(OSError):
                    _remove_empty_parents(path.parent, out)
    except KeyboardInterrupt:
        if not done:
            raise
        raise StoppedAfterWriting from None


def _write_journal(out: Path, backups: Path, moves: list[Move], deletions: list[Path]) -> None:
    # Not fsynced: it guards against a killed process, whose writes the kernel still keeps;
    # a power cut could lose the moved files' data as well, which no journal of ours mends.
    # Paths relative to the staging folder and OUT, so a next run started from another
    # folder (or naming OUT another way) reads the same plan.
    plan = {"moves": [[os.path.relpath(source, backups), os.path.relpath(target, out),
                       target.exists() or target.is_symlink()] for source, target in moves],
            "deletions": [os.path.relpath(path, out) for path in deletions]}
    try:
        (backups / JOURNAL).write_text(json.dumps(plan), encoding="utf-8")
    except OSError as exc:
        raise OutputError(f"cannot be written: {exc.strerror or exc}; nothing was changed",
                          file=out) from None


def _apply_all(out: Path, backups: Path, moves: list[Move], deletions: list[Path]) -> None:
    undo: list[tuple[Path, Path | None]] = []  # (path, its old version or None)
    created: list[Path] = []  # folders this run made, top first
    ready: set[Path] = set()  # folders known to exist by now
    try:
        for number, (source, destination) in enumerate(moves):
            check_inside(out, destination)
            if destination.parent not in ready:
                created.extend(_make_parents(destination.parent, out))
                ready.add(destination.parent)
            undo.append((destination, _backup(destination, backups / f"old-{number}")))
            os.replace(source, destination)
        for number, path in enumerate(deletions):
            check_inside(out, path)
            backup = _backup(path, backups / f"gone-{number}")
            path.unlink()
            undo.append((path, backup))
    except BaseException as exc:  # a full disk, or Ctrl-C half-way: put everything back
        for path, backup in reversed(undo):
            with suppress(OSError):
                if backup is not None:
                    os.replace(backup, path)
                elif path.is_dir() and not path.is_symlink():  # a folder moved in whole
                    shutil.rmtree(path)
                else:
                    path.unlink(missing_ok=True)
        for folder in reversed(created):
            with suppress(OSError):
                folder.rmdir()
        if not isinstance(exc, OSError):
            raise
        raise OutputError(f"cannot be written: {exc.strerror or exc} ({exc.filename}); "
                          "nothing was changed", file=out) from None


def _backup(path: Path, backup: Path) -> Path | None:
    try:
        os.link(path, backup)
    except FileNotFoundError:  # nothing there yet: nothing to put back
        return None
    except OSError:  # a file system without hard links (or a folder: never one of ours)
        if not path.is_file():
            return None
        shutil.copy2(path, backup)
    return backup


@dataclass(frozen=True)
class Recovered:
    """What `recover` did, in a few words; `mended` False when OUT was left as it was because
    the plan could not be followed (then the staging folder, which holds the old versions of
    the files, is the user's to look at, never ours to delete)."""

    said: str
    mended: bool = True


def recover(out: Path, staging: Path) -> Recovered | None:
    """Mend what a run killed during its commit left in OUT, from the journal in its staging
    folder: finished when its last move was done, else rolled back. What was done,
    or None when the run was killed before its commit began (nothing in OUT changed)."""
    try:
        plan = json.loads((staging / JOURNAL).read_text(encoding="utf-8"))
        # A path written absolute (by an earlier version) stays as it was: `/` keeps it.
        moves = [(staging / source, out / target, bool(existed))
                 for source, target, existed in plan["moves"]]
        deletions = [out / path for path in plan["deletions"]]
    except FileNotFoundError:
        return None
    except (OSError, ValueError, TypeError, KeyError):
        return Recovered("its plan could not be read, so OUT was left as it was", False)
    # Only paths inside OUT and the staging folder: the journal is ours, but it is a file.
    if not all(is_inside(staging, source) and is_inside(out, target)
               for source, target, _ in moves) or not all(is_inside(out, p) for p in deletions):
        return Recovered("its plan named files outside OUT, so OUT was left as it was", False)
    committed = bool(moves) and not moves[-1][0].exists()  # the last moved: it committed
    with _no_interrupts():
        if committed:
            for path in deletions:
                with suppress(FileNotFoundError):
                    path.unlink()
                _remove_empty_parents(path.parent, out)
            (staging / JOURNAL).unlink(missing_ok=True)
            return Recovered("its commit was finished")
        for number, (source, target, existed) in reversed(list(enumerate(moves))):
            if source.exists() or source.is_symlink():
                continue  # never moved
            backup = staging / f"old-{number}"
            if existed:
                if backup.exists():  # else already put back
                    os.replace(backup, target)
            elif target.is_dir() and not target.is_symlink():  # a folder moved in whole
                shutil.rmtree(target, ignore_errors=True)
            else:
                target.unlink(missing_ok=True)
            _remove_empty_parents(target.parent, out)
        (staging / JOURNAL).unlink(missing_ok=True)
    return Recovered("its commit was rolled back")


# Signals that mean "stop" besides Ctrl-C: a `kill`, a closed terminal.
STOPS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP")
              if hasattr(signal, name))


@contextmanager
def _no_interrupts() -> Iterator[None]:
    """Ctrl-C, SIGTERM and SIGHUP are held off while files move into place (a moment): an
    interrupted move, or an interrupted putting-back, is the one way OUT could end up half
    old and half new. One that comes in that moment is held and delivered once the files are
    in place, so the run still stops; one the process ignores (nohup) stays ignored."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    held: list[int] = []

    def hold(number: int, frame: object) -> None:
        held.append(number)

    previous = {number: signal.getsignal(number) for number in STOPS}
    for number, handler in previous.items():
        if handler is not signal.SIG_IGN:
            signal.signal(number, hold)
    try:
        yield
    finally:
        for number, handler in previous.items():
            if handler is not signal.SIG_IGN:
                signal.signal(number, handler)
        for number in dict.fromkeys(held):
            signal.raise_signal(number)


def _make_parents(folder: Path, out: Path) -> list[Path]:
    """Create `folder` and its missing parents below OUT; the ones created, top first."""
    missing = []
    while folder != out and not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for path in reversed(missing):
        path.mkdir()
    return list(reversed(missing))


def _remove_empty_parents(folder: Path, out: Path) -> None:
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def current_hash(path: Path) -> str | None:
    """The hash of the file at `path`, or None when there is none. Read in pieces: a
    cohort's page is 250 MB."""
    try:
        with path.open("rb") as handle:
            return hashlib.file_digest(handle, "sha256").hexdigest()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise OutputError(f"cannot be read: {exc.strerror or exc}", file=path) from None


def edited(path: Path, recorded: str | None) -> bool:
    """A file counts as edited when it exists and is not what we last wrote there (or we have
    no record of writing it). A deleted file is not an edit: it is simply written again."""
    current = current_hash(path)
    return current is not None and current != recorded


def is_inside(out: Path, path: Path) -> bool:
    """True when `path` lies inside OUT, symlinked folders resolved, and is no symlink."""
    real = os.path.join(os.path.realpath(path.parent), path.name)
    return real.startswith(os.path.realpath(out) + os.sep) and not path.is_symlink()


def check_inside(out: Path, path: Path) -> None:
    # Paths come from slugs and folder names, which cannot leave OUT; this is the last guard.
    if not is_inside(out, path):
        raise OutputError(f"refusing to write outside the output folder: {path}", file=out)

"""Files moved into OUT as one transaction: afterwards every file is its new version, or, when
anything failed (a full disk, Ctrl-C half-way), every file is as it was before.

Also the few questions the store asks of a file in OUT: its hash, whether it was edited by
hand, whether it really lies inside OUT.
"""

from __future__ import annotations

import os
import shutil
import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from ..errors import OutputError
from .manifest import file_hash

Move = tuple[Path, Path]  # (staged file or folder, where it goes in OUT)


def apply(out: Path, backups: Path, moves: list[Move], deletions: list[Path]) -> None:
    """Replace and delete files in OUT; on any failure put every file back as it was. Old
    versions are kept as hard links in `backups` (inside the staging folder) until the end,
    so putting them back is a rename, not a copy."""
    with _no_interrupts():
        _apply_all(out, backups, moves, deletions)
    for path in deletions:
        _remove_empty_parents(path.parent, out)


def _apply_all(out: Path, backups: Path, moves: list[Move], deletions: list[Path]) -> None:
    undo: list[tuple[Path, Path | None]] = []  # (path, its old version or None)
    created: list[Path] = []  # folders this run made, top first
    ready: set[Path] = set()  # folders known to exist by now
    try:
        for source, destination in moves:
            check_inside(out, destination)
            if destination.parent not in ready:
                created.extend(_make_parents(destination.parent, out))
                ready.add(destination.parent)
            undo.append((destination, _backup(destination, backups / f"old-{len(undo)}")))
            os.replace(source, destination)
        for path in deletions:
            check_inside(out, path)
            backup = _backup(path, backups / f"old-{len(undo)}")
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


@contextmanager
def _no_interrupts() -> Iterator[None]:
    """Ctrl-C is held off while files move into place (a moment): an interrupted move, or an
    interrupted putting-back, is the one way OUT could end up half old and half new. A
    Ctrl-C in that moment lets the run finish: by then nothing is left to stop."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


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
    """The hash of the file at `path`, or None when there is none."""
    try:
        return file_hash(path.read_bytes())
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

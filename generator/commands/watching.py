"""What `preview --serve` watches, and what a change it sees means: which files and folders
the drafts are made from, which applications a saved file belongs to, and waiting for OUT
when another run holds it (preview.py's `serve` runs the loop)."""

from __future__ import annotations

import hashlib
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import FollowupError
from ..input.sources import (
    CANDIDATE_FILE,
    INTERVIEWERS_FILE,
    ROLE_FILE,
    application_name,
    find_application_folders,
)
from ..output.lock import Busy, acquire_lock
from ..output.manifest import MANIFEST
from .prepare import Options

if TYPE_CHECKING:  # watchfiles is imported by `serve` alone (45 ms)
    from watchfiles import Change

_SOURCES = (".yaml", ".yml", ".j2", ".css")


class Sources:
    """The watcher's filter (watchfiles calls it with each change and path): a source file,
    or a folder that holds applications or held one. Renaming or moving an application's
    folder is one event for the folder, none for the YAML inside it, so the folders the
    applications are in are known: one that goes away is a change too, and one that comes
    is when it holds a role.yaml."""

    def __init__(self, profiles: Path) -> None:
        from watchfiles import Change

        self.added = Change.added
        try:
            found = find_application_folders(profiles)
        except FollowupError:  # the first rebuild says what is wrong with it
            found = []
        self.folders = {folder.resolve() for folder in found}

    def __call__(self, change: Change, path: str) -> bool:
        where = Path(path).resolve()  # as the folders are known: a link's target
        if Path(path).name.startswith(".") or where.name.startswith("."):
            return False  # an editor's lock or swap file (Emacs's `.#interviewers.yaml`)
        if path.endswith(_SOURCES):
            if where.name == ROLE_FILE and where.is_file():  # a new application's folder
                self.folders.add(where.parent.resolve())
            return True
        if where.is_dir():
            if change != self.added:  # its own times or rights: nothing in it changed
                return False
            try:
                found = find_application_folders(where)
            except FollowupError:
                return True  # unreadable: the rebuild says so
            self.folders.update(folder.resolve() for folder in found)
            return bool(found)
        # Gone (or a file of no source's kind): a change when applications were inside it.
        gone = {folder for folder in self.folders
                if folder == where or where in folder.parents}
        self.folders -= gone
        return bool(gone)


def applications_of(profiles: Path, changed: list[Path]) -> set[str]:
    """The applications these changed files belong to: those whose own YAML they are, or
    whose candidate.yaml (one in an application's folder, or in a folder of several, a
    coach's per person); empty when any belongs to every application or to none we know (a
    candidate.yaml at the top, a template, a folder that is no application or no longer one)."""
    root = profiles.resolve()
    names: set[str] = set()
    for path in changed:
        folder = path.resolve().parent
        if not folder.is_relative_to(root) or (path.name == CANDIDATE_FILE and folder == root):
            return set()
        if path.name == CANDIDATE_FILE:
            mine = _reading(folder)
            if not mine:
                return set()
            names.update(application_name(root, one) for one in mine)
        elif path.name in (ROLE_FILE, INTERVIEWERS_FILE) and (folder / ROLE_FILE).is_file():
            names.add(application_name(root, folder))
        else:
            return set()
    return names


def _reading(folder: Path) -> list[Path]:
    """The application folders whose candidate.yaml is the one in `folder`: those inside it
    with no candidate.yaml of their own on the way (see input.sources.NearestCandidate)."""
    try:
        inside = find_application_folders(folder)
    except FollowupError:  # gone, or unreadable: the rebuild of everything says so
        return []
    return [one for one in inside
            if not any((between / CANDIDATE_FILE).exists()
                       for between in (one, *one.parents) if between.is_relative_to(folder)
                       and between != folder)]


def watched(options: Options) -> list[Path]:
    """Where the drafts are made from: the profiles, and where the run looks packs up (as
    prepare.py does: the project's templates/, else the working directory's, and the
    built-ins), and a pack given as a folder."""
    from ..compose.packs import pack_dirs

    paths = [options.profiles,
             *(folder for _, folder in pack_dirs(options.project or Path.cwd()))]
    if options.pack and Path(options.pack).is_dir():
        paths.append(Path(options.pack))
    return [path for path in paths if path.exists()]


class Watching:
    """The stop event as watchfiles reads it (anything with `is_set()`): asked at each step of
    its wait, so first once its watcher is set up and sees every change. That first time
    `started` is called: the server is ready then, and no save after "serving" goes unseen,
    without a timeout to wake the loop for it."""

    def __init__(self, stop: threading.Event | None, started: Callable[[], None]) -> None:
        self.stop = stop or threading.Event()
        self.started: Callable[[], None] | None = started

    def is_set(self) -> bool:
        if self.started is not None:
            started, self.started = self.started, None
            started()
        return self.stop.is_set()


def free(out: Path, stop: threading.Event) -> bool:
    """Wait until no other run holds OUT's lock (a `followup drafts`, a second preview): True
    then, False when `stop` is set first. Looked at every 0.1 s: a save waiting for a run
    is made a moment after it ends, and the lock is advisory, with nothing to wait on."""
    while True:
        try:
            os.close(acquire_lock(out))
            return True
        except Busy:
            if stop.wait(0.1):
                return False
        except OSError:  # OUT gone, say: the rebuild says what is wrong
            return True


class Written:
    """OUT's manifest as this preview last saw it: when it says anything else, another run (a
    `followup drafts`, another preview) wrote OUT, and the open page should load again. Hold
    `lock` while looking, and while a rebuild of ours writes OUT (then see `ours`)."""

    def __init__(self, out: Path) -> None:
        self.index = (out / MANIFEST).resolve()
        self.lock = threading.Lock()
        self.seen = self._digest()
        self.other = False  # another run wrote OUT since the page last heard so

    def _digest(self) -> str | None:
        try:
            return hashlib.sha256(self.index.read_bytes()).hexdigest()
        except OSError:
            return None

    def look(self) -> None:
        """Note whether another run wrote OUT since we last looked."""
        now = self._digest()
        self.other |= now != self.seen
        self.seen = now

    def ours(self) -> None:
        """What OUT's manifest says now is our own rebuild's."""
        self.seen = self._digest()

    def told(self) -> bool:
        """Whether another run wrote OUT since the last time this was asked."""
        other, self.other = self.other, False
        return other


def hear_others(written: Written, stop: Watching, heard: Callable[[], None]) -> None:
    """Call `heard` whenever another run writes OUT, until `stop` is set. A watch of OUT's
    own entries only, beside the sources' watch: watching all of OUT made a live rebuild's
    draft reach the page 30-40 ms later (bench/page.py: the watcher woke for each file the
    rebuild wrote, on 2 cores)."""
    from watchfiles import watch

    for _ in watch(written.index.parent, recursive=False, stop_event=stop, step=10,
                   rust_timeout=0, watch_filter=lambda _, path: Path(path) == written.index):
        with written.lock:
            written.look()
            other = written.told()
        if other:
            heard()

"""The store: a run's drafts staged inside OUT, then moved into place all or nothing, one run
at a time, and never over a hand edit.

A run stages every file in a hidden folder inside OUT and moves them into place only once all
drafts rendered, so a failed run leaves OUT as it was. The manifest records a hash of each file
we wrote: a file that no longer matches was edited by hand, and then every file of that draft is
kept (so its parts never disagree) unless the run is forced. A file whose content would not
change is not rewritten. The store knows drafts and plain files only: what a run's finishing
step adds (the mbox, the review page) joins the same commit as plain files, and the store is
told their names only to refuse writing over someone else's file there.

Beside it: lock.py takes OUT for the run, pending.py is the commit being prepared,
transaction.py moves the files, staging.py and edits.py stage a draft and find hand edits.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Iterable, Mapping
from contextlib import suppress
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from ..errors import OutputError, StoppedAfterWriting, display_path
from .lock import acquire_lock, restore_signals, stop_on_signals, take_over
from .manifest import (
    MANIFEST,
    PARTS,
    STAGING_PREFIX,
    ForeignFile,
    Previous,
    load_manifest,
    recorded,
)
from .pending import Outcome, Pending, WriteReport
from .rows import Rows
from .staging import TREE, Staged
from .streaming import ByName, write_manifest
from .transaction import apply, current_hash

# What a manifest says per application of the run that made its drafts: for an application
# the run could not make, what the last run said stays (or nothing), so its stale drafts are
# never taken for ones made from the inputs that failed.
PER_APPLICATION = ("inputs", "skipped", "findings")


class Store:
    """One run's writes into OUT. Use as `with Store(out) as store: store.add(...)`.

    `files` and `application_files` name what the run writes besides drafts, at the top of
    OUT and in each application's folder: where OUT holds no manifest of ours, such a file
    is someone else's, and never written over."""

    def __init__(self, out: Path, *, force: bool = False, files: Iterable[str] = (),
                 application_files: Iterable[str] = ()) -> None:
        self.out = out
        self.force = force
        self.files = tuple(files)
        self.application_files = tuple(application_files)
        self.made = Rows()  # each staged draft's row, and its parts left unstaged
        self.kept: set[str] = set()  # applications kept as they were (see `reusable`)
        self.failed: set[str] = set()  # applications this run could not make (see `fail`)
        self.previous = Previous({}, Rows(), None)  # the manifest the last run left
        self._staging: Path | None = None
        self._lock: int | None = None
        self._created: list[Path] = []  # folders this run made for OUT, top first
        self._signals: dict[int, Any] = {}  # handlers to put back on the way out
        self.notices: list[str] = []  # what the run found and mended on its way in
        self._committed = False  # OUT holds this run's drafts

    def __enter__(self) -> Store:
        if self.out.exists() and not self.out.is_dir():
            raise OutputError("is not a folder", file=self.out)
        try:
            missing = []
            folder = self.out.absolute()
            while not folder.exists():
                missing.append(folder)
                folder = folder.parent
            self.out.mkdir(parents=True, exist_ok=True)
            self._created = list(reversed(missing))
            self._lock = acquire_lock(self.out)
            self._signals = stop_on_signals()
            self.notices.extend(take_over(self.out))
            # Named with our process id, so a run that finds it left behind can say whose.
            self._staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-",
                                                  dir=self.out))
            self.made = Rows(self._staging / "made.jsonl")
            self.previous = load_manifest(self.out, self._staging / "previous.jsonl")
            # Before any draft is made: a file of someone else's at the top of OUT where the
            # run writes one (the page) stops the whole run.
            if not (self.previous.problem or self.previous.data):
                for name in self.files:
                    if os.path.lexists(self.out / name):
                        raise ForeignFile(self.out / name)
        except OSError as exc:
            self._cleanup()
            raise OutputError(f"cannot be written: {exc.strerror or exc}", file=self.out) from None
        except BaseException:
            self._cleanup()
            raise
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self._cleanup()
        if self._committed and isinstance(error, KeyboardInterrupt) \
                and not isinstance(error, StoppedAfterWriting):
            raise StoppedAfterWriting from None  # stopped, but OUT holds the new drafts

    def _cleanup(self) -> None:
        restore_signals(self._signals)
        self.made.close()
        self.previous.close()
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None
        for folder in reversed(self._created):  # a failed first run leaves no empty OUT behind
            with suppress(OSError):
                folder.rmdir()

    @property
    def lock(self) -> int | None:
        """The open handle that holds OUT's lock (a forked worker closes its copy)."""
        return self._lock

    @property
    def staging(self) -> Path:
        assert self._staging is not None, "use Store as a context manager"
        return self._staging

    def add(self, staged: Staged) -> None:
        """Take a draft staged into `staging` (see `stage`); nothing in OUT changes until
        `commit`."""
        self.made.add({"row": staged.row, "unchanged": list(staged.unchanged)},
                      str(staged.row["application"]))

    def _made(self, application: str) -> list[Staged]:
        return [Staged(one["row"], tuple(one["unchanged"])) for one in self.made.of(application)]

    def reusable(self, application: str, key: str) -> bool:
        """True when the last run made this application's drafts from the same inputs (`key`)
        and every one of its files is still what it wrote: then nothing needs making."""
        inputs = self.previous.data.get("inputs")
        if self.force or self.previous.outside or not isinstance(inputs, dict) \
                or inputs.get(application) != key:
            return False
        rows = self.previous.rows.of(application)
        # A row with a hand edit carried counts too: its files are what the row records.
        return bool(rows) and not any(
            not isinstance(row.get(part), str)
            or current_hash(self.out / row[part]) != recorded(row, part)
            for row in rows for part in PARTS)

    def keep(self, application: str) -> None:
        """Keep this application's drafts as they are (see `reusable`)."""
        self.kept.add(application)

    def fail(self, application: str) -> None:
        """This application could not be made: its drafts in OUT stay as they are, and any of
        its files already staged are left out of the commit."""
        self.failed.add(application)

    def settled(self, meta: Mapping[str, Any],
                files: Iterable[tuple[object, object]]) -> WriteReport | None:
        """The report of a run with nothing to write, or None when there is something: every
        application kept as it was (see `reusable`), the manifest already saying all of
        `meta`, and the other `files` it lists, (path in OUT, hash), still as it left them."""
        previous = self.previous
        meta = self._as_before(meta)
        if self.made or self.force or previous.problem or not self.kept \
                or not all(_same(previous.data.get(key), value) for key, value in meta.items()):
            return None
        if not all(isinstance(path, str) and current_hash(self.out / path) == digest
                   for path, digest in files):
            return None
        return WriteReport([Outcome(name, sys.intern(str(row["kind"])), "unchanged", row["html"])
                            for name in previous.rows.applications() if name in self.kept
                            for row in previous.rows.of(name)],
                           notices=list(self.notices))

    def commit(self, scope: set[tuple[str, str]], meta: Mapping[str, Any],
               finish: Finishing) -> WriteReport:
        """Move staged files into place and write the manifest, as one transaction: if any
        write fails, everything already moved is put back.

        `scope` is the (application, kind) pairs this run made: drafts of those that are no
        longer made are removed (unless edited); the manifest keeps every other row as it was.
        `finish` stages what else the run leaves in OUT, an application at a time, and gives
        what the manifest should say of it.
        """
        refused = self._refused(scope)
        self.failed |= set(refused)
        scope = {(application, kind) for application, kind in scope
                 if application not in self.failed}
        meta = self._as_before(meta)
        pending = Pending(self.out, self.staging, self.force, self.previous, scope)
        pending.report.refused = refused
        pending.report.notices.extend(self.notices)
        if self.previous.problem:
            pending.report.notices.append(self.previous.problem)
        if self.previous.outside:
            pending.report.notices.append(
                f"ignored {len(self.previous.outside)} path(s) in {MANIFEST} that lead out of "
                f"{display_path(self.out)} ({self.previous.outside[0]}…); nothing was read or "
                "written there")
        # An application with no folder in OUT yet moves in whole, staged tree and all: one
        # rename instead of three per draft. Measured: saves 6% of a first 1,000-draft batch's
        # instructions and 10% of its time.
        for name in sorted(self._new_applications(refused)):
            pending.move_folder(self.staging / TREE / name, self.out / name)
        # An application at a time, in the manifest's order: a cohort's rows are never all
        # in memory at once.
        names = {*self.made.applications(), *self.previous.rows.applications(),
                 *(application for application, _ in scope)}
        for name in sorted(names, key=str):
            pending.fresh.clear()
            old_by_path = {row["html"]: row for row in self.previous.rows.of(name)}
            for staged in [] if name in refused else self._made(name):
                pending.place_made(staged, old_by_path.pop(staged.row["html"], None))
            for old in old_by_path.values():
                pending.place_previous(old, self.kept)
            finish.application(pending, name, pending.settle())
        head = {**meta, **finish.done(pending)}
        # last: it describes the files before it
        pending.put_written(MANIFEST, lambda path: write_manifest(path, head, pending.placed))
        pending.placed.close()
        apply(self.out, self.staging, pending.moves, pending.deletions)
        self._committed = True
        return pending.report

    def _as_before(self, meta: Mapping[str, Any]) -> dict[str, Any]:
        """`meta` with what it says of each failed application as the last run said it."""
        head = dict(meta)
        for key in PER_APPLICATION:
            now, before = meta.get(key), self.previous.data.get(key)
            if not self.failed or not isinstance(now, dict | ByName):
                continue
            said: Mapping[str, Any] = before if isinstance(before, Mapping) else {}
            made = list(now) if isinstance(now, dict) else list(now.names)
            names = [name for name in made if name not in self.failed or name in said]
            names += [name for name in sorted(self.failed - set(made)) if name in said]
            kept = ByName(names, partial(_either, said, self.failed, now))
            # One made now by name, too large to hold, stays so.
            head[key] = kept if isinstance(now, ByName) else {
                name: kept.value(name) for name in names}
        return head

    def _refused(self, scope: set[tuple[str, str]]) -> dict[str, OutputError]:
        """Where OUT has no manifest of ours, files at our paths are not ours: an application
        with one that differs from what we would write is refused, naming the files, and the
        others go on (an OUT/index.html stopped the whole run on its way in). Where it has one
        (if damaged by hand), a file it does not know is kept as a hand edit instead, never
        written over."""
        previous = self.previous
        if previous.problem or previous.data or self.force:
            return {}
        found: dict[str, list[str]] = {}
        for one in (one for name in self.made.applications() for one in self._made(name)):
            for part in PARTS:
                path = one.row[part]
                if part not in one.unchanged and os.path.lexists(self.out / path):
                    found.setdefault(one.row["application"], []).append(path)
        for application in sorted({application for application, _ in scope}):
            for name in self.application_files:
                path = f"{application}/{name}"
                if os.path.lexists(self.out / path):
                    found.setdefault(application, []).append(path)
        return {application: OutputError(
            f"{', '.join(paths)} {'was' if len(paths) == 1 else 'were'} not made by followup, "
            f"so {'it is' if len(paths) == 1 else 'they are'} not written over; move "
            f"{'it' if len(paths) == 1 else 'them'} away, or --force", file=self.out)
            for application, paths in found.items()}

    def _new_applications(self, refused: Mapping[str, object]) -> set[str]:
        """Applications staged in this run with no folder in OUT yet, none of whose drafts
        was kept, and with no other application's folder inside theirs."""
        staged = {name for name in self.made.applications() if name not in refused}
        names = staged | self.kept | self.failed | set(self.previous.rows.applications())
        # An application with a file left unstaged (it was in OUT) never moves in whole.
        staged -= {name for name in staged if any(one.unchanged for one in self._made(name))}
        holding = {"/".join(parts[:end]) for parts in (name.split("/") for name in names)
                   for end in range(1, len(parts))}  # folders with an application inside
        return {name for name in staged
                if name not in holding and not os.path.lexists(self.out / name)}


def _either(said: Mapping[str, Any], failed: set[str], now: dict[str, Any] | ByName,
            name: str) -> object:
    """What the manifest says of an application: as the last run said it if it failed now."""
    if name in failed:
        return said[name]
    return now[name] if isinstance(now, dict) else now.value(name)


def _same(before: object, now: object) -> bool:
    return now.same(before) if isinstance(now, ByName) else before == now


class Finishing(Protocol):
    """A run's finishing step (see finish.py), as the commit calls it."""

    def application(self, pending: Pending, name: str, rows: list[dict[str, Any]]) -> None:
        """Stage what the run leaves in OUT for this application, whose drafts, as the
        manifest will list them, are `rows`."""

    def done(self, pending: Pending) -> Mapping[str, Any]:
        """Stage the rest; what the manifest should say of all it staged."""

"""The store: a run's drafts staged inside OUT, then moved into place all or nothing, one run
at a time, and never over a hand edit.

A run stages every file in a hidden folder inside OUT and moves them into place only once all
drafts rendered, so a failed run leaves OUT as it was. The manifests record a hash of each file
we wrote: a file that no longer matches was edited by hand, and then every file of that draft is
kept (so its parts never disagree) unless the run is forced. A file whose content would not
change is not rewritten. The store knows drafts and plain files only: what a run's finishing
step adds (the mbox, the review page) joins the same commit as plain files, and the store is
told their names only to refuse writing over someone else's file there.

Beside it: lock.py takes OUT for the run, pending.py is the commit being prepared,
transaction.py moves the files, staging.py and edits.py stage a draft and find hand edits,
foreign.py refuses to write over someone else's files, reuse.py says what a run need not
write, manifest.py says what the manifests hold, previous.py reads them (legacy.py, the old
one), source.py says which profiles folder each application came from.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from pathlib import Path
from typing import Any, Protocol

from ..errors import Notice, OutputError, StoppedAfterWriting
from . import foreign, reuse
from .legacy import MIGRATED
from .lock import acquire_lock, restore_signals, stop_on_signals, take_over
from .manifest import (
    MANIFEST,
    STAGING_PREFIX,
    Record,
    application_manifest,
    index_manifest,
)
from .pending import Pending, WriteReport
from .previous import Previous, load_manifest
from .reuse import About, Files
from .rows import Rows
from .source import earlier_source, says
from .staging import TREE, Staged
from .transaction import apply


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
        self.dropped: set[str] = set()  # applications the profiles no longer have (`drop`)
        self.previous = Previous(out)  # the manifests the last run left
        self._staging: Path | None = None
        self._lock: int | None = None
        self._created: list[Path] = []  # folders this run made for OUT, top first
        self._signals: dict[int, Any] = {}  # handlers to put back on the way out
        self.notices: list[Notice] = []  # what the run found and mended on its way in
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
            foreign.check_top(self.out, self.previous, self.files)  # the page's place, say
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
        """Whether this application's drafts need no making (see reuse.reusable)."""
        return not self.force and reuse.reusable(self.out, self.previous.of(application), key)

    def keep(self, application: str) -> None:
        """Keep this application's drafts as they are (see `reusable`)."""
        self.kept.add(application)

    def fail(self, application: str) -> None:
        """This application could not be made: its drafts in OUT stay as they are, and any of
        its files already staged are left out of the commit."""
        self.failed.add(application)

    def drop(self, applications: Iterable[str]) -> None:
        """Applications OUT holds that the profiles no longer have (a folder renamed or
        deleted): their drafts go as any draft no longer planned does (one edited by hand is
        kept, and named), and their manifest and files with the last of them."""
        self.dropped.update(applications)

    def settled(self, head: Mapping[str, Any], about: About, files: Files,
                application_files: Callable[[Mapping[str, Any]], Files]) -> WriteReport | None:
        """The report of a run with nothing to write, or None (see reuse.settled)."""
        if self.made or self.force or self.dropped:
            return None
        return reuse.settled(self.out, self.previous, self.kept, head, about, files,
                             application_files, self.notices)

    def commit(self, scope: set[tuple[str, str]], head: Mapping[str, Any], about: About,
               finish: Finishing) -> WriteReport:
        """Move staged files into place and write the manifests, as one transaction: if any
        write fails, everything already moved is put back.

        `scope` is the (application, kind) pairs this run made: drafts of those that are no
        longer made are removed (unless edited); every other row stays as it was. Each
        application made gets a manifest of its drafts and `about(name)`; the index says
        `head`. `finish` stages what else the run leaves in OUT, an application at a time,
        and gives what the manifests should say of it.
        """
        refused = {} if self.force else foreign.refused(
            self.out, self.previous, self._made, (name for name, _ in scope),
            self.application_files)
        self.failed |= set(refused)
        scope = {(application, kind) for application, kind in scope
                 if application not in self.failed}
        making = {application for application, _ in scope}
        dropped = self.dropped - making - self.failed - self.kept
        previous = self.previous
        pending = Pending(self.out, self.staging, self.force, previous, scope, dropped)
        pending.report.refused = dict(refused)
        pending.report.notices.extend(self.notices)
        if previous.problem:
            pending.report.notices.append(Notice.of(previous.problem))
        if previous.legacy is not None:  # every application's manifest is written this once
            pending.report.notices.append(Notice.of(self.out / MANIFEST, f" {MIGRATED}"))
        # An application with no folder in OUT yet moves in whole, staged tree and all: one
        # rename instead of three per draft. Measured: saves 6% of a first 1,000-draft batch's
        # instructions and 10% of its time.
        for name in sorted(self._new_applications(refused)):
            pending.move_folder(self.staging / TREE / name, self.out / name)
        # An application at a time: a cohort's rows are never all in memory at once. Those
        # this run did not make are read only for the page, or to write an old manifest anew.
        names = making | dropped
        if finish.page or previous.legacy is not None:
            names.update(previous.applications())
        gone = set()  # listed, but with no manifest left (its folder deleted, say)
        for name in sorted(names, key=str):
            record = previous.of(name)
            if self._foreign(pending, name, record):
                continue
            if not record.known and name not in making:
                gone.add(name)
            self._say(pending, name, record)
            pending.fresh.clear()
            old_by_path = {row["html"]: row for row in record.rows}
            for staged in self._made(name) if name in making else []:
                pending.place_made(staged, old_by_path.pop(staged.row["html"], None))
            for old in old_by_path.values():
                pending.place_previous(old, self.kept)
            rows = pending.settle()
            if name in dropped and not rows:  # its last draft gone: its own files with it
                pending.deletions.extend(path for path in (
                    self.out / name / one for one in (MANIFEST, *self.application_files))
                    if path.is_file())
                gone.add(name)
                continue
            # One this run left (another profiles folder's) is written only where what it
            # says is out of date: written before manifests named their source, it means the
            # index's, and the index is about to name this run's folder instead.
            fresh = about(name) if name in making else earlier_source(previous.data, record)
            said = {**record.about, **fresh, **finish.application(pending, name, rows, record)}
            if name in making or name in dropped or previous.legacy is not None \
                    or not says(self.out, head, record.about, fresh):
                pending.put(f"{name}/{MANIFEST}",
                            application_manifest(head.get("generator"), name, said, rows))
        listed = sorted({*previous.applications(), *(making - self.failed)} - gone, key=str)
        # last: it describes the files before it (unchanged, it is not written at all)
        pending.put(MANIFEST, index_manifest({**head, "applications": listed,
                                              **finish.done(pending)}))
        apply(self.out, self.staging, pending.moves, pending.deletions)
        self._committed = True
        return pending.report

    def _say(self, pending: Pending, name: str, record: Record) -> None:
        """What the run should tell of an application's manifest it could not fully use."""
        if record.problem:
            pending.report.notices.append(Notice.of(record.problem))
        if record.outside:
            where = self.out / name / MANIFEST if self.previous.legacy is None \
                else self.out / MANIFEST
            pending.report.notices.append(Notice.of(
                f"ignored {len(record.outside)} path(s) in ", where, " that lead out of ",
                self.out, f" ({record.outside[0]}…); nothing was read or written there"))

    def _foreign(self, pending: Pending, name: str, record: Record) -> bool:
        """Whether the application's folder holds a manifest.json someone else made: then it
        is refused, naming it (never written over, --force or not), and the others go on."""
        if record.foreign:
            self.failed.add(name)
            pending.report.refused[name] = foreign.foreign_manifest(self.out, name)
        return record.foreign

    def _new_applications(self, refused: Mapping[str, object]) -> set[str]:
        """Applications staged in this run with no folder in OUT yet, none of whose drafts
        was kept, and with no other application's folder inside theirs."""
        staged = {name for name in self.made.applications() if name not in refused}
        names = staged | self.kept | self.failed | set(self.previous.applications())
        # An application with a file left unstaged (it was in OUT) never moves in whole.
        staged -= {name for name in staged if any(one.unchanged for one in self._made(name))}
        holding = {"/".join(parts[:end]) for parts in (name.split("/") for name in names)
                   for end in range(1, len(parts))}  # folders with an application inside
        return {name for name in staged
                if name not in holding and not os.path.lexists(self.out / name)}


class Finishing(Protocol):
    """A run's finishing step (see finish.py), as the commit calls it."""

    page: bool  # whether it makes the page of every application (else of none)

    def application(self, pending: Pending, name: str, rows: list[dict[str, Any]],
                    record: Record) -> Mapping[str, Any]:
        """Stage what the run leaves in OUT for this application, whose drafts, as its
        manifest will list them, are `rows` (`record`: what its manifest said before); what
        its manifest should say of what it staged."""

    def done(self, pending: Pending) -> Mapping[str, Any]:
        """Stage the rest; what the index should say of it."""

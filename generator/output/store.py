"""The store: a run's drafts staged inside OUT, then moved into place all or nothing, one run
at a time, and never over a hand edit.

A run stages every file in a hidden folder inside OUT and moves them into place only once all
drafts rendered, so a failed run leaves OUT as it was. The manifest records a hash of each file
we wrote: a file that no longer matches was edited by hand, and then every file of that draft is
kept (so its parts never disagree) unless the run is forced. A file whose content would not
change is not rewritten. The store knows drafts and plain files only: what a run's finishing
step adds (the mbox, the review page) joins the same commit as plain files.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import signal
import tempfile
import threading
from collections.abc import Callable, Iterable, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import OutputError, StoppedAfterWriting, display_path
from .manifest import (
    MANIFEST,
    MBOX,
    PARTS,
    STAGING_PREFIX,
    ForeignFile,
    Previous,
    load_manifest,
    recorded,
    write_manifest,
)
from .review import PAGE
from .staging import TREE, Staged
from .transaction import STOPS, Move, apply, current_hash, edited, is_inside, recover

UNRECOVERED_PREFIX = ".followup-unrecovered-"  # a staging folder whose commit was not mended
# What a manifest says per application of the run that made its drafts: for an application
# the run could not make, what the last run said stays (or nothing), so its stale drafts are
# never taken for ones made from the inputs that failed.
PER_APPLICATION = ("inputs", "skipped", "findings")


@dataclass(frozen=True)
class Outcome:
    """What became of one draft: written, unchanged, or kept because it was edited by hand."""

    application: str
    kind: str
    status: str
    paths: tuple[str, ...]


@dataclass
class WriteReport:
    outcomes: list[Outcome] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # drafts no longer generated
    notices: list[str] = field(default_factory=list)
    refused: dict[str, OutputError] = field(default_factory=dict)  # application -> why


class Store:
    """One run's writes into OUT. Use as `with Store(out) as store: store.add(...)`."""

    def __init__(self, out: Path, *, force: bool = False) -> None:
        self.out = out
        self.force = force
        self.staged: list[Staged] = []
        self.kept: set[str] = set()  # applications kept as they were (see `reusable`)
        self.failed: set[str] = set()  # applications this run could not make (see `fail`)
        self.previous = Previous({}, [], None)  # the manifest the last run left
        self._staging: Path | None = None
        self._lock: int | None = None
        self._created: list[Path] = []  # folders this run made for OUT, top first
        self._signals: dict[int, Any] = {}  # handlers to put back on the way out
        self.notices: list[str] = []  # what the run found and mended on its way in
        self._by_application: dict[str, list[dict[str, Any]]] | None = None  # see `reusable`
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
            self._stop_on_signals()
            self.notices.extend(take_over(self.out))
            # Named with our process id, so a run that finds it left behind can say whose.
            self._staging = Path(tempfile.mkdtemp(prefix=f"{STAGING_PREFIX}{os.getpid()}-",
                                                  dir=self.out))
            self.previous = load_manifest(self.out)
            # Before any draft is made: a page of someone else's in OUT stops the whole run.
            if not (self.previous.problem or self.previous.data) \
                    and os.path.lexists(self.out / PAGE):
                raise ForeignFile(self.out / PAGE)
        except OSError as exc:
            self._cleanup()
            raise OutputError(f"cannot be written: {exc.strerror or exc}", file=self.out) from None
        except BaseException:
            self._cleanup()
            raise
        return self

    def _stop_on_signals(self) -> None:
        """SIGTERM and SIGHUP (a `kill`, a closed terminal) stop the run as Ctrl-C does: the
        staging folder goes, the lock is let go, OUT stays as it was."""
        if threading.current_thread() is not threading.main_thread():
            return

        def interrupt(number: int, frame: object) -> None:
            raise KeyboardInterrupt

        for number in STOPS:
            # One the process ignores (started under nohup) is left ignored.
            if number != signal.SIGINT and signal.getsignal(number) is not signal.SIG_IGN:
                self._signals[number] = signal.signal(number, interrupt)

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self._cleanup()
        if self._committed and isinstance(error, KeyboardInterrupt) \
                and not isinstance(error, StoppedAfterWriting):
            raise StoppedAfterWriting from None  # stopped, but OUT holds the new drafts

    def _cleanup(self) -> None:
        for number, handler in self._signals.items():
            signal.signal(number, handler)
        self._signals.clear()
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
        self.staged.append(staged)

    def reusable(self, application: str, key: str) -> bool:
        """True when the last run made this application's drafts from the same inputs (`key`)
        and every one of its files is still what it wrote: then nothing needs making."""
        inputs = self.previous.data.get("inputs")
        if self.force or self.previous.outside or not isinstance(inputs, dict) \
                or inputs.get(application) != key:
            return False
        # Grouped once: scanning every row for each of a 100,000-draft re-run's 20,000
        # applications took about 870 s here (bench/scale.py); grouping takes 0.02 s.
        if self._by_application is None:
            self._by_application = {}
            for row in self.previous.rows:
                self._by_application.setdefault(row["application"], []).append(row)
        rows = self._by_application.get(application, [])
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
        if self.staged or self.force or previous.problem or not self.kept \
                or any(previous.data.get(key) != value for key, value in meta.items()):
            return None
        if not all(isinstance(path, str) and current_hash(self.out / path) == digest
                   for path, digest in files):
            return None
        return WriteReport([Outcome(row["application"], row["kind"], "unchanged",
                                    tuple(row[p] for p in PARTS))
                            for row in previous.rows if row["application"] in self.kept],
                           notices=list(self.notices))

    def commit(self, scope: set[tuple[str, str]], meta: Mapping[str, Any],
               finish: Callable[[Pending], Mapping[str, Any]]) -> WriteReport:
        """Move staged files into place and write the manifest, as one transaction: if any
        write fails, everything already moved is put back.

        `scope` is the (application, kind) pairs this run made: drafts of those that are no
        longer made are removed (unless edited); the manifest keeps every other row as it was.
        `finish(pending)` stages what else the run leaves in OUT and gives what the manifest
        should say of it.
        """
        refused = self._refused(scope)
        self.failed |= set(refused)
        self.staged = [one for one in self.staged if one.row["application"] not in refused]
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
        for name in sorted(self._new_applications()):
            pending.move_folder(self.staging / TREE / name, self.out / name)
        old_by_path = {row["html"]: row for row in self.previous.rows}
        for staged in self.staged:
            self._place(pending, staged, old_by_path.pop(staged.row["html"], None))
        for old in old_by_path.values():
            self._place_old(pending, old)
        pending.rows.sort(key=lambda r: (str(r.get("application")), str(r.get("kind")),
                                         str(r.get("html"))))
        head = {**meta, **finish(pending)}
        # last: it describes the files before it
        pending.put_written(MANIFEST, lambda path: write_manifest(path, head, pending.rows))
        apply(self.out, self.staging, pending.moves, pending.deletions)
        self._committed = True
        return pending.report

    def _as_before(self, meta: Mapping[str, Any]) -> dict[str, Any]:
        """`meta` with what it says of each failed application as the last run said it."""
        head = dict(meta)
        for key in PER_APPLICATION:
            now, before = meta.get(key), self.previous.data.get(key)
            if not self.failed or not isinstance(now, dict):
                continue
            before = before if isinstance(before, dict) else {}
            head[key] = {name: before[name] if name in self.failed else value
                         for name, value in now.items()
                         if name not in self.failed or name in before}
            head[key].update((name, before[name]) for name in sorted(self.failed)
                             if name in before and name not in now)
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
        for one in self.staged:
            for part in PARTS:
                path = one.row[part]
                if part not in one.unchanged and os.path.lexists(self.out / path):
                    found.setdefault(one.row["application"], []).append(path)
        for application in sorted({application for application, _ in scope}):
            path = f"{application}/{MBOX}"
            if os.path.lexists(self.out / path):
                found.setdefault(application, []).append(path)
        return {application: OutputError(
            f"{', '.join(paths)} {'was' if len(paths) == 1 else 'were'} not made by followup, "
            f"so {'it is' if len(paths) == 1 else 'they are'} not written over; move "
            f"{'it' if len(paths) == 1 else 'them'} away, or --force", file=self.out)
            for application, paths in found.items()}

    def _place(self, pending: Pending, staged: Staged, old: dict[str, Any] | None) -> None:
        """A draft made in this run: moved into place, or kept when edited by hand."""
        row = staged.row
        paths = tuple(row[p] for p in PARTS)
        status = "written"
        if self.out / row["application"] not in pending.moved:  # else it came with its folder
            now = {part: current_hash(self.out / row[part]) for part in PARTS}
            # Edited by hand (see `edited`), unless the draft was made from the edit (see
            # output.edits: then the file already is what this run writes).
            if not self.force and any(now[p] is not None
                                      and now[p] not in (recorded(old, p), row["sha256"][p])
                                      for p in PARTS):
                kept = old or row
                pending.rows.append({**kept, "edited": _parts_edited(kept, now)})
                pending.outcome(row, "kept", paths)
                return
            changed = [part for part in PARTS if now[part] != row["sha256"][part]]
            if any(part in staged.unchanged for part in changed):
                raise OutputError(f"{row['html']} and its files changed while this run made "
                                  "drafts; nothing was changed: run it again", file=self.out)
            for part in changed:
                pending.move(staged.source(self.staging, part), self.out / row[part])
            status = "written" if changed else "unchanged"
        pending.rows.append(row)
        pending.fresh.add(row["html"])
        pending.outcome(row, status, paths)

    def _place_old(self, pending: Pending, old: dict[str, Any]) -> None:
        """A draft the last run wrote and this one did not make: kept as it is, or removed
        when its kind was made and it is no longer (unless edited by hand)."""
        paths = tuple(old[p] for p in PARTS)
        if old["application"] in self.kept:
            pending.rows.append(old)
            pending.outcome(old, "unchanged", paths)
            return
        if (old["application"], old["kind"]) not in pending.scope:
            pending.rows.append(old)
            return
        files = {p: self.out / old[p] for p in PARTS if isinstance(old.get(p), str)}
        if not all(is_inside(self.out, f) for f in files.values()):
            pending.report.notices.append(f"ignored a {MANIFEST} row pointing outside "
                                          f"{self.out}")
            return
        now = {p: current_hash(f) for p, f in files.items()}
        if any(now[p] is not None and now[p] != recorded(old, p) for p in files):
            # Kept, and kept in the manifest, so every later run still says so.
            pending.rows.append({**old, "edited": _parts_edited(old, now), "stale": True})
            pending.report.notices.append(f"kept {display_path(self.out / old['html'])}: no "
                                          "longer generated, but edited by hand")
            return
        pending.deletions.extend(f for f in files.values() if f.exists())
        pending.report.removed.append(str(old["html"]))

    def _new_applications(self) -> set[str]:
        """Applications staged in this run with no folder in OUT yet, none of whose drafts
        was kept, and with no other application's folder inside theirs."""
        staged = {one.row["application"] for one in self.staged}
        names = staged | self.kept | self.failed | {row["application"]
                                                    for row in self.previous.rows}
        # An application with a file left unstaged (it was in OUT) never moves in whole.
        staged -= {one.row["application"] for one in self.staged if one.unchanged}
        holding = {"/".join(parts[:end]) for parts in (name.split("/") for name in names)
                   for end in range(1, len(parts))}  # folders with an application inside
        return {name for name in staged
                if name not in holding and not os.path.lexists(self.out / name)}


class Pending:
    """A commit being prepared: the manifest rows it will write, the files it will move into
    OUT and delete, and its report. The finishing step adds its own files here."""

    def __init__(self, out: Path, staging: Path, force: bool, previous: Previous,
                 scope: set[tuple[str, str]]) -> None:
        self.out, self.force, self.previous, self.scope = out, force, previous, scope
        self.rows: list[dict[str, Any]] = []
        self.fresh: set[str] = set()  # drafts (html paths) as this run made them
        self.report = WriteReport()
        self.moves: list[Move] = []
        self.deletions: list[Path] = []
        self.moved: dict[Path, Path] = {}  # folders that move in whole: OUT path -> staged
        self._staging = staging
        self._incoming: dict[Path, Path] = {}  # OUT path -> the staged file that goes there

    def outcome(self, row: Mapping[str, Any], status: str, paths: tuple[str, ...]) -> None:
        self.report.outcomes.append(Outcome(row["application"], row["kind"], status, paths))

    def move(self, source: Path, target: Path) -> None:
        self.moves.append((source, target))
        self._incoming[target] = source

    def move_folder(self, source: Path, target: Path) -> None:
        self.moves.append((source, target))
        self.moved[target] = source

    def arriving(self, relative: str) -> Path:
        """Where the file that will be OUT/`relative` is now: staged, in a folder that moves
        in whole, or already there."""
        path = self.out / relative
        if path in self._incoming:
            return self._incoming[path]
        for folder in path.parents:
            if folder in self.moved:
                return self.moved[folder] / path.relative_to(folder)
        return path

    def read(self, relative: str) -> bytes | None:
        """A file as it will be in OUT after the commit; None when it will not be a file."""
        source = self.arriving(relative)
        if not is_inside(self.out, self.out / relative) or not source.is_file():
            return None
        return source.read_bytes()

    def edited(self, relative: str, recorded: str | None) -> bool:
        """Whether OUT/`relative` was edited by hand since a run wrote `recorded` there."""
        return edited(self.out / relative, recorded)

    def put(self, relative: str, data: bytes) -> str:
        """Have OUT/`relative` hold `data` after the commit; its hash."""
        return self.put_written(relative, lambda path: path.write_bytes(data))

    def put_written(self, relative: str, write: Callable[[Path], object]) -> str:
        """Like `put`, for a file that `write(path)` writes (a large one, in pieces)."""
        staged = self._staging / f"extra-{len(self.moves)}"
        try:
            write(staged)
            with staged.open("rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError as exc:
            raise OutputError(f"cannot stage {relative}: {exc.strerror or exc}",
                              file=self.out) from None
        if current_hash(self.out / relative) != digest:
            self.move(staged, self.out / relative)
        return digest

    def put_staged(self, relative: str, source: Path, digest: str) -> None:
        """Have OUT/`relative` be a file already staged (by a worker) with this hash."""
        if self.arriving(relative) == source:
            return  # it moves in with its folder
        if current_hash(self.out / relative) != digest:
            self.move(source, self.out / relative)


def _parts_edited(row: Mapping[str, Any], now: Mapping[str, str | None]) -> list[str]:
    """The manifest's `edited`: the parts of a draft that are the user's, always a list."""
    before = row.get("edited")
    return [part for part in PARTS if (isinstance(before, list) and part in before)
            or (now.get(part) is not None and now.get(part) != recorded(dict(row), part))]


def take_over(out: Path) -> list[str]:
    """Staging folders left in OUT by runs that were killed (we hold the lock, so their
    owners are gone): a commit each was part-way through is finished or rolled back from its
    journal, then the folder is removed. One whose journal could not be followed is kept,
    renamed (it holds the old versions of the files), for the user. A notice for each."""
    notices = []
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
            notices.append(f"{whose} was stopped before it finished; {done.said}, and its "
                           f"files, with the old versions of the drafts it was replacing, "
                           f"are kept in {display_path(kept)}: look there for any draft "
                           "that is missing or wrong, then delete it")
            continue
        shutil.rmtree(folder, ignore_errors=True)
        notices.append(f"{whose} was stopped before it finished; "
                       + (f"{done.said}, and its leftover files were removed" if done else
                          "it had changed nothing, and its leftover files were removed"))
    return notices


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
        raise OutputError(
            "is being written by another followup run; wait for it to finish", file=out
        ) from None
    return handle

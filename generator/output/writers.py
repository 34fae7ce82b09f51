"""Drafts -> files under OUT, with a manifest; all or nothing, and never over a hand edit.

A run stages every file in a hidden folder inside OUT and moves them into place only once all
drafts rendered, so a failed run leaves OUT as it was. The manifest records a hash of each file
we wrote: a file that no longer matches was edited by hand, and then every file of that draft is
kept (so its parts never disagree) unless the run is forced. A file whose content would not
change is not rewritten.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from ..errors import OutputError, display_path

if TYPE_CHECKING:  # at run time a draft is only read: no need to import the renderer
    from ..compose.render import Draft

MANIFEST = "manifest.json"
STAGING_PREFIX = ".followup-staging-"
PARTS = {"html": ".html", "text": ".txt", "eml": ".eml"}
MBOX = "drafts.mbox"
PAGE = "index.html"
# What a page maker is given of each final row: the article a worker made for it, with its
# number of findings, or None when the page must make it from the files (`read`).
Fresh = Callable[[Mapping[str, Any]], "tuple[int, Callable[[], str]] | None"]
# Streams the review page for the final manifest rows into a sink.
PageMaker = Callable[[list[dict[str, Any]], Fresh, Callable[[str], bytes | None],
                      Callable[[bytes], object]], None]


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


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


TREE = "tree"  # in the staging folder: the drafts laid out as they will be in OUT


@dataclass
class Staged:
    """One draft's files written into the staging tree, where OUT will have them, and its
    manifest row, which holds each part's hash. Kept small: a cohort has 10,000."""

    row: dict[str, Any]
    unchanged: tuple[str, ...] = ()  # parts already in OUT as they would be: not staged

    def source(self, staging: Path, part: str) -> Path:
        return staging / TREE / str(self.row[part])


def staged_path(staging: Path, relative: str) -> str:
    """Where a file that will be OUT/`relative` (a plain `a/b/c` path) is staged; its folder
    is made if need be. A string: a batch stages tens of thousands, and pathlib's parsing
    was a tenth of the staging time."""
    folder = os.path.join(staging, TREE, relative.rpartition("/")[0])
    if folder not in _made:
        os.makedirs(folder, exist_ok=True)  # another worker may make it at the same time
        _made.add(folder)
    return os.path.join(staging, TREE, relative)


_made: set[str] = set()  # staging folders this process made (one run's names are unique)


def stage(staging: Path, draft: Draft, eml: bytes, extra: Mapping[str, Any], *,
          compare: bool = True) -> Staged:
    """Write a draft's files into the staging tree, but those already in OUT (the staging
    folder's parent) as they would be: after an edit, most of an application's drafts are
    the same, and on some disks every new file costs half a millisecond. `compare=False`
    when the application has no folder in OUT: there is nothing to compare with."""
    stem = f"{draft.application}/{draft.kind}/{draft.slug}"
    contents = {"html": draft.html.encode("utf-8"), "text": draft.text.encode("utf-8"),
                "eml": eml}
    row: dict[str, Any] = {
        "application": draft.application,
        "kind": draft.kind,
        "variant": draft.variant,
        "audience": draft.audience,
        "recipient": {"name": draft.recipient_name, "email": draft.recipient_email},
        "subject": draft.subject,
        **extra,
    }
    hashes = {}
    unchanged = []
    for part, suffix in PARTS.items():
        data = contents[part]
        row[part] = stem + suffix
        hashes[part] = file_hash(data)
        if compare and _holds(os.path.join(staging.parent, row[part]), data):
            unchanged.append(part)
            continue
        try:
            write_new(staged_path(staging, stem + suffix), data)
        except OSError as exc:
            raise OutputError(f"cannot stage a draft: {exc.strerror or exc}",
                              file=staging.parent) from None
    row["sha256"] = hashes
    return Staged(row, tuple(unchanged))


def _holds(path: str, data: bytes) -> bool:
    """True when `path` is a regular file holding exactly `data` (read only when its size
    says it may)."""
    try:
        status = os.stat(path)
        if not stat.S_ISREG(status.st_mode) or status.st_size != len(data):
            return False
        with open(path, "rb") as handle:
            return handle.read() == data
    except OSError:
        return False


# Looked up once: a getattr that misses (O_BINARY outside Windows) raises and catches inside.
_NEW_FILE = (os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
             | getattr(os, "O_CLOEXEC", 0))


def write_new(path: str, data: bytes) -> None:
    """Write a file that does not exist yet: three system calls, where Path.write_bytes makes
    five or six (a batch stages tens of thousands)."""
    handle = os.open(path, _NEW_FILE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(handle, view):]
    finally:
        os.close(handle)


class Output:
    """One run's writes into OUT. Use as `with Output(out) as output: output.add(...)`."""

    def __init__(self, out: Path, *, force: bool = False) -> None:
        self.out = out
        self.force = force
        self._staged: list[Staged] = []
        self._staging: Path | None = None
        self._lock: int | None = None
        self._created: list[Path] = []  # folders this run made for OUT, top first
        self._kept_applications: set[str] = set()
        self._previous = Previous({}, [], {}, None)
        # Review-page articles made by workers, kept in one staging file (a cohort's would
        # not fit in memory): html path -> (offset, length, findings).
        self._articles: dict[str, tuple[int, int, int]] = {}
        self._article_file: IO[bytes] | None = None
        self._mail: dict[str, tuple[Path, str]] = {}  # application -> staged mbox, its hash

    def __enter__(self) -> Output:
        _real.cache_clear()  # folders resolved in an earlier run may have changed since
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
            self._lock = _acquire_lock(self.out)
            self._staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.out))
            self._previous = load_manifest(self.out)
        except OSError as exc:
            self._cleanup()
            raise OutputError(f"cannot be written: {exc.strerror or exc}", file=self.out) from None
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._cleanup()

    def _cleanup(self) -> None:
        if self._article_file is not None:
            self._article_file.close()
            self._article_file = None
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            _made.difference_update({f for f in _made if f.startswith(str(self._staging))})
            self._staging = None
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None
        for folder in reversed(self._created):  # a failed first run leaves no empty OUT behind
            with suppress(OSError):
                folder.rmdir()

    @property
    def staging(self) -> Path:
        assert self._staging is not None, "use Output as a context manager"
        return self._staging

    def add(self, draft: Draft, eml: bytes, extra: Mapping[str, Any]) -> None:
        """Stage one draft's files; nothing in OUT changes until `commit`. `extra` adds keys
        to its manifest row (its Message-ID, when to send it)."""
        self.add_staged(stage(self.staging, draft, eml, extra))

    def add_staged(self, staged: Staged, article: tuple[int, str] | None = None) -> None:
        """Take a draft staged elsewhere (by a worker process, into `staging`), with its
        review-page article and number of findings if the worker made them."""
        self._staged.append(staged)
        if article is not None:
            if self._article_file is None:
                self._article_file = (self.staging / "articles").open("w+b")
            data = article[1].encode("utf-8")
            offset = self._article_file.seek(0, os.SEEK_END)
            self._article_file.write(data)
            self._articles[staged.row["html"]] = (offset, len(data), article[0])
        _pause_point(len(self._staged))

    def add_mailbox(self, application: str, staged: Path, digest: str) -> None:
        """Take an application's mbox, made by a worker from exactly the drafts it staged:
        used as it is unless the application's final drafts differ (a kept hand edit, or
        kinds this run did not make)."""
        self._mail[application] = (staged, digest)

    def _article(self, html: str) -> tuple[int, Callable[[], str]] | None:
        if html not in self._articles or self._article_file is None:
            return None
        offset, length, findings = self._articles[html]
        handle = self._article_file

        def read() -> str:
            handle.seek(offset)
            return handle.read(length).decode("utf-8")

        return findings, read

    @property
    def previous(self) -> dict[str, Any]:
        """The manifest the last run left (read once, when the run began)."""
        return self._previous.data

    def reusable(self, application: str, key: str) -> bool:
        """True when the last run made this application's drafts from the same inputs (`key`)
        and every one of its files is still what it wrote: then nothing needs making."""
        inputs = self.previous.get("inputs")
        if self.force or not isinstance(inputs, dict) or inputs.get(application) != key:
            return False
        rows = [row for row in self._previous.rows if row["application"] == application]
        return bool(rows) and not any(
            row.get("edited") or not isinstance(row.get(part), str)
            or _current_hash(self.out / row[part]) != _recorded(row, part)
            for row in rows for part in PARTS)

    def keep(self, application: str) -> None:
        """Keep this application's drafts as they are (see `reusable`)."""
        self._kept_applications.add(application)

    def settled(self, meta: dict[str, Any]) -> WriteReport | None:
        """The report of a run with nothing to write, or None when there is something: every
        application kept as it was (see `reusable`), the manifest already saying all of
        `meta`, and its mailboxes and the review page still in OUT as it left them."""
        previous = self._previous
        page = previous.data.get("page")
        if self._staged or self.force or previous.problem or not self._kept_applications \
                or any(previous.data.get(key) != value for key, value in meta.items()) \
                or not isinstance(page, dict) \
                or _current_hash(self.out / PAGE) != page.get("sha256"):
            return None
        for entry in previous.mailboxes.values():
            if not isinstance(entry, dict) or not isinstance(entry.get("path"), str) or \
                    _current_hash(self.out / entry["path"]) != entry.get("sha256"):
                return None
        report = WriteReport()
        for row in previous.rows:
            if row["application"] in self._kept_applications:
                report.outcomes.append(Outcome(row["application"], row["kind"], "unchanged",
                                               tuple(row[p] for p in PARTS)))
        return report

    def commit(self, scope: set[tuple[str, str]], meta: dict[str, Any],
               page: PageMaker | None = None) -> WriteReport:
        """Move staged files into place and write the manifest, as one transaction: if any
        write fails, everything already moved is put back.

        `scope` is the (application, kind) pairs this run made: drafts of those that are no
        longer made are removed (unless edited); the manifest keeps every other row as it was.
        """
        assert self._staging is not None
        report = WriteReport()
        old_rows, old_mailboxes = self._previous.rows, self._previous.mailboxes
        if self._previous.problem:
            report.notices.append(self._previous.problem)
        old_by_path = {row["html"]: row for row in old_rows}
        rows: list[dict[str, Any]] = []
        moves: list[tuple[Path, Path]] = []
        fresh: set[str] = set()  # drafts in OUT as this run made them
        folders: dict[Path, bool] = {}  # which folders exist: a new one holds no files yet
        # An application with no folder in OUT yet moves in whole, staged tree and all:
        # one rename instead of three per draft (a coach's first run of a cohort).
        whole = self._new_applications(old_rows)
        moved = {self.out / name: self.staging / TREE / name for name in sorted(whole)}
        moves.extend((source, target) for target, source in moved.items())

        def current(path: Path) -> str | None:
            if path.parent not in folders:
                folders[path.parent] = os.path.lexists(path.parent)
            return _current_hash(path) if folders[path.parent] else None

        for staged in self._staged:
            row = staged.row
            old = old_by_path.pop(row["html"], None)
            paths = tuple(row[p] for p in PARTS)
            if row["application"] in whole:
                rows.append(row)
                fresh.add(row["html"])
                report.outcomes.append(Outcome(row["application"], row["kind"], "written",
                                               paths))
                continue
            targets = {part: self.out / row[part] for part in PARTS}
            now = {part: current(target) for part, target in targets.items()}
            if not self.force and any(now[p] is not None and now[p] != _recorded(old, p)
                                      for p in PARTS):  # edited by hand (see _edited)
                rows.append({**(old or row), "edited": True})
                report.outcomes.append(Outcome(row["application"], row["kind"], "kept", paths))
                continue
            changed = [(staged.source(self.staging, part), targets[part]) for part in PARTS
                       if now[part] != row["sha256"][part]]
            if any(part in staged.unchanged for part in PARTS
                   if now[part] != row["sha256"][part]):
                raise OutputError(f"{row['html']} and its files changed while this run made "
                                  "drafts; nothing was changed: run it again", file=self.out)
            moves.extend(changed)
            rows.append(row)
            fresh.add(row["html"])
            status = "written" if changed else "unchanged"
            report.outcomes.append(Outcome(row["application"], row["kind"], status, paths))
        deletions: list[Path] = []
        for path, old in old_by_path.items():
            if old["application"] in self._kept_applications:
                rows.append(old)
                report.outcomes.append(Outcome(old["application"], old["kind"], "unchanged",
                                               tuple(old[p] for p in PARTS)))
                continue
            if (old["application"], old["kind"]) not in scope:
                rows.append(old)
                continue
            parts = {p: self.out / old[p] for p in PARTS if isinstance(old.get(p), str)}
            if not all(_is_inside(self.out, f) for f in parts.values()):
                report.notices.append(f"ignored a {MANIFEST} row pointing outside {self.out}")
                continue
            if any(_edited(f, _recorded(old, p)) for p, f in parts.items()):
                # Kept, and kept in the manifest, so every later run still says so.
                rows.append({**old, "edited": True, "stale": True})
                report.notices.append(f"kept {display_path(self.out / path)}: no longer "
                                      "generated, but edited by hand")
                continue
            deletions.extend(f for f in parts.values() if f.exists())
            report.removed.append(str(path))
        rows.sort(key=lambda r: (str(r.get("application")), str(r.get("kind")), str(r.get("html"))))
        mailboxes = self._mailboxes(scope, rows, moves, old_mailboxes, report, fresh, moved)
        page_hash: str | None = None
        if page is not None:  # the review page, from the files as they will be
            where = _arriving(moves, moved)

            def read(relative: str) -> bytes | None:
                path = self.out / relative
                source = where(path)
                return source.read_bytes() if _is_inside(self.out, path) and source.is_file() \
                    else None

            def made(row: Mapping[str, Any]) -> tuple[int, Callable[[], str]] | None:
                return self._article(row["html"]) if row["html"] in fresh else None

            page_hash = self._stage_stream(PAGE, lambda sink: page(rows, made, read, sink), moves)
        # last: it describes the files before it
        head = {**meta, "mailboxes": mailboxes}
        if page_hash is not None:
            head["page"] = {"path": PAGE, "sha256": page_hash}
        self._stage_stream(MANIFEST, lambda write: _write_manifest(write, head, rows), moves)
        self._apply(moves, deletions)
        return report

    def _mailboxes(self, scope: set[tuple[str, str]], rows: list[dict[str, Any]],
                   moves: list[tuple[Path, Path]], old: dict[str, Any],
                   report: WriteReport, fresh: set[str],
                   moved: dict[Path, Path]) -> dict[str, Any]:
        """One mbox per application, from each draft's .eml as it will be in OUT (a kept draft
        goes in as the user left it); an mbox edited by hand is kept like a draft."""
        from .mime import mbox

        where = _arriving(moves, moved)
        mailboxes = {app: entry for app, entry in old.items()
                     if app not in {application for application, _ in scope}}
        by_application: dict[str, list[dict[str, Any]]] = {}
        for row in rows:
            by_application.setdefault(row["application"], []).append(row)
        for application in sorted({application for application, _ in scope}):
            mine = by_application.get(application, [])
            staged = self._mail.get(application)
            data: bytes | None = None
            if staged is not None and all(row["html"] in fresh for row in mine):
                source, digest = staged  # the worker's mbox holds exactly these drafts
            else:
                messages = []
                for row in mine:
                    if isinstance(row.get("eml"), str):
                        path = self.out / row["eml"]
                        source = where(path)
                        if _is_inside(self.out, path) and source.is_file():
                            messages.append(source.read_bytes())
                data = mbox(messages)
                digest = file_hash(data)
            relative = f"{application}/{MBOX}"
            recorded = old.get(application, {}).get("sha256") if isinstance(
                old.get(application), dict) else None
            target = self.out / relative
            if not self.force and _edited(target, recorded):
                report.notices.append(f"kept {display_path(target)}: edited by hand "
                                      "(--force rebuilds it)")
                mailboxes[application] = old[application] if recorded else {
                    "path": relative, "sha256": digest}
                continue
            mailboxes[application] = {"path": relative, "sha256": digest}
            if self.out / application in moved and data is None:
                continue  # the worker's mbox moves in with its folder
            if _current_hash(target) != digest:
                if data is None:
                    moves.append((source, target))
                else:
                    self._stage_file(relative, data, moves)
        return mailboxes

    def _stage_file(self, relative: str, data: bytes, moves: list[tuple[Path, Path]]) -> None:
        assert self._staging is not None
        target = self.out / relative
        if _current_hash(target) == file_hash(data):
            return
        staged = self._staging / f"extra-{len(moves)}"
        try:
            staged.write_bytes(data)
        except OSError as exc:
            raise OutputError(f"cannot stage {relative}: {exc.strerror or exc}",
                              file=self.out) from None
        moves.append((staged, target))

    def _new_applications(self, old_rows: list[dict[str, Any]]) -> set[str]:
        """Applications staged in this run with no folder in OUT yet, none of whose drafts
        was kept, and with no other application's folder inside theirs."""
        staged = {one.row["application"] for one in self._staged}
        names = staged | self._kept_applications | {row["application"] for row in old_rows}
        # An application with a file left unstaged (it was in OUT) never moves in whole.
        staged -= {one.row["application"] for one in self._staged if one.unchanged}
        holding = {"/".join(parts[:end]) for parts in (name.split("/") for name in names)
                   for end in range(1, len(parts))}  # folders with an application inside
        return {name for name in staged
                if name not in holding and not os.path.lexists(self.out / name)}

    def _stage_stream(self, relative: str, write: Callable[[Callable[[bytes], object]], None],
                      moves: list[tuple[Path, Path]]) -> str:
        """Like `_stage_file`, for a file written in pieces and never held whole; its hash."""
        assert self._staging is not None
        staged = self._staging / f"extra-{len(moves)}"
        try:
            with staged.open("wb") as handle:
                sink = _HashingSink(handle)
                write(sink.write)
        except OSError as exc:
            raise OutputError(f"cannot stage {relative}: {exc.strerror or exc}",
                              file=self.out) from None
        if _current_hash(self.out / relative) != sink.hexdigest():
            moves.append((staged, self.out / relative))
        return sink.hexdigest()

    def _apply(self, moves: list[tuple[Path, Path]], deletions: list[Path]) -> None:
        """Replace and delete files; on any failure put every file back as it was. Old
        versions are kept as hard links in the staging folder until the end, so putting
        them back is a rename, not a copy."""
        assert self._staging is not None
        undo: list[tuple[Path, Path | None]] = []  # (path, its old version or None)
        created: list[Path] = []
        with _no_interrupts():
            self._apply_all(moves, deletions, undo, created)
        for path in deletions:
            _remove_empty_parents(path.parent, self.out)

    def _apply_all(self, moves: list[tuple[Path, Path]], deletions: list[Path],
                   undo: list[tuple[Path, Path | None]], created: list[Path]) -> None:
        ready: set[Path] = set()  # folders known to exist by now
        new: set[Path] = set()  # folders this run made: nothing in them to check or keep
        try:
            for source, destination in moves:
                folder = destination.parent
                if folder not in ready:
                    _inside(self.out, destination)
                    made = _make_parents(folder, self.out)
                    created.extend(made)
                    ready.add(folder)
                    if made:
                        new.add(folder)
                if folder in new:
                    undo.append((destination, None))
                else:
                    _inside(self.out, destination)
                    undo.append((destination, self._backup(destination, len(undo))))
                os.replace(source, destination)
            for path in deletions:
                _inside(self.out, path)
                backup = self._backup(path, len(undo))
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
                              "nothing was changed", file=self.out) from None

    def _backup(self, path: Path, number: int) -> Path | None:
        assert self._staging is not None
        backup = self._staging / f"old-{number}"
        try:
            os.link(path, backup)
        except FileNotFoundError:  # nothing there yet: nothing to put back
            return None
        except OSError:  # a file system without hard links
            if not path.exists():
                return None
            shutil.copy2(path, backup)
        return backup


def _write_manifest(write: Callable[[bytes], object], head: dict[str, Any],
                    rows: list[dict[str, Any]]) -> None:
    """The manifest: `head` indented, then one line per draft (a cohort's manifest is
    megabytes; indenting every row in pure Python took longer than writing the drafts)."""
    text = json.dumps(head, ensure_ascii=False, indent=2)
    if not rows:
        write((text[:-2] + ',\n  "drafts": []\n}\n').encode("utf-8"))
        return
    write((text[:-2] + ',\n  "drafts": [\n').encode("utf-8"))
    for start in range(0, len(rows), 500):
        last = start + 500 >= len(rows)
        lines = ",\n".join("    " + json.dumps(row, ensure_ascii=False)
                           for row in rows[start:start + 500])
        write((lines + ("\n  ]\n}\n" if last else ",\n")).encode("utf-8"))


def _arriving(moves: list[tuple[Path, Path]],
              moved: dict[Path, Path]) -> Callable[[Path], Path]:
    """Where the file that will be at a path in OUT is now: staged, in a folder that moves in
    whole, or already there."""
    incoming = {destination: source for source, destination in moves}

    def where(path: Path) -> Path:
        if path in incoming:
            return incoming[path]
        for folder in path.parents:
            if folder in moved:
                return moved[folder] / path.relative_to(folder)
        return path

    return where


class _HashingSink:
    """A binary file that also hashes what is written to it."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._handle = handle
        self._digest = hashlib.sha256()

    def write(self, data: bytes) -> int:
        self._digest.update(data)
        return self._handle.write(data)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


PAUSE = "FOLLOWUP_TEST_PAUSE"


def _pause_point(staged: int) -> None:
    """A deterministic place for tests to hold a run: with FOLLOWUP_TEST_PAUSE=N:PATH, the run
    stops after staging its Nth draft, creates PATH.ready and waits for PATH.go. Tests of
    interruption and of concurrent runs use it instead of sleeping and hoping."""
    setting = os.environ.get(PAUSE)
    if not setting:
        return
    count, _, path = setting.partition(":")
    if staged != int(count):
        return
    Path(path + ".ready").touch()
    while not Path(path + ".go").exists():
        import time

        time.sleep(0.01)


@contextmanager
def _no_interrupts() -> Iterator[None]:
    """Ctrl-C is held off while files move into place (a moment): an interrupted move, or an
    interrupted putting-back, is the one way OUT could end up half old and half new. A
    Ctrl-C in that moment lets the run finish: by then nothing is left to stop."""
    import signal
    import threading

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


@dataclass(frozen=True)
class Previous:
    """OUT's manifest as the last run left it, read once per run."""

    data: dict[str, Any]  # the whole document ({} when missing or unreadable)
    rows: list[dict[str, Any]]  # its well-formed draft rows
    mailboxes: dict[str, Any]
    problem: str | None  # a notice when it exists but cannot be used


def load_manifest(out: Path) -> Previous:
    path = out / MANIFEST
    if not path.exists():
        return Previous({}, [], {}, None)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data["drafts"]
        if not isinstance(rows, list):
            raise TypeError
    except (OSError, ValueError, KeyError, TypeError):
        return Previous({}, [], {}, (
            f"{MANIFEST} in {out} could not be read, so drafts that differ from what would be "
            "written are kept as hand edits (--force overwrites them)"))
    mailboxes = data.get("mailboxes")
    # A row edited by hand into another shape is dropped; its files then count as unknown,
    # which keeps them.
    return Previous(data, [row for row in rows if _well_formed(row)],
                    mailboxes if isinstance(mailboxes, dict) else {}, None)


def read_manifest(out: Path) -> tuple[list[dict[str, Any]], str | None]:
    """The rows of OUT's manifest, and a notice if it exists but cannot be used."""
    previous = load_manifest(out)
    return previous.rows, previous.problem


def _well_formed(row: object) -> bool:
    return (isinstance(row, dict)
            and all(isinstance(row.get(key), str) for key in ("application", "kind", "html"))
            and all(isinstance(row.get(part), str | None) for part in PARTS))


def _recorded(row: dict[str, Any] | None, part: str) -> str | None:
    if not row or not isinstance(row.get("sha256"), dict):
        return None
    value = row["sha256"].get(part)
    return value if isinstance(value, str) else None


def _current_hash(path: Path) -> str | None:
    if not os.path.lexists(path):  # a stat costs far less than a failed open
        return None
    try:
        return file_hash(path.read_bytes())
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise OutputError(f"cannot be read: {exc.strerror or exc}", file=path) from None


def _edited(path: Path, recorded: str | None) -> bool:
    """A file counts as edited when it exists and is not what we last wrote there (or we have
    no record of writing it). A deleted file is not an edit: it is simply written again."""
    current = _current_hash(path)
    return current is not None and current != recorded


def _is_inside(out: Path, path: Path) -> bool:
    # Resolving each folder once: a batch writes thousands of files into a few folders.
    return os.path.join(_real(str(path.parent)), path.name).startswith(_real(str(out)) + os.sep) \
        and not path.is_symlink()


@lru_cache(maxsize=4096)
def _real(folder: str) -> str:
    return os.path.realpath(folder)


def _inside(out: Path, path: Path) -> None:
    # Paths come from slugs and folder names, which cannot leave OUT; this is the last guard.
    if not _is_inside(out, path):
        raise OutputError(f"refusing to write outside the output folder: {path}", file=out)


def _remove_empty_parents(folder: Path, out: Path) -> None:
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _acquire_lock(out: Path) -> int:
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

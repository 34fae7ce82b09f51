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
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import OutputError
from .render import Draft

MANIFEST = "manifest.json"
LOCK = ".followup.lock"
STAGING_PREFIX = ".followup-staging-"
PARTS = {"html": ".html", "text": ".txt", "eml": ".eml"}
MBOX = "drafts.mbox"
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


@dataclass
class _Staged:
    row: dict[str, Any]
    files: dict[str, tuple[Path, str]]  # part -> (staged file, hash)


class Output:
    """One run's writes into OUT. Use as `with Output(out) as output: output.add(...)`."""

    def __init__(self, out: Path, *, force: bool = False) -> None:
        self.out = out
        self.force = force
        self._staged: list[_Staged] = []
        self._staging: Path | None = None
        self._lock: Any = None
        self._created_out = False

    def __enter__(self) -> Output:
        if self.out.exists() and not self.out.is_dir():
            raise OutputError("is not a folder", file=self.out)
        try:
            self._created_out = not self.out.exists()
            self.out.mkdir(parents=True, exist_ok=True)
            self._lock = _acquire_lock(self.out)
            self._staging = Path(tempfile.mkdtemp(prefix=STAGING_PREFIX, dir=self.out))
        except OSError as exc:
            self._cleanup()
            raise OutputError(f"cannot be written: {exc.strerror or exc}", file=self.out) from None
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._cleanup()

    def _cleanup(self) -> None:
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
            self._staging = None
        if self._lock is not None:
            _release_lock(self._lock, self.out)
            self._lock = None
        if self._created_out and self.out.is_dir() and not any(self.out.iterdir()):
            self.out.rmdir()  # a failed first run leaves no empty OUT behind

    def add(self, draft: Draft, eml: bytes, extra: Mapping[str, Any]) -> None:
        """Stage one draft's files; nothing in OUT changes until `commit`. `extra` adds keys
        to its manifest row (its Message-ID, when to send it)."""
        assert self._staging is not None, "use Output as a context manager"
        stem = f"{draft.application}/{draft.kind}/{draft.slug}"
        contents = {"html": draft.html.encode("utf-8"), "text": draft.text.encode("utf-8"),
                    "eml": eml}
        files: dict[str, tuple[Path, str]] = {}
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
        for part, suffix in PARTS.items():
            relative = stem + suffix
            data = contents[part]
            staged = self._staging / f"{len(self._staged)}{suffix}"
            try:
                staged.write_bytes(data)
            except OSError as exc:
                raise OutputError(f"cannot stage a draft: {exc.strerror or exc}",
                                  file=self.out) from None
            row[part] = relative
            hashes[part] = file_hash(data)
            files[part] = (staged, hashes[part])
        row["sha256"] = hashes
        self._staged.append(_Staged(row, files))

    def commit(self, scope: set[tuple[str, str]], meta: dict[str, Any]) -> WriteReport:
        """Move staged files into place and write the manifest.

        `scope` is the (application, kind) pairs this run made: drafts of those that are no
        longer made are removed (unless edited); the manifest keeps every other row as it was.
        """
        report = WriteReport()
        old_rows, problem = read_manifest(self.out)
        if problem:
            report.notices.append(problem)
        old_by_path = {row.get("html"): row for row in old_rows if isinstance(row, dict)}
        rows: list[dict[str, Any]] = []
        moves: list[tuple[Path, Path]] = []
        for staged in self._staged:
            row = staged.row
            old = old_by_path.pop(row["html"], None)
            targets = {part: self.out / row[part] for part in PARTS}
            edited = [str(targets[p].relative_to(self.out).as_posix()) for p in PARTS
                      if _edited(targets[p], _recorded(old, p))]
            paths = tuple(row[p] for p in PARTS)
            if edited and not self.force:
                rows.append({**(old or row), "edited": True})
                report.outcomes.append(Outcome(row["application"], row["kind"], "kept", paths))
                continue
            changed = [(source, targets[part]) for part, (source, digest) in staged.files.items()
                       if _current_hash(targets[part]) != digest]
            moves.extend(changed)
            rows.append(row)
            status = "written" if changed else "unchanged"
            report.outcomes.append(Outcome(row["application"], row["kind"], status, paths))
        deletions: list[Path] = []
        for path, old in old_by_path.items():
            if (old.get("application"), old.get("kind")) not in scope:
                rows.append(old)
                continue
            parts = [self.out / old[p] for p in PARTS if isinstance(old.get(p), str)]
            if not all(_is_inside(self.out, f) for f in parts):
                report.notices.append(f"ignored a {MANIFEST} row pointing outside {self.out}")
                continue
            if any(_edited(f, _recorded(old, p)) for p, f in zip(PARTS, parts, strict=False)):
                report.notices.append(
                    f"kept {path}: it is no longer generated but was edited by hand")
                continue
            deletions.extend(f for f in parts if f.exists())
            report.removed.append(str(path))
        rows.sort(key=lambda r: (str(r.get("application")), str(r.get("kind")), str(r.get("html"))))
        applications = sorted({application for application, _ in scope})
        mailboxes = {app: f"{app}/{MBOX}" for app in applications}
        manifest = json.dumps({**meta, "mailboxes": mailboxes, "drafts": rows},
                              ensure_ascii=False, indent=2) + "\n"
        self._apply(moves, deletions, manifest)
        self._write_mailboxes(mailboxes, rows)
        return report

    def _write_mailboxes(self, mailboxes: dict[str, str], rows: list[dict[str, Any]]) -> None:
        """One mbox per application, from each draft's .eml as it now is in OUT (a hand-edited
        draft goes in as edited). It is made from the drafts, so it is simply rewritten."""
        from .mime import mbox

        assert self._staging is not None
        for application, relative in mailboxes.items():
            messages = []
            for row in rows:
                if row.get("application") == application and isinstance(row.get("eml"), str):
                    path = self.out / row["eml"]
                    if _is_inside(self.out, path) and path.is_file():
                        messages.append(path.read_bytes())
            data = mbox(messages)
            target = self.out / relative
            if _current_hash(target) != file_hash(data):
                staged = self._staging / MBOX
                staged.write_bytes(data)
                target.parent.mkdir(parents=True, exist_ok=True)
                os.replace(staged, target)

    def _apply(self, moves: list[tuple[Path, Path]], deletions: list[Path], manifest: str) -> None:
        assert self._staging is not None
        target = self.out / MANIFEST
        staged_manifest = self._staging / MANIFEST
        try:
            staged_manifest.write_text(manifest, encoding="utf-8")
            for source, destination in moves:
                _inside(self.out, destination)
                destination.parent.mkdir(parents=True, exist_ok=True)
                os.replace(source, destination)
            for path in deletions:
                _inside(self.out, path)
                path.unlink(missing_ok=True)
                _remove_empty_parents(path.parent, self.out)
            if _current_hash(target) != file_hash(manifest.encode("utf-8")):
                os.replace(staged_manifest, target)
        except OSError as exc:
            raise OutputError(f"cannot be written: {exc.strerror or exc}", file=self.out) from None


def read_manifest(out: Path) -> tuple[list[Any], str | None]:
    """The rows of OUT's manifest, and a notice if it exists but cannot be used."""
    path = out / MANIFEST
    if not path.exists():
        return [], None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data["drafts"]
        if not isinstance(rows, list):
            raise TypeError
        # A row edited by hand into another shape is dropped; its files then count as
        # unknown, which keeps them.
        return [row for row in rows if _well_formed(row)], None
    except (OSError, ValueError, KeyError, TypeError):
        return [], (f"{MANIFEST} in {out} could not be read, so drafts that differ from what "
                    "would be written are kept as hand edits (--force overwrites them)")


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
    return os.path.realpath(path).startswith(os.path.realpath(out) + os.sep)


def _inside(out: Path, path: Path) -> None:
    # Paths come from slugs and folder names, which cannot leave OUT; this is the last guard.
    if not _is_inside(out, path):
        raise OutputError(f"refusing to write outside the output folder: {path}", file=out)


def _remove_empty_parents(folder: Path, out: Path) -> None:
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def _acquire_lock(out: Path) -> Any:
    path = out / LOCK
    handle = path.open("a+")
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory lock, runs are not concurrent
        return handle
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise OutputError(
            "is being written by another followup run; wait for it to finish", file=out
        ) from None
    return handle


def _release_lock(handle: Any, out: Path) -> None:
    # Removed before unlocking so a run that fails leaves OUT exactly as it found it.
    (out / LOCK).unlink(missing_ok=True)
    handle.close()


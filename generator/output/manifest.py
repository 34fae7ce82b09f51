"""OUT/manifest.json: every draft a run wrote, with a hash of each of its files, and what the
run was. The next run reads it to tell a hand edit from its own work; `check`, `preview` and
`push` read it to find the drafts."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import OutputError
from ..findings import DraftKey, Finding
from . import streaming
from .rows import Rows
from .streaming import JSONError, Kept

MANIFEST = "manifest.json"
PARTS = {"html": ".html", "text": ".txt", "eml": ".eml"}  # a draft's files, by part
MBOX = "drafts.mbox"  # in each application's folder: all of its drafts


def draft_files(application: str, kind: str, recipient: str) -> dict[str, str]:
    """Where a draft's files are in OUT, by part: <application>/<kind>/<recipient slug>.*"""
    stem = f"{application}/{kind}/{recipient}"
    return {part: stem + suffix for part, suffix in PARTS.items()}


def row_draft(row: Mapping[str, Any]) -> tuple[str, str, str]:
    """A manifest row's (application, kind, recipient slug): what joins it to its findings."""
    return draft_of(str(row["application"]), str(row["kind"]), str(row["html"]))


def draft_of(application: str, kind: str, path: str) -> tuple[str, str, str]:
    """(application, kind, recipient slug) of the draft whose file is `path` in OUT."""
    return application, kind, PurePosixPath(path).stem


def write_replacing(path: Path, data: bytes) -> None:
    """Write a whole file in one step (a temporary beside it, then a rename), so a reader never
    sees half of it; an OSError (a full disk, a read-only folder) becomes an OutputError that
    names the file, and leaves the old file as it was."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OutputError(f"cannot be written: {exc.strerror or exc}", file=path) from None


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class ForeignFile(OutputError):
    """A file at a path followup writes that followup did not make: never written over."""

    def __init__(self, path: Path) -> None:
        super().__init__("was not made by followup, so it is not written over; move it away, "
                         "or write the drafts to another folder (--out)", file=path)

    def __reduce__(self) -> tuple[Any, ...]:
        # Built from its path alone (FollowupError's way passes a message): a worker raises it.
        return (ForeignFile, (self.file,))


def ours(data: object) -> bool:
    """Whether a JSON document is a manifest of ours, if perhaps damaged by hand: it says it
    is, or it lists drafts (a web app's manifest.json does neither)."""
    return isinstance(data, dict) and (
        str(data.get("generator", "")).startswith("followup") or "drafts" in data)


@dataclass(frozen=True)
class Previous:
    """OUT's manifest as the last run left it, read once per run."""

    data: dict[str, Any]  # the document, its drafts left out ({} when missing or unreadable)
    rows: Rows  # its well-formed draft rows
    problem: str | None  # a notice when it exists but cannot be used
    outside: tuple[str, ...] = ()  # paths of rows left out because they lead out of OUT

    def close(self) -> None:
        """Close the files its rows and findings are kept in."""
        self.rows.close()
        if isinstance(found := self.data.get("findings"), Kept):
            found.rows.close()


STAGING_PREFIX = ".followup-staging-"  # a run's staging folder in OUT
JOURNAL = "journal.json"  # in a staging folder: a commit under way, for `recover`


def load_manifest(out: Path, spill: Path | None = None) -> Previous:
    """OUT's manifest as the last run left it, its rows kept in the file `spill` (see Rows),
    else in memory. Refused while a commit's journal is in OUT: a run is writing it, or was
    killed half-way and the next `followup drafts` mends it; reading it now would mix two
    runs (check, push and the page would say so without a word). The drafts run itself
    recovers before it reads."""
    for folder in out.glob(f"{STAGING_PREFIX}*"):
        if (folder / JOURNAL).is_file():
            raise OutputError("is half-written: a `followup drafts` run is writing it, or was "
                              "stopped part-way; run `followup drafts` again to finish or undo "
                              "that run, then try again", file=out)
    path = out / MANIFEST
    try:  # one small enough to be read whole is kept whole (see streaming.WHOLE)
        whole = path.stat().st_size <= streaming.WHOLE
    except OSError:
        return Previous({}, Rows(), None)  # no manifest yet
    rows = Rows(None if whole or spill is None else spill)
    # An application's findings weigh about as much as ten rows.
    findings = Rows(None if whole or spill is None else spill.with_name(spill.name + ".found"),
                    weight=10)
    # A row edited by hand into another shape is dropped; its files then count as unknown,
    # which keeps them. So is one whose files lie outside OUT ("../../etc/shadow", or through
    # a symlink): nothing that reads the manifest (push, check, the page) ever follows it.
    inside = Inside(out)
    outside: list[str] = []

    def take(row: object) -> None:
        if usable_row(row, inside):
            assert isinstance(row, dict)
            rows.add(row)
        elif _well_formed(row):
            assert isinstance(row, dict)
            outside.extend(path for part in PARTS
                           if isinstance(path := row.get(part), str) and not inside(path))

    try:
        with path.open("rb") as handle:
            data = streaming.read_document(handle, whole, take,
                                           lambda name, value: findings.add({"": value}, name))
        if not ours(data):
            raise ForeignFile(path)
        if not isinstance(data["drafts"], list):  # left empty: its rows are in `rows`
            raise TypeError
        if isinstance(data.get("findings"), dict):  # left empty: they are in `findings`
            data["findings"] = Kept(findings)
    except (OSError, ValueError, KeyError, TypeError, JSONError):
        rows.close()
        findings.close()
        return Previous({}, Rows(), (
            f"{MANIFEST} in {out} could not be read, so drafts that differ from what would be "
            "written are kept as hand edits (--force overwrites them)"))
    return Previous(data, rows, None, tuple(outside))


def usable_row(row: object, inside: Inside) -> bool:
    """A manifest row as we write it, whose files all lie inside OUT: the one test for every
    reader of the manifest (load_manifest, and the live page's few applications)."""
    return isinstance(row, dict) and _well_formed(row) and all(
        inside(path) for part in PARTS if isinstance(path := row.get(part), str))


class Inside:
    """Whether a path the manifest names (relative to OUT) lies inside OUT, symlinked folders
    resolved, and is no symlink itself. Folders are resolved once each: a cohort's manifest
    names 30,000 files in a few hundred folders."""

    def __init__(self, out: Path) -> None:
        self.root = os.path.realpath(out) + os.sep
        self.folders: dict[str, bool] = {}

    def __call__(self, relative: str) -> bool:
        if not relative or os.path.isabs(relative) or "\0" in relative:
            return False
        path = os.path.join(self.root, relative)
        folder, name = os.path.split(path)
        if name in ("", ".", ".."):
            return False
        if folder not in self.folders:
            self.folders[folder] = (os.path.realpath(folder) + os.sep).startswith(self.root)
        return self.folders[folder] and not os.path.islink(path)


def profiles_entry(profiles: Path, out: Path) -> str:
    """How the manifest names the profiles folder a run read: from OUT, so that a rebuild
    (`preview --serve`, `check`) run from any folder reads the same profiles, never another
    project's that happens to sit at the same relative path."""
    try:
        return Path(os.path.relpath(profiles.absolute(), out.absolute())).as_posix()
    except ValueError:  # another drive (Windows): no relative path between them
        return profiles.absolute().as_posix()


def profiles_path(out: Path, data: dict[str, Any]) -> Path | None:
    """The profiles folder a manifest names (see `profiles_entry`), or None without one."""
    value = data.get("profiles")
    if not isinstance(value, str) or not value:
        return None
    return Path(os.path.normpath(out.absolute() / value))


def read_manifest(out: Path) -> tuple[list[dict[str, Any]], str | None]:
    """The rows of OUT's manifest, and a notice if it exists but cannot be used."""
    previous = load_manifest(out)
    return list(previous.rows), previous.problem


def stored_findings(findings: Iterable[Finding]) -> list[dict[str, str]]:
    """Findings as the manifest keeps them: by the keys of their drafts, so the manifest reads
    the same wherever OUT is and wherever a later command runs."""
    return [finding.as_json() for finding in findings]


def saved_findings(data: Mapping[str, Any], application: str, out: Path) -> list[Finding]:
    """The findings a manifest stored for an application, about its drafts in `out`. A row
    from before the keys names its draft by a path inside OUT (application/kind/file.txt);
    rows edited into another shape are dropped (the manifest is the user's file too)."""
    saved = data.get("findings")
    rows = saved.get(application) if isinstance(saved, Mapping) else None
    found = []
    for row in rows if isinstance(rows, list) else []:
        about = _saved_draft(row, out) if isinstance(row, dict) else None
        finding = Finding.from_json(row, about) if about is not None else None
        if finding is not None:
            found.append(finding)
    return found


def _saved_draft(row: Mapping[str, Any], out: Path) -> DraftKey | None:
    keys = [row.get(key) for key in ("application", "kind", "recipient")]
    path = row.get("path")
    if not all(isinstance(key, str) and key for key in keys) and isinstance(path, str):
        folder, _, file = path.rpartition("/")  # <application>/<kind>/<recipient>.txt
        application, _, kind = folder.rpartition("/")
        keys = [application, kind, PurePosixPath(file).stem]
    if not all(isinstance(key, str) and key for key in keys):
        return None
    application, kind, recipient = map(str, keys)
    return DraftKey(application, kind, recipient, out)


def recorded(row: dict[str, Any] | None, part: str) -> str | None:
    """The hash the manifest row holds for one of its draft's files."""
    if not row or not isinstance(row.get("sha256"), dict):
        return None
    value = row["sha256"].get(part)
    return value if isinstance(value, str) else None


def _well_formed(row: object) -> bool:
    return (isinstance(row, dict)
            and all(isinstance(row.get(key), str) for key in ("application", "kind", "html"))
            and all(isinstance(row.get(part), str | None) for part in PARTS))

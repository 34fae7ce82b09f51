"""The manifests: what a run wrote into OUT, so the next run can tell a hand edit from its own
work and `check`, `preview` and `push` can find the drafts.

- OUT/<application>/manifest.json, one per application: each of its drafts with a hash of
  each of its files, and what the run said of it (where it was made from, its inputs' key,
  skipped checks, findings, its mbox). A rebuild of one application reads and writes that
  one alone.
- OUT/manifest.json, the index: what the last run was (its options, the profiles folder),
  the applications, the review page. Runs from several profiles folders may share one OUT,
  so each application's manifest says which it came from (its `source`, see source.py).

A manifest of an earlier version, one file listing every draft, is still read (legacy.py)."""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from ..errors import OutputError
from ..findings import DraftKey, Finding

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


STAGING_PREFIX = ".followup-staging-"  # a run's staging folder in OUT
JOURNAL = "journal.json"  # in a staging folder: a commit under way, for `recover`
# What an application's manifest says of it besides its drafts, in the order it is written.
ABOUT = ("source", "inputs", "skipped", "findings", "mailbox")


@dataclass(frozen=True)
class Record:
    """What OUT says of one application: the last run's rows of its drafts and the rest of
    its manifest (`about`: its source, inputs' key, skipped checks, findings, mbox), as read."""

    rows: list[dict[str, Any]] = field(default_factory=list)
    about: dict[str, Any] = field(default_factory=dict)
    known: bool = False  # it has a manifest of ours, if perhaps damaged
    problem: str | None = None  # a notice when that manifest cannot be used
    foreign: bool = False  # a manifest.json there that followup did not write
    outside: tuple[str, ...] = ()  # paths of rows left out because they lead out of OUT


# An index names each application once (20,000 take about 400 kB), so a manifest.json
# larger than this is an old one listing every draft (a cohort's: 100 MB), read in pieces
# (legacy.py). Up to it, json.loads reads an old one about ten times quicker than ijson's
# events (2 MB: 50 ms against 450 ms), and the copy it makes is about 20 MiB at most.
WHOLE = 4 * 1024 * 1024


def take_rows(rows: Iterable[object], inside: Inside,
              application: str | None = None) -> tuple[list[dict[str, Any]], list[str]]:
    """The usable rows among these (of this application, when one is named), and the paths
    of those left out because they lead out of OUT. A row whose files are not in its own
    application's folder is dropped too: a run places and removes the files its rows name,
    and one application's must never touch another's."""
    usable: list[dict[str, Any]] = []
    outside: list[str] = []
    for row in rows:
        if not _well_formed(row):
            continue
        assert isinstance(row, dict)
        if application is not None and row["application"] != application:
            continue
        if not usable_row(row, inside):
            outside.extend(path for part in PARTS
                           if isinstance(path := row.get(part), str) and not inside(path))
        elif all(path.startswith(row["application"] + "/") for part in PARTS
                 if isinstance(path := row.get(part), str)):
            usable.append(row)
    return usable, outside


def application_manifest(generator: object, application: str, about: Mapping[str, Any],
                         rows: list[dict[str, Any]]) -> bytes:
    """OUT/<application>/manifest.json: its drafts, and what the run said of it."""
    document = {"generator": generator, "application": application,
                **{key: about[key] for key in ABOUT if key in about}, "drafts": rows}
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def index_manifest(head: Mapping[str, Any]) -> bytes:
    """OUT/manifest.json: what the run was, its applications and its page."""
    return (json.dumps(head, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


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


def stored_findings(findings: Iterable[Finding]) -> list[dict[str, str]]:
    """Findings as the manifest keeps them: by the keys of their drafts, so the manifest reads
    the same wherever OUT is and wherever a later command runs."""
    return [finding.as_json() for finding in findings]


def saved_findings(rows: object, out: Path) -> list[Finding]:
    """The findings a manifest stored for an application (its `findings`), about its drafts
    in `out`. A row from before the keys names its draft by a path inside OUT
    (application/kind/file.txt); rows edited into another shape are dropped (the manifest is
    the user's file too)."""
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

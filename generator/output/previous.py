"""OUT's manifests as the last run left them, for the next run (to tell a hand edit from its
own work) and for `check`, `push` and `preview` (to find the drafts). See manifest.py for
what they hold."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import OutputError
from .legacy import Old, from_document, read_legacy
from .manifest import (
    ABOUT,
    JOURNAL,
    MANIFEST,
    STAGING_PREFIX,
    WHOLE,
    ForeignFile,
    Inside,
    Record,
    ours,
    take_rows,
)


class Previous:
    """The index (`data`: what the run was, its applications, the page), read once, and each
    application's manifest, read when asked for (`of`): a rebuild of one application reads
    that one. A manifest of an earlier version, one file for every draft (`legacy`), is
    read as it is; the next run that writes anything writes it anew."""

    def __init__(self, out: Path, data: dict[str, Any] | None = None,
                 problem: str | None = None, legacy: Old | None = None) -> None:
        self.out = out
        self.data = data or {}  # the index, or an old manifest's head ({} when none)
        self.problem = problem  # a notice when the index exists but cannot be used
        self.legacy = legacy
        self._inside = Inside(out)

    @property
    def found(self) -> bool:
        """Whether OUT holds a manifest of ours, if perhaps damaged: then a file at one of
        our paths that it does not know is a hand edit, not someone else's file."""
        return bool(self.data or self.problem or self.legacy is not None)

    def applications(self) -> list[str]:
        """The applications OUT holds drafts of, in the index's order."""
        if self.legacy is not None:
            return self.legacy.applications()
        names = self.data.get("applications")
        # Each name is checked when its manifest is read (see `of`): one that leads out of
        # OUT, edited in by hand, has none there.
        return [name for name in dict.fromkeys(names) if isinstance(name, str) and name] \
            if isinstance(names, list) else []

    def of(self, application: str) -> Record:
        """What OUT says of this application (nothing when it has no manifest of ours)."""
        if self.legacy is not None:
            return self.legacy.of(application)
        return read_application(self.out, application, self._inside)

    def rows(self) -> Iterator[dict[str, Any]]:
        """Every application's rows, an application at a time."""
        for name in self.applications():
            yield from self.of(name).rows

    def close(self) -> None:
        if self.legacy is not None:
            self.legacy.close()


def load_manifest(out: Path, spill: Path | None = None) -> Previous:
    """OUT's manifests (see Previous); `spill`, a file an old manifest's rows may be kept in
    (see legacy.py). Refused while a commit's journal is in OUT: a run is writing it, or was
    killed half-way and the next `followup drafts` mends it; reading it now would mix two
    runs (check, push and the page would say so without a word). The drafts run itself
    recovers before it reads."""
    for folder in out.glob(f"{STAGING_PREFIX}*"):
        if (folder / JOURNAL).is_file():
            raise OutputError("is half-written: a `followup drafts` run is writing it, or was "
                              "stopped part-way; run `followup drafts` again to finish or undo "
                              "that run, then try again", file=out)
    path = out / MANIFEST
    try:
        size = path.stat().st_size
    except OSError:
        return Previous(out)  # no manifest yet
    unusable = Previous(out, problem=(
        f"{MANIFEST} in {out} could not be read, so drafts that differ from what would be "
        "written are kept as hand edits (--force overwrites them)"))
    try:
        if size > WHOLE:  # no index is this large: an old manifest (a cohort's)
            read = read_legacy(path, spill, Inside(out))
            if read is None:
                return unusable
            data, old = read
            return Previous(out, data, legacy=old)
        data = json.loads(path.read_bytes())
    except (OSError, ValueError):
        return unusable
    if not ours(data):
        raise ForeignFile(path)
    if "applications" not in data and "drafts" in data:  # an old manifest
        old = from_document(data, Inside(out))
        return unusable if old is None else Previous(out, old.head, legacy=old)
    if not isinstance(data.get("applications"), list):
        return unusable
    return Previous(out, data)


def read_application(out: Path, application: str, inside: Inside) -> Record:
    """What OUT/<application>/manifest.json says. A row edited by hand into another shape is
    dropped, as is one of another application; their files then count as unknown, which
    keeps them. So is one whose files lie outside OUT ("../../etc/shadow", or through a
    symlink): nothing that reads the manifest (push, check, the page) ever follows it."""
    relative = f"{application}/{MANIFEST}"
    if not inside(relative):
        return Record()
    try:
        data = json.loads((out / relative).read_bytes())
    except (FileNotFoundError, NotADirectoryError):
        return Record()
    except (OSError, ValueError):
        data = None
    if data is not None and not ours(data):
        return Record(foreign=True)
    if not isinstance(data, dict) or not isinstance(data.get("drafts"), list):
        return Record(known=True, problem=(
            f"{relative} in {out} could not be read, so drafts of {application} that differ "
            "from what would be written are kept as hand edits (--force overwrites them)"))
    rows, outside = take_rows(data["drafts"], inside, application)
    return Record(rows, {key: data[key] for key in ABOUT if key in data}, True,
                  outside=tuple(outside))


def read_manifest(out: Path) -> tuple[list[dict[str, Any]], str | None]:
    """Every row of OUT's manifests, and a notice if the index exists but cannot be used."""
    previous = load_manifest(out)
    try:
        return list(previous.rows()), previous.problem
    finally:
        previous.close()

"""A manifest written before each application had its own: one OUT/manifest.json listing every
draft, with each application's inputs, skipped checks, findings and mbox in maps by name. It
is read as it is, so `check`, `push` and `preview` keep working; the next run that writes
anything writes the index and one manifest per application in its place, and says so.

A cohort's old manifest (100 MB, 100,000 rows, 120,000 findings) is never held whole: one
larger than manifest.WHOLE is read in pieces by ijson's C parser, its rows and findings kept
in files (see Rows) and read back an application at a time."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from pathlib import Path
from typing import IO, Any

import ijson

from .manifest import ForeignFile, Inside, Record, ours, take_rows
from .rows import Rows

MIGRATED = ("was written by an earlier version of followup, which listed every draft in it; "
            "it is now an index of the applications, and each application's drafts are "
            "listed in a manifest.json in its own folder")
# What an old manifest said per application, each in a map by name: the key it is under in
# an application's manifest now, and in the old one.
_BY_NAME = (("inputs", "inputs"), ("skipped", "skipped"), ("mailbox", "mailboxes"))


class Old:
    """An old manifest's drafts and what it said of each application, by application."""

    def __init__(self, inside: Inside, rows: Rows, findings: Rows) -> None:
        self.inside = inside
        self.data: dict[str, Any] = {}  # the document, its drafts and findings left out
        self.rows = rows
        self.findings = findings  # each application's, as {"": its list}
        self.outside: dict[str, list[str]] = {}  # by application: paths that lead out of OUT

    def take(self, row: object) -> None:
        usable, away = take_rows([row], self.inside)
        for one in usable:
            self.rows.add(one)
        if away:
            assert isinstance(row, dict)
            self.outside.setdefault(str(row["application"]), []).extend(away)

    def found(self, application: str, findings: object) -> None:
        self.findings.add({"": findings}, application)

    def applications(self) -> list[str]:
        return self.rows.applications()

    def of(self, application: str) -> Record:
        about: dict[str, Any] = {}
        for key, old in _BY_NAME:
            said = self.data.get(old)
            if isinstance(said, Mapping) and application in said:
                about[key] = said[application]
        if isinstance(self.data.get("findings"), Mapping):
            found = self.findings.of(application)
            about["findings"] = found[-1][""] if found else []  # named twice: the last
        return Record(self.rows.of(application), about, True,
                      outside=tuple(self.outside.get(application, ())))

    def read(self, data: dict[str, Any]) -> Old:
        """This, with the rest of the document `data` read."""
        self.data = data
        return self

    @property
    def head(self) -> dict[str, Any]:
        """What the run was (as the index says it now): the document but what it said of
        each application and each draft."""
        return {key: value for key, value in self.data.items()
                if key not in ("drafts", "findings", *(old for _, old in _BY_NAME))}

    def close(self) -> None:
        self.rows.close()
        self.findings.close()


def from_document(data: dict[str, Any], inside: Inside) -> Old | None:
    """An old manifest, parsed whole; None when its drafts are not a list."""
    if not isinstance(data.get("drafts"), list):
        return None
    old = Old(inside, Rows(), Rows())
    for row in data["drafts"]:
        old.take(row)
    if isinstance(data.get("findings"), dict):
        for name, value in data["findings"].items():
            old.found(name, value)
    return old.read(data)


def read_legacy(path: Path, spill: Path | None,
                inside: Inside) -> tuple[dict[str, Any], Old | None] | None:
    """A manifest too large to be an index, read in pieces: its rows (and findings) kept in
    the file `spill` (and one beside it), else in memory. What the run was (see Old.head),
    and the old manifest, or None for an index after all; None when it cannot be read."""
    # An application's findings weigh about as much as ten rows.
    old = Old(inside, Rows(spill),
              Rows(None if spill is None else spill.with_name(spill.name + ".found"), weight=10))
    try:
        with path.open("rb") as handle:
            data = _read_document(handle, old.take, old.found)
    except (OSError, ValueError, ijson.JSONError):
        old.close()
        return None
    if not ours(data):
        old.close()
        raise ForeignFile(path)
    assert isinstance(data, dict)
    if isinstance(data.get("applications"), list):  # an index after all (a very large one)
        old.close()
        return data, None
    if not isinstance(data.get("drafts"), list):
        old.close()
        return None
    return old.read(data).head, old


def _read_document(handle: IO[bytes], take: Callable[[object], None],
                   found: Callable[[str, object], None]) -> Any:
    """The JSON document in `handle`, each item of its top-level "drafts" list given to
    `take`, and each entry of its "findings" object to `found` (the list and the object are
    left empty). Three passes: ijson's own items and kvitems (C) for the rows and the
    findings, then what is left, the rest of the document, from its events."""
    for row in ijson.items(handle, "drafts.item", use_float=True):
        take(row)
    handle.seek(0)
    for name, value in ijson.kvitems(handle, "findings", use_float=True):
        found(name, value)
    handle.seek(0)

    def rest() -> Iterator[tuple[str, str, Any]]:
        for prefix, event, value in ijson.parse(handle, use_float=True):
            if prefix.startswith(("drafts.", "findings.")) or (
                    prefix in ("drafts", "findings") and event not in (
                        "start_map", "end_map", "start_array", "end_array")):
                continue
            yield prefix, event, value

    return next(ijson.items(rest(), ""), None)

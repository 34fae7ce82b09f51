"""What a run need not write: an application whose drafts the last run made from the same
inputs, every file still as that run left it, is kept as it is; a run that keeps every
application, with its manifests already saying all they would and every other file they list
still as it was, writes nothing at all (a re-run with nothing changed rewrites nothing).
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

from ..errors import Notice
from .manifest import PARTS, Record, recorded
from .pending import Outcome, WriteReport
from .previous import Previous
from .source import says
from .transaction import current_hash

# What the run says of an application besides its drafts, by name (see manifest.ABOUT): for
# one the run could not make, what the last run said stays (its manifest is not written), so
# its stale drafts are never taken for ones made from the inputs that failed.
About = Callable[[str], Mapping[str, Any]]
Files = Iterable[tuple[object, object]]  # (path in OUT, hash) of each file a manifest lists


def reusable(out: Path, record: Record, key: str) -> bool:
    """True when the last run made this application's drafts (`record`) from the same inputs
    (`key`) and every one of its files is still what it wrote: then nothing needs making."""
    if record.problem or record.outside or record.about.get("inputs") != key:
        return False
    # A row with a hand edit carried counts too: its files are what the row records.
    return bool(record.rows) and not any(
        not isinstance(row.get(part), str)
        or current_hash(out / row[part]) != recorded(row, part)
        for row in record.rows for part in PARTS)


def settled(out: Path, previous: Previous, kept: set[str], head: Mapping[str, Any],
            about: About, files: Files, application_files: Callable[[Mapping[str, Any]], Files],
            notices: list[Notice]) -> WriteReport | None:
    """The report of a run with nothing to write, or None when there is something: every
    application `kept` as it was (see `reusable`), the index already saying all of `head`,
    each application's manifest all of `about(name)`, and the other files they list still as
    they left them (`files` of the index's, and `application_files(what an application's
    manifest says)`)."""
    if previous.problem or not kept \
            or not all(previous.data.get(key) == value for key, value in head.items()) \
            or not kept <= set(previous.applications()):
        return None
    outcomes: list[Outcome] = []
    for name in previous.applications():
        if name not in kept:
            continue
        record = previous.of(name)
        if not says(out, head, record.about, about(name)):
            return None
        if not _unchanged(out, application_files(record.about)):
            return None
        outcomes.extend(Outcome(name, sys.intern(str(row["kind"])), "unchanged", row["html"])
                        for row in record.rows)
    if not _unchanged(out, files):
        return None
    return WriteReport(outcomes, notices=list(notices))


def _unchanged(out: Path, files: Files) -> bool:
    """Whether each of these files, (path in OUT, hash), is still as a run left it."""
    return all(isinstance(path, str) and current_hash(out / path) == digest
               for path, digest in files)

"""Someone else's files at our paths: never written over.

Where OUT holds no manifest of ours, a file at a path the run writes is not ours: one at the
top of OUT (the page) stops the run on its way in; one in an application's folder refuses
that application, naming the files, and the others go on. A manifest.json in an
application's folder that followup did not make refuses that application, --force or not.
Where OUT has a manifest (if damaged by hand), a file it does not know is kept as a hand
edit instead (see pending.py).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from pathlib import Path

from ..errors import OutputError
from .manifest import MANIFEST, PARTS, ForeignFile
from .previous import Previous
from .staging import Staged


def check_top(out: Path, previous: Previous, files: Iterable[str]) -> None:
    """Before any draft is made: raises ForeignFile for a file of someone else's at the top
    of OUT where the run writes one."""
    if not previous.found:
        for name in files:
            if os.path.lexists(out / name):
                raise ForeignFile(out / name)


def refused(out: Path, previous: Previous, made: Callable[[str], list[Staged]],
            applications: Iterable[str], application_files: Iterable[str]
            ) -> dict[str, OutputError]:
    """The applications (of `applications`, made as `made(name)` staged them) refused for a
    file at one of their paths that differs from what we would write and that their own
    manifest (ours) does not know; nothing, where OUT has a manifest of ours. (Someone else's
    manifest.json in an application's folder: see `foreign_manifest`.)"""
    if previous.found:
        return {}
    found: dict[str, list[str]] = {}
    for application in sorted(set(applications)):
        record = previous.of(application)
        if record.known or record.foreign:
            continue
        paths = [path for one in made(application) for part in PARTS
                 if part not in one.unchanged and os.path.lexists(out / (path := one.row[part]))]
        paths += [path for name in application_files
                  if os.path.lexists(out / (path := f"{application}/{name}"))]
        if paths:
            found[application] = paths
    return {application: OutputError(
        f"{', '.join(paths)} {'was' if len(paths) == 1 else 'were'} not made by followup, "
        f"so {'it is' if len(paths) == 1 else 'they are'} not written over; move "
        f"{'it' if len(paths) == 1 else 'them'} away, or --force", file=out)
        for application, paths in found.items()}


def foreign_manifest(out: Path, name: str) -> OutputError:
    """Why an application whose folder holds someone else's manifest.json is refused."""
    return OutputError(f"{name}/{MANIFEST} was not made by followup, so it is not written "
                       "over; move it away", file=out)

"""The one error type the library raises for anything a user can fix.

Every problem carries where it is (file, line, field) so the CLI can print it as one line
(`profiles/acme/interviewers.yaml:7: interviewers[2].email: 'bob@' is not an email address`)
without knowing anything about where it came from. Anything else that escapes is a bug.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any


def display_path(path: Path | str) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    text = str(Path(path))  # as Path spells it: no trailing or doubled separators
    if not os.path.isabs(text):
        return text
    cwd = os.getcwd()
    # The common case, cheaply (a batch asks for thousands): a plain path below cwd.
    plain = os.sep + ".." not in text
    if text.startswith(cwd.rstrip(os.sep) + os.sep) and plain:
        return text[len(cwd.rstrip(os.sep)) + 1:] or "."
    if plain and text != cwd:  # elsewhere, plainly
        return text
    try:
        return os.path.relpath(text) if _inside_cwd(Path(text)) else text
    except ValueError:  # another drive on Windows
        return text


def _inside_cwd(path: Path) -> bool:
    cwd = Path.cwd()
    return path == cwd or cwd in path.parents


class FollowupError(Exception):
    """A problem in the user's input, a pack or the output folder."""

    def __init__(
        self,
        message: str,
        *,
        file: Path | str | None = None,
        line: int | None = None,
        field: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.file = Path(file) if file is not None else None
        self.line = line
        self.field = field

    @property
    def problems(self) -> tuple[FollowupError, ...]:
        return (self,)

    def __reduce__(self) -> tuple[Any, ...]:
        # Errors cross from worker processes (drafts -j N) by pickling; keep where they point.
        return (_rebuild, (type(self), self.message, self.file, self.line, self.field))

    def __str__(self) -> str:
        where = ""
        if self.file is not None:
            where = display_path(self.file)
            if self.line is not None:
                where += f":{self.line}"
            where += ": "
        field = f"{self.field}: " if self.field else ""
        return f"{where}{field}{self.message}"


class InputError(FollowupError):
    """Something wrong in a YAML file the user wrote."""


class PackError(FollowupError):
    """A template pack that cannot be found, loaded or rendered."""


class OutputError(FollowupError):
    """The output folder cannot be written as asked."""


class ErrorGroup(FollowupError):
    """Several problems gathered in one run, reported together."""

    def __init__(self, errors: Iterable[FollowupError]) -> None:
        flat: list[FollowupError] = []
        for error in errors:
            flat.extend(error.problems)
        self.errors = tuple(flat)
        super().__init__(f"{len(self.errors)} problem(s)")

    @property
    def problems(self) -> tuple[FollowupError, ...]:
        return self.errors

    def __reduce__(self) -> tuple[Any, ...]:
        return (ErrorGroup, (self.errors,))

    def __str__(self) -> str:
        return "\n".join(str(error) for error in self.errors)


class StoppedAfterWriting(KeyboardInterrupt):
    """Ctrl-C or a stop signal that came once a run had begun moving its files into OUT:
    held until every file was in place, then raised, so the run stops with its drafts
    written (OUT is whole, and new)."""


def _rebuild(kind: type[FollowupError], message: str, file: Path | None, line: int | None,
             field: str | None) -> FollowupError:
    return kind(message, file=file, line=line, field=field)


def raise_if_any(errors: Sequence[FollowupError]) -> None:
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ErrorGroup(errors)

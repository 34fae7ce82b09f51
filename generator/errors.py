"""The one error type the library raises for anything a user can fix.

Every problem carries where it is (file, line, field) so the CLI can print it as one line
(`profiles/acme/interviewers.yaml:7: interviewers[2].email: 'bob@' is not an email address`)
without knowing anything about where it came from. Anything else that escapes is a bug.
What a run tells the user besides errors is a `Notice`: like an error's location, the files
it names stay Paths, and only the teller (the CLI) decides how to show them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

Show = Callable[[Path], str]  # how whoever tells the user shows a path (the CLI: relative)


@dataclass(frozen=True, slots=True)
class Notice:
    """A sentence for the user that may name files: its text in pieces, each file kept as a
    Path, so whoever shows it (the command line, the preview page) says where they are in the
    user's terms. The library never asks where it runs from; `str()` gives the paths as they
    were handed to it."""

    parts: tuple[str | Path, ...]

    @classmethod
    def of(cls, *parts: str | Path) -> Notice:
        return cls(parts)

    @property
    def paths(self) -> tuple[Path, ...]:
        return tuple(part for part in self.parts if isinstance(part, Path))

    def format(self, show: Show = str) -> str:
        return "".join(show(part) if isinstance(part, Path) else part for part in self.parts)

    def __str__(self) -> str:
        return self.format()


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

    @property
    def notice(self) -> Notice:
        """The problem as the user is told it: `file:line: field: message`, the file kept as a
        Path for the teller to show (the command line shows it relative to where you are)."""
        where: tuple[str | Path, ...] = ()
        if self.file is not None:
            where = (self.file, f":{self.line}: " if self.line is not None else ": ")
        return Notice((*where, f"{self.field}: " if self.field else "", self.message))

    def __str__(self) -> str:
        return str(self.notice)  # the file as it was given: see `notice` for the user's view


class InputError(FollowupError):
    """Something wrong in a YAML file the user wrote."""


class PackError(FollowupError):
    """A template pack that cannot be found, loaded or rendered."""


class OutputError(FollowupError):
    """The output folder cannot be written as asked."""


class ErrorGroup(FollowupError):
    """Several problems gathered in one run, reported together."""

    def __init__(self, errors: Iterable[FollowupError]) -> None:
        # The same problem at the same place is said once: a template that fails every
        # application made with its pack is one mistake, in one file, on one line.
        flat: dict[object, FollowupError] = {}
        for error in errors:
            for one in error.problems:
                same = (type(one), one.file, one.line, one.field, one.message) \
                    if one.file is not None else id(one)
                flat.setdefault(same, one)
        self.errors = tuple(flat.values())
        super().__init__(f"{len(self.errors)} problem(s)")

    @property
    def problems(self) -> tuple[FollowupError, ...]:
        return self.errors

    def __reduce__(self) -> tuple[Any, ...]:
        return (ErrorGroup, (self.errors,))

    @property
    def notice(self) -> Notice:
        """Each problem's notice, a line each."""
        parts: list[str | Path] = []
        for number, error in enumerate(self.errors):
            if number:
                parts.append("\n")
            parts.extend(error.notice.parts)
        return Notice(tuple(parts))


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

"""Why a `preview --serve` rebuild stopped, in words for the page and the terminal: as the
command line says a user's mistake (file, line, field), with each path shown as the caller
asks (`show`: the command line's is relative to where you are)."""

from __future__ import annotations

from pathlib import Path

from ..errors import FollowupError, Notice, Show
from ..output.lock import Busy


def why_stopped(profiles: Path, only: set[str], error: Exception,
                show: Show) -> dict[str, str]:
    """Why a rebuild stopped, by the application it stopped ("" when it made them all), as
    the command line says it: each problem goes to the application whose folder it is in,
    one in none of them to each."""
    if not isinstance(error, FollowupError) or isinstance(error, Busy):
        return dict.fromkeys(sorted(only) or [""], in_words(error, show))
    root = profiles.resolve()
    said: dict[str, list[str]] = {}
    for one in error.problems:
        folder = one.file.resolve() if one.file is not None else None
        mine = [name for name in only if folder is not None
                and folder.is_relative_to(root / name)]
        for name in mine or sorted(only) or [""]:
            said.setdefault(name, []).append(one.notice.format(show))
    return {name: "\n".join(lines) for name, lines in sorted(said.items())}


def in_words(error: Exception, show: Show = str) -> str:
    """A rebuild's failure in words: a user's mistake as the command line says it (file, line,
    field), OUT held by another run, a file that could not be read or written, or a bug of
    ours."""
    if isinstance(error, Busy) and error.file is not None:
        # The preview waits for that run, then makes the change (see preview.serve).
        return Notice.of(error.file, ": another followup run is writing this folder (a "
                         "`followup drafts`, or a second `preview --serve`); this change is "
                         "made as soon as that run has finished").format(show)
    if isinstance(error, FollowupError):
        return error.notice.format(show)
    if isinstance(error, OSError):  # a file caught half-saved by an editor: the next save
        where = f"{show(Path(error.filename))}: " if error.filename else ""
        return f"{where}could not be read or written: {error.strerror or error}"
    return f"an internal error ({type(error).__name__}: {error}); please report it"

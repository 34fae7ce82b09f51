"""A commit being prepared: what becomes of each draft (written, unchanged, kept as a hand edit,
removed), the manifest rows it will write, the files it will move into OUT and delete, and its
report. The store places the drafts; a run's finishing step adds its own files through `put`,
`put_written` and `put_staged`, and reads drafts as they will be through `read`."""

from __future__ import annotations

import hashlib
import sys
from collections.abc import Callable, Mapping, Set
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import Notice, OutputError
from .manifest import MANIFEST, PARTS, recorded
from .previous import Previous
from .staging import Staged
from .transaction import Move, current_hash, edited, is_inside


@dataclass(frozen=True, slots=True)
class Outcome:
    """What became of one draft: written, unchanged, or kept because it was edited by hand."""

    application: str
    kind: str
    status: str
    html: str  # its .html in OUT, which names the draft
    # Its files in OUT when they were kept as hand edits (a cohort's report holds 100,000
    # outcomes: the others' paths are not kept twice).
    kept: tuple[str, ...] = ()


@dataclass
class WriteReport:
    outcomes: list[Outcome] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # drafts no longer generated
    notices: list[Notice] = field(default_factory=list)  # their files as Paths
    refused: dict[str, OutputError] = field(default_factory=dict)  # application -> why


class Pending:
    """One commit's plan, built up an application at a time before anything in OUT changes."""

    def __init__(self, out: Path, staging: Path, force: bool, previous: Previous,
                 scope: set[tuple[str, str]], dropped: Set[str] = frozenset()) -> None:
        self.out, self.force, self.previous, self.scope = out, force, previous, scope
        self.dropped = dropped  # applications no longer planned at all (see Store.drop)
        self.rows: list[dict[str, Any]] = []  # the manifest's rows of the application at hand
        self.fresh: set[str] = set()  # drafts (html paths) as this run made them
        self.report = WriteReport()
        self.moves: list[Move] = []
        self.deletions: list[Path] = []
        self.moved: dict[Path, Path] = {}  # folders that move in whole: OUT path -> staged
        self._staging = staging
        self._incoming: dict[Path, Path] = {}  # OUT path -> the staged file that goes there

    def place_made(self, staged: Staged, old: dict[str, Any] | None) -> None:
        """A draft made in this run: moved into place, or kept when edited by hand."""
        row = staged.row
        status = "written"
        if self.out / row["application"] not in self.moved:  # else it came with its folder
            now = {part: current_hash(self.out / row[part]) for part in PARTS}
            # Edited by hand (see `edited`), unless the draft was made from the edit (see
            # output.edits: then the file already is what this run writes).
            if not self.force and any(now[p] is not None
                                      and now[p] not in (recorded(old, p), row["sha256"][p])
                                      for p in PARTS):
                kept = old or row
                self.rows.append({**kept, "edited": parts_edited(kept, now)})
                self.outcome(row, "kept", tuple(row[p] for p in PARTS))
                return
            changed = [part for part in PARTS if now[part] != row["sha256"][part]]
            if any(part in staged.unchanged for part in changed):
                raise OutputError(f"{row['html']} and its files changed while this run made "
                                  "drafts; nothing was changed: run it again", file=self.out)
            for part in changed:
                self.move(staged.source(self._staging, part), self.out / row[part])
            status = "written" if changed else "unchanged"
        self.rows.append(row)
        self.fresh.add(row["html"])
        self.outcome(row, status)

    def place_previous(self, old: dict[str, Any], kept: set[str]) -> None:
        """A draft the last run wrote and this one did not make: kept as it is (as are all of
        the `kept` applications' drafts), or removed when its kind was made and it is no
        longer (unless edited by hand)."""
        if old["application"] in kept:
            self.rows.append(old)
            self.outcome(old, "unchanged")
            return
        if (old["application"], old["kind"]) not in self.scope \
                and old["application"] not in self.dropped:
            self.rows.append(old)
            return
        files = {p: self.out / old[p] for p in PARTS if isinstance(old.get(p), str)}
        if not all(is_inside(self.out, f) for f in files.values()):
            self.report.notices.append(Notice.of(f"ignored a {MANIFEST} row pointing outside ",
                                                 self.out))
            return
        now = {p: current_hash(f) for p, f in files.items()}
        if any(now[p] is not None and now[p] != recorded(old, p) for p in files):
            # Kept, and kept in the manifest, so every later run still says so.
            self.rows.append({**old, "edited": parts_edited(old, now), "stale": True})
            self.report.notices.append(Notice.of("kept ", self.out / old["html"],
                                                 ": no longer generated, but edited by hand"))
            return
        self.deletions.extend(f for f in files.values() if f.exists())
        self.report.removed.append(str(old["html"]))

    def settle(self) -> list[dict[str, Any]]:
        """The application at hand's rows, in its manifest's order, now placed for good."""
        rows = sorted(self.rows, key=lambda r: (str(r.get("kind")), str(r.get("html"))))
        self.rows = []
        return rows

    def outcome(self, row: Mapping[str, Any], status: str, kept: tuple[str, ...] = ()) -> None:
        # Their application and kind strings shared (see Outcome).
        self.report.outcomes.append(Outcome(sys.intern(str(row["application"])),
                                            sys.intern(str(row["kind"])), status,
                                            str(row["html"]), kept))

    def move(self, source: Path, target: Path) -> None:
        self.moves.append((source, target))
        self._incoming[target] = source

    def move_folder(self, source: Path, target: Path) -> None:
        self.moves.append((source, target))
        self.moved[target] = source

    def arriving(self, relative: str) -> Path:
        """Where the file that will be OUT/`relative` is now: staged, in a folder that moves
        in whole, or already there."""
        path = self.out / relative
        if path in self._incoming:
            return self._incoming[path]
        for folder in path.parents:
            if folder in self.moved:
                return self.moved[folder] / path.relative_to(folder)
        return path

    def read(self, relative: str) -> bytes | None:
        """A file as it will be in OUT after the commit; None when it will not be a file."""
        source = self.arriving(relative)
        if not is_inside(self.out, self.out / relative) or not source.is_file():
            return None
        return source.read_bytes()

    def edited(self, relative: str, recorded: str | None) -> bool:
        """Whether OUT/`relative` was edited by hand since a run wrote `recorded` there."""
        return edited(self.out / relative, recorded)

    def put(self, relative: str, data: bytes) -> str:
        """Have OUT/`relative` hold `data` after the commit; its hash."""
        return self.put_written(relative, lambda path: path.write_bytes(data))

    def put_written(self, relative: str, write: Callable[[Path], object]) -> str:
        """Like `put`, for a file that `write(path)` writes (a large one, in pieces)."""
        staged = self._staging / f"extra-{len(self.moves)}"
        try:
            write(staged)
            with staged.open("rb") as handle:
                digest = hashlib.file_digest(handle, "sha256").hexdigest()
        except OSError as exc:
            raise OutputError(f"cannot stage {relative}: {exc.strerror or exc}",
                              file=self.out) from None
        if current_hash(self.out / relative) != digest:
            self.move(staged, self.out / relative)
        return digest

    def put_staged(self, relative: str, source: Path, digest: str) -> None:
        """Have OUT/`relative` be a file already staged (by a worker) with this hash."""
        if self.arriving(relative) == source:
            return  # it moves in with its folder
        if current_hash(self.out / relative) != digest:
            self.move(source, self.out / relative)


def parts_edited(row: Mapping[str, Any], now: Mapping[str, str | None]) -> list[str]:
    """The manifest's `edited`: the parts of a draft that are the user's, always a list."""
    before = row.get("edited")
    return [part for part in PARTS if (isinstance(before, list) and part in before)
            or (now.get(part) is not None and now.get(part) != recorded(dict(row), part))]

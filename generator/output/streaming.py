"""The manifest read and written in pieces: a cohort's (100 MB, 100,000 rows, 120,000
findings) is never held whole. Reading uses ijson (its C parser); writing writes what
json.dump with indent=2 would, a row and an application at a time."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import ijson

from .rows import Rows

JSONError = ijson.JSONError  # what a manifest ijson cannot parse raises, besides ValueError


# Up to this size a manifest is parsed whole, and its rows kept in memory: json.loads is
# about ten times quicker than streaming it through ijson's events (a 2 MB one: 50 ms against
# 450 ms, which the live loop feels), and the copy it makes is about 20 MiB at most.
WHOLE = 4 * 1024 * 1024


def read_document(handle: IO[bytes], whole: bool, take: Callable[[object], None],
                  found: Callable[[str, object], None]) -> Any:
    """The JSON document in `handle`, each item of its top-level "drafts" list given to
    `take`, and each entry of its "findings" object to `found` (the list and the object are
    left empty): a cohort's manifest (100 MB, 120,000 findings) is read in pieces, never
    held whole, by ijson. `whole`: parse it whole instead (see WHOLE)."""
    if whole:
        data = json.load(handle)
        if isinstance(data, dict) and isinstance(data.get("drafts"), list):
            for row in data["drafts"]:
                take(row)
            data["drafts"] = []
        if isinstance(data, dict) and isinstance(data.get("findings"), dict):
            for name, value in data["findings"].items():
                found(name, value)
            data["findings"] = {}
        return data
    # Three passes: ijson's own items and kvitems (C) for the rows and the findings, then
    # what is left, the rest of the document, from its events.
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


class Kept(Mapping[str, Any]):
    """The last run's findings by application, read from the manifest into a file (see Rows)
    and read back one application at a time."""

    def __init__(self, rows: Rows) -> None:
        self.rows = rows
        self.names = rows.applications()

    def __getitem__(self, name: str) -> Any:
        found = self.rows.of(name)
        if not found:
            raise KeyError(name)
        return found[-1][""]  # a name given twice: the last, as json.loads would

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)


@dataclass(frozen=True)
class ByName:
    """A manifest entry too large to hold in memory: an object of these names, each one's
    value made as the manifest is written (or compared) by `value(name)`."""

    names: Sequence[str]
    value: Callable[[str], object]

    def __len__(self) -> int:
        return len(self.names)

    def same(self, other: object) -> bool:
        """Whether `other`, as a manifest read back gives it, says what this does."""
        return isinstance(other, Mapping) and list(other) == list(self.names) and all(
            other[name] == self.value(name) for name in self.names)


def _nested(value: object, level: int) -> str:
    """`value` as json.dump with indent=2 writes it `level` deep. A JSON text holds no raw line
    break (json escapes those in strings): each of its lines is indented as deep as it sits."""
    return json.dumps(value, ensure_ascii=False, indent=2).replace("\n", "\n" + "  " * level)


class Drafts:
    """The manifest's list of drafts, written a row at a time into a file of its own as it
    will read in the manifest, for `write_manifest` to put after the head (which is known
    only once every draft is placed). Close it when done."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file: IO[str] | None = None  # opened by the first row; closed by close()

    def add(self, row: Mapping[str, Any]) -> None:
        if self._file is None:
            self._file = self.path.open("w", encoding="utf-8")
            self._file.write("\n    ")
        else:
            self._file.write(",\n    ")
        self._file.write(_nested(row, 2))

    def copy_to(self, handle: IO[str]) -> bool:
        """Write the rows to `handle`; False when there are none."""
        if self._file is None:
            return False
        self._file.flush()
        with self.path.open(encoding="utf-8") as rows:
            shutil.copyfileobj(rows, handle)
        return True

    def close(self) -> None:
        if self._file is not None:
            self._file.close()


def write_manifest(path: Path, head: Mapping[str, Any],
                   rows: Iterable[Mapping[str, Any]] | Drafts) -> None:
    """The manifest: `head` (what the run was), then its drafts, as json.dump with indent=2
    would write them, but a row and an application at a time, so a cohort's manifest (100 MB)
    is never held whole, nor its rows."""
    with path.open("w", encoding="utf-8") as handle:
        handle.write("{")
        for key, value in head.items():
            handle.write(f"\n  {_nested(key, 1)}: ")
            if isinstance(value, dict | ByName) and value:  # by name: an item at a time
                items = value.items() if isinstance(value, dict) else (
                    (name, value.value(name)) for name in value.names)
                separator = "{"
                for name, one in items:
                    handle.write(f"{separator}\n    {_nested(name, 2)}: {_nested(one, 2)}")
                    separator = ","
                handle.write("\n  },")
            else:
                handle.write(_nested({} if isinstance(value, ByName) else value, 1) + ",")
        handle.write('\n  "drafts": [')
        if isinstance(rows, Drafts):
            empty = not rows.copy_to(handle)
        else:
            empty = True
            for row in rows:
                handle.write(("\n    " if empty else ",\n    ") + _nested(row, 2))
                empty = False
        handle.write("]\n}\n" if empty else "\n  ]\n}\n")

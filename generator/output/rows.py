"""Rows by application (a run's staged drafts, its page's entries, an old manifest's drafts),
held in memory up to a few thousand, then kept in a file in the run's staging folder (one
JSON line each): a cohort's 100,000 rows held as dicts took about 300 MiB (bench/scale.py,
tracemalloc), while writing a small run's rows to a file and reading them back cost the live
loop (`preview --serve` on 200 applications) about 80 ms when it still held every
application's."""

from __future__ import annotations

import json
from array import array
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import IO, Any

HELD = 2500  # rows held in memory before they all go to the file: about 12 MiB


class Rows:
    """Rows added one by one and read back an application at a time, each application's in
    the order they were added, the applications in the order first seen. Without a `path`
    they are all held in memory; with one, up to HELD rows' worth (see `weight`)."""

    def __init__(self, path: Path | None = None, weight: int = 1) -> None:
        self._path = path
        self._weight = weight  # how many rows' worth of memory one of them takes
        self._file: IO[bytes] | None = None  # once opened: closed by close()
        # application -> its rows' offsets in the file (an array: 8 bytes each, not 36)
        self._where: dict[str, array[int]] = {}
        self._held: dict[str, list[dict[str, Any]]] = {}  # until they go to the file
        self._count = 0

    def add(self, row: Mapping[str, Any], application: str | None = None) -> None:
        """Keep `row`, under its own application unless another is given."""
        application = str(row["application"]) if application is None else application
        self._count += 1
        if self._file is not None:
            self._write(application, row)
            return
        self._held.setdefault(application, []).append(dict(row))
        if self._path is not None and self._count * self._weight > HELD:
            self._file = self._path.open("w+b")
            for name, rows in self._held.items():
                for one in rows:
                    self._write(name, one)
            self._held.clear()

    def _write(self, application: str, row: Mapping[str, Any]) -> None:
        assert self._file is not None
        offset = self._file.seek(0, 2)
        self._file.write(json.dumps(row, ensure_ascii=False).encode("utf-8") + b"\n")
        self._where.setdefault(application, array("q")).append(offset)

    def of(self, application: str) -> list[dict[str, Any]]:
        """One application's rows (new dicts: change them freely)."""
        if self._file is None:
            return [dict(row) for row in self._held.get(application, [])]
        found = []
        for offset in self._where.get(application, []):
            self._file.seek(offset)
            found.append(json.loads(self._file.readline()))
        return found

    def applications(self) -> list[str]:
        return list(self._held if self._file is None else self._where)

    def __iter__(self) -> Iterator[dict[str, Any]]:
        for application in self.applications():
            yield from self.of(application)

    def __len__(self) -> int:
        return self._count

    def close(self) -> None:
        if self._file is not None:
            self._file.close()

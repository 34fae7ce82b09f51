"""What the checks found in a run, by application, kept in a temporary file in the form the
manifest stores it and read back an application at a time. A cohort's 120,000 findings held
as objects and as the manifest's entries took about 150 MiB (bench/scale.py, tracemalloc).
"""

from __future__ import annotations

import json
import tempfile
import weakref
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any, overload

from ..findings import Finding
from ..output.manifest import saved_findings


class Found:
    """Findings by application, each application's put once. Close it when done (the report
    that reads it does, once it is gone)."""

    def __init__(self, out: Path) -> None:
        self.out = out
        # Closed by close(); it lives as long as the report that reads it.
        self._file: IO[bytes] = tempfile.TemporaryFile(prefix="followup-found-")  # noqa: SIM115
        self._where: dict[str, tuple[int, int]] = {}  # application -> (offset, length)
        self._counts: dict[str, int] = {}
        self.dropped: set[tuple[str, str, str]] = set()  # drafts whose findings do not count

    def put(self, application: str, findings: Sequence[Finding] | list[dict[str, str]]) -> None:
        """Keep an application's findings, as objects or as the manifest stores them."""
        stored = [f.as_json() if isinstance(f, Finding) else f for f in findings]
        data = json.dumps(stored, ensure_ascii=False).encode("utf-8")
        offset = self._file.seek(0, 2)
        self._file.write(data)
        self._where[application] = (offset, len(data))
        self._counts[application] = len(stored)

    def stored(self, application: str) -> list[dict[str, str]]:
        """An application's findings as the manifest stores them."""
        if application not in self._where:
            return []
        offset, length = self._where[application]
        self._file.seek(offset)
        stored: list[dict[str, str]] = json.loads(self._file.read(length))
        return stored

    def of(self, application: str) -> list[Finding]:
        """An application's findings, but those about `dropped` drafts."""
        found = saved_findings(self.stored(application), self.out)
        return [f for f in found if f.draft not in self.dropped] if self.dropped else found

    def count(self, application: str) -> int:
        if not self.dropped:
            return self._counts.get(application, 0)
        return len(self.of(application)) if application in self._where else 0

    def names(self) -> list[str]:
        """The applications with findings, in the order they were put."""
        return [name for name, count in self._counts.items() if count]

    def __contains__(self, application: str) -> bool:
        return application in self._where

    def close(self) -> None:
        self._file.close()


class InOrder(Sequence[Finding]):
    """Every finding of these applications, in their order, read as it is used: what a run
    reports (a cohort's would not fit in memory as objects)."""

    def __init__(self, found: Found, applications: Sequence[str]) -> None:
        self.found = found
        weakref.finalize(self, found.close)  # the file goes with the last reader
        self.applications = [name for name in applications if found.count(name)]
        self._length = sum(found.count(name) for name in self.applications)

    def __iter__(self) -> Iterator[Finding]:
        for name in self.applications:
            yield from self.found.of(name)

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> Finding: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Finding]: ...

    def __getitem__(self, index: int | slice) -> Any:
        return list(self)[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __hash__(self) -> int:
        return id(self)

"""What a check found: one line a user can act on (what it is about, rule, what is wrong, how to
fix it), and how much it matters: a `problem` would hurt the candidate, a `suggestion` could
make the note better. `check --strict` fails on problems only.

A finding says what it is about as data, never as a display path: a draft by its application,
kind and recipient (DraftKey), or a note written by hand by its file. Only the command line
turns that into a path to print, since only it knows the working directory and which drafts
were written where.

Its own small module so a run that makes no drafts can still report what the last run found
without loading the checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

PROBLEM = "problem"
SUGGESTION = "suggestion"
SEVERITIES = (PROBLEM, SUGGESTION)


@dataclass(frozen=True)
class DraftKey:
    """One draft: its application (the folder's name under profiles/, as OUT names it), its
    kind and its recipient (their slug, the draft's file name). `out` is the drafts folder it
    was written to or read from; None for a draft made in memory (`check PROFILES`), which
    may never have been written anywhere."""

    application: str
    kind: str
    recipient: str
    out: Path | None = None

    @property
    def key(self) -> tuple[str, str, str]:
        """What joins a finding to its draft, wherever OUT is."""
        return self.application, self.kind, self.recipient

    def as_json(self) -> dict[str, str]:
        return {"application": self.application, "kind": self.kind, "recipient": self.recipient}


# What a finding is about: a draft, or a file (a note written by hand), as the user named it.
About: TypeAlias = DraftKey | Path


@dataclass(frozen=True)
class Finding:
    about: About
    rule: str
    message: str
    fix: str
    severity: str = PROBLEM

    def __str__(self) -> str:
        """The finding without where it is (the command line puts that first)."""
        return f"{self.rule} ({self.severity}): {self.message}; {self.fix}"

    @property
    def is_problem(self) -> bool:
        return self.severity == PROBLEM

    @property
    def draft(self) -> tuple[str, str, str] | None:
        """The (application, kind, recipient) of the draft it is about; None for a file."""
        return self.about.key if isinstance(self.about, DraftKey) else None

    def as_json(self) -> dict[str, str]:
        """The finding as data: the draft's keys (for a draft), then what was found. The
        manifest stores this; the command line adds a display path."""
        keys = self.about.as_json() if isinstance(self.about, DraftKey) else {}
        return {**keys, "rule": self.rule, "severity": self.severity, "message": self.message,
                "fix": self.fix}

    @classmethod
    def from_json(cls, row: Mapping[str, Any], about: About) -> Finding | None:
        """A finding stored by `as_json` (the manifest keeps the last run's), about `about`;
        None for a row edited into another shape (the manifest is the user's file too). A row
        from before severities counts as a problem, as every finding then did."""
        if not all(isinstance(row.get(key), str) for key in ("rule", "message", "fix")):
            return None
        severity = row.get("severity")
        return cls(about, row["rule"], row["message"], row["fix"],
                   severity if severity in SEVERITIES else PROBLEM)

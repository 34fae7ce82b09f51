"""What a check found: one line a user can act on (path, rule, what is wrong, how to fix it),
and how much it matters: a `problem` would hurt the candidate, a `suggestion` could make the
note better. `check --strict` fails on problems only.

Its own small module so a run that makes no drafts can still report what the last run found
without loading the checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

PROBLEM = "problem"
SUGGESTION = "suggestion"
SEVERITIES = (PROBLEM, SUGGESTION)


@dataclass(frozen=True)
class Finding:
    path: str
    rule: str
    message: str
    fix: str
    severity: str = PROBLEM

    def __str__(self) -> str:
        return f"{self.path}: {self.rule} ({self.severity}): {self.message}; {self.fix}"

    @property
    def is_problem(self) -> bool:
        return self.severity == PROBLEM

    def as_json(self) -> dict[str, str]:
        return {"path": self.path, "rule": self.rule, "severity": self.severity,
                "message": self.message, "fix": self.fix}

    @classmethod
    def from_json(cls, row: Mapping[str, Any], path: str) -> Finding | None:
        """A finding stored by `as_json` (the manifest keeps the last run's), at `path`; None
        for a row edited into another shape (the manifest is the user's file too). A row from
        before severities counts as a problem, as every finding then did."""
        if not all(isinstance(row.get(key), str) for key in ("rule", "message", "fix")):
            return None
        severity = row.get("severity")
        return cls(path, row["rule"], row["message"], row["fix"],
                   severity if severity in SEVERITIES else PROBLEM)

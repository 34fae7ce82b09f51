"""What a check found: one line a user can act on (path, rule, what is wrong, how to fix it).

Its own small module so a run that makes no drafts can still report what the last run found
without loading the checks.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Finding:
    path: str
    rule: str
    message: str
    fix: str

    def __str__(self) -> str:
        return f"{self.path}: {self.rule}: {self.message}; {self.fix}"

    def as_json(self) -> dict[str, str]:
        return {"path": self.path, "rule": self.rule, "message": self.message, "fix": self.fix}

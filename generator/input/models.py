"""The validated model of one interview loop: who the candidate is, the role, the interviewers.

Frozen dataclasses, made by loading.py from the fields declared in declarations.py; they are
what the rest of the program sees, and nothing past the input stage touches YAML.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

# Re-exported for the modules that read them from here (checks/runner.py, commands/packtools.py).
from ..kinds import KINDS as KINDS
from .declarations import RULES as RULES


@dataclass(frozen=True)
class Candidate:
    name: str
    email: str
    phone: str | None
    signature: str | None
    source: Path
    digest: str = field(default="", compare=False)  # sha256 of the bytes parsed from source


@dataclass(frozen=True)
class Contact:
    name: str
    email: str | None
    title: str | None
    salutation: str  # as given, else the greeting made from the name (see names.py)
    salutation_given: bool = False
    honorific: str | None = None
    note: str | None = None
    fit: str | None = None
    follow_up: str | None = None


@dataclass(frozen=True)
class Interviewer:
    name: str
    email: str | None
    title: str | None
    discussion_points: tuple[str, ...]
    rapport: str | None
    salutation: str
    date: date | None
    is_contact: bool
    checks: dict[str, bool] = field(default_factory=dict)
    salutation_given: bool = False
    honorific: str | None = None
    note: str | None = None
    fit: str | None = None
    follow_up: str | None = None
    keep_in_touch: bool = False


@dataclass(frozen=True)
class Role:
    company: str
    title: str
    interview_date: date
    interview_time: time | None
    decision_expected: date | None
    contact: Contact | None
    highlights: tuple[str, ...]
    pack: str | None
    source: Path
    digest: str = field(default="", compare=False)  # sha256 of the bytes parsed from source
    timezone: str | None = None
    outcome: str = "pending"
    outcome_date: date | None = None
    outcome_from: str | None = None
    outcome_subject: str | None = None
    outcome_message_id: str | None = None
    sent: dict[str, tuple[date, ...]] = field(default_factory=dict)
    timing: dict[str, int] = field(default_factory=dict)
    checks: dict[str, bool] = field(default_factory=dict)
    dictionary: tuple[str, ...] = ()
    lines: dict[str, int] = field(default_factory=dict, compare=False)  # field -> line

    @property
    def interview_at(self) -> datetime | date:
        """The interview as a zone-aware datetime when its time is known, else its day."""
        if self.interview_time is None:
            return self.interview_date
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(self.timezone) if self.timezone else None
        return datetime.combine(self.interview_date, self.interview_time, tzinfo=zone)


@dataclass(frozen=True)
class Application:
    """One interview loop: a folder with a role.yaml, named by its path under the profiles root."""

    name: str
    folder: Path
    candidate: Candidate
    role: Role
    interviewers: tuple[Interviewer, ...]
    # The sha256 of the bytes parsed from interviewers.yaml (role.yaml's and candidate.yaml's
    # are on the role and the candidate): what a run's input key is of.
    interviewers_digest: str = field(default="", compare=False)


def identifying_names(application: Application) -> set[str]:
    """What identifies an application: its company and its people's full names."""
    names = {application.role.company, application.candidate.name}
    names.update(person.name for person in application.interviewers if " " in person.name)
    if application.role.contact and " " in application.role.contact.name:
        names.add(application.role.contact.name)
    return names

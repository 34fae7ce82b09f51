"""Timing: a thank-you past its 24 hours (a belated note is still worth sending: a suggestion)
and a status check planned too soon after the interview, before any date they gave (pestering:
a problem)."""

from __future__ import annotations

from datetime import date, datetime

from ..findings import PROBLEM, SUGGESTION, Finding
from ..kinds import Schedule, declared
from .note import Note

TOO_SOON = 5  # days after the interview: a status check sooner than this is pestering


def timing(note: Note, today: date) -> list[Finding]:
    when = note.when
    schedule = kind.schedule if (kind := declared(note.kind)) is not None else None
    if when is None or when.sent_on is not None or when.send_on is None:
        return []
    if schedule is Schedule.AFTER_INTERVIEW and when.send_by is not None:
        deadline = when.send_by.date() if isinstance(when.send_by, datetime) else when.send_by
        if today > deadline:
            return [Finding(note.path, "timing",
                            f"is past its 24 hours (due {deadline.isoformat()})",
                            "send it today: a belated thank-you is still worth sending (it "
                            "says it is late); or record it under sent: in role.yaml",
                            SUGGESTION)]
    if schedule is Schedule.AFTER_DECISION and note.application is not None:
        role = note.application.role
        days = (when.send_on - role.interview_date).days
        # After the date they gave, asking is what etiquette expects, however soon that is.
        after_their_date = role.decision_expected is not None and (
            when.send_on > role.decision_expected)
        if days < TOO_SOON and not after_their_date:
            return [Finding(note.path, "timing",
                            f"is planned {days} days after the interview, too soon",
                            "give them at least a week (decision_expected or timing: in "
                            "role.yaml)", PROBLEM)]
    return []

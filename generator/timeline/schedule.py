"""When to send each draft: the etiquette's timing rules, with their numbers in one place.

- A thank-you goes out on the interview day and is due within 24 hours of it.
- One status check, on the second business day after the decision date they gave, or a week
  after the interview when they gave none; never before the thank-you went out.
- A second, final status check a week after the first; after that nothing more is planned.
- A reply to a rejection on the day the rejection came.
Business days skip Saturdays and Sundays. The numbers can be changed under `timing:` in a
pack.yaml (for a house style) or a role.yaml (for one employer); the role wins.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from typing import Any


@dataclass(frozen=True)
class Timing:
    thank_you_hours: int = 24
    status_check_business_days: int = 2  # after decision_expected
    status_check_days: int = 7  # after the interview, when there is no decision date
    final_check_days: int = 7  # after the first status check

    def updated(self, overrides: Mapping[str, Any] | None) -> Timing:
        if not overrides:
            return self
        return replace(self, **{k: v for k, v in overrides.items() if v is not None})


@dataclass(frozen=True)
class When:
    send_on: date | None  # None: drafted in case it is needed, not planned
    send_by: datetime | date | None = None  # the thank-you's deadline
    sent_on: date | None = None


def add_business_days(day: date, count: int) -> date:
    while count > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            count -= 1
    return business_day(day)


def business_day(day: date) -> date:
    """The day itself on a weekday, else the Monday after: nobody reads a check-in sent on a
    Saturday, and it looks as if the sender cannot wait for Monday."""
    return day + timedelta(days=max(0, 7 - day.weekday())) if day.weekday() >= 5 else day


def thank_you_deadline(interview: datetime | date, timing: Timing) -> datetime | date:
    """Within 24 hours of the interview: an exact time (in the interview's zone, counted in
    real hours across a clock change) when the time is known, else the next day."""
    if isinstance(interview, datetime):
        if interview.tzinfo is None:
            return interview + timedelta(hours=timing.thank_you_hours)
        utc = interview.astimezone(UTC) + timedelta(hours=timing.thank_you_hours)
        return utc.astimezone(interview.tzinfo)
    return interview + timedelta(days=max(1, round(timing.thank_you_hours / 24)))


def first_status_check(interview_day: date, decision: date | None, timing: Timing,
                       not_before: date) -> date:
    if decision is not None:
        day = add_business_days(decision, timing.status_check_business_days)
    else:
        day = business_day(interview_day + timedelta(days=timing.status_check_days))
    return max(day, business_day(not_before))


def final_status_check(first: date, timing: Timing) -> date:
    return business_day(first + timedelta(days=timing.final_check_days))


def status(when: When, today: date) -> str:
    """done, overdue (a thank-you past its deadline), due, upcoming or unplanned."""
    if when.sent_on is not None:
        return "done"
    if when.send_on is None:
        return "unplanned"
    deadline = when.send_by
    if isinstance(deadline, datetime):
        deadline = deadline.date()
    if deadline is not None and today > deadline:
        return "overdue"
    return "upcoming" if when.send_on > today else "due"

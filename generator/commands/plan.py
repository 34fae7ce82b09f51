"""The follow-up plan: every application's next sends, by date, and a calendar of them.

Built from the same decisions as the drafts (prepare), so the plan and the drafts agree on
who gets what and when; only subjects are rendered, not whole drafts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ..compose.recipients import DraftSpec, draft_key
from ..compose.render import Renderer
from ..kinds import Schedule, order
from ..kinds import kind as kind_named
from ..output.manifest import write_replacing
from ..output.mime import legacy_message_id
from ..timeline.schedule import status
from .making import message_ids
from .prepare import Options, prepare

AFTER_INTERVIEW = timedelta(hours=2)  # a timed thank-you reminder starts this long after it


@dataclass(frozen=True)
class PlanItem:
    send_on: date
    send_by: datetime | date | None
    status: str  # done, overdue, due, upcoming
    application: str
    kind: str
    variant: str
    recipient_name: str
    recipient_email: str | None
    subject: str
    draft: str  # the .eml under the drafts folder
    message_id: str
    # When the reminder can start as a timed event: a thank-you after an interview whose time
    # is known (two hours after it, when the candidate is likely home again), else None.
    starts_at: datetime | None = None
    # The id versions before 0.9 gave this draft (from its file name): a calendar file they
    # wrote holds events under it, which keep it so importing again adds no copies.
    legacy_id: str | None = None

    def as_json(self) -> dict[str, object]:
        return {
            "send_on": self.send_on.isoformat(),
            "send_by": self.send_by.isoformat() if self.send_by else None,
            "status": self.status,
            "application": self.application,
            "kind": self.kind,
            "variant": self.variant,
            "recipient": {"name": self.recipient_name, "email": self.recipient_email},
            "subject": self.subject,
            "draft": self.draft,
            "message_id": self.message_id,
        }


def make_plan(options: Options) -> list[PlanItem]:
    """Every planned send (drafts kept in case of a rejection are not planned), by date."""
    items = []
    renderers: dict[Path, Renderer] = {}
    for planned in prepare(options):
        renderer = renderers.setdefault(planned.pack.root, Renderer(planned.pack))
        for spec in planned.specs:
            when = spec.when
            if when.send_on is None:
                continue
            items.append(PlanItem(
                send_on=when.sent_on or when.send_on,
                send_by=when.send_by,
                status=status(when, options.today),
                application=spec.application.name,
                kind=spec.kind,
                variant=spec.variant,
                recipient_name=spec.recipient.name,
                recipient_email=spec.recipient.email,
                subject=renderer.subject(spec, options.today),
                draft=f"{spec.application.name}/{spec.kind}/{spec.recipient.slug}.eml",
                message_id=message_ids(spec)[-1],
                starts_at=_starts_at(spec),
                legacy_id=legacy_message_id(spec.application.candidate.email,
                                            spec.application.name,
                                            draft_key(spec.kind, spec.variant),
                                            spec.recipient.slug),
            ))
    items.sort(key=lambda i: (i.send_on, i.application, order(i.kind), i.recipient_name))
    return items


def _starts_at(spec: DraftSpec) -> datetime | None:
    role = spec.application.role
    if (kind_named(spec.kind).schedule is not Schedule.AFTER_INTERVIEW or spec.recipient.met_on !=
            role.interview_date or not isinstance(role.interview_at, datetime)):
        return None
    return role.interview_at + AFTER_INTERVIEW

def to_ics(items: list[PlanItem], today: date, uids: dict[str, str] | None = None) -> bytes:
    """An iCalendar file with one event per send still to do, each with a reminder.

    A thank-you after an interview whose time is known is a timed event in the interview's
    zone, from two hours after it to its 24-hour deadline, reminding at its start; other sends
    are all-day events reminding at 9:00. An overdue send moves to `today`, where its reminder
    can still fire. UIDs come from the drafts' Message-IDs (or `uids`, by Message-ID: those
    an earlier file gave them), so importing the file again moves the events instead of
    duplicating them; X-FOLLOWUP-ID names each event's draft whatever its UID."""
    from icalendar import Alarm, Calendar, Event

    calendar = Calendar()
    calendar.add("prodid", "-//followup//follow-up plan//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", "Interview follow-ups")
    stamp = datetime(today.year, today.month, today.day)
    for item in items:
        if item.status == "done":
            continue
        event = Event()
        event.add("uid", (uids or {}).get(item.message_id, item.message_id.strip("<>")))
        event.add("x-followup-id", item.message_id.strip("<>"))
        event.add("dtstamp", stamp)
        timed = (item.status != "overdue" and item.starts_at is not None
                 and isinstance(item.send_by, datetime) and item.send_by > item.starts_at)
        if timed:
            event.add("dtstart", item.starts_at)
            event.add("dtend", item.send_by)
        else:
            day = today if item.status == "overdue" else item.send_on
            event.add("dtstart", day)
            event.add("dtend", day + timedelta(days=1))
        label = kind_named(item.kind).label
        event.add("summary", f"Send the {label}: {item.subject}")
        to = item.recipient_name + (f" <{item.recipient_email}>" if item.recipient_email else "")
        lines = [f"To: {to}", f"Draft: {item.draft}"]
        if item.status == "overdue":
            lines.append(f"Overdue since {item.send_on.isoformat()}")
        if item.send_by:
            lines.append(f"Due by: {item.send_by.isoformat()}")
        event.add("description", "\n".join(lines))
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        alarm.add("description", f"Send the {label} to {item.recipient_name}")
        alarm.add("trigger", timedelta(0) if timed else timedelta(hours=9))
        event.add_component(alarm)
        calendar.add_component(event)
    calendar.add_missing_timezones()  # a VTIMEZONE for each zone a timed event uses
    return bytes(calendar.to_ical())


def save_ics(path: Path, items: list[PlanItem], today: date) -> int:
    """Write the calendar over `path`, keeping the UIDs its events had there; how many
    events kept a UID an earlier version made from a file name (worth saying once)."""
    uids, adopted = _earlier_uids(path, items)
    write_replacing(path, to_ics(items, today, uids))
    return adopted


def _earlier_uids(path: Path, items: list[PlanItem]) -> tuple[dict[str, str], int]:
    from icalendar import Calendar

    try:
        events = Calendar.from_ical(path.read_bytes()).walk("VEVENT")
    except (OSError, ValueError, IndexError, KeyError):  # none yet, or not a calendar
        return {}, 0
    known: dict[str, str] = {}  # our id: the UID the user's calendar knows it by
    unnamed: set[str] = set()  # UIDs from an earlier version, which named no draft
    for event in events:
        uid, ours = str(event.get("uid", "")), event.get("x-followup-id")
        if ours is not None:
            known[f"<{ours}>"] = uid
        elif uid:
            unnamed.add(uid)
    uids, adopted = {}, 0
    for item in items:
        if item.message_id in known:
            uids[item.message_id] = known[item.message_id]
        elif item.legacy_id and item.legacy_id.strip("<>") in unnamed:
            uids[item.message_id] = item.legacy_id.strip("<>")
            unnamed.discard(uids[item.message_id])  # adopted once, by one draft
            adopted += 1
    return uids, adopted

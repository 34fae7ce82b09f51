"""Who gets which draft: each kind's audience, applied to one application's people.

The etiquette: thank everyone who had a hand in the interview (each interviewer, and the
contact who arranged it); send a status check to one person only, the contact (a status check
to a whole panel is pestering); reply to a rejection to everyone. Which people a kind goes to
is the pack's `audience`; the rules for picking the one person live here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from .models import Application, Interviewer
from .packs import Pack
from .slugs import unique_slug


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str | None
    salutation: str
    title: str | None
    audience: str  # "interviewer" or "contact": which template variant speaks to them
    met_on: date  # the day they interviewed you (for the contact: the last interview day)
    slug: str = ""  # their file name, the same for every kind of draft to them
    interviewer: Interviewer | None = None


@dataclass(frozen=True)
class DraftSpec:
    """One draft to render: a kind, for one person, in one variant."""

    application: Application
    kind: str
    variant: str
    recipient: Recipient


def plan_drafts(
    application: Application, pack: Pack, kinds: tuple[str, ...], today: date
) -> tuple[list[DraftSpec], list[str]]:
    """The drafts for one application, and notices worth telling the user."""
    notices: list[str] = []
    specs: list[DraftSpec] = []
    used: set[str] = set()
    interviewers = [_with_slug(_interviewer(application, person), used)
                    for person in application.interviewers]
    contact = _contact(application)
    if contact is not None:
        contact = _with_slug(contact, used)
    for kind in kinds:
        spec = pack.kinds.get(kind)
        if spec is None:
            notices.append(f"the pack {pack.name!r} has no {kind} template; none written")
            continue
        people: list[Recipient] = []
        if spec.audience in ("interviewers", "all"):
            people.extend(interviewers)
        if (spec.audience in ("contact", "all") and contact is not None
                and not _is_interviewer(contact, application)):
            people.append(contact)
        if spec.audience == "contact" and contact is None:
            notices.append(f"no contact in role.yaml, so no {kind} was written")
        if spec.audience == "contact-or-interviewer":
            people.append(_single_recipient(application, contact, interviewers, kind, notices))
        specs.extend(
            DraftSpec(application, kind, _variant(kind, person, today), person) for person in people
        )
    for person in application.interviewers:
        if not person.discussion_points and "thank-you" in kinds:
            notices.append(f"{person.name} has no discussion_points in interviewers.yaml; "
                           "their thank-you cannot cite what you talked about")
        if person.email is None:
            notices.append(f"{person.name} has no email in interviewers.yaml; "
                           "their drafts have no To address")
    return specs, notices


def _with_slug(person: Recipient, used: set[str]) -> Recipient:
    return replace(person, slug=unique_slug(person.name, used))


def _variant(kind: str, person: Recipient, today: date) -> str:
    if kind == "thank-you":
        # Within 24 hours is on time; from the second day after, the note says it is late.
        return "belated" if (today - person.met_on).days > 1 else "standard"
    if kind == "status-check":
        return "first"
    return "standard"


def _interviewer(application: Application, person: Interviewer) -> Recipient:
    return Recipient(
        name=person.name,
        email=person.email,
        salutation=person.salutation,
        title=person.title,
        audience="interviewer",
        met_on=person.date or application.role.interview_date,
        interviewer=person,
    )


def _contact(application: Application) -> Recipient | None:
    contact = application.role.contact
    if contact is None:
        return None
    last_day = max(
        (p.date for p in application.interviewers if p.date is not None),
        default=application.role.interview_date,
    )
    return Recipient(
        name=contact.name,
        email=contact.email,
        salutation=contact.salutation,
        title=contact.title,
        audience="contact",
        met_on=max(last_day, application.role.interview_date),
    )


def _is_interviewer(contact: Recipient, application: Application) -> bool:
    """A hiring manager who both coordinates and interviews gets one note, not two."""
    for person in application.interviewers:
        if contact.email and person.email:
            if contact.email.casefold() == person.email.casefold():
                return True
        elif contact.name.casefold() == person.name.casefold():
            return True
    return False


def _single_recipient(
    application: Application,
    contact: Recipient | None,
    interviewers: list[Recipient],
    kind: str,
    notices: list[str],
) -> Recipient:
    if contact is not None:
        return contact
    marked = [r for r in interviewers if r.interviewer and r.interviewer.is_contact]
    if marked:
        chosen, why = marked[0], "the interviewer marked contact: true"
    else:
        chosen, why = interviewers[0], "the first interviewer listed"
    notices.append(
        f"no contact in role.yaml: the {kind} goes to {chosen.name}, {why} "
        "(add a contact to role.yaml to change it)"
    )
    return chosen

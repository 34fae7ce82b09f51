"""Each person as someone a draft goes to: an interviewer or the contact, with the greeting
the pack gives them, and the rules that pick the one person where a kind goes to one (the
contact, else the interviewer marked contact, else the first listed; for the reply to a
rejection, whoever brought the news). recipients.py applies each kind's audience with these.

May import: base modules, input, and compose's greeting and packs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from ..input.models import Application, Contact, Interviewer
from .greeting import greeting_name
from .packs import Pack


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str | None
    salutation: str
    title: str | None
    audience: str  # "interviewer" or "contact": which template variant speaks to them
    met_on: date  # the day they interviewed you (for the contact: the last interview day)
    slug: str = ""  # their file name, the same for every kind of draft to them
    index: int = 0  # their place in the panel; the contact comes after everyone
    interviewer: Interviewer | None = None


def news_bringer(application: Application, contact: Recipient | None,
                 interviewers: list[Recipient], kind: str, notices: list[str]) -> Recipient:
    """Who the reply to a rejection goes to: the person `outcome_from:` names (an interviewer
    is answered as the one who gave the news), else the contact, else one interviewer."""
    named = application.role.outcome_from
    if named is not None:
        for person in interviewers:
            if person.name.casefold() == named.casefold():
                return replace(person, audience="contact")
    if contact is not None:
        return contact
    # The interviewer who coordinates brought the news: answered as the one who gave it.
    return replace(single_recipient(None, interviewers, kind, notices), audience="contact")


def _greeting(pack: Pack, person: Interviewer | Contact) -> str:
    """How the pack greets them: their own `salutation` where they gave one, else derived."""
    given = person.salutation if person.salutation_given else None
    return greeting_name(person.name, person.honorific, given, formal=pack.formal_greeting,
                         language=pack.language, email=person.email)


def interviewer_recipient(application: Application, person: Interviewer, slug: str,
                          index: int, pack: Pack) -> Recipient:
    return Recipient(
        name=person.name,
        email=person.email,
        salutation=_greeting(pack, person),
        title=person.title,
        audience="interviewer",
        met_on=person.date or application.role.interview_date,
        slug=slug,
        index=index,
        interviewer=person,
    )


def contact_recipient(application: Application, pack: Pack) -> Recipient | None:
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
        salutation=_greeting(pack, contact),
        title=contact.title,
        audience="contact",
        met_on=max(last_day, application.role.interview_date),
    )


def same_person(contact: Recipient, interviewers: list[Recipient]) -> Recipient | None:
    """The interviewer who is also the contact (same email, or same name without emails)."""
    for person in interviewers:
        if contact.email and person.email:
            if contact.email.casefold() == person.email.casefold():
                return person
        elif contact.name.casefold() == person.name.casefold():
            return person
    return None


def single_recipient(
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

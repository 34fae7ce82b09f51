"""The variables a template sees, built from the model as plain data.

Templates get dicts, lists, strings, dates and booleans only: never our objects or paths, which
would hand an untrusted pack methods to call (`Path.read_text`). `VARIABLES` documents every
name; the pack author's guide is generated from it, and a test keeps the two in step.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..input.models import Application, Interviewer
from .recipients import DraftSpec, Recipient

VARIABLES: dict[str, str] = {
    "candidate.name": "Your full name.",
    "candidate.first_name": "The first word of your name.",
    "candidate.email": "Your address.",
    "candidate.phone": "Your phone number, or none.",
    "candidate.signature": "Your Markdown signature block, or none.",
    "role.company": "The company.",
    "role.title": "The job title.",
    "role.interview_date": "The interview day (a date; format it with `longdate`).",
    "role.interview_time": "The interview time as HH:MM, or none.",
    "role.decision_expected": "When they said they would decide (a date), or none.",
    "role.highlights": "Markdown lines: why you fit the role (may be empty), each on one line "
                       "and without a final full stop, to cite mid-sentence.",
    "role.interview_days": "The days of the interview loop (dates), first to last.",
    "contact": "The contact (name, email, title, salutation), or none.",
    "interviewers": "Every interviewer, each shaped like `recipient`.",
    "recipient.name": "Who this draft is to.",
    "recipient.salutation": "How to greet them.",
    "recipient.title": "Their job title, or none.",
    "recipient.email": "Their address, or none.",
    "recipient.is_contact": "True when the draft speaks to the contact rather than an "
                            "interviewer.",
    "recipient.discussion_points": "Markdown lines: what you discussed with them (empty for the "
                                   "contact), ready to cite mid-sentence like highlights.",
    "recipient.rapport": "A personal connection with them (one line, no full stop), or none.",
    "recipient.met_on": "The day you met them (a date).",
    "recipient.index": "Their place in the panel (0, 1, …; the contact comes after everyone): "
                       "vary the wording with it, so notes a panel compares do not read alike.",
    "kind": "thank-you, status-check or rejection-reply.",
    "variant": "Which form of the kind: standard, belated or panel (thank-you), first or final "
               "(status-check), standard (rejection-reply).",
    "late": "True when a thank-you goes out after its 24 hours (also for a panel note).",
    "panel": "In a panel thank-you to the contact: the interviewers with no email address, "
             "each shaped like `recipient`, to be thanked through the contact.",
    "today": "The day the drafts are made for (a date; `--today`).",
    "pack.name": "The pack's name.",
    "pack.language": "The pack's language tag, also the HTML `lang`.",
}

FILTERS: dict[str, str] = {
    "longdate": "`d | longdate` gives `Friday, December 4`; `longdate(false)` drops the weekday.",
    "spoken_day": "`d | spoken_day(today)` gives `today`, `yesterday` or `on Friday, November 20`.",
    "join_and": "`items | join_and` gives `a, b and c`; `join_and('or')` for another word.",
    "hardbreaks": "Keeps the line breaks of a multi-line Markdown value such as a signature.",
}


def application_context(application: Application, today: date) -> dict[str, Any]:
    """What every draft of one application shares; `draft_context` adds the recipient."""
    candidate = application.candidate
    role = application.role
    contact = role.contact
    return {
        "candidate": {
            "name": candidate.name,
            "first_name": candidate.name.split()[0],
            "email": candidate.email,
            "phone": candidate.phone,
            "signature": candidate.signature,
        },
        "role": {
            "company": role.company,
            "title": role.title,
            "interview_date": role.interview_date,
            "interview_time": (
                role.interview_time.strftime("%H:%M") if role.interview_time else None
            ),
            "decision_expected": role.decision_expected,
            "highlights": [_inline(text) for text in role.highlights],
            "interview_days": sorted({role.interview_date} | {
                p.date for p in application.interviewers if p.date is not None}),
        },
        "contact": {
            "name": contact.name,
            "email": contact.email,
            "title": contact.title,
            "salutation": contact.salutation,
        } if contact else None,
        "interviewers": [
            {**_person(person, application.role.interview_date), "index": index}
            for index, person in enumerate(application.interviewers)
        ],
        "today": today,
    }


def draft_context(shared: dict[str, Any], spec: DraftSpec, pack_name: str,
                  language: str) -> dict[str, Any]:
    return {
        **shared,
        "recipient": _recipient(spec.recipient),
        "kind": spec.kind,
        "variant": spec.variant,
        "late": spec.late,
        "panel": [person for person in shared["interviewers"] if person["email"] is None]
        if spec.variant == "panel" else [],
        "pack": {"name": pack_name, "language": language},
    }


def _person(person: Interviewer, interview_date: date) -> dict[str, Any]:
    return {
        "name": person.name,
        "salutation": person.salutation,
        "title": person.title,
        "email": person.email,
        "is_contact": False,
        "discussion_points": [_inline(text) for text in person.discussion_points],
        "rapport": _inline(person.rapport) if person.rapport else None,
        "met_on": person.date or interview_date,
    }


def _inline(text: str) -> str:
    """A Markdown note cited in the middle of a sentence: one line (no lists or quotes
    starting), and no full stop of its own ("our discussion of hiring.." reads badly); an
    abbreviation's dot stays (U.S.)."""
    text = " ".join(text.split()).rstrip(",;:")
    last = text.rsplit(" ", 1)[-1]
    if text.endswith(".") and "." not in last[:-1]:
        text = text[:-1]
    return text


def _recipient(recipient: Recipient) -> dict[str, Any]:
    if recipient.interviewer is not None:
        return {**_person(recipient.interviewer, recipient.met_on),
                "is_contact": recipient.audience == "contact", "index": recipient.index}
    return {
        "name": recipient.name,
        "salutation": recipient.salutation,
        "title": recipient.title,
        "email": recipient.email,
        "is_contact": True,
        "discussion_points": [],
        "rapport": None,
        "met_on": recipient.met_on,
        "index": recipient.index,
    }

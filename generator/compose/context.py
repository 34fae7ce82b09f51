"""The variables a template sees, built from the model as plain data.

Templates get dicts, lists, strings, dates and booleans only: never our objects or paths, which
would hand an untrusted pack methods to call (`Path.read_text`). `VARIABLES` documents every
name (in variables.py); the pack author's guide is generated from it, and a test keeps the
two in step. What a template sees of each person is person_context.py's.

May import: base modules, input, and compose's content, greeting, memory, person_context,
phrasing, pitch and recipients.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..input.models import Application
from ..kinds import called_for
from .content import plan, read
from .greeting import tu_by_name
from .memory import memories
from .person_context import person_dict, placed_dict, recipient_dict
from .phrasing import own_sentence, place
from .pitch import pitch
from .recipients import DraftSpec


def application_context(application: Application, today: date,
                        language: str = "en") -> dict[str, Any]:
    """What every draft of one application shares; `draft_context` adds the recipient. Free
    text is placed for the pack's language (phrasing.py)."""
    candidate = application.candidate
    role = application.role
    contact = role.contact
    lang = language.lower().split("-")[0]
    proper = proper_words(application)
    registers = [tu_by_name(p.honorific, p.salutation) for p in application.interviewers]
    # Each point is read once, for every note that says it: -6% instructions (RESULTS.md)
    readings = [read(person, lang, proper, tu)
                for person, tu in zip(application.interviewers, registers, strict=True)]
    people = [
        {**person_dict(person, role.interview_date, lang, proper, reading.placed_of,
                       to_self=False), "index": index}
        for index, (person, reading) in enumerate(zip(application.interviewers, readings,
                                                      strict=True))
    ]
    pitches = [pitch(text, lang) for text in role.highlights]
    return {
        "candidate": {
            "name": candidate.name,
            "first_name": (candidate.name.split() or [candidate.name])[0],
            "email": candidate.email,
            "phone": candidate.phone,
            "signature": candidate.signature,
        },
        "role": {
            "company": role.company,
            "company_in_text": company_in_text(role.company, lang),
            "title": role.title,
            "short_title": short_title(role.title, lang),
            "pitch": next((p.sentence for p in pitches if p is not None), None),
            "interview_date": role.interview_date,
            "interview_time": (
                role.interview_time.strftime("%H:%M") if role.interview_time else None
            ),
            "decision_expected": role.decision_expected,
            "highlights": [_highlight(text, lang, proper) for text in role.highlights],
            "interview_days": sorted({role.interview_date} | {
                p.date for p in application.interviewers if p.date is not None}),
        },
        "contact": {
            "name": contact.name,
            "email": contact.email,
            "title": contact.title,
            "salutation": contact.salutation,
        } if contact else None,
        # As the contact's note speaks of them: in the third person.
        "interviewers": people,
        "today": today,
        "_application": application,  # dropped by draft_context: never shown to a template
        "_language": lang,
        "_proper": proper,
        "_readings": readings,
        "_said": plan(application, lang, proper, registers, readings),
        "_memory": memories(application, people, readings),
    }


def draft_context(shared: dict[str, Any], spec: DraftSpec, pack_name: str,
                  language: str) -> dict[str, Any]:
    visible = {key: value for key, value in shared.items() if not key.startswith("_")}
    return {
        **visible,
        "recipient": recipient_dict(spec.recipient, shared),
        "kind": spec.kind,
        "variant": spec.variant,
        "late": spec.late,
        "panel": [person for person in shared["interviewers"] if person["email"] is None]
        if called_for(spec.kind, spec.variant, "for_panel") else [],
        "memory": next((m for m in shared["_memory"] if m["full_name"] != spec.recipient.name),
                       None),
        "pack": {"name": pack_name, "language": language},
    }


# An institution's name takes "the" in an English sentence: "to join the Marlow County
# Public Defender's Office", not "to join Marlow County Public Defender's Office" (recruiter
# round 16); a company's name does not ("to join Acme Robotics").
_INSTITUTION = re.compile(r"(?:\b(?:Office|Department|Agency|Bureau|Authority|Commission|District|"
                          r"Board|Institute|Council|Court|Ministry|Directorate)$|^(?:University|"
                          r"City|County|State|Port|Town|Village|Province) of\b|\b(?:Office|"
                          r"Department|Bureau|Board|Division|Ministry|Agency) of\b)")


def company_in_text(company: str, language: str) -> str:
    """The company's name as an English sentence holds it: "the" before an institution."""
    if language == "en" and _INSTITUTION.search(company) and not re.match(r"(?i)the\b", company):
        return f"the {company}"
    return company


def short_title(title: str, language: str = "en") -> str:
    """A job title in a few words: "Chemistry Teacher (AP and General Chemistry)" ->
    "Chemistry Teacher", "Site Reliability Engineer II" -> "Site Reliability Engineer",
    "Clinical Pharmacist, Critical Care" -> "Clinical Pharmacist". Spanish writes a title in
    lower case in running text ("el puesto de enfermera de UCI"; recruiter round 16)."""
    if language == "es" and re.search(r"\b(?:de|del|la|el|y|en)\b|[áéíóúñ]", title):
        return " ".join(w[0].lower() + w[1:] if w[1:].islower() else w
                        for w in short_title(title).split())  # not "Data Engineer", English
    text = re.sub(r"\s*\([^()]*\)", "", title).strip()
    # "…, Level 3" and "… II" are grades, not the job; no comma is left hanging
    text = re.sub(r"[\s,;]+(?:I{1,3}|IV|V|[1-5]|Level \d+)$", "", text)
    head, comma, _ = text.partition(", ")
    if comma and len(head.split()) >= 2:
        text = head
    words = text.split()
    if len(words) > 4:
        for index, word in enumerate(words[2:], start=2):
            if word.casefold() in ("de", "of", "for", "para", "del", "in", "en"):
                text = " ".join(words[:index])
                break
    return text or title


def proper_words(application: Application) -> frozenset[str]:
    """Words whose capitals stay at the start of a phrase: the YAML's names, company and
    dictionary, and words written with a capital in the middle of any free-text value."""
    role = application.role
    texts = [application.candidate.name, role.company, role.title, *role.dictionary,
             *(p.name for p in application.interviewers),
             *(p.title or "" for p in application.interviewers)]
    if role.contact:
        texts.append(role.contact.name)
    words = {w for text in texts for w in re.findall(r"[\w'’-]+", text) if w[:1].isupper()}
    free = [*role.highlights, *(t for p in application.interviewers
                                 for t in (*p.discussion_points, p.rapport or ""))]
    for text in free:
        # a sentence ends after a stop, or a stop and a closing quote ('… on you." Handoff')
        for sentence in re.split(r"(?<=[.!?:;])\s+|(?<=[.!?][\"”’')])\s+|\n", text):
            # any script's capital ("Århus", "Łódź"), not only A to Z
            words.update(w for w in re.findall(r"(?<=\s)[^\W\d_][\w'’-]*", sentence)
                         if w[0].isupper() and not w.isupper())
    return frozenset(words)


def _highlight(text: str, language: str, proper: frozenset[str]) -> dict[str, Any]:
    placed = placed_dict(place(text, "highlights", language, proper=proper))
    # Its further sentences as sentences of yours ("Got pages down to 14" -> "I got …").
    placed["more"] = [one.sentence or own_sentence(sentence) for sentence in placed["more"]
                      for one in [place(sentence, "highlights", language, proper=proper)]]
    return placed

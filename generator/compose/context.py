"""The variables a template sees, built from the model as plain data.

Templates get dicts, lists, strings, dates and booleans only: never our objects or paths, which
would hand an untrusted pack methods to call (`Path.read_text`). `VARIABLES` documents every
name (in variables.py); the pack author's guide is generated from it, and a test keeps the
two in step.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..input.models import Application, Interviewer
from .addressees import Recipient
from .content import Reading, Said, plan, read, turns
from .detail import gist_dict
from .greeting import greeting_name, named, tu_by_name
from .memory import memories
from .naming import promised_name, short_name
from .persons import names_of
from .phrasing import Placed, follow_up, own_sentence, place, word_count
from .pitch import as_clause, pitch
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
        {**_person(person, role.interview_date, lang, proper, reading.placed_of,
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
            "title": role.title,
            "short_title": short_title(role.title),
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
        "recipient": _recipient(spec.recipient, shared),
        "kind": spec.kind,
        "variant": spec.variant,
        "late": spec.late,
        "panel": [person for person in shared["interviewers"] if person["email"] is None]
        if spec.variant == "panel" else [],
        "memory": next((m for m in shared["_memory"] if m["full_name"] != spec.recipient.name),
                       None),
        "pack": {"name": pack_name, "language": language},
    }


def short_title(title: str) -> str:
    """A job title in a few words: "Chemistry Teacher (AP and General Chemistry)" ->
    "Chemistry Teacher", "Site Reliability Engineer II" -> "Site Reliability Engineer",
    "Clinical Pharmacist, Critical Care" -> "Clinical Pharmacist"."""
    text = re.sub(r"\s*\([^()]*\)", "", title).strip()
    text = re.sub(r"\s+(?:I{1,3}|IV|V|[1-5]|Level \d+)$", "", text)
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
    placed = _placed(place(text, "highlights", language, proper=proper))
    # Its further sentences as sentences of yours ("Got pages down to 14" -> "I got …").
    placed["more"] = [one.sentence or own_sentence(sentence) for sentence in placed["more"]
                      for one in [place(sentence, "highlights", language, proper=proper)]]
    return placed


def _placed(placed: Placed) -> dict[str, Any]:
    return {
        "phrase": placed.short,
        "full": placed.phrase,
        "sentence": placed.sentence,
        "shape": placed.shape,
        "more": list(placed.more),
        "text": placed.short if placed.phrase is not None else placed.sentence,
        "short_name": short_name(placed.short),
        # About you (your answer, your portfolio): thanked for as their question to you.
        "mine": placed.shape == "asked" or bool(placed.short and _MINE.search(
            placed.short)) or bool(placed.more and _ANSWERED.match(placed.more[0])),
    }


# A question followed by what you answered was theirs to you: "What would …? I said …".
_ANSWERED = re.compile(r"(?:I|Le|Les)\s+(?:said|told|described|answered|walked|dije|conté|"
                       r"expliqué|respondí|contesté)\b")
_MINE = re.compile(r"\b(?:I|my|me|I['’](?:d|m|ve)|mi|me|yo)\b")


def _memorable(points: list[dict[str, Any]], originals: tuple[str, ...]) -> list[dict[str, Any]]:
    """The points, the one told in most detail first: a story the interviewer told is what
    they will remember being thanked for, more than a routine question. Ties keep the order
    they were written in."""
    order = sorted(range(len(points)), key=lambda i: (-min(word_count(originals[i]), 60), i))
    return [points[i] for i in order]


def _person(person: Interviewer, interview_date: date, language: str,
            proper: frozenset[str], points: tuple[Placed, ...], *,
            to_self: bool) -> dict[str, Any]:
    """What a template sees of an interviewer; `points`: theirs, placed for this note."""
    names = names_of(person)
    placed = [_placed(point) for point in points]
    rapport = place(person.rapport, "rapport", language, to_self=to_self, names=names,
                    proper=proper) if person.rapport else None
    salutation = greeting_name(person.name, person.honorific,
                               person.salutation if person.salutation_given else None,
                               language=language, email=person.email)
    return {
        "name": person.name,
        "salutation": salutation,
        "named": named(salutation, language),
        "title": person.title,
        "email": person.email,
        "is_contact": False,
        "discussion_points": [p["text"] for p in placed],
        "topics": _memorable(placed, person.discussion_points),
        "rapport": rapport.text if rapport else None,
        "rapport_more": [own_sentence(s) for s in (rapport.more if rapport else ())
                         if re.match(r"(?:I|My|Yo)\b", s)],
        "note": person.note,
        "note_thanks": False,  # asked of the contact's note only
        "withheld": [],
        "fit": own_sentence(person.fit) if person.fit else None,
        "follow_up": follow_up(person.follow_up, language) if person.follow_up else None,
        "honorific": person.honorific,
        "keep_in_touch": person.keep_in_touch,
        "met_on": person.date or interview_date,
        **UNSAID,
        "tu": tu_by_name(person.honorific, person.salutation),
        "threads": False,
    }


# What a note says of a point, for a person whose note plans none (the contact, or an
# interviewer seen from another's note): one declaration for both.
UNSAID: dict[str, Any] = {"detail": None, "second": None, "third": None, "about": [],
                          "remembered": None,
                          "tie": None,
                          "tie_meets": False, "tie_clause": "", "tie_rest": "", "also": None,
                          "follow_up_near": False, "promised": None, "recalled": None,
                          "part_of_day": None}


def _recalled(said: Said, detail: dict[str, Any] | None) -> str | None:
    """The moment of the interview a subject line can thank them for ("the scenario"), or
    None: only an exercise they set you. A topic in a subject ("Thanks for the conversation
    about condition monitoring") read as the program's in blind round 17 and recruiter round
    14: careful people thank for the day ("Thanks for your time today"), not a topic.
    `detail`: the cited point as the template sees it."""
    if said.note is not None or detail is None:
        return None
    exercise = re.fullmatch(r"working through (the [\w-]+(?: [\w-]+)?)", detail["doing"] or "")
    return exercise[1] if detail["kind"] == "exercise" and exercise else None


def _recipient(recipient: Recipient, shared: dict[str, Any]) -> dict[str, Any]:
    application: Application = shared["_application"]
    language = shared["_language"]
    person = recipient.interviewer
    if person is not None:
        index = application.interviewers.index(person)
        said: Said = shared["_said"][index]
        reading: Reading = shared["_readings"][index]
        tu = tu_by_name(person.honorific, recipient.salutation)
        marked = any(p.is_contact for p in application.interviewers)
        proper = shared["_proper"]
        tie_clause, tie_rest = as_clause(said.tie, proper) if said.tie else ("", "")
        detail = gist_dict(said.main, said.tie)
        return {
            **_person(person, recipient.met_on, language, proper, reading.placed,
                      to_self=True),
            "salutation": recipient.salutation,
            "named": named(recipient.salutation, language),
            "is_contact": recipient.audience == "contact",
            "index": recipient.index,
            "note": said.note,
            "withheld": said.withheld,
            "fit": own_sentence(said.tie) if person.fit and said.tie else None,
            "rapport": said.rapport,
            "rapport_more": [own_sentence(said.reason)] if said.reason else [],
            "follow_up": follow_up(person.follow_up, language, tu=tu, names=names_of(person))
            if person.follow_up else None,
            "detail": detail,
            "second": gist_dict(said.second, said.tie),
            "third": gist_dict(said.third, said.tie),
            # bare names only where no point of theirs is cited (blind round 14 read "Thank
            # you for the chance today to talk about members" beside one as the program's)
            "about": list(said.labels) if detail is None else [],
            # what a note after the news remembers: the cited point, else one only named
            "remembered": detail or gist_dict(said.named, said.tie),
            "tie": said.tie,
            "tie_meets": said.meets,
            "tie_clause": tie_clause,
            "tie_rest": tie_rest,
            "also": {"fact": said.also[0], "sentence": said.also[1]} if said.also else None,
            "follow_up_near": said.follow_up_near,
            # what you promised, named for a subject line ("Thank you, and the … checklist")
            "promised": promised_name(person.follow_up) if said.note is None else None,
            "recalled": _recalled(said, detail),
            "part_of_day": None if application.role.interview_time is None or person.date else (
                "morning" if application.role.interview_time.hour < 12 else
                "afternoon" if application.role.interview_time.hour < 17 else None),
            "turns": turns(application, recipient.index),
            "tu": tu,
            "threads": application.role.contact is None and (
                person.is_contact or (not marked and index == 0)),
        }
    contact = application.role.contact
    return {
        "name": recipient.name,
        "salutation": recipient.salutation,
        "named": named(recipient.salutation, language),
        "title": recipient.title,
        "email": recipient.email,
        "is_contact": True,
        "discussion_points": [],
        "topics": [],
        "rapport": None,
        "rapport_more": [],
        "note": contact.note if contact else None,
        # your note thanks them itself: the opening need not thank them a second time
        "note_thanks": bool(contact and contact.note
                            and re.match(r"\s*(?:thank|gracias|merci)", contact.note, re.I)),
        "withheld": [],
        "fit": own_sentence(contact.fit) if contact and contact.fit else None,
        "follow_up": follow_up(contact.follow_up, language, tu=tu_by_name(
            contact.honorific, recipient.salutation)) if contact and contact.follow_up else None,
        "honorific": contact.honorific if contact else None,
        "keep_in_touch": False,
        "met_on": recipient.met_on,
        "index": recipient.index,
        **UNSAID,
        "turns": turns(application, recipient.index),
        "tu": tu_by_name(contact.honorific if contact else None, recipient.salutation),
        "threads": True,
    }

"""What a template sees of a person, as plain data: an interviewer with their points placed
for one note (`interviewers`), and the person one draft goes to (`recipient`) with what that
note says to them (content.py's plan). context.py puts these into a draft's variables.

May import: base modules, input, and compose's addressees, ahead, content, detail, greeting,
marks, naming, persons, phrasing and pitch.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..input.models import Application, Interviewer
from .addressees import Recipient
from .ahead import coming_up
from .content import Reading, Said, turns
from .detail import gist_dict
from .greeting import greeting_name, named, tu_by_name
from .marks import PERKS
from .naming import promised_name, short_name
from .persons import names_of
from .phrasing import Placed, follow_up, own_sentence, place, word_count
from .pitch import as_clause


def placed_dict(placed: Placed) -> dict[str, Any]:
    """A value placed for a sentence (a point of theirs, a highlight), as a template sees it."""
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
    they will remember being thanked for, more than a routine question; pay and perks last
    (recruiter round 16: "My conversation with Keoni about booth rent versus commission").
    Ties keep the order they were written in."""
    order = sorted(range(len(points)), key=lambda i: (bool(PERKS.search(originals[i])),
                                                      -min(word_count(originals[i]), 60), i))
    return [points[i] for i in order]


def person_dict(person: Interviewer, interview_date: date, language: str,
                proper: frozenset[str], points: tuple[Placed, ...], *,
                to_self: bool) -> dict[str, Any]:
    """What a template sees of an interviewer; `points`: theirs, placed for this note."""
    names = names_of(person)
    placed = [placed_dict(point) for point in points]
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
                          "part_of_day": None, "ahead": None}


def _uncited(points: tuple[str, ...], said: Said) -> list[str]:
    """The points a note neither cites nor names: an event of theirs ahead is wished well
    only where the note has not said it already ("I'm glad we got to talk about the SQF
    audit in March. … I hope the SQF audit in March goes smoothly.", the code review)."""
    # the further points (second, third) are the template's to show or not: it checks those
    cited = {g.index for g in (said.main, said.named) if g is not None}
    named = set(said.labels) if said.main is None else set()  # labels are said only then
    return [text for gist, text in zip(said.gists, points, strict=False)
            if gist.index not in cited and gist.topic not in named]


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


def recipient_dict(recipient: Recipient, shared: dict[str, Any]) -> dict[str, Any]:
    """What a template sees of the person one draft goes to; `shared`: application_context's
    variables, with the keys it keeps from templates (`_said`, `_readings`, …)."""
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
            **person_dict(person, recipient.met_on, language, proper, reading.placed,
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
            # an event of theirs still ahead, to wish them well with (English packs' close)
            "ahead": coming_up(_uncited(person.discussion_points, said), recipient.met_on)
            if language == "en" and said.note is None else None,
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

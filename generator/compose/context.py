"""The variables a template sees, built from the model as plain data.

Templates get dicts, lists, strings, dates and booleans only: never our objects or paths, which
would hand an untrusted pack methods to call (`Path.read_text`). `VARIABLES` documents every
name; the pack author's guide is generated from it, and a test keeps the two in step.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from ..input.models import Application, Interviewer
from .content import Said, gist_dict, plan, turns
from .gist import read_point
from .gist_es import read_point_es
from .greeting import greeting_name
from .phrasing import Placed, follow_up, own_sentence, place, word_count
from .pitch import as_clause, pitch
from .recipients import DraftSpec, Recipient

VARIABLES: dict[str, str] = {
    "candidate.name": "Your full name.",
    "candidate.first_name": "The first word of your name.",
    "candidate.email": "Your address.",
    "candidate.phone": "Your phone number, or none.",
    "candidate.signature": "Your Markdown signature block, or none.",
    "role.company": "The company.",
    "role.title": "The job title.",
    "role.short_title": "The job title in a few words, for subjects and sentences: without "
                        "parentheses, a level (II) or a specialty after a comma.",
    "role.pitch": "Your first highlight that can be said as a sentence of yours ('I have spent "
                  "six years as …'), or none: the contact's note and nothing else use it.",
    "role.interview_date": "The interview day (a date; format it with `longdate`).",
    "role.interview_time": "The interview time as HH:MM, or none.",
    "role.decision_expected": "When they said they would decide (a date), or none.",
    "role.highlights": "Why you fit the role, each placed by phrasing.py: `phrase` (to sit "
                       "mid-sentence, or none), `sentence` (to stand alone, or none), `text` "
                       "(whichever there is), `full`, `shape`, `more` (further sentences).",
    "role.interview_days": "The days of the interview loop (dates), first to last.",
    "contact": "The contact (name, email, title, salutation), or none.",
    "interviewers": "Every interviewer, each shaped like `recipient`, their points in the "
                    "third person (as the contact's note speaks of them).",
    "recipient.name": "Who this draft is to.",
    "recipient.named": "How a sentence names them: their greeting name, with the article "
                       "Spanish puts before a title ('la Dra. Goikoetxea').",
    "recipient.salutation": "How to greet them: their salutation as given, else honorific and "
                            "surname, else the given name (the full name in a pack with "
                            "`greeting: full-name`, or where the given name cannot be told).",
    "recipient.title": "Their job title, or none.",
    "recipient.email": "Their address, or none.",
    "recipient.is_contact": "True when the draft speaks to the contact rather than an "
                            "interviewer.",
    "recipient.discussion_points": "What you discussed with them (empty for the contact), "
                                   "each placed to sit mid-sentence ('what a typical night "
                                   "shift looks like'), in the order written.",
    "recipient.topics": "The same points as `phrase`/`sentence`/`text`/`shape`/`more` (like "
                        "highlights) and `mine` (the point is about you: their question to "
                        "you), the one told in most detail first: the one to cite.",
    "recipient.rapport": "A personal connection with them, placed to follow 'I enjoyed finding "
                         "out that' (one clause, no full stop), or none: only where it is "
                         "shared or comes with your reason.",
    "recipient.rapport_more": "Your reason for the rapport ('I spent the summer of 2019 "
                              "there'), as one sentence in a list, or an empty list.",
    "recipient.note": "Your own paragraph for them (Markdown), as written, or none: a note that "
                      "speaks of them in the third person was written for you and is not "
                      "given (see `withheld`).",
    "recipient.withheld": "Sentences of your note left out of the draft because they were "
                          "for you (your feelings about them, their moods, their words back).",
    "recipient.fit": "Your sentence on how you meet what they care about, or none: use it "
                     "in place of a general pitch.",
    "recipient.detail": "The point of theirs to cite, or none: `topic` (a noun phrase, or a "
                        "clause when `topic_is_clause`), `kind` (story, answer, asked, "
                        "exercise, shown, walked, topic), `clause` (its most vivid detail as a "
                        "clause for after 'that'), `thing` ('those 9,000 tickets'), `fact` "
                        "(the point as a clause), `open` (your notes say they were open about "
                        "it), `hard` (a setback of theirs: acknowledge it, never 'enjoy' it), "
                        "`doing` (an exercise as what you did: 'designing a rate limiter "
                        "…'), `label` (a short name for it, fit for a subject line), "
                        "`reply` (their answer to your question, as a phrase: 'one number "
                        "every merchant trusts'), "
                        "`clause_only` (say the clause alone: it names the point), each "
                        "none where the notes do not give it.",
    "recipient.second": "A second point of theirs, shaped like `detail`, for a note that "
                        "would otherwise say little (no tie, nothing promised), or none.",
    "recipient.tie": "One sentence tying them to what you have done: your `fit`, else the "
                     "highlight that shares most with their points (once per panel), or none.",
    "recipient.tie_meets": "True when the tie was chosen because it meets the cited point "
                           "(`detail`): a note can then join them ('That stood out to me, "
                           "because …').",
    "recipient.tie_clause": "The tie's first sentence as a clause to follow 'because' or a "
                            "colon (no capital unless a name, no full stop); `tie_rest` holds "
                            "its further sentences, or ''.",
    "recipient.also": "A second tie, or none: `fact` (another point of theirs, as a clause) "
                      "and `sentence` (the highlight that meets it, as your sentence).",
    "recipient.follow_up_near": "True when what you promised belongs with the cited point.",
    "recipient.turns": "Numbers to choose wordings with (`turns[0] % 6`, `turns[1] % 4`, …), "
                       "drawn from the application and their place: panels differ, and so "
                       "does everyone on one panel.",
    "recipient.tu": "In Spanish: True to say tú (a given name, no honorific), False for "
                    "usted.",
    "recipient.threads": "True when this person also gets the status check, threaded under "
                         "their thank-you: its subject then names the role and you.",
    "recipient.follow_up": "Something you promised or offer them (Markdown, links), or none.",
    "recipient.keep_in_touch": "True for an interviewer to write to after a rejection.",
    "recipient.met_on": "The day you met them (a date).",
    "recipient.index": "Their place in the panel (0, 1, …; the contact comes after everyone); "
                       "to vary wordings, use `turns`, which also differ between panels.",
    "kind": "thank-you, status-check or rejection-reply.",
    "variant": "Which form of the kind: standard, belated or panel (thank-you), first or final "
               "(status-check), standard (rejection-reply).",
    "late": "True when a thank-you goes out after its 24 hours (also for a panel note).",
    "panel": "In a panel thank-you to the contact: the interviewers with no email address, "
             "each shaped like `recipient`, to be thanked through the contact.",
    "today": "The day the drafts are made for (a date; `--today`).",
    "memory": "One good memory of the process, for a note to the contact: `name` (how a "
              "sentence names that interviewer, see `recipient.named`), `full_name`, `topic` "
              "and `thing` (the vivid detail, or none): the most vivid conversation of the "
              "panel, never a sore one, or none.",
    "pack.name": "The pack's name.",
    "pack.language": "The pack's language tag, also the HTML `lang`.",
}

FILTERS: dict[str, str] = {
    "longdate": "`d | longdate` gives `Friday, December 4`; `longdate(false)` drops the weekday.",
    "spoken_day": "`d | spoken_day(today)` gives `today`, `yesterday`, `on Friday` within a "
                  "week, else `on November 20`.",
    "join_and": "`items | join_and` gives `a, b and c`; `join_and('or')` for another word.",
    "hardbreaks": "Keeps the line breaks of a multi-line Markdown value such as a signature.",
    "article": "`role.company | article('de')` gives `del Grupo Sierra Norte` in a Spanish pack "
               "(`de Acme` for a brand name); other languages get the words as they are.",
}


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
    people = [
        {**_person(person, role.interview_date, lang, proper, to_self=False), "index": index}
        for index, person in enumerate(application.interviewers)
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
        "_said": plan(application, lang, proper, registers),
        "_memory": _memory(application, people, lang, proper),
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


# A memory of the process to end on well: never a topic that sounds like a complaint or a loss.
_SORE = re.compile(r"disagree|mistake|unfair|wrong|reconsider|\blost\b|\blose\b|fail|angry|"
                   r"annoy|short-?staffed|\bshort\b|perdi|error", re.IGNORECASE)


def _memory(application: Application, people: list[dict[str, Any]], language: str,
            proper: frozenset[str]) -> list[dict[str, Any]]:
    """Good memories of the process for a note to the contact, the most vivid first: each
    interviewer's best point, in the third person, never a weak moment or a sore topic."""
    found = []
    for person, shown in zip(application.interviewers, people, strict=True):
        names = person.name.split()
        best = None
        for number, text in enumerate(person.discussion_points):
            placed = place(text, "discussion_points", language, to_self=False, names=names,
                           proper=proper)
            gist = read_point_es(number, text, placed, names=names) if language == "es" else \
                read_point(number, text, placed, names=names, proper=proper, to_self=False)
            # a memory has a short name ("the 0300 safety huddle"); a clause ("how they
            # still dose …") tells a fact to someone who was not there
            fit_to_remember = gist.topic and not (
                gist.sore or gist.hard or _SORE.search(text)
                or re.search(r"\b(?:I|my|me|mi|yo)\b", gist.topic)
                or gist.topic_is_clause or "," in gist.topic or word_count(gist.topic) > 10)
            if fit_to_remember and (best is None or gist.vivid > best.vivid):
                best = gist
        if best is not None and best.topic:
            found.append((best.vivid, {"name": shown["named"], "full_name": person.name,
                                       "topic": best.topic, "thing": best.thing}))
    return [memory for _, memory in sorted(found, key=lambda row: -row[0])]


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


def named(salutation: str, language: str) -> str:
    """A person as a sentence names them: Spanish puts an article before a title ("la Dra.
    Goikoetxea", "el Sr. Báez"); English names them as it greets them."""
    if language != "es":
        return salutation
    if re.match(r"(?:Dra|Sra|Srta)\.?\s", salutation):
        return "la " + salutation
    if re.match(r"(?:Dr|Sr|D)\.?\s", salutation):
        return "el " + salutation
    return salutation


def tu_by_name(honorific: str | None, salutation: str) -> bool:
    """In Spanish, tú for someone greeted by their given name, usted for an honorific."""
    return not honorific and not re.match(r"(?:Dra?|Sra?|Srta|Prof|D|Dña|Lic|Ing)\.?\s",
                                          salutation)


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
            words.update(w for w in re.findall(r"(?<=\s)[A-Z][\w'’-]*", sentence)
                         if not w.isupper())
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
            proper: frozenset[str], *, to_self: bool) -> dict[str, Any]:
    names = [*person.name.split(), *person.salutation.split()]
    placed = [_placed(place(text, "discussion_points", language, to_self=to_self,
                            names=names, proper=proper))
              for text in person.discussion_points]
    rapport = place(person.rapport, "rapport", language, to_self=to_self, names=names,
                    proper=proper) if person.rapport else None
    salutation = greeting_name(person.name, person.honorific,
                               person.salutation if person.salutation_given else None,
                               language=language)
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
        "withheld": [],
        "fit": own_sentence(person.fit) if person.fit else None,
        "follow_up": follow_up(person.follow_up, language) if person.follow_up else None,
        "honorific": person.honorific,
        "keep_in_touch": person.keep_in_touch,
        "met_on": person.date or interview_date,
        "detail": None,
        "second": None,
        "tie": None,
        "tie_meets": False,
        "tie_clause": "",
        "tie_rest": "",
        "also": None,
        "follow_up_near": False,
        "tu": tu_by_name(person.honorific, person.salutation),
        "threads": False,
    }


def _recipient(recipient: Recipient, shared: dict[str, Any]) -> dict[str, Any]:
    application: Application = shared["_application"]
    language = shared["_language"]
    person = recipient.interviewer
    if person is not None:
        index = application.interviewers.index(person)
        said: Said = shared["_said"][index]
        tu = tu_by_name(person.honorific, recipient.salutation)
        marked = any(p.is_contact for p in application.interviewers)
        tie_clause, tie_rest = as_clause(said.tie, proper_words(application)) if said.tie \
            else ("", "")
        return {
            **_person(person, recipient.met_on, language, proper_words(application),
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
            "follow_up": follow_up(person.follow_up, language, tu=tu)
            if person.follow_up else None,
            "detail": gist_dict(said.main, said.tie),
            "second": gist_dict(said.second, said.tie),
            "tie": said.tie,
            "tie_meets": said.meets and said.note is None and gist_dict(said.main,
                                                                         said.tie) is not None,
            "tie_clause": tie_clause,
            "tie_rest": tie_rest,
            "also": {"fact": said.also[0], "sentence": said.also[1]} if said.also else None,
            "follow_up_near": said.follow_up_near,
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
        "withheld": [],
        "fit": own_sentence(contact.fit) if contact and contact.fit else None,
        "follow_up": follow_up(contact.follow_up, language, tu=tu_by_name(
            contact.honorific, recipient.salutation)) if contact and contact.follow_up else None,
        "honorific": contact.honorific if contact else None,
        "keep_in_touch": False,
        "met_on": recipient.met_on,
        "index": recipient.index,
        "detail": None,
        "second": None,
        "tie": None,
        "tie_meets": False,
        "tie_clause": "",
        "tie_rest": "",
        "also": None,
        "follow_up_near": False,
        "turns": turns(application, recipient.index),
        "tu": tu_by_name(contact.honorific if contact else None, recipient.salutation),
        "threads": True,
    }

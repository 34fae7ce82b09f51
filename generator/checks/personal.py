"""Personal: a thank-you must cite something of the conversation it thanks for, and no
hand-written note may read as a form letter (to no one by name, about nothing of theirs).

A draft made from the YAML must cite what the interviewer talked about (a discussion point,
the rapport, or your own `note` paragraph). A note written by hand must cite what `--about`
says was discussed; without `--about`, it must at least name something specific, not only
the role, the company and stock phrases.
"""

from __future__ import annotations

import re

from ..compose.shorthand import spell_units
from ..findings import PROBLEM, SUGGESTION, Finding
from ..kinds import purpose_of
from .identity import GREETING_WORDS
from .mail import Mail
from .note import Note, Reading
from .sentences import fold, words
from .substance import cites, specific, substance

# Fewer specific words than this (about them or the conversation, stock phrases and names
# left out) and a note names nothing: "a nice interview", "your company and the position".
SPECIFIC = 2
# A discussion point of this many words or fewer is a label ("AAC", "Blue Card", "turnover"):
# a note that cites only such points says nothing of what was said.
LABEL = 2
_URL = re.compile(r"\S+@\S+|\w+://\S+|\b[\w-]+(?:\.[\w-]+)+/\S*")
_MARKUP = re.compile(r"[*_`]|\[([^\]]*)\]\([^)]*\)")


def personal(note: Note, reading: Reading) -> list[Finding]:
    if note.interviewer is None and note.application is None and _form_letter(reading.mail):
        return [Finding(note.path, "personal",
                        "reads as a form letter: it greets no one by name and names no "
                        "person, role, place or project of theirs",
                        "greet them by name and say which role and conversation you mean",
                        PROBLEM)]
    if purpose_of(note.kind) != "thank":
        return []
    person = note.interviewer
    if person is not None:
        points = [_plain(item) for item in person.discussion_points if item]
        others = [_plain(item) for item in (person.rapport, getattr(person, "note", None))
                  if item]
        if not points and not others:
            return [Finding(note.path, "personal", f"cites nothing {person.name} talked about",
                            f"add discussion_points for {person.name} in interviewers.yaml",
                            PROBLEM)]
        cited = [item for item in points if cites(reading.said, item, reading.unsaid)]
        if not cited and not any(cites(reading.said, item, reading.unsaid) for item in others):
            return [Finding(note.path, "personal",
                            f"cites none of {person.name}'s discussion points",
                            "keep at least one of them in the note", PROBLEM)]
        if cited and all(len(item.split()) <= LABEL for item in cited):
            # "It was great to talk about AAC.": a word jotted to remember is not a detail
            # they will recognise; only you can say what was said
            shown = ", ".join(f"'{item}'" for item in cited[:2])
            return [Finding(note.path, "personal",
                            f"names only {shown} of your conversation with {person.name}",
                            f"add what was said to that point in interviewers.yaml ('{cited[0]}: "
                            "…'), or write their `note` in your own words", SUGGESTION)]
        return []
    if note.application is not None:
        return []  # the contact's thank-you: they arranged the day, they need no topic
    # A topic jotted only in words any note uses ("keeping me company before the interview")
    # names nothing to look for: the note must then name something specific of its own.
    if any(substance(topic, reading.unsaid) for topic in note.about):
        if not any(cites(reading.said, topic, reading.unsaid) for topic in note.about):
            shown = ", ".join(f"'{topic}'" for topic in note.about[:3])
            return [Finding(note.path, "personal",
                            f"cites nothing of what you discussed ({shown})",
                            "add a sentence on one of those topics, in your own words",
                            PROBLEM)]
        return []
    if len(specific(_URL.sub(" ", reading.mail.text), reading.unsaid)) < SPECIFIC:
        return [Finding(note.path, "personal",
                        "names nothing specific from your conversation (only the role, the "
                        "company and phrases any note could use)",
                        "add one thing you talked about: a project, a question they asked, "
                        "something you have in common (--about \"topic\" checks it is there)",
                        PROBLEM)]
    return []


def _form_letter(mail: Mail) -> bool:
    """A greeting that names no one ("To whom it may concern,", "Dear Hiring Manager," or
    none), and a body with no name in it: no capitalised word past a sentence's first."""
    greeted = [w for w in words(mail.greeting or "") if fold(w) not in GREETING_WORDS]
    if greeted:
        return False
    return not any(word[:1].isupper() and word not in _PRONOUN
                   for sentence in mail.sentences for word in words(sentence)[1:])


_PRONOUN = frozenset(("I", "I'm", "I've", "I'd", "I'll", "I’m", "I’ve", "I’d", "I’ll"))


def _plain(markdown_text: str) -> str:
    """A YAML value as the note shows it: Markdown marks and link targets left out, and units
    spelt as the packs spell them ("12 hr shifts" is cited as "12-hour shifts")."""
    return spell_units(_MARKUP.sub(lambda m: m[1] or "", markdown_text)) or ""

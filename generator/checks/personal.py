"""Personal: a thank-you must cite something of the conversation it thanks for.

A draft made from the YAML must cite what the interviewer talked about (a discussion point,
the rapport, or your own `note` paragraph). A note written by hand must cite what `--about`
says was discussed; without `--about`, it must at least name something specific, not only
the role, the company and stock phrases.
"""

from __future__ import annotations

import re

from ..findings import PROBLEM, Finding
from .note import Note, Reading
from .substance import cites, specific

# Fewer specific words than this (about them or the conversation, stock phrases and names
# left out) and a note names nothing: "a nice interview", "your company and the position".
SPECIFIC = 2
_URL = re.compile(r"\S+@\S+|\w+://\S+|\b[\w-]+(?:\.[\w-]+)+/\S*")
_MARKUP = re.compile(r"[*_`]|\[([^\]]*)\]\([^)]*\)")


def personal(note: Note, reading: Reading) -> list[Finding]:
    if note.kind != "thank-you":
        return []
    person = note.interviewer
    if person is not None:
        own = [person.discussion_points, (person.rapport,), (getattr(person, "note", None),)]
        items = [_plain(item) for group in own for item in group if item]
        if not items:
            return [Finding(note.path, "personal", f"cites nothing {person.name} talked about",
                            f"add discussion_points for {person.name} in interviewers.yaml",
                            PROBLEM)]
        if not any(cites(reading.said, item, reading.names) for item in items):
            return [Finding(note.path, "personal",
                            f"cites none of {person.name}'s discussion points",
                            "keep at least one of them in the note", PROBLEM)]
        return []
    if note.application is not None:
        return []  # the contact's thank-you: they arranged the day, they need no topic
    if note.about:
        if not any(cites(reading.said, topic, reading.names) for topic in note.about):
            shown = ", ".join(f"'{topic}'" for topic in note.about[:3])
            return [Finding(note.path, "personal",
                            f"cites nothing of what you discussed ({shown})",
                            "add a sentence on one of those topics, in your own words",
                            PROBLEM)]
        return []
    if len(specific(_URL.sub(" ", reading.mail.text), reading.names)) < SPECIFIC:
        return [Finding(note.path, "personal",
                        "names nothing specific from your conversation (only the role, the "
                        "company and phrases any note could use)",
                        "add one thing you talked about: a project, a question they asked, "
                        "something you have in common (--about \"topic\" checks it is there)",
                        PROBLEM)]
    return []


def _plain(markdown_text: str) -> str:
    """A YAML value as the note shows it: Markdown marks and link targets left out."""
    return _MARKUP.sub(lambda m: m[1] or "", markdown_text)

"""What the contact's note remembers of the day: each interviewer's best point, in the third
person, the most vivid first; never a weak moment or a topic that sounds like a complaint.
A base module of compose.
"""

from __future__ import annotations

import re
from typing import Any

from ..input.models import Application
from .content import Reading
from .marks import PERKS
from .naming import short_name
from .point import Gist

# A memory of the process to end on well: never a topic that sounds like a complaint or a loss.
_SORE = re.compile(r"disagree|mistake|unfair|wrong|reconsider|\blost\b|\blose\b|fail|angry|"
                   r"annoy|short-?staffed|\bshort\b|perdi|error", re.IGNORECASE)


# Terms of the job, not a moment of the day: hours, a staffing ratio ("instructor hours M-F",
# "1 supervising attorney to 5 staff attorneys"), or a comparison with your own place; pay
# and perks are marks.PERKS, read beside it.
_TERMS = re.compile(r"\bhours\b|\bM-F\b|\bschedules?\b|"
                    r"\d+\s+[\w\s-]{1,30}?\s+(?:to|per|for every)\s+\d+|"
                    r"\b(?:ours|our|my)\b|^(?:about |around |~)?\d",  # "8-10 kids per cohort"
                    re.IGNORECASE)


# Marks a topic may keep (gist.py has left out the shorthand no sentence carries: "!!", "~")
# that still read as notes in a memory of the day: "A / B", "X vs Y", "w/ the chef", "?".
_NOTEY = re.compile(r"\?|;|\s\+\s|\s/\s|\bvs\b|\bw/")


def _rank(gist: Gist) -> tuple[bool, float]:
    """A memory said plainly first (a topic of a few words, no notes' marks), then the most
    vivid."""
    topic = gist.topic or ""
    return (2 <= len(topic.split()) <= 12 and not _NOTEY.search(topic), gist.vivid)


def memories(application: Application, people: list[dict[str, Any]],
             readings: list[Reading]) -> list[dict[str, Any]]:
    """Good memories of the process for a note to the contact, the most vivid first: each
    interviewer's best point, in the third person (`readings`, as content.read reads them),
    never a weak moment or a sore topic."""
    found = []
    for person, shown, reading in zip(application.interviewers, people, readings, strict=True):
        best = None
        for text, gist in zip(person.discussion_points, reading.gists_of, strict=True):
            fit_to_remember = short_name(gist.topic) and not (
                gist.sore or gist.hard or _SORE.search(text) or _TERMS.search(gist.topic or "")
                or PERKS.search(text) or PERKS.search((gist.topic or "").casefold()))
            if fit_to_remember and (best is None or _rank(gist) > _rank(best)):
                best = gist
        if best is not None and best.topic:
            found.append((best.vivid, {"name": shown["named"], "full_name": person.name,
                                       "topic": best.topic, "thing": best.thing}))
    return [memory for _, memory in sorted(found, key=lambda row: -row[0])]

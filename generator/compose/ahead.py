"""Something of theirs coming up, for a note to end on ("I hope the SQF audit in March goes
smoothly."). Careful writers often close a thank-you by wishing the person well with an event
they mentioned (blind round 18: "Best of luck with the SQF audit in March", "stay safe this
winter"); ours closed on a stock "Thanks again for your time." A point qualifies only when one of
its pieces names an event and a time still ahead, and says nothing of a setback: wishing
someone luck with the layoffs in March would sting.

A base module of compose: imports only the standard library and compose's marks.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date

from .marks import HARD

_FULL = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December")
_MONTHS = ("January|February|March|April|May|June|July|August|September|October|November|"
           "December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec")
# a time still ahead: a month, a season or a quarter, "next week", "this spring"
_WHEN = re.compile(rf"\b(?:in|by|this|next|early|late|mid)[- ](?:{_MONTHS}|spring|summer|fall|"
                   r"autumn|winter|quarter|year|month|week|season|Q[1-4])\b|\bQ[1-4]\b|"
                   rf"\b(?:{_MONTHS})\b(?: \d{{1,2}})?$")
# things that happen on a day and go well or badly: an audit, a launch, an opening
_EVENT = re.compile(r"\b(?:audits?|launch|opening|re-?opening|inspection|survey|conference|"
                    r"migration|rollout|roll-out|go-live|cutover|renovation|remodel|expansion|"
                    r"move|gala|festival|tournament|release|"
                    r"summit|convention|trade show|show|pilot|upgrade|build-out|install|"
                    r"season|fundraiser|premiere|drill|tabletop|exercise|RFP)\b", re.IGNORECASE)
# never an exam, a visit, a tour or a review: as often the candidate's own ("ABGC exam in Feb",
# "site visit next week") as theirs
# past or doubtful: "the audit in March went badly", "might push the launch"
_NOT_AHEAD = re.compile(r"\b(?:(?i:last|ago|went|was|were|had|did|failed|passed|since|after|"
                        r"might|maybe|if|unless|delayed|postponed|cancel+ed|pushed)|may)\b")
# ("may" in lower case only: "launch in May" is a month)
_COMMON = frozenset(("new", "annual", "grand", "busy", "holiday", "big", "spring", "summer",
                     "fall", "winter", "year-end", "quarterly", "next", "upcoming", "state",
                     "site", "full", "planned"))
_DETERMINER = re.compile(r"(?:the|their|your|its|a|an|this|next)\b", re.IGNORECASE)


def coming_up(points: Sequence[str], met_on: date) -> str | None:
    """The first of `points` that names, in one of its pieces, an event of theirs still ahead
    of `met_on`, as a noun phrase with its article ("the SQF audit in March"), or None."""
    for point in points:
        if "\n" in point or "?" in point or '"' in point or "“" in point:
            continue  # a list, a question or a quotation: not a plain event
        for head in re.split(r"[,;.:(]|\s[—–-]\s", point.strip()):
            found = _event(head.strip(), point, met_on)
            if found:
                return found
    return None


def _event(head: str, point: str, met_on: date) -> str | None:
    """One piece of a point ("SQF audit in March") as the event it names, or None."""
    words = head.split()
    if not 2 <= len(words) <= 8 or not _EVENT.search(head) or not _WHEN.search(head):
        return None
    if HARD.search(point) or _NOT_AHEAD.search(head) or re.search(
            r"\b(?:I|I['’]\w+|my|me|we|our|she|he|they|her|his|their)\b", head):
        return None  # a setback, a past event, or a sentence about someone
    if re.search(r"\b(?:is|are|will|has|have|'s|’s)\b", head):
        return None  # a statement ("the audit is in March"), not a name
    head = re.sub(r"\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?",
                  lambda m: _FULL[_month(m[1]) - 1], head)  # "in Feb": "in February"
    month = re.search(rf"\b(?:{_MONTHS})\b", head)
    if month and 0 < (met_on.month - _month(month[0])) % 12 <= 3:
        return None  # "the audit in September", said in November: most likely over
    if words[0].casefold() in _COMMON or (words[0][1:].islower() and _EVENT.fullmatch(words[0])):
        head = head[0].lower() + head[1:]  # "New ERP go-live", "Launch in May", not "Prelude"
    return head if _DETERMINER.match(head) else f"the {head}"


def _month(name: str) -> int:
    return [m[:3] for m in _MONTHS.split("|")[:12]].index(name[:3].capitalize()) + 1

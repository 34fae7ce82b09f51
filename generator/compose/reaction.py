"""What a point of theirs meant to you, as its kind. A careful writer says a fact back with a
word of what they made of it ("I can imagine how much rides on it"); ours said facts bare, or
left them out for that reason, and every reader since blind round 9 counted the bare fact
against the note. The kind is read here from the words the note will say, never from what it
leaves out (a reaction to something unsaid reads as a non sequitur); the wording is the pack's,
one voice each, chosen by kind. English only: the Spanish pack reads its own points. A base
module of compose.
"""

from __future__ import annotations

import re

# In the order they are tried: a milestone ahead outweighs the routine that serves it.
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = tuple((kind, re.compile(pattern)) for kind,
                                                        pattern in (
    # A number they are working towards: "the state wants 98 by next July".
    ("target", r"\b(?:wants?|targets?|goal is|aim(?:s|ing)? for|hopes? to (?:get|reach|hit)) "
               r"(?:[^,;.]{0,40}?\s)?(?:(?:under|below|within|over|above|at least) )?\d"),
    # Something big ahead of them: a date the team works towards.
    ("stakes", r"\b(?:milestones?|launch(?:es|ing)?|go-live|submissions?|inspection|audits?|"
               r"(?:re-?)?accreditation|(?:state|joint commission|licensing) (?:survey|visit)|"
               r"grand opening|opening night|premieres?|deadlines?|cutover|first (?:console|"
               r"season|release|shipment|harvest|cohort|class))\b"),
    # A change they are in the middle of.
    ("changing", r"\b(?:rolling out|migrat(?:e|ing|ion)|halfway (?:off|through|to|into)|moving "
                 r"(?:to|off|from)|switching (?:to|from|over)|phasing (?:out|in)|piloting)\b"),
    # A change made, that people feel in their work.
    # Never a figure that went up or down: a fall is good news or bad by what fell
    # ("denials down from 4.1%", "membership is 410, down from 520"), which no word here says.
    ("changed", r"\b(?:automatically|automated|no longer|replaced|switched (?:to|from|over)|"
                r"rolled out|now (?:get|gets|have|has|use|uses|run|runs|attached|automatic))\b"),
    ("growth", r"\b(?:growing|expanding|expansion|(?:second|third|new) (?:site|location|shop|"
               r"clinic|store|branch|campus|wing|building|plant|office|line)|doubl(?:ed|ing)|"
               r"double (?:in size|the|its|their|our|headcount|capacity)|"
               r"scaling up)\b"),
    # A set time the team keeps: "daily bug triage at 10:15", "the Monday huddle".
    ("rhythm", r"\b(?:daily|every (?:morning|day|week|shift|monday|tuesday|wednesday|thursday|"
               r"friday)|on (?:mondays|tuesdays|wednesdays|thursdays|fridays|weekends)|each "
               r"(?:morning|shift|week)|weekly|twice a (?:day|week)|stand-?ups?|"
               r"huddles?|triage)\b"),
))


def reaction(topic: str | None, detail: str | None, *, kind: str, hard: bool) -> str | None:
    """The kind of reaction a point calls for, said as `topic` and `detail` (as the note says
    them; the detail read first: "a normal week before a submission: a smoke test every
    morning …" is a rhythm, not a milestone), or None. Never for a setback (its sentence
    thanks them for candour), nor for their question to you, their words, their advice or a
    story: those sentences already say what you made of them ("… has stayed with me")."""
    if hard or kind not in ("topic", "answer", "walked", "shown"):
        return None
    for said in (detail, topic):
        lowered = (said or "").casefold()
        found = next((name for name, pattern in _KINDS if pattern.search(lowered)), None)
        if found:
            return found
    return None

"""Notes' shorthand made fit for a sentence: units jotted short ("60 min slots"), a span
jotted after a heading ("vertical alignment, 5th grade through HS") and a statement jotted
without its "are" ("crash dumps attached automatically now"). A base module of
compose; it imports nothing of ours.
"""

from __future__ import annotations

import re

# A span jotted after a heading ("vertical alignment, 5th grade through HS"): where the
# heading runs, said with "from", never a second thing or its detail.
SPAN = re.compile(r"(?:\d|[A-Z])\S*\s(?:\S+\s)?(?:through|thru|to)\s(?:\S+\s?){1,2}")


_UNITS = {"min": "minute", "mins": "minute", "hr": "hour", "hrs": "hour", "yr": "year",
          "yrs": "year", "wk": "week", "wks": "week", "mo": "month", "mos": "month"}
_UNIT = re.compile(r"\b(\d+)\s?(mins?|hrs?|yrs?|wks?|mos?)\b(?!['’])(\s+(?!(?:of|a|an|and|or|"
                   r"to|in|on|per|at|for|before|after|between|till|until|from|off|max|each|total|"
                   r"with|without|by|out|over|under|left|ago|later|early|late)\b)[a-z]+)?")


def spell_units(text: str | None) -> str | None:
    """Units jotted short, spelled as a sentence says them: "60 min slots" -> "60-minute
    slots", "48 hr rule" -> "48-hour rule", "2 yrs" -> "2 years"."""
    def spelled(match: re.Match[str]) -> str:
        unit = _UNITS[match[2]]
        if match[3]:  # before a noun: "a 60-minute slot"
            return f"{match[1]}-{unit}{match[3]}"
        return f"{match[1]} {unit}{'' if match[1] == '1' else 's'}"
    return _UNIT.sub(spelled, text) if text else text


# A plural noun of one to three words (not "status", "analysis", "process"), a past
# participle, then how, when or where: "crash dumps attached automatically now", "results
# posted daily". Read as a topic it names nothing ("about crash dumps attached automatically now").
_NO_COPULA = re.compile(r"((?:[a-z][\w-]* ){0,2}[a-z][\w-]*(?<![sui])s) ([a-z]+ed) ((?:automatica"
                        r"lly|now|by|in|on|at|to|every|weekly|daily|nightly|monthly|through|"
                        r"from|with|out|up|straight|directly|twice|once)\b.*)")


def with_copula(text: str | None) -> str | None:
    """A statement jotted without its "are", said whole: "crash dumps attached automatically
    now" -> "crash dumps are attached automatically now"; None for anything else."""
    found = _NO_COPULA.fullmatch(text or "")
    return f"{found[1]} are {found[2]} {found[3]}" if found else None


# A count jotted as a point ("312 rooms", "11 DHH students at Cascade Valley High"): a figure,
# no topic to have talked about; "1104 on the tie-ins" (a standard by number) is one.
COUNT = re.compile(r"(?:about |around |roughly |~)?\d[\d,.]*(?:[-–]\d[\d,.]*)?\+?\s+(?:[A-Z]+\s+)?"
                   r"[a-z]+s\b")  # "18-22 inspections a day" too


# Shorthand only the notes can read ("shop avg is 45", "comps 10+ miles out", "AquaLab for aw"):
# a piece holding it is never said back in a sentence of ours.
SHORTHAND = re.compile(r"\b(?:avg|approx|mgmt|ppl|tbd|aw|eod|asap)\b|\d\+", re.IGNORECASE)

# An adjective jotted alone as a heading ("rural, well and septic"): no thing to have talked
# about, so no heading for what follows it.
LONE_ADJECTIVE = re.compile(r"(?:rural|urban|residential|commercial|clinical|medical|technical|"
                            r"general|federal|local|regional|national|international|legal|"
                            r"financial|physical|digital|internal|external|annual|seasonal|"
                            r"social|operational|structural|electrical|mechanical)",
                            re.IGNORECASE)

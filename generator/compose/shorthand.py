"""Notes' shorthand made fit for a sentence: units jotted short ("60 min slots") and a span
jotted after a heading ("vertical alignment, 5th grade through HS"). A base module of
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
                   r"to|in|on|per|at|for|before|after)\b)[a-z]+)?")


def spell_units(text: str | None) -> str | None:
    """Units jotted short, spelled as a sentence says them: "60 min slots" -> "60-minute
    slots", "48 hr rule" -> "48-hour rule", "2 yrs" -> "2 years"."""
    def spelled(match: re.Match[str]) -> str:
        unit = _UNITS[match[2]]
        if match[3]:  # before a noun: "a 60-minute slot"
            return f"{match[1]}-{unit}{match[3]}"
        return f"{match[1]} {unit}{'' if match[1] == '1' else 's'}"
    return _UNIT.sub(spelled, text) if text else text

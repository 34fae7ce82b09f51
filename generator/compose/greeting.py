"""Greetings people would choose, for one pack: the salutation given, else honorific and
surname, else the given name (or the full name, for a pack that greets formally).

The rules live in input/names.py, below every stage, so the model can keep each person's
default greeting; this module is where compose asks for them. It also says how a sentence
names a person, and whether Spanish says tú to them.
"""

from __future__ import annotations

import re

from ..input.names import Name, greeting_name, needs_salutation, read_name

__all__ = ["Name", "greeting_name", "named", "needs_salutation", "read_name", "tu_by_name"]


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


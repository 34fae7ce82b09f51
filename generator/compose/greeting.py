"""Greetings people would choose, for one pack: the salutation given, else honorific and
surname, else the given name (or the full name, for a pack that greets formally).

The rules live in input/names.py, below every stage, so the model can keep each person's
default greeting; this module is where compose asks for them.
"""

from __future__ import annotations

from ..input.names import Name, greeting_name, needs_salutation, read_name

__all__ = ["Name", "greeting_name", "needs_salutation", "read_name"]

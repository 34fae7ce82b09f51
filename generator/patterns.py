"""Regular expressions compiled on their first use, not when their module is imported.

A run imports every check, but a note of one kind uses only some of their patterns (a
thank-you never asks for feedback), and compiling a long pattern costs more than most
searches with it. A module declares `_NAME = on_first_use(r"...")` and calls `_NAME()` for
the pattern, compiled once and then kept for the run (unlike `re`'s own cache of 512, which a
batch's patterns built per person would push it out of).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache


def on_first_use(source: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    """The pattern `re.compile(source, flags)` gives, compiled when first asked for."""
    return cache(lambda: re.compile(source, flags))

"""Content words, for matching a point with what you bring: the stems of the words that say
what a text is about, and how much two such sets share. A base module of compose.
"""

from __future__ import annotations

import re

from .clauses import _NUMBER_WORDS
from .lexicon import COMMON, ENGLISH_WORDS, SPANISH_WORDS, VERBS
from .text import _words

_STOP = _words("""
    año años semana semanas mes meses equipo puesto empresa trabajo también muy mucho mucha
    hablamos comentó contó preguntó pregunté dijo dije quiere quieren hacer tiene tienen
    yet also just very really still much many more most lot lots thing things something way
    ways time times year years week weeks month months today day days people team teams work
    role job company new first last next big good great whole every each other another own
    going want wants wanted need needs needed like likes get gets got make makes made take
    takes took said says asked told talked discussed know knows think thinks mentioned
""")


def stem(word: str) -> str:
    word = word.casefold().replace("’", "'").split("'")[0]
    for ending in ("ing", "ied", "ies", "ed", "es", "s", "er", "ers"):
        if word.endswith(ending) and len(word) - len(ending) >= 4:
            return word[: -len(ending)]
    return word


def content_words(text: str) -> frozenset[str]:
    """The stems of the words that say what a text is about (function words, numbers and
    the everyday words of any interview left out)."""
    found = set()
    for word in re.findall(r"[^\W\d_]+(?:[-/][^\W\d_]+)*", text):
        lower = word.casefold()
        if len(word) <= 2 and not word.isupper():
            continue
        if lower in ENGLISH_WORDS or lower in SPANISH_WORDS or lower in _STOP or (
                lower in _NUMBER_WORDS):
            continue
        found.add(stem(word))
    return frozenset(found)


def _same(one: str, other: str) -> bool:
    if one == other:
        return True
    if min(len(one), len(other)) >= 4 and (one.startswith(other) or other.startswith(one)):
        return True
    common = 0
    for a, b in zip(one, other, strict=False):
        if a != b:
            break
        common += 1
    return common >= 6


def overlap(one: frozenset[str], other: frozenset[str]) -> float:
    """How much two sets of stems share: a shared uncommon word counts 1, a common one 0.5;
    "chem" and "chemistry" share a stem when one begins the other (four letters at least)."""
    score = 0.0
    for word in one:
        if any(_same(word, o) for o in other):
            # A long, specific word ("experimentation") says more than a short common one.
            score += 0.5 if word in COMMON or word in VERBS else (1.5 if len(word) >= 10 else 1.0)
    return score

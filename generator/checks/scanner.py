"""Finding the tone concerns' phrasings in a sentence, compiling only what its words can match.

The concerns' phrasings are some 440 regexes, 70,000 characters. Compiled as one regex for
each kind of note they were 41% of the worked example's instructions, though most sentences of
a good note can match none of them. So each phrasing is reduced once to clauses of needles,
literal strings, such that every match contains a needle of each clause ("thanks? … for
(?:nothing|wasting)" gives "thank" and "nothing" or "wasting"), worked out from the
phrasing's parse. A sentence that lacks a needle of some clause cannot match the phrasing,
and the phrasing is never compiled for it; those it may match are compiled on first use,
each on its own, and remembered (the worked example's run compiles 26 of them).

Working out the needles costs nearly what compiling everything did (it parses every
phrasing), so they are kept in the cache folder, with a digest of the phrasings they came
from.

A sentence is read as one regex of all the phrasings would read it: at each word's start,
the first concern (in CONCERNS' order) with a phrasing that matches there, the first such
phrasing giving the span (so a sentence both hostile and arguing is reported as both).
"""

from __future__ import annotations

import hashlib
import json
import re
from functools import cache
from re import _constants as sre  # type: ignore[attr-defined]  # the parse's opcodes
from re import _parser  # type: ignore[attr-defined]  # (typeshed has no stub for either)
from typing import Any

from ..cache import cache_dir, keep
from .phrasings import CONCERNS

# Each phrasing: (concern number, phrasing number within it), in the order they are tried.
PHRASINGS = tuple((number, index) for number, concern in enumerate(CONCERNS)
                  for index in range(len(concern.phrasings)))
_VERSION = 3  # of how needles are worked out: a change makes the kept ones stale


# Worked example, first run (bench/run.py --instructions): 3,415 M → 2,025 M instructions (-41%).
def find(lowered: str, kind: str | None) -> list[tuple[int, int, int]]:
    """(concern, start, end) of each phrasing found in a sentence in lower case, in order of
    where it starts, for a note of this kind (None: every concern)."""
    first: dict[int, tuple[int, int, int, int]] = {}  # start -> (concern, phrasing, end, order)
    for order in _candidates(lowered):
        number, index = PHRASINGS[order]
        kinds = CONCERNS[number].kinds
        if kind is not None and kinds is not None and kind not in kinds:
            continue
        for seen in _pattern(number, index).finditer(lowered):
            start = seen.start(1)
            if start not in first or order < first[start][3]:
                first[start] = (number, index, seen.end(1), order)
    return [(number, start, end) for start, (number, _, end, _) in sorted(first.items())]


def _candidates(lowered: str) -> list[int]:
    """The phrasings (by their order) that the sentence holds a needle of each clause of."""
    table = _table()
    grams = {lowered[i:i + 3] for i in range(len(lowered) - 2)}
    present = {needle for gram in grams & table.starts.keys() for needle in table.starts[gram]
               if needle in lowered}
    present.update(needle for needle in table.short if needle in lowered)
    found = set(table.always)
    for needle in present & table.first.keys():
        found.update(order for order in table.first[needle]
                     if all(not clause.isdisjoint(present) for clause in table.rest[order]))
    return sorted(found)


@cache
def _pattern(number: int, index: int) -> re.Pattern[str]:
    return re.compile(r"(?<!\w)(?=(" + CONCERNS[number].phrasings[index] + "))")


class _Table:
    """Each phrasing's clauses of needles (a sentence must hold one needle of each), indexed
    by the needles of its first clause, and every needle by its first three letters."""

    def __init__(self, clauses: list[list[list[str]]]) -> None:
        self.always = [order for order, found in enumerate(clauses) if not found]
        self.first: dict[str, list[int]] = {}
        self.rest = [[frozenset(clause) for clause in found[1:]] for found in clauses]
        needles: set[str] = set()
        for order, found in enumerate(clauses):
            for needle in found[0] if found else ():
                self.first.setdefault(needle, []).append(order)
            needles.update(needle for clause in found for needle in clause)
        self.starts: dict[str, list[str]] = {}
        for needle in sorted(needles):
            if len(needle) >= 3:
                self.starts.setdefault(needle[:3], []).append(needle)
        self.short = sorted(needle for needle in needles if len(needle) < 3)


@cache
def _table() -> _Table:
    digest = hashlib.sha256(repr((_VERSION, [CONCERNS[n].phrasings[i] for n, i in PHRASINGS]))
                            .encode()).hexdigest()
    kept = cache_dir() / "tone-needles.json"
    try:
        stored = json.loads(kept.read_text(encoding="utf-8"))
        if stored["digest"] == digest and len(stored["needles"]) == len(PHRASINGS):
            return _Table(stored["needles"])
    except (OSError, ValueError, KeyError, TypeError):
        pass  # none yet, stale or unreadable: worked out again
    needles = [[sorted(clause) for clause in _clauses(CONCERNS[n].phrasings[i])]
               for n, i in PHRASINGS]
    keep(kept, json.dumps({"digest": digest, "needles": needles}))  # or not: still correct
    return _Table(needles)


def _clauses(phrasing: str) -> list[frozenset[str]]:
    """Clauses of needles, the most telling first: every match of the phrasing contains a
    needle of each clause (literal strings); none if it has none to offer (it is then tried
    on every sentence). Read from the parse of the `re` module (its private parser: the
    public API offers no parse tree)."""
    return sorted(_sequence(_parser.parse(phrasing)), key=_telling, reverse=True)


def _sequence(items: Any) -> list[frozenset[str]]:
    """A sequence matches only if each of its parts does: a clause for each part that offers
    needles, runs of literal letters being parts too."""
    clauses: list[frozenset[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            clauses.append(frozenset(("".join(run),)))
            run = []
        clauses.extend(_part(op, value))
    if run:
        clauses.append(frozenset(("".join(run),)))
    return clauses


def _telling(needles: frozenset[str]) -> tuple[int, int]:
    """How telling a clause is: the letters of its weakest needle (" to " has two, however
    its spaces pad it), then how few needles it has."""
    return min(sum(c.isalpha() for c in needle) for needle in needles), -len(needles)


def _part(op: Any, value: Any) -> list[frozenset[str]]:
    if op is sre.SUBPATTERN:
        return _sequence(value[-1])
    if op is sre.BRANCH:  # any branch may match: one clause, of each branch's best
        found: set[str] = set()
        for branch in value[1]:
            clauses = _sequence(branch)
            if not clauses:
                return []
            best: frozenset[str] = max(clauses, key=_telling)
            found |= best
        return [frozenset(found)]
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and value[0] >= 1:
        return _sequence(value[2])
    return []  # a class of characters, an assertion, a repeat that may be absent: no help

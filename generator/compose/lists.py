"""Lists in the notes: a Markdown list inside a point, points that continue one another
("Her list:" and the list under it), and things joined as one phrase ("a, b, and c"). A base
module of compose; it imports nothing of ours.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_ITEM = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+(.*)$")


def _split_list(text: str) -> tuple[str, list[str]] | None:
    lines = [line for line in text.splitlines() if line.strip()]
    items = [m[1].strip() for line in lines if (m := _ITEM.match(line))]
    if not items or (len(items) == 1 and len(lines) > 1 and not _ITEM.match(lines[-1])):
        return None
    lead = " ".join(line.strip() for line in lines if not _ITEM.match(line))
    return lead, items


def and_list(parts: list[str]) -> str:
    """Things as one phrase a sentence can end on: "a", "a and b", "a, b, and c"."""
    if len(parts) <= 2:
        return " and ".join(parts)
    return f"{', '.join(parts[:-1])}, and {parts[-1]}"


def _join(items: list[str], conjunction: str) -> str:
    if any("," in item for item in items):
        return "; ".join(items)
    if len(items) > 1 and re.match(r"(?:then|and|or|y|luego)\b", items[-1]):
        return ", ".join(items)
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} {conjunction} {items[-1]}"


def joined_lists(points: Sequence[str]) -> tuple[list[str], frozenset[int]]:
    """Points as the notes meant them: a point that ends with a colon ("What does onboarding
    look like? Her list:") and the next, which is only a list, are one point, said where the
    first was; the indexes of the points so absorbed come back too, to be left unsaid."""
    joined, absorbed = list(points), set()
    for index in range(len(joined) - 1):
        if index not in absorbed and joined[index].rstrip().endswith(":") and all(
                re.match(r"\s*(?:[-*•]|\d+[.)])\s", line) for line in
                joined[index + 1].strip().splitlines() if line.strip()):
            joined[index] = joined[index].rstrip() + "\n" + joined[index + 1].strip()
            absorbed.add(index + 1)
    return joined, frozenset(absorbed)

"""Panel-alike: the notes to one panel must differ in what they say, since panels compare
notes.

Two thank-yous to one panel are alike when, names and stock phrases left out, most of what
they say is the same (so rotating "I enjoyed" and "I appreciated" does not make them differ),
or when each one's only personal thing is the same thing (three interviewers whose only point
is "the team"). Two people who discussed the same topic but have other points, rapport or
words of their own are not alike.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..findings import PROBLEM, Finding
from ..input.models import Interviewer
from ..kinds import purpose_of
from .note import Note, Reading
from .substance import substance

# Alike above this share of their substance (Jaccard index of the sets of content-word stems,
# names and stock phrases left out).
ALIKE = 0.6


def panel_alike(notes: Sequence[Note], readings: Sequence[Reading]) -> list[Finding]:
    """`readings` are the notes as the rules read them, in the same order."""
    found = []
    panels: dict[str, list[tuple[Note, Reading]]] = {}
    for note, reading in zip(notes, readings, strict=True):
        if (purpose_of(note.kind) == "thank" and note.interviewer is not None
                and note.application is not None and "panel-alike" not in note.disabled):
            panels.setdefault(note.application.name, []).append((note, reading))
    for panel in panels.values():
        members = [note for note, _ in panel]
        said = [reading.said for _, reading in panel]
        items = [_personal_items(note.interviewer) for note in members]
        for index, note in enumerate(members):
            for before in range(index):
                earlier = members[before]
                shared = _jaccard(said[before], said[index])
                if items[index] and items[index].keys() == items[before].keys():
                    only = "the only personal thing" if len(items[index]) == 1 else (
                        "everything personal")
                    shown = ", ".join(f"'{value}'" for value in items[index].values())
                    why = f"{only} in each is the same ({shown})"
                elif shared > ALIKE:
                    why = (f"{shared:.0%} of what they say is the same, names and stock "
                           "phrases left out")
                else:
                    continue
                found.append(Finding(
                    note.path, "panel-alike",
                    f"reads like the note to {earlier.recipient}: {why}",
                    f"give {note.recipient} and {earlier.recipient} points, rapport or a note "
                    "of their own in interviewers.yaml, or edit one draft", PROBLEM))
                break
    return found


def _personal_items(person: Interviewer | None) -> dict[frozenset[str], str]:
    """What is personal to one interviewer: each item by the stems it says, as written."""
    if person is None:
        return {}
    values = [*person.discussion_points, person.rapport, getattr(person, "note", None),
              getattr(person, "fit", None), getattr(person, "follow_up", None)]
    return {frozenset(substance(value)) or frozenset((value.casefold(),)): " ".join(
        value.split()) for value in values if value}


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0

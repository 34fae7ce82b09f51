"""Length: a note over its kind's limits (words and paragraphs of the body, as the pack sets
them), and a YAML value too long to sit inside a sentence of a note.

Over a limit by less than half is a suggestion (it could be tighter); by more, a problem
(nobody reads a thank-you essay). Paragraphs over their limit are a problem only in a note
whose words are a problem too: short paragraphs read easily.
"""

from __future__ import annotations

from ..compose.phrasing import too_long, word_count
from ..findings import PROBLEM, SUGGESTION, Finding
from ..kinds import REGISTRY, purpose_of
from .mail import Mail
from .note import Note
from .sentences import count_words

DEFAULT_LIMITS = {k.name: {"words": k.limits.words, "paragraphs": k.limits.paragraphs}
                  for k in REGISTRY}
OVER_BY = 0.5  # past the limit by more than this share of it, a suggestion becomes a problem
ESSAY_OVER_BY = 0.25  # the same, in a note over its paragraphs as well
# A paragraph or a sentence longer than anyone reads at a glance is a wall of text, whatever
# the note's length: recruiters leave it for later. (The longest paragraph of a good real note
# is 85 words, its longest sentence 44.)
DENSE_PARAGRAPH = 120
RUN_ON = 70


def length(note: Note, mail: Mail) -> list[Finding]:
    if note.kind is None:
        return []
    limits = {**DEFAULT_LIMITS.get(note.kind, {}), **(note.limits or {})}
    found = []
    count, paragraphs = mail.words(), len(mail.body)
    if "words" in limits and count > limits["words"]:
        # A thank-you essay: over its words by a quarter in more paragraphs than the kind
        # allows, the whole interview recapped a paragraph a topic (holdout9's and holdout10's
        # class; the longest good thank-you of the real ones is 208 words, 19% over, in five).
        essay = purpose_of(note.kind) == "thank" and "paragraphs" in limits and (
            paragraphs > limits["paragraphs"]) and count > limits["words"] * (1 + ESSAY_OVER_BY)
        found.append(Finding(note.path, "length",
                             f"is {count} words; a {note.kind} reads best under "
                             f"{limits['words']}", "cut what does not thank, cite or ask",
                             PROBLEM if essay else _severity(count, limits["words"])))
    found += _walls(note, mail)
    if "paragraphs" in limits and paragraphs > limits["paragraphs"]:
        # Short paragraphs are easy to read: too many of them is a problem only in a note
        # whose words are a problem as well.
        essay = "words" in limits and _severity(count, limits["words"]) == PROBLEM
        found.append(Finding(note.path, "length",
                             f"has {paragraphs} paragraphs; keep it to {limits['paragraphs']}",
                             "merge or cut paragraphs",
                             _severity(paragraphs, limits["paragraphs"]) if essay
                             else SUGGESTION))
    return found


def _walls(note: Note, mail: Mail) -> list[Finding]:
    dense = max((count_words(part) for part in mail.text.split("\n\n")), default=0)
    if dense > DENSE_PARAGRAPH:
        return [Finding(note.path, "length", f"has a paragraph of {dense} words, a wall of "
                        "text read later if at all", "break it into short paragraphs of one "
                        "point each", PROBLEM)]
    longest = max(mail.sentences, key=count_words, default="")
    if count_words(longest) > RUN_ON:
        return [Finding(note.path, "length", f"has a sentence of "
                        f"{count_words(longest)} words that runs on ('"
                        f"{' '.join(longest.split()[:8])} …')", "split it into sentences of "
                        "one thought each", PROBLEM)]
    return []


def _severity(count: int, limit: int) -> str:
    return PROBLEM if count > limit * (1 + OVER_BY) else SUGGESTION


def long_values(note: Note) -> list[Finding]:
    """An interviewer's discussion point or rapport too long for a sentence, named once, on
    the thank-you to them (the note that places it)."""
    person = note.interviewer
    if person is None or purpose_of(note.kind) != "thank":
        return []
    values = [(f"a discussion point of {person.name}'s", point)
              for point in person.discussion_points]
    values += [(f"the rapport with {person.name}", person.rapport)] if person.rapport else []
    return [_too_long(note, what, value, "interviewers.yaml") for what, value in values
            if too_long(value)]


def long_highlights(note: Note) -> list[Finding]:
    """The application's highlights too long for a sentence (named on one of its notes)."""
    if note.application is None:
        return []
    return [_too_long(note, "a highlight", value, "role.yaml")
            for value in note.application.role.highlights if too_long(value)]


def _too_long(note: Note, what: str, value: str, yaml_file: str) -> Finding:
    start = " ".join(value.split()[:6])
    return Finding(note.path, "length",
                   f"{what} is {word_count(value)} words, too long to sit in a sentence "
                   f"('{start} …')",
                   f"shorten it to a topic of a few words in {yaml_file}, or say it in your "
                   "own words under note:", SUGGESTION)

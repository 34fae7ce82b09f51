"""Your own line (`note`) as the paragraph of the note to the person it speaks of.

The one input blind readers could not tell from a careful person's writing is the candidate's
own line, so it is used wherever it can be said to them as it stands, with only what a person
would mend before sending:
- a line typed in a hurry keeps its words but gains its capital and full stop ("your point
  about tides stuck with me" -> "Your point about tides stuck with me."), a line that
  leaves out its "I" gets it back ("loved your take on tide gauges" -> "I loved …"), and a
  line that only names a moment of theirs says what it did ("Your story about the failed
  starter" -> "I keep thinking about your story about the failed starter.");
- a line about them in the third person turns to them where every sentence turns cleanly
  ("Kai made the debugging feel like pairing." -> "You made the debugging feel like
  pairing."), and a line that names only a moment of theirs becomes what you keep thinking
  about ("her walkthrough of the outage" -> "I keep thinking about your walkthrough of the
  outage.").
A line that holds anything for you alone ("I liked her a lot", her biography, what she said
read back) is never turned: it stays material for the note (content.py), as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import AUX_BE, AUX_HAVE, MODALS, PAST_TO_BASE, VERBS, WH
from .phrasing import about_them
from .text import sentences

# Words that open a clause inside a phrase: a verb after one is not the line's own verb
# ("your walkthrough, and how honest you were" names a moment; it says nothing of it).
_OPENS_CLAUSE = WH | {"that", "if", "whether", "because", "while", "as"}
_PRONOUNS = {"i", "you", "we", "they", "he", "she", "it"}
_STILL_THIRD = re.compile(r"\b(?:she|he|her|him|his|hers|herself|himself)\b", re.IGNORECASE)


def as_written(note: str) -> str:
    """A line that speaks to them, with its capital, its "I" and its full stop."""
    text = note.strip()
    first = text.split(maxsplit=1)[0] if text else ""
    if (first.casefold() == "your" and not re.search(r"[.!?]\s", text)
            and not re.search(r"\b(?:me|I|my)\b", text) and _names_a_moment(text)):
        # "Your story about the starter that failed, and opening the next morning.": a
        # moment of theirs, named, with nothing said of it
        return f"I keep thinking about your {text.split(maxsplit=1)[1].rstrip('.!')}."
    if _past_verb(first) and first[:1].islower():
        text = "I " + text  # "loved your take on …": the I left out
    elif first[:1].islower() and first.isalpha():
        text = text[:1].upper() + text[1:]
    if text and not re.search(r"[.!?…)\]”\"'*_]$", text):
        text += "."
    return text


def turned_to_them(note: str, names: Sequence[str]) -> str | None:
    """A line about them in the third person, said to them; None where any sentence does not
    turn cleanly (their name or pronoun left, or a sentence that is not about them)."""
    said: list[str] = []
    for sentence in sentences(" ".join(note.split())):
        turned = about_them(sentence, names)
        if _STILL_THIRD.search(turned):
            return None
        if re.match(r"You\s|Your\s", turned):
            said.append(turned)
        elif re.match(r"your\s", turned) and len(said) == 0 and _names_a_moment(turned):
            said.append(f"I keep thinking about {turned.rstrip('.!')}.")
        else:
            return None
    return " ".join(as_written(sentence) for sentence in said) if said else None


def _names_a_moment(phrase: str) -> bool:
    """Whether a phrase is a thing of theirs ("your walkthrough of the outage, and how calm
    you were") rather than a sentence with its own verb ("your point stuck with me")."""
    words = [w.strip(",;:.!?\"'()").casefold() for w in phrase.split()]
    for index, word in enumerate(words):
        if word in _OPENS_CLAUSE or (word == "and" and index + 1 < len(words)
                                      and words[index + 1] in _OPENS_CLAUSE):
            return True  # only a clause of the phrase has verbs past here
        before = words[index - 1] if index else ""
        if before in _PRONOUNS:
            continue  # "the way you talked": a clause of the phrase, not its verb
        if word in AUX_BE or word in AUX_HAVE or word in MODALS or (index and (
                _past_verb(word) or (word.endswith("ed") and len(word) > 4))):
            return False  # "your point stuck", "your comment resonated": a sentence
    return True


def _past_verb(word: str) -> bool:
    bare = word.casefold()
    if bare in PAST_TO_BASE:
        return True
    if bare.endswith("ed") and len(bare) > 4:
        return bare[:-2] in VERBS or bare[:-1] in VERBS or bare[:-3] in VERBS
    return False

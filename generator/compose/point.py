"""A discussion point as read: what a note to its reader can say of it (`Gist`). gist.py
reads English points into it, gist_es.py Spanish ones; detail.py gives templates its plain
data; citing.py and content.py choose which to cite. Each field, where the notes give it:

- `topic`: the point named in a few words ("Black Friday last year"), never a catalogue;
- `clause`: its most specific detail as a clause a sentence can hold after "that" ("the
  support queue hit 9,000 tickets"), chosen for numbers, names and uncommon words;
- `thing`: that detail as something to point at ("those 9,000 tickets"), where it has one;
- `fact`: the point itself as a clause ("there's no win/loss program yet");
- `kind`: what the conversation was (a story they told, their answer to your question, their
  question to you, an exercise, something they showed or walked you through, a topic).

A base module of compose: it imports only naming.py's pattern for a clause.
"""

from __future__ import annotations

from dataclasses import dataclass

from .naming import _CLAUSE_WORD


@dataclass(frozen=True)
class Gist:
    """One discussion point, read for what a note to its reader can say of it."""

    index: int
    topic: str | None
    kind: str  # story, answer, asked, exercise, shown, topic
    clause: str | None = None
    thing: str | None = None
    fact: str | None = None
    open: bool = False  # your notes say they were open about it
    sore: bool = False  # a weak moment of yours, or their failure: not a note's highlight
    hard: bool = False  # a setback of theirs (a lost deal, a shortage): never "I enjoyed …"
    vivid: float = 0.0
    words: frozenset[str] = frozenset()
    clauses: tuple[str, ...] = ()  # every detail that could be said, for a tie to choose
    jotted: bool = False  # `items` is what the notes say of the heading (jotted.py)
    doing: str | None = None  # an exercise as what you did together: "designing a rate limiter …"
    refused: int = 0  # pieces guard.py refused: the note says the point more plainly
    reply: str | None = None  # their answer to your question, as a phrase: "one number …"
    told: str | None = None  # what you told them in answer: "the daily four-bar warm-up"
    items: str | None = None  # a list of theirs under the point, as a phrase: "a, b, and c"
    advice: str | None = None  # what they advised, as you would say it back: "take it
    # early, before I'm comfortable enough to think I don't need it"
    mine: str | None = None  # your answer to their question, as you would still give it:
    # "we pay for the night and the cab" (from "I said we pay for the night and the cab, …")
    quote: str | None = None  # their own words, quoted in your notes: "Nobody goes home late
    # and nobody cries in the med room." (with its quotation marks and end mark)

    @property
    def topic_is_clause(self) -> bool:
        """The topic reads as a clause ("how you got through …"), not a noun phrase."""
        return bool(self.topic and _CLAUSE_WORD.match(self.topic))

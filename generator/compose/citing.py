"""Which of a person's points a note cites, and in what order: how much a point is worth
citing (`worth`), whether a further point says enough to be said (`says`), whether two can
sit in one note (`another`), and the detail that meets your tie (`focus`). A base module of
compose, used by content.py.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..input.models import Interviewer
from .clauses import thing_of, vividness
from .detail import gist_dict
from .marks import PERKS
from .point import Gist
from .text import word_count
from .words import content_words, overlap


def worth(gist: Gist, person: Interviewer) -> float:
    """How good a point is to cite: vivid, open, tied to what you promised; never a weak
    moment of yours; their question to you only where nothing else is said."""
    score = gist.vivid + (1.0 if gist.open else 0.0) - (5.0 if gist.sore else 0.0)
    if person.follow_up:  # what you promised goes with the point it answers
        named = content_words(f"{gist.topic or ''} {gist.clause or ''}")
        score += 2.0 * min(overlap(named, content_words(person.follow_up)), 1.5)
    if gist.reply or gist.quote:  # their answer or their words: specific, and theirs
        score += 2.5
    if gist.advice or gist.items:  # what they advised, or laid out for you point by point
        score += 1.5
    if gist.kind == "asked" and not gist.clause:
        # thanked for a question you never answer (blind round 17: "Thank you for asking me
        # whether I ever refused a lift"): said only where nothing better is
        score -= 1.0 if gist.mine or gist.told else 2.5
    if gist.kind == "exercise" and gist.doing:  # what you worked on together, by name
        score += 2.0
    if gist.kind == "story":  # a story they told is what they will recognise
        score += 3.0 if gist.clause else 2.0
    if gist.topic is None and gist.clause is None and not (gist.quote or gist.doing or gist.fact):
        score -= 3.0
    if _perk(gist):
        score -= 4.0  # pay and perks: the last thing to thank them for
    if gist.kind == "topic" and gist.topic and len(gist.topic.split()) == 1 and not (
            gist.clause or gist.quote or gist.items):
        score -= 2.5  # "walk-in", "discovery": a word jotted to remember, not a thing to cite
    return score


def _perk(gist: Gist) -> bool:
    return bool(PERKS.search(" ".join(t for t in (gist.topic, gist.clause, gist.fact, gist.quote,
                                                  gist.items) if t)))


def says(gist: Gist, tie: str | None, person: Interviewer) -> bool:
    """Whether a further point says something a sentence can carry: a fact you react to, what
    was said, their words, a list, a story; their question to you if no pitch of yours follows."""
    shown = gist_dict(gist, tie)
    if shown is None or gist.sore or _perk(gist):
        return False  # a weak moment of yours, or pay and perks: nothing to add them for
    if shown["reacts"] or worth(gist, person) <= -2:  # a fact you react to is worth saying
        return bool(shown["reacts"])
    if gist.kind == "exercise":
        return bool(gist.doing)
    if gist.kind == "said":  # their words alone: 'He said "Nobody ships on a Friday."'
        return bool(gist.quote)
    if not gist.topic and gist.fact:  # statements said whole (jotted.py): what they want, or
        return bool(shown["view"] or shown["reacts"])  # a target; else a fact said back bare
    if gist.kind == "topic" and re.match(r"how\s", gist.topic or "") and word_count(
            gist.topic or "") >= 4:
        return True  # "how code review works on the team": how they work, said as a clause
    return bool(gist.topic) and bool(
        gist.clause or gist.thing or gist.reply or gist.quote or gist.advice or gist.items
        or gist.kind == "story" or (gist.kind == "asked" and gist.topic_is_clause
                                    and not tie))


def another(gist: Gist, before: Gist | None) -> bool:
    """Whether a point can follow `before` in one note: of another kind (two "You mentioned
    that …" read as a list), unless it carries its own matter (a story, a list, their words,
    their advice)."""
    # a heading with its detail beside a statement said whole reads as two sentences of
    # different shapes ("… hear about X: …" and "I liked hearing that you want …")
    return before is None or gist.kind != before.kind or gist.kind == "story" or bool(
        gist.items or gist.quote or gist.advice) or (before.jotted and not gist.topic) or (
        gist.topic_is_clause != before.topic_is_clause)  # "how code review works …" beside a name


def focus(gist: Gist, words: frozenset[str]) -> Gist:
    """The point with the detail that meets `words` (your fit or highlight) as its clause:
    "you're rolling out decentralized pharmacists …" before "you're two FTEs short"."""
    scored = [(overlap(words, content_words(c)), vividness(c), c) for c in gist.clauses]
    if not scored:
        return gist
    score, _, clause = max(scored)
    if score < 1.0 or clause == gist.clause:
        return gist
    return replace(gist, clause=clause, thing=thing_of(clause),
                   fact=clause if gist.kind == "topic" else gist.fact)

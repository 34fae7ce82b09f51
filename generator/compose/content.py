"""What each note of one application says, decided for the whole panel at once.

A careful writer builds each thank-you from one vivid detail the reader will recognise, one
sentence tying it to what they have done, what they promised, and a short close; and no two
notes of a panel say the same thing. Here, for every interviewer:

- their points are read (gist.py) and one is chosen to cite: the one your `fit` or one of
  your highlights meets (pitch.py), else the most vivid, never a weak moment of yours;
- the tie is your `fit`, else the highlight that shares most with their points, said as a
  sentence; each highlight goes to one note of the panel at most;
- your `note` is used as written when it speaks to them; a note that speaks of them in the
  third person ("Camille told me …", "Very direct, I liked her a lot") was written for you,
  so it is not pasted: its sentences that could be said to them feed the choice of detail,
  the rest are listed in `withheld`, for the checks to show you;
- the rapport is kept with its reason ("you're from Lviv; I spent the summer of 2019 there")
  or left out where it has none;
- `turns` choose wordings from a stable hash of the application and the person's place, so
  the same place in two panels does not get the same sentences, and one panel never does.

A base module of compose: it imports phrasing's modules and the model only.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..input.models import Application, Interviewer
from .clauses import thing_of, vividness
from .gist import HARD, Gist, content_words, overlap, read_point, short_name
from .gist_es import read_point_es, to_tu
from .phrasing import about_them, place
from .pitch import Pitch, match, pitch
from .text import _strip_tail, sentences
from .voice import for_reader, private_sentences, their_team, written_for_you

TURNS = 8  # independent wording choices a template may make


def seed(application: Application) -> int:
    """A stable number for one application: the same folder gets the same wordings."""
    key = f"{application.role.company}|{application.role.title}|{application.candidate.name}"
    return int(hashlib.sha256(key.encode()).hexdigest()[:12], 16)


def turns(application: Application, index: int) -> list[int]:
    """Wording choices for the person at `index`: each is `index` plus a number drawn from
    the application, so people of one panel differ and panels differ from each other."""
    base = seed(application)
    return [index + (base >> (5 * k)) % 997 for k in range(TURNS)]


@dataclass
class Said:
    """What the note to one interviewer says (see the module's docstring)."""

    gists: list[Gist]
    main: Gist | None = None
    second: Gist | None = None  # a second point, for a note that would say little else
    tie: str | None = None
    also: tuple[str, str] | None = None  # (their point as a clause, your sentence with "also")
    note: str | None = None
    withheld: list[str] = field(default_factory=list)
    rapport: str | None = None
    reason: str | None = None
    follow_up_near: bool = False  # the follow-up belongs with the cited point
    meets: bool = False  # the tie was chosen because it meets the cited point


def _names(person: Interviewer) -> list[str]:
    return [*person.name.split(), *person.salutation.split()]


def _note(person: Interviewer, language: str, said: Said) -> list[str]:
    """Your `note`, used as written when it speaks to them; else its sentences for you stay
    out (`withheld`) and the rest come back as material for the detail."""
    if not person.note:
        return []
    if not written_for_you(person.note, _names(person)):
        said.note = person.note
        return []
    said.withheld = private_sentences(person.note, language)
    return [s for s in sentences(" ".join(person.note.split())) if s not in said.withheld]


def _rapport(person: Interviewer, language: str, proper: frozenset[str],
             tu: bool) -> tuple[str | None, str | None]:
    """The rapport as a clause, kept only where it is shared or comes with your reason."""
    if not person.rapport:
        return None, None
    names = _names(person)
    placed = place(person.rapport, "rapport", language, names=names, proper=proper)
    phrase = placed.phrase
    if phrase is None:
        return None, None
    # Asides go, but a short one that names a place keeps its reader from the wrong one:
    # "Guadalajara (la de México)", "Portland (Maine)".
    phrase = re.sub(r"\s*\(([^()]*)\)", lambda m: m[0] if len(m[1].split()) <= 4 and re.search(
        r"\b[A-ZÁÉÍÓÚÑ][\w-]+", m[1]) else "", phrase)
    # "you are a Hurricanes fan too, we talked about the playoff run": no comma splice
    phrase = re.split(r",\s+(?=we\s+(?:talked|spent|chatted|compared|traded|swapped|laughed|"
                      r"bonded|geeked|nerded|got)\b)", phrase)[0]
    if phrase.count(", ") >= 2 and re.search(r",\s+(?:and\s+)?I\b", phrase):
        phrase = phrase.split(", ")[0]  # "you surf, grew up on Oahu, and I'm learning, badly…"
    head, comma, tail = phrase.partition(", ")
    mine = r"\b(?:I|my|me|mine|yo|mi|mis|viví|estudié|trabajé)\b"
    if comma and not re.search(mine, tail) and re.match(
            r"(?:yours|your|his|her|su|sus|you|she|he|they)\b", tail):
        phrase = head  # "we both keep homelabs, yours runs on three old ThinkPads": the shared part
    shared = re.match(r"(?:we|los dos|las dos|a los dos|a las dos)\b", phrase) or re.search(
        r"\b(?:too|also|as well|like me|like mine|ahead of me|as I did|también|como yo)\b|"
        + mine, phrase)
    reason = None
    for sentence in placed.more:
        first_person = re.search(r"\b(?:I|my|me|yo|mi)\b", sentence)
        if first_person and not re.match(r"(?:We|Acabamos|Nosotros)\b", sentence):
            reason = re.split(r",?\s+and we\b|,?\s+y (?:acabamos|nos)\b", sentence)[0]
            reason = for_reader(_strip_tail(reason), names) if language != "es" else _strip_tail(
                reason)
            # "you drove trucks, I ran a supply room": no comma splice
            reason = re.sub(r",\s+(?=I\s+\w+)", " and ", reason, count=1)
            break
    if not shared and reason is None:
        return None, None  # "you are from Lviv" alone is an odd thing to say
    if shared:
        reason = None  # "we both …" says it already: both sides spelled out reads back their life
    if language == "es" and tu:
        phrase = re.sub(r"^es\b", "eres", re.sub(r"^(\w+)\b", lambda m: to_tu(m[1]) if m[1] in (
            "es", "lleva", "vive", "hizo", "estudió", "trabajó") else m[1], phrase))
        phrase = re.sub(r"\by lleva\b", "y llevas", phrase)
    return phrase, reason


def plan(application: Application, language: str, proper: frozenset[str],
         registers: list[bool]) -> list[Said]:
    """What each interviewer's note says. `registers`: per interviewer, True to say tú
    (Spanish only)."""
    spanish = language == "es"
    people = application.interviewers
    saids: list[Said] = []
    for index, person in enumerate(people):
        names = _names(person)
        said = Said([])
        material = _note(person, language, said)
        tu = registers[index] if index < len(registers) else False
        for number, text in enumerate([*person.discussion_points, *material]):
            placed = place(text, "discussion_points", language, names=names, proper=proper)
            said.gists.append(read_point_es(number, text, placed, tu=tu, names=names) if spanish
                              else read_point(number, text, placed, names=names, proper=proper))
        said.rapport, said.reason = _rapport(person, language, proper, tu)
        saids.append(said)
    # How many points of the panel each word is in: "grant" in a grants panel joins nothing.
    spread: dict[str, int] = {}
    texts = [gist.words for said in saids for gist in said.gists] + [
        content_words(t) for t in (*application.role.highlights, application.role.title)]
    for bag in texts:
        for word in bag:
            spread[word] = spread.get(word, 0) + 1

    def meets(words: frozenset[str], gist: Gist) -> bool:
        """Whether your tie speaks to this point closely enough to join them in a sentence
        ("That stood out to me, because …"): it shares a word few other points use."""
        return sum(1.0 if spread.get(w, 0) <= 2 else 0.25
                   for w in gist.words if overlap(words, frozenset([w])) > 0) >= 1.5

    pitches: list[Pitch | None] = [pitch(text, language) for text in application.role.highlights]
    fits = [content_words(p.fit) if p.fit else None for p in people]
    # Your fit first: it is the tie of its note, and its point the one to cite.
    for said, person, words in zip(saids, people, fits, strict=True):
        if person.fit and words is not None:
            said.tie = _fit(person, language, registers, people.index(person))
            sayable = [g for g in said.gists if not g.sore and gist_dict(g, said.tie)]
            best = max(sayable, key=lambda g: (overlap(words, g.words), g.vivid),
                       default=None)
            if best is not None and overlap(words, best.words) >= 1.0:
                said.main = _focus(best, words)
                said.meets = meets(words, best)
    open_people = [[g for g in said.gists if (g.topic or g.clause or g.fact) and not g.sore]
                   if not person.fit and said.note is None else []
                   for said, person in zip(saids, people, strict=True)]
    taken: set[int] = set()
    for number, pair in enumerate(match(open_people, pitches, taken=taken)):
        if pair is not None:
            chosen = pitches[pair[0]]
            assert chosen is not None
            point = saids[number].gists[pair[1]]
            if not meets(chosen.words, point):
                # a résumé line that shares only the field's common words with their point
                # ("grant", "report") is set beside it, not tied to it: leave it out
                taken.discard(pair[0])
                continue
            saids[number].tie = chosen.sentence
            saids[number].main = _focus(point, chosen.words)
            saids[number].meets = True
    # A second highlight, where another of their points wants it and can be said briefly.
    seconds = [[g for g in said.gists if g.fact and said.main is not None and g is not said.main]
               if said.tie and said.note is None else [] for said in saids]
    for number, pair in enumerate(match(seconds, pitches, least=1.5, taken=taken)):
        if pair is not None:
            chosen = pitches[pair[0]]
            fact = saids[number].gists[pair[1]].fact
            if chosen is not None and fact and meets(chosen.words, saids[number].gists[pair[1]]):
                saids[number].also = (fact, chosen.sentence)
    for said in saids:
        # joined in one thought only where the point is said, is theirs, and no note of yours
        # speaks instead ("That stood out to me, because …")
        said.meets = said.meets and said.note is None and said.main is not None and (
            gist_dict(said.main, said.tie) is not None)
    for said, person in zip(saids, people, strict=True):
        if said.main is None and said.gists:
            # the best point a sentence can say: one gist_dict would drop is no point to cite
            citeable = [g for g in said.gists if gist_dict(g, said.tie) is not None]
            said.main = max(citeable, key=lambda g: _worth(g, person), default=None)
        if said.main is not None and person.follow_up and not said.tie:
            said.follow_up_near = overlap(said.main.words, content_words(person.follow_up)) >= 1
        rest = [g for g in said.gists if said.main is None or g.index != said.main.index]
        # A second point of another kind (two "You mentioned that …" read as a list); a
        # story they told is always worth its sentence.
        rest = [g for g in rest if said.main is None or g.kind != said.main.kind
                or g.kind == "story"]
        if said.note is None and not said.also and not person.follow_up and rest:
            best = max(rest, key=lambda g: _worth(g, person))
            # a second point only where it says something: a bare topic ("I'm glad we got
            # to talk about governance") reads as a box ticked
            if _worth(best, person) > -2 and best.topic and not best.sore and (
                    best.clause or best.thing or best.reply or best.quote or best.advice
                    or best.items or best.kind == "story"):
                said.second = best
    return saids


def _focus(gist: Gist, words: frozenset[str]) -> Gist:
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


def _worth(gist: Gist, person: Interviewer) -> float:
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
        score -= 1.0
    if gist.kind == "story":  # a story they told is what they will recognise
        score += 3.0 if gist.clause else 2.0
    if gist.topic is None and gist.clause is None:
        score -= 3.0
    return score


def _fit(person: Interviewer, language: str, registers: list[bool], index: int) -> str:
    """Your fit, in the note to them: the words about them turned to you."""
    names = _names(person)
    text = " ".join(person.fit.split()) if person.fit else ""
    if language == "es":
        return text
    # "they" means the reader's team only near the start ("They need someone who …"); later
    # in your sentence it is whoever you just named ("the merchant … the dashboard they …").
    team = their_team(text) and bool(re.match(r"(?:\S+\s+){0,3}(?:they|their)\b", text,
                                              re.IGNORECASE))
    said = about_them(for_reader(text, names, team=team) if team else text, names)
    return said[:1].upper() + said[1:]


def _label(gist: Gist) -> str | None:
    """The point's short name for a subject line ("event sourcing"): plain text, a few words,
    short enough that "Thank you for the conversation about …" stays under 60 characters."""
    if gist.kind != "topic" or gist.hard or not short_name(gist.topic):
        return None
    label = re.sub(r"[*_`]+", "", gist.topic or "")
    return None if len(label) > 22 or re.match(r"(?:your|the)\b", label) else label


def gist_dict(gist: Gist | None, tie: str | None = None) -> dict[str, Any] | None:
    """A Gist as the plain data a template sees. A fact of theirs said back alone ("As you
    mentioned, the grant is 38% of the budget") says nothing: it is kept only where the note's
    tie (`tie`, your fit or highlight) speaks to it; else the note names the topic, or says
    nothing of the point."""
    if gist is None or not (gist.topic or gist.clause or gist.fact or gist.doing):
        return None  # a point the reading could make nothing of
    topic_words = content_words(gist.topic or "")
    told = bool(gist.topic) and bool(gist.clause or gist.fact) and overlap(
        topic_words, content_words(gist.clause or gist.fact or "")) >= len(topic_words) * 0.6
    if any(re.search(r"\d+:\d+", text or "") for text in (gist.topic, gist.clause, gist.fact)):
        # a ratio or a time jotted in the notes is no phrase for a sentence (any language)
        ratio = bool(re.search(r"\d+:\d+", gist.topic or ""))
        gist = replace(gist, topic=None if ratio else gist.topic, clause=None, fact=None,
                       thing=None)
        if gist.topic is None:
            return None
    said = gist.clause or gist.fact
    clause_only = told or gist.topic_is_clause
    cited = bool(gist.hard and gist.topic and gist.clause and not clause_only
                 and len(gist.topic.split()) > 2)  # "Thank you for telling me about …; …"
    echo = said is not None and gist.kind == "topic" and not cited and (
        clause_only or not gist.topic or gist.hard)
    # A setback of theirs, or a detail vivid enough to recognise, is worth saying back even
    # with nothing of yours to meet it ("Thank you for being candid that you're short two
    # leads …"); a routine fact alone is not.
    worth = gist.hard or gist.vivid >= 6.0
    if echo and not worth and not (
            tie and overlap(content_words(tie), content_words(said or "")) >= 1.0):
        if not gist.topic or gist.topic_is_clause:
            return None
        gist = replace(gist, clause=None, fact=None, thing=None)
        told = False
    return {"topic": gist.topic, "kind": gist.kind, "clause": gist.clause, "thing": gist.thing,
            "fact": gist.fact, "open": gist.open, "topic_is_clause": gist.topic_is_clause,
            "hard": gist.hard,
            "doing": gist.doing,
            "reply": gist.reply,
            "quote": gist.quote,
            "advice": gist.advice,
            "listed": gist.items,
            # a point a reply can remember by name: not their question to you, not a setback
            # of theirs, not a statement made a clause ("how Peak has already started"); your
            # question to them is ("what a typical on-call week looks like")
            "nameable": bool(gist.topic) and gist.kind != "asked" and not gist.hard and (
                not gist.topic_is_clause or gist.kind == "answer"),
            # the detail said is itself the setback ("you're two FTEs short"): thank them
            # for their candour; "you're rolling out …" from the same point is no setback
            "sore_detail": bool(HARD.search(said or "")) and not re.search(
                r"\b(?:nobody reads|no one reads)\b", said or ""),
            # a short name for the point, fit for a subject line ("the conversation about
            # event sourcing"), or none
            "label": _label(gist),
            # The clause says the point by itself ("there's no win/loss program yet"), or the
            # topic is a statement made a clause ("how you still dose …"): say the clause.
            "clause_only": told or (gist.topic_is_clause and gist.kind == "topic")}

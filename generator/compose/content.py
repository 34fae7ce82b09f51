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
- the rapport (rapport.py) is kept with its reason ("you're from Lviv; I spent the summer
  of 2019 there") or left out where it has none;
- `turns` choose wordings from a stable hash of the application and the person's place, so
  the same place in two panels does not get the same sentences, and one panel never does.

What a template sees of a point is detail.py's. A base module of compose.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from ..input.models import Application, Interviewer
from .citing import another, focus, says, worth
from .detail import gist_dict, only_named
from .english_own import with_subject
from .gist import read_point
from .gist_es import read_point_es
from .lists import joined_lists
from .marks import VAGUE
from .ownline import read_own_line
from .persons import names_of
from .phrasing import about_them, place
from .pitch import Pitch, match, pitch
from .point import Gist
from .rapport import rapport
from .text import Placed
from .voice import for_reader, their_team
from .words import content_words, overlap

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


@dataclass(frozen=True)
class Reading:
    """One interviewer's discussion points, read once for the whole application: placed
    (phrasing.py) and read into gists (gist.py) for the note to them, and for the notes that
    speak of them in the third person (`…_of`: the contact's note remembers them)."""

    placed: tuple[Placed, ...]
    gists: tuple[Gist, ...]
    placed_of: tuple[Placed, ...]
    gists_of: tuple[Gist, ...]


def read(person: Interviewer, language: str, proper: frozenset[str], tu: bool) -> Reading:
    """`person`'s points read once, for every note of the application that says them. `tu`:
    in Spanish, the note to them says tú."""
    names = names_of(person)
    points, absorbed = joined_lists(person.discussion_points)

    def reading(to_self: bool) -> tuple[tuple[Placed, ...], tuple[Gist, ...]]:
        placed = tuple(place(text, "discussion_points", language, to_self=to_self,
                             names=names, proper=proper) for text in points)
        return placed, tuple(
            Gist(number, None, "topic") if number in absorbed else  # said with the one before
            read_point_es(number, text, one, tu=tu and to_self, names=names)
            if language == "es" else
            read_point(number, text, one, names=names, proper=proper, to_self=to_self)
            for number, (text, one) in enumerate(zip(points, placed, strict=True)))

    return Reading(*reading(True), *reading(False))


@dataclass
class Said:
    """What the note to one interviewer says (see the module's docstring)."""

    gists: list[Gist]
    main: Gist | None = None
    second: Gist | None = None  # a second point that says something of its own
    third: Gist | None = None  # and a third, where the note promises nothing
    tie: str | None = None
    also: tuple[str, str] | None = None  # (their point as a clause, your sentence with "also")
    note: str | None = None
    withheld: list[str] = field(default_factory=list)
    rapport: str | None = None
    reason: str | None = None
    follow_up_near: bool = False  # the follow-up belongs with the cited point
    meets: bool = False  # the tie was chosen because it meets the cited point
    # points jotted as a bare name ("SCBA", "group buying across the three restaurants"),
    # said where the note thanks them ("Thanks for talking with me today about …"): alone in
    # a sentence of their own ("I enjoyed hearing about SCBA.") they read as a box ticked
    labels: tuple[str, ...] = ()
    named: Gist | None = None  # a cited point that was only a name, now among `labels`


def _note(person: Interviewer, language: str, said: Said, turn: int = 0) -> list[str]:
    """Your `note`: said to them as its paragraph where it can be (ownline.py); else what is
    for you alone stays out (`withheld`) and the rest comes back as material for the detail."""
    if not person.note:
        return []
    own = read_own_line(person.note, names_of(person), language, turn)
    said.note, said.withheld = own.said, list(own.withheld)
    return list(own.material)


def plan(application: Application, language: str, proper: frozenset[str],
         registers: list[bool], readings: list[Reading]) -> list[Said]:
    """What each interviewer's note says. `registers`: per interviewer, True to say tú
    (Spanish only); `readings`: their points, read (`read`)."""
    spanish = language == "es"
    people = application.interviewers
    saids: list[Said] = []
    for index, (person, reading) in enumerate(zip(people, readings, strict=True)):
        names = names_of(person)
        said = Said(list(reading.gists))
        material = _note(person, language, said, index)
        tu = registers[index] if index < len(registers) else False
        for number, text in enumerate(material, start=len(person.discussion_points)):
            placed = place(text, "discussion_points", language, names=names, proper=proper)
            said.gists.append(read_point_es(number, text, placed, tu=tu, names=names) if spanish
                              else read_point(number, text, placed, names=names, proper=proper))
        said.rapport, said.reason = rapport(person, language, proper, tu)
        if said.note and person.rapport and overlap(content_words(said.note),
                                                    content_words(person.rapport)) >= 1:
            said.rapport = said.reason = None  # your own line already says what you share
        saids.append(said)
    # How many points of the panel each word is in: "grant" in a grants panel joins nothing.
    spread: dict[str, int] = {}
    texts = [gist.words for said in saids for gist in said.gists] + [
        content_words(t) for t in (*application.role.highlights, application.role.title)]
    for bag in texts:
        for word in bag:
            spread[word] = spread.get(word, 0) + 1

    def shared(words: frozenset[str], gist: Gist) -> float:
        """What your tie shares with a point, a word few other points use counting most:
        "visitas" meets the open-visits project, "unidad" meets every point of an ICU panel."""
        return sum(1.0 if spread.get(w, 0) <= 2 else 0.25
                   for w in gist.words if overlap(words, frozenset([w])) > 0)

    def meets(words: frozenset[str], gist: Gist) -> bool:
        """Whether your tie speaks to this point closely enough to join them in a sentence
        ("That stood out to me, because …"): it shares a word few other points use."""
        return shared(words, gist) >= 1.5

    pitches: list[Pitch | None] = [pitch(text, language) for text in application.role.highlights]
    fits = [content_words(p.fit) if p.fit else None for p in people]
    # Your fit first: it is the tie of its note, and its point the one to cite.
    for said, person, words in zip(saids, people, fits, strict=True):
        if person.fit and words is not None:
            said.tie = _fit(person, language, registers, people.index(person))
            sayable = [g for g in said.gists if not g.sore and gist_dict(g, said.tie)]
            # on a tie, what they told you of their work (a project, a story) before the
            # answer to a question of yours
            best = max(sayable, key=lambda g: (shared(words, g), overlap(words, g.words),
                                                 g.kind not in ("answer", "asked"),
                                                 not only_named(g), g.vivid),
                       default=None)
            if best is not None and overlap(words, best.words) >= 1.0:
                # your own sentence about them follows the point it shares a word with, in
                # its paragraph: a paragraph of its own read as a résumé line dropped in
                # (blind round 18: "I've signed over 1,100 reports" after the ROV question)
                said.main = focus(best, words)
                said.meets = True
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
            saids[number].main = focus(point, chosen.words)
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
    for said, person in zip(saids, people, strict=True):
        if said.note is not None:
            # Beside your own line, one point it does not already say: careful writers'
            # notes name two or three things of the conversation (blind round 21 read a
            # note of your line alone as thin)
            told = content_words(said.note)
            fresh = [g for g in said.gists if not overlap(g.words, told)
                     and gist_dict(g, said.tie) is not None]
            if said.main is None or overlap(said.main.words, told):
                said.main = max(fresh, key=lambda g: worth(g, person), default=None)
                said.meets = False
    for said in saids:
        # joined in one thought only where the point is said and is theirs
        # ("That stood out to me, because …")
        said.meets = said.meets and said.main is not None and (
            gist_dict(said.main, said.tie) is not None)
    for said, person in zip(saids, people, strict=True):
        if said.main is None and said.gists and said.note is None:
            # the best point a sentence can say: one gist_dict would drop is no point to cite
            citeable = [g for g in said.gists if gist_dict(g, said.tie) is not None]
            said.main = max(citeable, key=lambda g: worth(g, person), default=None)
        if said.main is not None and person.follow_up and not said.tie:
            said.follow_up_near = overlap(said.main.words, content_words(person.follow_up)) >= 1
        rest = [g for g in said.gists if said.main is None or g.index != said.main.index]
        # A second point of another kind (two "You mentioned that …" read as a list).
        rest = [g for g in rest if another(g, said.main)]
        # Further points only where they say something (a bare topic reads as a box ticked):
        # a careful note cites three or four things, each with what was said; ours two or three.
        more = [g for g in sorted(rest, key=lambda g: -worth(g, person))
                if says(g, said.tie, person)] if said.note is None else []
        if more and not said.also:
            said.second = more.pop(0)
        more = [g for g in more if another(g, said.second)]
        if more and said.main is not None and not person.follow_up:
            said.third = more[0]
        if not spanish and said.note is None:
            _gather_labels(said, len(person.discussion_points))
    return saids


def _gather_labels(said: Said, points: int) -> None:
    """Their points that are only a name, gathered for the sentence that thanks them; a cited
    point that is only a name joins them, so the note never says it alone."""
    if said.main is not None and only_named(said.main):
        said.named = said.main
        said.main, said.second, said.third = said.second, said.third, None
        said.meets, said.follow_up_near = False, False
    cited = {g.index for g in (said.main, said.second, said.third) if g is not None}
    labels: list[str] = []
    # the point that would have been cited first: it was chosen as their best
    for gist in sorted(said.gists, key=lambda g: g is not said.named):
        if gist.index >= points or gist.index in cited or not only_named(gist) or VAGUE.fullmatch(
                gist.topic or ""):
            continue
        topic = gist.topic or ""
        # one where a point of theirs is cited too, else two in six words: a thank-you, not
        # a list of topics (blind round 13 read "about X and Y and Z" as the program's)
        most = 1 if said.main is not None else 2
        if topic not in labels and len(labels) < most and (
                not labels or len(" ".join([*labels, topic]).split()) <= 6):
            labels.append(topic)
    said.labels = tuple(labels)


def _fit(person: Interviewer, language: str, registers: list[bool], index: int) -> str:
    """Your fit, in the note to them: the words about them turned to you."""
    names, text = names_of(person), " ".join(person.fit.split()) if person.fit else ""
    if language == "es":
        return text
    text = with_subject(text)  # "Ran 5-axis jobs …" -> "I ran 5-axis jobs …"
    # "they" means the reader's team only near the start ("They need someone who …"); later
    # in your sentence it is whoever you just named ("the merchant … the dashboard they …").
    team = their_team(text) and bool(re.match(r"(?:\S+\s+){0,3}(?:they|their)\b", text, re.I))
    said = about_them(for_reader(text, names, team=team) if team else text, names)
    return said[:1].upper() + said[1:]

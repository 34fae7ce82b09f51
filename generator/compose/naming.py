"""How a point is named in a few words: its topic phrase ("the 0300 safety huddle"), whether
that name is short enough to pass on, and a jotted heading made fit for a sentence. A base
module of compose, used by gist.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import _NO_X, _NUMBER_WORDS, _TIME_UNITS, _verb_at
from .guard import plain
from .lexicon import DETERMINERS, PARTICIPLES
from .lists import and_list
from .shorthand import COUNT, SPAN
from .text import Placed, _bare, _strip_tail, word_count
from .voice import _ASIDE, for_reader

_CLAUSE_WORD = re.compile(r"(?:how|what|why|when|where|whether|who|which|"
                          r"cómo|qué|por qué|si|cuándo|dónde|quién)\b")


def short_name(topic: str | None) -> bool:
    """Whether a topic names its point in a few words ("the 0300 safety huddle"), to be
    passed on or remembered in a note to someone else: no clause ("how they still dose …"
    tells a fact to someone who was not there), no comma, no first person, no "so …" of a
    jotting, at most ten words."""
    if not topic:
        return False
    return "," not in topic and len(topic.split()) <= 10 and not (
        _CLAUSE_WORD.match(topic) or re.match(r"(?:so|and|but)\b", topic)
        or re.search(r"\b(?:I|my|me|mi|yo)\b", topic))


def promised_name(value: str | None) -> str | None:
    """What you promised, named in a few words for a subject line ("the dock-door
    checklist"): the link's text or the words before the first clause, aside or list; None
    where that is not a short noun phrase beginning with "the", "my", "our", "a" or "an"."""
    if not value:
        return None
    link = re.match(r"\s*\[([^\]]+)\]\(", value)  # the link's text names it whole
    text = link[1].strip() if link else re.split(
        r"\s+(?:I|we|that|which|from|for|with|on|about|to|she|he|they|you)\b|[(;,:.!?]"
        r"|\s[-–—]\s", " ".join(plain(value).split()), maxsplit=1)[0].strip()
    if not re.match(r"(?:the|my|our|a|an)\s", text, re.IGNORECASE):
        return None
    text = re.sub(r"^(?:a|an)\s", "the ", text[0].lower() + text[1:])  # "the sample plan"
    text = re.sub(r"\s(?:one|two|single)-page\b|\s(?:short|quick|little|small)\b", "", text,
                  count=1)  # "the one-page winter cheat sheet": the sheet is named without it
    return text if len(text.split()) <= 6 and len(text) <= 45 else None


# "Inconel 718 and Ti-6Al-4V mostly": the hedge belongs to the notes, not to the name.
_HEDGE = re.compile(r"\s+(?:mostly|mainly|primarily)$")

_WEEKDAY = re.compile(r"\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$")


# A countable noun jotted alone: "schedule" is "the schedule" in a sentence.
_BARE_ONE = frozenset(["schedule", "budget", "roadmap", "rotation", "pipeline", "dashboard",
                       "curriculum", "caseload", "inventory", "workload", "handoff",
                       "milestone", "deadline", "release"])
_BARE_ONE_AND_WHERE = re.compile(r"(\w+)(?: (?:on|in|for|at|with|of) [^,;]+)?")  # "… in February"
# A jotted two- or three-word topic with no article whose head is a countable thing ("growth plan",
# "onboarding checklist"): it takes "the" in a sentence.
_BARE_COUNT = re.compile(r"(?!(?:the|a|an|your|my|our|their|his|her|its|this|that|these|those|"
                         r"some|any|each|every|no|one|next|last|how|what|why|when|where|who|"
                         r"whether|which)\b)(?:[a-z][a-z-]+ "
                         r"(?:[a-z][a-z-]+ )?|(?:[A-Z][\w'’-]* (?:to )?){1,5}(?:[a-z][a-z-]+ )?|"
                         r"(?=\w+ (?:of|for) ))"
                         r"(?:plan|program|process|project|rotation|schedule|"
                         r"meeting|model|budget|policy|pipeline|dashboard|roadmap|strategy|"
                         r"system|template|launch|migration|rollout|audit|huddle|"
                         r"checklist|calendar|curriculum|workflow|"
                         r"committee|council|team|initiative|proposal|framework|glossary|"
                         r"tracker|handbook|spreadsheet|survey|pilot|test|study|tour|course|"
                         r"exam|visit|demo|assessment|conversion|upgrade|expansion|panel|room|footprint|"
                         r"cell|unit|desk|queue|floor|shop|lab|station|clinic|route|fleet|crew|"
                         r"shift|report|portal|platform|contract|event|fair|session|debrief|"
                         r"eval|evaluation|checkride|externship|residency|intake|software|site|turnaround|"
                         r"simulator|rule|standard|retrofit|renewal|flight|library|format|class)"
                         r"(?: (?:on|in|for|at|with|of) [^,;]+)?"
                         r"(?:(?: coming| due| starting| planned| launching)?"
                         r"(?: in the| in| next| this| by) [^,;]+)?")

# A singular noun that names one link between two things, jotted without its article.
_BARE_HEAD = re.compile(r"(?:handoff|hand-off|transition|move|switch|split|gap|difference|path|"
                        r"jump|shift|partnership|relationship|balance|line|link|connection|"
                        r"overlap|tension|boundary)\s+(?:from|between|with)\s")


def tidy_topic(topic: str | None) -> str | None:
    """A jotted heading made a topic a sentence can hold, or None where it names nothing."""
    if topic and _WEEKDAY.search(topic) and len(topic.split()) <= 3 and not re.match(
            r"(?:the|a|an|your|our|every|each|on)\b", topic):
        return None  # "stage Saturday": a label for a day, not a thing you talked about
    if topic and COUNT.fullmatch(topic):
        return None  # "38 patrollers": a figure, nothing to have talked about
    if topic and re.search(r"(?:^|\s)[%#&+]$", topic):
        return None  # "labor %": a jotted column heading, no thing to name
    topic = _HEDGE.sub("", topic) if topic else topic  # as _topic; a topic comes other ways too
    if topic:  # notes' shorthand between two things: "Cavitron vs hand scaling", "A + B"
        topic = re.sub(r"\s+vs\.?\s+", " versus ", re.sub(r"\s+\+\s+", " and ", topic))
        # "the team as you laid it out": how the notes heard it, not the thing
        topic = re.sub(r"\s+as (?:you|he|she|they) (?:laid|set|described|explained|put|"
                       r"sketched|drew|walked|pitched)\b.*$", "", topic) or topic
    if topic and re.match(r"(?:The|A|An|Our|This|These|Those)\s", topic):
        topic = topic[0].lower() + topic[1:]  # "The Lakeview audit findings": the notes' capital
    alone = _BARE_ONE_AND_WHERE.fullmatch(topic or "")
    if topic and (_BARE_COUNT.fullmatch(topic) or (alone and alone[1] in _BARE_ONE)):
        return "the " + topic  # "growth plan" -> "the growth plan"
    if topic and _BARE_HEAD.match(topic):
        return "the " + topic  # "handoff from sales to CS" -> "the handoff from sales to CS"
    if topic and re.match(r"\d+(?:-[a-z]+)?\s+[a-z]", topic) and not re.search(r"s\b",
                                                                    topic.split()[-1]):
        return "the " + topic  # "0300 safety huddle" -> "the 0300 safety huddle"
    return topic


def _short_list(phrase: str) -> str | None:
    """A jotted run of two to four short things ("CTRs, structuring, when to escalate to a
    SAR") as one phrase with its "and"; None where any part reads as a clause of its own."""
    if (_CLAUSE_WORD.match(phrase) and not re.match(r"\w+\s+to\s", phrase)) or re.search(
            r"(?:^|,\s)[\"“]", phrase):
        return None  # "who owns production QC, the paralegal or …": a question's own comma;
        # '…, "the one everyone complains about"': their words, no second thing
    parts = [p.strip() for p in re.split(r",\s+(?:and\s+)?", phrase)]
    if len(parts) == 2 and SPAN.fullmatch(parts[1]) and word_count(parts[0]) <= 4:
        return f"{parts[0]} from {parts[1]}"  # "vertical alignment, 5th grade through HS": a span
    if any(re.match(r"(?:still|mostly|very|pretty|quite|not|really|kind of|a bit|so|growing|"
                    r"shrinking|yes or no|or not)\b", p)
           for p in parts[1:]):
        return None  # "Paid Leave Oregon rollout, still messy", "…, growing fast": a remark
    if any(re.match(r"[a-z]{2,}ing\s+(?:in|on|at|by|from|next|this|soon|later)\b", p)
           for p in parts[1:]):
        return None  # "Payments add-on, launching in Q2": when it comes, not a second thing
    if any(re.match(r"[~+$£€]?\d[\d,.%+]*\s", p) or (
            " " in p and p.split()[0].casefold() in _NUMBER_WORDS | {"one"}) for p in parts):
        return None  # "the shop, 8 bays, 2 with cranes": a thing and its specs, not a list
    if not 2 <= len(parts) <= 4 or any(not p or word_count(p) > 6 or re.match(
            r"(?:then|and|but|or|so)\b", p) for p in parts) or _WEEKDAY.search(parts[0]):
        return None  # "stage Saturday, …, then grill for second": a jotted run, not things
    for part in parts:
        words = part.split()
        wh_infinitive = re.match(r"(?:when|how|what|whether|where|who)\s+to\s", part)
        if not wh_infinitive and (_verb_at(words) < len(words) or re.search(
                r"\b(?:I|we|you|she|he|they|it|there)\b", part, re.IGNORECASE)):
            return None  # "…, the way you laid it out": an aside of the notes, not a thing
    return and_list(parts)


def _topic(placed: Placed, names: Sequence[str], to_self: bool, team: bool) -> str | None:
    """The point named in a few words: its phrase without asides, lists or a second clause;
    None where the point is a statement rather than something to name ("SLOs exist …")."""
    phrase = placed.phrase
    if phrase is None:
        return None
    phrase = _ASIDE.sub("", phrase)
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase).strip()
    listed = _short_list(phrase)
    if listed:
        return listed
    cut = re.search(r",\s+(?:which|because|so|and whether|and how|then)\b|;\s|\s[—–]\s|,\s",
                    phrase)
    tail = ""
    if cut and word_count(phrase[:cut.start()]) >= 1:
        first = re.split(r",\s", phrase[cut.end():])[0]
        participle = re.match(r"([a-z]+)\b", first)
        if cut[0] == ", " and participle and (participle[1] in PARTICIPLES or re.fullmatch(
                r"[a-z]{3,}(?:ed|ing)", participle[1])) and 2 <= word_count(first) <= 10:
            tail = ", " + _strip_tail(first)  # "…, done in the cabs of pickup trucks" stays
        phrase = phrase[:cut.start()]
    # a question of theirs keeps its "who …" ("how I'd handle a guest who comes back at 2am …")
    wh_long = 24 if re.match(r"(?:how|what|why|when|where|whether)\b", phrase) else 18
    for joint, longest in ((r"and|but|while", 12), (r"which|who", wh_long)):
        cut = re.search(rf"\s(?:{joint})\s", phrase) if word_count(phrase) > longest else None
        if cut and re.search(r"\bbetween\b(?!.*\band\b)", phrase[:cut.start()]):
            cut = None  # "between a red account that's small and a green one": one thing
        if cut and word_count(phrase[:cut.start()]) >= 4:
            phrase = phrase[:cut.start()]
    phrase = _HEDGE.sub("", _strip_tail(phrase))  # before "the" is chosen by its last word
    match = _NO_X.match(phrase)
    if match:  # "No win/loss program yet" names "a win/loss program"
        phrase = ("an " if match[1][:1].casefold() in "aeiou" else "a ") + match[1]
    words = phrase.split()
    wh = re.match(r"(?:how|what|why|when|where|whether|who|which)\b", phrase, re.IGNORECASE)
    verb = _verb_at(words)
    if word_count(phrase) > wh_long or (not wh and verb < len(words)):
        return None  # a statement, not a thing to name: "SLOs exist on paper"
    if to_self and not re.search(r"\bI(?:['’]d| would)\b", phrase):
        # not inside what you would do: "… if a player says the dealer shorted him" is his
        phrase = for_reader(phrase, names, team=team)
        words = phrase.split()
    if len(words) > 1 and words[0][:1].isupper() and _bare(words[0]).casefold() not in (
            DETERMINERS) and re.fullmatch(r"[a-z][\w-]*[^s\W]", words[-1]) and not (
            words[-1].endswith("ing") or words[-1] in _TIME_UNITS or "'" in words[0]
            or re.search(r"\b(?:last|next|this)\s", phrase)):
        phrase = "the " + phrase  # "Payments add-on" -> "the Payments add-on"
    return phrase + (for_reader(tail, names, team=team) if to_self else tail)

"""The last look before a piece of someone's notes goes into a sentence: is it whole?

A gist's clause sits after "that" or "how"; its topic after "about". Heuristics that cut run-on
notes into clauses get most values right and some wrong, and a wrong one reads as a broken
sentence ("I was struck that Handoff right now is a whiteboard", "talk about ratios mostly
1:2"). These checks accept a piece only where its shape is known to be grammatical in its slot;
anything else is refused, and the note falls back to a plainer wording or leaves the point
out. A plain correct note is better than a vivid broken one.

A base module of compose: it imports clauses, lexicon and text.
"""

from __future__ import annotations

import re

from .clauses import _NUMBER_WORDS, _has_verb, _is_verb, _verb_at
from .lexicon import COMMON, DETERMINERS, ENGLISH_WORDS
from .text import _bare

# What a clause may begin with: a pronoun, a determiner, a number, or a name.
_SUBJECTS = frozenset({
    "you", "you're", "you've", "you'd", "you'll", "she", "he", "they", "they're", "we",
    "we're", "there", "there's", "the", "a", "an", "your", "our", "their", "his", "her",
    "every", "each", "no", "most", "some", "all", "those", "these", "nobody", "everyone",
    "everything", "nothing", "someone", "people", "half", "both", "only", "one", "it's"})

_SPLICE = re.compile(r",\s+(?:I|we|you|she|he|they|it|there|this|that)(?:['’]\w+)?\s",
                     re.IGNORECASE)

_BROKEN = re.compile(r"\d+:\d+|[?!][.,]|\.\.|\.,|\s[-–—]\s[a-z]|[:;?]|^\W|\s\(\s|\s,")

_DURATION = re.compile(r"\s+for\s+(?:most|much|all|part|half|the rest)\s+of\s+the\s+"
                       r"(?:hour|time|interview|call|conversation|meeting)\b|\s+for\s+(?:an|the|"
                       r"a full|half an)\s+hour\b", re.IGNORECASE)

# Words that begin a verbless predicate, never a noun phrase: "short two RNs on nights".
_PREDICATE_START = frozenset({"short", "down", "up", "over", "under", "behind", "ahead",
                              "mostly", "about", "around", "roughly", "nearly", "almost"})


def plain(text: str) -> str:
    """The words as a reader sees them: Markdown emphasis, code marks and link targets are
    layout, not grammar ("*flair* in data pipelines" is a sound topic)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"(?<!\w)[*_`]+|[*_`]+(?!\w)", "", text)


def _common(word: str) -> bool:
    lower = word.casefold()
    return lower in COMMON or lower in ENGLISH_WORDS


def stray_capital(text: str, proper: frozenset[str] = frozenset()) -> bool:
    """A common word with a capital in the middle of a sentence ("that Handoff right now"),
    which is not part of a name of several capitalised words ("Harlan Family Foundation")."""
    words = text.split()
    for index in range(1, len(words)):
        bare = _bare(words[index])
        if not bare[:1].isupper() or bare in proper or bare == "I" or bare.isupper():
            continue
        if words[index - 1].endswith((".", "!", "?", ":")):
            continue
        neighbours = [_bare(w) for w in words[max(0, index - 1):index + 2] if w != words[index]]
        if any(n[:1].isupper() and n.casefold() not in ("the", "a") for n in neighbours):
            continue  # a name of several words
        if _common(bare):
            return True
    return False


def sound_clause(clause: str | None, proper: frozenset[str] = frozenset(),
                 names: tuple[str, ...] = ()) -> bool:
    """True where `clause` reads as a whole clause after "that": it begins with a subject
    (a pronoun, a determiner, a number or a known name), has a finite verb, and holds no
    comma splice, ratio, stray capital or fragment punctuation."""
    if not clause:
        return False
    clause = plain(clause)
    opening = re.match(r"(?:in \d{4}|last (?:year|month|week|spring|summer|fall|winter)|"
                       r"this (?:year|month|week))\s+", clause, re.IGNORECASE)
    words = clause[opening.end():].split() if opening else clause.split()
    if len(words) < 3 or _BROKEN.search(clause) or _SPLICE.search(clause):
        return False
    first = _bare(words[0])
    starts = first.casefold() in _SUBJECTS or first[:1].isdigit() or (
        first.casefold() in _NUMBER_WORDS) or first in proper or first in names or (
        first[:1].isupper() and not _common(first) and words[0] == first) or _plural_subject(words)
    if not starts or not _has_verb(" ".join(words)):
        return False
    if re.search(r"\b(?:want|wants|need|needs|hit|hits|reach|reaches|at)\s+\d+(?:[.,]\d+)*"
                 r"(?=\s+(?:by|in|before|after|next|this)\b|\s*$|,\s)", clause):
        return False  # "you want 30 by 2028", "you're at 33": a number with no noun
    if first[:1].isupper() and first.casefold() in COMMON and first not in proper:
        return False
    return not stray_capital(clause, proper)


def _plural_subject(words: list[str]) -> bool:
    """A subject of one or two plain words, one of them plural, before its verb: "company
    officers want …", "nurses float …"."""
    verb = _verb_at(words)
    return 1 <= verb <= 2 and all(w.isalpha() and w.islower() for w in words[:verb]) and (
        words[verb - 1].endswith("s") and not words[verb - 1].endswith("ss")) and not (
        words[verb].endswith("ed"))  # "company drills logged in …" is a noun phrase


def sound_topic(topic: str | None, proper: frozenset[str] = frozenset()) -> bool:
    """True where `topic` reads as a noun phrase after "about": no ratio or trailing number
    ("recordable rate 3.1"), no verbless predicate ("short two RNs"), no second clause
    ("the analysts you value most push back when …"), no stray capital."""
    if not topic:
        return False
    topic = plain(topic)
    words = topic.split()
    if not words or _BROKEN.search(topic) or _SPLICE.search(topic):
        return False
    if re.search(r"\d", _bare(words[-1])) and len(words) > 1 and words[-2].casefold() not in (
            "at", "by", "in", "on", "until", "before", "after", "since", "from"):
        return False  # "recordable rate 3.1" is a jotted figure; "leave at 5" says when
    if re.search(r"\b(?:usually|typically|normally|generally|roughly|approximately|around|"
                 r"about|up to|at least|at most)\s+[~$£€]?\d", topic):
        return False  # "promotion to AE usually 12-18 months": a jotted fact, not a topic
    if re.search(r"\w\s+(?:mostly|mainly|largely|usually|typically)\s+\w", topic):
        return False  # "caseload mostly criminal arraignments": a note, not a noun phrase
    if re.search(r"\w\s+(?:due|expected|scheduled)\s+(?:any time|anytime|in|by|next|this|on|"
                 r"soon)\b", topic):
        return False  # "Ofsted due any time in the spring": when it comes, not what it is
    if _bare(words[0]).casefold() in _PREDICATE_START:
        return False
    if len(words) > 1 and (re.search(r"\d", words[1]) or words[1].casefold() in _NUMBER_WORDS) and (
            _bare(words[0]).casefold() not in DETERMINERS and not words[0][:1].isupper()
            and not re.search(r"\d", words[0])):
        return False  # "ratios mostly 1:2", "short two RNs"
    if re.match(r"how (?:many|much|long|often)\b", topic) and not any(
            _is_verb(words, index) for index in range(2, len(words))):
        return False  # "how many hours a week": a question jotted without its verb
    if re.match(r"(?:how|what|why|when|where|whether|who|which)\b", topic):
        return not stray_capital(topic, proper)
    verbs = sum(1 for index in range(1, len(words)) if _is_verb(words, index))
    if verbs >= 2:
        return False
    return not stray_capital(topic, proper)


def without_duration(topic: str) -> str:
    """"markdowns for most of the hour" -> "markdowns": how long you talked is no topic."""
    return _DURATION.sub("", topic)

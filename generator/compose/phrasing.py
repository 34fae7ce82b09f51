"""Free text as people jot it, read for its shape and placed so a note's sentence stays whole.

Every free-text value a template sets inside a sentence (discussion points, rapport,
highlights) passes through `place`, which gives the phrase for the value's slot and, where it
cannot sit in a slot, a sentence of its own:

| shape | written | placed |
|---|---|---|
| topic | moving billing to event sourcing | as it is |
| question | What does a typical night shift look like? | what a typical night shift looks like |
| first person | I asked about the preceptor program | the preceptor program |
| we | We talked about how design and PM share discovery. | how design and PM share discovery |
| third person | her advice on nights (in the note to her) | your advice on nights |
| statement | The unit is moving to self-scheduling. | the unit moving to self-scheduling |
| list | the plan:\\n- shadowing\\n- solo nights | the plan (shadowing and solo nights) |
| CV bullet | Led the migration to Kubernetes | (sentence) I led the migration to Kubernetes. |
| rapport, first person | I also grew up in Pilsen | we both grew up in Pilsen |

Questions are turned into embedded clauses by a small rule table (lexicon.py), never by a
library: see lexicon.py for why. docs/phrasing.md has the full table in English and Spanish.
The rules live in english.py and spanish.py, their shared helpers in text.py and their word
tables in lexicon.py; this module is the front door, and a base module of compose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .english import _english
from .english_own import with_subject
from .lexicon import ENGLISH_WORDS, SPANISH_WORDS
from .lists import _join, _split_list
from .persons import to_second_person, to_third_person, you_to_me
from .promise import follow_up
from .questions import embed_question
from .spanish import _spanish
from .text import (
    _STRUCK,
    LONG,
    Placed,
    _ends_with_abbreviation,
    _protect,
    _restore,
    _sentence,
    _strip_ends,
    _strip_tail,
    clip,
    sentences,
    word_count,
)
from .voice import private_sentences, written_for_you

__all__ = ["FIELDS", "LONG", "Placed", "about_them", "clip", "embed_question", "follow_up",
           "mixes_languages", "own_sentence", "place", "private_sentences", "to_second_person",
           "to_third_person", "too_long", "word_count", "written_for_you"]

FIELDS = ("discussion_points", "rapport", "highlights")


def too_long(value: str) -> bool:
    """More than 25 words: too long to sit inside a sentence of a note."""
    return word_count(value) > LONG


_ACCENTED = re.compile(r"[áéíóúñ¿¡ü]", re.IGNORECASE)


_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def mixes_languages(texts: Sequence[str], language: str) -> bool:
    """True when most words of `texts` that tell a language apart are not in `language`
    (English and Spanish are told apart; other languages are never said to mix). The caller
    leaves out names, the company and job titles."""
    own = language.lower().split("-")[0]
    if own not in ("en", "es"):
        return False
    english = spanish = 0
    for text in texts:
        for word in _WORD.findall(text):
            lower = word.casefold()
            if _ACCENTED.search(lower) or (lower in SPANISH_WORDS and lower not in ENGLISH_WORDS):
                spanish += 1
            elif lower in ENGLISH_WORDS and lower not in SPANISH_WORDS:
                english += 1
    other, mine = (spanish, english) if own == "en" else (english, spanish)
    return other + mine >= 4 and other > mine


def _list(lead: str, items: list[str], field: str, language: str, to_self: bool,
          names: Sequence[str], proper: frozenset[str]) -> Placed:
    spanish = language == "es"
    conjunction = "y" if spanish else "and"
    questions = [item for item in items if item.rstrip().endswith("?")]
    placed = []
    for item in items:
        one = place(item, field if field != "rapport" else "discussion_points", language,
                    to_self=to_self, names=names, proper=proper)
        item_text = one.text if one.phrase is not None else _strip_tail(one.text)
        if spanish and re.match(r"(?:la|el) ", item_text) and not re.match(
                r"(?i)\s*(?:la|el) ", item):
            item_text = item_text[3:]  # an item of a list reads without the article it lacked
        placed.append(re.sub(r"\s*\([^()]*\)", "", item_text) if lead else item_text)
    lead_parts = sentences(lead.strip())
    lead = _strip_tail(lead_parts[0]) if lead_parts else ""
    if questions and len(questions) == len(items) and (
            not lead or re.search(r"question|pregunt|duda", lead, re.IGNORECASE)):
        return Placed(f" {conjunction} ".join(placed), None, "list")
    if not lead:
        return Placed(_join(placed, conjunction), None, "list")
    head = place(lead, field, language, to_self=to_self, names=names, proper=proper)
    if head.phrase is None:
        return Placed(None, head.sentence, "list")
    return Placed(f"{head.phrase} ({_join(placed, conjunction)})", None, "list")


def place(value: str, field: str, language: str = "en", *, to_self: bool = True,
          names: Sequence[str] = (), proper: frozenset[str] = frozenset()) -> Placed:
    """`value` read for its shape and placed for `field`'s slot, in `language`.

    `to_self`: the note is to the person the value is about (her -> your); else third person
    stays and second person becomes singular they. `names`: that person's names, so
    "Priya's view" becomes "your view". `proper`: words known to be names (the YAML's
    dictionary, people, the company), whose capitals stay at the start of a phrase.
    """
    spanish = language.lower().split("-")[0] == "es"
    text, kept = _protect(value.strip())
    text = _STRUCK.sub("", text)
    listed = _split_list(text)
    if listed is not None:
        placed = _list(listed[0], listed[1], field, "es" if spanish else "en", to_self, names,
                       proper)
    else:
        period = bool(re.search(r"[.!]\W*$", text)) and not _ends_with_abbreviation(
            text.rstrip(" !"))
        # "“How would you handle …?”" quoted whole: an interview question, theirs to you (a
        # present-tense "“How do you handle float assignments?”" is more often yours to them)
        theirs = field == "discussion_points" and bool(re.fullmatch(
            r"[\"“].*\b(?:(?:would|could|did|have|had|will) you|you['’]d|where do you see "
            r"yourself|why do you want)\b.*\?[\"”]", text, re.IGNORECASE | re.S))
        text = _strip_ends(text)
        wrapped = re.fullmatch(r"(\*\*|__)(.+?)\1", text)
        inner = _strip_ends(wrapped[2]) if wrapped else text
        if spanish:
            placed = _spanish(inner, field, to_self, proper)
        else:
            placed = _english(inner, field, to_self, names, proper, period)
        if theirs and not spanish and placed.shape == "question" and placed.phrase:
            placed = Placed(you_to_me(placed.phrase), placed.sentence, "asked", placed.more)
        if wrapped and placed.phrase is not None:
            placed = Placed(f"{wrapped[1]}{placed.phrase}{wrapped[1]}", placed.sentence,
                            placed.shape, placed.more)
    if placed.phrase is not None and field == "discussion_points":
        head, colon, tail = placed.phrase.partition(": ")
        if colon and "(" not in head and word_count(tail) >= 3 and word_count(head) >= 3:
            # "the IFS audit this year: they got the top grade": the topic, then its detail
            placed = Placed(head, placed.sentence, placed.shape, (tail, *placed.more))
    return Placed(
        _restore(placed.phrase, kept) if placed.phrase is not None else None,
        _restore(placed.sentence, kept) if placed.sentence is not None else None,
        placed.shape,
        tuple(_restore(s, kept) for s in placed.more),
    )


def own_sentence(value: str) -> str:
    """A sentence you wrote yourself (`fit`), with its capital and full stop."""
    return _sentence(with_subject(" ".join(value.split())))


def about_them(text: str, names: Sequence[str]) -> str:
    """Your own words (`note`, `fit`) in the note to the person they speak of: she/he and
    their name as the subject of a sentence become you ("Camille told me" -> "You told me")."""
    known = [re.escape(n) for n in names if n and n[:1].isupper()]
    if known:  # their name as jotted, capital or not ("rebecca drew …")
        text = re.sub(rf"(^|[.!?]\s+)(?i:{'|'.join(known)})(?=\s+[a-z])", r"\1You", text)
    return "\n".join(to_second_person(line, names) for line in text.split("\n"))

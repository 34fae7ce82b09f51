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

from .clauses import _has_verb
from .english import _english
from .english_own import with_subject
from .lexicon import ENGLISH_WORDS, SPANISH_WORDS
from .persons import to_second_person, to_third_person, you_to_me
from .questions import embed_question
from .spanish import _spanish
from .text import (
    _STRUCK,
    LONG,
    Placed,
    _ends_with_abbreviation,
    _is_acronym,
    _join,
    _protect,
    _restore,
    _sentence,
    _split_list,
    _strip_ends,
    _strip_tail,
    clip,
    sentences,
    word_count,
)
from .voice import is_plural, private_sentences, written_for_you

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


_PROMISE_EN = re.compile(
    r"^(?:i\s+)?(?:said\s+i['’]?d|promised(?:\s+to)?|offered\s+to|will|to)\s+(?:send|share|"
    r"forward|write up(?: and send)?)(?:\s+(?:you|him|her|them|over))?\s*:?\s*", re.IGNORECASE)


_PROMISE_ASIDE = re.compile(r"\s*[,(;-]\s*(?:and\s+)?(?:i\s+)?(?:said|promised)\s+i['’]?d\s+"
                            r"send[^)]*\)?\s*$|\s*\((?:i\s+)?(?:said|promised)[^)]*\)",
                            re.IGNORECASE)


_PROMISE_ES = re.compile(r"^(?:le|les)\s+(?:prometí|dije que le|ofrecí)\s+(?:enviarle|mandarle|"
                         r"pasarle|compartir|enviaría|mandaría)\s*:?\s*", re.IGNORECASE)


def follow_up(value: str, language: str = "en", *, tu: bool = False,
              names: Sequence[str] = ()) -> str:
    """What you promised or offer, as a sentence of the note in your voice: a list of things
    to send becomes one sentence; a better answer you owe is given where you wrote it ("What
    I should have said: …"); your own sentences stay yours ("I said I'd" -> "I'll"). `tu`:
    in Spanish, to someone you address as tú. `names`: the reader's, in a note to them, where
    what you wrote of them is said to them ("which he asked to see" -> "which you asked to
    see")."""
    said = _here_agrees(_follow_up(value, language, tu=tu))
    english = language.lower().split("-")[0] != "es"
    return to_second_person(said, names) if names and english else said


# "here is my notes on retry budgets": the verb agrees with the thing, read up to its first
# preposition (a link's text included).
_HERE_IS = re.compile(r"\b([Hh]ere) is (\[?(?:my|our|the|these|some|a few|two|three)\s+"
                      r"(?:[\w-]+\s+){0,3}?([\w-]+))(?=\s+(?:on|about|for|from|of|in|with|"
                      r"that|I|we)\b|\]|[.,;:]|$)")


def _here_agrees(text: str) -> str:
    def agree(match: re.Match[str]) -> str:
        return f"{match[1]} {'are' if is_plural(match[3].casefold()) else 'is'} {match[2]}"
    return _HERE_IS.sub(agree, text)


def _follow_up(value: str, language: str = "en", *, tu: bool = False) -> str:
    spanish = language.lower().split("-")[0] == "es"
    text, kept = _protect(value.strip())
    listed = _split_list(text)
    if listed is not None:
        _lead, items = listed
        things = [_strip_tail(_PROMISE_ASIDE.sub("", item.strip())) for item in items]
        things = [thing[0].lower() + thing[1:] if thing[:1].isupper() and not _is_acronym(
            thing.split()[0]) else thing for thing in things]
        owed = [t for t in things if _OWED.match(t)] if not spanish else []
        things = [t for t in things if t not in owed]
        joiner = " y " if spanish else " and "
        if any("," in thing for thing in things):
            joiner = "; además, " if spanish else ", along with "
        what = joiner.join(things) if len(things) <= 2 else "; ".join(things)
        said = _promise(what, spanish, tu) if things else ""
        if owed:
            said += f" I'll follow up with {' and '.join(owed)}."
        return _restore(said.strip(), kept)
    text = " ".join(text.split())
    text = _PROMISE_ASIDE.sub("", text)
    if not spanish:
        text = _NOTE_ASIDE.sub("", text)
    asked = False
    if not spanish:
        # "…, he asked to see them": a promise they asked for is kept "As promised", and a
        # thing they wanted to see invites their view; telling them what they asked reads odd
        asked = bool(_ASKED_ASIDE.search(text) or _WANTED_ASIDE.search(text))
        text = _WANTED_ASIDE.sub("", _ASKED_ASIDE.sub("", text)) if asked else text
    parts = sentences(text)
    # Notes to yourself ("She asked to see one.") are not said to them.
    asked = asked or any(re.match(r"(?:she|he|they)\s+(?:asked|wanted)\s+(?:to see|for)\b", p,
                                  re.IGNORECASE) for p in parts[1:])
    parts = [p for i, p in enumerate(parts) if i == 0 or not _TO_SELF.match(p)]
    if not spanish:
        parts = [re.sub(r"\b(if|when|once) they\b", r"\1 you", re.sub(  # "if they move on"
            r"\btheirs\b", "yours", re.sub(r"\btheir\b", "your", p))) for p in parts]
    head = _strip_tail(parts[0]) if parts else text
    rest = " ".join(parts[1:])
    stripped = (_PROMISE_ES if spanish else _PROMISE_EN).sub("", head)
    if spanish:
        body = stripped if stripped != head else head
        if re.match(r"^(?:yo|le|me|he|voy|te)\b", body, re.IGNORECASE):
            return _restore(_sentence(head) + (" " + rest if rest else ""), kept)
        return _restore(_promise(body[0].lower() + body[1:], True, tu)
                        + (" " + rest if rest else ""), kept)
    due = _OWED.match(stripped)
    if due:
        rest = re.sub(r"\bI said I['’]?d\b", "I'll", rest)
        rest = re.sub(r"\bsaid I['’]?d\b", "I'll", rest)
        answer = re.match(r"What I should have (?:said|answered|mentioned)\s*(?::|is that|was)"
                          r"\s*(.+?[.!])\s*(.*)$", rest)
        if answer and due[1]:
            return _restore(f"On {due[1]}, here is the better answer I owed you: "
                            f"{answer[1]} {answer[2]}".strip(), kept)
        return _restore(f"I also owe you {stripped[0].lower()}{stripped[1:]}. {rest}".strip(),
                        kept)
    # "My write-up is at …" says itself; "My night-audit checklist …" is a thing to send
    if re.match(r"^(?:i|we|my)\b", stripped, re.IGNORECASE) and stripped == head and not (
            re.match(r"my\b", stripped, re.IGNORECASE) and not _has_verb(stripped)):
        return _restore(" ".join(_sentence(p) for p in parts), kept)
    thing = stripped[0].lower() + stripped[1:] if stripped[:1].isupper() and not _is_acronym(
        stripped.split()[0]) else stripped
    invite = " I'd be glad to hear what you think." if asked and not rest else ""
    return _restore(_promise(thing, False, promised=asked or bool(_PROMISED.search(value)))
                    + (" " + rest if rest else "") + invite, kept)


# The reason jotted after a comma ("…, she asked for a copy", "…, you'd like to see them").
# A reminder to yourself in brackets ("(generic, no company data)"): true, but a note to
# you, not a phrase of the sentence they read.
_NOTE_ASIDE = re.compile(r"\s*\((?:[^()]*,[^()]*|no [^()]*|nothing [^()]*|(?:generic|"
                         r"anonymi[sz]ed|redacted|sanitized|scrubbed)[^()]*)\)", re.IGNORECASE)
_ASKED_ASIDE = re.compile(r"[,;]\s+(?:she|he|they|you)\s+asked\s+"
                          r"(?:if I could send (?:it|them|one)|to see (?:it|them|one)|"
                          r"for (?:a copy|it|them|one|a look|that)"
                          r"(?:\s+to\s+[^.;]+)?)\s*\.?\s*$", re.IGNORECASE)
_WANTED_ASIDE = re.compile(r"[,;]\s+(?:she|he|they|you)\s*(?:['’]d| would)?\s+(?:like|wanted)\s+"
                           r"(?:to see|a copy|a look)\b[^.;]*\.?\s*$", re.IGNORECASE)


_PROMISED = re.compile(r"\b(?:promised|said I['’]?d|offered|I['’]ll|I will|told (?:her|him|them) "
                       r"I['’]?d)\b", re.IGNORECASE)


# A sentence of a follow-up written for yourself: about the reader in the third person, or
# telegraphic first person with no subject ("Offered to send it.", "Said I'd send a copy.").
_TO_SELF = re.compile(
    r"^(?:(?:she|he|they|[A-Z][a-z]+)\s+(?:\w+ly\s+)?(?:asked|wanted|wants|said|mentioned|"
    r"requested|seemed|liked|loved|was|is|would|will|might)\b|(?:offered|said|promised|told|"
    r"mentioned|agreed|asked|will|to)\b|(?:I\s+)?(?:offered|promised)\s+to\s+send\b|"
    r"I\s+said\s+I['’]?d\s+send\b)", re.IGNORECASE)


_OWED = re.compile(r"^(?:a|an|my|the)\s+better answer(?:\s+(?:on|to|about)\s+(.+))?",
                   re.IGNORECASE)


def _promise(thing: str, spanish: bool, tu: bool = False, promised: bool = True) -> str:
    if spanish:
        return f"Como te prometí, te enviaré {thing}." if tu else (
            f"Como le prometí, le enviaré {thing}.")
    said = "As promised, " if promised else ""
    if "](" in thing or "\x00" in thing:
        thing = re.sub(r"(\x00\d+\x01)\s*\([^()]*\)", r"\1", thing)  # a note on the link
        return f"{said}here is {thing}." if promised else f"Here is {thing}."
    return f"{said}I'll send you {thing}." if promised else f"I'll send you {thing}."


def own_sentence(value: str) -> str:
    """A sentence you wrote yourself (`fit`), with its capital and full stop."""
    return _sentence(with_subject(" ".join(value.split())))


def about_them(text: str, names: Sequence[str]) -> str:
    """Your own words (`note`, `fit`) in the note to the person they speak of: she/he and
    their name as the subject of a sentence become you ("Camille told me" -> "You told me")."""
    known = [re.escape(n) for n in names if n and n[:1].isupper()]
    if known:
        text = re.sub(rf"(^|[.!?]\s+)(?:{'|'.join(known)})(?=\s+[a-z])", r"\1You", text)
    return "\n".join(to_second_person(line, names) for line in text.split("\n"))

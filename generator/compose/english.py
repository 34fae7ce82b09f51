"""English rules of phrasing: questions to embedded clauses, lead-ins dropped, persons turned
toward the reader, statements made topics; your highlights and rapport are english_own.py's.
Verb forms come from lexicon.py, a small table of our own (see there for why no library).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .english_own import _highlight, _rapport
from .lexicon import (
    AUXILIARIES,
    DETERMINERS,
    SUBJECT_PRONOUNS,
    WH,
)
from .persons import to_second_person, to_third_person, you_to_me
from .questions import (
    _finite_verb,
    _verb_base,
    embed_question,
)
from .text import (
    Placed,
    _bare,
    _drop_label,
    _lower_first,
    _normalise_case,
    _sentence,
    _strip_tail,
    sentences,
)

_ASKED_ME = re.compile(
    r"^(?:(?:they|he|she|the panel|interviewer)\s+asked(?:\s+me)?(?:\s*:\s*|\s+)"
    r"|tell me about\s+|walk me through\s+|talk me through\s+)(?:about\s+)?", re.IGNORECASE)


_SPEECH = (r"(?:asked|told|explained|mentioned|shared|described|pitched|brought up|raised|"
           r"talked|talked a lot|chatted|spoke|discussed|covered|compared notes|went deep|"
           r"went over|got into|dug into|dove into|touched|walked|walked through|"
           r"spent (?:most of |much of |a lot of |half )?(?:the |our )?(?:time|hour|interview)|"
           r"kept coming back|learned a lot|learnt a lot|was curious|wanted to know|"
           r"showed|said|thinks|think|agreed|traded|gave|got)")


_LEAD_IN = re.compile(
    r"^(?:(?:i|we|she|he|they)(?:['’]d)?\s+(?:also\s+|then\s+)?)?" + _SPEECH
    + r"(?:\s+(?:me|him|her|them|us))?"
    r"(?:\s+(?:a lot|most of the time|briefly|quite a bit|at length))?"
    r"(?:\s*(?::|about|abt|on|of|into|through|thru|over|re:?|that|to))?\s+", re.IGNORECASE)


# A lead-in verb with no subject and no "about"/"on"/":" after it, that reads as an adjective
# before a noun: the value names a thing ("shared governance", "raised floors").
_ADJECTIVE_NOT_LEAD = re.compile(r"(?:shared|covered|raised|touched|walked|got|gave|said|agreed|"
                                 r"traded|showed|pitched|described)\s+$", re.IGNORECASE)

_IF = re.compile(r"^if\b", re.IGNORECASE)


_EXERCISES = {"case", "case study", "scenario", "methods scenario", "system design",
              "design exercise", "exercise", "live debugging", "role play", "roleplay",
              "take-home", "whiteboard", "coding exercise", "presentation"}


# What they want or believe: "she wants supervisors who can read a game" is said as a clause.
_WANTS = re.compile(r"(?:she|he)\s+(?:wants?|thinks?|believes?|prefers?|expects?|hopes?|needs?|"
                    r"likes?)\s", re.IGNORECASE)


def answer_apart(text: str) -> str:
    """"he asked about the fog night, I told him about …": your answer, its own sentence."""
    if not re.match(r"(?:she|he|they)\s+(?:asked|wanted to know)\b", text, re.IGNORECASE):
        return text  # "When she asked about the gap, I explained …": one sentence of yours
    return re.sub(r",\s+(?=I (?:told|said|answered|explained|described|walked)\b)", ". ", text)


def _statement(text: str) -> str | None:
    """A statement as a topic: 'The unit is moving to X' -> 'the unit moving to X'; other
    statements as 'how …'. None when the text does not read as a statement."""
    words = text.split()
    if len(words) < 3:
        return None
    first = _bare(words[0]).casefold()
    if first in WH or first in ("whether", "if"):
        return None
    end = _finite_verb(words)
    if _WANTS.match(text):
        return None  # "she wants supervisors who …": what they want, said as a clause
    if first in ("they", "she", "he", "we", "it", "there") and end >= len(words):
        return "how " + _lower_first(text, frozenset())  # "they still dose vancomycin …"
    verb = _bare(words[end]).casefold() if end < len(words) else ""
    if end >= len(words) or end == 0:
        return None
    subject = [_bare(w).casefold().split("'")[0] for w in words[:end]]
    if end > 5 or any("," in w for w in words[:end]) or (len(subject) > 1 and any(
            w in SUBJECT_PRONOUNS | {"who", "which", "that", "i"} for w in subject[1:])):
        return None  # a verb inside a long or relative noun phrase: a topic after all
    if verb in ("is", "are", "was", "were") and end + 1 < len(words):
        nxt = _bare(words[end + 1]).casefold()
        if nxt.endswith("ing"):
            return " ".join([*words[:end], *words[end + 1:]])
        return "how " + _lower_first(text, frozenset())
    if verb in AUXILIARIES or _verb_base(verb) is not None:
        return "how " + _lower_first(text, frozenset())
    return None


def _reduce_english(text: str, field: str) -> tuple[str, bool, str]:
    """A lead-in dropped ("I asked about", "We talked about", "She said"). Returns the rest,
    whether the question was put to the candidate, and the shape."""
    fronted = re.match(r"^((?:on|in|for|during|after|about)\s[^,]{3,40}?),?\s+(?=(?:she|he|they|"
                       r"i|we)\s+(?:asked|said|told|explained)\b)", text, re.IGNORECASE)
    if fronted and field == "discussion_points":
        rest, asked, shape = _reduce_english(text[fronted.end():], field)
        if rest != text[fronted.end():]:
            return f"{rest} {fronted[1][0].lower()}{fronted[1][1:]}", asked, shape
    asked_me = False
    shape = "topic"
    match = _ASKED_ME.match(text)
    if match:
        asked_me = True
        shape = "question"
        text = text[match.end():]
    match = _LEAD_IN.match(text)
    if match and _ADJECTIVE_NOT_LEAD.fullmatch(match[0]) and not re.match(
            r"(?:the|a|an|her|his|their|my|our|some|how|what|why|with)\b", text[match.end():],
            re.IGNORECASE):
        match = None  # "shared governance", "covered parking": a topic, not "she shared …"
    if match and field == "discussion_points":
        lead = match[0].casefold()
        rest = text[match.end():]
        if rest:
            shape = "first-person" if lead.startswith("i") else (
                "we" if lead.startswith(("we", "talked", "chatted", "discussed", "spent", "went",
                                         "compared")) else "third-person")
            if re.search(r"\b(?:asked|wanted to know)\b", lead) and re.search(
                    r"\b(?:she|he|they)\b", lead.split("asked")[0]):
                asked_me = True  # "He asked how I'd handle…": his question to me
            if lead.rstrip().endswith("that") or re.search(r"\b(?:said|thinks|think)\s*$",
                                                           lead.rstrip()):
                rest = _statement(rest) or (rest if _WANTS.match(rest) else "how " + rest)
            text = rest
    text = _IF.sub("whether", text)
    return text, asked_me, shape


def _english(text: str, field: str, to_self: bool, names: Sequence[str],
             proper: frozenset[str], period: bool) -> Placed:
    more: tuple[str, ...] = ()
    if field == "discussion_points":
        text = answer_apart(text)
        parts = sentences(text)
        if len(parts) > 1:
            text, more, period = parts[0], tuple(parts[1:]), True
    placed = _english_head(text, field, to_self, names, proper, period)
    return Placed(placed.phrase, placed.sentence, placed.shape, placed.more or more)


def _english_head(text: str, field: str, to_self: bool, names: Sequence[str],
                  proper: frozenset[str], period: bool) -> Placed:
    text, label = _drop_label(text)
    trade = label in ("trade-offs", "tradeoffs", "pros/cons", "pros and cons")
    if label in ("same hometown", "same town", "same city") and field == "rapport":
        return Placed(f"we share a hometown ({text})", None, "fragment")
    text = _normalise_case(text, proper)
    asked_me = bool(label) and label in ("they asked me", "he asked me", "she asked me",
                                         "asked me")
    original = text
    text, asked, shape = _reduce_english(text, field)
    asked_me = asked_me or asked
    if asked_me and shape in ("first-person", "third-person", "topic"):
        shape = "asked"
    quoted = re.fullmatch(r"[\"“](.+?)[\"”]", text.strip())
    if quoted:
        text = quoted[1]

    if label in _EXERCISES and field == "discussion_points":
        inner = _english_head(text, field, to_self, names, proper, False)
        if inner.phrase is not None:
            return Placed(f"the {label} ({inner.phrase})", None, "label")
    if label == "pros/cons" or text.casefold().startswith("pros/cons"):
        text = re.sub(r"^pros/cons\b", "the pros and cons", text, flags=re.IGNORECASE)
    if trade:
        text = "the trade-offs between " + re.sub(r"\s+vs\.?\s+", " and ", text)
    if field == "highlights":
        return _highlight(text, proper)
    if field == "rapport":
        return _rapport(text, to_self, names, proper)
    is_question = original.rstrip().endswith("?") or text.rstrip().endswith("?")
    embedded = embed_question(text) if is_question or _looks_like_question(text) else None
    if embedded is not None:
        text = embedded
        shape = "asked" if shape == "asked" else "question"
    elif is_question and text.split() and _bare(text.split()[0]).casefold() in AUXILIARIES:
        # "Is the EHR Epic?" where the rules cannot put "is" back: no phrase rather than
        # "about is the EHR Epic"
        return Placed(None, None, "question")
    elif shape == "topic" and ((re.match(r"^[A-Z]", original) and period) or re.match(
            r"^(?:they|she|he|we|it|there)(?:['’](?:re|s|ve))?\s", original, re.IGNORECASE)):
        text = _statement(_strip_tail(text)) or text
        shape = "statement" if text != original else shape
    if shape in ("first-person", "third-person") and re.search(
            r",? and (?:she|he|they) (?:said|told me|explained)\b", text):
        # Two people's words in one value: it stays a sentence of its own.
        sentence = to_second_person(_strip_tail(original), names) if to_self else original
        return Placed(None, _sentence(sentence), "first-person")
    text = text.replace(";", " and") if re.fullmatch(r"[^;]+; [^;]+", text) and len(
        text.split()) < 8 else text
    text = re.sub(r"\s+-\s+(?=and\b)", ", ", text)
    text = re.sub(r"\.\.\.\s*|…\s*", " ", text)
    text = re.sub(r"\s+(?:lol|haha)\b", "", text)
    if asked_me:
        text = you_to_me(text)
    elif to_self:
        text = to_second_person(text, names)
    else:
        text = to_third_person(text)
    text = re.sub(r"\babt\b", "about", text)
    return Placed(_lower_first(_strip_tail(" ".join(text.split())), proper), None, shape)


def _looks_like_question(text: str) -> bool:
    words = text.split()
    if len(words) < 2:
        return False
    first = _bare(words[0]).casefold()
    second = _bare(words[1]).casefold().replace("’", "'")
    if first in ("is", "are", "does", "do", "can", "will", "has") and (
            second in SUBJECT_PRONOUNS or second in DETERMINERS):
        return True
    return first in WH and (second in AUXILIARIES or first in ("what's", "how's", "who's"))

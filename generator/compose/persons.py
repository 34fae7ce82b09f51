"""Persons turned toward the reader: she/he/they become you in the note to that person, you
becomes singular they in a note that speaks of them to someone else, and a question put to
you is said in your own words. Used by phrasing (values), voice (your own notes) and gist.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..input.models import Interviewer
from .lexicon import ADVERBS, PREPOSITIONS, VERBS
from .questions import _match_case, _verb_base, base_of_third
from .text import _bare

_THIRD_TO_YOU = {"she": "you", "he": "you", "her": "your", "his": "your", "him": "you",
                 "hers": "yours", "herself": "yourself", "himself": "yourself",
                 "she's": "you are", "he's": "you are", "she'd": "you'd", "he'd": "you'd",
                 "she'll": "you'll", "he'll": "you'll"}


_PERSONAL_NOUNS = ("view", "views", "take", "advice", "story", "stories", "tips", "idea",
                   "ideas", "point", "points", "thoughts", "perspective", "tour", "question",
                   "questions", "approach", "experience", "work", "team", "team's", "career",
                   "background", "move", "book", "rfc", "talk", "answer", "framework",
                   "philosophy", "method", "sepsis", "classroom", "opinion", "feedback")


_HONORIFIC = r"(?:Dr|Mr|Mrs|Ms|Mx|Prof)"  # before a name: "Dr. Whitlow", "Dr. Patel's"


def names_of(person: Interviewer) -> list[str]:
    """The words a note may call them by: their name's and their salutation's."""
    return [*person.name.split(), *person.salutation.split()]


def to_second_person(text: str, names: Sequence[str] = (), *, they: bool = False) -> str:
    """Words about the recipient, in the note to them: her/his (and, for `they`, singular
    they) become your, she/he you, with the verb made to agree ("she runs" -> "you run")."""
    # "Dr. Patel's take", "Priya's view": a person's possessive, read as theirs.
    honorific = _HONORIFIC + r"\.?\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s\b"
    text = re.sub(honorific, "your", text)
    known = [re.escape(n) for n in names if n]
    if known:
        text = re.sub(rf"\b(?:{'|'.join(known)})['’]s\b", "your", text)
    if not known:  # who they are is not known: a name's view, advice or story is theirs
        text = re.sub(r"\b[A-Z][a-z]+['’]s\s+(?=(?:" + "|".join(_PERSONAL_NOUNS) + r")\b)",
                      lambda m: "your " if not _KNOWN_NOT_PERSON(m[0]) else m[0], text)
    words = text.split(" ")
    pronouns = dict(_THIRD_TO_YOU)
    # "He taught there; my mother taught there too, and he remembered her": the reader is
    # whoever the first pronoun names, and the other's pronouns are someone else's
    first = re.search(r"\b(?:(she|her|hers|herself)|he|him|his|himself)\b", text, re.IGNORECASE)
    if first:
        pronouns = {k: v for k, v in pronouns.items()
                    if (k.startswith(("she", "her")) if first[1] else not k.startswith(
                        ("she", "her")))}
    if they:
        pronouns.update({"they": "you", "their": "your", "them": "you", "theirs": "yours",
                         "themselves": "yourself", "they're": "you're", "they've": "you've"})
    out: list[str] = []
    agree = False
    other = False  # someone else named in this sentence ("Dr. Whitlow … before she retired")
    kin = False  # a relative of theirs named: "her", "his" after it are the relative's
    for index, word in enumerate(words):
        if re.fullmatch(_HONORIFIC + r"\.?", word) and index + 1 < len(words) and (
                _bare(words[index + 1]) not in names):
            other = True
        elif other and re.search(r"[.!?]$", word) and not re.fullmatch(
                _HONORIFIC + r"\.", word):
            other = False
        lead = re.match(r"^[^\w\x00]*", word)
        trail = re.search(r"[^\w']*$", word)
        pre = lead[0] if lead else ""
        post = trail[0] if trail else ""
        core = word[len(pre):len(word) - len(post)] if post else word[len(pre):]
        lower = core.casefold().replace("’", "'")
        if lower == "their" and index == 0 and not they:
            out.append(pre + _match_case(core, "your") + post)  # "their take on …"
            continue
        relative = kin and lower in ("her", "him", "his", "hers")
        if kin and re.search(r"[.!?;]$", word):
            kin = False  # the sentence that named them ends here
        if relative:
            out.append(word)
            continue
        if lower in ("herself", "himself") and not any(
                _bare(w).casefold() in ("she", "he", "she's", "he's") for w in words[:index]):
            out.append(word)  # "the lead covers the registration herself": the lead
            continue
        if lower in pronouns and other and lower in ("she", "he", "her", "him", "his", "hers"):
            out.append(word)  # the person just named, not the reader
            agree = False
            continue
        if lower == "they" and index + 2 < len(words) and _bare(words[index + 2]).casefold() \
                == "you":
            out.append(word)  # "the video they make you watch": whoever sets the rules
            continue
        if lower in pronouns:
            new = pronouns[lower]
            nxt = _bare(words[index + 1]).casefold() if index + 1 < len(words) else ""
            # an inflected verb after it ("his runs"), not a noun that is also a verb ("his ship")
            if lower in ("his", "hers") and (not nxt or (nxt != _verb_base(nxt) and _verb_base(
                    nxt) in VERBS) or nxt in ("is", "was", "has")) and (
                    nxt not in _BEFORE_A_NOUN):  # "his last manager" is "your last manager"
                new = "yours"  # "his runs on three ThinkPads"
            elif lower in ("she's", "he's", "she’s", "he’s") and (
                    nxt in ("had", "been", "got", "done", "seen", "made", "taken", "run", "lost")
                    or (nxt.endswith("ed") and nxt not in ("based", "tired", "interested"))):
                new = "you've"  # "she's had two stress fractures": has, not is
            elif lower == "her" and (not nxt or nxt in PREPOSITIONS or nxt in (
                    "and", "how", "that", "what", "a", "an", "the", "so", "very", "too",
                    "when", "where", "why", "whether", "if", "who")  # "telling her when …"
                    or (index + 1 < len(words) and _bare(words[index + 1]) in (
                        "I", "we", "my", "our", "me", "it"))  # "I told her I keep …", not "her IT"
                    or "," in word or "." in word):
                new = "you"
            out.append(pre + _match_case(core, new) + post)
            agree = lower in ("she", "he", "they") or (they and lower == "they")
            continue
        if agree:
            if lower in ADVERBS:
                out.append(word)
                continue
            base = base_of_third(lower)
            # a word right after "she"/"he" is its verb, even one the table lacks ("surfs")
            if lower != base and (lower in ("is", "has", "does", "was", "isn't", "hasn't",
                                            "doesn't", "wasn't") or base in VERBS or (
                    lower.replace("-", "").isalpha()  # "she color-codes" -> "you color-code"
                    and not lower.endswith(("ss", "us", "is")))):
                core = base
            agree = False
            out.append(pre + core + post)
            continue
        if lower in _RELATIVES and out and out[-1].casefold() == "your":
            kin = True  # "his daughter is in her second year": her year is the daughter's
        out.append(word)
    return " ".join(out)


_BEFORE_A_NOUN = frozenset({"last", "own", "first", "next", "old", "new", "former", "current",
                            "best", "second", "third", "whole", "early", "late"})


# Someone of the reader's named by relation: the she/he/her after it, in that sentence, is them.
_RELATIVES = frozenset({"daughter", "son", "wife", "husband", "mother", "father", "mom", "dad",
                        "sister", "brother", "partner", "kid", "boss", "mentor", "grandson",
                        "granddaughter", "niece", "nephew"})


def _KNOWN_NOT_PERSON(text: str) -> bool:
    return text.split("'")[0].split("’")[0].casefold() in {"today", "year", "company", "team",
                                                            "unit", "school", "hospital"}


def to_third_person(text: str) -> str:
    """Second person about someone, in a note to another person: singular they."""
    words = text.split(" ")
    out = []
    for index, word in enumerate(words):
        bare = _bare(word).casefold()
        swap = {"your": "their", "yours": "theirs", "yourself": "themselves",
                "you're": "they're", "you've": "they've", "you'd": "they'd",
                "you'll": "they'll"}.get(bare)
        if bare == "you":
            prev = _bare(words[index - 1]).casefold() if index else ""
            swap = "them" if prev in PREPOSITIONS or (prev in VERBS and prev not in (
                "do", "did", "does")) else "they"
        if swap:
            word = re.sub(re.escape(_bare(word)), _match_case(_bare(word), swap), word, count=1)
        out.append(word)
    return " ".join(out)


def you_to_me(text: str) -> str:
    """A question put to the candidate, in the candidate's words: you -> I, your -> my."""
    def swap(match: re.Match[str]) -> str:
        word = match[0]
        before = text[max(0, match.start() - 12):match.start()].casefold()
        if word.casefold() == "you" and re.search(  # "for you", "told you": the object, me
                r"\b(?:for|to|with|about|at|from|of|by|told|asked|give|show|tell|"
                r"help|let|make|[a-z]+(?<!\bi)s|[a-z]+ed)\s+$", before):  # "asks you": me
            return "me"
        new = {"you": "I", "your": "my", "you'd": "I'd", "you're": "I'm", "you've": "I've",
               "yourself": "myself", "you'll": "I'll"}[word.casefold().replace("’", "'")]
        return new
    return re.sub(r"\b(?:you['’](?:d|re|ve|ll)|yourself|your|you)\b", swap, text,
                  flags=re.IGNORECASE)

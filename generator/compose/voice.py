"""What in your notes is for you alone, and words turned toward the person a note is to.

People write their notes for themselves: "Very direct, I liked her a lot", "I think she was
testing whether …", "She laughed about it, but it's clearly why she wants …", "she said
'that's the job'", "I rambled". None of that is sent back to the person it describes
(`private`). What is said to them speaks to them: she/he become you, the verb agreeing ("she
still thinks" -> "you still think"); "they" and "their" meaning their own team become you and
your ("the 200-seat deal they lost" -> "the deal you lost"), but not where they mean people
named before ("Paying participants …: their benefits"); "in her words" goes (`for_reader`).

A base module of compose: it imports english.py and text.py only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from .lexicon import PAST_TO_BASE, VERBS
from .persons import to_second_person
from .text import _bare, _words

# "drew", "wrote", "spoke": a past tense that no suffix shows
_IRREGULAR_PAST = "|".join(sorted(p for p in PAST_TO_BASE if p.isalpha()))

# --- what stays with you ---------------------------------------------------------------------

_PRIVATE_EN = re.compile(
    r"\bI (?:really |also )?(?:liked|loved|adored|disliked|hated|clicked with)\b"
    r"|\bvery (?:direct|nice|smart|sharp|warm|friendly|intense|cold|blunt|funny|kind|sweet)\b"
    r"|\b(?:she|he|they)(?:['’]s| is| was| seemed| seems| looked)\s+(?:\w+ly\s+)?(?:nice|smart|"
    r"sharp|lovely|great|awesome|intense|cold|tired|annoyed|stressed|skeptical|sceptical|"
    r"impatient|distracted|friendly|funny|blunt|direct|nervous|rushed|bored|grumpy|upset|"
    r"still annoyed|frustrated)\b"
    r"|\btells it well\b|\b(?:a )?good storyteller\b|\bhit it off\b"
    r"|\bI think (?:she|he|they)\b|\bI (?:suspect|guess|bet|sense)\b|\bclearly\b|\bobviously\b"
    r"|\b(?:was|were) testing\b|\bwanted to see (?:if|whether)\b|\bhonestly\b"
    r"|\b(?:laughed|sighed|rolled (?:her|his|their) eyes|winced)\b"
    r"|\b(?:she|he|they) (?:liked|loved|hated) (?:that|it|how)\b"
    r"|\b(?:she|he|they) (?:said|says|told me|answered|replied)\b(?! me about)"
    r"|\b(?:was|were) candid that\b|\badmitted\b"
    r"|\b(?:started|began) (?:out )?as\b|\bused to (?:be|work)\b|\bgrew up\b|\bwas born\b"
    r"|\bI (?:rambled|blanked|froze|stumbled|panicked|choked)\b|\bnot my best\b"
    r"|\bwhich I appreciated\b|\bI appreciated (?:that|it)\b|\bwe ended up\b"
    r"|^\s*(?:nice|lovely|great|smart|sharp|kind|intense|direct)\b", re.IGNORECASE)


@lru_cache(maxsize=1024)  # a point is read twice: -8% instructions (batch), -3% (real notes)
def private(sentence: str) -> bool:
    """Whether a sentence of your notes is for you alone: your feelings about the person,
    their motives, moods or words read back, their biography, your own performance."""
    return bool(_PRIVATE_EN.search(sentence)) or _quoted_reply(sentence)


def _quoted_reply(sentence: str) -> bool:
    """A quotation that is their whole answer ("Badly, at the moment.")."""
    return bool(re.fullmatch(r"\s*[\"“][^\"”]+[\"”]\s*[.!]?\s*", sentence))


# --- the reader's voice ----------------------------------------------------------------------

_ASIDE = re.compile(r",?\s*\(?\b(?:in (?:her|his|their|your) (?:own )?words|as (?:she|he|they|"
                    r"you) put it|(?:her|his|their|your) words)\b\)?", re.IGNORECASE)

_NOT_PLURAL = _words("""
    always perhaps sometimes across various process series analysis business news status bus
    gas plus yes less unless this its his hers was has does is us thus whereas campus focus
    virus bonus census chaos canvas basis crisis thesis axis lens atlas
""")


def is_plural(word: str) -> bool:
    bare = _bare(word).casefold()
    return (bare in ("people", "children", "men", "women", "kids", "staff", "folks")
            or (len(bare) > 3 and bare.endswith("s") and not bare.endswith(("ss", "us", "is"))
                and bare not in _NOT_PLURAL and not word[:1].isupper()))


def their_team(value: str) -> bool:
    """Whether "they" and "their" in a point mean the reader's own team: yes unless a plural
    noun comes before the first of them in its sentence ("Paying participants …: their
    benefits"). A verb after she/he ("she gets"), a word after "every" or "each", and a
    possessive are no plural nouns."""
    for sentence in re.split(r"(?<=[.!?])\s+", value):
        words = sentence.split()
        plural = False
        for index, word in enumerate(words):
            bare = _bare(word).casefold().replace("’", "'")
            if bare in _THEY:
                return not plural
            if bare in ("how", "what", "why", "whether"):
                plural = False  # "AAUS standards and how their board works": a new clause
            before = _bare(words[index - 1]).casefold() if index else ""
            if bare.endswith("'s") or before in ("she", "he", "it", "every", "each", "who",
                                                 "that", "which") or bare[:-1] in VERBS:
                continue  # "every seasonal item gets …": a verb, not a plural noun
            if is_plural(word):
                plural = True
    return True


_THEY = {"they": "you", "their": "your", "they're": "you're", "they've": "you've",
         "they'd": "you'd", "they'll": "you'll", "theirs": "yours", "themselves": "yourselves"}


def for_reader(text: str, names: Sequence[str] = (), *, team: bool = True) -> str:
    """Words about the reader, in the note to them: she/he become you (the verb agreeing),
    "in her words" goes, and where `team` ("they" means their own team, see `their_team`)
    they/their become you/your. "Them" is left alone: it is rarely the team."""
    text = _ASIDE.sub("", text)
    if team:
        def swap(match: re.Match[str]) -> str:
            new = _THEY[match[0].casefold().replace("’", "'")]
            return new.capitalize() if match[0][:1].isupper() else new
        text = re.sub(r"\b(?:they['’](?:re|ve|d|ll)|they|their|theirs|themselves)\b", swap, text,
                      flags=re.IGNORECASE)
    return to_second_person(text, names)


def written_for_you(note: str, names: Sequence[str]) -> bool:
    """Whether a `note` speaks of its reader in the third person, as the subject of what
    they did ("Camille told me …", "She laughed …", "Very direct, I liked her a lot"): it was
    written for you, not to them, and is not pasted into the note to them as it stands. A
    note that speaks to them ("Your story … stayed with me, Søren.") is theirs."""
    # their name as jotted, capital or not ("rebecca drew the catchment …")
    known = ["(?i:" + re.escape(n) + ")" for n in names if n[:1].isupper() and len(n) > 2]
    # "she" in a note that speaks to them ("What you said … and to help Claire when she is
    # ready") is someone else; only their name, or "she" in a note with no "you", is them
    to_them = re.search(r"\b(?:you|your|usted|tú|te|tu)\b", note, re.IGNORECASE)
    # "She was honest …" opens a sentence with a capital: the pronouns in either case
    subject = "|".join([*known, *(() if to_them else ("[Ss]he", "[Hh]e", "[Ee]lla", "[ÉéEe]l"))]
                       ) or "(?!)"
    acts = re.search(rf"\b(?:{subject})\s+(?:\w+ly\s+)?(?:[a-z]+ed|[a-z]+s|told|said|was|is|"
                     r"had|did|ran|took|made|gave|knew|thought|found|spent|got|went|came|"
                     r"me|le|lo|la|" + _IRREGULAR_PAST + r")\b", note)
    # "his story about the windchest": theirs, in the third person, where nothing is "you"
    liked = re.search(r"\b(?:[Hh]er|[Hh]im|[Hh]is)\b", note) and not re.search(
        r"\b(?:you|your)\b", note, re.IGNORECASE)
    return bool(acts or liked)


_PRIVATE_ES = re.compile(
    r"\b(?:me ca(?:e|yó) (?:muy )?bien|maj[oa]|simpátic[oa]|encantador[a]?|muy direct[oa]|"
    r"creo que|se nota que|seguro que|lo cuenta con|con mucha gracia|se ve que|parece que|"
    r"me pareció|está hart[oa]|estaba molest[oa]|se rió|me dijo que|dijo que|nació|creció|"
    r"empezó como|acabamos hablando|no fue mi mejor|me enrollé|me puse nervios[oa]|"
    r"sinceramente|la verdad es que)\b", re.IGNORECASE)


def private_es(sentence: str) -> bool:
    """A sentence of your notes for you alone (see `private`), in Spanish."""
    return bool(_PRIVATE_ES.search(sentence))


def private_sentences(note: str, language: str = "en") -> list[str]:
    """The sentences of a note written for you that stay out of the draft: your feelings
    about them, their moods, motives and words, and sentences that lean on what came before
    ("That is how I worked at Ledgerly, and I said so.")."""
    from .text import sentences

    is_private = private_es if language.lower().startswith("es") else private
    return [s for s in sentences(" ".join(note.split()))
            if is_private(s) or re.match(r"(?:I|That|This|It|Yo|Eso|Esto)\b", s)]

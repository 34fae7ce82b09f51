"""Where a tone phrasing's match means something else: the offer presumed only as a hope, a
record or readiness, or on someone else's first day; a date the writer sets for their own
work, not for them. tone.py asks these before it names a concern.

Each pattern is compiled on first use: most runs that import the checks never read a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from .deadlines import asked_freely
from .impatience import NEWS_SINCE


def _lazy(pattern: str, flags: int = 0) -> Callable[[], re.Pattern[str]]:
    return cache(lambda: re.compile(pattern, flags))


_HEDGE = _lazy(r"\b(?:if|whether|would(?! you)|could(?! you)|might|hope|hoping|wish|"
               r"asked|possibility|chance|should i be|were i)\b|'d\b")
# "the possibility of working with you" hopes; "working with you" alone presumes.
_HOPING = _lazy(r"(?:possibility|chance|prospect|opportunity|hope|hoping|hoped|if|would "
                r"love|'d love|would like|'d like) (?:of|to|that I might)?\s*(?:be )?"
                r"(?:\w+ )?$", re.IGNORECASE)
# The writer's start hoped for, not arranged: "if I'm offered the role, I'd plan my start
# around the term" (a question about meeting, "could we find a time to …", hedges nothing).
_IF_OFFERED = _lazy(r"\b(?:if|once|should|when|were) (?:i|i'm|i am|i was|i were)\b|"
                    r"\b(?:hope|hoping|possibility|chance|prospect|would love|'d love)\b")
# "My first quarter" said of a past job is a record, not the writer presuming this one: "at
# my last company I closed three deals in my first month", "finished my first quarter at
# 140% of quota".
_FIRST = _lazy(r"(?:on|for|before|by|during|in) my first|my first")
_RECORD = _lazy(
    r"\b(?:at|with|in|for|from) (?:my |a |the )?(?:last|previous|former|current|old|prior|"
    r"present|past) (?:\w+ )?(?:job|role|company|employer|firm|team|post|position|workplace|"
    r"clinic|school|hospital|practice)s?\b|\bprevious employers?\b|\b(?:19|20)\d\d\b|"
    r"(?<!\bam )(?<!'m )(?<!\bbe )(?<!\bso )(?<!\bvery )(?<!\breally )(?<!\bfeel )(?<!\bget )"
    # (What the note holds is no record: "I have attached my certificates, and I can bring the
    # originals on my first day", holdout9's class.)
    r"(?<!\bare )(?<!\bis )(?<!\bwill )(?<!\bto )\b(?!(?:attach|enclos|includ)ed\b)"
    r"(?:[a-z]{3,}ed|was|were|had|did|took|went|"
    r"spent|made|got|led|ran|cut|won|built|rebuilt|began|became|brought|grew|sold|wrote|hit|"
    r"beat|met|kept|found|left|joined)\b(?! (?:to|for|about|that) )")
# "From day one" said of what the writer can do is readiness, not the writer in the job: "I
# can support that from day one", "ready to contribute from the first day".
# So is how soon the writer would be up to speed (holdout8's class): "confident I will be fully
# productive with it within my first weeks".
_READY = _lazy(r"\b(?:can(?!'t|not)|could|able to|ready to|prepared to|equipped to|"
               r"capable of|(?:would|'d|will|'ll) be (?:\w+ )?(?:productive|up to speed|"
               r"comfortable|effective|fluent|proficient|contributing|independent))\b"
               r"[^.!?]{0,60}\b(?:from (?:day (?:one|1)|the (?:very )?first day)|(?:within|in|"
               r"during|by the end of) my first(?: few| couple of)? (?:day|week|month))$")
# The same readiness anywhere in a sentence the learnt model reads as presuming, the first
# weeks or month too (holdout14's class): "In my job at … I prepared them every week, so I
# think I can help to reduce those delays from the first month."
_READY_IN = _lazy(r"\bi\b[^.!?]{0,25}?\b(?:can(?!'t|not)|could|able to|ready to|prepared to|"
                  r"equipped to|capable of)\b[^.!?]{0,60}\b(?:from (?:day (?:one|1)|the (?:very )?"
                  r"first (?:days?|weeks?|months?))|(?:within|in|during|by the end of) (?:my|the) "
                  r"first(?: few| couple of)? (?:days?|weeks?|months?))\b")
_AHEAD = _lazy(r"\b(?:will|'ll|shall|going to|gonna|would|'d|plan|planning|hope|hoping|"
               r"want|intend|expect|can't wait|look(?:ing)? forward|ready to|able to)\b")
_WRITER = _lazy(r"\b(?:i|i'm|i'll|i'd|i've|me|my)\b")
# "On the first day" of no one named: the students' first day of school, what a new hire does
# on the first day as they described it (our own drafts). Only the writer's own first day,
# said of what the writer will do then ("I'll be there early on the first day", "see you on
# the first day"), presumes.
_THE_FIRST = _lazy(r"(?:(?:on|for|before|by|during|from|in) )?the (?:very )?first (?:day|"
                   r"week|month|shift)")
_SEE_YOU = _lazy(r"\bsee (?:you|everyone|the team)\b")
# Where a clause of its own begins: a hope in one clause ("I'd like to give notice soon")
# does not soften what another says ("so I can start with you next month").
_CLAUSE = _lazy(r".*(?:;|, so\b|\bso that\b|\bso (?=i\b)|\bbecause\b|\bbut\b)")


# A start that is the work's, not the job's (holdout14's class, and our own drafts): a task
# started ("before I start a cut", "when I start the run"), or the writer's habit said in the
# present ("I tear down and blueprint before I start, so …"); not "I'll read up before I start".
_A_TASK = _lazy(r"(?:when|once|after|before|as soon as) i start (?:a|an|the|each|every|any)\b")
_HABIT = _lazy(r"\bi (?:always |usually |often |first |never )?(?!(?:will|would|can|could|am|"
               r"hope|want|plan|need|look|expect|intend|have|must|shall|should|might|may|"
               r"aim|wish|like|love|promise|mean|get|got|was|[a-z]+ed|bought|brought|went|"
               r"took|made|had|did|told|sent|gave|began|found|kept|paid|spent|wrote)\b)"
               r"[a-z]+\b(?: (?:and|or) "
               r"[a-z]+)?[^.!?,;]{0,40}$")
_THE_WORKS_DAY = _lazy(r"(?:on|from) day (?:one|1)\b")


def presumes_spared(lowered: str, start: int, end: int, settled: bool) -> bool:
    """Whether the offer presumed at lowered[start:end] is no presumption: hoped for, a past
    job's record, readiness, a first day not the writer's, or a start that is the work's.
    `settled`: the writer's start arranged, spared only where it is hoped for or depends on an
    offer."""
    if settled:
        return bool(_IF_OFFERED().search(lowered, 0, start))
    if _A_TASK().match(lowered, start) or (
            lowered.startswith(("before i start", "when i start"), start)
            and _HABIT().search(lowered[:start]) and not _AHEAD().search(lowered[:start])):
        return True
    if _THE_WORKS_DAY().match(lowered, start - 3 if start >= 3 else 0) and not _mine(
            lowered, start, end) and not _SEE_YOU().search(lowered):
        return True  # "so the supplement goes in on day one": the repair's day one
    return bool(_hedged(lowered, start) or (
        _FIRST().match(lowered, start) and _RECORD().search(lowered)
        and not _AHEAD().search(lowered)) or _READY().search(lowered, 0, end) or (
        # (day one of someone else's: "makes every first-year draw a tree …")
        lowered.startswith("day one", start) and not _WRITER().search(lowered)) or (
        _THE_FIRST().match(lowered, start) and not _SEE_YOU().search(lowered) and not (
            _mine(lowered, start, end) and _AHEAD().search(lowered))))


def _mine(lowered: str, start: int, end: int) -> bool:
    """Whether the first day at lowered[start:end] is the writer's: the writer named in its
    clause just before it ("I'll be there early on the first day"), or just after it where it
    opens the sentence ("On the first day I will …"); not "so that nobody arrives on the first
    day" (our own drafts)."""
    clause = _CLAUSE_BREAK().split(lowered[max(0, start - 45):start])[-1]
    return bool(_WRITER().search(clause) or (
        not lowered[:start].strip() and _WRITER().search(lowered, end, end + 30)))


_CLAUSE_BREAK = _lazy(r"[,;:]|\bso that\b|\bbecause\b|\bbut\b|\bwhere\b|\bwhen\b")


def _hedged(lowered: str, start: int) -> bool:
    """Whether the job is spoken of as a hope or a question before `start`, in its clause:
    "the possibility of working with you", "I asked if I could shadow her in my first month"."""
    before = lowered[:start]
    clause = _CLAUSE().match(before)
    before = before[clause.end():] if clause else before
    return bool(_HOPING().search(before[-40:]) or _HEDGE().search(before))


# A date the writer sets for their own work ("the course, which I expect to finish by the end
# of the month", "I expect to have the exam done by June"; holdout13's class) asks nothing of
# them: no "you", and no answer the writer expects to hear or get.
_OWN_PLAN = _lazy(r"\bi (?:\w+ )?(?:expect|plan|aim|intend|hope)\w* to (?!(?:hear|know|learn|"
                  r"receive|get|have (?:an?|your|the|some|any) (?:\w+ )?(?:answer|reply|"
                  r"response|decision|word|news|update|feedback))\b)")
_THEM = _lazy(r"\b(?:you|your|yours)\b")


def own_plan(lowered: str) -> bool:
    return bool(_OWN_PLAN().search(lowered)) and not _THEM().search(lowered)


def ready(lowered: str) -> bool:
    """Whether a sentence in lower case says what the writer can do from early on in the job
    (readiness, not presuming it), with no start of the writer's settled in it."""
    return bool(_READY_IN().search(lowered)) and not _SETTLED_START().search(lowered)


_SETTLED_START = _lazy(r"\b(?:when|once|after|before) i (?:start|join|begin)\b|\bmy (?:start "
                       r"date|first day)\b|\bjoin(?:ing)? you\b")


# An offer to come in or talk again made on their terms is no pushing (tone-variants-15.yaml's
# look-alike, the learnt model's): "I'm happy to come in again if that would help your
# decision", "glad to call if it's useful".
_ON_THEIR_TERMS = _lazy(r"\b(?:happy|glad|willing|able|available|ready) to\b[^.!?]{0,40}\bif "
                        r"(?:(?:that|it|this)(?:'s| is| would| might| could| will)? (?:\w+ )?"
                        r"(?:help|helps|useful|helpful|suit|suits|work|works)|you(?:'d| would) "
                        r"(?:like|find it useful)|you wish|helpful|useful)\b")


def offered(lowered: str) -> bool:
    """Whether a sentence in lower case offers something on their terms: "if it would help"."""
    return bool(_ON_THEIR_TERMS().search(lowered))


# Their choice praised ("You will have chosen a strong person, I'm sure."), which the learnt
# model read as hostile from its opening "You" (tone-variants-17.yaml's look-alike).
_PRAISED_CHOICE = _lazy(r"\b(?:chosen|picked|found|hired|selected|appointed|made) (?:a|an|the|"
                        r"someone|somebody) (?:\w+ )?(?:strong|excellent|great|good|right|"
                        r"wonderful|fine|brilliant|outstanding|worthy|superb)\b")


def praises_choice(lowered: str) -> bool:
    return bool(_PRAISED_CHOICE().search(lowered))


# Something they recommended taken up already ("I've already ordered the book you
# recommended, so I'll be the one with my nose in it on the train"), which the learnt model
# read as presuming (holdout15's class); not when the job is named with it ("… before my
# first day", "… for when I join").
_THEIR_TIP = _lazy(r"\b(?:book|podcast|report|course|article|newsletter|paper|film|documentary|"
                   r"series|blog|talk|video|author|app|tool|recipe|website|site)s? (?:that )?"
                   r"(?:you|they) (?:recommended|mentioned|suggested|told me about|pointed me "
                   r"to)\b")
_THE_JOB = _lazy(r"\b(?:first (?:day|week|month|shift)|start\w*|join\w*|role|job|position|post|"
                 r"offer|team|colleagues?|hired|onboard\w*)\b")


def took_their_tip(lowered: str) -> bool:
    return bool(_THEIR_TIP().search(lowered)) and not _THE_JOB().search(lowered)


def spared_for_the_model(says: str, lowered: str, plain: str) -> bool:
    """Whether a sentence in lower case, of a note in lower case (`plain`), is one the learnt
    model must not read for a concern: what the phrasings' guards spare, and the model's own
    false alarms as classes (tests/notes/tone-variants-16.yaml and -17.yaml); tone.py asks."""
    if says == "presumes the offer":
        return ready(lowered) or took_their_tip(lowered)
    if says == "sets a deadline":
        return asked_freely(lowered, len(lowered), plain)
    if says == "sounds impatient":
        return "again" in lowered and bool(NEWS_SINCE.search(plain))
    if says == "sounds pushy":
        return offered(lowered)
    return says == "sounds hostile" and praises_choice(lowered)

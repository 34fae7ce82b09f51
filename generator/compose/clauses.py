"""A note's detail as a clause a sentence can hold, found in run-on notes.

"Black Friday last year, Kafka consumer lag …, and the support queue hit 9,000 tickets, and she
walked me through the whole timeline …" holds one clause worth saying, "the support queue hit
9,000 tickets", and something to point at, "those 9,000 tickets". `split_clauses` cuts a
sentence where a new subject and verb begin, `as_clause` keeps a piece only where it is a whole
clause in the reader's voice (no fragment, no pronoun with nothing to refer to, nothing of
yours, nothing private), `vividness` scores what is specific in it (numbers, names, uncommon
words), and `thing_of` makes its object definite. The verb rules are heuristics over the word
tables in lexicon.py; where they cannot tell, a piece is left out: a note then names the point
instead of quoting a fragment of it.

A base module of compose: it imports lexicon, questions, text and voice.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from itertools import pairwise

from .lexicon import (
    AUXILIARIES,
    COMMON,
    DETERMINERS,
    ENGLISH_WORDS,
    PAST_TO_BASE,
    PREPOSITIONS,
    SPANISH_WORDS,
)
from .questions import _verb_base
from .text import _bare, _strip_tail, _words, word_count
from .voice import for_reader, is_plural, private

_SUBJECT_START = re.compile(
    r"^(?:[\"“]|\d|(?:you|she|he|they|we|there|the|a|an|your|our|their|his|her|most|some|"
    r"every|each|all|no|nobody|everyone|people|in \d{4}|last \w+|this \w+)\b|[A-Z])",
    re.IGNORECASE)

_PRONOUN_START = re.compile(
    r"^(?:it|this|that|these|those|one|which|who|then|so|also|yours|mine|his|hers|ours|"
    r"theirs|whether|if|how|what|why|when|where|because|while|although|though|by|to)\b",
    re.IGNORECASE)

_CONJUNCTION = re.compile(r"^(?:and|but|so|then|plus)\s+", re.IGNORECASE)

_NUMBER_WORDS = _words("two three four five six seven eight nine ten eleven twelve fifteen "
                          "twenty thirty forty fifty hundred thousand million half")

_TIME_UNITS = _words("second seconds minute minutes min hour hours day days week weeks month "
                        "months year years time times")

_MORE_VERBS = _words("confuse drop fall exist hit detonate abandon sign lose catch "
                        "quit break crash escalate stall")
_ADVERBS = frozenset({"just", "still", "already", "recently", "finally", "also", "never",
                      "always", "only", "really", "actually"})
_RELATIVE = ("who", "which", "that", "when", "where", "whether", "if", "because", "while")
_PARTICLES = ("down", "up", "out", "off", "over", "back", "away", "in", "on")
# What the reader did in the interview: not a fact to tell them ("you pushed hard on …").
_THEIR_ACTS = re.compile(r"^(?:you|your team)\s+(?:\w+ly\s+)?(?:pushed|asked|said|told|"
                         r"mentioned|liked|loved|wrote|walked|showed|explained|laughed|wanted to "
                         r"know|agreed|suggested|gave|offered|seemed|talked|described|shared)\b",
                         re.IGNORECASE)


def _is_verb(words: Sequence[str], index: int) -> bool:
    return _verb_between(words[index - 1], words[index],
                         words[index + 1] if index + 1 < len(words) else "")


@lru_cache(maxsize=4096)  # -2.6% instructions on bench's batch, -0.3% on real notes
def _verb_between(previous: str, written: str, following: str) -> bool:
    """Whether `written` is a verb, read with the words either side of it."""
    word = _bare(written).casefold().replace("’", "'")
    before = _bare(previous).casefold()
    after = _bare(following).casefold()
    if before in DETERMINERS or before in PREPOSITIONS or before in ("to", "of"):
        return False
    if word in AUXILIARIES or word in ("there's", "it's"):
        return True
    base = _verb_base(word)
    if base is None and any(form in _MORE_VERBS for form in (word, word[:-1], word[:-2],
                                                              word[:-2] + "e", word[:-3])):
        base = word.rstrip("sd")
    if word in PAST_TO_BASE:
        return True
    if word.endswith("ed") and len(word) > 4:  # a past tense, not "tagged insights"
        return not after or ((after in DETERMINERS or after in PREPOSITIONS or after in (
            "and", "but", "it", "them", "me", "us", "him", "her", "down", "up", "out")) and (
            after not in ("of", "by")))  # "60 hours a year expected of every associate"
    if base is not None and word != base and word.endswith("s") and not written.endswith(
            ",") and not is_plural(previous):
        return True
    return base is not None and (_person(previous) or is_plural(previous))


def _verb_at(words: Sequence[str]) -> int:
    """Where a statement's main verb is, or len(words) where it has none: the first verb
    form after the subject, unless a comma, a second article or a relative word comes first
    (then the words are a noun phrase: "a one-pager a CFO will read")."""
    if words and re.fullmatch(r"(?:there|it|they|you|we|she|he)['’](?:s|re|ve|d|ll)",
                              _bare(words[0]).casefold()):
        return 0
    articles = 0
    for index in range(1, min(len(words), 9)):
        previous = words[index - 1]
        bare = _bare(previous).casefold()
        if previous.endswith((",", ";", ":")) or bare in _RELATIVE:
            return len(words)
        if bare in ("a", "an", "the") and index > 1 and _bare(words[index - 2]).casefold() not in (
                PREPOSITIONS | {"of"}):
            articles += 1
        if articles > 0 and _bare(words[0]).casefold() in ("a", "an", "the"):
            return len(words)
        if index >= 2 and bare.endswith("ing") and _bare(words[index - 2]).casefold() in (
                PREPOSITIONS):
            continue  # "Rhino for grading studies": after "for grading" a noun, not a verb
        if _is_verb(words, index) and _compound_noun(words, index):
            continue  # "seam checks every 2 hours", "forced diacetyl tests before crash"
        if _is_verb(words, index):
            subject = index - 1
            while subject > 0 and _bare(words[subject]).casefold() in _ADVERBS:
                subject -= 1  # "the arbitration they just won"
            if subject > 0 and _person(words[subject]) and re.fullmatch(
                    r"[^\W\d_]+", words[subject - 1]) and _bare(
                    words[subject - 1]).casefold() not in (
                    PREPOSITIONS | {"and", "but", "so", "then", "now", "still", "that"}):
                return len(words)  # "the deal they lost …": a noun phrase
            return index
    return len(words)


# Plural nouns that are also verbs, heading a jotted compound ("seam checks", "pm rounds").
_NOUN_VERBS = frozenset(("checks", "tests", "runs", "rounds", "counts", "reports", "reviews",
                         "calls", "visits", "audits", "swabs", "samples", "draws", "pulls",
                         "walks", "drills", "turns", "logs", "sweeps"))


def _compound_noun(words: Sequence[str], index: int) -> bool:
    """Whether the -s word at `index` ends a jotted compound noun, not a verb: up to three bare
    words or acronyms before it; after it, when, how often or a list's next noun ("and …")."""
    after = " ".join(_bare(w).casefold() for w in words[index + 1:index + 3])
    return _bare(words[index]).casefold() in _NOUN_VERBS and index <= 3 and all(
        (re.fullmatch(r"[a-z][a-z-]*[^s]", w) or w.isupper()) and w not in DETERMINERS
        and not _person(w) for w in words[:index]) and bool(re.fullmatch(
            r"|(?:every|each|per) (?:\d+|other|hour|day|week|month|shift|night|morning)|(?:and|or)"
            r" .*|(?:before|after|twice|daily|weekly|monthly|nightly)(?: .*)?", after))


def _person(word: str) -> bool:
    return bool(re.fullmatch(r"(?:i|you|we|they|she|he)(?:['’]\w+)?|nobody|everyone|people|"
                             r"someone", _bare(word).casefold()))


def _has_verb(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and _verb_at(words) < len(words)


def _split_clauses(sentence: str) -> tuple[list[str], bool]:
    """A run-on sentence in clauses: at semicolons, and at a comma or "and"/"but" where a new
    subject and verb begin; parenthesised asides become clauses of their own. Also whether
    the sentence is a comma splice (two clauses joined by a bare comma)."""
    asides = re.findall(r"\(([^()]{8,})\)", sentence)
    sentence = re.sub(r"\s*\([^()]*\)", "", sentence)
    parts: list[str] = []
    spliced = False
    for piece in re.split(r";\s+|\s+[—–]\s+", sentence):
        start = 0
        for match in re.finditer(r",\s+(?:(?:and|but|so)\s+)?|\s+(?:and|but)\s+", piece):
            rest = piece[match.end():]
            if (_SUBJECT_START.match(rest) or _verb_at(rest.split()) <= 2) and _has_verb(rest):
                parts.append(piece[start:match.start()])
                start = match.end()
                spliced = spliced or match[0].strip() == ","
        parts.append(piece[start:])
    return [p.strip() for p in [*parts, *asides] if p.strip()], spliced


_NO_X = re.compile(r"^no\s+(.+?)(\s+yet)?$", re.IGNORECASE)


def _as_clause(text: str, names: Sequence[str], to_self: bool, team: bool = True,
               proper: frozenset[str] = frozenset()) -> str | None:
    """A clause a sentence can hold after "that", in the reader's voice, or None where the
    words are not one (a fragment, a pronoun with nothing to refer to, your own doings)."""
    if "?" in text or ";" in text or text.count('"') % 2 or text.count("“") != text.count("”"):
        return None  # '…, you're just a very busy bucket"': the end of their words
    text = _strip_tail(_CONJUNCTION.sub("", text.strip()))
    # '… "is a PowerPoint right now."': the quote ends inside your sentence, its stop with it
    text = re.sub(r"\.([\"”])$", r"\1", text)
    text = re.sub(r"\s*\([^()]*\)", "", text)
    # "…promoted to senior in September, which I was glad to hear": your aside stays out
    text = re.sub(r",\s+which (?:I|we)\b[^,]*$", "", text)
    match = _NO_X.match(text)
    if match and word_count(match[1]) <= 6 and not _has_verb(match[1]):
        text = f"there's no {match[1]}{match[2] or ''}"  # "No win/loss program yet."
    if not text or _PRONOUN_START.match(text) or re.match(r"(?:I|my|we|our|me)\b", text,
                                                           re.IGNORECASE):
        return None
    # "…, not just ack them": the contrast's pronoun is the thing just named
    lead = re.sub(r",\s+not\s+(?:just|only|simply)\s+[a-z]+\s+(?:it|them)$", "", text)
    if re.search(r"\b(?:it|them|one)\b(?!['’]s)", lead, re.IGNORECASE) or private(text):
        return None
    if ":" in text or not _SUBJECT_START.match(text) or not _has_verb(text):
        return None
    main = re.sub(r"\s+(?:once|when|if|until|unless|after|before)\s.*$", "", text)
    if not 3 <= word_count(text) <= 22 or not _has_verb(main) or (re.match(r"\d", main) and not (
            re.search(r"\b(?:is|are|was|were|has|have|had|will|[a-z]+ed)\b", main))):
        return None  # "6-8 residential files a day once you're trained": "files" is no verb
    head, *pieces = text.split(", ")
    if any(re.match(r"[$£€\d]", piece.strip()) or (word_count(piece) <= 3 and not _has_verb(
            piece) and not re.match(r"\s*(?:not|with|without|in|on|at|by|from|for)\b", piece))
           for piece in pieces):
        # "company officers want drills that fit a shift, 45 minutes max, …": a clause with
        # its details jotted after it is the clause; "the arbitration they won, $120M award,
        # and …" (a noun phrase and a list) is none
        words = head.split()
        if re.match(r"(?:the|a|an|this|that|these|those)\b", head, re.IGNORECASE) or not (
                1 <= _verb_at(words) <= 2 < len(words)):
            return None
        text = head
    if re.search(r"\b(?:should|would|could|can|will|must|might|is|are|was|were|do|does|did)"
                 r"(?: be| have| not)?$", text):
        return None  # "she thinks they should be": its point ("paid") was said before it
    if any(re.match(r"[a-z]+s\s", piece) and _verb_base(piece.split()[0]) not in (
            None, piece.split()[0]) for piece in text.split(", ")[1:]):
        return None  # "…, wants each option with its schedule impact": a verb whose subject
        # the notes dropped, which "you" cannot take
    clause = for_reader(text, names, team=team) if to_self else text
    if _THEIR_ACTS.match(clause):
        return None
    first = _bare(clause.split()[0])
    if first not in names and first not in proper and not re.search(r"[A-Z].*[A-Z]|\d", first):
        clause = clause[0].lower() + clause[1:]
    return clause


def vividness(text: str) -> float:
    """How specific a piece of text is: numbers, names and uncommon words count."""
    words = text.split()
    score = 0.0
    for index, word in enumerate(words):
        bare = _bare(word)
        lower = bare.casefold()
        if any(ch.isdigit() for ch in bare):
            score += 2.0
        elif lower in _NUMBER_WORDS:
            score += 1.0
        elif index and bare[:1].isupper() and lower not in ("i", "you"):
            score += 1.5
        elif len(lower) >= 5 and lower not in COMMON and lower not in ENGLISH_WORDS and (
                lower not in SPANISH_WORDS and _verb_base(lower) is None
                and lower not in PAST_TO_BASE):
            score += 1.0
    if re.search(r"[\"“]", text):
        score += 1.0
    return score - max(0, len(words) - 16) * 0.25


def thing_of(clause: str) -> str | None:
    """The detail as something to point at: the object of the clause's verb, made definite
    ("found a jar of crystallized picric acid at …" -> "that jar of crystallized picric
    acid", "hit 9,000 tickets" -> "those 9,000 tickets"). None where there is no clean one."""
    words = clause.split()
    verb = _verb_at(words)
    if verb == 0 or verb >= len(words) - 1 or _bare(words[verb]).casefold() in AUXILIARIES:
        return None
    phrase: list[str] = []
    for index, word in enumerate(words[verb + 1:]):
        bare = _bare(word).casefold()
        if index and (bare in PREPOSITIONS - {"of"} or bare in DETERMINERS or bare in (
                "and", "but", "that", "which", "who", "because", "when", "while", *_PARTICLES)
                or bare.endswith("ing") or bare.endswith("ly")):
            break
        phrase.append(word)
        if re.search(r"[,;:]$", word):
            break
    if not 2 <= len(phrase) <= 7 or (len(phrase) < 3 and not any(
            ch.isdigit() for ch in phrase[0])):
        return None
    if re.search(r"\b(?:your|him|her|them|it)sel(?:f|ves)\b", " ".join(phrase)):
        return None  # "the trauma bay registration herself": who does it, not a thing
    head = _bare(phrase[0]).casefold()
    last = _bare(phrase[-1]).casefold()
    if last in _TIME_UNITS or last in ("of", "a", "the") or any(
            is_plural(a) and is_plural(b) for a, b in pairwise(phrase)):
        return None
    phrase[-1] = _strip_tail(phrase[-1])
    lowered = [w.casefold() for w in phrase]
    if head in ("a", "an", "the"):
        rest = phrase[1:]
        noun = rest[lowered.index("of") - 2] if "of" in lowered[1:] else rest[-1]
        thing = " ".join(["those" if is_plural(noun) else "that", *rest])
    elif any(ch.isdigit() for ch in head) or head in _NUMBER_WORDS - {"half"}:
        thing = " ".join(["those", *phrase])
    else:
        return None
    return thing if vividness(thing) >= 1.5 else None

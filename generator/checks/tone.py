"""Tone: what recruiters complain about in the follow-ups they get (the concerns and their
phrasings are in phrasings.py), too many exclamation marks, shouting in capitals and
re-selling at length. Every tone finding is a problem: it would hurt the candidate.
"""

from __future__ import annotations

import re

from ..findings import PROBLEM, Finding
from .mail import Mail
from .note import Note
from .phrasings import CONCERNS
from .substance import word_set

# Words written in capitals for emphasis. A single capitalised word is shouting only when it
# is one of these (TODAY, SO, REALLY): most words in capitals in a note are acronyms (HIPAA,
# CUPED, SAP, CAD), which are no shouting however they read.
EMPHASIS = word_set("""
today now so really very please need must never always urgent urgently love much huge best
any all every not still thank thanks you me my want immediately again more will can do
don't what why how this that the and of for to is are was wow amazing awesome great perfect
excited sorry help answer reply back hear yes no stop ever only one first last right wrong
fair unfair deserve dream job hire
""")
_CAPITALS = re.compile(r"(?<![\w-])[A-Z][A-Z']+(?:\s+[A-Z][A-Z']*)*(?![\w-])")
_SELLING = re.compile(  # on a sentence in lower case
    r"\b(?:my (?:experience|background|skills?|track record|qualifications|expertise|"
    r"credentials|degree)|i(?:'m| am) (?:confident|certain|convinced|sure) (?:that )?i\b|"
    r"i bring|i have (?:\d+|[a-z]+) years|i(?:'ve| have) (?:built|led|managed|developed|"
    r"overseen|delivered|grown)|i am (?:the )?(?:best|perfect|ideal|right|a strong|an "
    r"excellent|a proven|highly)|i hold\b|i would (?:be|have been) a (?:real |great |strong )?"
    r"(?:asset|fit)|i (?:believe|know) i (?:would|could|can|will) (?:contribute|add|bring|excel|"
    r"make|be)|i can (?:help|bring|deliver)|highly (?:organi[sz]ed|motivated|skilled)|proven "
    r"(?:track|ability|record))")
RESELLING = 3  # sentences selling the writer; two short sentences of fit are welcome



# Every concern's phrasings as one regex: the note is scanned once, in lower case, and a match
# is put to its concern afterwards. A regex per concern ignoring case took 8 times as long;
# an index of the phrasings by their first letters saved a further sixth, not worth its code.
_SOURCES = ["|".join(concern.phrasings) for concern in CONCERNS]
_PHRASINGS = re.compile(r"(?<!\w)(?:" + "|".join(_SOURCES) + ")")
# "the possibility of working with you" hopes; "working with you" alone presumes.
_HOPING = re.compile(r"(?:possibility|chance|prospect|opportunity|hope|hoping|hoped) (?:of|to|"
                     r"that I might)?\s*(?:be )?(?:\w+ )?$", re.IGNORECASE)


def tone(note: Note, mail: Mail) -> list[Finding]:
    flat = " ".join(mail.text.split())
    lowered = flat.lower()
    # Quote the note's own words; where lowering changed a length (İ), quote the lowered text.
    shown = flat if len(lowered) == len(flat) else lowered
    found: list[Finding] = []
    named: set[str] = set()
    for number, start, end in _phrasings(lowered):
        concern = CONCERNS[number]
        if concern.says in named or (lowered.startswith("look", start) and _HOPING.search(
                lowered[max(0, start - 40):start])):
            continue
        named.add(concern.says)
        found.append(Finding(note.path, "tone", f"{concern.says} "
                             f"({_quote(shown[start:end])})", concern.fix, PROBLEM))
    marks = re.search(r"!{2,}", flat)
    if marks or flat.count("!") > 2:
        count = marks[0] if marks else f"{flat.count('!')} of them"
        found.append(Finding(note.path, "tone", f"uses too many exclamation marks ({count})",
                             "keep at most one", PROBLEM))
    shouting = [run for run in _CAPITALS.findall(flat) if _shouts(run)]
    if shouting:
        found.append(Finding(note.path, "tone", f"shouts in capitals ({_quote(shouting[0])})",
                             "write it in lower case", PROBLEM))
    selling = [(s, hit) for s in mail.sentences if (hit := _SELLING.search(s.lower()))]
    if len(selling) >= RESELLING:
        sentence, first = selling[0]
        found.append(Finding(note.path, "tone",
                             f"re-sells you at length ({len(selling)} sentences about your "
                             f"record, such as {_quote(sentence[first.start():], 40)})",
                             "keep to one or two sentences on why you fit", PROBLEM))
    return found


def _phrasings(lowered: str) -> list[tuple[int, int, int]]:
    """(concern, start, end) of each phrasing found in a note in lower case, in order."""
    found = []
    for seen in _PHRASINGS.finditer(lowered):
        # A concern's own regex is compiled at its first match only (re keeps it).
        number = next(index for index, source in enumerate(_SOURCES)
                      if re.compile(source).match(lowered, seen.start()))
        found.append((number, seen.start(), seen.end()))
    return found


def _shouts(run: str) -> bool:
    words = [word.strip("'").lower() for word in run.split()]
    words = [word for word in words if word != "i"]
    if not words or any(len(word) < 2 for word in words):
        return False
    return any(word in EMPHASIS for word in words)


def _quote(words: str, longest: int = 50) -> str:
    words = " ".join(words.split()).strip(" ,;:")
    if len(words) > longest:
        words = words[:longest].rsplit(" ", 1)[0] + " …"
    return f"'{words}'"

"""Proofreading: leftover placeholders, doubled words, the subject, and spelling.

A misspelt common word is a problem; a capitalised word no dictionary knows is most likely a
name (of a company, a product, a place) and at most a suggestion to check it. Names the note
may use (the recipient's, the sender's, and for a draft everything its YAML names) pass, as
do acronyms and words with inner capitals or digits. Spelling is checked in English only.
"""

from __future__ import annotations

import re
from functools import cache

from ..findings import PROBLEM, SUGGESTION, Finding
from .grammar import SHORTHAND
from .note import Note, Reading
from .sentences import fold
from .slips import companies_sought, every_word_capitalised, one_edit, real_word_slips
from .spelling import Dictionary, Words, candidates

MAX_SUBJECT = 120  # mail clients cut long subjects; past this, most of it is lost
_PLACEHOLDER = re.compile(r"\bTODO\b|\bTBD\b|\bXXX+\b|\bFIXME\b|\[(?:[A-Z][\w ]*)\]|\{\{|\}\}|"
                          r"\{%|%\}|<(?:[A-Z_]{3,})>|\bLorem ipsum\b")
_DOUBLED = re.compile(r"\b([^\W\d_]+)\s+\1\b")  # on the text in lower case
# An address or a link, as a whole run of non-space: never a word to check.
# (A web address without its scheme: a known ending, or any ending with a path after it:
# "name.design/voyagr", whose last part is a brand, not a misspelt "voyage".)
_URL = re.compile(r"(?<![^\s(<\[\"'“‘])(?:[^\s@()<>]*@|\w+://|[\w.-]+\.(?:com|org|net|io|dev|"
                  r"example|me|co|app|ai|design|studio|site|page|works|tech|info|biz|uk|de|eu|"
                  r"us|ca|au|ly|gg|blog|art|xyz)\b|[\w-]+(?:\.[\w-]+)*\.[a-z]{2,24}/)"
                  r"[^\s)>\]]*")
_FIRST_WORD = re.compile(r"^[^\w]*([^\W\d_][\w'’]*)")


def proofread(note: Note, reading: Reading, words: Words) -> list[Finding]:
    mail = reading.mail
    found = []
    for match in _PLACEHOLDER.finditer(note.text):
        found.append(Finding(note.path, "proofread", f"has a leftover placeholder {match[0]!r}",
                             "fill it in or remove it", PROBLEM))
    body = _URL.sub(" ", mail.text)
    for doubled in _doubled(body):
        found.append(Finding(note.path, "proofread", f"doubles a word ({doubled!r})",
                             "remove one", PROBLEM))
    if note.subject is not None:
        if not note.subject.strip():
            found.append(Finding(note.path, "proofread", "has an empty subject",
                                 "give it a subject", PROBLEM))
        elif len(note.subject) > MAX_SUBJECT:
            found.append(Finding(note.path, "proofread",
                                 f"has a subject of {len(note.subject)} characters",
                                 f"keep it under {MAX_SUBJECT}; mail clients cut the rest",
                                 SUGGESTION))
    if note.language.lower().split("-")[0] == "en":
        found.extend(_spelling(note, reading, body, words))
        found.extend(_slips(note, reading, body))
    return found


def _slips(note: Note, reading: Reading, body: str) -> list[Finding]:
    found = []
    for written, meant, phrase in real_word_slips(body):
        found.append(Finding(note.path, "proofread",
                             f"has {written!r} in '{phrase}': did you mean {meant!r}?",
                             f"correct it in {note.where('interviewers.yaml or role.yaml')}",
                             PROBLEM))
    capitalised = every_word_capitalised(reading.mail.sentences)
    if capitalised:
        shown = " ".join(capitalised.split()[:6])
        found.append(Finding(note.path, "proofread",
                             f"gives every word a capital letter ('{shown} …')",
                             "capitalise only the first word of a sentence and names", PROBLEM))
    if note.application is None:  # a draft's other applications are identity's to name
        sought = companies_sought(body, reading.names)
        if len(sought) > 1:
            shown = ", ".join(f"'{name}'" for name in sought[:3])
            found.append(Finding(note.path, "proofread",
                                 f"names two companies as the one you want to join ({shown})",
                                 "check every line was written for this company; a line left "
                                 "from another letter ends your chances", PROBLEM))
    return found


def _doubled(text: str) -> list[str]:
    """Words written twice in a row, with only space between ("the the"); "that that" and
    "had had" can be right."""
    lowered = text.lower()
    shown = text if len(lowered) == len(text) else lowered
    return [shown[m.start():m.end()] for m in _DOUBLED.finditer(lowered)
            if m[1] not in ("that", "had")]


def _spelling(note: Note, reading: Reading, body: str, words: Words) -> list[Finding]:
    dictionary = words.dictionary
    if dictionary is None:
        return []
    names = reading.names
    starts = {m[1] for s in reading.mail.sentences if (m := _FIRST_WORD.match(s))}
    asked = [word for word in candidates(f"{body}\n{note.subject or ''}")
             if fold(word) not in names and word.casefold() not in SHORTHAND]
    # A capitalised word that starts a sentence may be a common word: ask in lower case.
    lookup = {word: word.lower() if word in starts and word[1:].islower() else word
              for word in asked}
    unknown = dictionary.unknown(lookup.values())
    misspelt: list[str] = []
    capitalised: list[str] = []
    quoted = {word for quote in _QUOTED().finditer(body) for word in candidates(quote[0])}
    foreign: list[str] = []  # quoted, so someone's own words: of another language, mostly
    for word in asked:
        if lookup[word] not in unknown:
            continue
        (foreign if word in quoted else capitalised if word[:1].isupper() else
         misspelt).append(word)
    misspelt = _unplural_tails(misspelt, body, dictionary)
    terms = _terms(misspelt, body, dictionary)
    found = []
    where = note.where("interviewers.yaml or role.yaml")
    listed = ", or add it under dictionary: in role.yaml" if note.application else ""
    for word in misspelt:
        suggestion = unknown[lookup[word]]
        if suggestion and one_edit(word.casefold(), suggestion.casefold()) and (
                word not in terms) and _typed(word.casefold(), suggestion.casefold()):
            found.append(Finding(note.path, "proofread",
                                 f"{word!r} is misspelt: did you mean {suggestion!r}?",
                                 f"correct it in {where}{listed}", PROBLEM))
        else:  # far from every word it knows: a term of the trade, more likely than a slip
            found.append(Finding(note.path, "proofread", f"{word!r} is not in the dictionary",
                                 f"check its spelling in {where}{listed}", SUGGESTION))
    if foreign:
        shown = ", ".join(repr(word) for word in foreign[:5])
        found.append(Finding(note.path, "proofread",
                             f"quotes {shown}, which no English dictionary holds (another "
                             "language's words, or a name, probably)",
                             "check how they are spelt", SUGGESTION))
    if capitalised:
        shown = ", ".join(repr(word) for word in capitalised[:5])
        more = f" and {len(capitalised) - 5} more" if len(capitalised) > 5 else ""
        fix = ("check how they are spelt; list names under dictionary: in role.yaml to pass "
               "them" if note.application else "check how they are spelt")
        found.append(Finding(note.path, "proofread",
                             f"names {shown}{more}, which no dictionary holds (names, "
                             "probably)", fix, SUGGESTION))
    return found


# Words in quotation marks: said by someone ("she said 'sobremesa' is the best part", a motto
# in Spanish), so a word no English dictionary holds is of another language, not a slip
# (holdout12's round, on our own drafts). A straight single quote opens only after no letter,
# so an apostrophe ("don't", "the candidates' files") opens none.
_QUOTED = cache(lambda: re.compile(r"“[^”]+”|\"[^\"\n]+\"|‘[^’\n]+’|(?<!\w)'[^'\n]+?'(?!\w)"))


def _unplural_tails(misspelt: list[str], body: str, dictionary: Dictionary) -> list[str]:
    """Without the plural tails of hyphenated compounds, which Harper checks in halves:
    "ins" of "tie-ins", "ons" of "add-ons" (a known word and an s, after a hyphen)."""
    tails = [word for word in misspelt if word.endswith("s") and len(word) <= 5
             and re.search(rf"\w-{re.escape(word)}\b", body)]
    unknown = dictionary.unknown([word[:-1].casefold() for word in tails])
    return [word for word in misspelt
            if word not in tails or word[:-1].casefold() in unknown]


# Keys that sit side by side on a QWERTY keyboard: a finger that slips lands on one of them.
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
_NEAR = {key: {row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)}
         | {other[j] for other in _ROWS if other != row for j in (i - 1, i, i + 1)
            if 0 <= j < len(other) and abs(_ROWS.index(other) - _ROWS.index(row)) == 1}
         for row in _ROWS for i, key in enumerate(row)}
_VOWELS = frozenset("aeiouy")


def _typed(word: str, meant: str) -> bool:
    """Whether `word` reads as `meant` mistyped or misspelt rather than as another word: a
    letter left out, doubled or swapped, a vowel for a vowel (experiance), a key for its
    neighbour (refered, wprk). One letter for a distant one that is not a vowel for a vowel
    ("picric" for picnic, "mcg" for mag) makes a term of a trade far more often than a slip
    (found on the careful human notes of the blind test, tests/corpus/blind)."""
    if len(word) != len(meant):
        return True
    diffs = [(a, b) for a, b in zip(word, meant, strict=True) if a != b]
    if len(diffs) != 1:
        return True  # two neighbours swapped
    written, wanted = diffs[0]
    return {written, wanted} <= _VOWELS or wanted in _NEAR.get(written, ())


# Regular endings and beginnings: a known word with one of them is a word of the trade made
# the usual way (sortation, actuals, replatform), however close it is to another word.
# (Not -ing or -er: "begining" is the begin of a slip, its n not doubled.)
_SUFFIXES = ("ations", "ation", "isation", "ization", "ability", "ments", "ment", "ness",
             "able", "ised", "ized", "ise", "ize", "ists", "ist", "ity", "ful", "less", "ly",
             "als", "al", "s")
_PREFIXES = ("re", "pre", "un", "de", "co", "non", "multi", "sub", "over", "under", "inter",
             "auto", "micro", "cross", "mis", "post", "mid", "self", "up", "down", "out")


def _terms(misspelt: list[str], body: str, dictionary: Dictionary) -> set[str]:
    """Of the words taken for misspellings, those more likely terms: a known word with a
    regular ending or beginning, or a part of a hyphenated compound (med-surg, e-invoicing),
    where abbreviations live."""
    parts: dict[str, list[str]] = {}
    for word in misspelt:
        folded = word.casefold()
        parts[word] = [folded[: -len(end)] for end in _SUFFIXES
                       if folded.endswith(end) and len(folded) - len(end) >= 3]
        parts[word] += [folded[len(start):] for start in _PREFIXES
                        if folded.startswith(start) and len(folded) - len(start) >= 5]
    unknown = dictionary.unknown([part for found in parts.values() for part in found])
    compound = {word for word in misspelt if re.search(
        rf"\w-{re.escape(word)}\b|\b{re.escape(word)}-\w", body)}
    return compound | {word for word, found in parts.items()
                       if any(part not in unknown for part in found)}

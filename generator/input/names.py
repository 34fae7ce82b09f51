"""How to greet a person: the salutation they gave, else one made from their name.

The order of preference, the same in every pack and kind:
1. a `salutation` given in the YAML, used as written;
2. an honorific (a leading "Dr." in the name, or the `honorific` field): honorific and surname,
   surname particles kept ("Prof. de la Cruz", "Dr. van Dijk");
3. where the given name cannot be told from the name alone (three or more words with no
   honorific, or a family-name-first name such as Nguyễn Thị Thảo), the person's email address
   may tell it: "analucia.restrepo@…" says Ana Lucía Restrepo goes by "Ana Lucía", and
   "ngoc.huynh@…" that Huỳnh Bảo Ngọc goes by "Ngọc" (`given_by_email`). Else the full name,
   and a finding asks for `salutation` (see `needs_salutation`);
4. else the given name (default and brief packs) or the full name (formal pack).

It lives with the input (the model derives each person's default greeting from it) and is
re-exported by compose/greeting.py, where the packs' greetings are made. It imports nothing
of ours.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Written with or without the dot; kept as the user wrote it.
HONORIFICS = frozenset({
    "dr", "mr", "mrs", "ms", "mx", "miss", "prof", "professor", "sir", "dame", "rev",
    "dra", "sr", "sra", "srta", "don", "doña", "lic", "ing",
})
# Words that belong to the surname that follows them: "Anna de la Cruz" -> "de la Cruz".
PARTICLES = frozenset({
    "de", "del", "la", "las", "los", "da", "das", "do", "dos", "di", "du", "van", "von", "der",
    "den", "ter", "ten", "le", "bin", "binti", "bint", "ibn", "al", "el", "ni", "ní", "nic",
    "mac", "mc", "ó", "o'", "ap", "y",
})
# Family names that come first in the name as usually written (Vietnamese, Chinese, Korean
# romanised). Only used to see that the first word is not the given name.
FAMILY_FIRST = frozenset({
    "nguyễn", "nguyen", "trần", "tran", "lê", "phạm", "pham", "hoàng", "hoang", "huỳnh",
    "huynh", "phan", "vũ", "võ", "đặng", "dang", "bùi", "bui", "đỗ", "hồ", "ngô", "ngo",
    "dương", "duong", "lý", "đinh", "trịnh", "đoàn", "lương", "mai",
})


@dataclass(frozen=True)
class Name:
    """A person's name read into the parts a greeting uses."""

    full: str  # without a leading honorific
    honorific: str | None  # as written, "Dr." or "Prof"
    given: str  # the given name as far as it can be told (the first word)
    surname: str  # the family name with its particles ("de la Cruz")
    given_is_clear: bool


def _is_honorific(word: str) -> bool:
    return word.rstrip(".").casefold() in HONORIFICS


def _surname(words: list[str], language: str) -> str:
    """The family name: the last word with the particles before it. In Spanish a name of
    three or more words ends in two surnames, and a greeting uses the first of them."""
    if len(words) < 2:
        return words[-1] if words else ""
    last = len(words) - 1
    if language.split("-")[0].lower() == "es":
        # "Itziar Goikoetxea Arana" -> Goikoetxea; "Anna de la Cruz" -> de la Cruz
        core = [i for i, w in enumerate(words) if w.casefold() not in PARTICLES]
        if len(core) >= 3:
            last = core[1]
    start = last
    while start > 1 and words[start - 1].casefold() in PARTICLES:
        start -= 1
    return " ".join(words[start:last + 1])


def _folded(text: str) -> str:
    """Letters only, accents and case dropped: "Lucía" -> "lucia", "Đặng" -> "dang"."""
    text = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D"))
    return re.sub(r"[^a-z]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


def given_by_email(words: list[str], email: str | None) -> str | None:
    """The given name as the person's own address writes it, where the name alone cannot tell:
    the address's first part (before ".", "_" or "-") spells the first two words run together
    ("analucia" for Ana Lucía Restrepo) or the last word of a family-name-first name ("ngoc"
    for Huỳnh Bảo Ngọc). Only an exact spelling counts; an initial or a nickname says nothing."""
    if not email or "@" not in email or len(words) < 3:
        return None
    pieces = [_folded(p) for p in re.split(r"[._-]", email.split("@", 1)[0])]
    # an initial and a surname ("rquintero", "a.ferreira"): the surname starts at that word,
    # so the words before it are the given name (Rafael of Rafael Quintero Salas, Ana Lucía
    # of Ana Lucía Ferreira)
    initial, rest = (pieces[0], pieces[1]) if len(pieces) > 1 and len(pieces[0]) == 1 else (
        pieces[0][:1], pieces[0][1:])
    if words[0].casefold() not in FAMILY_FIRST and initial == _folded(words[0])[:1]:
        for at in range(1, len(words)):
            start = at
            while start > 1 and words[start - 1].casefold() in PARTICLES:
                start -= 1  # "acruz" for Anna de la Cruz Vega: the surname starts at "de"
            if len(rest) >= 3 and rest == _folded(words[at]) and (
                    words[start - 1].casefold() not in PARTICLES):
                return " ".join(words[:start])
    first = pieces[0]
    if len(first) < 3:
        return None
    if words[0].casefold() in FAMILY_FIRST and first == _folded(words[-1]):
        return words[-1]
    if first == _folded(words[0] + words[1]) and words[1].casefold() not in PARTICLES:
        return f"{words[0]} {words[1]}"
    if first == _folded(words[0]) and words[0].casefold() not in FAMILY_FIRST:
        return words[0]
    return None


def _spanish(language: str) -> bool:
    return language.split("-")[0].lower() == "es"


def read_name(name: str, honorific: str | None = None, language: str = "en",
              email: str | None = None) -> Name:
    words = name.split()
    written = None
    if len(words) > 1 and _is_honorific(words[0]):
        written, words = words[0], words[1:]
    honorific = honorific or written
    by_email = given_by_email(words, email) if honorific is None else None
    if by_email:
        return Name(" ".join(words), None, by_email, _surname(words, language), True)
    core = [w for w in words if w.casefold() not in PARTICLES]
    family_first = bool(words) and words[0].casefold() in FAMILY_FIRST and len(words) > 1
    # A Spanish name of three words is a given name and two surnames: Javier Ortega Lunar.
    most = 3 if _spanish(language) else 2
    clear = not family_first and (len(core) <= most or honorific is not None)
    if family_first:
        return Name(" ".join(words), honorific, words[-1], words[0], False)
    return Name(" ".join(words), honorific, words[0] if words else name,
                _surname(words, language), clear)


def needs_salutation(name: str, honorific: str | None, salutation: str | None, *,
                     language: str = "en", email: str | None = None) -> bool:
    """True where the given name cannot be told from the name and no salutation says it:
    three or more words (surname particles not counted) with no honorific, or a
    family-name-first name such as Nguyễn Thị Thảo. In Spanish (`language="es"`) three words
    are a given name and two surnames; four or more cannot be told."""
    if salutation:
        return False
    words = name.split()
    if words and _is_honorific(words[0]) and len(words) > 1:
        honorific, words = honorific or words[0], words[1:]
    if not honorific and given_by_email(words, email):
        return False
    if words and words[0].casefold() in FAMILY_FIRST and len(words) > 1:
        return True
    core = [w for w in words if w.casefold() not in PARTICLES]
    return len(core) >= (4 if _spanish(language) else 3) and not honorific


def greeting_name(name: str, honorific: str | None, salutation: str | None, *,
                  formal: bool = False, language: str = "en", email: str | None = None) -> str:
    """The name to put after "Hi" or "Dear": see the module's docstring for the order."""
    if salutation:
        return salutation
    parts = read_name(name, honorific, language, email)
    if parts.honorific:
        title = parts.honorific
        return f"{title} {parts.surname}" if parts.surname else title
    if not parts.given_is_clear or formal:
        return parts.full
    return parts.given

"""File names from people's names: readable, unique within their folder, never a path."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG = 60

# Names Windows refuses for a file, whatever the extension.
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{i}" for i in range(10)),
             *(f"lpt{i}" for i in range(10))}


# Latin letters that do not decompose into a base letter and an accent.
_LATIN = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
                        "ß": "ss", "đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "þ": "th",
                        "Þ": "Th", "ð": "d", "Ð": "D", "ı": "i"})


def slugify(name: str) -> str:
    """A file name from a person's name: lowercase words joined by '-', accents dropped, other
    scripts kept (王小龙 stays 王小龙); never empty, never a path, never a reserved name."""
    decomposed = unicodedata.normalize("NFKD", name.translate(_LATIN))
    text = unicodedata.normalize("NFC", "".join(
        c for c in decomposed if not unicodedata.combining(c)))
    text = re.sub(r"[\W_]+", "-", text.casefold()).strip("-")
    text = text[:MAX_SLUG].rstrip("-")
    if not text:
        return "recipient"
    return f"{text}-" if text in _RESERVED else text


def unique_slug(name: str, used: set[str]) -> str:
    """slugify(name), numbered (-2, -3, ...) when taken, so two people with one name get two
    drafts; `used` collects what is taken (compared without case, as some file systems do)."""
    base = slugify(name)
    slug, number = base, 1
    while slug.casefold() in used:
        number += 1
        slug = f"{base}-{number}"
    used.add(slug.casefold())
    return slug

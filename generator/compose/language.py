"""Dates and lists in the pack's language: `Friday, November 20`, `viernes, 20 de noviembre`.

English is built in (no strftime: it follows the machine's locale). Every other language
comes from Babel's CLDR data, imported only when a pack in that language renders.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from functools import lru_cache

from .lexicon import PARTICIPLES

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_YEAR_AT_END = re.compile(r",?\s*(?:'[^']*'\s*)?y+\.?$")


def is_english(language: str) -> bool:
    return language.lower().split("-")[0] == "en"


def longdate(language: str) -> Callable[[date, bool], str]:
    """A date written out in `language`, without its year, optionally with the weekday."""
    if is_english(language):
        def english(value: date, weekday: bool = True) -> str:
            text = f"{MONTHS[value.month - 1]} {value.day}"
            return f"{WEEKDAYS[value.weekday()]}, {text}" if weekday else text
        return english

    patterns = _patterns(language)

    def other(value: date, weekday: bool = True) -> str:
        from babel.dates import format_date

        return str(format_date(value, patterns[0 if weekday else 1], locale=patterns[2]))
    return other


def join_list(language: str) -> Callable[..., str]:
    """`a, b and c` in `language`; an explicit conjunction wins (`join_and('or')`)."""
    def join(items: Iterable[object], conjunction: str | None = None) -> str:
        words = [str(item) for item in items]
        if conjunction is None and not is_english(language) and len(words) > 1:
            from babel.lists import format_list

            return str(format_list(words, locale=_locale(language)))
        if len(words) <= 1:
            return "".join(words)
        # "duplicates and crafting, and telemetry": a comma keeps an "and" inside an item
        # from running into the one between items
        inner = any(f" {conjunction or 'and'} " in word for word in words[:-1])
        return f"{', '.join(words[:-1])}{',' if inner else ''} {conjunction or 'and'} {words[-1]}"
    return join


def _locale(language: str) -> str:
    return language.replace("-", "_")


@lru_cache(maxsize=8)
def _patterns(language: str) -> tuple[str, str, str]:
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(_locale(language))
    except (UnknownLocaleError, ValueError):
        locale = Locale.parse("en")
    full = _YEAR_AT_END.sub("", locale.date_formats["full"].pattern)
    long = _YEAR_AT_END.sub("", locale.date_formats["long"].pattern)
    return full, long, str(locale)


# Spanish puts an article before a company named by a common noun ("el Grupo Alimentario
# Sierra Norte", "la Clínica Rivera"), not before a brand ("Acme Robotics").
_ES_ARTICLES = {
    "grupo": "el", "hospital": "el", "banco": "el", "colegio": "el", "instituto": "el",
    "ayuntamiento": "el", "laboratorio": "el", "centro": "el", "servicio": "el",
    "consorcio": "el", "ministerio": "el", "departamento": "el", "despacho": "el",
    "laboratorios": "los", "almacenes": "los", "clínica": "la", "universidad": "la",
    "fundación": "la", "compañía": "la", "corporación": "la", "farmacia": "la",
    "empresa": "la", "escuela": "la", "residencia": "la", "cooperativa": "la",
    "asociación": "la", "agencia": "la", "consultora": "la", "editorial": "la",
    "sociedad": "la", "caja": "la", "federación": "la", "junta": "la", "comunidad": "la",
}


def with_article(language: str) -> Callable[..., str]:
    """`company | article("de")`: "del Grupo Sierra Norte" in Spanish, "de Acme" for a brand;
    in other languages the preposition and the name as they are."""
    spanish = language.lower().split("-")[0] == "es"

    def article(name: object, preposition: str = "") -> str:
        text = str(name)
        words = text.split()
        found = _ES_ARTICLES.get(words[0].casefold()) if spanish and words else None
        if found is None:
            return f"{preposition} {text}".strip()
        if found == "el" and preposition in ("de", "a"):
            return f"{preposition}l {text}"  # del, al
        return f"{preposition} {found} {text}".strip()
    return article


# The contractions a formal voice writes out, as the formal pack's sentences use them.
_CONTRACTED = {"you're": "you are", "You're": "You are", "there's": "there is", "I'd ": "I would ",
               "I'm ": "I am ", "I've ": "I have ", "I'll ": "I will ", "don't": "do not",
               "doesn't": "does not", "isn't": "is not", "can't": "cannot",
               "won't": "will not", "didn't": "did not", "they're": "they are", "it's": "it is",
               # "you'd" is "you would" only before these; before a participle it is "you had"
               "you'd like": "you would like", "you'd want": "you would want",
               "you'd be": "you would be", "you've": "you have", "we're": "we are",
               "we've": "we have", "wasn't": "was not", "aren't": "are not",
               "haven't": "have not", "hasn't": "has not", "wouldn't": "would not",
               "couldn't": "could not", "that's": "that is", "what's": "what is"}
_CONTRACTION = re.compile("|".join(re.escape(k) for k in _CONTRACTED))


# Family words a formal letter writes out ("your dad ran a tug": recruiter round 16).
_FAMILY = {"dad": "father", "mom": "mother", "mum": "mother", "kids": "children",
           "grandpa": "grandfather", "grandma": "grandmother"}
_FAMILY_WORD = re.compile(r"\b(your|my|our|his|her) (dad|mom|mum|kids|grandpa|grandma)\b")


def uncontracted(text: str) -> str:
    """English contractions written out, for a formal voice, and "your dad" as "your father";
    never inside “…”: someone's own words are quoted as they said them."""
    parts = re.split(r"(“[^”]*”)", str(text))
    return "".join(part if part.startswith("“") else _written_out(part) for part in parts)


def _written_out(text: str) -> str:
    text = _CONTRACTION.sub(lambda m: _CONTRACTED[m[0]], _had(text))
    return _FAMILY_WORD.sub(lambda m: f"{m[1]} {_FAMILY[m[2]]}", text)


# "I'd worked the line": before a past participle "I'd" is "I had", never "I would".
_I_D = re.compile(r"\bI['’]d (?=(\w+)\b)")


def _had(text: str) -> str:
    return _I_D.sub(lambda m: "I had " if m[1].endswith("ed") or m[1] in PARTICIPLES
                    else m[0], text)

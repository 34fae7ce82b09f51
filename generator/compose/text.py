"""The wording helpers phrasing's rules share: a value's ends trimmed, its sentences, its
case as a person would write it mid-sentence, its Markdown set aside (lists are lists.py's).
A base module of compose: it imports only lexicon.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import COMMON, PARTICIPLES, VERBS


def _words(text: str) -> frozenset[str]:
    """A table written as words separated by white space."""
    return frozenset(text.split())

LONG = 25  # words: more than this does not sit well inside a sentence


@dataclass(frozen=True)
class Placed:
    """A value ready for a note: `phrase` fits the field's slot mid-sentence (None when it
    cannot), `sentence` stands on its own (None when the phrase says it all), and `more`
    holds the value's further sentences, as written."""

    phrase: str | None
    sentence: str | None
    shape: str
    more: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return self.phrase if self.phrase is not None else (self.sentence or "")

    @property
    def short(self) -> str | None:
        """The phrase, cut at a clause boundary when it is too long for a sentence."""
        return clip(self.phrase) if self.phrase is not None else None


_LIST_MARK = re.compile(r"^\s*(?:[-*+•]|\d+[.)])\s+", re.MULTILINE)


def word_count(value: str) -> int:
    """Whitespace-separated tokens holding a letter or digit; list bullets do not count."""
    text = _LIST_MARK.sub(" ", value)
    return sum(1 for token in text.split() if _ALNUM.search(token))


_ALNUM = re.compile(r"[^\W_]")  # a character str.isalnum() holds true: \w less the underscore


_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf\ufe0f\u200d]")


_ASIDES = re.compile(r"\s*\((?:ugh|lol|!+|\?+|sigh|yay|haha|ha)\)|,?\s+\b(?:lol|haha)\b\s*$",
                     re.IGNORECASE)


_QUOTES = {'"': '"', "“": "”", "«": "»", "'": "'", "‘": "’"}


_STRUCK = re.compile(r"~~[^~]*~~\s*")


_CODE = re.compile(r"`[^`]*`|\]\([^)]*\)")


# Abbreviations whose dot does not end a sentence.
_ABBREVIATIONS = ("dr", "mr", "mrs", "ms", "prof", "st", "vs", "e.g", "i.e", "etc", "a.m",
                  "p.m", "u.s", "u.k", "dra", "sr", "sra", "no", "approx", "inc", "jr", "mt")


def _protect(text: str) -> tuple[str, list[str]]:
    """Code spans and link targets set aside, so no rule changes what is in them."""
    kept: list[str] = []

    def hold(match: re.Match[str]) -> str:
        kept.append(match[0])
        return f"\x00{len(kept) - 1}\x01"

    return _CODE.sub(hold, text), kept


def _restore(text: str, kept: list[str]) -> str:
    return re.sub(r"\x00(\d+)\x01", lambda m: kept[int(m[1])], text)


def _strip_ends(text: str) -> str:
    """The value without quotes around all of it, leading ellipses, trailing marks."""
    text = " ".join(text.split())
    text = _EMOJI.sub("", text)
    text = _ASIDES.sub("", text).strip()
    text = re.sub(r"^(?:\.{2,}|…)\s*", "", text)
    while len(text) > 1 and text[0] in _QUOTES and text.endswith(_QUOTES[text[0]]) and (
            text.count(text[0]) == 2 or text[0] != _QUOTES[text[0]]):
        text = text[1:-1].strip()
    text = re.sub(r"^¡+", "", text)
    text = re.sub(r"^¿+", "¿", text)
    question = text.rstrip(" .!").endswith("?")
    text = _strip_tail(text)
    return text + "?" if question else text


def _strip_tail(text: str) -> str:
    """Final punctuation off (an abbreviation keeps its dot: U.S., etc.)."""
    text = text.rstrip()
    while (text and text[-1] in ".!?,;:…¡¿") or text.endswith((" -", " —")):
        if text.endswith(".") and _ends_with_abbreviation(text) and not text.endswith(".."):
            break
        text = text[:-1].rstrip()
    return text


def _ends_with_abbreviation(text: str) -> bool:
    last = text.rsplit(None, 1)[-1].rstrip(".").lstrip("(").casefold()
    return last in _ABBREVIATIONS or bool(re.fullmatch(r"(?:[a-z]\.)+[a-z]", last))


def sentences(text: str) -> list[str]:
    """The sentences of a value (abbreviations and decimals do not end one)."""
    parts: list[str] = []
    start = 0
    for match in re.finditer(r"[.!?]+[\"”»)]?(?=\s+[\"“«(¿¡]?[A-ZÁÉÍÓÚÑ0-9])", text):
        before = text[start:match.end()]
        if match[0].startswith(".") and len(match[0]) == 1 and _ends_with_abbreviation(before):
            continue
        parts.append(before.strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        parts.append(tail)
    return parts


def _is_acronym(word: str) -> bool:
    letters = [ch for ch in word if ch.isalpha()]
    if not letters:
        return False
    upper = sum(ch.isupper() for ch in letters)
    return (upper >= 2 and upper == len(letters)) or any(ch.isdigit() for ch in word) or (
        upper >= 1 and not letters[0].isupper())  # iOS, eCommerce


@lru_cache(maxsize=4096)  # each word, again and again: -4% instructions with _verb_base's
def _bare(word: str) -> str:
    return re.sub(r"^[^\w\x00]+|[^\w']+$", "", word).replace("’", "'")


def _normalise_case(text: str, proper: frozenset[str]) -> str:
    """Shouting and Title Case as a person would write them mid-sentence."""
    words = text.split(" ")
    alpha = [w for w in words if any(ch.isalpha() for ch in w) and "\x00" not in w]
    if not alpha:
        return text
    caps = [w for w in alpha if _bare(w).isupper() and len([c for c in w if c.isalpha()]) > 1]
    if (len(caps) == len(alpha) and len(alpha) > 1) or (
            len(alpha) == 1 and caps and _bare(alpha[0]).casefold() in COMMON):
        # All capitals: lower-case everything but tokens with digits (Q1).
        return " ".join(w if any(ch.isdigit() for ch in w) else w.lower() for w in words)
    small = {"to", "of", "and", "the", "a", "an", "in", "on", "for", "at", "with", "de", "la",
             "el", "y"}
    title = [w for w in alpha if _bare(w)[:1].isupper() and (
        not _bare(w).isupper() or any(ch.isdigit() for ch in w))]
    others = [w for w in alpha if w not in title and _bare(w).casefold() not in small and not (
        _is_acronym(_bare(w)) and len(_bare(w)) <= 4)]
    if len(alpha) >= 3 and len(title) >= 3 and not others and not re.search(r"[.,+()]", text):
        return " ".join(w if _is_acronym(w) or _bare(w) in proper else w.lower() for w in words)
    # A run of two or more shouted words is shouting; so is one common word in capitals.
    out = []
    for index, word in enumerate(words):
        bare = _bare(word)
        run = [w for w in words[max(0, index - 1):index + 2]
               if _bare(w).isupper() and len(_bare(w)) > 1]
        if bare.isupper() and len(bare) > 1 and not any(ch.isdigit() for ch in bare) and (
                (len(run) >= 2 and all(_bare(w).casefold() in COMMON or len(_bare(w)) > 4
                                      for w in run)) or (bare.casefold() in COMMON
                                                        and len(bare) > 2)):
            word = word.lower()
        out.append(word)
    return " ".join(out)


def _lower_first(text: str, proper: frozenset[str], *, keep_unknown: bool = True) -> str:
    """The first letter lower-cased, unless the first word is an acronym, a name or a
    possessive (Epic's), or a word we do not know (a product's name, likely)."""
    match = re.search(r"[^\W\d_]", text)
    if match is None:
        return text
    start = match.start()
    word_match = re.match(r"[\w.'’/-]+", text[start:])
    word = word_match[0] if word_match else text[start]
    bare = word.rstrip(".")
    if "\x00" in text[:start]:
        return text
    if re.match(r"I(?:['’](?:m|ve|d|ll))?\b", text[start:]):
        return text  # I is never lower-cased
    if _is_acronym(bare) or bare in proper or re.fullmatch(r"(?:[A-Z]\.)+[A-Z]?", bare):
        return text
    following = re.match(r"\S+\s+(\S+)", text[start:])
    if bare.casefold() in _FUNCTION_WORDS:
        return text[:start] + text[start].lower() + text[start + 1:]  # "At Delmar I ran …"
    if following and re.match(r"[A-Z][a-z]", following[1]) and word[:1].isupper() and (
            "-" not in word):
        return text  # "Science Olympiad", "Black Friday": a name of two words
    if re.match(r"[\w-]+['’]s\b", word) and word[:1].isupper() and word.casefold() not in (
            "what's", "it's", "that's", "there's", "who's", "she's", "he's", "here's"):
        return text  # Epic's, Priya's
    lower = re.split(r"['’]", bare.casefold())[0]
    head = lower.split("-")[0]
    if not keep_unknown or lower in COMMON or head in COMMON or lower in VERBS or (
            lower in PARTICIPLES or lower in _SPANISH_COMMON) or _looks_common(lower):
        return text[:start] + text[start].lower() + text[start + 1:]
    return text


# Words that open a sentence but never a name: "At Delmar", "In Lyon", "For Acme".
_FUNCTION_WORDS = _words("""at in on for with after before during since when while from
    by as of to until under over about across between through within without""")

_SPANISH_COMMON = _words("""
    el la los las un una mi su experiencia cinco seis siete ocho nueve diez once doce tres dos
    cuatro quince veinte dominio protocolo gestión inglés francés alemán renegociación plan
    habilidades máster evaluación cómo qué si hay
""")


def _looks_common(word: str) -> bool:
    """An English or Spanish word by its ending (a name rarely ends like these)."""
    return bool(re.search(r"(?:ing|tion|ment|ness|ity|ies|ship|ance|ence|ers|ive|ful|ous|ally"
                          r"|ción|miento|dad|ado|ada|ido|ida)$", word)) and len(word) > 5


_LABEL = re.compile(
    r"^(?:\*\*|__)?(?P<label>[A-Za-z][\w /'’-]{0,30}?):(?:\*\*|__)?\s+(?=\S)"
    r"|^(?P<dash>[A-Za-z]+)\s+[—–-]\s+(?=\S)")


def _drop_label(text: str) -> tuple[str, str | None]:
    match = _LABEL.match(text)
    if match is None:
        if re.match(r"^re\s+", text, re.IGNORECASE):
            return text[3:].lstrip(), "re"
        return text, None
    label = (match["label"] or match["dash"]).strip().casefold()
    rest = text[match.end():]
    if len(label.split()) > 5 or not rest:
        return text, None
    return rest, label


def clip(text: str) -> str:
    """A phrase too long for a sentence, cut at its first clause boundary when what comes
    before it says something on its own (the whole value still gets its finding)."""
    if word_count(text) <= 20:
        return text
    match = re.search(r"(?:;|,\s+(?:and|but|so|which|because)\b|\s[—–]\s|:\s)", text)
    if match and word_count(text[:match.start()]) >= 4:
        text = text[:match.start()]
    if word_count(text) > 20:  # still long: its first comma, if a clause comes before it
        match = re.search(r",\s", text)
        if match and word_count(text[:match.start()]) >= 6:
            text = text[:match.start()]
    return text


def _sentence(text: str) -> str:
    text = _strip_tail(text)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?")) else text + "."

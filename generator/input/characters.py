"""Which characters a one-line value may hold, decided once for every field that reads one:
no control characters, nothing a reader cannot see (by Unicode property, with the joiners and
variation selectors some scripts need), no link where a plain name belongs, no RFC 2047
encoded word that could smuggle a line break into a header. Used by fields.py as it reads
the YAML, and by compose (a rendered subject) and output (headers) after it.
"""

from __future__ import annotations

import re
import unicodedata

# Control characters would end up in headers and file names; NUL and friends are never wanted,
# nor invisible direction overrides and zero-width spaces, which disguise a name. (Zero-width
# joiners stay: several scripts need them.) Multi-line text is held to this; a single line
# (a name, a salutation, a title) to `invisible` below.
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u200b\u202a-\u202e"
                      r"\u2066-\u2069\ufeff]")
# Categories of characters that show as nothing (or move the text about): controls, format
# characters, surrogates, private use, unassigned, line and paragraph separators.
_UNSEEN = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})
_JOINERS = "\u200c\u200d"  # ZWNJ, ZWJ


def invisible(value: str) -> str | None:
    """The first character of a one-line value that a reader cannot see, or None.

    Decided by Unicode's properties, not a list: every character of the categories above, and
    every Default_Ignorable_Code_Point (the Hangul fillers U+3164 and U+FFA0, the soft hyphen,
    the word joiner, direction marks, the combining grapheme joiner) and the Braille blank
    U+2800 (a symbol, but drawn as nothing), with two exceptions a
    name can need. ZWNJ and ZWJ stay after a virama (Devanagari, Bengali, Malayalam …) and
    between joining letters (Arabic, Persian, Urdu …). A variation selector
    stays right after an ideograph or a symbol (a Japanese name's ideograph variant). See
    _joiner_allowed."""
    if value.isascii():
        found = CONTROL.search(value)
        return found.group() if found else None
    ignorable = None
    for index, char in enumerate(value):
        if char.isascii() and char.isprintable():
            continue
        category = unicodedata.category(char)
        # Outside the categories, only these hold ignorable characters (and the Braille
        # blank, a symbol that fonts draw as nothing): a name in ø or é never needs the lookup.
        if category not in _UNSEEN and category not in ("Lo", "Mn") and char != "\u2800":
            continue
        if ignorable is None:
            import regex  # only for text outside ASCII: its import costs 20 ms

            ignorable = regex.compile(r"\p{Default_Ignorable_Code_Point}|\u2800")
            selector = regex.compile(r"\p{Variation_Selector}")
        if category not in _UNSEEN and not ignorable.match(char):
            continue
        if char in _JOINERS and _joiner_allowed(value, index):
            continue
        # after an ideograph or a symbol only: after a Latin letter it changes nothing seen
        before = unicodedata.category(value[index - 1]) if index else ""
        if (selector.match(char) and (before == "Lo" or before.startswith("S"))
                and not ignorable.match(value[index - 1])):
            continue
        return char
    return None


def _joiner_allowed(value: str, index: int) -> bool:
    """IDNA 2008's context rule for a joiner (after a virama, or inside a joining context), or
    a joiner between two letters that join (Joining_Type D, R, L or C: Arabic, Persian, Syriac,
    N'Ko, Mongolian …), where a writer may put one even when it changes nothing."""
    import regex
    from idna.core import valid_contextj

    joins = regex.compile(r"[\p{Joining_Type=D}\p{Joining_Type=R}\p{Joining_Type=L}"
                          r"\p{Joining_Type=C}]")
    if 0 < index < len(value) - 1 and joins.match(value[index - 1]) and joins.match(
            value[index + 1]):
        return True
    try:  # ZWJ is judged by ZWNJ's rule too: between joining letters it does no harm either
        return valid_contextj(value, index) or valid_contextj(
            value[:index] + "\u200c" + value[index + 1:], index)
    except (ValueError, IndexError):
        return False


# A link where a plain name or title belongs: Markdown's [text](url) and [text][ref], an HTML
# tag or <autolink>, or an address a mail client would turn into a link by itself.
# A Markdown link or reference ("[x](y)", "[x][y]": no space between, as Markdown needs), a tag,
# a URL or a scheme followed by something: "Engineer [Backend] (Remote)" and "Tel: …" are text.
LINK = re.compile(r"\[[^\]]*\][(\[]|<[A-Za-z/!?]|\b[A-Za-z][A-Za-z0-9+.-]*://|\bwww\.|"
                   r"\b(?:mailto|javascript|data|tel):(?=\S)", re.IGNORECASE)
ANY_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# An RFC 2047 encoded word: in a header it could smuggle line breaks (see mime.py).
ENCODED_WORD = re.compile(r"=\?[^?\s]*\?[bBqQ]\?[^?\s]*\?=")

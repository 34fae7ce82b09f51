"""Words and sentences of a text, as every rule counts and reads them: a sentence ends after
. ! ? at a word's end (not after Mr., e.g. or a decimal point) and at a paragraph break; a word
is a run of letters; a count of words takes any run of letters or digits between spaces; names
are compared folded (lower case, no accents). A list's marks ("1.", "-", "•") are no words.
"""

from __future__ import annotations

import re
import unicodedata

# A list item's mark at a line's start: "1.", "2)", "(3)", "a)", "ii.", "-", "*", "•".
LIST_MARK = re.compile(r"^\s*(?:[-*•·–]|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)])\s+(?=\S)",
                        re.IGNORECASE)
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
WORDISH = re.compile(r"\S*[^\W_]\S*")  # a run of non-space holding a letter or digit


def unmarked(paragraph: str) -> str:
    """A paragraph without the marks of its list items."""
    return "\n".join(LIST_MARK.sub("", line) for line in paragraph.split("\n"))


_ABBREVIATION = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|St|Sr|Jr|Inc|Ltd|Co|vs|etc|e\.g|i\.e|"
                           r"a\.m|p\.m|approx|dept|No)\.$", re.IGNORECASE)
_END = re.compile(r"[.!?…]+[\"'’”)]*(?=\s+|$)")


def sentences(text: str) -> list[str]:
    """The sentences of a text, each on one line: split after . ! ? at a word's end (not
    after Mr., e.g. or a decimal point), and at paragraph breaks."""
    found = []
    for paragraph in re.split(r"\n\s*\n|\n(?=\s*(?:[-*•·–]|\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})"
                              r"[.)])\s)", text, flags=re.IGNORECASE):
        flat = " ".join(LIST_MARK.sub("", paragraph).split())
        start = 0
        for end in _END.finditer(flat):
            piece = flat[start:end.end()]
            quoted = end[0][-1] in "\"'’”)"
            if _ABBREVIATION.search(piece) or (quoted and flat[end.end():].lstrip()[:1].islower()):
                continue  # Mr. Lee; a question quoted inside a sentence: the "why?" emails
            if piece.strip():
                found.append(piece.strip())
            start = end.end()
        if flat[start:].strip():
            found.append(flat[start:].strip())
    return found


def words(text: str) -> list[str]:
    return WORD.findall(text)


def count_words(text: str) -> int:
    """Runs of letters or digits between spaces, as a body's words are counted."""
    return len(WORDISH.findall(text))


def fold(word: str) -> str:
    """Lower case without accents: how two spellings of one name compare (Siobhán, Siobhan)."""
    if word.isascii():
        return word.casefold()
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).replace("’", "'")

"""The spelling dictionary, and the names a note may use that no dictionary holds.

The dictionary is Harper's (harper-py, offline, Apache-2.0), chosen by measurement: of 101
everyday professional words (tests/words/professional.txt) it flags 3, where hunspell's en_US
flags 40 and pyspellchecker's list 56; on the built-in packs' drafts it flags none. A word
is known when Harper knows it in American or British spelling (candour and color both pass).

A word in lower case that Harper lacks is asked again of pyspellchecker's English word list
(pyspellchecker, offline, MIT), as a second opinion: Harper lacks some real words of trades
and breeds one letter from a word it knows ("heeler", "loupe", "purlin", "jointer"), and
calling those misspelt teaches a user to ignore the check. A word the list knows loses its
suggested correction, so it is a word to check (a suggestion), never a misspelling: the list
is broad (it knows "miniscule", "incase" and Spanish "que"; of 131 common misspellings, 10),
so it softens a finding and never silences one.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..cache import cache_dir, installed, keep

if TYPE_CHECKING:
    import harper
    from spellchecker import SpellChecker


_APART = "\n\n"


class Dictionary:
    """Harper's English words, asked a batch of words at a time.

    Building Harper's linter takes about 0.6 s, so its answers are kept in the cache folder
    and Harper is built only for words it has not answered before: the worked example's run
    is 1,180 M instructions with them kept, 4,320 M without (73% saved)."""

    def __init__(self, version: str) -> None:
        # "-3": the answers kept before words were asked a paragraph each (see _ask) called
        # misspellings known, and those kept before the second opinion called real words of
        # trades misspelt; they are asked again.
        # "-5" ("-4" was an interim): the answers kept before terms made as terms ("dbt",
        # "autopay", "trach") were told from slips.
        # "-6": those kept before a word written solid for a hyphenated one ("ebook") and a
        # clipping whose correction is no completion of it ("perio") were told from slips.
        # "-7": those kept before a clipping of common words was told from a slip of a rarer
        # one ("regen", of regenerate and regeneration, not "regent").
        self._file = cache_dir() / f"words-harper-{version}-7.json"
        self._verdicts: dict[str, str | None] = {}  # word -> None if known, else a suggestion
        self._new: dict[str, str | None] = {}
        self._linters: tuple[harper.Linter, harper.Linter] | None = None
        try:
            stored = json.loads(self._file.read_text(encoding="utf-8"))
            if isinstance(stored, dict):
                self._verdicts = {str(k): v if isinstance(v, str) else None
                                  for k, v in stored.items()}
        except (OSError, ValueError):
            pass  # none yet, or unreadable: Harper answers again

    @classmethod
    def load(cls) -> Dictionary | None:
        """The dictionary, or None where harper-py is not installed."""
        version = installed("harper-py")
        return cls(version) if version else None

    def unknown(self, asked: Iterable[str]) -> dict[str, str]:
        """Of these words, those Harper does not know, each with its best suggestion ("" if
        it has none)."""
        asked = list(dict.fromkeys(asked))
        new = [word for word in asked if word not in self._verdicts]
        if new:
            answers = self._ask(new)
            self._verdicts.update(answers)
            self._new.update(answers)
        return {word: self._verdicts[word] or "" for word in asked
                if self._verdicts[word] is not None}

    def _ask(self, asked: list[str]) -> dict[str, str | None]:
        if self._linters is None:
            import harper

            self._linters = (harper.Linter(harper.Dialect.AMERICAN),
                             harper.Linter(harper.Dialect.BRITISH))
        # One word a paragraph, so each lint's span names its word. (One a line made one long
        # "sentence" of a batch, and Harper's readability lint over the whole of it hid every
        # spelling lint inside: a batch of 40 words or more passed every misspelling.)
        text = _APART.join(asked)
        starts, offset = {}, 0
        for word in asked:
            starts[offset] = word
            offset += len(word) + len(_APART)
        flagged: list[dict[str, str]] = []
        for linter in self._linters:
            suggestions = {}
            for lint in linter.lint(text, language="plaintext"):
                named = starts.get(lint.span.start)
                if named is not None and lint.span.end - lint.span.start == len(named) and (
                        lint.lint_kind in ("Spelling", "BoundaryError")):
                    suggestions[named] = next((s.replacement_text for s in lint.suggestions),
                                              "")
            flagged.append(suggestions)
        american, british = flagged
        found = {word: (american[word] or british[word])
                 if word in american and word in british else None for word in asked}
        doubted = [word for word, verdict in found.items() if verdict is not None
                   and word.islower()]
        for word in _known_elsewhere(doubted, found):
            found[word] = ""  # no correction to offer: a word to check, not a slip
        return found

    def save(self) -> None:
        """Keep what Harper answered for the next run (merged with what other runs kept)."""
        if not self._new:
            return
        try:
            stored = json.loads(self._file.read_text(encoding="utf-8"))
            merged = stored if isinstance(stored, dict) else {}
        except (OSError, ValueError):
            merged = {}
        merged.update(self._new)
        if keep(self._file, json.dumps(merged, ensure_ascii=False, sort_keys=True)):
            self._new = {}  # else no cache this time; still correct


def _known_elsewhere(words: list[str], suggested: dict[str, str | None]) -> set[str]:
    """Of these words in lower case, those pyspellchecker's English list knows, or the plural
    of one it knows ("purlins"), or that are made the way terms are made (_made_as_terms);
    the list is loaded only when Harper doubts a word it has not answered before (about
    0.4 s)."""
    if not words:
        return set()
    from spellchecker import SpellChecker

    checker = SpellChecker(language="en")
    singular = {word: word[:-1] for word in words if word.endswith("s")}
    known = checker.known([*words, *singular.values()])
    found = {word for word in words if word in known or singular.get(word) in known}
    return found | _made_as_terms([word for word in words if word not in found], suggested,
                                  checker)


def _made_as_terms(words: list[str], suggested: dict[str, str | None],
                   checker: SpellChecker) -> set[str]:
    """Words made the way terms are made, not slips (holdout9's class and our own drafts'):
    an abbreviation, its vowels left out ("dbt", where "debt" only adds one; "wprk" stays a
    slip of "work"), two known words run together ("autopay", not "autopsy"), and a clipped
    word, the start of a known word two letters longer or more that no known word is one
    letter longer than ("trach", from trachea; "intervie" stays a slip of "interview"), or
    than which the only one letter longer is not the correction offered ("perio", from
    periodontal: "period" is known, but "peril" is what Harper offers); and a hyphenated word
    written solid ("ebook" for "e-book"), both on our own drafts."""
    found = {word for word in words if not re.search(r"[aeiouy]", word)
             and _within(word, (suggested.get(word) or "").casefold())}
    found |= {word for word in words
              if (suggested.get(word) or "").casefold().replace("-", "") == word}
    rest = [word for word in words if word not in found]
    parts = {word: [(word[:i], word[i:]) for i in range(3, len(word) - 2)] for word in rest}
    known = checker.known([part for pairs in parts.values() for pair in pairs for part in pair])
    found |= {word for word, pairs in parts.items()
              if any(head in known and tail in known for head, tail in pairs)}
    clipped = [word for word in rest if word not in found and len(word) >= 4]
    if clipped:
        longer: dict[str, int] = {}  # the fewest letters a known word adds to it
        near: dict[str, int] = {}  # how common the words one letter longer are, together
        far: dict[str, int] = {}  # and those two letters longer or more
        counts = checker.word_frequency
        for known_word in counts:
            for word in clipped:
                if known_word.startswith(word) and len(known_word) > len(word):
                    extra = len(known_word) - len(word)
                    longer[word] = min(longer.get(word, extra), extra)
                    side = far if extra >= 2 else near
                    side[word] = side.get(word, 0) + counts[known_word]
        # (A clipping of words far commoner than the one a letter longer is a term of the
        # trade: "regen" clips regenerate and regeneration, four times as common as "regent";
        # "intervie" stays a slip of "interview", commoner than all its longer forms.)
        found |= {word for word in far if longer[word] >= 2
                  or not (suggested.get(word) or "").casefold().startswith(word)
                  or far[word] > _CLIPPED * near.get(word, 0)}
    return found


_CLIPPED = 2  # how many times commoner the clipped words must be than the slip's word


def _within(short: str, long: str) -> bool:
    """Whether `short` is `long` with letters left out (its letters in order)."""
    rest = iter(long)
    return len(long) > len(short) and all(letter in rest for letter in short)


class Words:
    """The dictionary (loaded at its first use) and the names each note may use."""

    def __init__(self) -> None:
        self._dictionary: Dictionary | None = None
        self._loaded = False

    @property
    def dictionary(self) -> Dictionary | None:
        if not self._loaded:
            self._dictionary, self._loaded = Dictionary.load(), True
        return self._dictionary

    def save(self) -> None:
        if self._dictionary is not None:
            self._dictionary.save()


# Words worth looking up: lower case, or capitalised; terms with inner capitals, all capitals
# or digits (gRPC, API, k8s) are never misspellings of a common word.
_WORD = re.compile(r"(?<!\w)(?<!\w['’])[^\W\d_][^\W\d_A-Z]*(?:['’][^\W\d_A-Z]+)*(?!\w)")


def candidates(text: str) -> list[str]:
    """The words of a text to look up, each once, as written but for a possessive."""
    found = []
    for token in dict.fromkeys(_WORD.findall(text)):
        word = token.replace("’", "'")
        word = word.removesuffix("'s") if word.endswith("'s") else word
        if len(word) >= 2 and not word.isupper():
            found.append(word)
    return list(dict.fromkeys(found))

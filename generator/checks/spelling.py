"""An offline spelling dictionary per language, from pyspellchecker's word lists.

pyspellchecker loads its gzipped JSON in about 0.3 s, most of a run's time; we only need to
know words and suggest a close one, so the first use writes the words, sorted, with their
frequency ranks, to the user's cache folder, and later runs search that file in place.
"""

from __future__ import annotations

import gzip
import json
import mmap
import os
from importlib import resources

from ..cache import cache_dir, installed

LETTERS = "abcdefghijklmnopqrstuvwxyzáéíóúñüàèìòùçâêîôûäöëïß"
# Everyday words of job searching and software that the general word list lacks.
EXTRA = frozenset((
    "backend", "frontend", "fullstack", "devops", "onboarding", "offboarding", "microservice",
    "microservices", "kubernetes", "dockerfile", "repo", "repos", "refactor", "refactoring",
    "runbook", "runbooks", "postmortem", "postmortems", "standup", "standups", "async",
    "codebase", "codebases", "dataset", "datasets", "deploy", "deploys", "deployment", "roadmap",
    "roadmaps", "workflow", "workflows", "teammate", "teammates", "hackathon", "startup",
    "startups", "fintech",
))
FORMAT = 3  # of the cache file; a change makes it anew
# Contractions the word lists do not hold: checked without their ending.
ENDINGS = ("n't", "'s", "'re", "'m", "'d", "'ll", "'ve")


class Dictionary:
    """Known words in a sorted file of `word<TAB>rank` lines, searched where it lies (mapped
    into memory, never loaded): nothing to build at start, nothing held per process. Building
    a set of its 160,000 words took ~60 ms at every start; each answer is remembered, and a
    batch asks about few distinct words."""

    def __init__(self, data: bytes | mmap.mmap) -> None:
        self._data = data
        self._known: dict[str, int | None] = {}

    @classmethod
    def from_frequencies(cls, words: list[str]) -> Dictionary:
        """From words listed most frequent first."""
        return cls(_lines(words))

    @classmethod
    def load(cls, language: str) -> Dictionary | None:
        """The dictionary for a language, or None where pyspellchecker has none."""
        stamp = installed("pyspellchecker", thorough=True)
        if stamp is None:
            return None
        cached = cache_dir() / f"words-{language}-{stamp}-{FORMAT}.txt"
        try:
            with cached.open("rb") as handle:
                mapped = mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ)
            if mapped[-1:] == b"\n":  # else cut short (a crash while it was written)
                return cls(mapped)
        except (OSError, ValueError):
            pass  # missing or empty: made again below
        source = resources.files("spellchecker") / "resources" / f"{language}.json.gz"
        if not source.is_file():
            return None
        with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
            frequencies: dict[str, int] = json.load(text)
        data = _lines(sorted(frequencies, key=lambda w: (-frequencies[w], w)))
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_name(f".{cached.name}.{os.getpid()}")
            temporary.write_bytes(data)
            temporary.replace(cached)
            # Earlier formats for this version go; other versions' lists stay (another
            # environment may share this cache folder).
            for old in cached.parent.glob(f"words-{language}-{stamp}*"):
                if old != cached and not old.name.startswith("."):
                    old.unlink()
        except OSError:
            pass  # no cache this time; still correct
        return cls(data)

    def __contains__(self, word: str) -> bool:
        if word not in self._known:
            self._known[word] = self._rank(word)
        return self._known[word] is not None

    def _rank(self, word: str) -> int | None:
        """The word's frequency rank (0: the most frequent), or None if it is not known."""
        data, key = self._data, word.encode("utf-8")
        low, high = 0, len(data)
        while low < high:  # over line starts; UTF-8 byte order is code point order
            start = max(low, data.rfind(b"\n", 0, (low + high) // 2) + 1)
            end = data.find(b"\n", start)
            end = len(data) if end == -1 else end
            tab = data.find(b"\t", start, end)
            tab = end if tab == -1 else tab  # a damaged line: its word is all of it
            found = data[start:tab]
            if found < key:
                low = end + 1
            elif found > key:
                high = start
            else:
                rank = data[tab + 1:end]
                return int(rank) if rank.isdigit() else len(data)
        return None

    def knows(self, word: str) -> bool:
        word = word.replace("’", "'")
        if word in self or word in EXTRA:
            return True
        for ending in ENDINGS:
            if word.endswith(ending) and word[: -len(ending)] in self:
                return True
        return word.endswith("'s") and word[:-2] in self

    def suggest(self, word: str) -> str | None:
        """The most frequent known word one edit away, if any."""
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        edits = {a + b[1:] for a, b in splits if b}
        edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        edits |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
        edits |= {a + c + b for a, b in splits for c in LETTERS}
        # Edits are looked up once each, not remembered: there are hundreds per word.
        ranked = [(rank, w) for w in edits if (rank := self._rank(w)) is not None]
        return min(ranked)[1] if ranked else None


def _lines(words: list[str]) -> bytes:
    """Words listed most frequent first, as sorted `word<TAB>rank` lines."""
    ranked = sorted((word.encode("utf-8"), rank) for rank, word in enumerate(words)
                    if word and "\t" not in word and "\n" not in word)
    return b"".join(b"%s\t%d\n" % pair for pair in ranked)

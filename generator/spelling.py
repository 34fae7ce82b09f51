"""An offline spelling dictionary per language, from pyspellchecker's word lists.

pyspellchecker loads its gzipped JSON in about 0.3 s, most of a run's time; we only need to
know words and suggest a close one, so the first use writes the words, sorted, with their
frequency ranks, to the user's cache folder, and later runs read that in a few milliseconds.
"""

from __future__ import annotations

import gzip
import json
import marshal
import os
from array import array
from bisect import bisect_left
from importlib import resources
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

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
FORMAT = 2  # of the cache file; a change makes it anew
# Contractions the word lists do not hold: checked without their ending.
ENDINGS = ("n't", "'s", "'re", "'m", "'d", "'ll", "'ve")


def cache_dir() -> Path:
    base = os.environ.get("FOLLOWUP_CACHE") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "followup" if base else Path.home() / ".cache" / "followup"


class Dictionary:
    """Known words as one sorted list, looked up by bisection, and each word's frequency rank
    for suggestions. A set of 160,000 words costs ~60 ms to build at every start; the list
    comes back from its cache file in ~12 ms, and a batch looks up few distinct words (each
    answer is remembered)."""

    def __init__(self, words: list[str], ranks: array[int]) -> None:
        self._sorted = words  # alphabetical
        self._ranks = ranks  # the frequency rank of each, in the same order (0: most frequent)
        self._known: dict[str, bool] = {}

    @classmethod
    def from_frequencies(cls, words: list[str]) -> Dictionary:
        """From words listed most frequent first."""
        order = sorted(range(len(words)), key=words.__getitem__)
        return cls([words[i] for i in order], array("I", order))

    @classmethod
    def load(cls, language: str) -> Dictionary | None:
        """The dictionary for a language, or None where pyspellchecker has none."""
        try:
            stamp = version("pyspellchecker")
        except PackageNotFoundError:
            return None
        cached = cache_dir() / f"words-{language}-{stamp}-{FORMAT}.marshal"
        try:
            words, ranks = marshal.loads(cached.read_bytes())
            return cls(words, array("I", ranks))
        except (OSError, ValueError, EOFError, TypeError):
            pass  # missing, or not ours: made again below
        source = resources.files("spellchecker") / "resources" / f"{language}.json.gz"
        if not source.is_file():
            return None
        with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
            frequencies: dict[str, int] = json.load(text)
        dictionary = cls.from_frequencies(sorted(frequencies, key=lambda w: (-frequencies[w], w)))
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_name(f".{cached.name}.{os.getpid()}")
            temporary.write_bytes(marshal.dumps((dictionary._sorted,
                                                 dictionary._ranks.tobytes())))
            temporary.replace(cached)
            for old in cached.parent.glob(f"words-{language}-*"):  # earlier versions' caches
                if old != cached:
                    old.unlink()
        except OSError:
            pass  # no cache this time; still correct
        return dictionary

    def __contains__(self, word: str) -> bool:
        known = self._known.get(word)
        if known is None:
            at = bisect_left(self._sorted, word)
            known = self._known[word] = at < len(self._sorted) and self._sorted[at] == word
        return known

    def _rank(self, word: str) -> int:
        return self._ranks[bisect_left(self._sorted, word)]

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
        known = [w for w in edits if self._has(w)]
        return min(known, key=self._rank) if known else None

    def _has(self, word: str) -> bool:
        at = bisect_left(self._sorted, word)
        return at < len(self._sorted) and self._sorted[at] == word

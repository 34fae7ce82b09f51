"""An offline spelling dictionary per language, from pyspellchecker's word lists.

pyspellchecker loads its gzipped JSON in about 0.3 s, most of a run's time; we only need to
know words and suggest a close one, so the first use writes the words in a plain file (most
frequent first) to the user's cache folder, and later runs read that in a few milliseconds.
"""

from __future__ import annotations

import gzip
import json
import os
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
# Contractions the word lists do not hold: checked without their ending.
ENDINGS = ("n't", "'s", "'re", "'m", "'d", "'ll", "'ve")


def cache_dir() -> Path:
    base = os.environ.get("FOLLOWUP_CACHE") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "followup" if base else Path.home() / ".cache" / "followup"


class Dictionary:
    def __init__(self, words: list[str]) -> None:
        self._words = frozenset(words)
        self._ordered = words
        self._rank: dict[str, int] | None = None

    @classmethod
    def load(cls, language: str) -> Dictionary | None:
        """The dictionary for a language, or None where pyspellchecker has none."""
        try:
            stamp = version("pyspellchecker")
        except PackageNotFoundError:
            return None
        cached = cache_dir() / f"words-{language}-{stamp}.txt"
        try:
            return cls(cached.read_text(encoding="utf-8").split("\n"))
        except OSError:
            pass
        source = resources.files("spellchecker") / "resources" / f"{language}.json.gz"
        if not source.is_file():
            return None
        with source.open("rb") as raw, gzip.open(raw, "rt", encoding="utf-8") as text:
            frequencies: dict[str, int] = json.load(text)
        words = sorted(frequencies, key=lambda w: (-frequencies[w], w))
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            temporary = cached.with_name(f".{cached.name}.{os.getpid()}")
            temporary.write_text("\n".join(words), encoding="utf-8")
            temporary.replace(cached)
        except OSError:
            pass  # no cache this time; still correct
        return cls(words)

    def knows(self, word: str) -> bool:
        word = word.replace("’", "'")
        if word in self._words or word in EXTRA:
            return True
        for ending in ENDINGS:
            if word.endswith(ending) and word[: -len(ending)] in self._words:
                return True
        return word.endswith("'s") and word[:-2] in self._words

    def suggest(self, word: str) -> str | None:
        """The most frequent known word one edit away, if any."""
        if self._rank is None:
            self._rank = {w: i for i, w in enumerate(self._ordered)}
        splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
        edits = {a + b[1:] for a, b in splits if b}
        edits |= {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
        edits |= {a + c + b[1:] for a, b in splits if b for c in LETTERS}
        edits |= {a + c + b for a, b in splits for c in LETTERS}
        known = [w for w in edits if w in self._words]
        return min(known, key=self._rank.__getitem__) if known else None

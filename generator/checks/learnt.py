"""Tone as learnt from examples, beside the rules: one logistic regression per concern over the
words and word pairs of a sentence, trained on the real notes' spent halves, our variant files
and, as good sentences, our own packs' drafts by tools/train_tone.py (which needs
scikit-learn; followup does not). The weights ship as learnt_tone.json and are scored here in
plain Python.

Why beside the rules: on holdout8, a half neither had seen, the rules caught 24 of 41 bad notes
for their named defect and gave 5 of 39 good ones a problem; rules or model caught 29 and gave
the same 5 (tests/corpus/realnotes/README.md has the figures). A note is flagged when its
highest-scoring sentence passes the concern's threshold, and the finding quotes that sentence.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..kinds import REGISTRY, purpose_of

# The concerns, their biases and thresholds, and each feature's weights, one per concern,
# written as a string of numbers and read as numbers only when a sentence has the feature:
# reading all 180,000 as numbers up front cost 9% of the worked example's instructions.
WEIGHTS = Path(__file__).with_name("learnt_tone.json")

# Each concern the model learnt: what its finding says, in the words the rules use, and the fix.
SAYS: dict[str, tuple[str, str]] = {
    "argues": ("argues with the decision",
               "accept the decision graciously; to learn why, ask for feedback instead"),
    "hostile": ("sounds hostile", "leave it out: a reply in anger closes the door for good"),
    "sarcasm": ("sounds sarcastic",
                "say what you mean plainly: sarcasm reads as contempt in writing"),
    "desperate": ("sounds desperate",
                  "keep to your interest in the role; leave out how much you need it"),
    "threat": ("threatens them",
               "leave it out: a threat ends your chances there, and word travels"),
    "deadline": ("sets a deadline",
                 "ask when they expect to decide instead of setting a date for them"),
    "gift": ("offers a gift",
             "leave the gift out: a note of thanks is enough, and gifts can break their rules"),
    "presumes": ("presumes the offer",
                 "speak of the job as a hope, not a given ('I hope to …', 'if I join …')"),
    "impatient": ("sounds impatient", "wait until the date they gave, then ask once, politely"),
    "pushy": ("sounds pushy", "ask politely, without urgency"),
    "excuses": ("makes an excuse for the interview", "leave it out; end on what went well"),
}

# Whether a sentence the model reads as a concern (what its finding says) is one the rules
# know to mean something else: the same guards the phrasings answer to (tone.py's).
Spared = Callable[[str, str], bool]

_TOKEN = r"[a-z0-9]+(?:'[a-z]+)?|[!?]"
# Their words quoted are not the writer's tone, nor is a quotation that runs over a sentence's
# end (“Carry a flashlight you actually like. And write everything down.”, our own drafts): its
# part before the end and its part after.
QUOTED = r"“[^”]*(?:”|$)|^[^“]*”"


def features(sentence: str, kind: str | None) -> set[str]:
    """A sentence's words and word pairs (its start and end marked), and the note's kind."""
    tokens = re.findall(_TOKEN, re.sub(QUOTED, " ", sentence).lower().replace("’", "'"))
    found = set(tokens)
    found.update(f"{a} {b}" for a, b in zip(["<s>", *tokens], [*tokens, "</s>"], strict=True))
    # The model learnt the first kind declared for each purpose; one declared since reads as it.
    found.add(f"kind={next((k.name for k in REGISTRY if k.purpose == purpose_of(kind)), kind)}")
    return found


@dataclass(frozen=True)
class Model:
    concerns: tuple[str, ...]
    bias: tuple[float, ...]
    cut: tuple[float, ...]  # each concern's threshold for a suggestion, as a score (log-odds)
    sure: tuple[float, ...]  # and for a problem: the model alone is trusted only when sure
    weights: dict[str, str]  # each feature's weights, one per concern, as written

    @classmethod
    def read(cls, text: str) -> Model:
        data = json.loads(text)
        return cls(tuple(data["concerns"]), tuple(data["bias"]),
                   tuple(_odds(p) for p in data["threshold"]),
                   tuple(_odds(p) for p in data.get("problem", data["threshold"])),
                   data["weights"])

    def scores(self, sentence: str, kind: str | None) -> tuple[float, ...]:
        """Each concern's score (log-odds) for one sentence."""
        vectors = [_numbers(self.weights[f]) for f in features(sentence, kind)
                   if f in self.weights]
        return tuple(map(math.fsum, zip(self.bias, *vectors, strict=True)))

    def flag(self, sentences: tuple[str, ...], kind: str | None,
             spared: Spared | None = None) -> list[Flag]:
        """A Flag for each concern whose best sentence passes its threshold, in the model's
        order, quoting that sentence; a problem where it passes the surer one. A sentence
        `spared(says, sentence)` is not read for that concern."""
        best: dict[int, tuple[float, str]] = {}
        for sentence in sentences:
            for number, score in enumerate(self.scores(sentence, kind)):
                if score >= self.cut[number] and score > best.get(number, (-math.inf, ""))[0]:
                    if spared and spared(SAYS[self.concerns[number]][0], sentence):
                        continue
                    best[number] = (score, sentence)
        return [Flag(*SAYS[self.concerns[n]], best[n][1], best[n][0] >= self.sure[n])
                for n in sorted(best)]


@dataclass(frozen=True)
class Flag:
    """One concern the model found: what it says, the fix, the sentence, and whether the
    model is sure enough for a problem (else a suggestion)."""

    says: str
    fix: str
    sentence: str
    problem: bool


def _odds(probability: float) -> float:
    return math.log(probability / (1 - probability))


@cache  # a feature met again reads its numbers once (at most one entry per feature)
def _numbers(written: str) -> tuple[float, ...]:
    return tuple(map(float, written.split()))


@cache
def _model() -> Model:
    # Read on first use, not at import: most runs that import checks never score a note.
    return Model.read(WEIGHTS.read_text(encoding="utf-8"))


def learnt(sentences: tuple[str, ...], kind: str | None,
           spared: Spared | None = None) -> list[Flag]:
    """The shipped model's findings on a note's sentences (none on a sentence `spared`)."""
    return _model().flag(sentences, kind, spared)

"""Etiquette and proofreading checks: what sinks a follow-up, caught before it is sent.

Each rule has an id, looks at one note (or, for panel-alike and identity, at the notes of a
whole run) and reports findings: where, what is wrong, and how to fix it, often which YAML field
to fill in. Rules that need the YAML (personal, identity, timing) are skipped for notes written
by hand; tone and required know English phrases only, and proofreading needs a dictionary for
the note's language. A rule is turned off with `checks: {rule: false}` in pack.yaml, role.yaml
or an interviewer's entry.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from ..findings import Finding
from ..input.models import RULES, Application, Interviewer, identifying_names
from ..kinds import REGISTRY
from ..timeline.schedule import When

DEFAULT_LIMITS = {k.name: {"words": k.limits.words, "paragraphs": k.limits.paragraphs}
                  for k in REGISTRY}
# Panel members compare notes. Two notes are "alike" when more than this share of their
# three-word phrases is the same (Jaccard index of the sets of word trigrams of the bodies).
ALIKE = 0.6
MAX_SUBJECT = 120  # mail clients cut long subjects; past this, most of it is lost


@dataclass(frozen=True)
class Note:
    """One note to check, with whatever is known about it."""

    path: str
    text: str
    kind: str | None
    subject: str | None = None
    variant: str | None = None
    language: str = "en"
    recipient: str | None = None
    salutation: str | None = None
    application: Application | None = None
    interviewer: Interviewer | None = None
    when: When | None = None
    limits: dict[str, int] | None = None
    disabled: frozenset[str] = frozenset()


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # rule -> why it did not run
    checked: int = 0


def check(notes: Sequence[Note], today: date,
          applications: Sequence[Application] | NameIndex = (),
          words: Words | None = None) -> Report:
    """`applications` (or a NameIndex of them, built once for a batch) are the run's others:
    no note may mention their company or people."""
    report = Report(checked=len(notes))
    words = words or Words()
    leaks = applications if isinstance(applications, NameIndex) else NameIndex(applications)
    for note in notes:
        on = _enabled(note, report)
        for rule, function in _PER_NOTE.items():
            if rule in on:
                report.findings.extend(function(note, today, words))
        if "identity" in on:
            report.findings.extend(_identity(note, leaks))
    report.findings.extend(_panel_alike(notes))
    return report


def _enabled(note: Note, report: Report) -> set[str]:
    on = set(RULES) - set(note.disabled)
    english = note.language.lower().split("-")[0] == "en"
    if not english:
        for rule in ("tone", "required"):
            on.discard(rule)
            report.skipped[rule] = f"knows English phrases only (a note is in {note.language})"
        report.skipped["proofread"] = (
            "spelling is checked in English only (the word lists for other languages lack "
            "common words); placeholders, doubled words and subjects still are")
    if note.application is None:
        for rule in ("personal", "timing"):
            on.discard(rule)
            report.skipped[rule] = "needs the YAML the note was made from"
    return on


# --- reading a note ------------------------------------------------------------------------

def paragraphs(text: str) -> list[str]:
    return [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]


def body(text: str) -> list[str]:
    """The paragraphs between the greeting and the sign-off."""
    parts = paragraphs(text)
    if parts and len(parts[0].split()) <= 8 and parts[0].rstrip().endswith((",", ":")):
        parts = parts[1:]
    if parts:
        closing = parts[-1].splitlines()[0].strip()
        if len(closing.split()) <= 4 and closing.endswith(","):
            parts = parts[:-1]
    return parts


_WORD_RUN = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")


def _words(text: str) -> list[str]:
    return _WORD_RUN.findall(text)


@lru_cache(maxsize=256)  # several rules read each note the same way
def _norm(text: str) -> str:
    return " ".join(_WORD_RUN.findall(text)).casefold()


@lru_cache(maxsize=64)
def _flat(text: str) -> str:
    """The text on one line, runs of white space as one space."""
    return " ".join(text.split())


def _plain(markdown_text: str) -> str:
    """What a Markdown note from the YAML looks like in the text part."""
    return re.sub(r"[*_`]|\[([^\]]*)\]\([^)]*\)", lambda m: m[1] or "", markdown_text)


# --- rules on one note ---------------------------------------------------------------------

def _personal(note: Note, today: date, words: Words) -> list[Finding]:
    person = note.interviewer
    if note.kind != "thank-you" or person is None:
        return []
    if not person.discussion_points:
        return [Finding(note.path, "personal",
                        f"cites nothing {person.name} talked about",
                        f"add discussion_points for {person.name} in interviewers.yaml")]
    text = _norm(note.text)
    if not any(_norm(_plain(point)) in text for point in person.discussion_points):
        return [Finding(note.path, "personal",
                        f"cites none of {person.name}'s discussion points",
                        "keep at least one of them in the note")]
    return []


def _length(note: Note, today: date, words: Words) -> list[Finding]:
    if note.kind is None:
        return []
    limits = {**DEFAULT_LIMITS.get(note.kind, {}), **(note.limits or {})}
    parts = body(note.text)
    # The word runs of the paragraphs joined by spaces are those of each paragraph, and
    # panel-alike reads the same joined text: one pass over it, cached, serves both.
    count = len(_norm(" ".join(parts)).split())
    found = []
    if "words" in limits and count > limits["words"]:
        found.append(Finding(note.path, "length",
                             f"is {count} words; a {note.kind} reads best under "
                             f"{limits['words']}", "cut what does not thank, cite or ask"))
    if "paragraphs" in limits and len(parts) > limits["paragraphs"]:
        found.append(Finding(note.path, "length",
                             f"has {len(parts)} paragraphs; keep it to {limits['paragraphs']}",
                             "merge or cut paragraphs"))
    return found


# A phrase rule's regex tries every position of a note, ignoring case: most of what checking a
# batch costs. So each pattern comes with text that every match of it holds (in lower case), and
# runs only on a note that holds some (tests hold each list complete).
_PRESUMING_PATTERNS = [
    (r"\bwhen I (?:start|join|come on board)\b", ("when i ",), "presumes the offer"),
    (r"\blook(?:ing)? forward to working (?:with|together)\b", ("forward to working ",),
     "presumes the offer"),
    (r"\bmy first (?:day|week|month)\b", ("my first ",), "presumes the offer"),
    (r"(?-i:\bASAP\b)|\bas soon as possible\b|\burgent(?:ly)?\b",
     ("asap", "as soon as possible", "urgent"), "sounds pushy"),
    (r"\bjust (?:following|checking) up\b|\b(?:following|checking) (?:up|in) again\b",
     ("following ", "checking "), "sounds impatient"),
    (r"\bI need (?:to know|an answer)\b|\bother offers?\b", ("i need ", "other offer"),
     "puts pressure on them"),
    (r"\b(?:I'm|I am|so|really) sorry (?:for|about|that I|I)\b|\bapologi[sz]e (?:for|that)\b|"
     r"\bapologies for\b", ("sorry ", "apologi"), "apologises, which reads as an excuse"),
    (r"\bnervous\b|\bI was (?:so |very |really )?tired\b|\bstumbled\b|\bI (?:blanked|froze)\b",
     ("nervous", "tired", "stumbled", "blanked", "froze"), "makes an excuse for the interview"),
]
_SHOUTING = re.compile(r"\b[A-Z]{2,}(?:\s+[A-Z]{2,})*\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_RESELLING = (r"\b(?:my (?:experience|background|skills|track record)|I am confident|"
              r"I'm confident|I bring|I have \d+ years|I am (?:the )?(?:best|perfect|"
              r"ideal|right)\b)")  # ignoring case
_RESELLING_NEEDS = ("my experience", "my background", "my skills", "my track record", "i am ",
                    "i'm confident", "i bring", "i have ")
# Ignoring case, a regex takes ı, İ and ſ for ASCII letters, but str.lower() keeps ı and ſ and
# turns İ into "i" and a combining dot (which splits a needle). Where one of these is in the
# lowered note, any match may be there; every other letter lowers to the ASCII one a regex
# takes it for (a test checks all of Unicode).
_FOLDED_TO_ASCII = ("ı", "ſ", "\u0307")


def _gated(pattern: str, needles: Iterable[str], text: str, *,
           ignore_case: bool = False) -> re.Pattern[str] | None:
    """`pattern` compiled, or None if it cannot match in `text`: every match of it holds one
    of `needles` (in lower case if it ignores case), and substring tests are far cheaper than
    the regex. Compiled only when asked for (re keeps it): most notes never need most rules."""
    if ignore_case:
        lowered = _lower(text)
        may = any(needle in lowered for needle in needles) or (
            not lowered.isascii() and any(letter in lowered for letter in _FOLDED_TO_ASCII))
    else:
        may = any(needle in text for needle in needles)
    return re.compile(pattern, re.IGNORECASE if ignore_case else 0) if may else None


@lru_cache(maxsize=64)  # the phrase rules ask for the same note in turn
def _lower(text: str) -> str:
    return text.lower()


def _tone(note: Note, today: date, words: Words) -> list[Finding]:
    text = _flat(note.text)
    found = []
    for pattern, needles, problem in _PRESUMING_PATTERNS:
        regex = _gated(pattern, needles, text, ignore_case=True)
        match = regex.search(text) if regex else None
        if match:
            found.append(Finding(note.path, "tone", f"{match[0]!r} {problem}",
                                 "say it without that phrase, or leave it out"))
    if "!!" in text or text.count("!") > 2:
        found.append(Finding(note.path, "tone", "too many exclamation marks",
                             "keep at most one"))
    known = words.proper_nouns(note)
    shouting = [w for w in _SHOUTING.findall(text)
                if (len(w.split()) > 1 or len(w) >= 5) and w not in known
                and not all(part in known for part in w.split())]
    if shouting:
        found.append(Finding(note.path, "tone", f"shouts in capitals ({shouting[0]!r})",
                             "write it in lower case"))
    reselling = _gated(_RESELLING, _RESELLING_NEEDS, text, ignore_case=True)
    selling = [s for s in _SENTENCE_END.split(text) if reselling.search(s)] if reselling else []
    if len(selling) > 1:
        found.append(Finding(note.path, "tone",
                             f"re-sells at length ({len(selling)} sentences about yourself)",
                             "keep to one sentence on why you fit"))
    return found


_REQUIRED = {
    "rejection-reply": [
        (r"\bthank", "does not thank them", "thank them for their time and the news"),
        (r"\bfeedback\b|\badvice\b|\bcomments\b|\bpointers\b", "does not ask for feedback",
         "ask whether they can share any feedback"),
        (r"\bfuture\b|\bkeep me in mind\b|\bin touch\b|\bconsidered\b|\bopportunit",
         "does not ask to be kept in mind", "ask to be considered for future roles"),
    ],
    "status-check": [
        (r"\bnext steps?\b|\btimeline\b|\btiming\b|\bupdate\b|\bdecision\b|\bnews\b",
         "does not ask about next steps or timing", "ask whether there is an update"),
    ],
}
_ARGUING = re.compile(r"\breconsider\b|\bdisagree\b|\bunfair\b|\bmistake\b|\bwrong (?:decision|"
                      r"choice)\b|\bI deserved?\b", re.IGNORECASE)


def _required(note: Note, today: date, words: Words) -> list[Finding]:
    text = _flat(note.text)
    found = [Finding(note.path, "required", problem, fix)
             for pattern, problem, fix in _REQUIRED.get(note.kind or "", [])
             if not re.search(pattern, text, re.IGNORECASE)]
    if note.kind == "rejection-reply":
        match = _ARGUING.search(text)
        if match:
            found.append(Finding(note.path, "required",
                                 f"argues with the decision ({match[0]!r})",
                                 "accept it graciously; ask for feedback instead"))
    return found


_PLACEHOLDER = (r"\bTODO\b|\bTBD\b|\bXXX+\b|\bFIXME\b|\[(?:[A-Z][\w ]*)\]|\{\{|\}\}|"
                r"\{%|%\}|<(?:[A-Z_]{3,})>|\bLorem ipsum\b")
_DOUBLED = re.compile(r"\b([^\W\d_]+)\s+\1\b", re.IGNORECASE)
_URL = r"\S+@\S+|\w+://\S+|\b\S+\.(?:com|org|net|io|dev|example)\b\S*"
# What every match of each holds (case matters in both), as for the phrase rules above.
_PLACEHOLDER_NEEDS = ("TODO", "TBD", "XXX", "FIXME", "[", "{{", "}}", "{%", "%}", "<",
                      "Lorem ipsum")
_URL_NEEDS = ("@", "://", ".com", ".org", ".net", ".io", ".dev", ".example")


def _proofread(note: Note, today: date, words: Words) -> list[Finding]:
    found = []
    placeholder = _gated(_PLACEHOLDER, _PLACEHOLDER_NEEDS, note.text)
    for match in placeholder.finditer(note.text) if placeholder else ():
        found.append(Finding(note.path, "proofread", f"leftover placeholder {match[0]!r}",
                             "fill it in or remove it"))
    text = note.text
    url = _gated(_URL, _URL_NEEDS, text)
    if url:
        text = url.sub(" ", text)
    for match in _DOUBLED.finditer(text):
        if match[1].casefold() not in ("that", "had"):
            found.append(Finding(note.path, "proofread", f"doubled word {match[0]!r}",
                                 "remove one"))
    if note.subject is not None:
        if not note.subject.strip():
            found.append(Finding(note.path, "proofread", "the subject is empty",
                                 "give it a subject"))
        elif len(note.subject) > MAX_SUBJECT:
            found.append(Finding(note.path, "proofread",
                                 f"the subject is {len(note.subject)} characters",
                                 f"keep it under {MAX_SUBJECT}"))
    unknown = words.misspelled(text, note)
    if unknown is None:
        return found
    for word, suggestion in unknown:
        hint = f"did you mean {suggestion!r}?" if suggestion else "check the spelling"
        where = "interviewers.yaml or role.yaml" if note.application else "the note"
        found.append(Finding(note.path, "proofread", f"{word!r} may be misspelled",
                             f"{hint} (fix it in {where}, or add it under dictionary: in "
                             "role.yaml)"))
    return found


def _timing(note: Note, today: date, words: Words) -> list[Finding]:
    when = note.when
    if when is None or when.sent_on is not None or when.send_on is None:
        return []
    if note.kind == "thank-you" and when.send_by is not None:
        deadline = when.send_by.date() if isinstance(when.send_by, datetime) else when.send_by
        if today > deadline:
            return [Finding(note.path, "timing",
                            f"is past its 24 hours (due {deadline.isoformat()})",
                            "send it today (it says it is late); or record it under sent: in "
                            "role.yaml")]
    if note.kind == "status-check" and note.application is not None:
        days = (when.send_on - note.application.role.interview_date).days
        if days < 5:
            return [Finding(note.path, "timing",
                            f"is planned {days} days after the interview, too soon",
                            "give them at least a week (decision_expected or timing: in "
                            "role.yaml)")]
    return []


_PER_NOTE = {
    "personal": _personal,
    "length": _length,
    "tone": _tone,
    "required": _required,
    "proofread": _proofread,
    "timing": _timing,
}


# --- rules across notes --------------------------------------------------------------------

def _identity(note: Note, leaks: NameIndex) -> list[Finding]:
    found = []
    parts = paragraphs(note.text)
    greeting = parts[0] if parts else ""
    if note.salutation and note.recipient and not any(
            name.casefold() in greeting.casefold()
            for name in (note.salutation, *note.recipient.split())):
        found.append(Finding(note.path, "identity",
                             f"the greeting does not name {note.recipient}",
                             "greet them by name (salutation: in the YAML)"))
    if note.application is None:
        return found
    for name, other in leaks.find(note.text, note.application):
        found.append(Finding(note.path, "identity",
                             f"mentions {name!r}, from the application {other}",
                             "this note must only speak of its own application"))
    return found


class NameIndex:
    """Every application's company and people, looked up by the word runs of a note: one pass
    over the note, however many applications a coach's batch holds."""

    def __init__(self, applications: Sequence[Application]) -> None:
        self._names: dict[tuple[str, ...], list[tuple[str, str]]] = {}
        self._own: dict[str, set[tuple[str, ...]]] = {}
        for application in applications:
            keys = set()
            for name in identifying_names(application):
                key = tuple(_bare(word) for word in _norm(name).split())
                if key:
                    keys.add(key)
                    self._names.setdefault(key, []).append((name, application.name))
            self._own[application.name] = keys
        self._longest = max((len(key) for key in self._names), default=0)
        self._first = {key[0] for key in self._names}  # only these words can start a name

    def find(self, text: str, application: Application) -> list[tuple[str, str]]:
        mine = self._own.get(application.name, set())
        words = [_bare(word) for word in _norm(text).split()]
        hits: dict[tuple[str, str], None] = {}
        first = self._first
        for start in range(len(words)):
            if words[start] not in first:
                continue
            for size in range(1, min(self._longest, len(words) - start) + 1):
                key = tuple(words[start:start + size])
                if key in self._names and key not in mine:
                    for name, other in self._names[key]:
                        if other != application.name:
                            hits[(name, other)] = None
        return sorted(hits)


def _bare(word: str) -> str:
    """A word without its possessive: "Globex Corp's roadmap" still names Globex Corp."""
    return word.replace("’", "'").removesuffix("'s")


def _trigrams(text: str) -> set[tuple[str, ...]]:
    words = _norm(" ".join(body(text))).split()
    return {tuple(words[i:i + 3]) for i in range(len(words) - 2)}


def similarity(one: str, other: str) -> float:
    """Jaccard index of the two bodies' sets of word trigrams: 0 shares nothing, 1 is the same
    note. Greeting and sign-off are left out, since they differ only by name."""
    return _jaccard(_trigrams(one), _trigrams(other))


def _jaccard(a: set[tuple[str, ...]], b: set[tuple[str, ...]]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


def _panel_alike(notes: Sequence[Note]) -> list[Finding]:
    found = []
    panel: dict[str, list[Note]] = {}
    for note in notes:
        if (note.kind == "thank-you" and note.interviewer is not None and note.application
                and "panel-alike" not in note.disabled):
            panel.setdefault(note.application.name, []).append(note)
    for members in panel.values():
        grams = [_trigrams(note.text) for note in members]  # once per note, not per pair
        for index, note in enumerate(members):
            for before, earlier in enumerate(members[:index]):
                score = _jaccard(grams[before], grams[index])
                if score > ALIKE:
                    found.append(Finding(
                        note.path, "panel-alike",
                        f"reads like the note to {earlier.recipient} ({score:.0%} of its "
                        "three-word phrases are the same)",
                        f"give {note.recipient} and {earlier.recipient} their own "
                        "discussion_points, or edit one note"))
                    break
    return found


class Words:
    """The spelling dictionary: the language's words (from pyspellchecker, cached in a compact
    form after the first use), the YAML's proper nouns, and the profile's dictionary: list."""

    def __init__(self) -> None:
        from .spelling import Dictionary

        self._dictionaries: dict[str, Dictionary | None] = {}
        self._nouns: tuple[Note, set[str]] | None = None
        self._app_nouns: tuple[Application, frozenset[str]] | None = None

    def proper_nouns(self, note: Note) -> set[str]:
        # Two rules ask in turn for the same note: the last answer is kept.
        if self._nouns is not None and self._nouns[0] is note:
            return self._nouns[1]
        words = self._proper_nouns(note)
        self._nouns = (note, words)
        return words

    def _proper_nouns(self, note: Note) -> set[str]:
        words = set(_words(f"{note.recipient or ''} {note.salutation or ''}"))
        app = note.application
        if app is None:
            return words
        # An application's notes come one after another: its words are made once for them.
        if self._app_nouns is None or self._app_nouns[0] is not app:
            texts: list[str] = [app.candidate.name, app.role.company, app.role.title,
                                *app.role.dictionary]
            texts += [p.name for p in app.interviewers]
            texts += [p.title or "" for p in app.interviewers]
            texts += [p.salutation for p in app.interviewers]
            if app.role.contact:
                texts += [app.role.contact.name, app.role.contact.salutation]
            self._app_nouns = (app, frozenset(_words(" ".join(texts))))
        return words | self._app_nouns[1]

    def load(self, *languages: str) -> None:
        """Load these languages' dictionaries now rather than at their first use."""
        from .spelling import Dictionary

        for language in {code.lower().split("-")[0] for code in languages} & {"en"}:
            if language not in self._dictionaries:
                self._dictionaries[language] = Dictionary.load(language)

    def misspelled(self, text: str, note: Note) -> list[tuple[str, str | None]] | None:
        """(word, suggestion) for each unknown word, or None if no dictionary for the language."""
        from .spelling import Dictionary

        language = note.language.lower().split("-")[0]
        if language != "en":  # see _enabled: other word lists miss words like "gracias"
            return None
        if language not in self._dictionaries:
            self._dictionaries[language] = Dictionary.load(language)
        dictionary = self._dictionaries[language]
        if dictionary is None:
            return None
        known = {w.casefold() for w in self.proper_nouns(note)}
        unknown: list[tuple[str, str | None]] = []
        seen: set[str] = set()
        for word in _candidates(text):
            key = word.casefold()
            if key in seen or key in known or dictionary.knows(key):
                continue
            seen.add(key)
            unknown.append((word, dictionary.suggest(key)))
        return unknown


# Words worth looking up: lower case, or capitalised; technical terms pass by their shape
# (gRPC, API, k8s: inner capitals, all capitals or digits never match).
_WORD = re.compile(r"(?<!\w)(?<!\w['’])[^\W\d_][^\W\d_A-Z]*(?:['’][^\W\d_A-Z]+)*(?!\w)")


def _candidates(text: str) -> Iterable[str]:
    for token in dict.fromkeys(_WORD.findall(text)):  # each distinct word once, in order
        word = token.replace("’", "'")
        if len(word) >= 2 and not word.isupper():
            yield word

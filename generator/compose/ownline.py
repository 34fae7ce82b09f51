"""Your own line (`note`) as the paragraph of the note to the person it speaks of.

People type their line the way they jot: "liked that a lot.", "Made me a lot less nervous",
"his story about the windchest", "The night you had three airlines on hold". Pasted as it
stands, such a line is the first thing readers of our blind tests and recruiters pointed at.
So a line is mended as a person would mend it before sending, sentence by sentence:
- its capital and full stop ("your point stuck with me" -> "Your point stuck with me.");
- the subject it left out: "liked that a lot" -> "I liked that a lot", "Made me a lot less
  nervous" -> "It made me a lot less nervous";
- a moment of theirs, named with nothing said of it, is what you keep thinking about ("the
  night you had three airlines on hold" -> "I keep thinking about the night …"), and a named
  moment followed by "Best part of …" is that best part;
- a dash between two thoughts reads as one ("The survival suit demo - I didn't expect …");
- a line about them in the third person is said to them ("his story" -> "your story").
A sentence that cannot be mended (shorthand such as "(Jan-May, some 70 hr weeks)", a bare
"honest answer, and I appreciated it") makes the whole line material for the note instead
(content.py), never half of it pasted.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .lexicon import AUX_BE, AUX_HAVE, MODALS, PAST_TO_BASE, VERBS, WH
from .phrasing import about_them
from .text import sentences
from .voice import private_sentences, written_for_you

# Words that open a clause inside a phrase: a verb after one is not the line's own verb
# ("your walkthrough, and how honest you were" names a moment; it says nothing of it).
_OPENS_CLAUSE = WH | {"that", "if", "whether", "because", "while", "as", "whichever",
                         "whatever", "whoever", "wherever", "whenever"}
# A verb after one of these belongs to a clause of the phrase ("the way you talked", "a name
# nobody had seen"), not to the line itself.
_PRONOUNS = {"i", "you", "we", "they", "he", "she", "nobody", "everyone", "everybody",
             "someone", "somebody", "anyone", "no one"}
_DETERMINERS = {"the", "a", "an", "my", "your", "his", "her", "their", "our", "its", "this",
                "these", "those", "every", "each", "no", "some"}
_TOLD = re.compile(r"(?:(?<=^)|(?<=[.!?]\s))You (told me|mentioned)\s+(about |that )?")
_AGREE = {"was": "were", "is": "are", "has": "have"}
_SKIP = {"still", "also", "then", "just", "even", "really", "later", "never", "always"}
_STILL_THIRD = re.compile(r"\b(?:she|he|her|him|his|hers|herself|himself)\b", re.IGNORECASE)
# What only its writer can read: a parenthesis of figures, units and month spans clipped.
_SHORTHAND = re.compile(r"\([^)]*\d[^)]*\)|\b\d+\s?(?:hrs?|wks?|mins?|yrs?|mos?)\b"
                        r"|\b[A-Z][a-z]{2}-[A-Z][a-z]{2}\b|\b(?:w/|b/c|thx|pls|esp\.|approx\.)"
                        r"|\s&\s|\bw/o\b")
# Verbs a jotted line opens with, its subject left out ("Loved the tour", "Made me laugh").
_NOTE_VERBS = {"loved", "liked", "enjoyed", "appreciated", "made", "walked", "showed", "told",
               "gave", "asked", "took", "taught", "helped", "put", "got", "left", "kept",
               "reminded", "surprised", "impressed", "struck", "stuck"}
_THEIR_ACTS = {"walked", "showed", "told", "gave", "asked", "took", "taught", "helped", "put",
               "introduced", "let"}
# A sentence that only reacts to the one before ("That stayed with me.", "I've been turning
# that over since."): joined to the moment it reacts to.
_REACTION = re.compile(r"(?:(?:That|It|This|I['’]ve been|I keep|I still|Still)\b[^.!?]*"
                       r"\b(?:with me|since|about (?:it|that)|over|in my head|stuck|stayed)\b"
                       r"[^.!?]*|I (?:really )?(?:loved|liked|appreciated) (?:that|it|this)"
                       r"(?: a lot)?)[.!?]?$")
# What a named moment of theirs becomes, one wording per place in a panel.
_MOMENT_FRAMES = ("I keep thinking about {}.", "I haven't forgotten {}.",
                  "I'm still thinking about {}.", "What stayed with me most was {}.")
_MOMENT_START = ("your ", "the ", "how ", "what ", "that moment", "when ")
_BEST = re.compile(r"(?:the\s+)?(?:best|favou?rite|highlight)\b", re.IGNORECASE)


@dataclass(frozen=True)
class OwnLine:
    """What a note makes of your line: `said` to them as its paragraph, or none; `withheld`,
    its sentences for you alone; `material`, sentences to read as points of theirs."""

    said: str | None
    withheld: tuple[str, ...] = ()
    material: tuple[str, ...] = ()


def read_own_line(note: str, names: Sequence[str], language: str, turn: int = 0) -> OwnLine:
    """Your line, as the note to them uses it (see the module's docstring); `turn` picks
    the words a named moment is framed in, so the notes of a panel do not share them."""
    third = written_for_you(note, names)
    every = sentences(" ".join(note.split()))
    if language != "en":
        return OwnLine(note) if not third else _material(every, language)
    withheld = private_sentences(note, language) if third else []
    kept = [s for s in every if s not in withheld]
    # what is for you alone stays out; the rest is said to them where it opens the line
    # ("She mentioned her team lost two editors … That worry sounded real to me.")
    line = own_line(" ".join(kept), names, third, turn) if kept and (
        not withheld or kept[0] == every[0]) else None
    if line is not None:
        return OwnLine(line, tuple(withheld))
    if not third:
        # a line to them that cannot be mended whole ("honest answer about session hours
        # (Jan-May, some 70 hr weeks)"): read as a point it came out broken (recruiter
        # round 18), so the note is made from the points alone
        return OwnLine(None)
    return _material(every, language)


def _material(every: list[str], language: str) -> OwnLine:
    withheld = private_sentences(" ".join(every), language)
    return OwnLine(None, tuple(withheld), tuple(s for s in every if s not in withheld))


def own_line(note: str, names: Sequence[str], third_person: bool, turn: int = 0) -> str | None:
    """Your line to them, mended (see the module's docstring); None where it cannot be said
    to them as a whole."""
    paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", note.strip()) if p.strip()]
    if not third_person:
        # "Camille's idea that …" in a line to Camille: hers, said as yours; "she" in a line
        # that speaks to them is someone else ("help Claire when she is ready")
        known = "|".join(re.escape(n) for n in names if n[:1].isupper())
        if known:
            paragraphs = [re.sub(rf"\b(?:{known})['’]s\b", lambda m: "Your" if m.start() == 0
                                 else "your", p) for p in paragraphs]
    else:
        # "She showed me the board and was honest …" -> "You showed me … and were honest"
        paragraphs = [re.sub(r"(\bYou\b[^.!?]*?\band) (was|is|has)\b",
                             lambda m: f"{m[1]} {_AGREE[m[2]]}", about_them(p, names))
                      for p in paragraphs]
        # a note to yourself of what they told you, said back to them as what it meant to
        # you, not as news to them ("You told me about the billboard.")
        paragraphs = [_TOLD.sub(lambda m: "I appreciated you " + (
            "telling me " if m[1].startswith("told") else "mentioning ") + (m[2] or (
                "that " if not m[0].endswith("about ") else "")), p) for p in paragraphs]
        if any(_STILL_THIRD.search(p) for p in paragraphs):
            return None
    mended = [_paragraph(p, turn) for p in paragraphs]
    if not mended or any(p is None for p in mended):
        return None
    return "\n\n".join(p for p in mended if p)


def _paragraph(text: str, turn: int = 0) -> str | None:
    # "… you weren't sure about it yet. liked that a lot.": a jotted sentence after a stop,
    # without its capital, is a sentence of its own
    parts = [piece for part in sentences(text) for piece in re.split(
        r"(?<=[a-z]{3}[.!?])\s+(?=[a-z])", part)]
    said: list[str] = []
    skip = False
    for index, sentence in enumerate(parts):
        if skip:
            skip = False
            continue
        after = parts[index + 1] if index + 1 < len(parts) else ""
        if _SHORTHAND.search(sentence):
            return None
        sentence = re.sub(r"\s+-\s+", " — ", sentence)
        bare = sentence.rstrip(".!")
        if _names_a_moment(bare) and _BEST.match(after):
            # "Taking the helm at dusk. Best part of any interview I've had."
            said.append(f"{_capital(bare)} was {_the(_lower(after.rstrip('.!')))}.")
            skip = True
            continue
        if _names_a_moment(bare) and _REACTION.match(after) and not _SHORTHAND.search(after):
            # "Your point that a survey isn't done until … I've been turning that over since."
            said.append(f"{_capital(bare)} — {_lower(_stop(after.rstrip(), after))}")
            skip = True
            continue
        mended = _sentence(bare, sentence, turn)
        if mended is None and said and len(bare.split()) <= 8:
            continue  # "… in week three. honest answer, and I appreciated it.": a jotted aside
        if mended is None:
            return None
        said.append(mended)
    return " ".join(said)


def _sentence(bare: str, sentence: str, turn: int = 0) -> str | None:
    words = bare.split()
    if not words:
        return None
    first = words[0]
    if _BEST.match(bare) and _names_a_moment(bare):
        return f"It was {_lower(_the(bare))}."  # "Best part of the day."
    if _past_verb(first) and (first[:1].islower() or first.casefold() in _NOTE_VERBS):
        # "liked that a lot" -> "I liked …"; "Made me less nervous" -> "It made me …";
        # "Walked me through the shop" -> "You walked me …"
        subject = "I"
        if len(words) > 1 and words[1].casefold() == "me":
            subject = "You" if first.casefold() in _THEIR_ACTS else "It"
        return _stop(f"{subject} {_lower(bare)}", sentence)
    if _names_a_moment(bare):
        lower = bare.casefold()
        if ":" in bare or re.search(r",\s+(?:you|she|he) (?:said|told me)\b", lower):
            return None  # "the lab runs like a kitchen, you said: …": their words, jotted
        if lower.startswith(_MOMENT_START) or re.match(r"[a-z]+ing\b", lower):
            return _MOMENT_FRAMES[turn % len(_MOMENT_FRAMES)].format(_lower(bare))
        return None  # "honest answer, and I appreciated it": nothing to hold it
    return _stop(_capital(bare) if first.isalpha() or first[:1] in "\"“'" else bare, sentence)


def _names_a_moment(phrase: str) -> bool:
    """Whether a phrase is a thing of theirs ("your walkthrough of the outage, and how calm
    you were") rather than a sentence with its own verb ("your point stuck with me")."""
    words = [w.strip(",;:.!?\"'()“”—").casefold() for w in phrase.split()]
    words = [w for w in words if w]
    if words and (words[0] in AUX_BE or words[0] in AUX_HAVE or words[0] in MODALS
                  or words[0] in ("i", "i'm", "i've", "i'd", "i'll", "you", "we", "thank",
                                  "thanks", "please", "it", "it's", "that's", "this")):
        return False  # a sentence, or a question, as it stands
    # A verb right after a word that opens a clause inside the phrase ("when the starter
    # failed", "what changed"), or after its subject ("the way you talked", "a name nobody had
    # seen", "… and still got"), is that clause's; any other is the line's own.
    pending = False
    inner = False
    for index, word in enumerate(words):
        after = words[index + 1] if index + 1 < len(words) else ""
        if word in _OPENS_CLAUSE or (word == "like" and after in _PRONOUNS | {"it"}):
            pending = True  # "like it was a normal Tuesday", not "feel like handwriting"
            continue
        back = index - 1
        while back > 0 and words[back] in _SKIP:
            back -= 1
        before = re.split(r"['’]", words[back])[0] if index else ""
        verb = word in AUX_BE or word in AUX_HAVE or word in MODALS or (index > 0 and (
            _past_verb(word) or (word.endswith("ed") and len(word) > 4)))
        if not verb or before in _DETERMINERS:
            continue  # "the cracked 1/2 size": a participle as an adjective
        if before in MODALS or before in AUX_HAVE or before in AUX_BE:
            continue  # "should read", "had seen": one verb with the word before it
        if pending or before in _PRONOUNS or (inner and before == "and"):
            pending, inner = False, True
            continue
        return False  # "your point stuck", "what you said stayed with me": a sentence
    return True


def _past_verb(word: str) -> bool:
    bare = word.casefold()
    if bare in PAST_TO_BASE:
        return True
    if bare.endswith("ed") and len(bare) > 4:
        return bare[:-2] in VERBS or bare[:-1] in VERBS or bare[:-3] in VERBS
    return False


def _the(phrase: str) -> str:
    return phrase if re.match(r"(?:the|my|your|a|an)\s", phrase, re.IGNORECASE) else (
        "the " + phrase)


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def _lower(text: str) -> str:
    first = text.split(maxsplit=1)[0] if text else ""
    # "AAC", "McKinsey", and "I", "I've": capitals that stay
    keep = first.isupper() or first[1:2].isupper() or re.match(r"I(?:$|['’])", first) is not None
    return text if keep else text[:1].lower() + text[1:]


def _stop(text: str, sentence: str) -> str:
    end = re.search(r"[.!?…]+[\"”’')\]]*$", sentence)
    if end:
        return text + end[0] if not re.search(r"[.!?…][\"”’')\]]*$", text) else text
    return text if re.search(r"[.!?…)\]”\"'*_]$", text) else text + "."

"""Your highlights as sentences a note can hold, and which one meets what a person cares about.

A highlight is jotted as a CV line ("Six years as the MICU pharmacist at St. Brendan's",
"win/loss program from scratch, ~120 customer interviews"). Pasted after "I would be glad to
bring the team …" it reads as a résumé fragment; a careful writer says it as a sentence of
their own: "I have spent six years as the MICU pharmacist at St. Brendan's." `pitch` does that
for the shapes CV lines take, and gives None for a shape it cannot say (a list of skills, a
bare certificate): a note then says nothing rather than a fragment.

`match` pairs each interviewer with the highlight that shares the most content words with
what they talked about (a highlight is used once per panel), so a note ties one thing they
care about to one thing you have done. A base module of compose.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .english_own import credential
from .lexicon import PAST_TO_BASE
from .phrasing import place
from .point import Gist
from .text import _lower_first, _sentence, _strip_tail, sentences, word_count
from .words import content_words, overlap


@dataclass(frozen=True)
class Pitch:
    """A highlight said as your own sentence, with "also" in it for a second one."""

    sentence: str
    also: str
    words: frozenset[str]


_NUMBER = r"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|" \
          r"fifteen|twenty|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|" \
          r"quince|veinte)"
_ROLES = ("coach", "lead", "manager", "mentor", "organizer", "organiser", "captain", "chair",
          "editor", "volunteer", "instructor", "teacher", "tutor", "preceptor", "founder",
          "owner", "director", "head", "advisor", "adviser", "supervisor", "trainer", "nurse",
          "engineer", "pharmacist", "developer", "designer", "researcher", "analyst", "officer",
          "representative", "president", "treasurer", "secretary", "member", "judge",
          "reviewer", "maintainer", "buyer", "planner", "consultant")
_ACTIVITIES = ("research", "fieldwork", "work", "teaching", "training", "consulting",
               "volunteering", "coaching", "mentoring", "experience")


# A CV line that says what you are: "Licensed in Oregon since 2023, LEED Green Associate"
_STATE = re.compile(r"((?:Board[- ](?i:c)ertified|Licensed|Certified|Registered|Qualified|"
                    r"Accredited|Credentialed|Bonded|Insured|Fluent|Bilingual))\s+((?:in|as|by|"
                    r"for|since|with)\b[^,;]*?)(?:[,;]\s*(.+))?$")


_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def _article(noun_phrase: str) -> str:
    return ("an " if noun_phrase[:1].casefold() in "aeiou" else "a ") + noun_phrase


def _english(head: str) -> str | None:
    """One CV line as your sentence, or None where its shape cannot be said."""
    text = _strip_tail(head).replace("~", "about ")
    # "10^8 variants" as a reader sees it in any mail client: 10⁸
    text = re.sub(r"\b10\^(\d+)\b", lambda m: "10" + m[1].translate(_SUPERSCRIPT), text)
    if re.match(r"(?:I|I['’](?:m|ve|d)|My|We|Our)\b", text):
        return _sentence(text)
    if re.fullmatch(r"(?:Licensed|Certified|Registered)(?:\s+[A-Z][\w&/-]*){1,4}", text):
        return _sentence(f"I'm {_article(text)}")  # "Certified Pharmacy Technician"
    being = credential(text)
    if being is not None:
        return being
    state = _STATE.match(text)
    if state:  # "Licensed in Oregon since 2023": a state you are in, not a thing you did
        lasting = re.search(r"\bsince\b|\bfor\s+\S+\s+years?\b", state[2])
        tense = "I've been" if lasting else "I'm"
        more = state[3] and re.fullmatch(r"(?:[A-Z][\w&-]*\s?){1,5}", state[3].strip())
        also = f", and I'm {_article(state[3].strip())}" if more else ""
        return _sentence(f"{tense} {state[1].lower()} {state[2]}{also}")
    placed = place(text, "highlights")
    if placed.sentence is not None:  # "Led the migration" -> "I led the migration."
        # "…per round; cut affinity maturation …": a CV line's second verb joins the first
        said = re.sub(r"[,;]\s+(?=(?:[a-z]+ed|" + "|".join(PAST_TO_BASE) + r")\b)", " and ",
                      placed.sentence, count=1)
        return said if re.match(r"I\s", said) else None
    lower = _lower_first(text, frozenset(), keep_unknown=False)
    match = re.match(rf"({_NUMBER})\s+(?:years?|yrs?\.?)\s+(.+)$", lower, re.IGNORECASE)
    if match:
        number, rest = match[1].casefold() if not match[1].isdigit() else match[1], match[2]
        years = "a year" if number in ("1", "one") else f"{number} years"
        if rest.startswith("as "):
            rest = rest[3:]  # "5 years as budget analyst at …", "5 years as a nurse"
            said = rest if re.match(r"(?:an?|the|my|our)\s", rest) else _article(rest)
            return _sentence(f"I have spent {years} as {said}")
        if rest.startswith("of "):
            doing = rest[3:]
            joined = "" if re.match(r"[a-z]+ing\b", doing) else "on "
            return _sentence(f"I have spent {years} {joined}{doing}")
        if rest.split()[0] in _ROLES or re.match(r"(?:[\w-]+\s+){0,2}(?:" + "|".join(
                _ROLES) + r"|assistant|technician|tech|specialist|coordinator)\b", rest):
            return _sentence(f"I have spent {years} as {_article(rest)}")  # "… as a lab tech"
        if not re.match(r"(?:in|on|at|with|across|for|as|under|inside|[a-z]+ing)\b", rest):
            return None  # "12 yrs CNC, 7 on 5-axis": no verb we could say it with
        return _sentence(f"I have spent {years} {rest}")
    match = re.match(rf"(.+?),?\s+(?:for\s+)?({_NUMBER})\s+years?(?:,\s*(.+))?$", text,
                     re.IGNORECASE)
    if match and match[1].split()[-1].casefold() in _ROLES and "," not in match[1]:
        more = f", with {match[3]}" if match[3] else ""
        return _sentence(f"I have been {_article(match[1])} for {match[2]} years{more}")
    match = re.match(r"(on[- ]call|responsible|in charge)\s+(for|of)\s+(.+)$", lower)
    if match:
        return _sentence(f"I was {match[1].replace('-', ' ')} {match[2]} {match[3]}")
    match = re.match(r"(.+?)\s+from scratch(?:,\s*(.+))?$", lower)
    if match and word_count(match[1]) <= 5 and not re.match(r"(?:a|an|the|my)\s", match[1]):
        more = f", with {match[2]}" if match[2] else ""
        return _sentence(f"I built {_article(match[1])} from scratch{more}")
    match = re.match(r"the\s+((?:[\w/-]+\s+){0,3}[\w/-]+)\s+(?:that|which)\s+(([a-z]+)\b.*)$",
                     lower)
    if match and (match[3] in PAST_TO_BASE or match[3].endswith("ed")):
        return _sentence(f"My {match[1]} {match[2]}")  # "the diary study that got …"
    match = re.match(r"(an?\s+(?:habit|knack|track record|eye|ear|passion|talent|gift|love)\s+"
                     r"(?:of|for)\s+.+)$", lower)
    if match:
        return _sentence(f"I have {match[1]}")
    match = re.match(rf"({'|'.join(_ACTIVITIES)})\s+((?:with|in|on|across|for|at)\b.+)$", lower)
    if match:
        verb = "have" if match[1] == "experience" else "have done"
        return _sentence(f"I {verb} {match[1]} {match[2]}")
    return None


def _spanish(head: str) -> str | None:
    text = _strip_tail(head)
    placed = place(text, "highlights", "es")
    if placed.sentence is not None and not placed.sentence.startswith("Soy "):
        return placed.sentence
    lower = _lower_first(text, frozenset(), keep_unknown=False)
    match = re.match(r"((?:formación|experiencia|conocimientos?|un máster|un grado)\s+"
                     r"(?:en|de|con)\s+.+)$", lower)
    if match:
        return _sentence(f"Tengo {match[1]}")
    match = re.match(rf"({_NUMBER})\s+años\s+(.+)$", lower, re.IGNORECASE)
    if match:
        number = match[1].casefold()
        if match[2].startswith("de "):
            return _sentence(f"Tengo {number} años {match[2]}")
        return _sentence(f"He pasado {number} años {match[2]}")
    return None


def _also(sentence: str, spanish: bool) -> str:
    if spanish:
        return "También " + sentence[0].lower() + sentence[1:]
    for pattern, replacement in ((r"^I have (been|spent|done) ", r"I have also \1 "),
                                 (r"^I have ", "I also have "), (r"^I was ", "I was also "),
                                 (r"^I am ", "I am also "), (r"^I (?!also)", "I also ")):
        if re.match(pattern, sentence):
            return re.sub(pattern, replacement, sentence, count=1)
    return sentence


def pitch(text: str, language: str = "en") -> Pitch | None:
    """A highlight as your own sentence (its further sentences kept where they follow on),
    or None where it cannot be said as one."""
    spanish = language.lower().startswith("es")
    parts = sentences(" ".join(text.split()))
    if not parts:
        return None
    say = _spanish if spanish else _english
    head = say(parts[0])
    said: list[str] = [head] if head else []
    for more in parts[1:]:
        if re.match(r"(?:It|This|That|Esto|Eso)\b", more) and not head:
            continue  # "It brought in 31%": only after what "it" is
        one = say(more)
        if one is None and re.match(r"\S", more) and not re.match(r"[a-z]", more) and (
                re.search(r"\b(?:my|I|mi|mis)\b", more) or re.match(r"(?:It|This)\b", more)):
            one = _sentence(more)  # "78% of my students passed last May; …"
        if one:
            said.append(one)
    if not said:
        return None
    if len(said) > 1 and said[0].startswith("I ") and said[1].startswith("I ") and not (
            said[0].startswith("I have")):
        said[:2] = [said[0][:-1] + " and " + said[1][2:]]  # "I was on call … and got pages …"
    sentence = " ".join(said)
    if word_count(sentence) > 40:
        sentence = said[0]
    return Pitch(sentence, _also(sentence, spanish), content_words(text))


def match(people: list[list[Gist]], pitches: list[Pitch | None], *, least: float = 1.5,
          taken: set[int] | None = None) -> list[tuple[int, int] | None]:
    """For each person (their points read as gists), the (highlight, point) pair that shares
    the most content words, best pairs first, each highlight used once; None where nothing
    is shared enough (`least`) or `taken` already holds every highlight that would do."""
    taken = set() if taken is None else taken
    scored = sorted(((overlap(p.words, g.words), person, h, g.index)
                     for person, gists in enumerate(people) for g in gists
                     for h, p in enumerate(pitches) if p is not None),
                    key=lambda row: (-row[0], row[1], row[2]))
    chosen: list[tuple[int, int] | None] = [None] * len(people)
    for score, person, highlight, point in scored:
        if score < least or chosen[person] is not None or highlight in taken:
            continue
        chosen[person] = (highlight, point)
        taken.add(highlight)
    return chosen


def as_clause(sentence: str, proper: frozenset[str] = frozenset()) -> tuple[str, str]:
    """Your tie as a clause to follow "because" or a colon (its first sentence, the capital
    lowered where it is no name, no full stop), and the sentences after it: a tie that meets
    the point just cited reads as one thought with it, not as a résumé line set beside it."""
    parts = sentences(sentence)
    if not parts:
        return "", ""
    return _strip_tail(_lower_first(parts[0], proper)), " ".join(parts[1:])

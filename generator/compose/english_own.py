"""English rules for your own lines and what you share: a CV bullet made your sentence
("Led the migration" -> "I led the migration."), a licence said as what you are, rapport in
the first person made shared ("I also grew up in Pilsen" -> "we both grew up in Pilsen"). A
base module of compose, used by english.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .lexicon import PAST_TO_BASE
from .persons import to_second_person, to_third_person
from .questions import _verb_base
from .text import Placed, _lower_first, _sentence, _strip_tail, sentences

_CV_VERB = re.compile(r"^(?:[A-Z][a-z]+ed|Led|Grew|Cut|Built|Rebuilt|Ran|Won|Made|Wrote|Taught|"
                      r"Brought|Drove|Took|Set|Sold|Kept|Held|Spent|Shipped|Launched|Got|Gave|"
                      r"Began|Found|Bought|Oversaw|Undertook)\b")


# A third-person verb opening a jotted note of theirs, its subject left out ("wants someone to
# run people", "Knows my old boss Gary").
_THEIR_VERB = re.compile(r"(?:wants|needs|expects|prefers|hates|loves|thinks|knows|shares|"
                         r"likes|has)\s", re.IGNORECASE)


def with_their_subject(text: str, verbs: tuple[str, ...] = ()) -> str:
    """A note of theirs jotted with no subject, given one ("She knows my old boss Gary"), for
    the rules that turn she/he to "you" to read; `verbs` narrows which openings count."""
    opening = _THEIR_VERB.match(text)
    if opening is None or (verbs and opening[0].strip().casefold() not in verbs):
        return text
    return f"She {text[0].lower()}{text[1:]}"


def with_subject(text: str) -> str:
    """Your own sentence jotted as a CV line ("Ran 5-axis Inconel jobs for 4 years …") with
    the "I" it leaves out; any other sentence as written."""
    return f"I {text[0].lower()}{text[1:]}" if _CV_VERB.match(text) else text


# A CV line that names what you are ("Licensed PE in North Carolina", "Qualified rigger and
# signal person"), not what you did: the credential's word, then its holder, never a
# preposition or a number ("Licensed in Oregon", "Certified 2019" are said otherwise).
_CREDENTIAL = re.compile(r"(Licensed|Certified|Registered|Board-certified|Qualified|Chartered|"
                         r"Accredited)\s+(?!(?:in|as|by|for|since|with|to|on|at|my|our|the|a|"
                         r"an|his|her|their)\b|\d)(\S.*)$")


def credential(head: str) -> str | None:
    """"Licensed PE in North Carolina" as "I am a licensed PE in North Carolina.", "… since
    2015" as what you have been; None for a line that does not open with a credential."""
    match = _CREDENTIAL.match(head)
    if match is None:
        return None
    being = "I have been" if re.search(r"\bsince\b|\bfor\s+\S+\s+years?\b", head) else "I am"
    article = "an" if match[1][0] in "AEIOU" else "a"
    return _sentence(f"{being} {article} {match[1].lower()} {match[2]}")


_PREDICATE = re.compile(r"^(?:fluent|passionate|bilingual|trilingual|comfortable|certified|"
                        r"licensed|experienced|skilled|proficient|familiar|confident|able|"
                        r"eager|keen|trained|registered|qualified|detail-oriented|"
                        r"self-motivated|organi[sz]ed|calm)\b", re.IGNORECASE)


def _highlight(text: str, proper: frozenset[str]) -> Placed:
    parts = sentences(text)
    head = _strip_tail(parts[0]) if parts else text
    more = tuple(parts[1:])
    lower = head.casefold()
    if re.match(r"^(?:i|my team|we)\b|^i['’]", lower):
        return Placed(None, _sentence(head), "first-person", more)
    said = credential(head)
    if said is not None:
        return Placed(None, said, "fragment", more)
    if _CV_VERB.match(head) or (re.match(r"^[a-z]+ed\b", head) and _verb_base(
            head.split()[0]) is not None) or (head.split()[0].casefold() in PAST_TO_BASE):
        return Placed(None, _sentence("I " + head[0].lower() + head[1:]), "first-person", more)
    if _PREDICATE.match(head) or re.search(r"\bcertified$", head):
        return Placed(None, _sentence("I am " + _lower_first(head, proper, keep_unknown=False)),
                      "fragment", more)
    return Placed(_lower_first(head, proper), None, "sentence" if parts[0] != text else "topic",
                  more)


def _rapport(text: str, to_self: bool, names: Sequence[str], proper: frozenset[str]) -> Placed:
    parts = sentences(text)
    head = _strip_tail(parts[0]) if parts else text
    more = tuple(parts[1:])
    side = re.match(r"(.+?);\s+((?:I|I['’]\w+)\s.+)$", head)
    if side and not re.match(r"I\b", head):  # "She grew up in Medellín; I visited in 2019":
        head, more = side[1], (_sentence(side[2]), *more)  # your side is your reason
    head = re.sub(r"^(?:mentioned|said|turns out|found out)\s+(?:that\s+)?", "", head,
                  flags=re.IGNORECASE)
    # "we're both from Astoria, grew up six blocks apart": one subject for both verbs
    head = re.sub(r"^((?:we|We)\b[^,;]*),\s+((?:grew|went|lived|played|worked|studied|met|"
                  r"trained|started|moved)\b[^,;]*)$", r"\1 and \2", head)
    lower = head.casefold().replace("’", "'")
    shape = "rapport"
    # First person: "I also grew up in Pilsen", "I'm a Cubs fan too" -> shared.
    match = re.match(r"^I(?:['’]m| am)\s+(?:also\s+)?(.*?)(?:\s+too)?$", head, re.IGNORECASE)
    if match and not re.match(r"(?:from|in|at|on)\b", match[1]):
        rest, _, also = match[1].partition("; we ")
        if re.match(r"an?\s", rest):
            rest = _plural_noun_phrase(rest)
        phrase = f"we are both {rest}" + (f" and {also}" if also else "")
        return Placed(phrase, None, "first-person", more)
    match = re.match(r"^I(?:['’]ve| have)\s+(?:also\s+)?(.*?)(?:\s+too|,?\s+as well)?$", head,
                     re.IGNORECASE)
    if match:
        rest = re.sub(r"\bmy\b", "our", match[1])
        return Placed(f"we have both {rest}", None, "first-person", more)
    match = re.match(r"^i\s+(?:also\s+)?(\w.*?)(?:\s+too|,?\s+as well)?$", lower)
    if match and lower.startswith("i "):
        rest = re.sub(r"^I\s+(?:also\s+)?", "", head)
        rest = re.sub(r"\s+(?:too|as well)$", "", rest)
        rest = re.sub(r"\bmy\b", "our", rest)
        rest = re.sub(r"\bme\b", "us", rest)
        return Placed(f"we both {rest}", None, "first-person", more)
    if re.match(r"[a-z]+ed\s.+\stogether$", lower):  # "Walked the transition pen
        # together": a moment you shared, not news to be glad of; what follows may be
        return _rapport(" ".join(more), to_self, names, proper) if more else Placed(
            None, None, "fragment")
    if with_their_subject(head, ("knows", "shares", "loves", "has", "likes")) != head:
        return _rapport(with_their_subject(text), to_self, names, proper)
    if re.match(r"same\s.*\bas my\s", lower):
        return Placed(None, None, "fragment", more)  # "Same vet school as my sister": whose?
    bare = re.match(r"(?:grew|went|played|lived|worked|studied|moved|started|ran|coached|"
                    r"served|was born|were born|did|trained|apprenticed|qualified|graduated|"
                    r"learned|learnt|taught)\s", lower)
    if bare and re.search(r"\b(?:his|her)\b", lower):
        # "did his apprenticeship in the York Minster yard too, a few years before me":
        # theirs, said to them (recruiter round 19 read "that did your apprenticeship")
        said = to_second_person(head[0].lower() + head[1:], names)
        return Placed("you " + said, None, "third-person", more)
    if bare and re.search(r"\bthe same\b|\bdifferent (?:decades|years|eras)\b", lower):
        # "played league for the same club in Porirua, different decades": both of you
        return Placed("we both " + head[0].lower() + head[1:], None, "fragment", more)
    if bare:  # "Grew up in Tacoma like me": no subject jotted, theirs or both of yours
        both = re.search(r",?\s+(?:like me|too|as well)$", head)
        said = head[:both.start()] if both else head
        return Placed(("we both " if both else "you ") + said[0].lower() + said[1:], None,
                      "fragment" if both else "third-person", more)
    match = re.match(r"^(?:also|too)\s+from\s+(.*)$", lower)
    if match:
        return Placed(f"we are both from {head[len(head) - len(match[1]):]}", None, "fragment",
                      more)
    match = re.match(r"^fellow\s+(.*)$", lower)
    if match:
        noun = head[len(head) - len(match[1]):].split(",")[0].strip()
        return Placed(f"we are both {_plural(noun)}", None, "fragment", more)
    match = re.match(r"^same\s+(.*?)(?:\s*\((.*)\))?$", lower)
    if match and not lower.startswith("same as"):
        noun = head[5:]
        if re.search(r"\b(?:did|does|do|was|were|is|are|had|has|made|gave|took|taught|ran|"
                     r"[a-z]{3,}ed)\b", noun.split(",")[0]):
            # "Same tattoo artist did both our first sleeves": a sentence, not a thing shared
            return Placed(f"the same {noun}", None, "fragment", more)
        article = "an" if noun[:1].casefold() in "aeiou" else "a"
        return Placed(f"we share {article} {noun}", None, "fragment", more)
    match = re.match(r"^shared\s+(.*)$", lower)
    if match:
        return Placed(f"we share a {head[7:]}", None, "fragment", more)
    parents = re.match(r"both of our (\w+) (were|are) (.+)$", lower)
    if parents:  # "Both of our fathers were funeral directors": what you both had
        rest = head[len(head) - len(parents[3]):]
        had = "had" if parents[2] == "were" else "have"
        return Placed(f"we both {had} {parents[1]} who {parents[2]} {rest}", None, "fragment",
                      more)
    if re.match(r"^both\s", lower):
        rest = head[5:].strip()
        if re.match(r"(?:are|were|have|had|do|did|love|like|grew|went|play|run|ride)\b",
                    rest, re.IGNORECASE) or (_verb_base(rest.split()[0].casefold()) and not (
                    rest[:1].isupper())):
            return Placed(f"we {head[0].lower()}{head[1:]}", None, "fragment", more)
        return Placed(f"we are both {rest.split(',')[0].strip()}", None, "fragment", more)
    if re.fullmatch(r"(?:[A-Z][\w'’.&-]*\s)*[A-Z][\w'’-]*[^aiousA-Z]s!*", head.strip()):
        # "Steelers": a team you both follow, jotted as its name
        return Placed(f"we're both {head.strip().rstrip('!')} fans", None, "fragment", more)
    if re.match(r"^(?:she|he|they)\b", lower) or re.search(r"\b(?:her|his|their)\b", lower):
        shape = "third-person"
    text = _lower_first(head, proper)
    text = to_second_person(text, names, they=True) if to_self else to_third_person(text)
    if to_self and re.match(r"you\b", text, re.IGNORECASE):
        # "you started on nights too and swears …": the second verb agrees with "you" too
        text = re.sub(r"\b(and|but)\s+((?:still|also|now|even|often)\s+)?([a-z]+s)\b",
                      lambda m: f"{m[1]} {m[2] or ''}{_agree(m[3])}", text)
    return Placed(_lower_first(text, proper), None, shape, more)


def _agree(verb: str) -> str:
    """A third-person verb as it goes with "you": swears -> swear, has -> have."""
    if verb == "has":
        return "have"
    if verb == "is":
        return "are"
    if verb == "does":
        return "do"
    base = _verb_base(verb)
    return base if base and base != verb and verb.endswith("s") else verb


def _plural(noun_phrase: str) -> str:
    words = noun_phrase.split()
    if not words:
        return noun_phrase
    last = words[-1]
    words[-1] = last if last.endswith("s") else (last[:-1] + "ies" if re.search(
        r"[^aeiou]y$", last) else last + "s")
    return " ".join(words)


def _plural_noun_phrase(text: str) -> str:
    """'a Cubs fan' -> 'Cubs fans'; 'a runner; ...' keeps what follows."""
    text = re.sub(r"^(?:also\s+)?an?\s+", "", text)
    head, sep, tail = text.partition(" and ")
    return _plural(head) + (sep + tail if sep else "")

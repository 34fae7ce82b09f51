"""What a point jotted in shorthand says, kept whole where it can be said plainly: a heading
with what was said of it ("BMS alarm floods. ~400 a shift, most junk" -> "the BMS alarm floods"
and "about 400 a shift, most junk"), or two or three short statements ("assessor wants parcel
edits within 10 business days of recording, they're at about 25" -> "the assessor wants …,
and you're at about 25").

These are the commonest shapes of interview notes, and the ones the rest of the reading is
most wary of: the detail is neither a clause with a subject nor a thing to name, so it was
dropped and the note thanked them for a bare label ("I especially enjoyed talking about
switchgear lead times."). Said back after a colon, the detail is theirs to recognise; blind
round 18 read a long one ("rural: 5-10 acre parcels, well and septic, and comps 10+ miles
out") as the notes pasted, so only one or two plain pieces qualify, with no shorthand only
the notes can read. Anything of yours, a quotation, a question or a second conversation
inside the point is left to the other readings. A base module of compose, used by gist.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import _NUMBER_WORDS, _has_verb, _verb_at
from .guard import sound_topic
from .lexicon import VERBS
from .marks import HARD
from .naming import tidy_topic
from .questions import _verb_base
from .sayback import HOW_OFTEN, WHEN
from .shorthand import LONE_ADJECTIVE, SHORTHAND, spell_units, with_copula
from .text import _lower_first, _strip_tail, word_count
from .voice import for_reader, is_plural

# What keeps a point from being a heading and its detail: your own words (the detail is then
# your answer), their words quoted, a question, an aside, a list, shorthand that only the
# notes can read ("vs", a ratio, "etc").
_NOT_PLAIN = re.compile(r"\b(?:I|I['’]\w+|my|me|we|our|us|asked|told|said)\b|[?\"“”()\[\]:<>→]|\d/|"
                        r"\bvs\b|\betc\b|\be\.g\b|\bi\.e\b|^\s*[-*]|\n\s*[-*]")

# A heading is a thing: not a person doing something ("she wants …"), not a count ("312 rooms").
_NOT_HEADING = re.compile(r"(?:she|he|they|you|it|there|this|that|what|how|why|when|where|who|"
                          r"whether|which|if|so|and|but|also|then|no|not|about|around|roughly|"
                          r"maybe|more|less|fewer)\b|[~\d$£€]", re.IGNORECASE)

# A remark on the heading rather than a second thing: "most junk", "mostly sits unused".
_REMARK = re.compile(r"(?:most|none|only|not|never|non-|half|pretty|very|really|too|just|"
                     r"even|already)\b", re.IGNORECASE)
# A piece said by someone: "they cap at 45 …", "the insurance side eats his mornings".
_SUBJECT = re.compile(r"(?:she|he|they|you|it|there|the|everything|nobody|everyone|most|"
                      r"some)\b", re.IGNORECASE)


def _detail(piece: str) -> str:
    """What a piece after the heading is: a figure or a remark or a clause said of it
    ("detail"), a second thing named ("thing": "NENA standard", "seedling survival"), or
    note-speak no sentence holds ("moved over from spreadsheets", "wants it under 2%")."""
    first = piece.split()[0].casefold() if piece.split() else ""
    if re.match(r"(?:she|he|you)\s+(?:offered|gave|showed|told|said|asked|mentioned|promised|"
                r"invited|suggested|recommended|laughed|joked)\b", piece, re.IGNORECASE):
        return "speak"  # "she offered her old flashcards": a kindness to thank, not a detail
    if re.fullmatch(r"(?:you|she|he)(?:['’]re|['’]s| are| is) (?:a|an|the) [\w-]+", piece,
                    re.IGNORECASE):
        return "speak"  # "OEC refresher in October, he's an instructor": who they are
    if re.match(r"[A-Z][a-z]", piece) and _has_verb(piece):
        return "speak"  # "Lakeview got a 3 last spring": news of others, theirs to tell
    if _SUBJECT.match(piece) and _has_verb(piece):
        return "detail"
    if first in VERBS or (first != _verb_base(first) and _verb_base(first) in VERBS) or (
            re.match(r"[a-z]+(?:ed|ing)\b", first)) or re.match(
            r"(?:still|mostly|now|usually|often)\s+[a-z]+(?:s|ed|ing)\b", piece):
        return "speak"  # a verb with no subject: the notes' own shorthand
    if first == "not":
        return "speak"  # "members, not customers", "not happy with it": whose view, unsaid
    if re.search(r"[\d$£€%~]", piece) or first in _NUMBER_WORDS or _REMARK.match(piece):
        return "detail"
    return "speak" if _has_verb(piece) else "thing"


def _piece(piece: str, names: Sequence[str], proper: frozenset[str], to_self: bool,
           team: bool) -> str:
    """One piece of the detail in words a sentence holds: "~400 a shift" -> "about 400 a
    shift", "= stop" -> "means stop", she/he/they -> you in the note to them."""
    piece = re.sub(r"(?:^|(?<=\s))~\s*", "about ", piece)
    piece = re.sub(r"\s+=\s+", " means ", piece)
    piece = re.sub(r"\s+[+&]\s+", " and ", piece)
    # after a heading, "they" opens what the team does: "DTI overlays, they cap at 45"
    team = team or bool(re.match(r"they\b", piece, re.IGNORECASE))
    piece = for_reader(piece, names, team=team) if to_self else piece
    return _lower_first(spell_units(piece) or piece, proper)


def jotted(value: str, names: Sequence[str] = (), proper: frozenset[str] = frozenset(), *,
           to_self: bool = True, team: bool = True,
           said: Sequence[str | None] = ()) -> tuple[str | None, str] | None:
    """Statements said whole as (None, clause) (`statement`); else the heading named as a
    topic and what was said of it as one phrase, where that says all the other readings
    found (`said`: "door-to-provider time: you're at 38 minutes and you want under 30" over
    "you want under 30" alone); else None (see the module's docstring)."""
    whole = statement(value, names, proper, to_self=to_self, team=team)
    if whole:
        return None, whole
    found = _heading(value, names, proper, to_self=to_self, team=team)
    return found if found and all(s in found[1] for s in said if s) else None


def _heading(value: str, names: Sequence[str], proper: frozenset[str], *, to_self: bool,
             team: bool) -> tuple[str, str] | None:
    """A short heading and a plain detail, or None."""
    text = " ".join(value.split())
    if "\n" in value.strip() or _NOT_PLAIN.search(text) or re.search(r"\d:\d", text):
        return None
    found = re.match(r"([^,.;!]{2,48}?)[,.;]\s+(.+)$", _strip_tail(text))
    if not found:
        return None
    head, rest = found[1].strip(), found[2].strip()
    lead = head.split()[0].casefold()
    verbish = lead in VERBS or re.fullmatch(r"(?:want|need|like|hate|prefer|expect|love|think|"
                                            r"say|get|run|use|keep)s", lead)
    if LONE_ADJECTIVE.fullmatch(head) or word_count(head) > 6 or _NOT_HEADING.match(head) or (
            _has_verb(head) or with_copula(head) or verbish):
        return None  # "wants someone to run people", "crash dumps attached now": no heading
    if re.search(r"\d", re.sub(r"\b(?:19|20)\d\d\b", "", head)) or not sound_topic(head, proper):
        return None  # "team of 6", "NEIEP classes 2 nights a month": specs, not a heading
    if re.fullmatch(r"[A-Z][a-z]+(?:ed|ing|ly)", head.split()[0]):
        head = head[0].lower() + head[1:]  # "Managed enrollment": a capital of the notes
    pieces = [re.sub(r"^(?:and|but)\s+", "", p.strip()) for p in re.split(
        r"(?<!\d)[,.;]\s+", rest) if p.strip()]
    if not 1 <= len(pieces) <= 2 or word_count(rest) > 14 or any(
            word_count(p) > 12 for p in pieces) or SHORTHAND.search(rest):
        return None  # three things after a heading read as the notes pasted (blind round 18)
    if all(HOW_OFTEN.match(p) for p in pieces):
        return None  # "courier trips, about 6 a year": how often is no detail to say back
    if HARD.search(rest):
        return None  # "lift evac drill, you're behind on it": their candour, thanked elsewhere
    kinds = [_detail(p) for p in pieces]
    if "speak" in kinds or kinds[0] != "detail":
        return None  # "Esri ELA renewal, cost": two things named, not one and its detail
    said = [_piece(p, names, proper, to_self, team) for p in pieces]
    # "48-hour rule" -> "the 48-hour rule": a thing named in the detail keeps its article
    said = [p if _has_verb(p) or HOW_OFTEN.match(p) or re.match(r"\d+\s", p) else tidy_topic(p)
            or p for p in said]
    said = [re.sub(r"\b(you|we|they) are\b", r"\1're", p) for p in said]
    if len(said) == 1:
        detail = said[0]
    elif _has_verb(said[-1]) or any(" and " in p for p in said) or len(said) > 2:
        # "6 rural sites, and volunteers drive"; "14 RTs on days and 11 on nights, and …"
        detail = f"{', '.join(said[:-1])}, and {said[-1]}"
    elif _REMARK.match(said[-1]) or WHEN.match(said[-1]):
        # "about 400 a shift, most junk": a remark closes it; "…, done last Thursday": when
        detail = ", ".join(said)
    else:
        detail = " and ".join(said)
    topic = tidy_topic(_lower_first(for_reader(head, names, team=team) if to_self else head,
                                    proper))
    return (topic, detail) if topic else None


# A subject jotted without its article: one common noun ("assessor wants …"), or a name of
# the work ending in one ("MSAG/ALI to GIS match rate is 96.8%").
_DETERMINED = re.compile(r"(?i:the|a|an|your|their|his|her|our|this|that|these|those|every|"
                         r"each|no|nobody|everyone|everything|most|some|all|half|you|they|she|"
                         r"he|it|there|we)\b|(?i:you|they|we|there|it)['’]|[A-Z][a-z]")
# A noun that names an amount or a state, with no article: "retention", "attendance".
_MASS = re.compile(r"[a-z]+(?:tion|ment|ness|ity|ing|ance|ence|ship|age)$")


def _said_whole(piece: str, names: Sequence[str], proper: frozenset[str], to_self: bool,
                team: bool) -> str | None:
    """One jotted statement as a clause: its subject given "the" where the notes dropped it,
    its "are" where they dropped that ("crash dumps attached automatically now")."""
    piece = with_copula(piece) or piece
    words = piece.split()
    copula = next((i for i, w in enumerate(words[:7]) if w in ("is", "are", "was", "were")), None)
    verb = copula or _verb_at(words)  # "CDL skills test pass rate is …": "is", not "test"
    if verb == 0 and _DETERMINED.match(piece):  # "they're at about 25"
        return _piece(piece, names, proper, to_self, team)
    if not 1 <= verb <= 6 or verb >= len(words) - 1 or word_count(piece) > 16:
        return None  # "childcare vouchers and bus passes": a noun read as its verb
    subject = words[:verb]
    lead = subject[0]
    if not re.match(r"(?:[A-Z]\w*[A-Z]|[a-z])", lead) or (lead[:1].isupper() and not re.match(
            r"[A-Z0-9/&-]{2,}$", lead)):
        return None  # "Lakeview got a 3": a name, said as it is, is no bare noun
    if not _DETERMINED.match(lead) and not is_plural(subject[-1]) and subject[-1].islower() and (
            not _MASS.fullmatch(subject[-1])):
        piece = "the " + piece  # "assessor wants …" -> "the assessor wants …"
    return _piece(piece, names, proper, to_self, team)


def statement(value: str, names: Sequence[str] = (), proper: frozenset[str] = frozenset(), *,
              to_self: bool = True, team: bool = True) -> str | None:
    """A point jotted as two or three short statements said as one clause: "assessor wants
    parcel edits within 10 business days of recording, they're at about 25" -> "the assessor
    wants parcel edits within 10 business days of recording, and you're at about 25"; None
    for anything else. A last "not …" is its contrast ("…, not recruitment")."""
    text = _strip_tail(" ".join(value.split()))
    if "\n" in value.strip() or _NOT_PLAIN.search(text) or re.search(r"\d:\d|;", text) or (
            SHORTHAND.search(text)):
        return None
    pieces = [p.strip() for p in re.split(r",\s+", text)]
    contrast = pieces.pop() if len(pieces) > 2 or (
        len(pieces) == 2 and re.match(r"not\s", pieces[-1])) else None
    if contrast and not re.match(r"not\s", contrast):
        pieces.append(contrast)
        contrast = None
    if not 1 <= len(pieces) <= 3 or (len(pieces) == 1 and not contrast):
        return None
    joints = [re.match(r"(?:and|but|so)\s+|", p)[0] for p in pieces]  # type: ignore[index]
    said = [_said_whole(p[len(j):], names, proper, to_self, team) for p, j in zip(
        pieces, joints, strict=True)]
    if any(s is None for s in said) or sum(word_count(s or "") for s in said) > 24:
        return None  # past two dozen words a sentence of ours cannot carry it
    clauses = [s for s in said if s]
    # "…, and you're at about 25"; "…, so testers don't have to hunt for them" keeps its own
    last = f"{joints[-1].strip() or 'and'} {clauses[-1]}"
    joined = clauses[0] if len(clauses) == 1 else f"{', '.join(clauses[:-1])}, {last}"
    return f"{joined}, {contrast}" if contrast else joined

"""The rapport of a note: what you and they found in common, as a clause a sentence can
hold, kept only where it is shared or comes with your reason. A base module of compose.
"""

from __future__ import annotations

import re

from ..input.models import Interviewer
from .english_own import _plural_noun_phrase
from .gist_es import to_tu
from .persons import names_of
from .phrasing import place
from .text import _strip_tail
from .voice import for_reader


def rapport(person: Interviewer, language: str, proper: frozenset[str],
             tu: bool) -> tuple[str | None, str | None]:
    """The rapport as a clause, kept only where it is shared or comes with your reason."""
    if not person.rapport:
        return None, None
    names = names_of(person)
    if language != "es" and re.match(r"(?:Played|Golfed|Hiked|Walked|Grabbed|Had)\b[^.]*\bwith "
                                     r"(?:him|her)\b", person.rapport):
        return None, None  # "Played 9 with him after": something you did together, which no
        # frame of discovery can hold ("I enjoyed hearing that you played 9 with him")
    placed = place(person.rapport, "rapport", language, names=names, proper=proper)
    phrase = placed.phrase
    if phrase is None:
        return None, None
    both = re.match(r"([^,]{3,40}),\s+both of us\b", phrase)
    if both and not re.match(r"(?:you|we|I|she|he|they)\b", phrase, re.IGNORECASE):
        phrase = f"we're both {both[1]}"  # "Orioles fans, both of us, both suffering"
    # "Both of us ran the Columbus Marathon": not "we are both of us ran …"
    phrase = re.sub(r"^(?:we are |we're )?both of us\b", "we both", phrase, flags=re.IGNORECASE)
    # Asides go, a place's too: "Guadalajara (la de México)" told Rodrigo which Guadalajara he
    # is from (recruiter rounds 14 and 15); the note is to them, who know.
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase)
    # "you are a Hurricanes fan too, we talked about the playoff run": no comma splice
    # (", and we argued about the rivalry for a minute" too: they were there)
    # Where it follows their side ("you grew up in Medellín and we talked about the library
    # parks there"), what you talked about is kept as a second thing you were glad of, since
    # your reason may point back to it ("I still think about the one on the hill").
    # "you heard me speak Spanish to …, and we ended up talking about your grandmother's
    # records": what you talked about is the moment you shared
    detour = re.search(r"(?:^|,?\s+and\s+)we\s+(?:ended up|got)\s+(?:talking|chatting)\s+about\s+"
                       r"(.+)$", phrase)
    if detour and language != "es":
        return f"we ended up talking about {detour[1]}", None
    talked = re.search(r"(?:[,;]\s+(?:and\s+)?|\s+and\s+)we\s+(talked|chatted|laughed)\s+"
                       r"(about\s+[^,;]+)$", phrase)
    if talked and placed.more and language != "es" and re.match(r"you\b", phrase):
        verb = {"talked": "talk", "chatted": "chat", "laughed": "laugh"}[talked[1]]
        phrase = f"{phrase[:talked.start()]}, and to {verb} {talked[2]}"
    phrase = re.split(r"(?:[,;]\s+(?:and\s+|so\s+)?|\s+and\s+)(?=we\s+(?:talked|spent|chatted|"
                      r"compared|traded|swapped|laughed|bonded|geeked|nerded|got|argued|joked|"
                      r"reminisced)\b)", phrase)[0]
    if phrase.count(", ") >= 2 and re.search(r",\s+(?:and\s+)?I\b", phrase):
        phrase = phrase.split(", ")[0]  # "you surf, grew up on Oahu, and I'm learning, badly…"
    phrase = re.sub(r",\s+(mine|ours)\s", r", and \1 ", phrase)  # "…, mine did too": no splice
    # "you are a Hurricanes fan too" tells them who they are: say what you share
    if language != "es" and re.fullmatch(r"(?:[A-Z][\w.&'’-]*\s+)*[a-z][\w-]*[a-z]s", phrase) and (
            len(phrase.split()) <= 6 and not phrase.endswith("ss")):
        phrase = f"we're both {phrase}"  # "Louisville City FC fans": what the two of you are
    fellow = re.fullmatch(r"you(?:['’]re| are) (an? [^,]+?) too", phrase)
    if fellow and language != "es":
        noun = _plural_noun_phrase(fellow[1])
        phrase = "we are both " + re.sub(r"\bpersons$", "people", noun)
    # "…the Twin Cities Marathon; I ran it last year" -> "…, which I ran last year"
    phrase = re.sub(r"[,;]\s+(?:and )?I ([a-z]+ed|ran|did|saw|won|took|made|rode|swam|wrote|read) "
                    r"it\b(?=(?: in \d{4}| last \w+| twice| once| \w+ years ago)?$)",
                    r", which I \1", phrase, count=1)
    # "you're from Belo Horizonte; I spent a semester in Curitiba": after their side, yours is
    # a sentence of its own ("…, and I spent …" reads as two facts forced together); after
    # what you share, joined: "we both ski, and I'm still bad at it"
    if language != "es":
        theirs = bool(re.match(r"your?\b", phrase))
        phrase = re.sub(r"[,;]\s+" + (r"(?:and )?" if theirs else "") +
                        r"(?=I\s+(?!am\b|was\b)[a-z]+\b)", ". " if theirs else ", and ",
                        phrase, count=1)
    head, comma, tail = phrase.partition(", ")
    if comma and language != "es" and re.match(r"you\s", head) and " and " not in head and (
            re.match(r"(?:[a-z]+ed|came|went|grew|ran|left|moved|spent|took|got)\s", tail)):
        # "you grew up in Lyon, came for grad school at CU Boulder like I did": one subject
        phrase = f"{head} and {tail}"
        head, comma, tail = phrase, "", ""
    mine = r"\b(?:I|my|me|mine|yo|mi|mis|viví|estudié|trabajé)\b"
    if comma and not re.search(mine, tail) and re.match(
            r"(?:yours|your|his|her|su|sus|you|she|he|they)\b", tail):
        phrase = head  # "we both keep homelabs, yours runs on three old ThinkPads": the shared part
    elif comma and re.match(r"we\s", tail):  # "…a Brewers fan too, we both suffered …": no splice
        phrase = f"{head}, and {tail}"
    elif comma and re.match(r"(?:your|his|her)\b", tail) and re.search(r"\b(?:mine|my)\b", tail):
        # "we both coach youth hockey, your son is a Squirt and mine …": no comma splice
        phrase = f"{head} ({tail})"
    shared = re.match(r"(?:we|los dos|las dos|a los dos|a las dos)\b", phrase) or re.search(
        r"\b(?:too|also|as well|like me|like mine|ahead of me|as I did|también|como yo)\b|"
        + mine, phrase)
    reason = None
    for sentence in placed.more:
        # "Gave me a hard time about the Army": they did it, not you ("I gave me …")
        sentence = re.sub(r"^(?:[A-Za-z]+ed|gave|told|made|took|showed|let|sent|got|bought|"
                          r"asked|taught|lent)(?=\s+me\b)", lambda m: "you " + m[0].lower(),
                          sentence, flags=re.IGNORECASE)
        first_person = re.search(r"\b(?:I|my|me|mine|yo|mi)\b", sentence)  # "So did mine."
        if first_person and not re.match(r"(?:We|Acabamos|Nosotros)\b", sentence):
            reason = re.split(r",?\s+and we\b|,?\s+y (?:acabamos|nos)\b", sentence)[0]
            reason = for_reader(_strip_tail(reason), names) if language != "es" else _strip_tail(
                reason)
            # "you drove trucks, I ran a supply room": no comma splice
            reason = re.sub(r",\s+(?=I\s+\w+)", " and ", reason, count=1)
            break
    # "you are from Lviv" alone is an odd thing to say; what they do, told with its detail
    # ("you played clarinet all through college and still keep it in your office"), is not
    doing = language != "es" and len(phrase.split()) >= 6 and re.match(
        r"you (?!are\b|were\b|['’]re\b|grew\b|live\b|lived\b|come\b|came\b|know\b)[a-z]+",
        phrase)
    if not shared and reason is None and not doing:
        return None, None
    if shared:
        reason = None  # "we both …" says it already: both sides spelled out reads back their life
    if language == "es" and tu:
        phrase = re.sub(r"^es\b", "eres", re.sub(r"^(\w+)\b", lambda m: to_tu(m[1]) if m[1] in (
            "es", "lleva", "vive", "hizo", "estudió", "trabajó") else m[1], phrase))
        phrase = re.sub(r"\by lleva\b", "y llevas", phrase)
    return phrase, reason

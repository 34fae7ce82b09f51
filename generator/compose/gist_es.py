"""The Spanish side of gist.py: a punto read for what a note can say of it, what stays with
you ("se nota que lo pasó mal", "me cayó muy bien"), and the reader addressed as tú or usted.

Spanish verbs are not parsed here: the shapes notes take are read instead. "X me contó cómo
consiguió …" is a story ("la historia de cómo conseguiste …"); "Le pregunté por X: Y" is an
answer with its detail; a sentence that opens with a verb in the plural ("Tardan cuatro o
cinco meses …") is a fact about their team, which usted and tú alike can be told as it is
(ustedes tardan; in tú, the team is still "they"). A base module of compose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import vividness
from .lists import _split_list
from .marks import HARD
from .point import Gist
from .text import Placed, _strip_tail, sentences, word_count
from .voice import private_es
from .words import content_words

# Third person singular -> tú: the reader as the subject of what they told you.
_TU_IRREGULAR = {
    "es": "eres", "está": "estás", "va": "vas", "ha": "has", "da": "das", "fue": "fuiste",
    "hizo": "hiciste", "dijo": "dijiste", "tuvo": "tuviste", "puso": "pusiste",
    "pudo": "pudiste", "vino": "viniste", "trajo": "trajiste", "estuvo": "estuviste",
    "quiso": "quisiste", "supo": "supiste", "dio": "diste", "vio": "viste",
    "consiguió": "conseguiste", "pidió": "pediste", "siguió": "seguiste",
    "sintió": "sentiste", "prefirió": "preferiste", "eligió": "elegiste", "quiere": "quieres",
    "puede": "puedes", "tiene": "tienes", "hace": "haces", "sabe": "sabes", "lleva": "llevas",
}


def tu_verb(word: str) -> str:
    """A verb in the third person singular, said to tú: consiguió -> conseguiste."""
    lower = word.casefold()
    if lower in _TU_IRREGULAR:
        return _TU_IRREGULAR[lower]
    if lower.endswith("ió"):
        return lower[:-2] + "iste"
    if lower.endswith("ó"):
        return lower[:-1] + "aste"
    if re.search(r"[ae]$", lower):
        return lower + "s"
    return lower


def to_tu(clause: str) -> str:
    """A clause about the reader in the third person, said to tú ("cómo consiguió dos
    cisternas" -> "cómo conseguiste dos cisternas"): the verb after cómo/que/no, or first."""
    words = clause.split()
    for index, word in enumerate(words):
        lower = word.casefold()
        if index == 0 and lower not in ("cómo", "que", "por", "si", "no", "se"):
            words[0] = tu_verb(word)
            break
        if lower in ("cómo", "que", "qué", "no", "si") and index + 1 < len(words):
            following = words[index + 1]
            if following.casefold() == "se" and index + 2 < len(words):
                words[index + 1] = "te"
                words[index + 2] = tu_verb(words[index + 2])
            elif following.casefold() not in ("el", "la", "los", "las", "un", "una", "lo"):
                words[index + 1] = tu_verb(following)
            break
    text = " ".join(words)
    return re.sub(r"\bsus?\b", lambda m: "tus" if m[0].endswith("s") else "tu", text)


_TOLD = re.compile(r"^(?:(?:[A-ZÁÉÍÓÚ]\w+|él|ella)\s+)?(?:me|nos)\s+(?:contó|explicó|enseñó|"
                   r"describió)\s+(cómo|que|por qué)\s+", re.IGNORECASE)
_VERB_FIRST = re.compile(r"^(?:tardan|quieren|piden|usan|tienen|llevan|hacen|necesitan|buscan|"
                         r"trabajan|compran|sacaron|tuvieron|hicieron|pasaron|cambiaron|"
                         r"perdieron|ganaron|se quedaron|están|van|son)\b", re.IGNORECASE)
_READER = re.compile(r"^(?:él|ella)\s+", re.IGNORECASE)


def _clause(text: str, tu: bool) -> str | None:
    """A Spanish detail a sentence can hold, for the reader, or None."""
    text = _strip_tail(re.sub(r"\s*\([^()]*\)", "", text.strip()))
    text = re.sub(r"^(?:y|pero)\s+", "", text, flags=re.IGNORECASE)
    if not text or private_es(text) or "?" in text or not 3 <= word_count(text) <= 20:
        return None
    if re.match(r"(?:lo|la|le|les|eso|esto|de ahí|uno|una|yo|me|mi|nosotros|acabamos)\b", text,
                re.IGNORECASE):
        return None
    if _READER.match(text):
        text = _READER.sub("", text)
        return to_tu(text) if tu else text
    if _VERB_FIRST.match(text) or re.match(r"(?:el|la|los|las)\s+\w+\s+(?:son|es|está|están|"
                                           r"tardan?|fallan?)\b", text, re.IGNORECASE):
        # "… y ella no quiere que …": the reader, said to them.
        text = re.sub(r"\b(?:ella|él)\s+((?:no\s+)?\w+.*)$",
                      lambda m: to_tu(m[1]) if tu else "usted " + m[1], text)
        return text[0].lower() + text[1:]
    return None


def read_point_es(index: int, value: str, placed: Placed, *, tu: bool = False,
                  names: Sequence[str] = ()) -> Gist:
    """One Spanish discussion point read into a Gist."""
    listed = _split_list(value)
    text = " ".join((listed[0] if listed else value).split())
    parts = sentences(text)
    head = parts[0] if parts else ""
    rest = parts[1:]
    topic = _topic_es(placed, tu)
    kind = "topic"
    clauses: list[str] = []
    if placed.shape == "asked" or (topic and re.search(r"\b(?:mi|mis|me|yo)\b", topic)):
        kind = "asked"
    elif placed.shape == "question" and any(re.match(
            r"(?:le|les)\s+(?:dije|conté|expliqué|respondí|contesté)\b|respondí\b", r,
            re.IGNORECASE) for r in rest):
        kind = "asked"  # "¿Qué haría si …? Le dije que …": their question to me
    elif placed.shape == "question":
        kind = "answer"
    answered = re.match(r"(?:le|les)\s+pregunté\b[^:]*:\s*(.+)$", head, re.IGNORECASE)
    if answered:  # "Le pregunté por la auditoría IFS: sacaron nivel superior."
        kind = "answer"
        found = _clause(answered[1], tu)
        if found is None and re.match(r"[a-záéíóúñ]+(?:aron|ieron)\b", answered[1]):
            found = _strip_tail(answered[1])
        clauses += [found] if found else []
    for sentence in [head, *rest]:
        for part in re.split(r";\s+|,\s+y\s+|\s+y\s+(?=(?:[A-ZÁÉÍÓÚ]\w+|él|ella)\s+me\s)",
                             sentence):
            told = _TOLD.search(part)
            if told:
                kind = "story"
                story = part[told.start(1):]
                story = re.split(r",\s+(?:con|antes|después|aunque|porque)\b", story)[0]
                said = to_tu(story) if tu else story
                if word_count(said) <= 18 and not private_es(said):
                    clauses.append(_strip_tail(said))
                continue
            found = _clause(part, tu) if part is not head or kind == "topic" else None
            if found:
                clauses.append(found)
    best = max(clauses, key=vividness, default=None)
    if best and topic and best.casefold() in topic.casefold():
        best = None  # "cómo quieren pasar a …": the topic says it already
    said_text = " ".join(s for s in sentences(" ".join(value.split())) if not private_es(s))
    return Gist(
        index=index, topic=topic, kind=kind, clause=best, fact=best if kind == "topic" else None,
        hard=bool(HARD.search(said_text)),
        sore=bool(re.search(r"\b(?:error|no fue mi mejor|me enrollé|dejar)\b", value,
                            re.IGNORECASE)),
        vivid=max(vividness(best) if best else 0.0, 0.5 * vividness(topic or "")),
        words=content_words(said_text),
    )


def _topic_es(placed: Placed, tu: bool) -> str | None:
    phrase = placed.phrase
    if phrase is None:
        return None
    phrase = re.sub(r"\s*\([^()]*\)", "", phrase).strip()
    phrase = re.split(r",\s+y\s+|;\s+|,\s+", phrase)[0]
    phrase = _strip_tail(phrase)
    if word_count(phrase) > 18:
        return None
    return to_tu(phrase) if tu and re.match(r"(?:cómo|qué|si)\s", phrase) and re.search(
        r"\b(?:usted|su)\b", phrase) else phrase

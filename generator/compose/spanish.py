"""Spanish rules of phrasing: ¿…? questions to indirect ones (si …, cómo …), "Le pregunté
por …" and other lead-ins dropped, tú turned to usted, first-person rapport made shared
("Yo también crecí en …" -> "los dos crecimos en …"), CV bullets made sentences.
"""

from __future__ import annotations

import re

from .text import (
    Placed,
    _drop_label,
    _lower_first,
    _normalise_case,
    _sentence,
    _strip_tail,
    sentences,
)

_ES_LEAD = re.compile(
    r"^(?:(?:yo|ella|él|el)\s+)?(?:le|me|nos)?\s*"
    r"(?:pregunté|comenté|conté|expliqué|hablé|enseñó|explicó|habló|preguntó|contó|comentó|"
    r"mostró|centramos|quería saber|estuvimos hablando|hablamos|comentamos|tratamos|"
    r"charlamos|repasamos|vimos)"
    r"(?:\s+(?:por(?! qué)|de(?!l)|sobre|en|acerca de|el tema de))?\s+", re.IGNORECASE)


_ES_WH = ("cómo", "qué", "cuál", "cuáles", "cuántos", "cuántas", "cuánto", "cuánta", "dónde",
          "cuándo", "por qué", "quién", "quiénes", "con qué", "en qué", "de qué", "para qué",
          "a qué", "hasta qué", "desde cuándo")


_TU_TO_USTED = [
    (r"\bte\b", "le"), (r"\btu\b", "su"), (r"\btus\b", "sus"), (r"\bti\b", "usted"),
    (r"\b(\w+)aste\b", r"\1ó"), (r"\b(?!\w*(?:sist|xist))(\w+)iste\b", r"\1ió"),
    (r"\b(\w+)(ar|er|ir)ías\b", r"\1\2ía"), (r"\b(\w+)áis\b", r"\1an"),
    (r"\b(\w+)éis\b", r"\1en"), (r"\b(\w{3,})ís\b", r"\1en"),
]


_ES_PLURAL_1 = {"soy": "somos", "estoy": "estamos", "tengo": "tenemos", "hice": "hicimos",
                "fui": "fuimos", "estuve": "estuvimos", "tuve": "tuvimos", "pude": "pudimos",
                "dije": "dijimos", "vine": "vinimos", "puse": "pusimos", "vivo": "vivimos",
                "trabajo": "trabajamos"}


_ES_PREDICATE = ("bilingüe", "trilingüe", "especialista", "capaz", "experta", "experto",
                 "farmacéutica", "farmacéutico", "enfermera", "enfermero", "licenciada",
                 "licenciado", "graduada", "graduado", "ingeniera", "ingeniero", "titulada",
                 "titulado", "nativa", "nativo", "responsable", "apasionada", "apasionado")


_ES_COUNTABLE = ("máster", "grado", "doctorado", "título", "posgrado", "diploma", "certificado",
                 "curso", "mba")


def _spanish(text: str, field: str, to_self: bool, proper: frozenset[str]) -> Placed:
    text, _label = _drop_label(text)
    text = _normalise_case(text, proper)
    asked_me = bool(re.match(r"^me preguntó\s*:", text, re.IGNORECASE))
    if asked_me:
        text = re.sub(r"^me preguntó\s*:\s*", "", text, flags=re.IGNORECASE)
    if field == "highlights":
        return _spanish_highlight(text, proper)
    if field == "rapport":
        return _spanish_rapport(text, to_self, proper)
    shape = "topic"
    more: tuple[str, ...] = ()
    parts = sentences(text)
    if len(parts) > 1:
        text, more = _strip_tail(parts[0]) + ("?" if parts[0].endswith("?") else ""), tuple(
            parts[1:])
    match = _ES_LEAD.match(text)
    if match and not asked_me:
        text = text[match.end():]
        # "Me preguntó cómo…": their question to me; "Le pregunté por…": mine to them.
        shape = "asked" if re.match(r"^me\s+pregunt", match[0], re.IGNORECASE) else (
            "first-person")
        text = re.sub(r"^el tema de\s+", "", text)
    if text.startswith("¿") or text.endswith("?"):
        shape = "question"
        text = text.strip("¿?").strip()
        lower = text.casefold()
        if not any(lower.startswith(wh + " ") or lower == wh for wh in _ES_WH):
            text = "si " + _lower_first(text, proper, keep_unknown=False)
    text = _strip_tail(text)
    if re.match(r"^(?:de|sobre)\s+", text):
        text = re.sub(r"^(?:de|sobre)\s+", "", text)
    if re.match(r"^del\s", text):
        text = "el " + text[4:]
    text = re.sub(r"^de (la|los|las|su|sus|mi|mis)\b", r"\1", text)
    if not to_self:
        pass
    else:
        text = re.sub(r"\b(lo que|la forma en que|el modo en que|cómo)\s+(?:él|ella)\s+", r"\1 ",
                      text)
        text = re.sub(r"^(?:él|ella)\s+", "", text, flags=re.IGNORECASE)
        text = re.sub(r"\b(el|la|los|las)\s+(\w+)\s+de\s+(?:la|el)\s+(?:Dra?\.|Sra?\.|Prof\.)"
                      r"\s+[A-ZÁÉÍÓÚ]\w+", lambda m: "su " + m[2] if m[1] in ("el", "la")
                      else "sus " + m[2], text)
    for pattern, replacement in _TU_TO_USTED:
        text = re.sub(pattern, replacement, text)
    if shape in ("topic", "first-person"):
        text = _spanish_article(_spanish_statement(_lower_first(text, proper, keep_unknown=False)))
    return Placed(_lower_first(text, proper, keep_unknown=False), None, shape, more)


def _spanish_article(text: str) -> str:
    """A topic that starts with a bare noun takes its article, as Spanish needs after
    "sobre" or "conocer": "homologación de proveedores" -> "la homologación de …"."""
    first = text.split(" ", 1)[0].casefold()
    if not first.isalpha() or first in _ES_DET or first in ("si", "cómo", "qué", "por"):
        return text
    if re.search(r"(?:ción|sión|dad|tad|tud|umbre)$", first):
        return "la " + text
    if re.search(r"(?:miento|aje)$", first):
        return "el " + text
    return text


_ES_DET = ("el", "la", "los", "las", "un", "una", "mi", "su", "sus", "mis", "este", "esta")


def _spanish_statement(text: str) -> str:
    """'El equipo son cuatro compradores' -> 'el equipo (cuatro compradores)'; a clause with
    its verb ('las previsiones fallan con …', 'quieren pasar a …') -> 'cómo …'."""
    words = text.split()
    if len(words) >= 4 and words[0].casefold() in _ES_DET and words[2].casefold() in (
            "es", "son", "está", "están") and "," not in words[1]:
        return f"{words[0]} {words[1]} ({' '.join(words[3:])})"
    if len(words) >= 3 and words[0].casefold() in _ES_DET and re.fullmatch(
            r"[a-záéíóúñ]{3,}(?:an|en)", words[2].casefold()) and "," not in words[1]:
        return "cómo " + text
    if words and words[0].casefold() in ("quieren", "tienen", "hacen", "están", "van", "piden",
                                         "usan", "necesitan", "buscan", "llevan", "tardan"):
        return "cómo " + text
    return text


def _spanish_highlight(text: str, proper: frozenset[str]) -> Placed:
    parts = sentences(text)
    head = _strip_tail(parts[0]) if parts else text
    more = tuple(parts[1:])
    first = head.split()[0].casefold() if head.split() else ""
    if first in ("yo", "he", "gestioné", "dirigí", "lideré", "reduje", "coordiné", "lancé",
                 "monté", "implanté", "negocié", "conseguí", "trabajé", "renegocié") or (
            re.fullmatch(r"[a-záéíóúñ]+(?:é|í)", first) and len(first) > 4):
        return Placed(None, _sentence(head), "first-person", more)
    if first in _ES_PREDICATE:
        return Placed(None, _sentence("Soy " + head[0].lower() + head[1:]), "fragment", more)
    if first in _ES_COUNTABLE:
        return Placed("un " + head[0].lower() + head[1:], None, "fragment", more)
    return Placed(_lower_first(head, proper, keep_unknown=False), None, "topic", more)


def _spanish_plural_verb(verb: str) -> str:
    lower = verb.casefold()
    if lower in _ES_PLURAL_1:
        return _ES_PLURAL_1[lower]
    if lower.endswith("cé"):
        return lower[:-2] + "zamos"
    if lower.endswith("qué"):
        return lower[:-3] + "camos"
    if lower.endswith("gué"):
        return lower[:-3] + "gamos"
    if lower.endswith("é"):
        return lower[:-1] + "amos"
    if lower.endswith("í"):
        return lower[:-1] + "imos"
    return lower


def _spanish_rapport(text: str, to_self: bool, proper: frozenset[str]) -> Placed:
    parts = sentences(text)
    head = _strip_tail(parts[0]) if parts else text
    more = tuple(parts[1:])
    match = re.match(r"^(?:yo\s+)?(?:también\s+)?(?:yo\s+)?(\w+)\s+(.*)$", head, re.IGNORECASE)
    lower = head.casefold()
    if lower.startswith(("yo también ", "yo ")) and match:
        verb = _spanish_plural_verb(match[1])
        rest = re.sub(r"\bcomo\s+(\w+?)a\b", r"como \1os", match[2])
        rest = re.sub(r"\bmi\b", "nuestro", rest)
        return Placed(f"los dos {verb} {rest}", None, "first-person", more)
    liked = re.match(r"^me (gusta|gustan|encanta|encantan|interesa|interesan)\s+(.*?),?\s+"
                     r"(?:igual que|como|lo mismo que)\s+a\s+(?:él|ella)$", head, re.IGNORECASE)
    if liked:
        return Placed(f"a los dos nos {liked[1].lower()} {liked[2]}", None, "first-person", more)
    head = re.sub(r"^(?:él|ella)\s+", "", head, flags=re.IGNORECASE)
    if re.search(r",?\s+como yo$", head) and not re.match(r"^(?:es|era|fue|está)\b", head,
                                                        re.IGNORECASE):
        head = "es " + head
    for pattern, replacement in _TU_TO_USTED[:4]:
        head = re.sub(pattern, replacement, head)
    return Placed(_lower_first(head, proper, keep_unknown=False), None, "rapport", more)

"""English verbs and questions: verb forms from a small table (lexicon.py), and a direct
question turned into the clause a sentence can hold ("How does the unit handle float?" ->
"how the unit handles float"), by finding its auxiliary, its subject and its verb.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import (
    ADVERBS,
    AUX_BE,
    AUX_DO,
    AUX_HAVE,
    AUXILIARIES,
    DETERMINERS,
    IRREGULAR,
    MODALS,
    NOUNISH,
    PARTICIPLES,
    PAST_TO_BASE,
    PREPOSITIONS,
    SUBJECT_PRONOUNS,
    VERBS,
    WH,
)
from .text import _bare, _strip_tail


def third_singular(verb: str) -> str:
    if verb == "be":
        return "is"
    if verb == "have":
        return "has"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ies"
    if re.search(r"(?:s|sh|ch|x|z|o)$", verb):
        return verb + "es"
    return verb + "s"


def base_of_third(verb: str) -> str:
    special = {"is": "are", "has": "have", "does": "do", "goes": "go", "was": "were",
               "isn't": "aren't", "hasn't": "haven't", "doesn't": "don't", "wasn't": "weren't"}
    if verb in special:
        return special[verb]
    if re.search(r"[^aeiou]ies$", verb) and len(verb) > 4:
        return verb[:-3] + "y"
    if re.search(r"(?:ss|sh|ch|x|zz|o)es$", verb):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    return verb


def past(verb: str) -> str:
    if verb in IRREGULAR:
        return IRREGULAR[verb][0]
    if verb.endswith("e"):
        return verb + "d"
    if re.search(r"[^aeiou]y$", verb):
        return verb[:-1] + "ied"
    if re.fullmatch(r"[^aeiou]*[aeiou][bdgmnpt]", verb) and len(verb) <= 4:
        return verb + verb[-1] + "ed"
    return verb + "ed"


@lru_cache(maxsize=4096)  # each word, again and again: see text._bare
def _verb_base(word: str) -> str | None:
    """The base form if `word` is a form of a verb we know (base, -s, -ed, irregular)."""
    if word in VERBS:
        return word
    if word in PAST_TO_BASE:
        return PAST_TO_BASE[word]
    for base in (base_of_third(word), re.sub(r"ied$", "y", word), re.sub(r"ed$", "", word),
                 re.sub(r"d$", "", word), re.sub(r"(.)\1ed$", r"\1", word)):
        if base in VERBS and base != word:
            return base
    return None


def _is_participle(word: str) -> bool:
    return word in PARTICIPLES or (word.endswith("ed") and len(word) > 4) or (
        word.endswith("ing") and len(word) > 5)


def _match_case(template: str, word: str) -> str:
    return word[:1].upper() + word[1:] if template[:1].isupper() else word


_CONTRACTIONS = {"what's": "what is", "who's": "who is", "how's": "how is",
                 "where's": "where is", "when's": "when is", "why's": "why is",
                 "how'd": "how did", "why'd": "why did", "where'd": "where did",
                 "what'd": "what did", "who'd": "who did", "there's": "there is",
                 "isn't": "is not", "aren't": "are not"}


def _expand_lead(words: list[str]) -> list[str]:
    """'what's' -> 'what is' (or 'what has' before a participle); 'how'd' -> 'how did'."""
    if not words:
        return words
    first = words[0].casefold().replace("’", "'")
    if first in _CONTRACTIONS and first not in ("there's", "isn't", "aren't"):
        wh, aux = _CONTRACTIONS[first].split()
        nxt = words[1].casefold() if len(words) > 1 else ""
        if aux == "is" and nxt.endswith("ed") and _verb_base(nxt):
            aux = "has"
        return [_match_case(words[0], wh), aux, *words[1:]]
    return words


# Words that begin what is said of a subject after "is": "Is the team remote?"
_PREDICATIVE = frozenset({
    "too", "so", "very", "really", "normal", "possible", "likely", "hybrid", "remote",
    "flexible", "open", "available", "required", "optional", "common", "new", "full-time",
    "part-time", "unionized", "unionised", "permanent", "temporary", "salaried", "hourly",
    "busy", "quiet", "fixed", "rotating", "typical", "usual", "hard", "easy",
    "different", "similar", "mandatory", "paid", "unpaid", "on-site", "onsite", "in-person",
})


def _subject_end(words: list[str], start: int, *, do_support: bool,
                 finite: bool = False) -> int:
    """Where the subject starting at `start` ends: the index of the verb or the word after
    the subject (a pronoun is one word; else a noun phrase up to its verb)."""
    if start >= len(words):
        return start
    first = _bare(words[start]).casefold()
    nxt = _bare(words[start + 1]).casefold() if start + 1 < len(words) else ""
    if first in SUBJECT_PRONOUNS and not (first in ("this", "that", "one") and nxt and (
            _verb_base(nxt) is None and nxt not in AUXILIARIES and nxt not in PREPOSITIONS)):
        return start + 1
    index = start
    while index < len(words):
        word = _bare(words[index]).casefold()
        after_determiner = index > start and _bare(words[index - 1]).casefold() in DETERMINERS
        if index > start and not after_determiner:
            if _is_adverb(word) or word.replace("’", "'") in AUXILIARIES:
                return index
            base = _verb_base(word) if do_support else None
            if do_support and base is not None and (base == word or finite) and (
                    base not in NOUNISH or _followed_by_object(words, index)):
                return index
            if not do_support and (word in PREPOSITIONS - {"of"} or _is_participle(word)
                                   or word in _PREDICATIVE):
                return index
            if not do_support and word in DETERMINERS:
                return index  # "Is Friday a half day?": the predicate's own article
            if word in ("what", "who", "where", "when", "how", "why", "which"):
                return index  # "Are easements what people miss most?": the predicate's clause
        index += 1
    return index


def _is_adverb(word: str) -> bool:
    bare = _bare(word).casefold()
    return bare in ADVERBS or (bare.endswith("ly") and len(bare) > 4 and bare not in (
        "supply", "early", "family", "daily", "weekly", "monthly", "only", "apply", "reply"))


def _followed_by_object(words: list[str], index: int) -> bool:
    if index + 1 >= len(words):
        return True
    nxt = _bare(words[index + 1]).casefold()
    return nxt in DETERMINERS or nxt in PREPOSITIONS or nxt in SUBJECT_PRONOUNS or (
        _verb_base(nxt) is None and index + 2 >= len(words))


def _conjugate(verb_word: str, form: str) -> str:
    bare = _bare(verb_word)
    lower = bare.casefold()
    new = {"3sg": third_singular(lower), "past": past(lower), "base": lower}[form]
    return verb_word.replace(bare, new, 1)


def embed_question(text: str) -> str | None:
    """A direct question as an embedded clause, or None where the rules cannot tell:
    'How does the unit handle float?' -> 'how the unit handles float'."""
    text = _strip_tail(text)
    # ", and how long does that take?": each part of a compound question on its own.
    parts = re.split(r",\s+and\s+(?=(?:how|what|why|where|when|who|which|whether)\b)", text,
                     flags=re.IGNORECASE)
    if len(parts) > 1:
        done = [embed_question(part) for part in parts]
        if all(done):
            return ", and ".join(d for d in done if d)
        return None
    words = _expand_lead(text.split())
    if not words:
        return None
    first = _bare(words[0]).casefold()
    if first in WH:
        aux_at = None
        for index in range(1, min(len(words), 5)):
            word = _bare(words[index]).casefold().replace("’", "'")
            if word in AUXILIARIES:
                aux_at = index
                break
            if index == 2 and _bare(words[1]).casefold() in ("many", "much"):
                continue  # "How many returns did you sign?": the noun counted, not a verb
            if index >= 1 and (_verb_base(word) is not None and word not in (
                    "many", "much", "long", "often") and not (index == 1 and first in (
                    "which", "what", "whose", "how"))):
                break  # a subject question: "Who owns the design system?"
        if aux_at is None:
            return _lower_wh(words)
        head = [w.lower() if i == 0 else w for i, w in enumerate(words[:aux_at])]
        clause = _invert(words, aux_at, yes_no=False, bare_wh=aux_at == 1 and first in (
            "what", "who", "which"))
        if clause is None:
            return None
        if clause and clause[0] == "\x02":  # a copula question: the noun phrase alone
            return " ".join(clause[1:])
        return " ".join([*head, *clause])
    if first in AUXILIARIES:
        clause = _invert(words, 0, yes_no=True, bare_wh=False)
        if clause is None:
            return None
        return " ".join(["whether", *clause])
    return None


def _lower_wh(words: list[str]) -> str:
    return " ".join([words[0].lower(), *words[1:]])


def _invert(words: list[str], aux_at: int, *, yes_no: bool, bare_wh: bool) -> list[str] | None:
    """The words after the auxiliary, in statement order, the auxiliary put back."""
    aux_word = words[aux_at]
    aux = _bare(aux_word).casefold().replace("’", "'")
    rest = words[aux_at + 1:]
    if not rest:
        return None
    negative = aux.endswith("n't")
    if aux in AUX_DO:
        end = _subject_end(rest, 0, do_support=True)
        while end < len(rest) - 1 and _is_adverb(rest[end]):
            end += 1
        if end >= len(rest):
            return None
        verb = rest[end]
        form = AUX_DO[aux]
        if negative and not yes_no:
            kept = {"base": "don't", "3sg": "doesn't", "past": "didn't"}[form]
            return [*rest[:end], kept, verb.lower() if verb.isupper() else verb, *rest[end + 1:]]
        return [*rest[:end], _conjugate(verb, form), *rest[end + 1:]]
    if aux in AUX_HAVE or aux in MODALS:
        first = _bare(rest[0]).casefold()
        if not yes_no and ((_is_participle(first) and aux in AUX_HAVE) or (
                aux in MODALS and first in VERBS and first not in SUBJECT_PRONOUNS)):
            return [aux, *rest]  # "what has changed", "what would make someone …"
        end = _subject_end(rest, 0, do_support=True, finite=True)
        shown = aux if not (negative and yes_no) else aux.replace("n't", "")
        if shown == "ca":
            shown = "can"
        shown = {"won't": "won't", "can't": "can't"}.get(aux, shown)
        return [*rest[:end], shown, *rest[end:]]
    if aux in AUX_BE:
        be = AUX_BE[aux] if not negative or yes_no else aux
        if bare_wh:
            like = [i for i, w in enumerate(rest) if _bare(w).casefold() == "like"]
            if like and _bare(rest[0]).casefold() in SUBJECT_PRONOUNS | DETERMINERS:
                end = _subject_end(rest, 0, do_support=False)
                return [*rest[:end], be, *rest[end:]]
            return ["\x02", *rest]
        end = _subject_end(rest, 0, do_support=False)
        if end >= len(rest) and yes_no:
            return None  # "Is the EHR Epic?": where "is" goes back cannot be told
        return [*rest[:end], be, *rest[end:]]
    return None


def _finite_verb(words: list[str]) -> int:
    """The place of a statement's verb after its subject, or len(words): an auxiliary, a
    form agreeing with the word before it, or a noun-like verb only before its object."""
    for index in range(1, min(len(words), 7)):
        word = _bare(words[index]).casefold().replace("’", "'")
        before = _bare(words[index - 1]).casefold()
        if word in AUXILIARIES:
            return index
        if before in DETERMINERS or "," in words[index - 1]:
            continue
        base = _verb_base(word)
        if base is None:
            continue
        nxt = _bare(words[index + 1]).casefold() if index + 1 < len(words) else ""
        if (word in NOUNISH or base in NOUNISH) and nxt not in DETERMINERS:
            continue
        if word == base and not ((before.endswith("s") and not before.endswith("ss"))
                                 or before in ("they", "we", "you", "i", "people")):
            continue
        return index
    return len(words)

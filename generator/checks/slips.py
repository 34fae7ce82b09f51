"""Slips a dictionary cannot see, for proofread: a real word where another was meant in the
stock phrases of a follow-up ("so exited about", "a great feet for the team", "anything else
you knead from me", as a phone's autocorrect leaves them), every word of a sentence
capitalised, and a hand-written note that names two companies as the one the writer wants to
join (a paragraph left from a letter to another company).

A slip is a word one typing slip from the word the phrase wants, or one that sounds like it
(the same consonants: feet and fit, knead and need, thyme and time), in a frame tight enough
that the wanted word is the only one that fits; the words that do fit are listed with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from .sentences import fold
from .substance import word_set


def _frame(wanted: str, before: str, after: str, fits: str = "") -> tuple[str, re.Pattern[str],
                                                                             frozenset[str]]:
    pattern = re.compile(rf"\b(?:{before}) ([a-z]+) (?:{after})\b")
    return wanted, pattern, frozenset((wanted, *fits.split()))


# (the word a phrase wants, the phrase with its slot, the words that fit the slot as well)
_FRAMES = (
    _frame("excited", r"so|very|really|truly|extremely|incredibly|quite|most|super|particularly|"
           r"especially|i am|i'm|am|was|were|feel|felt|remain|still|even more|all the more",
           r"about|to|by|for|at", "exciting excite"),
    _frame("hearing", r"enjoyed|loved|liked|appreciated|forward to|interesting|fascinating|"
           r"helpful", r"about|from|more|how|what|your|the", "heading hear"),
    _frame("hear", r"to|forward to|love to|like to|glad to|happy to|hope to|wait to",
           r"from|more about|back from|your thoughts", "her head heat hearing"),
    _frame("from", r"hearing|hear|heard|back|word|update", r"you|your|the team|them",
           "for"),
    _frame("know", r"let me|let us|let you|let them|let him|let her|do you",
           r"if|whether|when|what|how|by|about|more|the|that|as"),
    _frame("time", r"(?:thank you|thanks|grateful|appreciate\w*)(?: so much| very much| again)?"
           r" for (?:your|the|taking the)", r"yesterday|today|this|and|on|with|to|last",
           "team times timing"),
    _frame("your", r"(?:thank you|thanks|grateful|appreciate\w*)(?: so much| very much| again)?"
           r" for", r"time|consideration|help|patience|insight|insights|advice|feedback|"
           r"hospitality|kindness", "our"),
    _frame("fit", r"good|great|strong|natural|perfect|ideal|excellent|right|real|close|solid|"
           r"best", r"for|with", "feat fix hit kit bit fight fate photo"),
    _frame("need", r"you|i|we|they", r"from me|anything else|any more|anything further|"
           r"further information"),
    # Holdout5's class: a real word in what the writer says of themselves ("I am confidant
    # that", "the chance to discus it").
    _frame("confident", r"i am|i'm|am|feel|felt|remain|still|very|quite|so|fully|more|equally",
           r"that|in|about|i|of|we|my|this|the|it|you|your"),
    _frame("discuss", r"to|further|happy to|glad to|like to|love to|chance to",
           r"it|this|the|my|your|further|how|what|that|our|any|these|them|next|a|an|in"),
    # A role's title: "Costumer Service Representative" (a title in capitals is no name).
    _frame("customer", r"the|a|an|our|your|of|for|in|on|and|senior|junior|lead|head of|"
           r"director of|manager of|my", r"service|services|success|care|support|experience|"
           r"relations|satisfaction|journey|accounts?|advisor|adviser|representative|team|"
           r"desk", "custom"),
)


def _skeleton(word: str) -> str:
    """A word's consonants as they sound: feet and fit, knead and need, thyme and time."""
    word = re.sub(r"^kn", "n", re.sub(r"^wr", "r", word))
    word = word.replace("ph", "f").replace("ck", "k").replace("gh", "").replace("th", "t")
    word = re.sub(r"[aeiouyhw]", "", word)
    return re.sub(r"(.)\1+", r"\1", word)


def _near(word: str, wanted: str) -> bool:
    if abs(len(word) - len(wanted)) > 2:
        return False
    return one_edit(word, wanted) or (bool(_skeleton(wanted)) and
                                       _skeleton(word) == _skeleton(wanted))


def real_word_slips(text: str) -> Iterator[tuple[str, str, str]]:
    """(the word written, the word meant, the phrase) of each slip in a text."""
    lowered = text.lower().replace("’", "'")
    if len(lowered) != len(text):
        return
    for wanted, pattern, fits in _FRAMES:
        for match in pattern.finditer(lowered):
            word = match[1]
            if word not in fits and _near(word, wanted):
                yield text[match.start(1):match.end(1)], wanted, text[match.start():match.end()]


# Small words that stay in lower case inside a sentence; capitalised, every word is.
_SMALL = word_set("""
am is are was were be been to for the a an of in on at and or with my me you your from about
it if can do have has will again still very that this any let know hope hear soon need else
own start right away
""")
_WORD = re.compile(r"[A-Za-z][\w'’]*")


def every_word_capitalised(sentences: tuple[str, ...]) -> str | None:
    """The first sentence, when the body is written with every word capitalised: eight words
    or more, four in five capitalised, small words among them (a title quoted in a note, "How
    Do You Onboard New Teachers?", is not the whole of it)."""
    found = [word for sentence in sentences for word in _WORD.findall(sentence)
             if not word.isupper()]
    starts = {_WORD.findall(sentence)[0] for sentence in sentences if _WORD.search(sentence)}
    capitals = [word for word in found if word[0].isupper()]
    small = [word for word in found if word.lower() in _SMALL and word[0].isupper()
             and word not in starts]
    if len(found) >= 8 and len(capitals) >= 0.8 * len(found) and len(small) >= 2:
        return sentences[0]
    return None


# A company spoken of as the one the writer applied to or wants to join.
_NAME_WORD = r"(?:(?:St|Mt|Ft|Dr)\.|[A-Z][\w'’&-]*(?:\.[\w'’&-]+)*)"  # not past a full stop
_ORG = (r"(?P<org>" + _NAME_WORD + r"(?:\s+(?:&\s+|(?:of|and|de|du|la|the)\s+)?"
        + _NAME_WORD + r"){0,4})")
_GOALS = tuple(re.compile(pattern) for pattern in (
    r"(?i:\b(?:the|this|your) (?:[\w-]+ ){0,4}?(?:role|position|job|post|opening|vacancy|"
    r"opportunity|internship|team) (?:at|with) )" + _ORG,
    r"(?i:\b(?:wanted|dreamed|dreamt|hoped|aspired|longed|love|loved|proud|excited|thrilled|"
    r"keen|eager|chance|opportunity|glad|happy|honou?red)\b[^.!?]{0,25}?\b(?:to|of) "
    r"(?:work(?:ing)?|join(?:ing)?|be(?:ing)? (?:part of|at)|contribute to)(?: (?:at|for))?"
    r"(?: the (?:[\w-]+ )?team (?:at|of))? )" + _ORG,
    r"(?i:\bwork(?:ing)? (?:anywhere|somewhere) (?:but|other than|except|else than) )" + _ORG,
    r"(?i:\b(?:join(?:ing)?|work(?:ing)? (?:at|for)) )" + _ORG + r"(?i: (?:has|is|would|will))",
    _ORG + r"(?i: (?:is|has (?:long|always) been|would be|remains) (?:where|my (?:first|top|"
    r"dream)|the (?:place|company|firm)|a dream|my goal))",
))


def companies_sought(text: str, names: frozenset[str]) -> list[str]:
    """The companies a note speaks of joining, one each however often it names them (a
    shorter form of one is the same: "Pinecrest" and "Pinecrest Analytics")."""
    found: list[str] = []
    for pattern in _GOALS:
        for match in pattern.finditer(text):
            org = match["org"].rstrip(".,'’")
            words = {fold(word.strip(".'’")) for word in org.split()}
            if org.endswith(("'s", "’s")) or words <= names or org in ("I", "The"):
                continue
            if not any(words <= {fold(w.strip(".'’")) for w in other.split()} or
                       {fold(w.strip(".'’")) for w in other.split()} <= words
                       for other in found):
                found.append(org)
    return found


def one_edit(word: str, other: str) -> bool:
    """Whether two words are one slip apart: a letter left out, added, changed, or two
    neighbours swapped ("intervew", "recieve")."""
    if word == other or abs(len(word) - len(other)) > 1:
        return False
    if len(word) == len(other):
        diffs = [i for i, (a, b) in enumerate(zip(word, other, strict=True)) if a != b]
        return len(diffs) == 1 or (len(diffs) == 2 and diffs[1] == diffs[0] + 1
                                   and word[diffs[0]] == other[diffs[1]]
                                   and word[diffs[1]] == other[diffs[0]])
    short, long_ = sorted((word, other), key=len)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))

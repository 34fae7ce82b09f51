"""Grammar: sentences broken by filling a template, and notes written like a text message.

The shapes are those a slot filled with the wrong shape of value leaves behind (the writing
issue's examples): a capitalised clause or a question in the middle of a sentence ("our
discussion of What does a typical …", "unit?, and"), doubled punctuation ("!.", "?,", ".."),
a list dash inside a sentence ("ritual: - weekly crits"), "about I asked …"; and texting
shorthand ("thx 4 the gr8 interview") with sentences that start in lower case. Each is a
problem: a recruiter reads it as carelessness. (One sentence in several that starts in lower
case is only a suggestion: a slip worth a look, and the evidence of one sentence is weak, as
a mail reader may cut a greeting from the sentence it began.)

Harper (harper-py), an offline grammar checker, was measured for the common errors it could
add: on the real notes it raised false alarms in 5 of 19 good notes (an en dash wanted in a
phone number, "roadmap" as "road map", an Oxford comma) and caught none of the shapes above,
so these rules are our own.
"""

from __future__ import annotations

import re

from ..findings import PROBLEM, SUGGESTION, Finding
from .mail import Mail
from .note import Note
from .substance import word_set

# Words that begin a clause or a question: capitalised after a lower-case word, they are a
# sentence pasted into a sentence ("about We talked about", "contribute Six years").
_CLAUSE_STARTERS = word_set("""
what how why when where who which whether does did is are was were could would should we
they she he it my our your their his her these those there two three four five six seven
eight nine ten eleven twelve
""")
# (Not a name of several capitalised words that begins with one: "a Six Sigma Yellow Belt
# course", "your What We Do page", holdout7's false alarm.)
_MID_CAPITAL = re.compile(r"(?<![.!?:;\"“(])\b([a-z][a-z'’]*)\s+([A-Z][a-z'’]+)\b"
                          r"(?!\s+(?!I\b)[A-Z])")
_QUESTION_INSIDE = re.compile(r"\?\s*(?:,|;|\b(?:and|or|but|which|that|to|of)\b)")
_DOUBLED = re.compile(r"[?!][.,;:]|\.[,;:]|,[.,;:]|;[.,;:]|:[.,;]|(?<!\.)\.\.(?!\.)")
# (And initials with stops, "the M.S., and", "Ph.D.,", on our own drafts.)
_ABBREVIATION_DOT = re.compile(r"\b(?:e\.g|i\.e|etc|vs|Inc|Ltd|Co|Jr|Sr|St|a\.m|p\.m)\.$|"
                               r"(?:\b[A-Za-z]{1,2}\.){2,}$", re.IGNORECASE)
_LIST_DASH = re.compile(r"[:,;]\s+[-*•]\s+\w")
_ABOUT_I = re.compile(r"\b(?:about|of|regarding|concerning|on)\s+I\b(?![/'’&.-])")
# Texting shorthand, in lower case (or capitalised at a sentence's start); "4" and "2" only
# where they stand for "for" and "to".
SHORTHAND = frozenset(("thx", "thnx", "tnx", "pls", "plz", "u", "ur", "gr8", "b4", "l8r", "lol",
                       "omg", "idk", "btw", "imo", "tbh", "cya", "ttyl", "def", "rly"))
_CAPITALISED = ("thx", "thnx", "tnx", "pls", "plz", "lol", "omg", "btw", "tbh", "idk")
_TEXTING = re.compile(
    r"(?<![\w'’])(?:" + "|".join(f"[{w[0]}{w[0].upper()}]{w[1:]}" if w in _CAPITALISED else w
                                  for w in sorted(SHORTHAND)) +
    # "4" for "for" only after thanks and the like, or opening a sentence: a bare number
    # before "the" is a count or a time ("at 4 the next day", on our own drafts).
    r"|(?:(?<=^)|(?<=[.!?] )|(?<=[Tt]hx )|(?<=[Tt]hanks )|(?<=[Tt]hank you )|(?<=[Tt]hnx )|"
    r"(?<=\b[Tt]y )|(?<=\bso )|(?<=[Hh]ere )|(?<=[Rr]eady )|(?<=[Hh]ope )|(?<=[Gg]rateful )|"
    r"(?<=[Ee]xcited )|(?<=[Ll]uck ))4(?=\s+(?:the|a|an|your|you|me|my|this|that|u|ur)\b)|"
    r"2(?=\s+(?:meet|see|hear|talk|work|be)\b))(?![\w'’]|\.\w)")
_LOWER_I = re.compile(r"(?<![\w'’.])i(?:['’](?:m|ll|ve|d))?(?=\s|[,!?]|\.(?!\w)|$)")
_LOWER_START = re.compile(r"^[\"'“‘(]*([a-z][a-z'’]*)\b")
# Verb forms that are not English, as a learner or a garbled paste leaves them (on the text in
# lower case): a verb that disagrees with its subject ("it were", "she have", "we was"), a
# modal with "to" ("I can to bring"), "have" with a past form ("I have did"), "myself" as a
# subject, and a verb of state in -ing ("I am believing", "is suiting").
_NOT_AGREEING = re.compile(
    r"(?<!\bif )(?<!\bas )(?<!\bwish )(?<!though )(?<!\bwere )(?<!\bthat )(?<!\bonly )"
    r"\b(?:it|he|she|this|that) were\b(?! (?:to|not for)\b)|"
    r"\b(?:we|they|you) was\b|"
    r"(?:^|(?<=[.,;:!?] )|(?<=\band )|(?<=\bbut )|(?<=\bwho ))(?:he|she|it) (?:have|do|are|"
    r"were|don't)\b(?! to\b)|"
    r"(?:^|(?<=[.,;:!?] )|(?<=\band )|(?<=\bwhere )|(?<=\bwhich ))myself (?:has|have|am|is|was|"
    r"will|can|did|had|led|managed|worked)\b")
_NOT_A_FORM = re.compile(
    r"(?<!\ball )(?<!\bwhat )(?<!everything )(?<!anything )(?<!much as )(?<!whatever )"
    r"(?<!\bbest )(?<!\bthat )\b(?:i|we|you|he|she|they) (?:can|could|will|would|shall|should|"
    r"must|may|might) to [a-z]+\b|"
    r"\b(?:i|we|you|they|he|she|it)(?: have| has| had|'ve|'d)(?: (?:already|also|never|just|not|"
    r"ever|recently|both))? (?:did|went|saw|took|gave|wrote|came|began|knew|ate|ran|spoke|broke|"
    r"chose|drove|flew|forgot|grew|rode|threw|was|were)\b|"
    r"\b(?:i am|i'm|we are|we're|i was|we were)(?: (?:still|really|now|also|very))? "
    r"(?:believing|knowing|wanting|needing|preferring|owning|belonging|seeming|meaning|having "
    r"(?:much|many|a lot of|great|big|large|interest|experience|knowledge))\b|"
    r"\b(?:is|are) (?:suiting|belonging|consisting|containing|seeming|knowing|meaning)\b|"
    # How a thing seems said of the writer who feels it ("I was very interesting to learn",
    # "I am interesting in"): the -ing form where the -ed one is meant.
    r"\bi (?:am|was|'m|feel|felt)(?: (?:very|so|really|quite|most|extremely|particularly|"
    r"truly))? (?:interesting|exciting|boring|confusing|surprising|disappointing) (?:in|by|"
    r"about|to (?:hear|learn|see|read|know|meet|discuss|talk|find))\b")


def grammar(note: Note, mail: Mail) -> list[Finding]:
    found: list[Finding] = []
    flat = " ".join(mail.text.split())
    where = "" if note.application is None else (
        "; or, in interviewers.yaml or role.yaml, reword the value it quotes (a short topic "
        "reads best)")

    def broken(what: str, start: int, end: int, fix: str) -> None:
        seen = flat[max(0, start):end]
        found.append(Finding(note.path, "grammar", f"{what} ({_quote(seen)})", f"{fix}{where}",
                             PROBLEM))

    pasted = next((m for m in _MID_CAPITAL.finditer(flat)
                   if m[2].casefold() in _CLAUSE_STARTERS), None)
    if pasted:
        broken("has a sentence pasted into a sentence", pasted.start(), pasted.end() + 30,
               "reword it so it reads as one sentence")
    question = _QUESTION_INSIDE.search(flat)
    if question:
        broken("has a question in the middle of a sentence", question.start() - 30,
               question.end() + 10, "make the question its own sentence, or reword it")
    doubled = next((m for m in _DOUBLED.finditer(flat)
                    if not _ABBREVIATION_DOT.search(flat[max(0, m.start() - 5):m.start() + 1])),
                   None)
    if doubled:
        broken("has doubled punctuation", doubled.start() - 25, doubled.end() + 5,
               "keep one mark")
    dash = _LIST_DASH.search(flat)
    if dash:
        broken("has a list dash inside a sentence", dash.start() - 25, dash.end() + 20,
               "write the list as a phrase ('x and y')")
    about = _ABOUT_I.search(flat)
    if about:
        broken("has a clause where a topic belongs", about.start(), about.end() + 25,
               "name the topic, not the sentence about it")
    lowered = flat.lower().replace("’", "'")
    verb = _NOT_AGREEING.search(lowered) or _NOT_A_FORM.search(lowered)
    if verb and len(lowered) == len(flat):
        broken("has a verb form that is not English", verb.start(), verb.end() + 15,
               "check the verb agrees with its subject, and its form")
    shorthand = list(dict.fromkeys(m[0] for pattern in (_TEXTING, _LOWER_I)
                                   for m in pattern.finditer(flat)))
    if shorthand:
        found.append(Finding(note.path, "grammar",
                             "writes in texting shorthand (" + ", ".join(
                                 _quote(word) for word in shorthand[:4]) + ")",
                             "write the words out in full", PROBLEM))
    # An item of a list laid out on lines may start in lower case ("- the intake backlog"),
    # and so may the sentence a greeting began on its line ("Hi Sam, thanks for …").
    opened = mail.sentences[:1] if mail.opened_inline else ()
    judged = [s for s in mail.sentences
              if s not in opened and not any(item.startswith(s) for item in mail.listed)]
    lower = [m[1] for s in judged if (m := _LOWER_START.match(s))]
    if lower:
        # A note in lower case is careless; one sentence in many is a slip worth a look.
        careless = len(lower) * 2 >= len(judged)
        found.append(Finding(note.path, "grammar",
                             f"starts {'sentences' if len(lower) > 1 else 'a sentence'} in "
                             f"lower case ({_quote(lower[0])})",
                             "start each sentence with a capital letter",
                             PROBLEM if careless else SUGGESTION))
    return found


def _quote(words: str) -> str:
    words = " ".join(words.split())
    return f"'{words[:60].rstrip()}{' …' if len(words) > 60 else ''}'"

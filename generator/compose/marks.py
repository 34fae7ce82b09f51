"""The marks by which a jotted point shows what it was: their candour, a thing they showed or
walked you through, a story, an exercise they set you, a question of theirs pressed on you, a
setback of theirs, a weak moment of yours, shorthand no sentence carries. Patterns only, read
by gist.py (English) and gist_es.py. A base module of compose.
"""

from __future__ import annotations

import re

# --- a point read --------------------------------------------------------------------------

OPEN = re.compile(r"\b(?:was|were|is|are|been)\s+(?:really\s+|very\s+|so\s+|quite\s+)?(?:open|"
                  r"candid|honest|frank|upfront)\s+about\b", re.IGNORECASE)
SHOWN = re.compile(r"^(?:she|he|they|[A-Z][\w-]+)\s+(?:showed|show|demoed|demo'd|gave)\s+me\b",
                   re.IGNORECASE)
WALKED = re.compile(r"^(?:she|he|they|[A-Z][\w-]+)\s+(?:walked|talked|took)\s+me\s+through\b",
                    re.IGNORECASE)
STORY = re.compile(r"\b(?:told me about|told the story|(?:her|his|their|your) story|the story|"
                   r"story about|anecdote)\b", re.IGNORECASE)
# A setback of theirs: to be acknowledged, never enjoyed.
HARD = re.compile(r"\b(?:lost|lose|losing|fail(?:ed|s|ing|ures?)?|outage|shortage|crisis|incident|"
                  r"stuck|short-?staffed|understaffed|(?:FTEs?|people|nurses|staff) short|"
                  r"short (?:(?:one|two|three|four|a few|\d+) )?(?:leads?|people|nurses|staff|"
                  r"engineers|FTEs?|hands|teachers|drivers)|(?:mandatory )?overtime|backlog|"
                  r"turnover|near-miss(?:es)?|tired|\d+% over|over budget|over on hours|"
                  # a worry or a quarrel is nothing to be glad to hear (recruiter round 17:
                  # "good to hear what keeps you up at night", "that the agents dispute …")
                  r"keeps? (?:you|me|him|her|them) up at night|disputes?|disputed|fizzled|"
                  r"(?:hiring )?freeze|layoffs?|laid off|downsiz\w*|closures?|"
                  r"flopped|stalled|"
                  # behind on the work, not "close behind the connectors" (recruiter round 16)
                  r"(?:fall(?:en|ing)?|fell|are|is|was|were|got|running|get|getting|['’]re|"
                  r"['’]s)\s+behind|behind (?:on|schedule|plan|by)\b|(?:weeks?|months?|days?|"
                  r"sprints?) behind|"
                  r"burn(?:ed|t) out|churn(?:ed)?|missed|broke|fell|dropped|"
                  # (crash dumps, a crash cart: tools, not setbacks)
                  r"crash(?:ed)?(?! (?:dumps?|reports?|logs?|carts?|course|pads?|tests?)\b)|"
                  r"layoffs?|cuts?|tank(?:ed|s)?|late|delayed|no one|nobody|"
                  r"retenid[oa]|crisis|perdi(?:mos|eron|ó)|fallan?|483|"
                  r"observations?|warning letter|recalls?|fractures?|injur(?:y|ies|ed)|"
                  r"burnout|no (?:\w+ ){0,2}budget(?: line)?|needs? repairs?|broken)\b",
                  re.IGNORECASE)
# Shorthand no sentence can carry: "!!", "~30%", "help center = MTPE", "JA<>EN".
JOTTED = re.compile(r"!!|~|\s=\s|<>|->|=>|→")
SORE = re.compile(r"\b(?:not my best|rambled|mistake|blanked|why I(?: want to| wanted to)? "
                  r"leave|fired|laid off|zero|flop|weakness|gap in my)\b", re.IGNORECASE)
PAST_NARRATIVE = re.compile(r"\b(?:she|he|they)\s+(?:\w+\s+)?(?:\w+ed|found|took|ran|caught|lost|"
                            r"went|came|made|got|had)\b", re.IGNORECASE)
CHALLENGE = re.compile(r"^(?:she|he|they|[A-Z][\w-]+)\s+(?:asked me(?:,?\s+(?:straight out|"
                       r"point[- ]blank|flat out|outright|directly|bluntly),?)?|"
                       r"pushed(?: me)?(?: hard)? on|"
                       r"grilled me on|challenged me on|quizzed me on|probed|pressed me on)\s+",
                       re.IGNORECASE)


# A point that names only what every interview is about ("the team", "budget stuff"): a note
# that thanks them for it says nothing (blind round 18: "I'm glad we got to talk about the
# team." read as a placeholder).
VAGUE = re.compile(r"(?:(?:the|our|your|their|his|her)\s+)?(?:team|teams|culture|role|company|job|"
                   r"position|vendors|budget|budget stuff|growth|expectations|next steps|benefits|"
                   r"schedule|stuff|people|work|the work|day to day|day-to-day|management style|"
                   r"leadership|goals|priorities|challenges|org|organi[sz]ation|department|"
                   r"opportunity|background|experience|hours|pay|salary|logistics)",
                   re.IGNORECASE)
# Pay, hours and perks: true, but no highlight of a conversation to say back to them or to
# remember to someone else ("booth rent versus commission", "Sundays off", "you bring your
# own tools", recruiter round 16: "reads as if money was the highlight").
PERKS = re.compile(r"\b(?:pay(?:check)?s?|salary|salaries|commission|booth rent|bonus(?:es)?|PTO|"
                   r"vacation (?:days|time)|paid time off|days? off|Sundays? off|Saturdays? off|"
                   r"weekends? off|benefits|401\(?k\)?|per diem|own tools|tuition "
                   r"reimbursement|stipend|on call every)\b(?!-)")  # "Joint Commission": theirs
# A second act of theirs run on after the detail: "she's moving the firm to X and asked what
# I'd want". The move is the detail; the question another thing.
AND_ASKED = re.compile(r",?\s+and\s+(?:(?:she|he|they)\s+)?(?:asked|wanted to know|told me|"
                       r"said)\b.*$")
# Who said it, before what they said: "She said she wants …" is what she wants.
SAID_THAT = re.compile(r"^(?:she|he)\s+(?:said|told me|mentioned)\s+(?:that\s+)?(?=(?:she|he)\s)",
                       re.IGNORECASE)


# An exercise they set you, said as a thing given: "He gave me a scenario and had me …".
GAVE = re.compile(r"(?:she|he|they|[A-Z][\w-]+)\s+gave me\s+(?:a|an|one)\s+(?:short\s+|quick\s+)?"
                  r"(scenario|case study|case|problem|exercise|puzzle)\b", re.IGNORECASE)


# Someone other than the reader, named in a point ("the last sous", "her predecessor"): the
# she/he of the sentences after it is that person, not the reader.
SOMEONE_ELSE = re.compile(r"\b(?:(?:the|a|her|his|their|your)\s+(?:last|former|previous|old|"
                          r"outgoing|new|current)\s+[a-z]+|predecessor|boss|mentor|sister|"
                          r"brother|mother|father|mom|dad|wife|husband|daughter|son)\b",
                          re.IGNORECASE)
# An exercise by its label, as what you did together: "System design: a rate limiter …" ->
# "designing a rate limiter …".
DOING = {"system design": "designing", "design exercise": "designing", "live debugging":
         "debugging", "debugging": "debugging", "case": "working through", "case study":
         "working through", "scenario": "working through", "methods scenario":
         "working through", "role play": "role-playing", "roleplay": "role-playing",
         "coding exercise": "coding", "whiteboard": "working through", "take-home":
         "talking through", "live sql": "working through", "sql exercise": "working through",
         "live coding": "coding", "pair programming": "pairing on",
         "hands-on test": "working on", "working interview": "doing",
         "practical test": "working on", "hands-on": "working on", "skills test": "working on",
         "practical": "working on", "excel test": "working through",
         "technical exercise": "working through", "work sample": "working through"}



# A detail that is what they want or believe ("you want setup times down", "company officers
# want drills that fit a shift"): theirs to recognise, worth saying with no number in it.
VIEW = re.compile(r"(?:you|(?:[a-z]+ )?[a-z]+s)(?:(?:['’]d| would) (?:much |far )?rather\b|"
                  r"(?:['’]d| would)? (?:really |still |also )?"
                  r"(?:want|think|believe|feel|prefer|like|love|insist|care|hope|expect)s?\b)")


def their_view(clause: str) -> bool:
    """What they want or believe, said to them: "you want growth, not trophies"."""
    return clause.startswith("you") and bool(VIEW.match(clause))

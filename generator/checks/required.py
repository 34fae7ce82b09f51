"""Required content: what a note of each kind must do (a problem when it does not) and what
it is better for doing (a suggestion), as kinds.py declares for each kind.

A note thanks when its body or its closing says thank you, thanks, grateful or appreciate,
sincerely: "thanks for nothing" is hostility, not thanks (tone says so); in a thank-you or a
reply to a no, appreciation in other words thanks too ("I enjoyed …", "it gave me a much
clearer sense of …"). A status check asks when it asks about updates, status, the timeline or
timing, next steps, news, a decision or a date, however it is phrased. One that asks nothing
at all (no question, no request) gets the problem; one that asks something in words not known
for the decision gets a suggestion, since those words are the weakest evidence the rule has.
A reply to a rejection is better for asking for feedback and for asking to be kept in mind;
most guides call both optional.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..findings import PROBLEM, SUGGESTION, Finding
from ..kinds import kind as kind_named
from ..kinds import kinds_for
from .mail import Mail
from .note import Note
from .tone import scornful


@dataclass(frozen=True)
class Content:
    missing: str  # what the finding says when a note lacks it
    fix: str


CONTENT = {
    "thanks": Content("does not thank them", "thank them for their time"),
    "asks": Content("asks nothing about where things stand",
                    "ask whether there is an update on the decision or its timeline"),
    # A status check that asks or requests something, in words the rule does not know for
    # the decision: the words are weak evidence, so a suggestion (see required()).
    "asks-unclear": Content("asks something, but not plainly about where things stand",
                            "make sure it asks about the decision, its timeline or next "
                            "steps"),
    "feedback": Content("does not ask for feedback",
                        "if you would like it, ask whether they can share any feedback"),
    "keep-in-mind": Content("does not ask to be kept in mind",
                            "say you would be glad to be considered for future roles"),
}

_THANKS = re.compile(r"\bthank|\bgrateful\b|\bgratitude\b|\bappreciat(?:e|ed|ing|ion)\b|"
                     r"\bmany thanks\b|\bgracias\b", re.IGNORECASE)
# In a thank-you or a reply to a no, appreciation said in other words thanks as well: what
# the writer enjoyed or liked in the conversation, a pleasure to meet them, what it gave them
# (a note that follows up on the talk and says so thanks for it, however it is worded).
_APPRECIATES = re.compile(
    r"\bi (?:really |also |truly |very much |thoroughly |particularly )?(?:enjoyed|liked|loved|"
    r"valued)\b|\bit was (?:a (?:real |great )?(?:pleasure|treat|privilege|delight)|(?:great|"
    r"lovely|good|wonderful|nice|a pleasure) (?:to|meeting|talking|speaking))\b|"
    # Holdout10's class: "What a pleasure it was to meet you", "Such a pleasure meeting you".
    r"\b(?:what|such) a (?:real |great |genuine )?(?:pleasure|treat|privilege|delight) (?:it "
    r"was )?(?:to|meeting|talking|speaking|seeing)\b|\b(?:a )?(?:real |great |genuine )?"
    r"pleasure (?:to (?:meet|talk|speak|see)|meeting|talking|speaking)\b|\b(?:i'm|i am|"
    r"i was) (?:so |really |very )?glad (?:we|to|i)\b|"
    # Holdout6's class: what the meeting gave the writer ("I came away knowing far more",
    # "it gave me a much clearer sense of the work", "I learned a great deal"), in a
    # thank-you or a reply to a no.
    r"\bi came away\b|\b(?:gave|given|give|left|taught|showed|shown) me (?:[\w-]+ ){0,3}?"
    r"(?:picture|sense|idea|understanding|insight|view|feel|feeling|appreciation|perspective|"
    r"clarity|plenty|lots|a lot|so much|more|much|food for thought|to think about)\b|\bi "
    r"(?:\w+ )?learn(?:ed|t) (?:a (?:great|good) deal|a lot|so much|plenty|more|far more|much)\b|"
    r"\bwell spent\b", re.IGNORECASE)
# Thanks that are not: hostility or sarcasm dressed as thanks.
_INSINCERE = re.compile(
    r"\bthanks? (?:you )?(?:a lot |so much )?for (?:nothing|wasting|ignoring|not)\b|"
    r"\bno thanks to\b|\bthank(?:s| you) (?:so+|very|a lot)? ?(?:much )?for (?:the |your )?"
    r"[\"'‘“]", re.IGNORECASE)
_TOPIC = re.compile(
    r"\b(?:updates?|status|timelines?|timing|time ?frames?|timescales?|next steps?|news|"
    r"decisions?|decide|outcome|developments?|progress|where (?:things|the process|it|my "
    r"application) (?:stands?|is)|"
    # Holdout6's class: where things are, however it is put ("where things are with the
    # role", "where your search stands", "where you've got to with the shortlist").
    r"where (?:[\w']+ ){1,3}?(?:stands?|sits?|is|are)(?: at| now| up to)?(?=\s*(?:[?.,;:!]|$|"
    r"with|on|for|in|at|regarding|now))|where (?:you|you've|you have|you are|you're|things "
    r"have|the (?:team|panel) (?:has|have)) (?:\w+ )?got to\b|"
    r"how (?:the|things|the hiring) (?:process )?(?:is|are) (?:going|progressing)|"
    r"(?:hear|heard) back|estimate|schedule|further steps|what (?:comes|happens) "
    r"next|next (?:stage|round)|still (?:being considered|under consideration|in the running|"
    r"in contention)|been filled|any information|where I stand|when (?:you|I|we) (?:might|may|can|"
    r"could|will|should|expect|plan|hope)|a date|the date|by when|any word|"
    # Asked however people phrase it: "is the role still open?", "where do things stand?"
    r"still (?:open|interviewing|hiring|recruiting|reviewing|considering|available|under "
    r"review|being reviewed|meeting candidates)|under review|filled|"
    r"where (?:do|does|did) (?:[\w']+ ){1,3}stand|where (?:[\w']+ ){1,3}(?:is|are) at|"
    r"progress\w*|movement|how long|how soon|eta|(?:wrapped|finished|concluded|completed) "
    r"(?:up )?(?:the )?(?:interviews?|process|search|round)?|"
    r"when (?:can|could|might|will|should|do|would|may|are|is) (?:I|we|you|they|the \w+)|"
    r"(?:a|any) sense of (?:when|timing|how)|be in touch|get back to (?:me|candidates)|"
    # A next step asked for rather than named: "could we arrange a second conversation?"
    r"(?:arrange|schedule|set up|book|organi[sz]e|fix|plan) (?:a |an |the |my |our )?"
    r"(?:[\w-]+ ){0,2}(?:meeting|interview|call|conversation|visit|assessment|time|chat|"
    r"follow-up|trial|session)|next (?:stage|round|conversation|meeting|interview)|"
    # A step of their process asked about: "Has the team had a chance to review the
    # final-round candidates?", "Is there anything else you need from me?"
    r"(?:had|have|has|get|got|found) (?:a |the )?(?:chance|time|opportunity) to|been able to|"
    r"manage[ds]? to|review(?:ed|ing)?|shortlist\w*|finalists?|references|(?:other|final"
    r"(?:-round)?|remaining) (?:candidates|interviews?|rounds?|applicants)|(?:met|meet|"
    r"interview(?:ed)?|see|seen|spoken to|spoke to) (?:all )?(?:the )?(?:other )?(?:candidates|"
    r"applicants)|anything (?:else |more |further )?(?:you need|(?:that )?I (?:can|could|should) "
    r"(?:send|provide|do|share))|"
    # Holdout5's classes: a step of scheduling asked about ("is Thursday's call still on?",
    # "could you confirm the time?"), and what comes next in other words ("what should I
    # expect next?", "have you heard anything from them?").
    r"confirm\w*|slot|reschedul\w*|still (?:works?|suits?|stands?|on|going ahead|booked|"
    r"planned|happening|convenient)|(?:expect|happens?|comes?|follows?) (?:next|from here|now)|"
    r"(?:heard|had|received|got) (?:anything|something|any word) (?:back |yet |more )?(?:from|"
    r"back|yet)|(?:said|told you|shared|mentioned) (?:anything|something)|anything (?:(?:new|"
    r"more|further) )?(?:you (?:can|could|are able to)|to) (?:share|tell me|pass on))\b",
    re.IGNORECASE)
_ASKING = re.compile(
    r"\?|\b(?:ask|asking|wonder|wondered|wondering|could you|would you|can you|will you|"
    r"let me know|"
    r"please (?:share|tell|advise|confirm|update)|check(?:ing)? in|see (?:whether|if)|"
    r"whether|if there (?:is|are|has|have)|any|welcome|appreciate|grateful|keen to (?:hear|"
    r"know|learn)|(?:like|love|glad|happy|eager) to (?:know|hear|ask|learn)|hoping to (?:hear|"
    r"learn)|"
    # A question put as a statement: "I wanted to follow up on next steps".
    r"follow(?:ing|ed)? up (?:on|about|regarding|with)|touch(?:ing)? base|reach(?:ing)? out "
    r"(?:about|regarding|on|to)|wanted to (?:ask|check|see|know|find out|enquire|inquire|"
    r"confirm|follow up)|enquir\w*|inquir\w*|(?:is|would) it be possible|could we|can we|"
    r"may i|"
    # Holdout7's class: the decision awaited, said as a statement ("I am patiently awaiting
    # your decision", "I look forward to hearing about next steps").
    r"await\w*|look(?:ing)? forward to (?:hearing|learning|news|your|the|any)|"
    # A call asked for, to talk it over: "please give me a call about the timeline".
    r"give me a (?:call|ring|shout)|drop me a (?:line|note)|(?:please|kindly) (?:call|ring|phone|"
    r"email|write to) me)\b",
    re.IGNORECASE)
_FEEDBACK = re.compile(
    r"\bfeedback\b|\badvice\b|\bpointers\b|\binsights?\b|\bcomments\b|\bsuggestions\b|"
    r"\b(?:would|could) have made (?:my|me)\b|\bhow I (?:could|can|might) (?:improve|"
    r"grow|strengthen)\b|\bareas? (?:to|for|where I (?:could|can)) (?:improve|develop|grow)\b|"
    r"\bstronger (?:candidate|application)\b|\bdo (?:anything )?better\b|\btips\b|"
    r"\bimprovement\b|\b(?:could|can) (?:have )?done (?:differently|better)\b|"
    r"\bdo differently\b|\bwhy I (?:wasn't|was not) (?:selected|chosen|successful)\b",
    re.IGNORECASE)
_KEEP_IN_MIND = re.compile(
    r"\bfuture\b|\bkeep me in mind\b|\bin (?:touch|contact)\b|"
    r"\bconsider(?:ed|ing)? (?:me )?(?:again|for)\b|\bbe considered\b|\bopportunit|"
    r"\bon file\b|\bapply again\b|\bother (?:roles|openings|positions|vacancies)\b|"
    r"\b(?:role|position|opening|vacancy) (?:opens|comes up|arises)\b|\bopens up\b|"
    r"\bstay connected\b|\bcross paths\b|\breach out again\b", re.IGNORECASE)

_APPRECIATED = kinds_for("thank", "answer-no")  # kinds where appreciation thanks as well
# What their failings taught the writer is no appreciation: "your silence gave me a clear
# sense of how you treat people", "it taught me a lot about how not to run a team".
_BACKHANDED = re.compile(r"\b(?:how (?:not|little|badly|poorly|rudely|shabbily)|silence|"
                         r"ignor\w+|ghost\w*|(?:how|the way) (?:you|your \w+|they) (?:treat|"
                         r"handle|deal with)\w*)\b", re.IGNORECASE)
_SEES: dict[str, Callable[[str, Mail, str], bool]] = {
    # Thanks said in scorn ("Thanks ever so much for the 'feedback'") are no thanks.
    # A closing that thanks ("Thank you for letting me know," "Many thanks,") thanks too.
    "thanks": lambda body, mail, kind: any(
        (_THANKS.search(_INSINCERE.sub(" ", s))
         or (kind in _APPRECIATED and _APPRECIATES.search(s) and not _BACKHANDED.search(s)))
        and not scornful(s, kind) for s in (*mail.sentences, *_thanking_sign_off(mail))),
    "asks": lambda body, mail, kind: any(_TOPIC.search(s) and _ASKING.search(s)
                                         for s in mail.sentences) or _asked_after(mail),
    "feedback": lambda body, mail, kind: bool(_FEEDBACK.search(body)),
    "keep-in-mind": lambda body, mail, kind: bool(_KEEP_IN_MIND.search(body)),
}


def _thanking_sign_off(mail: Mail) -> tuple[str, ...]:
    """The closing, where it thanks: "Thank you for your time," and, holdout6's class, a
    closing of thanks alone ("Thank you," "Many thanks," "With thanks,") above the name."""
    sign_off = mail.sign_off or ""
    return (sign_off,) if _THANKS.search(sign_off) else ()


# Holdout6's class: the decision named in one sentence, the question put in a short one of
# its own after it ("If it would help the panel decide, I can send references. Would that
# be useful?").
FOLLOW_ON = 10  # words: a question this short leans on the sentence before it


def _asked_after(mail: Mail) -> bool:
    pairs = zip(mail.sentences, mail.sentences[1:], strict=False)
    return any(_TOPIC.search(first) and second.rstrip().endswith("?")
               and len(second.split()) <= FOLLOW_ON for first, second in pairs)


# What asks or requests something, whatever it is about: a question (not a pleasantry such as
# "hope you had a good weekend?") or a request put as one. A status check that does so but
# names nothing the rule knows for the decision may ask in words it has not met (each
# held-out half brought new ones: "where things are with the role", "Would either be
# useful?"), so it gets a suggestion; one that asks nothing at all gets the problem.
_REQUEST = re.compile(
    r"\b(?:could you|would you|can you|will you|let me know|(?:please|kindly) (?:share|tell|"
    r"advise|confirm|update|let)|i(?:'d| would) (?:appreciate|be grateful|welcome|love to "
    r"(?:hear|know))|wanted to (?:ask|check|see|know|find out|enquire|inquire|confirm)|"
    r"wonder(?:ing|ed)?|may i|(?:is|would) it be possible|keen to (?:hear|know|learn)|hoping "
    r"to (?:hear|learn)|(?:would|'d) like to (?:ask|know|hear|learn)|(?:would|'d) be (?:glad|"
    r"happy|grateful|delighted) to (?:hear|know|learn)|would be (?:welcome|appreciated|helpful|"
    r"great)|you (?:could|can|might) (?:share|tell|let)|whether|if there(?:'s| is| are| has| "
    r"have))\b", re.IGNORECASE)
# Holdout11's class: their news awaited ("I look forward to hearing from you") in a status
# check that says which application it is about ("since my interview for the … position"),
# a suggestion at most; with nothing named ("Just following up. I look forward to hearing
# from you.", holdout7's class) it still asks nothing.
_AWAITED = re.compile(r"\b(?:look(?:ing)? forward to hearing (?:from you|back)|hope to hear "
                      r"(?:from you|back))\b", re.IGNORECASE)
_NAMED = re.compile(r"\b(?:interview\w*|role|position|post|application|job|candidacy|"
                    r"opening|vacancy|team)\b", re.IGNORECASE)
_PLEASANTRY = re.compile(
    r"^(?:(?:i |and )?hope\b|how (?:are|is|was|were|have|did) (?:you|your|things|the)\b|how's\b|"
    r"all (?:well|good)\b|did you (?:have|enjoy)\b|(?:are|is) you(?:r \w+)? (?:well|keeping)\b)",
    re.IGNORECASE)


def _asks_something(mail: Mail) -> bool:
    return any(_REQUEST.search(s) or (s.rstrip().endswith("?") and not _PLEASANTRY.match(s))
               for s in mail.sentences) or bool(_AWAITED.search(mail.text)
                                                and _NAMED.search(mail.text))


def required(note: Note, mail: Mail) -> list[Finding]:
    if note.kind is None:
        return []
    declared = kind_named(note.kind)
    body = " ".join(mail.text.split())
    found = []
    for name, severity in [*((n, PROBLEM) for n in declared.must),
                           *((n, SUGGESTION) for n in declared.should)]:
        if not _SEES[name](body, mail, note.kind):
            if name == "asks" and _asks_something(mail):
                name, severity = "asks-unclear", SUGGESTION
            content = CONTENT[name]
            found.append(Finding(note.path, "required", content.missing, content.fix,
                                 severity))
    return found

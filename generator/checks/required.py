"""Required content: what a note of each kind must do (a problem when it does not) and what
it is better for doing (a suggestion), as kinds.py declares for each kind.

A note thanks when its body says thank you, thanks, grateful or appreciate, sincerely:
"thanks for nothing" is hostility, not thanks (tone says so). A status check asks when it
asks about updates, status, the timeline or timing, next steps, news, a decision or a date,
however it is phrased. A reply to a rejection is better for asking for feedback and for
asking to be kept in mind; most guides call both optional.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..findings import PROBLEM, SUGGESTION, Finding
from ..kinds import kind as kind_named
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
    "feedback": Content("does not ask for feedback",
                        "if you would like it, ask whether they can share any feedback"),
    "keep-in-mind": Content("does not ask to be kept in mind",
                            "say you would be glad to be considered for future roles"),
}

_THANKS = re.compile(r"\bthank|\bgrateful\b|\bgratitude\b|\bappreciat(?:e|ed|ing|ion)\b|"
                     r"\bmany thanks\b|\bgracias\b", re.IGNORECASE)
# In a thank-you, appreciation said in other words thanks as well: what the writer enjoyed or
# liked in the conversation, a pleasure to meet them (a note that follows up on the talk and
# says so is a thank-you note, however it is worded).
_APPRECIATES = re.compile(
    r"\bi (?:really |also |truly |very much |thoroughly |particularly )?(?:enjoyed|liked|loved|"
    r"valued)\b|\bit was (?:a (?:real |great )?(?:pleasure|treat|privilege|delight)|(?:great|"
    r"lovely|good|wonderful|nice|a pleasure) (?:to|meeting|talking|speaking))\b|\b(?:i'm|i am|"
    r"i was) (?:so |really |very )?glad (?:we|to|i)\b", re.IGNORECASE)
# Thanks that are not: hostility or sarcasm dressed as thanks.
_INSINCERE = re.compile(
    r"\bthanks? (?:you )?(?:a lot |so much )?for (?:nothing|wasting|ignoring|not)\b|"
    r"\bno thanks to\b|\bthank(?:s| you) (?:so+|very|a lot)? ?(?:much )?for (?:the |your )?"
    r"[\"'‘“]", re.IGNORECASE)
_TOPIC = re.compile(
    r"\b(?:updates?|status|timelines?|timing|time ?frames?|timescales?|next steps?|news|"
    r"decisions?|decide|developments?|progress|where (?:things|the process|it|my application)"
    r" (?:stands?|is)|how (?:the|things|the hiring) (?:process )?(?:is|are) (?:going|"
    r"progressing)|(?:hear|heard) back|estimate|schedule|further steps|what (?:comes|happens) "
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
    r"may i)\b",
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

_SEES: dict[str, Callable[[str, Mail, str], bool]] = {
    # Thanks said in scorn ("Thanks ever so much for the 'feedback'") are no thanks.
    # A sign-off that thanks for something ("Thank you for letting me know,") thanks too.
    "thanks": lambda body, mail, kind: any(
        (_THANKS.search(_INSINCERE.sub(" ", s))
         or (kind == "thank-you" and _APPRECIATES.search(s)))
        and not scornful(s, kind) for s in (*mail.sentences, *_thanking_sign_off(mail))),
    "asks": lambda body, mail, kind: any(_TOPIC.search(s) and _ASKING.search(s)
                                         for s in mail.sentences),
    "feedback": lambda body, mail, kind: bool(_FEEDBACK.search(body)),
    "keep-in-mind": lambda body, mail, kind: bool(_KEEP_IN_MIND.search(body)),
}


def _thanking_sign_off(mail: Mail) -> tuple[str, ...]:
    sign_off = mail.sign_off or ""
    return (sign_off,) if re.search(r"\bfor\b", sign_off, re.IGNORECASE) else ()


def required(note: Note, mail: Mail) -> list[Finding]:
    if note.kind is None:
        return []
    declared = kind_named(note.kind)
    body = " ".join(mail.text.split())
    found = []
    for name, severity in [*((n, PROBLEM) for n in declared.must),
                           *((n, SUGGESTION) for n in declared.should)]:
        if not _SEES[name](body, mail, note.kind):
            content = CONTENT[name]
            found.append(Finding(note.path, "required", content.missing, content.fix,
                                 severity))
    return found

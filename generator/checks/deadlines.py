"""Pressure put on them by a deadline: a time limit attached to a demand for an answer, or an
ultimatum. Threats are pressure.py's. Patterns as phrasings.py describes.
"""

from __future__ import annotations

import re

from .wordclasses import ANSWER, DEMAND, LIMIT, TIME, Concern, within

DEADLINES = (
    Concern("sets a deadline",
            "ask when they expect to decide instead of setting a date for them", (
                # A demand for an answer with a time limit: "let me know by Friday".
                DEMAND + within(40) + r"\b" + LIMIT + r" " + TIME + r"\b",
                DEMAND + within(40) + r"\b" + TIME + r" at the latest\b",
                # Holdout6's class: what the answer is about named between the demand and
                # the limit ("your decision on the warehouse post by Tuesday at the latest").
                r"(?:" + DEMAND + r"|(?:please |kindly )(?:give|send|get) me)" + within(30)
                + r"\b" + ANSWER + r"\b" + within(70) + r"\b(?:" + LIMIT + r" " + TIME + r"|"
                + TIME + r" at the latest)\b",
                r"(?:need|must|have to|expect|require|insist on) (?:to )?(?:hear|know|have|get|"
                r"receive)?(?: back)?(?: an?| your)?(?: " + ANSWER + r")?(?: back)?(?: from "
                r"you)? " + LIMIT + r" " + TIME + r"\b",
                # An ultimatum: "if I don't hear by …, I'll …".
                r"if (?:i (?:don't|do not|haven't|have not|can't|cannot)|you (?:don't|do not|"
                r"can't|cannot|haven't|fail)|there is no|this (?:isn't|is not))\b[^.!?]{0,60}\b"
                r"(?:by|within|before|until|in the next)\b",
                r"(?:otherwise|or else),? i(?:'ll| will| am going to|'m going to| have to| must)\b",
                r"(?:i will|i'll|i would|i'd) (?:have to |need to |be forced to )?(?:withdraw|"
                r"accept (?:the |their |another|the other))\b",
                r"ultimatum\b",
                # Holdout9's class: the limit a time alone ("Let me know today.", "tell me this
                # afternoon"), not a time asked about ("let me know if today works").
                r"(?:(?:(?<=^)|(?<=please )|(?<=kindly ))(?:let me (?:know|hear)|reply|respond|"
                r"answer|decide|confirm|get back to me|come back to me|tell me|call me|update me)|"
                r"i (?:need|want|expect|must have) (?:your |an? |the )?(?:answer|reply|response|"
                r"decision|word))\b" + within(25) + r"\b(?<!if )(?<!whether )(?<!when )(?:today|"
                r"tonight|this "
                r"(?:morning|afternoon|evening)|(?:today|tomorrow) itself)\b",
                # An ultimatum put with "unless", "failing" or "absent", and the withdrawal it
                # threatens: "Unless I have an offer by Friday, consider this my withdrawal".
                r"(?:^|(?<=[.!?;] ))(?=[^.!?]*\b(?:withdraw\w*|another offer|other offers?|"
                r"elsewhere|out of the (?:process|running)|move on|moving on|accept (?:another|the "
                r"other|a different|a competing)|take (?:another|the other|a competing|a different)"
                r"|remove myself|pull out)\b)[^.!?]*?\b(?:unless|failing|absent|barring|short of|"
                r"without (?:a |an |your |any )?(?:\w+ )?" + ANSWER + r"|should i not|if i do not|"
                r"if i don't|if there is no|if no)\b" + within(50) + r"\b" + LIMIT + r" " + TIME
                + r"\b",
                # Holdout10's class: the account demanded sent by a date ("Please send this
                # information by the end of next week").
                r"(?:(?<=^)|(?<=please )|(?<=kindly ))send (?:me )?(?:this|it|that|them|the|your|"
                r"all|any|those)\b" + within(40) + r"\b" + LIMIT + r" " + TIME + r"\b",
                r"(?:giving|give|gave|allow|allowing) you (?:until|till|til|up to|(?:one|two|three|"
                r"a|\d+) (?:more )?(?:days?|weeks?|hours?))\b",
                r"if\b[^.!?,;]{0,40}\b(?:no|not|n't|nothing|never)\b[^.!?,;]{0,40}\b" + LIMIT
                + r" " + TIME + r"\b",
                r"(?:take|treat|read) (?:that|it|your silence|silence) as a no\b",
                r"assume (?:that )?(?:the answer is no|you(?:'ve| have) (?:passed|moved on|"
                r"decided))",
                r"(?:can|could) only (?:hold|keep|wait|delay)\b" + within(40) + r"\b(?:until|till|"
                r"for|by)\b",
                r"my deadline\b|\bdeadline (?:for (?:you|your)|is)\b" + within(30)
                + r"\b(?:answer|reply|response|decision|decid)",
                r"(?:card|voucher|code|offer) (?:expires|is valid until|runs out)\b",
                r"(?:redeem|use) it (?:by|before)\b")),)


# A date asked for as a question, with the answer left free, is no deadline set for them
# (holdout14's class, a source's advice to a candidate asked for round after round): "Would
# you let me know by Friday the 14th whether you intend to make one? If the answer is not yet,
# I will understand." A date demanded, asked "at the latest", or asked with a withdrawal or
# silence read as a no is still one (those are phrasings of their own).
_ASKED = re.compile(r"\b(?:(?:would|could|can|might|will) you|would it be possible to|is there "
                    r"any (?:way|chance) (?:you could|to)|if you could)\b")
_LEFT_FREE = re.compile(
    r"\bi(?:'ll| will| would|'d)? (?:completely |fully |totally |of course |quite )?"
    r"understand\b(?! (?:that|why|how|what)\b)|\beither way\b|\bwhatever you decide\b|"
    r"\bif (?:it's|it is) (?:too early|not possible)\b|\bif (?:the answer is|it's|it is) "
    r"not yet\b|\bif you (?:can't|cannot|are unable to) (?:say|tell|share)\b")


def asked_freely(lowered: str, start: int, note: str) -> bool:
    """Whether the date at lowered[start:] is asked for as a question in a note (all of it
    in lower case) that leaves the answer free."""
    return (lowered.rstrip().endswith("?") and bool(_ASKED.search(lowered, 0, start))
            and "at the latest" not in lowered and bool(_LEFT_FREE.search(note)))

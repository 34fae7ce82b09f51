"""Apologies and excuses for the interview, a tone concern: nerves, a bad night, an answer
that "came out wrong", each drawing attention to a weak spot. Patterns as phrasings.py
describes.
"""

from __future__ import annotations

from .wordclasses import (
    WORDS,
    Concern,
)

# An answer that went badly, owned in a line ("I blanked", "my answer didn't do it justice").
# Followed by the better answer, it is the follow-up the guides recommend (holdout7's class);
# tone.py reads the sentences after it for that.
ADMISSION = Concern(
    "makes an excuse for the interview", "leave it out; end on what went well", (
        r"i (?:\w+ )?(?:blanked|froze|panicked)\b",
        r"(?:mind|brain|head) (?:\w+ )?(?:went|goes) (?:blank|empty)|\bdrew a blank\b",
        r"(?:didn't|did not|don't think i) (?:\w+ ){0,3}(?:well|justice|properly|clearly)\b",
        r"(?:didn't|did not|don't think (?:it|they|my \w+)) (?:\w+ )?(?:come|came) out\b",
        r"came out (?:wrong|badly|muddled|garbled|confused|jumbled)\b",
        r"(?:came|come) out muddled|\bmuddled\b",
        r"i got (?:\w+ ){0,3}wrong\b"))

# An apology for the message itself, for troubling a busy reader ("I apologise for troubling
# you during your busy time", "apologies for the intrusion"), is a courtesy, not a weak spot
# drawn attention to (holdout13's class), nor is one for the note's timing.
_INTRUSION = (r"(?! (?:\w+ )?(?:troubl|bother|disturb|intru|interrupt|taking up your|the "
              r"(?:trouble|bother|inconvenience|intrusion)|any (?:trouble|inconvenience)|"
              r"(?:this|my) (?:message|email|e-mail|note|reminder|follow)|"
              # nor one for its timing or their time taken (holdout15's): "sorry for the short
              # notice", "I'm sorry I ran over time", "for having to cancel", "keeping you".
              r"(?:short|late|last-minute) notice|having to|cancel\w*|late (?:reply|response)|"
              r"delay in|(?:ran|run|running|went) over|keeping you))")

EXCUSES = (
    Concern("apologises, which draws attention to a weak spot",
            "leave the apology out; end on what went well", (
                r"(?:i'm|i am|so|really) sorry (?:for|about|that i|i|if)\b" + _INTRUSION,
                r"apologi[sz]e (?:for|that|if)\b" + _INTRUSION, r"apologies for\b" + _INTRUSION,
                r"(?:forgive|excuse|pardon) (?:me|my)\b")),
    Concern("makes an excuse for the interview",
            "leave it out; end on what went well", (
                r"i (?:was|felt|got|am|'m) (?:so |very |really |a bit |quite |a little |"
                r"slightly |rather )?(?:nervous|flustered|rattled|anxious|jittery|tired|"
                r"exhausted|unwell|sick|ill|distracted|off)\b",
                r"barely slept|didn't sleep|did not sleep|hadn't slept|lost my train of thought",
                r"no excuse\b", r"my nerves\b", r"off day\b",
                r"my (?:stammer\w*|stutter\w*|rambl\w*|nervousness|mumbl\w*|blunders?|fumbl\w*|"
                r"waffl\w*|awkward\w*|shaky)\b",
                r"(?:wasn't|was not|weren't|not at) (?:at )?my best\b", r"under the weather\b",
                r"(?:had|have|with|fighting) (?:a |the )?(?:cold|flu|headache|migraine|fever|bad "
                r"day)\b",
                r"should have (?:prepared|been (?:\w+ )?prepared|practised|practiced|done more)\b",
                r"what i (?:really|actually) (?:meant|wanted to say)\b",
                r"go back over " + WORDS % 3 + r"(?:answers?|responses?|replies)\b")),
    ADMISSION,
)

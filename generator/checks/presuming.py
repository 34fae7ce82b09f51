"""Presuming the offer, a tone concern: the writer spoken of as already in the job (a first
day, onboarding, a start date, "when I join"), the offer or the next round taken as given,
and notice handed in. Where the job is spoken of as a hope or a question it is no presuming;
tone.py judges that. Patterns as phrasings.py describes.
"""

from __future__ import annotations

from .wordclasses import (
    HOPE,
    IN_THE_JOB,
    Concern,
    within,
)

# Holdout7's class: the writer's start a thing to arrange ("sort out the details of my
# start"), and the terms of a contract not yet offered; hedged only by the offer itself
# ("if I'm offered the role"), as tone.py reads it.
SETTLED = Concern(
    "presumes the offer",
    "speak of the job as a hope, not a given ('I hope to …', 'if I join the team …')", (
        r"(?:details|logistics|timing|date|plans?|arrangements?|paperwork) (?:of|for) my "
        r"(?:start|starting)\b(?! (?:in|as)\b)",
        r"(?:sort(?:ing)? out|plan(?:ning)?|arrang\w*|organi[sz]\w*|finali[sz]\w*|"
        r"confirm\w*|discuss\w*|settl\w*|agree\w*|fix\w*|talk about|go over) (?:\w+ )"
        r"{0,2}?my start\b(?! (?:in|as)\b)",
        r"(?:finali[sz]\w*|sort(?:ing)? out|settl\w*|agree\w*|sign\w*|go over|negotiat\w*)"
        r"\b" + within(20) + r"\b(?:terms|details|paperwork) (?:of|for) my (?:contract|offer|"
        r"employment|package|appointment)\b",
        # Holdout8's class: their warmth taken as the offer ("I'm taking that as a yes"), and
        # the writer's desk or locker asked for.
        r"(?:tak(?:e|ing)|count(?:ing)?) (?:that|this|it|your [\w\s]{1,30}?) as (?:a yes|an "
        r"offer|a job offer|a done deal)\b",
        r"(?:which|what) (?:desk|locker|office|workstation|seat|parking (?:space|spot))\b"
        + within(30) + r"\b(?:is|will be) mine\b|\b(?:desk|locker|office|workstation) is mine\b|"
        r"\b(?:pick|choose) my (?:own )?(?:desk|office|locker|workstation)\b"))

PRESUMING = (
    Concern("presumes the offer",
            "speak of the job as a hope, not a given ('I hope to …', 'if I join the team …')",
            (
                HOPE + r"(?:when|once|after|before|as soon as) i(?:'m| am)? (?:start|join|come "
                r"on board|begin|arrive|get started|settle|am settled|'m settled|settled|on "
                r"board|onboard|hired|in the role|in post|part of (?:the|your) team|on the team)"
                r"\b",
                HOPE + r"look(?:ing)? forward to (?:working (?:with|together|alongside|on|for)|"
                r"(?:being|becoming) (?:a |an )?(?:part|member|colleague)|joining|starting|"
                r"beginning|getting started|meeting my|my first|contributing (?:to|as))\b",
                IN_THE_JOB,
                r"i(?:'m| am) (?:sure|certain|confident|positive) (?:that )?(?:i(?:'ll| will) "
                r"(?:get|receive|land) (?:the|an|this|your) (?:offer|job|role|position)|"
                r"i(?:'ll| will) be (?:offered|hired|joining|selected|chosen|starting)|"
                r"you(?:'ll| will) (?:hire|offer|choose|pick|select) me)\b",
                r"(?:you(?:'ll| will)|you are going to) (?:hire|offer|choose|pick|select|go with) "
                r"me\b|\bthe one you(?:'ll| will) (?:hire|offer|choose|pick|select)\b|\bwhen you "
                r"(?:hire|offer|choose|pick) me\b",
                r"(?:agreed|settled|confirmed|fixed) (?:on )?(?:the|my|a) (?:start date|salary|"
                r"package|terms|offer)\b",
                r"(?:receiving|getting|seeing|reviewing|signing|reading|accept(?:ed|ing)?) (?:your|"
                r"the|my) (?:formal |written |job )?offer\b",
                r"(?:the|my|your) offer (?:is )?(?:on its way|coming)\b",
                r"(?:assume|expect) (?:that )?(?:the|my|your|an|our) (?:\w+ ){0,3}?(?:offer|"
                r"salary|package|contract|start date|terms)\b",
                r"when (?:should|can|will|do) i (?:expect|receive|get) (?:the|my|your|an) "
                r"(?:offer|contract)\b",
                # Holdout5's class: when the offer comes asked however it is put, and a day
                # to start named ("so I can start with you at the beginning of next month").
                r"when (?:i|we) (?:should|can|could|might|will|would|may) (?:\w+ )?(?:expect|"
                r"receive|get|see|have)(?: to (?:receive|get|see|have))? (?:the|my|your|an|our) "
                r"(?:\w+ )?(?:offer|contract)\b",
                r"(?:when|how soon) (?:(?:will|might|can|should|would) (?:the|my|an|your) (?:\w+ )?"
                r"(?:offer|contract)|(?:the|my|an|your) (?:\w+ )?(?:offer|contract) (?:will|might|"
                r"would|should|can)) (?:\w+ )?(?:come|arrive|be (?:sent|ready|made|issued|out))",
                r"(?:start|starting|begin|beginning|join|joining) (?:with you|there|with (?:the|"
                r"your) (?:team|company|firm)|in the (?:role|job|post)) (?:on|at|in|from|by|next|"
                r"this)\b" + within(25) + r"\b(?:next|this|coming|monday|tuesday|wednesday|"
                r"thursday|friday|week|month|\d{1,2}(?:st|nd|rd|th)?|first|start|beginning|"
                r"jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)",
                r"(?:which|what) (?:day|date|monday|week|month) (?:do |will |should |shall )?i "
                r"(?:start|begin|join)\b",
                r"(?:start|starting|join|joining|begin|beginning|be part of|being part of) "
                r"(?:on |with )?(?:the|your) team (?:next|this|on|in|from)\b",
                r"(?:give|hand in|put in|handed in|gave|told)\b" + within(20)
                + r"\b(?:my )?notice\b",
                r"(?:already )?(?:told|informed|notified|warned) (?:my )?(?:current |present )?"
                r"(?:manager|boss|employer|team|landlord|company)\b" + within(30) + r"\b(?:leaving|"
                r"moving|resign|notice|joining|new job)",
                r"\bi(?:'ll| will| shall| am going to|'m going to)(?: therefore| then| plan to| "
                r"need to)? (?:join|be joining|be starting|be ready to start|report for|start "
                r"(?:on|with|at|in|next)|relocate|move to|be moving|bring (?:my|the)|"
                # (holdout15's: the post taken up anyway, in a reply to a no)
                r"(?:be )?tak(?:e|ing) up (?:the|my|your|this|a) (?:\w+ )?(?:post|position|role|"
                r"job|lectureship|place|appointment|chair|fellowship|professorship|seat))\b",
                # Holdout15's class (tests/notes/tone-variants-17.yaml): kit got ready for the
                # first week, and a start "with the team" named.
                r"(?:bought|ordered|got|picked up|booked|packed|laid out|ironed)\b" + within(50)
                + r"\b(?:for|before) my first (?:day|week|shift|month)\b",
                r"(?:before|when|once|after|as soon as) i (?:start|join|begin) (?:with you|with "
                r"(?:the|your) (?:team|company|firm|practice|school|clinic)|in the (?:role|job|"
                r"post))\b",
                # (Not their plan: "your plan to move the old scripts to Playwright".)
                r"(?<!\byour )(?<!\btheir )(?<!'s )(?<!\bhis )(?<!\bher )(?<!\bthe )"
                r"(?:plan|planning|arrange|arranging|start|starting|begun|begin) (?:to |my )?"
                r"(?:relocat\w*|move|moving|look(?:ing)? for (?:a )?(?:flat|apartment|house|"
                r"place))",
                r"(?:as|once) (?:your|a) new (?:hire|team member|colleague|employee)\b",
                r"welcome aboard\b",
                r"(?<!would )(?<!'d )(?<!be )(?<!more )(?:can't wait|excited|ready|raring) to "
                r"(?:get started|start|begin|join|dive in|hit the ground|get going)\b"
                r"(?! (?:a|the) conversation)",
                r"(?:resigned from|handed in my resignation)\b",
                # The writer's leaving to join them told as settled (tone-variants-16.yaml):
                # "I've already told them I'm leaving to join you next month".
                r"\b(?:i'm|i am|i'll be|i will be) (?:leaving|quitting|resigning)\b" + within(40)
                + r"\bto (?:join|start with|work for|come to) (?:you|your|the team)\b",
                r"see you (?:on (?:monday|my first|the first)|next (?:week|month|monday))\b",
                r"my future (?:colleagues|teammates|manager|team|boss|co-?workers)\b",
                r"when (?:can|should|do|will) i start\b",
                r"(?:which|what) (?:desk|office|floor|laptop|team|hours)\b" + within(20)
                + r"\bwill i\b|\bwill i (?:be )?(?:sitting|sit|based|working|reporting|report)\b",
                r"what (?:should|do) i (?:prepare|bring|read|wear)\b" + within(20)
                + r"\b(?:before i|first day|start)",
                r"(?:contract|paperwork) (?:is )?ready\b|\bsend (?:me )?the (?:contract|"
                r"paperwork)\b",
                r"it(?:'s| is|'ll| will)(?: going to)? be (?:\w+ ){0,2}(?:working|to work) "
                r"(?:together|with (?:you|the team|everyone|all of you))\b",
                # Working together said as a fact to come ("so glad we'll be working together
                # from Monday", tone-variants-14.yaml); hoped for, it is spared as any hope is.
                r"we(?:'ll| will| are going to|'re going to) (?:soon )?be (?:working together|"
                r"colleagues|teammates|on the same team)\b",
                # Holdout4's classes: the next round spoken of as theirs already, and the job
                # asked for straight out ("are you going to hire me?", "is the job mine?").
                r"(?:forward to|book\w*|schedul\w*|arrang\w*|set(?:ting)? up|prepar\w* for|get|"
                r"see you at|confirm\w*|fix\w*|plan\w* for|ready for) my (?:next|second|"
                r"second-round|final|final-round|third|"
                r"in-person|on-?site|panel|follow-up|next-round|face-to-face) (?:\w+ )?"
                r"interview\b",
                r"(?:are|will) you (?:going to )?(?:be )?(?:hir(?:e|ing)|offer(?:ing)?) me\b|"
                r"\b(?:is|whether) the (?:job|role|position|post) (?:is )?mine\b|"
                r"\b(?:do|did) i (?:have|get|"
                r"got) the (?:job|role|position|post)\b|\b(?:am i|i'm|i am) hired\b",
                r"if (?:yes|so|you say yes),? i (?:can|could|will|'ll) (?:start|begin)\b",
                # Holdout9's class (tests/notes/tone-variants-10.yaml): the offer letter watched
                # for, and bank details sent for payroll.
                r"(?:look(?:ing)? out|watch(?:ing)?|keep(?:ing)? an eye (?:out|on)|wait(?:ing)?)\b"
                + within(30) + r"\bfor (?:the|my|your) (?:formal |written |signed )?(?:offer"
                r"(?: letter)?|contract|paperwork)\b",
                r"(?:bank(?:ing)?|direct deposit|tax|payroll) (?:details|information|info|forms?|"
                r"account details)\b" + within(40) + r"\b(?:payroll|attached|enclosed|ready|set up)"
                r"\b|\b(?:attached|enclosed|included)\b" + within(30) + r"\b(?:bank(?:ing)? "
                r"details|tax forms?|direct deposit|void(?:ed)? (?:cheque|check))\b",
                # Holdout11's class (tests/notes/tone-variants-11.yaml): the writer in the seat
                # already ("once I'm in the seat I'll …"), pay to talk over ("let's talk
                # numbers"), their regret at not hiring the writer sooner, nobody better.
                r"(?:once|when|as soon as) i(?:'m| am) (?:in (?:the|your) (?:seat|chair|saddle|hot "
                r"seat|building)|through (?:the|your) door)\b",
                r"let's (?:talk|discuss) (?:numbers|money|salary|pay|compensation|the package)\b|"
                r"\b(?:happy|ready|glad|keen) to (?:talk|discuss) (?:numbers|money)\b",
                r"you(?:'ll| will) (?:\w+ )?wonder (?:why|how) you (?:didn't|did not|never|ever|"
                r"managed|coped|got by)\b",
                r"(?:there is|there's) (?:nobody|no one|no-one) better (?:for|suited to|placed for|"
                r"qualified for) (?:this|the) (?:job|role|position|post)\b",
                # The reach the learnt model lost when retrained after holdout10: the signing of
                # a contract not yet offered arranged ("when I should come in to sign the
                # paperwork", "where I sign").
                r"(?:come|coming|pop|stop|drop) (?:in|by|over|round)\b" + within(20) + r"\b(?:to|"
                r"and) sign\b(?! (?:up|in|the (?:nda|non-disclosure|consent|visitor)))",
                r"(?:when|where|what day|which day|what time) (?:\w+ ){0,4}?(?:i|me|to) (?:\w+ )"
                r"{0,3}?sign\b(?! (?:up|in|the (?:nda|non-disclosure|consent|visitor)))",
                # Holdout12's classes (tests/notes/tone-variants-12.yaml): the job told to the
                # writer's family as won ("I already told my parents I got it"), the writer's
                # desk pictured ("I keep picturing my desk by the window"), and terms laid down
                # before any offer ("here are my conditions", "for me to accept, I'd need …",
                # "If that works for you, I can start on the 1st").
                r"(?:told|telling|tell|informed|proud|thrilled|happy|relieved)\b" + within(40)
                + r"\bi(?:'ve| have)? (?:got|landed|won) (?:it|the (?:job|role|position|post|"
                r"offer))\b|\b(?:told|telling|informed) (?:\w+ ){0,2}?(?:parents|family|mum|mom|"
                r"dad|friends|wife|husband|partner|kids|children|everyone|everybody|flatmates?|"
                r"roommates?)\b" + within(20) + r"\bi(?:'m| am) (?:starting|joining|moving)\b",
                r"(?:picturing|imagining|picture|imagine|envisag\w+|envision\w*)\b (?:myself |me )?"
                r"(?:at |in |behind )?(?:my|that|the) (?:[\w-]+ ){0,2}?(?:desk|office|workstation|"
                r"locker|cubicle|seat|chair)\b",
                r"(?:here are|these are|let me (?:set out|state|give you|list)|i(?:'d| would) like "
                r"to (?:set out|state|lay out)) (?:my|our) (?:\w+ )?(?:conditions|terms|"
                r"requirements|demands|non-negotiables)\b|\bmy (?:conditions|terms|demands) (?:are|"
                r"would be|will be)\b",
                r"(?:for me to|before i (?:can|could|would|will)|if i(?:'m| am) to) (?:accept|say "
                r"yes|sign|join|take (?:the|this|it))\b" + within(30) + r"\b(?:i(?:'d| would| "
                r"will|'ll)? need|you(?:'d| would| will|'ll) (?:need|have) to|must|requires?)\b",
                r"if (?:that|this|it|those|these) (?:works?|suits?|is (?:ok|okay|fine|acceptable))"
                r"(?: for you)?,? i (?:can|could|will|'ll) (?:start|begin|join)\b")),
    SETTLED,
    # Holdout14's class: the job announced before any offer ("I've already shared the news
    # with my network and updated my LinkedIn to say I'm joining").
    Concern("presumes the offer",
            "speak of the job as a hope, not a given ('I hope to …', 'if I join the team …')", (
                r"(?:told|shared|posted|announced|updated|tell|share|announce)\b" + within(80)
                + r"\b(?:i(?:'m| am|'ll be| will be) (?:joining|starting (?:with|at)|moving to)|my "
                r"new (?:role|job|position|post) (?:at|with) (?:your|the))\b",
                r"(?:announced|posted|shared)\b" + within(30) + r"\bthat i(?:'ll| will) be "
                r"(?:starting|joining|working) (?:with|at|for) (?:you|your)\b",
                r"(?:already know|have been told|'ve told|have told)\b" + within(30)
                + r"\bi(?:'m| am) joining\b")),
)

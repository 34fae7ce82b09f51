"""Pushiness, a tone concern: urgency demanded, a contact inside leaned on, the writer
promising not to stop, turning up at their office unasked, going round the contact, an
account demanded after a no, and their ranking of the writer asked for. (Threats and
deadlines, the other pressure put on them, are pressure.py's.) Patterns as phrasings.py
describes.
"""

from __future__ import annotations

from ..kinds import kinds_for
from .wordclasses import (
    QUESTIONED,
    Concern,
    within,
)

# Ways of chasing them, for a promise to go on until they answer.
_CHASING = (r"(?:follow(?:ing)?[- ]up|call(?:ing)?|email(?:ing)?|writ(?:e|ing)|chas(?:e|ing)|"
            r"check(?:ing)? in|contact(?:ing)?|ring(?:ing)?|phon(?:e|ing)|tr(?:y|ying)|"
            r"ask(?:ing)?|messag(?:e|ing)|nudg(?:e|ing)|ping(?:ing)?|pester(?:ing)?|"
            r"send(?:ing)?|knock(?:ing)?|push(?:ing)?)\b")

PUSHINESS = (
    Concern("sounds pushy",
            "ask politely, without urgency", (
                # Holdout8's class: the writer promising not to stop ("I'm not going away",
                # "I'll keep calling until someone reads it", "every week until this changes").
                # (Holdout12's class, tests/notes/tone-variants-12.yaml: in other words, "I will
                # continue to follow up regularly until …", "I won't stop emailing until …"; not
                # the writer's own work kept up, "I'll keep practising the case until …".)
                r"i(?:'m| am) not going (?:away|anywhere)\b|\b(?:i(?:'ll| will| shall| intend to| "
                r"plan to|'m going to| am going to)|i (?:won't|will not|shan't)) (?:\w+ )?(?:keep|"
                r"keep on|continue|carry on|go on|stop) (?:to )?" + _CHASING + within(40)
                + r"\buntil\b|\b(?:hearing|hear) from me (?:\w+ )?(?:every|each|regularly|daily|"
                r"weekly|often)\b" + within(30) + r"\buntil\b",
                r"asap\b", r"as soon as possible\b", r"(?:it is|it's|this is) (?:\w+ )?urgent\b",
                r"urgently (?:need|require|want)\b", r"treat (?:this|it|my \w+) as (?:urgent|a "
                r"priority)\b",
                # Urgency asked of them, not news of the writer's own that is time-sensitive.
                r"(?:this|it|that|the matter|my request|the decision|your (?:reply|answer|"
                r"decision))(?:'s| is)? (?:\w+ )?time-sensitive\b",
                r"need an? (?:urgent|immediate) (?:answer|reply|response|decision)\b",
                r"(?:answer|reply|respond|know|hear back|get back to me|let me know|tell me|"
                r"call me|update me|decide|get back)\b" + within(45) + r"\b(?:right away|"
                r"immediately|straight away|at once|without delay|today|right now|the moment|as "
                r"soon as you can|quickly|promptly)\b",
                r"(?:i (?:\w+ )?(?:need|want|require|expect|demand|must have|would like)|i'd like) "
                r"(?:an? |your |the |some )?(?:answer|update|decision|reply|response|news|word|"
                r"resolution)\b" + within(25) + r"\b(?:now|today|immediately|this week|right away|"
                r"quickly|at once)\b",
                r"(?:an?|your|the) (?:\w+ )?(?:answer|reply|response|decision|update)\b"
                + within(25) + r"\b(?:immediately|right away|at once|straight away|without "
                r"delay)\b",
                r"i need (?:to know|an answer|you to|this (?:sorted|resolved|decided|answered|"
                r"done))\b",
                # (not news expected from elsewhere: "I expect to hear back from another company")
                # (Nor what to expect, asked: "should I expect to hear from you or from HR?")
                QUESTIONED + r"i expect (?:an answer|a response|a reply|a decision|to hear)\b"
                r"(?!(?: back)? "
                r"from (?!you\b|your\b))",
                r"call me back\b", r"i (?:must )?insist\b",
                r"(?:priorit[iy][sz]e|fast-?track|expedite|hurry|speed up|move up) (?:\w+ )?"
                r"(?:my|the decision|this)\b",
                r"i (?:require|demand)\b",
                # Holdout4's class: someone the writer knows inside leaned on to chase.
                r"(?:my (?:old |close |good )?(?:uncle|aunt|cousin|brother|sister|brother-in-law|"
                r"sister-in-law|friend|neighbou?r|dad|father|mother|mum|mom|classmate|wife|"
                r"husband|partner|nephew|niece)|a friend of mine|an old friend)\b" + within(30)
                + r"\b(?:in|on|at|from|works in|works on|works at|working in) your\b"
                + within(60) + r"\b(?:mention\w*|put in a (?:good )?word|word for me|"
                r"ask(?:ing|ed)? "
                r"(?:around|you|about)|nudge|pass|tell\w*|told|let me know|deciding|decided|how i "
                r"did|result)",
                # Holdout11's classes (tests/notes/tone-variants-11.yaml): friends and others
                # got to write or call in the writer's support ("I asked them to write in", "a
                # few friends of mine who wanted to vouch for me", "… on my behalf"); the
                # writer fixing a call of their own to settle next steps ("I will call you on
                # Thursday at 10 a.m. to discuss next steps"), unless it was agreed (tone.py);
                # a reply demanded "at your earliest convenience" or pressed by other offers.
                r"(?:asked|got|had|arranged for|encouraged|told|invited) (?:a few |some |several |"
                r"two |three |four |five |a couple of |a number of |my |some of my |a few of my )?"
                r"(?:[\w-]+ ){0,3}?(?:friends|colleagues|classmates|clients|people|contacts|"
                r"family|relatives|neighbou?rs|supporters|them) (?:[\w-]+ ){0,5}?to (?:email|"
                r"write|call|phone|contact|ring|message|text|vouch|put in a (?:good )?word|send "
                r"you|get in touch|reach out)\b",
                r"(?:hear|emails?|calls?|letters?|notes?|messages?) from (?:a few |some |several |"
                r"two |three |four |my |a couple of )?(?:\w+ )?(?:friends|colleagues|classmates|"
                r"contacts|relatives|family members|neighbou?rs|supporters)(?: of mine)?\b"
                + within(40) + r"\b(?:vouch|support|recommend|put in|word for me|on my behalf|who "
                r"(?:want|wanted|offered|asked|are keen))",
                r"(?:friends|colleagues|classmates|clients|people|manager|family|contacts)\b"
                + within(60) + r"\bon my behalf\b",
                r"(?:i(?:'ll| will| shall| am going to|'m going to| plan to| intend to)(?: \w+)? "
                r"(?:call|ring|phone|telephone)|expect a call from me)\b(?:[^.!?]|[ap]\.m\.)"
                r"{0,60}?\bto (?:discuss|talk (?:about|over|through)|go over|agree|hear|find out|"
                r"learn|settle|confirm|finali[sz]e|sort out) (?:\w+ ){0,3}?(?:next steps?|the next "
                r"(?:stage|step|round)|your decision|the decision|the outcome|the offer|my start|"
                r"when i (?:can|could|might) start|terms|salary|where things stand)",
                r"(?:put|booked|added|sent)(?: you)? (?:a call|a meeting|an invite|a calendar "
                r"invite|time) (?:\w+ )?(?:in|to|into|for) your (?:diary|calendar)\b",
                r"(?:respond|reply|answer|get back to me|an? (?:answer|reply|response|update|"
                r"decision)|hear back)\b" + within(30) + r"\bat your earliest convenience\b",
                r"(?:please|kindly) (?:respond|reply|get back to me|answer)\b" + within(40)
                + r"\b(?:as|since|because|given that)\b" + within(20) + r"\b(?:other|another|"
                r"several|competing) (?:\w+ )?(?:interviews?|offers?|companies|employers|options|"
                r"opportunities)\b")),
    # Holdout9's and holdout10's classes (tests/notes/tone-variants-10.yaml): turning up at
    # their office unasked to wait for an answer ("I'll swing by your office tomorrow and wait
    # in reception", "I'll be in your lobby instead" of the call), and going round the contact
    # ("quicker to come straight to you as VP", "I know Sam at the agency is handling things,
    # but …", "nudge the hiring manager for me"). (A visit for a round they set is none.)
    Concern("sounds pushy",
            "ask politely, without urgency", (
                r"(?:wait|sit|stay)\w* (?:\w+ ){0,2}?(?:in|at) (?:your |the )?(?:reception|lobby|"
                r"front desk|foyer|waiting room|car park|parking lot)\b",
                r"(?:in person|in your lobby|at your (?:front )?desk|at reception)\b" + within(30)
                + r"\binstead\b",
                r"(?![^.!?]*\b(?:interview|round|assessment|meeting|appointment|trial|open day)\b)"
                r"(?:(?:swing|drop|stop|pop|come|coming|drive|head|heading|walk)(?:ping|ing)? (?:"
                r"by|"
                r"over|in|into|down|round)|(?:turn|show)(?:ing)? up)\b" + within(40) + r"\b(?:tom"
                r"orrow|today|this "
                r"(?:morning|afternoon|evening)|tonight|speed|moving|answer|face to face|in person|"
                r"wait\w*|until|so (?:you|we) can|(?:your|the) (?:office|site|lobby|reception|"
                r"building|depot|premises))\b",
                r"(?:come|go|turn|appeal|went|came|going|coming|escalate)\w* (?:straight|directly|"
                r"direct) to\b",
                r"(?:is|are|'s|'re) (?:handling|managing|dealing with|looking after|running|in ch"
                r"arge "
                r"of) (?:\w+ ){0,3}?(?:things|this|my (?:application|candidacy|file|case)|the "
                r"(?:process|search|role|hiring))\b,? but\b",
                r"nudge (?:the|your|my) (?:\w+ )?(?:manager|recruiter|team|hr|panel|director|boss|"
                r"committee|colleague)s?\b",
                r"(?:bypass\w*|go(?:ing)? (?:around|round)|went (?:around|round)) (?:the|your|my) "
                r"(?:\w+ )?(?:agency|recruiter|hr|process|contact|channels|gatekeeper)s?\b",
                # Holdout12's class: a visit or a tour fixed by the writer before they decide,
                # and a call on the morning of the decision to hear it "directly".
                r"(?:visit|see|tour|look around|sit in on|shadow|come (?:in|by|back|and see))\w*\b"
                + within(60) + r"\bbefore (?:you (?:\w+ )?(?:decide|choose|make (?:up )?your|make "
                r"a|reach)|the (?:final )?decision (?:is|gets) (?:made|taken)|a decision is "
                r"(?:made|taken)|you(?:'ve| have) decided)\b",
                r"(?:call|phone|ring|telephone) you (?:\w+ ){0,3}?(?:that (?:morning|day|"
                r"afternoon)|on the (?:day|morning) (?:of|you)|the (?:morning|day) (?:of|you))\b"),
            kinds_for("ask")),
    # Holdout10's class: after a no, an account demanded ("I want to know exactly which of my
    # references said anything").
    Concern("sounds pushy",
            "ask politely, without urgency", (
                r"i (?:also |still |really )?(?:want|demand|expect|insist on|require) (?:to know "
                r"|to "
                r"be told |to see )?(?:exactly|precisely|which|who|why|the names?|an? (?:full|"
                r"complete|detailed|written|proper|itemi[sz]ed) |(?:a |an )?(?:written )?(?:accou"
                r"nt|"
                r"explanation|breakdown|list))",
                # Holdout11's class: the writer's CV to be passed on elsewhere ("forward my CV
                # to the league office", "put me in touch with someone at the other clubs").
                r"(?:pass|forward|send|refer|recommend|introduce)\w* (?:my (?:cv|résumé|resume|"
                r"details|name|application|profile|portfolio|information)|me)(?: on| along)? to "
                r"(?:someone|somebody|anyone|anybody|the other|your other|other|your (?:\w+ )?"
                r"contacts|people|colleagues|(?:the|your) (?:[\w-]+ ){0,3}?(?:office|department|"
                r"branch(?:es)?|teams?|clubs?|agenc(?:y|ies)|studios?|managers?|recruiters?|"
                r"division|sites?|stores?|locations?|partners?))\b",
                r"put me in touch with\b|\bconnect me with\b"), kinds_for("answer-no")),
    # Holdout7's class: their ranking of the writer asked for, or drawn by announcing the
    # writer's own ("I am ranking your program number one … let me know where I stand on
    # your list"). (In a status check it is impatience, impatience.py's; after a no, how the
    # writer compared is feedback, not pressure.)
    Concern("sounds pushy",
            "ask politely, without urgency", (
                r"where i (?:currently |now |presently )?(?:stand|sit|rank|place|am placed|fall|"
                r"come) (?:on|in|among|against|compared (?:with|to)|relative to) (?:your|the) "
                r"(?:\w+ )?(?:list|ranking|rankings|rank list|rank order|shortlist|order|"
                r"candidates|applicants|pool|field|others)\b",
                r"how (?:you|your (?:\w+ )?(?:program|programme|team|panel|committee)|the (?:panel|"
                r"committee)) (?:will |would |plan to |intend to |are going to |might )?"
                r"rank(?:ed)? me\b|\b(?:will|would|could|can) you rank me\b|\brank(?:ing)? me "
                r"(?:to match|highly|high|first|top|number one|#1|at the top)\b",
                r"am i (?:your|the) (?:current |clear |leading )?(?:top|first|number one|#1|"
                r"preferred|leading|favou?rite|strongest) (?:choice|candidate|pick|applicant|"
                r"option)\b|\b(?:whether|if) i(?:'m| am) (?:at the top|top|first|ahead|leading|in "
                r"the lead|the (?:top|front)-?runner)\b|\bhow i (?:placed|ranked|scored|compared|"
                r"measured up|stack(?:ed)? up)\b",
                r"i(?:'m| am|'ll be| will be| have been) ranking (?:you|your (?:\w+ )?(?:program|"
                r"programme|hospital|school|practice|firm|company|team)) (?:first|number one|#1|"
                r"highest|top|at the top)\b"), kinds_for("thank")),
    # Holdout14's classes: calls from other numbers and more to come, a count of calls and
    # messages on every channel, and a visit announced unasked ("I'll swing by your floor
    # Thursday either way", "I don't take silence for an answer").
    Concern("sounds pushy", "ask once, politely, and leave them room to answer", (
        r"(?:call\w*|rang|ring\w*|tried)\b" + within(40) + r"\bfrom (?:my (?:\w+ )?"
        r"(?:brother|sister|friend|wife|husband|partner|mother|father|mum|mom|dad|office|work)"
        r"\w*(?:'s)?|a (?:different|another|new|second) (?:\w+ )?(?:number|phone|line))\b",
        r"(?:missed calls|voicemails each time)\b",
        r"(?:called|rang|phoned|emailed|messaged|texted) (?:\w+ ){0,2}?(?:twice|three times|"
        r"(?:\w+ )times|again and again|repeatedly)\b" + within(40) + r"\b(?:left|and|also)\b",
        r"(?:i(?:'ll| will) (?:try|call|ring|keep trying) (?:again|until)\b)",
        r"(?:swing|drop|stop|come|pop) (?:by|in|round|over|up)\b" + within(40) + r"\b(?:either "
        r"way|in person|face to face|if i don't hear|if i do not hear|unless)\b|\b(?:if i "
        r"(?:don't|do not) hear (?:back|from you)),? i(?:'ll| will) (?:come|drop|stop|swing|pop)"
        r" (?:by|in|round|over)\b|\bexpect me at your\b",
        r"i(?:'ll| will) (?:come|drop|stop|swing|pop) (?:by|in|round|over|up to) (?:at )?your "
        r"(?:floor|desk|office|building|reception)\b(?![^.!?]*\b(?:arranged|agreed|asked|invited"
        r"|planned|suggested)\b)",
        r"(?:don't|do not|never) take silence (?:for|as) (?:an|a) (?:answer|no)\b"),
        kinds_for("ask")),
)

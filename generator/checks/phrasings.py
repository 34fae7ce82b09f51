"""The phrasings of each tone concern: what recruiters complain about in the follow-ups they
get, each written as one regex, with the plain words a finding uses for it and what to do
instead. The phrasings come from the career pages and recruiters' posts the real-notes corpus
cites (tests/corpus/realnotes) and from the etiquette reading; they are English only, and
written in lower case: tone.py runs them, as one regex, on the note in lower case.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Concern:
    says: str  # what the finding calls it, in plain words
    fix: str
    phrasings: tuple[str, ...]  # regexes in lower case: they run on the note in lower case


def _any(*phrasings: str) -> tuple[str, ...]:
    """Each phrasing a regex that starts at a word's start: tone.py puts the \\b before
    them all, so none begins with one."""
    return phrasings


_DAY = (r"(?:\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m\.|p\.m\.)?|end of|eod|cob|close of|noon|midnight|"
        r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|"
        r"this|next)")

CONCERNS = (
    Concern("argues with the decision",
            "accept the decision graciously; to learn why, ask for feedback instead", _any(
                r"(?:please|you to|you will|you'll|you would|you'd|you could) reconsider\b",
                r"reconsider (?:your|the|this|my) (?:decision|rejection|application)\b",
                r"i (?:strongly |completely |really )?disagree\b",
                r"(?:unfair|unjust) (?:decision|process|rejection|to me)\b",
                r"(?:decision|process|this|that|it) (?:is|was) (?:so |very |deeply )?(?:unfair|"
                r"unjust)\b", r"treated (?:me )?unfairly\b",
                r"(?:huge|big|serious|grave|terrible|costly|major|real) mistake\b",
                r"(?:you|they|your \w+) (?:have |has )?(?:made|are making|is making) a "
                r"mistake\b",
                r"the wrong (?:decision|choice|call|person|candidate)\b|\bwrong decision\b",
                r"i (?:deserve|deserved)\b",
                r"what(?:'s| is| was)(?: exactly)?(?: so)? (?:wrong|deficient|lacking|missing) "
                r"(?:with|in|about) my\b",
                r"explain (?:to me )?(?:why i|what (?:exactly )?(?:is|was) (?:so )?"
                r"(?:wrong|deficient|lacking|missing))",
                r"pass(?:ed|ing)? (?:up |over |on )(?:me|someone|a (?:great|qualified|"
                r"strong))\b",
                r"turned (?:away|down) (?:someone|a (?:great|qualified|strong)|the best)\b",
                r"your loss\b", r"more qualified than\b", r"don't you want\b",
                r"(?:find|found|call|consider) (?:the|this|your) (?:decision|rejection) "
                r"(?:insulting|unfair|offensive|absurd|baffling|wrong|short-?sighted)\b",
                r"(?:decision|rejection) (?:is|was) (?:insulting|unfair|absurd|baffling|wrong|"
                r"short-?sighted|a mistake)\b",
                r"(?:don't|do not|can't|cannot) (?:understand|see|believe) (?:why|how) "
                r"(?:you|i|my)\b",
                r"i (?:was|am|'m) (?:clearly|obviously|by far|easily) (?:the )?(?:best|"
                r"most qualified|strongest|right)\b",
                r"(?:refuse|refusing|won't|will not) (?:to )?accept (?:this|your|the) "
                r"(?:decision|rejection|answer)\b",
                r"already (?:handed|given|promised|picked)\b",
                r"(?:rigged|a sham|a done deal)\b",
                r"never (?:gave|give|given) me a (?:fair |real )?chance\b",
                r"how could you\b", r"appeal (?:the|this|your) decision\b",
                r"(?:you )?overlook(?:ed|ing) (?:me|someone|a (?:great|qualified|strong))\b",
                r"met (?:every|all|each) (?:one of )?(?:the |your )?(?:requirements?|"
                r"qualifications|criteria)\b")),
    Concern("sounds hostile",
            "leave it out: a reply in anger closes the door for good", _any(
                # Said of them, not of a topic ("useless alerts", "rude customers").
                r"(?:you|you're|you are|your (?:[\w'’]+ )?(?:team|company|process|firm|"
                r"recruiters?|interviewers?|hr|people|decision|panel)|this (?:process|"
                r"decision|company|firm)|that) (?:is |are |was |were )?(?:all )?(?:a bunch of "
                r"|complete |total |such |so |really |just |nothing but )?(?:idiots|morons|"
                r"clowns|imbeciles|losers|stupid|incompetent|pathetic|clueless|useless|"
                r"disgusting|disgraceful|a disgrace|a joke|ridiculous|unprofessional|"
                r"disrespectful|rude|laughable|a farce|amateurs|sucks?|sucked)\b",
                r"(?:bullshit|wtf)\b",
                r"go to hell\b", r"screw (?:you|this|it|them)\b",
                r"thanks? (?:you )?for nothing\b", r"thanks? (?:a lot )?for wasting\b",
                r"wast(?:e|ed|ing) (?:of )?(?:my|our) time\b",
                r"you people\b", r"shame on you\b", r"good riddance\b",
                r"the usual (?:line|excuse|story|nonsense|spiel)\b",
                r"a slap in the face\b",
                r"how dare you\b", r"f[\*u]c?k|\bf\*+",
                r"(?:don't|do not|never) (?:ever )?contact me again\b",
                r"good luck (?:finding|with that|getting)\b")),
    Concern("sounds sarcastic",
            "say what you mean plainly: sarcasm reads as contempt in writing", _any(
                r"thank(?:s| you) (?:so+|ever so|very|a lot)? ?(?:much )?for (?:the |your |all "
                r"the )?[\"'‘“]",
                r"(?:the|your|my|for|such|all that) [\"'‘“](?:time|opportunity|interview|"
                r"feedback|process|consideration|chance|update|respect|professionalism|"
                r"experience|courtesy|decision|reply|response|help)[\"'’”]",
                r"thank(?:s| you) so{3,}\b",
                r"(?:truly|simply|absolutely|just) (?:unforgettable|magical|delightful)\b",
                r"i (?:especially |particularly |really )?(?:enjoyed|loved|appreciated) "
                r"(?:repeating|waiting|sitting|being (?:kept|left|ignored|asked)|answering the "
                r"same|explaining (?:again|twice))\b",
                r"in case (?:\w+ ){1,4}(?:had )?(?:lost|forgotten|forgot|misplaced)\b",
                r"i(?:'m| am) sure you(?:'ll| will) (?:pick|choose|hire|go with|select) "
                r"(?:whoever|someone)\b",
                r"(?:every|much) success in (?:rejecting|turning|ignoring)\b",
                r"(?:plenty of|lots of|a lot of) (?:experience|practice) (?:in|at|with) "
                r"(?:turning|rejecting|ignoring)\b",
                r"decline your (?:decision|rejection)\b", r"suit my plans\b",
                r"(?:how|what a) (?:nice|kind|thoughtful|generous|considerate) of you to "
                r"(?:finally|eventually)\b",
                r"for finally (?:getting|replying|responding|answering)\b",
                r"must be nice\b", r"what a (?:surprise|shock)\b", r"yeah,? right\b",
                r"(?<![a-z,;] )well,? thanks\b",
                r"congratulations on (?:finally )?(?:finding|hiring|choosing)\b",
                r"i(?:'m| am) sure (?:they|he|she|the other (?:candidate|person))(?:'ll| will) "
                r"be (?:great|perfect|wonderful|amazing)\b")),
    Concern("sounds desperate",
            "keep to your interest in the role; leave out how much you need it", _any(
                r"(?:really,? )*need (?:this|the) (?:job|role|position|work|offer)\b",
                r"need this to work out\b", r"how (?:much|badly) i need\b",
                r"i(?:'m| am) (?:begging|desperate)\b", r"desperately (?:need|want|hope)\b",
                r"beg(?:ging)? you\b", r"(?:please,? ){2,}",
                r"i(?:'ll| will) do anything\b", r"whatever it takes\b",
                r"(?:can't|cannot) wait to hear\b",
                r"checking my (?:phone|email|inbox)\b",
                r"(?:pay|cover|make) (?:my )?(?:rent|bills)\b",
                r"my (?:landlord|savings|rent|bills)\b",
                r"(?:my|the) last (?:hope|chance)\b", r"counting on (?:this|you|it)\b",
                r"no other (?:options|choice)\b", r"the year i(?:'ve| have) had\b",
                r"work for (?:free|less)\b",
                r"please (?:just )?(?:tell|let) me (?:something|anything)\b",
                r"(?:pay cut|lower salary|less money)\b",
                r"out of work (?:for|since)\b", r"unemployed (?:for|since)\b",
                r"please,? (?:just )?give me a chance\b", r"really,? really want\b",
                r"can't stop (?:checking|refreshing)\b")),
    Concern("threatens them",
            "leave it out: a threat ends your chances there, and word travels", _any(
                r"go(?:ing|es)? (?:over|above) (?:[\w'’]+ ){1,3}?heads?\b",
                r"(?:i(?:'ll| will| am going to|'m going to| shall| intend to| plan to)) "
                r"(?:be )?(?:contact(?:ing)?|speak(?:ing)? (?:to|with)|email(?:ing)?|"
                r"writ(?:e|ing) to|escalat(?:e|ing)(?: this| it)? to|tak(?:e|ing) this "
                r"(?:up )?(?:with|to)|go(?:ing)? (?:to|above)) (?:your|the) (?:[\w'’]+ ){0,2}?"
                r"(?:manager|boss|ceo|supervisor|director|vp|head|hr|board|owner|president|"
                r"founder)\b",
                r"haven't heard the last of me\b",
                r"make sure (?:everyone|people|others) (?:knows?|hears?)\b",
                r"i(?:'ll| will) be (?:posting|sharing|writing) (?:about )?(?:this|my "
                r"experience)\b",
                r"(?:my|a) (?:lawyer|attorney|solicitor) (?:will|would|about this)\b",
                r"(?:consult|hear from|contact|call) (?:my|a) (?:lawyer|attorney|solicitor)\b",
                r"(?:take|taking) legal action\b", r"sue (?:you|the company|your)\b",
                r"i(?:'ll| will| am going to|'m going to) report (?:you|this|your)\b",
                r"(?:post|write|leave) (?:a |an )?(?:\w+ )?(?:review|about (?:this|you|it)) "
                r"on (?:glassdoor|linkedin|indeed|social media|twitter|reddit)\b",
                r"you(?:'ll| will) (?:regret|be sorry)\b",
                r"you(?:'ll| will) see (?:the numbers|what you)\b",
                r"remember my name\b", r"watch (?:out|your back)\b", r"mark my words\b",
                r"(?:work|working|join|joining) (?:for |with )?(?:one of )?your (?:direct |"
                r"biggest |main )?competitors?\b")),
    Concern("sets a deadline",
            "ask when they expect to decide instead of setting a date for them", _any(
                r"(?:need|must|have to|expect|require|insist on) (?:to )?(?:hear|know|have|"
                r"get|receive)?(?: back)?(?: an?| your)?(?: answer| response| reply| decision|"
                r" word)?(?: back)?(?: from you)? (?:by|before|no later than) " + _DAY + r"\b",
                r"if i (?:don't|do not) (?:hear|have|get|receive)\b[^.!?]{0,60}\b(?:by|within|"
                r"before)\b",
                r"(?:otherwise|or else),? i(?:'ll| will)\b",
                r"i will (?:have to )?withdraw\b", r"ultimatum\b",
                r"(?:reply|respond|answer|hear back|get back to me|let me know|decide) within "
                r"(?:the next )?(?:24|48|72) hours\b",
                r"(?:card|voucher|code|offer) (?:expires|is valid until|runs out)\b",
                r"(?:redeem|use) it (?:by|before)\b",
                r"(?:respond|reply|answer|get back to me|let me know) (?:to me )?(?:by|before|no "
                r"later than) " + _DAY + r"\b")),
    Concern("offers a gift",
            "leave the gift out: a note of thanks is enough, and gifts can break their rules",
            _any(
                # I sent / sending you: the writer giving, not someone in the story.
                r"(?:i(?:'ve| have| had| am|'m|'ll| will| just)? (?:sent|sending|send|mailed|"
                r"ordered|attached|dropped off|bring|brought|left)\b|(?:sent|sending|mailed|"
                r"ordered|bringing|brought) you\b)(?: you| over| along)?(?: a| an| some| my)?"
                r"(?: small| little)?[^.!?]{0,30}?\b(?:gift ?cards?|gifts?\b(?! of)|vouchers?|"
                r"hampers?|"
                r"(?:fruit|gift) baskets?|flowers|chocolates|cookies|cupcakes|wine|champagne|"
                r"treats|pastries|donuts|doughnuts|bagels|pizza|a present)\b",
                r"(?:receive|get|find|enjoy)(?: a| an| my| the| this)?[^.!?]{0,40}?\bgift ?cards?"
                r"\b",
                r"(?:a|my|this) (?:small |little )?(?:gift|present|voucher) (?:for you|to you|to "
                r"thank|as a thank|in appreciation|of thanks)",
                r"gift ?cards? (?:for you|is on its way|in appreciation|as a thank)",
                r"(?:latte|coffee|lunch|drinks?|dinner|beer|treat)s? (?:is |are |'s )?on me\b",
                r"treat yourself\b",
                r"(?:small |little )?token of (?:my )?(?:appreciation|gratitude|thanks)\b",
                r"(?:starbucks|amazon|coffee|e-?gift) (?:card|voucher|credit) (?:for you|is on "
                r"its way)")),
    Concern("presumes the offer",
            "speak of the job as a hope, not a given ('I hope to …', 'if I join the team …')",
            _any(
                r"when i (?:start|join|come on board|begin (?:work|the role))\b",
                r"look(?:ing)? forward to working (?:with|together|alongside|on|for)\b",
                r"my first (?:day|week|month|90 days|100 days) (?:on the team|with you|here|"
                r"at (?:your|the company)|in the role)\b",
                r"on my first day\b",
                r"i(?:'m| am) (?:sure|certain|confident|positive) (?:that )?(?:i(?:'ll| will) "
                r"(?:get|receive|land) (?:the|an|this|your) (?:offer|job|role|position)|"
                r"i(?:'ll| will) be (?:offered|hired|joining|selected|chosen|starting)|"
                r"you(?:'ll| will) (?:hire|offer|choose|pick|select) me)\b",
                r"(?:receiving|getting|seeing|reviewing|signing|reading) (?:your|the|my) "
                r"(?:formal |written )?offer\b",
                r"(?:the|my|your) offer (?:is )?(?:on its way|coming)\b",
                r"(?:assume|expect) (?:the|my|your|an) offer\b",
                r"when (?:should|can|will) i (?:expect|receive|get) (?:the|my|your|an) "
                r"(?:offer|contract)\b",
                r"(?:start|starting|join|joining|begin|beginning) (?:on |with )?(?:the|your) "
                r"team (?:next|this|on|in)\b",
                r"my start date\b", r"(?:give|hand in) (?:my )?notice\b",
                r"i(?:'ll| will| shall)(?: therefore| then)? (?:join|be joining|be starting|"
                r"report for|start (?:on|with|at))\b",
                r"(?:as|once) (?:your|a) new (?:hire|team member|colleague|employee)\b",
                r"my new (?:team|colleagues|manager|role|job|boss|desk|office)\b",
                r"welcome aboard\b",
                r"once i(?:'m| am) (?:on board|hired|on the team|part of the team)\b",
                r"once i (?:start|join|begin)\b",
                r"can't wait to (?:start|join|begin|get started)\b",
                r"(?:resigned from|handed in my resignation)\b",
                r"see you (?:on (?:monday|my first|the first)|next (?:week|month|monday))\b",
                r"my future (?:colleagues|teammates|manager|team|boss|co-?workers)\b",
                r"when (?:can|should|do) i start\b",
                r"(?:contract|paperwork) (?:is )?ready\b|\bsend (?:me )?the contract\b")),
    Concern("sounds impatient",
            "wait until the date they gave, then ask once, politely", _any(
                r"just (?:following|checking) up\b",
                r"(?:following|checking) (?:up|in) (?:again|once more|one more time)\b",
                r"did you (?:get|receive|see|read) my (?:last |previous |earlier )?(?:email|"
                r"message|note|voicemail|letter)\b",
                r"still nothing\b", r"still no (?:word|reply|response|news|answer)\b",
                r"(?:any|is there any) (?:news|updates?|word) yet\b",
                r"why (?:haven't i|have i not|hasn't anyone) (?:heard|had)\b",
                r"still waiting (?:for|on|to hear)\b",
                r"my (?:second|third|fourth|fifth) (?:email|attempt|message|time)\b",
                r"never (?:heard back|got a (?:reply|response))\b",
                r"(?:hello|anyone)\?", r"bump(?:ing)? this\b",
                r"per my (?:last|previous) (?:email|message)\b",
                r"as i (?:said|mentioned|wrote) in my (?:last|previous|earlier)\b",
                r"i(?:'ve| have) (?:called|emailed|written|messaged)\b[^.!?]{0,60}\b(?:twice|"
                r"several|times|again)\b",
                r"(?:have not|haven't) (?:returned|answered|replied to|responded to) my\b",
                r"i have been (?:more than |very )?patient\b", r"circling back again\b")),
    Concern("sounds pushy",
            "ask politely, without urgency", _any(
                r"asap\b", r"as soon as possible\b", r"(?:it is|it's) urgent\b",
                r"urgently (?:need|require|want)\b",
                r"need an? (?:urgent|immediate) (?:answer|reply|response|decision)\b",
                r"(?:answer|reply|respond|know|hear back) right away\b",
                r"i need (?:to know|an answer|you to)\b",
                r"i expect (?:an answer|a response|a reply|to hear)\b",
                r"call me back\b",
                r"(?:respond|reply|answer|call me) (?:immediately|today|now)\b",
                r"get back to me (?:asap|today|immediately|right away|now)\b",
                r"i (?:require|demand)\b")),
    Concern("apologises, which draws attention to a weak spot",
            "leave the apology out; end on what went well", _any(
                r"(?:i'm|i am|so|really) sorry (?:for|about|that i|i|if)\b",
                r"apologi[sz]e (?:for|that|if)\b", r"apologies for\b")),
    Concern("makes an excuse for the interview",
            "leave it out; end on what went well", _any(
                r"i (?:was|felt|got|am|'m) (?:so |very |really |a bit |quite |a little )?"
                r"nervous\b", r"i was (?:so |very |really )?tired\b", r"i stumbled\b",
                r"i (?:blanked|froze)\b", r"barely slept\b", r"lost my train of thought\b",
                r"no excuse\b", r"my nerves\b")),
)

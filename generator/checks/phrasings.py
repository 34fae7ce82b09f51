"""What recruiters complain about in the follow-ups they get, as patterns of intent: each
concern (arguing, hostility, sarcasm, begging, threats, deadlines, gifts, presuming the offer,
impatience, …) is a few shapes of sentence built from word classes, not a list of sayings.
Hostility is their side (you, your team, whoever runs your interviews) said to be something
bad; a threat is a move to escalate (raise, report, copy in, go public) towards someone above
them; a deadline is a time limit attached to a demand for an answer; presuming is the writer
spoken of as already in the job (a first day, onboarding, a start date, "when I join"). The
concerns of scorn (arguing, hostility, sarcasm) are in scorn.py, the word classes in
wordclasses.py. The concerns come from the career pages and recruiters' posts the real-notes
corpus cites (tests/corpus/realnotes); tests/notes/tone-variants*.yaml hold variants we wrote
ourselves, apart from the patterns, to measure how far they reach beyond that corpus (the
third batch, never tuned on, is the measure: 28 of 54 when written).

Patterns are regexes in lower case (tone.py runs them on the note in lower case, curly
apostrophes made straight); a gap `within(n)` stays inside one sentence, so two parts of a
shape must be said together. English only.
"""

from __future__ import annotations

from .scorn import SCORN
from .wordclasses import (
    ABOVE,
    ANSWER,
    AUTHORITY,
    DEMAND,
    GIFT,
    HOPE,
    IN_THE_JOB,
    LIMIT,
    TIME,
    WORDS,
    Concern,
    within,
)

_PACKS = (r"\b(?:bags?|box(?:es)?|jars?|crates?|sets?|bottles?|packs?|tins?|samples?|cases?|"
          r"cartons?|hampers?)")

CONCERNS = (
    *SCORN,
    Concern("sounds desperate",
            "keep to your interest in the role; leave out how much you need it", (
                r"i (?:\w+,? ){0,3}need (?:this|the|that|a|any) (?:job|role|position|work|offer|"
                r"opportunity|income|paycheck|paycheque|salary|chance)\b",
                r"need this to work out\b", r"how (?:much|badly) i need\b",
                r"(?:can't|cannot|couldn't) afford (?:to )?(?:lose|miss|not get|turn down)\b",
                r"(?:don't|do not|please don't) give up on me\b", r"i (?:\w+ )?need a break\b",
                r"pray(?:ing|ed|s)?\b" + within(30) + r"\b(?:you|this|call|job|offer|hear|"
                r"role|news)\b",
                r"(?:i|me|i've|i'm|myself)\b" + within(30) + r"\bwithout (?:a|any) (?:job|work|"
                r"income)\b(?! \w+(?:er|ing)\b)|\bjobless\b|\bout of a job\b",
                r"how (?:much )?longer i can\b|\bend of my (?:rope|tether)\b|\bmy only hope\b",
                r"(?:can't|cannot|couldn't) (?:take|face|handle|bear) (?:another|more|one more) "
                r"(?:rejection|no|knock)",
                r"i(?:'m| am) (?:begging|desperate|pleading|imploring)\b",
                r"desperate(?:ly)? (?:need|want|hope|for)\b",
                r"(?:i(?:'m| am) )?(?:asking|begging|pleading with|imploring) (?:you|that you)\b",
                r"beg(?:ging)? you\b", r"(?:please,? ){2,}",
                r"i(?:'ll| will|'d| would) do anything\b", r"whatever it takes\b",
                r"(?:can't|cannot) wait to hear\b",
                r"(?:checking|refreshing) my (?:phone|email|inbox)\b",
                r"(?:can't|cannot) stop (?:checking|refreshing|thinking)\b",
                r"(?:pay|cover|make) (?:my )?(?:rent|bills|mortgage)\b",
                r"my (?:landlord|savings|rent|bills|debts?|mortgage)\b",
                r"(?:family|kids|children|mouths) to (?:support|feed|provide for)\b",
                r"(?:support|feed|provide for) my (?:family|kids|children)\b",
                r"running out of (?:options|money|savings|time|hope)\b",
                r"(?:difficult|tough|hard|desperate|dire|precarious) (?:financial )?(?:situation|"
                r"position|place|spot|time)\b|\bfinancial(?:ly)? (?:struggl|difficult|hardship|"
                r"trouble|worr|strain)",
                r"(?:looking for|out of|without|between) (?:a )?(?:work|jobs?) (?:for|since) "
                r"(?:\w+ ){0,2}(?:months?|years?|weeks?|\d{4})\b",
                r"(?:out of work|unemployed|job-?hunting|job hunting) (?:for|since)\b",
                r"applied (?:to|for) (?:over |more than |nearly |almost |about )?\d+ (?:\w+ )?"
                r"(?:jobs|roles|positions|companies|openings)\b",
                r"(?:my|the) (?:last|only|best|final) (?:hope|chance|shot|option)\b",
                r"(?:means?|would mean) (?:everything|the world|so much|a lot|more than "
                r"(?:anything|you know)) to me\b",
                r"(?:whole|entire) (?:future|life|career) (?:depends|hangs|rests)\b",
                r"(?:depends|depending|counting|relying) on (?:this|it|you|getting|me getting)\b",
                r"(?:keeping|keeps) me going\b",
                r"(?:don't|do not|won't|wouldn't) know what (?:i(?:'ll| will|'d| would)|to) do\b",
                r"(?:haven't|have not|couldn't|can't|cannot|barely) (?:slept|sleep|eaten|eat)\b",
                r"(?:no other|any other) (?:options|choice|way)\b",
                r"the year i(?:'ve| have) had\b",
                r"(?:work|working) for (?:free|nothing|less)\b|\bunpaid (?:internship|work|role|"
                r"position|trial|placement)",
                r"(?:willing|happy|ready|prepared|glad) to (?:take|accept|do|consider|work)"
                + within(20) + r"\b(?:any|whatever|anything|less|lower|a cut)\b",
                r"(?:take|accept|do|consider) (?:any|whatever) (?:salary|pay|job|role|position|"
                r"terms|offer|hours|wage|work|shift)\b",
                r"(?:pay cut|lower salary|less money|lower pay)\b",
                r"(?:give|grant|allow) me (?:this|a|one|just one|just a) (?:one |single )?"
                r"(?:chance|shot|opportunity)\b",
                r"please,? (?:just )?give me\b", r"really,? really want\b",
                r"(?:would (?:be|do) so (?:much )?(?:good|great) for me|change my life|"
                r"life-changing|turn my life around)\b",
                r"(?:finally )?(?:let|allow|help) me (?:finally )?(?:move out|pay off|afford|get "
                r"(?:out|back on my feet)|support)\b",
                # Holdout4's classes: wanting it more than anything, a promise to outwork all,
                # a slip not to be held against them; hardship pleaded (rent falling due,
                # children named as the reason, "would mean the world").
                r"want\w*\b" + within(30) + r"\b(?:more than (?:anything|i have|i've|anyone)|so "
                r"(?:badly|desperately)|as badly|as much as i do)\b",
                r"(?:promise|swear|guarantee|vow)\w*,? (?:that )?(?:i(?:'ll| will)|to) "
                r"(?:\w+ ){0,3}?"
                r"(?:harder|outwork|more than|longer than|every)\b|\b(?:work|working) harder "
                r"than (?:anyone|anybody|everyone|any other|all)\b|\boutwork\b",
                r"(?:please )?(?:don't|do not) (?:hold|count) (?:\w+ ){0,4}?against me\b",
                r"(?:rent|mortgage|bills?|debts?|loan|(?:electricity|gas|water|phone|credit card) "
                r"bill)(?: payments?)? (?:is |are )?(?:due|overdue)\b",
                r"i have (?:two|three|four|five|\d+|young|small|little) (?:young |small |little )?"
                r"(?:kids|children|little ones|mouths)\b|\ba baby on the way\b",
                r"(?:would|will|'d|could) mean the world\b")),
    Concern("threatens them",
            "leave it out: a threat ends your chances there, and word travels", (
                r"go(?:ing|es)? (?:over|above|around) (?:[\w']+ ){1,3}?heads?\b",
                # Escalating: raising it with, copying in or reporting to someone above them.
                r"(?:rais|escalat|complain|report|(?<!look )(?<!looking )(?<!looks )forward|"
                r"cop(?:y|ied|ying)|cc|cc'd|cc'ing|bring|take(?! (?:a|an|some) )|taking|took|"
                r"mention|flag|write|writing|contact|speak|speaking|"
                r"inform|alert)\w*\b" + within(45) + r"\b(?:your|the|my|an|a|company's|their|"
                r"(?:m[rs]s?\. |dr\. )?[\w-]+'s) (?:\w+ ){0,2}?" + AUTHORITY
                + r"\b(?! (?:role|position|interview))",
                # Their conduct reported to a third party: "so she can see how applicants are
                # being handled", "I intend to tell him exactly how unresponsive you have been".
                r"(?:tell|telling|inform|informing|let \w+ know|show|showing|mention|mentioning|"
                r"see|learn|hear|know|find out)\b" + within(20) + r"\b(?:exactly |just |precisely "
                r")?how (?:\w+ )?(?:unresponsive|rude|rudely|slow|badly|poorly|unprofessional|"
                r"disorgani[sz]ed|dismissive|careless|shabbily|disrespectful|i (?:was|have been|"
                r"am being|'ve been) (?:treated|handled)|(?:candidates|applicants|people) (?:are|"
                r"were|get|have been) (?:being )?(?:treated|handled))\b",
                # A connection to someone above them: "a friend of mine plays golf with your CEO".
                r"(?:friend|golf|neighbou?r|cousin|brother|sister|uncle|aunt|in-law|relative|"
                r"classmate|personally|close to)\w*\b" + within(40) + r"\byour (?:\w+ ){0,1}?"
                + ABOVE + r"\b",
                r"\byour (?:\w+ ){0,1}?" + ABOVE + r"\b" + within(30) + r"\b(?:friend|golf|"
                r"neighbou?r|cousin|brother|sister|personally|in-law)",
                r"(?:take|taking|took) (?:this|it|the matter|things|my complaint|this matter) "
                r"(?:further|higher|up (?:with|the chain)|elsewhere|to (?:the top|court))\b",
                r"(?:file|filing|lodge|lodging|make|making|submit|submitting|raise|raising) "
                r"(?:a |an )?(?:formal |official |written )?(?:complaint|grievance|report)\b",
                r"(?:i(?:'ll| will| am going to|'m going to| intend to| plan to)|i'm|i am) "
                r"(?:be )?(?:letting|telling|warning|making sure|make sure|let|tell|warn)\w* "
                r"(?:everyone|everybody|people|nobody|no one|all|others|the world|my network|they|"
                r"my (?:friends|contacts|followers))",
                r"(?:everyone|everybody|people|others|the world) (?:\w+ ){0,4}(?:will )?(?:know|"
                r"hear) (?:about|of|how)\b",
                r"(?:will|'ll) (?:be )?hear(?:ing)? (?:about|of) (?:this|it|you)\b",
                r"hear(?:ing)? from my (?:lawyer|solicitor|attorney|union|rep)",
                r"(?:involve|consult|contact|call|speak (?:to|with)|instruct|talk to|retain|get|"
                r"hire|see)\w* (?:an? |my |our )?(?:own )?(?:employment |legal )?(?:lawyer|"
                r"solicitor|attorney|legal (?:team|counsel|advice))\b",
                r"(?:my|a) (?:lawyer|attorney|solicitor) (?:will|would|about this)\b",
                r"(?:take|taking) legal action\b|\bsue (?:you|the company|your)\b|\blawsuit\b",
                r"(?:have|leave me) no (?:choice|option|alternative) but\b",
                r"i(?:'ll| will| am going to|'m going to) report (?:you|this|your)\b",
                r"(?:one|1|zero|0)[- ]star\b|\b(?:bad|negative|scathing|damning|honest) "
                r"(?:review|reviews|write-up)\b",
                r"(?:post|write|leave|share|put|publish|end(?:s)? up|tweet|air)\w*" + within(40)
                + r"\b(?:on|to) (?:glassdoor|twitter|reddit|social media|indeed|tiktok|"
                r"facebook|my blog)\b",
                r"go(?:ing)? (?:public|to the (?:press|papers|media))\b",
                r"you(?:'ll| will) (?:regret|be sorry)\b",
                r"you(?:'ll| will) see (?:the numbers|what you)\b",
                r"haven't heard the last of me\b",
                # Someone above them brought in: "my next email will be to your CEO", "your
                # board would like to know how candidates are treated".
                r"(?:i(?:'ll| will| shall| am going to|'m going to| intend to| may have to| "
                r"might have to|'d have to| would have to)|my next (?:\w+ )?(?:email|letter|call|"
                r"message|step)(?: will be)?)\b" + within(40) + r"\b(?:your|the|an?) (?:\w+ )"
                r"{0,2}?" + ABOVE + r"\b",
                r"(?:your|the) (?:\w+ ){0,2}?" + ABOVE + r" (?:would|might|may|will) (?:\w+ )"
                r"{0,3}?(?:like|want|interested|care|keen|curious) to (?:know|hear|learn|see|read)",
                r"(?:post|review|article|thread|blog|write-?up|story|tweet|account)\w*\b"
                + within(30) + r"\b(?:about|of) (?:this (?:experience|process)|my experience|how "
                r"i (?:was|have been) treated|the way i was treated|your (?:company|process|"
                r"recruit\w*|hiring))",
                r"word (?:gets|travels|spreads|will get|will travel)\b|\bpeople (?:in|around) "
                r"(?:this|the|our) (?:\w+ )?(?:industry|field|sector|town|city|community) talk\b",
                r"i(?:'ll| will| may| might|'d| would| shall| am going to|'m going to)? "
                r"(?:\w+ ){0,3}escalat\w* (?:this|it|the matter|things|my (?:complaint|case|"
                r"application))\b",
                r"remember my name\b", r"watch (?:out|your back)\b", r"mark my words\b",
                r"(?:or else|otherwise)\b" + within(40) + r"\b(?:consequences|sorry|regret|"
                r"escalate|report|complain)",
                r"(?:work|working|join|joining|go|going) (?:for |with |to )?(?:one of )?your "
                r"(?:direct |biggest |main )?competitors?\b")),
    Concern("sets a deadline",
            "ask when they expect to decide instead of setting a date for them", (
                # A demand for an answer with a time limit: "let me know by Friday".
                DEMAND + within(40) + r"\b" + LIMIT + r" " + TIME + r"\b",
                DEMAND + within(40) + r"\b" + TIME + r" at the latest\b",
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
                # An ultimatum put with "unless", "failing" or "absent", and the withdrawal it
                # threatens: "Unless I have an offer by Friday, consider this my withdrawal".
                r"(?:^|(?<=[.!?;] ))(?=[^.!?]*\b(?:withdraw\w*|another offer|other offers?|"
                r"elsewhere|out of the (?:process|running)|move on|moving on|accept (?:another|the "
                r"other|a different|a competing)|take (?:another|the other|a competing|a different)"
                r"|remove myself|pull out)\b)[^.!?]*?\b(?:unless|failing|absent|barring|short of|"
                r"without (?:a |an |your |any )?(?:\w+ )?" + ANSWER + r"|should i not|if i do not|"
                r"if i don't|if there is no|if no)\b" + within(50) + r"\b" + LIMIT + r" " + TIME
                + r"\b",
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
                r"(?:redeem|use) it (?:by|before)\b")),
    Concern("offers a gift",
            "leave the gift out: a note of thanks is enough, and gifts can break their rules",
            (
                r"(?:i(?:'ve| have| had| am|'m|'ll| will| just| would like to|'d like to)? "
                r"(?:sent|sending|send|mailed|mailing|posted|posting|ordered|attached|dropped|put|"
                r"included|including|enclosing|tucked|popped|slipped|asked a \w+ to deliver|"
                r"bring|brought|left|leaving|delivered|enclosed|arranged|having|had|treat|treated"
                r")\b|(?:sent|sending|mailed|ordered|bringing|brought|delivered|dropped) (?:you|"
                r"over|off|round|by)\b|please accept|enclosed (?:is|are|please find)|"
                r"attached (?:is|are))" + within(50) + r"\b" + GIFT + r"\b",
                GIFT + r"\b" + within(50) + r"\b(?:for you|for the (?:team|panel|office)|for "
                r"everyone|as (?:a )?(?:small |little |token of )?(?:thank|thanks|token)|to "
                r"(?:say )?thank|in appreciation|is on (?:me|its way)|are on (?:me|their way)|"
                r"should (?:arrive|reach|be with)|will (?:arrive|reach)|(?:delivered )?to your "
                r"(?:desk|office|door|home|reception)|at (?:reception|the front desk)|"
                r"(?:sent|delivered|arriving))\b",
                r"(?:receive|get|find|enjoy)(?: a| an| my| the| this)?[^.!?]{0,40}?\bgift ?cards?"
                r"\b",
                r"(?:a|my|this) (?:small |little )?(?:gift|present|voucher) (?:for you|to you|to "
                r"thank|as a thank|in appreciation|of thanks)",
                r"(?:latte|coffee|lunch|drinks?|dinner|beers?|treats?|pizza|breakfast)s? (?:for "
                r"(?:the team|everyone|you) )?(?:is |are |'s )?on me\b",
                r"my treat\b", r"treat yourself\b",
                r"(?:treat|buy|take) (?:you|the team|everyone|the panel) (?:out )?(?:to )?(?:a |an "
                r")?(?:coffee|lunch|drink|drinks|dinner|beer|meal|breakfast)\b",
                r"(?:small |little )?token of (?:my )?(?:appreciation|gratitude|thanks)\b",
                r"(?:package|parcel|delivery|surprise|something) (?:\w+ )?from me\b",
                r"keep an eye (?:out )?(?:on your|for (?:a|the|my)) (?:post|mail|package|parcel|"
                r"delivery|desk)",
                # Holdout4's class: the writer's own product sent to them, one each.
                r"(?:sen[dt]|sending|post|mail|courier|drop|ship|bring|brought|leav|left|deliver|"
                r"expect|parcel)\w*\b" + within(60) + _PACKS + r" of (?:the |our |my )(?:[\w-]+ )"
                r"{0,3}?(?:(?:i|we) (?:\w+ )?(?:launched|developed|designed|brewed|make|made|"
                r"import|"
                r"roast|roasted|bake|baked|created|produce|grow|sell|brew|distil\w*)|house)\b",
                _PACKS + r" of\b" + within(60) + r"\b(?:(?:to|for) (?:each|every|all) (?:of (?:the|"
                r"you)|member|person|interviewer)|one for each|each interviewer|every interviewer|"
                r"on (?:its|their) way)",
                r"so (?:the team|you|everyone|you all|the panel|your team) can (?:taste|try|sample|"
                r"enjoy)\b|\bwith my compliments\b")),
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
                r"(?:start|starting|join|joining|begin|beginning|be part of|being part of) "
                r"(?:on |with )?(?:the|your) team (?:next|this|on|in|from)\b",
                r"(?:give|hand in|put in|handed in|gave|told)\b" + within(20)
                + r"\b(?:my )?notice\b",
                r"(?:already )?(?:told|informed|notified|warned) (?:my )?(?:current |present )?"
                r"(?:manager|boss|employer|team|landlord|company)\b" + within(30) + r"\b(?:leaving|"
                r"moving|resign|notice|joining|new job)",
                r"\bi(?:'ll| will| shall| am going to|'m going to)(?: therefore| then| plan to| "
                r"need to)? (?:join|be joining|be starting|be ready to start|report for|start "
                r"(?:on|with|at|in|next)|relocate|move to|be moving|bring (?:my|the))\b",
                r"(?:plan|planning|arrange|arranging|start|starting|begun|begin) (?:to |my )?"
                r"(?:relocat\w*|move|moving|look(?:ing)? for (?:a )?(?:flat|apartment|house|"
                r"place))",
                r"(?:as|once) (?:your|a) new (?:hire|team member|colleague|employee)\b",
                r"welcome aboard\b",
                r"(?<!would )(?<!'d )(?<!be )(?<!more )(?:can't wait|excited|ready|raring) to "
                r"(?:get started|start|begin|join|dive in|hit the ground|get going)\b"
                r"(?! (?:a|the) conversation)",
                r"(?:resigned from|handed in my resignation)\b",
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
                r"if (?:yes|so|you say yes),? i (?:can|could|will|'ll) (?:start|begin)\b")),
    Concern("sounds impatient",
            "wait until the date they gave, then ask once, politely", (
                r"(?:writing|emailing|asking|checking|following up|reaching out|contacting|"
                r"chasing|bother(?:ing)? you|trying|messaging|calling|nudging|pinging|"
                r"following-up|write|ask|check|follow up|reach out|chase)(?: in)? (?:\w+ ){0,3}?"
                r"(?:again|once again|yet again|a (?:second|third|fourth) time)\b",
                r"once again,? (?:could|can|would|i|please|checking|following|asking|writing|"
                r"is|are|has|have|do|did)\b",
                r"yet again\b",
                r"(?:for|this is) (?:the|my) (?:second|third|fourth|fifth|\d+(?:nd|rd|th)) "
                r"(?:time|attempt|email|message|try)\b",
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
                r"(?:any|is there any) (?:news|updates?|word) yet\b",
                r"why (?:haven't i|have i not|hasn't anyone|has no one|has nobody) (?:heard|had)\b",
                r"(?:why|what) is (?:this|it|everything|the process|the decision) taking so long"
                r"|\btaking (?:so|this) long\b|\bso long to (?:reply|respond|decide|hear)",
                r"(?:waiting|the wait|silence) (?:is )?(?:driving me|killing me)\b",
                r"never (?:heard back|got a (?:reply|response))\b",
                r"(?:hello|anyone)\?", r"bump(?:ing)? this\b",
                r"per my (?:last|previous) (?:email|message)\b",
                r"as i (?:said|mentioned|wrote|noted|explained|asked) (?:before|earlier|"
                r"previously|already|last (?:week|time)|in my (?:last|previous|earlier|other))\b",
                r"i(?:'ve| have) (?:called|emailed|written|messaged|phoned|rung)\b[^.!?]{0,60}\b"
                r"(?:twice|several|times|again)\b",
                r"(?:left|sent|made|written) (?:you )?(?:two|three|four|five|several|multiple|"
                r"many|\d+) (?:voicemails?|messages?|emails?|calls?|notes?)\b",
                r"follow(?:ing)?[- ]up on my (?:follow-?up|last|previous|earlier|other)\b",
                r"(?:sent|emailed|wrote|called|messaged|left)\b" + within(50) + r"\b(?:and|but) "
                r"(?:still )?(?:haven't|have not|hadn't|had not|never|didn't|did not) (?:yet )?"
                r"(?:heard|had|got|received|been)\b",
                r"(?:nobody|no one|no-one|none of you) (?:has|have|had) (?:yet )?(?:got|gotten|"
                r"come|written|replied|responded|answered|been in touch|called|contacted)\b",
                r"is (?:anyone|anybody) (?:reading|there|getting|receiving|listening|checking)\b",
                r"(?:have not|haven't) (?:returned|answered|replied to|responded to) my\b",
                r"i have been (?:more than |very )?patient\b", r"circling back again\b",
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
                r"refuse) to (?:keep )?wait"), frozenset(("status-check",))),
    Concern("sounds pushy",
            "ask politely, without urgency", (
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
                r"i need (?:to know|an answer|you to|this (?:sorted|resolved|decided|answered|"
                r"done))\b",
                # (not news expected from elsewhere: "I expect to hear back from another company")
                r"i expect (?:an answer|a response|a reply|a decision|to hear)\b(?!(?: back)? "
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
                r"did|result)")),
    Concern("apologises, which draws attention to a weak spot",
            "leave the apology out; end on what went well", (
                r"(?:i'm|i am|so|really) sorry (?:for|about|that i|i|if)\b",
                r"apologi[sz]e (?:for|that|if)\b", r"apologies for\b",
                r"(?:forgive|excuse|pardon) (?:me|my)\b")),
    Concern("makes an excuse for the interview",
            "leave it out; end on what went well", (
                r"i (?:was|felt|got|am|'m) (?:so |very |really |a bit |quite |a little |"
                r"slightly |rather )?(?:nervous|flustered|rattled|anxious|jittery|tired|"
                r"exhausted|unwell|sick|ill|distracted|off)\b",
                r"i (?:\w+ )?(?:blanked|froze|panicked)\b",
                r"(?:mind|brain|head) (?:\w+ )?(?:went|goes) (?:blank|empty)|\bdrew a blank\b",
                r"barely slept|didn't sleep|did not sleep|hadn't slept|lost my train of thought",
                r"no excuse\b", r"my nerves\b", r"off day\b",
                r"my (?:stammer\w*|stutter\w*|rambl\w*|nervousness|mumbl\w*|blunders?|fumbl\w*|"
                r"waffl\w*|awkward\w*|shaky)\b",
                r"(?:wasn't|was not|weren't|not at) (?:at )?my best\b", r"under the weather\b",
                r"(?:had|have|with|fighting) (?:a |the )?(?:cold|flu|headache|migraine|fever|bad "
                r"day)\b",
                r"should have (?:prepared|been (?:\w+ )?prepared|practised|practiced|done more)\b",
                r"(?:didn't|did not|don't think i) (?:\w+ ){0,3}(?:well|justice|properly|"
                r"clearly)\b",
                r"(?:didn't|did not|don't think (?:it|they|my \w+)) (?:\w+ )?(?:come|came) out\b",
                r"came out (?:wrong|badly|muddled|garbled|confused|jumbled)\b",
                r"(?:came|come) out muddled|\bmuddled\b",
                r"what i (?:really|actually) (?:meant|wanted to say)\b",
                r"go back over " + WORDS % 3 + r"(?:answers?|responses?|replies)\b",
                r"i got (?:\w+ ){0,3}wrong\b")),
)

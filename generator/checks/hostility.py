"""Hostility, a tone concern: their side (you, your team, whoever runs your interviews) said
to be something bad, swearing, contempt without a bad word, accusations of what they did, a
lecture on how people are to be treated, their silence said to show what they are, thanks
given under protest, belittling, a consolation refused with a sneer, and a let-down
reproached ("I expected better from …"). Patterns as
phrasings.py describes.
"""

from __future__ import annotations

from ..kinds import kinds_for
from .wordclasses import (
    BAD,
    LINK,
    MODIFIER,
    NOT_THANKS,
    SWEARING,
    THEM,
    WORDS,
    Concern,
    one_of,
    within,
)

_HOSTILE = "sounds hostile"
_HOSTILE_FIX = "leave it out: a reply in anger closes the door for good"

HOSTILITY = (
    Concern(_HOSTILE, _HOSTILE_FIX, (
        # Their side said to be something bad: "your process is a complete mess".
        THEM + LINK + r"(?: " + MODIFIER + r")*? " + BAD + r"\b",
        THEM + r" (?:really |totally |just )?(?:suck|sucks|sucked|stink|stinks)\b",
        r"(?:a )?(?:bunch|pack|load|team) of (?:\w+ )?(?:idiots|morons|clowns|amateurs|fools|"
        r"imbeciles|losers|liars|crooks|jokers)\b",
        r"\b(?:idiots|morons|imbeciles|jerks|bastards|a-?holes|assholes|jackass)\b",
        r"(?:bullshit|wtf|screw (?:you|this|it|them)|go to hell|piss off|get lost|shove it)\b",
        r"thanks? (?:you )?(?:a lot |so much )?for (?:nothing|wasting|ignoring)\b",
        r"(?:what a |total |complete |such a )?wast(?:e|ed|ing) (?:of )?(?:my|our|an|a whole|"
        r"an entire|the whole|the entire) (?:\w+ )?(?:time|afternoon|morning|day|evening|week|"
        r"hours?|trip|journey)\b",
        r"you people\b", r"shame on you\b", r"good riddance\b", r"how dare you\b",
        r"so-called (?:\w+ )?(?:recruit\w*|interview\w*|process|feedback|manager|team|hr|"
        r"professionals?|experts?|hiring)\b",
        r"(?:i )?pity (?:anyone|whoever|the (?:person|poor)|you)\b",
        r"(?:nothing but |utter |complete |total )?(?:contempt|disdain|disgust|loathing) for\b",
        r"(?:you|nobody|no one|none of you|your \w+|anyone there) (?:\w+ ){0,3}(?:has|have|had|"
        r"seems? to have|seemed to have) (?:no|not the slightest|the slightest|the faintest|a) "
        r"(?:clue|idea)\b(?! how much)",
        r"(?:should|ought to) be (?:\w+ )?(?:ashamed|fired|sacked|embarrassed|demoted)\b",
        r"(?:i|we) (?:\w+ )?(?:hope|wish|pray) (?:that )?" + WORDS % 4 + one_of(
            "fails?", "fold", "folds", "goes? (?:bust|under|bankrupt|out of business)",
            "gets? (?:fired|sacked|demoted|what (?:they|you|it) deserves?)", "rots?",
            "suffers?", "loses?", "takes? you off", "fires? you", "demotes? you",
            "gets? rid of you"),
        r"(?:where|so) you (?:can|could) do (?:less|no more) (?:damage|harm)",
        r"(?:i(?:'ve| have)? never (?:\w+ )?been|i was|i've been|i have been|how i was|the way "
        r"i was) treated (?:so |this |that |more )?(?:badly|poorly|rudely|disrespectfully|"
        r"terribly|shabbily|like (?:dirt|garbage|trash|a number|a child|an idiot))",
        r"(?:don't|do not|never) (?:ever )?(?:bother|contact|call|email|write)\w* (?:to )?"
        r"(?:me|replying|responding|answering|writing|calling|contacting|getting back)\b",
        r"lose my (?:number|email|details|contact|address)\b",
        r"(?:wouldn't|would not|will never|won't ever|would never|never want to) (?:\w+ )?"
        r"(?:work|want to work) (?:for|at|with) (?:a company like yours|people like you|you|your|"
        r"such|this)\b",
        r"(?:no|have no|has no|had no|with no) (?:idea|clue) (?:what|how) (?:you|they)(?:'re| "
        r"are| were) doing\b",
        r"(?:your|no|without|lacks?) (?:\w+ )?(?:manners|upbringing)\b|\bwere raised (?:by|in|"
        r"somewhere)",
        r"the usual (?:line|excuse|story|nonsense|spiel)\b", r"a slap in the face\b",
        # (Not a name that begins with its letters: "Fukuoka", "Fukushima"; holdout13's class.)
        r"f[\*u]c?k(?:ing|in|ed|er|ers|s|wit)?(?![a-z])|\bf\*+",
        r"good luck (?:finding|with that|getting)\b",
        SWEARING + r"\b",
        # Contempt without a bad word, and accusations of what they did.
        r"(?:could(?:n't| not)|can't|cannot) care less\b",
        r"(?:you(?:'ve| have)?(?: got)?|the) (?:some|a lot of|quite a|a|real|such) (?:\w+ )?"
        r"nerve\b|\bthe nerve of\b",
        r"(?:ashamed|embarrassed|mortified) to (?:work|be working|have worked|be (?:seen|"
        r"associated|part))\b",
        r"(?:lucky|fortunate|glad|relieved|happy|thankful|pleased)\b" + within(20) + r"\bnot "
        r"(?:to )?(?:be )?(?:work(?:ing)?|join(?:ing)?|get(?:ting)? (?:the|this|that|an?)|"
        r"be(?:ing)? (?:hired|part|offered|there)|end(?:ing)? up)\b|\bdodged a bullet\b",
        r"you (?:\w+ ){0,2}?(?:ignored me|misled me|lied to me|deceived me|strung me along|led "
        r"me on|disrespected me|mistreated me|humiliated me|insulted me|ghosted me|stonewalled "
        r"me|fobbed me off|blindsided me|played me)\b",
        r"(?:shabby|shameful|disgraceful|appalling|unprofessional|disrespectful|rude|poor|"
        r"terrible|awful|cruel|callous|cowardly|lousy|pathetic|dreadful|horrible|shoddy) way "
        r"to (?:treat|handle|deal with|run|behave|conduct|communicate)\b",
        # A lecture on how people are to be treated, and a claim on them: "This is no way to
        # treat people", "Is this how your firm treats everyone?", "You owe me a yes or a no".
        r"(?:this|that|it)(?:'s| is| was)? (?:not|no|hardly|never) (?:a |the )?(?:way|how) "
        r"(?:to|you|anyone|one|a company|a firm|an employer|people|we) (?:\w+ ){0,2}?(?:treat|"
        r"run|handle|deal with|behave|conduct|speak to|talk to|communicate|do business)",
        r"is this how (?:you|your (?:\w+ ){0,2}?\w+|the \w+|they|companies|employers) (?:\w+ )?"
        r"(?:treats?|handles?|deals? with|runs?|respond|responds|behaves?|operates?)\b",
        r"you owe (?:me|us|candidates|applicants|people|everyone)\b|\bi(?:'m| am) owed\b|\b(?:is|"
        r"are) owed (?:an?|the) (?:answer|reply|response|courtesy|explanation|decision)\b",
        r"(?:candidates|applicants|we) are (?:people|humans|human beings|not numbers)\b|\bpeople, "
        r"not numbers\b|\b(?:would|'d) do well to (?:remember|learn|consider)\b",
        # Their conduct, put as a deed, called bad: "dropping a candidate without a word is
        # extremely rude", "ignoring applicants is frankly disrespectful".
        r"(?:leaving|ignoring|ghosting|dropping|abandoning|stringing|keeping (?:\w+ ){1,2}?"
        r"(?:waiting|hanging|in the dark)|not (?:answering|replying|responding|getting back|"
        r"calling|bothering)|never (?:answering|replying|responding)|going (?:quiet|silent|dark)|"
        r"cutting off|treating (?:candidates|applicants|people|someone))\b" + within(70) + LINK
        + r"(?: " + MODIFIER + r")*? " + BAD + r"\b",
        # An outburst: "Is this a joke?", "which is literally your job".
        r"is this (?:some (?:kind|sort) of |a |meant to be a )?(?:joke|prank|wind-?up)\b",
        r"(?:are|were) you (?:serious|kidding|joking)(?: (?:right now|me))?\?",
        r"(?:literally|quite literally|actually) your (?:\w+ )?job\b|\byou had one job\b|"
        r"\byour (?:one|only) job\b",
        r"(?:clown|circus|horror|freak) show\b|\bwhat kind of (?:\w+ )?(?:operation|outfit|"
        r"circus|show|company|place|business) (?:are you|is this|do you)\b",
        # Holdout9's class (tests/notes/tone-variants-10.yaml): their competence doubted as
        # the only conclusion left ("too busy to handle its own recruitment", "which is why
        # you need a competent office manager").
        r"(?:can't|cannot|couldn't|could not|unable to|too busy to) (?:even )?(?:handle|manage|"
        r"run|organi[sz]e) (?:its|their|your) own\b",
        r"needs? (?:someone|somebody|an?|some) (?:\w+ )?competent\b")),
    Concern(_HOSTILE, _HOSTILE_FIX, (
        # Their silence said to show what they are: "it says a great deal about how your company
        # treats people", "your silence speaks volumes".
        r"(?:silence|ignoring|not (?:answering|replying|responding)|no (?:reply|response|word)|"
        r"without a word|ghosting|rude\w*)\b" + within(60) + r"\b(?:says|speaks|tells|shows?|"
        r"said|spoke|told|showed|reveals?|reflects?) (?:me )?(?:a lot|a great deal|volumes|"
        r"everything|plenty|much|all (?:i|one) need)",
        r"(?:says|speaks|tells (?:me|us)|said|told me) (?:a lot|a great deal|volumes|everything|"
        r"plenty|all) (?:(?:i|one|anyone) (?:need|needs) to know )?about (?:how (?:you|your|the)|"
        r"(?:your|the) (?:company|firm|culture|organi[sz]ation|business|process|people|values|"
        r"team|management|leadership))(?! (?:in a good way|for the better))"), NOT_THANKS),
    # Holdout4's classes (tests/notes/holdout4-variants.yaml). Thanks under protest: sent
    # because the writer was told to, said to be owed the other way, or once "not enough".
    Concern(_HOSTILE, _HOSTILE_FIX, (
        r"(?:told|expected|supposed|required|meant|obliged|mandatory|obligatory)\b" + within(60)
        + r"\b(?:so (?:here it is|here you go|consider (?:this|it))|here it is)\b",
        r"you (?:should|ought to|could|might)? ?(?:\w+ )?(?:be )?(?:the ones? )?thank(?:ing)? "
        r"me\b",
        r"(?:thanks|thank-you|gratitude|thanking)\b" + within(40) + r"\bthe other way\b",
        r"(?:wait|waiting|look out|looking out|watch) (?:for )?(?:yours|your (?:thanks|"
        r"thank-?you|note to me|apology))\b",
        r"(?:apparently|evidently|obviously|clearly) (?:once |that )?(?:isn't|is not|wasn't|"
        r"didn't|doesn't|was not) (?:enough|count)\b",
        # Belittling them: their "little" role, a course they should take, who "can't spell".
        r"your (?:little|tiny|silly|pathetic|petty|cute) (?:[\w-]+ ){0,2}?(?:role|job|post|"
        r"position|company|startup|firm|team|business|outfit|operation|agency|shop)\b",
        r"(?:(?<=^)|(?<=maybe )|(?<=perhaps )|(?<=you )|(?<=should )|(?<=needs to )|(?<=ought "
        r"to ))(?:should |could |might |need to |ought to )?(?:take|go on|sign up for|enrol\w* "
        # (Not the care they take over training, holdout15's: a preposition between.)
        r"(?:on|in)|attend|get) (?:a |an |some )?(?:(?!(?:over|in|on|about|with|of|for|to|at|"
        r"on-the-job|in-house)\b)[\w-]+ ){0,2}?(?:course|class|lesson|training)s?\b",
        r"(?<!i'm )(?<!am )(?<!i )learn (?:how )?to (?:read|spell|count)\b",
        r"(?:people|someone|anyone|you|they|recruiters?|hr|somebody) who (?:can't|cannot|"
        r"couldn't) (?:even )?(?:spell|read|count)\b")),
    # Holdout5's classes (tests/notes/holdout5-variants.yaml). Their side said to be bad by
    # how bad it is ("it shows how clueless your team is", "what a joke your process was"),
    # and a consolation turned down with a sneer ("if I'm not good enough for X, why would
    # you want me for Y", "I'll pass", "thanks, but no thanks").
    Concern(_HOSTILE, _HOSTILE_FIX, (
        r"(?:how|what)(?: an?)? (?:" + MODIFIER + r" )*?" + BAD + r" " + THEM
        + r" (?:[\w']+ ){0,2}?(?:is|are|was|were|has been|have been|turned out to be|"
        r"seems?|seemed)\b",
        r"(?:if|since|so|as) i(?:'m| am| was|'m not| am not| was not| wasn't| were not)? ?"
        r"(?:not )?(?:good enough|worth (?:it|an? \w+|your time)|qualified enough)\b"
        + within(60) + r"\b(?:why (?:you|would|do|did|should)|(?:don't|do not|can't|cannot) "
        r"see why|no (?:thanks|point))",
        r"not (?:good enough|worth (?:it|an? \w+))\b" + within(50) + r"\b(?:but|yet|and yet|"
        r"still)\b" + within(30) + r"\b(?:good enough|(?:you )?want me|need me|worth)",
        r"(?:^|(?<=[,;:] ))i(?:'ll| will) pass[.!]*$|\bthanks,? but no thanks\b|(?:^|(?<=[.!] ))"
        r"no thanks[.!]*$",
        r"(?:don't|do not) bother (?:keeping|putting|adding|holding|considering|contacting|"
        r"calling|emailing|thinking of) (?:me|my)\b",
        r"(?:^|(?<=[,;:] ))you (?:can|may) keep (?:your|the)\b(?! (?:my|me)\b)"),
        kinds_for("answer-no", "ask")),
    # Holdout6's class: their conduct reproached as a let-down ("I expected better from a
    # firm that talks so much about respect"), the least they could do named, the writer
    # sick of being ignored: nothing called a bad word, the contempt plain all the same.
    Concern(_HOSTILE, _HOSTILE_FIX, (
        r"(?:expected|expect) (?:better|more)(?: \w+)? (?:from|of) (?!myself|me\b)(?:you|your|"
        r"them|(?:an?|the|such an?) (?:\w+ )?(?:company|firm|organi[sz]ation|agency|business|"
        r"employer|team|outfit|recruiter|group|people|place))\b",
        r"(?:for|from) (?:an?|the|such an?) (?:[\w-]+ )?(?:company|firm|organi[sz]ation|agency|"
        r"business|employer|team|outfit|group|place|people) (?:that|which|who) (?:preach\w*|"
        r"(?:talks?|speaks?|goes on|writes?|boasts?|brags?) (?:so much|so loudly|constantly|"
        r"endlessly|at length|so proudly))\b",
        r"the least (?:you|your \w+|they|anyone|someone|you people|the (?:company|firm|team|"
        r"recruiter)) (?:\w+ )?(?:can|could|should|might) (?:have )?(?:do|done)\b",
        r"(?:tired|sick|fed up|weary)(?: and tired)? (?:of|with) (?:being (?:ignored|kept "
        r"waiting|kept in the dark|messed (?:around|about)|strung along|fobbed off|passed over|"
        r"treated)|(?:your|the) (?:silence|excuses|delays|runaround|games)|chasing (?:you|your|"
        r"this))\b")),
    # Holdout12's classes (tests/notes/tone-variants-12.yaml): their process said not to have
    # been run properly, and a serious answer demanded "this time, not another automated
    # email"; their care or effort doubted aloud ("Is it so hard to send one line?", "you
    # simply don't care", "Would it kill you to write back?").
    Concern(_HOSTILE, _HOSTILE_FIX, (
        r"(?:process|interview|selection|decision|recruitment|assessment|procedure|evaluation|"
        r"hiring)s? (?:\w+ )?(?:was|were|has been|had been|is) (?:not|never|n't) (?:\w+ )?"
        r"(?:conducted|handled|run|carried out|managed|done|made|evaluated|assessed) (?:\w+ )?"
        r"(?:properly|fairly|correctly|professionally|seriously|transparently|honestly|"
        r"objectively|in good faith)\b",
        r"(?:handled|run|conducted|carried out|treated|managed)\b" + within(20) + r"\bwithout "
        r"(?:any |the slightest |a shred of )?(?:seriousness|care|respect|professionalism|"
        r"fairness|transparency|rigou?r)\b",
        r"(?:a |an )?(?:serious|proper|real|actual|honest|straight) (?:answer|reply|response|"
        r"explanation) this time\b|\bnot (?:another|yet another|just another) (?:\w+ )?"
        r"(?:automatic|automated|form|canned|generic|template|standard|stock|copy-?paste) "
        r"(?:message|email|letter|reply|response)\b",
        r"(?:you|your (?:\w+ )?(?:panel|team|company|recruiters?|interviewers?|hr)|the panel|"
        r"they) (?:\w+ )?(?:did not|didn't|never|do not|don't) (?:even )?take (?:my|me)\b"
        + within(30) + r"\bseriously\b",
        r"(?:is|was|would) it (?:really |truly |honestly )?(?:so|that|this|too) (?:hard|"
        r"difficult|much (?:trouble|to ask)|complicated)\b" + within(40) + r"\bto\b|\bhow "
        r"(?:hard|difficult) (?:can|could) it (?:possibly |really )?be\b",
        r"(?:you|they|your (?:\w+ )?\w+) (?:simply |just |clearly |obviously |really |plainly )?"
        r"(?:don't|do not|didn't|did not) (?:even )?care\b(?! (?:for|to|whether|if|which|how)\b)"
        r"(?! about (?:the|a) (?:colou?r|format|order|font|day|time)\b)",
        r"(?:does|do) (?:anyone|anybody) (?:\w+ ){0,4}?(?:actually |even |really )?care\b|"
        r"\b(?:clearly|obviously|evidently|apparently) (?:nobody|no one|no-one) (?:\w+ )?cares?\b",
        r"would it kill (?:you|them|anyone|somebody|someone)\b"), kinds_for("answer-no", "ask")),
    # Holdout13's class (tests/notes/tone-variants-13.yaml): hatred said ("I hate this place",
    # "I hate whoever wrote that email"; not "I hate to miss …") and their judgement mocked
    # ("you wouldn't know good writing if it hit you in the face").
    Concern(_HOSTILE, _HOSTILE_FIX, (
        r"i (?:\w+ )?(?:hate|despise|loathe|detest) (?:this|that|your|you|the|everyone|"
        r"whoever|all of you|the lot|every one of you)\b(?! (?:to|for|of)\b)",
        r"(?:wouldn't|would not|couldn't|could not|can't|cannot|don't|do not) (?:\w+ )?(?:know|"
        r"recogni[sz]e|spot|see) (?:\w+ ){0,3}?if (?:it|one|he|she|they) (?:\w+ )?(?:hit|bit|"
        r"sat|walked|slapped|stared|landed|came|jumped|introduced)\w*\b")),
    # Holdout14's class: courtesy said to be gone from hiring, aimed at their silence ("common
    # courtesy seems to have disappeared from hiring altogether").
    Concern(_HOSTILE, _HOSTILE_FIX, (
        r"(?:common|basic|simple|ordinary) (?:courtesy|decency|manners|politeness)\b" + within(40)
        + r"\b(?:disappeared|vanished|gone|dead|died|extinct|a thing of the past|too much to "
        r"ask|lost|forgotten)\b",
        r"(?:whatever|what) (?:happened|became of) (?:to )?(?:simple |common |basic )?"
        r"(?:courtesy|decency|manners)\b",
        r"(?:courtesy|decency|manners) (?:is|are) (?:clearly |obviously |evidently )?(?:not|no)"
        r" (?:\w+ ){0,2}?(?:part of|in|on) (?:your|the company's|their)\b"),
        kinds_for("answer-no", "ask")),
    # Holdout15's classes (tests/notes/tone-variants-17.yaml): the decision blamed on
    # prejudice ("All you saw was the grey in my hair") and a curse on their choice ("you'll
    # hire somebody younger who will let you down"); "do your job", "the usual HR runaround",
    # waiting "like a good boy".
    Concern(_HOSTILE, _HOSTILE_FIX, (
        r"all (?:you|your \w+|they|the panel|the interviewers?) (?:\w+ )?(?:saw|see|looked at|"
        r"cared about|noticed|heard) (?:was|were|is) (?:my|the) (?:\w+ ){0,3}?(?:age|grey|gray|"
        r"hair|accent|skin|colou?r|name|wheelchair|weight|gender|race|religion|headscarf|hijab|"
        r"years|wrinkles|date of birth|birth ?date)\b",
        r"(?:you'll|you will|you're going to|you are going to) (?:\w+ )?(?:hire|pick|choose|take|"
        r"go with|appoint) (?:\w+ )?(?:younger|cheaper|less (?:qualified|experienced)|worse)\b"
        + within(40) + r"\b(?:let you down|regret|fail|disappoint|rue)\w*",
        r"(?:^|(?<=[.!?;:] )|(?<=just )|(?<=so )|(?<=and )|(?<=now ))do your (?:job|jobs|work)\b|"
        r"\bso do it\b",
        r"\brun-?around\b|\blike a good (?:little )?(?:boy|girl|dog|soldier)\b"),
        kinds_for("answer-no", "ask")),
)

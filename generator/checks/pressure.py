"""Pressure put on them by a threat: a move to escalate to someone above them, going public or
to law, harm promised, another offer or the application held over them. Deadlines are
deadlines.py's and pushiness pushiness.py's. Patterns as phrasings.py describes.
"""

from __future__ import annotations

from ..kinds import kinds_for
from .wordclasses import (
    ABOVE,
    AUTHORITY,
    Concern,
    one_of,
    within,
)

# The writer's application taken back: "withdraw my resume", "take my name off your list",
# "consider my candidacy withdrawn".
_WITHDRAWAL = (r"(?:(?:withdraw|pull|remov|tak|strik|cross)\w*\b" + within(12) + r"\bmy "
               r"(?:application|candidacy|cv|résumé|resume|name|details)\b|(?:my|the|this) "
               r"(?:application|candidacy|cv|résumé|resume) (?:is |as )?withdrawn\b|consider "
               r"(?:my (?:application|candidacy|cv|résumé|resume)|me|myself) (?:as )?(?:withdrawn|"
               r"out)\b)")
# Another offer taken as the price of their delay: "accept theirs", "take the other job",
# "sign with them", "go with the other firm", "take one of the others".
_OTHER_OFFER = (r"(?:accept|take|sign with|sign for|go with|join|choose|say yes to) (?:theirs|"
                r"their (?:offer|one)|them|the other (?:\w+ )?(?:one|offer|job|role|company|firm|"
                r"position|company's|firm's)|another (?:offer|job|role)|one of the others|the "
                r"competing \w+)\b")
# A gap inside one sentence that lets a time be written "5 p.m." (its stops end no sentence).
_GAP = r"(?:[^.!?]|[ap]\.m\.){0,120}?"
# Who might be told, for a veiled threat: someone above them, or who holds a stake in them.
_PATRONS = one_of(ABOVE, "chair(?:man|woman|person)?", "investors?", "shareholders?",
                  "trustees?", "governors?", "board members?", "non-executive directors?")

PRESSURE = (
    Concern("threatens them",
            "leave it out: a threat ends your chances there, and word travels", (
                # (Not what is not understood: "so the jargon doesn't go over their heads".)
                r"(?<!\bit )(?<!that )(?<!this )(?<!which )(?<!n't )(?<!not )(?<!never )"
                r"(?<!jargon )(?<!terms )(?<!words )(?<!math )go(?:ing|es)? (?:over|above|around) "
                r"(?:[\w']+ ){1,3}?heads?\b",
                # Escalating: raising it with, copying in or reporting to someone above them.
                r"(?:(?:rais|escalat|complain|(?<!look )(?<!looking )(?<!looks )forward|"
                # (Their reports, a noun: "my reports have been shortlisted for the regional …")
                r"report(?!s? (?:have|has|had|were|was|are|is)\b)(?!s (?:you|they|we)\b)|"
                r"cop(?:y|ies|ied|ying)|cc|cc'd|cc'ing|contact|inform|alert)\w*\b" + within(45)
                # Taken, brought or written to them ("take this to your CEO"), not a board
                # taken from four people to eleven (a record of growth, on our own drafts).
                + r"|(?:bring|take|taking|took|mention|flag|write|writing)\w*\b"
                + within(45) + r"\b(?:to|with|before|in front of) "
                # (Spoken to them straight, not a language spoken to someone: "you heard me
                # speak Spanish to the box office manager", a rapport on our own drafts.)
                + r"|(?:speak|speaking|talk|talking)\b (?:\w+ly )?(?:about (?:this|it|that|the "
                r"matter|my \w+) )?(?:to|with|before|in front of) )"
                r"\b(?:your|the|my|an|a|company's|their|"
                r"(?:m[rs]s?\. |dr\. )?[\w-]+'s) (?:\w+ ){0,2}?" + AUTHORITY
                # "for the Clinic Director (Lakewood) role": the job's title, not a threat
                + r"\b(?![\w\s,&()/-]{0,40}?\b(?:role|position|interview|job|opening)\b)",
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
                r"(?<!help )(?<!help to )(?<!helping )(?<!helping to )(?<!help you )"
                # (Helping take their work further is an offer: "I'd love to help take it
                # further", of their dashboard; holdout13's class.)
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
    # Holdout5's class: harm promised by the writer ("I'll make sure your site has problems
    # you'll never recover from", "I know its weak points"), in a reply to a rejection or a
    # status check, where a pitch's "I'll make sure your launches go well" is not said.
    Concern("threatens them",
            "leave it out: a threat ends your chances there, and word travels", (
                r"(?:make (?:sure|certain)|see to it|ensure)\b" + within(30) + r"\b(?:you|your "
                r"(?:\w+ )?\w+|the (?:company|firm|team|business))\b" + within(40) + r"\b(?:pays?|"
                r"regrets?|suffers?|problems?|trouble|(?<!never )(?<!not )fails?|sorry|(?:a )?"
                r"(?:very |really )?bad (?:day|week|time|month)|goes? down|crash\w*)\b",
                r"(?:you|your)\b" + within(50) + r"\b(?:never|not ever|won't ever) (?:\w+ )?"
                r"recover\b",
                r"i know\b" + within(40) + r"\b(?:your|its|their)\b" + within(30) + r"\b(?:weak "
                r"(?:points?|spots?)|vulnerabilit\w+|security (?:holes?|flaws?|gaps?)|back ?"
                r"doors?)\b",
                r"i know\b" + within(30) + r"\b(?:weak (?:points?|spots?)|vulnerabilit\w+|security "
                r"(?:holes?|flaws?|gaps?)|back ?doors?) (?:in|of|on) (?:your|its|their)\b",
                r"(?:weak (?:points?|spots?)|vulnerabilit\w+|security (?:holes?|flaws?|gaps?))\b"
                + within(40) + r"\b(?:use|exploit|expose|leak|publish|attack|hit)\w*\b",
                # Holdout7's class (tests/notes/tone-variants-7.yaml): a veiled threat through
                # people above them, "I know a few people on your board and I'd hate for them
                # to hear how your team treats candidates".
                r"(?:i'd|i would) hate for\b" + within(40) + r"\bto (?:hear|find out|learn|know|"
                r"see|read|reach)\b|\b(?:shame|pity) if\b" + within(50) + r"\b(?:heard|found "
                r"out|learn(?:ed|t)|knew|saw|read|got wind)\b",
                r"(?:tell|hear|know|find out|found out|learn|see|read|curious|interested|approve "
                r"of|like)\b" + within(20) + r"\bhow (?:you|your (?:\w+ ){0,2}?\w+|the (?:\w+ )"
                r"{0,2}?\w+|they) (?:\w+ )?(?:treats?|treated|handles?|handled|deals? with|dealt "
                r"with|ignores?|ignored|speaks? to|talks? to) (?:its |their )?(?:candidates|"
                r"applicants|people|me|us|job ?seekers|interviewees|everyone)\b",
                r"i (?:happen to |personally |also )?know (?:(?:a (?:few|couple of)|some|several|"
                r"many|a number of|two|three) (?:\w+ )?(?:people|members)|people|someone|somebody) "
                r"(?:on|at|in|from) (?:your|the) (?:\w+ )?" + _PATRONS + r"\b",
                # (Known, not news of them: "I know your board meets on Thursday".)
                r"i (?:happen to |personally |also )?know your (?:\w+ )?" + _PATRONS
                + r"(?=\s*(?:[,.;!?]|$|and\b|personally|well|from|through|socially|quite))",
                r"(?:friends?|colleagues?|contacts?|acquaintances?|people i know)\b" + within(30)
                + r"\b(?:investors?|shareholders?|trustees?|governors?|board members?|directors?) "
                r"(?:in|of|at|on) your\b",
                # Holdout10's class (tests/notes/tone-variants-10.yaml): something held over them
                # ("I still have the voice memo from our chat", "easier for both of us if … HR
                # never needed to hear it", "I'd hate for this to get awkward").
                r"(?:have|kept|keep|saved|got) (?:a |the |that |those |my |all the )?(?:recording|"
                r"voice (?:memo|note|message)|screenshot|transcript|audio|tape)s? (?:of|from) "
                r"(?:our|the|that|your|what you)\b",
                r"(?:easier|better|simpler|safer|nicer) for (?:both of us|everyone|all of us|you|"
                r"all "
                r"concerned)\b" + within(80) + r"\b(?:never|nobody|no one|didn't|did not|doesn't|"
                r"won't)\b",
                r"(?:never|nobody|no one|no-one) (?:needs?|needed|has|have|had) to (?:hear|see|kn"
                r"ow|"
                r"find out|learn|read)\b",
                r"(?:i'd|i would) hate for (?:this|things|it) to (?:get|become|turn|go) (?:\w+ )?"
                r"(?:awkward|messy|ugly|complicated|unpleasant|difficult|nasty)\b",
                r"(?:shame|pity) if\b" + within(50) + r"\bgot (?:a copy|hold|wind)\b",
                # Holdout9's class: their family or home known, and a visit there ("I see your
                # daughter plays on Sunday; maybe I'll stop by"), or a visit held over their
                # silence ("I might swing by … if I haven't heard from you").
                r"your (?:son|daughter|kids?|children|wife|husband|partner|family|mum|mother|dad|"
                r"father|home|house)(?:'s)?\b" + within(100) + r"\b(?:stop|drop|swing|pop|come|ca"
                r"ll|"
                r"catch|drive|head)\w* (?:by|round|over|in|you|there|up)\b",
                r"(?:stop|drop|swing|pop|come|drive|head|turn|show)\w* (?:by|round|over|in|up)\b"
                + within(80) + r"\bif (?:i (?:haven't|have not|don't|do not|hear nothing)|you "
                r"(?:don't|do not|haven't|have not))\b",
                # Holdout12's classes (tests/notes/tone-variants-12.yaml): a legal claim
                # ("file a claim with the labour court", "claim damages", "start proceedings");
                # the writer's availability held over them ("otherwise I may no longer be
                # available", "doesn't stay on the market for long", "I'd move quickly if I
                # were you"); their delay priced in attention moved elsewhere ("or I'll have to
                # prioritise the other companies", "take my skills somewhere that values them").
                r"(?:file|filing|lodge|lodging|bring|bringing|submit\w*|start|starting|begin|"
                r"initiat\w+|commenc\w+|issu\w+|institut\w+) (?:a |an |my |legal )?(?:\w+ )?"
                r"(?:claim|proceedings|case|suit|action)\b" + within(40) + r"\b(?:court|tribunal|"
                r"ombudsman|commission|against|discriminat\w+)|\b(?:start|begin|initiate|commence|"
                r"issue|institute)\w* (?:legal )?proceedings\b",
                r"(?:claim|claiming|seek|seeking|demand|demanding|sue for|suing for) (?:\w+ ){0,2}?"
                r"(?:compensation|damages|redress)\b",
                r"(?:take|taking|took|bring|bringing|refer|referring)\w* (?:this|it|the matter|my "
                r"case|my claim|things)\b" + within(20) + r"\bto (?:the |a )?(?:\w+ )?(?:court|"
                r"tribunal|ombudsman)\b|\bsee you in court\b",
                r"(?:otherwise|or else|if not|before long|soon|much longer)\b" + within(30)
                + r"\bi (?:may|might|will|'ll|would|could) (?:\w+ )?(?:no longer|not) be (?:\w+ )?"
                r"available\b|\b(?:won't|will not|may not|might not|wouldn't) be (?:\w+ )?"
                r"available (?:for (?:much )?long(?:er)?|much longer|forever|indefinitely)\b",
                r"(?:don't|doesn't|do not|does not|won't|will not|never) (?:stay|last|remain) "
                r"(?:\w+ )?on the (?:job )?market\b",
                r"i (?:may|might|will|'ll|could) (?:well |probably |soon |already )?be (?:long )?"
                r"(?:gone|snapped up|taken|off the market)\b|\b(?:will|'ll) be snapped up\b",
                r"(?:move|act|decide|hurry)\w* (?:\w+ )?(?:quickly|fast|soon)? ?if i were you\b|"
                r"\bif i were you,? i(?:'d| would) (?:move|act|decide|hurry)\b",
                r"(?:or|otherwise|failing that|if not|if i (?:don't|do not) "
                r"hear\w*(?: back)?)\b,?" + within(40) + r"\bi(?:'ll| will| shall|'d| would)? "
                r"(?:have to |need to |be forced to |just )?(?:priorit[iy][sz]e|focus (?:on|my)|go "
                r"with|take my (?:\w+ )?(?:talents?|skills?|experience|business|services)|move on "
                r"to|put my (?:\w+ )?(?:energy|time|efforts?) into|turn to|pursue)\b"
                + within(40) + r"\b(?:other|another|elsewhere|somewhere|compan\w*|employ\w*|"
                r"firms?|offers?|processes|ones?|that value)",
                r"take (?:my|these|our) (?:\w+ )?(?:talents?|skills?|services|business|"
                r"experience) (?:elsewhere|somewhere else|to (?:a company|someone|an employer|"
                r"another|your competitors?))\b"),
            kinds_for("answer-no", "ask")),
    # Holdout7's class: the application withdrawn as the price of their failing ("If that
    # cannot be arranged, withdraw my resume", "either book the interview or remove my CV").
    Concern("threatens them",
            "leave it out: a threat ends your chances there, and word travels", (
                # (Read from the word after "if" or "unless": the deadline an ultimatum also
                # is starts at that word, and a place is reported once.)
                r"(?:(?<=\bif )|(?<=\bshould ))[^.!?;]{0,60}?(?:n't|\b(?:not|cannot|nobody|no "
                r"one|never|unable|fail\w*))\b(?! longer)" + within(40) + r"\b" + _WITHDRAWAL,
                r"(?:(?<=\bunless )|(?<=\beither )|(?<=\belse )|(?<=\botherwise )|"
                r"(?<=\botherwise, ))" + within(60) + r"\b" + _WITHDRAWAL,
                # Holdout9's and holdout10's class: another offer held over them, with what the
                # writer will do if they do not move ("unless … I'll accept theirs", "otherwise
                # I'll take the other one", "you will lose a good candidate").
                r"(?:(?<=\bif )|(?<=\bunless )|(?<=\botherwise )|(?<=\botherwise, )|(?<=\bwithout"
                r" )|"
                r"(?<=\bfailing ))" + _GAP + r"\b" + _OTHER_OFFER,
                r"if (?:\w+ ){1,3}?wants? me,? (?:then )?(?:they|you|he|she|your \w+) (?:need|nee"
                r"ds|"
                r"have|has|must|'ll need|will need|should|had better|better) to\b",
                r"you(?:'ll| will| would|'d) (?:\w+ )?lose (?:a |an |me\b|your (?:\w+ )?(?:candid"
                r"ate|"
                r"chance))")),
    # Holdout14's class: harm to their person said as a wish or a temptation ("I would be
    # tempted to grab you by the shoulders and shake some sense into you").
    Concern("threatens them",
            "leave it out: a threat ends your chances there, and word travels", (
                r"(?:shake|knock|slap|beat|smack|drum|kick|punch)\w* (?:some )?sense into "
                r"(?:you|him|her|them|the lot of you)\b|\bshake (?:you|him|her|them) (?:until|"
                r"till) (?:you|he|she|they) (?:see|sees) sense\b",
                r"grab(?:bing)? (?:you|him|her|them) by the (?:collar|shoulders?|neck|throat|"
                r"arms?|lapels?|ears?)\b|\bgive (?:you|him|her|them) a (?:good )?shake\b")),
)

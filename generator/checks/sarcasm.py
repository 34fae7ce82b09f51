"""Sarcasm, a tone concern: praise that means its opposite (thanks for the "feedback", a
whole three weeks, "how kind of you to finally …", a word drawn out, mock delight, mock praise
of how fast they said no), and sour grapes with a gloat ("I only sat your rounds for the
practice", "enjoy your new hire"). Patterns as phrasings.py describes.
"""

from __future__ import annotations

from ..kinds import kinds_for
from .wordclasses import (
    NOT_THANKS,
    STRETCHED,
    Concern,
    within,
)

_SARCASTIC = "sounds sarcastic"
_SARCASTIC_FIX = "say what you mean plainly: sarcasm reads as contempt in writing"

# A reply said to be brief or made by rote: one line, a form, an automated message.
_BRIEF = (r"(?:(?:one|two|three|four|five|single|\d+)[- ](?:line|word|sentence|paragraph)s?|"
          r"one-liner|form|automated|auto-?generated|templated?|boilerplate|copy-?paste\w*|"
          r"canned)\b")

SARCASM = (
    Concern(_SARCASTIC, _SARCASTIC_FIX, (
        # Scare quotes around what they gave: thanks for the "feedback".
        r"(?:thank|thanks|appreciat|grateful|cheers|enjoyed|loved)" + within(40) + r"(?:the|your|"
        r"such|for|this|that|a|an|wonderful|great|lovely|amazing|kind|generous|helpful) "
        r"[\"'‘“][a-z][a-z -]{1,25}[\"'’”]",
        r"(?:the|your|my|for|such|all that|this|that) [\"'‘“](?:time|opportunity|interview|"
        r"feedback|process|consideration|chance|update|respect|professionalism|experience|"
        r"courtesy|decision|reply|response|help|personal|kind|warm|honest|fair|careful|"
        r"thorough|quick|prompt|review)\w*[\"'’”]",
        # Elongated words: "sooo", "thaaanks".
        r"(?:thank|thanks|appreciat|grateful|so|really|great|nice|kind|time|wow|lovely)\w*\b"
        + within(20) + r"\b" + STRETCHED,
        STRETCHED + within(20) + r"\b(?:thank|thanks|appreciat|time)",
        # Praise for slowness or neglect: "a whole three weeks", "after only a month".
        r"(?:thank|thanks|appreciat\w*|kind|nice|good|great|lovely|generous|thoughtful|"
        r"considerate|sweet|gracious)" + within(40) + r"\b(?:a whole|only|just|after (?:only|"
        r"just|a mere|a whole)|finally|eventually|at last|a mere|so promptly)\b" + within(30)
        + r"\b(?:weeks?|months?|days?|reply|replying|respond|responding|get(?:ting)? back|"
        r"remember(?:ing)?|acknowledg\w*|answer\w*|letting me know)",
        r"(?:as always|as usual|as ever)" + within(30) + r"\b(?:speedy|prompt|quick|swift|fast|"
        r"timely|lightning)|\b(?:speedy|prompt|quick|swift|fast|timely)\b" + within(20)
        + r"\b(?:as always|as usual|as ever)",
        r"(?:great|good|nice|lovely|glad|happy|reassuring) to (?:know|see|learn|hear) (?:that )?"
        r"(?:my|all my|the|our)\b" + within(60) + r"\b(?:worth|only|just|merely|a (?:one|two|"
        r"three)-line|a form)",
        r"(?:thrilled|delighted|so happy|so glad|overjoyed|honou?red|grateful)" + within(60)
        + r"\b(?:for this|for that|for nothing|only to|just to)\b",
        r"(?:my|our) (?:time|effort|work|application)\w* (?:is|was|are|were) (?:\w+ )?(?:worth "
        r"(?:a lot|so much|nothing|little)|valued|important|appreciated) (?:\w+ )?to you",
        r"(?:loved|enjoyed|liked|appreciated|especially liked)" + within(40) + r"(?:checked (?:his|"
        r"her|their) (?:phone|email|watch)|yawn\w*|kept me waiting|ignor\w+|no-show|looking at "
        r"(?:his|her|their) (?:phone|laptop|watch)|showed up late|forgot)",
        r"i (?:especially |particularly |really )?(?:enjoyed|loved|appreciated) (?:repeating|"
        r"waiting|sitting|being (?:kept|left|ignored|asked)|answering the same|explaining "
        r"(?:again|twice))\b",
        r"(?:nobody|no one|no-one|you|anyone|they|none of you) (?:has |have |had |could |ever "
        r"|even )*(?:not |n't )?(?:bothered|deigned|cared) to\b",
        r"(?:since|as|seeing as|given that) (?:nobody|no one|no-one|you|none of you) "
        r"(?:has|have|had|could|could not|couldn't|can't|cannot)(?:n't)? (?:even |be "
        r"bothered|bothered)",
        # (Their precious time given or thanked for is a formal courtesy: holdout14's class.)
        r"(?<!taking )(?<!spared )(?<!sparing )(?<!giving me )(?<!gave me )(?<!preciate )(?<!for )"
        r"your precious (?:time|schedule|attention|day)\b|\byour (?:oh-so-\w+|very important) "
        r"(?:time|schedule|attention|day)\b",
        r"have a blessed day\b",
        r"(?:suppose|guess|gather) i (?:should|ought to) be (?:flattered|grateful|honou?red|"
        r"thankful|happy|glad|pleased)\b",

        r"in case (?:\w+ ){1,4}(?:had )?(?:lost|forgotten|forgot|misplaced)\b",
        r"i(?:'m| am) sure you(?:'ll| will) (?:pick|choose|hire|go with|select) (?:whoever|"
        r"someone)\b",
        r"(?:every|much) success in (?:rejecting|turning|ignoring|reconsidering)\b",
        r"(?:plenty of|lots of|a lot of) (?:experience|practice) (?:in|at|with) (?:turning|"
        r"rejecting|ignoring)\b",
        r"decline your (?:decision|rejection)\b", r"suit my plans\b",
        r"(?:how|what a|so|very) (?:nice|kind|thoughtful|generous|considerate|good|sweet) of "
        r"you to (?:finally|eventually|at last|even|bother)\b",
        r"(?:nice|kind|good|thoughtful|generous|sweet) of you to\b" + within(30) + r"\b(?:finally|"
        r"eventually|at last|only|after|a whole|a month|weeks|remember)\b",
        r"for finally (?:getting|replying|responding|answering|remembering)\b",
        r"must be nice\b", r"what a (?:surprise|shock)\b", r"yeah,? right\b",
        r"(?<![a-z,;] )well,? thanks\b",
        r"congratulations on (?:finally )?(?:finding|hiring|choosing)\b",
        r"i(?:'m| am) sure (?:they|he|she|the other (?:candidate|person))(?:'ll| will) be "
        r"(?:great|perfect|wonderful|amazing)\b",
        # Holdout9's and holdout10's classes (tests/notes/tone-variants-10.yaml): the wait in
        # their lobby thanked ("grateful for the forty minutes I spent in your reception"),
        # unless the note owns being early or thanks them despite it; their neglect called
        # generous; looking forward to not hearing; their "non-reply".
        r"(?![^.!?]*\b(?:early|despite|even though|although|ran (?:over|late))\b)(?:thank|"
        r"thanks|grateful|appreciat\w*|enjoyed|loved)\b" + within(50) + r"\b(?:(?:\d+|[a-z]+"
        r"(?:-[a-z]+)?) (?:minutes?|hours?)|(?:an?|the|that|my) (?:\w+ )?(?:hour|wait))\b"
        + within(60) + r"\b(?:(?:in|on|at|by) (?:your |the )?(?:\w+ )?(?:lobby|reception|"
        r"waiting room|foyer|front desk)|before (?:anyone|anybody|someone|somebody))\b",
        r"(?:few|not many|no other|hardly any) (?:\w+ )?(?:companies|employers|firms|"
        r"organi[sz]ations|businesses|places|recruiters|teams) (?:are|would be|were|would) (?:so "
        r"|as )?(?:generous|kind|considerate|thoughtful|good) (?:enough )?(?:as )?to (?:leave|"
        r"keep|let|give)\b" + within(40) + r"\b(?:guessing|waiting|alone|hanging|in the dark|"
        r"wondering)\b",
        r"look(?:ing)? forward to (?:not (?:hearing|getting|receiving)|your (?:continued |ongoing "
        r"|usual )?silence)\b",
        r"non-?(?:reply|replies|response|responses|answer)\b",
        # Their boredom called rapt attention: "I could tell you were riveted".
        r"(?:you|your (?:\w+ )?\w+|the panel)(?: were| was)? (?:clearly |plainly |obviously |so "
        r"|quite )?(?:riveted|enthralled|spellbound|mesmeri[sz]ed|on the edge of (?:your|their) "
        r"seats?|hanging on my every word)\b",
        # Holdout11's classes (tests/notes/tone-variants-11.yaml): the mock motto ("Nothing
        # says 'we value your time' quite like …"), "all part of the charm, I suppose", a job
        # "about as relaxing as the interview"; time given to them shrugged off ("who needs
        # weekends anyway?", "not as if I had anything better to do"); mock rapture at the
        # dull ("never been so moved by a spreadsheet", "every bit as thrilling as you made it
        # sound", "the highlight of my year was explaining …") and "your little test".
        r"nothing (?:says|screams|shows|makes (?:a |an |me |one )?(?:\w+ )?feel)\b" + within(80)
        + r"\blike\b",
        r"(?:suppose|guess|i'm sure|i am sure|no doubt|presumably)\b" + within(60) + r"\ball "
        r"part of the (?:charm|fun|experience|magic|adventure|package)\b|\ball part of the "
        r"(?:charm|fun|experience|magic|adventure|package)\b" + within(20) + r"\b(?:i(?:'m| am) "
        r"sure|i suppose|i guess|no doubt)\b",
        r"(?:sounds?|sounded|seems?|seemed|looks?|is|was) about as (?:[\w-]+ ){1,2}?as (?:the|your|"
        r"my|this|that|our) (?:\w+ )?(?:interview|process|scheduling|wait|waiting|meeting|call|day|"
        r"assessment|visit|tour|panel|questions?|recruit\w*|onboarding|reception)\b",
        r"who needs (?:a |my |any )?(?:weekends?|evenings?|sleep|social life|holidays?|free time|"
        r"a life|days off|time off)\b",
        r"not (?:as if|like) i (?:had|have|was) (?:anything|something|plans|any plans|better|a "
        r"life)\b",
        r"what else (?:would|was|could|did|am|will) i (?:\w+ ){0,3}?(?:do|done|doing) with my\b",
        r"(?:got|have|had) nothing but time\b",
        r"never (?:felt|been) so (?:\w+ )?(?:seen|moved|inspired|alive|understood|fulfilled|"
        r"thrilled|excited|touched|validated|captivated) (?:by|in|at) (?:an? |the |your )?"
        r"(?:[\w-]+ ){0,2}?(?:table|spreadsheet|form|test|quiz|questionnaire|policy|slides?|"
        r"deck|chart|database|printer|rota|exercise|assessment|column|macro|template|filing|expenses?)\b",
        r"every bit as (?:thrilling|exciting|riveting|gripping|fascinating|glamorous|fun|"
        r"enthralling|electrifying|scintillating|thrilling) as you made (?:it|them|that|him|her) "
        r"(?:sound|seem|out)\b",
        r"your little (?:test|quiz|exercise|game|assessment|task|puzzle|challenge|"
        r"questionnaire)\b",
        r"(?:highlight|high point|peak) of my (?:year|life|decade|career|existence) (?:was|has "
        r"been|had to be) (?:proving|explaining|showing|being (?:asked|told|quizzed)|demonstrat\w+|"
        r"watching|answering|summing|filling|doing|sitting|waiting|completing|taking|reciting)\b")),
    Concern(_SARCASTIC, _SARCASTIC_FIX, (
        # Mock delight opening a sentence: "Great, so …", "Wow, what a thoughtful email".
        r"(?<![\w,] )(?:great|wow|brilliant|fantastic|perfect|lovely|super|oh|well|terrific|"
        r"wonderful|marvellous|splendid),? (?:so\b|what an? (?:\w+ )?(?:email|letter|reply|"
        r"response|message|way|process|experience|rejection)|just what|thanks|how (?:nice|kind|"
        r"lovely|thoughtful))",
        r"(?:how|so) (?:disappointing|typical|predictable|original|thoughtful|generous|kind|"
        r"nice)(?:[.!,]|\s+(?:of you|that you|to (?:hear|see|get)))",
        r"(?:generous|whole|entire|lavish|full|lightning-fast|speedy|detailed) (?:\w+ )?"
        r"(?:one|two|three|four|five|few|ten|thirty|\d+)[- ](?:minutes?|seconds?|lines?|"
        r"words?|sentences?|weeks?|months?)\b",
        r"(?:to add to my collection|(?:was|were) (?:all )?for nothing)\b",
        r"(?:wasted|gave up|sacrificed|took) (?:an?|my|the|a whole|an entire) (?:\w+ )?"
        r"(?:afternoon|morning|day|evening|holiday|vacation|week)\b" + within(60) + r"\b(?:while|"
        r"only to|just to|for (?:this|nothing))",
        # Holdout7's class: the effort a brief reply "clearly took" ("your two-line reply,
        # which clearly took a great deal of effort"), and "all of ten seconds".
        _BRIEF + within(60) + r"\b(?:(?:took|taken|tak\w+|went into|gone into|go into|goes "
        r"into|involved|required)\b" + within(25) + r"\b(?:effort|thought|care|work|time|hours|"
        r"ages|days|labou?r)|(?:effort|thought|care|work|hours|ages|labou?r)\b" + within(25)
        + r"\b(?:took|taken|went into|gone into|goes into|involved|required|must have))\b",
        r"all of (?:a |one |two |three |five |ten |twenty |thirty |\d+ )?(?:seconds?|minutes?|"
        r"moments?)\b",
        # Holdout9's and holdout10's classes: their silence praised as an approach or a skill
        # ("your team's unique approach to candidate communication", "vanishing without a
        # word is quite the talent"); an apology that blames them ("I must have misunderstood
        # when you said …", "forgive me for thinking …"); mock patience ("by the phone, as
        # usual").
        r"(?:unique|creative|novel|innovative|bold|interesting|refreshing|original|unusual|"
        r"inventive|fascinating|remarkable) (?:approach|attitude|policy|take|method|strategy) "
        r"(?:to|on|for|of) (?:\w+ ){0,2}?(?:communicat\w*|keeping (?:\w+ )?(?:informed|updated|"
        r"posted)|updat\w*|answering|replying|responding|feedback|follow(?:ing)?[- ]?ups?)",
        r"(?:vanish\w*|disappear\w*|going (?:silent|quiet|dark)|ghosting|silence)\b" + within(60)
        + r"\b(?:is|was|takes?|took) (?:quite |real |rare |some )(?:the |a )?(?:skill|talent|art|"
        r"feat|gift|trick|achievement)\b",
        r"must have (?:misunderstood|misheard|imagined|dreamt|dreamed) (?:\w+ )?(?:when|what) "
        r"you\b",
        r"(?:forgive|excuse|pardon) me (?:for|if) (?:thinking|believing|expecting|assuming|"
        r"hoping|imagining|my face|i (?:didn't|did not|wasn't|was not|don't|do not)|not "
        r"(?:being|leaping|jumping))\b",
        r"silly (?:old )?me\b", r"clearly you meant\b",
        # Holdout12's class: courtesy said to be optional now ("I gather replying to
        # candidates is optional these days"), and mock help with their rejection ("a stamped
        # envelope for the rejection letter, postage on me", "shall I write the rejection?").
        r"(?:replying|answering|writing back|responding|getting back to \w+|(?:common )?courtesy|"
        r"manners|acknowledg\w+|a (?:reply|response))\b" + within(40) + r"\b(?:is|are|has become|"
        r"have become|seems to be|must be|became|being)\b (?:\w+ ){0,2}?(?:optional|a thing of the "
        r"past|out of fashion|old-fashioned|a lost art|extinct|dead)\b",
        r"(?:to save you (?:the )?(?:trouble|time|effort|bother)|to make (?:it|things|this|life) "
        r"easier(?: for you)?)\b" + within(80) + r"\b(?:rejection|reject\w*|turn me down)\b",
        r"(?:stamped|self-addressed|postage|pre-?paid)\b" + within(40) + r"\b(?:rejection|"
        r"reject\w*)\b|\b(?:rejection|reject\w*)\b" + within(40) + r"\b(?:postage|stamp\w*|"
        r"self-addressed)\b",
        r"(?:shall|should|can|could|may) i (?:\w+ )?(?:write|draft|send|type) (?:the|my|your|a) "
        r"(?:\w+ )?rejection\b",
        r"phone,? as (?:usual|always|ever)\b",
        r"no (?:rush|hurry)\b" + within(20) + r"\b(?:only|just) been waiting\b"), NOT_THANKS),
    # Mock praise of how fast they turned the writer down.
    Concern(_SARCASTIC, _SARCASTIC_FIX, (
        r"(?:(?<=^)|(?<=^wow, )|(?<=^wow ))(?:very |truly |really |how |so )?(?:impressive|"
        r"remarkable|efficient|speedy|quick work|incredible|amazing|outstanding|bravo|well "
        r"done)(?: work| stuff)?[.!]*$",
        r"wow,? (?:a |an |just |only )?(?:[\w-]+ ){0,2}(?:hours?|minutes?|days?|no|rejection)\b",
        r"you must be (?:a |an )?(?:\w+ )?(?:fast|quick|speedy|speed)[- ]?(?:reader|worker)\b",
        r"(?:glad|happy|pleased) (?:i could |to have |i )?(?:help|helped)\w* you (?:\w+ )?(?:hit|"
        r"meet|fill|make|tick|reach)\b",
        # Holdout9's and holdout10's classes: a reply that mimics a rejection letter to refuse
        # theirs ("I regret to inform you that I am unable to accept your rejection", "your
        # refusal does not meet my needs"); the winner wished worth every minute the rest were
        # kept waiting, the writer's CV wished happy in their files; news that came months
        # late, "I had gathered as much".
        r"regret to inform you\b",
        r"(?:(?<=unable to )|(?<=cannot )|(?<=can't )|(?<=not able to )|(?<=impossible for me to ))"
        r"accept (?:your (?:\w+ )?(?:rejection|refusal|no|decision)|them all)\b",
        r"(?:does|did|do) not (?:quite )?(?:meet|suit|match) my (?:current |present )?(?:needs|"
        r"requirements)\b",
        r"(?:rejection|refusal)\b" + within(40) + r"\b(?:was|is)(?:n't| not) (?:a (?:good |great )?"
        r"fit|right|suitable) for (?:me|my)\b",
        r"(?:so many|(?:an )?(?:unusually )?large number of|such a (?:large )?number of|a (?:reco"
        r"rd|"
        r"great) number of) (?:\w+ )?rejections?\b",
        r"worth every (?:single )?(?:minute|hour|day|week|month|second)\b" + within(50)
        + r"\b(?:you (?:made|kept|had)|(?:the rest of )?us|we (?:all )?(?:waited|gave|spent)|of "
        r"(?:your|the) (?:\w+ )?(?:rounds|wait|waiting))",
        r"(?:my|the) (?:cv|résumé|resume|application)\b" + within(20) + r"\b(?:will|'ll|is|'s) "
        r"(?:be )?(?:very |so |quite )?(?:happy|comfortable|content|at home|cosy|enjoy\w*)\b|\bi"
        r"(?:'m"
        r"| am) sure it(?:'ll| will) be (?:very |so )?(?:happy|comfortable) there\b",
        r"(?:had|'d) (?:already |long since |rather |more or less |pretty much )?(?:gathered|"
        r"guessed|worked (?:that|it) out|figured (?:that|it) out) as much\b|\b(?:had|'d) (?:rather|"
        r"already|long since) (?:gathered|guessed)\b|\b(?:had|'d) (?:\w+ )?(?:worked|figured) "
        r"(?:\w+ )?out (?:for|by) myself\b",
        # Holdout11's classes: a no greeted with mock shock ("Another rejection, then.
        # Shocking.", "colour me astonished", "who could have seen that coming", "no idea why I
        # bothered"), and laughter at their expense ("LOL").
        r"colou?r me (?:\w+ )?(?:astonished|shocked|stunned|amazed|surprised)\b|\bthere(?:'s| is) "
        r"a (?:shock|surprise|turn-?up)\b|\bwho (?:could|would) (?:possibly |ever )?have (?:seen "
        r"(?:that|this|it) coming|guessed|predicted)\b",
        r"(?:^|(?<=, )|(?<=; ))(?:how (?:very )?(?:unexpected|surprising)|(?:shocking|stunning|"
        r"astonishing)(?: news)?)[.!]*$",
        r"^another (?:rejection|no)(?:,? then\b| for the (?:collection|pile)\b|[.!])",
        r"(?:don't|do not|no idea|not sure) (?:know )?why i (?:even )?(?:bothered|wasted|tried)\b",
        r"(?:lol|lmao|ha ?ha(?:ha)*)\b",
        r"(?:thank|thanks|appreciat\w*|grateful)" + within(40) + r"\b(?:(?:a|one|two|three|four|"
        r"five|six|seven|eight|nine|ten|eleven|twelve|\d+|a mere|a full|half a) (?:months?|years?)"
        r"|(?:a mere )?half-year) (?:later|after|on)\b",
        # Holdout12's classes (tests/notes/tone-variants-12.yaml): their rejection kept as a
        # trophy ("the ninth of its kind, and easily the best written", pinned or framed beside
        # the others, a bigger wall needed, the CV "in good company with all the others"), and
        # the winner wished well in mockery ("Enjoy your second choice.", "I'm sure she's
        # lovely.", "whoever you settled for").
        r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|"
        r"\w+teenth|twentieth|\d+(?:st|nd|rd|th)) (?:of its kind|such (?:letter|email|note|"
        r"rejection))\b",
        r"(?:pinned|pin|framed|frame|hung|hang|hangs|stuck|filed|display\w*|put)\b" + within(50)
        + r"\b(?:beside|next to|with|alongside|among|by) (?:all )?(?:the|my) (?:\w+ )?(?:others|"
        r"rest|collection|other \w+)\b",
        r"need (?:a )?(?:much )?bigger (?:wall|fridge|frame|folder|drawer|box|scrapbook)\b",
        r"(?:(?:right |quite |very much )?at home|in (?:good|fine) company|good company) (?:with|"
        r"among|alongside) (?:all )?(?:the|my|your) (?:others|rest|other \w+)\b",
        r"of all the (?:rejections?|refusals|no's|nos)\b" + within(60) + r"\b(?:most|best|finest|"
        r"nicest|loveliest|kindest)\b",
        r"(?:^|(?<=[,;] ))enjoy (?:your|the) (?:second|next|third)[- ](?:choice|best|pick)\b",
        r"i(?:'m| am) sure (?:she|he)(?:'s| is) (?:absolutely |very |just |quite |perfectly )?"
        r"(?:lovely|delightful|charming|a delight|a joy|wonderful|fabulous|marvellous|"
        r"great)(?:[.!]*$|,? whoever)",
        r"(?:whoever|whomever|the (?:one|person|candidate)) you (?:settled for|ended up with|made "
        r"do with|had to settle for)\b|\b(?:settl\w+) for (?:second|next) best\b|\b(?:hope|luck|"
        r"enjoy)\b" + within(20) + r"\bthe runner-up\b"), kinds_for("answer-no")),
    # Holdout6's class (tests/notes/holdout6-variants.yaml): sour grapes and gloating. The
    # job said never to have been wanted, the rounds sat only for practice, the last laugh
    # claimed, the new hire wished joy of something dreary, a shrug of mock survival.
    Concern(_SARCASTIC, _SARCASTIC_FIX, (
        r"(?:never|didn't|did not|don't|do not) (?:\w+ ){0,2}?(?:want|wanted|need|needed|care "
        r"(?:for|about)|cared (?:for|about)) (?:the|this|that|your) (?:job|role|position|post|"
        r"offer|place)\b" + within(30) + r"(?:anyway|anyhow|in the first place|to begin with|"
        r"all that much|that badly)\b",
        r"(?:only|just|merely)\b" + within(50) + r"\b(?:for (?:the )?(?:practi[cs]e|fun|a laugh|"
        r"kicks|sport)|to (?:practi[cs]e|keep (?:my )?(?:[\w-]+ ){0,2}?(?:sharp|fresh|in shape|"
        r"up to scratch)|stay sharp|warm up|test the (?:water|market)))\b(?! (?:round|test|task|"
        r"exercise|session|run|interview|questions?|case)\b)",
        r"(?:joke(?:'s| is) on (?:you|them)|(?:have|having|get|getting|had) the last laugh|"
        r"who(?:'s| is) laughing now|laughing all the way)\b",
        r"(?:^|(?<=[,;] ))enjoy (?:your|the) (?:new )?(?:hire|recruit|pick|choice|candidate|"
        r"employee|starter)\b",
        r"(?:they|he|she|your new \w+)(?:'ll| will) (?:\w+ )?(?:love|adore|enjoy|relish|cherish) "
        r"(?:\w+ ){0,2}?(?:endless|pointless|tedious|boring|dreary|interminable|never-ending|"
        r"useless|awful|mind-numbing)\b",
        r"(?:i(?:'ll| will)|i expect i(?:'ll| will)|i'm sure i(?:'ll| will)) (?:somehow )?"
        r"(?:survive|live)(?:,? somehow)?[.!]*$"), kinds_for("answer-no")),
)

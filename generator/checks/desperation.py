"""Begging and desperation, a tone concern: needing the job, hardship pleaded (rent, savings,
children named as the reason), a promise to outwork everyone, anything taken for any pay, a
last chance asked for. Patterns as phrasings.py describes.
"""

from __future__ import annotations

from .wordclasses import (
    Concern,
    within,
)

DESPERATION = (
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
                # ("Asking you" alone is how any question is put, holdout6's false alarm:
                # "I'm not asking you to change your schedule"; asking for a chance is not.)
                r"(?:i(?:'m| am) )?(?:begging|pleading with|imploring) (?:you|that you)\b",
                r"asking you,? (?:please|to please|for (?:a |one more |another |just one )?"
                r"(?:(?:last|second|final|real) )?(?:chance|shot|break))\b",
                r"beg(?:ging)? you\b", r"(?:please,? ){2,}",
                r"i(?:'ll| will|'d| would) do anything\b", r"whatever it takes\b",
                r"(?:can't|cannot) wait to hear\b",
                # (Not the habit disclaimed, holdout9's class: "I promise I've stopped checking
                # my inbox every five minutes"; nor their idea on the writer's mind: "I can't
                # stop thinking about what you said".)
                r"(?<!stopped )(?<!not )(?<!up )(?<!quit )(?:checking|refreshing) my (?:phone|ema"
                r"il|"
                r"inbox)\b",
                r"(?:can't|cannot|couldn't) stop (?:checking|refreshing)\b|\b(?:can't|cannot) stop "
                r"thinking about (?:the |this |your |my )?(?:job|role|position|post|offer|decision|"
                r"outcome|result|whether|if|when|getting)\b",
                # Holdout10's class: "I am in very much need of this job", "the whole family is
                # depending on me".
                r"in (?:very |so |such |great |dire |desperate |real |urgent |serious )?(?:much )"
                r"?need "
                r"of (?:this |the |a |an |any |some )?(?:\w+ )?(?:job|role|position|post|work|"
                r"employment|income|opportunity)\b",
                r"(?:family|parents|children|kids|mother|father|mum|mom|dad|household|everyone at "
                r"home|relatives|siblings)\b" + within(30) + r"\b(?:is |are )?(?:depends?|dependi"
                r"ng|"
                r"relies|rely|relying|counting|dependent) (?:up)?on (?:me|my (?:income|salary|wag"
                r"es|"
                r"earnings|job))\b",
                r"(?:pay|cover|make) (?:my )?(?:rent|bills|mortgage)\b",
                r"my (?:landlord|savings|rent|bills|debts?|mortgage)\b",
                r"(?:family|kids|children|mouths) to (?:support|feed|provide for)\b",
                r"(?:support|feed|provide for) my (?:family|kids|children)\b",
                r"running out of (?:options|money|savings|time|hope)\b",
                # (Not someone giving the writer a hard time about something: teasing, a rapport on
                # our own drafts, "gave me a hard time about the Army".)
                r"(?<!\bgave \w{2} a )(?<!\bgive \w{2} a )(?<!\bgives \w{2} a )"
                r"(?<!\bgiving \w{2} a )(?<!\bgave \w{3} a )(?<!\bgive \w{3} a )"
                r"(?<!\bgives \w{3} a )(?<!\bgiving \w{3} a )(?<!\bgave \w{8} a )"
                r"(?<!\bgives \w{8} a )(?<!\bgive \w{8} a )"
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
                # (Not a stake measured with understanding, "I can appreciate how much depends
                # on it" of their milestone, the formal pack's reaction on our own drafts; the
                # writer's own stake still pleads: "… how much depends on it for me".)
                r"(?<!how much )(?:depends|depending|counting|relying) on (?:this|it|you|getting|"
                r"me getting)\b|\bhow much (?:\w+ )?depends on (?:this|it|getting)\b(?=[^.!?;]*"
                r"\bfor (?:me|my)\b)",
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
                # (Not "please give me a call": only a chance pleaded for.)
                r"please,? (?:just )?give me (?:a |one |another |this |the )?(?:(?:last|second|"
                r"final|real|fair|little) )?(?:chance|shot|opportunity|try|break|go)\b",
                r"really,? really want\b",
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
                r"(?:would|will|'d|could) mean the world\b",
                # Holdout13's class (tests/notes/tone-variants-13.yaml): any role at all, even
                # part-time; the only one who called back; a chance on me hoped for.
                r"(?:any (?:role|job|position|post|opening|vacancy|work)|anything) (?:at all|"
                r"you (?:have|can offer|could offer)|going|available)\b|\b(?:literally|"
                r"absolutely) any (?:role|job|position|post|opening|work)\b|\b(?:even|including) "
                r"(?:a )?(?:part-time|temporary|unpaid|temp)\b(?! (?:version|option|contract you "
                r"(?:mentioned|described))\b)",
                r"(?:you are|you're|yours is|you were) the only (?:\w+ )?(?:company|"
                r"organi[sz]ation|firm|employer|one|place|team|business|school) (?:that|who|to) "
                r"(?:has |have |had )?(?:even )?(?:called|replied|responded|got back|contacted|"
                r"answered|shown)\b",
                r"(?:nobody|no one|no-one) (?:else )?(?:has |have |had )?(?:even )?(?:replied|"
                r"responded|called|got back|answered|written back)\b",
                r"(?:you'll|you will|you would|you'd|please|to) take a chance on me\b")),
)

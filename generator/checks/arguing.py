"""Arguing with the decision, a tone concern of a reply to a rejection above all: asking them
to undo it, or saying their choice was wrong however it is put ("you misjudged me", "I
deserved better", "the least you owed me"). Some shapes argue only once the decision is made:
"I met every requirement" pitches in a thank-you. Patterns as phrasings.py describes.
"""

from __future__ import annotations

from ..kinds import kinds_for
from .wordclasses import (
    BAD,
    WORDS,
    Concern,
    one_of,
    within,
)

_ARGUES = "argues with the decision"
_ARGUES_FIX = "accept the decision graciously; to learn why, ask for feedback instead"

ARGUING = (
    Concern(_ARGUES, _ARGUES_FIX, (
        # Asking them to undo it.
        r"(?:reconsider|revisit|re-?evaluate|re-?examine|re-?assess|rethink)\w* " + WORDS % 2
        + one_of("decision", "outcome", "result", "verdict", "choice", "rejection", "me", "my",
              "application", "candidacy"),
        r"(?:overturn|appeal|challenge|dispute|contest|question)\w* (?:against )?(?:the|this|your|"
        r"that) (?:\w+ )?(?:decision|outcome|verdict|rejection)\b",
        r"(?:please|you to|you will|you'll|you would|you'd|you could|i ask you to|kindly) "
        r"reconsider\b",
        r"(?:look at|review|read|consider|assess|go over|check)\w* " + WORDS % 3 + one_of(
            "application", "candidacy", "cv", "résumé", "resume", "portfolio", "file",
            "answers", "case") + r",? (?:again|once more|a second time|properly)",
        r"(?:take|have|give) (?:it |my \w+ )?(?:another|a second|a proper|a fresh) look",
        # Saying they got it wrong.
        r"i (?:strongly |completely |really |respectfully )?disagree\b",
        r"(?:unfair|unjust|unreasonable|wrong|mistaken|poor|bad|hasty|short-?sighted|"
        r"misguided|flawed|biased) (?:decision|process|rejection|choice|call|judgement|"
        r"judgment|assessment|outcome)\b",
        r"(?:decision|process|this|that|it|outcome|rejection|choice) (?:is|was|seems|feels|"
        r"seemed|felt) " + WORDS % 2 + one_of(
            "unfair", "unjust", "wrong", "a mistake", "insulting", "absurd", "baffling",
            "short-?sighted", "ill-judged", "misguided", "premature", "rushed",
            "hard to (?:accept|understand|believe)") + r"\b",
        r"treated (?:me )?unfairly\b",
        r"(?:huge|big|serious|grave|terrible|costly|major|real) mistake\b",
        # (Contracted too, holdout6's class: "you've made a mistake", "your panel's got it
        # wrong", "I think you've underestimated me".)
        r"(?:you|they|your \w+)(?:'ve|'re|'s)? (?:\w+ )?(?:have |has )?(?:made|are making|is "
        r"making|making) a (?:\w+ )?mistake\b",
        r"(?:you|they|your \w+|the panel)(?:'ve|'s)? (?:\w+ )?(?:got|have got|gotten|read) "
        r"(?:this|it|that|me|things|the decision)(?: one| all)? (?:completely |totally |all )?"
        r"wrong\b",
        r"(?:you|they|your \w+|the panel|the interviewers?)(?:'ve|'s)? (?:\w+ )?(?:misjudged|"
        r"misread|misunderstood|underestimated|undervalued|overlooked|dismissed|underrated)\b",
        r"the wrong (?:decision|choice|call|person|candidate|hire)\b",
        r"i (?:truly |really |clearly )?(?:deserve|deserved)\b",
        # (What the writer's own deserves, not anything near "me": "I didn't give your
        # question the answer it deserved" in a careful thank-you of the blind test.)
        r"my (?:[\w-]+ ){0,3}?deserv(?:e|ed|es)\b",
        r"what(?:'s| is| was)(?: exactly)?(?: so)? (?:wrong|deficient|lacking|missing) "
        r"(?:with|in|about) my\b",
        r"(?:justify|defend|account for) " + WORDS % 3 + one_of(
            "decision", "choice", "why", "rejection", "reasoning", "this", "it"),
        r"explain (?:to me )?(?:why i|what (?:exactly )?(?:is|was) (?:so )?(?:wrong|deficient|"
        r"lacking|missing)|your (?:reasoning|decision|choice)|the decision|this decision)",
        r"pass(?:ed|ing)? (?:up |over |on )(?:me|someone|a (?:great|qualified|strong))\b",
        r"turned (?:away|down) (?:someone|a (?:great|qualified|strong)|the best)\b",
        r"your loss\b", r"(?:better|more) qualified than\b", r"don't you want\b",
        r"(?:find|found|call|consider) (?:the|this|your) (?:decision|rejection) (?:insulting|"
        r"unfair|offensive|absurd|baffling|wrong|short-?sighted)\b",
        r"(?:don't|do not|can't|cannot|fail to) (?:understand|see|believe|accept|fathom) "
        r"(?:why|how) (?:you|i|my|anyone|someone|they)\b",
        r"i (?:was|am|'m) (?:clearly|obviously|by far|easily|certainly|surely) (?:the )?(?:best|"
        r"most qualified|strongest|right)\b",
        r"(?:refuse|refusing|won't|will not|cannot|can't) (?:to )?accept (?:this|your|the) "
        r"(?:decision|rejection|answer|outcome)\b",
        r"(?:rigged|a sham|a done deal|a foregone conclusion|a formality)\b",
        r"never (?:gave|give|given) me a (?:fair |real |proper )?(?:chance|shot|hearing)\b",
        r"how could you\b",
        r"(?:you|they|the panel|your \w+) (?:had|have) (?:already |obviously |clearly )?"
        r"(?:made up (?:your|their) minds?|settled on|decided on|picked|chosen|hired|"
        r"promised)" + within(40) + r"(?:before|already|someone|somebody|another|internal)\b",
        r"(?:made up (?:your|their) minds?|decided|settled)\b" + within(30) + r"\bbefore (?:i|we) "
        r"(?:even )?(?:spoke|met|walked|arrived|came|sat|had)",
        r"(?:decision|mind|minds|choice) (?:was |were |had been )?(?:already )?made (?:up )?"
        + WORDS % 2 + r"before (?:i|we)\b",
        r"(?:form letter|boilerplate|canned (?:reply|response|email|message)|cop(?:y|ied) and "
        r"past(?:e|ed)|template(?:d)? (?:reply|response|rejection|email))",
        r"i expect (?:straight|honest|better|more|a proper|a real|an honest|a straight|real)\b",
        r"(?:doesn't|does not|didn't|did not) (?:match|reflect|add up|make sense|square with)\b"
        + within(40) + r"\b(?:interview|how|what|my|the way)",
        r"(?:makes|made) (?:no|little) sense\b")),
    Concern(_ARGUES, _ARGUES_FIX, (
        # A pitch in a thank-you; a claim against the decision once it is made.
        r"(?:hard|difficult|impossible|hard for me|difficult for me) to (?:accept|believe|"
        r"understand|see (?:how|why)|fathom)\b",
        r"(?:met|meet|ticked|tick|checked|matched?|matches|fulfil+(?:ed|s)?|satisf(?:y|ied|ies)|"
        r"exceeded?) " + WORDS % 2 + r"(?:every|all|each|everything|every single)\b" + within(40)
        + one_of("box", "requirement", "criteri", "qualification", "point", "item", "posting",
              "description", "listed", "asked", "wanted", "spec"),
        r"(?:less|fewer|with less|with fewer) (?:experienced|qualified|years|experience|skills|"
        r"skilled)\b",
        # (And compared with whoever was chosen: "the stronger candidate", "a far better fit".)
        r"i (?:was|am|'m) (?:\w+ ){0,2}(?:the )?(?:strongest|stronger|best|better|most qualified|"
        r"more qualified|ideal|right|perfect|obvious) (?:candidate|person|fit|choice|applicant|"
        r"one|match)\b",
        # Their error foretold, and a warning about the person they hired.
        r"(?<!hope )(?<!hoping )you(?:'ll| will| are going to|'re going to) (?:\w+ )?"
        r"(?:realis|realiz)e\b|\byour (?:\w+ )?(?:mistake|error|misjudge?ment)\b",
        r"(?:should|must|have to|ought to|want to|wanted to|need to|had better) (?:\w+ )?warn "
        r"you\b",
        r"(?:fall|fell|falls) short of\b",
        r"(?:puzzled|baffled|bewildered|confused|perplexed|stunned|shocked)\b" + within(30)
        + r"\b(?:since|as|because|given|why|that|by (?:the|your|this))\b",
        r"(?:you|they|your \w+|the (?:panel|interviewers?|recruiters?|hiring manager)) " +
        WORDS % 2 + r"(?:did not|didn't|never|failed to|could not|couldn't|wouldn't) "
        r"(?:even )?(?:bother to )?(?:read|listen|look at|pay attention|understand|consider|"
        r"give me|ask)\b",
        # Their choice said to be wrong, however it is put: "this outcome is, I think,
        # incorrect", "choosing someone else over me was short-sighted".
        r"(?:decision|outcome|choice|choosing|result|rejection|verdict|call|selection|"
        r"conclusions?|assessment|judge?ment)\b" + within(40) + r"\b(?:wrong|incorrect|"
        r"unfair|unjust|mistaken|short-?sighted|misguided|flawed|hasty|biased|baffling|absurd|"
        r"nonsensical|a mistake|an error|questionable|unjustified|unwarranted|premature|"
        r"shocking|insulting|did(?:n't| not) reflect|does(?:n't| not) "
        r"reflect)\b",
        r"(?:chose|choosing|chosen|picked|picking|hired|hiring|went with|going with|selected|"
        r"selecting|preferred|preferring)\b" + within(40) + r"\bover me\b",
        r"(?:look|looking) again at\b|\b(?:take|have|give) (?:it |this |my \w+ )?(?:another|a "
        r"second|a fresh|a proper) look\b",
        r"(?:never|not|n't|no|without)\b" + within(40) + r"\b(?:a )?(?:fair|proper|real|"
        r"genuine) (?:hearing|chance|shot|assessment|evaluation|look|consideration)\b",
        r"what (?:more|else) (?:i )?(?:could|should|can|might) (?:i )?(?:have )?(?:done|do|"
        r"offer(?:ed)?|shown)\b",
        r"(?:not|n't|never|unwilling|refuse|won't|cannot|can't)\b" + within(25) + r"\baccept "
        r"(?:this|it|that|the (?:decision|outcome|rejection)|your decision)\b",
        r"(?:struggl\w+|unable|at a loss|trying) to (?:understand|see|accept|make sense of)\b",
        r"(?:didn't|did not|failed to|couldn't|could not) (?:\w+ )?(?:see|recogni[sz]e|"
        r"appreciate|understand|value) (?:the |my )?(?:value|strengths?|potential|worth|"
        r"experience|skills)\b",
        r"(?:attention|consideration|chance|look|hearing) (?:it|i|they|my \w+) "
        r"(?:deserved|deserve|merited)\b",
        # The writer said to have fitted the role they were just turned down for: "my
        # background lined up with what the role called for", "I was a strong fit" (not a
        # hope for a later role).
        r"(?![^.!?]*\b(?:future|another|other|upcoming|similar|later|next)\b)(?:my (?:[\w-]+ )"
        r"{0,2}?(?:experience|background|skills?|skill set|profile|qualifications|cv|résumé|"
        r"resume|record|expertise)|i)\b" + within(25) + r"\b(?:matched|lined up|fitted|fit|"
        r"suited|aligned|answered|met|(?:was|were) (?:\w+ ){0,2}?(?:fit|match|what))\b"
        + within(50) + r"\b(?:role|job|position|post|description|advert|ad|brief|"
        r"requirements?|criteria|spec|posting|vacancy|needed|asked|called for|wanted|"
        r"looking for)\b",
        # A lecture on how the decision should have been given: "the least a firm can do",
        # "basic courtesy", "a candidate who has given this much deserves a call".
        r"(?:the )?least (?:you|a firm|a company|an employer|your \w+|they|anyone|someone|"
        r"one|you people|the (?:company|firm|team|recruiter)) (?:\w+ )?(?:can|could|should|"
        r"might) (?:have )?(?:do|done)\b",
        r"(?:basic|common|simple|elementary|ordinary|professional|bare) (?:courtesy|decency|"
        r"manners|respect|professionalism)\b|\b(?:bare|absolute|very) minimum\b",
        r"(?:candidates?|applicants?|someone|anyone|people|a person|those|one|i|i'm|i am) "
        # (Not what something else deserved: "I didn't give it the answer it deserved".)
        r"(?:[\w'-]+,? ){0,8}?(?<!\bit )(?<!\bthey )(?<!\bthat )(?<!\bthis )(?<!\bwhich )"
        r"(?<!\bhe )(?<!\bshe )(?:deserves?|deserved|(?:is|are|am|was|were) owed|merits?|"
        r"should (?:get|receive|be given|be told|hear))\b(?! (?:it|the (?:role|job|position|"
        r"post|offer)|this|congratulations|every success|to be (?:congratulated|proud)))",
        r"what i (?:do not|don't|cannot|can't|will not|won't|did not|didn't) (?:accept|"
        r"understand|tolerate|forgive|appreciate)\b"), kinds_for("answer-no")),
    Concern(_ARGUES, _ARGUES_FIX, (
        # Entitled to more: over-qualified, owed an interview, owed "a proper explanation".
        r"(?:over-?qualified|more than qualified)\b",
        r"(?:you|the least you) (?:\w+ )?owed me\b|\bi(?: am|'m) owed\b|\bthe least you "
        r"(?:could|should) (?:have )?(?:do|done|offer|give|given)\b",
        r"(?:i (?:\w+ )?(?:expect|demand|deserve|am owed|want)|i'd like|i would like) (?:a |an )?"
        r"(?:full |proper |detailed |clear |real |complete )?(?:explanation|account|"
        r"justification|reason)\b(?<!would like an explanation)(?<!'d like an explanation)"
        r"(?<!would like a reason)",
        r"i deserved?\b" + within(30) + r"\b(?:a chance|an? (?:\w+ )?interview|better|more|at "
        r"least|the (?:job|role|chance|position))",
        # Not fair, a reason guessed at and blamed, their message denied.
        r"(?:not|hardly|isn't|wasn't|n't|never) (?:very |really |entirely |remotely |at all |"
        r"exactly )?fair\b",
        r"(?:is|was) (?:this|it|that) (?:because|due to|about) (?:of |i |my |where |what |how )",
        r"if (?:this|that|it) (?:is|was|'s) (?:because|about|due to|why)\b",
        r"(?:so|therefore|which means) you never sent\b|\b(?:it|that|this) was never sent\b",
        # A reproach of how they ran it: what they should have done, their process called bad.
        r"you (?:should|ought to|could|might) (?:at least |really |just )?have (?:told|said|let "
        r"me know|been (?:upfront|honest|clear|straight|open)|informed|warned|mentioned|"
        r"contacted|called)\b",
        r"i (?:find|found|consider|considered|call) (?:your|the (?:whole )?(?:way you|process|"
        r"handling))\b" + within(40) + r"\b" + BAD + r"\b",
        # Holdout9's class (tests/notes/tone-variants-10.yaml): their reason called untrue
        # ("that's simply not accurate", "based on a misreading"), and a lecture that they
        # should read what is in front of them.
        r"(?:that|this|which|it)(?:'s| is| was)? (?:simply |just |plainly |frankly |flatly |"
        r"factually |demonstrably |completely |entirely )?(?:not (?:accurate|true|correct|right|"
        r"the case)|inaccurate|untrue|incorrect|false)\b",
        r"(?:reason|feedback|decision|assessment|conclusion|judg(?:e)?ment|comment|claim)s? "
        r"(?:(?:isn't|wasn't|is not|was not|are not|aren't)(?: \w+)? (?:accurate|true|correct|"
        r"right|fair)|(?:is|was|are|were)(?: \w+)? (?:inaccurate|untrue|incorrect|wrong|false|"
        r"mistaken|unfounded))\b",
        r"based on (?:a |an )?(?:mis\w+|mistake|error|false \w+|wrong \w+)",
        r"(?:unreasonable|too much) to (?:expect|ask)\b" + within(40) + r"\bto (?:read|look at|"
        r"check|review)\b"), kinds_for("answer-no")),
)

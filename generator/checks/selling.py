"""Re-selling, a tone concern counted rather than matched: sentences that sell the writer's
record (years in a trade, deeds recited, honours won, "I bring …", "no other candidate can
match …"). One or two sentences of fit are welcome in a note; RESELLING or more are a pitch
made again (tone.py counts them and reports the first).
"""

from __future__ import annotations

import re
from functools import cache

# A deed of the writer's record, in the past: not what they enjoyed, learnt or heard.
_DEED = (r"(?:(?!(?:enjoy|lik|lov|learn|appreciat|talk|discuss|notic|want|hop|ask|wonder|"
         r"realis|realiz|mention|decid|remember|return|arriv|walk|stay|tri|plann|watch|listen|"
         r"wish|start|need|seem|visit|agre|answer)ed\b)[a-z]+ed|wrote|led|ran|built|won|grew|"
         r"drove|took|oversaw|set up|taught|sold|cut|raised|opened|made|shot|gave)")
_SELLING = (  # on a sentence in lower case
    r"\b(?:my (?:experience|background|skills?|track record|qualifications|expertise|"
    r"credentials|degree)|i(?:'m| am) (?:confident|certain|convinced|sure) (?:that )?i\b|"
    r"i bring|i have (?:\d+|[a-z]+) years|i(?:'ve| have) (?:built|led|managed|developed|"
    r"overseen|delivered|grown)|i am (?:the )?(?:best|perfect|ideal|right|a strong|an "
    r"excellent|a proven|highly)|i hold\b|i would (?:be|have been) a (?:real |great |strong )?"
    r"(?:asset|fit)|i (?:believe|know) i (?:would|could|can|will) (?:contribute|add|bring|excel|"
    r"make|be)|i can (?:help|bring|deliver)|highly (?:organi[sz]ed|motivated|skilled)|proven "
    r"(?:track|ability|record)|"
    # Holdout7's class: a record recited clause by clause ("and have four years' experience",
    # "I have also prepared …", "I have experience with …", "these skills make me a strong
    # candidate", "as outlined in my application").
    r"i(?:'ve| have) (?:also|since|previously|recently|successfully|additionally|already) "
    r"(?:\w+ )?(?:built|led|managed|developed|overseen|delivered|grown|prepared|completed|"
    r"implemented|handled|supervised|negotiated|trained|mentored|written|run|launched|designed|"
    r"created|achieved|cut|reduced|recruited|presented|published|taught|won|earned|secured|"
    r"raised)|(?:\band|,) have (?:over |more than |nearly |"
    r"almost )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
    r"twenty)\+? years'?(?: of)? (?:[\w-]+ )?experience|i have (?:\w+ )?experience (?:with|in|"
    r"of|using|across|managing|running|leading)|(?:skills?|experiences?|background|qualifications|"
    r"record|expertise|strengths)\b[^.!?]{0,20}?\bmakes? me (?:a|an|the) (?:\w+ )?(?:strong|"
    r"ideal|good|great|excellent|perfect|suitable|qualified|natural|right|obvious)|as "
    r"(?:outlined|set out|stated|noted|mentioned|detailed|shown|described|listed|highlighted) "
    r"in my (?:application|cv|résumé|resume|cover letter|letter)|as my (?:cv|résumé|resume|"
    r"application) shows|"
    # Holdout8's class: a CV recited year by year ("From 2016 to 2019 I worked as …", "Since
    # 2022 I have been …", "My technical skills include …", "As you can see from my résumé").
    r"(?:from|between) (?:19|20)\d\d (?:to|and|until) (?:(?:19|20)\d\d|now|today) i "
    r"(?:worked|was|served|held|ran|led|managed)|since (?:19|20)\d\d i(?:'ve| have) (?:been|"
    r"worked|led|run|managed)|my (?:\w+ )?(?:skills|strengths|competencies) include|as you "
    r"(?:can|will) see (?:from|in|on) my (?:cv|résumé|resume|application)|"
    # Holdout9's and holdout10's class: the pitch in other words ("I also hold", "no other
    # candidate can match my …", "hiring me would be the smartest decision", "you will not
    # regret choosing me", "At Harbor Food Network I secured …"), and résumé lines that open
    # with a verb ("Grew app downloads 340%").
    r"i (?:also |now |still )hold\b|i (?:believe|know) that i (?:would|could|can|will) "
    r"(?:contribute|add|bring|excel|make|be)|(?:no other|nobody else|no one else)\b[^.!?]{0,30}"
    r"\b(?:match|compare|equal|bring|has|have)\b|hiring me (?:is|would be|will be) (?:the )?"
    r"(?:\w+ )?(?:best|smartest|right|wisest|easiest)|(?:will|won't|wouldn't|would) not regret "
    r"(?:hiring|choosing|picking|selecting) me|won't regret (?:hiring|choosing|picking|selecting) "
    r"me|my [\w-]+ (?:skills|experience|expertise|qualifications|record) (?:is|are) (?:unmatched|"
    r"unrivalled|exceptional|second to none|outstanding)|^(?:grew|cut|led|managed|built|"
    r"increased|reduced|delivered|launched|drove|doubled|tripled|saved|raised|secured|generated|"
    r"closed|won|created|designed|developed|implemented|oversaw)\b|(?:at|with) "
    r"[\w&'-]+(?: [\w&'-]+){0,3},? i (?:grew|secured|raised|doubled|tripled|increased|cut|"
    r"reduced|saved|generated|won|built|launched)\b)|"
    # Holdout11's class (tests/notes/tone-variants-11.yaml): a record recited after a no, as
    # years in a trade ("I have been a sportswriter … for nine years"; not a fan or customer
    # of theirs), three deeds in one sentence, honours ("my reports have been shortlisted")
    # and "you won't find a better writer".
    r"i(?:'ve| have) been (?:an? |the )(?!(?:\w+ )?(?:fan|customer|member|reader|listener|"
    r"follower|subscriber|user|patient|client|donor|admirer|visitor)\b)(?:[\w'-]+ ){1,6}?(?:for "
    r"(?:over |more than |nearly |almost |well over )?(?:\d+|one|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|a decade|decades)\b|since (?:19|20)\d\d\b)|"
    r"^i " + _DEED + r"\b[^.!?]*?, " + _DEED + r"\b[^.!?]*?,? and " + _DEED + r"\b|"
    r"my (?:[\w-]+ ){1,3}?(?:has|have) (?:been )?(?:shortlisted|nominated|published|featured|"
    r"recogni[sz]ed|awarded|cited|praised|commended|won)\b|"
    r"(?:won't|will not|wouldn't|would not) find (?:a |anyone |someone |anybody )?(?:\w+ ){0,2}?"
    r"(?:better|more|stronger|safer|steadier)\b|"
    # Holdout12's classes (tests/notes/tone-variants-12.yaml): a CV recited in sentences ("As I
    # mentioned, I studied …", "From 2019 I worked at …", "My strengths are …", "I am also
    # fluent in …", "my profile matches your requirements") or as a list of its own lines
    # ("eight years as a shift lead at …", "certified in …", "degree in … from …").
    r"(?:^|as i (?:mentioned|said|explained|told you),? )i (?:studied|trained|qualified|"
    r"graduated)\b(?! (?:your|the|it|them|this|that)\b)|"
    r"(?:from|since|in) (?:19|20)\d\d,? i (?:worked|was|served|held|ran|led|managed|joined|"
    r"moved|started)\b|"
    r"my (?:[\w-]+ )?(?:strengths|competencies|qualities|assets) (?:are|include|lie)\b|"
    r"i(?:'m| am) (?:also )?(?:fluent|proficient|certified|qualified|trained|experienced) "
    r"(?:in|as|with)\b|"
    r"my (?:profile|background|experience|skills?|qualifications|cv|résumé|resume) (?:\w+ )?"
    r"(?:match(?:es)?|fits?|meets?|suits?|corresponds? to|aligns? with) (?:\w+ ){0,2}?(?:your|"
    r"the) (?:\w+ )?(?:requirements|needs|criteria|profile|job description|brief)\b|"
    r"^(?:over |nearly |almost )?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty)\+? years? (?:as|at|leading|managing|running)\b|"
    r"^(?:certified|accredited|licensed|qualified|fluent|trained) (?:in|as|with)\b|"
    r"^(?:an? |my )?(?:bachelor'?s?|master'?s?|ba|bsc|ma|msc|mba|phd|degree|diploma)\b"
    r"[^.!?]{0,40}?\b(?:in|from)\b|"
    # Holdout13's classes (tests/notes/tone-variants-13.yaml): every skill the role calls for
    # claimed, "an invaluable asset", "all of this makes me the ideal candidate", and the
    # duties of a past job recited ("in my previous job I managed …").
    r"(?:every |all (?:of )?(?:the )?)(?:\w+ )?(?:skills?|qualit(?:y|ies)|qualifications?)\b"
    r"[^.!?]{0,40}?\b(?:calls? for|requires?|needs?|demands?|asks? for|looking for|listed)\b|"
    r"i (?:have|possess|bring|offer) (?:every |all (?:of )?(?:the )?)(?:\w+ )?(?:skills?|"
    r"qualit(?:y|ies)|qualifications?)\b|"
    r"(?:an? )?(?:invaluable|tremendous|huge|valuable|real|great) (?:asset|addition)\b|"
    r"(?:this|that|these|it|all (?:of )?(?:this|that|these|it)) (?:\w+ )?makes? me (?:a|an|the) "
    r"(?:\w+ )?(?:ideal|perfect|best|right|strong|obvious|natural) (?:candidate|choice|person|"
    r"fit|match)\b|"
    r"(?:in|at) my (?:previous|last|former|current|old|prior) (?:\w+ )?(?:job|role|position|"
    r"company|post|employer|workplace)\b,? i " + _DEED + r"\b|"
    r"proven (?:history|success)\b|\ba (?:strong |solid |long |proven )?track record\b|"
    r"\bdeep (?:expertise|knowledge) (?:in|of)\b|"
    r"my (?:[\w-]+ )?skills (?:are|include|lie)\b|"
    # (Answers gone over again, in the plural: one answer put better is what guides advise.)
    r"(?:reflect on|go back over|go over|add to|revisit|return to|expand on|correct|amend|redo) "
    r"(?:(?:some|a few|several|a couple|one or two|two|three|four|all|each|both) of )?(?:\w+ )?"
    r"(?:answers|responses)\b|\b(?:did|do|done) (?:my|those|these) (?:answers|responses) "
    r"justice\b|"
    # Holdout14's class (tests/notes/tone-variants-15.yaml): the answers then revisited one
    # by one ("On your question about targets: I said … but in fact …", "When you asked about
    # deadlines I said …", "a better example is …", "I forgot to mention my …"), each
    # sentence counted once.
    r"(?:^|(?<=[;:] ))(?:on|about|regarding|as for|as to|to) (?:your|the) (?:\w+ )?question "
    r"(?:about|on|of|regarding)\b[^.!?]*|when you asked (?:me )?(?:about|how|what|why|whether|"
    r"if)\b[^.!?]{0,60}\bi (?:said|answered|told you|mentioned|gave|forgot)\b[^.!?]*|"
    r"(?:^|(?<=[;:] ))about [\w -]{1,30}, i said\b[^.!?]*|"
    r"\ba better example (?:is|would be|was)\b[^.!?]*|"
    r"\bi (?:also )?forgot to (?:mention|say|add) (?:that )?my\b[^.!?]*|\bi would now add\b")
# Compiled on first use: most runs that import the checks never read a note.
SELLING = cache(lambda: re.compile(_SELLING))
# Three deeds recited in one sentence, wherever it starts ("In my last job I processed
# invoices, reconciled accounts and prepared the budget").
_RECITED = cache(lambda: re.compile(r"\bi " + _DEED + r"\b[^.!?]*?, " + _DEED
                                    + r"\b[^.!?]*?,? and " + _DEED + r"\b"))
RESELLING = 3  # sentences selling the writer; two short sentences of fit are welcome
# A sentence that sells twice over ("With a proven track record …, I am certain I would be an
# invaluable asset") counts twice, no more (holdout13's class: a pitch packed in two long
# sentences).
TWICE = 2


def weight(lowered: str) -> int:
    """How many times a sentence in lower case counts as selling the writer: 0, 1 or TWICE."""
    hits = len(SELLING().findall(lowered))
    return min(TWICE, hits + bool(hits and _RECITED().search(lowered)))


# Holdout14's other class (tests/notes/tone-variants-15.yaml): the whole plan handed over,
# phase by phase, "so your team can start on any of this straight away", which gives away
# the work the interview was to judge. A short outline or a sample they asked for is none.
_WHOLE_PLAN = cache(lambda: re.compile(
    r"\b(?:here (?:is|are)|below (?:is|are)|attached (?:is|are)|i(?:'ve| have)? (?:\w+ )?"
    r"(?:written|put together|drawn up|set out|laid out|mapped out|attach(?:ed)?|enclos(?:e|ed)))"
    r"\b[^.!?]{0,20}?\b(?:my|the|a|our) (?:complete|full|entire|whole|finished)\b[^.!?]{0,25}?"
    r"\b(?:plan|strategy|method|methodology|recipe|roadmap|playbook|blueprint|programme|"
    r"program|solution)s?\b"))
_PHASE = cache(lambda: re.compile(r"\b(?:weeks?|months?|phases?|steps?|stages?) (?:\d+|one|two|"
                                  r"three)(?: (?:to|and|-|–) \d+)?[:,]"))
_START_AT_ONCE = cache(lambda: re.compile(
    r"\bso (?:that )?(?:you|your team|the team|your staff)\b[^.!?]{0,20}\b(?:can|could) "
    r"(?:start|begin|put|implement|use|roll)\b[^.!?]{0,40}\b(?:straight away|right away|at "
    r"once|immediately|now|tomorrow|today)\b"))


def handed_over(lowered: str) -> re.Match[str] | None:
    """The whole plan offered in a note in lower case, laid out in phases or handed over to
    start at once, else None."""
    offered = _WHOLE_PLAN().search(lowered)
    if offered and (len(_PHASE().findall(lowered)) >= 2 or _START_AT_ONCE().search(lowered)):
        return offered
    return None

"""Gifts, a tone concern: something sent, left or promised to them with a note (treats,
vouchers, tickets, the writer's own product one each), which can break their rules and reads
as a bribe. Patterns as phrasings.py describes.
"""

from __future__ import annotations

from .wordclasses import (
    GIFT,
    Concern,
    within,
)

_PACKS = (r"\b(?:bags?|box(?:es)?|jars?|crates?|sets?|bottles?|packs?|tins?|samples?|cases?|"
          r"cartons?|hampers?)")

GIFTS = (
    Concern("offers a gift",
            "leave the gift out: a note of thanks is enough, and gifts can break their rules",
            (
                r"(?:i(?:'ve| have| had| am|'m|'ll| will| just| would like to|'d like to)? "
                r"(?:sent|sending|send|mailed|mailing|posted|posting|ordered|attached|dropped|put|"
                r"included|including|enclosing|tucked|popped|slipped|asked a \w+ to deliver|"
                r"present you with|"
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
                # Holdout15's class (tests/notes/tone-variants-17.yaml): a parcel announced to
                # them ("You should receive a small parcel today: a pair of socks …"), unless
                # it holds the papers or things of the job.
                r"(?:you(?:'ll| will| should)|should) (?:\w+ )?(?:receive|get|find|see) (?:a|an) "
                r"(?:small |little )?(?:parcel|package|delivery|box|surprise)\b(?![^.!?]*\b(?:"
                r"forms?|documents?|references?|samples?|certificates?|paperwork|contract|cv|"
                r"résumé|resume|portfolio|transcripts?|laptop|badge|keys?|equipment)\b)",
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
                r"enjoy)\b|\bwith my compliments\b",
                # Holdout10's class (tests/notes/tone-variants-10.yaml): a box of something sent
                # after them, no gift named ("so I've sent a box to your office").
                r"(?:sent|send|sending|posted|mailed|couriered|dropped|left|delivered|ordered) "
                r"(?:\w+ )?(?:a|an|some|one|two|a couple of) (?:\w+ )?(?:box|tin|bag|jar|basket|"
                r"batch|tray|bunch|crate|bottle|slab|dozen)(?:es|s)?\b" + within(40)
                + r"\b(?:to|at|for) (?:your |the )?(?:desk|office|door|reception|front desk|team|"
                r"home|panel)\b",
                r"had (?:one|some|a \w+|them|it) (?:delivered|sent|couriered|dropped off)\b"
                + within(30) + r"\bto your\b",
                r"(?:box|tin|jar|basket|hamper|bottle|batch)(?:es|s)? (?:is |are |should |"
                r"will )?(?:on (?:its|their) way|reach|arrive|get to)\b",
                # Holdout13's class (tests/notes/tone-variants-13.yaml): a gift they could not
                # accept pressed on them at home or through someone else, and a thing had
                # delivered to their home address.
                r"(?:(?:couldn't|could not|can't|cannot|unable to|not able to) (?:accept|take|keep|"
                r"receive)|declined|refused|turned down)\b" + within(90) + r"\b(?:your (?:home|"
                r"house|home address|private address|flat|apartment)\b|to you (?:personally|"
                r"privately|directly|at home)\b|(?:left|leave|leaving) (?:it|them) with\b|with "
                r"your (?:receptionist|assistant|secretary|colleague|pa)\b)",
                r"(?:had|have|got) (?:the|a|an|your|my|some) (?:[\w-]+ ){0,3}?(?:delivered|sent|"
                r"couriered|posted|brought) (?:\w+ )?to your (?:home|house|flat|apartment|private "
                r"address)\b")),
)

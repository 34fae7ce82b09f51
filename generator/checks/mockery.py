"""Sarcasm's further shapes (sarcasm.py is full): the rejection declined as though it were an
offer, thanks for being fitted in around their neglect, thanks for an update that never came
(holdout13's classes, tests/notes/tone-variants-13.yaml), their promise thrown back, and
surprise aimed at how they treated the writer (tests/notes/tone-variants-14.yaml). Patterns as
phrasings.py describes.
"""

from __future__ import annotations

from ..kinds import kinds_for
from .wordclasses import Concern, within

_SARCASTIC = "sounds sarcastic"
_SARCASTIC_FIX = "say what you mean plainly: sarcasm reads as contempt in writing"

MOCKERY = (
    # The rejection declined in a rejection letter's own words: "your rejection is not one I
    # can take on", "my capacity for new ones is exhausted", "not a fit for my needs".
    Concern(_SARCASTIC, _SARCASTIC_FIX, (
        r"(?:your|the|this) (?:rejection|refusal|no)\b" + within(40) + r"\b(?:is not|isn't|was "
        r"not|wasn't) (?:one|something) i (?:can|could|am able to|will|shall) (?:take on|accept|"
        r"take)\b",
        r"(?:decline|reject|refuse|cannot accept|can't accept|unable to (?:accept|take)) (?:your|"
        r"the|this) (?:kind )?(?:rejection|refusal|no)\b",
        r"(?:capacity|room|space|appetite|quota) for (?:any )?(?:new|more|further|fresh)? ?"
        r"(?:rejections|refusals|ones)\b",
        r"(?:your|the|this) (?:rejection|refusal)\b" + within(40) + r"\b(?:not|isn't|doesn't|"
        r"does not) (?:\w+ ){0,2}?(?:a (?:good )?fit|meet|suit|right for)\b"),
        kinds_for("answer-no")),
    Concern(_SARCASTIC, _SARCASTIC_FIX, (
        # Fitted in around their neglect: "between what were clearly far more important calls",
        # "a privilege to watch you check your inbox", "the part where you asked me the same
        # question twice", interruptions that "made me feel heard".
        r"between\b" + within(25) + r"\b(?:clearly|obviously|evidently|far|much|so much) "
        r"(?:far |much )?more important\b",
        r"(?:privilege|honou?r|pleasure|treat|joy|delight) to watch you (?:\w+ ){0,2}?(?:check|"
        r"answer|read|scroll|typ|text|look|glanc|tak)\w*",
        r"(?:enjoyed|loved|liked|appreciated) the (?:part|bit|moment) (?:where|when) you "
        r"(?:\w+ ){0,2}?(?:asked me the same|repeated|forgot|interrupted|checked|yawned|looked at "
        r"(?:your|the) (?:phone|watch|clock|laptop)|took a call|left)\b",
        r"(?:interrupt\w*|ignor\w*|cut off|talked over|asked (?:me )?(?:the same|twice)|kept "
        r"waiting)\b" + within(40) + r"\bmade me feel (?:so |really |truly )?(?:heard|valued|"
        r"welcome|important|seen|respected|listened to)\b",
        # Thanks for an update taken back ("Oh wait, there wasn't one."), their reply said to
        # have gone by carrier pigeon or snail.
        r"(?:oh,? wait|oh,? hang on|hang on|wait a (?:second|minute)|just kidding|only kidding|"
        r"kidding)\b" + within(30) + r"\b(?:there (?:wasn't|was not|was none|were none|isn't|is "
        r"not)|you (?:didn't|did not|haven't|have not|never))\b",
        r"(?:carrier pigeon|pigeon|snail|smoke signals?|message in a bottle)\b" + within(50)
        + r"\b(?:got lost|lost|gave up|never (?:arrived|came|made it))\b",
        r"(?:reply|answer|response|update)\b" + within(40) + r"\b(?:by|via) (?:carrier )?"
        r"(?:pigeon|snail|smoke signals?|owl)\b")),
    Concern(_SARCASTIC, _SARCASTIC_FIX, (
        # Their promise thrown back (tests/notes/tone-variants-14.yaml): the word in scare
        # quotes ("the 'promised' call"), a promise of theirs called a figure of speech or never
        # meant, an arrival "right on time, which is to say never". (The writer's own "as
        # promised" keeps a promise, and is none of these.)
        r"(?:the|your|their|a|this|that|my) [\"'‘“](?:promised|guaranteed|soon|shortly|"
        r"imminent|speedy|prompt|quick)[\"'’”]",
        r"(?:was|is|were|are) (?:\w+ )?(?:apparently|clearly|obviously|evidently|just|only|"
        r"merely) (?:just |only |merely )?(?:a figure of speech|a turn of phrase|a manner of "
        r"speaking|a joke|wishful thinking|aspirational)\b|\bnever (?:meant|intended) (?:as|to "
        r"be) (?:a |an )?(?:promise|commitment|real (?:date|promise))\b",
        r"which is to say,? (?:never|not at all|nothing|no one|nobody|not)\b",
        # Surprise aimed at how they treated the writer: "I hadn't expected such professionalism
        # to include losing my CV twice", "surprised to learn that 'we'll be in touch' means a
        # month of silence". (Surprise at what they told of themselves is rapport: "I had not
        # expected to learn that you played bassoon", our formal pack's.)
        r"(?:(?:did not|didn't|never|had not|hadn't|would not|wouldn't) (?:have )?expect\w*|"
        r"surprised to (?:learn|find|see|discover|hear))\b" + within(70) + r"\b(?:form "
        r"(?:e-?mail|letter|reply|rejection)|automated (?:e-?mail|reply|rejection)|kept waiting|"
        r"forg[eo]t\w*|ignor\w+|silence|ghost\w*|los(?:e|ing|t) my|no (?:reply|response|"
        r"answer|word)|never (?:called|replied|answered|wrote))\b")),
    # Holdout14's class: their reply written for them, to mock their silence ("as you are
    # obviously swamped, I have saved you the trouble of composing a reply").
    Concern(_SARCASTIC, _SARCASTIC_FIX, (
        r"(?:saved|save|spared|spare|saving|sparing) you (?:the )?(?:trouble|effort|bother|"
        r"hassle|work|pain)\b" + within(30) + r"\b(?:writ|compos|repl|respond|answer|typ)\w*",
        r"(?:written|drafted|composed|typed|prepared) (?:your|the) (?:reply|answer|response)\b"
        + within(15) + r"\bfor you\b|\b(?:drafted|written|composed) your (?:reply|answer|"
        r"response) (?:myself|for you)\b"), kinds_for("ask")),
    # Their time called too precious for a reply (tests/notes/tone-variants-15.yaml): "I know
    # your time is so precious that a reply is out of the question". (Their precious time
    # thanked for, or a note kept short for it, is courtesy: sarcasm.py's.)
    Concern(_SARCASTIC, _SARCASTIC_FIX, (
        r"your time is (?:so|too|far too|much too) (?:precious|valuable|important)\b" + within(40)
        + r"\b(?:out of the question|impossible|beneath you|(?:can't|cannot|couldn't|could not|"
        r"won't|will not) (?:\w+ )?(?:spare|reply|answer|respond|write|be spent))",)),
)

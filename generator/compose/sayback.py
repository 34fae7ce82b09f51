"""What a note can say back of a point in their own terms, beyond naming it: their words
quoted in your notes, the advice they gave, a short list they laid out, the candour your notes
saw in them, and your own answer to their question. Each is read from the
point as written and given in a form a sentence can end on. A base module of compose, used by
gist.py.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .clauses import _has_verb
from .guard import sound_topic
from .lexicon import VERBS
from .lists import and_list
from .marks import DOING
from .questions import _verb_base
from .shorthand import LONE_ADJECTIVE, SHORTHAND, SPAN
from .text import _lower_first, _strip_tail, word_count
from .voice import for_reader, is_plural, private

# Words before "of" that take no article: "most of the shifts", "plenty of PIREPs".
_NO_ARTICLE = frozenset(["most", "some", "all", "none", "plenty", "lots", "half", "each",
                         "either", "neither", "one", "two", "three", "much", "many", "more",
                         "less", "few", "part", "kind", "sort"])


# A detail that says when, not what: "done last Thursday", "held every quarter".
WHEN = re.compile(r"(?:done|held|run|[a-z]+ed)\s+(?:last|on|in|every|this|yesterday|each)\b")


def listed_phrase(items: list[str], names: Sequence[str], proper: frozenset[str]) -> str | None:
    """A short list of theirs as one phrase a sentence can end on ("a, b, and c"): its first
    three items, each a few words with nothing of yours; None where fewer than two are fit."""
    kept = []
    for item in items:
        item = _strip_tail(re.sub(r"\s*\([^()]*\)", "", " ".join(item.split())))
        item = re.sub(r"\s+\+\s+", " and ", item)  # "GCP refresher + the center's SOPs"
        if not item or word_count(item) > 9 or re.search(r"\b(?:I|my|me)\b|[;:?!\"“”]", item) or (
                SHORTHAND.search(item)) or (
                item.split()[0] in VERBS):  # "review AP": a task, not a thing to name
            continue
        item = _lower_first(for_reader(item, names), proper)
        bare = re.match(r"([a-z]+) of\b", item)  # "line of storms over ORD": a line of them
        if bare and not is_plural(bare[1]) and bare[1] not in _NO_ARTICLE:
            item = f"{'an' if item[0] in 'aeio' else 'a'} {item}"
        kept.append(item)
    kept = kept[:3]
    if len(kept) < 2:
        return None
    if re.match(r"(?:but|and|or|though)\s", kept[-1]) or WHEN.match(kept[-1]):
        # "…, which you are proud of, but …"; "…, done last Thursday": when, not a thing
        return f"{', '.join(kept[:-1])}, {kept[-1]}"
    return and_list(kept)


def said_after_heading(head: str) -> list[str]:
    """What a heading's jotted comment says of it, as a clause to read: "setup times, he
    wants them down" -> "he wants setup times down"; "third shift sanitation, which is where
    most of the load comes from" -> "most of the load comes from there"."""
    head = _strip_tail(head)
    pronoun = re.match(r"([^,]{3,40}), ((?:she|he|they) \w+ (?:them|it)\b[^,]*)$", head,
                       re.IGNORECASE)
    if pronoun and not _has_verb(pronoun[1]):
        return [re.sub(r"\b(?:them|it)\b", pronoun[1], pronoun[2], count=1)]
    where = re.match(r"[^,]{3,60}, which is where (.{8,})$", head)
    return [where[1] + " there"] if where else []


def comma_details(value: str, names: Sequence[str],
                  proper: frozenset[str]) -> tuple[str, str | None] | None:
    """A short heading and the details jotted after it, as a phrase ("growth, second shop in
    Fort Collins next year" -> ("growth", "a second shop in Fort Collins next year")): only
    verbless pieces of three to nine words with nothing of yours and no shorthand are kept.
    None where the point is not a heading and its details."""
    pieces = [p.strip() for p in _strip_tail(" ".join(value.split())).split(", ")]
    if len(pieces) == 2 and SPAN.fullmatch(pieces[1]):
        return None  # "vertical alignment, 5th grade through HS": one thing and its span
    if 3 <= len(pieces) <= 4 and word_count(pieces[0]) <= 8 and not _has_verb(pieces[0]) and all(
            _STATUS.match(p) and word_count(p) <= 9 and not re.search(
                r"\b(?:I|my|me|we|our)\b|[;:?!\"“”()]", p) for p in pieces[1:]):
        # "NPSP migration, about half done, stalled since the coordinator left": where it
        # stands, said after a colon ("…: about half done, and stalled since …")
        said = [_lower_first(for_reader(p, names), proper) for p in pieces[1:]]
        return pieces[0], f"{', '.join(said[:-1])}, and {said[-1]}"
    # a heading is a few words, or a how-clause ("how QA and production talk, a daily …")
    how = re.match(r"(?:how|what|who)\b", pieces[0]) and word_count(pieces[0]) <= 7
    if len(pieces) < 2 or len(pieces) > 4 or LONE_ADJECTIVE.fullmatch(pieces[0]) or (
            not how and (word_count(pieces[0]) > 6 or _has_verb(pieces[0]))) or re.search(
            r"[%\d]", pieces[0]):
        return None
    if any(word_count(piece) <= 2 for piece in pieces[1:]):
        return pieces[0], None  # "CTRs, structuring, …": a run of topics, not their details
    kept = []
    for piece in pieces[1:]:
        # "DAF unit, she showed me the float and the sludge handling": what they showed
        piece = re.sub(r"^(?:she|he|they)\s+(?:showed|walked)\s+me\s+(?:through\s+)?", "",
                       piece, flags=re.IGNORECASE)
        if re.match(r"(?:how|what|when|where|why|whether|who|which)\b", piece, re.IGNORECASE):
            continue  # "when to escalate to a SAR": a topic of its own
        first = piece.split()[0].casefold() if piece.split() else ""
        if HOW_OFTEN.match(piece) or (first != _verb_base(first) and _verb_base(
                first) in VERBS) or re.match(r"[a-z]+ing (?:about|on|of|to|through)\b", piece):
            continue  # "monthly and quarterly", "wants each option …", "thinking about …"
        if re.search(r"\b(?:it|them)\b|\b(?:this|that)$", piece, re.IGNORECASE) or (
                SHORTHAND.search(piece)):
            continue  # "backflow testing, a lot of it": a remark, not a thing to name
        if re.match(r"(?:yes or no|or not|and why)\b", piece, re.IGNORECASE):
            continue  # "haptics on delivery confirmation, yes or no?": their question's tail
        if not 3 <= word_count(piece) <= 9 or _has_verb(piece) or _verb_base(
                first) == first or re.search(
                r"\b[a-z]+s\s+[a-z]+ed\b", piece) or re.search(  # "bring a …", "directors stayed"
                r"\b(?:I|my|me|we|our)\b|[~!;?=\"“”()/<>]|:(?!\d\d\b)|\d+-\d+|\b(?:vs|etc|w)\b",
                piece) or re.search(
                r"^(?:rest|most|some|all|half|part|never|not|only|just|always|no|even)\b|\b(?:flat|up|down|high|low|tight|late|"
                r"early|open|closed|full|empty|over|under|done|same|yet)$", piece):
            # "rest of the district flat": a verbless statement, not a thing to name
            continue
        piece = _lower_first(for_reader(piece, names), proper)
        if re.match(r"(?:second|third|fourth|new|another|daily|weekly|monthly|nightly)\b",
                    piece):  # "a daily bug triage at 10:15"
            piece = ("a " if not piece.startswith("another") else "") + piece
        kept.append(piece)
    if len(kept) >= 2 and WHEN.match(kept[-1]):
        return pieces[0], ", ".join(kept)  # "…, done last Thursday": when, not a thing
    return pieces[0], (and_list(kept) if len(kept) >= 2 else (kept[0] if kept else None))


# How often or how many, jotted after a heading: a term of the work, not a thing they showed.
# Only that ("monthly and quarterly"), or how many or how fast ("about 9,000 accessions",
# "growing fast"): "daily bug triage at 10:15" names a thing the team does: its detail.
HOW_OFTEN = re.compile(r"(?:(?:daily|weekly|monthly|quarterly|yearly|annually|nightly|hourly|"
                        r"about|roughly|around|every|once|twice|and|or|a|an|per|other|few|\d+|"
                        r"one|two|three|four|five|six|times?|days?|weeks?|months?|quarters?|"
                        r"years?|shifts?)\b\s*)+$|(?:about|roughly|around|maybe|nearly|almost|"
                        r"growing|shrinking)\b", re.IGNORECASE)  # how many, how fast


# Where a piece of work stands, jotted after its name: "about half done", "stalled since …"
_STATUS = re.compile(r"(?:(?:about|nearly|almost|roughly|maybe|mostly|only|still|now|not yet)\s+)?"
                     r"(?:half|\d+%|a third|two thirds|done|finished|complete|stalled|paused|"
                     r"on hold|behind|ahead|over budget|under budget|started|launching|live|"
                     r"blocked|late|on track|in (?:beta|pilot|progress|review|testing))\b")


# "her advice on the CRRT course, take it early": what they advised, after its subject.
ADVICE = re.compile(r"^(?:(?:her|his|their|your)\s+)?(advice|tip|suggestion|recommendation)s?"
                     r"\s+((?:on|about|for)\s+[^,:;.]{3,60}?)\s*[,:;—–-]\s+(.{8,})$",
                     re.IGNORECASE)


# A task or question they set you, in their words: "Tell me about a time …", "Cook me
# something with what's in the walk-in." Not a line of theirs to quote back.
TASK = re.compile(r"(?:tell|walk|describe|give|talk|explain|show|cook|make|build|sell|design|"
                  r"fix|write|draw|pitch|teach)\s+(?:me|us)\b", re.IGNORECASE)


def their_quote(value: str) -> str | None:
    """A sentence of theirs your notes quote ("Nobody goes home late and nobody cries in the
    med room."), as it can close a sentence of the note: in curly quotes, with its end mark.
    None for a question they put to you ("Tell me about a time …"), a scare-quoted word or a
    quote too long to carry."""
    for match in re.finditer(r"[\"“]([^\"“”]+)[\"”]", value):
        said = " ".join(match[1].split())
        if word_count(said) > 30:
            # a long speech of theirs, by its shortest whole sentence ("You do not get to be
            # halfway."): recruiter round 16 found Captain Voss's speech unused in every pack
            lines = [line for line in re.split(r"(?<=[.!])\s+", said) if 5 <= word_count(
                line) <= 16 and not re.match(r"(?:It|This|That|They|These|Those|He|She|And|But|"
                                             r"So)\b", line) and _has_verb(line)]
            said = min(lines, key=word_count, default=said)
        if not 3 <= word_count(said) <= 30 or said.rstrip().endswith("?") or TASK.match(said):
            continue
        if word_count(said) < 5 and not _has_verb(said):  # "Badly, at the moment.": a quip
            continue
        before = value[max(0, match.start() - 6):match.start()]
        after = value[match.end():match.end() + 2]
        # a quote of theirs that ends your sentence (", "there's no third conversation."")
        # or is what they said ("Her answer was "customers who …"") may start lower-case;
        # one inside a phrase of yours is no quote of theirs
        closing = (before.endswith((", ", ": ")) and re.match(r"\s*$|[.!]", after)) or (
            re.search(r"\b(?:was|is|said|says)\s$", before))
        # words of yours are no quote of theirs: I said "a range we'd bet on"
        if not (said[:1].isupper() or closing) or re.search(
                r"\bI\s+(?:said|told \w+|answered|replied|wrote|joked)\W*$",
                value[max(0, match.start() - 30):match.start()]):
            continue
        said = said.rstrip(",;: ")
        if said[-1] not in ".!":
            said += "."
        said = said[:1].upper() + said[1:]
        return f"“{said}”"
    return None


def their_reply(value: str) -> str | None:
    """Their answer to your question, quoted after it ('does the studio let people leave at 5?
    she laughed, "mostly, except deadline week"'): short words of theirs are the whole answer
    here, where elsewhere they would be a quip. None where nothing is quoted after the "?"."""
    asked = value.find("?")
    match = re.search(r"[\"“]([^\"“”]+)[\"”]", value[asked + 1:]) if asked >= 0 else None
    if match is None:
        return None
    said = " ".join(match[1].split()).rstrip(",;: ")
    if not 2 <= word_count(said) <= 30 or said.endswith("?"):
        return None
    said = said if said[-1] in ".!" else said + "."
    return f"“{said[:1].upper()}{said[1:]}”"


def plain_reply(sentence: str, names: Sequence[str], proper: frozenset[str]) -> str | None:
    """Their answer to your question, as a phrase where it is one ("I asked what a win looks
    like. One number every merchant trusts."): no verb, short, nothing private, nothing of
    yours; "He said: no NOVs and no surprises for him" is said to him ("… for you")."""
    first = _strip_tail(sentence)
    # "He said: …", "Her answer, …": who answered, not the answer
    attributed = re.match(r"(?:(?:she|he|they)\s+said\s*[:,]?|(?:her|his|their)\s+answer\s*[:,])"
                          r"\s+(?![\"“])", first, re.IGNORECASE)
    if attributed:
        first = for_reader(first[attributed.end():], names, team=False)
    if not 3 <= word_count(first) <= 18 or _has_verb(first) or private(first) or re.search(
            r"\b(?:I|my|me|she|he|her|his|they|them)\b|[\"“”:;?!()]", first):
        return None
    reply = _lower_first(first, proper)
    if not sound_topic(reply, proper) or re.search(
            r"\b(?:being|been|apparently|supposedly|allegedly|still)\b", reply):
        return None
    return reply


def your_answer(rest: Sequence[str]) -> str | None:
    """What you answered their question, where the notes say it plainly and briefly ("I said
    give them a real time and then beat it"); None for a story you told ("Told her about …")
    or an answer about someone else."""
    if not rest:
        return None
    said = re.match(r"I\s+(?:said|answered|told (?:her|him|them)(?!\s+about))\s+(?:that\s+)?(.+)$",
                    rest[0])
    if said is None:
        return None
    answer = re.split(r",\s+and\s+|;\s+", _strip_tail(said[1]))[0].strip()
    # an answer in your own voice ("I love the line, but the Sundays …") may run longer: it
    # is said as you would still say it, after a colon
    longest = 30 if re.match(r"I\b", answer) else 16
    if not 3 <= word_count(answer) <= longest or re.search(
            r"\b(?:she|he|her|him|his)\b|[\"“”]", answer, re.IGNORECASE):
        return None
    return answer if re.match(r"I\b", answer) else answer[:1].lower() + answer[1:]


def what_you_told(rest: Sequence[str]) -> str | None:
    """What you told them in answer to their question, as a thing to name ("Told him about
    the daily four-bar warm-up and how I grade it" -> "the daily four-bar warm-up"); None
    where it is about someone else or too long to name."""
    told = re.match(r"(?:I\s+)?[Tt]old (?:her|him|them) about\s+(.+)$", rest[0]) if rest else None
    if told is None:
        return None
    thing = re.split(r",|;|\s\(|\s+and (?:how|why|what|when)\b", _strip_tail(told[1]))[0].strip()
    if not 2 <= word_count(thing) <= 10 or re.search(r"\b(?:she|he|her|him|his)\b|[\"“”]",
                                                      thing, re.IGNORECASE):
        return None
    return thing if re.match(r"(?:my|the|a|an|how|what|why|our)\b", thing) else None


# Your notes saying they were frank about something, before the thing itself: "He was honest
# that …", "She was very upfront about how …".
CANDID = re.compile(r"(?:she|he|they|[A-Z][\w'-]+)\s+(?:was|were|is|are)\s+(?:really\s+|very\s+|"
                     r"so\s+|quite\s+|refreshingly\s+)?(?:honest|candid|frank|upfront|open|blunt)"
                     r"\s+(?:that|about how)\s+", re.IGNORECASE)
# Their words quoted mid-sentence ('paired with him "found out about a custom SLA at the
# kickoff call," and …'): read as part of the sentence, their marks dropped.
RUN_ON_QUOTE = re.compile(r"(?<=\w )[\"“]([a-z][^\"“”]*?)(,?)(\.?)[\"”]")


def what_you_did(phrase: str | None, head: str, rest: Sequence[str]) -> tuple[bool, str | None]:
    """Whether a point is an exercise you did together ("pairing", "case study"), and what you
    did as a phrase where the notes name it ("designing a rate limiter for the public API")."""
    doing = None
    first = re.split(r"[,(:]", phrase or head)[0].strip().casefold()
    first = re.sub(r"^the\s+", "", first)
    label = re.match(r"([^,(:]{3,24}):\s", head)  # "Live SQL: rolling sell-through …"
    if first not in DOING and label and label[1].casefold() in DOING:
        first = label[1].casefold()
    if first not in DOING:
        return False, None
    about = re.search(r"\(([^()]+)\)", phrase or "") or re.match(
        r"[^,]+,\s+([^,]+)$", _strip_tail(head))
    if about and "," not in about[1] and word_count(about[1]) <= 10 and not _has_verb(about[1]):
        doing = f"{DOING[first]} {about[1][0].lower()}{about[1][1:]}"
    elif rest and word_count(head) <= 3 and word_count(rest[0]) <= 10 and not _has_verb(
            rest[0]) and not re.search(r"\b(?:I|my|me)\b", rest[0]):
        # "Hands-on test. Wheel loader with the boom drifting down.": the task is the next
        # sentence
        task = _strip_tail(rest[0])
        task = task if task[1:2].isupper() else task[:1].lower() + task[1:]
        task = task if re.match(r"(?:the|a|an|my|your|our|their)\b", task, re.IGNORECASE) \
            else "the " + task
        doing = f"{DOING[first]} {task}"
    return True, doing

"""What a note to one person says of one of their points: which detail to cite, in words fit
for that reader.

People jot a point as a label and then what made it memorable ("The storeroom. In 2019 they
found a jar of crystallized picric acid …"), a question and its answer, or a run-on story.
A careful writer cites the detail the reader will recognise, not the label. Each point is
read here into a `Gist` (point.py says what each of its fields holds): its topic, its most
specific detail as a clause, the thing it points at, the point as a fact, and what kind of
conversation it was; and, where the notes give them, their words quoted, their advice and a
list they laid out (sayback.py), a heading and what was said of it (jotted.py). What is
private stays out (voice.py); clauses are found by clauses.py, the topic named by naming.py,
content words matched by words.py. English here, Spanish in gist_es.py. A base module of
compose.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .clauses import (
    _as_clause,
    _has_verb,
    _split_clauses,
    thing_of,
    vividness,
)
from .english import answer_apart
from .english_own import with_their_subject
from .guard import sound_clause, sound_topic, without_duration
from .jotted import jotted
from .lists import _split_list
from .marks import (
    AND_ASKED,
    CHALLENGE,
    GAVE,
    HARD,
    JOTTED,
    OPEN,
    PAST_NARRATIVE,
    SAID_THAT,
    SHOWN,
    SOMEONE_ELSE,
    SORE,
    STORY,
    WALKED,
    their_view,
)
from .naming import _topic, tidy_topic
from .persons import you_to_me
from .phrasing import place
from .point import Gist
from .questions import _verb_base
from .sayback import (
    ADVICE,
    CANDID,
    RUN_ON_QUOTE,
    TASK,
    comma_details,
    listed_phrase,
    plain_reply,
    said_after_heading,
    their_quote,
    their_reply,
    what_you_did,
    what_you_told,
    your_answer,
)
from .shorthand import COUNT, with_copula
from .text import Placed, _lower_first, _strip_tail, sentences, word_count
from .voice import for_reader, private, their_team
from .words import content_words

_THEIR_VERBS = ("wants", "needs", "expects", "prefers", "hates", "loves", "thinks")


def read_point(index: int, value: str, placed: Placed, *, names: Sequence[str] = (),
               proper: frozenset[str] = frozenset(), to_self: bool = True) -> Gist:
    """One English discussion point read into a Gist (see the module's docstring)."""
    value = answer_apart(value)
    theirs = with_their_subject(value, _THEIR_VERBS)
    label, comma, after = value.partition(", ")  # "value engineering, wants each option …"
    if theirs == value and comma and len(label.split()) <= 4 and (
            with_their_subject(after, _THEIR_VERBS) != after):
        theirs = f"{label}, she {after}"
    if theirs != value:  # "wants someone to run people": theirs, no subject jotted
        value, placed = theirs, place(theirs, "discussion_points", names=names, proper=proper)
    candid = CANDID.match(value.strip())
    if candid and word_count(value) - word_count(candid[0]) >= 5:
        # "He was honest that the last CSM …": the candour noted, the rest read as the point
        frank = RUN_ON_QUOTE.sub(r"\1\2\3", value.strip()[candid.end():])
        frank = re.sub(r",?\s+and that\s+", ", and ", frank)  # "…, and that he now does …"
        again = place(frank, "discussion_points", names=names, proper=proper)
        return replace(read_point(index, frank, again, names=names, proper=proper,
                                  to_self=to_self), open=True)
    listed = _split_list(value)
    said_items = None
    heading = None  # a short heading and the details jotted after it (comma_details)
    if listed is not None:
        lead, items = listed
        parts = sentences(" ".join(lead.split()))
        # a point that is only a list is named by its first item, which it then lists no more
        said_items = listed_phrase(items if parts else items[1:], names, proper)
        head = parts[0] if parts else (items[0] if items else "")
        rest = [*parts[1:], *items]
    else:
        parts = sentences(" ".join(value.split()))
        head = parts[0] if parts else ""
        rest = parts[1:]
        heading = comma_details(head, names, proper) if len(parts) == 1 else None
        if heading:  # "growth, second shop in Fort Collins next year"
            said_items = heading[1]
    team = their_team(value)
    if re.match(r"[\"“]", head) and TASK.match(head[1:]):
        # "“Cook me something with what's in the walk-in.” …": a task they set you, which
        # the note cannot name in a phrase of its own
        placed = Placed(None, None, "label")
    had = re.match(r"(?:(?:she|he|they|[A-Z][\w-]+)\s+)?(?:had me|asked me to(?= (?:walk|talk|"
                   r"explain|sketch|design|troubleshoot|critique|teach|solve|estimate|write)\b))"
                   r"\s+(\w.+)$", _strip_tail(head), re.IGNORECASE)
    if had:  # "He had me cold-call him as a skeptical IT director": a task they set you
        placed = Placed(f"to {had[1]}", None, "asked")
    challenge = CHALLENGE.match(head)
    if challenge:  # "She pushed hard on what happens when Redis is down": her question
        placed = Placed(_strip_tail(head[challenge.end():]), None, "asked")
    topic = _topic(placed, names, to_self, team)
    if topic and topic.startswith("on ") and re.match(r"(?:On|About|Re)\s[^,:]{3,40}[,:]", value):
        topic = topic[3:]  # "On poll workers, in her words: …": a heading, not "about on …"
    if heading and heading[1] and topic and "," in (placed.phrase or ""):
        topic = tidy_topic(_topic(Placed(_lower_first(heading[0], proper), None, "topic"),
                                  names, to_self, team))  # the heading, not its details
    kind = "topic"
    # "Why leave the engine? First question, straight out. I told him …": your answer may
    # come a sentence later
    answered = any(re.match(r"I\s+(?:said|told|answered|described|walked|explained|gave|"
                            r"talked)\b", sentence) for sentence in rest[:2])
    if answered and placed.shape in ("question", "topic") and topic:
        first_person = re.search(r"\b(?:I|I['’]\w+|my|me)\b", placed.phrase or "")
        placed = Placed(placed.phrase, placed.sentence, "asked", placed.more)
        if not first_person:  # "how I'd push back if QA held a lot he needed": already yours
            topic = you_to_me(topic)  # "what you do when …" was their question to you
    if placed.shape == "asked":
        kind = "asked"
    elif (re.match(r"I asked\b", head) and topic and re.match(
            r"(?:how|what|why|when|where|whether|who)\b", topic)) or (re.match(
            r"I asked (?:(?:her|him|them) )?about\b", head) and topic):
        kind = "answer"  # your question, even one that says "me": "… she'd want me to keep"
    elif placed.shape == "question" and topic and re.fullmatch(r"why [^,;]+", topic) and not (
            _has_verb(topic[4:])):
        kind = "asked"  # "Why middle school and not high school?": asked of you
    elif topic and re.search(r"\b(?:I|my|me)\b", topic):  # "what he'd want from me": yours
        kind = "answer" if re.match(r"(?:what|how|where|when)\s+you(?:['’]d|\s+would|\s+want)\b",
                                    topic) and rest else "asked"
    elif placed.shape == "label":
        kind = "exercise"
    elif SHOWN.match(head):
        kind = "shown"
    elif WALKED.match(head):
        kind = "walked"
    elif STORY.search(head) or any(PAST_NARRATIVE.search(s) for s in rest):
        kind = "story"
    elif placed.shape == "question":
        kind = "answer"
    if rest and SOMEONE_ELSE.search(head) and re.match(r"(?:she|he)\b", rest[0], re.IGNORECASE):
        rest = []  # "I asked what made the last sous leave. She opened …": she is not the reader
    sources = ([head] if kind in ("topic", "story", "walked") else []) + rest
    candidates: list[str] = []
    subject = re.match(r"(?:they|we|she|he)(?:['’]re|['’]s| are| is)\s", head, re.IGNORECASE)
    for sentence in sources:
        clauses, spliced = _split_clauses(sentence)
        if not spliced and word_count(sentence) <= 22:
            candidates.append(sentence)
        candidates += [subject[0] + c if subject and re.match(r"[a-z]+ing\b", c) else c
                       for c in clauses]  # "they're two FTEs short; rolling out …"
    heading_says = said_after_heading(head) if kind == "topic" else []
    candidates += heading_says
    if kind not in ("topic", "story", "walked", "answer") and head:  # a run-on head's details
        candidates += _split_clauses(head)[0][1:]
    # "she's moving the firm to X and asked what I'd want": the move is the detail, the
    # question another thing
    candidates = [SAID_THAT.sub("", AND_ASKED.sub("", c)) for c in candidates]
    clauses = list(dict.fromkeys(
        c for c in (_as_clause(c, names, to_self, team, proper) for c in candidates) if c))
    best = max(clauses, key=vividness, default=None)
    exercise, doing = what_you_did(placed.phrase, head, rest)  # "mock code review (the diff)"
    kind = "exercise" if exercise else kind
    gave = GAVE.match(head)
    if gave and doing is None:  # "He gave me a scenario and had me talk it through: - …"
        kind, doing = "exercise", f"working through the {gave[1].casefold()}"
    if best is not None and vividness(best) < 2.0:
        best = None
    view = next((c for c in clauses if their_view(c)), None)
    best = view if view and kind == "topic" else best  # what they want, before their figures
    if best is None:  # why it mattered, or what they want: worth saying, numbers or not
        said_of_it = {_as_clause(c, names, to_self, team, proper) for c in heading_says}
        best = next((c for c in clauses if c in said_of_it or their_view(c)), None)
    fact = _as_clause(AND_ASKED.sub("", _split_clauses(head)[0][0]), names, to_self, team,
                      proper) if head and kind == "topic" else None
    kind = "topic" if topic is None and kind == "asked" else kind
    bare = re.match(r"(why|how) ([a-z]+) ", topic or "")
    if kind == "asked" and bare and bare[2] not in ("do", "be", "much", "long", "far") and (
            _verb_base(bare[2]) == bare[2]):  # "Why leave the engine?" asked of you
        topic = f"{bare[1]} I'd {(topic or '')[len(bare[1]) + 1:]}"
    said = " ".join(s for s in sentences(" ".join(value.split())) if not private(s)) or value
    # Only what reads whole in its slot goes into a sentence (guard.py); else the plain phrase.
    known = tuple(names)
    refused = 0
    if topic is not None:  # "call taking test. typed while …": a second note, unpunctuated
        topic = without_duration(re.split(r"(?<!\b[a-z])(?<!\bvs)(?<!\betc)\.\s+(?=[a-z])|\?\s",
                                          topic)[0])
        if not sound_topic(topic, proper):
            refused += 1
            plain = without_duration(placed.short or "") if placed.short else None
            topic = plain if plain and "," not in plain and word_count(plain) <= 8 and sound_topic(
                plain, proper) and not re.search(r"\b(?:I|my|me)\b", plain) else None
    topic = tidy_topic(topic)
    if best is not None and not sound_clause(best, proper, known):
        refused += 1
        best = None
    if fact is not None and not sound_clause(fact, proper, known):
        refused += 1
        fact = None
    clauses = [c for c in clauses if sound_clause(c, proper, known)]
    if best is None and clauses and kind != "asked":
        candidate = max(clauses, key=vividness)  # else what they want ("growth, not trophies")
        best = candidate if vividness(candidate) >= 2.0 else next(
            (c for c in clauses if their_view(c)), None)
    reply = plain_reply(rest[0], names, proper) if kind == "answer" and rest and topic and (
        not best) else None
    advice = ADVICE.match(" ".join(value.split()))
    if advice and word_count(advice[3]) <= 25:
        kind = "advice"
        topic = f"your {advice[1].casefold()} {advice[2]}"
        best = None
    said_so = re.match(r"(?:she|he|they|[A-Z][\w'-]+)\s+(?:said|told me|put it)\b[^\"“]{0,12}"
                       r"[\"“]", value.strip(), re.IGNORECASE)  # 'He said, "…"': their words
    quote = their_quote(value) if kind != "asked" or said_so else None
    if kind == "answer" and quote is None:
        quote = their_reply(value)
    if quote and kind == "answer":
        reply = None  # the answer in their words says it better than a phrase of ours
    if quote and said_so:
        kind, topic, best, fact = "said", None, None, None  # 'He said, "…"': their words alone
    only_quoted = re.fullmatch(r"\s*[\"“]([^\"“”]+)[\"”]\s*", value)
    if only_quoted and re.fullmatch(r"[^.!]*\?\s*", only_quoted[1]) and topic:
        # '"How do you explain sensory processing to …?"': their question to you, quoted
        kind, quote, topic = "asked", None, you_to_me(topic)
    if topic and "!" in topic:  # "rentals! skis and snowshoes": the heading is the topic
        topic = topic.split("!")[0].strip() or None
    topic = None if topic in ("me", "us", "you") else topic  # 'He asked me, "…?"': in the quote
    if only_quoted and kind not in ("said", "asked"):
        # '"I cook, you run the kitchen. …"': a point that is only their quoted words
        quote = their_quote(value)  # too long to quote: nothing of ours names it either
        kind, topic, best, fact = ("said" if quote else "topic"), None, None, None
    if topic and JOTTED.search(topic):
        topic = None  # "dentals!! full-mouth rads …", "help center = MTPE": notes to yourself
    if quote and kind == "topic" and not (topic or best or fact):
        kind = "said"  # '"I need someone who'll come out to the floor …"': their words alone
    if kind == "answer" and topic and topic.startswith("whether ") and not (reply or quote):
        topic = None  # "Thank you for explaining whether you run …" says nothing
    if kind == "answer" and topic:  # "whether the studio actually lets …" asked back reads as doubt
        topic = re.sub(r"\s(?:actually|really)(?=\s)", "", topic)
    found = None if quote or kind != "topic" else jotted(  # "BMS alarm floods. ~400 a shift"
        value, names, proper, to_self=to_self, team=team, said=(best, fact))
    if found:  # a heading and what was said of it, or statements said whole
        topic, said_items, best, fact = (*found, None, None) if found[0] else (
            None, None, None, found[1])
    named_only = kind == "topic" and not (best or fact or said_items or quote)
    if named_only and (with_copula(topic) or COUNT.match(topic or "")):
        # "crash dumps attached automatically now" said whole; "312 rooms", a count, is no topic
        topic, fact = None, with_copula(topic)
    if kind == "topic" and best and not topic and (not _has_verb(best) or (
            best[:1].isupper() and best.endswith("s") and not _has_verb(best.rsplit(" ", 1)[0]))):
        topic, best = best, None  # "SOC 2 Type II and ISO 27001 audits": a name, not a clause
    return Gist(
        index=index, topic=topic, kind=kind, clause=best, reply=reply, quote=quote,
        mine=your_answer(rest) if kind == "asked" and topic else None,
        told=what_you_told(rest) if kind == "asked" and topic else None,
        items=said_items if (topic and kind in ("topic", "walked", "answer", "shown")) or (
            doing and kind == "exercise") else None,
        advice=for_reader(_strip_tail(advice[3]), names, team=team) if advice and kind ==
        "advice" else None,
        thing=thing_of(best) if best and kind in ("story", "walked", "answer", "topic")
        else None, fact=fact,
        open=bool(OPEN.search(value)), sore=bool(SORE.search(value)),
        hard=bool(HARD.search(said)),
        vivid=max(vividness(best or (found[1] if found else "")), 0.5 * vividness(topic or "")),
        words=content_words(said),
        clauses=tuple(c for c in clauses if vividness(c) >= 1.0),
        doing=doing, refused=refused, jotted=bool(found and found[0]),
    )

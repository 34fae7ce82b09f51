"""A point of theirs as the plain data a template sees (`recipient.detail`, `second`): what
can be said of it, and what is best left unsaid (a routine fact with nothing of yours to
meet it, a ratio jotted in the notes). A base module of compose.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Any

from .clauses import _has_verb
from .lexicon import VERBS
from .marks import HARD, PERKS, VAGUE, VIEW
from .naming import short_name
from .point import Gist
from .questions import _verb_base
from .reaction import reaction
from .shorthand import spell_units
from .words import content_words, overlap

# What they want or believe, said to them: a view of theirs (or of the people they spoke
# of: "company officers want drills that …"), not a routine fact.


def _label(gist: Gist) -> str | None:
    """The point's short name for a subject line ("event sourcing"): plain text, a few words,
    short enough that "Thank you for the conversation about …" stays under 60 characters."""
    if gist.kind != "topic" or gist.hard or not short_name(gist.topic):
        return None
    label = re.sub(r"[*_`]+", "", gist.topic or "")
    return None if len(label) > 22 or re.match(r"(?:your|the)\b", label) or re.search(
        r"\d", label) else label  # never "Thanks for the conversation about on call 1 week in 4"


def gist_dict(gist: Gist | None, tie: str | None = None) -> dict[str, Any] | None:
    """A Gist as the plain data a template sees. A fact of theirs said back alone ("As you
    mentioned, the grant is 38% of the budget") says nothing: it is kept only where the note's
    tie (`tie`, your fit or highlight) speaks to it; else the note names the topic, or says
    nothing of the point."""
    if gist is None or not (gist.topic or gist.clause or gist.fact or gist.doing or gist.quote):
        return None  # a point the reading could make nothing of
    if gist.kind == "asked" and re.match(
            r"how (?:at|in|on|for|with|after|before|during|when)\b", gist.topic or ""):
        return None  # "how at my last shop I got no-shows down …": what you told them, made a
        # clause, is no question of theirs
    if gist.kind == "asked" and not gist.topic:
        return None  # their question, which no phrase of ours could name: the rest is yours
    if only_named(gist) and VAGUE.fullmatch(gist.topic or ""):
        return None  # "the team": what every interview is about, no detail to cite
    if gist.kind == "topic" and re.search(
            r"^\d[\d,.]*\s+(?!(?:on|in|at|for|of|to|by|with|from)\b)(?:[a-z-]+\s+){0,3}"
            r"[a-z-]+s\b|\d+\s+(?:[\w-]+\s+){0,3}(?:to|in|per|"
            r"out of)\s+\d|^how\b.*\b\d",
            gist.topic or "") and not (
            gist.clause or gist.fact or gist.items or gist.quote or gist.thing):
        return None  # "1 supervising attorney to 5 staff attorneys", "on call 1 week in 4":
        # figures jotted bare are no topic to thank for
    topic_words = content_words(gist.topic or "")
    told = bool(gist.topic) and bool(gist.clause or gist.fact) and overlap(
        topic_words, content_words(gist.clause or gist.fact or "")) >= len(topic_words) * 0.6
    if any(re.search(r"\d+:\d+", text or "") for text in (gist.topic, gist.clause, gist.fact)):
        # a ratio or a time jotted in the notes is no phrase for a sentence (any language)
        ratio = bool(re.search(r"\d+:\d+", gist.topic or ""))
        gist = replace(gist, topic=None if ratio else gist.topic, clause=None, fact=None,
                       thing=None)
        if gist.topic is None:
            return None
    if gist.kind == "topic" and gist.quote and len(gist.quote.split()) <= 6 and re.match(
            r"[“\"]?(?:a|an)\s", gist.quote, re.IGNORECASE) and _verbless(gist.quote):
        # '…, asset hierarchy is "a mess below the line level"': a phrase of theirs quoted in
        # the notes, no saying to quote back ("Something you said has stayed with me: “A mess
        # below the line level.”", blind round 19)
        gist = replace(gist, quote=None)
    if gist.kind == "topic" and gist.quote and gist.topic and overlap(
            topic_words, content_words(gist.quote)) >= len(topic_words) * 0.6:
        # "bring good boots and a better coat. “Bring good boots …”": the topic is their words
        gist = replace(gist, kind="said", topic=None)
        topic_words = frozenset()
    if gist.items:
        text = re.sub(r"^(?:and|or|but|plus)\s+", "", gist.items)  # "…, and CART for a deaf juror"
        notes = re.search(r"\s[+=]\s|->|→", text) or (gist.jotted and re.match(
            r"(?!(?:the|a|an|your|their|its|our|this|that|no|every|each)\b)[a-z]+ [a-z]+s\b",
            text) and _verb_base(text.split()[1]) is not None)
        # "PDFs + DXFs", "superintendent calls it by 5": notes, not a phrase
        items = None if notes else text
        gist = replace(gist, items=items)
    if gist.kind == "topic" and re.search(r"\b(?:we|our|us)\b", gist.topic or "") and not (
            gist.clause or gist.fact or gist.items or gist.quote):
        return None  # "how we did most of the walk in Spanish": your notes' point of view
    said = gist.clause or gist.fact
    wants = gist.kind == "topic" and gist.topic_is_clause and bool(said) and bool(
        VIEW.match(said or "")) and (gist.topic or "").startswith("how ") and len(
        (gist.topic or "").split()) >= 5 and (gist.topic or "").split()[-1].islower()
    if wants:
        # "He said a hold at 2 a.m. costs him a whole line, and he'd much rather get a call":
        # what it costs them and what they want, said together, as they said it
        said = f"{(gist.topic or '')[4:]}, and {said}"
        gist = replace(gist, topic=None, clause=said)
    clause_only = told or gist.topic_is_clause
    cited = bool(gist.hard and gist.topic and gist.clause and not clause_only
                 and len(gist.topic.split()) > 2)  # "Thank you for telling me about …; …"
    echo = said is not None and gist.kind == "topic" and not cited and (
        clause_only or not gist.topic or gist.hard)
    # A setback of theirs, or a detail vivid enough to recognise, is worth saying back even
    # with nothing of yours to meet it ("Thank you for being candid that you're short two
    # leads …"); a routine fact alone is not.
    # "He was honest that …": their candour is itself worth thanking; "you want dispatchers
    # to call the flight deck more": what they want or believe is theirs to recognise
    view = bool(said and VIEW.match(said))
    # what you made of it, where its words say: their words, advice, candour and what they want
    # say it already ("I liked hearing that you want …")
    advised = bool(gist.reply) and (gist.reply or " ").split()[0] in VERBS  # "walk every line"
    jotted_wants = gist.jotted and bool(VIEW.search(gist.items or ""))  # "…: you want …"
    quiet = gist.quote or gist.advice or gist.open or view or advised or jotted_wants or wants
    reacts = None if quiet else reaction(
        gist.topic, " ".join(t for t in (said, gist.items, gist.reply) if t) or None,
        kind=gist.kind, hard=gist.hard)
    # a fact with what you made of it is no longer said back bare
    worth = gist.hard or gist.vivid >= 6.0 or (gist.open and not gist.topic) or view or bool(
        reacts) or wants
    if echo and not worth and not (
            tie and overlap(content_words(tie), content_words(said or "")) >= 1.0):
        if not gist.topic or gist.topic_is_clause:
            return None
        gist = replace(gist, clause=None, fact=None, thing=None)
        told = False
    gist = replace(gist, topic=spell_units(gist.topic), clause=spell_units(gist.clause),
                   thing=spell_units(gist.thing), fact=spell_units(gist.fact),
                   reply=spell_units(gist.reply), items=spell_units(gist.items))
    return {"topic": gist.topic, "kind": gist.kind, "clause": gist.clause, "thing": gist.thing,
            "fact": gist.fact, "open": gist.open, "topic_is_clause": gist.topic_is_clause,
            "hard": gist.hard,
            "view": view and echo,
            "reacts": reacts,
            "doing": gist.doing,
            "reply": gist.reply,
            "quote": gist.quote,
            "mine": gist.mine, "told": gist.told,
            "advice": gist.advice,
            "listed": gist.items,
            # "including renewed through 2028": a detail that opens on a verb is no thing
            # the heading includes
            # and "including year 6 of a 7-year contract": a figure is no member of it either
            "listed_noun": bool(gist.items) and not re.match(
                r"[a-z]+ed\b", gist.items or "") and (
                (gist.items or " ").split()[0] not in VERBS) and not re.search(
                r"\d", gist.items or ""),
            "span": None if gist.jotted or " from " in f" {gist.topic} " else _span(gist.items),
            "jotted": gist.jotted,  # listed is what the notes say of the heading
            # a point a reply can remember by name: not their question to you, not a setback
            # of theirs, not a statement made a clause ("how Peak has already started"); your
            # question to them is ("what a typical on-call week looks like")
            "nameable": bool(gist.topic) and gist.kind != "asked" and not gist.hard and not (
                PERKS.search(f"{gist.topic} {gist.clause or ''} {gist.items or ''}")) and (
                not gist.topic_is_clause or gist.kind == "answer") and not re.search(
                r"\d", gist.topic or ""),  # never "my conversation … about 8-10 kids per cohort"
            # the detail said is itself the setback ("you're two FTEs short"): thank them
            # for their candour; "you're rolling out …" from the same point is no setback
            "sore_detail": bool(HARD.search(said or "")) and not re.search(
                r"\b(?:nobody reads|no one reads)\b", said or ""),
            # a short name for the point, fit for a subject line ("the conversation about
            # event sourcing"), or none
            "label": _label(gist),
            # The clause says the point by itself ("there's no win/loss program yet"), or the
            # topic is a statement made a clause ("how you still dose …"): say the clause.
            "clause_only": told or (gist.topic_is_clause and gist.kind == "topic")}


_OWNED = re.compile(r"(?:the|a|an|your|their|its|our|my|his|her|this|that|these|those|some|"
                    r"every|each|all|no|one)\b", re.IGNORECASE)


def _span(listed: str | None) -> tuple[str, str] | None:
    """A list of three things or more said as its first and last ("from the Agilent HPLC to
    the two refractometers on the floor"), the way a careful writer names a tour: blind round
    18 read "the lab: Agilent 1260 HPLC, AquaLab for aw, …" after a colon as pasted notes.
    A name or a single word keeps its own form ("from Python to dbt"); a thing takes "the"."""
    if not listed or ", " not in listed:
        return None  # two things are said as they are
    items = re.split(r",\s+(?:and\s+)?", listed)
    if " and " in items[-1] and not listed.count(", and "):
        items[-1:] = items[-1].split(" and ", 1)  # "nights, weekends and holidays"
    if len(items) < 3 or any(not item or re.match(r"[^A-Za-z]", item) or len(item.split()) > 8
                             for item in items):
        return None
    if any(re.match(r"[a-z]+ing\b", i) for i in (items[0], items[-1])):
        return None  # "training the two 3rd A/Es": a task, which no "the" can name
    first, last = (i if _OWNED.match(i) or i[:1].isupper() or " " not in i else f"the {i}"
                   for i in (items[0], items[-1]))
    return first, last


def _verbless(text: str) -> bool:
    """No verb the lexicon knows in a few words ("a mess below the line level")."""
    words = [w.casefold().strip("“”\"'.,!?") for w in text.split()]
    return not _has_verb(" ".join(words)) and not any(
        w in VERBS or w in ("is", "are", "was", "were") or (w.endswith("s") and w[:-1] in VERBS)
        or (w.endswith("ed") and (w[:-2] in VERBS or w[:-1] in VERBS)) for w in words)


def only_named(gist: Gist) -> bool:
    """A point jotted as a name and nothing more: a noun phrase of a few words, not yours."""
    return gist.kind == "topic" and bool(gist.topic) and not gist.topic_is_clause and not (
        gist.clause or gist.fact or gist.items or gist.quote or gist.thing or gist.reply
        or gist.advice or gist.sore or gist.hard) and len((gist.topic or "").split()) <= 8 and (
        not re.search(r"\b(?:I|my|me)\b|^[$£€\d]|^the \d|\ball \w+$|^[a-z]+(?:ed|ly)$",
                      gist.topic or ""))  # "used", "headset all shift": a jotted remark

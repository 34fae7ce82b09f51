"""Every kind of draft, declared once: what it is for, who gets it, when it is drafted and sent,
the forms it takes and what calls for each, what it threads under, and what the checks hold it
to.

Every other module asks this registry instead of naming kinds or forms itself, so adding a kind
or a form touches this module, the packs' templates and the tests (tests/test_kinds.py finds a
form named anywhere else). A base module: it imports nothing of ours.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

# Who a kind goes to by default; a pack's `audience:` may choose another of these.
AUDIENCES = ("interviewers", "contact", "contact-or-interviewer", "outcome-from", "all")
OUTCOMES = ("pending", "rejected", "offer", "withdrawn")
# What a note is for, which is what the checks and the audience rules ask of a kind: a note
# that thanks for the interview is held to citing what was said, one that asks after the
# decision is read for impatience, one that answers a no is read for arguing with it. A new
# kind declares one of these and is checked as what it is, not as a thank-you.
PURPOSES = ("thank", "ask", "answer-no")
# What calls for a form other than a kind's usual one, as compose/recipients.py finds it when it
# schedules a draft: its send-by time passed before it went out (`late`); it goes to the
# contact for a panel of whom someone has no email, so that the contact passes the thanks on
# (`for_panel`); the kind was sent before (`sent_before`). `packs check` makes each one happen.
FACTS = ("late", "for_panel", "sent_before")


@dataclass(frozen=True)
class Variant:
    """One form a draft of a kind takes, and what calls for it."""

    name: str  # as templates test it (`variant`), and in the manifest and the Message-IDs
    when: str | None = None  # the fact (FACTS) that calls for it; None: the usual form
    label: str = ""  # after the kind in the plan and on the review page; the usual form: ""
    case: str = ""  # how `packs check` names the case that makes it; {kind}: the kind's label


class Schedule(StrEnum):
    """When a kind is due, which is what the plan, the checks and the push ask of it (never
    by its name): after the interview (a thank-you, within its 24 hours), after the decision
    date they gave (a status check), or once the outcome is known (a reply to a no)."""

    AFTER_INTERVIEW = "after-interview"
    AFTER_DECISION = "after-decision"
    ON_OUTCOME = "on-outcome"


# The forms a draft takes, by when its kind is due (`Kind.schedule`), its usual form first: a
# thank-you after its 24 hours is belated, and the contact's note for a panel with no email is
# the panel note; a status check is the first or the final one. Where the facts call for two,
# the one declared later wins: a panel note stays one when it is late. Nothing else names a
# form: a pack's templates test the names declared here.
VARIANTS: dict[Schedule, tuple[Variant, ...]] = {
    Schedule.AFTER_INTERVIEW: (
        Variant("standard"),
        Variant("belated", when="late", label="belated", case="belated"),
        Variant("panel", when="for_panel", label="panel", case="panel"),
    ),
    Schedule.AFTER_DECISION: (
        Variant("first"),
        # It threads under the first, the usual form (see recipients.py).
        Variant("final", when="sent_before", label="final", case="after one {kind}"),
    ),
    Schedule.ON_OUTCOME: (Variant("standard"),),
}


@dataclass(frozen=True)
class Limits:
    """How long a note of this kind may be before the checks say so (body only)."""

    words: int
    paragraphs: int


@dataclass(frozen=True)
class Kind:
    name: str  # as in file names, pack.yaml, `--kind` and `sent:`
    label: str  # in sentences shown to the user: "thank-you note"
    purpose: str  # what it is for, one of PURPOSES
    audience: str  # the default audience, one of AUDIENCES
    outcomes: tuple[str, ...]  # the outcomes it is still drafted for
    schedule: Schedule  # when it is due
    sent_dates: int  # how many sends `sent:` may record (a first and a final status check)
    threads_under: tuple[str, ...]  # kinds (to the same person) it replies to, oldest first
    limits: Limits
    # What a note of this kind must do, by name; the checks know how to see each one.
    must: tuple[str, ...] = ()
    should: tuple[str, ...] = ()  # what it is better for doing: a suggestion when missing

    @property
    def forms(self) -> tuple[Variant, ...]:
        """The forms a draft of this kind takes, its usual one first (see VARIANTS)."""
        return VARIANTS[self.schedule]

    @property
    def variants(self) -> tuple[str, ...]:
        """The names of its forms, the usual one first."""
        return tuple(form.name for form in self.forms)

    @property
    def usual(self) -> str:
        """Its usual form: the one a later draft threads under, and the one left unnamed."""
        return self.forms[0].name

    def form(self, name: str) -> Variant:
        """Its form of that name; a KeyError for one it does not declare."""
        found = next((form for form in self.forms if form.name == name), None)
        if found is None:
            raise KeyError(f"{self.name} has no form {name!r}")
        return found

    def form_for(self, **facts: bool) -> str:
        """The form a draft of this kind takes, given which FACTS hold: the last declared
        that one of them calls for, else the usual one."""
        unknown = set(facts) - set(FACTS)
        if unknown:  # a misspelt fact would otherwise call for nothing, silently
            raise ValueError(f"no such fact: {', '.join(sorted(unknown))}")
        return next(form.name for form in reversed(self.forms)
                    if form.when is None or facts.get(form.when, False))

    def case(self, form: Variant) -> str:
        """How `packs check` names the case that calls for that form of this kind."""
        return form.case.format(kind=self.label)


REGISTRY: tuple[Kind, ...] = (
    Kind(
        name="thank-you",
        label="thank-you note",
        purpose="thank",
        audience="all",  # each interviewer, and the contact who arranged it
        outcomes=("pending", "offer", "withdrawn"),
        schedule=Schedule.AFTER_INTERVIEW,
        sent_dates=1,
        threads_under=(),
        # 175: every good thank-you of the real-notes corpus has 208 words or fewer and every
        # one its source calls too long has 266 or more; half again over 175 (263) is a
        # problem, so the gap falls between them. Our own drafts stay under 140.
        limits=Limits(words=175, paragraphs=4),
        must=("thanks",),
    ),
    Kind(
        name="status-check",
        label="status check",
        purpose="ask",
        audience="contact-or-interviewer",  # one person: a panel-wide check-in is pestering
        outcomes=("pending",),
        schedule=Schedule.AFTER_DECISION,
        sent_dates=2,
        threads_under=("thank-you",),
        limits=Limits(words=120, paragraphs=3),
        must=("asks",),
    ),
    Kind(
        name="rejection-reply",
        label="reply to a rejection",
        purpose="answer-no",
        # One reply, to whoever brought the news (`outcome_from:`, else the contact), and a
        # note to each interviewer marked keep_in_touch: a reply-all to a panel is not one.
        audience="outcome-from",
        outcomes=("rejected",),
        schedule=Schedule.ON_OUTCOME,
        sent_dates=1,
        threads_under=(),
        limits=Limits(words=150, paragraphs=4),
        must=("thanks",),
        should=("feedback", "keep-in-mind"),
    ),
)

KINDS: tuple[str, ...] = tuple(kind.name for kind in REGISTRY)
_BY_NAME = {kind.name: kind for kind in REGISTRY}


def kind(name: str) -> Kind:
    """The kind of that name; a KeyError for a name the registry does not declare."""
    return _BY_NAME[name]


def order(name: str) -> int:
    """The kind's place in the order a job search sends them, for sorting."""
    return KINDS.index(name)


def drafted_for(outcome: str) -> tuple[str, ...]:
    """The kinds still worth drafting once the outcome is known, in order."""
    return tuple(k.name for k in REGISTRY if outcome in k.outcomes)


def declared(name: str | None) -> Kind | None:
    """The kind of that name, or None for a note of no kind (one written by hand)."""
    return _BY_NAME.get(name) if name is not None else None


def purpose_of(name: str | None) -> str | None:
    """What a note of that kind is for (PURPOSES); None for a note of no kind."""
    found = declared(name)
    return found.purpose if found is not None else None


def kinds_for(*purposes: str) -> frozenset[str]:
    """The kinds declared for any of those purposes."""
    unknown = set(purposes) - set(PURPOSES)
    if unknown:  # a misspelt purpose would otherwise match no kind, silently
        raise ValueError(f"no such purpose: {', '.join(sorted(unknown))}")
    return frozenset(k.name for k in REGISTRY if k.purpose in purposes)


def form_label(name: str, variant: str) -> str:
    """How the plan and the review page name a draft's form after its kind: not at all for the
    usual form; a form the registry does not declare (an older manifest's) by its name."""
    found = declared(name)
    if found is None or variant not in found.variants:
        return variant
    return found.form(variant).label


def called_for(name: str, variant: str, fact: str) -> bool:
    """Whether that form of that kind is the one the fact (FACTS) calls for."""
    if fact not in FACTS:
        raise ValueError(f"no such fact: {fact}")
    found = declared(name)
    return found is not None and variant in found.variants and found.form(variant).when == fact

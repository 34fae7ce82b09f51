"""Who gets which draft: each kind's audience, applied to one application's people.

The etiquette: thank everyone who had a hand in the interview (each interviewer, and the
contact who arranged it); send a status check to one person only, the contact (a status check
to a whole panel is pestering); reply to a rejection once, to the person who brought the news,
and write to an interviewer afterwards only where you marked them keep_in_touch. Which people a
kind goes to is the pack's `audience`; the rules for picking the one person, and each person's
greeting for the pack, live in addressees.py. Each draft also gets its variant and when to send
it (timeline/schedule.py).

May import: base modules, input, timeline, and compose's addressees and packs.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date, datetime

from ..errors import InputError
from ..input.models import Application, Interviewer
from ..kinds import KINDS, REGISTRY, Schedule, declared, drafted_for, purpose_of
from ..kinds import kind as kind_named
from ..slugs import unique_slug
from ..timeline.schedule import (
    Timing,
    When,
    final_status_check,
    first_status_check,
    thank_you_deadline,
)
from .addressees import (
    Recipient,
    contact_recipient,
    interviewer_recipient,
    news_bringer,
    same_person,
    single_recipient,
)
from .lists import and_list
from .packs import Pack


@dataclass(frozen=True)
class DraftSpec:
    """One draft to render: a kind, for one person, in one variant, and when to send it."""

    application: Application
    kind: str
    variant: str
    recipient: Recipient
    when: When = field(default_factory=lambda: When(None))
    late: bool = False  # a thank-you past its 24 hours
    # The drafts this one replies to, oldest first, as (kind, variant) to the same person.
    replies_to: tuple[tuple[str, str], ...] = ()
    # A message of theirs this one answers (the news of a rejection): its Message-ID, for
    # In-Reply-To and References, and its subject, for "Re: …".
    in_reply_to: str | None = None
    reply_subject: str | None = None


def plan_drafts(
    application: Application, pack: Pack, kinds: tuple[str, ...], today: date,
    timing: Timing | None = None,
) -> tuple[list[DraftSpec], list[str]]:
    """The drafts for one application, each with when to send it, and notices for the user."""
    role = application.role
    timing = (timing or Timing()).updated(role.timing)
    notices: list[str] = []
    specs: list[DraftSpec] = []
    used: set[str] = set()
    interviewers = [interviewer_recipient(application, person, unique_slug(person.name, used),
                                          index, pack)
                    for index, person in enumerate(application.interviewers)]
    contact = contact_recipient(application, pack)
    same = same_person(contact, interviewers) if contact is not None else None
    if same is not None:
        # A hiring manager who both coordinates and interviews is one person: one file name,
        # their own thank-you, and the contact's drafts for everything else.
        contact = replace(same, audience="contact")
    elif contact is not None:
        contact = replace(contact, slug=unique_slug(contact.name, used), index=len(interviewers))
    # A kind asked for by name (--kind) that waits on an outcome is still drafted, in case:
    # it is marked not due, so nothing plans or pushes it.
    asked = tuple(kinds) != KINDS
    wanted = [kind for kind in kinds if kind in drafted_for(role.outcome) or (
        asked and role.outcome == "pending" and kind_named(kind).schedule is Schedule.ON_OUTCOME)]
    if len(wanted) < len(kinds) and role.outcome != "pending":
        skipped = ", ".join(kind for kind in kinds if kind not in wanted)
        notices.append(f"outcome is {role.outcome}: no {skipped} drafted")
    for kind in list(wanted):
        # A kind sent more than once (a first and a final status check) is over after its last.
        sends = kind_named(kind).sent_dates
        if sends > 1 and len(role.sent.get(kind, ())) >= sends:
            wanted.remove(kind)
            notices.append(f"{'both' if sends == 2 else f'all {sends}'} "
                           f"{kind_named(kind).label}s were sent; nothing more is planned, "
                           "time to move on")
    for kind in wanted:
        spec = pack.kinds.get(kind)
        if spec is None:
            notices.append(f"the pack {pack.name!r} has no {kind} template; none written")
            continue
        people: list[Recipient] = []
        if spec.audience in ("interviewers", "all"):
            people.extend(interviewers)
        if spec.audience in ("contact", "all") and contact is not None:
            if same is None or same not in people:
                people.append(contact)
            elif purpose_of(kind) != "thank":  # who thanks their interviewer
                people[people.index(same)] = contact
        if (purpose_of(kind) == "thank" and spec.audience == "all" and contact is not None
                and same is None):
            # People whose address you lack are thanked through the contact, by name.
            for member in panel_members(application):
                people = [p for p in people if p.interviewer is not member]
                notices.append(f"{member.name} has no email: thanked by name in the "
                               f"{kind} to {contact.name}, who can pass it on")
        if spec.audience == "contact" and contact is None:
            notices.append(f"no contact in role.yaml, so no {kind} was written")
        if spec.audience == "contact-or-interviewer":
            people.append(single_recipient(contact, interviewers, kind, notices))
        news: Recipient | None = None
        if spec.audience == "outcome-from":
            news = news_bringer(application, contact, interviewers, kind, notices)
            people.append(news)
            people.extend(person for person in interviewers if person.interviewer
                          and person.interviewer.keep_in_touch and person.slug != news.slug)
        for person in people:
            planned = _schedule(application, kind, person, today, timing, pack)
            if person is news:
                planned = replace(planned, in_reply_to=role.outcome_message_id,
                                  reply_subject=role.outcome_subject)
            specs.append(planned)
    for interviewer in application.interviewers:
        thanks = next((kind for kind in wanted if purpose_of(kind) == "thank"), None)
        if not interviewer.discussion_points and thanks is not None:
            notices.append(f"{interviewer.name} has no discussion_points in interviewers.yaml; "
                           f"their {thanks} cannot cite what you talked about")
        if interviewer.email is None and not any(
                s.recipient.interviewer is interviewer for s in specs
                if purpose_of(s.kind) == "thank") and contact is not None:
            continue  # already told: thanked through the contact
        if interviewer.email is None:
            notices.append(f"{interviewer.name} has no email in interviewers.yaml; "
                           "their drafts have no To address")
    # A note in your own words is what readers of our blind tests could not tell from a careful
    # person's; jotted points alone make a correct but plainer note. Said once, naming whom.
    bare = [spec.recipient.interviewer.name for spec in specs
            if purpose_of(spec.kind) == "thank" and spec.when.sent_on is None
            and spec.recipient.interviewer is not None and not spec.recipient.interviewer.note]
    if bare:
        notices.append(f"add a `note` for {and_list(list(dict.fromkeys(bare)))} in "
                       "interviewers.yaml: one line on what stayed with you from each makes "
                       "their thank-you yours")
    return specs, notices


def panel_members(application: Application) -> list[Interviewer]:
    """Interviewers with no email address: a thank-you reaches them through the contact."""
    return [person for person in application.interviewers if person.email is None]


def draft_key(kind: str, variant: str) -> str:
    """What tells two drafts to one person apart: the kind, and for a kind sent more than once
    the variant (the first and the final status check are two messages; a belated thank-you
    replaces the on-time one)."""
    several = (found := declared(kind)) is not None and found.sent_dates > 1
    return f"{kind}/{variant}" if several else kind


def _schedule(application: Application, kind: str, person: Recipient, today: date,
              timing: Timing, pack: Pack) -> DraftSpec:
    role = application.role
    declared = kind_named(kind)
    # A draft threads under its parents to the same person when the pack writes them.
    parents = tuple((parent, kind_named(parent).usual) for parent in declared.threads_under
                    if parent in pack.kinds)
    sent = role.sent
    interview = role.interview_at if person.met_on == role.interview_date else person.met_on
    thank_you = When(
        send_on=person.met_on,
        send_by=thank_you_deadline(interview, timing),
        # When they were thanked: what a later kind (a status check) waits for.
        sent_on=next((sent[k.name][0] for k in REGISTRY if k.purpose == "thank"
                      and k.name in sent), None),
    )
    if declared.schedule is Schedule.AFTER_INTERVIEW:
        deadline = _day(thank_you.send_by)
        late = (thank_you.sent_on or today) > deadline
        for_panel = person.audience == "contact" and person.interviewer is None and bool(
            panel_members(application))
        variant = declared.form_for(late=late, for_panel=for_panel)
        return DraftSpec(application, kind, variant, person, thank_you, late=late)
    if declared.schedule is Schedule.AFTER_DECISION:
        # The final status check threads under the first too (Message-IDs are per kind,
        # variant and person; see mime.message_id).
        checks = sent.get(kind, ())
        variant = declared.form_for(sent_before=bool(checks))
        if checks:
            when = When(final_status_check(checks[0], timing))
            return DraftSpec(application, kind, variant, person, when,
                             replies_to=(*parents, (kind, declared.usual)))
        first = first_status_check(
            _last_day(application), role.decision_expected, timing,
            not_before=thank_you.sent_on or thank_you.send_on or person.met_on,
        )
        return DraftSpec(application, kind, variant, person, When(first), replies_to=parents)
    replied = sent[kind][0] if kind in sent else None
    if role.outcome == "rejected":
        when = When(role.outcome_date or today, sent_on=replied)
    else:
        when = When(None)  # drafted in case the answer is no; nothing to plan yet
    return DraftSpec(application, kind, declared.usual, person, when, replies_to=parents)


def _day(value: datetime | date | None) -> date:
    assert value is not None
    return value.date() if isinstance(value, datetime) else value


def _last_day(application: Application) -> date:
    return max((p.date for p in application.interviewers if p.date is not None),
               default=application.role.interview_date)


def sent_problems(application: Application, today: date) -> list[InputError]:
    """`sent:` dates after today are a slip of the keyboard."""
    role = application.role
    problems = []
    for kind, days in role.sent.items():
        for day in days:
            if day > today:
                problems.append(InputError(
                    f"{day.isoformat()} is in the future (today is {today.isoformat()})",
                    file=role.source, line=role.lines.get(f"sent.{kind}"), field=f"sent.{kind}"))
    return problems

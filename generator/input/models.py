"""The validated model of one interview loop: who the candidate is, the role, the interviewers.

The schemas below are the single description of the three input files: the reader validates
against them and the docs and editor schemas are made from them. The dataclasses are what the
rest of the program sees; nothing past this module touches YAML.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..errors import FollowupError, InputError, raise_if_any
from ..kinds import KINDS, OUTCOMES, REGISTRY
from .fields import (
    Choice,
    Date,
    Email,
    Field,
    Flag,
    Invalid,
    ListOf,
    Number,
    Object,
    Reader,
    Schema,
    Text,
    TimeZone,
)
from .names import greeting_name
from .yamlread import Sequence, broken_link, describe, misnamed, read_yaml

# Names and titles stand in sentences and greetings as plain words: a link there ("Hi
# [Priya](https://…),") would be a live link in the note, so it is refused (fields.Text.plain).
NAME = Text(max_length=100, plain=True)
TITLE = Text(max_length=200, plain=True)
LINE = Text(max_length=200)
MARKDOWN = Text(multiline=True, max_length=2000)
HONORIFIC = Text(max_length=20, plain=True)
# Free text a note places in its sentences: a number or true/false there is a slip.
POINT = Text(multiline=True, max_length=2000, words="the topic")
RAPPORT = Text(multiline=True, max_length=2000, words="what you have in common")
HIGHLIGHT = Text(multiline=True, max_length=2000, words="what you bring")
NOTE = Text(multiline=True, max_length=2000, words="your paragraph")
FIT = Text(max_length=400, words="one sentence on why you fit")
FOLLOW_UP = Text(multiline=True, max_length=1000, words="what you promised or offer")
_OWN_WORDS = (
    Field("note", NOTE,
          doc="Markdown, in your own words: the personal paragraph of the thank-you, used as "
              "written in place of the one made from the points."),
    Field("fit", FIT,
          doc="One first-person sentence on how your experience meets what this person cares "
              "about; it replaces the general pitch in the note to them."),
    Field("follow_up", FOLLOW_UP,
          doc="Markdown: something of value you promised or offer (a link, a work sample, a "
              "better answer to a question); the note includes it. Nothing is attached."),
)

CANDIDATE = Schema(
    "candidate",
    (
        Field("name", NAME, required=True, doc="Your name, as you sign your emails."),
        Field("email", Email(), required=True, doc="The address you send from."),
        Field("phone", Text(max_length=40), doc="A phone number, written as it should appear."),
        Field("signature", MARKDOWN,
              doc="Markdown sign-off block under the closing; defaults to your name and phone."),
    ),
    doc="Who you are. Kept in the application's folder or any folder above it.",
)

CONTACT = Schema(
    "contact",
    (
        Field("name", NAME, required=True, doc="Their full name."),
        Field("email", Email(), doc="Their address; without it the draft has no To line."),
        Field("title", TITLE, doc="Their job title, e.g. Recruiter."),
        Field("salutation", NAME,
              doc="How to greet them, used as written in every pack ('Dana', 'Dr. Lee')."),
        Field("honorific", HONORIFIC,
              doc="Dr., Prof., Ms., Mr. …: greet them by honorific and surname."),
        *_OWN_WORDS,
    ),
    doc="The recruiter or hiring manager who coordinates the process.",
)

RULES = ("personal", "panel-alike", "length", "tone", "grammar", "required", "proofread",
         "identity", "timing", "language")


@dataclass(frozen=True)
class RuleSetting(Choice):
    """true or false turns a check on or off; problem or suggestion sets how much its
    findings matter (`check --strict` fails on problems only)."""

    options: tuple[str, ...] = ("true", "false", "problem", "suggestion")

    # A choice (so the docs and editor schemas list the four) whose true and false are flags.
    def read(self, node: Any, reader: Reader, path: str) -> bool | str:  # type: ignore[override]
        try:
            return Flag().read(node, reader, path)
        except Invalid:
            pass
        try:
            return Choice(self.options[2:]).read(node, reader, path)
        except Invalid as exc:
            said = exc.message.split(";")[0]
            raise Invalid(f"{said}; use true, false, problem or suggestion") from None

    def json_schema(self) -> dict[str, Any]:
        return {"enum": [True, False, "problem", "suggestion"]}


CHECKS = Schema(
    "checks",
    tuple(Field(rule, RuleSetting(),
                doc=f"false turns the {rule} check off here; suggestion lowers its findings.")
          for rule in RULES),
    doc="Turn etiquette checks off, or lower them to suggestions: in pack.yaml for a pack, in "
        "role.yaml for an application, in interviewers.yaml for the drafts to one person.",
)

SENT = Schema(
    "sent",
    tuple(
        Field(kind.name, Date() if kind.sent_dates == 1 else ListOf(Date(),
                                                                    max_items=kind.sent_dates),
              doc=f"The day you sent the {kind.label}"
                  + ("." if kind.sent_dates == 1 else "; a second date for the final one."))
        for kind in REGISTRY
    ),
    doc="What you already sent, by kind, so it is not planned again.",
)

TIMING = Schema(
    "timing",
    (
        Field("thank_you_hours", Number(1, 96), doc="A thank-you is due within this many hours."),
        Field("status_check_business_days", Number(0, 30),
              doc="Business days after decision_expected before the status check."),
        Field("status_check_days", Number(1, 60),
              doc="Days after the interview for the status check when there is no decision date."),
        Field("final_check_days", Number(1, 60),
              doc="Days after the first status check for the final one."),
    ),
    doc="The timing rules' numbers, for one employer or one pack.",
)

ROLE = Schema(
    "role",
    (
        Field("company", TITLE, required=True, doc="The company's name, as they write it."),
        Field("title", TITLE, required=True, doc="The job title you interviewed for."),
        Field("interview_date", Date(allow_time=True), required=True,
              doc="The day of the interview (YYYY-MM-DD), optionally with a time (HH:MM)."),
        Field("decision_expected", Date(),
              doc="When they said they would decide (YYYY-MM-DD)."),
        Field("contact", Object(CONTACT), doc="Who coordinates the process."),
        Field("highlights", ListOf(HIGHLIGHT, max_items=10),
              doc="Markdown: why you fit the role; the contact's thank-you and the status "
                  "check mention them (a note to an interviewer uses their `fit`)."),
        Field("pack", LINE, doc="The template pack for this application, e.g. formal."),
        Field("timezone", TimeZone(),
              doc="Where the interview took place, e.g. Europe/Berlin (for its time)."),
        Field("outcome", Choice(OUTCOMES),
              doc="pending (the default), rejected, offer or withdrawn: what is still drafted."),
        Field("outcome_date", Date(), doc="The day the outcome reached you."),
        Field("outcome_from", NAME,
              doc="Who brought the news (a name from this folder's YAML); the reply to a "
                  "rejection goes to them. Default: the contact."),
        Field("outcome_subject", LINE,
              doc="The subject of their message, so the reply threads under it (Re: …)."),
        Field("outcome_message_id", LINE,
              doc="The Message-ID of their message (<…@…>), so mail clients thread the reply."),
        Field("sent", Object(SENT), doc="What you already sent, and when."),
        Field("timing", Object(TIMING), doc="Change the timing rules for this employer."),
        Field("checks", Object(CHECKS), doc="Turn etiquette checks off for this application."),
        Field("dictionary", ListOf(Text(max_length=60), max_items=200),
              doc="Words the spelling check should accept (jargon, product names)."),
    ),
    doc="The role and the interview loop.",
)

INTERVIEWER = Schema(
    "interviewer",
    (
        Field("name", NAME, required=True, doc="Their full name."),
        Field("title", TITLE, doc="Their job title."),
        Field("email", Email(),
              doc="Their address; without it there is no note to them, and the note to "
                  "the contact asks them to pass your thanks on."),
        Field("discussion_points", ListOf(POINT, max_items=20),
              doc="Markdown: what you talked about with this person, as you jotted it "
                  "(topics, questions, sentences, lists); the note cites it."),
        Field("rapport", RAPPORT, doc="A personal connection you found, if any."),
        Field("salutation", NAME,
              doc="How to greet them, used as written in every pack ('Dr. Park', "
                  "'Xiaolong'); without it: honorific and surname, else the given name."),
        Field("honorific", HONORIFIC,
              doc="Dr., Prof., Ms., Mr. …: greet them by honorific and surname."),
        *_OWN_WORDS,
        Field("keep_in_touch", Flag(),
              doc="true: after a rejection, a note to this interviewer too, citing your "
                  "conversation."),
        Field("date", Date(), doc="The day you met them, for loops spread over several days."),
        Field("contact", Flag(),
              doc="true for the interviewer who gets the status check when role.yaml has "
                  "no contact."),
        Field("checks", Object(CHECKS), doc="Turn etiquette checks off for drafts to them."),
    ),
    doc="One person who interviewed you.",
)



@dataclass(frozen=True)
class Candidate:
    name: str
    email: str
    phone: str | None
    signature: str | None
    source: Path


@dataclass(frozen=True)
class Contact:
    name: str
    email: str | None
    title: str | None
    salutation: str  # as given, else the greeting made from the name (see names.py)
    salutation_given: bool = False
    honorific: str | None = None
    note: str | None = None
    fit: str | None = None
    follow_up: str | None = None


@dataclass(frozen=True)
class Interviewer:
    name: str
    email: str | None
    title: str | None
    discussion_points: tuple[str, ...]
    rapport: str | None
    salutation: str
    date: date | None
    is_contact: bool
    checks: dict[str, bool] = field(default_factory=dict)
    salutation_given: bool = False
    honorific: str | None = None
    note: str | None = None
    fit: str | None = None
    follow_up: str | None = None
    keep_in_touch: bool = False


@dataclass(frozen=True)
class Role:
    company: str
    title: str
    interview_date: date
    interview_time: time | None
    decision_expected: date | None
    contact: Contact | None
    highlights: tuple[str, ...]
    pack: str | None
    source: Path
    timezone: str | None = None
    outcome: str = "pending"
    outcome_date: date | None = None
    outcome_from: str | None = None
    outcome_subject: str | None = None
    outcome_message_id: str | None = None
    sent: dict[str, tuple[date, ...]] = field(default_factory=dict)
    timing: dict[str, int] = field(default_factory=dict)
    checks: dict[str, bool] = field(default_factory=dict)
    dictionary: tuple[str, ...] = ()
    lines: dict[str, int] = field(default_factory=dict, compare=False)  # field -> line

    @property
    def interview_at(self) -> datetime | date:
        """The interview as a zone-aware datetime when its time is known, else its day."""
        if self.interview_time is None:
            return self.interview_date
        from zoneinfo import ZoneInfo

        zone = ZoneInfo(self.timezone) if self.timezone else None
        return datetime.combine(self.interview_date, self.interview_time, tzinfo=zone)


@dataclass(frozen=True)
class Application:
    """One interview loop: a folder with a role.yaml, named by its path under the profiles root."""

    name: str
    folder: Path
    candidate: Candidate
    role: Role
    interviewers: tuple[Interviewer, ...]


def _greeting_name(values: dict[str, Any]) -> str:
    """`salutation` if given; else honorific and surname (Dr. Okafor, Prof. de la Cruz), else
    the given name, or the full name where the given name cannot be told (names.py)."""
    return greeting_name(str(values["name"]), values.get("honorific"), values.get("salutation"))


def load_candidate(path: Path) -> Candidate:
    reader = Reader(path)
    values = _read_root(reader, path, CANDIDATE)
    _raise(reader)
    assert values is not None
    return Candidate(source=path, **values)


def load_role(path: Path) -> Role:
    reader = Reader(path)
    values = _read_root(reader, path, ROLE)
    _raise(reader)
    assert values is not None
    when = values.pop("interview_date")
    interview_date, interview_time = (
        (when.date(), when.time()) if isinstance(when, datetime) else (when, None)
    )
    for key, when in (("decision_expected", values["decision_expected"]),
                      ("outcome_date", values["outcome_date"])):
        if when is not None and when < interview_date:
            reader.error(f"{when.isoformat()} is before the interview "
                         f"({interview_date.isoformat()}); check both dates (YYYY-MM-DD)",
                         reader.lines.get(key), key)
    sent = {kind: day if isinstance(day, tuple) else (day,)
            for kind, day in (values.pop("sent") or {}).items() if day is not None}
    for kind, days in sent.items():
        if any(day < interview_date for day in days):
            reader.error(f"is before the interview ({interview_date.isoformat()})",
                         reader.lines.get(f"sent.{kind}"), f"sent.{kind}")
    message_id = values["outcome_message_id"]
    if message_id is not None and not re.fullmatch(r"<?[^<>@\s]+@[^<>@\s]+>?", message_id):
        reader.error(f"{message_id!r} is not a Message-ID (it looks like <abc123@mail.example>)",
                     reader.lines.get("outcome_message_id"), "outcome_message_id")
    elif message_id is not None and not message_id.startswith("<"):
        values["outcome_message_id"] = f"<{message_id.strip('<>')}>"
    _raise(reader)
    contact = values.pop("contact")
    if contact:
        contact = {**contact, "salutation": _greeting_name(contact),
                   "salutation_given": bool(contact.get("salutation"))}
    return Role(
        interview_date=interview_date,
        interview_time=interview_time,
        contact=Contact(**contact) if contact else None,
        highlights=values.pop("highlights") or (),
        source=path,
        outcome=values.pop("outcome") or "pending",
        sent=sent,
        timing={k: v for k, v in (values.pop("timing") or {}).items() if v is not None},
        checks={k: v for k, v in (values.pop("checks") or {}).items() if v is not None},
        dictionary=values.pop("dictionary") or (),
        lines=dict(reader.lines),
        **values,
    )


def load_interviewers(path: Path) -> tuple[Interviewer, ...]:
    if not path.exists():
        raise InputError(
            broken_link(path) or misnamed(path) or
            "is missing: list the people who interviewed you there (see profiles/ for an example)",
            file=path,
        )
    reader = Reader(path)
    root = read_yaml(path)
    if root is None:
        raise InputError("is empty: list the people who interviewed you", file=path, line=1)
    if not isinstance(root, Sequence):
        raise InputError(
            f"expected a list of interviewers (each starting with '- name:'), got {describe(root)}",
            file=path, line=root.line,
        )
    if not root.items:
        raise InputError("lists no interviewers; add at least one", file=path, line=root.line)
    people: list[Interviewer] = []
    contact_lines: list[int] = []
    for index, node in enumerate(root.items):
        errors_before = len(reader.errors)
        values = reader.object(node, INTERVIEWER, f"interviewers[{index}]")
        if values is None or len(reader.errors) > errors_before:
            continue
        if values["contact"]:
            contact_lines.append(node.line)
        people.append(Interviewer(
            name=values["name"],
            email=values["email"],
            title=values["title"],
            discussion_points=values["discussion_points"] or (),
            rapport=values["rapport"],
            salutation=_greeting_name(values),
            date=values["date"],
            is_contact=bool(values["contact"]),
            checks={k: v for k, v in (values["checks"] or {}).items() if v is not None},
            salutation_given=bool(values["salutation"]),
            honorific=values["honorific"],
            note=values["note"],
            fit=values["fit"],
            follow_up=values["follow_up"],
            keep_in_touch=bool(values["keep_in_touch"]),
        ))
    if len(contact_lines) > 1:
        reader.error("more than one interviewer is marked contact: true; keep one",
                     contact_lines[1], "contact")
    _raise(reader)
    return tuple(people)


def _read_root(reader: Reader, path: Path, schema: Schema) -> dict[str, Any] | None:
    if not path.exists():
        raise InputError(broken_link(path) or misnamed(path) or "is missing", file=path)
    root = read_yaml(path)
    if root is None:
        raise InputError(
            f"is empty: it should hold the {schema.name} fields "
            f"({', '.join(f.name for f in schema.fields if f.required)})",
            file=path, line=1,
        )
    return reader.object(root, schema)


def _raise(reader: Reader) -> None:
    raise_if_any(sorted(reader.errors, key=lambda error: error.line or 0))


__all__ = [
    "CANDIDATE", "CONTACT", "INTERVIEWER", "KINDS", "ROLE",
    "Application", "Candidate", "Contact", "FollowupError", "Interviewer", "Role",
    "load_candidate", "load_interviewers", "load_role",
]


def identifying_names(application: Application) -> set[str]:
    """What identifies an application: its company and its people's full names."""
    names = {application.role.company, application.candidate.name}
    names.update(person.name for person in application.interviewers if " " in person.name)
    if application.role.contact and " " in application.role.contact.name:
        names.add(application.role.contact.name)
    return names

"""Every field of the three input files (candidate.yaml, role.yaml, interviewers.yaml), and of
the `checks:`, `timing:` and `sent:` blocks in them, declared once.

These schemas are the single description of the input: loading.py validates against them, and
the docs, `followup fields` and the editors' JSON Schemas are made from them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..kinds import OUTCOMES, REGISTRY
from .fields import Field, Invalid, Reader, Schema
from .fieldtypes import Choice, Date, Email, Flag, ListOf, Number, Object, Text, TimeZone

# Names and titles stand in sentences and greetings as plain words: a link there ("Hi
# [Priya](https://…),") would be a live link in the note, so it is refused (fieldtypes.Text.plain).
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

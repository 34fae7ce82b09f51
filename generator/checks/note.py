"""What the checks read (a Note, with whatever is known about it) and what they report."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from ..findings import About, Finding
from ..input.models import Application, Contact, Interviewer, identifying_names
from ..timeline.schedule import When
from .mail import Mail
from .sentences import fold, words


@dataclass(frozen=True)
class Note:
    """One note to check. A draft made from the YAML knows its application and person; a
    note written by hand knows at most its kind, who it is to and from, and what was
    discussed (`about`)."""

    path: About  # what its findings are about: a draft by its keys, or a file written by hand
    text: str
    kind: str | None
    subject: str | None = None
    variant: str | None = None
    language: str = "en"
    recipient: str | None = None
    salutation: str | None = None
    application: Application | None = None
    interviewer: Interviewer | None = None
    when: When | None = None
    limits: dict[str, int] | None = None
    disabled: frozenset[str] = frozenset()  # rules turned off for this note
    lowered: frozenset[str] = frozenset()  # rules whose problems are only suggestions here
    raised: frozenset[str] = frozenset()  # rules whose suggestions are problems here
    sender: str | None = None  # who signs it (`--from`); else read from its sign-off
    about: tuple[str, ...] = ()  # what was discussed (`--about`), for a note written by hand
    hand_written: bool = False  # advice then points at the note, never at YAML

    @property
    def person(self) -> Interviewer | Contact | None:
        """The person the note is to, as the YAML describes them."""
        if self.interviewer is not None:
            return self.interviewer
        contact = self.application.role.contact if self.application else None
        return contact if contact is not None and contact.name == self.recipient else None

    def where(self, yaml_file: str) -> str:
        """Where a fix goes: the YAML file when the note was made from one, else the note."""
        if self.application is not None:
            return yaml_file
        return "the note" if self.hand_written else "the draft"


@dataclass(frozen=True)
class Reading:
    """A note as the rules read it, made once for all of them: as a mail, the words of every
    name it may use (folded), those of them that say nothing of the conversation (people, the
    company, the role), and what it says beyond stock phrases and those (stems)."""

    mail: Mail
    names: frozenset[str]
    unsaid: frozenset[str]
    said: frozenset[str]


def application_names(application: Application) -> frozenset[str]:
    """The words of everyone and everything an application's YAML names, folded: people,
    company, title, dictionary, and the words the user wrote with a capital mid-sentence in
    their notes ("we both grew up in Århus"): a place they named is no misspelling."""
    from ..compose.context import proper_words

    texts = [*identifying_names(application), application.candidate.name,
             application.role.title, *application.role.dictionary,
             *proper_words(application)]
    for person in (*application.interviewers, application.role.contact):
        if person is not None:
            texts += [person.name, person.salutation, person.title or ""]
    # A value that is only a name ("rapport: Steelers", a team both follow): its words are
    # names, though a sentence may carry them in lower case (found on our own drafts).
    texts += [value for person in application.interviewers
              for value in (person.rapport or "", *person.discussion_points)
              if value.split() and all(word[:1].isupper() for word in value.split())]
    return frozenset(fold(word) for word in words(" ".join(texts)))


def people_names(application: Application) -> frozenset[str]:
    """The words of the names that say nothing of a conversation, folded: the people's (and
    their titles), the company's and the role's. Not the working words the YAML names (its
    `dictionary`, capitalised words of its notes): "BI", "AER", "ServiceNow" are what was
    talked about, and a note that cites a point by them cites it (heldout18w's formal note
    to Noreen Castellanos, "what I do if a BI fails", was told it cited none of her points)."""
    texts = [*identifying_names(application), application.candidate.name,
             application.role.title]
    for person in (*application.interviewers, application.role.contact):
        if person is not None:
            texts += [person.name, person.salutation, person.title or ""]
    return frozenset(fold(word) for word in words(" ".join(texts)))


def note_names(note: Note, mail: Mail) -> frozenset[str]:
    """The words of the names a note may use beside its application's: the recipient's and
    the sender's (`--from`, or as it is signed), folded."""
    texts = (note.recipient, note.salutation, note.sender, mail.sender)
    return frozenset(fold(word) for word in words(" ".join(t for t in texts if t)))


@dataclass
class Report:
    findings: list[Finding] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)  # rule -> why it did not run
    checked: int = 0

    @property
    def problems(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.is_problem]

    def merge(self, other: Report) -> None:
        self.findings.extend(other.findings)
        self.skipped.update(other.skipped)
        self.checked += other.checked


def settings(*layers: Mapping[str, object]) -> tuple[frozenset[str], ...]:
    """From `checks:` settings, nearest last (pack, role, person): the rules turned off, those
    lowered to suggestions and those raised to problems (Note's disabled, lowered, raised)."""
    merged: dict[str, object] = {}
    for layer in layers:
        merged.update(layer)
    off = frozenset(rule for rule, value in merged.items() if value is False)
    lowered = frozenset(rule for rule, value in merged.items() if value == "suggestion")
    raised = frozenset(rule for rule, value in merged.items() if value == "problem")
    return off, lowered, raised

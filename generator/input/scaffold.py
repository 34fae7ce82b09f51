"""`followup new`: a new interview folder with commented YAML, ready to fill in."""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .declarations import ROLE
from .fields import Invalid, Reader
from .schema import SCHEMA_DIR, write_schemas
from .sources import CANDIDATE_FILE, INTERVIEWERS_FILE, RESERVED, ROLE_FILE
from .yamlread import Scalar


@dataclass(frozen=True)
class NewApplication:
    company: str = ""
    title: str = ""
    date: str = ""
    contact_name: str = ""
    contact_email: str = ""
    candidate_name: str = ""
    candidate_email: str = ""


_NAME = re.compile(r"[^\W][\w.-]*(/[^\W][\w.-]*)*")


def _value(text: str) -> str:
    # JSON strings are valid YAML and keep whatever the user typed exactly (no "No" -> False).
    return json.dumps(text, ensure_ascii=False) if text else ""


def _line(key: str, value: str, comment: str, indent: str = "") -> str:
    """`key: value` with its comment in a column, as people lay out YAML by hand."""
    text = f"{indent}{key}: {value}".rstrip() if key else indent.rstrip()
    return f"{text:<31} # {comment}\n"


def _schema_line(profiles: Path, file: Path, name: str) -> str:
    schema = profiles / SCHEMA_DIR / f"{name}.schema.json"
    relative = Path(os.path.relpath(schema, file.parent)).as_posix()
    return f"# yaml-language-server: $schema={relative}\n"


def check_date(text: str, option: str = "--date") -> str:
    """The interview date as typed, if role.yaml would accept it; else an error naming the
    option. Read by role.yaml's own field, so the two never disagree."""
    if not text:
        return text
    field = next(field for field in ROLE.fields if field.name == "interview_date")
    try:
        field.type.read(Scalar(text, 1, plain=True), Reader(Path(ROLE_FILE)), field.name)
    except Invalid as exc:
        raise InputError(exc.message, field=option) from None
    return text


def new_application(profiles: Path, name: str, values: NewApplication) -> list[Path]:
    """Create profiles/NAME/ (and profiles/candidate.yaml if there is none); never overwrites."""
    check_date(values.date)
    if not _NAME.fullmatch(name) or any(part in RESERVED for part in name.split("/")):
        raise InputError(f"{name!r} cannot name an interview folder; use letters, digits and "
                         "dashes, e.g. acme-backend")
    folder = profiles / name
    if folder.exists():
        raise InputError("already exists; choose another name (nothing was changed)",
                         file=folder)
    written = write_schemas(profiles / SCHEMA_DIR)
    folder.mkdir(parents=True)
    role = folder / ROLE_FILE
    contact = ""
    if values.contact_name or values.contact_email:
        contact = (_line("contact", "", "the recruiter or hiring manager who coordinates")
                   + _line("name", _value(values.contact_name), "their full name", "  ")
                   + _line("email", _value(values.contact_email), "their address", "  "))
    else:
        contact = ("# contact:                       # optional: the recruiter or hiring "
                   "manager who coordinates\n#   name:\n#   email:\n")
    role.write_text(
        _schema_line(profiles, role, "role")
        + "# The role and the interview loop. `followup fields role` explains every field.\n"
        + _line("company", _value(values.company), "required: the company's name")
        + _line("title", _value(values.title), "required: the job title you interviewed for")
        + _line("interview_date", values.date, "required: YYYY-MM-DD, or YYYY-MM-DD HH:MM")
        + _line("decision_expected", "", "optional: when they said they would decide")
        + contact
        + _line("highlights", "", "optional, Markdown list: why you fit the role"),
        encoding="utf-8",
    )
    interviewers = folder / INTERVIEWERS_FILE
    interviewers.write_text(
        _schema_line(profiles, interviewers, "interviewers")
        + "# Everyone who interviewed you. Each note cites *their* points: jot them as they "
        "come\n# (topics, questions you asked, what they asked you). Copy the block for each "
        "person.\n"
        + _line("name", "", "required: their full name", "- ")
        + _line("title", "", "optional: their job title", "  ")
        + _line("email", "", "optional: without it, the contact passes your thanks on", "  ")
        + _line("discussion_points", "", "what you talked about with this person", "  ")
        + "    - \n"
        + _line("rapport", "", "optional: something you have in common", "  ")
        # the best notes are the ones in your own words: the prompt asks for one line
        + _line("note", "", "optional, your words: what stayed with you from them", "  ")
        + _line("fit", "", "optional: one sentence on how you meet what they care about", "  ")
        + _line("follow_up", "", "optional: a link or answer you promised them", "  "),
        encoding="utf-8",
    )
    written += [role, interviewers]
    candidate = profiles / CANDIDATE_FILE
    if not candidate.exists():
        candidate.write_text(
            _schema_line(profiles, candidate, "candidate")
            + "# Who you are: signs every application below this folder.\n"
            + _line("name", _value(values.candidate_name), "required: as you sign your emails")
            + _line("email", _value(values.candidate_email), "required: the address you send from")
            + _line("phone", "", 'optional: quote it, e.g. "+1 555 0100"'),
            encoding="utf-8",
        )
        written.append(candidate)
    return written

"""Loading the three input files into the models: each file read against its declared fields,
then checked across fields (dates in order, one contact, a Message-ID that looks like one).
Every problem in a file is gathered and raised together, sorted by line.
"""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import InputError, raise_if_any
from .declarations import CANDIDATE, INTERVIEWER, ROLE
from .fields import Reader, Schema
from .models import Candidate, Contact, Interviewer, Role
from .names import greeting_name
from .yamlread import Sequence, broken_link, describe, misnamed, read_document


def _greeting_name(values: dict[str, Any]) -> str:
    """`salutation` if given; else honorific and surname (Dr. Okafor, Prof. de la Cruz), else
    the given name, or the full name where the given name cannot be told (names.py)."""
    email = values.get("email")
    return greeting_name(str(values["name"]), values.get("honorific"), values.get("salutation"),
                         email=email if isinstance(email, str) else None)


def load_candidate(path: Path) -> Candidate:
    reader = Reader(path)
    values, digest = _read_root(reader, path, CANDIDATE)
    _raise(reader)
    assert values is not None
    return Candidate(source=path, digest=digest, **values)


def load_role(path: Path) -> Role:
    reader = Reader(path)
    values, digest = _read_root(reader, path, ROLE)
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
        digest=digest,
        outcome=values.pop("outcome") or "pending",
        sent=sent,
        timing={k: v for k, v in (values.pop("timing") or {}).items() if v is not None},
        checks={k: v for k, v in (values.pop("checks") or {}).items() if v is not None},
        dictionary=values.pop("dictionary") or (),
        lines=dict(reader.lines),
        **values,
    )


def load_interviewers(path: Path) -> tuple[tuple[Interviewer, ...], str]:
    """The interviewers listed in `path`, and the sha256 of the bytes they were parsed from."""
    if not path.exists():
        raise InputError(
            broken_link(path) or misnamed(path) or
            "is missing: list the people who interviewed you there (see profiles/ for an example)",
            file=path,
        )
    reader = Reader(path)
    root, digest = read_document(path)
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
    return tuple(people), digest


def _read_root(reader: Reader, path: Path,
               schema: Schema) -> tuple[dict[str, Any] | None, str]:
    if not path.exists():
        raise InputError(broken_link(path) or misnamed(path) or "is missing", file=path)
    root, digest = read_document(path)
    if root is None:
        raise InputError(
            f"is empty: it should hold the {schema.name} fields "
            f"({', '.join(f.name for f in schema.fields if f.required)})",
            file=path, line=1,
        )
    return reader.object(root, schema), digest


def _raise(reader: Reader) -> None:
    raise_if_any(sorted(reader.errors, key=lambda error: error.line or 0))

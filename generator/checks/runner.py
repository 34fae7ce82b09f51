"""Running the checks: every rule on every note, each finding at its severity.

Each rule has an id (input/models.py's RULES), reads a note as a mail (mail.py) and reports
findings: what it saw, quoting the words, and what to do. A rule is turned off with
`checks: {rule: false}` in pack.yaml, role.yaml or an interviewer's entry, and its findings
are lowered to suggestions with `checks: {rule: suggestion}` (or raised with `problem`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date

from ..findings import PROBLEM, SUGGESTION, Finding
from ..input.models import RULES, Application
from ..kinds import purpose_of
from .grammar import grammar
from .identity import NameIndex, greeting, other_applications, salutation
from .language import mixed
from .length import length, long_highlights, long_values
from .mail import read_mail
from .note import Note, Reading, Report, application_names, note_names, people_names
from .panel import panel_alike
from .personal import personal
from .proofread import proofread
from .required import required
from .spelling import Words
from .substance import substance
from .timing import timing
from .tone import tone

_ENGLISH_ONLY = ("tone", "required", "grammar")


def check(notes: Sequence[Note], today: date,
          applications: Sequence[Application] | NameIndex = (),
          words: Words | None = None) -> Report:
    """`applications` (or a NameIndex of them, built once for a batch) are the run's others:
    no note may mention their company or people."""
    report = Report(checked=len(notes))
    words = words or Words()
    index = applications if isinstance(applications, NameIndex) else NameIndex(applications)
    named: set[str] = set()  # applications whose own findings are already given
    # The names each application's YAML uses, and those of them that say nothing (Reading's).
    of_applications: dict[str, tuple[frozenset[str], ...]] = {}
    by_about = {note.path: note for note in notes}  # a finding is about its note's path
    readings = [_reading(note, of_applications) for note in notes]
    for note, reading in zip(notes, readings, strict=True):
        on = _enabled(note, report)
        mail = reading.mail
        found: list[Finding] = []
        if "personal" in on:
            found += personal(note, reading)
        if "length" in on:
            found += length(note, mail) + long_values(note)
        if "tone" in on:
            found += tone(note, mail)
        if "grammar" in on:
            found += grammar(note, mail)
        if "required" in on:
            found += required(note, mail)
        if "proofread" in on:
            found += proofread(note, reading, words)
        if "identity" in on:
            found += greeting(note, mail) + salutation(note, mail) + other_applications(note, index)
        if "timing" in on:
            found += timing(note, today)
        if note.application is not None and note.application.name not in named:
            named.add(note.application.name)
            found += long_highlights(note) if "length" in on else []
            found += mixed(note) if "language" in on else []
        report.findings.extend(_at_severity(note, finding) for finding in found)
    report.findings.extend(_at_severity(by_about[f.about], f)
                           for f in panel_alike(notes, readings))
    words.save()
    return report


def _reading(note: Note, of_applications: dict[str, tuple[frozenset[str], ...]]) -> Reading:
    mail = read_mail(note.text)
    names = unsaid = note_names(note, mail)
    if note.application is not None:
        name = note.application.name
        if name not in of_applications:
            of_applications[name] = (application_names(note.application),
                                     people_names(note.application))
        names, unsaid = names | of_applications[name][0], unsaid | of_applications[name][1]
    # What it says is compared for thank-yous only (personal, panel-alike).
    said = substance(mail.text, unsaid) if purpose_of(note.kind) == "thank" else ()
    return Reading(mail, names, unsaid, frozenset(said))


def _enabled(note: Note, report: Report) -> set[str]:
    on = set(RULES) - set(note.disabled)
    if note.language.lower().split("-")[0] != "en":
        for rule in _ENGLISH_ONLY:
            if rule in on:
                on.discard(rule)
                report.skipped[rule] = (f"knows English phrases only (a note is in "
                                        f"{note.language})")
        report.skipped["proofread"] = (
            "spelling is checked in English only; placeholders, doubled words and subjects "
            "still are")
    if note.application is None and "timing" in on:
        on.discard("timing")
        report.skipped["timing"] = "needs the YAML the note was made from"
    if note.kind is None:
        for rule in ("length", "required", "personal"):
            if rule in on:
                on.discard(rule)
                report.skipped[rule] = "needs --kind for a note written by hand"
    if note.recipient is None and note.application is None and "identity" in on:
        report.skipped["identity"] = "greetings are checked with --to NAME"
    return on


def _at_severity(note: Note, finding: Finding) -> Finding:
    if finding.rule in note.lowered and finding.severity == PROBLEM:
        return replace(finding, severity=SUGGESTION)
    if finding.rule in note.raised and finding.severity == SUGGESTION:
        return replace(finding, severity=PROBLEM)
    return finding

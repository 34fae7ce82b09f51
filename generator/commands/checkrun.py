"""Where the checks get their notes: fresh from the profiles, from an OUT folder (as the user
left the files), or from notes written by hand."""

from __future__ import annotations

import email
from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from email import policy
from email.message import EmailMessage
from pathlib import Path

from ..checks.identity import NameIndex
from ..checks.note import Note, Report
from ..checks.runner import check
from ..checks.spelling import Words
from ..compose.inline import make_inliner
from ..compose.render import Renderer
from ..errors import FollowupError, InputError, raise_if_any
from ..findings import DraftKey
from ..input.sources import ROLE_FILE
from ..output.manifest import MANIFEST, row_draft
from ..output.previous import load_manifest
from ..output.source import source_of
from .making import note_for
from .prepare import Options, prepare

DRAFTS = Path("drafts")  # where `followup drafts` writes when not told


def check_paths(paths: tuple[Path, ...], today: date, *, kind: str | None = None,
                to: str | None = None, sender: str | None = None, about: tuple[str, ...] = (),
                pack: str | None = None) -> Report:
    """What `followup check PATHS` checks: a profiles folder (drafts made in memory), an OUT
    folder (drafts as they are on disk), notes written by hand; by default drafts/ if it holds
    a run, else profiles/."""
    if not paths:
        paths = (DRAFTS,) if (DRAFTS / MANIFEST).is_file() else (Path("profiles"),)
    report = Report()
    # Where a profiles folder's drafts may have been written: the drafts folders named here,
    # and drafts/ (see check_profiles).
    outs = [p for p in dict.fromkeys((*paths, DRAFTS)) if (p / MANIFEST).is_file()]
    for folder in (p for p in paths if p.is_dir()):
        if (folder / MANIFEST).is_file():
            report.merge(check_out(folder, today, Path.cwd()))
        else:
            report.merge(check_profiles(Options(profiles=folder, out=DRAFTS, pack=pack,
                                                today=today), outs))
    files = [p for p in paths if not p.is_dir()]
    missing = [p for p in files if not p.exists()]
    if missing:
        raise_if_any([InputError("does not exist; check a note you wrote (a .txt, .md or .eml "
                                 "file), a folder of drafts, or profiles/ (start one with "
                                 "`followup new NAME`)", file=p) for p in missing])
    if files:
        report.merge(check_files(files, kind, to, today, sender=sender, about=about))
    return report


def check_profiles(options: Options, outs: Sequence[Path] = ()) -> Report:
    """Render every draft in memory (nothing is written) and check it. A draft that a run
    wrote from these profiles into one of the drafts folders `outs` is about its file there;
    any other is about no file (see findings.DraftKey)."""
    written = _written(options.profiles, outs)
    planned = prepare(options)
    applications = NameIndex([item.application for item in planned])  # once, not per app
    words = Words()
    report = Report()
    inliner = make_inliner(options.inliner)
    for item in planned:
        renderer = Renderer(item.pack, inliner)
        notes = []
        for spec in item.specs:
            draft = renderer.render(spec, options.today)
            out = written.get((spec.application.name, spec.kind, spec.recipient.slug))
            notes.append(note_for(spec, item.pack, out, text=draft.text, subject=draft.subject))
        report.merge(check(notes, options.today, applications, words))
    return report


def _written(profiles: Path, outs: Sequence[Path]) -> dict[tuple[str, str, str], Path]:
    """The drafts a run made from `profiles` that are in one of these drafts folders (the
    first that holds each), by (application, kind, recipient): a folder made from other
    profiles may hold an application of the same name."""
    found: dict[tuple[str, str, str], Path] = {}
    here = profiles.resolve()
    for out in outs:
        try:
            previous = load_manifest(out)
        except FollowupError:  # half-written, or not ours: it tells us nothing
            continue
        resolved: dict[Path, Path] = {}  # each recorded profiles folder, resolved once
        for name in previous.applications():
            record = previous.of(name)
            source = source_of(out, previous.data, record.about).profiles
            if source is None or resolved.setdefault(source, source.resolve()) != here:
                continue
            for row in record.rows:
                if (out / str(row.get("text"))).is_file():
                    found.setdefault(row_draft(row), out)
        previous.close()
    return found


def check_out(out: Path, today: date, project: Path | None = None) -> Report:
    """Check the drafts in OUT as they are on disk, hand edits included; with the YAML each
    application was made from where it is still there (runs from several profiles folders
    may share one OUT: each application's manifest says which was its own)."""
    previous = load_manifest(out)
    try:
        records = {name: previous.of(name) for name in previous.applications()}
    finally:
        previous.close()
    rows = [row for record in records.values() for row in record.rows]
    if previous.problem or not rows:
        raise InputError(f"holds no drafts to check ({MANIFEST} is missing or unreadable)",
                         file=out)
    # The applications still in their profiles, by where they came from (from OUT, wherever
    # `check` runs): each folder is read once, for these alone.
    made_from: dict[tuple[Path, str | None], set[str]] = {}
    for name, record in records.items():
        source = source_of(out, previous.data, record.about)
        if source.profiles is not None and _still_there(source.profiles, source.folder, name):
            made_from.setdefault((source.profiles, source.pack), set()).add(name)
    known: dict[tuple[str, str, str], Note] = {}  # by draft: application, kind, recipient
    applications = []
    for (profiles, pack), names in made_from.items():
        options = Options(profiles=profiles, out=out, pack=pack, today=today,
                          project=project, only=frozenset(names))
        for item in prepare(options):
            applications.append(item.application)
            renderer = Renderer(item.pack)
            for spec in item.specs:
                note = note_for(spec, item.pack, out, text="",
                                subject=renderer.subject(spec, today))
                known[spec.application.name, spec.kind, spec.recipient.slug] = note
    notes = []
    for row in rows:
        path = out / str(row.get("text"))
        if not path.is_file():
            continue
        text = path.read_text(encoding="utf-8", errors="replace")
        base = known.get(row_draft(row))
        if base is not None:
            notes.append(replace(base, text=text))
        else:
            notes.append(Note(path=DraftKey(*row_draft(row), out), text=text,
                              kind=str(row.get("kind")),
                              subject=row.get("subject"),
                              recipient=(row.get("recipient") or {}).get("name")))
    return check(notes, today, applications)


def _still_there(profiles: Path, folder: str | None, name: str) -> bool:
    """Whether the application's folder still holds a role.yaml. A manifest from before
    applications named their folder is read by the name, which is the folder's path below
    the profiles root, or the root's own name when the root is the application."""
    if folder is None:
        root = (profiles / ROLE_FILE).is_file() and profiles.resolve().name == name
        folder = "." if root else name
    return (profiles / folder / ROLE_FILE).is_file()


def check_files(paths: list[Path], kind: str | None, to: str | None, today: date, *,
                sender: str | None = None, about: tuple[str, ...] = ()) -> Report:
    """Notes written by hand: .txt/.md as they are, .eml by their text part and subject.
    `to` and `sender` name who they are to and from, `about` what was discussed."""
    notes = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError as exc:
            raise InputError(f"cannot be read: {exc.strerror or exc}", file=path) from None
        subject = None
        if path.suffix.lower() == ".eml":
            message = email.message_from_bytes(data, policy=policy.default)
            assert isinstance(message, EmailMessage)
            subject = str(message.get("Subject", ""))
            part = message.get_body(preferencelist=("plain",))
            if part is None:
                raise InputError("has no plain-text part to check; save the note as text",
                                 file=path)
            try:
                text = part.get_content()
            except (LookupError, UnicodeError) as exc:
                raise InputError(f"its text cannot be decoded ({exc}); save it as UTF-8",
                                 file=path) from None
        else:
            text = data.decode("utf-8", errors="replace")
        notes.append(Note(path=path, text=text.replace("\r\n", "\n"), kind=kind,
                          subject=subject, recipient=to, sender=sender, about=about,
                          hand_written=True))
    return check(notes, today)

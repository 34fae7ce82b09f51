"""Making one application's drafts: each rendered, a hand edit of it carried over, checked
and staged, with its review-page articles and its mbox. workers.py runs this in this process
or spread over worker processes.

A run that makes nothing (every application kept) never imports this module, nor the
renderer, the checks, Jinja or Markdown behind it.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..compose.document import sanitise_document
from ..compose.inline import make_inliner
from ..compose.packs import Pack
from ..compose.recipients import DraftSpec, draft_key
from ..errors import FollowupError, OutputError
from ..findings import DraftKey, Finding
from ..output.article import article
from ..output.edits import CONFLICT, Edit, hand_edit
from ..output.finish import sending_order, stage_mailbox
from ..output.manifest import PARTS, draft_files, file_hash, recorded, row_draft
from ..output.mime import build_message, draft_person, message_id
from ..output.review import by_drafts
from ..output.staging import Staged, stage

# Told of each draft as soon as it is made, before it is checked or written (`preview
# --serve` shows it at once): its manifest row, its text and its HTML.
Drafted = Callable[[Mapping[str, Any], str, str], None]

if TYPE_CHECKING:
    from ..checks.identity import NameIndex
    from ..checks.note import Note
    from ..compose.render import Draft, Renderer
    from .prepare import Options, Planned


@dataclass(frozen=True)
class Made:
    """One application's drafts, staged, and what the checks found in them."""

    application: str
    staged: list[Staged]
    findings: list[Finding]
    skipped: dict[str, str]
    articles: list[tuple[int, str]]  # each staged draft's page article and findings, or none
    mbox: tuple[Path, str] | None  # the application's mbox, staged, and its hash
    notices: list[str] = field(default_factory=list)  # hand edits carried, or to choose
    error: FollowupError | None = None  # why it could not be made: the others still are


class Maker:
    """What one process keeps between applications: renderers, the inliner, the dictionary."""

    def __init__(self, options: Options, staging: Path, names: NameIndex,
                 drafted: Drafted | None = None) -> None:
        from ..checks.spelling import Words

        self.options, self.staging, self.names = options, staging, names
        self.drafted = drafted
        # The last run's manifest rows of the application at hand, by .html path (see make).
        self.previous: Mapping[str, Mapping[str, Any]] = {}
        self.renderers: dict[Path, Renderer] = {}
        self.words = Words()
        self.inliner = make_inliner(options.inliner)

    def make(self, item: Planned, previous: Mapping[str, Mapping[str, Any]] | None = None) -> Made:
        """One application's drafts, or, when one of them cannot be made (a template error,
        a draft that cannot be staged), why: one application's problem stops only it.
        `previous`: the last run's manifest rows of this application, by .html path, to find
        hand edits in."""
        self.previous = previous or {}
        try:
            return self._make(item)
        except FollowupError as exc:
            return Made(item.application.name, [], [], {}, [], None, [], exc)
        except OSError as exc:  # a file that cannot be read or written: this one's problem
            error = OutputError(f"cannot make its drafts: {exc.strerror or exc}",
                                file=exc.filename or self.options.out / item.application.name)
            return Made(item.application.name, [], [], {}, [], None, [], error)

    def _make(self, item: Planned) -> Made:
        from ..checks.runner import check
        from ..compose.render import Renderer

        options = self.options
        renderer = self.renderers.get(item.pack.root)
        if renderer is None:
            renderer = self.renderers[item.pack.root] = Renderer(item.pack, self.inliner)
        # An application new to OUT has nothing there to compare its drafts with.
        compare = (options.out / item.application.name).is_dir()
        entries = [person_entry(spec) for spec in item.specs]
        made = {index: self._one(item, item.specs[index], entries[index], renderer, compare)
                for index in self._changed_first(item, entries)}
        # Back in the plan's order: the files, the checks and what is said of your edits.
        staged, texts, htmls, emls, notes, said = [], [], [], [], [], []
        for index in range(len(item.specs)):
            one, text, html, eml, note, told = made[index]
            staged.append(one)
            texts.append(text)
            htmls.append(html)
            emls.append(eml)
            notes.extend([note] if note is not None else [])
            said.extend(told)
        checked = check(notes, options.today, self.names, self.words) if notes else None
        found = checked.findings if checked else []
        # The review page's articles and the mbox are made here, from the drafts in memory:
        # in parallel, and without reading a batch's files back when the run commits. A run
        # of `only` some applications leaves the page to its caller: no articles.
        by_draft = by_drafts(found)
        articles = []
        for one, text, html in [] if options.only else zip(staged, texts, htmls, strict=True):
            mine = by_draft.get(row_draft(one.row), [])
            articles.append((len(mine), article(one.row, text, mine, options.today, html)))
        # In sending order, as a mailbox made at commit would be.
        order = sorted(range(len(staged)), key=lambda i: sending_order(staged[i].row))
        mailbox = stage_mailbox(self.staging, item.application.name,
                                [(emls[i], staged[i].row["send_on"]) for i in order]
                                ) if staged else None
        return Made(item.application.name, staged, found, checked.skipped if checked else {},
                    articles, mailbox, said)

    def _changed_first(self, item: Planned, entries: list[str]) -> list[int]:
        """The order to make the drafts in: those of a person whose entry changed since the
        last run first (a live rebuild shows them first: the eighth of eleven drafts waited
        about 30 ms behind the seven before it), then the rest, each in the plan's order.
        A change to role.yaml or candidate.yaml changes every entry: the plan's order.
        Measured (bench/page.py, a person drawn at random, 200 applications): their draft on
        the page at 87-97 ms median, 148-162 ms p95, against 117-132 and 190-228 ms."""
        def unchanged(index: int) -> bool:
            spec = item.specs[index]
            html = draft_files(spec.application.name, spec.kind, spec.recipient.slug)["html"]
            return (self.previous.get(html) or {}).get("entry") == entries[index]

        return sorted(range(len(item.specs)), key=unchanged)

    def _one(self, item: Planned, spec: DraftSpec, entry: str, renderer: Renderer,
             compare: bool) -> tuple[Staged, str, str, bytes, Note | None, list[str]]:
        """One draft made and staged (your edit of it carried over), told to `drafted` when
        it changed: with its text, HTML and .eml, what the checks need of it, and what the
        run should say of your edit."""
        options = self.options
        said: list[str] = []
        draft = renderer.render(spec, options.today)
        # What the YAML and pack make now, before any edit of yours is carried over: the
        # next run tells a change of input under a kept edit by it.
        made = file_hash(draft.text.encode("utf-8"))
        edited = self._edit(draft) if compare and not options.force else None
        draft, edit = self._carry(draft, edited, made, said)
        note = note_for(spec, item.pack, options.out, text=draft.text,
                        subject=draft.subject) if options.checks else None
        ids = message_ids(spec)
        candidate = spec.application.candidate
        eml = build_message(draft, candidate.name, candidate.email,
                            message_id=ids[-1], references=ids[:-1])
        staged = stage(self.staging, draft, eml, {
            "message_id": ids[-1],
            "send_on": _iso(spec.when.send_on),
            "send_by": _iso(spec.when.send_by),
            "sent_on": _iso(spec.when.sent_on),
            "made": made,
            "entry": entry,
            **({"edited": list(edit.parts)} if edit is not None else {}),
        }, compare=compare, theirs=edit.hashes if edit is not None else None)
        # A draft that changed, and is not yours: shown before the rest are made. One you
        # edited waits for the run, which decides what becomes of your edit.
        if self.drafted is not None and edited is None and len(staged.unchanged) < len(PARTS):
            self.drafted(staged.row, draft.text, draft.html)
        return staged, draft.text, draft.html, eml, note, said

    def _edit(self, draft: Draft) -> Edit | None:
        """The user's edit of this draft's files in OUT, if any (see output.edits)."""
        paths = draft_files(draft.application, draft.kind, draft.slug)
        return hand_edit(self.options.out, paths, self.previous.get(paths["html"]))

    def _carry(self, draft: Draft, edit: Edit | None, made: str,
               said: list[str]) -> tuple[Draft, Edit | None]:
        """The draft with your edit of it carried over (cleaned as a pack's HTML is), and the
        edit; none when its .txt and .html were edited differently (both then stay as they
        are). What the run should tell you about it goes to `said`. `made` is the hash of the
        text the YAML and pack make now."""
        if edit is None:
            return draft, None
        stem = f"{draft.application}/{draft.kind}/{draft.slug}"
        if edit.status == CONFLICT:
            if "eml" not in edit.parts:
                said.append(f"{stem}: its .txt and .html were edited differently, so both are "
                            "kept and its .eml is as it was; make them agree (or delete one) "
                            "to choose")
            return draft, None
        assert edit.text is not None and edit.html is not None
        html, removed = sanitise_document(edit.html)  # an edit is HTML like a pack's
        draft = replace(draft, text=edit.text, html=html)
        if removed and "html" in edit.parts:
            said.append(f"{stem}: your edited .html held what a mail should not "
                        f"({', '.join(removed)}); its .eml and the mbox leave it out")
        last = self.previous.get(draft_files(draft.application, draft.kind, draft.slug)["html"])
        last = last or {}
        files = " and ".join("." + p.replace("text", "txt") for p in edit.parts)
        if any(edit.hashes[p] != recorded(dict(last), p) for p in edit.parts):
            said.append(f"{stem}: your edit of its {files} is what its .eml, the "  # once
                        "mbox and the review page now say")
        before = last.get("made")
        if isinstance(before, str) and before != made:
            said.append(f"{stem}: its YAML or pack changed since you edited it, and the new "
                        "wording is not in it; edit it again, or run with --force to replace "
                        "your edit with the new draft")
        return draft, edit


def note_for(spec: DraftSpec, pack: Pack, out: Path | None, *, text: str,
             subject: str) -> Note:
    """What the checks need to know of a draft; `out` is the drafts folder it is written to
    or read from, None when it is made in memory only (see findings.DraftKey)."""
    from ..checks.note import Note, settings

    person = spec.recipient.interviewer
    disabled, lowered, raised = settings(pack.checks, spec.application.role.checks,
                                         person.checks if person else {})

    return Note(
        path=DraftKey(spec.application.name, spec.kind, spec.recipient.slug, out),
        text=text,
        kind=spec.kind,
        subject=subject,
        variant=spec.variant,
        language=pack.language,
        recipient=spec.recipient.name,
        salutation=spec.recipient.salutation,
        application=spec.application,
        interviewer=person if spec.recipient.audience == "interviewer" else None,
        when=spec.when,
        limits=pack.limits.get(spec.kind),
        disabled=disabled,
        lowered=lowered,
        raised=raised,
    )


def person_entry(spec: DraftSpec) -> str:
    """A digest of what a draft's person is, as parsed: their own entry, and role.yaml's and
    candidate.yaml's (which every draft is made from). The manifest keeps it with the draft,
    so the next run knows whose entry a save changed (see Maker._changed_first)."""
    application = spec.application
    said = repr((application.role.digest, application.candidate.digest, spec.recipient.slug,
                 spec.recipient.interviewer))
    return hashlib.sha256(said.encode("utf-8")).hexdigest()[:16]


def message_ids(spec: DraftSpec) -> list[str]:
    """The Message-IDs of the thread this draft ends, oldest first, its own last."""
    email = spec.application.candidate.email
    keys = [*spec.replies_to, (spec.kind, spec.variant)]
    person = draft_person(spec)  # who, not which file: see mime.message_id
    ids = [message_id(email, spec.application.name, draft_key(kind, variant), person)
           for kind, variant in keys]
    # A reply to their message (the news of a rejection) starts its thread with it.
    return [spec.in_reply_to, *ids] if spec.in_reply_to else ids


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None

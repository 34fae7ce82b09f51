"""Making drafts: each application's drafts rendered, checked and staged, with its review-page
articles and its mbox, in this process or spread over worker processes.

A run that makes nothing (every application kept) never imports this module, nor the
renderer, the checks, Jinja or Markdown behind it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..compose.document import sanitise_document
from ..compose.inline import make_inliner
from ..compose.packs import Pack
from ..compose.recipients import DraftSpec, draft_key
from ..errors import FollowupError, OutputError, display_path
from ..findings import Finding
from ..output.edits import CONFLICT, Edit, hand_edit
from ..output.finish import sending_order, stage_mailbox
from ..output.manifest import PARTS, file_hash, recorded
from ..output.mime import build_message, draft_person, message_id
from ..output.staging import Staged, stage
from ..output.transaction import STOPS

if TYPE_CHECKING:
    from multiprocessing.context import BaseContext

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
    articles: list[tuple[int, str]]  # each staged draft's review-page article, its findings
    mbox: tuple[Path, str] | None  # the application's mbox, staged, and its hash
    notices: list[str] = field(default_factory=list)  # hand edits carried, or to choose
    error: FollowupError | None = None  # why it could not be made: the others still are


def make_all(jobs: list[Planned], options: Options, staging: Path,
             planned: list[Planned], lock: int | None = None,
             previous: Mapping[str, Mapping[str, Any]] | None = None) -> Iterator[Made]:
    """Each application's drafts, in order: in this process, or spread over worker processes
    (each stages its files straight into the run's staging folder). Every application of
    the run, made or kept, is one the identity check keeps out of the others' notes. `lock`
    is the handle holding OUT's lock, which a forked worker must let go of; `previous` the
    last run's manifest rows of these applications, by .html path, to find hand edits in."""
    previous = previous or {}
    if not jobs:
        return
    from ..checks.identity import NameIndex

    names = NameIndex([item.application for item in planned])
    workers = _workers(options.jobs, jobs)
    if workers <= 1:
        yield from map(Maker(options, staging, names, previous).make, jobs)
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    context = _context()
    inherited = lock if context.get_start_method() == "fork" else None
    pool = ProcessPoolExecutor(workers, mp_context=context, initializer=_start_worker,
                               initargs=(options, staging, names, previous, os.getpid(),
                                         inherited))
    try:
        # Applications in order, a few at a time each, so results stream back as they come.
        chunks = max(1, min(8, len(jobs) // workers // 4))
        yield from pool.map(_make, jobs, chunksize=chunks)
    except BrokenProcessPool as exc:
        raise OutputError(f"a worker process stopped unexpectedly ({exc}); nothing was "
                          "written; try again with -j 1", file=options.out) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# Below this many drafts to make, starting worker processes costs more than they save
# (bench/run.py --pool, 2 CPUs): forked workers paid from about 100 drafts on a quiet machine
# (0.59 s in one process, 0.46 s in two), spawned ones (macOS, Windows) start 0.3 to 0.5 s
# slower and paid from about 300; on a loaded machine neither paid below 400.
PROCESSES_FROM = 200


def _workers(jobs: int, work: list[Planned]) -> int:
    """How many processes: as asked, or with 0, one per CPU for a batch big enough."""
    if jobs:
        return min(jobs, len(work))
    if sum(len(item.specs) for item in work) < PROCESSES_FROM:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on macOS or Windows
        cpus = os.cpu_count() or 1
    return min(cpus, len(work))


def _context() -> BaseContext:
    """fork where it is quick and safe: on Linux, from a process running no other thread
    (forking one that does, as preview --serve does, can leave a child waiting on a lock no
    thread will release). Elsewhere spawn, the safe default of macOS and Windows."""
    import multiprocessing
    import threading

    fork = sys.platform.startswith("linux") and threading.active_count() == 1
    return multiprocessing.get_context("fork" if fork else "spawn")


# A worker process's Maker, made by the pool's initializer: the one thing a worker keeps
# between the applications it is given (concurrent.futures offers no other place).
_maker: Maker | None = None


def _start_worker(options: Options, staging: Path, names: NameIndex,
                  previous: Mapping[str, Mapping[str, Any]], parent: int,
                  inherited: int | None) -> None:
    """A worker never outlives the run that started it, nor holds its lock: a run killed
    with -9 must not leave processes behind that keep OUT locked for good."""
    global _maker
    import signal

    if inherited is not None:  # forked: our copy of the lock's handle would keep OUT locked
        os.close(inherited)
    _die_with(parent)
    # Ctrl-C, SIGTERM and SIGHUP are the main process's to handle: it stops the pool and
    # cleans up (a closed terminal sends them to every process of the group).
    for number in STOPS:
        signal.signal(number, signal.SIG_IGN)
    _maker = Maker(options, staging, names, previous)


def _die_with(parent: int) -> None:
    """End this process when `parent` ends: on Linux the kernel sends SIGKILL when it dies
    (prctl PR_SET_PDEATHSIG); elsewhere a thread looks for it once a second."""
    import signal

    if sys.platform.startswith("linux"):
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        if libc.prctl(1, signal.SIGKILL, 0, 0, 0) == 0:  # 1: PR_SET_PDEATHSIG
            if os.getppid() != parent:  # it died before we asked
                os._exit(1)
            return
    import threading
    import time

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _make(item: Planned) -> Made:
    assert _maker is not None, "run in a pool started with _start_worker"
    return _maker.make(item)


class Maker:
    """What one process keeps between applications: renderers, the inliner, the dictionary."""

    def __init__(self, options: Options, staging: Path, names: NameIndex,
                 previous: Mapping[str, Mapping[str, Any]] | None = None) -> None:
        from ..checks.spelling import Words

        self.options, self.staging, self.names = options, staging, names
        self.previous = previous or {}
        self.renderers: dict[Path, Renderer] = {}
        self.words = Words()
        self.inliner = make_inliner(options.inliner)

    def make(self, item: Planned) -> Made:
        """One application's drafts, or, when one of them cannot be made (a template error,
        a draft that cannot be staged), why: one application's problem stops only it."""
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
        from ..output.review import article

        options = self.options
        renderer = self.renderers.get(item.pack.root)
        if renderer is None:
            renderer = self.renderers[item.pack.root] = Renderer(item.pack, self.inliner)
        staged, notes, texts, htmls, emls, said = [], [], [], [], [], []
        # An application new to OUT has nothing there to compare its drafts with.
        compare = (options.out / item.application.name).is_dir()
        for spec in item.specs:
            draft = renderer.render(spec, options.today)
            # What the YAML and pack make now, before any edit of yours is carried over: the
            # next run tells a change of input under a kept edit by it.
            made = file_hash(draft.text.encode("utf-8"))
            edit = self._edit(draft) if compare and not options.force else None
            if edit is not None and edit.status == CONFLICT:
                if "eml" not in edit.parts:
                    said.append(f"{draft.application}/{draft.kind}/{draft.slug}: its .txt and "
                                ".html were edited differently, so both are kept and its .eml "
                                "is as it was; make them agree (or delete one) to choose")
                edit = None
            elif edit is not None:
                assert edit.text is not None and edit.html is not None
                html, removed = sanitise_document(edit.html)  # an edit is HTML like a pack's
                draft = replace(draft, text=edit.text, html=html)
                stem = f"{draft.application}/{draft.kind}/{draft.slug}"
                if removed and "html" in edit.parts:
                    said.append(f"{stem}: your edited .html held what a mail should not "
                                f"({', '.join(removed)}); its .eml and the mbox leave it out")
                last = self.previous.get(stem + PARTS["html"], {})
                files = " and ".join("." + p.replace("text", "txt") for p in edit.parts)
                if any(edit.hashes[p] != recorded(dict(last), p) for p in edit.parts):
                    said.append(f"{stem}: your edit of its {files} is what its .eml, the "  # once
                                "mbox and the review page now say")
                before = last.get("made")
                if isinstance(before, str) and before != made:
                    said.append(f"{stem}: its YAML or pack changed since you edited it, and "
                                "the new wording is not in it; edit it again, or run with "
                                "--force to replace your edit with the new draft")
            if options.checks:
                notes.append(note_for(spec, item.pack, options.out, text=draft.text,
                                      subject=draft.subject))
            ids = message_ids(spec)
            candidate = spec.application.candidate
            eml = build_message(draft, candidate.name, candidate.email,
                                message_id=ids[-1], references=ids[:-1])
            staged.append(stage(self.staging, draft, eml, {
                "message_id": ids[-1],
                "send_on": _iso(spec.when.send_on),
                "send_by": _iso(spec.when.send_by),
                "sent_on": _iso(spec.when.sent_on),
                "made": made,
                **({"edited": list(edit.parts)} if edit is not None else {}),
            }, compare=compare, theirs=edit.hashes if edit is not None else None))
            texts.append(draft.text)
            htmls.append(draft.html)
            emls.append(eml)
        checked = check(notes, options.today, self.names, self.words) if notes else None
        found = checked.findings if checked else []
        # The review page's articles and the mbox are made here, from the drafts in memory:
        # in parallel, and without reading a batch's files back when the run commits.
        by_path: dict[str, list[Finding]] = {}
        for finding in found:
            by_path.setdefault(finding.path, []).append(finding)
        articles = []
        for one, text, html in zip(staged, texts, htmls, strict=True):
            mine = by_path.get(display_path(options.out / one.row["text"]), [])
            articles.append((len(mine), article(one.row, text, mine, options.today, html)))
        # In sending order, as a mailbox made at commit would be.
        order = sorted(range(len(staged)), key=lambda i: sending_order(staged[i].row))
        mailbox = stage_mailbox(self.staging, item.application.name,
                                [(emls[i], staged[i].row["send_on"]) for i in order]
                                ) if staged else None
        return Made(item.application.name, staged, found, checked.skipped if checked else {},
                    articles, mailbox, said)

    def _edit(self, draft: Draft) -> Edit | None:
        """The user's edit of this draft's files in OUT, if any (see output.edits)."""
        stem = f"{draft.application}/{draft.kind}/{draft.slug}"
        paths = {part: stem + suffix for part, suffix in PARTS.items()}
        return hand_edit(self.options.out, paths, self.previous.get(paths["html"]))


def note_for(spec: DraftSpec, pack: Pack, out: Path, *, text: str, subject: str) -> Note:
    """What the checks need to know of a draft."""
    from ..checks.note import Note, settings

    person = spec.recipient.interviewer
    disabled, lowered, raised = settings(pack.checks, spec.application.role.checks,
                                         person.checks if person else {})

    return Note(
        path=display_path(out / spec.application.name / spec.kind / f"{spec.recipient.slug}.txt"),
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

"""Making drafts: each application's drafts rendered, checked and staged, with its review-page
articles and its mbox, in this process or spread over worker processes.

A run that makes nothing (every application kept) never imports this module, nor the
renderer, the checks, Jinja or Markdown behind it.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..compose.inline import make_inliner
from ..compose.packs import Pack
from ..compose.recipients import DraftSpec, draft_key
from ..errors import OutputError, display_path
from ..findings import Finding
from ..output.mime import build_message, mbox, message_id
from ..output.writers import MBOX, Staged, file_hash, stage, staged_path, write_new

if TYPE_CHECKING:
    from ..checks.rules import NameIndex, Note, Words
    from ..compose.inline import Inliner
    from ..compose.render import Renderer
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


def make_all(jobs: list[Planned], options: Options, staging: Path,
             planned: list[Planned]) -> Iterator[Made]:
    """Each application's drafts, in order: in this process, or spread over worker processes
    (each stages its files straight into the run's staging folder). Every application of
    the run, made or kept, is one the identity check keeps out of the others' notes."""
    if not jobs:
        return
    import threading

    from ..checks.rules import NameIndex

    names = NameIndex([item.application for item in planned])
    # fork is quick and safe on Linux; elsewhere (macOS, Windows) spawn is the safe default.
    # Forking a process that runs other threads (preview --serve) can leave a child waiting
    # on a lock no thread will release.
    fork = sys.platform.startswith("linux") and threading.active_count() == 1
    workers = _workers(options.jobs, jobs, fork)
    if workers <= 1:
        _Worker.start(options, staging, names)
        for item in jobs:
            yield _Worker.make(item)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    if fork:  # made once here, what the workers load is theirs for free
        _Worker.start(options, staging, names)
        _Worker.warm(jobs)
        _Worker.jobs = jobs  # so are the jobs: each is sent as its place in this list
    context = multiprocessing.get_context("fork" if fork else "spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context,
                               initializer=_Worker.start_quietly,
                               initargs=(None if fork else (options, staging, names),))
    try:
        # Applications in order, a few at a time each, so results stream back as they come.
        chunks = max(1, min(8, len(jobs) // workers // 4))
        yield from (pool.map(_make_nth, range(len(jobs)), chunksize=chunks) if fork
                    else pool.map(_make_one, jobs, chunksize=chunks))
    except BrokenProcessPool as exc:
        raise OutputError(f"a worker process stopped unexpectedly ({exc}); nothing was "
                          "written; try again with -j 1", file=options.out) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
        _Worker.jobs = []  # a cohort's applications need not outlive their run


# Below this many drafts to make, starting worker processes costs more than they save.
# Measured with forked workers on 2 CPUs: 30 drafts 0.35 s in one process and 0.43 s in two,
# 50 drafts 0.49 s and 0.48 s, 100 drafts 0.59 s and 0.46 s. Where workers are spawned
# (macOS, Windows) each imports everything anew, so a batch must be larger before they pay.
PROCESSES_FROM = 60
SPAWNED_FROM = 300


def _workers(jobs: int, work: list[Planned], fork: bool) -> int:
    """How many processes: as asked, or with 0, one per CPU for a batch big enough."""
    if jobs:
        return min(jobs, len(work))
    enough = PROCESSES_FROM if fork else SPAWNED_FROM
    if sum(len(item.specs) for item in work) < enough:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on macOS or Windows
        cpus = os.cpu_count() or 1
    return min(cpus, len(work))


def _make_one(item: Planned) -> Made:
    return _Worker.make(item)


def _make_nth(index: int) -> Made:
    # A forked worker has the jobs already; pickling each (its application, pack and plan)
    # cost the main process a tenth of a millisecond, and the worker twice that.
    return _Worker.make(_Worker.jobs[index])


class _Worker:
    """What one process keeps between applications: renderers, the inliner, the dictionary."""

    options: Options
    staging: Path
    names: NameIndex
    jobs: list[Planned]
    renderers: dict[Path, Renderer]
    renderer_type: type[Renderer]
    words: Words
    inliner: Inliner

    @classmethod
    def start(cls, options: Options, staging: Path, names: NameIndex) -> None:
        from ..checks.rules import Words
        from ..compose.render import Renderer

        cls.renderer_type = Renderer
        cls.options, cls.staging, cls.names = options, staging, names
        cls.renderers = {}
        cls.words = Words()
        cls.inliner = make_inliner(options.inliner)

    @classmethod
    def warm(cls, planned: list[Planned]) -> None:
        """Load what every worker needs (renderers, the dictionary) before they are forked."""
        for item in planned:
            if item.pack.root not in cls.renderers:
                cls.renderers[item.pack.root] = cls.renderer_type(item.pack, cls.inliner)
        if cls.options.checks:
            cls.words.load(*{item.pack.language for item in planned})

    @classmethod
    def start_quietly(cls, started: tuple[Options, Path, NameIndex] | None) -> None:
        # Ctrl-C is the main process's to handle: it stops the pool and cleans up.
        import signal

        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if started is not None:  # spawned: nothing was inherited
            cls.start(*started)

    @classmethod
    def make(cls, item: Planned) -> Made:
        from ..checks.rules import check
        from ..output.review import article

        options = cls.options
        renderer = cls.renderers.get(item.pack.root)
        if renderer is None:
            renderer = cls.renderers[item.pack.root] = cls.renderer_type(item.pack, cls.inliner)
        staged, notes, texts, emls = [], [], [], []
        # An application new to OUT has nothing there to compare its drafts with.
        compare = (options.out / item.application.name).is_dir()
        for spec in item.specs:
            draft = renderer.render(spec, options.today)
            if options.checks:
                notes.append(note_for(spec, item.pack, options.out, text=draft.text,
                                      subject=draft.subject))
            ids = message_ids(spec)
            candidate = spec.application.candidate
            eml = build_message(draft, candidate.name, candidate.email,
                                message_id=ids[-1], references=ids[:-1])
            staged.append(stage(cls.staging, draft, eml, {
                "message_id": ids[-1],
                "send_on": _iso(spec.when.send_on),
                "send_by": _iso(spec.when.send_by),
                "sent_on": _iso(spec.when.sent_on),
            }, compare=compare))
            texts.append(draft.text)
            emls.append(eml)
        checked = check(notes, options.today, cls.names, cls.words) if notes else None
        found = checked.findings if checked else []
        # The review page's articles and the mbox are made here, from the drafts in memory:
        # in parallel, and without reading a batch's files back when the run commits.
        by_path: dict[str, list[Finding]] = {}
        for finding in found:
            by_path.setdefault(finding.path, []).append(finding)
        articles = []
        for one, text in zip(staged, texts, strict=True):
            mine = by_path.get(display_path(options.out / one.row["text"]), [])
            articles.append((len(mine), article(one.row, text, mine, options.today)))
        return Made(item.application.name, staged, found, checked.skipped if checked else {},
                    articles, cls._mbox(staged, emls) if staged else None)

    @classmethod
    def _mbox(cls, staged: list[Staged], emls: list[bytes]) -> tuple[Path, str]:
        # In the order the manifest lists the drafts, as a mailbox made at commit would be.
        order = sorted(range(len(staged)), key=lambda i: (staged[i].row["kind"],
                                                          staged[i].row["html"]))
        data = mbox([emls[i] for i in order])
        try:
            path = staged_path(cls.staging, f"{staged[0].row['application']}/{MBOX}")
            write_new(path, data)
        except OSError as exc:
            raise OutputError(f"cannot stage a draft: {exc.strerror or exc}",
                              file=cls.options.out) from None
        return Path(path), file_hash(data)


def note_for(spec: DraftSpec, pack: Pack, out: Path, *, text: str, subject: str) -> Note:
    """What the checks need to know of a draft."""
    person = spec.recipient.interviewer
    off = {rule for rule, on in (*pack.checks.items(), *spec.application.role.checks.items(),
                                 *(person.checks.items() if person else ())) if not on}
    from ..checks.rules import Note

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
        disabled=frozenset(off),
    )


def message_ids(spec: DraftSpec) -> list[str]:
    """The Message-IDs of the thread this draft ends, oldest first, its own last."""
    email = spec.application.candidate.email
    keys = [*spec.replies_to, (spec.kind, spec.variant)]
    return [message_id(email, spec.application.name, draft_key(kind, variant),
                       spec.recipient.slug) for kind, variant in keys]


def _iso(value: date | None) -> str | None:
    return value.isoformat() if value is not None else None

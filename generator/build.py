"""The library's front door: profiles in, drafts out, and a report of what happened.

YAML -> validated model -> plan (who gets what) -> render with the pack -> writers. Every user
mistake in any file is gathered and raised as one ErrorGroup before anything is written.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import __version__
from .cache import code_digest
from .errors import (
    FollowupError,
    InputError,
    OutputError,
    PackError,
    display_path,
    raise_if_any,
)
from .findings import Finding
from .inline import make_inliner
from .mime import build_message, mbox, message_id
from .models import KINDS, Application, identifying_names
from .packs import DEFAULT_PACK, Pack, is_path, load_pack
from .recipients import DraftSpec, draft_key, plan_drafts, sent_problems
from .schedule import Timing
from .sources import load_applications
from .writers import (
    MBOX,
    Fresh,
    Outcome,
    Output,
    Staged,
    WriteReport,
    file_hash,
    stage,
    staged_path,
)
from .yamlread import read_digest

if TYPE_CHECKING:  # imported where drafts are made: a re-run that makes none never loads them
    from .checks import NameIndex, Note, Words
    from .inline import Inliner
    from .render import Renderer


@dataclass(frozen=True)
class Options:
    profiles: Path
    out: Path
    pack: str | None = None  # overrides each role.yaml's `pack:`; else the default pack
    kinds: tuple[str, ...] = KINDS
    force: bool = False
    today: date = field(default_factory=date.today)
    inliner: str = "css-inline"
    checks: bool = True  # the etiquette checks run after every drafts run
    jobs: int = 0  # worker processes for a batch; 0: one per CPU when the batch is big enough
    project: Path | None = None  # where templates/<name>/ packs are looked up; default: cwd

    def __post_init__(self) -> None:
        # A kind named twice (--kind thank-you --kind thank-you) is still made once.
        object.__setattr__(self, "kinds", tuple(dict.fromkeys(self.kinds)))


@dataclass(frozen=True)
class ApplicationReport:
    name: str
    candidate: str
    candidate_file: Path
    pack: str
    written: int
    unchanged: int
    kept: tuple[str, ...]  # paths (relative to OUT) kept because they were edited by hand
    kept_drafts: int
    next_send: tuple[date, str, str] | None  # (day, kind, recipient) of the next planned send
    notices: tuple[str, ...]
    drafts: tuple[tuple[str, str], ...] = ()  # (html path, written/unchanged/kept)
    findings: int = 0  # what the checks found in this application's drafts


@dataclass(frozen=True)
class RunReport:
    applications: tuple[ApplicationReport, ...]
    removed: tuple[str, ...]
    notices: tuple[str, ...]
    manifest: Path
    findings: tuple[Finding, ...] = ()
    skipped_checks: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Planned:
    """One application with its pack and the drafts it gets."""

    application: Application
    pack: Pack
    specs: list[DraftSpec]
    notices: list[str]


def prepare(options: Options) -> list[Planned]:
    """Load and check everything, and decide every draft: all before anything is written."""
    applications = load_applications(options.profiles)
    packs = _packs_for(applications, options)
    raise_if_any([p for app in applications for p in sent_problems(app, options.today)])
    planned = []
    for application in applications:
        pack = packs[application.name]
        specs, notices = plan_drafts(application, pack, options.kinds, options.today,
                                     Timing().updated(pack.timing))
        planned.append(Planned(application, pack, specs, notices))
    return planned


def generate(options: Options,
             progress: Callable[[int, int], None] | None = None) -> RunReport:
    """Write the drafts; `progress(done, total)` is called after each application."""
    planned = prepare(options)
    scope = {(p.application.name, kind) for p in planned for kind in options.kinds}
    # What the checks found, and which checks they skipped, per application: everything
    # else (the flat list, the counts, the manifest's copy) is derived from these two.
    findings: dict[str, list[Finding]] = {}
    skipped: dict[str, dict[str, str]] = {}
    keys = input_keys(planned, options)
    done = 0

    def finished() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, len(planned))

    with Output(options.out, force=options.force) as output:
        jobs = []
        for index, item in enumerate(planned):
            name = item.application.name
            if output.reusable(name, keys[name]):
                # Same inputs, same files: keep them, and say again what the checks found.
                output.keep(name)
                findings[name], skipped[name] = _saved_checks(output.previous, name,
                                                              options.out)
                finished()
            else:
                jobs.append((index, item))
        if jobs:
            make_inliner(options.inliner)  # an unknown or missing inliner fails before any work
        for made in _make_all(jobs, options, output.staging, planned):
            for staged, article in zip(made.staged, made.articles, strict=True):
                output.add_staged(staged, article)
            if made.mbox is not None:
                output.add_mailbox(made.application, *made.mbox)
            findings[made.application] = made.findings
            skipped[made.application] = made.skipped
            finished()

        def page(rows: list[dict[str, Any]], fresh: Fresh, read: Callable[[str], bytes | None],
                 write: Callable[[bytes], object]) -> None:
            from .review import Entry, article, on_page, write_page

            by_path: dict[str, list[Finding]] = {}
            for found in findings.values():
                for finding in found:
                    by_path.setdefault(finding.path, []).append(finding)

            def entry(row: Mapping[str, Any]) -> Entry:
                made = fresh(row)
                if made is not None:
                    return Entry(row, *made)
                # Kept, or made by an earlier run: from the file as it is. A hand-edited
                # draft's findings were for the text we would have written, not its own.
                found = [] if row.get("edited") else by_path.get(
                    display_path(options.out / str(row["text"])), [])
                return Entry(row, len(found), lambda: article(
                    row, (read(row["text"]) or b"").decode("utf-8", "replace"), found,
                    options.today))

            write_page(write, [entry(row) for row in on_page(rows)], options.today)

        meta = {**_meta(options), "inputs": keys, "skipped": skipped, "findings": {
            # kept with paths inside OUT, so the manifest is the same wherever OUT is
            application: [{**f.as_json(), "path": _relative(f.path, options.out).as_posix()}
                          for f in found]
            for application, found in findings.items() if found}}
        # A re-run that changes nothing writes nothing, not even the page or the manifest.
        written = output.settled(meta) or output.commit(scope, meta, page)
    # A draft kept because you edited it is not the text the checks read: drop those findings
    # (`followup check` reads the files as they are).
    kept = {display_path(options.out / path) for o in written.outcomes if o.status == "kept"
            for path in o.paths}
    findings = {app: [f for f in found if f.path not in kept] for app, found in findings.items()}
    return _report(planned, written, options.out, findings, skipped)


def _saved_checks(previous: dict[str, Any], application: str,
                  out: Path) -> tuple[list[Finding], dict[str, str]]:
    """The findings and skipped checks the last run stored for an application; entries
    edited into another shape are dropped (the manifest is the user's file too)."""
    saved = previous.get("findings")
    rows = saved.get(application) if isinstance(saved, dict) else None
    found = []
    for row in rows if isinstance(rows, list) else []:
        if isinstance(row, dict) and all(isinstance(row.get(k), str)
                                         for k in ("path", "rule", "message", "fix")):
            found.append(Finding(display_path(out / row["path"]), row["rule"], row["message"],
                                 row["fix"]))
    notes = previous.get("skipped")
    notes = notes.get(application) if isinstance(notes, dict) else None
    return found, ({str(k): str(v) for k, v in notes.items()} if isinstance(notes, dict) else {})


@dataclass(frozen=True)
class Made:
    """One application's drafts, staged, and what the checks found in them."""

    application: str
    staged: list[Staged]
    findings: list[Finding]
    skipped: dict[str, str]
    articles: list[tuple[int, str]]  # each staged draft's review-page article, its findings
    mbox: tuple[Path, str] | None  # the application's mbox, staged, and its hash


def _make_all(jobs: list[tuple[int, Planned]], options: Options, staging: Path,
              planned: list[Planned]) -> Iterator[Made]:
    """Each application's drafts, in order: in this process, or spread over worker processes
    (each stages its files straight into the run's staging folder). Every application of
    the run, made or kept, is one the identity check keeps out of the others' notes."""
    if not jobs:
        return
    from .checks import NameIndex

    names = NameIndex([item.application for item in planned])
    workers = _workers(options.jobs, jobs)
    if workers <= 1:
        _Worker.start(options, staging, names)
        for index, item in jobs:
            yield _Worker.make(index, item)
        return
    import multiprocessing
    import threading
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # fork is quick and safe on Linux; elsewhere (macOS, Windows) spawn is the safe default.
    # Forking a process that runs other threads (preview --serve) can leave a child waiting
    # on a lock no thread will release.
    fork = sys.platform.startswith("linux") and threading.active_count() == 1
    if fork:  # made once here, what the workers load is theirs for free
        _Worker.start(options, staging, names)
        _Worker.warm(planned=[item for _, item in jobs])
    context = multiprocessing.get_context("fork" if fork else "spawn")
    pool = ProcessPoolExecutor(workers, mp_context=context,
                               initializer=_Worker.start_quietly,
                               initargs=(None if fork else (options, staging, names),))
    try:
        # Applications in order, a few at a time each, so results stream back as they come.
        yield from pool.map(_make_one, jobs, chunksize=max(1, min(8, len(jobs) // workers // 4)))
    except BrokenProcessPool as exc:
        raise OutputError(f"a worker process stopped unexpectedly ({exc}); nothing was "
                          "written; try again with -j 1", file=options.out) from None
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


# Below this many drafts to make, starting worker processes costs more than they save.
# Measured with forked workers on 2 CPUs: 30 drafts 0.35 s in one process and 0.43 s in two,
# 50 drafts 0.49 s and 0.48 s, 100 drafts 0.59 s and 0.46 s. Where workers are spawned
# (macOS, Windows) each imports everything anew, so a batch must be larger before they pay.
PROCESSES_FROM = 60
SPAWNED_FROM = 300


def _workers(jobs: int, work: list[tuple[int, Planned]]) -> int:
    """How many processes: as asked, or with 0, one per CPU for a batch big enough."""
    if jobs:
        return min(jobs, len(work))
    enough = PROCESSES_FROM if sys.platform.startswith("linux") else SPAWNED_FROM
    if sum(len(item.specs) for _, item in work) < enough:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on macOS or Windows
        cpus = os.cpu_count() or 1
    return min(cpus, len(work))


def _make_one(job: tuple[int, Planned]) -> Made:
    return _Worker.make(*job)


class _Worker:
    """What one process keeps between applications: renderers, the inliner, the dictionary."""

    options: Options
    staging: Path
    names: NameIndex
    renderers: dict[Path, Renderer]
    renderer_type: type[Renderer]
    words: Words
    inliner: Inliner

    @classmethod
    def start(cls, options: Options, staging: Path, names: NameIndex) -> None:
        from .render import Renderer

        cls.renderer_type = Renderer
        cls.options, cls.staging, cls.names = options, staging, names
        cls.renderers = {}
        from .checks import Words

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
    def make(cls, index: int, item: Planned) -> Made:
        from .review import article

        options = cls.options
        renderer = cls.renderers.get(item.pack.root)
        if renderer is None:
            renderer = cls.renderers[item.pack.root] = cls.renderer_type(item.pack, cls.inliner)
        staged, notes, texts, emls = [], [], [], []
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
            }))
            texts.append(draft.text)
            emls.append(eml)
        from .checks import check

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
            path.write_bytes(data)
        except OSError as exc:
            raise OutputError(f"cannot stage a draft: {exc.strerror or exc}",
                              file=cls.options.out) from None
        return path, file_hash(data)


def input_keys(planned: list[Planned], options: Options) -> dict[str, str]:
    """A digest of everything an application's drafts are made from: its YAML, its pack's
    files, the options, this version, and every application's names (which the identity
    check compares across the batch). Same key, same drafts: a re-run can keep them."""
    import hashlib

    packs: dict[Path, str] = {}
    for item in planned:
        if item.pack.root not in packs:
            packs[item.pack.root] = _pack_digest(item.pack)
    names = hashlib.sha256(json.dumps(sorted(
        [item.application.name, *sorted(identifying_names(item.application))] for item in planned),
        ensure_ascii=False).encode())
    common = json.dumps([__version__, code_digest(), options.kinds, options.inliner,
                         options.checks, options.today.isoformat(), names.hexdigest()])
    keys = {}
    for item in planned:
        app = item.application
        digest = hashlib.sha256(common.encode() + packs[item.pack.root].encode())
        # Contents only, as this run parsed them: a key must not depend on where the
        # checkout or OUT lives, nor on a save that lands after the file was read.
        for path in (app.role.source, app.folder / "interviewers.yaml", app.candidate.source):
            digest.update(read_digest(path).encode())
        keys[app.name] = digest.hexdigest()
    return keys


def _pack_digest(pack: Pack) -> str:
    """What a pack's templates can load: regular files inside it, never through a symlink,
    no larger than a template may be (a shared pack is untrusted input)."""
    import hashlib

    from .packs import MAX_TEMPLATE_BYTES

    digest = hashlib.sha256()
    for member in pack.chain():
        for folder, dirs, files in os.walk(member.root):
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for name in sorted(files):
                path = Path(folder) / name
                try:
                    if path.is_symlink() or not path.is_file():
                        continue
                    size = path.stat().st_size
                    data = path.read_bytes() if size <= MAX_TEMPLATE_BYTES else str(size).encode()
                except OSError as exc:
                    raise PackError(f"cannot be read: {exc.strerror or exc}", file=path) from None
                digest.update(str(path.relative_to(member.root)).encode() + b"\0" + data)
    return digest.hexdigest()


def _relative(path: str, out: Path) -> Path:
    """A finding's draft path inside OUT (application/kind/file)."""
    relative = Path(path)
    with suppress(ValueError):
        relative = relative.relative_to(display_path(out))
    return relative


def note_for(spec: DraftSpec, pack: Pack, out: Path, *, text: str, subject: str) -> Note:
    """What the checks need to know of a draft."""
    person = spec.recipient.interviewer
    off = {rule for rule, on in (*pack.checks.items(), *spec.application.role.checks.items(),
                                 *(person.checks.items() if person else ())) if not on}
    from .checks import Note

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


def _packs_for(applications: list[Application], options: Options) -> dict[str, Pack]:
    project = options.project or Path.cwd()
    cache: dict[str, Pack] = {}
    chosen: dict[str, Pack] = {}
    errors: list[FollowupError] = []
    for application in applications:
        role = application.role
        from_role = not options.pack and role.pack is not None
        spec = options.pack or role.pack or DEFAULT_PACK
        if from_role and is_path(spec) and not Path(spec).is_absolute():
            spec = str(role.source.parent / spec)  # a path in role.yaml is from role.yaml
        if spec not in cache:
            try:
                cache[spec] = load_pack(spec, project)
            except PackError as exc:
                if from_role and (exc.file is None or exc.file == Path(spec)):
                    # the pack named in role.yaml cannot be found: point at that line
                    errors.append(InputError(exc.message, file=role.source,
                                             line=role.lines.get("pack"), field="pack"))
                else:
                    errors.append(exc)
                continue
        chosen[application.name] = cache[spec]
    raise_if_any(errors)
    return chosen


def _meta(options: Options) -> dict[str, object]:
    # What the run was, so a later rebuild (preview --serve) can be the same run. No timestamps:
    # the same input gives byte-identical output.
    return {
        "generator": f"followup {__version__}",
        "today": options.today.isoformat(),
        "profiles": options.profiles.as_posix(),
        "pack": options.pack,
        "kinds": list(options.kinds),
        "inliner": options.inliner,
    }


def _report(planned: list[Planned], written: WriteReport, out: Path,
            findings: dict[str, list[Finding]], skipped: dict[str, dict[str, str]]) -> RunReport:
    apps = []
    by_application: dict[str, list[Outcome]] = {}
    for outcome in written.outcomes:
        by_application.setdefault(outcome.application, []).append(outcome)
    for item in planned:
        application = item.application
        outcomes = by_application.get(application.name, [])
        apps.append(ApplicationReport(
            name=application.name,
            candidate=application.candidate.name,
            candidate_file=application.candidate.source,
            pack=item.pack.name,
            written=sum(o.status == "written" for o in outcomes),
            unchanged=sum(o.status == "unchanged" for o in outcomes),
            kept=tuple(path for o in outcomes if o.status == "kept" for path in o.paths),
            kept_drafts=sum(o.status == "kept" for o in outcomes),
            drafts=tuple((o.paths[0], o.status) for o in outcomes),
            findings=len(findings.get(application.name, [])),
            next_send=min(((s.when.send_on, s.kind, s.recipient.name) for s in item.specs
                           if s.when.send_on is not None and s.when.sent_on is None),
                          default=None),
            notices=tuple(item.notices),
        ))
    in_order = tuple(f for item in planned for f in findings.get(item.application.name, []))
    all_skipped = {rule: why for checks in skipped.values() for rule, why in checks.items()}
    return RunReport(tuple(apps), tuple(written.removed), tuple(written.notices),
                     out / "manifest.json", in_order, all_skipped)

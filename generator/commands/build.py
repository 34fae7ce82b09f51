"""The library's front door: profiles in, drafts out, and a report of what happened.

YAML -> validated model -> plan (who gets what) -> render with the pack -> writers. Every user
mistake in any file is gathered and raised as one ErrorGroup before anything is written.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .. import __version__
from ..compose.inline import make_inliner
from ..errors import Notice, raise_if_any
from ..findings import Finding
from ..output.finish import APPLICATION_FILES, FILES, Finish, recorded
from ..output.manifest import Record, draft_of, saved_findings, stored_findings
from ..output.pending import Outcome, WriteReport
from ..output.sections import Splice, Told
from ..output.source import profiles_entry, profiles_path, source_entry, source_of
from ..output.store import Store
from .batch import Batch, Summary, input_keys  # noqa: F401  (input_keys: the library's API)
from .found import Found, InOrder
from .prepare import Failure, Options, prepare  # noqa: F401  (so is prepare)

if TYPE_CHECKING:  # making.py is imported only by a run that makes something
    from .making import Drafted


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
    notices: tuple[Notice, ...]
    drafts: tuple[tuple[str, str], ...] = ()  # (html path, written/unchanged/kept)
    findings: int = 0  # what the checks found in this application's drafts


@dataclass(frozen=True)
class RunReport:
    applications: tuple[ApplicationReport, ...]
    removed: tuple[str, ...]
    notices: tuple[Notice, ...]  # the files they name are Paths: the caller shows them
    manifest: Path
    findings: Sequence[Finding] = ()  # read as it is used (see found.InOrder)
    skipped_checks: dict[str, str] = field(default_factory=dict)
    # Applications that could not be made, and why: their drafts in OUT stay as they were,
    # the others were written. The command line lists them and exits 1.
    failed: tuple[Failure, ...] = ()


def generate(options: Options, progress: Callable[[int, int], None] | None = None,
             drafted: Drafted | None = None, sections: Told | None = None) -> RunReport:
    """Write the drafts; `progress(done, total)` is called once all applications are read
    (done 0), then after each application is made or kept. `drafted(row, text, html)` is
    told of each draft that changed as soon as it is made, before it is checked or written
    (`preview --serve` shows it at once); only of those made in this process, and never of
    one you edited by hand. A run of `only` some applications puts their sections in place
    in the page as it commits, and tells `sections(sections, counts)` first (see
    output.sections.Splice).

    Each application is made on its own: one whose YAML, pack or drafts have a problem is
    left as it was in OUT and listed in the report's `failed`, and the others are written.
    A problem they share (a candidate.yaml above several, a --pack that cannot be loaded),
    or every application failing, raises, and nothing is written."""
    failed: list[Failure] = []
    batch = Batch(options, failed)
    # What the checks found, by application: the report reads it after the run.
    found = Found(options.out)
    try:
        return _generate(options, batch, found, failed, progress, drafted, sections)
    except BaseException:
        found.close()
        raise
    finally:
        batch.close()


def _generate(options: Options, batch: Batch, found: Found, failed: list[Failure],
              progress: Callable[[int, int], None] | None,
              drafted: Drafted | None, sections: Told | None) -> RunReport:
    planned = batch.summaries
    if not planned:
        raise_if_any([failure.error for failure in failed])
    scope = {(p.name, kind) for p in planned for kind in options.kinds}
    # What the checks found (`found`), and which checks they skipped, per application:
    # everything else (the flat list, the counts, the manifest's copy) is derived from these.
    skipped: dict[str, dict[str, str]] = {}
    keys = batch.keys
    said: dict[str, list[str]] = {}  # per application: what became of hand edits
    done = 0

    def finished() -> None:
        nonlocal done
        done += 1
        if progress is not None:
            progress(done, len(planned))

    with Store(options.out, force=options.force, files=FILES,
               application_files=APPLICATION_FILES) as store:
        if progress is not None:
            progress(0, len(planned))
        finish = Finish(store.staging, options.out, options.today, found.of,
                        page=not options.only,
                        splice=Splice(options.only, sections) if options.only else None)
        jobs = []
        for item in planned:
            name = item.name
            if store.reusable(name, keys[name]):
                # Same inputs, same files: keep them, and say again what the checks found.
                store.keep(name)
                record = store.previous.of(name)
                saved, skipped[name] = _saved_checks(record, options.out)
                found.put(name, _as_saved(record, saved))
                finished()
            else:
                jobs.append(item)
        if jobs:
            from .workers import make_all

            make_inliner(options.inliner)  # an unknown or missing inliner fails before any work
            for made in make_all(jobs, batch, options, store.staging, store.lock,
                                 lambda name: store.previous.of(name).rows, drafted):
                if made.error is not None:
                    store.fail(made.application)
                    failed.append(Failure(made.application, made.error))
                    finished()
                    continue
                for staged in made.staged:
                    store.add(staged)
                finish.add_articles(made.staged, made.articles)
                if made.mbox is not None:
                    finish.add_mailbox(made.application, *made.mbox)
                said[made.application] = made.notices
                found.put(made.application, made.findings)
                skipped[made.application] = made.skipped
                finished()

        meta = _meta(options)
        if not options.only:
            # What OUT holds of the same profiles that they no longer have (renamed, say);
            # never what a run from another profiles folder put there.
            store.drop(_made_here(store, options, set(store.previous.applications())
                                  - {item.name for item in planned}
                                  - {failure.application for failure in failed}))
        folders = {item.name: item.folder for item in planned}

        def about(name: str) -> dict[str, Any]:  # what an application's manifest says of it
            return {"source": source_entry(options.profiles, options.out, folders[name],
                                           options.pack),
                    "inputs": keys[name], "skipped": skipped.get(name, {}),
                    "findings": found.stored(name)}

        if all(item.name in store.failed for item in planned):
            raise_if_any([failure.error for failure in failed])  # nothing could be made
        # A re-run that changes nothing writes nothing, not even the page or the manifests.
        # A run of some applications commits all the same (writing only what changed): its
        # sections go to the open page, which may show drafts of one that failed meanwhile.
        settled = None if options.only else store.settled(
            meta, about, recorded(store.previous.data), recorded)
        written = settled or store.commit(scope, meta, about, finish)
        failed.extend(Failure(name, error) for name, error in written.refused.items())
    planned = [item for item in planned if item.name not in store.failed]
    # A draft kept because you edited it is not the text the checks read: drop those findings
    # (`followup check` reads the files as they are).
    found.dropped = {draft_of(o.application, o.kind, o.html) for o in written.outcomes
                     if o.status == "kept"}
    planned = [replace(item, notices=(*item.notices, *said.get(item.name, ())))
               for item in planned]
    report = _report(planned, written, options.out, found, skipped)
    order = {name: index for index, name in enumerate(sorted(f.application for f in failed))}
    return replace(report, failed=tuple(sorted(failed, key=lambda f: order[f.application])))



def _made_here(store: Store, options: Options, names: set[str]) -> set[str]:
    """Those of these applications in OUT that a run made from this run's profiles folder."""
    here = profiles_path(options.out, {"profiles": profiles_entry(options.profiles, options.out)})
    return {name for name in names if source_of(
        options.out, store.previous.data, store.previous.of(name).about).profiles == here}


def _saved_checks(record: Record, out: Path) -> tuple[list[Finding], dict[str, str]]:
    """The findings and skipped checks the last run stored for an application; entries
    edited into another shape are dropped (the manifest is the user's file too)."""
    notes = record.about.get("skipped")
    skipped = {str(k): str(v) for k, v in notes.items()} if isinstance(notes, dict) else {}
    return saved_findings(record.about.get("findings"), out), skipped


def _as_saved(record: Record, found: list[Finding]) -> list[dict[str, str]]:
    """The findings as the manifest stores them: the last run's own entries when they say
    just that (a cohort's re-run then holds them once, not twice)."""
    saved = record.about.get("findings")
    again = stored_findings(found)
    return saved if saved == again else again


def _meta(options: Options) -> dict[str, object]:
    # What the run was, so a later rebuild (preview --serve) can be the same run. No timestamps:
    # the same input gives byte-identical output.
    return {
        "generator": f"followup {__version__}",
        "today": options.today.isoformat(),
        "today_pinned": options.today_pinned,
        "profiles": profiles_entry(options.profiles, options.out),
        "pack": options.pack,
        "kinds": list(options.kinds),
        "inliner": options.inliner,
    }


def _report(planned: list[Summary], written: WriteReport, out: Path, found: Found,
            skipped: dict[str, dict[str, str]]) -> RunReport:
    apps = []
    by_application: dict[str, list[Outcome]] = {}
    for outcome in written.outcomes:
        by_application.setdefault(outcome.application, []).append(outcome)
    for item in planned:
        outcomes = by_application.get(item.name, [])
        apps.append(ApplicationReport(
            name=item.name,
            candidate=item.candidate,
            candidate_file=item.candidate_file,
            pack=item.pack.name,
            written=sum(o.status == "written" for o in outcomes),
            unchanged=sum(o.status == "unchanged" for o in outcomes),
            kept=tuple(path for o in outcomes for path in o.kept),
            kept_drafts=sum(o.status == "kept" for o in outcomes),
            drafts=tuple((o.html, o.status) for o in outcomes),
            findings=found.count(item.name),
            next_send=item.next_send,
            notices=tuple(Notice.of(said) for said in item.notices),  # they name no file
        ))
    in_order = InOrder(found, [item.name for item in planned])
    all_skipped = {rule: why for checks in skipped.values() for rule, why in checks.items()}
    return RunReport(tuple(apps), tuple(written.removed), tuple(written.notices),
                     out / "manifest.json", in_order, all_skipped)

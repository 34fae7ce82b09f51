"""The library's front door: profiles in, drafts out, and a report of what happened.

YAML -> validated model -> plan (who gets what) -> render with the pack -> writers. Every user
mistake in any file is gathered and raised as one ErrorGroup before anything is written.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any

from .. import __version__
from ..cache import code_digest
from ..compose.inline import make_inliner
from ..compose.packs import Pack
from ..errors import PackError, raise_if_any
from ..findings import Finding
from ..input.models import identifying_names
from ..input.yamlread import read_digest
from ..output.finish import APPLICATION_FILES, FILES, Finish, recorded
from ..output.manifest import draft_of, profiles_entry, saved_findings, stored_findings
from ..output.pending import Outcome, WriteReport
from ..output.store import Store
from .prepare import Failure, Options, Planned, prepare


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
    # Applications that could not be made, and why: their drafts in OUT stay as they were,
    # the others were written. The command line lists them and exits 1.
    failed: tuple[Failure, ...] = ()


def generate(options: Options,
             progress: Callable[[int, int], None] | None = None) -> RunReport:
    """Write the drafts; `progress(done, total)` is called once all applications are read
    (done 0), then after each application is made or kept.

    Each application is made on its own: one whose YAML, pack or drafts have a problem is
    left as it was in OUT and listed in the report's `failed`, and the others are written.
    A problem they share (a candidate.yaml above several, a --pack that cannot be loaded),
    or every application failing, raises, and nothing is written."""
    failed: list[Failure] = []
    planned = prepare(options, failed)
    if not planned:
        raise_if_any([failure.error for failure in failed])
    scope = {(p.application.name, kind) for p in planned for kind in options.kinds}
    # What the checks found, and which checks they skipped, per application: everything
    # else (the flat list, the counts, the manifest's copy) is derived from these two.
    findings: dict[str, list[Finding]] = {}
    skipped: dict[str, dict[str, str]] = {}
    keys = input_keys(planned, options)
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
        finish = Finish(store.staging, options.out, options.today, page=not options.only)
        jobs = []
        for item in planned:
            name = item.application.name
            if store.reusable(name, keys[name]):
                # Same inputs, same files: keep them, and say again what the checks found.
                store.keep(name)
                findings[name], skipped[name] = _saved_checks(store.previous.data, name,
                                                              options.out)
                finished()
            else:
                jobs.append(item)
        if jobs:
            from .workers import make_all

            make_inliner(options.inliner)  # an unknown or missing inliner fails before any work
            made_here = {item.application.name for item in jobs}
            previous = {row["html"]: row for row in store.previous.rows
                        if row["application"] in made_here}
            for made in make_all(jobs, options, store.staging, planned, store.lock, previous):
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
                findings[made.application] = made.findings
                skipped[made.application] = made.skipped
                finished()

        meta = {**_meta(options), "inputs": keys, "skipped": skipped, "findings": {
            application: stored_findings(found) for application, found in findings.items()
            if found}}
        if options.only:  # the others keep what the last run said of them
            for key in ("inputs", "skipped", "findings"):
                said_before = store.previous.data.get(key)
                said_now = meta[key]
                if isinstance(said_before, dict) and isinstance(said_now, dict):
                    meta[key] = {**{name: value for name, value in said_before.items()
                                    if name not in options.only}, **said_now}
        if all(item.application.name in store.failed for item in planned):
            raise_if_any([failure.error for failure in failed])  # nothing could be made
        # A re-run that changes nothing writes nothing, not even the page or the manifest.
        written = store.settled(meta, recorded(store.previous.data)) or store.commit(
            scope, meta, lambda pending: finish(pending, findings))
        failed.extend(Failure(name, error) for name, error in written.refused.items())
    planned = [item for item in planned if item.application.name not in store.failed]
    # A draft kept because you edited it is not the text the checks read: drop those findings
    # (`followup check` reads the files as they are).
    kept = {draft_of(o.application, o.kind, o.paths[0]) for o in written.outcomes
            if o.status == "kept"}
    findings = {app: [f for f in found if f.draft not in kept] for app, found in findings.items()}
    planned = [replace(item, notices=[*item.notices, *said.get(item.application.name, [])])
               for item in planned]
    report = _report(planned, written, options.out, findings, skipped)
    order = {name: index for index, name in enumerate(sorted(f.application for f in failed))}
    return replace(report, failed=tuple(sorted(failed, key=lambda f: order[f.application])))


def _saved_checks(previous: dict[str, Any], application: str,
                  out: Path) -> tuple[list[Finding], dict[str, str]]:
    """The findings and skipped checks the last run stored for an application; entries
    edited into another shape are dropped (the manifest is the user's file too)."""
    notes = previous.get("skipped")
    notes = notes.get(application) if isinstance(notes, dict) else None
    skipped = {str(k): str(v) for k, v in notes.items()} if isinstance(notes, dict) else {}
    return saved_findings(previous, application, out), skipped


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

    from ..compose.packs import MAX_TEMPLATE_BYTES

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


def _meta(options: Options) -> dict[str, object]:
    # What the run was, so a later rebuild (preview --serve) can be the same run. No timestamps:
    # the same input gives byte-identical output.
    return {
        "generator": f"followup {__version__}",
        "today": options.today.isoformat(),
        "profiles": profiles_entry(options.profiles, options.out),
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

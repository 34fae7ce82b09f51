"""`followup preview`: the review page, opened in a browser or served with live rebuilds."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from functools import partial
from http.server import ThreadingHTTPServer
from itertools import groupby
from pathlib import Path
from typing import Any

from ..errors import FollowupError, InputError
from ..input.sources import INTERVIEWERS_FILE, ROLE_FILE, application_name
from ..output.manifest import MANIFEST, profiles_path, saved_findings, write_replacing
from ..output.previous import load_manifest
from ..output.review import PAGE, article, build_page, carries_script, entries
from ..output.sections import opening, replace_sections, section
from .build import generate
from .prepare import Options
from .serving import Drafts, News


def run_options(out: Path) -> Options:
    """The run that made OUT, as its manifest recorded it: a rebuild is the same run."""
    try:
        previous = load_manifest(out)
        previous.close()
        meta = previous.data
        profiles = profiles_path(out, meta)  # from OUT, never from where this runs
        if profiles is None:
            raise KeyError("profiles")
        return Options(profiles=profiles, out=out, pack=meta.get("pack"),
                       kinds=tuple(meta["kinds"]), today=date.fromisoformat(meta["today"]),
                       inliner=meta.get("inliner") or "css-inline")
    except (OSError, ValueError, KeyError, TypeError):
        raise InputError(f"has no usable {MANIFEST}; run `followup drafts` first",
                         file=out) from None


def write_page(out: Path, project: Path | None = None) -> Path:
    """Rebuild OUT/index.html from the drafts as they are on disk, with fresh checks."""
    from .checkrun import check_out

    options = run_options(out)
    previous = load_manifest(out)
    rows = list(previous.rows())
    previous.close()
    report = check_out(out, options.today, project)

    def read(relative: str) -> bytes | None:
        path = out / relative
        return path.read_bytes() if path.is_file() else None

    page = build_page(rows, read, options.today, report.findings)
    target = out / PAGE
    write_replacing(target, page)
    return target


def serve(out: Path, ready: Callable[[str], None], rebuilt: Callable[[str], None],
          stop: threading.Event | None = None) -> None:
    """Serve OUT on 127.0.0.1 (a free port) and rebuild the drafts whenever a YAML or template
    file changes, until `stop` is set (or Ctrl-C). `ready(url)` and `rebuilt(message)` report.

    A save to one application's role.yaml or interviewers.yaml makes that application alone
    again: each draft that changed goes to the open page as soon as it is made, and the
    application's checked part of the page once it is written (see `rebuild`); any other
    change (a candidate.yaml, a template) makes everything again and the page reloads. A page
    that another version of followup wrote is made again first (see `carries_script`)."""
    from watchfiles import watch

    options = run_options(out)
    # The server's policy lets only this version's script run: a page another version wrote
    # (or none) would be served without its filters, copy buttons or live updates.
    if not carries_script(out / PAGE):
        rebuilt(f"rewrote {write_page(out)} for this version of followup")
    news = News()
    hosts: set[str] = set()  # filled in once the port is known
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(
        Drafts, directory=str(out.resolve()), hosts=hosts, news=news))
    port = server.server_address[1]
    hosts.update({f"127.0.0.1:{port}", f"localhost:{port}"})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stop = stop or threading.Event()
    try:
        told = False
        # step: how long a save must be quiet before it counts (watchfiles' default is 50 ms
        # of the live loop's 150); an editor's write-and-rename takes a few. The watcher
        # starts with the loop, and says so by a first empty set (after rust_timeout): only
        # then is the server ready, so that no save after "serving" goes unseen.
        for changes in watch(*_watched(options), stop_event=stop, step=10, rust_timeout=100,
                             yield_on_timeout=True,
                             watch_filter=lambda _, path: path.endswith(_SOURCES)):
            if not told:
                ready(f"http://127.0.0.1:{port}/{PAGE}")
                threading.Thread(target=_warm, daemon=True).start()
                told = True
            if not changes:
                continue
            names = ", ".join(sorted(Path(path).name for _, path in changes))
            started = time.perf_counter()
            try:
                rebuild(options, [Path(path) for _, path in changes], news.publish)
                rebuilt(f"rebuilt after a change to {names} "
                        f"({time.perf_counter() - started:.2f} s)")
            except FollowupError as exc:
                rebuilt(f"not rebuilt ({names} has a problem):\n{exc}")
            except OSError as exc:  # a file caught half-saved by an editor: the next save
                rebuilt(f"not rebuilt ({names} could not be read: {exc.strerror or exc})")
            except Exception as exc:  # a bug of ours must not end the preview the user is in
                rebuilt(f"not rebuilt after a change to {names}: an internal error "
                        f"({type(exc).__name__}: {exc}); please report it")
    finally:
        news.close()
        server.shutdown()
        server.server_close()


def _warm() -> None:
    """Import what a rebuild needs while the browser loads the page: the first save's draft
    then shows after 0.09 s of work instead of 0.29 s (the next ones take 0.04 s)."""
    from ..checks import runner  # noqa: F401
    from ..compose import render  # noqa: F401
    from . import workers  # noqa: F401


def rebuild(options: Options, changed: list[Path],
            publish: Callable[[dict[str, Any]], None] | None = None) -> dict[str, Any]:
    """Make again what these changed files touch; what the open page should do about it:
    `{"sections": {application: its new part of the page}}`, or `{"reload": True}`, given to
    `publish` as soon as it is known: new sections reach the open page before OUT/index.html
    is rewritten with them (for the next load; a cohort's page is 6.6 MB). Before that, each
    draft that changed is given to `publish` as soon as it is made, unchecked:
    `{"drafts": {application: [its article]}}` (the page shows it at once, and its findings
    as being checked)."""
    only = _applications_of(options.profiles, changed)
    if only:
        shown: list[str] = []  # the drafts the open page shows before they are written

        def drafted(row: Mapping[str, Any], text: str, html: str) -> None:
            if publish is not None:
                shown.append(row["html"])
                publish({"drafts": {row["application"]: [
                    article(row, text, None, options.today, html)]}})

        try:
            generate(replace(options, only=frozenset(only)), drafted=drafted)
        except BaseException:
            if shown and publish is not None:  # the page shows drafts that were not written
                publish({"reload": True})
            raise
        sections = _sections(options, only)
        target = options.out / PAGE
        page = target.read_bytes()
        if len(sections) == len(only) and all(opening(name) in page for name in sections):
            change: dict[str, Any] = {"sections": sections}
            if publish is not None:
                publish(change)
            write_replacing(target, replace_sections(page, sections))
            return change
    generate(options)  # a new application, or one gone: the whole page, filters and all
    change = {"reload": True}
    if publish is not None:
        publish(change)
    return change


def _applications_of(profiles: Path, changed: list[Path]) -> set[str]:
    """The applications whose own YAML these files are; empty when any is something else (a
    candidate.yaml, a template, a folder that is no application or no longer one)."""
    root = profiles.resolve()
    names = set()
    for path in changed:
        folder = path.resolve().parent
        if path.name not in (ROLE_FILE, INTERVIEWERS_FILE) or not (folder / ROLE_FILE).is_file() \
                or not folder.is_relative_to(root):
            return set()
        names.add(application_name(root, folder))
    return names


def _sections(options: Options, names: set[str]) -> dict[str, str]:
    """These applications' parts of the page, from OUT as the rebuild left it: their own
    manifests, and their drafts' files."""
    out = options.out
    previous = load_manifest(out)
    records = {name: previous.of(name) for name in sorted(names)}
    previous.close()
    rows = [row for record in records.values() for row in record.rows]
    findings = [found for record in records.values()
                for found in saved_findings(record.about.get("findings"), out)]

    def read(relative: str) -> bytes | None:
        path = out / relative
        return path.read_bytes() if path.is_file() else None

    return {name: section(name, group) for name, group in groupby(
        entries(rows, read, options.today, findings),
        key=lambda entry: str(entry.row["application"]))}


_SOURCES = (".yaml", ".yml", ".j2", ".css")


def _watched(options: Options) -> list[Path]:
    from ..compose.packs import builtin_dir

    paths = [options.profiles, builtin_dir()]
    project_templates = Path.cwd() / "templates"
    if project_templates.is_dir() and project_templates.resolve() != builtin_dir():
        paths.append(project_templates)
    if options.pack and Path(options.pack).is_dir():
        paths.append(Path(options.pack))
    return [path for path in paths if path.exists()]

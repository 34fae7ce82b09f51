"""`followup preview`: the review page, opened in a browser or served with live rebuilds."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, Show
from ..output.lock import Busy
from ..output.manifest import MANIFEST, profiles_path, write_replacing
from ..output.previous import load_manifest
from ..output.review import PAGE, article, build_page, carries_script
from .build import generate
from .prepare import Options
from .serving import STREAMS, Drafts, News
from .stopped import in_words, why_stopped
from .watching import Sources, Watching, applications_of, free, watched

if TYPE_CHECKING:  # making.py is imported only by a run that makes something
    from .making import Drafted


def run_options(out: Path) -> Options:
    """The run that made OUT, as its manifest recorded it: a rebuild is the same run (on
    the day it runs on, when that run's day was not given: see `on_day`)."""
    try:
        previous = load_manifest(out)
        previous.close()
        meta = previous.data
        profiles = profiles_path(out, meta)  # from OUT, never from where this runs
        if profiles is None:
            raise KeyError("profiles")
        return Options(profiles=profiles, out=out, pack=meta.get("pack"),
                       kinds=tuple(meta["kinds"]), today=date.fromisoformat(meta["today"]),
                       today_pinned=meta.get("today_pinned", True) is not False,
                       inliner=meta.get("inliner") or "css-inline")
    except (OSError, ValueError, KeyError, TypeError):
        raise InputError(f"has no usable {MANIFEST}; run `followup drafts` first",
                         file=out) from None


def on_day(options: Options, day: date) -> Options:
    """The run made again on `day`: its own day when it was given (--today), else `day`
    (a preview left running over midnight drafts for the new day, not for yesterday)."""
    return options if options.today_pinned else replace(options, today=day)


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
          stop: threading.Event | None = None, show: Show = str,
          clock: Callable[[], date] = date.today) -> None:
    """Serve OUT on 127.0.0.1 (a free port) and rebuild the drafts whenever a YAML or template
    file changes, until `stop` is set (or Ctrl-C). `ready(url)` and `rebuilt(message)` report;
    `show` is how the page and the messages show a path (the command line's: relative to
    where you are; by default, as it was given); `clock` says what day it is (see `on_day`).

    A save to one application's role.yaml or interviewers.yaml (or to a candidate.yaml below
    the top: those of the applications that read it) makes that application alone again:
    each draft that changed goes to the open page as soon as it is made, and the
    application's checked part of the page as the run commits it (see `rebuild`); any other
    change (the top candidate.yaml, a template, a folder renamed, a new day for a run made
    without --today) makes everything again and the page reloads. What stops a rebuild is
    said at the top of the page until a later one makes that application; a save made while
    another run writes OUT is made once that run is over. A page that another version of
    followup wrote is made again first (see `carries_script`)."""
    from watchfiles import watch

    options = run_options(out)
    made_for = options.today  # the day OUT's drafts were made for
    # The server's policy lets only this version's script run: a page another version wrote
    # (or none) would be served without its filters, copy buttons or live updates.
    if not carries_script(out / PAGE):
        rebuilt(f"rewrote {show(write_page(out))} for this version of followup")
    news = News()
    hosts: set[str] = set()  # filled in once the port is known
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(
        Drafts, directory=str(out.resolve()), hosts=hosts, news=news,
        streams=threading.BoundedSemaphore(STREAMS)))
    port = server.server_address[1]
    hosts.update({f"127.0.0.1:{port}", f"localhost:{port}"})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    def started() -> None:
        ready(f"http://127.0.0.1:{port}/{PAGE}")
        threading.Thread(target=_warm, daemon=True).start()

    try:
        # step: how long a save must be quiet before it counts, which is also how often
        # watchfiles looks at what its watcher saw (its default is 50 ms, of the live loop's
        # 150); an editor's write-and-rename takes a few. No timeout (rust_timeout=0): this
        # loop wakes only for a change; `Watching` says when the watcher runs, and `stop`
        # or Ctrl-C ends the wait.
        watching = Watching(stop, started)
        for changes in watch(*watched(options), stop_event=watching, step=10, rust_timeout=0,
                             watch_filter=Sources(options.profiles)):
            names = ", ".join(sorted(Path(path).name for _, path in changes))
            while True:
                began = time.perf_counter()
                try:  # another run (another pack, kinds or day) may have made OUT since
                    fresh = run_options(out)
                    options, made_for = replace(fresh, profiles=options.profiles), fresh.today
                except InputError:
                    pass  # OUT's manifest mid-write or gone: the last run's options stand
                run = on_day(options, clock())
                # On a new day every application's drafts change (a thank-you turns
                # belated): no changed file narrows the rebuild, so all are made again.
                changed = [Path(path) for _, path in changes] if run.today == made_for else []
                try:
                    change = rebuild(run, changed, news.publish, show)
                    made_for = run.today
                    said = (f"rebuilt after a change to {names} "
                            f"({time.perf_counter() - began:.2f} s)")
                    said += "".join(f"\n{name} was not made again:\n{why}"
                                    for name, why in (change.get("problems") or {}).items())
                except Busy as exc:  # another run writes OUT: made again once it is over
                    news.settled()
                    rebuilt(f"not rebuilt yet after a change to {names}:\n{in_words(exc, show)}")
                    if free(out, watching.stop):
                        continue
                    return
                except Exception as exc:  # told to the page too; the preview goes on
                    said = f"not rebuilt after a change to {names}:\n{in_words(exc, show)}"
                break
            news.settled()  # before we say so: a page loaded from now on holds this rebuild
            rebuilt(said)
    finally:
        news.close()
        server.shutdown()
        server.server_close()


def _warm() -> None:
    """Import what a rebuild needs while the browser loads the page. It pays: on the worked
    example, the first save after starting was made again in 0.11-0.17 s with it and in
    0.28-0.48 s without (from the save to the rebuild's report, three runs each on a loaded
    machine), against the live loop's 150 ms."""
    from ..checks import runner  # noqa: F401
    from ..compose import render  # noqa: F401
    from . import workers  # noqa: F401


def rebuild(options: Options, changed: list[Path],
            publish: Callable[[dict[str, Any]], None] | None = None,
            show: Show = str) -> dict[str, Any]:
    """Make again what these changed files touch, and tell `publish` what the open page should
    do about it as soon as each piece is known (see serving.News for what the pieces are).

    A save to applications' own YAML (see watching.applications_of): each draft that
    changed, unchecked, as it is made (`{"drafts": {application: [its article]}}`); then
    their checked sections and the page's new counts (`{"sections": …, "counts": …}`),
    before the run's commit writes them into OUT/index.html with the drafts, under OUT's
    lock (for the next load: a cohort's page is 6.6 MB); then, once written, how each came
    out (`{"problems": {application: why it could not be made, or None}}`). Anything else
    (a new application, the top candidate.yaml, a template) makes everything and the page
    reloads; its problems are then all that stand (`"every": True`: see serving.News).

    Returns the sections, or the reload, with `"problems"` when some could not be made. A
    failure that stops the rebuild is told to the page (with a reload when it shows drafts
    or sections that were not written: a commit that fails leaves OUT as it was) and raised.
    Paths in what it says are shown by `show`."""
    only = applications_of(options.profiles, changed)
    shown = False  # whether the open page shows what is not written (yet)

    def tell(change: dict[str, Any]) -> None:
        nonlocal shown
        if "drafts" in change or "sections" in change:  # written when the run returns
            shown = True
        elif "reload" in change:  # the page shows OUT as it is
            shown = False
        if publish is not None:
            publish(change)

    def drafted(row: Mapping[str, Any], text: str, html: str) -> None:
        tell({"drafts": {row["application"]: [article(row, text, None, options.today, html)]}})

    try:
        making = drafted if publish else None
        change = _some(options, only, making, tell, show) if only else None
        shown = False  # written: what the page shows is OUT
        return change or _everything(options, tell, show)
    except Exception as exc:  # whatever it is, the page says so and shows only what was written
        tell({"problems": why_stopped(options.profiles, only, exc, show)})
        if shown:
            tell({"reload": True})
        raise


def _some(options: Options, only: set[str], drafted: Drafted | None,
          tell: Callable[[dict[str, Any]], None], show: Show) -> dict[str, Any] | None:
    """Make these applications again, their new sections put in the page by the run's commit
    (and the sections of those that failed as OUT holds them, which puts back what the page
    showed of them meanwhile); None when the page must be made whole (an application that
    is new to it, or has no drafts now)."""
    told: list[dict[str, str]] = []

    def spliced(sections: dict[str, str], counts: str) -> None:
        told.append(sections)
        tell({"sections": sections, "counts": counts})

    report = generate(replace(options, only=frozenset(only)), drafted=drafted, sections=spliced)
    if not told:
        return None
    failed = {failure.application: failure.error.notice.format(show)
              for failure in report.failed}
    tell({"problems": {name: failed.get(name) for name in sorted(only)}})
    return {"sections": told[0], **({"problems": failed} if failed else {})}


def _everything(options: Options, tell: Callable[[dict[str, Any]], None],
                show: Show) -> dict[str, Any]:
    """Make every application again: the whole page, filters and all, which the open page
    loads again."""
    report = generate(options)
    failed = {failure.application: failure.error.notice.format(show)
              for failure in report.failed}
    tell({"reload": True})
    # Every problem that stands now: any other is gone, an application's whose folder is
    # gone with it too.
    tell({"problems": failed, "every": True})
    return {"reload": True, **({"problems": failed} if failed else {})}

"""`followup preview`: the review page, opened in a browser or served with live rebuilds."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from http.server import ThreadingHTTPServer
from pathlib import Path

from ..errors import InputError, Show
from ..output.lock import Busy, acquire_lock
from ..output.manifest import MANIFEST, write_replacing
from ..output.previous import load_manifest
from ..output.review import PAGE, build_page, carries_script
from ..output.source import profiles_path
from .news import News
from .prepare import Options
from .rebuilding import rebuild as rebuild  # the library's API: tests and bench call it
from .serving import STREAMS, Drafts
from .stopped import in_words
from .watching import Sources, Watching, Written, free, hear_others, watched


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
    """Rebuild OUT/index.html from the drafts as they are on disk, with fresh checks, holding
    OUT's lock as any run that writes OUT does (Busy when another run holds it)."""
    handle = acquire_lock(out)
    try:
        return _write_page(out, project)
    finally:
        os.close(handle)


def _write_page(out: Path, project: Path | None) -> Path:
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
    without --today, or any save after a rebuild of everything failed) makes everything
    again and the page reloads. What stops a rebuild is said at the top of the page until a
    later one makes that application; a save made while another run writes OUT is made once
    that run is over, and the page reloads when another run wrote OUT (its manifest is
    watched too). A page that another version of followup wrote is made again first, under
    OUT's lock (see `carries_script`)."""
    from watchfiles import watch

    options = run_options(out)
    made_for = options.today  # the day OUT's drafts were made for
    stop = stop or threading.Event()
    # The server's policy lets only this version's script run: a page another version wrote
    # (or none) would be served without its filters, copy buttons or live updates.
    while not carries_script(out / PAGE):
        try:
            rebuilt(f"rewrote {show(write_page(out))} for this version of followup")
        except Busy as exc:  # another run writes OUT: its page may be ours, look again after
            rebuilt(in_words(exc, show))
            if not free(out, stop):
                return
    news = News()
    hosts: set[str] = set()  # filled in once the port is known
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(
        Drafts, directory=str(out.resolve()), hosts=hosts, news=news,
        streams=threading.BoundedSemaphore(STREAMS)))
    port = server.server_address[1]
    hosts.update({f"127.0.0.1:{port}", f"localhost:{port}"})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()

    listening = threading.Event()  # set once the watch of OUT sees every change

    def started() -> None:
        listening.wait(10)
        ready(f"http://127.0.0.1:{port}/{PAGE}")
        threading.Thread(target=_warm, daemon=True).start()

    def others() -> None:  # another run wrote OUT: the open page loads what it wrote
        news.publish({"reload": True})
        news.settled()
        rebuilt(f"{show(out)} was written by another followup run: the page loads it again")

    written = Written(out)
    threading.Thread(target=hear_others, args=(written, Watching(stop, listening.set), others),
                     daemon=True).start()
    try:
        # step: how long a save must be quiet before it counts, which is also how often
        # watchfiles looks at what its watcher saw (its default is 50 ms, of the live loop's
        # 150); an editor's write-and-rename takes a few. No timeout (rust_timeout=0): this
        # loop wakes only for a change; `Watching` says when the watcher runs, and `stop`
        # or Ctrl-C ends the wait.
        watching = Watching(stop, started)
        for changes in watch(*watched(options), stop_event=watching, step=10, rust_timeout=0,
                             watch_filter=Sources(options.profiles)):
            with written.lock:  # what our rebuild writes in OUT is no other run's
                remade = _remake(out, options, made_for, [Path(path) for _, path in changes],
                                 clock, news, rebuilt, show, watching.stop, written)
                other = written.told()
            if remade is None:
                return
            options, made_for = remade
            if other:  # after our own rebuild, which may have waited for that run
                others()
    finally:
        stop.set()  # and with it, the watch on OUT (see hear_others)
        news.close()
        server.shutdown()
        server.server_close()


def _remake(out: Path, options: Options, made_for: date, changes: list[Path],
            clock: Callable[[], date], news: News, rebuilt: Callable[[str], None], show: Show,
            stop: threading.Event, written: Written) -> tuple[Options, date] | None:
    """One change `serve` saw, made (see `rebuild`) and said: the run's options and the day
    OUT's drafts are now for, or None when the preview stops while it waits for OUT.
    `written` learns what another run wrote before each try, and what ours wrote after."""
    names = ", ".join(sorted(path.name for path in changes))
    while True:
        began = time.perf_counter()
        try:  # another run (another pack, kinds or day) may have made OUT since
            fresh = run_options(out)
            options, made_for = replace(fresh, profiles=options.profiles), fresh.today
        except InputError:
            pass  # OUT's manifest mid-write or gone: the last run's options stand
        run = on_day(options, clock())
        # On a new day every application's drafts change (a thank-you turns belated), and
        # after a rebuild of everything that failed, OUT may be behind everywhere: no changed
        # file narrows the rebuild then, so all are made again.
        changed = changes if run.today == made_for and not news.run_wide() else []
        written.look()
        try:
            change = rebuild(run, changed, news.publish, show)
            made_for = run.today
            said = f"rebuilt after a change to {names} ({time.perf_counter() - began:.2f} s)"
            said += "".join(f"\n{name} was not made again:\n{why}"
                            for name, why in (change.get("problems") or {}).items())
        except Busy as exc:  # another run writes OUT: made again once it is over
            news.settled()
            rebuilt(f"not rebuilt yet after a change to {names}:\n{in_words(exc, show)}")
            if free(out, stop):
                continue
            return None
        except Exception as exc:  # told to the page too; the preview goes on
            said = f"not rebuilt after a change to {names}:\n{in_words(exc, show)}"
        written.ours()
        news.settled()  # before we say so: a page loaded from now on holds this rebuild
        rebuilt(said)
        return options, made_for


def _warm() -> None:
    """Import what a rebuild needs while the browser loads the page. It pays: on the worked
    example, the first save after starting was made again in 0.11-0.17 s with it and in
    0.28-0.48 s without (from the save to the rebuild's report, three runs each on a loaded
    machine), against the live loop's 150 ms."""
    from ..checks import runner  # noqa: F401
    from ..compose import render  # noqa: F401
    from . import workers  # noqa: F401

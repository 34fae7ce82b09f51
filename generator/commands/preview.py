"""`followup preview`: the review page, opened in a browser or served with live rebuilds."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from dataclasses import replace
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from itertools import groupby
from pathlib import Path
from typing import Any

from ..errors import FollowupError, InputError
from ..input.sources import INTERVIEWERS_FILE, ROLE_FILE, application_name
from ..output.manifest import (
    MANIFEST,
    Inside,
    load_manifest,
    profiles_path,
    saved_findings,
    usable_row,
    write_replacing,
)
from ..output.review import PAGE, build_page, entries, policy, replace_sections, section
from .build import generate
from .prepare import Options


def run_options(out: Path) -> Options:
    """The run that made OUT, as its manifest recorded it: a rebuild is the same run."""
    try:
        meta = load_manifest(out).data
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
    rows = list(load_manifest(out).rows)
    report = check_out(out, options.today, project)

    def read(relative: str) -> bytes | None:
        path = out / relative
        return path.read_bytes() if path.is_file() else None

    page = build_page(rows, read, options.today, report.findings)
    target = out / PAGE
    write_replacing(target, page)
    return target


class _Drafts(SimpleHTTPRequestHandler):
    """OUT's files to this machine's browser, and nothing else.

    - Only requests addressed to the loopback name and port we serve on are answered, so a
      web page that rebinds its own host name to 127.0.0.1 cannot read the drafts.
    - Only files inside OUT are served: a symlink that leads out of it, and followup's own
      state files (names starting with a dot), are "not found".
    """

    def __init__(self, *args: Any, hosts: set[str], news: _News, **kwargs: Any) -> None:
        self.hosts, self.news = hosts, news  # before the base class handles the request
        super().__init__(*args, **kwargs)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", policy())
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        if self.path == EVENTS and self._addressed_to_us():
            self._stream_events()
        else:
            super().do_GET()

    def _addressed_to_us(self) -> bool:
        if (self.headers.get("Host") or "").lower() in self.hosts:
            return True
        self.send_error(403, "Forbidden: not addressed to this preview server")
        return False

    def _stream_events(self) -> None:
        """Server-Sent Events: one `rebuilt` event per rebuild, until the page goes away."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.end_headers()
        seen = self.news.version
        try:
            while True:
                news = self.news.wait(seen, timeout=15)
                if news is None:
                    return
                seen, data = news
                # A comment when nothing happened: a page that left shows up as a broken pipe.
                self.wfile.write(b": still here\n\n" if data is None else
                                 b"event: rebuilt\ndata: " + data.encode() + b"\n\n")
                self.wfile.flush()
        except OSError:  # the page closed or reloaded
            return

    def send_head(self) -> Any:
        if not self._addressed_to_us():
            return None
        root = Path(self.directory).resolve()
        target = Path(self.translate_path(self.path))
        try:
            resolved = target.resolve(strict=True)
            inside = resolved.relative_to(root)
        except (OSError, ValueError, RuntimeError):
            self.send_error(404, "File not found")
            return None
        if any(part.startswith(".") for part in inside.parts):
            self.send_error(404, "File not found")
            return None
        return super().send_head()


EVENTS = "/.followup/events"  # a dot name: never one of OUT's files (see _Drafts)


class _News:
    """What the last rebuild changed, for every page listening (see `_Drafts`)."""

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.version = 0
        self.data = ""
        self.closed = False

    def publish(self, change: dict[str, Any]) -> None:
        with self.changed:
            self.version += 1
            self.data = json.dumps({**change, "version": self.version}, ensure_ascii=False)
            self.changed.notify_all()

    def wait(self, seen: int, timeout: float) -> tuple[int, str | None] | None:
        """(version, its change) once there is a newer version than `seen`, (seen, None)
        after `timeout` seconds without one, None once the server stops."""
        with self.changed:
            self.changed.wait_for(lambda: self.closed or self.version > seen, timeout)
            if self.closed:
                return None
            return (self.version, self.data) if self.version > seen else (seen, None)

    def close(self) -> None:
        with self.changed:
            self.closed = True
            self.changed.notify_all()


def serve(out: Path, ready: Callable[[str], None], rebuilt: Callable[[str], None],
          stop: threading.Event | None = None) -> None:
    """Serve OUT on 127.0.0.1 (a free port) and rebuild the drafts whenever a YAML or template
    file changes, until `stop` is set (or Ctrl-C). `ready(url)` and `rebuilt(message)` report.

    A save to one application's role.yaml or interviewers.yaml makes that application alone
    again and sends its part of the page to the open page, which puts it in place; any other
    change (a candidate.yaml, a template) makes everything again and the page reloads."""
    from watchfiles import watch

    options = run_options(out)
    news = _News()
    hosts: set[str] = set()  # filled in once the port is known
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(
        _Drafts, directory=str(out.resolve()), hosts=hosts, news=news))
    port = server.server_address[1]
    hosts.update({f"127.0.0.1:{port}", f"localhost:{port}"})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stop = stop or threading.Event()
    try:
        ready(f"http://127.0.0.1:{port}/{PAGE}")
        # step: how long a save must be quiet before it counts (watchfiles' default is 50 ms
        # of the live loop's 150); an editor's write-and-rename takes a few.
        for changes in watch(*_watched(options), stop_event=stop, step=10,
                             watch_filter=lambda _, path: path.endswith(_SOURCES)):
            names = ", ".join(sorted(Path(path).name for _, path in changes))
            started = time.perf_counter()
            try:
                news.publish(rebuild(options, [Path(path) for _, path in changes]))
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


def rebuild(options: Options, changed: list[Path]) -> dict[str, Any]:
    """Make again what these changed files touch; what the open page should do about it:
    `{"sections": {application: its new part of the page}}`, or `{"reload": True}`."""
    only = _applications_of(options.profiles, changed)
    if only:
        generate(replace(options, only=frozenset(only)))
        sections = _sections(options, only)
        target = options.out / PAGE
        page, missing = replace_sections(target.read_text(encoding="utf-8"), sections)
        if not missing and len(sections) == len(only):
            write_replacing(target, page.encode("utf-8"))
            return {"sections": sections}
    generate(options)  # a new application, or one gone: the whole page, filters and all
    return {"reload": True}


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
    """These applications' parts of the page, from OUT as the rebuild left it; {} when the
    manifest cannot be read (the caller then makes the whole page)."""
    out = options.out
    try:  # only these applications' rows, checked as load_manifest checks them: a cohort's
        # manifest holds thousands, and this is in the live loop (~50 ms at 2,200 drafts)
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    inside = Inside(out)
    # Its own rows first, then checked (each check looks at three files on disk).
    rows = [row for row in (data.get("drafts") if isinstance(data, dict) else None) or []
            if isinstance(row, dict) and isinstance(row.get("application"), str)
            and row["application"] in names and usable_row(row, inside)]
    findings = [found for name in names for found in saved_findings(data, name, out)] \
        if isinstance(data, dict) else []

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

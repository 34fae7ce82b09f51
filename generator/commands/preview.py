"""`followup preview`: the review page, opened in a browser or served with live rebuilds."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from ..errors import FollowupError, InputError
from ..output.review import PAGE, build_page
from ..output.writers import MANIFEST, load_manifest
from .build import generate
from .prepare import Options


def run_options(out: Path) -> Options:
    """The run that made OUT, as its manifest recorded it: a rebuild is the same run."""
    try:
        meta = load_manifest(out).data
        return Options(profiles=Path(meta["profiles"]), out=out, pack=meta.get("pack"),
                       kinds=tuple(meta["kinds"]), today=date.fromisoformat(meta["today"]),
                       inliner=meta.get("inliner") or "css-inline")
    except (OSError, ValueError, KeyError, TypeError):
        raise InputError(f"has no usable {MANIFEST}; run `followup drafts` first",
                         file=out) from None


def write_page(out: Path, project: Path | None = None) -> Path:
    """Rebuild OUT/index.html from the drafts as they are on disk, with fresh checks."""
    from .checkrun import check_out

    options = run_options(out)
    rows = load_manifest(out).rows
    report = check_out(out, options.today, project)

    def read(relative: str) -> bytes | None:
        path = out / relative
        return path.read_bytes() if path.is_file() else None

    page = build_page(rows, read, options.today, report.findings, out)
    target = out / PAGE
    temporary = target.with_name(f".{PAGE}.tmp")
    temporary.write_bytes(page)
    temporary.replace(target)
    return target


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        pass


def serve(out: Path, ready: Callable[[str], None], rebuilt: Callable[[str], None],
          stop: threading.Event | None = None) -> None:
    """Serve OUT on 127.0.0.1 (a free port) and rebuild the drafts whenever a YAML or template
    file changes, until `stop` is set (or Ctrl-C). `ready(url)` and `rebuilt(message)` report."""
    from watchfiles import watch

    options = run_options(out)
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 partial(_Quiet, directory=str(out.resolve())))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stop = stop or threading.Event()
    try:
        ready(f"http://127.0.0.1:{server.server_address[1]}/{PAGE}")
        for changes in watch(*_watched(options), stop_event=stop,
                             watch_filter=lambda _, path: path.endswith(_SOURCES)):
            names = ", ".join(sorted(Path(path).name for _, path in changes))
            try:
                generate(options)
                rebuilt(f"rebuilt after a change to {names}")
            except FollowupError as exc:
                rebuilt(f"not rebuilt ({names} has a problem):\n{exc}")
            except OSError as exc:  # a file caught half-saved by an editor: the next save
                rebuilt(f"not rebuilt ({names} could not be read: {exc.strerror or exc})")
    finally:
        server.shutdown()
        server.server_close()


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

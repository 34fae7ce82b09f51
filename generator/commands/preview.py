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
from ..output.manifest import MANIFEST, load_manifest, write_replacing
from ..output.review import PAGE, build_page
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
    write_replacing(target, page)
    return target


# The served page may load its own files and inline styles, and nothing from anywhere else:
# a draft from a shared pack must not reach a tracker by loading a remote image.
CSP = ("default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
       "script-src 'self' 'unsafe-inline'; frame-src 'self'; base-uri 'none'; form-action 'none'")


class _Drafts(SimpleHTTPRequestHandler):
    """OUT's files to this machine's browser, and nothing else.

    - Only requests addressed to the loopback name and port we serve on are answered, so a
      web page that rebinds its own host name to 127.0.0.1 cannot read the drafts.
    - Only files inside OUT are served: a symlink that leads out of it, and followup's own
      state files (names starting with a dot), are "not found".
    """

    def __init__(self, *args: Any, hosts: set[str], **kwargs: Any) -> None:
        self.hosts = hosts  # before the base class handles the request in its __init__
        super().__init__(*args, **kwargs)

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        self.send_header("Content-Security-Policy", CSP)
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def send_head(self) -> Any:
        if (self.headers.get("Host") or "").lower() not in self.hosts:
            self.send_error(403, "Forbidden: not addressed to this preview server")
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


def serve(out: Path, ready: Callable[[str], None], rebuilt: Callable[[str], None],
          stop: threading.Event | None = None) -> None:
    """Serve OUT on 127.0.0.1 (a free port) and rebuild the drafts whenever a YAML or template
    file changes, until `stop` is set (or Ctrl-C). `ready(url)` and `rebuilt(message)` report."""
    from watchfiles import watch

    options = run_options(out)
    hosts: set[str] = set()  # filled in once the port is known
    server = ThreadingHTTPServer(("127.0.0.1", 0),
                                 partial(_Drafts, directory=str(out.resolve()), hosts=hosts))
    port = server.server_address[1]
    hosts.update({f"127.0.0.1:{port}", f"localhost:{port}"})
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stop = stop or threading.Event()
    try:
        ready(f"http://127.0.0.1:{port}/{PAGE}")
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
            except Exception as exc:  # a bug of ours must not end the preview the user is in
                rebuilt(f"not rebuilt after a change to {names}: an internal error "
                        f"({type(exc).__name__}: {exc}); please report it")
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

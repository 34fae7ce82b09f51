"""The preview server: OUT's files to this machine's browser and nothing else, and to each
page listening the news of each rebuild (news.py keeps it; preview.py's `serve` runs both)."""

from __future__ import annotations

import io
import select
import socket
import threading
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ..output.review import PAGE, policy
from .news import News, Sent


class Drafts(SimpleHTTPRequestHandler):
    """OUT's files to this machine's browser, and nothing else.

    - Only requests addressed to the loopback name and port we serve on are answered, so a
      web page that rebinds its own host name to 127.0.0.1 cannot read the drafts.
    - Only files inside OUT are served: a symlink that leads out of it, and followup's own
      state files (names starting with a dot), are "not found".
    - The page says which news it holds (`<html data-version="N">`, see `News.page`); its
      script asks the event stream for what came after (`?since=N`, or `Last-Event-ID` when
      the browser connects again).
    - The stream is for this server's own page: a request another site's page makes (the
      browser says so in `Origin` and `Sec-Fetch-Site`) is refused. Each stream holds a
      thread for as long as its page is open, so at most STREAMS are open at once; one more
      is answered 503, to try again later (`Retry-After`).
    """

    def __init__(self, *args: Any, hosts: set[str], news: News,
                 streams: threading.BoundedSemaphore, **kwargs: Any) -> None:
        # before the base class handles the request
        self.hosts, self.news, self.streams = hosts, news, streams
        super().__init__(*args, **kwargs)

    def setup(self) -> None:
        super().setup()
        self.connection.settimeout(IDLE)  # no thread waits for good on a silent page

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def end_headers(self) -> None:
        # No other site may frame the page (clickjacking its copy buttons): said here, in a
        # header, since a <meta> policy cannot say it; X-Frame-Options for older browsers.
        self.send_header("Content-Security-Policy", policy() + "; frame-ancestors 'none'")
        self.send_header("X-Frame-Options", "DENY")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def do_GET(self) -> None:
        address = urlsplit(self.path)
        if address.path != EVENTS:
            super().do_GET()
            return
        if not self._addressed_to_us() or not self._from_our_page():
            return
        if not self.streams.acquire(blocking=False):
            self._busy()
            return
        try:
            self._stream_events(self._since(address.query))
        finally:
            self.streams.release()

    def _addressed_to_us(self) -> bool:
        if (self.headers.get("Host") or "").lower() in self.hosts:
            return True
        self.send_error(403, "Forbidden: not addressed to this preview server")
        return False

    def _from_our_page(self) -> bool:
        """Whether the request comes from this server's page, or from no page at all (a tool,
        an address typed in): a browser names the page's origin, and says whether it is
        this site, on every request a page makes."""
        origin = self.headers.get("Origin")
        site = self.headers.get("Sec-Fetch-Site")
        if (origin is None or origin.lower() in {f"http://{host}" for host in self.hosts}) \
                and site in (None, "same-origin", "none"):
            return True
        self.send_error(403, "Forbidden: only this preview's own page hears of its rebuilds")
        return False

    def _busy(self) -> None:
        body = (f"At most {STREAMS} pages of this preview hear of its rebuilds at once: close "
                "one, and this one tries again.\n").encode()
        self.send_response(503)
        self.send_header("Retry-After", "5")
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _since(self, query: str) -> int | None:
        """The last news the page holds: the browser's `Last-Event-ID` when it connects again,
        else the page's own version (`?since=N`); None (only what comes next) without one."""
        said = self.headers.get("Last-Event-ID") or next(iter(parse_qs(query).get("since", [])),
                                                          None)
        try:
            return int(said) if said is not None else None
        except ValueError:
            return None

    def _stream_events(self, since: int | None) -> None:
        """Server-Sent Events: the news the page missed, then each rebuild's (see `News`),
        until the page goes away. Each piece of news has its version as its `id:`."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.end_headers()
        seen, events = self.news.catch_up(since)
        try:
            while True:
                # A comment when nothing happened: a page that left shows up as a broken pipe.
                self.wfile.write(b"".join(
                    (f"id: {version}\n" if version is not None else "").encode()
                    + f"event: {event}\ndata: {data}\n\n".encode()
                    for version, event, data in events) or b": still here\n\n")
                self.wfile.flush()
                news = self._next(seen)
                if news is None:
                    return
                seen, events = news
        except OSError:  # the page closed or reloaded
            return

    def _next(self, seen: int) -> tuple[int, Sent] | None:
        """(version, [the news after `seen`]) once there is some, (seen, []) after 15 s
        without any (a keep-alive), None once the server stops or the page has gone. Looked
        at every second: a page closed or reloaded holds its place among the STREAMS until
        then, and a write to it would notice only the second time."""
        for _ in range(15):
            news = self.news.wait(seen, timeout=1)
            if news is None or self._gone():
                return None
            if news[1]:
                return news
        return seen, []

    def _gone(self) -> bool:
        """Whether the page closed its end: a page sends nothing once its stream is open, so
        the connection reads as ended."""
        try:
            ready, _, _ = select.select([self.connection], [], [], 0)
            return bool(ready) and not self.connection.recv(1, socket.MSG_PEEK)
        except OSError:
            return True

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
        if inside in (Path(PAGE), Path()):
            return self._page(root / PAGE)
        if resolved.is_dir():  # the page is the only index: no listing of OUT's folders
            self.send_error(404, "File not found")
            return None
        return super().send_head()

    def _page(self, path: Path) -> Any:
        """The page, with the version of the last news it holds."""
        version = self.news.page  # read before the file, which holds at least that much news
        try:
            body = path.read_bytes()
        except OSError:
            self.send_error(404, "File not found")
            return None
        body = body.replace(b"<html ", f'<html data-version="{version}" '.encode(), 1)
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


# Seconds a connection may keep a thread waiting: for a request that never comes whole, or a
# page that stopped reading its stream (a browser sends its request at once, and reads
# as news comes).
IDLE = 10
EVENTS = "/.followup/events"  # a dot name: never one of OUT's files (see Drafts)
# How many pages may hear of rebuilds at once: a person has a few tabs open, and a browser
# keeps at most six connections to one server anyway; each stream holds a thread.
STREAMS = 8

"""The preview server's parts: OUT's files to this machine's browser and nothing else, and the
news of each rebuild to the pages listening (preview.py's `serve` runs them)."""

from __future__ import annotations

import json
import threading
from collections import deque
from http.server import SimpleHTTPRequestHandler
from pathlib import Path
from typing import Any

from ..output.review import policy


class Drafts(SimpleHTTPRequestHandler):
    """OUT's files to this machine's browser, and nothing else.

    - Only requests addressed to the loopback name and port we serve on are answered, so a
      web page that rebinds its own host name to 127.0.0.1 cannot read the drafts.
    - Only files inside OUT are served: a symlink that leads out of it, and followup's own
      state files (names starting with a dot), are "not found".
    """

    def __init__(self, *args: Any, hosts: set[str], news: News, **kwargs: Any) -> None:
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
        """Server-Sent Events: each rebuild's news (see `News`), until the page goes away."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.end_headers()
        seen = self.news.version
        try:
            while True:
                news = self.news.wait(seen, timeout=15)
                if news is None:
                    return
                seen, events = news
                # A comment when nothing happened: a page that left shows up as a broken pipe.
                self.wfile.write(b"".join(f"event: {event}\ndata: {data}\n\n".encode()
                                          for event, data in events) or b": still here\n\n")
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


EVENTS = "/.followup/events"  # a dot name: never one of OUT's files (see Drafts)


class News:
    """The rebuilds' news, for every page listening (see `Drafts`): each event numbered, the
    last few kept, so a page busy with one hears the next (a save sends a draft as soon as
    it is made, then its checked sections).

    Events: `draft` ({"drafts": {application: [its new articles, not checked yet]}}) and
    `rebuilt` ({"sections": {application: its part of the page}} or {"reload": true})."""

    KEPT = 64  # a page that missed more than this many is told to load again

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.version = 0
        self.events: deque[tuple[int, str, str]] = deque(maxlen=self.KEPT)
        self.closed = False

    def publish(self, change: dict[str, Any]) -> None:
        with self.changed:
            self.version += 1
            event = "draft" if "drafts" in change else "rebuilt"
            self.events.append((self.version, event, json.dumps(
                {**change, "version": self.version}, ensure_ascii=False)))
            self.changed.notify_all()

    def wait(self, seen: int, timeout: float) -> tuple[int, list[tuple[str, str]]] | None:
        """(version, [(event, data) of each newer than `seen`]) once there is one, (seen, [])
        after `timeout` seconds without one, None once the server stops."""
        with self.changed:
            self.changed.wait_for(lambda: self.closed or self.version > seen, timeout)
            if self.closed:
                return None
            if self.version > seen and self.events[0][0] > seen + 1:  # some are gone
                return self.version, [("rebuilt", json.dumps({"reload": True,
                                                               "version": self.version}))]
            return self.version, [(event, data) for version, event, data in self.events
                                  if version > seen]

    def close(self) -> None:
        with self.changed:
            self.closed = True
            self.changed.notify_all()

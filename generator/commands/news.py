"""The news of each rebuild under `preview --serve`, numbered and kept a while, for every page
listening: what serving.py's event stream sends, and what a page that connects late catches
up on."""

from __future__ import annotations

import json
import threading
from collections import deque
from typing import Any

# What the stream sends: (version, or None for what is no piece of news; event; its data).
Sent = list[tuple[int | None, str, str]]


class News:
    """The rebuilds' news, for every page listening (see `Drafts`): each piece numbered, the
    last few kept, so a page busy with one hears the next, and a page that was loaded (or lost
    its stream) just before a save still hears of it.

    Events: `draft` ({"drafts": {application: [its new articles, not checked yet]}}),
    `rebuilt` ({"sections": {application: its part of the page}, "counts": the page's counts}
    or {"reload": true}) and `problem` ({"problems": {application, or "" for all of them:
    why it could not be made again, or None once it was}}, with `"every": true` when these
    are all that stand, as after a rebuild of everything; not `error`, which an EventSource
    fires of itself when its connection drops). The problems that stand are kept, and told to
    each page as it connects."""

    KEPT = 64  # a page that missed more than this many is told to load again

    def __init__(self) -> None:
        self.changed = threading.Condition()
        self.version = 0
        self.page = 0  # the last news OUT/index.html holds: see `settled`
        self.events: deque[tuple[int, str, str]] = deque(maxlen=self.KEPT)
        self.problems: dict[str, str] = {}
        self.closed = False

    def publish(self, change: dict[str, Any]) -> None:
        with self.changed:
            if "problems" in change:  # only what changes what stands is news
                problems = {name: said for name, said in change["problems"].items()
                            if self.problems.get(name) != said}
                if change.get("every"):  # these are all that stand: the others are gone
                    problems |= {name: None for name in self.problems
                                 if name not in change["problems"]}
                if not problems:
                    return
                for name, said in problems.items():
                    if said is None:
                        del self.problems[name]
                    else:
                        self.problems[name] = said
                change = {"problems": problems}
            self.version += 1
            event = "draft" if "drafts" in change else "problem" if "problems" in change \
                else "rebuilt"
            self.events.append((self.version, event, json.dumps(
                {**change, "version": self.version}, ensure_ascii=False)))
            if change.get("reload"):  # the page loads OUT/index.html as it is: it is current
                self.page = self.version
            self.changed.notify_all()

    def run_wide(self) -> bool:
        """Whether a problem of every application's stands: the last rebuild of everything
        failed, so OUT may be behind everywhere, and the next change makes everything."""
        with self.changed:
            return "" in self.problems

    def settled(self) -> None:
        """A rebuild ended: OUT/index.html holds all the news so far (the drafts a failed one
        showed were never written, and the page that loads it should not show them)."""
        with self.changed:
            self.page = self.version

    def catch_up(self, since: int | None) -> tuple[int, Sent]:
        """For a page that connects: (version, [the news after `since`, and the problems that
        stand]). None: only the problems."""
        with self.changed:
            if since is None:
                since = self.version
            events = self._after(since) if since <= self.version else self._reload()
            if self.problems:
                events.append((None, "problem", json.dumps(
                    {"problems": self.problems, "version": self.version}, ensure_ascii=False)))
            return self.version, events

    def wait(self, seen: int, timeout: float) -> tuple[int, Sent] | None:
        """(version, [the news after `seen`]) once there is some, (seen, []) after `timeout`
        seconds without any, None once the server stops."""
        with self.changed:
            self.changed.wait_for(lambda: self.closed or self.version > seen, timeout)
            if self.closed:
                return None
            return self.version, self._after(seen)

    def _after(self, seen: int) -> Sent:
        if self.version > seen and self.events[0][0] > seen + 1:  # some are gone
            return self._reload()
        return [(version, event, data) for version, event, data in self.events
                if version > seen]

    def _reload(self) -> Sent:
        return [(self.version, "rebuilt", json.dumps({"reload": True, "version": self.version}))]

    def close(self) -> None:
        with self.changed:
            self.closed = True
            self.changed.notify_all()

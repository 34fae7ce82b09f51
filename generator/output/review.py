"""OUT/index.html: every draft, its checks and its date on one self-contained page.

The page needs no network and no script to read. Each draft shows in a frame of its own,
`srcdoc` from the draft's HTML: sandboxed (nothing in it runs, its CSS cannot touch the page)
and under the page's Content-Security-Policy, which a srcdoc frame inherits, so a draft can
load nothing remote even opened from disk. A cohort's page holds thousands of drafts: each
frame is kept in a <noscript> (plain text to the parser, so cheap) and made by the page's script
only when its draft nears the screen, then sized to its content; without a script, the browser
makes them all, sized from the draft's length. The script also adds the filters, the copy
buttons and, under `preview --serve`, the live reload of an application that changed
(sections.py puts its new sections in place in the page on disk). Each draft's article is
made by article.py.
"""

from __future__ import annotations

import base64
import hashlib
import io
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import groupby
from pathlib import Path
from typing import Any

from markupsafe import Markup

from ..findings import Finding
from ..kinds import KINDS, order
from .article import article, template
from .manifest import row_draft

PAGE = "index.html"
# The drafts whose frames the page holds made rather than waiting in a <noscript> for the
# script: the browser shows them while it still reads a cohort's 6 MB (first screen at
# 0.3 s instead of 0.8-2 s for 2,200 drafts; bench/page.py). Inside a <noscript> the frame's
# markup is text whose only '<' are its own tags (srcdoc escapes every '<'), so unwrapping it
# is a plain replace.
FIRST_FRAMES = 4


@dataclass(frozen=True)
class Entry:
    """One draft on the page: its manifest row, how many findings it has, and its article,
    made only when the page reaches it (a cohort's page is streamed, never held whole)."""

    row: Mapping[str, Any]
    findings: int
    article: Callable[[], str]


def on_page(rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The rows the page shows, in its order; a row edited to point elsewhere never becomes
    a link or a frame."""
    return sorted((row for row in rows
                   if all(_relative_inside(str(row.get(part) or "x"))
                          for part in ("html", "text", "eml"))),
                  key=lambda r: (str(r["application"]), order(str(r["kind"])), str(r["html"])))


@dataclass(frozen=True)
class Facts:
    """What the top of the page says of all its entries, known before they are streamed."""

    names: list[str]  # the applications, in the page's order
    total: int
    findings: int

    @classmethod
    def of(cls, entries: Sequence[Entry]) -> Facts:
        return cls(list(dict.fromkeys(str(entry.row["application"]) for entry in entries)),
                   len(entries), sum(entry.findings for entry in entries))


def write_page(write: Callable[[bytes], object], entries: Iterable[Entry], today: date,
               facts: Facts) -> None:
    """Stream the page for these entries (in `on_page` order), of which `facts` tell, to
    `write`."""

    def sections() -> Iterator[dict[str, Any]]:
        number = 0
        for name, group in groupby(entries, key=lambda entry: str(entry.row["application"])):
            articles = []
            for entry in group:
                text = entry.article()
                if number < FIRST_FRAMES:
                    text = made_frames(text, 1)
                articles.append(Markup(text))
                number += 1
            yield {"name": name, "articles": articles}

    script = _script()
    stream = template("review.html.j2").generate(
        sections=sections(), names=facts.names, applications=len(facts.names),
        drafts_total=facts.total,
        today=today.isoformat(), script=Markup(script), policy=policy(script),
        # Every kind declared, not only those on the page: a live update may bring the first
        # of one (a reply once the outcome is a no), whose filter is then already there.
        kinds=KINDS, findings_total=facts.findings)
    for chunk in stream:
        write(chunk.encode("utf-8"))


def build_page(rows: Sequence[Mapping[str, Any]], read: Callable[[str], bytes | None],
               today: date, findings: Sequence[Finding]) -> bytes:
    """The page for these manifest rows of OUT, each article made from the draft's text and
    HTML files as `read(relative path)` gives them; each finding goes with its draft."""
    sink = io.BytesIO()
    made = entries(rows, read, today, findings)
    write_page(sink.write, made, today, Facts.of(made))
    return sink.getvalue()


def entries(rows: Sequence[Mapping[str, Any]], read: Callable[[str], bytes | None],
            today: date, findings: Sequence[Finding]) -> list[Entry]:
    """The page's entries for these rows (see build_page), in its order."""
    by_draft = by_drafts(findings)

    def entry(row: Mapping[str, Any]) -> Entry:
        found = by_draft.get(row_draft(row), [])
        return Entry(row, len(found), lambda: article(
            row, (read(row["text"]) or b"").decode("utf-8", "replace"), found, today,
            (read(row["html"]) or b"").decode("utf-8", "replace")))

    return [entry(row) for row in on_page(rows)]


def by_drafts(findings: Iterable[Finding]) -> dict[tuple[str, str, str], list[Finding]]:
    """Findings by the (application, kind, recipient) of their drafts; those about a file
    written by hand are no draft's."""
    found: dict[tuple[str, str, str], list[Finding]] = {}
    for finding in findings:
        if finding.draft is not None:
            found.setdefault(finding.draft, []).append(finding)
    return found


def made_frames(markup: str, count: int) -> str:
    """The first `count` frames of this markup made, not waiting in a <noscript>: see
    FIRST_FRAMES."""
    return markup.replace("<noscript>", "", count).replace("</noscript>", "", count)


def policy(script: str | None = None) -> str:
    """The page's Content-Security-Policy: its own files, inline styles (a draft's CSS is
    inline) and only the page's own script, by its hash; nothing from anywhere else. A draft's
    srcdoc frame inherits it, so a draft from a shared pack cannot reach a tracker by loading a
    remote image, even with the page opened from disk. `connect-src 'self'` lets the page hear
    of rebuilds under `preview --serve`."""
    digest = base64.b64encode(hashlib.sha256((script or _script()).encode()).digest()).decode()
    return ("default-src 'none'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            f"script-src 'sha256-{digest}'; connect-src 'self'; frame-src 'self'; "
            "base-uri 'none'; form-action 'none'")


def carries_script(page: Path) -> bool:
    """Whether the page at this path carries this version's script, the one `policy` lets
    run; a page another version of followup wrote carries its own (or there is none)."""
    try:
        return _script().encode() in page.read_bytes()
    except OSError:
        return False


@cache
def _script() -> str:
    return (Path(__file__).parent / "review.js").read_text(encoding="utf-8")


def _relative_inside(path: str) -> bool:
    """A plain relative path below OUT: no root, no '..', no scheme or drive, no backslash."""
    parts = [part for part in path.split("/") if part not in ("", ".")]
    return bool(parts) and not path.startswith("/") and ".." not in parts \
        and ":" not in parts[0] and "\\" not in path

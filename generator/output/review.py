"""OUT/index.html: every draft, its checks and its date on one self-contained page.

The page needs no network and no script to read. Each draft shows in a frame of its own,
`srcdoc` from the draft's HTML: sandboxed (nothing in it runs, its CSS cannot touch the page)
and under the page's Content-Security-Policy, which a srcdoc frame inherits, so a draft can
load nothing remote even opened from disk. A cohort's page holds thousands of drafts: each
frame is kept in a <noscript> (plain text to the parser, so cheap) and made by the page's script
only when its draft nears the screen, then sized to its content; without a script, the browser
makes them all, sized from the draft's length. The script also adds the filters, the copy
buttons and, under `preview --serve`, the live reload of an application that changed
(sections.py puts its new sections in place in the page on disk).
"""

from __future__ import annotations

import base64
import hashlib
import io
import re
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache
from itertools import groupby
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from markupsafe import Markup

from ..findings import Finding
from ..kinds import KINDS, form_label, order
from .manifest import row_draft

if TYPE_CHECKING:
    from jinja2 import Template

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


def article(row: Mapping[str, Any], text: str, findings: Sequence[Finding] | None,
            today: date, html: str) -> str:
    """One draft's entry: what it is, to whom, when to send it, what the checks found (None:
    not checked yet, as the live loop first shows it), the draft (`html`) in a frame and its
    text. Workers make these beside the drafts themselves."""
    recipient = row.get("recipient") or {}
    status, when = _when(row, today)
    made = template("review-draft.html.j2").render(draft={
        "id": _element_id(str(row["html"])),
        "application": row["application"],
        "kind": row["kind"],
        "form": form_label(str(row["kind"]), str(row.get("variant") or "")),
        "recipient": recipient.get("name") or "",
        "to": _to(recipient),
        "subject": row.get("subject") or "",
        "status": status,
        "when": when,
        "edited": row.get("edited", False),
        "findings": findings or [],
        "checking": findings is None,
        "text": text,
        "unwrapped": unwrap(text),
        "srcdoc": _srcdoc(html),
        "height": _heights(text),
        "html_path": _link(row["html"]),
        "text_path": _link(row["text"]),
        "eml": _link(row.get("eml") or row["html"]),
    })
    # What it says, in short: a live update replaces only the drafts whose hash changed.
    digest = hashlib.sha256(made.encode()).hexdigest()[:16]
    return made.replace(" data-application=", f' data-hash="{digest}" data-application=', 1)


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


def _srcdoc(html: str) -> Markup:
    """A draft's HTML as a single-quoted srcdoc attribute's value. Only what would end the
    value, start a character reference, or end the <noscript> around the frame is escaped:
    a draft's inline styles are full of double quotes, and a cohort's page holds thousands."""
    return Markup(html.replace("&", "&amp;").replace("'", "&#39;").replace("<", "&lt;"))


# How tall a draft's frame is before the page's script measures it (or without a script):
# from the text part, whose lines are wrapped at 72 columns, about what a default pack's
# 600-pixel column holds at 16 px; on a narrow screen about 36 characters a line.
_LINE, _GAP, _PADDING = 24, 16, 40
_NARROW_LINE, _NARROW_CHARS, _NARROW_PADDING = 26, 36, 24


def _heights(text: str) -> dict[str, int]:
    """The frame's height in pixels, wide and narrow, estimated from the draft's text."""
    paragraphs = [p.split("\n") for p in text.strip().split("\n\n") if p.strip()]
    wide = sum(len(lines) for lines in paragraphs) * _LINE
    narrow = sum(-(-max(len(line), 1) // _NARROW_CHARS) for lines in paragraphs
                 for line in unwrap("\n".join(lines)).split("\n")) * _NARROW_LINE
    gaps = max(len(paragraphs) - 1, 0) * _GAP
    return {"wide": wide + gaps + _PADDING, "narrow": narrow + gaps + _NARROW_PADDING}


@cache
def template(name: str) -> Template:
    """One of the page's templates (beside this module), compiled once per run."""
    from jinja2 import FileSystemLoader, select_autoescape

    from ..compose.environment import PlainGlobals, compiled_cache

    env = PlainGlobals(loader=FileSystemLoader(Path(__file__).parent),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       bytecode_cache=compiled_cache("review"))
    return env.get_template(name)


def _element_id(html_path: str) -> str:
    """A readable id that no other draft's path can share (`a/b` and `a-b` differ by hash)."""
    readable = re.sub(r"[^\w-]+", "-", html_path.rsplit(".", 1)[0])
    return f"d-{readable}-{hashlib.sha1(html_path.encode()).hexdigest()[:8]}"


def _relative_inside(path: str) -> bool:
    """A plain relative path below OUT: no root, no '..', no scheme or drive, no backslash."""
    parts = [part for part in path.split("/") if part not in ("", ".")]
    return bool(parts) and not path.startswith("/") and ".." not in parts \
        and ":" not in parts[0] and "\\" not in path


def _link(path: str) -> str:
    """A relative URL for a file under OUT: each part percent-encoded (folder names may hold
    '#', '?' or '%'), and './' first so no first part can read as a scheme."""
    return "./" + "/".join(quote(part) for part in path.split("/") if part not in ("", "."))


def _to(recipient: Mapping[str, Any]) -> str:
    name, email = recipient.get("name") or "", recipient.get("email")
    if recipient.get("email_ascii"):  # an internationalised domain: both forms, side by side
        return (f"{name} <{recipient.get('email_unicode')}> (sent as "
                f"{recipient['email_ascii']})")
    return f"{name} <{email}>" if email else f"{name} (no address: add one, or send it on)"


def _when(row: Mapping[str, Any], today: date) -> tuple[str, str]:
    if row.get("sent_on"):
        return "done", f"sent {row['sent_on']}"
    if not row.get("send_on"):
        return "unplanned", "not planned: ready in case you need it"
    day = date.fromisoformat(str(row["send_on"]))
    deadline = str(row.get("send_by") or "")[:10]
    days = (day - today).days
    if deadline and today > date.fromisoformat(deadline):
        return "overdue", f"send on {day:%a %d %b} · overdue since {deadline}"
    if days > 0:
        return "upcoming", f"send on {day:%a %d %b} (in {days} day{'s' if days != 1 else ''})"
    if days == 0:
        return "due", f"send today ({day:%a %d %b})" + (f", by {deadline}" if deadline else "")
    ago = f"{-days} day{'s' if days != -1 else ''} ago"
    return "due", f"send now: it was due {day:%a %d %b} ({ago})"


def unwrap(text: str) -> str:
    """The text with its 72-column wrapping undone, for pasting into webmail: each paragraph
    one line; lists and sign-off blocks (short lines) keep their line breaks."""
    paragraphs = []
    for paragraph in text.strip().split("\n\n"):
        lines = paragraph.split("\n")
        wrapped = len(lines) > 1 and all(len(line) > 50 for line in lines[:-1]) and not any(
            line.startswith(("- ", "> ")) or re.match(r"\d+\. ", line) for line in lines)
        paragraphs.append(" ".join(line.strip() for line in lines) if wrapped else paragraph)
    return "\n\n".join(paragraphs) + "\n"

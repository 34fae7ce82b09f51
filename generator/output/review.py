"""OUT/index.html: every draft, its checks and its date on one self-contained page.

The page needs no network and no script to read: each draft shows in a sandboxed frame that
loads the draft's own .html file (its CSS cannot touch the page, nothing in it runs, and the
page stays small for a cohort of thousands), with its plain text one click away. A small
script only adds the filters and the copy buttons.
"""

from __future__ import annotations

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
from ..kinds import order

if TYPE_CHECKING:
    from jinja2 import Template

PAGE = "index.html"


@dataclass(frozen=True)
class Entry:
    """One draft on the page: its manifest row, how many findings it has, and its article,
    made only when the page reaches it (a cohort's page is streamed, never held whole)."""

    row: Mapping[str, Any]
    findings: int
    article: Callable[[], str]


def article(row: Mapping[str, Any], text: str, findings: Sequence[Finding], today: date) -> str:
    """One draft's entry: what it is, to whom, when to send it, what the checks found, the
    draft in a frame and its text. Workers make these beside the drafts themselves."""
    recipient = row.get("recipient") or {}
    status, when = _when(row, today)
    return _template("review-draft.html.j2").render(draft={
        "id": _element_id(str(row["html"])),
        "application": row["application"],
        "kind": row["kind"],
        "variant": row.get("variant") or "",
        "recipient": recipient.get("name") or "",
        "to": _to(recipient),
        "subject": row.get("subject") or "",
        "status": status,
        "when": when,
        "edited": row.get("edited", False),
        "findings": findings,
        "text": text,
        "unwrapped": unwrap(text),
        "html_path": _link(row["html"]),
        "text_path": _link(row["text"]),
        "eml": _link(row.get("eml") or row["html"]),
    })


def on_page(rows: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The rows the page shows, in its order; a row edited to point elsewhere never becomes
    a link or a frame."""
    return sorted((row for row in rows
                   if all(_relative_inside(str(row.get(part) or "x"))
                          for part in ("html", "text", "eml"))),
                  key=lambda r: (str(r["application"]), order(str(r["kind"])), str(r["html"])))


def write_page(write: Callable[[bytes], object], entries: Sequence[Entry], today: date) -> None:
    """Stream the page for these entries (in `on_page` order) to `write`."""
    names = list(dict.fromkeys(str(entry.row["application"]) for entry in entries))

    def sections() -> Iterator[dict[str, Any]]:
        for name, group in groupby(entries, key=lambda entry: str(entry.row["application"])):
            yield {"name": name, "articles": (Markup(entry.article()) for entry in group)}

    stream = _template("review.html.j2").generate(
        sections=sections(), names=names, drafts_total=len(entries), today=today.isoformat(),
        kinds=sorted({str(entry.row["kind"]) for entry in entries},
                     key=order),
        findings_total=sum(entry.findings for entry in entries))
    for chunk in stream:
        write(chunk.encode("utf-8"))


def build_page(rows: Sequence[Mapping[str, Any]], read: Callable[[str], bytes | None],
               today: date, findings: Sequence[Finding], out: Path) -> bytes:
    """The page for these manifest rows of OUT, each article made from the draft's text file
    as `read(relative path)` gives it; each finding goes with the draft whose text it names."""
    from ..errors import display_path

    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)

    def entry(row: Mapping[str, Any]) -> Entry:
        found = by_path.get(display_path(out / str(row["text"])), [])
        return Entry(row, len(found), lambda: article(
            row, (read(row["text"]) or b"").decode("utf-8", "replace"), found, today))

    sink = io.BytesIO()
    write_page(sink.write, [entry(row) for row in on_page(rows)], today)
    return sink.getvalue()


@cache
def _template(name: str) -> Template:
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

"""One draft's article on the review page: what it is, to whom, when to send it (in words),
what the checks found, the draft in a frame sized ahead from its text, and its text unwrapped
for webmail. Workers make these beside the drafts; review.py puts them on the page. The
page's templates, compiled once per run, are loaded here too: the article is their first user.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping, Sequence
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from markupsafe import Markup

from ..findings import Finding
from ..kinds import form_label

if TYPE_CHECKING:
    from jinja2 import Template


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


@cache
def template(name: str) -> Template:
    """One of the page's templates (beside this module), compiled once per run."""
    from jinja2 import FileSystemLoader, select_autoescape

    from ..compose.environment import PlainGlobals, compiled_cache

    env = PlainGlobals(loader=FileSystemLoader(Path(__file__).parent),
                       autoescape=select_autoescape(default=True, default_for_string=True),
                       bytecode_cache=compiled_cache("review"))
    return env.get_template(name)


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


def _element_id(html_path: str) -> str:
    """A readable id that no other draft's path can share (`a/b` and `a-b` differ by hash)."""
    readable = re.sub(r"[^\w-]+", "-", html_path.rsplit(".", 1)[0])
    return f"d-{readable}-{hashlib.sha1(html_path.encode()).hexdigest()[:8]}"


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

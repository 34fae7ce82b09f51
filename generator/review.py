"""OUT/index.html: every draft, its checks and its date on one self-contained page.

The page needs no network and no script to read: each draft shows in a sandboxed frame that
loads the draft's own .html file (its CSS cannot touch the page, nothing in it runs, and the
page stays small for a cohort of thousands), with its plain text one click away. A small
script only adds the filters and the copy buttons.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from .checks import Finding

PAGE = "index.html"
ORDER = {"thank-you": 0, "status-check": 1, "rejection-reply": 2}


def build_page(rows: Sequence[Mapping[str, Any]], read: Callable[[str], bytes | None],
               today: date, findings: Sequence[Finding], out: Path) -> bytes:
    """The page for these manifest rows of OUT; `read(relative path)` gives a file's final
    bytes; each finding goes with the draft whose text file it names."""
    from .errors import display_path

    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        by_path.setdefault(finding.path, []).append(finding)
    from jinja2 import Environment, FileSystemLoader, select_autoescape

    env = Environment(loader=FileSystemLoader(Path(__file__).parent),
                      autoescape=select_autoescape(default=True, default_for_string=True))
    applications: dict[str, list[dict[str, Any]]] = {}
    for row in sorted(rows, key=lambda r: (str(r["application"]), ORDER.get(r["kind"], 9),
                                           str(r["html"]))):
        if not all(_relative_inside(str(row.get(part) or "x")) for part in ("html", "text",
                                                                             "eml")):
            continue  # a row edited to point elsewhere never becomes a link or a frame
        text = (read(row["text"]) or b"").decode("utf-8", "replace")
        recipient = row.get("recipient") or {}
        status, when = _when(row, today)
        applications.setdefault(row["application"], []).append({
            "id": "d-" + re.sub(r"[^\w-]+", "-", str(row["html"]).rsplit(".", 1)[0]),
            "kind": row["kind"],
            "variant": row.get("variant") or "",
            "recipient": recipient.get("name") or "",
            "to": _to(recipient),
            "subject": row.get("subject") or "",
            "status": status,
            "when": when,
            "edited": row.get("edited", False),
            "findings": by_path.get(display_path(out / str(row["text"])), []),
            "text": text,
            "unwrapped": unwrap(text),
            "html_path": _link(row["html"]),
            "text_path": _link(row["text"]),
            "eml": _link(row.get("eml") or row["html"]),
        })
    groups = [{"name": name, "drafts": drafts} for name, drafts in applications.items()]
    drafts = [draft for items in applications.values() for draft in items]
    page = env.get_template("review.html.j2").render(
        applications=groups, drafts=drafts, today=today.isoformat(),
        kinds=sorted({d["kind"] for d in drafts}, key=lambda k: ORDER.get(k, 9)),
        findings_total=sum(len(draft["findings"]) for draft in drafts),
    )
    return page.encode("utf-8")


def _relative_inside(path: str) -> bool:
    parts = PurePosixPath(path).parts
    return bool(parts) and not PurePosixPath(path).is_absolute() and ".." not in parts \
        and ":" not in parts[0] and "\\" not in path


def _link(path: str) -> str:
    """A relative URL for a file under OUT: each part percent-encoded (folder names may hold
    '#', '?' or '%'), and './' first so no first part can read as a scheme."""
    return "./" + "/".join(quote(part) for part in PurePosixPath(path).parts)


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

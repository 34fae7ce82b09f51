"""Hand edits carried into the draft: the words a user changed in a draft's .txt or .html are
what they mean to send, so the .eml (and with it the mbox, push and the review page) is made
from them, and the checks read them.

- Only the .txt edited: the HTML part is made from the edited text.
- Only the .html edited: it wins, and the text part is made from it.
- Both edited, and they say the same: both are used as they are.
- Both edited differently, or the .eml edited: nothing is made from them; every file is kept
  as it is and the run says which draft needs the user to choose.

A part the user edited stays theirs (the manifest row's `edited` lists it) until --force:
the file stays as they saved it, byte for byte (their line endings, their encoding), and the
manifest records its hash, so the next run knows it for the same edit.
"""

from __future__ import annotations

import html as markup
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import OutputError
from .manifest import PARTS, file_hash, recorded

CONFLICT = "conflict"  # Edit.status when nothing can be made from the edits


@dataclass(frozen=True)
class Edit:
    """What a user changed in one draft's files: the parts that are theirs, and their words."""

    parts: tuple[str, ...]  # "html", "text" and/or "eml"
    text: str | None  # the text to send, the user's or made from their HTML
    html: str | None
    status: str = "carried"  # or CONFLICT
    # The hash of each of `parts` as read: the file the manifest then records as theirs.
    hashes: Mapping[str, str] = field(default_factory=dict)


def hand_edit(out: Path, row: Mapping[str, Any], old: Mapping[str, Any] | None) -> Edit | None:
    """The user's edit of the draft whose new row is `row` (paths and hashes of what this run
    would write), from the files in OUT and the manifest row the last run left (`old`); None
    when there is none, or no record of ours to tell an edit from (then the store decides)."""
    if old is None:
        return None
    mine = old.get("edited")
    theirs = set(mine) & set(PARTS) if isinstance(mine, list) else set()
    now = {part: _read(out / row[part]) for part in PARTS}
    parts = tuple(part for part, data in now.items() if data is not None and (
        part in theirs or file_hash(data) != recorded(dict(old), part)))
    if not parts:
        return None
    hashes = {part: file_hash(data) for part in parts if (data := now[part]) is not None}
    if "eml" in parts:
        return Edit(parts, None, None, CONFLICT, hashes)
    text, html = (_decode(now[part]) if part in parts else None for part in ("text", "html"))
    if text is not None and html is not None:
        if _words(text_from_html(html)) != _words(text):
            return Edit(parts, None, None, CONFLICT, hashes)
        return Edit(parts, text, html, hashes=hashes)
    if text is not None:
        return Edit(parts, text, html_from_text(text), hashes=hashes)
    assert html is not None
    return Edit(parts, text_from_html(html), html, hashes=hashes)


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):
        return None
    except OSError as exc:
        raise OutputError(f"cannot be read: {exc.strerror or exc}", file=path) from None


def _decode(data: bytes | None) -> str | None:
    """An edited file's words, its line endings as saved; one not in UTF-8 was most likely
    saved by an editor in the Windows code page."""
    if data is None:
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _words(text: str) -> str:
    return " ".join(text.split())


_HIDDEN = re.compile(r"<(head|style|script|title)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL)


def text_from_html(html: str) -> str:
    """The plain text of an edited .html: what its body says, wrapped for email."""
    from ..compose.markup import html_to_text

    body = re.search(r"<body\b[^>]*>(.*)</body\s*>", html, re.IGNORECASE | re.DOTALL)
    return html_to_text(_HIDDEN.sub("", body.group(1) if body else html))


_LINK = re.compile(r"(https?://[^\s<>\"']+[^\s<>\"'.,;:!?)])")


def html_from_text(text: str) -> str:
    """An HTML part for an edited .txt: its paragraphs and line breaks as written, its web
    addresses as links, in a plain page every mail client shows as the text reads."""
    paragraphs = [part for part in re.split(r"\n\s*\n", text.strip()) if part.strip()]
    body = "\n".join(
        "<p>" + "<br>\n".join(_LINK.sub(r'<a href="\1">\1</a>', markup.escape(line))
                              for line in paragraph.splitlines()) + "</p>"
        for paragraph in paragraphs)
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"></head>\n'
            '<body style="font-family: sans-serif; line-height: 1.5">\n'
            f"{body}\n</body></html>\n")

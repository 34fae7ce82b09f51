"""The mailbox's folders as LIST reports them, and the one drafts are pushed to: the folder
the user names (as they read it, or as the server spells it), else the one the server marks
\\Drafts, else the provider's usual name. Names travel in IMAP's modified UTF-7 (utf7.py) and
are shown and typed as the user reads them.
"""

from __future__ import annotations

import imaplib
import re
from dataclasses import dataclass

from . import utf7
from .connection import PushError, ok

_LIST_LINE = re.compile(rb'\((?P<flags>[^)]*)\) (?P<sep>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)',
                        re.DOTALL)


@dataclass(frozen=True)
class Folder:
    name: str  # as the user reads and types it: Entwürfe
    wire: str  # as the server spells it, in modified UTF-7: Entw&APw-rfe
    flags: frozenset[str] = frozenset()


def list_folders(imap: imaplib.IMAP4) -> list[Folder]:
    status, lines = imap.list()
    ok((status, lines), "cannot list the folders")
    folders = []
    for entry in lines:
        line: bytes = entry[0] if isinstance(entry, tuple) else entry or b""
        # A name sent as a literal comes as ({n} line, its bytes).
        literal: bytes | None = entry[1] if isinstance(entry, tuple) else None
        match = _LIST_LINE.fullmatch(line)
        if not match:
            continue
        name = match["name"]
        if literal is not None and re.fullmatch(rb"\{\d+\}", name):
            raw = literal
        elif name.startswith(b'"') and name.endswith(b'"') and len(name) > 1:
            raw = re.sub(rb"\\(.)", rb"\1", name[1:-1])  # a quoted string: \" and \\ escaped
        else:
            raw = name
        wire = raw.decode("utf-8", "replace")
        try:
            shown = utf7.decode(wire)
        except ValueError:  # not modified UTF-7 (a server that sends UTF-8): as it came
            shown = wire
        folders.append(Folder(shown, wire, frozenset(
            f.lower() for f in match["flags"].decode("ascii", "replace").split())))
    return folders


def drafts_folder(imap: imaplib.IMAP4, wanted: str | None,
                   fallback: str | None = None) -> Folder:
    folders = list_folders(imap)
    if wanted is not None:
        # The name as the user reads it, or exactly as the server spells it.
        found = next((f for f in folders if wanted in (f.name, f.wire)), None)
        if found is None:
            names = ", ".join(sorted((f.name for f in folders), key=str.casefold)) or "none"
            raise PushError(f"there is no folder {wanted!r} on the server (it has: {names})")
        return found
    for folder in folders:
        if "\\drafts" in folder.flags:
            return folder
    found = next((f for f in folders if fallback is not None and fallback in (f.name, f.wire)),
                 None)
    if found is not None:
        return found
    raise PushError("the server marks no folder as Drafts; name yours with --folder")

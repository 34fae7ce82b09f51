"""Put drafts into the mailbox's Drafts folder over IMAP, so they are ready to send from there.

We never send. Each .eml is appended with the \\Draft flag. A draft is found again by its
Message-ID, which is the same on every run:
- not there yet: appended;
- there, and exactly what we pushed last time: replaced if our draft changed, else untouched;
- there, but different from what we pushed: the user edited it in their mail client, so it is
  left alone (we keep a hash of each pushed message in OUT to know);
- pushed before and now gone: sent or deleted by the user, so not pushed again.
What was pushed is remembered per mailbox, however its server is spelled (pushstate.py), and
a draft's Message-ID follows its person, not its file name (output/mime.message_id). Reaching
and signing in to the server is connection.py's; finding the Drafts folder is folders.py's.
"""

from __future__ import annotations

import hashlib
import imaplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ..kinds import REGISTRY, Schedule
from ..output.previous import read_manifest
from . import pushstate
from .connection import Account, PushError, connect, explain, ok, quote
from .folders import drafts_folder

_ON_OUTCOME = frozenset(kind.name for kind in REGISTRY if kind.schedule is Schedule.ON_OUTCOME)


@dataclass(frozen=True)
class PushItem:
    path: str  # the .eml, relative to OUT
    message_id: str
    recipient: str
    kind: str
    send_on: str | None


@dataclass(frozen=True)
class Pushed:
    item: PushItem
    action: str  # appended, replaced, unchanged, edited (left alone), gone (left alone)


@dataclass
class PushReport:
    folder: str = ""
    done: list[Pushed] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # to tell the user once, after the list


def select(out: Path, today: date, everything: bool) -> tuple[list[PushItem], int]:
    """The drafts in OUT to push: those whose send date has come (all with `everything`),
    never ones already marked sent; and how many were held back as not due yet."""
    rows, problem = read_manifest(out)
    if problem or not rows:
        raise PushError(f"no drafts to push in {out}; run `followup drafts` first")
    chosen, held = [], 0
    for row in rows:
        if not isinstance(row, dict) or not isinstance(row.get("eml"), str) or row.get("sent_on"):
            continue
        send_on = row.get("send_on")
        due = isinstance(send_on, str) and send_on <= today.isoformat()
        # A draft that waits on an outcome and has no date yet (a reply to a rejection drafted
        # in case, while the outcome is pending) is never pushed, --all included.
        waiting = send_on is None and row.get("kind") in _ON_OUTCOME
        if waiting or not (due or everything):
            held += 1
            continue
        recipient = row.get("recipient") or {}
        chosen.append(PushItem(row["eml"], str(row.get("message_id")),
                               str(recipient.get("name")), str(row.get("kind")), send_on))
    return chosen, held


def push(out: Path, account: Account, items: list[PushItem],
         progress: Callable[[Pushed], None] = lambda _: None) -> PushReport:
    report = PushReport()
    state = pushstate.load(out)
    mailbox = state.mailbox(account.user, account.host, account.port)
    adopted = pushstate.adopt(out, mailbox)
    if adopted:
        one = adopted == 1
        report.notes.append(
            f"{_drafts_count(adopted)} pushed by an earlier version of followup "
            f"{'was' if one else 'were'} recognised by {'its' if one else 'their'} old "
            "Message-ID (drafts are now known by their recipient, not their file name); "
            "nothing is pushed twice")
    remaining = list(items)
    try:
        with connect(account) as imap:
            folder = drafts_folder(imap, account.folder, account.drafts)
            report.folder = folder.name
            if not folder.wire.isascii():  # sent raw by the server; IMAP commands are ASCII
                raise PushError(f"the server spells the folder {folder.name!r} in a way IMAP "
                                "cannot send back (not modified UTF-7)")
            uidplus = "UIDPLUS" in _capabilities(imap)
            ok(imap.select(quote(folder.wire)), f"cannot open the folder {folder.name!r}")
            for item in items:
                try:
                    data = (out / item.path).read_bytes()
                except OSError as exc:
                    raise PushError(f"cannot read {item.path}: {exc.strerror or exc}") from None
                action = _push_one(imap, folder.wire, item, data, mailbox, uidplus)
                if action in ("appended", "replaced", "unchanged"):
                    mailbox.pushed[item.message_id] = _digest(data)
                done = Pushed(item, action)
                report.done.append(done)
                remaining.remove(item)
                state.save()  # a failure later keeps what was done so far
                progress(done)
    except PushError as exc:
        raise PushError(_with_remaining(exc.message, remaining)) from None
    except (OSError, imaplib.IMAP4.error, ssl.SSLError) as exc:
        raise PushError(_with_remaining(explain(exc, account), remaining)) from None
    return report


def _push_one(imap: imaplib.IMAP4, folder: str, item: PushItem, data: bytes,
              mailbox: pushstate.Mailbox, uidplus: bool) -> str:
    found = _find(imap, item.message_id)
    old = mailbox.before.get(item.message_id)
    if old is not None:  # pushed by an earlier version under its old id
        found = sorted({*found, *_find(imap, old)}, key=int)
    recorded = mailbox.pushed.get(item.message_id)
    if not found:
        if recorded is not None:
            return "gone"
        _append(imap, folder, data)
        return "appended"
    on_server = _digest(_fetch(imap, found[-1]))
    if on_server == _digest(data):
        return "unchanged"
    if on_server != recorded:
        return "edited"
    _append(imap, folder, data)
    # Remove only the old copies, by UID; a plain EXPUNGE would also purge anything else the
    # user had marked deleted in that folder.
    uids = b",".join(found)
    ok(imap.uid("STORE", uids.decode(), "+FLAGS.SILENT", r"(\Deleted)"),
        "cannot replace the old draft")
    if uidplus:
        ok(imap.uid("EXPUNGE", uids.decode()), "cannot replace the old draft")
    return "replaced"


def _capabilities(imap: imaplib.IMAP4) -> set[str]:
    # Servers announce more after login than in their greeting; ask again.
    status, data = imap.capability()
    if status != "OK" or not data or not data[0]:
        return set(imap.capabilities)
    return set(data[0].decode("ascii", "replace").upper().split())


def _find(imap: imaplib.IMAP4, message_id: str) -> list[bytes]:
    status, data = imap.uid("SEARCH", "HEADER", "Message-ID", quote(message_id))
    ok((status, data), "cannot search the folder")
    return data[0].split() if data and data[0] else []


def _fetch(imap: imaplib.IMAP4, uid: bytes) -> bytes:
    status, data = imap.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
    ok((status, data), "cannot read a draft back")
    for part in data:
        if isinstance(part, tuple):
            return bytes(part[1])
    return b""


def _append(imap: imaplib.IMAP4, folder: str, data: bytes) -> None:
    ok(imap.append(quote(folder), r"(\Draft)", None, data), "the server refused the draft")


def _digest(message: bytes) -> str:
    # Servers may store LF or CRLF line ends; compare the message, not the line ends.
    return hashlib.sha256(message.replace(b"\r\n", b"\n").rstrip(b"\n")).hexdigest()


def _drafts_count(count: int) -> str:
    return f"{count} draft" + ("" if count == 1 else "s")


def _with_remaining(message: str, remaining: list[PushItem]) -> str:
    if not remaining:
        return message
    return f"{message}; not pushed: {', '.join(item.path for item in remaining)}"

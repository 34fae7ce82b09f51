"""Put drafts into the mailbox's Drafts folder over IMAP, so they are ready to send from there.

We never send. Each .eml is appended with the \\Draft flag. A draft is found again by its
Message-ID, which is the same on every run:
- not there yet: appended;
- there, and exactly what we pushed last time: replaced if our draft changed, else untouched;
- there, but different from what we pushed: the user edited it in their mail client, so it is
  left alone (we keep a hash of each pushed message in OUT to know);
- pushed before and now gone: sent or deleted by the user, so not pushed again.
What was pushed is remembered per mailbox, however its server is spelled (pushstate.py), and
a draft's Message-ID follows its person, not its file name (output/mime.message_id). Folder
names travel in IMAP's modified UTF-7 (utf7.py) and are shown and typed as the user reads them.
TLS with verified certificates by default; plain text only to a loopback address and only
when asked for. The password or token is only ever held in memory. With auth "oauth2" the
secret is an access token, sent with OAUTHBEARER (RFC 7628) or XOAUTH2, whichever the server
offers.
"""

from __future__ import annotations

import hashlib
import imaplib
import re
import socket
import ssl
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import FollowupError
from ..kinds import REGISTRY
from ..output.manifest import read_manifest
from . import pushstate, utf7

_ON_OUTCOME = frozenset(kind.name for kind in REGISTRY if kind.schedule == "on-outcome")
TIMEOUT = 30  # seconds for connecting and for each reply


class PushError(FollowupError):
    """A push that could not start or could not finish."""


@dataclass(frozen=True)
class Account:
    host: str
    port: int
    user: str
    password: str = field(repr=False)  # or the access token; never in a repr, log or error
    security: str = "tls"  # tls (IMAPS), starttls, or plain (loopback only)
    cafile: Path | None = None
    folder: str | None = None
    auth: str = "password"  # or oauth2
    drafts: str | None = None  # the provider's Drafts folder, where the server marks none
    source: str = ""  # where the secret came from, to name when it is refused


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


def parse_server(value: str, security: str) -> tuple[str, int]:
    """HOST, HOST:PORT or [IPv6]:PORT, with the usual port for the security."""
    default = 993 if security == "tls" else 143
    match = re.fullmatch(r"\[([^\]]+)\](?::(\d+))?|([^:\[\]]+)(?::(\d+))?", value.strip())
    if not match:
        raise PushError(f"{value!r} is not HOST or HOST:PORT")
    host = match[1] or match[3]
    port = int(match[2] or match[4] or default)
    if not 0 < port < 65536:
        raise PushError(f"{port} is not a port number")
    return host, port


def is_loopback(host: str) -> bool:
    # Only `localhost` itself and loopback addresses: a name under .localhost may still be
    # resolved by DNS to anywhere, and a password would cross the network in the clear.
    return pushstate.server_name(host) == "localhost"


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
        with _connect(account) as imap:
            folder = _drafts_folder(imap, account.folder, account.drafts)
            report.folder = folder.name
            if not folder.wire.isascii():  # sent raw by the server; IMAP commands are ASCII
                raise PushError(f"the server spells the folder {folder.name!r} in a way IMAP "
                                "cannot send back (not modified UTF-7)")
            uidplus = "UIDPLUS" in _capabilities(imap)
            _ok(imap.select(_quote(folder.wire)), f"cannot open the folder {folder.name!r}")
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
        raise PushError(_with_remaining(_explain(exc, account), remaining)) from None
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
    _ok(imap.uid("STORE", uids.decode(), "+FLAGS.SILENT", r"(\Deleted)"),
        "cannot replace the old draft")
    if uidplus:
        _ok(imap.uid("EXPUNGE", uids.decode()), "cannot replace the old draft")
    return "replaced"


def _capabilities(imap: imaplib.IMAP4) -> set[str]:
    # Servers announce more after login than in their greeting; ask again.
    status, data = imap.capability()
    if status != "OK" or not data or not data[0]:
        return set(imap.capabilities)
    return set(data[0].decode("ascii", "replace").upper().split())


def _find(imap: imaplib.IMAP4, message_id: str) -> list[bytes]:
    status, data = imap.uid("SEARCH", "HEADER", "Message-ID", _quote(message_id))
    _ok((status, data), "cannot search the folder")
    return data[0].split() if data and data[0] else []


def _fetch(imap: imaplib.IMAP4, uid: bytes) -> bytes:
    status, data = imap.uid("FETCH", uid.decode(), "(BODY.PEEK[])")
    _ok((status, data), "cannot read a draft back")
    for part in data:
        if isinstance(part, tuple):
            return bytes(part[1])
    return b""


def _append(imap: imaplib.IMAP4, folder: str, data: bytes) -> None:
    _ok(imap.append(_quote(folder), r"(\Draft)", None, data), "the server refused the draft")


def _digest(message: bytes) -> str:
    # Servers may store LF or CRLF line ends; compare the message, not the line ends.
    return hashlib.sha256(message.replace(b"\r\n", b"\n").rstrip(b"\n")).hexdigest()


_LIST_LINE = re.compile(rb'\((?P<flags>[^)]*)\) (?P<sep>"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)',
                        re.DOTALL)


@dataclass(frozen=True)
class Folder:
    name: str  # as the user reads and types it: Entwürfe
    wire: str  # as the server spells it, in modified UTF-7: Entw&APw-rfe
    flags: frozenset[str] = frozenset()


def _folders(imap: imaplib.IMAP4) -> list[Folder]:
    status, lines = imap.list()
    _ok((status, lines), "cannot list the folders")
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


def _drafts_folder(imap: imaplib.IMAP4, wanted: str | None,
                   fallback: str | None = None) -> Folder:
    folders = _folders(imap)
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


@contextmanager
def _connect(account: Account) -> Iterator[imaplib.IMAP4]:
    if account.security == "plain" and not is_loopback(account.host):
        raise PushError("plain-text IMAP is allowed only to this machine (127.0.0.1); "
                        "use TLS for anything else")
    context = ssl.create_default_context(
        cafile=str(account.cafile) if account.cafile else None)
    imap: imaplib.IMAP4
    if account.security == "tls":
        imap = imaplib.IMAP4_SSL(account.host, account.port, ssl_context=context,
                                 timeout=TIMEOUT)
    else:
        imap = imaplib.IMAP4(account.host, account.port, timeout=TIMEOUT)
        if account.security == "starttls":
            imap.starttls(ssl_context=context)
    try:
        _sign_in(imap, account)
        yield imap
    finally:
        with suppress(OSError, imaplib.IMAP4.error):
            imap.logout()


def _sign_in(imap: imaplib.IMAP4, account: Account) -> None:
    came_from = f" (the password came from {account.source})" if account.source else ""
    if account.auth != "oauth2":
        try:
            imap.login(account.user, account.password)
        except imaplib.IMAP4.error:
            raise PushError(f"the server refused the user name or password for "
                            f"{account.user!r}{came_from}") from None
        except UnicodeEncodeError:  # LOGIN sends ASCII only; say so without the character
            raise PushError(f"the user name or password for {account.user!r}{came_from} "
                            "has letters outside ASCII, which IMAP's LOGIN cannot "
                            "send") from None
        return
    offered = {c.upper() for c in imap.capabilities}
    mechanism = next((m for m in ("OAUTHBEARER", "XOAUTH2") if f"AUTH={m}" in offered), None)
    if mechanism is None:
        raise PushError(f"{account.host} offers no OAuth2 sign-in (neither OAUTHBEARER nor "
                        "XOAUTH2); use a password (auth: password)")
    if mechanism == "XOAUTH2":
        first = f"user={account.user}\x01auth=Bearer {account.password}\x01\x01"
    else:
        user = account.user.replace("=", "=3D").replace(",", "=2C")
        first = (f"n,a={user},\x01host={account.host}\x01port={account.port}\x01"
                 f"auth=Bearer {account.password}\x01\x01")
    replies: list[bytes] = []

    def respond(challenge: bytes) -> bytes:
        # The first answer carries the token; a second challenge is the server's refusal
        # (a JSON status), which the client acknowledges with an empty answer.
        replies.append(challenge)
        return first.encode() if len(replies) == 1 else b""

    try:
        imap.authenticate(mechanism, respond)
    except imaplib.IMAP4.error:
        source = f" from {account.source}" if account.source else ""
        raise PushError(f"the server refused the OAuth2 access token{source} for "
                        f"{account.user!r} ({mechanism}): it has expired, been revoked or is "
                        "for another account; get a fresh one from your token tool (with "
                        "pizauth, `pizauth refresh ACCOUNT`) and push again") from None


def _explain(exc: BaseException, account: Account) -> str:
    where = f"{account.host}:{account.port}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"the TLS certificate of {where} could not be verified ({exc.verify_message}); "
                "--cafile trusts a private certificate authority")
    if isinstance(exc, ssl.SSLError):
        return f"the TLS handshake with {where} failed ({exc.reason or exc})"
    if isinstance(exc, socket.gaierror):
        return f"cannot find the server {account.host!r}"
    if isinstance(exc, ConnectionRefusedError):
        return f"nothing answers on {where} (connection refused)"
    if isinstance(exc, TimeoutError | socket.timeout):
        return f"{where} did not answer in {TIMEOUT} seconds"
    if isinstance(exc, OSError):
        return f"cannot talk to {where}: {exc.strerror or exc}"
    return f"the server said: {exc}"


def _drafts_count(count: int) -> str:
    return f"{count} draft" + ("" if count == 1 else "s")


def _with_remaining(message: str, remaining: list[PushItem]) -> str:
    if not remaining:
        return message
    return f"{message}; not pushed: {', '.join(item.path for item in remaining)}"


def _ok(response: tuple[str, Any], message: str) -> None:
    status, data = response
    if status != "OK":
        detail = data[0].decode("utf-8", "replace") if data and isinstance(data[0], bytes) else ""
        raise PushError(f"{message}" + (f": {detail}" if detail else ""))


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

"""What push remembers in OUT (`.followup-pushed.json`): for each mailbox, every draft it
pushed (by Message-ID, with a hash of the message), so a draft the user sent or deleted is
never pushed again and one they edited is never replaced.

A mailbox is named by its user and server however the server is written: `IMAP.Example.com.`
and `imap.example.com` are one; `localhost`, `127.0.0.1` and `::1` are one; the standard
ports (143 and 993, STARTTLS and TLS to the same mailbox) are left out, any other is kept.

Drafts pushed by earlier versions carry Message-IDs made from their file names
(mime.legacy_message_id). Each such id is adopted once by the draft now at that file name,
which then remembers it (`before`): a sent one stays sent, a pushed one is found under it.
The ids of the first format nobody adopted yet are kept (`legacy`): while there are none,
push never looks for them (which opens every .eml).
"""

from __future__ import annotations

import ipaddress
import json
from contextlib import suppress
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.policy import default as default_policy
from pathlib import Path, PurePosixPath
from typing import Any

import idna

from ..compose.recipients import draft_key
from ..input.addresses import ascii_domain
from ..output.manifest import write_replacing
from ..output.mime import legacy_message_id
from ..output.previous import read_manifest

STATE = ".followup-pushed.json"
VERSION = 2
STANDARD_PORTS = (143, 993)


def mailbox_key(user: str, host: str, port: int) -> str:
    """One name for one mailbox, however its server is spelled."""
    where = server_name(host)
    return f"{user.strip().lower()}@{where if port in STANDARD_PORTS else f'{where}:{port}'}"


def server_name(host: str) -> str:
    """A server's one spelling: lower case, no trailing dot, the domain in ASCII, an IP
    address in its short form, and `localhost` for this machine (by name or any loopback
    address, IPv4 or IPv6)."""
    host = host.strip().strip("[]").rstrip(".").lower()
    with suppress(idna.IDNAError, UnicodeError):
        host = ascii_domain(host)
    try:
        address = ipaddress.ip_address(host.partition("%")[0])
    except ValueError:
        return host
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return "localhost" if address.is_loopback else address.compressed


@dataclass
class Mailbox:
    pushed: dict[str, str] = field(default_factory=dict)  # Message-ID: hash of what we pushed
    before: dict[str, str] = field(default_factory=dict)  # Message-ID: the old id it adopted
    legacy: set[str] = field(default_factory=set)  # first-format ids not adopted yet


@dataclass
class PushState:
    path: Path
    mailboxes: dict[str, Mailbox] = field(default_factory=dict)

    def mailbox(self, user: str, host: str, port: int) -> Mailbox:
        return self.mailboxes.setdefault(mailbox_key(user, host, port), Mailbox())

    def save(self) -> None:
        document = {"version": VERSION, "mailboxes": {
            key: {"pushed": box.pushed, "before": box.before,
                  **({"legacy": sorted(box.legacy)} if box.legacy else {})}
            for key, box in sorted(self.mailboxes.items())}}
        write_replacing(self.path, (json.dumps(document, indent=2, sort_keys=True)
                                    + "\n").encode())


def load(out: Path) -> PushState:
    """The state in OUT; an unreadable or damaged one is read as nothing pushed yet."""
    state = PushState(out / STATE)
    try:
        data = json.loads(state.path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return state
    if not isinstance(data, dict):
        return state
    if data.get("version") == VERSION:
        for key, box in _dict(data.get("mailboxes")).items():
            mailbox = state.mailboxes.setdefault(key, Mailbox())
            mailbox.pushed.update(_strings(_dict(box).get("pushed")))
            mailbox.before.update(_strings(_dict(box).get("before")))
            legacy = _dict(box).get("legacy")
            if isinstance(legacy, list):
                mailbox.legacy.update(i for i in legacy if isinstance(i, str))
        return state
    # The first format: {"user@host:port": {Message-ID: hash}}, the server as it was typed.
    for key, pushed in data.items():
        user_host, _, port = key.rpartition(":")
        user, _, host = user_host.rpartition("@")
        if not port.isdecimal():
            continue
        mailbox = state.mailbox(user, host, int(port))
        for message_id, digest in _strings(pushed).items():
            mailbox.pushed.setdefault(message_id, digest)
            mailbox.legacy.add(message_id)
    return state


def adopt(out: Path, mailbox: Mailbox) -> int:
    """Give each draft in OUT's manifest the record of the id an earlier version pushed it
    under, where there is one nobody adopted yet; how many were adopted."""
    mailbox.legacy -= set(mailbox.before.values())
    if not mailbox.legacy:
        return 0  # nothing left to adopt: no .eml need be opened
    rows, problem = read_manifest(out)
    if problem or not rows:
        return 0
    claimed = set(mailbox.before.values())
    adopted = 0
    for row in rows:
        if not isinstance(row, dict):
            continue
        message_id = row.get("message_id")
        if not isinstance(message_id, str) or message_id in mailbox.pushed:
            continue
        old = _legacy_id(out, row)
        if old is None or old == message_id or old in claimed or old not in mailbox.pushed:
            continue
        mailbox.before[message_id] = old
        mailbox.pushed[message_id] = mailbox.pushed[old]
        claimed.add(old)
        mailbox.legacy.discard(old)
        adopted += 1
    return adopted


def _legacy_id(out: Path, row: dict[str, Any]) -> str | None:
    eml, kind, variant, application = (row.get(k) for k in ("eml", "kind", "variant",
                                                            "application"))
    if not all(isinstance(v, str) for v in (eml, kind, variant, application)):
        return None
    assert isinstance(eml, str) and isinstance(kind, str) and isinstance(variant, str)
    # read_manifest left out rows naming files outside OUT; a path it cannot follow (a
    # symlink loop) fails to open, as any unreadable file does.
    try:
        with (out / eml).open("rb") as handle:
            headers = BytesHeaderParser(policy=default_policy).parse(handle)
        sender = headers["From"].addresses[0]
    except (OSError, ValueError, TypeError, AttributeError, IndexError):
        return None
    # The old id hashed the address as typed; the .eml carries its domain in ASCII.
    domain = sender.domain
    with suppress(idna.IDNAError):
        domain = idna.decode(domain)
    return legacy_message_id(f"{sender.username}@{domain}", str(application),
                             draft_key(kind, variant), PurePosixPath(eml).stem)


def _dict(value: object) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _strings(value: object) -> dict[str, str]:
    return {k: v for k, v in _dict(value).items() if isinstance(k, str) and isinstance(v, str)}

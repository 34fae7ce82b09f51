"""Reaching a mailbox over IMAP: the account to reach, connecting (TLS with verified
certificates by default; plain text only to a loopback address and only when asked for),
signing in, and what every command's reply and failure become.

The password or token is only ever held in memory. With auth "oauth2" the secret is an access
token, sent with OAUTHBEARER (RFC 7628) or XOAUTH2, whichever the server offers.
"""

from __future__ import annotations

import imaplib
import re
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..errors import FollowupError
from . import pushstate

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


@contextmanager
def connect(account: Account) -> Iterator[imaplib.IMAP4]:
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


def explain(exc: BaseException, account: Account) -> str:
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


def ok(response: tuple[str, Any], message: str) -> None:
    status, data = response
    if status != "OK":
        detail = data[0].decode("utf-8", "replace") if data and isinstance(data[0], bytes) else ""
        raise PushError(f"{message}" + (f": {detail}" if detail else ""))


def quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'

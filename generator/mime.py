"""A rendered draft as an email message: the .eml that mail clients open as an unsent draft.

multipart/alternative with the text part first and the HTML part second; From the candidate,
To the recipient; a Message-ID that is the same on every run, so a draft can be found again
(in a mailbox, or by a reply that threads under it); no Date, and `X-Unsent: 1` so Outlook and
Thunderbird open it ready to edit and send. Bytes are identical for identical input.

Header values are checked here, whatever validated them before: no control characters, and no
RFC 2047 encoded words, which the email package of Python 3.11.7 turns back into raw header
lines (CVE-2024-6923: `=?utf-8?q?hi=0D=0ABcc:_x@evil.example?=` injects a real Bcc).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from email import policy
from email.headerregistry import Address
from email.message import EmailMessage

from .errors import FollowupError
from .fields import ENCODED_WORD
from .render import Draft

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_POLICY = policy.SMTP  # CRLF line ends, as RFC 5322 has them


def message_id(sender_email: str, application: str, key: str, slug: str) -> str:
    """The same draft (whose, which application, which draft key, to whom) keeps the same id
    on every run, whatever its text; `key` is recipients.draft_key(kind, variant)."""
    key = "\0".join((sender_email.casefold(), application, key, slug))
    digest = hashlib.sha256(key.encode("utf-8")).hexdigest()[:32]
    return f"<{digest}.followup@{_idna(sender_email.rpartition('@')[2].lower())}>"


def build_message(
    draft: Draft,
    sender_name: str,
    sender_email: str,
    *,
    message_id: str,
    references: Sequence[str] = (),
) -> bytes:
    """`references` are the ids of the thread's earlier messages, oldest first; the last of
    them is the one this message replies to."""
    where = f"{draft.application}/{draft.kind}/{draft.slug}"
    message = EmailMessage(policy=_POLICY)
    message["From"] = address(sender_name, sender_email, where)
    if draft.recipient_email:
        message["To"] = address(draft.recipient_name, draft.recipient_email, where)
    message["Subject"] = _safe(draft.subject, "subject", where)
    message["Message-ID"] = message_id
    if references:
        message["In-Reply-To"] = references[-1]
        message["References"] = " ".join(references)
    message["X-Unsent"] = "1"
    message.set_content(draft.text, cte="quoted-printable")
    message.add_alternative(draft.html, subtype="html", cte="quoted-printable")
    for part in message.iter_parts():
        del part["MIME-Version"]  # belongs on the message only
    # A boundary from the content, not from random: the same draft gives the same bytes.
    digest = hashlib.sha256((draft.text + draft.html).encode("utf-8")).hexdigest()[:24]
    message.set_boundary(f"=_followup_{digest}")
    return message.as_bytes()


def address(name: str, email: str, where: str) -> Address:
    """An address built from its parts, never from a formatted string: `Smith, John <j@x>`
    written as text parses as two addresses."""
    local, _, domain = email.rpartition("@")
    if not local.isascii():
        raise FollowupError(f"{email!r} has letters outside ASCII before the @; most mail "
                            "servers refuse it", field=f"{where} address")
    return Address(display_name=_safe(name, "name", where), username=local, domain=_idna(domain))


def _idna(domain: str) -> str:
    return domain if domain.isascii() else domain.encode("idna").decode("ascii")


def _safe(value: str, what: str, where: str) -> str:
    if _CONTROL.search(value):
        raise FollowupError(f"the {what} {value!r} contains a control character",
                            field=f"{where} {what}")
    if ENCODED_WORD.search(value):
        raise FollowupError(f"the {what} {value!r} contains an encoded mail header (=?…?=); "
                            "write plain text", field=f"{where} {what}")
    return value


def mbox(messages: Sequence[bytes]) -> bytes:
    """Messages as one mboxrd file (for importing a whole panel at once): LF line ends, a
    fixed 'From ' line (no dates: same input, same bytes), body lines that start with
    'From ' (after any '>') quoted with one more '>'."""
    out = bytearray()
    for message in messages:
        out += b"From followup@localhost Thu Jan  1 00:00:00 1970\n"
        body = message.replace(b"\r\n", b"\n")
        out += _FROM_LINE.sub(rb">\1", body)
        if not body.endswith(b"\n"):
            out += b"\n"
        out += b"\n"
    return bytes(out)


_FROM_LINE = re.compile(rb"^(>*From )", re.MULTILINE)

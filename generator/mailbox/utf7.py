"""IMAP's modified UTF-7 (RFC 3501 §5.1.3), how servers spell folder names outside ASCII.

`Entwürfe` travels as `Entw&APw-rfe`: printable ASCII stands for itself, `&` is written `&-`,
and any run of other characters becomes its UTF-16 (big-endian) in base64 with `,` for `/`,
no padding, between `&` and `-`. The standard library's "utf-7" codec is the mail flavour
(RFC 2152: `+` and `/`, and it leaves characters such as `~` and `\\` encoded or not as it
likes), so it cannot be used; this small codec is ours. Decoding is strict: a name that is not
canonical modified UTF-7 raises ValueError, and the caller shows it as the server sent it.
"""

from __future__ import annotations

import base64
import binascii
import re


def encode(name: str) -> str:
    """A folder name as IMAP carries it, in 7-bit ASCII."""
    out: list[str] = []
    pending: list[str] = []  # a run of characters to shift into base64

    def flush() -> None:
        if pending:
            data = "".join(pending).encode("utf-16-be")  # a lone surrogate: ValueError
            out.append("&" + base64.b64encode(data).decode("ascii").rstrip("=")
                       .replace("/", ",") + "-")
            pending.clear()

    for character in name:
        if "\x20" <= character <= "\x7e":
            flush()
            out.append("&-" if character == "&" else character)
        else:
            pending.append(character)
    flush()
    return "".join(out)


_SHIFTED = re.compile(r"&([A-Za-z0-9+,]*)-")


def decode(name: str) -> str:
    """The folder name a user reads and types, from the server's spelling; ValueError when
    the spelling is not canonical modified UTF-7 (so no two spellings decode to one name)."""
    if any(not "\x20" <= c <= "\x7e" for c in name):
        raise ValueError("characters outside printable ASCII")
    out: list[str] = []
    position = shifted_end = 0
    for match in _SHIFTED.finditer(name):
        plain = name[position:match.start()]
        if "&" in plain:
            raise ValueError("an & that starts no base64 run")
        if not match[1]:
            out += [plain, "&"]
        elif match.start() == shifted_end and shifted_end:
            raise ValueError("two base64 runs side by side")  # one run would do
        else:
            out += [plain, _unshift(match[1])]
            shifted_end = match.end()
        position = match.end()
    rest = name[position:]
    if "&" in rest:
        raise ValueError("an & that starts no base64 run")
    return "".join(out) + rest


def _unshift(chunk: str) -> str:
    standard = chunk.replace(",", "/")
    try:
        data = base64.b64decode(standard + "=" * (-len(chunk) % 4), validate=True)
    except binascii.Error:
        raise ValueError("broken base64") from None
    if len(data) % 2 or base64.b64encode(data).decode("ascii").rstrip("=") != standard:
        raise ValueError("base64 that does not end on a whole UTF-16 unit")
    text = data.decode("utf-16-be")  # strict: a lone surrogate is a ValueError
    if any("\x20" <= c <= "\x7e" for c in text):
        raise ValueError("printable ASCII written in base64")
    return text

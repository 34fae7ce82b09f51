"""Email addresses as mail servers take them: whether an address is usable, and a domain as
mail carries it (IDNA). Shared by the address field, the .eml headers and push's server names.
"""

from __future__ import annotations

import re

import idna

_ATOM = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+"
_LOCAL_PART = re.compile(rf"{_ATOM}(\.{_ATOM})*")
_LABEL = re.compile(r"[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?")


def email_problem(value: str) -> str:
    """'' for a usable address, else the reason, phrased to follow 'is not an email address'."""
    local, at, domain = value.rpartition("@")
    if not at or not local or not domain:
        return " (expected name@example.com)"
    if not local.isascii():
        return ": letters outside ASCII before the @ are refused by most mail servers"
    if not _LOCAL_PART.fullmatch(local):
        return " (the part before the @ has spaces or symbols mail servers refuse)"
    labels = domain.split(".")
    if len(labels) < 2 or labels[-1].isdigit():
        return " (the domain after the @ needs a dot, as in example.com)"
    for label in labels:
        try:
            ascii_label = ascii_domain(label)  # as the .eml will write it
        except (UnicodeError, idna.IDNAError):
            return f" (the domain part {label!r} is not valid)"
        if not _LABEL.fullmatch(ascii_label):
            return f" (the domain part {label!r} is not valid)"
    return ""


def ascii_domain(domain: str) -> str:
    """A domain as mail carries it: IDNA 2008 with UTS #46 mapping (the `idna` package; the
    standard library's codec is IDNA 2003, which turns faß.de into fass.de, another domain).
    An ASCII domain is left as typed; one IDNA refuses raises idna.IDNAError or
    UnicodeError. The one encoder for the address check, the .eml and push's server names."""
    return domain if domain.isascii() else idna.encode(domain, uts46=True).decode("ascii")


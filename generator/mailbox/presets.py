"""The presets for the common mail providers: each one's server, how it lets you sign in, its
Drafts folder's name, the address domains it serves, and what you must get from it first.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Preset:
    label: str
    host: str
    auths: tuple[str, ...]  # the ways to sign in it accepts, the one to suggest first
    drafts: str  # the Drafts folder's name, where the server marks no folder as \Drafts
    domains: tuple[str, ...]
    needs: str  # what the user must get from the provider first
    port: int = 993
    security: str = "tls"


PRESETS = {
    "gmail": Preset("Gmail", "imap.gmail.com", ("oauth2", "password"), "[Gmail]/Drafts",
                    ("gmail.com", "googlemail.com"),
                    "an OAuth2 token tool (see the README), or an app password made with "
                    "2-Step Verification on"),
    "microsoft": Preset("Microsoft 365 / Outlook.com", "outlook.office365.com", ("oauth2",),
                        "Drafts", ("outlook.com", "hotmail.com", "live.com", "msn.com"),
                        "an OAuth2 token tool (see the README): passwords are refused"),
    "icloud": Preset("iCloud Mail", "imap.mail.me.com", ("password",), "Drafts",
                     ("icloud.com", "me.com", "mac.com"),
                     "an app-specific password (account.apple.com, Sign-In and Security)"),
    "fastmail": Preset("Fastmail", "imap.fastmail.com", ("password",), "Drafts",
                       ("fastmail.com", "fastmail.fm"),
                       "an app password (Settings, Privacy & Security)"),
    "yahoo": Preset("Yahoo Mail", "imap.mail.yahoo.com", ("password",), "Draft",
                    ("yahoo.com", "ymail.com", "rocketmail.com"),
                    "an app password (Account security, Generate app password)"),
}


def preset_for(address: str) -> str | None:
    domain = address.rpartition("@")[2].lower()
    return next((key for key, p in PRESETS.items() if domain in p.domains), None)

"""`followup account add`: the questions that make a saved account, asked through callables
the command line gives (this module never prints or reads the terminal itself).

With a known provider's address (gmail.com, outlook.com, icloud.com, fastmail.com, yahoo.com)
the preset answers everything about the server, so what is left is how to get the secret.
A password typed here goes straight into the system keyring, never into the file.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from ..errors import FollowupError
from ..input.addresses import email_problem
from .accounts import AUTHS, Settings, config_file, load, save
from .connection import parse_server
from .credentials import KEYRING_SERVICE, store_in_keyring
from .presets import PRESETS, preset_for

# (question, default or None for "an answer is needed", hide the typing) -> the answer
Question = Callable[[str, str | None, bool], str]
Say = Callable[[str], None]
TRIES = 3
_NAME = re.compile(r"[A-Za-z0-9][\w.-]*")


class _Asker:
    def __init__(self, question: Question, say: Say) -> None:
        self.question, self.say = question, say

    def text(self, question: str, default: str | None = None,
             check: Callable[[str], str] = lambda _: "", hidden: bool = False) -> str:
        for _ in range(TRIES):
            answer = self.question(question, default, hidden).strip()
            problem = "an answer is needed" if not answer and default is None else (
                check(answer) if answer else "")
            if not problem:
                return answer
            self.say(problem)
        raise FollowupError(f"{question}: no usable answer after {TRIES} tries; nothing was "
                            "saved")

    def choice(self, question: str, choices: Sequence[str], default: str) -> str:
        # A rejected answer is never repeated: with answers piped in the wrong order, it
        # could be the password meant for the next question.
        return self.text(f"{question} ({', '.join(choices)})", default,
                         lambda a: "" if a in choices else "please answer one of "
                                                          f"{', '.join(choices)}")


def add_account(name: str | None, question: Question, say: Say,
                path: Path | None = None) -> tuple[Settings, Path]:
    """Ask for an account's settings, save them, and return them with the file's path."""
    path = path or config_file()
    taken = {a.name for a in load(path)}

    def name_problem(value: str) -> str:
        if not _NAME.fullmatch(value):
            return f"{value!r}: a name is letters, digits, '.', '-' and '_'"
        return f"there is already an account named {value!r} in {path}" if value in taken else ""

    if name is not None and name_problem(name):
        raise FollowupError(name_problem(name))
    _writable(path)  # before the questions, not after them
    ask = _Asker(question, say)
    address = ask.text("Email address", check=lambda a: (
        f"that is not an email address{email_problem(a)}" if email_problem(a) else ""))
    key = preset_for(address) or ask.choice("Provider", [*PRESETS, "other"], "other")
    if name is None:  # asked at the same point for every provider, so piped answers line up
        suggested = key if key in PRESETS else address.rpartition("@")[2].split(".")[0]
        suggested = suggested if _NAME.fullmatch(suggested or "") else "mail"
        if suggested in taken:
            suggested = next(f"{suggested}-{n}" for n in range(2, 100)
                             if f"{suggested}-{n}" not in taken)
        name = ask.text("Name for this account", suggested, name_problem)
    folder = drafts = None
    if key in PRESETS:
        preset = PRESETS[key]
        say(f"{preset.label}: {preset.host}:{preset.port} ({preset.security}); you need "
            f"{preset.needs}.")
        host, port, security, user = preset.host, preset.port, preset.security, address
        auths, drafts = preset.auths, preset.drafts
    else:
        security = ask.choice("Security", ["tls", "starttls"], "tls")
        server = ask.text("IMAP server (HOST or HOST:PORT)", check=lambda s: _server_problem(
            s, security))
        host, port = parse_server(server, security)
        user = ask.text("User name", address)
        folder = ask.text("Drafts folder (Enter: the one the server marks as Drafts)", "") or None
        auths = AUTHS
    auth = auths[0] if len(auths) == 1 else ask.choice("Sign in with", auths, auths[0])
    settings = Settings(name, host, port, user, security, folder, drafts, auth)
    if auth == "oauth2":
        command = ask.text(f"Command that prints an access token (e.g. `pizauth show {name}`)")
        settings = replace(settings, token_command=command)
    else:
        settings = _password(ask, settings)
    return settings, save(settings, key if key in PRESETS else None, path)


def _password(ask: _Asker, settings: Settings) -> Settings:
    while True:
        source = ask.choice("Where the password comes from", ["keyring", "command", "env",
                                                              "prompt"], "keyring")
        if source == "command":
            command = ask.text(f"Command that prints the password (e.g. `pass show "
                               f"mail/{settings.name}`)")
            return replace(settings, password_from=("command",), password_command=command)
        if source != "keyring":
            if source == "env":
                ask.say("push reads the password from FOLLOWUP_IMAP_PASSWORD, else asks.")
            sources = (source, "prompt") if source == "env" else (source,)
            return replace(settings, password_from=sources)
        secret = ask.text(f"Password for {settings.user}, to keep in the system keyring "
                          f"(Enter: later, with `keyring set {KEYRING_SERVICE} "
                          f"{settings.user}`)", "", hidden=True)
        try:
            if secret:
                backend = store_in_keyring(settings.user, secret)
                ask.say(f"The password is in the system keyring ({backend}).")
            return replace(settings, password_from=("keyring", "prompt"))
        except FollowupError as error:
            ask.say(f"{error}; choose another place.")


def _writable(path: Path) -> None:
    """The accounts file's folder exists (made now, for the user alone) and takes files."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        if not os.access(path.parent, os.W_OK):
            raise PermissionError(13, "Permission denied")
    except OSError as exc:
        raise FollowupError(f"{path.parent}: cannot keep the accounts file there "
                            f"({exc.strerror or exc}); set FOLLOWUP_CONFIG to a file in a "
                            "folder of yours") from None


def _server_problem(server: str, security: str) -> str:
    try:
        parse_server(server, security)
    except FollowupError as error:
        return error.message
    return ""

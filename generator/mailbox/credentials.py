"""Where a mailbox's secret comes from: the system keyring, a command the user names, the
environment, or a prompt, tried in the order the account gives.

The secret is only ever returned, never printed, logged or put in a message: every error here
names where we looked (the keyring entry, the command, the variable), not what was found. A
command is run by the shell, as mutt, msmtp and aerc run theirs, so `pass show mail | head -1`
works; its first line of output is the secret. A command that fails, times out or prints
nothing is an error that names it, never a fallback to the next source: the user meant it.
"""

from __future__ import annotations

import os
import subprocess
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FollowupError, InputError

PASSWORD_ENV = "FOLLOWUP_IMAP_PASSWORD"
KEYRING_SERVICE = "followup"  # `keyring set followup ADDRESS` stores a password for us
SOURCES = ("keyring", "command", "env", "prompt")
COMMAND_TIMEOUT = 120  # seconds: long enough for a passphrase dialog, not forever
# A password or token is one line; a command printing more than this is not printing one
# (`yes`, a whole file), and reading all of it could fill the memory.
MAX_OUTPUT = 64 * 1024

Ask = Callable[[str], str]  # a hidden question to the user, for the `prompt` source


@dataclass(frozen=True)
class Where:
    """The place in the accounts file a setting came from, for error messages."""

    file: Path | None = None
    line: int | None = None
    field: str | None = None

    def error(self, message: str) -> InputError:
        return InputError(message, file=self.file, line=self.line, field=self.field)


@dataclass(frozen=True)
class Secret:
    value: str = field(repr=False)
    source: str  # where it came from, to say in a message: "the keyring", "`pass show mail`"


def run_command(command: str, what: str, where: Where,
                timeout: float = COMMAND_TIMEOUT) -> Secret:
    """The first line a shell command prints: a password or an access token."""
    shown = " ".join(command.split())  # one line in messages, whatever the command holds
    try:
        # Standard error passes through to the terminal: a tool's own hint (pizauth's "not
        # authorised yet, open this URL") reaches the user, and never lands in our messages.
        process = subprocess.Popen(command, shell=True, stdout=subprocess.PIPE)
    except OSError as exc:
        raise where.error(f"`{shown}` could not be run: {exc.strerror or exc}") from None
    output, problem = _bounded(process, timeout)
    if problem == "slow":
        raise where.error(f"`{shown}` did not finish in {timeout:g} seconds")
    if problem == "long":
        raise where.error(f"`{shown}` printed more than {MAX_OUTPUT // 1024} KB, which is "
                          f"no {what}; it should print one on its first line")
    if process.returncode != 0:
        hint = ", command not found" if process.returncode == 127 else ""
        raise where.error(f"`{shown}` failed (exit status {process.returncode}{hint}); run it "
                          f"yourself to see why, then push again")
    lines = output.decode("utf-8", "replace").splitlines()
    value = lines[0].strip("\r") if lines else ""
    if what != "password":
        value = value.strip()  # a token never holds spaces; a password may
    if not value.strip():
        raise where.error(f"`{shown}` printed no {what}; it should print one on its "
                          "first line")
    return Secret(value, f"`{shown}`")


def _bounded(process: subprocess.Popen[bytes], timeout: float) -> tuple[bytes, str]:
    """What the command printed, at most MAX_OUTPUT bytes, within `timeout` seconds; the
    process is ended when it prints more or takes longer ("long", "slow")."""
    stdout = process.stdout
    assert stdout is not None
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(stdout.read(MAX_OUTPUT + 1)),
                              daemon=True)
    reader.start()
    reader.join(timeout)
    problem = "slow" if reader.is_alive() else "long" if len(got[0]) > MAX_OUTPUT else ""
    if problem:
        process.kill()
    try:
        process.wait(timeout=timeout if not problem else 5)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
        problem = problem or "slow"
    stdout.close()
    return (got[0] if got else b""), problem


def keyring_password(user: str) -> tuple[str | None, str]:
    """The password stored in the system keyring for `user`, or None and why not."""
    import keyring
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(KEYRING_SERVICE, user)
    except KeyringError as exc:
        return None, f"the system keyring cannot be read ({type(exc).__name__}: {exc})"
    if not value:
        return None, (f"the system keyring has no password for {user!r} "
                      f"(`keyring set {KEYRING_SERVICE} {user}` stores one)")
    return value, ""


def store_in_keyring(user: str, secret: str,
                     environ: Mapping[str, str] = os.environ) -> str:
    """Keep `secret` in the system keyring for `user`, and say which keyring that is (a
    FollowupError if there is none, or if the only one is a plain file nobody chose)."""
    import keyring
    import keyring.core
    from keyring.errors import KeyringError

    backend = keyring.get_keyring()
    chosen = bool(environ.get("PYTHON_KEYRING_BACKEND")) or keyring.core.load_config() is not None
    if getattr(backend, "priority", 1) < 1 and not chosen:
        # keyring falls back to a file (keyrings.alt) or to nothing when no Keychain, Credential
        # Locker or Secret Service is reachable; "in the system keyring" would then be untrue.
        raise FollowupError(f"there is no secure system keyring here (only {backend.name}); "
                            "keep the password with a password command instead, or choose "
                            "that keyring yourself with PYTHON_KEYRING_BACKEND")
    try:
        keyring.set_password(KEYRING_SERVICE, user, secret)
    except KeyringError as exc:
        raise FollowupError(f"the system keyring cannot store the password "
                            f"({type(exc).__name__}: {exc})") from None
    return str(keyring.get_keyring().name)


def find_password(user: str, host: str, sources: Sequence[str], command: str | None,
                  where: Mapping[str, Where], ask: Ask | None,
                  environ: Mapping[str, str] = os.environ) -> Secret:
    """The password for `user`, from the first of `sources` that has one.

    `where` says where `password_from` and `password_command` were set, for errors; `ask`
    is left out where nobody can be asked (then `prompt` is passed over)."""
    missing: list[str] = []
    for source in sources:
        if source == "keyring":
            value, why = keyring_password(user)
            if value:
                return Secret(value, "the system keyring")
            missing.append(why)
        elif source == "command" and command:
            return run_command(command, "password", where.get("password_command", Where()))
        elif source == "env":
            if environ.get(PASSWORD_ENV):
                return Secret(environ[PASSWORD_ENV], PASSWORD_ENV)
            missing.append(f"{PASSWORD_ENV} is not set")
        elif source == "prompt" and ask is not None:
            value = ask(f"IMAP password for {user} on {host}")
            if value:
                return Secret(value, "the prompt")
            missing.append("none was typed")
    raise where.get("password_from", Where()).error(
        "no password for {!r}: {}".format(user, "; ".join(missing) or "no source to ask"))

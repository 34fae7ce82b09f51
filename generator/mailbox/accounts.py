"""Saved mailbox accounts: a small YAML file in the user's config folder (the providers'
presets it names are in presets.py).

The file (`accounts.yaml` in platformdirs' config folder for "followup", or $FOLLOWUP_CONFIG)
says for each account its server, user, Drafts folder and how to get the secret, never the
secret itself; `followup account add` writes it readable by the user alone:

    accounts:
      gmail:
        preset: gmail
        host: imap.gmail.com
        user: jordan@gmail.com
        auth: oauth2
        token_command: pizauth show gmail

A mistake in it is an InputError naming the file, line and field, all of them gathered.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..errors import FollowupError, InputError, raise_if_any
from ..input.yamlread import Mapping, Node, Scalar, Sequence, describe, read_yaml
from .connection import Account, is_loopback, parse_server
from .credentials import SOURCES, Ask, Secret, Where, find_password, run_command
from .presets import PRESETS

CONFIG_ENV = "FOLLOWUP_CONFIG"
SECURITIES = ("tls", "starttls", "plain")
AUTHS = ("password", "oauth2")


@dataclass(frozen=True)
class Settings:
    """One account as saved (or as given by --imap and --user): everything but the secret."""

    name: str
    host: str
    port: int
    user: str
    security: str = "tls"
    folder: str | None = None
    drafts: str | None = None  # the preset's Drafts folder, where the server marks none
    auth: str = "password"
    password_from: tuple[str, ...] = ("env", "prompt")
    password_command: str | None = None
    token_command: str | None = None
    cafile: Path | None = None
    where: dict[str, Where] = field(default_factory=dict, compare=False, repr=False)

    def account(self, ask: Ask | None) -> Account:
        """The account to connect with, its secret fetched from where the settings say."""
        secret: Secret
        if self.auth == "oauth2":
            if not self.token_command:
                raise self.where.get("", Where()).error("auth: oauth2 needs a token_command")
            secret = run_command(self.token_command, "access token",
                                 self.where.get("token_command", Where()))
        else:
            secret = find_password(self.user, self.host, self.password_from,
                                   self.password_command, self.where, ask)
        return Account(self.host, self.port, self.user, secret.value, self.security,
                       self.cafile, self.folder, auth=self.auth, drafts=self.drafts,
                       source=secret.source)

    def summary(self) -> str:
        how = (f"OAuth2 token from `{self.token_command}`" if self.auth == "oauth2"
               else "password from " + ", ".join(
                   f"`{self.password_command}`" if s == "command" else s
                   for s in self.password_from))
        folder = f", folder {self.folder!r}" if self.folder else ""
        return (f"{self.user} on {self.host}:{self.port} ({self.security}{folder}); {how}")


def config_file() -> Path:
    if os.environ.get(CONFIG_ENV):
        return Path(os.environ[CONFIG_ENV]).expanduser()
    from platformdirs import user_config_path

    return user_config_path("followup", appauthor=False) / "accounts.yaml"


def load(path: Path | None = None) -> list[Settings]:
    """Every account in the file (none if there is no file). Raises InputError."""
    path = path or config_file()
    if not path.exists():
        return []
    root = read_yaml(path)
    if root is None:
        return []
    if not isinstance(root, Mapping) or [k.value for k, _ in root.items] != ["accounts"]:
        raise InputError("should hold one key, `accounts:`, with an entry for each account",
                         file=path, line=getattr(root, "line", 1))
    accounts = root.items[0][1]
    if isinstance(accounts, Scalar) and accounts.is_empty:
        return []
    if not isinstance(accounts, Mapping):
        raise InputError(f"should be a mapping of account names, not {describe(accounts)}",
                         file=path, line=accounts.line, field="accounts")
    found: list[Settings] = []
    errors: list[FollowupError] = []
    for key, node in accounts.items:
        if any(a.name == key.value for a in found):
            errors.append(InputError("is a second account of that name; rename one",
                                     file=path, line=key.line, field=f"accounts.{key.value}"))
            continue
        try:
            found.append(_read_account(path, key.value, node))
        except FollowupError as error:
            errors.append(error)
    raise_if_any(errors)
    return found


_FIELDS = ("preset", "host", "port", "security", "user", "folder", "auth", "password_from",
           "password_command", "token_command", "cafile")


def _read_account(path: Path, name: str, node: Node) -> Settings:
    def where(key: str, line: int) -> Where:
        return Where(path, line, f"accounts.{name}.{key}" if key else f"accounts.{name}")

    if not isinstance(node, Mapping):
        raise where("", node.line).error(f"should be a mapping of settings, not "
                                         f"{describe(node)}")
    errors: list[FollowupError] = []
    text: dict[str, str] = {}
    places: dict[str, Where] = {"": where("", node.line)}
    sources: list[str] = []
    for key, value in node.items:
        if key.value in places:
            errors.append(where(key.value, key.line).error("is set twice; keep one"))
            continue
        places[key.value] = place = where(key.value, key.line)
        if key.value not in _FIELDS:
            errors.append(place.error(f"unknown setting; the settings are {', '.join(_FIELDS)}"))
        elif key.value == "password_from":
            items = value.items if isinstance(value, Sequence) else (value,)
            for item in items:
                if not isinstance(item, Scalar) or item.value not in SOURCES:
                    errors.append(place.error(f"{describe(item)} is not one of "
                                              f"{', '.join(SOURCES)}"))
                else:
                    sources.append(item.value)
        elif not isinstance(value, Scalar) or value.is_empty:
            errors.append(place.error(f"should be text, not {describe(value)}"))
        else:
            text[key.value] = value.value.strip()
    for setting, choices in (("preset", tuple(PRESETS)), ("security", SECURITIES),
                             ("auth", AUTHS)):
        if text.get(setting, choices[0]) not in choices:
            errors.append(places[setting].error(f"{text[setting]!r} is not one of "
                                                f"{', '.join(choices)}"))
    raise_if_any(errors)
    preset = PRESETS.get(text.get("preset", ""))
    security = text.get("security", preset.security if preset else "tls")
    given = ("oauth2" if "token_command" in text else "password"
             if "password_command" in text or sources else None)
    auth = text.get("auth", given or (preset.auths[0] if preset else "password"))
    host = text.get("host", preset.host if preset else "")
    missing = [key for key, value in (("host", host), ("user", text.get("user"))) if not value]
    if auth == "oauth2" and "token_command" not in text:
        missing.append("token_command (a command that prints an access token)")
    if missing:
        raise places[""].error(f"is missing {', '.join(missing)}")
    port = preset.port if preset and security == preset.security else (
        993 if security == "tls" else 143)
    if "port" in text:
        # isdecimal and isascii: "²" is a digit to str.isdigit, and int() refuses it
        if not (text["port"].isascii() and text["port"].isdecimal()
                and 0 < int(text["port"]) < 65536):
            raise places["port"].error(f"{text['port']!r} is not a port number")
        port = int(text["port"])
    if security == "plain" and not is_loopback(host):
        raise places["security"].error("plain is allowed only to this machine (127.0.0.1)")
    if "command" in sources and "password_command" not in text:
        raise places["password_from"].error("lists command, but there is no password_command")
    if not sources:
        sources = ["keyring", "env", "prompt"]
        if "password_command" in text:
            sources.insert(1, "command")
    cafile = Path(text["cafile"]).expanduser() if "cafile" in text else None
    if cafile is not None and not cafile.is_absolute():
        cafile = path.parent / cafile
    return Settings(name, host, port, text["user"], security, text.get("folder"),
                    preset.drafts if preset else None, auth, tuple(sources),
                    text.get("password_command"), text.get("token_command"), cafile, places)


def choose(name: str | None, accounts: list[Settings], path: Path) -> Settings:
    """The account called `name`, or the only one there is."""
    names = ", ".join(a.name for a in accounts)
    if name is not None:
        for account in accounts:
            if account.name == name:
                return account
        raise FollowupError(f"no account named {name!r} in {path} (" +
                            (f"there are: {names})" if accounts else "there are none yet)") +
                            "; `followup account add` saves one")
    if len(accounts) == 1:
        return accounts[0]
    if not accounts:
        raise FollowupError("no mailbox account saved yet: `followup account add` saves one, "
                            "or give --imap and --user")
    raise FollowupError(f"{len(accounts)} accounts are saved ({names}); choose one with "
                        "--account NAME")


def settings_for_push(account: str | None, server: str | None, user: str | None,
                      security: str | None, cafile: Path | None,
                      folder: str | None) -> Settings:
    """The settings `push` connects with: a saved account (the only one, or `account`), or
    the server and user given on the command line (password from the environment or a
    prompt, as before accounts). `security` is None unless --starttls or --plaintext."""
    if server is not None:
        if account is not None:
            raise FollowupError("give --account or --imap, not both")
        if not user:
            raise FollowupError("--imap needs --user (the account's user name)")
        host, port = parse_server(server, security or "tls")
        return Settings("", host, port, user, security or "tls", folder, cafile=cafile)
    if user is not None or security is not None:
        raise FollowupError("--user, --starttls and --plaintext go with --imap; a saved "
                            "account has its own (see `followup account list`)")
    path = config_file()
    chosen = choose(account, load(path), path)
    return replace(chosen, folder=folder or chosen.folder, cafile=cafile or chosen.cafile)


HEADER = """\
# followup's mailbox accounts, for `followup push --account NAME` (the only one is the
# default). `followup account add` adds one; edit freely. No password or token belongs here:
# each account says where its secret comes from (password_from: keyring, command, env,
# prompt; or auth: oauth2 with a token_command).
accounts:
"""
_PLAIN = re.compile(r"[A-Za-z0-9][\w.@+/-]*")


def save(settings: Settings, preset: str | None, path: Path | None = None) -> Path:
    """Add the account to the file, which is created readable by the user alone."""
    path = path or config_file()
    load(path)  # a file with a mistake is fixed first, by the user, not overwritten
    values: list[tuple[str, object]] = [
        ("preset", preset), ("host", settings.host), ("port", settings.port),
        ("security", settings.security), ("user", settings.user),
        ("folder", settings.folder), ("auth", settings.auth)]
    if settings.auth == "oauth2":
        values.append(("token_command", settings.token_command))
    else:
        values += [("password_from", settings.password_from),
                   ("password_command", settings.password_command)]
    block = [f"  {settings.name}:"]
    for key, value in values:
        if isinstance(value, tuple):
            block.append(f"    {key}: [{', '.join(value)}]")
        elif value is not None:
            text = str(value)
            block.append(f"    {key}: {text if _PLAIN.fullmatch(text) else json.dumps(text)}")
    before = path.read_text(encoding="utf-8") if path.exists() else HEADER
    text = before.rstrip("\n") + "\n" + "\n".join(block) + "\n"
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    except OSError as exc:
        raise FollowupError(f"{path}: cannot be written ({exc.strerror or exc}); nothing was "
                            "saved") from None
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        try:
            saved = [a.name for a in load(temporary)]
        except FollowupError:
            saved = []
        if settings.name not in saved:
            raise FollowupError(f"cannot add to {path}, whose layout is not the one we write; "
                                "add these lines under `accounts:` yourself:\n" +
                                "\n".join(block))
        temporary.replace(path)
    finally:
        temporary.unlink(missing_ok=True)
    return path

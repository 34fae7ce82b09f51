"""A real IMAP server for the push tests: Dovecot on 127.0.0.1, in a temporary folder.

Started from a config written here, with one passwd-file user and a Maildir; once without TLS
and once with a self-signed certificate made for 127.0.0.1. Where Dovecot is not installed the
tests skip, except under CI (CI=true), where a missing Dovecot is a failure.

With `oauth2` the password passdb gives way to Dovecot's own oauth2 passdb, validating tokens
locally (`introspection_mode = local`): a token is a JWT signed with HS256 under a key written
here, which Dovecot reads from a dict, so no OAuth2 server is needed and nothing leaves the
machine. `token()` mints one; an expired one is refused as a real provider refuses it.
"""

from __future__ import annotations

import base64
import grp
import hashlib
import hmac
import json
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from conftest import under_ci

USER = "jordan@example.com"
PASSWORD = "s3cret-pass"
KEY = b"followup-test-signing-key-0123456789"  # the HS256 key Dovecot checks tokens with


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    tls: bool
    cafile: Path | None
    root: Path
    oauth2: str | None = None  # the SASL mechanisms offered, as "xoauth2 oauthbearer"

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


def dovecot_binary() -> str:
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot"
                                         if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        if under_ci(os.environ.get("CI")):
            pytest.fail("Dovecot is missing under CI: .ci/run installs dovecot-imapd")
        pytest.skip("Dovecot is not installed (apt-get install dovecot-imapd) - IMAP tests skip")
    return binary


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _accounts() -> tuple[str, str, str]:
    """Who Dovecot's processes run as: as root, its own unprivileged users; else ourselves."""
    if os.geteuid() != 0:
        me = pwd.getpwuid(os.geteuid()).pw_name
        return me, me, grp.getgrgid(os.getegid()).gr_name
    return "dovenull", "dovecot", "dovecot"


def _certificate(folder: Path) -> tuple[Path, Path]:
    cert, key = folder / "cert.pem", folder / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )
    return cert, key


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def token(user: str = USER, lifetime: int = 600) -> str:
    """An access token for `user` as a JWT, valid for `lifetime` seconds (negative: expired)."""
    # Issued a minute ago, as a provider's token reaches a client: Dovecot refuses a token
    # issued after its own clock, which is the time its event loop last woke and may lag the
    # second we mint it in (a fresh token refused once in a CI run, [AUTHENTICATIONFAILED]).
    now = int(time.time())
    claims = {"sub": user, "email": user, "iat": min(now, now + lifetime) - 60,
              "exp": now + lifetime, "scope": "mail"}
    head = _b64(json.dumps({"typ": "JWT", "alg": "HS256"}).encode())
    body = _b64(json.dumps(claims).encode())
    signature = hmac.new(KEY, f"{head}.{body}".encode(), hashlib.sha256).digest()
    return f"{head}.{body}.{_b64(signature)}"


def _auth_lines(root: Path, oauth2: str | None) -> str:
    if oauth2 is None:
        return f"""\
auth_mechanisms = plain login
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
"""
    # Keys are looked up as shared/<azp>/<alg>/<kid>; the fs dict drops "shared/".
    keys = root / "keys/default/HS256"
    keys.mkdir(parents=True)
    (keys / "default").write_text(base64.b64encode(KEY).decode())
    (root / "oauth2.conf").write_text(f"""\
introspection_mode = local
local_validation_key_dict = fs:posix:prefix={root}/keys/
username_attribute = email
scope = mail
""")
    for path in [root / "keys", *(root / "keys").rglob("*"), root / "oauth2.conf"]:
        path.chmod(0o755 if path.is_dir() else 0o644)
    return f"""\
auth_mechanisms = {oauth2}
passdb {{
  driver = oauth2
  mechanisms = {oauth2}
  args = {root}/oauth2.conf
}}
"""


def start(tls: bool, oauth2: str | None = None,
          drafts: str = "Drafts", flagged: bool = True) -> tuple[subprocess.Popen[bytes], Server]:
    """Dovecot on 127.0.0.1; its Drafts folder is `drafts`, marked \\Drafts if `flagged`."""
    binary = dovecot_binary()
    # Not under pytest's tmp_path: Dovecot's own users must be able to reach this folder.
    root = Path(tempfile.mkdtemp(prefix="followup-dovecot-"))
    root.chmod(0o755)
    login_user, internal_user, group = _accounts()
    for name in ("run", "state", "home"):
        (root / name).mkdir()
    (root / "users").write_text(f"{USER}:{{PLAIN}}{PASSWORD}\n")
    (root / "users").chmod(0o644)
    if os.geteuid() == 0:
        shutil.chown(root / "home", internal_user, group)
    port = free_port()
    ssl_lines = "ssl = no\n"
    listener = f"inet_listener imap {{\n    address = 127.0.0.1\n    port = {port}\n  }}\n" \
               "  inet_listener imaps {\n    port = 0\n  }"
    cafile = None
    if tls:
        cafile, key = _certificate(root)
        ssl_lines = f"ssl = required\nssl_cert = <{cafile}\nssl_key = <{key}\n"
        listener = "inet_listener imap {\n    port = 0\n  }\n" \
                   f"  inet_listener imaps {{\n    address = 127.0.0.1\n    port = {port}\n" \
                   "    ssl = yes\n  }"
    special_use = "special_use = \\Drafts" if flagged else ""
    uid = internal_user if os.geteuid() == 0 else str(os.geteuid())
    gid = group if os.geteuid() == 0 else str(os.getegid())
    (root / "dovecot.conf").write_text(f"""\
base_dir = {root}/run
state_dir = {root}/state
instance_name = followup-test-{port}
listen = 127.0.0.1
protocols = imap
{ssl_lines}disable_plaintext_auth = no
auth_failure_delay = 0
auth_verbose = yes
log_path = {root}/dovecot.log
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {group}
first_valid_uid = 1
{_auth_lines(root, oauth2)}userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  mailbox {drafts} {{
    {special_use}
    auto = subscribe
  }}
}}
service imap-login {{
  {listener}
}}
""")
    process = subprocess.Popen([binary, "-F", "-c", str(root / "dovecot.conf")],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                log = (root / "dovecot.log").read_text() if (root / "dovecot.log").exists() else ""
                stop(process, root)
                pytest.fail(f"Dovecot did not start: {log[-2000:]}")
            time.sleep(0.02)
    return process, Server("127.0.0.1", port, tls, cafile, root, oauth2)


def stop(process: subprocess.Popen[bytes], root: Path) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    shutil.rmtree(root, ignore_errors=True)

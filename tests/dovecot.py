"""A real IMAP server for the push tests: Dovecot on 127.0.0.1, in a temporary folder.

Started from a config written here, with one passwd-file user and a Maildir; once without TLS
and once with a self-signed certificate made for 127.0.0.1. Where Dovecot is not installed the
tests skip, except under CI (CI=true), where a missing Dovecot is a failure.
"""

from __future__ import annotations

import grp
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

USER = "jordan@example.com"
PASSWORD = "s3cret-pass"


@dataclass(frozen=True)
class Server:
    host: str
    port: int
    tls: bool
    cafile: Path | None
    root: Path

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


def dovecot_binary() -> str:
    binary = shutil.which("dovecot") or ("/usr/sbin/dovecot"
                                         if Path("/usr/sbin/dovecot").exists() else None)
    if binary is None:
        if os.environ.get("CI"):
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


def start(tls: bool) -> tuple[subprocess.Popen[bytes], Server]:
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
    uid = internal_user if os.geteuid() == 0 else str(os.geteuid())
    gid = group if os.geteuid() == 0 else str(os.getegid())
    (root / "dovecot.conf").write_text(f"""\
base_dir = {root}/run
state_dir = {root}/state
instance_name = followup-test-{port}
listen = 127.0.0.1
protocols = imap
{ssl_lines}disable_plaintext_auth = no
auth_mechanisms = plain login
log_path = {root}/dovecot.log
default_login_user = {login_user}
default_internal_user = {internal_user}
default_internal_group = {group}
first_valid_uid = 1
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/home/%u
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  mailbox Drafts {{
    special_use = \\Drafts
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
    return process, Server("127.0.0.1", port, tls, cafile, root)


def stop(process: subprocess.Popen[bytes], root: Path) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    shutil.rmtree(root, ignore_errors=True)

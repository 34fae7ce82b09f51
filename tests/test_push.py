"""`followup push` against a real Dovecot: append, read back, push twice, edits, failures."""

from __future__ import annotations

import email
import imaplib
import json
import ssl
from email import policy

import pytest
from conftest import TODAY, profile
from dovecot import PASSWORD, USER, free_port, start, stop


@pytest.fixture(params=[False, True], ids=["plain", "tls"])
def server(request):
    process, running = start(tls=request.param)
    yield running
    stop(process, running.root)


@pytest.fixture
def plain_server():
    process, running = start(tls=False)
    yield running
    stop(process, running.root)


def _connect(server):
    if server.tls:
        context = ssl.create_default_context(cafile=str(server.cafile))
        imap = imaplib.IMAP4_SSL(server.host, server.port, ssl_context=context)
    else:
        imap = imaplib.IMAP4(server.host, server.port)
    imap.login(USER, PASSWORD)
    return imap


def _drafts(server):
    """Every message in Drafts: its flags and the parsed message."""
    imap = _connect(server)
    imap.select('"Drafts"')
    _, data = imap.uid("SEARCH", "ALL")
    found = []
    for uid in data[0].split():
        _, parts = imap.uid("FETCH", uid.decode(), "(FLAGS BODY.PEEK[])")
        header, body = parts[0]
        found.append((header.decode(), email.message_from_bytes(body, policy=policy.default)))
    imap.logout()
    return found


def _push(run, server, *extra):
    args = ["push", "out", "--imap", server.address, "--user", USER, "--today", TODAY]
    if server.tls:
        args += ["--cafile", str(server.cafile)]
    else:
        args.append("--plaintext")
    return run(*args, *extra)


@pytest.fixture
def drafts(tree, run, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", PASSWORD)
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    return root


def _manifest(root):
    return json.loads((root / "out/manifest.json").read_text())["drafts"]


def test_push_appends_due_drafts_as_drafts_and_they_read_back_the_same(drafts, run, server):
    result = _push(run, server)
    assert result.exit_code == 0, result.output
    due = [r for r in _manifest(drafts) if r["send_on"] and r["send_on"] <= TODAY]
    assert len(due) == 3  # the thank-you notes; the status check is not due
    assert "1 drafts are not due yet and stay out (--all pushes them too)." in result.output
    on_server = _drafts(server)
    assert len(on_server) == 3
    by_id = {message["Message-ID"]: (flags, message) for flags, message in on_server}
    for row in due:
        flags, message = by_id[row["message_id"]]
        assert "\\Draft" in flags
        sent = email.message_from_bytes((drafts / "out" / row["eml"]).read_bytes(),
                                        policy=policy.default)
        assert message["Subject"] == sent["Subject"] == row["subject"]
        assert str(message["To"]) == str(sent["To"])
        text, html = message.iter_parts()
        assert text.get_content() == next(sent.iter_parts()).get_content()
        assert html.get_content_type() == "text/html"
    assert "Drafts folder 'Drafts' on 127.0.0.1: 3 pushed." in result.output
    assert PASSWORD not in result.output


def test_pushing_twice_does_not_duplicate(drafts, run, plain_server):
    _push(run, plain_server)
    result = _push(run, plain_server)
    assert result.exit_code == 0
    assert result.output.count(".eml: already there, unchanged") == 3
    assert len(_drafts(plain_server)) == 3


def test_a_changed_draft_replaces_ours_but_never_one_edited_in_the_client(
        drafts, tree, run, plain_server):
    _push(run, plain_server, "--all")
    assert len(_drafts(plain_server)) == 4
    # The user edits Priya's draft in their mail client (the client saves a new copy).
    imap = _connect(plain_server)
    imap.select('"Drafts"')
    priya = next(r for r in _manifest(drafts) if r["kind"] == "thank-you"
                 and r["recipient"]["name"] == "Priya Raman")
    _, found = imap.uid("SEARCH", "HEADER", "Message-ID", f'"{priya["message_id"]}"')
    uid = found[0].split()[0].decode()
    _, parts = imap.uid("FETCH", uid, "(BODY.PEEK[])")
    edited = parts[0][1].replace(b"Hi Priya,", b"Dear Priya,")
    imap.append('"Drafts"', r"(\Draft)", None, edited)
    imap.uid("STORE", uid, "+FLAGS.SILENT", r"(\Deleted)")
    imap.expunge()
    imap.logout()
    # Our drafts change (another name in every signature), and we push again.
    tree(profile({"candidate.yaml": "name: Jordan Rivers\nemail: jordan@example.com\n"}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    result = _push(run, plain_server, "--all")
    assert result.exit_code == 0, result.output
    assert "acme/thank-you/priya-raman.eml: left alone: edited in your mail client" in (
        result.output)
    assert result.output.count(".eml: replaced (our draft changed)") == 3
    messages = _drafts(plain_server)
    assert len(messages) == 4
    bodies = {m["Message-ID"]: next(m.iter_parts()).get_content() for _, m in messages}
    assert "Dear Priya," in bodies[priya["message_id"]]
    others = [body for mid, body in bodies.items() if mid != priya["message_id"]]
    assert len(others) == 3
    assert not any("Jordan Rivera" in " ".join(body.split()) for body in others)
    assert sum("Jordan Rivers" in " ".join(body.split()) for body in others) >= 3


def test_wrong_password_is_a_clear_error(drafts, run, plain_server, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", "not-it")
    result = _push(run, plain_server)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"the server refused the user name or password for '{USER}' (the password came "
        "from FOLLOWUP_IMAP_PASSWORD); not pushed: "
        "acme/thank-you/dana-lee.eml, acme/thank-you/priya-raman.eml, "
        "acme/thank-you/soren-kjaergaard.eml")
    assert "not-it" not in result.output
    assert _drafts(plain_server) == []


def test_an_untrusted_certificate_is_refused(drafts, run, monkeypatch):
    process, running = start(tls=True)
    try:
        result = run("push", "out", "--imap", running.address, "--user", USER, "--today", TODAY)
        assert result.exit_code == 1
        assert "the TLS certificate of 127.0.0.1:" in result.stderr
        assert "--cafile trusts a private certificate authority" in result.stderr
    finally:
        stop(process, running.root)


def test_a_missing_folder_is_named(drafts, run, plain_server):
    result = _push(run, plain_server, "--folder", "Entwürfe")
    assert result.exit_code == 1
    assert "there is no folder 'Entwürfe' on the server (it has: Drafts, INBOX)" in result.stderr


def test_nothing_listening_is_a_clear_error(drafts, run):
    port = free_port()
    result = run("push", "out", "--imap", f"127.0.0.1:{port}", "--user", USER, "--plaintext",
                 "--today", TODAY)
    assert result.exit_code == 1
    assert f"nothing answers on 127.0.0.1:{port} (connection refused)" in result.stderr


def test_plain_text_only_to_this_machine(drafts, run):
    result = run("push", "out", "--imap", "imap.example.com", "--user", USER, "--plaintext",
                 "--today", TODAY)
    assert result.exit_code == 1
    assert "plain-text IMAP is allowed only to this machine" in result.stderr


def test_dry_run_connects_to_nothing(drafts, run):
    result = run("push", "out", "--imap", "imap.example.com", "--user", USER, "--dry-run",
                 "--all", "--today", TODAY)
    assert result.exit_code == 0
    assert "would push acme/status-check/dana-lee.eml (status-check to Dana Lee)" in result.output
    assert "4 drafts would be pushed." in result.output


def test_a_draft_pushed_then_sent_is_not_pushed_again(drafts, run, plain_server):
    _push(run, plain_server)
    imap = _connect(plain_server)
    imap.select('"Drafts"')
    imap.uid("STORE", "1:*", "+FLAGS.SILENT", r"(\Deleted)")
    imap.expunge()
    imap.logout()
    result = _push(run, plain_server)
    assert result.output.count(".eml: left alone: pushed before and no longer in Drafts") == 3
    assert _drafts(plain_server) == []


def test_a_failure_half_way_keeps_what_was_pushed_and_names_the_rest(drafts, run, plain_server):
    (drafts / "out/acme/thank-you/priya-raman.eml").unlink()
    result = _push(run, plain_server)
    assert result.exit_code == 1
    assert "acme/thank-you/dana-lee.eml: pushed" in result.output
    assert result.stderr.splitlines()[0] == (
        "cannot read acme/thank-you/priya-raman.eml: No such file or directory; not pushed: "
        "acme/thank-you/priya-raman.eml, acme/thank-you/soren-kjaergaard.eml")
    assert len(_drafts(plain_server)) == 1
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    result = _push(run, plain_server)
    assert result.exit_code == 0
    assert "acme/thank-you/dana-lee.eml: already there, unchanged" in result.output
    assert len(_drafts(plain_server)) == 3

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
from hypothesis import example, given
from hypothesis import strategies as st

from generator.mailbox import utf7
from generator.mailbox.pushstate import mailbox_key
from generator.output.previous import read_manifest


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


def _drafts(server, folder='"Drafts"'):
    """Every message in a folder (Drafts unless named as the server spells it): its flags
    and the parsed message."""
    imap = _connect(server)
    imap.select(folder)
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
    return read_manifest(root / "out")[0]


def test_push_appends_due_drafts_as_drafts_and_they_read_back_the_same(drafts, run, server):
    result = _push(run, server)
    assert result.exit_code == 0, result.output
    due = [r for r in _manifest(drafts) if r["send_on"] and r["send_on"] <= TODAY]
    assert len(due) == 3  # the thank-you notes; the status check is not due
    assert "1 draft is not due yet and stays out (--all pushes them too)." in result.output
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


# Folder names outside ASCII: IMAP's modified UTF-7 (RFC 3501 §5.1.3).

@pytest.mark.parametrize(("name", "wire"), [
    ("Entwürfe", "Entw&APw-rfe"),
    ("Brouillons & notes", "Brouillons &- notes"),
    ("~peter/mail/台北/日本語", "~peter/mail/&U,BTFw-/&ZeVnLIqe-"),  # RFC 3501's own example
    ("Черновики", "&BCcENQRABD0EPgQyBDgEOgQ4-"),
    ("😀", "&2D3eAA-"),
    ('Say "hi"', 'Say "hi"'),
])
def test_folder_names_are_spelled_as_imap_spells_them(name, wire):
    assert utf7.encode(name) == wire
    assert utf7.decode(wire) == name


@given(st.text(st.characters(blacklist_categories=("Cs",))))
@example("&&-&-&")
@example("ü&ü")
def test_any_folder_name_round_trips_in_printable_ascii(name):
    wire = utf7.encode(name)
    assert all(" " <= c <= "~" for c in wire)
    assert utf7.decode(wire) == name


@given(st.text("&-+,/AGEZPwxy09 ~\"\\\x7f", max_size=12))
@example("&AGE-")  # "a" in base64: it must stand for itself
@example("&APw-&APw-")  # two runs where one would do
@example("&APx-")  # bits left over
@example("&2D0-")  # a lone surrogate
def test_only_the_canonical_spelling_of_a_name_decodes(wire):
    """No two spellings decode to one name, so the folder a user names is one folder."""
    try:
        name = utf7.decode(wire)
    except ValueError:
        return
    assert utf7.encode(name) == wire


def _create(server, wire):
    imap = _connect(server)
    assert imap.create(wire)[0] == "OK"
    imap.logout()


@pytest.mark.parametrize(("typed", "wire"), [
    ("Entwürfe", '"Entw&APw-rfe"'),
    ('Say "hi"', '"Say \\"hi\\""'),
    ("Entw&APw-rfe", '"Entw&APw-rfe"'),  # as the server spells it works too
])
def test_push_to_a_folder_named_outside_ascii_or_with_quotes(drafts, run, plain_server, typed,
                                                             wire):
    _create(plain_server, wire)
    result = _push(run, plain_server, "--folder", typed)
    assert result.exit_code == 0, result.output
    shown = utf7.decode(typed) if typed.isascii() and "&" in typed else typed
    assert f"Drafts folder {shown!r} on 127.0.0.1: 3 pushed." in result.output
    assert len(_drafts(plain_server, wire)) == 3
    assert _drafts(plain_server) == []


def test_a_drafts_folder_marked_by_the_server_is_named_as_the_user_reads_it(
        drafts, run, monkeypatch):
    process, running = start(tls=False, drafts="Entwürfe")
    try:
        result = _push(run, running)
        assert result.exit_code == 0, result.output
        assert "Drafts folder 'Entwürfe' on 127.0.0.1: 3 pushed." in result.output
        assert len(_drafts(running, '"Entw&APw-rfe"')) == 3
    finally:
        stop(process, running.root)


def test_a_missing_folder_is_named_as_the_user_reads_the_others(drafts, run, plain_server):
    _create(plain_server, '"Entw&APw-rfe"')
    result = _push(run, plain_server, "--folder", "Entwurf")
    assert result.exit_code == 1
    assert ("there is no folder 'Entwurf' on the server (it has: Drafts, Entwürfe, INBOX)"
            in result.stderr)


def test_list_replies_are_read_whether_names_are_atoms_quoted_or_literals():
    from generator.mailbox.folders import list_folders

    class Lister:
        def list(self):
            return "OK", [
                b'(\\HasNoChildren \\Drafts) "/" Entw&APw-rfe',
                b'(\\HasNoChildren) "/" "Say \\"hi\\""',
                b'(\\HasNoChildren) "\\\\" "back\\\\slash"',
                (b'(\\HasNoChildren) "/" {9}', b'Line "{1}'), b"",
                b'(\\Noselect) NIL "&Jjo!"',  # not modified UTF-7: shown as sent
            ]

    found = [(f.name, f.wire, sorted(f.flags)) for f in list_folders(Lister())]
    assert found == [
        ("Entwürfe", "Entw&APw-rfe", ["\\drafts", "\\hasnochildren"]),
        ('Say "hi"', 'Say "hi"', ["\\hasnochildren"]),
        ("back\\slash", "back\\slash", ["\\hasnochildren"]),
        ('Line "{1}', 'Line "{1}', ["\\hasnochildren"]),
        ("&Jjo!", "&Jjo!", ["\\noselect"]),
    ]


# One mailbox however its server is written (issue 20, item 8).

def _push_to(run, server, address, *extra):
    return run("push", "out", "--imap", address, "--user", USER, "--today", TODAY,
               "--plaintext", *extra)


def _empty(server):
    imap = _connect(server)
    imap.select('"Drafts"')
    imap.uid("STORE", "1:*", "+FLAGS.SILENT", r"(\Deleted)")
    imap.expunge()
    imap.logout()


# (A trailing dot, "localhost.", names the same mailbox too, but this machine's resolver
# does not know that name; test_one_mailbox_has_one_name covers it.)
@pytest.mark.parametrize("spelling", ["localhost", "LOCALHOST", "LocalHost", "127.0.0.1"])
def test_a_sent_draft_stays_sent_however_the_server_is_written(drafts, run, plain_server,
                                                               spelling):
    first = "127.0.0.1" if spelling != "127.0.0.1" else "localhost"
    assert _push_to(run, plain_server, f"{first}:{plain_server.port}").exit_code == 0
    _empty(plain_server)  # the user sent (or deleted) all three
    result = _push_to(run, plain_server, f"{spelling}:{plain_server.port}")
    assert result.exit_code == 0, result.output
    assert result.output.count(".eml: left alone: pushed before and no longer in Drafts") == 3
    assert _drafts(plain_server) == []


@pytest.mark.parametrize(("one", "other"), [
    (("imap.example.com", 993), ("IMAP.Example.COM.", 993)),
    (("imap.example.com", 993), ("imap.example.com", 143)),  # IMAPS or STARTTLS: one mailbox
    (("localhost", 1143), ("127.0.0.1", 1143)),
    (("localhost.", 1143), ("127.0.0.1", 1143)),
    (("localhost", 1143), ("::1", 1143)),
    (("127.0.0.1", 1143), ("127.0.0.2", 1143)),  # all of 127/8 is this machine
    (("::1", 1143), ("::ffff:127.0.0.1", 1143)),
    (("bücher.example", 993), ("xn--bcher-kva.example", 993)),
])
def test_one_mailbox_has_one_name(one, other):
    assert mailbox_key(USER, *one) == mailbox_key(USER.upper(), *other)


@pytest.mark.parametrize("other", [("imap.example.org", 993), ("imap.example.com", 1993),
                                   ("10.0.0.1", 993)])
def test_other_mailboxes_keep_their_own_names(other):
    assert mailbox_key(USER, "imap.example.com", 993) != mailbox_key(USER, *other)


def test_the_first_state_format_is_read_under_the_new_names(drafts, run, plain_server):
    assert _push_to(run, plain_server, f"127.0.0.1:{plain_server.port}").exit_code == 0
    state = drafts / "out/.followup-pushed.json"
    mailboxes = json.loads(state.read_text())["mailboxes"]
    [pushed] = [box["pushed"] for box in mailboxes.values()]
    # As the first format wrote it, with the server as it was typed then.
    state.write_text(json.dumps({f"{USER}@LOCALHOST:{plain_server.port}": pushed}))
    _empty(plain_server)
    result = _push_to(run, plain_server, f"127.0.0.1:{plain_server.port}")
    assert result.output.count(".eml: left alone: pushed before and no longer in Drafts") == 3
    assert _drafts(plain_server) == []


# A draft is its person, not its file name (issue 20, item 10).

ALEX = "- name: Alex Kim\n  email: alex.kim@acme.example\n  discussion_points:\n    - retries\n"
NEWCOMER = "- name: Alex Kim\n  email: akim@acme.example\n  discussion_points:\n    - queues\n"


def test_a_namesake_added_above_is_pushed_and_the_one_already_sent_is_not(
        tree, run, plain_server, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", PASSWORD)
    root = tree(profile({"acme/interviewers.yaml": ALEX}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert "acme/thank-you/alex-kim.eml: pushed" in _push(run, plain_server).output
    _empty(plain_server)  # the user sent both thank-yous
    tree(profile({"acme/interviewers.yaml": NEWCOMER + ALEX}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    result = _push(run, plain_server)
    assert result.exit_code == 0, result.output
    # alex-kim.eml is now the newcomer's; the first Alex (already thanked) is alex-kim-2.
    assert "acme/thank-you/alex-kim.eml: pushed" in result.output
    assert "acme/thank-you/alex-kim-2.eml: left alone: pushed before" in result.output
    [(_, message)] = _drafts(plain_server)
    assert message["To"].addresses[0].addr_spec == "akim@acme.example"
    assert (root / "out").is_dir()


def _as_an_earlier_version_pushed(root, server):
    """Put the due drafts in Drafts under the ids earlier versions gave them (from file
    names), with the push state those versions wrote; {file: old id}."""
    from generator.mailbox.imap import _digest
    from generator.output.mime import legacy_message_id

    imap = _connect(server)
    state, olds = {}, {}
    for row in _manifest(root):
        if row["kind"] != "thank-you":
            continue
        old = legacy_message_id("jordan@example.com", "acme", "thank-you",
                                row["eml"].rsplit("/", 1)[1].removesuffix(".eml"))
        data = (root / "out" / row["eml"]).read_bytes().replace(
            row["message_id"].encode(), old.encode())
        assert old.encode() in data
        imap.append('"Drafts"', r"(\Draft)", None, data)
        state[old] = _digest(data)
        olds[row["eml"]] = old
    imap.logout()
    (root / "out/.followup-pushed.json").write_text(
        json.dumps({f"{USER}@{server.host}:{server.port}": state}))
    return olds


def test_drafts_an_earlier_version_pushed_are_recognised_by_their_old_ids_once(
        drafts, run, plain_server):
    olds = _as_an_earlier_version_pushed(drafts, plain_server)
    imap = _connect(plain_server)
    imap.select('"Drafts"')
    # The user sent Priya's note, and edited Søren's in their mail client.
    _, found = imap.uid("SEARCH", "HEADER", "Message-ID",
                        f'"{olds["acme/thank-you/priya-raman.eml"]}"')
    imap.uid("STORE", found[0].decode(), "+FLAGS.SILENT", r"(\Deleted)")
    _, found = imap.uid("SEARCH", "HEADER", "Message-ID",
                        f'"{olds["acme/thank-you/soren-kjaergaard.eml"]}"')
    _, parts = imap.uid("FETCH", found[0].decode(), "(BODY.PEEK[])")
    imap.append('"Drafts"', r"(\Draft)", None, parts[0][1].replace(b"Hi S", b"Dear S"))
    imap.uid("STORE", found[0].decode(), "+FLAGS.SILENT", r"(\Deleted)")
    imap.expunge()
    imap.logout()

    result = _push(run, plain_server)
    assert result.exit_code == 0, result.output
    assert "priya-raman.eml: left alone: pushed before and no longer in Drafts" in result.output
    assert "soren-kjaergaard.eml: left alone: edited in your mail client" in result.output
    assert "dana-lee.eml: replaced" in result.output
    note = ("3 drafts pushed by an earlier version of followup were recognised by their old "
            "Message-ID")
    assert result.output.count(note) == 1
    on_server = {m["Message-ID"]: m for _, m in _drafts(plain_server)}
    dana = next(r for r in _manifest(drafts) if r["eml"] == "acme/thank-you/dana-lee.eml")
    assert set(on_server) == {olds["acme/thank-you/soren-kjaergaard.eml"], dana["message_id"]}

    again = _push(run, plain_server)
    assert note not in again.output  # said once
    assert "priya-raman.eml: left alone: pushed before" in again.output
    assert "soren-kjaergaard.eml: left alone: edited in your mail client" in again.output
    assert "dana-lee.eml: already there, unchanged" in again.output
    assert len(_drafts(plain_server)) == 2


@pytest.mark.parametrize("first_format", [True, False])
def test_a_draft_path_through_a_symlink_loop_is_never_a_traceback(drafts, run, plain_server,
                                                                  first_format):
    out = drafts / "out"
    manifest = json.loads((out / "acme/manifest.json").read_text())
    [row] = [r for r in manifest["drafts"] if r["eml"] == "acme/thank-you/dana-lee.eml"]
    row["eml"] = "acme/a/b.eml"
    (out / "acme/manifest.json").write_text(json.dumps(manifest))
    (out / "acme/a").symlink_to("a")  # a -> a
    if first_format:  # push then looks for the drafts an earlier version pushed in each .eml
        (out / ".followup-pushed.json").write_text(json.dumps(
            {f"{USER}@{plain_server.host}:{plain_server.port}": {"<old@example.com>": "0"}}))
    result = _push(run, plain_server)  # raises, were it a traceback (catch_exceptions=False)
    assert result.exit_code == 1
    assert "cannot read acme/a/b.eml" in result.stderr


def test_ids_of_the_first_format_are_looked_for_until_each_is_adopted(drafts, run,
                                                                      plain_server):
    from generator.mailbox import pushstate

    out = drafts / "out"
    olds = _as_an_earlier_version_pushed(drafts, plain_server)
    state = pushstate.load(out)
    [mailbox] = state.mailboxes.values()
    assert mailbox.legacy == set(olds.values())
    assert pushstate.adopt(out, mailbox) == 3
    state.save()
    [mailbox] = pushstate.load(out).mailboxes.values()
    assert mailbox.legacy == set() and len(mailbox.before) == 3
    assert pushstate.adopt(out, mailbox) == 0

"""Saved mailbox accounts: `account add` and `account list`, the file they write, and `push
--account` against a real Dovecot, with a password passdb and with its oauth2 passdb (tokens
validated locally), the secret coming from a command, the keyring, the environment or a prompt.
No secret may show in any output, log or file we write."""

from __future__ import annotations

import imaplib
import logging
import shlex
import ssl
import stat
import textwrap

import keyring
import pytest
from click.testing import CliRunner
from conftest import REPO, TODAY, profile
from dovecot import PASSWORD, USER, start, stop, token
from keyrings.alt.file import PlaintextKeyring

from generator.cli import main
from generator.mailbox.accounts import Settings, config_file, load
from generator.mailbox.presets import PRESETS, preset_for


@pytest.fixture(autouse=True)
def config(tmp_path, monkeypatch):
    """The accounts file, in tmp_path; no password in the environment."""
    path = tmp_path / "config/followup/accounts.yaml"
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(path))
    monkeypatch.delenv("FOLLOWUP_IMAP_PASSWORD", raising=False)
    return path


@pytest.fixture
def vault(tmp_path):
    """Where secrets live in these tests (the keyring's file, a token file): outside the tree
    that is searched for leaked secrets."""
    folder = tmp_path.parent / f"{tmp_path.name}-vault"
    folder.mkdir()
    return folder


@pytest.fixture(autouse=True)
def file_keyring(vault, monkeypatch):
    """The system keyring, as a plain file in the vault (keyrings.alt's PlaintextKeyring), so
    no test reads or writes the keyring of whoever runs them. It is chosen the way a user
    would choose it (PYTHON_KEYRING_BACKEND): followup refuses a plain file nobody chose."""
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
    backend = PlaintextKeyring()
    backend.file_path = str(vault / "keyring.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def invoke(*args, input=None):
    return CliRunner().invoke(main, list(args), input=input, catch_exceptions=False)


def write_accounts(path, text):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))


def account_for(server, **settings):
    """The lines of one account `test` on the running Dovecot."""
    lines = {"host": server.host, "port": server.port, "user": USER,
             "security": "tls" if server.tls else "plain", **settings}
    if server.tls:
        lines["cafile"] = str(server.cafile)
    return "accounts:\n  test:\n" + "".join(f"    {k}: {v}\n" for k, v in lines.items())


def assert_nowhere(secret, root, caplog, *outputs):
    """The secret is in no output, no log record, and no file under root (drafts, manifest,
    push state, the accounts file)."""
    assert secret
    for output in outputs:
        assert secret not in output
    assert secret not in caplog.text
    files = [p for p in root.rglob("*") if p.is_file()]
    assert any(p.name == "manifest.json" for p in files)
    assert any(p.name == "accounts.yaml" for p in files)
    for path in files:
        assert secret.encode() not in path.read_bytes(), path


def logins(server):
    log = (server.root / "dovecot.log").read_text()
    return [line.split("method=")[1].split(",")[0] for line in log.splitlines()
            if "Login: user=" in line]


def on_server(server, password=PASSWORD, folder="Drafts"):
    """How many messages the folder holds, asked over a connection of our own."""
    if server.tls:
        context = ssl.create_default_context(cafile=str(server.cafile))
        imap = imaplib.IMAP4_SSL(server.host, server.port, ssl_context=context)
    else:
        imap = imaplib.IMAP4(server.host, server.port)
    if server.oauth2 == "oauthbearer":
        imap.authenticate("OAUTHBEARER",
                          lambda _: f"n,a={USER},\x01auth=Bearer {token()}\x01\x01")
    elif server.oauth2:
        imap.authenticate("XOAUTH2", lambda _: f"user={USER}\x01auth=Bearer {token()}\x01\x01")
    else:
        imap.login(USER, password)
    imap.select(f'"{folder}"')
    _, data = imap.uid("SEARCH", "ALL")
    imap.logout()
    return len(data[0].split())


@pytest.fixture
def drafts(tree, run, caplog):
    caplog.set_level(logging.DEBUG)
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    return root


def push(*extra, input=None):
    return invoke("push", "out", "--today", TODAY, *extra, input=input)


# --- account add and list -------------------------------------------------------------------

def test_account_add_for_gmail_asks_the_address_and_how_to_get_a_token(config):
    result = invoke("account", "add", input="jordan@gmail.com\n\n\npizauth show gmail\n")
    assert result.exit_code == 0, result.output
    assert "Gmail: imap.gmail.com:993 (tls); you need an OAuth2 token tool" in result.stderr
    assert result.stdout.splitlines()[-1] == "Push with: followup push drafts --account gmail"
    assert config.read_text().split("accounts:\n")[1] == (
        "  gmail:\n"
        "    preset: gmail\n"
        "    host: imap.gmail.com\n"
        "    port: 993\n"
        "    security: tls\n"
        "    user: jordan@gmail.com\n"
        "    auth: oauth2\n"
        '    token_command: "pizauth show gmail"\n')
    assert stat.S_IMODE(config.stat().st_mode) == 0o600
    assert stat.S_IMODE(config.parent.stat().st_mode) == 0o700
    listed = invoke("account", "list")
    assert listed.stdout == (
        "gmail: jordan@gmail.com on imap.gmail.com:993 (tls); OAuth2 token from "
        f"`pizauth show gmail`\n1 account in {config}.\n")
    (saved,) = load(config)
    assert saved.drafts == "[Gmail]/Drafts"  # where Gmail marks no folder as \Drafts


def test_account_add_keeps_a_typed_password_in_the_keyring_and_out_of_the_file(
        config, file_keyring, caplog):
    secret = "abcd-efgh-ijkl-mnop"
    result = invoke("account", "add", "mine", input=f"jordan@icloud.com\n\n{secret}\n")
    assert result.exit_code == 0, result.output
    assert "you need an app-specific password" in result.stderr
    assert "The password is in the system keyring (file PlaintextKeyring)." in result.stderr
    assert keyring.get_password("followup", "jordan@icloud.com") == secret
    assert secret not in result.output + config.read_text() + caplog.text
    assert "    password_from: [keyring, prompt]\n" in config.read_text()
    assert stat.S_IMODE(config.stat().st_mode) == 0o600


def test_account_add_for_another_provider_asks_for_the_server(config):
    answers = "me@example.org\nother\n\nstarttls\nmail.example.org\n\nDrafts\n\ncommand\n" \
              "pass show mail/example\n"
    result = invoke("account", "add", input=answers)
    assert result.exit_code == 0, result.output
    (saved,) = load(config)
    assert saved == Settings("example", "mail.example.org", 143, "me@example.org",
                             "starttls", "Drafts", None, "password", ("command",),
                             "pass show mail/example")


def test_account_add_refuses_a_name_already_taken(config):
    write_accounts(config, """\
        accounts:
          gmail: {host: imap.gmail.com, user: a@gmail.com, password_from: [env]}
        """)
    result = invoke("account", "add", "gmail", input="b@gmail.com\n")
    assert result.exit_code == 1
    assert f"there is already an account named 'gmail' in {config}" in result.stderr
    assert "Suggested" not in result.output
    result = invoke("account", "add", input="b@gmail.com\n\npassword\nenv\n")
    assert result.exit_code == 0, result.output
    assert [a.name for a in load(config)] == ["gmail", "gmail-2"]


def test_account_add_asks_again_after_a_wrong_answer(config):
    result = invoke("account", "add", input="jordan@\njordan@fastmail.com\n\nsomewhere\nenv\n")
    assert result.exit_code == 0, result.output
    assert "that is not an email address (expected name@example.com)" in result.stderr
    assert "please answer one of keyring, command, env, prompt" in result.stderr
    # A rejected answer is never repeated: piped in the wrong order, it may be a password.
    assert "'somewhere'" not in result.output and "'jordan@'" not in result.output
    assert load(config)[0].password_from == ("env", "prompt")


def test_account_list_without_accounts_says_how_to_add_one(config):
    assert invoke("account", "list").stdout == (
        f"No accounts yet ({config}); `followup account add` saves one.\n")


def test_the_file_is_in_the_platforms_config_folder(monkeypatch, tmp_path):
    monkeypatch.delenv("FOLLOWUP_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert config_file() == tmp_path / "xdg/followup/accounts.yaml"


@pytest.mark.parametrize(("address", "preset"), [
    ("a@gmail.com", "gmail"), ("a@Outlook.com", "microsoft"), ("a@hotmail.com", "microsoft"),
    ("a@me.com", "icloud"), ("a@fastmail.com", "fastmail"), ("a@yahoo.com", "yahoo"),
    ("a@example.org", None)])
def test_presets_are_found_by_the_address(address, preset):
    assert preset_for(address) == preset


def test_every_preset_says_server_folder_and_sign_in():
    for preset in PRESETS.values():
        assert preset.host.startswith("imap") or preset.host.startswith("outlook")
        assert (preset.port, preset.security) == (993, "tls")
        assert preset.drafts and preset.auths
    assert PRESETS["microsoft"].auths == ("oauth2",)  # passwords are refused there


# --- mistakes in the file, and choosing an account ---------------------------------------------

@pytest.mark.parametrize(("text", "problem"), [
    ("accounts:\n  work:\n    host: h.example\n    user: u\n    pasword_command: x\n",
     ":5: accounts.work.pasword_command: unknown setting; the settings are preset, host"),
    ("accounts:\n  work:\n    host: h.example\n    user: u\n    auth: oauth\n",
     ":5: accounts.work.auth: 'oauth' is not one of password, oauth2"),
    ("accounts:\n  work:\n    host: h.example\n    user: u\n    auth: oauth2\n",
     ":3: accounts.work: is missing token_command (a command that prints an access token)"),
    ("accounts:\n  work:\n    preset: gmail\n    password_from: [keyring]\n",
     ":3: accounts.work: is missing user"),
    ("accounts:\n  work:\n    preset: gmail\n    user: u\n    password_from: [keyring, vault]\n",
     ":5: accounts.work.password_from: text 'vault' is not one of keyring, command, env, prompt"),
    ("accounts:\n  work:\n    preset: gmail\n    user: u\n    password_from: [command]\n",
     ":5: accounts.work.password_from: lists command, but there is no password_command"),
    ("accounts:\n  work:\n    host: mail.example\n    user: u\n    security: plain\n",
     ":5: accounts.work.security: plain is allowed only to this machine"),
    ("accounts:\n  work:\n    host: h.example\n    user: u\n    port: 99999\n",
     ":5: accounts.work.port: '99999' is not a port number"),
    ("accounts:\n  work:\n    host: h.example\n    user: u\n    user: v\n",
     ":5: accounts.work.user: is set twice; keep one"),
    ("accounts:\n  work: {host: h.example, user: u}\n  work: {host: h.example, user: v}\n",
     ":3: accounts.work: is a second account of that name; rename one"),
    ("account:\n  work: {}\n", ":1: should hold one key, `accounts:`"),
    ("accounts:\n  - work\n", ":2: accounts: should be a mapping of account names, not a list"),
    ("accounts:\n  work:\n    host: [a, b]\n",
     ":3: accounts.work.host: should be text, not a list"),
])
def test_a_mistake_in_the_file_names_its_line_and_setting(drafts, config, text, problem):
    write_accounts(config, text)
    result = push()
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert result.stderr.startswith("config/followup/accounts.yaml" + problem), result.stderr


def test_every_mistake_in_the_file_is_reported_at_once(drafts, config):
    write_accounts(config, """\
        accounts:
          a:
            host: h.example
            user: u
            colour: blue
          b:
            preset: yahoo
            user: u
            auth: magic
        """)
    lines = push().stderr.splitlines()
    assert lines[0].startswith("config/followup/accounts.yaml:5: accounts.a.colour: unknown")
    assert lines[1].startswith("config/followup/accounts.yaml:9: accounts.b.auth: 'magic'")
    assert lines[2] == "followup: 2 problems; nothing was written."


def test_an_unknown_account_is_named_with_the_ones_there_are(drafts, config):
    write_accounts(config, """\
        accounts:
          home: {preset: gmail, user: a@gmail.com, password_command: pass show home}
          work: {preset: microsoft, user: a@outlook.com, token_command: pizauth show work}
        """)
    result = push("--account", "job")
    assert result.exit_code == 1
    assert result.stderr.startswith(f"no account named 'job' in {config} (there are: home, "
                                    "work)")
    result = push()
    assert result.stderr.startswith("2 accounts are saved (home, work); choose one with "
                                    "--account NAME")
    assert push("--account", "work", "--dry-run").exit_code == 0


def test_without_accounts_push_says_how_to_save_one(drafts):
    result = push()
    assert result.exit_code == 1
    assert result.stderr.startswith("no mailbox account saved yet: `followup account add`")


def test_imap_and_account_options_do_not_mix(drafts, config):
    assert "give --account or --imap, not both" in push(
        "--account", "a", "--imap", "h", "--user", "u").stderr
    assert "--user, --starttls and --plaintext go with --imap" in push("--user", "u").stderr


# --- push --account against a real Dovecot ----------------------------------------------------

@pytest.fixture
def password_server():
    process, running = start(tls=True)
    yield running
    stop(process, running.root)


@pytest.fixture(params=[("xoauth2", False), ("oauthbearer", True)],
                ids=["xoauth2-plain", "oauthbearer-tls"])
def oauth_server(request):
    mechanism, tls = request.param
    process, running = start(tls=tls, oauth2=mechanism)
    yield running
    stop(process, running.root)


def test_an_oauth2_token_from_a_command_signs_in_and_pushes(
        drafts, config, vault, oauth_server, caplog):
    secret = token()
    (vault / "token").write_text(secret + "\n")
    write_accounts(config, account_for(oauth_server, auth="oauth2",
                                       token_command=f"cat {shlex.quote(str(vault / 'token'))}"))
    result = push()
    assert result.exit_code == 0, result.output
    assert "Drafts folder 'Drafts' on 127.0.0.1: 3 pushed." in result.stdout
    assert logins(oauth_server) == [oauth_server.oauth2.upper()]
    assert on_server(oauth_server) == 3
    assert_nowhere(secret, drafts, caplog, result.output)


def test_oauthbearer_is_chosen_where_the_server_offers_both(drafts, config, vault, caplog):
    process, server = start(tls=False, oauth2="xoauth2 oauthbearer")
    try:
        write_accounts(config, account_for(server, auth="oauth2",
                                           token_command=f"echo {token()}"))
        assert push().exit_code == 0
        assert logins(server) == ["OAUTHBEARER"]
    finally:
        stop(process, server.root)


def test_an_expired_token_is_refused_with_a_message_to_refresh_it(
        drafts, config, vault, oauth_server, caplog):
    secret = token(lifetime=-120)
    (vault / "token").write_text(secret)
    command = f"cat {shlex.quote(str(vault / 'token'))}"
    write_accounts(config, account_for(oauth_server, auth="oauth2", token_command=command))
    result = push()
    assert result.exit_code == 1
    mechanism = oauth_server.oauth2.upper()
    assert result.stderr.splitlines()[0].startswith(
        f"the server refused the OAuth2 access token from `{command}` for '{USER}' "
        f"({mechanism}): it has expired, been revoked or is for another account; get a fresh "
        "one from your token tool (with pizauth, `pizauth refresh ACCOUNT`) and push again; "
        "not pushed: acme/thank-you/dana-lee.eml")
    assert "Token has expired" in (oauth_server.root / "dovecot.log").read_text()
    assert_nowhere(secret, drafts, caplog, result.output)


def test_a_token_for_another_user_is_refused(drafts, config, oauth_server, caplog):
    write_accounts(config, account_for(oauth_server, auth="oauth2",
                                       token_command=f"echo {token('someone@example.com')}"))
    result = push()
    assert result.exit_code == 1
    assert "the server refused the OAuth2 access token from `echo " in result.stderr


def test_a_password_from_a_command_signs_in(drafts, config, vault, password_server, caplog):
    (vault / "pass").write_text(PASSWORD + "\nurl: https://example.com\n")
    command = f"head -3 {shlex.quote(str(vault / 'pass'))}"  # the first line is the password
    write_accounts(config, account_for(password_server, password_command=command))
    result = push()
    assert result.exit_code == 0, result.output
    assert logins(password_server) == ["PLAIN"]
    assert on_server(password_server) == 3
    assert_nowhere(PASSWORD, drafts, caplog, result.output)


@pytest.mark.parametrize(("command", "problem"), [
    ("echo oops >&2; exit 3", "`echo oops >&2; exit 3` failed (exit status 3); run it yourself "
                              "to see why, then push again"),
    ("printf ''", "`printf ''` printed no password; it should print one on its first line"),
    ("no-such-command-here", "`no-such-command-here` failed (exit status 127, command not found)"),
])
def test_a_failing_password_command_is_named_where_it_is_set(drafts, config, command, problem):
    write_accounts(config, f"""\
        accounts:
          work:
            host: 127.0.0.1
            security: plain
            user: u
            password_command: "{command}"
        """)
    result = push()
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"config/followup/accounts.yaml:6: accounts.work.password_command: {problem}")


def test_a_failing_token_command_is_named_too(drafts, config):
    write_accounts(config, """\
        accounts:
          work: {preset: microsoft, user: a@outlook.com, token_command: "exit 1"}
        """)
    result = push()
    assert result.stderr.startswith("config/followup/accounts.yaml:2: "
                                    "accounts.work.token_command: `exit 1` failed")


def test_a_password_from_the_keyring_signs_in(
        drafts, config, file_keyring, password_server, caplog):
    keyring.set_password("followup", USER, PASSWORD)
    write_accounts(config, account_for(password_server, password_from="[keyring]"))
    result = push()
    assert result.exit_code == 0, result.output
    assert on_server(password_server) == 3
    assert_nowhere(PASSWORD, drafts, caplog, result.output)


def test_a_wrong_password_says_where_it_came_from(drafts, config, file_keyring, password_server):
    keyring.set_password("followup", USER, "not-it")
    write_accounts(config, account_for(password_server))
    result = push()
    assert result.exit_code == 1
    assert result.stderr.startswith(f"the server refused the user name or password for '{USER}'"
                                    " (the password came from the system keyring)")
    assert "not-it" not in result.output


def test_the_sources_are_tried_in_the_order_given(
        drafts, config, file_keyring, password_server, monkeypatch, caplog):
    # Nothing in the keyring, so the environment's password is the one used...
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", PASSWORD)
    write_accounts(config, account_for(password_server, password_from="[keyring, env]"))
    assert push().exit_code == 0
    # ...and with neither, the error says where we looked.
    monkeypatch.delenv("FOLLOWUP_IMAP_PASSWORD")
    result = push("--all")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"config/followup/accounts.yaml:7: accounts.test.password_from: no password for "
        f"'{USER}': the system keyring has no password for '{USER}' (`keyring set followup "
        f"{USER}` stores one); FOLLOWUP_IMAP_PASSWORD is not set")


def test_a_password_typed_at_the_prompt_is_not_shown(drafts, config, password_server, caplog):
    write_accounts(config, account_for(password_server, password_from="[prompt]"))
    result = push(input=PASSWORD + "\n")
    assert result.exit_code == 0, result.output
    assert f"IMAP password for {USER} on 127.0.0.1" in result.stderr
    assert_nowhere(PASSWORD, drafts, caplog, result.output)


def test_a_presets_drafts_folder_is_used_where_the_server_marks_none(
        drafts, config, monkeypatch):
    # Yahoo's Drafts folder is called "Draft"; here the server does not mark it \Drafts.
    process, server = start(tls=False, drafts="Draft", flagged=False)
    try:
        monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", PASSWORD)
        write_accounts(config, account_for(server, preset="yahoo", password_from="[env]"))
        result = push()
        assert result.exit_code == 0, result.output
        assert "Drafts folder 'Draft' on 127.0.0.1: 3 pushed." in result.stdout
        assert on_server(server, folder="Draft") == 3
    finally:
        stop(process, server.root)


def test_the_readmes_example_file_reads_as_it_says(config):
    readme = (REPO / "README.md").read_text()
    section = readme.split("**Mailbox accounts.**")[1]
    example = section.split("```yaml\n")[1].split("```")[0]
    write_accounts(config, example)
    gmail, work = load(config)
    assert (gmail.host, gmail.port, gmail.auth, gmail.drafts) == (
        "imap.gmail.com", 993, "oauth2", "[Gmail]/Drafts")
    assert gmail.token_command == "pizauth show gmail"
    assert (work.port, work.security, work.folder) == (993, "tls", "Drafts")
    assert work.password_from == ("keyring", "command", "env", "prompt")


def test_a_password_outside_ascii_is_a_clear_error(drafts, config, password_server, caplog):
    secret = "pässwörd-1"
    write_accounts(config, account_for(password_server, password_command=f"echo {secret}"))
    result = push()
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"the user name or password for '{USER}' (the password came from `echo {secret}`) has "
        "letters outside ASCII, which IMAP's LOGIN cannot send")


def test_account_add_asks_the_same_questions_in_the_same_order_for_every_provider(config):
    # The name comes right after the address for every provider, so answers piped for one
    # provider never land a password on a question that would echo it.
    for address in ("jordan@gmail.com", "jordan@outlook.com", "jordan@fastmail.com"):
        err = invoke("account", "add", input=f"{address}\n\n").stderr
        name = err.index("Name for this account")
        later = [err.index(q) for q in ("Sign in with", "Where the password comes from",
                                        "Command that prints")
                 if q in err]
        assert err.index("Email address") < name and later and name < min(later), err


def test_a_plain_file_keyring_nobody_chose_is_refused(config, monkeypatch):
    # keyring falls back to keyrings.alt's file when no Keychain or Secret Service is there;
    # "kept in the system keyring" would then be a plaintext file the user never chose.
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND")
    monkeypatch.setattr("keyring.core.load_config", lambda: None)
    secret = "abcd-efgh-ijkl-mnop"
    result = invoke("account", "add", "mine",
                    input=f"jordan@icloud.com\n\n{secret}\ncommand\npass show icloud\n")
    assert result.exit_code == 0, result.output
    assert "there is no secure system keyring here (only file PlaintextKeyring)" in result.stderr
    assert keyring.get_password("followup", "jordan@icloud.com") is None
    assert load(config)[0].password_from == ("command",)


def test_account_add_says_before_asking_when_the_accounts_file_cannot_be_written(tmp_path,
                                                                                   monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("FOLLOWUP_CONFIG", str(blocker / "accounts.yaml"))
    result = invoke("account", "add", input="")
    assert result.exit_code == 1
    assert "cannot keep the accounts file there" in result.stderr
    assert "Email address" not in result.stderr  # no questions asked in vain
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command,says", [
    ("yes", "printed more than 64 KB"),
    ("sleep 30", "did not finish in 1 seconds"),
    ("no-such-command-here", "command not found"),
])
def test_a_secret_command_is_bounded_in_output_and_time(command, says):
    from generator.errors import FollowupError
    from generator.mailbox.credentials import Where, run_command

    with pytest.raises(FollowupError) as caught:
        run_command(command, "access token", Where(), timeout=1)
    assert says in str(caught.value)


def test_a_token_command_s_output_is_trimmed_and_one_line_in_messages():
    from generator.mailbox.credentials import Where, run_command

    secret = run_command("printf '  tok-123  \\n'", "access token", Where())
    assert secret.value == "tok-123"
    assert "\n" not in run_command("printf 'x\\n'\n", "access token", Where()).source


def test_a_port_of_non_ascii_digits_is_a_clear_error(config):
    write_accounts(config, """\
        accounts:
          mine: {host: mail.example.org, user: a@example.org, port: "²", password_from: [env]}
        """)
    result = invoke("account", "list")
    assert result.exit_code == 1
    assert "'²' is not a port number" in result.stderr

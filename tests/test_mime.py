"""The .eml drafts and the mbox: parsed back with the email package, header by header."""

from __future__ import annotations

import email
import json
import mailbox
from email import policy

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile

from generator.compose.render import Draft
from generator.errors import FollowupError
from generator.output.mime import build_message, mbox, message_id


def _draft(name="Priya Raman", email_="priya@acme.example", subject="Thank you", **kw):
    return Draft(application="acme", kind="thank-you", variant="standard", audience="interviewer",
                 recipient_name=name, recipient_email=email_, slug="priya-raman",
                 subject=subject, html="<p>Hi</p>", text="Hi\n", **kw)


MID = "<fixed.followup@example.com>"


def _build(draft, name, address, **kw):
    return build_message(draft, name, address, message_id=MID, **kw)


def _parse(data: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(data, policy=policy.default)  # type: ignore[return-value]


@pytest.mark.parametrize("name", [
    "Søren Kjærgaard", "王小龙", "Conan O'Brien", "Smith, John", "Zoë \"Zed\" Müller",
    "Ωμέγα", "José María Núñez-Ñandú",
])
def test_any_name_round_trips_as_one_address(name):
    message = _parse(_build(_draft(name=name), "Jordan Rivera", "jordan@example.com"))
    [to] = message["To"].addresses
    assert (to.display_name, to.addr_spec) == (name, "priya@acme.example")
    assert message["From"].addresses[0].display_name == "Jordan Rivera"


def test_message_is_an_unsent_multipart_alternative_with_text_first():
    data = _build(_draft(subject="Danke für Ihre Zeit"), "Jordan", "jordan@example.com")
    message = _parse(data)
    assert message.get_content_type() == "multipart/alternative"
    text, html = message.iter_parts()
    assert text.get_content_type() == "text/plain"
    assert text.get_content().replace("\r\n", "\n") == "Hi\n"
    assert html.get_content_type() == "text/html"
    assert html.get_content().replace("\r\n", "\n") == "<p>Hi</p>"
    assert message["X-Unsent"] == "1"
    assert message["Date"] is None
    assert message["Subject"] == "Danke für Ihre Zeit"
    assert message["Message-ID"] == MID
    assert message["In-Reply-To"] is None and message["References"] is None
    assert data.isascii()  # 7-bit clean: safe for any server and any IMAP APPEND


def test_a_long_subject_is_folded_and_reads_back_whole():
    subject = "Thank you for letting me know: Senior Backend Engineer at Acme Robotics, Zürich"
    data = _build(_draft(subject=subject), "J", "j@example.com")
    assert b"\r\n Robotics" in data or b"\r\n =?utf-8?b?" in data  # folded
    assert _parse(data)["Subject"] == subject


def test_same_draft_same_bytes():
    assert _build(_draft(), "J", "j@example.com") == _build(_draft(), "J", "j@example.com")


def test_message_ids_differ_by_person_kind_and_candidate_only():
    base = message_id("j@example.com", "acme", "thank-you", "priya-raman")
    assert base == message_id("J@Example.com", "acme", "thank-you", "priya-raman")
    assert base.endswith(".followup@example.com>")
    others = {message_id("k@example.com", "acme", "thank-you", "priya-raman"),
              message_id("j@example.com", "beta", "thank-you", "priya-raman"),
              message_id("j@example.com", "acme", "status-check/first", "priya-raman"),
              message_id("j@example.com", "acme", "thank-you", "dana-lee")}
    assert base not in others and len(others) == 4


def test_a_reply_carries_in_reply_to_and_references():
    message = _parse(_build(_draft(), "J", "j@example.com", references=["<a@x>", "<b@x>"]))
    assert message["In-Reply-To"] == "<b@x>"
    assert message["References"] == "<a@x> <b@x>"


def test_non_ascii_domain_is_encoded_with_idna():
    message = _parse(_build(_draft(email_="anna@bücher.example"), "J", "j@example.com"))
    assert message["To"].addresses[0].domain == "xn--bcher-kva.example"


def test_no_email_means_no_to_header():
    assert _parse(_build(_draft(email_=None), "J", "j@example.com"))["To"] is None


@pytest.mark.parametrize("field,value", [
    ("name", "=?utf-8?q?hi=0D=0ABcc:_victim@evil.example?="),
    ("subject", "Thanks =?utf-8?q?x=0D=0ABcc:_victim@evil.example?="),
    ("subject", "Thanks\r\nBcc: victim@evil.example"),
    ("name", "Priya\x00Raman"),
    ("subject", "Thanks\nBcc: victim@evil.example"),
])
def test_header_injection_is_refused(field, value):
    draft = _draft(**{"name" if field == "name" else "subject": value})
    with pytest.raises(FollowupError, match=r"encoded mail header|control character"):
        _build(draft, "Jordan", "jordan@example.com")


def test_non_ascii_local_part_is_a_clear_error():
    with pytest.raises(FollowupError, match="outside ASCII before the @"):
        _build(_draft(email_="søren@acme.example"), "J", "j@example.com")


def test_encoded_words_in_yaml_names_are_refused_with_their_line(tree, run):
    tree(profile({"acme/interviewers.yaml": INTERVIEWERS.replace(
        "Priya Raman", "=?utf-8?q?hi=0D=0ABcc:_victim@evil.example?=")}))
    result = run("drafts", "profiles", "-o", "out")
    assert result.stderr.splitlines()[0] == (
        "profiles/acme/interviewers.yaml:1: interviewers[0].name: looks like an encoded mail "
        "header (=?…?=); write plain text")


def test_every_draft_has_an_eml_and_each_application_an_mbox(tree, run):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    emls = sorted((root / "out/acme").rglob("*.eml"))
    assert len(emls) == 4
    box = mailbox.mbox(root / "out/acme/drafts.mbox")
    ids = sorted(message["Message-ID"] for message in box)
    assert ids == sorted(_parse(path.read_bytes())["Message-ID"] for path in emls)
    for message in box:
        assert message["X-Unsent"] == "1"


def test_mbox_quotes_from_lines():
    data = mbox([(b"Subject: x\r\n\r\nFrom here\r\n>From there\r\n", "2026-11-20")])
    assert data.startswith(b"From followup@localhost Fri Nov 20 09:00:00 2026\nStatus: RO\n")
    assert data.endswith(b"Subject: x\n\n>From here\n>>From there\n\n")


def test_the_mbox_imports_in_sending_order_dated_read_and_as_drafts(tree, run):
    # Mail clients list an imported mbox by its From-line dates and flags: the thank-yous
    # first, then the status check, each on its day, read, and a draft to edit and send.
    root = tree(profile({"acme/role.yaml": ROLE + "decision_expected: 2026-12-04\n"}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    rows = json.loads((root / "out/manifest.json").read_text())["drafts"]
    box = mailbox.mbox(root / "out/acme/drafts.mbox")
    messages = list(box)
    days = [message.get_from().split(" ", 1)[1] for message in messages]
    assert days[0].startswith("Fri Nov 20 09:00:00 2026")
    assert days[-1].startswith("Tue Dec 08 09:00:00 2026")  # the status check's day
    by_id = {row["message_id"]: row for row in rows}
    sent = [by_id[message["Message-ID"]] for message in messages]
    assert [r["send_on"] for r in sent] == sorted(r["send_on"] for r in sent)
    assert [r["kind"] for r in sent][-1] == "status-check"
    for message in messages:
        assert "R" in message.get_flags() and "O" in message.get_flags()
        assert message["X-Mozilla-Status"] == "0001"
        assert message["X-Mozilla-Draft-Info"].startswith("internal/draft")

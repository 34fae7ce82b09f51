"""The .eml drafts and the mbox: parsed back with the email package, header by header."""

from __future__ import annotations

import email
import mailbox
from email import policy

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile

from generator.compose.render import Draft
from generator.errors import FollowupError
from generator.output.mime import (
    build_message,
    legacy_message_id,
    mbox,
    message_id,
    person_key,
)
from generator.output.previous import read_manifest


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
    priya = person_key("priya@acme.example", "Priya Raman")
    base = message_id("j@example.com", "acme", "thank-you", priya)
    assert base == message_id("J@Example.com", "acme", "thank-you", priya)
    assert base.endswith(".followup@example.com>")
    others = {message_id("k@example.com", "acme", "thank-you", priya),
              message_id("j@example.com", "beta", "thank-you", priya),
              message_id("j@example.com", "acme", "status-check/first", priya),
              message_id("j@example.com", "acme", "thank-you", person_key("dana@acme.example",
                                                                            "Dana Lee"))}
    assert base not in others and len(others) == 4


def test_a_person_is_their_address_however_it_is_typed_else_their_name_and_place():
    same = {person_key(email, "Dana Lee") for email in (
        "dana@faß.de", "Dana@FASS.de".replace("SS", "ß"), "dana@xn--fa-hia.de",
        "DANA@XN--FA-HIA.DE")}
    assert len(same) == 1
    assert person_key("dana@fass.de", "Dana Lee") not in same  # IDNA 2008: another domain
    assert person_key("dana@faß.de", "Dana Lee") == person_key("dana@faß.de", "Dana Li")
    assert person_key(None, "Alex  Kim") == person_key(None, "alex kim")
    assert person_key(None, "Alex Kim", 1) != person_key(None, "Alex Kim", 2)


def test_old_ids_from_file_names_are_still_computed_as_before():
    # What earlier versions wrote into every .eml, pushed mailbox and calendar (taken from
    # their code, commit 7c9a0fa): push and plan recognise them by this function.
    assert legacy_message_id("j@example.com", "acme", "thank-you", "priya-raman") == (
        "<5a1a295d2c34f239d463e5926ecd064e.followup@example.com>")
    assert legacy_message_id("j@faß.de", "acme", "thank-you", "priya-raman") == (
        "<a065426bcb6201eec6d41e302b530724.followup@fass.de>")


def test_a_reply_carries_in_reply_to_and_references():
    message = _parse(_build(_draft(), "J", "j@example.com", references=["<a@x>", "<b@x>"]))
    assert message["In-Reply-To"] == "<b@x>"
    assert message["References"] == "<a@x> <b@x>"


@pytest.mark.parametrize(("typed", "sent"), [
    ("anna@bücher.example", "xn--bcher-kva.example"),
    ("dana@faß.de", "xn--fa-hia.de"),  # IDNA 2003 made it fass.de: someone else's domain
    ("dana@FAß.DE", "xn--fa-hia.de"),  # UTS #46 maps case
    ("ali@مثال.إختبار", "xn--mgbh0fb.xn--kgbechtv"),
])
def test_non_ascii_domain_is_encoded_with_idna_2008(typed, sent):
    message = _parse(_build(_draft(email_=typed), "J", "j@example.com"))
    assert message["To"].addresses[0].domain == sent


def test_an_international_address_is_sent_in_ascii_and_shown_in_both_forms(tree, run):
    role = ROLE.replace("dana@acme.example", "dana@faß.de")
    root = tree(profile({"acme/role.yaml": role}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 0, result.output
    eml = _parse((root / "out/acme/thank-you/dana-lee.eml").read_bytes())
    assert eml["To"].addresses[0].addr_spec == "dana@xn--fa-hia.de"
    rows = read_manifest(root / "out")[0]
    to_dana = [row["recipient"] for row in rows if row["recipient"]["name"] == "Dana Lee"]
    assert to_dana and all(r == {"name": "Dana Lee", "email": "dana@faß.de",
                                 "email_ascii": "dana@xn--fa-hia.de",
                                 "email_unicode": "dana@faß.de"} for r in to_dana)
    priya = next(row["recipient"] for row in rows if row["recipient"]["name"] == "Priya Raman")
    assert priya == {"name": "Priya Raman", "email": "priya@acme.example"}
    page = (root / "out/index.html").read_text(encoding="utf-8")
    assert "Dana Lee &lt;dana@faß.de&gt; (sent as dana@xn--fa-hia.de)" in page


def test_a_domain_idna_2008_refuses_is_an_input_error_with_its_line(tree, run):
    # IDNA 2003 accepted symbols (☃.example became xn--n3h.example); IDNA 2008 does not.
    role = ROLE.replace("dana@acme.example", "dana@☃.example")
    tree(profile({"acme/role.yaml": role}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "profiles/acme/role.yaml:6: contact.email: 'dana@☃.example' is not an email address "
        "(the domain part '☃' is not valid)")


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
    rows = read_manifest(root / "out")[0]
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


def _ids(root):
    """Each draft's Message-ID by (kind, recipient's email or name, file)."""
    rows = read_manifest(root / "out")[0]
    return {(r["kind"], r["recipient"]["email"] or r["recipient"]["name"], r["eml"]):
            r["message_id"] for r in rows}


ALEX = """\
- name: Alex Kim
  email: alex.kim@acme.example
  discussion_points:
    - the outbox pattern
"""
NEWCOMER = """\
- name: Alex Kim
  email: akim@acme.example
  discussion_points:
    - load shedding
"""


def test_a_namesake_added_above_takes_the_file_name_but_not_the_id(tree, run):
    root = tree(profile({"acme/interviewers.yaml": ALEX}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    before = _ids(root)
    first = before[("thank-you", "alex.kim@acme.example", "acme/thank-you/alex-kim.eml")]
    tree(profile({"acme/interviewers.yaml": NEWCOMER + ALEX}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    after = _ids(root)
    # The file names moved: the newcomer has alex-kim, the first Alex alex-kim-2 ...
    assert ("thank-you", "akim@acme.example", "acme/thank-you/alex-kim.eml") in after
    # ... but each draft's identity stayed with its person.
    assert after[("thank-you", "alex.kim@acme.example", "acme/thank-you/alex-kim-2.eml")] == first
    newcomer = after[("thank-you", "akim@acme.example", "acme/thank-you/alex-kim.eml")]
    assert newcomer not in before.values()
    eml = _parse((root / "out/acme/thank-you/alex-kim-2.eml").read_bytes())
    assert eml["Message-ID"] == first


def test_people_without_an_address_are_told_apart_by_their_place_among_namesakes(tree, run):
    # No contact: everyone gets a draft of their own, even without an address.
    role = ROLE.split("contact:")[0]
    nameless = "- name: Alex Kim\n  discussion_points:\n    - the outbox pattern\n"
    other = nameless.replace("the outbox pattern", "load shedding")
    root = tree(profile({"acme/role.yaml": role, "acme/interviewers.yaml": nameless}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    [first] = [mid for (kind, *_), mid in _ids(root).items() if kind == "thank-you"]
    # A namesake with an address above, and one without below, change nothing for them.
    tree(profile({"acme/role.yaml": role,
                  "acme/interviewers.yaml": NEWCOMER + nameless + other}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    after = _ids(root)
    assert after[("thank-you", "Alex Kim", "acme/thank-you/alex-kim-2.eml")] == first
    assert after[("thank-you", "Alex Kim", "acme/thank-you/alex-kim-3.eml")] != first
    assert len(set(after.values())) == len(after)


def _calendar(path):
    from icalendar import Calendar

    return Calendar.from_ical(path.read_bytes())


def test_calendar_events_an_earlier_version_wrote_keep_their_uids(tree, run):
    root = tree(profile({"acme/role.yaml": ROLE + "decision_expected: 2026-12-04\n"}))
    assert run("plan", "profiles", "--today", TODAY, "--ics", "plan.ics").exit_code == 0
    # The file as an earlier version wrote it: UIDs from file names, no X-FOLLOWUP-ID.
    calendar = _calendar(root / "plan.ics")
    olds = {}
    for event in calendar.walk("VEVENT"):
        draft = next(line for line in str(event["description"]).splitlines()
                     if line.startswith("Draft: ")).removeprefix("Draft: ")
        _, kind, file = draft.split("/")
        key = "status-check/first" if kind == "status-check" else kind
        old = legacy_message_id("jordan@example.com", "acme", key, file[:-4]).strip("<>")
        event["uid"] = old
        del event["x-followup-id"]
        olds[draft] = old
    (root / "plan.ics").write_bytes(calendar.to_ical())

    result = run("plan", "profiles", "--today", TODAY, "--ics", "plan.ics")
    assert result.exit_code == 0, result.output
    note = "4 events kept the id an earlier version gave them"
    assert note in result.stderr
    uids = {str(e["uid"]) for e in _calendar(root / "plan.ics").walk("VEVENT")}
    assert uids == set(olds.values())  # importing it again moves them: no copies
    again = run("plan", "profiles", "--today", TODAY, "--ics", "plan.ics")
    assert note not in again.stderr and "kept the id" not in again.stderr  # said once
    assert {str(e["uid"]) for e in _calendar(root / "plan.ics").walk("VEVENT")} == uids

    # A namesake of Priya's added above her later takes her file name, not her event.
    tree(profile({"acme/role.yaml": ROLE + "decision_expected: 2026-12-04\n",
                  "acme/interviewers.yaml": INTERVIEWERS.replace(
                      "- name: Priya Raman\n", "- name: Priya Raman\n  email: pr@acme.example\n"
                      "  discussion_points:\n    - queues\n- name: Priya Raman\n", 1)}))
    assert run("plan", "profiles", "--today", TODAY, "--ics", "plan.ics").exit_code == 0
    events = {str(e["uid"]): str(e["description"])
              for e in _calendar(root / "plan.ics").walk("VEVENT")}
    assert "priya-raman-2.eml" in events[olds["acme/thank-you/priya-raman.eml"]]
    assert len(events) == 5

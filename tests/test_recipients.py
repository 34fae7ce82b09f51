"""Who gets which draft, and in which variant."""

from __future__ import annotations

import re

from conftest import INTERVIEWERS, ROLE, TODAY, profile

from generator.output.previous import read_manifest

NO_CONTACT = ROLE.split("contact:")[0]


def _rows(root, run, *extra):
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, *extra)
    assert result.exit_code == 0, result.output
    rows = read_manifest(root / "out")[0]
    return rows, result.output


def _read(root, path):
    """A draft's text with its line wrapping undone, to look for whole sentences."""
    return " ".join((root / "out/acme" / path).read_text().split())


def _to(rows, kind):
    return sorted(r["recipient"]["name"] for r in rows if r["kind"] == kind)


def test_status_check_goes_to_contact_only(tree, run):
    rows, output = _rows(tree(profile()), run)
    assert _to(rows, "status-check") == ["Dana Lee"]
    # no warning; the one notice asks for a line of your own (below)
    assert [line for line in output.splitlines() if "note:" in line] == [
        "  note: add a `note` for Priya Raman and Søren Kjærgaard in interviewers.yaml: one line "
        "on what stayed with you from each makes their thank-you yours"]


def test_interviewers_without_a_note_of_yours_are_named_once_until_their_thanks_is_sent(
        tree, run):
    """The one input that made readers of the blind tests unsure which note was ours is the
    candidate's own line: the run asks for it by name, and stops asking once the thank-you
    has gone."""
    mine = INTERVIEWERS.replace("    - the outbox pattern\n",
                                "    - the outbox pattern\n  note: Your outbox story stuck.\n")
    root = tree(profile({"acme/interviewers.yaml": mine}))
    _, output = _rows(root, run)
    assert "add a `note` for Priya Raman in interviewers.yaml" in output
    assert output.count("add a `note`") == 1 and "Kjærgaard in" not in output
    role = root / "profiles/acme/role.yaml"
    role.write_text(role.read_text() + "sent:\n  thank-you: " + TODAY + "\n")
    _, output = _rows(root, run)
    assert "add a `note`" not in output


def test_status_check_without_contact_goes_to_the_marked_interviewer(tree, run):
    root = tree(profile({
        "acme/role.yaml": NO_CONTACT,
        "acme/interviewers.yaml": INTERVIEWERS + "  contact: true\n",
    }))
    rows, output = _rows(root, run)
    assert _to(rows, "status-check") == ["Søren Kjærgaard"]
    assert ("note: no contact in role.yaml: the status-check goes to Søren Kjærgaard, the "
            "interviewer marked contact: true") in output


def test_status_check_without_any_contact_goes_to_the_first_interviewer(tree, run):
    rows, output = _rows(tree(profile({"acme/role.yaml": NO_CONTACT})), run)
    assert _to(rows, "status-check") == ["Priya Raman"]
    assert "goes to Priya Raman, the first interviewer listed" in output
    assert _to(rows, "thank-you") == ["Priya Raman", "Søren Kjærgaard"]


def test_thank_you_goes_to_everyone_and_the_rejection_reply_to_the_contact(tree, run):
    rows, _ = _rows(tree(profile()), run, "--kind", "thank-you", "--kind", "rejection-reply")
    everyone = ["Dana Lee", "Priya Raman", "Søren Kjærgaard"]
    assert _to(rows, "thank-you") == everyone
    assert _to(rows, "rejection-reply") == ["Dana Lee"]


def test_a_contact_who_also_interviewed_is_one_person(tree, run):
    root = tree(profile({"acme/role.yaml": ROLE.replace("dana@acme.example",
                                                        "priya@acme.example")
                         .replace("Dana Lee", "Priya Raman")}))
    rows, _ = _rows(root, run, "--kind", "rejection-reply")
    assert _to(rows, "rejection-reply") == ["Priya Raman"]
    rows, _ = _rows(root, run, "--kind", "thank-you", "--kind", "status-check")
    assert _to(rows, "thank-you") == ["Priya Raman", "Søren Kjærgaard"]
    assert _to(rows, "status-check") == ["Priya Raman"]
    by = {(r["kind"], r["recipient"]["name"]): r for r in rows}
    check = by[("status-check", "Priya Raman")]
    assert check["html"] == "acme/status-check/priya-raman.html"  # one file name per person
    thank_you = by[("thank-you", "Priya Raman")]
    assert "event sourcing for billing" in _read(root, "thank-you/priya-raman.txt")
    assert check["subject"] == "Re: " + thank_you["subject"]
    eml = (root / "out" / check["eml"]).read_text()
    assert f"In-Reply-To: {thank_you['message_id']}" in eml
    # She gave the news, so she gets the contact's reply, not "I heard that...".
    _rows(root, run, "--kind", "rejection-reply")
    assert _read(root, "rejection-reply/priya-raman.txt").startswith(
        "Hi Priya, Thank you for letting me know")


def test_contact_note_names_everyone_met(tree, run):
    root = tree(profile())
    _rows(root, run)
    text = _read(root, "thank-you/dana-lee.txt")
    assert "Priya and Søren." in text  # by the names you would greet them with


def test_thank_you_cites_the_recipients_own_points_only(tree, run):
    root = tree(profile())
    _rows(root, run)
    priya = _read(root, "thank-you/priya-raman.txt")
    soren = _read(root, "thank-you/soren-kjaergaard.txt")
    assert "event sourcing for billing" in priya and "outbox" not in priya
    assert "the outbox pattern" in soren and "event sourcing" not in soren


def test_thank_you_turns_belated_after_a_day(tree, run):
    root = tree(profile())
    rows, _ = _rows(root, run, "--today", "2026-11-21")
    assert {r["variant"] for r in rows if r["kind"] == "thank-you"} == {"standard"}
    assert "yesterday" in _read(root, "thank-you/priya-raman.txt")
    rows, _ = _rows(root, run, "--today", "2026-11-23")
    assert {r["variant"] for r in rows if r["kind"] == "thank-you"} == {"belated"}
    text = _read(root, "thank-you/priya-raman.txt")
    assert "on Friday" in text and "November 20" not in text  # a recent day, said as one


def test_interviewers_without_email_are_thanked_through_the_contact(tree, run):
    root = tree(profile({"acme/interviewers.yaml": INTERVIEWERS + (
        "- name: Marcus Webb\n  discussion_points: [advisory locks]\n")}))
    rows, output = _rows(root, run)
    assert _to(rows, "thank-you") == ["Dana Lee", "Priya Raman", "Søren Kjærgaard"]
    [dana] = [r for r in rows if r["kind"] == "thank-you" and r["recipient"]["name"] == "Dana Lee"]
    assert dana["variant"] == "panel"
    text = _read(root, "thank-you/dana-lee.txt")
    assert "I don't have an email address for Marcus Webb; could I ask you to pass on my " \
           "thanks?" in text
    assert "Marcus about advisory locks." in text
    assert "note: Marcus Webb has no email: thanked by name in the thank-you to Dana Lee" in output
    assert not [r for r in rows if r["recipient"]["name"] == "Marcus Webb"]


def test_without_a_contact_an_interviewer_without_email_gets_a_draft_with_no_to(tree, run):
    root = tree(profile({"acme/role.yaml": NO_CONTACT,
                         "acme/interviewers.yaml": INTERVIEWERS + "- name: Marcus Webb\n"}))
    rows, output = _rows(root, run)
    assert "Marcus Webb" in _to(rows, "thank-you")
    assert "note: Marcus Webb has no email in interviewers.yaml; their drafts have no To " \
           "address" in output


def test_rapport_is_mentioned_only_when_there_is_one(tree, run):
    root = tree(profile({"acme/interviewers.yaml": INTERVIEWERS.replace(
        "    - event sourcing for billing\n",
        "    - event sourcing for billing\n  rapport: we both grew up in Leeds\n")}))
    _rows(root, run)
    priya = _read(root, "thank-you/priya-raman.txt")
    soren = _read(root, "thank-you/soren-kjaergaard.txt")
    assert "we both grew up in Leeds" in priya
    assert "pleasure to find" not in soren


def test_cited_notes_read_as_part_of_the_sentence(tree, run):
    root = tree(profile({"acme/interviewers.yaml": """\
        - name: Priya Raman
          email: priya@acme.example
          discussion_points:
            - |
              hiring in the
              U.S.
            - on-call.
          rapport: we both like cats.
        """}))
    _rows(root, run)
    text = _read(root, "thank-you/priya-raman.txt")
    assert re.search(r"hiring in the U\.S\. (?!\.)", text) and re.search(
        r"(?:that|:|knew) we both like cats[.?]", text)
    assert "U.S.." not in text and "cats.." not in text


def test_a_loop_over_several_days_is_not_called_one_day(tree, run):
    root = tree(profile({"acme/interviewers.yaml": INTERVIEWERS.replace(
        "  email: soren@acme.example", "  email: soren@acme.example\n  date: 2026-11-23")}))
    _rows(root, run, "--today", "2026-11-23")
    text = _read(root, "thank-you/dana-lee.txt")
    assert "both days" in text
    assert "yesterday" not in text and "today" not in text

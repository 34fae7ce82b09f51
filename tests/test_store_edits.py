"""What the store does with files it did not write as they are: a hand edit of a draft is
carried into its .eml, the mbox and the review page (and checked); files at our paths that we
never made are not written over; one application's mistake stops only that application."""

from __future__ import annotations

import email
import json
from email import policy

from conftest import INTERVIEWERS, ROLE, TODAY, profile

PRIYA = "out/acme/thank-you/priya-raman"


def _drafts(run, *extra: str):
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, *extra)
    assert result.exit_code == 0, result.output
    return result


def _parts(path) -> dict[str, str]:
    message = email.message_from_bytes(path.read_bytes(), policy=policy.default)
    return {part.get_content_subtype(): part.get_content() for part in message.walk()
            if not part.is_multipart()}


def test_an_edited_text_reaches_the_eml_the_mbox_and_the_page(tree, run):
    root = tree(profile())
    _drafts(run)
    text = (root / f"{PRIYA}.txt").read_text().replace(
        "Hi Priya,", "Hi Priya,\n\nThe whiteboard sketch you drew is on my desk now.")
    (root / f"{PRIYA}.txt").write_text(text)
    result = _drafts(run)
    assert ("acme/thank-you/priya-raman: your edit of its .txt is what its .eml, the mbox "
            "and the review page now say") in result.output
    parts = _parts(root / f"{PRIYA}.eml")
    assert "whiteboard sketch" in parts["plain"] and "whiteboard sketch" in parts["html"]
    assert "whiteboard sketch" in (root / f"{PRIYA}.html").read_text()
    assert b"whiteboard sketch" in (root / "out/acme/drafts.mbox").read_bytes()
    assert "whiteboard sketch" in (root / "out/index.html").read_text()
    assert (root / f"{PRIYA}.txt").read_text() == text  # the user's file, untouched
    # Nothing of ours is taken for an edit on the next run, and nothing changes.
    again = _drafts(run)
    assert "kept" not in again.output and "acme: 0 written" in again.output


def test_the_checks_read_the_edited_text(tree, run):
    root = tree(profile())
    _drafts(run)
    text = (root / f"{PRIYA}.txt").read_text()
    (root / f"{PRIYA}.txt").write_text(text.replace("Hi Priya,", "Hi Priya,\n\nTHANKS!!!"))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert "priya-raman.txt" in result.output and "tone" in result.output


def test_an_edited_html_wins_and_the_text_part_is_made_from_it(tree, run):
    root = tree(profile())
    _drafts(run)
    html = (root / f"{PRIYA}.html").read_text()
    (root / f"{PRIYA}.html").write_text(html.replace("Hi Priya,",
                                                     "Hi Priya, and hello <b>team</b>,"))
    result = _drafts(run)
    assert "your edit of its .html" in result.output
    parts = _parts(root / f"{PRIYA}.eml")
    assert "and hello team," in parts["plain"] and "<b>team</b>" in parts["html"]
    assert "and hello team," in (root / f"{PRIYA}.txt").read_text()


def test_text_and_html_edited_differently_are_both_kept_for_the_user_to_choose(tree, run):
    root = tree(profile())
    _drafts(run)
    eml = (root / f"{PRIYA}.eml").read_bytes()
    (root / f"{PRIYA}.txt").write_text("one version\n")
    html = (root / f"{PRIYA}.html").read_text().replace("Hi Priya,", "another version")
    (root / f"{PRIYA}.html").write_text(html)
    result = _drafts(run)
    assert ("acme/thank-you/priya-raman: its .txt and .html were edited differently, so both "
            "are kept and its .eml is as it was") in result.output
    assert (root / f"{PRIYA}.txt").read_text() == "one version\n"
    assert (root / f"{PRIYA}.html").read_text() == html
    assert (root / f"{PRIYA}.eml").read_bytes() == eml


def test_one_applications_mistake_stops_only_that_application(tree, run):
    root = tree(profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Globex"),
                         "beta/interviewers.yaml": INTERVIEWERS.replace(
                             "priya@acme.example", "priya@")}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 1
    assert "profiles/beta/interviewers.yaml:2" in result.stderr
    assert "not written: beta (left as they were); the other applications were written" in \
        result.stderr
    assert "acme: 4 written" in result.output
    rows = json.loads((root / "out/manifest.json").read_text())["drafts"]
    assert {row["application"] for row in rows} == {"acme"}
    # Mended, beta is written and acme is left as it is.
    (root / "profiles/beta/interviewers.yaml").write_text(INTERVIEWERS)
    again = _drafts(run)
    assert "beta: 4 written" in again.output and "acme: 0 written" in again.output


def test_a_mistake_every_application_shares_stops_the_whole_run(tree, run):
    root = tree(profile({"beta/role.yaml": ROLE, "beta/interviewers.yaml": INTERVIEWERS,
                         "candidate.yaml": "name: Jordan\nemail: jordan@\n"}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 1 and "profiles/candidate.yaml:2" in result.stderr
    assert "nothing was written" in result.stderr and not (root / "out").exists()
    tree(profile({"beta/role.yaml": ROLE, "beta/interviewers.yaml": INTERVIEWERS}))
    missing = run("drafts", "profiles", "-o", "out", "--today", TODAY, "--pack", "nosuch")
    assert missing.exit_code == 1 and "nothing was written" in missing.stderr
    assert not (root / "out").exists()


def test_someone_elses_page_and_manifest_are_never_written_over(tree, run):
    root = tree({**profile(), "site/index.html": "<h1>my site</h1>",
                 "site/.DS_Store": "x", "site/plan.ics": "BEGIN:VCALENDAR"})
    result = run("drafts", "profiles", "-o", "site", "--today", TODAY)
    assert result.exit_code == 1
    assert "site/index.html: was not made by followup, so it is not written over" in \
        result.stderr
    assert (root / "site/index.html").read_text() == "<h1>my site</h1>"
    (root / "site/index.html").unlink()
    (root / "site/manifest.json").write_text('{"name": "My app", "icons": []}')
    result = run("drafts", "profiles", "-o", "site", "--today", TODAY)
    assert result.exit_code == 1
    assert "site/manifest.json: was not made by followup" in result.stderr
    assert json.loads((root / "site/manifest.json").read_text())["name"] == "My app"
    (root / "site/manifest.json").unlink()
    assert run("drafts", "profiles", "-o", "site", "--today", TODAY).exit_code == 0
    assert (root / "site/plan.ics").read_text() == "BEGIN:VCALENDAR"  # others left alone
    assert (root / "site/.DS_Store").read_text() == "x"


def test_a_change_of_yaml_under_a_kept_edit_is_said_once(tree, run):
    root = tree(profile())
    _drafts(run)
    text = (root / f"{PRIYA}.txt").read_text() + "\nP.S. The sketch is on my desk.\n"
    (root / f"{PRIYA}.txt").write_text(text)
    quiet = _drafts(run)  # the edit is carried; the input has not changed
    assert "changed since you edited it" not in quiet.output
    points = INTERVIEWERS.replace("event sourcing for billing", "an event log for billing")
    (root / "profiles/acme/interviewers.yaml").write_text(points)
    changed = _drafts(run)
    assert ("acme/thank-you/priya-raman: its YAML or pack changed since you edited it, and the "
            "new wording is not in it; edit it again, or run with --force") in changed.output
    assert (root / f"{PRIYA}.txt").read_text() == text  # still the user's words
    assert "changed since you edited it" not in _drafts(run).output  # said once

"""What the store does with files it did not write as they are: a hand edit of a draft is
carried into its .eml, the mbox and the review page (and checked); files at our paths that we
never made are not written over; one application's mistake stops only that application."""

from __future__ import annotations

import email
import errno
import json
import pickle
from datetime import date
from email import policy

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile

from generator.commands.build import generate
from generator.commands.prepare import Options
from generator.output.manifest import ForeignFile
from generator.output.previous import read_manifest

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
    assert "your edit" not in again.output  # said when first carried, not on every run


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
    rows, _ = read_manifest(root / "out")
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


@pytest.mark.parametrize("force", [(), ("--force",)])
def test_someone_elses_manifest_in_an_application_folder_is_never_written_over(tree, run,
                                                                               force):
    root = tree(profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Globex"),
                         "beta/interviewers.yaml": INTERVIEWERS,
                         "../out/beta/manifest.json": '{"name": "My app", "icons": []}'}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, *force)
    assert result.exit_code == 1
    assert ("beta/manifest.json was not made by followup, so it is not written over; move it "
            "away\n") in result.stderr
    assert "acme: 4 written" in result.output  # the others go on
    assert json.loads((root / "out/beta/manifest.json").read_text())["name"] == "My app"
    assert not (root / "out/beta/thank-you").exists()


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


def test_an_application_that_failed_is_made_again_not_reported_unchanged(tree, run):
    # beta's own pack; once a template of it breaks, beta fails on every run until mended,
    # never "0 written" from its stale drafts while the key of the failed inputs is stored.
    root = tree(profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Globex")
                         + "pack: ../../pack\n", "beta/interviewers.yaml": INTERVIEWERS}))
    (root / "pack").mkdir()
    (root / "pack/pack.yaml").write_text("name: x\nextends: default\n")
    _drafts(run)
    (root / "pack/thank-you.md.j2").write_text("{{ nothing_here }}")
    for _ in range(2):
        result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
        assert result.exit_code == 1, result.output
        assert "'nothing_here' is undefined" in result.stderr
    (root / "pack/thank-you.md.j2").unlink()
    assert "beta: 0 written" in _drafts(run).output  # mended: its drafts are as they were


def _rows(root) -> dict[str, dict]:
    return {row["html"]: row for row in read_manifest(root / "out")[0]}


@pytest.mark.parametrize("newline,encoding", [("\r\n", "utf-8"), ("\n", "cp1252")])
def test_an_edit_saved_with_windows_line_ends_or_code_page_is_carried(tree, run, newline,
                                                                      encoding):
    root = tree(profile())
    _drafts(run)
    text = (root / f"{PRIYA}.txt").read_text().replace("Hi Priya,", "Hi Priya,\n\nThe café chat.")
    saved = text.replace("\n", newline).encode(encoding)
    (root / f"{PRIYA}.txt").write_bytes(saved)
    result = _drafts(run)
    assert "priya-raman: your edit of its .txt is what its .eml" in result.output
    assert "kept" not in result.output
    parts = _parts(root / f"{PRIYA}.eml")
    assert "The café chat." in parts["plain"] and "The café chat." in parts["html"]
    assert (root / f"{PRIYA}.txt").read_bytes() == saved  # the user's file, byte for byte
    assert _rows(root)["acme/thank-you/priya-raman.html"]["edited"] == ["text"]
    again = _drafts(run)
    assert "your edit" not in again.output and "acme: 0 written" in again.output


def test_a_kept_draft_lists_its_edited_parts_as_a_carried_one_does(tree, run):
    root = tree(profile())
    _drafts(run)
    (root / f"{PRIYA}.eml").write_text("my own message")
    _drafts(run)
    assert _rows(root)["acme/thank-you/priya-raman.html"]["edited"] == ["eml"]


def test_a_refusal_crosses_from_a_worker_process_whole(tmp_path):
    error = pickle.loads(pickle.dumps(ForeignFile(tmp_path / "index.html")))
    assert isinstance(error, ForeignFile) and error.file == tmp_path / "index.html"
    assert "was not made by followup" in str(error)


def test_someone_elses_page_stops_the_run_before_any_draft_is_made(tree):
    root = tree({**profile(), "site/index.html": "<h1>my site</h1>"})
    progress = []
    with pytest.raises(ForeignFile):
        generate(Options(profiles=root / "profiles", out=root / "site",
                         today=date.fromisoformat(TODAY)), lambda *done: progress.append(done))
    assert progress == []  # not even begun
    assert [p.name for p in (root / "site").iterdir()] == ["index.html"]


def test_a_file_that_fails_while_one_application_is_made_stops_only_it(tree, run, monkeypatch):
    from generator.commands import making

    root = tree(profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Globex"),
                         "beta/interviewers.yaml": INTERVIEWERS}))
    stage_mailbox = making.stage_mailbox

    def full_disk(staging, application, emls):
        if application == "beta":
            raise OSError(errno.ENOSPC, "No space left on device", str(staging / "beta"))
        return stage_mailbox(staging, application, emls)

    monkeypatch.setattr(making, "stage_mailbox", full_disk)
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-j", "1")
    assert result.exit_code == 1
    assert "cannot make its drafts: No space left on device" in result.stderr
    assert "Traceback" not in result.output
    assert "acme: 4 written" in result.output
    assert {row["application"] for row in _rows(root).values()} == {"acme"}


def test_an_edited_html_is_sanitised_before_it_reaches_the_eml(tree, run):
    # An adversarial review pasted a tracking pixel and a script into a draft's .html: the
    # user's file stays as they wrote it, but what would be sent is cleaned as a pack's is.
    root = tree(profile())
    _drafts(run)
    html = (root / f"{PRIYA}.html").read_text().replace(
        "</body>", '<img src="https://tracker.example/p.gif"><script>alert(1)</script></body>')
    (root / f"{PRIYA}.html").write_text(html)
    result = _drafts(run)
    assert "your edited .html held what a mail should not" in result.output
    eml = (root / f"{PRIYA}.eml").read_text()
    assert "tracker.example" not in eml and "alert(1)" not in eml
    assert b"tracker.example" not in (root / "out/acme/drafts.mbox").read_bytes()
    assert (root / f"{PRIYA}.html").read_text() == html  # the user's file, untouched

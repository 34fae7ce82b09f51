"""Writing OUT: hand edits survive, reruns are quiet, failures leave OUT as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile, snapshot

from generator.output.finish import sending_order
from generator.output.previous import read_manifest
from generator.slugs import slugify

PRIYA = "out/acme/thank-you/priya-raman"


def _drafts(run, *extra):
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, *extra)
    assert result.exit_code == 0, result.output
    return result


def test_a_hand_edited_draft_keeps_the_users_words(tree, run):
    root = tree(profile())
    _drafts(run)
    edited = (root / f"{PRIYA}.txt").read_text() + "\nP.S. my own words\n"
    (root / f"{PRIYA}.txt").write_text(edited)
    tree(profile({"acme/role.yaml": ROLE.replace("Acme Robotics", "Acme Rockets")}))
    _drafts(run)
    assert (root / f"{PRIYA}.txt").read_text() == edited
    assert "my own words" in (root / f"{PRIYA}.html").read_text()  # made from the edit
    assert "Acme Rockets" in (root / "out/acme/thank-you/dana-lee.txt").read_text()
    # Still the user's on later runs, and said once: the manifest remembers which part is
    # theirs, so a run with nothing new keeps the application as it is.
    again = _drafts(run)
    assert "your edit" not in again.output and "acme: 0 written" in again.output
    tree(profile({"acme/role.yaml": ROLE.replace("Acme Robotics", "Acme Rocketry")}))
    third = _drafts(run)
    assert "your edit of its .txt is what" not in third.output
    assert (root / f"{PRIYA}.txt").read_text() == edited
    assert "Acme Rocketry" in (root / "out/acme/thank-you/dana-lee.txt").read_text()


def test_force_overwrites_hand_edits(tree, run):
    root = tree(profile())
    _drafts(run)
    (root / f"{PRIYA}.txt").write_text("mine")
    _drafts(run, "--force")
    assert (root / f"{PRIYA}.txt").read_text().startswith("Hi Priya,")
    assert "kept" not in _drafts(run).output


def test_a_deleted_draft_is_written_again(tree, run):
    root = tree(profile())
    _drafts(run)
    (root / f"{PRIYA}.html").unlink()
    _drafts(run)
    assert (root / f"{PRIYA}.html").is_file()


def test_a_rerun_with_nothing_changed_rewrites_nothing(tree, run):
    root = tree(profile())
    _drafts(run)
    mtimes = {p: p.stat().st_mtime_ns for p in (root / "out").rglob("*") if p.is_file()}
    result = _drafts(run)
    assert "acme: 0 written, 4 unchanged" in result.output
    assert mtimes == {p: p.stat().st_mtime_ns for p in (root / "out").rglob("*") if p.is_file()}


@pytest.mark.parametrize("gone", ["index.html", "acme/drafts.mbox"])
def test_a_rerun_puts_back_what_was_deleted_and_only_that(tree, run, gone):
    # A re-run that would change nothing writes nothing; a page or mbox that is gone is
    # something to change.
    root = tree(profile())
    _drafts(run)
    before = snapshot(root / "out")
    mtimes = {p: p.stat().st_mtime_ns for p in (root / "out/acme").rglob("*.txt")}
    (root / "out" / gone).unlink()
    _drafts(run)
    assert snapshot(root / "out") == before
    assert mtimes == {p: p.stat().st_mtime_ns for p in (root / "out/acme").rglob("*.txt")}


def test_a_file_we_never_wrote_is_not_overwritten(tree, run):
    root = tree(profile({"../out/acme/thank-you/priya-raman.txt": "the user's own note"}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 1
    assert ("acme/thank-you/priya-raman.txt was not made by followup, so it is not written "
            "over") in result.stderr
    assert (root / f"{PRIYA}.txt").read_text() == "the user's own note"


@pytest.mark.parametrize("broken", ["manifest.json", "acme/manifest.json"])
def test_a_broken_manifest_keeps_drafts_that_differ(tree, run, broken):
    root = tree(profile())
    _drafts(run)
    (root / f"{PRIYA}.txt").write_text("edited")
    (root / "out" / broken).write_text("{not json")
    result = _drafts(run)
    assert (root / f"{PRIYA}.txt").read_text() == "edited"
    assert f"{broken} in out could not be read" in result.output
    json.loads((root / "out" / broken).read_text())  # repaired
    assert len(read_manifest(root / "out")[0]) == 4


def test_drafts_no_longer_generated_are_removed_unless_edited(tree, run):
    root = tree(profile())
    _drafts(run)
    (root / "out/acme/thank-you/soren-kjaergaard.txt").write_text("edited")
    tree(profile({"acme/interviewers.yaml": "- name: Amara Okafor\n"}))
    result = _drafts(run)
    assert not (root / f"{PRIYA}.html").exists()
    assert (root / "out/acme/thank-you/soren-kjaergaard.txt").read_text() == "edited"
    assert "removed out/acme/thank-you/priya-raman.html" in result.output
    assert ("kept out/acme/thank-you/soren-kjaergaard.html: no longer generated, but edited "
            "by hand") in result.output
    assert "no longer generated" in _drafts(run).output  # and said again on every run


def test_a_kind_filtered_run_keeps_the_other_kinds(tree, run):
    root = tree(profile())
    _drafts(run)
    _drafts(run, "--kind", "status-check")
    assert len(read_manifest(root / "out")[0]) == 4
    assert (root / f"{PRIYA}.html").is_file()


def test_a_template_error_mid_run_leaves_out_as_it_was(tree, run):
    root = tree(profile())
    _drafts(run)
    before = snapshot(root / "out")
    tree({
        "pack/pack.yaml": "name: broken\nextends: default\n",
        "pack/status-check.md.j2": "Hi {{ recipient.nickname }}\n",
    })
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "--pack", "./pack")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        "pack/status-check.md.j2:1: 'dict object' has no attribute 'nickname'")
    assert snapshot(root / "out") == before


def test_a_failed_first_run_leaves_no_out_folder(tree, run):
    root = tree(profile({"pack/pack.yaml": None}))
    tree({"pack/pack.yaml": "name: broken\nextends: default\n",
          "pack/thank-you.md.j2": "{{ nope }}"})
    assert run("drafts", "profiles", "-o", "out", "--pack", "./pack").exit_code == 1
    assert not (root / "out").exists()


def test_two_people_with_one_name_get_two_drafts(tree, run):
    twin = "- name: Priya Raman\n  email: p2@acme.example\n"
    root = tree(profile({"acme/interviewers.yaml": INTERVIEWERS + twin}))
    _drafts(run)
    assert (root / f"{PRIYA}.txt").is_file()
    assert (root / f"{PRIYA}-2.txt").is_file()


@pytest.mark.parametrize("name,slug", [
    ("Søren Kjærgaard", "soren-kjaergaard"),
    ("Zoë Müller-Lüdenscheidt", "zoe-muller-ludenscheidt"),
    ("王小龙", "王小龙"),
    ("../../etc/passwd", "etc-passwd"),
    ("/", "recipient"),
    ("", "recipient"),
    ("...", "recipient"),
    ("CON", "con-"),
    ("nul", "nul-"),
    ("a" * 300, "a" * 60),
    ("O'Brien, Jr.", "o-brien-jr"),
])
def test_file_names_from_names_stay_inside_out(name, slug):
    assert slugify(name) == slug


def _fail_replace_at(monkeypatch, fail_at):
    """Make the fail_at-th file move of the run fail as a full disk would."""
    import os

    real_replace = os.replace
    calls = []

    def failing_replace(source, destination):
        calls.append(destination)
        if len(calls) == fail_at:
            raise OSError(28, "No space left on device", str(destination))
        return real_replace(source, destination)

    monkeypatch.setattr("generator.output.transaction.os.replace", failing_replace)


@pytest.mark.parametrize("fail_at", [1, 5, 12])
def test_a_write_failing_half_way_puts_everything_back(tree, run, monkeypatch, fail_at):
    root = tree(profile())
    _drafts(run)
    before = snapshot(root / "out")
    tree(profile({"acme/role.yaml": ROLE.replace("Acme Robotics", "Acme Rockets")}))
    _fail_replace_at(monkeypatch, fail_at)
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    assert "nothing was changed" in result.stderr
    assert snapshot(root / "out") == before


def test_a_hand_edited_mbox_is_kept(tree, run):
    root = tree(profile())
    _drafts(run)
    mbox = root / "out/acme/drafts.mbox"
    mbox.write_bytes(mbox.read_bytes() + b"my notes\n")
    tree(profile({"acme/role.yaml": ROLE.replace("Acme Robotics", "Acme Rockets")}))
    result = _drafts(run)
    assert mbox.read_bytes().endswith(b"my notes\n")
    assert "kept out/acme/drafts.mbox: edited by hand (--force rebuilds it)" in result.output
    _drafts(run, "--force")
    assert not mbox.read_bytes().endswith(b"my notes\n")


def test_a_failed_first_run_leaves_no_new_parent_folders(tree, run):
    root = tree({**profile(), "pack/pack.yaml": "name: x\nextends: default\n",
                 "pack/thank-you.md.j2": "{{ 1 / 0 }}"})
    result = run("drafts", "profiles", "-o", "deep/a/b/out", "--pack", "./pack")
    assert result.exit_code == 1
    assert not (root / "deep").exists()


@pytest.mark.parametrize("folder", ["manifest.json", "acme/thank-you", "drafts.mbox"])
def test_application_folders_cannot_take_names_the_output_uses(tree, run, folder):
    root = tree(profile({f"{folder}/role.yaml": ROLE, f"{folder}/interviewers.yaml": INTERVIEWERS}))
    result = run("drafts", "profiles", "-o", "out")
    assert result.exit_code == 1
    assert "is used by the drafts themselves; rename the folder" in result.stderr
    assert "the other applications were written" in result.stderr  # acme was
    assert (root / "out/acme/thank-you/priya-raman.txt").is_file()


def test_a_second_run_into_the_same_out_is_stopped(tree, run):
    import os

    from generator.output.lock import acquire_lock

    root = tree(profile())
    _drafts(run)
    before = snapshot(root / "out")
    handle = acquire_lock(root / "out")  # another run holding OUT
    try:
        result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "--force")
        assert result.exit_code == 1
        assert result.stderr.splitlines()[0] == (
            "out: is being written by another followup run; wait for it to finish")
    finally:
        os.close(handle)
    assert snapshot(root / "out") == before
    assert _drafts(run).exit_code == 0


def test_a_rerun_keeps_unchanged_applications_without_making_them_again(tree, run,
                                                                         monkeypatch):
    root = tree(profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Initech"),
                         "beta/interviewers.yaml": INTERVIEWERS.replace("priya@", "p@")
                         + "- name: Marcus Webb\n  email: m@initech.example\n"}))
    first = _drafts(run)
    assert "beta: 5 written, 1 finding" in first.output
    from generator.compose import render

    made = []
    real = render.Renderer.render
    monkeypatch.setattr(render.Renderer, "render",
                        lambda self, spec, today: made.append(spec.application.name)
                        or real(self, spec, today))
    (root / "profiles/acme/role.yaml").write_text(ROLE.replace("Backend", "Platform"))
    again = _drafts(run)
    assert set(made) == {"acme"}  # beta's inputs did not change: nothing of it was made
    assert "beta: 0 written, 5 unchanged, 1 finding" in again.output  # still reported
    assert "acme: 4 written" in again.output
    made.clear()
    (root / "out/beta/thank-you/marcus-webb.txt").write_text("edited")
    _drafts(run)
    assert "beta" in made  # a file of beta changed: beta is looked at again (and kept)


def test_the_page_and_mbox_made_beside_the_drafts_match_those_made_from_the_files(tree, run):
    # Workers make each draft's review-page article and the mbox from the drafts in memory;
    # `preview` and a partial run make them from the files. Both ways must agree byte for byte.
    from generator.output.mime import mbox

    tree(profile({"acme/interviewers.yaml": INTERVIEWERS.replace("the outbox pattern",
                                                                 "the outbox patern")}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY, "-j", "1").exit_code == 0
    page = Path("out/index.html").read_bytes()
    assert b"patern" in page and b"<strong>proofread</strong>" in page
    box = Path("out/acme/drafts.mbox").read_bytes()
    rows, _ = read_manifest(Path("out"))
    assert box == mbox([(Path("out", row["eml"]).read_bytes(), row["send_on"])
                        for row in sorted(rows, key=sending_order)])
    assert run("preview", "out", "--no-open").exit_code == 0
    assert Path("out/index.html").read_bytes() == page


def test_a_rerun_repairs_a_changed_review_page(tree, run):
    root = tree(profile())
    _drafts(run)
    page = (root / "out/index.html").read_bytes()
    (root / "out/index.html").write_text("broken")
    _drafts(run)
    assert (root / "out/index.html").read_bytes() == page


@pytest.mark.parametrize("fail_at", [1, 2, 3, 4])
def test_a_first_run_failing_half_way_leaves_no_trace(tree, run, monkeypatch, fail_at):
    # New application folders move into OUT whole; a failure after some of them moved must
    # take them out again.
    root = tree(profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Globex"),
                         "beta/interviewers.yaml": INTERVIEWERS}))
    _fail_replace_at(monkeypatch, fail_at)
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-j", "1")
    assert result.exit_code == 1 and "nothing was changed" in result.stderr
    assert not (root / "out").exists()


def test_nested_application_folders_each_get_their_drafts(tree, run):
    root = tree(profile({"acme/team/role.yaml": ROLE.replace("Acme Robotics", "Acme Labs"),
                         "acme/team/interviewers.yaml": INTERVIEWERS}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    rows, _ = read_manifest(root / "out")
    assert {row["application"] for row in rows} == {"acme", "acme/team"}
    assert all((root / "out" / row[part]).is_file() for row in rows for part in ("html", "eml"))
    assert (root / "out/acme/drafts.mbox").read_bytes().count(b"\nFrom ") < \
        sum(row["application"] == "acme" for row in rows)  # acme's own drafts only


def test_a_folder_made_again_gets_an_mbox_of_what_is_there(tree, run):
    # The folder was deleted and only thank-yous are made now: the other kinds' rows stay in
    # the manifest, their files gone; the mbox holds what the folder holds.
    from generator.output.mime import mbox

    root = tree(profile())
    _drafts(run)
    import shutil

    shutil.rmtree(root / "out/acme")
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY,
               "--kind", "thank-you").exit_code == 0
    rows = [row for row in read_manifest(root / "out")[0] if row["kind"] == "thank-you"]
    assert rows and (root / "out/acme/drafts.mbox").read_bytes() == mbox(
        [((root / "out" / row["eml"]).read_bytes(), row["send_on"])
         for row in sorted(rows, key=sending_order)])


def test_after_an_edit_only_the_files_that_change_are_staged(tree, run, monkeypatch):
    # Every draft of the application is made again, but only what differs is written.
    from generator.commands import making

    root = tree(profile())
    _drafts(run)
    real = making.stage
    written = []

    def counting(*args, **kwargs):
        staged = real(*args, **kwargs)
        written.extend(p for p in ("html", "text", "eml") if p not in staged.unchanged)
        return staged

    monkeypatch.setattr(making, "stage", counting)
    interviewers = root / "profiles/acme/interviewers.yaml"
    interviewers.write_text(interviewers.read_text().replace("the outbox pattern",
                                                             "the inbox pattern"))
    result = _drafts(run)
    assert "acme: 1 written, 3 unchanged" in result.output, result.output
    # Only the draft that changed (three files) was staged, of the four made.
    assert len(written) == 3, written

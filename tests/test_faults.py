"""Faults while writing: a full disk, Ctrl-C half-way, two runs at once, hand renames.
After each, every file in OUT is the old version or the new one, never half, and the
manifest matches the files. Runs that must be caught part-way are held still by
paused_run.py, never timed with sleeps."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile, snapshot, under_ci

from generator.output.manifest import file_hash
from generator.output.previous import read_manifest

PAUSED_RUN = Path(__file__).with_name("paused_run.py")


def _consistent(out: Path) -> None:
    """The manifest matches the files, and no staging folder is left behind."""
    for row in read_manifest(out)[0]:
        for part in ("html", "text", "eml"):
            data = (out / row[part]).read_bytes()
            if not row.get("edited"):
                assert file_hash(data) == row["sha256"][part], row[part]
    assert not [p for p in out.iterdir() if p.name.startswith(".followup-staging-")]


def _start(root: Path, applications: int, *extra: str) -> subprocess.Popen[str]:
    """A run that holds still once this many applications are made (or kept), until
    root/pause.go exists; root/pause.ready says it got there."""
    return subprocess.Popen(
        [sys.executable, str(PAUSED_RUN), str(applications), str(root / "pause"), "drafts",
         "profiles", "-o", "out", "--today", TODAY, *extra], cwd=root,
        env={**os.environ, "NO_COLOR": "1"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)


def _wait_for(path: Path, process: subprocess.Popen[str]) -> None:
    deadline = time.monotonic() + 60
    while not path.exists():
        assert process.poll() is None, process.communicate()
        assert time.monotonic() < deadline, "the run never reached its pause point"
        time.sleep(0.01)


def _changed_profile(tree, *also: str):
    tree(profile({f"{name}/role.yaml": ROLE.replace("Acme Robotics", "Acme Rockets")
                  for name in ("acme", *also)}))


@pytest.mark.parametrize("jobs,stop", [("1", signal.SIGINT), ("2", signal.SIGINT),
                                       ("2", signal.SIGTERM), ("1", signal.SIGHUP)])
def test_ctrl_c_half_way_leaves_out_as_it_was(tree, run, jobs, stop):
    # SIGTERM (a `kill`) and SIGHUP (a closed terminal) stop a run as Ctrl-C does.
    root = tree(profile({"beta/role.yaml": ROLE, "beta/interviewers.yaml": INTERVIEWERS}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    before = snapshot(root / "out")
    _changed_profile(tree, "beta")
    process = _start(root, 1, "-j", jobs)  # one application made, the other not yet moved in
    _wait_for(root / "pause.ready", process)
    process.send_signal(stop)
    (root / "pause.go").touch()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130
    assert "interrupted; nothing was written" in stderr
    assert "Traceback" not in stderr
    assert snapshot(root / "out") == before
    _consistent(root / "out")


def test_a_second_run_is_stopped_while_the_first_holds_out(tree, run):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    _changed_profile(tree)
    first = _start(root, 1)
    _wait_for(root / "pause.ready", first)
    second = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert second.exit_code == 1
    assert second.stderr.splitlines()[0] == (
        "out: is being written by another followup run; wait for it to finish")
    (root / "pause.go").touch()
    first.communicate(timeout=60)
    assert first.returncode == 0
    assert "Acme Rockets" in (root / "out/acme/thank-you/dana-lee.txt").read_text()
    _consistent(root / "out")


@pytest.fixture
def tiny_disk(tmp_path):
    """A 96 KiB tmpfs: a real file system that runs out of space half-way through a run."""
    mount = tmp_path / "disk"
    mount.mkdir()
    result = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=96k", "tmpfs", str(mount)],
                            capture_output=True, text=True)
    if result.returncode != 0:
        if under_ci(os.environ.get("CI")):
            pytest.fail(f"cannot mount a tmpfs under CI: {result.stderr.strip()}")
        pytest.skip(f"cannot mount a tmpfs here (needs root): {result.stderr.strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_a_full_disk_half_way_leaves_out_as_it_was(tree, run, tiny_disk):
    tree(profile())
    out = tiny_disk / "out"
    assert run("drafts", "profiles", "-o", str(out), "--today", TODAY, "--kind",
               "status-check").exit_code == 0
    before = snapshot(out)
    many = INTERVIEWERS + "".join(
        f"- name: Person {i}\n  email: p{i}@acme.example\n  discussion_points: [topic {i}]\n"
        for i in range(40))
    tree(profile({"acme/interviewers.yaml": many}))
    result = run("drafts", "profiles", "-o", str(out), "--today", TODAY)
    assert result.exit_code == 1
    assert "No space left on device" in result.stderr
    assert "Traceback" not in result.output
    assert snapshot(out) == before
    _consistent(out)


def test_renaming_or_deleting_drafts_never_loses_the_users_text(tree, run):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    thanks = root / "out/acme/thank-you"
    (thanks / "priya-raman.txt").write_text("my own words")
    (thanks / "priya-raman.txt").rename(thanks / "priya-final.txt")
    (thanks / "dana-lee.html").unlink()
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 0
    assert (thanks / "priya-final.txt").read_text() == "my own words"  # never touched
    assert (thanks / "priya-raman.txt").read_text().startswith("Hi Priya,")  # made again
    assert (thanks / "dana-lee.html").is_file()
    _consistent(root / "out")


def test_a_draft_deleted_while_the_run_makes_it_again_stops_the_run(tree, run):
    # After an edit only changed files are staged; a file left unstaged because it was in OUT
    # and then deleted before the run moves its files in cannot be put back from staging:
    # the run stops, says so, and changes nothing.
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    interviewers = root / "profiles/acme/interviewers.yaml"
    interviewers.write_text(interviewers.read_text().replace("the outbox pattern",
                                                             "the inbox pattern"))
    process = _start(root, 1, "-j", "1")
    _wait_for(root / "pause.ready", process)
    gone = root / "out/acme/thank-you/dana-lee.txt"  # the same as before the edit
    gone.unlink()
    before = {path: data for path, data in snapshot(root / "out").items()
              if not path.startswith(".followup-staging-")}  # the paused run's own
    (root / "pause.go").touch()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 1, stderr
    assert "changed while this run made drafts" in stderr and "run it again" in stderr
    assert snapshot(root / "out") == before
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 0 and gone.exists()
    _consistent(root / "out")


def test_a_cache_that_cannot_be_written_keeps_nothing_and_leaves_no_temporary(tmp_path):
    from generator.cache import keep
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the cache folder should be", encoding="utf-8")
    assert keep(blocked / "tone-needles.json", "{}") is False
    assert keep(tmp_path / "ok" / "tone-needles.json", "{}") is True
    assert sorted(p.name for p in (tmp_path / "ok").iterdir()) == ["tone-needles.json"]

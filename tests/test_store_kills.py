"""Runs stopped the hard way: `kill -9` of a run with worker processes, and of a run moving its
files into OUT. After each, the next run needs no help: no lock left behind, no process left
behind, no half-written draft, and nothing of ours taken for a hand edit. Runs are caught
part-way by paused_run.py, never timed with sleeps."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile, snapshot
from test_faults import _consistent, _wait_for

PAUSED_RUN = Path(__file__).with_name("paused_run.py")
APPS = ("acme", "beta", "gamma")


def _three(tree, company: str = "Acme Robotics"):
    return tree(profile({f"{name}/{file}": text for name in APPS for file, text in (
        ("role.yaml", ROLE.replace("Acme Robotics", f"{company} {name}")),
        ("interviewers.yaml", INTERVIEWERS))}))


def _start(root: Path, pause: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(PAUSED_RUN), pause, str(root / "pause"), "drafts", "profiles",
         "-o", "out", "--today", TODAY, *extra], cwd=root,
        env={**os.environ, "NO_COLOR": "1"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True)


def _children(pid: int) -> set[int]:
    found = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        found |= {int(n) for n in (task / "children").read_text().split()}
    return found


def _alive(pid: int) -> bool:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return False
    return stat.rpartition(")")[2].split()[0] != "Z"  # a zombie has already ended


def _gone(pids: set[int]) -> bool:
    deadline = time.monotonic() + 60  # a bound for a wait, not a measurement
    while any(_alive(pid) for pid in pids):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def _drafts(run):
    return run("drafts", "profiles", "-o", "out", "--today", TODAY)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")

def _killed_at(root: Path, *args: str) -> None:
    """A drafts run in a process of its own, paused where `args` say (tests/paused_run.py),
    then killed with SIGKILL there."""
    process = _start(root, *args)
    _wait_for(root / "pause.ready", process)
    process.kill()
    process.communicate(timeout=60)

def test_a_killed_batch_leaves_no_workers_and_no_lock(tree, run):
    root = _three(tree)
    process = _start(root, "1", "-j", "2")
    _wait_for(root / "pause.ready", process)
    workers = _children(process.pid)
    assert len(workers) == 2, workers
    process.kill()  # kill -9: the run gets no chance to clean up
    process.wait(timeout=60)  # not its pipes: a worker left behind would hold them open
    try:
        assert _gone(workers), "worker processes outlived the run that started them"
    finally:
        for pid in workers:  # ours to end, should they have been left behind
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
    result = _drafts(run)
    assert result.exit_code == 0, result.output
    assert (f"note: a followup run (process {process.pid}) was stopped before it finished; "
            "it had changed nothing, and its leftover files were removed") in result.output
    assert "acme: 4 written" in result.output
    _consistent(root / "out")


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_run_killed_while_moving_files_in_is_rolled_back_by_the_next(tree, run, jobs):
    root = _three(tree)
    assert _drafts(run).exit_code == 0
    before = snapshot(root / "out")
    _three(tree, "Acme Rockets")  # every draft changes
    process = _start(root, "move:7", "-j", jobs)
    _wait_for(root / "pause.ready", process)
    half = snapshot(root / "out")
    assert any(b"Acme Rockets" in data for data in half.values())  # caught half-way
    assert any(b"Acme Robotics" in data for path, data in half.items() if path.endswith(".txt"))
    process.kill()
    process.communicate(timeout=60)
    _three(tree)  # the inputs as they were: the next run has nothing to change
    result = _drafts(run)
    assert result.exit_code == 0, result.output
    assert "its commit was rolled back, and its leftover files were removed" in result.output
    assert "edited by hand" not in result.output
    assert snapshot(root / "out") == before
    _consistent(root / "out")


def test_after_a_kill_mid_commit_the_new_drafts_are_written_not_kept_as_edits(tree, run):
    root = _three(tree)
    assert _drafts(run).exit_code == 0
    _three(tree, "Acme Rockets")
    _killed_at(root, "move:20", "-j", "1")
    result = _drafts(run)
    assert result.exit_code == 0, result.output
    assert "kept" not in result.output and "edited by hand" not in result.output
    for name in APPS:
        assert f"{name}: 4 written" in result.output
        assert f"Acme Rockets {name}" in (root / f"out/{name}/thank-you/dana-lee.txt").read_text()
    _consistent(root / "out")


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_stop_signal_while_files_move_in_lets_the_commit_finish_then_stops(tree, run, stop):
    root = _three(tree)
    assert _drafts(run).exit_code == 0
    _three(tree, "Acme Rockets")
    process = _start(root, "move:7", "-j", "1")
    _wait_for(root / "pause.ready", process)
    process.send_signal(stop)
    (root / "pause.go").touch()
    _, stderr = process.communicate(timeout=60)
    # Held, not dropped: the run stops once every file is in, and says they are.
    assert process.returncode == 130, stderr
    assert "interrupted; the drafts were written first" in stderr, stderr
    assert "nothing was written" not in stderr
    _consistent(root / "out")
    assert "Acme Rockets acme" in (root / "out/acme/thank-you/dana-lee.txt").read_text()
    assert "stopped before it finished" not in _drafts(run).output


def test_a_first_run_killed_mid_commit_leaves_no_half_folders(tree, run):
    root = _three(tree)
    process = _start(root, "move:2", "-j", "1")  # new applications move in whole
    _wait_for(root / "pause.ready", process)
    assert (root / "out/acme").is_dir()
    process.kill()
    process.communicate(timeout=60)
    result = _drafts(run)
    assert result.exit_code == 0 and "rolled back" in result.output, result.output
    assert "edited by hand" not in result.output
    _consistent(root / "out")


def test_a_run_under_nohup_is_not_stopped_by_a_closed_terminal(tree, run):
    root = _three(tree)
    assert _drafts(run).exit_code == 0
    _three(tree, "Acme Rockets")
    process = subprocess.Popen(  # as `nohup followup drafts …` starts it
        [sys.executable, str(PAUSED_RUN), "1", str(root / "pause"), "drafts", "profiles",
         "-o", "out", "--today", TODAY, "-j", "1"], cwd=root,
        env={**os.environ, "NO_COLOR": "1"}, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, preexec_fn=lambda: signal.signal(signal.SIGHUP, signal.SIG_IGN))
    _wait_for(root / "pause.ready", process)
    process.send_signal(signal.SIGHUP)
    (root / "pause.go").touch()
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 0, stderr
    assert "Acme Rockets acme" in (root / "out/acme/thank-you/dana-lee.txt").read_text()
    _consistent(root / "out")


def test_a_commit_killed_half_way_is_rolled_back_from_any_working_folder(tree, run, monkeypatch):
    root = _three(tree)
    assert _drafts(run).exit_code == 0
    before = snapshot(root / "out")
    _three(tree, "Acme Rockets")
    process = _start(root, "move:7", "-j", "1")  # OUT given as the relative path "out"
    _wait_for(root / "pause.ready", process)
    process.kill()
    process.communicate(timeout=60)
    _three(tree)
    (root / "elsewhere").mkdir()
    monkeypatch.chdir(root / "elsewhere")
    result = run("drafts", "../profiles", "-o", str(root / "out"), "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert "its commit was rolled back" in result.output
    assert snapshot(root / "out") == before
    _consistent(root / "out")


def test_a_commit_that_cannot_be_mended_keeps_its_folder_and_names_it(tree, run):
    root = _three(tree)
    assert _drafts(run).exit_code == 0
    _three(tree, "Acme Rockets")
    _killed_at(root, "move:7", "-j", "1")
    [staging] = (root / "out").glob(".followup-staging-*")
    (staging / "journal.json").write_text("{not json")
    backups = sorted(path.name for path in staging.iterdir() if path.name.startswith("old-"))
    assert backups
    result = _drafts(run)
    assert "its plan could not be read, so OUT was left as it was" in result.output
    kept = root / "out" / staging.name.replace("-staging-", "-unrecovered-")
    assert f"are kept in out/{kept.name}" in result.output.replace("\n", " ")
    assert sorted(p.name for p in kept.iterdir() if p.name.startswith("old-")) == backups


def test_a_finished_commit_leaves_no_journal_behind(tmp_path):
    from generator.output.transaction import JOURNAL, apply, recover

    out, staging = tmp_path / "out", tmp_path / "out/.followup-staging-1-x"
    staging.mkdir(parents=True)
    (out / "a.txt").write_text("old")
    (staging / "a.txt").write_text("new")
    apply(out, staging, [(staging / "a.txt", out / "a.txt")], [])
    assert not (staging / JOURNAL).exists() and recover(out, staging) is None
    assert (out / "a.txt").read_text() == "new"
    (staging / "b.txt").write_text("new")  # a move that fails: rolled back, and no journal
    with pytest.raises(Exception, match="nothing was changed"):
        apply(out, staging, [(staging / "b.txt", out / "b.txt"),
                             (staging / "missing", out / "c.txt")], [])
    assert not (staging / JOURNAL).exists() and not (out / "b.txt").exists()


def test_check_and_the_page_refuse_an_out_a_killed_commit_left_half_written(tree, run):
    # An adversarial review killed a commit and ran `check` before the next `drafts`: it read
    # a mix of two runs and said "nothing found". A journal in OUT means a commit under way.
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    left = root / "out/.followup-staging-999999-x"
    left.mkdir()
    (left / "journal.json").write_text("{}")
    for command in (("check", "out"), ("preview", "out", "--no-open")):
        result = run(*command)
        assert result.exit_code == 1, (command, result.output)
        assert "out: is half-written: a `followup drafts` run is writing it" in result.output
    # the next drafts run mends OUT (this journal plans nothing) and says so
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    assert run("check", "out").exit_code == 0

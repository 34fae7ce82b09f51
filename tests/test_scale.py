"""A batch of applications: a progress bar on a terminal (and nowhere else), and a re-run that
rewrites nothing. bench/scale.py measures the same at 100,000 drafts; no timing here."""

from __future__ import annotations

import json
import os
import pty
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile, snapshot

COMPANIES = ("Acme Robotics", "Initech", "Globex")


def _batch() -> dict[str, str | bytes | None]:
    """Three applications, two interviewers each."""
    changes: dict[str, str | bytes | None] = {"acme/role.yaml": None,
                                              "acme/interviewers.yaml": None}
    for number, company in enumerate(COMPANIES):
        changes[f"app{number}/role.yaml"] = ROLE.replace("Acme Robotics", company)
        changes[f"app{number}/interviewers.yaml"] = INTERVIEWERS.replace(
            "@acme.example", f"@c{number}.example")
    return profile(changes)


def _on_a_terminal(cwd: Path, *args: str) -> str:
    """followup run with its stderr on a pseudo-terminal (stdout to a pipe); what the terminal
    showed."""
    main, terminal = pty.openpty()
    try:
        process = subprocess.Popen([sys.executable, "-m", "generator", *args], cwd=cwd,
                                   stdout=subprocess.PIPE, stderr=terminal,
                                   env={**os.environ, "NO_COLOR": "1"})
        os.close(terminal)
        shown = bytearray()
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:  # the terminal closed: the process is done with it
                break
            if not chunk:
                break
            shown.extend(chunk)
        stdout, _ = process.communicate(timeout=120)
    finally:
        os.close(main)
    assert process.returncode == 0, shown.decode()
    assert "Drafting" not in stdout.decode()  # the bar is on stderr only
    return shown.decode("utf-8", "replace")


def test_a_batch_on_a_terminal_shows_a_progress_bar(tree):
    root = tree(_batch())
    shown = _on_a_terminal(root, "drafts", "profiles", "-o", "out", "--today", TODAY)
    assert "Drafting 3 applications" in shown
    assert "3/3" in shown
    assert "Finishing in out/" in shown


def test_a_quiet_run_on_a_terminal_shows_no_bar(tree):
    root = tree(_batch())
    shown = _on_a_terminal(root, "drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert "Drafting" not in shown
    assert (root / "out/app2/drafts.mbox").is_file()


def test_one_application_on_a_terminal_shows_no_bar(tree):
    root = tree(profile())
    shown = _on_a_terminal(root, "drafts", "profiles", "-o", "out", "--today", TODAY)
    assert "Drafting" not in shown
    assert "acme: 4 written" not in shown  # the report went to stdout, the pipe


def test_a_batch_outside_a_terminal_shows_no_bar(tree, run):
    tree(_batch())
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 0
    assert "Drafting" not in result.output
    assert "app2: 4 written" in result.output


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_batch_run_again_rewrites_nothing_and_a_change_rewrites_only_its_application(
        tree, run, jobs):
    root = tree(_batch())
    out = root / "out"
    args = ("drafts", "profiles", "-o", "out", "--today", TODAY, "-j", jobs)
    assert run(*args).exit_code == 0

    def mtimes() -> dict[Path, int]:
        return {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}

    before = mtimes()
    again = run(*args)
    assert [line.split(" · ")[0] for line in again.output.splitlines()
            if line.startswith("app")] == [f"app{n}: 0 written, 4 unchanged" for n in range(3)]
    assert mtimes() == before
    (root / "profiles/app1/role.yaml").write_text(ROLE.replace("Acme Robotics", "Initech")
                                                  .replace("Backend", "Platform"))
    run(*args)
    changed = {p.relative_to(out).parts[0] for p, mtime in mtimes().items()
               if before.get(p) != mtime}
    assert changed == {"app1", "manifest.json", "index.html"}


def test_workers_make_what_one_process_makes_whatever_pack_each_application_names(tree, run):
    # Worker processes get each application pickled with its pack named, not copied (see
    # commands/batch.py): two packs in one batch must still give each application its own.
    batch = _batch()
    batch["profiles/app1/role.yaml"] = str(batch["profiles/app1/role.yaml"]) + "pack: formal\n"
    root = tree(batch)
    for jobs in ("1", "2"):
        result = run("drafts", "profiles", "-o", f"out-{jobs}", "--today", TODAY, "-j", jobs)
        assert result.exit_code == 0, result.output
    one, two = snapshot(root / "out-1"), snapshot(root / "out-2")
    assert one == two
    assert one["app1/thank-you/priya-raman.txt"] != one["app0/thank-you/priya-raman.txt"]


def test_a_rerun_reports_the_findings_the_last_run_stored(tree):
    # A kept application's findings are read back from the manifest (a file, not memory).
    from generator.commands.build import Options, generate

    tree(profile({"acme/interviewers.yaml": INTERVIEWERS.replace("the outbox pattern",
                                                                 "the outbox patern")}))
    options = Options(profiles=Path("profiles"), out=Path("out"),
                      today=date.fromisoformat(TODAY), jobs=1)
    first = generate(options)
    again = generate(options)
    assert again.applications[0].written == 0
    assert list(first.findings) and list(again.findings) == list(first.findings)
    assert again.applications[0].findings == len(first.findings)


@pytest.mark.parametrize("findings", ['"not a list"', '{"acme": "x"}', '[1, {"rule": 2}]'])
def test_findings_edited_into_another_shape_in_the_manifest_are_left_out(tree, run, findings):
    root = tree(profile())
    args = ("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert run(*args).exit_code == 0
    manifest = root / "out/acme/manifest.json"
    data = json.loads(manifest.read_text())
    data["findings"] = json.loads(findings)
    manifest.write_text(json.dumps(data))
    result = run(*args)
    assert result.exit_code == 0, result.output
    assert json.loads(manifest.read_text())["findings"] == []  # the run's own say, again


def test_a_batch_kept_in_files_comes_out_as_one_held_in_memory(tree, run, monkeypatch):
    # A cohort's staged rows go to files (output/rows.py); a small run holds them in memory.
    # Both must write the same bytes, and a re-run of either must find nothing to do.
    from generator.output import rows

    batch = _batch()
    batch["profiles/app2/interviewers.yaml"] = str(
        batch["profiles/app2/interviewers.yaml"]).replace("the outbox pattern",
                                                          "the outbox patern")
    root = tree(batch)
    args = ("drafts", "profiles", "--today", TODAY, "-j", "2", "-o")
    held = run(*args, "held")
    assert held.exit_code == 0, held.output
    monkeypatch.setattr(rows, "HELD", 2)
    spilled = run(*args, "spilled")
    assert spilled.output.replace("spilled", "held") == held.output
    assert snapshot(root / "held") == snapshot(root / "spilled")
    assert b"patern" in snapshot(root / "spilled")["app2/manifest.json"]
    before = {p: p.stat().st_mtime_ns for p in (root / "spilled").rglob("*")}
    again = run(*args, "spilled")
    assert again.exit_code == 0
    assert "proofread" in again.output  # the findings, read back from the manifest
    assert {p: p.stat().st_mtime_ns for p in (root / "spilled").rglob("*")} == before

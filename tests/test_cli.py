"""The drafts command end to end: what a user sees, what lands in OUT."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import REPO, TODAY, profile

from generator import __version__


def test_drafts_writes_every_kind_for_every_person(tree, run):
    root = tree(profile())
    result = run("drafts", "profiles", "--out", "out", "--today", TODAY)
    assert result.exit_code == 0, result.output
    manifest = json.loads((root / "out/manifest.json").read_text())
    rows = [(d["kind"], d["recipient"]["name"]) for d in manifest["drafts"]]
    assert sorted(rows) == sorted([
        ("thank-you", "Priya Raman"), ("thank-you", "Søren Kjærgaard"),
        ("thank-you", "Dana Lee"), ("status-check", "Dana Lee"),
    ])  # a reply to a rejection waits for the outcome
    for row in manifest["drafts"]:
        assert (root / "out" / row["html"]).is_file()
        assert (root / "out" / row["text"]).is_file()
    assert manifest["today"] == TODAY
    assert "acme: 4 written · pack default · signed as Jordan Rivera" in result.output


def test_kind_option_limits_the_run(tree, run):
    root = tree(profile())
    result = run("drafts", "profiles", "-o", "out", "--kind", "status-check", "--today", TODAY)
    assert result.exit_code == 0, result.output
    kinds = {d["kind"] for d in json.loads((root / "out/manifest.json").read_text())["drafts"]}
    assert kinds == {"status-check"}


def test_same_input_gives_byte_identical_output(tree, run):
    root = tree(profile())
    run("drafts", "profiles", "-o", "one", "--today", TODAY)
    run("drafts", "profiles", "-o", "two", "--today", TODAY)
    one = {p.relative_to(root / "one"): p.read_bytes() for p in (root / "one").rglob("*.*")}
    two = {p.relative_to(root / "two"): p.read_bytes() for p in (root / "two").rglob("*.*")}
    # html, txt and eml for each draft; the mbox, the manifest and the review page
    assert one == two and len(one) == 4 * 3 + 3


def test_help_works_with_h_and_ends_with_an_example(run):
    for args in (["-h"], ["drafts", "-h"]):
        result = run(*args)
        assert result.exit_code == 0
        assert "Example:" in result.output


def test_version(run):
    result = run("--version")
    assert __version__ in result.output


def test_python_dash_m_generator_runs(tmp_path):
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "generator", "--version"],
                            capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0 and __version__ in result.stdout


def test_worked_example_renders(tmp_path, run, monkeypatch):
    monkeypatch.chdir(REPO)
    result = run("drafts", "profiles", "--out", str(tmp_path / "out"), "-q")
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert len(list(Path(tmp_path / "out").rglob("*.html"))) >= 6


def test_jobs_give_the_same_drafts_as_one_process(tree, run):
    from conftest import INTERVIEWERS, ROLE

    # Seventeen applications, 68 drafts: enough for worker processes by default.
    root = tree(profile({
        **{f"app{i}/role.yaml": ROLE.replace("Acme Robotics", f"Company {i}") for i in range(16)},
        **{f"app{i}/interviewers.yaml": INTERVIEWERS for i in range(16)},
    }))
    assert run("drafts", "profiles", "-o", "one", "--today", TODAY, "-j", "1").exit_code == 0
    for out, jobs in (("auto", ()), ("two", ("-j", "2"))):
        result = run("drafts", "profiles", "-o", out, "--today", TODAY, *jobs)
        assert result.exit_code == 0, result.output
    one = {p.relative_to(root / "one"): p.read_bytes() for p in (root / "one").rglob("*.*")}
    for out in ("auto", "two"):
        assert one == {p.relative_to(root / out): p.read_bytes()
                       for p in (root / out).rglob("*.*")}
    assert len(one) > 200


def test_a_template_error_in_a_worker_process_is_the_same_clear_message(tree, run):
    from conftest import INTERVIEWERS, ROLE

    tree(profile({
        **{f"app{i}/role.yaml": ROLE for i in range(3)},
        **{f"app{i}/interviewers.yaml": INTERVIEWERS for i in range(3)},
        "../pack/pack.yaml": "name: x\nextends: default\n",
        "../pack/status-check.md.j2": "line one\n{{ recipient.nope }}\n",
    }))
    result = run("drafts", "profiles", "-o", "out", "--pack", "./pack", "-j", "2")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "pack/status-check.md.j2:2: 'dict object' has no attribute 'nope'")


def test_a_kind_named_twice_is_made_once(tree, run):
    root = tree(profile())
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY,
                 "--kind", "thank-you", "--kind", "thank-you")
    assert result.exit_code == 0, result.output
    rows = json.loads((root / "out/manifest.json").read_text())["drafts"]
    assert len(rows) == len({row["html"] for row in rows}) == 3  # two interviewers, the contact

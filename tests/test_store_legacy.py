"""A manifest of the earlier format, one OUT/manifest.json listing every draft: `check`, `push`
and the page read it as they read the manifests now; a run that changes nothing leaves it as it
is; the first run that writes anything writes the index and each application's manifest in
its place, and says so once. A large one is read in pieces (`pieces`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile

from generator.output.previous import read_manifest

PRIYA = "out/beta/thank-you/priya-raman.txt"


def _two(tree, run) -> Path:
    """acme, with a misspelling the checks find, and beta, written by a run."""
    root = tree(profile({
        "acme/interviewers.yaml": INTERVIEWERS.replace("the outbox pattern", "the outbox patern"),
        "beta/role.yaml": ROLE.replace("Acme Robotics", "Globex"),
        "beta/interviewers.yaml": INTERVIEWERS.replace("acme.example", "globex.example")}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    return root


def _as_the_earlier_version_wrote_it(out: Path) -> None:
    """OUT's manifests put back into one file, in the earlier format: what the run was, each
    application's inputs, skipped checks, findings and mbox in maps by name, every draft."""
    index = json.loads((out / "manifest.json").read_text())
    old = {key: value for key, value in index.items() if key not in ("applications", "page")}
    old.update(inputs={}, skipped={}, findings={}, mailboxes={})
    drafts = []
    for name in index["applications"]:
        mine = out / name / "manifest.json"
        data = json.loads(mine.read_text())
        mine.unlink()
        old["inputs"][name], old["skipped"][name] = data["inputs"], data["skipped"]
        if data["findings"]:
            old["findings"][name] = data["findings"]
        old["mailboxes"][name] = data["mailbox"]
        drafts += data["drafts"]
    old.update(page=index["page"], drafts=drafts)
    (out / "manifest.json").write_text(json.dumps(old, indent=2, ensure_ascii=False) + "\n")


@pytest.fixture(params=["whole", "pieces"])
def pieces(request, monkeypatch):
    if request.param == "pieces":
        monkeypatch.setattr("generator.output.previous.WHOLE", 0)


def _mtimes(out: Path) -> dict[Path, int]:
    return {p: p.stat().st_mtime_ns for p in out.rglob("*") if p.is_file()}


def test_check_push_and_the_page_read_an_old_manifest_as_they_read_the_new(tree, run, pieces):
    root = _two(tree, run)
    commands = (("check", "out", "--today", TODAY),
                ("push", "out", "--imap", "imap.example", "--user", "u", "--all", "--dry-run"),
                ("preview", "out", "--no-open"))
    new = [run(*command) for command in commands]
    page = (root / "out/index.html").read_bytes()
    assert "patern" in new[0].output and "8 drafts would be pushed" in new[1].output
    rows, _ = read_manifest(root / "out")
    _as_the_earlier_version_wrote_it(root / "out")
    assert read_manifest(root / "out") == (rows, None)
    old = [run(*command) for command in commands]
    assert [(r.exit_code, r.output) for r in old] == [(r.exit_code, r.output) for r in new]
    assert (root / "out/index.html").read_bytes() == page


def test_a_run_that_changes_nothing_leaves_an_old_manifest_as_it_is(tree, run, pieces):
    root = _two(tree, run)
    _as_the_earlier_version_wrote_it(root / "out")
    before = _mtimes(root / "out")
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert "acme: 0 written, 4 unchanged, 1 finding" in result.output
    assert "earlier version" not in result.output
    assert _mtimes(root / "out") == before


def test_the_first_run_that_writes_writes_an_old_manifest_anew_and_says_so(tree, run, pieces):
    root = _two(tree, run)
    rows, _ = read_manifest(root / "out")
    _as_the_earlier_version_wrote_it(root / "out")
    edited = (root / PRIYA).read_text() + "\nP.S. my own words\n"
    (root / PRIYA).write_text(edited)  # a hand edit the old manifest must reveal
    (root / "profiles/acme/role.yaml").write_text(ROLE.replace("Backend", "Platform"))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert ("note: out/manifest.json was written by an earlier version of followup, which "
            "listed every draft in it; it is now an index of the applications") in \
        result.output.replace("\n", " ")
    assert "acme: 4 written, 1 finding" in result.output
    assert "beta/thank-you/priya-raman: your edit of its .txt is what its .eml" in result.output
    assert (root / PRIYA).read_text() == edited
    index = json.loads((root / "out/manifest.json").read_text())
    assert index["applications"] == ["acme", "beta"] and "drafts" not in index
    beta = json.loads((root / "out/beta/manifest.json").read_text())
    assert [row["edited"] for row in beta["drafts"] if "edited" in row] == [["text"]]
    assert len(read_manifest(root / "out")[0]) == len(rows)
    before = _mtimes(root / "out")
    again = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert "earlier version" not in again.output and "acme: 0 written" in again.output
    assert _mtimes(root / "out") == before

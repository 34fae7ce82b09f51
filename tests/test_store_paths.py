"""Paths a manifest names: never followed out of OUT (push, check, the page, the store), and
the profiles folder it records is found from OUT, wherever a rebuild runs."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

from conftest import INTERVIEWERS, ROLE, TODAY, profile, write_tree

from generator.commands.build import generate
from generator.commands.preview import run_options
from generator.mailbox.imap import select

SECRET = "thanks for nothing, you fools: the secret"


def _drafts(run, *extra: str):
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, *extra)
    assert result.exit_code == 0, result.output
    return result


def _point_outside(root: Path) -> None:
    """acme's manifest's first row edited to lead out of OUT, as an attacker (or a slip)
    would."""
    (root / "secret.txt").write_text(SECRET)
    manifest = json.loads((root / "out/acme/manifest.json").read_text())
    row = manifest["drafts"][0]
    row["eml"] = row["text"] = "../secret.txt"
    (root / "out/acme/manifest.json").write_text(json.dumps(manifest))


def test_push_never_reads_a_file_the_manifest_places_outside_out(tree, run):
    root = tree(profile())
    _drafts(run)
    _point_outside(root)
    items, held = select(root / "out", date(2026, 12, 31), True)
    assert items and held == 0
    assert not [item for item in items if "secret" in item.path]
    result = run("push", "out", "--imap", "imap.example", "--user", "u", "--all", "--dry-run")
    assert result.exit_code == 0, result.output
    assert "secret" not in result.output


def test_push_never_follows_a_draft_that_is_a_symlink_out_of_out(tree, run):
    root = tree(profile())
    _drafts(run)
    (root / "secret.txt").write_text(SECRET)
    eml = root / "out/acme/thank-you/priya-raman.eml"
    eml.unlink()
    eml.symlink_to(root / "secret.txt")
    items, _ = select(root / "out", date(2026, 12, 31), True)
    assert "acme/thank-you/priya-raman.eml" not in {item.path for item in items}
    assert len(items) == 3


def test_check_never_reads_a_file_the_manifest_places_outside_out(tree, run):
    root = tree(profile())
    _drafts(run)
    _point_outside(root)
    result = run("check", "out", "--today", TODAY)
    assert "secret" not in result.output and "fools" not in result.output


def test_a_run_ignores_manifest_rows_that_lead_out_and_says_so(tree, run):
    root = tree(profile())
    _drafts(run)
    _point_outside(root)
    result = _drafts(run)
    assert ("ignored 2 path(s) in out/acme/manifest.json that lead out of out "
            "(../secret.txt…)") in result.output
    assert (root / "secret.txt").read_text() == SECRET


def test_a_rebuild_from_another_projects_folder_reads_the_profiles_out_was_made_from(
        tmp_path, monkeypatch):
    # preview --serve rebuilds with the options the manifest recorded: serving project A's
    # OUT from project B's folder must make A's drafts, not B's.
    for name, company in (("a", "Alpha Robotics"), ("b", "Beta Robotics")):
        write_tree(tmp_path / name, profile({"acme/role.yaml": ROLE.replace("Acme Robotics",
                                                                            company),
                                             "acme/interviewers.yaml": INTERVIEWERS}))
    monkeypatch.chdir(tmp_path / "a")
    from click.testing import CliRunner

    from generator.cli import main

    result = CliRunner().invoke(main, ["drafts", "profiles", "-o", "out", "--today", TODAY])
    assert result.exit_code == 0, result.output
    monkeypatch.chdir(tmp_path / "b")
    options = run_options(Path("../a/out"))
    assert Path(os.path.realpath(options.profiles)) == (tmp_path / "a/profiles").resolve()
    generate(options)
    text = (tmp_path / "a/out/acme/thank-you/dana-lee.txt").read_text()
    assert "Alpha Robotics" in text and "Beta Robotics" not in text
    assert not (tmp_path / "b/out").exists()
    recorded = json.loads((tmp_path / "a/out/manifest.json").read_text())["profiles"]
    assert recorded == "../profiles"  # from OUT: the same wherever the run is started


def test_a_row_naming_another_applications_files_never_touches_them(tree, run):
    # beta's manifest edited to list acme's Priya note as one of beta's drafts: beta's next
    # run would remove it as a draft no longer made, were rows free to name any file in OUT.
    root = tree(profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Globex"),
                         "beta/interviewers.yaml": INTERVIEWERS}))
    _drafts(run)
    acme = json.loads((root / "out/acme/manifest.json").read_text())
    beta = json.loads((root / "out/beta/manifest.json").read_text())
    [priya] = [row for row in acme["drafts"] if row["html"].endswith("/priya-raman.html")]
    beta["drafts"].append({**priya, "application": "beta"})
    (root / "out/beta/manifest.json").write_text(json.dumps(beta))
    (root / "profiles/beta/role.yaml").write_text(ROLE.replace("Acme Robotics", "Globex Labs"))
    result = _drafts(run)
    assert "removed out/acme" not in result.output
    assert all((root / "out" / priya[part]).is_file() for part in ("html", "text", "eml"))

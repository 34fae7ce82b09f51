"""Pack tooling: the list, the scaffold, the check, packs installed with pip, languages."""

from __future__ import annotations

import pytest
from conftest import ROLE, TODAY, profile

BUILT_IN = ["brief", "default", "es", "formal"]


@pytest.mark.parametrize("pack", BUILT_IN)
def test_every_built_in_pack_passes_packs_check(run, pack):
    result = run("packs", "check", pack, "-q")
    assert result.exit_code == 0, result.output
    assert result.output.endswith(", 0 problems.\n")
    made = int(result.output.split(": ")[1].split()[0])
    assert made >= 25  # every kind, in every variant, for everyone it goes to


def test_packs_lists_each_with_origin_and_description(tree, run):
    tree({"templates/house/pack.yaml": "name: house\ndescription: Our cohort's voice.\n"
                                       "extends: formal\n"})
    result = run("packs")
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert "house  (project, extends formal, templates/house)" in lines
    assert "    Our cohort's voice." in lines
    assert any(line.startswith("es  (built-in, extends default,") for line in lines)


def test_packs_new_scaffolds_a_working_pack_and_refuses_to_overwrite(tree, run):
    root = tree(profile())
    result = run("packs", "new", "house", "--extends", "brief")
    assert result.exit_code == 0, result.output
    assert (root / "templates/house/pack.yaml").read_text().startswith("# house: a template pack")
    template = (root / "templates/house/thank-you.md.j2").read_text()
    assert '{% extends "brief:thank-you.md.j2" %}' in template  # shown how, in a comment
    assert run("packs", "check", "house", "-q").exit_code == 0
    assert run("drafts", "profiles", "-o", "out", "--pack", "house").exit_code == 0
    again = run("packs", "new", "house")
    assert again.exit_code == 1
    assert again.stderr.startswith("templates/house: already exists")


def test_packs_check_names_template_and_line(tree, run):
    tree({"pack/pack.yaml": "name: x\nextends: default\n",
          "pack/status-check.md.j2": "Hi\n{% if variant == 'final' %}{{ nope }}{% endif %}\n"})
    result = run("packs", "check", "./pack")
    assert result.exit_code == 1
    assert ("status-check (final, after one status check) to Dana Lee: "
            "pack/status-check.md.j2:2: 'nope' is undefined") in result.stderr
    assert result.output.splitlines()[-1] == "pack x: 29 drafts made, 1 problem."


def test_a_pack_installed_with_pip_is_found_by_name(tree, run, monkeypatch):
    root = tree({
        **profile(),
        "site/followup_pack_house/__init__.py": "raise RuntimeError('never imported')\n",
        "site/followup_pack_house/pack.yaml": "name: house\nextends: default\n",
        "site/followup_pack_house/signature.md.j2": "Cheers from the house pack\n",
        "site/followup_pack_house-1.0.dist-info/METADATA":
            "Metadata-Version: 2.1\nName: followup-pack-house\nVersion: 1.0\n",
        "site/followup_pack_house-1.0.dist-info/entry_points.txt":
            "[followup.packs]\nhouse = followup_pack_house\n",
    })
    monkeypatch.syspath_prepend(str(root / "site"))
    listing = run("packs")
    assert "house  (pip: followup-pack-house, extends default," in listing.output
    result = run("drafts", "profiles", "-o", "out", "--pack", "house", "--kind", "thank-you")
    assert result.exit_code == 0, result.output
    assert (root / "out/acme/thank-you/priya-raman.txt").read_text().endswith(
        "Cheers from the house pack\n")


def _flat(path):
    return " ".join(path.read_text().split())


def test_the_spanish_pack_writes_dates_and_lists_in_spanish(tree, run):
    root = tree(profile({"acme/role.yaml": ROLE + "decision_expected: 2026-12-04\n"}))
    result = run("drafts", "profiles", "-o", "out", "--pack", "es", "--today", "2026-11-23")
    assert result.exit_code == 0, result.output
    thanks = _flat(root / "out/acme/thank-you/priya-raman.txt")
    assert "del viernes" in thanks and "20 de noviembre" not in thanks  # a recent day
    assert thanks.endswith("Un cordial saludo, Jordan Rivera")
    contact = _flat(root / "out/acme/thank-you/dana-lee.txt")
    assert "conocer a Priya y Søren" in contact
    check = _flat(root / "out/acme/status-check/dana-lee.txt")
    assert "antes del 4 de diciembre" in check
    html = (root / "out/acme/status-check/dana-lee.html").read_text()
    assert '<html lang="es">' in html


def test_a_pack_language_that_babel_does_not_know_is_refused(tree, run):
    tree({**profile(), "pack/pack.yaml": "name: x\nextends: default\nlanguage: xx-YY\n"})
    result = run("drafts", "profiles", "-o", "out", "--pack", "./pack", "--today", TODAY)
    assert result.exit_code == 1
    assert result.stderr.startswith("pack/pack.yaml:3: language: 'xx-YY' is not a language with")


def test_a_users_own_profiles_never_show_as_a_change_to_the_project():
    import shutil
    import subprocess

    from conftest import REPO

    if shutil.which("git") is None or not (REPO / ".git").exists():
        pytest.skip("not a git checkout")

    def git(*args):
        return subprocess.run(["git", *args], cwd=REPO, capture_output=True, text=True).stdout

    mine = ["profiles/candidate.yaml", "profiles/beta/role.yaml", "profiles/jo/candidate.yaml",
            "profiles/.schemas/role.json"]
    assert git("check-ignore", "--no-index", *mine).split() == mine
    example = ["profiles/acme/role.yaml", "profiles/acme/interviewers.yaml",
               "profiles/acme/candidate.yaml"]
    assert git("check-ignore", "--no-index", *example) == ""
    # Nothing the project tracks in profiles/ is also ignored (a tracked, ignored
    # candidate.yaml showed the user's own name and email as a change to commit).
    tracked_and_ignored = git("ls-files", "-ci", "--exclude-standard", "profiles").split()
    assert [path for path in tracked_and_ignored if (REPO / path).exists()] == []


def test_the_worked_example_signs_itself():
    from generator.commands.packtools import example_profiles
    from generator.input.sources import load_applications

    [application] = load_applications(example_profiles())
    assert application.candidate.name == "Jordan Rivera"
    assert application.candidate.source.parent == application.folder

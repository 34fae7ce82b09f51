"""Paths in what a run tells you are shown by the command line alone: the library hands them
over as Paths (an error's file, the files a notice names), never asking where it runs from,
and `followup` shows each relative to the working directory, however it was given."""

from __future__ import annotations

from datetime import date

import pytest
from conftest import INTERVIEWERS, TODAY, profile

from generator.commands.build import generate
from generator.commands.prepare import Options
from generator.errors import ErrorGroup, FollowupError, Notice
from generator.input.sources import load_applications


def _edited_mbox_and_a_change(root):
    """The drafts made once, their mbox edited by hand, then the role changed: the next run
    keeps the mbox and says so."""
    mbox = root / "out/acme/drafts.mbox"
    mbox.write_bytes(mbox.read_bytes() + b"my notes\n")
    role = root / "profiles/acme/role.yaml"
    role.write_text(role.read_text().replace("Acme Robotics", "Acme Rockets"))
    return mbox


def test_a_notice_names_its_file_as_a_path_and_the_command_line_shows_it_from_here(tree, run):
    root = tree(profile())
    out = root / "out"  # absolute, inside the working directory
    assert run("drafts", str(root / "profiles"), "-o", str(out), "--today", TODAY).exit_code == 0
    mbox = _edited_mbox_and_a_change(root)
    report = generate(Options(profiles=root / "profiles", out=out,
                              today=date.fromisoformat(TODAY)))
    [kept] = [notice for notice in report.notices if "edited by hand" in str(notice)]
    # The library keeps the file as it was given, whatever the working directory.
    assert isinstance(kept, Notice) and kept.paths == (mbox,)
    assert str(kept) == f"kept {mbox}: edited by hand (--force rebuilds it)"
    assert kept.format(lambda path: "<" + path.name + ">") == (
        "kept <drafts.mbox>: edited by hand (--force rebuilds it)")
    # The command line shows it as you would type it from here, given absolute or not.
    role = root / "profiles/acme/role.yaml"
    role.write_text(role.read_text().replace("Acme Rockets", "Acme Rovers"))
    result = run("drafts", str(root / "profiles"), "-o", str(out), "--today", TODAY)
    assert "note: kept out/acme/drafts.mbox: edited by hand (--force rebuilds it)" \
        in result.output


def test_an_error_keeps_its_file_as_given_and_the_command_line_shows_it_from_here(tree, run):
    root = tree(profile({"acme/interviewers.yaml": INTERVIEWERS.replace(
        "priya@acme.example", "priya@")}))
    people = root / "profiles/acme/interviewers.yaml"
    with pytest.raises(FollowupError) as caught:
        load_applications(root / "profiles")
    [problem] = caught.value.problems
    assert problem.file == people and problem.notice.paths == (people,)
    assert str(problem).startswith(f"{people}:")  # no working directory asked for
    result = run("drafts", str(root / "profiles"), "-o", "out", "--today", TODAY)
    assert result.exit_code == 1
    [line] = [line for line in result.stderr.splitlines() if "priya@" in line]
    assert line.startswith("profiles/acme/interviewers.yaml:")
    assert line == problem.notice.format(lambda path: path.relative_to(root).as_posix())


def test_errors_gathered_together_are_a_line_each_with_their_files_kept(tmp_path):
    first = FollowupError("is wrong", file=tmp_path / "a.yaml", line=3, field="name")
    second = FollowupError("is missing", field="email")
    group = ErrorGroup([first, second])
    assert group.notice.paths == (tmp_path / "a.yaml",)
    assert str(group) == f"{tmp_path / 'a.yaml'}:3: name: is wrong\nemail: is missing"
    assert group.notice.format(lambda path: path.name) == "a.yaml:3: name: is wrong\n" \
                                                          "email: is missing"


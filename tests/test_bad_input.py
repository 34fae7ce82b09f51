"""Bad input: one line per problem naming file, line and field; exit 1; OUT untouched."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import CANDIDATE, INTERVIEWERS, ROLE, TODAY, profile, snapshot

BAD = Path(__file__).parent / "bad"


def _cases() -> list[Path]:
    return sorted(p for p in BAD.iterdir() if (p / "expected.txt").is_file())


def _apply(case: Path, root: Path) -> None:
    """A case is the files it changes under profiles/, `deleted.txt` (files it removes),
    `huge.txt` (files it fills to a size: `path bytes`) and `links.txt` (files it replaces
    with a symbolic link: `path target`), with the expected stderr."""
    for path in sorted((case / "profiles").rglob("*")) if (case / "profiles").exists() else ():
        if path.is_file():
            target = root / "profiles" / path.relative_to(case / "profiles")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(path.read_bytes())
    if (case / "deleted.txt").exists():
        for line in (case / "deleted.txt").read_text().split():
            (root / "profiles" / line).unlink()
    if (case / "huge.txt").exists():
        for line in (case / "huge.txt").read_text().splitlines():
            relative, size = line.split()
            target = root / "profiles" / relative
            head = target.read_bytes()
            target.write_bytes(head + b"# " + b"x" * (int(size) - len(head)) + b"\n")
    if (case / "links.txt").exists():
        for line in (case / "links.txt").read_text().splitlines():
            relative, pointing_to = line.split()
            (root / "profiles" / relative).unlink(missing_ok=True)
            (root / "profiles" / relative).symlink_to(pointing_to)


def test_the_bad_input_corpus_is_large():
    assert len(_cases()) >= 60


@pytest.mark.parametrize("case", _cases(), ids=[p.name for p in _cases()])
def test_bad_input_is_one_clear_line_and_writes_nothing(tree, run, case):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    before = snapshot(root / "out")
    _apply(case, root)
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 1
    assert result.stderr == (case / "expected.txt").read_text()
    assert "Traceback" not in result.output
    assert snapshot(root / "out") == before


def test_all_problems_of_a_run_are_reported_together(tree, run):
    tree(profile({
        "candidate.yaml": "name: Jordan\nemail: nope\n",
        "acme/role.yaml": ROLE.replace("2026-11-20", "2026-13-01"),
        "beta/role.yaml": ROLE.replace("company: Acme Robotics\n", ""),
        "beta/interviewers.yaml": INTERVIEWERS,
    }))
    result = run("drafts", "profiles", "-o", "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "profiles/candidate.yaml:2: email: 'nope' is not an email address "
        "(expected name@example.com)",
        "profiles/acme/role.yaml:3: interview_date: '2026-13-01' is not a real date",
        "profiles/beta/role.yaml:1: company: is required",
        "followup: 3 problems; nothing was written.",
    ]


def test_no_profiles_folder(tree, run):
    tree({})
    result = run("drafts", "nowhere")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        "nowhere: is not a folder of interview profiles; start one with `followup new NAME` "
        "(it writes profiles/NAME/ with commented YAML)")


def test_check_in_an_empty_folder_points_to_followup_new(tree, run):
    tree({})
    result = run("check", "my-note.txt")
    assert result.exit_code == 1
    assert "my-note.txt: does not exist;" in result.stderr
    assert "`followup new NAME`" in result.stderr and "Traceback" not in result.output


def test_a_folder_with_no_applications(tree, run):
    tree({"profiles/candidate.yaml": CANDIDATE})
    result = run("drafts", "profiles")
    assert result.exit_code == 1
    assert "holds no interview folder (a folder with a role.yaml)" in result.stderr


def test_a_fifo_is_refused_not_waited_on(tree, run):
    import os

    root = tree(profile({"acme/role.yaml": None}))
    os.mkfifo(root / "profiles/acme/role.yaml")
    result = run("drafts", "profiles", "-o", "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "profiles/acme/role.yaml: is not a regular file"


def test_drafts_from_inside_an_application_folder(tree, run, monkeypatch):
    root = tree(profile())
    monkeypatch.chdir(root / "profiles/acme")
    result = run("drafts", ".", "-o", "../../out", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert (root / "out/acme/thank-you/priya-raman.txt").is_file()


def test_a_manifest_row_of_the_wrong_shape_is_ignored_not_a_crash(tree, run):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    (root / "out/manifest.json").write_text('{"drafts": [{"html": ["x"]}, {"application": ["a"]}]}')
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("value", ['"."', '"!!"', '"—"'])
def test_a_free_text_value_without_words_is_an_input_error(tree, run, value):
    # Punctuation alone used to reach the phrasing rules and end in an IndexError.
    tree(profile({"acme/interviewers.yaml": "- name: Priya Raman\n  email: p@acme.example\n"
                                            f"  discussion_points:\n    - {value}\n"}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "interviewers.yaml:4: interviewers[0].discussion_points[0]:" in result.stderr
    assert "has no words; write the topic in words" in result.stderr


def test_check_on_an_eml_it_cannot_decode_says_so(tree, run):
    tree({"note.eml": "Subject: Thanks\nContent-Type: text/plain; charset=x-bogus\n\nHi Dana,\n"})
    result = run("check", "note.eml", "--kind", "thank-you", "--to", "Dana Lee")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "note.eml: its text cannot be decoded" in result.stderr


@pytest.mark.parametrize("command", [("drafts", "profiles", "-o", "out"),
                                     ("plan", "profiles", "--ics", "plan.ics")])
def test_a_today_past_the_years_dates_take_is_refused_not_overflowed(tree, run, command):
    # Unsent drafts move to --today and the calendar counts on from it: 9999-12-31 overflowed.
    tree(profile())
    result = run(*command, "--today", "9999-12-31")
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "'--today': 9999 is not a year between 1900 and 2999" in result.stderr

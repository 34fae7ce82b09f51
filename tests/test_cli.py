"""The drafts command end to end: what a user sees, what lands in OUT."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner
from conftest import REPO, TODAY, profile

from generator import __version__
from generator.cli import main
from generator.output.previous import read_manifest


def test_drafts_writes_every_kind_for_every_person(tree, run):
    root = tree(profile())
    result = run("drafts", "profiles", "--out", "out", "--today", TODAY)
    assert result.exit_code == 0, result.output
    manifest = json.loads((root / "out/manifest.json").read_text())
    rows = [(d["kind"], d["recipient"]["name"]) for d in read_manifest(root / "out")[0]]
    assert sorted(rows) == sorted([
        ("thank-you", "Priya Raman"), ("thank-you", "Søren Kjærgaard"),
        ("thank-you", "Dana Lee"), ("status-check", "Dana Lee"),
    ])  # a reply to a rejection waits for the outcome
    for row in read_manifest(root / "out")[0]:
        assert (root / "out" / row["html"]).is_file()
        assert (root / "out" / row["text"]).is_file()
    assert manifest["today"] == TODAY
    assert "acme: 4 written · pack default · signed as Jordan Rivera" in result.output


def test_kind_option_limits_the_run(tree, run):
    root = tree(profile())
    result = run("drafts", "profiles", "-o", "out", "--kind", "status-check", "--today", TODAY)
    assert result.exit_code == 0, result.output
    kinds = {d["kind"] for d in read_manifest(root / "out")[0]}
    assert kinds == {"status-check"}


def test_same_input_gives_byte_identical_output(tree, run):
    root = tree(profile())
    run("drafts", "profiles", "-o", "one", "--today", TODAY)
    run("drafts", "profiles", "-o", "two", "--today", TODAY)
    one = {p.relative_to(root / "one"): p.read_bytes() for p in (root / "one").rglob("*.*")}
    two = {p.relative_to(root / "two"): p.read_bytes() for p in (root / "two").rglob("*.*")}
    # html, txt and eml for each draft; the mbox, the manifests and the review page
    assert one == two and len(one) == 4 * 3 + 4


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
    rows = read_manifest(root / "out")[0]
    assert len(rows) == len({row["html"] for row in rows}) == 3  # two interviewers, the contact


# --- the command line as a whole: order, --out, completion, what push and plan say --------

def test_help_lists_the_commands_in_the_order_of_use_each_description_whole(run):
    listing = run("-h").output.split("Commands:\n")[1]
    lines = listing.splitlines()
    names = [line.split()[0] for line in lines if line.startswith("  ") and
             not line.startswith("   ")]
    assert names == ["new", "drafts", "plan", "preview", "check", "push", "account", "packs",
                     "schema", "fields"]
    assert "..." not in listing
    for name, command in main.commands.items():  # each description's first sentence, whole
        first = (command.help or "").split(".")[0]
        assert " ".join(first.split()) in " ".join(listing.split()), name


def _drafted(tree, run):
    root = tree(profile())
    assert run("drafts", "profiles", "--out", "out", "--today", TODAY).exit_code == 0
    return root


def test_every_command_that_reads_the_drafts_takes_out_as_option_or_argument(tree, run):
    root = _drafted(tree, run)
    for args in (["out"], ["--out", "out"], ["-o", "out"]):
        push = run("push", *args, "--imap", "imap.example.com", "--user", "u", "--dry-run",
                   "--all", "--today", TODAY)
        assert push.exit_code == 0, push.output
        assert push.output.splitlines()[-1] == "4 drafts would be pushed."
        (root / "out/index.html").unlink()
        preview = run("preview", *args, "--no-open")
        assert preview.exit_code == 0, preview.output
        assert (root / "out/index.html").is_file()
        check = run("check", *args, "--today", TODAY)
        assert check.exit_code == 0, check.output
        assert check.output.splitlines()[-1].startswith("4 notes checked: ")


def test_two_different_drafts_folders_are_refused_not_guessed(tree, run):
    _drafted(tree, run)
    result = CliRunner().invoke(main, ["push", "out", "--out", "elsewhere", "--dry-run"])
    assert result.exit_code == 2
    assert "two drafts folders, out and --out elsewhere; give one" in result.output


def _complete(words: str) -> list[str]:
    env = {"_FOLLOWUP_COMPLETE": "bash_complete", "COMP_WORDS": words,
           "COMP_CWORD": str(len(words.split()) - (0 if words.endswith(" ") else 1))}
    result = CliRunner().invoke(main, [], env=env, prog_name="followup")
    return result.output.splitlines()


def test_pack_completes_pack_names_and_folders(tree):
    tree({"templates/house/pack.yaml": "name: house\nextends: default\n"})
    assert _complete("followup drafts --pack f") == ["dir,f", "plain,formal"]
    assert _complete("followup packs check ") == [
        "dir,", "plain,brief", "plain,default", "plain,es", "plain,formal", "plain,house"]
    assert _complete("followup plan -p ho") == ["dir,ho", "plain,house"]
    # A path is completed by the shell as a folder, and no name is offered.
    assert _complete("followup check --pack ./tem") == ["dir,./tem"]


def test_push_summary_names_each_outcome_in_plain_words():
    from generator.cli.mailbox import push_summary

    assert push_summary({"appended": 3}) == "3 pushed"
    assert push_summary({"edited": 1, "gone": 2, "replaced": 1, "unchanged": 2}) == (
        "1 replaced because we changed it, 2 already there unchanged, 1 left alone because "
        "you edited it in your mail client, 2 left alone because they are no longer in "
        "Drafts (sent or deleted)")
    assert push_summary({}) == "nothing to do"


def test_a_push_that_stops_half_way_says_what_it_did_and_did_not(tree, run, monkeypatch):
    from dovecot import PASSWORD, USER, start, stop

    root = _drafted(tree, run)
    monkeypatch.setenv("FOLLOWUP_IMAP_PASSWORD", PASSWORD)
    process, server = start(tls=False)
    try:
        args = ["push", "--out", "out", "--imap", server.address, "--user", USER,
                "--plaintext", "--today", TODAY]
        first = run(*args)
        assert first.exit_code == 0, first.output
        assert first.output.splitlines()[-1] == (
            "Drafts folder 'Drafts' on 127.0.0.1: 3 pushed. Nothing was sent.")
        (root / "out/acme/thank-you/priya-raman.eml").unlink()
        again = run(*args)
        assert again.exit_code == 1
        assert "nothing was written" not in again.stderr
        assert again.stderr.splitlines()[-1] == (
            "followup: 1 problem; 1 already there unchanged before it stopped; 2 drafts were "
            "not pushed.")
    finally:
        stop(process, server.root)


def test_a_calendar_that_cannot_be_written_still_shows_the_plan(tree, run):
    tree(profile())
    result = run("plan", "profiles", "--today", TODAY, "--ics", "missing/plan.ics")
    assert result.exit_code == 1
    assert "thank-you to Priya Raman" in result.stdout
    assert result.stderr.splitlines()[-1] == (
        "followup: 1 problem; the plan is above, but missing/plan.ics was not written.")


def test_a_failed_check_says_nothing_of_writing(tree, run):
    tree({})
    result = run("check", "missing.txt")
    assert result.exit_code == 1
    assert result.stderr.endswith("followup: 1 problem.\n"), result.stderr

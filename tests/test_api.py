"""The library on plain data: no YAML, no CLI."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from conftest import TODAY, profile, write_tree

from generator import Options, generate
from generator.compose.inline import make_inliner
from generator.compose.packs import load_pack
from generator.compose.recipients import plan_drafts
from generator.compose.render import Renderer
from generator.input.models import Application, Candidate, Contact, Interviewer, Role

DAY = date(2026, 11, 20)


def _application(**role_changes: object) -> Application:
    role = Role(
        company="Initech", title="Data Engineer", interview_date=DAY, interview_time=None,
        decision_expected=date(2026, 12, 1),
        contact=Contact("Bill Lumbergh", "bill@initech.example", "Manager", "Bill"),
        highlights=("a decade of careful ETL",), pack=None, source=Path("role.yaml"),
    )
    role = Role(**{**role.__dict__, **role_changes})
    return Application(
        name="initech", folder=Path("initech"),
        candidate=Candidate("Peter Gibbons", "peter@example.com", None, None, Path("c.yaml")),
        role=role,
        interviewers=(Interviewer(
            name="Joanna Park", email="joanna@initech.example", title=None,
            discussion_points=("*flair* in data pipelines",), rapport=None,
            salutation="Joanna", date=None, is_contact=False,
        ),),
    )


def test_plan_and_render_on_plain_data():
    pack = load_pack("default")
    specs, notices = plan_drafts(_application(), pack, ("thank-you", "status-check"), DAY)
    assert [(s.kind, s.recipient.name) for s in specs] == [
        ("thank-you", "Joanna Park"), ("thank-you", "Bill Lumbergh"),
        ("status-check", "Bill Lumbergh"),
    ]
    # nothing is wrong; the one notice asks for a line of your own per interviewer
    assert notices == ["add a `note` for Joanna Park in interviewers.yaml: one line on what "
                       "stayed with you from each makes their thank-you yours"]
    draft = Renderer(pack, make_inliner("css-inline")).render(specs[0], DAY)
    assert "Peter Gibbons" not in draft.subject and len(draft.subject) <= 60
    assert "flair in data pipelines" in " ".join(draft.text.split())
    assert "<em" in draft.html and "flair</em>" in draft.html
    assert draft.html.startswith("<!DOCTYPE html>") and 'lang="en"' in draft.html


def test_status_check_without_decision_date_counts_from_the_interview():
    pack = load_pack("default")
    specs, _ = plan_drafts(_application(decision_expected=None), pack, ("status-check",), DAY)
    text = Renderer(pack, make_inliner("css-inline")).render(specs[0], DAY).text
    assert "my interview for the Data Engineer role on November 20" in " ".join(text.split())


def test_generate_returns_a_report(tmp_path, monkeypatch):
    write_tree(tmp_path, profile())
    monkeypatch.chdir(tmp_path)
    report = generate(Options(profiles=Path("profiles"), out=Path("out"),
                              today=date.fromisoformat(TODAY)))
    [app] = report.applications
    assert (app.name, app.candidate, app.written, app.unchanged, app.kept) == (
        "acme", "Jordan Rivera", 4, 0, ())  # thank-yous and a status check: no reply yet
    assert report.manifest == Path("out/manifest.json")


def test_input_keys_describe_the_yaml_as_it_was_read(tree, tmp_path):
    # A save that lands between reading a file and keying the run (preview --serve) must not
    # let the older drafts pass for the newer file: the key is of what was parsed.
    from generator.commands.build import Options, input_keys, prepare

    root = tree(profile())
    options = Options(profiles=root / "profiles", out=tmp_path / "out", today=date(2026, 11, 20))
    planned = prepare(options)
    before = input_keys(planned, options)
    interviewers = root / "profiles/acme/interviewers.yaml"
    interviewers.write_text(interviewers.read_text().replace("event sourcing", "sagas"))
    assert input_keys(planned, options) == before
    assert input_keys(prepare(options), options) != before
    # Reading the file again does not change what the earlier reading's key is of.
    assert input_keys(planned, options) == before

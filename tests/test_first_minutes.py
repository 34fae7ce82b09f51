"""The first ten minutes: a new interview folder, editor schemas, output that helps."""

from __future__ import annotations

import json
import re

import pytest
import yaml
from conftest import INTERVIEWERS, REPO, TODAY, profile


def test_new_makes_a_folder_that_points_at_what_to_fill_in(tree, run):
    root = tree({})
    result = run("new", "acme-backend", "--company", "Acme: Robotics", "--title", "No",
                 "--date", "2026-11-20", "--contact-name", "Dana Lee")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[:3] == [
        "wrote profiles/acme-backend/role.yaml",
        "wrote profiles/acme-backend/interviewers.yaml",
        "wrote profiles/candidate.yaml",
    ]
    role = (root / "profiles/acme-backend/role.yaml").read_text()
    assert role.startswith("# yaml-language-server: $schema=../.schema/role.schema.json\n")
    drafts = run("drafts", "profiles", "-o", "out")
    assert drafts.exit_code == 1
    assert drafts.stderr.splitlines() == [
        "profiles/candidate.yaml:3: name: is required but empty",
        "profiles/candidate.yaml:4: email: is required but empty",
        "profiles/acme-backend/interviewers.yaml:4: interviewers[0].name: is required but "
        "empty",
        "profiles/acme-backend/interviewers.yaml:8: interviewers[0].discussion_points[0]: is "
        "an empty item; remove the dash or fill it in",
        "followup: 4 problems; nothing was written.",
    ]
    # the scaffold asks for your own words on each person, which the note uses as written
    people = (root / "profiles/acme-backend/interviewers.yaml").read_text()
    assert re.search(r"^  note: +# optional, your words: what stayed with you", people, re.M)
    # What the options gave is kept exactly as typed (YAML would read `No` as false).
    from generator.input.loading import load_role
    loaded = load_role(root / "profiles/acme-backend/role.yaml")
    assert (loaded.company, loaded.title) == ("Acme: Robotics", "No")


def test_new_refuses_to_overwrite_and_odd_names(tree, run):
    tree(profile())
    result = run("new", "acme")
    assert result.exit_code == 1
    assert result.stderr.startswith("profiles/acme: already exists")
    assert run("new", "../escape").exit_code == 1
    assert run("new", "thank-you").exit_code == 1


def test_new_never_asks_when_not_in_a_terminal(tree, run):
    tree({})
    result = run("new", "beta")  # CliRunner's stdin is not a terminal
    assert result.exit_code == 0
    assert "?" not in result.output and ":" not in result.output.splitlines()[0]


def _load_as_editor(path):
    """YAML as an editor's language server reads it: 1.2 core types, dates stay text."""
    class Loader(yaml.SafeLoader):
        pass

    Loader.yaml_implicit_resolvers = {
        key: [(tag, regex) for tag, regex in resolvers if tag != "tag:yaml.org,2002:timestamp"]
        for key, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
    }
    return yaml.load(path.read_text(), Loader=Loader)


def test_the_worked_example_is_valid_against_the_schemas(tree, run):
    import jsonschema

    root = tree({})
    assert run("schema", "--out", "schemas").exit_code == 0
    schemas = {name: json.loads((root / f"schemas/{name}.schema.json").read_text())
               for name in ("candidate", "role", "interviewers")}
    for schema in schemas.values():
        jsonschema.Draft202012Validator.check_schema(schema)
    validate = {name: jsonschema.Draft202012Validator(schema, format_checker=jsonschema.
                                                      Draft202012Validator.FORMAT_CHECKER)
                for name, schema in schemas.items()}
    validate["candidate"].validate(_load_as_editor(REPO / "profiles/acme/candidate.yaml"))
    validate["role"].validate(_load_as_editor(REPO / "profiles/acme/role.yaml"))
    validate["interviewers"].validate(_load_as_editor(REPO / "profiles/acme/interviewers.yaml"))
    # ...and a mistake is underlined.
    errors = list(validate["role"].iter_errors({"company": "A", "title": "B",
                                                "interview_date": "20 Nov", "compnay": "x"}))
    assert {e.validator for e in errors} == {"pattern", "additionalProperties"}


@pytest.mark.parametrize("command", ["drafts", "plan", "check", "push", "packs", "new",
                                     "schema"])
def test_every_help_ends_with_an_example(run, command):
    result = run(command, "-h")
    assert result.exit_code == 0
    assert "Example:" in result.output
    assert "followup" in result.output.split("Example:")[1]


def test_no_color_turns_colour_off(tree, run, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import main

    tree(profile({"acme/role.yaml": None}))
    monkeypatch.setenv("NO_COLOR", "1")
    result = CliRunner().invoke(main, ["drafts", "profiles"], color=True)
    assert "\x1b[" not in result.output
    monkeypatch.delenv("NO_COLOR")
    result = CliRunner().invoke(main, ["drafts", "profiles"], color=True)
    assert "\x1b[31m" in result.output


def test_the_summary_names_who_signed_each_application(tree, run):
    tree(profile({"coach/alice/candidate.yaml": "name: Alice Moreau\nemail: a@example.com\n",
                  "coach/alice/acme/role.yaml": profile()["profiles/acme/role.yaml"],
                  "coach/alice/acme/interviewers.yaml":
                      profile()["profiles/acme/interviewers.yaml"]}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    lines = result.output.splitlines()
    assert any(line.startswith("coach/alice/acme: ") and "signed as Alice Moreau "
               "(profiles/coach/alice/candidate.yaml)" in line for line in lines)
    assert any(line.startswith("acme: ") and "signed as Jordan Rivera "
               "(profiles/candidate.yaml)" in line for line in lines)


def test_the_summary_counts_findings_and_names_the_next_send(tree, run):
    tree(profile({"acme/interviewers.yaml": INTERVIEWERS + "- name: Marcus Webb\n"
                                                          "  email: m@acme.example\n"}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    first = result.output.splitlines()[0]
    assert first.startswith("acme: 5 written, 1 finding · pack default · signed as ")
    assert first.endswith("· next: thank-you to Dana Lee today")


def test_the_summary_says_overdue_for_a_send_whose_day_has_gone(tree, run):
    tree(profile())
    result = run("drafts", "profiles", "-o", "out", "--today", "2026-11-23")
    assert "· next: thank-you to " in result.output
    assert "overdue since 2026-11-20" in result.output.splitlines()[0]


@pytest.mark.parametrize("day, message", [
    ("20/11/2026", "'20/11/2026' is not a date; write it as YYYY-MM-DD or YYYY-MM-DD HH:MM"),
    ("2026-11-31", "'2026-11-31' is not a real date"),
    ("2026-11-20 25:00", "'2026-11-20 25:00' is not a real date"),
])
def test_new_refuses_a_date_role_yaml_would_refuse_and_makes_nothing(tree, run, day, message):
    root = tree({})
    result = run("new", "acme", "--company", "Acme", "--date", day)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"--date: {message}",
                                          "followup: 1 problem; nothing was written."]
    assert not (root / "profiles").exists()


def test_new_takes_a_date_with_a_time_as_role_yaml_does(tree, run):
    root = tree({})
    result = run("new", "acme", "--company", "Acme", "--date", "2026-11-20 14:00")
    assert result.exit_code == 0, result.output
    from generator.input.yamlread import read_yaml
    role = read_yaml(root / "profiles/acme/role.yaml")
    assert dict((key.value, value) for key, value in role.items)["interview_date"].value == (
        "2026-11-20 14:00")


def test_fields_explains_every_field_from_the_one_declaration(run):
    from generator.docs import field_names
    from generator.input.declarations import ROLE

    result = run("fields", "role")
    assert result.exit_code == 0
    text = " ".join(result.output.split())
    assert text.startswith("role.yaml: ")
    for name in field_names("role"):
        assert f" {name} (" in text, name
    for field in ROLE.fields:
        assert " ".join(field.doc.split()) in text, field.name
    assert "interview_date (date or date and time, required)" in text
    assert "outcome (pending | rejected | offer | withdrawn)" in text


def test_fields_shows_the_three_files_and_narrows_to_one_field(run):
    everything = run("fields").output
    assert [line.split(":")[0] for line in everything.splitlines()
            if not line.startswith(" ") and line.split(":")[0].endswith(".yaml")] == [
        "candidate.yaml", "role.yaml", "interviewers.yaml"]
    contact = run("fields", "role", "contact").output
    names = [line.split()[0] for line in contact.splitlines() if line.startswith("  ")
             and not line.startswith("   ")]
    assert names[0] == "contact" and all(n.startswith("contact.") for n in names[1:])
    assert "contact.email" in names and "company" not in names
    wrong = run("fields", "role", "compnay")
    assert wrong.exit_code == 2
    assert "role has no field 'compnay'; it has company, title, " in wrong.output


def test_a_new_role_yaml_says_where_its_fields_are_explained(tree, run):
    root = tree({})
    assert run("new", "acme").exit_code == 0
    comment = (root / "profiles/acme/role.yaml").read_text().splitlines()[1]
    assert "`followup fields role`" in comment
    assert run(*comment.split("`")[1].split()[1:]).exit_code == 0  # the command it names runs


def test_new_in_a_terminal_asks_again_for_a_date_it_cannot_read(tree, monkeypatch):
    from click.testing import CliRunner

    from generator.cli import main

    root = tree({})
    monkeypatch.setattr("generator.cli.start._interactive", lambda: True)
    answers = "Acme\nEngineer\n20/11/2026\n2026-11-20\n\nJordan Rivera\nj@example.com\n"
    result = CliRunner().invoke(main, ["new", "acme"], input=answers)
    assert result.exit_code == 0, result.output
    assert "Error: date: '20/11/2026' is not a date; write it as YYYY-MM-DD" in result.output
    assert "interview_date: 2026-11-20 " in (root / "profiles/acme/role.yaml").read_text()


def test_a_misnamed_role_file_is_named_not_skipped_and_stops_only_its_folder(tree, run):
    from conftest import ROLE
    root = tree(profile({"acme/role.yaml": None, "acme/role.yml": ROLE,
                         "beta/role.yaml": ROLE, "beta/interviewers.yaml": INTERVIEWERS}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 1
    assert "acme/role.yaml: is missing; role.yml is there: name it role.yaml" in result.output
    assert (root / "out/beta/thank-you").is_dir()  # the other application is written


def test_a_point_with_a_colon_says_to_quote_it(tree, run):
    points = INTERVIEWERS.replace("- event sourcing for billing",
                                  "- system design: dedup for the events table")
    tree(profile({"acme/interviewers.yaml": points}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 1
    assert 'put the whole text in quotes ("system design: …")' in result.output

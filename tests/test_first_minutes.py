"""The first ten minutes: a new interview folder, editor schemas, output that helps."""

from __future__ import annotations

import json

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
    # What the options gave is kept exactly as typed (YAML would read `No` as false).
    from generator.input.models import load_role
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
    validate["candidate"].validate(_load_as_editor(REPO / "profiles/candidate.yaml"))
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

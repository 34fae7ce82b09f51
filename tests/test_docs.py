"""The reference docs are made from the code; this keeps them from drifting apart."""

from __future__ import annotations

import pytest
from conftest import REPO

from generator.compose.variables import VARIABLES
from generator.docs import fill


@pytest.mark.parametrize("name", ["docs/packs.md", "docs/fields.md"])
def test_generated_reference_tables_are_up_to_date(name):
    text = (REPO / name).read_text()
    assert fill(text) == text, f"run `make docs` and commit {name}"


def test_every_template_variable_is_documented_and_exists():
    from datetime import date

    from generator.compose.context import application_context, draft_context
    from generator.compose.packs import load_pack
    from generator.compose.recipients import plan_drafts
    from generator.input.sources import load_applications

    app = next(a for a in load_applications(REPO / "tests/golden/profiles") if a.name == "acme")
    pack = load_pack("default")
    specs, _ = plan_drafts(app, pack, ("thank-you",), date(2026, 11, 20))
    context = draft_context(application_context(app, date(2026, 11, 20)), specs[0], "default",
                            "en")
    for name in VARIABLES:
        value = context
        for part in name.split("."):
            assert part in value, f"{name} is documented but templates do not get it"
            value = value[part] if isinstance(value, dict) else value
    for name in context:
        documented = [v for v in VARIABLES if v == name or v.startswith(name + ".")]
        assert documented, f"templates get {name} but it is not documented"


@pytest.mark.parametrize("file", ["candidate", "role", "interviewers", "pack"])
def test_followup_fields_lists_what_docs_fields_md_lists(run, file):
    # Pip users have no docs/ folder: the command must carry the same reference.
    import re

    text = (REPO / ("docs/packs.md" if file == "pack" else "docs/fields.md")).read_text()
    table = text.split(f"<!-- generated: {file} -->")[1].split("<!-- end -->")[0]
    documented = re.findall(r"^\| `([^`]+)` \|", table, re.MULTILINE)
    assert documented
    result = run("fields", file)
    assert result.exit_code == 0
    listed = [line.split()[0] for line in result.output.splitlines()
              if line.startswith("  ") and not line.startswith("   ")]
    assert listed == documented

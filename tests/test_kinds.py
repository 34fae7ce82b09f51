"""The kind registry: every kind declared once, and the checks treat a kind by its declaration.

A new kind is declared in a copy of the registry before anything else is imported (the
registry is read when the modules that ask it are loaded), in a fresh interpreter, so the
suite's own imports are untouched.
"""

from __future__ import annotations

import ast
import json
import re
import subprocess
import sys
import textwrap

import pytest
from conftest import REPO, profile

from generator import kinds
from generator.kinds import (
    AUDIENCES,
    FACTS,
    OUTCOMES,
    PURPOSES,
    REGISTRY,
    VARIANTS,
    Schedule,
    Variant,
    called_for,
    form_label,
    kind,
    kinds_for,
)

# A kind declared like an existing one under another name: the checks must read it as they
# read the one it copies, whatever its name.
_DECLARE_AND_CHECK = textwrap.dedent("""
    import dataclasses, json, sys
    from datetime import date
    from generator import kinds

    copies = {"nudge": "status-check", "afterword": "rejection-reply", "thanks-again": "thank-you"}
    added = tuple(dataclasses.replace(kinds.kind(base), name=new, label=new)
                  for new, base in copies.items())
    kinds.REGISTRY = (*kinds.REGISTRY, *added)
    kinds.KINDS = tuple(k.name for k in kinds.REGISTRY)
    kinds._BY_NAME.update({k.name: k for k in added})

    from generator.checks.note import Note
    from generator.checks.runner import check

    def said(kind, text):
        note = Note(path="note.txt", text=text, kind=kind, recipient="Priya Raman",
                    hand_written=True)
        return sorted(f"{f.rule}: {f.severity}: {f.message}".replace(kind, "KIND")
                      for f in check([note], date(2026, 11, 20)).findings)

    texts = json.loads(sys.argv[1])
    print(json.dumps({new: [[said(new, t), said(base, t), said("thank-you", t)] for t in texts]
                      for new, base in copies.items()}))
""")

TEXTS = [
    # Sarcasm that reads so only outside a thank-you.
    "Hi Priya,\n\nNo rush, I have only been waiting three weeks. Is there any news on the "
    "Backend Engineer role?\n\nBest,\nJordan Rivera\n",
    # Arguing with the decision, a defect only in a reply to a no.
    "Hi Priya,\n\nThank you for letting me know. What I do not understand is how the panel "
    "decided so quickly.\n\nBest,\nJordan Rivera\n",
    # Thanks and nothing asked: what each kind must do differs.
    "Hi Priya,\n\nThank you for the conversation about event sourcing on Friday.\n\n"
    "Best,\nJordan Rivera\n",
]


def test_a_new_kind_is_checked_by_its_declaration_not_as_a_thank_you():
    run = subprocess.run([sys.executable, "-c", _DECLARE_AND_CHECK, json.dumps(TEXTS)],
                         cwd=REPO, capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout)
    for new, rows in found.items():
        for text, (as_new, as_base, _) in zip(TEXTS, rows, strict=True):
            assert as_new == as_base, (new, text)
    # The texts tell the kinds apart, so the equalities above say something.
    for new in ("nudge", "afterword"):
        assert any(row[0] != row[2] for row in found[new]), new


@pytest.mark.parametrize("declared", REGISTRY, ids=[k.name for k in REGISTRY])
def test_each_kind_declares_a_known_purpose_audience_and_outcomes(declared):
    assert declared.purpose in PURPOSES
    assert declared.audience in AUDIENCES
    assert set(declared.outcomes) <= set(OUTCOMES)
    assert set(declared.threads_under) <= {k.name for k in REGISTRY}


def test_a_misspelt_purpose_is_refused_not_matched_by_nothing():
    with pytest.raises(ValueError, match="no such purpose: thanks"):
        kinds_for("thanks")


def test_every_form_a_draft_takes_is_declared_for_its_kind_its_usual_one_first():
    from dataclasses import replace
    from datetime import timedelta

    from generator.commands.packtools import example_profiles
    from generator.compose.packs import load_pack
    from generator.compose.recipients import plan_drafts
    from generator.input.sources import load_applications
    from generator.kinds import KINDS, drafted_for, kind

    [app] = load_applications(example_profiles())[:1]
    role, day = app.role, app.role.interview_date
    later = day + timedelta(days=30)
    on_time = (app, day)
    cases = [
        on_time,
        (app, day + timedelta(days=3)),  # belated
        (replace(app, interviewers=(*app.interviewers[:-1],  # a panel note to the contact
                                    replace(app.interviewers[-1], email=None))), day),
        (replace(app, role=replace(role, sent={"status-check": (later,)})), later),  # final
        (replace(app, role=replace(role, outcome="rejected", outcome_date=later)), later),
    ]
    pack = load_pack("default")
    made = {(spec.kind, spec.variant) for app, today in cases
            for spec in plan_drafts(app, pack, KINDS, today)[0]}
    for name, variant in made:
        assert variant in kind(name).variants, (name, variant)
    # Every declared form is made by some case, so the check above covers them all.
    assert made == {(k, v) for k in KINDS for v in kind(k).variants}
    # On time and before any news, each kind drafted is in its usual form.
    app, today = on_time
    usual = {(spec.kind, spec.variant) for spec in plan_drafts(app, pack, KINDS, today)[0]}
    assert {name for name, _ in usual} == set(drafted_for("pending"))
    assert all(variant == kind(name).variants[0] for name, variant in usual)


@pytest.mark.parametrize("schedule", VARIANTS)
def test_each_schedule_declares_its_usual_form_first_and_what_calls_for_each_other(schedule):
    usual, *others = VARIANTS[schedule]
    assert usual.when is None and usual.label == ""  # the usual form goes unnamed
    for form in others:
        assert form.when in FACTS and form.label and form.case, form
    # A fact calls for one form of a schedule: an earlier form with the same fact is never made.
    assert len({form.when for form in others}) == len(others)
    assert len({form.name for form in VARIANTS[schedule]}) == len(VARIANTS[schedule])


def test_the_form_is_the_last_declared_that_a_fact_calls_for():
    thanks, check, reply = (kind(name) for name in ("thank-you", "status-check",
                                                    "rejection-reply"))
    assert thanks.form_for() == thanks.form_for(late=False, for_panel=False) == thanks.usual
    assert thanks.form_for(late=True) == "belated"
    assert thanks.form_for(for_panel=True) == thanks.form_for(late=True, for_panel=True) == "panel"
    assert (check.form_for(), check.form_for(sent_before=True)) == ("first", "final")
    assert reply.form_for(late=True, sent_before=True) == "standard"  # it has one form
    with pytest.raises(ValueError, match="no such fact: belated"):
        thanks.form_for(belated=True)
    assert called_for("thank-you", "panel", "for_panel")
    assert not called_for("thank-you", "belated", "for_panel")
    assert not called_for("no-such-kind", "panel", "for_panel")
    with pytest.raises(ValueError, match="no such fact: panel"):
        called_for("thank-you", "panel", "panel")


def test_the_usual_form_goes_unnamed_and_one_the_registry_never_declared_by_its_name():
    assert [form_label("thank-you", name) for name in kind("thank-you").variants] == [
        "", "belated", "panel"]
    assert form_label("status-check", "first") == ""
    assert form_label("status-check", "second") == "second"  # an older manifest's form
    assert form_label("no-such-kind", "standard") == "standard"


# Words that are also the name of a form, where they mean something else: the template
# variable `panel` (the interviewers a panel note thanks) and its documentation, and words of
# the notes themselves. Each must still be there, so the list never outlives its reasons.
NOT_A_FORM = {
    ("generator/compose/context.py", "panel"),  # the variable `panel`
    ("generator/compose/variables.py", "panel"),  # its documentation
    ("generator/checks/wordclasses.py", "panel"),  # "the panel", a word of a note
    ("generator/checks/opening.py", "first"),  # "First, …" opening a note
    ("generator/compose/persons.py", "first"),  # "her first year"
}


def _named_forms(text: str, suffix: str, names: set[str]) -> set[str]:
    """The names of forms that a module writes as string literals (a template or a script:
    in quotes)."""
    if suffix == ".py":
        return {node.value for node in ast.walk(ast.parse(text))
                if isinstance(node, ast.Constant) and isinstance(node.value, str)
                and node.value in names}
    return {m[2] for m in re.finditer(r"([\"'])([\w-]+)\1", text) if m[2] in names}


def _forms_named_outside_the_registry() -> set[tuple[str, str]]:
    names = {name for k in REGISTRY for name in k.variants}
    found = set()
    for path in sorted((REPO / "generator").rglob("*")):
        if path.suffix in (".py", ".j2", ".js") and path.name != "kinds.py":
            where = path.relative_to(REPO).as_posix()
            found |= {(where, name) for name in
                      _named_forms(path.read_text(encoding="utf-8"), path.suffix, names)}
    return found


def test_only_the_registry_names_a_form():
    found = _forms_named_outside_the_registry()
    assert found - NOT_A_FORM == set(), (
        "ask generator/kinds.py (form_for, usual, form_label, called_for) instead")
    assert NOT_A_FORM - found == set(), "no longer there: take it off NOT_A_FORM"


def test_only_the_registry_names_a_schedule():
    # review of issue 19 (H2): four modules compared schedule names as strings
    names = {schedule.value for schedule in Schedule}
    found = {(path.relative_to(REPO).as_posix(), name)
             for path in sorted([*(REPO / "generator").rglob("*"), *(REPO / "tools").rglob("*")])
             if path.suffix in (".py", ".j2", ".js") and path.name != "kinds.py"
             for name in _named_forms(path.read_text(encoding="utf-8"), path.suffix, names)}
    assert found == set(), "ask generator/kinds.py's Schedule instead"
    assert set(VARIANTS) == set(Schedule)


@pytest.mark.parametrize(("text", "suffix"), [
    ('variant = "belated" if late else "standard"\n', ".py"),
    ("{% if draft.variant not in ('standard', \"first\") %}\n", ".j2"),
])
def test_a_form_named_in_code_or_a_template_is_seen(text, suffix):
    assert _named_forms(text, suffix, {"standard", "belated", "first"}) == (
        {"standard", "belated"} if suffix == ".py" else {"standard", "first"})
    assert _named_forms('"""The first and the final one."""\n', ".py", {"first"}) == set()


def test_a_form_renamed_in_the_registry_alone_reaches_drafts_plan_page_and_packs_check(
        tree, run, monkeypatch):
    """Renaming the belated thank-you, with its label and case, in kinds.py alone: every
    module that makes, plans, shows or checks a draft follows it."""
    usual, _, panel = VARIANTS["after-interview"]
    monkeypatch.setitem(kinds.VARIANTS, "after-interview", (
        usual, Variant("tardy", when="late", label="late", case="a late day"), panel))
    root = tree(profile())
    made = run("drafts", "profiles", "-o", "out", "--today", "2026-11-23", "-q")
    assert made.exit_code == 0, made.output
    manifest = json.loads((root / "out/acme/manifest.json").read_text())
    assert {row["variant"] for row in manifest["drafts"] if row["kind"] == "thank-you"} == {
        "tardy"}
    page = (root / "out/index.html").read_text()
    assert '<span class="kind">thank-you · late</span>' in page
    assert "thank-you · belated" not in page
    planned = run("plan", "profiles", "--today", "2026-11-23").stdout
    assert "2026-11-20  overdue   acme  thank-you (late) to Priya Raman" in planned
    checked = run("packs", "check", "default")
    assert checked.exit_code == 0, checked.output
    assert "ok  thank-you (tardy, a late day) to Priya Raman" in checked.output.splitlines()
    assert "belated" not in checked.output


@pytest.mark.parametrize("pack", ["default", "es"])
def test_packs_check_makes_each_form_in_the_case_that_calls_for_it(run, pack):
    checked = run("packs", "check", pack)
    assert checked.exit_code == 0, checked.output
    made = {line.split(" to ")[0].removeprefix("ok  ") for line in checked.output.splitlines()}
    for declared in REGISTRY:
        for form in declared.forms:
            if form.when is not None:
                assert f"{declared.name} ({form.name}, {declared.case(form)})" in made

"""The kind registry: every kind declared once, and the checks treat a kind by its declaration.

A new kind is declared in a copy of the registry before anything else is imported (the
registry is read when the modules that ask it are loaded), in a fresh interpreter, so the
suite's own imports are untouched.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest
from conftest import REPO

from generator.kinds import (
    AUDIENCES,
    FACTS,
    OUTCOMES,
    PURPOSES,
    REGISTRY,
    VARIANTS,
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


@pytest.mark.parametrize("pack", ["default", "es"])
def test_packs_check_makes_each_form_in_the_case_that_calls_for_it(run, pack):
    checked = run("packs", "check", pack)
    assert checked.exit_code == 0, checked.output
    made = {line.split(" to ")[0].removeprefix("ok  ") for line in checked.output.splitlines()}
    for declared in REGISTRY:
        for form in declared.forms:
            if form.when is not None:
                assert f"{declared.name} ({form.name}, {declared.case(form)})" in made

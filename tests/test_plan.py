"""`followup plan`: the table, its JSON, and the calendar file read back field by field."""

from __future__ import annotations

import json
from datetime import date, timedelta

from conftest import REPO, ROLE, TODAY, profile


def test_plan_table_matches_golden(run, monkeypatch):
    monkeypatch.chdir(REPO)
    result = run("plan", "tests/golden/profiles", "--today", TODAY)
    assert result.exit_code == 0
    assert result.stdout == (REPO / "tests/golden/plan.txt").read_text()


def test_plan_json_is_one_document_on_stdout(tree, run):
    tree(profile({"acme/role.yaml": ROLE + "sent: {thank-you: 2026-11-20}\n"}))
    result = run("plan", "profiles", "--today", "2026-11-22", "--format", "json")
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert document["today"] == "2026-11-22"
    items = document["items"]
    assert [(i["kind"], i["status"]) for i in items] == [
        ("thank-you", "done"), ("thank-you", "done"), ("thank-you", "done"),
        ("status-check", "upcoming"),
    ]
    assert items[-1]["send_on"] == "2026-11-27"
    assert [i["send_on"] for i in items] == sorted(i["send_on"] for i in items)


def test_plan_marks_a_late_thank_you_overdue(tree, run):
    tree(profile())
    result = run("plan", "profiles", "--today", "2026-11-23")
    assert "2026-11-20  overdue   acme  thank-you (belated) to Priya Raman" in result.stdout


def test_ics_has_one_event_per_send_to_do_with_stable_uids(tree, run):
    from icalendar import Calendar

    root = tree(profile({"acme/role.yaml": ROLE + "decision_expected: 2026-12-04\n"}))
    result = run("plan", "profiles", "--today", TODAY, "--ics", "plan.ics", "--format", "json")
    assert result.exit_code == 0
    items = json.loads(result.stdout)["items"]
    data = (root / "plan.ics").read_bytes()
    events = Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == len(items) == 4
    for event, item in zip(events, items, strict=True):
        assert str(event["uid"]) == item["message_id"].strip("<>")
        start = event.decoded("dtstart")
        assert start == date.fromisoformat(item["send_on"])
        assert event.decoded("dtend") == start + timedelta(days=1)
        assert str(event["summary"]).endswith(item["subject"])
        description = str(event["description"])
        assert f"To: {item['recipient']['name']} <{item['recipient']['email']}>" in description
        assert f"Draft: {item['draft']}" in description
        [alarm] = event.walk("VALARM")
        assert alarm.decoded("trigger") == timedelta(hours=9)
    # Importing again updates the same events: the same input gives the same file.
    run("plan", "profiles", "--today", TODAY, "--ics", "again.ics")
    assert (root / "again.ics").read_bytes() == data


def test_ics_leaves_out_what_was_sent(tree, run):
    from icalendar import Calendar

    root = tree(profile({"acme/role.yaml": ROLE + "sent: {thank-you: 2026-11-20}\n"}))
    run("plan", "profiles", "--today", "2026-11-21", "--ics", "plan.ics")
    events = Calendar.from_ical((root / "plan.ics").read_bytes()).walk("VEVENT")
    assert [str(e["summary"]).split(":")[0] for e in events] == ["Send status check"]

"""`followup plan`: the table, its JSON, and the calendar file read back field by field."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

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
    assert [str(e["summary"]).split(":")[0] for e in events] == ["Send the status check"]


TIMED_ROLE = ROLE.replace("interview_date: 2026-11-20",
                          "interview_date: 2026-11-20 14:00\ntimezone: Europe/Berlin")


def _events(path):
    from icalendar import Calendar

    return list(Calendar.from_ical(path.read_bytes()).walk("VEVENT"))


def test_a_timed_interview_gives_a_timed_thank_you_in_its_zone(tree, run):
    from zoneinfo import ZoneInfo

    root = tree(profile({"acme/role.yaml": TIMED_ROLE}))
    assert run("plan", "profiles", "--today", TODAY, "--ics", "plan.ics").exit_code == 0
    data = (root / "plan.ics").read_bytes()
    berlin = ZoneInfo("Europe/Berlin")
    thanks = [e for e in _events(root / "plan.ics") if "thank-you" in str(e["summary"])]
    assert thanks
    for event in thanks:
        start, end = event.decoded("dtstart"), event.decoded("dtend")
        assert start == datetime(2026, 11, 20, 16, 0, tzinfo=berlin)  # two hours after
        assert end == datetime(2026, 11, 21, 14, 0, tzinfo=berlin)  # the 24-hour deadline
        assert event.walk("VALARM")[0].decoded("trigger") == timedelta(0)
    assert b"BEGIN:VTIMEZONE" in data and b"TZID:Europe/Berlin" in data
    checks = [e for e in _events(root / "plan.ics") if "status check" in str(e["summary"])]
    assert checks and all(type(e.decoded("dtstart")) is date for e in checks)  # all-day


def test_an_overdue_send_moves_to_today_and_keeps_its_uid(tree, run):
    root = tree(profile())
    run("plan", "profiles", "--today", TODAY, "--ics", "before.ics")
    run("plan", "profiles", "--today", "2026-11-24", "--ics", "after.ics")
    before = {str(e["uid"]): e for e in _events(root / "before.ics")}
    after = {str(e["uid"]): e for e in _events(root / "after.ics")}
    thanks = [uid for uid, e in before.items() if "thank-you" in str(e["summary"])]
    assert thanks
    for uid in thanks:  # the same events, moved to the day the user will see them
        assert before[uid].decoded("dtstart") == date(2026, 11, 20)
        assert after[uid].decoded("dtstart") == date(2026, 11, 24)
        assert "Overdue since 2026-11-20" in str(after[uid]["description"])


def test_the_calendar_parses_in_a_second_library(tree, run):
    import vobject

    root = tree(profile({"acme/role.yaml": TIMED_ROLE}))
    run("plan", "profiles", "--today", TODAY, "--ics", "plan.ics")
    calendar = vobject.readOne((root / "plan.ics").read_text(encoding="utf-8"))
    events = calendar.contents["vevent"]
    assert len(events) == len(_events(root / "plan.ics"))
    timed = [e for e in events if isinstance(e.dtstart.value, datetime)]
    assert timed and all(e.dtstart.value.utcoffset() == timedelta(hours=1) for e in timed)
    assert {e.uid.value for e in events} == {str(e["uid"]) for e in _events(root / "plan.ics")}

"""The timing rules, table by table, and what outcomes and `sent:` do to the drafts."""

from __future__ import annotations

import email
from datetime import date, datetime
from email import policy
from zoneinfo import ZoneInfo

import pytest
from conftest import ROLE, TODAY, profile

from generator.output.previous import read_manifest
from generator.timeline.schedule import (
    Timing,
    When,
    add_business_days,
    final_status_check,
    first_status_check,
    status,
    thank_you_deadline,
)

D = date.fromisoformat
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize("start,count,expected", [
    ("2026-12-04", 2, "2026-12-08"),  # Friday -> Tuesday
    ("2026-12-03", 2, "2026-12-07"),  # Thursday -> Monday
    ("2026-12-05", 2, "2026-12-08"),  # Saturday -> Tuesday
    ("2026-12-31", 2, "2027-01-04"),  # over the year end and a weekend
    ("2027-02-26", 1, "2027-03-01"),  # Friday at a month end -> Monday
    ("2026-12-07", 0, "2026-12-07"),
    ("2026-12-05", 0, "2026-12-07"),  # status_check_business_days: 0 on a Saturday -> Monday
    ("2026-12-06", 0, "2026-12-07"),  # ... and on a Sunday
])
def test_business_days_skip_weekends(start, count, expected):
    assert add_business_days(D(start), count) == D(expected)


@pytest.mark.parametrize("interview,expected", [
    (date(2026, 11, 20), date(2026, 11, 21)),
    (datetime(2026, 11, 20, 14, 30), datetime(2026, 11, 21, 14, 30)),
    # Clocks go forward on 29 March: 24 real hours after 14:00 is 15:00 on the new clock.
    (datetime(2026, 3, 28, 14, 0, tzinfo=BERLIN), datetime(2026, 3, 29, 15, 0, tzinfo=BERLIN)),
    # ...and back on 25 October: 24 hours after 14:00 is 13:00.
    (datetime(2026, 10, 24, 14, 0, tzinfo=BERLIN), datetime(2026, 10, 25, 13, 0, tzinfo=BERLIN)),
])
def test_thank_you_is_due_within_24_hours(interview, expected):
    deadline = thank_you_deadline(interview, Timing())
    assert deadline == expected
    if isinstance(expected, datetime) and expected.tzinfo:
        assert deadline.utcoffset() == expected.utcoffset()


@pytest.mark.parametrize("decision,not_before,expected", [
    ("2026-12-04", "2026-11-20", "2026-12-08"),  # second business day after the decision date
    (None, "2026-11-20", "2026-11-27"),  # a week after the interview without one
    (None, "2026-11-30", "2026-11-30"),  # never before the thank-you went out
    (None, "2026-11-28", "2026-11-30"),  # ... nor on the weekend it went out
])
def test_first_status_check(decision, not_before, expected):
    day = first_status_check(D("2026-11-20"), decision and D(decision), Timing(), D(not_before))
    assert day == D(expected)


@pytest.mark.parametrize("interview,first,final", [
    ("2026-11-21", "2026-11-30", "2026-12-07"),  # a Saturday interview: a week on is Monday
    ("2026-11-20", "2026-11-27", "2026-12-04"),  # weekdays stay as they are
])
def test_status_checks_never_land_on_a_weekend(interview, first, final):
    day = first_status_check(D(interview), None, Timing(), D(interview))
    assert day == D(first)
    assert final_status_check(day, Timing(final_check_days=8)).weekday() < 5
    assert final_status_check(day, Timing()) == D(final)


@pytest.mark.parametrize("when,today,expected", [
    (When(D("2026-11-20"), D("2026-11-21")), "2026-11-20", "due"),
    (When(D("2026-11-20"), D("2026-11-21")), "2026-11-21", "due"),
    (When(D("2026-11-20"), D("2026-11-21")), "2026-11-22", "overdue"),
    (When(D("2026-11-20"), D("2026-11-21"), D("2026-11-20")), "2026-11-25", "done"),
    (When(D("2026-12-08")), "2026-12-01", "upcoming"),
    (When(D("2026-12-08")), "2026-12-09", "due"),
    (When(None), "2026-12-09", "unplanned"),
])
def test_status(when, today, expected):
    assert status(when, D(today)) == expected


def _manifest(tree, run, role, *extra, today=TODAY):
    root = tree(profile({"acme/role.yaml": role}))
    result = run("drafts", "profiles", "-o", "out", "--today", today, *extra)
    assert result.exit_code == 0, result.output
    return root, read_manifest(root / "out")[0], result.output


def _kinds(rows):
    return sorted({(r["kind"], r["variant"]) for r in rows})


def test_drafts_carry_send_dates(tree, run):
    _, rows, _ = _manifest(tree, run, ROLE + "decision_expected: 2026-12-04\n")
    dates = {(r["kind"], r["recipient"]["name"]): (r["send_on"], r["send_by"]) for r in rows}
    assert dates[("thank-you", "Priya Raman")] == ("2026-11-20", "2026-11-21")
    assert dates[("status-check", "Dana Lee")] == ("2026-12-08", None)
    assert ("rejection-reply", "Dana Lee") not in dates  # only once the answer is no


def test_interview_time_and_zone_give_an_exact_deadline(tree, run):
    role = ROLE.replace("2026-11-20", "2026-11-20 16:00") + "timezone: America/New_York\n"
    _, rows, _ = _manifest(tree, run, role)
    [priya] = [r for r in rows if r["kind"] == "thank-you" and r["recipient"]["name"] ==
               "Priya Raman"]
    assert priya["send_by"] == "2026-11-21T16:00:00-05:00"


def test_after_a_rejection_only_the_rejection_reply(tree, run):
    role = ROLE + "outcome: rejected\noutcome_date: 2026-11-25\n"
    _, rows, output = _manifest(tree, run, role, today="2026-11-26")
    assert _kinds(rows) == [("rejection-reply", "standard")]
    assert {r["send_on"] for r in rows} == {"2026-11-25"}
    assert "note: outcome is rejected: no thank-you, status-check drafted" in output


@pytest.mark.parametrize("outcome", ["offer", "withdrawn"])
def test_after_an_offer_or_withdrawal_no_status_checks(tree, run, outcome):
    _, rows, _ = _manifest(tree, run, ROLE + f"outcome: {outcome}\n")
    assert _kinds(rows) == [("thank-you", "standard")]


def test_a_sent_status_check_turns_the_next_into_the_final_one(tree, run):
    role = ROLE + "sent:\n  thank-you: 2026-11-20\n  status-check: 2026-11-27\n"
    root, rows, _ = _manifest(tree, run, role, today="2026-11-28")
    [check] = [r for r in rows if r["kind"] == "status-check"]
    assert (check["variant"], check["send_on"]) == ("final", "2026-12-04")
    thank_you = next(r for r in rows if r["kind"] == "thank-you"
                     and r["recipient"]["name"] == "Dana Lee")
    assert thank_you["sent_on"] == "2026-11-20" and thank_you["variant"] == "standard"
    eml = email.message_from_bytes((root / "out" / check["eml"]).read_bytes(),
                                   policy=policy.default)
    references = eml["References"].split()
    assert len(references) == 2 and references[0] == thank_you["message_id"]
    assert eml["In-Reply-To"] == references[1]  # the first status check
    assert eml["Subject"].strip() == ("Re: Thank you: Backend Engineer interviews "
                                      "(Jordan Rivera)")
    assert "one last time" in (root / "out" / check["text"]).read_text()


def test_after_two_status_checks_nothing_more(tree, run):
    role = ROLE + "sent:\n  status-check: [2026-11-27, 2026-12-04]\n"
    _, rows, output = _manifest(tree, run, role, today="2026-12-10")
    assert "status-check" not in {r["kind"] for r in rows}
    assert "both status checks were sent; nothing more is planned" in output


def test_timing_numbers_can_be_changed_per_role(tree, run):
    role = ROLE + "timing:\n  status_check_days: 10\n"
    _, rows, _ = _manifest(tree, run, role)
    [check] = [r for r in rows if r["kind"] == "status-check"]
    assert check["send_on"] == "2026-11-30"


BAD = [
    ("sent: {thank-you: 2026-11-25}\n", "profiles/acme/role.yaml:7: sent.thank-you: 2026-11-25 "
     "is in the future (today is 2026-11-20)"),
    ("sent: {thank_you: 2026-11-20}\n", "profiles/acme/role.yaml:7: sent.thank_you: unknown "
     "field; did you mean 'thank-you'?"),
    ("outcome: ghosted\n", "profiles/acme/role.yaml:7: outcome: 'ghosted' is not allowed; "
     "choose one of pending, rejected, offer, withdrawn"),
    ("timezone: Europe/Atlantis\n", "profiles/acme/role.yaml:7: timezone: 'Europe/Atlantis' is "
     "not a time zone; use a name like Europe/Berlin or America/New_York"),
    ("outcome_date: 2026-11-01\n", "profiles/acme/role.yaml:7: outcome_date: 2026-11-01 is "
     "before the interview (2026-11-20); check both dates (YYYY-MM-DD)"),
    ("timing: {final_check_days: 900}\n", "profiles/acme/role.yaml:7: timing.final_check_days: "
     "900 is out of range (1 to 60)"),
]


@pytest.mark.parametrize("extra,message", BAD)
def test_timeline_mistakes_are_clear(tree, run, extra, message):
    tree(profile({"acme/role.yaml": ROLE + extra}))
    for command in ("drafts", "plan"):
        result = run(command, "profiles", "--today", TODAY)
        assert result.exit_code == 1
        assert result.stderr.splitlines()[0] == message

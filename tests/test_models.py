"""Reading the YAML: what the user typed is what they get."""

from __future__ import annotations

import unicodedata
from datetime import date, time

import pytest
from conftest import CANDIDATE, ROLE, profile, write_tree

from generator.errors import FollowupError
from generator.input.loading import load_candidate, load_role
from generator.input.sources import load_applications


def test_yaml_1_1_surprises_keep_the_text_the_user_typed(tmp_path):
    path = write_tree(tmp_path, {"c.yaml": "name: No\nemail: n@example.com\nphone: 0123\n"})
    candidate = load_candidate(path / "c.yaml")
    assert candidate.name == "No"
    assert candidate.phone == "0123"


def test_a_surname_null_is_a_name_not_nothing(tmp_path):
    path = write_tree(tmp_path, {"c.yaml": "name: Jane Null\nemail: j@example.com\n"})
    assert load_candidate(path / "c.yaml").name == "Jane Null"


def test_interview_date_may_carry_a_time(tmp_path):
    path = write_tree(tmp_path, {"r.yaml": ROLE.replace("2026-11-20", "2026-11-20 14:30")})
    role = load_role(path / "r.yaml")
    assert role.interview_date == date(2026, 11, 20)
    assert role.interview_time == time(14, 30)


def test_bom_and_crlf_are_fine(tmp_path):
    data = ("\ufeff" + CANDIDATE).replace("\n", "\r\n").encode("utf-8")
    path = write_tree(tmp_path, {"c.yaml": data})
    assert load_candidate(path / "c.yaml").email == "jordan@example.com"


def test_salutation_defaults_to_first_word_and_can_be_set(tmp_path):
    write_tree(tmp_path, profile({"acme/interviewers.yaml": """\
        - name: Amara Okafor
          salutation: Dr. Okafor
        - name: Priya Raman
        """}))
    [app] = load_applications(tmp_path / "profiles")
    assert [p.salutation for p in app.interviewers] == ["Dr. Okafor", "Priya"]


def test_nearest_candidate_wins_for_a_coach(tmp_path):
    write_tree(tmp_path, {
        "profiles/candidate.yaml": CANDIDATE,
        "profiles/alice/candidate.yaml": "name: Alice Moreau\nemail: alice@example.com\n",
        "profiles/alice/acme/role.yaml": ROLE,
        "profiles/alice/acme/interviewers.yaml": "- name: Priya Raman\n",
        "profiles/bob/acme/role.yaml": ROLE,
        "profiles/bob/acme/interviewers.yaml": "- name: Priya Raman\n",
    })
    apps = {a.name: a for a in load_applications(tmp_path / "profiles")}
    assert apps["alice/acme"].candidate.name == "Alice Moreau"
    assert apps["bob/acme"].candidate.name == "Jordan Rivera"


def test_an_application_folder_given_directly_finds_the_candidate_above(tmp_path):
    write_tree(tmp_path, profile())
    [app] = load_applications(tmp_path / "profiles" / "acme")
    assert app.name == "acme"
    assert app.candidate.name == "Jordan Rivera"


def test_markdown_fields_keep_line_breaks(tmp_path):
    path = write_tree(tmp_path, {"c.yaml": CANDIDATE + "signature: |\n  Jordan\n  Portland\n"})
    assert load_candidate(path / "c.yaml").signature == "Jordan\nPortland"


# Every date the user types is bounded, so that no date derived from it (a deadline, a status
# check weeks later, a calendar entry) can pass Python's last day and end in a traceback.
@pytest.mark.parametrize("files,where", [
    ({"acme/role.yaml": ROLE.replace("2026-11-20", "9999-12-31")}, "interview_date"),
    ({"acme/role.yaml": ROLE.replace("2026-11-20", "9999-12-31 23:59")}, "interview_date"),
    ({"acme/role.yaml": ROLE + "decision_expected: 9999-12-31\n"}, "decision_expected"),
    ({"acme/role.yaml": ROLE + "outcome: rejected\noutcome_date: 9999-12-31\n"},
     "outcome_date"),
    ({"acme/role.yaml": ROLE + "sent:\n  thank-you: 9999-12-31\n"}, "sent.thank-you"),
    ({"acme/role.yaml": ROLE + "sent:\n  status-check: [2026-12-01, 9999-12-31]\n"},
     "sent.status-check[1]"),
    ({"acme/role.yaml": ROLE.replace("2026-11-20", "0001-01-01")}, "interview_date"),
    ({"acme/interviewers.yaml": "- name: Priya Raman\n  date: 9999-12-31\n"},
     "interviewers[0].date"),
])
def test_no_date_field_takes_a_year_that_could_overflow(tmp_path, files, where):
    write_tree(tmp_path, profile(files))
    with pytest.raises(FollowupError) as caught:
        load_applications(tmp_path / "profiles")
    assert f"{where}: " in str(caught.value)
    assert "write a date between 1900 and 2999" in str(caught.value)


def test_the_last_allowed_year_derives_every_date_without_overflow(tree, run):
    tree(profile({"acme/role.yaml": ROLE.replace("2026-11-20", "2999-12-31 23:30")
                  + "timezone: Pacific/Kiritimati\ndecision_expected: 2999-12-31\n"
                  + "timing:\n  thank_you_hours: 96\n  status_check_business_days: 30\n"
                  + "  final_check_days: 60\n"}))
    for command in (("drafts", "profiles", "-o", "out", "--today", "2999-12-31"),
                    ("plan", "profiles", "--today", "2999-12-31", "--ics", "plan.ics")):
        result = run(*command)
        assert result.exit_code == 0, result.output


@pytest.mark.parametrize("digits", ["9" * 5000, "-" + "9" * 5000, "0" * 30 + "7"])
def test_a_number_of_any_length_is_read_or_refused_without_a_traceback(tmp_path, digits):
    write_tree(tmp_path, profile({"acme/role.yaml": ROLE + f"timing:\n  status_check_days: "
                                                          f"{digits}\n"}))
    if digits.endswith("7"):  # leading zeros are still a small number
        [app] = load_applications(tmp_path / "profiles")
        assert app.role.timing == {"status_check_days": 7}
        return
    with pytest.raises(FollowupError) as caught:
        load_applications(tmp_path / "profiles")
    assert "timing.status_check_days: '" in str(caught.value)
    assert "is out of range (1 to 60)" in str(caught.value)


# Names pasted from anywhere: what cannot be seen is refused, by Unicode's properties; the
# joiners Persian and Indic names are written with stay.
@pytest.mark.parametrize("name", [
    "علی\u200cرضا حسینی",  # Alireza: ZWNJ between joining Persian letters
    "محمد\u200cعلی رضایی",  # Mohammad-Ali: a ZWNJ that changes nothing, as Persian is typed
    "लक्ष्\u200cमी शर्मा",  # Lakshmi, Devanagari: ZWNJ after a virama
    "क्\u200dषमा राव",  # ZWJ after a virama
    "അവന്\u200d മേനോന്\u200d",  # Malayalam chillu: ZWJ after a virama
    "葛\U000E0100飾 北斎",  # an ideograph variation selector in a Japanese name
    "Søren Kjærgaard", "José Ñúñez", "Nguyễn Thị Thảo", "Zoë O'Brien-Smith",
])
def test_names_in_every_script_keep_the_joiners_they_need(tmp_path, name):
    write_tree(tmp_path, profile({"acme/interviewers.yaml": f"- name: \"{name}\"\n"}))
    [app] = load_applications(tmp_path / "profiles")
    assert app.interviewers[0].name == unicodedata.normalize("NFC", name)


@pytest.mark.parametrize("value,char", [
    ("Ann\u200dMarie", "U+200D"),  # a joiner between Latin letters does nothing but hide
    ("Priya\u200c", "U+200C"),
    ("\u3164", "U+3164"), ("\uffa0Priya", "U+FFA0"), ("Pri\u034fya", "U+034F"),
    ("Priya\u2060", "U+2060"), ("Pri\u00adya", "U+00AD"), ("\u200fPriya", "U+200F"),
    ("Priya\u180e", "U+180E"), ("Priya\U000E0041", "U+E0041"), ("Priya\ue000", "U+E000"),
    ("\U000E0100Priya", "U+E0100"),  # a variation selector with nothing to vary
    ("Priya\ufe0f Raman", "U+FE0F"),  # after a Latin letter it changes nothing seen
])
def test_invisible_characters_are_refused_in_names_and_salutations(tmp_path, value, char):
    for field in ("name", "salutation"):
        person = (f"- name: \"{value}\"\n" if field == "name"
                  else f"- name: Priya Raman\n  salutation: \"{value}\"\n")
        write_tree(tmp_path, profile({"acme/interviewers.yaml": person}))
        with pytest.raises(FollowupError) as caught:
            load_applications(tmp_path / "profiles")
        assert f"interviewers[0].{field}: contains the invisible character {char}" in str(
            caught.value)


@pytest.mark.parametrize("value", [
    "[Priya](https://evil.example)", "[Priya][1]", "<https://evil.example>",
    "Priya <b>Raman</b>", "Priya https://evil.example", "www.evil.example",
    "javascript:alert(1)",
])
def test_a_link_is_refused_where_a_name_or_title_belongs(tmp_path, value):
    for path, text in (("acme/interviewers.yaml", f"- name: \"{value}\"\n"),
                       ("acme/interviewers.yaml", f"- name: Priya Raman\n  salutation: "
                                                  f"\"{value}\"\n"),
                       ("acme/role.yaml", ROLE.replace("Acme Robotics", f"\"{value}\"")),
                       ("candidate.yaml", CANDIDATE.replace("Jordan Rivera", f"\"{value}\""))):
        write_tree(tmp_path, profile({path: text}))
        with pytest.raises(FollowupError) as caught:
            load_applications(tmp_path / "profiles")
        assert "looks like a link; write the plain text" in str(caught.value)


def test_markdown_fields_still_take_links(tmp_path):
    write_tree(tmp_path, profile({"acme/interviewers.yaml": (
        "- name: Priya Raman (she/her)\n  follow_up: \"[my notes](https://jordan.example)\"\n")}))
    [app] = load_applications(tmp_path / "profiles")
    assert app.interviewers[0].follow_up == "[my notes](https://jordan.example)"

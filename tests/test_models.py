"""Reading the YAML: what the user typed is what they get."""

from __future__ import annotations

from datetime import date, time

from conftest import CANDIDATE, ROLE, profile, write_tree

from generator.input.models import load_candidate, load_role
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

"""Bad input: one line per problem naming file, line and field; exit 1; OUT untouched."""

from __future__ import annotations

import pytest
from conftest import CANDIDATE, INTERVIEWERS, ROLE, TODAY, profile, snapshot

P = "profiles/acme/"

CASES: list[tuple[str, dict[str, str | bytes | None], list[str]]] = [
    ("yaml syntax", {"acme/role.yaml": "company: Acme\ntitle: [Backend\n"},
     [f"{P}role.yaml:3: YAML syntax error: did not find expected ',' or ']'"]),
    ("tab indentation", {"acme/role.yaml": ROLE.replace("  name: Dana", "\tname: Dana")},
     [f"{P}role.yaml:5: YAML syntax error: found character that cannot start any token; "
      "indent with spaces, not tabs"]),
    ("unquoted colon", {"acme/role.yaml": ROLE + "highlights:\n  - note: this\n  - b\n"},
     [f"{P}role.yaml:8: highlights[0]: expected text, got a mapping (key: value lines)"]),
    ("missing required field",
     {"acme/role.yaml": ROLE.replace("company: Acme Robotics\n", "")},
     [f"{P}role.yaml:1: company: is required"]),
    ("empty required field",
     {"acme/role.yaml": ROLE.replace("title: Backend Engineer", "title:")},
     [f"{P}role.yaml:2: title: is required but empty"]),
    ("bad email", {"acme/interviewers.yaml": INTERVIEWERS.replace("soren@acme.example", "bob@")},
     [f"{P}interviewers.yaml:6: interviewers[1].email: 'bob@' is not an email address "
      "(expected name@example.com)"]),
    ("non-ascii local part",
     {"acme/interviewers.yaml": INTERVIEWERS.replace("soren@", "søren@")},
     [f"{P}interviewers.yaml:6: interviewers[1].email: 'søren@acme.example' is not an email "
      "address: letters outside ASCII before the @ are refused by most mail servers"]),
    ("impossible date", {"acme/role.yaml": ROLE.replace("2026-11-20", "2026-02-30")},
     [f"{P}role.yaml:3: interview_date: '2026-02-30' is not a real date"]),
    ("not a date", {"acme/role.yaml": ROLE.replace("2026-11-20", "next friday")},
     [f"{P}role.yaml:3: interview_date: 'next friday' is not a date; write it as YYYY-MM-DD "
      "or YYYY-MM-DD HH:MM"]),
    ("decision before interview",
     {"acme/role.yaml": ROLE + "decision_expected: 2026-11-01\n"},
     [f"{P}role.yaml:7: decision_expected: 2026-11-01 is before the interview (2026-11-20)"]),
    ("unknown key with hint", {"acme/role.yaml": ROLE + "compnay: Acme\n"},
     [f"{P}role.yaml:7: compnay: unknown field; did you mean 'company'?"]),
    ("unknown key without hint", {"candidate.yaml": CANDIDATE + "zzz: 1\n"},
     ["profiles/candidate.yaml:3: zzz: unknown field; candidate fields are: name, email, phone, "
      "signature"]),
    ("duplicate key", {"acme/role.yaml": ROLE + "title: Other\n"},
     [f"{P}role.yaml:7: title: duplicate key (first at line 2); keep one"]),
    ("empty file", {"acme/role.yaml": ""},
     [f"{P}role.yaml:1: is empty: it should hold the role fields (company, title, "
      "interview_date)"]),
    ("whitespace only", {"candidate.yaml": "  \n\n"},
     ["profiles/candidate.yaml:1: is empty: it should hold the candidate fields (name, email)"]),
    ("top level is a list", {"acme/role.yaml": "- company: Acme\n"},
     [f"{P}role.yaml:1: expected a mapping of role fields, got a list"]),
    ("interviewers not a list", {"acme/interviewers.yaml": "name: Priya\n"},
     [f"{P}interviewers.yaml:1: expected a list of interviewers (each starting with '- name:'), "
      "got a mapping (key: value lines)"]),
    ("no interviewers file", {"acme/interviewers.yaml": None},
     [f"{P}interviewers.yaml: is missing: list the people who interviewed you there "
      "(see profiles/ for an example)"]),
    ("empty interviewer list", {"acme/interviewers.yaml": "[]\n"},
     [f"{P}interviewers.yaml:1: lists no interviewers; add at least one"]),
    ("no candidate anywhere", {"candidate.yaml": None},
     [f"{P}role.yaml: has no candidate.yaml in its folder or any folder above it; add one "
      "(your name and email) to profiles"]),
    ("not utf-8", {"candidate.yaml": "name: Zo\xeb\nemail: z@example.com\n".encode("latin-1")},
     ["profiles/candidate.yaml:1: is not UTF-8 text (byte 0xeb); save it as UTF-8"]),
    ("utf-16", {"candidate.yaml": CANDIDATE.encode("utf-16")},
     ["profiles/candidate.yaml:1: is saved as UTF-16; save it as UTF-8"]),
    ("alias bomb", {"acme/role.yaml": ROLE + "highlights: &a [x, x]\npack: *a\n"},
     [f"{P}role.yaml:8: uses the alias *a; aliases are not supported, write the value out"]),
    ("python tag", {"acme/role.yaml": ROLE + "pack: !!python/object/apply:os.system [ls]\n"},
     [f"{P}role.yaml:7: uses the tag 'tag:yaml.org,2002:python/object/apply:os.system'; "
      "tags are not supported"]),
    ("deep nesting", {"acme/role.yaml": "highlights: " + "[" * 50 + "]" * 50 + "\n"},
     [f"{P}role.yaml:1: nests deeper than 20 levels"]),
    ("two documents", {"candidate.yaml": CANDIDATE + "---\nname: B\n"},
     ["profiles/candidate.yaml:3: holds more than one YAML document (---)"]),
    ("control character", {"acme/interviewers.yaml": INTERVIEWERS.replace(
        "Priya Raman", 'Priya\\u0007 Raman"').replace("- name: Priya", '- name: "Priya')},
     [f"{P}interviewers.yaml:1: interviewers[0].name: contains the invisible character U+0007; "
      "remove it"]),
    ("name on two lines", {"acme/role.yaml": ROLE.replace("title: Backend Engineer",
                                                          'title: "Backend\\nEngineer"')},
     [f"{P}role.yaml:2: title: must fit on one line"]),
    ("flag not boolean", {"acme/interviewers.yaml": INTERVIEWERS + "  contact: maybe\n"},
     [f"{P}interviewers.yaml:9: interviewers[1].contact: expected true or false, got 'maybe'"]),
    ("two contacts", {"acme/interviewers.yaml": INTERVIEWERS.replace(
        "  email: priya", "  contact: true\n  email: priya") + "  contact: yes\n"},
     [f"{P}interviewers.yaml:6: contact: more than one interviewer is marked contact: true; "
      "keep one"]),
    ("list item empty", {"acme/interviewers.yaml": INTERVIEWERS + "    -\n"},
     [f"{P}interviewers.yaml:9: interviewers[1].discussion_points[1]: is an empty item; "
      "remove the dash or fill it in"]),
    ("quoted empty name", {"acme/interviewers.yaml": '- name: ""\n'},
     [f"{P}interviewers.yaml:1: interviewers[0].name: is required but empty"]),
    ("blank contact name", {"acme/role.yaml": ROLE.replace("name: Dana Lee", 'name: "  "')},
     [f"{P}role.yaml:5: contact.name: is required but empty"]),
    ("raw control byte", {"candidate.yaml": "name: Jo\x07\nemail: j@example.com\n"},
     ["profiles/candidate.yaml:1: contains the character U+0007, which YAML does not allow; "
      "remove it"]),
    ("direction override in a name", {"acme/interviewers.yaml": INTERVIEWERS.replace(
        "Priya Raman", '"Priya \\u202eRaman"')},
     [f"{P}interviewers.yaml:1: interviewers[0].name: contains the invisible character U+202E; "
      "remove it"]),
    ("newline in a key", {"candidate.yaml": CANDIDATE + '"bad\\nkey": 1\n'},
     ["profiles/candidate.yaml:3: bad\\u000akey: unknown field; candidate fields are: name, "
      "email, phone, signature"]),
    ("huge value is cut short", {"acme/role.yaml": ROLE.replace("2026-11-20", "x" * 5000)},
     [f"{P}role.yaml:3: interview_date: '{'x' * 57}...' is not a date; write it as "
      "YYYY-MM-DD or YYYY-MM-DD HH:MM"]),
    ("unknown pack in role.yaml", {"acme/role.yaml": ROLE + "pack: nosuch\n"},
     [f"{P}role.yaml:7: pack: unknown pack 'nosuch'; the packs there are: brief, default, "
      "es, formal"]),
]


@pytest.mark.parametrize("changes,expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_bad_input_is_one_clear_line_and_writes_nothing(tree, run, changes, expected):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    before = snapshot(root / "out")
    tree(profile(changes))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 1
    count = f"{len(expected)} problem" + ("s" if len(expected) > 1 else "")
    assert result.stderr.splitlines() == [*expected, f"followup: {count}; nothing was written."]
    assert "Traceback" not in result.output
    assert snapshot(root / "out") == before


def test_all_problems_of_a_run_are_reported_together(tree, run):
    tree(profile({
        "candidate.yaml": "name: Jordan\nemail: nope\n",
        "acme/role.yaml": ROLE.replace("2026-11-20", "2026-13-01"),
        "beta/role.yaml": ROLE.replace("company: Acme Robotics\n", ""),
        "beta/interviewers.yaml": INTERVIEWERS,
    }))
    result = run("drafts", "profiles", "-o", "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "profiles/candidate.yaml:2: email: 'nope' is not an email address "
        "(expected name@example.com)",
        "profiles/acme/role.yaml:3: interview_date: '2026-13-01' is not a real date",
        "profiles/beta/role.yaml:1: company: is required",
        "followup: 3 problems; nothing was written.",
    ]


def test_no_profiles_folder(tree, run):
    tree({})
    result = run("drafts", "nowhere")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "nowhere: is not a folder of interview profiles"


def test_a_folder_with_no_applications(tree, run):
    tree({"profiles/candidate.yaml": CANDIDATE})
    result = run("drafts", "profiles")
    assert result.exit_code == 1
    assert "holds no interview folder (a folder with a role.yaml)" in result.stderr


def test_a_fifo_is_refused_not_waited_on(tree, run):
    import os

    root = tree(profile({"acme/role.yaml": None}))
    os.mkfifo(root / "profiles/acme/role.yaml")
    result = run("drafts", "profiles", "-o", "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == "profiles/acme/role.yaml: is not a regular file"


def test_drafts_from_inside_an_application_folder(tree, run, monkeypatch):
    root = tree(profile())
    monkeypatch.chdir(root / "profiles/acme")
    result = run("drafts", ".", "-o", "../../out", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert (root / "out/acme/thank-you/priya-raman.txt").is_file()


def test_a_manifest_row_of_the_wrong_shape_is_ignored_not_a_crash(tree, run):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    (root / "out/manifest.json").write_text('{"drafts": [{"html": ["x"]}, {"application": ["a"]}]}')
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert result.exit_code == 0, result.output

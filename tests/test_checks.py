"""The etiquette checks: a labelled corpus of notes, and each rule on real drafts."""

from __future__ import annotations

import json
import re
import sys
from datetime import date
from pathlib import Path

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.checks import rules
from generator.checks.rules import Note, check
from generator.input.models import RULES

CORPUS = Path(__file__).parent / "notes"


def _corpus() -> list[tuple[str, Note, set[str]]]:
    notes = []
    for path in sorted(CORPUS.glob("*.txt")):
        header, text = path.read_text().split("---\n", 1)
        meta = dict(line.split(": ", 1) if ": " in line else (line.rstrip(":"), "")
                    for line in header.strip().splitlines())
        expect = {rule.strip() for rule in meta["expect"].split(",") if rule.strip()}
        note = Note(path=path.name, text=text, kind=meta["kind"], recipient=meta["to"],
                    salutation=meta["to"].split()[0])
        notes.append((path.name, note, expect))
    return notes


def corpus_table() -> dict[str, tuple[int, int, int]]:
    """Per rule: (bad notes it caught, bad notes labelled with it, good notes it flagged)."""
    table = {rule: [0, 0, 0] for rule in RULES}
    for _name, note, expect in _corpus():
        found = {f.rule for f in check([note], date(2026, 11, 20)).findings}
        for rule in expect:
            table[rule][1] += 1
            table[rule][0] += rule in found
        if not expect:
            for rule in found:
                table[rule][2] += 1
    return {rule: (a, b, c) for rule, (a, b, c) in table.items()}


@pytest.mark.parametrize("name,note,expect", _corpus(), ids=[n for n, _, _ in _corpus()])
def test_corpus_note_gets_exactly_its_labelled_rules(name, note, expect):
    found = {f.rule for f in check([note], date(2026, 11, 20)).findings}
    assert found == expect


def test_corpus_has_good_and_bad_notes_for_the_rules_that_need_no_yaml():
    table = corpus_table()
    for rule in ("length", "tone", "required", "proofread", "identity"):
        caught, labelled, false_alarms = table[rule]
        assert labelled >= 1 and caught == labelled and false_alarms == 0, rule
    assert sum(1 for _, _, expect in _corpus() if not expect) >= 10


def _check(run, *args):
    result = run("check", "profiles", "--today", TODAY, "--format", "json", *args)
    document = json.loads(result.stdout)
    return result, document["findings"]


@pytest.mark.parametrize("pack", ["default", "formal", "brief", "es"])
@pytest.mark.parametrize("people", [
    INTERVIEWERS,
    "- name: Cher\n  email: cher@acme.example\n  discussion_points: [harmonies]\n",
    "- name: 王小龙\n  salutation: 小龙\n  email: x@acme.example\n"
    "  discussion_points: [distributed tracing]\n"
    "- name: José María Núñez-Ñandú\n  email: j@acme.example\n"
    "  discussion_points: [latency budgets]\n",
])
def test_built_in_packs_raise_no_false_alarms(tree, run, pack, people):
    role = ROLE.replace("Backend Engineer",
                        "Principal Distributed Systems Reliability Engineer, Payments")
    tree(profile({"acme/role.yaml": role, "acme/interviewers.yaml": people}))
    result, findings = _check(run, "--pack", pack, "--strict")
    assert findings == [] and result.exit_code == 0


def test_personal_names_an_interviewer_with_no_discussion_points(tree, run):
    tree(profile({"acme/interviewers.yaml": INTERVIEWERS + "- name: Marcus Webb\n"
                                                          "  email: m@acme.example\n"}))
    result, findings = _check(run, "--strict")
    assert result.exit_code == 1
    assert [(f["rule"], f["message"], f["fix"]) for f in findings] == [(
        "personal", "cites nothing Marcus Webb talked about",
        "add discussion_points for Marcus Webb in interviewers.yaml")]
    assert findings[0]["path"] == "drafts/acme/thank-you/marcus-webb.txt"


def test_panel_alike_flags_notes_that_read_the_same(tree, run):
    same = ("- name: Ann Lee\n  email: a@acme.example\n  discussion_points: [the roadmap]\n"
            "- name: Bo Kim\n  email: b@acme.example\n  discussion_points: [the roadmap]\n"
            "- name: Cy Ng\n  email: c@acme.example\n  discussion_points: [the roadmap]\n"
            "- name: Di Ho\n  email: d@acme.example\n  discussion_points: [the roadmap]\n")
    # A pack with one wording for everyone: the notes differ only by name.
    tree(profile({"acme/interviewers.yaml": same, "acme/role.yaml": ROLE + "pack: ../../plain\n",
                  "../plain/pack.yaml": "name: plain\nextends: default\n",
                  "../plain/thank-you.md.j2": "Hi {{ recipient.salutation }},\n\nThank you for "
                  "the interview today. I enjoyed our talk about {{ recipient.discussion_points[0]"
                  " }} and learning how the team works.\n\nBest,  \nJordan\n"}))
    _, findings = _check(run)
    alike = [f for f in findings if f["rule"] == "panel-alike"]
    assert alike and alike[0]["message"].startswith("reads like the note to Ann Lee (")


def test_identity_catches_a_note_that_leaks_another_application(tree, run):
    root = tree(profile({
        "beta/role.yaml": ROLE.replace("Acme Robotics", "Initech"),
        "beta/interviewers.yaml": "- name: Bill Lumbergh\n  email: b@initech.example\n"
                                  "  discussion_points: [TPS reports]\n",
    }))
    run("drafts", "profiles", "-o", "drafts", "--today", TODAY)
    leaked = root / "drafts/beta/thank-you/bill-lumbergh.txt"
    leaked.write_text(leaked.read_text().replace("Initech", "Acme Robotics"))
    result = run("check", "drafts", "--today", TODAY, "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert {(f["path"], f["rule"], f["message"]) for f in findings} >= {(
        "drafts/beta/thank-you/bill-lumbergh.txt", "identity",
        "mentions 'Acme Robotics', from the application acme")}


def test_timing_flags_a_thank_you_past_its_24_hours(tree, run):
    tree(profile())
    _, findings = _check(run, "--today", "2026-11-25")
    timing = [f for f in findings if f["rule"] == "timing"]
    assert len(timing) == 3
    assert timing[0]["message"] == "is past its 24 hours (due 2026-11-21)"


def test_checks_can_be_turned_off_per_pack_role_and_person(tree, run):
    bad = INTERVIEWERS + "- name: Marcus Webb\n  email: m@acme.example\n"
    tree(profile({"acme/interviewers.yaml": bad}))
    assert _check(run)[1]
    tree(profile({"acme/interviewers.yaml": bad + "  checks: {personal: false}\n"}))
    assert _check(run)[1] == []
    tree(profile({"acme/interviewers.yaml": bad,
                  "acme/role.yaml": ROLE + "checks: {personal: false}\n"}))
    assert _check(run)[1] == []
    tree(profile({"acme/interviewers.yaml": bad,
                  "acme/role.yaml": ROLE + "pack: ../../quiet\n",
                  "../quiet/pack.yaml": "name: quiet\nextends: default\n"
                                        "checks: {personal: false}\n"}))
    assert _check(run)[1] == []


def test_drafts_reports_findings_and_check_reads_hand_edits(tree, run):
    root = tree(profile())
    result = run("drafts", "profiles", "-o", "drafts", "--today", TODAY)
    assert "the checks found nothing" in result.output
    note = root / "drafts/acme/thank-you/priya-raman.txt"
    note.write_text(note.read_text().replace("Best regards,", "I look forward to working with "
                                                               "you!!!\n\nBest regards,"))
    result = run("check", "drafts", "--today", TODAY, "--strict")
    assert result.exit_code == 1
    assert ("drafts/acme/thank-you/priya-raman.txt: tone: 'look forward to working with' "
            "presumes the offer; say it without that phrase, or leave it out") in result.output


def test_a_hand_written_note_is_checked_with_the_rules_that_need_no_yaml(tree, run):
    tree({"note.txt": "Hi Priya,\n\nThanks for the interveiw. Sorry I was so nervous!!\n\n"
                      "Best,\nJordan\n"})
    result = run("check", "note.txt", "--kind", "thank-you", "--to", "Priya Raman")
    assert result.exit_code == 0  # findings only fail with --strict
    assert "note.txt: proofread: 'interveiw' may be misspelled; did you mean 'interview'?" in (
        result.output)
    assert "note.txt: tone: too many exclamation marks" in result.output
    assert "skipped personal: needs the YAML the note was made from" in result.output


def test_json_is_one_document_on_stdout(tree, run):
    tree(profile())
    result = run("check", "profiles", "--format", "json", "--today", TODAY)
    document = json.loads(result.stdout)
    assert set(document) == {"checked", "findings", "skipped"}
    assert document["checked"] == 7


def test_a_spelling_list_cut_short_is_made_again(tmp_path, monkeypatch):
    # The cached list is searched in place; one a crash left without its end must not be
    # searched (a search past its last line would never end), but made again.
    from generator.cache import installed
    from generator.checks.spelling import FORMAT, Dictionary

    monkeypatch.setenv("FOLLOWUP_CACHE", str(tmp_path))
    cached = tmp_path / "followup" / f"words-en-{installed('pyspellchecker')}-{FORMAT}.txt"
    cached.parent.mkdir(parents=True)
    cached.write_bytes(b"apple\t5\nzebra\t9")
    dictionary = Dictionary.load("en")
    assert dictionary is not None
    assert dictionary.knows("interview") and not dictionary.knows("intervew")
    assert cached.read_bytes().endswith(b"\n") and cached.stat().st_size > 1_000_000


def test_pushy_phrases_are_found_at_the_start_of_a_sentence_too():
    note = Note(path="note.txt", text="Hi Priya,\n\nAs soon as possible, please let me know.\n\n"
                                      "Best,\nJordan\n", kind="status-check")
    found = [f.message for f in check([note], date(2026, 11, 20)).findings if f.rule == "tone"]
    assert found == ["'As soon as possible' sounds pushy"]
    note = Note(path="note.txt", text="Hi Priya,\n\nI will read it asap.\n\nBest,\nJordan\n",
                kind="status-check")
    assert not [f for f in check([note], date(2026, 11, 20)).findings if f.rule == "tone"]


# The slow regexes run only on notes that hold text every match of theirs holds: a needle list
# that missed a match would silently let a phrase through.
_NEEDLED = [(pattern, needles, True) for pattern, needles, _ in rules._PRESUMING_PATTERNS] + [
    (rules._RESELLING, rules._RESELLING_NEEDS, True),
    (rules._PLACEHOLDER, rules._PLACEHOLDER_NEEDS, False),
    (rules._URL, rules._URL_NEEDS, False),
]


@pytest.mark.parametrize(("pattern", "needles", "ignore_case"), _NEEDLED,
                         ids=[p[:30] for p, _, _ in _NEEDLED])
@settings(max_examples=200, deadline=None, derandomize=True)
@given(data=st.data())
def test_every_match_holds_a_needle(pattern, needles, ignore_case, data):
    text = data.draw(st.from_regex(re.compile(pattern, re.IGNORECASE if ignore_case else 0)))
    assert rules._gated(pattern, needles, text, ignore_case=ignore_case), text


def test_letters_a_regex_takes_for_ascii_either_lower_to_it_or_are_looked_for():
    # What _gated relies on, over all of Unicode: a letter that a case-insensitive regex
    # matches to an ASCII one must lower to exactly that letter, or leave a trace it looks for.
    letter = re.compile("[a-z]", re.IGNORECASE)
    odd = {chr(code) for code in range(sys.maxunicode + 1)
           if letter.fullmatch(chr(code)) and not re.fullmatch("[a-z]", chr(code).lower())}
    assert odd == {"ı", "İ", "ſ"}
    for char in odd:
        assert any(trace in char.lower() for trace in rules._FOLDED_TO_ASCII), char


def test_a_turkish_dotted_capital_i_does_not_hide_a_phrase():
    note = Note(path="n.txt", text="Hi Priya,\n\nWHEN İ START I will help. I was tİred.\n\n"
                                   "Best,\nJordan\n", kind="status-check")
    found = {f.message for f in check([note], date(2026, 11, 20)).findings if f.rule == "tone"}
    assert "'WHEN İ START' presumes the offer" in found
    assert "'I was tİred' makes an excuse for the interview" in found

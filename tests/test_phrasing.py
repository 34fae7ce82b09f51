"""Free text as people write it, placed in sentences: the independent corpus (values.yaml),
wrong-type values, greetings, languages, and every corpus value rendered through every pack
and kind with no broken sentence."""

from __future__ import annotations

import re
import textwrap

import pytest
import yaml
from conftest import REPO, TODAY, profile

from generator.compose.greeting import greeting_name, needs_salutation
from generator.compose.phrasing import (
    embed_question,
    follow_up,
    mixes_languages,
    place,
    too_long,
    word_count,
)

CORPUS = yaml.safe_load((REPO / "tests/corpus/values.yaml").read_text(encoding="utf-8"))
VALUES = CORPUS["values"]


@pytest.mark.parametrize("entry", VALUES, ids=[e["id"] for e in VALUES])
def test_corpus_value_is_placed_as_a_careful_writer_would(entry):
    placed = place(entry["value"], entry["field"], entry["lang"],
                   to_self=entry.get("to_self", True))
    phrases = [p.strip() for p in entry.get("phrase") or []]
    sentences = [s.strip() for s in entry.get("sentence") or []]
    got = [x for x in (placed.phrase, placed.sentence) if x is not None]
    assert (placed.phrase is not None and placed.phrase in phrases) or (
        placed.sentence is not None and placed.sentence in sentences), (
        f"{entry['value']!r} -> {got}; a careful writer: {phrases or sentences}")
    assert too_long(entry["value"]) is entry["too_long"]


def test_the_corpus_is_large_and_varied_enough():
    assert len(VALUES) >= 200
    shapes = {e["shape"] for e in VALUES}
    assert {"question", "first-person", "list", "long", "mixed-case", "punctuation"} <= shapes
    assert {e["lang"] for e in VALUES} == {"en", "es"}


@pytest.mark.parametrize(("value", "count"), [
    ("- SLOs\n- error budgets\n1. paging", 4), ("  the RFP   timeline ", 3), ("— / -", 0),
    ("Q1: 3 risks", 3),
])
def test_words_are_counted_without_bullets(value, count):
    assert word_count(value) == count


# Questions the corpus does not hold: the rules are rules, not a lookup of its answers.
@pytest.mark.parametrize(("question", "clause"), [
    ("What does the team do on Fridays?", "what the team does on Fridays"),
    ("Did you enjoy the offsite?", "whether you enjoyed the offsite"),
    ("How often do the teachers meet?", "how often the teachers meet"),
    ("Is the budget approved?", "whether the budget is approved"),
    ("Why did the clinic close early?", "why the clinic closed early"),
    ("Who runs the Monday standup?", "who runs the Monday standup"),
    ("Can contractors join the guild?", "whether contractors can join the guild"),
])
def test_questions_become_embedded_clauses(question, clause):
    assert embed_question(question) == clause


@pytest.mark.parametrize(("value", "to_self", "expected"), [
    ("her plan for the new wing", True, "your plan for the new wing"),
    ("her plan for the new wing", False, "her plan for the new wing"),
    ("how she runs her clinic", True, "how you run your clinic"),
    ("your take on code review", False, "their take on code review"),
])
def test_third_person_becomes_you_only_in_their_own_note(value, to_self, expected):
    assert place(value, "discussion_points", to_self=to_self).phrase == expected


def test_a_name_the_value_gives_for_them_becomes_your():
    placed = place("Wen's view on pairing", "discussion_points", names=["Wen", "Li"])
    assert placed.phrase == "your view on pairing"
    assert place("Acme's view on pairing", "discussion_points", names=["Wen"]).phrase == (
        "Acme's view on pairing")


@pytest.mark.parametrize(("value", "language", "expected"), [
    ("I said I'd send:\n- the deck\n- my notes on churn", "en",
     "I'm sending you the deck and my notes on churn in a separate email, as promised."),
    ("[the write-up](https://x.example/w), said I'd send it", "en",
     "As promised, here is [the write-up](https://x.example/w)."),
    ("Le prometí enviarle el informe de proveedores.", "es",
     "Como le prometí, le enviaré el informe de proveedores."),
])
def test_a_follow_up_reads_as_a_sentence_of_the_note(value, language, expected):
    assert follow_up(value, language) == expected


# --- greetings ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("name", "honorific", "salutation", "needs"), [
    ("Priya Raman", None, None, False),
    ("Fatima Zahra Benali", None, None, True),
    ("Fatima Zahra Benali", None, "Fatima Zahra", False),
    ("Nguyễn Thị Thảo", None, None, True),
    ("Nguyễn Thảo", None, None, True),
    ("Anna de la Cruz", None, None, False),
    ("Anna Maria de la Cruz", "Prof.", None, False),
    ("Dr. Harold James Beaumont", None, None, False),
])
def test_needs_salutation_where_the_given_name_cannot_be_told(name, honorific, salutation,
                                                              needs):
    assert needs_salutation(name, honorific, salutation) is needs


@pytest.mark.parametrize(("name", "honorific", "salutation", "formal", "language", "greet"), [
    ("Priya Raman", None, None, False, "en", "Priya"),
    ("Priya Raman", None, None, True, "en", "Priya Raman"),
    ("Anna de la Cruz", "Prof.", None, False, "en", "Prof. de la Cruz"),
    ("Dr. Amara Okafor", None, None, True, "en", "Dr. Okafor"),
    ("Dr. Harold Beaumont", None, None, False, "en", "Dr. Beaumont"),
    ("Nguyễn Thị Thảo", None, None, False, "en", "Nguyễn Thị Thảo"),
    ("Nguyễn Thị Thảo", None, "Thảo", True, "en", "Thảo"),
    ("Itziar Goikoetxea Arana", "Dra.", None, False, "es", "Dra. Goikoetxea"),
    ("Joost van Dijk", "Dr", None, False, "en", "Dr van Dijk"),
])
def test_greeting_names(name, honorific, salutation, formal, language, greet):
    assert greeting_name(name, honorific, salutation, formal=formal, language=language) == greet


# --- languages ---------------------------------------------------------------------------------

def test_english_notes_in_the_spanish_pack_mix_languages():
    english = [e["value"] for e in VALUES if e["lang"] == "en"][:20]
    spanish = [e["value"] for e in VALUES if e["lang"] == "es"][:20]
    assert mixes_languages(english, "es")
    assert not mixes_languages(spanish, "es")
    assert not mixes_languages(english, "en")
    assert mixes_languages(spanish, "en")
    assert not mixes_languages(["SQL", "Kubernetes"], "es")  # too few words to tell


# --- wrong types -------------------------------------------------------------------------------

def _snippet_tree(entry):
    value = entry["yaml"]
    if entry["field"] == "highlights":
        role = "company: Acme\ntitle: Engineer\ninterview_date: 2026-11-20\nhighlights:\n" \
               f"  - {value}\n"
        return profile({"acme/role.yaml": role})
    if entry["field"] == "discussion_points":
        people = f"- name: Priya Raman\n  discussion_points:\n    - {value}\n"
    else:
        people = ("- name: Priya Raman\n  email: priya@acme.example\n"
                  f"  discussion_points: [x]\n  rapport: {value}\n")
    return profile({"acme/interviewers.yaml": people})


@pytest.mark.parametrize("entry", CORPUS["wrong_types"], ids=[e["id"] for e in
                                                               CORPUS["wrong_types"]])
def test_a_value_that_is_not_text_is_an_error_naming_the_field(tree, run, entry):
    tree(_snippet_tree(entry))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    if entry["says"] == "empty" and entry["field"] == "rapport" and entry["yaml"] == "":
        # Nothing after the colon: the optional field is simply not given.
        assert result.exit_code == 0, result.output
        assert "None" not in (tree({}) / "out/acme/thank-you/priya-raman.txt").read_text()
        return
    assert result.exit_code == 1
    line = result.stderr.splitlines()[0]
    assert entry["field"] in line and "Traceback" not in result.stderr
    words = {"number": "is a number", "true/false": "true/false", "date": "is a date",
             "empty": "empty"}[entry["says"]]
    assert words in line, line


def test_a_number_as_a_point_says_to_write_the_topic_in_words(tree, run):
    tree(profile({"acme/interviewers.yaml": "- name: Priya Raman\n  discussion_points:\n"
                                            "    - 5\n"}))
    result = run("drafts", "profiles", "-o", "out", "-q")
    assert result.stderr.splitlines()[0] == (
        "profiles/acme/interviewers.yaml:3: interviewers[0].discussion_points[0]: 5 is a "
        "number; write the topic in words")


# --- every corpus value through every pack and kind ---------------------------------------------

BROKEN = [
    (r"\?[,.;:]", "a question mark before more punctuation"),
    (r"![.,;:]", "an exclamation mark before more punctuation"),
    (r"(?<![.\w])\.\.(?!\.)", "a doubled full stop"),
    (r"\.,", "a full stop before a comma"),
    (r"[,;:]\s*-\s", "a stray list dash inside a sentence"),
    (r"\w\s-\s\w+\s*\n\s*-\s", "a list pasted into a sentence"),
    (r"\b(?:about|of|on|that) (?:I asked|We talked|I told|We discussed|She said)\b",
     "a lead-in left inside the sentence"),
    (r"\b(?:about|of|on) (?:What|How|Why|Is|Does|Do|Can)\b", "a question pasted whole"),
    (r"\?\s+[a-z]", "a question left inside a sentence"),
    (r"\bNone\b", "a missing value printed"),
]


def _corpus_tree(language: str) -> dict[str, str | bytes | None]:
    entries = [e for e in VALUES if e["lang"] == language]
    points = [e["value"] for e in entries if e["field"] == "discussion_points"]
    rapports = [e["value"] for e in entries if e["field"] == "rapport"]
    highlights = [e["value"] for e in entries if e["field"] == "highlights"]
    people = []
    # Two points a note: each value is cited first or second somewhere.
    for index in range(0, len(points), 2):
        person = {"name": f"Person{index} Tester", "email": f"p{index}@acme.example",
                  "keep_in_touch": True,
                  "discussion_points": [points[index + 1] if index + 1 < len(points) else
                                        points[0], points[index]]}
        if rapports:
            person["rapport"] = rapports[(index // 2) % len(rapports)]
        people.append(person)
    folders = {}
    for start in range(0, len(people), 10):  # a panel is ten at most here
        name = f"loop{start // 10}"
        role = {"company": "Acme Robotics", "title": "Engineer", "interview_date": TODAY,
                "contact": {"name": "Dana Lee", "email": "dana@acme.example"},
                "highlights": highlights[start // 10 % len(highlights):][:3] or highlights[:1],
                "outcome": "rejected", "outcome_date": TODAY,
                "outcome_from": people[start]["name"]}
        folders[f"{name}/role.yaml"] = yaml.safe_dump(role, allow_unicode=True)
        folders[f"{name}/interviewers.yaml"] = yaml.safe_dump(people[start:start + 10],
                                                              allow_unicode=True)
    return profile(folders)


@pytest.mark.parametrize(("language", "pack"), [("en", "default"), ("en", "formal"),
                                                ("en", "brief"), ("es", "es")])
def test_no_broken_sentence_from_any_corpus_value(tree, run, language, pack):
    root = tree({k: v for k, v in _corpus_tree(language).items() if "/acme/" not in k})
    problems = []
    read = 0
    for today, kinds in ((TODAY, ("thank-you",)), ("2026-11-27", ("thank-you",)),
                         (TODAY, ("rejection-reply",))):
        out = root / f"out-{today}-{kinds[0]}"
        args = ["drafts", "profiles", "-o", str(out), "--today", today, "--pack", pack, "-q"]
        for kind in kinds:
            args += ["--kind", kind]
        result = run(*args)
        assert result.exit_code in (0, 2), result.output
        for path in sorted(out.glob("loop*/*/*.txt")):
            read += 1
            text = " ".join(path.read_text(encoding="utf-8").split())
            for pattern, what in BROKEN:
                for match in re.finditer(pattern, text):
                    around = text[max(0, match.start() - 60):match.end() + 30]
                    problems.append(f"{path.relative_to(out)}: {what}: …{around}…")
    assert read > 100 if language == "en" else read > 30
    assert not problems, "\n".join(problems[:40])


def test_the_contact_note_says_a_highlight_as_a_sentence_and_the_status_check_does_not_sell(
        tree, run):
    role = textwrap.dedent("""\
        company: Acme Robotics
        title: Backend Engineer
        interview_date: 2026-11-20
        decision_expected: 2026-12-04
        contact: {name: Dana Lee, email: dana@acme.example}
        highlights:
          - Six years on a step-down cardiac unit, including two as charge nurse.
        """)
    root = tree(profile({"acme/role.yaml": role}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    text = " ".join((root / "out/acme/thank-you/dana-lee.txt").read_text().split())
    assert "I have spent six years on a step-down cardiac unit, including two as charge " \
           "nurse." in text
    assert "bring the team" not in text
    run("drafts", "profiles", "-o", "later", "--today", "2026-12-08", "-q")
    check = " ".join((root / "later/acme/status-check/dana-lee.txt").read_text().split())
    assert "step-down" not in check and "bring the team" not in check


def _documented_rows():
    text = (REPO / "docs/phrasing.md").read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[2] in ("discussion_points", "rapport", "highlights"):
            rows.append(cells)
    return rows


@pytest.mark.parametrize("row", _documented_rows(), ids=lambda row: row[1][:40])
def test_the_documented_shapes_hold(row):
    _, written, field, placed_as, where = row
    language = "es" if where in ("a esa persona", "a la persona de contacto", "cualquiera") \
        else "en"
    value = written.replace("<br>", "\n")
    placed = place(value, field, language, to_self=where not in ("to the contact",))
    expected = re.sub(r"^\*\((?:a sentence|una frase)\)\* ", "", placed_as)
    assert expected in (placed.phrase, placed.sentence)


def test_the_documentation_shows_both_languages():
    rows = _documented_rows()
    assert sum(r[4] in ("to them", "to the contact", "anyone") for r in rows) >= 15
    assert sum(r[4] in ("a esa persona", "cualquiera") for r in rows) >= 10

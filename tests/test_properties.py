"""Property-based tests: whatever the input, drafts or a clear error, never a traceback.
How many examples, and whether they are new each run (under CI) or the same (elsewhere), is
conftest's Hypothesis profile."""

from __future__ import annotations

import os
import re
import tempfile
import textwrap
import unicodedata
from datetime import date
from pathlib import Path

from click.testing import CliRunner
from conftest import CANDIDATE, INTERVIEWERS, ROLE, write_tree
from hypothesis import given
from hypothesis import strategies as st

from generator import Options, generate
from generator.cli import main
from generator.input.characters import invisible
from generator.output.previous import read_manifest
from generator.slugs import unique_slug

# Names as people have them: any script, accents, apostrophes, hyphens; no control characters.
letters = st.characters(categories=("Lu", "Ll", "Lo", "Mn"), exclude_characters="\u200b")
word = st.text(letters, min_size=1, max_size=12).map(str.strip).filter(bool)
# (Not the characters drawn as nothing, such as the Hangul filler, nor a word of combining
# marks alone: names refuse them, see fields.invisible.)
name = st.lists(word, min_size=1, max_size=3).map(" ".join).filter(
    lambda n: not re.search(r"=\?", n) and invisible(n) is None
    and any(c.isalnum() for c in n))
phrase = st.text(st.characters(categories=("L", "N", "Zs", "Pd", "Po"),
                               exclude_characters="\u2028\u2029\x85"),
                 min_size=1, max_size=60).map(lambda t: " ".join(t.split())).filter(
                     lambda t: any(c.isalnum() for c in t))  # punctuation alone is refused


def _yaml(text: str) -> str:
    import json

    return json.dumps(text, ensure_ascii=False)


@given(people=st.lists(st.tuples(name, st.lists(phrase, max_size=3), st.booleans()),
                       min_size=1, max_size=4),
       contact=st.one_of(st.none(), name), company=phrase, candidate=name)
def test_any_valid_profile_renders_every_kind_cleanly(people, contact, company, candidate):
    interviewers = "".join(
        f"- name: {_yaml(person)}\n"
        + (f"  email: p{i}@acme.example\n" if has_email else "")
        + ("  discussion_points:\n" + "".join(f"    - {_yaml(p)}\n" for p in points)
           if points else "")
        for i, (person, points, has_email) in enumerate(people))
    role = (f"company: {_yaml(company)}\ntitle: Engineer\ninterview_date: 2026-11-20\n"
            + (f"contact:\n  name: {_yaml(contact)}\n  email: c@acme.example\n"
               if contact else ""))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_tree(root, {
            "profiles/candidate.yaml": f"name: {_yaml(candidate)}\nemail: j@example.com\n",
            "profiles/acme/role.yaml": role,
            "profiles/acme/interviewers.yaml": interviewers,
        })
        report = generate(Options(profiles=root / "profiles", out=root / "out",
                                  today=date(2026, 11, 20), checks=False))
        assert report.applications[0].written >= 1
        # Everyone is thanked: in a thank-you of their own, or by name in one to the contact
        # (who passes it on to people we have no address for).
        drafts = read_manifest(root / "out")[0]
        thanked = [d for d in drafts if d["kind"] == "thank-you"]
        own = {unicodedata.normalize("NFC", d["recipient"]["name"]) for d in thanked}
        to_contact = " ".join(" ".join((root / "out" / d["text"]).read_text().split())
                              for d in thanked if d["audience"] == "contact")
        for person, _, _ in people:
            said = unicodedata.normalize("NFC", " ".join(person.split()))
            assert said in own or said in unicodedata.normalize("NFC", to_contact), person
        for path in (root / "out").rglob("*"):
            if path.suffix in (".txt", ".html"):
                text = path.read_text()
                assert "{{" not in text and "{%" not in text, path
                assert path.resolve().is_relative_to((root / "out").resolve())


VALID = {"profiles/candidate.yaml": CANDIDATE, "profiles/acme/role.yaml": ROLE,
         "profiles/acme/interviewers.yaml": INTERVIEWERS}


@st.composite
def mutated(draw):
    """A valid tree with one file broken: a line deleted, a value's type swapped, or random
    unicode inserted."""
    target = draw(st.sampled_from(sorted(VALID)))
    lines = textwrap.dedent(VALID[target]).splitlines()
    index = draw(st.integers(0, len(lines) - 1))
    how = draw(st.sampled_from(["delete", "swap", "insert", "indent"]))
    if how == "delete":
        del lines[index]
    elif how == "swap":
        key = lines[index].split(":")[0]
        lines[index] = key + ": " + draw(st.sampled_from(
            ["[1, 2]", "{a: b}", "42", "true", "null", "''", "- x", "&a x", "*a", "!!binary eA=="]))
    elif how == "insert":
        lines[index] = lines[index][:5] + draw(st.text(max_size=6)) + lines[index][5:]
    else:
        lines[index] = draw(st.sampled_from(["\t", "   ", " "])) + lines[index]
    return {**VALID, target: "\n".join(lines) + "\n"}


@given(tree=mutated())
def test_broken_yaml_gives_drafts_or_a_clear_error_never_a_traceback(tree):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_tree(root, tree)
        old = os.getcwd()
        os.chdir(root)
        try:
            result = CliRunner().invoke(main, ["drafts", "profiles", "-o", "out", "--today",
                                               "2026-11-20", "-q"])
        finally:
            os.chdir(old)
        assert result.exception is None or isinstance(result.exception, SystemExit), (
            result.output)
        assert result.exit_code in (0, 1)
        assert "Traceback" not in result.output
        if result.exit_code == 1:
            assert result.stderr.rstrip().endswith("nothing was written.")
            assert not (root / "out").exists()


@given(st.lists(st.text(min_size=0, max_size=40), min_size=1, max_size=30))
def test_file_names_from_any_names_stay_inside_and_never_collide(names):
    used: set[str] = set()
    slugs = [unique_slug(n, used) for n in names]
    assert len({s.casefold() for s in slugs}) == len(slugs)
    for slug in slugs:
        assert slug and slug not in (".", "..")
        assert "/" not in slug and "\\" not in slug and "\x00" not in slug
        assert not slug.startswith((".", "-"))
        assert len(slug) <= 64

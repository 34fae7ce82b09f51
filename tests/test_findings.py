"""A finding says what it is about as data: a draft by its application, kind and recipient, a
note written by hand by its file. Only the command line makes a path of it, and only a path
to a draft that was written: the review page and the manifest join findings to drafts by
their keys, wherever OUT is and wherever the command runs."""

from __future__ import annotations

import json
import re

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile

# Marcus has nothing to cite: his thank-you gets one finding, a personal problem.
MARCUS = INTERVIEWERS + "- name: Marcus Webb\n  email: marcus@acme.example\n"
SAID = ("personal (problem): cites nothing Marcus Webb talked about; add discussion_points "
        "for Marcus Webb in interviewers.yaml")


def _findings(run, *args):
    result = run("check", *args, "--today", TODAY, "--format", "json")
    return json.loads(result.stdout)["findings"]


def _where(findings):
    return [(f["path"], f["application"], f["kind"], f["recipient"]) for f in findings]


def _articles(page: str) -> dict[str, str]:
    """Each article of the review page, by the recipient slug its id starts with."""
    found = {}
    for article in page.split("<article ")[1:]:
        slug = re.match(r'id="d-acme-thank-you-([a-z-]+)-[0-9a-f]{8}"', article)
        if slug:
            found[slug[1]] = article.split("</article>")[0]
    return found


def test_drafts_names_a_finding_at_the_file_it_wrote(tree, run):
    root = tree(profile({"acme/interviewers.yaml": MARCUS}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert f"out/acme/thank-you/marcus-webb.txt: {SAID}" in result.output.splitlines()
    assert (root / "out/acme/thank-you/marcus-webb.txt").is_file()


def test_check_profiles_names_no_file_that_was_never_written(tree, run):
    root = tree(profile({"acme/interviewers.yaml": MARCUS}))
    result = run("check", "profiles", "--today", TODAY)
    assert f"acme, thank-you to marcus-webb: {SAID}" in result.output.splitlines()
    assert _where(_findings(run, "profiles")) == [(None, "acme", "thank-you", "marcus-webb")]
    assert not (root / "drafts").exists()


@pytest.mark.parametrize("out", ["drafts", "elsewhere"])
def test_check_profiles_names_the_drafts_a_run_wrote(tree, run, out):
    # drafts/ is where a run writes when not told; another folder is named in the command
    root = tree(profile({"acme/interviewers.yaml": MARCUS}))
    run("drafts", "profiles", "-o", out, "--today", TODAY)
    checked = ("profiles",) if out == "drafts" else ("profiles", out)
    findings = _findings(run, *checked)
    path = f"{out}/acme/thank-you/marcus-webb.txt"
    assert _where(findings) == [(path, "acme", "thank-you", "marcus-webb")] * len(checked)
    assert (root / path).is_file()


def test_check_profiles_never_names_a_draft_made_from_other_profiles(tree, run):
    # drafts/ holds an application of the same name, made from another profiles folder
    tree({**profile({"acme/interviewers.yaml": MARCUS}),
          "other/candidate.yaml": "name: Jordan Rivera\nemail: jordan@example.com\n",
          "other/acme/role.yaml": ROLE, "other/acme/interviewers.yaml": MARCUS})
    run("drafts", "other", "-o", "drafts", "--today", TODAY)
    findings = _findings(run, "profiles")
    assert _where(findings) == [(None, "acme", "thank-you", "marcus-webb")]


def test_check_out_names_the_draft_as_it_is_on_disk(tree, run):
    tree(profile({"acme/interviewers.yaml": MARCUS}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    findings = _findings(run, "out")
    assert _where(findings) == [("out/acme/thank-you/marcus-webb.txt", "acme", "thank-you",
                                 "marcus-webb")]
    assert [f["rule"] for f in findings] == ["personal"]


def test_a_note_written_by_hand_is_named_by_its_file_alone(tree, run):
    tree({"notes/mine.txt": "Hi Priya,\n\nThank you for {{ topic }} today.\n\nBest,\nJordan\n"})
    findings = _findings(run, "notes/mine.txt", "--kind", "thank-you", "--to", "Priya Raman")
    assert findings and {f["path"] for f in findings} == {"notes/mine.txt"}
    assert not [f for f in findings if {"application", "kind", "recipient"} & set(f)]


def test_the_manifest_stores_findings_by_their_drafts_keys(tree, run):
    root = tree(profile({"acme/interviewers.yaml": MARCUS}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    stored = json.loads((root / "out/acme/manifest.json").read_text())["findings"]
    assert [(f["application"], f["kind"], f["recipient"], f["rule"]) for f in stored] \
        == [("acme", "thank-you", "marcus-webb", "personal")]
    assert "path" not in stored[0]


def test_the_review_page_shows_a_finding_on_its_own_draft(tree, run):
    root = tree(profile({"acme/interviewers.yaml": MARCUS}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    made = (root / "out/index.html").read_text()
    (root / "out/index.html").unlink()
    assert run("preview", "out", "--no-open").exit_code == 0  # the page again, checked afresh
    for page in (made, (root / "out/index.html").read_text()):
        articles = _articles(page)
        assert {"priya-raman", "marcus-webb"} <= set(articles)
        assert "cites nothing Marcus Webb talked about" in articles["marcus-webb"]
        assert 'data-findings="1"' in articles["marcus-webb"]
        assert not [slug for slug, article in articles.items()
                    if slug != "marcus-webb" and 'class="findings"' in article]


def test_findings_stored_by_path_before_the_keys_still_read(tree, run):
    # A manifest from before the keys names each finding's draft by its path inside OUT.
    root = tree(profile({"acme/interviewers.yaml": MARCUS,
                         "beta/role.yaml": ROLE.replace("Acme Robotics", "Globex"),
                         "beta/interviewers.yaml": INTERVIEWERS.replace("acme.", "globex.")}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    manifest = json.loads((root / "out/acme/manifest.json").read_text())
    manifest["findings"] = [
        {"path": "acme/thank-you/marcus-webb.txt", **{key: value for key, value in row.items()
                                                      if key in ("rule", "severity", "message",
                                                                 "fix")}}
        for row in manifest["findings"]]
    (root / "out/acme/manifest.json").write_text(json.dumps(manifest))
    # beta changes, acme is kept as it was: what the checks found in it is read back
    people = root / "profiles/beta/interviewers.yaml"
    people.write_text(people.read_text().replace("the outbox pattern", "the quarterly roadmap"))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert "acme: 0 written, 5 unchanged, 1 finding" in result.output
    assert f"out/acme/thank-you/marcus-webb.txt: {SAID}" in result.output.splitlines()
    articles = _articles((root / "out/index.html").read_text())
    assert "cites nothing Marcus Webb talked about" in articles["marcus-webb"]
    stored = json.loads((root / "out/acme/manifest.json").read_text())["findings"]
    assert [(f["application"], f["kind"], f["recipient"]) for f in stored] == [
        ("acme", "thank-you", "marcus-webb")]

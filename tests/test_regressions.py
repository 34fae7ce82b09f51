"""Problems a review found, each kept from coming back."""

from __future__ import annotations

import json
import os
import re
from datetime import date

from conftest import INTERVIEWERS, ROLE, TODAY, profile

from generator.checks.identity import NameIndex
from generator.checks.note import Note
from generator.checks.runner import check
from generator.output.review import build_page


def test_review_page_links_are_encoded_and_never_leave_out():
    rows = [
        {"application": "q#x", "kind": "thank-you", "html": "q#x/thank-you/a.html",
         "text": "q#x/thank-you/a.txt", "eml": "q#x/thank-you/a.eml", "recipient": {}},
        {"application": "javascript:alert(1)", "kind": "thank-you",
         "html": "javascript:alert(1)/t/a.html", "text": "javascript:alert(1)/t/a.txt",
         "eml": "javascript:alert(1)/t/a.eml", "recipient": {}},
        {"application": "x", "kind": "thank-you", "html": "../../etc/a.html",
         "text": "../../etc/a.txt", "eml": "../../etc/a.eml", "recipient": {}},
    ]
    page = build_page(rows, lambda _: b"Hi", date(2026, 11, 20), []).decode()
    assert 'href="./q%23x/thank-you/a.eml"' in page and 'href="./q%23x/thank-you/a.html"' in page
    assert "javascript:" not in page.split("<script>")[0]
    assert "../../etc" not in page


def test_identity_catches_a_possessive(tree):
    from generator.input.sources import load_applications

    root = tree(profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Globex Corp"),
                         "beta/interviewers.yaml": INTERVIEWERS}))
    acme, beta = load_applications(root / "profiles")
    note = Note(path="n.txt", text="Hi Priya,\n\nI enjoyed Globex Corp’s roadmap.\n",
                kind="thank-you", application=acme)
    found = check([note], date(2026, 11, 20), NameIndex([acme, beta])).findings
    assert any(f.rule == "identity" and "Globex Corp" in f.message for f in found)


def test_spelling_looks_inside_quotes():
    note = Note(path="n.txt", text="Hi,\n\nOur talk on 'evnet sourcing' and the devlopers’ "
                                   "tools.\n\nBest,\nJ\n", kind="thank-you")
    words = {f.message.split("'")[1] for f in check([note], date(2026, 11, 20)).findings
             if f.rule == "proofread"}
    assert {"evnet", "devlopers"} <= words


def test_a_pack_file_linking_outside_is_not_followed_when_keying_a_rerun(tree, run):
    tree({**profile(), "pack/pack.yaml": "name: x\nextends: default\n"})
    os.symlink("/proc/self/mem", "pack/notes.txt")
    result = run("drafts", "profiles", "-o", "out", "--pack", "./pack", "--today", TODAY)
    assert result.exit_code == 0, result.output


def test_a_changed_contact_elsewhere_rechecks_every_application(tree, run):
    root = tree(profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Globex"),
                         "beta/interviewers.yaml": INTERVIEWERS}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    (root / "profiles/beta/role.yaml").write_text(
        ROLE.replace("Acme Robotics", "Globex").replace("Dana Lee", "Event Sourcing"))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    # made again and checked: Priya's note, and the contact's, which recalls her point
    assert "acme: 0 written, 4 unchanged, 2 findings" in result.output
    assert "mentions 'Event Sourcing', from the application beta" in result.output


def test_findings_edited_by_hand_in_the_manifest_are_no_crash(tree, run):
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    manifest = json.loads((root / "out/acme/manifest.json").read_text())
    manifest["findings"] = [{"path": 1, "extra": True}, "nonsense"]
    manifest["inputs"] = ["not", "a", "key"]
    (root / "out/acme/manifest.json").write_text(json.dumps(manifest))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0


def test_review_page_ids_differ_for_paths_that_read_alike():
    rows = [{"application": app, "kind": "thank-you", "html": f"{app}/thank-you/a.html",
             "text": f"{app}/thank-you/a.txt", "eml": f"{app}/thank-you/a.eml", "recipient": {}}
            for app in ("alice/acme", "alice-acme")]
    page = build_page(rows, lambda _: b"Hi", date(2026, 11, 20), []).decode()
    ids = re.findall(r'<article id="([^"]+)"', page)
    assert len(ids) == 2 and len(set(ids)) == 2

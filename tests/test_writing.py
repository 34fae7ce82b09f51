"""The notes as a person would send them: panels that differ in substance, greetings people
would choose, the reply a rejection calls for, a status check with context, your own words
used where you give them, and Spanish that reads as Spanish."""

from __future__ import annotations

import email
import itertools
import re
from email import policy
from pathlib import Path

import pytest
from conftest import INTERVIEWERS, REPO, TODAY, profile, snapshot
from conftest import ROLE as BASE_ROLE

from generator.compose.clauses import thing_of
from generator.compose.content import turns
from generator.compose.gist import read_point
from generator.compose.phrasing import place
from generator.compose.pitch import pitch
from generator.compose.voice import (
    for_reader,
    private,
    private_sentences,
    their_team,
    written_for_you,
)
from generator.input.sources import load_applications
from generator.mailbox.imap import select
from generator.output.previous import read_manifest

PACKS = ("default", "formal", "brief", "es")
LOOPS = REPO / "tests/corpus/loops"


def _paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]


def _body(text: str) -> list[str]:
    """The paragraphs between the greeting and the sign-off."""
    return _paragraphs(text)[1:-1]


def _sentences(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+", " ".join(_body(text))) if len(s.split()) > 2]


def _trigrams(text: str, names: set[str]) -> set[tuple[str, ...]]:
    words = [w for w in re.findall(r"[^\W_]+(?:['’][^\W_]+)*", " ".join(_body(text)).casefold())
             if w not in names]
    return set(zip(words, words[1:], words[2:], strict=False))


def _panels(out: Path) -> dict[str, dict[str, str]]:
    """Each application's thank-yous to interviewers (with an address), by recipient."""
    rows = read_manifest(out)[0]
    panels: dict[str, dict[str, str]] = {}
    for row in rows:
        if row["kind"] == "thank-you" and row["recipient"].get("email") and row.get(
                "audience", "interviewer") == "interviewer":
            text = (out / row["text"]).read_text(encoding="utf-8")
            panels.setdefault(row["application"], {})[row["recipient"]["name"]] = text
    return panels


@pytest.fixture(scope="module")
def loops_out(tmp_path_factory) -> dict[str, Path]:
    """The six jotted interview folders, drafted in every pack, on time and belated."""
    from click.testing import CliRunner

    from generator.cli import main

    outs = {}
    for pack, today in itertools.product(PACKS, ("2026-11-19", "2026-11-21")):
        out = tmp_path_factory.mktemp(f"{pack}-{today}")
        result = CliRunner().invoke(main, ["drafts", str(LOOPS), "-o", str(out), "--today",
                                           today, "--pack", pack, "-q"],
                                    catch_exceptions=False)
        assert result.exit_code in (0, 2), result.output
        outs[f"{pack}/{today}"] = out
    return outs


@pytest.mark.parametrize("key", [f"{p}/{d}" for p in PACKS for d in ("2026-11-19",
                                                                        "2026-11-21")])
def test_no_sentence_is_shared_between_two_notes_of_a_panel(loops_out, key):
    shared = []
    for app, notes in _panels(loops_out[key]).items():
        for (one, a), (other, b) in itertools.combinations(notes.items(), 2):
            shared += [(app, one, other, s) for s in set(_sentences(a)) & set(_sentences(b))]
    assert not shared, shared[:5]


@pytest.mark.parametrize("key", [f"{p}/{d}" for p in PACKS for d in ("2026-11-19",
                                                                        "2026-11-21")])
def test_notes_of_a_panel_share_at_most_two_fifths_of_their_trigrams(loops_out, key):
    worst = []
    for app, notes in _panels(loops_out[key]).items():
        names = {w.casefold() for name in notes for w in name.split()}
        for (one, a), (other, b) in itertools.combinations(notes.items(), 2):
            ga, gb = _trigrams(a, names), _trigrams(b, names)
            score = len(ga & gb) / len(ga | gb) if ga and gb else 0.0
            worst.append((score, app, one, other))
    assert max(worst)[0] <= 0.40, max(worst)


@pytest.mark.parametrize("pack", PACKS)
def test_a_belated_note_never_says_the_same_thing_twice(loops_out, pack):
    for notes in _panels(loops_out[f"{pack}/2026-11-21"]).values():
        for text in notes.values():
            said = [s.casefold() for s in _sentences(text)]
            assert len(said) == len(set(said)), text
            assert len(re.findall(r"(?i)thinking about|dándole vueltas|reflected", text)) <= 1


# --- greetings ---------------------------------------------------------------------------------

GREETED = """\
- name: Dr. Harold Beaumont
  email: harold@acme.example
  discussion_points: [the outbox pattern]
- name: Anna de la Cruz
  honorific: Prof.
  email: anna@acme.example
  discussion_points: [consent when the interpreter is a family member]
- name: Nguyễn Thị Thảo
  email: ntthao@acme.example
  discussion_points: [the research repository]
- name: Fatima Zahra Benali
  salutation: Fatima Zahra
  email: fatima@acme.example
  discussion_points: [the permit tracker prototype]
"""
ROLE = BASE_ROLE + "{extra}"  # the shared role, with room for what a test adds


@pytest.mark.parametrize(("pack", "expected"), [
    ("default", {"dr-harold-beaumont": "Hi Dr. Beaumont,", "anna-de-la-cruz":
                 "Hi Prof. de la Cruz,", "nguyen-thi-thao": "Hi Nguyễn Thị Thảo,",
                 "fatima-zahra-benali": "Hi Fatima Zahra,"}),
    ("formal", {"dr-harold-beaumont": "Dear Dr. Beaumont,", "anna-de-la-cruz":
                "Dear Prof. de la Cruz,", "nguyen-thi-thao": "Dear Nguyễn Thị Thảo,",
                "fatima-zahra-benali": "Dear Fatima Zahra,"}),
    ("brief", {"dr-harold-beaumont": "Hi Dr. Beaumont,", "anna-de-la-cruz":
               "Hi Prof. de la Cruz,", "nguyen-thi-thao": "Hi Nguyễn Thị Thảo,",
               "fatima-zahra-benali": "Hi Fatima Zahra,"}),
])
def test_greetings_are_the_same_in_every_kind(tree, run, pack, expected):
    root = tree(profile({"acme/interviewers.yaml": GREETED,
                         "acme/role.yaml": ROLE.format(extra="")}))
    for kind in ("thank-you", "rejection-reply"):
        result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "--pack", pack,
                     "--kind", kind, "-q")
        assert result.exit_code in (0, 2), result.output
    rows = read_manifest(root / "out")[0]
    assert {r["kind"] for r in rows} == {"thank-you", "rejection-reply"}
    for slug, greeting in expected.items():
        text = (root / f"out/acme/thank-you/{slug}.txt").read_text()
        assert text.splitlines()[0] == greeting
    # Without a salutation or honorific, every pack greets by the given name, the formal pack
    # too ("Dear Dana Lee," reads as a mail merge; "Ms. Lee" would mean guessing), in every
    # kind alike.
    contact = {(root / f"out/acme/{kind}/dana-lee.txt").read_text().splitlines()[0]
               for kind in ("thank-you", "rejection-reply")}
    assert contact == ({"Dear Dana,"} if pack == "formal" else {"Hi Dana,"})


def test_a_status_check_threaded_under_a_thank_you_greets_alike(tree, run):
    role = ROLE.format(extra="").replace("  name: Dana Lee\n", "  name: Dr. Dana Lee\n")
    root = tree(profile({"acme/role.yaml": role}))
    run("drafts", "profiles", "-o", "out", "--today", "2026-12-04", "--pack", "formal", "-q")
    greetings = {(root / f"out/acme/{kind}/dr-dana-lee.txt").read_text().splitlines()[0]
                 for kind in ("thank-you", "status-check")}
    assert greetings == {"Dear Dr. Lee,"}


# --- the reply a rejection calls for -----------------------------------------------------------

REJECTED = """\
outcome: rejected
outcome_date: 2026-11-25
"""


def _kinds(root: Path) -> list[tuple[str, str]]:
    rows = read_manifest(root / "out")[0]
    return sorted((r["kind"], r["recipient"]["name"]) for r in rows)


def test_no_rejection_reply_while_the_outcome_is_pending(tree, run):
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert not [k for k in _kinds(root) if k[0] == "rejection-reply"]


def test_a_rejection_gets_one_reply_to_the_contact(tree, run):
    root = tree(profile({"acme/role.yaml": ROLE.format(extra=REJECTED)}))
    run("drafts", "profiles", "-o", "out", "--today", "2026-11-25", "-q")
    assert _kinds(root) == [("rejection-reply", "Dana Lee")]
    text = " ".join((root / "out/acme/rejection-reply/dana-lee.txt").read_text().split())
    assert text.startswith("Hi Dana, Thank you for letting me know")
    assert re.search(r"disappoint|sorry", text) and "feedback" in text
    assert re.search(r"keep me in mind|kept in mind", text)
    assert re.search(r"(?i)all the best|best wishes", text)
    assert re.search(r"Priya about|Søren about", text)  # one specific good memory


def test_the_reply_goes_to_whoever_brought_the_news_threaded_under_their_message(tree, run):
    extra = REJECTED + ("outcome_from: Søren Kjærgaard\noutcome_subject: Your application\n"
                        "outcome_message_id: <news-1@acme.example>\n")
    root = tree(profile({"acme/role.yaml": ROLE.format(extra=extra)}))
    run("drafts", "profiles", "-o", "out", "--today", "2026-11-25", "-q")
    assert _kinds(root) == [("rejection-reply", "Søren Kjærgaard")]
    message = email.message_from_bytes(
        (root / "out/acme/rejection-reply/soren-kjaergaard.eml").read_bytes(),
        policy=policy.default)
    assert message["Subject"] == "Re: Your application"
    assert message["In-Reply-To"] == "<news-1@acme.example>"
    assert message["References"].split()[0] == "<news-1@acme.example>"


def test_an_unknown_news_bringer_is_an_input_error(tree, run):
    extra = REJECTED + "outcome_from: Bob Smith\n"
    tree(profile({"acme/role.yaml": ROLE.format(extra=extra)}))
    result = run("drafts", "profiles", "-o", "out", "-q")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(
        "profiles/acme/role.yaml:9: outcome_from: 'Bob Smith' is not the contact or an "
        "interviewer in this folder")


def test_interviewers_marked_keep_in_touch_get_a_note_citing_their_points(tree, run):
    people = """\
    - name: Priya Raman
      email: priya@acme.example
      keep_in_touch: true
      discussion_points: [event sourcing for billing]
    - name: Søren Kjærgaard
      email: soren@acme.example
      discussion_points: [the outbox pattern]
    """
    root = tree(profile({"acme/role.yaml": ROLE.format(extra=REJECTED),
                         "acme/interviewers.yaml": people}))
    run("drafts", "profiles", "-o", "out", "--today", "2026-11-25", "-q")
    assert _kinds(root) == [("rejection-reply", "Dana Lee"), ("rejection-reply", "Priya Raman")]
    assert "event sourcing for billing" in " ".join(
        (root / "out/acme/rejection-reply/priya-raman.txt").read_text().split())


def test_an_asked_for_reply_while_pending_is_never_due_nor_pushed(tree, run):
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "--kind", "rejection-reply", "-q")
    rows = read_manifest(root / "out")[0]
    assert [(r["kind"], r["send_on"]) for r in rows] == [("rejection-reply", None)]
    chosen, _ = select(root / "out", TODAY_DATE, everything=True)
    assert chosen == []


def test_replies_from_an_earlier_run_go_once_they_are_no_longer_planned(tree, run):
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "--kind", "rejection-reply", "-q")
    edited = root / "out/acme/rejection-reply/dana-lee.txt"
    assert edited.exists()
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    assert not edited.exists()


# --- status checks -----------------------------------------------------------------------------

@pytest.mark.parametrize("pack", PACKS)
def test_a_status_check_names_the_role_and_the_day_and_its_thread_names_you(tree, run, pack):
    root = tree(profile({"acme/role.yaml": ROLE.format(extra="decision_expected: 2026-12-04\n")}))
    run("drafts", "profiles", "-o", "out", "--today", "2026-12-08", "--pack", pack, "-q")
    text = (root / "out/acme/status-check/dana-lee.txt").read_text()
    opening = " ".join(_body(text)[0].split())
    assert "Backend Engineer" in opening
    assert re.search(r"November 20|20 de noviembre", opening)
    message = email.message_from_bytes(
        (root / "out/acme/status-check/dana-lee.eml").read_bytes(), policy=policy.default)
    subject = str(message["Subject"])
    assert "Backend Engineer" in subject and "Jordan Rivera" in subject


@pytest.mark.parametrize("pack", PACKS)
def test_the_final_status_check_says_it_is_the_last_without_repeating_the_first(tree, run,
                                                                                 pack):
    extra = "decision_expected: 2026-12-04\nsent:\n  status-check: [2026-12-08]\n"
    root = tree(profile({"acme/role.yaml": ROLE.format(extra=extra)}))
    run("drafts", "profiles", "-o", "out", "--today", "2026-12-16", "--pack", pack, "-q")
    final = (root / "out/acme/status-check/dana-lee.txt").read_text()
    assert re.search(r"(?i)last|final|última", final)
    tree(profile({"acme/role.yaml": ROLE.format(extra="decision_expected: 2026-12-04\n")}))
    run("drafts", "profiles", "-o", "first", "--today", "2026-12-08", "--pack", pack, "-q")
    first = (root / "first/acme/status-check/dana-lee.txt").read_text()
    assert not set(_sentences(first)) & set(_sentences(final))


# --- your own words ----------------------------------------------------------------------------

OWN = """\
- name: Priya Raman
  email: priya@acme.example
  discussion_points: [event sourcing for billing]
  fit: I moved a payments ledger to event sourcing at Finch, so I know its sharp edges.
  follow_up: "[my notes on retries](https://jordan.example.com/retries), said I'd send them"
- name: Søren Kjærgaard
  email: soren@acme.example
  discussion_points: [the outbox pattern]
  note: |
    Your story about the duplicate refunds stayed with me all evening.
"""


@pytest.mark.parametrize("pack", PACKS)
def test_note_fit_and_follow_up_are_used_and_highlights_stay_with_the_contact(tree, run, pack):
    role = ROLE.format(extra="highlights:\n  - five years of running payment systems\n")
    root = tree(profile({"acme/interviewers.yaml": OWN, "acme/role.yaml": role}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "--pack", pack, "-q")
    priya = " ".join((root / "out/acme/thank-you/priya-raman.txt").read_text().split())
    soren = " ".join((root / "out/acme/thank-you/soren-kjaergaard.txt").read_text().split())
    dana = " ".join((root / "out/acme/thank-you/dana-lee.txt").read_text().split())
    assert "I moved a payments ledger to event sourcing at Finch" in priya
    assert "my notes on retries" in priya
    assert "Your story about the duplicate refunds stayed with me all evening." in soren
    assert "five years running payment systems" not in priya + soren
    if pack != "brief":
        assert "five years running payment systems" in dana or (
            pack == "es" and "five years of running payment systems" in dana)


# --- Spanish -----------------------------------------------------------------------------------

def test_the_spanish_pack_reads_as_spanish(loops_out):
    out = loops_out["es/2026-11-19"]
    texts = [p.read_text(encoding="utf-8") for p in (out / "compras").glob("*/*.txt")]
    joined = " ".join(" ".join(texts).split())
    assert texts
    assert "Disfruté conociendo" not in joined
    assert "del Grupo Alimentario Sierra Norte" in joined  # articles before a company's name
    assert not re.search(r"\b(?:en|de) Grupo Alimentario", joined)
    assert not re.search(r"(?:lunes|martes|miércoles|jueves|viernes), \d", joined)


TODAY_DATE = __import__("datetime").date.fromisoformat(TODAY)


def test_the_spanish_golden_files_are_made_from_the_spanish_example(tmp_path, run,
                                                                    monkeypatch):
    monkeypatch.chdir(REPO)
    out = tmp_path / "out"
    result = run("drafts", "templates/es/example", "--out", str(out), "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    golden = REPO / "tests/golden/es-example"
    expected = {k: v for k, v in snapshot(golden).items() if k.endswith(".txt")}
    actual = {k: v for k, v in snapshot(out).items() if k.endswith(".txt")}
    assert sorted(actual) == sorted(expected)
    for name, content in expected.items():
        assert actual[name] == content, f"{name} differs from its golden file"


# --- what stays private: your notes on them are not sent to them -------------------------------

def _notes(out: Path, loop: str) -> dict[str, str]:
    """One loop's drafts by file (kind/slug), each text on one line."""
    return {f"{p.parent.name}/{p.stem}": " ".join(p.read_text(encoding="utf-8").split())
            for p in sorted((out / loop).glob("*/*.txt"))}


def _subjects(out: Path) -> dict[str, str]:
    rows = read_manifest(out)[0]
    return {f"{r['application']}/{r['kind']}/{r['recipient']['name']}": r["subject"]
            for r in rows}


@pytest.mark.parametrize(("sentence", "is_private"), [
    ("Very direct, I liked her a lot.", True),
    ("She's still annoyed about it, honestly, and I think she was testing whether I'd treat "
     "it as a sales problem.", True),
    ("She laughed about it, but it's clearly why she wants messaging tested.", True),
    ("Beatriz started as a night-shift NOC operator at a telecom in Porto.", True),
    ('She said "that\'s the job."', True),
    ("He asked when I'd add vasopressin. I rambled.", True),
    ("The inventory is still on paper.", False),
    ("Beta adoption is stuck at 8% and most people drop off at bank linking.", False),
])
def test_what_you_wrote_about_them_for_yourself_is_private(sentence, is_private):
    assert private(sentence) is is_private


def test_a_note_about_them_in_the_third_person_is_not_pasted_into_their_note(tree, run):
    people = """\
    - name: Camille Fontaine
      email: camille@acme.example
      discussion_points: [the repositioning to small finance teams]
      note: |
        Camille told me about the billboard on the 101. She laughed about it, but it's
        clearly why she wants messaging tested. Very direct, I liked her a lot.
    - name: Søren Kjærgaard
      email: soren@acme.example
      discussion_points: [the outbox pattern]
      note: |
        Your story about the duplicate refunds stayed with me, Søren.
    """
    root = tree(profile({"acme/interviewers.yaml": people}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    camille = " ".join((root / "out/acme/thank-you/camille-fontaine.txt").read_text().split())
    for leak in ("liked you", "Very direct", "laughed", "clearly why", "You told me about"):
        assert leak not in camille
    assert "the repositioning to small finance teams" in camille or "billboard" in camille
    # A note that speaks to them is used exactly as written, name and all.
    soren = " ".join((root / "out/acme/thank-you/soren-kjaergaard.txt").read_text().split())
    assert "Your story about the duplicate refunds stayed with me, Søren." in soren
    # What the checks can ask: was it written for you, and what was left out.
    note = "Camille told me about the billboard. Very direct, I liked her a lot."
    assert written_for_you(note, ["Camille", "Fontaine"])
    assert not written_for_you("Your story stayed with me.", ["Søren"])
    assert private_sentences(note) == ["Very direct, I liked her a lot."]


@pytest.mark.parametrize(("value", "said"), [
    ("the 200-seat deal they lost to Paywell", "the 200-seat deal you lost to Paywell"),
    ("Their AP teacher left mid-year", "Your AP teacher left mid-year"),
    ("she still thinks every engineer should do a month of nights",
     "you still think every engineer should do a month of nights"),
    ("what she needs from PMM, in her words", "what you need from PMM"),
])
def test_words_about_them_and_their_team_are_said_to_them(value, said):
    assert for_reader(value, ["Rosa"], team=their_team(value)) == said


def test_their_is_not_the_readers_team_after_people_named_before_it():
    value = "Paying participants on social assistance: a cash incentive can put their benefits"
    assert not their_team(value)
    assert "their benefits" in for_reader(value, team=their_team(value))


def test_the_readers_team_is_you_in_their_note_and_they_in_the_contacts(loops_out):
    value = ("I asked how they got through the IV fluid shortage last year. She ran a shortage "
             "huddle every morning for six weeks.")
    names = ["Halima", "Yusuf", "Dr. Yusuf"]
    gist = read_point(2, value, place(value, "discussion_points", names=names), names=names)
    assert gist.topic == "how you got through the IV fluid shortage last year"
    assert gist.clause == "you ran a shortage huddle every morning for six weeks"
    notes = _notes(loops_out["default/2026-11-19"], "pharmacist")
    assert "how they got through" not in notes["thank-you/halima-yusuf"]
    assert "they still dose" not in notes["thank-you/mateo-ferraro"]


# --- the most vivid detail, never a fragment -------------------------------------------------

def test_a_run_on_point_gives_its_most_vivid_clause_and_a_thing_to_point_at():
    value = ("Black Friday last year, Kafka consumer lag on the tracking pipeline, shipment "
             "updates three hours behind and the support queue hit 9,000 tickets, and she "
             "walked me through the whole timeline and was really open about it, which I "
             "appreciated.")
    gist = read_point(0, value, place(value, "discussion_points", names=["Oksana"]),
                      names=["Oksana"])
    assert gist.topic == "Black Friday last year"
    assert gist.clause == "the support queue hit 9,000 tickets"
    assert gist.thing == "those 9,000 tickets" and gist.open
    assert thing_of("in 2019 you found a jar of crystallized picric acid at the back") == (
        "that jar of crystallized picric acid")


@pytest.mark.parametrize("pack", ["default", "formal", "brief"])
def test_notes_cite_the_vivid_detail_not_the_label_and_never_a_pasted_fragment(loops_out,
                                                                              pack):
    out = loops_out[f"{pack}/2026-11-19"]
    assert "picric acid" in _notes(out, "chemistry-teacher")["thank-you/eleanor-whitcombe"]
    assert "9,000 tickets" in _notes(out, "sre")["thank-you/oksana-hrytsenko"]
    joined = " ".join(t for loop in ("pharmacist", "product-marketing", "chemistry-teacher",
                                     "sre", "ux-research") for t in _notes(out, loop).values())
    for fragment in ("first semester, don't change", "and the support queue hit",
                     "about Payments add-on", "live debugging, a pod", "homelabs, yours",
                     "(septic shock", "(ahora lo calculan", "in your words"):
        assert fragment not in joined


def test_a_capitalised_label_is_lower_cased_mid_sentence_in_spanish(loops_out):
    joined = " ".join(_notes(loops_out["es/2026-11-19"], "compras").values())
    assert "la Homologación" not in joined


# --- a note's substance: one detail, a tie to what you did, and words that do not misfire ------

def test_a_highlight_is_said_as_your_own_sentence_or_not_at_all():
    assert pitch("Six years as the MICU pharmacist at St. Brendan's.").sentence == (
        "I have spent six years as the MICU pharmacist at St. Brendan's.")
    assert pitch("win/loss program from scratch, ~120 customer interviews").sentence == (
        "I built a win/loss program from scratch, with about 120 customer interviews.")
    assert pitch("Terraform, Prometheus, enough Go to fix the exporters myself") is None


def test_each_note_ties_what_they_care_about_to_a_highlight_once_per_panel(loops_out):
    notes = _notes(loops_out["default/2026-11-19"], "chemistry-teacher")
    alvarado = notes["thank-you/gustavo-alvarado"]
    assert "41%" in alvarado and "78% of my students passed" in alvarado
    assert "Science Olympiad coach" in alvarado
    for loop in ("pharmacist", "product-marketing", "sre", "ux-research"):
        texts = [t for k, t in _notes(loops_out["default/2026-11-19"], loop).items()
                 if k.startswith("thank-you/")]
        assert not any("bring the team" in t for t in texts)


@pytest.mark.parametrize("pack", PACKS)
def test_no_praise_that_misfires_and_no_servile_or_presumptuous_close(loops_out, pack):
    for loop in ("pharmacist", "product-marketing", "chemistry-teacher", "sre", "ux-research",
                 "compras"):
        for name, text in _notes(loops_out[f"{pack}/2026-11-19"], loop).items():
            for phrase in ("made me think harder", "at your disposal", "what comes next",
                           "a su disposición", "fue de lo mejor", "enjoyed talking about the "
                           "200-seat deal", "glad we got to talk about the 200-seat deal"):
                assert phrase not in text, (name, phrase)
            # "Open" or "candid" only where your notes say they were.
            if re.search(r"so (?:open|candid)|candour", text):
                assert name == "thank-you/oksana-hrytsenko", name


def test_wordings_follow_the_application_not_only_the_place_in_the_panel(loops_out):
    out = loops_out["default/2026-11-19"]
    apps = load_applications(LOOPS)
    assert len({tuple(turns(a, 0)) for a in apps}) == len(apps)
    first_lines = set()
    for loop in ("pharmacist", "product-marketing", "chemistry-teacher", "sre", "ux-research"):
        texts = _panels(out)[loop]
        person = next(iter(texts.values()))
        first_lines.add(_sentences(person)[0])
    assert len(first_lines) >= 3  # the first person of five panels: not one stock opening


# --- subjects, dates, status checks, rejection replies ---------------------------------------

@pytest.mark.parametrize("pack", PACKS)
def test_subjects_are_short_and_name_you_only_where_a_thread_needs_it(loops_out, pack):
    for key, subject in _subjects(loops_out[f"{pack}/2026-11-19"]).items():
        assert len(subject) <= 66, subject
        assert "(AP and General" not in subject and " II" not in subject, subject
        _app, kind, name = key.split("/")
        named = any(n in subject for n in ("Dlamini", "Wiśniewski", "Abramowitz", "Adebayo",
                                           "Yıldırım", "Ferrández"))
        if kind == "thank-you" and name not in ("Renata Salgado", "Brandon Oyelaran",
                                                "Mina Sato", "Jonah Whitfield",
                                                "Marta Iglesias Peña", "Eleanor Whitcombe"):
            assert not named, subject  # only the thread a status check answers carries you
        if kind == "status-check":
            assert named


@pytest.mark.parametrize("pack", PACKS)
def test_a_recent_meeting_is_named_by_its_day_never_by_its_date(loops_out, pack):
    for key in (f"{pack}/2026-11-19", f"{pack}/2026-11-21"):
        for loop in ("product-marketing", "sre", "compras"):
            for text in _notes(loops_out[key], loop).values():
                assert not re.search(r"\bon (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, "
                                     r"(?:November|December)|(?:lunes|martes|miércoles|jueves|"
                                     r"viernes) \d+ de noviembre", text), text


def test_the_status_check_asks_without_selling_you_again(tree, run):
    role = ROLE.format(extra="decision_expected: 2026-12-04\nhighlights:\n"
                             "  - five years of running payment systems\n")
    root = tree(profile({"acme/role.yaml": role}))
    run("drafts", "profiles", "-o", "out", "--today", "2026-12-08", "-q")
    text = (root / "out/acme/status-check/dana-lee.txt").read_text()
    assert "payment systems" not in text and "bring the team" not in text


@pytest.mark.parametrize("pack", PACKS)
def test_the_news_bringer_who_interviewed_you_is_thanked_once_and_personally(tree, run, pack):
    people = GREETED.replace("- name: Dr. Harold Beaumont\n",
                             "- name: Dr. Harold Beaumont\n  contact: true\n")
    role = ROLE.format(extra=REJECTED).replace("contact:\n  name: Dana Lee\n"
                                               "  email: dana@acme.example\n", "")
    root = tree(profile({"acme/interviewers.yaml": people, "acme/role.yaml": role}))
    run("drafts", "profiles", "-o", "out", "--today", "2026-11-25", "--pack", pack, "-q")
    [reply] = (root / "out/acme/rejection-reply").glob("*.txt")
    text = " ".join(reply.read_text().split())
    assert re.search(r"personally|en persona", text)
    assert "I heard" not in text and "Me he enterado" not in text
    assert len(re.findall(r"(?i)\bthank(?:s| you)\b|\bgracias\b|\bagradezco\b", text)) == 1
    assert "outbox pattern" in text  # their own conversation, the memory to cite


# --- greetings and Spanish register ----------------------------------------------------------

def test_the_contact_note_names_people_as_you_would_greet_them(loops_out):
    notes = _notes(loops_out["default/2026-11-19"], "pharmacist")
    assert "Dr. Yusuf, Mateo and Dr. Venkataraman" in notes["thank-you/renata-salgado"]
    es = _notes(loops_out["es/2026-11-19"], "compras")
    assert "conocer a Javier, la Dra. Goikoetxea y Rodrigo" in es["thank-you/marta-iglesias-pena"]


def test_spanish_keeps_one_register_per_person(loops_out):
    notes = _notes(loops_out["es/2026-11-19"], "compras")
    javier = notes["thank-you/javier-ortega-lunar"]  # greeted by his given name: tú
    assert javier.startswith("Hola, Javier:")
    assert not re.search(r"\b(?:usted|su tiempo|le agradezco|le escribo|dedicó)\b", javier)
    itziar = notes["thank-you/itziar-goikoetxea-arana"]  # Dra.: usted
    assert itziar.startswith("Estimada Dra. Goikoetxea:")
    assert not re.search(r"\b(?:tu|te|contigo|dedicaste)\b", itziar)
    check = _notes(loops_out["es/2026-11-21"], "compras")
    for text in (*notes.values(), *check.values()):
        assert "esté teniendo" not in text and "saliera tan bien" not in text


# --- rapport keeps its reason -----------------------------------------------------------------

def test_rapport_is_kept_with_its_reason_or_left_out(tree, run, loops_out):
    oksana = _notes(loops_out["default/2026-11-19"], "sre")["thank-you/oksana-hrytsenko"]
    # your side a sentence of its own, not spliced on with ", and" (blind round 11)
    assert "from Lviv — I spent the summer of 2019 there." in oksana
    people = """\
    - name: Priya Raman
      email: priya@acme.example
      discussion_points: [event sourcing for billing]
      rapport: She's from Lviv.
    """
    root = tree(profile({"acme/interviewers.yaml": people}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert "Lviv" not in (root / "out/acme/thank-you/priya-raman.txt").read_text()


# --- never a broken sentence: gist placements are conservative (guard.py) -------------------

from generator.compose.detail import gist_dict  # noqa: E402
from generator.compose.guard import sound_clause, sound_topic, stray_capital  # noqa: E402
from generator.compose.phrasing import follow_up  # noqa: E402

HELDOUT = REPO / "tests/corpus/heldout"


def _gist(value: str, names: tuple[str, ...] = ("Dana",)):
    placed = place(value, "discussion_points", names=list(names))
    return read_point(0, value, placed, names=list(names))


@pytest.mark.parametrize(("value", "rapport"), [
    ("Both Navy reservists. She flew helicopters, I fixed radios.", "we are both Navy reservists"),
    ("Fellow trail runner, 30 miles a week on the Wildwood Trail.", "we are both trail runners"),
    ("She grew up in Duluth too and says winter is a state of mind.",
     "you grew up in Duluth too and say winter is a state of mind"),
])
def test_rapport_is_a_whole_clause_with_its_verb(value, rapport):
    assert place(value, "rapport", names=["Dana"]).phrase == rapport


@pytest.mark.parametrize("value", [
    "staffing mostly 1:4, 1:2 for fresh hearts",
    "down three techs on weekends, agency covering most Sundays",
    "defect rate 2.7, target is under 1",
    "The reviewers she trusts most say no when a client asks for the wrong model.",
])
def test_a_fragment_is_never_placed_after_about(value):
    gist = _gist(value)
    assert gist.topic is None or sound_topic(gist.topic)
    assert gist.topic not in ("staffing mostly 1:4", "down three techs on weekends",
                              "defect rate 2.7")
    assert gist.clause is None or sound_clause(gist.clause)


@pytest.mark.parametrize("value", [
    "She's studying for the CFA in March, we swapped flashcard apps.",
    "I asked what slows the team down. Intake right now is a shared inbox and a phone.",
    "defect rate 2.7, target is under 1",
])
def test_no_comma_splice_verbless_clause_or_stray_capital_is_quoted(value):
    gist = _gist(value)
    for clause in (gist.clause, gist.fact, *gist.clauses):
        assert clause is None or sound_clause(clause), clause
    assert gist.clause not in ("target is under 1",
                               "Intake right now is a shared inbox and a phone")


def test_a_duration_is_no_topic():
    gist = _gist("We talked about pricing for most of the hour.")
    assert gist.topic == "pricing"


@pytest.mark.parametrize(("value", "said"), [
    ("the onboarding checklist I wrote, since theirs lives in a wiki. Offered to send it.",
     "As promised, I'll send you the onboarding checklist I wrote, since yours lives in a wiki."),
    ("a redacted sample audit plan. He asked to see one.",
     "I'm sending you a redacted sample audit plan in a separate email, as promised. I'd be glad "
     "to hear what you "
     "think."),
    ("the shift huddle script we used. Said I'd send a copy.",
     "In a separate email, I'm sending you the shift huddle script we used, as promised."),
    ("the triage card we made (no patient data). She asked for a copy to show her manager.",
     # a reminder to yourself in brackets is true, but not a phrase of the sentence they read
     "In a separate email, I'm sending you the triage card we made, as promised. I'd be glad to "
     "hear what you think."),
    ("the winter cheat sheet I made (generic, no company data); she said she'd like it",
     "I'll send you the winter cheat sheet I made; she said she'd like it."),
    ("[my query style guide](https://x.example/g) (naming, CTEs, tests), promised I'd send it",
     "As promised, here is [my query style guide](https://x.example/g)."),
])
def test_a_follow_up_drops_notes_to_self_and_says_here_is_only_with_a_link(value, said):
    assert follow_up(value) == said


def test_a_fact_read_back_with_nothing_tied_to_it_is_not_said():
    gist = _gist("the annual fund is 41% of revenue")
    shown = gist_dict(gist)
    assert shown is None or not shown["clause_only"] or not shown["clause"]
    tied = gist_dict(gist, "I grew an annual fund to 41% of revenue at my last nonprofit.")
    assert tied is not None


def test_a_highlight_of_years_is_never_a_bare_i_bring():
    sentence = pitch("five years of regional demand planning for 60 stores", "en")
    assert sentence is None or not sentence.sentence.startswith("I bring")


def test_their_late_in_your_fit_is_whoever_you_just_named():
    from types import SimpleNamespace

    from generator.compose.content import _fit

    person = SimpleNamespace(
        name="Dana Wu", salutation="Dana",
        fit="At Corvid I sat with the buyer every week, and the forecast they ended up "
            "using came out of those sessions.")
    assert "the forecast they ended up using" in _fit(person, "en", [False], 0)  # type: ignore[arg-type]


_BROKEN = [
    (re.compile(r"\bwe both (?:[A-Z]\w*|a|an|the)\b"), "verbless we both"),
    (re.compile(r"\bwe are both \w+(?<!s)[,.]"), "singular after we are both"),
    (re.compile(r"\babout\s+(?:[\w-]+\s+){0,3}\d+(?::\d+|\.\d+)\b"), "about + number"),
    (re.compile(r"\d+:\d+"), "ratio"),
    (re.compile(r"\?,|!\.|[^.]\.\.(?!\.)|\.,"), "doubled punctuation"),
    (re.compile(r"\w \- \w"), "list dash in a sentence"),
    (re.compile(r"\b(?:Offered|Said I'd|She asked|He asked)\b"), "note to self"),
    (re.compile(r"\bI bring\b"), "bare I bring"),
]


_SPLICE = re.compile(r", (?:we|I|she|he|they) (?:\w+ed|ran|did|had|went)\b(?! by)")


def _broken(text: str, proper: frozenset[str] = frozenset()) -> list[str]:
    found = [label for pattern, label in _BROKEN if pattern.search(text)]
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        if _SPLICE.search(sentence) and not re.match(
                r"(?:Although|Though|Since|While|When|If|Because|As|After|Before)\b", sentence):
            found.append(f"comma splice: {sentence}")
        if stray_capital(sentence, proper) and re.search(r"\b(?:that|about|how)\s+[A-Z][a-z]+\s+"
                                                         r"(?:right|is|are|was)\b", sentence):
            found.append(f"stray capital: {sentence}")
    return found


@pytest.fixture(scope="module")
def every_folder(tmp_path_factory) -> dict[str, list[str]]:
    from click.testing import CliRunner

    from generator.cli import main

    bodies: dict[str, list[str]] = {}
    for corpus in (LOOPS, HELDOUT):
        for pack in PACKS:
            out = tmp_path_factory.mktemp(f"{corpus.name}-{pack}")
            result = CliRunner().invoke(main, ["drafts", str(corpus), "-o", str(out), "--today",
                                               "2026-11-19", "--pack", pack, "-q"],
                                        catch_exceptions=False)
            assert result.exit_code in (0, 2), result.output
            for path in sorted(out.rglob("thank-you/*.txt")):
                body = " ".join(_body(path.read_text(encoding="utf-8")))
                bodies.setdefault(pack, []).append(f"{path.parent.parent.name}: {body}")
    return bodies


@pytest.mark.parametrize("pack", PACKS)
def test_no_draft_of_any_folder_holds_a_broken_shape(every_folder, pack):
    problems = [(body[:60], found) for body in every_folder[pack]
                if (found := _broken(body.split(": ", 1)[1]))]
    assert not problems, problems


@pytest.mark.parametrize("pack", PACKS)
def test_no_note_of_any_folder_opens_two_sentences_alike(every_folder, pack):
    # Reading round 13's drafts again: "It was good to hear what you need …" and then "It was
    # good to realize we both …" in one short note reads as a form being filled in.
    alike = []
    for body in every_folder[pack]:
        # (thanks said twice is how people write: "Thank you for … Thank you again for …")
        openings = [" ".join(s.split()[:3]) for s in re.split(r"(?<=[.!?])\s+(?=[A-Z“])",
                                                              body.split(": ", 1)[1])]
        alike += [(body[:60], o) for o in {o for o in openings if openings.count(o) > 1}
                  if o not in ("Thank you for", "Thanks for the")]
    assert not alike, alike


def test_no_value_of_the_corpus_is_placed_as_a_broken_shape():
    import yaml

    corpus = yaml.safe_load((REPO / "tests/corpus/values.yaml").read_text(encoding="utf-8"))
    problems = []
    for entry in corpus["values"]:
        if entry["lang"] != "en" or entry["field"] != "discussion_points":
            continue
        gist = _gist(entry["value"])
        shown = gist_dict(gist)
        if shown is None:
            continue
        lines = []
        if shown["clause"]:
            lines.append(f"I was struck that {shown['clause']}.")
        if shown["topic"] and not shown["topic_is_clause"]:
            lines.append(f"I enjoyed our conversation about {shown['topic']}.")
        problems += [(entry["id"], line) for line in lines if _broken(line)]
    for entry in corpus["values"]:
        if entry["lang"] == "en" and entry["field"] == "rapport":
            phrase = place(entry["value"], "rapport", names=["Dana"]).phrase
            if phrase and _broken(f"I enjoyed finding out that {phrase}."):
                problems.append((entry["id"], phrase))
    assert not problems, problems


# --- one thought, not parts set side by side -----------------------------------------------

JOINED = """\
- name: Ines Moreau
  email: ines@acme.example
  discussion_points:
    - they still reconcile the payment ledger by hand every Friday and it takes a whole day
    - I asked what a good first quarter looks like. One reconciliation job nobody has to babysit.
  fit: At Finch I automated our ledger reconciliation, so it ran nightly without anyone watching.
- name: Tom Baird
  email: tom@acme.example
  discussion_points:
    - they still run the office football pool on a spreadsheet
  fit: I automated our payroll exports at Finch.
"""


def test_a_tie_joins_the_point_it_meets_and_only_that_point(tree, run):
    root = tree(profile({"acme/interviewers.yaml": JOINED,
                         "acme/role.yaml": ROLE.format(extra="decision_expected: 2026-12-04\n")}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    def paragraphs(name):
        text = (root / f"out/acme/thank-you/{name}.txt").read_text()
        return [" ".join(p.split()) for p in text.split("\n\n")]

    ines, tom = paragraphs("ines-moreau"), paragraphs("tom-baird")
    # Ines's point and her fit share "reconcile"/"ledger": one thought, her fit said right
    # after the point in the same paragraph, with no bridge ("That stood out to me, because")
    joined = [p for p in ines if re.search(r"reconcile the payment ledger by hand every Friday\. "
                                             r"At Finch I automated our ledger reconciliation", p)]
    assert joined, ines
    assert not re.search(r"stood out|close to my own|hit home", " ".join(ines))
    # Tom's fit shares nothing rare with his point ("spreadsheet" is no "payroll"): said as
    # it is, in a paragraph of its own, never joined to his point.
    assert "I automated our payroll exports at Finch." in tom, tom
    assert not any("payroll" in p and ("spreadsheet" in p) for p in tom), tom


def test_their_answer_to_your_question_is_said_back_as_a_phrase():
    value = "I asked what a good first quarter looks like. One reconciliation job nobody babysits."
    gist = read_point(1, value, place(value, "discussion_points", names=["Ines"]),
                      names=["Ines"])
    assert gist.kind == "answer"
    assert gist.topic == "what a good first quarter looks like"
    assert gist.reply == "one reconciliation job nobody babysits"
    # a sentence with a verb, or words of yours, is no phrase to say back
    for answer in ("I said I would automate it.", "She laughed and said it depends."):
        value = f"I asked what a good first quarter looks like. {answer}"
        assert read_point(1, value, place(value, "discussion_points", names=["Ines"]),
                          names=["Ines"]).reply is None


def test_the_contacts_note_names_the_decision_date_while_it_is_ahead(tree, run):
    root = tree(profile({"acme/role.yaml": ROLE.format(extra="decision_expected: 2026-12-04\n")}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q", "--kind", "thank-you")
    text = " ".join((root / "out/acme/thank-you/dana-lee.txt").read_text().split())
    assert "hopes to decide by December 4" in text


def test_they_is_the_readers_team_unless_a_plural_noun_in_its_sentence_comes_first():
    # a plural in an earlier sentence, or a verb in -s, does not make "they" someone else
    assert their_team("We talked about markdowns. Right now every item gets the same cut, and "
                      "she's pretty sure they're leaving money on the table.")
    assert not their_team("Paying participants on social assistance: their benefits can stop.")
    assert not their_team("nurses float between units and they hate it")
    assert their_team("they use the 15% de minimis rate")


def test_a_status_check_after_their_own_early_date_is_not_called_too_soon(tree, run):
    # They said they would decide three days after the interview: asking after that date is
    # what etiquette expects, and the tool's own plan must not be reported as pestering.
    root = tree(profile({"acme/role.yaml": ROLE.format(extra="decision_expected: 2026-11-23\n")}))
    result = run("drafts", "profiles", "-o", "out", "--today", "2026-11-25", "--kind",
                 "status-check")
    assert (root / "out/acme/status-check/dana-lee.txt").exists(), result.output
    assert "too soon" not in result.output
    # …while one planned by `timing:` three days after, with no date of theirs, still is
    early = ROLE.format(extra="timing:\n  status_check_days: 3\n")
    root = tree(profile({"acme/role.yaml": early}))
    result = run("drafts", "profiles", "-o", "out2", "--today", "2026-11-25", "--kind",
                 "status-check")
    assert "is planned 3 days after the interview, too soon" in result.output, result.output


def test_places_the_user_named_in_rapport_pass_the_spelling_check(tree, run):
    # issue 21: "'Århus' may be misspelled" about a place the user wrote themselves
    points = INTERVIEWERS.replace("    - the outbox pattern\n", "    - the outbox pattern\n"
                                  "  rapport: we both grew up in Århus, near Mølleparken\n")
    tree(profile({"acme/interviewers.yaml": points}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY)
    assert "Århus" not in result.output and "Mølleparken" not in result.output, result.output


@pytest.mark.parametrize("pack", ["default", "brief"])
def test_a_contacts_note_that_thanks_is_not_thanked_twice(tree, run, pack):
    role = BASE_ROLE + ("  note: Thank you for the heads-up about the panel; I walked in "
                        "prepared because of you.\n")
    root = tree(profile({"acme/role.yaml": role}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "--pack", pack, "-q")
    body = " ".join((root / "out/acme/thank-you/dana-lee.txt").read_text().split())
    assert "heads-up about the panel" in body
    assert not re.search(r"Thanks? (?:you )?for (?:arranging|setting up|organizing)", body), body


def _gist(value: str, names: tuple[str, ...] = ("Latoya", "Brennan")):
    return read_point(0, value, place(value, "discussion_points", names=list(names)),
                      names=list(names))


@pytest.mark.parametrize("value, quote", [
    ('What does a good night look like for him? "Nobody goes home late and nobody cries in '
     'the med room."', "“Nobody goes home late and nobody cries in the med room.”"),
    ("I asked what the hardest part of second shift is. “Everything first shift didn't finish "
     "lands on you.” Handoff is a whiteboard.", "“Everything first shift didn't finish lands "
     "on you.”"),
    # words of yours, a quip with no verb, a question they put to you: nothing to quote
    ('He asked how I would explain a confidence interval. I said "A range we would bet on," '
     'and he laughed.', None),
    ('I asked how PM and PMM split pricing. "Badly, at the moment." He wants PMM to own it.',
     None),
    ('"Tell me about a time you disagreed with a physician." Told the one about the resident.',
     None),
])
def test_their_words_quoted_in_your_notes_are_kept_as_their_words(value, quote):
    assert _gist(value).quote == quote


def test_a_quoted_answer_closes_its_sentence_in_every_english_pack(tree, run):
    people = INTERVIEWERS.replace(
        "discussion_points:\n", "discussion_points:\n    - 'What does a good night look like "
        "for her? \"Nobody goes home late and nobody cries in the med room.\"'\n", 1)
    for pack in ("default", "formal", "brief"):
        root = tree(profile({"acme/interviewers.yaml": people}))
        result = run("drafts", "profiles", "-o", f"out-{pack}", "--pack", pack, "--today",
                     TODAY, "-q")
        assert result.exit_code in (0, 2), result.output
        notes = [" ".join(p.read_text().split())
                 for p in (root / f"out-{pack}/acme/thank-you").glob("*.txt")]
        said = [n for n in notes if "Nobody goes home late" in n]
        assert said, notes
        # said back whole, in curly quotes, its own full stop ending the sentence: never ”.
        assert "“Nobody goes home late and nobody cries in the med room.”" in said[0]
        assert "”." not in said[0] and "looks like for you" in said[0]


@pytest.mark.parametrize("value, topic, advice", [
    ("her advice on the CRRT course, take it early, before I'm comfortable enough to think I "
     "don't need it", "your advice on the CRRT course",
     "take it early, before I'm comfortable enough to think I don't need it"),
    ("Advice for the first month: meet every charge nurse before touching the schedule.",
     "your advice for the first month", "meet every charge nurse before touching the schedule"),
])
def test_advice_is_said_back_with_what_they_advised(value, topic, advice):
    gist = _gist(value)
    assert (gist.kind, gist.topic, gist.advice) == ("advice", topic, advice)


def test_a_list_under_a_point_is_said_as_its_first_three_things_not_its_tasks():
    gist = _gist("Orientation for experienced ICU nurses, the way she laid it out:\n"
                 "- six weeks with one preceptor\n- CRRT competency within 90 days (all of it)\n"
                 "- skills fair every March\n- night shift from week three")
    assert gist.topic == "orientation for experienced ICU nurses"
    assert gist.items == ("six weeks with one preceptor, CRRT competency within 90 days, and "
                          "skills fair every March")
    tasks = _gist("What the job is:\n- review AP\n- bank recs for nine accounts\n"
                  "- prepaid and accrual schedules")
    assert tasks.items == "bank recs for nine accounts and prepaid and accrual schedules"
    assert _gist("The plan:\n- I shadow for a week\n- then solo nights").items is None


@pytest.mark.parametrize("value, topic", [
    ("shared governance, she wants a night nurse on the practice council", "shared governance"),
    ("covered parking for night shift", "covered parking for night shift"),
    ("discussed the budget", "the budget"),
])
def test_a_word_that_could_lead_in_speech_is_kept_where_it_names_the_thing(value, topic):
    assert _gist(value).topic == topic


@pytest.mark.parametrize("value, phrase", [
    # someone else named in the sentence keeps their pronoun: Dr. Whitlow retired, not you
    ("He did his PhD at NC State, and we both had Dr. Whitlow as an advisor before she retired.",
     "you did your PhD at NC State, and we both had Dr. Whitlow as an advisor before she "
     "retired"),
    # a verb the word table lacks still agrees with "you"
    ("He surfs and grew up on Oahu.", "you surf and grew up on Oahu"),
])
def test_rapport_turns_only_the_readers_pronouns_and_agrees_every_verb(value, phrase):
    assert place(value, "rapport", names=["Oluwaseun", "Adeyemi"]).phrase == phrase


def test_rapport_with_a_second_clause_of_ours_is_no_comma_splice(tree, run):
    people = INTERVIEWERS.replace("    - the outbox pattern\n", "    - the outbox pattern\n"
                                  "  rapport: He's a Hurricanes fan too, we talked about the "
                                  "playoff run.\n")
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    notes = " ".join(" ".join(p.read_text().split())
                     for p in (root / "out/acme/thank-you").glob("*.txt"))
    # what you share, not who they are ("you are a Hurricanes fan too"), and no splice
    assert re.search(r"we(?: are|'re) both Hurricanes fans", notes), notes
    assert "too, we talked" not in notes and "you are a Hurricanes fan" not in notes


def test_a_they_whose_verb_takes_you_is_not_the_reader(tree, run):
    # "the video they make you watch" is whoever sets the rules: "you make you watch" (blind
    # round 10) says nothing
    note = _note_to_soren(tree, run, "    - the outbox pattern\n  rapport: We both hate the "
                          "forklift video they make you watch.\n")
    assert "we both hate the forklift video they make you watch" in note, note


def test_rapport_does_not_retell_what_you_did_together_in_the_room(tree, run):
    notes = _note_to_soren(tree, run, "    - the outbox pattern\n  rapport: We both played "
                           "college hockey, you at Bemidji State and me at UMD, and we argued "
                           "about the rivalry for a minute.\n")
    # what you share is said; what the two of you did in the interview they were at is not
    assert "we both played college hockey" in notes
    assert "argued about the rivalry" not in notes


@pytest.mark.parametrize("value, sentence", [
    ("Licensed PE in North Carolina and Virginia with 11 years in stormwater design.",
     "I am a licensed PE in North Carolina and Virginia with 11 years in stormwater design."),
    ("Led the migration to Kubernetes", "I led the migration to Kubernetes."),
])
def test_a_licence_is_what_you_are_not_what_you_did(value, sentence):
    assert place(value, "highlights").sentence == sentence


@pytest.mark.parametrize("value, topic", [
    ("growth plan, the practice is 18 people now", "the growth plan"),
    ("labor %, target 30, they're at 33", None),
    ("code review habits", "code review habits"),
])
def test_a_jotted_heading_gets_its_article_or_is_not_named(value, topic):
    assert _gist(value).topic == topic


@pytest.mark.parametrize("value, topic, clause, reply, quote", [
    # she is the last sous, not the reader: nothing of hers is said as "you"
    ("I asked what made the last sous leave. She opened her own place, and they catered her "
     "opening night.", "what made the last sous leave", None, None, None),
    # an answer that is a shrug, not a phrase to say back to them
    ('"Who owns production QC, the paralegal or lit support?" Still being argued, apparently.',
     "who owns production QC", None, None, None),
    # the move is the detail; her question to you is another thing
    ("She's moving the firm from Relativity Server to RelativityOne by Q2 and asked what I'd "
     "want in the new workspace templates.", None,
     "you are moving the firm from Relativity Server to RelativityOne by Q2", None, None),
    # a label for a day, and a number with no noun, are not said
    ("stage Saturday, garde manger first seating, then grill for second", None, None, None, None),
    # their closing words, quoted lower-case at the end of your sentence
    ("I asked how she handles a cook who's always late. Talk once, write it up once, then it's "
     'done, "there\'s no third conversation."', "how you handle a cook who's always late", None,
     None, "“There's no third conversation.”"),
])
def test_what_is_not_the_readers_or_not_a_phrase_is_not_said_to_them(value, topic, clause,
                                                                       reply, quote):
    gist = _gist(value)
    assert (gist.topic, gist.reply, gist.quote) == (topic, reply, quote)
    assert (gist.clause or gist.fact) == clause
    assert "you opened" not in f"{gist.clause} {gist.fact} {gist.clauses}"


def test_a_task_they_set_you_in_quotes_is_never_named_as_a_topic():
    gist = _gist("\"Cook me something with what's in the walk-in.\" Charred delicata. 25 min.")
    assert gist.topic is None and gist.quote is None


@pytest.mark.parametrize("clause, sound", [
    ("you want 30 by 2028", False),
    ("you're at 33", False),
    ("the support queue hit 9,000 tickets", True),
    ("the practice grew from 18 people to 30", True),
])
def test_a_number_with_no_noun_is_no_clause(clause, sound):
    from generator.compose.guard import sound_clause
    assert sound_clause(clause) is sound


@pytest.mark.parametrize("pack", ["default", "brief", "es"])
def test_a_close_written_on_a_friday_wishes_a_good_weekend_not_a_week(tree, run, pack):
    # Every wording of the close is tried: one per place in a panel of eight.
    people = "".join(f"- name: Person {i}\n  email: p{i}@acme.example\n  discussion_points:\n"
                     f"    - the topic number {i}\n" for i in range(8))
    root = tree(profile({"acme/interviewers.yaml": people}))
    for today, week in (("2026-11-20", False), ("2026-11-18", True)):  # a Friday, a Wednesday
        result = run("drafts", "profiles", "-o", f"out-{today}", "--pack", pack, "--today",
                     today, "-q")
        assert result.exit_code in (0, 2), result.output
        notes = " ".join(p.read_text() for p in (root / f"out-{today}/acme/thank-you").glob(
            "*.txt"))
        # a Wednesday's note never wishes a good weekend, a Friday's never a good week; the
        # English packs mostly end without such a wish (blind round 12 read it as filler)
        if week or pack == "es":
            assert bool(re.search(r"\bweekend\.|fin de semana\.", notes)) != week
        if not week or pack == "es":
            assert bool(re.search(r"\bweek\.|buena semana\.", notes)) == week


@pytest.mark.parametrize("value, kind, topic, quote", [
    # a hypothetical asked whole in quotes is their interview question to you
    ('"How would you handle a group of 60 fourth graders when the chaperones disappear?"',
     "asked", "how I would handle a group of 60 fourth graders when the chaperones disappear",
     None),
    # their words alone: said back as their words, with no topic made of "how you said"
    ('He said, "I don\'t need a guy who can bend pipe, I need a guy who can read a set of '
     'prints."', "said", None,
     "“I don't need a guy who can bend pipe, I need a guy who can read a set of prints.”"),
    # an answer given as what they said, lower case, ending on a comma
    ('I asked what keeps her up at night. Her answer was "customers who love us and still '
     'don\'t renew," i.e. single-threaded.', "answer", "what keeps you up at night",
     "“Customers who love us and still don't renew.”"),
])
def test_who_asked_and_whose_words_are_kept_straight(value, kind, topic, quote):
    gist = _gist(value)
    assert (gist.kind, gist.topic, gist.quote) == (kind, topic, quote)


@pytest.mark.parametrize("value, topic", [
    ("CTRs, structuring, when to escalate to a SAR",
     "CTRs, structuring, and when to escalate to a SAR"),
    ("3x12s, rotating weekends", "3x12s and rotating weekends"),
    ("universal banker rollout, their branches are halfway through it",
     "the universal banker rollout"),
])
def test_a_jotted_run_of_things_reads_as_a_list_with_its_and(value, topic):
    assert _gist(value).topic == topic


def test_a_promise_that_speaks_of_them_speaks_to_them_in_their_note(tree, run):
    people = INTERVIEWERS.replace(
        "    - the outbox pattern\n", "    - the outbox pattern\n  follow_up: the retry "
        "checklist I use, which he said he'd like to compare against his\n")
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    soren = " ".join((root / "out/acme/thank-you/soren-kjaergaard.txt").read_text().split())
    assert "which you said you'd like to compare against yours" in soren, soren


def test_the_formal_voice_writes_contractions_out_but_never_inside_their_quoted_words(
        tree, run):
    people = INTERVIEWERS.replace(
        "    - the outbox pattern\n", "    - >-\n      What does a good night look like for him?"
        " \"Nobody goes home late, and it's fine.\"\n")
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--pack", "formal", "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    soren = " ".join((root / "out/acme/thank-you/soren-kjaergaard.txt").read_text().split())
    assert "“Nobody goes home late, and it's fine.”" in soren, soren
    assert "I'm " not in soren and "I'd " not in soren


def test_a_reply_to_the_interviewer_who_brought_the_news_remembers_only_them(tree, run):
    # Søren brought the news; his only point is his own words, which cannot be named in a
    # phrase: the reply remembers nothing rather than Priya's conversation.
    people = INTERVIEWERS.replace(
        "    - the outbox pattern\n", "    - 'He said, \"I need someone who reads the logs first"
        " and the dashboards second.\"'\n")
    extra = REJECTED + "outcome_from: Søren Kjærgaard\n"
    root = tree(profile({"acme/interviewers.yaml": people,
                         "acme/role.yaml": BASE_ROLE + extra}))
    for pack in ("default", "formal", "brief"):
        result = run("drafts", "profiles", "-o", f"out-{pack}", "--pack", pack, "--today",
                     "2026-11-25", "-q")
        assert result.exit_code in (0, 2), result.output
        reply = (root / f"out-{pack}/acme/rejection-reply/soren-kjaergaard.txt").read_text()
        assert "Priya" not in reply, (pack, reply)
        assert re.search(r"(?i)thank", reply)


@pytest.mark.parametrize("pack", ["default", "formal"])
def test_a_rapport_that_says_too_is_never_framed_with_another_too(tree, run, pack):
    # Eight people, so every wording of the rapport's frame is used.
    people = "".join(
        f"- name: Person {i}\n  email: p{i}@acme.example\n  discussion_points:\n"
        f"    - the topic number {i}\n  rapport: She started as a gallery teacher too, at a "
        f"museum in Tucson.\n" for i in range(8))
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--pack", pack, "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    said = [" ".join(p.read_text().split()) for p in (root / "out/acme/thank-you").glob(
        "person-*.txt")]
    assert len(said) == 8
    for note in said:
        sentence = next(s for s in re.split(r"(?<=\.) ", note) if "gallery teacher" in s)
        assert len(re.findall(r"\btoo\b", sentence)) == 1, sentence


def _note_to_soren(tree, run, points: str, pack: str = "default") -> str:
    """Søren's thank-you, one line, when his points are `points` (YAML list lines)."""
    people = INTERVIEWERS.replace("    - the outbox pattern\n", points)
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", f"out-{pack}", "--today", TODAY, "-q",
                 "--pack", pack)
    assert result.exit_code in (0, 2), result.output
    return " ".join(next((root / f"out-{pack}/acme/thank-you").glob("s*.txt"))
                    .read_text().split())


# --- a note recalls more than one moment ----------------------------------------------------

def test_a_note_says_up_to_three_points_that_say_something_and_no_bare_label(tree, run):
    # Blind round 10: ours cited one or two details, a careful person's three or four. Their
    # words alone count as something said; a label jotted to remember ("EDCT") does not.
    note = _note_to_soren(tree, run, '    - He said "Nobody ships on a Friday here, and nobody '
                          'misses it."\n    - growth, second shop in Fort Collins next year\n'
                          "    - he wants designers who can prototype in Blueprints without "
                          "waiting on an engineer\n    - EDCT\n")
    assert "Nobody ships on a Friday here, and nobody misses it" in note, note
    assert "growth, including a second shop in Fort Collins next year" in note, note
    assert "you want designers who can prototype in Blueprints" in note, note
    # a label is never named beside points the note cites (blind round 14 read "Thank you
    # for the chance today to talk about members" as the program's)
    assert "EDCT" not in note, note


@pytest.mark.parametrize("point, said, unsaid", [
    # a heading and the details jotted after it: both, joined as a person would
    ("growth, second shop in Fort Collins next year",
     "growth, including a second shop in Fort Collins next year", "walking me through growth"),
    # a run of topics stays a list
    ("CTRs, structuring, when to escalate to a SAR",
     "CTRs, structuring, and when to escalate to a SAR", "including"),
    # a question of theirs in quotation marks is their question to you, not their explanation
    ('\'"How do you explain sensory processing to a grandmother?"\'',
     "how I explain sensory processing to a grandmother", "how you explain"),
    # "rentals!" is a jotted heading, never pasted in with its mark
    ("rentals! skis and snowshoes, the rental shop is ~40% of winter revenue", "rentals",
     "rentals!"),
    # what the people they spoke of want, with details jotted after it: the view is said
    ("company officers want drills that fit inside a shift, 45 minutes max, not another "
     "8-hour Saturday", "that company officers want drills that fit inside a shift", "max"),
    # their question to you, jotted without a subject, with your answer a sentence later
    ("Why leave the engine? First question, straight out. I told him I'd miss the kitchen "
     "table but want to bring probies up.", "why I'd leave the engine", "why leave the"),
])
def test_a_point_jotted_in_a_common_shape_is_said_whole(tree, run, point, said, unsaid):
    note = _note_to_soren(tree, run, f"    - {point}\n")
    assert said in note and unsaid not in note, note


@pytest.mark.parametrize("value, clause", [
    # their candour noted before the thing itself; their words run on inside your sentence
    ('He was honest that the last CSM paired with him "found out about a custom SLA at the '
     'kickoff call," and that he now does a recorded handoff call on every deal.',
     "the last CSM paired with you found out about a custom SLA at the kickoff call"),
    ("She was really open about how the night shift is short two nurses since the summer.",
     "the night shift is short two nurses since the summer"),
])
def test_a_point_they_were_frank_about_is_the_thing_itself_and_marked_open(value, clause):
    gist = _gist(value)
    assert gist.open and (gist.clause or gist.fact) == clause


def test_a_link_between_two_things_gets_its_article():
    assert _gist("handoff from sales to CS").topic == "the handoff from sales to CS"
    assert _gist("transition between day and night teams").topic == (
        "the transition between day and night teams")


@pytest.mark.parametrize("pack", ["default", "formal", "brief"])
def test_a_task_they_set_you_is_thanked_as_a_task_not_a_question(tree, run, pack):
    people = INTERVIEWERS.replace("    - the outbox pattern\n", "    - He asked me to teach him "
                                  "something for five minutes using anything on the table. I "
                                  "picked the owl pellet.\n")
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q", "--pack", pack)
    assert result.exit_code in (0, 2), result.output
    note = " ".join(next((root / "out/acme/thank-you").glob("s*.txt")).read_text().split())
    assert "me to teach you something for five minutes" in note, note
    assert not re.search(r"\b(?:about|question) to teach\b", note), note


def test_the_formal_voice_writes_out_what_you_would_and_keeps_what_you_had(tree, run):
    people = INTERVIEWERS.replace("    - the outbox pattern\n", "    - the outbox pattern\n"
                                  "  follow_up: the checklist we use, which he said he'd like "
                                  "to compare with theirs\n"
                                  "  rapport: We both coach youth hockey, his son is a Squirt "
                                  "and mine just started Mites.\n")
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q", "--pack", "formal")
    assert result.exit_code in (0, 2), result.output
    note = " ".join(next((root / "out/acme/thank-you").glob("s*.txt")).read_text().split())
    assert "you would like to compare" in note and "you'd" not in note, note
    # what you share, then the rest as an aside, never a comma splice
    assert "we both coach youth hockey (your son is a Squirt and mine just started Mites)" in note


@pytest.mark.parametrize("value, topic", [
    # "between a and b" is one thing: never cut at its "and"
    ("He pushed on how I'd split time between a red account that's small and a green account "
     "that's huge. I said it depends.",
     "how I'd split time between a red account that's small and a green account that's huge"),
    # how the notes heard it is not part of the thing
    ("The team as he laid it out:\n- 6 enterprise CSMs\n- a pooled onboarding team", "the team"),
])
def test_a_topic_keeps_its_between_and_drops_how_it_was_heard(value, topic):
    assert _gist(value).topic == topic


def test_their_words_on_a_topic_are_said_back_as_theirs_where_no_detail_says_more(tree, run):
    note = _note_to_soren(tree, run, "    - privilege logs\n    - the wage-and-hour class action, "
                          "e-discovery volume. \"We produced 1.2 million pages last year and I "
                          "still don't trust our privilege log.\"\n")
    assert "“We produced 1.2 million pages last year and I still don't trust our privilege " \
           "log.”" in note, note


# --- round 8 (heldout5): what a blind reader and a recruiter found --------------------------

@pytest.mark.parametrize("text, said", [
    # the daughter's year is hers, not the reader's
    ("his daughter is in her second year of the hygiene program I just finished",
     "your daughter is in her second year of the hygiene program I just finished"),
    # "his last manager": "last" is no verb here
    ("what he wishes his last manager had done", "what you wish your last manager had done"),
])
def test_a_relative_of_theirs_keeps_their_own_pronouns(text, said):
    from generator.compose.persons import to_second_person
    assert to_second_person(text, ["Alan"]) == said


@pytest.mark.parametrize("value, sentence", [
    ("the photo checklist I made for DPF cleaning intervals, he asked if I could send it",
     "In a separate email, I'm sending you the photo checklist I made for DPF cleaning "
     "intervals, as promised. I'd be glad to hear what you think."),
    ("the visual timetable cards I made, she'd like to see them",
     "In a separate email, I'm sending you the visual timetable cards I made, as promised. I'd "
     "be glad to hear what you think."),
    ("my night-audit checklist from the Opera Cloud migration, she asked for a copy",
     "I'm sending you my night-audit checklist from the Opera Cloud migration in a separate email, "
     "as promised. "
     "I'd be glad to hear what you think."),
])
def test_a_promise_they_asked_for_is_kept_as_promised_and_invites_their_view(value, sentence):
    from generator.compose.phrasing import follow_up
    assert follow_up(value, names=["Renata"]) == sentence


@pytest.mark.parametrize("value, topic", [
    # a thing and its specs is no list: the thing is named
    ("walked me through the shop, 8 bays, 2 with 30-ton overhead cranes", "the shop"),
    ("The observation, 20 minutes in the pre-school room. One boy floated the box lid.",
     "the observation"),
    # notes' shorthand between two things
    ("Cavitron vs hand scaling", "Cavitron versus hand scaling"),
    ("Opera Cloud + HotSOS", "Opera Cloud and HotSOS"),
    # a run of specs with no thing to name is not named
    ("team of 6, two in Lisbon, async-first", None),
    # their question to you keeps its "who …"
    ("She asked how I'd handle a guest who comes back at 2am to a room that's been keyed to "
     "someone else.", "how I'd handle a guest who comes back at 2am to a room that's been "
     "keyed to someone else"),
])
def test_jotted_specs_and_shorthand_are_never_pasted_as_a_topic(value, topic):
    assert _gist(value).topic == topic


def test_a_quote_is_never_introduced_by_itself(tree, run):
    people = INTERVIEWERS.replace("    - the outbox pattern\n",
                                  "    - '\"Bring good boots and a better coat.\"'\n")
    root = tree(profile({"acme/interviewers.yaml": people}))
    for pack in ("default", "formal", "brief"):
        result = run("drafts", "profiles", "-o", f"out-{pack}", "--today", TODAY, "-q",
                     "--pack", pack)
        assert result.exit_code in (0, 2), result.output
        note = " ".join(next((root / f"out-{pack}/acme/thank-you").glob("s*.txt"))
                        .read_text().split())
        assert note.count("oots and a better coat") == 1, note


def test_a_hands_on_test_is_named_by_what_you_worked_on():
    value = ("Hands-on test. Wheel loader with the boom drifting down. I checked the cylinder "
             "for external leaks.")
    gist = _gist(value)
    assert gist.kind == "exercise"
    assert gist.doing == "working on the wheel loader with the boom drifting down"


# --- round 9 (heldout6): what a blind reader and a recruiter found --------------------------

@pytest.mark.parametrize("text, said", [
    ("she color-codes her open enrollment tracker", "you color-code your open enrollment tracker"),
    ("telling her when a deal smells wrong", "telling you when a deal smells wrong"),
])
def test_an_unlisted_verb_agrees_and_her_before_when_is_you(text, said):
    from generator.compose.persons import to_second_person
    assert to_second_person(text, ["Mei-Lin"]) == said


@pytest.mark.parametrize("value, kind, topic", [
    ("He had me cold-call him as a skeptical IT director at a 400-person logistics company.",
     "asked", "to cold-call you as a skeptical IT director at a 400-person logistics company"),
    ('"I need someone who\'ll come out to the floor at 5:30 in the morning, not send an email."',
     "said", None),
    ("Paid Leave Oregon rollout, still messy", "topic", "the Paid Leave Oregon rollout"),
    ("shared glossary on OneDrive, 2,000+ terms", "topic", "the shared glossary on OneDrive"),
    ("promotion to AE usually 12-18 months", "topic", None),
    ("caseload mostly criminal arraignments, family court Tuesdays and Thursdays", "topic", None),
])
def test_jotted_shapes_of_round_nine_read_whole(value, kind, topic):
    gist = _gist(value)
    assert (gist.kind, gist.topic) == (kind, topic)


def test_the_formal_voice_writes_i_had_before_a_participle():
    from generator.compose.language import uncontracted
    assert uncontracted("someone I'd worked the line next to; I'd like to") == (
        "someone I had worked the line next to; I would like to")


def test_a_promise_asked_for_after_a_semicolon_is_kept_as_promised():
    from generator.compose.phrasing import follow_up
    assert follow_up("the prep list template I built; he asked to see them.", names=["Luis"]) == (
        "In a separate email, I'm sending you the prep list template I built, as promised. I'd "
        "be glad to hear what you think.")


@pytest.mark.parametrize("value, mine", [
    ("He asked how I handle a customer who's losing money every hour the machine sits. I said "
     "give them a real time and then beat it, not the other way around.",
     "give them a real time and then beat it, not the other way around"),
    ("He asked what I'd do if a judge told me to just summarize. I said I'd respectfully "
     "explain that I interpret everything said, and offer to ask the court for a moment.",
     "I'd respectfully explain that I interpret everything said"),
    # an answer in your own voice may run longer: it follows a colon as you would still say it
    ("She asked why I want off the line. I told her I love the line, but the Sundays I ran the "
     "kitchen showed me I like making the whole night go well for everybody.",
     "I love the line, but the Sundays I ran the kitchen showed me I like making the whole "
     "night go well for everybody"),
    # a story you told, an answer about them, a long answer: not said back as your answer
    ("She asked me to walk her through an investigation. Told her about the complaint.", None),
    ("She asked how I'd plan the first month. I told her that the first month would go on "
     "listening to every cook on every shift, reading the last year of invoices, walking the "
     "walk-in with the chef twice a week and writing down every par we guess at.", None),
])
def test_your_answer_to_their_question_is_kept_where_it_is_plain(value, mine):
    assert _gist(value).mine == mine


@pytest.mark.parametrize("pack", ["default", "formal", "brief"])
def test_their_question_is_thanked_with_the_answer_you_would_still_give(tree, run, pack):
    note = _note_to_soren(tree, run, "    - He asked how I handle a customer who's losing money "
                          "every hour the machine sits. I said give them a real time and then "
                          "beat it.\n", pack)
    assert ": give them a real time and then beat it." in note, note


def test_a_second_point_never_opens_as_the_first_did(tree, run):
    people = INTERVIEWERS.replace("    - the outbox pattern\n", "    - I asked how they split "
                                  "work between the four paralegals. By case, not by task.\n"
                                  "    - What does a typical Tuesday look like? 8 patients, one "
                                  "SRP block mid-morning\n")
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    text = next((root / "out/acme/thank-you").glob("s*.txt")).read_text()
    body = [" ".join(p.split()) for p in text.split("\n\n")[1:-1]]
    openings = [" ".join(s.split()[:3]) for p in body for s in re.split(r"(?<=[.!?])\s+", p)]
    assert len(openings) == len(set(openings)), body


@pytest.mark.parametrize("rapport, said", [
    # a plural noun phrase is what the two of you are
    ("Louisville City FC fans", "we're both Louisville City FC fans"),
    # their side and yours in two words: "So did mine." is your reason
    ("She studied for the tasting exam with a group that tasted blind at 6 a.m. So did mine.",
     "So did mine."),
])
def test_rapport_jotted_briefly_is_kept(tree, run, rapport, said):
    note = _note_to_soren(tree, run, f"    - the outbox pattern\n  rapport: {rapport}\n")
    assert said in note, note


@pytest.mark.parametrize("pack", ["default", "formal", "brief"])
def test_points_jotted_as_names_are_said_where_the_note_thanks_them(tree, run, pack):
    # Blind round 11: "I enjoyed hearing about the Pyxis restock." alone read as a box
    # ticked; a careful person names such points where they thank the reader.
    note = _note_to_soren(tree, run, "    - Pyxis restock\n    - cart fill\n", pack)
    sentences = [s for s in re.split(r"(?<=[.!?])\s+", note) if "Pyxis" in s or "cart" in s]
    assert len(sentences) == 1 and "Pyxis restock and cart fill" in sentences[0], note
    assert re.search(r"\b(?:Thank|Thanks|talk|conversation|discussion|chat)", sentences[0]), note


@pytest.mark.parametrize("yaml_lines, said, unsaid", [
    # recruiter round 9: a second person's pronoun stays theirs
    ("    - the outbox pattern\n  rapport: He taught in Brattleboro; my mother taught there "
     "too, and he remembered her.\n", "you remembered her", "remembered you"),
    # blind round 12: "asks you" in a question put to you is "asks me"
    ("    - '\"What do you do when a family asks you to pray for a miracle?\" I said I pray "
     "with them.'\n", "asks me to pray", "asks I"),
    # a second jotted note after a stop with no capital is not part of the topic
    ("    - call taking test. typed while listening to a recorded call\n",
     "the call taking test", "test. typed"),
    # a heading jotted without its article takes one
    ("    - tour of the shop\n", "about the tour of the shop", "about tour"),
    # rapport's second clause about what you did in the room is left out, "and" or comma
    ("    - the outbox pattern\n  rapport: She grew up in Medellín and we talked about the "
     "library parks there. I visited in 2019.\n", "grew up in Medellín, and to talk about the "
     "library parks there — I visited in 2019.", "we talked"),
    # a word jotted as a remark is no topic to thank them for
    ("    - used\n    - the outbox pattern\n", "the outbox pattern", "about used"),
])
def test_shapes_the_readers_of_round_12_found_are_said_whole(tree, run, yaml_lines, said,
                                                             unsaid):
    note = _note_to_soren(tree, run, yaml_lines)
    assert said in note and unsaid not in note, note


def test_a_place_jotted_as_rapport_is_not_what_you_both_are(tree, run):
    # "Louisville City FC fans" is what you both are; "Lagos" (a proper noun ending in s) is not
    note = _note_to_soren(tree, run, "    - the outbox pattern\n  rapport: Lagos\n")
    assert "both Lagos" not in note, note


def test_their_question_jotted_without_a_verb_keeps_its_words(tree, run):
    # "why I'd …" only before a verb: "how leadership works" is no "how I'd leadership works"
    note = _note_to_soren(tree, run, "    - How leadership works here? I said I lead by asking "
                          "first.\n")
    assert "I'd leadership" not in note, note


GREETED_BY_ADDRESS = """\
- name: Ana Lucía Restrepo
  email: analucia.restrepo@acme.example
  discussion_points: [Rhino/Grasshopper for grading studies]
- name: Huỳnh Bảo Ngọc
  email: ngoc.huynh@acme.example
  discussion_points: [the research repository]
- name: Mary Catherine Doyle
  email: mcdoyle@acme.example
  discussion_points: [the bereavement program]
"""


def test_the_address_tells_the_given_name_the_name_alone_cannot(tree, run):
    # Recruiter round 9: "Hi Ana Lucía Restrepo". Her address, analucia.restrepo@, spells the
    # name she goes by; an address that spells nothing (mcdoyle@) still asks for salutation.
    root = tree(profile({"acme/interviewers.yaml": GREETED_BY_ADDRESS}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    greet = {p.stem: p.read_text().splitlines()[0]
             for p in (root / "out/acme/thank-you").glob("*.txt")}
    assert greet["ana-lucia-restrepo"] == "Hi Ana Lucía,"
    assert greet["huynh-bao-ngoc"] == "Hi Ngọc,"
    assert greet["mary-catherine-doyle"] == "Hi Mary Catherine Doyle,"
    found = run("check", "profiles", "--today", TODAY)
    assert "greets Mary Catherine Doyle by the full name" in found.output
    assert "greets Ana Lucía Restrepo" not in found.output


@pytest.mark.parametrize("yaml_lines, said", [
    # recruiter round 9: their quoted answer to your yes/no question is the answer
    ("    - does the studio actually let people leave at 5? she laughed, \"mostly, except "
     "deadline week\"\n", "whether the studio lets people leave at 5"),
    # a yes/no question with "is" is put back in order, before the predicate's article too
    ("    - Is Friday a half day? \"Yes, from noon\"\n", "whether Friday is a half day"),
    # "for grading studies": no verb after a preposition's -ing
    ("    - Rhino/Grasshopper for grading studies\n", "Rhino/Grasshopper for grading studies"),
])
def test_shapes_of_recruiter_round_9_are_said_whole(tree, run, yaml_lines, said):
    note = _note_to_soren(tree, run, yaml_lines)
    assert said in note, note


@pytest.mark.parametrize("highlight, sentence", [
    # recruiter round 9: "I licensed in Oregon since 2023, LEED Green Associate."
    ("Licensed in Oregon since 2023, LEED Green Associate",
     "I've been licensed in Oregon since 2023, and I'm a LEED Green Associate."),
    ("Certified in CPR and BLS", "I'm certified in CPR and BLS."),
    ("Board-certified in family medicine", "I'm board-certified in family medicine."),
    ("Certified Pharmacy Technician", "I'm a Certified Pharmacy Technician."),
])
def test_a_highlight_that_says_what_you_are_is_said_as_a_state(highlight, sentence):
    said = pitch(highlight)
    assert said is not None and said.sentence == sentence


def test_a_list_jotted_under_a_point_that_ends_with_a_colon_is_that_points_list(tree, run):
    # Recruiter round 9: "What does onboarding look like? Her list:" then the list as the next
    # point gave "two weeks shadowing another CRC, including two weeks shadowing another CRC"
    note = _note_to_soren(tree, run, "    - 'What does onboarding look like? His list:'\n"
                          "    - |\n      - two weeks shadowing another engineer\n"
                          "      - a GCP refresher + the team's SOPs\n")
    assert note.count("two weeks shadowing") == 1, note
    assert "what onboarding looks like" in note and " + " not in note, note


@pytest.mark.parametrize("yaml_lines, said, unsaid", [
    # blind round 13: a rapport jotted with no subject
    ("    - the outbox pattern\n  rapport: Grew up in Tacoma like me\n",
     "we both grew up in Tacoma", "Grew up"),
    # recruiter round 10
    ("    - the outbox pattern\n  rapport: Both of our fathers were carpenters. He said "
     "you never forget the smell of cedar.\n", "we both had fathers who were carpenters",
     "both of our"),
    ("    - the outbox pattern\n  rapport: He's a CFII too and still teaches students on "
     "weekends\n", "still teach students", "still teaches"),
    # your note speaks to them, and "she" in it is someone else: used as written
    ("    - the outbox pattern\n  note: What you said about the night calls stayed with me, "
     "and I'd be glad to help Claire find her feet when she is ready.\n",
     "help Claire find her feet when she is ready", "when you are ready"),
])
def test_shapes_of_blind_round_13_and_recruiter_round_10(tree, run, yaml_lines, said, unsaid):
    note = _note_to_soren(tree, run, yaml_lines)
    assert said in note and unsaid not in note, note


def test_rapport_with_what_you_both_went_through_after_a_comma_is_no_comma_splice(tree, run):
    # Read aloud after recruiter round 10: "you're a Brewers fan too, we both suffered …"
    note = _note_to_soren(tree, run, "    - the outbox pattern\n  rapport: He's a Brewers fan "
                          "too, we both suffered through the same September\n")
    assert "too, and we both suffered through the same September" in note, note


@pytest.mark.parametrize("yaml_lines, said, unsaid", [
    # re-reading round 13's drafts: their answer after "He said:" is the answer, said to him
    ("    - 'I asked what would make the first year a success. He said: no outages over "
     "an hour and no surprises for him'\n",
     "what would make the first year a success: no outages over an hour and no surprises for you",
     "for him"),
    # why the point mattered, as the notes put it
    ("    - third shift cleanup, which is where most of the wastewater load comes from\n",
     "most of the wastewater load comes from there", "which is where"),
    # what they showed you after the heading: what you were walked through
    ("    - DAF unit, he showed me the float and the sludge handling\n",
     "the DAF unit, including the float and the sludge handling", "showed me the float"),
    # a comment whose pronoun is the heading: the heading named in it
    ("    - the outbox pattern\n    - setup times, he wants them down\n",
     "you want setup times down", "want them down"),
    # a bare countable heading takes its article; a hedge jotted after a name is dropped
    ("    - the outbox pattern\n    - sensory panel\n", "the sensory panel", "about sensory"),
    ("    - Inconel 718 and Ti-6Al-4V mostly\n", "Inconel 718 and Ti-6Al-4V", "mostly"),
    # a fit jotted as a CV line says who did it
    ("    - setup times, he wants them down\n  fit: Ran 5-axis jobs on 2nd shift for 4 years "
     "and cut our setup times about 30%.\n", "I ran 5-axis jobs", ". Ran 5-axis"),
    # a plural noun that is also a verb ends a jotted compound: a topic, not a statement
    ("    - seam checks every 2 hours\n", "seam checks every 2 hours", "meeting with me today"),
    ("    - the outbox pattern\n    - manager checks every chart\n", "outbox pattern",
     "about manager checks"),
    # recruiter round 11 and blind round 14: rapport jotted with no subject
    ("    - the outbox pattern\n  rapport: Walked the transition pen together. His kids "
     "show heifers at the county fair, mine did too.\n",
     "your kids show heifers at the county fair, and mine did too", "Walked"),
    ("    - the outbox pattern\n  rapport: Knows my old boss Gary.\n",
     "you know my old boss Gary", "that knows"),
    # a team's name alone (the checks helper saw "Who knew we're both steelers?")
    ("    - the outbox pattern\n  rapport: Steelers\n", "both Steelers fans", "steelers"),
    # whose school is it? not "we share a vet school as my sister"
    ("    - the outbox pattern\n  rapport: Same vet school as my sister, Madison.\n",
     "outbox pattern", "we share"),
    # a promise that speaks of their company as "they": said to them
    ("    - the outbox pattern\n  follow_up: my design doc, so he can share it with the team "
     "if they move forward\n", "if you move forward", "if they move forward"),
])
def test_shapes_found_rereading_round_13_and_recruiter_round_10(tree, run, yaml_lines, said,
                                                                 unsaid):
    note = _note_to_soren(tree, run, yaml_lines)
    assert said in note and unsaid not in note, note


@pytest.mark.parametrize("highlight, sentence", [
    ("1 year lab assistant at a kombucha company",
     "I have spent a year as a lab assistant at a kombucha company."),
    ("3 yrs ICU nurse at Mercy", "I have spent 3 years as an ICU nurse at Mercy."),
    ("5 years in the ED", "I have spent 5 years in the ED."),
    ("12 yrs CNC, 7 on 5-axis", None),  # no verb to say it with: not "I have spent 12 years CNC"
])
def test_a_highlight_of_years_in_a_role_says_as_what(highlight, sentence):
    # Recruiter round 10: "I have spent 1 years lab assistant at a kombucha company."
    said = pitch(highlight)
    assert (said.sentence if said else None) == sentence


@pytest.mark.parametrize("point", ["instructor hours M-F",
                                   "1 supervising attorney to 5 staff attorneys",
                                   "their setup versus ours"])
def test_the_contacts_note_remembers_a_moment_not_the_terms_of_the_job(tree, run, point):
    # Recruiter round 11: "My conversation with Raymond about instructor hours M-F was a
    # highlight of the process."
    people = INTERVIEWERS.replace("    - the outbox pattern\n", f"    - {point}\n")
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    note = " ".join((root / "out/acme/thank-you/dana-lee.txt").read_text().split())
    assert point not in note, note


@pytest.mark.parametrize("yaml_lines, said, unsaid", [
    # blind round 14: an opening that names a label jotted to remember ("… to talk about members")
    ("    - members\n    - the outbox pattern, she wants fewer retries\n",
     "you want fewer retries", "talk about members"),
    # your question with a frank answer: their honesty, not "I enjoyed hearing about"
    ("    - I asked about the instrument inventory. About 140, a third need repair, and no "
     "repair budget line until 2027.\n", "about the instrument inventory.", "hearing about"),
    # their question, and what you told them: named, not "exactly the kind of thing I want to
    # get right"
    ("    - He asked how I teach sight-reading. Told him about the daily four-bar warm-up and "
     "how I grade it (I don't).\n", "tell you about the daily four-bar warm-up",
     "exactly the kind of thing"),
    # a verbless "Why …?" was asked of you
    ("    - Why middle school and not high school?\n",
     "asking why middle school and not high school", "explaining why"),
    # what they want, before the figures jotted beside it
    ("    - OMEA festival, Lakeview got a 3 last spring, he wants growth not trophies\n",
     "you want growth not trophies", "got a 3"),
    # a span after a heading is where it runs, not a second thing
    ("    - vertical alignment, 5th grade through HS. The high school director wants more kids "
     "on double reeds.\n", "vertical alignment from 5th grade through HS", "alignment and 5th"),
    # their answer after your question starts lower-case mid-sentence
    ("    - How does he like notes during tech? Written, at the end of each session, never "
     "over headset.\n", ": written, at the end", ": Written"),
    # rapport: what they do, told with its detail, is warm to say back
    ("    - the outbox pattern\n  rapport: He played clarinet all through college and still "
     "keeps it in his office closet.\n", "you played clarinet all through college and still "
     "keep it in your office closet", "keeps it"),
    # rapport: someone you both know, as a person says it
    ("    - the outbox pattern\n  rapport: Knows my old boss Gary.\n",
     "mall world", "It was nice to hear"),
    # rapport: what you ended up talking about is the moment shared, not "you heard me …"
    ("    - the outbox pattern\n  rapport: He heard me speak Spanish to the box office manager "
     "and we ended up talking about his grandmother's zarzuela records.\n",
     "your grandmother's zarzuela records", "you heard me"),
])
def test_shapes_found_rereading_blind_round_14(tree, run, yaml_lines, said, unsaid):
    note = _note_to_soren(tree, run, yaml_lines)
    assert said in note and unsaid not in note, note


@pytest.mark.parametrize("name, address, greeted", [
    # recruiter round 12 and blind round 15: "Hi Rafael Quintero Salas", "Hi Ana Lucía
    # Ferreira". An initial and a surname say where the surname starts.
    ("Rafael Quintero Salas", "rquintero@acme.example", "Hi Rafael,"),
    ("Ana Lucía Ferreira", "a.ferreira@acme.example", "Hi Ana Lucía,"),
    ("Anna de la Cruz Vega", "acruz@acme.example", "Hi Anna,"),
    ("Mary Catherine Doyle", "mdoyle@acme.example", "Hi Mary Catherine,"),
    ("Mary Catherine Doyle", "mcdoyle@acme.example", "Hi Mary Catherine Doyle,"),  # says nothing
])
def test_an_initial_and_a_surname_in_the_address_tell_the_given_name(tree, run, name, address,
                                                                     greeted):
    people = f"- name: {name}\n  email: {address}\n  discussion_points: [the research repository]\n"
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    note = next(p for p in (root / "out/acme/thank-you").glob("*.txt") if "dana" not in p.stem)
    assert note.read_text().splitlines()[0] == greeted


@pytest.mark.parametrize("yaml_lines, said, unsaid", [
    # blind round 15: what they want after a heading is theirs, not something they showed
    ("    - value engineering, wants each option with its schedule impact\n",
     "you want each option with its schedule impact", "including wants"),
    # how often, or how many, after a heading is no detail to walk someone through
    ("    - the outbox pattern\n    - crossing gate tests, monthly and quarterly\n",
     "outbox pattern", "including monthly"),
    ("    - the outbox pattern\n    - courier trips, about 6 a year\n", "outbox pattern",
     "including about 6"),
    # units jotted short are spelled
    ("    - I asked how scheduling works. 60 min slots for diagnostics, 30 min for checks.\n",
     "60-minute slots", "60 min"),
    # recruiter round 12: "we're both of us ran the Columbus Marathon"
    ("    - the outbox pattern\n  rapport: Both of us ran the Columbus Marathon.\n",
     "we both ran the Columbus Marathon", "both of us"),
    # what you told yourself about the promise stays out of it
    ("    - the outbox pattern\n  follow_up: the intake checklist I built; I told him I'd send a "
     "blank copy\n", "In a separate email, I'm sending you the intake checklist I built",
     "I told"),
    ("    - the outbox pattern\n  follow_up: the pruning guide I wrote, he asked to see how I lay "
     "things out for volunteers\n", "In a separate email, I'm sending you the pruning guide I "
     "wrote", "lay things"),
    ("    - the outbox pattern\n  follow_up: copy of my OSHA 30 card\n",
     "a copy of my OSHA 30 card", "what you think"),
])
def test_shapes_of_blind_round_15_and_recruiter_round_12(tree, run, yaml_lines, said, unsaid):
    note = _note_to_soren(tree, run, yaml_lines)
    assert said in note and unsaid not in note, note


@pytest.mark.parametrize("yaml_lines, said, unsaid", [
    # rereading recruiter round 12: a setback is never "enjoyed"
    ("    - the February boiler failure. Alarms are now the first line in the capital "
     "request.\n", "the February boiler failure", "enjoyed talking about the February"),
    # who answered is not part of the answer
    ("    - I asked how they decide what to deaccession. Her answer, provenance first, then "
     "whether anyone else holds it, then display value last.\n",
     "deaccession: provenance first", "her answer"),
    # a countable noun with what follows it still takes its article
    ("    - milestone in February, the first console submission for this team\n",
     "the milestone in February", "through milestone"),
    # blind round 16: who gave whom a hard time
    ("    - the outbox pattern\n  rapport: He was a Marine mechanic before he came into the "
     "trade. Gave me a hard time about the Army for about a minute.\n",
     "you gave me a hard time about the Army", "I gave me"),
    # one subject for both of their verbs
    ("    - the outbox pattern\n  rapport: Grew up in Lyon, came for grad school at CU Boulder "
     "like I did.\n", "you grew up in Lyon and came for grad school", "Lyon, came"),
    # a name ending in a word that could be a verb is still a name
    ("    - SOC 2 Type II and ISO 27001 audits\n", "SOC 2 Type II and ISO 27001 audits",
     "hear that SOC 2"),
    # recruiter round 13: a figure is no topic, and a question's tail no detail
    ("    - the outbox pattern\n    - 312 rooms, 78% occupancy YTD\n", "outbox pattern",
     "about 312 rooms"),
    ("    - haptics on delivery confirmation, yes or no?\n", "haptics on delivery confirmation",
     "yes or no"),
])
def test_shapes_found_reading_recruiter_round_12_and_blind_round_16_aloud(tree, run, yaml_lines,
                                                                         said, unsaid):
    note = _note_to_soren(tree, run, yaml_lines)
    assert said in note and unsaid not in note, note


# --- what you made of a point (compose/reaction.py) ------------------------------------------
# Every blind reader since round 9 counted a fact said back bare against the note; a careful
# writer says what they made of it. The default pack's wordings, by kind:
REACTIONS = {
    "stakes": ("I can imagine how much rides on it.", "It sounds like a big moment for the team.",
               "That's a lot to be building toward, and it sounds exciting."),
    "changed": ("That kind of change makes a real difference to the people doing the work.",
                "It's the sort of improvement everyone downstream feels.",
                "Changes like that add up day to day."),
    "rhythm": ("That kind of steady rhythm makes a lot of sense to me.",
               "A fixed routine like that keeps things from slipping through the cracks.",
               "Having a set time for it makes a lot of sense to me."),
    "growth": ("It sounds like an exciting time for the team.",
               "That's a lot of growth to plan for.",
               "It's an exciting stage for the team to be at."),
    "target": ("That's a clear target to work toward.",
               "It helps to know exactly what the goal is.",
               "It's good to have a number like that to aim for."),
    "changing": ("That's a big change to be in the middle of.",
                 "It sounds like careful work, and worth it.",
                 "I'd imagine that takes real patience to steer."),
}
ANY_REACTION = tuple(line for lines in REACTIONS.values() for line in lines)


@pytest.mark.parametrize("yaml_lines, said, reacts", [
    # recruiter round 12's game QA panel, read again: the detail names the milestone again
    # (side by side, not "including"), and a milestone ahead is something at stake
    ("    - milestone in February, the first console submission for this team\n",
     "the milestone in February, the first console submission for this team", "stakes"),
    # a how-clause and the routine that answers it; a time is no ratio
    ("    - how QA and production talk, daily bug triage at 10:15\n",
     "how QA and production talk: a daily bug triage at 10:15", "rhythm"),
    # a heading of five or six words keeps its detail
    ("    - referrals to the IET pathway, CNA and forklift certification with ESL support\n"
     "    - the February milestone, the first console submission for this team\n",
     "CNA and forklift certification with ESL support", "stakes"),
    # a statement jotted without its "are", and a crash dump is no setback
    ("    - crash dumps attached automatically now, so testers don't have to hunt for them\n",
     "crash dumps are attached automatically now", "changed"),
])
def test_a_fact_is_said_with_what_you_made_of_it(tree, run, yaml_lines, said, reacts):
    note = _note_to_soren(tree, run, yaml_lines)
    assert said in note, note
    assert sum(line in note for line in REACTIONS[reacts]) == 1, note
    assert "including the first" not in note and "including daily" not in note, note


@pytest.mark.parametrize("yaml_lines, said", [
    # "double reeds" is no doubling, and a sequence's middle is no change under way
    ("    - vertical alignment, he wants more kids on double reeds and low brass\n",
     "double reeds"),
    ("    - what a cue-to-cue looks like, stopping the headset in the middle of a sequence\n",
     "cue-to-cue"),
    # what they want already says what you made of it ("I liked hearing that you want …")
    ("    - IDT every Wednesday morning, wants the chaplain to actually speak\n",
     "the chaplain to actually speak"),
    # a setback is thanked for candour, never reacted to as news
    ("    - the February boiler failure. Alarms are now the first line in the capital "
     "request.\n", "boiler failure"),
    # their words say it themselves
    ('    - crunch, he said "we don\'t do mandatory weekends, we do cut scope"\n', "cut scope"),
])
def test_no_reaction_where_the_sentence_says_it_or_nothing_calls_for_one(tree, run, yaml_lines,
                                                                         said):
    note = _note_to_soren(tree, run, yaml_lines)
    assert said in note, note
    assert not any(line in note for line in ANY_REACTION), note


def test_each_pack_says_one_reaction_in_its_own_voice(tree, run):
    # one per note at most, and the formal voice writes no contractions
    points = ("    - milestone in February, the first console submission for this team\n"
              "    - how QA and production talk, daily bug triage at 10:15\n")
    notes = {pack: _note_to_soren(tree, run, points, pack) for pack in ("default", "formal",
                                                                        "brief")}
    assert sum(line in notes["default"] for line in ANY_REACTION) == 1, notes["default"]
    assert notes["formal"] != notes["default"] and "can imagine" not in notes["formal"]
    assert "milestone in February" in notes["brief"], notes["brief"]


# --- a heading and what the notes say of it; statements said whole (compose/jotted.py) -------
# Blind round 16 and the spent folders: half the points people jot are a heading and a figure
# or remark ("BMS alarm floods. ~400 a shift, most junk") or two short statements; the reading
# dropped them, so notes thanked people for bare labels ("talk about switchgear lead times")
# or for one point only, where the careful writer said three things back.

@pytest.mark.parametrize("yaml_lines, said", [
    ("    - BMS alarm floods. ~400 a shift, most junk\n",
     "BMS alarm floods: about 400 a shift, most junk."),
    # after a heading, "they" is their team, said to them as "you"
    ("    - DTI overlays, they cap at 45 on conventional even though FNMA goes to 50\n",
     "DTI overlays: you cap at 45 on conventional even though FNMA goes to 50."),
    # a thing named in the detail keeps its article and its unit
    ("    - loaner trays, 48 hr rule\n", "loaner trays: the 48-hour rule."),
    # two statements, each given the article the notes dropped
    ("    - assessor wants parcel edits within 10 business days of recording, they're at about "
     "25\n", "the assessor wants parcel edits within 10 business days of recording, and you're "
     "at about 25"),
    ("    - MSAG/ALI to GIS match rate is 96.8%, state wants 98 by next July\n",
     "the MSAG/ALI to GIS match rate is 96.8%, and the state wants 98 by next July"),
    # a contrast keeps its pronoun: "them" is the thresholds just named
    ("    - she wants techs to tune alarm thresholds, not just ack them\n",
     "you want techs to tune alarm thresholds, not just ack them"),
    # a task they set you, with its subject left off
    ("    - asked me to walk through a chiller trip at 3am\n",
     "asking me to walk through a chiller trip at 3am"),
])
def test_a_heading_with_its_detail_or_statements_are_said_back(tree, run, yaml_lines, said):
    note = _note_to_soren(tree, run, yaml_lines)
    assert said in note, note


def test_a_target_of_theirs_is_said_with_what_you_made_of_it(tree, run):
    note = _note_to_soren(tree, run, "    - CDL skills test pass rate is about 70%, he wants 85\n")
    assert "the CDL skills test pass rate is about 70%, and you want 85" in note, note
    assert sum(line in note for line in REACTIONS["target"]) == 1, note


def test_a_heading_with_its_detail_leaves_room_for_a_point_of_another_shape(tree, run):
    note = _note_to_soren(tree, run, "    - BMS alarm floods. ~400 a shift, most junk\n"
                          "    - she wants techs to tune alarm thresholds, not just ack them\n")
    assert "about 400 a shift" in note and "not just ack them" in note, note


@pytest.mark.parametrize("yaml_lines, unsaid", [
    # two things named, not one and its detail
    ("    - Esri ELA renewal, cost\n", ": cost"),
    # a contrast or a remark whose owner the notes leave unsaid
    ("    - members, not customers\n", ": not customers"),
    ("    - new herd software, not happy with it\n", ": not happy"),
    # how often is no detail to say back
    ("    - courier trips, about 6 a year\n", ": about 6 a year"),
    # a kindness of theirs is thanked, not filed under a heading
    ("    - ABGC exam in Feb, she offered her old study group's flashcards\n", ": you offered"),
    # a noun is not read as the verb of a statement ("bus passes")
    ("    - childcare vouchers and bus passes, students lose them when they miss the CASAS "
     "window\n", "bus passes, and students"),
    # specs are no heading
    ("    - team of 6, two in Lisbon, async-first\n", "team of 6:"),
])
def test_what_is_not_a_heading_and_its_detail_is_never_said_as_one(tree, run, yaml_lines,
                                                                    unsaid):
    note = _note_to_soren(tree, run, yaml_lines)
    assert unsaid not in note, note


def test_their_quoted_question_with_your_answer_drafts_without_a_template_error(tree, run):
    # blind round 17's folder writer: the template called .startswith on a missing topic, so
    # the whole folder gave no drafts ("'None' has no attribute 'startswith'")
    note = _note_to_soren(tree, run, '    - \'He asked: "If registration is slowing down '
                          'triage, who wins?" I said the patient does. Nobody asks about insurance '
                          'before then.\'\n')
    assert note.startswith("Hi Søren,") and "None" not in note, note


@pytest.mark.parametrize("value, topic", [
    ("The Lakeview audit findings from last spring", "the Lakeview audit findings from last "
     "spring"),
    ("NCUA exam coming in the spring", "the NCUA exam coming in the spring"),
    ("WIOA Title II grant renewal next summer", "the WIOA Title II grant renewal next summer"),
])
def test_a_named_thing_gets_its_article_and_loses_the_notes_capital(value, topic):
    assert read_point(0, value, place(value, "discussion_points", names=["Dana"]),
                      names=["Dana"]).topic == topic


# --- blind round 17 and recruiter round 14, read again ---------------------------------------

@pytest.mark.parametrize("yaml_lines, said, unsaid", [
    # "his ship" is "your ship": a noun that is also a verb is no sign of "yours"
    ("    - the engine room on his ship. 4 engineers, 3 oilers\n", "your ship", "yours ship"),
    # inside what you would do, "him" is the player, not the reader
    ("    - He asked what I'd do if a player says the dealer shorted him on a $500 bet. I said "
     "call surveillance before anybody touches the chips.\n", "shorted him", "shorted you"),
    # a remark is no thing to list ("a lot of it")
    ("    - backflow testing, a lot of it\n", "backflow testing", "a lot of it"),
    # a question whose predicate is a clause keeps its subject short
    ('    - Are easements what people miss most? He said no, "it\'s the unreleased mortgages '
     'from all the 2003 refis."\n', "whether easements are what people miss most",
     "whether easements what"),
    # a count is no clause, even with a verb in its "once …"
    ("    - How are examiners measured? 6-8 residential files a day once you're trained\n",
     "examiners", "that 6-8 residential files"),
    # a question jotted without its verb is not named
    ("    - How many hours a week, really? 50, more on pour weeks.\n    - the outbox pattern\n",
     "outbox pattern", "how many hours a week:"),
    # a figure and a word is no clause ("that 20 mph sustained")
    ("    - wind shutdown, 20 mph sustained\n", "wind shutdown", "that 20 mph sustained"),
    # the whole detail, where a reading had only its end
    ("    - door-to-provider time, they're at 38 min and he wants under 30\n",
     "you're at 38 minutes and you want under 30", "interested to hear that you want under 30"),
    # "herself" says who does it: no "that trauma bay registration yourself"
    ("    - I asked how nights handle a surge when the ED is boarding 15 or more. He said they "
     "pull the day float in early and the lead covers the trauma bay registration herself.\n",
     "surge", "registration yourself"),
    # a run of things named is not the topic of their words
    ('    - OT side, SCADA, Modbus, segmented from corporate. She said "the plant floor is where '
     'I lose sleep"\n', "The plant floor is where I lose sleep", "On OT side"),
    # their answer keeps no capital of the notes after a colon
    ("    - I asked how she'd measure the first 90 days. Fewer denials, a full schedule, and the "
     "night team not feeling like the forgotten shift.\n", "fewer denials", "Fewer denials"),
    # what they would want from you is your question, and their answer is advice
    ("    - what he'd want from me in the first 30 days. Walk every line, every shift, and don't "
     "change anything yet.\n", "what you'd want from me in the first 30 days: walk every line",
     "asking me what you'd want"),
])
def test_shapes_of_blind_round_17_and_recruiter_round_14(tree, run, yaml_lines, said, unsaid):
    note = _note_to_soren(tree, run, yaml_lines)
    assert said in note and unsaid not in note, note
    assert not any(line in note for line in REACTIONS["rhythm"]), note


@pytest.mark.parametrize("points", ["    - the team\n", "    - condition monitoring\n"])
def test_a_subject_never_thanks_them_for_a_topic(tree, run, points):
    # recruiter round 14: "Thanks for the conversation about the team" over a note that says
    # nothing else advertises how little it says; blind round 17 read "Thanks for the
    # conversation about condition monitoring" as the program's: people thank for the day
    people = INTERVIEWERS.replace("    - the outbox pattern\n", points)
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    eml = next((root / "out/acme/thank-you").glob("s*.eml")).read_text()
    subject = next(line for line in eml.splitlines() if line.startswith("Subject:"))
    assert "conversation about" not in subject, subject


@pytest.mark.parametrize(("title", "short"), [
    ("Rope Access Technician, Level 3 (Blade Repair)", "Rope Access Technician"),
    ("Fiscal Analyst II", "Fiscal Analyst"),
    ("Clinical Pharmacist, Critical Care", "Clinical Pharmacist"),
])
def test_a_title_in_a_subject_keeps_the_job_and_leaves_no_comma_hanging(tree, run, title, short):
    # heldout30w's writer: "Thank you: Rope Access Technician, (Aaliyah Brooks)"
    role = BASE_ROLE.replace("title: Backend Engineer", f"title: {title}")
    tree(profile({"acme/role.yaml": role}))
    result = run("plan", "profiles", "--today", TODAY)
    assert result.exit_code == 0, result.output
    assert f"Thank you: {short} " in result.output, result.output
    assert ", (" not in result.output, result.output


def test_a_figure_is_never_the_conversation_a_reply_remembers():
    # recruiter round 14: "I'll remember my conversation with Dr. Carvajal about 8-10 kids per
    # cohort"
    value = "8-10 kids per cohort, 6 hrs a day, average stay about 3 wks"
    shown = gist_dict(read_point(0, value, place(value, "discussion_points", names=["Inés"]),
                                 names=["Inés"]))
    assert shown is None or not shown["nameable"], shown


def test_what_they_want_said_after_who_said_it_is_said_as_what_they_want(tree, run):
    # recruiter round 14: "It was good to talk about how you want supervisors who can read a
    # game" for "She said she wants supervisors who can read a game, and I told her …"
    note = _note_to_soren(tree, run, "    - She said she wants supervisors who can read a game, "
                          "and I told her about the past-posting I caught at third base last "
                          "spring.\n")
    assert "that you want supervisors who can read a game" in note, note
    assert "how you want" not in note, note


def test_the_contact_note_remembers_no_figure(tree, run):
    # recruiter round 14: "I especially valued hearing from Dr. Carvajal about 8-10 kids per
    # cohort"
    people = INTERVIEWERS.replace("    - the outbox pattern\n",
                                  "    - 8-10 kids per cohort, 6 hrs a day\n")
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    assert result.exit_code in (0, 2), result.output
    contact = " ".join((root / "out/acme/thank-you/dana-lee.txt").read_text().split())
    assert "8-10" not in contact, contact


def test_a_thank_you_thanks_once_and_ends_looking_ahead(tree, run):
    # blind round 17: "the program's notes usually stop after the last fact", so they gained
    # a closing "Thanks again for your time."; blind rounds 18 and 19 then read the opening
    # thanks and the closing one as the program's. One thanks a note: where the opening
    # thanked, the close looks ahead, and the sign-off does not thank.
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    notes = [p.read_text() for p in (root / "out/acme/thank-you").glob("*.txt")
             if p.stem != "dana-lee"]
    for note in notes:
        paragraphs = [" ".join(p.split()) for p in note.split("\n\n") if p.strip()]
        opening, last, sign_off = paragraphs[1], paragraphs[-2], paragraphs[-1]
        if opening.startswith(("Thank", "Thanks")):
            assert not re.search(r"\bthank", last + " " + sign_off.split()[0], re.I), note


# --- blind round 18 and recruiter round 15, read again ---------------------------------------

@pytest.mark.parametrize("yaml_lines, unsaid", [
    # a fall is good news or bad by what fell: no "improvement" for a membership down
    ("    - Riverside membership is 410, down from 520 last January\n", "improvement"),
    ("    - Riverside membership is 410, down from 520 last January\n", "makes a real difference"),
    # a day's workload is no milestone, and a count no topic
    ("    - 18-22 inspections a day\n    - the outbox pattern\n", "big moment"),
    ("    - 18-22 inspections a day\n    - the outbox pattern\n", "talk about 18-22"),
    # the end of their words is no clause of ours
    ('    - \'She said churn is the whole job: "if you fill the front door and the back door is '
     'open, you\'\'re just a very busy bucket"\'\n', 'bucket".'),
    # a long quote of theirs that ends on a question is no question to you
    ('    - \'"The homepage is not a store window, it\'\'s a store. People walk in and they '
     'need to find the sweaters. Every time we argue about a hero image I want someone in the '
     'room who says: fine, but where do the sweaters go?"\'\n', "asking how the homepage"),
    # your question is no statement of theirs
    ("    - I asked how the lab and the ED split responsibility for recollects. He said right now "
     "nobody really owns it, and that's the problem.\n", "that the ED split"),
    # a how-clause never takes "the"
    ("    - She said conversion on the PLPs dropped from 2.3% to 1.9% after the redesign and "
     "nobody is sure if it's the grid or the filters.\n", "the how"),
    # three things after a heading, or shorthand, read as the notes pasted
    ("    - rural, 5-10 acre parcels, well and septic, comps 10+ miles out\n", ": 5-10 acre"),
    ("    - flag hours, shop avg is 45\n", "avg"),
    # reading three of our own drafts aloud: an adjective is no heading, a setback and who
    # they are no detail of one, a count no topic, shorthand no item of a list
    ("    - rural, 5-10 acre parcels, well and septic, comps 10+ miles out\n", "about rural"),
    ("    - lift evac drill before opening, they're behind on it this year\n", ": you're behind"),
    ("    - OEC refresher in October, he's an instructor\n", ": you're an instructor"),
    ("    - 38 patrollers, only 11 returning. They lost a lot of people to housing\n",
     "about 38 patrollers"),
    ('    - "the lab:\\n- Agilent 1260 HPLC\\n- AquaLab for aw\\n- two refractometers on the '
     'floor for Brix"\n', "for aw"),
])
def test_shapes_of_blind_round_18_and_recruiter_round_15(tree, run, yaml_lines, unsaid):
    note = _note_to_soren(tree, run, yaml_lines)
    assert unsaid not in note, note


def test_their_words_after_a_heading_are_quoted_once(tree, run):
    note = _note_to_soren(tree, run, '    - the Steinway D in Hartley Hall, "the one everyone '
                          'complains about"\n')
    assert note.count("one everyone complains about") == 1, note


def test_a_named_thing_launching_soon_gets_its_article(tree, run):
    note = _note_to_soren(tree, run, "    - new strength format launching in January\n")
    assert "the new strength format" in note, note


def test_a_credential_held_since_a_year_is_one_you_have_been(tree, run):
    # recruiter round 15: "I am a registered Piano Technician (PTG) since 2015."
    role = BASE_ROLE + "highlights:\n  - Registered Piano Technician (PTG) since 2015\n"
    root = tree(profile({"acme/role.yaml": role}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    contact = " ".join((root / "out/acme/thank-you/dana-lee.txt").read_text().split())
    assert "I have been a registered Piano Technician (PTG) since 2015" in contact, contact


def test_the_rapport_never_tells_them_where_they_are_from(tree, run):
    # recruiter rounds 14 and 15: "eres de Guadalajara (la de México)" told Rodrigo which
    # Guadalajara he is from; an aside of the notes goes, a place's too
    note = _note_to_soren(tree, run, "    - the outbox pattern\n  rapport: Él es de Guadalajara "
                          "(la de México) y lleva seis años en Madrid; yo viví dos años en "
                          "Monterrey.\n", "es")
    assert "Guadalajara" in note and "(la de México)" not in note, note


# --- blind round 18 read again: what careful people do that ours did not ---------------------

@pytest.mark.parametrize("pack", ["default", "brief", "formal"])
def test_a_note_ends_wishing_them_well_with_something_of_theirs_ahead(tree, run, pack):
    # blind round 18: a careful writer closed "Best of luck with the SQF audit in March";
    # ours closed on a stock "Thanks again for your time." Never where the note says it
    # already (the code review: "I'm glad we got to talk about the SQF audit in March. … I
    # hope the SQF audit in March goes smoothly.")
    note = _note_to_soren(tree, run, '    - He said "Nobody ships on a Friday here."\n'
                          "    - OEE on the bun lines is 68%, target 75% by end of FY27\n"
                          "    - SQF audit in March\n", pack)
    wish = r"(?:luck with|hope|success with|wishes for) the SQF audit in March"
    assert re.search(wish, note), note
    assert note.count("SQF audit in March") == 1, note
    cited = _note_to_soren(tree, run, "    - SQF audit in March\n    - the outbox pattern\n", pack)
    assert cited.count("SQF audit in March") <= 1, cited


@pytest.mark.parametrize("points", [
    "    - layoffs in March\n",  # never wish them luck with a setback
    "    - the SQF audit in September went fine\n",  # over
    "    - ABGC exam in Feb, she offered her old study group's flashcards\n",  # yours
    "    - site visit next week\n",  # perhaps yours too: never presume a next round
])
def test_no_wish_for_what_is_past_theirs_to_dread_or_yours(tree, run, points):
    note = _note_to_soren(tree, run, points + "    - the outbox pattern\n")
    assert not re.search(r"luck with|I hope the", note), note


def test_what_they_would_rather_is_said_with_what_it_costs_them(tree, run):
    # blind round 18, pair 10: the vivid point was dropped for "It was good to talk about the
    # new retort line."
    note = _note_to_soren(tree, run, "    - He said a hold at 2 a.m. costs him a whole line, and "
                          "he'd much rather get a phone call than find an email in the morning."
                          "\n    - the new retort line\n")
    assert ("a hold at 2 a.m. costs you a whole line, and you'd much rather get a phone call"
            in note), note


def test_a_list_they_showed_you_is_named_by_its_first_and_last(tree, run):
    # blind round 18, pair 09: "the lab: Agilent 1260 HPLC, AquaLab for aw, …" after a colon
    note = _note_to_soren(tree, run, '    - "the lab, as he walked me through it:\\n- Agilent '
                          '1260 HPLC\\n- Mettler autotitrator for salt\\n- two refractometers '
                          'on the floor for Brix"\n')
    assert ("the lab, from Agilent 1260 HPLC to the two refractometers on the floor for "
            "Brix") in note, note


@pytest.mark.parametrize("points, unsaid", [
    # "How many returns …" embedded: the noun counted is no verb
    ('    - \'"How many returns did you sign last season?" I said about 420.\'\n',
     "did I sign"),
    # a verb whose subject the notes dropped: "…, wants each option with its impact"
    ("    - value engineering. She can't stand VE logs that are just a list of cheaper stuff, "
     "wants each option with its schedule impact\n", ", wants each"),
    # a note stacks no two sentences opening alike
    ("    - President's Club, 140 reps plus guests, Los Cabos in February\n    - He asked what "
     "I'd do differently from last year's trip\n", "I appreciated you asking"),
    # a notation, not a reaction
    ("    - She said she wants someone on the VA panel within a year\n", "I took note"),
])
def test_shapes_of_blind_round_18_read_again(tree, run, points, unsaid):
    note = _note_to_soren(tree, run, points)
    assert unsaid not in note, note


@pytest.mark.parametrize("points, unsaid", [
    # blind round 18: "I'm glad we got to talk about vendors / the team" read as placeholders
    ("    - vendors\n", "about vendors"),
    ("    - the team\n", "about the team"),
    # figures jotted bare are no topic: "It was great to talk about 1 supervising attorney to 5"
    ("    - 1 supervising attorney to 5 staff attorneys\n", "about 1 supervising"),
    # a detail that opens on a verb is nothing a heading includes
    ("    - funding, renewed through 2028\n", "including renewed"),
])
def test_no_placeholder_for_a_point_that_names_nothing(tree, run, points, unsaid):
    note = _note_to_soren(tree, run, points)
    assert unsaid not in note, note


def test_what_you_share_is_remembered_together_not_told_as_news(tree, run):
    # blind round 18: "And it turns out we both took USPAP from the same instructor" tells
    # him what he was there for as news; across a panel no frame of that kind is left
    notes = []
    for rapport in ("we both took USPAP from the same instructor",
                    "we both grew up on dairy farms", "we both ran the Columbus Marathon",
                    "we both started out as welder's helpers"):
        notes.append(_note_to_soren(tree, run, f"    - the outbox pattern\n  rapport: {rapport}\n"))
    for note in notes:
        assert not re.search(r"it turns out|didn't expect to learn|hadn't expected to find",
                             note, re.IGNORECASE), note


def test_an_answer_you_quote_is_not_thanked_for_and_no_two_thanks_stack(tree, run):
    # blind rounds 18 and 19: "Thank you for your answer when I asked …: 'Pipeline
    # influenced.'", then "Thank you for being frank about …"; each title turns the wordings
    people = INTERVIEWERS.replace("    - the outbox pattern\n", (
        "    - 'What makes a report easy to review? \"Tell me why you didn''t use the comps you "
        "didn''t use.\"'\n"))
    for turn in range(8):
        role = BASE_ROLE.replace("Backend Engineer", f"Backend Engineer {turn + 2}")
        root = tree(profile({"acme/interviewers.yaml": people, "acme/role.yaml": role}))
        run("drafts", "profiles", "-o", f"out{turn}", "--today", TODAY, "-q")
        note = " ".join(next((root / f"out{turn}/acme/thank-you").glob("s*.txt"))
                        .read_text().split())
        assert "Thank you for your answer" not in note, note
        body = re.split(r"(?<=[.!?”])\s+", note)[1:-3]
        openers = [" ".join(s.split()[:2]) for s in body]
        assert all(a != b for a, b in itertools.pairwise(openers)), note


@pytest.mark.parametrize("points, said, unsaid", [
    # "I told her I keep …" is "I told you", not "I told your"
    ("    - the outbox pattern\n  rapport: She has a mail-ballot envelope from 1992 pinned above "
     "her desk, and I told her I keep a punch-card stylus in my desk drawer.\n",
     "I told you I keep", "told your"),
    # "On poll workers, in her words: …" is a heading: never "about on poll workers"
    ("    - 'On poll workers, in her words: \"The new ones are fine, they read the manual. It''s "
     "the veterans who skip the training.\"'\n", "poll workers", "about on poll"),
    # something you did together is no discovery: "I enjoyed hearing that you played 9 with him"
    ("    - the outbox pattern\n  rapport: Played 9 with him after. He's a 12 handicap.\n",
     "outbox", "with him"),
    # an event of theirs ahead, cited in the note, is not wished well as well
    ("    - Albert sensor, tabletop with the state in March\n    - the outbox pattern\n",
     "tabletop with the state in March", "March. I hope the tabletop"),
    # a figure is no member of what they told you about
    ("    - e-pollbooks, year 6 of a 7-year contract\n", "e-pollbooks", "including year 6"),
])
def test_shapes_of_blind_round_19_before_it_was_read(tree, run, points, said, unsaid):
    note = _note_to_soren(tree, run, points)
    assert said in note and unsaid not in note, note
    assert note.count("with the state in March") <= 1, note


def test_an_event_ahead_is_found_in_any_piece_of_a_point():
    from generator.compose.ahead import coming_up
    day = TODAY_DATE
    assert coming_up(["Albert sensor, CISA scans, tabletop with the state in March"], day) == (
        "the tabletop with the state in March")
    assert coming_up(["e-pollbooks, year 6 of 7, he wants to go to RFP in the spring"], day) is None


def test_your_fit_follows_the_point_it_shares_a_word_with_in_its_paragraph(tree, run):
    # blind round 18, pair 01: "I've signed over 1,100 reports, … comps from fifteen miles
    # away don't scare me." stood alone in a paragraph after the ROV question it answers
    people = INTERVIEWERS.replace("    - the outbox pattern\n", (
        "    - '\"How do you handle an ROV?\" I told her I answer every reconsideration in "
        "writing, with the comps they sent, even the bad ones.'\n"
        "    - turn time 5 business days\n"
        "    - trainee supervision under the new AQB criteria\n"
        "  fit: I've signed over 1,100 reports, most of them rural, so comps from fifteen miles "
        "away don't scare me.\n"))
    root = tree(profile({"acme/interviewers.yaml": people}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    note = next((root / "out/acme/thank-you").glob("s*.txt")).read_text()
    paragraphs = [" ".join(p.split()) for p in note.split("\n\n")]
    fit = next(p for p in paragraphs if "1,100 reports" in p)
    assert "ROV" in fit, paragraphs


@pytest.mark.parametrize("points, unsaid", [
    # a phrase of theirs quoted in the notes is no saying to quote back (blind round 19)
    ('    - \'eMaint, moved off paper 2 yrs ago, asset hierarchy is "a mess below the line '
     'level"\'\n', "“A mess below the line level.”"),
    # what you told them, made a clause, is no question of theirs (recruiter round 16)
    ("    - I told him that at my last shop I got no-shows down from 15% to 6% with text "
     "reminders at 48 and 24 hours, and he wanted to know what we did with the deposit.\n",
     "asking how at my last shop"),
    # a clause whose point was said before it: "she thinks they should be"
    ('    - \'the apprentices, who trains them and whether they get paid, she thinks they should '
     'be and Keoni is "coming around"\'\n', "you think they should be."),
    # "Same tattoo artist did both our first sleeves" is a sentence, not a thing you share
    ("    - the outbox pattern\n  rapport: Same tattoo artist did both our first sleeves, in "
     "Portland, years apart.\n", "we share a tattoo artist did"),
])
def test_shapes_of_blind_round_19_and_recruiter_round_16(tree, run, points, unsaid):
    note = _note_to_soren(tree, run, points)
    assert unsaid not in note, note


def test_what_you_share_said_after_both_of_us_is_kept(tree, run):
    # recruiter round 16: "Orioles fans, both of us, both suffering." was dropped in every pack
    note = _note_to_soren(tree, run, "    - the team\n  rapport: Orioles fans, both of us, "
                          "both suffering.\n")
    assert "we're both Orioles fans" in note, note


@pytest.mark.parametrize("highlight, said", [
    # recruiter round 16: "I qualified rigger and signal person."
    ("Qualified rigger and signal person.", "I am a qualified rigger and signal person"),
    ("Licensed PE in North Carolina", "I am a licensed PE in North Carolina"),
])
def test_a_credential_jotted_as_a_title_is_what_you_are(tree, run, highlight, said):
    role = BASE_ROLE + f"highlights:\n  - {highlight}\n"
    root = tree(profile({"acme/role.yaml": role}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    contact = " ".join((root / "out/acme/thank-you/dana-lee.txt").read_text().split())
    assert said in contact, contact


def test_pay_and_perks_are_never_the_highlight(tree, run):
    # recruiter round 16: "I'll remember my conversation with Keoni about booth rent versus
    # commission" (a rejection reply); "I appreciated hearing about the Sundays off"
    people = INTERVIEWERS.replace("    - the outbox pattern\n", (
        "    - booth rent vs commission? Most of his artists are on 60/40.\n"
        "    - Sundays off, on call every other Saturday\n"
        "    - the outbox pattern, and how they replay it after an outage\n"))
    root = tree(profile({"acme/interviewers.yaml": people}))
    run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
    for path in (root / "out/acme/thank-you").glob("*.txt"):
        text = " ".join(path.read_text().split())
        assert not re.search(r"booth rent|60/40|Sundays off", text), text


def test_a_status_check_names_an_institution_with_its_article_and_the_title_short(tree, run):
    # recruiter round 16: "the opportunity to join Marlow County Public Defender's Office";
    # "my interviews for the Bridge Tender II (Drawbridge Operator), Rotating Shifts role"
    role = BASE_ROLE.replace("Acme Robotics", "Marlow County Public Defender's Office").replace(
        "Backend Engineer", "Bridge Tender II (Drawbridge Operator), Rotating Shifts")
    root = tree(profile({"acme/role.yaml": role + "decision_expected: 2026-11-25\n"}))
    for pack in ("default", "formal"):
        result = run("drafts", "profiles", "-o", f"out-{pack}", "--today", "2026-12-04", "-q",
                     "--kind", "status-check", "--pack", pack)
        assert result.exit_code in (0, 2), result.output
        text = " ".join(next((root / f"out-{pack}/acme/status-check").glob("*.txt"))
                        .read_text().split())
        assert "Drawbridge" not in text and "Bridge Tender II" in text, text
        assert "join Marlow" not in text and "work at Marlow" not in text, text


def test_the_formal_voice_writes_family_words_out(tree, run):
    # recruiter round 16: "your dad ran a tug" in the formal pack
    note = _note_to_soren(tree, run, "    - the outbox pattern\n  rapport: His dad ran a tug out "
                          "of Norfolk, and mine did too.\n", "formal")
    assert "your dad" not in note and "your father" in note, note


def test_two_people_who_asked_you_something_get_different_sentences(tree, run):
    # recruiter round 16: Gus and Mara both got "I've thought about it since, and I'd still
    # answer the same way"
    people = """\
- name: Gus Petrakis
  email: gus@acme.example
  discussion_points:
    - '"How do you run a JHA with a new crew?" I said I walk it on the deck, not in the trailer.'
- name: Mara Singh
  email: mara@acme.example
  discussion_points:
    - '"What would you do if an artist is late three times?" I said talk to them first.'
- name: Lena Ortiz
  email: lena@acme.example
  discussion_points:
    - '"How do you handle supplements?" I said I blueprint every car first.'
"""
    for pack in ("default", "formal"):
        root = tree(profile({"acme/interviewers.yaml": people}))
        run("drafts", "profiles", "-o", f"out-{pack}", "--today", TODAY, "-q", "--pack", pack)
        frames = []
        for path in sorted((root / f"out-{pack}/acme/thank-you").glob("*.txt")):
            text = " ".join(path.read_text().split())
            if "dana" not in path.stem:
                # the sentence that cites their question, by its first two words (its data,
                # the question, comes later): "Thank you", "Your question", "You asked", …
                cite = next(sentence for sentence in re.split(r"(?<=[.:])\s+", text)
                            if re.search(r"JHA|artist|supplements", sentence))
                frames.append(" ".join(cite.split()[:2]))
        assert len(set(frames)) == len(frames), frames


def test_a_working_standard_is_no_setback_to_be_frank_about(tree, run):
    # recruiter round 16: "I appreciated you being frank that the bolt-up stays close behind
    # the connectors, not 2 floors back"
    note = _note_to_soren(tree, run, "    - the bolt-up stays close behind the connectors, not "
                          "2 floors back\n")
    assert not re.search(r"frank|candid|honest", note), note


@pytest.mark.parametrize("points, said", [
    # recruiter round 16: Captain Voss's speech, too long to quote whole, was left unused
    ('    - \'He said: "The worst day on this job is not a breakdown. It is a sailboat that '
     'thinks it has the right of way and a school bus sitting on the approach while you make '
     'up your mind. You do not get to be halfway. Either the span is going up or it is not, '
     'and you say so on the radio before anybody else has to guess."\'\n',
     "“You do not get to be halfway"),
    # a jotted heading (" = ") and their words: the words, as theirs
    ('    - \'logbook = legal record. "Write it like a lawyer is going to read it, because one '
     'will."\'\n', "“Write it like a lawyer is going to read it, because one will"),
    # his question, then your answer after a comma: his question, not one you asked
    ("    - he asked about the fog night on the Elizabeth River, I told him about holding the "
     "barge at the RR bridge\n", "question about the fog night on the Elizabeth River"),
])
def test_shapes_of_recruiter_round_16(tree, run, points, said):
    note = _note_to_soren(tree, run, points)
    assert said in note, note


@pytest.mark.parametrize("points, unsaid", [
    # blind round 20
    ("    - realtime feed to the bench, and CART for a deaf juror twice this year\n",
     "including and"),
    ("    - her drawings in Vectorworks, hands off PDFs + DXFs for the router\n", "+"),
    ("    - snow days, superintendent calls it by 5\n", "superintendent calls"),
    ("    - we did most of the walk in Spanish\n    - the outbox pattern\n", "how we did"),
    ("    - the outbox pattern\n  rapport: She studied in Istanbul and worked in a scene shop "
     "there, so we traded stage-weight stories.\n", "so we traded"),
    ("    - the outbox pattern\n  follow_up: the 2021 article on chaplains in family meetings that "
     "I mentioned\n", "mentioned in a separate email"),
    # recruiter round 17: glad to hear of their worry
    ("    - 'what keeps her up at night: measles, and the wastewater numbers'\n",
     "good to hear what keeps"),
    ("    - the agents dispute the detention time\n", "good to hear that the agents"),
    # reading our drafts of heldout27w aloud: a setback of theirs after a colon
    ("    - Schwartz Rounds, they tried once in 2022 and it fizzled, she wants it back\n",
     ": you tried once in 2022 and it fizzled"),
])
def test_shapes_of_blind_round_20_and_recruiter_round_17(tree, run, points, unsaid):
    note = _note_to_soren(tree, run, points)
    assert unsaid not in note, note


@pytest.mark.parametrize("points, said, unsaid", [
    # the code review of this session's writing change (its reproductions, through the CLI)
    ("    - She is moving her IT team to Azure next year\n", "your IT team", "you IT"),
    ("    - paid search vs paid social, she thinks paid search is where next year's budget "
     "goes\n", "paid search", "Joint"),
    ('    - "the data stack:\\n- Python\\n- SQL\\n- dbt"\n', "Python", "the Python"),
    ("    - When she asked about the gap in 2022, I explained the caregiving year\n",
     "gap in 2022", "when I asked"),
    ("    - the outbox pattern\n  rapport: Worked with her at Deloitte back in 2015.\n",
     "Deloitte", "with him"),
])
def test_what_the_code_review_found(tree, run, points, said, unsaid):
    note = _note_to_soren(tree, run, points)
    assert said in note and unsaid not in note, note


def test_a_panel_of_seven_shares_no_closing_line(tree, run):
    # the code review: "I look forward to hearing from you." twice in a panel of seven
    people = "".join(f"- name: Person{n} Surname\n  email: p{n}@acme.example\n"
                     f"  discussion_points:\n    - the outbox pattern number {n}\n"
                     for n in range(7))
    for title in ("Backend Engineer", "Data Engineer", "Platform Engineer"):
        root = tree(profile({"acme/interviewers.yaml": people,
                             "acme/role.yaml": BASE_ROLE.replace("Backend Engineer", title)}))
        out = f"out-{title.split()[0]}"
        run("drafts", "profiles", "-o", out, "--today", TODAY, "-q")
        closings = []
        for path in (root / out / "acme/thank-you").glob("person*.txt"):
            paragraphs = [" ".join(p.split()) for p in path.read_text().split("\n\n")]
            closings.append(paragraphs[-2])
        # the paragraph above the sign-off: a closing line, or the body where there is none
        assert len(set(closings)) == len(closings), closings


# --- your own line at the centre -------------------------------------------------------------

@pytest.mark.parametrize(("note", "said", "unsaid"), [
    # typed in a hurry: its capital and full stop, as you would mend it before sending
    ("your point about tides stuck with me", "Your point about tides stuck with me.",
     "your point about tides stuck with me"),
    # the "I" left out comes back
    ("loved your take on tide gauges", "I loved your take on tide gauges.", "Loved your"),
    # about him in the third person: said to him, where every sentence turns cleanly
    ("Søren made the live debugging feel like pairing, not a test.",
     "You made the live debugging feel like pairing, not a test.", "Søren made"),
    # a moment of his, named: what you keep thinking about
    ("his walkthrough of the outage, minute by minute, and how calm he was",
     "I haven't forgotten your walkthrough of the outage, minute by minute, and how calm "
     "you were.", "his walkthrough"),
    # a moment of his named to him, with nothing said of it
    ("Your story about the winter when the starter failed, and opening the shop anyway.",
     "I haven't forgotten your story about the winter when the starter failed, and opening "
     "the shop anyway.", "Your story"),
    # but a line with its own verb is a sentence as it stands
    ("Your comment on ballast really resonated.", "Your comment on ballast really resonated.",
     "thinking about"),
    # blind round 21 and recruiter round 18: lines as people type them, mended
    ("You cut the wheel for me and said you weren't sure about it yet. liked that a lot.",
     "you weren't sure about it yet. I liked that a lot.", ". liked"),
    ("Made me a lot less nervous about the rotation", "It made me a lot less nervous about "
     "the rotation.", "Made me"),
    ("The night you had three airlines on hold and still got the SIGMET out on time.",
     "I haven't forgotten the night you had three airlines on hold and still got",
     "The night you"),
    ("Your story about that winter when the starter failed, and opening anyway. That stayed "
     "with me.",
     "and opening anyway — that stayed with me.", "anyway. That"),
    ("Taking the helm at dusk with you calling the leads. Best part of any interview I've had.",
     "Taking the helm at dusk with you calling the leads was the best part of any interview "
     "I've had.", "leads. Best"),
    ("Your line that a fiscal note should read the same whichever party asked for it.",
     "I haven't forgotten your line that a fiscal note", "Your line that"),
    ("How you talked to the dad with the cracked 1/2 size, kind but completely honest.",
     "I haven't forgotten how you talked to the dad", "How you talked"),
    # about him, in the third person: turned to him, the verbs agreeing, and what he told
    # you said as what it meant to you
    ("He showed me the backlog board and was honest that it's the main worry.",
     "You showed me the backlog board and were honest that", "and was honest"),
    ("his story about a pencil signature in the windchest, a name nobody had seen in 240 "
     "years.", "I haven't forgotten your story about a pencil signature", "his story"),
    ("He mentioned his team lost two editors to burnout. That worry sounded real to me.",
     "I appreciated you mentioning that your team lost two editors to burnout.",
     "sounded real"),
    # jotted past mending: not pasted, not read as a point; the note is made from the points
    ("honest answer about session hours (Jan-May, some 70 hr weeks), good to know going in",
     "the outbox pattern", "session hours"),
    ("You said the hotel room in week three is the hard part. honest answer, and I "
     "appreciated it.", "You said the hotel room in week three is the hard part.",
     "honest answer"),
    # recruiter round 19: his name jotted in lower case, an irregular past, said to him
    ("søren drew the whole catchment on the whiteboard. Made me want to learn the engineering "
     "side.", "You drew the whole catchment on the whiteboard. It made me want to learn",
     "søren drew"),
    # his idea, by name, in a line that speaks to him
    ("Søren's idea that a ledger should read like a diary is how I've always worked.",
     "Your idea that a ledger should read like a diary is how I've always worked.",
     "Søren's idea"),
    # "it" after "part of" is no subject: the line's own verb follows
    ("Your reminder that every case has a person who never chose to be part of it is "
     "something I'll keep.", "Your reminder that every case has a person who never chose",
     "thinking about your reminder"),
    # a feeling of yours about him is never sent back to him: material only
    ("Very direct, I liked him a lot. He showed me the outbox dashboards.", "outbox pattern",
     "liked him"),
])
def test_your_own_line_is_the_note_wherever_it_can_be_said_to_them(tree, run, note, said,
                                                                     unsaid):
    text = _note_to_soren(tree, run, f"    - the outbox pattern\n  note: \"{note}\"\n")
    assert said in text and unsaid not in text, text


def test_with_your_own_line_a_point_it_does_not_say_and_the_rapport_stay(tree, run):
    # blind round 21 read a note of the candidate's line alone as thin: careful writers name
    # two or three things; what you share is still said
    text = _note_to_soren(tree, run, "    - the outbox pattern\n    - moving billing to event "
                          "sourcing\n  note: Your outbox story stuck with me.\n  rapport: we both "
                          "row on weekends\n")
    assert "Your outbox story stuck with me." in text and "row on weekends" in text, text
    assert "event sourcing" in text and text.count("outbox") == 1, text
    # unless your line already says it
    text = _note_to_soren(tree, run, "    - the outbox pattern\n  note: Finding out you grew "
                          "up in Tromsø too made my day.\n  rapport: we both grew up in Tromsø\n")
    assert text.count("Tromsø") == 1, text


def test_a_late_note_never_thanks_them_for_their_time_today(tree, run):
    people = INTERVIEWERS + "".join(
        f"- name: Person {n}\n  email: p{n}@acme.example\n  discussion_points:\n"
        f"    - topic number {n}\n" for n in range(7))
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", "2026-11-24", "-q")
    assert result.exit_code in (0, 2), result.output
    for path in (root / "out/acme/thank-you").glob("*.txt"):
        assert "time today" not in path.read_text(), path.read_text()


def test_a_late_note_thanks_once(tree, run):
    # The belated opening thanks them ("I wanted to thank you, if a little late, …"); a close
    # that thanks again ("Thank you again for the conversation.") is the second thanks blind
    # rounds 18 and 19 read as the program's.
    people = INTERVIEWERS + "".join(
        f"- name: Person {n}\n  email: p{n}@acme.example\n  discussion_points:\n"
        f"    - topic number {n}\n" for n in range(7))
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", "2026-11-24", "-q")
    assert result.exit_code in (0, 2), result.output
    for path in (root / "out/acme/thank-you").glob("*.txt"):
        if path.stem == "dana-lee":
            continue  # the contact's note thanks for arranging the day, not for a conversation
        text = " ".join(path.read_text().split()).casefold()
        assert text.count("thank") <= 1, text


@pytest.mark.parametrize(("follow_up", "said", "unsaid"), [
    # recruiter round 18: the promise said twice
    ("photos of the shallots I re-made, promised to send them this week",
     "photos of the shallots I re-made", "promised to send"),
    # blind round 21: sent now and later at once
    ("said I'd share my flashcard deck once I've added the flatfish",
     "I'll send you my flashcard deck once I've added the flatfish", "I'm sending"),
    ("before/after photos of the crack repair: [album](https://ayumi.example.com/crack)",
     "Here are before/after photos", "Here is before"),
    # a note to yourself in brackets: "their" is the old employer's, not the reader's
    ("said I'd send the SOP template I built at Suir Valley (cleaned of their details)",
     "the SOP template I built at Suir Valley", "your details"),
])
def test_a_promise_is_said_once_in_its_own_time(tree, run, follow_up, said, unsaid):
    text = _note_to_soren(tree, run, f"    - the outbox pattern\n  follow_up: \"{follow_up}\"\n")
    assert said in text and unsaid not in text, text


def test_a_late_note_says_the_day_as_people_do_and_thanks_without_apology(tree, run):
    # blind round 21: "Belatedly but sincerely: thank you for your time on November 24."
    root = tree(profile({"acme/interviewers.yaml": INTERVIEWERS}))
    result = run("drafts", "profiles", "-o", "out", "--today", "2026-11-27", "-q")
    assert result.exit_code in (0, 2), result.output
    for path in (root / "out/acme/thank-you").glob("*.txt"):
        text = " ".join(path.read_text().split())
        assert "last Friday" in text or path.stem == "dana-lee", text
        assert not re.search(r"(?i)belated|late but|more time to pass|sorry|apolog", text), text


def test_a_highlight_of_years_as_a_role_takes_its_article_once(tree, run):
    # heldout29w: "I have spent 5 years as an as budget analyst"
    role = BASE_ROLE + "highlights:\n  - 5 years as budget analyst at the county\n"
    root = tree(profile({"acme/role.yaml": role}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q").exit_code in (0, 2)
    text = " ".join((root / "out/acme/thank-you/dana-lee.txt").read_text().split())
    assert "5 years as a budget analyst at the county" in text and "as an as" not in text, text


@pytest.mark.parametrize(("rapport", "said", "unsaid"), [
    # recruiter round 19: "hearing that did your apprenticeship"
    ("did his apprenticeship in the York Minster yard too, a few years before me",
     "you did your apprenticeship in the York Minster yard too", "that did"),
    # "different decades": both of you played there
    ("played league for the same club in Porirua, different decades",
     "we both played league for the same club in Porirua", "that you played"),
    # one subject for both verbs
    ("we're both from Astoria, grew up about six blocks apart",
     "from Astoria and grew up about six blocks apart", "Astoria, grew"),
])
def test_a_shared_past_jotted_without_its_subject_says_whose_it_is(tree, run, rapport, said,
                                                                     unsaid):
    text = _note_to_soren(tree, run, f"    - the outbox pattern\n  rapport: \"{rapport}\"\n")
    assert said in text and unsaid not in text, text


def test_a_brief_subject_thanks_for_today_only_on_the_day(tree, run):
    # recruiter round 19: "Thanks for today" over a body that says "yesterday"
    people = INTERVIEWERS + "".join(
        f"- name: Person {n}\n  email: p{n}@acme.example\n  discussion_points:\n"
        f"    - topic number {n}\n" for n in range(5))
    root = tree(profile({"acme/interviewers.yaml": people}))
    result = run("drafts", "profiles", "-o", "out", "--today", "2026-11-21", "-q",
                 "--pack", "brief")
    assert result.exit_code in (0, 2), result.output
    for path in (root / "out/acme/thank-you").glob("*.eml"):
        assert "Subject: Thanks for today" not in path.read_text(), path.name


@pytest.mark.parametrize(("point", "said", "unsaid"), [
    # blind round 22: "It was useful to learn that ERIC reports and list maintenance, …"
    ("ERIC reports and list maintenance, NVRA 90-day quiet period before the primary",
     "ERIC reports and list maintenance", "learn that ERIC"),
    # "… and done last Thursday": when it was done, not another thing done
    ("post-election audit, the hand count of 2 randomly drawn precincts, done last Thursday",
     "precincts, done last Thursday", "and done last Thursday"),
    # "how their Diving Control Board works": theirs, after a list of standards
    ("AAUS standards and how their Diving Control Board works", "your Diving Control Board",
     "their Diving Control Board"),
])
def test_shapes_of_blind_round_22(tree, run, point, said, unsaid):
    text = _note_to_soren(tree, run, f"    - \"{point}\"\n")
    assert said in text and unsaid not in text, text

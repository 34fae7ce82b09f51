"""The checks judged against real notes: follow-ups from public career pages and recruiters'
blogs, rewritten in our own words (tests/corpus/realnotes), each labelled good or bad by its
source, with the defect the source names.

Each note is checked as a user checks a note of their own, through the library's API for
`followup check NOTE --kind … --to … --from … --about …`. A bad note counts as caught when it
gets a problem for the defect its source names first; a good note is wrongly flagged when it
gets any problem.

The corpus comes in halves (`half:` in index.yaml). The rules were first tuned on `tune` and
reported on `holdout`; that report spent `holdout`, and the tone rules were then reworked as
patterns of intent on all 75 notes of the two. `holdout2` (52 notes from 49 new pages) was
measured once before any tuning (bad 14/29 caught, good 4/23 with a problem), then spent: the
classes of its misses were generalised, each from variants of our own
(tests/notes/holdout2-variants.yaml). `holdout3` (57 notes from 53 new pages) was measured
once the same way (bad 28/33 caught, good 4/24 with a problem, two bodies misread), then
spent and generalised likewise (tests/notes/holdout3-variants.yaml); `holdout4` (65 notes)
likewise (bad 17/33 caught, good 3/32 with a problem; tests/notes/holdout4-variants.yaml);
`holdout5` (74 notes) likewise (bad 28/37 caught, good 7/37 with a problem, two bodies
misread; tests/notes/holdout5-variants.yaml); `holdout6` (65 notes from 60 new pages)
likewise (bad 24/29 caught, good 8/36 with a problem, without `--about` 24/29 and 7/36; no
body misread; tests/notes/holdout6-variants.yaml). `holdout7` (76 notes from 74 new pages),
collected while the rules were tuned on holdout6, was measured once likewise (bad 25/32
caught, good 6/44 with a problem, the same without `--about`; no body misread), then spent
and generalised (tests/notes/tone-variants-7.yaml). `holdout8`, `holdout9` and `holdout10`
were each measured once at first sight, then spent (tests/notes/tone-variants-8.yaml, and
tone-variants-10.yaml for the last two together), `holdout11` likewise
(tone-variants-11.yaml), `holdout12` (tone-variants-12.yaml) and `holdout13`
(tone-variants-13.yaml), `holdout14` (tone-variants-15.yaml and tone-variants-16.yaml) and
`holdout15` (tone-variants-17.yaml). A half added later (`holdout16`, …) is the honest
measure: its per-note results are never printed, only its figures.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

import pytest
import yaml

from generator.checks.mail import read_mail
from generator.commands.checkrun import check_files
from generator.findings import Finding
from generator.input.models import RULES

CORPUS = Path(__file__).parent / "corpus" / "realnotes"
INDEX = yaml.safe_load((CORPUS / "index.yaml").read_text(encoding="utf-8"))
TODAY = date(2026, 11, 20)
CAUGHT = 0.90  # at least this share of bad notes get a problem for their named defect
FLAGGED = 1 / 20  # at most this share of good notes get any problem

# The halves the rules were tuned on; any other half is held out.
TUNED = ("tune", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6",
         "holdout7", "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13",
         "holdout14", "holdout15")

# Which finding shows a defect was caught: its rule, and words its message uses (or several
# such, where more than one rule names that defect).
CATCHES: dict[str, tuple[str, str] | tuple[tuple[str, str], ...]] = {
    "tone/argues": ("tone", "argues with the decision"),
    "tone/hostile": ("tone", "sounds hostile"),
    "tone/sarcasm": ("tone", "sounds sarcastic"),
    "tone/desperate": ("tone", "sounds desperate"),
    "tone/threat": ("tone", "threatens"),
    "tone/deadline": ("tone", "sets a deadline"),
    "tone/gift": ("tone", "offers a gift"),
    "tone/presumes": ("tone", "presumes the offer"),
    "tone/impatient": ("tone", "sounds impatient"),
    "tone/pushy": ("tone", "sounds pushy"),
    "tone/excuses": ("tone", "excuse|apologises"),
    "tone/reselling": ("tone", "re-sells"),
    "required/thanks": ("required", "does not thank"),
    "required/question": ("required", "asks nothing"),
    "personal": ("personal", ""),
    "length": ("length", ""),
    # A note in lower case throughout is a proofreading slip that grammar names.
    "proofread": (("proofread", ""), ("grammar", "lower case|shorthand")),
    "grammar": ("grammar", ""),
    "greeting": ("identity", "greet"),
}


@dataclass(frozen=True)
class Result:
    entry: dict
    findings: tuple[Finding, ...]

    @property
    def problems(self) -> list[Finding]:
        return [finding for finding in self.findings if finding.is_problem]

    def catches(self, label: str) -> bool:
        return any(f.rule == rule and re.search(words, f.message)
                   for rule, words in _ways(label) for f in self.problems)


def _ways(label: str) -> tuple[tuple[str, str], ...]:
    way = CATCHES[label]
    return (way,) if isinstance(way[0], str) else way  # type: ignore[return-value]


@cache
def results(with_about: bool = True) -> tuple[Result, ...]:
    found = []
    for entry in INDEX:
        about = tuple(entry.get("about") or ()) if with_about else ()
        report = check_files([CORPUS / entry["file"]], entry["kind"], entry["to"], TODAY,
                             sender=entry["from"], about=about)
        found.append(Result(entry, tuple(report.findings)))
    return tuple(found)


def figures(chosen: list[Result]) -> dict[str, float]:
    bad = [r for r in chosen if r.entry["judgement"] == "bad"]
    good = [r for r in chosen if r.entry["judgement"] == "good"]
    caught = sum(r.catches(r.entry["defects"][0]) for r in bad)
    flagged = sum(bool(r.problems) for r in good)
    return {"bad": len(bad), "caught": caught, "good": len(good), "flagged": flagged}


def table(with_about: bool = True) -> str:
    """Per rule: bad notes it caught (their named defect), bad notes it fired on, good notes
    it gave a problem and a suggestion; then the figures of each half and the whole, and the
    tune half's misses by note."""
    every = list(results(with_about))
    lines = [f"{'rule':<12} {'catches':>8} {'fires on bad':>13} {'false problems':>15} "
             f"{'suggestions on good':>20}"]
    for rule in RULES:
        named = [r for r in every if r.entry["judgement"] == "bad"
                 and _ways(r.entry["defects"][0])[0][0] == rule]
        caught = sum(r.catches(r.entry["defects"][0]) for r in named)
        fires = sum(any(f.rule == rule for f in r.problems) for r in every
                    if r.entry["judgement"] == "bad")
        false = sum(any(f.rule == rule for f in r.problems) for r in every
                    if r.entry["judgement"] == "good")
        hints = sum(any(f.rule == rule and not f.is_problem for f in r.findings)
                    for r in every if r.entry["judgement"] == "good")
        lines.append(f"{rule:<12} {caught:>4}/{len(named):<3} {fires:>13} {false:>15} "
                     f"{hints:>20}")
    for name in [*HALVES, "tuned"]:
        chosen = [r for r in every if r.entry["half"] == name or (
            name == "tuned" and r.entry["half"] in TUNED)]
        f = figures(chosen)
        if not f["bad"] or not f["good"]:
            continue
        lines.append(f"{name:<8} bad notes caught {f['caught']}/{f['bad']} "
                     f"({f['caught'] / f['bad']:.0%}); good notes with a problem "
                     f"{f['flagged']}/{f['good']} ({f['flagged'] / f['good']:.0%})")
    for r in every:
        if r.entry["half"] not in TUNED:
            continue  # held out: its notes are not looked at one by one
        if r.entry["judgement"] == "bad" and not r.catches(r.entry["defects"][0]):
            lines.append(f"  miss: {r.entry['id']} ({r.entry['defects'][0]})")
        if r.entry["judgement"] == "good" and r.problems:
            lines.append(f"  false problem: {r.entry['id']}: {r.problems[0]}")
    return "\n".join(lines)


HALVES = sorted({entry["half"] for entry in INDEX}, key=lambda half: (half not in TUNED, half))


@pytest.mark.parametrize("with_about", [True, False], ids=["with --about", "without --about"])
def test_bad_notes_get_a_problem_for_the_defect_their_source_names(with_about):
    shown = table(with_about)
    print(f"\n{shown}")
    tuned = figures([r for r in results(with_about) if r.entry["half"] in TUNED])
    assert tuned["caught"] >= CAUGHT * tuned["bad"], shown


@pytest.mark.parametrize("with_about", [True, False], ids=["with --about", "without --about"])
def test_good_notes_rarely_get_a_problem(with_about):
    tuned = figures([r for r in results(with_about) if r.entry["half"] in TUNED])
    assert tuned["flagged"] <= FLAGGED * tuned["good"], table(with_about)


# Halves measured below the thresholds, with what they measured the first time they ran;
# strict, so the test says when a half starts passing. A new half is measured once, before
# any tuning, and its figures entered here if it falls short. (holdout2's first measure: bad
# 14/29 caught, good 4/23 with a problem; 29/29 and 0/23 once its classes were generalised.
# holdout3's: bad 28/33 caught, good 4/24 with a problem; 33/33 and 0/24 after. holdout4's:
# bad 17/33 caught, good 3/32 with a problem; 33/33 and 0/32 after. holdout5's: bad 28/37
# caught, good 7/37 with a problem; 35/37 and 0/37 after. holdout6's: bad 24/29 caught, good
# 8/36 with a problem; 29/29 and 0/36 after. holdout7's: bad 25/32 caught, good 6/44 with a
# problem; 32/32 and 0/44 after. holdout8's first measure was of the phrasings alone; the
# learnt tone model, tried on it before any of its notes was read (tools/train_tone.py), took
# it to bad 29/41 caught with the same 5/39 good notes given a problem, and was adopted.
# holdout8 was then spent (tests/notes/tone-variants-8.yaml): 33/41 and 0/39 after, short of
# the threshold on sarcasm (0/4) and one each of gift, impatient, hostile and argues.
# holdout9 (91 notes, 90 pages no earlier half cites) was measured once, before anyone read
# it, after holdout8 was spent: the rules alone caught 25/53 and gave 7/38 good notes a
# problem; rules or the learnt model 35/53 and 8/38 (tools/train_tone.py measure --half
# holdout9). By defect: pushy 2/5, sarcasm 2/6, threat 1/5, re-selling 1/3.) holdout10 (90
# notes, collected while holdout9 was still unread) measured once, before anyone read it: the
# rules alone 28/52 and 7/38; rules or the learnt model 34/52 and 8/38. By defect: sarcasm
# 0/5, pushy 2/5, threat 1/5; hostile 5/5, presumes 4/4. holdout11 (83 notes from 71 pages
# no earlier half cites, collected before holdout10 was spent; two more were dropped, their
# pages already cited) measured once, before anyone read it: the rules alone 30/46 and 2/37;
# rules or the learnt model 33/46 and 2/37 (without --about 32/46 and 2/37). By defect:
# sarcasm 0/5, pushy 1/4, threat 1/3, hostile 1/2; false problems by rule tone 1, required 1.
# holdout9 and holdout10 were then spent together (tests/notes/tone-variants-10.yaml): 53/53
# and 0/38, 52/52 and 1/38 after, so both joined the tuned halves; holdout8 reached 37/41 and
# 0/39 with the learnt model retrained on them (not on it), and joined too (41/41 once the
# model was trained on it as well). holdout11, measured again once after that, before anyone
# read it: rules alone 31/46 and 2/37; rules or the retrained model 37/46 and 2/37 (without
# --about 36/46 and 2/37; sarcasm 1/5, pushy 1/4, presumes 2/3, re-selling 2/3; false
# problems by rule tone 1, required 1). holdout11 was then spent
# (tests/notes/tone-variants-11.yaml, its classes written before any rule changed): 46/46 and
# 0/37 after (the rules alone 40/46 and 0/37), so it joined the tuned halves. holdout12 (91
# notes from 88 pages no earlier half cites, collected while holdout11 was spent) measured
# once, before anyone read it: the rules alone 28/53 and 3/38; rules or the learnt model
# 34/53 and 5/38 (without --about 32/53 and 3/38). By defect: sarcasm 2/5, pushy 2/5, threat
# 2/5, hostile 3/5, impatient 3/5, presumes 2/4, re-selling 0/2, greeting 0/2; false problems
# by rule personal 2, tone 2, identity 1. holdout12 was then spent
# (tests/notes/tone-variants-12.yaml, its classes written before any rule changed): 53/53 and
# 2/38 by the rules (the two left were the learnt model's), 53/53 and 0/38 with the model
# retrained on the tuned halves with holdout11 and holdout12, so it joined the tuned halves.
# holdout13 (97 notes from 93 pages no earlier half cites, four pages giving two notes each,
# collected while holdout12 was spent) measured once, before anyone read it: the rules alone
# 42/59 and 5/38; rules or the learnt model 49/59 and 7/38 (without --about 48/59 and 7/38).
# By defect, with the model: sarcasm 2/5, re-selling 1/3, impatient 3/5, hostile 4/5,
# desperate 3/4, gift 3/4, every other defect caught (the rules alone: argues 2/4, hostile
# 2/5, pushy 3/5, threat 4/5); false problems by rule tone 6 (two of them the model's),
# identity 1. holdout13 was then spent (tests/notes/tone-variants-13.yaml, its classes written
# before any rule changed): rules or the learnt model 59/59 and 2/38 after (the two left are the
# model's: good wishes to their company, sorry it did not work out, read as hostile). The model
# retrained with holdout13 gave 59/59 and 0/38, but new false alarms on our own drafts, so it
# was not adopted then. Retrained once more with our drafts' sentences as good ones
# (tools/train_tone.py), it gives 59/59 and 0/38 on holdout13 and no false alarm on our drafts,
# so holdout13 joined the tuned halves.
# holdout14 (95 notes from 91 pages no earlier half cites, four pages giving two notes each,
# collected while holdout13 was spent; one more dropped, its page already cited) measured
# once, before anyone read it: the rules alone 33/51 and 3/44; rules or the learnt model
# 38/51 and 4/44 (without --about 37/51 and 4/44). By defect, with the model: impatient 3/6,
# pushy 5/8, re-selling 2/4, threat 1/2, greeting 3/4, sarcasm 3/4, hostile 2/3, presumes
# 2/3, every other defect caught (the rules alone: impatient 2/6, pushy 3/8, desperate 4/5,
# gift 2/3); false problems by rule tone 4 (one of them the model's), identity 1. Then spent
# (tests/notes/tone-variants-15.yaml, written before any rule changed): 47/51 and 4/44 after
# (rules alone 42/51 and 3/44); short on good notes: the model's presuming on readiness "from
# the first month", "!!" in a cheerful note, a polite deadline, a letterhead read as no greeting.
# Those four classes were then written up (tests/notes/tone-variants-16.yaml, before any rule
# changed) and read, with its two re-selling shapes: 49/51 and 0/44 after (rules alone 44/51 and
# 0/44), so holdout14 joined the tuned halves.
# holdout15 (77 notes from 67 pages no earlier half cites, ten pages giving two notes each,
# collected while holdout14 was spent; six more dropped, each an article an earlier half cites
# at another address) measured once, before anyone read it: the rules alone 27/35 and 5/42;
# rules or the learnt model 31/35 and 6/42 (without --about 30/35 and 6/42). By defect, with
# the model: gift 1/2, hostile 2/4, presumes 3/4, every other defect caught (the rules alone:
# argues 1/2, gift 0/2, pushy 3/4, threat 0/1); false problems by rule tone 6 (one of them the
# model's). Then spent (tests/notes/tone-variants-17.yaml, written before any rule changed):
# 35/35 and 0/42 after (rules alone 31/35 and 0/42), so holdout15 joined the tuned halves.
# holdout16 (76 notes, 75 pages no earlier half cites, collected while holdout15 was spent)
# measured once, before anyone read it: rules or the learnt model 26/40 and 0/36; the rules
# alone 22/40 and 0/36. By defect, with the model: argues 2/2, desperate 4/5, excuses 1/1,
# hostile 2/3, impatient 4/8, presumes 0/1, pushy 3/5, sarcasm 0/5.
NOT_MET: dict[str, str] = {
    "holdout16": "first sight 26/40 caught, 0/36 good flagged: not spent yet"}


@pytest.mark.parametrize("half", [
    pytest.param(half, marks=pytest.mark.xfail(strict=True, reason=NOT_MET[half]))
    if half in NOT_MET else half for half in HALVES])
def test_each_half_meets_the_thresholds_on_its_own(half):
    # A half added later (holdout2, …) is the honest measure: notes the rules never saw.
    chosen = figures([r for r in results(True) if r.entry["half"] == half])
    shown = (f"{half}: bad notes caught {chosen['caught']}/{chosen['bad']}, good notes with a "
             f"problem {chosen['flagged']}/{chosen['good']}")
    print(f"\n{shown}")
    assert chosen["caught"] >= CAUGHT * chosen["bad"], shown
    assert chosen["flagged"] <= FLAGGED * chosen["good"], shown


def test_the_corpus_has_the_notes_the_issue_asks_for():
    good = [e for e in INDEX if e["judgement"] == "good"]
    bad = [e for e in INDEX if e["judgement"] == "bad"]
    assert len(INDEX) >= 50 and len(good) >= 25 and len(bad) >= 20
    assert all(e["defects"] and e["defects"][0] in CATCHES for e in bad)
    assert all(e["source"].startswith("http") for e in INDEX)
    assert set(TUNED) <= {e["half"] for e in INDEX}


# Bodies the mail reader miscounts on notes it had never seen, as strict xfails. (holdout2's
# first run misread five: a sign-off sentence above the name ("Thank you for your help,"),
# "Sent from my iPhone", a greeting line that runs on into the body; holdout3's two: a
# greeting "To the Hiring Manager:" and a numbered list whose marks counted as words;
# holdout4 none; holdout5's two: a letter's date and address lines above the greeting, and a
# sign-off in French; holdout6 and holdout7 none; test_mail.py and holdout5-variants.yaml
# hold variants of each, and of their cousins.) holdout8's first run misreads two, each by five
# words: a closing line of thanks ("Thank you for your consideration.", "Thank you for your
# time.") the hand count leaves out as the sign-off's and the reader keeps as the body's.
# holdout9's first run misreads two: a postal letter whose sender's address block comes
# before the date and the recipient's (35 words kept as body), and a sign-off that opens in
# French ("Merci, and have a good day,").
# holdout10's first run misreads three: a letterhead (name, street, phone) above the body (34
# words kept), a greeting that names no one ("To whoever is responsible for recruitment at
# …,") read as body, and one more by six words.
# holdout11's first run misreads one, by four words (13 counted, 17 by hand): read once it
# was spent, a text message whose hand count takes its three runs of emoji and an "=" for
# words; the reader counts words of letters and digits, and is left so.
# holdout9's and holdout10's five were read right once they were spent (a heading of up to
# sixteen lines, a letterhead's barred line and a "RE:" line; "To whoever is responsible …,";
# a closing in French, and "Thanking you," above "Yours obediently,"; variants in
# tests/notes/tone-variants-10.yaml).
# holdout12's first run misreads two: one by 18 words (102 counted, 84 by hand),
# one by 11 (347 counted, 336 by hand, a word past the tolerance). Read once it was spent: a
# closing line of nine words above the name and its contact lines ("With kind regards and
# wishes of a nice day,"), and a letter's closing formula ("Please accept, Madam, the
# expression of my distinguished greetings,"); both read right now (test_mail.py's
# LONG_CLOSINGS hold variants of our own).
# holdout13's first run misreads one, by five words (72 counted, 67 by hand). Read once it was
# spent: a greeting "To Ms. Nico, HR Director," (a titled name and a role after "To") read as
# body; read right now (test_mail.py's TO_A_TITLED_NAME hold variants of our own).
# holdout14's first run misreads two: one by ten words (120 counted, 110 by hand), one by six
# (94 counted, 88 by hand). Read once it was spent: an addressee's block (company, department,
# their titled name) in place of a greeting, and a closing formula ending in a full stop above
# the name; both read right now (test_mail.py's ADDRESSEE_BLOCKS and CLOSING_FORMULAS).
# holdout15's first run misreads three: by 26 words (104 counted, 130 by hand), by 7 (63
# counted, 56 by hand) and by 19 (96 counted, 115 by hand). Read once it was spent: two
# postscripts under the signature, and "Thank you very much for your attention." right above
# the name; all three read right now (test_mail.py's POSTSCRIPTS and THANKS_LINES).
# holdout16's first run misreads one: by 4 words (62 counted, 58 by hand), a greeting in
# Indonesian ("Selamat pagi Ibu Ratna,") read as body.
MISREAD: set[str] = {"h8-good-06", "h8-good-27", "h11-bad-46", "h16-bad-16"}


@pytest.mark.parametrize("entry", [
    pytest.param(e, marks=pytest.mark.xfail(strict=True, reason="misread body"))
    if e["id"] in MISREAD else e for e in INDEX], ids=[e["id"] for e in INDEX])
def test_the_body_is_told_from_greeting_sign_off_signature_and_quoted_text(entry):
    # The corpus counts each note's body by hand: no greeting, sign-off, signature or quote.
    # (Its count takes a few tokens such as "&" for words; a signature or a quote left in
    # would add far more.)
    mail = read_mail((CORPUS / entry["file"]).read_text(encoding="utf-8"))
    assert abs(mail.words() - entry["words"]) <= max(3, entry["words"] * 0.03)

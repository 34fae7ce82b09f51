"""The etiquette checks: our own hand-written examples (tests/notes) as unit examples, each rule
on notes and on real drafts, severities, and the command line. The measure of the rules is
the real-notes corpus (test_realnotes.py); these examples pin behaviour."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml
from conftest import CANDIDATE, INTERVIEWERS, REPO, ROLE, TODAY, profile, snapshot

from generator.checks import learnt, scanner
from generator.checks.mail import read_mail
from generator.checks.note import Note
from generator.checks.phrasings import CONCERNS
from generator.checks.runner import check
from generator.checks.scanner import find
from generator.checks.tone import tone
from generator.commands.checkrun import check_files
from generator.findings import Finding

EXAMPLES = Path(__file__).parent / "notes"
DAY = date(2026, 11, 20)


def _examples() -> list[tuple[str, Note, set[str], set[str]]]:
    found = []
    for path in sorted(EXAMPLES.glob("*.txt")):
        header, text = path.read_text(encoding="utf-8").split("---\n", 1)
        meta = dict(line.split(":", 1) for line in header.strip().splitlines())
        rules = {key: {r.strip() for r in meta.get(key, "").split(",") if r.strip()}
                 for key in ("expect", "suggest")}
        note = Note(path=path.name, text=text, kind=meta["kind"].strip(),
                    recipient=meta["to"].strip(), hand_written=True)
        found.append((path.name, note, rules["expect"], rules["suggest"]))
    return found


@pytest.mark.parametrize(("name", "note", "problems", "suggestions"), _examples(),
                         ids=[example[0] for example in _examples()])
def test_example_note_gets_exactly_its_problems(name, note, problems, suggestions):
    found = check([note], DAY).findings
    assert {f.rule for f in found if f.is_problem} == problems
    assert suggestions <= {f.rule for f in found if not f.is_problem}


def _one(text: str, kind: str = "thank-you", to: str | None = "Priya Raman",
         **extra: object) -> list[Finding]:
    note = Note(path="note.txt", text=text, kind=kind, recipient=to, hand_written=True,
                **extra)  # type: ignore[arg-type]
    return check([note], DAY).findings


def _said(findings: list[Finding], rule: str) -> list[str]:
    return [f"{f.severity}: {f.message}" for f in findings if f.rule == rule]


# --- tone ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "says"), [
    ("You people are idiots.", "sounds hostile ('You people')"),
    ("Can you tell me what is wrong with my qualifications?",
     "argues with the decision ('what is wrong with my')"),
    ("Your company sucks.", "sounds hostile ('Your company sucks')"),
    ("Thanks for nothing.", "sounds hostile ('Thanks for nothing')"),
    ("Thank you sooo much for the 'time'.",
     "sounds sarcastic ('Thank you sooo much for the 'time'')"),
    ("You have no idea how much I need this job.", "sounds desperate ('how much I need')"),
    ("If I hear nothing, I will go over the recruiter's head.",
     "threatens them ('go over the recruiter's head')"),
    ("I have sent you a gift card; please use it by Friday.",
     "offers a gift ('I have sent you a gift card')"),
    ("I am sure I will get the offer.", "presumes the offer ('I am sure I will get the offer')"),
    ("I look forward to receiving your offer.", "presumes the offer ('receiving your offer')"),
    ("I am confident you will hire me.",
     "presumes the offer ('I am confident you will hire me')"),
    ("I look forward to starting on the team next month.",
     "presumes the offer ('look forward to starting')"),
    ("Did you get my email from Monday?", "sounds impatient ('Did you get my email')"),
    ("I need to hear back from you by Friday.",
     "sets a deadline ('I need to hear back from you by Friday')"),
])
def test_tone_names_what_recruiters_complain_about_and_quotes_it(sentence, says):
    found = _said(_one(f"Hi Priya,\n\n{sentence}\n\nBest,\nJordan\n", "status-check"), "tone")
    assert f"problem: {says}" in found


@pytest.mark.parametrize("sentence", [
    "I would welcome the possibility of working with you and the team.",
    "Our talk about HIPAA audits and CUPED variance reduction stayed with me.",
    "I have recently received another offer, but this role remains my first choice.",
    "I understand you hope to decide by the end of the month.",
    "I have five years of payments experience, and the billing rebuild is work I know.",
    "The IT group and the US team plan releases together.",
])
def test_tone_leaves_what_good_notes_say_alone(sentence):
    assert _said(_one(f"Hi Priya,\n\n{sentence}\n\nBest,\nJordan\n"), "tone") == []


VARIANTS = yaml.safe_load((EXAMPLES / "tone-variants.yaml").read_text(encoding="utf-8"))
LATER = {batch: yaml.safe_load((EXAMPLES / f"tone-variants-{batch}.yaml").read_text(
    encoding="utf-8")) for batch in (2, 3)}
# What each concern's finding says, and the kind of note it is most often found in.
CONCERN_WORDS = {
    "argues": ("argues with the decision", "rejection-reply"),
    "hostile": ("sounds hostile", "rejection-reply"),
    "sarcasm": ("sounds sarcastic", "rejection-reply"),
    "desperate": ("sounds desperate", "thank-you"),
    "threat": ("threatens them", "status-check"),
    "deadline": ("sets a deadline", "status-check"),
    "gift": ("offers a gift", "thank-you"),
    "presumes": ("presumes the offer", "thank-you"),
    "impatient": ("sounds impatient", "status-check"),
    "pushy": ("sounds pushy", "status-check"),
    "excuses": ("excuse|apologises", "thank-you"),
}
KINDS = ("thank-you", "status-check", "rejection-reply")


def _tone_of(sentence: str, kind: str) -> list[str]:
    note = Note(path="n.txt", text="", kind=kind)
    mail = read_mail(f"Hi Priya,\n\n{sentence}\n\nBest,\nJordan\n")
    return [f.message for f in tone(note, mail)]


def _missed(batch: dict[str, list[str]], concern: str) -> list[str]:
    says, kind = CONCERN_WORDS[concern]
    return [s for s in batch[concern] if not any(re.search(says, m) for m in _tone_of(s, kind))]


@pytest.mark.parametrize("concern", sorted(CONCERN_WORDS))
def test_tone_reaches_phrasings_written_apart_from_the_rules(concern):
    # Ways people put each concern, written by us before the rules were reworked (see the
    # file's head). The floor guards what the rules reach; the figure is printed.
    missed = _missed(VARIANTS, concern)
    print(f"{concern}: {len(VARIANTS[concern]) - len(missed)}/{len(VARIANTS[concern])}")
    assert len(VARIANTS[concern]) >= 10
    assert len(VARIANTS[concern]) - len(missed) >= 10, missed


@pytest.mark.parametrize(("batch", "floor"), [(2, 48), (3, 28)])
def test_tone_on_later_batches_of_unseen_phrasings_keeps_its_reach(batch, floor):
    # Batch 3 was never tuned on: its figure (28 of 54 when measured) is the honest reach of
    # the rules; a change that loses ground fails here, one that gains says so in the output.
    # (The learnt tone model was trained on every variant file, this one too: 50 of 54 with
    # it is no measure of the model, only of the rules and model not losing ground.)
    chosen = LATER[batch]
    caught = {concern: len(lines) - len(_missed(chosen, concern))
              for concern, lines in chosen.items()}
    print(f"batch {batch}: {sum(caught.values())}/{sum(map(len, chosen.values()))} {caught}")
    assert sum(caught.values()) >= floor


# One file per spent held-out half: the shapes of sentence the checks missed (or flagged
# wrongly) on it, each said five or more ways by us before any rule changed, with look-alikes
# that must stay clean; each file's head says what it holds and what it measured then, and each
# class says `why`. A miss must now get its finding, a look-alike must not. (tone-variants-14
# holds false alarms found on our own drafts, with their bad cousins.)
SHAPE_FILES = ("holdout2-variants", "holdout3-variants", "holdout4-variants", "holdout5-variants",
               "holdout6-variants", "tone-variants-7", "tone-variants-8", "tone-variants-10",
               "tone-variants-11", "tone-variants-12", "tone-variants-13", "tone-variants-14",
               "tone-variants-15", "tone-variants-16", "tone-variants-17")
# Classes not read yet: strict, so a class that starts passing says so.
NOT_READ_YET = {
    # two of holdout10's five thank-you essays are 216 and 218 words, under the quarter over
    # the limit that makes five paragraphs an essay (the longest good thank-you of the real
    # notes is 208 words in five paragraphs)
    ("tone-variants-10", "an-essay-of-a-thank-you"),
    # (holdout13's two, the learnt model's, are read since it was retrained with holdout13 and
    # our own drafts' sentences as good ones)
    # (holdout14's four are read since checks16: its re-selling shapes, answers revisited one by
    # one and the whole plan handed over; "I'm happy to come in again if that would help your
    # decision.", the learnt model's pushy; "your time is so precious that …")
}
SHAPES = [(name, shape) for name in SHAPE_FILES for shape in yaml.safe_load(
    (EXAMPLES / f"{name}.yaml").read_text(encoding="utf-8"))["classes"]]


def _wrongly_read(shape: dict) -> list[tuple[str, list[str]]]:
    """The lines of a class whose finding is not as the class expects: each line a body
    wrapped as `wrap` says (a greeting and a sign-off by default), or a whole note to someone
    (`{to, note}`)."""
    wrong = []
    for line in shape["lines"]:
        whole = isinstance(line, dict) and "note" in line
        to, text = (line["to"], line["note"]) if whole else (
            shape.get("to", "Priya Raman"),
            shape.get("wrap", "Hi Priya,\n\n{line}\n\nBest,\nJordan\n").format(
                line=line["line"] if isinstance(line, dict) else line))
        # What `--about` says was discussed: the line's, else the class's.
        about = tuple((line.get("about") if isinstance(line, dict) else None)
                      or shape.get("about") or ())
        found = [f for f in _one(text, shape["kind"], to, about=about)
                 if f.is_problem and re.fullmatch(shape["rule"], f.rule)
                 and re.search(shape["says"], f.message)]
        if bool(found) != (shape["expect"] == "problem"):
            wrong.append((text[:60], [f.message for f in found]))
    return wrong


@pytest.mark.parametrize("shape", [
    pytest.param(shape, id=f"{name}:{shape['name']}", marks=pytest.mark.xfail(
        strict=True, reason="not read yet") if (name, shape["name"]) in NOT_READ_YET else ())
    for name, shape in SHAPES])
def test_the_shapes_each_spent_half_missed_or_wrongly_flagged_are_read_in_other_words(shape):
    assert len(shape["lines"]) >= 5 and shape["why"]
    assert _wrongly_read(shape) == []


# Sentences of our own that no phrasing reads, but the learnt model does (learnt.py): each is
# named in the rules' own words and quotes the sentence the model scored highest.
@pytest.mark.parametrize(("kind", "sentence", "says"), [
    # (The model retrained with holdout9 and holdout10 no longer reads "Please respond at
    # your earliest convenience, as I have other interviews lined up." as pushy: 0.70, under
    # its threshold; those halves' good notes ask "at your earliest convenience" politely.)
    ("status-check", "I still have not received so much as an acknowledgement.",
     "sounds impatient"),
    # (Nor "Please let me know when I should come in to sign the paperwork." as presuming:
    # 0.69 since it was retrained, where it was 0.83 before.)
    ("thank-you", "Let me know where to send my bank details.", "presumes the offer"),
    # (Retrained with holdout11, holdout12 and their variants, the model reads calls made
    # every day as pushy, 0.89, where it read them as impatient, 0.86, before; impatient 0.50.)
    ("status-check", "I have called your office every day this week and nobody picks up.",
     "sounds pushy"),
])
def test_learnt_tone_names_what_the_phrasings_miss_and_quotes_the_sentence(kind, sentence,
                                                                          says):
    text = f"Hi Priya,\n\nThank you again for Tuesday.\n\n{sentence}\n\nBest,\nJordan\n"
    found = [f for f in _one(text, kind) if f.rule == "tone"]
    assert [f.message.split(" (")[0] for f in found if f.is_problem][:1] == [says]
    assert sentence[:30] in found[0].message and "Thank you again" not in found[0].message


def test_learnt_tone_reads_its_shipped_weights_in_plain_python():
    # Nothing is trained at run time: the weights ship as JSON and are scored without numpy
    # or scikit-learn (tools/train_tone.py, which needs them, writes the file).
    model = learnt.Model.read(learnt.WEIGHTS.read_text(encoding="utf-8"))
    assert set(model.concerns) == set(learnt.SAYS)
    assert all(cut > 0 for cut in model.cut)  # a threshold above even odds, for every concern
    plain = model.scores("Thank you for your time today.", "thank-you")
    assert all(score < cut for score, cut in zip(plain, model.cut, strict=True))
    script = ("import sys; from generator.checks.learnt import learnt; "
              "learnt(('Please respond at your earliest convenience.',), 'status-check'); "
              "print(sorted({'numpy', 'sklearn'} & set(sys.modules)))")
    shown = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                           check=True, cwd=REPO).stdout
    assert shown.strip() == "[]"


def test_tone_leaves_sentences_that_only_look_like_its_concerns_alone():
    flagged = {s: said for s in VARIANTS["innocent"] for kind in KINDS
               if (said := _tone_of(s, kind))}
    assert len(VARIANTS["innocent"]) >= 50
    assert flagged == {}


def _free_text(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _free_text(item)]
    if isinstance(value, list):
        return [text for item in value for text in _free_text(item)]
    return []


def test_tone_leaves_interview_notes_as_people_jot_them_alone():
    # 405 values of the writing corpus and the six interview folders: what people discussed
    # (donuts sent to a unit, a gift-card policy, urgent care) is no tone of theirs.
    corpus = REPO / "tests" / "corpus"
    values = _free_text(yaml.safe_load((corpus / "values.yaml").read_text(encoding="utf-8")))
    for path in sorted((corpus / "loops").glob("*/*.yaml")):
        values += _free_text(yaml.safe_load(path.read_text(encoding="utf-8")))
    assert len(values) > 600
    note = Note(path="n.txt", text="", kind="thank-you")
    found = {value: [f.message for f in tone(note, read_mail(f"Hi Priya,\n\n{value}\n"))]
             for value in values}
    assert {value: said for value, said in found.items()
            if any("exclamation" not in s and "capitals" not in s for s in said)} == {}


def _one_regex(kind: str | None) -> re.Pattern[str]:
    """The concerns' phrasings as one regex, each concern a named group in a lookahead tried
    at each word's start: how tone read a sentence before the scanner."""
    groups = [f"(?P<c{number}>{'|'.join(concern.phrasings)})"
              for number, concern in enumerate(CONCERNS)
              if kind is None or concern.kinds is None or kind in concern.kinds]
    return re.compile(r"(?<!\w)(?=" + "|".join(groups) + ")")


@pytest.mark.parametrize("kind", [None, "thank-you"])
def test_the_scanner_finds_what_one_regex_of_every_phrasing_finds(kind):
    # The scanner compiles only the phrasings whose needles a sentence holds; on every
    # sentence of the real notes, our example notes and the variant batches, it must find
    # exactly what one regex of them all finds (the concern, where, and how far).
    texts = [path.read_text(encoding="utf-8") for path in [
        *(REPO / "tests/corpus/realnotes/notes").glob("*.txt"), *EXAMPLES.glob("*.txt")]]
    for path in EXAMPLES.glob("*.yaml"):
        texts += [f"Hi Priya,\n\n{line}\n\nBest,\nJo\n"
                  for line in _free_text(yaml.safe_load(path.read_text(encoding="utf-8")))]
    sentences = {s.lower().replace("’", "'") for text in texts for s in read_mail(text).sentences}
    assert len(sentences) > 3000
    whole = _one_regex(kind)
    differ = [s for s in sorted(sentences) if find(s, kind) != [
        (int(m.lastgroup[1:]), *m.span(m.lastgroup)) for m in whole.finditer(s) if m.lastgroup]]
    assert differ == []


def test_the_scanner_works_its_needles_out_again_from_a_damaged_file(tmp_path, monkeypatch):
    monkeypatch.setenv("FOLLOWUP_CACHE", str(tmp_path))
    monkeypatch.setattr(scanner, "_table", functools.cache(scanner._table.__wrapped__))
    kept = tmp_path / "followup" / "tone-needles.json"
    kept.parent.mkdir()
    kept.write_text("{not json", encoding="utf-8")
    assert scanner.find("you people are a joke", None) != []
    assert json.loads(kept.read_text(encoding="utf-8"))["needles"]  # worked out, kept again


def test_two_short_sentences_of_fit_are_not_reselling_but_an_essay_is():
    fit = ("I have led two billing migrations. I believe I could bring the same care to "
           "your event-sourcing work.")
    assert _said(_one(f"Hi Priya,\n\n{fit}\n\nBest,\nJordan\n"), "tone") == []
    essay = (fit + " My experience spans ten years. I am the right person for this. "
             "I bring a proven track record.")
    assert any("re-sells" in m for m in _said(_one(f"Hi Priya,\n\n{essay}\n\nJo\n"), "tone"))


def test_shouting_is_emphasis_in_capitals_and_acronyms_are_not():
    found = _said(_one("Hi Priya,\n\nI need an answer TODAY about the SRE role and SAP.\n\n"
                       "Jordan\n", "status-check"), "tone")
    assert "problem: shouts in capitals ('TODAY')" in found


# --- grammar ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "says"), [
    ("I enjoyed our discussion of What does a typical night shift look like on the unit?, and "
     "the team.", "has a sentence pasted into a sentence"),
    ("Our conversation about I asked how nurses join the daily rounds was useful.",
     "has a clause where a topic belongs"),
    ("I would love to contribute Six years on a cardiac unit.",
     "has a sentence pasted into a sentence"),
    ("I enjoyed your design critique ritual: - weekly crits - a no-laptops rule, and more.",
     "has a list dash inside a sentence"),
    ("I enjoyed what you said on surviving the first 90 days on nights!.",
     "has doubled punctuation"),
    ("I liked hearing what a typical week looks like?, and the tooling.",
     "has a question in the middle of a sentence"),
    ("thx 4 the gr8 interview today.", "writes in texting shorthand"),
])
def test_grammar_catches_sentences_broken_by_filling_a_template(sentence, says):
    found = _said(_one(f"Hi Priya,\n\n{sentence}\n\nBest,\nJordan\n"), "grammar")
    assert any(message.startswith(f"problem: {says}") for message in found), found


def test_grammar_passes_what_is_correct():
    text = ("Hi Priya,\n\nThank you, e.g., for the tour. Dr. Lee asked about the \"why did it "
            "change?\" emails; I think I'm ready. We met Will and the US team.\n\nBest,\nJo\n")
    assert _said(_one(text), "grammar") == []


# --- required --------------------------------------------------------------------------------

@pytest.mark.parametrize("scorn", ["Thanks for nothing.", "Thanks a lot for wasting my afternoon.",
                                   "Thanks ever so much for the 'feedback'.",
                                   "Thanks sooooo much for letting me know.",
                                   "Much appreciated, as always, the speedy reply."])
def test_thanks_said_in_scorn_are_no_thanks(scorn):
    found = _one(f"Hi Priya,\n\n{scorn}\n\nJo\n", "rejection-reply")
    assert "problem: does not thank them" in _said(found, "required")


@pytest.mark.parametrize("ask", ["Are there any updates?", "Could you tell me the further steps?",
                                 "I wondered whether there is any news.",
                                 "When do you expect to reach a decision?",
                                 "A quick update on timing would be welcome.",
                                 "Is the role still open?", "Where do things stand?",
                                 "When can I expect to hear from you?",
                                 "Are you still interviewing?",
                                 "How long might the process take?",
                                 "Is there any movement on the role?",
                                 "Could you share where the search is at?",
                                 "Is my application still under review?",
                                 "Have the interviews wrapped up?",
                                 "I'd love to know how things are progressing.",
                                 "Do you have a sense of when you'll be in touch?"])
def test_a_status_check_asks_however_it_is_phrased(ask):
    text = f"Hi Dana,\n\nI hope you are well. {ask}\n\nBest,\nJordan\n"
    assert _said(_one(text, "status-check", "Dana Lee"), "required") == []


@pytest.mark.parametrize(("body", "said"), [
    ("Just checking in. Hope you had a good weekend?",
     ["problem: asks nothing about where things stand"]),
    ("I'm still keen on the role.", ["problem: asks nothing about where things stand"]),
    # A question or a request in words the rule does not know for the decision: the words
    # are weak evidence, so it is a suggestion to make the ask plain.
    ("Could we have a word about the role before the holidays?",
     ["suggestion: asks something, but not plainly about where things stand"]),
    ("I'd appreciate hearing how the panel got on with the case studies.",
     ["suggestion: asks something, but not plainly about where things stand"]),
    ("Is there any update on the decision?", []),
])
def test_a_status_check_that_asks_nothing_is_a_problem_one_unclear_a_suggestion(body, said):
    found = _one(f"Hi Dana,\n\n{body}\n\nBest,\nJordan\n", "status-check", "Dana Lee")
    assert [line.split(";")[0] for line in _said(found, "required")] == said


def test_a_rejection_reply_without_feedback_request_gets_suggestions_only():
    found = _one("Hi Dana,\n\nThank you for letting me know, and for your time.\n\nBest,\nJo\n",
                 "rejection-reply", "Dana Lee")
    assert _said(found, "required") == ["suggestion: does not ask for feedback",
                                        "suggestion: does not ask to be kept in mind"]


# --- personal --------------------------------------------------------------------------------

def test_a_hand_written_thank_you_must_name_something_specific():
    generic = ("Hi Priya,\n\nThank you for a nice interview. I appreciated the opportunity to "
               "learn about your company and the position. I hope to hear from you soon.\n\n"
               "Best,\nJordan\n")
    assert _said(_one(generic), "personal")[0].startswith(
        "problem: names nothing specific from your conversation")
    specific = generic.replace("I hope", "Your plan to move billing to event sourcing stayed "
                               "with me. I hope")
    assert _said(_one(specific), "personal") == []


def test_about_says_what_was_discussed_and_the_note_must_cite_it():
    text = "Hi Priya,\n\nI enjoyed hearing how your team is rebuilding its churn model.\n\nJo\n"
    assert _said(_one(text, about=("churn model rebuild",)), "personal") == []
    assert _said(_one(text, about=("the on-call rota",)), "personal") == [
        "problem: cites nothing of what you discussed ('the on-call rota')"]


# --- the mail reader ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "greeting", "heading", "sign_off", "words"), [
    # A letter's date and addresses above the greeting are no body.
    ("14 May 2026\n\nPriya Raman\nAcme Robotics\n1 Dock Street\n\nDear Ms. Raman,\n\n"
     "Thank you for the tour.\n\nSincerely,\nJordan Rivera\n",
     "Dear Ms. Raman,", ("14 May 2026", "Priya Raman", "Acme Robotics", "1 Dock Street"),
     "Sincerely,", 5),
    # A closing in any language, on a short line of its own above the name.
    ("Hi Priya,\n\nThank you for the tour.\n\nObrigado e até breve,\nJordan\n",
     "Hi Priya,", (), "Obrigado e até breve,", 5),
    # A first line that only looks like a heading, with no greeting under it, is the body.
    ("Quick question.\n\nIs the role still open?\n\nJordan\n", None, (), None, 7),
])
def test_the_mail_reader_tells_a_heading_and_any_closing_from_the_body(
        text, greeting, heading, sign_off, words):
    mail = read_mail(text)
    assert (mail.greeting, mail.heading, mail.sign_off, mail.words()) == (
        greeting, heading, sign_off, words)


def test_a_greeting_that_runs_on_after_its_comma_leaves_its_sentence_in_lower_case():
    text = "Hi Sam, thanks for letting me know. Good luck with the launch.\n\nMina\n"
    assert read_mail(text).opened_inline
    assert _said(_one(text, "rejection-reply", "Sam Ode"), "grammar") == []
    # One slip among several sentences is worth a look; a note in lower case is careless.
    slip = "Hi Sam,\n\nThanks for the call. it was kind. I hope we meet again.\n\nMina\n"
    assert _said(_one(slip, "rejection-reply", "Sam Ode"), "grammar") == [
        "suggestion: starts a sentence in lower case ('it')"]
    careless = "Hi Sam,\n\nthanks for the call. it was kind. I hope we meet again.\n\nMina\n"
    assert _said(_one(careless, "rejection-reply", "Sam Ode"), "grammar") == [
        "problem: starts sentences in lower case ('thanks')"]


# --- spelling and names ----------------------------------------------------------------------

def test_spelling_knows_accents_names_and_acronyms_and_points_at_the_note():
    text = ("Hi Siobhán,\n\nThank you for the intervew. I sent my résumé after coffee at the "
            "café with Ms. Kowalczyk of Quillstone, and HIPAA came up.\n\nBest,\nOlusegun "
            "Adeyemi\n")
    found = [f for f in _one(text, to="Siobhán Kelly") if f.rule == "proofread"]
    assert [f"{f.severity}: {f.message}" for f in found] == [
        "problem: 'intervew' is misspelt: did you mean 'interview'?",
        "suggestion: names 'Kowalczyk', 'Quillstone', which no dictionary holds (names, "
        "probably)"]
    assert all("yaml" not in f.fix for f in found)
    assert found[0].fix == "correct it in the note"


def test_a_misspelling_in_a_long_note_is_found_however_many_words_are_asked(tmp_path,
                                                                           monkeypatch):
    # The dictionary is asked for a note's words in one batch. Asked one a line, a batch of
    # forty words or more read to Harper as one long sentence, whose readability lint hid
    # every misspelling in it (and the answers were kept). A cache of its own: Harper answers.
    monkeypatch.setenv("FOLLOWUP_CACHE", str(tmp_path))
    words = re.findall(r"\w+", """
        billing ledger payments refunds invoices audits rollout migration schedule vendor
        contract pricing forecast dashboard metrics latency incident review backlog sprint
        roadmap budget hiring onboarding mentoring coaching training support tickets queue
        escalation handover release testing deployment monitoring alerting capacity storage
        network security compliance privacy retention""")
    body = " ".join(f"We talked about {word}." for word in words)
    text = f"Hi Priya,\n\n{body} Thank you for the oportunity.\n\nBest,\nJordan\n"
    assert len(words) >= 40
    assert _said(_one(text), "proofread") == [
        "problem: 'oportunity' is misspelt: did you mean 'opportunity'?"]


def test_a_term_far_from_every_known_word_is_only_a_suggestion():
    found = _said(_one("Hi Priya,\n\nYour nephrology rounds impressed me.\n\nJo\n"),
                  "proofread")
    assert found == ["suggestion: 'nephrology' is not in the dictionary"]


def test_the_sender_named_by_from_or_the_sign_off_passes():
    text = "Hi Priya,\n\nThank you from Zbigniew and me.\n\nBest,\nZbigniew Wróblewski\n"
    assert not [f for f in _one(text) if f.rule == "proofread"]
    assert not [f for f in _one(text.replace("Best,\nZbigniew Wróblewski\n", ""),
                                sender="Zbigniew Wróblewski") if f.rule == "proofread"]


# --- identity --------------------------------------------------------------------------------

@pytest.mark.parametrize(("greeting", "says"), [
    ("To whom it may concern,", "greets no one by name ('To whom it may concern,')"),
    ("Dear Mr. Pritchart,", "greets someone else ('Dear Mr. Pritchart,', not Geoffrey "
                            "Prichard)"),
    (None, "has no greeting naming Geoffrey Prichard"),
])
def test_the_greeting_names_the_person_it_goes_to(greeting, says):
    text = (f"{greeting}\n\n" if greeting else "") + "Thank you for the call.\n\nBest,\nJo\n"
    assert _said(_one(text, to="Geoffrey Prichard"), "identity") == [f"problem: {says}"]


@pytest.mark.parametrize("greeting", ["Dear Mr. Prichard,", "Hi Geoff,", "Hello Geoffrey,"])
def test_a_greeting_by_surname_or_short_name_is_theirs(greeting):
    text = f"{greeting}\n\nThank you for the call.\n\nBest,\nJo\n"
    assert _said(_one(text, to="Geoffrey Prichard"), "identity") == []


def test_a_note_without_blank_lines_is_judged_by_its_greeting_line():
    text = "Hi Marcus,\nThank you, Priya, for today.\nBest,\nJo\n"
    assert _said(_one(text), "identity") == [
        "problem: greets someone else ('Hi Marcus,', not Priya Raman)"]


# --- length ----------------------------------------------------------------------------------

@pytest.mark.parametrize(("words", "severity"), [(250, "suggestion"), (270, "problem")])
def test_over_the_limit_by_less_than_half_is_a_suggestion(words, severity):
    sentences = [" ".join(["billing"] * 10) + "."] * (words // 10)
    body = "\n\n".join(" ".join(sentences[i:i + 10]) for i in range(0, len(sentences), 10))
    found = _said(_one(f"Hi Priya,\n\n{body}\n\nBest,\nJordan Rivera\n+1 555 0100\n"), "length")
    assert found == [f"{severity}: is {words} words; a thank-you reads best under 175"]


@pytest.mark.parametrize(("paragraph", "says"), [
    (" ".join(["We shipped the billing migration on time."] * 18), "a paragraph of 126 words"),
    (" ".join(["we shipped the billing migration, and"] * 12) + " it worked.",
     "a sentence of 74 words that runs on"),
])
def test_a_wall_of_text_is_a_problem_under_the_word_limit(paragraph, says):
    # Under 175 words, but one paragraph or one sentence longer than anyone reads at a glance.
    found = _said(_one(f"Hi Priya,\n\n{paragraph}\n\nBest,\nJordan\n"), "length")
    assert [message for message in found if says in message and "problem" in message], found


def test_a_list_laid_out_on_lines_may_start_its_items_in_lower_case():
    text = "Hi Priya,\n\nWhat I would start on:\n\n- the intake backlog\n- the reports\n\nJo\n"
    assert _said(_one(text), "grammar") == []
    assert _said(_one(text.replace("What", "what")), "grammar") == [
        "problem: starts a sentence in lower case ('what')"]


# --- drafts made from the YAML, and the command line -----------------------------------------

def _check(run, *args):
    result = run("check", "profiles", "--today", TODAY, "--format", "json", *args)
    return result, json.loads(result.stdout)["findings"]


@pytest.mark.parametrize("pack", ["default", "formal", "brief", "es"])
def test_built_in_packs_raise_no_problem_on_the_example(tree, run, pack):
    tree(profile())
    result, findings = _check(run, "--pack", pack, "--strict")
    assert [f for f in findings if f["severity"] == "problem"] == [] and result.exit_code == 0


def test_personal_names_an_interviewer_with_no_discussion_points(tree, run):
    tree(profile({"acme/interviewers.yaml": INTERVIEWERS + "- name: Marcus Webb\n"
                                                          "  email: m@acme.example\n"}))
    result, findings = _check(run, "--strict")
    assert result.exit_code == 1
    assert [(f["rule"], f["severity"], f["message"], f["fix"]) for f in findings] == [(
        "personal", "problem", "cites nothing Marcus Webb talked about",
        "add discussion_points for Marcus Webb in interviewers.yaml")]
    # made in memory and never written: named by its keys, at no path
    assert [(f["path"], f["application"], f["kind"], f["recipient"]) for f in findings] == [
        (None, "acme", "thank-you", "marcus-webb")]


def test_personal_suggests_saying_more_where_a_note_names_only_a_jotted_label(tree, run):
    # "It was great to talk about AAC.": the label you jotted to remember is all the note
    # can say, and only you know what was said; a point with its detail is left alone
    label = "- name: Sione Tupou\n  email: s@acme.example\n  discussion_points: [AAC]\n"
    told = ("- name: Sione Tupou\n  email: s@acme.example\n  discussion_points:\n"
            "    - AAC, a shared core board in every treatment room\n")
    said = []
    for people in (label, told):
        tree(profile({"acme/interviewers.yaml": INTERVIEWERS + people}))
        said.append([(f["severity"], f["message"]) for f in _check(run)[1]
                     if f["rule"] == "personal"])
    assert said == [[("suggestion", "names only 'AAC' of your conversation with Sione Tupou")],
                    []]


# A point's working words (an acronym the role's `dictionary` lists, a term written with a
# capital in the notes) are what the conversation was about, not names: a note that cites the
# point by them cites it. (The formal pack's note to Noreen Castellanos, heldout18w: "… to
# discuss with you what I do if a BI fails." was told it cites none of her points, as "BI"
# in the dictionary was left out of both like a person's name.) The note is edited in OUT, so
# the pack's wording of the day does not matter.
@pytest.mark.parametrize(("point", "dictionary", "sentence"), [
    ("asked what I do if a BI fails. Told her.", ["BI"],
     "I valued the opportunity to discuss with you what I do if a BI fails."),
    ("scope reprocessing, new AER", ["AER"], "I was glad to hear about the new AER."),
    ("FAFSA nights for adult learners", ["FAFSA"],
     "Thank you for telling me about your FAFSA nights."),
    ("the PACU handoff, SBAR every time", ["PACU", "SBAR"],
     "Thank you for walking me through how SBAR works in your unit."),
    ("moving tickets from Cherwell into ServiceNow", ["Cherwell", "ServiceNow"],
     "I enjoyed hearing how the Cherwell tickets will reach ServiceNow."),
    # A unit jotted short is cited as the packs spell it (heldout12w's Spanish note: "12 hr
    # shifts" said as "12-hour shifts").
    ("12 hr shifts, 2-2-3 rotation", [], "Thank you for telling me about the 12-hour shifts."),
])
def test_personal_sees_a_point_cited_by_its_working_words(tree, run, point, dictionary,
                                                           sentence):
    people = ("- name: Noreen Castellanos\n  email: n@acme.example\n  discussion_points:\n"
              f"    - {point}\n")
    role = ROLE + f"dictionary: [{', '.join(dictionary)}]\n"
    said = {}
    for told in (sentence, "Thank you for your time yesterday, and for your openness."):
        root = tree(profile({"acme/interviewers.yaml": people, "acme/role.yaml": role}))
        run("drafts", "profiles", "-o", "out", "--today", TODAY, "-q")
        (root / "out/acme/thank-you/noreen-castellanos.txt").write_text(
            f"Dear Noreen,\n\n{told}\n\nSincerely,\nJordan Rivera\n", encoding="utf-8")
        result = run("check", "out", "--today", TODAY, "--format", "json")
        said[told] = [f["message"] for f in json.loads(result.stdout)["findings"]
                      if f["rule"] == "personal" and f["severity"] == "problem"]
    # cited by its working words; a note that says nothing of it is still told so
    assert list(said.values()) == [[], ["cites none of Noreen Castellanos's discussion points"]]


_SAME_POINT = "".join(f"- name: {name}\n  email: {name[:2].lower()}@acme.example\n"
                      "  discussion_points: [the team]\n"
                      for name in ("Ann Lee", "Bo Kim", "Cy Ng"))


def test_panel_alike_flags_interviewers_whose_only_point_is_the_same(tree, run):
    tree(profile({"acme/interviewers.yaml": _SAME_POINT}))
    _, findings = _check(run)
    alike = [f["message"] for f in findings if f["rule"] == "panel-alike"]
    assert alike == [
        "reads like the note to Ann Lee: the only personal thing in each is the same "
        "('the team')",
        "reads like the note to Ann Lee: the only personal thing in each is the same "
        "('the team')"]


def test_panel_alike_sees_through_rotated_wording(tree, run):
    rotating = ("{% set opener = ['I enjoyed', 'I appreciated', 'It was a pleasure to have'] %}"
                "Hi {{ recipient.salutation }},\n\n{{ opener[recipient.index % 3] }} our "
                "conversation today about the billing platform and its ledger migration.\n\n"
                "Best,  \nJordan\n")
    people = "".join(f"- name: {name}\n  email: {name[:2].lower()}@acme.example\n"
                     f"  discussion_points: [{point}]\n"
                     for name, point in (("Ann Lee", "ledgers"), ("Bo Kim", "billing")))
    tree(profile({"acme/interviewers.yaml": people, "acme/role.yaml": ROLE + "pack: ../../one\n",
                  "../one/pack.yaml": "name: one\nextends: default\n",
                  "../one/thank-you.md.j2": rotating}))
    _, findings = _check(run)
    alike = [f["message"] for f in findings if f["rule"] == "panel-alike"]
    assert len(alike) == 1 and alike[0].startswith("reads like the note to Ann Lee: ")


def test_panel_alike_spares_a_shared_topic_among_points_of_their_own(tree, run):
    people = ("- name: Ann Lee\n  email: a@acme.example\n  discussion_points:\n"
              "    - the ledger migration\n    - how code review works on the team\n"
              "- name: Bo Kim\n  email: b@acme.example\n  discussion_points:\n"
              "    - the ledger migration\n  rapport: we both grew up in Tromsø\n")
    tree(profile({"acme/interviewers.yaml": people}))
    _, findings = _check(run)
    assert [f for f in findings if f["rule"] == "panel-alike"] == []


def test_identity_catches_a_note_that_leaks_another_application(tree, run):
    root = tree(profile({
        "beta/role.yaml": ROLE.replace("Acme Robotics", "Initech"),
        "beta/interviewers.yaml": "- name: Bill Lumbergh\n  email: b@initech.example\n"
                                  "  discussion_points: [TPS reports]\n",
    }))
    run("drafts", "profiles", "-o", "drafts", "--today", TODAY)
    leaked = root / "drafts/beta/thank-you/bill-lumbergh.txt"
    greeting, rest = leaked.read_text().split("\n\n", 1)
    leaked.write_text(f"{greeting}\n\nI also enjoyed my visit to Acme Robotics.\n\n{rest}")
    result = run("check", "drafts", "--today", TODAY, "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert {(f["path"], f["rule"], f["message"]) for f in findings} >= {(
        "drafts/beta/thank-you/bill-lumbergh.txt", "identity",
        "mentions 'Acme Robotics', from the application acme")}


# Drafts from several profiles folders may share one OUT (a coach runs each cohort's folder
# into one). 'tourne' (a chef's cut) is listed under only the second folder's role.yaml
# `dictionary:`; the check of OUT read the last run's folder for every application, so the
# word was called misspelt ('tourney') whenever the first folder ran last.
def _two_profiles_folders(tree) -> Path:
    return tree({
        "one/candidate.yaml": CANDIDATE, "one/acme/role.yaml": ROLE,
        "one/acme/interviewers.yaml": INTERVIEWERS,
        "two/candidate.yaml": CANDIDATE,
        "two/bistro/role.yaml": ROLE.replace("Acme Robotics", "Initech")
        + "dictionary: [tourne]\n",
        "two/bistro/interviewers.yaml": "- name: Bill Lumbergh\n  email: b@initech.example\n"
                                        "  discussion_points: [the tourne cuts on the tasting "
                                        "menu]\n"})


@pytest.mark.parametrize("order", [("one", "two"), ("two", "one")])
def test_check_of_out_reads_each_applications_own_profiles_folder(tree, run, order):
    root = _two_profiles_folders(tree)
    for folder in order:
        assert run("drafts", folder, "-o", "out", "--today", TODAY, "-q").exit_code == 0
    assert "tourne" in (root / "out/bistro/thank-you/bill-lumbergh.txt").read_text()
    result = run("check", "out", "--today", TODAY, "--strict", "--format", "json")
    document = json.loads(result.stdout)
    assert [f["message"] for f in document["findings"] if "tourne" in f["message"]] == []
    assert result.exit_code == 0
    assert "timing" not in document["skipped"]  # every note was read with its own YAML


def test_a_run_from_one_profiles_folder_leaves_another_folders_drafts(tree, run):
    root = _two_profiles_folders(tree)
    for folder in ("one", "two"):
        assert run("drafts", folder, "-o", "out", "--today", TODAY, "-q").exit_code == 0
    before = snapshot(root / "out")
    # the same folder again, nothing changed: nothing is written, and acme (from one/) stays
    assert run("drafts", "two", "-o", "out", "--today", TODAY, "-q").exit_code == 0
    assert snapshot(root / "out") == before


def test_check_of_out_written_before_applications_named_their_source(tree, run):
    # Such an OUT names one profiles folder, the last run's, for all: read as it was then. A
    # run from another folder writes into each manifest it leaves the folder that one meant.
    root = _two_profiles_folders(tree)
    for folder in ("one", "two"):
        assert run("drafts", folder, "-o", "out", "--today", TODAY, "-q").exit_code == 0
    for name in ("acme", "bistro"):
        manifest = root / "out" / name / "manifest.json"
        data = json.loads(manifest.read_text())
        del data["source"]
        manifest.write_text(json.dumps(data))
    for again in (None, "one", "two"):
        if again:
            assert run("drafts", again, "-o", "out", "--today", TODAY, "-q").exit_code == 0
        result = run("check", "out", "--today", TODAY, "--strict", "--format", "json")
        document = json.loads(result.stdout)
        assert result.exit_code == 0 and document["checked"] == 7
        assert [f["message"] for f in document["findings"] if "tourne" in f["message"]] == []
        if again == "one":  # it left bistro, and the index now names one/
            bistro = json.loads((root / "out/bistro/manifest.json").read_text())
            assert bistro["source"] == {"profiles": "../two", "pack": None}
    assert (root / "out/acme/thank-you").is_dir()  # a run from two/ no longer takes it for its own


def test_a_late_thank_you_is_a_suggestion_and_does_not_fail_strict(tree, run):
    tree(profile())
    result, findings = _check(run, "--today", "2026-11-25", "--strict")
    timing = [f for f in findings if f["rule"] == "timing"]
    assert timing and {f["severity"] for f in timing} == {"suggestion"}
    assert timing[0]["message"] == "is past its 24 hours (due 2026-11-21)"
    assert result.exit_code == 0


def test_checks_can_be_turned_off_or_lowered_per_pack_role_and_person(tree, run):
    bad = INTERVIEWERS + "- name: Marcus Webb\n  email: m@acme.example\n"
    tree(profile({"acme/interviewers.yaml": bad}))
    assert _check(run, "--strict")[0].exit_code == 1
    tree(profile({"acme/interviewers.yaml": bad + "  checks: {personal: false}\n"}))
    assert _check(run)[1] == []
    tree(profile({"acme/interviewers.yaml": bad,
                  "acme/role.yaml": ROLE + "checks: {personal: suggestion}\n"}))
    result, findings = _check(run, "--strict")
    assert [f["severity"] for f in findings] == ["suggestion"] and result.exit_code == 0
    tree(profile({"acme/interviewers.yaml": bad,
                  "acme/role.yaml": ROLE + "pack: ../../quiet\n",
                  "../quiet/pack.yaml": "name: quiet\nextends: default\n"
                                        "checks: {personal: false}\n"}))
    assert _check(run)[1] == []


def test_a_wrong_check_setting_names_the_choices(tree, run):
    tree(profile({"acme/role.yaml": ROLE + "checks: {tone: maybe}\n"}))
    result = run("check", "profiles", "--today", TODAY)
    assert result.exit_code == 1
    assert ("profiles/acme/role.yaml:7: checks.tone: 'maybe' is not allowed; use true, false, "
            "problem or suggestion") in result.output


def test_drafts_reports_findings_and_check_reads_hand_edits(tree, run):
    root = tree(profile())
    result = run("drafts", "profiles", "-o", "drafts", "--today", TODAY)
    assert "the checks found nothing" in result.output
    note = root / "drafts/acme/thank-you/priya-raman.txt"
    lines = note.read_text().splitlines()
    signed = lines.index("Jordan Rivera") - 1  # the sign-off, whichever the note chose
    lines.insert(signed, "I look forward to working with you!!!\n")
    note.write_text("\n".join(lines) + "\n")
    result = run("check", "drafts", "--today", TODAY, "--strict")
    assert result.exit_code == 1
    assert ("drafts/acme/thank-you/priya-raman.txt: tone (problem): presumes the offer ('look "
            "forward to working with'); speak of the job as a hope, not a given") in result.output
    assert result.output.rstrip().endswith("notes checked: 2 problems.")


def test_a_hand_written_note_is_checked_with_what_the_user_says_of_it(tree, run):
    tree({"note.txt": "Hi Priya,\n\nThanks for the interveiw. Sorry I was so nervous!!\n\n"
                      "Best,\nJordan\n"})
    result = run("check", "note.txt", "--kind", "thank-you", "--to", "Priya Raman",
                 "--about", "event sourcing")
    assert result.exit_code == 0  # findings only fail with --strict
    assert ("note.txt: proofread (problem): 'interveiw' is misspelt: did you mean 'interview'?; "
            "correct it in the note") in result.output
    assert ("note.txt: personal (problem): cites nothing of what you discussed ('event "
            "sourcing')") in result.output
    assert "skipped timing: needs the YAML the note was made from" in result.output
    assert run("check", "note.txt", "--kind", "thank-you", "--strict").exit_code == 1


def test_json_is_one_document_on_stdout_with_severities(tree, run):
    tree(profile({"acme/interviewers.yaml": INTERVIEWERS + "- name: Marcus Webb\n"
                                                          "  email: m@acme.example\n"}))
    result = run("check", "profiles", "--format", "json", "--today", "2026-11-25")
    document = json.loads(result.stdout)
    assert set(document) == {"checked", "findings", "skipped"}
    assert {f["severity"] for f in document["findings"]} == {"problem", "suggestion"}


def test_the_review_page_shows_each_findings_severity(tree, run):
    tree(profile({"acme/interviewers.yaml": INTERVIEWERS + "- name: Marcus Webb\n"
                                                          "  email: m@acme.example\n"}))
    assert run("drafts", "profiles", "-o", "out", "--today", "2026-11-25").exit_code == 0
    page = Path("out/index.html").read_text(encoding="utf-8")
    assert ('<li class="problem"><span class="severity">problem</span> <strong>personal'
            '</strong>: cites nothing Marcus Webb talked about') in page
    assert '<li class="suggestion"><span class="severity">suggestion</span> <strong>timing' in (
        page)
    assert 'name="problems"' in page


def test_findings_kept_from_an_earlier_run_keep_their_severity(tree, run):
    tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", "2026-11-25")
    again = run("drafts", "profiles", "-o", "out", "--today", "2026-11-25")
    assert "timing (suggestion): is past its 24 hours" in again.output


LOOPS = REPO / "tests" / "corpus" / "loops"


@pytest.mark.parametrize("pack", ["default", "formal", "brief", "es"])
def test_built_in_packs_pass_strict_on_the_writing_corpus(run, pack, monkeypatch, tmp_path):
    # The interview folders of the writing issue, as people jot their notes. Two findings are
    # that issue's own: the Spanish folder in an English pack mixes languages (its Spanish
    # words are then no English), and a name whose given name cannot be told, with no
    # salutation, is greeted in full with a problem asking for one (Beatriz Santos Oliveira).
    monkeypatch.chdir(tmp_path)
    result = run("check", str(LOOPS), "--pack", pack, "--today", "2026-11-10", "--format",
                 "json")
    findings = json.loads(result.stdout)["findings"]
    problems = [f for f in findings if f["severity"] == "problem"
                and not (pack != "es" and f["application"] == "compras")
                and not f["message"].endswith("which part is the given name cannot be told "
                                              "from it")]
    assert problems == []


@pytest.mark.parametrize("title", ["Library Media Specialist", "Clinic Director (Lakewood)",
                                   "Branch Manager, Westgate", "Head of Media Relations"])
def test_a_status_check_naming_a_title_of_authority_is_no_threat(tree, run, title):
    # Drafted by our own packs: "I'm writing about my interviews for the Branch Manager,
    # Westgate role" names the job, not someone the candidate will go over their head to.
    role = ROLE.replace("title: Backend Engineer", f"title: {title}") + (
        "decision_expected: 2026-11-24\n")
    tree(profile({"acme/role.yaml": role}))
    result = run("check", "profiles", "--today", "2026-12-02", "--kind", "status-check",
                 "--strict", "--format", "json")
    findings = json.loads(result.stdout)["findings"]
    assert not [f for f in findings if f["rule"] == "tone"], findings


def test_their_words_quoted_in_a_note_are_not_its_tone(tmp_path):
    note = tmp_path / "note.txt"
    note.write_text("Hi Ryan,\n\nThank you for meeting with me today. I asked how you want to "
                    "hear about problems, and your answer has stayed with me: “If I have to open "
                    "it to know it's urgent, it isn't.”\n\nBest regards,\nTeo\n", encoding="utf-8")
    report = check_files([note], "thank-you", "Ryan Castellanos", date(2026, 11, 10))
    assert not [f for f in report.findings if f.rule == "tone"], report.findings


def test_a_value_that_is_only_a_name_passes_spelling_however_a_draft_cases_it(tree, run):
    # "rapport: Steelers" (a team both follow) was drafted as "we're both steelers" and
    # called a misspelling of "stealers" (our own drafts, issue 18's note).
    tree(profile({"acme/interviewers.yaml": INTERVIEWERS + "- name: Marcus Webb\n"
                  "  email: m@acme.example\n  discussion_points:\n    - total loss or repair\n"
                  "  rapport: Steelers\n"}))
    _, findings = _check(run)
    assert [f["message"] for f in findings if f["rule"] == "proofread"
            and "teelers" in f["message"]] == []


def test_a_language_spoken_a_clipped_term_a_quoted_motto_and_a_compound_pass_on_drafts(tree,
                                                                                       run):
    # Our own drafts' false alarms (issue 18's note, holdout12's round): "speak Spanish to the
    # box office manager" read as a threat, "regen" called a misspelling of "regent", a motto
    # quoted in Spanish called misspelt, and "tie-ins" checked in halves ("ins").
    tree(profile({"acme/interviewers.yaml": INTERVIEWERS + (
        "- name: Luis Echeverría\n  email: luis@acme.example\n  discussion_points:\n"
        "    - the quick-change plot\n"
        "  rapport: He heard me speak Spanish to the box office manager.\n"
        "- name: Siobhán Walsh\n  email: siobhan@acme.example\n  discussion_points:\n"
        "    - spring regen surveys\n"
        "- name: Dale Brandt\n  email: dale@acme.example\n  discussion_points:\n"
        "    - 1104 on the tie-ins\n"
        "- name: Efraín Morales\n  email: efrain@acme.example\n  discussion_points:\n"
        "    - '\"La gente quiere saber que alguien los escucha.\" The crew wants to know "
        "somebody listens.'\n")}))
    _, findings = _check(run)
    theirs = [f for f in findings if f.get("recipient") in (
        "luis-echeverria", "siobhan-walsh", "dale-brandt", "efrain-morales")]
    assert [f["message"] for f in theirs if f["severity"] == "problem"] == []
    assert [f["message"] for f in theirs if "'ins'" in f["message"]] == []

"""A note read as a mail: greeting, body, sign-off, signature and quoted text told apart."""

from __future__ import annotations

import pytest

from generator.checks.mail import read_mail, sentences


def test_greeting_body_sign_off_and_signature_are_told_apart():
    mail = read_mail("Hi Priya,\n\nThank you for today.\n\nI enjoyed the talk on billing.\n\n"
                     "Best regards,\nJordan Rivera\nBackend Engineer\n+1 555 0100\n"
                     "linkedin.com/in/jordan\n")
    assert mail.greeting == "Hi Priya,"
    assert mail.body == ("Thank you for today.", "I enjoyed the talk on billing.")
    assert mail.sign_off == "Best regards,"
    assert mail.signature == ("Jordan Rivera", "Backend Engineer", "+1 555 0100",
                              "linkedin.com/in/jordan")
    assert mail.sender == "Jordan Rivera"
    assert mail.words() == 10


def test_the_signature_never_counts_as_words_or_paragraphs():
    body = " ".join(["word"] * 116)
    text = (f"Dear Ms. Tanaka,\n\n{body}\n\nKind regards,\nArjun Mehta\nPayroll Specialist\n"
            "+1 (312) 555-0192\narjun@example.com\n")
    mail = read_mail(text)
    assert mail.words() == 116 and len(mail.body) == 1


@pytest.mark.parametrize("quote", [
    "> On Monday, Wen wrote:\n> We expect to decide within a week.\n> Wen\n",
    "On Tue, Nov 18, 2026 at 3:47 PM Beatriz Fonseca <b@example.com> wrote:\nDear Ahmed,\n\n"
    "We have decided to move forward with another candidate.\n",
    "On Tue, Nov 18, 2026 at 3:47 PM Beatriz Fonseca\n<b@example.com> wrote:\nHi,\nNo.\n",
    "-----Original Message-----\nFrom: Wen\nSent: Monday\nSubject: hello\n\nWe will decide.\n",
    "From: Wen Zhao <wen@example.com>\nSent: Thursday, November 6, 2026 4:40 PM\n"
    "Subject: Thank you\n\nThanks for coming in.\n",
])
def test_a_quoted_earlier_message_is_left_out(quote):
    mail = read_mail(f"Hi Wen,\n\nAny news on the timeline?\n\nThanks,\nBongani\n\n{quote}")
    assert mail.body == ("Any news on the timeline?",)
    assert mail.signature == ("Bongani",) and mail.quoted


def test_a_note_without_blank_lines_still_has_its_greeting_on_its_own():
    mail = read_mail("Hi Marcus,\nThank you for meeting Priya and me today.\nBest,\nJordan\n")
    assert mail.greeting == "Hi Marcus,"
    assert mail.body == ("Thank you for meeting Priya and me today.",)
    assert mail.sender == "Jordan"


@pytest.mark.parametrize(("text", "greeting", "body"), [
    ("To whom it may concern,\n\nThanks.\n", "To whom it may concern,", ("Thanks.",)),
    ("Ms. Brennan,\n\nI called twice.\n", "Ms. Brennan,", ("I called twice.",)),
    ("Hola, Priya:\n\nGracias.\n", "Hola, Priya:", ("Gracias.",)),
    ("Hi Dana, just following up.\n\nBest,\nJo\n", "Hi Dana,", ("just following up.",)),
    ("You're all complete clowns.\n\nRick\n", None, ("You're all complete clowns.",)),
])
def test_greeting_lines_as_people_write_them(text, greeting, body):
    mail = read_mail(text)
    assert (mail.greeting, mail.body) == (greeting, body)


@pytest.mark.parametrize(("ending", "sign_off", "sender"), [
    ("Thanks, Jordan", "Thanks, Jordan", "Jordan"),
    ("With warm regards and sincere thanks,\nGregory Whitman", "With warm regards and "
     "sincere thanks,", "Gregory Whitman"),
    ("Hugo Lefebvre", None, "Hugo Lefebvre"),
    ("Un cordial saludo,\nJordan Rivera", "Un cordial saludo,", "Jordan Rivera"),
])
def test_sign_offs_and_signatures_as_people_write_them(ending, sign_off, sender):
    mail = read_mail(f"Hi Dana,\n\nThank you for the call about the role.\n\n{ending}\n")
    assert mail.body == ("Thank you for the call about the role.",)
    assert (mail.sign_off, mail.sender) == (sign_off, sender)


def test_a_closing_sentence_is_body_not_a_sign_off():
    mail = read_mail("Hi Dana,\n\nThanks, and I look forward to hearing from you about the "
                     "next steps.\n\nJordan\n")
    assert mail.body == ("Thanks, and I look forward to hearing from you about the next steps.",)


def test_sentences_split_at_their_ends_only():
    assert sentences('Dr. Lee asked about the "why did it change?" emails. Then we left! Ok?') == [
        'Dr. Lee asked about the "why did it change?" emails.', "Then we left!", "Ok?"]

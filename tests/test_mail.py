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


# Shapes the reader misread on notes it had never seen (the real notes' holdout2: a sign-off
# and a name on one line, "Sent from my iPhone", a greeting running on into the body, a
# closing sentence above the name), each with variants of our own, written before the reader
# was changed. Of their 40 cases, the reader as it stood read 15 right (footers under a
# sign-off or a name, mostly); it was then generalised.
SIGNED_ON_ONE_LINE = [
    "Thank you for your help, Bjørn Haugen",
    "Thanks for your time, Aoife Ní Bhriain",
    "With many thanks, Tomasz Zieliński",
    "Best wishes from Leeds, Hannah Cole",
    "Thanks so much for the update, Rui Costa",
    "Warm regards to the whole team, Imani Okoro",
]
FOOTERS = [
    "Sent from my iPhone",
    "Sent from Outlook for Android",
    "Get Outlook for iOS",
    "Sent from my Galaxy",
    "Sent from Yahoo Mail for iPhone",
    "Please excuse any typos, sent from my phone",
    "Enviado desde mi iPhone",
]
CLOSING_SENTENCES = [
    "Looking forward to hearing from you soon,",
    "Thank you for your help,",
    "Hope to hear from you soon,",
    "Thanks again for your time and advice,",
    "Looking forward to the next steps,",
    "With appreciation for your time,",
]


@pytest.mark.parametrize("ending", SIGNED_ON_ONE_LINE)
def test_a_sign_off_and_name_on_one_line_are_no_body(ending):
    mail = read_mail(f"Dear Grace,\n\nCould you tell me whether the timeline has changed?\n\n"
                     f"{ending}\n")
    assert mail.body == ("Could you tell me whether the timeline has changed?",)
    assert mail.sender == ending.rsplit(", ", 1)[1]


@pytest.mark.parametrize("footer", FOOTERS)
@pytest.mark.parametrize("ending", ["\n\nBest,\nKelsey Moran\n", "\n\nKelsey Moran\n", "\n"])
def test_a_phone_or_mail_client_footer_is_no_body(footer, ending):
    mail = read_mail(f"Hi Trent,\n\nThank you for meeting me this afternoon.{ending}{footer}\n")
    assert mail.body == ("Thank you for meeting me this afternoon.",)
    assert mail.footer == (footer,) and mail.words() == 7


@pytest.mark.parametrize("closing", CLOSING_SENTENCES)
def test_a_closing_sentence_above_the_name_is_the_sign_off(closing):
    mail = read_mail(f"Hi Declan,\n\nI enjoyed hearing about the client portfolio.\n\n"
                     f"{closing}\nSasha Petrov\n")
    assert mail.body == ("I enjoyed hearing about the client portfolio.",)
    assert (mail.sign_off, mail.sender) == (closing, "Sasha Petrov")


@pytest.mark.parametrize(("text", "greeting", "first"), [
    ("hey linda thx 4 the mtg 2day!! was gr8 chatting bout the role.\n\ntyrese\n", "hey linda",
     "thx 4 the mtg 2day!!"),
    ("hi marco thanks for the call, it was great to hear about the depot.\n\nsam\n", "hi marco",
     "thanks for the call,"),
    ("Hello Dr. Osei thank you for the tour today!\n\nBest,\nAmara\n", "Hello Dr. Osei",
     "thank you for the tour today!"),
    ("Hi Priya just checking in on the analyst role, any news?\n\nJo\n", "Hi Priya",
     "just checking in"),
    ("Good morning Jane thanks again for Tuesday. I enjoyed it.\n\nTom\n", "Good morning Jane",
     "thanks again for Tuesday."),
    ("hey thanks for the chat today! looking forward to next steps\n\nkim\n", "hey",
     "thanks for the chat today!"),
])
def test_a_greeting_running_on_into_the_body_is_only_the_greeting_and_name(text, greeting,
                                                                            first):
    mail = read_mail(text)
    assert mail.greeting == greeting
    assert mail.body[0].startswith(first)


def test_a_one_line_note_is_all_body():
    mail = read_mail("Let me know if you need anything else from me. Thanks\n\n"
                     "Sent from my iPhone\n")
    assert mail.body == ("Let me know if you need anything else from me. Thanks",)
    assert mail.words() == 11 and mail.greeting is None


# Shapes holdout3 showed, and their cousins, written before the reader learned them: a
# greeting "To the …:" that names a role, list marks that are no words, more phone and
# mail-client footers (after a "--" line too), a sign-off and name on one line after a list.
ADDRESSED = ["To the Hiring Manager:", "To the hiring team,", "To Ms. Alvarez:",
             "Attn: Recruitment Team", "Attention: Hiring Committee,", "To all concerned,"]


@pytest.mark.parametrize("greeting", ADDRESSED)
def test_a_greeting_addressed_to_a_role_or_a_team_is_the_greeting(greeting):
    mail = read_mail(f"{greeting}\n\nI interviewed for the fitter post on 4 June.\n\n"
                     "Ravi Menon\n")
    assert mail.greeting == greeting
    assert mail.body == ("I interviewed for the fitter post on 4 June.",)
    assert mail.words() == 9


@pytest.mark.parametrize("marks", [("1.", "2.", "3."), ("1)", "2)", "3)"), ("-", "-", "-"),
                                   ("•", "•", "•"), ("a)", "b)", "c)"), ("*", "*", "*"),
                                   ("(1)", "(2)", "(3)"), ("i.", "ii.", "iii.")])
def test_list_marks_are_no_words_and_each_item_is_a_sentence(marks):
    items = ("Which answers were weakest?", "Was my portfolio enough?", "Who was appointed?")
    listed = "\n".join(f"{mark} {item}" for mark, item in zip(marks, items, strict=True))
    mail = read_mail(f"Dear Ms. Hale,\n\nPlease answer these:\n\n{listed}\n\nThanks,\nIvo\n")
    assert mail.words() == 3 + 4 + 4 + 3
    assert mail.sentences == ("Please answer these:", *items)


@pytest.mark.parametrize("footer", [
    "Sent from Outlook", "Sent from Mail for Windows", "Sent with Proton Mail secure email.",
    "Sent from my Samsung Galaxy smartphone.", "--\nSent from my iPad",
    "Get Outlook for Android", "Sent from my BlackBerry 10 smartphone.",
    "Sent from my phone, so please excuse the brevity."])
def test_more_mail_client_footers_are_no_body(footer):
    mail = read_mail(f"Hi Trent,\n\nThank you for meeting me this afternoon.\n\nBest,\n"
                     f"Kelsey Moran\n\n{footer}\n")
    assert mail.body == ("Thank you for meeting me this afternoon.",)
    assert mail.sender == "Kelsey Moran" and mail.words() == 7


@pytest.mark.parametrize(("text", "body"), [
    ("Any news on the analyst role? Thanks, Jo\n", "Any news on the analyst role?"),
    ("Hi Sam - any update on the role? Cheers, Mo\n", "any update on the role?"),
    ("Dear Ms. Lund: thank you for the call today. Best regards, Ana Silva\n",
     "thank you for the call today."),
    ("Thanks for the chat today!\n\nSent from my iPhone\n", "Thanks for the chat today!"),
    ("Hello Ms. Kaur, just checking whether a decision has been made.\n-- Lee\n",
     "just checking whether a decision has been made."),
])
def test_a_one_line_note_keeps_only_its_body(text, body):
    assert read_mail(text).body == (body,)


# Cousins of the shapes above, written for holdout4's round before the reader was changed (no
# body of holdout4 was misread): of twelve, the reader read nine right; these three it
# misread (a sign-off and a name joined by a dash, a sign-off, name and phone on one line set
# off by bars, a one-line note that ends with the name alone). It was then generalised.
@pytest.mark.parametrize(("ending", "sender"), [
    ("Best - Kelsey", "Kelsey"), ("Thanks – Kelsey Moran", "Kelsey Moran"),
    ("Regards — K. Moran", "K. Moran"), ("Thanks, Kelsey Moran | 555-0139", "Kelsey Moran"),
    ("Best, Kelsey Moran | kelsey@example.com | (612) 555-0139", "Kelsey Moran"),
    ("Cheers, Kelsey · linkedin.com/in/kmoran", "Kelsey")])
def test_a_sign_off_with_a_dash_or_contact_details_on_its_line_is_no_body(ending, sender):
    mail = read_mail(f"Hi Trent,\n\nThank you for meeting me this afternoon.\n\n{ending}\n")
    assert mail.body == ("Thank you for meeting me this afternoon.",)
    assert mail.sender == sender and mail.words() == 7


@pytest.mark.parametrize(("text", "body"), [
    ("Thank you for meeting me this afternoon. Kelsey\n",
     "Thank you for meeting me this afternoon."),
    ("Any news on the fitter post? Ravi Menon\n", "Any news on the fitter post?"),
    ("Thanks again for the tour! Zoë\n\nSent from my iPhone\n", "Thanks again for the tour!"),
])
def test_a_one_line_note_that_ends_with_the_name_alone_keeps_only_its_body(text, body):
    assert read_mail(text).body == (body,)



# Holdout12's two misread bodies (spent): a closing line of nine words or more above the name
# and its contact lines ("With kind regards and wishes of a nice day,"), and a letter's closing
# formula of the French kind put in English ("Please accept, Madam, the expression of my
# distinguished greetings,"). Variants of our own, written before the reader was changed: of
# the six, it read none as the sign-off.
LONG_CLOSINGS = [
    "With kind regards and wishes of a pleasant weekend,",
    "With my best regards and many thanks for your patience,",
    "Please accept, Sir, the assurance of my highest consideration,",
    "Please accept my sincere greetings and best wishes for the season,",
    "I remain, with respectful greetings and many thanks for your time,",
    "With warm regards from all of us at the Porto office,",
]


@pytest.mark.parametrize("closing", LONG_CLOSINGS)
def test_a_long_closing_line_above_the_name_is_the_sign_off(closing):
    mail = read_mail(f"Dear Ms. Hale,\n\nThank you for the interview on Monday.\n\n{closing}\n"
                     "Tereza Novak\nphone: +420 604 000 111\nemail: tereza@example.com\n")
    assert mail.body == ("Thank you for the interview on Monday.",)
    assert (mail.sign_off, mail.sender) == (closing, "Tereza Novak")


def test_a_last_sentence_that_mentions_regards_is_still_body():
    # Its cousin: a sentence of the body that ends the note and names regards, no name under it.
    mail = read_mail("Dear Ms. Hale,\n\nThank you for Monday.\n\nPlease pass my regards to "
                     "the rest of the panel, who made the morning so easy.\n")
    assert mail.words() == 20


# holdout13's misread body (h13-bad-38): a greeting that opens "To" and a title before the
# name and their role after it was read as body. Variants of our own; none read before.
TO_A_TITLED_NAME = [
    "To Ms. Okafor, Head of People,",
    "To Mr. Lindqvist, Hiring Manager:",
    "To Dr. Reyes, Clinical Director,",
    "To Mrs. Anand, HR Manager,",
    "To Prof. Weber, Chair of the Search Committee,",
]


@pytest.mark.parametrize("greeting", TO_A_TITLED_NAME)
def test_to_a_titled_name_and_role_is_a_greeting(greeting):
    mail = read_mail(f"{greeting}\n\nThank you for the interview on Monday.\n\nBest regards,\n"
                     "Tereza Novak\n")
    assert (mail.greeting, mail.body) == (greeting, ("Thank you for the interview on Monday.",))


def test_a_sentence_to_a_titled_name_is_still_body():
    # Its cousin: a sentence that starts "To Ms. …" and goes on is the body's.
    mail = read_mail("Dear Ms. Hale,\n\nTo Ms. Hale and the panel, thank you for a warm and "
                     "useful morning.\n\nBest,\nTereza\n")
    assert mail.greeting == "Dear Ms. Hale,"


# holdout14's two misread bodies (spent): an addressee's block (company, department, then their
# titled name) opening a letter in place of a greeting, as Japanese business mail does, was
# counted as body; and a letter's closing formula ending in a full stop ("Please accept,
# Madame, my respectful greetings.") above the name was too. Variants of our own, written
# before the reader was changed.
ADDRESSEE_BLOCKS = [
    ("Lumen Dental Group\nHuman Resources\nMs. Carla Ortiz", "Ms. Carla Ortiz"),
    ("Hoshino Logistics K.K.\nGeneral Affairs Department\nMr. Taro Hoshino", "Mr. Taro Hoshino"),
    ("Northfield Hospital\nDepartment of Radiology\nDr. Amara Okafor", "Dr. Amara Okafor"),
    ("Mr. Lars Eriksen\nHead of Operations\nFjord Shipping AS", "Mr. Lars Eriksen"),
    ("Blue Heron Press, Ltd.\nMs. Ines Duarte", "Ms. Ines Duarte"),
]


@pytest.mark.parametrize(("block", "greeting"), ADDRESSEE_BLOCKS)
def test_an_addressee_block_above_the_body_is_its_greeting(block, greeting):
    mail = read_mail(f"{block}\n\nThank you for the interview on Monday. I enjoyed it.\n\n"
                     "Tereza Novak\ntereza@example.com\n")
    assert (mail.greeting, mail.words()) == (greeting, 10)


def test_a_block_without_a_titled_name_is_no_greeting():
    # Its cousins: the writer's own letterhead, or a company and a department, name no one.
    for block in ("Tereza Novak\n12 Elm Street, Leeds\ntereza@example.com",
                  "Lumen Dental Group\nHuman Resources"):
        mail = read_mail(f"{block}\n\nThank you for the interview on Monday.\n\nTereza Novak\n")
        assert mail.greeting is None


CLOSING_FORMULAS = [
    "Please accept, Madame, my respectful greetings.",
    "Please accept, Sir, the expression of my best regards.",
    "Kindly accept my sincere greetings.",
    "I remain, with respectful greetings, yours faithfully.",
    "Please receive my most cordial regards.",
]


@pytest.mark.parametrize("closing", CLOSING_FORMULAS)
def test_a_closing_formula_ending_in_a_full_stop_above_the_name_is_the_sign_off(closing):
    mail = read_mail(f"Dear Ms. Hale,\n\nThank you for the interview on Monday.\n\n{closing}\n"
                     "Tereza Novak\n")
    assert (mail.body, mail.sender) == (("Thank you for the interview on Monday.",),
                                        "Tereza Novak")


def test_a_last_sentence_with_greetings_in_it_is_still_body():
    # Its cousin: a sentence of the body above the name that sends greetings and says more.
    mail = read_mail("Dear Ms. Hale,\n\nThank you for Monday.\n\nPlease accept my greetings "
                     "to the whole panel, who made the morning so easy for me.\nTereza\n")
    assert mail.words() == 20


# holdout15's misread bodies (spent): a postscript under the signature ("P.S. Thank you for
# offering to cover the trip …") is the note's words, which the hand count keeps and the
# reader left in the signature; and a line of thanks for their attention ending in a full stop
# right above the name, the sign-off the hand count leaves out. Variants of our own, written
# once the reader was changed, and run on the reader before it: it read none of them right.
POSTSCRIPTS = [
    ("Best regards,\nTereza Novak\n\nP.S. I have attached the receipts for the trip.\n",
     "I have attached the receipts for the trip."),
    ("Tereza Novak\n\nPS: The portfolio link is in my signature below.\n",
     "The portfolio link is in my signature below."),
    ("Kind regards,\nTereza Novak\n+420 604 000 111\n\nP.S. Good luck with the move on Friday.\n",
     "Good luck with the move on Friday."),
    ("Thanks,\nTereza\n\nPS - I found the article on tidal models I mentioned.\n",
     "I found the article on tidal models I mentioned."),
    ("Sincerely,\nTereza Novak\n\nP.P.S. My notice period is four weeks.\n",
     "My notice period is four weeks."),
]


@pytest.mark.parametrize(("ending", "postscript"), POSTSCRIPTS)
def test_a_postscript_under_the_signature_is_body_without_its_mark(ending, postscript):
    mail = read_mail(f"Dear Ms. Hale,\n\nThank you for the interview on Monday.\n\n{ending}")
    assert mail.body == ("Thank you for the interview on Monday.", postscript)
    assert mail.sender in ("Tereza Novak", "Tereza")


def test_a_paragraph_that_starts_with_ps_letters_is_no_postscript():
    # Its cousins: a body that opens "PS5 …", and a PS with no signature above it.
    mail = read_mail("Dear Ms. Hale,\n\nPS5 games are what I test.\n\nBest,\nTereza\n")
    assert mail.body == ("PS5 games are what I test.",)
    mail = read_mail("Dear Ms. Hale,\n\nThank you for Monday.\n\nP.S. Good luck with the move.\n")
    assert mail.words() == 10


THANKS_LINES = [
    "Thank you very much for your attention.",
    "Thank you for your time.",
    "Many thanks for your consideration.",
    "Thanks again for your help.",
    "Thank you kindly for your patience.",
]


@pytest.mark.parametrize("thanks", THANKS_LINES)
def test_thanks_for_their_attention_right_above_the_name_is_the_sign_off(thanks):
    mail = read_mail(f"Dear Ms. Hale,\n\nThank you for the interview on Monday.\n\n{thanks}\n"
                     "Tereza Novak\n")
    assert (mail.body, mail.sign_off) == (("Thank you for the interview on Monday.",), thanks)


def test_thanks_with_a_blank_line_before_the_name_stays_body():
    # Its cousin: thanks in a paragraph of the body, the name apart under a blank line.
    mail = read_mail("Dear Ms. Hale,\n\nThank you for Monday.\n\nThank you for your time.\n\n"
                     "Tereza Novak\n")
    assert mail.words() == 9

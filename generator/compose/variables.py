"""Every variable and filter a pack's templates see, described for pack authors.

One declaration: docs/packs.md is generated from these tables (`make docs`), and a test checks
that every name `application_context` and `draft_context` give a template is described here.
A base module of compose: it imports only the kind registry, which names the kinds and their
forms for the help below.
"""

from __future__ import annotations

from ..kinds import KINDS, REGISTRY


def _either(names: tuple[str, ...]) -> str:
    """'a, b or c'."""
    return " or ".join(filter(None, (", ".join(names[:-1]), names[-1])))


VARIABLES: dict[str, str] = {
    "candidate.name": "Your full name.",
    "candidate.first_name": "The first word of your name.",
    "candidate.email": "Your address.",
    "candidate.phone": "Your phone number, or none.",
    "candidate.signature": "Your Markdown signature block, or none.",
    "role.company": "The company.",
    "role.company_in_text": "The company as an English sentence holds it: 'the' before an "
                            "institution ('the Marlow County Public Defender's Office'), else "
                            "as written.",
    "role.title": "The job title.",
    "role.short_title": "The job title in a few words, for subjects and sentences: without "
                        "parentheses, a level (II) or a specialty after a comma.",
    "role.pitch": "Your first highlight that can be said as a sentence of yours ('I have spent "
                  "six years as …'), or none: the contact's note and nothing else use it.",
    "role.interview_date": "The interview day (a date; format it with `longdate`).",
    "role.interview_time": "The interview time as HH:MM, or none.",
    "role.decision_expected": "When they said they would decide (a date), or none.",
    "role.highlights": "Why you fit the role, each placed by phrasing.py: `phrase` (to sit "
                       "mid-sentence, or none), `sentence` (to stand alone, or none), `text` "
                       "(whichever there is), `full`, `shape`, `more` (further sentences).",
    "role.interview_days": "The days of the interview loop (dates), first to last.",
    "contact": "The contact (name, email, title, salutation), or none.",
    "interviewers": "Every interviewer, each shaped like `recipient`, their points in the "
                    "third person (as the contact's note speaks of them).",
    "recipient.name": "Who this draft is to.",
    "recipient.named": "How a sentence names them: their greeting name, with the article "
                       "Spanish puts before a title ('la Dra. Goikoetxea').",
    "recipient.salutation": "How to greet them: their salutation as given, else honorific and "
                            "surname, else the given name (the full name in a pack with "
                            "`greeting: full-name`, or where the given name cannot be told).",
    "recipient.title": "Their job title, or none.",
    "recipient.email": "Their address, or none.",
    "recipient.is_contact": "True when the draft speaks to the contact rather than an "
                            "interviewer.",
    "recipient.discussion_points": "What you discussed with them (empty for the contact), "
                                   "each placed to sit mid-sentence ('what a typical night "
                                   "shift looks like'), in the order written.",
    "recipient.topics": "The same points as `phrase`/`sentence`/`text`/`shape`/`more` (like "
                        "highlights), `mine` (the point is about you: their question to "
                        "you) and `short_name` (the phrase names it in a few words, fit to "
                        "pass on to someone else), the one told in most detail first.",
    "recipient.rapport": "A personal connection with them, placed to follow 'I enjoyed finding "
                         "out that' (one clause, no full stop), or none: only where it is "
                         "shared or comes with your reason.",
    "recipient.rapport_more": "Your reason for the rapport ('I spent the summer of 2019 "
                              "there'), as one sentence in a list, or an empty list.",
    "recipient.note": "Your own paragraph for them (Markdown), as written but for its capital "
                      "and full stop, or none. A line about them in the third person is said "
                      "to them where every sentence turns cleanly ('Kai made …' -> 'You made "
                      "…'); one with anything for you alone is not given (see `withheld`).",
    "recipient.note_thanks": "True when your note to the contact thanks them itself, so the "
                             "opening need not thank them again.",
    "recipient.withheld": "Sentences of your note left out of the draft because they were "
                          "for you (your feelings about them, their moods, their words back).",
    "recipient.fit": "Your sentence on how you meet what they care about, or none: use it "
                     "in place of a general pitch.",
    "recipient.detail": "The point of theirs to cite, or none: `topic` (a noun phrase, or a "
                        "clause when `topic_is_clause`), `kind` (story, answer, asked, "
                        "exercise, shown, walked, advice, said (their words alone: "
                        "`quote`), topic), "
                        "`clause` (its most vivid "
                        "detail as a clause for after 'that'), `thing` ('those 9,000 "
                        "tickets'), `fact` "
                        "(the point as a clause), `open` (your notes say they were open about "
                        "it), `hard` (a setback of theirs: acknowledge it, never 'enjoy' it), "
                        "`doing` (an exercise as what you did: 'designing a rate limiter "
                        "…'), `label` (a short name for it, fit for a subject line), "
                        "`reply` (their answer to your question, as a phrase: 'one number "
                        "every merchant trusts'), `quote` (their own words your notes "
                        "quote, in curly quotes with their end mark: end the sentence on "
                        "it), `advice` (what they advised, as you would say it back: 'take "
                        "it early'), `listed` (a list of theirs under the point as one "
                        "phrase: 'a, b, and c'), `listed_noun` (`listed` opens on a "
                        "thing, not a verb: 'including …' can hold it), `span` (the first "
                        "and last of the list, each with its article, for 'from … to …'), "
                        "`jotted` (`listed` is what the notes "
                        "say of the heading, to say after a colon: 'the BMS alarm floods: "
                        "about 400 a shift, most junk'), `sore_detail` (the detail said is itself "
                        "their setback: thank them for their candour), `nameable` (a reply "
                        "can remember it by name: not a question, a setback or a clause), "
                        "`clause_only` (say the clause alone: it names the point), `view` "
                        "(the clause is what they want or believe: 'you want …'), `reacts` "
                        "(what the point calls for you to say you made of it, by kind: "
                        "target (a number they work towards), stakes, changing, changed, "
                        "growth or rhythm; say one per note, "
                        "not where your tie follows it), each none where the notes do not "
                        "give it.",
    "recipient.second": "A second point of theirs, shaped like `detail`, where one says "
                        "something (a detail, their answer, a story), or none.",
    "recipient.third": "A third such point where the note promises nothing, or none: a "
                       "careful note cites three or four things the reader will recognise.",
    "recipient.about": "Their points jotted as a bare name ('SCBA', 'group buying across the "
                       "three restaurants'), at most two, and only where no point of theirs "
                       "is cited (`detail` is empty): said together ('… about SCBA and "
                       "trend'), not each alone.",
    "recipient.remembered": "The point a note after the news remembers them by: `detail`, "
                            "else a point of `about`, shaped like `detail`; or none.",
    "recipient.promised": "What you promised, named in a few words for a subject line ('the "
                          "dock-door checklist', a link's text), or none.",
    "recipient.recalled": "A moment of the interview a subject line can thank them for (an "
                          "exercise they set you: 'the scenario'), or none.",
    "recipient.part_of_day": "'morning' or 'afternoon' when the interview's time is known and "
                             "they were met on the interview day, else none.",
    "recipient.tie": "One sentence tying them to what you have done: your `fit`, else the "
                     "highlight that shares most with their points (once per panel), or none.",
    "recipient.tie_meets": "True when the tie was chosen because it meets the cited point "
                           "(`detail`, said, theirs, and no note of yours instead): a note then "
                           "says your `fit` right after the point, with no bridge.",
    "recipient.tie_clause": "The tie's first sentence as a clause to follow 'because' or a "
                            "colon (no capital unless a name, no full stop); `tie_rest` holds "
                            "its further sentences, or ''.",
    "recipient.also": "A second tie, or none: `fact` (another point of theirs, as a clause) "
                      "and `sentence` (the highlight that meets it, as your sentence).",
    "recipient.follow_up_near": "True when what you promised belongs with the cited point.",
    "recipient.turns": "Numbers to choose wordings with (`turns[0] % 6`, `turns[1] % 4`, …), "
                       "drawn from the application and their place: panels differ, and so "
                       "does everyone on one panel.",
    "recipient.tu": "In Spanish: True to say tú (a given name, no honorific), False for "
                    "usted.",
    "recipient.threads": "True when this person also gets the status check, threaded under "
                         "their thank-you: its subject then names the role and you.",
    "recipient.follow_up": "Something you promised or offer them (Markdown, links), or none.",
    "recipient.ahead": "An event of theirs still ahead, named in their points, as a phrase "
                       "(\"the SQF audit in March\"), for wishing them well; none in Spanish, "
                       "without one, or where your own note speaks.",
    "recipient.keep_in_touch": "True for an interviewer to write to after a rejection.",
    "recipient.met_on": "The day you met them (a date).",
    "recipient.index": "Their place in the panel (0, 1, …; the contact comes after everyone); "
                       "to vary wordings, use `turns`, which also differ between panels.",
    "kind": f"{_either(KINDS)}.",
    "variant": "Which form of the kind: " + ", ".join(
        f"{_either(k.variants)} ({k.name})" for k in REGISTRY) + ".",
    "late": "True when a thank-you goes out after its 24 hours (also for a panel note).",
    "panel": "In a panel thank-you to the contact: the interviewers with no email address, "
             "each shaped like `recipient`, to be thanked through the contact.",
    "today": "The day the drafts are made for (a date; `--today`).",
    "memory": "One good memory of the process, for a note to the contact: `name` (how a "
              "sentence names that interviewer, see `recipient.named`), `full_name`, `topic` "
              "and `thing` (the vivid detail, or none): the most vivid conversation of the "
              "panel, never a sore one, or none.",
    "pack.name": "The pack's name.",
    "pack.language": "The pack's language tag, also the HTML `lang`.",
}

FILTERS: dict[str, str] = {
    "longdate": "`d | longdate` gives `Friday, December 4`; `longdate(false)` drops the weekday.",
    "spoken_day": "`d | spoken_day(today)` gives `today`, `yesterday`, `on Friday` within a "
                  "week, else `on November 20`.",
    "join_and": "`items | join_and` gives `a, b and c`; `join_and('or')` for another word.",
    "hardbreaks": "Keeps the line breaks of a multi-line Markdown value such as a signature.",
    "uncontracted": "English contractions written out for a formal voice (I'm -> I am, "
                    "your dad -> your father), never inside “…”: quoted words stay as they "
                    "were said.",
    "unsaid": "`wordings | unsaid(k, said)` gives the first wording from the k-th on whose "
              "first three words are not in `said` (the note so far), so no two sentences of a "
              "note open alike; `Thank you …` may come twice.",
    "article": "`role.company | article('de')` gives `del Grupo Sierra Norte` in a Spanish pack "
               "(`de Acme` for a brand name); other languages get the words as they are.",
}

"""Checks: the etiquette and proofreading rules a note is held to, the way a recruiter would
judge it. They read notes (drafts made from the YAML, drafts as the user left them, notes
written by hand) as mails, and report findings, each a problem or a suggestion.

mail.py reads a note as a mail (opening.py its greeting and a letter's heading, signature.py
its sign-off, signature and footer, sentences.py its words and sentences); substance.py tells
what a note says from its stock phrases; one module per rule: tone, whose concerns phrasings.py
gathers from a module each (arguing, hostility, sarcasm, desperation, pressure, gifts,
presuming, impatience, excuses) built from the word classes of wordclasses.py, and which
scanner.py finds in a sentence, compiling only those its words can match; grammar,
required, personal, panel, proofread (with spelling and slips), identity, length, timing,
language. runner.py runs them all.

May import: base modules, input, timeline and compose (the phrasing and greeting rules the
templates use, so the checks judge values as the templates place them)."""

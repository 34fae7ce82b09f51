"""Checks: the etiquette and proofreading rules a note is held to, and the word lists behind
them. They read notes (rendered or hand-written) and never write anything.

May import: base modules, input and timeline."""

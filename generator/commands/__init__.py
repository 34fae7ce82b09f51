"""Commands: the library's entry points, one module per job the command line offers (making
drafts, the plan and its calendar, the preview server, checking notes, pack tools), each tying
the stages below together.

May import: every stage; only cli.py and docs.py sit above it."""

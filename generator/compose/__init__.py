"""Compose: who gets which draft, how free text reads in a sentence, the variables a template
sees, the packs, the sandbox they render in, and the rendered draft (subject, HTML part, text part).

May import: base modules, input and timeline."""

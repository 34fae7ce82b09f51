"""Timeline: when each kind of draft is due, from the etiquette's timing rules.

May import: base modules and input."""

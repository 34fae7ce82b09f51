"""Mailbox: putting the drafts into an IMAP Drafts folder (imap), the saved accounts that say
how to reach it (accounts, newaccount) and where their secrets come from (credentials).

May import: base modules, input and output."""

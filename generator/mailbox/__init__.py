"""Mailbox: putting the drafts into an IMAP Drafts folder.

May import: base modules, input and output."""

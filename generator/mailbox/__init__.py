"""Mailbox: putting the drafts into an IMAP Drafts folder (imap), reaching and signing in to
the server (connection), finding its Drafts folder (folders), what it remembers of each mailbox
(pushstate), folder names in IMAP's modified UTF-7 (utf7), the saved accounts that say how to
reach it (accounts, newaccount, the providers' presets) and where their secrets come from
(credentials).

May import: base modules, input, compose (a draft's key, for its old Message-ID) and output."""

"""Output: what a run leaves on disk: the store (staging, the commit, the lock, hand edits),
the manifests, the .eml messages, the mbox and the review page.

May import: base modules, input, timeline, compose and checks."""

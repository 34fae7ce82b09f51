"""A draft's files staged: written into the run's staging folder inside OUT, laid out as OUT
will have them, for the store to move into place when the run commits. Worker processes stage
their drafts here too, each straight into the run's staging folder."""

from __future__ import annotations

import stat
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import OutputError
from .manifest import draft_files, file_hash
from .mime import idn_forms

if TYPE_CHECKING:  # at run time a draft is only read: no need to import the renderer
    from ..compose.render import Draft

TREE = "tree"  # in the staging folder: the drafts laid out as they will be in OUT


@dataclass
class Staged:
    """One draft's files written into the staging tree, where OUT will have them, and its
    manifest row, which holds each part's hash. Kept small: a cohort has 10,000."""

    row: dict[str, Any]
    unchanged: tuple[str, ...] = ()  # parts already in OUT as they would be: not staged

    def source(self, staging: Path, part: str) -> Path:
        return staging / TREE / str(self.row[part])


def stage(staging: Path, draft: Draft, eml: bytes, extra: Mapping[str, Any], *,
          compare: bool = True, theirs: Mapping[str, str] | None = None) -> Staged:
    """Write a draft's files into the staging tree, but those already in OUT (the staging
    folder's parent) as they would be: after an edit, most of an application's drafts are
    the same. `compare=False` when the application has no folder in OUT: there is nothing to
    compare with. `theirs`: the parts that are the user's hand edit, each with the hash of
    the file as it was read; they stay as they are, and the row records those hashes.
    Worker processes call this too, each into the run's staging folder."""
    theirs = theirs or {}
    files = draft_files(draft.application, draft.kind, draft.slug)
    contents = {"html": draft.html.encode("utf-8"), "text": draft.text.encode("utf-8"),
                "eml": eml}
    row: dict[str, Any] = {
        "application": draft.application,
        "kind": draft.kind,
        "variant": draft.variant,
        "audience": draft.audience,
        # An internationalised address in both forms, side by side (mime.idn_forms).
        "recipient": {"name": draft.recipient_name, "email": draft.recipient_email,
                      **idn_forms(draft.recipient_email)},
        "subject": draft.subject,
        **extra,
        **files,
        "sha256": {part: theirs.get(part) or file_hash(data) for part, data in contents.items()},
    }
    unchanged = tuple(part for part, data in contents.items() if part in theirs
                      or (compare and _holds(staging.parent / row[part], data)))
    try:
        (staging / TREE / files["html"]).parent.mkdir(parents=True, exist_ok=True)  # shared
        for part, data in contents.items():
            if part not in unchanged:
                with open(staging / TREE / row[part], "xb") as handle:  # one draft, one path
                    handle.write(data)
    except OSError as exc:
        raise OutputError(f"cannot stage a draft: {exc.strerror or exc}",
                          file=staging.parent) from None
    return Staged(row, unchanged)


def _holds(path: Path, data: bytes) -> bool:
    """True when `path` is a regular file holding exactly `data` (read only when its size
    says it may)."""
    try:
        status = path.stat()
        return (stat.S_ISREG(status.st_mode) and status.st_size == len(data)
                and path.read_bytes() == data)
    except OSError:
        return False

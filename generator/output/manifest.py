"""OUT/manifest.json: every draft a run wrote, with a hash of each of its files, and what the
run was. The next run reads it to tell a hand edit from its own work; `check`, `preview` and
`push` read it to find the drafts."""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import OutputError

MANIFEST = "manifest.json"
PARTS = {"html": ".html", "text": ".txt", "eml": ".eml"}  # a draft's files, by part


def write_replacing(path: Path, data: bytes) -> None:
    """Write a whole file in one step (a temporary beside it, then a rename), so a reader never
    sees half of it; an OSError (a full disk, a read-only folder) becomes an OutputError that
    names the file, and leaves the old file as it was."""
    temporary = path.with_name(f".{path.name}.tmp")
    try:
        temporary.write_bytes(data)
        temporary.replace(path)
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise OutputError(f"cannot be written: {exc.strerror or exc}", file=path) from None


def file_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Previous:
    """OUT's manifest as the last run left it, read once per run."""

    data: dict[str, Any]  # the whole document ({} when missing or unreadable)
    rows: list[dict[str, Any]]  # its well-formed draft rows
    problem: str | None  # a notice when it exists but cannot be used


def load_manifest(out: Path) -> Previous:
    path = out / MANIFEST
    if not path.exists():
        return Previous({}, [], None)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        rows = data["drafts"]
        if not isinstance(rows, list):
            raise TypeError
    except (OSError, ValueError, KeyError, TypeError):
        return Previous({}, [], (
            f"{MANIFEST} in {out} could not be read, so drafts that differ from what would be "
            "written are kept as hand edits (--force overwrites them)"))
    # A row edited by hand into another shape is dropped; its files then count as unknown,
    # which keeps them.
    return Previous(data, [row for row in rows if _well_formed(row)], None)


def read_manifest(out: Path) -> tuple[list[dict[str, Any]], str | None]:
    """The rows of OUT's manifest, and a notice if it exists but cannot be used."""
    previous = load_manifest(out)
    return previous.rows, previous.problem


def write_manifest(path: Path, head: dict[str, Any], rows: list[dict[str, Any]]) -> None:
    """The manifest: `head` (what the run was), then its drafts. Written as it is encoded, so a
    cohort's manifest (megabytes) is never held whole."""
    with path.open("w", encoding="utf-8") as handle:
        json.dump({**head, "drafts": rows}, handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def recorded(row: dict[str, Any] | None, part: str) -> str | None:
    """The hash the manifest row holds for one of its draft's files."""
    if not row or not isinstance(row.get("sha256"), dict):
        return None
    value = row["sha256"].get(part)
    return value if isinstance(value, str) else None


def _well_formed(row: object) -> bool:
    return (isinstance(row, dict)
            and all(isinstance(row.get(key), str) for key in ("application", "kind", "html"))
            and all(isinstance(row.get(part), str | None) for part in PARTS))

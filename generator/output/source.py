"""Where each application in OUT was made from. Runs from several profiles folders may share
one OUT (a coach runs each cohort's folder into one), so the index names the last run's
folder and each application's manifest its own (`source`); `check` reads each application's
YAML from there, and a run removes only the drafts its own folder no longer has. A manifest
written before applications named their source means the index's."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .manifest import Record


def profiles_entry(profiles: Path, out: Path) -> str:
    """How the manifest names the profiles folder a run read: from OUT, so that a rebuild
    (`preview --serve`, `check`) run from any folder reads the same profiles, never another
    project's that happens to sit at the same relative path."""
    try:
        return Path(os.path.relpath(profiles.absolute(), out.absolute())).as_posix()
    except ValueError:  # another drive (Windows): no relative path between them
        return profiles.absolute().as_posix()


def profiles_path(out: Path, data: Mapping[str, Any]) -> Path | None:
    """The profiles folder a manifest names (see `profiles_entry`), or None without one."""
    value = data.get("profiles")
    if not isinstance(value, str) or not value:
        return None
    return Path(os.path.normpath(out.absolute() / value))


@dataclass(frozen=True)
class Source:
    """What an application's drafts were made from: the profiles folder the run read, the
    application's folder below it ("." when the folder was the profiles root), and the
    run's --pack (None: each role.yaml's own)."""

    profiles: Path | None
    folder: str | None = None  # None when its manifest does not say (written before it did)
    pack: str | None = None


def source_entry(profiles: Path, out: Path, folder: str, pack: str | None) -> dict[str, Any]:
    """An application manifest's `source`: its profiles folder named as the index names the
    run's (see `profiles_entry`), so a check of OUT reads the YAML each application was made
    from, whichever run made it."""
    return {"profiles": profiles_entry(profiles, out), "folder": folder, "pack": pack}


def source_of(out: Path, index: Mapping[str, Any], about: Mapping[str, Any]) -> Source:
    """Where an application in OUT came from: its manifest's `source`, or, for a manifest
    written before applications said so, the profiles folder and --pack of the index (the
    last run's, which is all that was known then)."""
    own = about.get("source")
    said = own if isinstance(own, dict) and profiles_path(out, own) is not None else None
    pack = (said or index).get("pack")
    folder = said.get("folder") if said else None
    return Source(profiles_path(out, said or index),
                  folder if isinstance(folder, str) and folder else None,
                  pack if isinstance(pack, str) and pack else None)


def says(out: Path, index: Mapping[str, Any], about: Mapping[str, Any],
         fresh: Mapping[str, Any]) -> bool:
    """Whether an application's manifest (`about`, read beside `index`) already says all of
    `fresh`. One without a `source` says the index's (see `source_of`): that is the same as
    a fresh one from the same profiles folder and --pack, so it need not be written again."""
    for key, value in fresh.items():
        if key == "source" and key not in about:
            now, then = source_of(out, {}, {key: value}), source_of(out, index, {})
            if (now.profiles, now.pack) == (then.profiles, then.pack):
                continue
        if about.get(key) != value:
            return False
    return True


def earlier_source(index: Mapping[str, Any], record: Record) -> dict[str, Any]:
    """For an application's manifest written before manifests named their source, which a
    run leaves as it was: the source it has meant until now (the index's), to be written
    into it should the index come to name another (see `says`)."""
    if "source" in record.about or not record.known or record.problem \
            or not isinstance(index.get("profiles"), str):
        return {}
    return {"source": {"profiles": index["profiles"], "pack": index.get("pack")}}

"""What followup keeps between runs, where, and what makes it stale.

Caches live in FOLLOWUP_CACHE, else $XDG_CACHE_HOME/followup, else ~/.cache/followup. What is
cached (the spelling list, compiled templates) and a run's input keys depend on this code's
digest and the versions of the libraries that shape a draft. Versions are read from the
.dist-info folder names: `importlib.metadata.version()` imports the email package and scans
every path entry for each name (~30 ms for the few a run needs); one listing of each does.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from functools import lru_cache
from pathlib import Path

# The libraries whose upgrade can change a draft.
SHAPING = ("jinja2", "markdown", "nh3", "css-inline", "premailer", "pyspellchecker", "babel")


def cache_dir() -> Path:
    base = os.environ.get("FOLLOWUP_CACHE") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "followup" if base else Path.home() / ".cache" / "followup"


@lru_cache(maxsize=1)
def code_digest() -> str:
    """This code and the libraries that shape a draft: an edit or an upgrade makes drafts anew."""
    digest = hashlib.sha256()
    for path in sorted(Path(__file__).parent.glob("*.py")):
        digest.update(path.read_bytes())
    for name in SHAPING:
        digest.update(f"{name}={installed(name)}".encode())
    return digest.hexdigest()


def installed(name: str) -> str | None:
    """The installed version of a distribution (as pip names it), or None."""
    return _versions().get(_normal(name))


@lru_cache(maxsize=1)
def _versions() -> dict[str, str]:
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip, or a folder that is gone
            continue
        for folder in names:
            if folder.endswith(".dist-info") and "-" in folder:
                name, _, version = folder[: -len(".dist-info")].rpartition("-")
                found.setdefault(_normal(name), version)  # the first on the path is imported
    return found


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()

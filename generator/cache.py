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
    here = Path(__file__).parent
    for path in sorted([*here.glob("**/*.py"), *here.glob("*/*.j2")]):  # the review page's too
        digest.update(path.relative_to(here).as_posix().encode())
        digest.update(path.read_bytes())
    for name in SHAPING:
        digest.update(f"{name}={installed(name)}".encode())
    return digest.hexdigest()


def installed(name: str, *, thorough: bool = False) -> str | None:
    """The installed version of a distribution (as pip names it), or None. `thorough` asks
    importlib.metadata when the folder names do not tell (an unusual install)."""
    version = _versions().get(_normal(name))
    if version is None and thorough:
        from importlib.metadata import PackageNotFoundError
        from importlib.metadata import version as metadata_version

        try:
            version = metadata_version(name)
        except PackageNotFoundError:
            return None
    return version


@lru_cache(maxsize=1)
def _versions() -> dict[str, str]:
    found: dict[str, str] = {}
    for entry in sys.path:
        try:
            names = os.listdir(entry or ".")
        except OSError:  # a zip, or a folder that is gone
            continue
        for folder in names:
            match = _METADATA.match(folder)
            if match:  # the first on the path is the one imported
                found.setdefault(_normal(match["name"]), match["version"])
    return found


# name-version.dist-info (pip), or name-version[-pyX.Y].egg-info (older and distro installs)
_METADATA = re.compile(r"(?P<name>[^-]+)-(?P<version>[^-]+?)(?:-py\d[^-]*)?\.(?:dist|egg)-info$")


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "_", name).lower()

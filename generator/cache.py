"""What followup keeps between runs, where, and what makes it stale.

Caches live in FOLLOWUP_CACHE, else $XDG_CACHE_HOME/followup, else ~/.cache/followup. What is
cached (the spelling list, compiled templates) and a run's input keys depend on this code's
digest and the versions of the libraries that shape a draft.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

# The libraries whose upgrade can change a draft.
SHAPING = ("jinja2", "markdown", "nh3", "css-inline", "premailer", "harper-py", "babel")


def cache_dir() -> Path:
    base = os.environ.get("FOLLOWUP_CACHE") or os.environ.get("XDG_CACHE_HOME")
    return Path(base) / "followup" if base else Path.home() / ".cache" / "followup"


@cache  # the code cannot change under a running process
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


def keep(path: Path, text: str) -> bool:
    """Write a cache file in one step (a temporary beside it, then a rename), so a run that
    reads it never sees half of it. A cache is a convenience: a write that fails (a read-only
    home, a full disk) keeps nothing and says so with False, never stopping a run."""
    temporary = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
    except OSError:
        with contextlib.suppress(OSError):  # a folder that is a file holds no temporary
            temporary.unlink(missing_ok=True)
        return False
    return True


def installed(name: str) -> str | None:
    """The installed version of a distribution (as pip names it), or None."""
    try:
        return version(name)
    except PackageNotFoundError:
        return None

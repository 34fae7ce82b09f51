"""followup: personal follow-up email drafts from a few YAML files about a job interview.

The library never prints or exits; `generator.cli` is the thin command line over it.
Public API: `generate(Options(...)) -> RunReport`, and `FollowupError` for anything a user can fix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

if TYPE_CHECKING:
    from .commands.build import RunReport, generate
    from .commands.prepare import Options
    from .errors import FollowupError

__all__ = ["FollowupError", "Options", "RunReport", "__version__", "generate"]


def __getattr__(name: str) -> Any:
    # Imported on first use, so `followup --help` and `--version` start instantly.
    if name in ("RunReport", "generate"):
        from .commands import build

        return getattr(build, name)
    if name == "Options":
        from .commands.prepare import Options

        return Options
    if name == "FollowupError":
        from .errors import FollowupError

        return FollowupError
    raise AttributeError(name)

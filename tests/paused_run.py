"""`followup` held still part-way, for the fault tests: what if Ctrl-C, a kill, a second run or
a deleted file comes while a run has staged its drafts but not yet moved them into OUT, or
while it is moving them?

    python tests/paused_run.py N PATH drafts profiles -o out ...
    python tests/paused_run.py move:K PATH drafts profiles -o out ...

runs `followup drafts profiles -o out ...`; when the run reports N applications done (through
the library's own progress callback), or when it has moved K staged files or folders into OUT
during its commit, it creates PATH.ready and waits for PATH.go to exist. The package itself
has no test hook: this wraps `generate`, and `os.replace`, before the command line calls them.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.cli import main
from generator.commands import build


def _hold(path: str) -> None:
    Path(path + ".ready").touch()
    while not Path(path + ".go").exists():
        time.sleep(0.01)


def held(count: int, path: str) -> Callable[..., Any]:
    generate = build.generate

    def holding(options: Any, progress: Callable[[int, int], None] | None = None) -> Any:
        def report(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if done == count:
                _hold(path)

        return generate(options, report)

    return holding


def held_moving(count: int, path: str) -> Callable[..., Any]:
    """os.replace that holds still after the count-th move out of a staging folder into OUT."""
    replace = os.replace
    moved = 0

    def holding(source: Any, destination: Any, **kwargs: Any) -> None:
        nonlocal moved
        replace(source, destination, **kwargs)
        if ".followup-staging-" in str(source) and ".followup-staging-" not in str(destination):
            moved += 1
            if moved == count:
                _hold(path)

    return holding


if __name__ == "__main__":  # spawned worker processes import this module too
    count, path, *arguments = sys.argv[1:]
    if count.startswith("move:"):
        os.replace = held_moving(int(count.removeprefix("move:")), path)  # type: ignore[assignment]
    else:
        build.generate = held(int(count), path)  # type: ignore[assignment]
    main(arguments, prog_name="followup")

"""`followup` held still part-way, for the fault tests: what if Ctrl-C, a second run or a
deleted file comes while a run has staged its drafts but not yet moved them into OUT?

    python tests/paused_run.py N PATH drafts profiles -o out ...

runs `followup drafts profiles -o out ...`; when the run reports N applications done (through
the library's own progress callback) it creates PATH.ready and waits for PATH.go to exist.
The package itself has no test hook: this wraps `generate` before the command line calls it.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from generator.cli import main
from generator.commands import build


def held(count: int, path: str) -> Callable[..., Any]:
    generate = build.generate

    def holding(options: Any, progress: Callable[[int, int], None] | None = None) -> Any:
        def report(done: int, total: int) -> None:
            if progress is not None:
                progress(done, total)
            if done == count:
                Path(path + ".ready").touch()
                while not Path(path + ".go").exists():
                    time.sleep(0.01)

        return generate(options, report)

    return holding


if __name__ == "__main__":  # spawned worker processes import this module too
    count, path, *arguments = sys.argv[1:]
    build.generate = held(int(count), path)  # type: ignore[assignment]
    main(arguments, prog_name="followup")

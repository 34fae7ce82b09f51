"""The README's tutorial, run as a user runs it: the installed `followup` command, in a
subprocess, from an empty folder outside the clone. Its YAML blocks are written as files.
Network parts stay local: `push` runs with --dry-run, which connects to nothing."""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

from conftest import REPO


def _tutorial() -> list[tuple[str, str]]:
    text = (REPO / "README.md").read_text()
    section = text.split("<!-- tutorial -->")[1].split("<!-- /tutorial -->")[0]
    return re.findall(r"```(sh|yaml)\n(.*?)```", section, re.DOTALL)


def _console_script() -> Path:
    """The `followup` that installing the package put beside this Python (the venv's bin/),
    not the source tree run in-process."""
    folder = Path(sys.executable).parent
    for name in ("followup", "followup.exe"):
        if (folder / name).is_file():
            return folder / name
    raise AssertionError(f"no followup console script in {folder}: is the package installed?")


def test_the_readme_tutorial_works_as_written_from_outside_the_clone(tmp_path):
    assert REPO not in tmp_path.parents  # an empty folder of the user's, not the clone
    script = _console_script()
    # As a user's shell has it: no PYTHONPATH pointing into the clone, no colours.
    env = {key: value for key, value in os.environ.items() if key != "PYTHONPATH"}
    env["NO_COLOR"] = "1"
    steps = _tutorial()
    assert [kind for kind, _ in steps] == ["sh", "yaml", "yaml", "sh"]
    commands = 0
    for kind, body in steps:
        if kind == "yaml":
            first, rest = body.split("\n", 1)
            path = tmp_path / first.removeprefix("# ").strip()
            assert path.exists(), f"the tutorial edits {path}, which `followup new` makes"
            path.write_text(rest)
            continue
        for line in body.strip().splitlines():
            args = shlex.split(line)
            assert args[0] == "followup"
            result = subprocess.run([str(script), *args[1:]], cwd=tmp_path, env=env,
                                    capture_output=True, text=True, timeout=300)
            assert result.returncode == 0, f"{line}\n{result.stdout}\n{result.stderr}"
            assert "Traceback" not in result.stderr
            commands += 1
    assert commands == 5
    assert (tmp_path / "drafts/acme/thank-you/priya-raman.eml").is_file()
    assert "event sourcing" in (tmp_path / "drafts/acme/thank-you/priya-raman.txt").read_text()

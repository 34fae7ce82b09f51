"""The README's tutorial, run as written: its commands in a fresh folder, its YAML as files.
Network parts stay local: `push` runs with --dry-run, which connects to nothing."""

from __future__ import annotations

import re
import shlex

from conftest import REPO


def _tutorial() -> list[tuple[str, str]]:
    text = (REPO / "README.md").read_text()
    section = text.split("<!-- tutorial -->")[1].split("<!-- /tutorial -->")[0]
    return re.findall(r"```(sh|yaml)\n(.*?)```", section, re.DOTALL)


def test_the_readme_tutorial_works_as_written(tree, run):
    root = tree({})
    steps = _tutorial()
    assert [kind for kind, _ in steps] == ["sh", "yaml", "yaml", "sh"]
    for kind, body in steps:
        if kind == "yaml":
            first, rest = body.split("\n", 1)
            path = root / first.removeprefix("# ").strip()
            assert path.exists(), f"the tutorial edits {path}, which `followup new` makes"
            path.write_text(rest)
            continue
        for line in body.strip().splitlines():
            args = shlex.split(line)
            assert args[0] == "followup"
            result = run(*args[1:])
            assert result.exit_code == 0, f"{line}\n{result.output}"
    assert (root / "drafts/acme/thank-you/priya-raman.eml").is_file()
    assert "event sourcing" in (root / "drafts/acme/thank-you/priya-raman.txt").read_text()

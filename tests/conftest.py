"""Shared helpers: small input trees written into tmp_path, and the CLI run in-process.

Hypothesis, two ways. Under CI (CI=true, which .ci/run sets) it explores: new examples on
every run, from a seed the report header prints, so a failure found there is replayed with
`pytest --hypothesis-seed=N`. Elsewhere the same examples every run, so a red test on a
laptop is never luck. FOLLOWUP_HYPOTHESIS_EXAMPLES sets how many examples either way."""

from __future__ import annotations

import importlib
import os
import random
import textwrap
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from click.testing import CliRunner, Result
from hypothesis import HealthCheck, settings

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
TODAY = "2026-11-20"


def under_ci(value: str | None) -> bool:
    """Whether a CI variable says we run under CI: CI=true and CI=1 do, CI=false, CI=0 and an
    empty or missing one do not."""
    return (value or "").strip().lower() not in ("", "0", "false", "no", "off")


CI = under_ci(os.environ.get("CI"))

# No deadlines: two noisy cores must never make a property flaky. No example database: what
# a run found is replayed from its seed, not from a folder left behind.
_COMMON = {"deadline": None, "database": None, "suppress_health_check": [HealthCheck.too_slow]}
settings.register_profile("ci", max_examples=int(os.environ.get(
    "FOLLOWUP_HYPOTHESIS_EXAMPLES", "100")), derandomize=False, print_blob=True, **_COMMON)
settings.register_profile("local", max_examples=int(os.environ.get(
    "FOLLOWUP_HYPOTHESIS_EXAMPLES", "40")), derandomize=True, **_COMMON)
settings.load_profile("ci" if CI else "local")


@pytest.hookimpl(tryfirst=True)  # before Hypothesis's own plugin reads the option
def pytest_configure(config: pytest.Config) -> None:
    if CI and config.getoption("hypothesis_seed", None) is None:
        config.option.hypothesis_seed = str(random.randrange(2**32))


def _seed_line(config: pytest.Config) -> str:
    seed = config.getoption("hypothesis_seed", None)
    if seed is None:
        return f"hypothesis: the same {settings.default.max_examples} examples as every run"
    return (f"hypothesis: {settings.default.max_examples} new examples per property from seed "
            f"{seed} (replay with --hypothesis-seed={seed})")


def pytest_report_header(config: pytest.Config) -> str:
    return _seed_line(config)


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    terminalreporter.write_line(_seed_line(config))  # also under -q, which has no header


def needed(module: str, why: str) -> ModuleType:
    """Import a module a test needs: a skip where it is missing, a failure under CI, which
    installs everything and must not pass by skipping."""
    try:
        return importlib.import_module(module)
    except ImportError:
        if CI:
            pytest.fail(f"{module} is missing under CI: {why}")
        pytest.skip(f"{module} is not installed ({why})")

CANDIDATE = """\
name: Jordan Rivera
email: jordan@example.com
"""

ROLE = """\
company: Acme Robotics
title: Backend Engineer
interview_date: 2026-11-20
contact:
  name: Dana Lee
  email: dana@acme.example
"""

INTERVIEWERS = """\
- name: Priya Raman
  email: priya@acme.example
  discussion_points:
    - event sourcing for billing
- name: Søren Kjærgaard
  email: soren@acme.example
  discussion_points:
    - the outbox pattern
"""


def write_tree(root: Path, files: dict[str, str | bytes | None]) -> Path:
    """Write {relative path: content} under root (None deletes); str content is dedented."""
    for relative, content in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if content is None:
            path.unlink(missing_ok=True)
        elif isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(textwrap.dedent(content), encoding="utf-8")
    return root


def profile(
    changes: dict[str, str | bytes | None] | None = None,
) -> dict[str, str | bytes | None]:
    """A valid one-application profiles tree; `changes` (paths under profiles/) replace its
    files, add new ones, or delete one (None)."""
    files: dict[str, str | bytes | None] = {
        "candidate.yaml": CANDIDATE,
        "acme/role.yaml": ROLE,
        "acme/interviewers.yaml": INTERVIEWERS,
        **(changes or {}),
    }
    return {f"profiles/{k}": v for k, v in files.items()}


@pytest.fixture
def tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Callable[..., Path]:
    """Write a tree in tmp_path and work from there, so messages show short relative paths."""
    monkeypatch.chdir(tmp_path)

    def make(files: dict[str, str | bytes | None]) -> Path:
        return write_tree(tmp_path, files)

    return make


@pytest.fixture
def run() -> Callable[..., Result]:
    def invoke(*args: str) -> Result:
        return CliRunner().invoke(main, list(args), catch_exceptions=False)

    return invoke


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under folder with its bytes, to prove a run changed nothing."""
    if not folder.exists():
        return {}
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}

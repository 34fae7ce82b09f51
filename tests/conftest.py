"""Shared helpers: small input trees written into tmp_path, and the CLI run in-process."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from generator.cli import main

REPO = Path(__file__).resolve().parent.parent
TODAY = "2026-11-20"

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

"""Whole drafts compared with reviewed golden files. Regenerate with `make golden`, then read
the diff: a change here is a change in what people send."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import pytest
from conftest import REPO, TODAY, snapshot

GOLDEN = REPO / "tests" / "golden"


PACKS = ["default", "formal", "brief", "es"]


@pytest.mark.parametrize("pack", PACKS)
def test_built_in_packs_match_golden_files(tmp_path, run, monkeypatch, pack):
    monkeypatch.chdir(REPO)
    out = tmp_path / "out"
    result = run("drafts", "tests/golden/profiles", "--out", str(out), "--today", TODAY, "-q",
                 "--pack", pack)
    assert result.exit_code == 0, result.output
    expected = snapshot(GOLDEN / pack)
    actual = snapshot(out)
    assert sorted(actual) == sorted(expected)
    for name, content in expected.items():
        assert _stable(name, actual[name]) == _stable(name, content), (
            f"{name} differs from its golden file")


def _stable(name: str, content: bytes) -> str:
    """A file as reviewed: the manifest's input keys hash this code too, so they change with
    every commit by design; that they are there and one per application is what matters."""
    text = content.decode()
    if name == "manifest.json":
        data = json.loads(text)
        data["inputs"] = {app: len(key) for app, key in data["inputs"].items()}
        text = json.dumps(data, indent=2, ensure_ascii=False)
    return text


class _Styles(HTMLParser):
    """Each element's tag and its inline style as a set of declarations."""

    def __init__(self) -> None:
        super().__init__()
        self.elements: list[tuple[str, frozenset[str]]] = []

    def handle_starttag(self, tag, attrs):
        if tag != "body" and not self.elements:
            return  # where each inliner puts the kept <style> in <head> may differ
        style = dict(attrs).get("style") or ""
        declarations = {
            re.sub(r"\s+", "", d).replace('"', "'").lower()
            for d in style.split(";") if d.strip()
        }
        self.elements.append((tag, frozenset(declarations)))


def _styles(html: str) -> list[tuple[str, frozenset[str]]]:
    parser = _Styles()
    parser.feed(html)
    return parser.elements


@pytest.mark.parametrize("kind", ["thank-you", "status-check", "rejection-reply"])
def test_premailer_and_css_inline_put_the_same_styles_on_the_same_elements(
        tmp_path, run, monkeypatch, kind):
    monkeypatch.chdir(REPO)
    for inliner in ("css-inline", "premailer"):
        result = run("drafts", "tests/golden/profiles", "--out", str(tmp_path / inliner),
                     "--today", TODAY, "--kind", kind, "--inliner", inliner, "-q")
        assert result.exit_code == 0, result.output
    drafts = sorted((tmp_path / "css-inline").glob("*/*/*.html"))  # the drafts, not index.html
    assert drafts
    for draft in drafts:
        other = tmp_path / "premailer" / draft.relative_to(tmp_path / "css-inline")
        fast, slow = draft.read_text(), other.read_text()
        assert _styles(fast) == _styles(slow), draft.name
        for html in (fast, slow):  # @media rules survive, !important included
            assert "@media (max-width: 600px)" in html and "!important" in html

"""Whole drafts compared with reviewed golden files. Regenerate with `make golden`, then read
the diff: a change here is a change in what people send.

`.txt` and `.html` files compare byte for byte; `.eml` files and the mbox compare as parsed
messages (headers and decoded parts), so how the email package encodes a header, picks a
transfer encoding or a boundary is free to change without changing what is sent."""

from __future__ import annotations

import email
import hashlib
import json
import re
from email import policy
from email.message import EmailMessage
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

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
    _hashes_match_files(out)


def _stable(name: str, content: bytes) -> object:
    """A file as reviewed. The manifest's input keys hash this code too, so they change with
    every commit by design; that they are there and one per application is what matters. Its
    hashes of messages change with their bytes; that they match the files is checked apart."""
    if name.endswith(".eml"):
        return _message(content)
    if name.endswith(".mbox"):
        return [_message(one) for one in re.split(rb"^From .*\n", content, flags=re.M)[1:]]
    text = content.decode()
    if name == "manifest.json":  # the index
        data = json.loads(text)
        # where the profiles are, relative to OUT: a test's OUT is in a temporary folder
        data["profiles"] = "(relative to OUT)"
        text = json.dumps(data, indent=2, ensure_ascii=False)
    elif name.endswith("/manifest.json"):  # an application's
        data = json.loads(text)
        data["inputs"] = len(data["inputs"])
        # Where it came from is named from OUT, as the index's profiles are, and the golden
        # files were written before manifests said it (test_checks.py checks what it says).
        data.pop("source", None)
        for row in data["drafts"]:
            row["sha256"]["eml"] = "(the file's)"
        data["mailbox"]["sha256"] = "(the file's)"
        text = json.dumps(data, indent=2, ensure_ascii=False)
    return text


def _hashes_match_files(out: Path) -> None:
    data = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    recorded = [(data["page"]["path"], data["page"]["sha256"])]
    for name in data["applications"]:
        mine = json.loads((out / name / "manifest.json").read_text(encoding="utf-8"))
        recorded.append((mine["mailbox"]["path"], mine["mailbox"]["sha256"]))
        recorded += [(row[part], row["sha256"][part]) for row in mine["drafts"]
                     for part in ("html", "text", "eml")]
    for path, digest in recorded:
        assert hashlib.sha256((out / path).read_bytes()).hexdigest() == digest, path


# Structure, not meaning: where the parts begin and how their bytes are carried.
_MIME_HEADERS = {"content-type", "content-transfer-encoding", "mime-version"}


def _message(data: bytes) -> dict[str, Any]:
    """A message as its reader gets it: each header decoded (addresses as name and address),
    and each part's type and decoded text."""
    message = email.message_from_bytes(data, policy=policy.default)
    assert isinstance(message, EmailMessage)
    headers = sorted((name.lower(), _header(value)) for name, value in message.items()
                     if name.lower() not in _MIME_HEADERS)
    parts = [(part.get_content_type(), part.get_content_charset(), _decoded(part))
             for part in message.walk() if not part.is_multipart()]
    return {"type": message.get_content_type(), "headers": headers, "parts": parts}


def _header(value: Any) -> object:
    if hasattr(value, "addresses"):
        return [(one.display_name, one.addr_spec) for one in value.addresses]
    # Unfolded and trimmed, as a mail client shows it (a header folded right after its
    # colon parses with a leading space).
    return str(value).strip()


def _decoded(part: EmailMessage) -> str:
    # A text part always ends in a line break on the wire; whether the encoder or the
    # content put it there is not something a reader can see.
    text = str(part.get_content()).replace("\r\n", "\n")
    return text.removesuffix("\n")


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

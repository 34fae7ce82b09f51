"""The preview server shows OUT to this machine's browser and nothing more: no other host
name, nothing outside OUT, none of followup's own state files, nothing loaded from elsewhere."""

from __future__ import annotations

import http.client
import threading
from urllib.parse import urlsplit

import pytest
from conftest import TODAY, profile

from generator.commands.preview import serve


@pytest.fixture
def served(tree, run):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    out = root / "out"
    (out / ".followup-pushed.json").write_text('{"secret": "state"}')
    (root / "elsewhere.txt").write_text("not a draft")
    (out / "escape.txt").symlink_to(root / "elsewhere.txt")
    ready, stop, urls = threading.Event(), threading.Event(), []

    def on_ready(url: str) -> None:
        urls.append(url)
        ready.set()

    thread = threading.Thread(target=serve, args=(out, on_ready, lambda _: None, stop),
                              daemon=True)
    thread.start()
    assert ready.wait(20), "the server never started"
    yield urlsplit(urls[0])
    stop.set()
    thread.join(20)


def _get(url, path, host=None):
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    connection.putrequest("GET", path, skip_host=True)
    connection.putheader("Host", url.netloc if host is None else host)
    connection.endheaders()
    response = connection.getresponse()
    body = response.read()
    connection.close()
    return response, body


def test_the_page_is_served_with_a_policy_that_blocks_remote_loads(served):
    response, body = _get(served, "/index.html")
    assert response.status == 200 and b"acme" in body
    policy = response.getheader("Content-Security-Policy")
    assert "default-src 'none'" in policy and "img-src 'self' data:" in policy


def test_localhost_by_name_is_served_too(served):
    response, _ = _get(served, "/index.html", host=f"localhost:{served.port}")
    assert response.status == 200


@pytest.mark.parametrize("host", ["attacker.example", "attacker.example:{port}", "127.0.0.1",
                                  "127.0.0.1:1", ""])
def test_a_request_for_another_host_name_is_refused(served, host):
    # DNS rebinding: a page on attacker.example whose name now points at 127.0.0.1.
    response, body = _get(served, "/index.html", host=host.format(port=served.port))
    assert response.status == 403 and b"acme" not in body


@pytest.mark.parametrize("path", ["/escape.txt", "/.followup-pushed.json", "/../elsewhere.txt",
                                  "/%2e%2e/elsewhere.txt"])
def test_nothing_outside_out_and_no_state_file_is_served(served, path):
    response, body = _get(served, path)
    assert response.status == 404
    assert b"not a draft" not in body and b"secret" not in body


def test_a_page_that_cannot_be_written_is_a_clear_error(tree, run, monkeypatch):
    tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0

    def full(self, data):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("pathlib.Path.write_bytes", full)
    result = run("preview", "out", "--no-open")
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert "index.html: cannot be written: No space left on device" in result.stderr

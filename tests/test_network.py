"""Inlining never reaches the network, whatever a pack's layout or CSS links to."""

from __future__ import annotations

import http.server
import threading

import pytest
from conftest import TODAY, profile


@pytest.fixture
def web_server():
    """A stylesheet server on 127.0.0.1 that counts the requests it gets."""
    hits: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            body = b"p { color: red; }"
            self.send_response(200)
            self.send_header("Content-Type", "text/css")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()


@pytest.mark.parametrize("inliner", ["css-inline", "premailer"])
def test_remote_stylesheets_are_never_fetched(tree, run, web_server, inliner):
    url, hits = web_server
    root = tree({
        **profile(),
        "pack/pack.yaml": "name: remote\nextends: default\n",
        "pack/style.css": f'@import url("{url}/import.css");\np {{ margin: 0; }}\n',
        "pack/layout.html.j2": (
            f'<html><head><link rel="stylesheet" href="{url}/link.css">'
            "<style>{{ css }}</style></head><body>{{ body }}</body></html>"
        ),
    })
    result = run("drafts", "profiles", "-o", "out", "--today", TODAY, "--pack", "./pack",
                 "--kind", "status-check", "--inliner", inliner)
    assert result.exit_code == 0, result.output
    assert hits == []
    html = (root / "out/acme/status-check/dana-lee.html").read_text()
    assert "color: red" not in html

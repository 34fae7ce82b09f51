"""The preview server shows OUT to this machine's browser and nothing more: no other host
name, nothing outside OUT, none of followup's own state files, nothing loaded from elsewhere."""

from __future__ import annotations

import base64
import contextlib
import hashlib
import html
import http.client
import json
import re
import threading
import time
from urllib.parse import urlsplit

import pytest
from conftest import CANDIDATE, INTERVIEWERS, ROLE, TODAY, profile, snapshot

from generator.commands.preview import rebuild, run_options, serve
from generator.commands.serving import EVENTS, STREAMS
from generator.kinds import KINDS


@pytest.fixture
def served(tree, run):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    out = root / "out"
    (out / ".followup-pushed.json").write_text('{"secret": "state"}')
    (root / "elsewhere.txt").write_text("not a draft")
    (out / "escape.txt").symlink_to(root / "elsewhere.txt")
    with _serving(out) as url:
        yield url


@contextlib.contextmanager
def _serving(out, told=None):
    ready, stop, urls = threading.Event(), threading.Event(), []

    def on_ready(url: str) -> None:
        urls.append(url)
        ready.set()

    thread = threading.Thread(target=serve, daemon=True, args=(
        out, on_ready, (told.append if told is not None else lambda _: None), stop))
    thread.start()
    try:
        assert ready.wait(20), "the server never started"
        yield urlsplit(urls[0])
    finally:
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


def _scripts(page: bytes) -> list[str]:
    return re.findall(r"<script>(.*?)</script>", page.decode(), flags=re.S)


def _policy(page: bytes) -> str:
    """The policy a page states for itself."""
    [stated] = re.findall(rb'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    return html.unescape(stated.decode())


def _runs(policy: str, script: str) -> bool:
    """Whether a Content-Security-Policy lets this inline script run: its hash is listed."""
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    return f"'sha256-{digest}'" in policy


def test_a_page_another_version_wrote_is_served_with_a_script_its_policy_lets_run(tree, run):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    out = root / "out"
    # What another version of followup wrote: its own script, with that script's hash in
    # the page's policy, and the page's hash in the index manifest.
    page = (out / "index.html").read_text()
    [ours] = _scripts(page.encode())
    theirs = "document.documentElement.classList.add('scripted');"
    aged = page.replace(ours, theirs).replace(*(
        base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
        for script in (ours, theirs)))
    assert _runs(_policy(aged.encode()), theirs)
    (out / "index.html").write_text(aged)
    manifest = json.loads((out / "manifest.json").read_text())
    manifest["page"]["sha256"] = hashlib.sha256(aged.encode()).hexdigest()
    (out / "manifest.json").write_text(json.dumps(manifest))

    told: list[str] = []
    with _serving(out, told) as url:
        response, body = _get(url, "/index.html")
    assert response.status == 200 and b"Priya Raman" in body
    # Both policies the browser applies, the server's and the page's own, let every script
    # the page carries run.
    sent = response.getheader("Content-Security-Policy")
    scripts = _scripts(body)
    assert scripts and all(_runs(sent, script) and _runs(_policy(body), script)
                           for script in scripts)
    assert any("index.html" in message for message in told), told


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


def _two_applications(tree, run):
    root = tree(profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Beta Labs")
                         .replace("acme.example", "beta.example"),
                         "beta/interviewers.yaml": INTERVIEWERS.replace("acme.example",
                                                                        "beta.example")}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    return root


def test_a_save_to_one_application_makes_only_that_one_again(tree, run):
    root = _two_applications(tree, run)
    out = root / "out"
    before = snapshot(out)
    manifest = json.loads((out / "beta/manifest.json").read_text())
    people = root / "profiles/beta/interviewers.yaml"
    people.write_text(people.read_text().replace("event sourcing for billing",
                                                 "the quarterly roadmap"))
    change = rebuild(run_options(out), [people])

    assert list(change) == ["sections"] and list(change["sections"]) == ["beta"]
    assert "the quarterly roadmap" in change["sections"]["beta"]
    after = snapshot(out)
    # Only beta's files changed (its Priya note, its manifest), the page, which holds it, and
    # the index, which holds the page's hash; acme's drafts, mbox and manifest are as they were.
    changed = {path for path in after if after[path] != before.get(path)}
    assert changed >= {"beta/thank-you/priya-raman.txt", "beta/manifest.json", "index.html"}
    assert all(path.startswith("beta/") for path in changed - {"index.html", "manifest.json"})
    page = after["index.html"].decode()
    assert "the quarterly roadmap" in page and page.count("<section ") == 2
    assert "event sourcing for billing" in page.split('data-application="beta"')[0]  # acme's
    again = json.loads((out / "beta/manifest.json").read_text())
    assert again["inputs"] != manifest["inputs"]
    assert len(again["drafts"]) == len(manifest["drafts"])


def test_a_full_run_after_a_live_rebuild_leaves_the_page_as_a_full_run_makes_it(tree, run):
    root = _two_applications(tree, run)
    out = root / "out"
    people = root / "profiles/acme/interviewers.yaml"
    people.write_text(people.read_text().replace("the outbox pattern", "the quarterly roadmap"))
    rebuild(run_options(out), [people])
    spliced = (out / "index.html").read_text()
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    assert (out / "index.html").read_text() == spliced  # splicing gave the page a full run makes
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0


def test_a_live_rebuild_that_adds_a_draft_and_a_finding_counts_them_as_a_full_run_does(tree,
                                                                                      run):
    root = _two_applications(tree, run)
    out = root / "out"
    people = root / "profiles/beta/interviewers.yaml"  # one more draft, with a finding
    people.write_text(people.read_text() + "- name: Marcus Webb\n  email: marcus@beta.example\n")
    heard = []
    rebuild(run_options(out), [people], heard.append)
    [counts] = [news["counts"] for news in heard if "counts" in news]
    spliced = (out / "index.html").read_text()
    assert counts in spliced and "9 drafts in 2" in counts and "finding" in counts
    assert run("drafts", "profiles", "-o", "again", "--today", TODAY).exit_code == 0
    assert spliced == (root / "again/index.html").read_text()  # what the top says, and all


def test_a_live_rebuild_that_brings_a_new_kind_offers_it_in_the_filter_as_a_full_run_does(
        tree, run):
    # code review of issue 19: the Kind filter listed the kinds on the page when it was
    # written, so a rejection reply that came with a live rebuild could not be filtered
    root = _two_applications(tree, run)
    out = root / "out"
    role = root / "profiles/beta/role.yaml"
    role.write_text(role.read_text() + "outcome: rejected\noutcome_date: 2026-11-20\n")
    change = rebuild(run_options(out), [role])
    assert "rejection-reply" in change["sections"]["beta"]
    spliced = (out / "index.html").read_text()
    kinds = re.search(r'<select name="kind">(.*?)</select>', spliced, re.S)[1]
    assert re.findall(r"<option>([^<]+)</option>", kinds) == list(KINDS)
    assert run("drafts", "profiles", "-o", "again", "--today", TODAY).exit_code == 0
    assert spliced == (root / "again/index.html").read_text()


def test_a_change_beyond_one_application_rebuilds_everything_and_reloads(tree, run):
    root = _two_applications(tree, run)
    candidate = root / "profiles/candidate.yaml"
    candidate.write_text(candidate.read_text().replace("Jordan Rivera", "Jordan Rivers"))
    change = rebuild(run_options(root / "out"), [candidate])
    assert change == {"reload": True}
    assert "Jordan Rivers" in (root / "out/acme/thank-you/priya-raman.txt").read_text()
    assert "Jordan Rivers" in (root / "out/beta/thank-you/priya-raman.txt").read_text()


@pytest.mark.parametrize(("saved", "made"), [("alice/candidate.yaml", "alice/acme"),
                                             ("alice/beta/candidate.yaml", "alice/beta")])
def test_a_candidate_yaml_below_the_top_makes_only_the_applications_it_belongs_to(
        tree, run, saved, made):
    # code review of issue 19: a candidate.yaml in one application's folder (or a coach's
    # per person) rebuilt every application and reloaded the page
    folders = {f"alice/{name}/{file}": text for name in ("acme", "beta")
               for file, text in (("role.yaml", ROLE), ("interviewers.yaml", INTERVIEWERS))}
    root = tree(profile({**folders,
                         "alice/candidate.yaml": CANDIDATE.replace("Jordan", "Alice"),
                         "alice/beta/candidate.yaml": CANDIDATE.replace("Jordan", "Alicia")}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    out = root / "out"
    before = snapshot(out)
    candidate = root / "profiles" / saved
    candidate.write_text(candidate.read_text().replace("Rivera", "Rivers"))
    change = rebuild(run_options(out), [candidate])
    assert list(change) == ["sections"] and list(change["sections"]) == [made]
    assert "Rivers" in (out / made / "thank-you/priya-raman.txt").read_text()
    after = snapshot(out)
    changed = {path for path in after if after[path] != before.get(path)}
    assert all(path.startswith(f"{made}/") for path in changed - {"index.html", "manifest.json"})


def test_the_open_page_hears_of_a_change_before_the_page_file_is_rewritten(tree, run):
    # The open page needs only the new draft, then the new section; rewriting a cohort's page
    # file (6.6 MB) is for the next load, and comes after.
    root = _two_applications(tree, run)
    out = root / "out"
    before = (out / "index.html").read_bytes()
    people = root / "profiles/beta/interviewers.yaml"
    people.write_text(people.read_text().replace("event sourcing for billing",
                                                 "the quarterly roadmap"))
    heard = []
    change = rebuild(run_options(out), [people],
                     lambda news: heard.append((news, (out / "index.html").read_bytes())))
    assert [list(news) for news, _ in heard[-3:]] == [["drafts"], ["sections", "counts"],
                                                      ["problems"]]
    assert heard[-2][0]["sections"] == change["sections"]
    assert all(page == before for _, page in heard[:-1])  # how it came out: once written
    assert "the quarterly roadmap" in change["sections"]["beta"]
    assert b"the quarterly roadmap" in (out / "index.html").read_bytes()


def test_no_other_site_may_frame_the_page(served):
    response, _ = _get(served, "/index.html")
    assert "frame-ancestors 'none'" in response.getheader("Content-Security-Policy")
    assert response.getheader("X-Frame-Options") == "DENY"


@pytest.mark.parametrize("path", ["/acme/", "/acme", "/acme/thank-you/"])
def test_a_folder_of_out_is_not_listed(served, path):
    response, body = _get(served, path)
    assert response.status == 404 and b"priya" not in body.lower()


def _stream(url, headers=None):
    """The event stream's response, left open."""
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=10)
    connection.request("GET", EVENTS, headers={"Host": url.netloc, **(headers or {})})
    return connection, connection.getresponse()


@pytest.mark.parametrize("headers", [{"Origin": "http://attacker.example"},
                                     {"Origin": "null"},
                                     {"Sec-Fetch-Site": "cross-site"},
                                     {"Sec-Fetch-Site": "same-site"}])
def test_a_page_of_another_site_does_not_hear_of_rebuilds(served, headers):
    # code review of issue 19: the stream answered any page that asked
    connection, response = _stream(served, headers)
    assert response.status == 403
    connection.close()


def test_the_preview_s_own_page_hears_of_rebuilds(served):
    connection, response = _stream(served, {"Origin": f"http://{served.netloc}",
                                            "Sec-Fetch-Site": "same-origin"})
    assert response.status == 200
    connection.close()


def test_at_most_so_many_pages_hear_of_rebuilds_at_once(served):
    # code review of issue 19: each stream holds a thread for as long as its page is open,
    # and there was no limit
    opened = [_stream(served) for _ in range(STREAMS)]
    try:
        assert all(response.status == 200 for _, response in opened)
        connection, response = _stream(served)
        assert response.status == 503 and response.getheader("Retry-After") == "5"
        assert f"At most {STREAMS} pages".encode() in response.read()
        connection.close()
        # A page that goes (closed, or loaded again) gives its place up within seconds.
        opened.pop()[0].close()
        deadline = time.monotonic() + 10
        while True:
            connection, response = _stream(served)
            opened.append((connection, response))
            if response.status == 200:
                break
            assert time.monotonic() < deadline, "the closed page's place was never given up"
            time.sleep(0.2)
    finally:
        for connection, _ in opened:
            connection.close()


def test_the_page_made_again_at_the_start_waits_for_a_run_that_holds_out(tree, run):
    # review of issue 19 (L2): a preview that made the page again as it started wrote it
    # while another run held OUT
    pytest.importorskip("fcntl")  # the lock is advisory, and POSIX only
    import os

    from generator.output.lock import acquire_lock

    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    out = root / "out"
    (out / "index.html").unlink()  # none: the preview makes it again
    held = acquire_lock(out)
    ready, stop, told = threading.Event(), threading.Event(), []
    thread = threading.Thread(target=serve, daemon=True, args=(
        out, lambda url: ready.set(), told.append, stop))
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not told:
            assert time.monotonic() < deadline, "the preview said nothing"
            time.sleep(0.05)
        assert "another followup run" in told[0]
        assert not (out / "index.html").exists()  # nothing written while the other run is
        os.close(held)
        assert ready.wait(20), "the server never started"
        assert (out / "index.html").exists() and "rewrote" in told[-1]
    finally:
        stop.set()
        thread.join(20)


def test_a_connection_that_never_sends_its_whole_request_is_closed(tree, run, monkeypatch):
    # review of issue 19 (L5): such a connection held a thread of the server for good
    import socket

    monkeypatch.setattr("generator.commands.serving.IDLE", 0.5)
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    with _serving(root / "out") as url, \
            socket.create_connection((url.hostname, url.port), timeout=20) as connection:
        connection.sendall(f"GET {EVENTS} HTTP/1.1\r\nHost: {url.netloc}\r\n".encode())
        assert connection.recv(1024) == b""  # closed by the server, not by our timeout

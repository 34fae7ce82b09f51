"""The review page in a real browser: Debian's Chromium, driven by Playwright (never a
downloaded browser). Missing Chromium or Playwright skips these tests, except under CI, where
it fails."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import INTERVIEWERS, REPO, TODAY, needed, profile, under_ci

CHROMIUM = next((p for p in ("/usr/lib/chromium/chromium", shutil.which("chromium") or "")
                 if p and Path(p).exists()), None)
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _launch(tmp_path, **options):
    if CHROMIUM is None:
        if under_ci(os.environ.get("CI")):
            pytest.fail("Chromium is missing under CI: .ci/run installs it")
        pytest.skip("Chromium is not installed (apt-get install chromium)")
    playwright = needed("playwright.sync_api", "pip install -e '.[test]'")
    with playwright.sync_playwright() as driver:
        # A fresh profile each time: launch() refuses --user-data-dir, so a persistent one.
        context = driver.chromium.launch_persistent_context(
            str(tmp_path / "chromium-profile"), executable_path=CHROMIUM, headless=True,
            args=FLAGS, **options)
        try:
            yield context
        finally:
            context.close()


@pytest.fixture
def browser(tmp_path):
    yield from _launch(tmp_path)


@pytest.fixture
def browser_without_scripts(tmp_path):
    yield from _launch(tmp_path, java_script_enabled=False)


def _open(context, url):
    page = context.new_page()
    requests, errors = [], []
    page.on("request", lambda request: requests.append(request.url))
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" else None)
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url)
    page.wait_for_load_state("load")
    return page, requests, errors


def test_every_draft_is_on_the_page_and_the_filters_work(tree, run, browser, tmp_path):
    root = tree(profile({"acme/interviewers.yaml": INTERVIEWERS.replace(
        "Søren Kjærgaard", "王小龙 😀") + (
        "- name: Marcus Webb\n  email: marcus@acme.example\n")}))  # no points: a finding
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    url = (root / "out/index.html").resolve().as_uri()
    page, requests, errors = _open(browser, url)
    drafts = page.locator("article")
    assert drafts.count() == 5  # 4 thank-yous and a status check: no reply until a no
    for name in ("Priya Raman", "王小龙 😀", "Marcus Webb", "Dana Lee"):
        assert page.locator("article h3", has_text=name).count() >= 1
    frame = page.frame_locator("[id^=d-acme-thank-you-priya-raman-] iframe")
    assert "event sourcing for billing" in frame.locator("body").inner_text()

    assert page.locator("button.copy").first.is_visible()  # the script shows them
    page.select_option("select[name=kind]", "status-check")
    assert page.locator("article:visible").count() == 1
    page.select_option("select[name=kind]", "")
    page.check("input[name=findings]")
    visible = page.locator("article:visible")
    assert visible.count() == 1 and "Marcus Webb" in visible.inner_text()
    assert "personal" in visible.locator(".findings").inner_text()
    page.uncheck("input[name=findings]")
    assert page.locator("article:visible").count() == 5

    page.locator("[id^=d-acme-thank-you-priya-raman-] summary", has_text="Plain text").click()
    assert page.locator("[id^=d-acme-thank-you-priya-raman-] pre").is_visible()
    page.screenshot(path=str(tmp_path / "review.png"), full_page=True)  # a test artifact
    assert (tmp_path / "review.png").stat().st_size > 10_000
    assert [u for u in requests if not u.startswith(("file:", "about:", "data:"))] == []
    assert errors == []


def test_the_page_reads_without_javascript(tree, run, browser_without_scripts):
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    page, requests, errors = _open(browser_without_scripts,
                                   (root / "out/index.html").resolve().as_uri())
    assert page.locator("article:visible").count() == 4  # every draft, readable
    assert not page.locator("form.filters").is_visible()  # filtering needs the script
    assert not page.locator("button.copy").first.is_visible()  # and so does copying
    frame = page.frame_locator("[id^=d-acme-status-check-dana-lee-] iframe")
    assert "Hi Dana," in frame.locator("body").inner_text()
    assert errors == []
    assert [u for u in requests if not u.startswith(("file:", "about:", "data:"))] == []


def test_serve_rebuilds_when_a_yaml_file_changes(tree, run):
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    with _serving(root) as url:
        assert "event sourcing for billing" in urllib.request.urlopen(url).read().decode()
        people = root / "profiles/acme/interviewers.yaml"
        people.write_text(people.read_text().replace("event sourcing for billing",
                                                     "the quarterly roadmap"))
        deadline = time.monotonic() + 30
        while "the quarterly roadmap" not in urllib.request.urlopen(url).read().decode():
            assert time.monotonic() < deadline, "the page never showed the change"
            time.sleep(0.1)


@contextlib.contextmanager
def _serving(root):
    """`followup preview out --serve` in a process of its own; yields the page's address."""
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "preview", "out", "--serve", "--no-open"],
        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        line = process.stdout.readline()
        assert line.startswith("serving out/ at http://127.0.0.1:"), line
        yield line.split(" at ")[1].split()[0]
    finally:
        process.terminate()
        process.wait(timeout=10)


def _pixel_server():
    """A server on this machine that counts the requests made to it: a stand-in tracker."""
    import http.server
    import threading

    hits = []

    class Pixel(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            hits.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/gif")
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Pixel)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, hits


def test_a_draft_on_the_page_opened_from_disk_loads_nothing_remote(tmp_path, browser):
    # A draft whose HTML still reaches out (a pack the sanitiser missed): the page's policy,
    # which its srcdoc frames inherit, must stop it even opened from disk.
    from datetime import date

    from generator.output.review import build_page

    server, hits = _pixel_server()
    try:
        tracker = f"http://127.0.0.1:{server.server_address[1]}"
        html = (f'<!DOCTYPE html><html><head><link rel="stylesheet" href="{tracker}/s.css">'
                f'</head><body><p>Hi Priya,</p><img src="{tracker}/p.gif" alt="">'
                f'<p style="background: url({tracker}/b.gif)">Thanks</p></body></html>')
        rows = [{"application": "acme", "kind": "thank-you", "html": "acme/t/p.html",
                 "text": "acme/t/p.txt", "eml": "acme/t/p.eml",
                 "recipient": {"name": "Priya Raman"}}]
        page = build_page(rows, lambda path: (html if path.endswith(".html") else
                                              "Hi Priya,\n\nThanks\n").encode(),
                          date(2026, 11, 20), [])
        assert b'http-equiv="Content-Security-Policy"' in page
        (tmp_path / "index.html").write_bytes(page)
        opened, _, _ = _open(browser, (tmp_path / "index.html").as_uri())
        frame = opened.frame_locator("article iframe")
        assert "Hi Priya," in frame.locator("body").inner_text()  # the draft itself shows
        opened.wait_for_timeout(300)
        assert hits == []  # (without the policy, all three reach it)
    finally:
        server.shutdown()


def test_a_live_update_keeps_the_drafts_the_filters_hide_hidden(tree, run, browser):
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    browser.add_init_script(_STATES)
    with _serving(root) as url:
        page, _, errors = _open(browser, url)
        page.wait_for_function("() => window.source.readyState === 1")  # open
        page.select_option("select[name=kind]", "status-check")
        draft = page.locator("[id^=d-acme-thank-you-priya-raman-]")
        assert draft.is_hidden()
        people = root / "profiles/acme/interviewers.yaml"
        people.write_text(people.read_text().replace("event sourcing for billing",
                                                     "the quarterly roadmap"))
        page.wait_for_function("() => window.states.some((s) => s.type === 'draft')",
                               timeout=30_000)
        assert draft.is_hidden() and "the quarterly roadmap" in draft.locator(
            "button.copy").get_attribute("data-text")
        assert errors == []


def test_a_draft_written_into_its_open_frame_loads_nothing_remote_and_runs_nothing(
        tmp_path, browser):
    # A live update writes the new draft into the frame already open (no new frame to load):
    # that document keeps the frame's sandbox and the page's policy.
    from datetime import date

    from generator.output.review import build_page

    server, hits = _pixel_server()
    try:
        tracker = f"http://127.0.0.1:{server.server_address[1]}"
        rows = [{"application": "acme", "kind": "thank-you", "html": "acme/t/p.html",
                 "text": "acme/t/p.txt", "eml": "acme/t/p.eml",
                 "recipient": {"name": "Priya Raman"}}]
        page = build_page(rows, lambda path: (b"<p>Hi Priya,</p>" if path.endswith(".html")
                                              else b"Hi Priya,\n"), date(2026, 11, 20), [])
        (tmp_path / "index.html").write_bytes(page)
        opened, _, _ = _open(browser, (tmp_path / "index.html").as_uri())
        frame = opened.frame_locator("article iframe")
        assert "Hi Priya," in frame.locator("body").inner_text()
        html = (f'<!DOCTYPE html><html><head><link rel="stylesheet" href="{tracker}/s.css">'
                f'</head><body><p>Hi again,</p><img src="{tracker}/p.gif" alt="">'
                f'<img src="x" onerror="parent.ran = true" alt="">'
                f'<script>parent.ran = true</script>'
                f'<p style="background: url({tracker}/b.gif)">Thanks</p></body></html>')
        opened.evaluate("(html) => write(document.querySelector('article iframe'), html)", html)
        assert "Hi again," in frame.locator("body").inner_text()
        opened.wait_for_timeout(300)
        assert hits == [] and opened.evaluate("window.ran") is None
    finally:
        server.shutdown()


def _open_page(browser, path, width: int):
    """The review page at `path`, loaded in a window `width` pixels wide."""
    page = browser.new_page()
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(path.resolve().as_uri())
    page.wait_for_load_state("load")
    return page


def test_each_frame_is_as_tall_as_its_draft(tree, run, browser):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    for width in (1280, 390):
        page = _open_page(browser, root / "out/index.html", width)
        frames = page.locator("article iframe")
        assert frames.count() == 4
        for number in range(frames.count()):
            frame = frames.nth(number)
            frame.scroll_into_view_if_needed()
            page.wait_for_function("(f) => f.style.height !== ''", arg=frame.element_handle(),
                                   timeout=10_000)  # sized by the page's script
            box = frame.bounding_box()
            # the draft's own height, measured in a frame a pixel tall
            frame.evaluate("(f) => { f.style.height = '1px'; }")
            content = frame.evaluate("(f) => f.contentDocument.documentElement.scrollHeight")
            # no blank space under a short note, and nothing cut off at the bottom
            assert content - 2 <= box["height"] <= content + 6, (width, box, content)
        page.close()


def test_the_page_has_no_accessibility_violations(tree, run, browser):
    axe = needed("axe_playwright_python.sync_playwright", "pip install -e '.[test]'")
    root = tree(profile({"acme/interviewers.yaml": INTERVIEWERS + (
        "- name: Marcus Webb\n  email: marcus@acme.example\n")}))  # a finding: its list too
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    for width in (1280, 390):
        # axe's script is injected by the test, which the page's own policy would refuse
        page = _open_page(browser, root / "out/index.html", width)
        results = axe.Axe().run(page)
        assert results.violations_count == 0, results.generate_report()
        page.close()


def test_serve_updates_the_open_page_after_a_save(tree, run, browser):
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    with _serving(root) as url:
        page, _, errors = _open(browser, url)
        page.evaluate("window.notReloaded = true")  # gone if the page loads again
        other = "[id^=d-acme-thank-you-soren-kjaergaard-] iframe"  # a draft the save keeps
        page.wait_for_selector(other, state="attached")
        page.evaluate("(other) => { window.kept = document.querySelector(other); }", other)
        draft = "[id^=d-acme-thank-you-priya-raman-]"
        assert "event sourcing for billing" in page.frame_locator(
            f"{draft} iframe").locator("body").inner_text()
        people = root / "profiles/acme/interviewers.yaml"
        people.write_text(people.read_text().replace("event sourcing for billing",
                                                     "the quarterly roadmap"))
        page.wait_for_function(
            "(draft) => { const f = document.querySelector(`${draft} iframe`); return f"
            " && f.contentDocument && f.contentDocument.body"
            " && f.contentDocument.body.textContent.includes('the quarterly roadmap'); }",
            arg=draft, timeout=30_000)
        assert page.evaluate("window.notReloaded") is True
        assert page.evaluate("window.kept.isConnected")  # its frame was left alone
        assert page.locator("article").count() == 4
        assert "event sourcing for billing" not in page.locator("main").inner_text()
        assert errors == []


def test_the_open_page_loads_again_after_a_rebuild_of_everything_or_another_run(tree, run,
                                                                                browser):
    # review of issue 19 (L6): no browser showed that the page loads itself again
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    with _serving(root) as url:
        page, _, errors = _open(browser, url)
        page.evaluate("window.notReloaded = true")  # gone when the page loads again
        candidate = root / "profiles/candidate.yaml"  # every application's: all made again
        with page.expect_navigation(timeout=30_000):
            candidate.write_text(candidate.read_text().replace("Jordan Rivera",
                                                               "Jordan A. Rivera"))
        page.wait_for_load_state("load")
        assert page.evaluate("window.notReloaded") is None
        frame = page.frame_locator("[id^=d-acme-thank-you-priya-raman-] iframe")
        assert "Jordan A. Rivera" in frame.locator("body").inner_text()
        # Another run into OUT (here with another pack): the page hears of it, and loads it.
        page.evaluate("window.notReloaded = true")
        with page.expect_navigation(timeout=30_000):
            assert run("drafts", "profiles", "-o", "out", "--today", TODAY, "--pack",
                       "formal").exit_code == 0
        page.wait_for_load_state("load")
        assert page.evaluate("window.notReloaded") is None
        frame = page.frame_locator("[id^=d-acme-thank-you-priya-raman-] iframe")
        assert "Dear Priya" in frame.locator("body").inner_text()
        assert errors == []


# Kept by the page: what its application's part showed right after each piece of news.
_STATES = """
window.states = [];
const Listening = window.EventSource;
window.EventSource = function (url) {
  const source = window.source = new Listening(url);
  const listen = source.addEventListener.bind(source);
  // The news only: the stream's own open and error events are no state of the section.
  source.addEventListener = (type, handler) => ["open", "error"].includes(type)
    ? listen(type, handler) : listen(type, (event) => {
    handler(event);
    const section = document.querySelector('section[data-application="acme"]');
    window.states.push({type, checking: section.hasAttribute("data-checking"),
      marks: section.querySelectorAll("article p.checking").length,
      findings: Array.from(section.querySelectorAll("ul.findings"),
                           (list) => getComputedStyle(list).display !== "none")});
  });
  return source;
};
"""


def test_a_save_shows_the_new_draft_in_its_frame_and_its_findings_once_checked(tree, run,
                                                                                browser):
    root = tree(profile({"acme/interviewers.yaml": INTERVIEWERS + (
        "- name: Marcus Webb\n  email: marcus@acme.example\n")}))  # no points: a finding
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    browser.add_init_script(_STATES)
    with _serving(root) as url:
        page, _, errors = _open(browser, url)
        draft = "[id^=d-acme-thank-you-priya-raman-] iframe"
        page.wait_for_function("(draft) => { const f = document.querySelector(draft);"
                               " return f && f.contentDocument"
                               " && f.contentDocument.readyState === 'complete'; }", arg=draft)
        page.evaluate("(draft) => { window.frame = document.querySelector(draft); }", draft)
        page.wait_for_function("() => window.source.readyState === 1")  # open
        people = root / "profiles/acme/interviewers.yaml"
        people.write_text(people.read_text().replace("event sourcing for billing",
                                                     "the quarterly roadmap"))
        page.wait_for_function("() => window.states.some((s) => s.type === 'rebuilt')",
                               timeout=30_000)
        states = page.evaluate("window.states")
        # The new note went into the frame on screen: no new frame, no reload.
        assert page.evaluate("window.frame.isConnected && window.frame"
                             ".contentDocument.body.textContent.includes('the quarterly roadmap')")
        # Until the checks came, the last findings were hidden and every draft said so.
        *drafts, done = states
        assert drafts and all(s["type"] == "draft" for s in drafts)
        assert all(s["checking"] and s["marks"] == 5 and not any(s["findings"])
                   for s in drafts)
        assert done == {"type": "rebuilt", "checking": False, "marks": 0,
                        "findings": [True] * len(done["findings"])} and done["findings"]
        assert errors == []


def test_a_save_that_cannot_be_made_says_why_at_the_top_until_one_is(tree, run, browser):
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    browser.add_init_script(_STATES)
    with _serving(root) as url:
        page, _, errors = _open(browser, url)
        page.evaluate("window.notReloaded = true")  # gone if the page loads again
        page.wait_for_function("() => window.source.readyState === 1")  # open
        before = page.locator("#counts").inner_text()
        people = root / "profiles/acme/interviewers.yaml"
        people.write_text(INTERVIEWERS.replace("priya@acme.example", "priya@"))
        problems = page.locator("#problems")
        problems.wait_for(state="visible", timeout=30_000)
        # As the command line says it, under the counts, above the filters and the drafts.
        assert [line for line in problems.inner_text().split("\n") if line] == [
            "acme was not made again:", "profiles/acme/interviewers.yaml:2: interviewers[0].email:"
            " 'priya@' is not an email address (expected name@example.com)"]
        assert page.evaluate("document.querySelector('.summary').nextElementSibling.id"
                             ) == "problems"
        # Put right, with one more interviewer: the message goes, and the top counts the new
        # draft and what the checks found in it.
        people.write_text(INTERVIEWERS + "- name: Marcus Webb\n  email: marcus@acme.example\n")
        problems.wait_for(state="hidden", timeout=30_000)
        assert page.locator("article").count() == 5
        found = page.evaluate("Array.from(document.querySelectorAll('article'),"
                              " (a) => Number(a.dataset.findings)).reduce((a, b) => a + b)")
        counts = page.locator("#counts").inner_text()
        assert counts != before and " ".join(counts.split()) == (
            f"5 drafts in 1 application, {found} finding{'s' if found > 1 else ''} from the "
            "checks") and found
        assert page.evaluate("window.notReloaded") is True
        assert errors == []


# The page's event stream held back until the test calls `connect()`.
_HELD = """
const Listening = window.EventSource;
window.EventSource = function (url) {
  const listeners = [];
  window.connect = () => {
    window.source = new Listening(url);
    for (const [type, handler] of listeners) window.source.addEventListener(type, handler);
  };
  return {addEventListener: (type, handler) => listeners.push([type, handler])};
};
"""


def test_a_page_whose_stream_starts_after_a_save_still_shows_it(tree, run, browser):
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    browser.add_init_script(_HELD)
    with _serving(root) as url:
        page, _, errors = _open(browser, url)
        people = root / "profiles/acme/interviewers.yaml"
        people.write_text(people.read_text().replace("event sourcing for billing",
                                                     "the quarterly roadmap"))
        deadline = time.monotonic() + 30
        while "the quarterly roadmap" not in (root / "out/index.html").read_text():
            assert time.monotonic() < deadline, "the page was never rebuilt"
            time.sleep(0.05)
        page.evaluate("window.connect()")
        page.wait_for_function(
            "(draft) => { const f = document.querySelector(`${draft} iframe`);"
            " return f && f.contentDocument && f.contentDocument.body"
            " && f.contentDocument.body.textContent.includes('the quarterly roadmap'); }",
            arg="[id^=d-acme-thank-you-priya-raman-]", timeout=30_000)
        assert errors == []


def test_the_open_page_says_so_when_the_server_stops(tree, run, browser):
    # A preview stopped (or started again, on a new port) no longer updates this page: the
    # page says so instead of going quietly stale.
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    with _serving(root) as url:
        page, _, _ = _open(browser, url)
        page.wait_for_function("() => document.documentElement.dataset.version !== undefined")
        page.wait_for_timeout(3500)  # a live stream for longer than the grace: nothing said
        assert page.locator("#lost").count() == 0
    page.wait_for_selector("#lost", state="visible", timeout=15_000)
    assert "preview server has stopped" in page.locator("#lost").inner_text()


def test_a_page_refused_for_too_many_open_pages_says_so_and_listens_once_one_goes(tree, run,
                                                                                 browser):
    import http.client
    from urllib.parse import urlsplit

    from generator.commands.serving import EVENTS, STREAMS

    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    with _serving(root) as url:
        address = urlsplit(url)
        others = []  # other pages of the preview, listening
        for _ in range(STREAMS):
            connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
            connection.request("GET", EVENTS, headers={"Host": address.netloc})
            assert connection.getresponse().status == 200
            others.append(connection)
        page, _, _ = _open(browser, url)
        page.wait_for_selector("#lost", state="visible", timeout=15_000)
        assert "too many of its pages are open" in page.locator("#lost").inner_text()
        others.pop().close()  # one of them goes: this page tries again, and listens
        page.wait_for_selector("#lost", state="hidden", timeout=30_000)
        people = root / "profiles/acme/interviewers.yaml"
        people.write_text(people.read_text().replace("event sourcing for billing",
                                                     "the quarterly roadmap"))
        page.wait_for_function(
            "(draft) => { const f = document.querySelector(`${draft} iframe`);"
            " return f && f.contentDocument && f.contentDocument.body"
            " && f.contentDocument.body.textContent.includes('the quarterly roadmap'); }",
            arg="[id^=d-acme-thank-you-priya-raman-]", timeout=30_000)
        for connection in others:
            connection.close()

"""The review page in a real browser: Debian's Chromium, driven by Playwright (never a
downloaded browser). Missing Chromium or Playwright skips these tests, except under CI, where
it fails."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from conftest import INTERVIEWERS, REPO, TODAY, needed, profile

CHROMIUM = next((p for p in ("/usr/lib/chromium/chromium", shutil.which("chromium") or "")
                 if p and Path(p).exists()), None)
FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def _launch(tmp_path, **options):
    if CHROMIUM is None:
        if os.environ.get("CI"):
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
    frame = page.frame_locator("[id^=d-acme-status-check-dana-lee-] iframe")
    assert "Hi Dana," in frame.locator("body").inner_text()
    assert errors == []
    assert [u for u in requests if not u.startswith(("file:", "about:", "data:"))] == []


def test_serve_rebuilds_when_a_yaml_file_changes(tree, run):
    root = tree(profile())
    run("drafts", "profiles", "-o", "out", "--today", TODAY)
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "preview", "out", "--serve", "--no-open"],
        cwd=root, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)})
    try:
        line = process.stdout.readline()
        assert line.startswith("serving out/ at http://127.0.0.1:"), line
        url = line.split(" at ")[1].split()[0]
        assert "event sourcing for billing" in urllib.request.urlopen(url).read().decode()
        people = root / "profiles/acme/interviewers.yaml"
        people.write_text(people.read_text().replace("event sourcing for billing",
                                                     "the quarterly roadmap"))
        deadline = time.monotonic() + 30
        while "the quarterly roadmap" not in urllib.request.urlopen(url).read().decode():
            assert time.monotonic() < deadline, "the page never showed the change"
            time.sleep(0.1)
    finally:
        process.terminate()
        process.wait(timeout=10)

"""The live loop of `preview --serve`: a save to one application's YAML reaches the open page
in two pieces of news, each draft that changed as soon as it is made (unchecked, not yet
written), then its application's checked sections; a page never shows what was not written
without being told to load again."""

from __future__ import annotations

import http.client
import json
import re
import threading
import time
from urllib.parse import urlsplit

import pytest
from conftest import INTERVIEWERS, ROLE, TODAY, profile

from generator.commands.preview import rebuild, run_options, serve
from generator.commands.serving import EVENTS, News


def _two_applications(tree, run):
    root = tree(profile({"beta/role.yaml": ROLE.replace("Acme Robotics", "Beta Labs")
                         .replace("acme.example", "beta.example"),
                         "beta/interviewers.yaml": INTERVIEWERS.replace("acme.example",
                                                                        "beta.example")}))
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    return root


def _save(root, application, old, new):
    people = root / f"profiles/{application}/interviewers.yaml"
    people.write_text(people.read_text().replace(old, new))
    return people


def test_a_changed_draft_reaches_the_page_before_it_is_checked_or_written(tree, run):
    root = _two_applications(tree, run)
    out = root / "out"
    people = _save(root, "beta", "event sourcing for billing", "the quarterly roadmap")
    heard = []
    rebuild(run_options(out), [people], lambda news: heard.append(
        (news, (out / "beta/thank-you/priya-raman.txt").read_text())))

    *drafts, (last, written) = heard
    # The notes that changed come first, each as soon as it is made, unchecked, while the
    # files still hold the old notes: Priya's, and the contact's (which names everyone);
    # not Søren's, which is the same.
    sent = {re.search(r'id="d-beta-([a-z-]+)-[0-9a-f]{8}"', article)[1]: article
            for news, _ in drafts for article in news["drafts"]["beta"]}
    assert set(sent) == {"thank-you-priya-raman", "thank-you-dana-lee"}
    assert all("the quarterly roadmap" in article and "Checking…" in article
               and 'data-findings="?"' in article for article in sent.values())
    assert all("event sourcing for billing" in on_disk for _, on_disk in drafts)
    # Then the whole section, checked, once the files are written.
    assert "the quarterly roadmap" in written and "Checking…" not in last["sections"]["beta"]


def test_a_save_that_changes_no_draft_sends_none_before_the_checks(tree, run):
    root = _two_applications(tree, run)
    people = root / "profiles/beta/interviewers.yaml"
    people.write_text(people.read_text() + "\n# a comment changes the file, not the notes\n")
    heard = []
    rebuild(run_options(root / "out"), [people], heard.append)
    assert [list(news) for news in heard] == [["sections"]]


def test_a_draft_you_edited_waits_for_the_run_to_decide(tree, run):
    root = _two_applications(tree, run)
    out = root / "out"
    mine = out / "beta/thank-you/priya-raman.txt"
    mine.write_text(mine.read_text().replace("Hi Priya,", "Dear Priya,"))
    people = _save(root, "beta", "event sourcing for billing", "the quarterly roadmap")
    heard = []
    change = rebuild(run_options(out), [people], heard.append)
    assert not any("priya-raman" in article for news in heard
                   for articles in news.get("drafts", {}).values() for article in articles)
    assert "Dear Priya," in change["sections"]["beta"] and "edited by hand" in \
        change["sections"]["beta"]


def test_a_run_that_fails_after_a_draft_was_shown_has_the_page_load_again(tree, run,
                                                                           monkeypatch):
    root = _two_applications(tree, run)
    out = root / "out"
    people = _save(root, "beta", "event sourcing for billing", "the quarterly roadmap")

    def broken(*args, **kwargs):
        raise OSError(5, "Input/output error")

    monkeypatch.setattr("generator.checks.runner.check", broken)
    heard = []
    with pytest.raises(Exception, match="Input/output error"):
        rebuild(run_options(out), [people], heard.append)
    # The page showed Priya's new note, which was never written: it loads OUT as it is.
    assert [list(news) for news in heard[:-1]] == [["drafts"]] * (len(heard) - 1)
    assert heard[-1] == {"reload": True} and len(heard) > 1
    assert "event sourcing for billing" in (out / "beta/thank-you/priya-raman.txt").read_text()


def test_a_page_busy_with_one_piece_of_news_hears_the_next():
    news = News()
    news.publish({"drafts": {"acme": ["<article>"]}})
    news.publish({"sections": {"acme": "<section>"}})
    version, events = news.wait(0, timeout=1)
    assert version == 2 and [event for event, _ in events] == ["draft", "rebuilt"]
    assert json.loads(events[1][1]) == {"sections": {"acme": "<section>"}, "version": 2}
    assert news.wait(2, timeout=0.01) == (2, [])  # nothing new: a keep-alive


def test_a_page_that_missed_too_much_news_loads_again():
    news = News()
    for number in range(News.KEPT + 1):
        news.publish({"sections": {"acme": str(number)}})
    version, events = news.wait(0, timeout=1)
    assert [(event, json.loads(data)) for event, data in events] == [
        ("rebuilt", {"reload": True, "version": version})]


def _events(url):
    """The preview's event stream, opened now; (event, data) pairs, read as they come."""
    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=30)
    connection.request("GET", EVENTS, headers={"Host": url.netloc})
    response = connection.getresponse()
    assert response.status == 200

    def read():
        event, deadline = None, time.monotonic() + 60
        while True:  # a keep-alive comment comes every 15 s when nothing else does
            assert time.monotonic() < deadline, "no news came"
            line = response.fp.readline().decode().rstrip("\n")
            if line.startswith("event: "):
                event = line[len("event: "):]
            elif line.startswith("data: ") and event is not None:
                yield event, json.loads(line[len("data: "):])
                event = None

    return read()


def test_a_save_puts_the_new_draft_on_the_event_stream_then_its_checked_section(tree, run):
    root = tree(profile())
    assert run("drafts", "profiles", "-o", "out", "--today", TODAY).exit_code == 0
    ready, stop, urls = threading.Event(), threading.Event(), []
    thread = threading.Thread(target=serve, args=(
        root / "out", lambda url: (urls.append(url), ready.set()), lambda _: None, stop),
        daemon=True)
    thread.start()
    try:
        assert ready.wait(20), "the server never started"
        stream = _events(urlsplit(urls[0]))
        _save(root, "acme", "event sourcing for billing", "the quarterly roadmap")
        heard = [next(stream)]
        while heard[-1][0] != "rebuilt":
            heard.append(next(stream))
        *drafts, (_, done) = heard
        # Priya's new note and the contact's, as each was made; then the checked section.
        assert [event for event, _ in drafts] == ["draft", "draft"]
        assert all("the quarterly roadmap" in news["drafts"]["acme"][0] for _, news in drafts)
        assert "the quarterly roadmap" in done["sections"]["acme"]
        assert [news["version"] for _, news in heard] == sorted({n["version"] for _, n in heard})
    finally:
        stop.set()
        thread.join(20)

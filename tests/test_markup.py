"""Markdown from the YAML is sanitised; the text part says what the HTML part says."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generator.compose.markup import MarkdownRenderer, html_to_text


@pytest.mark.parametrize("source", [
    "<script>alert(1)</script>hello",
    "[click](javascript:alert(1))",
    "hello {: onclick=alert(1) }",
    '<img src=x onerror="alert(1)">',
    '<a href="https://x.example" onmouseover="alert(1)">x</a>',
    "<iframe src='https://evil.example'></iframe>",
    "<style>body{display:none}</style>",
    '<p style="background:url(https://track.example/p.gif)">x</p>',
])
def test_nothing_that_runs_or_loads_reaches_a_draft(source):
    elements = _elements(MarkdownRenderer()(source))
    assert {tag for tag, _ in elements} <= {"p", "a"}
    for _, attrs in elements:
        assert set(attrs) <= {"href", "rel"}
        assert not attrs.get("href", "").lower().startswith("javascript")


def _elements(html: str) -> list[tuple[str, dict[str, str]]]:
    found: list[tuple[str, dict[str, str]]] = []

    class Parser(HTMLParser):
        def handle_starttag(self, tag, attrs):
            found.append((tag, {k: v or "" for k, v in attrs}))

    Parser().feed(html)
    return found


def test_text_part_wraps_at_72_and_keeps_links_and_lists():
    html = MarkdownRenderer()(
        "Thank you for the chat about [event sourcing](https://es.example/intro) and the "
        "many ways a billing service can go wrong at the end of a month.\n\n"
        "- first point\n- second point that is long enough to need wrapping onto a second line "
        "of text\n\nBest,  \nJordan"
    )
    text = html_to_text(html)
    assert all(len(line) <= 72 for line in text.splitlines())
    assert text == (
        "Thank you for the chat about event sourcing (https://es.example/intro)\n"
        "and the many ways a billing service can go wrong at the end of a month.\n"
        "\n"
        "- first point\n"
        "- second point that is long enough to need wrapping onto a second line\n"
        "  of text\n"
        "\n"
        "Best,\n"
        "Jordan\n"
    )


def test_a_link_whose_text_is_its_address_is_not_repeated():
    html = MarkdownRenderer()("[jordan.example.com](https://jordan.example.com/) and "
                              "<mailto:j@example.com>")
    assert html_to_text(html) == "jordan.example.com and j@example.com\n"


def test_long_urls_are_never_broken():
    url = "https://example.com/" + "a" * 90
    text = html_to_text(MarkdownRenderer()(f"See {url} please"))
    assert url in text.splitlines()


_REUSED = MarkdownRenderer()  # one renderer over every example, as a run reuses it


@settings(max_examples=600)
@given(st.lists(st.sampled_from([*"ab *_`\\[]()!<>&;#:/.@=+\n\t\r-1", "  \n", "\n\n", "    ",
                                 "1. ", "2. ", "- ", "* ", "+ ", "> ", "# ", "## ", "***",
                                 "---", "===", "___", "[a]: b", "http://x.y", "&amp;", "&#65;",
                                 "<b>", "<div>", "</div>", "<https://x.y>", "<a@b.c>", "[a](b)",
                                 "\x02", "\x03"]),
                max_size=60).map("".join))
@example("> Thanks\n> ---")  # headings that appear once a quote's > or an item's indent is off
@example(">Title\n>===")
@example("1. Agenda\n\n    Notes\n    ====")
@example("a\n  <div>")  # raw HTML that leaves a line break behind
def test_leaving_out_what_cannot_act_changes_nothing(source):
    # The renderer leaves out preprocessors, block processors and inline patterns whose text
    # is not in the source; a full python-markdown must give the same HTML for any source.
    import markdown

    full = markdown.Markdown(extensions=[], output_format="html")
    assert _REUSED._convert(source) == full.convert(source)

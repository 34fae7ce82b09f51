"""One body, two parts: Markdown becomes sanitised HTML, and that HTML becomes wrapped text.

The text part is made from the same HTML as the HTML part, so the two can never say different
things. python-markdown passes raw HTML, `javascript:` links and attribute lists through, so the
fragment is sanitised (nh3) before the pack's layout wraps it.
"""

from __future__ import annotations

import textwrap
from html.parser import HTMLParser
from typing import Any, ClassVar

from markdown import Markdown
from markdown.extensions import Extension
from markdown.util import Registry

WIDTH = 72

# What a personal email body needs, and nothing that runs, loads or restyles the page.
ALLOWED_TAGS = {
    "p", "br", "a", "em", "strong", "b", "i", "code", "ul", "ol", "li", "blockquote",
    "h1", "h2", "h3", "h4", "hr", "span",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}}
URL_SCHEMES = {"http", "https", "mailto", "tel"}


# What each of python-markdown's processors cannot act without. It tries every inline pattern
# at every text node and every block processor on every block, most of its time on a plain
# note; a conversion leaves out those whose text is nowhere in the source (tabs and carriage
# returns count, as they become spaces and newlines first). One not listed is always tried.
# Measured: leaving them out saves 9% of a 1,000-draft batch's instructions (1% of the
# worked example's).
_NEEDS: dict[str, dict[str, tuple[str, ...]]] = {
    "inline": {
        "backtick": ("`",), "escape": ("\\",), "reference": ("[",), "link": ("[",),
        "image_link": ("![",), "image_reference": ("![",), "short_reference": ("[",),
        "short_image_ref": ("![",), "autolink": ("<",), "automail": ("<",),
        # raw HTML can leave two spaces before a newline (`a\n  <div>` becomes `a  \n`)
        "linebreak": (" \n", " \r", "\t", "<"), "html": ("<",), "entity": ("&",),
        "em_strong": ("*", "_"),
    },
    "block": {
        # (setext headings are always tried: a quote's `>` or a list item's indent, taken
        # off, can leave a line of = or - right after a newline)
        "indent": ("    ", "\t"), "code": ("    ", "\t"), "hashheader": ("#",),
        "hr": ("-", "_", "*"), "ulist": ("*", "+", "-"), "quote": (">",), "reference": ("[",),
    },
    "pre": {"html_block": ("<", "&")},  # raw HTML, and entities it keeps as they are
}


class MarkdownRenderer:
    """Markdown to sanitised HTML. Each conversion runs in a python-markdown instance without
    the processors that cannot act on its source (see _NEEDS); one instance per such set,
    reused (a fresh one costs twice a conversion)."""

    def __init__(self) -> None:
        self._instances: dict[frozenset[tuple[str, str]], Markdown] = {}

    def __call__(self, source: str) -> str:
        import nh3

        return str(nh3.clean(
            self._convert(source),
            tags=ALLOWED_TAGS,
            attributes=ALLOWED_ATTRIBUTES,
            url_schemes=URL_SCHEMES,
            link_rel="noopener noreferrer",
        ))

    def _convert(self, source: str) -> str:
        """What python-markdown makes of `source`, trying only what can act on it."""
        # python-markdown deletes STX and ETX first, which can join a processor's text.
        plain = source.replace("\x02", "").replace("\x03", "")
        idle = frozenset((kind, name) for kind, needs in _NEEDS.items()
                         for name, texts in needs.items()
                         if not any(text in plain for text in texts))
        if idle not in self._instances:
            self._instances[idle] = Markdown(extensions=[_Without(idle)], output_format="html")
        return str(self._instances[idle].reset().convert(source))


class _Without(Extension):
    """An extension that takes processors, (kind, name), out of python-markdown."""

    def __init__(self, processors: frozenset[tuple[str, str]]) -> None:
        super().__init__()
        self.processors = processors

    def extendMarkdown(self, md: Markdown) -> None:
        registries: dict[str, Registry[Any]] = {
            "inline": md.inlinePatterns, "block": md.parser.blockprocessors,
            "pre": md.preprocessors}
        for kind, name in self.processors:
            registries[kind].deregister(name)


def html_to_text(html: str, width: int = WIDTH) -> str:
    """Plain text of a sanitised body fragment: paragraphs, lists, links as `text (url)`."""
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    out = ""
    previous: _Block | None = None
    for block in parser.blocks():
        # Items of one list sit on consecutive lines; everything else is a paragraph apart.
        if previous is not None:
            out += "\n" if block.item and previous.item else "\n\n"
        out += _wrap(block, width)
        previous = block
    return out + "\n"


class _Block:
    def __init__(self, prefix: str = "", indent: str = "", item: bool = False) -> None:
        self.item = item
        self.prefix = prefix  # first line: "- " or "1. " for list items, "> " for quotes
        self.indent = indent  # following lines
        self.lines: list[str] = [""]


class _TextParser(HTMLParser):
    _BLOCKS: ClassVar = {"p", "li", "h1", "h2", "h3", "h4", "blockquote", "div"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self._blocks: list[_Block] = []
        self._current: _Block | None = None
        self._lists: list[list[int]] = []  # per open list: [next number] or [] when unordered
        self._links: list[str | None] = []
        self._link_text: list[str] = []
        self._quote = 0

    def blocks(self) -> list[_Block]:
        return [block for block in self._blocks if any(line.strip() for line in block.lines)]

    def _open(self, prefix: str = "", indent: str = "", item: bool = False) -> _Block:
        quote = "> " * self._quote
        self._current = _Block(quote + prefix, quote + indent, item)
        self._blocks.append(self._current)
        return self._current

    def _write(self, text: str) -> None:
        block = self._current or self._open()
        block.lines[-1] += text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("ul", "ol"):
            self._lists.append([1] if tag == "ol" else [])
        elif tag == "li":
            depth = "   " * (len(self._lists) - 1)
            numbering = self._lists[-1] if self._lists else []
            if numbering:
                bullet = f"{numbering[0]}. "
                numbering[0] += 1
            else:
                bullet = "- "
            self._open(depth + bullet, depth + " " * len(bullet), item=True)
        elif tag == "blockquote":
            self._quote += 1
            self._current = None
        elif tag in self._BLOCKS:
            self._open()
        elif tag == "br":
            (self._current or self._open()).lines.append("")
        elif tag == "hr":
            self._open().lines = ["-" * 20]
            self._current = None
        elif tag == "a":
            self._links.append(dict(attrs).get("href"))
            self._link_text.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol") and self._lists:
            self._lists.pop()
            self._current = None
        elif tag == "blockquote":
            self._quote = max(0, self._quote - 1)
            self._current = None
        elif tag in self._BLOCKS:
            self._current = None
        elif tag == "a" and self._links:
            href = self._links.pop()
            text = self._link_text.pop().strip()
            if href and _bare(href) != _bare(text):
                self._write(f" ({href.removeprefix('mailto:').removeprefix('tel:')})")

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if data[:1].isspace() and text:
            text = " " + text
        if data[-1:].isspace() and text:
            text += " "
        if not text:
            if data and self._current is not None and self._current.lines[-1]:
                self._write(" ")
            return
        if self._link_text:
            self._link_text[-1] += text
        self._write(text)


def _bare(url: str) -> str:
    """A link whose text already is its address needs no address after it."""
    for prefix in ("https://", "http://", "mailto:", "tel:"):
        url = url.removeprefix(prefix)
    return url.strip("<>").rstrip("/")


def _wrap(block: _Block, width: int) -> str:
    out: list[str] = []
    for index, line in enumerate(block.lines):
        line = " ".join(line.split())
        first = block.prefix if index == 0 else block.indent
        if not line:
            if 0 < index < len(block.lines) - 1:
                out.append(block.indent.rstrip())
            continue
        # A word longer than a line (a URL) stays whole on a line of its own, clickable.
        out.extend(textwrap.wrap(line, width, initial_indent=first,
                                 subsequent_indent=block.indent, break_long_words=False,
                                 break_on_hyphens=False))
    return "\n".join(out)


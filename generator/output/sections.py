"""The live loop's edit of the page: an application's sections made again and put in place
of the old ones in OUT/index.html, without making or reading the rest of the page (a
cohort's page is 6.6 MB; see commands/preview.py).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from markupsafe import Markup, escape

from .review import FIRST_FRAMES, Entry, made_frames, template


def section(name: str, group: Iterable[Entry]) -> str:
    """One application's part of the page, as the page holds it (see `replace_sections`)."""
    return template("review-section.html.j2").render(section={
        "name": name, "articles": [Markup(entry.article()) for entry in group]})


def replace_sections(page: bytes, sections: Mapping[str, str]) -> bytes:
    """The page with these applications' sections replaced: each is found by its opening tag
    (see `opening`; one the page does not hold is left out) and ends at the first
    `</section>` after it: inside one, a draft's every '<' is escaped (in its srcdoc), and
    our markup nests no section. In bytes: a cohort's page is 6.6 MB, which the live loop
    need not decode."""
    for name, new in sections.items():
        start = page.find(opening(name))
        end = page.find(_CLOSING, start)
        if start < 0 or end < 0:
            continue
        before = _articles_before(page, start)
        if before < FIRST_FRAMES:
            new = made_frames(new, FIRST_FRAMES - before)
        page = page[:start] + new.rstrip("\n").encode() + page[end + len(_CLOSING) - 1:]
    return page


def opening(name: str) -> bytes:
    """How an application's section begins on the page (its other attributes follow)."""
    return f'<section data-application="{escape(name)}"'.encode()


def _articles_before(page: bytes, end: int) -> int:
    """How many articles the page holds before `end`, counted up to FIRST_FRAMES."""
    count, at = 0, page.find(b"<article ", 0, end)
    while at >= 0 and count < FIRST_FRAMES:
        count += 1
        at = page.find(b"<article ", at + 1, end)
    return count


_CLOSING = b"</section>\n"

"""The live loop's edit of the page: an application's sections made again and put in place
of the old ones in OUT/index.html, and the counts at its top with them, without making or
reading the rest of the page (a cohort's page is 6.6 MB; see commands/preview.py). A run of
some applications does it in its commit (finish.py), under OUT's lock.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

from markupsafe import Markup, escape

from .article import template
from .review import FIRST_FRAMES, Entry, made_frames

# Told of the sections a run puts in the page, and the page's counts with them.
Told = Callable[[dict[str, str], str], None]


@dataclass(frozen=True)
class Splice:
    """A run that makes only these applications again (`preview --serve`): its commit puts
    their new sections in place in the page, and those of any it could not make as OUT
    holds them. `told` hears of them first, before anything in OUT changes; it is not told
    when the page cannot take them (an application new to it, or with no drafts now), and
    the page is then left as it was for the caller to make whole."""

    names: frozenset[str]
    told: Told | None = None


def spliced(page: bytes, made: Mapping[str, list[Entry]], others: Mapping[str, list[Entry]]
            ) -> tuple[dict[str, str], bytes] | None:
    """The sections of the applications `made` again and of the `others` (as OUT holds
    them), and the page with them in place; None when one made is not on the page (see
    `Splice`)."""
    sections = {name: section(name, group) for name, group in sorted({**others, **made}.items())
                if group and opening(name) in page}
    if not made.keys() <= sections.keys():
        return None
    return sections, replace_sections(page, sections)


def section(name: str, group: Iterable[Entry]) -> str:
    """One application's part of the page, as the page holds it (see `replace_sections`)."""
    return template("review-section.html.j2").render(section={
        "name": name, "articles": [Markup(entry.article()) for entry in group]})


def replace_sections(page: bytes, sections: Mapping[str, str]) -> bytes:
    """The page with these applications' sections replaced, and its counts (see `counts_of`)
    made again: each is found by its opening tag (see `opening`; one the page does not hold
    is left out) and ends at the first `</section>` after it: inside one, a draft's every
    '<' is escaped (in its srcdoc), and our markup nests no section. In bytes: a cohort's
    page is 6.6 MB, which the live loop need not decode."""
    drafts = findings = 0  # what the page's counts gain
    for name, new in sections.items():
        start = page.find(opening(name))
        end = page.find(_CLOSING, start)
        if start < 0 or end < 0:
            continue
        old, made = page[start:end], new.encode()
        drafts += made.count(b"<article ") - old.count(b"<article ")
        findings += _findings(made) - _findings(old)
        before = _articles_before(page, start)
        if before < FIRST_FRAMES:
            new = made_frames(new, FIRST_FRAMES - before)
        page = page[:start] + new.rstrip("\n").encode() + page[end + len(_CLOSING) - 1:]
    counted = _COUNTS.search(page)
    if counted is None or not (drafts or findings):
        return page
    total, applications, found = (int(number) for number in counted.groups())
    again = counts(total + drafts, applications, found + findings).encode()
    return page[:counted.start()] + again + page[counted.end():]


def counts(drafts: int, applications: int, findings: int) -> str:
    """What the top of the page counts: its drafts, applications and findings."""
    return template("review-counts.html.j2").render(
        drafts_total=drafts, applications=applications, findings_total=findings)


def counts_of(page: bytes) -> str:
    """The page's counts, as the page holds them."""
    counted = _COUNTS.search(page)
    return counted[0].decode() if counted else ""


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


def _findings(markup: bytes) -> int:
    """How many findings the articles in this markup count."""
    return sum(int(number) for number in _FINDINGS.findall(markup))


_CLOSING = b"</section>\n"
# An article's opening tag, up to its count of findings: no '<' or '>' is inside a tag (an
# attribute's value has them escaped), so none of a draft's own text can match.
_FINDINGS = re.compile(rb'<article [^<>]*?data-findings="(\d+)"')
_COUNTS = re.compile(rb'<span id="counts" data-drafts="(\d+)" data-applications="(\d+)" '
                     rb'data-findings="(\d+)">.*?</span>', re.S)

"""What a change `preview --serve` saw makes again, and what the open page hears of it as
each piece is known (preview.py's `serve` runs it for each change)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import Show
from ..output.article import article
from .build import generate
from .prepare import Options
from .stopped import why_stopped
from .watching import applications_of

if TYPE_CHECKING:  # making.py is imported only by a run that makes something
    from .making import Drafted


def rebuild(options: Options, changed: list[Path],
            publish: Callable[[dict[str, Any]], None] | None = None,
            show: Show = str) -> dict[str, Any]:
    """Make again what these changed files touch, and tell `publish` what the open page should
    do about it as soon as each piece is known (see news.News for what the pieces are).

    A save to applications' own YAML (see watching.applications_of): each draft that
    changed, unchecked, as it is made (`{"drafts": {application: [its article]}}`); then
    their checked sections and the page's new counts (`{"sections": …, "counts": …}`),
    before the run's commit writes them into OUT/index.html with the drafts, under OUT's
    lock (for the next load: a cohort's page is 6.6 MB); then, once written, how each came
    out (`{"problems": {application: why it could not be made, or None}}`). Anything else
    (a new application, the top candidate.yaml, a template) makes everything and the page
    reloads; its problems are then all that stand (`"every": True`: see news.News).

    Returns the sections, or the reload, with `"problems"` when some could not be made. A
    failure that stops the rebuild is told to the page (with a reload when it shows drafts
    or sections that were not written: a commit that fails leaves OUT as it was) and raised.
    Paths in what it says are shown by `show`."""
    only = applications_of(options.profiles, changed)
    shown = False  # whether the open page shows what is not written (yet)

    def tell(change: dict[str, Any]) -> None:
        nonlocal shown
        if "drafts" in change or "sections" in change:  # written when the run returns
            shown = True
        elif "reload" in change:  # the page shows OUT as it is
            shown = False
        if publish is not None:
            publish(change)

    def drafted(row: Mapping[str, Any], text: str, html: str) -> None:
        tell({"drafts": {row["application"]: [article(row, text, None, options.today, html)]}})

    try:
        making = drafted if publish else None
        change = _some(options, only, making, tell, show) if only else None
        shown = False  # written: what the page shows is OUT
        return change or _everything(options, tell, show)
    except Exception as exc:  # whatever it is, the page says so and shows only what was written
        tell({"problems": why_stopped(options.profiles, only, exc, show)})
        if shown:
            tell({"reload": True})
        raise


def _some(options: Options, only: set[str], drafted: Drafted | None,
          tell: Callable[[dict[str, Any]], None], show: Show) -> dict[str, Any] | None:
    """Make these applications again, their new sections put in the page by the run's commit
    (and the sections of those that failed as OUT holds them, which puts back what the page
    showed of them meanwhile); None when the page must be made whole (an application that
    is new to it, or has no drafts now)."""
    told: list[dict[str, str]] = []

    def spliced(sections: dict[str, str], counts: str) -> None:
        told.append(sections)
        tell({"sections": sections, "counts": counts})

    report = generate(replace(options, only=frozenset(only)), drafted=drafted, sections=spliced)
    if not told:
        return None
    failed = {failure.application: failure.error.notice.format(show)
              for failure in report.failed}
    tell({"problems": {name: failed.get(name) for name in sorted(only)}})
    return {"sections": told[0], **({"problems": failed} if failed else {})}


def _everything(options: Options, tell: Callable[[dict[str, Any]], None],
                show: Show) -> dict[str, Any]:
    """Make every application again: the whole page, filters and all, which the open page
    loads again."""
    report = generate(options)
    failed = {failure.application: failure.error.notice.format(show)
              for failure in report.failed}
    tell({"reload": True})
    # Every problem that stands now: any other is gone, an application's whose folder is
    # gone with it too.
    tell({"problems": failed, "every": True})
    return {"reload": True, **({"problems": failed} if failed else {})}

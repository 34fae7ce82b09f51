"""`followup plan`: what to send, to whom and when; optionally as a calendar file."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from .common import (
    CONTEXT,
    DRAFTS,
    count,
    display_path,
    fail,
    pack_option,
    reports_errors,
    today_option,
)

if TYPE_CHECKING:
    from ..commands.plan import PlanItem

STATUS_COLOURS = {"overdue": "red", "due": "yellow", "done": "bright_black", "upcoming": None}


@click.command(context_settings=CONTEXT)
@click.argument("profiles", type=click.Path(path_type=Path), default="profiles")
@pack_option("Template pack (as for drafts).")
@today_option("The day to plan from (default: today).")
@click.option("--format", "format_", type=click.Choice(["table", "json"]), default="table",
              show_default=True, help="json prints one JSON document and nothing else.")
@click.option("--ics", type=click.Path(path_type=Path, dir_okay=False), metavar="FILE",
              help="Also write the plan as a calendar file to import.")
@reports_errors
def plan(profiles: Path, pack: str | None, today: date, format_: str, ics: Path | None) -> None:
    """What to send, to whom and when, for every application, by date.

    A thank-you is due within 24 hours; one status check follows the decision date they
    gave (or a week after the interview), a final one a week later; then nothing.

    \b
    Example:
      followup plan profiles --ics followups.ics
    """
    import json

    from ..commands.plan import make_plan, save_ics
    from ..commands.prepare import Options
    from ..errors import FollowupError

    items = make_plan(Options(profiles=profiles, out=DRAFTS, pack=pack, today=today))
    if format_ == "json":
        document = {"today": today.isoformat(), "items": [item.as_json() for item in items]}
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        _print_table(items)
    if ics is not None:
        # The plan is shown first, so a calendar that cannot be written loses nothing else.
        try:
            kept = save_ics(ics, items, today)
        except FollowupError as error:
            fail(error, f"the plan is above, but {display_path(ics)} was not written")
        click.echo(f"Calendar written to {display_path(ics)}.", err=True)
        if kept:  # once: the file written now names each event's draft
            click.echo(f"{count(kept, 'event')} kept the id an earlier version gave "
                       f"{'it' if kept == 1 else 'them'}, so importing the file again adds no "
                       "copies.", err=True)


def _print_table(items: list[PlanItem]) -> None:
    from ..kinds import form_label

    if not items:
        click.echo("Nothing planned.")
    for item in items:
        by = ""
        if item.send_by is not None and item.status != "done":
            deadline = item.send_by
            by = f" (by {deadline:%Y-%m-%d %H:%M})" if isinstance(deadline, datetime) else (
                f" (by {deadline.isoformat()})")
        form = form_label(item.kind, item.variant)  # none for the usual form
        what = f"{item.kind} ({form})" if form else item.kind
        state = click.style(f"{item.status:<8}", fg=STATUS_COLOURS.get(item.status))
        click.echo(f"{item.send_on.isoformat()}  {state}  {item.application}  {what} to "
                   f"{item.recipient_name}{by}: {item.subject}")

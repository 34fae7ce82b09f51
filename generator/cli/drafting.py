"""`followup drafts`: write the drafts, then say what became of each application."""

from __future__ import annotations

import sys
from collections.abc import Callable
from contextlib import ExitStack
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from click import ParameterSource

from ..kinds import KINDS
from .common import (
    CONTEXT,
    DRAFTS,
    count,
    display_path,
    fail,
    pack_option,
    print_findings,
    reports_errors,
    severities,
    shown,
    today_option,
)

if TYPE_CHECKING:
    from ..commands.build import RunReport


@click.command(context_settings=CONTEXT)
@click.argument("profiles", type=click.Path(path_type=Path), default="profiles")
@click.option("-o", "--out", type=click.Path(path_type=Path), default=DRAFTS, show_default=True,
              help="Folder the drafts are written to.")
@pack_option("Template pack for every application (else role.yaml's pack:, else default).")
@click.option("-k", "--kind", "kinds", type=click.Choice(KINDS), multiple=True,
              help="Only this kind of draft; repeat for several. Default: all.")
@click.option("-f", "--force", is_flag=True,
              help="Overwrite drafts even where they were edited by hand.")
@today_option("The day to write the drafts for (default: today).")
@click.option("--inliner", type=click.Choice(["css-inline", "premailer"]), default="css-inline",
              show_default=True, help="How the pack's CSS is inlined into the HTML.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
              help="Worker processes for a batch [default: one per CPU once a batch has 200 "
                   "drafts to make; -j 1 for none].")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("-v", "--verbose", is_flag=True, help="Also name every draft and what became of it.")
@reports_errors
def drafts(profiles: Path, out: Path, pack: str | None, kinds: tuple[str, ...], force: bool,
           today: date, inliner: str, jobs: int, quiet: bool, verbose: bool) -> None:
    """Write the drafts for every interview folder under PROFILES.

    Any folder with a role.yaml is one application; its drafts go to OUT/<its path>/.
    Drafts you edited by hand are kept unless --force.

    \b
    Example:
      followup drafts profiles --out drafts --today 2026-11-20
    """

    from ..commands.build import generate
    from ..commands.prepare import Options

    given = click.get_current_context().get_parameter_source("today")
    options = Options(profiles=profiles, out=out, pack=pack, kinds=kinds or KINDS, force=force,
                      today=today, today_pinned=given is not ParameterSource.DEFAULT,
                      inliner=inliner, jobs=jobs)
    with ExitStack() as stack:
        report = generate(options, None if quiet else _progress_bar(stack, out))
    if not quiet:
        _print_report(report, out, options.today, verbose)
    if report.failed:  # each application is its own transaction: the others were written
        from ..errors import ErrorGroup

        names = ", ".join(failure.application for failure in report.failed)
        fail(ErrorGroup(failure.error for failure in report.failed),
             f"not written: {names} (left as they were); the other applications were written")


def _progress_bar(stack: ExitStack, out: Path) -> Callable[[int, int], None]:
    """A progress callback that draws a bar on stderr while applications are made: only on a
    terminal (logs and pipes get the summary alone) and only for more than one application.
    A cohort's run then goes on writing for a while, so the bar says so when it is full."""
    bar: Any = None

    def progress(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            if total < 2 or not sys.stderr.isatty():
                return
            bar = stack.enter_context(click.progressbar(
                length=total, label=f"Drafting {count(total, 'application')}", file=sys.stderr,
                show_pos=True))
        bar.update(done - bar.pos)
        if done == total:
            stack.close()  # the bar's last state, and a new line
            click.echo(f"Finishing in {display_path(out)}/…", err=True)

    return progress


def _print_report(report: RunReport, out: Path, today: date, verbose: bool = False) -> None:
    for app in report.applications:
        counts = f"{app.written} written"
        if app.unchanged:
            counts += f", {app.unchanged} unchanged"
        if app.kept:
            counts += f", {app.kept_drafts} kept"
        if app.findings:
            counts += f", {count(app.findings, 'finding')}"
        upcoming = ""
        if app.next_send is not None:
            day, kind, name = app.next_send
            when = (f"overdue since {day.isoformat()}" if day < today else
                    "today" if day == today else f"on {day.isoformat()}")
            upcoming = f" · next: {kind} to {name} {when}"
        click.echo(
            f"{click.style(app.name, bold=True)}: {counts} · pack {app.pack} · signed as "
            f"{app.candidate} ({display_path(app.candidate_file)}){upcoming}"
        )
        for notice in app.notices:
            click.echo(f"  note: {shown(notice)}")
        if verbose:
            for path, status in app.drafts:
                click.echo(f"  {status:<9} {display_path(out / path)}")
        for path in app.kept:
            click.secho(f"  kept {display_path(out / path)}: edited by hand (--force overwrites)",
                        fg="yellow")
    for path in report.removed:
        click.echo(f"removed {display_path(out / path)} (no longer generated)")
    for notice in report.notices:
        click.secho(f"note: {shown(notice)}", fg="yellow")
    print_findings(report.findings, report.skipped_checks)
    checks = (f"the checks found {severities(report.findings)}" if report.findings else
              "the checks found nothing")
    click.echo(f"Drafts are in {display_path(out)}/ ({checks}); each application's list is "
               f"in its folder's {report.manifest.name}.")

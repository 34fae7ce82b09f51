"""`followup check`: etiquette and proofreading on drafts, profiles or notes you wrote."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import click

from ..kinds import KINDS
from .common import (
    CONTEXT,
    count,
    finding_json,
    pack_option,
    print_findings,
    reports_errors,
    severities,
    today_option,
)


@click.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--out", "outs", multiple=True, metavar="OUT",
              type=click.Path(path_type=Path, file_okay=False),
              help="A drafts folder to check (the same as giving it as a path).")
@click.option("-k", "--kind", type=click.Choice(KINDS),
              help="For notes written by hand: which kind each is.")
@click.option("--to", metavar="NAME", help="For notes written by hand: who they are for.")
@click.option("--from", "sender", metavar="NAME",
              help="For notes written by hand: who signs them (else read from the sign-off).")
@click.option("--about", metavar="TOPIC", multiple=True,
              help="For a thank-you written by hand: what you discussed (repeatable); the "
                   "check confirms the note cites it.")
@pack_option("Template pack (checking PROFILES).")
@today_option("The day to check for (default: today).")
@click.option("--format", "format_", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="json prints one JSON document and nothing else.")
@click.option("--strict", is_flag=True,
              help="Exit 1 if there is a problem (suggestions never fail).")
@reports_errors
def check(paths: tuple[Path, ...], outs: tuple[Path, ...], kind: str | None, to: str | None,
          sender: str | None, about: tuple[str, ...], pack: str | None, today: date,
          format_: str, strict: bool) -> None:
    """Etiquette and proofreading checks on drafts before you send them.

    PATHS may be a profiles folder (drafts are made in memory and checked), an output folder
    (its drafts are checked as they are on disk, your edits included), or notes you wrote
    yourself (.txt or .eml; say --kind and --to). Default: drafts/ if it exists, else
    profiles/. Each finding says where, which rule, whether it is a problem (it would hurt
    you) or a suggestion (it could be better), what is wrong and how to fix it.

    \b
    Example:
      followup check drafts --strict
      followup check my-note.txt --kind thank-you --to "Priya Raman" --about "event sourcing"
    """
    import json

    from ..commands.checkrun import check_paths

    paths = (*paths, *(out for out in outs if out not in paths))
    report = check_paths(paths, today, kind=kind, to=to, sender=sender, about=about, pack=pack)
    if format_ == "json":
        click.echo(json.dumps({"checked": report.checked,
                               "findings": [finding_json(f) for f in report.findings],
                               "skipped": report.skipped}, ensure_ascii=False, indent=2))
    else:
        print_findings(report.findings, report.skipped)
        click.echo(f"{count(report.checked, 'note')} checked: {severities(report.findings)}.")
    if strict and report.problems:
        sys.exit(1)

"""Getting started: `followup new` (an interview folder to fill in), `followup fields` (what
each YAML field means) and `followup schema` (JSON Schemas for editors)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

import click

from .common import CONTEXT, display_path, reports_errors, shown

FILES = ("candidate", "role", "interviewers", "pack")


@click.command(context_settings=CONTEXT)
@click.argument("name")
@click.option("--profiles", type=click.Path(path_type=Path, file_okay=False), default="profiles",
              show_default=True, help="The profiles folder to create it in.")
@click.option("--company", default="", help="The company's name.")
@click.option("--title", default="", help="The job title you interviewed for.")
@click.option("--date", "day", default="", metavar="YYYY-MM-DD",
              help="The interview day, optionally with a time (YYYY-MM-DD HH:MM).")
@click.option("--contact-name", default="", help="The recruiter or coordinator's name.")
@click.option("--contact-email", default="", help="Their email address.")
@reports_errors
def new(name: str, profiles: Path, company: str, title: str, day: str, contact_name: str,
        contact_email: str) -> None:
    """Start a new interview folder NAME with commented YAML to fill in.

    In a terminal it asks for what the options did not give; in a script it never asks, and
    what is missing stays empty for you (the next run names each empty field and its line).
    Also writes profiles/candidate.yaml if there is none, and JSON Schemas so editors such as
    VS Code complete and check the fields as you type.

    \b
    Example:
      followup new acme-backend --company "Acme Robotics" --title "Backend Engineer"
    """
    from ..errors import FollowupError
    from ..input.scaffold import NewApplication, check_date, new_application
    from ..input.sources import CANDIDATE_FILE

    interactive = _interactive()
    check_date(day)  # a mistyped --date stops here, before anything is asked or made

    def valid_date(text: str) -> str:
        try:
            return check_date(text, "date")
        except FollowupError as error:
            raise click.UsageError(shown(error.notice)) from None  # click.prompt asks again

    def ask(value: str, prompt: str, default: str = "",
            check: Callable[[str], str] | None = None) -> str:
        if value or not interactive:
            return value or default
        return str(click.prompt(prompt, default=default, show_default=bool(default),
                                value_proc=check))

    company = ask(company, "Company")
    title = ask(title, "Job title")
    day = ask(day, "Interview date (YYYY-MM-DD)", date.today().isoformat(), valid_date)
    contact_name = ask(contact_name, "Contact (recruiter) name, if any", "")
    contact_email = ask(contact_email, "Contact email, if any", "") if contact_name else ""
    candidate_name = candidate_email = ""
    if not (profiles / CANDIDATE_FILE).exists():
        candidate_name = ask("", "Your name")
        candidate_email = ask("", "Your email")
    values = NewApplication(company, title, day, contact_name, contact_email, candidate_name,
                            candidate_email)
    for path in new_application(profiles, name, values):
        if path.suffix == ".yaml":
            click.echo(f"wrote {display_path(path)}")
    click.echo(f"Fill in the interviewers, then: followup drafts {display_path(profiles)}")


def _interactive() -> bool:
    return sys.stdin.isatty() and sys.stdout.isatty()


@click.command(context_settings=CONTEXT)
@click.argument("file", type=click.Choice(FILES), required=False, metavar="[FILE]")
@click.argument("field", required=False)
def fields(file: str | None, field: str | None) -> None:
    """What every field of the YAML files means: its type, whether it is required.

    FILE is candidate, role, interviewers or pack (default: the three you write for each
    interview); FIELD keeps one field and what is under it.

    \b
    Example:
      followup fields role
      followup fields role contact
    """
    import shutil

    from ..docs import field_names, fields_text

    if file and field and field not in field_names(file):
        known = ", ".join(name for name in field_names(file) if "." not in name)
        raise click.BadParameter(f"{file} has no field {field!r}; it has {known}",
                                 param_hint="FIELD")
    width = min(shutil.get_terminal_size().columns, 100) if sys.stdout.isatty() else 80
    chosen = [file] if file else list(FILES[:3])
    click.echo("\n\n\n".join(fields_text(one, field or "", width) for one in chosen))


@click.command(context_settings=CONTEXT)
@click.option("--out", type=click.Path(path_type=Path, file_okay=False),
              default="profiles/.schema", show_default=True, help="Where to write them.")
@reports_errors
def schema(out: Path) -> None:
    """Write JSON Schemas of candidate.yaml, role.yaml and interviewers.yaml for editors.

    Files made by `followup new` point at them on their first line, so the YAML extension of
    VS Code (and other editors) completes field names and underlines mistakes as you type.

    \b
    Example:
      followup schema --out profiles/.schema
    """
    from ..input.schema import write_schemas

    for path in write_schemas(out):
        click.echo(f"wrote {display_path(path)}")

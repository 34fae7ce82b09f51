"""What every command shares: one way to report errors, the options several commands take
(--today, --pack, where the drafts are), counting in words, and showing paths: the library
hands paths over as Paths (in errors and notices), and only this layer, which knows where the
user is, shows them relative to the working directory."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable
from datetime import date, datetime
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

import click
from click.shell_completion import CompletionItem

if TYPE_CHECKING:
    from ..errors import FollowupError, Notice
    from ..findings import Finding

CONTEXT = {"help_option_names": ["-h", "--help"]}
DRAFTS = Path("drafts")  # where drafts go when nothing says otherwise

F = TypeVar("F", bound=Callable[..., Any])


def display_path(path: Path | str) -> str:
    """The path as the user would type it: relative to the working directory when inside it."""
    text = str(Path(path))  # as Path spells it: no trailing or doubled separators
    if not os.path.isabs(text):
        return text
    cwd = os.getcwd()
    # The common case, cheaply (a batch asks for thousands): a plain path below cwd.
    plain = os.sep + ".." not in text
    if text.startswith(cwd.rstrip(os.sep) + os.sep) and plain:
        return text[len(cwd.rstrip(os.sep)) + 1:] or "."
    if plain and text != cwd:  # elsewhere, plainly
        return text
    try:
        return os.path.relpath(text) if _inside_cwd(Path(text)) else text
    except ValueError:  # another drive on Windows
        return text


def _inside_cwd(path: Path) -> bool:
    cwd = Path.cwd()
    return path == cwd or cwd in path.parents


def shown(notice: Notice) -> str:
    """A notice (or an error's `notice`) as the user reads it: its files relative to here."""
    return notice.format(display_path)


def fail(error: FollowupError, outcome: str | None = "nothing was written") -> NoReturn:
    """The error's lines on stderr, then what became of the run (none for a command that
    writes nothing); exit status 1."""
    problems = error.problems
    for problem in problems:
        click.secho(shown(problem.notice), fg="red", err=True)
    said = f"; {outcome}" if outcome else ""
    click.echo(f"followup: {count(len(problems), 'problem')}{said}.", err=True)
    sys.exit(1)


# Commands that only read: their failures say nothing of writing.
READ_ONLY = frozenset({"check"})


def reports_errors(command: F) -> F:
    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from ..errors import FollowupError

        try:
            return command(*args, **kwargs)
        except FollowupError as error:
            fail(error, None if command.__name__ in READ_ONLY else "nothing was written")
        except KeyboardInterrupt as stop:
            from ..errors import StoppedAfterWriting

            said = ("the drafts were written first" if isinstance(stop, StoppedAfterWriting)
                    else "nothing was written")
            click.echo(f"followup: interrupted; {said}.", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


def _today(_: click.Context, __: click.Parameter, value: datetime | None) -> date:
    # The years every date field takes: a day derived from --today (an overdue send moved to
    # it, a calendar entry after it) can then never pass Python's last date.
    from ..input.fieldtypes import FIRST_YEAR, LAST_YEAR

    if value is not None and not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise click.BadParameter(f"{value.year} is not a year between {FIRST_YEAR} and "
                                 f"{LAST_YEAR}")
    return value.date() if value else date.today()


def today_option(help: str) -> Callable[[F], F]:
    return click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), callback=_today,
                        metavar="YYYY-MM-DD", help=help)


def complete_pack(ctx: click.Context, param: click.Parameter,
                  incomplete: str) -> list[CompletionItem]:
    """Pack names for the shell, and folders for a pack given as a path."""
    folders = CompletionItem(incomplete, type="dir")
    if "/" in incomplete or incomplete.startswith((".", "~")):
        return [folders]
    from ..compose.packs import available_packs
    from ..errors import FollowupError

    try:
        names = sorted(available_packs(Path.cwd()))
    except (FollowupError, OSError):  # completion must never print a traceback into a shell
        names = []
    # The folder item first: bash drops what came before it, and offers folders only when
    # no name matches.
    return [folders, *(CompletionItem(name) for name in names if name.startswith(incomplete))]


def pack_option(help: str) -> Callable[[F], F]:
    return click.option("-p", "--pack", metavar="NAME|PATH", shell_complete=complete_pack,
                        help=help)


def out_argument(command: F) -> F:
    """OUT, the drafts folder, as a bare argument or as --out (as `drafts` takes it)."""
    folder = click.Path(path_type=Path, file_okay=False)
    command = click.option("-o", "--out", "out_option", metavar="OUT", type=folder,
                           help=f"The drafts folder, as OUT [default: {DRAFTS}].")(command)
    return click.argument("out", type=folder, required=False)(command)


def drafts_folder(argument: Path | None, option: Path | None) -> Path:
    if argument is not None and option is not None and argument != option:
        raise click.UsageError(f"two drafts folders, {argument} and --out {option}; give one")
    return argument or option or DRAFTS


def count(number: int, noun: str, plural: str | None = None) -> str:
    """'1 draft', '2 drafts'."""
    return f"{number} {noun if number == 1 else plural or noun + 's'}"


def severities(findings: Any) -> str:
    """'2 problems, 1 suggestion', or 'nothing found'."""
    problems = sum(1 for finding in findings if finding.is_problem)
    parts = [count(problems, "problem")] if problems else []
    parts += [count(len(findings) - problems, "suggestion")] if len(findings) > problems else []
    return ", ".join(parts) or "nothing found"


def finding_path(finding: Finding) -> str | None:
    """Where a finding is, as the user would type it: the .txt of its draft in the drafts
    folder it was written to or read from, or the note written by hand; None for a draft made
    in memory that no drafts folder holds (`check PROFILES` before `followup drafts`)."""
    from ..findings import DraftKey
    from ..output.manifest import draft_files

    about = finding.about
    if not isinstance(about, DraftKey):
        return display_path(about)
    if about.out is None:
        return None
    return display_path(about.out / draft_files(about.application, about.kind,
                                                about.recipient)["text"])


def finding_place(finding: Finding) -> str:
    """What a finding's line starts with: its path, or a draft never written by its keys."""
    path = finding_path(finding)
    if path is not None:
        return path
    about = finding.about
    assert not isinstance(about, Path)
    return f"{about.application}, {about.kind} to {about.recipient}"


def finding_json(finding: Finding) -> dict[str, Any]:
    """A finding for --format json: its path (null for a draft never written), the draft's
    application, kind and recipient, and what was found."""
    return {"path": finding_path(finding), **finding.as_json()}


def print_findings(findings: Iterable[Finding], skipped: dict[str, str]) -> None:
    for finding in findings:
        click.secho(f"{finding_place(finding)}: {finding}",
                    fg="yellow" if finding.is_problem else "cyan")
    for rule, why in sorted(skipped.items()):
        click.echo(f"skipped {rule}: {why}")


class InOrder(click.Group):
    """A group that lists its commands in the order they were added (the order a user needs
    them), each with its first sentence whole, wrapped rather than cut off with '...'."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(self.commands)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, command.get_short_help_str(limit=1000))
                for name, command in self.commands.items() if not command.hidden]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows)

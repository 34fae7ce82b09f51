"""The command line: the only module that imports click or prints.

Commands convert their options, call the library and print its report. A FollowupError becomes
its lines on stderr and exit status 1, in one place (`_fail`); anything else is a bug and keeps
its traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from functools import wraps
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .kinds import KINDS

if TYPE_CHECKING:
    from .commands.build import RunReport
    from .errors import FollowupError

CONTEXT = {"help_option_names": ["-h", "--help"]}

F = TypeVar("F", bound=Callable[..., Any])


def _fail(error: FollowupError) -> None:
    problems = error.problems
    for problem in problems:
        click.secho(str(problem), fg="red", err=True)
    count = f"{len(problems)} problems" if len(problems) > 1 else "1 problem"
    click.echo(f"followup: {count}; nothing was written.", err=True)
    sys.exit(1)


def reports_errors(command: F) -> F:
    @wraps(command)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        from .errors import FollowupError

        try:
            return command(*args, **kwargs)
        except FollowupError as error:
            _fail(error)
        except KeyboardInterrupt:
            click.echo("followup: interrupted; nothing was written.", err=True)
            sys.exit(130)

    return wrapper  # type: ignore[return-value]


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="followup")
@click.pass_context
def main(ctx: click.Context) -> None:
    """Personal follow-up email drafts from a few YAML files about a job interview.

    \b
    Example:
      followup new acme --company "Acme Robotics"   # start an interview folder
      followup drafts profiles --out drafts         # write the drafts
      followup plan                                 # what to send when
    """
    import os

    if os.environ.get("NO_COLOR"):  # https://no-color.org: any value turns colour off
        ctx.color = False


def _today(_: click.Context, __: click.Parameter, value: datetime | None) -> date:
    return value.date() if value else date.today()


@main.command(context_settings=CONTEXT)
@click.argument("profiles", type=click.Path(path_type=Path), default="profiles")
@click.option("-o", "--out", type=click.Path(path_type=Path), default="drafts", show_default=True,
              help="Folder the drafts are written to.")
@click.option("-p", "--pack", metavar="NAME|PATH",
              help="Template pack for every application (else role.yaml's pack:, else default).")
@click.option("-k", "--kind", "kinds", type=click.Choice(KINDS), multiple=True,
              help="Only this kind of draft; repeat for several. Default: all.")
@click.option("-f", "--force", is_flag=True,
              help="Overwrite drafts even where they were edited by hand.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), callback=_today,
              metavar="YYYY-MM-DD", help="The day to write the drafts for (default: today).")
@click.option("--inliner", type=click.Choice(["css-inline", "premailer"]), default="css-inline",
              show_default=True, help="How the pack's CSS is inlined into the HTML.")
@click.option("-j", "--jobs", type=click.IntRange(min=0), default=0,
              help="Worker processes for a batch [default: one per CPU once a batch has 60 "
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

    from .commands.build import generate
    from .commands.prepare import Options

    options = Options(profiles=profiles, out=out, pack=pack, kinds=kinds or KINDS, force=force,
                      today=today, inliner=inliner, jobs=jobs)
    bar: Any = None

    def progress(done: int, total: int) -> None:
        # A bar only for batches, only on a terminal: logs and pipes get the summary alone.
        nonlocal bar
        if bar is None and total > 5 and sys.stdout.isatty() and not quiet:
            bar = click.progressbar(length=total, label="Drafting", show_pos=True)
            bar.__enter__()
        if bar is not None:
            bar.update(1)
            if done == total:
                bar.__exit__(None, None, None)

    report = generate(options, progress)
    if not quiet:
        _print_report(report, out, options.today, verbose)


def _print_report(report: RunReport, out: Path, today: date, verbose: bool = False) -> None:
    from .errors import display_path

    for app in report.applications:
        counts = f"{app.written} written"
        if app.unchanged:
            counts += f", {app.unchanged} unchanged"
        if app.kept:
            counts += f", {app.kept_drafts} kept"
        if app.findings:
            counts += f", {app.findings} finding{'s' if app.findings > 1 else ''}"
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
            click.echo(f"  note: {notice}")
        if verbose:
            for path, status in app.drafts:
                click.echo(f"  {status:<9} {display_path(out / path)}")
        for path in app.kept:
            click.secho(f"  kept {display_path(out / path)}: edited by hand (--force overwrites)",
                        fg="yellow")
    for path in report.removed:
        click.echo(f"removed {display_path(out / path)} (no longer generated)")
    for notice in report.notices:
        click.secho(f"note: {notice}", fg="yellow")
    _print_findings(report.findings, report.skipped_checks)
    checks = (f"the checks found {_severities(report.findings)}" if report.findings else
              "the checks found nothing")
    click.echo(f"Drafts are in {display_path(out)}/ ({checks}); the list is in "
               f"{display_path(report.manifest)}.")


STATUS_COLOURS = {"overdue": "red", "due": "yellow", "done": "bright_black", "upcoming": None}


@main.command(context_settings=CONTEXT)
@click.argument("profiles", type=click.Path(path_type=Path), default="profiles")
@click.option("-p", "--pack", metavar="NAME|PATH", help="Template pack (as for drafts).")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), callback=_today,
              metavar="YYYY-MM-DD", help="The day to plan from (default: today).")
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

    from .commands.plan import make_plan, save_ics
    from .commands.prepare import Options

    items = make_plan(Options(profiles=profiles, out=Path("drafts"), pack=pack, today=today))
    if ics is not None:
        save_ics(ics, items, today)
    if format_ == "json":
        document = {"today": today.isoformat(), "items": [item.as_json() for item in items]}
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    if not items:
        click.echo("Nothing planned.")
    for item in items:
        by = ""
        if item.send_by is not None and item.status != "done":
            deadline = item.send_by
            by = f" (by {deadline:%Y-%m-%d %H:%M})" if isinstance(deadline, datetime) else (
                f" (by {deadline.isoformat()})")
        what = item.kind if item.variant in ("standard", "first") else (
            f"{item.kind} ({item.variant})")
        state = click.style(f"{item.status:<8}", fg=STATUS_COLOURS.get(item.status))
        click.echo(f"{item.send_on.isoformat()}  {state}  {item.application}  {what} to "
                   f"{item.recipient_name}{by}: {item.subject}")
    if ics is not None:
        from .errors import display_path

        click.echo(f"Calendar written to {display_path(ics)}.", err=True)


PUSH_ACTIONS = {
    "appended": ("pushed", None),
    "replaced": ("replaced (our draft changed)", None),
    "unchanged": ("already there, unchanged", "bright_black"),
    "edited": ("left alone: edited in your mail client since we pushed it", "yellow"),
    "gone": ("left alone: pushed before and no longer in Drafts (sent or deleted?)", "yellow"),
}


@main.command(context_settings=CONTEXT)
@click.argument("out", type=click.Path(path_type=Path, file_okay=False), default="drafts")
@click.option("--account", "account_name", metavar="NAME",
              help="A saved account (followup account add); the only one is the default.")
@click.option("--imap", "server", metavar="HOST[:PORT]",
              help="Or the IMAP server, e.g. imap.gmail.com (port 993 with TLS).")
@click.option("--user", help="With --imap: the account's user name, often the address.")
@click.option("--folder", help="The Drafts folder, where the server marks none as \\Drafts.")
@click.option("--starttls", is_flag=True, help="Port 143 with STARTTLS instead of IMAPS.")
@click.option("--plaintext", is_flag=True,
              help="No TLS at all: only to a server on this machine (for testing).")
@click.option("--cafile", type=click.Path(path_type=Path, dir_okay=False, exists=True),
              help="Trust this certificate authority (a private or self-signed server).")
@click.option("--all", "everything", is_flag=True,
              help="Push every draft, not only those whose send date has come.")
@click.option("--dry-run", is_flag=True, help="Show what would be pushed; connect to nothing.")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), callback=_today,
              metavar="YYYY-MM-DD", help="The day that decides what is due (default: today).")
@reports_errors
def push(out: Path, account_name: str | None, server: str | None, user: str | None,
         folder: str | None, starttls: bool, plaintext: bool, cafile: Path | None,
         everything: bool, dry_run: bool, today: date) -> None:
    """Put the drafts in OUT into your mailbox's Drafts folder, ready to review and send.

    Nothing is ever sent. A saved account gets its password or token where it says; with
    --imap, from FOLLOWUP_IMAP_PASSWORD or a prompt. Pushing again replaces only drafts we
    changed, never one you edited in your mail client.

    \b
    Example:
      followup push drafts --account gmail
    """
    from .mailbox.accounts import settings_for_push
    from .mailbox.imap import push as push_drafts
    from .mailbox.imap import select

    if starttls and plaintext:
        raise click.UsageError("choose --starttls or --plaintext, not both")
    security = "plain" if plaintext else "starttls" if starttls else None
    settings = settings_for_push(account_name, server, user, security, cafile, folder)
    items, held = select(out, today, everything)
    if held:
        click.echo(f"{held} drafts are not due yet and stay out (--all pushes them too).")
    if dry_run or not items:
        for item in items:
            click.echo(f"would push {item.path} ({item.kind} to {item.recipient})")
        click.echo(f"{len(items)} drafts {'would be' if dry_run else 'are'} pushed.")
        return
    account = settings.account(lambda ask: str(click.prompt(ask, hide_input=True, err=True)))

    def progress(done: Any) -> None:
        label, colour = PUSH_ACTIONS[done.action]
        click.secho(f"{done.item.path}: {label}", fg=colour)

    report = push_drafts(out, account, items, progress)
    counts: dict[str, int] = {}
    for done in report.done:
        counts[done.action] = counts.get(done.action, 0) + 1
    summary = ", ".join(f"{n} {PUSH_ACTIONS[a][0].split(':')[0]}" for a, n in counts.items())
    click.echo(f"Drafts folder {report.folder!r} on {settings.host}: {summary}.")


@main.group(context_settings=CONTEXT)
def account() -> None:
    """Saved mailbox accounts for push: add one, list them.

    They live in a small file in your config folder (`account list` names it), with no
    password or token in it: each says where its secret comes from.

    \b
    Example:
      followup account add gmail
    """


@account.command("add", context_settings=CONTEXT)
@click.argument("name", required=False)
@reports_errors
def account_add(name: str | None) -> None:
    """Save a mailbox account, asking little more than the address.

    Gmail, Microsoft 365 / Outlook.com, iCloud, Fastmail and Yahoo are known by the address:
    then only where the password or token comes from is asked.

    \b
    Example:
      followup account add gmail
    """
    from .mailbox.newaccount import add_account

    def ask(question: str, default: str | None, hidden: bool) -> str:
        return str(click.prompt(question, default=default, hide_input=hidden,
                                show_default=bool(default), err=True))

    saved, path = add_account(name, ask, lambda line: click.echo(line, err=True))
    click.echo(f"Saved {saved.name!r} in {path}: {saved.summary()}.")
    click.echo(f"Push with: followup push drafts --account {saved.name}")


@account.command("list", context_settings=CONTEXT)
@reports_errors
def account_list() -> None:
    """The saved mailbox accounts, and the file they are in.

    \b
    Example:
      followup account list
    """
    from .mailbox.accounts import config_file, load

    path = config_file()
    saved = load(path)
    for one in saved:
        click.echo(f"{one.name}: {one.summary()}")
    click.echo(f"{len(saved)} account(s) in {path}." if saved else
               f"No accounts yet ({path}); `followup account add` saves one.")


@main.group(context_settings=CONTEXT, invoke_without_command=True)
@click.pass_context
@reports_errors
def packs(ctx: click.Context) -> None:
    """List the template packs, start a new one, or check one.

    Packs come from ./templates/ in your project, the built-in ones, and packages installed
    with pip (the followup.packs entry point). Choose one with `drafts --pack NAME|PATH` or
    `pack:` in a role.yaml.

    \b
    Example:
      followup packs
      followup packs new house --extends formal
      followup packs check templates/house
    """
    if ctx.invoked_subcommand is not None:
        return
    from .commands.packtools import list_packs
    from .errors import display_path

    for info in list_packs(Path.cwd()):
        parent = f", extends {info.extends}" if info.extends else ""
        click.echo(f"{click.style(info.name, bold=True)}  ({info.origin}{parent}, "
                   f"{display_path(info.folder)})")
        click.echo(f"    {info.description}")


@packs.command("new", context_settings=CONTEXT)
@click.argument("name")
@click.option("--extends", "parent", default="default", show_default=True,
              help="The pack this one starts from.")
@click.option("--into", type=click.Path(path_type=Path, file_okay=False), default="templates",
              show_default=True, help="Where the pack folder is made.")
@reports_errors
def packs_new(name: str, parent: str, into: Path) -> None:
    """Start a new pack NAME: a commented pack.yaml and the parent's thank-you to edit.

    \b
    Example:
      followup packs new warm --extends default
    """
    from .commands.packtools import scaffold_pack
    from .errors import PackError, display_path
    from .slugs import slugify

    if slugify(name) != name:
        raise PackError(f"{name!r} cannot name a pack; try {slugify(name)!r}")
    for path in scaffold_pack(into / name, name, parent, Path.cwd()):
        click.echo(f"wrote {display_path(path)}")
    click.echo(f"Try it: followup drafts profiles --pack {name}")


@packs.command("check", context_settings=CONTEXT)
@click.argument("pack", metavar="NAME|PATH")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@reports_errors
def packs_check(pack: str, quiet: bool) -> None:
    """Render every kind and variant of a pack against the worked example.

    Exit status 1 if any draft cannot be made; each problem names its template and line.

    \b
    Example:
      followup packs check templates/house
    """
    from .commands.packtools import check_pack

    checked, results = check_pack(pack, Path.cwd())
    problems = [r for r in results if r.problem]
    for result in results:
        if result.problem:
            click.secho(f"{result.label}: {result.problem}", fg="red", err=True)
        elif not quiet:
            click.echo(f"ok  {result.label}")
    drafts_made = len(results) - len(problems)
    count = f"{len(problems)} problem" + ("" if len(problems) == 1 else "s")
    click.echo(f"pack {checked.name}: {drafts_made} drafts made, {count}.")
    if problems:
        sys.exit(1)


@main.command(context_settings=CONTEXT)
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-k", "--kind", type=click.Choice(KINDS),
              help="For notes written by hand: which kind each is.")
@click.option("--to", metavar="NAME", help="For notes written by hand: who they are for.")
@click.option("--from", "sender", metavar="NAME",
              help="For notes written by hand: who signs them (else read from the sign-off).")
@click.option("--about", metavar="TOPIC", multiple=True,
              help="For a thank-you written by hand: what you discussed (repeatable); the "
                   "check confirms the note cites it.")
@click.option("-p", "--pack", metavar="NAME|PATH", help="Template pack (checking PROFILES).")
@click.option("--today", type=click.DateTime(formats=["%Y-%m-%d"]), callback=_today,
              metavar="YYYY-MM-DD", help="The day to check for (default: today).")
@click.option("--format", "format_", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="json prints one JSON document and nothing else.")
@click.option("--strict", is_flag=True,
              help="Exit 1 if there is a problem (suggestions never fail).")
@reports_errors
def check(paths: tuple[Path, ...], kind: str | None, to: str | None, sender: str | None,
          about: tuple[str, ...], pack: str | None, today: date, format_: str,
          strict: bool) -> None:
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

    from .commands.checkrun import check_paths

    report = check_paths(paths, today, kind=kind, to=to, sender=sender, about=about, pack=pack)
    if format_ == "json":
        click.echo(json.dumps({"checked": report.checked,
                               "findings": [f.as_json() for f in report.findings],
                               "skipped": report.skipped}, ensure_ascii=False, indent=2))
    else:
        _print_findings(report.findings, report.skipped)
        click.echo(f"{_count(report.checked, 'note')} checked: "
                   f"{_severities(report.findings)}.")
    if strict and report.problems:
        sys.exit(1)


def _print_findings(findings: Any, skipped: dict[str, str]) -> None:
    for finding in findings:
        click.secho(str(finding), fg="yellow" if finding.is_problem else "cyan")
    for rule, why in sorted(skipped.items()):
        click.echo(f"skipped {rule}: {why}")


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _severities(findings: Any) -> str:
    """'2 problems, 1 suggestion', or 'nothing found'."""
    problems = sum(1 for finding in findings if finding.is_problem)
    parts = [_count(problems, "problem")] if problems else []
    parts += [_count(len(findings) - problems, "suggestion")] if len(findings) > problems else []
    return ", ".join(parts) or "nothing found"


@main.command(context_settings=CONTEXT)
@click.argument("name")
@click.option("--profiles", type=click.Path(path_type=Path, file_okay=False), default="profiles",
              show_default=True, help="The profiles folder to create it in.")
@click.option("--company", default="", help="The company's name.")
@click.option("--title", default="", help="The job title you interviewed for.")
@click.option("--date", "day", default="", metavar="YYYY-MM-DD", help="The interview day.")
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
    from .errors import display_path
    from .input.scaffold import NewApplication, new_application
    from .input.sources import CANDIDATE_FILE

    interactive = sys.stdin.isatty() and sys.stdout.isatty()

    def ask(value: str, prompt: str, default: str = "") -> str:
        if value or not interactive:
            return value or default
        return str(click.prompt(prompt, default=default, show_default=bool(default)))

    company = ask(company, "Company")
    title = ask(title, "Job title")
    day = ask(day, "Interview date (YYYY-MM-DD)", date.today().isoformat())
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


@main.command(context_settings=CONTEXT)
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
    from .errors import display_path
    from .input.schema import write_schemas

    for path in write_schemas(out):
        click.echo(f"wrote {display_path(path)}")


@main.command(context_settings=CONTEXT)
@click.argument("out", type=click.Path(path_type=Path, file_okay=False), default="drafts")
@click.option("--serve", is_flag=True,
              help="Serve OUT on 127.0.0.1 and rebuild the drafts whenever a YAML or template "
                   "file changes.")
@click.option("--no-open", is_flag=True, help="Do not open a browser.")
@reports_errors
def preview(out: Path, serve: bool, no_open: bool) -> None:
    """Every draft, its checks and its send date on one page, in your browser.

    Without --serve, writes OUT/index.html (a self-contained page that works from disk) and
    opens it. With --serve, edit a discussion point and see the note change. Ctrl-C stops.

    \b
    Example:
      followup preview drafts --serve
    """
    import webbrowser

    from .commands.preview import serve as serve_out
    from .commands.preview import write_page

    if not serve:
        page = write_page(out, Path.cwd())
        click.echo(f"wrote {page}")
        if not no_open:
            webbrowser.open(page.resolve().as_uri())
        return

    def ready(url: str) -> None:
        click.echo(f"serving {out}/ at {url} (Ctrl-C stops)")
        if not no_open:
            webbrowser.open(url)

    try:
        serve_out(out, ready, lambda message: click.echo(message))
    except KeyboardInterrupt:
        click.echo("stopped.")

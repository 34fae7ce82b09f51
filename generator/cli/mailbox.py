"""`followup push` and `followup account`: drafts into your mailbox's Drafts folder, and the
saved accounts that say where it is and where its secret comes from."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Any

import click

from .common import (
    CONTEXT,
    InOrder,
    count,
    drafts_folder,
    fail,
    out_argument,
    reports_errors,
    today_option,
)

# Each action: what the line for one draft says, and colour.
PUSH_ACTIONS = {
    "appended": ("pushed", None),
    "replaced": ("replaced (our draft changed)", None),
    "unchanged": ("already there, unchanged", "bright_black"),
    "edited": ("left alone: edited in your mail client since we pushed it", "yellow"),
    "gone": ("left alone: pushed before and no longer in Drafts (sent or deleted?)", "yellow"),
}
# ...and what the summary says of N drafts: ("1 …", "N …"). Plain words, each outcome named
# apart, so "left alone" never hides why.
PUSH_SUMMARY = {
    "appended": ("pushed", "pushed"),
    "replaced": ("replaced because we changed it", "replaced because we changed them"),
    "unchanged": ("already there unchanged", "already there unchanged"),
    "edited": ("left alone because you edited it in your mail client",
               "left alone because you edited them in your mail client"),
    "gone": ("left alone because it is no longer in Drafts (sent or deleted)",
             "left alone because they are no longer in Drafts (sent or deleted)"),
}


def push_summary(counts: dict[str, int]) -> str:
    """'2 pushed, 1 left alone because you edited it in your mail client', in PUSH_SUMMARY's
    order; or 'nothing to do'."""
    parts = [f"{counts[action]} {one if counts[action] == 1 else many}"
             for action, (one, many) in PUSH_SUMMARY.items() if counts.get(action)]
    return ", ".join(parts) or "nothing to do"


@click.command(context_settings=CONTEXT)
@out_argument
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
@today_option("The day that decides what is due (default: today).")
@reports_errors
def push(out: Path | None, out_option: Path | None, account_name: str | None,
         server: str | None, user: str | None, folder: str | None, starttls: bool,
         plaintext: bool, cafile: Path | None, everything: bool, dry_run: bool,
         today: date) -> None:
    """Put the drafts in OUT into your mailbox's Drafts folder, ready to review and send.

    Nothing is ever sent. A saved account gets its password or token where it says; with
    --imap, from FOLLOWUP_IMAP_PASSWORD or a prompt. Pushing again replaces only drafts we
    changed, never one you edited in your mail client.

    \b
    Example:
      followup push drafts --account gmail
    """
    from ..errors import FollowupError
    from ..mailbox.accounts import settings_for_push
    from ..mailbox.imap import push as push_drafts
    from ..mailbox.imap import select

    if starttls and plaintext:
        raise click.UsageError("choose --starttls or --plaintext, not both")
    out = drafts_folder(out, out_option)
    security = "plain" if plaintext else "starttls" if starttls else None
    settings = settings_for_push(account_name, server, user, security, cafile, folder)
    items, held = select(out, today, everything)
    if held:
        verb = "is not due yet and stays" if held == 1 else "are not due yet and stay"
        click.echo(f"{count(held, 'draft')} {verb} out (--all pushes them too).")
    if dry_run or not items:
        for item in items:
            click.echo(f"would push {item.path} ({item.kind} to {item.recipient})")
        verb = "would be" if dry_run else "were"  # not a dry run: there were none
        click.echo(f"{count(len(items), 'draft')} {verb} pushed.")
        return
    account = settings.account(lambda ask: str(click.prompt(ask, hide_input=True, err=True)))
    counts: dict[str, int] = {}

    def progress(done: Any) -> None:
        label, colour = PUSH_ACTIONS[done.action]
        click.secho(f"{done.item.path}: {label}", fg=colour)
        counts[done.action] = counts.get(done.action, 0) + 1

    try:
        report = push_drafts(out, account, items, progress)
    except (FollowupError, KeyboardInterrupt) as error:
        # Some drafts may already be in the mailbox: say so, never "nothing was written".
        handled = sum(counts.values())
        rest = len(items) - handled
        outcome = (f"{push_summary(counts)} before it stopped; {count(rest, 'draft')} "
                   f"{'was' if rest == 1 else 'were'} not pushed" if handled else
                   "nothing was pushed")
        if isinstance(error, KeyboardInterrupt):
            click.echo(f"followup: interrupted; {outcome}.", err=True)
            sys.exit(130)
        fail(error, outcome)
    click.echo(f"Drafts folder {report.folder!r} on {settings.host}: {push_summary(counts)}. "
               "Nothing was sent.")
    for note in report.notes:  # said once: e.g. drafts recognised by their old Message-IDs
        click.echo(note)


@click.group(cls=InOrder, context_settings=CONTEXT)
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
    from ..mailbox.newaccount import add_account

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
    from ..mailbox.accounts import config_file, load

    path = config_file()
    saved = load(path)
    for one in saved:
        click.echo(f"{one.name}: {one.summary()}")
    click.echo(f"{count(len(saved), 'account')} in {path}." if saved else
               f"No accounts yet ({path}); `followup account add` saves one.")

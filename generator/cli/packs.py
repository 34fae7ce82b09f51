"""`followup packs`: list the template packs, start a new one, check one."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from .common import (
    CONTEXT,
    InOrder,
    complete_pack,
    count,
    display_path,
    reports_errors,
    shown,
)


@click.group(cls=InOrder, context_settings=CONTEXT, invoke_without_command=True)
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
    from ..commands.packtools import list_packs

    for info in list_packs(Path.cwd()):
        parent = f", extends {info.extends}" if info.extends else ""
        click.echo(f"{click.style(info.name, bold=True)}  ({info.origin}{parent}, "
                   f"{display_path(info.folder)})")
        click.echo(f"    (broken: {shown(info.broken)})" if info.broken else
                   f"    {info.description}")


@packs.command("new", context_settings=CONTEXT)
@click.argument("name")
@click.option("--extends", "parent", default="default", show_default=True,
              shell_complete=complete_pack, help="The pack this one starts from.")
@click.option("--into", type=click.Path(path_type=Path, file_okay=False), default="templates",
              show_default=True, help="Where the pack folder is made.")
@reports_errors
def packs_new(name: str, parent: str, into: Path) -> None:
    """Start a new pack NAME: a commented pack.yaml and the parent's thank-you to edit.

    \b
    Example:
      followup packs new warm --extends default
    """
    from ..commands.packtools import scaffold_pack
    from ..errors import PackError
    from ..slugs import slugify

    if slugify(name) != name:
        raise PackError(f"{name!r} cannot name a pack; try {slugify(name)!r}")
    for path in scaffold_pack(into / name, name, parent, Path.cwd()):
        click.echo(f"wrote {display_path(path)}")
    click.echo(f"Try it: followup drafts profiles --pack {name}")


@packs.command("check", context_settings=CONTEXT)
@click.argument("pack", metavar="NAME|PATH", shell_complete=complete_pack)
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@reports_errors
def packs_check(pack: str, quiet: bool) -> None:
    """Render every kind and variant of a pack against the worked example.

    Exit status 1 if any draft cannot be made; each problem names its template and line.

    \b
    Example:
      followup packs check templates/house
    """
    from ..commands.packtools import check_pack

    checked, results = check_pack(pack, Path.cwd())
    problems = [r for r in results if r.problem]
    for result in results:
        if result.problem:
            click.secho(f"{result.label}: {shown(result.problem)}", fg="red", err=True)
        elif not quiet:
            click.echo(f"ok  {result.label}")
    made = len(results) - len(problems)
    click.echo(f"pack {checked.name}: {count(made, 'draft')} made, "
               f"{count(len(problems), 'problem')}.")
    if problems:
        sys.exit(1)

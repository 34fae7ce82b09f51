"""The command line: the only part of the package that imports click or prints.

Commands convert their options, call the library and print its report; one module per command
group. A FollowupError becomes its lines on stderr and exit status 1, in one place
(`common.fail`); anything else is a bug and keeps its traceback.

May import: every stage; only docs.py and __main__.py sit beside it.
"""

from __future__ import annotations

import click

from .. import __version__
from .checking import check
from .common import CONTEXT, InOrder
from .drafting import drafts
from .mailbox import account, push
from .packs import packs
from .planning import plan
from .preview import preview
from .start import fields, new, schema


@click.group(cls=InOrder, context_settings=CONTEXT)
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


# In the order a user needs them: start a folder, draft, see when to send, review, check,
# put them in the mailbox; then the tools around them.
for _command in (new, drafts, plan, preview, check, push, account, packs, schema, fields):
    main.add_command(_command)

__all__ = ["main"]

"""`followup preview`: every draft on one page, from disk or served with live rebuilds."""

from __future__ import annotations

from pathlib import Path

import click

from .common import CONTEXT, display_path, drafts_folder, out_argument, reports_errors


@click.command(context_settings=CONTEXT)
@out_argument
@click.option("--serve", is_flag=True,
              help="Serve OUT on 127.0.0.1 and rebuild the drafts whenever a YAML or template "
                   "file changes.")
@click.option("--no-open", is_flag=True, help="Do not open a browser.")
@reports_errors
def preview(out: Path | None, out_option: Path | None, serve: bool, no_open: bool) -> None:
    """Every draft, its checks and its send date on one page, in your browser.

    Without --serve, writes OUT/index.html (a self-contained page that works from disk) and
    opens it. With --serve, edit a discussion point and see the note change. Ctrl-C stops.

    \b
    Example:
      followup preview drafts --serve
    """
    import webbrowser

    from ..commands.preview import serve as serve_out
    from ..commands.preview import write_page

    folder = drafts_folder(out, out_option)
    if not serve:
        page = write_page(folder, Path.cwd())
        click.echo(f"wrote {page}")
        if not no_open:
            webbrowser.open(page.resolve().as_uri())
        return

    def ready(url: str) -> None:
        click.echo(f"serving {folder}/ at {url} (Ctrl-C stops)")
        if not no_open:
            webbrowser.open(url)

    try:
        serve_out(folder, ready, lambda message: click.echo(message), show=display_path)
    except KeyboardInterrupt:
        # Exit status 0, as `python -m http.server` and `mkdocs serve`: Ctrl-C is how a
        # preview is meant to end, not a failure (drafts -j N, cut short by it, exits 130).
        click.echo("stopped.")

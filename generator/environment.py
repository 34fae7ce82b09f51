"""The one Jinja environment a pack's templates run in: sandboxed, strict, contained.

Packs are shared between people, so a pack is untrusted input:
- templates render in Jinja's immutable sandbox (no `__class__` walks, no mutating calls);
- every variable must exist (StrictUndefined), so a typo fails loudly instead of leaving a gap;
- a template can only load files that resolve inside its pack, even through symlinks;
- work is bounded by size, not by clocks: huge `*` and `**` results are refused before they are
  computed, and a template's output is capped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date
from pathlib import Path
from types import TracebackType
from typing import Any

from jinja2 import (
    ChoiceLoader,
    FileSystemLoader,
    PrefixLoader,
    StrictUndefined,
    Template,
    TemplateError,
    TemplateNotFound,
    TemplateSyntaxError,
    select_autoescape,
)
from jinja2.exceptions import SecurityError
from jinja2.sandbox import ImmutableSandboxedEnvironment

from .errors import PackError
from .packs import Pack

MAX_OUTPUT = 100_000  # characters a template may produce; a note is a few hundred words
MAX_SEQUENCE = 10_000  # longest string or list a template may build with *
MAX_EXPONENT = 64

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class ContainedLoader(FileSystemLoader):
    """A FileSystemLoader that refuses files resolving outside its folders (symlinks included)."""

    def get_source(
        self, environment: Any, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        source, filename, uptodate = super().get_source(environment, template)
        real = os.path.realpath(filename)
        roots = [os.path.realpath(root) for root in self.searchpath]
        if not any(real.startswith(root + os.sep) for root in roots):
            raise SecurityError(f"template {template!r} resolves outside its pack")
        return source, filename, uptodate


class PackEnvironment(ImmutableSandboxedEnvironment):
    intercepted_binops = frozenset({"*", "**"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if operator == "**" and isinstance(right, int) and abs(right) > MAX_EXPONENT:
            raise SecurityError(f"exponent {right} is too large for a template")
        if operator == "*":
            for seq, count in ((left, right), (right, left)):
                if (isinstance(seq, str | list | tuple) and isinstance(count, int)
                        and len(seq) * count > MAX_SEQUENCE):
                    raise SecurityError("that repetition builds too long a value for a template")
        return super().call_binop(context, operator, left, right)


def build_environment(pack: Pack) -> PackEnvironment:
    chain = pack.chain()
    # A parent's templates stay reachable as "name:template" so an override can extend the very
    # template it replaces; where names repeat, the parent's wins (that is what it extends).
    prefixed = {p.name: ContainedLoader([str(p.root)]) for p in chain}
    env = PackEnvironment(
        loader=ChoiceLoader([
            ContainedLoader([str(p.root) for p in chain]),
            PrefixLoader(prefixed, delimiter=":"),
        ]),
        undefined=StrictUndefined,
        autoescape=select_autoescape(enabled_extensions=("html", "html.j2", "htm"),
                                     default_for_string=False, default=False),
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(longdate=longdate, spoken_day=spoken_day, join_and=join_and,
                       hardbreaks=hardbreaks)
    return env


def longdate(value: date, weekday: bool = True) -> str:
    """`Friday, December 4` (English names from a table: strftime would follow the locale)."""
    text = f"{MONTHS[value.month - 1]} {value.day}"
    return f"{WEEKDAYS[value.weekday()]}, {text}" if weekday else text


def spoken_day(day: date, today: date) -> str:
    """How you would say the day in a note written `today`: today, yesterday, on Friday, ..."""
    days = (today - day).days
    if days == 0:
        return "today"
    if days == 1:
        return "yesterday"
    return f"on {longdate(day, weekday=days < 7)}" if days >= 0 else f"on {longdate(day)}"


def join_and(items: Iterable[object], conjunction: str = "and") -> str:
    """`a`, `a and b`, `a, b and c`."""
    words = [str(item) for item in items]
    if len(words) <= 1:
        return "".join(words)
    return f"{', '.join(words[:-1])} {conjunction} {words[-1]}"


def hardbreaks(text: str) -> str:
    """Keep the user's line breaks in Markdown (a signature block is several lines)."""
    return "  \n".join(line.rstrip() for line in str(text).strip().splitlines())


def render_bounded(template: Template, context: Mapping[str, Any]) -> str:
    parts = []
    size = 0
    for chunk in template.generate(context):
        size += len(chunk)
        if size > MAX_OUTPUT:
            raise SecurityError(f"the template wrote more than {MAX_OUTPUT} characters")
        parts.append(chunk)
    return "".join(parts)


def template_error(exc: Exception, pack: Pack, label: str | None = None,
                   file: Path | None = None) -> PackError:
    """A PackError naming the template file and line of a Jinja failure."""
    if isinstance(exc, TemplateSyntaxError):
        where = Path(exc.filename) if exc.filename else file
        return PackError(f"template syntax error: {exc.message}", file=where,
                         line=exc.lineno if where else None, field=None if where else label)
    if isinstance(exc, TemplateNotFound):
        searched = ", ".join(str(p.root) for p in pack.chain())
        return PackError(f"template {exc.name!r} not found (searched {searched})", file=file,
                         field=label)
    where, line = _template_frame(exc.__traceback__)
    message = exc.message if isinstance(exc, TemplateError) and exc.message else str(exc)
    if isinstance(exc, SecurityError):
        message = f"the sandbox refused this: {message}"
    elif not isinstance(exc, TemplateError):
        message = f"{type(exc).__name__}: {message}"
    if where is None:
        return PackError(message, file=file, field=label)
    return PackError(message, file=where, line=line)


def _template_frame(tb: TracebackType | None) -> tuple[Path | None, int | None]:
    found: tuple[Path | None, int | None] = (None, None)
    while tb is not None:
        filename = tb.tb_frame.f_code.co_filename
        if _TEMPLATE_FILE.search(filename):
            found = (Path(filename), tb.tb_lineno)
        tb = tb.tb_next
    return found


_TEMPLATE_FILE = re.compile(r"\.(j2|jinja|jinja2|html|md|txt)$")
